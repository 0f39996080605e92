"""A folder (or a list of paths) into Documents and Problems, in parallel, never raising."""

from __future__ import annotations

import dataclasses
import logging
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.reading import errors as E
from wirediff.core.reading import registry
from wirediff.core.reading.errors import Problem, ReadCancelled, ReadError
from wirediff.core.reading.limits import cap_hint, out_of_memory
from wirediff.core.reading.listing import list_files, listing
from wirediff.core.reading.options import MAX_BYTES, ReaderOptions
from wirediff.core.reading.watch import UNREAD, Snapshot, stamp_listing

__all__ = ["LoadResult", "Problem", "Progress", "list_files", "load_paths"]

log = logging.getLogger(__name__)
Progress = Callable[[int, int, Path], None]  # (done, total, current path)
Outcome = list[Document | ReadError]
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


def _fetch(path: Path, max_bytes: int) -> bytes | ReadError:
    """The bytes of one listed file, or the ReadError saying why not (never raises)."""
    try:
        return registry.read_bytes(path, max_bytes)
    except ReadError as exc:
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
        outcome = _parse(path, fetched, options)
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
    """
    options = options or ReaderOptions()
    calls = _Callbacks(on_progress, should_cancel or options.should_cancel, on_reading)
    options = dataclasses.replace(options, should_cancel=calls.cancelled)
    try:
        entries = listing(paths, options.include_hidden, options.follow_external_links)
        files = [e for e in entries if isinstance(e, Path)]
        result = LoadResult(snapshot=stamp_listing(entries))
        count = workers if workers is not None else DEFAULT_WORKERS
        run = _read_serially if count <= 1 or len(files) < 4 else _read_in_parallel
        outcomes = run(files, max_bytes, options, calls, count)
        result.cancelled = len(outcomes) < len(files) or calls.cancelled()
        _collect(result, entries, outcomes)
        result.snapshot = _unread_vanished(result.snapshot, outcomes)
        return result
    except Exception as exc:
        log.exception("loading %s failed", paths)
        reason = f"loading failed ({type(exc).__name__}: {str(exc)[:80]})"
        return LoadResult(problems=[Problem(Path("."), reason, "please report it")])


def _unread_vanished(stamps: Snapshot, outcomes: dict[Path, Outcome]) -> Snapshot:
    """``stamps`` with the files that vanished before they were read stamped ``UNREAD``:
    stamped as they were listed, their return unchanged (a folder moved away and back
    mid-load) counted as no change, though they were never read."""
    gone = [
        path
        for path, items in outcomes.items()
        if any(isinstance(item, ReadError) and item.code == E.VANISHED for item in items)
    ]
    if not gone:
        return stamps
    return dataclasses.replace(stamps, files={**stamps.files, **dict.fromkeys(gone, UNREAD)})


def _collect(
    result: LoadResult, entries: list[Path | Problem], outcomes: dict[Path, Outcome]
) -> None:
    """Documents and problems in listing order (files not read, after a cancel, left out)."""
    for entry in entries:
        if isinstance(entry, Problem):
            result.problems.append(entry)
            continue
        for item in outcomes.get(entry, ()):
            if isinstance(item, Document):
                result.documents.append(item)
            else:
                result.problems.append(item.problem())


def _read_serially(
    files: list[Path], max_bytes: int, options: ReaderOptions, calls: _Callbacks, _n: int
) -> dict[Path, Outcome]:
    outcomes: dict[Path, Outcome] = {}
    try:
        for done, path in enumerate(files, 1):
            if calls.cancelled():
                break
            over = calls.over_total(path, options)
            calls.reading(done - 1, len(files), path)
            outcomes[path] = over or calls.parse(path, _fetch(path, max_bytes), options)
            calls.progress(done, len(files), path)
    except ReadCancelled:  # asked to stop in the middle of a long file
        pass
    return outcomes


def _read_in_parallel(
    files: list[Path], max_bytes: int, options: ReaderOptions, calls: _Callbacks, n: int
) -> dict[Path, Outcome]:
    """Threads fetch the bytes ahead (waiting on the disk in parallel); the calling thread
    parses them in path order. Parsing holds the GIL: parsing in the threads as well was
    measured slower (benchmarks/bench_reading.py), and this keeps progress in path order."""
    outcomes: dict[Path, Outcome] = {}
    ahead = 4 * n  # files fetched but not parsed yet: bounds memory to a few files per thread
    with ThreadPoolExecutor(max_workers=n, thread_name_prefix="wirediff-read") as pool:
        queue: deque[Future[bytes | ReadError]] = deque()  # fetches of files[done-1:next_up]
        next_up = 0
        try:
            for done, path in enumerate(files, 1):
                while next_up < len(files) and len(queue) < ahead:
                    queue.append(pool.submit(_fetch, files[next_up], max_bytes))
                    next_up += 1
                if calls.cancelled():
                    break
                fetch = queue.popleft()
                over = calls.over_total(path, options)
                if over:
                    fetch.cancel()
                calls.reading(done - 1, len(files), path)
                outcomes[path] = over or calls.parse(path, fetch.result(), options)
                calls.progress(done, len(files), path)
        except ReadCancelled:  # asked to stop in the middle of a long file
            pass
        for future in queue:
            future.cancel()
    return outcomes
