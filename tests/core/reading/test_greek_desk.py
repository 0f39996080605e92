"""A Greek desk's and a Cyprus correspondent's copy: Greek months, weekdays and stamp lines,
ANA-MPA's and CNA's credits, Greek mastheads and bylines (a Greek desk's walkthrough found
each read wrong or not at all)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.core.reading.samples import read_one
from wirediff.core.reading.dates import find_header_date, is_date_line
from wirediff.core.reading.metadata import guess_source
from wirediff.core.reading.outlets import (
    credited_agency,
    is_agency,
    outlet_for_host,
    outlet_named,
)

HEADLINE = "Πακέτο για το ρεύμα"
LEDE = (
    "Νέο πακέτο στήριξης ύψους 1,2 δισ. ευρώ για την αντιμετώπιση του ενεργειακού κόστους "
    "ανακοίνωσε σήμερα ο υπουργός Οικονομικών."
)


_read = partial(read_one, name="eidisi.txt")


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("7 Νοεμβρίου 2026, 14:45", "2026-11-07"),
        ("Παρασκευή, 7 Νοέμβριος 2026", "2026-11-07"),
        ("7 Νοε 2026 | 14:45", "2026-11-07"),
        ("ΣΑΒΒΑΤΟ 7 ΝΟΕΜΒΡΙΟΥ 2026", "2026-11-07"),
        ("Τρίτη 15 Σεπτεμβρίου 2026", "2026-09-15"),  # (of 11 letters)
        ("ΤΕΤΑΡΤΗ 3 ΦΕΒΡΟΥΑΡΙΟΥ 2027", "2027-02-03"),
        ("21 Μαΐου 2026", "2026-05-21"),
        ("21 ΜΑΪΟΥ 2026", "2026-05-21"),
        ("ΑΘΗΝΑ, 7 Νοεμβρίου 2026 (ΑΠΕ-ΜΠΕ) - Νέο πακέτο στήριξης", "2026-11-07"),
        ("ΛΕΥΚΩΣΙΑ, 9 Νοεμβρίου 2026 (ΚΥΠΕ) 06:15", "2026-11-09"),
    ],
)
def test_a_greek_date_line_is_read(line: str, day: str) -> None:
    assert find_header_date(f"{HEADLINE}\n\n{line}\n\n{LEDE}\n") == day


def test_a_greek_word_after_a_day_is_no_month() -> None:
    """A day's number before a word that is no month's ("7 Νοεμβριανά 2026") dates nothing,
    nor does a month named in the story's sentence."""
    assert find_header_date(f"{HEADLINE}\n\n7 Νοεμβριανά 2026\n\n{LEDE}\n") == ""
    sentence = "Ο υπουργός είπε ότι τα μέτρα θα ισχύσουν από τις 7 Νοεμβρίου 2026 για όλους."
    assert find_header_date(f"{HEADLINE}\n\n{LEDE} {sentence}\n") == ""
    assert not is_date_line(sentence)


@pytest.mark.parametrize(
    ("stamp", "captured"),
    [
        ("Δημοσίευση: 07/11/2026 14:45 | Τελευταία ενημέρωση: 07/11/2026 16:30", "16:30"),
        ("ΔΗΜΟΣΙΕΥΣΗ: 07/11/2026 14:45 | ΤΕΛΕΥΤΑΙΑ ΕΝΗΜΕΡΩΣΗ: 07/11/2026 16:30", "16:30"),
        ("Δημοσιεύθηκε: 07.11.2026 14:45 · Ενημερώθηκε: 07.11.2026 17:02", "17:02"),
        ("Δημοσίευση: 07/11/2026 14:45", "14:45"),
    ],
)
def test_a_greek_stamp_line_dates_the_text_by_its_update(
    tmp_path: Path, stamp: str, captured: str
) -> None:
    """The update's time orders the versions, as other languages' stamp lines do (both
    halves were unread: the text undated)."""
    doc = _read(tmp_path, f"{HEADLINE}\n\n{stamp}\n\n{LEDE}\n")
    assert (doc.title, doc.date[:10], doc.captured) == (
        HEADLINE,
        "2026-11-07",
        f"2026-11-07T{captured}:00",
    )


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("ΑΘΗΝΑ, 7 Νοεμβρίου 2026 (ΑΠΕ-ΜΠΕ) -", "ANA-MPA"),
        ("ΑΘΗΝΑ (ΑΠΕ - ΜΠΕ) -", "ANA-MPA"),
        ("ATHENS, Nov 7 (ANA-MPA) -", "ANA-MPA"),
        ("ΛΕΥΚΩΣΙΑ, 9 Νοεμβρίου 2026 (ΚΥΠΕ) -", "Cyprus News Agency"),
        ("NICOSIA, Nov 9 (Cyprus News Agency) -", "Cyprus News Agency"),
    ],
)
def test_a_greek_or_cypriot_agencys_credit_names_it(dateline: str, outlet: str) -> None:
    """ANA-MPA's and CNA's takes had no outlet, and a paper's copy became the base of
    CNA's story; Taiwan's CNA stays "Central News Agency"."""
    text = f"{HEADLINE}\n\n{dateline} {LEDE}\n"
    assert (guess_source(text), credited_agency(text)) == (outlet, outlet)
    assert is_agency(outlet)
    assert outlet_named("CNA") == "" and outlet_for_host("cna.com.tw") == "Central News Agency"


