"""What a report says about where its texts came from: each file's size, SHA-256, dates."""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wirediff.core.reading.watch import Stamp

Clock = Callable[[], datetime]
_CHUNK = 1 << 20


def utc_stamp(moment: datetime) -> str:
    """ISO 8601 UTC to the second: ``2025-01-31T09:15:02Z``."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def now_utc() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class FileFacts:
    """One file as the report read it. ``size``/``sha256`` are of the bytes on disk."""

    path: str  # as shown: relative to the folder when inside it, with "/" separators
    absolute: str
    size: int | None  # None when the file could not be read for the report
    sha256: str  # "" when it could not be read
    modified: str  # the file's modification time (ISO UTC), "" when unknown
    read_at: str  # when the report read it (ISO UTC)
    problem: str = ""  # why it could not be read, "" when it was
    # The file's size or modification time is not what it was when the text shown was read
    # (edited since, not reloaded): ``size``, ``sha256`` and ``modified`` are of the file now.
    changed: bool = False


def shown_path(path: Path, folder: Path | None) -> str:
    """``path`` relative to ``folder`` when inside it, else absolute; "/" separators."""
    absolute = path.absolute()
    if folder is not None and absolute.is_relative_to(folder.absolute()):
        return absolute.relative_to(folder.absolute()).as_posix()
    return absolute.as_posix()


def file_facts(
    path: Path, folder: Path | None, clock: Clock = now_utc, read_as: Stamp | None = None
) -> FileFacts:
    """Size, SHA-256 and modification time of ``path``, read now; never raises.

    ``read_as``: the file's (size, modification time in ns) when its text was read, if the
    caller knows it; a file that differs now is marked ``changed``.
    """
    digest = hashlib.sha256()
    size = 0
    try:
        info = path.stat()
        modified = utc_stamp(datetime.fromtimestamp(info.st_mtime, UTC))
        with path.open("rb") as f:
            while chunk := f.read(_CHUNK):
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        return FileFacts(
            shown_path(path, folder),
            str(path.absolute()),
            None,
            "",
            "",
            utc_stamp(clock()),
            f"could not be read for the report: {reason}",
        )
    return FileFacts(
        shown_path(path, folder),
        str(path.absolute()),
        size,
        digest.hexdigest(),
        modified,
        utc_stamp(clock()),
        changed=read_as is not None and read_as != (info.st_size, info.st_mtime_ns),
    )
