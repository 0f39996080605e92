"""Compare two texts: align their sentences, diff words inside each aligned pair.

The one public entry point is ``compare``; see ``wirediff.core.result`` for what it returns.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import accumulate

from wirediff.core.align import align_units
from wirediff.core.anchors import equal_paragraphs
from wirediff.core.breaks import (
    Break,
    break_rows,
    grouped_lines,
    mirrored,
    paragraph_breaks,
    placed,
    stanza_breaks,
)
from wirediff.core.cancel import Cancelled, checker
from wirediff.core.han import scripts_differ
from wirediff.core.options import CompareOptions
from wirediff.core.record import field, record
from wirediff.core.result import Comparison
from wirediff.core.rows import Draft, diff_rows, finish_row, group_rows, locate_rows
from wirediff.core.segments import (
    Unit,
    cut_alike,
    cut_in_blocks,
    lines_run_on,
    paragraph_spans,
    units,
)
from wirediff.core.sliders import heading_like, slide
from wirediff.core.summary import changes, stats
from wirediff.core.tokens import TokenArrays, concat, count_words, scan

TYPE_CHECKING = False
if TYPE_CHECKING:
    from wirediff.core.result import Headings

__all__ = ["Cancelled", "compare"]


def compare(
    left: str,
    right: str,
    options: CompareOptions | None = None,
    should_cancel: Callable[[], bool] | None = None,
    headings: tuple[Headings, Headings] = ((), ()),
) -> Comparison:
    """Align and diff ``left`` against ``right``.

    Args:
        left: the base text (shown on the left).
        right: the other version.
        options: what to compare and the alignment thresholds; defaults to CompareOptions().
        should_cancel: called now and then during long work; when it returns True the
            comparison stops by raising ``Cancelled``.
        headings: the headings the readers of ``left`` and ``right`` found by their markup
            (``Document.headings``), kept for the sections' outline; they change no row.

    Returns:
        A frozen ``Comparison``: rows, word operations, changes and statistics, from which
        both texts can be rebuilt exactly. ``compare(right, left)`` is its mirror image: the
        same rows in the same order with the sides swapped.

    Raises:
        Cancelled: ``should_cancel`` returned True.
    """
    options = asked = options or CompareOptions()
    if options.fold_han and not scripts_differ(left, right):  # (one script: 後 → 后 an edit)
        options = CompareOptions.from_dict({**options.to_dict(), "fold_han": False})
    check = checker(should_cancel)
    # The work is done in one fixed orientation and mirrored when asked the other way round,
    # so that B A is exactly the mirror of A B whatever ties the alignment breaks.
    swap = (len(right), right) < (len(left), left)
    a, b = (right, left) if swap else (left, right)
    lp, rp = cut_alike(a, paragraph_spans(a, options), b, paragraph_spans(b, options), options)
    blocks = _slid(equal_paragraphs(a, b, lp, rp, options), (a, lp), (b, rp), options)
    gap_paras: list[tuple[range, range]] = []
    i = j = 0
    for bi, bj, size in blocks:
        gap_paras.append((range(i, bi), range(j, bj)))
        i, j = bi + size, bj + size
    sides = (
        _SideText.build(a, lp, [g[0] for g in gap_paras], options),
        _SideText.build(b, rp, [g[1] for g in gap_paras], options),
    )
    gaps = list(zip(sides[0].gap_units, sides[1].gap_units, strict=True))
    entries = align_units(
        (sides[0].units, sides[0].tokens),
        (sides[1].units, sides[1].tokens),
        gaps,
        blocks,
        options,
        check,
    )
    same_words = count_words("\n".join(a[x:y] for i, _, n in blocks for x, y in lp[i : i + n]))
    drafts = group_rows(entries, sides, options)
    locate_rows(drafts, sides)
    diff_rows(drafts, sides, options, check)
    breaks = _paragraph_breaks(drafts, sides, (a, lp), (b, rp), options)
    if swap:
        breaks = mirrored(breaks)
        for d in drafts:
            d.mirror()
        sides = (sides[1], sides[0])
    rows = tuple(finish_row(k, d, drafts, sides) for k, d in enumerate(drafts))
    found = changes(
        rows,
        (left, right),
        (sides[0].sentence_starts(), sides[1].sentence_starts()),
        placed(breaks, (sides[0].tokens.starts, sides[1].tokens.starts)),
    )
    return Comparison(
        breaks=break_rows(found),
        left_text=left,
        right_text=right,
        rows=rows,
        changes=found,
        stats=stats(
            drafts,
            (sides[0].word_count, sides[1].word_count),
            (sides[0].words_before[-1], sides[1].words_before[-1]),
            same_words,
        ),
        options=asked,
        headings=headings,
    )


def _slid(
    blocks: list[tuple[int, int, int]],
    a: tuple[str, list[tuple[int, int]]],
    b: tuple[str, list[tuple[int, int]]],
    options: CompareOptions,
) -> list[tuple[int, int, int]]:
    """The equal paragraphs ``blocks`` with the paragraphs only one side has slid to where
    they hold a heading and its body (``sliders``): a pair slid into, equal by the options'
    keys but not in text (a renumbered heading, with Ignore numbering), is no block but a
    gap of its own, between two blocks of no paragraph, for the units' alignment to pair."""
    keys: list[dict[int, tuple[str, ...]]] = [{}, {}]

    def key(side: int, x: int) -> tuple[str, ...]:
        found = keys[side].get(x)
        if found is None:
            text, spans = (a, b)[side]
            start, end = spans[x]
            found = keys[side][x] = tuple(scan(text, options, start, end, [spans[x]]).keys)
        return found

    def same(side: int) -> Callable[[int, int], bool]:
        text, spans = (a, b)[side]

        def equal(x: int, y: int) -> bool:
            (x0, x1), (y0, y1) = spans[x], spans[y]
            return text[x0:x1] == text[y0:y1] or key(side, x) == key(side, y)

        return equal

    def heading(side: int) -> Callable[[int], bool]:
        text, spans = (a, b)[side]
        return lambda x: heading_like(text[spans[x][0] : spans[x][1]])

    out, slid = slide(blocks, (len(a[1]), len(b[1])), (same(0), same(1)), (heading(0), heading(1)))
    if not slid:
        return blocks
    (lt, lp), (rt, rp) = a, b
    parts: list[tuple[int, int, int]] = list(out)
    for i, j, n in slid:
        if all(
            lt[lp[i + m][0] : lp[i + m][1]] == rt[rp[j + m][0] : rp[j + m][1]] for m in range(n)
        ):
            parts.append((i, j, n))
        else:  # a gap of its own
            parts += [(i, j, 0), (i + n, j + n, 0)]
    parts.sort()
    final: list[tuple[int, int, int]] = []
    for k, (i, j, n) in enumerate(parts):
        if not n and k + 1 < len(parts):  # a bound: needless where a block ends or starts
            if final and (final[-1][0] + final[-1][2], final[-1][1] + final[-1][2]) == (i, j):
                continue
            if parts[k + 1][2] and parts[k + 1][:2] == (i, j):
                continue
        final.append((i, j, n))
    return final


