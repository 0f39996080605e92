"""LaTeX (.tex, .latex): a paper's source read as its prose.

An academic's drafts in .tex, .md and .docx were one paper, and the .tex was read as raw
source: titled "\\documentclass[11pt]{article}", every command a word change against the
.md ("\\section{Introduction}" → "Introduction", "17\\%" → "17%"), and its sections no
sections (an academic's walkthrough). Read here as the compiled paper reads, as the other
readers give their markup:

- the preamble (before ``\\begin{document}``) and ``%`` comments left out (not ``\\%``),
  with their line's end, as TeX reads them ("re%" and "sult" next line read "result");
  ``\\title{…}`` the document's title, and its first line where ``\\maketitle`` sets it;
- ``\\section{X}`` … ``\\paragraph{X}`` a heading's line, a section of the outline
  (``Document.headings``), as is the abstract's "Abstract";
- ``\\emph{x}``, ``\\textbf{x}`` and the like their text; ``\\cite{key}`` "[key]" (a renamed
  citation still shows); ``\\ref{key}`` its key, ``\\label`` left out; ``\\footnote{…}``
  its number in brackets where it stands and the note, led by it, after the text, as a
  .docx's footnotes read ("[1]");
- math (``$…$``, ``\\(…\\)``, ``\\[…\\]``, an equation's environment) as written;
- a list's items a line each (an ``enumerate``'s numbered), a table a row a line
  (``tables.row_lines``), a paragraph's lines one line, ``\\\\`` a line break, ``~`` a space.

A command of several arguments known here reads as the one the page shows
(``\\multicolumn{2}{c}{Treatment}`` is "Treatment", ``\\rule{…}{…}`` nothing); one not
known is left out and the text in its braces kept, its arguments apart (``\\foo{a}{b}`` is
"a b": "2cTreatment" was every such table cell, a reviewer's walkthrough); definitions and
environments' arguments (``\\begin{minipage}{0.45\\textwidth}``) are left out. Braces, math
(``$``, ``\\(``, ``\\[``) left open close at the paragraph's end (a blank line), as TeX
would stop there, and a stray closing brace is dropped: a malformed file reads as far as it
can, and its encoding says so.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.errors import EMPTY, ReadError
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.tables import CELL_JOIN, row_lines

_HARD = "\ufdd0"  # a line break that stays one (an item's, a row's, "\\"); U+FDD1… a heading's
_CELLS = "\ufdd7"  # between a row's cells (``CELL_JOIN``) until the spaces are put right
_OPTION = 1000  # an optional argument's length at most (``\cite[see …]``: a line's)
_MAX_DEPTH = 16  # groups and lists nested deeper are read as text (a hostile file's thousands)
_LEVELS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4,
           "paragraph": 5, "subparagraph": 6}  # fmt: skip
_STYLES = {"emph", "textbf", "textit", "texttt", "textsc", "textsf", "textrm", "textup",
           "textmd", "textsl", "underline", "mbox", "hbox", "textnormal", "uline", "enquote",
           "text", "makebox", "fbox", "textsuperscript", "textsubscript"}  # fmt: skip
_CITES = re.compile(r"(?:[Cc]ite[a-z]*|[a-z]*cite[a-z]*|nocite)\*?")
# Commands of several arguments: how many, and the one the page shows (None: none, -1: all)
_ARGUMENTS: dict[str, tuple[int, int | None]] = {
    "multicolumn": (3, 2), "multirow": (3, 2), "textcolor": (2, 1), "colorbox": (2, 1),
    "fcolorbox": (3, 2), "resizebox": (3, 2), "scalebox": (2, 1), "rotatebox": (2, 1),
    "raisebox": (2, 1), "parbox": (2, 1), "foreignlanguage": (2, 1), "hyperlink": (2, 1),
    "hypertarget": (2, 1), "texorpdfstring": (2, 0), "rule": (2, None),
}  # fmt: skip
# siunitx's quantities, as the page prints them: of each command, its numbers' arguments
# (how many; 0 for a list, ``1;2;3``) and whether a unit follows (``\SIrange{1}{5}{\km}``
# "1–5 km": it read "1 5", its unit lost; ``\SI{5}{\kilo\metre}`` "5", an academic's
# walkthrough)
_QUANTITIES = {"SI": (1, True), "qty": (1, True), "num": (1, False), "si": (0, True),
               "unit": (0, True), "SIrange": (2, True), "qtyrange": (2, True),
               "numrange": (2, False), "SIlist": (-1, True), "qtylist": (-1, True),
               "numlist": (-1, False)}  # fmt: skip
# siunitx's units and prefixes as their symbols (``\kilo\metre``, ``\km``, ``\percent``)
_UNITS = {"metre": "m", "meter": "m", "gram": "g", "second": "s", "hour": "h",
          "minute": "min", "day": "d", "litre": "L", "liter": "L", "tonne": "t",
          "percent": "%", "degreeCelsius": "°C", "celsius": "°C", "kelvin": "K",
          "watt": "W", "joule": "J", "volt": "V", "ampere": "A", "hertz": "Hz",
          "newton": "N", "pascal": "Pa", "bar": "bar", "mole": "mol", "byte": "B",
          "bit": "bit", "hectare": "ha", "degree": "°", "electronvolt": "eV",
          "km": "km", "cm": "cm", "mm": "mm", "um": "µm", "nm": "nm", "m": "m", "kg": "kg",
          "g": "g", "mg": "mg", "s": "s", "ms": "ms", "us": "µs", "ns": "ns", "Hz": "Hz",
          "kHz": "kHz", "MHz": "MHz", "GHz": "GHz", "kW": "kW", "MW": "MW", "GW": "GW",
          "kWh": "kWh", "l": "L", "ml": "mL", "kJ": "kJ", "kPa": "kPa", "K": "K", "V": "V",
          "W": "W", "J": "J", "A": "A", "N": "N", "mol": "mol"}  # fmt: skip
_PREFIXES = {"kilo": "k", "mega": "M", "giga": "G", "tera": "T", "milli": "m", "micro": "µ",
             "nano": "n", "centi": "c", "deci": "d", "hecto": "h"}  # fmt: skip
_POWERS = {"square": "²", "squared": "²", "cubic": "³", "cubed": "³"}
_REFS = {"ref", "eqref", "autoref", "cref", "Cref", "pageref", "nameref", "vref"}
# Commands left out with their arguments (how many): layout, references' targets, files,
# definitions (``\newcommand{\R}[1]{…}``: its options between them)
_DROPPED = {"label": 1, "vspace": 1, "hspace": 1, "includegraphics": 1, "bibliography": 1,
            "bibliographystyle": 1, "addbibresource": 1, "setlength": 2, "setcounter": 2,
            "addtolength": 2, "addtocounter": 2, "input": 1, "include": 1, "thispagestyle": 1,
            "pagestyle": 1, "newcommand": 2, "renewcommand": 2, "providecommand": 2,
            "DeclareMathOperator": 2, "newenvironment": 3, "renewenvironment": 3,
            "definecolor": 3, "usepackage": 1, "documentclass": 1, "index": 1,
            "printbibliography": 1, "nocite": 1, "addcontentsline": 3, "phantom": 1,
            "vphantom": 1, "hphantom": 1, "vskip": 1, "hskip": 1, "color": 1, "author": 1,
            "date": 1, "thanks": 1, "cellcolor": 1, "rowcolor": 1, "hypersetup": 1,
            "captionsetup": 1, "graphicspath": 1}  # fmt: skip
# Environments' arguments, left out with them (``\begin{minipage}{0.45\textwidth}``)
_ENV_ARGUMENTS = {"minipage": 1, "multicols": 1, "multicols*": 1, "wrapfigure": 2,
                  "wraptable": 2, "subfigure": 1, "subtable": 1, "adjustbox": 1,
                  "otherlanguage": 1, "otherlanguage*": 1, "column": 1, "spacing": 1}  # fmt: skip
# The letters written as commands, which end at the blank after them ("Stra\ss e")
_LETTERS = {"ss", "o", "O", "ae", "AE", "oe", "OE", "aa", "AA", "l", "L", "i"}
_MATH_ENVS = {"equation", "equation*", "align", "align*", "gather", "gather*", "multline",
              "multline*", "eqnarray", "eqnarray*", "displaymath", "math", "flalign",
              "flalign*", "alignat", "alignat*"}  # fmt: skip
_RAW_ENVS = {"verbatim", "verbatim*", "lstlisting", "minted", "Verbatim"}
_SKIPPED_ENVS = {"comment", "thebibliography", "tikzpicture"}
_TABLES = {"tabular", "tabular*", "tabularx", "tabulary", "longtable", "array"}
_LISTS = {"itemize", "enumerate", "description"}
_RULES = re.compile(
    r"\\(?:hline|toprule|midrule|bottomrule|cline\{[^}]*\}|cmidrule(?:\([^)]*\))?\{[^}]*\})"
)
_SYMBOLS = {"%": "%", "&": "&", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
            " ": " ", ",": " ", ";": " ", ":": " ", "!": "", "/": "", "-": "", "@": "",
            "\\": _HARD}  # fmt: skip
_WORDS = {"ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ",
          "aa": "å", "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "LaTeX": "LaTeX", "TeX": "TeX",
          "ldots": "…", "dots": "…", "textendash": "–", "textemdash": "—", "S": "§",
          "P": "¶", "copyright": "©", "pounds": "£", "euro": "€", "textregistered": "®",
          "textdegree": "°", "quad": " ", "qquad": " ", "newline": _HARD, "linebreak": _HARD,
          "par": "\n\n", "and": ",", "today": "", "item": ""}  # fmt: skip
_ACCENTS = {"'": "\u0301", "`": "\u0300", "^": "\u0302", '"': "\u0308", "~": "\u0303",
            "=": "\u0304", ".": "\u0307", "u": "\u0306", "v": "\u030c", "H": "\u030b",
            "c": "\u0327", "k": "\u0328", "r": "\u030a", "d": "\u0323", "b": "\u0331"}  # fmt: skip
_MARKS_ALONE = {"\u0303": "~", "\u0302": "^"}
_BRACES = re.compile(r"\\.|[{}]|\n[ \t]*\n", re.S)  # (an escaped brace is none)
_NAME = re.compile(r"[A-Za-z@]+\*?")
_SPACES = re.compile(r"[ \t]+")
_TEXT = re.compile(r"[^\\{}$%~`'\n-]+")
_BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = re.compile(r"\\end\s*\{document\}")


def _uncommented(source: str) -> str:
    """``source`` without its comments: a ``%`` not escaped to the line's end with its line
    break, the next line's leading blanks too, as TeX reads it ("re%" and "sult" on the
    next line are "result", not "re sult": a reviewer's walkthrough), and a line of nothing
    but a comment (TeX reads it as nothing, no blank line); a verbatim environment's ``%``
    as it is not told apart (rare in a paper's prose)."""
    out = []
    joined = False  # (the line before ended in a comment: this one's blanks left out)
    for line in source.split("\n"):
        if joined:
            line = line.lstrip(" \t")
            if not line:
                out.append("\n")  # (a blank line after it still ends the paragraph)
        at = _comment_at(line)
        if at < 0:
            out.append(line + "\n")
            joined = False
        elif line[:at].strip():
            out.append(line[:at])
            joined = True
    return "".join(out)


def _comment_at(line: str) -> int:
    """Where a comment starts in ``line`` (a ``%`` after an even run of backslashes), -1."""
    at = line.find("%")
    while at >= 0:
        before = at
        while before > 0 and line[before - 1] == "\\":
            before -= 1
        if (at - before) % 2 == 0:
            return at
        at = line.find("%", at + 1)
    return -1


class _Reader:
    """The prose of a LaTeX body: ``read`` a fragment into text with ``_HARD`` line breaks
    and heading marks; the footnotes found, and whether a brace was left open or stray."""

    def __init__(self, title: str) -> None:
        self.title = title
        self.notes: list[str] = []
        self.unbalanced = False
        self.depth = 0

    # --- groups ----------------------------------------------------------------------
    def group_at(self, text: str, at: int) -> tuple[str, int] | None:
        """The raw text of the braced group starting at ``at`` (after blanks) and where it
        ends; one left open ends at the paragraph's end, the braces in it left out. None
        when no group is there."""
        start = at
        while start < len(text) and text[start] in " \t\n":
            start += 1
        if start >= len(text) or text[start] != "{":
            return None
        depth, i = 0, len(text)
        for found in _BRACES.finditer(text, start):
            c = found[0][0]
            if c == "{":
                depth += 1
            elif c == "}":
                depth -= 1
                if depth == 0:
                    return text[start + 1 : found.start()], found.end()
            elif c == "\n":
                i = found.start()  # (a paragraph's end: TeX stops an argument there too)
                break
        self.unbalanced = True  # (its braces left out: read again, each would go to its end)
        return text[start + 1 : i].replace("{", "").replace("}", ""), i

    @staticmethod
    def option_at(text: str, at: int) -> tuple[str, int] | None:
        """An optional argument ``[…]`` at ``at`` (not past a line), and where it ends."""
        if not text.startswith("[", at):
            return None
        end = text.find("]", at, at + _OPTION)  # (not to the text's end from every "[":
        if end < 0 or "\n" in text[at:end]:  # a long line of them was quadratic)
            return None
        return text[at + 1 : end], end + 1

    def options(self, text: str, at: int) -> tuple[list[str], int]:
        found = []
        while (option := self.option_at(text, at)) is not None:
            found.append(option[0])
            at = option[1]
        return found, at

    # --- reading ---------------------------------------------------------------------
    def read(self, text: str) -> str:
        """The prose of the fragment ``text``."""
        self.depth += 1
        try:
            if self.depth > _MAX_DEPTH:
                return text.replace("{", "").replace("}", "")
            return self._read(text)
        finally:
            self.depth -= 1

    def _read(self, text: str) -> str:
        out: list[str] = []
        i, n = 0, len(text)
        while i < n:
            found = _TEXT.match(text, i)
            if found is not None:
                out.append(found[0])
                i = found.end()
                continue
            c = text[i]
            if c == "\\":
                said, i = self._command(text, i)
                out.append(said)
            elif c == "{":
                group = self.group_at(text, i)
                assert group is not None
                out.append(self.read(group[0]))
                i = group[1]
            elif c == "}":
                self.unbalanced = True
                i += 1
            elif c == "$":
                i = self._math(text, i, out)
            elif c == "~":
                out.append(" ")
                i += 1
            elif text.startswith("---", i):
                out.append("—")
                i += 3
            elif text.startswith("--", i):
                out.append("–")
                i += 2
            elif text.startswith("``", i) or text.startswith("''", i):
                out.append("“" if c == "`" else "”")
                i += 2
            elif c == "`":
                out.append("‘")
                i += 1
            else:  # "'", "-", "\n", a stray "%"
                out.append(c)
                i += 1
        return "".join(out)

    def _math(self, text: str, i: int, out: list[str]) -> int:
        """Math set in ``$…$`` or ``$$…$$``, as written; one left open to its paragraph's end."""
        mark = "$$" if text.startswith("$$", i) else "$"
        at = i + len(mark)
        while True:
            end = text.find(mark, at)
            if end < 0 or text[end - 1] != "\\":
                break
            at = end + 1
        stop = text.find("\n\n", i, len(text) if end < 0 else end)
        if end < 0 or stop >= 0:
            self.unbalanced = True
            end = stop if stop >= 0 else len(text)
            out.append(text[i:end])
            return end
        out.append(text[i : end + len(mark)])
        return end + len(mark)

    def _command(self, text: str, i: int) -> tuple[str, int]:
        """What the command at ``i`` reads as, and where the text after it starts."""
        nxt = text[i + 1 : i + 2]
        if nxt == "\\":  # a line break, its space and star left out ("\\[2pt]")
            at = i + 2 + text.startswith("*", i + 2)
            option = self.option_at(text, at)
            return _HARD, option[1] if option is not None else at
        if nxt in _SYMBOLS:
            return _SYMBOLS[nxt], i + 2
        if nxt == "(" or nxt == "[":  # \( … \) and \[ … \]: math as written
            close = "\\)" if nxt == "(" else "\\]"
            end = text.find(close, i + 2)
            stop = text.find("\n\n", i, len(text) if end < 0 else end)
            if end < 0 or stop >= 0:  # left open: to its paragraph's end, as $ is, and said
                self.unbalanced = True
                end = stop if stop >= 0 else len(text)
            else:
                end += 2
            said = text[i:end]
            return (said if nxt == "(" else f"\n\n{said}\n\n"), end
        if nxt in _ACCENTS and not nxt.isalpha():  # \'a, \"{o}
            return self._accent(text, i + 2, _ACCENTS[nxt])
        found = _NAME.match(text, i + 1)
        if found is None:
            return "", i + 2  # a backslash before another character: left out
        name, at = found[0], found.end()
        if name in _ACCENTS and len(name) == 1:  # \c{c}, \v{s}
            return self._accent(text, at, _ACCENTS[name])
        if name in ("begin", "end"):
            return self._environment(text, i, name, at)
        bare = name.rstrip("*")
        if bare in _LEVELS:
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            if group is None:
                return "", at
            heading = " ".join(self.read(group[0]).replace(_HARD, " ").split())
            return f"\n\n{chr(0xFDD0 + _LEVELS[bare])}{heading}\n\n", group[1]
        if bare == "maketitle":
            return (f"\n\n{chr(0xFDD1)}{self.title}\n\n" if self.title else ""), at
        if bare == "footnote":
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            if group is None:
                return "", at
            self.notes.append(self.read(group[0]))
            return f"[{len(self.notes)}]", group[1]
        if bare in _DROPPED:
            for _ in range(_DROPPED[bare]):
                _, at = self.options(text, at)
                if (group := self.group_at(text, at)) is not None:
                    at = group[1]
                elif (defined := _NAME.match(text, at + 1)) and text.startswith("\\", at):
                    at = defined.end()  # (\newcommand\R{…}: its name unbraced)
                else:
                    break
            return "", at
        if bare in _ARGUMENTS:
            return self._arguments(text, at, *_ARGUMENTS[bare])
        if bare in _QUANTITIES:
            return self._quantity(text, at, *_QUANTITIES[bare])
        if _CITES.fullmatch(name):
            notes, at = self.options(text, at)
            group = self.group_at(text, at)
            if group is None:
                return "", at
            keys = ", ".join(k.strip() for k in group[0].split(",") if k.strip())
            pre, post = (notes[0], notes[1]) if len(notes) == 2 else ("", notes[0] if notes else "")
            said = " ".join(filter(None, (self.read(pre).strip(), keys)))
            post = self.read(post).strip()
            return f"[{said}{', ' + post if post else ''}]", group[1]
        if bare in _REFS:
            group = self.group_at(text, at)
            return (group[0].strip(), group[1]) if group is not None else ("", at)
        if bare in ("href",):
            group = self.group_at(text, at)
            if group is None:
                return "", at
            shown = self.group_at(text, group[1])
            return (self.read(shown[0]), shown[1]) if shown is not None else ("", group[1])
        if bare in ("url", "path", "nolinkurl"):
            group = self.group_at(text, at)
            return (group[0], group[1]) if group is not None else ("", at)
        if bare == "caption":
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            return (f"\n\n{self.read(group[0])}\n\n", group[1]) if group else ("", at)
        if bare in _WORDS:
            if text.startswith("{}", at):
                return _WORDS[bare], at + 2
            if bare in _LETTERS:  # (TeX eats the blank after it: "Stra\ss e" is "Straße")
                while text[at : at + 1] in (" ", "\t"):
                    at += 1
            return _WORDS[bare], at
        if bare in _STYLES:
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            return (self.read(group[0]), group[1]) if group is not None else ("", at)
        # A command not known: left out, the text in its braces kept, its arguments
        # apart (\foo{a}{b} reads "a b", not "ab": no word is lost, none glued to another)
        _, at = self.options(text, at)
        group = self.group_at(text, at)
        if group is None:
            while text[at : at + 1] in (" ", "\t"):  # (TeX eats the blank after a name)
                at += 1
            return "", at
        parts, at = [self.read(group[0])], group[1]
        while (group := self._next_group(text, at)) is not None:
            parts.append(self.read(group[0]))
            at = group[1]
        return " ".join(parts), at

    def _next_group(self, text: str, at: int) -> tuple[str, int] | None:
        """The braced group right after an argument (blanks and one line break between, not
        a paragraph's end), None when there is none."""
        start = at
        while text[start : start + 1] in (" ", "\t"):
            start += 1
        if text[start : start + 1] == "\n":
            start += 1
            while text[start : start + 1] in (" ", "\t"):
                start += 1
        return self.group_at(text, start) if text[start : start + 1] == "{" else None

    def _arguments(self, text: str, at: int, count: int, shown: int | None) -> tuple[str, int]:
        """A command of ``count`` arguments (options between them) read as its ``shown``-th
        (``\\multicolumn{2}{c}{Treatment}`` is "Treatment"), or nothing (``\\rule``), or all
        of them apart (``shown`` -1: ``\\SI{5}{km}`` is "5 km")."""
        said: list[str] = []
        for n in range(count):
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            if group is None:
                break
            at = group[1]
            if shown == n or shown == -1:
                said.append(self.read(group[0]))
        return " ".join(said), at

    def _quantity(self, text: str, at: int, numbers: int, unit: bool) -> tuple[str, int]:
        """A siunitx quantity as the page prints it (``_QUANTITIES``): a number, a range
        "1–5 km", a list "1 km, 2 km and 3 km", a unit alone; a unit's macros as their
        symbols (``_unit``). Left as it is where an argument is missing."""
        values: list[str] = []
        for _ in range(max(numbers, 1) if numbers else 0):
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            if group is None:
                return " ".join(values), at
            values.append(" ".join(self.read(group[0]).split()))
            at = group[1]
        if numbers == -1:
            values = [v.strip() for v in values[0].split(";") if v.strip()] if values else []
        said = ""
        if unit:
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            if group is not None:
                said, at = self._unit(group[0]), group[1]
        if numbers == 0:
            return said, at
        spaced = f" {said}" if said and said not in ("%", "°") else said
        if numbers == 2 and len(values) == 2:
            return f"{values[0]}–{values[1]}{spaced}", at
        shown = [f"{value}{spaced}" for value in values]
        if len(shown) > 1:
            return f"{', '.join(shown[:-1])} and {shown[-1]}", at
        return "".join(shown), at

    def _unit(self, raw: str) -> str:
        """A siunitx unit as its symbol: ``\\kilo\\metre`` and ``\\km`` "km", ``\\per\\hour``
        "/h", ``\\square\\metre`` "m²", ``\\percent`` "%"; a unit written out ("km") as it is."""
        if "\\" not in raw:
            return " ".join(self.read(raw).split())
        said: list[str] = []
        prefix = power = ""
        for found in re.finditer(r"\\([A-Za-z]+)|([^\\\s{}]+)", raw):
            name = found[1]
            if name is None:
                said.append(found[2])
            elif name in _PREFIXES:
                prefix += _PREFIXES[name]
            elif name in _POWERS:
                power = _POWERS[name]
            elif name == "per":
                said.append("/")
            elif name in _UNITS:
                symbol = prefix + _UNITS[name] + power
                said.append(symbol if not said or said[-1] == "/" else f"\u2009{symbol}")
                prefix = power = ""
        return "".join(said).replace("\u2009", " ")

    def _accent(self, text: str, at: int, mark: str) -> tuple[str, int]:
        """An accent command's letter with its accent (``\\'a``, ``\\'{a}``, ``\\c{c}``)."""
        group = self.group_at(text, at)
        if group is not None:
            base, end = group[0].strip().lstrip("\\"), group[1]
        else:
            while text[at : at + 1] == " ":
                at += 1
            base, end = text[at : at + 1], at + 1
        if not base:  # (\~{} a tilde, \^{} a circumflex: their marks alone)
            return _MARKS_ALONE.get(mark, ""), end
        return unicodedata.normalize("NFC", base[0] + mark) + base[1:], end

    def _environment(self, text: str, i: int, which: str, at: int) -> tuple[str, int]:
        group = self.group_at(text, at)
        if group is None:
            return "", at
        name, at = group[0].strip(), group[1]
        if which == "end":
            return ("\n\n" if name != "document" else ""), at
        if name in _MATH_ENVS or name in _RAW_ENVS or name in _SKIPPED_ENVS or name in _TABLES:
            end = re.compile(r"\\end\s*\{" + re.escape(name) + r"\}").search(text, at)
            body_end, after = (end.start(), end.end()) if end else (len(text), len(text))
            if end is None:
                self.unbalanced = True
            body = text[at:body_end]
            if name in _SKIPPED_ENVS:
                return "\n\n", after
            if name in _TABLES:
                return self._table(body, name), after
            if name in _RAW_ENVS:  # (its lines as they are)
                return "\n\n" + _HARD.join(body.strip("\n").split("\n")) + "\n\n", after
            return f"\n\n{' '.join(body.split())}\n\n", after  # an equation: a line
        if name in _LISTS:
            return self._list(text, at, name)
        if name == "abstract":
            return f"\n\n{chr(0xFDD2)}Abstract\n\n", at
        for _ in range(_ENV_ARGUMENTS.get(name, 0)):
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            at = group[1] if group is not None else at
        _, at = self.options(text, at)
        return "\n\n", at

    def _list(self, text: str, at: int, name: str) -> tuple[str, int]:
        """A list's items a line each (an ``enumerate``'s led by its number), to its end."""
        end = _list_end(text, at, name)
        if end is None:
            self.unbalanced = True
            body, after = text[at:], len(text)
        else:
            body, after = text[at : end.start()], end.end()
        lines = []
        for number, item in enumerate(_items(body)[1:], 1):
            item = item.lstrip()
            option = self.option_at(item, 0)
            label = f"{number}." if name == "enumerate" else ""
            if option is not None:
                label, item = self.read(option[0]).strip(), item[option[1] :]
            pieces = [" ".join(p.split()) for p in _PIECES.split(self.read(item))]
            pieces = [p for p in pieces if p]  # (a list within: its items lines of their own)
            if pieces and label:
                pieces[0] = f"{label} {pieces[0]}"
            lines += pieces or [label]
        return "\n\n" + _HARD.join(filter(None, lines)) + "\n\n", after

    def _table(self, body: str, name: str) -> str:
        """A table's rows a line each, their cells as every reader joins them."""
        _, at = self.options(body, 0)
        if name in ("tabularx", "tabular*", "tabulary"):  # (its width before its columns)
            width = self.group_at(body, at)
            at = width[1] if width is not None else at
        group = self.group_at(body, at)  # the columns' spec
        body = body[group[1] :] if group is not None else body
        body = _RULES.sub("", body)
        lines = []
        for row in re.split(r"\\\\(?:\[[^\]\n]*\])?", body):
            cells = [self.read(c) for c in re.split(r"(?<!\\)&", row)]
            lines += row_lines([[" ".join(c.replace(_HARD, " ").split())] for c in cells])
        return "\n\n" + "\n\n".join(lines).replace(CELL_JOIN, _CELLS) + "\n\n"


_MARKS = re.compile("[\ufdd0-\ufdd7]")  # a line break's, a heading's, a row's
_HEADS = re.compile("[\ufdd1-\ufdd6]")
_PIECES = re.compile(r"\n[ \t]*\n|" + _HARD)
_LIST_MARKS = re.compile(
    r"\\item(?![A-Za-z@])|\\(begin|end)\s*\{(?:itemize|enumerate|description)\}"
)


def _items(body: str) -> list[str]:
    """A list's body cut at its own ``\\item``s (not a list's within it): what comes before
    the first, then each item's text."""
    out, start, depth = [], 0, 0
    for found in _LIST_MARKS.finditer(body):
        if found[1] == "begin":
            depth += 1
        elif found[1] == "end":
            depth -= 1
        elif depth == 0:
            out.append(body[start : found.start()])
            start = found.end()
    out.append(body[start:])
    return out


def _list_end(text: str, at: int, name: str) -> re.Match[str] | None:
    """The ``\\end`` of the list begun before ``at``, past lists of its kind within it."""
    marks = re.compile(r"\\(begin|end)\s*\{" + re.escape(name) + r"\}")
    depth = 1
    for found in marks.finditer(text, at):
        depth += 1 if found[1] == "begin" else -1
        if depth == 0:
            return found
    return None


def latex_read(source: str) -> tuple[str, str, tuple[tuple[int, str], ...], bool]:
    """A LaTeX source's prose (see the module's docstring): its text, its title, its
    headings (each one's level and its line) and whether its braces were unbalanced."""
    source = _uncommented(source)
    begin = _BEGIN_DOCUMENT.search(source)
    preamble, body = (source[: begin.start()], source[begin.end() :]) if begin else ("", source)
    end = _END_DOCUMENT.search(body)
    body = body[: end.start()] if end else body
    reader = _Reader("")
    head = preamble or body
    title_at = re.search(r"\\title\s*(?=[\[{])", head)
    if title_at is not None:
        _, at = reader.options(head, title_at.end())
        group = reader.group_at(head, at)
        if group is not None:
            reader.title = " ".join(_MARKS.sub(" ", reader.read(group[0])).split())
            if not preamble:  # (a file without its preamble: the \title left out of it)
                body = body[: title_at.start()] + body[group[1] :]
    reader.unbalanced = False
    text = reader.read(body)
    notes = [" ".join(_MARKS.sub(" ", note).split()) for note in reader.notes]
    paragraphs: list[str] = []
    headings: list[tuple[int, str]] = []
    for block in re.split(r"\n[ \t]*\n", text):
        lines = [_SPACES.sub(" ", " ".join(b.split("\n"))).strip() for b in block.split(_HARD)]
        said = "\n".join(line for line in lines if line)
        if not said:
            continue
        level = ord(said[0]) - 0xFDD0 if "\ufdd1" <= said[0] <= "\ufdd6" else 0
        said = (
            _HEADS.sub("", said).strip().replace(_CELLS, CELL_JOIN)
        )  # (a heading's mark where no heading can be)
        if not said:
            continue
        if level and "\n" not in said:
            headings.append((level, said))
        paragraphs.append(said)
    paragraphs += [f"[{n}] {note}" for n, note in enumerate(notes, 1) if note]
    out = "\n\n".join(paragraphs)
    return out, reader.title, tuple(headings), reader.unbalanced


def read_latex(path: Path, data: bytes, options: ReaderOptions | None = None) -> list[Document]:
    """A LaTeX file as one Document: its prose (``latex_read``), titled by its ``\\title``."""
    source, encoding = decode(path, data)
    text, title, headings, unbalanced = latex_read(normalize_newlines(source))
    if not text.strip():
        raise ReadError(path, "no text in the LaTeX file", "the file holds no prose", EMPTY)
    if unbalanced:  # (read as far as they close: said, as a .docx's damaged notes are)
        encoding += " (LaTeX); braces or math left open: read to the paragraph's end"
    else:
        encoding += " (LaTeX)"
    return [
        Document(
            path=path,
            text=text,
            title=title or first_line_title(text),
            encoding=encoding,
            format="latex",
            headings=headings,
        )
    ]
