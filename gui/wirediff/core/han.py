"""Simplified and traditional Chinese characters as one character.

A Taiwan or Hong Kong paper reprints Xinhua's simplified text in traditional characters
(发 as 發, 县 as 縣): each character differed, and a verbatim reprint was "same news in other
words", 116 words changed, a story of its own (found by a CJK news monitor). Each
traditional character is folded to its simplified form, from OpenCC's table of characters
(``TSCharacters.txt``, shipped by the ``opencc-python-reimplemented`` package, whose code
is not used). Characters only: a word written otherwise in Taiwan (公尺 for 米) stays a change.
"""

from __future__ import annotations

import functools
from pathlib import Path

# The first character of the CJK blocks: text below it holds no Han character.
_FIRST_HAN = "\u3400"


@functools.cache
def han_table() -> dict[int, str]:
    """Traditional character -> its simplified form (the table's first, where it gives
    several); empty when the table cannot be read (then nothing is folded)."""
    try:
        import opencc  # type: ignore[import-untyped]  # (its data only; PyInstaller sees it)
    except ImportError:
        return {}
    path = Path(opencc.__file__).parent / "dictionary" / "TSCharacters.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return {}
    table: dict[int, str] = {}
    for line in lines:
        traditional, _, simplified = line.partition("\t")
        forms = simplified.split()
        if len(traditional) == 1 and forms and len(forms[0]) == 1 and forms[0] != traditional:
            table[ord(traditional)] = forms[0]
    return table


def has_han(text: str) -> bool:
    """Whether ``text`` may hold a Han character (quick: by its largest code point)."""
    return max(text, default="") >= _FIRST_HAN


def fold_han(text: str) -> str:
    """``text`` with its traditional Chinese characters in their simplified forms."""
    return text.translate(han_table()) if has_han(text) else text
