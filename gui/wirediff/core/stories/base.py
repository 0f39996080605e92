"""The base of a story: its source, the text the other versions were made from.

In order: a press release (``releases.is_release``: "PRESS RELEASE", "Notes to
editors", "About Northwind Energy:"… — what the agency wrote its story from); the text of a
news agency (``Document.source`` a known agency: the wire story the others reprint or
rewrite — not one whose lede passes on another's report in the story, "据台湾“中央社”报道",
"…, Reuters reported": ``outlets.reports_from``); else a version that credits an agency at
its opening ("KARACHI (APP) -", "ڈھاکہ ۔ یکم دسمبر (اے پی پی)": the wire's text as a paper
reprinted it); else any version. Of those, the first revision when their names number them all
("bill_v1.docx" … "bill_v5.pdf": a draft's dates are its files'); else the earliest dated
that holds the story's shared text (of one day that their times do not order, an unmarked
version before one its headline or file name marks a later take: "KORR: …", "… (Neufassung)",
``wiremarkers.later_take``); else the first revision by the numbers in their names
("report_v1", "report_v2") — or, of the numbered or dated, the earliest that one was
revised from step by step (a chain of revisions read from its first, not from the one
that holds most of the text its later revisions share); else the one most
contained in the others that also covers their shared text (of any version, an outlet's own
text first: one whose dateline credits its outlet). Dates count only when they tell when the
text was written (not a file's time).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from wirediff.core.chronology import page_captures, timeline
from wirediff.core.document import Document, came_before, time_key
from wirediff.core.reading.dates import date_from_file_name
from wirediff.core.reading.metadata import outlet_of_name
from wirediff.core.reading.outlets import (
    credited_agency,
    is_agency,
    opening_credits,
    reports_from,
)
from wirediff.core.reading.releases import is_release, issuer_line
from wirediff.core.revisions import revision_numbers, whole_series
from wirediff.core.stories.features import Shingles, pair_scores
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.order import document_key
from wirediff.core.wiremarkers import WIRE_MARKERS, later_take

if TYPE_CHECKING:
    from _typeshed import SupportsRichComparison

_Place = TypeVar("_Place", bound="SupportsRichComparison")  # a revision's number, a time


def choose_base(
    members: list[int],
    shingles: Sequence[Shingles],
    documents: Sequence[Document],
    options: StoryOptions,
) -> int:
    """The base of the story made of ``members`` (document indices)."""
    if len(members) == 1:
        return members[0]
    counts: Counter[int] = Counter()
    for doc in members:
        counts.update(shingles[doc].full)
    shared = {h for h, c in counts.items() if c > 1}

    def holds(doc: int) -> float:
        """Share of the story's shared text that ``doc`` holds."""
        return len(shared.intersection(shingles[doc].full)) / len(shared) if shared else 1.0

    def score(doc: int) -> float:
        """support x coverage: |x & S| / |x| * |x & S| / |S| (up to the constant |S|)."""
        full = shingles[doc].full
        both = len(shared.intersection(full))
        return both * both / len(full) if full else 0.0

    def contained(doc: int) -> tuple[float, int, str, int, str]:
        """Ties (texts the comparison takes as the same) go by the text itself, never by
        the document's place in the folder: renaming a file moved the base."""
        document = documents[doc]
        date, text = document.published, document.text
        return (-score(doc), 0 if date else 1, date, len(text), text)

    def lowest(docs: list[int], key: Callable[[int], tuple[object, ...]]) -> int:
        """The first of ``docs`` by ``key``; of the same text, by the rest of the content
        (``document_key``: outlet, URL), then (the same document twice) by path, so that
        only a renaming, not another order of the list, moves it."""
        keyed = [(key(d), d) for d in docs]
        least = min(k for k, _ in keyed)
        tied = [d for k, d in keyed if k == least]
        return min(
            tied,
            key=lambda d: (
                document_key(documents[d]),
                _COPY_NAME.search(documents[d].path.stem) is not None,
                str(documents[d].path),
                d,
            ),
        )

    def revised_from(doc: int, order: Mapping[int, _Place]) -> int:
        """``doc``, or the earliest version before it in ``order`` (numbers or times) that
        it was revised from step by step: each version just before the next one shares
        ``base_chain_min_similarity`` of their shingles with it (Dice). In a numbered chain
        of 22 revisions whose text turned over, only the 20th held half the story's shared
        text and was the base, the history read backwards (a revision researcher's
        walkthrough); a flash or a stub before the full story shares far less with it and
        stays no base."""
        for before in _predecessors(doc, order):
            dice = pair_scores(shingles[before].full, shingles[doc].full)[0]
            if dice < options.base_chain_min_similarity:
                break
            doc = before
        return doc

    def first(docs: list[int], prefer: Sequence[int] = (), least: float | None = None) -> int:
        """The earliest dated of ``docs`` that holds the story's shared text (``least`` of
        it: ``base_min_shared_text`` when None), when their dates differ; else the first
        revision by the numbers in their names; else the most contained (of those in
        ``prefer``, if any are). Of the dated or numbered, the first of the revisions it
        was made from in that order (``revised_from``). Where their times do not order
        them, and of the most contained, a later take's marked version after an unmarked
        one (``_later_takes``)."""
        least = options.base_min_shared_text if least is None else least
        drafted = _drafts_first(docs, documents)
        # Every one numbered, or else every one of ``prefer`` (an agency's own files: its
        # story and "UPDATE 1-", "UPDATE 2-" of one day, with papers' copies crediting it):
        # before any date. (UPDATE 1 was the base, the story "an edited version" of it.)
        numbers = whole_series(docs, documents) or _one_day(
            whole_series(prefer, documents), documents
        )
        holding = [d for d in numbers if holds(d) >= least]
        if holding:
            return revised_from(lowest(holding, lambda d: (numbers[d], *contained(d))), numbers)
        dated = [d for d in docs if documents[d].published]
        days = any(len(documents[d].published) <= 10 for d in dated)  # (a day is no midnight)
        times = timeline(dated, documents)
        for d in page_captures(dated, documents):  # (a page's captures: by when taken)
            times[d] = (times[d][1], times[d][1])
        # (of one date, the times their files were captured — a silent edit's —, or a date's
        # own time when the day alone is compared: a capture stamped 18:20 came before pages
        # dated 07:30 and 12:45 of its day, and was the base)
        clock = {
            d: (
                time_key(times[d][0], days),
                times[d][1] or (times[d][0] if days and len(times[d][0]) > 10 else "~"),
            )
            for d in dated
        }
        later = _later_takes(dated, documents, clock)
        when = {  # (then the days their names give: a paper's copy of a release, both dated
            # by the release's dateline, named a day later, was the base)
            d: (
                clock[d][0],
                d in later,
                clock[d][1],
                _name_day(documents[d]),
                drafted(d),  # (of one time: "…_draft" before "…_approved": ``_stage``)
            )
            for d in dated
        }
        # a time order to go by (not a correction's marker alone)
        if len({(k[0], *k[2:]) for k in when.values()}) > 1:
            holding = [d for d in dated if holds(d) >= least]
            if holding:
                return revised_from(lowest(holding, lambda d: (when[d], *contained(d))), when)
        numbers = revision_numbers(docs, documents)  # "report_v1", "report_v2"
        holding = [d for d in numbers if holds(d) >= least]
        if holding:
            return revised_from(lowest(holding, lambda d: (numbers[d], *contained(d))), numbers)
        marked = _later_takes(docs, documents, {})  # (undated, or of one time)
        return lowest(
            [d for d in docs if d in prefer] or docs,
            lambda d: (drafted(d), d in marked, *contained(d)),
        )

    # A press release first: the agency's story was written from it (of eight releases
    # in a researcher's folder, none was its story's base) — not one dated after another
    # version, which it quotes (a senator's release on a bill's passage, quoting the bill
    # introduced before it, was the base of the bill's drafts, each "0% rewrite" of it).
    releases = [
        d
        for d in members
        if is_release(documents[d])
        and not any(came_before(documents[o], documents[d]) for o in members if o != d)
    ]
    if releases:
        # The issuer's own over a site's copy that kept its "PRESS RELEASE" line and
        # trimmed its notes (the copy, more contained, was the base of the release)
        return first(releases, prefer=[d for d in releases if issuer_line(documents[d].text)[0]])
    # Of several agency texts (a wire story and its updates), the first too: the later one
    # was the base, and the earlier "an edited version" of it, unsaid.
    agencies = [d for d in members if is_agency(documents[d].source)]
    # ... an agency's own, not one's reprint of another's crediting it at its opening: Fars's
    # page, IRNA's text word for word under "(ایرنا)", was the base, timed by its metadata,
    # and IRNA's own "a copy" of it (a re-check of a Persian desk's walkthrough)
    # ... nor one whose lede says it reports another's report in the story: China News
    # Service's "据台湾“中央社”报道" (according to Taiwan's CNA), dated CNA's day, was the base
    # of CNA's own story and CNA's "an edited version" of it (a Chinese desk's walkthrough)
    sources = {documents[d].source for d in agencies}
    outlets = {documents[d].source for d in members} - {""}

    def reprint(doc: int) -> bool:
        credited = credited_agency(documents[doc].text, dateline=True)
        return (bool(credited) and credited != documents[doc].source and credited in sources) or (
            _reports_another(documents[doc], outlets)
        )

    agencies = [d for d in agencies if not reprint(d)] or agencies

    # ... but not over a report the agency wrote its story from: another's text dated
    # before every agency text and many times as long (an inquiry's 5,000-word report,
    # published at 00:01, was "a rewrite of PA Media's story" of 00:05, and a paper's
    # story taken from the report, not from PA's, "independent": a grouping probe) — not
    # one that holds an agency text nearly whole, which it carries (a live blog opened
    # at 07:02 that pasted Reuters' story of 10:05 was its base: a probe).
    def holds_whole(doc: int, agency: int) -> bool:
        theirs = set(shingles[agency].full)
        held = len(theirs.intersection(shingles[doc].full))
        return held >= options.base_report_max_held * len(theirs) if theirs else False

    longest = max((len(documents[a].text.split()) for a in agencies), default=0)
    reports = [
        d
        for d in members
        if agencies
        and d not in agencies
        and all(came_before(documents[d], documents[a]) for a in agencies)
        and len(documents[d].text.split()) >= options.base_report_min_length_ratio * longest
        and not any(holds_whole(d, a) for a in agencies)
    ]
    if reports:
        return first(reports, least=0.0)
    if agencies:
        # When no date tells them apart, the agency's own file or page (``AFP_budget.txt``,
        # afp.com) over a site's copy that only credits it in its text ("BERLIN (AFP) -"): the
        # trim was taken for the source, the wire for "an edited version" of it.
        named = [d for d in agencies if _named(documents[d]) == documents[d].source]
        # One agency's texts: its takes, the first the source of the others, however
        # little of the story's shared text it holds (a developing story's flash was "an
        # edited version, if that came first (it is dated later)" of UPDATE 4, which held
        # the most of it: two grouping probes), also beside papers' copies of its later
        # takes, which weigh the shared text toward them (UPDATE 2 was the base then: a
        # wire desk's probe) — of its texts then, the story's takes, mostly in the story or
        # headed as another of its texts is (a morning digest of the agency's, dated first,
        # was the base, and the papers "rewrites" of it: a review; a first take the updates
        # rewrote is no less the first: a Spanish ACTUALIZA 1 held a quarter of its words).
        takes = len({documents[d].source for d in agencies}) == 1
        if takes and len(agencies) < len(members):
            heads = {d: _head_words(documents[d].title) for d in agencies}
            own = [
                d
                for d in agencies
                if _own_share(shingles[d].full, shared) >= 0.5
                or any(len(heads[d] & heads[o]) >= 2 for o in agencies if o != d)
            ]
            if own:
                return first(own, prefer=[d for d in named if d in own], least=0.0)
            takes = False
        least = 0.0 if takes else None
        return first(agencies, prefer=named, least=least)  # (dates first: a story, its update)
    credited = [d for d in members if credited_agency(documents[d].text)]
    if credited:
        return first(credited)
    # An outlet's own text by the credit its dateline gives, an outlet not known as an
    # agency ("By Elena Marsh, Northwire Press" over "HARWICK, March 14 (Northwire) -"): a
    # student's verbatim copy under another byline was the base of a class's folder.
    # (of any versions, not one passing on another's report in the story: "according to
    # the Guardian", a paper's rewrite of the Guardian's own)
    members = [d for d in members if not _reports_another(documents[d], outlets)] or members
    return first(members, prefer=[d for d in members if _credits_itself(documents[d])])


