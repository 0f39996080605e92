"""Compare two files: aligned, word-level, side by side.

Exit status: 0 on success, 2 with a message on bad arguments or unreadable files.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from wirediff.commands.compare_args import add_compare_arguments, compare_options
from wirediff.commands.reading_args import add_reading_arguments, reader_options
from wirediff.core.compare import compare
from wirediff.core.reading import ReadError, read_document
from wirediff.core.report.html import render_html
from wirediff.core.report.jsonout import to_json
from wirediff.core.report.text import render_text


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("left", type=Path, help="the base version (shown on the left)")
    parser.add_argument("right", type=Path, help="the other version")
    parser.add_argument(
        "--format", choices=("text", "html", "json"), default="text", help="output format"
    )
    parser.add_argument("-o", "--output", type=Path, help="write to this file, not stdout")
    add_compare_arguments(parser)
    parser.add_argument(
        "--width", type=int, default=0, help="text format: line width (default: terminal)"
    )
    add_reading_arguments(parser)
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="text format: ANSI colours (auto: when writing to a terminal)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        reading = reader_options(args)
        left = read_document(args.left, args.max_size, reading)
        right = read_document(args.right, args.max_size, reading)
    except ReadError as exc:
        print(f"wirediff compare: {exc}", file=sys.stderr)
        return 2
    result = compare(left.text, right.text, compare_options(args))
    if args.format == "json":
        out = to_json(result, args.left, args.right) + "\n"
    elif args.format == "html":
        out = render_html(result, left, right)
    else:
        to_tty = args.output is None and sys.stdout.isatty()
        color = args.color == "always" or (args.color == "auto" and to_tty)
        width = args.width or (shutil.get_terminal_size((160, 40)).columns if to_tty else 160)
        out = render_text(result, left.name, right.name, width=width, color=color)
    # Text from other sources may hold lone surrogates no UTF-8 writer takes: escape them.
    data = out.encode("utf-8", "backslashreplace")
    if args.output is None:
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
        return 0
    tmp = args.output.with_name(args.output.name + ".part")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, args.output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        print(f"wirediff compare: cannot write {args.output}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0
