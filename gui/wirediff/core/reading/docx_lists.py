"""The numbers Word puts before numbered paragraphs (``word/numbering.xml``).

Word numbers a list, a report's paragraphs ("1.", "2.", … as organisations' templates
number them) or its headings ("Chapter II") itself: the numbers are in no ``w:t`` of the
paragraph but drawn from the paragraph's ``w:numPr`` (or its style's, ``word/styles.xml``)
and the list's definition. Read as text, a UN-style report lost every paragraph number, so
that its .docx against the same text as .pdf or .txt had "+1." … "+9." at each paragraph
and a reviser could not say "paragraph 5 was added" (a translation reviser's walkthrough).
Counted here as Word counts them: per list (``w:num``), each level from its start, a level
going on resetting the levels under it, the label written as the level's ``w:lvlText``
("%1.", "%1.%2", "Chapter %1") in each level's format. Bullets and levels shown with no
number are left out, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = _W + "val"
_LEVELS = 9  # Word's list levels: 0 to 8
_MOST, _DIGITS = 1 << 20, 9  # the largest list number counted; a longer one is no number
_MAX_BASED = 50  # styles based on styles: no chain is longer (nor a loop followed forever)


@dataclass
class _Level:
    start: int = 1
    format: str = "decimal"
    text: str = ""


@dataclass
class Numbering:
    """The handler of ``word/numbering.xml``, then of ``word/styles.xml`` (a paragraph
    style's numbering), and the counters of the lists as the body's paragraphs come."""

    abstract: dict[str, dict[int, _Level]] = field(default_factory=dict)
    lists: dict[str, str] = field(default_factory=dict)  # w:numId → w:abstractNumId
    starts: dict[tuple[str, int], int] = field(default_factory=dict)  # a list's own starts
    styles: dict[str, tuple[str, int]] = field(default_factory=dict)  # style → numId, level
    names: dict[str, str] = field(default_factory=dict)  # style → its name ("heading 1")
    based: dict[str, str] = field(default_factory=dict)  # style → the style it is based on
    outlines: dict[str, int] = field(default_factory=dict)  # style → its w:outlineLvl
    counts: dict[str, list[int]] = field(default_factory=dict)  # numId → each level's count
    _open: list[str] = field(default_factory=list)
    _at: dict[str, str] = field(default_factory=dict)  # the ids of what is being read

    # --- reading the parts ---------------------------------------------------------------
    def start(self, name: str, attributes: dict[str, str]) -> None:
        self._open.append(name)
        value = attributes.get(_VAL, "")
        number = count_of(value)
        if name == _W + "abstractNum":
            self._at["abstract"] = attributes.get(_W + "abstractNumId", "")
            self.abstract.setdefault(self._at["abstract"], {})
        elif name == _W + "num":
            self._at["num"] = attributes.get(_W + "numId", "")
        elif name == _W + "abstractNumId" and "num" in self._at:
            self.lists[self._at["num"]] = value
        elif name == _W + "lvl" and "abstract" in self._at:
            self._at["level"] = attributes.get(_W + "ilvl", "0")
        elif name == _W + "lvlOverride" and "num" in self._at:
            self._at["override"] = attributes.get(_W + "ilvl", "0")
        elif name == _W + "startOverride" and "override" in self._at and number is not None:
            self.starts[(self._at["num"], _level_of(self._at["override"]))] = number
        elif name == _W + "style" and attributes.get(_W + "type") == "paragraph":
            self._at["style"] = attributes.get(_W + "styleId", "")
        elif name == _W + "name" and "style" in self._at:
            self.names[self._at["style"]] = value.lower()
        elif name == _W + "basedOn" and "style" in self._at:
            self.based[self._at["style"]] = value
        elif name == _W + "outlineLvl" and "style" in self._at and number is not None:
            if self._open[-2:-1] == [_W + "pPr"]:
                self.outlines[self._at["style"]] = number
        elif "level" in self._at and "abstract" in self._at and "override" not in self._at:
            level = self.abstract[self._at["abstract"]].setdefault(
                _level_of(self._at["level"]), _Level()
            )
            if name == _W + "start" and number is not None:
                level.start = number
            elif name == _W + "numFmt":
                level.format = value
            elif name == _W + "lvlText":
                level.text = value
        elif "style" in self._at and _W + "numPr" in self._open:
            num, ilvl = self.styles.get(self._at["style"], ("", 0))
            if name == _W + "numId":
                self.styles[self._at["style"]] = value, ilvl
            elif name == _W + "ilvl":
                self.styles[self._at["style"]] = num, _level_of(value)

    def end(self, name: str) -> None:
        if self._open:
            self._open.pop()
        for element, key in (
            ("abstractNum", "abstract"),
            ("num", "num"),
            ("lvl", "level"),
            ("lvlOverride", "override"),
            ("style", "style"),
        ):
            if name == _W + element:
                self._at.pop(key, None)

    def text(self, data: str) -> None:
        pass

    def outline(self, style: str) -> int | None:
        """The outline level (``w:outlineLvl``: 0 for a first-level heading… 9 for body
        text) of a paragraph of ``style``, its own or that of a style it is based on; None
        when none says."""
        for _ in range(_MAX_BASED):
            if style in self.outlines or style not in self.based:
                return self.outlines.get(style)
            style = self.based[style]
        return None

    # --- numbering the paragraphs --------------------------------------------------------
    def label(self, num: str, level: int, style: str) -> str:
        """The number Word shows before a paragraph with numbering ``num`` at ``level``
        (else its ``style``'s), counting it; "" for none, a bullet or a level shown bare."""
        if not num and style in self.styles:
            num, level = self.styles[style]
        levels = self.abstract.get(self.lists.get(num, ""), {})
        if not num or num == "0" or level not in levels:
            return ""
        counts = self.counts.setdefault(num, [0] * _LEVELS)
        counts[level] += 1
        for deeper in range(level + 1, _LEVELS):
            counts[deeper] = 0
        shown = levels[level]
        if shown.format in ("bullet", "none") or "%" not in shown.text:
            return ""
        said = shown.text
        for n in range(level + 1):
            first = self.starts.get((num, n), levels[n].start if n in levels else 1)
            number = first + max(counts[n], 1) - 1
            form = levels[n].format if n in levels else "decimal"
            said = said.replace(f"%{n + 1}", _number(number, form))
        return said.strip()


def count_of(value: str) -> int | None:
    """A list's start, level or count as a file writes it ("3"), at most ``_MOST``; None
    for anything else, which is ignored (the list counted from 1). A malformed value ("²",
    which ``str.isdigit`` passes and ``int`` refuses, or 5,000 digits, past ``int``'s limit)
    made the whole file unreadable, said as "unknown encoding in content.xml" (a review)."""
    if not (value.isascii() and value.isdigit()) or len(value) > _DIGITS:
        return None
    return min(int(value), _MOST)


def _level_of(value: str) -> int:
    return min(count_of(value) or 0, _LEVELS - 1)


def _number(number: int, form: str) -> str:
    """A list number in a level's format (``number_label``'s, and zero-padded decimals)."""
    return f"{number:02d}" if form == "decimalZero" else number_label(number, form)


_ROMAN = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
          (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))  # fmt: skip


def number_label(number: int, numbering: str) -> str:
    """A note's or a list's number as Word shows it in ``numbering`` (a ``w:numFmt``
    value): "3",
    "iii", "C", "c", "‡"; a format not known here (Word has dozens), and a number the
    format cannot write, in digits."""
    if numbering in ("lowerRoman", "upperRoman") and 0 < number < 4000:
        roman = ""
        for value, letters in _ROMAN:
            count, number = divmod(number, value)
            roman += letters * count
        return roman.upper() if numbering == "upperRoman" else roman
    if numbering in ("lowerLetter", "upperLetter") and 0 < number <= 26 * 20:  # a…z, aa…zz…
        letter = chr(ord("a") + (number - 1) % 26) * ((number - 1) // 26 + 1)
        return letter.upper() if numbering == "upperLetter" else letter
    if numbering == "chicago" and 0 < number <= 4 * 20:  # *, †, ‡, §, **…
        return "*†‡§"[(number - 1) % 4] * ((number - 1) // 4 + 1)
    return str(number)
