"""How the review store names documents and pairs: by the hash of their text, not their path.

A document moved, renamed or read from a renamed folder keeps its hash, so it keeps its
review. Its path is kept too, but only to show it and to notice a file edited in place.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from wirediff.core.document import Document

PairKey = tuple[str, str]  # the two text hashes, smaller first


def text_hash(text: str) -> str:
    """SHA-256 (hex) of ``text`` as UTF-8; lone surrogates are kept, escaped, not lost."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass(frozen=True, slots=True)
class DocRef:
    """A document as the store knows it: its text hash and the path it was last seen at."""

    hash: str
    path: str
    title: str = ""


def doc_ref(document: Document) -> DocRef:
    """The store's name for a loaded document (its path made absolute for display)."""
    return DocRef(text_hash(document.text), str(document.path.absolute()), document.title)


def pair_key(left: DocRef, right: DocRef) -> PairKey:
    """The order-independent key of a pair: a pair is the same whichever side is the base."""
    a, b = sorted((left.hash, right.hash))
    return (a, b)


def is_swapped(left: DocRef, right: DocRef) -> bool:
    """True when ``left`` is stored second: its changes are kept in the other orientation."""
    return left.hash > right.hash
