"""File names: captures of one article, named alike but for the time they were taken, are
versions of it when they report one event and nothing tells them apart.

A folder of captures names each file by the article and when it was taken
(``storm-hits-coast_20261114T0930.html``, ``storm-hits-coast_20261114T1145.html``, or
``site/storm-hits-coast/20261114093000.html``, as the Wayback Machine stamps them). A live
page rewritten between two captures (a breaking brief become a report) shares too few
phrases with the one before for a rewrite, often none; the name joins them, as a canonical
URL does (``urls``), but warily, since a name is the user's or a tool's, not the
publisher's:

- the names are the same once every part holding a digit is taken out, and each gives a
  date and a time of day (``date_from_file_name``): a capture's stamp. Not an id
  (``earthquake_4f2a9c.txt``, ``harwick-fire_20231187.txt``: a CMS's records, a class's
  submissions, each its own text), a counter (``floods_0001.txt``), a year, nor a date
  alone (``markets-today_20261102.txt``: a daily series, a new text each day); a name that
  is a stamp alone is named by its folder (``…/storm-hits-coast/20261114093000.html``); a
  record of a file of several (a CSV's row) has its file's name, so none;
- what is left holds a word of at least ``WORD_MIN_CHARS`` letters that names no kind of
  document (``press_release_…``, ``article_…``) nor the document's outlet
  (``daily_waqt_…``), and every such word is in the opening of the text (the headline a
  slug is made from), by its first five letters ("derailment" of "…derails at Millbrook");
- the documents are in one folder, every document so named lies in one event
  (``events``), and there are at most ``StoryOptions.url_max_docs`` of them: a name across
  events names a series, a beat or a folder's habit, not an article;
- two stories so named join when nothing tells them apart (``alike``): not two outlets,
  known both, nor two article URLs; not updated side by side (a capture of one dated
  between two of the other: two outlets' captures of one slug, at 07:00 and 15:00 and at
  09:30 and 17:45, are two articles; a live page's captures follow one another); and,
  when ``StoryOptions.named_min_phrases`` asks it, one of a pair of their versions has
  that share of its words in phrases the other holds.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from wirediff.core.addresses import url_key
from wirediff.core.chronology import moment, timeline
from wirediff.core.document import Document
from wirediff.core.reading.dates import date_from_file_name
from wirediff.core.stories.features import fold_text

WORD_MIN_CHARS = 4
OPENING_CHARS = 2000  # where the name's words are looked for: the headline and lead
STEM_CHARS = 5  # ... by their first letters
# Words that name a kind of document, not an article.
_KINDS = frozenset(
    "article articles story stories news report reports press release releases statement "
    "draft drafts copy copies version versions final update updates text texts document "
    "documents file files page pages essay notes note untitled item items capture snapshot "
    "backup export scan print edit edited revision".split()
)
_PARTS = re.compile(r"[\W_]+")


def _parts(text: str) -> list[str]:
    return [p for p in _PARTS.split(fold_text(text)) if p]


@dataclass(frozen=True, slots=True)
class Named:
    """What a file's name names: the article (in its folder) and the words of it to find
    in the text's opening (their first letters)."""

    key: str
    words: frozenset[str]


def named_as(doc: Document) -> Named | None:
    """What ``doc``'s file name names by the rules above, but for the opening (``holds``);
    None when it names no article. Cheap: the name alone."""
    if doc.item:  # a record of a file of several: its name is its file's
        return None
    parts = _parts(doc.path.stem)
    if not any(map(_digits, parts)) or "T" not in date_from_file_name(doc.path.name):
        return None  # a capture's name gives its date and time of day
    words = [p for p in parts if not _digits(p)]
    if not words:  # a stamp alone ("…/slug/20261119054500.html"): the folder's name
        words = [p for p in _parts(doc.path.parent.name) if not _digits(p)]
    outlet = set(_parts(doc.source))
    named = {w for w in words if len(w) >= WORD_MIN_CHARS and w not in _KINDS | outlet}
    if not named:
        return None
    return Named(f"{doc.path.parent}\n{' '.join(words)}", frozenset(map(_stem, named)))


def holds(doc: Document, named: Named) -> bool:
    """Whether the opening of ``doc``'s text holds the words its name names."""
    return named.words <= {_stem(w) for w in _parts(doc.text[:OPENING_CHARS])}


