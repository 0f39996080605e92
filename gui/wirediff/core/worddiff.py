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
    count: tuple[Callable[[int, int], int], Callable[[int, int], int]],
    weak: Callable[[int], bool],
    max_tokens: int,
) -> list[Opcode]:
    """Fold the equal runs between two changes that help nobody read into one replace.

    A run between two deletions (or two insertions) stays: folding it would show words that
    were kept as replaced. Another run folds when it has at most ``max_tokens`` visible
    tokens and either has no more of them than the change on each side of it
    (diff-match-patch's semantic clean-up, counted in tokens: "on Monday" matched between
    two rewritten phrases is noise) or is a single weak token (``weak(i)``: punctuation or
    a short word, by left token index).
    ``count[s](lo, hi)`` counts the visible (not white-space) tokens of side s in ``[lo, hi)``.
    """
    count_l, count_r = count

    def size(op: Opcode) -> int:
        return max(count_l(op[1], op[2]), count_r(op[3], op[4]))

    out: list[Opcode] = []
    for op in ops:
        out.append(op)
        # Look at the last three: change, short equal, change.
        while len(out) >= 3:
            a, b, c = out[-3], out[-2], out[-1]
            if not (a[0] != "equal" and b[0] == "equal" and c[0] != "equal"):
                break
            if a[0] == c[0] != "replace":
                break  # words kept between two cuts (or two additions) are no replacement
            n = count_l(b[1], b[2])
            lone_weak = n == 1 and all(weak(i) for i in range(b[1], b[2]))
            if n > max_tokens or not (lone_weak or n <= min(size(a), size(c))):
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
