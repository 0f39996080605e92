"""Whether a path names a regular file, said in words when it does not.

A settings file or a review store that is a named pipe blocks whoever opens it until
something writes to it (at start-up: forever); a device or a folder is no better. Those
are refused with the reason, before any library opens them. One that cannot be written is
said so too (``unwritable``), in the same words for both.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from wirediff.core.textsafe import printable

_KINDS = {
    stat.S_IFIFO: "a named pipe",
    stat.S_IFCHR: "a device",
    stat.S_IFBLK: "a device",
    stat.S_IFSOCK: "a socket",
    stat.S_IFDIR: "a folder",
}


def not_a_file(path: Path) -> str | None:
    """Why ``path`` cannot be opened as a file, or None (a regular file, or nothing yet)."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        return f"cannot be examined ({getattr(exc, 'strerror', None) or exc})"
    if stat.S_ISREG(mode):
        return None
    return f"is not a regular file ({_KINDS.get(stat.S_IFMT(mode), 'a special file')})"


def unwritable(path: Path) -> str | None:
    """Why the file ``path`` cannot be written, or None: the file (or, before it exists,
    the nearest folder above it that does) denies writing."""
    there = path
    while not there.exists() and there.parent != there:
        there = there.parent
    if os.access(there, os.W_OK):
        return None
    if there == path:
        return "cannot be written (permission denied)"
    return f"cannot be created (the folder {printable(str(there), one_line=True)} is not writable)"
