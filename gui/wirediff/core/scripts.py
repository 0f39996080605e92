"""The script a text is written in, by its letters' code points.

``writing(text)`` names the script most of a text's letters are in ("Latin", "Cyrillic",
"Han", "Japanese", "Hangul", "Thai", ...): Japanese is Han written with kana (a tenth of
its Han and kana letters at least), Chinese Han alone. ``UNSPACED`` are the scripts that
write no space between words: there a "word" of the engine is a character, and its event
terms are the figures and Latin names alone.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import Counter

# The first code point of each range and its script (None: no script told apart), sorted.
_RANGES: tuple[tuple[int, str | None], ...] = (
    (0x0000, None),
    (0x0041, "Latin"),
    (0x0250, None),
    (0x0370, "Greek"),
    (0x0400, "Cyrillic"),
    (0x0530, "Armenian"),
    (0x0590, "Hebrew"),
    (0x0600, "Arabic"),
    (0x0700, None),
    (0x0750, "Arabic"),
    (0x0780, None),
    (0x08A0, "Arabic"),
    (0x0900, "Devanagari"),
    (0x0980, "Bengali"),
    (0x0A00, "Gurmukhi"),
    (0x0A80, "Gujarati"),
    (0x0B00, "Oriya"),
    (0x0B80, "Tamil"),
    (0x0C00, "Telugu"),
    (0x0C80, "Kannada"),
    (0x0D00, "Malayalam"),
    (0x0D80, "Sinhala"),
    (0x0E00, "Thai"),
    (0x0E80, "Lao"),
    (0x0F00, "Tibetan"),
    (0x1000, "Myanmar"),
    (0x10A0, "Georgian"),
    (0x1100, "Hangul"),
    (0x1200, "Ethiopic"),
    (0x1380, None),
    (0x1780, "Khmer"),
    (0x1800, None),
    (0x1E00, "Latin"),
    (0x1F00, "Greek"),
    (0x2000, None),
    (0x3040, "Kana"),
    (0x3100, None),
    (0x3130, "Hangul"),
    (0x3190, None),
    (0x31F0, "Kana"),
    (0x3200, None),
    (0x3400, "Han"),
    (0x4DC0, None),
    (0x4E00, "Han"),
    (0xA000, None),
    (0xAC00, "Hangul"),
    (0xD7B0, None),
    (0xF900, "Han"),
    (0xFB00, None),
    (0xFB50, "Arabic"),
    (0xFE00, None),
    (0xFE70, "Arabic"),
    (0xFF00, None),
    (0xFF21, "Latin"),  # full-width Latin letters
    (0xFF5B, None),
    (0xFF66, "Kana"),  # half-width katakana
    (0xFFA0, "Hangul"),  # half-width hangul
    (0xFFE0, None),
    (0x20000, "Han"),  # the extensions, to G
    (0x323B0, None),
)
_STARTS = [start for start, _ in _RANGES]
UNSPACED = frozenset({"Han", "Japanese", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan"})
SAMPLE = 4000  # characters a text's script is told from (its opening)


def script_of(char: str) -> str | None:
    """The script of one letter (None: one not told apart)."""
    return _RANGES[bisect.bisect_right(_STARTS, ord(char)) - 1][1]


# Letters of scripts that write no space between words, and the punctuation and full-width
# forms written among them.
_UNSPACED_LETTERS = frozenset({"Han", "Kana", "Thai", "Lao", "Khmer", "Myanmar", "Tibetan"})


def _unspaced(char: str) -> bool:
    code = ord(char)
    # CJK punctuation; full-width punctuation and digits, half-width kana (not full-width
    # Latin letters nor half-width Hangul: Korean spaces its words)
    if 0x3000 <= code < 0x3040 or 0xFF01 <= code < 0xFF21 or 0xFF61 <= code < 0xFFA0:
        return True
    return script_of(char) in _UNSPACED_LETTERS


def unspaced_letter(char: str) -> bool:
    """Whether ``char`` is a letter of a script that writes no space between its words (a
    figure's sign after one is its sign: "降至－3度")."""
    return script_of(char) in _UNSPACED_LETTERS


def run_together(before: str, after: str) -> bool:
    """Whether ``after`` follows ``before`` with no space between them, as text of a script
    that writes none between its words does (an inline replacement's struck "七" and new
    "八" side by side, not "七 八")."""
    return bool(before) and bool(after) and _unspaced(before[-1]) and _unspaced(after[0])


_FIGURE_CHARS = frozenset("0123456789.,:%")


def figures_run_together(before: str, old: str, new: str) -> bool:
    """Whether an old and a new figure stand side by side with no space: figures set among
    text of a script that writes none (``before``: the text before the old figure), as
    "截至5日814时" writes 8 → 14 ("5日[-8-] {+14+}时" read as two words)."""
    return (
        bool(before and old and new)
        and _unspaced(before[-1])
        and all(c in _FIGURE_CHARS for c in old)
        and new[0].isdigit()
    )


def writing(text: str) -> str:
    """The script most letters of ``text``'s opening are in, "" when it has none."""
    counts = Counter(script_of(c) for c in text[:SAMPLE] if c.isalpha())
    counts.pop(None, None)
    han, kana = counts.pop("Han", 0), counts.pop("Kana", 0)
    if han or kana:
        counts["Japanese" if kana * 10 >= han + kana else "Han"] = han + kana
    return str(counts.most_common(1)[0][0]) if counts else ""


# Letters that tell apart the languages written in one script (of the opening's letters):
# Cyrillic Ukrainian і ї є ґ, Belarusian ў, Russian ы э ъ, Serbian and Macedonian ђ ћ џ љ њ
# ѓ ќ ѕ; in the Arabic script, Urdu ٹ ڈ ڑ ں ے, Persian پ چ ژ گ, Arabic ة ي ك ى, else
# Persian by its ی ک.
_TELLING: tuple[tuple[str, str, str], ...] = (
    ("Cyrillic", "Belarusian", "ў"),
    ("Cyrillic", "Ukrainian", "їєґ"),
    ("Cyrillic", "Serbian or Macedonian", "ђћџљњѓќѕ"),
    ("Cyrillic", "Russian", "ыэъё"),
    ("Cyrillic", "Ukrainian", "і"),  # (after ы э: a Russian text quoting a Ukrainian name)
    ("Arabic", "Urdu", "ٹڈڑںے"),
    ("Arabic", "Persian", "پچژگ"),
    ("Arabic", "Arabic", "ةيكى"),
    ("Arabic", "Persian", "یک"),  # (Persian's yeh and keheh, with none of Arabic's)
)


# Yiddish, in the Hebrew script: its words most often written (points dropped: YIVO's
# "פֿון", "האָט" read as the Haredi press writes them, "פון", "האט"), none a word Hebrew news
# writes often ("אז", "אין", "צו" are Hebrew's too: left out), and its double letters
# װ ױ ײ, which Hebrew writes as two.
_YIDDISH_WORDS = frozenset(
    "די דער דאס דעם און איז זענען זיינען האט האבן נישט ניט זיך מיט פון פאר אויף אויך "
    "וואס ווען וועט וועלן געווען ער מען".split()
)
_YIDDISH_LETTERS = re.compile("[\u05f0-\u05f2]")
_HEBREW_WORD = re.compile("[\u05d0-\u05ea]+")
_YIDDISH_SHARE = 10  # a tenth of the words Yiddish's, at least (Hebrew quoting a phrase: not)


def _yiddish(sample: str) -> bool:
    """Whether ``sample``, in the Hebrew script, is Yiddish: read as Hebrew, a New York
    Yiddish paper's times were given Israel's zone (a review)."""
    doubled = len(_YIDDISH_LETTERS.findall(sample))
    bare = "".join(
        c for c in unicodedata.normalize("NFD", sample) if unicodedata.category(c) != "Mn"
    )
    bare = bare.replace("\u05f0", "וו").replace("\u05f1", "וי").replace("\u05f2", "יי")
    words = _HEBREW_WORD.findall(bare)
    found = [word for word in words if word in _YIDDISH_WORDS]
    # (three words of its own at least: a Hebrew text naming "פון דר ליין" (von der Leyen)
    # twice and saying "די" (enough) has two)
    told = len(set(found)) + min(doubled, 1)
    return told >= 3 and (len(found) + doubled) * _YIDDISH_SHARE >= len(words)


def language(text: str) -> str:
    """The language ``text``'s opening is in, when its script's letters tell it (``_TELLING``:
    Russian, Ukrainian, Belarusian…, Arabic, Persian, Urdu) or, Yiddish's, its words, else
    "": a translation of a TASS story into Ukrainian was "Unrelated texts" to it, nothing
    saying why."""
    script = writing(text)
    sample = text[:SAMPLE]
    if script == "Hebrew":
        return "Yiddish" if _yiddish(sample) else ""
    for in_script, name, letters in _TELLING:
        if in_script == script and any(letter in sample for letter in letters):
            return name
    return ""


def languages_apart(a: str, b: str) -> tuple[str, str] | None:
    """The two languages (or scripts) ``a`` and ``b`` are written in when they differ and
    both are told, else None."""
    script_a, script_b = writing(a), writing(b)
    if script_a and script_b and script_a != script_b:
        tongue_a, tongue_b = (
            language(a) or f"{script_a} script",
            language(b) or f"{script_b} script",
        )
        return tongue_a, tongue_b
    tongue_a, tongue_b = language(a), language(b)
    return (tongue_a, tongue_b) if tongue_a and tongue_b and tongue_a != tongue_b else None
