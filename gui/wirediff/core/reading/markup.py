"""Plain text from the HTML that news APIs and feeds put in their text fields."""

from __future__ import annotations

import re
from html.parser import HTMLParser

# Markup worth converting: paragraph and line-break tags, not a stray "a < b" in prose.
_LOOKS_LIKE_HTML = re.compile(
    r"</(?:p|div|li|h[1-6]|blockquote|span|a|em|strong|b|i)>|<br\s*/?>|<p[\s>]", re.I
)
_BLOCKS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
           "section", "article", "figcaption", "ul", "ol", "table"}  # fmt: skip
_SKIPPED = {"script", "style", "noscript", "template", "iframe", "svg", "head"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED:
            self.skipping += 1
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED:
            self.skipping = max(0, self.skipping - 1)
        elif tag in _BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` carries paragraph or inline HTML tags."""
    return _LOOKS_LIKE_HTML.search(text) is not None


def html_to_text(fragment: str) -> str:
    """The text of an HTML fragment: one blank line between blocks, scripts left out."""
    parser = _Text()
    parser.feed(fragment)
    parser.close()
    blocks = "".join(parser.parts).split("\n\n")
    lines = (" ".join(block.split()) for block in blocks)
    return "\n\n".join(line for line in lines if line)
