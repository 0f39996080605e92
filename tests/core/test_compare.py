"""``compare``: lossless on any input, symmetric, cancellable, and linear on ordinary text."""

import cProfile
import json
import pstats
import random
import textwrap

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.helpers import (
    OPTION_SETS,
    SAMPLE_TEXTS,
    P,
    all_renderers,
    assert_all_equal,
    check_invariants,
    lines,
    mirrored,
    options_strategy,
    plain,
    prose,
)
from wirediff.core.compare import Cancelled, compare
from wirediff.core.report.jsonout import rebuild_from_data, to_json
from wirediff.core.result import ChangeKind, Comparison, RowKind


@settings(max_examples=300, deadline=None)
@given(st.text(), st.text(), options_strategy)
def test_random_unicode_rebuilds_exactly(left, right, options):
    result = compare(left, right, options)
    check_invariants(result)
    data = json.loads(to_json(result))
    assert rebuild_from_data(data, "left") == left
    assert rebuild_from_data(data, "right") == right


@settings(max_examples=300, deadline=None)
@given(prose, prose, options_strategy)
def test_random_prose_rebuilds_exactly(left, right, options):
    check_invariants(compare(left, right, options))


def edit(text: str, rng: random.Random) -> str:
    """Realistic edits: substitute, delete and insert words; drop and move sentences."""
    paragraphs = [p for p in text.split("\n") if p.strip()]
    for _ in range(rng.randint(1, 4)):
        k = rng.randrange(len(paragraphs))
        words = paragraphs[k].split(" ")
        action = rng.choice(["sub", "del", "ins", "drop", "move"])
        i = rng.randrange(len(words))
        if action == "sub":
            words[i] = rng.choice(["ISIS", "Daesh", "the", ",", "troops", "officials"])
        elif action == "del":
            del words[i]
        elif action == "ins":
            words.insert(i, rng.choice(["reportedly", "the", "Reuters", "(AP)"]))
        paragraphs[k] = " ".join(words)
        if action == "drop" and len(paragraphs) > 1:
            del paragraphs[k]
        elif action == "move":
            paragraphs.append(paragraphs.pop(k))
    return "\n\n".join(paragraphs) + "\n"


@settings(max_examples=60, deadline=None)
@given(st.sampled_from(range(len(SAMPLE_TEXTS))), st.integers(0, 2**32 - 1), options_strategy)
def test_edited_sample_articles_rebuild_exactly(which, seed, options):
    original = SAMPLE_TEXTS[which]
    edited = edit(original, random.Random(seed))
    result = compare(original, edited, options)
    check_invariants(result)
    data = json.loads(to_json(result))
    assert rebuild_from_data(data, "left") == original
    assert rebuild_from_data(data, "right") == edited


def test_seeded_edits_of_the_samples_with_all_option_sets():
    rng = random.Random(20261121)
    for text in SAMPLE_TEXTS:
        paragraphs = [p for p in text.split("\n") if p.strip()]
        rng.shuffle(paragraphs)
        edited = "\n".join(paragraphs[: max(1, len(paragraphs) - 2)]) + "\n"
        for options in OPTION_SETS:
            result = compare(text, edited, options)
            check_invariants(result)
            all_renderers(result)


def test_all_sample_pairs_compare():
    for i, left in enumerate(SAMPLE_TEXTS):
        for right in SAMPLE_TEXTS[i + 1 :]:
            check_invariants(compare(left, right))


# Inputs the engine gets as str from readers that may not have cleaned them.
ODD_TEXTS = {
    "lone CR": ("One two.\rThree four.\r", "One two.\rThree five.\r"),
    "line/paragraph separators": ("one two\u2028three four\u2029five", "one two\u2029five"),
    "vertical tab and form feed": ("one\x0btwo\x0cthree four", "one\x0ctwo three four\x0b"),
    "NUL": ("a\x00b c\x00", "a\x00b d\x00"),
    "lone surrogates": ("ab \ud800 cd", "ab \udfff cd\ud800"),
    "combining mark first": ("\u0301abc def.", "\u0301abd def."),
    "only combining marks": ("\u0301\u0302", "\u0301"),
    "RTL with LRM/RLM": ("\u200fقال المسؤول\u200e إن\u200f.", "\u200fقال المسؤول إن."),
    "whitespace only": ("   \t  ", "  \n \t"),
    "blank lines only": ("\n\n\n", "\n \n"),
    "punctuation only": ("!!! ... ,,, ;;", "?? .. ,"),
    "odd spaces only": ("\u00a0\u00a0", "\u3000"),
    "Arabic tatweel and harakat": ("قـــال مُحَمَّد.", "قال مُحَمَّد!"),
    "tatweel alone": ("ـــ قال.", "ـ قال."),
    "Urdu": ("وزیر اعظم نے کہا۔ دوسرا جملہ۔", "وزیر اعظم نے کہا۔تیسرا جملہ۔"),
    "Hindi": ("प्रधानमंत्री ने कहा। बैठक हुई।", "प्रधानमंत्री ने कहा।बैठक नहीं हुई।"),
    "Thai": ("นายกรัฐมนตรีกล่าวว่า การประชุมจะเริ่ม", "นายกรัฐมนตรีกล่าวว่า การประชุมจะเลื่อน"),
    "CJK": (
        "東京都は今日、新しい予算を発表した。明日は雨。",
        "東京都は昨日、新しい予算を発表した。",
    ),
    "emoji sequences": ("go 👍🏽 now 👨‍👩‍👧 🇺🇸 1️⃣ #️⃣!", "go 👍🏿 now 👨‍👩‍👦 🇮🇶 2️⃣ *️⃣!"),
}


