"""Adversarial review of the comparison engine: odd input, statistics, moves, renderers.

Tests marked ``xfail(strict=True)`` pin bugs found in the review; when one is fixed the test
XPASSes, strict mode fails it, and the marker must be removed.
"""

import cProfile
import json
import pstats
import random
import re
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.invariants import check_invariants
from tests.core.test_compare import SAMPLE_TEXTS, options_strategy, prose
from tests.core.test_locate import brute
from wirediff.cli import main
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.report.html import render_html
from wirediff.core.report.jsonout import rebuild_from_data, to_json
from wirediff.core.report.text import render_text
from wirediff.core.result import Comparison, OpKind, RowKind
from wirediff.core.segments import paragraph_spans, units
from wirediff.core.tokens import TokenKind, count_words, scan, tokenize

OPTION_SETS = [
    CompareOptions(),
    CompareOptions(fold_whitespace=False),
    CompareOptions(ignore_punctuation=True),
    CompareOptions(ignore_punctuation=True, fold_whitespace=False),
    CompareOptions(ignore_case=True, fold_typography=False),
]

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
    "Urdu": ("وزیر اعظم نے کہا۔ دوسرا جملہ۔", "وزیر اعظم نے کہا۔ تیسرا جملہ۔"),
    "Hindi": ("प्रधानमंत्री ने कहा। बैठक हुई।", "प्रधानमंत्री ने कहा। बैठक नहीं हुई।"),
    "Thai": ("นายกรัฐมนตรีกล่าวว่า การประชุมจะเริ่ม", "นายกรัฐมนตรีกล่าวว่า การประชุมจะเลื่อน"),
    "CJK": (
        "東京都は今日、新しい予算を発表した。明日は雨。",
        "東京都は昨日、新しい予算を発表した。",
    ),
    "emoji sequences": ("go 👍🏽 now 👨‍👩‍👧 🇺🇸 1️⃣ #️⃣!", "go 👍🏿 now 👨‍👩‍👦 🇮🇶 2️⃣ *️⃣!"),
}


def all_renderers(result: Comparison) -> None:
    render_text(result, width=40)
    render_text(result, width=120, color=True)
    render_html(result, "<l>", "<r>")
    data = json.loads(to_json(result))
    assert rebuild_from_data(data, "left") == result.left_text
    assert rebuild_from_data(data, "right") == result.right_text


def assert_all_equal(result: Comparison) -> None:
    assert result.stats.similarity == 1.0
    assert result.changes == ()
    assert {row.kind for row in result.rows} <= {RowKind.EQUAL}


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


@settings(max_examples=200, deadline=None)
@given(st.text() | prose, st.text() | prose, options_strategy)
def test_word_accounting_adds_up(left, right, options):
    result = compare(left, right, options)
    s = result.stats
    # Every left word is matched, deleted or changed; every right word matched, added or
    # inside a replacement (moved units counted once, at their left place).
    assert s.matched_words + s.words_deleted + s.words_changed == s.left_words
    replaced_right = sum(
        count_words(result.right_text[op.right.start : op.right.end])
        for row in result.rows
        if not (row.kind is RowKind.MOVED and row.left is None)
        for op in row.ops
        if op.kind is OpKind.REPLACE
    )
    assert s.matched_words + s.words_added + replaced_right == s.right_words
    assert s.left_words == sum(scan(left, options).words)
    assert s.right_words == sum(scan(right, options).words)


@settings(max_examples=200, deadline=None)
@given(prose, prose, options_strategy)
def test_swapping_sides_swaps_the_statistics(left, right, options):
    s, t = compare(left, right, options).stats, compare(right, left, options).stats
    assert (s.left_words, s.right_words) == (t.right_words, t.left_words)
    assert s.matched_words == t.matched_words
    assert (s.left_in_right, s.right_in_left) == (t.right_in_left, t.left_in_right)
    assert (s.words_added, s.words_deleted) == (t.words_deleted, t.words_added)
    assert s.similarity == t.similarity


P = [
    "The minister announced a new budget for the regional hospitals on Monday morning.",
    "Opposition leaders criticised the plan as too little and too late for patients.",
    "Nurses unions said they would study the proposal before deciding on strike action.",
    "The health department expects the first funds to arrive before the end of the year.",
    "Analysts noted that similar promises had been made twice in the past decade.",
]


