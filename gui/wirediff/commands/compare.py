"""Compare two files: aligned, word-level, side by side.

Exit status: 0 on success, 2 with a message on bad arguments or unreadable files.
"""

from __future__ import annotations

import argparse

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
from wirediff.core.reading import ReadError, read_document
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
    add_reading_arguments(parser)


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
    from wirediff.core.report.text import render_text

    width, color = text_layout(args, 160)
    return render_text(result, left.name, right.name, width=width, color=color)


FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".txt": "text"}


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
        reading = reader_options(args, guess_metadata=args.format != "text")
        left = read_document(args.left, args.max_size, reading)
        right = read_document(args.right, args.max_size, reading)
    except ReadError as exc:
        message(PROG, str(exc))
        return 2
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
