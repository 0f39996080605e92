"""Pairing sentences: groups of up to n:m sentences, rewrites and trimmed sentences."""

from tests.core.helpers import compared, lines, side_text
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.quoting import figures_said
from wirediff.core.result import Comparison, OpKind, RowKind


def equal_words(result: Comparison) -> set[str]:
    """The words matched in place (outside moves)."""
    return {
        w.strip(".,;:?!“”\"'").lower()
        for row in result.rows
        if row.kind is not RowKind.MOVED
        for op in row.ops
        if op.kind is OpKind.EQUAL
        for w in result.left_text[op.left.start : op.left.end].split()
    }


def kinds(result: Comparison) -> list[RowKind]:
    return [row.kind for row in result.rows]


# Cause 1 of issue 10: merges and splits stopped at 1:2. 1 Samuel 17:7-10 in the King James
# Version and the World English Bible (both in the public domain): the KJV's verse 8 is one
# sentence, the WEB's three; with 1:2 at most, "choose you a man for you, and let him come
# down to me" showed as deleted and inserted in full.
KJV = (
    "And the staff of his spear was like a weaver's beam; and his spear's head weighed six "
    "hundred shekels of iron: and one bearing a shield went before him. And he stood and cried "
    "unto the armies of Israel, and said unto them, Why are ye come out to set your battle in "
    "array? am not I a Philistine, and ye servants to Saul? choose you a man for you, and let "
    "him come down to me. If he be able to fight with me, and to kill me, then will we be your "
    "servants: but if I prevail against him, and kill him, then shall ye be our servants, and "
    "serve us. And the Philistine said, I defy the armies of Israel this day; give me a man, "
    "that we may fight together.\n"
)
WEB = (
    "The staff of his spear was like a weaver’s beam; and his spear’s head weighed six hundred "
    "shekels of iron. His shield bearer went before him. He stood and cried to the armies of "
    "Israel, and said to them, “Why have you come out to set your battle in array? Am I not a "
    "Philistine, and you servants to Saul? Choose a man for yourselves, and let him come down "
    "to me. If he is able to fight with me and kill me, then will we be your servants; but if I "
    "prevail against him and kill him, then you will be our servants and serve us.” The "
    "Philistine said, “I defy the armies of Israel today! Give me a man, that we may fight "
    "together!”\n"
)


def matched_text(result: Comparison) -> str:
    return " ".join(
        result.left_text[op.left.start : op.left.end]
        for row in result.rows
        for op in row.ops
        if op.kind is OpKind.EQUAL
    )


def test_one_sentence_against_three_pairs_as_a_whole():
    for result in (compared(KJV, WEB), compared(WEB, KJV)):
        matched = matched_text(result)
        for phrase in ("stood and cried", "set your battle in array", "a man for", "come down"):
            assert phrase in matched
        assert result.stats.matched_words >= 105


def test_a_split_in_two_across_lines_is_one_aligned_pair():
    left = "Officials said the troops would stay in the country and train local forces.\n"
    right = "Officials said the troops would stay in the country.\nThey will train local forces.\n"
    for result in (compared(left, right), compared(right, left)):
        assert RowKind.DELETED not in kinds(result) and RowKind.INSERTED not in kinds(result)
        assert {"officials", "troops", "country", "train", "local", "forces"} <= equal_words(result)


def test_group_bound_is_an_option():
    # With groups of one sentence only, the three WEB sentences cannot all pair.
    single = compared(KJV, WEB, CompareOptions(group_max_units=1))
    grouped = compared(KJV, WEB)
    assert single.stats.matched_words < grouped.stats.matched_words


def test_merged_sentences_pair_in_one_row():
    left = (
        "The official said there would be a focus on logistics, maintenance of equipment "
        "and helping Iraqi forces develop their intelligence capabilities, and that the "
        "mission would not change.\n"
    )
    right = (
        "The official said there would be a focus on logistics, maintenance of equipment "
        "and helping Iraqi forces develop their intelligence capabilities. The official "
        "added that the mission would not change.\n"
    )
    for result in (compared(left, right), compared(right, left)):
        assert kinds(result) == [RowKind.CHANGED]
        assert result.stats.similarity > 0.85


# Cause 2 of issue 10: the fixed 0.5 pairing threshold dropped trimmed or reworded sentences.
BEFORE = "Rescue teams reached the village before dawn."
AFTER = "The search was called off at noon."


def test_a_trimmed_sentence_pairs_with_its_source():
    long = (
        "There were the grim faces of three women who emerged from the flooded church after "
        "the service on Sunday morning, holding their shoes."
    )
    short = "There were the grim faces of women."
    result = compared(lines(BEFORE, long, AFTER), lines(BEFORE, short, AFTER))
    assert kinds(result) == [RowKind.EQUAL, RowKind.CHANGED, RowKind.EQUAL]
    row = result.rows[1]
    assert row.ops[0].kind is OpKind.EQUAL
    assert side_text(result, row, "right").strip() == short
    assert {"grim", "faces", "women"} <= equal_words(result)
    assert result.stats.words_added == 0  # nothing inserted: the short one is all matched


