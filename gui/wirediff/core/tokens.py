"""Lossless, Unicode-aware tokens with code-point spans, and their comparison keys.

A *word* is a run of letters, digits and combining marks (any script), kept together across
inner apostrophes and hyphens (``don't``, ``al-Kadhimi``), digit group separators (``2,500``,
``2.5``, ``10:50``, ``45 000``: ``_GROUPED``), with a currency sign before a number
(``$35,000,000``); letter-dot abbreviations (``U.S.``, ``a.m.``) and emoji (with modifiers,
ZWJ and tag sequences) are words too. A number written against a word of a script without
case is a word of its own ("116رنز" is "116" and "رنز", as Urdu writes it with or without
the space). Every other visible character is a punctuation token of its own; runs of white
space are space tokens. Concatenating ``tokenize(text)`` gives ``text`` back exactly.

Keys are what the diff compares; the text is what is shown. They are kept apart: options fold
case, typography, Arabic-script letter variants and punctuation in the keys only.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections.abc import Callable, Iterator
from enum import IntEnum
from itertools import accumulate, product

from wirediff.core._unicode_marks import MARKS_ASTRAL, MARKS_BMP
from wirediff.core.han import fold_han
from wirediff.core.lookalikes import (
    cyrillic_main,
    fold_lookalikes,
    fold_lookalikes_in,
    latin_lookalikes_only,
    to_cyrillic,
)
from wirediff.core.numerals import (
    MAGNITUDE_SPELLINGS,
    PERCENT_SIGNS,
    PERCENT_WORDS_AFTER,
    PERCENT_WORDS_BEFORE,
    PRICE_MAGNITUDES,
    SOUTH_ASIAN_MAGNITUDES,
    dots_group_each,
)
from wirediff.core.options import CompareOptions
from wirediff.core.record import NamedTuple, record

# Scripts written without spaces between words (Thai, Lao, Myanmar, Khmer, kana, CJK): with
# no dictionary to find their words, each character (with its marks) is a token of its own,
# so a diff can still point at the characters that changed. The CJK ideographs are kept apart:
# their ranges are large, and a character class holding them takes milliseconds to compile
# each time it appears, so the patterns holding them are only built for texts that need them.
# (Thai and Lao, Myanmar, Khmer, hiragana and katakana with their extensions, Bopomofo,
# half-width katakana; not the katakana middle dot, punctuation.) Their digits are digits:
# a number of them is one word, as 46 is (Thai ๔๖ against 46).
_NOSPACE_SMALL = (
    "\u0e00-\u0e4f\u0e5a-\u0ecf\u0eda-\u0eff\u1000-\u103f\u104a-\u108f\u109a-\u109f"
    "\u1780-\u17df\u17ea-\u17ff\u3040-\u30fa\u30fc-\u30ff\u3100-\u312f\u31a0-\u31bf\u31f0-\u31ff"
    "\uff66-\uff9d"
)
# The ideographs: extension A, the unified block, compatibility ideographs, and beyond the
# BMP extensions B to H and the compatibility supplement (names of people and places in Hong
# Kong and Taiwan: 𠮷).
_IDEOGRAPH_RANGES = (
    ("\u3400", "\u4dbf"),
    ("\u4e00", "\u9fff"),
    ("\uf900", "\ufaff"),
    ("\U00020000", "\U0003134f"),
    ("\U00031350", "\U000323af"),
)
_IDEOGRAPHS = "".join(f"{low}-{high}" for low, high in _IDEOGRAPH_RANGES)
# Letters and digits of the other scripts (\w), with combining marks, ZWNJ/ZWJ (Persian,
# Urdu), the soft hyphen, the zero-width space and the word joiners (U+2060, U+FEFF: in a
# word they show nothing, and "Bagh\u200bdad" was two words, a change beside "Baghdad")
# and half-width katakana's sound marks continuing a word. Marks are only tried where a
# letter run stops, and the slow class of marks beyond the BMP only for characters beyond
# the BMP.
_MARK = (
    rf"(?:[{MARKS_BMP}\u200b\u200c\u200d\u2060\ufeff\u00ad\uff9e\uff9f]"
    rf"|(?=[\U00010000-\U0010ffff])[{MARKS_ASTRAL}])"
)
# Joins two word parts: don't, al-Kadhimi; Hebrew's geresh and maqaf, which a legacy code page
# or a keyboard writes ' and - (ג׳ורג׳ as ג'ורג', בית־ספר as בית-ספר: one word either way).
_INNER = r"['’\-‐‑\u05f3\u05be]"
# Letters of the scripts written with spaces but without case (Hebrew, Arabic, Syriac, Thaana,
# N'Ko, the Indic scripts, Georgian, Ethiopic; Arabic presentation forms), where a number is
# often written against its word; the ranges hold digits and marks too (the pattern sees to it).
_CASELESS = "\u0590-\u0dff\u10d0-\u10ff\u1200-\u139f\ufb1d-\ufdff\ufe70-\ufeff"
_EMOJI_BASE = r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]"
# An emoji continues with a variation selector, a skin tone, a ZWJ and another emoji, or a
# tag sequence (U+E0020-E007E, then the cancel tag U+E007F): the flags of England, Scotland
# and Wales are a black flag and the tags of "gbeng"; as tokens of their own, the tags (no
# glyph) were all a change of one flag to another showed.
_EMOJI = (
    r"[\U0001f1e6-\U0001f1ff]{2}"  # a flag: two regional indicators
    r"|[#*0-9]\ufe0f?\u20e3"  # a keycap
    rf"|{_EMOJI_BASE}(?:[\ufe0f\U0001f3fb-\U0001f3ff]|\u200d{_EMOJI_BASE}"
    r"|[\U000e0020-\U000e007e]+\U000e007f)*"
)
# What joins digits into one number: 3.5, 1,200, 10:30, the Arabic decimal and thousands
# separators (٣٫٥, ١٬٢٠٠), which ``fold_arabic_letters`` folds to "." and ",", their
# full-width forms (６．８, １，２００) and the Japanese middle dot as a decimal point
# (Kyodo's "Ｍ５・９", a magnitude), which ``fold_typography`` folds.
_NUMBER_JOINS = "[.,:\u066b\u066c\uff0e\uff0c\uff1a\u30fb\uff65]"
# A currency's sign written against its figure, one word with it ("$35,000,000"), and
# their full-width forms, as Chinese and Japanese layouts write them ("＄5", "￥700",
# "￡30": a Hong Kong paper's "＄5亿" against an agency's "$5亿" was a word changed, its
# sign a token apart from its figure — a Chinese wire desk's walkthrough)
MONEY_FIRSTS = "$€£¥\uff04\uffe1\uffe5"
# A figure's sign, part of it: "-0.2%" → "+0.2%" was no change of any word (similarity
# 100%, "Copy … word for word", no figure changed), as the sign was punctuation. A sign
# stands after no letter, digit or joiner ("COVID-19", "14-8", "1990-91" keep theirs);
# an en dash or the minus sign is one too ("−5 C", "–0.4%"), and the full-width hyphen-minus
# and plus ("－3": its minus was punctuation, "－3 → 3" no figure changed); a currency may
# follow it. After a letter of a script written without spaces it is a sign all the same
# ("气温降至－3度": each of those letters is a word of its own, none a word the sign joins).
FIGURE_SIGNS = "-+\u2212\u2013\uff0d\uff0b"


# (the letters of those scripts in the BMP: the ideographs beyond it are a large class, slow
# to compile, and never written before a figure's sign)
_UNSPACED_BEFORE = _NOSPACE_SMALL + "".join(
    f"{low}-{high}" for low, high in _IDEOGRAPH_RANGES if high <= "\uffff"
)


def _sign(unspaced: bool = False) -> str:
    """A figure's sign, or nothing; ``unspaced``: for texts that may hold scripts written
    without spaces (not the plain pattern's)."""
    after = f"|(?<=[{_UNSPACED_BEFORE}])" if unspaced else ""
    # (the sign looked for first: the look behind is tried only where one stands)
    return (
        f"(?:(?=[{FIGURE_SIGNS}])(?:(?<![\\w.,'’\\-‐‑\uff0d]){after})"
        f"[{FIGURE_SIGNS}](?=[{MONEY_FIRSTS}]?\\d))?"
    )


# A number with its thousands in groups of three after a space, as Russian, French or Polish
# write it ("45 000", "12 500 000", "1 200,5"): one word, so that a changed figure is
# "45 000 → 54 000", not "45 → 54". Grouped by a no-break, narrow or thin space, always; by
# a plain space only when no other number stands a space away on either side, so that a
# row of a table ("931 936 1009") stays its numbers.
_GROUPED = (
    rf"(?<![\w.,]){_sign()}(?:[{MONEY_FIRSTS}](?=\d))?"
    r"(?:\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?!\w)"
    r"|(?<!\d )\d{1,3}(?: \d{3})+(?:[.,]\d+)?(?!\w)(?! \d))"
)  # (a letter after it is a unit: "the 3 100m race" is "3" and "100m")


_SPACED_DIGITS = re.compile("\\d[ \u00a0\u202f\u2009]\\d")  # quick to search for


@functools.cache
def _grouped() -> re.Pattern[str]:
    return re.compile(_GROUPED)


def _spaced(text: str) -> bool:
    """Whether ``text`` holds a number grouped by spaces (the pattern tries ``_GROUPED``
    at every word: slower, only for texts that need it)."""
    found = _SPACED_DIGITS.search(text)
    return found is not None and _grouped().search(text, max(0, found.start() - 8)) is not None


# U.S.  a.m.  U.S  (the lookahead rejects most positions before the repetition starts)
_ABBREV = r"(?=[^\W\d_]\.)(?:[^\W\d_]\.)+[^\W\d_]\.?(?!\w)"


def _words_pattern(nospace: str | None, glued: bool = False, grouped: bool = False) -> str:
    """Any word (see the module docstring), for the given scripts written without spaces;
    ``None`` for plain text, which holds none of them, no mark, joiner or emoji. ``glued``:
    for a text where a digit touches a letter of a script without case (``_glued``);
    ``grouped``: for one where a space stands between two digits (``_spaced``)."""
    first_of = f"{_GROUPED}|" if grouped else ""
    if nospace is None:
        # All the pattern below can match in plain text, where a letter is any \w: the
        # classes of marks, emoji and unspaced scripts are most of what a start compiles.
        joined = rf"(?:{_INNER}|(?<=\d){_NUMBER_JOINS}(?=\d))\w+"
        return rf"{first_of}{_ABBREV}|{_sign()}(?:[{MONEY_FIRSTS}](?=\d))?\w+(?:{joined})*"
    letter = rf"[^\W{nospace}]"
    first, more = letter, f"{letter}+"
    if glued:
        # After the first, a letter does not follow a digit, nor a digit a letter, of a
        # script without case: "116رنز" is two words, as "116 رنز" is ("G7", "COVID19"
        # stay one); digits go on after an Arabic separator (٣٫٥, in the caseless block).
        # Slower (a third slower on Urdu): only for texts that need it.
        more = (
            rf"(?:[^\W\d{nospace}{_CASELESS}]+|(?:(?<!\d)[{_CASELESS}](?<=[^\W\d]))+"
            rf"|(?:(?<=[\d\u066b\u066c])|(?<![{_CASELESS}]))(?:(?![{nospace}])\d)+)+"
        )
    cluster = rf"[{nospace}]{_MARK}*"
    # Marks (and letters after them): with ``glued``, marks stay with the digit or the
    # letter before them and do not join a number to a word of a script without case
    # ("116", ZWNJ, "رنز" is "116" + ZWNJ and "رنز", as "116رنز" is two words).
    marked = f"{_MARK}+(?:{more})?"
    if glued:
        marked = (
            rf"(?:(?<=\d){_MARK}+(?:(?![{_CASELESS}]){more})?"
            rf"|(?<=[{_CASELESS}]){_MARK}+(?:(?!\d){more})?|{marked})"
        )
    # Letters, then any run of marks (and letters), or of a joiner and letters. Each large
    # class is written as few times as it can be: each copy is compiled again, at every start.
    word = (
        rf"{_sign(True)}(?:[{MONEY_FIRSTS}](?=\d))?"
        rf"{first}{f'(?:{more})?' if glued else f'{letter}*'}"
        rf"(?:{marked}|(?:{_INNER}|(?<=\d){_NUMBER_JOINS}(?=\d)){more})*"
    )
    return f"{first_of}{_ABBREV}|{_EMOJI}|{word}|{cluster}"


@functools.cache
def _glued_spot() -> re.Pattern[str]:
    # Digits first (rarer than letters): before a letter of a script without case (maybe
    # through marks), or after one, or after a mark (which may follow such a letter).
    return re.compile(rf"\d(?:{_MARK}*(?=[{_CASELESS}])|(?<=[{_CASELESS}]\d)|(?<={_MARK}\d))")


def _glued(text: str) -> bool:
    """Whether a digit touches a character of a script without case in ``text``, maybe
    through marks or joiners (the slower word pattern is needed)."""
    return not text.isascii() and _glued_spot().search(text) is not None


# Which pattern a text needs (``_scripts``): the plain one (no mark, joiner, emoji or
# unspaced script can occur), the full one without the CJK ideographs, or with them.
_PLAIN, _FULL, _CJK = "plain", "full", "ideographs"


@functools.cache
def _pattern(
    kind: str, scripts: str, glued: bool = False, grouped: bool = False
) -> re.Pattern[str]:
    """One token pattern, compiled when first needed, for texts of ``scripts`` (``glued``,
    ``grouped``: see ``_glued``, ``_spaced``): ``all`` (words, spaces, or one character of
    anything else), ``visible`` (leading white space, then a word or one visible character)
    or ``word``."""
    nospace = _NOSPACE_SMALL + (_IDEOGRAPHS if scripts == _CJK else "")
    words = _words_pattern(None if scripts == _PLAIN else nospace, glued, grouped)
    # A run of dots is one punctuation token, so "..." and "…" can be folded together, and a
    # run of hyphens, so a typewriter's dash "--" and "—" can (``fold_dashes``); a sign keeps
    # its combining marks ("=" and U+0338 are "≠" decomposed: one token, so its key is the
    # same in both forms; plain text has no marks).
    marks = "" if scripts == _PLAIN else f"{_MARK}*"
    if kind == "all":
        return re.compile(rf"(?P<w>{words})|(?P<s>\s+)|(?P<p>\.{{2,}}|-{{2,}}|.{marks})", re.DOTALL)
    if kind == "visible":
        return re.compile(rf"(\s*)(?:({words})|(\.{{2,}}|-{{2,}}|\S{marks}))")
    return re.compile(words)


@functools.cache
def _beyond_ideograph_start() -> re.Pattern[str]:
    return re.compile("[^\x00-\u33ff]")  # a small class: quick to compile, unlike the CJK one


# The bytes of plain text in UTF-8 (ASCII, continuation bytes, and the lead bytes of
# U+0080-U+02FF and of U+2000-U+2FFF); and every byte but the lead bytes from U+3000 on.
_PLAIN_BYTES = bytes([*range(0xC0), *range(0xC2, 0xCC), 0xE2])
_BEFORE_U3000 = bytes(range(0xE3))


@functools.cache
def _not_plain_in_blocks() -> re.Pattern[bytes]:
    # In UTF-8, among the characters those bytes start: the soft hyphen, ZWSP, ZWNJ, ZWJ, the
    # word joiner, the combining marks for symbols (U+20D0-U+20FF, the keycap among them)
    # and U+2100-U+2FFF (symbols, arrows, emoji in U+2600-U+27BF, ...).
    return re.compile(rb"\xc2\xad|\xe2(?:\x80[\x8b-\x8d]|\x81\xa0|\x83[\x90-\xbf]|[\x84-\xbf])")


def _scripts(text: str) -> str:
    """Which token pattern ``text`` needs: _PLAIN, _FULL or _CJK (with the ideographs).

    Told from the bytes of its UTF-8 form, without compiling a class of characters: that
    takes most of a millisecond each, at every start, and most texts need neither the marks
    and emoji nor the ideographs."""
    if text.isascii():
        return _PLAIN
    data = text.encode("utf-8", "surrogatepass")
    if not data.translate(None, _PLAIN_BYTES):
        return _FULL if _not_plain_in_blocks().search(data) else _PLAIN
    if not data.translate(None, _BEFORE_U3000):
        return _FULL
    ideographs = any(
        low <= c <= high
        for c in set(_beyond_ideograph_start().findall(text))
        for low, high in _IDEOGRAPH_RANGES
    )
    return _CJK if ideographs else _FULL


def pattern_for(kind: str, text: str) -> re.Pattern[str]:
    """Token pattern ``kind`` for ``text``: it tokenizes ``text`` exactly as the full one."""
    scripts = _scripts(text)
    return _pattern(kind, scripts, scripts != _PLAIN and _glued(text), _spaced(text))


def word_pattern(text: str) -> re.Pattern[str]:
    """The word pattern for ``text``: it finds the words the full one does (quicker when
    no digit touches a letter of a script without case)."""
    return _pattern("word", _CJK, _glued(text), _spaced(text))


def __getattr__(name: str) -> re.Pattern[str]:
    # WORD_RE: the full word pattern, for callers outside the engine's hot path.
    if name == "WORD_RE":
        return _pattern("word", _CJK, True, True)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# Hangul's syllables (and its letters written alone): Korean writes spaces between words,
# yet a word is a noun or a verb with its particle or ending against it ("회장은", "회장이"),
# which a rewrite changes more than any word. Compared whole, "회장은 → 회장이" was a word
# changed, and a word kept between two such edits ("평택캠퍼스를", as long as each of them)
# was shown inside one change (a Korean/Japanese desk's walkthrough): each syllable is a
# compared token of its own (``scan``), as each character of kana and Han is, so a particle
# changed is marked alone. The words found elsewhere (a story's terms, ``word_pattern``)
# stay whole.
_HANGUL = "\uac00-\ud7a3\u3131-\u318e"


@functools.cache
def _hangul() -> re.Pattern[str]:
    return re.compile(f"[{_HANGUL}]")


@functools.cache
def _hangul_pieces() -> re.Pattern[str]:
    return re.compile(f"[{_HANGUL}]|[^{_HANGUL}]+")


def _has_hangul(text: str) -> bool:
    return max(text, default="") >= "\u3131" and _hangul().search(text) is not None


def _split_hangul(
    starts: list[int], ends: list[int], texts: list[str], words: list[bool]
) -> tuple[list[int], list[int], list[str], list[bool]]:
    """The tokens with each word holding Hangul cut into its syllables and the runs of
    other characters between them ("7일" is "7" and "일")."""
    out: tuple[list[int], list[int], list[str], list[bool]] = ([], [], [], [])
    for start, end, token, word in zip(starts, ends, texts, words, strict=True):
        pieces = [token] if not word or not _has_hangul(token) else None
        if pieces is None:
            pieces = _hangul_pieces().findall(token)
        at = start
        for piece in pieces:
            out[0].append(at)
            at += len(piece)
            out[1].append(at if len(pieces) > 1 else end)
            out[2].append(piece)
            out[3].append(word)
    return out


class TokenKind(IntEnum):
    WORD = 0
    PUNCT = 1
    SPACE = 2


class Token(NamedTuple):
    """One token of ``tokenize``: its text, its span ``[start, end)`` and its kind."""

    text: str
    start: int
    end: int
    kind: TokenKind


def tokenize(text: str) -> list[Token]:
    """All tokens of ``text``, white space included; their texts concatenate to ``text``."""
    kinds = {"w": TokenKind.WORD, "s": TokenKind.SPACE, "p": TokenKind.PUNCT}
    return [
        Token(m.group(), m.start(), m.end(), kinds[m.lastgroup or "p"])
        for m in pattern_for("all", text).finditer(text)
    ]


# Characters that show nothing and mean nothing to a reader: the zero-width space, the left-
# to-right, right-to-left and Arabic letter marks, the word joiner and U+FEFF (a byte order
# mark or a zero-width no-break space). ``fold_typography`` drops them from the keys, and a
# token of them only from the compared tokens (``scan``).
INVISIBLE_MARKS = "\u200b\u200e\u200f\u061c\u2060\ufeff"

# The full-width forms of ASCII (Chinese and Japanese layouts' ６．８, ＴＳＭＣ, （ ）) and the
# ASCII they stand for: the comparison keys fold them (``TYPOGRAPHY``), and the figures read
# a full-width figure as its value by them (``quoting``) — one table for both. And the full-
# width signs beyond ASCII, the yen's, the pound's, the won's, the cent's (￥ ￡ ￦ ￠, ￢ ￣ ￤):
# "￥700" against "¥700" was a word changed, and "￥700 → $700" no figure changed.
FULL_WIDTH_FORMS = {
    **{chr(code): chr(code - 0xFEE0) for code in range(0xFF01, 0xFF5F)},
    **dict(zip("\uffe0\uffe1\uffe2\uffe3\uffe4\uffe5\uffe6", "¢£¬¯¦¥₩", strict=True)),
}
FULL_WIDTH = str.maketrans(FULL_WIDTH_FORMS)


# Typographic variants folded by CompareOptions.fold_typography.
TYPOGRAPHY = str.maketrans(
    {
        "‘": "'",
        "’": "'",
        "‚": "'",
        "‛": "'",
        "′": "'",
        "`": "'",
        "ʼ": "'",  # the apostrophe Ukrainian spelling prefers (Вʼячеслав, outlets mix three)
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
        # Hebrew's geresh, gershayim and maqaf as the ASCII stand-ins a legacy code page
        # (ISO-8859-8 has none of them) or a keyboard gives: ש״ח as ש"ח, ג׳ as ג', יו״ר as
        # יו"ר were each a changed word in every Hebrew copy (a Hebrew desk's walkthrough)
        "\u05f3": "'",
        "\u05f4": '"',
        "\u05be": "-",
        # a list's bullets: a page's list reads "- item", its text copy "• item" (every
        # point of a live blog's key points was a change: a media monitor's walkthrough)
        "•": "-",
        "▪": "-",
        "◦": "-",
        "‣": "-",
        "⁃": "-",
        "۔": ".",  # the Urdu full stop, and Arabic-script comma, semicolon, question mark:
        "،": ",",  # a writer types the Latin ones as often
        "؛": ";",
        "؟": "?",
        "٪": "%",  # (١٢٪ against 12%: each a change, which ran two edits of a paragraph into one)
        # The long s and the Latin ligatures (old printing, and text taken from a PDF: a
        # witness of 1798 read "ſhore" for "shore", every such word a variant, 84% alike
        # where the shingles, which fold case — and "ſ" with it —, said 100)
        "ſ": "s",
        "ﬀ": "ff",
        "ﬁ": "fi",
        "ﬂ": "fl",
        "ﬃ": "ffi",
        "ﬄ": "ffl",
        "ﬅ": "st",
        "ﬆ": "st",
        "\u00ad": "",  # soft hyphen: an invisible hint for line breaking
        # Marks that show nothing (``INVISIBLE_MARKS``): a U+FEFF left mid-text where files
        # were joined, a right-to-left mark typed before a figure, made a change of nothing
        **dict.fromkeys(INVISIBLE_MARKS, ""),
        "\u00a0": " ",
        "\u202f": " ",
        "\u2009": " ",
        "\u3000": " ",  # the ideographic space
        # The full-width forms of ASCII: a copy in full-width digits was "edited", its
        # figures "6.8 → ６ ８"
        **FULL_WIDTH_FORMS,
        # The Japanese middle dot (and its half-width form), a decimal point between digits
        # ("Ｍ５・９" against "M5.9" was "figures changed: ５ ９ → 5.9"); elsewhere a dot
        # between names, written so on both sides
        "\u30fb": ".",
        "\uff65": ".",
        # The decimal digits of other scripts but Arabic's (``fold_arabic_letters``):
        # Devanagari ४६, Bengali, Thai ๔๖… — a Hindi copy in Devanagari digits was "edited"
        **{
            char: str(unicodedata.digit(char))
            for char in map(chr, range(0x0900, 0x10000))
            if unicodedata.category(char) == "Nd" and not 0xFF10 <= ord(char) <= 0xFF19
        },
    }
)


# Arabic-script variants folded by CompareOptions.fold_arabic_letters: the same word typed on
# an Arabic, Persian or Urdu keyboard, with or without its optional marks.
_ARABIC_VARIANTS: dict[str, str | None] = {
    "\u064a": "\u06cc",  # ي Arabic yeh -> ی Farsi yeh
    "\u0649": "\u06cc",  # ى alef maksura -> ی
    "\u0643": "\u06a9",  # ك Arabic kaf -> ک keheh
    "\u0647": "\u06c1",  # ه heh -> ہ heh goal
    "\u0629": "\u06c1",  # ة ta marbuta -> ہ, as ه (a web reprint writes "الثوره")
    # Alef with hamza or madda, and alef wasla: alef (reprints drop the hamza, "الاول" for
    # "الأول": a copy was 89% alike and "edited", 17 words changed)
    "\u0623": "\u0627",
    "\u0625": "\u0627",
    "\u0622": "\u0627",
    "\u0671": "\u0627",
    "\u0640": None,  # tatweel (kashida): stretches a word, means nothing
    "\u0670": None,  # superscript alef
}
_ARABIC_VARIANTS.update(dict.fromkeys(map(chr, range(0x064B, 0x0660)), None))  # harakat
_ARABIC_VARIANTS.update(dict.fromkeys(map(chr, range(0x06D6, 0x06EE)), None))  # Quranic marks
_ARABIC_VARIANTS.update({chr(0x0660 + d): str(d) for d in range(10)})  # Arabic-Indic digits
_ARABIC_VARIANTS.update({chr(0x06F0 + d): str(d) for d in range(10)})  # Urdu/Persian digits
_ARABIC_VARIANTS.update({"\u066b": ".", "\u066c": ","})  # ٫ ٬: decimal, thousands separators
ARABIC_LETTERS = str.maketrans(_ARABIC_VARIANTS)
# Hebrew's points (niqqud, the shin and sin dots, dagesh) and cantillation marks, which a
# quotation from scripture or a children's text writes and most copies leave out, as Arabic
# leaves its harakat: "שִׁמְעוּ שָׁמַיִם" against "שמעו שמים" was a changed quotation (a Hebrew
# desk's walkthrough). The block's punctuation (maqaf, paseq, sof pasuq, nun hafukha) stays.
HEBREW_POINTS = "".join(
    c for c in map(chr, range(0x0591, 0x05C8)) if unicodedata.category(c) == "Mn"
)
_HEBREW_POINTS = str.maketrans(dict.fromkeys(HEBREW_POINTS))


@functools.cache
def _hebrew_point() -> re.Pattern[str]:
    return re.compile(f"[{HEBREW_POINTS}]")


def drop_hebrew_points(text: str) -> str:
    """``text`` without Hebrew's points and cantillation marks (``HEBREW_POINTS``); the same
    string when it has none."""
    if max(text, default="") < "\u0591" or not _hebrew_point().search(text):
        return text
    return text.translate(_HEBREW_POINTS) or text


_JOINER_CHARS = "\u200c\u200d"
_JOINERS = str.maketrans(dict.fromkeys(_JOINER_CHARS))


@functools.cache
def _joiner_at_number() -> re.Pattern[str]:
    return re.compile(rf"(?<=\d)[{_JOINER_CHARS}]+|[{_JOINER_CHARS}]+(?=\d)")


def drop_number_joiners(text: str) -> str:
    """``text`` without the joiners (ZWNJ, ZWJ) that touch a digit: "116", ZWNJ, "رنز" is
    "116رنز", two words as "116 رنز" is (``fold_key`` drops them from the number's key)."""
    if "\u200c" not in text and "\u200d" not in text:
        return text
    return _joiner_at_number().sub("", text)


# The joiners inside a word of the Indic scripts (Devanagari to Sinhala): a converter or a
# keyboard puts them where they show nothing ("का", ZWNJ, "रण") or choose a conjunct's
# form, the same word either way; and the letters Unicode once spelt with a virama and a
# ZWJ and now encodes whole, Bengali's khanda ta (ত্‍, as older converters write it, is ৎ)
# and Malayalam's chillus (ന്‍ is ൻ). Each was a changed word that looked the same on both
# sides (a Hindi and Bengali desk's walkthrough). Folded by ``fold_typography``, as the
# Indic digits are; Arabic-script words' joiners by ``fold_arabic_letters``.
_INDIC_ATOMIC = {
    "\u09a4\u09cd\u200d": "\u09ce",  # ত্‍ ৎ
    "\u0d23\u0d4d\u200d": "\u0d7a",  # ണ്‍ ൺ
    "\u0d28\u0d4d\u200d": "\u0d7b",  # ന്‍ ൻ
    "\u0d30\u0d4d\u200d": "\u0d7c",  # ര്‍ ർ
    "\u0d32\u0d4d\u200d": "\u0d7d",  # ല്‍ ൽ
    "\u0d33\u0d4d\u200d": "\u0d7e",  # ള്‍ ൾ
    "\u0d15\u0d4d\u200d": "\u0d7f",  # ക്‍ ൿ
}


@functools.cache
def _indic_joiner() -> re.Pattern[str]:
    atomic = "|".join(_INDIC_ATOMIC)
    indic = "[\u0900-\u0dff]"
    return re.compile(f"{atomic}|(?<={indic})[{_JOINER_CHARS}]+|[{_JOINER_CHARS}]+(?={indic})")


def drop_indic_joiners(text: str) -> str:
    """``text`` without the joiners (ZWNJ, ZWJ) that touch a letter of an Indic script, its
    khanda ta and chillus written whole (``_INDIC_ATOMIC``); the same string when it has
    none. Joiners elsewhere stay: in emoji they make one picture of several."""
    if "\u200c" not in text and "\u200d" not in text:
        return text
    return _indic_joiner().sub(lambda m: _INDIC_ATOMIC.get(m.group(), ""), text) or text


@functools.cache
def _arabic_script() -> re.Pattern[str]:
    # Compiled when first needed: not for text whose every character comes before Arabic.
    return re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def has_arabic_script(text: str) -> bool:
    """``text`` holds a letter of the Arabic script (Arabic, Urdu, Persian…)."""
    return max(text, default="") >= "\u0600" and bool(_arabic_script().search(text))


_YO = str.maketrans("ёЁ", "еЕ")


def _fold_yo(key: str) -> str:
    return key.translate(_YO) if "ё" in key or "Ё" in key else key


def _fold_eszett(key: str) -> str:
    """``key`` with ß as ss and ẞ as SS (``fold_eszett``): Swiss German writes no ß."""
    return key.replace("ß", "ss").replace("ẞ", "SS") if "ß" in key or "ẞ" in key else key


# Turkish (and Azerbaijani) write a dotless ı whose capital is I and a dotted i whose capital
# is İ: Python's casefold makes "İ" "i̇" (i and a combining dot) and leaves "ı", so a
# headline in capitals against the same in sentence case ("IĞDIR", "Iğdır"; "İÇİN",
# "için") differed under ignore-case in every word with an I (a Turkish web desk's
# walkthrough: 59% similar, the headline replaced). Case ignored, the four are one letter,
# as capitals write them and as Find (Python's IGNORECASE) takes them.
_DOTTED_I = "i\u0307"


# Greek capitals carry no accents: a headline or flash in capitals (ΑΘΗΝΑ, ΕΥΡΩ) is the same
# words as sentence case with its tonos and dialytika (Αθήνα, ευρώ), which under ignore-case
# were each a change (a Greek desk's walkthrough): case ignored, a Greek letter's marks go
# too (ά, Ά as α; ϊ, ΐ as ι; the polytonic breathings and accents alike).
_GREEK_LETTER = "\u0370-\u03ff\u1f00-\u1fff"


@functools.cache
def _greek() -> re.Pattern[str]:
    return re.compile(f"[{_GREEK_LETTER}]")


@functools.cache
def _greek_marks() -> re.Pattern[str]:
    return re.compile(f"(?<=[{_GREEK_LETTER}])[\u0300-\u036f]+")


def _unaccented_greek(folded: str) -> str:
    """``folded`` (casefolded) with its Greek letters' marks dropped."""
    if max(folded, default="") < "\u0370" or not _greek().search(folded):
        return folded
    bare = _greek_marks().sub("", unicodedata.normalize("NFD", folded))
    return unicodedata.normalize("NFC", bare)


def fold_case(text: str) -> str:
    """``text`` casefolded, Turkish's dotless ı and dotted İ as i (the Turkish capitals do
    not say which of the two a word has) and Greek letters without their tonos and
    dialytika (Greek capitals carry none): what ignore-case and the filters compare."""
    folded = _unaccented_greek(text.casefold())
    if "ı" in folded or "\u0307" in folded:
        return folded.replace(_DOTTED_I, "i").replace("ı", "i")
    return folded


# Marks over Latin letters, as NFD sets them apart ("ş" is s and a cedilla), and the Latin
# letters whose stroke does not decompose: a search typed without them finds them; and
# Azerbaijani's schwa, "ə", as the "e" a Turkish keyboard (which has no "ə") types for it:
# "azerbaycan" found no "Azərbaycan" title (a Turkish/Azerbaijani desk's walkthrough)
_LATIN_MARKS = re.compile("(?<=[A-Za-z])[\u0300-\u036f]+")
_STROKES = str.maketrans("łøđħŀə", "lodhle")


# Between two letters of the Arabic script, a space, a zero-width non-joiner or nothing: one
# Persian word is written "زمین‌لرزه", "زمین لرزه" and "زمینلرزه", and the comparison takes
# them as one; a search typed one way found none of the others (a Persian desk's walkthrough).
ARABIC_SCRIPT_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff\u0750-\u077f\u08a0-\u08c9"


@functools.cache
def _arabic_gap() -> re.Pattern[str]:
    letter = f"[{ARABIC_SCRIPT_LETTER}]"
    return re.compile(f"(?<={letter})[\u200c\u200d]+(?={letter})")


@functools.cache
def _arabic_pair() -> re.Pattern[str]:
    letter = f"[{ARABIC_SCRIPT_LETTER}]"
    return re.compile(f"{letter}\\s*{letter}")


def search_pattern(typed: str) -> str | None:
    """The regular expression the list's filter (and the story picker's) looks for in a
    ``search_key`` when ``typed``'s key has two Arabic-script letters side by side or a
    space between two, or it has a German umlaut; None for every other text, whose key is
    looked for as it is.

    A space typed between two such letters finds a space, a ZWNJ or nothing there
    ("زمین لرزه" finds "زمین‌لرزه" and "زمینلرزه"); two letters typed together find a
    space between them only in a match that starts and ends with a word ("زمینلرزه" finds
    "زمین لرزه"). A space found anywhere made a short word match across two: "من" found
    "اليوم نفسه", "مصر" "العام صراحة", "ایران" "ای رانندگان" (review rv181). Written for
    Python's and Qt's (PCRE2) regular expressions alike: the list's proxy takes it. Typed
    with a German umlaut, the key or the key with its umlauts spelt out ("fernzüge" finds
    "Fernzuege": ``filter_key``)."""
    key = search_key(typed)
    if not _arabic_pair().search(key):
        # (an umlaut typed finds it spelt out too: "fernzüge" finds "Fernzuege")
        spelled = _spelled_out(typed)
        if spelled is None:
            return None
        return f"{re.escape(key)}|{re.escape(search_key(spelled))}"
    letter = f"[{ARABIC_SCRIPT_LETTER}]"
    is_letter = re.compile(letter).fullmatch
    strict: list[str] = []
    loose: list[str] = []
    pieces = re.findall(r"\s+|\S", key)
    for at, piece in enumerate(pieces):
        before = pieces[at - 1] if at else ""
        after = pieces[at + 1] if at + 1 < len(pieces) else ""
        if piece.isspace() and is_letter(before[-1:]) and is_letter(after[:1]):
            strict.append(r"\s*")
            loose.append(r"\s*")
            continue
        if is_letter(piece) and is_letter(before):
            loose.append(r"\s*")
        strict.append(re.escape(piece))
        loose.append(re.escape(piece))
    if strict == loose:
        return "".join(strict)
    return f"{''.join(strict)}|(?<!{letter})(?:{''.join(loose)})(?!{letter})"


# German's umlauts spelt out, as a keyboard without them and APA's file names write them
# ("Fernzuege", "ERGAENZT", "oetztal")
UMLAUTS_SPELT = {"ä": "ae", "ö": "oe", "ü": "ue"}  # (Find in the panes takes them too)
_UMLAUTS = str.maketrans(
    {**UMLAUTS_SPELT, **{u.upper(): s.capitalize() for u, s in UMLAUTS_SPELT.items()}}
)


def _spelled_out(text: str) -> str | None:
    """``text`` with its umlauts spelt out (``_UMLAUTS``), or None when it has none."""
    if text.isascii():
        return None
    composed = unicodedata.normalize("NFC", text)
    spelled = composed.translate(_UMLAUTS)
    return None if spelled == composed else spelled


def filter_key(text: str) -> str:
    """What a filter matches of ``text`` (a row of the document list, a story of the
    picker): its ``search_key``, and on a line after it the key of ``text`` with its umlauts
    spelt out when it has any, so that "fernzuege" finds "Fernzüge" as "fernzuge" does (a
    German/Swiss desk's walkthrough: it found nothing). Only an umlaut is spelt out: "blue"
    finds "blue" and no "blu"."""
    key = search_key(text)
    spelled = _spelled_out(text)
    return key if spelled is None else f"{key}\n{search_key(spelled)}"


@functools.lru_cache(maxsize=16)  # (the list's rows each ask for the text typed)
def search_matcher(typed: str) -> Callable[[str], bool]:
    """Whether a ``search_key`` holds what ``typed`` finds: its key, or ``search_pattern``."""
    found = search_pattern(typed)
    if found is None:
        needle = search_key(typed)
        return lambda key: needle in key
    compiled = re.compile(found)
    return lambda key: compiled.search(key) is not None


def search_key(text: str) -> str:
    """What the document list's filter (and the story picker's) and Find match of ``text``:
    ``fold_letters``, ``fold_case``, quotes and dashes as the comparison folds them
    (``TYPOGRAPHY``), and Latin letters without their accents, so that "ığdır" finds
    "IĞDIR", "istanbul'da" "İstanbul’da" and "ayse" "Ayşe" (in small letters or without
    Turkish letters, as a search is typed, they found nothing: a Turkish web desk's
    walkthrough), "zadluzenie" "zadłużenie" (a Central European desk's), and Greek
    letters without tonos and dialytika ("σεισμος", "ΣΕΙΣΜΟΣ" find "Σεισμός": a Greek
    desk's); and a zero-width non-joiner between two letters of the Arabic script as
    nothing (``_arabic_gap``; a space stays: ``search_matcher`` takes it for nothing where
    the words allow it). Marks on other scripts' letters stay (й is no и). Find matches
    this key too (``ui.diff.matching``), on the characters as written."""
    if text.isascii():
        return text.casefold()
    key = fold_case(fold_letters(text.translate(TYPOGRAPHY)))
    if key.isascii():
        return key
    if has_arabic_script(key):
        key = _arabic_gap().sub("", key)
    bare = _LATIN_MARKS.sub("", unicodedata.normalize("NFD", key))
    return unicodedata.normalize("NFC", bare).translate(_STROKES)


def fold_letters(text: str, latin_words: bool = False) -> str:
    """``text`` with its letter variants folded as the comparison folds them
    (``fold_arabic_letters``: Arabic yeh, kaf and heh as Urdu and Persian write them,
    optional marks and tatweel dropped, Arabic-Indic digits as digits, Hebrew's points
    dropped; ``fold_yo``: ё as е):
    what a filter or a search matches, so that "عالمي" typed on an Arabic keyboard finds
    "عالمی", "Петр" finds "Пётр" and "岷县" finds "岷縣" (``fold_han``); a word mixing Latin
    and Cyrillic letters as its main script's (``fold_lookalikes``), and with
    ``latin_words``, in a Cyrillic text, a Latin word of look-alikes only as Cyrillic (as the
    comparison keys are: not what a filter types matches)."""
    if text.isascii():
        return text
    text = drop_hebrew_points(fold_lookalikes_in(fold_han(_fold_yo(text)), latin_words))
    return text.translate(ARABIC_LETTERS) if has_arabic_script(text) else text


def _fold_arabic(key: str) -> str:
    if not has_arabic_script(key):
        return key
    if max(key) >= "\ufb50":  # presentation forms (PDF text): to the letters they show
        key = unicodedata.normalize("NFKC", key)
    # Joiners only inside Arabic-script words: in emoji they make one picture of several.
    folded = key.translate(ARABIC_LETTERS).translate(_JOINERS)
    return folded or key


_GROUP_SPACE = re.compile(r"(?<=\d)[ \u00a0\u2009\u202f](?=\d{3}(?!\d))")
# A decimal number whose mark cannot be a thousands separator: one comma before one or two
# digits ("6,75", "3,8", "0,5"), or both marks, groups of three after the one and decimals
# after the other ("1.234,5", "1,234.5"). An agency's Spanish "6,75 %" and "3,8 %" against a
# Mexican paper's "6.75%" and "3.8%" were two changes n stopped on, the same values, which
# the figures summary said were no change (a Latin American desk's walkthrough). A comma
# before three digits is left alone: "1,500" is 1500 in English copy, "1.500" 1.5. Nor does
# a comma write a time or a date: "10,15" against "10.15" is one decimal in two styles.
_DECIMAL = re.compile(
    r"(?<![\w.,])(?:(\d+),(\d{1,2})|(\d{1,3}(?:\.\d{3})+),(\d+)|(\d{1,3}(?:,\d{3})+)\.(\d+))"
    r"(?![\d.,])"
)


def _point(found: re.Match[str]) -> str:
    whole = found.group(1) or (found.group(3) or found.group(5)).translate(_NO_GROUPS)
    return f"{whole}.{found.group(2) or found.group(4) or found.group(6)}"


_NO_GROUPS = str.maketrans("", "", ".,")


def fold_decimal(key: str) -> str:
    """``key`` with each decimal number in it written with a point, and without its groups
    when it writes both marks (``_DECIMAL``): "6,75" is "6.75", "1.234,5" and "1,234.5"
    are "1234.5"; "1,500", "1.500", "1,5,7" and "6.12.2023" stay as written."""
    return _DECIMAL.sub(_point, key) if "," in key else key


def _figure_key(key: str) -> str:
    """An ASCII token's key with a number's groups of spaces dropped (``fold_key``) and its
    decimal mark folded (``fold_decimal``)."""
    return fold_decimal(_GROUP_SPACE.sub("", key) if " " in key else key)


def fold_key(token_text: str, options: CompareOptions) -> str:
    """The comparison key of one token under ``options``."""
    key = token_text
    if options.fold_typography and key[:1].isdigit() and _GROUP_SPACE.search(key):
        # (a number grouped by spaces is the number: "1 034,7" against "1034,7" was a word
        # changed in every Polish and Czech copy — a Central European desk's walkthrough)
        key = _GROUP_SPACE.sub("", key)
    if not key.isascii():
        key = unicodedata.normalize("NFC", key)
        if options.fold_typography:
            key = drop_indic_joiners(key.translate(TYPOGRAPHY))
        if options.fold_yo:
            key = _fold_yo(key)
        if options.fold_eszett:
            key = _fold_eszett(key)
        if options.fold_han:
            key = fold_han(key)
        if options.fold_lookalikes:
            key = fold_lookalikes(key)
        if options.fold_arabic_letters:
            key = drop_hebrew_points(_fold_arabic(key))
            if key and (key[0] in _JOINER_CHARS or key[-1] in _JOINER_CHARS):
                # A joiner kept with a number written against a word ("116", ZWNJ, "رنز"):
                # no letter of the Arabic script in "116" itself, yet the same number.
                key = key.strip(_JOINER_CHARS) or key
    if options.fold_typography and "," in key:
        key = fold_decimal(key)  # (after the full-width comma and ٬ are folded)
    if options.ignore_case:
        key = fold_case(key)
    return key


# Digits, a mark that may group thousands (an Arabic or a full-width one as the keys fold
# it: ``fold_key``) and three digits: where ``fold_groups`` looks
_GROUP_MARK = re.compile("\\d[.,'’\u066c\uff0c\uff0e]\\d{3}")
# A figure's key whose thousands are grouped: by apostrophes, as Swiss copy writes them
# ("12'500", "1’250’000", "1'234.50"), by two dots or more ("2.500.000") or two commas
# or more ("1,250,000"), which nothing but thousands are written with (``fixed``); by one
# dot or one comma ("12.500", "12,500"), which may be a decimal mark (``dot``, ``comma``).
_GROUPED_FIGURE = re.compile(
    rf"(?P<lead>[{FIGURE_SIGNS}]?[{MONEY_FIRSTS}]?)"
    r"(?:(?P<fixed>\d{1,3}(?:['’]\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3}){2,}"
    r"|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?)|(?P<dot>\d{1,3}\.\d{3})|(?P<comma>\d{1,3},\d{3}(?:\.\d+)?))"
)


@functools.lru_cache(maxsize=8)  # (a text is scanned a region at a time)
def _dots_group(text: str) -> bool:
    """Whether ``text`` writes a dot between thousands, by its own numbers, else its words
    (``numerals.dots_group_each``, as the figures read a text)."""
    return dots_group_each(text, text)[0]


def fold_groups(text: str, keys: list[str]) -> list[str]:
    """``keys`` (of tokens of ``text``) with each figure's thousands ungrouped, as a number
    grouped by spaces is (``fold_key``): "12'500" and "1’250’000" (Swiss), "2.500.000"
    and "1,250,000" always; "12.500" where ``text`` writes a dot between thousands, "12,500"
    where it writes a comma (``_dots_group``, as the figures read them): an SDA
    rewrite's "12'500 Franken" against dpa's "12.500 Franken" was a word changed (a
    German/Swiss desk's walkthrough). "1.500" in English copy (1.5) stays as written, and
    so does an apostrophe that is no group's: "l'armée", "O'Brien", "'26", "5'10"."""
    folded = keys
    dots: bool | None = None
    for i, key in enumerate(keys):
        if len(key) < 5 or not key[-1].isdigit():
            continue
        found = _GROUPED_FIGURE.fullmatch(key)
        if found is None:
            continue
        number = found["fixed"]
        if number is None:
            dots = _dots_group(text) if dots is None else dots
            number = found["dot"] if dots else found["comma"]
            if number is None:
                continue
        mark = number[len(number) - len(number.lstrip("0123456789"))]
        if folded is keys:
            folded = list(keys)  # (an ASCII text's keys may be its texts)
        folded[i] = found["lead"] + number.replace(mark, "")
    return folded


@record(frozen=True)
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


# Characters one regex call scans at most (about): a findall over a 4 MB text held the GIL
# 0.3 s, and the window, whose every event needs the GIL, froze while a worker scanned.
# Between chunks another thread can run.
SCAN_CHUNK = 1 << 16
_SPACE = re.compile(r"\s(?!\d)")  # (not inside a number grouped by spaces)
_ANY_SPACE = re.compile(r"\s")


def chunks(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """``text[start:end]`` in spans of about ``SCAN_CHUNK`` characters, each ending just
    after a white-space character, which no token holds: each token lies in one span, and
    the span's end does not cut what a token's pattern looks ahead at. A text with no
    white space (CJK) is one span."""
    end = len(text) if end is None else end
    while end - start > SCAN_CHUNK:
        # A space before a digit may be inside "45 000"; digits after every space (a
        # table of numbers) must not make the text one chunk: then any space will do.
        space = _SPACE.search(text, start + SCAN_CHUNK, min(end, start + SCAN_CHUNK + 4096))
        space = space or _ANY_SPACE.search(text, start + SCAN_CHUNK, end)
        if space is None:
            break
        yield start, space.end()
        start = space.end()
    yield start, end


def _before_trailing_space(text: str, lo: int, hi: int) -> int:
    """``hi`` moved back over the white space that ends ``text[lo:hi]``: no token follows
    it, and the visible pattern, which takes a token's leading white space, would try the
    run again from each of its characters — quadratic (a text whose repeated lines were
    left out as boilerplate ends in 10,000 line breaks: 14 s)."""
    while hi > lo and text[hi - 1].isspace():
        hi -= 1
    return hi


def findall(pattern: re.Pattern[str], text: str) -> list[str]:
    """``pattern.findall(text)`` a chunk at a time (``chunks``), for a pattern of one group
    at most that matches no white space."""
    found: list[str] = []
    for lo, hi in chunks(text):
        found += pattern.findall(text, lo, hi)
    return found


# A word broken by a hard wrap: a hyphen (or a soft hyphen) ending a line between two
# letters, the next line starting with a lower-case letter ("correc-\ntions", "ſome-\nthing").
# Only the characters are looked for here (``wrap_breaks`` checks the letters and the case).
_WRAP_HYPHENS = ("-\n", "\u2010\n", "\u00ad\n")


def wrap_breaks(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Where in ``text[start:end]`` a word is broken by a hard wrap: the offset of each
    hyphen ending a line between two letters, the next line starting with a lower-case one.
    Found by substring search (no pattern tried at every character: a regex added a tenth
    to the scan of a novel)."""
    end = len(text) if end is None else end
    found: list[int] = []
    for hyphen in _WRAP_HYPHENS:
        at = text.find(hyphen, start, end)
        while at >= 0:
            if at > start and at + 2 < end and text[at + 2].islower() and text[at - 1].isalpha():
                found.append(at)
            at = text.find(hyphen, at + 2, end)
    return sorted(found) if len(found) > 1 else found


def fold_dashes(keys: list[str]) -> list[str]:
    """``keys`` with a typewriter's dash, a run of hyphens ("--", "---"), as the dash it
    stands for folds ("-", as "—" and "–" do): a wire's "(Reuters) -- " against a paper's
    "—" was a change in every paragraph (a scholar's treatise: "find"—if against "find" --
    if)."""
    return ["-" if len(k) > 1 and k[0] == "-" and not k.strip("-") else k for k in keys]


# The signs written before a figure that name one currency however they are written, each
# with the currency it names. South Asian copy's rupee and taka: India's rupee "₹" (its code
# "INR"); a rupee whose country it does not say, "Rs" (with its full stop, the older "₨",
# Hindi's and Nepali's "रु"), India's, Pakistan's or Nepal's, as "$" is any dollar's;
# Pakistan's "PKR"; Bangladesh's taka "৳" ("Tk", "Tk.", "BDT"). African copy's: the naira's
# "N" (a Nigerian paper's house style for the agency's "₦") and "NGN", the Kenyan shilling's
# "Ksh" and "KES" ("KSh"), the rand's "ZAR" ("R"), the cedi's "₵" and "GHS" ("GH₵"), the CFA
# franc's "CFA" ("FCFA"), and a code for its currency's sign ("USD", "EUR", "GBP"). One
# table for the comparison keys (``fold_money``: the rupee's and the taka's) and the figures
# (``quoting``: "Rs 1,200 crore → ₹1,200 crore" and "KES 5 billion → KSh 5 billion" are no
# figure changed, "PKR 5 → ₹5" one); it was two, the figures' African signs apart from the
# keys' table (a review).
ANY_RUPEE = "Rs"
MONEY_SIGNS: dict[str, str] = {
    "₹": "₹",
    "INR": "₹",
    "Rs": ANY_RUPEE,
    "Rs.": ANY_RUPEE,
    "₨": ANY_RUPEE,
    "रु": ANY_RUPEE,
    "रु.": ANY_RUPEE,
    "PKR": "PKR",
    "৳": "৳",
    "Tk": "৳",
    "Tk.": "৳",
    "BDT": "৳",
    "N": "₦",
    "NGN": "₦",
    "Ksh": "KSh",
    "KES": "KSh",
    "ZAR": "R",
    "GHS": "GH₵",
    "₵": "GH₵",
    "USD": "US$",
    "EUR": "€",
    "GBP": "£",
    "CFA": "FCFA",
}
# The currencies a plain "Rs" may be
RUPEE_CURRENCIES = frozenset({"₹", "PKR", ANY_RUPEE})
# The rupee's and the taka's signs: those a rupee's or a taka's short magnitude may follow
# ("Rs 500 cr", "Tk 5 lac"), and of letters, after none of India's scripts' letters
SOUTH_ASIAN_SIGNS = frozenset(
    sign for sign, money in MONEY_SIGNS.items() if money in RUPEE_CURRENCIES or money == "৳"
)
# The money words written after a figure, each with its currency: Hindi's, Urdu's and
# Bengali's rupee, English's, and the taka ("1,200 करोड़ रुपये", "৫০০ কোটি টাকা"; a West
# Bengal paper's টাকা is a rupee, read as the taka all the same)
MONEY_WORDS: dict[str, str] = {
    "rupee": ANY_RUPEE,
    "rupees": ANY_RUPEE,
    "रुपये": ANY_RUPEE,
    "रुपए": ANY_RUPEE,
    "रुपया": ANY_RUPEE,
    "रुपयों": ANY_RUPEE,
    "রুপি": ANY_RUPEE,
    "روپے": ANY_RUPEE,
    "روپیہ": ANY_RUPEE,
    "روپئے": ANY_RUPEE,
    "taka": "৳",  # (after a magnitude's word only: ``_AFTER_MAGNITUDE``)
    "টাকা": "৳",
}
# Money words that are other languages' words too, a currency only after a magnitude's
# word ("500 crore taka", "2 million taka"): Polish's "taka" (such) and Swahili's (waste)
# after a year or a figure made it the taka ("W 2020 taka sytuacja": a review)
_AFTER_MAGNITUDE = frozenset({"taka"})


def _money_key(money: str) -> str | None:
    """The sign a currency of ``MONEY_SIGNS`` compares as: every rupee's "₹" (a plain "Rs"
    as India's, the papers' usage), the taka's "৳"; None for Pakistan's "PKR" (one key is
    no two currencies)."""
    return "₹" if money in ("₹", ANY_RUPEE) else money if money == "৳" else None


# The signs the keys fold before a figure, as their tokens are written ("Rs." is "Rs" and
# its full stop), and the words after one, with the sign each compares as
_SIGN_KEYS = {
    sign.rstrip("."): key
    for sign, money in MONEY_SIGNS.items()
    if (key := _money_key(money)) is not None
}
_WORD_KEYS = {
    word.translate(ARABIC_LETTERS): key
    for word, money in MONEY_WORDS.items()
    if (key := _money_key(money)) is not None
}
RUPEES = frozenset(sign for sign, key in _SIGN_KEYS.items() if key == "₹")
# A word of a figure's magnitude between it and its currency's word ("1,200 करोड़ रुपये",
# "1.16 लाख करोड़ रुपये", "2 million rupees"): a token of its own
_SCALE_TOKEN = re.compile(
    rf"{SOUTH_ASIAN_MAGNITUDES}|lacs?|cr|thousand|million|billion|trillion|mn|bn", re.IGNORECASE
)
# (a text that holds none is not scanned token by token: the hot path)
_SIGN_SYMBOLS = "".join(sorted(s for s in _SIGN_KEYS if len(s) == 1))
_SIGN_WORDS = "|".join(sorted(s for s in _SIGN_KEYS if len(s) > 1))
_MONEY_FIGURE = re.compile(
    rf"(?:[{_SIGN_SYMBOLS}]|(?<!\w)(?:{_SIGN_WORDS})(?!\w)\.?)[ \t\u00a0]?\d"
    rf"|(?<!\w)(?:{'|'.join(MONEY_WORDS)})(?!\w)",
    re.IGNORECASE,
)


def fold_money(
    text: str, arrays: tuple[list[int], list[int], list[str], list[str]], signs: bool = True
) -> tuple[list[str], list[int], set[int]]:
    """A figure's currency folded into its keys, its sign before it (``MONEY_SIGNS``: "Rs",
    "Rs.", "INR", "रु.", "₨", "₹", and the taka's "Tk", "BDT", "৳") or its word after it
    and the words of its magnitude (``MONEY_WORDS``: "1,200 करोड़ रुपये", "৫০০ কোটি টাকা"),
    on its line: the figure's key and its magnitude's start with the currency's sign ("₹",
    "৳"), the sign before is left out of the compared tokens (with its full stop, an
    abbreviation's, no sentence's), the word after is taken into the token before it.
    "Rs 1,200 crore", "₹1,200 crore" and "1,200 crore rupees" compare alike: house style,
    the sign and the word were a changed word in nearly every Indian paper's rewrite of an
    agency's copy, while the figures summary saw none (a Hindi, Bengali and Indian-English
    desk's walkthrough); a currency changed or dropped is the figure changed.

    ``arrays``: the tokens' starts, ends, texts and keys; returns the keys, the ends (a word
    taken in: the token before it ends where it ends) and the indices of the tokens left
    out. ``signs``: the signs are compared; if not (punctuation ignored), the sign and the
    word are left out as punctuation is, and no key has a currency."""
    starts, ends, texts, keys = arrays
    dropped: set[int] = set()
    folded, spans = keys, ends
    n = len(texts)

    def line(a: int, b: int, stop: str = "") -> bool:
        # (tokens a and b on one line, white space between, after a full stop if given)
        gap = text[ends[a] : starts[b]]
        return "\n" not in gap and not gap.removeprefix(stop).strip()

    def space(k: int) -> bool:  # (a token of white space, compared as it is)
        return 0 <= k < n and texts[k].isspace() and "\n" not in texts[k]

    for j in [j for j, word in enumerate(texts) if word[:1].isdigit()]:
        sign = j - 1 - space(j - 1)
        stop = sign if sign >= 0 and texts[sign] == "." else -1
        sign -= stop >= 0
        key = _SIGN_KEYS.get(texts[sign]) if sign >= 0 and line(sign, j, ".") else None
        last = k = j  # (the figure's last word of magnitude, or the figure)
        while space(k + 1) or (k + 1 < n and _SCALE_TOKEN.fullmatch(texts[k + 1])):
            k += 1
            if not texts[k].isspace():
                if not line(last, k):
                    break
                last = k
        word = last + 1 + space(last + 1)
        word_key = None
        if word < n and line(last, word):
            after = texts[word].casefold().translate(ARABIC_LETTERS)
            if last > j or after not in _AFTER_MAGNITUDE:
                word_key = _WORD_KEYS.get(after)
        if key is None and word_key is None:
            continue
        if folded is keys:
            folded = list(keys)  # (an ASCII text's keys may be its texts)
        if key is not None:
            dropped.update(t for t in (sign, stop) if t >= 0)
        if word_key is not None:
            if spans is ends:
                spans = list(ends)
            spans[last] = ends[word]
            dropped.update(range(last + 1, word + 1))
        if signs:
            for t in range(j, last + 1):
                if not texts[t].isspace():
                    folded[t] = (key or word_key or "") + folded[t]
    return folded, spans, dropped


# A figure a unit's word may follow, as a token's text: digits and their joiners, a
# currency's sign and a figure's sign before them, Turkish's case ending after an apostrophe
# ("yüzde 3,5'e", "%3,5'e"); and one with a magnitude's short word written against it,
# "$2.5bn", "800mn", "$800m"
_FIGURE = re.compile(
    rf"[{MONEY_FIRSTS}]?[{FIGURE_SIGNS}]?[{MONEY_FIRSTS}]?"
    r"\d(?:[\d.,:\u066b\u066c\uff0e\uff0c \u00a0\u202f\u2009]*\d)?(?:['’][^\W\d_]+)?"
)
_FIGURE_FIRSTS = MONEY_FIRSTS + FIGURE_SIGNS
_SHORT_SCALES = "|".join(
    sorted((w for w in (*MAGNITUDE_SPELLINGS, *PRICE_MAGNITUDES) if w.isascii()), key=len)[::-1]
)
_SCALED_FIGURE = re.compile(
    rf"(?P<figure>[{MONEY_FIRSTS}]?[{FIGURE_SIGNS}]?(?P<sign>[{MONEY_FIRSTS}])?\d(?:[\d.,]*\d)?)"
    rf"(?P<scale>{_SHORT_SCALES})",
    re.IGNORECASE,
)
_PERCENT_FIRSTS = frozenset(words[0] for words in PERCENT_WORDS_AFTER)
_LONGEST_PERCENT = max(map(len, PERCENT_WORDS_AFTER))
# (a text that holds none is not scanned token by token: the hot path)
_UNIT_WORDS = "|".join(
    sorted(
        {*MAGNITUDE_SPELLINGS, *PRICE_MAGNITUDES}
        | {"[ \u00a0]".join(w) for w in PERCENT_WORDS_AFTER},
        key=len,
        reverse=True,
    )
)
_PERCENT_SIGN = f"[{''.join(sorted(PERCENT_SIGNS))}]"
_UNIT_NEAR = re.compile(
    rf"\d[ \u00a0\u202f]?(?:{_PERCENT_SIGN}|(?:{_UNIT_WORDS})(?![^\W\d_]))"
    rf"|(?:{_PERCENT_SIGN}|(?:{'|'.join(PERCENT_WORDS_BEFORE)})[ \u00a0])\d",
    re.IGNORECASE,
)


def fold_units(
    text: str, arrays: tuple[list[int], list[int], list[str], list[str]], signs: bool = True
) -> tuple[list[str], list[int], set[int]]:
    """A figure's percent and the word of its magnitude read as their signs, on the
    figure's line: a percent's word after it ("23 per cent", "3,5 faiz": ``numerals.
    PERCENT_WORDS_AFTER``) or Turkish's before it ("yüzde 3,5") compares as the "%" written
    there ("23%", "%3,5"), one token of its words; a magnitude's word after it, long or
    short ("2.5 billion", "2.5bn", "$800m": ``numerals.MAGNITUDE_SPELLINGS``), is taken
    into the figure's token, its key ending in its power of ten ("2.5e9"): a figure changed
    is marked with its magnitude, "2.5 million → 2.5 billion". A Turkish paper's "yüzde" for
    AA's "%" was half the changes of every economy story it rewrote, and "The $2.5 billion
    will …" against "The $2.5bn …" a quote changed, a misquote's alarm (a Turkish/
    Azerbaijani desk's and an Africa desk's walkthroughs).

    ``arrays``: the tokens' starts, ends, texts and keys; returns the keys, the ends and the
    indices of the tokens left out. ``signs``: the signs are compared; if not (punctuation
    ignored, the "%" left out), a percent's words are left out too."""
    starts, ends, texts, keys = arrays
    n = len(texts)
    folded, spans = list(keys), list(ends)
    dropped: set[int] = set()

    def said(k: int) -> set[str]:  # (a token as written and as compared: "млpд" is "млрд")
        return {texts[k].casefold(), keys[k].casefold()}

    def after(k: int) -> int:  # (the token after k on its line past white space, or n)
        m = k + 1 + (k + 1 < n and texts[k + 1].isspace())
        gap = text[ends[k] : starts[m]] if m < n else "\n"
        return m if "\n" not in gap and not gap.strip() else n

    def percent_after(k: int) -> int:  # (the last token of a percent's words after k, or -1)
        m = after(k)
        if m == n or not said(m) & _PERCENT_FIRSTS:
            return -1
        for length in range(_LONGEST_PERCENT, 0, -1):
            last, run = m, [said(m)]
            while len(run) < length and (last := after(last)) < n:
                run.append(said(last))
            if len(run) == length and any(words in PERCENT_WORDS_AFTER for words in product(*run)):
                return last
        return -1

    def percent_before(j: int) -> int:  # (a percent's sign or word before token j, or -1)
        b = j - 1 - (j > 0 and texts[j - 1].isspace())
        if b < 0 or after(b) != j:
            return -1
        if texts[b] in PERCENT_SIGNS:  # ("%3,5": against the figure, after no word)
            glued = ends[b] == starts[j] and (not starts[b] or not text[starts[b] - 1].isalnum())
            return b if glued else -1
        return b if said(b) & PERCENT_WORDS_BEFORE else -1

    def percent(first: int, last: int) -> None:  # (words read as "%": one token, or none)
        if not signs:
            dropped.update(range(first, last + 1))
            return
        folded[first], spans[first] = "%", spans[last]
        dropped.update(range(first + 1, last + 1))

    for j in range(n):
        if texts[j][:1] not in _FIGURE_FIRSTS and not texts[j][:1].isdigit():
            continue
        last = j
        scaled = _SCALED_FIGURE.fullmatch(texts[j])
        if scaled is not None:
            scale = scaled["scale"].casefold()
            priced = (
                scaled["sign"] or scaled["figure"][:1] in MONEY_FIRSTS or _priced(text, starts[j])
            )
            power = MAGNITUDE_SPELLINGS.get(scale) or (PRICE_MAGNITUDES[scale] if priced else 0)
            if power:
                cut = len(folded[j]) - len(scaled["scale"])
                folded[j] = f"{folded[j][:cut]}e{power}"
        elif _FIGURE.fullmatch(texts[j]):
            m = after(j)
            scale = next(iter(said(m) & MAGNITUDE_SPELLINGS.keys()), "") if m < n else ""
            if scale:
                folded[j] = f"{folded[j]}e{MAGNITUDE_SPELLINGS[scale]}"
                spans[j], last = spans[m], m
                dropped.update(range(j + 1, m + 1))
        else:
            continue
        before = percent_before(j)
        if before >= 0 and texts[before] not in PERCENT_SIGNS:
            percent(before, before)
        if before < 0 and (end := percent_after(last)) >= 0:  # ("yüzde 3,5 faiz": interest)
            percent(after(last), end)
    return folded, spans, dropped


