"""Rows: aligned bands of the side-by-side view, one paragraph (or part of one) per side."""

import random

from tests.core.helpers import P, check_invariants, compared, lines, side_text
from wirediff.core.compare import compare
from wirediff.core.result import ChangeKind, OpKind, RowKind

GONE = "Critics said the money would never reach the wards of the northern towns."
NEW = "Football fans queued overnight for tickets to the cup final in the capital."


# Cause 3 of issue 10: an unpaired deletion and insertion at the same place landed in two
# rows (a "-" row, then the insertion glued to the top of the next changed row).
def test_a_deletion_and_an_insertion_at_one_place_share_a_row():
    result = compared(lines(P[0], GONE, P[2]), lines(P[0], NEW, P[2]))
    assert [r.kind for r in result.rows] == [RowKind.EQUAL, RowKind.CHANGED, RowKind.EQUAL]
    row = result.rows[1]
    assert side_text(result, row, "left").strip() == GONE
    assert side_text(result, row, "right").strip() == NEW
    assert [op.kind for op in row.ops] == [OpKind.DELETE, OpKind.INSERT]
    assert [c.kind for c in result.changes] == [ChangeKind.REPLACE]


def test_an_insertion_opening_an_edited_paragraph_stands_beside_the_deletion():
    edited = P[2].replace("study", "examine")
    result = compared(lines(P[0], GONE, P[2]), lines(P[0], NEW + " " + edited))
    assert [r.kind for r in result.rows] == [RowKind.EQUAL, RowKind.CHANGED, RowKind.CHANGED]
    beside = result.rows[1]
    assert side_text(result, beside, "left").strip() == GONE
    assert side_text(result, beside, "right").strip() == NEW
    assert side_text(result, result.rows[2], "right").strip() == edited


def test_the_same_place_reads_the_same_both_ways():
    for a, b in ((lines(P[0], GONE, P[2]), lines(P[0], NEW, P[2])),):
        ab, ba = compare(a, b), compare(b, a)
        assert [op.kind for op in ab.rows[1].ops] == [OpKind.DELETE, OpKind.INSERT]
        assert [op.kind for op in ba.rows[1].ops] == [OpKind.DELETE, OpKind.INSERT]


def test_more_deleted_paragraphs_than_inserted_ones():
    result = compared(lines(P[0], GONE, P[3], P[2]), lines(P[0], NEW, P[2]))
    kinds = [r.kind for r in result.rows]
    assert kinds.count(RowKind.DELETED) == 1
    assert RowKind.INSERTED not in kinds


NEIGHBOUR = (
    "The minister announced on Monday a new budget of two billion dollars for the regional "
    "hospitals, saying that the plan would cut waiting lists by half within three years."
)
NEIGHBOUR_EDITED = NEIGHBOUR.replace("for the regional", "for regional")


def test_inserted_paragraph_after_an_edited_one_is_its_own_row():
    result = compared(lines(NEIGHBOUR), lines(NEIGHBOUR_EDITED, GONE))
    assert [r.kind for r in result.rows] == [RowKind.CHANGED, RowKind.INSERTED]


def test_long_paragraph_without_stops_is_cut_into_rows():
    rng = random.Random(1)
    vocabulary = "alpha beta gamma delta epsilon zeta eta theta iota kappa".split()
    words = [rng.choice(vocabulary) for _ in range(5000)]
    edited = list(words)
    for i in range(0, len(words), 500):
        edited[i] = "CHANGED"
    result = compare(" ".join(words) + "\n", " ".join(edited) + "\n")
    check_invariants(result)
    assert result.stats.words_changed == 10
    assert len(result.rows) >= 5000 // 250  # rows stay readable, word diffs stay small


def test_punctuation_left_out_stays_in_the_row_it_opens():
    """With punctuation ignored, "(" of "(Reuters)" (and "【" of Kyodo's "【北京共同】") was
    drawn alone at the end of the row before, a blank line with it, and the row began
    "Reuters)". Found by a CJK news monitor."""
    from wirediff.core.options import CompareOptions

    ignored = CompareOptions(ignore_punctuation=True)
    cases = [
        (
            "Troops to stay\n\n(Reuters) The general said so on Monday in Baghdad.\n",
            "Troops will stay\n\nThe Daily News, 5 December\n\nThe general said so on Monday.\n",
            "(Reuters)",
        ),
        (
            "地震で１２人死亡\n\n【北京共同】新華社によると地震が起きた。\n",
            "地震で１２人死亡、２４０人けが\n\n新華社によると地震が起きた。\n",
            "【北京共同】",
        ),
        (  # (a sentence of a paragraph, moved: a row of its own)
            "The army stays until next year, officials said. «We stay here until the job is "
            "done», the general said in Baghdad.\n\nOther news followed later in the day.\n",
            "Other news followed later in the day.\n\n«We stay here until the job is done», "
            "the general said in Baghdad.\n\nThe army stays until next year, officials said.\n",
            "«We",
        ),
    ]
    for left, right, opening in cases:
        result = compare(left, right, ignored)
        check_invariants(result)
        starts = [left[r.left.start : r.left.end] for r in result.rows if r.left is not None]
        assert any(s.startswith(opening) for s in starts), starts
        assert all(s.strip() not in "(【«" for s in starts), starts
