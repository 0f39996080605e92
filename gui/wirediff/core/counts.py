"""A number and its noun, as a sentence says them: "1 event", "3 stories", "12,000 documents"."""

from __future__ import annotations

import unicodedata


def count(n: int, noun: str) -> str:
    """``3 stories``, ``1 event`` (thousands separated)."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n:,} {noun if n == 1 else plural}"


def possessive(name: str) -> str:
    """ "Reuters'", "APP's": a name owning what follows; a name written right to left, as
    a noun's attribute, "the البيان" (story): "البيان's story" put an English possessive on
    an Arabic name, its "'s" drawn beside the name's first letter, not its last (a Gulf
    night desk's walkthrough)."""
    if _right_to_left(name):
        return f"the {name}"
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def _right_to_left(name: str) -> bool:
    """Whether ``name``'s first letter of a direction is a right-to-left script's."""
    for char in name:
        direction = unicodedata.bidirectional(char)
        if direction in ("L", "R", "AL"):
            return direction != "L"
    return False


def percent(share: float) -> str:
    """A share (0..1) as a whole percentage, "100%" only when it is all: a share from 99%
    is said to a tenth, rounded down ("99.8%": a 3 MB pair of 706 changes was "Similarity
    100%", which a reviewer reads as identical; and figures side by side of one pair are
    said alike: "Similarity 99.6% · Kept 99% · Reused 99.7%" read as a less precise kept).
    """
    if 0.99 <= share < 1:
        return f"{min(int(share * 1000) / 10, 99.9):.1f}%"
    return f"{share:.0%}"


def in_passages(units: int, passages: int) -> str:
    """How many passages units moved in, when fewer than the units: " in 1 passage" ("14
    in 1 passage": a chapter of 14 paragraphs moved), else ""."""
    return f" in {count(passages, 'passage')}" if 0 < passages < units else ""
