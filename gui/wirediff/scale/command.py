"""``wirediff stories SOURCE --engine dask``: the command-line side of the Dask engine."""

from __future__ import annotations

import argparse
import logging
import os
import signal
import sys
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from wirediff.commands.folder_story import (
    UsageError,
    check_outside,
    left_out,
    left_out_note,
    say_skipped,
    strict_status,
    with_cli_hints,
)
from wirediff.commands.output import emit, escapes_drawn, is_terminal, message
from wirediff.commands.progress import QUIET_FOR, Progress
from wirediff.commands.reading_args import reader_options
from wirediff.core.counts import count
from wirediff.core.document import FILE_TIME
from wirediff.core.interrupts import Interrupts
from wirediff.core.jsontext import json_text
from wirediff.core.report.output import OutputError
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.report import FORMAT, VERSION
from wirediff.core.textsafe import printable
from wirediff.scale.engine import group_source
from wirediff.scale.index import write_index
from wirediff.scale.place import NotOurs, refusal, tidy, where
from wirediff.scale.reader import StoriesIndex
from wirediff.scale.sources import Source, SourceError, open_source, relative

PROG = "wirediff stories"
DEFAULT_OUTPUT = Path("stories.parquet")
EXIT_TERMINATED = 128 + signal.SIGTERM  # as a shell says a command SIGTERM stopped


class _Terminated(KeyboardInterrupt):
    """SIGTERM, taken as Ctrl+C is: the command stops where it is and closes its cluster.
    Killed outright, it left the LocalCluster's processes to the system, and the resource
    tracker said "There appear to be 12 leaked semaphore objects" (a cron job's log, in a
    big-folder walkthrough)."""


def run(args: argparse.Namespace, options: StoryOptions) -> int:
    """Group SOURCE on a Dask cluster, write the index, print the summary."""
    out: Path = args.output or DEFAULT_OUTPUT
    why = refusal(out)
    if why is not None:
        message(
            PROG,
            f"{why}: not writing over it (an index folder holds documents/, stories.parquet, "
            "events.parquet and summary.json, nothing else); give -o a new name",
        )
        return 2
    real = where(out)
    if not real.parent.is_dir():  # said before the grouping, not after it
        led = f" ({out} leads to {real})" if real != out else ""
        message(PROG, f"cannot write the stories index {out}: its folder does not exist{led}")
        return 2
    reader = reader_options(args)
    try:
        source = open_source(str(args.folder), reader)
        _check_apart(out, source)
    except (SourceError, UsageError) as exc:
        message(PROG, str(exc))
        return 2
    for line in tidy(out, lambda path: _held(path, source) is not None):
        message(PROG, line)
    logging.getLogger("distributed.shuffle").setLevel(logging.ERROR)
    # A gather cut short by Ctrl+C left "Task exception was never retrieved … AllExit" and
    # its traceback: asyncio's own report of an interrupted task, not the command's
    logging.getLogger("asyncio").setLevel(logging.CRITICAL)
    try:
        return _run(args, options, out, source, reader)
    except _Terminated:
        return EXIT_TERMINATED


