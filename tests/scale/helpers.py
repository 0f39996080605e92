"""Shared pieces of the Dask engine's tests: folders shaped as an index, their bytes."""

from __future__ import annotations

import json
from pathlib import Path

SUMMARY_FIELDS = ("source", "root", "documents", "stories", "events", "index", "problems")
SUMMARY_FIELDS += ("options", "seconds")


def index_like(folder: Path, extra: str | None = None, **summary_data: object) -> Path:
    """A folder shaped as an index (the parts are not real Parquet: the command looks at
    the names and the summary, and refuses before reading any)."""
    (folder / "documents").mkdir(parents=True)
    (folder / "documents" / "part.0.parquet").write_bytes(b"PAR1")
    for name in ("stories.parquet", "events.parquet"):
        (folder / name).write_bytes(b"PAR1")
    data: dict[str, object] = {k: [] for k in SUMMARY_FIELDS}
    data.update({"documents": 1, "stories": 1, "events": 1, "options": {}, **summary_data})
    (folder / "summary.json").write_text(json.dumps(data))
    if extra:
        (folder / extra).write_text("someone's work")
    return folder


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
