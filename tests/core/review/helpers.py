"""Shared pieces of the review-store tests: the sample corpus, copied where it may change."""

from __future__ import annotations

import shutil
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.reading import read_document

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "us-iraq-troop-role"


def sample_path(prefix: str) -> Path:
    return next(SAMPLE.glob(f"{prefix}_*.txt"))


def copy_sample(to: Path) -> Path:
    """A copy of the sample folder at ``to`` (which the test may rename or edit)."""
    shutil.copytree(SAMPLE, to)
    return to


def read(folder: Path, prefix: str) -> Document:
    return read_document(next(folder.glob(f"{prefix}_*.txt")))


def snapshot(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every entry under ``folder`` with its size, modification time and bytes."""
    return {
        str(p.relative_to(folder)): (
            p.stat().st_size,
            p.stat().st_mtime_ns,
            p.read_bytes() if p.is_file() else b"",
        )
        for p in sorted(folder.rglob("*"))
    }
