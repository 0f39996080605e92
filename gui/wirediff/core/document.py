"""The Document: one text as read from a file, with what is known about it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Document:
    """A text and its metadata.

    ``text`` is the file's text exactly as decoded, except that line endings are normalised
    to ``\\n`` (``\\r\\n`` and lone ``\\r`` become ``\\n``). Every offset the engine reports is
    a code-point index into this string.
    """

    path: Path
    text: str
    title: str
    source: str = ""  # outlet guess ("Reuters", "sputniknews.com"); empty when unknown
    date: str = ""  # ISO 8601 date (or date-time) when one was found; empty when unknown
    encoding: str = "utf-8"  # the encoding the bytes were decoded with
    format: str = "text"  # the reader that produced it: "text", "html", "json", ...
    url: str = ""  # canonical URL when the format gives one
    meta: dict[str, str] = field(default_factory=dict, compare=False, hash=False)

    @property
    def name(self) -> str:
        """The file name, for lists and messages."""
        return self.path.name


def normalize_newlines(text: str) -> str:
    """Turn ``\\r\\n`` and lone ``\\r`` into ``\\n``."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def first_line_title(text: str, limit: int = 200) -> str:
    """The first non-empty line, stripped and shortened to ``limit`` characters."""
    for line in text.split("\n", 50):
        line = line.strip()
        if line:
            return line if len(line) <= limit else line[: limit - 1].rstrip() + "…"
    return ""
