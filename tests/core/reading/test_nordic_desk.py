"""Dutch and Scandinavian agency copy and papers' pages: ANP's, NTB's, TT's and Ritzau's
credits, header lines and file names, Dutch, Danish, Norwegian and Swedish date lines and
their update times, stamp lines that are no titles, "Door", "Av" and "Af" bylines, and the
papers' mastheads (a media researcher's walkthrough of agency dependence found each read
wrong or not at all)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirediff.core.papers import bare_byline
from wirediff.core.reading import load_paths
from wirediff.core.reading.metadata import guess_source
from wirediff.core.reading.outlets import credited_agency, is_agency, outlet_named

LEDE = (
    "Het kabinet trekt de komende vijf jaar 1,5 miljard euro extra uit voor het versterken "
    "van dijken langs de grote rivieren. Dat heeft de minister zaterdag bekendgemaakt."
)
HEADLINE = "Kabinet trekt 1,5 miljard euro uit voor dijkversterking"


def _read(tmp_path: Path, text: str, name: str = "take.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    saved = datetime(2026, 12, 7, 0, 21, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))  # (an undated take is of its save, two days on)
    return load_paths([path]).documents[0]


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("DEN HAAG (ANP) -", "ANP"),
        ("Oslo (NTB):", "NTB"),
        ("Oslo (©NTB):", "NTB"),
        ("STOCKHOLM (TT)", "TT"),
        ("BRUSSEL (Belga) -", "Belga"),
        ("Helsinki (STT) -", "STT"),
        ("Wien (APA) -", "APA"),
    ],
)
def test_a_dutch_or_nordic_agencys_credit_names_it(dateline: str, agency: str) -> None:
    """ANP, NTB, TT, Ritzau, Belga, STT and APA were no agencies: their takes and the
    papers' copies were all "(no outlet)", and a paper's copy the agency take's base."""
    text = f"{HEADLINE}\n\n{dateline} {LEDE}\n"
    assert (guess_source(text), credited_agency(text, dateline=True)) == (agency, agency)
    assert is_agency(agency)


@pytest.mark.parametrize(
    ("head", "agency"),
    [("ANP\n5 december 2026, 11:05", "ANP"), ("NTB", "NTB"), ("TT", "TT"), ("Ritzau", "Ritzau")],
)
def test_an_agencys_header_line_names_it(tmp_path: Path, head: str, agency: str) -> None:
    doc = _read(tmp_path, f"{head}\n\n{HEADLINE}\n\n{LEDE}\n")
    assert (doc.source, doc.title) == (agency, HEADLINE)


@pytest.mark.parametrize(
    ("name", "agency"),
    [
        ("anp_dijken_take1.txt", "ANP"),
        ("ntb_stromstotte.txt", "NTB"),
        ("tt_varden.txt", "TT"),
        ("ritzau_boligskat.txt", "Ritzau"),
    ],
)
def test_an_agencys_file_name_names_it(tmp_path: Path, name: str, agency: str) -> None:
    assert _read(tmp_path, f"{HEADLINE}\n\n{LEDE}\n", name).source == agency


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        # Pakistan's Awami National Party, Nusa Tenggara Barat, the Isle of Man's races,
        # speech-to-text, the American Psychological Association: no agencies there
        ("ANP leader says party will contest polls\n\nPESHAWAR: The party said.\n", ""),
        ("NTB siap sambut wisatawan\n\nMATARAM (Antara) - Provinsi NTB siap.\n", "Antara"),
        ("TT\n\nThe new TT race results were announced on Monday, the organisers said.\n", ""),
        ("STT models are getting better\n\nSpeech-to-text is now used in the newsroom.\n", ""),
        ("APA style guide updated\n\nThe American Psychological Association said so.\n", ""),
        # short names of broadcasters and papers are known only as written alone
        ("DR Congo rebels advance on Goma\n\nKINSHASA (Reuters) - Rebels advanced.\n", "Reuters"),
        ("NRC approves new reactor design\n\nThe Nuclear Regulatory Commission said.\n", ""),
        ("Politiken i Sverige förändras\n\nDet är en text om politik och att det är så.\n", ""),
    ],
)
def test_initials_are_no_agency_nor_paper_in_other_news(text: str, outlet: str) -> None:
    assert guess_source(text) == outlet


