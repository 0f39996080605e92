"""The text report: side by side, wrapped to the width, marks or colours, no control codes."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.helpers import P, lines, visible
from wirediff.core.compare import compare
from wirediff.core.report.text import render_text

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