@pytest.mark.parametrize("options", OPTION_SETS, ids=lambda o: repr(o)[15:60])
@pytest.mark.parametrize("name", list(ODD_TEXTS))
def test_odd_input_keeps_every_invariant(name, options):
    left, right = ODD_TEXTS[name]
    for a, b in ((left, right), (right, left)):
        result = compare(a, b, options)
        check_invariants(result)
        all_renderers(result)
    for text in (left, right):
        assert_all_equal(compare(text, text, options))


@settings(max_examples=200, deadline=None)
@given(st.text() | prose, options_strategy)
def test_a_text_against_itself_is_all_equal(text, options):
    assert_all_equal(compare(text, text, options))


def test_identical_texts_are_all_equal():
    assert_all_equal(compare(SAMPLE_TEXTS[0], SAMPLE_TEXTS[0]))


def test_empty_and_blank_texts():
    for left, right in [("", ""), ("", "a"), ("a", ""), ("  \n", "b"), ("\n", "\n\n")]:
        check_invariants(compare(left, right))
    assert compare("", "x y z").stats.words_added == 3


def test_rewrapped_text_compares_equal():
    paragraphs = [p for p in SAMPLE_TEXTS[0].split("\n") if len(p) > 150]
    left = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs) + "\n"
    right = "\n\n".join(textwrap.fill(p, 76) for p in paragraphs) + "\n"
    result = compare(left, right)
    check_invariants(result)
    assert len(result.rows) == len(paragraphs)
    assert {row.kind for row in result.rows} == {RowKind.EQUAL}


# --- symmetry (cause 6 of issue 10: rows depended on the direction) ---------------------------


def assert_mirror(ab: Comparison, ba: Comparison) -> None:
    assert [mirrored(row) for row in ab.rows] == [plain(row) for row in ba.rows]
    swapped = {ChangeKind.DELETE: ChangeKind.INSERT, ChangeKind.INSERT: ChangeKind.DELETE}
    swapped |= {ChangeKind.SPLIT: ChangeKind.JOIN, ChangeKind.JOIN: ChangeKind.SPLIT}
    assert [(swapped.get(c.kind, c.kind), c.row, c.right, c.left) for c in ab.changes] == [
        (c.kind, c.row, c.left, c.right) for c in ba.changes
    ]
    s, t = ab.stats, ba.stats
    assert (s.left_words, s.right_words) == (t.right_words, t.left_words)
    assert (s.words_added, s.words_deleted) == (t.words_deleted, t.words_added)
    assert (s.words_changed, s.words_changed_right) == (t.words_changed_right, t.words_changed)
    assert (s.matched_words, s.matched_words_right) == (t.matched_words_right, t.matched_words)
    assert (s.similarity, s.units_moved) == (t.similarity, t.units_moved)


@settings(max_examples=200, deadline=None)
@given(prose, prose, options_strategy)
def test_the_other_way_round_is_the_mirror_image(left, right, options):
    assert_mirror(compare(left, right, options), compare(right, left, options))


def test_edited_samples_mirror_both_ways():
    rng = random.Random(10)
    for text in SAMPLE_TEXTS:
        edited = edit(text, rng)
        assert_mirror(compare(text, edited), compare(edited, text))


