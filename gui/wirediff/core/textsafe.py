"""Text from strangers made safe to show: controls, bidi overrides, lone surrogates, formulas,
and break opportunities in very long tokens.

Titles, file names and article text come from other people's files. On a terminal, ESC, OSC
and BEL sequences recolour or rewrite the screen, set the window title or ring the bell; bidi
overrides (U+202E) make text read differently from what it is ("Trojan Source"); a file name
that is not valid UTF-8 reaches Python as lone surrogates that no strict encoder takes; a CSV
cell starting with ``=`` is a formula to a spreadsheet. So every text output and every message
goes through ``printable``, every CSV through ``csv_table`` (each cell through ``csv_cell``);
the Qt layer uses ``mask_controls`` (same length, so engine offsets stay valid) and
``break_points``.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import pairwise

# The explicit bidi embeddings, overrides and isolates: they reorder the text that follows.
# The marks (LRM, RLM, ALM) are left alone: RTL text uses them legitimately and they move
# no text of their own.
BIDI_CONTROLS = {
    "\u202a": "LRE",
    "\u202b": "RLE",
    "\u202c": "PDF",
    "\u202d": "LRO",
    "\u202e": "RLO",
    "\u2066": "LRI",
    "\u2067": "RLI",
    "\u2068": "FSI",
    "\u2069": "PDI",
}
# C0 controls but tab (which becomes a space) and newline; DEL and C1; bidi; lone surrogates.
_OTHERS = f"\x00-\x08\x0b-\x1f\x7f-\x9f{''.join(BIDI_CONTROLS)}\ud800-\udfff"


@functools.cache
def _unsafe() -> re.Pattern[str]:
    """The unsafe characters but newline, compiled when a text first holds a character that
    ``str.isprintable`` refuses (most of a millisecond of a start otherwise)."""
    return re.compile(f"[{_OTHERS}]")


_TAB = str.maketrans("\t", " ")
# Spreadsheets run a cell starting with these as a formula (=HYPERLINK(...), +cmd|...).
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
CSV_BOM = "\ufeff"


@functools.cache
def _formula_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A formula character after leading spaces or quotes; and inside a cell (after
    ``printable``: no carriage return is left), a separator (a tab too) or a line break and
    any spaces or quotes before one, where a spreadsheet splitting there would start a cell
    with the formula. Compiled when a CSV is first written."""
    return re.compile(r'[\s"]*[=+\-@]'), re.compile(r'([,;\n\t][\s"]*)(?=[=+\-@])')


def _shown(char: str) -> str:
    """How one unsafe character is printed: a control picture, ``<RLO>``, or a byte escape."""
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)  # ␀ … ␟ (␛ for ESC, ␇ for BEL, ␊ for a newline)
    if code == 0x7F:
        return "\u2421"  # ␡
    if char in BIDI_CONTROLS:
        return f"<{BIDI_CONTROLS[char]}>"
    if 0xDC80 <= code <= 0xDCFF:  # a byte of a file name that was not UTF-8 (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return "\ufffd"  # a C1 control (U+0080-U+009F): CSI, OSC and ST in 8-bit form


def printable(text: str, *, one_line: bool = False) -> str:
    """``text`` safe for a terminal, a log line or a message.

    Control characters become visible pictures (ESC → ␛), tabs spaces, bidi controls a
    visible ``<RLO>``, lone surrogates ``\\xNN`` (the byte of a file name that was not
    UTF-8) or ``\\uXXXX``. Newlines are kept unless ``one_line`` (then ␊), so a file name
    cannot forge a line of output. The result encodes in UTF-8 without error.
    """
    if "\t" in text:
        text = text.translate(_TAB)
    if one_line and "\n" in text:
        text = text.replace("\n", _shown("\n"))
    # Every unsafe character (a control, a bidi format character, a surrogate) is one that
    # str.isprintable refuses: text it accepts, newlines aside, has nothing to show.
    if text.replace("\n", "").isprintable():
        return text
    return _unsafe().sub(lambda m: _shown(m.group()), text)


