"""The text report: side by side, wrapped to the width, marks or colours, no control codes."""

import re
import unicodedata
from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.helpers import P, lines, visible
from wirediff.core.compare import compare
from wirediff.core.report.html import render_html
from wirediff.core.report.text import render_text
from wirediff.core.result import RowKind

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


def test_every_text_output_line_fits_the_width():
    for width in (80, 30):
        out = render_text(compare(lines(*P), lines(*P[1:])), width=width)
        assert all(visible(line) <= width for line in out.splitlines())


def test_long_url_is_wrapped_to_the_width():
    url = "https://example.com/" + "a" * 150 + ".html"
    result = compare(f"See {url} now.\n", f"See {url} later.\n")
    assert all(visible(line) <= 80 for line in render_text(result, width=80).splitlines()[3:])


def test_a_word_cut_across_lines_keeps_the_columns_bar_in_line():
    """A changed word longer than a line was cut with both its marks counted on every
    piece: the bar of its lines stood two columns left of the others' (a review's)."""
    result = compare(
        "The unconstitutionalities were noted.\n", "The anticonstitutionnellement were noted.\n"
    )
    out = render_text(result, "a", "b", width=40).splitlines()
    bars = {line.index("│") for line in out if "│" in line}
    assert len(bars) == 1 and any("[-unconstitutio" in line for line in out)


def test_wide_characters_fit_the_width():
    result = compare("東京都は今日、新しい予算を発表した。" * 4 + "\n", "東京。\n")
    assert all(visible(line) <= 80 for line in render_text(result, width=80).splitlines()[3:])


def test_text_output_never_passes_control_characters():
    result = compare("Hello \x1b[31mred\x1b[0m world.\x07\n", "Hello red world.\n")
    out = render_text(result, width=100)
    assert "\x1b" not in out and "\x07" not in out


def test_colour_mode_marks_every_change():
    result = compare(lines(P[0], P[1]), lines(P[0].replace("new", "old"), P[2]))
    out = render_text(result, width=160, color=True)
    bare = re.sub(r"\x1b\[[0-9;]*m", "", out)
    assert "[-" not in bare and "{+" not in bare
    assert "\x1b[1;35mnew\x1b[0m" in out and "\x1b[1;35mold\x1b[0m" in out


def _terminal_columns(text: str) -> int:
    """Columns as a terminal (wcwidth) counts them: marks, format characters and Hangul's
    joined vowels and final consonants none, a skin tone after an emoji none, VS16 makes a
    narrow character wide, wide ones two."""
    total = last = 0
    for c in text:
        if c == "\ufe0f":
            total += 1 if last == 1 else 0
            last = 2
        elif (
            unicodedata.category(c) in ("Mn", "Me", "Cf")
            or 0x1160 <= ord(c) <= 0x11FF
            or (0x1F3FB <= ord(c) <= 0x1F3FF and last == 2)
        ):
            continue
        else:
            last = 2 if unicodedata.east_asian_width(c) in "WF" else 1
            total += last
    return total


@pytest.mark.parametrize(
    ("left", "right"),
    [
        (
            "ข่าวไทย\n\nรัฐบาลไทยประกาศว่าจะเพิ่มงบประมาณสำหรับการศึกษาและสาธารณสุขในปีหน้า\n",
            "ข่าวไทย\n\nรัฐบาลไทยประกาศว่าจะเพิ่มงบประมาณสำหรับการศึกษาและสาธารณสุขในปีนี้\n",
        ),
        (
            "प्रधानमंत्री ने आज संसद में भाषण दिया और कहा कि सरकार किसानों की मदद करेगी।\n",
            "प्रधानमंत्री ने कल संसद में भाषण दिया और कहा कि सरकार किसानों की मदद करेगी।\n",
        ),
        (
            "Family 👨\u200d👩\u200d👧 waved 👋🏽 at the crowd ❤\ufe0f and 1\ufe0f\u20e3 cheer.\n",
            "Family 👨\u200d👩\u200d👦 waved 👋🏽 at the crowd ❤\ufe0f and 2\ufe0f\u20e3 cheer.\n",
        ),
        ("가\u1161나 " * 12 + "\n", "가\u1161다 " * 12 + "\n"),  # Hangul jamo (NFD)
    ],
    ids=["thai", "devanagari", "emoji", "hangul-jamo"],
)
def test_the_columns_line_up_with_marks_joiners_and_emoji(left, right):
    """The separator stands in the same terminal column on every line. Thai and Indic vowel
    signs, the anusvara, ZWJ and VS16 (combining class 0) were counted a column each, a skin
    tone two: the separator moved left by up to five columns."""
    out = render_text(compare(left, right), width=80)
    bars = [line[: line.index("│")] for line in out.splitlines() if "│" in line]
    assert {_terminal_columns(before) for before in bars} == {40}


