"""The one place where engine offsets (code points) become Qt positions, and text becomes
what the panes show.

Python indexes a string by code point; Qt by UTF-16 code unit, where every character outside
the Basic Multilingual Plane (most emoji) takes two units. Converting anywhere else would
misplace every highlight after the first emoji.

What a pane shows also differs from the text in two ways that keep the layout bounded and
the text honest (issue 15), and, in a hard-wrapped text, in a third that reads it as
paragraphs (its line breaks inside a paragraph shown as spaces: ``segments.reflowed``):

* a run of more than ``BREAK_EVERY`` characters with no break opportunity (a megabyte-long
  "word" of a hostile file, a long URL) gets a zero-width space every ``BREAK_EVERY``
  characters (``textsafe.break_points``): Qt's line breaking is quadratic in such a run
  (140 s for 1 MB) and linear with them;
* control characters and bidi controls are shown as one visible character each
  (``textsafe.mask_controls``: ␛, and U+FFFD for U+202E), same length, so that an override
  cannot reorder what the pane shows and no offset moves.

An inserted space counts like the second unit of an emoji: one more Qt position, before
the character at its break point (``textsafe.view_offset``).
"""

from __future__ import annotations

import bisect
import re

from wirediff.core.segments import reflowed
from wirediff.core.textsafe import break_points, mask_controls, view_offset, with_breaks
from wirediff.ui.common.text import BREAK, BREAK_EVERY, GLUE

__all__ = ["BREAK", "BREAK_EVERY", "Utf16Offsets"]

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
# White space after which a pane may start a new block of a long row: any but the glue and
# line breaks (a block ending in a line break would show an empty line).
_SPACE = re.compile("[^\\S\n\u2028\u2029\xa0\u2007\u202f]")


class Utf16Offsets:
    """Converts offsets of one text between code points and the positions of a pane
    showing it (UTF-16 units, plus the break opportunities inserted), both ways."""

    __slots__ = ("_breaks", "_extra", "_extra_qt", "_masked", "text")

    def __init__(self, text: str, every: int = BREAK_EVERY, reflow: bool = False) -> None:
        """``reflow``: a hard-wrapped text's paragraphs shown as paragraphs, their line
        breaks as spaces (``segments.reflowed``: same length, so no offset moves; copy
        gives the file's own text, ``text``)."""
        self.text = text
        shown = reflowed(text) if reflow else text
        self._masked = mask_controls(shown)  # same length: sliced for every piece shown
        # Runs are looked for in the text as shown: a masked control is no space any more.
        self._breaks = break_points(GLUE.sub("x", self._masked), every)
        astral = [m.start() for m in _ASTRAL.finditer(text)]
        # Each extra unit, as the code point it comes before: an emoji's second unit comes
        # before the character after the emoji, a break before the character at its point.
        self._extra = sorted([a + 1 for a in astral] + self._breaks)
        # Each extra unit's position in the pane, plus one: a position at or past it maps
        # back one code point less.
        self._extra_qt = sorted(
            [self.to_qt(a) + 1 for a in astral] + [self.to_qt(p) for p in self._breaks]
        )

    def to_qt(self, cp: int) -> int:
        """The pane position of code-point offset ``cp``."""
        return view_offset(self._extra, cp)

    def to_cp(self, qt: int) -> int:
        """The code-point offset of pane position ``qt`` (the middle of a surrogate pair
        rounds down; either side of an inserted break maps to the character after it)."""
        return qt - bisect.bisect_right(self._extra_qt, qt)

    def qt_length(self, start: int, end: int) -> int:
        """How many pane positions the code points ``[start, end)`` take."""
        return self.to_qt(end) - self.to_qt(start)

    def fit(self, start: int, room: int) -> int:
        """The last code point ``c`` from ``start`` with ``[start, c)`` at most ``room``
        pane positions long (a surrogate pair and the break before it are not cut)."""
        cut = self.to_cp(self.to_qt(start) + room)
        while cut > start and self.qt_length(start, cut) > room:
            cut -= 1
        return cut

    def breaks_in(self, start: int, end: int) -> list[int]:
        """The break points ``shown(start, end)`` puts a break before: those in ``(start, end]``."""
        lo = bisect.bisect_right(self._breaks, start)
        return self._breaks[lo : bisect.bisect_right(self._breaks, end)]

    def last_break(self, start: int, limit: int) -> int:
        """The last code point in ``(start, limit]`` a line may start at: a break point, or
        the character after a breaking space; ``start`` if there is none."""
        best = start
        points = self.breaks_in(start, limit)
        if points:
            best = points[-1]
        found = _SPACE.search(self._masked[best:limit][::-1])  # the last space after best
        return limit - found.start() if found is not None else best

    def shown(self, start: int, end: int) -> str:
        """The code points ``[start, end)`` as the pane shows them: controls masked, and a
        break before each break point in ``(start, end]`` (one at ``end`` ends the piece,
        as ``to_qt(end)`` counts it), so ``qt_length`` is the shown length in UTF-16."""
        piece = self._masked[start:end]
        points = self.breaks_in(start, end)
        if not points:
            return piece
        inner = [p - start for p in points if p < end]
        tail = BREAK if points[-1] == end else ""
        return with_breaks(piece, inner, BREAK) + tail
