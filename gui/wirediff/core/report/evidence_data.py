"""An evidence report as JSON (everything but the aligned text) and as CSV: a story's or a
pair's versions against the base, one row each, then the flags and notes, one row each (a
folder's findings: the flags and notes alone). Spreadsheet formulas in CSV cells are
neutralised (see ``csv_table``)."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import asdict
from typing import Any

from wirediff.core.display import date_fields, zoned_date
from wirediff.core.document import Document
from wirediff.core.jsontext import json_text
from wirediff.core.quoting import change_words, quoted_spans, unmarked
from wirediff.core.report.evidence import EvidenceReport, Finding, Section, base_words
from wirediff.core.result import Change, ChangeKind, Comparison, OpKind, Span
from wirediff.core.review import text_hash
from wirediff.core.sections import change_sections
from wirediff.core.textsafe import csv_table

FORMAT = "wirediff.report"
VERSION = 1

# The versions table of a story's or a pair's CSV: one row for the base, then one per
# version against it (as the HTML's versions table and the JSON's comparisons say them).
VERSION_COLUMNS = (
    "base",
    "version",
    "title",
    "outlet",
    "date",
    "words",
    "similarity",
    "base_kept",
    "reused",
    "level",
    "evidence",
    "added",
    "deleted",
    "changed",
    "moved",
    "flags",
    "notes",
    "reviewed",
    "web_address",  # (a page's canonical address: a log of an article's captures named none)
    "byline",  # (the app's Author column, in no table: a Ukraine desk's walkthrough)
)
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
    # What the comparison took no notice of ("numbering", "case and numbering"; "" for
    # nothing): the changes' numbers depend on it (a flags export numbered a change 93
    # with numbering ignored, the command line's report 107 without, and neither said so).
    "ignored",
)


# The changes table of a story's or a pair's CSV: every change of each version against its
# base, as the change list says it (a CSV held the flags and notes alone: empty unless each
# change was flagged by hand, for a colleague).
CHANGE_COLUMNS = (
    "base",
    "version",
    "change",
    "row",
    "change_kind",
    "base_words",
    "version_words",
    # Where it is in each text: the line (from 1) it starts on, and its code points
    # [start, end) (a scholar's apparatus had the app's row numbers alone to go by).
    "base_line",
    "base_start",
    "base_end",
    "version_line",
    "version_start",
    "version_end",
    # The heading it is under, on the side its words are ("Part 2 — Licensing › 14"; ""
    # in a text with none): a bill's analyst had the row number alone.
    "section",
    "ignored",
)


class _Lines:
    """Line numbers of a text's offsets (from 1: the line an offset is on)."""

    def __init__(self, text: str) -> None:
        self.starts = [0]
        at = text.find("\n")
        while at >= 0:
            self.starts.append(at + 1)
            at = text.find("\n", at + 1)

    def of(self, offset: int) -> int:
        return bisect.bisect_right(self.starts, offset)


Place = tuple[str, int, Span]  # a change's words on one side, the line it starts on, its span


def _placed(text: str, span: Span) -> int:
    """Where a change stands for its line: its start; of words added (nothing on this side),
    the last character before them that is no space — words added at a paragraph's end
    were on the next paragraph's line (``base_line`` 7 for words after line 5's)."""
    at = span.start
    if span.end > at:
        return at
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return max(0, at - 1)


def each_change(comparison: Comparison) -> Iterator[tuple[Change, Place, Place, str]]:
    """Each change with its words and its place in the base and in the version, as the
    changes table and the JSON's change list give them: a move's at both its places; and
    the section it is in (``change_sections``)."""
    lines = (_Lines(comparison.left_text), _Lines(comparison.right_text))
    sections = change_sections(comparison)
    for change, section in zip(comparison.changes, sections, strict=True):
        words = change_words(comparison, change.index, whole_moves=True, cut=False)
        spans = quoted_spans(comparison, change.index, whole_moves=True)
        texts = (comparison.left_text, comparison.right_text)
        left, right = (
            (said, at.of(_placed(text, span)), span)
            for said, at, text, span in zip(words, lines, texts, spans, strict=True)
        )
        yield change, left, right, section


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
        "evidence": unmarked(section.evidence) if section.evidence else section.evidence,
        "reviewed_at": section.reviewed_at,
        "note": section.pair_note,
        "note_at": section.pair_note_at,
        "stats": stats,
        "changes": len(section.comparison.changes),
        "change_list": _change_list(section.comparison),
        "findings": [_finding(f) for f in section.findings],
    }


