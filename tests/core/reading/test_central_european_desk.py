"""A Central European agency monitor's folder: PAP's, ČTK's, TASR's and MTI's credits and
file names, the region's portals, their bylines, months and date lines (an
agency-monitoring analyst's walkthrough of Polish, Czech, Slovak and Hungarian news found
each read wrong or not at all)."""

from __future__ import annotations

import os
from functools import partial
from pathlib import Path

import pytest

from tests.core.reading.samples import read_one
from wirediff.core.reading import load_paths
from wirediff.core.reading.dates import find_date
from wirediff.core.reading.metadata import guess_byline, guess_source
from wirediff.core.reading.outlets import credited_agency, outlet_for_host
from wirediff.core.stories import build_story_index

PL = "Rada Ministrów przyjęła w czwartek projekt ustawy o ochronie ludności i obronie cywilnej."
CS = "Minimální mzda se od ledna zvýší o 1 600 korun na 22 400 Kč měsíčně, rozhodla vláda."
SK = "Národná rada v pondelok schválila vládny konsolidačný balík, sadzba dane sa zvýši."
HU = "Az Országgyűlés hétfőn elfogadta Magyarország jövő évi központi költségvetését."


_read = partial(read_one, name="zprava.txt")


@pytest.mark.parametrize(
    ("dateline", "lede", "outlet"),
    [
        ("WARSZAWA (PAP) -", PL, "PAP"),
        ("WARSZAWA, 3 grudnia 2026 (PAP) -", PL, "PAP"),
        ("Praha (ČTK) -", CS, "ČTK"),
        ("Praha 3. prosince 2026 (ČTK) -", CS, "ČTK"),
        ("Bratislava 3. decembra (TASR) -", SK, "TASR"),
        ("Budapest, 2026. december 3., csütörtök (MTI) -", HU, "MTI"),
    ],
)
def test_a_central_european_agencys_dateline_names_it(
    dateline: str, lede: str, outlet: str
) -> None:
    assert guess_source(f"Nagłówek wiadomości\n\n{dateline} {lede}\n") == outlet


@pytest.mark.parametrize(
    ("headline", "lede"),
    [
        ("PAP smear results are in", "Doctors said the new PAP test finds more cases early."),
        ("MTI radar upgrade ordered", "The MTI radar tracks moving targets over the sea."),
        ("Pap dla niemowląt", "Przepis na pap z kaszy manny, jak robiła babcia."),
    ],
)
def test_the_agencies_initials_as_words_name_no_outlet(headline: str, lede: str) -> None:
    assert guess_source(f"{headline}\n\n{lede}\n", file_name="pap_recipe.txt") == ""


@pytest.mark.parametrize(
    "lede",
    [
        "The Islamic Society of North America (ISNA), the largest Muslim group in the US, said"
        " on Friday it would meet.",
        "The Islamic Society of North America (ISNA) – the largest Muslim group – said it would"
        " meet.",
        "CHICAGO — The Islamic Society of North America (ISNA) announced its convention.",
        "Radar makers (MTI) - moving target indicators - are in demand.",
        "The American Psychological Association (APA), the largest group of psychologists, said"
        " so.",
    ],
)
def test_initials_in_brackets_after_a_name_or_a_phrase_are_no_agencys_dateline(lede: str) -> None:
    """An agency known only in a credit, its initials in brackets after the name they spell
    out or an ordinary phrase, is no dateline's credit: a review found these ledes read as
    ISNA's, MTI's and APA's own stories (an agency's, its story's base)."""
    assert credited_agency(lede, True) == ""
    assert guess_source(f"Headline\n\n{lede}\n") == ""


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("PAP_pogoda.txt", "PAP"),
        ("CTK_mzda.txt", "ČTK"),
        ("TASR_dph.txt", "TASR"),
        ("tasr_dph.txt", "TASR"),
        ("MTI_koltsegvetes.txt", "MTI"),
        ("pap_pogoda.txt", ""),  # (in small letters, porridge's)
        ("mti_radar.txt", ""),
    ],
)
def test_an_agencys_file_name_in_capitals_names_it(tmp_path: Path, name: str, outlet: str) -> None:
    assert _read(tmp_path, f"Nagłówek\n\n{PL}\n", name=name).source == outlet


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("www.wyborcza.pl", "Gazeta Wyborcza"),
        ("www.rp.pl", "Rzeczpospolita"),
        ("wiadomosci.onet.pl", "Onet"),
        ("www.idnes.cz", "iDNES.cz"),
        ("www.novinky.cz", "Novinky.cz"),
        ("zpravy.aktualne.cz", "Aktuálně.cz"),
        ("domov.sme.sk", "SME"),
        ("dennikn.sk", "Denník N"),
        ("index.hu", "Index"),
        ("telex.hu", "Telex"),
        ("hvg.hu", "HVG"),
        ("magyarnemzet.hu", "Magyar Nemzet"),
    ],
)
def test_the_regions_portals_are_known_by_their_hosts(host: str, outlet: str) -> None:
    assert outlet_for_host(host) == outlet


