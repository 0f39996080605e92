"""Content order: what the grouping goes by where it must pick, never the file names.

The guards look at a sample of a group's members and edges of equal strength are taken in
some order. Both used to follow the documents' places in the folder (their file names), so
the same files under other names could give other stories and events (found by fuzzing:
renaming one file moved a revision out of its article's story). Every such choice now goes
by a key made of the content: ``document_key``, 64 bits of BLAKE2b of a document's text and
of what else the grouping reads of it (date, outlet, URL), the same in every process and on
every worker. Two documents with one key hold the same text and metadata: whichever of the
two is taken, the grouping sees the same thing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence

from wirediff.core.document import Document


def document_key(doc: Document) -> int:
    """A document's place in content order: a stable 64-bit hash of its text, date,
    outlet and URL (the same in every process; a PYTHONHASHSEED does not move it)."""
    digest = hashlib.blake2b(digest_size=8)
    digest.update(doc.text.encode("utf-8", "surrogatepass"))
    for part in (doc.published, doc.source, doc.url):
        digest.update(b"\0" + part.encode("utf-8", "surrogatepass"))
    return int.from_bytes(digest.digest(), "big")


class DocumentKeys:
    """``document_key`` of each of ``documents``, made when first asked for (only the
    documents a guard or a tie looks at are hashed)."""

    def __init__(self, documents: Sequence[Document]) -> None:
        self.documents = documents
        self._keys: dict[int, int] = {}

    def __call__(self, doc: int) -> int:
        found = self._keys.get(doc)
        if found is None:
            found = self._keys[doc] = document_key(self.documents[doc])
        return found


def in_content_order(docs: Sequence[int], key: DocumentKeys, k: int) -> list[int]:
    """The first ``k`` of ``docs`` in content order (all of them, ordered, when fewer): a
    sample that the same documents under other names give again."""
    return sorted(docs, key=lambda d: (key(d), d))[:k]
