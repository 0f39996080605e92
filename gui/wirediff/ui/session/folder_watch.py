"""Noticing that the open folder changed after it was loaded (``panels.change_bar`` says so).

``FolderWatch`` keeps a QFileSystemWatcher on the loaded folders and files. Events come in
bursts (an editor saves through a temporary file, a sync tool copies a hundred files), so
they restart a short single-shot timer; when it fires, a fresh snapshot of the loaded paths
is taken in the background (``jobs.runner.Runner``: listing and stat-ing a big folder must not
block the GUI thread) and compared with the snapshot of the load. The watcher only says
*that* something happened in a folder; the snapshot says whether it was one of the loaded
files, so new hidden, system or lock files and files outside the loaded paths never count.

A folder renamed or moved away says nothing inside it (inotify tells a folder's watchers
of its own move only through its parent), so the parent of each loaded folder is watched
too; its events count only when the loaded folder is no longer there. The look then searches
the parent for the folder under its new name (the same inode) and ``moved`` says where it went.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, QTimer, Signal

from wirediff.core.reading import Changes, ReaderOptions, Snapshot, compare_snapshots, snapshot
from wirediff.core.reading.listing import FolderId, folder_identity
from wirediff.core.reading.watch import renamed_folder
from wirediff.ui.common.paths import is_folder
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.jobs.slicer import Slicer

log = logging.getLogger(__name__)

KIND = "folder-watch"
DEBOUNCE_MS = 500  # quiet time after the last event before looking at the folder again
MAX_WAIT_S = 3.0  # a folder that never stays quiet (a growing log file) is still checked
BATCH = 8  # paths handed to the watcher at once (10k paths take ~0.7 s, or seconds on a
# slow disk: each is looked at first)
FEED_SECONDS = 0.010  # time spent feeding the watcher per event-loop turn


@dataclass(frozen=True, slots=True)
class Checked:
    """One background look at the loaded paths."""

    snapshot: Snapshot
    changes: Changes  # since the load
    watch: list[str]  # folders (then files) the watcher should be watching now
    moved: dict[str, str | None]  # loaded folder no longer there -> its new name, if found


def _subfolders(folder: str) -> list[str]:
    """Visible folders directly inside ``folder`` (a new empty one must be watched too)."""
    try:
        with os.scandir(folder) as entries:
            return [
                e.path
                for e in entries
                if not e.name.startswith(".") and e.is_dir(follow_symlinks=False)
            ]
    except OSError:
        return []


def check_job(
    paths: Sequence[Path],
    loaded: Snapshot,
    fired: Sequence[str],
    options: ReaderOptions,
    identities: Mapping[str, FolderId] | None = None,
) -> Callable[[Job], Checked]:
    """Snapshot ``paths`` again, compare with ``loaded``; ``fired``: folders that had events.

    ``options``: the load's, so that the snapshot lists what the load listed (hidden files,
    links that leave the folder) and nothing else counts as added or removed. ``identities``:
    the loaded folders', to find one that was renamed.
    """

    def run(_job: Job) -> Checked:
        new = snapshot(paths, options.include_hidden, options.follow_external_links)
        roots = [str(p) for p in paths if is_folder(p)]
        folders = {*roots, *(str(f) for f in new.folders())}
        for folder in fired:
            folders.update(_subfolders(folder))
        watch = sorted(folders) + [str(p) for p in new.files]
        moved = {
            root: renamed_folder(root, was)
            for root, was in (identities or {}).items()
            if folder_identity(root) is None
        }
        return Checked(new, compare_snapshots(loaded, new), watch, moved)

    return run


class FolderWatch(QObject):
    """Watches the loaded paths; says when the loaded files changed on disk."""

    changed = Signal(object)  # Changes since the load, each time something new happened
    checked = Signal(object)  # Changes since the load after every look (empty when none)
    moved = Signal(object, object)  # the one loaded folder is gone: its Path, its new Path or None

    def __init__(self, parent: QObject | None = None, debounce_ms: int = DEBOUNCE_MS) -> None:
        super().__init__(parent)
        # Its own Runner on the shared pool: a silent check must not show the busy cursor
        # the window's runner shows, nor be cancelled by a new comparison.
        self.runner = Runner(self)
        self.paths: list[Path] = []
        self.options = ReaderOptions()  # the load's: the snapshots list the same files
        self.one_folder = False  # the paths are one folder (not files)
        self.checking = False
        self._loaded = self._last = Snapshot()
        self._watcher: QFileSystemWatcher | None = None
        self._pending: list[str] = []
        self._roots: dict[str, FolderId] = {}  # loaded folders, as they were when loaded
        self._parents: set[str] = set()  # their parents, watched for their renaming
        self._gone = False  # the last look found a loaded folder gone (it may come back)
        self._fired: set[str] = set()
        self._burst = 0.0
        self._check_when_fed = False
        self._debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self._debounce.timeout.connect(self.check_now)
        self._feeder = Slicer(self, seconds=FEED_SECONDS, done=self._fed)
        app = QCoreApplication.instance()
        if app is not None:  # no check may start while the application shuts down
            app.aboutToQuit.connect(self.stop)

    def watch(
        self,
        paths: Sequence[Path],
        loaded: Snapshot,
        folders: Sequence[str] | None = None,
        options: ReaderOptions | None = None,
    ) -> None:
        """Watch ``paths`` (as loaded, with the load's snapshot ``loaded`` and ``options``)
        from now on.

        ``folders``: ``loaded.folders()`` as strings, if the caller has them already.
        """
        self.stop()
        self.paths, self._loaded, self._last = list(paths), loaded, loaded
        self.options = options or ReaderOptions()
        self.one_folder = len(self.paths) == 1 and is_folder(self.paths[0])
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_fired)
        self._watcher.fileChanged.connect(self._file_fired)
        roots = [str(p) for p in self.paths if is_folder(p)]
        known = {root: folder_identity(root) for root in roots}
        self._roots = {root: was for root, was in known.items() if was is not None}
        self._parents = {os.path.dirname(root) for root in self._roots} - {*roots}
        if folders is None:
            folders = [str(f) for f in loaded.folders()]
        folders = sorted({*roots, *folders})
        self._pending = folders + sorted(self._parents) + [str(p) for p in loaded.files]
        self._check_when_fed = True  # changes made while loading: look once all are watched
        self._feeder.start(self._feed(), now=False)

    def stop(self) -> None:
        """Stop watching (a new load replaces what is open)."""
        self._debounce.stop()
        self._feeder.stop()
        self._pending, self._fired = [], set()
        self._check_when_fed = self.checking = False
        self.runner.cancel(KIND)
        if self._watcher is not None:
            self._watcher.blockSignals(True)
            self._watcher.deleteLater()
            self._watcher = None

    def check_now(self) -> None:
        """Look at the loaded paths again, in the background."""
        self._debounce.stop()
        if not self.paths:
            return
        fired, self._fired = sorted(self._fired), set()
        self.checking = True
        self.runner.start(
            KIND,
            check_job(self.paths, self._loaded, fired, self.options, self._roots),
            self._checked,
            self._failed,
        )

    def idle(self) -> bool:
        """Nothing left to hand the watcher and no look under way."""
        return not self.checking and not self._pending and not self._feeder.running()

    def watched(self) -> set[str]:
        """Paths the watcher holds now (Qt drops a file's watch when it is replaced)."""
        if self._watcher is None:
            return set()
        return {*self._watcher.directories(), *self._watcher.files()}

    # --- events ------------------------------------------------------------------------------
    def _folder_fired(self, folder: str) -> None:
        if folder in self._parents:  # beside the loaded folder: counts only if it went
            if not self._gone and all(folder_identity(r) == was for r, was in self._roots.items()):
                return
        else:
            self._fired.add(folder)
        self._event()

    def _file_fired(self, _path: str) -> None:
        self._event()

    def _event(self) -> None:
        now = time.monotonic()
        if not self._debounce.isActive():
            self._burst = now
        if now - self._burst < MAX_WAIT_S:
            self._debounce.start()

    def _feed(self) -> Iterator[None]:
        """Hand the watcher paths a batch at a time (all at once would freeze the window)."""
        while self._pending:
            batch = self._pending[:BATCH]
            del self._pending[:BATCH]
            existing = [p for p in batch if os.path.exists(p)]
            if self._watcher is not None and existing:
                self._watcher.addPaths(existing)  # paths it cannot watch are left out
            yield

    def _fed(self) -> None:
        if self._check_when_fed:
            self._check_when_fed = False
            self.check_now()

    def _checked(self, result: Checked) -> None:
        self.checking = False
        self._gone = bool(result.moved)
        if result.snapshot.files != self._last.files:  # something new happened
            self._last = result.snapshot
            gone = [(Path(root), where) for root, where in result.moved.items()]
            if self.one_folder and gone:
                self.moved.emit(gone[0][0], None if gone[0][1] is None else Path(gone[0][1]))
            elif result.changes:
                self.changed.emit(result.changes)
        self.checked.emit(result.changes)
        have = self.watched() | set(self._pending)
        self._pending += [p for p in result.watch if p not in have]
        if self._pending and not self._feeder.running():
            self._feeder.start(self._feed(), now=False)

    def _failed(self, message: str) -> None:
        self.checking = False
        log.warning("looking at %s again failed: %s", self.paths, message)
