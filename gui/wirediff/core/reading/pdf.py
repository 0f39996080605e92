"""PDF files with a text layer, via pypdf (pages joined by a blank line)."""

from __future__ import annotations

import logging
import re
import unicodedata
from io import BytesIO
from pathlib import Path
from typing import TYPE_CHECKING

from wirediff.core.document import Document, author_byline, normalize_newlines, properties_title
from wirediff.core.reading.decoding import not_its_format
from wirediff.core.reading.errors import LITTLE_TEXT, MALFORMED, TOO_LARGE, UNREADABLE, ReadError
from wirediff.core.reading.limits import Budget, check_cancel, over_cap
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.pages import DIGITS, PAGE_NUMBER, furniture, running_lines
from wirediff.core.reading.pdf_lines import (
    CELL_MARK,
    DIGIT_WIDTH,
    Piece,
    Place,
    cells_as_rows,
    page_lines,
    without_line_numbers,
)
from wirediff.core.reading.tables import CELL_JOIN
from wirediff.core.reading.visual_order import TURNED, reads_backwards

_TEXT_LAYER = "pdf text layer"  # how a PDF's text is read, as Document.encoding says it
_LOCKED_HINT = "open it in a PDF viewer and save a copy without protection"
_HINT = "open it in a PDF viewer and save or export it again, or save its text as .txt"
# pypdf reports every recoverable oddity of a damaged file through logging; they would
# flood the app's log for files that read fine.
logging.getLogger("pypdf").setLevel(logging.ERROR)

if TYPE_CHECKING:
    from collections.abc import Callable

    from pypdf import DocumentInformation, PageObject, PdfReader


# The drawing instructions of one page whose text is read at most: pypdf reads them at a few
# hundred KB a second (one page of 200,000 lines took 23 s; a 72 KB file whose pages each
# inflate to 70 MB, minutes). A page with more is a drawing (a map, a chart): its text is
# not read, and the text says so where it would have been.
PAGE_MAX_CONTENT = 2 * 1024 * 1024
# What a page not read says in the text, the same wherever it is: with its number and size
# in it, two drafts differing only in where a drawing's page sat had a changed row and
# "figures changed: 1 → 2".
DRAWING = "[a page not read: more than 2 MB of drawing instructions, a drawing?]"
# ... and what a page that shows an image and no text says, among pages with text (a
# signed or scanned annex vanished without a word; a PDF all of such pages is refused as
# "no text layer (scanned PDF?)")
SCANNED = "[a page with no text: an image only, a scanned page?]"


def _page_texts(
    path: Path, reader: PdfReader, options: ReaderOptions
) -> tuple[list[tuple[str, bool]], bool, list[str]]:
    """The text of each page and whether its last paragraph is open (``_reflowed``),
    stopping at the caps, whether a page's right-to-left text was put back in reading
    order, and the footnotes (``_footnotes``); every page counts two lines (it and the
    blank line after it), empty ones too: they cost extraction time. The pages' drawing
    instructions count against ``max_unpacked``, and a page that draws what another drew
    (the same instructions with the same resources) has its text without reading them again (5,000
    pages sharing one stream of a megabyte took 85 minutes)."""
    budget = Budget(path, options)
    laid: list[tuple[str, list[Place], bool] | str] = []  # each page's lines, or what it says
    # a drawing's lines (and whether they were turned around), or its size when not read
    drawn: dict[object, tuple[str, list[Place], bool] | int] = {}
    content = read = 0
    turned = False
    scanned: list[int] = []  # the pages showing an image and no text
    for page in reader.pages:
        check_cancel(options)
        key = _drawing(page)
        known = drawn.get(key) if key is not None else None
        if known is None:
            size = _content_size(page)
            content += size
            if content > options.max_unpacked:
                what = "bytes of page drawing instructions once unpacked"
                raise over_cap(path, what, options.max_unpacked, "max_unpacked")
            known = size if size > PAGE_MAX_CONTENT else _page_text(page)
            if key is not None:
                drawn[key] = known
        if isinstance(known, int):
            text = DRAWING
            laid.append(text)
        else:
            (text, _, backwards), read = known, read + 1
            turned = turned or backwards
            if not text.strip() and _shows_image(page):
                scanned.append(len(laid))
            laid.append(known)
        budget.add(text)
        budget.add_lines(2)
    if laid and not read:
        reason = f"too large: every page holds more than {PAGE_MAX_CONTENT >> 20} MB of drawing"
        raise ReadError(path, reason + " instructions (a drawing?)", _HINT, TOO_LARGE)
    read_pages = [entry for entry in laid if not isinstance(entry, str)]
    running = running_lines([_plain_lines(entry[0], entry[1]) for entry in read_pages])
    # a page's text and whether its last paragraph runs on, by its lines' id (pages drawing
    # one drawing)
    done: dict[int, tuple[str, bool]] = {}
    pages: list[tuple[str, bool]] = []
    notes: list[list[str]] = []  # the footnotes, each its lines (``_footnotes``)
    running_on = False  # whether the last page read ended in a note
    for entry in laid:
        if not isinstance(entry, str) and id(entry) not in done:
            body, places = _without_furniture(entry[0], entry[1], running)
            body, places, running_on = _footnotes(body, places, notes, running_on)
            done[id(entry)] = _reflowed(body, places, "")
        pages.append((entry, False) if isinstance(entry, str) else done[id(entry)])
    if any(text for text, _open in pages):
        for n in scanned:
            pages[n] = SCANNED, False
    return pages, turned, [_note_text(lines) for lines in notes]


