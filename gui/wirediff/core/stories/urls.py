"""Canonical URLs: documents with the same article URL (``addresses.url_key``) are versions
of one article; so are short texts with the same words (too short for a copy link to see
them).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator, Sequence

from wirediff.core.addresses import url_key
from wirediff.core.document import Document
from wirediff.core.stories.features import fold_text, words_of
from wirediff.core.stories.options import StoryOptions

SHORT_TEXT_MAX_CHARS = 2000  # a longer text is not read for its words here (it has enough)


def text_key(text: str, options: StoryOptions) -> str:
    """The words of a text too short for a copy link (fewer than ``link_min_shared``
    shingles: under 12 words by default), as a key; "" for a longer text or one without
    words. Two one-line flashes with the same words are one story, as a copy."""
    if len(text) > SHORT_TEXT_MAX_CHARS:
        return ""
    words = words_of(fold_text(text))
    if not words or len(words) >= options.link_min_shared + options.shingle_words - 1:
        return ""
    return "text:" + hashlib.sha1(" ".join(words).encode("utf-8", "surrogatepass")).hexdigest()


def article_keys(doc: Document, options: StoryOptions) -> list[str]:
    """What names the article ``doc`` is a version of: its URL (``url_key``), and its words
    when it is too short to link by them (``text_key``)."""
    keys = [url_key(doc.url)] if doc.url else []
    keys.append(text_key(doc.text, options))
    return [key for key in keys if key]


def same_article_pairs(
    documents: Sequence[Document], options: StoryOptions
) -> Iterator[tuple[int, int]]:
    """Pairs (first, other) of documents with the same article URL or the same short text
    (``article_keys``); a key shared by more than ``url_max_docs`` documents names a feed
    or a site (or a template), not an article, and is ignored."""
    by_key: dict[str, list[int]] = {}
    for i, doc in enumerate(documents):
        for key in article_keys(doc, options):
            by_key.setdefault(key, []).append(i)
    for docs in by_key.values():
        if 1 < len(docs) <= options.url_max_docs:
            yield from ((docs[0], d) for d in docs[1:])
