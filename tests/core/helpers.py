"""Helpers shared by the engine tests: checks every comparison must pass, inputs, strategies."""

import json
import re
import unicodedata
from pathlib import Path

from hypothesis import strategies as st

from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.report.html import render_html
from wirediff.core.report.jsonout import rebuild_from_data, to_json
from wirediff.core.report.text import render_text
from wirediff.core.result import Comparison, Row, RowKind, Side, Span
from wirediff.core.segments import units
from wirediff.core.tokens import TokenKind, scan, tokenize

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
SAMPLE = FIXTURES / "us-iraq-troop-role"
SAMPLE_TEXTS = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]

# Text with sentence stops, paragraph breaks, quotes, RTL, emoji and combining marks.
prose_alphabet = st.sampled_from(
    [*"aeiou tns.,;!?\n\n’“”—-'0123", "U.S.", "Mr.", "قال ", "علي ", "۔", "😀", "é", "\u0301"]
)
prose = st.lists(prose_alphabet, max_size=200).map("".join)
options_strategy = st.builds(
    CompareOptions,
    ignore_case=st.booleans(),
    ignore_punctuation=st.booleans(),
    fold_typography=st.booleans(),
    fold_arabic_letters=st.booleans(),
    fold_whitespace=st.booleans(),
    ignore_paragraphs=st.booleans(),
    group_max_units=st.sampled_from([1, 2, 4]),
    island_max_tokens=st.sampled_from([0, 1, 4]),
)

OPTION_SETS = [
    CompareOptions(),
    CompareOptions(fold_whitespace=False),
    CompareOptions(ignore_punctuation=True),
    CompareOptions(ignore_punctuation=True, fold_whitespace=False),
    CompareOptions(ignore_case=True, fold_typography=False, fold_arabic_letters=False),
    CompareOptions(group_max_units=1, island_max_tokens=0),
]

# Five paragraphs of made-up news.
P = [
    "The minister announced a new budget for the regional hospitals on Monday morning.",
    "Opposition leaders criticised the plan as too little and too late for patients.",
    "Nurses unions said they would study the proposal before deciding on strike action.",
    "The health department expects the first funds to arrive before the end of the year.",
    "Analysts noted that similar promises had been made twice in the past decade.",
]


def lines(*paragraphs: str) -> str:
    """One paragraph per line, as news text is."""
    return "\n".join(paragraphs) + "\n"


def check_invariants(result: Comparison) -> None:
    """Structural checks every comparison must pass."""
    assert result.rebuild("left") == result.left_text
    assert result.rebuild("right") == result.right_text
    for side, text in (("left", result.left_text), ("right", result.right_text)):
        pos = 0
        for row in result.rows:
            span = row.span(side)
            if span is None:
                continue
            assert span.start == pos, (side, row)
            pos = span.end
            op_pos = span.start
            for op in row.ops:
                ospan = op.left if side == "left" else op.right
                assert ospan.start == op_pos, (side, row.index, op)
                op_pos = ospan.end
            assert op_pos == span.end
        assert pos == len(text)
    for row in result.rows:
        if row.kind is RowKind.MOVED:
            assert row.link is not None
            partner = result.rows[row.link]
            assert partner.kind is RowKind.MOVED and partner.link == row.index
            assert (row.left is None) != (partner.left is None)
        else:
            assert row.link is None
    for side in ("left", "right"):
        starts = [c.span(side).start for c in result.changes]
        assert starts == sorted(starts)
    assert [c.index for c in result.changes] == list(range(len(result.changes)))
    s = result.stats
    assert 0.0 <= s.similarity <= 1.0
    assert s.matched_words <= s.left_words and s.matched_words_right <= s.right_words
    assert s.matched_words + s.words_deleted + s.words_changed == s.left_words
    assert s.matched_words_right + s.words_added + s.words_changed_right == s.right_words


def all_renderers(result: Comparison) -> None:
    """Every renderer runs, and the JSON form rebuilds both texts."""
    render_text(result, width=40)
    render_text(result, width=120, color=True)
    render_html(result, "<l>", "<r>")
    data = json.loads(to_json(result))
    assert rebuild_from_data(data, "left") == result.left_text
    assert rebuild_from_data(data, "right") == result.right_text


