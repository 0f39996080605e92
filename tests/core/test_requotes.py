"""The quotations a pair changes (``wirediff.core.requotes``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.compare import compare
from wirediff.core.requotes import quote_changes, quote_ranges, quotes_said

_SAID = "Y añadió que el plan arranca en enero, según el ministerio."


def test_a_quote_ranges_are_the_words_between_its_marks() -> None:
    text = 'He said "it is over" and left.\n«Second» one.'
    assert [text[a:b] for a, b in quote_ranges(text)] == ["it is over", "Second"]


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # a word replaced, one added: the quotation once, its marks kept
        (
            "El ministro dijo: «Queremos que ningún joven tenga que elegir entre pagar la "
            "vivienda o llenar la nevera».",
            "El ministro dijo: «Queremos que ningún joven español tenga que elegir entre "
            "pagar la vivienda o comer».",
            [
                (
                    "«Queremos que ningún joven tenga que elegir entre pagar la vivienda o "
                    "llenar la nevera»",
                    "«Queremos que ningún joven español tenga que elegir entre pagar la "
                    "vivienda o comer»",
                )
            ],
        ),
        # long runs kept before and after the edit cut to their ends
        (
            '"We will move fast and we will not stop until every family in the valley has '
            'a roof over its head before winter comes to the hills," she said.',
            '"We will move fast and we will not stop until every household in the valley '
            'has a roof over its head before winter comes to the hills," she said.',
            [
                (
                    '"… will not stop until every family in the valley has a …"',
                    '"… will not stop until every household in the valley has a …"',
                )
            ],
        ),
        # words outside the quote, a mark changed, a quote added whole: none
        ('He said "we will go" on Monday.', 'He said "we will go" on Tuesday.', []),
        ('He said "we will go" on Monday.', "He said «we will go» on Monday.", []),
        ("He left on Monday.", 'He left on Monday, saying "we will go".', []),
    ],
)
def test_words_changed_inside_a_quote_both_sides_keep_are_said(
    old: str, new: str, said: list[tuple[str, str]]
) -> None:
    """A site's second capture rewrote a minister's quote and was "a copy … kept nearly word
    for word", nothing saying a quotation changed (a fact-checker's walkthrough)."""
    assert quote_changes(compare(f"{old}\n\n{_SAID}", f"{new}\n\n{_SAID}")) == said


def test_quotes_said_gives_at_most_two_and_how_many_more() -> None:
    found = [("“a”", "“b”"), ("“c”", "“d”"), ("“e”", "“f”")]
    assert quotes_said(found) == "“a” → “b”; “c” → “d” and 1 more"
    assert quotes_said([]) == ""


def test_a_copy_rewriting_a_quote_says_so(tmp_path: Path) -> None:
    """The relation of a copy whose quote changed says the quotes changed."""
    from wirediff.core.reading import load_paths
    from wirediff.core.stories import build_story_index
    from wirediff.core.stories.relation import describe

    body = (
        "MADRID, 5 de diciembre de 2026 (EFE) - El Gobierno aprobó este viernes un plan de "
        "vivienda para jóvenes con 1.500 millones de euros en ayudas al alquiler.\n\n"
        "El ministro dijo: «Queremos que ningún joven tenga que elegir entre pagar el alquiler "
        "o llenar la nevera».\n\n"
        "El plan llegará a unos 100.000 hogares en los próximos tres años, según el "
        "ministerio, que prevé abrir las solicitudes en febrero.\n\n"
        "La oposición criticó que las ayudas lleguen tarde y pidió más vivienda pública en "
        "las grandes ciudades del país."
    )
    changed = body.replace("o llenar la nevera", "o comer")
    (tmp_path / "a_20261205_1000.txt").write_text(f"Plan de vivienda\n\n{body}\n")
    (tmp_path / "b_20261205_1100.txt").write_text(f"Plan de vivienda\n\n{changed}\n")
    index = build_story_index(load_paths([tmp_path]).documents)
    (story,) = index.stories
    base, other = story.documents
    said = describe(index, base, other)
    old, new = (
        "«… entre pagar el alquiler o llenar la nevera»",
        "«… entre pagar el alquiler o comer»",
    )
    assert f"quotes changed: {old} → {new}" in said


def test_the_compare_json_lists_the_quotes_changed() -> None:
    from wirediff.core.report.jsonout import to_data

    result = compare('He said "we will go today" then.', 'He said "we will stay today" then.')
    stats = to_data(result)["stats"]
    assert stats["quotes"] == ['"we will go today" → "we will stay today"']
