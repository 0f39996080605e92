"""File ▸ Open stories index…: the dialog, the messages when a folder cannot be opened, and
the window's widgets while an index is open.

The session opens the index (``session.archive``); this shows it: the first page becomes
the list, the next pages follow as the list is scrolled, and a folder that cannot be opened
(no scale extra, not an index, a damaged one) is a message box naming it and the reason,
with what was open left as it was. What an index cannot offer (the review store,
hiding boilerplate that recurs across the archive) says so (``refuse``) instead of showing an
empty panel; a story's views read its texts (``index_stories``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox

from wirediff.core import counts
from wirediff.ui.common.paths import dialog_folder
from wirediff.ui.common.text import one_line
from wirediff.ui.doclist.columns import COLUMNS
from wirediff.ui.doclist.pages import Page
from wirediff.ui.session.archive import Listed, Opened, Unsearched
from wirediff.ui.session.index_source import missing_text, scale_missing
from wirediff.ui.session.session import Session
from wirediff.ui.shell.parts import MAIN, Parts

TEXTS = "needs every text of the archive (recurring lines are counted over all of them)"
FOLDERS = "needs the review store, kept per folder"
GROUPED = "needs a folder's documents (an index's list is its events and stories)"
WHERE = "Open the story's folder to use it."


def matching(count: int, documents: int) -> str:
    """``count`` of ``documents`` match: "1 of 300 documents matches", "2 of 300 ... match"."""
    return (
        f"{count:,} of {counts.count(documents, 'document')} {'matches' if count == 1 else 'match'}"
    )


class IndexView:
    """Opens stories indexes for the window and shows them in its widgets."""

    def __init__(self, window: QMainWindow, session: Session, parts: Parts) -> None:
        self.window, self.session, self.parts = window, session, parts
        archive = session.archive
        archive.refused.connect(self._refused)
        archive.damaged.connect(self._damaged)
        session.index_opened.connect(self._opened)
        archive.page_ready.connect(self._page)
        parts.doc_list.more_wanted.connect(archive.more)
        parts.doc_list.earlier_wanted.connect(archive.earlier)
        archive.window_ready.connect(self._window)
        parts.doc_list.search_wanted.connect(archive.search)
        archive.listed.connect(self._listed)
        parts.doc_list.sort_wanted.connect(
            lambda column, descending: archive.sort(column, descending, parts.doc_list.selected())
        )
        archive.sorted_ready.connect(self._sorted)

    @property
    def active(self) -> bool:
        return self.session.archive.active

    def open_dialog(self) -> None:
        """File ▸ Open stories index…: choose the index folder (what ``-o`` named); without
        the scale extra (the packaged app), why not, at once: a folder was asked for first
        and then refused, a dead end (a standards editor)."""
        missing = scale_missing()
        if missing is not None:
            self._refused("The scale extra is not installed", missing_text(missing))
            return
        folder = QFileDialog.getExistingDirectory(
            self.window,
            "Open stories index (the folder wirediff stories --engine dask -o wrote)",
            dialog_folder(self.session.settings.last_folder),
        )
        if folder:
            self.open(Path(folder))

    def open(self, folder: Path) -> None:
        self.session.open_index(folder)

    def _refused(self, title: str, text: str) -> None:
        """A message box (plain text: folder names are data), what was open left as it was."""
        self.session.message.emit(one_line(f"{title}: {' '.join(text.split())}"))
        box = QMessageBox(QMessageBox.Icon.Warning, f"{title} — wirediff", text, parent=self.window)
        box.setObjectName("index_refused")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _damaged(self, text: str, first: bool) -> None:
        """Stories of the open index left out as damaged: a message box the first time
        (the index stays open: the rest of it is listed), the status line each time."""
        self.session.message.emit(one_line(" ".join(text.split()), 400))
        if not first:
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Damaged stories index — wirediff", text, parent=self.window
        )
        box.setObjectName("index_damaged")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _opened(self, opened: Opened) -> None:
        parts = self.parts
        parts.stack.setCurrentIndex(MAIN)
        parts.pages.setCurrentIndex(0)
        parts.change_bar.hide()
        parts.problems.set_problems([])
        parts.problems_dock.hide()
        parts.doc_list.show_index([opened.page], keep=False)
        parts.doc_list.unsorted()
        parts.count_label.setText(
            f"{counts.count(opened.documents, 'document')} · "
            f"{counts.count(opened.stories, 'story')} (index)"
        )
        parts.diff.clear("Select a version to compare it with its story's base.")
        parts.diff.set_titles(None, None)
        self.window.setWindowTitle(f"{one_line(opened.folder.name)} (stories index) — wirediff")
        parts.doc_list.view.setFocus()
        text = parts.doc_list.filter.text()
        if text:  # the filter has text from before: search the index for it
            self.session.archive.search(text)

    def _listed(self, listed: Listed) -> None:
        """The filter changed: its first page of matches (or the index's first page)."""
        doc_list = self.parts.doc_list
        doc_list.show_index([listed.page])
        found = listed.found
        unsearched = isinstance(found, Unsearched)
        why = found.why if unsearched else ""
        doc_list.show_found(found.text if found else "", found.count if found else 1, why)
        source = self.session.archive.source
        if source is not None:
            documents = counts.count(source.documents, "document")
            if unsearched:
                documents = f"not searched: {documents}"
            elif found is not None:
                documents = matching(found.count, source.documents)
            stories = counts.count(source.stories, "story")
            self.parts.count_label.setText(f"{documents} · {stories} (index)")
        if not unsearched:  # the failure is the status line's (the session says it)
            self._say_listed()

    def _sorted(self, pages: list[Page]) -> None:
        """The pages listed, each story's versions sorted by the column clicked."""
        self.parts.doc_list.show_index(pages)
        self._say_listed()

    def _page(self, page: Page) -> None:
        self.parts.doc_list.add_page(page)
        self._say_listed()

    def _window(self, pages: list[Page]) -> None:
        self.parts.doc_list.show_index(pages, anchor=1)
        self._say_listed()

    def _say_listed(self) -> None:
        archive = self.session.archive
        first, end, total = archive.loaded()
        more = " (scroll for more)" if end < total else ""
        if archive.order is not None:
            column, descending = archive.order
            way = "descending" if descending else "ascending"
            more += f" · each story's versions by {COLUMNS[column].header or 'mark'} ({way})"
        found = archive.found
        if found is None:
            self.session.message.emit(f"Listing events {first + 1:,}–{end:,} of {total:,}{more}")
            return
        text, count = one_line(found.text), found.count
        if not count:
            self.session.message.emit(f"No document of the index matches “{text}”")
            return
        documents = archive.source.documents if archive.source is not None else count
        self.session.message.emit(
            f"{matching(count, documents)} “{text}”, in {counts.count(total, 'event')}: "
            f"listing events {first + 1:,}–{end:,}{more}"
        )

    def refuse_toggle(self, name: str, on: bool, what: str, why: str = TEXTS) -> bool:
        """``refuse``, and the menu item ``name`` (just set ``on``) set back as it was."""
        if not self.refuse(what, why):
            return False
        action = self.window.findChild(QAction, name)
        if action is not None:
            blocked = action.blockSignals(True)
            action.setChecked(not on)
            action.blockSignals(blocked)
        return True

    def refuse(self, what: str, why: str = TEXTS) -> bool:
        """Say that ``what`` is not available while an index is open; True if so."""
        if not self.active:
            return False
        self.session.message.emit(f"{what} {why}: not available for a stories index. {WHERE}")
        return True
