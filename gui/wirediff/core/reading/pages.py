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