# Mexican and Portuguese press style's thousands in words beside a figure, "mil 500" (1.500),
# "250 mil" (250.000), "2 mil 300" (2.300): a figure of one to three digits on either side
# of "mil", on its line (``fold_mil``)
_MIL_NEAR = re.compile(r"\d[ \u00a0]mil(?![^\W\d_])|(?<![^\W\d_])mil[ \u00a0]\d", re.IGNORECASE)
_SMALL_FIGURE = re.compile(r"\d{1,3}")


def fold_mil(
    text: str, arrays: tuple[list[int], list[int], list[str], list[str]]
) -> tuple[list[str], list[int], set[int]]:
    """A figure said with "mil", Mexican and Portuguese press style's thousand, read as its
    value in digits, one token: "mil 500" is "1500", "250 mil" "250000", "2 mil 300" "2300",
    as "1.500", "1,500" and "250.000" are where their text groups thousands so
    (``fold_groups``): they were changed words of every Mexican paper's rewrite of an
    agency's copy, while the figures summary saw none (a Spanish/Portuguese desk's
    walkthrough). "mil" alone ("mil gracias") stays a word; a figure beside it of more than
    three digits, or with a decimal ("3,5 mil"), is not read so.

    ``arrays``: the tokens' starts, ends, texts and keys; returns the keys, the ends (the
    first token of the figure ends where its last does) and the indices of the tokens left
    out."""
    starts, ends, texts, keys = arrays
    n = len(texts)
    folded, spans = list(keys), list(ends)
    dropped: set[int] = set()

    def near(a: int, b: int) -> bool:  # (tokens a < b on one line, white space between)
        gap = text[ends[a] : starts[b]]
        return "\n" not in gap and not gap.strip()

    def small(k: int) -> bool:
        return 0 <= k < n and _SMALL_FIGURE.fullmatch(texts[k]) is not None and keys[k] == texts[k]

    for j in range(n):
        if texts[j].casefold() != "mil" or j in dropped:
            continue
        b = j - 1 - (j > 0 and texts[j - 1].isspace())
        a = j + 1 + (j + 1 < n and texts[j + 1].isspace())
        # (a figure a "mil" before took leads no other: "2 mil 300 mil" is no "2.300")
        taken = b in dropped or (b > 0 and _joined(text, starts[b]))
        lead = b if small(b) and near(b, j) and not taken else -1
        tail = a if small(a) and near(j, a) and not _joined_after(text, ends[a]) else -1
        if lead < 0 and tail < 0:
            continue
        value = (int(texts[lead]) if lead >= 0 else 1) * 1000 + (
            int(texts[tail]) if tail >= 0 else 0
        )
        first, last = (lead if lead >= 0 else j), (tail if tail >= 0 else j)
        folded[first], spans[first] = str(value), ends[last]
        dropped.update(range(first + 1, last + 1))
    return folded, spans, dropped


