"""Group a folder's documents into stories (versions of one text) and events.

Exit status: 0 when at least one document was read (unreadable files are listed on stderr
and in the output's problems; 1 then with ``--strict``), 2 with a message on bad arguments
or when nothing was read.
With ``--engine dask`` the grouping runs on a Dask cluster (``wirediff.scale``, the
``scale`` extra) and writes a Parquet stories index.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from wirediff.commands.corrections import (
    Source,
    add_corrections_argument,
    read_corrections,
    say_not_applied,
    stored_corrections,
)
from wirediff.commands.folder_story import (
    NO_STORE,
    UsageError,
    add_store_arguments,
    add_strict_argument,
    check_folder,
    check_outside,
    find_document,
    left_out,
    left_out_note,
    open_store,
    say_skipped,
    strict_status,
    with_cli_hints,
)
from wirediff.commands.output import (
    a_spreadsheet_may_open,
    add_output_argument,
    emit,
    escapes_drawn,
    file_refused,
    format_of_output,
    is_terminal,
    message,
    overwrites,
    unknown_format,
)
from wirediff.commands.progress import Progress, add_progress_argument
from wirediff.commands.reading_args import add_reading_arguments, path_argument, reader_options
from wirediff.core.counts import count
from wirediff.core.document import Document
from wirediff.core.jsontext import json_text
from wirediff.core.reading import Problem, load_paths
from wirediff.core.reading.errors import skipped_line
from wirediff.core.report.output import OutputError
from wirediff.core.review import ReviewStore, StoreError
from wirediff.core.review.folders import real
from wirediff.core.review.location import default_store_path
from wirediff.core.stories import (
    Correction,
    PairDerivation,
    StoryIndex,
    StoryOptions,
    build_story_index,
    progress_text,
)
from wirediff.core.stories.corrections import NotApplied
from wirediff.core.stories.relation import every_derivation
from wirediff.core.stories.report import (
    VERSION,
    corrections_data,
    problems_data,
    relative,
    to_csv,
    to_data,
    to_text,
)
from wirediff.core.stories.reuse import (
    OutletReuse,
    reuse_by_outlet,
    reuse_csv,
    reuse_data,
    reuse_text,
)
from wirediff.core.textsafe import printable

PROG = "wirediff stories"
_DEFAULTS = StoryOptions()


def _share(text: str) -> float:
    try:
        value = float(text)
    except ValueError:  # (argparse said "invalid _share value: 'abc'")
        raise argparse.ArgumentTypeError(f"{text!r} is not a number between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not between 0 and 1")
    return value


def _progress(args: argparse.Namespace) -> Progress | None:
    """How stderr says the work under way (None: ``--no-progress``, or stderr closed)."""
    if args.no_progress or sys.stderr is None:
        return None
    return Progress(PROG, rewrite=is_terminal(sys.stderr) and escapes_drawn())


def _grouping(progress: Progress) -> Callable[[str, int, int], None]:
    def said(stage: str, done: int, total: int) -> None:
        ended = f"grouping, {progress_text(stage, total, total)}"  # (said as the step ends)
        progress.say(stage, f"grouping, {progress_text(stage, done, total)}", ended)

    return said


def _reading(progress: Progress) -> Callable[[int, int, Path], None]:
    def said(done: int, total: int, path: Path) -> None:
        if done % 100 == 0 or done == total:
            ended = f"reading files ({total:,}/{total:,})"
            progress.say("reading", f"reading files ({done:,}/{total:,})", ended)

    return said


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "folder",
        type=path_argument,
        metavar="SOURCE",
        help="the folder of articles (read recursively); with --engine dask also a glob or "
        "fsspec URL of JSON-lines or Parquet shards",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "csv"),
        help=(
            "output format (default: from OUT's extension, .json or .csv; text for .txt, "
            ".text, .diff, .patch, .log, .out or none; another is refused)"
        ),
    )
    add_output_argument(
        parser,
        "write to this file, not stdout (with --engine dask: the index folder, default "
        "stories.parquet)",
    )
    parser.add_argument(
        "--min-containment",
        type=_share,
        default=_DEFAULTS.link_min_containment,
        metavar="X",
        help="the copy link: share of the shorter text's 5-word runs found in the longer "
        f"that makes two texts versions at once (default {_DEFAULTS.link_min_containment}); "
        "rewrites and paraphrases join stories by their own evidence, whatever it is",
    )
    parser.add_argument(
        "--event-min-cosine",
        type=_share,
        default=_DEFAULTS.event_min_cosine,
        metavar="X",
        help=f"term similarity of two stories of one event (default {_DEFAULTS.event_min_cosine})",
    )
    add_store_arguments(parser, "story corrections (the local engine)")
    add_strict_argument(parser)
    add_corrections_argument(
        parser, ": instead of those the review store keeps for FOLDER (the local engine)"
    )
    parser.add_argument(
        "--by-outlet",
        action="store_true",
        help="one row per outlet instead of the stories: its documents, its sources, its "
        "versions made from another's text by level, the mean share of their words reused "
        "and of their sentences kept, and how many versions other outlets made of its texts "
        "(the local engine)",
    )
    parser.add_argument(
        "--base",
        action="append",
        default=[],
        metavar="NAME",
        help="make this document the base of its story, as b does in the app (whose choice "
        "the review store's corrections carry), each version then measured against it; a "
        "file name or a path in FOLDER; repeat it for other stories (the local engine)",
    )
    scale = parser.add_argument_group("engine")
    scale.add_argument(
        "--engine",
        choices=("local", "dask"),
        default="local",
        help="local: this process (and a process per core for big folders); dask: a Dask "
        "cluster writing a Parquet stories index to -o (needs pip install 'wirediff[scale]'; "
        "it refuses --store, --corrections, --base, --by-outlet and --format csv, which are "
        "the local engine's, and takes --strict)",
    )
    scale.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --engine dask: the scheduler of a running cluster (tcp://host:8786); "
        "default: a LocalCluster on this machine",
    )
    scale.add_argument(
        "--verbose",
        action="store_true",
        help="with --engine dask: say how long each stage took, and how many candidate "
        "pairs and components of them it found",
    )
    add_progress_argument(parser)
    add_reading_arguments(parser)


def _derived(index: StoryIndex, progress: Progress | None) -> dict[int, PairDerivation]:
    """How every version was made from its story's base (one aligned diff per version)."""

    def said(done: int, total: int) -> None:
        if progress is not None and done % 20 == 0:
            text = "telling how each version was made ({:,}/{:,} stories)"
            progress.say("derivations", text.format(done, total), text.format(total, total))

    return every_derivation(index, on_progress=said if progress is not None else None)


