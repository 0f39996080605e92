"""How one version was made from another, and how to say it to the user.

``derivations(index, story)`` measures every version of a story against its source (its
base, or an agency's text in the story it holds more of: the aligned diff, boilerplate
lines left out): one diff per version, so a view calls it for the
story it shows and a report for each story. ``pair_derivation(index, a, b)`` does the same
for any two documents, and ``describe(index, a, b)`` says it in a sentence ("Rewrite of
APP's story: 41% of its sentences reused"), for a relation banner or a report.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from wirediff.core.cancel import checker
from wirediff.core.chronology import SILENT_EDIT, stamp_kept
from wirediff.core.compare import compare
from wirediff.core.counts import count, percent, possessive
from wirediff.core.display import shown_date
from wirediff.core.document import came_before, instant, times_of
from wirediff.core.lookalikes import lookalike_words, lookalikes_said
from wirediff.core.options import CompareOptions
from wirediff.core.quoting import Figures, figure_changes, figures_said
from wirediff.core.reading.outlets import is_agency
from wirediff.core.reading.releases import is_release
from wirediff.core.renames import names_said
from wirediff.core.requotes import Whole, quotes_said, whole_quotes, whole_quotes_said
from wirediff.core.result import Comparison
from wirediff.core.revisions import BY_NAME_NUMBERS, BY_NAME_YEARS, named_first
from wirediff.core.scripts import languages_apart
from wirediff.core.stories.derivation import Derivation, classify, days_apart, directed, renders
from wirediff.core.stories.evidence import Evidence, Reading, Side, measure_read
from wirediff.core.stories.model import Relation, StoryIndex
from wirediff.core.stories.names import address_key, name_key
from wirediff.core.stories.versions import clean_text, each_version

Cancel = Callable[[], bool] | None  # polled during a measure: True stops it (``Cancelled``)


@dataclass(frozen=True, slots=True)
class PairDerivation:
    """How ``derived`` relates to ``source`` (its base, or the earlier of the two)."""

    source: int  # document index
    derived: int
    level: Derivation
    evidence: Evidence  # side ``a`` is the source, side ``b`` the derived document
    marked: bool = False  # a rewrite by the user's word: its text alone read "independent"


def measure_pair(
    index: StoryIndex,
    source: int,
    derived: int,
    should_cancel: Cancel = None,
    read: Callable[[int], Reading] | None = None,
) -> PairDerivation:
    """The evidence and level of ``derived`` against ``source`` (one aligned diff;
    ``Cancelled`` is raised once ``should_cancel()`` returns True). ``read(doc)``: each
    document's text as read for the evidence (``Readings``: made once for the pairs of a
    story); else both are read for this pair alone."""
    options = index.options
    reading = read if read is not None else Readings(index)
    evidence = measure_read(
        reading(source),
        reading(derived),
        run_min_words=options.run_min_words,
        kept_min_equal=options.kept_min_equal,
        should_cancel=should_cancel,
    )
    docs = index.documents
    days = days_apart(docs[source].published, docs[derived].published)
    release = is_release(docs[source]) or is_release(docs[derived])
    level = directed(classify(evidence, options, days, release), evidence, options)
    # A version the user placed in its story (or the base they placed others with) is
    # derived by their word: marked versions of one story, it stayed "indep." in the list,
    # the stories CSV and the by-outlet counts (a churnalism researcher's walkthrough).
    marked = (
        level is Derivation.INDEPENDENT
        and not index.placed.isdisjoint((source, derived))
        and index.story_of(source).id == index.story_of(derived).id
    )
    if marked:
        level = Derivation.REWRITE
    if any(evidence.whole) and level in (Derivation.COPY, Derivation.EDITED):
        evidence = replace(evidence, whole=_whole_as_shown(index, source, derived, should_cancel))
    return PairDerivation(source, derived, level, evidence, marked)


def _whole_as_shown(
    index: StoryIndex, source: int, derived: int, should_cancel: Cancel
) -> tuple[tuple[Whole, ...], tuple[Whole, ...]]:
    """The quotations cut or added whole as the diff on screen finds them (``whole_quotes``
    of the two texts compared with the default options), for a pair whose evidence found
    some: the evidence's texts are a sentence a line, and a quote of two sentences was
    "“I thought a bomb had gone off”" in the list's tooltip, "\"The whole house shook. I
    thought a bomb had gone off\"" in the banner (a Wikipedia editor's walkthrough). One
    more diff, for the few pairs that cut or add a quotation."""
    docs = index.documents
    shown = compare(docs[source].text, docs[derived].text, _SHOWN, should_cancel=should_cancel)
    removed, added = whole_quotes(shown)
    return tuple(removed), tuple(added)


_SHOWN = CompareOptions()  # the diff's options as the app opens and the reports compare


def _source_first(index: StoryIndex, a: int, b: int) -> tuple[int, int]:
    """Which of two documents is the source: a story's base, else the earlier dated (a base
    dated later, chosen with b, stayed the version: its pair read from the other end)."""
    a_base, b_base = index.story_of(a).base == a, index.story_of(b).base == b
    if a_base != b_base:
        return (a, b) if a_base else (b, a)
    if came_before(index.documents[b], index.documents[a]):
        return b, a
    return a, b


def pair_derivation(
    index: StoryIndex, a: int, b: int, should_cancel: Cancel = None
) -> PairDerivation:
    """How ``a`` and ``b`` relate as texts, the source first (one aligned diff)."""
    source, derived = _source_first(index, a, b)
    return measure_pair(index, source, derived, should_cancel)


def derivations(
    index: StoryIndex,
    story: int,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> list[PairDerivation]:
    """Every version of ``story`` but the base, against its source (``nearest_source``:
    the base, or an agency's text in the story), in the story's order.

    ``on_progress(done, total)`` after each version; ``Cancelled`` is raised when
    ``should_cancel()`` returns True.
    """
    sources = version_sources(index, story)
    read = Readings(index)  # (the base, read once for all its versions)

    def one(doc: int) -> PairDerivation:
        return measure_pair(index, sources[doc], doc, should_cancel, read)

    return each_version(list(sources), one, "derivations", on_progress, should_cancel)


class Readings:
    """Documents' texts as the evidence reads them (``evidence.Reading`` of ``clean_text``),
    each read once and kept: for the pairs of one story, whose base (or agency's text) is
    measured against each of its versions, then let go with the story."""

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self._read: dict[int, Reading] = {}

    def __call__(self, doc: int) -> Reading:
        found = self._read.get(doc)
        if found is None:
            found = self._read[doc] = Reading(clean_text(self.index, doc))
        return found


def version_sources(index: StoryIndex, story: int) -> dict[int, int]:
    """The text each version of ``story`` but the base is measured against, in the story's
    order (``nearest_source``: the base, or an agency's text in the story)."""
    sources = Sources(index)  # (the story's candidates indexed once for all its versions)
    found = {doc: sources(doc) for doc in index.stories[story].documents[1:]}
    return {doc: source for doc, source in found.items() if source is not None}


def source_of(index: StoryIndex, doc: int) -> int | None:
    """The text ``doc``'s level was measured against, as ``version_sources`` gives it (the
    stories' ``derived_from``, or their base): None for a story's base, made from nothing
    in it. For one version, without weighing the story's other versions: the app asks it of
    the version selected ("Compare with the version it was made from"), through a
    ``Sources`` it keeps for the story index on screen (many versions asked)."""
    story = index.story_of(doc)
    if story.base == doc:
        return None
    return nearest_source(index, story.base, _wires(index, story.id), doc)


def _wires(index: StoryIndex, story: int) -> list[int]:
    """The agencies' texts of ``story`` but its base, which its other versions may be
    measured against (none when the user chose the base: every version is measured against
    it, as they asked)."""
    if index.stories[story].base_overridden:
        return []
    others = index.stories[story].documents[1:]
    return [d for d in others if is_agency(index.documents[d].source)]


def nearest_source(index: StoryIndex, base: int, wires: Sequence[int], doc: int) -> int:
    """The text of its story ``doc`` was made from: of the base and the agencies' texts in
    the story (``wires``), the one it holds most of, the base on a tie; the base for an
    agency's own text. A paper that ran PA's rewrite of a release word for word is a copy
    of PA's story: measured against the release, it was "indep." in a story whose source
    is the release (a press officer's walkthrough), and Reuters' text travelled, not the
    release's (the by-outlet table measured so already)."""
    candidates = [base, *(w for w in wires if w != doc)]
    if is_agency(index.documents[doc].source) or len(candidates) == 1:
        return base
    held = dict(zip(candidates, index.contained(doc, candidates), strict=True))
    return _most_held(held, base)


def _most_held(held: dict[int, float], base: int) -> int:
    """Of the candidates, the one whose shingles hold most of the version's (the first of
    those on a tie, the base before any)."""
    return max(held, key=lambda c: (held[c], c == base))


class Sources:
    """``source_of`` of many versions of one story index: each story's candidates (its base
    and its agencies' texts) indexed once, when the first of its versions is asked of, as
    the base's shingles and, for each agency's text, the base's shingles it lacks and those
    it adds. The takes of a wire feed's story differ from its first by a sentence or a few,
    so a paper's version is weighed against 400 takes by a few small intersections each:
    ``source_of`` intersected its whole shingle set with every take's, 0.3 s a version (a
    key press on the GUI thread). Exact: the same answers as ``source_of``.

    Made for one index: a regrouping or a correction makes a new index, and so a new
    ``Sources``. A story indexed is stored whole, once built: one thread may weigh while
    another asks ``quick``."""

    def __init__(self, index: StoryIndex) -> None:
        self.index = index
        self._stories: dict[int, _Candidates] = {}

    def __call__(self, doc: int, should_cancel: Cancel = None) -> int | None:
        """What ``source_of(index, doc)`` answers (``Cancelled`` once ``should_cancel()``
        returns True while the story's candidates are indexed)."""
        index = self.index
        story = index.story_of(doc)
        if story.base == doc:
            return None
        if not self._weighs(doc):
            return story.base
        candidates = self._stories.get(story.id)
        if candidates is None:
            candidates = _Candidates.of(index, story.id, should_cancel)
            self._stories[story.id] = candidates
        return candidates.nearest(index.shingles(doc))

    def quick(self, doc: int) -> bool:
        """Whether answering for ``doc`` costs at most ``QUICK_WORK`` shingles looked up:
        a base, an agency's text, a story with no agency's text, one already indexed whose
        candidates differ little from its base, or one whose candidates hold so few
        shingles that indexing them is quick too (a story of four versions went to the
        background at its first d, its pair opening late: a review)."""
        if not self._weighs(doc):
            return True
        index = self.index
        story = index.story_of(doc)
        candidates = self._stories.get(story.id)
        if candidates is not None:
            return candidates.work <= QUICK_WORK
        held = index.shingle_count(story.base)
        for wire in _wires(index, story.id):
            held += index.shingle_count(wire)
            if held > QUICK_WORK:
                return False
        return True

    def _weighs(self, doc: int) -> bool:
        """Whether ``doc`` is weighed against its story's candidates (``nearest_source``):
        a version, not an agency's own text, in a story holding an agency's text."""
        index = self.index
        story = index.story_of(doc)
        if story.base == doc or is_agency(index.documents[doc].source):
            return False
        return bool(_wires(index, story.id))


# How many shingles a story's candidates may hold (their differences from the base, or
# the whole of those that differ more) for a version to be weighed against them on the GUI
# thread: about 0.1 µs each, 10 ms at most on a loaded machine (``bench_sources.py``: 400
# takes of 2,500 words, 3% of their sentences edited, held about 43,000; of 800 words, 20%
# edited, 87,000).
QUICK_WORK = 100_000


@dataclass(frozen=True, slots=True)
class _Candidates:
    """A story's candidate sources, indexed (``Sources``): its base's shingles, and for
    each agency's text the base's it lacks and those it adds, or its own where those are
    more (a text far from the base: weighed whole, as ``contained`` weighs it)."""

    base: int
    base_set: frozenset[int]
    wires: tuple[int, ...]
    differs: tuple[tuple[frozenset[int], frozenset[int]] | array[int], ...]
    work: int  # shingles held: what weighing one version against them looks up at most

    @classmethod
    def of(cls, index: StoryIndex, story: int, should_cancel: Cancel = None) -> _Candidates:
        check = checker(should_cancel)
        base = index.stories[story].base
        base_set = frozenset(index.shingles(base))
        wires = tuple(_wires(index, story))
        differs: list[tuple[frozenset[int], frozenset[int]] | array[int]] = []
        work = len(base_set)
        for wire in wires:
            check()
            shingles = index.shingles(wire)
            own = frozenset(shingles)
            lacks, adds = base_set - own, own - base_set
            if len(lacks) + len(adds) < len(own):
                differs.append((lacks, adds))
                work += len(lacks) + len(adds)
            else:
                differs.append(shingles)
                work += len(shingles)
        return cls(base, base_set, wires, tuple(differs), work)

    def nearest(self, shingles: array[int]) -> int:
        """``nearest_source`` of a version (not an agency's text) with these shingles."""
        n = len(shingles)
        if not n:  # (held of nothing: the base, on the tie)
            return self.base
        own = set(shingles)
        core = len(own.intersection(self.base_set))
        held = {self.base: core / n}
        for wire, differs in zip(self.wires, self.differs, strict=True):
            if isinstance(differs, tuple):
                lacks, adds = differs
                shared = core - len(own.intersection(lacks)) + len(own.intersection(adds))
            else:
                shared = len(own.intersection(differs))
            held[wire] = shared / n
        return _most_held(held, self.base)


def every_derivation(
    index: StoryIndex,
    *,
    on_progress: Callable[[int, int], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> dict[int, PairDerivation]:
    """How every version of every story was made from its story's base (one aligned diff
    per version), by document. ``on_progress(done, total)`` counts stories of several
    versions; ``Cancelled`` is raised when ``should_cancel()`` returns True."""
    stories = [s.id for s in index.stories if len(s.versions) > 1]
    out: dict[int, PairDerivation] = {}
    for done, story in enumerate(stories):
        if on_progress is not None:
            on_progress(done, len(stories))
        found = derivations(index, story, should_cancel=should_cancel)
        out.update((p.derived, p) for p in found)
    return out


def _disguised(index: StoryIndex, pair: PairDerivation) -> str:
    """ "; this version writes 212 words with Latin letters that look like Cyrillic ones"
    when it writes more such words than its source (``lookalikes_said``): a copy disguised
    so reads the same, its look-alike letters folded, and was told by nothing."""
    derived = index.documents[pair.derived].text
    said = lookalikes_said(derived)
    if not said or len(lookalike_words(derived)) <= len(
        lookalike_words(index.documents[pair.source].text)
    ):
        return ""
    return f"; this version writes {said}"


def _figures(evidence: Evidence, figures: Sequence[Figures] | None, earlier: bool = False) -> str:
    """ "; figures changed: 60 → 62, 12 → 21" (``figures_said``: ``figures``, else the
    evidence's), or "". ``earlier``: the version is dated before its source, and the
    figures are said in time order, from the version's to the source's: "17 people → four
    people" of a morning capture against the afternoon's read as the toll falling, beside
    the panel's "four people → 17 people" (a media monitor's walkthrough)."""
    found = evidence.figures if figures is None else figures
    if not found:
        return ""
    if earlier:
        return f"; figures, in time order: {figures_said([(new, old) for old, new in found])}"
    return f"; figures changed: {figures_said(found)}"


def _renamed(evidence: Evidence, earlier: bool = False) -> str:
    """ "; names changed: Alexiou → Andreou" (``renames``), or "": in time order when the
    version is dated before its source, as its figures are."""
    found = evidence.renamed
    if not found:
        return ""
    if earlier:
        return f"; names, in time order: {names_said([(new, old) for old, new in found])}"
    return f"; names changed: {names_said(found)}"


def _requoted(evidence: Evidence, earlier: bool = False) -> str:
    """ "; quotes changed: «…o llenar la nevera» → «…o comer»" (``requotes``), or "": a
    copy rewriting a minister's quote was "kept nearly word for word", and nothing said
    it (a fact-checker's walkthrough); in time order when the version is dated before its
    source."""
    found = evidence.requoted
    if not found:
        return ""
    if earlier:
        return f"; quotes, in time order: {quotes_said([(new, old) for old, new in found])}"
    return f"; quotes changed: {quotes_said(found)}"


Wholes = tuple[Sequence[Whole], Sequence[Whole]]  # quotations cut whole, and added whole


def _quoted_whole(whole: Wholes, earlier: bool = False) -> str:
    """ "; quotation removed: “The whole house shook…” (Carol Benson)" (``whole_quotes``:
    with its sentence, source → version), and those added, or "": a revision dropping a
    senator's quote was summed up by its figures alone (a Wikipedia editor's walkthrough);
    in time order when the version is dated before its source (the quote it lacks was
    added). A copy's or an edited version's: a rewrite's new sentences are its own, and a
    quote whose sentence it reworded is one cut and one added."""
    removed, added = reversed(whole) if earlier else whole
    order = ", in time order" if earlier else ""
    said = ""
    for what, found in (("removed", removed), ("added", added)):
        if found:
            noun = "quotation" if len(found) == 1 else "quotations"
            said += f"; {noun} {what}{order}: {whole_quotes_said(found)}"
    return said


TRIMMED_BELOW = 0.9  # a copy keeping fewer of its source's sentences is said to be trimmed


def _pct(share: float) -> str:
    return percent(share)


def source_named(index: StoryIndex, source: int, derived: int) -> str:
    """How the relation sentences name ``source`` as the text ``derived`` was made from:
    "Reuters' story of 2025-11-17 23:05" (the take's time, when its outlet has other
    versions in the story), "APP's story", or a file name."""
    return _owner(index, source, derived)


def _owner(index: StoryIndex, doc: int, besides: int) -> str:
    """ "APP's story" when the outlet is known, else the document's file name; a press
    release's says so ("Medivex Therapeutics' press release", "the press release
    northwind.txt"): an agency's story read as "an edited version of northwind.txt". Of
    an outlet with other versions in the story than ``doc`` and ``besides`` (the version
    said of it), which one, by its time: "Reuters' story of 2026-03-12 09:04" — every
    client's copy was "a trimmed copy of Reuters' story", which take in the JSON alone,
    and which take a client ran uncorrected is what a corrections editor asks."""
    d = index.documents[doc]
    what = "press release" if is_release(d) else "story"
    if not d.source:
        return f"the press release {d.name}" if what == "press release" else d.name
    owned = f"{possessive(d.source)} {what}"
    story = index.story_of(doc)
    others = [
        v.doc
        for v in story.versions
        if v.doc not in (doc, besides) and index.documents[v.doc].source == d.source
    ]
    when = shown_date(d)
    # (its time tells a day's takes apart; a day alone or none, as papers crediting the
    # agency it copied give, tells nothing)
    return f"{owned} of {when}" if others and len(when) > 10 else owned


def _reused(side: Side) -> str:
    """What of a text was reused: its sentences when any were (with how many of them were
    kept nearly word for word, when that is fewer: the rest were reworded), else its
    phrases."""
    if side.aligned >= 0.05:
        said = f"{_pct(side.aligned)} of its sentences reused"
        if side.aligned - side.kept >= 0.05:
            said += f" ({_pct(side.kept)} nearly word for word)"
        return said
    return f"{_pct(side.phrases)} of its words reused in phrases"


DATED_LATER = "it is dated later"  # (the source: the version was dated before it)
CAPTURED_LATER = "it was captured later"  # (of one date: the version's file was taken first)


# How undated versions were put in order by their names (``_direction_unknown``,
# ``revisions.named_first``), said as the order's ground, not as a doubt: "draft_v1.md, if
# that came first (as their names number them)" hedged and asserted the order in one
# breath (an academic's walkthrough)
_BY_NAMES = (BY_NAME_YEARS, BY_NAME_NUMBERS)
# ... and when the names put the source later, said as a date is ("it is dated later"):
# rev01–rev19 of a numbered chain, its base rev20, read "if that came first (neither is
# dated)", rev21 "which came first by the numbers in their names" (a revision researcher's)
_NAMED_LATER = {True: "the year in its name is later", False: "the number in its name is later"}
# The version came before its source, by dates or names: its figures said in time order
_LATER = (DATED_LATER, CAPTURED_LATER, *_NAMED_LATER.values())


def _direction_unknown(index: StoryIndex, pair: PairDerivation) -> str:
    """Why the texts cannot tell that the source came first ("neither is dated", "only one
    is dated", "it is dated later", "the number in its name is later"), or "" when they
    can: the source is dated no later than the version, it is a wire agency's text, or the
    user chose it as the story's base.
    Otherwise the base is only the version holding most of the story's text — for
    revisions of an article often its latest, or a later one than a short first."""
    docs = index.documents
    story = index.story_of(pair.source)
    source, derived = times_of(docs[pair.source])[0], times_of(docs[pair.derived])[0]
    # (to the minute when both give one, an agency's text too: a revision of 16:20 was
    # the "source" of 14:02; of one date, by the times their files were captured)
    if came_before(docs[pair.derived], docs[pair.source]):
        # (captures of one page, one date in each: "it is dated later" where both showed
        # 07:05 — their capture times told, which the list's dates do not show: a
        # Wikipedia editor's walkthrough)
        captured = times_of(docs[pair.source])[1], times_of(docs[pair.derived])[1]
        if source == derived and all(captured):
            return CAPTURED_LATER
        return DATED_LATER
    # (a wire agency's text over a paper's; of two agencies', the dates tell: UNIAN's
    # rewrite of 14:35 was the base of Ukrinform's story of that day, untimed, and
    # Ukrinform's "Edited version of UNIAN's story", undoubted — a re-check of a Ukraine
    # desk's walkthrough)
    agencies = is_agency(docs[pair.source].source), is_agency(docs[pair.derived].source)
    own = docs[pair.source].source == docs[pair.derived].source
    if (agencies[0] and (not agencies[1] or own)) or (
        story.base == pair.source and story.base_overridden
    ):
        return ""
    if came_before(docs[pair.source], docs[pair.derived]):
        return ""
    if source and derived:
        # (one day, one of them without its time: an agency's take "March 14" and a page
        # of 18:40 that day were "Edited version of the page's story … 4.6 → 4.2", the
        # take's first figure read as a correction of the page, with no doubt said)
        same_day = source[:10] == derived[:10] and min(len(source), len(derived)) <= 10
        if same_day:
            return "they are dated the same day"
        # (neither before the other, to the second: a student's copy of a classmate's file
        # keeps its creation time, and "Copy of Ben's essay" named the writer the copier —
        # which is the source was the shorter's guess, a teacher's walkthrough; not said of
        # captures of one page taken at one time and dated otherwise: a review)
        if instant(source) == instant(derived):
            return "they are dated the same time"
        return ""
    if not (source or derived):  # (numbered or dated in their names, they were "neither is
        # dated" after the order came from the names: a re-check)
        named = named_first(pair.source, pair.derived, docs)
        if named:
            return named
        later = named_first(pair.derived, pair.source, docs)
        if later:
            return _NAMED_LATER[later == BY_NAME_YEARS]
    return "only one is dated" if source or derived else "neither is dated"


def _cut(base: Side, version: Side) -> str:
    """ " (this version is cut to them: they are 80% of its sentences)" when the version
    keeps few of the base's sentences but is mostly made of them: a few kept from many reads
    as a weak tie ("cut to them: they make 64% of this version" read as a riddle)."""
    if base.kept >= 0.5 or version.kept < 0.5:
        return ""
    return f" (this version is cut to them: they are {_pct(version.kept)} of its sentences)"


def _own(version: Side, least: float) -> str:
    """ "; 85% of this version's sentences are new" when at least ``least`` of them have no
    counterpart in the base: a base kept in an article of its own, or added to."""
    new = 1 - version.aligned
    return f"; {_pct(new)} of this version's sentences are new" * (new >= least and new >= 0.005)


def wording(
    index: StoryIndex,
    pair: PairDerivation,
    figures: Sequence[Figures] | None = None,
    unchanged: bool = False,
    whole: Wholes | None = None,
) -> str:
    """The sentence that says how ``pair.derived`` relates to ``pair.source``; a derived
    pair the grouping keeps in two stories (the user said they are independent, or the
    guard against chaining kept them apart) says so too: the list shows two stories.
    ``figures``: the figures changed to say (source → derived), if not the evidence's;
    ``unchanged``: the comparison shown found no change (a copy is then "word for word");
    ``whole``: the quotations the comparison shown cuts and adds whole (``whole_quotes``,
    source → derived), to say; else the evidence's (``Evidence.whole``: the list's tooltip
    and ``wirediff stories`` say them as the banner does). Two versions of one page under
    one update stamp say so (``stamp_kept``: "— its text changed; its 'Updated' stamp did
    not")."""
    relation = index.scores(pair.source, pair.derived).relation
    if relation is Relation.SAME_DOCUMENT:
        return "The same document"
    whole = pair.evidence.whole if whole is None else whole
    said = _wording(index, pair, relation, figures, unchanged, whole) + _disguised(index, pair)
    docs = index.documents
    if not unchanged and stamp_kept(docs[pair.source], docs[pair.derived]):
        said += f" — {SILENT_EDIT}"
    if pair.level.derived and relation is not Relation.SAME_STORY:
        if frozenset((pair.source, pair.derived)) in index.marked_apart:
            return f"{said} — yet you marked them independent"
        return f"{said} — yet listed in another story"
    return said


def _wording(
    index: StoryIndex,
    pair: PairDerivation,
    relation: Relation,
    figures: Sequence[Figures] | None = None,
    unchanged: bool = False,
    whole: Wholes = ((), ()),
) -> str:
    owner, ev, version = _owner(index, pair.source, pair.derived), pair.evidence.a, pair.evidence.b
    options = index.options
    unsure = _direction_unknown(index, pair) if pair.level.derived else ""
    if unsure in _BY_NAMES:
        hedge = f", which came first {unsure} (neither is dated)"
    else:
        hedge = f", if that came first ({unsure})" if unsure else ""
    source = owner + hedge
    if pair.level is Derivation.COPY:
        # Kept: most of a sentence's words equal (``kept_min_equal``), not all of them; how
        # many differ said (an inserted "reportedly" was a copy "kept nearly word for word";
        # "differ": case and punctuation aside, in every sentence paired — not the panel's
        # "Words changed", the left's words the right replaced, which a reader set beside it).
        changed = 0 if unchanged else pair.evidence.words_changed
        differ = "differs" if changed == 1 else "differ"
        how = (
            f"nearly word for word ({count(changed, 'word')} {differ})"
            if changed
            else "word for word"
        )
        # (its sentences with no counterpart said: a quote taken out of a page's revision
        # read "Copy …: 94% of its sentences kept nearly word for word (15 words differ)"
        # beside the panel's 53 words deleted — a corrections researcher's)
        gone = 1 - ev.aligned
        left_out = f", {_pct(gone)} left out" if gone >= 0.005 else ""
        kept = f"{_pct(ev.kept)} of its sentences kept {how}{left_out}{_cut(ev, version)}"
        # (a cut copy: "Copy of …: 64% of its sentences kept" read as a copy missing a third)
        own = _own(version, options.padding_said_min)
        earlier = unsure in _LATER
        names = _renamed(pair.evidence, earlier) + _requoted(pair.evidence, earlier)
        names += _quoted_whole(whole, earlier)
        if round(100 * ev.kept) >= 100 * TRIMMED_BELOW:
            return f"Copy of {source}: {kept}{own}{names}"
        if own:  # ("Trimmed copy …; 48% of this version's sentences are new" read as a
            # contradiction of an update that kept half its take: two reviewers)
            return f"Copy of {owner}, trimmed and added to{hedge}: {kept}{own}{names}"
        return f"Trimmed copy of {source}: {kept}{names}"
    if pair.level is Derivation.EDITED:
        reworded = ev.aligned - ev.kept
        more = f", {_pct(reworded)} reworded" if reworded >= 0.05 else ""
        kept = f"{_pct(ev.kept)} of its sentences kept{more}{_cut(ev, version)}"
        own = _own(version, options.padding_said_min)
        earlier = unsure in _LATER
        said = _figures(pair.evidence, figures, earlier) + _renamed(pair.evidence, earlier)
        said += _requoted(pair.evidence, earlier) + _quoted_whole(whole, earlier)
        return f"Edited version of {source}: {kept}{own}{said}"
    if pair.marked:
        shared = f"{_pct(max(ev.phrases, version.phrases))} of the words in shared phrases"
        return f"Rewrite of {owner}, as you marked them{hedge}: {shared}"
    if pair.level is Derivation.REWRITE:
        # (more than ``version_max_new`` new, as ``directed`` counts a version mostly new)
        mostly_new = 1 - version.aligned > options.version_max_new
        new = _own(version, options.version_max_new) if mostly_new else ""
        # (the figures, names and quotes of the sentences it kept, as an edited version's:
        # a regional site's rewrite of AFP's "rund 45.000 neue Plätze" as 40.000 was said
        # nowhere but in the panes — a German desk's walkthrough)
        earlier = unsure in _LATER
        said = _figures(pair.evidence, figures, earlier) + _renamed(pair.evidence, earlier)
        said += _requoted(pair.evidence, earlier)
        if new and ev.kept >= options.edited_min_kept:
            # A copy or an edited version by what it kept of the base, a rewrite by what it
            # is: mostly its own ("Rewrite …: 100% of its sentences reused" read as a
            # contradiction, when another article had been appended to the whole base).
            how = "kept whole" if ev.kept >= options.copy_min else "kept"
            return f"Rewrite of {owner}, {how} and added to{hedge}: {_reused(ev)}{new}{said}"
        if max(ev.kept, version.kept) < options.rewrite_min_kept:
            terms = _pct(pair.evidence.terms)  # a paraphrase: nothing kept, its facts followed
            return (
                f"Rewrite of {owner} in other words{hedge}: {terms} of its names, numbers and "
                "words recur in the same order"
            )
        return f"Rewrite of {source}: {_reused(ev)}{new}{said}"
    shared = f"{_pct(max(ev.phrases, pair.evidence.b.phrases))} of the words in shared phrases"
    if relation is Relation.SAME_STORY:
        return f"In one story with {source}{_why_together(index, pair)}, but written anew: {shared}"
    docs = index.documents
    apart = languages_apart(docs[pair.source].text, docs[pair.derived].text)
    # (words tell nothing across languages: "Unrelated texts" said nothing of why, of a
    # Ukrainian translation of a TASS story — a media monitor's walkthrough —, and "a
    # translation shares few words" was said of an unrelated railway story too)
    tongues = f"one in {apart[0]}, the other in {apart[1]}" if apart else ""
    if relation is Relation.SAME_EVENT:
        if renders(pair.evidence, index.options):
            return _in_other_words(pair.evidence.shorter())
        if tongues:
            return f"Reports of the same event, {tongues} ({shared})"
        return (
            "Independent reports of the same event — two newsrooms writing, not one text "
            f"edited ({shared})"
        )
    if tongues:
        return f"Unrelated texts as far as their words tell: {tongues} ({shared})"
    return f"Unrelated texts ({shared})"


def _why_together(index: StoryIndex, pair: PairDerivation) -> str:
    """What made two texts written anew one story, when their metadata did: " (the same
    web address)", " (named alike)", or, through another version, " (the same web address
    as X)", " (named alike with X)"; else "" (a user's correction, or a text link through a
    third version)."""
    docs = index.documents
    ends = (pair.source, pair.derived)
    others = [d for d in index.story_of(pair.source).documents if d not in ends]
    for said, key in (("the same web address", address_key), ("named alike", name_key)):
        if said == "named alike" and not index.options.join_named:
            continue
        own = key(docs[pair.derived])
        if not own:
            continue
        if key(docs[pair.source]) == own:
            return f" ({said})"
        through = next((d for d in others if key(docs[d]) == own), None)
        if through is not None:
            joiner = "with" if said == "named alike" else "as"
            return f" ({said} {joiner} {docs[through].said_name})"
    return ""


def _in_other_words(shorter: Side) -> str:
    """Same news, no sentence kept, yet many of the shorter text's sentences have a
    counterpart: a close paraphrase (COUNTER's PD pairs, a heavy revision) or an independent
    report or translation; the text alone cannot tell which, so the sentence does not say."""
    kept = _pct(shorter.kept) if shorter.kept >= 0.005 else "none"
    return (
        "Same news in other words — a paraphrase or an independent report: "
        f"{_pct(shorter.aligned)} of the shorter text's sentences have a counterpart in the "
        f"other, {kept} kept nearly word for word"
    )


def wording_as_compared(
    index: StoryIndex, pair: PairDerivation, comparison: Comparison, left: int
) -> str:
    """``wording`` of ``pair`` beside ``comparison`` of its two documents (``left`` on its
    left): the figures changed are the comparison's, read from the source to the version —
    the panel's list, said again. The evidence compares the texts' sentences, one a line,
    their boilerplate out, with the options it was calibrated with: a bill's renumbered
    sections and references were "110 → 111 (×12), 405 → 305 (×18)" in the banner and the
    report, beside the panel's four real changes with numbering ignored (a counsel's
    assistant), and a transcript's banner said "and 88 more" beside the panel's "and 105
    more" (a broadcast desk's walkthrough).
    The quotations it cuts or adds whole are said too (``whole_quotes``).
    A comparison that found no change makes a copy "word for word": the evidence, which
    takes words written together and apart as it was calibrated, said "(16 words differ)"
    of a Persian reprint typed with spaces for its joiners, the panel "No changes"."""
    unchanged = not comparison.changes
    found = figure_changes(comparison)
    whole: Wholes = whole_quotes(comparison)
    if pair.source != left:
        found = [(new, old) for old, new in found]
        whole = whole[1], whole[0]
    return wording(index, pair, found, unchanged, whole)


def said_quotations(pair: PairDerivation, comparison: Comparison | None = None) -> list[str]:
    """The quotations ``wording`` of ``pair`` (``wording_as_compared`` beside
    ``comparison``) may quote, each as it quotes it, with its marks and "…": for a view to
    lay each out in its own direction — a Persian "quotes changed: «…» → «…»" wrapped in a
    left-to-right banner drew the arrow inside the quote (a re-check of a Persian desk's
    walkthrough). The sentence itself stays plain text, for reports and data."""
    found = [quote for change in pair.evidence.requoted for quote in change]
    if comparison is not None:
        found += [quote for side in whole_quotes(comparison) for quote, _who in side]
    return found


def describe(index: StoryIndex, a: int, b: int, should_cancel: Cancel = None) -> str:
    """How two documents relate, in one sentence for the user (one aligned diff)."""
    if a == b:
        return "The same document"
    return wording(index, pair_derivation(index, a, b, should_cancel))
