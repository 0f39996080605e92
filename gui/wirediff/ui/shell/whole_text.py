"""Ctrl+F1: the whole text of what the keyboard is on, which a narrow cell or the status line
cuts and only a tooltip (the mouse's) holds.

At 200% scale almost every cell of the window is cut ("US set to formalize re…"), the list's
outlet, date and file columns give way, and the status line's explanations end in "…": a
keyboard-only user could read none of it. In a list or a table, the current row's cells,
each named by its column, shown or not, and the current cell's tooltip; elsewhere, the
status line's whole message.

The text is shown in a popup of its own, not Qt's tooltip: a tooltip closes when the mouse
leaves the widget it belongs to or rests on another, and opened under a pointer left where it
was (at 200% the popup covers half the list, so almost always), it was gone within a second
and a half, before a magnifier could pan to it (a keyboard-only, 200% walkthrough). This one
stays until a key is pressed or the mouse clicked (a modifier alone, Shift, Ctrl, AltGr or
Super, is no key here), the app loses the focus or its window is minimised or hidden; Esc only
closes it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QPaintEvent,
    QPalette,
    QTextDocumentFragment,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QStyle,
    QStyleOptionFrame,
    QStylePainter,
    QWidget,
)

from wirediff.ui.common.text import one_line_isolating, plain_tooltip

LINES_MAX = 24  # lines of a row told at most
LINE_MAX = 2_000  # characters of a line (a title's 200, a note's more)
# Keys that close nothing: the modifiers held with F1, and the locks (Qt's tooltip's own rule),
# and the modifiers outside that range: a desktop magnifier's shortcuts start with Super
# (GNOME's Super+Alt+8), and AltGr or Super closed the text the magnifier was to zoom on (a
# review).
MODIFIER_KEYS = frozenset(
    [
        *range(Qt.Key.Key_Shift.value, Qt.Key.Key_ScrollLock.value + 1),
        *(
            key.value
            for key in (
                Qt.Key.Key_AltGr,
                Qt.Key.Key_Super_L,
                Qt.Key.Key_Super_R,
                Qt.Key.Key_Hyper_L,
                Qt.Key.Key_Hyper_R,
                Qt.Key.Key_Mode_switch,
            )
        ),
    ]
)


def row_text(view: QAbstractItemView, index: QModelIndex) -> str:
    """The cells of ``index``'s row, "Column: text" each (a cell with no header alone),
    then the current cell's tooltip when it says more."""
    model = view.model()
    if model is None or not index.isValid():
        return ""
    header = getattr(view, "header", None) or getattr(view, "horizontalHeader", None)
    named = header is None or not header().isHidden()  # (a hidden header's "1" names nothing)
    lines: list[str] = []
    for column in range(model.columnCount(index.parent())):
        cell = index.siblingAtColumn(column)
        text = str(cell.data(Qt.ItemDataRole.DisplayRole) or "").strip()
        if not text:
            continue
        name = str(model.headerData(column, Qt.Orientation.Horizontal) or "").strip()
        name = name if named else ""
        # (a cell of two lines, the story panel's, apart by a line separator: two lines)
        first, *more = text.replace("\u2028", "\n").split("\n")
        lines += [f"{name}: {first}" if name else first, *more]
    tip = _plain(str(index.data(Qt.ItemDataRole.ToolTipRole) or "")).strip()
    if tip and all(tip not in line for line in lines):
        lines += ["", *tip.split("\n")]  # (each line its own: not a "␊" in one)
    # (the cells' isolation marks kept, not shown as "<FSI>": the tooltip keeps them)
    return "\n".join(one_line_isolating(line, LINE_MAX) for line in lines[:LINES_MAX])


def _plain(tip: str) -> str:
    """A tooltip as its words: the cells' are escaped rich text (``plain_tooltip``), which
    Ctrl+F1 showed as such, tags and all (a review)."""
    if not tip.lstrip().startswith("<"):  # (``plain_tooltip``'s are a "<p …>" paragraph)
        return tip
    return QTextDocumentFragment.fromHtml(tip).toPlainText().replace("\u2028", "\n")


