"""Files into Documents.

``read_document(path)`` picks a reader by the file's extension (or, for unknown ones, by
its first bytes). A file that cannot be read raises ``ReadError`` naming the file, the
reason and a hint; nothing else escapes. ``load_paths(paths)`` reads folders and files into
a ``LoadResult`` of documents and problems, in parallel, never raising. ``snapshot`` and
``changed`` tell when the files changed after a load.

The names below are imported from their modules when first used: a command that reads two
files does not pay for the folder loader, its thread pool and the watcher.
"""

from __future__ import annotations

import importlib

TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Any

    from wirediff.core.reading.errors import Problem, ReadError
    from wirediff.core.reading.folder import LoadResult, list_files, load_paths
    from wirediff.core.reading.options import MAX_BYTES, FieldMap, ReaderOptions
    from wirediff.core.reading.registry import (
        READERS,
        holding_file,
        read_document,
        read_documents,
        read_file,
    )
    from wirediff.core.reading.watch import (
        Changes,
        Snapshot,
        changed,
        compare_snapshots,
        snapshot,
    )

_HOMES = {
    "Problem": "errors",
    "ReadError": "errors",
    "LoadResult": "folder",
    "list_files": "folder",
    "load_paths": "folder",
    "MAX_BYTES": "options",
    "FieldMap": "options",
    "ReaderOptions": "options",
    "READERS": "registry",
    "holding_file": "registry",
    "read_document": "registry",
    "read_documents": "registry",
    "read_file": "registry",
    "Changes": "watch",
    "Snapshot": "watch",
    "changed": "watch",
    "compare_snapshots": "watch",
    "snapshot": "watch",
}

__all__ = [
    "MAX_BYTES",
    "READERS",
    "Changes",
    "FieldMap",
    "LoadResult",
    "Problem",
    "ReadError",
    "ReaderOptions",
    "Snapshot",
    "changed",
    "compare_snapshots",
    "holding_file",
    "list_files",
    "load_paths",
    "read_document",
    "read_documents",
    "read_file",
    "snapshot",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
