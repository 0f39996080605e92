"""Plain text (.txt, .md, and any unrecognised file that decodes as text)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.errors import EMPTY, ReadError
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.pages import FORM_FEED, without_page_furniture
from wirediff.core.reading.tables import row_lines
from wirediff.core.reading.visual_order import TURNED, visual_hebrew_read


def read_text(path: Path, data: bytes, options: ReaderOptions | None = None) -> list[Document]:
    """A plain-text file as one Document (title: its first non-empty line)."""
    text, encoding = decode(path, data)
    if FORM_FEED in text:  # pages (a PDF converted to text): their numbers and running lines
        text = without_page_furniture(text.replace("\r\n", "\n").replace("\r", "\n"))
    text = normalize_newlines(text)
    turned = visual_hebrew_read(text)  # (Hebrew stored in visual order: in reading order)
    if turned is not None:
        text, encoding = turned, f"{encoding}; {TURNED}"
    if not text.strip():
        raise ReadError(path, "empty file (only blank space)", "the file holds no text", EMPTY)
    fmt = "text"
    headings: tuple[tuple[int, str], ...] = ()
    if path.suffix.lower() in (".md", ".markdown"):
        fmt, (text, headings) = "markdown", markdown_read(text)
    title = first_line_title(text)
    return [
        Document(
            path=path, text=text, title=title, encoding=encoding, format=fmt, headings=headings
        )
    ]


# Markdown's markup, as the text it marks: the same release saved as .md and as .txt
# differed by "+ #", "+ **", "+ **". No pattern scans past the next mark it could end at (a
# link's text stops at a bracket, its address at a parenthesis, bold at a star or an
# underscore): tried from every "[" or "**" of a long line, scanning to its end was
# quadratic — a line of 40,000 "[" took 6.5 s, and held the interpreter (the window froze).
_BOLD = (r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*", r"__(?=\S)([^_\n]+?)(?<=\S)__")
# A heading's line is marked by its level (U+FDD1 for "#" … U+FDD6, noncharacters no text
# holds) until the markup in it is read: the sections' outline is told of it
# (``Document.headings``), as its "#" are left out of the text
_HEADING_MARKS = re.compile("^[\ufdd1-\ufdd6]", re.M)
_MARKUP: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M),  # # Heading
        lambda m: chr(0xFDD0 + len(m[1])) + m[2],
    ),
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M), ""),  # --- a rule
    # A list's bullet, a footnote's reference and its note's mark as the .docx reader gives
    # them (bullets left out, "[1]"): a paper's .md draft and its Word export differed by
    # "[[-^-]1]" at every note and a "-" at every item (an academic's walkthrough)
    (re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)", re.M), ""),  # - an item
    (re.compile(r"^[ \t]{0,3}\[\^([^\[\]\s^]{1,30})\]:[ \t]*", re.M), r"[\1] "),  # [^1]: note
    (re.compile(r"\[\^([^\[\]\s^]{1,30})\]"), r"[\1]"),  # a note's reference[^1]
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # > a quote
    # [text](url), ![alt](src); a URL with brackets of its own, one deep: Wikipedia's "Foo_(bar)"
    (re.compile(r"!?\[([^\[\]\n]*)\]\((?:[^()\n]|\([^()\n]*\))*\)"), r"\1"),
    *((re.compile(bold), r"\1") for bold in _BOLD),  # **bold**, __bold__
    (re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])"), r"\1"),  # *it*
    (re.compile(r"(?<![\w_])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![\w_])"), r"\1"),  # _it_
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # `code`
    *((re.compile(bold), r"\1") for bold in _BOLD),  # **bold *with italics* in it**
)


# A pipe table (GitHub's Markdown): its header row, then a row of dashes for each column
_TABLE_RULE = re.compile(r"[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*")


def _table_cells(line: str) -> list[str]:
    """A pipe table row's cells (a "\\|" in one is held apart: ``markdown_text``)."""
    line = line.strip()
    line = line[1:] if line.startswith("|") else line
    line = line[:-1] if line.endswith("|") else line
    return [cell.strip() for cell in line.split("|")]


def _pipe_tables(text: str) -> str:
    """Each pipe table of a Markdown ``text`` a paragraph per row, its rule of dashes left
    out, as every reader gives a table (``tables.row_lines``): the same table in a .md and in
    a .docx or a page differed in every row ("| section 53 | £5,000 |" against the row)."""
    lines = text.split("\n")
    out: list[str] = []
    at = 0
    while at < len(lines):
        line = lines[at]
        rule = lines[at + 1] if at + 1 < len(lines) else ""
        if "|" in line and "|" in rule and _TABLE_RULE.fullmatch(rule):
            rows = [_table_cells(line)]
            at += 2
            while at < len(lines) and "|" in lines[at] and lines[at].strip():
                rows.append(_table_cells(lines[at]))
                at += 1
            out.extend(
                ["", "\n\n".join(r for row in rows for r in row_lines([[c] for c in row])), ""]
            )
            continue
        out.append(line)
        at += 1
    return "\n".join(out)


def markdown_text(text: str) -> str:
    """A Markdown text's words without its markup (``markdown_read``)."""
    return markdown_read(text)[0]


