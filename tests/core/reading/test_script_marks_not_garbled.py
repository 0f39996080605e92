"""A script's own combining marks are no garbling: "a guess" is said of mojibake only.

A re-check's walkthrough: correctly read legacy files of a Thai desk (TIS-620, Windows-874),
a Vietnamese one (Windows-1258), Arabic with harakat (Windows-1256) and pointed Hebrew
(Windows-1255) were each said to be "a guess: N words look garbled", their vowel signs,
tones and points counted as marks between two letters.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from wirediff.core.reading.alphabets import broken_words
from wirediff.core.reading.decoding import decode

# Written for these tests: a short news text in each script, its marks written out.
THAI = (
    "กรมอุตุนิยมวิทยาเตือนภาคใต้ฝนตกหนัก\n\nกรุงเทพฯ 7 ธันวาคม - กรมอุตุนิยมวิทยาประกาศเตือน"
    "ประชาชนในภาคใต้ให้ระวังฝนตกหนักถึงหนักมากและน้ำท่วมฉับพลัน ผู้ว่าราชการจังหวัดสั่งให้"
    "เจ้าหน้าที่เตรียมพร้อมรับมือ และให้ชาวประมงงดออกเรือจนถึงวันพุธ"
)
VIETNAMESE = (
    "Thủ tướng chỉ đạo ứng phó bão số 15\n\nHÀ NỘI, ngày 7 tháng 12. Thủ tướng yêu cầu các "
    "tỉnh ven biển khẩn trương sơ tán người dân khỏi vùng nguy hiểm, kêu gọi tàu thuyền "
    "vào nơi trú ẩn an toàn và bảo đảm lương thực cho các điểm sơ tán."
)
ARABIC = (
    "بيان رسمي\n\nقالَ الرئيسُ إنَّ الحكومةَ ستعملُ على خفضِ الأسعارِ، وأكَّدَ أنَّ "
    "المواطنينَ سيرونَ النتائجَ قريبًا. وأضافَ الوزيرُ أنَّ الميزانيةَ الجديدةَ تُركِّزُ "
    "على التعليمِ والصحةِ. وسيُشارِكُ المُواطِنُونَ في مُؤتَمَرٍ تَعقِدُهُ الحُكُومَةُ "
    "لِمُناقَشَةِ الخُطَّةِ."
)
HEBREW = (
    "הודעה רשמית\n\nבְּרֵאשִׁית בָּרָא אֱלֹהִים אֵת הַשָּׁמַיִם וְאֵת הָאָרֶץ. וְהָאָרֶץ "
    "הָיְתָה תֹהוּ וָבֹהוּ, וְחֹשֶׁךְ עַל פְּנֵי תְהוֹם, וְרוּחַ אֱלֹהִים מְרַחֶפֶת עַל פְּנֵי "
    "הַמָּיִם. וַיֹּאמֶר אֱלֹהִים יְהִי אוֹר וַיְהִי אוֹר."
)


_TONES = "\u0300\u0301\u0303\u0309\u0323"  # the five Windows-1258 writes as marks


def _cp1258(text: str) -> bytes:
    """``text`` in Windows-1258, which writes a tone as a mark after its letter ("ủ" as
    "u" and U+0309), the letter precomposed where the code page has it ("ư", "ô")."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            base, *marks = unicodedata.normalize("NFD", char)
            tones = "".join(mark for mark in marks if mark in _TONES)
            rest = "".join(mark for mark in marks if mark not in _TONES)
            out += (unicodedata.normalize("NFC", base + rest) + tones).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize(
    ("text", "data", "encoding"),
    [
        (THAI, THAI.encode("cp874"), "cp874"),
        (THAI, THAI.encode("tis_620"), "cp874"),
        (VIETNAMESE, _cp1258(VIETNAMESE), "windows-1258"),
        (ARABIC, ARABIC.encode("cp1256"), "windows-1256"),
        (HEBREW, HEBREW.encode("cp1255"), "windows-1255"),
    ],
    ids=["thai-cp874", "thai-tis620", "vietnamese-cp1258", "arabic-harakat", "hebrew-niqqud"],
)
def test_marked_scripts_read_right_are_not_a_guess(text: str, data: bytes, encoding: str) -> None:
    read, said = decode(Path("x.txt"), data)
    assert unicodedata.normalize("NFC", read) == unicodedata.normalize("NFC", text)
    assert said == encoding


@pytest.mark.parametrize(
    "text",
    [
        THAI,
        unicodedata.normalize("NFD", VIETNAMESE),
        ARABIC,
        HEBREW,
        "می\u200cخواهد به\u200cزودی",  # Persian's joiner inside a word
        "Ре\u0301чь, ἀλλὰ, e\u0301te\u0301",  # a stress mark, Greek polytonic, decomposed French
        "か\u3099んは\u309aい",  # decomposed Japanese kana (an old Mac's)
    ],
)
def test_a_scripts_own_marks_break_no_word(text: str) -> None:
    assert broken_words(text) == 0


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("sho\u05b0rt wo\u05b4rd", 2),  # Hebrew points on Latin letters
        ("ca\u0e34t", 1),  # a Thai vowel sign on a Latin letter
        ("interŽs, bilh›es", 2),  # (Mac Roman read as Windows-1252, as before)
    ],
)
def test_another_scripts_marks_still_break_a_word(text: str, broken: int) -> None:
    assert broken_words(text) == broken
