"""One outlet's stories days apart: what they share is its background and its templates.

An agency reuses its own paragraphs: a quake's story carries the region's last quakes, a
market report its fixed sentences on the indexes. Two Reuters quakes off Sulawesi eight
days apart shared the "Ring of Fire" paragraph, the 2018 Palu paragraph and the agency's
sentence on the geophysics agency, enough for a copy link, and were one story: "In one
story with Reuters' story, but written anew" (a grouping probe). A story's updates keep
its opening or come within a day or two of it; two texts of one known outlet dated at
least ``apart_min_days`` days apart (their dates, else their datelines' days without a
year), neither holding half of the other's opening, are not linked, neither as copies nor
as rewrites.

A day or more apart, the same holds of texts whose figures are other: a market report's
template ("The MSCI All Country World Index, which tracks shares in 47 countries, was down
1.28% at 813.47 points") carries each day's figures, and a daily GLOBAL MARKETS series of
six days was one story, Monday's report "Edited version of Reuters' story … figures
changed: Nov 6 → Nov 3, 0.85% → 0.74%" (a grouping probe). A story's next day keeps its
figures, the toll's aside: two texts each of ``template_min_figures`` figures at least,
sharing less than ``template_max_figures`` of the fewer, tell other days' news.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wirediff.core.document import Document
from wirediff.core.reading.dates import header_day
from wirediff.core.stories.derivation import days_apart, days_of_year_apart
from wirediff.core.stories.features import Shingles
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.strangers import named_terms


def other_days(
    documents: Sequence[Document], shingles: Sequence[Shingles], options: StoryOptions
) -> Callable[[int, int], bool]:
    """Whether two of ``documents`` (by their indices) are one outlet's stories of other
    days (see the module). Each document's dateline day is read once, when first asked."""
    days: dict[int, tuple[int, int] | None] = {}
    figures: dict[int, frozenset[str]] = {}

    def day(doc: int) -> tuple[int, int] | None:
        if doc not in days:
            days[doc] = header_day(documents[doc].text)
        return days[doc]

    def opens(big: int, small: int) -> bool:
        """Whether ``small`` holds half of ``big``'s opening at least (a template's
        opening, "… the Indonesian island of Sulawesi …, the country's geophysics agency
        said", is less)."""
        lead = set(shingles[big].lead)
        return bool(lead) and len(lead.intersection(shingles[small].sampled)) >= len(lead) / 2

    def figured(doc: int) -> frozenset[str]:
        if doc not in figures:
            figures[doc] = frozenset(
                n for n in named_terms(documents[doc].text)[0] if not n.isalpha()
            )
        return figures[doc]

    def other_figures(a: int, b: int) -> bool:
        """Whether two texts, each of ``template_min_figures`` figures, share less than
        ``template_max_figures`` of the fewer."""
        fa, fb = figured(a), figured(b)
        fewer = min(len(fa), len(fb))
        if fewer < options.template_min_figures:
            return False
        return len(fa & fb) < options.template_max_figures * fewer

    def test(a: int, b: int) -> bool:
        source = documents[a].source
        if not source or documents[b].source != source:
            return False
        gap = days_apart(documents[a].published, documents[b].published)
        if gap is None:
            gap = days_of_year_apart(day(a), day(b))
        if not gap or opens(a, b) or opens(b, a):
            return False
        return gap >= options.apart_min_days or other_figures(a, b)

    return test
