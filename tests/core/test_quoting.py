"""How lists and reports quote a change: the words it changes, not a sentence's start."""

from __future__ import annotations

from wirediff.core.compare import compare
from wirediff.core.quoting import change_words, cut_kept
from wirediff.core.review.anchors import anchor_of

OLD = (
    "Yevgenia stood on the landing with her hands pushed deep into the pockets of her late "
    "husband's coat, and the ferryman threw a line to his son, who caught it and made it "
    "fast with a speed that would have made any sailor proud."
)
NEW = (
    "Evgenia stood on the landing with her hands pushed deep into the pockets of her late "
    "husband's coat, and the ferryman threw a line to his son, who caught it and made it "
    "fast as deftly as any sailor."
)


def test_a_long_run_kept_between_two_edits_is_cut_to_its_ends() -> None:
    """One sentence's edits are one change: a translator's renamed heroine and a phrase
    reworded 40 words on were quoted from the sentence's start, and the list and the report
    cut the quote before the second edit (a walkthrough)."""
    comparison = compare(OLD + "\n", NEW + "\n")
    (change,) = [c for c in comparison.changes]
    old, new = change_words(comparison, change.index)
    kept = "made it fast with a speed that would have made any sailor proud"
    assert old == f"Yevgenia stood on the landing … and {kept}"
    assert new == "Evgenia stood on the landing … and made it fast as deftly as any sailor"
    # a flag's anchor quotes it so too (the flags panel, a report's orphaned flag)
    assert anchor_of(comparison, change.index).words() == (old, new)
    # data (the evidence's JSON and CSV) gives every word
    assert "…" not in "".join(change_words(comparison, change.index, cut=False))


def test_short_runs_one_sided_and_very_long_changes_are_quoted_whole() -> None:
    assert cut_kept("a b c d e f g h i j", "x b c d e f g h i y") == (
        "a b c d e f g h i j",
        "x b c d e f g h i y",
    )
    assert cut_kept("", "one two three four five six seven eight nine ten eleven") == (
        "",
        "one two three four five six seven eight nine ten eleven",
    )
    long = " ".join(f"w{n}" for n in range(5_000))  # (not matched: 30,000 words took 40 s)
    assert cut_kept(f"a {long} b", f"x {long} y") == (f"a {long} b", f"x {long} y")