def markdown_read(text: str) -> tuple[str, tuple[tuple[int, str], ...]]:
    """A Markdown text's words without its markup: headings, emphasis, links and images
    (their text), quotes, rules and code marks, a table's pipes, a list's bullets,
    footnotes' "^" ("[^1]" reads "[1]"); paragraphs and a list's numbers as they are. And
    its headings: each one's level and its line in that text. A fenced code block's lines
    are as written, its fences left out (``_fenced``), and so are an indented code block's,
    its indent left out (``_indented``: a .md file's only, never a .txt's, whose indented
    paragraphs are prose)."""
    blocks: list[str] = []
    if "```" in text or "~~~" in text:
        text = _fenced(text, blocks)
    if "    " in text or "\t" in text:
        text = _indented(text, blocks)
    escaped = "\\" in text
    if escaped:  # (held apart from the markup, then the characters they are)
        text = _ESCAPED.sub(lambda m: chr(_HELD + ord(m[1])), text)
    if "|" in text:
        text = _pipe_tables(text)
    for pattern, replacement in _MARKUP:
        text = pattern.sub(replacement, text)
    if escaped:
        text = _HOLDING.sub(lambda m: chr(ord(m[0]) - _HELD), text)
    headings: list[tuple[int, str]] = []
    if _HEADING_MARKS.search(text) is not None:
        for line in text.split("\n"):
            if line[:1] and "\ufdd1" <= line[0] <= "\ufdd6" and line[1:].strip():
                headings.append((ord(line[0]) - 0xFDD0, line[1:]))
        text = _HEADING_MARKS.sub("", text)
    if blocks:
        text = _BLOCK.sub(lambda m: blocks[int(m[1])], text)
    return text, tuple(headings)


# A fenced code block (CommonMark): a line of three backticks or tildes or more opens it,
# one of as many of the same or more closes it, or the text's end does
_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})(.*)")
_BLOCK = re.compile("\U0010fffe([0-9]+)\U0010fffe")  # (a held block: noncharacters no text holds)


def _fenced(text: str, blocks: list[str]) -> str:
    """``text`` with each fenced code block held apart in ``blocks``, a line in its place,
    so that no markup is read in it: a shell's "# install the tools" in a paper's listing
    was a section of its outline, and a code line's "-" a bullet (a reviewer's walkthrough).
    The fences' lines are left out, as a .docx of the same paper has none."""
    lines = text.split("\n")
    out: list[str] = []
    at = 0
    while at < len(lines):
        opened = _FENCE.fullmatch(lines[at])
        if opened is None or (opened[1][0] == "`" and "`" in opened[2]):
            out.append(lines[at])
            at += 1
            continue
        fence, body = opened[1], []
        at += 1
        while at < len(lines):
            closed = _FENCE.fullmatch(lines[at])
            at += 1
            if closed and closed[1].startswith(fence) and not closed[2].strip():
                break  # (as many of its marks or more, and nothing after them)
            body.append(lines[at - 1])
        out.append(f"\U0010fffe{len(blocks)}\U0010fffe")
        blocks.append("\n".join(body))
    return "\n".join(out)


# A line of a list's item (CommonMark: a bullet, or a number and "." or ")"), and a line
# indented as code is (four columns, a tab four)
_ITEM_LINE = re.compile(r"[ \t]{0,3}(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_CODE_INDENT = re.compile(r"(?: {4}| {0,3}\t)")


def _indented(text: str, blocks: list[str]) -> str:
    """``text`` with each indented code block (CommonMark: lines indented four columns or
    more, after a blank line, a heading or the text's start) held apart in ``blocks``, its
    lines as written but for that indent, so that no markup is read in it: a paper's
    listing indented, "    # the tools" and "    - pip install **x**", was a section and a
    bullet, where a fenced one is code (an academic's walkthrough). Lines indented inside a
    list (an item's paragraph or its nested list, "    - sub-item") are the list's, not
    code; a list ends at a line at the margin after a blank line."""
    lines = text.split("\n")
    out: list[str] = []
    in_list = False
    opens = True  # a code block may open here: after a blank line, a heading, the start
    at = 0
    while at < len(lines):
        line = lines[at]
        if not line.strip():
            out.append(line)
            opens = True
            at += 1
            continue
        if opens and not in_list and _CODE_INDENT.match(line):
            body: list[str] = []
            while at < len(lines) and (not lines[at].strip() or _CODE_INDENT.match(lines[at])):
                body.append(lines[at])
                at += 1
            kept = len(body)
            while kept and not body[kept - 1].strip():
                kept -= 1  # (the blank lines after it are the text's)
            at -= len(body) - kept
            code = [_CODE_INDENT.sub("", b, count=1) if b.strip() else "" for b in body[:kept]]
            out.append(f"\U0010fffe{len(blocks)}\U0010fffe")
            blocks.append("\n".join(code))
            opens = False
            continue
        if _ITEM_LINE.match(line):
            in_list = True
        elif not line[:1].isspace() and (opens or line.startswith("#")):
            in_list = False  # (a paragraph or a heading at the margin: the list is over)
        opens = line.lstrip(" ").startswith("#")
        out.append(line)
        at += 1
    return "\n".join(out)


# A backslash before ASCII punctuation (CommonMark) writes the character itself, no markup:
# "\_index\_" read "\index\", and "\[redacted\](see note)" lost "(see note)" as a link's
# address; "5\%" and "C\+\+" kept their backslashes (a fuzzer's pandoc-made release)
_ESCAPED = re.compile(r"\\([!-/:-@\[-`{-~])")
_HELD = 0xF0000  # (a private-use plane's: no text holds them)
_HOLDING = re.compile("[\U000f0021-\U000f007e]")