def lines(*paragraphs: str) -> str:
    return "\n".join(paragraphs) + "\n"


def moved_rows(result: Comparison):
    rows = [r for r in result.rows if r.kind is RowKind.MOVED]
    return sorted(rows, key=lambda r: r.left is None)


def test_paragraph_moved_unchanged_is_one_linked_moved_unit():
    result = compare(lines(*P), lines(*P[1:], P[0]))
    check_invariants(result)
    out, into = moved_rows(result)
    assert out.link == into.index and into.link == out.index
    assert result.left_text[out.left.start : out.left.end].strip() == P[0]
    assert result.right_text[into.right.start : into.right.end].strip() == P[0]
    assert [op.kind for op in out.ops] == [OpKind.EQUAL]
    s = result.stats
    assert (s.units_moved, s.similarity, s.words_added, s.words_deleted) == (1, 1.0, 0, 0)
    assert [c.kind.value for c in result.changes] == ["move", "move"]


def test_two_swapped_paragraphs_are_one_move():
    result = compare(lines(*P), lines(P[0], P[2], P[1], P[3], P[4]))
    check_invariants(result)
    assert len(moved_rows(result)) == 2
    assert result.stats.units_moved == 1 and result.stats.similarity == 1.0


def test_multi_sentence_paragraph_moves_as_one_unit():
    paras = [P[0] + " " + P[1], P[2], P[3] + " " + P[4]]
    result = compare(lines(*paras), lines(paras[1], paras[2], paras[0]))
    check_invariants(result)
    out, _ = moved_rows(result)
    assert result.left_text[out.left.start : out.left.end].strip() == paras[0]
    assert result.stats.units_moved == 1


def test_moved_and_rewritten_paragraph_is_delete_plus_insert():
    rewritten = "The regional minister unveiled spending for clinics late on Monday."
    result = compare(lines(*P), lines(*P[1:], rewritten))
    check_invariants(result)
    assert not moved_rows(result)
    assert (result.rows[0].kind, result.rows[-1].kind) == (RowKind.DELETED, RowKind.INSERTED)


@pytest.mark.parametrize(
    ("unit", "moves"),
    [("Reuters", 0), ("Back to the top.", 0), ("Back to top of the page.", 1)],
)
def test_units_under_move_min_words_never_move(unit, moves):
    result = compare(lines(unit, *P), lines(*P, unit))
    check_invariants(result)
    assert len(moved_rows(result)) == 2 * moves
    assert result.stats.units_moved == moves


def test_moves_survive_swapping_sides():
    result = compare(lines(*P[1:], P[0]), lines(*P))
    check_invariants(result)
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


# A moved paragraph whose neighbour lost a "the": the neighbour's sentence pairs 1:2 with
# itself plus the moved paragraph (the "the" matches a bag word there), so the moved
# paragraph is never considered for a move.
MOVED = "Critics said the money would never reach the wards of the northern towns."
NEIGHBOUR = (
    "The minister announced on Monday a new budget of two billion dollars for the regional "
    "hospitals, saying that the plan would cut waiting lists by half within three years."
)
NEIGHBOUR_EDITED = NEIGHBOUR.replace("for the regional", "for regional")


def test_moved_paragraph_next_to_an_edited_one_is_still_a_move():
    result = compare(
        lines(MOVED, NEIGHBOUR), lines(NEIGHBOUR_EDITED, MOVED.replace("never", "not"))
    )
    check_invariants(result)
    assert result.stats.units_moved == 1
    assert len(moved_rows(result)) == 2
    assert result.stats.similarity > 0.9


def test_inserted_paragraph_after_an_edited_one_is_its_own_row():
    result = compare(lines(NEIGHBOUR), lines(NEIGHBOUR_EDITED, MOVED))
    check_invariants(result)
    assert [r.kind for r in result.rows] == [RowKind.CHANGED, RowKind.INSERTED]


NOUNS = ["talks", "the truce", "aid deliveries", "the convoy", "repairs", "the census"]
NOUNS += ["elections", "patrols", "exports", "imports", "flights", "the harvest"]


