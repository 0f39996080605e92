"""Side-by-side comparison for a terminal: wrapped columns, row markers, word markers.

Deleted words read ``[-like this-]``, inserted ``{+like this+}``; a replacement shows the old
words on the left and the new on the right. The gutter marks each row: ``=`` equal, ``~``
changed, ``-`` deleted, ``+`` inserted, ``>``/``<`` a unit moved away / moved here. Lines
wrap at spaces, and Chinese and Japanese text between characters where its line-breaking
rules allow (``_BREAK_AT``), with no space added. With
``color=True`` ANSI colours (and bold/underline, for colour-blind readers) are added. Text
from the files goes through ``printable``: no control or bidi character reaches the terminal.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from itertools import zip_longest

from wirediff.core.breaks import break_counts
from wirediff.core.counts import in_passages, percent
from wirediff.core.lookalikes import lookalikes_said
from wirediff.core.quoting import figures_said
from wirediff.core.renames import name_changes, names_said
from wirediff.core.report.pieces import row_pieces
from wirediff.core.requotes import quote_changes, quotes_said
from wirediff.core.result import Comparison, OpKind, Row, RowKind
from wirediff.core.scripts import languages_apart
from wirediff.core.textsafe import printable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Container, Iterable

    from wirediff.core.result import Side

_GUTTER = {
    RowKind.EQUAL: "=",
    RowKind.CHANGED: "~",
    RowKind.DELETED: "-",
    RowKind.INSERTED: "+",
}
_PLAIN = {OpKind.DELETE: ("[-", "-]"), OpKind.INSERT: ("{+", "+}")}
_ANSI = {
    OpKind.DELETE: ("\x1b[9;31m", "\x1b[0m"),  # strike-through, red
    OpKind.INSERT: ("\x1b[4;34m", "\x1b[0m"),  # underline, blue
    OpKind.REPLACE: ("\x1b[1;35m", "\x1b[0m"),  # bold, magenta
}


_BREAK = ("", -1)  # a line break inside a row
_JOIN = ("", -2)  # the next word follows with no space between; a line may end before it
_RESET = "\x1b[0m"


# Characters that take no column: combining marks (Thai and Indic vowel signs, the
# Devanagari anusvara and virama, accents), enclosing marks (a keycap), format characters
# (ZWJ, ZWNJ, the soft hyphen, the tags of a subdivision flag), variation selectors.
_ZERO_WIDTH = frozenset(("Mn", "Me", "Cf"))
_VS16 = "\ufe0f"  # emoji presentation: the character before it is drawn as an emoji, two wide
_ZWJ = "\u200d"


def _widths(text: str) -> list[tuple[int, bool]]:
    """Per character of ``text``: the terminal columns it adds (as wcwidth counts them),
    and whether it starts a new character cell (a line may be cut before it).

    Wide (CJK, emoji) characters take two columns, others one; marks, format characters
    and Hangul's joined vowels and final consonants none; a skin tone after an emoji
    none; VS16 makes a character one column wide two (❤️, a keycap). An emoji after a ZWJ
    takes its two columns (as terminals that count each code point draw it) but does not
    start a cell."""
    out: list[tuple[int, bool]] = []
    last = 0  # columns of the last character that took any
    joined = False  # the character before was a ZWJ
    for c in text:
        if c == _VS16:
            out.append((1, False) if last == 1 else (0, False))
            last = 2
        elif (
            unicodedata.category(c) in _ZERO_WIDTH
            or "\u1160" <= c <= "\u11ff"  # Hangul jamo: a vowel or final joined to a syllable
            or ("\U0001f3fb" <= c <= "\U0001f3ff" and last == 2)  # a skin tone
        ):
            out.append((0, False))
        else:
            last = 2 if unicodedata.east_asian_width(c) in "WF" else 1
            out.append((last, not joined))
        joined = c == _ZWJ
    return out


def text_columns(text: str) -> int:
    """Terminal columns ``text`` takes (``_widths``)."""
    if text.isascii():
        return len(text)
    return sum(w for w, _ in _widths(text))


def _split_cols(text: str, width: int) -> list[str]:
    """``text`` cut into pieces of at most ``width`` columns (for words longer than a line),
    each cut before a character that starts a cell (a mark stays with its letter)."""
    pieces, piece, used = [], "", 0
    for c, (w, starts) in zip(text, _widths(text), strict=True):
        if piece and starts and used + w > width:
            pieces.append(piece)
            piece, used = "", 0
        piece += c
        used += w
    return [*pieces, piece] if piece else pieces


def _words(
    result: Comparison, row: Row, side: Side, color: bool, col: int
) -> list[tuple[str, int]]:
    """The row side as (styled word, columns) chunks, glued where no space was."""
    pieces = []
    for piece in row_pieces(result, row, side):
        kind = piece.kind
        if kind is OpKind.REPLACE and not color:
            kind = OpKind.DELETE if side == "left" else OpKind.INSERT
        pieces.append((piece.text, kind))
    return styled_words(pieces, color, col)


def styled_words(
    pieces: Iterable[tuple[str, OpKind]], color: bool, col: int
) -> list[tuple[str, int]]:
    """Text pieces with their operation as (styled word, columns) chunks for ``wrap``,
    glued where no space was; a line break in a piece is a ``_BREAK``. Without ``color``
    a REPLACE piece reads as inserted (``{+…+}``).

    Text written without spaces (Chinese, Japanese) is cut into pieces a line may end
    between (``_unspaced``): they follow each other after a ``_JOIN``, so that a line
    breaks there with no space added, and a change inside a sentence does not end its
    line."""
    words: list[tuple[str, int]] = []
    glue = False  # the next chunk continues the previous word (no white space between)
    last = ""  # the last character of the previous word
    for text, kind in pieces:
        if kind is OpKind.REPLACE and not color:
            kind = OpKind.INSERT
        start, end = ("", "") if kind is OpKind.EQUAL else (_ANSI if color else _PLAIN)[kind]
        marks = 0 if color else len(start) + len(end)
        for li, line in enumerate(printable(text).split("\n")):
            if li:
                words.append(_BREAK)
                glue = False
            chunks = _chunks(line)
            if not chunks:
                glue = glue and not line
                continue
            glue = glue and not line[0].isspace()
            if line.isascii() or not _UNSPACED.search(line):
                parts, joins, columns = chunks, None, text_columns
            else:
                parts, joins = _unspaced(chunks)
                columns = _part_columns
            for i, part in enumerate(parts):
                open_, close = (start if i == 0 else ""), (end if i == len(parts) - 1 else "")
                if color and start:
                    open_, close = start, end
                width = columns(part) + (0 if color else len(open_) + len(close))
                if joins and joins[i]:  # a line may end before it, with no space
                    words.append(_JOIN)
                elif i == 0 and glue and words and words[-1] is not _BREAK:
                    prev, w = words[-1]
                    if w + width <= col and not _may_break(last, part[0]):
                        words[-1] = (prev + open_ + part + close, w + width)
                        continue
                    words.append(_JOIN)
                if width <= col:
                    words.append((open_ + part + close, width))
                else:  # longer than a line (a URL): cut it, each piece on a line of its own
                    for k, cut in enumerate(_split_cols(part, max(1, col - marks))):
                        if k:
                            words.append(_BREAK)
                        opens = start if color or k == 0 else ""
                        # (the marks each piece carries counted: all of them counted on every
                        # piece pushed the column's bar two columns right, "[-constitutiona")
                        shown = text_columns(cut) + (0 if color else len(opens))
                        words.append((opens + cut + (end if color else ""), shown))
                    if not color:
                        words[-1] = (words[-1][0] + close, words[-1][1] + len(close))
            last = parts[-1][-1]
            glue = not line[-1].isspace()
    return words


# Scripts written without spaces between words: a line may end between two of their
# characters (Han ideographs, kana, their punctuation), and between one of them and a
# character of another script, but not inside a run of others (a figure, a Latin name)
_SOLID = (
    "\u3001-\u303f\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
    "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff9f\U00020000-\U0003ffff"
)
# Never at a line's start: closing punctuation, small kana, the long vowel and iteration
# marks, a sign written after a figure, a mark that joins the character before; never at
# its end: opening punctuation, a sign written before a figure (Chinese and Japanese line
# breaking rules). The middle dot in neither place ("Ｍ５・９", "中国・甘粛省").
_NOT_FIRST = (
    "，。、．）」』】〉》〕］｝〗〙〟！？：；…‥ー〜’”・゠々〻〃ゝゞヽヾ％‰℃°"
    "ぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰ-ㇿ｡｣､･ｰｧ-ｯ)\\]},.!?:;%"
    "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d\u20d0-\u20ff\u3099-\u309c"
    "\ufe00-\ufe0f\ufe20-\ufe2f\U0001f3fb-\U0001f3ff\U000e0100-\U000e01ef"
)
_NOT_LAST = "（「『【〈《〔［｛〖〘〝‘“・｢＄￥＃\\([{$¥£€#\u200d"
_UNSPACED = re.compile(f"[{_SOLID}]")
_BREAK_AT = re.compile(
    f"(?<=.)(?=.)(?<![{_NOT_LAST}])(?![{_NOT_FIRST}])(?:(?<=[{_SOLID}])|(?=[{_SOLID}]))",
    re.DOTALL,
)


def _unspaced(chunks: list[str]) -> tuple[list[str], list[bool]]:
    """``chunks`` (a line's words) cut where a line may end inside them (``_BREAK_AT``:
    Chinese or Japanese text between its characters), and for each piece whether it
    follows the one before with no space between."""
    parts: list[str] = []
    joins: list[bool] = []
    for chunk in chunks:
        cut = _BREAK_AT.split(chunk) if _UNSPACED.search(chunk) else [chunk]
        parts += cut
        joins.append(False)
        joins += [True] * (len(cut) - 1)
    return parts, joins


# The columns of a piece of unspaced text: a character or a few, the same ones again and again
_part_columns = lru_cache(maxsize=4096)(text_columns)


def _may_break(before: str, after: str) -> bool:
    """Whether a line may end between the characters ``before`` and ``after``."""
    return bool(_BREAK_AT.match(before + after, 1))


# White space a line may break at: not a no-break space (in "14\u00a0500"), and not the
# space of a number grouped by spaces ("14 500": "а 14" on one line and "500 домов" on the
# next read as two figures)
_BREAKABLE = re.compile(r"[^\S\u00a0\u202f\u2007]+")
_GROUP_HEAD = re.compile(r"\D{0,2}\d{1,3}")
_GROUP = re.compile(r"\d{3}(?!\d)\W{0,2}")


def _chunks(line: str) -> list[str]:
    """``line``'s words, a number grouped by spaces one word."""
    chunks: list[str] = []
    for chunk in _BREAKABLE.split(line.strip()):
        if not chunk:
            continue
        last = chunks[-1] if chunks else ""
        grouped = _GROUP_HEAD.fullmatch(last) or _GROUP.fullmatch(last.rsplit(" ", 1)[-1])
        if grouped and last[-1].isdigit() and _GROUP.fullmatch(chunk):
            chunks[-1] = f"{last} {chunk}"
            continue
        chunks.append(chunk)
    return chunks


