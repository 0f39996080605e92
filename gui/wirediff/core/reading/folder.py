"""A folder (or a list of paths) into Documents and Problems, in parallel, never raising."""

from __future__ import annotations

import dataclasses
import logging
import os
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from wirediff.core.deskzone import with_desk_zone
from wirediff.core.document import Document
from wirediff.core.reading import errors as E
from wirediff.core.reading import registry
from wirediff.core.reading.errors import Problem, ReadCancelled, ReadError
from wirediff.core.reading.limits import cap_hint, out_of_memory
from wirediff.core.reading.listing import blocking_folder, list_files, listing
from wirediff.core.reading.options import MAX_BYTES, ReaderOptions
from wirediff.core.reading.sitenames import with_site_names
from wirediff.core.reading.watch import UNREAD, Snapshot, Stamp, cannot_list, stamp_listing

__all__ = ["LoadResult", "Problem", "Progress", "Reuse", "list_files", "load_paths"]

log = logging.getLogger(__name__)
Progress = Callable[[int, int, Path], None]  # (done, total, current path)
Outcome = list[Document | ReadError]
Listed = Callable[[int, int], None]  # (files listed, files to read: the others are reused)
# Threads that fetch file bytes ahead of the parser: they overlap waits on the disk (cold
# cache, network folders). Parsing stays on one thread (see _read_in_parallel).
DEFAULT_WORKERS = 4


@dataclass(slots=True)
class LoadResult:
    """What a load produced: the documents read and the files skipped, in path order."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False
    # Sizes and times of the listed files when the load began: ``changed(result.snapshot,
    # snapshot(paths))`` later tells whether the folder changed since.
    snapshot: Snapshot = field(default_factory=Snapshot)
    # What this load read, for the next one to take again (``load_paths(reuse=...)``); None
    # unless asked for.
    reuse: Reuse | None = None
    read: int = 0  # the files to read (the others' documents were taken again from ``reuse``)


@dataclass(frozen=True, slots=True)
class Reuse:
    """What a load read, for a later one to take again instead of reading the files once
    more (a reload: F5 read 3,000 files again, ~30 s, for one changed). Each file read
    without a problem, with its documents as its reader gave them (before the folder's site
    names and desk zones, which a load works out again over all of its documents), and
    the stamp the file had when it was listed (before it was read). A later load takes
    them for a file whose stamp is the same (its size, modification time and inode): read
    with the same ``ReaderOptions`` and ``max_bytes``, which the caller makes sure of,
    and whose status change time is the one it had once read: a same-size edit in place
    with its modification time put back (``cp -p``, a restore) keeps the stamp, and F5,
    the way out before, kept the old text (a review). The folder watch leaves that time
    out (``watch.Stamp``: it moves on a chmod or a sync client's marks, a bar for
    nothing); a reload the user asked for reads such a file again, which costs little.
    A file that gave a problem is read again (its permissions given back, say, leave its
    stamp as it was)."""

    stamps: Mapping[Path, Stamp] = field(default_factory=dict)
    documents: Mapping[Path, tuple[Document, ...]] = field(default_factory=dict)
    changed_at: Mapping[Path, int] = field(default_factory=dict)  # status change times, ns

    def unchanged(self, stamps: Mapping[Path, Stamp], files: Iterable[Path]) -> dict[Path, Outcome]:
        """The documents of those of ``files`` whose stamp (in ``stamps``, now) and status
        change time are those they were read at."""
        found: dict[Path, Outcome] = {}
        for path in files:
            docs = self.documents.get(path)
            stamp = stamps.get(path, UNREAD)
            if docs is None or stamp == UNREAD or self.stamps.get(path) != stamp:
                continue
            if _changed_at(path) == self.changed_at.get(path, -1):
                found[path] = list(docs)
        return found


def _changed_at(path: Path) -> int:
    """The file's status change time in ns, -1 if it cannot be told."""
    try:
        return os.stat(path).st_ctime_ns
    except OSError:
        return -1


def _reusable(stamps: Snapshot, outcomes: dict[Path, Outcome]) -> Reuse:
    """What a load that read ``outcomes`` (listed at ``stamps``) leaves a later one: the
    files read without a problem."""
    documents: dict[Path, tuple[Document, ...]] = {}
    for path, items in outcomes.items():
        docs = tuple(item for item in items if isinstance(item, Document))
        if docs and len(docs) == len(items):
            documents[path] = docs
    return Reuse(stamps.files, documents, {path: _changed_at(path) for path in documents})


