"""The numbers LibreOffice puts before numbered list items and headings of an .odt.

LibreOffice writes a list item's number in no text of the item (``text:number`` is
optional, and LibreOffice usually leaves it out): it draws it from the list's style
(``text:list-style``, automatic in ``content.xml`` or named in ``styles.xml``) and the
chapter numbering of headings (``text:outline-style``). Read as text, a numbered list lost
its "1." "2.", so that the same draft as .odt and as .docx (whose numbers ``docx_lists``
counts) differed at every item (an academic's walkthrough of a LibreOffice co-author's
draft). Counted here as LibreOffice counts them: per list, each level from its start value,
a level going on resetting the levels under it; a list that says it continues another
(``text:continue-list``, ``text:continue-numbering``) goes on counting it; the label is the
level's prefix, its number (and the ``text:display-levels`` above it, joined by "."), its
suffix. Bullets, images and levels without a number format give none, as before.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from wirediff.core.reading.docx_lists import count_of, number_label

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_XML = "http://www.w3.org/XML/1998/namespace}"
_LIST_STYLE, _OUTLINE = _TEXT + "list-style", _TEXT + "outline-style"
_NUMBERED = (_TEXT + "list-level-style-number", _TEXT + "outline-level-style")
_UNNUMBERED = (_TEXT + "list-level-style-bullet", _TEXT + "list-level-style-image")
_LEVELS = 10  # OpenDocument's list levels: 1 to 10
# ``style:num-format`` as ``number_label`` names it (any other: in digits, as Word's are)
_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
            "I": "upperRoman"}  # fmt: skip
OUTLINE = "\0outline"  # the chapter numbering's name among the list styles


@dataclass(frozen=True)
class _Level:
    format: str = ""  # "" for a bullet, an image, a level with no number
    prefix: str = ""
    suffix: str = ""
    shown: int = 1  # ``text:display-levels``: this level's number and those above it
    start: int = 1


@dataclass
class _List:
    """One list's counts, level by level (a list continued by another keeps them)."""

    style: str
    counts: list[int] = field(default_factory=lambda: [0] * _LEVELS)


def _level_of(value: str) -> int:
    return min(count_of(value) or 1, _LEVELS) - 1


def _number(value: str, default: int) -> int:
    number = count_of(value)
    return default if number is None else number


class ListStyles:
    """The list styles of ``styles.xml`` and ``content.xml``'s automatic styles (their
    handler while those are read: ``start``), then the counter of the body's lists."""

    def __init__(self) -> None:
        self.styles: dict[str, dict[int, _Level]] = {}
        self._reading = ""  # the list style being read
        self._lists: list[tuple[_List, int]] = []  # the lists open: each one's list, level
        self._by_id: dict[str, _List] = {}  # a list's ``xml:id``: what continues it names it
        self._last: _List | None = None  # the last outermost list (``continue-numbering``)
        self._item_start: int | None = None  # a list item's own start value
        self._outline = _List(OUTLINE)

    # --- reading the styles -------------------------------------------------------------
    def start(self, name: str, attributes: dict[str, str]) -> None:
        if name == _LIST_STYLE:
            self._reading = attributes.get(_STYLE + "name", "")
            self.styles[self._reading] = {}
        elif name == _OUTLINE:
            self._reading = OUTLINE
            self.styles[OUTLINE] = {}
        elif self._reading and name in _NUMBERED + _UNNUMBERED:
            level = _level_of(attributes.get(_TEXT + "level", "1"))
            self.styles[self._reading][level] = (
                _Level(
                    format=attributes.get(_STYLE + "num-format", ""),
                    prefix=attributes.get(_STYLE + "num-prefix", ""),
                    suffix=attributes.get(_STYLE + "num-suffix", ""),
                    shown=_number(attributes.get(_TEXT + "display-levels", ""), 1),
                    start=_number(attributes.get(_TEXT + "start-value", ""), 1),
                )
                if name in _NUMBERED
                else _Level()
            )

    def end(self, name: str) -> None:
        if name in (_LIST_STYLE, _OUTLINE):
            self._reading = ""

    def text(self, data: str) -> None:
        pass

    # --- counting the body's lists ------------------------------------------------------
    def open_list(self, attributes: dict[str, str]) -> None:
        """A ``text:list`` opens: an outermost one a list of its own, or the one it says
        it continues; a nested one the next level of the list around it."""
        style = attributes.get(_TEXT + "style-name", "")
        if self._lists:
            outer, level = self._lists[-1]
            self._lists.append((outer, min(level + 1, _LEVELS - 1)))
            return
        continued = self._by_id.get(attributes.get(_TEXT + "continue-list", ""))
        if continued is None and attributes.get(_TEXT + "continue-numbering") == "true":
            continued = self._last
        if continued is None or (style and style != continued.style):
            continued = _List(style)
        self._lists.append((continued, 0))
        self._last = continued
        if attributes.get(_XML + "id"):
            self._by_id[attributes[_XML + "id"]] = continued

    def close_list(self) -> None:
        if self._lists:
            self._lists.pop()

    def listed(self) -> bool:
        """Whether a list is open."""
        return bool(self._lists)

    def open_item(self, attributes: dict[str, str]) -> None:
        """A ``text:list-item``: its own start value, if it gives one, for its number."""
        value = attributes.get(_TEXT + "start-value", "")
        self._item_start = count_of(value)

    def item_label(self) -> str:
        """The number of the list item whose first paragraph opens, counting it; "" for a
        bullet, a level with no number, a paragraph outside any list."""
        if not self._lists:
            return ""
        listed, level = self._lists[-1]
        return self._count(listed, level, self._item_start)

    def heading_label(self, level: int, attributes: dict[str, str]) -> str:
        """The chapter number of a heading (``text:h``) outside any list at outline
        ``level`` (1…), counting it; "" when the chapter numbering gives none."""
        if OUTLINE not in self.styles or attributes.get(_TEXT + "is-list-header") == "true":
            return ""
        start = None
        if attributes.get(_TEXT + "restart-numbering") == "true":
            start = _number(attributes.get(_TEXT + "start-value", ""), 1)
        return self._count(self._outline, min(max(level, 1), _LEVELS) - 1, start)

    def _count(self, listed: _List, level: int, start: int | None) -> str:
        levels = self.styles.get(listed.style, {})
        counts = listed.counts
        first = levels[level].start if level in levels else 1
        counts[level] = start if start is not None else max(counts[level] + 1, first)
        for deeper in range(level + 1, _LEVELS):
            counts[deeper] = 0
        self._item_start = None
        shown = levels.get(level, _Level())
        if not shown.format:
            return ""
        numbers = []
        for above in range(max(level - shown.shown + 1, 0), level + 1):
            form = levels[above].format if above in levels else "1"
            first = levels[above].start if above in levels else 1
            numbers.append(number_label(max(counts[above], first), _FORMATS.get(form, "")))
        return f"{shown.prefix}{'.'.join(numbers)}{shown.suffix}".strip()