def test_sentence_edited_in_place_is_not_a_move():
    def text(day: str, first: str) -> str:
        nouns = [first, *NOUNS[1:]]
        return "\n\n".join(
            f"Officials in Baghdad said on {day} that {n} had resumed." for n in nouns
        )

    result = compare(text("Monday", "talks") + "\n", text("Tuesday", "negotiations") + "\n")
    check_invariants(result)
    assert all(abs(r.index - r.link) > 1 for r in moved_rows(result))
    assert result.stats.units_moved == 0
    assert {r.kind for r in result.rows} == {RowKind.CHANGED}


HEADLINES = [
    "Iraq talks resume in Baghdad",
    "Oil prices climb on supply fears",
    "Storm closes schools in the north",
    "Central bank holds rates steady",
    "Football club names new coach",
    "Parliament debates budget bill",
    "Floods displace thousands in the south",
    "Minister resigns over contract row",
    "Airline adds routes to Europe",
    "Court rejects appeal in fraud case",
]


def test_a_list_of_short_lines_keeps_one_paragraph_per_line():
    left = lines(*HEADLINES)
    assert len(paragraph_spans(left)) == len(HEADLINES)
    result = compare(left, lines(*HEADLINES[:4], *HEADLINES[5:]))
    assert [r.kind for r in result.rows].count(RowKind.DELETED) == 1
    assert [r.kind for r in result.rows].count(RowKind.EQUAL) == len(HEADLINES) - 1


def test_lone_the_is_folded_when_whitespace_is_compared():
    options = CompareOptions(fold_whitespace=False)
    result = compare(
        "He said the official on Monday.\n", "He told the reporter in Monday.\n", options
    )
    assert len(result.changes) == 1


def test_locate_edge_positions():
    result = compare("One two three. Four five six.\n", "One 2 three. Four five 6.\n")
    assert result.locate(-1) == (None, None, 0)
    assert result.locate(10**6) == (None, 1, None)
    assert result.locate(len(result.left_text)) == (None, 1, None)
    same = compare("a b c\n", "a b c\n")
    assert same.locate(0) == same.locate(99) == (None, None, None)
    deleted_at_end = compare("Alpha beta.\nGamma delta.\n", "Alpha beta.\n")
    (change,) = deleted_at_end.changes
    assert change.right == (12, 12)
    assert deleted_at_end.locate(12, "right").current == 0
    inserted_first = compare("Alpha beta.\n", "Gamma delta.\nAlpha beta.\n")
    assert inserted_first.locate(0, "left").current == 0


def test_whitespace_change_has_a_visible_span():
    result = compare("a  b\n", "a b\n", CompareOptions(fold_whitespace=False))
    (change,) = result.changes
    assert change.left != (change.left.start, change.left.start)
    assert result.left_text[change.left.start : change.left.end] == "  "


def sentences(text: str) -> list[str]:
    arrays = scan(text, CompareOptions())
    return [text[arrays.starts[u.lo] : arrays.ends[u.hi - 1]] for u in units(text, arrays)]


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Mark Milley spoke on Friday.",
        "She lives at No. 10 Downing Street.",
        "Prices rose to 1,000.50 dollars, or 3.5 percent.",
        "The meeting starts at 10 a.m. Monday in Baghdad.",
        "See example.com/page.html for details.",
        "Write to john.doe@example.com for details.",
        "The talks ended... and nothing was agreed.",
        "The company, Acme Inc., said profits rose.",
        "Lt. Col. Wayne Marotto said the U.S.-led coalition would stay.",
        "The St. Louis Cardinals won.",
    ],
)
def test_news_prose_without_false_breaks(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not leave," he said. "Never."', ['"We will not leave," he said.', '"Never."']),
        ("The talks ended... Nothing was agreed.", ["The talks ended...", "Nothing was agreed."]),
        ("The vote was 3-2. Critics objected.", ["The vote was 3-2.", "Critics objected."]),
        (
            "Read more at www.reuters.com. Back to top.",
            ["Read more at www.reuters.com.", "Back to top."],
        ),
        ("He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        (
            "The U.K. government said. The E.U. agreed.",
            ["The U.K. government said.", "The E.U. agreed."],
        ),
    ],
)
def test_news_prose_sentence_breaks(text, expected):
    assert sentences(text) == expected


