"""Saved web pages (.html, .htm): the article's main text and metadata, via trafilatura.

trafilatura drops navigation, scripts, styles, comments, cookie banners and boilerplate,
and reads the title, author, date (through htmldate), canonical URL and site name from the
page's metadata (``<meta>``, Open Graph, JSON-LD).
"""

from __future__ import annotations

import codecs
import html
import re
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from wirediff.core.document import (
    FIRST_PUBLISHED,
    Document,
    first_line_title,
    no_headline,
    normalize_newlines,
    signed_by,
)
from wirediff.core.reading.dates import (
    AHEAD,
    date_span,
    find_header_date,
    is_date_line,
    is_day,
    latest_day,
    to_iso,
)
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.errors import LITTLE_TEXT, MALFORMED, ReadError
from wirediff.core.reading.html_marks import show_marks
from wirediff.core.reading.limits import Budget, check_cancel
from wirediff.core.reading.markup import QUOTE_MARKS, html_to_text
from wirediff.core.reading.metadata import byline_credit, dated, guess_source
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.tables import row_lines

if TYPE_CHECKING:
    from lxml.etree import _Element  # type: ignore[import-untyped]
    from lxml.html import HtmlElement  # type: ignore[import-untyped]
    from trafilatura.settings import Document as Extracted

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w:.-]{1,40})""", re.I)
# htmldate's "extensive search" guesses dates from the body text (photo captions,
# related-article lists); the page's own metadata is what we want, before a day in its
# address too (``deferred_url_extractor``): Al Bayan's page of 2026-11-30T23:10+04:00,
# its print edition's address of 2026-12-01, was dated 2026-12-01 without its time (a Gulf
# desk's walkthrough). The address still dates a page whose metadata gives no date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True, "deferred_url_extractor": True}


def _date_params(today: date | None = None) -> dict[str, object]:
    """htmldate's parameters (``_DATE_PARAMS``), its latest date ``AHEAD`` of ``today``
    (default: the clock's): with its own, today, a page dated tomorrow morning was dated
    the first of the month, htmldate's reading of the year and month alone (Kathimerini's
    print edition posted the evening before, a Greek desk's walkthrough)."""
    return {**_DATE_PARAMS, "max_date": latest_day(today).isoformat()}


_MAX_HEAD = 1024 * 1024  # characters searched for a big page's </head>, for its metadata


def declared_charset(data: bytes) -> str:
    """The charset a page declares in a ``<meta>`` tag in its first 4 KB, or "". UTF-16
    or UTF-32 declared there is UTF-8, as the HTML standard reads UTF-16 (a page in UTF-16
    says so by its bytes: a meta tag written in ASCII is no UTF-16): a Latin-1 page
    declaring UTF-16 decoded as UTF-16, into CJK nonsense, and was "no article text"."""
    match = _META_CHARSET.search(data[:4096])
    if match is None:
        return ""
    name = match.group(1).decode("ascii", "replace")
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return name
    return "utf-8" if codec.startswith(("utf-16", "utf-32")) else name


def read_html(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """The article of a saved web page as one Document."""
    page, encoding = decode(path, data, declared=declared_charset(data))
    if (
        len(page) > options.html_max_chars
        or page.count("<") > options.html_max_tags
        or _attributes_over(page, options.html_max_equals)
        or _crowded_tag(page, options.html_max_attributes)
    ):
        return [_simple_page(path, page, encoding, options)]
    check_cancel(options)
    tree, swaps = _parsed(page)
    if tree is None:
        raise _no_text(path, page)
    try:
        return _extracted(path, tree, swaps, encoding, options, page)
    except ReadError as exc:
        # The parser stopped at its depth: what it dropped may have been the article. Its
        # tree is parsed again to see (the extraction pruned it): only for a page that gave
        # no text, not a walk over every page's tree.
        if exc.code == LITTLE_TEXT and _cut_at_depth(_parsed(page)[0]):
            reason = f"nested too deeply (more than {_PARSER_DEPTH - 1} levels)"
            raise ReadError(path, reason, _DEEP_HINT, MALFORMED) from None
        raise


# How deep lxml's HTML parser (libxml2) nests elements: at an element deeper than this it
# stops, and drops the rest of the page (some page builders nest 254 <div>s: the article
# was lost, and the page "may need JavaScript").
_PARSER_DEPTH = 256
_DEEP_HINT = "save the article text as .txt"


def _cut_at_depth(tree: HtmlElement | None) -> bool:
    """Whether ``tree`` reaches the parser's depth (``_PARSER_DEPTH``), where it stopped."""
    from lxml.etree import iterwalk

    if tree is None:
        return False
    depth = 0
    for event, _ in iterwalk(tree, events=("start", "end")):
        depth += 1 if event == "start" else -1
        if depth >= _PARSER_DEPTH:
            return True
    return False


def _extracted(
    path: Path,
    tree: HtmlElement,
    swaps: dict[str, str],
    encoding: str,
    options: ReaderOptions,
    page: str,
) -> list[Document]:
    """The article trafilatura extracts from the page's ``tree`` as one Document."""
    from trafilatura import bare_extraction  # heavy import (~0.3 s): only when a page comes

    headings = _headings(tree, swaps)  # (before the extraction prunes the tree)
    _loose_text_as_paragraphs(tree)
    result = bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        date_extraction_params=_date_params(),
    )
    if result is None or isinstance(result, dict):
        raise _no_text(path, page)
    if result.body is not None and _rows_as_paragraphs(result.body):
        from trafilatura.xml import xmltotxt

        result.text = xmltotxt(result.body, False)
    shown = _shown_lines(tree)
    result.text = _lines_apart(result.text or "", [line for line, _ in shown])
    result.text = _numbered_items(result.text, swaps)
    _restore(result, swaps)
    text = _with_headline(normalize_newlines(result.text or "").strip(), result, headings)
    text = _with_head(text, shown, swaps)
    return [_document(path, text, result, encoding, options, page)]


# What a browser sets within a line of text (HTML's phrasing content), and the boxes of a
# page's layout, which hold text and blocks alike.
_INLINE = frozenset(
    "a abbr acronym b bdi bdo big br cite code data del dfn em font i img ins kbd mark nobr q"
    " s samp small span strike strong sub sup time tt u var wbr".split()
)
_BOXES = frozenset({"article", "center", "div", "header", "main", "section"})


def _loose_text_as_paragraphs(tree: HtmlElement) -> None:
    """Text that stands in a box of the article's container (a ``<div>``, a ``<section>``,
    an ``<aside>`` inside ``<article>``) outside any paragraph made a paragraph of its own, as
    a browser shows it: trafilatura reads the paragraphs of the container it takes for the
    article (the first that each of its ``BODY_XPATH`` finds) and drops a ``<div>``'s own
    text, and every ``<aside>``: a live update, an editor's note or a correction in a
    ``<div>`` at the top of ``<article>`` was left out of every capture, its adding and its
    removal unseen. The box keeps its class and id, so that navigation, share bars, bylines,
    related links and footers are still left out by them (and by their density of links);
    the text of a list, a table or a quote is trafilatura's to read, as before."""
    from lxml.html import Element
    from trafilatura.xpaths import BODY_XPATH

    frames = {found for expression in BODY_XPATH for found in expression(tree)[:1]}
    for aside in [a for frame in frames for a in frame.iter("aside")]:
        if next(aside.iterancestors("article"), None) is not None and not _mostly_links(aside):
            aside.tag = "div"  # (the article's own: a correction box, not its related links)
    boxes: dict[HtmlElement, None] = {}  # (in order, each once: frames may nest)
    stack = [frame for frame in frames if frame.tag in _BOXES]
    while stack:  # (boxes in boxes only: a <div> in a list item or a cell is not touched)
        box = stack.pop()
        if box not in boxes:
            boxes[box] = None
            stack.extend(child for child in box if child.tag in _BOXES)
    for box in boxes:
        for block, lead, run in _runs(box):
            if not lead.strip() and not any(_shows_text(e) for e in run):
                continue
            paragraph = Element("p")
            if block is None:
                box.text = None
                box.insert(0, paragraph)
            else:
                block.tail = None
                block.addnext(paragraph)
            paragraph.text = lead
            paragraph.extend(run)  # (each with its tail)


_Run = tuple["HtmlElement | None", str, list["HtmlElement"]]


def _runs(box: HtmlElement) -> list[_Run]:
    """The runs of text of ``box`` between its blocks: each the block it follows (None: it
    opens the box), its text before its first element, and its elements (set in a line)."""
    runs: list[_Run] = []
    run: list[HtmlElement]
    block: HtmlElement | None = None
    lead, run = box.text or "", []
    for child in box:
        if isinstance(child.tag, str) and child.tag not in _INLINE:
            runs.append((block, lead, run))
            block, lead, run = child, child.tail or "", []
        else:
            run.append(child)
    runs.append((block, lead, run))
    return runs


def _shows_text(element: HtmlElement) -> bool:
    """Whether an element of a run shows text: its own (not a comment's) or its tail's."""
    shown = isinstance(element.tag, str) and element.text_content().strip()
    return bool(shown or (element.tail or "").strip())


def _mostly_links(element: HtmlElement) -> bool:
    """Whether half or more of the text of ``element`` is its links' (a list of related
    articles under its heading)."""
    text = len("".join(element.text_content().split()))
    links = sum(len("".join(a.text_content().split())) for a in element.iter("a"))
    return links * 2 >= text


# What a browser does not show of a page's body
_UNSHOWN = frozenset({"head", "noscript", "script", "style", "template", "title"})
# How many of the page's lines a joined line of the extraction may leave out between two it
# holds (an ``<aside>`` or a footer box the fallback's cleaning dropped from the article)
_LEFT_OUT_LINES = 20
_MAX_STARTS = 200  # lines of the page tried as a joined line's first (a bound on the work)


def _lines_apart(text: str, shown: list[str]) -> str:
    """``text`` with each of its lines that runs several lines of the page together (its
    blocks' text joined by spaces: ``_shown_lines``) broken back into those lines. A short
    page's extraction falls back to trafilatura's baseline, which takes the text of the
    whole ``<article>`` with its blocks joined by spaces: a Japanese page's headline, its
    date line ("2026年12月5日 15時02分") and its paragraphs came out as one line, undated (the
    date line was no line of its own) and titled by the whole text (an East Asian monitor's
    walkthrough); an English page of the same shape too. A line the page shows as it is,
    or that is no run of its lines, is left as it is."""
    lines = text.split("\n")
    whole = set(shown)
    starts: dict[str, list[int]] = {}  # each first word of the page's lines: where
    for index, page_line in enumerate(shown):
        starts.setdefault(page_line.split()[0], []).append(index)
    for at, line in enumerate(lines):
        words = line.split()
        if len(words) < 2:
            continue
        joined = line.strip()  # (a table's row, its cells apart by a tab, is no run)
        if joined not in whole:
            parts = _run_of_lines(joined, shown, starts.get(words[0], []))
            lines[at] = "\n".join(parts) if parts else line
    return "\n".join(lines)


# The lines of a page's head looked at between its headline and the first line of its text
_HEAD_LINES = 12
_DATE_LINE_MAX_CHARS = 120  # a date line's, with a byline in it
# What names a standfirst (a dek, a summary) in a class or id, in the languages of the desks
# that use one: "standfirst", "article__lead", "sommario", "chapo", "entradilla", "Vorspann"
_STANDFIRST = re.compile(
    r"(?:^|[-_\s])(?:standfirst|dek|deck|lead|lede|intro|summary|excerpt|subtitle|subhead"
    r"|subheadline|strapline|sommario|sottotitolo|catenaccio|chapo|chapeau|entradilla|bajada"
    r"|sumario|vorspann|teaser)(?:$|[-_\s])",
    re.IGNORECASE,
)
# What a class or id names besides that is no standfirst: an image's ("lead-image"), a
# caption's, a list of links' ("teaser-list")
_NO_STANDFIRST = re.compile(
    r"(?:^|[-_\s])(?:image|img|photo|media|video|picture|figure|caption|credit|gallery|list"
    r"|link|links|related|more|share)(?:$|[-_\s])",
    re.IGNORECASE,
)
# Where no line of a page's head is kept from: a photo's caption, navigation, a form
_FURNITURE = frozenset({"aside", "button", "figcaption", "figure", "footer", "form", "nav"})


def _with_head(text: str, shown: list[tuple[str, HtmlElement]], swaps: dict[str, str]) -> str:
    """``text`` with the lines of the page's head that the extraction dropped put back
    after its headline: its standfirst (a class or id says so: ``_STANDFIRST``) and a short
    date line ("December 5, 2026 5:45 PM | By Hanako Yamada"), as a browser shows them
    between the headline and the first paragraph. trafilatura reads the article's body box
    alone, and drops a box its class names "meta": an Italian desk's page lost its
    standfirst, which repeats the agency's figures (a magnitude, 420 displaced), and a
    page with no time in its metadata its time (walkthroughs). A box of a byline alone
    stays out, as before, and so does what the page's furniture holds (a photo's caption,
    navigation)."""
    lines = text.split("\n")
    if len(lines) < 2:
        return text
    back = [_swapped_back(line, swaps) for line, _ in shown]
    span = _head_span(lines, shown, back)
    if span is None:
        return text
    top, end, led = span
    held = {line.strip() for line in lines}
    head = shown[top][1]
    kept = [
        back[i]
        for i in range(top + 1, end)
        if back[i] not in held and _kept_in_head(back[i], shown[i][1], head)
    ]
    if not kept:
        return text
    return "\n".join([lines[0], *kept, *lines[1:]] if led else [*kept, *lines])


_HEADLESS_LINES = 4  # lines between an <h1> the text does not hold and its first line


def _head_span(
    lines: list[str], shown: list[tuple[str, HtmlElement]], back: list[str]
) -> tuple[int, int, bool] | None:
    """Where the head of the article is among the page's lines (``shown``, ``back``: their
    text as the text has it): the index of its headline's line, that of the first line of
    its text after it, and whether the text is led by the headline; None when the text's
    first lines are not found after an ``<h1>``, or navigation stands between: the
    ``<h1>`` is a masthead's, and the day under it the day the page was saved. A text
    without its headline (the page's title is no ``<h1>``'s) has its head after the
    ``<h1>`` just above its first line."""
    at = next((i for i, line in enumerate(back) if line == lines[0].strip()), None)
    if at is None:
        return None
    top: int | None
    end: int | None
    if shown[at][1].tag == "h1":
        window = range(at + 1, min(len(back), at + _HEAD_LINES + 2))
        top, end = at, next((i for i in window if back[i] == lines[1].strip()), None)
    else:
        window = range(at - 1, max(-1, at - _HEADLESS_LINES - 2), -1)
        top, end = next((i for i in window if shown[i][1].tag == "h1"), None), at
    if top is None or end is None or any(_in_navigation(shown[i][1]) for i in range(top, end)):
        return None
    return top, end, top == at


def _in_navigation(element: HtmlElement) -> bool:
    """Whether ``element`` is a ``<nav>`` or inside one."""
    return element.tag == "nav" or next(element.iterancestors("nav"), None) is not None


def _kept_in_head(line: str, block: HtmlElement, headline: HtmlElement) -> bool:
    """Whether a line of the page's head (``block`` holds it), which the extraction dropped,
    is the article's: a standfirst or a short date line, in none of the page's furniture."""
    around = [block, *block.iterancestors()]
    if any(isinstance(e.tag, str) and e.tag in _FURNITURE for e in around) or _mostly_links(block):
        return False
    named = []  # (the box's own names, not those of a box that holds the headline too)
    for element in around[:3]:
        if element is headline or headline in element.iterdescendants():
            break
        named += [element.get("class") or "", element.get("id") or ""]
    words = " ".join(_CAMEL.sub(r"\1 \2", name) for name in named)
    if _NO_STANDFIRST.search(words) or _RELATIVE_TIME.search(line):
        return False  # (a photo's credit, a list of links; "Updated 2 hours ago")
    return _a_date_line(line) or _STANDFIRST.search(words) is not None


# A time said from the moment the page was saved ("Updated 2 hours ago", "vor 3 Stunden",
# "il y a 2 h", "2 ore fa", "hace 2 horas", "2 часа назад", "2時間前", "2小时前", "2시간 전"):
# kept, it changed between two captures of an unchanged page
_RELATIVE_TIME = re.compile(
    r"\d+\s*(?:sec\w*|min\w*|hours?|hrs?|days?|weeks?)\s+ago\b|\bvor\s+\d+\s+[SMT]\w+"
    r"|\bil y a\s+\d+|\d+\s+(?:minut[oi]|or[ae]|giorn[oi])\s+fa\b|\bhace\s+\d+"
    r"|\d+\s+\w+\s+назад|\d+\s*(?:秒|分|分钟|分鐘|時間|小时|小時|天|日|초|분|시간|일)\s*(?:前|전)",
    re.IGNORECASE,
)
_CAMEL = re.compile(r"([a-z])([A-Z])")  # "articleLead": "article Lead"
_LETTERS = re.compile(r"[^\W\d_]+")
_DATE_LINE_MAX_OTHER = 6  # words besides its date of a date line with a byline in it


def _a_date_line(line: str) -> bool:
    """Whether a short line of a page's head dates it: a date line (``is_date_line``), or
    a date with a few words besides that are no sentence's (none in lower case of three
    letters or more: "December 5, 2026 5:45 PM | By Hanako Yamada", "2026年12月5日 15時02分
    記者 山田花子"), not "Rail works to start on 1 April 2027"."""
    if len(line) > _DATE_LINE_MAX_CHARS:
        return False
    if is_date_line(line):
        return True
    span = date_span(line)
    if span is None:
        return False
    words = _LETTERS.findall(line[: span[0]] + " " + line[span[1] :])
    return len(words) <= _DATE_LINE_MAX_OTHER and not any(
        len(word) >= 3 and word.islower() for word in words
    )


def _run_of_lines(line: str, shown: list[str], candidates: list[int]) -> list[str]:
    """The lines of the page (``shown``, from one of ``candidates`` on, in order, up to
    ``_LEFT_OUT_LINES`` left out between two) that ``line`` is, joined by spaces: two or
    more; else none."""
    for first in candidates[:_MAX_STARTS]:
        if not line.startswith(shown[first] + " "):
            continue
        parts, at, index = [shown[first]], len(shown[first]) + 1, first + 1
        while at < len(line):
            found = next(
                (
                    i
                    for i in range(index, min(len(shown), index + _LEFT_OUT_LINES + 1))
                    if line.startswith(shown[i], at)
                    and (at + len(shown[i]) == len(line) or line[at + len(shown[i])] == " ")
                ),
                None,
            )
            if found is None:
                break
            parts.append(shown[found])
            at, index = at + len(shown[found]) + 1, found + 1
        if at >= len(line):
            return parts
    return []


def _shown_lines(tree: HtmlElement) -> list[tuple[str, HtmlElement]]:
    """The lines of the page's body as a browser sets them, each with the block that holds
    it: a line for each block's run of text (a ``<br>`` breaks one), white space collapsed,
    empty ones left out."""
    from lxml.etree import iterwalk

    body = tree.find(".//body")
    root = body if body is not None else tree
    lines: list[tuple[str, HtmlElement]] = []
    parts: list[str] = []
    blocks = [root]  # the blocks open, the innermost last

    def line_ends() -> None:
        line = " ".join("".join(parts).split())
        if line:
            lines.append((line, blocks[-1]))
        parts.clear()

    hidden = 0
    for event, element in iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else ""
        block = bool(tag) and tag not in _INLINE and tag not in _UNSHOWN and element is not root
        if tag in _UNSHOWN:
            hidden += 1 if event == "start" else -1
            if event == "start" or hidden:
                continue
        elif hidden:
            continue
        elif event == "start":
            if block or tag == "br":
                line_ends()
            if block:
                blocks.append(element)
            if tag:  # (not a comment's text)
                parts.append(element.text or "")
            continue
        elif block:
            line_ends()
            blocks.pop()
        if element is not root:
            parts.append(element.tail or "")
    line_ends()
    return lines


def _rows_as_paragraphs(body: _Element) -> bool:
    """Make each table row of the extracted ``body`` a paragraph of its own, its cells
    joined, as every reader gives a table (``tables.row_lines``: a row laid out for its
    looks, with a long cell, a paragraph per line of its cells); whether the body held a
    table. trafilatura writes a table as Markdown ("| C | Waste incineration | 200,000 |", a
    "|---|" line under the header, a cell's "|" as "\\|"): the same unchanged table in a
    page and in a .docx or .pdf of the same draft differed in every row."""
    from lxml.etree import Element

    tables = list(body.iter("table"))
    for table in reversed(tables):  # (a table inside a cell first)
        parent = table.getparent()
        if parent is None:
            continue
        blocks = []
        for row in table:
            if row.tag != "row":
                blocks.append(row)
                continue
            for line in row_lines([_cell_lines(cell) for cell in row if cell.tag == "cell"]):
                block = Element("p")
                block.text = line
                blocks.append(block)
        at, tail = parent.index(table), table.tail
        parent.remove(table)
        for offset, block in enumerate(blocks):
            parent.insert(at + offset, block)
        if tail and tail.strip():
            if blocks:
                blocks[-1].tail = (blocks[-1].tail or "") + tail
            elif at:
                parent[at - 1].tail = (parent[at - 1].tail or "") + tail
            else:
                parent.text = (parent.text or "") + tail
    return bool(tables)


# trafilatura's elements that start a line of their own (a table inside a cell, made
# paragraphs first, is "p")
_CELL_BLOCKS = frozenset({"head", "lb", "list", "item", "p", "quote", "row", "table"})


def _cell_lines(cell: _Element) -> list[str]:
    """The text of a table ``cell``, a line for each paragraph, item or break in it."""
    from lxml.etree import iterwalk

    parts: list[str] = []
    for event, element in iterwalk(cell, events=("start", "end")):
        if element is cell:
            parts.append(cell.text or "" if event == "start" else "")
        elif event == "start":
            parts.extend(("\n" if element.tag in _CELL_BLOCKS else "", element.text or ""))
        else:
            parts.extend(("\n" if element.tag in _CELL_BLOCKS else "", element.tail or ""))
    return "".join(parts).split("\n")


def _numbered_items(text: str, swaps: dict[str, str]) -> str:
    """``text`` without trafilatura's "- " before the items ``show_marks`` numbered (each
    led by the stand-in ``_parsed`` swaps for nothing): "3. The judge…", not "- 3. The
    judge…"."""
    lead = next((stand_in for stand_in, char in swaps.items() if not char), "")
    if not lead or lead not in text:
        return text
    return re.sub(rf"(?m)^[ \t]*- {re.escape(lead)}", "", text)


def _headings(tree: HtmlElement, swaps: dict[str, str]) -> list[str]:
    """The text of each ``<h1>`` of the page that its ``<title>`` (or its ``og:title``)
    holds too, white space collapsed: the article's headline, not a site's name in a
    banner."""

    def plain(text: str) -> str:
        return _swapped_back(" ".join(text.split()), swaps)

    titles = [plain(t.text_content()) for t in tree.iter("title")]
    titles += [
        plain(m.get("content") or "") for m in tree.iter("meta") if m.get("property") == "og:title"
    ]
    said = " ".join(titles).casefold()
    found = (plain(h1.text_content()) for h1 in tree.iter("h1"))
    return [text for text in found if text and text.casefold() in said]


def _with_headline(text: str, meta: Extracted, headings: list[str]) -> str:
    """``text`` led by the page's headline: the ``<h1>`` the extraction took as the title,
    when the text does not hold it as a line. The extraction keeps an ``<h1>``
    inside ``<article>`` as the text's first line, but drops one outside it (as the title
    only): a page saved without ``<article>`` showed the wire copy's headline as cut."""
    title = " ".join((meta.title or "").split())
    headline = next((h for h in headings if h == title), None)
    if headline is None or not text:
        return text
    lines = {" ".join(line.split()).casefold() for line in text.split("\n")}
    if headline.casefold() in lines:  # (after a byline and a date, too)
        return text
    return f"{headline}\n{text}"


# trafilatura runs html.unescape over text the HTML parser has already decoded (in its text
# output and again on every metadata field): a page writing "&amp;lt;b&amp;gt;" and
# "AT&amp;amp;T" came out as "<b>" and "AT&T". Every "&" of the parsed tree's text and
# attributes is swapped for a character the page does not hold, so that no unescape finds
# an entity, and swapped back in the results. Scripts are left alone: lxml does not decode
# them (JSON-LD gets trafilatura's own single unescape), and so are URLs: trafilatura
# normalises them, and a stand-in in a query would split it differently. Each stand-in is
# a character Python's Unicode has and prints: trafilatura drops what does not print (one,
# unassigned, went with what it stood for).
_STAND_INS = ("\u2e3b", "\u2bd2", "\U0001f700", "\U0001fbca", "\u1cc7", "\u2e4f")
# What is swapped, in turn for the free stand-ins: "&", and the zero-width non-joiner and
# joiner, which trafilatura drops as unprintable (Persian and Urdu spell with the one, emoji
# families and Indic conjuncts are made with the other: the same Persian text as .txt and
# as .html compared 89% alike; found by fuzzing).
_SWAPPED = ("&", "\u200c", "\u200d")
_RAW_TEXT = {"script", "style"}
_URL = re.compile(r"\s*(?:(?:https?|ftp|file):|/)", re.I)
# What XML does not allow, which lxml refuses to store: the C0 controls but tab, newline and
# carriage return, and the noncharacters U+FFFE, U+FFFF. Written as such in a page, lxml's
# parser drops them; given as references (`&#12;`, a page break in pages converted from
# text, or `&#xFFFE;`) it decodes them, and storing the swapped text refused the page.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_FIELDS = ("text", "title", "author", "sitename", "description", "url", "date")


def _parsed(page: str) -> tuple[HtmlElement | None, dict[str, str]]:
    """The page's tree (as trafilatura parses it), its "&"s and its zero-width joiner and
    non-joiner swapped for the stand-ins returned (stand-in: the character; one the page
    holds every candidate for is not swapped), and its impossible dates blanked
    (``_no_impossible_dates``)."""
    from trafilatura.utils import load_html

    tree = load_html(page)
    free = [c for c in _STAND_INS if not _holds(page, c)]
    swaps = dict(zip(free, _SWAPPED, strict=False))  # stand-in: character
    if tree is None:
        return tree, swaps
    _unframed(tree)
    _without_wiki_chrome(tree, page)
    for time in list(tree.iter("time")):
        _time_shown(time)
    for q in reversed(list(tree.iter("q"))):  # (the innermost first: ‘…’ in “…”)
        _quote_shown(q)
    item_lead = next((c for c in free[len(_SWAPPED) :]), "")
    show_marks(tree, item_lead)  # (its marks hold no "&" to swap)
    swap = str.maketrans({char: stand_in for stand_in, char in swaps.items()})

    def swapped(text: str) -> str:
        text = _xml_safe(text)
        return text.translate(swap) if any(char in text for char in swaps.values()) else text

    for element in tree.iter():
        if not isinstance(element.tag, str):  # comments, processing instructions
            continue
        text = element.text
        if text and element.tag == "script" and "ld+json" in (element.get("type") or ""):
            element.text = _no_impossible_dates(_xml_safe(text))
        elif text and element.tag not in _RAW_TEXT:
            element.text = swapped(text)
        if element.tail:
            element.tail = swapped(element.tail)
        for name, value in element.attrib.items():
            changed = _no_impossible_dates(_xml_safe(value))
            if not _URL.match(changed):
                changed = swapped(changed)
            if changed != value:
                element.set(name, changed)
    if item_lead:
        swaps[item_lead] = ""  # (``_restore`` drops what is left of it: in a cell, a title)
    return tree, swaps


def _time_shown(time: HtmlElement) -> None:
    """The text of ``time`` moved out after it, where a browser shows it: trafilatura drops
    every ``<time>``, and a page's "Published <time>…</time> · Updated <time>…</time>" read
    "Published · Updated" in every capture. Its date stays in its ``datetime`` for htmldate
    (which reads the text of one without it), and its dates that are no day are blanked in
    it as before (``_no_impossible_dates``)."""
    text = _no_impossible_dates(_xml_safe(time.text or ""))
    tail, children = time.tail or "", list(time)
    if len(time.get("datetime", "")) <= 6 and len(text) > 6:  # (as htmldate reads it)
        time.set("datetime", text)
    time.text = time.tail = None
    for child in reversed(children):
        time.addnext(child)
    if children:
        children[-1].tail = (children[-1].tail or "") + tail
        time.tail = text or None
    else:
        time.tail = (text + tail) or None


def _quote_shown(quote: HtmlElement) -> None:
    """``<q>`` as a browser shows it: its words in quotation marks (“…”, and ‘…’ within
    another), in the line. trafilatura broke the line after it and dropped its marks ("The
    minister said we will not cut output\non Monday."): a quotation nobody could see."""
    inner = any(isinstance(up.tag, str) and up.tag == "q" for up in quote.iterancestors())
    marks = QUOTE_MARKS[inner]
    opening, closing = marks[0], marks[1]
    quote.text = opening + (quote.text or "")
    children = list(quote)
    if children:
        children[-1].tail = (children[-1].tail or "") + closing
    else:
        quote.text += closing
    quote.drop_tag()


def _xml_safe(text: str) -> str:
    """``text`` without the characters lxml refuses to store (``_NOT_XML``), dropped as its
    parser drops them written as such."""
    return _NOT_XML.sub("", text) if _NOT_XML.search(text) else text


def _swapped_back(text: str, swaps: dict[str, str]) -> str:
    """``text`` with the characters ``_parsed`` swapped out put back."""
    for stand_in, char in swaps.items():
        if stand_in in text:
            text = text.replace(stand_in, char)
    return text


def _unframed(tree: HtmlElement) -> None:
    """What a browser shows: ``<template>`` content left out (inert: a row of
    "{{name}}" placeholders was article text, and the title when it came first), and the
    markup of ``<noframes>`` parsed (the parser keeps it as text, and a frameset page's
    article, which lives there, read "<body><p>The minister…"), as the page's body when it
    has none."""
    from lxml.html import Element
    from trafilatura.utils import load_html

    for noframes in list(tree.iter("noframes")):
        markup, parent = noframes.text or "", noframes.getparent()
        parse = "<" in markup or "&" in markup  # markup, or entities, as a browser reads them
        inner = load_html(f"<html><body>{markup}</body></html>") if parse else None
        body = inner.find("body") if inner is not None else None
        if body is None or parent is None:
            continue
        shown = Element("div")
        shown.text = body.text
        shown.extend(list(body))
        page_body = tree.find(".//body")
        if page_body is None:  # a frameset page: the first noframes' article is its body
            page_body = Element("body")
            tree.append(page_body)
        parent.remove(noframes)  # (its tail, white space between frames, goes with it)
        page_body.append(shown)
    for template in list(tree.iter("template")):  # (those of a noframes' markup too)
        template.drop_tree()


# MediaWiki's chrome in a saved article (Wikipedia's Vector skin): the "[edit]" link after
# each section's heading and the language button under the title, "Add languages" (a
# Wikipedia editor's walkthrough: a row of each in every comparison of two saves)
_WIKI_CHROME = "//*[contains(concat(' ', normalize-space(@class), ' '), ' mw-editsection ')]"
_WIKI_CHROME_IDS = ("p-lang-btn",)


def _without_wiki_chrome(tree: HtmlElement, page: str) -> None:
    """A MediaWiki page's edit links and language button left out (``_WIKI_CHROME``)."""
    if "mw-editsection" not in page and "p-lang-btn" not in page:
        return  # (no such page: no walk of its tree)
    chrome = list(tree.xpath(_WIKI_CHROME))
    chrome += [e for i in _WIKI_CHROME_IDS for e in tree.xpath(f"//*[@id='{i}']")]
    for element in chrome:
        if element.getparent() is not None:
            element.drop_tree()  # (its tail kept)


def _holds(page: str, char: str) -> bool:
    """Whether the page holds ``char``, or writes it as a numeric entity ("&#x2e3b;")."""
    if char in page:
        return True
    lower = page.lower()
    return f"&#x{ord(char):x}" in lower or f"&#{ord(char)}" in lower


# htmldate (under trafilatura) reads a date whose day does not exist as the first of its
# month: "2021-02-30" in a <meta> or JSON-LD was published 2021-02-01. So it does a day
# after its latest (``_date_params``): "2026-12-20" read on 7 December was 2026-12-01. Such
# dates are blanked before it looks, so the page has no date from them (as a JSON field's
# is refused), never a day it does not name.
_ISO_DAY = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")


def _no_impossible_dates(value: str, today: date | None = None) -> str:
    """``value`` without its ISO dates (``YYYY-MM-DD``, maybe with a time) that are no day,
    or more than ``AHEAD`` after ``today`` (default: the clock's)."""
    if "-" not in value:
        return value
    latest = latest_day(today).isoformat()

    def kept(m: re.Match[str]) -> str:
        return m[0] if is_day(m[1], m[2], m[3]) and m[0] <= latest else ""

    return _ISO_DAY.sub(kept, value)


def _restore(meta: Extracted, swaps: dict[str, str]) -> None:
    """Put back the characters ``_parsed`` swapped out (a URL may hold the stand-in of an
    "&" escaped)."""
    for field in _FIELDS:
        value = getattr(meta, field, None)
        if not isinstance(value, str):
            continue
        restored = _swapped_back(value, swaps)
        for stand_in, char in swaps.items():
            escaped = quote(stand_in)  # as a URL in text may hold it
            if char == "&" and escaped in restored:
                restored = restored.replace(escaped, "&").replace(escaped.lower(), "&")
        if restored != value:
            setattr(meta, field, restored)


# A tag long enough to hold many attributes (each at least " a=x"), and an attribute name
# followed by "=" in it.
_LONG_TAG = re.compile(r"<[^<>]{4000,}")
_ATTRIBUTE = re.compile(r"\s[^\s=<>\"'/]+\s*=")


_START_TAG = re.compile(r"<[A-Za-z][^<>]*>")
_SCRIPT_OR_STYLE = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def _attributes_over(page: str, most: int) -> bool:
    """Whether the page's tags hold more than ``most`` "=" (attributes) in all: not its
    scripts' and styles' (a page of 500 KB whose script held 120,000 was taken for a
    crowded one, and read with its related links)."""
    if page.count("=") <= most:  # (the quick look: most pages stop here)
        return False
    markup = _SCRIPT_OR_STYLE.sub(" ", page)
    return sum(tag.group().count("=") for tag in _START_TAG.finditer(markup)) > most


def _crowded_tag(page: str, max_attributes: int) -> bool:
    """Whether some tag of ``page`` has more than ``max_attributes`` attributes (only tags
    of 4,000+ characters are counted: one linear scan)."""
    for match in _LONG_TAG.finditer(page):
        if len(_ATTRIBUTE.findall(match.group())) > max_attributes:
            return True
    return False


def _simple_page(path: Path, page: str, encoding: str, options: ReaderOptions) -> Document:
    """A page too big for trafilatura: all its visible text, and the metadata of its head."""
    from trafilatura.metadata import extract_metadata

    text = html_to_text(
        page,
        page=True,
        budget=Budget(path, options),
        between_chunks=lambda: check_cancel(options),
    )
    end = page.find("</head>", 0, _MAX_HEAD)
    head = page[: end if end >= 0 else min(len(page), _MAX_HEAD // 16)]
    markup = head + "</head><body></body></html>"
    tree, swaps = _parsed(markup)
    meta = extract_metadata(markup if tree is None else tree, date_config=_date_params())
    _restore(meta, swaps)
    return _document(path, text, meta, encoding, options, head)


# A publication time in a page's metadata: a <meta> of article:published_time (Open Graph),
# datePublished (schema.org: an itemprop or JSON-LD's key), pubdate; attributes either way.
# The time of a revision: article:modified_time, og:updated_time, dateModified.
_STAMP = r"(\d{4}-\d\d-\d\dT\d\d:\d\d(?::\d\d)?(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)?)"


def _stamp_patterns(names: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The stamps of the metadata ``names`` (a pattern), name first and content first."""
    return (
        re.compile(rf"""(?:{names})["']?\s*(?:content=|:)\s*["']{_STAMP}""", re.IGNORECASE),
        re.compile(
            rf"""content=["'](\d{{4}}-\d\d-\d\dT\d\d:\d\d[^"']{{0,15}})["'][^>]{{0,80}}?"""
            rf"""(?:{names})""",
            re.IGNORECASE,
        ),
    )


# (GOV.UK's own, govuk:first-published-at, govuk:public-updated-at: a government's release
# had its day alone, and was "an edited version" of a paper's story of that evening)
_PUBLISHED = _stamp_patterns("article:published_time|datePublished|pubdate|first-published-at")
_MODIFIED = _stamp_patterns("article:modified_time|og:updated_time|dateModified|public-updated-at")


def _with_time(day: str, page: str) -> str:
    """The page's date with the time its metadata gives on that day (trafilatura keeps the
    day only: two revisions of a page published the same day were in no order, and a
    correction read backwards), else as it is."""
    if len(day) != 10:
        return day
    head = page[:_MAX_HEAD]
    for pattern in _PUBLISHED:
        for found in pattern.finditer(head):
            stamp = found.group(1)
            if stamp.startswith(day):
                return stamp
    return day


def _revised(published: str, page: str) -> str:
    """The time this version of the page was made: the latest modification time its head
    or its JSON-LD gives that is a real time, not ahead of now, and after ``published``
    (or there is none), else ``published``. Every capture of a revised article carries
    the same publication time: twelve captures of one page over a week were dated 07:30
    of its first day, in no order, the story's base a late one and each change read
    backwards. (Not the body's: a related article's, a quoted one's.)"""
    latest = published
    for part in _metadata_parts(page):
        for pattern in _MODIFIED:
            for found in pattern.finditer(part):
                stamp = found.group(1)
                if _possible(stamp) and (not latest or _later(stamp, latest)):
                    latest = stamp
    return latest


_LD_JSON = re.compile(
    r"<script[^>]{0,200}application/ld\+json[^>]{0,200}>(.{0,200000}?)</script>",
    re.IGNORECASE | re.DOTALL,
)


def _metadata_parts(page: str) -> list[str]:
    """A page's ``<head>`` and its JSON-LD blocks (where its own dates are)."""
    end = page.find("</head>", 0, _MAX_HEAD)
    head = page[: end if end >= 0 else min(len(page), _MAX_HEAD // 16)]
    return [head, *(m.group(1) for m in _LD_JSON.finditer(page, len(head), _MAX_HEAD))]


def _possible(stamp: str) -> bool:
    """Whether ``stamp`` is a real time, no later than ``AHEAD`` from now (a template's
    placeholder, "2099-01-01", or "2026-02-30" is no page's revision)."""
    try:
        when = datetime.fromisoformat(stamp)
    except ValueError:
        return False
    now = datetime.now(when.tzinfo) if when.tzinfo else datetime.now()
    return when <= now + AHEAD


def _later(stamp: str, than: str) -> bool:
    """Whether the ISO time ``stamp`` is after ``than`` (a day or a time; "" is no date)."""
    try:
        when, before = datetime.fromisoformat(stamp), datetime.fromisoformat(than)
    except ValueError:
        return False
    if len(than) == 10:  # a day alone: a time on it says more
        return when.date() >= before.date()
    if (when.tzinfo is None) != (before.tzinfo is None):  # one's zone unknown: by the day
        return when.date() > before.date()
    return when > before


# What a page that holds no article but its wall says: "Please accept cookies to
# continue", "Subscribe to read", "Sign in", "Enable JavaScript".
_WALL = re.compile(
    r"\b(?:accept|allow|we use|uses|consent to)(?: all)? cookies\b|\bcookie (?:policy|settings"
    r"|preferences|consent)\b|\bsubscribe (?:to (?:read|continue)|now)\b|\bsubscribers? only\b"
    r"|\balready a subscriber\b|\b(?:sign|log) ?in to (?:read|continue)\b"
    r"|\benable javascript\b|\b(?:disable|turn off) (?:your )?ad ?blocker\b",
    re.IGNORECASE,
)
_WALL_MAX_CHARS = 300  # a longer text is an article, whatever it says of cookies
_WALL_LINE_MAX_WORDS = 12  # a wall's own sentence is short ("Subscribe to read")
_NAVIGATION_MAX_CHARS = 25  # and so is a line of navigation beside it ("Home | News")


def _a_wall(text: str) -> bool:
    """Whether a page's text is its wall alone: a few short lines, each either the wall's
    own ("Please accept cookies to continue": a researcher's cookie wall was a document, its
    own story and event) or navigation (links apart by "|", or a few characters). Bounded
    in characters, not words: a Chinese article's paragraphs are one "word" each, and with
    a "This site uses cookies." line left in it, it was taken for a wall (a review)."""
    if len(text) > _WALL_MAX_CHARS:
        return False
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    walls = [
        line for line in lines if _WALL.search(line) and len(line.split()) <= _WALL_LINE_MAX_WORDS
    ]
    rest = [line for line in lines if line not in walls]
    return bool(walls) and all("|" in line or len(line) <= _NAVIGATION_MAX_CHARS for line in rest)


# A tag, a comment or a doctype: "<p", "</div", "<!--", "<?xml" ("x < y", "<3" are none).
_TAG = re.compile(r"<[A-Za-z/!?]")


def _no_text(path: Path, page: str) -> ReadError:
    """A page that gave no article text; one with no tag at all is plain text under a web
    page's name, said as the .docx and .pdf readers say theirs (a 2.9 MB one-line text named
    .html was told it "may need JavaScript": a media-monitoring analyst's walkthrough)."""
    if not _TAG.search(page):
        rename = "rename it with the ending .txt to read it as text"
        return ReadError(path, "not a web page (HTML): it holds plain text", rename, MALFORMED)
    return ReadError(
        path,
        "no article text found in the page",
        "the page may need JavaScript or hold no article; save the article text as .txt",
        LITTLE_TEXT,
    )


def _site_name(site: str, page_title: str, headline: str, file_name: str = "") -> str:
    """The page's site name: none that is a time stamp ("Updated 10:39 a.m." was an
    outlet: trafilatura takes a title's last part for the site's name), nor the headline —
    trafilatura took a part with a full stop for a site's host: "Inflation rises to 3.5%
    in November | Valley Courier" and "…1.4万亿斤 | 环球财经网" were outlets (an East Asian
    monitor's walkthrough); of a ``<title>`` "headline | site", the site's part then."""
    if not site:
        return _titled_site(page_title, headline, file_name)
    if is_date_line(site):
        return ""
    if " ".join(site.split()) != " ".join(headline.split()):
        return site
    parts = [" ".join(p.split()) for p in _TITLE_PARTS.split(page_title) if p.strip()]
    others = [p for p in parts if p != " ".join(site.split())]
    return others[-1] if len(parts) >= 2 and others else ""


_TITLE_PARTS = re.compile(r"\s+[-–—|]\s+|\s*\|\s*")
_SITE_WORDS = 4  # words of a site's name after its headline in a ``<title>``


def _titled_site(page_title: str, headline: str, file_name: str) -> str:
    """The site a page without a site name names after its headline in its ``<title>``
    ("Lunaris Health Receives FDA Clearance … | StockPulse"): a short name, capitalized, no
    date, that its file's name says too (a crawler's "…_stockpulse-io_….html"); "" else —
    a title's last part may be its author, a section or a page number ("| Jane Doe", "|
    Europe", "| Page 2": a review). A PR analyst's crawl of a release's reposts had no
    outlet for a sixth of its pages (a walkthrough)."""
    parts = [" ".join(p.split()) for p in _TITLE_PARTS.split(page_title) if p.strip()]
    if len(parts) < 2 or " ".join(headline.split()) not in (parts[0], " - ".join(parts[:-1])):
        return ""
    site = parts[-1]
    words = site.split()
    if not 0 < len(words) <= _SITE_WORDS or not site[:1].isupper() or is_date_line(site):
        return ""
    if site.casefold() in _SECTIONS:
        return ""
    squeezed = re.sub(r"\W+", "", site.casefold())
    return (
        site if len(squeezed) >= 3 and squeezed in re.sub(r"\W+", "", file_name.casefold()) else ""
    )


# A section's name that may end a page's title where a site's does ("… | World"): no outlet
_SECTIONS = frozenset(
    "news|home|world|politics|business|sport|sports|opinion|tech|technology|markets|money|"
    "health|science|culture|entertainment|local|national|international|live|video|breaking|"
    "latest|press releases|press release|economy|finance|travel|lifestyle".split("|")
)
_TITLE_TAG = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def _page_title(page: str) -> str:
    """The text of the page's ``<title>`` as written (trafilatura's title drops its site's
    part), "" when it has none."""
    found = _TITLE_TAG.search(page[:_MAX_HEAD])
    return html.unescape(found[1]).strip() if found else ""


def _document(
    path: Path, text: str, meta: Extracted, encoding: str, options: ReaderOptions, page: str
) -> Document:
    """The Document of a page's text and trafilatura's metadata of it (``page``: its
    markup, for a publication time)."""
    if len(text) < options.min_chars:
        raise _no_text(path, page)
    if _a_wall(text):
        raise ReadError(
            path,
            "a cookie, sign-in or subscription wall: no article in the page",
            "open the page in a browser, accept or sign in, then save it again",
            LITTLE_TEXT,
        )
    url = meta.url or ""
    # A page's title that is no headline (a masthead, a byline) gives way to its text's
    # first headline; a site name that is a time stamp is none ("Updated 10:39 a.m." was
    # an outlet: trafilatura takes a title's last part for the site's name)
    title = (meta.title or "").strip()
    if not title or no_headline(title):
        title = first_line_title(text) or text.split("\n", 1)[0][:200]
    page_title = _page_title(page)
    site = _site_name((meta.sitename or "").strip(), page_title, title, path.name)
    # (the ``<title>`` as written: trafilatura's drops the site's part, "… | 中部タイムス")
    source = guess_source(text, title=page_title or title, url=url, site_name=site)
    project = _wikimedia_project(url)
    if project:  # (not its publisher in JSON-LD, "Wikimedia Foundation, Inc.")
        source, title = project, _WIKIMEDIA_SUFFIX.sub("", title) or title
    first = _with_time(meta.date or "", page)
    # (one form of a time wherever it comes from: "…Z" beside a feed's "+00:00" for the
    # same time parsed as two in a data journalist's table)
    first, date = (to_iso(when) or when for when in (first, _revised(first, page)))
    kept = {"description": meta.description or ""} if meta.description else {}
    if first and date != first:  # (the list's tooltip says both)
        kept[FIRST_PUBLISHED] = first
    doc = Document(
        path=path,
        text=text,
        title=title,
        source=source,
        date=date,
        encoding=encoding,
        format="html",
        url=url,
        byline=_page_author((meta.author or "").strip(), page),
        meta=kept,
    )
    return _day_to_date_line(doc)


# A page's author field as written, name or content first: trafilatura cuts it at a dash
# and splits it at a comma, "دبي - البيان" (a city and the paper, Al Bayan's credit) into
# "دبي", "By Sajila Saseendran, Senior Reporter" into two authors, "Sajila Saseendran;
# Senior Reporter" (a Gulf night desk's walkthrough)
_AUTHOR_FIELD = (
    re.compile(
        r"""<meta\s[^>]{0,200}?name=["']author["'][^>]{0,200}?content=["']([^"'<>]{1,200})["']""",
        re.IGNORECASE,
    ),
    re.compile(
        r"""<meta\s[^>]{0,200}?content=["']([^"'<>]{1,200})["'][^>]{0,200}?name=["']author["']""",
        re.IGNORECASE,
    ),
)


def _page_author(author: str, page: str) -> str:
    """trafilatura's ``author`` of a page, or the page's author field it was read from
    (``_AUTHOR_FIELD``) when that is a credit (``metadata.byline_credit``) or a byline with
    its people's role (``document.signed_by``): ``metadata.enrich`` reads them as a text's
    byline is read."""
    for pattern in _AUTHOR_FIELD:
        found = pattern.search(page, 0, _MAX_HEAD)
        if found is not None:
            break
    else:
        return author
    field = " ".join(html.unescape(found[1]).split())
    if author and author.split(";")[0].strip() not in field:
        return author  # (another field's: JSON-LD's, a byline box's)
    # (a credit that trafilatura dropped too: its outlet is the page's where nothing else
    # names one)
    return field if byline_credit(field) or (author and signed_by(field)) else author


_WIKIMEDIA = re.compile(
    r"https?://(?:[\w-]+\.)*(wikipedia|wikinews|wiktionary|wikisource|wikiquote|wikivoyage"
    r"|wikibooks|wikiversity)\.org(?:[/?#:]|$)",
    re.IGNORECASE,
)


# A Wikimedia page's ``<title>`` after its article's name: " - Wikipedia", and the local
# Wikipedia's name in its language, maybe with its motto ("— Wikipédia", "— Википедия",
# "- Wikipedia, la enciclopedia libre"): a French or Russian editor's save of an article was
# titled "Déraillement de Millbrook — Wikipédia", and its wikitext revision without it
# (a review).
_WIKIMEDIA_SUFFIX = re.compile(
    r"\s+[-–—]\s+(?:(?:Wikipedia|Wikipédia|Wikipedie|Wikipedija|Wikipedio|Wikipedya|Vikipedi"
    r"|Vikipeedia|Vikipedija|Vikipēdija|Wicipedia|Википедия|Вікіпедія|Википедија|Уикипедия"
    r"|Βικιπαίδεια|ויקיפדיה|ويكيبيديا|ویکی‌پدیا|ウィキペディア|维基百科|維基百科|위키백과|विकिपीडिया"
    r"|วิกิพีเดีย)(?:\s*[,，:]\s*[^-–—]*)?|Wikinews|Wiktionary|Wikisource|Wikiquote|Wikivoyage"
    r"|Wikibooks|Wikiversity)$",
    re.IGNORECASE,
)


def _wikimedia_project(url: str) -> str:
    """The Wikimedia project a page's address is of ("Wikipedia"), "" for another's: its
    outlet, and its ``<title>``'s part after the article's name — the JSON-LD publisher,
    "Wikimedia Foundation, Inc.", was the outlet of every saved Wikipedia article, and a
    comparison said "Edited version of Wikimedia Foundation, Inc.'s story" (a Wikipedia
    editor's walkthrough)."""
    found = _WIKIMEDIA.match(url)
    return found[1].capitalize() if found else ""


def _day_to_date_line(doc: Document) -> Document:
    """``doc`` undated when its date is a day alone that the date line of its text's header
    gives too, maybe with its time ("December 5, 2026 5:45 PM"): ``metadata.enrich`` reads
    them from the text then. The extraction's date of a page without a time in its metadata
    (htmldate's reading of the same line) is the day alone, and two versions of a page of
    one day were in no order (an East Asian monitor's walkthrough). A date line that says
    another day (an update's) leaves the metadata's day as it was."""
    if len(doc.date) != 10 or FIRST_PUBLISHED in doc.meta or find_header_date(doc.text) != doc.date:
        return doc
    undated = replace(doc, date="")
    return undated if dated(undated)[0][:10] == doc.date else doc
