"""A mark in the status bar when the texts on screen hold characters no font here draws:
those of the pair (or the document) shown, and the list's titles, outlets and file names.

Korean, Thai and Devanagari were empty boxes everywhere in the window of a machine without
fonts for them, and nothing said so (a PDF report did). The mark names the writings that
are not drawn, its tooltip how many characters and what to install.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel

from wirediff.export.pdf import script_of

# Never boxes: controls, format characters, spaces, marks, and lone surrogates (a file
# name's byte that is not UTF-8, shown as "\xce": it read "No font for private use").
NOT_DRAWN = "Cc Cf Zs Zl Zp Mn Me Cs".split()
SCRIPTS_SAID = 3  # writings the mark names; more: "and N more"
# Debian and Ubuntu packages that draw them (the .deb recommends them).
_NO_WRITING = frozenset({"punctuation", "combining marks", "other"})
PACKAGES = "fonts-noto-core (Thai, Devanagari and most scripts), fonts-noto-cjk (CJK, Hangul)"


class GlyphGaps:
    """The status bar's mark of the writings the texts on screen have no font for."""

    def __init__(self) -> None:
        self.label = QLabel("")
        self.label.setObjectName("glyph_gaps")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setContentsMargins(0, 0, 12, 0)  # (apart from the count after it)
        self.label.hide()
        self._drawn: dict[str, bool] = {}  # each character asked, with the font asked of
        self._font: QFont | None = None
        self._listed: set[str] = set()  # the characters of the list's rows

    def set_list(self, rows: Iterable[str]) -> None:
        """The list's rows' text (a Chinese pair on screen hid that its Thai rows were
        boxes): counted with the texts shown from now on."""
        self._listed = set().union(*(set(row) for row in rows))

    def show_for(self, texts: Iterable[str], font: QFont) -> None:
        """Mark the writings of ``texts`` that ``font`` and its fallbacks cannot draw (the
        mark hidden when there are none)."""
        if self._font is None or self._font != font:
            self._font, self._drawn = QFont(font), {}
        metrics = QFontMetrics(font)
        missing: dict[str, int] = {}
        for char in self._listed.union(*(set(text) for text in texts)):
            if char.isascii():
                continue
            drawn = self._drawn.get(char)
            if drawn is None:
                drawn = self._drawn[char] = _never_a_box(char) or metrics.inFontUcs4(ord(char))
            if not drawn:
                script = script_of(char)
                missing[script] = missing.get(script, 0) + 1
        writings = [s for s in missing if s not in _NO_WRITING]
        if not missing:
            self.label.hide()
            return
        # (a writing's own punctuation, the Devanagari danda, is counted, not named)
        scripts = sorted(writings or missing, key=lambda s: (-missing[s], s))
        more = len(scripts) - SCRIPTS_SAID
        named = ", ".join(scripts[:SCRIPTS_SAID]) + (f" and {more} more" if more > 0 else "")
        self.label.setText(f"⚠ No font for {named}")
        self.label.setToolTip(
            f"{sum(missing.values()):,} different characters of the texts shown and the list "
            f"({', '.join(scripts)}) are empty boxes: no font installed here has them. "
            f"Install a font for that writing (on Debian and Ubuntu: {PACKAGES}) and start "
            "wirediff again. The comparison is not affected: only the drawing."
        )
        self.label.show()

    def hide(self) -> None:
        self.label.hide()


def _never_a_box(char: str) -> bool:
    return unicodedata.category(char) in NOT_DRAWN