def test_quoted_no_ends_a_sentence():
    assert sentences("Asked if troops would stay, he said “no.” Talks went on.") == [
        "Asked if troops would stay, he said “no.”",
        "Talks went on.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("प्रधानमंत्री ने कहा। बैठक हुई।", ["प्रधानमंत्री ने कहा।", "बैठक हुई।"]),
        ("Er sagte „Nein.“ Dann ging er.", ["Er sagte „Nein.“", "Dann ging er."]),
        ("Il a dit : « Non. » Puis il est parti.", ["Il a dit : « Non. »", "Puis il est parti."]),
    ],
)
def test_sentence_stops_of_other_scripts_and_quotes(text, expected):
    assert sentences(text) == expected


def words(text: str) -> list[str]:
    return [t.text for t in tokenize(text) if t.kind is TokenKind.WORD]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("paid 1,000.50 dollars", ["paid", "1,000.50", "dollars"]),
        ("won 3-2 at home", ["won", "3-2", "at", "home"]),
        ("COVID-19 cases", ["COVID-19", "cases"]),
        ("#BringBackOurGirls trends", ["BringBackOurGirls", "trends"]),
        ("@Reuters said", ["Reuters", "said"]),
        ("example.com/page.html", ["example", "com", "page", "html"]),
        ("قـــال مُحَمَّـــد", ["قـــال", "مُحَمَّـــد"]),  # tatweel and harakat stay in the word
        ("प्रधानमंत्री ने कहा", ["प्रधानमंत्री", "ने", "कहा"]),
        ("👩🏽‍💻 and 🏳️‍🌈 and 1️⃣", ["👩🏽‍💻", "and", "🏳️‍🌈", "and", "1️⃣"]),
        ("\u200fقال\u200f المسؤول", ["قال", "المسؤول"]),
    ],
)
def test_tokens_of_real_text(text, expected):
    assert words(text) == expected
    assert "".join(t.text for t in tokenize(text)) == text


def grapheme_broken(text: str) -> bool:
    """Whether some token boundary falls inside an emoji sequence of ``text``."""
    flag_halves = set()  # positions after the first letter of a regional-indicator pair
    run = 0
    for i, c in enumerate(text):
        run = run + 1 if 0x1F1E6 <= ord(c) <= 0x1F1FF else 0
        if run % 2:
            flag_halves.add(i + 1)
    cuts = {t.start for t in tokenize(text)} - {0}
    return bool(cuts & flag_halves) or any(
        unicodedata.category(text[i]) in ("Mn", "Me") or text[i] in "\ufe0f\u200d" for i in cuts
    )


def test_emoji_with_modifiers_and_zwj_are_whole():
    assert not grapheme_broken("go 👍🏽 now 👨‍👩‍👧 and 1️⃣ 🏳️‍🌈")


@pytest.mark.parametrize("text", ["flags 🇺🇸🇮🇶 here", "keycap #️⃣ here"])
def test_emoji_sequences_are_not_split(text):
    assert not grapheme_broken(text)


def test_ellipsis_character_folds_to_three_dots():
    assert compare("The talks ended... Nothing.\n", "The talks ended… Nothing.\n").changes == ()


def test_soft_hyphen_is_not_a_difference():
    assert compare("international talks\n", "inter\u00adnational talks\n").changes == ()


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("東京都は今日、新しい予算を発表した。\n", "東京都は昨日、新しい予算を発表した。\n"),
        ("การประชุมจะเริ่มวันนี้ ที่กรุงเทพ\n", "การประชุมจะเริ่มพรุ่งนี้ ที่กรุงเทพ\n"),
    ],
)
def test_no_space_scripts_diff_below_the_clause(left, right):
    result = compare(left, right)
    (change,) = result.changes
    assert change.left.end - change.left.start <= 3


def visible(line: str) -> int:
    """Terminal columns a line takes (ANSI sequences none, wide characters two)."""
    plain = re.sub(r"\x1b\[[0-9;]*m", "", line)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in plain)


word_list = st.sampled_from(
    ["the", "minister", "said", "on", "Monday,", "“ISIS”", "U.S.", "2,500", "troops.", "قال"]
)
sentence_text = st.lists(st.lists(word_list, min_size=1, max_size=40), max_size=6).map(
    lambda ps: "\n".join(" ".join(p) for p in ps) + "\n"
)


