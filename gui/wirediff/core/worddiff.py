"""Word diff inside one aligned pair of units, cleaned up for human readers."""

from __future__ import annotations

import re
from collections.abc import Callable
from difflib import SequenceMatcher
from itertools import accumulate

from wirediff.core.tokens import has_arabic_script

TYPE_CHECKING = False
if TYPE_CHECKING:
    from wirediff.core.options import CompareOptions
    from wirediff.core.tokens import TokenArrays

# (tag, i1, i2, j1, j2) as difflib's get_opcodes(), in token indices.
Opcode = tuple[str, int, int, int, int]


def diff_tokens(
    left: list[str],
    right: list[str],
    left_offset: int = 0,
    right_offset: int = 0,
    respaced: bool = True,
) -> list[Opcode]:
    """Opcodes between two key sequences, shifted by the given token offsets.

    ``autojunk=False``: difflib's heuristic would otherwise stop using frequent tokens ("the",
    ",") as anchors on sequences of 200+ tokens.
    """
    if left == right:
        n = len(left)
        return [("equal", left_offset, left_offset + n, right_offset, right_offset + n)]
    matcher = SequenceMatcher(None, left, right, autojunk=False)
    ops: list[Opcode] = []
    for op in matcher.get_opcodes():
        ops += _respaced(op, left, right) if respaced and op[0] == "replace" else [op]
    return [
        (tag, i1 + left_offset, i2 + left_offset, j1 + right_offset, j2 + right_offset)
        for tag, i1, i2, j1, j2 in merge_same(ops)
    ]


_QUOTES = re.compile("['\"]+")
_RESPACED_MAX = 8  # tokens of a replacement's end tried as words written apart or together


def _respaced(op: Opcode, left: list[str], right: list[str]) -> list[Opcode]:
    """A replacement whose start or end (or all) is the same words written together on one
    side and apart on the other, "وزیراعظم" / "وزیر اعظم" ("کااجلاس" / "کا اجلاس"),
    split off as equal: in Arabic-script text, Urdu above all, where the space between
    words is a writer's habit, those are no change. Such an equal run holds a different
    number of tokens on each side."""
    _tag, i1, i2, j1, j2 = op
    a, b = "".join(left[i1:i2]), "".join(right[j1:j2])
    if not (has_arabic_script(a) and has_arabic_script(b)) and not _QUOTES.fullmatch(a + b):
        return [op]
    head: list[Opcode] = []
    while i1 < i2 and j1 < j2:  # (a run of more than _RESPACED_MAX such words: again)
        m, n = _same_joined(left[i1:i2], right[j1:j2], tail=False)
        if not m:
            break
        head.append(("equal", i1, i1 + m, j1, j1 + n))
        i1, j1 = i1 + m, j1 + n
    tail: list[Opcode] = []
    while i1 < i2 and j1 < j2:
        m, n = _same_joined(left[i1:i2], right[j1:j2], tail=True)
        if not m:
            break
        tail.insert(0, ("equal", i2 - m, i2, j2 - n, j2))
        i2, j2 = i2 - m, j2 - n
    middle = [_retag(("replace", i1, i2, j1, j2))] if i1 < i2 or j1 < j2 else []
    return [*head, *middle, *tail]  # (equal runs side by side: merged by ``diff_tokens``)


def merge_same(ops: list[Opcode]) -> list[Opcode]:
    """Consecutive runs of one kind as one (two replacements stay two: each is a change)."""
    out: list[Opcode] = []
    for op in ops:
        if out and out[-1][0] == op[0] and op[0] != "replace":
            prev = out[-1]
            out[-1] = (op[0], prev[1], op[2], prev[3], op[4])
        else:
            out.append(op)
    return out


def _joined(keys: list[str]) -> str:
    """Tokens' keys written together; a doubled quote mark is one: Urdu opens a quotation
    with ’’ (two tokens, folded to '') where another writer types "."""
    return "".join(keys).replace("''", '"')


