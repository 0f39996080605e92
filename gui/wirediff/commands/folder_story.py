"""What ``wirediff report`` and ``wirediff story`` share: reading a folder, opening the review
store, finding the story ``--story ID`` names, and writing the output file."""

from __future__ import annotations

import argparse
import os
import re
import stat
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from wirediff.commands.output import message
from wirediff.commands.reading_args import exists, missing, path_argument, reader_options
from wirediff.core.counts import count
from wirediff.core.document import Document
from wirediff.core.reading import Problem, load_paths
from wirediff.core.reading.errors import (
    HIDDEN,
    PAGE_FILES,
    SET_ASIDE,
    SYSTEM,
    skipped_line,
    unread_note,
)
from wirediff.core.report.output import OutputError, write_file
from wirediff.core.review import ReviewStore, StoreError
from wirediff.core.review.location import default_store_path
from wirediff.core.stories import StoryIndex
from wirediff.core.stories.report import KEY_CHARS, relative, story_keys

STORY_HELP = (
    "the story: its key as `wirediff stories FOLDER --format json` gives it (stays when the "
    "folder changes), its number as `wirediff stories FOLDER` lists it (given the same files "
    "and story corrections), or the name of one of its documents"
)


STORY_KEY = re.compile(f"[0-9a-fA-F]{{{KEY_CHARS}}}(-[0-9]+)?", re.ASCII)  # ``story_keys``'s


class UsageError(Exception):
    """A message for the user; the command exits with status 2."""


def check_folder(folder: Path) -> None:
    try:
        if folder.is_dir():
            return
        what = "is not a folder" if folder.exists() else missing(folder)
    except OSError as exc:  # a name too long, a folder on the way that may not be searched
        what = f"cannot be examined ({exc.strerror or exc})"
    raise UsageError(f"{folder} {what}")


def check_outside(written: Path, folder: Path, what: str) -> None:
    """Refuse to write ``what`` (the output, a store) inside the folder being read. A link
    loop leads nowhere, inside or out: writing or reading it fails later, with the message
    the forms without FOLDER give ("Too many levels of symbolic links")."""
    try:
        inside = written.resolve().is_relative_to(folder.resolve())
    except RuntimeError:  # Python 3.11: a loop raises RuntimeError
        return
    if inside:
        raise UsageError(
            f"{written} is inside {folder}: write {what} elsewhere (the folder is read as "
            "documents, and wirediff never writes there)"
        )


NO_STORE = "grouping without story corrections"  # said of a --store that is not there


def add_store_arguments(parser: argparse.ArgumentParser, what: str) -> None:
    """``--store PATH`` and ``--no-store``: the review store to read ``what`` from."""
    parser.add_argument(
        "--store",
        type=path_argument,
        help=f"the review store to read {what} from (default: {default_store_path()})",
    )
    parser.add_argument("--no-store", action="store_true", help=f"leave {what} out")
    parser.set_defaults(store_unread=None)  # (why the app's store was not read: open_store)


def open_store(args: argparse.Namespace, prog: str, without: str) -> ReviewStore | None:
    """The review store ``--store`` names (``StoreError`` if it is not a usable store), else
    the app's, else None (``--no-store``, or none there; a store named and not there is
    said: "no review store at PATH; {without}"). An empty file is no store either, and is
    left empty. The store is only read (``read_only``: a copy in memory), never created,
    upgraded or set aside: the app's, written by a newer wirediff or damaged, was renamed
    by a cron job's ``stories`` and an empty one started, the newer app's flags, notes and
    corrections gone from it (a fact-checker's walkthrough). That one is said on stderr,
    naming it and why, and the command goes on ``without`` it; ``args.store_unread`` then
    holds why (for the JSON and ``--strict``)."""
    args.store_unread = None
    if args.no_store:
        return None
    path: Path = args.store or default_store_path()
    absent = not exists(path)
    if absent or _empty_file(path):
        if args.store is not None:
            what = "" if absent else " (an empty file, left as it is)"
            message(prog, f"no review store at {path}{what}; {without}")
        return None
    try:
        store = ReviewStore.open(path, read_only=True)
    except StoreError as exc:
        if args.store is not None:  # (asked for by name: refused, exit status 2)
            raise
        args.store_unread = str(exc)
        message(prog, f"{exc}: {without} (--no-store does so without reading it)")
        return None
    if store.notice:
        message(prog, store.notice)
    return store


