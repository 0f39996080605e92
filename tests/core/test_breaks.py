"""Paragraph breaks one side has and the other has not: a change of their own."""

import json
import re
import textwrap
from itertools import pairwise, permutations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.helpers import FIXTURES, SAMPLE, options_strategy, prose
from wirediff.cli import main
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.quoting import change_words
from wirediff.core.report.html import render_html
from wirediff.core.report.text import render_text
from wirediff.core.result import BREAK_KINDS, ChangeKind
from wirediff.core.review.anchors import Lost, anchor_of, find_change

ONE = (
    "Troops to stay\n\n"
    "The army said on Monday it would leave the city by spring. Officials agreed with the "
    "plan and said talks would go on. A spokesman declined to comment.\n\n"
    "The last paragraph is here and unchanged.\n"
)
TWO = ONE.replace("by spring. Officials", "by spring.\n\nOfficials")


def kinds(result):
    return [c.kind for c in result.changes]


def test_a_paragraph_split_in_two_is_a_change_where_the_break_is():
    result = compare(ONE, TWO)
    (change,) = result.changes
    assert change.kind is ChangeKind.SPLIT
    assert change.left.start == change.left.end == ONE.index("Officials")
    assert change.right.start == change.right.end == TWO.index("Officials")
    row = result.rows[change.row]
    assert row.left.end == change.left.start and row.right.end == change.right.start
    assert result.stats.similarity == 1.0  # the words are all the same


def test_two_paragraphs_run_into_one_is_a_join_and_the_mirror_of_a_split():
    result = compare(TWO, ONE)
    assert kinds(result) == [ChangeKind.JOIN]
    assert result.changes[0].left.start == TWO.index("Officials")


def test_a_split_inside_a_reworded_paragraph_comes_after_the_rows_own_changes():
    right = TWO.replace("would leave", "will leave").replace("agreed with", "backed")
    result = compare(ONE, right)
    assert kinds(result) == [ChangeKind.REPLACE, ChangeKind.SPLIT, ChangeKind.REPLACE]


def test_ignore_paragraphs_takes_no_notice_of_them():
    assert compare(ONE, TWO, CompareOptions(ignore_paragraphs=True)).changes == ()


def test_a_sentence_added_as_a_paragraph_of_its_own_is_an_insertion_only():
    right = ONE.replace("\n\nThe last", "\n\nA new paragraph came in here today.\n\nThe last")
    assert kinds(compare(ONE, right)) == [ChangeKind.INSERT]


def test_a_hard_wrapped_text_rewrapped_has_no_paragraph_change():
    words = "the army said it would leave the city by spring and talks would go on".split()
    lines = [" ".join(words[i : i + 6]) for i in range(0, len(words), 6)]
    para = "\n".join(lines) + "."
    left = "\n\n".join(para.replace("the army", f"part {k} the army") for k in range(5))
    right = "\n\n".join(
        " ".join(para.split()).replace("the army", f"part {k} the army") for k in range(5)
    )
    assert not any(c.kind in BREAK_KINDS for c in compare(left, right).changes)


def test_a_moved_paragraph_is_a_move_not_a_break():
    paras = [f"Paragraph {k} says something new about the talks in town {k}." for k in range(6)]
    moved = paras[1:4] + paras[:1] + paras[4:]
    result = compare("\n\n".join(paras), "\n\n".join(moved))
    assert not any(c.kind in BREAK_KINDS for c in result.changes)


@settings(max_examples=150, deadline=None)
@given(prose, st.data(), options_strategy)
def test_breaks_keep_the_changes_in_order_and_mirror(text, data, options):
    # Paragraph breaks added and taken away at random sentence ends.
    cuts = [i + 2 for i, ch in enumerate(text) if ch == "." and text[i + 1 : i + 2] == " "]
    chosen = data.draw(st.sets(st.sampled_from(cuts)) if cuts else st.just(set()))
    other = "".join("\n" if i in chosen else ch for i, ch in enumerate(text.replace("\n", " ")))
    result = compare(text, other, options)
    for a, b in pairwise(result.changes):
        assert a.left.start <= b.left.start and a.right.start <= b.right.start
    back = compare(other, text, options)
    swap = {ChangeKind.SPLIT: ChangeKind.JOIN, ChangeKind.JOIN: ChangeKind.SPLIT}
    swap |= {ChangeKind.INSERT: ChangeKind.DELETE, ChangeKind.DELETE: ChangeKind.INSERT}
    assert kinds(back) == [swap.get(k, k) for k in kinds(result)]
    if options.ignore_paragraphs:
        assert not any(k in BREAK_KINDS for k in kinds(result))


