"""What a printed page adds to a text: its number, and a line it repeats on every page.

A PDF's text layer gives them (``pdf.py``), and so does a text a PDF was converted to
(pdftotext and its kind part the pages with a form feed): "Page 3 of 12" and the title
repeated at each page's foot were read as text, and a draft that gained a sentence on its
first page had "figures changed: 3 → 4 (×2)" from its footers (a fuzzer).
"""

from __future__ import annotations

import re

# A page's number alone on its line: "7", "Page 7", "7 of 12", "7/12", "- 7 -", "– 7 –", in
# other languages too ("Seite 7 von 12", "Страница 7 из 12", "صفحه ۷ از ۱۲")
PAGE_NUMBER = re.compile(
    r"(?:(?:page|seite|página|pagina|страница|стр\.|صفحه)\s+)?\d{1,4}"
    r"(?:\s*(?:/|of|von|de|di|из|از)\s*\d{1,4})?|([-–—])\s?\d{1,4}\s?\1",
    re.IGNORECASE,
)
DIGITS = re.compile(r"\d+")  # (a running head's page number or date: "#")
FORM_FEED = "\f"


def running_line(lines: list[str]) -> str:
    """The line most pages repeat at one place (``lines``: each page's, "" for none), its
    digits as ``#``: of 3 pages at least, or of both of two ("DAILY MERIDIAN - 5 MARCH 2026",
    "Page 3 - Annual report"); "" when there is none."""
    counts: dict[str, int] = {}
    for line in lines:
        if line:
            shape = DIGITS.sub("#", line)
            counts[shape] = counts.get(shape, 0) + 1
    if not counts:
        return ""
    shape = max(counts, key=counts.__getitem__)
    held = counts[shape]
    return shape if (held >= 3 and 2 * held > len(lines)) or held == len(lines) == 2 else ""


# A line's place on a PDF's page: its height and its font's size (``pdf_lines.Place``)
Place = tuple[float, float] | None
EDGE_LEVELS = 2  # the heights at a page's top, and at its foot, a running line is looked for at


def edges(lines: list[str], places: list[Place]) -> tuple[list[list[int]], list[list[int]]]:
    """The lines at a page's top and at its foot (``lines``, each line's text, and their
    ``places``), each as levels — the indexes of the lines at one height — the outermost
    first, ``EDGE_LEVELS`` of each: by their heights when every line holding text has one
    (a PDF writer draws a running foot where it likes, before the body as well as after:
    read as the page's last line only, a judgment's foot drawn first was its second line),
    else the first and the last lines, one a level."""
    held = [n for n, line in enumerate(lines) if line.strip()]
    if len(places) != len(lines) or any(places[n] is None for n in held):
        return [[n] for n in held[:EDGE_LEVELS]], [[n] for n in held[::-1][:EDGE_LEVELS]]
    levels: list[list[int]] = []
    last = 0.0
    for n in sorted(held, key=lambda n: -_height(places[n])):
        place = places[n]
        if levels and place is not None and abs(last - place[0]) <= 0.3 * max(place[1], 1.0):
            levels[-1].append(n)
        else:
            levels.append([n])
            last = _height(place)
    return levels[:EDGE_LEVELS], levels[::-1][:EDGE_LEVELS]


def _height(place: Place) -> float:
    return place[0] if place is not None else 0.0


def running_lines(pages: list[tuple[list[str], list[Place]]]) -> tuple[set[str], set[str]]:
    """The lines most pages repeat at their top, and at their foot (``pages``: each page's
    lines and places, ``edges``), their digits as ``#``: of 3 pages at least, or of both of
    two, as ``running_line`` tells them."""
    tops: list[set[str]] = []
    feet: list[set[str]] = []
    for lines, places in pages:
        top, foot = edges(lines, places)
        tops.append({_shape(lines[n], places[n]) for level in top for n in level})
        feet.append({_shape(lines[n], places[n]) for level in foot for n in level})
    return _repeated(tops), _repeated(feet)


def _shape(line: str, place: Place) -> str:
    """A line's text, its digits as ``#``, and the height it stands at, to the point (a
    running line stands at one height on every page; a note's last line at the foot of
    every page, "…which the court rejected.", was no running foot)."""
    shape = DIGITS.sub("#", " ".join(line.split()))
    return shape if place is None or not shape else f"{shape} @{round(place[0])}"


def _repeated(pages: list[set[str]]) -> set[str]:
    """The shapes more than half of ``pages`` hold, 3 at least, or both of two."""
    counts: dict[str, int] = {}
    for shapes in pages:
        for shape in shapes - {""}:
            counts[shape] = counts.get(shape, 0) + 1
    total = len(pages)
    return {
        shape
        for shape, held in counts.items()
        if (held >= 3 and 2 * held > total) or held == total == 2
    }


def furniture(
    lines: list[str], places: list[Place], running: tuple[set[str], set[str]]
) -> set[int]:
    """The indexes of a page's lines that are its furniture: at its top and at its foot
    (``edges``), outermost first, each level whose lines are all running lines
    (``running_lines``) or page numbers alone, up to the first level that holds text. A
    judgment's running foot, "Handed down 2 June 2023" beside "Page 7 of 51", was read as
    text at every page break, between a paragraph's halves: they were not joined back,
    nor a word hyphenated across the page, "statut- Handed down 2 June 2023 ory" (a court
    reporter's walkthrough)."""
    out: set[int] = set()
    for levels, shapes in zip(edges(lines, places), running, strict=True):
        for level in levels:
            if len(out) + len(level) >= sum(bool(line.strip()) for line in lines):
                break  # (a page is never all furniture)
            if not all(
                _shape(lines[n], places[n]) in shapes or PAGE_NUMBER.fullmatch(lines[n].strip())
                for n in level
            ):
                break
            out.update(level)
    return out


def without_page_furniture(text: str) -> str:
    """A text parted in pages by form feeds without the page numbers alone on a page's first
    or last lines, nor the line most pages repeat first or last (a running head or foot);
    the pages still parted by form feeds (which end a paragraph: ``normalize_newlines``)."""
    pages = [page.strip("\n").split("\n") for page in text.split(FORM_FEED)]
    for lines in pages:
        for end in (-1, 0):
            while lines and not lines[end].strip():
                lines.pop(end)
            if len(lines) > 1 and PAGE_NUMBER.fullmatch(lines[end].strip()):
                lines.pop(end)
    for end in (0, -1):
        shape = running_line([" ".join(lines[end].split()) if lines else "" for lines in pages])
        if not shape:
            continue
        for lines in pages:
            if len(lines) > 1 and DIGITS.sub("#", " ".join(lines[end].split())) == shape:
                lines.pop(end)
    return FORM_FEED.join("\n".join(lines) for lines in pages if lines)