def test_a_long_word_is_cut_between_characters_not_before_a_mark():
    word = "ประกาศว่าจะเพิ่มงบประมาณสำหรับการศึกษา" * 6  # Thai: no spaces
    out = render_text(compare(word + "\n", word + "ๆ\n"), width=40)
    starts = [line[2:].lstrip()[:1] for line in out.splitlines()[3:]]
    assert starts and not any(unicodedata.category(c) == "Mn" for c in starts if c)


def test_a_name_too_long_for_its_column_is_cut_in_its_middle_with_a_mark():
    """A narrow terminal cut the names at their end with no mark ("000_95eef2de69d379ca.t"):
    the extension and the end that tells versions apart were lost, unsaid."""
    result = compare("One two three.", "One two four.")
    left, right = "000_95eef2de69d379ca.txt", "001_9961d6b741e39e46.txt"
    head = render_text(result, left, right, width=40).splitlines()[0]
    assert head == "  000_95ee…79ca.txt │ 001_9961…9e46.txt"
    wide = render_text(result, left, right, width=80).splitlines()[0]
    assert left in wide and right in wide and "…" not in wide
    cjk = render_text(result, "報告書の第一版です.txt", "b", width=24).splitlines()[0]
    assert "…" in cjk and cjk.index("│") <= 2 + 9 + 1


def test_a_name_cut_in_its_middle_keeps_whole_characters_after_the_mark():
    """The kept end began with a combining accent (on the "…") or half an emoji."""
    from wirediff.core.report.text import _fitted

    accent = _fitted("reuters_" + "x" * 40 + "cafe\u0301_03-04.txt", 30)
    tail = accent.split("…", 1)[1]
    assert unicodedata.category(tail[0]) != "Mn"
    family = _fitted("x" * 20 + "👨\u200d👩\u200d👧ab", 11)
    assert family.split("…", 1)[1] in ("ab", "👨\u200d👩\u200d👧ab")


def test_a_move_names_its_other_row_counted_from_one_as_the_app_does():
    result = compare(lines(*P), lines(P[1], P[2], P[3], P[0], P[4]))
    away = next(r for r in result.rows if r.kind is RowKind.MOVED and r.left is not None)
    assert away.link is not None
    text = render_text(result, width=200)
    assert f"(row {away.index + 1}, moved to row {away.link + 1})" in text
    assert f"(row {away.link + 1}, moved from row {away.index + 1})" in text
    assert f"moved to row {away.link + 1} ↗" in render_html(result)


def test_a_number_grouped_by_spaces_is_never_cut_across_lines():
    """ "а 14" on one line and "500 домов" on the next read as two figures (and "[-14" /
    "500-]" as a change cut in two)."""
    from wirediff.core.report.text import styled_words, wrap
    from wirediff.core.result import OpKind

    text = "Разрушены или повреждены 14 500 домов, а 1\u00a0700 человек остались без крова."
    for width in range(12, 40):
        lines = [
            line for line, _ in wrap(styled_words([(text, OpKind.EQUAL)], False, width), width)
        ]
        assert not any(line.endswith(("14", "1")) for line in lines), lines
        assert any("14 500" in line for line in lines) and any(
            "1\u00a0700" in line for line in lines
        )


