"""An evidence report as one self-contained HTML page (no scripts, nothing fetched).

The same page is printed to PDF by Qt (``wirediff.export.pdf``), so it keeps to what
QTextDocument understands as well as browsers: tables with width attributes, spans with
classes, a small style sheet. Article text, titles, paths and notes are data: every one
goes through ``html.escape`` and carries its direction and language
(``page.text_attrs``: ``lang="ar"``, ``"zh"``… as its script tells, else ``"und"``;
``dir="rtl"`` on blocks that open with right-to-left text, which browsers would find from
"auto" anyway and Qt needs told) so RTL paragraphs read and align right.
"""

from __future__ import annotations

import html
import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from wirediff.core.breaks import break_counts
from wirediff.core.counts import percent
from wirediff.core.display import UNDATED, captured_said, in_order, isolated, shown_date
from wirediff.core.display import html_dir as _dir
from wirediff.core.document import Document
from wirediff.core.quoting import figures_said
from wirediff.core.renames import name_changes, names_said
from wirediff.core.report.evidence import EvidenceReport, Finding, Section, base_words
from wirediff.core.report.evidence_data import each_change, ignored_said
from wirediff.core.report.html import row_mark
from wirediff.core.report.page import page, text_attrs
from wirediff.core.report.pieces import row_pieces
from wirediff.core.requotes import quote_changes, quotes_said
from wirediff.core.result import Comparison, OpKind, Row, RowKind, Side
from wirediff.core.sections import change_sections
from wirediff.core.textsafe import break_points, printable, with_breaks

# Each character in the first family that has it: DejaVu Sans, then Noto Naskh Arabic for
# the Urdu letters DejaVu lacks (ہ ے ۔; bundled with wirediff, registered before printing).
_CSS = """
body{font-family:'DejaVu Sans','Noto Naskh Arabic',Arial,sans-serif;font-size:10pt;color:#1b1b1b;
 margin:20px;line-height:1.35}
h1{font-size:16pt;margin:0 0 4px 0} h2{font-size:13pt;margin:22px 0 4px 0}
h3{font-size:10.5pt;margin:12px 0 4px 0}
p{margin:3px 0} .meta{color:#555555} .small{font-size:8.5pt;color:#555555}
table{border-collapse:collapse} th{text-align:left;background-color:#eeeeee;font-weight:bold}
th,td{vertical-align:top;padding:3px 5px;border-bottom:1px solid #dddddd}
th,td.num,td.nowrap{white-space:nowrap} td.num{text-align:right} td.file{border-bottom:none}
td.g{color:#666666;text-align:center;font-size:8pt}
table.versions th,table.versions td.num,table.versions td.nowrap{font-size:8.5pt;padding:3px 3px}
td.side{overflow-wrap:anywhere;word-break:break-word}
td.gap{background-color:#eeeeee}
tr.moved td.side{background-color:#f3efff}
tr.noterow td{background-color:#fff6d5;border-bottom:1px solid #e6d28a}
.del{background-color:#ffd9c7;color:#6b1d00;text-decoration:line-through}
.ins{background-color:#cfe4ff;color:#00306b;text-decoration:underline}
.rep{background-color:#fff0a8;color:#3d3000;text-decoration-line:underline;
 text-decoration-style:dotted;text-underline-style:dotted}
.flag{color:#b8002e;font-weight:bold} .orphan{color:#8a4b00;font-weight:bold}
.note{font-style:italic} .remarks{color:#8a4b00}
code,.hash{font-family:'DejaVu Sans Mono',monospace;font-size:8pt}
a{color:#0b4f8a} a.move{font-size:8pt;color:#5a3ea8}
@media print{body{margin:0} .pair{break-before:page}}
"""
# Qt prints with its own 2 cm margins and reads no media rules: smaller type, no margin.
_PRINT_CSS = "body{font-size:8.5pt;margin:0} code,.hash{font-size:7.5pt}"