# Jonah 1:16, King James Version and Young's Literal Translation (public domain): the same
# verse, reworded.
KJV_JONAH = "Then the men feared the LORD exceedingly, and offered a sacrifice unto the LORD."
YLT_JONAH = "And the men fear Jehovah -- a great fear, and sacrifice a sacrifice to Jehovah."


def test_a_reworded_sentence_pairs_at_its_place():
    result = compared(lines(BEFORE, KJV_JONAH, AFTER), lines(BEFORE, YLT_JONAH, AFTER))
    assert kinds(result) == [RowKind.EQUAL, RowKind.CHANGED, RowKind.EQUAL]
    assert {"men", "sacrifice"} <= equal_words(result)


def test_an_unrelated_sentence_at_the_same_place_is_not_paired_word_by_word():
    other = "Parliament will debate the new budget for the regional hospitals in March."
    result = compared(lines(BEFORE, KJV_JONAH, AFTER), lines(BEFORE, other, AFTER))
    row = result.rows[1]
    assert [op.kind for op in row.ops] == [OpKind.DELETE, OpKind.INSERT]
    assert result.stats.matched_words == len((BEFORE + " " + AFTER).split())


def test_pairing_thresholds_are_options():
    strict = CompareOptions(
        pair_min_weighted_dice=0.9, pair_min_containment=1.1, rewrite_min_weighted_dice=0.9
    )
    result = compared(lines(BEFORE, KJV_JONAH, AFTER), lines(BEFORE, YLT_JONAH, AFTER), strict)
    assert [op.kind for op in result.rows[1].ops] == [OpKind.DELETE, OpKind.INSERT]


# A one-word line against a longer one that shares just that word, at the same place: the
# sample's credit line "Reuters" and the photo credit that took its place.
CREDIT = "Reuters"
PHOTO_CREDIT = "REUTERS/Thaier Al-Sudani/File Photo"


def test_one_shared_word_does_not_pair_a_short_line_with_a_longer_one():
    for result in (
        compared(lines(BEFORE, CREDIT, AFTER), lines(BEFORE, PHOTO_CREDIT, AFTER)),
        compared(lines(BEFORE, PHOTO_CREDIT, AFTER), lines(BEFORE, CREDIT, AFTER)),
    ):
        assert kinds(result) == [RowKind.EQUAL, RowKind.CHANGED, RowKind.EQUAL]
        ops = [op.kind for op in result.rows[1].ops]
        assert ops == [OpKind.DELETE, OpKind.INSERT]  # side by side, in one row


def test_one_shared_word_pairs_short_lines():
    # "63.62 years" and "64.35 years": one list item with its figure edited.
    before, after = lines(BEFORE, "63.62 years", AFTER), lines(BEFORE, "64.35 years", AFTER)
    result = compared(before, after)
    assert [op.kind for op in result.rows[1].ops] == [OpKind.REPLACE, OpKind.EQUAL]
    assert "years" in equal_words(result)
    # How short is short is an option: the rule of the test above, with a bound of five
    # words, pairs the two credits; with a bound of one, not the list items.
    loose = CompareOptions(single_word_pair_max_words=5)
    result = compared(lines(BEFORE, CREDIT, AFTER), lines(BEFORE, PHOTO_CREDIT, AFTER), loose)
    assert [op.kind for op in result.rows[1].ops] == [OpKind.REPLACE]
    result = compared(before, after, CompareOptions(single_word_pair_max_words=1))
    assert [op.kind for op in result.rows[1].ops] == [OpKind.DELETE, OpKind.INSERT]


# A long sentence for three short ones, after Acts 9:32-34 (WEB and YLT, public domain),
# where the first short sentence shares no distinctive word with the long one: every word
# they share is in three of the other side's sentences or more.
ACTS = (
    "Peter came down through the towns to see the saints, and all was well at Lydda.\n"
    "Peter went through all the towns and came down to the saints at Lydda. There he found a "
    "man named Aeneas, who had been in bed for eight years. Peter said to him, Aeneas, get up "
    "and make your bed.\n"
    "Later Peter came down through the towns to the saints of Joppa.\n"
    "All the saints at Lydda heard of it and came down to see.\n"
)
ACTS_YLT = (
    "Peter came down through the towns to see the saints, and all was well in Lydda.\n"
    "Peter, passing through all the towns, came down also to the saints dwelling at Lydda, and "
    "found there a man, Aeneas by name, eight years in bed, and Peter said to him, Aeneas, rise "
    "and make your bed.\n"
    "And Peter came down through all the towns to the saints at Joppa.\n"
    "And all the saints at Lydda heard it, and came down to see.\n"
)