def _later_takes(
    docs: Sequence[int], documents: Sequence[Document], clock: Mapping[int, tuple[str, str]]
) -> set[int]:
    """Those of ``docs`` whose headline or file name marks a later take (``later_take``:
    "KORR: …", "… (Neufassung)", "…_RETTELSE.txt") beside an unmarked one of the same
    outlet (by its text and by its file's name or address) that their times (``clock``:
    the day, then the time or "~" when it gives none; all one when empty) do not order: of
    one day, one of them or both without a time, or of one time. An SDA story dated by its
    file name's day was "an edited version" of its Neufassung of 13:10 that day, the
    update's new facts read as deleted (a German and Nordic desk's walkthrough). (A paper's
    copy, its own name, is no original of the agency's "UPDATE 2-" take: it may be a copy
    of that take, its marker left out.)"""
    marked = {d for d in docs if later_take(documents[d].title, documents[d].file.stem)}
    outlet = {d: (documents[d].source, _named(documents[d])) for d in docs}

    def unordered(a: int, b: int) -> bool:
        (day_a, time_a), (day_b, time_b) = clock.get(a, ("", "")), clock.get(b, ("", ""))
        same = outlet[a] == outlet[b] and day_a == day_b
        return same and (time_a == time_b or "~" in (time_a, time_b))

    return {d for d in marked if any(o not in marked and unordered(d, o) for o in docs if o != d)}