def test_a_portals_words_open_no_headline_as_its_name() -> None:
    """ "Index", "Telex", "SME", "Novinky" are words of a sentence: a headline opening with
    them names no outlet."""
    for headline in ("Index funds rise again", "Telex machines at the museum", "SME lending up"):
        assert guess_source(f"{headline}\n\nThe story goes on here for a while.\n") == ""


def test_a_newsletter_whose_sender_is_one_encoded_word_names_its_outlet(tmp_path: Path) -> None:
    """ "=?utf-8?b?…?=" holding "Aktuálně.cz <newsletter@aktualne.cz>" whole: the parser
    reads it as a name with no address, and the newsletter had no outlet."""
    sender = "=?utf-8?b?QWt0dcOhbG7Emy5jeiA8bmV3c2xldHRlckBha3R1YWxuZS5jej4=?="
    raw = (
        f"From: {sender}\nTo: a@example.cz\nSubject: Mzda\n"
        "Date: Thu, 03 Dec 2026 17:30:00 +0100\nContent-Type: text/plain; charset=utf-8\n\n"
        f"Minimální mzda vzroste\n\n{CS}\n"
    )
    path = tmp_path / "newsletter.eml"
    path.write_bytes(raw.encode())
    assert load_paths([path]).documents[0].source == "Aktuálně.cz"


@pytest.mark.parametrize(
    ("line", "byline", "outlet"),
    [
        ("Autor: Piotr Zieliński", "Piotr Zieliński", ""),
        ("Autorka: Jana Horáková", "Jana Horáková", ""),
        ("oprac. Anna Nowak", "Anna Nowak", ""),
        ("Szerző: Kovács Péter", "Kovács Péter", ""),
        # (an agency's credit names the text's source, not its publisher, but with
        # nothing else naming one the agency's own text: see below)
        ("Autor: ČTK", "ČTK", "ČTK"),
        ("Autor: TASR", "TASR", "TASR"),
        ("Źródło: PAP", "", "PAP"),  # (a source's credit: no writer)
        ("Źródło: Onet, PAP", "", ""),  # (the portal's own with the agency's)
        ("Autor: pap", "", ""),
    ],
)
def test_a_labelled_byline_or_credit_is_read(line: str, byline: str, outlet: str) -> None:
    text = f"Rząd przyjął projekt ustawy\n{line}\n\n{PL}\n"
    assert (guess_byline(text), guess_source(text)) == (byline, outlet)