def _joined(text: str, at: int) -> bool:
    """Whether the figure starting at ``at`` goes on from one before it ("1.250 mil")."""
    return at > 1 and text[at - 1] in ".," and text[at - 2].isdigit()


def _joined_after(text: str, at: int) -> bool:
    """Whether the figure ending at ``at`` goes on into another ("mil 500,5")."""
    return at + 1 < len(text) and text[at] in ".," and text[at + 1].isdigit()


def _priced(text: str, at: int) -> bool:
    """Whether a currency's sign stands against the figure at ``at`` ("₦800m")."""
    return at > 0 and unicodedata.category(text[at - 1]) == "Sc"


def compound_breaks(text: str, breaks: list[int]) -> set[int]:
    """Of ``breaks`` (``wrap_breaks``), those whose hyphen the text writes elsewhere, the
    word whole on one line: a compound's ("to-\\nday" where "to-day" is written too), not a
    syllable's ("correc-\\ntions"). Every hyphen was dropped: an 1850 edition's "to-day"
    broken at its line's end read "today", the modern spelling, no change (a re-check and a
    review)."""
    if not breaks:
        return set()
    whole = _hyphenated(text)
    kept: set[int] = set()
    for at in breaks:
        left = at
        while left > 0 and text[left - 1].isalpha():
            left -= 1
        right = at + 2
        while right < len(text) and text[right].isalpha():
            right += 1
        if f"{text[left:at]}-{text[at + 2 : right]}" in whole:
            kept.add(at)
    return kept


