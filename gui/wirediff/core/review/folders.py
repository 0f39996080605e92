"""Folders as the review store keeps their story corrections: under the folder's real path,
and found again when the folder was moved or renamed. Shared by the app
(``ui.session.corrections``) and the command line (``commands.corrections``)."""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.review.identity import text_hash


def real(path: str | Path) -> Path:
    """``path`` with its links followed, made absolute; never raises: a link loop (which
    ``Path.resolve`` raises for, stopping an export or a load half-way) stays as it is."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


def gone(key: str) -> bool:
    """Nothing a folder key names is there any more (the folder moved, renamed, deleted)."""
    return not any(os.path.lexists(path) for path in key.split("\n"))


def moved_from(folders: Mapping[str, frozenset[str]], documents: Sequence[Document]) -> list[str]:
    """The keys of ``folders`` (a key: the text hashes its corrections name) that
    ``documents`` were moved from: the folder is gone and at least half the texts its
    corrections name are among ``documents`` — not all: a file edited or deleted before
    the folder was renamed cost the folder every correction (those naming it are then
    found by their path, or listed as not applied). Texts are hashed only when such a
    folder is kept."""
    left = {key: hashes for key, hashes in folders.items() if hashes and gone(key)}
    if not left:
        return []
    here = {text_hash(doc.text) for doc in documents}
    return [key for key, hashes in left.items() if 2 * len(hashes & here) >= len(hashes)]
