"""The one filter for text from strangers: controls, bidi, surrogates, formulas, long tokens."""

from __future__ import annotations

import csv
import io

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.spreadsheet import formula_cells
from wirediff.core import textsafe
from wirediff.core.textsafe import (
    BIDI_CONTROLS,
    break_points,
    control_name,
    csv_cell,
    csv_table,
    mask_controls,
    printable,
    view_offset,
    with_breaks,
)

UNSAFE = {chr(c) for c in [*range(0x20), *range(0x7F, 0xA0)]} - {"\n", "\t"}
UNSAFE |= set(BIDI_CONTROLS)
any_text = st.text(
    st.characters(codec=None, blacklist_categories=()) | st.sampled_from(sorted(UNSAFE)),
    max_size=200,
)


def test_printable_shows_what_a_terminal_would_obey() -> None:
    text = "a\x1b[31mb\x07 \x9b2J \u202eexe.txt\u202c\tend\nnext"
    assert printable(text) == "a␛[31mb␇ �2J <RLO>exe.txt<PDF> end\nnext"
    assert printable("two\nlines\r", one_line=True) == "two␊lines␍"
    assert printable("caf\udce9 \ud800") == "caf\\xe9 \\ud800"  # not-UTF-8 byte; lone surrogate
    assert (
        printable("Arabic \u200f marks and emoji 👍🏽 stay")
        == "Arabic \u200f marks and emoji 👍🏽 stay"
    )


@given(any_text)
def test_printable_output_is_safe_and_encodable(text: str) -> None:
    for one_line in (False, True):
        shown = printable(text, one_line=one_line)
        assert not UNSAFE & set(shown)
        assert not any(0xD800 <= ord(c) <= 0xDFFF for c in shown)
        shown.encode("utf-8")  # never raises
        assert ("\n" in shown) == ("\n" in text and not one_line)
        assert printable(shown, one_line=one_line) == shown  # idempotent


@given(any_text)
def test_mask_controls_keeps_every_offset(text: str) -> None:
    masked = mask_controls(text)
    assert len(masked) == len(text)
    assert not (UNSAFE - {"\r"}) & set(masked)
    for original, shown in zip(text, masked, strict=True):
        assert shown == original or control_name(original)


def test_control_names_for_tooltips() -> None:
    assert control_name("\u202e") == "RLO (U+202E)"
    assert control_name("\x1b") == "control (U+001B)"
    assert control_name("\udcff") == "lone surrogate (U+DCFF)"
    assert control_name("a") == control_name("\n") == control_name("ab") == ""


@pytest.mark.parametrize(
    ("cell", "written"),
    [
        ('=HYPERLINK("http://x")', '\'=HYPERLINK("http://x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        # A tab starts a formula in some spreadsheets, and a spreadsheet splitting on tabs
        # starts a cell after one: kept, marked where a formula character follows it
        ("\t=1", "'\t'=1"),
        ("tab\tname.txt", "tab\tname.txt"),
        ("-dash-start.txt", "'-dash-start.txt"),  # Excel shows #NAME? without the mark
        ("\r=1", "'␍=1"),
        ("Troops stay", "Troops stay"),
        ("2 = 2", "2 = 2"),
        ("title\x1b[2J", "title␛[2J"),
        (42, 42),
        (-1.5, -1.5),  # numbers are data, not text a spreadsheet would evaluate
        ('"=1', "'\"=1"),  # a parser that drops quotes would see =1
        # A spreadsheet splitting on ; (Excel in most non-English locales), or losing track
        # of the quotes, makes what follows a separator or a line break a cell of its own.
        ("Prices rose;=cmd|' /C calc'!A0", "Prices rose;'=cmd|' /C calc'!A0"),
        ("from 5, -3 to 2", "from 5, '-3 to 2"),
        ('said; "=HYPERLINK(x)"', 'said; "\'=HYPERLINK(x)"'),
        ("list:\n- one\n\t@two", "list:\n'- one\n\t'@two"),
        ("a;b, c - d = e", "a;b, c - d = e"),
    ],
)
def test_csv_cells_never_start_a_formula(cell: object, written: object) -> None:
    assert csv_cell(cell) == written


def test_csv_table_quotes_every_cell_ends_lines_crlf_and_starts_with_a_bom_for_a_file() -> None:
    rows = [["name", "note"], ["a;b", None], [3, "x"]]
    text = csv_table(rows)
    assert text == '"name","note"\r\n"a;b",""\r\n"3","x"\r\n'
    assert csv_table(rows, bom=True) == "\ufeff" + text


def test_the_defence_of_the_report_holds_against_a_semicolon_splitting_spreadsheet() -> None:
    """The tester's cell: unquoted before, so a spreadsheet splitting on ; ran =cmd."""
    text = csv_table([["row", "text"], ["1", "Prices rose;=cmd|' /C calc'!A0"]])
    assert formula_cells(text) == []
    assert list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))[1] == [
        '1,"Prices rose',
        "'=cmd|' /C calc'!A0\"",
    ]


