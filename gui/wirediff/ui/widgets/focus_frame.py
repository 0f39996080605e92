"""A frame in the highlight colour around a list while it has the keyboard focus, and a
ring inside a button that has it.

Qt's own cue on a list with the focus is a faint dotted box around its current row, which
many styles draw in grey or not at all: a keyboard user tabbing through the window could
not see that the document list or the change list had the focus. The diff panes draw the
same frame themselves (``DiffPane._paint_focus``).

A dialog's buttons and lists get theirs as the focus reaches them (``install_focus_cues``):
Fusion edges a focused button as it edges the default one, so a focused Close looked like
an unfocused one, and an empty table with the focus showed nothing at all — Tab and Space
acted on what could not be seen (a keyboard-only, 200% walkthrough: the cheat sheet, Flags &
notes, Story corrections). A text field (the list's filter) gets a frame along its edge as
thick as the lists': its 1-pixel edge and the caret were its only cue.

A button that draws its focus itself (a style sheet of its own with ``:focus``, or the
``OWN_FOCUS_CUE`` property set) gets no ring, nor does one too short for a ring clear of
its text: the pin's chip, as tall as a line, had the ring run through its label, cutting
every descender ("storv", "qveonqqi"), inside its own focus edge (a review).
"""

from __future__ import annotations

import re

import shiboken6
from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QMoveEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QDialog,
    QLineEdit,
    QRadioButton,
    QTabBar,
    QWidget,
)

from wirediff.ui.common.theme import FOCUS_FRAME, focus_colour

RING_INSET = 3  # pixels between a button's edge and its focus ring (the default's edge)
OWN_FOCUS_CUE = "own_focus_cue"  # a button's property: it shows its focus itself, no ring


def draws_own_focus(button: QWidget) -> bool:
    """Whether ``button`` shows its focus itself: it says so (``OWN_FOCUS_CUE``), or its
    own style sheet styles ``:focus``."""
    return bool(button.property(OWN_FOCUS_CUE)) or ":focus" in button.styleSheet()


def ring_clears_text(button: QWidget, height: int) -> bool:
    """Whether a ring inside a ``height`` tall ``button`` leaves its label's ink (its
    line centred, as the styles centre it) or its icon whole between the ring's lines."""
    if isinstance(button, QTabBar):
        text = button.tabText(button.currentIndex())
    else:
        text = button.text() if isinstance(button, QAbstractButton) else ""
    inside = RING_INSET + FOCUS_FRAME  # (the first row clear of the ring, from either edge)
    if not text:
        size = button.iconSize().height() if isinstance(button, QAbstractButton) else 0
        return height - 2 * inside >= size
    metrics = button.fontMetrics()
    ink = metrics.tightBoundingRect(re.sub("&(.?)", r"\1", text))
    baseline = (height - metrics.height()) // 2 + metrics.ascent()
    return baseline + ink.top() >= inside and baseline + ink.bottom() < height - inside


def paint_focus_frame(widget: QWidget, palette: QPalette) -> None:
    """Draw the frame along ``widget``'s edges (call from its paint event), in the
    highlight colour or one that stands 3:1 from the text's background (``focus_colour``)."""
    painter = QPainter(widget)
    painter.setPen(QPen(focus_colour(palette), FOCUS_FRAME))
    inset = FOCUS_FRAME / 2
    painter.drawRect(QRectF(widget.rect()).adjusted(inset, inset, -inset, -inset))
    painter.end()


class FocusFrame(QWidget):
    """An overlay on ``area``'s viewport, shown while ``area`` has the focus: it lets mouse
    clicks through and is drawn over the rows, so the view's own painting is untouched.

    It is put back on the viewport's rect whenever it is moved: an item view scrolls by
    ``viewport()->scroll(dx, dy)``, which moves the viewport's children with the rows, and
    the frame slid off with them (End, PgDown, a scroll to a moved document: its bottom edge
    across the middle of the list, or no frame at all — a keyboard-only walkthrough)."""

    def __init__(self, area: QAbstractScrollArea, follow: bool = True) -> None:
        """``follow``: the frame follows the focus itself (else ``install_focus_cues``'s
        one listener tells it)."""
        super().__init__(area.viewport())
        self.area = area
        self.setObjectName(f"{area.objectName()}_focus_frame")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        area.viewport().installEventFilter(self)  # its resizes: the frame follows
        app = QApplication.instance()
        if follow and isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not shiboken6.isValid(self.area):  # the focus left a list being destroyed
            return
        shown = self.area.hasFocus()
        if shown and not self.isVisible():
            self.setGeometry(self.area.viewport().rect())
            self.raise_()
        self.setVisible(shown)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.area.viewport():
            self.setGeometry(self.area.viewport().rect())
        return False

    def moveEvent(self, event: QMoveEvent) -> None:
        super().moveEvent(event)
        if event.pos() != QPoint(0, 0):  # (scrolled with the rows: back on the edge)
            self.setGeometry(self.area.viewport().rect())

    def paintEvent(self, _event: QPaintEvent) -> None:
        paint_focus_frame(self, self.area.palette())


