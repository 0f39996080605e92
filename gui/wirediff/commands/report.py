"""Write an evidence report: a pair, a story or a folder's findings, with provenance.

wirediff report FOLDER --story ID -o OUT      every version of a story against its base
wirediff report FOLDER --story ID --chain …   each version against the one before it
wirediff report [FOLDER] A B -o OUT           B against A (the base)
wirediff report FOLDER -o OUT                 every pair of FOLDER reviewed, flagged or noted

OUT's extension picks the format (or --format): .html (one self-contained page), .pdf
(printed by Qt, no browser), .json (all but the aligned text), .csv (a pair's or a story's
versions table, an empty row, the table of flags and notes, an empty row, then every
change: three tables of different widths; a folder's: its flags and notes). --context N
(html, pdf) keeps the changed rows and N around each. Flags and notes come from the review
store the app keeps (--store); a story is grouped as the app groups it, with the story
corrections kept there for FOLDER, or with those of --corrections FILE.json instead.
Nothing is written under FOLDER. Exit status: 0 on success, 2 with a message naming the
file and the reason on bad arguments, unreadable files or an unwritable output.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from wirediff.commands.compare_args import add_compare_arguments, compare_options
from wirediff.commands.corrections import (
    add_corrections_argument,
    corrections_for,
    read_corrections,
)
from wirediff.commands.folder_story import (
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
    write_output,
)
from wirediff.commands.output import (
    a_spreadsheet_may_open,
    add_output_argument,
    file_refused,
    message,
    overwrites,
)
from wirediff.commands.reading_args import (
    add_reading_arguments,
    exists,
    path_argument,
    reader_options,
)
from wirediff.core.document import Document
from wirediff.core.reading import ReadError, holding_file, read_document
from wirediff.core.report.evidence import (
    EvidenceReport,
    folder_report,
    pair_level,
    pair_report,
    story_report,
)
from wirediff.core.review import StoreError
from wirediff.core.review.folders import real
from wirediff.core.review.location import default_store_path
from wirediff.core.stories import build_story_index
from wirediff.core.stories.corrections import chosen_bases
from wirediff.core.stories.model import chosen_now
from wirediff.export.report import FORMATS, render

PROG = "wirediff report"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (__doc__ or "").split("\n\n", 1)[1]
    parser.add_argument(
        "paths", nargs="+", type=path_argument, metavar="PATH", help="FOLDER, A B, or FOLDER A B"
    )
    parser.add_argument("--story", metavar="ID", help=STORY_HELP)
    parser.add_argument(
        "--chain",
        action="store_true",
        help="with --story: each version against the one before it in time order (a "
        "changelog of its revisions), not against the story's base",
    )
    add_base_argument(parser)
    add_output_argument(parser, "the file to write", required=True)
    parser.add_argument(
        "--format", choices=sorted(set(FORMATS.values())), help="default: from OUT's extension"
    )
    parser.add_argument(
        "--context",
        type=_rows,
        metavar="N",
        help="html, pdf: the aligned text's changed rows only, with N unchanged rows around "
        "each (default: the whole text; a report to send, not a 1,885-page PDF)",
    )
    add_store_arguments(parser, "flags, notes, review marks and story corrections")
    add_strict_argument(parser)
    add_corrections_argument(
        parser, ": with --story, instead of those the review store keeps for FOLDER"
    )
    add_compare_arguments(parser)
    add_reading_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        report, fmt = _build(args)
        data = _render(report, fmt, a_spreadsheet_may_open(args.output), args.context)
    except (UsageError, StoreError) as exc:
        message(PROG, str(exc))
        return 2
    return strict_status(args, write_output(args.output, data, PROG))


def _format(args: argparse.Namespace) -> str:
    fmt = args.format or FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"cannot tell the format from {args.output.name}: name it .html, .pdf, .json or "
            ".csv, or give --format"
        )
    return str(fmt)


def _build(args: argparse.Namespace) -> tuple[EvidenceReport, str]:
    refused = file_refused(args)
    if refused:
        raise UsageError(refused)
    fmt = _format(args)
    paths: list[Path] = args.paths
    if len(paths) > 3:
        raise UsageError("give FOLDER, A B, or FOLDER A B")
    folder = paths[0] if len(paths) != 2 else None
    if folder is not None:
        check_folder(folder)
    if args.story is not None and len(paths) != 1:
        raise UsageError("--story goes with FOLDER alone, not with two files")
    if folder is None and os.path.isdir(paths[0]):  # FOLDER A, B forgotten (a path that
        # cannot be looked at is no folder here: reading it says why)
        raise UsageError(
            f"{paths[0]} is a folder: give FOLDER A B (a pair in it), FOLDER --story ID, "
            "FOLDER alone (its flags and notes) or two files A B"
        )
    if args.base is not None and args.story is None:
        raise UsageError("--base goes with --story (the base of the story reported)")
    if args.context is not None and fmt not in ("html", "pdf"):
        raise UsageError(f"--context shapes an HTML or PDF report's aligned text, not {fmt}")
    if args.chain and args.story is None:
        raise UsageError("--chain goes with --story (the versions of the story reported)")
    if args.chain and args.base is not None:
        raise UsageError("--chain reads each version against the one before: no --base")
    if args.corrections is not None and args.story is None:
        raise UsageError(
            "--corrections goes with --story (only a story's report groups the folder)"
        )
    for written, what in ((args.output, "the output"), (args.store, "the review store")):
        if folder is not None and written is not None:
            check_outside(written, folder, what)
    inputs = [p for p in paths[-2:] if len(paths) >= 2]
    inputs += [args.corrections] if args.corrections is not None else []
    refused = overwrites(args.output, inputs, args.store or default_store_path())
    if refused:
        raise UsageError(refused)
    from_file = read_corrections(args.corrections) if args.corrections is not None else []
    store = open_store(args, PROG, "reporting without flags and notes")
    try:
        options = compare_options(args)
        if len(paths) >= 2:
            base, other = (_read(p, folder, args) for p in paths[-2:])
            level, said = pair_level(base, other)
            report = pair_report(
                base,
                other,
                options=options,
                store=store,
                folder=folder,
                derivation=level,
                evidence=said,
            )
            return report, fmt
        assert folder is not None
        documents = load_folder(folder, args, PROG)
        if args.story is not None:
            corrections = corrections_for(
                args.corrections, from_file, store, folder, documents, PROG
            )
            index = build_story_index(documents, corrections=corrections, root=real(folder))
            story = find_story(args.story, index, folder)
            index = with_base(index, story, args.base, folder)
            report = story_report(
                index, story, options=options, store=store, folder=folder, chain=args.chain
            )
            return report, fmt
        if store is None:
            raise UsageError(
                "without a review store there are no findings to report: give --story ID, "
                "or two files"
            )
        # (the bases chosen with b, as the app's stories have them: on their pairs' left;
        # grouped only when one was chosen — a later b on a story replaces an earlier one)
        corrections = corrections_for(None, [], store, folder, documents, PROG)
        bases: set[int] = set()
        if chosen_bases(corrections, documents, real(folder)):
            index = build_story_index(documents, corrections=corrections, root=real(folder))
            bases = chosen_now(index)
        report = folder_report(documents, options=options, store=store, folder=folder, bases=bases)
        return report, fmt
    finally:
        if store is not None:
            store.close()


def _read(path: Path, folder: Path | None, args: argparse.Namespace) -> Document:
    """A file named on the command line (or an article, ``FILE#n``, as ``stories`` names
    them): as given, else relative to FOLDER."""
    if folder is not None:
        inside = folder / path
        if not exists(holding_file(path)) and exists(holding_file(inside)):
            path = inside
        elif not exists(holding_file(path)) and len(path.parts) == 1:
            path = _by_name(path, folder)
    try:
        return read_document(path, args.max_size, reader_options(args))
    except ReadError as exc:
        raise UsageError(str(exc)) from exc


def _by_name(path: Path, folder: Path) -> Path:
    """A bare file name found in a folder of FOLDER's, as ``--story`` takes one (a pair's
    two names had to be given with their folders); unchanged when none has it."""
    name = holding_file(path).name
    try:
        found = [p for p in sorted(folder.rglob(name)) if p.is_file()]
    except OSError:  # (a name longer than the system takes: reading it says so)
        return path
    if len(found) > 1:
        raise UsageError(
            f"{path}: {len(found)} files of {folder} by that name; give its path in the folder"
        )
    return found[0].with_name(path.name) if found else path


def _rows(text: str) -> int:
    """``--context N``: a count of rows, 0 or more."""
    try:
        rows = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of rows: {text!r}") from None
    if rows < 0:
        raise argparse.ArgumentTypeError(f"a number of rows, 0 or more: {text!r}")
    return rows


def _render(report: EvidenceReport, fmt: str, bom: bool, context: int | None = None) -> bytes:
    try:
        return render(report, fmt, warn=lambda text: message(PROG, text), bom=bom, context=context)
    except ImportError as exc:  # a PDF is printed by Qt
        raise UsageError(f"a PDF is printed with Qt, which cannot be loaded: {exc}") from exc
