"""A story of a ``StoryIndex`` as the documents a story table is built from."""

from __future__ import annotations

from dataclasses import replace

from wirediff.core.document import Document
from wirediff.core.stories import StoryIndex, clean_text


def story_documents(
    index: StoryIndex, story: int, *, boilerplate: bool = False
) -> tuple[Document, list[Document]]:
    """The base of ``story`` and its other versions, in the story's order (the stories
    engine's: time order where dates are known).

    With ``boilerplate=False`` (the default) each document's boilerplate lines (navigation
    cruft, repeated captions, an outlet's tagline) are left out of its text, as in the story
    panel's figures: they are not part of what an outlet kept or cut.
    """
    docs = [index.documents[d] for d in index.stories[story].documents]
    if not boilerplate:
        docs = [
            replace(doc, text=clean_text(index, d))
            for doc, d in zip(docs, index.stories[story].documents, strict=True)
        ]
    return docs[0], docs[1:]
