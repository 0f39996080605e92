"""Word diff inside one aligned pair of units, cleaned up for human readers."""

from __future__ import annotations

from collections.abc import Callable
from difflib import SequenceMatcher

# (tag, i1, i2, j1, j2) as difflib's get_opcodes(), in token indices.
Opcode = tuple[str, int, int, int, int]


def diff_tokens(
    left: list[str], right: list[str], left_offset: int = 0, right_offset: int = 0
) -> list[Opcode]:
    """Opcodes between two key sequences, shifted by the given token offsets.

    ``autojunk=False``: difflib's heuristic would otherwise stop using frequent tokens ("the",
    ",") as anchors on sequences of 200+ tokens.
    """
    if left == right:
        n = len(left)
        return [("equal", left_offset, left_offset + n, right_offset, right_offset + n)]
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    return [
        (tag, i1 + left_offset, i2 + left_offset, j1 + right_offset, j2 + right_offset)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes()
    ]


def absorb_islands(
    ops: list[Opcode],
    weight: Callable[[int], int],
    max_tokens: int,
) -> list[Opcode]:
    """Fold short equal runs of weak tokens that sit between two changes into one replace.

    ``weight(i)`` is what left token ``i`` counts toward ``max_tokens``: 1 for punctuation or
    a short word, 0 for white space, more than ``max_tokens`` for a word that must stay an
    anchor. A lone "the" or "," matched between two rewritten phrases helps nobody read the
    change.
    """
    out: list[Opcode] = []
    for op in ops:
        out.append(op)
        # Look at the last three: change, short weak equal, change.
        while len(out) >= 3:
            a, b, c = out[-3], out[-2], out[-1]
            if not (a[0] != "equal" and b[0] == "equal" and c[0] != "equal"):
                break
            if sum(weight(i) for i in range(b[1], b[2])) > max_tokens:
                break
            out[-3:] = [("replace", a[1], c[2], a[3], c[4])]
    return [_retag(op) for op in out]


def _retag(op: Opcode) -> Opcode:
    """A merged run is a replace only if it has tokens on both sides."""
    tag, i1, i2, j1, j2 = op
    if tag == "equal":
        return op
    if i1 == i2:
        return ("insert", i1, i2, j1, j2)
    if j1 == j2:
        return ("delete", i1, i2, j1, j2)
    return ("replace", i1, i2, j1, j2)
