"""The per-document work of grouping (lines, words, shingles), in a process pool for big folders.

Splitting lines and finding words is pure Python and needs nothing but the document's text,
so it splits across processes: texts go out in chunks, compact results (line keys and spans,
shingle arrays) come back in order. The pool starts fresh interpreters (``spawn``) on every
platform, so it is safe inside a GUI process with threads and inside the frozen app (whose
launcher calls ``multiprocessing.freeze_support``). Line keys and shingle hashes are the
same in every process (``boilerplate.line_key``, CRC-32 word ids), so results do not depend
on where a document was worked on.
"""

from __future__ import annotations

import ctypes
import logging
import multiprocessing
import os
import signal
import sys
from array import array
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from wirediff.core.interrupts import held
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.events import core_terms, shares_in, story_terms, weighed
from wirediff.core.stories.features import Shingles, make_shingles, word_keys
from wirediff.core.stories.options import StoryOptions

if TYPE_CHECKING:
    from wirediff.core.stories.lineshingles import LineWords

# Below this many documents a pool costs more (starting interpreters) than it saves.
POOL_MIN_DOCS = 2_000
CHUNK = 400  # documents per task: big enough to amortize pickling, small for progress

T = TypeVar("T")
R = TypeVar("R")
_log = logging.getLogger(__name__)
_VOCAB: dict[str, int] = {}  # word ids made in this process (a cache; ids are CRC-32)
_VOCAB_MAX = 2_000_000


def lines_of(texts: Sequence[str], options: StoryOptions) -> list[bp.DocLines]:
    """The lines of each text, cruft and repeats marked."""
    return [bp.split_lines(text, options) for text in texts]


@dataclass(frozen=True, slots=True)
class Shingling:
    """How shingles are made: the options, the sampling rate, and whether with NumPy."""

    options: StoryOptions
    rate: int
    vectorized: bool


def shingles_of(
    texts: Sequence[str],
    lines: Sequence[bp.DocLines],
    skips: Sequence[set[int]],
    how: Shingling,
) -> list[Shingles]:
    """The shingles of each text, leaving out the lines in its ``skips`` entry."""
    if len(_VOCAB) > _VOCAB_MAX:
        _VOCAB.clear()
    k, lead, rate = how.options.shingle_words, how.options.lead_words, how.rate
    if how.vectorized:
        from wirediff.core.stories.lineshingles import line_shingle_sets

        return line_shingle_sets(texts, lines, skips, k, lead, rate, _line_words())
    keys = [word_keys(t, ls, skip) for t, ls, skip in zip(texts, lines, skips, strict=True)]
    return [make_shingles(words, k, lead, rate, _VOCAB) for words in keys]


_LINE_WORDS: list[LineWords] = []  # this process's cache of the words of each line


def forget_words() -> None:
    """Empty this process's word caches (the vocabulary and the words of each line): a
    long-lived worker calls it between stages so that their memory goes back. Safe while
    another thread shingles: the caches only spare work (word ids are CRC-32s)."""
    _VOCAB.clear()
    _LINE_WORDS.clear()


def _line_words() -> LineWords:
    from wirediff.core.stories.lineshingles import LineWords

    try:  # no check-then-index: another thread may forget the words in between
        return _LINE_WORDS[0]
    except IndexError:
        words = LineWords(_VOCAB)
        _LINE_WORDS.append(words)
        return words


# A story's event terms: its base's text and kept spans, and another version's (or None).
TermJob = tuple[str, list[bp.Span], str | None, list[bp.Span]]


def weights_of(jobs: Sequence[TermJob], options: StoryOptions) -> list[dict[str, float]]:
    """Each story's weighed event terms (``events.weighed``): its base's terms, as far as
    another version has them too."""
    out = []
    for text, spans, other, other_spans in jobs:
        own = story_terms(text, spans)
        terms = core_terms(own, [story_terms(other, other_spans)] if other else [])
        out.append(weighed(terms, options, shares_in(text, spans)))
    return out


def _weights_task(args: tuple[list[TermJob], StoryOptions]) -> list[dict[str, float]]:
    return weights_of(*args)


# A story's weighed terms packed: the terms joined by newlines (no term holds one) and
# their weights as float64 bytes, in the dict's order. A tenth of a dict's memory, and
# what a worker sends back pickles in two objects instead of a thousand.
Packed = tuple[str, bytes]


def pack(weights: dict[str, float]) -> Packed:
    return "\n".join(weights), array("d", weights.values()).tobytes()


def unpack(packed: Packed) -> dict[str, float]:
    """The weights of ``pack``, the terms interned (one string per term for every story)."""
    terms, raw = packed
    values = array("d")
    values.frombytes(raw)
    return dict(zip(map(sys.intern, terms.split("\n")), values, strict=True)) if terms else {}


def _packed_weights_task(args: tuple[list[TermJob], StoryOptions]) -> list[Packed]:
    return [pack(w) for w in weights_of(*args)]


def _lines_task(args: tuple[list[str], StoryOptions]) -> list[bp.DocLines]:
    return lines_of(*args)


def _shingles_task(
    args: tuple[list[str], list[bp.DocLines], list[set[int]], Shingling],
) -> list[Shingles]:
    return shingles_of(*args)


