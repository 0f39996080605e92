"""LaTeX (.tex, .latex): a paper's source read as its prose.

An academic's drafts in .tex, .md and .docx were one paper, and the .tex was read as raw
source: titled "\\documentclass[11pt]{article}", every command a word change against the
.md ("\\section{Introduction}" → "Introduction", "17\\%" → "17%"), and its sections no
sections (an academic's walkthrough). Read here as the compiled paper reads, as the other
readers give their markup:

- the preamble (before ``\\begin{document}``) and ``%`` comments left out (not ``\\%``);
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

A command not known here is left out and the text in its braces kept. Braces left open
close at the paragraph's end (a blank line), as TeX would stop there, and a stray closing
brace is dropped: a malformed file reads as far as it can, and its encoding says so.
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
_MAX_DEPTH = 16  # groups and lists nested deeper are read as text (a hostile file's thousands)
_LEVELS = {"part": 1, "chapter": 1, "section": 2, "subsection": 3, "subsubsection": 4,
           "paragraph": 5, "subparagraph": 6}  # fmt: skip
_STYLES = {"emph", "textbf", "textit", "texttt", "textsc", "textsf", "textrm", "textup",
           "textmd", "textsl", "underline", "mbox", "hbox", "textnormal", "uline", "enquote",
           "text", "makebox", "fbox", "textsuperscript", "textsubscript"}  # fmt: skip
_CITES = re.compile(r"(?:[Cc]ite[a-z]*|[a-z]*cite[a-z]*|nocite)\*?")
_REFS = {"ref", "eqref", "autoref", "cref", "Cref", "pageref", "nameref", "vref"}
# Commands left out with their arguments: layout, references' targets, files
_DROPPED = {"label", "vspace", "hspace", "includegraphics", "bibliography",
            "bibliographystyle", "addbibresource", "setlength", "setcounter", "input",
            "include", "thispagestyle", "pagestyle", "newcommand", "renewcommand",
            "usepackage", "documentclass", "index", "printbibliography", "nocite",
            "addcontentsline", "phantom", "vskip", "hskip", "color", "author", "date",
            "thanks"}  # fmt: skip
_MATH_ENVS = {"equation", "equation*", "align", "align*", "gather", "gather*", "multline",
              "multline*", "eqnarray", "eqnarray*", "displaymath", "math", "flalign",
              "flalign*", "alignat", "alignat*"}  # fmt: skip
_RAW_ENVS = {"verbatim", "verbatim*", "lstlisting", "minted", "Verbatim"}
_SKIPPED_ENVS = {"comment", "thebibliography", "tikzpicture"}
_TABLES = {"tabular", "tabular*", "tabularx", "longtable", "array"}
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
_BRACES = re.compile(r"\\.|[{}]|\n[ \t]*\n", re.S)  # (an escaped brace is none)
_NAME = re.compile(r"[A-Za-z@]+\*?")
_SPACES = re.compile(r"[ \t]+")
_TEXT = re.compile(r"[^\\{}$%~`'\n-]+")
_BEGIN_DOCUMENT = re.compile(r"\\begin\s*\{document\}")
_END_DOCUMENT = re.compile(r"\\end\s*\{document\}")


def _uncommented(source: str) -> str:
    """``source`` without its comments: a ``%`` not escaped to the line's end, and a line
    of nothing but a comment with its line break (TeX reads it as nothing, no blank line);
    a verbatim environment's ``%`` as it is not told apart (rare in a paper's prose)."""
    out = []
    for line in source.split("\n"):
        at = _comment_at(line)
        if at < 0:
            out.append(line + "\n")
        elif line[:at].strip():
            out.append(line[:at] + "\n")
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
        end = text.find("]", at)
        newline = text.find("\n", at)
        if end < 0 or 0 <= newline < end:
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
            end = len(text) if end < 0 else end + 2
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
        if bare in _DROPPED:
            _, at = self.options(text, at)
            while (group := self.group_at(text, at)) is not None:
                at = group[1]
                if bare not in ("newcommand", "renewcommand", "setlength", "setcounter"):
                    break
            return "", at
        if bare in _WORDS:
            return _WORDS[bare], at + 2 * text.startswith("{}", at)
        if bare in _STYLES:
            _, at = self.options(text, at)
            group = self.group_at(text, at)
            return (self.read(group[0]), group[1]) if group is not None else ("", at)
        # A command not known: left out, the text in its braces kept (\textcolor{red}{x}
        # reads "red x": rare in prose, and no word is lost)
        _, at = self.options(text, at)
        group = self.group_at(text, at)
        if group is None:
            while text[at : at + 1] in (" ", "\t"):  # (TeX eats the blank after a name)
                at += 1
            return "", at
        return self.read(group[0]), group[1]

    def _accent(self, text: str, at: int, mark: str) -> tuple[str, int]:
        """An accent command's letter with its accent (``\\'a``, ``\\'{a}``, ``\\c{c}``)."""
        group = self.group_at(text, at)
        if group is not None:
            base, end = group[0].strip().lstrip("\\"), group[1]
        else:
            while text[at : at + 1] == " ":
                at += 1
            base, end = text[at : at + 1], at + 1
        if not base:
            return "", end
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
                return self._table(body), after
            if name in _RAW_ENVS:  # (its lines as they are)
                return "\n\n" + _HARD.join(body.strip("\n").split("\n")) + "\n\n", after
            return f"\n\n{' '.join(body.split())}\n\n", after  # an equation: a line
        if name in _LISTS:
            return self._list(text, at, name)
        if name == "abstract":
            return f"\n\n{chr(0xFDD2)}Abstract\n\n", at
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

    def _table(self, body: str) -> str:
        """A table's rows a line each, their cells as every reader joins them."""
        _, at = self.options(body, 0)
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
