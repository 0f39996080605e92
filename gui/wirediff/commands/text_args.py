"""Command-line options of the text format (for a terminal), shared by the commands that
write it: --width and --color, and the layout they ask for."""

from __future__ import annotations

import argparse
import os
import sys

from wirediff.commands.output import colour_wanted, is_terminal, terminal_columns

MIN_WIDTH, MAX_WIDTH = 20, 1000


def _width(text: str) -> int:
    """--width: 0 (the terminal's) or a number of columns in a sensible range."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of columns") from None
    if value != 0 and not MIN_WIDTH <= value <= MAX_WIDTH:
        raise argparse.ArgumentTypeError(
            f"{text} is not 0 (the terminal's width) or between {MIN_WIDTH} and {MAX_WIDTH}"
        )
    return value


def add_text_arguments(parser: argparse.ArgumentParser) -> None:
    """--width and --color."""
    parser.add_argument(
        "--width",
        type=_width,
        default=0,
        help=(
            f"text format: line width, {MIN_WIDTH}-{MAX_WIDTH} (default: the terminal's; "
            "into a file or a pipe, $COLUMNS if exported)"
        ),
    )
    parser.add_argument(
        "--color",
        choices=("auto", "always", "never"),
        default="auto",
        help="text format: ANSI colours (auto: when writing to a terminal, unless NO_COLOR "
        "is set or TERM is dumb)",
    )


def to_terminal(args: argparse.Namespace) -> bool:
    """Whether the result goes to a terminal (no -o, and stdout is one)."""
    return args.output is None and is_terminal(sys.stdout)


def text_layout(args: argparse.Namespace, fallback: int) -> tuple[int, bool]:
    """The width (``--width``, else the terminal's, else — the text going to a file or a
    pipe — ``COLUMNS`` when it is exported and sensible, else ``fallback``: ``COLUMNS=60
    wirediff compare A B | less`` was 160 wide) and whether to colour it (``--color``;
    ``auto``: ``colour_wanted``)."""
    tty = to_terminal(args)
    color = args.color == "always" or (args.color == "auto" and tty and colour_wanted())
    width = args.width or (terminal_columns(fallback) if tty else _exported_columns(fallback))
    return width, color


def _exported_columns(fallback: int) -> int:
    try:
        columns = int(os.environ.get("COLUMNS", ""))
    except ValueError:
        return fallback
    return columns if MIN_WIDTH <= columns <= MAX_WIDTH else fallback