def _ignore_interrupts() -> None:
    """A pool worker's first act: Ctrl+C (SIGINT to the whole process group) is for the
    parent, which cancels the work and exits 130; a worker taking it printed a traceback
    each. A SIGINT that came while it started (held back, see ``interrupts.held``) is
    dropped with the SIG_IGN, then the signal is let through again (ignored)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})


PR_SET_PDEATHSIG = 1  # prctl(2) option: the signal a process gets when its parent dies


def _start_worker(parent: int) -> None:
    """A pool worker's first acts: leave Ctrl+C to the parent, and go when the parent does."""
    _ignore_interrupts()
    _exit_with_parent(parent)


def _exit_with_parent(parent: int) -> None:
    """Have this process sent SIGTERM when ``parent``, the process that started the pool, dies.

    A pool's workers only end when the pool tells them to; killed outright (``kill -9``, the
    OOM killer), the parent tells nobody, and its workers waited for work for good (and so did
    multiprocessing's resource tracker, which ends once every process that shares its pipe is
    gone). On Linux, ``prctl(PR_SET_PDEATHSIG)`` asks the kernel for a signal when the parent
    goes; a parent that died before that call is caught by looking at it afterwards (a worker
    is then an orphan: its parent id is no longer ``parent``, which is gone). Elsewhere, and
    where prctl cannot be called, nothing changes. The signal comes when the parent's *thread*
    that started the worker ends: the pool starts its workers in the thread that uses it, and
    ``Workers`` lives within one call (``build_story_index``), so that thread outlives them.
    """
    if not sys.platform.startswith("linux"):
        return
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM), 0, 0, 0) != 0:
            return
    except (OSError, AttributeError):
        return
    if os.getppid() == parent:
        return
    try:  # started by another process than the pool's (a launcher in between), or orphaned
        os.kill(parent, 0)
    except ProcessLookupError:  # orphaned: the parent died before prctl
        os.kill(os.getpid(), signal.SIGTERM)
    except OSError:  # there, but not ours to signal
        pass


class Workers:
    """Runs per-document functions over chunks, in a process pool or in this process.

    ``workers`` <= 1, or fewer than ``POOL_MIN_DOCS`` documents, runs everything here.
    Use as a context manager; the pool (if any) starts on first use.
    """

    def __init__(self, workers: int, documents: int) -> None:
        self.workers = workers if workers > 1 and documents >= POOL_MIN_DOCS else 1
        self._pool: Executor | None = None

    def __enter__(self) -> Workers:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            # Waits for the chunks under way even on Ctrl+C or a cancel (the queued ones are
            # dropped): left running, the pool's manager thread closed its wake-up pipe while
            # the interpreter's exit wrote to it, now and then ("Exception ignored …: Bad
            # file descriptor" on stderr after Ctrl+C, CPython 3.11's race).
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def lines(
        self, texts: Sequence[str], options: StoryOptions, step: Callable[[int], None]
    ) -> list[bp.DocLines]:
        tasks = ((chunk, options) for chunk in _chunks(texts))
        return self._run(_lines_task, tasks, step)

    def shingles(
        self,
        texts: Sequence[str],
        lines: Sequence[bp.DocLines],
        skips: Sequence[set[int]],
        how: Shingling,
        step: Callable[[int], None],
    ) -> list[Shingles]:
        tasks = (
            (chunk, list(lines[at : at + len(chunk)]), list(skips[at : at + len(chunk)]))
            for at, chunk in _indexed_chunks(texts)
        )
        full = ((t, ls, sk, how) for t, ls, sk in tasks)
        return self._run(_shingles_task, full, step)

    def weights(
        self, jobs: Sequence[TermJob], options: StoryOptions, step: Callable[[int], None]
    ) -> list[dict[str, float]]:
        cuts = range(0, len(jobs), CHUNK // 2)
        chunks = ((list(jobs[at : at + CHUNK // 2]), options) for at in cuts)
        return self._run(_weights_task, chunks, step)

    def packed_weights(
        self, jobs: Sequence[TermJob], options: StoryOptions, step: Callable[[int], None]
    ) -> list[Packed]:
        """``weights`` packed (``pack``)."""
        cuts = range(0, len(jobs), CHUNK // 2)
        chunks = ((list(jobs[at : at + CHUNK // 2]), options) for at in cuts)
        return self._run(_packed_weights_task, chunks, step)

    def _run(
        self, fn: Callable[[T], list[R]], tasks: Iterator[T], step: Callable[[int], None]
    ) -> list[R]:
        """``fn`` over the tasks in order, calling ``step(done)`` after each chunk.

        A pool that cannot start or breaks (a worker killed, a main module that starts
        the work again on import) is given up: the work runs here instead."""
        todo = list(tasks)
        if self.workers > 1:
            try:
                return self._in_pool(fn, todo, step)
            except (BrokenProcessPool, OSError) as exc:
                _log.warning("grouping in one process: the process pool failed (%s)", exc)
                self.__exit__(None, None, None)
                self.workers = 1
        out: list[R] = []
        for task in todo:
            out.extend(fn(task))
            step(len(out))
        return out

    def _in_pool(
        self, fn: Callable[[T], list[R]], todo: list[T], step: Callable[[int], None]
    ) -> list[R]:
        if self._pool is None:
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.workers,
                mp_context=context,
                initializer=_start_worker,
                initargs=(os.getpid(),),
            )
        with held():  # the workers start as the tasks are handed out
            parts = self._pool.map(fn, todo)
        out: list[R] = []
        for part in parts:
            out.extend(part)
            step(len(out))
        return out


def _chunks(texts: Sequence[str]) -> Iterator[list[str]]:
    for _, chunk in _indexed_chunks(texts):
        yield chunk


def _indexed_chunks(texts: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    for at in range(0, len(texts), CHUNK):
        yield at, list(texts[at : at + CHUNK])
