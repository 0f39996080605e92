"""The result of story grouping: plain frozen data plus a few queries for the views."""

from __future__ import annotations

from array import array
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

# Raised by ``build_story_index`` when ``should_cancel`` answered True: the engine's one
# cancellation exception, which ``compare`` raises too.
from wirediff.core.cancel import Cancelled as Cancelled
from wirediff.core.chronology import moment, saved_before, timeline
from wirediff.core.document import Document, first_line_title
from wirediff.core.revisions import revision_numbers, whole_series
from wirediff.core.stories.events import Vector, cosine
from wirediff.core.stories.features import Shingles, contained_in, dice_with, pair_scores
from wirediff.core.stories.options import StoryOptions

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Version:
    """One document of a story, scored against the story's base (exact, on shingles).

    How it was made from the base (copy, edited, rewrite) needs the aligned diff:
    ``derivations(index, story)`` measures it for one story.
    """

    doc: int  # index into StoryIndex.documents
    similarity: float  # Dice overlap of shingles with the base, 0..1 (1.0 for the base)
    in_base: float  # share of this version's shingles found in the base
    base_in: float  # share of the base's shingles found in this version


@dataclass(frozen=True, slots=True)
class Story:
    """Versions of one text: ``versions[0]`` is the base (its source), the rest in time
    order where dates are known, then most similar first."""

    id: int
    title: str
    event: int
    versions: tuple[Version, ...]
    base_overridden: bool = False  # the user chose the base

    @property
    def base(self) -> int:
        """The document index of the base."""
        return self.versions[0].doc

    @property
    def documents(self) -> tuple[int, ...]:
        return tuple(v.doc for v in self.versions)


@dataclass(frozen=True, slots=True)
class Event:
    """Stories that report the same news independently; largest story first."""

    id: int
    title: str
    stories: tuple[int, ...]


class Relation(StrEnum):
    SAME_DOCUMENT = "same document"
    SAME_STORY = "same story"  # versions of one text
    SAME_EVENT = "same event"  # independent reports of one event
    UNRELATED = "unrelated"


@dataclass(frozen=True, slots=True)
class PairScore:
    """How two documents relate."""

    relation: Relation
    similarity: float  # Dice overlap of shingles, 0..1
    a_in_b: float  # share of a's shingles found in b
    b_in_a: float
    terms: float  # cosine of their stories' event terms (1.0 within one story)


@dataclass(frozen=True, slots=True)
class SimilarityMatrix:
    """Pairwise scores of ``docs``; ``cells[i][j]`` relates ``docs[i]`` (a) to ``docs[j]``."""

    docs: tuple[int, ...]
    cells: tuple[tuple[PairScore, ...], ...]


