"""The base of a story: its source, the text the other versions were made from.

In order: the text of a news agency (``Document.source`` a known agency: the wire story
the others reprint or rewrite); else a version that credits an agency at its opening
("KARACHI (APP) -", "ڈھاکہ ۔ یکم دسمبر (اے پی پی)": the wire's text as a paper reprinted it);
else the earliest dated version that holds the story's shared text; else the version most
contained in the others that also covers their shared text. Dates count only when they
tell when the text was written (not a file's time).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from wirediff.core.document import Document
from wirediff.core.reading.outlets import credited_agency, is_agency
from wirediff.core.stories.features import Shingles
from wirediff.core.stories.options import StoryOptions


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

    def contained(doc: int) -> tuple[float, int, str, int, int]:
        date = documents[doc].published
        return (-score(doc), 0 if date else 1, date, len(documents[doc].text), doc)

    agencies = [d for d in members if is_agency(documents[d].source)]
    if agencies:
        return min(agencies, key=contained)
    credited = [d for d in members if credited_agency(documents[d].text)]
    if credited:
        return min(credited, key=contained)
    dated = [d for d in members if documents[d].published]
    if len({documents[d].published for d in dated}) > 1:  # a time order to go by
        holding = [d for d in dated if holds(d) >= options.base_min_shared_text]
        if holding:
            return min(holding, key=lambda d: (documents[d].published, contained(d)))
    return min(members, key=contained)
