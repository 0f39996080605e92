"""An Africa desk's copy: the continent's agencies by their credits, its papers by their
mastheads, and an English byline before its day (an Africa desk's walkthrough found 16 of 21
texts of no outlet, a paper's rewrite the base of APS's story and Fana's of ENA's, and "By
Graham Kajilwa | December 6, 2026" no author)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.core.reading.samples import read_one
from wirediff.core.reading import load_paths
from wirediff.core.reading.metadata import guess_byline, guess_source
from wirediff.core.reading.outlets import credited_agency, is_agency, outlet_for_host
from wirediff.core.stories import build_story_index

EN = (
    "The Federal Government has approved 2.5 billion naira for the relief and resettlement "
    "of victims of the recent floods in Borno State, the minister said on Sunday."
)
FR = (
    "Le gouvernement sénégalais a débloqué 5 milliards de francs CFA pour soutenir la "
    "campagne de commercialisation de l'arachide, a annoncé dimanche le ministre."
)
AM = "የግብርና ሚኒስቴር በዘንድሮው የበጋ ወቅት 3 ሚሊዮን ሄክታር መሬት በመስኖ ስንዴ ለማልማት ማቀዱን አስታወቀ።"
HEADLINE = "FG approves 2.5 billion naira for Borno flood victims"


@pytest.mark.parametrize(
    ("dateline", "lede", "outlet"),
    [
        ("ABUJA, Dec. 6, 2026 (NAN) -", EN, "NAN"),
        ("ABUJA (NAN) -", EN, "NAN"),
        ("Dakar, 6 déc (APS) -", FR, "APS"),
        ("NAIROBI, Dec 6 (KNA) -", EN, "KNA"),
        ("Addis Ababa, December 6/2026 (ENA) -", EN, "ENA"),
        ("አዲስ አበባ፣ ኅዳር 27 ቀን 2019 ዓ.ም (ኢዜአ)፦", AM, "ENA"),
        ("Rabat, Dec. 6, 2026 (MAP) -", EN, "MAP"),
        ("Pretoria, 6 December 2026 (SAnews) -", EN, "SAnews"),
        ("JOHANNESBURG, Dec 6 (ANA) -", EN, "ANA"),
        ("DAKAR, Dec 6 (PANA) -", EN, "PANA"),
        ("CAIRO, Dec 6 (MENA) -", EN, "MENA"),
    ],
)
def test_an_african_agencys_credit_names_it(dateline: str, lede: str, outlet: str) -> None:
    text = f"{HEADLINE}\n\n{dateline} {lede}\n"
    assert (guess_source(text), credited_agency(text, dateline=True)) == (outlet, outlet)
    assert is_agency(outlet)


@pytest.mark.parametrize(
    "text",
    [
        # (initials that are words or others' too, outside a dateline's credit)
        f"Road map to recovery\n\nThe road map (MAP) - agreed in {EN}\n",
        f"{HEADLINE}\n\nThe ministers said the plan (APS) - a pilot - would cover {EN}\n",
        f"{HEADLINE}\n\nBello told the News Agency of Nigeria (NAN) in Abuja that {EN}\n",
        "Le Soleil brille\n\nLe soleil brille sur Dakar ce dimanche, a-t-on appris.\n",
        "Punch and Judy show returns to the seaside\n\nThe puppet show is back this summer.\n",
        "Vanguard of the revolution\n\nThe party's young wing met on Sunday in the capital.\n",
        "The Standard Chartered results\n\nThe bank reported a rise in profits on Friday.\n",
        "Taifa leo linaadhimisha\n\nTaifa leo linaadhimisha siku ya uhuru kwa sherehe kubwa.\n",
    ],
)
def test_those_names_as_words_name_no_outlet(text: str) -> None:
    assert guess_source(text) == ""


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Punch", "Punch"),
        ("Vanguard", "Vanguard"),
        ("Premium Times", "Premium Times"),
        ("The Standard", "The Standard"),
        ("Mail & Guardian", "Mail & Guardian"),
        ("News24", "News24"),
        ("Le Soleil", "Le Soleil"),
        ("Fraternité Matin", "Fraternité Matin"),
        ("Taifa Leo", "Taifa Leo"),
        ("Mwananchi", "Mwananchi"),
        ("BBC Hausa", "BBC Hausa"),
        ("Aminiya", "Aminiya"),
        ("Addis Standard", "Addis Standard"),
        ("ፋና ብሮድካስቲንግ ኮርፖሬት", "Fana"),
        ("Daily Nation", "Daily Nation"),
    ],
)
def test_an_african_papers_masthead_over_its_headline_names_it(
    tmp_path: Path, masthead: str, outlet: str
) -> None:
    """A paper's masthead alone over its headline, over a dateline crediting NAN too: the
    paper's copy (it was "(no outlet)", or NAN's)."""
    text = f"{masthead}\n{HEADLINE}\n\nDecember 6, 2026\n\nABUJA (NAN) - {EN}\n"
    doc = read_one(tmp_path, text, name="copy.txt")
    assert (doc.source, doc.title) == (outlet, HEADLINE)


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("www.punchng.com", "Punch"),
        ("www.vanguardngr.com", "Vanguard"),
        ("www.premiumtimesng.com", "Premium Times"),
        ("nation.africa", "Daily Nation"),
        ("www.standardmedia.co.ke", "The Standard"),
        ("mg.co.za", "Mail & Guardian"),
        ("www.aps.sn", "APS"),
        ("www.ena.et", "ENA"),
        ("www.sanews.gov.za", "SAnews"),
    ],
)
def test_african_outlets_are_known_by_their_sites(host: str, outlet: str) -> None:
    assert outlet_for_host(host) == outlet


def _story_base(tmp_path: Path, files: dict[str, str]) -> str:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        os.utime(tmp_path / name, (1_796_000_000, 1_796_000_000))
    documents = load_paths([tmp_path]).documents
    (story,) = build_story_index(documents).stories
    return documents[story.base].name


def test_the_agencys_dispatch_is_its_storys_base_over_a_papers_timed_rewrite(
    tmp_path: Path,
) -> None:
    """Le Soleil's rewrite, timed 17:05, was the base of APS's dispatch, dated by its day
    alone ("Edited version of lesoleil_arachide.txt, if that came first")."""
    more = (
        " Ces 5 milliards de FCFA permettront aux opérateurs privés stockeurs de payer les "
        "producteurs au comptant, sans bons impayés, a déclaré M. Diagne à Kaolack. Le prix "
        "plancher est maintenu à 305 francs CFA le kilogramme, a-t-il précisé devant la presse."
    )
    aps = f"Sénégal : 5 milliards pour l'arachide\n\nDakar, 6 déc (APS) - {FR}{more}\n"
    soleil = (
        f"Le Soleil\nCampagne arachidière : 5 milliards débloqués\n\nPublié le 06/12/2026 à "
        f"17h05\n\n{FR}{more}\n\n(Avec APS)\n"
    )
    base = _story_base(tmp_path, {"aps_arachide.txt": aps, "lesoleil_arachide.txt": soleil})
    assert base == "aps_arachide.txt"


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Graham Kajilwa | December 6, 2026", "Graham Kajilwa"),
        ("By Graham Kajilwa - December 6, 2026", "Graham Kajilwa"),
        ("By Jane Smith and John Doe | 6 December 2026", "Jane Smith and John Doe"),
        ("By Election Day, turnout doubled", ""),  # (a headline)
    ],
)
def test_an_english_byline_before_its_day_gives_its_author(line: str, author: str) -> None:
    text = f"Mbadi turns to pension funds for Nairobi bypass\n\n{line}\n\n{EN}\n"
    assert guess_byline(text) == author


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"{HEADLINE}\n\n{EN}\n\n{EN}\n\n— Nation\n", "Daily Nation"),
        (f"{HEADLINE}\n\n{EN}\n\n{EN}\n\n- NATION\n", "Daily Nation"),
        (
            f"{HEADLINE}\n\n{EN}\n\n© 2026 Nation Media Group. All rights reserved.\n",
            "Daily Nation",
        ),
        (f"Nation Media Group\n{HEADLINE}\n\n{EN}\n", "Daily Nation"),
        (f"{HEADLINE}\n\nBy NATION REPORTER\n\n{EN}\n", "Daily Nation"),
        # (the word elsewhere: a sentence's, a section's, the publisher in a headline)
        (f"{HEADLINE}\n\n{EN}\n\nThe Nation mourned.\n", ""),
        (f"{HEADLINE}\n\n{EN}\n\nNation\n", ""),
        (f"Nation\n{HEADLINE}\n\n{EN}\n", ""),
        (f"Nation Media Group posts Sh1bn loss on ads\n\n{EN}\n", ""),
    ],
)
def test_daily_nation_credited_as_nation_names_it(text: str, outlet: str) -> None:
    """Kenya's Daily Nation credits itself "Nation": "— Nation" closing its copy, "Nation
    Media Group", "By NATION REPORTER" named no outlet, where "Daily Nation" did (an Africa
    desk's walkthrough)."""
    assert guess_source(text) == outlet
