"""difflib's autojunk would drop "the" and "," as anchors on long texts; ours must not."""

import random
from difflib import SequenceMatcher

from wirediff.core.compare import compare
from wirediff.core.result import OpKind
from wirediff.core.worddiff import absorb_islands, diff_tokens

NOUNS = "council budget parks mayor city department residents plan staff trees roads".split()


def changed_tokens(opcodes) -> int:
    return sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")


def test_frequent_words_still_anchor_a_long_article():
    rng = random.Random(7)
    # One 330-word sentence in which "the" and "," are by far the most frequent tokens.
    tokens: list[str] = []
    while len(tokens) < 330:
        tokens += ["the", rng.choice(NOUNS), "of", "the", rng.choice(NOUNS), ","]
    right_tokens = list(tokens)
    # Rewrite one content word in each group of a long stretch; around each rewritten word
    # stand only "the", "of" and ",", and a content word two tokens away.
    rewritten = [i for i in range(120, 240) if i % 6 == 1]
    for i in rewritten:
        right_tokens[i] = right_tokens[i].upper()
    left, right = " ".join(tokens), " ".join(right_tokens)
    # difflib's default treats "the", "of" and "," as junk on a text this long ...
    junky = SequenceMatcher(None, tokens, right_tokens)
    assert {"the", ","} <= junky.bpopular
    # ... and so cannot use them as anchors inside the rewritten stretch.
    flat = SequenceMatcher(None, tokens, right_tokens, autojunk=False).get_opcodes()
    # Ours keeps them: the only changes are the rewritten words, each anchored by the
    # "the"/"of"/"," around it (single-word replacements, no larger blocks).
    result = compare(left, right)
    replaced = [
        left[op.left.start : op.left.end].split()
        for row in result.rows
        for op in row.ops
        if op.kind is not OpKind.EQUAL
    ]
    assert replaced == [[tokens[i]] for i in rewritten]
    assert changed_tokens(junky.get_opcodes()) >= changed_tokens(flat)
    equal_the = sum(
        left[op.left.start : op.left.end].split().count("the")
        for row in result.rows
        for op in row.ops
        if op.kind is OpKind.EQUAL
    )
    assert equal_the == tokens.count("the")


def test_lone_weak_island_is_folded_into_the_change():
    left = "said the official on".split()
    right = "told the reporter in".split()
    ops = diff_tokens(left, right)
    assert [op[0] for op in ops] == ["replace", "equal", "replace"]
    cleaned = absorb_islands(ops, lambda i: 1 if len(left[i]) <= 3 else 3, max_tokens=2)
    assert cleaned == [("replace", 0, 4, 0, 4)]


def test_strong_island_is_kept():
    left = "said Baghdad officials".split()
    right = "told Baghdad reporters".split()
    ops = absorb_islands(diff_tokens(left, right), lambda i: 1 if len(left[i]) <= 3 else 3, 2)
    assert [op[0] for op in ops] == ["replace", "equal", "replace"]