# Chinese and Japanese: no spaces between words, so a line may end between two characters,
# but not before closing punctuation, after opening punctuation nor inside a figure.
XINHUA = (
    "地震发生后，甘肃省启动地震灾害二级应急响应，省委、省政府主要负责同志赶赴灾区指挥抗震"
    "救灾工作。应急管理部派出工作组连夜赶赴现场，指导地方开展人员搜救、伤员救治和受灾群众"
    "安置等工作。\n\n截至5日8时，地震已造成12人遇难、240人受伤，部分房屋倒塌。\n"
)
KYODO = (
    "中国国営通信新華社によると、中国甘粛省定西市岷県で５日午前６時４２分（日本時間同７時"
    "４２分）、マグニチュード（Ｍ）５・９の地震が発生した。同日午前８時（同９時）時点で"
    "１２人が死亡、２４０人が負傷した。\n"
)
ASAHI = (
    "中国国営新華社通信によると、中国甘粛省定西市岷県で5日午前6時42分（日本時間同7時42分）"
    "、マグニチュード（M）5.9の地震が発生した。同日午前8時時点で12人が死亡、240人が負傷した。\n"
)
CLOSING = "，。、．）」』】〉》！？：；…ーぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々”"
OPENING = "（「『【〈《“"
MARKS = re.compile(r"\[-|-\]|\{\+|\+\}")
ANSI = re.compile(r"\x1b\[[0-9;]*m")


def _columns(out: str) -> tuple[list[str], list[str]]:
    """The lines of the left and of the right column of a side-by-side text (colours kept)."""
    left, right = [], []
    body = out.splitlines()
    for line in body[next(n for n, line in enumerate(body) if "─┼─" in line) + 1 :]:
        a, _, b = line[2:].partition("│")
        left.append(a.rstrip())
        right.append(b[1:])
    return left, right


@pytest.mark.parametrize(("old", "new"), [(XINHUA, XINHUA.replace("二级", "一级")), (KYODO, ASAHI)])
@pytest.mark.parametrize("color", [False, True])
def test_chinese_and_japanese_lines_break_between_characters_with_no_space(old, new, color):
    """Lines broke at spaces only: a sentence was cut at any column, lines began with "，"
    or "。", "7時4" / "2分" split a figure, and the space ``wrap`` puts between words could
    land inside a sentence. Every line now ends where the language lets it: the column's
    lines joined again are the text, to the character."""
    for width in range(40, 150, 9):
        out = render_text(compare(old, new), width=width, color=color)
        for column, text in zip(_columns(out), (old, new), strict=True):
            bare = [MARKS.sub("", ANSI.sub("", line)) for line in column]
            assert "".join(bare) == text.replace("\n", ""), width
            assert not any(line[:1] in CLOSING for line in bare if line), (width, bare)
            assert not any(line[-1:] in OPENING for line in bare if line), (width, bare)
            ends = [(a[-1:], b[:1]) for a, b in pairwise(bare)]
            assert not any(a.isdigit() and b.isdigit() for a, b in ends), (width, bare)


def test_a_change_inside_a_chinese_sentence_does_not_end_its_line():
    """Every change ended its line ("地震灾害[-二-]" / "级应急响应…"), as if the text broke
    there."""
    out = render_text(compare(XINHUA, XINHUA.replace("二级", "一级")), width=140)
    assert "灾害[-二-]级应急响应" in out and "灾害{+一+}级应急响应" in out
    colored = render_text(compare(XINHUA, XINHUA.replace("二级", "一级")), width=140, color=True)
    assert "灾害\x1b[1;35m二\x1b[0m级应急响应" in colored


def test_an_inserted_chinese_sentence_is_one_colour_run_a_line():
    old = "应急管理部派出工作组连夜赶赴现场。\n"
    new = "应急管理部派出工作组连夜赶赴现场。国家发展改革委紧急下达中央预算内投资5000万元，" * 3
    out = render_text(compare(old, new + "\n"), width=60, color=True)
    right = [line for line in _columns(out)[1] if "\x1b" in line]
    assert len(right) > 2 and all(line.count("\x1b[4;34m") == 1 for line in right), right


def test_a_figure_stays_whole_and_a_line_never_starts_with_closing_punctuation():
    from wirediff.core.report.text import styled_words, wrap
    from wirediff.core.result import OpKind

    text = (
        "日本時間同７時４２分、震源の深さは１０キロ。同日午前8時時点で12人が死亡、240人が負傷した。"
    )
    for width in range(6, 40):
        lines = [
            line for line, _ in wrap(styled_words([(text, OpKind.EQUAL)], False, width), width)
        ]
        assert "".join(lines) == text
        assert not any(a[-1].isdigit() and b[0].isdigit() for a, b in pairwise(lines)), lines
        assert not any(line[0] in CLOSING for line in lines), lines


