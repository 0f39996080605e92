"""RSS and Atom feeds: each item an article, as a JSON list's records are.

A probe's folder held a news reader's exports: a feed of five outlets' reports was one
"Reuters" document of raw XML, its items never compared, their dates lost and its markup
diffed as words; an OPML subscription list was an "article" titled by its XML source.
Each item is now a document of its own (``feed.xml#3``): its title, link, date, author and
text (the full content when the feed gives it, else the description or summary, HTML read
as text), numbered in the feed's order. An OPML list holds no article and says so; other
XML is no feed and says so. The XML is parsed as a Word file's parts are (``xmlparts``):
no entity is declared or fetched (a bomb is refused), a document type naming an outside
DTD is allowed (RSS 0.91 feeds carry one), one with declarations inside is not.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from typing import NoReturn
from urllib.parse import urlsplit
from xml.parsers import expat

from wirediff.core.document import Document
from wirediff.core.reading.errors import EMPTY, MALFORMED, NO_ARTICLES, ReadError
from wirediff.core.reading.markup import html_to_text
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.outlets import outlet_for_host
from wirediff.core.reading.records import default_fields, record_documents, take_records
from wirediff.core.reading.xmlparts import Events, xml_parser

_HINT = "save the articles as .txt, or export them as JSON or CSV"
_ITEMS = frozenset({"item", "entry"})  # RSS's (0.9x, 1.0, 2.0) and Atom's
_FEEDS = frozenset({"rss", "feed", "RDF", "channel"})
# An item's fields by their elements' local names, the first found winning: the full text
# (RSS's content:encoded, Atom's content) before the description or summary
_FIELDS = {
    "title": ("title",),
    "text": ("encoded", "content", "description", "summary"),
    "date": ("pubDate", "published", "date", "issued", "updated", "modified"),
    "author": ("creator", "author"),
    "link": ("link", "origLink"),
}
# Elements inside an item's field that end a paragraph (Atom's content as XHTML)
_BLOCKS = frozenset("p div li br h1 h2 h3 h4 h5 h6 blockquote tr".split())


def _local(name: str) -> str:
    return name.rsplit("}", 1)[-1]


class _Items:
    """Collects the items of a feed (``Handler`` of ``xmlparts``): each a dict of its
    fields' texts by local name, the link's address as Atom gives it too."""

    def __init__(self) -> None:
        self.root = ""
        self.items: list[dict[str, str]] = []
        self.channel: dict[str, str] = {}  # the feed's own link
        self._depth = 0
        self._item_depth = -1  # the open item's depth, -1 outside one
        self._field = ""  # the item's field being read (its direct child)
        self._parts: list[str] = []
        self.complete = 0  # items read to their end
        self.broken = ""  # where the XML broke, after ``complete`` items

    def start(self, name: str, attributes: dict[str, str]) -> None:
        local = _local(name)
        self._depth += 1
        if not self.root:
            self.root = local
        if self._item_depth < 0 and local in _ITEMS:
            self._item_depth = self._depth
            self.items.append({})
        elif self._item_depth >= 0 and self._depth == self._item_depth + 1:
            self._field, self._parts = local, []
            if local == "link" and "href" in attributes and _alternate(attributes):
                self.items[-1].setdefault("link", attributes["href"])
        elif self._item_depth < 0 and local == "link" and _alternate(attributes):
            # the feed's own page (RSS: its text; not Atom's rel="self", the feed's address:
            # a WordPress feed's outlet was its feed host's)
            self._field, self._parts = "channel link", [attributes.get("href", "")]
        elif self._field == "author" and local == "email":
            self._field = "author email"  # (Atom's author: its name, not its address)

    def end(self, name: str) -> None:
        local = _local(name)
        if self._field == "channel link":
            self.channel.setdefault("link", "".join(self._parts).strip())
            self._field = ""
        elif self._item_depth >= 0 and self._depth == self._item_depth + 1 and self._field:
            text = "".join(self._parts).strip()
            if text:
                self.items[-1].setdefault(self._field, text)
            self._field = ""
        elif self._field == "author email" and local == "email":
            self._field = "author"
        elif self._field and local in _BLOCKS:
            self._parts.append("\n\n")
        if self._depth == self._item_depth:
            self._item_depth = -1
            self.complete = len(self.items)
        self._depth -= 1

    def text(self, data: str) -> None:
        if self._field and self._field != "author email":
            self._parts.append(data)


_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")  # any tag, a script's too


def _alternate(attributes: dict[str, str]) -> bool:
    """Whether a link is to the page itself (Atom's rel="alternate", RSS's plain link)."""
    return attributes.get("rel", "alternate") == "alternate"


def _refuse(path: Path) -> Callable[..., NoReturn]:
    def refuse(*_args: object) -> NoReturn:
        reason = "feed with an entity declaration or an external entity (refused)"
        raise ReadError(path, reason, _HINT, MALFORMED)

    return refuse


def _parse(path: Path, data: bytes) -> _Items:
    items = _Items()
    parser = xml_parser(path, Events(path, items, "feed"), _refuse(path))

    def doctype(_name: str, _system: str | None, _public: str | None, inside: int) -> None:
        if inside:  # (declarations inside it: an entity bomb's place)
            _refuse(path)()

    parser.StartDoctypeDeclHandler = doctype
    # An entity the outside DTD names, unread (RSS 0.91's "&eacute;", "&mdash;"): as HTML
    # has it, else as written (they were dropped: "Caf owners", a review)
    parser.SkippedEntityHandler = lambda name, _parameter: items.text(html.unescape(f"&{name};"))
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        # (broken where the data ends, a download cut short: the items before it are read;
        # a bad entity or junk inside is a broken feed, not a short one — a review)
        at_end = parser.ErrorByteIndex >= len(data.rstrip()) - 1
        if items.complete and at_end:
            items.items = items.items[: items.complete]
            items.broken = f"line {exc.lineno}: {expat.ErrorString(exc.code)}"
            return items
        reason = f"not a feed (broken XML at line {exc.lineno}: {expat.ErrorString(exc.code)})"
        raise ReadError(path, reason, _HINT, MALFORMED) from None
    except (LookupError, ValueError):  # an encoding expat cannot read
        raise ReadError(path, "not a feed (unknown encoding)", _HINT, MALFORMED) from None
    return items


def read_feed(path: Path, data: bytes, options: ReaderOptions) -> list[Document | ReadError]:
    """The items of an RSS or Atom feed as documents (see the module)."""
    found = _parse(path, data)
    if found.root == "opml":
        reason = "a list of feeds (OPML): it holds no article"
        raise ReadError(path, reason, "save the feeds' articles into the folder", NO_ARTICLES)
    if found.root not in _FEEDS:
        reason = f"an XML file, not an RSS or Atom feed (its first element is <{found.root}>)"
        raise ReadError(path, reason, "save the article's text as .txt", MALFORMED)
    if not found.items:
        raise ReadError(path, "a feed with no items", "the feed holds no articles", EMPTY)
    channel = urlsplit(found.channel.get("link", "")).hostname or ""
    outlet = outlet_for_host(channel) if channel else ""
    site = outlet if outlet and outlet != channel.removeprefix("www.") else ""
    records = [_record(item, site) for item in found.items]
    taken, over = take_records(path, enumerate(records, 1), options)
    if found.broken and over is None:  # (a feed cut short: said, the items before it kept)
        reason = f"the feed breaks off ({found.broken}): the items after it were not read"
        over = ReadError(path, reason, "download the feed again", MALFORMED)
    return record_documents(path, taken, over, default_fields(options), "utf-8 (feed)", "feed")


def _record(item: dict[str, str], site: str) -> dict[str, str]:
    """An item's fields under the names a JSON record's are read by (``FieldMap``)."""
    record = {
        key: next((item[n] for n in names if item.get(n)), "") for key, names in _FIELDS.items()
    }
    if _TAG.search(record["title"]):  # (Atom's type="html", an RSS title's escaped markup)
        record["title"] = " ".join(html_to_text(record["title"]).split())
    if site:
        record["source"] = site
    return record
