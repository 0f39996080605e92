"""Simplified and traditional Chinese characters as one character.

A Taiwan or Hong Kong paper reprints Xinhua's simplified text in traditional characters
(发 as 發, 县 as 縣): each character differed, and a verbatim reprint was "same news in other
words", 116 words changed, a story of its own (found by a CJK news monitor). Each
traditional character is folded to its simplified form, from OpenCC's table of characters
(``TSCharacters.txt``, shipped by the ``opencc-python-reimplemented`` package, whose code
is not used). Characters only: a word written otherwise in Taiwan (公尺 for 米) stays a change.
Only between a text in traditional characters and one in simplified ones (``scripts_differ``).
"""

from __future__ import annotations

import functools
import re
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


@functools.cache
def _simplified_only() -> frozenset[str]:
    """The simplified forms that are no traditional character themselves (发, 县)."""
    table = han_table()
    return frozenset(table.values()) - frozenset(map(chr, table))


_KANA = re.compile("[\u3041-\u30fa\u30fc-\u30ff\uff66-\uff9d]")


def script_of(text: str) -> str:
    """ "traditional" or "simplified" when ``text``'s Han characters are mostly of one
    (counted by the forms only one has), "" when neither, or when the text is Japanese
    (its kana tell): 机 and 機 are two words in Japanese, not two forms of one."""
    if not has_han(text) or _KANA.search(text):
        return ""
    table, simplified = han_table(), _simplified_only()
    traditional = sum(map(table.__contains__, map(ord, text)))  # (one C loop each)
    plain = sum(map(simplified.__contains__, text))
    if traditional == plain:
        return ""
    return "traditional" if traditional > plain else "simplified"


def scripts_differ(left: str, right: str) -> bool:
    """Whether one text is written in traditional Chinese characters and the other in
    simplified ones: only then are a character's two forms one (``fold_han``). Between two
    texts of one script, 髮 → 發 or 後 → 后 is an edit (both were folded to 发 and 后, the
    change hidden; found by a re-check)."""
    return {script_of(left), script_of(right)} == {"traditional", "simplified"}


def has_han(text: str) -> bool:
    """Whether ``text`` may hold a Han character (quick: by its largest code point)."""
    return max(text, default="") >= _FIRST_HAN


def fold_han(text: str) -> str:
    """``text`` with its traditional Chinese characters in their simplified forms."""
    return text.translate(han_table()) if has_han(text) else text
