"""An evidence report: a pair, a story or a folder's findings, with provenance. No Qt.

Build one in memory with ``pair_report``, ``story_report`` or ``folder_report``; render it
with ``evidence_html.render_report`` (HTML, also what the PDF is printed from) or
``evidence_data`` (JSON, and CSV of the flags and notes). The app calls the same builders.
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from wirediff import __version__
from wirediff.core.chronology import (
    SILENT_EDIT,
    chain_steps,
    identical_to,
    reverts,
    said_before,
    stamp_kept,
    time_order,
)
from wirediff.core.compare import compare
from wirediff.core.document import Document, came_before
from wirediff.core.options import CompareOptions
from wirediff.core.quoting import change_words
from wirediff.core.reading.watch import Stamp
from wirediff.core.report.provenance import (
    Clock,
    FileFacts,
    archived,
    file_facts,
    now_utc,
    shown_path,
    utc_stamp,
)
from wirediff.core.result import Comparison
from wirediff.core.review import ReviewStore, doc_ref, place_marks
from wirediff.core.review.listing import Listed
from wirediff.core.review.model import Mark
from wirediff.core.revisions import named_first
from wirediff.core.stories import StoryIndex, build_story_index
from wirediff.core.stories.relation import (
    measure_pair,
    version_sources,
    wording,
    wording_as_compared,
)
from wirediff.core.tokens import count_words

# The sentence that says a derivation, or how to say it of the pair as the report compares
# it (``wording_as_compared``: with numbering ignored, the comparison's figures).
Said = str | Callable[[Comparison], str]


@dataclass(frozen=True, slots=True)
class Finding:
    """A flag and/or note as the report shows it, numbered within its section."""

    number: int
    change: int | None  # the change's index (from 0); None when orphaned
    row: int | None  # the index of the row it sits in (from 0)
    kind: str  # replace, delete, insert, move; "pair" for a note on a whole pair
    left: str  # the change's words on each side
    right: str
    flagged: bool
    note: str
    at: str  # when it was last changed (ISO UTC)
    orphaned: str  # why it is not in this comparison; "" when placed

    # The numbers a reader sees, from 1, as the app says them ("Change 2 flagged"), in
    # the HTML, the CSV and the JSON alike; ``change`` and ``row`` are indices.
    @property
    def change_number(self) -> int | None:
        return None if self.change is None else self.change + 1

    @property
    def row_number(self) -> int | None:
        return None if self.row is None else self.row + 1


@dataclass(frozen=True, slots=True)
class Section:
    """One version against its base: the aligned comparison and what the store says."""

    base: Document
    other: Document
    base_file: int  # indices into EvidenceReport.files
    other_file: int
    comparison: Comparison
    derivation: str | None  # from the story index, when it gives one
    evidence: str | None  # the sentence that says the derivation (the relation banner's)
    reviewed_at: str | None
    pair_note: str
    pair_note_at: str | None
    findings: tuple[Finding, ...]  # placed ones in change order, then the orphaned
    # what the base is to the version, as the heading says it: "the base", "the version
    # before" (a story's report version by version), "" (a pair flagged or noted besides)
    against: str = "the base"


@dataclass(frozen=True, slots=True)
class Detached:
    """A flag or note on a pair that can no longer be compared: a document is gone."""

    left: str  # the two documents' paths as last seen
    right: str
    finding: Finding  # orphaned, with the reason


@dataclass(frozen=True, slots=True)
class EvidenceReport:
    title: str
    scope: str  # "pair", "story" or "folder"
    sections: tuple[Section, ...]
    files: tuple[FileFacts, ...]
    options: CompareOptions
    folder: str | None
    store: str | None  # the review store read, None when none was
    remarks: tuple[str, ...]  # things the reader should know (a file unreadable, ...)
    detached: tuple[Detached, ...]
    version: str
    exported_at: str
    environment: str  # Python and platform
    # The story's or pair's base (``files[0]``; the left side of the sections measured
    # against it — in a story's report a version may be measured against an agency's text
    # of the story): listed when a story has no other version to compare; None for a
    # folder's findings.
    base: Document | None = None


def base_words(report: EvidenceReport) -> int:
    """The base's words as its comparisons count them (a section measured against it),
    else as the text's words."""
    section = next((s for s in report.sections if s.base_file == 0), None)
    if section is not None:
        return section.comparison.stats.left_words
    return count_words(report.base.text) if report.base is not None else 0


# Said of a file edited after its text was read (the window shows the text read then).
CHANGED = (
    "changed on disk after its text was read: the text here is the text read then, its "
    "size, SHA-256 and modification time are of the file now (reload and export again for "
    "a report of the file as it is)"
)


