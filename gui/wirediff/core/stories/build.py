"""Group documents into stories and events: the one entry point, ``build_story_index``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from wirediff.core.document import Document, first_line_title
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.base import choose_base
from wirediff.core.stories.candidates import shared_counts, story_edges
from wirediff.core.stories.cluster import Groups
from wirediff.core.stories.corrections import Correction, apply_corrections
from wirediff.core.stories.events import core_terms, group_events, story_terms, term_vectors
from wirediff.core.stories.features import Shingles, make_shingles, word_keys
from wirediff.core.stories.model import Cancelled, Event, Story, StoryIndex, score_versions
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.rewrites import (
    Texts,
    merge_rewrites,
    rewrite_candidates,
    rewrite_edges,
)
from wirediff.core.stories.urls import same_url_pairs

Progress = Callable[[str, int, int], None]  # (stage, done, total)
STAGES = ("lines", "shingles", "pairs", "stories", "events")


class _Run:
    """Progress and cancellation for one build."""

    def __init__(self, on_progress: Progress | None, should_cancel: Callable[[], bool] | None):
        self.on_progress = on_progress
        self.should_cancel = should_cancel

    def step(self, stage: str, done: int, total: int) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise Cancelled(stage)
        if self.on_progress is not None:
            self.on_progress(stage, done, total)


def build_story_index(
    documents: Sequence[Document],
    options: StoryOptions | None = None,
    *,
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    corrections: Sequence[Correction] = (),
) -> StoryIndex:
    """Group ``documents`` into events > stories > versions.

    Documents with the same article URL are one story; then copies and edited versions
    (shared shingles) join, then rewrites (reused phrases and sentences, measured with the
    aligned diff on candidate pairs), each with a guard against chaining; then the user's
    ``corrections`` are applied (see ``corrections``). ``on_progress(stage, done, total)``
    is called now and then, with ``stage`` one of ``STAGES``; when ``should_cancel()``
    returns True the build stops and raises ``Cancelled``. Runs in time roughly linear in
    the folder's size (no all-pairs step).
    """
    options = options or StoryOptions()
    run = _Run(on_progress, should_cancel)
    n = len(documents)
    lines = []
    for i, doc in enumerate(documents):
        lines.append(bp.split_lines(doc.text, options))
        if i % 512 == 0:
            run.step("lines", i, n)
    df = bp.line_frequencies(lines)
    rate = 1 if n <= options.full_index_max_docs else options.sample_every
    shingles = _shingles(documents, lines, df, options, rate, run)
    run.step("pairs", 0, n)
    counts = shared_counts([s.sampled for s in shingles], options, should_cancel)
    sizes = [len(s.sampled) for s in shingles]
    edges = story_edges(
        counts, sizes, options, rate, lambda big, small: _opens(shingles, big, small)
    )
    maybe_rewrites = []
    if options.find_rewrites:
        maybe_rewrites = rewrite_candidates(counts, sizes, options, rate)
    del counts
    run.step("stories", 0, n)

    def link(a: int, b: int) -> float:
        shared = len(set(shingles[a].sampled).intersection(shingles[b].sampled))
        return shared / (min(sizes[a], sizes[b]) or 1)

    groups = Groups(n)
    for a, b in same_url_pairs(documents, options.url_max_docs):
        groups.join(a, b)
    groups.merge(edges, link, options.guard_min_link, options.guard_sample)
    del edges
    if maybe_rewrites:
        texts = Texts(documents, lines, options, link)
        apart = [(a, b) for a, b in maybe_rewrites if groups.find(a) != groups.find(b)]
        rewrites = rewrite_edges(apart, texts, should_cancel)
        merge_rewrites(groups, rewrites, texts, options, should_cancel)
    labels = groups.labels()
    members: dict[int, list[int]] = {}
    for d, label in enumerate(labels):
        members.setdefault(label, []).append(d)
    stories = apply_corrections(list(members.values()), corrections, documents)
    story_of = [0] * n
    for s, docs in enumerate(stories):
        for d in docs:
            story_of[d] = s
    run.step("stories", n // 2, n)
    recurring = bp.recurring_boilerplate(lines, df, story_of, options)
    spans = tuple(bp.boilerplate_spans(ls, recurring) for ls in lines)
    bases = [choose_base(m, shingles, documents, options) for m in stories]
    return _assemble(documents, stories, bases, lines, spans, shingles, options, run)


def _opens(shingles: Sequence[Shingles], big: int, small: int) -> bool:
    """Whether ``small`` shares text with the opening of ``big``."""
    return not set(shingles[big].lead).isdisjoint(shingles[small].sampled)


def _shingles(
    documents: Sequence[Document],
    lines: list[bp.DocLines],
    df: Counter[int],
    options: StoryOptions,
    rate: int,
    run: _Run,
) -> list[Shingles]:
    """Shingles of every document, boilerplate (as known before grouping) left out."""
    vocab: dict[str, int] = {}
    out = []
    for i, doc in enumerate(documents):
        keys = word_keys(doc.text, lines[i], bp.excluded_lines(lines[i], df, options))
        out.append(make_shingles(keys, options.shingle_words, options.lead_words, rate, vocab))
        if i % 256 == 0:
            run.step("shingles", i, len(documents))
    return out


def _assemble(
    documents: Sequence[Document],
    members: list[list[int]],
    bases: list[int],
    lines: list[bp.DocLines],
    spans: tuple[tuple[bp.Span, ...], ...],
    shingles: Sequence[Shingles],
    options: StoryOptions,
    run: _Run,
) -> StoryIndex:
    """Score versions, find events, number everything (largest first) and pack the index."""
    kept = [_kept_spans(ls, set(spans_doc)) for ls, spans_doc in zip(lines, spans, strict=True)]
    run.step("events", 0, len(members))
    terms = []
    for group, base in zip(members, bases, strict=True):
        others = [d for d in group if d != base][:1]
        own = story_terms(documents[base].text, kept[base])
        terms.append(core_terms(own, [story_terms(documents[d].text, kept[d]) for d in others]))
    vectors = term_vectors(terms, options)
    del terms
    event_labels = group_events(vectors, options, run.should_cancel)
    run.step("events", len(members), len(members))
    # Order: events by size (documents), stories in an event by size, ties by first document.
    size = [len(m) for m in members]
    by_event: dict[int, list[int]] = {}
    for s, label in enumerate(event_labels):
        by_event.setdefault(label, []).append(s)
    event_groups = sorted(
        (sorted(g, key=lambda s: (-size[s], min(members[s]))) for g in by_event.values()),
        key=lambda g: (-sum(size[s] for s in g), min(members[g[0]])),
    )
    stories: list[Story] = []
    events: list[Event] = []
    story_of = [0] * len(documents)
    old_vectors = vectors
    vectors = []
    for event_id, group in enumerate(event_groups):
        ids = []
        for s in group:
            story_id = len(stories)
            versions = score_versions(members[s], bases[s], shingles, documents)
            title = _title(documents[bases[s]])
            stories.append(Story(story_id, title, event_id, versions))
            vectors.append(old_vectors[s])
            ids.append(story_id)
            for doc in members[s]:
                story_of[doc] = story_id
        events.append(Event(event_id, stories[ids[0]].title, tuple(ids)))
    return StoryIndex(
        documents=tuple(documents),
        stories=tuple(stories),
        events=tuple(events),
        boilerplate=spans,
        words=tuple(s.words for s in shingles),
        options=options,
        _story_of=tuple(story_of),
        _shingles=shingles,
        _vectors=vectors,
    )


def _kept_spans(lines: bp.DocLines, boiler: set[bp.Span]) -> list[bp.Span]:
    """The spans of a document's lines that are not boilerplate."""
    pairs = zip(lines.starts, lines.ends, strict=True)
    return [span for span in pairs if span not in boiler]


def _title(doc: Document) -> str:
    """A story's title: its base's title, or the base's first line."""
    return doc.title or first_line_title(doc.text) or doc.name