# Each kind has a second cue that needs no colour, as in the app: replaced words were their
# pale yellow alone, lost in a greyscale print or under forced colours (a low-vision
# walkthrough); dotted-underlined now (``text-underline-style``: Qt's own name, for the PDF).
_PIECE_CLASS = {OpKind.DELETE: "del", OpKind.INSERT: "ins", OpKind.REPLACE: "rep"}


def _figures(comparison: Comparison) -> str:
    """Every figure the pair changes, "" when none (a report is the evidence: "and 2 more"
    left the two that mattered out)."""
    return figures_said(comparison, None)


def _quotes(comparison: Comparison) -> str:
    """Every quotation whose words the pair changes (``requotes``), "" when none, as HTML:
    each escaped, in its own direction (isolated, as the PDF's rich text knows no ``<bdi>``:
    a Persian "«…» → «…»" wrapped with the arrow inside a quote)."""
    return quotes_said(quote_changes(comparison), None, each=lambda q: isolated(_e(q)))


def _names(comparison: Comparison) -> str:
    """Every name the pair changes (``renames``), "" when none."""
    return names_said(name_changes(comparison), None)


def _e(text: str, one_line: bool = True) -> str:
    """Text as HTML: control and bidi characters shown as marks (a right-to-left override
    in a line must not make "$1500" read "0051$" in the report), a line break as ␊ unless
    the text may hold several lines (a file named "line⏎break.txt" read "line break.txt"
    in the title, the heading and every cell), then escaped."""
    return html.escape(printable(text, one_line=one_line), quote=True)


def _span(text: str, cls: str = "", one_line: bool = True, within: str = "") -> str:
    """Text wirediff did not write (a path, a title, a note, an article's words), escaped,
    in a span of its own direction and language (``page.text_attrs``; ``within``: the
    article it is from, which tells a few words' language)."""
    cls = f' class="{cls}"' if cls else ""
    return f"<span{cls} {text_attrs(text, within)}>{_e(text, one_line)}</span>"


def _note(text: str) -> str:
    """A note in its span, isolated: Qt's rich text (the PDF) ignores a span's dir, and an
    Urdu note ending "(APP)۔" read "(APP)۔" first, the time stamp after it in pieces."""
    return isolated(_span(text, "note", one_line=False))


def _when(stamp: str | None) -> str:
    return "" if not stamp else stamp.replace("T", " ").replace("Z", " UTC")


def _stamp_lines(stamp: str) -> str:
    """A time stamp as date, line break, time (narrow table columns)."""
    return _e(_when(stamp)).replace(" ", "<br>", 1) if stamp else "—"


def _pct(share: float) -> str:
    return percent(share)


def render_report(
    report: EvidenceReport, *, for_print: bool = False, context: int | None = None
) -> str:
    """The report as an HTML page. ``for_print``: each section starts a new page even where
    the print engine ignores CSS media rules (Qt's). ``context``: the aligned text's changed
    rows only, with this many rows around each (and those of a flag or note), the rows
    left out said in a line ("⋯ 212 unchanged rows"): a report to send, where the whole
    text of a 3 MB pair printed 1,885 pages for ten changes."""
    parts = [_header(report), _summary(report)]
    for n, section in enumerate(report.sections, 1):
        parts.append(
            _section(report, n, section, break_before=for_print and n > 1, context=context)
        )
    if report.detached:
        parts.append(_detached(report))
    parts.append(_provenance(report, break_before=for_print))
    body = "".join(parts)
    return page(
        f"wirediff report: {_e(report.title)}",
        _CSS + (_PRINT_CSS if for_print else ""),
        _breakable(body) if for_print else body,
        embed_fonts=not for_print,
    )


_TAG = re.compile(r"(<[^>]*>)")