def _plain_lines(page: str, places: list[Place]) -> tuple[list[str], list[Place]]:
    """A page's lines as ``reflowed`` reads them (``_plain_line``), with their places (none
    where they do not match the lines)."""
    lines = [_plain_line(line) for line in page.split("\n")]
    return lines, places if len(places) == len(lines) else [None] * len(lines)


def _without_furniture(
    page: str, places: list[Place], running: tuple[set[str], set[str]]
) -> tuple[str, list[Place]]:
    """A page's text and its lines' places without its running head and foot and its page
    number (``pages.furniture``)."""
    lines, places = _plain_lines(page, places)
    dropped = furniture(lines, places, running)
    kept = [n for n in range(len(lines)) if n not in dropped]
    raw = page.split("\n")
    return "\n".join(raw[n] for n in kept), [places[n] for n in kept]


# A footnote's mark opening its note, as ``_marked`` reads it in the text ("2", "*"), and
# where the note's words start (Qt's writer sets a space after it, LibreOffice none: "2The")
_NOTE_OPENING = re.compile(r"(\d{1,3}|[*†‡])\s?(?=\S)")
_NOTE_MARK = re.compile(r"\[(\d{1,3}|[*†‡])\]")


def _footnotes(
    page: str, places: list[Place], notes: list[list[str]], running_on: bool
) -> tuple[str, list[Place], bool]:
    """A page's text and places without its footnotes, and whether it had any, added to
    ``notes`` (each note its
    lines, the first led by its mark in brackets, "[12] The intervener…"): the lines at the
    page's foot set smaller than most of its lines, the first opening with a mark the page's
    text refers to (``_marked``: "…a[12] whole"), each line opening with such a mark a note
    of its own, the others running on — the first too when the page before ended in a note
    (``running_on``: a long note goes on on the next page). Read where they stand, a
    judgment's notes were text in the middle of every paragraph a page cut, which was not
    joined back, and a moved note read as a change of figures ("42 → 21": a court
    reporter's walkthrough); they are read after the text, as a .docx's footnotes are."""
    lines = page.split("\n")
    if len(places) != len(lines) or not (running_on or "[" in page):
        return page, places, False
    sized = [(n, place) for n, place in enumerate(places) if place and lines[n].strip()]
    counts: dict[float, int] = {}
    for _, (_, size) in sized:
        counts[round(size, 1)] = counts.get(round(size, 1), 0) + 1
    body = max(counts, key=counts.__getitem__, default=0.0)
    foot: list[int] = []  # the lines at the foot set smaller, from the lowest up
    for n, (_, size) in sorted(sized, key=lambda held: held[1][0]):
        if not (size < body and _other_size(size, body)):
            break
        foot.append(n)
    foot.reverse()
    marks = {
        m.group(1)
        for n in set(range(len(lines))) - set(foot)
        for m in _NOTE_MARK.finditer(lines[n])
    }
    found: list[list[str]] = []
    for n in foot:
        text = _plain_line(lines[n])
        opening = _NOTE_OPENING.match(text)
        if opening and opening.group(1) in marks:
            found.append([f"[{opening.group(1)}] {text[opening.end() :]}"])
        elif found or (running_on and notes):
            found = found or [notes[-1]]
            found[-1].append(text)
        else:
            return page, places, False  # (small lines at the foot, not notes)
    if not found:
        return page, places, False
    notes += found[1:] if notes and found[0] is notes[-1] else found
    kept = [n for n in range(len(lines)) if n not in set(foot)]
    return "\n".join(lines[n] for n in kept), [places[n] for n in kept], True


