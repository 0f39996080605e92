import pytest

from wirediff.core.document import first_line_title, normalize_newlines


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("US set to formalize troop role\n\nBody text here.", "US set to formalize troop role"),
        (
            "- Sputnik International, 1920\nWorld\nGet the latest news, live coverage.\n\n"
            "White House Confirms US Forces in Iraq to Be Shifted\nBody.",
            "White House Confirms US Forces in Iraq to Be Shifted",
        ),
        ("Short\n\nAlso short.\n", "Short"),  # nothing reads like a headline: the first line
        ("\n\n  Spaced out headline of five words  \n", "Spaced out headline of five words"),
        ("", ""),
    ],
)
def test_title_is_the_first_headline_like_line(text, title):
    assert first_line_title(text) == title


def test_long_titles_are_shortened():
    assert first_line_title("word " * 100, limit=20) == "word word word word…"


def test_newlines_are_normalised():
    assert normalize_newlines("a\r\nb\rc\n") == "a\nb\nc\n"
