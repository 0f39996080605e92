"""The same copy printed with other line breaks or pages reads the same from a PDF.

A word hyphenated at a line's end stayed split ("seve- ral"): any re-flow of the same copy
was a word change. A page number written "- 2 -" was read as text.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.reading.samples import make_pdf
from wirediff.core.reading import read_document
from wirediff.core.reading.pdf import reflowed

# Lines of about 60 characters (prose), a page break after the fifth: a syllable's hyphen
# at a line's end and at the page's, and a compound's the page writes whole too.
HYPHENATED = [
    "The city council voted on Tuesday to approve the well-known",
    "plan for the coming year, ending weeks of debate with seve-",
    "ral members over transport spending and the school repairs",
    "of the district, which a well-known firm is to carry out in",
    "the spring of next year, once the money is in the council ac-",
    "counts and the builders of the new library, a well-known firm",
    "too, have been paid what they are owed by the city, a well-",
    "known debtor, for the work they have done on the town hall.",
]


def test_a_word_hyphenated_at_a_line_end_is_one_word(tmp_path: Path) -> None:
    path = tmp_path / "hyphenated.pdf"
    path.write_bytes(make_pdf([HYPHENATED[:5], HYPHENATED[5:]]))
    assert read_document(path).text == (
        "The city council voted on Tuesday to approve the well-known plan for the coming"
        " year, ending weeks of debate with several members over transport spending and the"
        " school repairs of the district, which a well-known firm is to carry out in the"
        " spring of next year, once the money is in the council accounts and the builders of"
        " the new library, a well-known firm too, have been paid what they are owed by the"
        " city, a well-known debtor, for the work they have done on the town hall."
    )


@pytest.mark.parametrize("number", ["- 2 -", "– 2 –", "—2—", "Page 2", "2 of 7", "2"])
def test_a_page_number_alone_on_a_first_or_last_line_is_left_out(number: str) -> None:
    """Written "- 2 -" (German and legislative print), it was read as text: two printings
    with other page breaks had changed words and "figures changed: 2 → 3"."""
    lines = [line for line in HYPHENATED[3:6] if "-" not in line[-1:]]
    assert reflowed("\n".join([number, *lines])) == reflowed("\n".join(lines))
    assert reflowed("\n".join([*lines, number])) == reflowed("\n".join(lines))
    assert reflowed("\n".join([*lines, "- 2 to 3 -"])).endswith("- 2 to 3 -")  # no number