@pytest.mark.parametrize(
    ("name", "line", "lede", "outlet"),
    [
        ("novinky_mzda.txt", "Autor: ČTK", CS, "Novinky.cz"),
        # (a short key, a word or an abbreviation too, when the text names its outlet:
        # "sme" is Slovak for "we are" — a review)
        ("sme_dph.txt", "Autor: TASR", f"{SK} Viac na sme.sk.", "SME"),
        ("sme_dph.txt", "Autor: TASR", SK, "TASR"),
        ("wyborcza_budzet.txt", "Źródło: PAP", PL, "Gazeta Wyborcza"),
        ("rp_sport.txt", "Autor: Marek Lewandowski", f"{PL} Więcej na rp.pl.", "Rzeczpospolita"),
        ("rp_sport.txt", "Autor: Marek Lewandowski", PL, ""),
        ("novinky_mzda.txt", "Autor: ČTK", PL, "ČTK"),  # (a Czech portal's key, Polish text)
        # (no portal named: the agency's own text, as its byline says — a review)
        ("zprava_mzda.txt", "Autor: ČTK", CS, "ČTK"),
    ],
)
def test_a_portals_copy_credited_to_an_agency_is_the_portals(
    tmp_path: Path, name: str, line: str, lede: str, outlet: str
) -> None:
    """ "Autor: ČTK", "Autor: TASR" made Novinky's and SME's copies the agencies' own: the
    table of reuse by outlet counted SME's copy as TASR editing itself ("taken up 0"), and
    the portals vanished (a re-check of an agency-monitoring analyst's walkthrough). The
    portal is the outlet, by its file's name when nothing else says; the agency the
    byline's credit, its source."""
    doc = _read(tmp_path, f"Titulek zprávy o rozpočtu\n{line}\n\n{lede}\n", name=name)
    assert doc.source == outlet


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("ad_campaign.txt", "Spring sale\n\nThe campaign ran in the city and the suburbs.\n"),
        ("index_of_prices.txt", "Prices\n\nThe index of prices rose in the first quarter.\n"),
        ("pravda_sud.txt", "Суд вынес приговор\n\nСуд в Москве вынес приговор по делу.\n"),
        ("sme_report.txt", "SME lending\n\nBanks lent more to small firms in the year.\n"),
    ],
)
def test_a_file_name_opening_with_a_word_of_a_portals_address_names_none(
    tmp_path: Path, name: str, text: str
) -> None:
    """Not of an English text ("ad", "index", "SME" are words), nor of a text in a script
    the portal writes no name in (a Russian "pravda_…" is no Slovak Pravda.sk's)."""
    assert _read(tmp_path, text, name=name).source == ""


@pytest.mark.parametrize(
    ("name", "lede"),
    [
        ("wp_post_1234.txt", "de"),  # (a WordPress export)
        ("in_memoriam.txt", "fr"),
        ("today_notes.txt", "de"),
        ("ad_hoc_meldung.txt", "de"),
        ("dr_med_interview.txt", "de"),
        ("jp_morgan_nota.txt", "es"),
        ("dn_export.txt", "es"),
        ("nu_ook.txt", "de"),
        ("kan_bericht.txt", "de"),
        ("index_preise.txt", "de"),
        ("tempo_libero.txt", "it"),
        ("pravda_o_vlade.txt", "cs"),
        ("novinky_tydne.txt", "sk"),
        ("inquirer_report.txt", "en"),
        ("people_portraits.txt", "fr"),
        ("milenio_aniversario.txt", "it"),
    ],
)
def test_a_file_name_opening_with_a_word_or_an_abbreviation_names_no_outlet(
    tmp_path: Path, name: str, lede: str
) -> None:
    """A file's name opening with a word or an abbreviation that is a known outlet's key
    gave any text not in English that outlet: "wp_post_1234.txt" Wirtualna Polska's,
    "in_memoriam.txt" of a French text in.gr's, "jp_morgan_nota.txt" Jyllands-Posten's (a
    review); a short key wants the text to name its outlet, a word its outlet's language."""
    ledes = {
        "de": "Die Bundesregierung hat am Freitag den Haushalt für das kommende Jahr "
        "beschlossen, wie ein Sprecher des Finanzministeriums in Berlin mitteilte.",
        "fr": "Le gouvernement a adopté vendredi le budget pour l'année prochaine, a annoncé "
        "un porte-parole du ministère des Finances à Paris.",
        "es": "El Gobierno aprobó el viernes el presupuesto para el próximo año, según "
        "informó un portavoz del Ministerio de Hacienda en Madrid.",
        "it": "Il governo ha approvato venerdì la legge di bilancio per il prossimo anno, "
        "ha detto un portavoce del ministero dell'Economia a Roma.",
        "en": "The government approved the budget for next year on Friday, a spokesman for "
        "the finance ministry said in Washington on Friday evening.",
        "cs": CS,
        "sk": SK,
    }
    assert _read(tmp_path, f"Titulek\n\n{ledes[lede]}\n", name=name).source == ""


