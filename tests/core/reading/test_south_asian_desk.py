"""A South Asian desk's copy in Hindi, Bengali and Indian English: the agencies' own-script
credits (IANS, UNI's Hindi service, PTI in Bengali, Bangladesh's BSS and UNB) and the
papers' mastheads (a South Asian desk's walkthrough found the agencies' takes of no
outlet, a paper's reprint listed as the agency, and a Hindi masthead the title)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.core.reading.samples import make_pdf, read_one
from wirediff.core.reading import read_document
from wirediff.core.reading.metadata import guess_source
from wirediff.core.reading.outlets import is_agency

HINDI_HEADLINE = "रिज़र्व बैंक ने रेपो दर में कोई बदलाव नहीं किया"
HINDI_LEDE = "भारतीय रिज़र्व बैंक ने शुक्रवार को प्रमुख नीतिगत दर रेपो को 6.25 प्रतिशत पर बरकरार रखा।"
BANGLA_HEADLINE = "নভেম্বরে রেকর্ড রেমিট্যান্স এসেছে দেশে"
BANGLA_LEDE = "চলতি বছরের নভেম্বর মাসে প্রবাসী বাংলাদেশিরা রেকর্ড রেমিট্যান্স পাঠিয়েছেন।"
ENGLISH_HEADLINE = "Delhi air quality turns severe as GRAP curbs return"
ENGLISH_LEDE = "Delhi's air quality slipped into the 'severe' category on Sunday, officials said."

_read = partial(read_one, name="khabar.txt")


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        (f"{HINDI_HEADLINE}\n\nनागपुर, 6 दिसंबर (आईएएनएस)। {HINDI_LEDE}\n", "IANS"),
        (f"{HINDI_HEADLINE}\n\nनई दिल्ली, 6 दिसंबर (वार्ता) {HINDI_LEDE}\n", "UNI"),
        (f"{BANGLA_HEADLINE}\n\nঢাকা, ৬ ডিসেম্বর, ২০২৬ (বাসস) : {BANGLA_LEDE}\n", "BSS"),
        (f"{BANGLA_HEADLINE}\n\nঢাকা, ৬ ডিসেম্বর (ইউএনবি) : {BANGLA_LEDE}\n", "UNB"),
        (f"{BANGLA_HEADLINE}\n\nকলকাতা, ৬ ডিসেম্বর (পিটিআই) : {BANGLA_LEDE}\n", "PTI"),
        (f"{ENGLISH_HEADLINE}\n\nDhaka, Dec 6 (BSS) - {ENGLISH_LEDE}\n", "BSS"),
        (f"{ENGLISH_HEADLINE}\n\nDhaka, Dec 6 (UNB) - {ENGLISH_LEDE}\n", "UNB"),
    ],
)
def test_a_south_asian_agencys_own_script_credit_names_it(text: str, agency: str) -> None:
    """As "(भाषा)" names PTI: the agency's take is then its story's base (``is_agency``)."""
    assert guess_source(text) == agency
    assert is_agency(agency)


@pytest.mark.parametrize(
    "text",
    [
        # ("वार्ता" is "talks": known only as a credit in brackets)
        "वार्ता विफल रही, किसान आंदोलन जारी\n\nकिसानों और सरकार के बीच बातचीत आज भी बेनतीजा रही।\n",
        # ("UNB" is the University of New Brunswick too: only in a credit)
        "UNB researchers find new species\n\nFREDERICTON - Scientists said on Monday they "
        "found a new fish in the river.\n",
        # ("প্রথম আলো" is "first light", "The Hindu" opens a sentence: mastheads only)
        "প্রথম আলো ফোটার আগেই মাঠে কৃষকেরা\n\nভোরের প্রথম আলো ফোটার আগেই কৃষকেরা মাঠে চলে যান।\n",
        "The Hindu festival of Diwali begins\n\nNEW DELHI - Millions lit lamps on Sunday as "
        "the festival began across the country.\n",
    ],
)
def test_a_word_that_names_an_outlet_elsewhere_names_none(text: str) -> None:
    assert guess_source(text, file_name="story.txt") == ""


def test_a_hindi_masthead_over_an_agencys_dateline_names_the_paper(tmp_path: Path) -> None:
    """Amar Ujala's copy of PTI-Bhasha's story, its masthead between the headline and the
    dateline it kept, was listed as PTI (the English "Pittsburgh Post-Gazette | …" layout
    names the paper)."""
    text = f"{HINDI_HEADLINE}\n\nअमर उजाला | 4 दिसंबर 2026\n\nमुंबई, ४ दिसंबर (भाषा) {HINDI_LEDE}\n"
    doc = _read(tmp_path, text)
    assert (doc.source, doc.title) == ("Amar Ujala", HINDI_HEADLINE)


def test_a_hindi_masthead_opening_the_text_is_no_title(tmp_path: Path) -> None:
    """ "दैनिक भास्कर | 4 दिसंबर 2026" titled Dainik Bhaskar's report, with no outlet, where
    "Hindustan Times | December 4, 2026" names its paper and titles nothing."""
    doc = _read(tmp_path, f"दैनिक भास्कर | 4 दिसंबर 2026\n\nरेपो दर बरकरार\n{HINDI_LEDE}\n")
    assert (doc.source, doc.title) == ("Dainik Bhaskar", "रेपो दर बरकरार")


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"{HINDI_HEADLINE}\n\nजागरण ब्यूरो, मुंबई। {HINDI_LEDE}\n", "Dainik Jagran"),
        (f"প্রথম আলো\n০৬ ডিসেম্বর ২০২৬\n\n{BANGLA_HEADLINE}\n{BANGLA_LEDE}\n", "Prothom Alo"),
        (
            f"{BANGLA_HEADLINE}\n\nআনন্দবাজার পত্রিকা\n৬ ডিসেম্বর ২০২৬\n\nনিজস্ব সংবাদদাতা, "
            f"কলকাতা\n\n{BANGLA_LEDE}\n",
            "Anandabazar Patrika",
        ),
        (f"नवभारत टाइम्स | 4 दिसंबर 2026\n\nरेपो दर बरकरार\n{HINDI_LEDE}\n", "Navbharat Times"),
        (
            f"The Daily Star\nDecember 6, 2026\n\n{ENGLISH_HEADLINE}\n{ENGLISH_LEDE}\n",
            "The Daily Star",
        ),
        (
            f"Dhaka Tribune | December 6, 2026\n\n{ENGLISH_HEADLINE}\n\nDhaka, Dec 6 (UNB) - "
            f"{ENGLISH_LEDE}\n",
            "Dhaka Tribune",
        ),
    ],
)
def test_a_south_asian_papers_masthead_or_bureau_names_it(text: str, outlet: str) -> None:
    assert guess_source(text) == outlet


def test_the_hindus_pdf_is_the_hindus_and_credits_pti(tmp_path: Path) -> None:
    """A PDF opening "THE HINDU", its byline "Press Trust of India", was listed as PTI."""
    path = tmp_path / "the_hindu_aqi.pdf"
    lines: list[str | None] = [
        "THE HINDU",
        None,
        "Delhi air turns 'severe'; GRAP Stage IV imposed",
        None,
        "Press Trust of India",
        None,
        "NEW DELHI, December 6, 2026",
        None,
        ENGLISH_LEDE,
    ]
    path.write_bytes(make_pdf([lines]))
    doc = read_document(path)
    assert (doc.source, doc.byline) == ("The Hindu", "PTI")


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("timesofindia.indiatimes.com", "The Times of India"),
        ("navbharattimes.indiatimes.com", "Navbharat Times"),
        ("www.hindustantimes.com", "Hindustan Times"),
        ("www.ndtv.com", "NDTV"),
        ("indianexpress.com", "The Indian Express"),
        ("www.thehindu.com", "The Hindu"),
        ("www.prothomalo.com", "Prothom Alo"),
        ("www.bssnews.net", "BSS"),
    ],
)
def test_a_south_asian_outlets_address_names_it(host: str, outlet: str) -> None:
    assert guess_source("Body text.", url=f"https://{host}/news/1") == outlet


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("By Staff Reporter", "Staff Reporter"),
        ("BY STAFF REPORTER", "Staff Reporter"),
        ("By A Staff Reporter", "Staff Reporter"),
        ("By Our Correspondent", "Our Correspondent"),
        ("From Our Correspondent", "Our Correspondent"),
        ("From Our Correspondent in Mombasa", "Our Correspondent"),
        ("Staff Reporter", "Staff Reporter"),
        ("Staff Reporter, Karachi", "Staff Reporter"),
        ("Staff Reporter | December 6, 2026", "Staff Reporter"),
        ("By Special Correspondent", "Special Correspondent"),
        ("BY CITIZEN REPORTER", "Citizen Reporter"),
    ],
)
def test_a_papers_staff_credit_is_said_as_one_and_names_no_outlet(
    tmp_path: Path, line: str, credit: str
) -> None:
    """South Asian and African papers sign their own reports "By Staff Reporter", "From
    Our Correspondent": "STAFF REPORTER" and "A Staff Reporter" were read as people's
    names, "From Our Correspondent" not at all, and "Staff Reporter" alone on its line
    (or before the day) as the outlet, which lumped every paper's reports together (a
    South Asian and an Africa desk's walkthroughs)."""
    doc = _read(tmp_path, f"{ENGLISH_HEADLINE}\n\n{line}\n\nNEW DELHI: {ENGLISH_LEDE}\n")
    assert (doc.byline, doc.source, doc.title) == (credit, "", ENGLISH_HEADLINE)


