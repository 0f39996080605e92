"""The caps of ``ReaderOptions``: checked while a reader extracts text, and on what it made.

Readers that unpack or parse a lot (Word, PDF, big web pages, record files) count what they
extract with a ``Budget`` and stop as soon as a cap is passed, and ask ``check_cancel``
between chunks; ``check_text`` then checks every document the same way, whatever its format.
"""

from __future__ import annotations

import re
from pathlib import Path

from wirediff.core.reading.errors import TOO_LARGE, ReadCancelled, ReadError
from wirediff.core.reading.options import ReaderOptions

# Words and single punctuation marks: the comparison's tokens, white space aside.
_TOKEN = re.compile(r"\w+|[^\w\s]")


def cap_hint(option: str, advice: str = "split the file") -> str:
    """The hint of a problem past the cap ``option`` (a ReaderOptions field)."""
    return f"{advice}, or raise the limit (--{option.replace('_', '-')} on the command line)"


def over_cap(path: Path, what: str, limit: int, option: str) -> ReadError:
    """The "too-large" error of a document past the cap ``option`` (a ReaderOptions field)."""
    return ReadError(path, f"too large: more than {limit:,} {what}", cap_hint(option), TOO_LARGE)


def out_of_memory(path: Path) -> ReadError:
    """The "too-large" error of a file whose reading exhausted memory."""
    hint = "close other programs, or split the file"
    return ReadError(path, "out of memory while reading it", hint, TOO_LARGE)


def check_cancel(options: ReaderOptions) -> None:
    """Raise ReadCancelled when the caller asked to stop."""
    if options.should_cancel is not None and options.should_cancel():
        raise ReadCancelled()


def check_text(path: Path, text: str, options: ReaderOptions) -> None:
    """Raise the "too-large" ReadError when ``text`` passes a cap on characters, lines or
    tokens. Cheap: tokens are counted only for texts longer than the token cap."""
    if len(text) > options.max_chars:
        raise over_cap(path, "characters", options.max_chars, "max_chars")
    if text.count("\n") >= options.max_lines:
        raise over_cap(path, "lines", options.max_lines, "max_lines")
    if len(text) > options.max_tokens and _TOKEN.subn("", text)[1] > options.max_tokens:
        raise over_cap(path, "words and punctuation marks", options.max_tokens, "max_tokens")


class Budget:
    """What a reader has extracted from one file so far, refused past the caps."""

    def __init__(self, path: Path, options: ReaderOptions) -> None:
        self.path, self.options = path, options
        self.chars = 0
        self.lines = 0

    def add_chars(self, count: int) -> None:
        self.chars += count
        if self.chars > self.options.max_chars:
            raise over_cap(self.path, "characters", self.options.max_chars, "max_chars")

    def add_lines(self, count: int) -> None:
        self.lines += count
        if self.lines >= self.options.max_lines:
            raise over_cap(self.path, "lines", self.options.max_lines, "max_lines")

    def add(self, text: str) -> None:
        """Count a piece of extracted text (its characters and line breaks)."""
        self.add_chars(len(text))
        self.add_lines(text.count("\n"))