@settings(max_examples=100, deadline=None)
@given(sentence_text, sentence_text, st.integers(45, 200), st.booleans())
def test_text_output_body_fits_the_width(left, right, width, color):
    out = render_text(compare(left, right), width=width, color=color)
    assert all(visible(line) <= width for line in out.splitlines()[3:])


@pytest.mark.parametrize("width", [80, 30])
def test_every_text_output_line_fits_the_width(width):
    out = render_text(compare(lines(*P), lines(*P[1:])), width=width)
    assert all(visible(line) <= width for line in out.splitlines())


def test_long_url_is_wrapped_to_the_width():
    url = "https://example.com/" + "a" * 150 + ".html"
    result = compare(f"See {url} now.\n", f"See {url} later.\n")
    assert all(visible(line) <= 80 for line in render_text(result, width=80).splitlines()[3:])


def test_wide_characters_fit_the_width():
    result = compare("東京都は今日、新しい予算を発表した。" * 4 + "\n", "東京。\n")
    assert all(visible(line) <= 80 for line in render_text(result, width=80).splitlines()[3:])


def test_text_output_never_passes_control_characters():
    result = compare("Hello \x1b[31mred\x1b[0m world.\x07\n", "Hello red world.\n")
    out = render_text(result, width=100)
    assert "\x1b" not in out and "\x07" not in out


def test_html_escapes_every_row_kind_and_name():
    markup = "<b>x</b> & <script>alert(1)</script>"
    moved = f"Moved paragraph with {markup} inside it."
    kept = f"Last <em>{markup}</em> stays here for good."
    left = lines(moved, f"Kept {markup} here.", "Gone <i>.", kept)
    right = lines(f"Kept {markup} here.", moved, "New <u>.", kept.replace("good", "ever"))
    result = compare(left, right)
    kinds = {r.kind for r in result.rows}
    assert kinds >= {RowKind.MOVED, RowKind.CHANGED, RowKind.DELETED, RowKind.INSERTED}
    page = render_html(result, 'a"<x>.txt', "b&c.txt")
    for raw in ("<b>", "<script", "<i>", "<u>", '"<x>'):
        assert raw not in page
    assert "&lt;script&gt;" in page and "a&quot;&lt;x&gt;.txt" in page and "b&amp;c.txt" in page


def test_colour_mode_marks_every_change():
    result = compare(lines(P[0], P[1]), lines(P[0].replace("new", "old"), P[2]))
    out = render_text(result, width=160, color=True)
    plain = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "[-" not in plain and "{+" not in plain
    assert "\x1b[1;35mnew\x1b[0m" in out and "\x1b[1;35mold\x1b[0m" in out


def _python_calls(left: str, right: str) -> int:
    profile = cProfile.Profile()
    profile.enable()
    compare(left, right)
    profile.disable()
    return int(pstats.Stats(profile).total_calls)  # type: ignore[attr-defined]


def _repeated_sentences(n: int) -> tuple[str, str]:
    left = " ".join("Yes." for _ in range(n)) + "\n"
    right = " ".join("No." if i % 7 == 0 else "Yes." for i in range(n)) + "\n"
    return left, right


def test_work_grows_linearly_on_ordinary_text():
    def text(n: int, mark: str) -> str:
        return " ".join(f"Sentence {i} about topic {i * 7 % 13}{mark}" for i in range(n))

    small = _python_calls(text(150, "."), text(150, "!"))
    large = _python_calls(text(300, "."), text(300, "!"))
    assert large / small < 3


def test_work_grows_linearly_on_repeated_sentences():
    small = _python_calls(*_repeated_sentences(150))
    large = _python_calls(*_repeated_sentences(300))
    assert large / small < 3


def test_cli_survives_a_lone_surrogate_from_json(tmp_path, capsys):
    a, b = tmp_path / "a.json", tmp_path / "b.json"
    a.write_text('{"title": "T", "text": "Hello \\ud800 world. Second one."}\n', "utf-8")
    b.write_text('{"title": "T", "text": "Hello world. Second one."}\n', "utf-8")
    out = tmp_path / "out.json"
    assert main(["compare", str(a), str(b), "--format", "json", "-o", str(out)]) in (0, 2)
    assert not (tmp_path / "out.json.part").exists()


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
