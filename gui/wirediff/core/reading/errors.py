"""The one error a reader raises, and the problem entry a load reports for it."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from wirediff.core.counts import count
from wirediff.core.record import record

# Problem codes: a stable word per kind of trouble, for tests, icons and filters.
# The reason text may carry details (sizes, byte offsets); the code never does.
EMPTY = "empty"  # no bytes, or only blank space
BINARY = "binary"  # an image, an archive, a program, NUL bytes...
UNDECODABLE = "undecodable"  # text in no encoding we can recognise
TOO_LARGE = "too-large"  # over the size limit or another cap of ReaderOptions
TRUNCATED = "truncated"  # a file of articles read in part: its first max_records kept
UNREADABLE = "unreadable"  # permission denied, I/O error, not a regular file
VANISHED = "vanished"  # listed, then gone (moved or deleted while loading)
NOT_FOUND = "not-found"  # a path given by the user that does not exist
BROKEN_LINK = "broken-link"  # a symbolic link whose target does not exist
LINK_LOOP = "link-loop"  # links that point at each other, or a folder already read
EXTERNAL_LINK = "external-link"  # a link to a folder or file outside the folders read, not followed
HIDDEN = "hidden"  # a hidden file or folder (name starts with a dot), skipped
SYSTEM = "system"  # Thumbs.db, desktop.ini, Office lock files, partial downloads
PAGE_FILES = "page-files"  # a saved web page's images, styles and scripts (name_files/, .js)
LITTLE_TEXT = "little-text"  # extraction found almost no text (scanned PDF, empty page)
MALFORMED = "malformed"  # broken JSON, CSV, DOCX or PDF structure
NO_ARTICLES = "no-articles"  # JSON/CSV without a text field in any record
MANY_ARTICLES = "many-articles"  # read_document on a file of several articles, without "#n"
# Files skipped on purpose, not trouble: the app's Problems panel does not open for them.
SET_ASIDE = frozenset({HIDDEN, SYSTEM, PAGE_FILES})


def skipped_line(path: object, reason: str, code: str) -> str:
    """A command's line (stderr, a text table's last lines) for a file left out: "skipped
    PATH: reason", but "PATH: read in part: …" for a file of which some articles were read
    ("skipped feed.jsonl: … only the first 5 were read" contradicted itself: a
    fact-checker's walkthrough)."""
    return f"{path}: {reason}" if code == TRUNCATED else f"skipped {path}: {reason}"


def unread_note(codes: Iterable[str]) -> str:
    """A summary line's note of the files not wholly read, from their problems' codes: " (2
    files skipped, 1 read in part)" — a feed read in part was counted as skipped though its
    first articles are in the outline (the forty-eighth session's note); "" when none."""
    codes = list(codes)
    in_part = codes.count(TRUNCATED)
    said = [f"{count(len(codes) - in_part, 'file')} skipped"] if len(codes) > in_part else []
    if in_part:
        said.append(
            f"{in_part:,} read in part" if said else f"{count(in_part, 'file')} read in part"
        )
    return f" ({', '.join(said)})" if said else ""


class ReadCancelled(Exception):
    """A read stopped because ``ReaderOptions.should_cancel`` said so."""


class ReadError(Exception):
    """A file could not be turned into a Document.

    ``reason`` says what is wrong in a few words ("not UTF-8 or UTF-16 text"); ``hint`` says
    what the user can do about it; ``code`` is one of the constants above. ``str()`` gives
    one line naming the file.
    """

    def __init__(self, path: Path | str, reason: str, hint: str = "", code: str = "") -> None:
        self.path = Path(path)
        self.reason = reason
        self.hint = hint
        self.code = code or UNREADABLE
        super().__init__(f"{self.path}: {reason}" + (f" ({hint})" if hint else ""))

    def problem(self) -> Problem:
        """This error as a problem entry of a load."""
        return Problem(self.path, self.reason, self.hint, self.code)


@record(frozen=True)
class Problem:
    """A file (or one record of a file) that was skipped, and why."""

    path: Path
    reason: str
    hint: str = ""
    code: str = UNREADABLE  # one of the codes above

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" + (f" ({self.hint})" if self.hint else "")

    def to_dict(self) -> dict[str, str]:
        """The entry as JSON-ready data (``path``, ``reason``, ``hint``, ``code``)."""
        return {"path": str(self.path), "reason": self.reason, "hint": self.hint, "code": self.code}
