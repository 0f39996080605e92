"""Canonical URLs: documents with the same article URL are versions of one article.

The URL comes from the page (``<link rel=canonical>``, ``og:url``) or a record's url field.
It is compared without what does not name the article: the scheme, ``www.``, a trailing
slash, the fragment, tracking parameters (``utm_*``, ``fbclid``…) and letter case of the host.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from urllib.parse import parse_qsl, urlencode, urlsplit

from wirediff.core.document import Document

_TRACKING = frozenset("fbclid gclid mc_cid mc_eid ref ref_src cmp ocid smid taid share".split())


def url_key(url: str) -> str:
    """The article a URL names, as a comparable string; "" when it names none (no host,
    or only a site's home page)."""
    url = url.strip()
    if "://" not in url:
        return ""
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith("utm_") and k.lower() not in _TRACKING
    ]
    if not host or (not path and not query):
        return ""
    return host + path + ("?" + urlencode(sorted(query)) if query else "")


def same_url_pairs(documents: Sequence[Document], max_docs: int) -> Iterator[tuple[int, int]]:
    """Pairs (first, other) of documents with the same article URL; a URL shared by more
    than ``max_docs`` documents names a feed or a site, not an article, and is ignored."""
    by_key: dict[str, list[int]] = {}
    for i, doc in enumerate(documents):
        key = url_key(doc.url) if doc.url else ""
        if key:
            by_key.setdefault(key, []).append(i)
    for docs in by_key.values():
        if 1 < len(docs) <= max_docs:
            yield from ((docs[0], d) for d in docs[1:])
