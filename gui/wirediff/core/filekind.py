"""Whether a path names a regular file, said in words when it does not.

A settings file or a review store that is a named pipe blocks whoever opens it until
something writes to it (at start-up: forever); a device or a folder is no better. Those
are refused with the reason, before any library opens them.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

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