def _run(
    args: argparse.Namespace, options: StoryOptions, out: Path, source: Source, reader: Any
) -> int:
    with ExitStack() as stack:
        interrupts = stack.enter_context(Interrupts())

        def terminated(number: int, frame: object) -> None:
            interrupts.seen = True  # (one a callback swallows is raised at the next stage)
            raise _Terminated

        stack.callback(signal.signal, signal.SIGTERM, signal.signal(signal.SIGTERM, terminated))
        try:
            client = stack.enter_context(_client(args.scheduler))
        except (OSError, TimeoutError, ValueError) as exc:
            cluster = args.scheduler or "a LocalCluster on this machine"
            message(PROG, f"cannot start Dask on {cluster}: {exc}")
            return 2
        found = _grouped(args, source, options, reader, client, interrupts)
        interrupts.check()
        if isinstance(found, str):
            message(PROG, found)
            return 2
        # (as the local engine says them: each file not read, the path as given, its hint;
        # those set aside on purpose in one line, and not left out for --strict — this
        # engine said them one by one, absolute, and counted them as skipped)
        found.problems = with_cli_hints(found.problems)
        say_skipped(found.problems, PROG, _as_given(source))
        args.left_out = left_out(found.problems)
        if not found.documents:
            message(PROG, f"no readable documents in {args.folder}")
            return 2
        try:
            data = write_index(found, options, out, client)
        except NotOurs as exc:  # something else was put there while the cluster worked
            message(PROG, str(exc))
            return 2
        except OSError as exc:
            message(PROG, f"cannot write the stories index {out}: {exc}")
            return 2
    text = _json(out, data) if args.format == "json" else _text(data)
    try:
        emit(text, None, data=args.format == "json")
    except OutputError as exc:  # pragma: no cover - stdout only
        message(PROG, str(exc))
        return 2
    return strict_status(args, 0)


def _as_given(source: Source) -> Callable[[Path], object]:
    """A problem's path as the command line gave it, as the local engine names it: the
    folder as typed and the path in it (``day/hostile/binary.txt``, not
    ``/tmp/…/day/hostile/binary.txt``), a local shard relative to the working folder when
    its glob was, a remote one as its URL."""
    root = source.root

    def given(path: Path) -> object:
        if "://" in root:
            return f"{root.rstrip('/')}/{relative(path, root)}"
        if _read_as_folder(source):
            return Path(source.name) / relative(path, root)
        if Path(source.name).is_absolute():
            return path
        try:
            return Path(os.path.relpath(path))
        except ValueError:  # (Windows: another drive)
            return path

    return given


def _check_apart(out: Path, source: Source) -> None:
    """Refuse (UsageError) an index inside the source folder or the source folder itself (it
    would be read as documents, or replaced: the source deleted), and one holding the source
    or one of its shards (replacing the index deletes what it was made from)."""
    if "://" in source.root:  # object storage: nothing this machine writes is read
        return
    if _read_as_folder(source):
        check_outside(out, Path(source.name), "the stories index")  # the folder as given
    held = _held(out, source)
    if held is not None:
        raise UsageError(
            f"{out} holds {held}, which is read: write the stories index elsewhere "
            "(replacing it would delete what it is made from)"
        )


def _read_as_folder(source: Source) -> bool:
    return any(p.kind == "files" for p in source.parts) or not source.parts


def _held(path: Path, source: Source) -> str | None:
    """The first of what ``source`` reads that is ``path`` or inside it (through links):
    the source folder, or a shard; None for object storage, and for a link loop (writing it
    fails later, saying so)."""
    if "://" in source.root:
        return None
    inputs = (
        [source.name]
        if _read_as_folder(source)
        else [shard for p in source.parts for shard in p.paths]
    )
    try:
        real = path.resolve()
        return next((i for i in inputs if Path(i).resolve().is_relative_to(real)), None)
    except RuntimeError:  # Python 3.11: a link loop
        return None