def test_renewable_energy_sources_in_brackets_are_no_agency() -> None:
    """ "(ΑΠΕ)" is Greek's abbreviation of renewable energy sources as often: only
    ANA-MPA's whole name is its credit."""
    text = f"{HEADLINE}\n\nΟι ανανεώσιμες πηγές ενέργειας (ΑΠΕ) - αιολικά και φωτοβολταϊκά.\n"
    assert guess_source(text) == ""


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("www.ekathimerini.com", "Kathimerini"),
        ("www.kathimerini.gr", "Kathimerini"),
        ("www.tanea.gr", "Ta Nea"),
        ("www.in.gr", "in.gr"),
        ("www.naftemporiki.gr", "Naftemporiki"),
        ("www.philenews.com", "Philenews"),
        ("cyprus-mail.com", "Cyprus Mail"),
        ("www.ertnews.gr", "ERT"),
        ("www.protothema.gr", "Proto Thema"),
        ("www.amna.gr", "ANA-MPA"),
    ],
)
def test_greek_and_cypriot_outlets_are_known_by_their_sites(host: str, outlet: str) -> None:
    assert outlet_for_host(host) == outlet


@pytest.mark.parametrize(
    ("masthead", "outlet", "day"),
    [
        ("Η ΚΑΘΗΜΕΡΙΝΗ | 6 Νοεμβρίου 2026", "Kathimerini", "2026-11-06"),
        ("Η Καθημερινή | 06.11.2026", "Kathimerini", "2026-11-06"),
        ("Ναυτεμπορική | 7 Νοεμβρίου 2026, 18:20", "Naftemporiki", "2026-11-07"),
        ("Φιλελεύθερος | 8 Νοεμβρίου 2026", "Philenews", "2026-11-08"),
        ("ΤΑ ΝΕΑ\n8 Νοεμβρίου 2026", "Ta Nea", "2026-11-08"),
        # (papers no list knows, by a paper's word in their names, as Russian ones are)
        ("Ελεύθερος Τύπος | 7 Νοεμβρίου 2026", "Ελεύθερος Τύπος", "2026-11-07"),
        ("Η Εφημερίδα των Συντακτών | 7 Νοεμβρίου 2026", "Η Εφημερίδα των Συντακτών", "2026-11-07"),
        ("Χανιώτικα Νέα | 7 Νοεμβρίου 2026", "Χανιώτικα Νέα", "2026-11-07"),
    ],
)
def test_a_greek_masthead_names_the_outlet_and_is_no_title(
    tmp_path: Path, masthead: str, outlet: str, day: str
) -> None:
    """The list, the stories and the events were titled "Ναυτεμπορική | 7 Νοεμβρίου 2026,
    18:20", with no outlet."""
    doc = _read(tmp_path, f"{masthead}\n\n{HEADLINE}\n\n{LEDE}\n")
    assert (doc.source, doc.title, doc.date[:10]) == (outlet, HEADLINE, day)


@pytest.mark.parametrize(
    "line",
    [
        "Νέα μέτρα για το ρεύμα | 7 Νοεμβρίου 2026",  # (a headline)
        "ΝΕΑ ΜΕΤΡΑ ΓΙΑ ΤΟ ΡΕΥΜΑ | 7 Νοεμβρίου 2026",
        "Νέα Υόρκη | 7 Νοεμβρίου 2026",  # (New York: "Νέα" first is "new")
        "Παγκόσμια Ημέρα Διαβήτη | 14 Νοεμβρίου 2026",  # (World Diabetes Day)
        "Κυπριακή Δημοκρατία | 7 Νοεμβρίου 2026",  # (the Republic of Cyprus)
    ],
)
def test_a_greek_line_before_the_day_without_a_papers_name_names_no_outlet(
    tmp_path: Path, line: str
) -> None:
    assert _read(tmp_path, f"{line}\n\n{HEADLINE}\n\n{LEDE}\n").source == ""