def _note_text(lines: list[str]) -> str:
    """A note's lines as one paragraph, a word a line's end broke at a hyphen one again
    (``_broken_words``)."""
    broken = _broken_words("\n".join(lines))
    out = ""
    at = 0  # where the line ends, one "\n" after another
    for n, line in enumerate(lines):
        at += len(line) + 1
        out += line[:-1] + broken[at - 2] if n + 1 < len(lines) and at - 2 in broken else line + " "
    return out.rstrip(" ")


def _plain_line(line: str) -> str:
    """A line as ``reflowed`` reads it: ligatures made letters, its spaces made one, a
    table row's cells joined as every reader joins them (``cells_as_rows``)."""
    if CELL_MARK in line:
        return CELL_JOIN.join(_plain_line(cell) for cell in line.split(CELL_MARK))
    return " ".join(line.translate(_LIGATURE_TABLE).split())


def _shows_image(page: PageObject) -> bool:
    """Whether a page's resources hold an image or a form (a scan is drawn as one); False
    when they cannot be read."""
    from pypdf.errors import PyPdfError

    try:
        resources = page.get("/Resources")
        held = resources.get_object() if resources is not None else None
        xobjects = held.get("/XObject") if isinstance(held, dict) else None
        return xobjects is not None and bool(xobjects.get_object())
    except (PyPdfError, *_UNREADABLE_VALUE):
        return False


def _page_text(page: PageObject) -> tuple[str, list[Place], bool]:
    """A page's lines, each one's place (``_line_places``), and whether its right-to-left
    text was put back in reading order (``visual_order``: pypdf gave it as seen); read
    into paragraphs (``reflowed``) once every page's first line is known."""
    pieces: list[Piece] = []
    raw = page.extract_text(visitor_text=_visitor(pieces)) or ""
    if "".join(piece[0] for piece in pieces) == raw:
        pieces = _marked(without_line_numbers(pieces))
        raw = "".join(piece[0] for piece in pieces)
    if reads_backwards(raw):
        lines, places = page_lines(raw, pieces)
        return normalize_newlines("\n".join(lines)), places, True
    rows = cells_as_rows(raw, pieces)
    if rows is not None:
        return normalize_newlines("\n".join(rows[0])), rows[1], False
    return normalize_newlines(raw), _line_places(raw, pieces), False


def _drawing(page: PageObject) -> object:
    """What a page draws, as a key: its content streams and resources by their object
    numbers (a short direct resource dictionary by its text) and its rotation (which the
    text extraction reads); None when it cannot be told."""
    from pypdf.generic import ArrayObject, IndirectObject

    contents = page.get("/Contents")
    refs = list(contents) if isinstance(contents, ArrayObject) else [contents]
    numbers = [r.idnum for r in refs if isinstance(r, IndirectObject)]
    if not numbers or len(numbers) != len(refs):
        return None
    resources = page.get("/Resources")
    if isinstance(resources, IndirectObject):
        held: object = resources.idnum
    else:
        held = repr(resources)
        if len(held) > 2000:
            return None
    return tuple(numbers), held, repr(page.get("/Rotate", 0))


def _content_size(page: PageObject) -> int:
    """The bytes of a page's drawing instructions once unpacked; past pypdf's own limit
    (75 MB), more than a page's that is read (the whole file was "damaged PDF")."""
    from pypdf.errors import LimitReachedError

    try:
        contents = page.get_contents()
        return 0 if contents is None else len(contents.get_data())
    except LimitReachedError:
        return PAGE_MAX_CONTENT + 1


