"""The JSON form of a comparison (documented in the README; tests and benchmarks parse it)."""

from __future__ import annotations

import json

from wirediff.core.display import date_fields, doc_heading
from wirediff.core.quoting import ARROW, changed_figures
from wirediff.core.renames import name_changes
from wirediff.core.requotes import quote_changes
from wirediff.core.result import ChangeKind, Comparison, Span

TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import Any

    from wirediff.core.document import Document

FORMAT = "wirediff.compare"
VERSION = 1


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start, span.end]


def _side(path: Path | str | None, doc: Document | None, text: str) -> dict[str, Any]:
    """A side: its path, what was read of its document (as the stories JSON names them:
    ``outlet``, ``date`` found and where, ``published`` as the app shows it, ``heading``
    as the HTML heads it, the date with its zone where that is not the desk's), its text."""
    about = (
        {
            "title": doc.title,
            "outlet": doc.source,
            "byline": doc.byline,
            **date_fields(doc),
            "heading": doc_heading(doc),
            "encoding": doc.encoding,
        }
        if doc
        else {}
    )
    return {"path": str(path) if path else None, **about, "text": text}


def to_data(
    result: Comparison,
    left_path: Path | str | None = None,
    right_path: Path | str | None = None,
    documents: tuple[Document, Document] | None = None,
) -> dict[str, Any]:
    """The comparison as plain data (dicts, lists, strings, numbers); ``documents``, the two
    documents compared, add their titles, outlets and dates."""
    s = result.stats
    figures = changed_figures(result, None)[0]
    names = name_changes(result)
    left_doc, right_doc = documents or (None, None)
    return {
        "format": FORMAT,
        "version": VERSION,
        "left": _side(left_path, left_doc, result.left_text),
        "right": _side(right_path, right_doc, result.right_text),
        "options": result.options.to_dict(),
        "stats": {
            "similarity": round(s.similarity, 4),
            "left_in_right": round(s.left_in_right, 4),
            "right_in_left": round(s.right_in_left, 4),
            "left_words": s.left_words,
            "right_words": s.right_words,
            "matched_words": s.matched_words,
            "matched_words_right": s.matched_words_right,
            "words_added": s.words_added,
            "words_deleted": s.words_deleted,
            "words_changed": s.words_changed,
            "words_changed_right": s.words_changed_right,
            "units_moved": s.units_moved,
            "passages_moved": s.passages_moved,
            # (counted from the changes: a script had to count them by kind)
            "paragraphs_split": sum(c.kind is ChangeKind.SPLIT for c in result.changes),
            "paragraphs_joined": sum(c.kind is ChangeKind.JOIN for c in result.changes),
            # replacements changing a figure in a sentence mostly kept (as the stories
            # table's evidence counts them), and each quoted "old → new"
            "figures_changed": len(figures),
            "figures": figures,
            # replacements changing a name (``renames``), each quoted "old → new"
            "names_changed": len(names),
            "names": [f"{old}{ARROW}{new}" for old, new in names],
            # quotations whose words changed (``requotes``), each "old → new"
            "quotes": [f"{old}{ARROW}{new}" for old, new in quote_changes(result)],
        },
        "rows": [
            {
                "index": row.index,
                "kind": row.kind.value,
                "left": _span(row.left),
                "right": _span(row.right),
                "link": row.link,
                "ops": [
                    {"op": op.kind.value, "left": _span(op.left), "right": _span(op.right)}
                    for op in row.ops
                ],
            }
            for row in result.rows
        ],
        "changes": [
            {
                "index": c.index,
                "kind": c.kind.value,
                "row": c.row,
                "left": _span(c.left),
                "right": _span(c.right),
            }
            for c in result.changes
        ],
    }


def to_json(
    result: Comparison,
    left_path: Path | str | None = None,
    right_path: Path | str | None = None,
    documents: tuple[Document, Document] | None = None,
) -> str:
    """The comparison as a JSON document (UTF-8 text, non-ASCII kept as is)."""
    data = to_data(result, left_path, right_path, documents)
    return json.dumps(data, ensure_ascii=False, indent=1)


def rebuild_from_data(data: dict[str, Any], side: str) -> str:
    """A side's text rebuilt from the JSON form's rows and ops (the documented invariant)."""
    text = data[side]["text"]
    return "".join(
        text[op[side][0] : op[side][1]] for row in data["rows"] if row[side] for op in row["ops"]
    )