@pytest.mark.parametrize(
    "headline",
    [
        "Τα νέα μέτρα για το ρεύμα",  # ("the new measures")
        "ΤΑ ΝΕΑ ΜΕΤΡΑ ΓΙΑ ΤΟ ΡΕΥΜΑ",
        "Η καθημερινή ζωή στην Αθήνα ακριβαίνει",  # ("daily life")
    ],
)
def test_a_headline_opening_with_a_papers_name_is_still_the_title(
    tmp_path: Path, headline: str
) -> None:
    doc = _read(tmp_path, f"{headline}\n\n{LEDE}\n")
    assert (doc.source, doc.title) == ("", headline)


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Του Γιώργου Αλεξίου", "Γιώργου Αλεξίου"),  # (the genitive, as written)
        ("Της Μαρίας Νικολάου", "Μαρίας Νικολάου"),
        ("ΤΟΥ ΓΙΩΡΓΟΥ ΑΛΕΞΙΟΥ", "ΓΙΩΡΓΟΥ ΑΛΕΞΙΟΥ"),
        ("Των Γιώργου Αλεξίου και Μαρίας Νικολάου", "Γιώργου Αλεξίου και Μαρίας Νικολάου"),
        ("Γράφει ο Γιώργος Αλεξίου", "Γιώργος Αλεξίου"),
        ("Γράφει η Μαρία Παπαδοπούλου-Νικολάου", "Μαρία Παπαδοπούλου-Νικολάου"),
        ("Του Αγίου Νικολάου", ""),  # (a saint's day)
        ("Της Μαρίας Νικολάου η πρόταση", ""),  # (a sentence)
        ("Του Γιώργου", ""),  # (one name: a kicker's words as often)
        # institutions in the genitive are no people (a review)
        ("Του Υπουργείου Οικονομικών", ""),  # ("of the Ministry of Finance")
        ("Της Ευρωπαϊκής Ένωσης", ""),
        ("Των Ηνωμένων Εθνών", ""),
        ("ΤΗΣ ΕΛΛΗΝΙΚΗΣ ΑΣΤΥΝΟΜΙΑΣ", ""),
        ("Του Γενικού Νοσοκομείου Βόλου", ""),
        ("Του Δήμου Αθηναίων", ""),  # (the municipality)
        ("Του Δήμου Ηρακλείου", ""),  # (of Heraklion's: a town's genitive in -ου)
        ("Του Δήμου Πειραιά", ""),
        ("Του Δήμου Βερύκιου", "Δήμου Βερύκιου"),  # (Δήμος, a given name)
        ("Του Νίκου Δήμου", "Νίκου Δήμου"),  # (a surname)
        ("Της Βερονίκης Παπαδάκη", "Βερονίκης Παπαδάκη"),  # (-ίκης: a name, not an adjective)
    ],
)
def test_a_greek_byline_gives_its_author(tmp_path: Path, line: str, author: str) -> None:
    """Greek bylines left the Author column empty ("By Giorgos Alexiou" gave his name)."""
    doc = _read(tmp_path, f"{HEADLINE}\n\n{line}\n\n{LEDE}\n")
    assert (doc.byline, doc.title) == (author, HEADLINE)


def test_a_municipality_the_text_names_again_is_no_byline(tmp_path: Path) -> None:
    """ "Του Δήμου Χερσονήσου" over "Ο Δήμος Χερσονήσου ανακοίνωσε…": the municipality of a
    town no list holds is named again (a review found "Του Δήμου Ηρακλείου" a byline);
    "Δήμου Βερύκιου", a man's name, is named once."""
    lede = "Ο Δήμος Χερσονήσου ανακοίνωσε σήμερα νέα μέτρα για το νερό στα χωριά της περιοχής."
    doc = _read(tmp_path, f"{HEADLINE}\n\nΤου Δήμου Χερσονήσου\n\n{lede}\n")
    assert (doc.byline, doc.title) == ("", HEADLINE)
    doc = _read(tmp_path, f"{HEADLINE}\n\nΤου Δήμου Βερύκιου\n\n{lede}\n")
    assert doc.byline == "Δήμου Βερύκιου"


def test_a_greek_byline_on_the_first_line_is_a_headline(tmp_path: Path) -> None:
    doc = _read(tmp_path, f"Της Μαρίας Νικολάου\n\n{LEDE}\n")
    assert doc.byline == ""