# Ligatures a PDF's fonts draw as one glyph ("ﬁve"): their letters, as every other format
# writes them ("five → five" read as a change, and broke a moved paragraph in pieces).
_LIGATURES = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_LIGATURE_TABLE = str.maketrans(_LIGATURES)
# A page number alone on a line: "7", "Page 7", "7 of 12", "7/12", and "- 7 -" or "– 7 –" (as
# German and legislative print write it: it was read as text, and "figures changed: 2 → 3")
_WRAPPED, _WRAPPED_LINES = 0.8, 3  # of the page's full line: a line that long ran on
_PROSE_WIDTH = 40  # characters: a page's lines narrower than that are no prose set in lines


def _visitor(pieces: list[Piece]) -> Callable[..., None]:
    """pypdf's text visitor: each piece of text it gives, with where it stands on the page
    and its font's size (pypdf's text is those pieces one after the other)."""

    def visit(text: str, cm: list[float], tm: list[float], _font: object, size: float) -> None:
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        pieces.append((text, x, y, abs(size * tm[3] * cm[3]) or abs(size)))

    return visit


# A footnote's mark: a number or a sign, set smaller than the text before it and raised
# above it (by this much of that text's size, at least and at most)
_MARK = re.compile(r"\d{1,3}|[*†‡]")
_MARK_SIZE, _MARK_RISE = 0.8, (0.1, 0.7)


def _marked(pieces: list[Piece]) -> list[Piece]:
    """``pieces`` with each footnote mark in brackets, as a .docx's reference reads
    ("2024[1]"), joined to the text before it and to the text after it at that text's
    height (Qt's writer puts the mark on a line of its own). A mark ran into a number
    before it, "20241" for 2024¹, or stood apart ("2024 1") where the .docx read
    "2024[1]". A mark raised with ``Ts`` is no mark here: pypdf gives no rise."""
    out = list(pieces)
    base: Piece | None = None  # the last piece holding a letter or digit
    at = -1  # ... its index
    for n, piece in enumerate(pieces):
        text, _, y, size = piece
        if not any(c.isalnum() for c in text):
            continue
        mark = text.strip()
        rise = 0.0 if base is None else y - base[2]
        if (
            base is not None
            and _MARK.fullmatch(mark)
            and size <= _MARK_SIZE * base[3]
            and _MARK_RISE[0] * base[3] < rise < _MARK_RISE[1] * base[3]
            and all(not out[k][0].strip() for k in range(at + 1, n))
        ):
            out[n] = (f"[{mark}]", *piece[1:])
            for k in range(at + 1, n):  # (line breaks between the text and its mark)
                out[k] = ("", *out[k][1:])
            after = next((k for k in range(n + 1, len(out)) if out[k][0].strip()), None)
            if after is not None and _level_with(out[after], base):
                for k in range(n + 1, after):
                    out[k] = ("", *out[k][1:])
                if _apart(piece, out[after], base[3]):
                    out[after] = (" " + out[after][0], *out[after][1:])
            continue  # (the text after the mark is measured against the text before it)
        base, at = piece, n
    return out


def _apart(mark: Piece, after: Piece, size: float) -> bool:
    """Whether the text ``after`` a mark stands a space apart from it (the text's ``size``)
    and does not open with one: Qt's writer draws the mark and the words after it apart,
    with no space between, and "…a[12]whole", "above.[11]The" ran together (a court
    reporter's walkthrough)."""
    end = mark[1] + DIGIT_WIDTH * mark[3] * len(mark[0].strip())
    return not after[0][:1].isspace() and after[1] - end > 0.15 * size


def _level_with(piece: Piece, other: Piece) -> bool:
    """Whether ``piece`` stands at the height of ``other`` and holds no line break."""
    return "\n" not in piece[0] and abs(piece[2] - other[2]) <= 0.3 * max(other[3], 1.0)


