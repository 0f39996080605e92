"""Noticing that a folder changed after it was loaded, without Qt.

``snapshot(paths)`` records the size, times and inode of every file a load would read;
``changed(old, snapshot(paths))`` lists the files added, removed or modified since. The app
polls it (a QTimer) or calls it when a QFileSystemWatcher watching
``old.folders(loaded_folders)`` fires, and offers a reload.

A folder that cannot be listed (its permissions taken away) is recorded as unreadable, with
the reason: its files are not counted removed (``Changes.unreadable`` names it instead).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from wirediff.core.reading import errors as E
from wirediff.core.reading.errors import Problem
from wirediff.core.reading.listing import FolderId, listing

# (size in bytes, modification time in ns, inode); all -1 if unreadable. The size and the
# modification time alone missed a file replaced by another of the same size whose time was
# put back (``rsync -t``, a restore: written aside and renamed): the inode tells it. Not the
# status change time, which cannot be set: it moves on chmod, on a sync client's or the
# system's extended attributes (macOS marks a file opened in another app) — a folder-changed
# bar for nothing, again and again. A same-size edit in place with its time put back is
# caught by the report's hash of the bytes read (``Document.file_sha256``), not here.
Stamp = tuple[int, int, int]
UNREAD: Stamp = (-1, -1, -1)  # no file has it: one stamped so that is back has changed


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The files under some paths, each with its stamp (size, modification time, inode)."""

    files: Mapping[Path, Stamp] = field(default_factory=dict)
    # Folders that could not be listed -> why ("permission denied"): what is in them is
    # unknown, not gone.
    unreadable: Mapping[Path, str] = field(default_factory=dict)

    def folders(self, roots: Iterable[Path | str] = ()) -> list[Path]:
        """What a QFileSystemWatcher (which watches one level only) must watch to hear of new
        and removed files: every folder holding a file of the snapshot, and the folders
        ``roots`` (the folders that were read) and every folder between them and a file's
        folder — ``archive/2021`` holds only ``07/`` but must tell of a new ``08/``."""
        tops = [Path(root) for root in roots]
        out = set(tops)
        for folder in {path.parent for path in self.files}:
            if not any(folder.is_relative_to(top) for top in tops):
                out.add(folder)  # a file named directly: its own folder only
                continue
            while folder not in out:  # up to its root, or a folder already counted
                out.add(folder)
                folder = folder.parent
        return sorted(out)


@dataclass(frozen=True, slots=True)
class Changes:
    """What differs between two snapshots, each list in path order."""

    added: list[Path]
    removed: list[Path]  # gone: not those in a folder that cannot be read now
    modified: list[Path]
    # Folders that can no longer be read -> why (their files are neither removed nor kept).
    unreadable: Mapping[Path, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.modified or self.unreadable)


def _stamp(path: Path) -> Stamp:
    try:
        info = os.stat(path)
    except OSError:
        return UNREAD
    return stamp_of(info)


def stamp_of(info: os.stat_result) -> Stamp:
    """The stamp of a file whose status is ``info``."""
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def snapshot(
    paths: Iterable[Path | str], include_hidden: bool = False, follow_links: bool = False
) -> Snapshot:
    """Size and modification time of every file ``load_paths(paths)`` would read (pass the
    load's ``include_hidden`` and ``follow_external_links`` options)."""
    return stamp_listing(listing(paths, include_hidden, follow_links))


def stamp_files(files: Iterable[Path]) -> Snapshot:
    """A snapshot of exactly these files."""
    return Snapshot({p: _stamp(p) for p in files})


def stamp_listing(found: Iterable[Path | Problem]) -> Snapshot:
    """A snapshot of what ``listing`` found: its files, and the folders it could not read."""
    found = list(found)
    files = stamp_files(p for p in found if isinstance(p, Path)).files
    barred = {
        p.path: cannot_list(p.path) or p.reason
        for p in found
        if isinstance(p, Problem) and p.code == E.UNREADABLE
    }
    return Snapshot(files, barred)


def cannot_list(folder: Path | str) -> str | None:
    """Why ``folder`` cannot be listed ("permission denied"), or None when it can be, or
    when nothing is there (gone is another story: ``renamed_folder``)."""
    try:
        with os.scandir(folder):
            return None
    except (FileNotFoundError, NotADirectoryError):
        return None
    except PermissionError:
        return "permission denied"
    except OSError as exc:
        return exc.strerror or str(exc)
    except ValueError:  # a NUL character in the name
        return None


def compare_snapshots(old: Snapshot, new: Snapshot) -> Changes:
    """Files added, removed and modified (size, times or inode) from ``old`` to ``new``,
    and the folders that could be read in ``old`` and cannot in ``new``: the files of ``old``
    in those are not counted removed (a folder made unreadable is not emptied)."""
    added = sorted(p for p in new.files if p not in old.files)
    barred = {f: why for f, why in new.unreadable.items() if f not in old.unreadable}
    hidden = set(new.unreadable)
    removed = sorted(
        p
        for p in old.files
        if p not in new.files and not (hidden and any(f in hidden for f in p.parents))
    )
    modified = sorted(p for p in new.files if p in old.files and new.files[p] != old.files[p])
    return Changes(added, removed, modified, dict(sorted(barred.items())))


def changed(old: Snapshot, new: Snapshot) -> list[Path]:
    """Every file added, removed or modified between two snapshots, in path order (files in
    a folder that cannot be read now are not among them)."""
    found = compare_snapshots(old, new)
    return sorted({*found.added, *found.removed, *found.modified})


def renamed_folder(folder: str, was: FolderId) -> str | None:
    """Where ``folder`` went when it was renamed within its parent: the parent's folder of
    identity ``was`` (``listing.folder_identity``), else None (moved elsewhere or deleted)."""
    try:
        with os.scandir(os.path.dirname(folder) or ".") as entries:
            for entry in entries:
                if (
                    entry.is_dir(follow_symlinks=False)
                    and entry.inode() == was[1]
                    and entry.stat(follow_symlinks=False).st_dev == was[0]
                ):
                    return entry.path
    except OSError:
        pass
    return None