def _fetch(path: Path, max_bytes: int, root: Path | None = None) -> bytes | ReadError:
    """The bytes of one listed file, or the ReadError saying why not (never raises). A file
    under the folder ``root`` that cannot be opened because a folder above it may no longer
    be searched, or is gone, is that folder's error (``listing.blocking_folder``)."""
    try:
        return registry.read_bytes(path, max_bytes)
    except ReadError as exc:
        if root is not None and exc.code in (E.NOT_FOUND, E.UNREADABLE):
            folder = blocking_folder(path, root)
            if folder is not None:
                return ReadError(folder.path, folder.reason, folder.hint, folder.code)
        if exc.code == E.NOT_FOUND:  # it was there when the folder was listed
            hint = "it was moved or deleted while loading; reload the folder"
            return ReadError(path, "file vanished during loading", hint, E.VANISHED)
        return exc
    except MemoryError:
        return out_of_memory(path)
    except Exception as exc:  # read_bytes raises only ReadError; this guards the guarantee
        log.exception("reading %s failed", path)
        return ReadError(path, f"unexpected error ({type(exc).__name__})", "please report it")


def _parse(path: Path, fetched: bytes | ReadError, options: ReaderOptions) -> Outcome:
    """Every article of one fetched file, or the one ReadError saying why there is none.

    Raises only ReadCancelled (when ``options.should_cancel`` asks to stop mid-file).
    """
    if isinstance(fetched, ReadError):
        return [fetched]
    try:
        return registry.parse(path, fetched, options)
    except ReadError as exc:
        return [exc]
    except MemoryError:  # parse turns a reader's into a ReadError; this guards the rest
        return [out_of_memory(path)]
    except ReadCancelled:
        raise
    except Exception as exc:  # parse raises only ReadError; this guards the guarantee
        log.exception("parsing %s failed", path)
        return [ReadError(path, f"unexpected error ({type(exc).__name__})", "please report it")]


def _told(callback: Progress | None, done: int, total: int, path: Path) -> None:
    try:
        if callback is not None:
            callback(done, total, path)
    except Exception:
        log.exception("progress callback failed")


def _told_listed(callback: Listed, files: int, to_read: int) -> None:
    try:
        callback(files, to_read)
    except Exception:
        log.exception("listing callback failed")


class _Callbacks:
    """The caller's progress and cancel callbacks, which must not break the load, and the
    load's running total of characters (``ReaderOptions.max_total_chars``)."""

    def __init__(
        self,
        on_progress: Progress | None,
        should_cancel: Callable[[], bool] | None,
        on_reading: Progress | None = None,
    ) -> None:
        self.on_progress, self.should_cancel = on_progress, should_cancel
        self.on_reading = on_reading
        self.chars = 0

    def over_total(self, path: Path, options: ReaderOptions) -> Outcome | None:
        """The problem of a file not read because the load holds enough text already."""
        if self.chars <= options.max_total_chars:
            return None
        limit = options.max_total_chars
        reason = f"not read: the files before it hold more than {limit:,} characters"
        hint = cap_hint("max_total_chars", "open fewer files at once")
        return [ReadError(path, reason, hint, E.TOO_LARGE)]

    def parse(self, path: Path, fetched: bytes | ReadError, options: ReaderOptions) -> Outcome:
        """``_parse``, counting the characters of the documents read."""
        return self.taken(_parse(path, fetched, options))

    def taken(self, outcome: Outcome) -> Outcome:
        """A file's documents (read, or taken again from an earlier load: ``Reuse``), their
        characters counted."""
        self.chars += sum(len(i.text) for i in outcome if isinstance(i, Document))
        return outcome

    def progress(self, done: int, total: int, path: Path) -> None:
        _told(self.on_progress, done, total, path)

    def reading(self, done: int, total: int, path: Path) -> None:
        _told(self.on_reading, done, total, path)

    def cancelled(self) -> bool:
        try:
            return self.should_cancel is not None and bool(self.should_cancel())
        except Exception:
            log.exception("cancel callback failed")
            return False