def _predecessors(doc: int, order: Mapping[int, _Place]) -> list[int]:
    """The versions before ``doc`` in ``order``, the latest first, up to the first place two
    of them share (two of one number or time: which the next was revised from is unknown)."""
    ranked = sorted(order, key=order.__getitem__)
    earlier = [d for d in ranked[: ranked.index(doc)] if order[d] != order[doc]][::-1]
    for at, before in enumerate(earlier[:-1]):
        if order[earlier[at + 1]] == order[before]:
            return earlier[:at]
    return earlier


# A file manager's or a browser's copy of a file: "port_01_wire (copy)", "Report (1)",
# "Report - Copy", "Copy of Report", "Report - Kopie": of the same text, the original name
# is the base (the copy was, " " sorting before ".": a standards editor's port story). Not
# "Elegy (1842)", "wire_copy" or "clean copy" (a newsroom's copy is its text: a review).
_COPY_NAME = re.compile(
    r"(?i)(?:\s\((?:copy|kopie|copie|\d{1,2})(?:\s+\d{1,2})?\)|\s+-\s+(?:copy|kopie|copie)"
    r"(?:\s*\(\d{1,2}\))?)$|^(?:copy of|copie de|kopie von)\s"
)


def _head_words(title: str) -> set[str]:
    """A headline's words of four letters or more, not a wire's markers ("UPDATE 2-")."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}", title)}
    return words - WIRE_MARKERS


def _own_share(full: Sequence[int], shared: set[int]) -> float:
    """Share of a document's shingles ``full`` that another version holds too (``shared``)."""
    return sum(h in shared for h in full) / len(full) if len(full) else 0.0