def _grouped(
    args: argparse.Namespace,
    source: Any,
    options: StoryOptions,
    reader: Any,
    client: Any,
    interrupts: Interrupts,
) -> Any:
    """The grouping, or why the cluster could not make it: a worker killed for memory, or
    what the system said (a disk full where a worker spills, the scheduler gone)."""
    from distributed import KilledWorker

    # (redirected, as the local engine's progress: once the run has taken a while, so that a
    # job's log tells a run at work from one stuck — a media-monitoring analyst's walkthrough)
    said = is_terminal(sys.stderr) or args.verbose
    quiet = args.no_progress and not args.verbose
    started = time.monotonic()
    # The files read so far, as the in-process engine says them: a line that rewrites itself
    # on a terminal, redirected a plain line once the run has taken a while, then at most
    # one every ``EVERY`` seconds (the reading stage alone ran 19 minutes of a 20,000-file
    # folder with no line in a cron job's log: a big-folder walkthrough); --no-progress
    # keeps them unsaid, --verbose or not (that one says the stages' times)
    progress = (
        None
        if args.no_progress or sys.stderr is None
        else Progress(PROG, rewrite=is_terminal(sys.stderr) and escapes_drawn())
    )

    def stage(line: str) -> None:  # as each stage ends: a Ctrl+C a callback swallowed stops
        interrupts.check()
        if progress is not None:
            progress.finish()  # (the files read so far: all, as the reading ended)
        if not quiet and (said or time.monotonic() - started >= QUIET_FOR):
            message(PROG, line)

    def reading(step: str, text: str) -> None:
        interrupts.check()
        if progress is not None:
            progress.say(step, text)

    try:
        return group_source(source, options, reader, args.max_size, client, stage, reading)
    except KeyboardInterrupt:  # (the shell's prompt would follow the status line)
        if progress is not None:
            progress.clear()
        raise
    except (KilledWorker, MemoryError) as exc:
        return (
            f"the cluster ran out of memory grouping {args.folder} ({type(exc).__name__}): "
            "give the workers more memory (dask worker --memory-limit) or more workers"
        )
    except (OSError, TimeoutError) as exc:  # a comm closed is an OSError too
        return (
            f"the cluster failed grouping {args.folder}: {exc or type(exc).__name__} "
            "(a worker's disk full, or the scheduler or a worker gone?); nothing was written"
        )


def _client(scheduler: str | None) -> Any:
    from dask.distributed import Client, LocalCluster

    if scheduler:
        return Client(scheduler, timeout="20s")
    # The workers are started ignoring Ctrl+C (Python keeps an ignored SIGINT ignored), which
    # a terminal sends the whole process group: they died with their tracebacks on this
    # command's stderr (6 to 101 lines) and, at times, the cluster's closing waited on them
    # for ever. This process alone is interrupted, and closes the cluster. (Blocking SIGINT
    # instead, to keep one pressed meanwhile, does not reach them: a spawned worker took it.)
    interrupt = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        cluster = LocalCluster(processes=True, threads_per_worker=1, dashboard_address=":0")
    finally:
        signal.signal(signal.SIGINT, interrupt)
    client = Client(cluster)
    client.register_plugin(_QuietTaskFailures())  # their log is this command's stderr
    return _Owned(client, cluster)


def _not_a_task_failure(record: logging.LogRecord) -> bool:
    return not str(record.msg).startswith("Compute Failed")


def _not_a_task_cancelled_at_close(record: logging.LogRecord) -> bool:
    return "ended with CancelledError" not in str(record.msg)


def _not_a_worker_killed_at_close(record: logging.LogRecord) -> bool:
    return "still alive after" not in str(record.msg)


class _QuietTaskFailures(WorkerPlugin):  # type: ignore[misc]
    """A worker plugin: a task that fails is logged by its worker, traceback and all
    ("Compute Failed"), and its error reaches the command too, which says it in one line
    (a full disk, a worker out of memory); the log of a LocalCluster's workers is this
    command's stderr, so that entry is dropped there. So is a task cut short as the command
    closes its cluster midway (Ctrl+C, SIGTERM): "Async instruction for <Task cancelled …>
    ended with CancelledError", a line per task under way. Their other messages are kept."""

    name = "wirediff-quiet-task-failures"

    def setup(self, worker: Any) -> None:
        logging.getLogger("distributed.worker").addFilter(_not_a_task_failure)
        logging.getLogger(_STATE_MACHINE).addFilter(_not_a_task_cancelled_at_close)

    def teardown(self, worker: Any) -> None:
        logging.getLogger("distributed.worker").removeFilter(_not_a_task_failure)
        logging.getLogger(_STATE_MACHINE).removeFilter(_not_a_task_cancelled_at_close)