@pytest.mark.parametrize(
    ("line", "credit", "outlet"),
    [
        ("By Our Correspondent, Lahore", "Our Correspondent", ""),
        ("BY OUR CORRESPONDENT, LAHORE", "Our Correspondent", ""),
        ("By Our Staff Reporter, Lahore", "Our Staff Reporter", ""),
        ("By Our Special Correspondent, Islamabad", "Our Special Correspondent", ""),
        ("By Staff Reporter, Karachi", "Staff Reporter", ""),
        ("By Our Correspondent | Lahore", "Our Correspondent", ""),
        ("Our Staff Reporter", "Our Staff Reporter", ""),
        # (a known paper after the credit is still its outlet)
        ("By Our Correspondent, The Daily Star", "Our Correspondent", "The Daily Star"),
    ],
)
def test_a_staff_credits_place_is_no_outlet(
    tmp_path: Path, line: str, credit: str, outlet: str
) -> None:
    """A Pakistani paper's "By Our Correspondent, Lahore" named the outlet "Lahore": the
    city its correspondent filed from (a walkthrough); "… | Lahore" gave no byline too."""
    lede = "LAHORE: Smog shut schools across the city on Sunday, officials said."
    doc = _read(tmp_path, f"{ENGLISH_HEADLINE}\n\n{line}\n\n{lede}\n\n{ENGLISH_LEDE}\n")
    assert (doc.byline, doc.source, doc.title) == (credit, outlet, ENGLISH_HEADLINE)