_HYPHENATED = re.compile(r"[^\W\d_]+-[^\W\d_]+")


@functools.lru_cache(maxsize=4)
def _hyphenated(text: str) -> frozenset[str]:
    """The words ``text`` writes with a hyphen on one line ("to-day"): found once a text
    (a search of the whole text for each break was a second for a long OCR'd book)."""
    return frozenset(_HYPHENATED.findall(text))


def broken_word_key(
    text: str, start: int, end: int, breaks: list[int], compounds: set[int], options: CompareOptions
) -> str:
    """The key of the word ``text[start:end]`` broken by a hard wrap at ``breaks``: the word
    unbroken, a syllable's hyphen at a line's end dropped with the typography folded (the
    default: "correc-\\ntions" is "corrections"), a compound's kept ("to-\\nday" is "to-day"
    when the text writes "to-day": ``compound_breaks``), or without the fold only the line
    breaks dropped (the hyphen as printed: "correc-tions")."""
    parts: list[str] = []
    done = start
    for at in breaks:
        if start < at < end:
            dropped = options.fold_typography and at not in compounds
            parts += [text[done:at], "" if dropped else text[at]]
            done = at + 2
    return fold_key("".join([*parts, text[done:end]]), options)


def _join_broken(
    text: str,
    arrays: tuple[list[int], list[int], list[str], list[bool]],
    breaks: list[int],
    paragraphs: list[tuple[int, int]],
) -> list[int]:
    """Joins in ``arrays`` (starts, ends, texts, words: changed in place) each word broken
    at ``breaks`` inside one of ``paragraphs`` into one token (the hyphen, a punctuation
    token of its own, taken in); returns the indices of the joined words. A line break
    between paragraphs (a table's rows are paragraphs of one line) joins nothing: a token
    does not cross a paragraph."""
    starts, ends, texts, words = arrays
    firsts = [a for a, _ in paragraphs]
    last: dict[int, int] = {}  # a joined word's first token: its last
    root_of: dict[int, int] = {}  # a token joined to the word before: that word's first
    for h in breaks:
        para = bisect.bisect_right(firsts, h) - 1
        if para < 0 or paragraphs[para][1] <= h + 2:
            continue
        after = bisect.bisect_left(starts, h + 2)
        if after == len(starts) or starts[after] != h + 2 or not words[after]:
            continue
        before = after - 1
        if before > 0 and not words[before] and starts[before] == h and ends[before] == h + 1:
            before -= 1  # the hyphen, a token of its own
        if before < 0 or not words[before] or ends[before] not in (h, h + 1):
            continue
        root = root_of.get(before, before)  # (joined to a word broken on the line before)
        last[root] = after
        root_of[after] = root
    removed = 0
    joined: list[int] = []
    for root, end in sorted(last.items()):
        joined.append(root - removed)
        removed += end - root
    for root, end in sorted(last.items(), reverse=True):
        ends[root] = ends[end]
        texts[root] = text[starts[root] : ends[root]]
        for array in arrays:
            del array[root + 1 : end + 1]
    return joined


