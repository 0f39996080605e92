"""The one error a reader raises."""

from __future__ import annotations

from pathlib import Path


class ReadError(Exception):
    """A file could not be turned into a Document.

    ``reason`` says what is wrong in a few words ("not UTF-8 or UTF-16 text"); ``hint`` says
    what the user can do about it. ``str()`` gives one line naming the file.
    """

    def __init__(self, path: Path | str, reason: str, hint: str = "") -> None:
        self.path = Path(path)
        self.reason = reason
        self.hint = hint
        super().__init__(f"{self.path}: {reason}" + (f" ({hint})" if hint else ""))
