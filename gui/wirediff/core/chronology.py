"""Versions in time order, by when each was there.

The time its file's name says it was captured (``Document.captured``) orders a version when
one is known, else its publication date (``Document.published``: from metadata, a dateline
or the file name, never a file's own time; a time with its zone as an instant in UTC) —
a page's capture of the 15th, dated by its revision of the 14th, came before a plain-text
capture of the 14th dated by its name (``moment``). A file saved without either takes
those of a copy of the very same text (``timeline``: a browser's "Title (1).html" saved
beside the stamped captures, listed after them, made the chain show its paragraph added,
removed and added again); versions without either come after the others, in the order
they were given (the stories engine's: most similar to the base first). Versions whose
names number them all (``report_v1``, ``report_v2``…) are in the order of their numbers.
"""

from __future__ import annotations

from collections.abc import Sequence

from wirediff.core.addresses import url_key
from wirediff.core.counts import possessive
from wirediff.core.document import FILE_TIME, Document, came_before, instant, times_of, zoned
from wirediff.core.revisions import name_series, name_years, whole_series


def time_order(docs: Sequence[int], documents: Sequence[Document]) -> tuple[int, ...]:
    """``docs`` (indices into ``documents``) oldest first by when each was there (``moment``
    of its ``timeline``), those with neither a date nor a capture time last, as given; when
    their names number them all as revisions ("bill_v1.docx" … "bill_v5.docx":
    ``revisions.whole_series``), by those numbers; those last by the years their names
    give, if each gives one (``revisions.name_years``). Revisions their names number,
    some of them undated, are in the order of their numbers, in the places they and the
    dated versions hold, the undated others after them."""
    numbers = whole_series(docs, documents)
    if numbers:
        return tuple(sorted(docs, key=numbers.__getitem__))
    when = saved_before(timeline(docs, documents), documents)
    timed = sorted((d for d in docs if any(when[d])), key=lambda d: moment(*when[d]))
    rest = [d for d in docs if not any(when[d])]
    years = name_years(rest, documents)  # "novel_1st_1850", "novel_revised_1862"
    order = [*timed, *(sorted(rest, key=years.__getitem__) if years else rest)]
    # Revisions their names number, some undated (a draft's .docx dated by its properties,
    # the .txt and .md drafts not: the dated draft 2 came first, and "the version before"
    # draft 3 was draft 1, then draft 2 before draft 1, every edit read backwards — a
    # translation editor's walkthrough): by their numbers, in the places they and the dated
    # versions hold, the undated others after them.
    numbered = name_series(docs, documents)
    if len(numbered) > 1 and not all(any(when[d]) for d in numbered):
        placed = [d for d in order if d in numbered or any(when[d])]
        slots = [i for i, d in enumerate(placed) if d in numbered]
        for i, d in zip(slots, sorted(numbered, key=numbered.__getitem__), strict=True):
            placed[i] = d
        order = [*placed, *(d for d in order if d not in numbered and not any(when[d]))]
    return tuple(order)


def saved_before(
    when: dict[int, tuple[str, str]], documents: Sequence[Document]
) -> dict[int, tuple[str, str]]:
    """``when`` (``timeline``'s) with an undated version's file time as its date where it
    was saved before the latest of the dated versions: its text was there by then, and it
    goes among them at that time. An academic's undated Markdown drafts, saved days before
    the paper's dated Word export, came after it, and the chain read the first draft as the
    export's edit (a walkthrough). Saved after every dated version (a folder copied today),
    a file's time tells nothing, and the version stays after them, as given."""
    latest = max((moment(*w) for w in when.values() if any(w)), default=None)
    if latest is None:
        return when
    found = dict(when)
    for d, times in when.items():
        doc = documents[d]
        if not any(times) and doc.date_source == FILE_TIME and doc.date:
            saved = instant(doc.date)
            if moment(saved, "") < latest:
                found[d] = (saved, "")
    return found