def scan(
    text: str,
    options: CompareOptions,
    start: int = 0,
    end: int | None = None,
    paragraphs: list[tuple[int, int]] | None = None,
) -> TokenArrays:
    """The compared tokens of ``text[start:end]`` under ``options`` (offsets into ``text``).

    ``paragraphs``: the spans of the paragraphs in the region; a word a hard wrap broke
    inside one (``wrap_breaks``: "correc-", a line break, "tions") is one token, its key
    ``broken_word_key`` (a scholar's treatise of 1711 had "correc-\\ntions" against
    "corrections" in the modern edition: a change, and shown "correc- tions")."""
    end = len(text) if end is None else end
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    words: list[bool] = []
    region = text[start:end]  # (sliced once: three tests read it)
    scripts = _scripts(region)
    glued = scripts != _PLAIN and _glued(region)
    grouped = _spaced(region)
    if options.fold_whitespace:
        # findall and list comprehensions: no Python call per token (this is the hot path).
        # A match is its leading white space and a token: they tile each chunk.
        visible = _pattern("visible", scripts, glued, grouped)
        found: list[tuple[str, str, str]] = []
        for lo, hi in chunks(text, start, end):
            part = visible.findall(text, lo, _before_trailing_space(text, lo, hi))
            ends += accumulate([len(s) + len(w) + len(p) for s, w, p in part], initial=lo)
            del ends[len(found)]  # the chunk's start
            found += part
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
        for m in _pattern("all", scripts, glued, grouped).finditer(text, start, end):
            group = m.lastgroup
            if group == "p" and options.ignore_punctuation:
                continue
            if group == "s" and "\n" in m.group():
                continue  # paragraph structure is compared by the alignment, not as a token
            starts.append(m.start())
            ends.append(m.end())
            texts.append(m.group())
            words.append(group == "w")
    if scripts != _PLAIN and _has_hangul(region):
        starts, ends, texts, words = _split_hangul(starts, ends, texts, words)
    if options.ignore_fillers:
        unfilled = _unfilled(text, starts, texts, words)
        if len(unfilled) < len(texts):
            starts, ends = [starts[i] for i in unfilled], [ends[i] for i in unfilled]
            texts, words = [texts[i] for i in unfilled], [words[i] for i in unfilled]
    joined: list[int] = []
    breaks = wrap_breaks(text, start, end) if paragraphs else []
    if paragraphs and breaks:
        joined = _join_broken(text, (starts, ends, texts, words), breaks, paragraphs)
    ascii_only = text.isascii()
    keys = _keys(texts, ascii_only, options)
    if options.fold_typography and _GROUP_MARK.search(region):
        keys = fold_groups(text, keys)
    cyrillic = options.fold_lookalikes and not ascii_only and cyrillic_main(text, start, end)
    if cyrillic:
        # (a disguised copy's "c" and "o", Latin, are the Cyrillic prepositions с and о)
        keys = [to_cyrillic(k) if k.isascii() and latin_lookalikes_only(k) else k for k in keys]
    if options.fold_typography and text.find("--", start, end) >= 0:
        keys = fold_dashes(keys)
    compounds = compound_breaks(text, breaks) if joined else set()
    for i in joined:
        keys[i] = broken_word_key(text, starts[i], ends[i], breaks, compounds, options)
    if options.ignore_numbering:
        from wirediff.core.numbering import mask_labels

        keys = mask_labels(text, start, end, starts, keys)
    if options.fold_typography and _MONEY_FIGURE.search(region):
        # (last: the indices above are the tokens', before any is left out)
        keys, ends, out = fold_money(
            text, (starts, ends, texts, keys), not options.ignore_punctuation
        )
        if out:
            held = [i for i in range(len(keys)) if i not in out]
            starts, ends = [starts[i] for i in held], [ends[i] for i in held]
            keys, words = [keys[i] for i in held], [words[i] for i in held]
            texts = [texts[i] for i in held]
    if options.fold_typography and (
        _UNIT_NEAR.search(region)  # (a disguised copy's "млpд", its "p" Latin, too)
        or (cyrillic and _UNIT_NEAR.search(fold_lookalikes_in(region, latin_words=True)))
    ):
        # (after the currency's: "2 million rupees" is the figure, its word taken in)
        keys, ends, out = fold_units(
            text, (starts, ends, texts, keys), not options.ignore_punctuation
        )
        if out:
            held = [i for i in range(len(keys)) if i not in out]
            starts, ends = [starts[i] for i in held], [ends[i] for i in held]
            keys, words = [keys[i] for i in held], [words[i] for i in held]
            texts = [texts[i] for i in held]
    if options.fold_typography and _MIL_NEAR.search(region):
        keys, ends, out = fold_mil(text, (starts, ends, texts, keys))
        if out:
            held = [i for i in range(len(keys)) if i not in out]
            starts, ends = [starts[i] for i in held], [ends[i] for i in held]
            keys, words = [keys[i] for i in held], [words[i] for i in held]
    # A token of invisible marks only (``INVISIBLE_MARKS``): nothing to compare (an ASCII
    # text's keys are its tokens, never empty: no scan of them)
    if not ascii_only and "" in keys:
        seen = [i for i, (k, w) in enumerate(zip(keys, words, strict=True)) if k or w]
        starts, ends = [starts[i] for i in seen], [ends[i] for i in seen]
        keys, words = [keys[i] for i in seen], [words[i] for i in seen]
    return TokenArrays(starts, ends, keys, words)


