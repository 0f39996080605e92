"""A paper's drafts in Markdown and Word: one text, and sections in each (an academic's
walkthrough)."""

from __future__ import annotations

from pathlib import Path

from tests.core.reading.samples import _W, make_docx
from wirediff.core.compare import compare
from wirediff.core.reading import read_document
from wirediff.core.sections import change_sections, heading_rows, outline

PAPER_MD = """\
# Cooling the City

## Introduction

Cities warm faster than their surroundings.[^1]

## 2. Data and methods

Each plan was coded for:

- a budget line;
* cooling centres;
+ tree canopy targets.

## Results

Funded plans reduced admissions by 17%.

[^1]: We thank the municipal officers.
"""


def _write(path: Path, data: str | bytes) -> Path:
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def _paper_docx() -> bytes:
    def para(style: str, text: str) -> str:
        styled = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
        return f"<w:p>{styled}<w:r><w:t>{text}</w:t></w:r></w:p>"

    note = '<w:r><w:footnoteReference w:id="2"/></w:r>'
    body = (
        para("Title", "Cooling the City")
        + para("Heading1", "Introduction")
        + "<w:p><w:r><w:t>Cities warm faster than their surroundings.</w:t></w:r>"
        + f"{note}</w:p>"
        + para("Heading1", "2. Data and methods")
        + para("", "Each plan was coded for:")
        + para("ListBullet", "a budget line;")
        + para("ListBullet", "cooling centres;")
        + para("ListBullet", "tree canopy targets.")
        + para("berschrift1", "Results")  # (a German Word's id: its name says "heading 1")
        + para("", "Funded plans reduced admissions by 17%.")
    )
    notes = (
        f'<w:footnotes xmlns:w="{_W}"><w:footnote w:id="2"><w:p><w:r><w:t>'
        "We thank the municipal officers.</w:t></w:r></w:p></w:footnote></w:footnotes>"
    )
    styles = (
        f'<w:styles xmlns:w="{_W}"><w:style w:type="paragraph" w:styleId="berschrift1">'
        '<w:name w:val="heading 1"/></w:style></w:styles>'
    )
    return make_docx([], xml=body, parts={"word/footnotes.xml": notes, "word/styles.xml": styles})


def test_markdown_headings_are_sections_of_its_text(tmp_path: Path) -> None:
    """The .md reader left its "#" out before the outline was made: h said "No sections"
    and the reports' Section column was empty."""
    doc = read_document(_write(tmp_path / "draft.md", PAPER_MD))
    assert doc.text.startswith("Cooling the City\n\nIntroduction\n\nCities")
    assert doc.headings == (
        (1, "Cooling the City"), (2, "Introduction"), (2, "2. Data and methods"), (2, "Results"),
    )  # fmt: skip
    found = outline(doc.text, doc.headings)
    assert found.labels == ("Introduction", "2. Data and methods", "Results")
    assert found.at(doc.text.index("Funded")) == "Results"
    assert outline(doc.text).labels == ()  # (the text alone tells no heading: as before)


def test_code_blocks_hold_no_headings_nor_markup(tmp_path: Path) -> None:
    """A shell comment in a code fence was a section of the outline, "install the tools",
    and a code line's "-" a bullet (a reviewer's walkthrough): a fenced block's lines are
    as written, its fences left out; an unclosed fence runs to the end."""
    text = (
        "# Method\n\nWe ran:\n\n```bash\n# install the tools\n- pip install **x**\n```\n\n"
        "# Results\n\n~~~~ python\n## not closed by ~~~\n~~~\n_x_ \\_\n"
    )
    doc = read_document(_write(tmp_path / "code.md", text))
    assert doc.headings == ((1, "Method"), (1, "Results"))
    assert doc.text == (
        "Method\n\nWe ran:\n\n# install the tools\n- pip install **x**\n\n"
        "Results\n\n## not closed by ~~~\n~~~\n_x_ \\_\n"
    )


def test_a_change_is_in_its_markdown_section_and_h_steps_through_them(tmp_path: Path) -> None:
    old = read_document(_write(tmp_path / "v1.md", PAPER_MD))
    new = read_document(_write(tmp_path / "v2.md", PAPER_MD.replace("17%", "14%")))
    comparison = compare(old.text, new.text, headings=(old.headings, new.headings))
    assert change_sections(comparison) == ["Results"]
    assert [label for _row, label in heading_rows(comparison)] == [
        "Introduction", "2. Data and methods", "Results",
    ]  # fmt: skip
    assert change_sections(compare(old.text, new.text)) == [""]  # (without them: none)


