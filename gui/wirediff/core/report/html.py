"""A self-contained side-by-side HTML page of a comparison.

All article text goes through ``printable`` (control and bidi characters shown, not obeyed)
and ``html.escape``: the page never interprets it as markup. Each text cell, heading and
title says its direction and language (``page.text_attrs``: ``lang="ar"``, ``"zh"``… as its
script tells, else ``"und"``; ``dir="rtl"`` when it opens with right-to-left text, as Qt's
rich text ignores ``dir="auto"``). The column headers name
each side (outlet · date · file name); the title is said once, above them.
Highlights carry a second cue besides colour (strike-through for deleted, underline for
inserted, a dotted outline for replaced) so they survive colour blindness and printing.
"""

from __future__ import annotations

import html

from wirediff.core.breaks import break_counts
from wirediff.core.counts import percent
from wirediff.core.display import doc_heading
from wirediff.core.document import Document, names_apart
from wirediff.core.quoting import figures_said
from wirediff.core.renames import name_changes, names_said
from wirediff.core.report.page import page, text_attrs
from wirediff.core.report.pieces import row_pieces
from wirediff.core.requotes import quote_changes, quotes_said
from wirediff.core.result import Comparison, OpKind, Row, RowKind, Side
from wirediff.core.textsafe import printable

_CSS = """
body{font:15px/1.5 system-ui,'Noto Naskh Arabic',sans-serif;margin:0;color:#1b1b1b;background:#fff}
header{padding:12px 20px;border-bottom:1px solid #ccc;background:#f6f6f6}
h1{font-size:17px;margin:0 0 4px} .stats{color:#444;font-size:13px}
th{text-align:start;vertical-align:top;font-size:13px;padding:6px 12px;overflow-wrap:anywhere}
th .title{font-weight:normal;color:#444}
table{border-collapse:collapse;width:100%;table-layout:fixed}
td{vertical-align:top;padding:6px 12px;border-bottom:1px solid #eee;white-space:pre-wrap;
 overflow-wrap:anywhere}
td.g{width:2.5em;color:#777;text-align:center;padding:6px 2px}
td.g small{display:block;font-size:11px;color:#999}
td.gap{background:repeating-linear-gradient(135deg,#f3f3f3 0 6px,#e9e9e9 6px 12px)}
tr.moved td.side{background:#f3efff}
del{background:#ffd9c7;color:#6b1d00;text-decoration:line-through}
ins{background:#cfe4ff;color:#00306b;text-decoration:underline;text-decoration-thickness:2px}
mark.rep{background:#fff0a8;outline:1px dotted #8a6d00;color:inherit}
a.move{font-size:12px;color:#5a3ea8;margin-left:6px}
@media (prefers-color-scheme:dark){
 body{background:#1e1e1e;color:#ddd} header{background:#2a2a2a;border-color:#444}
 .stats{color:#bbb} td{border-color:#333}
 td.gap{background:repeating-linear-gradient(135deg,#262626 0 6px,#2e2e2e 6px 12px)}
 del{background:#5a2a17;color:#ffd9c7} ins{background:#17355a;color:#cfe4ff}
 mark.rep{background:#5a4f14;color:#fff3b0} tr.moved td.side{background:#2d2640}}
"""

# The gutter mark of each kind of row (also used by the evidence report).
ROW_MARKS = {
    RowKind.EQUAL: "",
    RowKind.CHANGED: "~",
    RowKind.DELETED: "−",
    RowKind.INSERTED: "+",
    RowKind.MOVED: "⇅",
}


def row_mark(row: Row, result: Comparison) -> str:
    """The row's gutter mark: ``ROW_MARKS``, or ¶ for equal words whose paragraph break is
    not (a split or join after the row)."""
    if row.kind is RowKind.EQUAL and row.index in result.breaks:
        return "¶"
    return ROW_MARKS[row.kind]