def _line_places(text: str, pieces: list[Piece]) -> list[Place]:
    """Each line's place in ``text`` (pypdf's text, as given): the height of its first
    piece holding a letter or digit, and the size of most of its characters (a word in
    another size opening a line, inline code, a drop cap, is not the line's); none where
    the pieces do not make the text."""
    lines = text.split("\n")
    if "".join(piece[0] for piece in pieces) != text:
        return [None] * len(lines)
    heights: list[float | None] = [None] * len(lines)
    sizes: list[dict[float, int]] = [{} for _ in lines]
    at = 0
    for piece, _, y, size in pieces:
        for n, part in enumerate(piece.split("\n")):
            at += n > 0
            letters = sum(c.isalnum() for c in part)
            if letters:
                heights[at] = y if heights[at] is None else heights[at]
                sizes[at][round(size, 1)] = sizes[at].get(round(size, 1), 0) + letters
    return [
        None if y is None else (y, max(held, key=held.__getitem__))
        for y, held in zip(heights, sizes, strict=True)
    ]


def reflowed(page: str, given: list[Place] | None = None, head: str = "") -> str:
    """A page's text layer as paragraphs (``_reflowed``)."""
    return _reflowed(page, given, head)[0]


def _reflowed(page: str, given: list[Place] | None, head: str) -> tuple[str, bool]:
    """A page's text layer as paragraphs: tabs between words made spaces, ligatures made
    letters, a page number alone on its first or last line left out, and so is the running
    head (``head``: ``_running_head``), and a page set in lines of one width (prose:
    ``_WRAPPED_LINES`` lines or more near the widest) joined into paragraphs — a line much
    shorter than the others ends one, and so does a line with a paragraph's space below it
    (``given``: each line's place on the page, from ``_line_places``; ``_spaced``), unless
    it runs on into a word in lower case (a headline on two lines), and so does a line
    ending a clause or a sentence before a line opening with a clause's label ("…are met;"
    then "(b) review…": in a bill every clause is a paragraph, and a clause whose last line
    was full ran on into the next); a word a line's end broke at a hyphen is one again
    (``_broken_words``). pypdf gives a line per printed line: every line end read as a
    paragraph of its own ("paragraphs: 19 split" against the same draft saved from Word).
    And whether the page's last paragraph is open: its last line is as wide as the page's
    prose, so the paragraph may go on on the next page (``_joined``)."""
    lines = [_plain_line(line) for line in page.split("\n")]
    places: list[Place] = [None] * len(lines)
    if given is not None and len(given) == len(lines):
        places = list(given)
    while lines and not lines[-1]:
        lines.pop()
        places.pop()
    while lines and not lines[0]:
        lines.pop(0)
        places.pop(0)
    for end in (-1, 0):
        if len(lines) > 1 and PAGE_NUMBER.fullmatch(lines[end]):
            lines.pop(end)
            places.pop(end)
    if head and len(lines) > 1 and DIGITS.sub("#", lines[0]) == head:
        lines.pop(0)
        places.pop(0)
    widths = sorted(len(line) for line in lines)
    full = widths[int(0.9 * (len(widths) - 1))] if widths else 0
    prose = full >= _PROSE_WIDTH and sum(w >= _WRAPPED * full for w in widths) >= _WRAPPED_LINES
    if not prose or "" in lines:  # (a list, a table, a page of short lines, or one whose
        return "\n".join(lines), False  # paragraphs blank lines part already: as it is)
    spaced = _spaced(places)
    broken = _broken_words("\n".join(lines))
    out: list[str] = []
    paragraph = ""
    at = 0  # where the line starts in the page's lines, one "\n" after another
    for n, line in enumerate(lines):
        at += len(line) + 1
        after = lines[n + 1] if n + 1 < len(lines) else ""
        # (a script without case runs on, but not into a line in another size set apart)
        runs_on = _runs_on(line, after) and not (n in spaced and _resized(places, n))
        clause = _CLAUSE_END.search(line) is not None and _CLAUSE_LABEL.match(after) is not None
        row = CELL_JOIN in line or CELL_JOIN in after  # (a table's row is a paragraph)
        if row or ((len(line) < _WRAPPED * full or n in spaced or clause) and not runs_on):
            out.append(paragraph + line)
            paragraph = ""
        elif at - 2 in broken:  # (the line's last character: a word's hyphen)
            paragraph += line[:-1] + broken[at - 2]
        else:
            paragraph += line + " "
    if paragraph:
        out.append(paragraph.rstrip(" "))
    return "\n\n".join(out), bool(paragraph)