han = st.sampled_from("地震发生后甘肃省启动灾害级应急响应日本時間同のがはをちょっキャ")
unit = st.one_of(
    han,
    st.tuples(han, st.sampled_from(CLOSING)).map("".join),
    st.tuples(st.sampled_from(OPENING), han).map("".join),
    st.tuples(st.from_regex(r"[0-9０-９A-Za-z.]{1,4}", fullmatch=True), han).map("".join),
)
pieces_strategy = st.lists(
    st.tuples(
        st.lists(unit, min_size=1, max_size=8).map("".join),
        st.sampled_from(["equal", "delete", "insert", "replace"]),
    ),
    min_size=1,
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(pieces_strategy, st.integers(20, 60), st.booleans())
def test_unspaced_text_wraps_to_the_width_with_nothing_added(pieces, width, color):
    from wirediff.core.report.text import styled_words, wrap
    from wirediff.core.result import OpKind

    ops = [(text, OpKind(kind)) for text, kind in pieces]
    lines = [line for line, _ in wrap(styled_words(ops, color, width), width)]
    assert all(visible(line) <= width for line in lines)
    marked = {"delete": ("[-", "-]"), "insert": ("{+", "+}"), "replace": ("{+", "+}")}
    expected = "".join(
        text if color or kind == "equal" else marked[kind][0] + text + marked[kind][1]
        for text, kind in pieces
    )
    bare = [ANSI.sub("", line) for line in lines]
    assert "".join(bare) == expected
    words = [MARKS.sub("", line) for line in bare]
    # (a line may break where the rules say not only inside a run with no place to break
    # that is longer than a line: "地ょ" "ょ" "ょ，" deleted apart, 22 columns with the marks)
    assert not any(
        line[:1] in CLOSING and not _unbreakable(before) for before, line in pairwise(words)
    )
    assert not any(
        line[-1:] in OPENING and not _unbreakable(after) for line, after in pairwise(words)
    )


def _unbreakable(line: str) -> bool:
    """Whether a line of Chinese or Japanese holds no place where it may end."""
    from wirediff.core.report.text import _may_break

    return " " not in line and not any(_may_break(a, b) for a, b in pairwise(line))


def test_latin_text_wraps_at_its_spaces_as_before():
    import textwrap

    from wirediff.core.report.text import styled_words, wrap
    from wirediff.core.result import OpKind

    text = " ".join(P) + " “ISIS” U.S. (2,500) troops: done!"
    for width in range(12, 80, 3):
        lines = [
            line for line, _ in wrap(styled_words([(text, OpKind.EQUAL)], False, width), width)
        ]
        assert lines == textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def test_a_story_cell_puts_no_space_around_a_changed_figure_among_chinese():
    """The story text read "截至5日 [-8-] {+14+}时": two words where the text has none."""
    from pathlib import Path

    from wirediff.core.document import Document
    from wirediff.core.report.story_text import render_story_text
    from wirediff.core.storytable import build_story_table

    base = Document(Path("v1.txt"), XINHUA, "地震")
    version = Document(Path("v2.txt"), XINHUA.replace("5日8时", "5日14时"), "地震")
    text = render_story_text(build_story_table(base, [version]), width=100)
    assert "截至5日[-8-]{+14+}时" in text


def test_a_run_with_no_place_to_break_longer_than_a_line_still_fits_the_width() -> None:
    """Found by the property above: three deletions of small kana run on, 22 columns with
    their marks in a line of 20, break where the rules would not, not past the width."""
    from wirediff.core.report.text import styled_words, wrap
    from wirediff.core.result import OpKind

    ops = [(text, OpKind.DELETE) for text in ("地ょ", "ょ", "ょ，")]
    lines = [line for line, _ in wrap(styled_words(ops, False, 20), 20)]
    assert lines == ["[-地ょ-][-ょ-]", "[-ょ，-]"]
