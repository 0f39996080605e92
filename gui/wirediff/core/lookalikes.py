"""Latin and Cyrillic letters that look alike, inside one word.

A copy of an agency's Russian text with its а о е с р typed as the Latin a o e c p reads
the same on screen and shares no word with its source: it was "8% similar", a lone story of
its own, and an edited copy's "пoдстанцию → подстанцию" showed the same word on both sides.
A word that mixes the two scripts is taken in its main script (``fold_lookalikes``): the
letters of the other that look like one of its own as those (Latin o in a Cyrillic word as
о; Cyrillic е in a Latin word as e); a word whose other letters have no look-alike ("Qиви")
is left as it is. In a Cyrillic text (``cyrillic_main``), a Latin word of look-alikes only
is the Cyrillic one it looks like too (the disguised copy's "c" and "o" are с and о).
"""

from __future__ import annotations

import itertools
import re

# Latin letters and the Cyrillic letters they look like (Ukrainian і, Serbian ј, Macedonian ѕ).
_PAIRS = "aа cс eе oо pр xх yу iі jј sѕ AА BВ CС EЕ HН IІ JЈ KК MМ OО PР SЅ TТ XХ YУ"
LOOKALIKES: tuple[tuple[str, str], ...] = tuple((p[0], p[1]) for p in _PAIRS.split())
_TO_CYRILLIC = str.maketrans(dict(LOOKALIKES))
_TO_LATIN = str.maketrans({cyrillic: latin for latin, cyrillic in LOOKALIKES})
_LATIN_LOOKALIKES = frozenset(latin for latin, _ in LOOKALIKES)
_CYRILLIC_LOOKALIKES = frozenset(cyrillic for _, cyrillic in LOOKALIKES)
_PAIRS_BOTH_WAYS = frozenset((*LOOKALIKES, *((c, latin) for latin, c in LOOKALIKES)))
_CYRILLIC = "\u0400-\u04ff"
_LETTERS = f"A-Za-z{_CYRILLIC}"
_LOOKS = "".join(sorted(_LATIN_LOOKALIKES))
_MEET = f"[A-Za-z][{_CYRILLIC}]|[{_CYRILLIC}][A-Za-z]"  # a Latin letter beside a Cyrillic one
_MEETING = re.compile(_MEET)  # (where a mixed word is: found at C speed first)
_RUN = re.compile(f"[{_LETTERS}]+")  # a run of letters of the two scripts
_MIXED = f"[{_LETTERS}]*(?:{_MEET})[{_LETTERS}]*"  # ... that mixes them
_MIXED_RUN = re.compile(_MIXED)
_LATIN_LOOKS = re.compile(f"[{_LOOKS}]+")  # a Latin word of look-alikes only ("c", "CCCP")
_CYRILLIC_LETTER = re.compile(f"[{_CYRILLIC}]")
_CYRILLIC_RUN = re.compile(f"[{_CYRILLIC}]+")
_LATIN_RUN = re.compile("[A-Za-z]+")
# A Latin letter that looks like no Cyrillic one: what a disguised Cyrillic text has few of
_OWN = "".join(c for c in map(chr, range(65, 123)) if c.isalpha() and c not in _LATIN_LOOKALIKES)
_LATIN_OWN = re.compile(f"[{_OWN}]")


def mixes_scripts(word: str) -> bool:
    """Whether ``word`` has a Latin letter right beside a Cyrillic one."""
    return not word.isascii() and _MEETING.search(word) is not None


def _fold_run(run: str) -> str:
    """A run of letters in its main script (``fold_lookalikes``)."""
    if all(c in _LATIN_LOOKALIKES for c in run if c.isascii()):
        return run.translate(_TO_CYRILLIC)  # (Cyrillic first: "ТACC" is ТАСС, not TACC)
    if all(c in _CYRILLIC_LOOKALIKES for c in run if not c.isascii()):
        return run.translate(_TO_LATIN)
    return run


def fold_lookalikes(word: str) -> str:
    """``word`` with each run of letters that mixes Latin and Cyrillic (``mixes_scripts``)
    in its main script: the other script's letters as the look-alikes of its own, when
    each has one — Cyrillic's first, as a run of look-alikes only ("ТACC") is read in a
    Cyrillic text (a Latin word disguised so, "cоpe", stays a change) —; else as it is.
    By runs: "Telegram-кaнaлe" is Telegram-канале."""
    if not mixes_scripts(word):
        return word
    return _RUN.sub(lambda m: _fold_run(m.group()) if mixes_scripts(m.group()) else m.group(), word)