def test_an_agencys_byline_credits_it_as_its_labelled_credit_does() -> None:
    """ "By Reuters" over a paper's copy made it Reuters' own, as "Autor: ČTK" made a
    portal's ČTK's: the byline credits the agency, the outlet is the paper by its masthead
    or its file's name; of a text nothing else names, the agency (the review that found
    Reuters' own text signed so with no outlet, a paper's rewrite its story's base)."""
    text = "Budget passes first reading\nBy Reuters\n\nThe parliament passed the budget.\n"
    assert (guess_byline(text), guess_source(text)) == ("Reuters", "Reuters")
    for byline, agency in (("By The Associated Press", "AP"), ("By Reuters Staff", "Reuters")):
        assert guess_source(text.replace("By Reuters", byline)) == agency
    paper = f"The Kilbride Chronicle | 3 December 2026\n{text}"
    assert guess_source(paper) == "The Kilbride Chronicle"
    assert guess_source(text, file_name="idnes_rozpocet.txt") == "iDNES.cz"
    dated = text.replace("The parliament", "WARSAW (Reuters) - The parliament")
    assert guess_source(dated) == "Reuters"
    signed = "Budget passes first reading\nBy Jane Doe, Reuters\n\nThe parliament passed it.\n"
    assert guess_source(signed) == "Reuters"  # (a reporter of the agency's)


_WIRE = (
    "Thousands of people fled coastal towns in southern Spain on Saturday as a powerful "
    "storm brought winds of up to 150 km per hour and heavy rain, regional officials said.",
    "The regional government of Andalusia said schools in Malaga, Cadiz and Almeria would "
    "stay closed on Monday and urged residents to avoid all travel.",
    "Emergency services said more than 200 people had been rescued from flooded homes and "
    "cars overnight, and that two people were missing near the coast.",
)


def test_an_agencys_own_text_signed_by_its_name_is_its_storys_base(tmp_path: Path) -> None:
    """Reuters' text signed "By Reuters", with no dateline's credit, had no outlet and lost
    its story's base to a paper's trimmed rewrite saved at the same time: "Edited version of
    copy2.txt, if that came first" (a review). The byline names the agency's own text."""
    wire = "Storm forces thousands to flee coastal towns in southern Spain\nBy Reuters\n\n"
    copy = "Thousands flee southern Spain coast as storm hits\n\n"
    (tmp_path / "wire1.txt").write_text(wire + "\n\n".join(_WIRE) + "\n", encoding="utf-8")
    (tmp_path / "copy2.txt").write_text(copy + "\n\n".join(_WIRE[:2]) + "\n", encoding="utf-8")
    for path in tmp_path.iterdir():
        os.utime(path, (1_796_000_000, 1_796_000_000))
    documents = load_paths([tmp_path]).documents
    assert {d.name: d.source for d in documents} == {"wire1.txt": "Reuters", "copy2.txt": ""}
    (story,) = build_story_index(documents).stories
    assert documents[story.base].name == "wire1.txt"


def test_a_source_line_under_the_body_names_no_outlet() -> None:
    """ "Źródło: PAP" closing a paper's edited copy is no credit of the whole text (an
    agency's takes and a paper's copy were then all the agency's)."""
    body = " ".join([PL] * 3)
    assert guess_source(f"Budżet przyjęty\noprac. Anna Nowak\n\n{body}\n\nŹródło: PAP\n") == ""


@pytest.mark.parametrize(
    ("line", "captured"),
    [
        ("3 grudnia 2026, godz. 14:30", "14:30"),
        ("czwartek, 3 grudnia 2026 r.", ""),
        ("Aktualizacja: 3.12.2026, 14:30", "14:30"),
        ("Opublikowano: 3.12.2026, 14:30 · Aktualizacja: 3.12.2026, 16:05", "16:05"),
        ("3. prosince 2026 14:30 hod.", "14:30"),
        ("Aktualizováno: 3. 12. 2026 14:30", "14:30"),
        ("3. 12. 2026 14:30", "14:30"),
        ("3. decembra 2026 14:55", "14:55"),
        ("Aktualizované: 3. 12. 2026, 14:55", "14:55"),
        ("2026. december 3., csütörtök 14:10", "14:10"),
        ("Frissítve: 2026. 12. 03. 14:10", "14:10"),
        ("2026. 12. 03. 14:10", "14:10"),
        ("2026. dec. 3. 14:10", "14:10"),
    ],
)
def test_a_central_european_date_line_dates_the_text(
    tmp_path: Path, line: str, captured: str
) -> None:
    doc = _read(tmp_path, f"Rząd przyjął projekt ustawy\n{line}\n\n{PL}\n")
    assert (doc.date, doc.date_source, doc.captured) == (
        "2026-12-03",
        "document",
        f"2026-12-03T{captured}:00" if captured else "",
    )