def _breakable(body: str) -> str:
    """``body`` with a zero-width space every 200 characters of a run without spaces in
    its text (``textsafe.break_points``), never inside a tag or an entity: Qt's layout,
    which prints the PDF, takes quadratic time over an unbroken run (100 KB: 2 s, 300 KB:
    11 s). A browser needs no help (``overflow-wrap``): the HTML format is left exact."""
    pieces = _TAG.split(body)
    for n in range(0, len(pieces), 2):  # the text between tags: at even places
        text = pieces[n]
        points = break_points(text)
        if points:
            pieces[n] = with_breaks(text, [_after_entity(text, p) for p in points])
    return "".join(pieces)


def _after_entity(text: str, point: int) -> int:
    """``point``, or the end of the entity (``&amp;``, ``&#x27;``) it falls inside."""
    start = text.rfind("&", max(0, point - 9), point)
    end = text.find(";", start, point + 9) if start >= 0 else -1
    return end + 1 if end >= point else point


def _header(report: EvidenceReport) -> str:
    what = {
        "pair": "a pair",
        "story": "a story",
        "chain": "a story, each version against the one before it",
        "folder": "the findings of a folder",
    }
    out = [
        f'<h1 dir="{_dir(report.title)}">{_e(report.title)}</h1>',
        f'<p class="meta">Evidence report of {what.get(report.scope, report.scope)} · '
        f"{len(report.sections)} comparison{'s' * (len(report.sections) != 1)} · exported "
        f"{_e(_when(report.exported_at))} by wirediff {_e(report.version)}</p>",
    ]
    if report.folder:
        out.append(f'<p class="meta">Folder: {_span(report.folder)}</p>')
    ignored = ignored_said(report)
    if ignored:  # (said at the end only, in the options, a reader took the changes for all)
        out.append(f'<p class="meta">Compared with {ignored} ignored</p>')
    if report.remarks:
        items = "".join(f'<li dir="{_dir(r)}">{_e(r)}</li>' for r in report.remarks)
        out.append(f'<ul class="remarks">{items}</ul>')
    return "".join(out)


# A title in the versions table is cut to this many characters (the whole title heads the
# version's own section): a text without a headline takes its first lines for a title, and
# 200 characters stood nine lines tall in the table's narrow column.
SUMMARY_TITLE = 90


def _doc_label(
    report: EvidenceReport, section: Section, side: Side, title_limit: int | None = None
) -> str:
    doc = section.base if side == "left" else section.other
    return _label(
        report, doc, section.base_file if side == "left" else section.other_file, title_limit
    )


def _label(report: EvidenceReport, doc: Document, file: int, title_limit: int | None = None) -> str:
    """A document's name, title, outlet and date (``file``: its index in the files)."""
    facts = report.files[file]
    name = facts.path + (f" (article {doc.item})" if doc.item else "")
    # Each of outlet and date in its own direction: after an Arabic outlet or title the
    # date's digits and hyphens were laid out right to left (2021-07-24 read 24-07-2021).
    # The date is the publication date or "undated", as the list says: a file's
    # modification time (``Document.date`` of date_source "file time") is when a copy was
    # saved, and is shown in the provenance, labelled so.
    details = in_order(
        [_e(x) for x in (doc.source, shown_date(doc), captured_said(doc)) if x], " · "
    )
    title = _cut(doc.title, title_limit)
    title = f"<br>{_span(title, 'small', within=doc.text)}" if doc.title else ""
    return f'{_span(name)}{title}<br><span class="small">{details}</span>'