def wrap(words: list[tuple[str, int]], width: int) -> list[tuple[str, int]]:
    """Greedy wrap of styled words into lines of at most ``width`` columns: a space between
    two words, none after a ``_JOIN``."""
    lines: list[tuple[str, int]] = []
    line: list[str] = []
    used = 0
    join = False
    for word in words:
        if word is _BREAK:
            lines.append((" ".join(line), used))
            line, used, join = [], 0, False
            continue
        if word is _JOIN:
            join = True
            continue
        styled, w = word
        if line and used + w + (not join) > width:
            lines.append((" ".join(line), used))
            line, used = [], 0
        if not line:
            line.append(styled)
            used = w
        elif join:
            used += w
            prev = line[-1]
            if prev.endswith(_RESET) and styled.startswith("\x1b["):
                # One colour run, not one per character: the previous word's colour goes on
                code = styled[: styled.index("m") + 1]
                if prev.startswith(code, prev.rfind("\x1b[", 0, len(prev) - len(_RESET))):
                    prev, styled = prev[: -len(_RESET)], styled[len(code) :]
            line[-1] = prev + styled
        else:
            line.append(styled)
            used += w + 1
        join = False
    if line or not lines:
        lines.append((" ".join(line), used))
    return lines


def plain_lines(text: str, width: int) -> list[tuple[str, int]]:
    """``text`` (from a file: shown safe) wrapped into lines of at most ``width`` columns; a
    word longer than a line (a long file name) is cut into pieces that fit."""
    words: list[tuple[str, int]] = []
    for word in printable(text).split():
        if text_columns(word) <= width:
            words.append((word, text_columns(word)))
        else:
            words.extend((part, text_columns(part)) for part in _split_cols(word, width))
    return wrap(words, width)


