"""A story table as one self-contained HTML page (CSS inlined, no scripts, nothing fetched).

Rows are units of the base (and the text versions added between them), columns the versions.
Every text (article, title, path) goes through ``printable`` (control and bidi characters
shown, not obeyed) and ``html.escape``. Cells, names and titles carry their direction and
language (``page.text_attrs``: ``lang="ar"``, ``"zh"``… as the text's script tells, else
``"und"``; ``dir="rtl"`` when their text opens right-to-left, as Qt's rich text ignores
``dir="auto"``). Marks carry a cue besides colour: added words
underlined, cut words struck through, a cut unit hatched, a moved unit a link to its other
place.
"""

from __future__ import annotations

import html
from pathlib import Path

from wirediff.core.counts import percent
from wirediff.core.display import captured_said, doc_heading, shown_date
from wirediff.core.document import Document
from wirediff.core.report.page import page, text_attrs
from wirediff.core.report.provenance import shown_path
from wirediff.core.report.story_data import BREAK_WORDS
from wirediff.core.result import OpKind
from wirediff.core.storytable import CellPiece, CellState, RowKind, StoryTable, TableRow
from wirediff.core.textsafe import printable

_CSS = """
body{font:14px/1.45 system-ui,'Noto Naskh Arabic','DejaVu Sans',sans-serif;margin:0;
 color:#1b1b1b;background:#fff}
header{padding:12px 20px;border-bottom:1px solid #ccc;background:#f6f6f6}
h1{font-size:17px;margin:0 0 4px} .meta{color:#444;font-size:13px;margin:2px 0}
table{border-collapse:separate;border-spacing:0;min-width:100%}
th,td{vertical-align:top;padding:5px 8px;border-bottom:1px solid #e4e4e4;
 border-right:1px solid #eee;text-align:start}
th{background:#f0f0f0;font-weight:normal;font-size:12px;position:sticky;top:0;z-index:2}
td.v,th.v{min-width:15em}
td.n,th.n,td.b,th.b{position:sticky;z-index:1;box-sizing:border-box}
td.n,th.n{left:0;width:56px;min-width:56px;max-width:56px;background:#f6f6f6;font-size:12px;
 color:#555;text-align:center}
td.b,th.b{left:56px;width:320px;min-width:320px;max-width:320px;background:#fbfbfb;
 border-right:2px solid #ccc}
th.n,th.b{z-index:3}
td.v,td.b{white-space:pre-wrap;overflow-wrap:anywhere}
.name{font-weight:bold;overflow-wrap:anywhere} .small{font-size:11.5px;color:#555}
td.eq{color:#6a6a6a}
td.cut{background:repeating-linear-gradient(135deg,#f3f3f3 0 6px,#e6e6e6 6px 12px)}
tr.added td.b{color:#777;font-style:italic;font-size:12px;
 background:repeating-linear-gradient(135deg,#fbfbfb 0 6px,#f1f1f1 6px 12px)}
td.moved{background:#f3efff}
del{background:#ffd9c7;color:#6b1d00;text-decoration:line-through}
ins{background:#cfe4ff;color:#00306b;text-decoration:underline;text-decoration-thickness:2px}
del.rep{background:#fff0a8;color:#5c4a00} ins.rep{background:#fff0a8;color:#00306b}
a.move{font-size:12px;color:#5a3ea8}
span.pil{color:#5a3ea8;font-weight:bold}
.bar{display:block;height:5px;margin-top:3px;background:#e4e4e4;white-space:nowrap}
.bar span{display:inline-block;height:5px}
.k-eq{background:#7a9cc6} .k-ch{background:#e0b400} .k-mv{background:#8b6fd0}
@media (prefers-color-scheme:dark){
 body{background:#1e1e1e;color:#ddd} header,th,td.n{background:#2a2a2a;border-color:#444}
 td.b{background:#242424} .meta,.small{color:#bbb} th,td{border-color:#333}
 td.eq{color:#9a9a9a}
 td.cut,tr.added td.b{background:repeating-linear-gradient(135deg,#262626 0 6px,#2e2e2e 6px 12px)}
 del{background:#5a2a17;color:#ffd9c7} ins{background:#17355a;color:#cfe4ff}
 del.rep,ins.rep{background:#5a4f14;color:#fff3b0} td.moved{background:#2d2640}}
"""

_LEGEND = (
    "Rows: the units of the base in its order, and between them the text versions added "
    "there. Columns: the versions, each against the base. "
    "<ins>underlined</ins>: words the version added; <del>struck</del>: base words it cut; "
    '<del class="rep">old</del> <ins class="rep">new</ins>: words it replaced; grey text: '
    "the unit word for word; hatched: the version does not have the unit; a link: the unit "
    'moved; <span class="pil">¶</span>: the version splits a paragraph here, or joins two '
    "(its tooltip says which)."
)


def _e(text: str) -> str:
    return html.escape(printable(text), quote=True)


def _line(text: str) -> str:
    """A name or title: safe, on one line."""
    return html.escape(printable(text, one_line=True), quote=True)


def _piece(piece: CellPiece) -> str:
    text = _e(piece.text)
    if piece.op is OpKind.EQUAL:
        return text
    if piece.op is OpKind.DELETE:
        return f"<del>{text}</del>"
    if piece.op is OpKind.INSERT:
        return f"<ins>{text}</ins>"
    return f'<del class="rep">{_e(piece.old)}</del> <ins class="rep">{text}</ins>'


