"""The one place where engine offsets (code points) become Qt positions (UTF-16 units).

Python indexes a string by code point; Qt by UTF-16 code unit, where every character outside
the Basic Multilingual Plane (most emoji) takes two units. Converting anywhere else would
misplace every highlight after the first emoji.
"""

from __future__ import annotations

import bisect
import re

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Offsets:
    """Converts offsets of one text between code points and UTF-16 units, both ways."""

    __slots__ = ("_astral", "_astral_qt")

    def __init__(self, text: str) -> None:
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Where each astral character starts in UTF-16 units.
        self._astral_qt = [cp + k for k, cp in enumerate(self._astral)]

    def to_qt(self, cp: int) -> int:
        """The UTF-16 position of code-point offset ``cp``."""
        return cp + bisect.bisect_left(self._astral, cp)

    def to_cp(self, qt: int) -> int:
        """The code-point offset of UTF-16 position ``qt`` (the middle of a pair rounds down)."""
        return qt - bisect.bisect_left(self._astral_qt, qt)

    def qt_length(self, start: int, end: int) -> int:
        """How many UTF-16 units the code points ``[start, end)`` take."""
        return self.to_qt(end) - self.to_qt(start)