def _empty_file(path: Path) -> bool:
    """``path`` is a regular file of no bytes (a pipe is no store, and is said so)."""
    try:
        found = os.stat(path)
    except OSError:
        return False
    return stat.S_ISREG(found.st_mode) and found.st_size == 0


STRICT_HELP = (
    "exit status 1, not 0, when the output was written but part of the input was left out: "
    "a file skipped (unreadable, over a limit, vanished), a file of articles read in part "
    "(--max-records), files past --max-total-chars, or the app's review store unreadable "
    "(files set aside on purpose, hidden or system ones, do not count)"
)
STRICT_STATUS = 1  # done, with part of the input left out: 2 is "nothing done"


def add_strict_argument(parser: argparse.ArgumentParser) -> None:
    """``--strict``: a run that left part of the input out exits 1 (cron jobs check the
    status, and stderr is thrown away: 293 of 300 files not read exited 0, a fact-checker's
    walkthrough)."""
    parser.add_argument("--strict", action="store_true", help=STRICT_HELP)
    parser.set_defaults(left_out=0)  # (files left out, as load_folder counts them)


def strict_status(args: argparse.Namespace, status: int) -> int:
    """``status``, or ``STRICT_STATUS`` for a success that left part of the input out under
    ``--strict``."""
    incomplete = args.left_out or args.store_unread is not None
    return STRICT_STATUS if status == 0 and args.strict and incomplete else status


def left_out(problems: Sequence[Problem]) -> int:
    """The problems that left part of the input out (not those set aside on purpose)."""
    return sum(p.code not in SET_ASIDE for p in problems)


def load_folder(folder: Path, args: argparse.Namespace, prog: str) -> list[Document]:
    """Every readable document under ``folder``; the files skipped are listed on stderr."""
    loaded = load_paths([folder], max_bytes=args.max_size, options=reader_options(args))
    say_skipped(loaded.problems, prog)
    args.left_out = left_out(loaded.problems)
    if not loaded.documents:
        raise UsageError(f"no readable documents in {folder}")
    return list(loaded.documents)


BASE_HELP = (
    "make this document the base of its story, over a base chosen with b in the app (kept "
    "with the folder's corrections in the review store): a name as --story takes one"
)


def say_skipped(
    problems: Sequence[Problem], prog: str, named: Callable[[Path], object] = lambda path: path
) -> None:
    """On stderr: each file that could not be read (its path as ``named`` gives it), then
    those set aside on purpose in one line (32 lines of a saved page's folders of parts at
    every run buried the two files that could not be read). Both engines say them so."""
    aside = [p for p in problems if p.code in SET_ASIDE]
    for problem in problems:
        if problem.code not in SET_ASIDE:
            said = f"{problem.reason} ({problem.hint})" if problem.hint else problem.reason
            message(prog, skipped_line(named(problem.path), said, problem.code))
    if aside:
        n = len(aside)
        message(
            prog,
            f"skipped {n:,} {'entry' if n == 1 else 'entries'} set aside on purpose (hidden or "
            "system files, a saved page's parts): --include-hidden reads them",
        )


def left_out_note(codes: Iterable[str]) -> str:
    """A summary line's note of the files not wholly read, from their problems' codes,
    those set aside on purpose apart: " (1 file skipped, 2 set aside)", " (2 entries set
    aside)". They were counted as skipped, "(2 files skipped)" beside a job that
    ``--strict`` let pass (a data engineer's walkthrough)."""
    codes = list(codes)
    note = unread_note(c for c in codes if c not in SET_ASIDE)
    aside = sum(c in SET_ASIDE for c in codes)
    if not aside:
        return note
    if note:
        return f"{note[:-1]}, {aside:,} set aside)"
    return f" ({count(aside, 'entry')} set aside)"


# What a command's user can do about an entry set aside on purpose: the readers' hints
# name the app's menu ("File ▸ Open files…"), out of place in a command's JSON.
CLI_HINTS = {
    HIDDEN: "hidden entries are skipped; --include-hidden reads a folder's (compare and "
    "report read one named as a file)",
    SYSTEM: "a system, lock or partial file; --include-hidden reads a folder's (compare and "
    "report read one named as a file)",
    PAGE_FILES: "a saved web page's images, styles and scripts (the page itself is read); "
    "--include-hidden reads them",
}


