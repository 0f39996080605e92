"""Group documents into stories and events: the one entry point, ``build_story_index``."""

from __future__ import annotations

from array import array
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.base import choose_base
from wirediff.core.stories.candidates import Edge, shared_counts, strong_links
from wirediff.core.stories.corrections import (
    Correction,
    chosen_bases,
    corrected_groups,
    event_labels,
    marked_apart,
)
from wirediff.core.stories.events import (
    Vector,
    cluster_events,
    event_edges,
    story_keys,
    unit_vector,
    weighed_vectors,
)
from wirediff.core.stories.features import Shingles
from wirediff.core.stories.grouping import copy_link, group_documents, held_link
from wirediff.core.stories.model import (
    Cancelled,
    Event,
    Story,
    StoryIndex,
    Version,
    score_versions,
    story_title,
)
from wirediff.core.stories.names import named_stories
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.order import DocumentKeys
from wirediff.core.stories.paraphrases import merge_paraphrases
from wirediff.core.stories.perdoc import Packed, Shingling, TermJob, Workers, unpack
from wirediff.core.stories.rewrites import Texts, rewrite_candidates
from wirediff.core.stories.urls import same_article_pairs

Progress = Callable[[str, int, int], None]  # (stage, done, total)
STAGES = ("lines", "shingles", "pairs", "rewrites", "stories", "events")
_STAGE_WORDS = {  # what each stage is doing, for a person
    "lines": "reading lines",
    "shingles": "indexing phrases",
    "pairs": "finding candidate pairs",
    "rewrites": "weighing candidate pairs",
    "stories": "choosing bases",
    "events": "grouping events",
}
# Documents whose words the paraphrase pass keeps at once (``Texts``' cache_max): it may
# read the base of nearly every story once. Keeping them all raised the peak of the pass
# on the 100k folder by ~1 GB (4,096 kept: by ~0.5 GB); each one's runs of words are a set
# of a few hundred tuples (tens of KB), so 512 keep a few tens of MB.
PARAPHRASE_CACHE = 512
_NO_LEAD: array[int] = array("q")


def progress_text(stage: str, done: int, total: int) -> str:
    """What a grouping at ``stage`` is doing, for a person: "step 4 of 6: weighing candidate
    pairs (1,200/5,400)" (another stage: its name and figures)."""
    figures = f"{done:,}/{total:,}"
    if stage not in _STAGE_WORDS:
        return f"{stage} {figures}"
    step = f"step {STAGES.index(stage) + 1} of {len(STAGES)}"
    return f"{step}: {_STAGE_WORDS[stage]} ({figures})"


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
    root: Path | None = None,
    workers: int = 1,
) -> StoryIndex:
    """Group ``documents`` into events > stories > versions.

    Documents with the same article URL are one story; then copies and edited versions
    (shared shingles) join, then rewrites (reused phrases and sentences, measured with the
    aligned diff on candidate pairs), each with a guard against chaining; then the user's
    ``corrections`` are applied (see ``corrections``; their relative paths are of files in
    ``root``, the folder they were made in). ``on_progress(stage, done, total)``
    is called now and then, with ``stage`` one of ``STAGES``; when ``should_cancel()``
    returns True the build stops and raises ``Cancelled``. Runs in time roughly linear in
    the folder's size (no all-pairs step). With ``workers`` > 1 and a big folder, the
    per-document work runs in that many processes; with NumPy installed, shingle hashing
    and pair counting are vectorized. Neither changes the result.

    The same as ``corrected_index(group_automatically(documents, ...), corrections, root)``.
    """
    engine = _Engine(workers=workers, vectorized=numpy_available())
    run = _Run(on_progress, should_cancel)
    return _whole(documents, options, run, engine, corrections, root)


def group_automatically(
    documents: Sequence[Document],
    options: StoryOptions | None = None,
    *,
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int = 1,
) -> Automatic:
    """The automatic grouping of ``documents`` (``build_story_index`` without corrections),
    kept to apply the user's corrections to with ``corrected_index``."""
    engine = _Engine(workers=workers, vectorized=numpy_available())
    with Workers(engine.workers, len(documents)) as pool:
        return _automatic(
            documents, options or StoryOptions(), _Run(on_progress, should_cancel), engine, pool
        )