def show_whole_text(focus: QWidget | None, status: QLabel) -> str:
    """Show, as a tooltip, the whole text of the current row of ``focus`` (a list or a
    table), else of the ``status`` line; returns what it showed ("" if nothing)."""
    if isinstance(focus, QAbstractItemView):
        index = focus.currentIndex()
        text = row_text(focus, index)
        if text:
            rect = focus.visualRect(index)
            at = focus.viewport().mapToGlobal(rect.bottomLeft())
            _show(at, text, focus)
            return text
    text = status.text()
    if text:
        _show(status.mapToGlobal(QPoint(0, -status.height())), text, status)
    return text


def _show(at: QPoint, text: str, owner: QWidget) -> None:
    """``text`` as written (a title "<b>…" is no markup) in the popup, its top left at
    ``at``, moved as little as it takes to be whole on the screen."""
    close_whole_text()
    popup = WholeText(owner.window(), plain_tooltip(text, isolating=True))
    popup.place(at)
    popup.show()
    popup.raise_()


def shown_whole_text() -> str:
    """The text the popup shows (rich text, as given to it), "" while none is up."""
    popup = WholeText.shown
    if popup is None or not shiboken6.isValid(popup) or not popup.isVisible():
        return ""
    return popup.text()


def close_whole_text() -> None:
    """Close the popup, if one is up."""
    popup, WholeText.shown = WholeText.shown, None
    if popup is not None and shiboken6.isValid(popup):
        popup.close()


class WholeText(QLabel):
    """A tooltip-looking window that takes no focus and closes on a key or a click only:
    the pointer resting on it, leaving it or moving does nothing."""

    shown: WholeText | None = None

    def __init__(self, window: QWidget, rich: str) -> None:
        # (a child of the window: it goes with it; a tooltip window: no focus, no frame)
        super().__init__(rich, window, Qt.WindowType.ToolTip)
        self.setObjectName("whole_text")
        self.setAccessibleName("Whole text")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setForegroundRole(QPalette.ColorRole.ToolTipText)
        self.setBackgroundRole(QPalette.ColorRole.ToolTipBase)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setWordWrap(True)
        self.setMargin(1 + self.style().pixelMetric(QStyle.PixelMetric.PM_ToolTipLabelFrameWidth))
        self.setIndent(1)
        WholeText.shown = self
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def place(self, at: QPoint) -> None:
        """Size the popup to its text within the screen of ``at``, and put it at ``at``
        or, where it would run off the screen, as near as it is whole."""
        screen = QGuiApplication.screenAt(at) or self.screen()
        room = screen.availableGeometry()
        self.setMaximumSize(room.size())
        size = self.sizeHint().boundedTo(room.size())
        self.resize(size)
        x = max(room.left(), min(at.x(), room.right() + 1 - size.width()))
        y = max(room.top(), min(at.y(), room.bottom() + 1 - size.height()))
        self.move(x, y)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            assert isinstance(event, QKeyEvent)
            if event.key() in MODIFIER_KEYS:
                return False
            if event.key() != Qt.Key.Key_Escape:
                close_whole_text()  # (and the key does what it does: Down moves on)
                return False
            # Esc closes it only (it took the story view back to the pair too): its
            # shortcuts are overridden, and its key press, which follows, is kept.
            event.accept()
            if kind == QEvent.Type.KeyPress:
                close_whole_text()
            return True
        clicked_or_left = kind in (
            QEvent.Type.MouseButtonPress,
            QEvent.Type.NonClientAreaMouseButtonPress,
            QEvent.Type.ApplicationDeactivate,
        )
        # (a tooltip window of its own: it stayed up over its minimised window: a review)
        window = self.parentWidget()
        window_gone = watched is window and (
            kind == QEvent.Type.Hide
            or (kind == QEvent.Type.WindowStateChange and window.isMinimized())
        )
        if clicked_or_left or window_gone:
            close_whole_text()
        return False

    def closeEvent(self, event: QCloseEvent) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        if WholeText.shown is self:
            WholeText.shown = None
        super().closeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionFrame()
        option.initFrom(self)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_PanelTipLabel, option)
        painter.end()
        super().paintEvent(event)
