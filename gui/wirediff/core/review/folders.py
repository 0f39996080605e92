"""Folders as the review store keeps their story corrections: under the folder's real path,
and found again when the folder was moved or renamed. Shared by the app
(``ui.session.corrections``) and the command line (``commands.corrections``)."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.review.identity import text_hash
from wirediff.core.review.store import ReviewStore
from wirediff.core.stories.corrections import DocKey, from_data, named, relative_path


def real(path: str | Path) -> Path:
    """``path`` with its links followed, made absolute; never raises: a link loop (which
    ``Path.resolve`` raises for, stopping an export or a load half-way) stays as it is."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def folder_key(paths: Sequence[Path]) -> tuple[str, Path] | None:
    """The store's key for what is open and the folder document paths are relative to:
    a folder's resolved path; for files, all their resolved paths (their common folder)."""
    resolved = sorted(real(p) for p in paths)
    if not resolved:
        return None
    if len(resolved) == 1 and resolved[0].is_dir():
        return str(resolved[0]), resolved[0]
    root = Path(os.path.commonpath([p if p.is_dir() else p.parent for p in resolved]))
    return "\n".join(str(p) for p in resolved), root


def gone(key: str) -> bool:
    """Nothing a folder key names is there any more (the folder moved, renamed, deleted)."""
    return not any(os.path.lexists(path) for path in key.split("\n"))


def moved_from(store: ReviewStore, documents: Sequence[Document], root: Path) -> list[str]:
    """The folder keys of ``store`` whose corrections ``documents`` (read from ``root``) were
    moved from: the folder is gone and every document its corrections name is here, by its
    text or, edited, at its path in the folder (an edited file cost the folder every
    correction: found by a tester). A file deleted before the move still keeps them there:
    a folder that only shares texts with one that is gone (a drive not mounted, daily
    folders of the same wire copy) must not take its corrections for good. Texts are hashed
    and paths made only when such a folder is kept."""
    left = [key for key, hashes in store.correction_folders().items() if hashes and gone(key)]
    if not left:
        return []
    here = {text_hash(doc.text) for doc in documents}
    paths = {relative_path(doc.path, root) for doc in documents}
    out = []
    for key in left:
        named = [k for item in store.corrections(key) for k in _named(item.payload)]
        if named and all(k.sha256 in here or k.path in paths for k in named):
            out.append(key)
    return out


def _named(payload: object) -> list[DocKey]:
    """The documents a stored correction needs (``named``); none when it cannot be read."""
    try:
        (correction,) = from_data([payload])
    except ValueError:
        return []
    return list(named(correction))
