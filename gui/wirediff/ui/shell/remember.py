"""What the window remembers of the document list's columns: which the user hid, which one
sorts the list and the widths the user dragged them to, by header name (so a column added
later does not shift them)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from wirediff.ui.common.settings import Settings
from wirediff.ui.doclist.columns import COLUMNS
from wirediff.ui.doclist.view import DocumentList

HIDDEN, KEPT, SORT, WIDTHS = "hidden_columns", "kept_columns", "list_sort", "column_widths"
_ORDER = {"ascending": Qt.SortOrder.AscendingOrder, "descending": Qt.SortOrder.DescendingOrder}


def remember_columns(doc_list: DocumentList, settings: Settings) -> None:
    """Restore the hidden columns and the sort order, and remember them as they change."""
    doc_list.columns.set_hidden_headers(settings.strings(HIDDEN))
    doc_list.columns.set_kept_headers(settings.strings(KEPT))
    doc_list.hidden_changed.connect(lambda names: settings.set_strings(HIDDEN, names))
    doc_list.kept_changed.connect(lambda names: settings.set_strings(KEPT, names))
    doc_list.columns.set_width_settings(settings.strings(WIDTHS))
    doc_list.widths_changed.connect(lambda widths: settings.set_strings(WIDTHS, widths))
    headers = [column.header for column in COLUMNS]
    saved = settings.strings(SORT)
    if len(saved) == 2 and saved[0] in headers and saved[1] in _ORDER:
        doc_list.view.sortByColumn(headers.index(saved[0]), _ORDER[saved[1]])

    def sorted_by(col: int, order: Qt.SortOrder) -> None:
        if 0 <= col < len(headers):
            name = "ascending" if order == Qt.SortOrder.AscendingOrder else "descending"
            settings.set_strings(SORT, [headers[col], name])
        else:  # the list's own order (file order, stories in time order)
            settings.set_strings(SORT, [])

    doc_list.view.header().sortIndicatorChanged.connect(sorted_by)