def name_key(doc: Document) -> str:
    """The article ``doc``'s file name names in its folder, as a comparable string; "" when
    the name names none. Captures of one article are kept in one folder: two papers' files
    of one headline (in ``herald/`` and ``mercury/``, a wire desk's export) are two
    articles."""
    named = named_as(doc)
    return named.key if named is not None and holds(doc, named) else ""


def article_name(doc: Document) -> str:
    """The name part of ``name_key`` ("harbour bridge"), "" when none."""
    return name_key(doc).partition("\n")[2]


def _digits(part: str) -> bool:
    return any(c.isdigit() for c in part)


def _stem(word: str) -> str:
    """A word's first letters, as a slug's word is found in a headline's ("derailment" in
    "Freight train derails at Millbrook")."""
    return word[:STEM_CHARS]


def named_together(
    keys: Iterable[tuple[str, int]],
    story_of: Sequence[int],
    event_of: Sequence[int],
    max_docs: int,
) -> list[list[int]]:
    """The stories to join, from the documents' name keys ``(key, doc)``: for each key held
    by two to ``max_docs`` documents all of one event (``event_of`` per story), the stories
    of those documents (ascending) when they are more than one; listed by first story."""
    by_key: dict[str, list[int]] = {}
    for key, doc in keys:
        by_key.setdefault(key, []).append(doc)
    out = []
    for docs in by_key.values():
        stories = sorted({story_of[d] for d in docs})
        one_event = len({event_of[s] for s in stories}) == 1
        if len(stories) > 1 and len(docs) <= max_docs and one_event:
            out.append(stories)
    return sorted(out)


def named_stories(
    documents: Sequence[Document],
    members: Sequence[Sequence[int]],
    event_of: Sequence[int],
    max_docs: int,
) -> list[list[int]]:
    """``named_together`` of ``documents`` grouped in the stories ``members``."""
    story_of = [0] * len(documents)
    for s, docs in enumerate(members):
        for d in docs:
            story_of[d] = s
    found = [(d, named_as(doc)) for d, doc in enumerate(documents)]
    count = Counter(named.key for _, named in found if named is not None)
    keys = (
        (named.key, d)
        for d, named in found
        if named is not None and count[named.key] > 1 and holds(documents[d], named)
    )  # (the openings read only of names that recur: most are a file's own)
    return named_together(keys, story_of, event_of, max_docs)


def alike(
    sides: tuple[Sequence[int], Sequence[int]],
    sampled: tuple[Sequence[int], Sequence[int]],
    documents: Sequence[Document],
    reused: Callable[[int, int], float],
    least: float,
) -> bool:
    """Whether two stories of documents named alike (``sides``) join: not of two outlets
    (each side's known ones apart), nor of two article URLs, and a pair of their documents
    (of the ``sampled`` ones) where one has at least ``least`` of its words in phrases of
    the other (``reused(a, b)``: the larger of the two shares)."""
    for field in (_outlet, address_key):
        known_s, known_t = ({field(documents[d]) for d in side} - {""} for side in sides)
        if known_s and known_t and known_s.isdisjoint(known_t):
            return False
    side_s, side_t = sides
    if not (_all_before(side_s, side_t, documents) or _all_before(side_t, side_s, documents)):
        return False  # updated side by side: two articles
    xs, ys = sampled
    return least <= 0 or any(reused(a, b) >= least for a in xs for b in ys)


def _all_before(xs: Sequence[int], ys: Sequence[int], documents: Sequence[Document]) -> bool:
    """Whether no document of ``ys`` is known to be older than one of ``xs``, by when each
    was there (``chronology.moment``: its capture time, else its date; of one day, a day
    alone is in no order with a time)."""
    when = {d: moment(*times) for d, times in timeline([*xs, *ys], documents).items()}

    def older(y: int, x: int) -> bool:
        (yday, ytime), (xday, xtime) = when[y], when[x]
        if not (yday and xday) or (yday == xday and not (ytime and xtime)):
            return False
        return when[y] < when[x]

    return not any(older(y, x) for x in xs for y in ys)


def _outlet(doc: Document) -> str:
    return doc.source.casefold()


def address_key(doc: Document) -> str:
    """The article ``doc``'s URL names (``addresses.url_key``), "" when none."""
    return url_key(doc.url) if doc.url else ""
