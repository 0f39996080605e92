"""Which reader reads which file."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.reading.errors import ReadError
from wirediff.core.reading.text import read_text

Reader = Callable[[Path, bytes], Document]

READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".md": read_text,
    ".text": read_text,
}

MAX_BYTES = 20 * 1024 * 1024


def read_document(path: Path | str, max_bytes: int = MAX_BYTES) -> Document:
    """Read one file into a Document, or raise ReadError naming the file and the reason."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower(), read_text)
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise ReadError(
                path,
                f"too large ({size / 1048576:.1f} MB, limit {max_bytes / 1048576:.0f} MB)",
                "split the file or raise the size limit",
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise ReadError(path, "file not found", "check the path") from None
    except IsADirectoryError:
        raise ReadError(path, "is a folder, not a file", "open it as a folder") from None
    except PermissionError:
        raise ReadError(path, "permission denied", "check the file's permissions") from None
    except OSError as exc:
        raise ReadError(path, f"cannot read ({exc.strerror or exc})") from None
    return reader(path, data)
