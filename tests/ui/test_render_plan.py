"""The render plan shows every row's text exactly once, in order, with the right styles."""

from __future__ import annotations

from pathlib import Path

from wirediff.core.compare import compare
from wirediff.core.result import RowKind
from wirediff.ui.diff.plan import GAP, TEXT, plan_pair
from wirediff.ui.diff.runs import display


def _block_text(block) -> str:  # type: ignore[no-untyped-def]
    return "".join(text for text, _style in block.runs)


def test_blocks_show_each_side_exactly(sample_paths: list[Path]) -> None:
    left = sample_paths[0].read_text(encoding="utf-8")
    right = sample_paths[1].read_text(encoding="utf-8")
    comparison = compare(left, right)
    plan = plan_pair(comparison)
    assert len(plan.left.blocks) == len(plan.right.blocks) == len(comparison.rows)
    for side, pane, text in (("left", plan.left, left), ("right", plan.right, right)):
        shown = []
        for row, block in zip(comparison.rows, pane.blocks, strict=True):
            span = row.span(side)  # type: ignore[arg-type]
            if span is None:
                assert block.kind != TEXT
                continue
            assert _block_text(block) == display(text[span.start : span.end].rstrip())
            shown.append(text[span.start : span.end])
        assert "".join(shown) == text


def test_gaps_and_styles(sample_paths: list[Path]) -> None:
    comparison = compare(sample_paths[0].read_text(), sample_paths[1].read_text())
    plan = plan_pair(comparison)
    for row in comparison.rows:
        left, right = plan.left.blocks[row.index], plan.right.blocks[row.index]
        if row.kind == RowKind.DELETED:
            assert right.kind == GAP and {s for _t, s in left.runs if _t.strip()} == {"delete"}
        if row.kind == RowKind.INSERTED:
            assert left.kind == GAP and {s for _t, s in right.runs if _t.strip()} == {"insert"}
        if row.kind == RowKind.EQUAL:
            assert {s for _t, s in left.runs} == {""}
    assert len(plan.excerpts) == len(comparison.changes)


def test_inline_shows_both_sides_of_a_change() -> None:
    comparison = compare("The cat sat on the mat today.", "The dog sat on the mat today.")
    block = plan_pair(comparison).inline.blocks[0]
    styled = [(t, s) for t, s in block.runs if s]
    assert styled == [("cat", "inline_old"), ("dog", "inline_new")]
    assert _block_text(block) == "The cat dog sat on the mat today."


def test_inline_puts_no_space_between_old_and_new_in_a_script_without_spaces() -> None:
    """Chinese and Thai write no space between words: the struck old and underlined new
    characters stand side by side ("七八人", not "七 八人"), and so do old and new figures
    among them; Latin keeps its space."""
    for left, right, shown in [
        ("地震造成七人死亡。", "地震造成八人死亡。", "地震造成七八人死亡。"),
        # figures among Chinese too ("5日[-8-] {+14+}时" read as two words: a CJK monitor)
        (
            "截至5日8时，已致12人遇难。",
            "截至5日14时，已致18人遇难。",
            "截至5日814时，已致1218人遇难。",
        ),
        ("มีผู้เสียชีวิตเจ็ดคน", "มีผู้บาดเจ็บเจ็ดคน", None),
    ]:
        block = plan_pair(compare(left, right)).inline.blocks[0]
        text = _block_text(block)
        assert " " not in text, text
        if shown:
            assert text == shown
        styles = {s for _t, s in block.runs}
        assert {"inline_old", "inline_new"} <= styles or {"delete", "insert"} <= styles


def test_inline_keeps_a_deletion_and_an_insertion_side_by_side_apart(
    sample_paths: list[Path],
) -> None:
    """The sample's caption row: a deleted caption and an inserted sentence read as one
    word ("…Jerry Lampen JFL/THIUS soldiers")."""
    comparison = compare(sample_paths[0].read_text(), sample_paths[1].read_text())
    plan = plan_pair(comparison).inline
    apart = 0
    for row in comparison.rows:
        ops = [op.kind.value for op in row.ops]
        for i in range(len(ops) - 1):
            if (ops[i], ops[i + 1]) == ("delete", "insert"):
                runs = plan.blocks[row.index].runs
                at = next(k for k, (_t, s) in enumerate(runs) if s == "insert")
                before = "".join(t for t, _s in runs[:at])
                assert before[-1].isspace(), (before[-40:], runs[at][0][:40])
                apart += 1
    assert apart


def test_find_finds_a_word_a_hard_wrap_broke_and_copy_gives_the_file_s_text() -> None:
    """Find "something" found nothing in a hard-wrapped treatise where the word was
    "ſome-" at a line's end and "thing" on the next (shown "ſome- thing"). The pane shows
    it whole (a word joiner and a soft hyphen, which find skips); copying it gives the
    file's own text, hyphen and line break. Found by a literary scholar."""
    from wirediff.ui.diff.matching import spans

    para = (
        "The scribe wrote 'ſome-\n"
        "thing' where the sense requires 'nothing', a confusion not uncommon\n"
        "in the hands of that period; and how the author's own correc-\n"
        "tions were neglected by the printer of the second edition of 1711."
    )
    left = "\n\n".join([para] * 3) + "\n"
    right = left.replace("-\n", "").replace("\n", " ").replace("   ", "\n\n")
    plan = plan_pair(compare(left, right))
    for word, original in (("something", "ſome-\nthing"), ("corrections", "correc-\ntions")):
        found = spans(plan.left, word)
        assert len(found) == 3, word
        assert plan.left.copied(*found[0]) == original
