"""Compare two files: aligned, word-level, side by side.

Exit status: 0 on success, 2 with a message on bad arguments or unreadable files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wirediff.commands.compare_args import add_compare_arguments, compare_options
from wirediff.commands.output import (
    add_output_argument,
    emit,
    file_refused,
    format_of_output,
    message,
    overwrites,
    unknown_format,
)
from wirediff.commands.reading_args import add_reading_arguments, path_argument, reader_options
from wirediff.commands.text_args import add_text_arguments, text_layout
from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.reading import ReaderOptions, ReadError, read_document
from wirediff.core.reading.errors import EMPTY, TOO_LARGE
from wirediff.core.reading.limits import cap_hint
from wirediff.core.reading.registry import parse
from wirediff.core.report.output import OutputError
from wirediff.core.result import Comparison

PROG = "wirediff compare"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("left", type=path_argument, help="the base version (shown on the left)")
    parser.add_argument("right", type=path_argument, help="the other version")
    parser.add_argument(
        "--format",
        choices=("text", "html", "json"),
        help=(
            "output format (default: from OUTPUT's extension, .html, .htm or .json; text for "
            ".txt, .text, .diff, .patch, .log, .out or none; another is refused)"
        ),
    )
    add_output_argument(parser, "write to this file, not stdout")
    add_compare_arguments(parser)
    add_text_arguments(parser)
    add_reading_arguments(parser, ZONE_HELP)


# (``--zone`` was taken and never used: the sides' headings showed a New York page's 08:30
# and a desk's file name of 14:45 with no zone, whatever zone the desk named — a review)
ZONE_HELP = (
    "the time zone the desk's file names and datelines are written in (Europe/Athens, "
    "+02:00): the HTML and JSON outputs head each side with its date, a time that gives no "
    "zone read in its outlet's or its language's zone when the other side gives one, else in "
    "ZONE, and a time shown with its zone where that is not ZONE's (default: local, this "
    "computer's zone); the text output prints no date"
)


def _render(result: Comparison, left: Document, right: Document, args: argparse.Namespace) -> str:
    """The result in the format asked for. Each format's renderer is imported only when it is
    the one asked for (JSON's brings the json module, HTML's the headings' pieces): start-up
    is most of the time of a small comparison."""
    if args.format == "json":
        from wirediff.core.report.jsonout import to_json

        return to_json(result, args.left, args.right, (left, right)) + "\n"
    if args.format == "html":
        from wirediff.core.report.html import render_html

        return render_html(result, left, right)
    from wirediff.core.document import names_apart
    from wirediff.core.report.text import render_text

    width, color = text_layout(args, 160)
    return render_text(result, *names_apart(left.path, right.path), width=width, color=color)


FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".txt": "text"}


STDIN = "-"  # A or B read from the standard input (`… | wirediff compare - b.txt`)
STDIN_NAME = "(standard input)"


def _read(path: Path, max_bytes: int, reading: ReaderOptions) -> Document:
    """The file at ``path``, or the standard input's bytes for "-" (read as a file of
    unknown kind is: text, a web page, a PDF or Word file by its first bytes); a file
    named "-" is ``./-``."""
    if str(path) != STDIN:
        return read_document(path, max_bytes, reading)
    data = sys.stdin.buffer.read(max_bytes + 1) if sys.stdin is not None else b""
    if len(data) > max_bytes:
        raise ReadError(
            STDIN_NAME,
            f"too large (more than {max_bytes:,} bytes)",
            cap_hint("max_size"),
            TOO_LARGE,
        )
    if not data:
        raise ReadError(
            STDIN_NAME, "empty (nothing was piped in)", "pipe a text in, or name a file", EMPTY
        )
    items = parse(Path(STDIN_NAME), data, reading)
    found = next((item for item in items if isinstance(item, Document)), None)
    if found is None:
        error = next(item for item in items if isinstance(item, ReadError))
        raise error
    return found


def run(args: argparse.Namespace) -> int:
    unknown = unknown_format(args, FORMATS)
    args.format = format_of_output(args, FORMATS, "text")
    refused = file_refused(args) or overwrites(args.output, (args.left, args.right)) or unknown
    if refused:
        message(PROG, refused)
        return 2
    try:
        # The outlet, byline and date are guessed for HTML and JSON, which give them; text
        # names the files (the guesses cost more than a small comparison).
        # (and no provenance: the files' SHA-256 need not be kept)
        reading = reader_options(args, guess_metadata=args.format != "text", keep_sha256=False)
        if str(args.left) == str(args.right) == STDIN:
            message(PROG, "only one of A and B can be - (the standard input)")
            return 2
        left, right = (_read(path, args.max_size, reading) for path in (args.left, args.right))
        args.left, args.right = (
            Path(STDIN_NAME) if str(path) == STDIN else path for path in (args.left, args.right)
        )  # (as the outputs name it)
    except ReadError as exc:
        message(PROG, str(exc))
        return 2
    if args.format != "text":  # (the text output names the files alone: no date to place)
        from wirediff.core.deskzone import with_desk_zone

        left, right = with_desk_zone([left, right], clock=reading.desk_zone)
    options = compare_options(args)
    try:
        result = compare(left.text, right.text, options)
        out = _render(result, left, right, args)
    except MemoryError:
        message(PROG, f"out of memory comparing {args.left} with {args.right}")
        return 2
    try:
        emit(out, args.output, data=args.format != "text")
    except OutputError as exc:
        message(PROG, str(exc))
        return 2
    return 0
