"""Moves: a unit deleted in one place and inserted, perhaps edited, in another."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.helpers import (
    FIXTURES,
    SAMPLE_TEXTS,
    P,
    brute,
    check_invariants,
    compared,
    lines,
    moved_rows,
    options_strategy,
    side_text,
)
from wirediff.core.compare import compare
from wirediff.core.result import OpKind, RowKind


def test_paragraph_moved_unchanged_is_one_linked_moved_unit():
    result = compared(lines(*P), lines(*P[1:], P[0]))
    out, into = moved_rows(result)
    assert out.link == into.index and into.link == out.index
    assert side_text(result, out, "left").strip() == P[0]
    assert side_text(result, into, "right").strip() == P[0]
    assert [op.kind for op in out.ops] == [OpKind.EQUAL]
    s = result.stats
    assert (s.units_moved, s.similarity, s.words_added, s.words_deleted) == (1, 1.0, 0, 0)
    assert [c.kind.value for c in result.changes] == ["move"]  # one change, not one a place


def test_two_swapped_paragraphs_are_one_move():
    result = compared(lines(*P), lines(P[0], P[2], P[1], P[3], P[4]))
    assert len(moved_rows(result)) == 2
    assert result.stats.units_moved == 1 and result.stats.similarity == 1.0


def test_units_moved_together_are_one_passage():
    """A chapter of several paragraphs moved was "Units moved 15" for two moves (a literary
    scholar): units moved side by side to places that follow on are one passage."""
    result = compared(lines(*P), lines(P[2], P[3], P[4], P[0], P[1]))
    s = result.stats
    assert (s.units_moved, s.passages_moved) == (2, 1)
    apart = compared(lines(*P), lines(P[1], P[0], P[2], P[4], P[3]))
    assert (apart.stats.units_moved, apart.stats.passages_moved) == (2, 2)


def test_a_moved_passage_is_one_change_a_paragraph_at_its_first_place():
    """A section of 12 paragraphs moved took 24 of a pair's 32 changes, each paragraph
    listed at both its places, and n stepped through it twice (a legal reviser's
    walkthrough): each moved unit is one change, at the first of its rows, the pair the
    other way round keeping it there."""
    old, new = lines(*P), lines(P[2], P[3], P[4], P[0], P[1])
    for result in (compared(old, new), compared(new, old)):
        moves = [c for c in result.changes if c.kind.value == "move"]
        assert len(moves) == result.stats.units_moved == 2
        pairs = {frozenset((row.index, row.link)) for row in moved_rows(result)}
        assert {frozenset((c.row, result.rows[c.row].link)) for c in moves} == pairs
        assert all(c.row < result.rows[c.row].link for c in moves)  # type: ignore[operator]


def test_multi_sentence_paragraph_moves_as_one_unit():
    paras = [P[0] + " " + P[1], P[2], P[3] + " " + P[4]]
    result = compared(lines(*paras), lines(paras[1], paras[2], paras[0]))
    out, _ = moved_rows(result)
    assert side_text(result, out, "left").strip() == paras[0]
    assert result.stats.units_moved == 1


def test_moved_paragraph_with_its_sentences_split_and_reworded_is_one_move():
    moved = P[0] + " " + P[1]
    reworded = (
        "The minister announced a new budget for the regional hospitals. She did so on "
        "Monday morning. Opposition leaders criticised the plan as too little and too late."
    )
    result = compared(lines(moved, P[2], P[3], P[4]), lines(P[2], P[3], P[4], reworded))
    out, into = moved_rows(result)
    assert side_text(result, out, "left").strip() == moved
    assert side_text(result, into, "right").strip() == reworded
    assert result.stats.units_moved == 1
    assert {RowKind.DELETED, RowKind.INSERTED}.isdisjoint(r.kind for r in result.rows)


def test_moved_and_rewritten_paragraph_is_delete_plus_insert():
    rewritten = "The regional minister unveiled spending for clinics late on Monday."
    result = compared(lines(*P), lines(*P[1:], rewritten))
    assert not moved_rows(result)
    assert (result.rows[0].kind, result.rows[-1].kind) == (RowKind.DELETED, RowKind.INSERTED)


@pytest.mark.parametrize(
    ("unit", "moves"),
    [("Reuters", 0), ("Back to the top.", 0), ("Back to top of the page.", 1)],
)
def test_units_under_move_min_words_never_move(unit, moves):
    result = compared(lines(unit, *P), lines(*P, unit))
    assert len(moved_rows(result)) == 2 * moves
    assert result.stats.units_moved == moves


def test_moves_survive_swapping_sides():
    result = compared(lines(*P[1:], P[0]), lines(*P))
    assert len(moved_rows(result)) == 2 and result.stats.units_moved == 1


SAMPLE_PARAGRAPHS = sorted(
    {p for text in SAMPLE_TEXTS for p in text.split("\n") if len(p.split()) >= 6}
)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.sampled_from(SAMPLE_PARAGRAPHS), min_size=1, max_size=10, unique=True),
    st.randoms(use_true_random=False),
    options_strategy,
)
def test_shuffled_and_edited_paragraphs_keep_invariants(paragraphs, rnd, options):
    shuffled = list(paragraphs)
    rnd.shuffle(shuffled)
    shuffled = [
        " ".join(w if rnd.random() > 0.05 else "EDIT" for w in p.split(" ")) for p in shuffled
    ]
    result = compare(lines(*paragraphs), lines(*shuffled), options)
    check_invariants(result)
    for side, text in (("left", result.left_text), ("right", result.right_text)):
        for position in range(0, len(text) + 1, 11):
            want = brute(result, position, side)
            if want[0] is None:
                assert tuple(result.locate(position, side)) == want


# A moved paragraph whose neighbour lost a "the": the neighbour's sentence may pair with
# itself plus the moved paragraph (the "the" matches there), hiding the move.
MOVED = "Critics said the money would never reach the wards of the northern towns."
NEIGHBOUR = (
    "The minister announced on Monday a new budget of two billion dollars for the regional "
    "hospitals, saying that the plan would cut waiting lists by half within three years."
)
NEIGHBOUR_EDITED = NEIGHBOUR.replace("for the regional", "for regional")


def test_moved_paragraph_next_to_an_edited_one_is_still_a_move():
    result = compared(
        lines(MOVED, NEIGHBOUR), lines(NEIGHBOUR_EDITED, MOVED.replace("never", "not"))
    )
    assert result.stats.units_moved == 1
    assert len(moved_rows(result)) == 2
    assert result.stats.similarity > 0.9


NOUNS = ["talks", "the truce", "aid deliveries", "the convoy", "repairs", "the census"]
NOUNS += ["elections", "patrols", "exports", "imports", "flights", "the harvest"]


def test_sentence_edited_in_place_is_not_a_move():
    def text(day: str, first: str) -> str:
        nouns = [first, *NOUNS[1:]]
        return "\n\n".join(
            f"Officials in Baghdad said on {day} that {n} had resumed." for n in nouns
        )

    result = compared(text("Monday", "talks") + "\n", text("Tuesday", "negotiations") + "\n")
    assert moved_rows(result) == []
    assert result.stats.units_moved == 0
    assert {r.kind for r in result.rows} == {RowKind.CHANGED}


def test_moved_paragraph_with_one_word_changed():
    before = (FIXTURES / "moved" / "before.txt").read_text(encoding="utf-8")
    after = (FIXTURES / "moved" / "after.txt").read_text(encoding="utf-8")
    result = compared(before, after)
    moved = moved_rows(result)
    assert len(moved) == 2  # one unit, shown at both places
    out, into = moved
    assert out.link == into.index and into.link == out.index
    assert "Under the plan" in side_text(result, out, "left")
    assert "Under the plan" in side_text(result, into, "right")
    assert into.index == len(result.rows) - 1  # it went to the end
    changes = [op for op in out.ops if op.kind is not OpKind.EQUAL]
    assert len(changes) == 1
    op = changes[0]
    assert result.left_text[op.left.start : op.left.end].strip() == "two"
    assert result.right_text[op.right.start : op.right.end].strip() == "three"
    assert result.stats.units_moved == 1
    assert result.stats.words_changed == 1
    others = [r for r in result.rows if r.kind is not RowKind.MOVED]
    assert all(r.kind is RowKind.EQUAL for r in others) and others


def test_no_move_is_searched_for_where_nothing_paired(monkeypatch):
    # Two unrelated reports (sample 002 and 003): every deletion and insertion stands at one
    # place, so nothing can have moved, and the block search is skipped.
    import wirediff.core.moves as moves

    def searched(*args: object) -> list[tuple[int, int, float]]:
        raise AssertionError("move candidates searched")

    monkeypatch.setattr(moves, "candidates", searched)
    result = compare(SAMPLE_TEXTS[2], SAMPLE_TEXTS[3])
    assert result.stats.units_moved == 0 and result.stats.words_deleted > 0
    check_invariants(result)
    with pytest.raises(AssertionError, match="move candidates searched"):
        compare(lines(*P), lines(*P[1:], P[0]))  # where a paragraph did move, it is searched


TWO_MERGED = (
    "Local authorities along the lines will be consulted on timetables during construction. "
    "Replacement buses will run wherever a line is closed for more than two days.",
    "The programme forms part of the national mobility strategy, which aims to double the "
    "share of journeys made by rail by the end of the decade.",
)


@pytest.mark.parametrize("swapped", [False, True], ids=["joined", "split"])
def test_two_paragraphs_merged_and_moved_are_one_move(swapped):
    # Two paragraphs moved past a third and run into one: the second's sentence was deleted
    # at one place and inserted, unchanged, at the other (its block, of another paragraph,
    # found no move of its own, and the first's move took one sentence only).
    a, b = TWO_MERGED
    before = lines(P[0], P[1], P[2], a, b, P[3])
    after = lines(P[0], P[1], a + " " + b, P[2], P[3])
    result = compared(*((after, before) if swapped else (before, after)))
    out, into = moved_rows(result)
    assert out.link == into.index and into.link == out.index
    for row, side in ((out, "left"), (into, "right")):
        assert " ".join(side_text(result, row, side).split()) == f"{a} {b}"
    assert {r.kind for r in result.rows} == {RowKind.EQUAL, RowKind.MOVED}
    assert result.stats.units_moved == 1 and result.stats.similarity == 1.0


def test_of_equal_paragraphs_in_another_order_the_one_that_moved_is_the_move():
    """difflib took the first equal paragraph it met as the anchor, the one that had moved
    up (an Arabic revision read from a web page, one paragraph a line): the six paragraphs
    that stayed in place around it became six moves. The equal paragraphs kept in place
    are those that weigh most together."""
    council = "Paragraph {} of the report says that the {} council met on Monday to discuss it."
    kept = [council.format(w, w) for w in ("one", "two", "three", "four", "five", "six")]
    moved = "In 2022 floods covered a third of the country and killed more than 1,700 people."
    last = "Scientists link the heavier rains in South Asia to a changing climate, it adds."
    edited = [p.replace("on Monday", "at noon") if k % 2 == 0 else p for k, p in enumerate(kept)]
    before, after = lines(*kept, moved, last), lines(moved, *edited, last)
    for result in (compared(before, after), compared(after, before)):
        out, into = moved_rows(result)
        assert result.stats.units_moved == 1
        assert moved in side_text(result, out, "left") and moved in side_text(result, into, "right")


def test_the_heaviest_equal_items_in_order_are_kept():
    from wirediff.core.anchors import _heaviest_in_order, matching_blocks

    # one heavy item against two light ones in the other order; repeats pair once each
    assert _heaviest_in_order([1, 2, 3], [2, 3, 1], [10, 1, 1]) == [(0, 2, 1), (3, 3, 0)]
    assert _heaviest_in_order([1, 2, 3], [2, 3, 1], [1, 1, 1]) == [(1, 0, 2), (3, 3, 0)]
    once = _heaviest_in_order([7, 7], [7], [1, 1])
    assert once in ([(0, 0, 1), (2, 1, 0)], [(1, 0, 1), (2, 1, 0)])
    assert _heaviest_in_order([], [4], []) == [(0, 1, 0)]
    # weight first, then the number of pairs (four light ones outnumbered a heavier one)
    assert _heaviest_in_order([0, 1, 2, 3, 4], [1, 2, 3, 4, 0], [5, 1, 1, 1, 1]) == [
        (0, 4, 1),
        (5, 5, 0),
    ]
    a, b = [5, 1, 2, 5, 3], [1, 5, 2, 3, 5]
    blocks = matching_blocks(a, b, weights=[1] * len(a))
    pairs = [(i + k, j + k) for i, j, n in blocks for k in range(n)]
    assert all(a[i] == b[j] for i, j in pairs) and len(pairs) == 3
    assert pairs == sorted(pairs) and [j for _, j in pairs] == sorted(j for _, j in pairs)


def test_unrelated_neighbours_of_a_move_stay_a_deletion_and_an_insertion():
    """A move grew over a deleted and an inserted sentence that shared only "on Friday" and
    "in the north" (found by a review): beside a move is no place that vouches for them."""
    gone = "The regional governor resigned on Friday after a row over police funding in the north."
    new = "Weather forecasters expect heavy snow in the north on Friday and over the weekend."
    result = compared(lines(P[0], gone, P[1], P[2], P[3]), lines(P[1], P[2], P[0], new, P[3]))
    kinds = [r.kind for r in result.rows]
    assert RowKind.DELETED in kinds and RowKind.INSERTED in kinds
    assert result.stats.units_moved == 1