def _with_bases(index: StoryIndex, names: list[str], folder: Path) -> StoryIndex:
    """``index`` with the documents ``--base`` names as their stories' bases (two in one
    story refused: which one would be its base?)."""
    chosen: dict[int, str] = {}
    for name in names:
        doc = find_document(name, index, folder, "--base")
        story = index.story_of(doc).id
        if story in chosen and chosen[story] != name:
            raise UsageError(f"--base {chosen[story]} and --base {name} are of one story ({story})")
        chosen[story] = name
        index = index.with_base(story, doc)
    return index


def _dask(args: argparse.Namespace, options: StoryOptions) -> int:
    """The Dask engine, when its extra is installed."""
    try:
        from wirediff.scale import missing
    except ImportError:  # the packaged app leaves the engine out
        message(
            PROG,
            "--engine dask is not part of this build of wirediff (the packaged app): install "
            "wirediff with pip install 'wirediff[scale]' to use it",
        )
        return 2
    absent = missing()
    if absent:
        message(
            PROG,
            "--engine dask needs the scale extra: pip install 'wirediff[scale]' "
            f"(missing: {', '.join(absent)})",
        )
        return 2
    given = [
        what
        for what, on in (
            ("--corrections", args.corrections is not None),
            ("--store", args.store is not None),
            ("--base", bool(args.base)),
            ("--by-outlet", args.by_outlet),
            ("--format csv", args.format == "csv"),
        )
        if on
    ]
    if given:  # (the review store's corrections are the local engine's)
        message(PROG, f"{given[0]} is not available with --engine dask")
        return 2
    _say_corrections_left(args)
    args.store_unread = None  # (this engine groups without the store: none is left out)
    from wirediff.scale.command import run as run_dask

    return run_dask(args, options)