# The words of a file's name that say it is a draft, or the text approved: a judgment's
# "harwood_draft_v3.pdf" and "harwood_approved.pdf", of one day, had the approved one for
# the base, every change read backwards, "£1,250,000 → £797,485" (a court reporter's
# walkthrough). Words, not parts of words ("finalists", "drafted" say nothing); Chinese
# and Japanese names, which have no spaces, by their characters.
_DRAFT_WORDS = frozenset(
    """draft entwurf brouillon borrador bozza rascunho ontwerp utkast projet проект черновик
    проєкт чернетка taslak مسودة""".split()
)
_FINAL_WORDS = frozenset(
    """final approved endgültig endfassung définitif definitif definitivo definitiva aprobado
    aprovado approuvé genehmigt goedgekeurd окончательный окончательная окончательное
    остаточний نهائي النهائي نهائية النهائية""".split()
)
_CJK_DRAFT, _CJK_FINAL = ("草稿", "草案", "初稿"), ("定稿", "终稿", "終稿", "最終版", "最终版")


def _stage(document: Document) -> int:
    """-1 when the file's name says it is a draft, 1 when it says it is final (approved),
    0 when it says neither, or both."""
    stem = unicodedata.normalize("NFC", document.file.stem)  # (a Mac's names are NFD)
    words = set(re.split(r"[\W_]+", stem.casefold()))
    draft = bool(words & _DRAFT_WORDS) or any(w in stem for w in _CJK_DRAFT)
    final = bool(words & _FINAL_WORDS) or any(w in stem for w in _CJK_FINAL)
    return final - draft