def _resized(places: list[Place], n: int) -> bool:
    """Whether line ``n + 1`` is set in another size than line ``n``."""
    here, below = places[n], places[n + 1] if n + 1 < len(places) else None
    return here is not None and below is not None and _other_size(here[1], below[1])


def _other_size(above: float, size: float) -> bool:
    """Whether two lines' sizes differ (by more than a sixth or so, rounded)."""
    return abs(round(above, 1) - round(size, 1)) > 0.15 * round(size, 1)


def _broken_words(lines: str) -> dict[int, str]:
    """Where ``lines`` (lines one after another) break a word at a line's end, each hyphen's
    offset with what stands for it once the lines are joined: nothing for a syllable's
    ("seve-" then "ral" is "several"), the hyphen for a compound's the text writes whole on
    one line too ("well-" then "known" where "well-known" is written): the engine's rule for
    hard-wrapped text (``tokens.wrap_breaks``, ``tokens.compound_breaks``)."""
    from wirediff.core.tokens import compound_breaks, wrap_breaks

    breaks = wrap_breaks(lines)
    compounds = compound_breaks(lines, breaks)
    return {at: "-" if at in compounds else "" for at in breaks}


_PARAGRAPH_SPACE = 1.3  # a line this many times farther below than its kind's lines are
_RESIZED_SPACE = 1.05  # ... or this many, in another size than the line above


