"""One outlet under one name across a folder: a page with no site name of its own takes the
name the same site's other pages give.

A site's pages saved with their ``og:site_name`` were "The Daily Star", those saved without
it (a reader view, an archive's capture) "thedailystar.net": one outlet under two names in
the list, the chain and the per-outlet table (an NGO newcomer's walkthrough).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from urllib.parse import urlsplit

from wirediff.core.document import Document
from wirediff.core.reading.outlets import bare_host


def _host(url: str) -> str:
    """A page's host without "www." ("" when the address has none)."""
    if "://" not in url:
        return ""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return bare_host(host)


# Hosts of archives, which hold the pages of every site (one capture's site name is no
# other's: a review)
_ARCHIVES = frozenset(
    "archive.ph archive.today archive.is archive.li archive.vn archive.md archive.org "
    "web.archive.org webcache.googleusercontent.com".split()
)


SiteNames = dict[str, set[str]]  # each page host's site names, other than the host


def site_names(documents: Iterable[Document]) -> SiteNames:
    """The names ``documents``' pages give their hosts (parts of a folder's add up:
    ``add_site_names``)."""
    names: SiteNames = {}
    for doc in documents:
        host = _host(doc.url)
        if host in _ARCHIVES:
            continue
        if host and doc.source and bare_host(doc.source) != host:
            names.setdefault(host, set()).add(doc.source)
    return names


def add_site_names(parts: Iterable[SiteNames]) -> SiteNames:
    """The ``site_names`` of parts of a folder together."""
    names: SiteNames = {}
    for part in parts:
        for host, named in part.items():
            names.setdefault(host, set()).update(named)
    return names


def with_site_names(documents: list[Document], names: SiteNames | None = None) -> list[Document]:
    """``documents``, those whose outlet is their page's bare host named as the same
    host's other pages name it, when they all name it one way (``names``: the whole
    folder's, when ``documents`` are a part of it)."""
    names = site_names(documents) if names is None else names
    if not names:
        return documents
    found = []
    for doc in documents:
        host = _host(doc.url)
        named = names.get(host, set())
        if len(named) == 1 and bare_host(doc.source) == host:
            doc = replace(doc, source=next(iter(named)))
        found.append(doc)
    return found
