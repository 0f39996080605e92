"""Write an evidence report: a pair, a story or a folder's findings, with provenance.

wirediff report FOLDER --story ID -o OUT      every version of a story against its base
wirediff report [FOLDER] A B -o OUT           B against A (the base)
wirediff report FOLDER -o OUT                 every pair of FOLDER reviewed, flagged or noted

OUT's extension picks the format (or --format): .html (one self-contained page), .pdf
(printed by Qt, no browser), .json (all but the aligned text), .csv (one row per flag or
note). Flags and notes come from the review store the app keeps (--store). Nothing is
written under FOLDER. Exit status: 0 on success, 2 with a message naming the file and the
reason on bad arguments, unreadable files or an unwritable output.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from wirediff.commands.compare_args import add_compare_arguments, compare_options
from wirediff.commands.output import message
from wirediff.commands.reading_args import add_reading_arguments, reader_options
from wirediff.core.document import Document
from wirediff.core.reading import ReadError, load_paths, read_document
from wirediff.core.report.evidence import (
    EvidenceReport,
    folder_report,
    pair_report,
    story_report,
)
from wirediff.core.report.output import OutputError, write_file
from wirediff.core.review import ReviewStore, StoreError
from wirediff.core.review.location import default_store_path
from wirediff.core.stories import StoryIndex, build_story_index

PROG = "wirediff report"
FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json", ".csv": "csv"}


class UsageError(Exception):
    """A message for the user; the command exits with status 2."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.formatter_class = argparse.RawDescriptionHelpFormatter
    parser.epilog = (__doc__ or "").split("\n\n", 1)[1]
    parser.add_argument(
        "paths", nargs="+", type=Path, metavar="PATH", help="FOLDER, A B, or FOLDER A B"
    )
    parser.add_argument(
        "--story",
        metavar="ID",
        help="the story to report: its number in `wirediff stories FOLDER`, or the name of "
        "one of its documents",
    )
    parser.add_argument("-o", "--output", type=Path, required=True, help="the file to write")
    parser.add_argument(
        "--format", choices=sorted(set(FORMATS.values())), help="default: from OUT's extension"
    )
    parser.add_argument(
        "--store",
        type=Path,
        help=f"the review store to read flags and notes from (default: {default_store_path()})",
    )
    parser.add_argument(
        "--no-store", action="store_true", help="leave flags, notes and review marks out"
    )
    add_compare_arguments(parser)
    add_reading_arguments(parser)


def run(args: argparse.Namespace) -> int:
    try:
        report, fmt = _build(args)
        data = _render(report, fmt)
    except (UsageError, StoreError) as exc:
        message(PROG, str(exc))
        return 2
    return _write(args.output, data)


def _format(args: argparse.Namespace) -> str:
    fmt = args.format or FORMATS.get(args.output.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"cannot tell the format from {args.output.name}: name it .html, .pdf, .json or "
            ".csv, or give --format"
        )
    return str(fmt)


def _inside(path: Path, folder: Path) -> bool:
    return path.resolve().is_relative_to(folder.resolve())


def _build(args: argparse.Namespace) -> tuple[EvidenceReport, str]:
    fmt = _format(args)
    paths: list[Path] = args.paths
    if len(paths) > 3:
        raise UsageError("give FOLDER, A B, or FOLDER A B")
    folder = paths[0] if len(paths) != 2 else None
    if folder is not None and not folder.is_dir():
        what = "does not exist" if not folder.exists() else "is not a folder"
        raise UsageError(f"{folder} {what}")
    if args.story is not None and len(paths) != 1:
        raise UsageError("--story goes with FOLDER alone, not with two files")
    for written, what in ((args.output, "the output"), (args.store, "the review store")):
        if folder is not None and written is not None and _inside(written, folder):
            raise UsageError(
                f"{written} is inside {folder}: write {what} elsewhere (the folder is read as "
                "documents, and wirediff never writes there)"
            )
    store = _open_store(args)
    try:
        options = compare_options(args)
        if len(paths) >= 2:
            base, other = (_read(p, folder, args) for p in paths[-2:])
            return pair_report(base, other, options=options, store=store, folder=folder), fmt
        assert folder is not None
        documents = _load(folder, args)
        if args.story is not None:
            index = build_story_index(documents)
            story = _story(args.story, index, folder)
            return story_report(index, story, options=options, store=store, folder=folder), fmt
        if store is None:
            raise UsageError(
                "without a review store there are no findings to report: give --story ID, "
                "or two files"
            )
        return folder_report(documents, options=options, store=store, folder=folder), fmt
    finally:
        if store is not None:
            store.close()


