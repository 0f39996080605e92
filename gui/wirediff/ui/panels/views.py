"""Item views in dialogs: Enter activates the current row and goes no further, columns
share the list's width, and a cell of file names cuts each name in its middle, not the words."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from wirediff.ui.common.text import shared_start

_Index = QModelIndex | QPersistentModelIndex
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_MODIFIERS = ~Qt.KeyboardModifier.KeypadModifier  # Enter on the keypad is Enter too


class _EnterActivates(QObject):
    def __init__(
        self, view: QAbstractItemView, enter: Callable[[QModelIndex], None] | None
    ) -> None:
        super().__init__(view)
        self.enter = enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QAbstractItemView)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in ENTER_KEYS
            and not event.modifiers() & _MODIFIERS
            and watched.state() != QAbstractItemView.State.EditingState
        ):
            index = watched.currentIndex()
            if index.isValid():
                if self.enter is not None:
                    self.enter(index)
                else:
                    watched.activated.emit(index)
            return True
        return super().eventFilter(watched, event)


def enter_activates(
    view: QAbstractItemView, enter: Callable[[QModelIndex], None] | None = None
) -> None:
    """Enter (Return) on ``view`` activates its current row, as a double click does, and is
    not passed on: ``QAbstractItemView`` leaves it to the dialog, whose default button
    (Close) closed the dialog too. With ``enter``, Enter calls it with the current row
    instead (Flags & notes: Enter goes to the entry, a double click only opens it)."""
    view.installEventFilter(_EnterActivates(view, enter))


class WrapInColumn(QStyledItemDelegate):
    """Rows as tall as their text wrapped at its column's width (``QTreeView`` asks a row's
    height without the width: with word wrap on, a long text stayed on one line, elided)."""

    def __init__(self, view: QTreeView) -> None:
        super().__init__(view)
        self.view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        whole = super().sizeHint(option, index)  # its width: the text on one line
        narrow = QStyleOptionViewItem(option)
        narrow.rect = QRect(0, 0, self.view.columnWidth(index.column()), whole.height())
        return QSize(whole.width(), max(whole.height(), super().sizeHint(narrow, index).height()))


# A cell's text in pieces, each with whether it may be cut: a file name may (in its
# middle), the words between names may not ("000_95…ca.txt and 003_83…de.txt: versions of one
# story" says what the correction is; Qt cut the whole at its end: "… and 003_…txt: v…").
Pieces = Sequence[tuple[str, bool]]


SHARED_START_MIN = 4  # characters the cut names of a row must share at their start to lose it
_KEPT_ENDS = 6  # characters kept at each end of what follows, or the end alone...
_SHARED_END_MIN = 6  # ... or its start, when the names share this many at their end


def cut_pieces(pieces: Pieces, metrics: QFontMetrics, width: int) -> str:
    """``pieces`` joined in ``width`` pixels: the words whole, each name that does not fit
    its share of the rest cut in its middle (its start and its end kept: two files named
    "000_95eef2….txt" and "000_95eef2….txt" differ at one end or the other); a name
    narrower than its share gives the rest to the others."""
    whole = "".join(text for text, _cut in pieces)
    if metrics.horizontalAdvance(whole) <= width:
        return whole
    names = {i: metrics.horizontalAdvance(text) for i, (text, cut) in enumerate(pieces) if cut}
    words = sum(metrics.horizontalAdvance(text) for text, cut in pieces if not cut)
    room, shares = max(0, width - words), dict[int, int]()
    left = dict(names)
    while left:  # the narrow names whole, the rest shared equally
        share = (room - sum(shares.values())) // len(left)
        narrow = {i: w for i, w in left.items() if w <= share}
        if not narrow:
            shares.update(dict.fromkeys(left, max(0, share)))
            break
        shares.update(narrow)
        left = {i: w for i, w in left.items() if i not in narrow}
    middle = Qt.TextElideMode.ElideMiddle
    # The start that the names share goes first ("article-000970.txt, article-001939.txt"
    # cut to "artic…0.txt, artic…9.txt" lost what tells them apart): "…000970.txt".
    cut = [i for i in names if names[i] > shares[i]]  # (those drawn whole do not count)
    shared = shared_start([pieces[i][0] for i in cut]) if len(cut) > 1 else ""
    shared = shared if len(shared) >= SHARED_START_MIN else ""
    ends = [pieces[i][0][::-1] for i in cut]
    shared_end = shared_start(ends) if len(cut) > 1 else ""

    def cut_name(i: int, text: str) -> str:
        if names[i] <= shares[i]:
            return text
        if shared and text != shared:  # its shared start cut, then its middle if need be
            rest = text[len(shared) :]  # ("…-role.txt ↔ …-role.txt": the part after the
            # shared date, the outlet, told two captures apart and was cut too)
            room = shares[i] - metrics.horizontalAdvance("…")
            ends = metrics.horizontalAdvance(f"{rest[:_KEPT_ENDS]}…{rest[-_KEPT_ENDS:]}")
            if room >= ends:
                mode = middle
            elif len(shared_end) >= _SHARED_END_MIN:  # its start, then: the ends read alike
                mode = Qt.TextElideMode.ElideRight
            else:
                mode = Qt.TextElideMode.ElideLeft
            return "…" + metrics.elidedText(rest, mode, max(room, 0)).lstrip("…")
        return metrics.elidedText(text, middle, shares[i])

    return "".join(cut_name(i, text) if cut else text for i, (text, cut) in enumerate(pieces))


class ShownText(QStyledItemDelegate):
    """A delegate that draws each cell with the text ``shown`` gives for it (cut its own
    way), otherwise as Qt draws it."""

    def shown(self, option: QStyleOptionViewItem, index: _Index) -> str:
        """The text drawn in the cell ``option.rect`` (``option`` initialised for it)."""
        return option.text

    @staticmethod
    def text_width(option: QStyleOptionViewItem) -> int:
        """The width the cell's text has, inside the style's margins."""
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        return option.rect.width() - 2 * margin

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        cell = QStyleOptionViewItem(option)
        self.initStyleOption(cell, index)
        cell.text = self.shown(cell, index)
        widget = cell.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, cell, painter, widget)


class PiecesCut(ShownText):
    """Cells whose ``role`` holds their text in ``Pieces``: shown with the names cut in
    their middles and the words between them whole when the column is too narrow (what
    is still too wide, Qt cuts at its end). A cell without pieces is shown as Qt does."""

    def __init__(self, view: QAbstractItemView, role: int) -> None:
        super().__init__(view)
        self.view, self.role = view, role

    def shown(self, option: QStyleOptionViewItem, index: _Index) -> str:
        """The text drawn in the cell ``option.rect`` (before Qt's own cut at the end)."""
        pieces = index.data(self.role)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if not isinstance(pieces, (list, tuple)) or option.rect.width() <= 0:
            return text
        pieces = [(str(t), bool(c)) for t, c in pieces]
        if "".join(t for t, _c in pieces) != text:  # (a text clipped for the list: as it is)
            return text
        return cut_pieces(pieces, option.fontMetrics, self.text_width(option))


def text_widths(view: QTreeView, caps: Sequence[int] = ()) -> list[int]:
    """Each column's width for its header's and its cells' text, at most ``caps`` pixels
    (one per column; 0 or none: uncapped)."""
    header = view.header()
    widths = []
    for c in range(header.count()):
        width = max(header.sectionSizeHint(c), view.sizeHintForColumn(c))
        cap = caps[c] if c < len(caps) else 0
        widths.append(min(width, cap) if cap else width)
    return widths


class ColumnShares(QObject):
    """The columns of ``view`` at the widths they want when these fit in its width, the
    room left to ``stretch``; else the ``fixed`` ones at theirs and the others share the
    rest: those narrower than an equal share whole, the wider ones cut to equal widths
    (their text elided, or wrapped, its tooltip whole). The widths follow the list's width
    until the user drags a column's edge."""

    def __init__(self, view: QTreeView, stretch: int, fixed: Collection[int] = ()) -> None:
        super().__init__(view)
        self.view, self.stretch, self.fixed = view, stretch, frozenset(fixed)
        self.wants: list[int] = []
        self._setting = False
        self._dragged = False
        header = view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        view.viewport().installEventFilter(self)

    def want(self, wants: Sequence[int]) -> None:
        """Each column's width, one per column; shared out now and on every resize, until
        the user drags a column (the rows read again keep the widths dragged)."""
        self.wants = list(wants)
        self.share()

    def widths(self, width: int) -> list[int]:
        """The widths of the columns in ``width`` pixels."""
        wants = self.wants
        out = list(wants)
        free = width - sum(wants[c] for c in self.fixed)
        cut = [c for c in range(len(wants)) if c not in self.fixed]
        if sum(wants[c] for c in cut) > free:
            least = {c: min(wants[c], self.heading(c)) for c in cut}

            def cut_to(level: int) -> dict[int, int]:
                return {c: max(least[c], min(wants[c], level)) for c in cut}

            low, high = 0, max(wants)  # the widest level at which the cut columns fit
            while low < high:
                mid = (low + high + 1) // 2
                low, high = (mid, high) if sum(cut_to(mid).values()) <= free else (low, mid - 1)
            for column, share in cut_to(low).items():
                out[column] = share
        if self.stretch not in self.fixed:
            out[self.stretch] += max(0, width - sum(out))
        return out

    def heading(self, column: int) -> int:
        """The width that shows ``column``'s heading (the least a column is cut to)."""
        header = self.view.header()
        label = self.view.model().headerData(column, Qt.Orientation.Horizontal)
        margin = header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
        text = header.fontMetrics().horizontalAdvance(str(label or ""))
        return max(header.minimumSectionSize(), text + 2 * margin + 2)

    def share(self) -> None:
        if not self.wants or self._dragged:
            return
        header = self.view.header()
        self._setting = True
        try:
            for column, width in enumerate(self.widths(self.view.viewport().width())):
                header.resizeSection(column, width)
        finally:
            self._setting = False
        if self.view.wordWrap():
            self.view.doItemsLayout()  # rows as tall as their text wraps to at these widths

    def _resized(self, _column: int, _old: int, _new: int) -> None:
        if not self._setting:
            self._dragged = True  # the user's widths from now on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.share()
        return super().eventFilter(watched, event)


_LETTERED = {
    QDialogButtonBox.StandardButton.Close: "&Close",
    QDialogButtonBox.StandardButton.Cancel: "&Cancel",
}


def lettered(buttons: QDialogButtonBox) -> QDialogButtonBox:
    """``buttons`` with an Alt+letter on Close and Cancel (Qt's own have none here: Alt+C did
    nothing in a dialog; found by a tester). The dialogs' own buttons are given theirs where
    they are made ("&Export…")."""
    for standard, text in _LETTERED.items():
        button = buttons.button(standard)
        if button is not None:
            button.setText(text)
    return buttons
