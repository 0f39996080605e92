"""How each version was made from its story's base, and how the pair on screen relates.

A derivation level (copy, edited, rewrite, independent: ``wirediff.core.stories``) costs one
aligned diff per version, so levels are measured in the background, story by story, for the
stories the user looks at — those on screen in the list, the story panel's, the heat map's —
and kept for the story index they were measured on. Each story's levels are sent as they
come (``levels_ready``). The relation banner's sentence (``describe``) is one more diff,
unless the pair is a version and its base, whose level is known. Which text a version was
made from (d, and the banner's note) is weighed against its story's candidates, indexed
once a story index (``Sources``): at once when that is quick, else in the background.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import NamedTuple

from PySide6.QtCore import QObject, Signal

from wirediff.core.result import Comparison
from wirediff.core.stories import (
    Cancelled,
    Derivation,
    PairDerivation,
    StoryIndex,
    derivations,
    pair_derivation,
    said_quotations,
    wording,
    wording_as_compared,
)
from wirediff.core.stories.relation import Sources
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.session import texts
from wirediff.ui.session.stories import StoriesController

LEVELS, RELATION, SOURCE = "levels", "relation", "made from"
SOURCE_SENTENCE = "The base of its story: what its other versions were made from"


class Level(NamedTuple):
    """A version's level against its story's base, and the sentence that says it (a pair,
    as the widgets take it)."""

    level: Derivation
    sentence: str


def story_levels(
    index: StoryIndex, story: int, job: Job
) -> tuple[dict[int, Level], dict[int, PairDerivation]]:
    """Every version of ``story`` against its base (the base: ``SOURCE``), and what each
    version's was said from."""
    out = {index.stories[story].base: Level(Derivation.SOURCE, SOURCE_SENTENCE)}
    measured = {}
    for pair in derivations(index, story, should_cancel=job.cancelled):
        out[pair.derived] = Level(pair.level, wording(index, pair))
        measured[pair.derived] = pair
    return out, measured


def levels_job(index: StoryIndex, stories: list[int]) -> Callable[[Job], None]:
    """Measure ``stories`` one after the other, each story's levels sent as progress."""

    def run(job: Job) -> None:
        for done, story in enumerate(stories, 1):
            try:
                levels, measured = story_levels(index, story, job)
            except Cancelled:
                return
            job.progress(done, len(stories), (story, levels, measured))

    return run


