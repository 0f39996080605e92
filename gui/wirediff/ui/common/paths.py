"""Looking at a path without letting it stop the app.

``Path.exists()`` and ``Path.is_dir()`` raise for a path that cannot be examined: a parent
folder without permission, a name too long for the file system, a network share that
errors. A remembered folder like that once stopped the app at every start.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Examined:
    """What is known of a path: whether it exists, else why it could not be examined."""

    path: str
    exists: bool
    problem: str = ""  # "" when the path could be examined (it exists, or it is missing)


def _reason(exc: OSError) -> str:
    text = exc.strerror or type(exc).__name__
    return text[:1].lower() + text[1:]


def examine(path: str | Path) -> Examined:
    """Stat ``path`` (following links); never raises."""
    try:
        os.stat(path)
    except (FileNotFoundError, NotADirectoryError):
        return Examined(str(path), False)
    except OSError as exc:
        return Examined(str(path), False, _reason(exc))
    except ValueError:  # a NUL character in the name
        return Examined(str(path), False, "not a valid path")
    return Examined(str(path), True)


def is_folder(path: str | Path) -> bool:
    """Whether ``path`` is a folder (False when it cannot be examined)."""
    try:
        return stat.S_ISDIR(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def dialog_folder(*candidates: str) -> str:
    """Where a file dialog starts: the first of ``candidates`` that is a folder now, else
    the home folder. A folder given that is gone (or none at all: a first start) made the
    dialog start in the working directory — ``/`` when started from a desktop launcher,
    where nothing can be written (found by a tester)."""
    for folder in candidates:
        if folder and is_folder(folder):
            return folder
    home = Path.home()
    return str(home) if is_folder(home) else ""
