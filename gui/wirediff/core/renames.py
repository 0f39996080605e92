"""Names a pair's replaced words change: "Alexiou → Andreou", "Yevgenia → Evgenia (×13)".

A wire's corrected take is about a name ("Corrects name of minister in paragraph 3"), and a
translator's new spelling of a heroine, made throughout, is one decision: the first was
said nowhere ("an edited version … figures changed: 27 → 31", a wire desk's probe), the
second was 11 of 18 changes to read, each alone (a translation editor's walkthrough). A
name changed is a replacement of one to three words a side, each a name — capitalized, or
in capitals, no digit, not a function word, and never written in small letters in its
text (a sentence's first word, "Yesterday" → "Today", is no name), and at a sentence's
opening written capitalized inside one too ("See → Behold", "Take → Seize": a verse's
first words, in two Bible translations) — in a sentence mostly kept, or framed by kept
words, as a figure is (``quoting``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from wirediff.core.quoting import ARROW, Figures, figure_frame, more_of
from wirediff.core.result import Comparison, OpKind, RowKind
from wirediff.core.wiremarkers import WIRE_MARKERS

NAME_WORDS_MAX = 3  # words a side of a name replaced
_EDGES = "\"'“”‘’«»„()[],.;:!?"
_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d]*(?:[-'’.][^\W\d]+)*\.?")  # "O'Brien", "Jean-Luc", "St."
# Words a sentence may open with, in capitals there and no names (their small-letter form
# may not occur in a short text): "She" → "He", "The" → "A".
_FUNCTION = frozenset(
    """a an the he she it they we i you his her its their our my your this that these those
    there then but and or so yet in on at as if when while after before also however
    он она оно они мы я вы его ее её их это этот эта эти тот та те но и а в на""".split()
)


def name_changes(comparison: Comparison) -> list[Figures]:
    """The names the pair's replaced words change, ``(old, new)`` in reading order (see
    the module); a moved paragraph's too, read at its left place."""
    texts = (comparison.left_text, comparison.right_text)
    small = _small_words(texts[0]) | _small_words(texts[1])
    within = (_named_within(texts[0]), _named_within(texts[1]))
    found: list[Figures] = []
    for row in comparison.rows:
        both = row.right is not None or row.kind is RowKind.MOVED
        if row.left is None or not both:
            continue
        for at, op in enumerate(row.ops):
            if op.kind is not OpKind.REPLACE:
                continue
            old, new = (
                " ".join(text[span.start : span.end].split()).strip(_EDGES)
                for text, span in zip(texts, (op.left, op.right), strict=True)
            )
            if old.casefold() == new.casefold():
                continue
            if not (_a_name(old, small) and _a_name(new, small)):
                continue
            opening = any(
                _opens_sentence(text, span.start) and words.split()[0] not in named
                for text, span, words, named in zip(
                    texts, (op.left, op.right), (old, new), within, strict=True
                )
            )
            if opening:  # ("See → Behold", "Take → Seize": a verse's first word)
                continue
            if figure_frame(comparison, row.index, at):
                found.append((old, new))
    return found


def names_said(found: Sequence[Figures], limit: int | None = 3, separator: str = ", ") -> str:
    """``name_changes`` as a summary says them: one change made at several places said once,
    with how many times ("Yevgenia → Evgenia (×13), Alexiou → Andreou"), at most ``limit``
    (None: all), "" when none."""
    counted = Counter(found)
    said = [
        f"{old}{ARROW}{new}" + (f" (×{n})" if n > 1 else "")
        for (old, new), n in list(counted.items())[:limit]
    ]
    return f"{separator.join(said)}{more_of(len(counted), len(said))}" if said else ""


def _a_name(words: str, small: frozenset[str]) -> bool:
    """Whether ``words`` are one to ``NAME_WORDS_MAX`` words of a name (see the module)."""
    parts = words.split()
    if not 0 < len(parts) <= NAME_WORDS_MAX:
        return False
    for part in parts:
        word = part.strip(_EDGES)
        if not _NAME_WORD.fullmatch(word) or not word[0].isupper():
            return False
        key = word.casefold()
        if key in _FUNCTION or key in small or _marked(word):
            return False
    return True


def _marked(word: str) -> bool:
    """Whether ``word`` holds a wire's marker in capitals ("CORRECTED-WRITETHRU-Greek")."""
    return any(p.isupper() and p.casefold() in WIRE_MARKERS for p in word.split("-"))


_OPENERS = '.!?…:;\n"“”‘’«»„(['  # what a sentence's first word may follow (and spaces)


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` (or after the quote marks there) opens a sentence or
    the text."""
    while at < len(text) and text[at] in _EDGES:
        at += 1
    before = text[max(0, at - 8) : at].rstrip(" \t")
    return not before or before[-1] in _OPENERS


def _named_within(text: str) -> frozenset[str]:
    """The words ``text`` writes capitalized inside a sentence (names, there)."""
    return frozenset(
        m[0].strip(_EDGES)
        for m in _CAPITALIZED.finditer(text)
        if not _opens_sentence(text, m.start())
    )


_CAPITALIZED = re.compile(r"(?<!\w)[^\W\d_][\w'’-]*")


def _small_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in small letters somewhere (no name of it)."""
    return frozenset(w for w in _WORD.findall(text) if w[0].islower())
