"""Find in the comparison: the find box above the panes, the search in them, and the count
of matches ("3 of 12") shown at the box's right end.

The search is in a pane's text as a reader sees it (``PaneText``): a match may span the
break marks of a long run and the blocks of a long row, which Qt's own find would not, and
the text typed finds what looks the same on screen however the file encodes it (``_pattern``).
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from collections import deque
from itertools import islice

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QResizeEvent, QTextCursor
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from wirediff.core.tokens import TYPOGRAPHY
from wirediff.ui.diff.blocks import PaneText
from wirediff.ui.diff.pane import DiffPane

MAX_COUNTED = 2000  # matches counted at most (a common word in a long text: "2000+")
COUNT_MS = 150  # the count follows the typing after this pause


class FindBar(QLineEdit):
    """The text to find, and how many matches there are; hidden until Ctrl+F.

    A search starts in the pane with the focus (the left one when neither has it): while
    the text is typed, the count is of its matches (after a short pause); after a step, of
    the pane the match is in.
    """

    def __init__(self, left: DiffPane, right: DiffPane, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._panes = (left, right)
        self._matches = MatchCount()
        self._count_soon = QTimer(self, singleShot=True, interval=COUNT_MS)
        self._count_soon.timeout.connect(
            lambda: self.set_count(self._matches.text(self.text(), self._searched()[0]))
        )
        self.textChanged.connect(lambda _text: self._count_soon.start())
        self.setObjectName("find_box")
        self.setPlaceholderText(
            "Find in comparison (Enter or F3: next match, Shift+Enter or Shift+F3: previous, "
            "Esc: close)"
        )
        self.count = QLabel("", self)
        self.count.setObjectName("find_count")
        self.count.setTextFormat(Qt.TextFormat.PlainText)
        self.count.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.count.setForegroundRole(self.foregroundRole())
        self.hide()

    def set_count(self, text: str) -> None:
        """Show ``text`` ("3 of 12") inside the box, at its right end; it is the box's
        accessible description too (a screen reader never reaches the label drawing it)."""
        self.count.setText(text)
        self.setAccessibleDescription(text)
        self.count.adjustSize()
        self.setTextMargins(0, 0, self.count.width() + 8 if text else 0, 0)
        self._place_count()

    def _searched(self) -> tuple[DiffPane, DiffPane | None]:
        """The pane a search starts in, and the one it goes on to (the right pane only
        follows the left one)."""
        left, right = self._panes
        return (right, None) if right.hasFocus() else (left, right)

    def open(self) -> None:
        """Ctrl+F: show the box with its text selected, ready to type over."""
        self.show()
        self.setFocus()
        self.selectAll()

    def find_match(self, backward: bool) -> str | None:
        """F3 / Shift+F3 (Enter / Shift+Enter in the box): the match after (before) the cursor
        of the pane last used, wrapping around; with no text, open the box. What to tell
        the user, if anything."""
        if not self.text():
            self.open()
            return None
        return self.step(*self._searched(), backward)

    def step(self, pane: DiffPane, other: DiffPane | None, backward: bool) -> str:
        """Select the next (or previous) match in ``pane``, else in ``other`` (see
        ``find_step``), and count where it is; what to tell the user."""
        message = find_step(self.text(), pane, other, backward)
        self._count_soon.stop()
        found = pane if pane.textCursor().hasSelection() or other is None else other
        self.set_count(self._matches.text(self.text(), found))
        return message

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_count()

    def _place_count(self) -> None:
        x = self.width() - self.count.width() - 6
        self.count.move(x, (self.height() - self.count.height()) // 2)


# Characters that do not show (soft hyphen, zero-width space, joiners, word joiner, BOM):
# a match may hold them anywhere, as a reader does not see them.
_INVISIBLE = "[\u00ad\u200b-\u200d\u2060\ufeff]*"


@functools.cache
def _variants() -> dict[str, frozenset[str]]:
    """Each quote or dash with the ones the comparison takes for it ('’' and "'")."""
    groups: dict[str, set[str]] = {}
    for code, folded in TYPOGRAPHY.items():
        if isinstance(folded, str) and len(folded) == 1 and not folded.isspace():
            groups.setdefault(folded, {folded}).add(chr(code))
    return {char: frozenset(group) for group in groups.values() for char in group}


def _char(char: str) -> str:
    """The pattern of one character of the find text: any of its typographic variants, each
    composed or decomposed (the file may hold "é" as e + U+0301)."""
    forms = {
        form
        for variant in _variants().get(char, (char,))
        for form in (variant, unicodedata.normalize("NFD", variant))
    }
    if len(forms) == 1:
        return re.escape(char)
    return "(?:" + "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True)) + ")"


@functools.lru_cache(maxsize=64)  # each text typed is one (the count and each step ask)
def _pattern(text: str) -> re.Pattern[str]:
    """What the find text matches, as the comparison sees text: any case (as Qt's find),
    accents composed or not, white space of any kind (a no-break space too) for a space,
    quotes and dashes for their variants, characters that do not show skipped."""
    parts: list[str] = []
    for char in unicodedata.normalize("NFC", text):
        if char.isspace():
            if parts[-1:] != [r"\s+"]:
                parts.append(r"\s+")
        elif unicodedata.category(char) != "Cf":  # typed or pasted, it does not show either
            parts.append(_char(char))
    return re.compile(_INVISIBLE.join(parts) or re.escape(text), re.IGNORECASE)


def _shown(pane: DiffPane) -> PaneText | None:
    return pane.plan.text() if pane.plan is not None else None


def matches(pane: DiffPane, text: str) -> list[tuple[int, int]]:
    """Where ``text`` is in ``pane`` (document positions), at most ``MAX_COUNTED`` + 1."""
    shown = _shown(pane)
    if shown is None or not text:
        return []
    found = islice(_pattern(text).finditer(shown.text), MAX_COUNTED + 1)
    return [shown.span(m.start(), m.end()) for m in found]


class MatchCount:
    """Counts the matches of the find text in a pane, once per text and pane text
    (stepping from match to match only looks up where it is)."""

    def __init__(self) -> None:
        self._counted: tuple[str, PaneText | None, list[tuple[int, int]]] = ("", None, [])

    def text(self, text: str, pane: DiffPane) -> str:
        """ "3 of 12" for the match selected in ``pane`` ("12 matches" when none is
        selected, "no match" when there is none, "" without a text)."""
        if not text:
            return ""
        if self._counted[:2] != (text, _shown(pane)):
            self._counted = (text, _shown(pane), matches(pane, text))
        return count_text(pane, self._counted[2])


def count_text(pane: DiffPane, spans: list[tuple[int, int]]) -> str:
    """ "3 of 12" for the match selected in ``pane``, given where they all are."""
    total = f"{MAX_COUNTED}+" if len(spans) > MAX_COUNTED else str(len(spans))
    if not spans:
        return "no match"
    cursor = pane.textCursor()
    selected = cursor.selectionStart(), cursor.selectionEnd()
    at = bisect.bisect_left(spans, selected)
    if cursor.hasSelection() and at < len(spans) and spans[at] == selected:
        return f"{at + 1} of {total}"
    return f"{total} match{'es' * (len(spans) != 1)}"


def select_next(pane: DiffPane, text: str, backward: bool) -> bool:
    """Select the match of ``text`` after (or before) the cursor of ``pane`` and bring it on
    screen, as ``QTextEdit.find`` does; whether there was one."""
    shown = _shown(pane)
    if shown is None:
        return False
    cursor = pane.textCursor()
    if backward:  # the last match ending at or before the selection
        before = deque(
            _pattern(text).finditer(shown.text, 0, shown.index(cursor.selectionStart())), maxlen=1
        )
        found = before[0] if before else None
    else:
        found = _pattern(text).search(shown.text, shown.index(cursor.selectionEnd()))
    if found is None:
        return False
    start, end = shown.span(found.start(), found.end())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    pane.setTextCursor(cursor)
    pane.ensureCursorVisible()
    return True


def find_step(text: str, pane: DiffPane, other: DiffPane | None, backward: bool) -> str:
    """Select the next (or previous) match of ``text`` in ``pane`` from its cursor, wrapping
    around, else in ``other``; what to tell the user ("" when found right away)."""
    if select_next(pane, text, backward):
        return ""
    cursor = pane.textCursor()
    cursor.movePosition(
        QTextCursor.MoveOperation.End if backward else QTextCursor.MoveOperation.Start
    )
    pane.setTextCursor(cursor)
    if select_next(pane, text, backward):
        return "Search wrapped to the " + ("bottom" if backward else "top")
    found_other = other is not None and other.isVisible() and select_next(other, text, backward)
    return "" if found_other else f"Not found: {text}"
