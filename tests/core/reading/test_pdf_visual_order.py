"""Right-to-left text a PDF's text layer gives in visual order (Qt's PDF writer draws it
right to left, and pypdf reverses it): told, and put back in reading order; a PDF read in
reading order is left as it is."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.core.reading.samples import ARTICLE, make_glyph_pdf, make_pdf, shaped
from wirediff.core.reading import read_document
from wirediff.core.reading.visual_order import reading_order, reads_backwards

TURNED = "pdf text layer; right-to-left text put back in reading order"
ARABIC = [
    "وزارة النقل تطلق أول خط للحافلات الكهربائية بين عمّان والزرقاء",
    "وقال وزير النقل (Transport Minister) المهندس خالد الحياري لوكالة Reuters إن الخط "
    "سيعمل بأسطول من 35 حافلة و٣٥ سيارة، وإن «المشروع خطوة أولى» نحو نقل عام نظيف بنسبة "
    "50% منذ 15/04/2026، هاتف 06-5518111.",
]
HEBREW = [
    "משרד התחבורה הודיע היום על פתיחת קו האוטובוסים החשמליים הראשון בין תל אביב לירושלים,"
    " החל מה-1 במאי 2026.",
    'השר אמר כי "זהו צעד ראשון" לקראת תחבורה ציבורית נקייה (בעלות של 28 מיליון שקל), 50%.',
]
URDU = [
    "وزارت خارجہ کے ترجمان نے کہا کہ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے۔",
    "یہ بات 12 مئی کو کہی گئی۔",
]
MIXED = [
    "The minister said the line would open in May.",
    "وقال الوزير إن الخط سيفتتح في أيار المقبل بتكلفة 28 مليون دينار.",
    "The Arabic word سلام means peace; the ministry is وزارة النقل in Arabic.",
]


def printed(paragraphs: list[str]) -> bytes:
    """The paragraphs as wirediff prints them to PDF (Qt's QPdfWriter)."""
    from wirediff.export.pdf import html_to_pdf

    return html_to_pdf("".join(f"<p>{html.escape(p)}</p>" for p in paragraphs))


def words(text: str) -> list[str]:
    return text.split()


@pytest.mark.parametrize("paragraphs", [ARABIC, HEBREW, URDU, MIXED], ids=["ar", "he", "ur", "mix"])
def test_a_pdf_qt_printed_reads_in_reading_order(
    qapp, tmp_path: Path, paragraphs: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """pypdf read a verbatim copy of an Arabic release, printed with QPdfWriter, in visual
    order and in presentation forms: 0% alike, silently. Its words, numbers (35, ٣٥,
    15/04/2026, 06-5518111), quotes and brackets, Latin names and Urdu's letters of other
    fonts now read as written, and the document says what was done."""
    path = tmp_path / "copy.pdf"
    path.write_bytes(printed(paragraphs))
    doc = read_document(path)
    assert words(doc.text) == words(" ".join(paragraphs))
    assert doc.encoding == TURNED


PERSIAN = [
    "بولتن خبری خبرگزاری مهر - ۱۵ آذر ۱۴۰۵",
    "رئیس سازمان مدیریت بحران استان کرمان گفت: «بر اساس آخرین گزارش ها، سه نفر جان باخته "
    "اند و ۴۷ نفر مصدوم شده اند که ۱۲ نفر از آنان در بیمارستان بستری هستند.»",
    "به گفته وی، 18 روستا آسیب دیده اند؛ عمق زمین لرزه ۱۰ کیلومتر و بزرگی آن ۵٫۶ بود.",
]


def test_a_number_after_a_left_to_right_mark_keeps_its_digits_order(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A Persian bulletin's number where pypdf read left to right before it (the page's
    start, a "«") was turned, which pypdf had left in its order: the year ۱۴۰۵ read ۵۰۴۱,
    "۱۲ نفر" "۲۱ نفر", a false "figures changed: ۱۲ → ۲۱" (a Persian desk's walkthrough).
    pypdf keeps Persian and Arabic-Indic digits in the direction before them."""
    path = tmp_path / "bulletin.pdf"
    path.write_bytes(printed(PERSIAN))
    doc = read_document(path)
    assert doc.encoding == TURNED
    assert words(doc.text) == words(" ".join(PERSIAN))


def test_a_pdf_in_reading_order_is_left_as_it_is(tmp_path: Path) -> None:
    """Arabic drawn from left to right as seen (as most writers draw it) reads in reading
    order, in presentation forms or not: not turned around, not folded; nor are Latin
    and Cyrillic text."""
    line = "أعلنت وزارة النقل اليوم إطلاق أول خط منتظم للحافلات الكهربائية بين عمان والزرقاء"
    for text in (shaped(line), line):
        doc = read_document(_write(tmp_path / "logical.pdf", make_glyph_pdf([text[::-1]])))
        assert (doc.text, doc.encoding) == (text, "pdf text layer")
    russian = "Новосибирск, 5 декабря. Снегопад парализовал движение в городе утром"
    doc = read_document(_write(tmp_path / "russian.pdf", make_glyph_pdf([russian])))
    assert (doc.text, doc.encoding) == (russian, "pdf text layer")
    doc = read_document(_write(tmp_path / "english.pdf", make_pdf([ARTICLE])))
    assert doc.encoding == "pdf text layer" and "2,500 US troops in Iraq" in doc.text


def test_a_pdf_of_base_letters_drawn_in_reading_order_is_told_by_its_words(
    tmp_path: Path,
) -> None:
    """Without presentation forms, the ends of words tell: ة and Hebrew's final letters
    end them, Arabic's ال opens them; pypdf's reversed text has them the other way."""
    arabic = "أعلنت وزارة النقل اليوم إطلاق أول خط منتظم للحافلات الكهربائية بين عمان"
    hebrew = "משרד התחבורה הודיע היום על פתיחת קו האוטובוסים החשמליים הראשון בין תל אביב"
    for line in (arabic, hebrew):
        doc = read_document(_write(tmp_path / "drawn.pdf", make_glyph_pdf([line])))
        assert (doc.text, doc.encoding) == (line, TURNED)


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def seen(line: str) -> str:
    """Arabic or Hebrew as a line of it is seen from left to right, in presentation forms."""
    return shaped(line)[::-1]


HEBREW_LINE = "משרד התחבורה הודיע היום על פתיחת קו האוטובוסים החשמליים הראשון בין תל אביב"


@pytest.mark.parametrize(
    ("text", "backwards"),
    [
        (shaped("بين عمان والزرقاء اليوم الأربعاء"), False),
        (seen("بين عمان والزرقاء اليوم الأربعاء"), True),
        (seen(HEBREW_LINE), True),
        (HEBREW_LINE, False),
        (seen("بين"), False),  # too little to tell
        ("Troops to stay in Iraq, Снегопад в Новосибирске", False),
    ],
)
def test_text_in_visual_order_is_told(text: str, backwards: bool) -> None:
    assert reads_backwards(text) is backwards


@pytest.mark.parametrize(
    ("line", "read"),
    [
        # Arabic: numbers apart ("06-5518111" is set "5518111-06"), "%" after the number
        (f"5518111-06 {seen('هاتف')}", "هاتف 06-5518111"),
        (f"{seen('منذ')} %50 {seen('بنسبة')} 15/04/2026", "15/04/2026 بنسبة 50% منذ"),
        # Latin text (and the digits after it, the bracket it opened) kept; brackets of
        # the Arabic turned as they are read
        (f"{seen('من')} COVID-19 (BBC) {seen('قالت')}", "قالت COVID-19 (BBC) من"),
        (f"{seen('من')} (BBC) {seen('قالت')}", "قالت (BBC) من"),
        (f"«{seen('المشروع')}» {seen('قال')}", "قال «المشروع»"),
        ("\ufefb", "لا"),  # a ligature of two letters, in their order
        # Hebrew: "-" and "%" within a number
        (f"50% {seen('בשיעור')} 06-55 {seen('טלפון')}", "טלפון 06-55 בשיעור 50%"),
        # a Latin line: its stretch of Arabic turned, the rest as it is
        (f"The word {seen('سلام')} means peace", "The word سلام means peace"),
        ("Troops to stay", "Troops to stay"),
        # a right-to-left line ending in a Latin credit or an address (found by a review:
        # mostly Latin, it was read from left to right, "Reuters :المصدر")
        (f"Reuters :{seen('المصدر')}", "المصدر: Reuters"),
        (f"Associated Press :{seen('المصدر')}", "المصدر: Associated Press"),
        (f"info@moh.gov.jo :{seen('البريد')}", "البريد: info@moh.gov.jo"),
    ],
)
def test_a_line_as_seen_is_read_back(line: str, read: str) -> None:
    assert reading_order(line) == read