def _links(table: StoryTable, row: TableRow, column: int) -> str:
    cell = row.cells[column]
    return "".join(
        f' <a class="move" dir="ltr" href="#r{link}">{verb} row {link + 1} '
        f"{'↓' if link > row.index else '↑'}</a>"
        for verb, links in (("moved to", cell.moved_to), ("moved from", cell.moved_from))
        for link in links
    )


_STATE_CLASS = {
    CellState.EQUAL: "v eq",
    CellState.CHANGED: "v",
    CellState.MOVED: "v moved",
    CellState.CUT: "v cut",
    CellState.ADDED: "v",
    CellState.ABSENT: "v",
}


def _cell(table: StoryTable, row: TableRow, column: int) -> str:
    cell = row.cells[column]
    pieces = table.pieces(row.index, column)
    text = "".join(p.text for p in pieces)
    breaks = [BREAK_WORDS[kind] for kind in table.breaks(row.index, column)]
    pilcrows = "".join(f' <span class="pil" title="{said}">¶</span>' for said in breaks)
    body = "".join(_piece(p) for p in pieces) + _links(table, row, column) + pilcrows
    title = ' title="cut"' if cell.state is CellState.CUT else ""
    whole = table.columns[column].comparison.right_text  # (the version's text)
    attrs = text_attrs(text, whole)
    return f'<td class="{_STATE_CLASS[cell.state]}" {attrs}{title}>{body}</td>'


def _tally(table: StoryTable, row: TableRow) -> str:
    t, n = row.tally, len(table.columns)
    if row.kind is RowKind.ADDED:
        return f"+{t.added + t.moved}"
    parts = []
    for count, cls in ((t.equal, "k-eq"), (t.changed, "k-ch"), (t.moved, "k-mv")):
        if count and n:
            parts.append(f'<span class="{cls}" style="width:{100 * count / n:.1f}%"></span>')
    return f'{t.kept}/{n}<span class="bar">{"".join(parts)}</span>'


def _row_title(row: TableRow) -> str:
    """What the row number's tooltip says: the tally in words."""
    t = row.tally
    if row.kind is RowKind.ADDED:
        counts = [(t.added, "added it here"), (t.moved, "moved it here")]
    else:
        counts = [
            (t.equal, "word for word"),
            (t.changed, "with changes"),
            (t.moved, "moved"),
            (t.cut, "cut it"),
        ]
    return "; ".join(f"{n} {what}" for n, what in counts if n) or "no version"


def _row(table: StoryTable, row: TableRow) -> str:
    if row.kind is RowKind.BASE:
        text = table.base_text(row.index)
        base = f'<td class="b" {text_attrs(text, table.base.text)}>{_e(text)}</td>'
        cls = ""
    else:
        versions = row.tally.added + row.tally.moved
        base = f'<td class="b">added by {versions} version{"s" * (versions != 1)}</td>'
        cls = ' class="added"'
    cells = "".join(_cell(table, row, k) for k in range(len(table.columns)))
    return (
        f'<tr id="r{row.index}"{cls}><td class="n" title="{_e(_row_title(row))}">'
        f"{row.index + 1}<br>{_tally(table, row)}</td>{base}{cells}</tr>"
    )


def _heading(doc: Document, folder: Path | None, title: str) -> str:
    name = shown_path(doc.path, folder)
    facts = " · ".join(x for x in (doc.source, shown_date(doc), captured_said(doc)) if x)
    out = [f'<div class="name" {text_attrs(name)}>{_line(name)}</div>']
    if facts:
        out.append(f"<div {text_attrs(facts)}>{_line(facts)}</div>")
    if doc.title and doc.title != title:
        out.append(f'<div class="small" {text_attrs(doc.title, doc.text)}>{_line(doc.title)}</div>')
    return "".join(out)


def render_story_html(
    table: StoryTable,
    *,
    folder: Path | None = None,
    boilerplate: bool = True,
) -> str:
    """The page. ``folder``: paths are shown relative to it; ``boilerplate``: whether the
    texts still hold boilerplate lines. (The story's id, counted from 0, is not shown: it
    read as a count, "Story 0"; the JSON keeps it.)"""
    title = table.base.title or table.base.name
    heads = [
        '<th class="n">Row<br>kept</th>',
        f'<th class="b">Base<br>{_heading(table.base, folder, title)}</th>',
    ]
    for column in table.columns:
        s = column.comparison.stats
        heads.append(
            f'<th class="v" id="c{column.index}">{column.index + 1}. '
            f"{_heading(column.doc, folder, title)}"
            f'<div class="small">kept {percent(s.left_in_right)} of the base · reused '
            f"{percent(s.right_in_left)} · +{s.words_added} "
            f"−{s.words_deleted} ~{s.words_changed} words</div></th>"
        )
    rows = "".join(_row(table, row) for row in table.rows)
    count = len(table.columns) + 1
    base = doc_heading(table.base)
    meta = (
        f"A story of {count} version{'s' * (count != 1)}, the base against each of the others · "
        f"base <span {text_attrs(base)}>{_line(base)}</span> · boilerplate lines "
        f"{'kept' if boilerplate else 'left out'}"
    )
    return page(
        f"wirediff story: {_line(title)}",
        _CSS,
        f"<header><h1 {text_attrs(title, table.base.text)}>{_line(title)}</h1>"
        f'<p class="meta">{meta}</p>'
        f'<p class="meta">{_LEGEND}</p></header>'
        f"<table><thead><tr>{''.join(heads)}</tr></thead>"
        f"<tbody>{rows}</tbody></table>",
    )
