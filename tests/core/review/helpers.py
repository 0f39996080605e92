"""Shared pieces of the review-store tests: the sample corpus, copied where it may change."""

from __future__ import annotations

import shutil
import sqlite3
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


DEEP_JSON = "[" * 100_000 + "]" * 100_000  # past the JSON parser's recursion limit


def hostile_rows(store: Path) -> None:
    """Damage the store at ``store`` as a fuzzer did, each in a row of its own: correction 1's
    payload nested too deeply, correction 2's payload_version 'abc', and a flag added whose
    anchor is nested too deeply."""
    with sqlite3.connect(store) as raw:
        raw.execute("UPDATE corrections SET payload = ? WHERE id = 1", (f'{{"a": {DEEP_JSON}}}',))
        raw.execute("UPDATE corrections SET payload_version = 'abc' WHERE id = 2")
        raw.execute("INSERT INTO documents VALUES ('a', '/a', '', 'now'), ('b', '/b', '', 'now')")
        raw.execute("INSERT INTO pairs (id, doc_a, doc_b) VALUES (1, 'a', 'b')")
        raw.execute("INSERT INTO marks VALUES (1, 'k', ?, 'now', '', NULL, 'now')", (DEEP_JSON,))
    raw.close()


def write_captures(folder: Path, stamps: tuple[str, ...] = ("0900", "1000", "1100")) -> Path:
    """Three captures of one article (the sample's Reuters report, then edited twice), named
    with their minute ("page_20260301T0900.txt"), in ``folder`` (made)."""
    text = read(SAMPLE, "000").text
    first = text.replace("Iraq", "Iraq's government", 1)
    later = first.replace("training", "advising", 1)
    folder.mkdir(parents=True, exist_ok=True)
    for stamp, body in zip(stamps, (text, first, later), strict=True):
        (folder / f"page_20260301T{stamp}.txt").write_text(body, encoding="utf-8")
    return folder