def _change_list(comparison: Comparison) -> list[dict[str, Any]]:
    """Every change as the CSV's changes table gives it: its number and row (from 1), its
    kind, its words and its place in each text (``{"line", "start", "end"}``), and the
    word edits it holds (``edits``: a change is a sentence's, its edits the variants an
    apparatus lists one by one)."""
    return [
        {
            "number": change.index + 1,
            "row_number": change.row + 1,
            "kind": change.kind.value,
            **{
                side: {"words": words, "line": line, "start": span.start, "end": span.end}
                for side, (words, line, span) in (("base", left), ("version", right))
            },
            "edits": _edits(comparison, change),
            "section": section,
        }
        for change, left, right, section in each_change(comparison)
    ]


def _edits(comparison: Comparison, change: Change) -> list[dict[str, Any]]:
    """The word edits of a change of words (none of a move or a paragraph break): each
    op of its row inside its spans, its words and code points on each side."""
    if change.kind not in (ChangeKind.REPLACE, ChangeKind.DELETE, ChangeKind.INSERT):
        return []
    texts = (comparison.left_text, comparison.right_text)
    out = []
    for op in comparison.rows[change.row].ops:
        inside = all(
            outer.start <= span.start and span.end <= outer.end
            for span, outer in ((op.left, change.left), (op.right, change.right))
        )
        if op.kind is not OpKind.EQUAL and inside:
            out.append(
                {
                    "kind": op.kind.value,
                    **{
                        side: {
                            "words": " ".join(text[span.start : span.end].split()),
                            "start": span.start,
                            "end": span.end,
                        }
                        for side, text, span in (
                            ("base", texts[0], op.left),
                            ("version", texts[1], op.right),
                        )
                    },
                }
            )
    return out


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
    return json_text(to_data(report))


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


def ignored_said(report: EvidenceReport) -> str:
    """What the comparison took no notice of, as the changes panel says it ("case and
    numbering"), or ""."""
    what = report.options.ignored(
        "ignore_case",
        "ignore_punctuation",
        "ignore_paragraphs",
        "ignore_numbering",
        "ignore_fillers",
    )
    return " and ".join([", ".join(what[:-1]), what[-1]] if len(what) > 1 else what)


def flag_rows(report: EvidenceReport, reviewed: bool = False) -> Iterator[list[str]]:
    """One row per flag or note (and per note on a pair), in report order; ``reviewed``: a
    row ``reviewed`` first for each pair marked reviewed, ``at`` when (a folder's CSV, which
    has no versions table to say it: a pair reviewed without a flag or note was not in it)."""
    ignored = ignored_said(report)
    for section in report.sections:
        base, version = _pair_paths(report, section)
        if reviewed and section.reviewed_at:
            yield [base, version, "reviewed", "current", *[""] * 6, section.reviewed_at, ignored]
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
            yield [*_row(base, version, pair), ignored]
        for finding in section.findings:
            yield [*_row(base, version, finding), ignored]
    for detached in report.detached:
        yield [*_row(detached.left, detached.right, detached.finding), ignored]


def _share(x: float) -> str:
    return f"{x:.4f}"


def _with_item(path: str, doc: Document) -> str:
    """A file's shown path, with "#n" for one of the articles a file holds (the stories
    table's name for it: a feed's two articles in two stories were one path)."""
    return f"{path}#{doc.item}" if doc.item else path