def _paragraph_breaks(
    drafts: list[Draft],
    sides: tuple[_SideText, _SideText],
    a: tuple[str, list[tuple[int, int]]],
    b: tuple[str, list[tuple[int, int]]],
    options: CompareOptions,
) -> list[Break]:
    """``breaks.paragraph_breaks``, unless they are ignored or the two texts' paragraphs
    cannot be compared: one cut into blocks of lines and the other into lines, when
    ``segments.cut_alike`` left them so (a short or a URL-bearing version of hard-wrapped
    text, taken line by line), or one whose lines mostly end inside a sentence (hard-wrapped
    with no blank line between paragraphs). Every line end would be a break."""
    if options.ignore_paragraphs or cut_in_blocks(*a) != cut_in_blocks(*b):
        return []
    if lines_run_on(*a, options) or lines_run_on(*b, options):
        return []
    found = paragraph_breaks(drafts, sides)
    if grouped_lines(*a, options.wrap_max_line) and grouped_lines(*b, options.wrap_max_line):
        found += stanza_breaks(drafts, (a[0], b[0]))
        found.sort(key=lambda k: (k.row, k.tokens is None))
    return found


@record()
class _SideText:
    """One side: its text, paragraphs, and the tokens and units of the paragraphs that are
    not exactly equal to one on the other side."""

    text: str
    paragraphs: list[tuple[int, int]]
    tokens: TokenArrays
    units: list[Unit]
    gap_units: list[range]  # per gap between equal paragraphs: its units
    words_before: list[int] = field(default_factory=list)  # word tokens before index k

    def __post_init__(self) -> None:
        self.words_before = [0, *accumulate(self.tokens.words)]

    @classmethod
    def build(
        cls,
        text: str,
        paragraphs: list[tuple[int, int]],
        gap_paras: list[range],
        options: CompareOptions,
    ) -> _SideText:
        # (the paragraphs given: a word a hard wrap broke inside one is one token)
        parts = [
            scan(
                text,
                options,
                paragraphs[r[0]][0],
                paragraphs[r[-1]][1],
                paragraphs[r[0] : r[-1] + 1],
            )
            for r in gap_paras
            if r
        ]
        tokens = concat(parts) if parts else TokenArrays([], [], [], [])
        all_units: list[Unit] = []
        gap_units = []
        for r in gap_paras:
            first = len(all_units)
            all_units.extend(units(text, tokens, paragraphs, r, options))
            gap_units.append(range(first, len(all_units)))
        return cls(text, paragraphs, tokens, all_units, gap_units)

    def word_count(self, lo: int, hi: int) -> int:
        return self.words_before[hi] - self.words_before[lo]

    def unit_words(self, unit: int) -> int:
        u = self.units[unit]
        return self.word_count(u.lo, u.hi)

    def sentence_starts(self) -> list[int]:
        """Where each unit (sentence) starts, in order."""
        starts = self.tokens.starts
        return [starts[u.lo] for u in self.units if u.lo < u.hi]

    def token_range(self, unit_ids: list[int]) -> tuple[int, int]:
        return self.units[unit_ids[0]].lo, self.units[unit_ids[-1]].hi

    def paragraph_start(self, para: int) -> int:
        """Where the paragraph's first visible character is."""
        a, b = self.paragraphs[para]
        line = self.text[a:b]
        return a + len(line) - len(line.lstrip())
