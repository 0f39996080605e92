"""Links that rest on a paper's own lines alone: a footer or a masthead block, nothing of
the story.

A paper prints the same lines at the foot of every article ("Got a story? Contact the
newsroom… If you have a complaint about editorial content…", its copyright): the lines
common to many documents are left out before any link is weighed (``boilerplate``), but two
articles are too few for that, and a footer of 95 words made two unrelated reports of 176
and 200 words "Rewrite of echo_cruise.txt: 40% of its sentences reused" (a grouping probe;
four of one paper's reports became one story). Two documents whose shared lines all close
them, after every line the other does not hold, and whose bodies, the lines before, share
next to nothing, are not linked. Copies share their bodies, a copy that is all shared lines
(a brief reprinted whole) has no body of its own, and a shared opening is the story's (a
trimmed copy, an update keeping its lede): all are kept.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from wirediff.core.document import Document
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.options import StoryOptions

_WORD = re.compile(r"\w+")
_GRAM = 3  # words in a run the bodies are compared by
_MASTHEAD_WORDS = 4  # a shared opening line this short is a paper's name or section


def footer_only(
    documents: Sequence[Document], lines: Sequence[bp.DocLines], options: StoryOptions
) -> Callable[[int, int], bool]:
    """Whether all two of ``documents`` (by their indices) share is whole lines that close
    them (see the module). Each document's kept lines are listed once, however many links
    it has."""
    kept: dict[int, tuple[list[int], set[int]]] = {}

    def of(doc: int) -> tuple[list[int], set[int]]:
        found = kept.get(doc)
        if found is None:
            ls = lines[doc]
            idx = [i for i in range(len(ls.keys)) if i not in ls.local]
            found = kept[doc] = idx, {ls.keys[i] for i in idx}
        return found

    def test(a: int, b: int) -> bool:
        (ia, ka), (ib, kb) = of(a), of(b)
        shared = ka & kb
        if not shared:
            return False
        bodies = []
        for doc, idx in ((a, ia), (b, ib)):
            ls, text = lines[doc], documents[doc].text
            body = _body(ls, idx, shared)
            if body is None:  # a shared line within the body: they share some of the story
                return False
            said = " ".join(text[ls.starts[i] : ls.ends[i]] for i in body)
            words = _WORD.findall(said.casefold())
            if len(words) < options.ends_body_min_words:
                return False
            bodies.append(words)
        return run_share([bodies[0]], [bodies[1]]) < options.ends_body_max_share

    return test


def _body(ls: bp.DocLines, idx: list[int], shared: set[int]) -> list[int] | None:
    """The kept lines before the shared lines that close a document (after a shared
    masthead), or None when a shared line stands among them (a lede kept is the story: a
    trimmed copy, an update)."""
    lo, hi = 0, len(idx)
    while lo < hi and ls.keys[idx[lo]] in shared and ls.words[idx[lo]] <= _MASTHEAD_WORDS:
        lo += 1  # (a paper's name and section over both: no lede)
    while hi > lo and ls.keys[idx[hi - 1]] in shared:
        hi -= 1
    inside = idx[lo:hi]
    return None if any(ls.keys[i] in shared for i in inside) else inside


def run_share(a: Sequence[list[str]], b: Sequence[list[str]]) -> float:
    """The share of the shorter text's runs of ``_GRAM`` words the other holds, each text
    given as its stretches of words (a run is within one)."""
    grams = [
        {tuple(w[i : i + _GRAM]) for w in stretches for i in range(len(w) - _GRAM + 1)}
        for stretches in (a, b)
    ]
    small, large = sorted(grams, key=len)
    return len(small & large) / len(small) if small else 0.0