def _same_joined(a: list[str], b: list[str], tail: bool) -> tuple[int, int]:
    """The most tokens (m, n) from the start (``tail``: the end) of ``a`` and ``b`` that
    are the same text once joined, one side two tokens or more, at most ``_RESPACED_MAX``
    each; (0, 0) if none."""

    def ends(keys: list[str]) -> dict[str, int]:
        limit = min(len(keys), _RESPACED_MAX)
        return {
            _joined(keys[len(keys) - k :] if tail else keys[:k]): k for k in range(1, limit + 1)
        }

    in_a, in_b = ends(a), ends(b)
    found = [(in_a[text], n) for text, n in in_b.items() if text in in_a]
    return max((f for f in found if sum(f) > 2), key=sum, default=(0, 0))


def absorb_islands(
    ops: list[Opcode],
    count: tuple[Callable[[int, int], int], Callable[[int, int], int]],
    weak: Callable[[int], bool],
    max_tokens: int,
    grown: bool = False,
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

    def folds(a: Opcode, b: Opcode, c: Opcode) -> bool:
        if not (a[0] != "equal" and b[0] == "equal" and c[0] != "equal"):
            return False
        if a[0] == c[0] != "replace":
            return False  # words kept between two cuts (or two additions) are no replacement
        n = count_l(b[1], b[2])
        lone_weak = n == 1 and all(weak(i) for i in range(b[1], b[2]))
        return n <= max_tokens and (lone_weak or n <= min(size(a), size(c)))

    # Each run is weighed against the changes beside it as the diff found them, not as
    # earlier folds grew them: grown changes passed the next run and the next ("approved
    # the new budget", kept word for word, was shown replaced inside a rewritten sentence;
    # 42% of the matched words of COUNTER's partly derived sentence pairs were hidden so).
    out: list[Opcode] = []
    if grown:  # (``CompareOptions.island_fold_grown``: the clean-up of before)
        for op in ops:
            out.append(op)
            while len(out) >= 3 and folds(out[-3], out[-2], out[-1]):
                a, c = out[-3], out[-1]
                out[-3:] = [("replace", a[1], c[2], a[3], c[4])]
        return [_retag(op) for op in out]
    fold = [0 < k < len(ops) - 1 and folds(ops[k - 1], ops[k], ops[k + 1]) for k in range(len(ops))]
    k = 0
    while k < len(ops):
        if fold[k] and out:
            last, c = out[-1], ops[k + 1]
            out[-1] = ("replace", last[1], c[2], last[3], c[4])
            k += 2
        else:
            out.append(ops[k])
            k += 1
    return [_retag(op) for op in out]


def island_folder(
    tokens: tuple[TokenArrays, TokenArrays], options: CompareOptions
) -> Callable[[list[Opcode]], list[Opcode]]:
    """``absorb_islands`` with one comparison's tokens (per side, in global token indices):
    white space is not visible, a word of at most ``weak_word_max_chars`` code points or a
    punctuation mark is weak."""
    counts = [_visible_counter(side, options.fold_whitespace) for side in tokens]
    left = tokens[0]
    limit = options.weak_word_max_chars

    def weak(i: int) -> bool:
        return not left.words[i] or left.ends[i] - left.starts[i] <= limit

    def fold(ops: list[Opcode]) -> list[Opcode]:
        limit, grown = options.island_max_tokens, options.island_fold_grown
        return absorb_islands(ops, (counts[0], counts[1]), weak, limit, grown)

    return fold


def _visible_counter(tokens: TokenArrays, no_spaces: bool) -> Callable[[int, int], int]:
    """How many of tokens ``[lo, hi)`` are not white space."""
    if no_spaces:  # white space folded: no white-space token at all
        return lambda lo, hi: hi - lo
    before = [0, *accumulate(not k.isspace() for k in tokens.keys)]
    return lambda lo, hi: before[hi] - before[lo]


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