def _pair_paths(report: EvidenceReport, section: Section) -> tuple[str, str]:
    """The shown paths of a section's base and version."""
    files = report.files
    return (
        _with_item(files[section.base_file].path, section.base),
        _with_item(files[section.other_file].path, section.other),
    )


def version_rows(report: EvidenceReport) -> Iterator[list[str]]:
    """The base's row, then one per version against it (``VERSION_COLUMNS``), then one per
    version left out (its text could not be read: why, as evidence). A story of one version
    (or whose others were all left out) has the base's row alone."""
    base_doc = report.base
    if base_doc is None:
        return
    base = _with_item(report.files[0].path, base_doc)  # (the files' first: the base; the
    # first version may be measured against an agency's text of the story, not the base)
    yield [
        base,
        base,
        base_doc.title,
        base_doc.source,
        zoned_date(base_doc),  # ("" undated, as stories' CSV: "undated" would not sort)
        str(base_words(report)),
        *[""] * 3,
        "first" if report.scope == "chain" else "base",
        *[""] * 8,
        base_doc.url,
        base_doc.byline,
    ]
    for section in report.sections:
        st, doc = section.comparison.stats, section.other
        yield [
            *_pair_paths(report, section),
            doc.title,
            doc.source,
            zoned_date(doc),
            str(st.right_words),
            _share(st.similarity),
            _share(st.left_in_right),
            _share(st.right_in_left),
            section.derivation or "",
            unmarked(section.evidence or ""),
            str(st.words_added),
            str(st.words_deleted),
            str(st.words_changed),
            str(st.units_moved),
            str(sum(f.flagged for f in section.findings)),
            str(sum(bool(f.note) for f in section.findings) + bool(section.pair_note)),
            (section.reviewed_at or "")[:10],
            doc.url,
            doc.byline,
        ]
    used = {i for s in report.sections for i in (s.base_file, s.other_file)}
    for i, facts in enumerate(report.files):
        if i not in used and facts.problem:  # a version left out
            row = [base, facts.path, *[""] * (len(VERSION_COLUMNS) - 2)]
            row[VERSION_COLUMNS.index("evidence")] = facts.problem
            yield row


def to_csv(report: EvidenceReport, *, bom: bool = False) -> str:
    """The report as CSV, written by ``csv_table``; ``bom``: for a file.

    A story's or a pair's: its versions table (``VERSION_COLUMNS``: ``version_rows``), an
    empty line, then its flags and notes (``CSV_COLUMNS``: ``flag_rows``; the header alone
    when there are none), an empty line, then every change (``CHANGE_COLUMNS``:
    ``change_rows``) — three tables one under the other, as a spreadsheet shows them. A
    folder's (the findings of Flags & notes ▸ Export…): the flags and notes alone, and
    a row for each pair marked reviewed."""
    if report.scope == "folder":
        return csv_table([CSV_COLUMNS, *flag_rows(report, reviewed=True)], bom=bom)
    findings = [CSV_COLUMNS, *flag_rows(report)]
    changes = [CHANGE_COLUMNS, *change_rows(report)]
    return csv_table([VERSION_COLUMNS, *version_rows(report), [], *findings, [], *changes], bom=bom)


def change_rows(report: EvidenceReport) -> Iterator[list[str]]:
    """One row per change of each section (``CHANGE_COLUMNS``), numbered from 1 as the
    app's change list numbers them, with its words on each side and where it is in each
    text (its line, from 1, and its code points)."""
    ignored = ignored_said(report)
    for section in report.sections:
        base, version = _pair_paths(report, section)
        for change, left, right, heading in each_change(section.comparison):
            number, row = str(change.index + 1), str(change.row + 1)
            where = [str(n) for _words, line, span in (left, right) for n in (line, *span)]
            yield [
                base,
                version,
                number,
                row,
                change.kind.value,
                left[0],
                right[0],
                *where,
                heading,
                ignored,
            ]
