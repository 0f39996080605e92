"""Write a story table: every version of a story against its base, unit by unit.

wirediff story FOLDER --story ID [--format text|html|csv|json] [-o OUT]

Rows are the units of the base (and the text versions added between them), columns the
versions in the story's order. ID is the story's number as `wirediff stories FOLDER` lists
it (given the same corrections), or the name of one of its documents; the folder is grouped
with the story corrections the app keeps for it in the review store (--store), or with
those of --corrections FILE.json. The format comes from --format, else from OUT's extension
(.txt, .html, .htm, .json, .csv; another is refused). Without -o the table goes to stdout:
as text at a terminal (each base unit, then what every version did with it: = word for
word, ~ changed with [-cut-] {+added+} words, - cut, > moved; + text a version added), as
HTML into a pipe or a file, unless --format says otherwise. Boilerplate lines (navigation,
repeated captions) are left out unless --keep-boilerplate. Exit status: 0 on success, 2
with a message naming the file and the reason on bad arguments, an unreadable folder,
corrections file or review store, an unknown story or an unwritable output.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wirediff.commands.compare_args import add_compare_arguments, compare_options
from wirediff.commands.corrections import (
    add_corrections_argument,
    corrections_for,
    read_corrections,
)
from wirediff.commands.folder_story import (
    NO_STORE,
    STORY_HELP,
    UsageError,
    add_base_argument,
    add_store_arguments,
    add_strict_argument,
    check_folder,
    check_outside,
    find_story,
    load_folder,
    open_store,
    strict_status,
    with_base,
)
from wirediff.commands.output import (
    a_spreadsheet_may_open,
    add_output_argument,
    emit,
    file_refused,
    message,
    overwrites,
)
from wirediff.commands.reading_args import add_reading_arguments, path_argument
from wirediff.commands.text_args import add_text_arguments, text_layout, to_terminal
from wirediff.core.report.output import OutputError
from wirediff.core.review import StoreError
from wirediff.core.review.folders import real
from wirediff.core.review.location import default_store_path
from wirediff.core.stories import Correction, build_story_index
from wirediff.core.storytable import StoryTable, build_story_table, story_documents

PROG = "wirediff story"
FORMATS = {".html": "html", ".htm": "html", ".json": "json", ".csv": "csv", ".txt": "text"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (__doc__ or "").split("\n\n", 1)[1]
    parser.add_argument(
        "folder", type=path_argument, help="the folder of articles (read recursively)"
    )
    parser.add_argument("--story", metavar="ID", required=True, help=STORY_HELP)
    add_base_argument(parser)
    parser.add_argument(
        "--format",
        choices=sorted(set(FORMATS.values())),
        help="default: from OUT's extension, else text at a terminal, html elsewhere",
    )
    add_output_argument(parser, "write to this file, not stdout", metavar="OUT")
    parser.add_argument(
        "--keep-boilerplate",
        action="store_true",
        help="keep the lines the story index finds to be boilerplate",
    )
    add_store_arguments(parser, "story corrections")
    add_strict_argument(parser)
    add_corrections_argument(parser, ": instead of those the review store keeps for FOLDER")
    add_compare_arguments(parser)
    add_text_arguments(parser)
    add_reading_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        refused = file_refused(args)
        if refused:
            raise UsageError(refused)
        fmt = _format(args)
        from_file = _check(args)
        story, table = _build(args, from_file)
    except (UsageError, StoreError) as exc:
        message(PROG, str(exc))
        return 2
    try:  # the one place the table leaves the command: stdout or the output file
        emit(_render(table, fmt, story, args), args.output, data=fmt != "text")
    except OutputError as exc:
        message(PROG, str(exc))
        return 2
    return strict_status(args, 0)


def _check(args: argparse.Namespace) -> list[Correction] | None:
    """Refuse, before anything is read, a folder that is none, an output or a store inside
    it, an output that is the corrections file or the store; the corrections ``--corrections``
    names (None without it)."""
    check_folder(args.folder)
    for written, what in ((args.output, "the output"), (args.store, "the review store")):
        if written is not None:
            check_outside(written, args.folder, what)
    inputs = [args.corrections] if args.corrections is not None else []
    refused = overwrites(args.output, inputs, args.store or default_store_path())
    if refused:
        raise UsageError(refused)
    return read_corrections(args.corrections) if args.corrections is not None else None


def _format(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    if args.output is None:
        return "text" if to_terminal(args) else "html"
    fmt = FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"cannot tell the format from {args.output.name}: name it .txt, .html, .json or "
            ".csv, or give --format"
        )
    return fmt


def _build(args: argparse.Namespace, from_file: list[Correction] | None) -> tuple[int, StoryTable]:
    """The story's number and its table, the folder grouped as the app groups it: with the
    corrections of ``--corrections`` (``from_file``), else those the review store keeps for
    it (the store is opened, and a bad one refused, before the folder is read)."""
    folder: Path = args.folder
    store = None if from_file is not None else open_store(args, PROG, NO_STORE)
    try:
        documents = load_folder(folder, args, PROG)
        corrections = corrections_for(
            args.corrections, from_file or [], store, folder, documents, PROG
        )
    finally:
        if store is not None:
            store.close()
    index = build_story_index(documents, corrections=corrections, root=real(folder))
    story = find_story(args.story, index, folder)
    index = with_base(index, story, args.base, folder)
    base, versions = story_documents(index, story, boilerplate=args.keep_boilerplate)
    return story, build_story_table(base, versions, compare_options(args))


def _render(table: StoryTable, fmt: str, story: int, args: argparse.Namespace) -> str:
    folder, boilerplate = args.folder, args.keep_boilerplate
    if fmt == "json":
        from wirediff.core.report.story_data import to_json

        return to_json(table, story=story, folder=folder, boilerplate=boilerplate)
    if fmt == "csv":
        from wirediff.core.report.story_data import to_csv

        return to_csv(table, folder=folder, bom=a_spreadsheet_may_open(args.output))
    if fmt == "text":
        from wirediff.core.report.story_text import render_story_text

        width, color = text_layout(args, 100)
        return render_story_text(
            table, folder=folder, boilerplate=boilerplate, width=width, color=color
        )
    from wirediff.core.report.story_html import render_story_html

    return render_story_html(table, folder=folder, boilerplate=boilerplate)