class FocusRing(QWidget):
    """A ring drawn inside ``button``'s edge while it has the focus, FOCUS_FRAME thick and
    RING_INSET clear of the edge: apart from the thin edge the style gives the default
    button, in a colour that stands 3:1 from the button's face. On a tab bar, round its
    current tab (the tab's faint tint was the only cue, 1.1:1)."""

    def __init__(
        self,
        button: QWidget,
        inset: int = RING_INSET,
        ground: QPalette.ColorRole = QPalette.ColorRole.Button,
    ) -> None:
        """``inset``, ``ground``: a text field's is drawn along its edge, 3:1 from its
        base (``install_focus_cues``)."""
        super().__init__(button)
        self.button, self.inset, self.ground = button, inset, ground
        self.setObjectName("focus_ring")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        button.installEventFilter(self)  # (its resizes)
        if isinstance(button, QTabBar):
            button.currentChanged.connect(self._place)

    def _place(self, _tab: int = 0) -> None:
        button = self.button
        if not shiboken6.isValid(button):
            return
        rect = button.tabRect(button.currentIndex()) if isinstance(button, QTabBar) else None
        self.setGeometry(rect if rect is not None and rect.isValid() else button.rect())
        # (a button made shorter than a ring clear of its text: none, rather than a strike)
        self.setVisible(button.hasFocus() and ring_clears_text(button, self.height()))

    def _focus_changed(self, _old: QWidget | None, _new: QWidget | None) -> None:
        if not shiboken6.isValid(self.button):
            return
        if self.button.hasFocus():
            self._place()
            self.raise_()
        else:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and watched is self.button:
            self._place()
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = focus_colour(self.button.palette(), self.ground)
        painter.setPen(QPen(colour, FOCUS_FRAME))
        inset = self.inset + FOCUS_FRAME / 2
        rect = QRectF(self.rect()).adjusted(inset, inset, -inset, -inset)
        painter.drawRoundedRect(rect, 2, 2)
        painter.end()


class _FocusCues(QObject):
    """Gives each button, and each list in a dialog, its cue when the focus first reaches
    it (the main window's lists are given theirs as they are built), and shows and hides
    the cues it made as the focus moves: one listener for them all (a cue of its own
    listening, made while the focus moved, was called after its button was gone)."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.made: list[FocusRing | FocusFrame] = []

    def focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        self.made = [cue for cue in self.made if shiboken6.isValid(cue)]
        if new is not None and shiboken6.isValid(new):
            self._give(new)
        for cue in self.made:
            cue._focus_changed(old, new)

    def _give(self, new: QWidget) -> None:
        if isinstance(new, QAbstractButton) and not isinstance(new, QCheckBox | QRadioButton):
            # (a check box's own cue is a box round its words: no ring through its text)
            if draws_own_focus(new):
                return
            if not new.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly):
                self.made.append(FocusRing(new))
        elif isinstance(new, QLineEdit):  # (a filter's 1-pixel edge and its caret alone)
            if not new.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly):
                self.made.append(FocusRing(new, 0, QPalette.ColorRole.Base))
        elif isinstance(new, QTabBar):  # (its tab's tint with the focus: 1.1:1 in light)
            if not new.findChild(FocusRing, options=Qt.FindChildOption.FindDirectChildrenOnly):
                self.made.append(FocusRing(new))
        elif isinstance(new, QAbstractItemView) and isinstance(new.window(), QDialog):
            viewport = new.viewport()
            if not viewport.findChild(
                FocusFrame, options=Qt.FindChildOption.FindDirectChildrenOnly
            ):
                self.made.append(FocusFrame(new, follow=False))


_CUES: list[_FocusCues] = []  # the application's one


def install_focus_cues() -> None:
    """Have every button and every dialog's list show the keyboard focus (once an
    application; the cues are made as the focus first reaches each)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if _CUES and shiboken6.isValid(_CUES[0]):
        return
    _CUES.clear()
    cues = _FocusCues(app)
    app.focusChanged.connect(cues.focus_changed)
    _CUES.append(cues)
    focused = app.focusWidget()
    if focused is not None:
        cues.focus_changed(None, focused)
