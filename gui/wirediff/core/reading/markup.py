"""Plain text from HTML: the fragments news APIs and feeds put in their text fields, and the
simple extractor for web pages too big for trafilatura.

Python's HTMLParser takes the markup in pieces, so a page is fed 64 KB at a time: the caller
can cancel between pieces, and the budget stops a page of millions of tiny paragraphs as soon
as it passes the line cap. Time is linear in the page's size.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html.parser import HTMLParser

from wirediff.core.reading.limits import Budget

# Markup worth converting: paragraph and line-break tags, not a stray "a < b" in prose.
_LOOKS_LIKE_HTML = re.compile(
    r"</(?:p|div|li|h[1-6]|blockquote|span|a|em|strong|b|i)>|<br\s*/?>|<p[\s>]", re.I
)
# A table's cells too, each a paragraph as the Word and web page readers give them (a row's
# cells ran together: "CWaste incineration200,000").
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "figcaption", "ul", "ol", "table", "td", "th",
           "caption"}  # fmt: skip
_SKIPPED = {"script", "style", "noscript", "template", "iframe", "svg", "head"}
# A whole page also carries navigation, forms and side columns around the article.
_SKIPPED_IN_PAGES = _SKIPPED | {"nav", "footer", "aside", "form", "button", "select"}
_CHUNK = 64 * 1024


class _Text(HTMLParser):
    def __init__(self, skipped: set[str], budget: Budget | None) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipped, self.budget = skipped, budget
        self.skipping = 0
        self.in_block = False  # text came since the last block boundary

    def _boundary(self) -> None:
        self.parts.append("\n\n")
        if self.in_block and self.budget is not None:
            self.budget.add_lines(2)  # the block's line and the blank line after it
        self.in_block = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.skipped:
            self.skipping += 1
        elif tag in _BLOCKS:
            self._boundary()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.skipped:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self._boundary()

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)
            self.in_block = True
            if self.budget is not None:
                self.budget.add_chars(len(data))


def looks_like_html(text: str) -> bool:
    """Whether ``text`` carries paragraph or inline HTML tags."""
    return _LOOKS_LIKE_HTML.search(text) is not None


def html_to_text(
    markup: str,
    *,
    page: bool = False,
    budget: Budget | None = None,
    between_chunks: Callable[[], None] | None = None,
) -> str:
    """The text of HTML: one blank line between blocks, scripts left out (and, for a whole
    ``page``, navigation, forms and side columns). ``budget`` counts the text as it comes
    (raising past a cap); ``between_chunks()`` runs after each 64 KB of markup."""
    parser = _Text(_SKIPPED_IN_PAGES if page else _SKIPPED, budget)
    for start in range(0, len(markup), _CHUNK):
        parser.feed(markup[start : start + _CHUNK])
        if between_chunks is not None:
            between_chunks()
    parser.close()
    blocks = "".join(parser.parts).split("\n\n")
    lines = (" ".join(block.split()) for block in blocks)
    return "\n\n".join(line for line in lines if line)