def chain_steps(order: Sequence[int], documents: Sequence[Document]) -> dict[int, int]:
    """The version each version of a story's chain (``order``: ``time_order``'s) is read
    against, the first's none: the latest before it from its own outlet, else the latest
    before it from a news agency (a paper's copy against the take it could have copied),
    else the latest before it of its kind (``kind``: a wikitext revision against the one
    before it, not a browser's save of the page between them), else the one just before
    it; of an outlet's or an agency's, one of its kind first. A desk's walkthrough: the
    chain of a day's takes ran through the client papers' copies, each take "an edited
    version of" a paper's trimmed copy of the take before it, and a take's own changes were
    never shown; a Wikipedia editor's: a vandal's revision was read against the page saved
    at 13:20, its one edit lost among 44 of markup against rendered text and "figures
    changed: 1 → 1 December 2026" (footnote marks against a citation's date)."""
    from wirediff.core.reading.outlets import is_agency  # (the chain only)

    steps: dict[int, int] = {}
    # the latest version so far of each outlet ("": an agency's) of each kind (None: of
    # any kind), and of each kind whatever its outlet
    latest: dict[tuple[str, str | None], int] = {}
    of_kind: dict[str, int] = {}
    for at, doc in enumerate(order):
        outlet, its = documents[doc].source, kind(documents[doc])
        if at:  # (one pass: rebuilt for each version, 5,000 captures took 1.4 s, a review)
            keys = [(outlet, its), (outlet, None)] if outlet else []
            keys += [("", its), ("", None)]
            found = next((latest[key] for key in keys if key in latest), None)
            steps[doc] = of_kind.get(its, order[at - 1]) if found is None else found
        if outlet:
            latest[(outlet, its)] = latest[(outlet, None)] = doc
            if is_agency(outlet):
                latest[("", its)] = latest[("", None)] = doc
        of_kind[its] = doc
    return steps


# Formats whose text is a page's source, not the page as read: read against the page, a
# revision's markup was 44 changes ("[1]" against "{{cite … date=1 December 2026}}")
_SOURCE_FORMATS = frozenset({"wikitext"})


def kind(doc: Document) -> str:
    """What kind of text a version is, as its chain tells them apart: its format when that
    is a page's source ("wikitext"), else "" (a page as read: HTML, PDF, plain text…)."""
    return doc.format if doc.format in _SOURCE_FORMATS else ""


def reverts(order: Sequence[int], documents: Sequence[Document]) -> dict[int, int]:
    """The versions of a chain (``order``: ``time_order``'s) whose text is the very text of
    an earlier one but not of the one just before it — a revert (a vandalised revision put
    back: "Copy of …15-45.txt, 5 words differ" was all a Wikipedia editor's walkthrough
    read of it) —, each with the earliest such version."""
    first: dict[tuple[str, str], int] = {}
    found: dict[int, int] = {}
    steps = chain_steps(order, documents)
    for doc in order:
        # (of one page or one outlet's only: the Independent's verbatim copy of Reuters'
        # text, after the Times' edit, was "identical to … (reuters.html): a revert"; and
        # not of the very text the chain reads it against, a browser's save between them
        # — two reviews)
        text, page = documents[doc].text, _page_of(documents[doc])
        if doc in steps and (page, text) in first and documents[steps[doc]].text != text:
            found[doc] = first[page, text]
        first.setdefault((page, text), doc)
    return found


def _page_of(doc: Document) -> str:
    """What a revision's page is known by: its address, else its outlet ("" for none)."""
    return url_key(doc.url) or doc.source


def identical_to(documents: Sequence[Document], earlier: int, named: bool = True) -> str:
    """What a revert is said to be: "identical to the 2026-12-01 13:20 version
    (Millbrook_…T13-20.txt): a revert"; not ``named``, without its file's name when its
    time tells it (the status line, where the pair's names follow)."""
    doc = documents[earlier]
    when = (doc.captured or doc.published)[:16].replace("T", " ")
    of = f"the {when} version" if when else "an earlier version"
    return f"identical to {of}{f' ({doc.name})' if named or not when else ''}: a revert"


def update_stamp(doc: Document) -> str:
    """The line of ``doc``'s header that says when its text was last updated ("Published
    8:12 a.m. ET Dec. 1, 2026 | Updated 3:05 p.m. ET", "1 December 2026, 07:05 · Updated
    1 December 2026, 12:30": a revision stamp, as dating reads it), "" when none."""
    from wirediff.core.reading.dates import header_lines  # (the chain's steps only)
    from wirediff.core.reading.metadata import revision_stamps  # (the stamps that date a page)

    return next((line for line in header_lines(doc.text) if revision_stamps(line)), "")


