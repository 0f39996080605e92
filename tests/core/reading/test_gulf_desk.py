"""The Gulf's papers and agencies, Switzerland's agency, Austria's and Pakistan's papers: by
their names, addresses and credits, and pages' author fields that are a credit or hold a
role (a Gulf night desk's and a German and Nordic desk's walkthroughs found most of them
of no outlet, "Al Bayan" known only as "البيان", and a place or a role read as an author)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.core.reading.samples import make_docx
from wirediff.core.outlet_names import other_names
from wirediff.core.reading import load_paths
from wirediff.core.reading.metadata import guess_source
from wirediff.core.reading.outlets import (
    arabic_credit,
    credited_agency,
    is_agency,
    outlet_at_start,
    outlet_for_host,
    outlet_named,
)

HEADLINE = "هزة أرضية في جنوب إيران يشعر بها سكان الإمارات"
LEDE = (
    "شعر سكان في دبي والشارقة ورأس الخيمة مساء أمس الاثنين بهزة أرضية ناجمة عن زلزال بقوة "
    "6.1 درجة ضرب محافظة هرمزجان في جنوب إيران، وأسفر عن مقتل ثلاثة أشخاص.\n\n"
    "وقال مركز رصد الزلازل الإيراني إن الزلزال وقع على عمق عشرة كيلومترات."
)


def _read(tmp_path: Path, text: str, name: str = "copy.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    saved = datetime(2026, 12, 1, 8, 0, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))
    return load_paths([path]).documents[0]


def _page(tmp_path: Path, author: str, site: str = "", name: str = "page.html"):  # type: ignore[no-untyped-def]
    site_meta = f'<meta property="og:site_name" content="{site}">' if site else ""
    body = "".join(f"<p>{p}</p>" for p in LEDE.split("\n\n"))
    page = (
        f'<html><head><meta charset="utf-8"><title>{HEADLINE}</title>{site_meta}'
        f'<meta name="author" content="{author}"></head><body><article><h1>{HEADLINE}</h1>'
        f'<div class="byline">{author}</div>{body}{body}</article></body></html>'
    )
    return _read(tmp_path, page, name)


@pytest.mark.parametrize(
    ("name", "outlet"),
    [
        ("Al Khaleej", "Al Khaleej"),
        ("Al Bayan", "Al Bayan"),
        ("Emarat Al Youm", "Emarat Al Youm"),
        ("Al Ittihad", "Al Ittihad"),
        ("Khaleej Times", "Khaleej Times"),
        ("The National", "The National"),
        ("Gulf News", "Gulf News"),
        ("Gulf Times", "Gulf Times"),
        ("Al Raya", "Al Raya"),
        ("Okaz", "Okaz"),
        ("Kuwait Times", "Kuwait Times"),
        ("صحيفة الخليج", "Al Khaleej"),
        ("Bahrain News Agency", "BNA"),
        ("Oman News Agency", "ONA"),
        ("Keystone-SDA", "Keystone-SDA"),
        ("derStandard.at", "Der Standard"),
        ("The Express Tribune", "The Express Tribune"),
        ("Business Recorder", "Business Recorder"),
        ("The News International", "The News International"),
        ("Daily Jang", "Daily Jang"),
    ],
)
def test_the_gulfs_and_others_outlets_are_known_by_name(name: str, outlet: str) -> None:
    assert outlet_named(name) == outlet


@pytest.mark.parametrize(
    ("host", "outlet"),
    [
        ("www.alkhaleej.ae", "Al Khaleej"),
        ("www.albayan.ae", "Al Bayan"),
        ("www.emaratalyoum.com", "Emarat Al Youm"),
        ("www.alittihad.ae", "Al Ittihad"),
        ("www.khaleejtimes.com", "Khaleej Times"),
        ("www.thenationalnews.com", "The National"),
        ("gulfnews.com", "Gulf News"),
        ("www.gulf-times.com", "Gulf Times"),
        ("www.raya.com", "Al Raya"),
        ("www.okaz.com.sa", "Okaz"),
        ("www.kuwaittimes.com", "Kuwait Times"),
        ("www.bna.bh", "BNA"),
        ("omannews.gov.om", "ONA"),
        ("www.keystone-sda.ch", "Keystone-SDA"),
        ("www.derstandard.at", "Der Standard"),
        ("www.dawn.com", "Dawn"),
        ("www.thenews.com.pk", "The News International"),
        ("tribune.com.pk", "The Express Tribune"),
        ("www.brecorder.com", "Business Recorder"),
        ("jang.com.pk", "Daily Jang"),
    ],
)
def test_and_by_their_addresses(host: str, outlet: str) -> None:
    assert outlet_for_host(host) == outlet


def test_arabic_names_that_are_words_name_an_outlet_only_as_a_field_or_a_credit() -> None:
    """ "البيان" (the statement), "الخليج" (the Gulf), "الشرق الأوسط" (the Middle East),
    "الجزيرة" (the island): a page's site name, not a line's words nor a line alone."""
    for name, outlet in (
        ("البيان", "Al Bayan"),
        ("الخليج", "Al Khaleej"),
        ("الإمارات اليوم", "Emarat Al Youm"),
        ("الاتحاد", "Al Ittihad"),
        ("الراية", "Al Raya"),
        ("عكاظ", "Okaz"),
        ("الجزيرة", "Al Jazeera"),
        ("الشرق الأوسط", "Asharq Al-Awsat"),
        ("Dawn", "Dawn"),
        ("The News", "The News International"),
    ):
        assert outlet_named(name, field=True) == outlet, name
        assert outlet_named(name) == "", name
        assert name in (outlet, *other_names(outlet)), name  # (a filter finds "البيان")
    assert outlet_named("الجزيرة نت") == "Al Jazeera"
    assert outlet_named("وكالة أنباء الإمارات") == "WAM"
    for line in (
        "الخليج العربي يشهد موجة حر",
        "البيان الختامي للقمة الخليجية",
        "الشرق الأوسط يترقب نتائج القمة",
        "Dawn raids in Karachi",
        "The News that shook the town",
        "The National Guard was deployed",
        "Gulf news agencies reported a quake",
        "Al Ittihad beat Al Hilal 2-1",
    ):
        assert outlet_at_start(line) == "", line


@pytest.mark.parametrize(
    ("credit", "outlet"),
    [
        ("الشارقة: «الخليج»", "Al Khaleej"),
        ("دبي: «الخليج»", "Al Khaleej"),
        ("أبوظبي - الإمارات اليوم", "Emarat Al Youm"),
        ("دبي ـ البيان", "Al Bayan"),
        ("أبوظبي - الاتحاد", "Al Ittihad"),
        ("لندن: «الشرق الأوسط»", "Asharq Al-Awsat"),
        ("الرياض - وكالات", ""),  # ("agencies": no outlet's)
    ],
)
def test_an_arabic_papers_credit_line_names_it(tmp_path: Path, credit: str, outlet: str) -> None:
    """Al Khaleej's "الشارقة: «الخليج»" and Emarat Al Youm's "أبوظبي - الإمارات اليوم" under
    the headline: their copies had no outlet."""
    doc = _read(tmp_path, f"{HEADLINE}\n\n{credit}\n\n{LEDE}\n")
    assert (doc.source, doc.byline, doc.title) == (outlet, "", HEADLINE)


def test_a_headline_of_a_dash_and_a_papers_name_is_no_credit() -> None:
    """ "مباراة السعودية - الإمارات اليوم" (Saudi Arabia's match with the Emirates today) is a
    headline: only a line under it is a credit."""
    headline = "مباراة السعودية - الإمارات اليوم"
    assert guess_source(f"{headline}\n\n{LEDE}\n", title=headline) == ""


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("المنامة في 30 نوفمبر / بنا /", "BNA"),
        ("مسقط في 30 نوفمبر /العمانية/", "ONA"),
        ("أبوظبي - وام\n", "WAM"),
        ("Bern (sda) -", "Keystone-SDA"),
        ("Bern (Keystone-SDA) -", "Keystone-SDA"),
        ("Genève (ats) -", "Keystone-SDA"),
    ],
)
def test_the_gulfs_and_switzerlands_agencies_are_named_by_their_credits(
    dateline: str, agency: str
) -> None:
    """BNA and ONA (their credits "/ بنا /", "/العمانية/"), as WAM, KUNA, SPA and QNA are, and
    Keystone-SDA: their takes had no outlet."""
    text = f"{HEADLINE}\n\n{dateline} {LEDE}\n"
    assert (guess_source(text), credited_agency(text, dateline=True)) == (agency, agency)
    assert is_agency(agency)


def test_the_initials_alone_are_no_agency() -> None:
    for line in ("BNA reports on tax law changes", "ONA awards for online journalism"):
        assert guess_source(f"{line}\n\nSome text of the report follows here.\n") == ""


def test_a_pages_author_field_that_is_a_city_and_its_paper_names_the_paper(
    tmp_path: Path,
) -> None:
    """Al Bayan's pages' author field, "دبي - البيان", was the byline "دبي" (Dubai, a place)
    and the page's outlet "البيان", which a filter on "Al Bayan" did not find."""
    with_site = _page(tmp_path, "دبي - البيان", site="البيان", name="a.html")
    assert (with_site.source, with_site.byline) == ("Al Bayan", "")
    alone = _page(tmp_path, "دبي - البيان", name="b.html")
    assert (alone.source, alone.byline) == ("Al Bayan", "")
    wam = _page(tmp_path, "أبوظبي - وام", name="c.html")
    assert (wam.source, wam.byline) == ("WAM", "")
    copy = _page(tmp_path, "أبوظبي - وام", site="البيان", name="d.html")
    assert (copy.source, copy.byline) == ("Al Bayan", "")


def test_a_pages_author_field_loses_its_role(tmp_path: Path) -> None:
    """Gulf News' "By Sajila Saseendran, Senior Reporter" was two authors, "Sajila
    Saseendran; Senior Reporter", where the same byline in a text gives one."""
    doc = _page(tmp_path, "By Sajila Saseendran, Senior Reporter", site="Gulf News")
    assert (doc.source, doc.byline) == ("Gulf News", "Sajila Saseendran")
    two = _page(tmp_path, "By Jane Doe and John Roe", site="Gulf News", name="two.html")
    assert two.byline == "Jane Doe; John Roe"  # (trafilatura's, as before)


def test_a_newsrooms_byline_names_its_paper(tmp_path: Path) -> None:
    """A .docx whose author is "Redaktion derStandard.at" (Der Standard's newsroom) was "by
    Redaktion derStandard.at", of no outlet."""
    lede = (
        "Der Wiener Gemeinderat hat am Freitag das Budget für 2027 beschlossen. Die Stadt "
        "rechnet mit Einnahmen von 17,1 Milliarden Euro."
    )
    path = tmp_path / "wien_budget.docx"
    path.write_bytes(
        make_docx(["Wien: Budget beschlossen", lede], creator="Redaktion derStandard.at")
    )
    doc = load_paths([path]).documents[0]
    assert (doc.source, doc.byline) == ("Der Standard", "")


def test_pakistans_papers_by_masthead_and_address_not_by_a_word(tmp_path: Path) -> None:
    """ "Dawn" and "The News" are words: a file "dawn_raid.txt" of a text opening "Dawn raids"
    is no paper's, nor a line "Dawn" alone; a masthead with the day and an address are."""
    body = "\n\n".join(["Water rose in the district after heavy rain, officials said."] * 8)
    raid = _read(
        tmp_path, f"Dawn raids in Karachi\n\nDawn raids were carried out.\n{body}", "dawn_raid.txt"
    )
    assert raid.source == ""
    alone = _read(tmp_path, f"Dawn\n\nA poem of the morning\n\n{body}\n", "poem.txt")
    assert alone.source == ""
    for head, outlet in (
        ("Dawn | December 6, 2026", "Dawn"),
        ("The News | December 6, 2026", "The News International"),
        ("البيان - الأحد 30 نوفمبر 2026", "Al Bayan"),
    ):
        masthead = _read(tmp_path, f"{head}\n\nFloods in Sindh\n\n{body}\n", "m.txt")
        assert (masthead.source, masthead.title) == (outlet, "Floods in Sindh"), head
    named = _read(tmp_path, f"Rain hits Lahore\n\n{body}\n\nMore at dawn.com.\n", "dawn_rain.txt")
    assert named.source == "Dawn"


@pytest.mark.parametrize(
    "line", ["نهائي الكأس: الاتحاد", "قال الوزير: الاتحاد", "نتيجة المباراة: العربية"]
)
def test_a_word_name_after_any_words_is_no_credit(line: str) -> None:
    """A paper's name that is a word too (the union, Arabic) after a final's score or a
    quote's speaker named the outlet: "نهائي الكأس: الاتحاد" was Al Ittihad (a review). Its
    credit opens with a place, or quotes it."""
    assert arabic_credit(line) == ("", "")
    assert arabic_credit("أبوظبي - الاتحاد") == ("الاتحاد", "Al Ittihad")
    assert arabic_credit("ابوظبي: «الاتحاد»")[1] == "Al Ittihad"