def utf8_safe(text: str) -> str:
    """``text`` as strict UTF-8 (SQLite, Parquet) can hold it: a lone surrogate (a byte of
    a file name that is not UTF-8, kept by ``surrogateescape``; a ``\\ud800`` escape in
    JSON) written as its escape, ``b\\udcff.txt``, as JSON shows it; other text as it is.
    The same text is always escaped the same way, so a lookup finds what was stored."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def mask_controls(text: str) -> str:
    """``text`` with each unsafe character replaced by one visible character, newlines and
    tabs kept: a same-length copy for views whose positions must match the engine's offsets.

    C0 controls become control pictures (␛), DEL ␡, C1 controls, bidi controls and lone
    surrogates U+FFFD; ``control_name`` says what was there (for a tooltip).
    """
    pattern = _unsafe()
    if pattern.search(text) is None:
        return text
    return pattern.sub(lambda m: _masked(m.group()), text)


def _masked(char: str) -> str:
    code = ord(char)
    if code < 0x20:
        return chr(0x2400 + code)
    return "\u2421" if code == 0x7F else "\ufffd"


def control_name(char: str) -> str:
    """What an unsafe character is, for a tooltip: "RLO (U+202E)", "control (U+001B)";
    "" for any other character."""
    if len(char) != 1 or _unsafe().match(char) is None:
        return ""
    kind = BIDI_CONTROLS.get(char, "lone surrogate" if 0xD800 <= ord(char) <= 0xDFFF else "")
    return f"{kind or 'control'} (U+{ord(char):04X})"


def csv_cell(value: object) -> object:
    """A CSV cell a spreadsheet will not run, whatever separator it splits the file on.

    Text starting (after any spaces or quotes) with ``= + - @``, a tab or a carriage return
    gets a leading apostrophe. Inside the text, a ``'`` goes before a formula character that
    follows a ``,``, a ``;`` or a line break (and any spaces or quotes): a spreadsheet that
    splits on another separator than the file's, or that loses track of the quotes (a quote
    in the middle of an unquoted field is a plain character to Excel and LibreOffice), would
    make what follows a cell of its own. Control characters are shown as in ``printable``
    (newlines kept: the CSV writer quotes them), but for tabs, kept as they are in the quoted
    cell, a tab splitting spreadsheet's separator like the others: a file name's tab became
    a space, and its ``path`` named no file (a fact-checker's walkthrough). Numbers pass
    unchanged.

    A cell is marked even where only Excel would run it: Excel reads a cell starting with
    ``-`` or ``+`` as a formula whatever follows (``-dash-start.txt`` shows ``#NAME?``, and
    ``-2+3+cmd|…`` runs), and OWASP's advice on CSV injection is to mark every such cell.
    A script that needs the exact name reads it from the JSON."""
    if not isinstance(value, str):
        return value
    # Checked before the filter turns a tab into a space, and past leading white space and
    # quotes, which some spreadsheets trim (or drop, as quoting) before they look for a formula.
    leading, separated = _formula_patterns()
    risky = value.startswith(_FORMULA_START) or leading.match(value) is not None
    shown = "\t".join(map(printable, value.split("\t"))) if "\t" in value else printable(value)
    value = separated.sub(r"\1'", shown)
    return "'" + value if risky else value


def csv_table(rows: Iterable[Iterable[object]], *, bom: bool = False) -> str:
    """``rows`` as CSV text, every cell through ``csv_cell`` and in quotes (so a ``;`` or
    a tab in a cell stays in it for a spreadsheet splitting on those), lines ended by CRLF
    (RFC 4180). ``bom``: start with a byte order mark (U+FEFF), which Excel needs to read
    the file as UTF-8 rather than in the system's code page: for a file, not a pipe."""
    import csv  # not at start-up: ``compare`` never writes CSV
    import io

    out = io.StringIO()
    if bom:
        out.write(CSV_BOM)
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\r\n")
    writer.writerows([csv_cell(cell) for cell in row] for row in rows)
    return out.getvalue()


def break_points(text: str, every: int = 200) -> list[int]:
    """Positions where a view may break runs of more than ``every`` non-space characters
    (a 1 MB "word" of a hostile file, a long URL), one every ``every`` characters.

    Text layout looks for break opportunities and has none in such a run: Qt spends minutes
    laying out a megabyte-long word. A view inserts a zero-width space (or a line break) at
    each position, and maps engine offsets with ``view_offset``. Linear in ``len(text)``.
    """
    if every < 1:
        raise ValueError("every must be at least 1")
    points: list[int] = []
    for run in re.finditer(rf"\S{{{every + 1},}}", text):
        points.extend(range(run.start() + every, run.end(), every))
    return points


def view_offset(points: Sequence[int], offset: int) -> int:
    """Where ``offset`` of the text lands once a character is inserted before each of
    ``points`` (sorted, as from ``break_points``)."""
    return offset + bisect_right(points, offset)


def with_breaks(text: str, points: Sequence[int], mark: str = "\u200b") -> str:
    """``text`` with ``mark`` (a zero-width space) inserted before each of ``points``."""
    if not points:
        return text
    bounds = [0, *points, len(text)]
    return mark.join(text[a:b] for a, b in pairwise(bounds))
