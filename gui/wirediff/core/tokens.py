"""Lossless, Unicode-aware tokens with code-point spans, and their comparison keys.

A *word* is a run of letters, digits and combining marks (any script), kept together across
inner apostrophes and hyphens (``don't``, ``al-Kadhimi``), digit group separators (``2,500``,
``2.5``, ``10:50``), with a currency sign before a number (``$35,000,000``); letter-dot
abbreviations (``U.S.``, ``a.m.``) and emoji (with modifiers and ZWJ sequences) are words too.
Every other visible character is a punctuation token of its own; runs of white space are
space tokens. Concatenating ``tokenize(text)`` gives ``text`` back exactly.

Keys are what the diff compares; the text is what is shown. They are kept apart: options fold
case, typography and punctuation in the keys only.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import IntEnum

from wirediff.core._unicode_marks import MARKS
from wirediff.core.options import CompareOptions

_CORE = rf"[\w{MARKS}\u200c\u200d]"  # letters, digits, marks, ZWNJ/ZWJ (Persian, Urdu)
_INNER = r"['’\-‐‑]"  # joins two word parts: don't, al-Kadhimi
_EMOJI_BASE = r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_EMOJI = rf"{_EMOJI_BASE}(?:[\ufe0f\U0001f3fb-\U0001f3ff]|\u200d{_EMOJI_BASE})*"
_ABBREV = r"(?:[^\W\d_]\.)+[^\W\d_]\.?(?![\w])"  # U.S.  a.m.  U.S
_WORD = (
    rf"(?:[$€£¥](?=\d))?{_CORE}+"
    rf"(?:(?:{_INNER}(?={_CORE})|(?<=\d)[.,:](?=\d)){_CORE}+)*"
)
_WORDS = f"{_ABBREV}|{_WORD}|{_EMOJI}"

# Words, spaces, or one character of anything else (punctuation, symbols, stray marks).
_ALL_RE = re.compile(rf"(?P<w>{_WORDS})|(?P<s>\s+)|(?P<p>.)", re.DOTALL)
# Words, or one visible non-word character: everything but white space.
_VISIBLE_RE = re.compile(rf"({_WORDS})|\S")
_WORD_RE = re.compile(_WORDS)


class TokenKind(IntEnum):
    WORD = 0
    PUNCT = 1
    SPACE = 2


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int
    kind: TokenKind


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``, white space included; their texts concatenate to ``text``."""
    kinds = {"w": TokenKind.WORD, "s": TokenKind.SPACE, "p": TokenKind.PUNCT}
    return [
        Token(m.group(), m.start(), m.end(), kinds[m.lastgroup or "p"])
        for m in _ALL_RE.finditer(text)
    ]


def is_word(token_text: str) -> bool:
    """Whether a token's text is a word (as opposed to punctuation or space)."""
    return _WORD_RE.fullmatch(token_text) is not None


# Typographic variants folded by CompareOptions.fold_typography.
_TYPOGRAPHY = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "´": "'",
        "“": '"',
        "”": '"',
        "„": '"',
        "‟": '"',
        "″": '"',
        "«": '"',
        "»": '"',
        "‐": "-",
        "‑": "-",
        "‒": "-",
        "–": "-",
        "—": "-",
        "―": "-",
        "−": "-",
        "…": "...",
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
    }
)


def fold_key(token_text: str, options: CompareOptions) -> str:
    """The comparison key of one token under ``options``."""
    key = token_text
    if not key.isascii():
        key = unicodedata.normalize("NFC", key)
        if options.fold_typography:
            key = key.translate(_TYPOGRAPHY)
    if options.ignore_case:
        key = key.casefold()
    return key


@dataclass(frozen=True, slots=True)
class TokenArrays:
    """The compared tokens of one text, as parallel lists (fast to build and to slice).

    Spaces are left out unless whitespace is compared; punctuation is left out when it is
    ignored. ``words[i]`` tells a word from punctuation or space.
    """

    starts: list[int]
    ends: list[int]
    keys: list[str]
    words: list[bool]

    def __len__(self) -> int:
        return len(self.starts)


def scan(text: str, options: CompareOptions) -> TokenArrays:
    """The compared tokens of ``text`` under ``options``."""
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    words: list[bool] = []
    if options.fold_whitespace:
        for m in _VISIBLE_RE.finditer(text):
            is_w = m.lastindex is not None
            if not is_w and options.ignore_punctuation:
                continue
            starts.append(m.start())
            ends.append(m.end())
            texts.append(m.group())
            words.append(is_w)
    else:
        for m in _ALL_RE.finditer(text):
            group = m.lastgroup
            if group == "p" and options.ignore_punctuation:
                continue
            if group == "s" and "\n" in m.group():
                continue  # paragraph structure is compared by the alignment, not as a token
            starts.append(m.start())
            ends.append(m.end())
            texts.append(m.group())
            words.append(group == "w")
    if options.ignore_case or options.fold_typography:
        keys = [fold_key(t, options) for t in texts]
    else:
        keys = [t if t.isascii() else unicodedata.normalize("NFC", t) for t in texts]
    return TokenArrays(starts, ends, keys, words)
