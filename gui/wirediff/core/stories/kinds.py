"""One agency's package: a story, its factbox, its analysis, its profile — each a story.

Around a big story an agency files others of one event, each named by its kind before its
headline: "FACTBOX-Major earthquakes in Turkey over the past three decades", "ANALYSIS-
Malatya quake revives doubts over Turkey's rebuilding drive", "PROFILE-Okay Memis, …".
They carry the main story's background paragraphs and its opening facts, enough for a
copy link, and a grouping probe's package of a quake was one story: the factbox a
"Rewrite of Reuters' story: 41% of its sentences reused". Two texts of one known outlet
whose headlines name other kinds (a plain story is a kind of its own) are not linked as
versions, and no story merges where they would meet. A version's markers are no kind:
"UPDATE 1-", "REFILE-", "CORRECTED-", "EXCLUSIVE-" (its updates say it again:
"UPDATE 1-EXCLUSIVE-…").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from wirediff.core.document import Document
from wirediff.core.stories.days import other_days
from wirediff.core.stories.features import Shingles
from wirediff.core.stories.options import StoryOptions

# A version's markers before a headline, any number of them: "REFILE-UPDATE 2-", "URGENT:"
_MARKERS = re.compile(
    r"(?i)\s*(?:(?:refile|corrected|correcting|recasts?|rpt|repeat|urgent|breaking|flash"
    r"|exclusive|update\s*\d{1,2}|wrapup(?:\s*\d{1,2})?)\s*[-–—:]\s*)*"
)
# The kinds of story an agency names before a headline (English, and the German, French
# and Spanish agencies' words), then a hyphen or a colon: "FACTBOX-", "Analysis:",
# "Q+A-", "Hintergrund:"
_KIND = re.compile(
    r"(?i)(analysis|factbox|fact\s?box|factcheck|fact\s?check|explainer|profile|timeline"
    r"|insight|focus|feature|column|breakingviews|q\s?[+&]\s?a|interview|obituary|scenarios"
    r"|graphic|poll|chronology|key\s+facts|analyse|hintergrund|porträt|portrait|chronologie"
    r"|análisis|perfil|cronología|entrevista)\s*[-–—:]"
)


def headline_kind(document: Document) -> str:
    """The kind of story a document's headline names ("factbox"), "" for a plain story:
    of its title, else of its first line."""
    first = next((line for line in document.text.split("\n", 5) if line.strip()), "")
    for headline in (document.title, first):
        markers = _MARKERS.match(headline)  # (always: the markers may be none)
        found = _KIND.match(headline, markers.end() if markers else 0)
        if found:
            return re.sub(r"\W+", "", found[1].casefold())
    return ""


def other_kinds(documents: Sequence[Document]) -> Callable[[int, int], bool]:
    """Whether two of ``documents`` (by their indices) are one known outlet's stories of
    other kinds (see the module). Each document's kind is read once, when first asked."""
    kinds: dict[int, str] = {}

    def kind(doc: int) -> str:
        if doc not in kinds:
            kinds[doc] = headline_kind(documents[doc])
        return kinds[doc]

    def test(a: int, b: int) -> bool:
        source = documents[a].source
        return bool(source) and documents[b].source == source and kind(a) != kind(b)

    return test


def other_stories(
    documents: Sequence[Document], shingles: Sequence[Shingles], options: StoryOptions
) -> Callable[[int, int], bool]:
    """Whether two of ``documents`` are one known outlet's other stories: of other days
    (``days.other_days``) or of other kinds (``other_kinds``)."""
    days, kinds = other_days(documents, shingles, options), other_kinds(documents)
    return lambda a, b: kinds(a, b) or days(a, b)