def with_cli_hints(problems: Iterable[Problem]) -> list[Problem]:
    """``problems``, those set aside on purpose with the command line's hints."""
    return [
        Problem(p.path, p.reason, CLI_HINTS[p.code], p.code) if p.code in CLI_HINTS else p
        for p in problems
    ]


def add_base_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--base", metavar="NAME", help=BASE_HELP)


def find_story(wanted: str, index: StoryIndex, folder: Path) -> int:
    """The story ``--story`` names: by its key (``story_keys``: a script's, kept from a
    night's JSON, where the number had become another story's), its number, or one of its
    documents. A key is hex, read in either case; one that names no story is said to be
    no story key, where it was said to be no document's name (a review)."""
    looks_like_key = STORY_KEY.fullmatch(wanted) is not None
    if looks_like_key:
        keys = story_keys(index)
        if wanted.lower() in keys:
            return keys.index(wanted.lower())
    if wanted.isascii() and wanted.isdigit():  # not "²", which int() refuses
        # More digits than any count of stories: int() would refuse 4,301 of them.
        if len(wanted) > len(str(len(index.stories))) or int(wanted) >= len(index.stories):
            raise UsageError(
                f"no story {wanted}: {folder} has {len(index.stories)} stories, their ids from 0 "
                f"to {len(index.stories) - 1} (`wirediff stories {folder}` lists them)"
            )
        return int(wanted)
    try:
        return index.story_of(find_document(wanted, index, folder, "--story")).id
    except UsageError:
        if not looks_like_key:
            raise
    raise UsageError(
        f"--story {wanted}: no story of {folder} has that key (nor a document that name); a "
        "key changes when its story gains a text whose hash is lower or loses that one "
        f"(`wirediff stories {folder} --format json` lists the keys)"
    )


def with_base(index: StoryIndex, story: int, wanted: str | None, folder: Path) -> StoryIndex:
    """``index`` with the document ``--base`` names (None: none) as the base of ``story``."""
    if wanted is None:
        return index
    doc = find_document(wanted, index, folder, "--base")
    if index.story_of(doc).id != story:
        raise UsageError(
            f"--base {wanted} is not a version of story {story} (it is in story "
            f"{index.story_of(doc).id}; `wirediff stories {folder}` lists them)"
        )
    return index.with_base(story, doc)


def find_document(wanted: str, index: StoryIndex, folder: Path, option: str) -> int:
    """The document ``option`` names: by its file name, its path in ``folder`` or a path."""
    target = Path(wanted)
    matches = [
        i
        for i, d in enumerate(index.documents)
        if d.path.name == wanted
        or d.path == folder / target
        or (exists(target) and d.path.resolve() == target.resolve())
    ]
    if not matches:  # "café" typed (NFC) for a name written decomposed (NFD, as macOS does)
        nfc = unicodedata.normalize("NFC", wanted)
        matches = [i for i, d in enumerate(index.documents) if nfc in _nfc_names(d.path, folder)]
    if len(matches) != 1:
        how = "no document" if not matches else f"{len(matches)} documents"
        records = [d.path.name for d in index.documents if d.path.name.startswith(f"{wanted}#")]
        hint = f" (a file of {len(records)} articles: name one, as {records[0]})" if records else ""
        if len(matches) > 1 and not records:  # (a name two folders of FOLDER hold)
            hint = "; give its path in the folder: " + " or ".join(
                relative(index.documents[i].path, folder) for i in matches[:3]
            )
        raise UsageError(f"{option} {wanted}: {how} of {folder} by that name{hint}")
    return matches[0]


def _nfc_names(path: Path, folder: Path) -> set[str]:
    """A document's file name and its path in ``folder``, composed (NFC)."""
    names = {path.name}
    if path.is_relative_to(folder):
        names.add(path.relative_to(folder).as_posix())
    return {unicodedata.normalize("NFC", name) for name in names}


def write_output(path: Path, data: bytes, prog: str) -> int:
    """Write ``data`` to ``path`` through the shared output helper (atomic for files;
    pipes and devices written into; symlinks kept); the exit status."""
    try:
        write_file(path, data)
    except OutputError as exc:
        message(prog, str(exc))
        return 2
    return 0
