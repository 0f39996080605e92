"""Properties of story tables built from random edits of a story (Hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.storytable.helpers import check_table, doc
from wirediff.core.storytable import build_story_table, interleave

SUBJECTS = ("The council", "A spokesman", "The minister", "Local residents", "The committee")
VERBS = ("approved", "rejected", "discussed", "welcomed", "questioned", "postponed")
OBJECTS = (
    "the new budget for road repairs and schools",
    "a plan to rebuild the old harbour district by 2030",
    "the report on public libraries and their opening hours",
    "an offer from the regional government worth 2,500 euros",
    "the proposal to close the central market on Sundays",
)
sentence = st.builds(
    lambda s, v, o, tail: f"{s} {v} {o}{tail}.",
    st.sampled_from(SUBJECTS),
    st.sampled_from(VERBS),
    st.sampled_from(OBJECTS),
    st.sampled_from(("", " on Tuesday", " after a long debate", ", officials said")),
)
paragraphs = st.lists(st.lists(sentence, min_size=1, max_size=3), min_size=1, max_size=8)


@st.composite
def edits(draw, base):
    """A version: paragraphs of the base kept, edited, cut or reordered, and new ones."""
    out = []
    for para in base:
        roll = draw(st.integers(0, 9))
        if roll == 0:
            continue  # cut
        if roll == 1:
            para = [*para, draw(sentence)]  # a sentence added to the paragraph
        if roll == 2 and len(para) > 1:
            para = para[1:]  # a sentence cut from it
        out.append(para)
        if roll == 3:
            out.append(draw(st.lists(sentence, min_size=1, max_size=2)))  # a new paragraph
    if len(out) > 2 and draw(st.booleans()):
        out.insert(draw(st.integers(0, len(out) - 1)), out.pop())  # a paragraph moved
    return out


def text(paras):
    return [" ".join(p) for p in paras]


@settings(max_examples=40, deadline=None)
@given(data=st.data(), base=paragraphs, n=st.integers(1, 4))
def test_every_table_is_well_formed(data, base, n):
    versions = [doc(f"{i}.txt", *text(data.draw(edits(base)))) for i in range(n)]
    table = build_story_table(doc("base.txt", *text(base)), versions)
    check_table(table)


keys = st.lists(st.sampled_from("abcdef"), max_size=6)


@settings(max_examples=200, deadline=None)
@given(st.lists(keys, max_size=5))
def test_interleave_keeps_each_columns_order_and_shares_equal_units(columns):
    units = [[(i, key) for i, key in enumerate(col)] for col in columns]
    rows = interleave(units)
    for c, col in enumerate(columns):
        mine = [row[c] for row in rows if c in row]
        assert mine == list(range(len(col)))  # every unit once, in the column's order
    for row in rows:
        assert len({columns[c][i] for c, i in row.items()}) == 1  # a row is one text