SILENT_EDIT = "its text changed; its 'Updated' stamp did not"


def stamp_kept(a: Document, b: Document) -> str:
    """The update stamp (``update_stamp``) two versions of one outlet's page both give word
    for word when their texts differ: an edit made without notice. A page's capture of
    16:00 dropped a quote under the "Updated … 12:30" of the 12:45 one, and a US paper's
    copy of 17:45 changed a vote tally under the "Updated 3:05 p.m. ET" of 15:20's, and
    nothing said so (a Wikipedia editor's walkthrough). "" when not so."""
    if a.text == b.text or a.source != b.source:
        return ""
    stamp = update_stamp(a)
    return stamp if stamp and stamp == update_stamp(b) else ""


def said_before(documents: Sequence[Document], previous: int, just_before: int) -> str:
    """What a chain reads a version against: "the one before it", or, when that is an
    earlier one (``chain_steps``), whose it is: "Reuters' version before it", or what
    kind it is: "the wikitext revision before it"."""
    if previous == just_before:
        return "the one before it"
    outlet = documents[previous].source
    its = kind(documents[previous])
    if not outlet and its != kind(documents[just_before]):  # (``chain_steps``: its kind's)
        return f"the {its} revision before it" if its else "the page before it"
    if not outlet:
        return "an earlier version"
    return f"{possessive(outlet)} version before it"


def moment(date: str, captured: str) -> tuple[str, str]:
    """When a version was there, as a sort key: the time its file was captured when one is
    known, else its date (of one day, a day alone after those that give their time: a
    site's edit dated by its day was listed before the agency's 10:15 text it was made
    from, and the chain read the correction backwards — two walkthroughs, a Russian and a
    French desk's). By the date first, a page's capture of the 15th, dated by its revision
    of the 14th, came before a plain-text capture of the 14th dated by the stamp in its
    name."""
    when = captured or date
    return when[:10], when[10:] or "~"


def timeline(docs: Sequence[int], documents: Sequence[Document]) -> dict[int, tuple[str, str]]:
    """Each of ``docs``' date and capture time, as instants ("" when not known; as their
    clocks read them when some give their zone and some do not: ``earlier_time``): its own;
    for a file without them (or without a capture time, of the same date), the earliest
    of a copy of the very same text among ``docs`` that has them — a browser's
    "Title (1).html" or "Title (1).txt" saved beside the stamped captures."""
    given = {d: times_of(documents[d]) for d in docs}  # (in their desk's zone: ``desk_zone``)
    zones = {zoned(t) for d in docs for t in given[d] if len(t) > 10}
    wall = len(zones) == 2  # (some give their zone, some do not: all as their clocks read)
    own = {d: (instant(given[d][0], wall), instant(given[d][1], wall)) for d in docs}
    twins: dict[str, tuple[str, str]] = {}
    for d, (date, captured) in own.items():
        if date or captured:
            text = documents[d].text
            if text not in twins or (date, captured or "~") < _later_first(twins[text]):
                twins[text] = (date, captured)
    found = {}
    for d, (date, captured) in own.items():
        twin = twins.get(documents[d].text)
        if twin is not None and not captured and (not date or date == twin[0]):
            date, captured = twin
        found[d] = (date, captured)
    return found


def page_captures(docs: Sequence[int], documents: Sequence[Document]) -> set[int]:
    """Those of ``docs`` that are captures of one page with another of them: both give the
    time they were taken and one address (``addresses.url_key``). They go by those times,
    whatever their dates (``came_before``): a live blog's capture of 15:05, dated by its
    first publication (08:05), was its story's base, "earlier" than those of 09:15 and
    11:40, dated by their revisions."""
    pages: dict[str, list[int]] = {}
    for d in docs:
        key = url_key(documents[d].url) if documents[d].captured else ""
        if key:
            pages.setdefault(key, []).append(d)
    return {d for found in pages.values() if len(found) > 1 for d in found}


def _later_first(when: tuple[str, str]) -> tuple[str, str]:
    return when[0], when[1] or "~"


def earlier(a: Document, b: Document) -> bool:
    """Whether ``a`` is known to be older than ``b`` (``came_before``)."""
    return came_before(a, b)