class _Builder:
    """Collects sections and the facts of every file they use (each file once)."""

    def __init__(
        self,
        options: CompareOptions | None,
        store: ReviewStore | None,
        folder: Path | None,
        clock: Clock,
        read: Mapping[Path, Stamp] | None = None,
        should_cancel: Callable[[], bool] | None = None,
    ) -> None:
        self.options = options or CompareOptions()
        self.store, self.folder, self.clock = store, folder, clock
        self.read = read or {}
        self.should_cancel = should_cancel  # (asked between chunks of each file hashed)
        self.files: list[FileFacts] = []
        self._file_index: dict[Path, int] = {}
        self.sections: list[Section] = []
        self.detached: list[Detached] = []
        self.remarks: list[str] = [store.notice] if store is not None and store.notice else []

    def file(self, doc: Document) -> int:
        path = doc.file
        if path not in self._file_index:
            facts = file_facts(
                path,
                self.folder,
                self.clock,
                self.read.get(path),
                self.should_cancel,
                doc.file_sha256,  # (the bytes read: a restored modification time hides none)
                doc.file_size,
            )
            url, archive_url, archived_at = archived(doc.url, doc.file.name)
            facts = replace(facts, url=url, archive_url=archive_url, archived_at=archived_at)
            if facts.problem:
                self.remarks.append(f"{facts.path} {facts.problem}")
            elif facts.changed:
                self.remarks.append(f"{facts.path} {CHANGED}")
            self._file_index[path] = len(self.files)
            self.files.append(facts)
        return self._file_index[path]

    def left_out(self, path: Path, reason: str) -> None:
        """A version whose text could not be read, so is not in the report: named in
        ``files`` with the problem, and in a remark."""
        shown = shown_path(path, self.folder) if path.is_absolute() else path.as_posix()
        whole = str(path) if path.is_absolute() else shown
        problem = f"left out of this report: its text could not be read ({reason})"
        facts = FileFacts(shown, whole, None, "", "", utc_stamp(self.clock()), problem)
        self.remarks.append(f"{facts.path} {facts.problem}")
        self.files.append(facts)

    def add(
        self,
        base: Document,
        other: Document,
        derivation: str | None = None,
        evidence: Said | None = None,
        against: str = "the base",
    ) -> None:
        comparison = compare(
            base.text, other.text, self.options, headings=(base.headings, other.headings)
        )
        if callable(evidence):
            evidence = evidence(comparison)
        reviewed_at, pair_note, pair_note_at = None, "", None
        findings: tuple[Finding, ...] = ()
        if self.store is not None:
            review = self.store.pair_review(doc_ref(base), doc_ref(other))
            reviewed_at, pair_note, pair_note_at = review.reviewed_at, review.note, review.note_at
            findings = _findings(comparison, review.marks)
        self.sections.append(
            Section(
                base,
                other,
                self.file(base),
                self.file(other),
                comparison,
                derivation,
                evidence,
                reviewed_at,
                pair_note,
                pair_note_at,
                findings,
                against,
            )
        )

    def report(self, title: str, scope: str, base: Document | None = None) -> EvidenceReport:
        return EvidenceReport(
            title,
            scope,
            tuple(self.sections),
            tuple(self.files),
            self.options,
            None if self.folder is None else str(self.folder.absolute()),
            None if self.store is None else str(self.store.path),
            tuple(self.remarks),
            tuple(self.detached),
            __version__,
            utc_stamp(self.clock()),
            f"Python {platform.python_version()} on {platform.platform()} ({sys.platform})",
            base,
        )


def _findings(comparison: Comparison, marks: Sequence[Mark]) -> tuple[Finding, ...]:
    placement = place_marks(comparison, marks)
    out: list[Finding] = []
    for index, placed in placement.by_change.items():
        change = comparison.changes[index]
        left, right = change_words(comparison, index, whole_moves=True)
        for mark in placed:
            out.append(
                _finding(len(out) + 1, index, change.row, change.kind.value, left, right, mark, "")
            )
    for orphan in placement.orphans:
        a = orphan.mark.anchor
        left, right = a.words()
        out.append(
            _finding(
                len(out) + 1, None, None, a.kind, left, right, orphan.mark, orphan.reason.value
            )
        )
    return tuple(out)


