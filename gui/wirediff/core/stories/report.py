"""A StoryIndex as JSON-ready data, CSV rows and plain text (no Qt, no markup).

Paths are given relative to the folder that was read (POSIX separators).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import asdict
from pathlib import Path, PurePath
from typing import Any, Protocol

from wirediff.core.stories.model import StoryIndex, Version


class ProblemLike(Protocol):
    """A file that could not be read (``wirediff.core.reading.Problem``)."""

    @property
    def path(self) -> Path: ...
    @property
    def reason(self) -> str: ...
    @property
    def hint(self) -> str: ...


def relative(path: PurePath, root: Path | None) -> str:
    """``path`` relative to ``root`` when it lies inside it, else as given."""
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def _version(index: StoryIndex, v: Version, base: int, root: Path | None) -> dict[str, Any]:
    doc = index.documents[v.doc]
    return {
        "path": relative(doc.path, root),
        "title": doc.title,
        "is_base": v.doc == base,
        "words": index.words[v.doc],
        "similarity": round(v.similarity, 4),
        "containment_in_base": round(v.in_base, 4),
        "base_containment": round(v.base_in, 4),
        "boilerplate": [list(span) for span in index.boilerplate[v.doc]],
    }


def to_data(
    index: StoryIndex, root: Path | None = None, problems: Sequence[ProblemLike] = ()
) -> dict[str, Any]:
    """The documented JSON object of ``wirediff stories --format json``."""
    return {
        "folder": str(root) if root is not None else None,
        "documents": len(index.documents),
        "events": [
            {"id": e.id, "title": e.title, "stories": list(e.stories)} for e in index.events
        ],
        "stories": [
            {
                "id": s.id,
                "title": s.title,
                "event": s.event,
                "base": relative(index.documents[s.base].path, root),
                "documents": [_version(index, v, s.base, root) for v in s.versions],
            }
            for s in index.stories
        ],
        "problems": [
            {"path": relative(p.path, root), "reason": p.reason, "hint": p.hint} for p in problems
        ],
        "options": asdict(index.options),
    }


CSV_COLUMNS = (
    "event",
    "story",
    "story_title",
    "path",
    "is_base",
    "words",
    "similarity",
    "containment_in_base",
    "base_containment",
)


def to_csv(index: StoryIndex, root: Path | None = None) -> str:
    """One row per document, story by story, base first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for s in index.stories:
        for v in s.versions:
            writer.writerow(
                [
                    s.event,
                    s.id,
                    s.title,
                    relative(index.documents[v.doc].path, root),
                    "yes" if v.doc == s.base else "",
                    index.words[v.doc],
                    f"{v.similarity:.4f}",
                    f"{v.in_base:.4f}",
                    f"{v.base_in:.4f}",
                ]
            )
    return out.getvalue()


def _count(n: int, noun: str) -> str:
    if n == 1:
        return f"1 {noun}"
    return f"{n} {noun[:-1]}ies" if noun.endswith("y") else f"{n} {noun}s"


def _percent(x: float) -> str:
    return f"{round(100 * x):3d}%"


def to_text(index: StoryIndex, root: Path | None = None, skipped: int = 0) -> str:
    """A readable outline: events, their stories, each story's versions (base marked *)."""
    lines = [
        f"{_count(len(index.documents), 'document')}, {_count(len(index.stories), 'story')}, "
        f"{_count(len(index.events), 'event')}"
        + (f" ({_count(skipped, 'file')} skipped)" if skipped else "")
    ]
    for e in index.events:
        docs = sum(len(index.stories[s].versions) for s in e.stories)
        counts = f"{_count(len(e.stories), 'story')}, {_count(docs, 'document')}"
        lines += ["", f"Event {e.id}: {e.title}  ({counts})"]
        for sid in e.stories:
            s = index.stories[sid]
            lines.append(f"  Story {s.id}: {s.title}  ({_count(len(s.versions), 'version')})")
            for v in s.versions:
                path = relative(index.documents[v.doc].path, root)
                if v.doc == s.base:
                    lines.append(f"    * {path}  base, {index.words[v.doc]} words")
                else:
                    lines.append(
                        f"      {path}  similarity {_percent(v.similarity)}, in base "
                        f"{_percent(v.in_base)}, base in it {_percent(v.base_in)}"
                    )
    return "\n".join(lines) + "\n"
