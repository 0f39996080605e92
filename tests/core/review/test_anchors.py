"""A change is found again by its words and context, not by its number."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.review.helpers import sample_path
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.result import Comparison
from wirediff.core.review import ChangeAnchor, Lost, anchor_of, anchors_of, find_change

BASE = sample_path("000").read_text(encoding="utf-8")
COPY = sample_path("001").read_text(encoding="utf-8")


def words(result: Comparison, i: int) -> tuple[str, str]:
    change = result.changes[i]
    return (
        " ".join(result.left_text[change.left.start : change.left.end].split()),
        " ".join(result.right_text[change.right.start : change.right.end].split()),
    )


def bare(pair: tuple[str, str]) -> tuple[str, str]:
    return (re.sub(r"[^\w ]", "", pair[0]).strip(), re.sub(r"[^\w ]", "", pair[1]).strip())


def test_every_change_of_the_sample_has_its_own_key_and_is_found_at_its_place():
    for other in ("001", "002", "003", "004"):
        result = compare(BASE, sample_path(other).read_text(encoding="utf-8"))
        anchors = anchors_of(result)
        assert len({a.key for a in anchors}) == len(anchors) == len(result.changes)
        assert [find_change(result, a) for a in anchors] == list(range(len(anchors)))


def test_a_caption_printed_again_and_again_gives_anchors_that_find_their_own_change():
    result = compare(BASE, COPY)
    caption = "US soldiers wearing protective masks"
    found = [words(result, i) for i in range(len(result.changes))]
    captions = [w for w in found if w[1].startswith(caption)]
    # The caption's copies that are the same change (one may stand beside a deletion).
    common = max(set(captions), key=captions.count)
    same = [i for i, w in enumerate(found) if w == common]
    assert len(same) >= 2
    anchors = [anchor_of(result, i) for i in same]
    assert len({a.right for a in anchors}) == 1 and len({a.key for a in anchors}) == len(same)
    assert [find_change(result, a) for a in anchors] == same


def test_an_anchor_survives_other_compare_options():
    result = compare(BASE, COPY)
    other = compare(BASE, COPY, CompareOptions(ignore_case=True, ignore_punctuation=True))
    assert len(other.changes) < len(result.changes)  # the numbers shift
    moved = 0
    for i, anchor in enumerate(anchors_of(result)):
        found = find_change(other, anchor)
        if isinstance(found, Lost):
            # only a change of case or punctuation disappears, and it is said why
            assert found is Lost.NOT_A_CHANGE
            left, right = words(result, i)
            assert left.casefold().strip(".,") == right.casefold().strip(".,")
        else:  # the same change, its edges maybe moved over punctuation now ignored
            got, want = bare(words(other, found)), bare(words(result, i))
            # (a deletion that stood beside an insertion in one row may stand apart now, and a
            # word matched again under the new options may cut off an edge of the change)
            assert all(got[s] in want[s] or want[s] in got[s] for s in (0, 1))
            assert got[0] or got[1]
            moved += found != i
    assert moved > 10


def test_the_case_only_change_is_no_change_when_case_is_ignored():
    result = compare(BASE, COPY)
    case_only = next(
        i for i in range(len(result.changes)) if words(result, i)[1].startswith("Set to Formalize")
    )
    folded = compare(BASE, COPY, CompareOptions(ignore_case=True))
    assert find_change(folded, anchor_of(result, case_only)) is Lost.NOT_A_CHANGE


def test_an_anchor_is_found_with_the_sides_swapped():
    result, swapped = compare(BASE, COPY), compare(COPY, BASE)
    for i, anchor in enumerate(anchors_of(result)[:12]):
        found = find_change(swapped, anchor.swapped())
        assert not isinstance(found, Lost)
        left, right = words(swapped, found)
        assert (right, left) == words(result, i)


def test_an_edit_next_to_the_change_falls_back_to_its_words():
    left = "The minister said on Monday that troops would stay. Nothing else changed today."
    right = "The minister said on Tuesday that troops would stay. Nothing else changed today."
    anchor = anchor_of(compare(left, right), 0)
    assert (anchor.left, anchor.right) == ("Monday", "Tuesday")
    # "Nothing" (in the context, in the next sentence) is edited too: the exact key no
    # longer matches
    edited = right.replace("Nothing", "Little")
    result = compare(left, edited)
    assert anchor.key not in {a.key for a in anchors_of(result)}
    found = find_change(result, anchor)
    assert not isinstance(found, Lost)
    assert words(result, found) == ("Monday", "Tuesday")
    # An edit in the same sentence is one change with it (a sentence's edits are one
    # change), which the anchor finds by its words
    result = compare(left, right.replace("minister", "spokesman"))
    found = find_change(result, anchor)
    assert not isinstance(found, Lost)
    assert words(result, found) == ("minister said on Monday", "spokesman said on Tuesday")


def test_a_context_edited_where_the_text_repeats_still_finds_the_change():
    """001 prints its title and caption twice. Its first title edited, the flagged caption's
    words with their whole context stand only at the second copy, which is no change: the
    flag was orphaned ("not a change") though its change was there. Found by fuzzing."""
    result = compare(BASE, COPY)
    anchor = anchor_of(result, 1)
    edited = compare(BASE, COPY.replace("Iraq", "IRAQ", 1))
    assert anchor.key not in {a.key for a in anchors_of(edited)}
    found = find_change(edited, anchor)
    assert not isinstance(found, Lost)
    assert words(edited, found) == words(result, 1)


def test_an_anchor_whose_words_were_edited_away_is_lost():
    left = "The minister said on Monday that troops would stay. Nothing else changed today."
    right = "The minister said on Tuesday that troops would stay. Nothing else changed today."
    anchor = anchor_of(compare(left, right), 0)
    result = compare(left, right.replace("Tuesday", "Wednesday"))
    assert find_change(result, anchor) is Lost.TEXT_GONE


def test_anchor_json_round_trip_and_swap():
    result = compare(BASE, COPY)
    deletion = next(c.index for c in result.changes if c.kind.value == "delete")
    anchor = anchor_of(result, deletion)
    assert ChangeAnchor.from_json(anchor.to_json()) == anchor
    assert anchor.swapped().swapped() == anchor
    assert anchor.kind == "delete" and anchor.swapped().kind == "insert"
    assert anchor.swapped().key != anchor.key


sentence = st.lists(
    st.sampled_from("alpha beta gamma delta troops Iraq 2,500 said .".split()),
    min_size=3,
    max_size=9,
).map(" ".join)
text = st.lists(sentence, min_size=1, max_size=8).map("\n".join)


@settings(max_examples=60, deadline=None)
@given(text, text)
def test_every_anchor_finds_its_own_change(left, right):
    result = compare(left, right)
    for i, anchor in enumerate(anchors_of(result)):
        found = find_change(result, anchor)
        assert found == i or words(result, found) == words(result, i)


def test_a_flag_on_a_line_hidden_as_boilerplate_is_hidden_not_moved():
    """Asharq Al-Awsat prints its photo caption four times; the later copies are hidden
    as boilerplate (Ctrl+H). A flag on the second copy's change, looked up with less and
    less context in the clean comparison, landed on the first copy's change; it is now
    said hidden. A flag on a change that stays is still found in the clean comparison."""
    from wirediff.core.reading import load_paths
    from wirediff.core.review import LeftOut
    from wirediff.core.stories import build_story_index, clean_text

    index = build_story_index(load_paths([sample_path("000").parent]).documents)
    names = [d.path.name[:3] for d in index.documents]
    a, b = names.index("000"), names.index("001")
    full = compare(index.documents[a].text, index.documents[b].text)
    clean = compare(clean_text(index, a), clean_text(index, b))
    caption = "US soldiers wearing protective masks"
    copies = [i for i in range(len(full.changes)) if words(full, i)[1].startswith(caption)]
    assert len(copies) >= 2 and index.boilerplate[b]
    second = anchor_of(full, copies[1])
    left_out = LeftOut(
        index.documents[a].text, index.documents[b].text, index.boilerplate[a], index.boilerplate[b]
    )
    moved = find_change(clean, second)
    assert isinstance(moved, int) and words(clean, moved)[1].startswith(caption)  # the bug
    assert find_change(clean, second, left_out=left_out) is Lost.HIDDEN
    kept = next(i for i in range(len(full.changes)) if words(full, i) == ("Islamic State", "ISIS"))
    found = find_change(clean, anchor_of(full, kept), left_out=left_out)
    assert isinstance(found, int) and words(clean, found) == ("Islamic State", "ISIS")


def test_a_flag_stored_on_either_place_of_a_move_finds_its_one_change():
    """A move was a change at each of its places and is one now (a legal reviser's
    walkthrough): a flag a store kept on its second place still finds the move."""
    import dataclasses

    from wirediff.core.result import Change, ChangeKind, RowKind, Span

    paras = [f"Paragraph {k} tells of the works on the bridge in ward {k}." for k in range(6)]
    comparison = compare("\n\n".join(paras), "\n\n".join([*paras[1:4], paras[0], *paras[4:]]))
    first, second = (row for row in comparison.rows if row.kind is RowKind.MOVED)
    (move,) = (c for c in comparison.changes if c.kind is ChangeKind.MOVE)
    assert move.row == first.index and first.link == second.index
    # (the change the second place was, as a store made before kept its anchor)
    assert second.right is not None and first.left is not None
    # (its empty left span where the left text stood at that row)
    at = max(r.left.end for r in comparison.rows[: second.index] if r.left is not None)
    before = Change(0, ChangeKind.MOVE, second.index, Span(at, at), second.right)
    old = anchors_of(dataclasses.replace(comparison, changes=(before,)))[0]
    assert old.key not in {a.key for a in anchors_of(comparison)}
    assert find_change(comparison, old) == move.index
    assert find_change(comparison, anchor_of(comparison, move.index)) == move.index
