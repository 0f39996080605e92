"""A number and its noun, as a sentence says them: "1 event", "3 stories", "12,000 documents"."""

from __future__ import annotations


def count(n: int, noun: str) -> str:
    """``3 stories``, ``1 event`` (thousands separated)."""
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    return f"{n:,} {noun if n == 1 else plural}"