class DerivationController(QObject):
    """Derivation levels of the stories asked for, and the relation of the pair on screen."""

    levels_ready = Signal(object, object)  # index, dict[int, Level]: documents -> level
    # (left, right), the sentence that says how they relate, and the quotations it may quote
    # (``said_quotations``: each laid out in its own direction where it is shown)
    relation_ready = Signal(object, str, object)
    # index, doc: the text ``doc`` was made from is known now (weighed in the background)
    source_ready = Signal(object, int)
    failed = Signal(str)

    def __init__(self, runner: Runner, stories: StoriesController, parent: QObject | None = None):
        super().__init__(parent)
        self.runner, self.stories = runner, stories
        self._index: StoryIndex | None = None
        self._levels: dict[int, dict[int, Level]] = {}  # story -> its documents' levels
        self._measured_pairs: dict[int, dict[int, PairDerivation]] = {}  # (said from)
        self._queued: list[int] = []  # stories the job under way measures
        # Each pair's sentence, and what it was said from (None: the same document)
        self._relations: dict[tuple[int, int], tuple[str, PairDerivation | None]] = {}
        # The comparison on screen: the relation's figures follow its options
        self._compared: tuple[tuple[int, int], Comparison] | None = None
        # The pair on screen, a version beside its base, whose sentence the levels job
        # under way will give (not measured twice at once: two 30 MB texts, 2 GB each).
        self._pending: tuple[int, int] | None = None
        # Each version asked of: the text its level was measured against (None: a base)
        self._sources: dict[int, int | None] = {}
        self._finder: Sources | None = None  # (its story's candidates indexed once)
        # The version weighed in the background (``SOURCE``), and what waits for it
        self._finding: tuple[int, Callable[[int | None], None] | None] | None = None
        # The story panel's story first, then the heat map's documents.
        stories.story.connect(lambda _i, story, _s: self.want([story.id], True) if story else None)
        stories.matrix_ready.connect(lambda _i, matrix, _n: self.want_documents(matrix.docs))

    def _current(self) -> StoryIndex | None:
        """The story index, the cache emptied when it is a new one (regrouped, rebased)."""
        index = self.stories.index
        if index is not self._index:
            self._index, self._levels, self._queued, self._relations = index, {}, [], {}
            self._measured_pairs, self._sources = {}, {}
            self._finder = None if index is None else Sources(index)
            self._pending, self._finding = None, None
            self.runner.cancel(LEVELS)
            self.runner.cancel(RELATION)
            self.runner.cancel(SOURCE)
        return index

    def level(self, doc: int) -> Level | None:
        """``doc``'s level, if measured."""
        index = self._current()
        if index is None:
            return None
        return self._levels.get(index.story_of(doc).id, {}).get(doc)

    def made_from(self, doc: int) -> tuple[bool, int | None]:
        """(True, the text ``doc`` was made from) when it is known now: the one its level
        in the list is measured against (``source_of``: its story's base, or an agency's
        text it holds more of; the stories' ``derived_from``), None for a story's base or
        with no stories yet. The measured level's when it is known, else weighed now when
        that is quick (``Sources.quick``); (False, None) when it must be weighed in the
        background first (``find_source``): against 400 takes, 0.3 s a key press."""
        index = self._current()
        if index is None or self._finder is None:
            return True, None
        if doc not in self._sources:
            measured = self._measured_pairs.get(index.story_of(doc).id, {}).get(doc)
            if measured is not None:
                self._sources[doc] = measured.source
            elif self._finder.quick(doc):
                self._sources[doc] = self._finder(doc)
            else:
                return False, None
        return True, self._sources[doc]

    def find_source(self, doc: int, then: Callable[[int | None], None] | None = None) -> None:
        """Weigh in the background which text ``doc`` was made from: ``source_ready`` then,
        and ``then(source)`` (a key waiting for it). A newer question supersedes one under
        way for another version (the answer to an older key press is dropped); one for the
        version under way waits for its answer (``then``: the newer's, if given)."""
        index = self._current()
        finder = self._finder
        if index is None or finder is None:
            return
        finding = self._finding
        if finding is not None and finding[0] == doc and self.runner.running(SOURCE):
            self._finding = (doc, then or finding[1])
            return
        self._finding = (doc, then)

        def done(source: int | None) -> None:
            if index is not self._index or self._finding is None or self._finding[0] != doc:
                return
            waiting, self._finding = self._finding[1], None
            self._sources[doc] = source
            self.source_ready.emit(index, doc)
            if waiting is not None:
                waiting(source)

        def failed(message: str) -> None:
            self._finding = None
            self.failed.emit(message)

        job = lambda job: finder(doc, job.cancelled)  # noqa: E731
        self.runner.start(SOURCE, job, done, failed, subject=texts.FINDING_SOURCE)

    def finding(self) -> int | None:
        """The version whose source is weighed in the background, if any."""
        return None if self._finding is None else self._finding[0]

    def want_documents(self, docs: Iterable[int]) -> None:
        """The list shows ``docs``: measure their stories."""
        index = self._current()
        if index is not None:
            self.want(dict.fromkeys(index.story_of(d).id for d in docs))

    def want(self, stories: Iterable[int], first: bool = False) -> None:
        """Send the levels of ``stories`` known already; measure the others in the
        background (``first``: before those already asked for)."""
        index = self._current()
        if index is None:
            return
        known: dict[int, Level] = {}
        missing = []
        for story in stories:
            if len(index.stories[story].versions) < 2:
                continue
            if story in self._levels:
                known.update(self._levels[story])
            elif story not in self._queued:
                missing.append(story)
        if known:
            self.levels_ready.emit(index, known)
        if missing:
            waiting = [s for s in self._queued if s not in self._levels]
            self._queued = [*missing, *waiting] if first else [*waiting, *missing]
            job = levels_job(index, list(self._queued))
            self.runner.start(LEVELS, job, self._finished, self._failed, self._measured)

    def _finished(self, _none: None = None) -> None:
        self._queued = []
        pending, self._pending = self._pending, None
        if pending is not None:  # the levels did not say it (failed): measured on its own
            self.relation(pending)

    def _failed(self, message: str) -> None:
        self._finished()
        self.failed.emit(message)

    def _measured(self, _done: int, _total: int, payload: object) -> None:
        index = self._index
        if index is None or not isinstance(payload, tuple):
            return
        story, levels, measured = payload
        self._levels[story] = levels
        self._measured_pairs[story] = measured
        self.levels_ready.emit(index, levels)
        pending = self._pending
        if pending is not None and self._said(index, pending):
            self._pending = None

    def relation(self, pair: tuple[int, int], comparison: Comparison | None = None) -> None:
        """Say how the two documents on screen relate (``relation_ready``), in a sentence;
        ``comparison``: theirs on screen, whose options the sentence's figures follow
        (``wording_as_compared``)."""
        index = self._current()
        if index is None:
            return
        if comparison is not None:
            self._compared = (pair, comparison)
        if self._pending != pair:  # another pair on screen: the one waiting is not said
            self._pending = None  # (a failed levels job measured it, cancelling this one)
        if pair in self._relations:
            self._say(index, pair, *self._relations[pair])
            return
        if self._said(index, pair):
            return
        left, right = pair
        for a, b in ((left, right), (right, left)):
            story = index.story_of(b)
            if story.base == a and story.id in self._queued and self.runner.running(LEVELS):
                self._pending = pair  # the levels job under way measures this very pair
                self.runner.cancel(RELATION)
                return

        def done(said: tuple[str, PairDerivation | None]) -> None:
            if index is self._index:
                self._relations[pair] = said
                self._say(index, pair, *said)

        job = lambda job: _described(index, left, right, job)  # noqa: E731
        self.runner.start(RELATION, job, done, self.failed.emit)

    def _say(
        self, index: StoryIndex, pair: tuple[int, int], sentence: str, said: PairDerivation | None
    ) -> None:
        """Send ``sentence``, said again from ``said`` beside the comparison on screen: its
        figures changed are the panel's (not the evidence's, renumbered sections' or a
        transcript's "and 88 more" beside the panel's "and 105 more"), and a comparison that
        found no change makes a copy word for word (``wording_as_compared``)."""
        shown, comparison = self._compared or (None, None)
        quotes: list[str] = []
        if said is not None and shown == pair and comparison is not None:
            sentence = wording_as_compared(index, said, comparison, pair[0])
            quotes = said_quotations(said, comparison)
        elif said is not None:
            quotes = said_quotations(said)
        self.relation_ready.emit(pair, sentence, quotes)

    def _said(self, index: StoryIndex, pair: tuple[int, int]) -> bool:
        """Say the relation of ``pair`` from the levels measured, when it is a version
        beside its base (the levels' sentence is the relation's); False when not known."""
        left, right = pair
        for a, b in ((left, right), (right, left)):
            if index.story_of(b).base == a:
                story = index.story_of(b).id
                known = self._levels.get(story, {}).get(b)
                said = self._measured_pairs.get(story, {}).get(b)
                # (a version measured against an agency's text it holds more of, not
                # this base: ``nearest_source``; the pair on screen is measured itself)
                if known is not None and (said is None or said.source == a):
                    self._relations[pair] = (known.sentence, said)
                    self._say(index, pair, known.sentence, said)
                    return True
        return False


def _described(
    index: StoryIndex, left: int, right: int, job: Job
) -> tuple[str, PairDerivation | None]:
    """How ``left`` and ``right`` relate, in a sentence (one aligned diff), and what it was
    said from (None: the same document)."""
    if left == right:
        return "The same document", None
    pair = pair_derivation(index, left, right, job.cancelled)
    return wording(index, pair), pair
