"""Group documents into stories and events: the one entry point, ``build_story_index``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from wirediff.core.document import Document, first_line_title
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.candidates import shared_counts, story_edges
from wirediff.core.stories.cluster import cluster
from wirediff.core.stories.events import core_terms, group_events, story_terms, term_vectors
from wirediff.core.stories.features import Shingles, make_shingles, word_keys
from wirediff.core.stories.model import Cancelled, Event, Story, StoryIndex, score_versions
from wirediff.core.stories.options import StoryOptions

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
) -> StoryIndex:
    """Group ``documents`` into events > stories > versions.

    ``on_progress(stage, done, total)`` is called now and then, with ``stage`` one of
    ``STAGES``; when ``should_cancel()`` returns True the build stops and raises
    ``Cancelled``. Runs in time roughly linear in the folder's size (no all-pairs step).
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
    del counts
    run.step("stories", 0, n)

    def link(a: int, b: int) -> float:
        shared = len(set(shingles[a].sampled).intersection(shingles[b].sampled))
        return shared / (min(sizes[a], sizes[b]) or 1)

    labels = cluster(n, edges, link, options.guard_min_link, options.guard_sample)
    del edges
    groups: dict[int, list[int]] = {}
    for d, label in enumerate(labels):
        groups.setdefault(label, []).append(d)
    members = list(groups.values())
    run.step("stories", n // 2, n)
    recurring = bp.recurring_boilerplate(lines, df, labels, options)
    spans = tuple(bp.boilerplate_spans(ls, recurring) for ls in lines)
    bases = [_choose_base(m, shingles, documents) for m in members]
    return _assemble(documents, members, bases, lines, spans, shingles, options, run)


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


def _choose_base(
    members: list[int], shingles: Sequence[Shingles], documents: Sequence[Document]
) -> int:
    """The version most contained in the others that also covers most of their shared text.

    With S the shingles found in at least two versions, version x scores
    support(x) * coverage(x) = (|x & S| / |x|) * (|x & S| / |S|): support alone would pick a
    trimmed copy (fully contained in the original), coverage alone a padded one.
    Ties (the same text) go to the earliest date, then to the shortest file (the copy with
    the least wrapping around it), then to the first document.
    """
    if len(members) == 1:
        return members[0]
    counts: Counter[int] = Counter()
    for doc in members:
        counts.update(shingles[doc].full)
    once = {h for h, c in counts.items() if c == 1}

    def key(doc: int) -> tuple[float, int, str, int, int]:
        full = shingles[doc].full
        shared = len(full) - len(once.intersection(full))
        score = shared * shared / len(full) if full else 0.0
        date = documents[doc].date
        return (-score, 0 if date else 1, date, len(documents[doc].text), doc)

    return min(members, key=key)


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
            versions = score_versions(members[s], bases[s], shingles)
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