@dataclass(frozen=True, slots=True)
class StoryIndex:
    """Documents grouped into events > stories > versions, with boilerplate spans per document.

    Build with ``build_story_index``. Story and event ids are their positions in
    ``stories`` and ``events``; documents are indices into ``documents``.
    """

    documents: tuple[Document, ...]
    stories: tuple[Story, ...]
    events: tuple[Event, ...]
    boilerplate: tuple[tuple[Span, ...], ...]  # per document, text order, (start, end)
    words: tuple[int, ...]  # per document, words counted for similarity (no boilerplate)
    options: StoryOptions
    _story_of: tuple[int, ...] = field(repr=False, compare=False)
    _shingles: Sequence[Shingles] = field(repr=False, compare=False)
    _vectors: Sequence[Vector] = field(repr=False, compare=False)
    # Pairs of documents the user marked independent (``corrections.Apart``): the banner
    # says so of a derived pair in two stories ("yet listed in another story" read as the
    # grouping's doing).
    marked_apart: frozenset[frozenset[int]] = field(default=frozenset(), compare=False)
    # ... and marked reports of different events (``corrections.OtherEvent``): a document
    # alone in its event by the user's doing is not said "no other version or report of it
    # was found".
    marked_other_event: frozenset[frozenset[int]] = field(default=frozenset(), compare=False)
    # ... and the documents the user placed in their stories (moved, split off, joined:
    # ``corrections.corrected_groups``): of a base and such a version, the user's word that
    # one was made from the other (``relation.measure_pair``).
    placed: frozenset[int] = field(default=frozenset(), compare=False)

    def marked_with(self, doc: int) -> tuple[str, int] | None:
        """How the user's corrections set ``doc`` apart from another document, if they
        did: ("independent" | "other event", that document)."""
        for said, pairs in (
            ("independent", self.marked_apart),
            ("other event", self.marked_other_event),
        ):
            others = [min(pair - {doc}) for pair in pairs if doc in pair]
            if others:
                return said, min(others)  # (of several, the first document)
        return None

    def story_of(self, doc: int) -> Story:
        """The story a document belongs to."""
        return self.stories[self._story_of[doc]]

    def shingles(self, doc: int) -> array[int]:
        """``doc``'s distinct shingle hashes, boilerplate left out (what ``scores`` weighs)."""
        return self._shingles[doc].full

    def shingle_count(self, doc: int) -> int:
        """How many shingles ``doc`` has: what ``scores`` of a pair with it costs."""
        return len(self._shingles[doc].full)

    def scores(self, a: int, b: int) -> PairScore:
        """How documents ``a`` and ``b`` relate (exact shingle overlap and containment)."""
        if a == b:
            return PairScore(Relation.SAME_DOCUMENT, 1.0, 1.0, 1.0, 1.0)
        sa, sb = self._story_of[a], self._story_of[b]
        dice, a_in_b, b_in_a = pair_scores(self._shingles[a].full, self._shingles[b].full)
        if sa == sb:
            return PairScore(Relation.SAME_STORY, dice, a_in_b, b_in_a, 1.0)
        same_event = self.stories[sa].event == self.stories[sb].event
        relation = Relation.SAME_EVENT if same_event else Relation.UNRELATED
        terms = cosine(self._vectors[sa], self._vectors[sb])
        return PairScore(relation, dice, a_in_b, b_in_a, terms)

    def similarities(self, base: int) -> Iterator[tuple[int, float]]:
        """``(doc, scores(base, doc).similarity)`` of every document but ``base``, in order:
        the flat list's column for a new base (the base's shingle set built once, no terms:
        ten times quicker than ``scores`` one by one)."""
        others = (d for d in range(len(self.documents)) if d != base)
        shingles = (self._shingles[d].full for d in range(len(self.documents)) if d != base)
        return zip(others, dice_with(self._shingles[base].full, shingles), strict=True)

    def contained(self, doc: int, others: Sequence[int]) -> list[float]:
        """``scores(doc, other).a_in_b`` of each of ``others`` (``doc``'s shingle set built
        once: a paper's version weighed against every agency update of a wire feed's story
        of 2,000 took 11.6 s one score at a time)."""
        full = self._shingles[doc].full
        found = contained_in(full, (self._shingles[o].full for o in others))
        return [1.0 if o == doc else share for o, share in zip(others, found, strict=True)]

    def matrix(self, docs: Sequence[int]) -> SimilarityMatrix:
        """Scores of every ordered pair of ``docs`` (for a heat map)."""
        docs = tuple(docs)
        grid: list[dict[int, PairScore]] = [{} for _ in docs]
        for i, a in enumerate(docs):  # each unordered pair once, mirrored
            for j in range(i, len(docs)):
                score = self.scores(a, docs[j])
                grid[i][j] = score
                grid[j][i] = replace(score, a_in_b=score.b_in_a, b_in_a=score.a_in_b)
        cells = tuple(tuple(row[j] for j in range(len(docs))) for row in grid)
        return SimilarityMatrix(docs, cells)

    def story_matrix(self, story: int) -> SimilarityMatrix:
        """The matrix of one story's versions, base first."""
        return self.matrix(self.stories[story].documents)

    def event_documents(self, event: int) -> tuple[int, ...]:
        """Every document of an event, story by story, each story base first."""
        return tuple(d for s in self.events[event].stories for d in self.stories[s].documents)

    def story_sample(self, story: int, limit: int) -> tuple[int, ...]:
        """At most ``limit`` documents of a story, in its order, base first. A larger story
        gives half the room after its base to its versions least similar to the base (what
        a heat map is opened to find: a rewrite, a text merged in by mistake), the rest to
        its first versions (the first ``limit`` of a 166-version story left out its least
        similar versions, where a big-folder walkthrough's wrongly grouped ones were)."""
        versions = self.stories[story].versions
        if len(versions) <= limit:
            return tuple(v.doc for v in versions)
        room = max(0, limit - 1)
        others = range(1, len(versions))
        taken = set(sorted(others, key=lambda k: (versions[k].similarity, k))[: (room + 1) // 2])
        for k in others:
            if len(taken) >= room:
                break
            taken.add(k)
        return tuple(versions[k].doc for k in (0, *sorted(taken)))[:limit]

    def event_sample(self, event: int, limit: int) -> tuple[int, ...]:
        """At most ``limit`` documents of an event, story by story, each base first, taken
        round the stories: every story's base before any story's second version, and so
        on (the first ``limit`` of a big event were versions of its largest story alone)."""
        stories = [self.stories[s].documents for s in self.events[event].stories]
        taken = [0] * len(stories)
        left, depth = limit, 0
        while left > 0 and any(depth < len(docs) for docs in stories):
            for i, docs in enumerate(stories):
                if left > 0 and depth < len(docs):
                    taken[i], left = taken[i] + 1, left - 1
            depth += 1
        return tuple(d for docs, k in zip(stories, taken, strict=True) for d in docs[:k])

    def event_matrix(self, event: int) -> SimilarityMatrix:
        """The matrix of every document of an event."""
        return self.matrix(self.event_documents(event))

    def with_chosen_bases(self, chosen: Sequence[tuple[int, frozenset[int]]]) -> StoryIndex:
        """A copy with the bases the user chose (``corrections.chosen_bases``: in order, a
        later choice wins), each with its story's other versions when it was chosen: a
        chosen base stays its story's while that story holds one of them (a correction
        of the grouping that moved it into another story does not make it that story's
        base)."""
        index = self
        for doc, then in chosen:
            story = index.story_of(doc)
            if story.base != doc and set(story.documents) & (then - {doc}):
                index = index.with_base(story.id, doc)
        return index

    def with_base(self, story: int, doc: int) -> StoryIndex:
        """A copy in which ``doc`` is the base of ``story`` (the user's override)."""
        old = self.stories[story]
        if doc not in old.documents:
            raise ValueError(f"document {doc} is not a version of story {story}")
        versions = score_versions(old.documents, doc, self._shingles, self.documents)
        title = story_title(self.documents[doc])  # named for its base, as built
        new = replace(old, title=title, versions=versions, base_overridden=True)
        stories = (*self.stories[:story], new, *self.stories[story + 1 :])
        events = self.events
        event = events[old.event]
        if event.stories[0] == story:  # an event is named for its first story
            events = (*events[: event.id], replace(event, title=title), *events[event.id + 1 :])
        return replace(self, stories=stories, events=events)


def chosen_now(index: StoryIndex) -> set[int]:
    """The bases the user chose (b) that are their stories' bases now: the app's and
    ``wirediff report FOLDER``'s findings put them on the left of their pairs (the store
    keeps a choice a later b replaced: the two disagreed, a review)."""
    return {story.base for story in index.stories if story.base_overridden}


def story_title(doc: Document) -> str:
    """A story's title: its base's title, or the base's first line."""
    return doc.title or first_line_title(doc.text) or doc.name


def score_versions(
    docs: Sequence[int],
    base: int,
    shingles: Sequence[Shingles],
    documents: Sequence[Document],
) -> tuple[Version, ...]:
    """The versions of a story against ``base``: base first, then those with a date (not a
    file's time) or a capture time in time order, by when each was there (its capture
    time, else its date: ``chronology.moment``), then the others by the revision numbers in
    their names ("report_v2" before "report_v3"), then most similar first; all by those
    numbers when the names number every version (``revisions.whole_series``)."""
    base_set = shingles[base].full
    versions = [Version(base, 1.0, 1.0, 1.0)]
    for doc in docs:
        if doc != base:
            dice, in_base, base_in = pair_scores(shingles[doc].full, base_set)
            versions.append(Version(doc, dice, in_base, base_in))

    numbers = revision_numbers(docs, documents)
    unnumbered = max(numbers.values(), default=0) + 1
    whole = bool(whole_series(docs, documents))  # numbered all: the numbers, not the dates

    when = saved_before(timeline(docs, documents), documents)

    def order(v: Version) -> tuple[int, str, str, int, float, int]:
        # (as ``chronology.time_order`` orders the list and the chain: the story panel and
        # the table listed a page's captures otherwise)
        if any(when[v.doc]) and not whole:
            return (0, *moment(*when[v.doc]), 0, 0.0, v.doc)
        return (1, "", "", numbers.get(v.doc, unnumbered), -v.similarity, v.doc)

    versions[1:] = sorted(versions[1:], key=order)
    return tuple(versions)