def assert_all_equal(result: Comparison) -> None:
    assert result.stats.similarity == 1.0
    assert result.changes == ()
    assert {row.kind for row in result.rows} <= {RowKind.EQUAL}


def mirrored(row: Row) -> tuple[object, ...]:
    """A row as it reads with the sides swapped: deletions become insertions and the other
    way round, and a deletion beside an insertion is still listed first."""
    kinds = {RowKind.DELETED: RowKind.INSERTED, RowKind.INSERTED: RowKind.DELETED}
    swapped = {"delete": "insert", "insert": "delete"}
    ops = [(swapped.get(op.kind.value, op.kind.value), op.right, op.left) for op in row.ops]
    for k in range(len(ops) - 1):
        (a, _, a_right), (b, b_left, _) = ops[k], ops[k + 1]
        if a == "insert" and b == "delete":
            ops[k] = ("delete", b_left, Span(a_right.start, a_right.start))
            ops[k + 1] = ("insert", Span(b_left.end, b_left.end), a_right)
    return (row.index, kinds.get(row.kind, row.kind), row.right, row.left, tuple(ops), row.link)


def plain(row: Row) -> tuple[object, ...]:
    ops = tuple((op.kind.value, op.left, op.right) for op in row.ops)
    return (row.index, row.kind, row.left, row.right, ops, row.link)


def moved_rows(result: Comparison) -> list[Row]:
    """The moved rows, the places the units left first."""
    rows = [r for r in result.rows if r.kind is RowKind.MOVED]
    return sorted(rows, key=lambda r: r.left is None)


def side_text(result: Comparison, row: Row, side: Side) -> str:
    span = row.span(side)
    text = result.left_text if side == "left" else result.right_text
    return "" if span is None else text[span.start : span.end]


def sentences(text: str, options: CompareOptions | None = None) -> list[str]:
    """The text cut into the units the alignment pairs."""
    options = options or CompareOptions()
    arrays = scan(text, options)
    found = units(text, arrays, options=options)
    return [text[arrays.starts[u.lo] : arrays.ends[u.hi - 1]] for u in found]


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text) if t.kind is TokenKind.WORD]


def brute(result: Comparison, position: int, side: Side) -> tuple[int | None, ...]:
    """``locate`` by a linear scan of the changes."""
    spans = [c.span(side) for c in result.changes]
    current = next(
        (
            i
            for i, s in enumerate(spans)
            if s.start <= position < s.end or s.start == s.end == position
        ),
        None,
    )
    if current is not None:
        prev = current - 1 if current > 0 else None
        nxt = current + 1 if current + 1 < len(spans) else None
    else:
        before = [i for i, s in enumerate(spans) if s.start <= position]
        prev = before[-1] if before else None
        after = [i for i, s in enumerate(spans) if s.start > position]
        nxt = after[0] if after else None
    return current, prev, nxt


def visible(line: str) -> int:
    """Terminal columns a line takes (ANSI sequences none, wide characters two)."""
    bare = re.sub(r"\x1b\[[0-9;]*m", "", line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in bare)


def compared(left: str, right: str, options: CompareOptions | None = None) -> Comparison:
    """``compare``, with the invariants checked both ways round."""
    result = compare(left, right, options)
    check_invariants(result)
    check_invariants(compare(right, left, options))
    return result


def assert_file_times_only_in_provenance(page: str, files: list[Path]) -> str:
    """The evidence report ``page`` shows each of ``files`` (dated by nothing but its time
    on disk) with no date where a date goes, its time only in the provenance, labelled as
    the file's. The part above the provenance, for more checks."""
    from datetime import UTC, datetime

    body, provenance = page.split('<div class="provenance">')
    for path in files:
        saved = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        assert saved.isoformat(timespec="seconds") not in body
        assert saved.strftime("%Y-%m-%d<br>%H:%M:%S UTC") in provenance
    assert "File's<br>modification<br>time" in provenance
    return body
