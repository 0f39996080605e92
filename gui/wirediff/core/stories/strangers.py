"""Two documents of no common story: they share next to no text and few names.

A digest or a morning briefing carries several agency stories whole: it links to each, and
when each is a story of one version, the average-linkage guard has nothing to average over
(the briefing and the port strike against the Chile quake: one link of 0.97, one of 0 — a
mean of 0.49) and the strike and the quake became one story, "In one story with Reuters'
story, but written anew" (a grouping probe: 10 of 15 generated digests glued their stories).
A story is one text's versions: two of them share a phrase, or at least what the text is
about — its names, places and figures. Revisions far apart in a chain (v1 and v8 share no
run of five words) still name the same people; the port strike and the quake share
"Reuters", "Reporting" and "Editing" (3 of 48 names). Two documents that share neither are
strangers, and two groups holding a pair of strangers do not merge.

Names are the capitalised words and figures (``events.story_terms``): a script without
capitals (Urdu, Arabic, Chinese) has figures alone, often too few to tell, and then the
documents are not called strangers (the guard of before decides).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from wirediff.core.document import Document
from wirediff.core.stories.events import story_terms
from wirediff.core.stories.options import StoryOptions

Link = Callable[[int, int], float]


def strangers(
    documents: Sequence[Document], link: Link, options: StoryOptions
) -> Callable[[int, int], bool]:
    """Whether two of ``documents`` (by their indices) share less than
    ``stranger_max_link`` of their text (``link``, the copy link) and, each naming at least
    ``stranger_min_names`` names and figures, less than ``stranger_max_names`` of the fewer.
    Each document's names are found once, when first asked for."""
    names: dict[int, frozenset[str]] = {}

    def of(doc: int) -> frozenset[str]:
        found = names.get(doc)
        if found is None:
            text = documents[doc].text
            found = names[doc] = frozenset(story_terms(text, [(0, len(text))])[1])
        return found

    def test(a: int, b: int) -> bool:
        if link(a, b) >= options.stranger_max_link:
            return False
        na, nb = of(a), of(b)
        fewer = min(len(na), len(nb))
        if fewer < options.stranger_min_names:
            return False
        return len(na & nb) / fewer < options.stranger_max_names

    return test
