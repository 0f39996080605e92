"""Command-line options for reading files, shared by the commands that read them."""

from __future__ import annotations

import argparse
import dataclasses

from wirediff.core.reading.options import MAX_BYTES, FieldMap, ReaderOptions

_KINDS = tuple(f.name for f in dataclasses.fields(FieldMap))


def _field(text: str) -> tuple[str, str]:
    kind, sep, name = text.partition("=")
    if not sep or kind not in _KINDS or not name.strip():
        raise argparse.ArgumentTypeError(
            f"{text!r}: expected KIND=NAME with KIND one of {', '.join(_KINDS)}"
        )
    return kind, name.strip()


def _megabytes(text: str) -> int:
    value = float(text)
    if value <= 0:
        raise argparse.ArgumentTypeError(f"{text} is not a positive size")
    return int(value * 1024 * 1024)


def add_reading_arguments(parser: argparse.ArgumentParser) -> None:
    """--field, --max-size and --include-hidden."""
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
        type=_megabytes,
        default=MAX_BYTES,
        metavar="MB",
        help=f"skip files larger than this (default {MAX_BYTES // 1048576} MB)",
    )
    group.add_argument(
        "--include-hidden",
        action="store_true",
        help="read hidden and system files instead of reporting them as skipped",
    )


def reader_options(args: argparse.Namespace) -> ReaderOptions:
    """The ReaderOptions the parsed arguments ask for."""
    defaults = FieldMap()
    names: dict[str, tuple[str, ...]] = {}
    for kind, name in args.field:
        names[kind] = (*names.get(kind, ()), name)
    fields = FieldMap(**{kind: (*names.get(kind, ()), *getattr(defaults, kind)) for kind in _KINDS})
    return ReaderOptions(fields=fields, include_hidden=args.include_hidden)
