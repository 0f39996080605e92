"""Write a story table: every version of a story against its base, unit by unit.

wirediff story FOLDER --story ID [--format html|csv|json] [-o OUT]

Rows are the units of the base (and the text versions added between them), columns the
versions in the story's order. ID is the story's number in `wirediff stories FOLDER`, or the
name of one of its documents. The format comes from --format, else from OUT's extension
(.html, .htm, .json, .csv; another is refused). Without -o the table goes to stdout, as HTML
unless --format says otherwise. Boilerplate lines (navigation, repeated captions) are left
out unless --keep-boilerplate. Exit status: 0 on success, 2 with a message naming the file
and the reason on bad arguments, an unreadable folder, an unknown story or an unwritable
output.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wirediff.commands.compare_args import add_compare_arguments, compare_options
from wirediff.commands.folder_story import (
    STORY_HELP,
    UsageError,
    check_folder,
    check_outside,
    find_story,
    load_folder,
)
from wirediff.commands.output import add_output_argument, emit, file_refused, message
from wirediff.commands.reading_args import add_reading_arguments, path_argument
from wirediff.core.report.output import OutputError
from wirediff.core.stories import build_story_index
from wirediff.core.storytable import StoryTable, build_story_table, story_documents

PROG = "wirediff story"
FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".csv": "csv"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (__doc__ or "").split("\n\n", 1)[1]
    parser.add_argument(
        "folder", type=path_argument, help="the folder of articles (read recursively)"
    )
    parser.add_argument("--story", metavar="ID", required=True, help=STORY_HELP)
    parser.add_argument(
        "--format",
        choices=sorted(set(FORMATS.values())),
        help="default: from OUT's extension, else html",
    )
    add_output_argument(parser, "write to this file, not stdout", metavar="OUT")
    parser.add_argument(
        "--keep-boilerplate",
        action="store_true",
        help="keep the lines the story index finds to be boilerplate",
    )
    add_compare_arguments(parser)
    add_reading_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        refused = file_refused(args)
        if refused:
            raise UsageError(refused)
        fmt = _format(args)
        check_folder(args.folder)
        if args.output is not None:
            check_outside(args.output, args.folder, "the output")
        story, table = _build(args)
    except UsageError as exc:
        message(PROG, str(exc))
        return 2
    try:  # the one place the table leaves the command: stdout or the output file
        emit(_render(table, fmt, story, args), args.output, data=True)
    except OutputError as exc:
        message(PROG, str(exc))
        return 2
    return 0


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output is None:
        return "html"
    fmt = FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"cannot tell the format from {args.output.name}: name it .html, .json or .csv, "
            "or give --format"
        )
    return fmt


def _build(args: argparse.Namespace) -> tuple[int, StoryTable]:
    folder: Path = args.folder
    index = build_story_index(load_folder(folder, args, PROG))
    story = find_story(args.story, index, folder)
    base, versions = story_documents(index, story, boilerplate=args.keep_boilerplate)
    return story, build_story_table(base, versions, compare_options(args))


def _render(table: StoryTable, fmt: str, story: int, args: argparse.Namespace) -> str:
    folder, boilerplate = args.folder, args.keep_boilerplate
    if fmt == "json":
        from wirediff.core.report.story_data import to_json

        return to_json(table, story=story, folder=folder, boilerplate=boilerplate)
    if fmt == "csv":
        from wirediff.core.report.story_data import to_csv

        return to_csv(table, folder=folder, bom=args.output is not None)  # BOM: for a file
    from wirediff.core.report.story_html import render_story_html

    return render_story_html(table, story=story, folder=folder, boilerplate=boilerplate)