@pytest.mark.parametrize(
    ("stamp", "captured"),
    [
        ("Bijgewerkt: 5 dec. 2026 18:42", "18:42"),
        ("Gepubliceerd: 5 december 2026 14:30 | Bijgewerkt: 5 december 2026 18:42", "18:42"),
        ("5 december 2026, 14:45 · Bijgewerkt: 5 dec. 2026 19:10", "19:10"),
        ("Publisert 05.12.2026 14:30 Oppdatert 18:42", "18:42"),
        ("Opdateret 5. dec. 2026 kl. 18.42", "18:42"),
        ("5. dec. 2026 kl. 09.15", "09:15"),
        ("5. december 2026 kl. 09.15", "09:15"),
        ("lørdag 5. desember 2026 kl. 14.30", "14:30"),
        ("Publicerad 5 december 2026 kl. 10.55", "10:55"),
        ("Publicerad 5 december 2026 kl. 10.55 Uppdaterad 5 december 2026 kl. 14.02", "14:02"),
        ("ANP za 5 dec 2026 14:30", "14:30"),
    ],
)
def test_a_dutch_or_nordic_stamp_line_dates_the_take_and_is_no_title(
    tmp_path: Path, stamp: str, captured: str
) -> None:
    """ "Bijgewerkt: 5 dec. 2026 18:42" left ANP's update undated, sorted after the paper
    that copied it, and titled it; the Telegraaf's page was read at its 14:45, not 19:10."""
    doc = _read(tmp_path, f"{stamp}\n\n{HEADLINE}\n\n{LEDE}\n")
    assert (doc.title, doc.date, doc.captured) == (
        HEADLINE,
        "2026-12-05",
        f"2026-12-05T{captured}:00",
    )


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("5 mei 2026, 14:30", "2026-05-05"),
        ("5 maart 2026, 14:30", "2026-03-05"),
        ("5 maj 2026", "2026-05-05"),
        ("5. desember 2026", "2026-12-05"),
        ("5 augustus 2026", "2026-08-05"),
        ("5 januari 2026", "2026-01-05"),
    ],
)
def test_dutch_and_nordic_months_are_read(tmp_path: Path, stamp: str, day: str) -> None:
    assert _read(tmp_path, f"{HEADLINE}\n{stamp}\n\n{LEDE}\n").date == day


def test_frenchs_des_is_no_month() -> None:
    """Norwegian's "des." is a month with its dot only: French's "des" is a word."""
    from wirediff.core.reading.dates import find_date

    assert find_date("Élections : 15 des 2000 candidats retenus") == ""
    assert find_date("5. des. 2026") == "2026-12-05"


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("Door Jan de Vries", "Jan de Vries"),
        ("Av Kari Nordmann", "Kari Nordmann"),
        ("Af Lars Jensen", "Lars Jensen"),
        ("Af Lars Jensen/ritzau/", "Lars Jensen"),
        ("Av Kari Nordmann, NTB", "Kari Nordmann"),
        ("Av Kari Nordmann og Ola Hansen", "Kari Nordmann og Ola Hansen"),
        ("Door Jan de Vries en Pieter Bakker", "Jan de Vries en Pieter Bakker"),
        ("door Jan de Vries", "Jan de Vries"),
    ],
)
def test_a_dutch_or_nordic_byline_gives_its_author(
    tmp_path: Path, byline: str, author: str
) -> None:
    doc = _read(tmp_path, f"{HEADLINE}\n{byline}\n5 december 2026, 14:30\n\n{LEDE}\n")
    assert (doc.byline, doc.title) == (author, HEADLINE)


def test_an_english_headline_opening_with_door_is_no_byline(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Door County Man Arrested After Chase\n\nDoor County Sheriff\n\nSTURGEON BAY - A man "
        "was arrested on Monday after a chase, the sheriff of the county said in a statement.\n",
    )
    assert (doc.title, doc.byline) == ("Door County Man Arrested After Chase", "")