def _open_store(args: argparse.Namespace) -> ReviewStore | None:
    if args.no_store:
        return None
    path: Path = args.store or default_store_path()
    if not path.exists():
        if args.store is not None:
            message(PROG, f"no review store at {path}; reporting without flags and notes")
        return None
    store = ReviewStore.open(path)
    if store.notice:
        message(PROG, store.notice)
    return store


def _read(path: Path, folder: Path | None, args: argparse.Namespace) -> Document:
    """A file named on the command line: as given, else relative to FOLDER."""
    if folder is not None and not path.exists() and (folder / path).exists():
        path = folder / path
    try:
        return read_document(path, args.max_size, reader_options(args))
    except ReadError as exc:
        raise UsageError(str(exc)) from exc


def _load(folder: Path, args: argparse.Namespace) -> list[Document]:
    loaded = load_paths([folder], max_bytes=args.max_size, options=reader_options(args))
    for problem in loaded.problems:
        message(PROG, f"skipped {problem}")
    if not loaded.documents:
        raise UsageError(f"no readable documents in {folder}")
    return list(loaded.documents)


def _story(wanted: str, index: StoryIndex, folder: Path) -> int:
    """The story ``--story`` names: by its number, or by one of its documents."""
    if wanted.isdigit():
        if int(wanted) >= len(index.stories):
            raise UsageError(
                f"no story {wanted}: {folder} has {len(index.stories)} stories, numbered from "
                f"0 (`wirediff stories {folder}` lists them)"
            )
        return int(wanted)
    target = Path(wanted)
    matches = [
        i
        for i, d in enumerate(index.documents)
        if d.path.name == wanted
        or d.path == folder / target
        or (target.exists() and d.path.resolve() == target.resolve())
    ]
    if len(matches) != 1:
        how = "no document" if not matches else f"{len(matches)} documents"
        raise UsageError(f"--story {wanted}: {how} of {folder} by that name")
    return index.story_of(matches[0]).id


def _render(report: EvidenceReport, fmt: str) -> bytes:
    if fmt == "json":
        from wirediff.core.report.evidence_data import to_json

        text = to_json(report)
    elif fmt == "csv":
        from wirediff.core.report.evidence_data import to_csv

        text = to_csv(report)
    else:
        from wirediff.core.report.evidence_html import render_report

        text = render_report(report, for_print=fmt == "pdf")
        if fmt == "pdf":
            try:  # Qt only when a PDF is asked for
                from wirediff.export.pdf import html_to_pdf
            except ImportError as exc:
                raise UsageError(
                    f"a PDF is printed with Qt, which cannot be loaded: {exc}"
                ) from exc
            return html_to_pdf(text, title=report.title)
    # Text from other sources may hold lone surrogates no UTF-8 writer takes: escape them.
    return text.encode("utf-8", "backslashreplace")


def _write(path: Path, data: bytes) -> int:
    """Write ``data`` to ``path`` through the shared output helper (atomic for files;
    pipes and devices written into; symlinks kept)."""
    try:
        write_file(path, data)
    except OutputError as exc:
        message(PROG, str(exc))
        return 2
    return 0