def load_paths(
    paths: Iterable[Path | str],
    *,
    max_bytes: int = MAX_BYTES,
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    options: ReaderOptions | None = None,
    workers: int | None = None,
    on_reading: Progress | None = None,
    reuse: Reuse | None = None,
    on_listed: Listed | None = None,
) -> LoadResult:
    """Read every file under ``paths`` into documents; every other file becomes a Problem.

    With ``workers`` > 1, that many threads fetch file bytes ahead while the calling thread
    parses them; ``workers=1`` does everything in the calling thread. Documents and problems
    come in path order (depth-first, names sorted) either way. ``on_progress(done, total,
    path)`` is called from the calling thread once per file, after it is read, and
    ``on_reading(done, total, path)`` before (``done``: the files read so far);
    ``should_cancel()`` (or else ``options.should_cancel``) before each file and between
    chunks of a long one; on cancel the documents read so far are returned with
    ``cancelled=True``. Nothing raises.

    ``reuse`` (what an earlier load with the same options and ``max_bytes`` left:
    ``LoadResult.reuse``): its documents are taken for the files whose size, modification
    time and inode are those they were read at, and only the others are read (and counted in
    ``done`` and ``total``); ``on_listed(files, to_read)`` is told how many once they are
    listed. Given (even empty), the result's ``reuse`` holds what this load read.
    """
    options = options or ReaderOptions()
    calls = _Callbacks(on_progress, should_cancel or options.should_cancel, on_reading)
    options = dataclasses.replace(options, should_cancel=calls.cancelled)
    try:
        if isinstance(paths, str | os.PathLike):  # one path, not an iterable of characters
            given = [Path(paths)]
        else:
            given = [Path(path) for path in paths]
        entries = listing(given, options.include_hidden, options.follow_external_links)
        files = [e for e in entries if isinstance(e, Path)]
        result = LoadResult(snapshot=stamp_listing(entries))
        kept = reuse.unchanged(result.snapshot.files, files) if reuse is not None else {}
        result.read = len(files) - len(kept)
        if on_listed is not None:
            _told_listed(on_listed, len(files), result.read)
        count = workers if workers is not None else DEFAULT_WORKERS
        run = _read_serially if count <= 1 or result.read < 4 else _read_in_parallel
        roots = _roots(given, files)
        outcomes = run(
            files, lambda f: _fetch(f, max_bytes, roots.get(f)), options, calls, count, kept
        )
        result.cancelled = len(outcomes) < len(files) or calls.cancelled()
        _collect(result, entries, outcomes)
        named = with_site_names(result.documents)
        result.documents = with_desk_zone(named, clock=options.desk_zone)
        result.snapshot = _unread(result.snapshot, outcomes)
        if reuse is not None:
            result.reuse = _reusable(result.snapshot, outcomes)
        return result
    except Exception as exc:
        log.exception("loading %s failed", paths)
        reason = f"loading failed ({type(exc).__name__}: {str(exc)[:80]})"
        return LoadResult(problems=[Problem(Path("."), reason, "please report it")])


def _roots(paths: list[Path], files: list[Path]) -> dict[Path, Path]:
    """The path of ``paths`` each file was listed under, a folder (the deepest, when one
    holds another); files named directly have none."""
    tops = sorted(paths, key=lambda p: -len(p.parts))
    found: dict[Path, Path] = {}
    for file in files:
        root = next((top for top in tops if file != top and file.is_relative_to(top)), None)
        if root is not None:
            found[file] = root
    return found


def _blamed(file: Path, item: Document | ReadError) -> bool:
    """Whether ``item``, read for ``file``, is the error of a folder above it."""
    return isinstance(item, ReadError) and item.path in file.parents


def _unread(stamps: Snapshot, outcomes: dict[Path, Outcome]) -> Snapshot:
    """``stamps`` with the files that vanished before they were read, or whose folder could
    no longer be searched, stamped ``UNREAD``: stamped as they were listed, their return
    unchanged (a folder moved away and back mid-load, its permissions given back) counted
    as no change, though they were never read. Such a folder is unreadable, as one the
    listing could not read is."""
    gone = [
        path
        for path, items in outcomes.items()
        if any(
            _blamed(path, item) or (isinstance(item, ReadError) and item.code == E.VANISHED)
            for item in items
        )
    ]
    if not gone:
        return stamps
    barred = {
        item.path: cannot_list(item.path) or item.reason
        for path in gone
        for item in outcomes[path]
        if isinstance(item, ReadError) and _blamed(path, item) and item.code == E.UNREADABLE
    }
    return Snapshot(
        {**stamps.files, **dict.fromkeys(gone, UNREAD)}, {**stamps.unreadable, **barred}
    )