def test_a_pages_dutch_or_nordic_byline_box_loses_its_label() -> None:
    """ "by Af Lars Jensen; Ritzau", and NU.nl's "ANP za" (its box's credit and weekday)."""
    assert bare_byline("Door Jan de Vries") == "Jan de Vries"
    assert bare_byline("Av Kari Nordmann") == "Kari Nordmann"
    assert bare_byline("Af Lars Jensen; Ritzau") == "Lars Jensen; Ritzau"
    assert bare_byline("ANP za") == "ANP"
    assert bare_byline("Af Mann") == "Af Mann"  # (a surname)


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("De Telegraaf | 5 december 2026", "De Telegraaf"),
        ("VG\n5. desember 2026", "VG"),
        ("Aftonbladet", "Aftonbladet"),
        ("Politiken", "Politiken"),
        ("DR", "DR"),
    ],
)
def test_a_dutch_or_nordic_masthead_names_the_outlet(
    tmp_path: Path, masthead: str, outlet: str
) -> None:
    doc = _read(tmp_path, f"{masthead}\n\n{HEADLINE}\n\nDEN HAAG (ANP) - {LEDE}\n")
    assert (doc.source, doc.title) == (outlet, HEADLINE)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("De Telegraaf", "De Telegraaf"),
        ("NOS", "NOS"),
        ("NU.nl", "NU.nl"),
        ("de Volkskrant", "de Volkskrant"),
        ("NRC", "NRC"),
        ("Aftenposten", "Aftenposten"),
        ("Dagens Nyheter", "Dagens Nyheter"),
        ("Svenska Dagbladet", "Svenska Dagbladet"),
        ("SvD", "Svenska Dagbladet"),
        ("Berlingske", "Berlingske"),
        ("Jyllands-Posten", "Jyllands-Posten"),
        ("nos", ""),  # (short names as written only)
        ("Dr", ""),
    ],
)
def test_dutch_and_nordic_papers_are_known(name: str, outlet: str) -> None:
    assert outlet_named(name) == outlet


def test_an_english_stamp_line_of_two_dates_is_no_title(tmp_path: Path) -> None:
    """The update's date after the publication's left a stamp line a headline in English too."""
    doc = _read(
        tmp_path,
        "Published 14 March 2026 07:30 · Updated 14 March 2026 18:20\n\n"
        "Storm closes port as ferries stay in harbour\n\nThe port was closed on Saturday.\n",
    )
    assert doc.title == "Storm closes port as ferries stay in harbour"


def test_an_english_file_named_by_initials_that_are_an_agencys_is_not_its(tmp_path: Path) -> None:
    """ "tt_results.txt", "stt_notes.txt" of English texts were TT's and STT's (a review)."""
    for name in ("tt_results.txt", "stt_notes.txt", "anp_rally.txt"):
        path = tmp_path / name
        path.write_text(
            "Race results from the island\n\nThe riders said the course was the hardest they "
            "had seen in years, and the weather was worse than it was last year.\n",
            encoding="utf-8",
        )
        assert load_paths([path]).documents[0].source == "", name


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("Av Kari Nordmann, NTB", "Kari Nordmann", "NTB"),
        ("Af Lars Jensen/ritzau/", "Lars Jensen", "Ritzau"),
        ("Af Lars Jensen, Ritzau", "Lars Jensen", "Ritzau"),
        ("Av Kari Nordmann", "Kari Nordmann", ""),
    ],
)
def test_a_nordic_bylines_agency_is_the_texts_outlet(
    tmp_path: Path, byline: str, author: str, outlet: str
) -> None:
    """ "Av Kari Nordmann, NTB" gave its author and dropped its agency: no outlet."""
    doc = _read(tmp_path, f"{HEADLINE}\n{byline}\n5 december 2026, 14:30\n\n{LEDE}\n")
    assert (doc.byline, doc.source) == (author, outlet)


def test_an_english_byline_with_a_names_particles_gives_its_author(tmp_path: Path) -> None:
    """ "By Jan de Vries" in a .txt gave no byline (its small "de")."""
    byline = "By Jan de Vries and Ann van der Berg"
    text = f"Dikes to be raised\n{byline}\n\nTHE HAGUE - The cabinet said so."
    assert _read(tmp_path, text).byline == "Jan de Vries and Ann van der Berg"
