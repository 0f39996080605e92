"""Files into Documents.

``read_document(path)`` picks a reader by the file's extension. A file that cannot be read
raises ``ReadError`` naming the file, the reason and a hint; nothing else escapes.
``load_paths(paths)`` reads folders and files into a ``LoadResult`` of documents and
problems, never raising for a bad file.
"""

from wirediff.core.reading.errors import ReadError
from wirediff.core.reading.folder import LoadResult, Problem, list_files, load_paths
from wirediff.core.reading.registry import read_document

__all__ = ["LoadResult", "Problem", "ReadError", "list_files", "load_paths", "read_document"]
