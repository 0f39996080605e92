"""Saved web pages (.html, .htm): the article's main text and metadata, via trafilatura.

trafilatura drops navigation, scripts, styles, comments, cookie banners and boilerplate,
and reads the title, author, date (through htmldate), canonical URL and site name from the
page's metadata (``<meta>``, Open Graph, JSON-LD).
"""

from __future__ import annotations

import re
from pathlib import Path

from wirediff.core.document import Document, normalize_newlines
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.errors import LITTLE_TEXT, ReadError
from wirediff.core.reading.metadata import guess_source
from wirediff.core.reading.options import ReaderOptions

_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?([\w:.-]{1,40})""", re.I)
# htmldate's "extensive search" guesses dates from the body text (photo captions,
# related-article lists); the page's own metadata is what we want.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


def declared_charset(data: bytes) -> str:
    """The charset a page declares in a ``<meta>`` tag in its first 4 KB, or ""."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else ""


def read_html(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """The article of a saved web page as one Document."""
    from trafilatura import bare_extraction  # heavy import (~0.3 s): only when a page comes

    page, encoding = decode(path, data, declared=declared_charset(data))
    result = bare_extraction(
        page,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        deduplicate=False,
        date_extraction_params=_DATE_PARAMS,
    )
    text = ""
    if result is not None and not isinstance(result, dict):
        text = normalize_newlines(result.text or "").strip()
    if result is None or isinstance(result, dict) or len(text) < options.min_chars:
        raise ReadError(
            path,
            "no article text found in the page",
            "the page may need JavaScript or hold no article; save the article text as .txt",
            LITTLE_TEXT,
        )
    url = result.url or ""
    title = (result.title or "").strip() or text.split("\n", 1)[0][:200]
    source = guess_source(text, title=title, url=url, site_name=result.sitename or "")
    return [
        Document(
            path=path,
            text=text,
            title=title,
            source=source,
            date=result.date or "",
            encoding=encoding,
            format="html",
            url=url,
            byline=(result.author or "").strip(),
            meta={"description": result.description or ""} if result.description else {},
        )
    ]
