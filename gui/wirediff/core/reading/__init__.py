"""Files into Documents.

``read_document(path)`` picks a reader by the file's extension (or, for unknown ones, by
its first bytes). A file that cannot be read raises ``ReadError`` naming the file, the
reason and a hint; nothing else escapes. ``load_paths(paths)`` reads folders and files into
a ``LoadResult`` of documents and problems, in parallel, never raising. ``snapshot`` and
``changed`` tell when the files changed after a load.
"""

from wirediff.core.reading.errors import Problem, ReadError
from wirediff.core.reading.folder import LoadResult, list_files, load_paths
from wirediff.core.reading.options import MAX_BYTES, FieldMap, ReaderOptions
from wirediff.core.reading.registry import READERS, read_document, read_documents, read_file
from wirediff.core.reading.watch import Changes, Snapshot, changed, compare_snapshots, snapshot

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
    "list_files",
    "load_paths",
    "read_document",
    "read_documents",
    "read_file",
    "snapshot",
]
