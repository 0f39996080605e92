"""The user's story corrections on the command line: a file of them (``--corrections``), or
those the app keeps for the folder in the review store, for ``stories``, ``report --story``
and ``story`` alike; each correction that cannot apply (its documents are not in the
folder) said on stderr, not dropped in silence.

The app's key for one folder opened is its real path (``core.review.folders.folder_key``);
a folder's corrections kept under the name it had before it was moved are found as the app
finds them (``core.review.folders.moved_from``).
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wirediff.commands.folder_story import UsageError
from wirediff.commands.output import message
from wirediff.commands.reading_args import path_argument
from wirediff.core.counts import count
from wirediff.core.document import Document
from wirediff.core.jsontext import JSONTextError, parse_json
from wirediff.core.reading import ReadError
from wirediff.core.reading.registry import read_bytes
from wirediff.core.review import Correction as StoredCorrection
from wirediff.core.review import ReviewStore
from wirediff.core.review.folders import moved_from, real
from wirediff.core.stories import Correction, DocKey
from wirediff.core.stories.corrections import (
    InvalidCorrection,
    NotApplied,
    from_data,
    from_stored,
    not_applied,
)

# A corrections file holds a few entries per document the user corrected: kilobytes.
CORRECTIONS_MAX_BYTES = 20 * 1024 * 1024
BOM = "\ufeff"  # what Windows Notepad starts a UTF-8 file with
SHOWN_NAMES = 3  # of the documents a correction names and the folder lacks, said by name
SHOWN_CHARS = 120  # of a path said (an entry's path may be megabytes)


def add_corrections_argument(parser: argparse.ArgumentParser, more: str = "") -> None:
    """``--corrections FILE.json``; ``more`` ends its help (": instead of …")."""
    parser.add_argument(
        "--corrections",
        type=path_argument,
        metavar="FILE.json",
        help="corrections of the grouping to apply (a JSON list of move / split / same / "
        "apart / event / other-event / base entries naming documents by sha256 and path; see "
        f"the README){more}",
    )


def read_corrections(path: Path) -> list[Correction]:
    """The corrections in ``path``; ``UsageError`` saying why they cannot be read, naming
    the file (and the entry, for one of the wrong shape). Read as the articles are
    (``read_bytes``: a regular file only, so a FIFO cannot hang the command, and a size cap,
    so /dev/zero cannot fill memory); a byte-order mark at the start is skipped."""
    why = f"cannot read corrections from {path}"
    try:
        text = read_bytes(path, CORRECTIONS_MAX_BYTES).decode("utf-8").removeprefix(BOM)
        data = parse_json(text)
    except ReadError as exc:
        raise UsageError(f"{why}: {exc.reason}") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{why}: not UTF-8 text (byte {exc.start})") from None
    except JSONTextError as exc:  # broken, nested too deeply, a number of 5,000 digits
        raise UsageError(f"{why}: {exc}") from None
    try:
        return from_data(data)
    except ValueError as exc:  # valid JSON, not a list of corrections: which entry
        raise UsageError(f"{why}: {_which(data) or exc}") from None
    except RecursionError:  # (an entry nested deep enough for a key's repr)
        raise UsageError(f"{why}: JSON nested too deeply") from None


def _which(data: object) -> str | None:
    """``entry N: why`` for the first entry of ``data`` that is not a correction."""
    if not isinstance(data, list):
        return None
    for number, item in enumerate(data, 1):
        try:
            from_data([item])
        except ValueError as exc:
            return f"entry {number}: {exc}"
    return None


@dataclass(frozen=True, slots=True)
class Source:
    """Where corrections came from, as the messages name it."""

    name: str  # "corrections.json", "the review store /…/review.sqlite3"
    entry: str  # what one of them is called there: "entry", "story correction"
    of: str = ""  # " of FOLDER" after the number, for the store's


def stored_corrections(
    store: ReviewStore, folder: Path, documents: Sequence[Document], prog: str
) -> list[Correction]:
    """The corrections the app keeps for ``folder`` in ``store``, oldest first (the order
    to apply them, and the app's Corrections list's). When it has none, those of a folder
    it was moved or renamed from (gone, and every document they name here, by its text or
    at its path), as
    the app takes them over when it opens the folder, but read only: the store is left as
    it is. Those that cannot be read (damaged, or written by a newer wirediff) are said and
    left out, as the app does, and so are those that say nothing (an empty split: each said
    with why). ``StoreError`` if the store cannot be read."""
    key = str(real(folder))  # (``folder_key`` of one folder: its real path)
    stored = store.corrections(key)
    if not stored:
        stored = _moved(store, documents, real(folder), prog)
    out: list[Correction] = []
    unread = 0
    for item in stored:
        try:
            if item.damaged:
                raise ValueError(item.damaged)
            out.append(from_stored(item.payload, item.payload_version))
        except InvalidCorrection as exc:  # (an empty split: read, but it says nothing)
            message(
                prog,
                f"the review store {store.path}: a story correction of {folder} not applied: {exc}",
            )
        except ValueError:
            unread += 1
    if unread:
        message(
            prog,
            f"{count(unread, 'story correction')} of {folder} could not be read from the review "
            f"store {store.path} (damaged, or written by a newer wirediff): not applied",
        )
    return out


def _moved(
    store: ReviewStore, documents: Sequence[Document], root: Path, prog: str
) -> list[StoredCorrection]:
    """The corrections kept for folders the documents (read from ``root``) were moved from
    (``core.review.folders.moved_from``, as the app finds them), oldest first."""
    moved = moved_from(store, documents, root)
    for old in moved:
        message(
            prog,
            f"story corrections of {old} applied: the folder was moved from there (the app "
            "keeps them for it when it opens it)",
        )
    return sorted((c for old in moved for c in store.corrections(old)), key=lambda c: c.id)


def say_not_applied(
    corrections: Sequence[Correction],
    documents: Sequence[Document],
    folder: Path,
    source: Source,
    prog: str,
) -> list[tuple[int, NotApplied]]:
    """Say on stderr, one line each, the corrections that do not apply: they name documents
    not in the folder (a typo, a path outside it, a file since deleted), or name one
    document by two keys (its hash, and its path); the others apply. Their numbers (from 1)
    and why."""
    found = not_applied(corrections, documents, real(folder))
    out = [(number, why) for number, why in enumerate(found, 1) if why is not None]
    for number, why in out:
        message(prog, f"{source.name}: {source.entry} {number}{source.of} not applied: {_why(why)}")
    return out


def _why(why: NotApplied) -> str:
    """``a3.txt is not in the folder``, ``the text of sha256 … and a.txt name one document``."""
    if why.one_document:
        return f"{_listed(why.one_document)} name one document"
    verb = "is" if len(why.missing) == 1 else "are"
    return f"{_listed(why.missing)} {verb} not in the folder"


def _listed(keys: Sequence[DocKey]) -> str:
    """``a.txt``, ``a.txt and b.txt``, ``a.txt, b.txt, c.txt and 7 more``."""
    names = [_name(k) for k in keys[:SHOWN_NAMES]]
    if len(keys) > SHOWN_NAMES:
        names.append(f"{len(keys) - SHOWN_NAMES:,} more")
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _name(key: DocKey) -> str:
    """A document a correction names, as a message says it: its path, cut short; with no
    path, its text's hash."""
    if not key.path:
        return f"the text of sha256 {key.sha256[:12]}…"
    path = key.path
    return path if len(path) <= SHOWN_CHARS else path[: SHOWN_CHARS - 1] + "…"


def corrections_for(
    file: Path | None,
    from_file: Sequence[Correction],
    store: ReviewStore | None,
    folder: Path,
    documents: Sequence[Document],
    prog: str,
) -> list[Correction]:
    """The corrections to group ``folder`` (``documents`` read from it) with: ``from_file``,
    read from ``file`` (``--corrections``, read before the folder), when one is given, else
    those ``store`` keeps for the folder; each that cannot apply said on stderr."""
    if file is not None:
        corrections = list(from_file)
        source = Source(str(file), "entry")
    elif store is not None:
        corrections = stored_corrections(store, folder, documents, prog)
        source = Source(f"the review store {store.path}", "story correction", f" of {folder}")
    else:
        return []
    say_not_applied(corrections, documents, folder, source, prog)
    return corrections
