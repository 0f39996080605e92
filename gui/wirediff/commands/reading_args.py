"""Command-line options for reading files, shared by the commands that read them.

Every number is checked by argparse (a clear "argument --max-size: ..." error, exit 2):
no infinity, NaN, negative or absurd value reaches the readers.
"""

from __future__ import annotations

import argparse
import errno
import math
from pathlib import Path

from wirediff.core.document import LOCAL_ZONE
from wirediff.core.reading.options import MAX_BYTES, FieldMap, ReaderOptions, sized

_KINDS = FieldMap.__match_args__  # the names of its fields, in order
_DEFAULTS = ReaderOptions()
_MB = 1024 * 1024
_MAX_MB = 4096  # wirediff holds a file in memory while it reads it
# ReaderOptions caps with an option of the same name (--max-lines...), and their help.
_CAPS = {
    "max_records": "read at most N articles from one JSON, JSON lines or CSV file",
    "max_lines": "skip documents of more than N lines",
    "max_chars": "skip documents of more than N characters",
    "max_tokens": "skip documents of more than N words and punctuation marks",
    "max_total_chars": "stop reading files once the documents read hold N characters",
}


def path_argument(text: str) -> Path:
    """A path given on the command line; "" is refused (``Path("")`` is the current
    folder: ``wirediff stories "$DIR"`` with DIR unset must not read where it stands); a
    file named "-" given as "./-" stays that file (``compare`` reads "-" from the standard
    input)."""
    if not text:
        raise argparse.ArgumentTypeError("an empty path (is a variable unset?)")
    path = Path(text)
    if text != "-" and str(path) == "-":  # "./-" names the file "-": Path("./-") is "-",
        return Path.cwd() / "-"  # which ``compare`` reads as the standard input
    return path


def exists(path: Path) -> bool:
    """``Path.exists``, False rather than OSError for a name the system will not look up
    (longer than NAME_MAX, in a folder it may not search): whoever reads the path next
    says why it cannot."""
    try:
        return path.exists()
    except (OSError, ValueError):
        return False


def missing(path: Path) -> str:
    """Why ``path`` is not there as a file or folder: "is a link loop", "is a broken link"
    (the link itself is there: "does not exist" would send the user looking for it), else
    "does not exist"."""
    if path.is_symlink():
        try:
            path.resolve(strict=True)
        except RuntimeError:  # Python 3.11: a loop raises RuntimeError
            return "is a link loop"
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                return "is a link loop"
        return "is a broken link"
    return "does not exist"


def _field(text: str) -> tuple[str, str]:
    kind, sep, name = text.partition("=")
    if not sep or kind not in _KINDS or not name.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected KIND=NAME with KIND one of {', '.join(_KINDS)}"
        )
    return kind, name.strip()


def megabytes(text: str) -> int:
    """A size in MB (fractions allowed) as bytes, between 1 byte and 4096 MB."""
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of megabytes") from None
    if not math.isfinite(value) or value <= 0 or value > _MAX_MB:
        # (a size under a byte is one byte: "0" said "not between 0 and 4096 MB")
        raise argparse.ArgumentTypeError(f"{text} is not a size between 1 byte and {_MAX_MB:,} MB")
    return max(1, int(value * _MB))


_MAX_COUNT = 10**15


def count(text: str) -> int:
    """A whole number from 1 to 10**15, also written as a float ("1e6")."""
    try:
        value = int(text)
    except ValueError:
        try:
            number = float(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if not number.is_integer():  # (nor are nan and the infinities)
            raise argparse.ArgumentTypeError(f"{text} is not a whole number") from None
        value = int(number)
    if not 1 <= value <= _MAX_COUNT:  # (said "between 1 and 10**15", in Python's notation)
        raise argparse.ArgumentTypeError(f"{text} is not between 1 and {_MAX_COUNT:,}")
    return value


def zone(text: str) -> str:
    """``--zone``: an IANA time zone, an offset or "local" (``deskzone.desk_clock``)."""
    from wirediff.core.deskzone import desk_clock  # (not at start-up: ``compare`` needs none)

    try:
        return desk_clock(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def add_reading_arguments(parser: argparse.ArgumentParser, zone_help: str = "") -> None:
    """--field, --max-size, the caps, --include-hidden, --follow-external-links and
    --zone (``zone_help``: what it does for a command that reads no folder, ``compare``)."""
    group = parser.add_argument_group("reading")
    group.add_argument(
        "--field",
        type=_field,
        action="append",
        default=[],
        metavar="KIND=NAME",
        help="in JSON, JSON lines and CSV files, the field holding KIND (one of "
        f"{', '.join(_KINDS)}); tried before the usual names; may be repeated",
    )
    group.add_argument(
        "--max-size",
        type=megabytes,
        default=MAX_BYTES,
        metavar="MB",
        help=f"skip files larger than this (default {MAX_BYTES // _MB} MB); larger, the "
        "caps on a document's characters, words and lines grow with it",
    )
    group.add_argument(
        "--max-unpacked",
        type=megabytes,
        default=_DEFAULTS.max_unpacked,
        metavar="MB",
        help="skip Word files whose XML unpacks to more than this "
        f"(default {_DEFAULTS.max_unpacked // _MB} MB)",
    )
    for name, help_text in _CAPS.items():
        default = getattr(_DEFAULTS, name)
        group.add_argument(
            "--" + name.replace("_", "-"),
            type=count,
            default=default,
            metavar="N",
            help=f"{help_text} (default {default:,})",
        )
    group.add_argument(
        "--include-hidden",
        action="store_true",
        help="read hidden and system files instead of reporting them as skipped",
    )
    group.add_argument(
        "--follow-external-links",
        action="store_true",
        help="follow links to folders and files outside the folder read (by default they "
        "are skipped and reported)",
    )
    group.add_argument(
        "--zone",
        type=zone,
        default=None,  # (LOCAL_ZONE: argparse would check a default given as text)
        metavar="ZONE",
        help=zone_help
        or "the time zone the desk's file names and datelines are written in (Europe/Athens, "
        "+02:00): a time that gives none is read in its outlet's zone, else its language's "
        "(where the folder's other documents give one), else ZONE; a time is shown with its "
        "zone where that is not ZONE's (default: local, this computer's zone, and a folder's "
        "times read as their clocks read when its zones agree within the hour)",
    )


def reader_options(
    args: argparse.Namespace, *, guess_metadata: bool = True, keep_sha256: bool = True
) -> ReaderOptions:
    """The ReaderOptions the parsed arguments ask for (``guess_metadata``: whether the
    readers guess the outlet, byline and date; ``keep_sha256``: whether the documents keep
    their files' SHA-256, which a report's provenance needs)."""
    defaults = FieldMap()
    names: dict[str, tuple[str, ...]] = {}
    for kind, name in args.field:
        names[kind] = (*names.get(kind, ()), name)
    fields = FieldMap(**{kind: (*names.get(kind, ()), *getattr(defaults, kind)) for kind in _KINDS})
    options = ReaderOptions(
        fields=fields,
        include_hidden=args.include_hidden,
        follow_external_links=args.follow_external_links,
        desk_zone=args.zone or LOCAL_ZONE,
        guess_metadata=guess_metadata,
        keep_sha256=keep_sha256,
        max_unpacked=args.max_unpacked,
        **{name: getattr(args, name) for name in _CAPS},
    )
    return sized(options, args.max_size)