def _finding(
    number: int,
    change: int | None,
    row: int | None,
    kind: str,
    left: str,
    right: str,
    mark: Mark,
    orphaned: str,
) -> Finding:
    at = max(t for t in (mark.flagged_at, mark.note_at, mark.created_at) if t)
    return Finding(number, change, row, kind, left, right, mark.flagged, mark.note, at, orphaned)


def pair_report(
    base: Document,
    other: Document,
    *,
    options: CompareOptions | None = None,
    store: ReviewStore | None = None,
    folder: Path | None = None,
    clock: Clock = now_utc,
    read: Mapping[Path, Stamp] | None = None,
    derivation: str | None = None,
    evidence: Said | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> EvidenceReport:
    """The report of one pair: ``other`` against ``base`` (the left side); ``derivation``:
    how one was made from the other, when the caller knows (a story index's level), and
    ``evidence`` the sentence that says it (``stories.wording``), or how to say it of the
    pair as compared (``Said``).

    ``read``: each file's stamp (``watch.Stamp``: size, times) when its text was read (the
    app's load); a file that differs now is marked changed, with a remark. The story and
    folder reports take it too, and ``should_cancel``: ``Cancelled`` is raised once it
    returns True, between chunks of a file hashed (a file swapped for a big one took its
    time, cancel or not).
    """
    builder = _Builder(options, store, folder, clock, read, should_cancel)
    builder.add(base, other, derivation, evidence)
    return builder.report(f"{other.name} against {base.name}", "pair", base)


def pair_level(
    base: Document, other: Document, should_cancel: Callable[[], bool] | None = None
) -> tuple[str, Said]:
    """How ``other`` derives from ``base`` and the sentence that says it (``Said``), as the
    relation banner says it, the two grouped on their own (one aligned diff): a pair's report, and
    each pair of a folder's findings, carried no level. ``Cancelled`` is raised once
    ``should_cancel()`` returns True."""
    index = build_story_index([base, other], should_cancel=should_cancel)
    pair = measure_pair(index, 0, 1, should_cancel)
    return pair.level.value, lambda compared: wording_as_compared(index, pair, compared, 0)


def derivation_of(index: StoryIndex, story: int, doc: int) -> str | None:
    """How a version derives from its story's base: its level (copy, edited, rewrite,
    independent), measured with one aligned diff; None for the base itself."""
    return derived(index, story, doc)[0]


def derived(index: StoryIndex, story: int, doc: int) -> tuple[str | None, str | None]:
    """A version's level against its story's base and the sentence that says it, as the
    relation banner says it (``wording``; one aligned diff); (None, None) for the base."""
    base = index.stories[story].base
    if doc == base:
        return None, None
    pair = measure_pair(index, base, doc)
    return pair.level.value, wording(index, pair)


def story_report(
    index: StoryIndex,
    story: int,
    *,
    options: CompareOptions | None = None,
    store: ReviewStore | None = None,
    folder: Path | None = None,
    clock: Clock = now_utc,
    read: Mapping[Path, Stamp] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    left_out: Sequence[tuple[Path, str]] = (),
    chain: bool = False,
    should_cancel: Callable[[], bool] | None = None,
) -> EvidenceReport:
    """The report of a story: every version against the story's base, in story order,
    then the other pairs of its versions reviewed, flagged or noted (``_other_pairs``).
    ``chain``: each version against the one before it in time order instead (``time_order``:
    a silent edit's changelog, each step's own changes; scope "chain"), of its own outlet
    first, else of an agency (``chain_steps``: a take not against a paper's copy).

    ``on_progress(done, total)`` after each version (two aligned diffs each);
    ``left_out``: versions of the story not in ``index`` because their text could not be
    read (a stories index's: the file and why), named in ``files`` and ``remarks``;
    ``should_cancel``: as ``pair_report``'s.
    """
    builder = _Builder(options, store, folder, clock, read, should_cancel)
    if store is not None:  # an edited file's marks are not taken from a text still here
        store.documents_open(doc_ref(d) for d in index.documents)
    the_story = index.stories[story]
    docs = index.documents
    if chain:  # (the first version heads it, as the base heads a story's report)
        order = time_order([v.doc for v in the_story.versions], docs)  # (as the list)
        previous = chain_steps(order, docs)  # (as the app's chain: of its outlet first)
        steps = [(previous[d], d) for d in order[1:]]
        base = docs[order[0]]
    else:  # (each against what the list measures it against: the base, or an agency's
        # text it holds more of — the report said "edited, 46% new" of a paper's copy of
        # a later take, the list "copy": a desk's walkthrough)
        sources = version_sources(index, story)
        steps = [(sources[v.doc], v.doc) for v in the_story.versions[1:]]
        base = docs[the_story.base]
    builder.file(base)
    before = dict(zip(order[1:], order, strict=False)) if chain else {}  # (just before)
    reverted = reverts(order, docs) if chain else {}
    for done, (left, right) in enumerate(steps, 1):
        step = _against(the_story.base, left)
        if chain:  # ("against Reuters' version before", as the app's status line says)
            step = said_before(docs, left, before[right]).removesuffix(" it")
            step = "the version before" if step == "the one before" else step
        level, said = _measured(index, left, right)
        if right in reverted:
            said = _with_revert(said, identical_to(docs, reverted[right]))
        builder.add(docs[left], docs[right], level, said, step)
        if on_progress is not None:
            on_progress(done, len(steps))
    if chain:
        builder.remarks.extend(_order_unknown(docs, steps))
        builder.remarks.extend(
            f"{docs[d].name} is {identical_to(docs, e)}." for d, e in reverted.items()
        )
        builder.remarks.extend(_silent_edits(docs, steps))
    if store is not None:  # (each against the version it was read beside, no step)
        for left, right in _other_pairs(index, story, store, folder, steps):
            builder.add(docs[left], docs[right], *_measured(index, left, right), "")
    for path, reason in left_out:
        builder.left_out(path, reason)
    if len(the_story.versions) == 1 and not left_out:
        builder.remarks.append("This story has a single version: there is nothing to compare.")
    # No number in the title: the story's id counts from 0 and the app shows it nowhere
    # ("Story 0: …" read as a count); the report names its documents.
    if chain:
        return builder.report(f"Story: {the_story.title}, version by version", "chain", base)
    return builder.report(f"Story: {the_story.title}", "story", base)


def _with_revert(said: Said, revert: str) -> Said:
    """A chain step's sentence, saying the version is a revert (``chronology.reverts``)."""
    if callable(said):
        return lambda compared: f"{said(compared).rstrip('.')}; {revert}"
    return f"{said.rstrip('.')}; {revert}"


def _silent_edits(docs: Sequence[Document], steps: Sequence[tuple[int, int]]) -> list[str]:
    """What a changelog says of steps whose text changed under one update stamp
    (``stamp_kept``): "…1745.txt: its text changed; its 'Updated' stamp did not (“… |
    Updated 3:05 p.m. ET”, as in …1520.txt)" — edits made without notice, which a
    fact-checker found only by reading every diff (a Wikipedia editor's walkthrough)."""
    said = []
    for left, right in steps:
        stamp = stamp_kept(docs[left], docs[right])
        if stamp:
            said.append(f"{docs[right].name}: {SILENT_EDIT} (“{stamp}”, as in {docs[left].name})")
    return said


def _header_timed(doc: Document) -> bool:
    """Whether ``doc``'s capture time is the one its header gives (its publication's), not
    its file name's (a capture's, days later maybe: two captures of one minute were said
    "at the same time", of publications that gave no time — a review)."""
    from wirediff.core.reading.dates import date_from_file_name  # (reports only)

    return bool(doc.captured) and date_from_file_name(doc.file.name)[:16] != doc.captured[:16]


def _order_unknown(docs: Sequence[Document], steps: Sequence[tuple[int, int]]) -> list[str]:
    """What a changelog says of steps whose order its dates do not give (two versions of
    one day, either without its time, or undated): a changelog read in the list's order
    published a figure's flip-flop that never happened. Of undated versions whose names
    number them (``revisions.named_first``), that the names order them."""
    said = []
    for left, right in steps:
        a, b = docs[left].published, docs[right].published
        if came_before(docs[left], docs[right]) or docs[left].text == docs[right].text:
            continue  # (of two copies of one text, which came first changes nothing)
        if a and b and a[:10] == b[:10]:
            # (or both their headers': "a time not given" was said of two takes of 14:30, an
            # agency-dependence researcher's walkthrough)
            headed = _header_timed(docs[left]) and _header_timed(docs[right])
            timed = (len(a) > 10 and len(b) > 10) or headed
            why = f"both dated {a[:10]}, " + ("at the same time" if timed else "a time not given")
            if bool(docs[left].captured) != bool(docs[right].captured):
                # (a page's copy saved without a stamp beside its stamped captures: the
                # report said "of 2026-11-14" of a capture its name gave as the 15th's)
                why += ", the time of only one's capture given in its name"
        else:
            why = "only one is dated" if a or b else "neither is dated"
            # (the names may number them, as the chain orders them then: rev04 and rev05
            # of a numbered chain were "which came first is not known (neither is
            # dated)" here, rev04 "which came first by the numbers in their names" in
            # the step's sentence — a revision researcher's walkthrough)
            named = "" if a and b else named_first(left, right, docs)
            if named:
                said.append(f"{docs[left].name} came before {docs[right].name} {named} ({why}).")
                continue
        said.append(
            f"{docs[left].name} and {docs[right].name}: which came first is not known "
            f"({why}); they follow the list's order"
        )
    return said


def _against(base: int, source: int) -> str:
    """What a story's report says a version was compared against."""
    return "the base" if source == base else "the agency's text it holds most of"


def _measured(index: StoryIndex, left: int, right: int) -> tuple[str, Said]:
    """How ``right`` was made from ``left`` (its level) and the sentence that says it, as
    the report compares them (``wording_as_compared``)."""
    pair = measure_pair(index, left, right)
    return pair.level.value, lambda compared: wording_as_compared(index, pair, compared, left)


def _detached(entry: Listed, number: int, folder: Path | None) -> Detached:
    mark = entry.mark
    if mark is None:
        finding = Finding(
            number, None, None, "pair", "", "", False, entry.note, entry.at, entry.reason
        )
    else:
        finding = _finding(
            number,
            None,
            None,
            mark.anchor.kind,
            mark.anchor.left,
            mark.anchor.right,
            mark,
            entry.reason,
        )
    left, right = (shown_path(Path(ref.path), folder) for ref in (entry.left, entry.right))
    return Detached(left, right, finding)


def _other_pairs(
    index: StoryIndex,
    story: int,
    store: ReviewStore,
    folder: Path | None,
    shown: Sequence[tuple[int, int]],
) -> list[tuple[int, int]]:
    """The pairs of the story's versions the store has a review mark, flag or note for,
    other than those ``shown`` (either way round), each the way round it was read: a
    reviewer who stepped from each version to the next (``v``) found her flags and notes
    in no story report."""
    members = set(index.stories[story].documents)
    taken = {frozenset(pair) for pair in shown}
    found: dict[tuple[int, int], None] = {}
    for entry in store.list_flags_and_notes(index.documents, folder):
        if entry.left_doc is not None and entry.right_doc is not None:
            found[(entry.left_doc, entry.right_doc)] = None
    for pair in store.list_reviewed(index.documents):
        found[pair] = None
    return sorted((a, b) for a, b in found if a in members and b in members and {a, b} not in taken)


def folder_report(
    documents: Sequence[Document],
    *,
    options: CompareOptions | None = None,
    store: ReviewStore,
    folder: Path | None = None,
    clock: Clock = now_utc,
    read: Mapping[Path, Stamp] | None = None,
    should_cancel: Callable[[], bool] | None = None,
    bases: Collection[int] = (),
) -> EvidenceReport:
    """The report of a folder's findings: every pair of ``documents`` the store has a
    review mark, flag or note for, each the way round it was read (its base on the left;
    marked before the store kept that: the first in path order) — a document the user
    chose as its story's base (``bases``, b) on the left whichever way it was read (a
    teacher's report kept a classmate's copy the source after the base was set on the
    writer's essay) —, with how one derives from the other (``pair_level``: two long texts
    take seconds each; ``Cancelled`` is raised once ``should_cancel()`` returns True, as
    while a file is hashed)."""
    builder = _Builder(options, store, folder, clock, read, should_cancel)
    store.documents_open(doc_ref(d) for d in documents)  # (no inheriting from a text open)
    # The pairs as Flags & notes lists them: of identical texts (one document to the
    # store), the file the pair was reviewed, flagged or noted at, never also its copies.
    pairs: dict[tuple[str, str], tuple[Document, Document]] = {}

    def add(i: int, j: int) -> None:
        if j in bases and i not in bases:
            i, j = j, i
        left, right = documents[i], documents[j]
        pairs[(str(left.path), str(right.path))] = (left, right)

    for entry in store.list_flags_and_notes(documents, folder):
        if entry.left_doc is not None and entry.right_doc is not None:
            add(entry.left_doc, entry.right_doc)
        else:
            builder.detached.append(_detached(entry, len(builder.detached) + 1, folder))
    for i, j in store.list_reviewed(documents):
        add(i, j)
    for key in sorted(pairs):
        left, right = pairs[key]
        builder.add(left, right, *pair_level(left, right, should_cancel))
    if not pairs:
        builder.remarks.append("Nothing in this folder is marked reviewed, flagged or noted.")
    name = Path(folder).name if folder is not None else "documents"
    return builder.report(f"Findings in {name}", "folder")
