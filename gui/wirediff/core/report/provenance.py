"""What a report says about where its texts came from: each file's size, SHA-256, dates."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from wirediff.core.cancel import checker
from wirediff.core.reading.errors import ReadError
from wirediff.core.reading.options import MAX_BYTES
from wirediff.core.reading.registry import NOT_REGULAR, open_regular, read_error, too_large
from wirediff.core.reading.watch import Stamp, stamp_of

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
    # The file's size, modification time or SHA-256 is not what it was when the text shown
    # was read (edited since, not reloaded): ``size``, ``sha256`` and ``modified`` are of the
    # file now; or, with a ``problem``, it is no regular file now (a FIFO, a device), or
    # larger than the size limit and the bytes read, and was not hashed.
    changed: bool = False
    # The web address the file gives as its own (a saved page's canonical URL), "" when none:
    # a correction log names the article it tracks (it was in no export).
    url: str = ""
    # A web archive's capture (``archived``): the address of that capture, to cite, and
    # when it was taken (ISO UTC); "" when the file is none.
    archive_url: str = ""
    archived_at: str = ""


# The Wayback Machine's address of a capture, "https://web.archive.org/web/20261201160000/
# https://www.example.com/news/story" (a modifier such as "id_" after its time), and the name
# a browser saves a capture under: "web.archive.org_web_20261201160000_example.com_news_….html"
_WAYBACK_URL = re.compile(r"https?://web\.archive\.org/web/(\d{14})(?:[a-z]{2}_)?/(.+)", re.I)
_WAYBACK_NAME = re.compile(r"web\.archive\.org_web_(\d{14})(?:[a-z]{2}_)?_", re.I)


def archived(url: str, name: str) -> tuple[str, str, str]:
    """A web archive's capture, by its page's address (``url``: a canonical address in the
    archive) or its file's ``name`` (the capture's time in it, the page's own address in
    ``url``): the page's own address, the capture's address in the archive and when it
    was taken (ISO UTC: the archive's times are UTC); ``(url, "", "")`` when it is none.
    A report of five captures of a page gave each the live page's address, and no time of
    capture for those of one day: a Wikipedia editor had to write the archive-url and
    archive-date of each by hand (a Wikipedia editor's walkthrough)."""
    found = _WAYBACK_URL.match(url)
    if found is not None:  # (its "https://" read as "https:/" by a reader that tidies paths)
        stamp, original = found[1], re.sub(r"^(https?):/+", r"\1://", found[2], flags=re.I)
    else:
        named = _WAYBACK_NAME.match(name)
        if named is None or not url.lower().startswith(("http://", "https://")):
            return url, "", ""
        stamp, original = named[1], url
    try:
        when = datetime.strptime(stamp, "%Y%m%d%H%M%S")
    except ValueError:
        return url, "", ""
    address = f"https://web.archive.org/web/{stamp}/{original}"
    return original, address, when.strftime("%Y-%m-%dT%H:%M:%SZ")


def shown_path(path: Path, folder: Path | None) -> str:
    """``path`` relative to ``folder`` when inside it, else absolute; "/" separators."""
    absolute = path.absolute()
    if folder is not None and absolute.is_relative_to(folder.absolute()):
        return absolute.relative_to(folder.absolute()).as_posix()
    return absolute.as_posix()


def file_facts(
    path: Path,
    folder: Path | None,
    clock: Clock = now_utc,
    read_as: Stamp | None = None,
    should_cancel: Callable[[], bool] | None = None,
    sha256_read: str = "",
    size_read: int = -1,
) -> FileFacts:
    """Size, SHA-256 and modification time of ``path``, read now; never raises but
    ``Cancelled``, between chunks, once ``should_cancel()`` returns True.

    ``read_as``: the file's stamp (``watch.Stamp``: size, times) when its text was read, and
    ``sha256_read``, ``size_read``: the SHA-256 and the size of the bytes read
    (``Document.file_sha256``), if the caller knows them; a file that differs now is marked
    ``changed``. Its SHA-256 is the one that tells: a same-size edit whose modification
    time was put back (``cp -p``, ``rsync -t``, a restore) kept the stamp.

    The file is opened as the readers open it (``open_regular``): a FIFO put in its place
    hung the export (and the app at quit: cancelling did not stop it), and a link to
    /dev/zero was hashed for ever; anything but a regular file is refused, and no more is
    hashed than a reader would read (``MAX_BYTES``, or the size read when larger).
    """
    check = checker(should_cancel)
    try:
        fd, info = open_regular(path)
    except ReadError as exc:
        if exc.reason == NOT_REGULAR:  # (the readers read none: not the file read then)
            return _unread(path, folder, clock, _NOT_REGULAR_NOW, changed=True)
        return _unread(path, folder, clock, exc.reason)
    limit = max(MAX_BYTES, size_read, read_as[0] if read_as is not None else 0)
    digest = hashlib.sha256()
    size = 0
    try:
        while size <= limit and info.st_size <= limit:
            check()
            chunk = os.read(fd, min(_CHUNK, limit + 1 - size))
            if not chunk:
                break
            digest.update(chunk)
            size += len(chunk)
    except OSError as exc:
        return _unread(path, folder, clock, read_error(path, exc).reason)
    finally:
        os.close(fd)
    if max(size, info.st_size) > limit:  # (larger than the bytes read, when known)
        why = too_large(path, max(size, info.st_size), limit).reason
        if size_read >= 0:
            return _unread(path, folder, clock, f"{why} now, {_NOT_READ}", changed=True)
        return _unread(path, folder, clock, why)
    sha256 = digest.hexdigest()
    return FileFacts(
        shown_path(path, folder),
        str(path.absolute()),
        size,
        sha256,
        utc_stamp(datetime.fromtimestamp(info.st_mtime, UTC)),
        utc_stamp(clock()),
        # (the bytes' hash when known: the stamp's change time moves on a chmod too, and a
        # report called a file whose rights changed "changed since it was read")
        changed=sha256_read != sha256
        if sha256_read
        else read_as is not None and read_as != stamp_of(info),
    )


_NOT_READ = "not the file its text was read from"
_NOT_REGULAR_NOW = f"{NOT_REGULAR} now, {_NOT_READ}"


def _unread(
    path: Path, folder: Path | None, clock: Clock, reason: str, changed: bool = False
) -> FileFacts:
    """The facts of a file that could not be read for the report, and why."""
    return FileFacts(
        shown_path(path, folder),
        str(path.absolute()),
        None,
        "",
        "",
        utc_stamp(clock()),
        f"could not be read for the report: {reason}",
        changed,
    )