def _spaced(places: list[Place]) -> set[int]:
    """The lines a paragraph's space follows: the next line is farther below it than lines
    of its size usually are (the paragraph of a page set with space between paragraphs
    whose last line is as wide as the others ran on into the next), by a third, or at all
    when it is set in another size (a heading; a line of code in prose at the usual step
    is none) — or farther than the line's own size steps, too (a heading after a
    paragraph's last line, full wide: its step was weighed against the steps between
    headings, and "…welcomed the delegations. Chapter II. Matters calling for action" was
    one paragraph). None where the page gives no places, or lines move up (another
    column)."""
    steps: dict[float, list[float]] = {}
    gaps: list[tuple[int, float, float, float]] = []
    for n in range(len(places) - 1):
        here, below = places[n], places[n + 1]
        if here is None or below is None or below[0] >= here[0]:
            continue
        size, above = round(below[1], 1), round(here[1], 1)
        gaps.append((n, here[0] - below[0], above, size))
        if not _other_size(above, size):  # (a heading's step is none of the text's)
            steps.setdefault(size, []).append(here[0] - below[0])

    def usual(size: float) -> float | None:
        """The usual step of lines of ``size``: a low quantile, not the median (paragraphs
        of two lines have as many paragraph spaces as line steps: the median was one)."""
        found = sorted(steps.get(size, ()))
        return found[len(found) // 4] if found else None

    spaced = set()
    for n, gap, above, size in gaps:
        resized = _other_size(above, size)
        step, own = usual(size), usual(above) if resized else None
        limits = [(_RESIZED_SPACE if resized else _PARAGRAPH_SPACE) * step] if step else []
        limits += [_RESIZED_SPACE * own] if own else []
        if (resized and not limits) or any(gap > limit for limit in limits):
            spaced.add(n)
    return spaced


_STOPS = ".!?:;”\"’'»)…"
# A line ending a clause ("…are met;", "; and", "; or", a lead-in's ":" or "—") or a
# sentence, and a line opening with a clause's label: "(b)", "(ii)", "(2)", "(A)", "2.", "3)",
# "b)", or a note's, "[5]" (a judgment's notes, each ending a sentence, set on consecutive
# lines ran into one). Only after such an end: "see section" then "(2) of this Act" is one
# sentence, and a citation's year, "[2017] UKSC 51", is no note's mark.
_CLAUSE_END = re.compile(r"(?:[;:.—–]|;\s(?:and|or|and/or))$")
_CLAUSE_LABEL = re.compile(
    r"(?:\((?:\d{1,3}[A-Za-z]?|[a-z]{1,2}|[A-Z]|[ivxlc]{1,6}|[IVXLC]{1,6})\)"
    r"|(?:\d{1,3}|[a-z]|[ivxlc]{1,6})[.)]|[A-Z]\)|\[\d{1,3}\])\s\S"
)
# A word opening a line, as a sentence's next word (not "press@ministry.gov"), its full stop
# too ("used." on a page after "…the words": it ended no paragraph): in lower case, or of a
# script without case (Arabic) — "Глава I" is no lower case
_LOWER_WORD = re.compile(r"[^\W\d_]+(?=[\s,;:!?)]|\.(?!\w)|$)")


def _runs_on(text: str, after: str) -> bool:
    """Whether ``text``, ending in no stop, runs on into ``after``, a sentence's next word
    (``_LOWER_WORD``: a heading in Cyrillic opening with a capital ran on as lower case)."""
    word = _LOWER_WORD.match(after) if text[-1:] not in _STOPS else None
    return word is not None and not word.group(0)[0].isupper()


# A sentence's or a clause's end at a page's end, maybe in closing quotes or brackets
_SENTENCE_END = re.compile(r"[.!?…:;—–][”\"’'»)\]]*$")
_END_LOOK = 32  # characters of a text's end a sentence's end is looked for in


def _joined(pages: list[tuple[str, bool]]) -> str:
    """The pages' texts, a blank line between them; a paragraph a page break cut joined
    back — its page ending inside a sentence, the next opening in lower case, or its last
    line as wide as the page's prose (the paragraph open, ``_reflowed``) and ending no
    sentence, whatever the next opens with: a judgment's page ending "the contrast between
    section" before "9(3)", "Lady" before "Simler", "[2017]" before "UKSC 51" was a paragraph
    split at each (a legal-affairs reporter's walkthrough) —, a word it broke too
    (``_broken_words``, the two pages telling a compound)."""
    text = last = ""
    open_end = False
    for page, page_open in pages:
        if not page:
            open_end = False
            continue
        runs_on = _runs_on(text, page) or (
            # (the text's end only: searched whole, each page's text read again, a
            # 1,000-page PDF took 12 s to join — a review)
            open_end and not _SENTENCE_END.search(text[-_END_LOOK:]) and not page[:1].isspace()
        )
        open_end = page_open
        broken = _broken_words(f"{last}\n{page}").get(len(last) - 1) if runs_on else None
        if broken is not None:
            text = text[:-1] + broken + page
        else:
            text += (" " if runs_on else "\n\n" if text else "") + page
        last = page
    return text


# What reading a damaged document information value raises (with pypdf's own errors).
_UNREADABLE_VALUE = (ValueError, TypeError, LookupError, AttributeError, RecursionError)


def _metadata(reader: PdfReader) -> tuple[str, str, str]:
    """The title, author and creation day the document information gives, each "" when it
    is missing, is no text or cannot be read: a /CreationDate pypdf could not parse
    ("2021-07-26", "garbage") refused the whole PDF, and a /Title that was a dictionary
    became the title in Python's notation, "{'/Type': '/Catalog', …}"."""
    from pypdf.errors import PyPdfError

    try:
        info = reader.metadata
    except (PyPdfError, *_UNREADABLE_VALUE):
        return "", "", ""
    if info is None:
        return "", "", ""
    title, author, created = (
        _info_text(info, key) for key in ("/Title", "/Author", "/CreationDate")
    )
    return title, author, _pdf_day(created)


def _info_text(info: DocumentInformation, key: str) -> str:
    """The text string ``info`` gives for ``key``, or "" (a dictionary, a name, a number, a
    reference that leads nowhere). UTF-16 that pypdf could not decode (a lone surrogate) is
    decoded with replacement characters (pypdf left its bytes, "þÿ\x00T…")."""
    from pypdf.errors import PyPdfError
    from pypdf.generic import ByteStringObject, TextStringObject

    try:
        value = info.get(key)
        value = value.get_object() if value is not None else None
    except (PyPdfError, *_UNREADABLE_VALUE):
        return ""
    if isinstance(value, TextStringObject):
        return str(value).strip()
    if isinstance(value, ByteStringObject):
        data = bytes(value)
        for bom, codec in ((b"\xfe\xff", "utf-16-be"), (b"\xff\xfe", "utf-16-le")):
            if data.startswith(bom):
                return data[len(bom) :].decode(codec, "replace").strip()
        return data.decode("latin-1").strip()
    return ""


# A PDF date, "D:YYYYMMDDHHmmSSOHH'mm'", read to the day at least (the seconds, minutes
# and hours, then the zone, optional in turn).
_PDF_DATE = re.compile(
    r"(?:D:)?(\d{4})(\d\d)(\d\d)(?:(\d\d)(?:(\d\d)(\d\d)?)?)?"
    r"(?:[Zz](?:00'?(?:00'?)?)?|[+-](\d\d)(?:'?(\d\d)'?)?)?"
)


def _pdf_day(value: str) -> str:
    """The day a PDF date gives ("D:20210726100000+02'00'" is "2021-07-26"), or "" for one
    that is no day: pypdf fell back to shorter forms, and "D:20210230" was 2021-02-03,
    "D:20211332" 2021-01-03 — a wrong day, silently. A date written another way
    ("2021-07-26", as some generators write it) is read as a JSON record's is."""
    from datetime import date

    from wirediff.core.reading.dates import to_iso

    value = value.strip()
    match = _PDF_DATE.fullmatch(value)
    if match is None:
        return "" if value.startswith("D:") else to_iso(value)[:10]
    year, month, day, hour, minute, second, zone_hour, zone_minute = (
        int(part or 0) for part in match.groups()
    )
    if hour > 23 or minute > 59 or second > 59 or zone_hour > 23 or zone_minute > 59:
        return ""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return ""


# Glyph names for text: a font with no map to letters (a Type3 font of a TeX bitmap, some
# converters) gives pypdf "/g35/g43/g40…", which was read as the article's text, silently.
# A run of four or more (letters and a number each: a web address's "/world/europe/…" is
# none) is said once, where it stands; a PDF of nothing else has no text layer.
GLYPHS = "[text in a font that gives no letters]"
_GLYPH_NAMES = re.compile(r"(?:/[A-Za-z]{1,3}\d+){4,}(?:\s*(?:/[A-Za-z]{1,3}\d+)+)*")


def _without_glyph_names(text: str) -> tuple[str, bool]:
    """``text`` with each run of glyph names (``_GLYPH_NAMES``) made ``GLYPHS``, and
    whether there was one."""
    found = _GLYPH_NAMES.search(text) is not None
    return (_GLYPH_NAMES.sub(GLYPHS, text) if found else text), found


def read_pdf(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """The text layer of a PDF as one Document."""
    from pypdf import PdfReader  # imported only when a PDF comes
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

    if b"%PDF-" not in data[:1024]:
        raise not_its_format(path, data, "a PDF file", _HINT)
    try:
        reader = PdfReader(BytesIO(data), strict=False)
        if reader.is_encrypted and not reader.decrypt(""):
            raise ReadError(path, "password-protected PDF", _LOCKED_HINT, UNREADABLE)
        pages, turned, notes = _page_texts(path, reader, options)
        title, author, day = _metadata(reader)
    except (DependencyError, FileNotDecryptedError):  # AES needs the cryptography package
        raise ReadError(path, "encrypted PDF", _LOCKED_HINT, UNREADABLE) from None
    except NotImplementedError:  # an encryption scheme pypdf does not know
        if b"/Encrypt" not in data:
            raise
        raise ReadError(path, "encrypted PDF", _LOCKED_HINT, UNREADABLE) from None
    except (PdfReadError, PyPdfError) as exc:
        raise ReadError(path, f"damaged PDF ({str(exc)[:60]})", _HINT, MALFORMED) from None
    text, glyphs = _without_glyph_names("\n\n".join(filter(None, [_joined(pages), *notes])))
    if len(text.replace(GLYPHS, "").strip()) < options.min_chars:
        raise ReadError(
            path,
            "no text layer: its font gives glyph names, not letters"
            if glyphs
            else "no text layer (scanned PDF?)",
            "run OCR on it first (e.g. ocrmypdf), or save its text as .txt",
            LITTLE_TEXT,
        )
    return [
        Document(
            path=path,
            text=text,
            title=properties_title(title, text),
            date=day,
            encoding=_TEXT_LAYER + (f"; {TURNED}" if turned else ""),
            format="pdf",
            byline=author_byline(author),  # (as a .docx's: no login, no outlet)
        )
    ]