@pytest.mark.parametrize(
    ("dateline", "lede"),
    [
        ("WARSZAWA, 3 grudnia 2026 (PAP) -", PL),
        ("WARSZAWA, 3 grudnia 2026 r. (PAP) -", PL),
        ("Praha 3. prosince 2026 (ČTK) -", CS),
        ("Budapest, 2026. december 3., csütörtök (MTI) -", HU),
    ],
)
def test_an_agencys_dateline_dates_its_take(tmp_path: Path, dateline: str, lede: str) -> None:
    doc = _read(tmp_path, f"Nagłówek wiadomości\n\n{dateline} {lede}\n")
    assert (doc.date, doc.date_source) == ("2026-12-03", "document")


@pytest.mark.parametrize(
    "line",
    [
        "Punkt 3. 12 osób zginęło w 2026",  # (a day's dot, no month's)
        "Version 2026. 3 notes",
        "Rozdział 3. maja nie było w 2026",  # (a month with no year after it)
        "12.3. 2026",
    ],
)
def test_no_date_is_read_from_numbers_that_are_none(line: str) -> None:
    assert find_date(line) == ""


TAKE = (
    "WARSZAWA (PAP) - Rada Ministrów przyjęła w poniedziałek projekt ustawy budżetowej na 2027"
    " rok. Deficyt budżetu państwa ma wynieść nie więcej niż 289,3 mld zł, a dochody 1034,7 mld"
    " zł - poinformował po posiedzeniu rządu minister finansów Andrzej Domański.\n\nWydatki "
    "budżetu państwa zaplanowano na poziomie 1324 mld zł. Jak powiedział minister, projekt "
    "zakłada wzrost PKB w 2027 roku o 3,1 proc. oraz średnioroczną inflację na poziomie 2,9 "
    "proc.\n\nProjekt budżetu trafi teraz do Sejmu. Pierwsze czytanie zaplanowano na 17 grudnia."
)


def test_the_takes_of_one_day_show_their_date_lines_times(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """PAP's take of 14:30, its update of 16:05 and a paper's copy of 15:10: ordered by the
    times on their date lines, but shown "2026-12-03" each in the list, the outline, the
    tables and the reports; shown now as a metadata time is, and the tables' ``published``
    gives it too."""
    import json

    from wirediff.cli import main

    for name, when in (("take1", "14:30"), ("take2", "16:05"), ("paper", "15:10")):
        text = TAKE if name != "take2" else TAKE.replace("17 grudnia", "18 grudnia")
        (tmp_path / f"{name}.txt").write_text(
            f"Rząd przyjął projekt budżetu\n03.12.2026, godz. {when}\n\n{text}\n",
            encoding="utf-8",
        )
    assert main(["stories", str(tmp_path)]) == 0
    lines = [line.strip() for line in capsys.readouterr().out.splitlines()]
    shown = [line.split("  ")[0] for line in lines if line.endswith(("words",)) or "runs" in line]
    assert shown == [
        "* take1.txt · PAP · 2026-12-03 14:30",
        "paper.txt · PAP · 2026-12-03 15:10",
        "take2.txt · PAP · 2026-12-03 16:05",
    ]
    assert main(["stories", str(tmp_path), "--format", "json"]) == 0
    (story,) = json.loads(capsys.readouterr().out)["stories"]
    assert [(d["date"], d["published"]) for d in story["documents"]] == [
        ("2026-12-03", "2026-12-03T14:30:00"),
        ("2026-12-03", "2026-12-03T15:10:00"),
        ("2026-12-03", "2026-12-03T16:05:00"),
    ]
