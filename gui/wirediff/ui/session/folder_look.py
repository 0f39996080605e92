"""One background look at the loaded paths for ``folder_watch``: what changed since the load,
what the watcher should watch now, and which watched folders are no longer the ones there.

The watcher holds a folder by its inode, not its name: a folder renamed away keeps its watch
(inotify drops a watch only when the folder is deleted), so after ``mv news news.bak; mkdir
news`` the old folder still wakes the watch and the new one says nothing. Each watched
folder's identity (device, inode) is recorded when it is handed to the watcher; a look finds
those that changed (``Checked.stale``) so that the watch lets them go and takes the folder
now at the path.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from wirediff.core.reading import Changes, ReaderOptions, Snapshot, compare_snapshots, snapshot
from wirediff.core.reading.listing import FolderId, folder_identity
from wirediff.core.reading.watch import cannot_list, renamed_folder
from wirediff.ui.jobs.runner import Job


@dataclass(frozen=True, slots=True)
class Checked:
    """One background look at the loaded paths."""

    snapshot: Snapshot
    changes: Changes  # since the load
    watch: list[str]  # folders (then files) the watcher should be watching now
    moved: dict[str, str | None]  # loaded folder no longer there -> its new name, if found
    stale: dict[str, FolderId]  # watched folder -> the identity it was watched with, which
    # is no longer the folder at its path (renamed away, deleted, swapped for another)
    readable: list[str] = field(default_factory=list)  # paths refused for want of read
    # permission that the user may read now (the watcher takes them now)


def subfolders(folder: str) -> list[str]:
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


def gone_roots(
    roots: Mapping[str, FolderId], now: Mapping[str, FolderId | None] | None = None
) -> dict[str, str | None]:
    """Loaded folders no longer there (``now``: their identities now, if known), each with
    its new name when it was renamed within its parent, else None. A folder that cannot be
    reached (a folder above it may not be searched) is not gone: it cannot be read."""
    if now is None:
        now = {root: folder_identity(root) for root in roots}
    return {
        root: renamed_folder(root, was)
        for root, was in roots.items()
        if now.get(root) is None and cannot_list(root) is None
    }


def check_job(
    paths: Sequence[Path],
    loaded: Snapshot,
    fired: Sequence[str],
    options: ReaderOptions,
    roots: Mapping[str, FolderId],
    watching: Mapping[str, FolderId],
    barred: Sequence[str] = (),
) -> Callable[[Job], Checked]:
    """Snapshot ``paths`` again, compare with ``loaded``; ``fired``: folders that had events.

    ``options``: the load's, so that the snapshot lists what the load listed (hidden files,
    links that leave the folder) and nothing else counts as added or removed. ``roots``: the
    loaded folders' identities, to find one that was renamed. ``watching``: the watched
    folders' identities, to find those replaced. ``barred``: paths the watcher refused for
    want of read permission, to find those the user may read again.
    """

    def run(_job: Job) -> Checked:
        new = snapshot(paths, options.include_hidden, options.follow_external_links)
        now = {root: folder_identity(root) for root in (str(p) for p in paths)}
        folders = {str(f) for f in new.folders([r for r, was in now.items() if was])}
        for folder in fired:
            folders.update(subfolders(folder))
        watch = sorted(folders) + [str(p) for p in new.files]
        moved = gone_roots(roots, now)
        stale = {p: was for p, was in watching.items() if folder_identity(p) != was}
        readable = [p for p in barred if os.access(p, os.R_OK)]
        return Checked(new, compare_snapshots(loaded, new), watch, moved, stale, readable)

    return run