def corrected_index(
    automatic: Automatic,
    corrections: Sequence[Correction] = (),
    root: Path | None = None,
    *,
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> StoryIndex:
    """The story index of an automatic grouping with the user's ``corrections`` applied:
    what ``build_story_index`` gives with them, without finding and comparing the
    candidate pairs again (only the stories are described again: bases, boilerplate,
    events). ``on_progress`` and ``should_cancel`` as for ``build_story_index``."""
    run = _Run(on_progress, should_cancel)
    with Workers(automatic.engine.workers, len(automatic.documents)) as pool:
        return _corrected(automatic, corrections, root, run, pool)


def build_reference(
    documents: Sequence[Document], options: StoryOptions | None = None
) -> StoryIndex:
    """The same grouping the slow way: one process, pure Python (the grouping of before
    NumPy and the process pool, kept for the tests and the benchmark to compare with)."""
    return _whole(documents, options, _Run(None, None), _Engine(1, False))


def _whole(
    documents: Sequence[Document],
    options: StoryOptions | None,
    run: _Run,
    engine: _Engine,
    corrections: Sequence[Correction] = (),
    root: Path | None = None,
) -> StoryIndex:
    """Group ``documents`` and apply the ``corrections``, in one pool of workers."""
    with Workers(engine.workers, len(documents)) as pool:
        automatic = _automatic(documents, options or StoryOptions(), run, engine, pool)
        return _corrected(automatic, corrections, root, run, pool)


@dataclass(frozen=True, slots=True)
class _Engine:
    """How the work is done (never what it gives)."""

    workers: int
    vectorized: bool


def numpy_available() -> bool:
    """Whether NumPy can be imported (the ``fast`` extra; not in the desktop app)."""
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


@dataclass(slots=True)
class Automatic:
    """A folder's automatic grouping, before the user's corrections, and what describing
    stories of it needs. The app keeps it, so that a correction regroups in a small part of
    the time (``corrected_index``): on a folder whose stories share many phrases, finding
    and comparing the candidate pairs was nine-tenths of a grouping, and every move or split
    did it again."""

    documents: tuple[Document, ...]
    options: StoryOptions
    stories: list[list[int]]  # each story's documents, ascending
    lines: list[bp.DocLines]
    df: Counter[int]  # documents holding each frequent line (``boiler_min_docs`` or more)
    shingles: Sequence[Shingles]
    keys: DocumentKeys
    engine: _Engine
    described: _Described | None  # of ``stories`` (None: not yet)
    bases: list[int] | None = None  # of ``stories`` (None: not yet)

    def fits(self, documents: Sequence[Document], options: StoryOptions | None = None) -> bool:
        """Whether this is the grouping of these very ``documents`` with these ``options``."""
        return (
            len(documents) == len(self.documents)
            and all(a is b for a, b in zip(documents, self.documents, strict=True))
            and (options or StoryOptions()) == self.options
        )


def _automatic(
    documents: Sequence[Document],
    options: StoryOptions,
    run: _Run,
    engine: _Engine,
    pool: Workers,
) -> Automatic:
    n = len(documents)
    rate = 1 if n <= options.full_index_max_docs else options.sample_every
    texts = [doc.text for doc in documents]
    lines = pool.lines(texts, options, lambda done: run.step("lines", done, n))
    df = bp.line_frequencies(lines)
    skips = [bp.excluded_lines(ls, df, options) for ls in lines]
    step = lambda done: run.step("shingles", done, n)  # noqa: E731
    how = Shingling(options, rate, engine.vectorized)
    shingles = pool.shingles(texts, lines, skips, how, step)
    del texts, skips
    run.step("pairs", 0, n)
    strong, maybe_rewrites = _pairs(shingles, options, rate, engine.vectorized, run)
    url_pairs = same_article_pairs(documents, options)
    keys = DocumentKeys(documents)  # each document's text hashed once, for every stage
    found = group_documents(
        documents,
        lines,
        shingles,
        strong,
        maybe_rewrites,
        url_pairs,
        options,
        run.should_cancel,
        compact=engine.vectorized,
        keys=keys,
        on_step=lambda done, total: run.step("rewrites", done, total),
    )
    del strong, maybe_rewrites
    run.step("stories", 0, n)
    if engine.vectorized:  # the openings served the links only (~50 MB at 100k)
        shingles = [Shingles(s.full, s.sampled, s.words, _NO_LEAD) for s in shingles]
    # (only the frequent lines' counts are read again: a kept grouping of 100,000 documents
    # held a count of every distinct line, hundreds of MB)
    frequent = Counter({k: c for k, c in df.items() if c >= options.boiler_min_docs})
    del df
    automatic = Automatic(
        tuple(documents), options, found, lines, frequent, shingles, keys, engine, None
    )
    if not (options.find_rewrites and options.find_paraphrases):
        return automatic
    described = _describe(automatic, found, run, pool, within="stories")
    named = []
    if options.join_named:
        named = named_stories(documents, found, described.labels, options.url_max_docs)
    lean = PARAPHRASE_CACHE if engine.vectorized else 0
    measured = Texts(
        documents,
        lines,
        options,
        copy_link(shingles),
        lean,
        compact=engine.vectorized,
        shingles=shingles,
    )
    merged = merge_paraphrases(
        found,
        described.bases,
        described.labels,
        described.edges,
        measured,
        options,
        run.should_cancel,
        named=named,
    )
    if run.should_cancel is not None and run.should_cancel():
        raise Cancelled("stories")  # (the pass stopped: its None is not "nothing merged")
    if merged is None:
        automatic.described = described
    else:
        automatic.stories = merged
    return automatic


def _corrected(
    automatic: Automatic,
    corrections: Sequence[Correction],
    root: Path | None,
    run: _Run,
    pool: Workers,
) -> StoryIndex:
    """The index of ``automatic`` with ``corrections``: the user's corrections come last,
    once, on the automatic grouping (paraphrases merged) — the stories' first, then the
    events' (``event_labels``) and the bases chosen (``with_chosen_bases``) on the stories
    made: applied before the paraphrase
    pass and again after it, a second move of a document already moved pulled its first
    story along."""
    documents, stories = automatic.documents, automatic.stories
    apart = marked_apart(corrections, documents, root)
    other_event = marked_apart(corrections, documents, root, events=True)
    chosen = chosen_bases(corrections, documents, root)  # applied last, on the stories made
    placed: frozenset[int] = frozenset()
    if corrections:
        link = held_link(automatic.shingles)  # (an Apart takes its document's copies)
        corrected, placed = corrected_groups(stories, corrections, documents, root, link)
        if corrected != [sorted(g) for g in stories]:
            described = _describe(automatic, corrected, run, pool, cruft_of=stories)
        else:
            described = None
        stories = corrected
    else:
        described = None
    if described is None:
        if automatic.described is None:
            automatic.described = _describe(automatic, automatic.stories, run, pool)
        else:  # described before the paraphrase pass (told as "stories"): events found
            run.step("events", len(stories), len(stories))
        described = automatic.described
    labels = event_labels(stories, described.labels, corrections, documents, root)
    if labels != described.labels:  # (the automatic grouping's own is kept as it is)
        described = replace(described, labels=labels)
    index = _pack(documents, stories, described, automatic.shingles, automatic.options)
    marked = replace(index, marked_apart=apart, marked_other_event=other_event, placed=placed)
    return marked.with_chosen_bases(chosen)


def _pairs(
    shingles: Sequence[Shingles], options: StoryOptions, rate: int, vectorized: bool, run: _Run
) -> tuple[list[Edge], list[tuple[int, int]]]:
    """The copy links (unordered) and the candidate rewrites (ascending)."""
    sampled = [s.sampled for s in shingles]
    if vectorized:
        from wirediff.core.stories.vectorized import shingle_pairs

        strong, maybe = shingle_pairs(sampled, options, rate)
        return strong, maybe if options.find_rewrites else []
    counts = shared_counts(sampled, options, run.should_cancel)
    run.step("pairs", len(shingles), len(shingles))
    sizes = [len(s) for s in sampled]
    strong = strong_links(counts, sizes, options, rate)
    maybe = rewrite_candidates(counts, sizes, options, rate) if options.find_rewrites else []
    return strong, maybe


@dataclass(slots=True)
class _Described:
    """What the stories need besides their members: base, boilerplate, event vectors."""

    bases: list[int]
    versions: list[tuple[Version, ...]]  # each story's, against its base, base first
    spans: tuple[tuple[bp.Span, ...], ...]
    vectors: list[Vector]
    edges: list[tuple[float, int, int]]  # candidate pairs of stories of the events
    labels: list[int]  # an event label per story


def _describe(
    automatic: Automatic,
    members: list[list[int]],
    run: _Run,
    pool: Workers,
    cruft_of: list[list[int]] | None = None,
    within: str | None = None,
) -> _Described:
    """Boilerplate, bases and events of the stories ``members`` of ``automatic``'s
    documents. Boilerplate is what recurs across the stories ``cruft_of`` (default:
    ``members``): the automatic grouping, when the user's corrections made ``members``. A
    correction changes who belongs where, not what is cruft: a story split in two made
    the text its halves share recur across stories, 83% of it then boilerplate, copies
    "independent" and the halves in two events. ``within``: the stage its progress is
    told as (the description before the paraphrase pass is part of the "stories" step: told
    as "events", the bar was full while the work went on)."""
    documents, lines, shingles = automatic.documents, automatic.lines, automatic.shingles

    def tell(stage: str, done: int, total: int) -> None:
        run.step(within or stage, done, total)

    options, engine = automatic.options, automatic.engine
    n = len(documents)
    story_of = [0] * n
    for s, docs in enumerate(members if cruft_of is None else cruft_of):
        for d in docs:
            story_of[d] = s
    tell("stories", n // 2, n)
    recurring = bp.recurring_boilerplate(lines, automatic.df, story_of, options)
    spans = tuple(bp.boilerplate_spans(ls, recurring, options) for ls in lines)
    bases = _bases(automatic, members, cruft_of)
    tell("events", 0, len(members))

    def kept(doc: int) -> list[bp.Span]:
        return term_spans(lines[doc], set(spans[doc]))

    versions = [
        score_versions(group, base, shingles, documents)
        for group, base in zip(members, bases, strict=True)
    ]
    jobs: list[TermJob] = []
    for base, scored in zip(bases, versions, strict=True):
        other = describer(scored)
        own = (documents[base].text, kept(base))
        jobs.append(
            (*own, None, []) if other is None else (*own, documents[other].text, kept(other))
        )
    step = lambda done: tell("events", done // 2, len(members))  # noqa: E731
    if engine.vectorized:
        packed: list[Packed | None] = []
        packed.extend(pool.packed_weights(jobs, options, step))
        del jobs
        vectors = packed_vectors(packed, options)
        del packed
    else:  # the path of before
        weights: list[dict[str, float] | None] = []
        weights.extend(pool.weights(jobs, options, step))
        del jobs
        vectors = weighed_vectors(weights, options)
        del weights
    order = story_keys(members, automatic.keys)  # the order of ties and samples
    edges = event_edges(vectors, options, engine.vectorized, order)
    if run.should_cancel is not None and run.should_cancel():
        raise Cancelled("events")
    labels = cluster_events(vectors, edges, options, order)
    tell("events", len(members), len(members))
    return _Described(bases, versions, spans, vectors, edges, labels)


def _bases(
    automatic: Automatic, members: list[list[int]], corrected_from: list[list[int]] | None
) -> list[int]:
    """The base of each story of ``members``. Stories a correction made from the automatic
    ``corrected_from`` keep a base of before: that of the story most of their members come
    from, if they hold it (ties: the base rule among those bases); a story that does not (a
    split's new one, one whose base was moved away) has the base rule's.
    A story's base had changed when a version was split off or moved in (an agency's text
    moved in became the base of a story it had not been the source of, unsaid)."""

    def rule(docs: list[int]) -> int:
        return choose_base(docs, automatic.shingles, automatic.documents, automatic.options)

    if corrected_from is None:
        return [rule(m) for m in members]
    if automatic.bases is None:  # (found once: every correction of the grouping reads them)
        before = automatic.described
        automatic.bases = before.bases if before is not None else list(map(rule, corrected_from))
    old_bases = automatic.bases
    came_from = {doc: s for s, docs in enumerate(corrected_from) for doc in docs}
    bases = []
    for docs in members:
        sources = Counter(came_from[d] for d in docs)
        most = max(sources.values())
        # (of the stories most came from: another's base moved in, its story's base
        # moved away, is not the base of three versions of a text it has no part in)
        held = [old_bases[s] for s, n in sources.items() if n == most and old_bases[s] in docs]
        bases.append(rule(docs) if not held else held[0] if len(held) == 1 else rule(held))
    return bases


def describer(versions: Sequence[Version]) -> int | None:
    """The version whose terms say which of the base's are the story's own: the one that
    holds most of the base; of equal shares, the one most like it, then holding most of it
    (the first of the input last). Not the first in the input: a trimmed copy listed first
    left the story only its lead's terms, so renaming a file could move a story to another
    event — and of a flash's updates, each holding the flash whole, a client's trimmed copy
    read first from its folder made a client's rewrite an event of its own, the same files
    in one folder not (a corrections editor's walkthrough)."""
    others = versions[1:]
    if not others:
        return None
    return max(others, key=lambda v: (v.base_in, v.similarity, v.in_base, -v.doc)).doc


def packed_vectors(packed: list[Packed | None], options: StoryOptions) -> list[Vector]:
    """``weighed_vectors`` of packed weights, unpacked one story at a time (and dropped)."""
    df: Counter[str] = Counter()
    for entry in packed:
        assert entry is not None
        if entry[0]:
            df.update(entry[0].split("\n"))
    vectors: list[Vector] = []
    for i, entry in enumerate(packed):
        assert entry is not None
        vectors.append(unit_vector(unpack(entry), df, len(packed), options))
        packed[i] = None
    return vectors


def _pack(
    documents: Sequence[Document],
    members: list[list[int]],
    described: _Described,
    shingles: Sequence[Shingles],
    options: StoryOptions,
) -> StoryIndex:
    """Score versions, number everything (largest first) and pack the index."""
    bases, old_vectors = described.bases, described.vectors
    event_groups = event_order(members, described.labels)
    stories: list[Story] = []
    events: list[Event] = []
    story_of = [0] * len(documents)
    vectors = []
    for event_id, group in enumerate(event_groups):
        ids = []
        for s in group:
            story_id = len(stories)
            versions = described.versions[s]
            title = story_title(documents[bases[s]])
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
        boilerplate=described.spans,
        words=tuple(s.words for s in shingles),
        options=options,
        _story_of=tuple(story_of),
        _shingles=shingles,
        _vectors=vectors,
    )


def event_order(members: Sequence[Sequence[int]], event_labels: Sequence[int]) -> list[list[int]]:
    """The stories (indices into ``members``) of each event, in the order they are numbered:
    events by size (documents), stories in an event by size, ties by first document."""
    size = [len(m) for m in members]
    by_event: dict[int, list[int]] = {}
    for s, label in enumerate(event_labels):
        by_event.setdefault(label, []).append(s)
    return sorted(
        (sorted(g, key=lambda s: (-size[s], min(members[s]))) for g in by_event.values()),
        key=lambda g: (-sum(size[s] for s in g), min(members[g[0]])),
    )


def term_spans(lines: bp.DocLines, boiler: set[bp.Span]) -> list[bp.Span]:
    """The spans of a document's lines that are not boilerplate, for its event's terms:
    with its masthead and bylines (``DocLines.furniture``), which name its day and place."""
    pairs = zip(lines.starts, lines.ends, strict=True)
    told = lines.furniture
    return [span for i, span in enumerate(pairs) if span not in boiler or i in told]