def test_the_reports_end_the_breaking_row_in_a_pilcrow_and_count_it():
    text = render_text(compare(TWO, ONE), "two", "one", width=200)
    assert "paragraphs: 1 joined" in text
    marked = [line for line in text.splitlines() if "[-¶-]" in line]
    assert len(marked) == 1 and marked[0].split("│")[0].rstrip().endswith("by spring. [-¶-]")
    assert marked[0].startswith("¶ ")  # the gutter: equal words, not an equal row
    page = render_html(compare(ONE, TWO), "one", "two")
    assert page.count("<ins>¶</ins>") == 1 and "paragraphs: 1 split" in page
    assert re.search(r'<td class="g" title="equal">¶<small>\d+</small></td>', page)


def test_the_command_line_ignores_paragraph_breaks_when_asked(tmp_path, capsys):
    (tmp_path / "one.txt").write_text(ONE, encoding="utf-8")
    (tmp_path / "two.txt").write_text(TWO, encoding="utf-8")
    paths = [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]
    assert main(["compare", *paths, "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [c["kind"] for c in data["changes"]] == ["split"]
    assert (data["stats"]["paragraphs_split"], data["stats"]["paragraphs_joined"]) == (1, 0)
    assert main(["compare", *paths, "--format", "json", "--ignore-paragraphs"]) == 0
    assert json.loads(capsys.readouterr().out)["changes"] == []


def test_no_break_is_told_between_a_text_cut_in_blocks_and_one_cut_in_lines():
    """Identical hard-wrapped text, one version with a long URL line (so taken line by line):
    six false splits, one at each sentence that ended a line (found by a review)."""
    blocks = [
        "The army said on Monday it would leave.\nTalks with local leaders would go on.\n"
        "The winter months are ahead of them all.",
        "Officials agreed with the plan today.\nThe first units would move out in March.\n"
        "That is weeks earlier than expected.",
        "A spokesman declined to comment on it.\nThe report was first carried by a paper.\n"
        "Residents said they had seen convoys.",
    ]
    left = "\n\n".join(blocks) + "\n"
    url = "https://example.com/news/2024/03/army-leaves-the-city-by-spring-officials-agree.html"
    right = left + f"\nMore at {url}\n"
    assert kinds(compare(left, right)) == [ChangeKind.INSERT]
    short = "\n\n".join(blocks[:2]) + "\n"  # 6 lines: taken line by line too
    assert not any(k in BREAK_KINDS for k in kinds(compare(short, left)))


def test_a_break_is_quoted_from_each_sides_own_text():
    """Both quotes were made from the side that breaks: the base was quoted saying words
    only the other version has (found by a review)."""
    right = TWO.replace("spring.\n\nOfficials", "spring.\n\nMinisters")
    result = compare(ONE, right)
    split = next(i for i, c in enumerate(result.changes) if c.kind is ChangeKind.SPLIT)
    old, new = change_words(result, split)
    assert old == "city by spring. Officials agreed with"
    assert new == "city by spring. ¶ Ministers agreed with"
    anchor = anchor_of(result, split)
    assert anchor.words() == (old, new)
    assert anchor.swapped().words() == (
        "city by spring. ¶ Ministers agreed with",
        "city by spring. Officials agreed with",
    )


def test_a_quote_in_a_script_without_spaces_is_short_and_adds_no_space():
    left = (
        "美国和伊拉克预计将正式宣布华盛顿在伊拉克的作战任务结束。官员们表示，美军将转为顾问角色。\n"
    )
    right = left.replace("结束。官员", "结束。\n\n官员")
    old, new = change_words(compare(left, right), 0)
    assert "结束。官员" in old and " " not in old and len(old) <= 60
    assert "结束。 ¶ 官员" in new


def test_a_flag_on_a_break_is_found_only_as_a_break():
    """With breaks ignored, a flag on a split moved onto the word change beside it; with
    the text gone it was said to be there but no change."""
    right = TWO.replace("spring.\n\nOfficials", "spring.\n\nMinisters")
    anchor = anchor_of(compare(ONE, right), 0)
    assert anchor.kind == "split"
    assert find_change(compare(ONE, right), anchor) == 0
    ignored = compare(ONE, right, CompareOptions(ignore_paragraphs=True))
    assert find_change(ignored, anchor) is Lost.NOT_A_CHANGE
    other = compare("Totally different words here.\n", "Nothing in common at all.\n")
    assert find_change(other, anchor) is Lost.TEXT_GONE


def test_a_break_inside_a_sentence_is_found_where_it_is():
    """A paragraph cut mid-sentence, a dateline on a line of its own, a break after an
    abbreviation: the sentence group held the break inside one row, never looked at (still
    "100%, no changes")."""
    cases = [
        ("The army said on Monday that\n\nit would leave the city by spring.\n", "it would"),
        ("LAHORE:\n\nThe army said on Monday it would leave. Officials agreed.\n", "The army"),
        ("It would go. Officials met Gen.\n\nSmith in the city by spring.\n", "Smith in"),
    ]
    for broken, after in cases:
        run_on = broken.replace("\n\n", " ", 1)
        (change,) = compare(run_on, broken).changes
        assert change.kind is ChangeKind.SPLIT
        assert change.left.start == run_on.index(after) and change.right.start == broken.index(
            after
        )
        (join,) = compare(broken, run_on).changes
        assert join.kind is ChangeKind.JOIN and join.left.start == broken.index(after)
        quote = change_words(compare(run_on, broken), 0)[1]
        assert f"¶ {after}" in quote


def test_a_break_between_sentences_written_anew_is_no_change_beside_a_kept_one_it_is():
    """Two newsrooms' reports (the sample's 002-004 against the wire story) had "splits"
    between unrelated sentences; a reviser's new sentence ending a paragraph cut in two is a
    split all the same."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(SAMPLE.glob("*.txt"))]
    for a, b in permutations(texts, 2):
        assert not any(k in BREAK_KINDS for k in kinds(compare(a, b)))
    right = ONE.replace(
        "by spring. Officials agreed",
        "by spring. Nobody in the region had expected such a quick decision.\n\nOfficials agreed",
    )
    assert kinds(compare(ONE, right)) == [ChangeKind.INSERT, ChangeKind.SPLIT]


def test_hard_wrapped_text_with_no_blank_lines_tells_no_breaks():
    """Hard-wrapped at 72 columns with paragraphs one after the other (wire copy): every line
    is taken as a paragraph, and every paragraph break of the other version was a join."""
    words = (
        "The council approved the budget after a long debate on Monday night and the mayor "
        "said the vote showed that the city could still agree on what mattered most to people"
    ).split()
    paras = [" ".join(words[k:] + words[:k]) + "." for k in range(0, 40, 4)]
    one_line_each = "\n\n".join(paras) + "\n"
    wrapped = "\n".join(textwrap.fill(p, 72) for p in paras) + "\n"
    assert not any(k in BREAK_KINDS for k in kinds(compare(one_line_each, wrapped)))


def test_short_lines_without_stops_leave_the_breaks_told():
    """A list of links under the article (lines with no stop) took the text for one
    hard-wrapped with no blank lines: its split was no change."""
    paras = [
        f"Paragraph {k} says the council met on Monday and agreed the plan for district {k}."
        for k in range(8)
    ]
    one = "\n\n".join(paras)
    two = one.replace(
        "Monday and agreed the plan for district 3.",
        "Monday\n\nand agreed the plan for district 3.",
    )
    links = "\n\n".join(f"Related: Council budget story number {k}" for k in range(10))
    assert kinds(compare(one + "\n\n" + links, two + "\n\n" + links)) == [ChangeKind.SPLIT]


def test_a_break_beside_an_edited_word_is_told_before_it():
    """A paragraph cut just before a word that was changed too was no change at all (only
    breaks between two matched words were looked for)."""
    left = (
        "Intro here today.\n\nThe army said on Monday that it would leave the city by spring, "
        "officials said. More text follows here.\n\nEnd."
    )
    right = left.replace("that it would", "that\n\nthey would")
    assert kinds(compare(left, right)) == [ChangeKind.SPLIT, ChangeKind.REPLACE]
    assert kinds(compare(right, left)) == [ChangeKind.JOIN, ChangeKind.REPLACE]
    split = compare(left, right).changes[0]
    assert (split.left.start, split.right.start) == (left.index("it would"), right.index("they"))


def test_no_break_is_told_beside_words_only_one_side_has():
    """A headline that gained words at its end was a join: its break, after the words added,
    was taken to stand before them (from a night editor's walkthrough)."""
    folder = FIXTURES / "budget-recut"
    left, right = ((folder / name).read_text(encoding="utf-8") for name in ("wire.txt", "site.txt"))
    found = kinds(compare(left, right))
    assert ChangeKind.JOIN not in found and found.count(ChangeKind.SPLIT) == 1


def test_long_paragraphs_with_a_list_of_links_under_them_keep_their_breaks():
    """Paragraphs longer than a wrapped line, and ten short links: the links alone looked
    like a text hard-wrapped with no blank lines, and every break was switched off."""
    paras = [
        f"Paragraph {k} says the council met on Monday and agreed the plan for district {k}, "
        "after a long debate in which members of all parties spoke for and against it."
        for k in range(8)
    ]
    one = "\n\n".join(paras)
    two = one.replace(
        "Monday and agreed the plan for district 3,",
        "Monday\n\nand agreed the plan for district 3,",
    )
    links = "\n\n".join(f"Related: Council budget story number {k}" for k in range(10))
    assert kinds(compare(one + "\n\n" + links, two + "\n\n" + links)) == [ChangeKind.SPLIT]


def test_no_break_is_told_between_a_shared_quote_and_sentences_written_apart():
    """Two newsrooms quoting one minister: a join between the quote and what each wrote
    after it (a matched sentence on one side was enough)."""
    quote = (
        '"We will not accept any cuts to the rail budget," the transport minister told reporters.'
    )
    left = (
        "Rail budget row\n\nThe Greens threatened on Friday to leave the coalition. "
        f"Party leaders met late into the night in Berlin. {quote}\n\n"
        "The government has until Monday to decide on the plan.\n\nEnd of text here."
    )
    right = (
        "Minister rejects cuts\n\nGermany's transport ministry faced pressure this week.\n\n"
        f"{quote} Activists staged a protest outside the ministry building.\n\n"
        "A decision is expected next week according to sources.\n\nEnd of text here."
    )
    assert not any(k in BREAK_KINDS for k in kinds(compare(left, right)))


def test_a_break_among_replaced_words_is_not_told_at_their_edge():
    """The wire's dateline put on a line of its own, the site's break among words it
    reworded: a join was told where the replaced words began, the site's break (inside the
    change) not at all."""
    wire = (FIXTURES / "budget-recut" / "wire.txt").read_text(encoding="utf-8")
    left = wire.replace("(AFP) - Germany's", "(AFP) -\n\nGermany's")
    right = wire.replace(
        "(AFP) - Germany's governing coalition reached a deal",
        "(AFP) - a ruling ruling governing coalition\n\nreached late spokesman minister deal",
    )
    assert not any(k in BREAK_KINDS for k in kinds(compare(left, right)))


STANZAS = [
    [
        "The evening falls upon the quiet hill,",
        "And every bird has hushed its evening song;",
        "The shepherd leads his flock beside the rill,",
        "Where willows bend and grasses wave along.",
    ],
    [
        "The stars come out above the sleeping town,",
        "The watchman calls the hour from the tower;",
        "The miller's wheel is still, the sails are down,",
        "And dew is gathered in the closing flower.",
    ],
    [
        "So let us rest until the morning light,",
        "When larks will rise and sing above the corn,",
        "And all the fears that gathered in the night",
        "Are scattered by the coming of the morn.",
    ],
]


def _poem(stanzas: list[list[str]]) -> str:
    return "\n\n".join("\n".join(lines) for lines in stanzas) + "\n"


def test_a_stanza_split_in_two_or_two_run_into_one_is_a_change():
    """A poem is read line by line, each line a row; a stanza split in two (a blank line
    put between two of its lines) was no change at all, and two stanzas run into one
    neither. Found by a literary scholar."""
    from tests.core.helpers import check_invariants

    poem = _poem(STANZAS)
    split = _poem([STANZAS[0], STANZAS[1][:2], STANZAS[1][2:], STANZAS[2]])
    result = compare(poem, split)
    check_invariants(result)
    assert kinds(result) == [ChangeKind.SPLIT]
    assert change_words(result, 0) == (
        "from the tower; The miller's wheel",
        "from the tower; ¶ The miller's wheel",
    )
    assert kinds(compare(split, poem)) == [ChangeKind.JOIN]
    run_on = _poem([STANZAS[0] + STANZAS[1], STANZAS[2]])
    assert kinds(compare(poem, run_on)) == [ChangeKind.JOIN]
    assert kinds(compare(poem, run_on, CompareOptions(ignore_paragraphs=True))) == []
    assert kinds(compare(poem, poem)) == []


def test_blank_lines_between_every_paragraph_on_one_side_only_are_no_stanzas():
    """Paragraphs a line each on one side and a blank line apart on the other are one
    text's layout, not stanzas: no change."""
    lines = [line for stanza in STANZAS for line in stanza]
    assert kinds(compare("\n".join(lines) + "\n", "\n\n".join(lines) + "\n")) == []


def test_an_articles_blank_line_put_in_is_no_stanza_split():
    """Paragraphs of prose a line each, a blank line between some: a revision that put in
    a blank line is no split (a stanza is a group of short lines)."""
    paragraphs = [
        f"The council met on day {i} and discussed the budget for the roads, the schools "
        f"and the libraries of the town at length before it adjourned."
        for i in range(6)
    ]
    before = "\n".join(paragraphs[:3]) + "\n\n" + "\n".join(paragraphs[3:]) + "\n"
    after = before.replace(paragraphs[0] + "\n", paragraphs[0] + "\n\n", 1)
    assert kinds(compare(before, after)) == []
