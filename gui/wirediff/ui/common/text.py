"""Showing data (article text, titles, file names) where Qt might guess it is markup, and
where control or bidi characters would garble it.

Every label, list cell, status message and tooltip that shows a title, a file name or any
other text from the user's files goes through ``one_line`` or ``plain_tooltip``: a title such
as ``<img width=20000 height=20000>`` stays text, a bidi override (U+202E) shows as
``<RLO>`` instead of reversing what follows, and a megabyte-long title cannot make a label
or a tooltip lay out a megabyte.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from wirediff.core.display import (
    FSI,
    LRM,
    PDI,
    heading_parts,
    in_order,
    isolated,
    text_direction,
)
from wirediff.core.document import Document
from wirediff.core.han import fold_han
from wirediff.core.lookalikes import lookalike_words, swapped_letters
from wirediff.core.result import Comparison
from wirediff.core.textsafe import break_points, printable, with_breaks
from wirediff.core.tokens import drop_hebrew_points, has_arabic_script

TITLES_BETWEEN = "  ↔  "  # between two documents' titles on one line
LABEL_MAX = 300  # characters of data in a one-line label, list cell or status message
TOOLTIP_MAX = 2000  # characters of data in a tooltip
NOTE_LINES, NOTE_MAX = 6, 600  # of a note shown under the changes (its editor has it all)
LABEL_BREAK_EVERY = 20  # characters without a space after which a label may break the line
BREAK_EVERY = 200  # longest run of article text a pane or a cell shows without a break
BREAK = "\u200b"  # zero-width space: a line may break here, nothing is drawn
# Spaces that glue the words beside them (no break opportunity for Qt) but that Python
# counts as white space: for finding runs, they are letters.
GLUE = re.compile("[\xa0\u2007\u202f]")


_ISOLATION = dict.fromkeys(map(ord, (LRM, FSI, PDI)))  # ``flat`` drops them (an LRM is invisible)
_ISOLATION_MARKS = (LRM, FSI, PDI)
_MARKS = re.compile(f"([{LRM}{FSI}{PDI}])")


def change_line(kind: str, old: str, new: str) -> str:
    """'old → new', '+ new', '− old' or '⇄ text' (``old``, ``new`` made safe by
    ``one_line``), each side in its own direction: two Arabic sides read old → new, not
    the other way round. A paragraph break added or taken away: '+¶ words ¶ words' or
    '−¶ words ¶ words' (its old and new are ``breaks.break_quote``'s)."""
    if kind == "split":
        return in_order(["+¶", new], " ")
    if kind == "join":
        return in_order(["−¶", old], " ")
    if kind == "insert":
        return in_order(["+", new], " ")
    if kind == "delete":
        return in_order(["−", old], " ")
    if kind == "move":
        return in_order(["⇄", old or new], " ")
    if swapped := swapped_letters(old, new):  # (the same word drawn twice: say what differs)
        return f"{in_order([old, new], ' → ')} ({swapped})"
    return in_order([old, new], " → ")


def isolating_quotes(text: str, quotes: Iterable[str], limit: int = LABEL_MAX) -> str:
    """``one_line(text)`` with each of ``quotes`` it holds (a quotation as ``text`` says it,
    its marks and "…" with it) laid out in its own direction (``isolated``), for a label
    showing it with ``one_line_isolating``: a Persian or Hebrew "quotes changed: «…» →
    «…»" wrapped in a left-to-right banner drew the arrow inside a quote and the old
    quote's end after the new one's start (a re-check of a Persian desk's walkthrough).
    Each quote is made safe as ``text`` is first, so only these isolates are obeyed."""
    shown = one_line(text, limit)
    safe = sorted({one_line(q, limit) for q in quotes if q.strip()}, key=len, reverse=True)
    if not safe:
        return shown
    pattern = re.compile("|".join(map(re.escape, safe)))  # (the longest first, once each)
    return pattern.sub(lambda found: isolated(found.group()), shown)


def flat(text: str) -> str:
    """``in_order``'s text without its isolates, for a tooltip (which shows them as marks:
    the data's own were made visible marks before they were added)."""
    return text.translate(_ISOLATION)


BYLINE_MAX = 60  # characters of a byline in a pane's heading


def heading(doc: Document) -> str:
    """``doc_heading`` for a label: outlet · date · file name, each in its own direction,
    with the byline after the outlet ("by Hannah Ortiz"): a page's byline is not in its
    text, and a capture that added one showed nothing of it (a corrections researcher)."""
    parts = [one_line(part) for part in heading_parts(doc, captured=True)]
    # (not a byline that is the outlet: "PA Media · by PA Media", a walkthrough)
    if doc.byline and doc.byline.casefold() != doc.source.casefold():
        parts.insert(1 if doc.source else 0, f"by {one_line(doc.byline, BYLINE_MAX)}")
    return in_order(parts, " · ")


def _clip(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def one_line(text: str, limit: int = LABEL_MAX) -> str:
    """``text`` for a one-line label, list cell or status line: control and bidi characters
    shown as visible marks (``printable``), a line break as ␊, at most ``limit`` characters.

    Only for plain-text places (``Qt.PlainText`` labels, item views, window titles): it does
    not escape markup.
    """
    return printable(_clip(text, limit), one_line=True)


def one_line_isolating(text: str, limit: int = LABEL_MAX) -> str:
    """``one_line`` for a line that isolates the data it names (``in_order``, ``heading``:
    data made safe by ``one_line`` first): its isolation marks are kept, any other bidi or
    control character is shown as a mark (``<RLO>``)."""
    return _keeping_isolation(_clip(text, limit), one_line=True)


def _keeping_isolation(text: str, one_line: bool) -> str:
    """``printable(text)`` but for the isolation marks (LRM, FSI, PDI), which are kept."""
    return "".join(
        part if part in _ISOLATION_MARKS else printable(part, one_line=one_line)
        for part in _MARKS.split(text)
    )


def folded(text: str, limit: int = LABEL_MAX) -> str:
    """A note the user wrote, for one list cell: its white space runs as one space, then as
    ``one_line`` (their own text may hold a pasted bidi override or control character)."""
    return one_line(" ".join(text[: limit * 4].split()), limit)


def menu_text(text: str) -> str:
    """Data (a file name, an outlet) as a menu item's text: "&" is no mnemonic (Qt took
    "Tom&Jerry.txt" for "TomJerry.txt" with J as its key)."""
    return one_line(text).replace("&", "&&")


def few_lines(text: str, lines: int = NOTE_LINES, limit: int = NOTE_MAX, more: str = "") -> str:
    """The start of a long note for a word-wrapped label: at most ``lines`` lines and
    ``limit`` characters, then "…" and ``more`` (where the rest is); control and bidi
    characters as visible marks; a run of 20+ characters without a space breakable (a
    pasted URL would otherwise widen the panel to its length).

    A label lays its whole text out at every resize: a 2 MB note pasted into it froze the
    window for seconds.
    """
    head = text if len(text) <= limit else text[:limit]
    kept = head.split("\n")[:lines]
    clipped = "\n".join(kept)
    if len(clipped) < len(text):
        clipped = clipped.rstrip() + "…" + (f" {more}" if more else "")
    return breakable(printable(clipped), LABEL_BREAK_EVERY)


def note_after(label: str, note: str, more: str) -> str:
    """``label`` then the start of ``note`` (``few_lines``), a right-to-left one isolated,
    in its own direction, then ``more`` if it was cut: an Urdu note ending "(APP)۔" after
    "✎ Change 7: " took the line's left-to-right direction and read "(APP)۔" first."""
    if text_direction(note[:NOTE_MAX]) != "rtl":  # (what is shown; nothing to isolate)
        return few_lines(label + note, more=more)
    cut = len(note) > NOTE_MAX or note.count("\n") >= NOTE_LINES  # (as ``few_lines`` cuts)
    return f"{label}{isolated(few_lines(note))}" + (f" {more}" if cut and more else "")


def breakable(text: str, every: int = BREAK_EVERY) -> str:
    """``text`` with a zero-width space in every run of ``every`` characters without a
    break opportunity (``textsafe.break_points``): Qt's line breaking is quadratic in such
    a run. For text whose offsets map back nowhere (``diff.offsets`` maps the panes')."""
    return with_breaks(text, break_points(GLUE.sub("x", text), every), BREAK)


def plain_tooltip(text: str, isolating: bool = False) -> str:
    """A tooltip that shows ``text`` literally.

    Qt renders a tooltip as rich text when it merely looks like HTML, so a title such as
    ``<b>Breaking</b>`` would be interpreted; an escaped rich-text paragraph never is.
    Control and bidi characters are shown as visible marks, line breaks kept.

    ``isolating``: ``text`` isolates the data it names (``in_order``, ``isolated``, each
    piece made safe by ``one_line`` or ``printable`` first), and the tooltip keeps those
    isolates, in a left-to-right paragraph: it reads in the order the line it explains does.
    Shown as marks ("<FSI>1. APP · …<PDI>") or left out, two Urdu titles' "A ↔ B" read
    "B ↔ A", and an Urdu change's "old → new" pointed back at the old words.
    """
    clipped = _clip(text, TOOLTIP_MAX)
    shown = html.escape(_keeping_isolation(clipped, False) if isolating else printable(clipped))
    if isolating:
        return "<p dir='ltr' style='white-space:pre-wrap'>" + shown.replace("\n", "<br>") + "</p>"
    # A paragraph a line, each in its own direction: under an Arabic title, in one
    # paragraph, a file's path read "tmp/news//" (an Arabic media monitor's walkthrough);
    # a blank line is a line's worth of room above the next.
    out: list[str] = []
    gap = False
    for line in shown.split("\n"):
        if not line:
            gap = True
            continue
        above = "margin-top:1em;" if gap and out else ""
        out.append(f"<p style='white-space:pre-wrap;margin:0;{above}'>{line}</p>")
        gap = False
    return "".join(out)


def names(items: Sequence[str], shown: int = 3) -> str:
    """``a.txt, b.txt and 8 more``: what a message says about many files, one line."""
    head = ", ".join(one_line(name, 80) for name in items[:shown])
    more = len(items) - shown
    return f"{head} and {more:,} more" if more > 0 else head


def path_in(path: Path, opened: Sequence[Path | str]) -> str:
    """How a message names ``path``, met reading ``opened``: by its path in the folder
    opened ("y2023/m01", "sub/up": "m01" was one of four folders of that name, and
    ``wirediff stories .`` said "sub/up" where the app said "up"), from the parent of the
    path opened when several were opened together ("news/y2023/m01"); a folder or file
    opened by its name; anything else by its whole path."""
    tops = sorted((Path(top) for top in opened), key=lambda top: -len(top.parts))
    for top in tops:
        if path == top or path.is_relative_to(top):
            base = top if len(tops) == 1 and path != top else top.parent
            shown = path.relative_to(base).as_posix()
            return shown if shown != "." else str(path)
    return str(path)


def folder_gone(name: str) -> str:
    """The open folder ``name`` is nowhere to be found (the change bar; F5 on it)."""
    return f"The folder “{name}” is gone (moved or deleted)"


def folder_unreadable(name: str, why: str) -> str:
    """The open folder ``name`` is there but cannot be listed (the change bar; F5 on it)."""
    return f"The folder “{name}” cannot be read ({why})"


def folders_unreadable(found: Mapping[Path, str], opened: Sequence[Path | str] = ()) -> str:
    """Folders that can no longer be read, each with why (the change bar), named by their
    paths in the folders ``opened`` (``path_in``)."""
    whys = ", ".join(sorted(set(found.values())))
    if len(found) == 1:
        ((folder, why),) = found.items()
        return folder_unreadable(_named(folder, opened), why)
    said = [_named(folder, opened) for folder in found]
    return f"{len(found):,} folders cannot be read ({whys}): {names(said)}"


def _named(folder: Path, opened: Sequence[Path | str]) -> str:
    return path_in(folder, opened) if opened else folder.name or str(folder)


def qt_length(text: str) -> int:
    """How many UTF-16 units Qt counts in ``text`` (a character outside the Basic
    Multilingual Plane, most emoji, takes two): the length of a run Qt is given whole."""
    return len(text.encode("utf-16-le")) // 2


def no_changes(comparison: Comparison) -> str:
    """What to say when a comparison found no change ("" when it found some): the texts are
    the same, or differ only in white space, or only in what the compare options ignore."""
    if comparison.changes:
        return ""
    left, right = comparison.left_text, comparison.right_text
    if left == right:
        return "The two texts are identical"
    if "".join(left.split()) == "".join(right.split()):  # ("116رنز" is "116 رنز")
        return "No changes: the texts differ only in white space (spaces, line breaks)"
    if _visible_words(left) == _visible_words(right):
        return (
            "No changes: the texts differ only in characters that do not show (a soft "
            "hyphen, a zero-width joiner) or in how accented letters are encoded"
        )
    options = comparison.options
    ignored = options.ignored(
        "ignore_case", "ignore_punctuation", "fold_typography", "ignore_numbering", "ignore_fillers"
    )
    menu = f"what the Compare menu ignores ({', '.join(ignored)})" if ignored else ""
    arabic = ""
    if options.fold_arabic_letters and has_arabic_script(left):
        arabic = "Arabic letter variants"
    elif options.fold_arabic_letters and (
        drop_hebrew_points(left) != left or drop_hebrew_points(right) != right
    ):
        arabic = "Hebrew points (niqqud)"
    yo = "ё and е" if options.fold_yo and ("ё" in left + right or "Ё" in left + right) else ""
    if options.fold_eszett and ("ß" in left + right or "ẞ" in left + right):
        yo = " or ".join(w for w in (yo, "ß and ss") if w)
    han = ""
    if options.fold_han and (fold_han(left) != left or fold_han(right) != right):
        han = "traditional and simplified Chinese characters"
    looks = ""
    if options.fold_lookalikes and (lookalike_words(left) or lookalike_words(right)):
        looks = "Latin and Cyrillic letters that look alike"
    said = " or ".join(w for w in (menu, arabic, yo, han, looks) if w)
    return "No changes: the texts differ only in " + said


def _visible_words(text: str) -> list[str]:
    """``text``'s words as drawn: accents composed (NFC), format characters left out."""
    text = unicodedata.normalize("NFC", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf").split()


def shared_start(texts: Sequence[str]) -> str:
    """The characters every one of ``texts`` starts with (not ending before a combining
    mark: "cafe" of "café" written decomposed)."""
    first, last = min(texts), max(texts)  # (what the first and the last share, all do)
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    while 0 < n < len(first) and unicodedata.combining(first[n]):
        n -= 1
    return first[:n]


def files_read(done: int, total: int) -> str:
    """How far a load is, as the window's centre and its status bar both say it: "580 of
    19,991 files read" (the status bar said "Reading 580/19991 files…" beside it)."""
    return f"{done:,} of {total:,} file{'s' if total != 1 else ''} read"
