"""pypdf's text of a page whose right-to-left text it gives as seen (``visual_order``),
rebuilt as the page's printed lines in reading order.

pypdf cuts a printed line in pieces: where a line of Qt's changes direction (Qt draws each
run of one direction apart: "35" in an Arabic sentence is one), where it changes font, and
where pypdf's own reading changes direction (at ``«``, ``[``: it takes them for
left-to-right characters). The pieces at one height are set side by side as they stand on
the page, each as seen, and the line read back (``visual_order.reading_order``).
"""

from __future__ import annotations

import re
from itertools import pairwise

from wirediff.core.reading.visual_order import is_rtl, kinds, reading_order

# A piece of pypdf's text: its characters, where it stands (x, y) and its font's size.
Piece = tuple[str, float, float, float]
Place = tuple[float, float] | None  # a line's height on its page and its font's size

# pypdf's own notion of direction (pypdf._utils): the characters it reverses with the
# right-to-left letters around them, and those that start a piece of their own. Its
# neutral characters keep the direction before them, Arabic-Indic and Persian digits too
# (within its right-to-left block: taken for right-to-left, a number a left-to-right
# character such as "«" or the page's start went before was turned, which pypdf had not
# reversed — "۱۲" read "۲۱", a year "۱۴۰۵" "۵۰۴۱": a Persian desk's walkthrough).
_PYPDF_NEUTRAL = "\x00-\x2f\x3a-\x40\u0660-\u066d\u06f0-\u06f9\u2000-\u206f\u20a0-\u21ff"
_PYPDF_RTL = re.compile(f"(?![{_PYPDF_NEUTRAL}])[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
_PYPDF_LTR = re.compile(f"[^{_PYPDF_NEUTRAL}\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


class _Block:
    """One of pypdf's lines: its pieces, and how far it reaches across the page — where its
    glyphs start, the empty pieces pypdf gives at its ends counted too (at its height: those
    that open a page stand at its corner)."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self.spots: list[tuple[float, float]] = []
        self.left = self.right = 0.0

    def text(self) -> str:
        return "".join(piece[0] for piece in self.pieces)

    def measure(self) -> None:
        if self.pieces:
            first = self.pieces[0]
            xs = [x for x, y in self.spots if _level(first[2], y, first[3])]
            self.left, self.right = min(xs), max(xs)


def _blocks(raw: str, pieces: list[Piece]) -> list[_Block] | None:
    """pypdf's lines of ``raw`` (its text of a page), each with the pieces that make it;
    None when the pieces do not make the text."""
    if "".join(piece[0] for piece in pieces) != raw:
        return None
    blocks = [_Block()]
    for text, x, y, size in pieces:
        body = text.rstrip("\n")  # (pypdf ends a piece with its line breaks; a "\n" inside
        if body:  # one is a glyph's that the PDF gives no letter)
            blocks[-1].spots.append((x, y))
            blocks[-1].pieces.append((body, x, y, size))
        elif not text:
            blocks[-1].spots.append((x, y))
        blocks += [_Block() for _ in range(len(text) - len(body))]
    for block in blocks:
        block.measure()
    return blocks


def _seen(block: _Block, rtl: bool) -> tuple[str, bool]:
    """One of pypdf's lines as seen, from left to right, and whether pypdf reads right to
    left after it (``rtl``: before it). pypdf cuts a line where the direction it reads in
    changes, at a right-to-left letter or at one it takes for a left-to-right character
    (a digit, ``«``, ``[``), reversing the pieces it reads right to left: a line drawn from
    right to left is its pieces in reverse, each as seen."""
    texts: list[tuple[str, bool]] = []
    for text, *_ in block.pieces:
        if _PYPDF_RTL.search(text):
            rtl = True
        elif _PYPDF_LTR.search(text):
            rtl = False
        texts.append((text, rtl))
    held = kinds(block.text())
    if "R" in held:  # drawn from right to left
        seen = "".join(text if back else text[::-1] for text, back in reversed(texts))
    elif "L" in held or "D" in held:  # from left to right (Arabic-Indic digits reversed)
        seen = "".join(text[::-1] if back else text for text, back in texts)
    else:  # spaces and marks: as given
        seen = block.text()
    return seen, rtl


# A glyph the PDF gives no letter reads as its number, a control character (Qt's shadda
# with a vowel on it: "\n", which cut "اللَّه" in two lines): left out.
_UNMAPPED = re.compile("[\x00-\x08\x0a-\x1f]")
_COLUMN_GAP = 2.5  # font sizes between two of pypdf's lines at one height: apart (cells)
# ... and between a table's cells, each of pypdf's lines (a space is a quarter of one; Qt's
# writer sets a cell 1.4 apart from the one before, a numbers' column's cells too)
_CELL_GAP = 0.8
_WORD_GAP = 0.1  # ... and between two words: less, a word's letters in two fonts


def _level(y: float, other: float, size: float) -> bool:
    """Whether two heights are one line's, in a font of ``size``."""
    return abs(y - other) <= 0.3 * max(size, 1.0)


def _at_one_height(blocks: list[_Block]) -> list[list[_Block]]:
    """pypdf's lines in runs of those one after another at one height."""
    heights: list[list[_Block]] = []
    for block in blocks:
        last = heights[-1][0].pieces if heights else []
        if last and block.pieces and _level(last[0][2], block.pieces[0][2], last[0][3]):
            heights[-1].append(block)
        else:
            heights.append([block])
    return heights


def _side_by_side(blocks: list[_Block], gap: float = _COLUMN_GAP) -> list[list[_Block]]:
    """pypdf's lines at one height as the printed lines they make, each from left to right:
    those a gap of a column parts are apart (a table's cells), in pypdf's order of them."""
    order = {id(block): n for n, block in enumerate(blocks)}
    rows: list[list[_Block]] = []
    reach = 0.0  # how far right the last row reaches
    for block in sorted(blocks, key=lambda block: block.left):
        if rows and block.left - reach <= gap * max(block.pieces[0][3], 1.0):
            rows[-1].append(block)
            reach = max(reach, block.right)
        else:
            rows.append([block])
            reach = block.right
    return sorted(rows, key=lambda row: min(order[id(block)] for block in row))


def page_lines(raw: str, pieces: list[Piece]) -> tuple[list[str], list[Place]]:
    """A page whose right-to-left text reads backwards (``raw``, pypdf's text, and the
    ``pieces`` it is made of) as its printed lines in reading order, each with its place
    on the page (height, font size) where the pieces give it. pypdf's lines side by side
    are one printed line when one of them holds right-to-left text; the others are left as
    they are."""
    blocks = _blocks(raw, pieces)
    if blocks is None:
        lines = raw.split("\n")
        return [reading_order(line) for line in lines], [None] * len(lines)
    rtl = False
    seen: dict[int, str] = {}  # each line as seen, by its id
    for block in blocks:
        seen[id(block)], rtl = _seen(block, rtl)
    heights = _at_one_height(blocks)
    texts: list[str] = []
    places: list[Place] = []
    for height in heights:
        if not any(is_rtl(c) for block in height for c in seen[id(block)]):
            for block in height:
                line = block.text().split("\n")
                texts += line
                places += [_place(block.pieces)] * len(line)
            continue
        for row in _side_by_side(height):
            texts.append(reading_order(_UNMAPPED.sub("", "".join(seen[id(b)] for b in row))))
            places.append(_place([piece for block in row for piece in block.pieces]))
    return texts, places


def _place(pieces: list[Piece]) -> Place:
    """The height of a line's first piece and the font size of most of its characters."""
    if not pieces:
        return None
    sizes: dict[float, int] = {}
    for text, _, _, size in pieces:
        sizes[round(size, 1)] = sizes.get(round(size, 1), 0) + len(text.strip())
    return pieces[0][2], max(sizes, key=sizes.__getitem__)


# Between the cells of a row in the lines ``cells_as_rows`` gives (``pdf.reflowed`` makes it
# ``tables.CELL_JOIN``, as every reader joins a row's cells)
CELL_MARK = "\x1f"


def cells_as_rows(raw: str, pieces: list[Piece]) -> tuple[list[str], list[Place]] | None:
    """pypdf's lines of a page (``raw``, and its ``pieces``), those at one height that a
    cell's gap parts made one line, the cells left to right, ``CELL_MARK`` between them,
    when another such row has a cell starting where one of theirs does (a table's column:
    a line of prose in two fonts, its runs apart, is no row); each line's place. None when
    the pieces do not make the text or no row is found. A table in a Word file or a page is
    read a row a line, and the same table as a PDF was a paragraph per cell: Qt's writer
    sets each cell apart, and pypdf gives each a line ("2,100 → 2,150" a deletion and an
    insertion: a translation reviser)."""
    blocks = _blocks(raw, pieces)
    if blocks is None:
        return None
    heights = _at_one_height(blocks)
    split: dict[int, list[list[_Block]]] = {}  # each height's cells (its blocks close by)
    columns: dict[int, int] = {}  # where a cell after a row's first starts: on how many rows
    for n, height in enumerate(heights):
        if len(height) > 1:
            cells = _side_by_side(height, _CELL_GAP)
            cells.sort(key=lambda cell: min(block.left for block in cell))
            if len(cells) == 2 and _labels(cells):
                cells = [cells[0] + cells[1]]
            split[n] = cells
            for x in {round(min(block.left for block in cell)) for cell in cells[1:]}:
                columns[x] = columns.get(x, 0) + 1
    texts: list[str] = []
    places: list[Place] = []
    found = False
    for n, height in enumerate(heights):
        cells = split.get(n, [])
        if any(columns[round(min(b.left for b in cell))] > 1 for cell in cells[1:]):
            found = True
            texts.append(CELL_MARK.join(_printed_line(cell) for cell in cells))
            places.append(_place([piece for block in height for piece in block.pieces]))
            continue
        for cell in cells or [[block] for block in height]:
            found = found or len(cell) > 1
            texts.append(_printed_line(cell))
            places.append(_place([piece for block in cell for piece in block.pieces]))
    return (texts, places) if found else None


# A paragraph's or an item's number set in a hanging indent: "1.", "12)", "(a)", "(iv)",
# "a.", "(A)", "§ 12", "[5]" (not a number or a letter alone: a table's first column)
_LABEL = re.compile(
    r"(?:\d{1,3}(?:\.\d{1,3})*\.?|[a-z]|[ivxlc]{1,6}|[A-Z])[.)]?"
    r"|\((?:\d{1,3}[A-Za-z]?|[a-z]{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Z])\)"
    r"|§{1,2}\s?\d{1,4}[a-z]?\.?|\[\d{1,3}\]"
)


def _labels(cells: list[list[_Block]]) -> bool:
    """Whether two cells at one height are a numbered paragraph's first line: a label
    (``_LABEL``) then words. Qt's writer sets the number apart from the text, and a judgment's every
    numbered paragraph was read as a table's row, its first line apart from the rest:
    "1. ⇥ The prosecution contended that…" then "30(9) were mandatory…" (a court
    reporter's walkthrough)."""
    label = _printed_line(cells[0]).strip()
    words = _printed_line(cells[1]).lstrip()
    if not _LABEL.fullmatch(label) or label.isalnum():
        return False
    return bool(words[:1].isalpha() or words[:1] in "\"'“‘«(")


def _printed_line(blocks: list[_Block]) -> str:
    """pypdf's lines set close side by side as the line they print: apart by a space where
    a gap parts them, run together where none does (a word's letters in two fonts). pypdf
    cut a line at each change of font: "A line in two fonts:", "bold words", "and plain"
    were three lines."""
    out = blocks[0].text()
    for before, block in pairwise(blocks):
        size = max(block.pieces[0][3], 1.0) if block.pieces else 1.0
        apart = block.left - before.right > _WORD_GAP * size
        out += (" " if apart and not out[-1:].isspace() else "") + block.text()
    return out


_LINE_NUMBER = re.compile(r"\d{1,4}")
DIGIT_WIDTH = 0.6  # of a font's size: a digit's width at most, in the usual fonts
_NUMBERS_AT_LEAST = 2  # line numbers a page's margin holds at least (a last page: "5", "10")


def without_line_numbers(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` without the line numbers in a page's left margin: numbers alone on their
    line, left of all its other text by a gap, rising down the page by the number of lines
    between them — every fifth line's, "5", "10", "15", or every line's when they are set
    smaller than the text. A draft judgment's and a transcript's numbers were read as
    words, each numbered line a paragraph of its own ("[-5-] interference…"), and as the
    numbering starts again on every page, a sentence put in moved them onto other words
    all through the text (881 changed rows for 8 edits: a court reporter's walkthrough).
    A table's first column of ranks, in the text's size, is no margin."""
    raw = "".join(piece[0] for piece in pieces)
    lines = raw.split("\n")
    starts = [0]
    for held in lines:
        starts.append(starts[-1] + len(held) + 1)
    alone: list[int] = []  # the pieces that are a number alone on their line
    at = row = 0
    for n, (text, *_) in enumerate(pieces):
        while starts[row + 1] <= at:
            row += 1
        if _LINE_NUMBER.fullmatch(text.strip()) and lines[row].strip() == text.strip():
            alone.append(n)
        at += len(text)
    if len(alone) < _NUMBERS_AT_LEAST:
        return pieces
    numbers = set(alone)
    others = [p for n, p in enumerate(pieces) if n not in numbers and p[0].strip()]
    if not others:
        return pieces
    left = min(p[1] for p in others)
    margin = [
        n
        for n in alone
        if pieces[n][1] + DIGIT_WIDTH * pieces[n][3] * len(pieces[n][0].strip())
        < left - 0.5 * pieces[n][3]
    ]
    margin.sort(key=lambda n: -pieces[n][2])
    if len(margin) < _NUMBERS_AT_LEAST or not _running(margin, pieces, others):
        return pieces
    out = list(pieces)
    for n in margin:
        out[n] = ("", *out[n][1:])
        after = next((k for k in range(n + 1, len(out)) if "\n" in out[k][0]), None)
        if after is not None and not "".join(p[0] for p in out[n + 1 : after]).strip():
            out[after] = (out[after][0].replace("\n", "", 1), *out[after][1:])
    return out


def _running(margin: list[int], pieces: list[Piece], others: list[Piece]) -> bool:
    """Whether the numbers of ``margin`` (from the top of the page down) rise by the number
    of lines of ``others`` between them — by more than one, or set smaller than the text."""
    values = [int(pieces[n][0]) for n in margin]
    heights = sorted({round(p[2]) for p in others}, reverse=True)
    steps = []
    for (upper, lower), (a, b) in zip(pairwise(margin), pairwise(values), strict=True):
        top, bottom = pieces[upper][2], pieces[lower][2]
        between = sum(bottom + 1 < y <= top + 1 for y in heights)
        if b - a != between:
            return False
        steps.append(b - a)
    sizes = sorted(p[3] for p in others)
    return max(steps) > 1 or all(pieces[n][3] < 0.9 * sizes[len(sizes) // 2] for n in margin)