def _fitted(name: str, width: int) -> str:
    """``name`` in at most ``width`` columns: cut in its middle with "…" when longer, so its
    start and its end (a file name's extension, what tells versions apart) stay (it was cut
    at its end with no mark: "000_95eef2de69d379ca.t")."""
    if text_columns(name) <= width:
        return name
    head = _split_cols(name, max(1, (width - 1) // 2))[0]
    room = width - 1 - text_columns(head)
    # The tail in whole cells (a mark with its letter, an emoji with what it joins): where
    # a cell starts, from the end, while the rest fits.
    widths = _widths(name)
    cut, used = len(name), 0
    for at in range(len(name) - 1, len(head) - 1, -1):
        used += widths[at][0]
        if used > room:
            break
        if widths[at][1]:
            cut = at
    return f"{head}…{name[cut:]}"


def _gutter(row: Row, breaks: Container[int]) -> str:
    if row.kind is RowKind.MOVED:
        return ">" if row.left is not None else "<"
    if row.kind is RowKind.EQUAL and row.index in breaks:
        return "¶"  # its words equal, its paragraph break not
    return _GUTTER[row.kind]


def render_text(
    result: Comparison,
    left_name: str = "left",
    right_name: str = "right",
    width: int = 160,
    color: bool = False,
) -> str:
    """The whole comparison as side-by-side text ``width`` columns wide."""
    col = max(8, (width - 5) // 2)
    s = result.stats
    left_title, right_title = (
        _fitted(printable(n, one_line=True), col) for n in (left_name, right_name)
    )
    out = [f"  {left_title}{' ' * (col - text_columns(left_title))} │ {right_title}".rstrip()]
    summary = (
        f"similarity {percent(s.similarity)}, {percent(s.left_in_right)} of left in right, "
        f"{percent(s.right_in_left)} of right in left; words +{s.words_added} "
        f"-{s.words_deleted} ~{s.words_changed}; {s.units_moved} moved"
        f"{in_passages(s.units_moved, s.passages_moved)}"
    )
    if paragraphs := break_counts(result):
        summary += f"; {paragraphs}"
    if figures := figures_said(result):
        summary += f"; figures changed: {figures}"
    if names := names_said(name_changes(result)):
        summary += f"; names changed: {names}"
    if quotes := quotes_said(quote_changes(result)):
        summary += f"; quotes changed: {quotes}"
    for side, text in (("left", result.left_text), ("right", result.right_text)):
        if disguise := lookalikes_said(text):  # (folded or not: a disguise to tell)
            summary += f"; {side}: {disguise}"
    if apart := languages_apart(result.left_text, result.right_text):  # (a translation's
        summary += f"; left in {apart[0]}, right in {apart[1]}"  # few shared words told why)
    out.extend(f"  {line}" for line, _ in plain_lines(summary, max(8, width - 2)))
    out.append("  " + "─" * col + "─┼─" + "─" * col)
    for row in result.rows:
        left = wrap(_words(result, row, "left", color, col), col)
        right = wrap(_words(result, row, "right", color, col), col)
        if row.kind is RowKind.MOVED and row.link is not None:
            # Its own number too: the rows are not numbered, and "row 9" is then found by
            # a search (a note said "moved to row 9" and nothing said which row that was).
            way = "to" if row.left is not None else "from"
            note = f"(row {row.index + 1}, moved {way} row {row.link + 1})"
            (left if row.left is not None else right).extend(plain_lines(note, col))
        gutter = _gutter(row, result.breaks)
        for (a, aw), (b, _) in zip_longest(left, right, fillvalue=("", 0)):
            out.append(f"{gutter} {a}{' ' * max(0, col - aw)} │ {b}".rstrip())
            gutter = " "
    return "\n".join(out) + "\n"
