"""Two documents of no common story: they share next to no text and few names.

A digest or a morning briefing carries several agency stories whole: it links to each, and
when each is a story of one version, the average-linkage guard has nothing to average over
(the briefing and the port strike against the Chile quake: one link of 0.97, one of 0 — a
mean of 0.49) and the strike and the quake became one story, "In one story with Reuters'
story, but written anew" (a grouping probe: 10 of 15 generated digests glued their stories).
A story is one text's versions: two of them share a phrase, or at least what the text is
about — its names, places and figures. A plant fire and a quake that two Reuters briefs
told, carried by one briefing, share 6% of their names and 4% of their terms (names and
content words), once a wire's furniture is left out — its credit line's words ("Reuters",
"Reporting", "Editing" were 3 of their 22 names), weekdays, months, outlets' names. Two
documents that share little of both are strangers, and two groups do not merge where an
end of the link is a stranger to a member of the other group. Only the link's ends: the
first and the eighth take of a developing story whose names change share 6% of their
names and 10% of their terms, as strangers do, while each is near the takes at the link.

Names are the capitalised words and figures (``events.story_terms``). A short brief names
few (a barge striking a bridge: 9; a library's hours: 5), and a script without capitals
(Arabic, Urdu) has its figures alone: with too few names to tell, two texts that share
under a tenth of their terms (names and content words of four letters or more) are strangers
(a newsletter of two such briefs glued them, "Trimmed copy of newsletter_today.txt"; an
Arabic morning bulletin a quake and a bread price). Terms of one language's common words
make unrelated Urdu reports share a fifth of them, as a wire story's takes do in English:
those are not told apart (the guard of before decides).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from wirediff.core.document import Document
from wirediff.core.reading.dates import is_month_name
from wirediff.core.reading.outlets import is_agency, outlet_named
from wirediff.core.stories.events import story_terms
from wirediff.core.stories.options import StoryOptions

Link = Callable[[int, int], float]


class Kinship:
    """What two of ``documents`` (by their indices) share, as a story's versions do: text
    (``link``, the copy link) or, failing that, their names and terms. Each document's
    terms are found once, when first asked for."""

    def __init__(self, documents: Sequence[Document], link: Link, options: StoryOptions) -> None:
        self.documents = documents
        self.link = link
        self.options = options
        self._found: dict[int, tuple[frozenset[str], frozenset[str]]] = {}

    def _of(self, doc: int) -> tuple[frozenset[str], frozenset[str]]:
        """A document's names and figures, and its terms, without a wire's furniture
        (``_furniture``)."""
        terms = self._found.get(doc)
        if terms is None:
            terms = self._found[doc] = named_terms(self.documents[doc].text)
        return terms

    def _shared(self, a: int, b: int) -> tuple[float, float] | None:
        """The shares of the fewer names and of the fewer terms two documents sharing
        next to no text hold in common (names -1 when either names too few), or None when
        they share text or either has too few terms to weigh."""
        options = self.options
        if self.link(a, b) >= options.stranger_max_link:
            return None
        (na, ta), (nb, tb) = self._of(a), self._of(b)
        if min(len(ta), len(tb)) < options.stranger_min_terms:
            return None
        named = min(len(na), len(nb)) >= options.stranger_min_names
        return (_share(na, nb) if named else -1.0), _share(ta, tb)

    def strangers(self, a: int, b: int) -> bool:
        """Whether two documents, each of ``stranger_min_terms`` terms at least, share less
        than ``stranger_max_link`` of their text and, each naming at least
        ``stranger_min_names`` names and figures, less than ``stranger_max_shared`` of the
        fewer names and of the fewer terms together; naming fewer, less than
        ``stranger_max_terms`` of the fewer terms."""
        shared = self._shared(a, b)
        if shared is None:
            return False
        names, terms = shared
        if names >= 0:
            return names + terms < self.options.stranger_max_shared
        return terms < self.options.stranger_max_terms

    def kin(self, a: int, b: int) -> bool:
        """Whether two documents are known to tell of one news: they share text, or,
        each naming enough names in words (``_worded``), share ``stranger_max_shared`` of
        their names and terms together at least."""
        if self.link(a, b) >= self.options.stranger_max_link:
            return True
        shared = self._shared(a, b)
        if shared is None or shared[0] < 0 or not (self._worded(a) and self._worded(b)):
            return False
        return sum(shared) >= self.options.stranger_max_shared

    def _worded(self, doc: int) -> bool:
        """Whether a document names ``stranger_min_names`` names in words, not figures alone
        (Urdu's names are its figures: two reports of one agency share a fifth of their
        terms, common words, and were its takes — 2 more unrelated pairs joined in devdata's
        counter)."""
        names = self._of(doc)[0]
        worded = sum(1 for name in names if name.isalpha())
        return worded >= self.options.stranger_min_names


def named_terms(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The names and figures of ``text``, and its terms (``events.story_terms``), without a
    wire's furniture: its credit lines in brackets and ``_furniture``."""
    text = _without_credits(text)
    counts, names = story_terms(text, [(0, len(text))])
    return (
        frozenset(n for n in names if not _furniture(n)),
        frozenset(t for t in counts if not _furniture(t)),
    )


# A wire's credit line names its people in every story it sends: "(Reporting by Andrew
# Gray; Editing by Mark Heinrich)" under two briefs, one editor's name was 2 of their 16
_BRACKETED = re.compile(r"\([^()\n]{1,400}\)")  # (each bracket opening scans 400 at most)
_CREDITED = re.compile(r"(?i)\b(?:reporting|editing|writing|compiled|contributed)\s+by\b")


def _without_credits(text: str) -> str:
    """``text`` without its credit lines in brackets."""
    return _BRACKETED.sub(lambda m: " " if _CREDITED.search(m.group()) else m.group(), text)


# ... and its words and the days of its dateline: a Serbian plant fire and a Sulawesi
# quake, two Reuters briefs a briefing carried, shared "Reuters", "Reporting" and
# "Editing", 3 of their 22 names, and were no strangers
_CREDIT_WORDS = frozenset(
    """reporting editing writing additional compiled contributing reported editor
    monday tuesday wednesday thursday friday saturday sunday""".split()
)


@lru_cache(maxsize=1 << 16)
def _furniture(term: str) -> bool:
    """Whether a term is a wire's furniture, not what a story is about: its credit's
    words, a weekday, a month, an outlet's name."""
    if term in _CREDIT_WORDS or is_month_name(term) or outlet_named(term):
        return True
    return len(term) <= 4 and is_agency(outlet_named(term.upper()))  # ("afp", "tass")


def _share(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller set the other holds."""
    return len(a & b) / min(len(a), len(b))