def _collect(
    result: LoadResult, entries: list[Path | Problem], outcomes: dict[Path, Outcome]
) -> None:
    """Documents and problems in listing order (files not read, after a cancel, left out).

    A folder that kept its files from being read (``_fetch``) is one problem, where its
    first file was; problems reading found under it that it explains are left out (a file
    that vanished before its folder did: ``rm -rf`` under way)."""
    found: list[tuple[Problem, bool]] = []  # each problem, and whether reading found it
    blamed: dict[Path, str] = {}  # folders that kept their files from being read -> code
    for entry in entries:
        if isinstance(entry, Problem):
            found.append((entry, False))
            continue
        for item in outcomes.get(entry, ()):
            if isinstance(item, Document):
                result.documents.append(item)
                continue
            if _blamed(entry, item):
                if item.path in blamed:
                    continue
                blamed[item.path] = item.code
            found.append((item.problem(), True))
    result.problems.extend(
        problem for problem, read in found if not (read and _explained(problem, blamed))
    )


def _explained(problem: Problem, blamed: dict[Path, str]) -> bool:
    """Whether a folder above ``problem`` that kept its files from being read explains it:
    a vanished file or folder in a vanished folder, a folder in one that may not be
    searched (not a file's own trouble: its permissions, its bytes)."""
    if not blamed or (problem.code != E.VANISHED and problem.path not in blamed):
        return False
    return any(blamed.get(folder) == problem.code for folder in problem.path.parents)


Fetch = Callable[[Path], bytes | ReadError]  # a listed file's bytes (``_fetch``)


def _read_serially(
    files: list[Path],
    fetch: Fetch,
    options: ReaderOptions,
    calls: _Callbacks,
    _n: int,
    kept: Mapping[Path, Outcome],
) -> dict[Path, Outcome]:
    """Each of ``files`` read in turn, those of ``kept`` taken as they are."""
    outcomes: dict[Path, Outcome] = {}
    total, done = len(files) - len(kept), 0
    try:
        for path in files:
            if calls.cancelled():
                break
            over = calls.over_total(path, options)
            taken = kept.get(path)
            if taken is not None:
                outcomes[path] = over or calls.taken(taken)
                continue
            calls.reading(done, total, path)
            outcomes[path] = over or calls.parse(path, fetch(path), options)
            done += 1
            calls.progress(done, total, path)
    except ReadCancelled:  # asked to stop in the middle of a long file
        pass
    return outcomes


def _read_in_parallel(
    files: list[Path],
    fetch: Fetch,
    options: ReaderOptions,
    calls: _Callbacks,
    n: int,
    kept: Mapping[Path, Outcome],
) -> dict[Path, Outcome]:
    """Threads fetch the bytes ahead (waiting on the disk in parallel); the calling thread
    parses them in path order. Parsing holds the GIL: parsing in the threads as well was
    measured slower (benchmarks/bench_reading.py), and this keeps progress in path order.
    The files of ``kept`` are taken as they are, not fetched."""
    outcomes: dict[Path, Outcome] = {}
    reading = [path for path in files if path not in kept]
    ahead = 4 * n  # files fetched but not parsed yet: bounds memory to a few files per thread
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="wirediff-read") as pool:
        queue: deque[Future[bytes | ReadError]] = deque()  # fetches of reading[done:next_up]
        next_up, done = 0, 0
        try:
            for path in files:
                while next_up < len(reading) and len(queue) < ahead:
                    queue.append(pool.submit(fetch, reading[next_up]))
                    next_up += 1
                if calls.cancelled():
                    break
                over = calls.over_total(path, options)
                taken = kept.get(path)
                if taken is not None:
                    outcomes[path] = over or calls.taken(taken)
                    continue
                fetched = queue.popleft()
                if over:
                    fetched.cancel()
                calls.reading(done, len(reading), path)
                outcomes[path] = over or calls.parse(path, fetched.result(), options)
                done += 1
                calls.progress(done, len(reading), path)
        except ReadCancelled:  # asked to stop in the middle of a long file
            pass
        for future in queue:
            future.cancel()
    return outcomes
