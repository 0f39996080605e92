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
from itertools import accumulate

from wirediff.core._unicode_marks import MARKS_ASTRAL, MARKS_BMP
from wirediff.core.options import CompareOptions

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK): with
# no dictionary to find their words, each character (with its marks) is a token of its own,
# so a diff can still point at the characters that changed.
_NOSPACE = (
    "\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
)
# Letters and digits of the other scripts (\w), with combining marks, ZWNJ/ZWJ (Persian,
# Urdu) and the soft hyphen continuing a word. Marks are only tried where a letter run stops,
# and the slow class of marks beyond the BMP only for characters beyond the BMP.
_MARK = rf"(?:[{MARKS_BMP}\u200c\u200d\u00ad]|(?=[\U00010000-\U0010ffff])[{MARKS_ASTRAL}])"
_LETTER = rf"[^\W{_NOSPACE}]"
_CORE = rf"{_LETTER}+(?:{_MARK}+{_LETTER}*)*"
_CLUSTER = rf"[{_NOSPACE}]{_MARK}*"
_INNER = r"['’\-‐‑]"  # joins two word parts: don't, al-Kadhimi
_EMOJI_BASE = r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
_EMOJI = (
    r"[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
    r"|[#*0-9]\ufe0f?\u20e3"  # a keycap
    rf"|{_EMOJI_BASE}(?:[\ufe0f\U0001f3fb-\U0001f3ff]|\u200d{_EMOJI_BASE})*"
)
# U.S.  a.m.  U.S  (the lookahead rejects most positions before the repetition starts)
_ABBREV = r"(?=[^\W\d_]\.)(?:[^\W\d_]\.)+[^\W\d_]\.?(?!\w)"
_WORD = (
    rf"(?:[$€£¥](?=\d))?{_CORE}"
    rf"(?:(?:{_INNER}(?={_LETTER})|(?<=\d)[.,:](?=\d)){_CORE})*"
)
_WORDS = f"{_ABBREV}|{_EMOJI}|{_WORD}|{_CLUSTER}"
# A run of dots is one punctuation token, so "..." and "…" can be folded together.
_PUNCT = r"\.{2,}|\S"

# Words, spaces, or one character of anything else (punctuation, symbols, stray marks).
_ALL_RE = re.compile(rf"(?P<w>{_WORDS})|(?P<s>\s+)|(?P<p>\.{{2,}}|.)", re.DOTALL)
# Leading white space, then a word or one visible non-word character.
_VISIBLE_RE = re.compile(rf"(\s*)(?:({_WORDS})|({_PUNCT}))")
WORD_RE = re.compile(_WORDS)


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
    return WORD_RE.fullmatch(token_text) is not None


# Typographic variants folded by CompareOptions.fold_typography.
TYPOGRAPHY = str.maketrans(
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
        "\u00ad": "",  # soft hyphen: an invisible hint for line breaking
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
            key = key.translate(TYPOGRAPHY)
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


def scan(text: str, options: CompareOptions, start: int = 0, end: int | None = None) -> TokenArrays:
    """The compared tokens of ``text[start:end]`` under ``options`` (offsets into ``text``)."""
    end = len(text) if end is None else end
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    words: list[bool] = []
    if options.fold_whitespace:
        # findall and list comprehensions: no Python call per token (this is the hot path).
        found = _VISIBLE_RE.findall(text, start, end)
        ends = list(accumulate([len(s) + len(w) + len(p) for s, w, p in found], initial=start))
        del ends[0]
        if options.ignore_punctuation:
            kept = [(e, w) for e, (_, w, _) in zip(ends, found, strict=True) if w]
            ends = [e for e, _ in kept]
            texts = [w for _, w in kept]
            words = [True] * len(texts)
        else:
            texts = [w or p for _, w, p in found]
            words = [w != "" for _, w, _ in found]
        starts = [e - len(t) for e, t in zip(ends, texts, strict=True)]
    else:
        for m in _ALL_RE.finditer(text, start, end):
            group = m.lastgroup
            if group == "p" and options.ignore_punctuation:
                continue
            if group == "s" and "\n" in m.group():
                continue  # paragraph structure is compared by the alignment, not as a token
            starts.append(m.start())
            ends.append(m.end())
            texts.append(m.group())
            words.append(group == "w")
    if options.ignore_case:
        keys = [fold_key(t, options) for t in texts]
    elif text.isascii():
        keys = texts  # nothing to fold
    else:
        keys = [t if t.isascii() else fold_key(t, options) for t in texts]
    return TokenArrays(starts, ends, keys, words)


def count_words(text: str) -> int:
    """How many word tokens ``text`` holds (as ``scan`` would find them)."""
    # No word spans white space, and a chunk of letters and digits only (of a script written
    # with spaces) is exactly one word: only the other chunks need the regex.
    chunks = text.split()
    plain = [c.isalnum() and max(c) < "\u0e00" for c in chunks]
    rest = " ".join(c for c, p in zip(chunks, plain, strict=True) if not p)
    return sum(plain) + len(WORD_RE.findall(rest))


def concat(parts: list[TokenArrays]) -> TokenArrays:
    """Token arrays of consecutive regions, joined."""
    if len(parts) == 1:
        return parts[0]
    out = TokenArrays([], [], [], [])
    for part in parts:
        out.starts.extend(part.starts)
        out.ends.extend(part.ends)
        out.keys.extend(part.keys)
        out.words.extend(part.words)
    return out