@pytest.mark.parametrize(
    ("byline", "author"),
    [
        ("By Jane Writer", "Jane Writer"),  # (a person whose name is a role's word)
        ("By Reporter Singh", "Reporter Singh"),
        ("By Rahul Staff", "Rahul Staff"),
        ("Our Bureau", "Our Bureau"),  # (a house byline, kept)
    ],
)
def test_a_persons_name_with_a_roles_word_is_still_the_byline(
    tmp_path: Path, byline: str, author: str
) -> None:
    doc = _read(tmp_path, f"{ENGLISH_HEADLINE}\n\n{byline}\n\nNEW DELHI: {ENGLISH_LEDE}\n")
    assert doc.byline == author


def test_a_pages_staff_credit_is_said_as_one(tmp_path: Path) -> None:
    """A page's author tag so signed too ("STAFF REPORTER" was its author)."""
    page = (
        '<html><head><title>Delhi air turns severe</title><meta name="author" '
        'content="BY STAFF REPORTER"></head><body><article><h1>Delhi air turns '
        f"severe</h1><p>{ENGLISH_LEDE}</p><p>{ENGLISH_LEDE}</p></article></body></html>"
    )
    doc = read_one(tmp_path, page, name="page.html")
    assert doc.byline == "Staff Reporter"