def _say_corrections_left(args: argparse.Namespace) -> None:
    """The Dask engine groups without the story corrections the app keeps for a folder:
    say so when the store holds some for SOURCE (a folder here), rather than give the
    automatic grouping as if it were the app's, unsaid."""
    folder: Path = args.folder
    if args.no_store or not os.path.isdir(folder):
        return
    try:
        store = open_store(args, PROG, NO_STORE)
        if store is None:
            return
        with store:
            kept = store.corrections(str(real(folder)))
    except (StoreError, OSError):
        return  # (the store is the local engine's: nothing here depends on it)
    if kept:
        message(
            PROG,
            f"the review store {store.path} keeps {count(len(kept), 'story correction')} of "
            f"{folder}: --engine dask groups without them (the local engine applies them)",
        )


def _check_output(args: argparse.Namespace) -> None:
    """Refuse, before anything is read, an output that is a folder, one of the inputs (an
    article, the corrections file) or inside FOLDER, as ``compare``, ``story`` and ``report``
    refuse theirs: it replaced an article, or was read as one by the next run."""
    if args.output is None:
        return
    inputs = [args.corrections] if args.corrections is not None else []
    store = None if args.no_store else args.store or default_store_path()
    refused = file_refused(args) or overwrites(args.output, inputs, store)
    if refused:
        raise UsageError(refused)
    check_outside(args.output, args.folder, "the output")


def _from_store(
    store: ReviewStore | None, folder: Path, documents: list[Document]
) -> tuple[list[Correction], list[tuple[int, NotApplied]], dict[str, str] | None]:
    """The corrections the review store keeps for ``folder`` (as the app applies them),
    those not applied (said on stderr), and where they come from for the JSON (None: none)."""
    if store is None:
        return [], [], None
    corrections = stored_corrections(store, folder, documents, PROG)
    source = Source(f"the review store {store.path}", "story correction", f" of {folder}")
    not_applied = say_not_applied(corrections, documents, folder, source, PROG)
    return corrections, not_applied, {"store": str(store.path)} if corrections else None


FORMATS = {".json": "json", ".csv": "csv", ".txt": "text"}  # -o's extension: the format


def run(args: argparse.Namespace) -> int:
    folder: Path = args.folder
    options = StoryOptions(
        link_min_containment=args.min_containment, event_min_cosine=args.event_min_cosine
    )
    if args.engine == "dask":  # (-o is the index folder: its name says no format)
        args.format = args.format or "text"
        return _dask(args, options)
    unknown = unknown_format(args, FORMATS)
    args.format = format_of_output(args, FORMATS, "text")
    for given, name in ((args.scheduler, "--scheduler"), (args.verbose, "--verbose")):
        if given:  # (--verbose was taken and did nothing)
            message(PROG, f"{name} needs --engine dask")
            return 2
    try:
        check_folder(folder)
        if args.store is not None:
            check_outside(args.store, folder, "the review store")
        _check_output(args)
        if unknown is not None:  # (after what the output must not be: the review store…)
            raise UsageError(unknown)
        corrections = read_corrections(args.corrections) if args.corrections is not None else []
        # (opened, and a bad one refused, before the folder is read)
        store = None if args.corrections is not None else open_store(args, PROG, NO_STORE)
    except (UsageError, StoreError) as exc:
        message(PROG, str(exc))
        return 2
    progress = _progress(args)
    try:
        return _grouped(args, options, corrections, store, progress)
    except (StoreError, UsageError) as exc:
        message(PROG, str(exc))
        return 2
    except KeyboardInterrupt:  # (Ctrl+C: the shell's prompt followed "…(600/600)")
        if progress is not None:
            progress.clear()
        raise
    finally:
        if store is not None:
            store.close()


