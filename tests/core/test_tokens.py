import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirediff.core import _unicode_marks
from wirediff.core.options import CompareOptions
from wirediff.core.tokens import TokenKind, count_words, fold_key, scan, tokenize


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text) if t.kind is TokenKind.WORD]


@given(st.text())
def test_tokens_concatenate_to_the_text(text):
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert all(text[t.start : t.end] == t.text for t in tokens)


@given(st.text())
def test_scan_spans_point_at_visible_tokens(text):
    arrays = scan(text, CompareOptions())
    for start, end in zip(arrays.starts, arrays.ends, strict=True):
        assert start < end
        assert not text[start:end].isspace()
    assert arrays.starts == sorted(arrays.starts)


@pytest.mark.parametrize(
    "text",
    ["don't", "al-Kadhimi", "2,500", "$35,000,000", "U.S.", "2.5", "Qurna-2", "10:50"],
)
def test_words_kept_whole(text):
    assert words(f"before {text} after") == ["before", text, "after"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("مُحَمَّد نے کہا۔", ["مُحَمَّد", "نے", "کہا"]),  # Urdu with harakat
        ("قال المسؤول، إن", ["قال", "المسؤول", "إن"]),  # Arabic comma is punctuation
        ("Привет, мир!", ["Привет", "мир"]),
        ("हिन्दी भाषा", ["हिन्दी", "भाषा"]),  # Devanagari vowel signs are marks
        ("café naïve", ["café", "naïve"]),
        ("cafe\u0301", ["cafe\u0301"]),  # decomposed accent stays in the word
        ("go 👍🏽 now 👨‍👩‍👧!", ["go", "👍🏽", "now", "👨‍👩‍👧"]),
    ],
)
def test_unicode_words(text, expected):
    assert words(text) == expected


def test_punctuation_is_its_own_token():
    kinds = [(t.text, t.kind) for t in tokenize("(ISIS)*,") if t.kind is not TokenKind.SPACE]
    assert kinds == [
        ("(", TokenKind.PUNCT),
        ("ISIS", TokenKind.WORD),
        (")", TokenKind.PUNCT),
        ("*", TokenKind.PUNCT),
        (",", TokenKind.PUNCT),
    ]


def test_keys_fold_typography_but_not_text():
    text = "Washington’s “plan” — ok…"
    arrays = scan(text, CompareOptions())
    assert arrays.keys == ["Washington's", '"', "plan", '"', "-", "ok", "..."]
    strict = scan(text, CompareOptions(fold_typography=False))
    assert strict.keys[0] == "Washington’s"
    assert text[arrays.starts[0] : arrays.ends[0]] == "Washington’s"


def test_keys_ignore_case_and_punctuation():
    arrays = scan("ISIS, Isis.", CompareOptions(ignore_case=True, ignore_punctuation=True))
    assert arrays.keys == ["isis", "isis"]
    assert arrays.words == [True, True]


def test_keys_are_nfc():
    assert fold_key("cafe\u0301", CompareOptions()) == fold_key("café", CompareOptions())


def test_whitespace_compared_when_not_folded():
    arrays = scan("a  b\nc", CompareOptions(fold_whitespace=False))
    assert arrays.keys == ["a", "  ", "b", "c"]  # the line break is structure, not a token


def test_generated_marks_match_this_python():
    assert unicodedata.unidata_version == _unicode_marks.UNIDATA_VERSION, (
        "run: python tools/gen_marks.py"
    )


@given(st.text() | st.text(alphabet=" \n\u00a0abc12.,'’-$U.S😀\u0301_۔"))
def test_count_words_agrees_with_scan(text):
    assert count_words(text) == sum(scan(text, CompareOptions()).words)
