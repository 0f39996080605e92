"""The keyboard cheat sheet (F1 or ?): rows from the action table and the keys widgets handle
themselves (``keymap.cheat_rows``) and a colour key of the highlights."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from wirediff.ui.common.theme import Theme, current_theme
from wirediff.ui.panels.screen import chars, fit, lines
from wirediff.ui.panels.views import ColumnShares, WrapInColumn, lettered, text_widths
from wirediff.ui.widgets.strong_rows import show_strongly

HEIGHT_LINES = 40  # the window's height, in lines of its font (at most the screen's)


def _legend(th: Theme) -> list[tuple[str, str, Cue]]:
    """Each kind, its colour and its colour-free cue, named too: the key drew "replaced"
    with a solid underline, as "inserted" (a font holds no dotted one), where the panes
    dot it — a colour-blind reader learnt the wrong cue (a low-vision walkthrough)."""
    return [
        ("deleted — struck through", th.delete_bg, Cue(strike=True)),
        ("inserted — underlined", th.insert_bg, Cue(underline=True)),
        ("replaced — dotted underline", th.replace_bg, Cue(dotted=True)),
        ("moved — italic", th.moved_bg, Cue(italic=True)),
    ]


class Cue:
    """The second, colour-free cue of a highlight kind."""

    def __init__(
        self,
        strike: bool = False,
        underline: bool = False,
        italic: bool = False,
        dotted: bool = False,
    ):
        self.strike, self.underline, self.italic = strike, underline, italic
        self.dotted = dotted  # (drawn by ``_Legend``: a font has no dotted underline)

    def font(self, base: QFont) -> QFont:
        font = QFont(base)
        font.setStrikeOut(self.strike)
        font.setUnderline(self.underline)
        font.setItalic(self.italic)
        return font


_DOTTED = Qt.ItemDataRole.UserRole + 1  # a key's example underlined with dots


class _Legend(WrapInColumn):
    """The rows' delegate, drawing a dotted line under an example marked ``_DOTTED``, and
    the current row, while the list has the focus, in the strong selection colour (a tint
    1.13:1 from the rows in the dark look, a faint box in the light: where the arrow keys
    and Ctrl+F1 were could not be seen — a keyboard-only, 200% walkthrough); an example
    keeps its own colours, the key it gives."""

    def initStyleOption(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        super().initStyleOption(option, index)
        view = self.view
        current = view.currentIndex()
        if (
            view.hasFocus()
            and current.isValid()
            and index.row() == current.row()
            and index.parent() == current.parent()
            and index.data(Qt.ItemDataRole.BackgroundRole) is None
        ):
            show_strongly(option)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        super().paint(painter, option, index)
        if not index.data(_DOTTED):
            return
        metrics = QFontMetrics(option.font)
        margin = self.view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
        left = option.rect.left() + margin
        width = min(metrics.horizontalAdvance(str(index.data())), option.rect.width() - 2 * margin)
        base = option.rect.center().y() + (metrics.ascent() - metrics.descent()) // 2 + 2
        painter.save()
        pen = QPen(index.data(Qt.ItemDataRole.ForegroundRole).color(), 1, Qt.PenStyle.DotLine)
        painter.setPen(pen)
        painter.drawLine(left, base, left + width, base)
        painter.restore()


class CheatSheet(QDialog):
    """A dialog listing every shortcut, grouped by menu."""

    def __init__(
        self, th: Theme, rows: Sequence[tuple[str, str, str]], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("cheat_sheet")
        self.setWindowTitle("Keyboard cheat sheet — wirediff")
        self.tree = QTreeWidget()
        self.tree.setObjectName("cheat_tree")
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(["Action", "Keys"])
        self.tree.setAccessibleName("Keyboard shortcuts")
        self.tree.setRootIsDecorated(False)
        # The list takes the focus (and has it when the sheet opens): the arrow keys, PgDn
        # and End move its current row and scroll it, a screen reader reads it row by row;
        # Esc still closes the sheet. Nothing is selected: the colour key keeps its colours.
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tree.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.tree.setAllColumnsShowFocus(True)  # (the current row repainted whole: ``_Legend``)
        self.tree.setWordWrap(True)  # long lists of keys wrap in their column
        self.tree.setItemDelegate(_Legend(self.tree))
        self._key: list[QTreeWidgetItem] = []  # the colour key's rows, recoloured by ``_colour``
        self._fill(th, rows)
        # Each column as wide as its longest line when the window has room for both, else
        # narrower in proportion, both wrapping: the keys never go out of sight.
        self.columns = ColumnShares(self.tree, stretch=1)
        self.columns.want(text_widths(self.tree))
        buttons = lettered(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Every action of wirediff and its keys. Keys after a place (“in the diff: n”) "
            "work only while that place has the focus, the others anywhere in the window. "
            "Esc closes this window."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        scroll_bar = self.tree.verticalScrollBar().sizeHint().width()
        fit(self, sum(self.columns.wants) + scroll_bar + chars(self, 6), lines(self, HEIGHT_LINES))
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)
        self.tree.setFocus()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tree.setFocus()  # opened again: the list, not the Close button

    def changeEvent(self, event: QEvent) -> None:
        """Options ▸ Appearance (or the system) changed the colours: the key takes the new
        look's (an open sheet kept the old look's highlights over the new background: the
        forty-eighth session's high-contrast walkthrough)."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._key:
            self._colour(current_theme())

    def _fill(self, th: Theme, rows: Sequence[tuple[str, str, str]]) -> None:
        bold = QFont(self.font())
        bold.setBold(True)
        last = None
        for menu, label, keys in rows:
            if menu != last:
                header = QTreeWidgetItem(self.tree, [menu, ""])
                header.setFont(0, bold)
                header.setFirstColumnSpanned(True)
                last = menu
            QTreeWidgetItem(self.tree, ["    " + label, keys])
        header = QTreeWidgetItem(self.tree, ["Highlights", ""])
        header.setFont(0, bold)
        header.setFirstColumnSpanned(True)
        for name, _colour, style in _legend(th):
            item = QTreeWidgetItem(self.tree, ["    " + name, "example text"])
            item.setFont(1, style.font(self.font()))
            item.setData(1, _DOTTED, style.dotted)
            self._key.append(item)
        self._colour(th)

    def _colour(self, th: Theme) -> None:
        """The colour key's examples in ``th``'s highlight colours."""
        for item, (_name, colour, _style) in zip(self._key, _legend(th), strict=True):
            item.setBackground(1, QBrush(QColor(colour)))
            item.setForeground(1, QBrush(QColor("#FFFFFF" if th.dark else "#000000")))

    def rows(self) -> list[tuple[str, str]]:
        """What the sheet shows, for tests."""
        items = (self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount()))
        return [(item.text(0).strip(), item.text(1)) for item in items if item is not None]