def _cut(text: str, limit: int | None) -> str:
    """``text``, or its first ``limit`` characters ending in "…" (at a space if one is near)."""
    if limit is None or len(text) <= limit:
        return text
    head = text[: limit - 1]
    space = head.rfind(" ")
    return (head[:space] if space > limit // 2 else head).rstrip() + "…"


def _level(section: Section) -> str:
    """The version's derivation level and the sentence that says it (the relation banner's
    words), for the versions table; "" when not known."""
    if not section.derivation:
        return ""
    said = f" — {_span(section.evidence)}" if section.evidence else ""
    return f"<br><b>{_e(section.derivation)}</b>{said}"


# (The version's column is the widest: it holds the level's sentence. Headers are not
# wrapped but at their line breaks, so the longest line of one sets its column's width: on
# one line, "changed · moved" took a fifth of the page.)
_SUMMARY_COLUMNS = (
    ("", 3),
    ("Version", 46),
    ("Words", 7),
    ("Similar", 8),
    ("Kept<br>reused", 7),
    ("Added · cut<br>changed ·<br>moved", 13),
    ("Flags<br>notes", 6),
    ("Reviewed", 10),
)


_LEVELS = (("copy", "copies"), ("edited", "edited"), ("rewrite", "rewrites"))
_OUTLETS_SAID = 10  # outlets named in a story's summary, most versions first


def _at_a_glance(report: EvidenceReport) -> str:
    """A story's versions counted by level and by outlet ("167 versions of the base: 120
    copies, 30 edited, 17 rewrites · by outlet: StockPulse 12, …"): a PR analyst's report
    of a release's pickups listed 167 versions by file name and counted none (a
    walkthrough); "" for another report or a story of one or two versions."""
    # (the versions against the base: not the other pairs the store has marks for, each
    # against another version — counted, they made 3 versions "5", a review)
    versions = [s for s in report.sections if s.against == "the base"]
    if report.scope != "story" or len(versions) < 2:
        return ""
    levels = Counter(s.derivation for s in versions if s.derivation)
    said = [f"{levels[level]} {many if levels[level] != 1 else level}" for level, many in _LEVELS]
    said = [part for part, (level, _m) in zip(said, _LEVELS, strict=True) if levels[level]]
    other = len(versions) - sum(levels[level] for level, _many in _LEVELS)
    if other:
        said.append(f"{other} other")
    outlets = Counter(s.other.source or "no outlet" for s in versions)
    named = [f"{_span(name)} {n}" for name, n in outlets.most_common(_OUTLETS_SAID)]
    more = len(outlets) - len(named)
    by_outlet = ", ".join(named) + (f" and {more} more" if more > 0 else "")
    n = len(versions)
    return (
        f'<p class="meta">{n} versions of the base: {", ".join(said)} · '
        f"{len(outlets)} outlet{'s' * (len(outlets) != 1)}: {by_outlet}</p>"
    )


def _summary(report: EvidenceReport) -> str:
    if not report.sections:
        return ""
    # Widths on the first row: Qt takes a table's column widths from there.
    head = "".join(f'<th width="{w}%">{h}</th>' for h, w in _SUMMARY_COLUMNS)
    rows = []
    if report.scope == "story" and report.base is not None:  # one base: said once, its words
        dash = '<td class="num">—</td>'
        rows.append(
            f'<tr><td class="num">◆</td><td><b>Base</b> '
            f"{_label(report, report.base, 0, SUMMARY_TITLE)}</td>"
            f'<td class="num">{base_words(report)}</td>{dash * 5}</tr>'
        )
    for n, s in enumerate(report.sections, 1):
        st = s.comparison.stats
        flags = sum(f.flagged for f in s.findings)
        notes = sum(bool(f.note) for f in s.findings) + bool(s.pair_note)
        # (in a story's report, a pair reviewed against another version than the base
        # says which: a paper listed twice, "edited" and "copy", read as a contradiction —
        # a standards editor's walkthrough)
        own_base = report.scope == "story" and s.base_file == 0  # (the files' first: the base)
        against = (
            ""
            if own_base
            else f'<br><span class="small">against {_e(report.files[s.base_file].path)}</span>'
        )
        cells = [
            f'<td class="num"><a href="#s{n}">{n}</a></td>',
            f"<td>{_doc_label(report, s, 'right', SUMMARY_TITLE)}{against}{_level(s)}</td>",
            f'<td class="num">{st.right_words}</td>',
            f'<td class="num">{_pct(st.similarity)}</td>',
            f'<td class="num">{_pct(st.left_in_right)}<br>{_pct(st.right_in_left)}</td>',
            f'<td class="num">+{st.words_added} −{st.words_deleted}<br>~{st.words_changed} '
            f"⇅{st.units_moved}</td>",
            f'<td class="num">{flags} · {notes}</td>',
            f'<td class="nowrap">{_e(s.reviewed_at[:10]) if s.reviewed_at else "—"}</td>',
        ]
        rows.append(f"<tr>{''.join(cells)}</tr>")
    return (
        f"<h2>{'Versions' if report.scope in ('story', 'chain') else 'Pairs'}</h2>"
        f"{_at_a_glance(report)}"
        '<p class="small">Counted in words, punctuation excluded. Similarity: 2 × matched / '
        "(base + version). Kept: share of the base's words found in the version; reused: "
        "share of the version's words found in the base (the rest is its own).</p>"
        f'<table class="versions" width="100%" cellspacing="0"><tr>{head}</tr>'
        f"{''.join(rows)}</table>"
    )


def _left_label(report: EvidenceReport, section: Section) -> str:
    """The left column's heading: what the version is read against."""
    if report.scope == "chain":
        return "Before"
    return "Base" if section.against in ("the base", "") else "Source"


def _section(
    report: EvidenceReport,
    n: int,
    section: Section,
    *,
    break_before: bool,
    context: int | None = None,
) -> str:
    st = section.comparison.stats
    style = ' style="page-break-before:always"' if break_before else ""
    out = [
        f'<div class="pair" id="s{n}"><h2{style}>{n}. '
        f"{_span(report.files[section.other_file].path)} against "
        f"{section.against + ' ' if section.against else ''}"
        f"{_span(report.files[section.base_file].path)}</h2>",
        '<table width="100%" cellspacing="0">'
        f'<tr><td width="50%"><b>{_left_label(report, section)}</b><br>'
        f"{_doc_label(report, section, 'left')}</td>"
        f'<td width="50%"><b>Version</b><br>{_doc_label(report, section, "right")}</td></tr>'
        "</table>",
        f'<p class="meta">Similarity {_pct(st.similarity)} · base kept '
        f"{_pct(st.left_in_right)} · reused (its words found in the base) "
        f"{_pct(st.right_in_left)} · "
        f"{st.left_words} → {st.right_words} words · {st.words_added} added · "
        f"{st.words_deleted} cut · {st.words_changed} changed · {st.units_moved} moved · "
        + "".join(f"{p} · " for p in [break_counts(section.comparison)] if p)
        + "".join(f"figures changed: {_e(f)} · " for f in [_figures(section.comparison)] if f)
        + "".join(f"names changed: {_e(n)} · " for n in [_names(section.comparison)] if n)
        + "".join(f"quotes changed: {q} · " for q in [_quotes(section.comparison)] if q)
        + f"{len(section.comparison.changes)} changes</p>",
    ]
    if section.derivation:
        said = f" — {_span(section.evidence)}" if section.evidence else ""
        out.append(f"<p>Derivation: <b>{_e(section.derivation)}</b>{said}</p>")
    reviewed = (
        f"Marked reviewed {_e(_when(section.reviewed_at))}"
        if section.reviewed_at
        else "Not marked reviewed"
    )
    out.append(f'<p class="meta">{reviewed}</p>')
    if section.pair_note:
        out.append(f"<p>Note on this pair: {_note(section.pair_note)}</p>")
    if section.findings:
        out.append("<h3>Flags and notes</h3><ol>")
        sections = change_sections(section.comparison)
        texts = section.comparison.left_text, section.comparison.right_text
        out.extend(
            f'<li id="s{n}-f{f.number}">{_finding_text(n, f, sections, texts)}</li>'
            for f in section.findings
        )
        out.append("</ol>")
    out.append(_changes_table(n, section))
    out.append(_diff_table(n, section, context))
    out.append("</div>")
    return "".join(out)


def _changes_table(n: int, section: Section) -> str:
    """Every change of the pair, numbered as the app numbers them: its row (a link to it in
    the aligned text), kind, words on each side and the heading it is under. A reviser
    certifying a revision read "change 6, row 18" by a flag and no list of what changed:
    the CSV had one, the HTML and PDF none."""
    changes = list(each_change(section.comparison))
    if not changes:
        return ""
    texts = section.comparison.left_text, section.comparison.right_text
    rows = [
        f'<tr><td class="num">{change.index + 1}</td>'
        f'<td class="num"><a href="#s{n}-r{change.row}">{change.row + 1}</a></td>'
        f'<td class="nowrap">{_e(change.kind.value)}</td>'
        f'<td class="side">{_quote(left[0], texts[0])}</td>'
        f'<td class="side">{_quote(right[0], texts[1])}</td>'
        f"<td>{_e(heading)}</td></tr>"
        for change, left, right, heading in changes
    ]
    head = (
        "<tr><th>#</th><th>Row</th><th>Kind</th><th>Base</th><th>Version</th><th>Section</th></tr>"
    )
    return f'<h3>Changes</h3><table class="changes" width="100%">{head}{"".join(rows)}</table>'


def _quote(words: str, within: str = "", limit: int = 160) -> str:
    """A change's words in quotation marks, the marks inside their span and the span
    isolated: an Arabic change's marks stood at the ends of a left-to-right cell, the
    opening one beside the quote's last word (an Arabic media monitor's walkthrough), and
    Qt's rich text (the PDF) ignores a span's dir. A long one is cut at a space: a moved
    paragraph's "wird auf r…" hid the figure changed after its cut (a German night desk).
    ``within``: the article the words are from (their language)."""
    return isolated(_span(f"“{_cut(words, limit)}”", within=within)) if words else "—"


def _finding_text(
    n: int, f: Finding, sections: Sequence[str] = (), texts: tuple[str, str] = ("", "")
) -> str:
    """What a finding says: flag or note, which change (linked to its row in section
    ``n``) and the heading it is under (``sections``, by change) or why it is orphaned,
    the change's words (in the language of ``texts``, the pair's), the note, when."""
    mark = '<span class="flag">⚑ Flagged</span>' if f.flagged else "<b>Note</b>"
    if f.orphaned:
        where = f'<span class="orphan">orphaned</span> ({_e(f.orphaned)})'
    else:
        where = f"change {f.change_number or '?'}, " + (
            f'<a href="#s{n}-r{f.row}">row {f.row_number}</a>' if f.row is not None else ""
        )
        heading = sections[f.change] if f.change is not None and f.change < len(sections) else ""
        if heading:  # ("Part 2 — Licensing › 14": a bill's analyst had the row alone)
            where += f" · in {isolated(_e(heading))}"
    # The note on a line of its own: a quote wrapped in Qt's rich text (the PDF) lost its
    # isolation on the next line, and an Arabic quote's tail ran into the note.
    note = f"<br>✎ {_note(f.note)}" if f.note else ""
    # Each side isolated: Qt's rich text (the PDF) ignores a span's dir, and between two
    # Urdu quotes the arrow pointed back at the old words.
    text = (
        "the whole pair"
        if f.kind == "pair"
        else in_order([_quote(f.left, texts[0]), _quote(f.right, texts[1])], " → ")
    )
    return (
        f"{mark} · {_e(f.kind)} · {where} · {text}{note} "
        f'<span class="small">{isolated(_e(_when(f.at)))}</span>'  # (after an Urdu note)
    )


def _detached(report: EvidenceReport) -> str:
    items = "".join(
        f"<li>{in_order([_span(d.left), _span(d.right)], ' ↔ ')}<br>"
        f"{_finding_text(0, d.finding)}</li>"
        for d in report.detached
    )
    return (
        "<h2>Flags and notes that can no longer be shown</h2>"
        '<p class="small">One of their documents is no longer in the folder, or can no '
        "longer be read: each says which, and why.</p>"
        f"<ul>{items}</ul>"
    )


def _cell(section: Section, row: Row, side: Side, n: int) -> str:
    span = row.span(side)
    if span is None:
        return '<td class="side gap"></td>'
    text = section.comparison.left_text if side == "left" else section.comparison.right_text
    parts = []
    for piece in row_pieces(section.comparison, row, side):
        shown = _e(piece.text, one_line=False).replace("\n", "<br>")
        cls = _PIECE_CLASS.get(piece.kind)
        parts.append(f'<span class="{cls}">{shown}</span>' if cls else shown)
    if row.kind is RowKind.MOVED and row.link is not None:
        where = "moved to" if side == "left" else "moved from"
        parts.append(f' <a class="move" href="#s{n}-r{row.link}">{where} row {row.link + 1}</a>')
    block = text[span.start : span.end]
    return f'<td class="side" {text_attrs(block, text)}>{"".join(parts)}</td>'


# The aligned text is cut into tables of this many rows, each headed: Qt lays a table out
# whole, in time that grows faster than its rows (the PDF of a 3,000-line pair took 7 s).
TABLE_ROWS = 100


def _shown_rows(section: Section, by_row: Mapping[int, object], context: int | None) -> list[int]:
    """The rows of the aligned text a report shows: all, or (``context``) those changed or
    marked and ``context`` rows around each."""
    rows = section.comparison.rows
    if context is None:
        return list(range(len(rows)))
    changed = {r.index for r in rows if r.kind is not RowKind.EQUAL} | set(by_row)
    changed.update(c.row for c in section.comparison.changes)  # (a paragraph break's too)
    # Each row added once, inside the text: --context 99999999999999999999 added that many
    # rows around every change (out of memory), and a context past the text's length as
    # many for each change as the whole text holds.
    shown: set[int] = set()
    end = 0  # the row after the last one added
    for index in sorted(changed):
        start = max(end, index - context)
        end = max(end, min(len(rows), index + context + 1))
        shown.update(range(start, end))
    # a row alone between two shown (or at an end) is shown: its line would say no less
    shown.update(i for i in range(len(rows)) if {i - 1, i + 1} & shown == {i - 1, i + 1})
    shown.update(i for i in (0, len(rows) - 1) if {i - 1, i + 1} & shown)
    return sorted(i for i in shown if 0 <= i < len(rows))


def _diff_table(n: int, section: Section, context: int | None = None) -> str:
    by_row: dict[int, list[Finding]] = {}
    for f in section.findings:
        if f.row is not None:
            by_row.setdefault(f.row, []).append(f)
    head = (
        '<table class="diff" width="100%" cellspacing="0">'
        '<tr><th width="5%">#</th><th width="47.5%">Base</th><th width="47.5%">Version</th></tr>'
    )
    around = f"{context} row{'s' * (context != 1)}" if context is not None else ""
    heading = "Aligned text" if context is None else f"Changes, with {around} around each"
    rows = [f"<h3>{heading}</h3>", head]
    shown = _shown_rows(section, by_row, context)
    every = section.comparison.rows
    after = 0  # the row after the last one shown
    for count, index in enumerate(shown):
        row = every[index]
        if count and count % TABLE_ROWS == 0:
            rows += ["</table>", head]
        if index > after:
            rows.append(_left_out(after, index))
        after = index + 1
        marks = by_row.get(row.index, [])
        links = "".join(
            f' <a class="flag" href="#s{n}-f{f.number}">{"⚑" if f.flagged else "✎"}{f.number}</a>'
            for f in marks
        )
        cls = ' class="moved"' if row.kind is RowKind.MOVED else ""
        rows.append(
            f'<tr id="s{n}-r{row.index}"{cls}><td class="g">{row.index + 1}'
            f"<br>{row_mark(row, section.comparison)}{links}</td>{_cell(section, row, 'left', n)}"
            f"{_cell(section, row, 'right', n)}</tr>"
        )
        rows.extend(_note_rows(marks))
    if context is not None and after < len(every):
        rows.append(_left_out(after, len(every)))
    rows.append("</table>")
    return "".join(rows)


def _left_out(start: int, end: int) -> str:
    """The line that says rows ``start``..``end`` (indices) are left out of the report."""
    n = end - start
    span = f"row {start + 1}" if n == 1 else f"rows {start + 1}–{end}"
    return (
        f'<tr class="noterow"><td class="g">⋯</td><td colspan="2">{n:,} unchanged '
        f"row{'s' * (n != 1)} left out ({span})</td></tr>"
    )


def _note_rows(findings: Iterable[Finding]) -> list[str]:
    out = []
    for f in findings:
        what = '<span class="flag">⚑ flagged</span>' if f.flagged else "<b>✎ note</b>"
        note = f": {_note(f.note)}" if f.note else ""
        out.append(
            f'<tr class="noterow"><td class="g">{f.number}</td>'
            f'<td colspan="2">{what}{note}</td></tr>'
        )
    return out


def _provenance(report: EvidenceReport, *, break_before: bool) -> str:
    style = ' style="page-break-before:always"' if break_before else ""
    rows = []
    for facts in report.files:
        digest = (
            f'SHA-256 <span class="hash">{facts.sha256}</span>'
            if facts.sha256
            else f'<span class="remarks">{_e(facts.problem)}</span>'
        )
        if facts.changed and facts.sha256:  # (else its problem says it)
            digest += ' <span class="remarks">(of the file now: changed since it was read)</span>'
        if facts.url:
            digest += (
                f' · web address <span class="hash" {text_attrs(facts.url)}>{_e(facts.url)}</span>'
            )
        if facts.archive_url:  # (a web archive's capture: its address, to cite, and time)
            when = facts.archived_at.replace("T", " ").removesuffix("Z")[:16]
            digest += (
                f' · archived copy <span class="hash" {text_attrs(facts.archive_url)}>'
                f"{_e(facts.archive_url)}</span> (captured {_e(when)} UTC)"
            )

        size = "—" if facts.size is None else f"{facts.size:,}"
        rows.append(
            f'<tr><td class="file" {text_attrs(facts.path)}>{_e(facts.path)}</td>'
            # Sizes and times whole (a narrow column cut "15:13:23" after "15:13"); the
            # path wraps anywhere, and the headers at their spaces.
            f'<td class="file num">{size}</td>'
            f'<td class="file nowrap">{_stamp_lines(facts.modified)}</td>'
            f'<td class="file nowrap">{_stamp_lines(facts.read_at)}</td></tr>'
            f'<tr><td colspan="4">{digest}</td></tr>'
        )
    options = ", ".join(
        f"<code>{_e(k)}={_e(str(v).lower() if isinstance(v, bool) else str(v))}</code>"
        for k, v in report.options.to_dict().items()
    )
    store = _e(report.store) if report.store else "none (no flags or notes read)"
    return (
        f'<div class="provenance"><h2{style}>Provenance</h2>'
        '<p class="small">A file\'s modification time is when that copy of it was last saved, '
        "not when its text was written: a document's date above comes from its metadata, a "
        f"dateline or its file name, and is “{UNDATED}” when none has one.</p>"
        # Headers on short lines (a header is not wrapped, nor a size or a time: a narrow
        # column would cut its words anywhere). On one line, the last header ran past the
        # right margin of an A4 page (found by a reviewer); now the table fits 140 mm.
        '<table width="100%" cellspacing="0"><tr><th width="46%">File, and the SHA-256<br>of '
        'its bytes</th><th width="16%">Size (bytes)</th><th width="19%">File\'s<br>'
        'modification<br>time</th><th width="19%">Read for<br>this report</th></tr>'
        f"{''.join(rows)}</table>"
        f"<h3>Comparison options</h3><p>{options}</p>"
        "<h3>Export</h3>"
        f"<p>Exported {_e(_when(report.exported_at))} by wirediff {_e(report.version)}; "
        f"{_e(report.environment)}.</p>"
        + (f"<p>Folder: {_span(report.folder)}</p>" if report.folder else "")
        + f"<p>Review store: {store}</p></div>"
    )