# Spoken fillers, the words a corrected transcript removes by the hundred (a broadcast
# editor's walkthrough), in English, French, German, Spanish, Italian, Dutch and Russian:
# no word of a written text (not "ah", "oh", "er" — a letter's name and a word elsewhere —
# but "erm", "uhm")
FILLERS = frozenset(
    """um umm uh uhh uhm erm hmm hm mm mmm mhm euh heu äh ähm öh ehm eeh ehh uhmm э ээ
    э-э мм ммм""".split()
)
# ... not in capitals ("EE", "UM": names), not a unit after a figure ("155 мм", "8 mm"),
# not the rest of a word a line break cut ("premi-" / "um"), nor Portuguese's "um" (one:
# "um morto") — a review
_PORTUGUESE = re.compile(r"\b(?:uma|não|também|está|são)\b")


def filler(token: str, word: bool) -> bool:
    """Whether a token is a spoken filler (``FILLERS``, in small letters or capitalized)."""
    return word and len(token) <= 4 and not token.isupper() and token.casefold() in FILLERS


_FILLER_MARKS = frozenset(", … ... - – —".split())
_LOOK = 5000  # characters of a text its language is looked at in
_UNITS = frozenset("mm мм".split())  # (after a figure: "300 um people" is a filler — a review)


def _unfilled(text: str, starts: list[int], texts: list[str], words: list[bool]) -> list[int]:
    """The tokens but the fillers, each with the commas, dashes or dots it stands between:
    ", um," between two words is nothing, as the transcript corrected writes it, where the
    filler alone left its commas a change."""
    gone: set[int] = set()
    portuguese = _PORTUGUESE.search(text[:_LOOK]) is not None
    for i, (token, word) in enumerate(zip(texts, words, strict=True)):
        if not filler(token, word) or (portuguese and token.casefold() == "um"):
            continue
        before = text[max(0, starts[i] - 8) : starts[i]].rstrip()
        unit = token.casefold() in _UNITS and i and texts[i - 1][-1:].isdigit()
        if before.endswith(("-", "\u00ad")) or unit:
            continue  # (a word's rest after a hyphen at a line's end; a unit: "155 мм")
        gone.add(i)
        for j in (i - 1, i + 1):  # (", um," between two words: both commas)
            if 0 <= j < len(texts) and not words[j] and texts[j] in _FILLER_MARKS:
                gone.add(j)
    return [i for i in range(len(texts)) if i not in gone]