def _drafts_first(docs: Sequence[int], documents: Sequence[Document]) -> Callable[[int], int]:
    """A key that puts the drafts of ``docs`` first, when some of them are named drafts and
    others final: a draft is older than the text approved from it. Else the same for all
    (a paper's copy of one day is no later than "statement_final.pdf", its source)."""
    stages = {d: _stage(documents[d]) for d in docs}
    if -1 in stages.values() and 1 in stages.values():
        return lambda d: 0 if stages[d] < 0 else 1
    return lambda d: 0


def _one_day(numbers: dict[int, int], documents: Sequence[Document]) -> dict[int, int]:
    """``numbers`` when the documents numbered are of one day (or undated), else {}: an
    agency's story of the next day, unnumbered, was taken for the first take of its
    update of the day before (a review)."""
    return numbers if len({documents[d].published[:10] for d in numbers}) <= 1 else {}


def _name_day(document: Document) -> str:
    """The day a document's file name gives, else its own date's: a name without a date
    orders nothing (the agency's own "AFP_budget.txt" lost the base to a site's copy named
    by its day, both dated by the wire's dateline: review)."""
    return date_from_file_name(document.file.name)[:10] or document.published[:10]


def _named(document: Document) -> str:
    return outlet_of_name(document.url, document.file.name)


def _credits_itself(document: Document) -> bool:
    """Whether a credit in the dateline names the document's own outlet: every word of
    the credit is one of the outlet's ("Northwire" of "Northwire Press")."""
    own = _words(document.source)  # ("northwire.com", an outlet by its page's address)
    if not own:
        return False
    credits = opening_credits(document.text, dateline=True)
    return any(set(_words(c)) <= own for c in credits if _words(c))


def _reports_another(document: Document, outlets: set[str]) -> bool:
    """Whether ``document``'s lede says it reports what another of ``outlets`` (the story's
    versions' outlets) reported (``reports_from``): that outlet's own version is its source."""
    return any(reports_from(document.text, o) for o in outlets if o != document.source)


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[\W_]+", text.casefold()) if w}
