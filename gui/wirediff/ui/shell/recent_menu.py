"""File ▸ Open recent: the folders the welcome view lists, from any page (once a folder was
open, they were only on the welcome view, which there is no going back to)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMenu, QWidget

from wirediff.ui.common.text import plain_tooltip
from wirediff.ui.panels.welcome import recent_label

LETTERED = 9  # the first nine carry their number as their letter: Alt+F, N, 1 opens the last


class RecentMenu(QMenu):
    """Filled each time it opens from ``folders()`` (most recent first), names only: no
    folder is looked at on disk (one on a share that is gone would hang the menu); one
    that is missing says so when opened, as from the welcome view."""

    chosen = Signal(object)  # the folder's path, a str (not Signal(str): a name that is not
    # UTF-8, "caf\udce9", lost its surrogate and what follows on its way through Qt)

    def __init__(self, folders: Callable[[], list[str]], parent: QWidget | None = None) -> None:
        super().__init__("Open rece&nt", parent)
        self.setObjectName("recent_menu")
        self._folders = folders
        self.aboutToShow.connect(self._fill)

    def _fill(self) -> None:
        self.clear()
        folders = self._folders()
        for n, folder in enumerate(folders, 1):
            label = recent_label(folder).replace("&", "&&")  # (a "&" is no letter key)
            action = self.addAction(f"&{n} {label}" if n <= LETTERED else label)
            action.setToolTip(plain_tooltip(folder))
            action.triggered.connect(lambda _checked=False, f=folder: self.chosen.emit(f))
        if not folders:
            self.addAction("No recent folders").setEnabled(False)
        self.setToolTipsVisible(True)
