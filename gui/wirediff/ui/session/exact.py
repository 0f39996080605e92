"""Similarities counted word by word, kept by pair: the list's exact figures (no ≈).

A figure is kept for its pair — the base document and the version — with what it was
counted from: both texts, the boilerplate lines left out of each (none when kept) and the
compare options. So it outlives a regrouping (a ``b`` or a correction in another story
rebuilt the list, and an untouched story's 92% went back to the estimate ≈71%), and is
shown again only while its version's story has that base and the texts are compared the
same way; a new base is a new pair, counted when its story is.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.stories import StoryIndex

Spans = tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class _Counted:
    base_text: str
    text: str
    left_out: tuple[Spans, Spans]  # the boilerplate left out of each text as compared
    options: CompareOptions
    similarity: float


def _left_out(index: StoryIndex, base: int, doc: int, keep: bool) -> tuple[Spans, Spans]:
    if keep:
        return (), ()
    return tuple(index.boilerplate[base]), tuple(index.boilerplate[doc])


# Figures kept for one pair, counted with as many ways of comparing (the latest): a switch
# of the Compare menu turned off and on again found the story's figures of before no more,
# counted over with the switch off, and the list showed estimates beside the panel's figures
# until F5 (a media monitor's walkthrough); the story panel had them still.
WAYS_KEPT = 4


class ExactFigures:
    """The similarities counted for the story panel (each version against its base), by
    (base document, version document), for each of the last ``WAYS_KEPT`` ways of
    comparing them."""

    def __init__(self) -> None:
        self._known: dict[tuple[int, int], list[_Counted]] = {}

    def clear(self) -> None:
        """Other documents (another folder): nothing counted holds."""
        self._known = {}

    def add(
        self,
        index: StoryIndex,
        pairs: Sequence[tuple[int, int, float]],
        options: CompareOptions,
        keep: bool,
    ) -> None:
        """(base, version, similarity) of ``index``'s documents, counted with ``options``,
        boilerplate lines left out unless ``keep``."""
        docs = index.documents
        for base, doc, similarity in pairs:
            left_out = _left_out(index, base, doc, keep)
            counted = _Counted(docs[base].text, docs[doc].text, left_out, options, similarity)
            ways = [
                c
                for c in self._known.get((base, doc), ())
                if (c.options, c.left_out) != (options, left_out) and _same_texts(c, counted)
            ]
            self._known[(base, doc)] = [*ways[-(WAYS_KEPT - 1) :], counted]

    def listed(
        self, index: StoryIndex, options: CompareOptions, keep: bool
    ) -> list[tuple[int, float]]:
        """(version, similarity) of every version of ``index`` counted against its story's
        base as the pair view compares now (``options``, ``keep``); figures whose texts are
        no longer the documents' are forgotten."""
        docs: Sequence[Document] = index.documents
        out = []
        for (base, doc), ways in list(self._known.items()):
            if max(base, doc) >= len(docs) or not _same(docs[base], docs[doc], ways[-1]):
                del self._known[(base, doc)]
            elif index.story_of(doc).base == base and doc != base:
                left_out = _left_out(index, base, doc, keep)
                for counted in ways:
                    if counted.options == options and counted.left_out == left_out:
                        out.append((doc, counted.similarity))
        return out

    def __len__(self) -> int:
        return len(self._known)


def _same(base: Document, doc: Document, counted: _Counted) -> bool:
    return base.text == counted.base_text and doc.text == counted.text


def _same_texts(a: _Counted, b: _Counted) -> bool:
    return a.base_text == b.base_text and a.text == b.text