_STATE_MACHINE = "distributed.worker.state_machine"


class _Owned:
    """A client and the LocalCluster it runs on, closed together."""

    def __init__(self, client: Any, cluster: Any) -> None:
        self.client, self.cluster = client, cluster

    def __enter__(self) -> Any:
        return self.client

    def __exit__(self, *exc: object) -> None:
        # A worker slow to stop as the command closes its own cluster (a loaded machine) is
        # killed, and its nanny says so: "Worker process still alive after 4.0 seconds,
        # killing" was the last line of a full disk's one-line message (CI, under load).
        nanny = logging.getLogger("distributed.nanny")
        nanny.addFilter(_not_a_worker_killed_at_close)
        try:
            self.client.close()
            self.cluster.close()
        finally:
            nanny.removeFilter(_not_a_worker_killed_at_close)


def _text(data: dict[str, Any]) -> str:
    head = ", ".join(
        count(data[key], noun)
        for key, noun in (("documents", "document"), ("stories", "story"), ("events", "event"))
    )
    head += left_out_note(p["code"] for p in data["problems"])
    return printable(f"{head}\nstories index: {data['index']}\n")


def _json(out: Path, data: dict[str, Any]) -> str:
    """The JSON of ``wirediff stories --format json``, read back from the index (versions
    carry no derivation evidence or boilerplate spans: this engine does not measure them)."""
    index = StoriesIndex(out)
    events, stories = [], []
    for event in index.events():
        found = index.stories(event)
        events.append({"id": event.id, "title": event.title, "stories": [s.id for s in found]})
        for story in found:
            rows = index.versions(story)
            stories.append(
                {
                    "id": story.id,
                    "key": story.key,  # (``report.story_keys``: the index keeps it)
                    "title": story.title,
                    "event": story.event,
                    "base": rows[0].path,
                    "documents": [_version(r) for r in rows],
                }
            )
    body = {
        "format": FORMAT,
        "version": VERSION,
        "folder": data["source"],
        "root": data["root"],  # (as in-process: the folder, absolute, or the shards')
        "documents": data["documents"],
        "events": events,
        "stories": stories,
        # relative to the source's root, as the versions' paths and as in-process gives
        # them: as the summary keeps them (an index written before kept them absolute)
        "problems": [
            {**p, "path": relative(Path(p["path"]), data["root"])} for p in data["problems"]
        ],
        "options": data["options"],
        "index": data["index"],
    }
    return json_text(body)


def _version(row: Any) -> dict[str, Any]:
    """A version as the in-process JSON gives it, every key there: what this engine's index
    does not keep (the capture time, the encoding) and does not measure (a version's level)
    null — the keys were missing, a script's ``d["encoding"]`` a KeyError, and the level
    "" (a data journalist's runs)."""
    return {
        "path": row.path,
        "sha256": row.sha256,
        "title": row.title,
        "outlet": row.outlet,
        "byline": None,  # (not kept in this engine's index, as the encoding)
        # (``display.date_fields``' keys: a file's time is no date, kept as ``file_time``)
        "date": row.date if row.date_source != FILE_TIME else "",
        "date_source": row.date_source,
        "published": row.date if row.date_source != FILE_TIME else "",
        "captured": None,
        "file_time": row.date if row.date_source == FILE_TIME else "",
        "encoding": None,
        "is_base": row.is_base,
        "words": row.words,
        "similarity": round(row.similarity, 4),
        "containment_in_base": round(row.containment_in_base, 4),
        "base_containment": round(row.base_containment, 4),
        "derivation": row.derivation or None,
        "derived_from": "",  # (not measured: against the base, as every version here)
        "evidence": None,
        "relation": "",
        "boilerplate": [],
        "base_chosen": False,  # (this engine applies no corrections and takes no --base)
        "placed_by_correction": False,
    }
