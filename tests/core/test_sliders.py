"""Sliders: a run only one side has, that could go a unit up or down, holds a heading and
its body, not a body and the next heading."""

import pytest

from tests.core.helpers import check_invariants
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.result import RowKind
from wirediff.core.sliders import heading_like, slide

ROMAN = ["I", "II", "III", "IV", "V", "VI"]
BODIES = [
    "The mill stood idle all that winter. Nobody came to buy the flour.",
    "Margaret walked to the town at dawn. She carried her father's letter.",
    "The rain fell for nine days. The river rose above the old stone bridge.",
    "A stranger asked for lodging at the inn. He gave no name to the landlord.",
    "The harvest was poor in the north. Prices rose in every market.",
    "At last the letter came from London. It was opened in silence.",
]


def _novel(chapters: list[int]) -> str:
    """Chapters numbered in order, holding the bodies of ``chapters``."""
    return "\n\n".join(
        f"CHAPTER {ROMAN[n]}.\n\n{BODIES[c]}\n\nThe end of part {c + 1} came at night."
        for n, c in enumerate(chapters)
    )


def _rows(left: str, right: str, options: CompareOptions) -> list[tuple[str, str, str]]:
    result = compare(left, right, options)
    check_invariants(result)
    return [
        (
            row.kind.value,
            left[row.left.start : row.left.end].strip() if row.left else "",
            right[row.right.start : row.right.end].strip() if row.right else "",
        )
        for row in result.rows
    ]


@pytest.mark.parametrize("swap", [False, True])
def test_a_chapter_dropped_and_the_rest_renumbered_is_deleted_under_its_own_heading(swap):
    """Edition 2 dropped CHAPTER III and renumbered the chapters after it. With Ignore
    numbering on, the old III's heading was paired with the new III (the old IV's), and
    the run deleted was III's body and "CHAPTER IV.": a reader wrote "Chapter IV cut".
    The deleted run now holds III's heading and body, the old IV's heading paired with the
    new III; inserted the same way, the other way round. Found by a literary scholar."""
    first, second = _novel([0, 1, 2, 3, 4, 5]), _novel([0, 1, 3, 4, 5])
    left, right = (second, first) if swap else (first, second)
    rows = _rows(left, right, CompareOptions(ignore_numbering=True))
    gone = RowKind.INSERTED.value if swap else RowKind.DELETED.value
    one_side = [r for r in rows if r[0] == gone]
    assert [r[2 if swap else 1] for r in one_side] == [
        "CHAPTER III.",
        BODIES[2],
        "The end of part 3 came at night.",
    ]
    paired = {(r[1], r[2]) for r in rows if r[0] != gone}
    assert (("CHAPTER III.", "CHAPTER IV.") if swap else ("CHAPTER IV.", "CHAPTER III.")) in paired


def test_a_run_that_cannot_slide_stays_where_it_is():
    """Without the option "CHAPTER IV." is not "CHAPTER III.": nothing slides, the
    headings equal in text pair (each renumbered one after is a change); a deleted
    paragraph after a chapter stays put."""
    first, second = _novel([0, 1, 2, 3, 4, 5]), _novel([0, 1, 3, 4, 5])
    rows = _rows(first, second, CompareOptions())
    assert [r[1] for r in rows if r[0] == RowKind.DELETED.value] == [
        BODIES[2],
        "The end of part 3 came at night.",
        "CHAPTER IV.",
    ]
    assert ("changed", "CHAPTER V.", "CHAPTER IV.") in rows
    cut = _novel([0, 1, 2]) + "\n\nA last word of the author."
    rows = _rows(cut, _novel([0, 1, 2]), CompareOptions())
    assert [r[1] for r in rows if r[0] == RowKind.DELETED.value] == ["A last word of the author."]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("CHAPTER III.", True),
        ("Chapter 3.", True),
        ("The Storm", True),
        ("* * *", True),
        ("The mill stood idle all that winter.", False),
        ("He said so and left the room at once.", False),
        ("", False),
    ],
)
def test_heading_like(text, heading):
    assert heading_like(text) is heading


def _slid(left: str, right: str, blocks):  # type: ignore[no-untyped-def]
    """``slide`` over units named by letters, "h" the heading-like one."""
    return slide(
        blocks,
        (len(left), len(right)),
        (lambda x, y: left[x] == left[y], lambda x, y: right[x] == right[y]),
        (lambda x: left[x] == "h", lambda x: right[x] == "h"),
    )


def test_a_run_slides_up_or_down_to_start_with_a_heading():
    # Deleted "b h" after "h" slides up: "h b" deleted, the second "h" paired.
    assert _slid("hbhx", "hx", [(0, 0, 1), (3, 1, 1), (4, 2, 0)]) == (
        [(0, 0, 0), (3, 1, 1), (4, 2, 0)],
        [(2, 0, 1)],
    )
    # Deleted "b h" before "b" slides down: "h b" deleted, the first "b" paired.
    assert _slid("xbhbz", "xbz", [(0, 0, 1), (3, 1, 2), (5, 3, 0)]) == (
        [(0, 0, 1), (4, 2, 1), (5, 3, 0)],
        [(1, 1, 1)],
    )
    # Inserted, the same.
    assert _slid("hx", "hbhx", [(0, 0, 1), (1, 3, 1), (2, 4, 0)]) == (
        [(0, 0, 0), (1, 3, 1), (2, 4, 0)],
        [(0, 2, 1)],
    )
    # No better place: it stays.
    assert _slid("xhbhb", "xhb", [(0, 0, 3), (5, 3, 0)])[1] == []


def test_a_run_slides_through_a_block_to_meet_the_other_sides_run():
    # The last "a" deleted, "y" inserted before the rest: the "a" slides up to meet "y".
    assert _slid("aaaaa", "yaaaa", [(0, 1, 4), (5, 5, 0)]) == ([(0, 1, 0), (5, 5, 0)], [(1, 1, 4)])
    # No run of the other side to meet: it stays.
    assert _slid("aaaaa", "aaaa", [(0, 0, 4), (5, 4, 0)])[1] == []
    # Too far (more than MAX_SLIDE units to slide through): it stays.
    assert _slid("a" * 21, "y" + "a" * 20, [(0, 1, 20), (21, 21, 0)])[1] == []


@pytest.mark.parametrize("edited", [0, 2, 5])
def test_one_of_six_equal_paragraphs_edited_is_an_edit_in_place(edited):
    """Six equal paragraphs (a standard clause, "Advertisement"), one edited: the first
    edited was shown as the last one moved to its place, edited, and the rows after it
    shifted. Found by a review."""
    para = (
        "The operator shall report the emissions of each installation to the Authority "
        "at least once in every calendar year, in the form prescribed, on Monday."
    )
    after = [para] * 6
    after[edited] = para.replace("Monday", "Tuesday")
    rows = _rows("\n\n".join([para] * 6), "\n\n".join(after), CompareOptions())
    kinds = [r[0] for r in rows]
    assert kinds == ["changed" if k == edited else "equal" for k in range(6)]


@pytest.mark.parametrize("edited", [0, 2, 4])
def test_one_of_five_equal_sentences_edited_is_an_edit_in_place(edited):
    sentence = "The mayor spoke to reporters on Monday."
    after = [sentence] * 5
    after[edited] = sentence.replace("Monday", "Tuesday")
    result = compare(" ".join([sentence] * 5), " ".join(after))
    check_invariants(result)
    assert [row.kind for row in result.rows] == [RowKind.CHANGED]
    assert len(result.changes) == 1 and not result.stats.units_moved