def test_markdown_notes_and_bullets_read_as_a_word_files(tmp_path: Path) -> None:
    """A paper's .md draft and its Word export differed by "[[-^-]1]" at every note, and by a
    "-" at every item: read as the .docx reader reads them, and with the same sections."""
    md = read_document(_write(tmp_path / "draft.md", PAPER_MD))
    docx = read_document(_write(tmp_path / "paper.docx", _paper_docx()))
    assert "surroundings.[1]" in md.text
    assert md.text.endswith("\n\n[1] We thank the municipal officers.\n")
    assert "\n\na budget line;\ncooling centres;\ntree canopy targets.\n" in md.text
    comparison = compare(md.text, docx.text)
    assert comparison.stats.words_added == comparison.stats.words_deleted == 0
    assert comparison.stats.words_changed == 0
    assert docx.headings == md.headings  # (Title 1, Heading 1 2, the German id by its name)


def test_markdown_bullet_rules_keep_ordinary_lines() -> None:
    from wirediff.core.reading.text import markdown_text

    kept = "-5 degrees\n*not a bullet*\n+3% on the year\n1. a numbered item\n[^] and [^ 1]"
    assert (
        markdown_text(kept)
        == "-5 degrees\nnot a bullet\n+3% on the year\n1. a numbered item\n[^] and [^ 1]"
    )


def test_word_headings_known_by_their_outline_level_are_sections(tmp_path: Path) -> None:
    """A heading of the writer's own style ("Titre 1" in a French template, "MyHeading"
    based on it, a paragraph given an outline level itself) gave no section: h said "No
    sections" (an academic's walkthrough). Body text (level 9), a style based on nothing
    known and an outline level in a tracked change's old properties stay text."""

    def para(style: str, text: str, own: str = "") -> str:
        styled = f'<w:pStyle w:val="{style}"/>' if style else ""
        return f"<w:p><w:pPr>{styled}{own}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"

    old = '<w:pPrChange w:id="1"><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange>'
    body = (
        para("Titre1", "Méthodes")
        + para("", "Nous avons codé les plans.")
        + para("MyHeading", "Données")
        + para("", "Résultats", '<w:outlineLvl w:val="1"/>')
        + para("", "Ville par ville.", '<w:outlineLvl w:val="9"/>')
        + para("Corps", "Le texte.")
        + para("", "Un paragraphe modifié.", old)
    )
    styles = (
        f'<w:styles xmlns:w="{_W}">'
        '<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="Titre 1"/>'
        '<w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>'
        '<w:style w:type="paragraph" w:styleId="MyHeading"><w:name w:val="MyHeading"/>'
        '<w:basedOn w:val="Titre1"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Corps"><w:name w:val="Corps"/>'
        '<w:basedOn w:val="Corps"/><w:rPr><w:outlineLvl w:val="0"/></w:rPr></w:style>'
        "</w:styles>"
    )
    doc = read_document(
        _write(tmp_path / "plan.docx", make_docx([], xml=body, parts={"word/styles.xml": styles}))
    )
    assert doc.headings == ((2, "Méthodes"), (2, "Données"), (3, "Résultats"))
    assert outline(doc.text, doc.headings).at(doc.text.index("Ville")) == "Données › Résultats"


def test_indented_code_blocks_hold_no_headings_nor_markup(tmp_path: Path) -> None:
    """A listing indented four spaces, as Markdown writes code without fences, had its
    shell comment made a section of the outline and its "-" a bullet, where a fenced one
    is code (an academic's walkthrough). An item's indented paragraph or sub-list is the
    list's, and an indented line running on from a paragraph is prose; a .txt's indented
    paragraphs (a news text's) are not read as Markdown at all."""
    text = (
        "# Method\n\nWe ran:\n\n    # install the tools\n    - pip install **x**\n\n"
        "        indented more\n\nThen:\n\n- an item\n\n    its **second** paragraph\n"
        "    - a sub-item\n\nA paragraph\n    running on, *indented*.\n\n# Results\n"
    )
    doc = read_document(_write(tmp_path / "code.md", text))
    assert doc.headings == ((1, "Method"), (1, "Results"))
    assert doc.text == (
        "Method\n\nWe ran:\n\n# install the tools\n- pip install **x**\n\n    indented more\n\n"
        "Then:\n\nan item\n\n    its second paragraph\na sub-item\n\nA paragraph\n"
        "    running on, indented.\n\nResults\n"
    )
    news = "PARIS (AFP) - Le gouvernement a annoncé mardi\n\n    - 5 % des emplois\n"
    assert read_document(_write(tmp_path / "depeche.txt", news)).text == news