def test_a_deletion_shown_the_other_way_is_an_insertion():
    ab = compare(lines(*P), lines(P[0], P[1], P[3], P[4]))
    ba = compare(lines(P[0], P[1], P[3], P[4]), lines(*P))
    assert [r.kind for r in ab.rows].count(RowKind.DELETED) == 1
    assert [r.kind for r in ba.rows].count(RowKind.INSERTED) == 1
    assert_mirror(ab, ba)


# --- cancelling ------------------------------------------------------------------------------


def test_cancel_stops_a_comparison():
    with pytest.raises(Cancelled):
        compare(lines(*P), lines(*reversed(P)), should_cancel=lambda: True)


def test_cancel_is_asked_inside_long_work():
    asked = []

    def later() -> bool:
        asked.append(1)
        return len(asked) > 5

    long_left = "\n".join(f"{p} Item {i}." for i in range(60) for p in P) + "\n"
    long_right = "\n".join(f"{p} Entry {i}." for i in range(60) for p in reversed(P)) + "\n"
    with pytest.raises(Cancelled):
        compare(long_left, long_right, should_cancel=later)
    assert len(asked) == 6


def test_a_comparison_never_cancelled_is_complete():
    result = compare(lines(*P), lines(*P[1:]), should_cancel=lambda: False)
    assert result == compare(lines(*P), lines(*P[1:]))


# --- work ------------------------------------------------------------------------------------