cell_text = st.text(st.sampled_from(list(",;\t\r\n\" =+-@'x\u00a0\u2028")), max_size=12)


@given(st.lists(st.lists(cell_text | st.integers(min_value=0), min_size=1, max_size=4), max_size=4))
def test_no_split_of_a_written_csv_starts_a_formula(rows: list[list[object]]) -> None:
    """Whatever the cells hold: split on , ; or tab, quotes honoured, ignored or toggled, no
    cell starts (after spaces and quotes) with a formula character; and Python's csv reads
    back exactly the cells as ``csv_cell`` wrote them (the defence's marks, documented)."""
    text = csv_table(rows, bom=True)
    assert formula_cells(text) == []
    back = list(csv.reader(io.StringIO(text.removeprefix("\ufeff"), newline="")))
    assert back == [["" if c is None else str(csv_cell(c)) for c in row] for row in rows]


def test_break_points_only_in_long_runs() -> None:
    text = "short words " + "x" * 450 + " tail " + "y" * 200
    points = break_points(text, every=200)
    assert points == [12 + 200, 12 + 400]  # the 200-character run needs none
    broken = with_breaks(text, points)
    assert broken.replace("\u200b", "") == text
    assert max(len(run) for run in broken.replace("\u200b", " ").split()) == 200
    for offset in (0, 12, 211, 212, 213, 461, len(text)):
        assert broken[view_offset(points, offset) :].replace("\u200b", "") == text[offset:]
    with pytest.raises(ValueError):
        break_points(text, every=0)


def test_break_points_of_a_megabyte_token_are_cheap() -> None:
    text = "a" * 1_000_000
    points = break_points(text)
    assert len(points) == 4999 and points[0] == 200 and points[-1] == 999_800
    assert len(with_breaks(text, points)) == 1_000_000 + 4999


@given(st.text(alphabet="ab\n\t\r\x1b\x85\u202e\udce9\ud800 ␊") | st.text())
def test_a_one_line_text_shows_its_newlines_and_filters_the_rest_alike(text: str) -> None:
    expected = "\u240a".join(printable(line) for line in text.split("\n"))
    assert printable(text, one_line=True) == expected


def test_every_unsafe_character_is_one_isprintable_refuses() -> None:
    # printable skips its pattern for text that str.isprintable accepts (newlines aside).
    unsafe = [chr(c) for c in range(0x110000) if textsafe._unsafe().match(chr(c))]
    assert len(unsafe) > 2000 and not any(c.isprintable() for c in unsafe)


@given(st.text(alphabet="ab \n\t\x1b\x85\u202e\u00a0\u2028\udce9é’") | st.text())
def test_printable_filters_exactly_the_unsafe_characters(text: str) -> None:
    expected = textsafe._unsafe().sub(lambda m: textsafe._shown(m.group()), text.replace("\t", " "))
    assert printable(text) == expected
