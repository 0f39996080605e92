"""Hebrew plain text stored in visual order (each line as it is seen, as old Israeli systems
wrote ISO-8859-8) read in reading order, and said so; text in reading order, Hebrew,
Yiddish, Arabic or Persian, left as it is (a Hebrew desk's walkthrough: such a file was read
silently as mirrored text, "7202 תנשל הנידמה ביצקת", a story of its own)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from wirediff.core.reading import read_document

TURNED = "right-to-left text put back in reading order"
HEBREW = (
    "הכנסת אישרה בקריאה ראשונה את תקציב המדינה לשנת 2027\n\n"
    "כאן חדשות, 6 בדצמבר 2026\n\n"
    "מליאת הכנסת אישרה הלילה את התקציב ברוב של 61 תומכים מול 54 מתנגדים. היקף התקציב "
    'עומד על 620 מיליארד ש"ח, אמר שר האוצר לסוכנות Reuters.\n\n'
    'יו"ר ועדת הכספים הודיע כי הוועדה תתחיל לדון בתקציב כבר ביום שלישי הקרוב.\n'
)
YIDDISH = (
    "די רעגירונג האָט געמאָלדן אַז דער בודזשעט פֿאַר 2027 וועט זײַן גרעסער, און די "
    "מיניסטאָרן האָבן באַשלאָסן צו העלפֿן די שטעט מיט געלט פֿאַר שולן.\n"
)
ARABIC = (
    "أعلنت وزارة المالية اليوم أن الميزانية العامة للدولة لعام 2027 ستبلغ 620 مليار دينار، "
    "وقال الوزير إن الحكومة ستدعم المدارس والمستشفيات في المحافظات كافة.\n"
)
PERSIAN = (
    "وزارت اقتصاد اعلام کرد که بودجه سال ۱۴۰۶ به ۶۲۰ هزار میلیارد تومان می‌رسد و دولت "
    "از مدرسه‌ها و بیمارستان‌های استان‌ها حمایت خواهد کرد.\n"
)


def seen(line: str) -> str:
    """A line of Hebrew as it is seen, from left to right: its characters in reverse, its
    numbers and Latin words in their own order."""
    return "".join(reversed(re.findall(r"\d+(?:[.,:]\d+)*|[A-Za-z]+|.", line)))


def _read(tmp_path: Path, text: str, codec: str) -> tuple[str, str]:
    path = tmp_path / "item.txt"
    path.write_bytes(text.encode(codec))
    doc = read_document(path)
    return doc.text, doc.encoding


def test_hebrew_stored_as_seen_reads_in_reading_order(tmp_path: Path) -> None:
    visual = "\n".join(seen(line) for line in HEBREW.split("\n"))
    text, encoding = _read(tmp_path, visual, "iso8859-8")
    assert text == HEBREW
    assert encoding.endswith(f"; {TURNED}")


def test_hebrew_reversed_whole_with_its_digits_reads_in_reading_order(tmp_path: Path) -> None:
    """Lines reversed character by character, years too ("7202"): reversed back whole."""
    visual = "\n".join(line[::-1] for line in HEBREW.split("\n"))
    text, encoding = _read(tmp_path, visual, "iso8859-8")
    assert text == HEBREW
    assert encoding.endswith(f"; {TURNED}")


@pytest.mark.parametrize(
    ("written", "codec"),
    [
        (HEBREW, "iso8859-8"),
        (HEBREW, "utf-8"),
        (HEBREW, "cp1255"),
        (YIDDISH, "utf-8"),
        (ARABIC, "utf-8"),
        (ARABIC, "cp1256"),
        (PERSIAN, "utf-8"),
    ],
)
def test_text_in_reading_order_is_left_as_it_is(tmp_path: Path, written: str, codec: str) -> None:
    text, encoding = _read(tmp_path, written, codec)
    assert text == written
    assert TURNED not in encoding
