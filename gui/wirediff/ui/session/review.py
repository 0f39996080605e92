"""What the user reviewed: pairs marked reviewed and flagged changes, kept in the settings.

One controller answers every review question the app asks, so that a review store (notes, a
next-unreviewed-pair step, export) can replace the settings behind it without the window
changing.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Signal

from wirediff.core.document import Document
from wirediff.ui.common.settings import Settings, pair_key
from wirediff.ui.session.comparing import Shown


def flag_key(shown: Shown) -> str:
    """Flags are change numbers: those of a comparison without boilerplate differ."""
    return pair_key(shown.left.path, shown.right.path) + (" #clean" * shown.clean)


class ReviewController(QObject):
    """Reviewed pairs and flags, by the documents' paths."""

    reviewed_changed = Signal(object)  # set[int]: documents whose pair with their left is done
    flags_changed = Signal(object)  # set[int]: the flagged changes of the pair on screen
    message = Signal(str)

    def __init__(self, settings: Settings, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self._paths_at: tuple[object, dict[str, int]] = (None, {})  # path -> document index

    def toggle_reviewed(self, shown: Shown | None) -> bool:
        """Mark the pair on screen reviewed, or no longer; False if there is none."""
        if shown is None:
            self.message.emit("Open a pair first")
            return False
        key = pair_key(shown.left.path, shown.right.path)
        now = key not in self.settings.reviewed
        self.settings.set_reviewed(key, now)
        self.message.emit("Pair marked reviewed" if now else "Pair no longer marked reviewed")
        return True

    def show_flags(self, shown: Shown) -> None:
        self.flags_changed.emit(self.settings.flags(flag_key(shown)))

    def toggle_flag(self, shown: Shown | None, change: int | None) -> None:
        """Flag (or unflag) change ``change`` of the pair on screen."""
        if shown is None or change is None:
            self.message.emit("Go to a change first (Alt+Down), then press f to flag it")
            return
        flags = self.settings.flags(flag_key(shown))
        flags.symmetric_difference_update({change})
        self.settings.set_flags(flag_key(shown), flags)
        self.flags_changed.emit(flags)
        self.message.emit(f"Change {change + 1} {'flagged' if change in flags else 'unflagged'}")

    def show_reviewed(
        self, documents: Sequence[Document], left_for: Callable[[int], int | None]
    ) -> None:
        """Tick the documents whose pair with their left side (``left_for``) was reviewed.

        Goes through the reviewed pairs (a handful) rather than the documents (thousands).
        """
        key = (id(documents), len(documents))
        if self._paths_at[0] != key:
            self._paths_at = (key, {str(d.path): i for i, d in enumerate(documents)})
        where = self._paths_at[1]
        docs: set[int] = set()
        for pair in self.settings.reviewed:
            a, _tab, b = pair.partition("\t")
            i, j = where.get(a), where.get(b)
            if i is not None and j is not None:
                docs.update(d for d, other in ((i, j), (j, i)) if left_for(d) == other)
        self.reviewed_changed.emit(docs)