def _grouped(
    args: argparse.Namespace,
    options: StoryOptions,
    corrections: list[Correction],
    store: ReviewStore | None,
    progress: Progress | None,
) -> int:
    """Read the folder, group it with the ``corrections`` of ``--corrections``, else with
    those ``store`` keeps for it, and write the result, saying the work under way as
    ``progress`` can."""
    folder: Path = args.folder
    loaded = load_paths(
        [folder],
        max_bytes=args.max_size,
        options=reader_options(args),
        on_progress=_reading(progress) if progress is not None else None,
    )
    if progress is not None:
        progress.finish()
    say_skipped(loaded.problems, PROG)
    if not loaded.documents:
        message(PROG, f"no readable documents in {folder}")
        return 2
    args.left_out = left_out(loaded.problems)
    problems = with_cli_hints(loaded.problems)  # (the JSON's: hints for a command's user)
    root = real(folder)  # (as the app keys the corrections: its real path)
    documents = list(loaded.documents)
    if args.corrections is not None:
        source = Source(str(args.corrections), "entry")
        not_applied = say_not_applied(corrections, documents, folder, source, PROG)
        said: dict[str, str] | None = {"file": str(args.corrections)}
    else:
        corrections, not_applied, said = _from_store(store, folder, documents)
    unread: dict[str, str] | None = None
    if args.store_unread is not None:  # (the app's, not read: said in the JSON too)
        unread = {"store": str(default_store_path()), "unread": args.store_unread}
    try:
        index = build_story_index(
            loaded.documents,
            options,
            on_progress=_grouping(progress) if progress is not None else None,
            corrections=corrections,
            root=root,
            workers=os.cpu_count() or 1,
        )
        index = _with_bases(index, args.base, folder)
        derived = _derived(index, progress)
    except MemoryError:
        if progress is not None:
            progress.clear()
        count = len(loaded.documents)
        message(PROG, f"out of memory grouping the {count} documents read from {folder}")
        return 2
    if progress is not None:
        progress.finish()
    # (a field added: its absence says none were applied; the store's could not be read:
    # none were, and why; the by-outlet JSON says it too, where --strict's exit 1 had
    # nothing in the document to explain it: a review)
    accounted: dict[str, object] = {}
    if said is not None:
        accounted["corrections"] = corrections_data(said, corrections, not_applied)
    elif unread is not None:
        accounted["corrections"] = corrections_data(unread, [], [])
    if args.by_outlet:
        read = {
            "folder": str(folder),
            "documents": len(index.documents),
            "problems": problems_data(problems, folder),
            **accounted,
        }
        out = _by_outlet(args.format, reuse_by_outlet(index, derived), args.output, read)
        if args.format == "text":  # (the files left out, as the stories' outline says them)
            out += _skipped_lines(loaded.problems, folder)
    elif args.format == "json":
        data = to_data(index, folder, problems, derived)
        out = json_text({**data, **accounted})
    elif args.format == "csv":
        out = to_csv(index, folder, derived, bom=a_spreadsheet_may_open(args.output))
    else:
        applied = len(corrections) - len(not_applied)
        note = left_out_note(p.code for p in problems)
        out = to_text(index, folder, note, derived, applied)  # a line per row
        out += _skipped_lines(loaded.problems, folder)
    try:
        emit(out, args.output, data=args.format != "text")
    except OutputError as exc:
        message(PROG, str(exc))
        return 2
    terminal = is_terminal(sys.stderr) and escapes_drawn()
    _say_done(args, index, len(corrections) - len(not_applied), said, terminal)
    return strict_status(args, 0)


def _skipped_lines(problems: Sequence[Problem], folder: Path) -> str:
    """The text format's last lines: each file left out, and why (the by-outlet table said
    none: a churnalism table pushed to a sheet hid that part of the folder was not read)."""
    lines = (skipped_line(relative(p.path, folder), p.reason, p.code) for p in problems)
    return "".join(printable(line, one_line=True) + "\n" for line in lines)


def _by_outlet(
    fmt: str, rows: list[OutletReuse], output: Path | None, read: dict[str, object]
) -> str:
    """``--by-outlet``: the reuse table in ``fmt`` (the JSON with what was ``read``)."""
    if fmt == "json":
        return json_text(reuse_data(rows, VERSION, read=read))
    if fmt == "csv":
        return reuse_csv(rows, bom=a_spreadsheet_may_open(output))
    return reuse_text(rows)


def _say_done(
    args: argparse.Namespace,
    index: StoryIndex,
    applied: int,
    said: dict[str, str] | None,
    terminal: bool,
) -> None:
    """On a ``terminal``, the file written and the corrections applied (a grouping with
    the app's corrections differed from a colleague's without them, and nothing said why);
    those the review store kept wherever stderr goes (a pipeline's redirected stderr said
    nothing of them: a data journalist's probe; a --corrections file is the caller's)."""
    if terminal and args.output is not None:
        stories, events = len(index.stories), len(index.events)
        message(
            PROG,
            f"wrote {args.output}: {len(index.documents):,} documents, {stories:,} "
            f"stor{'y' if stories == 1 else 'ies'} in {events:,} event{'s' * (events != 1)}",
        )
    if applied and said is not None and (terminal or "file" not in said):
        where = f"from {said['file']}" if "file" in said else "kept in the review store"
        undo = "" if "file" in said else " (--no-store groups without them)"
        message(PROG, f"{count(applied, 'correction')} of the grouping {where} applied{undo}")
