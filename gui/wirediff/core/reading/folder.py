"""A folder (or a list of paths) into Documents and Problems."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.reading.errors import ReadError
from wirediff.core.reading.registry import MAX_BYTES, read_document


@dataclass(frozen=True, slots=True)
class Problem:
    """A file that was skipped, and why."""

    path: Path
    reason: str
    hint: str = ""

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}" + (f" ({self.hint})" if self.hint else "")


@dataclass(slots=True)
class LoadResult:
    """What a load produced: the documents read and the files skipped, in path order."""

    documents: list[Document] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    cancelled: bool = False


Progress = Callable[[int, int, Path], None]  # (done, total, current path)


def list_files(paths: Iterable[Path | str]) -> tuple[list[Path], list[Problem]]:
    """Every file under ``paths`` (folders walked recursively, hidden entries skipped)."""
    files: list[Path] = []
    problems: list[Problem] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for root, dirs, names in os.walk(path, onerror=None):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                files.extend(Path(root, n) for n in sorted(names) if not n.startswith("."))
        elif path.exists():
            files.append(path)
        else:
            problems.append(Problem(path, "file not found", "check the path"))
    return files, problems


def load_paths(
    paths: Iterable[Path | str],
    *,
    max_bytes: int = MAX_BYTES,
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> LoadResult:
    """Read every file under ``paths``. Unreadable files become Problems; nothing raises."""
    files, problems = list_files(paths)
    result = LoadResult(problems=problems)
    for done, path in enumerate(files, 1):
        if should_cancel is not None and should_cancel():
            result.cancelled = True
            break
        try:
            result.documents.append(read_document(path, max_bytes=max_bytes))
        except ReadError as exc:
            result.problems.append(Problem(exc.path, exc.reason, exc.hint))
        if on_progress is not None:
            on_progress(done, len(files), path)
    return result
