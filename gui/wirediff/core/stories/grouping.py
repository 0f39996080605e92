"""Documents into stories: the links, in order, through the guarded union-find.

One function for every engine: ``build_story_index`` calls it on the whole folder, the Dask
engine (``wirediff.scale``) on each connected component of the candidate links, so both
give the same stories. Everything it needs is per document (lines, shingles, text) or per
pair (links, candidate rewrites, same-URL pairs); the pairs are found elsewhere (an
inverted index in one process, a shuffle on a cluster).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TypeVar

from wirediff.core.document import Document
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.candidates import Edge, order_edges, twin_classes
from wirediff.core.stories.cluster import Groups
from wirediff.core.stories.features import Shingles
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.order import DocumentKeys
from wirediff.core.stories.rewrites import Texts, merge_rewrites, rewrite_edges
from wirediff.core.stories.strangers import Kinship

_T = TypeVar("_T")


def group_documents(
    documents: Sequence[Document],
    lines: Sequence[bp.DocLines],
    shingles: Sequence[Shingles],
    strong: Iterable[Edge],
    maybe_rewrites: Sequence[tuple[int, int]],
    url_pairs: Iterable[tuple[int, int]],
    options: StoryOptions,
    should_cancel: Callable[[], bool] | None = None,
    compact: bool = False,
    keys: DocumentKeys | None = None,
    on_step: Callable[[int, int], None] | None = None,
) -> list[list[int]]:
    """The stories of ``documents``, each a list of document indices in ascending order,
    listed by their first document.

    ``strong`` are the copy links ``(strength, a, b)`` (any order), ``maybe_rewrites`` the
    candidate rewrites ``(a, b)`` in ascending order, ``url_pairs`` the same-URL pairs in the
    order ``urls.same_article_pairs`` gives them. Same-URL documents are joined first, then the
    links (``order_edges``, average-linkage guard), then rewrites (``merge_rewrites``).
    ``compact``: count the rewrites' phrases in NumPy (``PhraseCounts``), the same counts.
    ``keys``: the documents' content keys, when the caller has them (made here if None).
    ``on_step(done, total)``: now and then, the candidate rewrites weighed so far (the
    pairs, then the edges that could merge: the grouping's long part where stories share
    many phrases).
    """
    sizes = [len(s.sampled) for s in shingles]

    link = copy_link(shingles)
    # The pairs' texts, made when first asked (``Texts``): its tests of a pair that shares
    # a paper's footer alone (``ends``), one statement quoted alone (``quotes``), or one
    # outlet's stories of other days or kinds (its factbox, its analysis: ``kinds``) serve
    # the links here and the rewrites' pass below, each document read once for both.
    texts = Texts(documents, lines, options, link, compact=compact, shingles=shingles)
    others = texts.other_stories

    def apart(a: int, b: int) -> bool:
        return texts.footer_only(a, b) or texts.quote_only(a, b) or others(a, b)

    strong = [edge for edge in _asked(strong, should_cancel) if not apart(edge[1], edge[2])]
    maybe_rewrites = [(a, b) for a, b in _asked(maybe_rewrites, should_cancel) if not apart(a, b)]
    texts.forget_bodies()  # (the bodies' runs served these tests alone)

    def opens(big: int, small: int) -> bool:
        """Whether ``small`` shares text with the opening of ``big``."""
        return not set(shingles[big].lead).isdisjoint(shingles[small].sampled)

    kinship = Kinship(documents, link, options)  # (strangers: no common story, the guard)

    def strange(a: int, b: int) -> bool:
        return kinship.strangers(a, b) or others(a, b)

    def kin(a: int, b: int) -> bool:
        return kinship.kin(a, b) and not others(a, b)

    if keys is None:  # ties and the guards' samples go by content, not names
        keys = DocumentKeys(documents)
    ordered = order_edges(strong, sizes, opens, keys)
    twins = twin_classes(ordered, sizes, options.guard_twin_min, len(shingles))
    groups = Groups(len(shingles), twins, keys, options.guard_sample + 1)
    for a, b in url_pairs:
        if not strange(a, b):  # (a live page's address, months apart: other news)
            groups.join(a, b)
    groups.merge(ordered, link, options.guard_min_link, options.guard_sample, strange)
    if maybe_rewrites:
        unjoined = [(a, b) for a, b in maybe_rewrites if groups.find(a) != groups.find(b)]
        rewrites = rewrite_edges(unjoined, texts, should_cancel, keys, on_step)
        merging = None
        if on_step is not None:
            merging = lambda done, total: on_step(len(unjoined) + done, len(unjoined) + total)  # noqa: E731
        merge_rewrites(groups, rewrites, texts, options, should_cancel, merging, kin, others)
    members: dict[int, list[int]] = {}
    for d, label in enumerate(groups.labels()):
        members.setdefault(label, []).append(d)
    return list(members.values())


def _asked(items: Iterable[_T], should_cancel: Callable[[], bool] | None) -> Iterator[_T]:
    """``items`` one by one while ``should_cancel()`` says False, asked before each: a pair
    of a long text takes a while, and a month's feed went on for seconds after Cancel (a
    media-monitoring analyst's walkthrough). The caller's next step raises ``Cancelled``."""
    for item in items:
        if should_cancel is not None and should_cancel():
            return
        yield item


def copy_link(shingles: Sequence[Shingles]) -> Callable[[int, int], float]:
    """The copy link of two documents: shared indexed shingles over the smaller's count."""
    sizes = [len(s.sampled) for s in shingles]

    def link(a: int, b: int) -> float:
        shared = len(set(shingles[a].sampled).intersection(shingles[b].sampled))
        return shared / (min(sizes[a], sizes[b]) or 1)

    return link


def held_link(shingles: Sequence[Shingles]) -> Callable[[int, int], float]:
    """How much of a document's text another holds: the share of ``a``'s shingles found in
    ``b``'s. Not ``copy_link``, over the smaller's count, by which a trimmed copy held all of
    every longer text drawn from its part: a rewrite of a release was "closer" to a trimmed
    copy of it than to the release itself."""

    def link(a: int, b: int) -> float:
        own = shingles[a].full
        return len(set(own).intersection(shingles[b].full)) / (len(own) or 1)

    return link
