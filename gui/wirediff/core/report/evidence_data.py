"""An evidence report as JSON (everything but the aligned text) and its flags and notes as
CSV, one row each. Spreadsheet formulas in CSV cells are neutralised (see ``csv_table``)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from wirediff.core.display import date_fields
from wirediff.core.document import Document
from wirediff.core.report.evidence import EvidenceReport, Finding, Section
from wirediff.core.review import text_hash
from wirediff.core.textsafe import csv_table

FORMAT = "wirediff.report"
VERSION = 1

CSV_COLUMNS = (
    "base",
    "version",
    "what",
    "status",
    "change",
    "row",
    "change_kind",
    "base_words",
    "version_words",
    "note",
    "at",
)


def _document(doc: Document, file: int) -> dict[str, Any]:
    return {
        "file": file,  # index into "files"
        "item": doc.item,  # n-th article of a file holding several, 0 for a whole file
        "title": doc.title,
        "source": doc.source,
        **date_fields(doc),  # date, date_source, published ("" when undated)
        "text_sha256": text_hash(doc.text),  # what the review store knows it by
    }


def _finding(f: Finding) -> dict[str, Any]:
    """A finding as JSON: ``change`` and ``row`` are indices (from 0, as ``wirediff compare
    --format json`` gives its changes and rows), ``change_number`` and ``row_number`` the
    numbers the app, the HTML and the CSV show (from 1: "Change 2 flagged")."""
    out: dict[str, Any] = {}
    for key, value in asdict(f).items():
        out[key] = value
        if key in ("change", "row"):  # each number beside its index
            out[f"{key}_number"] = getattr(f, f"{key}_number")
    return out


def _section(section: Section) -> dict[str, Any]:
    stats = {
        k: round(v, 4) if isinstance(v, float) else v
        for k, v in asdict(section.comparison.stats).items()
    }
    return {
        "base": _document(section.base, section.base_file),
        "version": _document(section.other, section.other_file),
        "derivation": section.derivation,
        "reviewed_at": section.reviewed_at,
        "note": section.pair_note,
        "note_at": section.pair_note_at,
        "stats": stats,
        "changes": len(section.comparison.changes),
        "findings": [_finding(f) for f in section.findings],
    }


def to_data(report: EvidenceReport) -> dict[str, Any]:
    """The report as plain data (documented in the README)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "title": report.title,
        "scope": report.scope,
        "exported_at": report.exported_at,
        "wirediff": report.version,
        "environment": report.environment,
        "folder": report.folder,
        "store": report.store,
        "remarks": list(report.remarks),
        "options": report.options.to_dict(),
        "files": [asdict(f) for f in report.files],
        "comparisons": [_section(s) for s in report.sections],
        "detached": [
            {"base": d.left, "version": d.right, "finding": _finding(d.finding)}
            for d in report.detached
        ],
    }


def to_json(report: EvidenceReport) -> str:
    return json.dumps(to_data(report), ensure_ascii=False, indent=1) + "\n"


def _what(f: Finding) -> str:
    if f.kind == "pair":
        return "pair note"
    return " + ".join(w for w, on in (("flag", f.flagged), ("note", bool(f.note))) if on)


def _row(base: str, version: str, f: Finding) -> list[str]:
    return [
        base,
        version,
        _what(f),
        f"orphaned: {f.orphaned}" if f.orphaned else "current",
        "" if f.change_number is None else str(f.change_number),
        "" if f.row_number is None else str(f.row_number),
        "" if f.kind == "pair" else f.kind,
        f.left,
        f.right,
        f.note,
        f.at,
    ]


def flag_rows(report: EvidenceReport) -> Iterator[list[str]]:
    """One row per flag or note (and per note on a pair), in report order."""
    for section in report.sections:
        base, version = (report.files[i].path for i in (section.base_file, section.other_file))
        if section.pair_note:
            pair = Finding(
                0,
                None,
                None,
                "pair",
                "",
                "",
                False,
                section.pair_note,
                section.pair_note_at or "",
                "",
            )
            yield _row(base, version, pair)
        for finding in section.findings:
            yield _row(base, version, finding)
    for detached in report.detached:
        yield _row(detached.left, detached.right, detached.finding)


def to_csv(report: EvidenceReport, *, bom: bool = False) -> str:
    """The report's flags and notes as CSV (header row, then ``flag_rows``), written by
    ``csv_table``; ``bom``: for a file."""
    return csv_table([CSV_COLUMNS, *flag_rows(report)], bom=bom)
