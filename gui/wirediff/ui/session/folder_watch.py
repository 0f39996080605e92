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
A folder replaced at its path (renamed away, another made in its place) is let go and the
new one watched (``folder_look``).

Each watch costs kernel memory and the system caps them (Linux: fs.inotify.max_user_watches,
shared by every program of the user). Paths the watcher refuses are logged once and not
offered again until the next load; folders are handed over before files, so at the cap new
and removed files are still heard of where modified ones may not be.

A folder the user may not read (chmod 000) cannot be listed: the look says so
(``Changes.unreadable``) rather than count its files removed, and ``unreadable`` tells a
reload not to replace what is open with nothing. inotify refuses a path the user may not
read, so such a path is offered again once a look finds it readable; and while the loaded
folder cannot be read its parent's events count (its own watch may be missing), so that its
permissions coming back are noticed.
"""

from __future__ import annotations

import logging
import os
import stat
import time
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QFileSystemWatcher, QObject, Signal

from wirediff.core.reading import ReaderOptions, Snapshot
from wirediff.core.reading.listing import FolderId, folder_identity
from wirediff.core.reading.watch import Stamp, cannot_list
from wirediff.ui.common.text import names
from wirediff.ui.common.timers import timer
from wirediff.ui.jobs.runner import Runner
from wirediff.ui.jobs.slicer import Slicer
from wirediff.ui.session.folder_look import Checked, check_job, gone_roots

log = logging.getLogger(__name__)

KIND = "folder-watch"
DEBOUNCE_MS = 500  # quiet time after the last event before looking at the folder again
MAX_WAIT_S = 3.0  # a folder that never stays quiet (a growing log file) is still checked
BATCH = 8  # paths handed to the watcher at once (10k paths take ~0.7 s, or seconds on a
# slow disk: each is looked at first)
FEED_SECONDS = 0.010  # time spent feeding the watcher per event-loop turn


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except (OSError, ValueError):
        return None


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
        self._ids: dict[str, FolderId] = {}  # watched folders, as they were when handed over
        self._refused: set[str] = set()  # paths the watcher would not take (at the cap)
        self._barred: set[str] = set()  # ... for want of read permission (offered again
        # once readable)
        self._logged = False  # the refusals were logged (once a load)
        self._roots: dict[str, FolderId] = {}  # loaded folders, as they were when loaded
        self._parents: set[str] = set()  # their parents, watched for their renaming
        self._gone = False  # the last look found a loaded folder gone (it may come back)
        self._unreadable = False  # ... or unreadable (its permissions may come back)
        self._fired: set[str] = set()
        self._burst = 0.0
        self._check_when_fed = False
        self._debounce = timer(self, debounce_ms)
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
        roots: Mapping[str, FolderId] | None = None,
    ) -> None:
        """Watch ``paths`` (as loaded, with the load's snapshot ``loaded`` and ``options``)
        from now on.

        ``folders``: ``loaded.folders(roots)`` as strings, if the caller has them already.
        ``roots``: the identities of the folders among ``paths`` when the load began (a
        folder deleted while it was read is still the folder that was opened, gone); None:
        as they are now.
        """
        self.stop()
        self.paths, self._loaded, self._last = list(paths), loaded, loaded
        self.options = options or ReaderOptions()
        if roots is None:
            known = {str(p): folder_identity(p) for p in self.paths}
            roots = {root: was for root, was in known.items() if was is not None}
        self._roots = dict(roots)
        self.one_folder = len(self.paths) == 1 and str(self.paths[0]) in self._roots
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._folder_fired)
        self._watcher.fileChanged.connect(self._file_fired)
        self._ids, self._refused, self._barred, self._logged = {}, set(), set(), False
        self._unreadable = any(Path(root) in loaded.unreadable for root in self._roots)
        self._parents = {os.path.dirname(root) for root in self._roots} - {*self._roots}
        if folders is None:
            folders = [str(f) for f in loaded.folders(self._roots)]
        folders = sorted({*self._roots, *folders})
        self._pending = folders + sorted(self._parents) + [str(p) for p in loaded.files]
        self._check_when_fed = True  # changes made while loading: look once all are watched
        self._feeder.start(self._feed(), now=False)

    def resume(self) -> None:
        """Watch what was watched before ``stop`` again (a load that was to replace it was
        cancelled); a change made meanwhile is told at the first look."""
        if self.paths:
            self.watch(self.paths, self._loaded, None, self.options, self._roots)

    def read_stamps(self) -> Mapping[Path, Stamp]:
        """Each loaded file's stamp (size, time, inode: ``watch.Stamp``) when the load read it."""
        return self._loaded.files

    def missing(self) -> tuple[Path, Path | None] | None:
        """The one loaded folder if it is no longer there: its path and its new name (renamed
        within its parent), or None (moved elsewhere or deleted); None while it is there."""
        if not self.one_folder:
            return None
        for root, now in gone_roots(self._roots).items():
            return Path(root), None if now is None else Path(now)
        return None

    def unreadable(self) -> tuple[Path, str] | None:
        """The one loaded folder if it is there but cannot be listed now (its permissions
        taken away): its path and why ("permission denied"); else None."""
        if not self.one_folder:
            return None
        for root in self._roots:
            why = cannot_list(root)
            if why is not None:
                return Path(root), why
        return None

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
            check_job(
                self.paths,
                self._loaded,
                fired,
                self.options,
                self._roots,
                dict(self._ids),
                sorted(self._barred),
            ),
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
            if self._gone or self._unreadable:
                pass  # its permissions or itself may be back
            elif all(folder_identity(r) == was for r, was in self._roots.items()):
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
            found = {p: _stat(p) for p in batch}
            existing = [p for p, info in found.items() if info is not None]
            if self._watcher is not None and existing:
                failed = self._watcher.addPaths(existing)
                refused = {p for p in failed if os.path.exists(p)}  # not gone meanwhile
                self._refuse(refused)
                for path in existing:
                    info = found[path]
                    if path not in failed and info is not None and stat.S_ISDIR(info.st_mode):
                        self._ids[path] = (info.st_dev, info.st_ino)
            yield

    def _refuse(self, refused: set[str]) -> None:
        """Paths the watcher would not take: logged once, not offered again (each attempt
        costs a failing system call and a Qt warning, at every look) — unless refused for
        want of read permission (inotify needs it), not for the limit: those are offered
        again once a look finds them readable."""
        barred = sorted(p for p in refused if not os.access(p, os.R_OK))
        if refused and not self._logged:
            self._logged = True
            why = []
            if barred:
                shown = names([Path(p).name for p in barred])
                why.append(f"{len(barred)} not readable (permission denied: {shown})")
            if len(barred) < len(refused):
                why.append(
                    f"{len(refused) - len(barred)} likely over the system's limit on watches "
                    "(fs.inotify.max_user_watches on Linux)"
                )
            log.warning(
                "%d path%s under %s cannot be watched, %s: changes there may go unnoticed until F5",
                len(refused),
                "" if len(refused) == 1 else "s",
                names([str(p) for p in self.paths]),
                "; ".join(why),
            )
        self._barred |= set(barred)
        self._refused |= refused - self._barred

    def _let_go(self, stale: Mapping[str, FolderId]) -> None:
        """Stop watching folders that are no longer the ones at their paths, and what was
        watched inside them: the watches follow the old folders, which are not open."""
        if self._watcher is None:
            return
        gone = {p for p, was in stale.items() if self._ids.get(p) == was}
        if not gone:
            return
        inside = tuple(p.rstrip(os.sep) + os.sep for p in gone)
        drop = [p for p in self.watched() if p in gone or p.startswith(inside)]
        if drop:
            self._watcher.removePaths(drop)
        for path in gone | set(drop):
            self._ids.pop(path, None)

    def _fed(self) -> None:
        if self._check_when_fed:
            self._check_when_fed = False
            self.check_now()

    def _checked(self, result: Checked) -> None:
        self.checking = False
        self._gone = bool(result.moved)
        self._unreadable = any(Path(root) in result.snapshot.unreadable for root in self._roots)
        if result.snapshot != self._last:  # something new happened
            self._last = result.snapshot
            gone = [(Path(root), where) for root, where in result.moved.items()]
            if self.one_folder and gone:
                self.moved.emit(gone[0][0], None if gone[0][1] is None else Path(gone[0][1]))
            elif result.changes:
                self.changed.emit(result.changes)
        self.checked.emit(result.changes)
        self._let_go(result.stale)
        self._barred -= set(result.readable)  # offered again below
        have = self.watched() | set(self._pending) | self._refused | self._barred
        wanted = dict.fromkeys([*result.watch, *result.readable])
        self._pending += [p for p in wanted if p not in have]
        if self._pending and not self._feeder.running():
            self._feeder.start(self._feed(), now=False)

    def _failed(self, message: str) -> None:
        self.checking = False
        log.warning("looking at %s again failed: %s", self.paths, message)
