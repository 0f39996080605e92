"""The user's story corrections on the command line: the file ``--corrections`` names,
read and checked, each message one line naming the file (and the entry at fault).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from wirediff.commands.folder_story import UsageError
from wirediff.commands.reading_args import path_argument
from wirediff.core.reading import ReadError
from wirediff.core.reading.registry import read_bytes
from wirediff.core.stories import Correction
from wirediff.core.stories.corrections import from_data

# A corrections file holds a few entries per document the user corrected: kilobytes.
CORRECTIONS_MAX_BYTES = 20 * 1024 * 1024
BOM = "\ufeff"  # what Windows Notepad starts a UTF-8 file with


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