def test_a_sentence_without_a_distinctive_word_joins_the_group_of_its_neighbours():
    # In a gap too large to score every pair of sentences (as with exact_max_cells=0), only
    # pairs sharing a word found in few of the gap's sentences are scored at first; the
    # neighbours of a pair that pairs up are scored too, so the group takes all three.
    for options in (CompareOptions(exact_max_cells=0), CompareOptions()):
        for result in (compared(ACTS, ACTS_YLT, options), compared(ACTS_YLT, ACTS, options)):
            row = result.rows[1]
            assert row.kind is RowKind.CHANGED
            matched = " ".join(
                result.left_text[op.left.start : op.left.end].strip()
                for op in row.ops
                if op.kind is OpKind.EQUAL
            )
            assert matched.startswith("Peter ")
            for phrase in ("through all the towns", "came down", "saints", "Aeneas", "bed"):
                assert phrase in matched


def test_a_tables_changed_cells_stand_beside_their_new_values_in_order() -> None:
    """A penalties table's row whose two figures changed (120,000 and 6,000 to 150,000 and
    7,500) showed "−120,000", "6,000 → 150,000", "+7,500": a daily penalty of 150,000 to a
    reader. Found by a tester comparing a bill's drafts."""

    def table(maximum: str, daily: str) -> str:
        cells = ["A", "Combustion plants 1-50 MW", "25,000", "1,500"]
        cells += ["B", "Combustion plants above 50 MW", maximum, daily]
        cells += ["C", "Waste incineration", "200,000", "10,000"]
        return "\n\n".join(cells) + "\n"

    result = compare(table("120,000", "6,000"), table("150,000", "7,500"))
    changed = [r for r in result.rows if r.kind != RowKind.EQUAL]
    assert [
        (side_text(result, r, "left").strip(), side_text(result, r, "right").strip())
        for r in changed
    ] == [
        ("120,000", "150,000"),
        ("6,000", "7,500"),
    ]
    # ... and they are figures changed (cells that no words pair were in no list)
    assert figures_said(result) == "120,000 → 150,000, 6,000 → 7,500"
    short = compare("Ends\n\nPhoto: AP\n", "Reuters\n\nStaff writer\n")  # (no figures: a review)
    assert [r.kind for r in short.rows] == [RowKind.DELETED, RowKind.CHANGED, RowKind.INSERTED]
    prose = "\n\n".join(["The mayor opened the new bridge on Monday.", "Crowds cheered."])
    other = "\n\n".join(["Rain fell all week in the north.", "Farmers were glad."])
    kinds = [r.kind for r in compare(prose, other).rows]  # (sentences: deleted, inserted)
    assert RowKind.DELETED in kinds or RowKind.INSERTED in kinds


# A revision researcher's walkthrough of a rewritten Wikipedia article (Hydrolysis): two
# unrelated sentences at one place, paired by the rewrite pass on "also" and "hydrolysis",
# read "[-in electrochemistry, … water-]." beside "{+strong acids also undergo
# hydrolysis+}.", one changed row sharing a full stop. (A lower rewrite threshold makes this
# short gap pair as the article's long one did.)
HYDROLYSIS = (
    "Hydrolysis is a reaction in which water breaks a chemical bond. {} "
    "The hydrolysis of salts gives acidic or basic solutions."
)
LENIENT = CompareOptions(rewrite_min_weighted_dice=0.05)


def test_a_pair_sharing_only_a_full_stop_and_a_frequent_word_is_deleted_and_inserted() -> None:
    left = HYDROLYSIS.format(
        "In electrochemistry, hydrolysis can also refer to the electrolysis of water."
    )
    right = HYDROLYSIS.format("Strong acids also undergo hydrolysis.")
    ops = [
        (op.kind, left[op.left.start : op.left.end], right[op.right.start : op.right.end])
        for row in compare(left, right, LENIENT).rows
        for op in row.ops
    ]
    assert (
        OpKind.DELETE,
        "In electrochemistry, hydrolysis can also refer to the electrolysis of water. ",
        "",
    ) in ops
    assert (OpKind.INSERT, "", "Strong acids also undergo hydrolysis. ") in ops
    assert not any(k is OpKind.REPLACE for k, _, _ in ops)


def test_a_rewording_that_keeps_its_words_out_of_order_stays_paired() -> None:
    """ "On Tuesday", "minister" and "said" are kept, in another order: the word diff shows
    the sentence replaced, but what it matches weighs enough for an edit."""
    left = (
        "Officials said the minister resigned on Tuesday after the vote. Parliament meets in May."
    )
    right = "On Tuesday the minister quit, officials said. Parliament meets in May."
    result = compare(left, right, LENIENT)
    assert kinds(result) == [RowKind.CHANGED]
    assert [op.kind for op in result.rows[0].ops] == [OpKind.REPLACE, OpKind.EQUAL]
