"""Links that rest on a quotation alone: one statement quoted at length by reports written
independently.

A government's statement, a court's ruling, a company's announcement is quoted in full by
newsrooms that otherwise write their own stories: five reports of a drought order each
carrying the same three paragraphs of the minister's written statement (over half of
each text) became one story, each "a copy of Reuters' story, trimmed and added to" (a
grouping probe). Two documents whose texts outside quotation marks (their *bodies*, this
many words at least each) share next to nothing — hardly a run of words, and few of their
names and figures — are not linked: what they share is what someone else said. A copy
shares its body with its source; a rewrite that keeps an agency's or a release's quotes
and words the rest anew (churnalism's commonest form) tells of the same people, places
and figures, which independent reports, each of its own angle, do not (a paper's rewrite
of a Reuters interview, kept apart by the runs alone, named 62% of its names; reports
quoting one statement, at most 38%: a probe); a text that names the agency whose text it
shares quotes with took them from it ("в интервью информационному агентству ТАСС": a
regional paper's story quoting TASS's interview with a minister, naming few of its names,
was split from it in a probe); and a trimmed copy that is all quotation has no body to
weigh. All are kept.

Quotation marks: as ``wirediff.core.quotemarks`` pairs them.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from wirediff.core.document import Document
from wirediff.core.quotemarks import MARKS, quoted_spans
from wirediff.core.reading.outlets import is_agency, names_outlet
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.ends import held_share, runs_of
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.strangers import named_terms

_WORD = re.compile(r"\w+")
_QUOTE_MIN_WORDS = 12  # a text quoting fewer words has no quotation to rest a link on


@dataclass(frozen=True, slots=True)
class _Body:
    """A document's words outside quotation marks: how many, their runs of three words
    (``ends.runs_of``: made once, however many pairs weigh the document), and its names
    and figures (``strangers.named_terms``)."""

    words: int
    runs: array[int]
    names: frozenset[str]


def quote_only(
    documents: Sequence[Document], lines: Sequence[bp.DocLines], options: StoryOptions
) -> Callable[[int, int], bool]:
    """Whether two of ``documents`` (by their indices) each quote at length and their
    bodies, the words outside quotation marks (``quote_body_min_words`` at least each),
    share under ``quote_body_max_share`` of the shorter's runs of three words and under
    ``quote_body_max_names`` of the names and figures of the one naming fewer: what they
    share is a quotation (see the module). Each document is read once, its runs made once."""
    bodies: dict[int, _Body | None] = {}

    def body(doc: int) -> _Body | None:
        """Its words outside quotes; None without a quotation to weigh."""
        if doc in bodies:
            return bodies[doc]
        ls, text = lines[doc], documents[doc].text
        kept = [text[ls.starts[i] : ls.ends[i]] for i in range(len(ls.keys)) if i not in ls.local]
        found: _Body | None = None
        if any(MARKS.search(line) for line in kept):
            outside, quoted = [], 0
            for line, spans in zip(kept, quoted_spans(kept), strict=True):
                at = 0
                for start, end in spans:
                    outside.append(line[at:start])
                    quoted += len(_words(line[start:end]))
                    at = end
                outside.append(line[at:])
            if quoted >= _QUOTE_MIN_WORDS:
                stretches = [words for words in map(_words, outside) if words]
                words = sum(map(len, stretches))
                found = _Body(words, runs_of(stretches), named_terms("\n".join(outside))[0])
        bodies[doc] = found
        return found

    named: dict[tuple[int, str], bool] = {}

    def quoted_from(a: int, b: int) -> bool:
        """Whether ``b``, not that agency's own text, names the agency ``a`` is the text of
        as its source (two of one agency's reports each credit it, and may each quote one
        statement: a review)."""
        source = documents[a].source
        if not is_agency(source) or documents[b].source == source:
            return False
        if (b, source) not in named:
            named[b, source] = names_outlet(documents[b].text, source)
        return named[b, source]

    def test(a: int, b: int) -> bool:
        first = body(a)
        second = body(b) if first is not None else None
        if first is None or second is None:
            return False
        if quoted_from(a, b) or quoted_from(b, a):
            return False  # (an agency's interview, and a paper quoting it: "told TASS")
        least = options.quote_body_min_words
        if min(first.words, second.words) < least:
            return False  # (all quotation: a trimmed copy keeping the quotes)
        if held_share(first.runs, second.runs) >= options.quote_body_max_share:
            return False
        fewer = min(len(first.names), len(second.names))
        shared = len(first.names & second.names)
        return not fewer or shared < options.quote_body_max_names * fewer

    return test


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())
