"""A scroll area as tall as what it holds, when there is room: a column of labels above a
list keeps its full height in a tall window and scrolls in a short one, instead of setting
the window's least height."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QScrollArea,
    QSizePolicy,
    QWidget,
)


class FittedScroll(QScrollArea):
    """Holds ``content`` at its width; asks for its height (no more), follows it as it
    changes (a panel shown or hidden inside), and scrolls when given less."""

    def __init__(self, content: QWidget, parent: QWidget | None = None, share: float = 1.0) -> None:
        """``share``: the most of its parent's height it asks for (the list under it
        keeps the rest: at 200% the changes panel's figures left its list 2 rows)."""
        super().__init__(parent)
        self.share = share
        self._watching = False
        self.setWidget(content)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        # No Tab stop: it showed nothing when it had the keyboard (Down, Space did nothing),
        # and what it holds is read by the wheel and the scroll bar; a list inside keeps its
        # own stop.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)

    def follow_current(self, view: QAbstractItemView) -> None:
        """Keep ``view``'s current row in sight as the keyboard moves it (a list as tall as
        its rows scrolls nothing itself: Down moved the story's version out of sight)."""

        def shown(current: QModelIndex, _previous: QModelIndex) -> None:
            content = self.widget()
            if content is None or not current.isValid():
                return
            rect = view.visualRect(current)
            top = view.viewport().mapTo(content, rect.topLeft())
            self.ensureVisible(top.x(), top.y() + rect.height() // 2, 0, rect.height())

        selection = view.selectionModel()
        if selection is not None:
            selection.currentChanged.connect(shown)

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A widget inside that takes the keyboard is scrolled into sight: Shift+Tab went to
        the story panel's list below the figures, out of sight, and Down moved nothing seen
        (a keyboard-only tester at 200%)."""
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new, 0, 0)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return QSize(0, 0)
        hint = content.sizeHint()
        height = hint.height()
        width = self.viewport().width()
        if content.hasHeightForWidth() and width > 0:  # wrapped labels: as tall as the
            height = content.heightForWidth(width)  # width they have makes them
        frame = 2 * self.frameWidth()
        outer = self.parentWidget()
        if self.share < 1.0 and outer is not None and outer.height() > 0:
            height = min(height, int(outer.height() * self.share) - frame)
        return QSize(hint.width() + frame, height + frame)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # (narrower, its labels wrap onto more lines)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        outer = self.parentWidget()
        if self.share < 1.0 and outer is not None and not self._watching:
            self._watching = True
            outer.installEventFilter(self)  # (its share follows the parent's height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # (the layout above asks this area's height again)
        elif watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return super().eventFilter(watched, event)