def cyrillic_main(text: str, start: int = 0, end: int | None = None) -> bool:
    """Whether ``text[start:end]`` has some Cyrillic letters, and as many as Latin ones
    that look like none of them (a disguised text's Latin letters are look-alikes). The
    letters of each are counted only as far as that asks (a Russian text's few Latin
    letters first), not a list of every letter made."""
    end = len(text) if end is None else end
    if _CYRILLIC_LETTER.search(text, start, end) is None:  # (most text, found fast)
        return False
    latin = len(_LATIN_OWN.findall(text, start, end))
    cyrillic = _CYRILLIC_LETTER.finditer(text, start, end)
    return sum(1 for _ in itertools.islice(cyrillic, latin)) >= latin


def latin_lookalikes_only(word: str) -> bool:
    """Whether ``word`` is of Latin letters that look like Cyrillic ones only ("c", "CCCP"):
    in a Cyrillic text (``cyrillic_main``), the Cyrillic word it looks like."""
    return _LATIN_LOOKS.fullmatch(word) is not None


def to_cyrillic(word: str) -> str:
    """``word``'s Latin look-alike letters as the Cyrillic ones."""
    return word.translate(_TO_CYRILLIC)


def fold_lookalikes_in(text: str, latin_words: bool = True) -> str:
    """``text`` with each word that mixes the scripts folded (``fold_lookalikes``) and, in
    a Cyrillic text, each Latin word of look-alikes only as Cyrillic ("c" as с) unless not
    ``latin_words`` (a filter's: "xce" typed finds a row whose name shows "\xce", though
    its Russian title makes the row's text Cyrillic); of the same length, so that offsets
    found in it hold in ``text``. Found from the runs of the text's other script, few (a
    Russian text's Latin words): a pattern that tried every run of letters took longer
    than the rest of a text's folding."""
    if text.isascii() or _CYRILLIC_LETTER.search(text) is None:
        return text
    cyrillic = cyrillic_main(text)
    pieces: list[str] = []
    done = 0
    for found in (_LATIN_RUN if cyrillic else _CYRILLIC_RUN).finditer(text):
        a, b = found.span()
        if a < done:
            continue  # (in a mixed run already folded)
        if (a and _is_letter(text[a - 1])) or (b < len(text) and _is_letter(text[b])):
            while a and _is_letter(text[a - 1]):
                a -= 1
            b = _RUN.match(text, a).end()  # type: ignore[union-attr]
            folded = _fold_run(text[a:b])
        elif cyrillic and latin_words and _LATIN_LOOKS.fullmatch(found.group()):
            folded = to_cyrillic(found.group())
        else:
            continue
        pieces += (text[done:a], folded)
        done = b
    return "".join(pieces) + text[done:] if pieces else text


def _is_letter(char: str) -> bool:
    return (char.isascii() and char.isalpha()) or "\u0400" <= char <= "\u04ff"


def lookalike_words(text: str) -> list[str]:
    """The runs of letters in ``text`` that mix Latin and Cyrillic and read as one script's
    (``fold_lookalikes`` changes them), in text order: a disguise to tell."""
    if text.isascii() or _MEETING.search(text) is None:
        return []
    return [m.group() for m in _MIXED_RUN.finditer(text) if _fold_run(m.group()) != m.group()]


def lookalikes_said(text: str) -> str:
    """What to tell of ``text``'s words that mix the scripts (``lookalike_words``): "212
    words with Latin letters that look like Cyrillic ones" (or Cyrillic ones in Latin
    words, when most are so), or "" when none does."""
    words = lookalike_words(text)
    if not words:
        return ""
    into_cyrillic = sum(1 for w in words if _fold_run(w) == to_cyrillic(w))
    hidden, among = (
        ("Latin", "Cyrillic") if 2 * into_cyrillic >= len(words) else ("Cyrillic", "Latin")
    )
    what = "word" if len(words) == 1 else "words"
    return f"{len(words):,} {what} with {hidden} letters that look like {among} ones"


def swapped_letters(old: str, new: str) -> str:
    """ "Latin o, e for Cyrillic о, е" when ``new`` is ``old`` with letters swapped for
    their look-alikes of the other script (an edit that showed the same word on both
    sides: "подстанцию → пoдстанцию"), else ""."""
    if old == new or len(old) != len(new):
        return ""
    swaps = dict.fromkeys((a, b) for a, b in zip(old, new, strict=True) if a != b)
    if not all((a, b) in _PAIRS_BOTH_WAYS for a, b in swaps):
        return ""
    into_latin = [b.isascii() for _, b in swaps]
    if any(into_latin) and not all(into_latin):
        return "letters swapped for look-alikes of the other script"
    hidden, shown = ("Latin", "Cyrillic") if into_latin[0] else ("Cyrillic", "Latin")
    news, olds = (", ".join(dict.fromkeys(pair[k] for pair in swaps)) for k in (1, 0))
    return f"{hidden} {news} for {shown} {olds}"
