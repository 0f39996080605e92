"""The user's story corrections on the command line: the file ``--corrections`` names,
read and checked, each message one line naming the file (and the entry at fault); each
correction that cannot apply (its documents are not in the folder) said on stderr, not
dropped in silence.
"""

from __future__ import annotations

import argparse
import json
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wirediff.commands.folder_story import UsageError
from wirediff.commands.output import message
from wirediff.commands.reading_args import path_argument
from wirediff.core.document import Document
from wirediff.core.reading import ReadError
from wirediff.core.reading.registry import read_bytes
from wirediff.core.stories import Correction, DocKey
from wirediff.core.stories.corrections import from_data, not_found

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
        f"apart entries naming documents by sha256 and path; see the README){more}",
    )


def read_corrections(path: Path) -> list[Correction]:
    """The corrections in ``path``; ``UsageError`` saying why they cannot be read, naming
    the file (and the entry, for one of the wrong shape). Read as the articles are
    (``read_bytes``: a regular file only, so a FIFO cannot hang the command, and a size cap,
    so /dev/zero cannot fill memory); a byte-order mark at the start is skipped."""
    why = f"cannot read corrections from {path}"
    try:
        text = read_bytes(path, CORRECTIONS_MAX_BYTES).decode("utf-8").removeprefix(BOM)
        data = json.loads(text)
    except ReadError as exc:
        raise UsageError(f"{why}: {exc.reason}") from None
    except UnicodeDecodeError as exc:
        raise UsageError(f"{why}: not UTF-8 text (byte {exc.start})") from None
    except json.JSONDecodeError as exc:
        raise UsageError(f"{why}: not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise UsageError(f"{why}: JSON nested too deeply") from None
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


def real(path: Path) -> Path:
    """``path`` with its links followed, made absolute (as the app's ``ui.common.paths.real``:
    a link loop stays as it is)."""
    try:
        return Path(os.path.realpath(path))
    except (OSError, ValueError):
        return Path(os.path.abspath(path))


@dataclass(frozen=True, slots=True)
class Source:
    """Where corrections came from, as the messages name it."""

    name: str  # "corrections.json"
    entry: str  # what one of them is called there: "entry"
    of: str = ""  # what follows the number


def say_not_applied(
    corrections: Sequence[Correction],
    documents: Sequence[Document],
    folder: Path,
    source: Source,
    prog: str,
) -> list[tuple[int, list[DocKey]]]:
    """Say on stderr, one line each, the corrections that name documents not in the folder
    (a typo, a path outside it, a file since deleted): they are not applied, the others
    are. Their numbers (from 1) and the keys not found."""
    gone = not_found(corrections, documents, real(folder))
    out = [(number, keys) for number, keys in enumerate(gone, 1) if keys]
    for number, keys in out:
        names = [_name(k) for k in keys[:SHOWN_NAMES]]
        if len(keys) > SHOWN_NAMES:
            names.append(f"{len(keys) - SHOWN_NAMES:,} more")
        listed = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
        verb = "is" if len(keys) == 1 else "are"
        message(
            prog,
            f"{source.name}: {source.entry} {number}{source.of} not applied: {listed} {verb} "
            "not in the folder",
        )
    return out


def _name(key: DocKey) -> str:
    """A document a correction names, as a message says it: its path, cut short; with no
    path, its text's hash."""
    if not key.path:
        return f"the text of sha256 {key.sha256[:12]}…"
    path = key.path
    return path if len(path) <= SHOWN_CHARS else path[: SHOWN_CHARS - 1] + "…"
