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
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

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
    it has, and each body's runs made once (``runs_of``): a paper's report shares its
    footer with each of its paper's reports."""
    kept: dict[int, tuple[list[int], set[int]]] = {}
    bodies: dict[tuple[int, int, int], tuple[int, array[int]]] = {}

    def of(doc: int) -> tuple[list[int], set[int]]:
        found = kept.get(doc)
        if found is None:
            ls = lines[doc]
            idx = [i for i in range(len(ls.keys)) if i not in ls.local]
            found = kept[doc] = idx, {ls.keys[i] for i in idx}
        return found

    def body(doc: int, idx: list[int], lo: int, hi: int) -> tuple[int, array[int]]:
        """The words of the kept lines ``idx[lo:hi]`` of ``doc``: how many, and their runs."""
        found = bodies.get((doc, lo, hi))
        if found is None:
            ls, text = lines[doc], documents[doc].text
            said = " ".join(text[ls.starts[i] : ls.ends[i]] for i in idx[lo:hi])
            words = _WORD.findall(said.casefold())
            found = bodies[doc, lo, hi] = len(words), runs_of([words])
        return found

    def test(a: int, b: int) -> bool:
        (ia, ka), (ib, kb) = of(a), of(b)
        shared = ka & kb
        if not shared:
            return False
        runs = []
        for doc, idx in ((a, ia), (b, ib)):
            bounds = _body(lines[doc], idx, shared)
            if bounds is None:  # a shared line within the body: they share some of the story
                return False
            words, found = body(doc, idx, *bounds)
            if words < options.ends_body_min_words:
                return False
            runs.append(found)
        return held_share(runs[0], runs[1]) < options.ends_body_max_share

    return test


def _body(ls: bp.DocLines, idx: list[int], shared: set[int]) -> tuple[int, int] | None:
    """The kept lines before the shared lines that close a document (after a shared
    masthead), as the bounds of their slice of ``idx``, or None when a shared line stands
    among them (a lede kept is the story: a trimmed copy, an update)."""
    lo, hi = 0, len(idx)
    while lo < hi and ls.keys[idx[lo]] in shared and ls.words[idx[lo]] <= _MASTHEAD_WORDS:
        lo += 1  # (a paper's name and section over both: no lede)
    while hi > lo and ls.keys[idx[hi - 1]] in shared:
        hi -= 1
    return None if any(ls.keys[i] in shared for i in idx[lo:hi]) else (lo, hi)


def runs_of(stretches: Iterable[Sequence[str]]) -> array[int]:
    """A text's runs of ``_GRAM`` words, the text given as its stretches of words (a run is
    within one): each run's hash, sorted, each once. Made once per document and weighed
    against each document it is paired with (``held_share``): rebuilt for each pair, the
    runs of three one-line files of 2.9 MB, each paired with hundreds of reports sharing a
    template sentence, made a month's feed group 11 times slower (a media-monitoring
    analyst's walkthrough). Eight bytes a run, a tenth of a set of word tuples. Two runs
    whose hashes are equal count as one: with 64-bit hashes, a chance of about 10^-11 for
    a report against a 500,000-word text."""
    grams = (zip(*(words[i:] for i in range(_GRAM)), strict=False) for words in stretches)
    return array("q", sorted({hash(gram) for runs in grams for gram in runs}))


def held_share(a: array[int], b: array[int]) -> float:
    """The share of the shorter text's runs the other holds (each given by ``runs_of``)."""
    small, large = (a, b) if len(a) <= len(b) else (b, a)
    if not small:
        return 0.0
    held = at = 0
    end = len(large)
    for run in small:  # (both sorted: each looked up past the one before)
        at = bisect_left(large, run, at)
        if at == end:
            break
        held += large[at] == run
    return held / len(small)


def run_share(a: Sequence[Sequence[str]], b: Sequence[Sequence[str]]) -> float:
    """The share of the shorter text's runs of ``_GRAM`` words the other holds, each text
    given as its stretches of words: ``held_share`` of one pair alone."""
    return held_share(runs_of(a), runs_of(b))