def _keys(texts: list[str], ascii_only: bool, options: CompareOptions) -> list[str]:
    """``fold_key`` of each token: an ASCII token's key is itself, or its casefold; any
    other is folded once however often it repeats (the Arabic-script folding of an Urdu
    text's words was a third of a reuse measure)."""
    if ascii_only:
        keys = [t.casefold() for t in texts] if options.ignore_case else texts
        if options.fold_typography:  # (a number's spaces and decimal mark: ``fold_key``)
            keys = [_figure_key(t) if len(t) > 2 and (" " in t or "," in t) else t for t in keys]
        return keys
    folded: dict[str, str] = {}

    def fold(t: str) -> str:
        key = folded.get(t)
        if key is None:
            key = folded[t] = fold_key(t, options)
        return key

    grouped = options.fold_typography
    if options.ignore_case:
        return [
            (_figure_key(t) if grouped and len(t) > 2 and (" " in t or "," in t) else t).casefold()
            if t.isascii()
            else fold(t)
            for t in texts
        ]
    return [
        (_figure_key(t) if grouped and len(t) > 2 and (" " in t or "," in t) else t)
        if t.isascii()
        else fold(t)
        for t in texts
    ]


def count_words(text: str) -> int:
    """How many word tokens ``text`` holds (as ``scan`` would find them)."""
    if _spaced(text):  # a word may span a space ("45 000"): scan's own count
        return sum(scan(text, CompareOptions()).words)
    # No word spans white space, and a chunk of letters and digits only (of a script written
    # with spaces; of one without case, letters only: "116رنز" is two) is exactly one word:
    # only the other chunks need the regex.
    pieces = text.split()
    plain = [
        c.isalnum() and (max(c) < "\u0590" or (c.isalpha() and max(c) < "\u0e00")) for c in pieces
    ]
    rest = " ".join(c for c, p in zip(pieces, plain, strict=True) if not p)
    # The pattern that scan uses: a word, or one visible character that is none (a word
    # holding Hangul, its syllables and the runs between them: ``_split_hangul``).
    found = pattern_for("visible", rest).findall(rest)
    if _has_hangul(rest):
        cut = _hangul_pieces().findall
        return sum(plain) + sum(
            len(cut(word)) if _has_hangul(word) else 1 for _, word, _ in found if word
        )
    return sum(plain) + sum(1 for _, word, _ in found if word)


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