def _python_calls(left: str, right: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    compare(left, right)
    profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def test_work_grows_linearly_on_ordinary_text():
    def text(n: int, mark: str) -> str:
        return " ".join(f"Sentence {i} about topic {i * 7 % 13}{mark}" for i in range(n))

    small = _python_calls(text(150, "."), text(150, "!"))
    large = _python_calls(text(300, "."), text(300, "!"))
    assert large / small < 3


def test_work_grows_linearly_on_repeated_sentences():
    def repeated(n: int) -> tuple[str, str]:
        left = " ".join("Yes." for _ in range(n)) + "\n"
        right = " ".join("No." if i % 7 == 0 else "Yes." for i in range(n)) + "\n"
        return left, right

    small = _python_calls(*repeated(150))
    large = _python_calls(*repeated(300))
    assert large / small < 3


def test_work_grows_linearly_on_sentences_without_words():
    """Sentences of a stop alone share one row: its kinds were gathered again at each of
    them (16,000 took 100 s)."""
    small = _python_calls(". " * 500, "! " * 500)
    large = _python_calls(". " * 1000, "! " * 1000)
    assert large / small < 3


def test_a_long_run_of_stops_is_split_in_one_pass():
    """Each sentence pattern starts at a run's first stop: tried from every stop of a run
    with no space after it, 16,000 dots took 5 s, and these 400,000 would take an hour."""
    from wirediff.core.segments import sentence_starts

    n = 400_000
    assert sentence_starts("." * n) == sentence_starts("x" + "!?" * (n // 2)) == []
    assert sentence_starts("۔" * n + ".") == []
    assert sentence_starts("。" * n) == [n - 1]  # as of any length: the last stop stands alone
    assert compare("." * n, "x").stats.words_added == 1


@pytest.mark.parametrize("lines", [10, 20, 60])
def test_a_list_with_one_word_changed_in_every_line_pairs_its_lines(lines: int) -> None:
    """Twenty lines that share every word but the first, which changed in every one: each
    shared word is in every line and weighed nothing, none was distinctive, and every line
    was deleted and inserted, "0% similar" (ten lines paired: a small gap weighs every
    word). A table, a list of results, a refrain."""
    left = "".join("Word1 lorem ipsum dolor sit amet.\n" for _ in range(lines))
    right = left.replace("Word1", "Word2")
    result = compare(left, right)
    assert result.stats.similarity == pytest.approx(5 / 6, abs=0.01)
    assert all(row.left is not None and row.right is not None for row in result.rows)


_STANZAS = [
    "Upon the shore where grey waves break,\nThe keeper trims his silent light;\n"
    "He watches, for the sailors' sake,\nThe long and salt-encumbered night.",
    "No star is bright as that he tends,\nNo colour half so warm and true;\n"
    "It burns until the darkness ends,\nAnd fades into the morning blue.",
    "He never asks the ships their names,\nNor whence they sail, nor where they go;\n"
    "He feeds the oil, he guards the flames,\nBe-\ncause the sea will have it so.",
    "In winter, when the tempests rave,\nAnd ice lies thick upon the stair,\n"
    "He climbs, a lamp against the wave,\nAnd sets his honour burning there.",
    "His daughter brings him bread at noon,\nHis son is sleeping in the sand;\n"
    "He speaks at evening to the moon\nAs to a friend who understands.",
    "The harbour-master, proud and old,\nOnce offered him a better post;\n"
    'He answered, "I would not be sold\nFor all the silver of the coast."',
]


def test_a_witness_with_one_stanza_re_lined_is_compared_line_by_line_as_the_other() -> None:
    """A poem's lines sit in stanzas of nearly full lines, once taken as hard-wrapped (cut
    in stanzas) while a witness whose first stanza was re-broken (one long line) was cut in
    lines: its unchanged first line was shown deleted and inserted, and a stanza moved in a
    witness that joined two lines elsewhere broke into added and cut lines. Both are a
    poem's lines now (``segments._verse_lines``): the line re-broken is told, as paragraph
    breaks are, no word added or cut; the stanza moved is its four lines moved."""
    title = "THE LANTERN-KEEPER\nAn Ode in Six Stanzas"
    old = "\n\n".join([title, *_STANZAS]) + "\n"
    first = _STANZAS[0].split("\n")
    keeper, light = first[1].split(" silent ")
    relined = "\n".join([first[0], keeper, " ".join(["silent " + light, *first[2:]])])
    new = "\n\n".join([title, relined, *_STANZAS[1:]]) + "\n"
    result = compare(old, new)
    assert (result.stats.words_added, result.stats.words_deleted) == (0, 0)
    assert all(row.kind is not RowKind.INSERTED for row in result.rows)
    assert [c.kind for c in result.changes] == [ChangeKind.SPLIT, ChangeKind.JOIN, ChangeKind.JOIN]
    moved = [*_STANZAS[:3], _STANZAS[4], _STANZAS[3], _STANZAS[5]]
    swapped = compare(old, "\n\n".join([title, relined, *moved[1:]]) + "\n")
    assert (swapped.stats.words_added, swapped.stats.words_deleted) == (0, 0)
    assert swapped.stats.units_moved == 4
    assert swapped.stats.passages_moved == 1  # (one stanza: "4 moved in 1 passage")


def test_verse_is_told_from_hard_wrapped_prose() -> None:
    """A poem's stanzas of lines 25 to 54 characters long were taken as hard-wrapped prose:
    each stanza one run-on paragraph, a line split in two or two lines joined no change. A
    wrap breaks a line where the next word would not fit; a poet breaks it anywhere, most
    lines starting with a capital. Prose wrapped at 70 and at 40 stays hard-wrapped (free
    verse of lines of one length, in lower case, cannot be told from it)."""
    from wirediff.core.segments import hard_wrapped

    gray = (
        "The curfew tolls the knell of parting day,\nThe lowing herd wind slowly o'er the "
        "lea,\nThe plowman homeward plods his weary way,\nAnd leaves the world to darkness "
        "and to me.\n\nNow fades the glimm'ring landscape on the sight,\nAnd all the air a "
        "solemn stillness holds,\nSave where the beetle wheels his droning flight,\nAnd "
        "drowsy tinklings lull the distant folds;\n\nSave that from yonder ivy-mantled "
        "tow'r\nThe moping owl does to the moon complain\nOf such, as wand'ring near her "
        "secret bow'r,\nMolest her ancient solitary reign.\n"
    )
    free = "\n\n".join(
        "\n".join(stanza)
        for stanza in [
            ["the river does not hurry", "it keeps", "its own counsel under the old bridge"],
            ["where the boys throw stones", "at nothing at all", "and the light goes on"],
            ["folding itself", "into the reeds the way my mother", "folded letters"],
        ]
    )
    prose = [
        f"The council met on day {p} and said that the plan for the library would go ahead "
        "after a long debate in which members of every party spoke, some for it and some "
        "against it, until the mayor called a vote at last."
        for p in range(6)
    ]
    old = "\n\n".join([*_STANZAS]) + "\n"
    assert not any(hard_wrapped(poem) for poem in (gray, free, old))
    for width in (40, 70):
        assert hard_wrapped("\n\n".join(textwrap.fill(p, width) for p in prose))
    # One long line (a URL, a signature) is no wrap's width: prose at 72 under a line of 95
    # was read as verse, a rewrap at 60 then 43 changes (a review).
    url = "See https://example.org/council/minutes/2026/library-plan-final-vote-record.html today"
    wrapped = "\n\n".join([url, *(textwrap.fill(p, 72) for p in prose)])
    assert len(url) > 80 and hard_wrapped(wrapped)
    rewrapped = "\n\n".join([url, *(textwrap.fill(p, 60) for p in prose)])
    assert compare(wrapped, rewrapped).changes == ()
    joined = gray.replace("day,\nThe lowing", "day, The lowing")
    assert [c.kind for c in compare(gray, joined).changes] == [ChangeKind.JOIN]


def test_a_witness_printed_without_blank_lines_is_compared_line_by_line() -> None:
    """A poem's witness without its stanza breaks, and prose wrapped with no blank line
    between its paragraphs, against the same text cut in blocks: a stanza of five lines
    against its lines showed an unchanged line deleted and inserted, and the same prose
    was 67% alike (a re-check)."""
    title = "THE LANTERN-KEEPER\nAn Ode in Six Stanzas"
    poem = "\n\n".join([title, *_STANZAS]) + "\n"
    unbroken = "\n".join(line for line in poem.split("\n") if line) + "\n"
    assert compare(poem, unbroken).changes == ()
    paragraphs = [
        f"The council met on day {p} and said that the plan for the library would go ahead "
        "after a long debate in which members of every party spoke, some for it and some "
        "against it, until the mayor called a vote at last."
        for p in range(8)
    ]
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in paragraphs) + "\n"
    edited = [
        p.replace("long debate", "short debate") if i == 3 else p for i, p in enumerate(paragraphs)
    ]
    result = compare(wrapped, "\n".join(textwrap.fill(p, 60) for p in edited) + "\n")
    assert result.stats.words_changed == 1 and len(result.changes) == 1


def test_prose_unwrapped_without_blank_lines_stays_cut_in_lines() -> None:
    """The other way round, a text hard-wrapped in blank-line blocks against the same
    prose one paragraph a line with no blank line between: the latter's one block is no
    paragraph of the former's."""
    paragraphs = [" ".join(f"word{p}x{w}" for w in range(40)) + "." for p in range(6)]
    wrapped = "\n\n".join(textwrap.fill(p, 60) for p in paragraphs) + "\n"
    result = compare(wrapped, "\n".join(paragraphs) + "\n")
    assert result.changes == ()


def test_prose_one_paragraph_a_line_in_sections_stays_cut_in_lines() -> None:
    """Hard-wrapped prose against the same prose one paragraph a line, a blank line only
    between sections: cut in its sections, each paragraph break in one was a join (found
    by a review)."""
    paragraphs = [
        f"Paragraph {p} says what the council decided on the budget for the coming year, "
        f"and what the members said of it after a long debate ({p})."
        for p in range(6)
    ]
    wrapped = "\n\n".join(textwrap.fill(p, 70) for p in paragraphs) + "\n"
    sections = "\n\n".join("\n".join(paragraphs[i : i + 2]) for i in (0, 2, 4)) + "\n"
    assert compare(wrapped, sections).changes == ()


def test_ignore_fillers_leaves_spoken_fillers_and_their_commas_out() -> None:
    """An interview's corrected transcript removed 121 fillers, a third of its 367 changes,
    the real corrections (forty → fourteen) among them (a broadcast editor's walkthrough)."""
    from wirediff.core.options import CompareOptions

    asr = "SPEAKER 1: So, um, the reservoir was, uh, at forty per cent in August. Erm, yes."
    fixed = "SPEAKER 1: So the reservoir was at fourteen per cent in August. Yes."
    plain = compare(asr, fixed)
    assert len(plain.changes) > 1
    ignored = compare(asr, fixed, CompareOptions(ignore_fillers=True))
    said = [asr[c.left.start : c.left.end] for c in ignored.changes]
    assert said == ["forty", "yes"]  # (its case left: "Erm, yes" → "Yes")
    # a written text's words are no fillers ("ah", "er", "oh" stay); nor a unit after a
    # figure, a name in capitals, Portuguese "um" (one), a word's rest after a line's
    # hyphen (a review)
    on = CompareOptions(ignore_fillers=True)
    text = "Ah, the er of the sentence: oh no."
    assert compare(text, text.replace("Ah, ", ""), on).changes
    for old, new in (
        ("A 155 мм гаубица была.", "A гаубица была."),
        ("Customers of EE said the outage ended.", "Customers of said the outage ended."),
        ("Houve um morto no acidente, e não há feridos.", "Houve no acidente, e não há feridos."),
    ):
        assert compare(old, new, on).changes, old
    # ... but a filler after a figure that is no unit is one ("about 300 um people": a review)
    assert not compare("About 300 um people came.", "About 300 people came.", on).changes
    wrapped = "The premi-\num was paid in full by the company, the court heard.\n"
    joined = "The premium was paid in full by the company, the court heard.\n"
    assert len(compare(wrapped, joined, on).changes) == len(compare(wrapped, joined).changes)