def _cell(result: Comparison, row: Row, side: Side) -> str:
    if row.span(side) is None:
        return '<td class="side gap"></td>'
    parts = []
    pieces = list(row_pieces(result, row, side))
    for piece in pieces:
        text = html.escape(printable(piece.text))
        if piece.kind is OpKind.EQUAL:
            parts.append(text)
        elif piece.kind is OpKind.REPLACE:
            parts.append(f'<mark class="rep">{text}</mark>')
        elif piece.kind is OpKind.DELETE:
            parts.append(f"<del>{text}</del>")
        else:
            parts.append(f"<ins>{text}</ins>")
    if row.kind is RowKind.MOVED and row.link is not None:
        where = "moved to" if side == "left" else "moved from"
        parts.append(f'<a class="move" href="#r{row.link}">{where} row {row.link + 1} ↗</a>')
    text = "".join(piece.text for piece in pieces)
    whole = result.left_text if side == "left" else result.right_text
    return f'<td class="side" {text_attrs(text, whole)}>{"".join(parts)}</td>'


def _names(doc: Document | str) -> tuple[str, str, str]:
    """A side's file name, heading (outlet · date · file name) and title; a plain string
    is all three's name."""
    if isinstance(doc, str):
        return doc, doc, ""
    return doc.name, doc_heading(doc), doc.title


def _line(text: str) -> str:
    """A name or title, safe and on one line."""
    return html.escape(printable(text, one_line=True))


def _column_head(heading: str, title: str, shown_title: str, text: str) -> str:
    """A side's column header; ``text``: the side's text (the language of its title)."""
    head = f"<th {text_attrs(heading)}>{_line(heading)}"
    if title and title != shown_title:  # the title above is the other side's
        head += f'<div class="title" {text_attrs(title, text)}>{_line(title)}</div>'
    return head + "</th>"


def render_html(
    result: Comparison, left: Document | str = "left", right: Document | str = "right"
) -> str:
    """One HTML page, CSS inlined, no scripts, no external resources. ``left`` and
    ``right`` are the two documents (or just names to show for them)."""
    s = result.stats
    left_name, left_heading, left_title = _names(left)
    right_name, right_heading, right_title = _names(right)
    if isinstance(left, Document) and isinstance(right, Document):
        left_name, right_name = names_apart(left.path, right.path)
    title = left_title or right_title or f"{left_name} ↔ {right_name}"
    rows = []
    for row in result.rows:
        cls = ' class="moved"' if row.kind is RowKind.MOVED else ""
        rows.append(
            # (numbered from 1, as the notes of moved rows say "moved to row 7")
            f'<tr id="r{row.index}"{cls}><td class="g" title="{row.kind.value}">'
            f"{row_mark(row, result)}<small>{row.index + 1}</small></td>"
            f"{_cell(result, row, 'left')}{_cell(result, row, 'right')}"
            "</tr>"
        )
    stats = (
        f"similarity {percent(s.similarity)} · {percent(s.left_in_right)} of left in right · "
        f"{percent(s.right_in_left)} of right in left · {s.words_added} words added · "
        f"{s.words_deleted} deleted · {s.words_changed} changed · {s.units_moved} moved"
    )
    if paragraphs := break_counts(result):
        stats += f" · {paragraphs}"
    if figures := figures_said(result, None):  # (every one: the page is the evidence)
        stats += f" · figures changed: {_line(figures)}"
    if names := names_said(name_changes(result), None):
        stats += f" · names changed: {_line(names)}"
    # (each quotation in its own direction: a Persian "«…» → «…»" wrapped with the arrow
    # inside a quote)
    if quotes := quotes_said(quote_changes(result), None, each=lambda q: f"<bdi>{_line(q)}</bdi>"):
        stats += f" · quotes changed: {quotes}"
    names = _line(f"{left_name} vs {right_name}")
    heads = _column_head(left_heading, left_title, title, result.left_text) + _column_head(
        right_heading, right_title, title, result.right_text
    )
    # (the title is left's, else right's: told by that side's text)
    title_text = result.left_text if left_title else result.right_text if right_title else ""
    return page(
        f"wirediff: {names}",
        _CSS,
        f"<header><h1 {text_attrs(title, title_text)}>{_line(title)}</h1>"
        f'<div class="stats">{stats}</div></header>'
        f'<table><colgroup><col style="width:1.5em"><col><col></colgroup>'
        f"<thead><tr><th></th>{heads}</tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>",
    )
