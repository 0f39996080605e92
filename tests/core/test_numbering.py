"""Numbering labels: a redraft's renumbering compared as equal when asked, never a figure."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirediff.cli import main
from wirediff.core.compare import compare
from wirediff.core.numbering import ends_label, heading_number_spans, label_spans, reference_spans
from wirediff.core.options import CompareOptions
from wirediff.core.quoting import figure_changes, figures_said
from wirediff.core.reading import read_document
from wirediff.core.result import RowKind


@pytest.mark.parametrize(
    ("line", "label"),
    [
        ("2.3 The committee found", "2.3"),
        ("  2.3.1. Sub-clause", "2.3.1"),
        ("(4) An operator must", "4"),
        ("(c) a person who", "c"),
        ("(iv) the rest", "iv"),
        ("b) first item", "b"),
        ("12. The Act", "12"),
        ("Section 11. Monetary penalties", "11"),
        ("Section 6 Monetary penalties", "6"),
        ("Part II — Scope", "II"),
        ("§ 5 Geltungsbereich", "5"),
        ("Article 3: Definitions", "3"),
        ("Статья 5. Сфера применения", "5"),
        # figures, dates and words are no labels
        ("12 people died in the floods", None),
        ("3.5 million people were moved", None),
        ("14.11.2026 The date of the hearing", None),
        ("(2024) Annual report", None),
        ("A man said", None),
        ("(see) below", None),
    ],
)
def test_a_label_is_a_lines_numbering(line: str, label: str | None) -> None:
    assert [line[a:b] for a, b in label_spans(line)] == ([label] if label else [])


def test_a_label_must_start_an_item() -> None:
    """A hard-wrapped sentence's next line, a reference in lower case and a date are no
    labels (a review found each taken for one: "section 11 → 12" then compared equal)."""
    text = "The fine in section 11 rises.\n(4) An operator must report."
    assert [text[a:b] for a, b in label_spans(text)] == ["4"]
    wrapped = "A person who breaches the duty in\nsection 11 of this Act is liable.\n"
    assert label_spans(wrapped) == [] and label_spans(wrapped.replace("section", "Section")) == []
    assert label_spans("3. Oktober 2024 war ein Donnerstag.") == []
    clauses = "(2) A report must set out—\n(a) the number;\n(b) the time; and\n(c) the cost.\n"
    assert [clauses[a:b] for a, b in label_spans(clauses)] == ["2", "a", "b", "c"]
    assert label_spans("Article 5 applies to every operator.") == []  # a sentence
    bullets = "- (a) the first duty;\n- (b) the second duty."
    assert [bullets[a:b] for a, b in label_spans(bullets)] == ["a", "b"]  # as Markdown lists
    nbsp = "§\u00a05 Geltungsbereich\n\nSection\u00a06 Penalties"
    assert [nbsp[a:b] for a, b in label_spans(nbsp)] == ["5", "6"]
    # the full stop of a heading's label, looked for near the line's start only
    heading = "Section 11. Monetary penalties"
    assert ends_label(heading, heading.index(".")) and not ends_label("x" * 500 + ". Y", 500)


def test_a_referenced_letter_at_a_wrapped_lines_start_is_no_label() -> None:
    """A draft hard-wrapped at 76 columns put "(B)" of "described in subparagraph (B)" at
    the start of a line: it was taken for an item's label there and for a word in the same
    draft's .docx, a change "B → B" with Ignore numbering on (six in a bill). Found by a
    legislative counsel's assistant."""
    wrapped = (
        "(2) The Administrator shall issue the permit described in subparagraph\n"
        "(B) not later than 90 days after the date of enactment of this Act; and\n"
        "(B) the permit shall be renewed every five years.\n"
    )
    assert [wrapped[a:b] for a, b in label_spans(wrapped)] == ["2", "B"]
    assert wrapped.index("(B) the") + 1 == label_spans(wrapped)[1][0]
    flat = wrapped.replace("subparagraph\n(B)", "subparagraph (B)")
    options = CompareOptions(ignore_numbering=True, ignore_paragraphs=True)
    assert compare(wrapped, flat, options).changes == ()


DRAFT_1 = (
    "1. Scope\n\n2.1 The Act applies to every operator.\n\n"
    "2.2 It ends on 1 January 2030.\n\n(a) the first duty\n\n(b) the second duty\n"
)
DRAFT_2 = (
    "1. Scope\n\n2.1 A new clause on registration.\n\n2.2 The Act applies to every operator.\n\n"
    "2.3 It ends on 1 January 2030.\n\n(a) the second duty\n"
)


def test_renumbered_clauses_are_equal_when_numbering_is_ignored() -> None:
    """A clause put in renumbers every one after it: an 80-page report had 151 changes, 138
    of them "2.3 → 2.4". Ignored, the clause put in and the duty taken out are the changes;
    the text shown is the text as written."""
    plain = compare(DRAFT_1, DRAFT_2)
    assert len(plain.changes) == 4
    ignored = compare(DRAFT_1, DRAFT_2, CompareOptions(ignore_numbering=True))
    kinds = [row.kind for row in ignored.rows]
    assert kinds == [
        RowKind.EQUAL,
        RowKind.INSERTED,
        RowKind.EQUAL,
        RowKind.EQUAL,
        RowKind.DELETED,
        RowKind.EQUAL,
    ]
    assert ignored.right_text == DRAFT_2


def test_a_renumbered_label_is_no_figure_changed_when_numbering_is_ignored() -> None:
    """The figures changed of a renumbered report were a page of "2.3 → 2.4", its two real
    corrections buried; without the option a label is text like any other."""
    left = DRAFT_1.replace("every operator.", "every operator with 50 staff.")
    right = DRAFT_2.replace("every operator.", "every operator with 40 staff.")
    ignored = CompareOptions(ignore_numbering=True)
    assert figures_said(compare(left, right, ignored)) == "50 → 40"
    assert "2.2 → 2.3" in figures_said(compare(left, right), None)


def test_references_renumbered_are_equal_when_numbering_is_ignored() -> None:
    """A section put in renumbers every reference after it too: a bill's draft with one
    section added had 84 changes "section 26 → 27" among 136, with numbering ignored, and
    its figures changed were pages of them. Found by a policy analyst."""
    left = (
        "Section 4. Penalties\n\n(1) A person who breaches section 26 or Section 12(3)(b) is"
        " liable under paragraph (4) to a fine of 5,000 euros.\n\n(2) The conditions in"
        " section 27 are met where subsection (2) applies; see Schedule 1.\n"
    )
    right = left.replace("Section 4.", "Section 5.").replace("section 26", "section 27")
    right = right.replace("12(3)(b)", "13(3)(c)").replace("(4)", "(5)").replace(" 27 ", " 28 ")
    right = right.replace("5,000", "7,500")
    ignored = compare(left, right, CompareOptions(ignore_numbering=True))
    assert figures_said(ignored) == "5,000 euros → 7,500 euros" and len(ignored.changes) == 1
    plain = figures_said(compare(left, right), None)  # (without the option: each a change)
    assert "26 → 28" in plain and "5,000 euros → 7,500 euros" in plain
    spans = [left[a:b] for a, b in reference_spans(left.replace("section 27", "section\n27"))]
    assert spans == ["4", "26", "12(3)(b)", "(4)", "27", "(2)", "1"]  # (a wrapped line's too)
    assert reference_spans("The section's 26 members; article 5,000 words") == []


def test_the_command_line_ignores_numbering_when_asked(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    paths = [tmp_path / "one.txt", tmp_path / "two.txt"]
    for path, text in zip(paths, (DRAFT_1, DRAFT_2), strict=True):
        path.write_text(text, encoding="utf-8")
    args = ["compare", *map(str, paths), "--format", "json"]
    assert main(args) == 0
    assert len(json.loads(capsys.readouterr().out)["changes"]) == 4
    assert main([*args, "--ignore-numbering"]) == 0
    assert len(json.loads(capsys.readouterr().out)["changes"]) == 2


def test_a_headings_number_and_its_title_are_one_sentence() -> None:
    """ "Section 11. Monetary penalties" was cut after "11.": a section moved left its number
    behind as a deletion, and another section's number was shown equal to it."""
    from wirediff.core.stories.evidence import sentences

    assert sentences("Section 11. Monetary penalties\n\n(1) A penalty may be set.") == [
        "Section 11. Monetary penalties",
        "(1) A penalty may be set.",
    ]
    assert sentences("Part II. Scope of the Act") == ["Part II. Scope of the Act"]
    assert sentences("He wrote Part II. Then he left.") == ["He wrote Part II.", "Then he left."]
    # a changed heading's number is a word changed in its heading, not a sentence of its own
    left = "Section 11. Monetary penalties\n\nThe authority may fine an operator."
    right = left.replace("11", "14")
    (change,) = compare(left, right).changes
    assert (change.kind, left[change.left.start : change.left.end]) == ("replace", "11")


_TOPICS = ("Scope", "Definitions", "Licences", "Inspections", "Fees", "Appeals", "Penalties")


def bill(inserted: bool, fine: str) -> str:
    """A bill of seven sections, each citing the section two after it; ``inserted``: a
    section put in third (every later section and reference renumbered); ``fine``: the
    penalty."""
    parts = ["Waste Management Bill 2026\n"]
    number = 0
    for i, topic in enumerate(_TOPICS):
        if inserted and i == 2:
            number += 1
            parts.append(
                f"Section {number}. Transitional provisions\n\n(1) A licence held on the day "
                "this Act comes into force continues for two years under its conditions.\n"
            )
        number += 1
        cited = number + 2
        parts.append(
            f"Section {number}. {topic}\n\n(1) The authority shall publish rules on "
            f"{topic.lower()} within six months, after consulting the councils named in "
            f"section {cited}.\n\n(2) A person who fails to comply with subsection (1) of "
            f"section {cited} commits an offence and is liable to a fine of "
            f"{fine if topic == 'Penalties' else '2,000 euros'}.\n"
        )
    return "\n".join(parts)


def test_the_derivations_figures_are_the_comparisons_when_numbering_is_ignored(
    tmp_path: Path,
) -> None:
    """With numbering ignored, the banner and the report said "Edited version …; figures
    changed: 110 → 111 (×12), 405 → 305 (×18)…" beside the panel's four real changes: the
    derivation's evidence compares with the default options. Said of the comparison as
    made, its figures read from the source to the version either way round. Found by a
    counsel's assistant."""
    from wirediff.core.reading import read_document
    from wirediff.core.report.evidence import pair_level, pair_report
    from wirediff.core.stories import build_story_index, pair_derivation, wording
    from wirediff.core.stories import wording_as_compared as said

    paths = [tmp_path / "introduced.txt", tmp_path / "engrossed.txt"]
    paths[0].write_text(bill(False, "5,000 euros"), encoding="utf-8")
    paths[1].write_text(bill(True, "7,500 euros"), encoding="utf-8")
    base, other = map(read_document, paths)
    index = build_story_index([base, other])
    pair = pair_derivation(index, 0, 1)
    plain = wording(index, pair)
    real = "; figures changed: 5,000 euros → 7,500 euros"
    assert plain.startswith("Edited version of introduced.txt") and not plain.endswith(real)
    ignored = CompareOptions(ignore_numbering=True)
    assert said(index, pair, compare(base.text, other.text, ignored), 0).endswith(real)
    assert said(index, pair, compare(other.text, base.text, ignored), 1).endswith(real)
    assert said(index, pair, compare(base.text, other.text), 0) == plain
    for options, ends in ((ignored, real), (CompareOptions(), plain[plain.index(";") :])):
        report = pair_report(base, other, options=options, evidence=pair_level(base, other)[1])
        evidence = report.sections[0].evidence
        assert evidence is not None and evidence.endswith(ends), evidence


def test_a_paragraph_number_after_a_heading_of_a_text_written_a_paragraph_a_line() -> None:
    """A judgment saved as HTML reads a paragraph a line, its ``<h2>`` a line between them,
    no blank line: "27." after "The proceedings below" was taken for a sentence's word, and
    Ignore numbering showed 21 paragraph numbers renumbered (a legal-affairs reporter's
    walkthrough). A hard-wrapped sentence's next line stays no label."""
    paragraph = (
        "26. The district judge found that the penalty provisions were engaged and awarded "
        "the full sum, and we are grateful to counsel for their written submissions."
    )
    text = f"{paragraph}\nThe proceedings below\n27. Permission to appeal was granted.\n"
    assert [text[a:b] for a, b in label_spans(text)] == ["26", "27"]
    wrapped = (
        "The floods of last week were the worst the region has seen in decades, and the\n"
        "death toll rose on Tuesday to\n12. Officials said more rain is expected.\n"
    )
    assert label_spans(wrapped) == []
    lower = f"{paragraph}\nthe toll rose to\n12. Officials said so.\n"
    assert [lower[a:b] for a, b in label_spans(lower)] == ["26"]


BILL = (
    "Renters Bill\n\nPart 1 — Deposits\n\n{n} Sanctions\n\n(1) The court must order the "
    "landlord to pay a sum.\n\n(2) Only one order may be made.\n\nPart 2 — General\n\n"
    "{m} Regulations\n\n(1) Regulations may make provision.\n"
)


def test_a_bills_section_heading_number_is_a_label() -> None:
    """A UK bill's heading, "3 Sanctions", is a section for ``h``: its number is a label
    for Ignore numbering too (a bill with a section put in showed "3 → 4", "4 → 5"…)."""
    draft, final = BILL.format(n=3, m=6), BILL.format(n=4, m=7)
    labels = [(a, draft[a:b]) for a, b in label_spans(draft)]
    assert (draft.index("3 S"), "3") in labels and (draft.index("6 R"), "6") in labels
    options = CompareOptions(ignore_numbering=True)
    assert compare(draft, final, options).changes == ()
    assert compare(draft, final, CompareOptions()).changes != ()
    article = "Lobbying rules\n\n24 Hours of lobbying\n\nThe minister met 12 firms.\n"
    assert label_spans(article) == []  # (no draft: a subhead's number is no label)


def test_the_changes_that_renumber_alone_are_counted() -> None:
    """The changes panel points to Ignore numbering by them (a legal-affairs reporter)."""
    from wirediff.core.compare import compare
    from wirediff.core.numbering import renumbered
    from wirediff.core.options import CompareOptions

    paras = [
        f"{n}. Ground {n} was argued at length, and the panel gave reasons." for n in range(1, 16)
    ]
    left = "\n\n".join(paras) + "\n"
    right = (
        "\n\n".join(
            ["1. A ground put in first, with its reasons."]
            + [f"{n + 1}.{p.split('.', 1)[1]}" for n, p in enumerate(paras, start=1)]
        )
        + "\n"
    )
    right = right.replace("Ground 7 was argued", "Ground 7 was conceded")
    comparison = compare(left, right)
    assert renumbered(comparison) == 14  # (not the one put in, nor 7 → 8 with "conceded")
    assert renumbered(compare(left, right, CompareOptions(ignore_numbering=True))) == 0
    assert renumbered(compare(left, left.replace("Ground 3", "Ground 4"))) == 0  # (too few)


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Paper\n\n4. Discussion\n\nText.\n\n5. Conclusion\n\nText.\n", ["4", "5"]),
        (
            "Paper\n\n3. Methods\n\nText.\n\n3.1 Data\n\nText.\n\n3.2 Models\n\n",
            ["3", "3.1", "3.2"],
        ),
        ("Paper\n\n3.2 Models\n\nText.\n\n4. Results\n\nText.\n", ["3.2", "4"]),
        # Word's "%1" heading numbers, Roman numerals, letters: in their own sequence only
        ("Paper\n\n3 Methods\n\nText.\n\n3.1 Data\n\nText.\n\n4 Results\n", ["3", "3.1", "4"]),
        ("Paper\n\nIII. Methods\n\nText.\n\nIV. Results\n\nText.\n", ["III", "IV"]),
        ("Paper\n\nB. Methods\n\nText.\n\nC. Results\n\nText.\n", ["B", "C"]),
        ("Paper\n\nC. Methods\n\nText.\n\nCI. Results\n\nText.\n", ["C", "CI"]),
        ("Paper\n\nII. Methods\n\nText.\n\nC. Results\n\nText.\n", []),
        ("Paper\n\nIIV. Methods\n\nText.\n\nIIVI. Results\n\nText.\n", []),
        ("News\n\n24 Hours in Kyiv\n\nText.\n\n12 June\n\nText.\n", []),
        ("Liveblog\n\n12 June\n\nText.\n\n13 June\n\nText.\n", []),
        # a heading alone is numbered by nothing: a rank, a date, a figure on its own line
        ("Ranking\n\n1. Deutschland\n\nText.\n", []),
        ("Bahn streicht Stellen\n\n3.000 Stellen\n\nText.\n", []),
        ("Results\n\n5. Conclusion\n\nWe conclude.\n\n7. Annex\n\n", []),
        # a German date line, even two in order (a live blog's days)
        ("Bahn streicht Stellen\n\n12. Juni 2024\n\nDie Regierung will sparen.\n", []),
        ("Liveblog\n\n12. Juni\n\nText.\n\n13. Juni\n\nText.\n", []),
        ("Wahl\n\n3. Oktober\n\nText.\n\n4. Oktober\n\nText.\n", []),
    ],
)
def test_a_headings_number_is_numbering_in_a_sequence_of_headings_only(
    text: str, numbers: list[str]
) -> None:
    """ "12. Juni 2024" → "13. Juni 2024" on a line of its own (a German date under a
    headline) and "1. Deutschland" → "2. Deutschland" were no figure changed: any such
    line was a numbered heading (review rv181)."""
    assert [text[a:b].rstrip(".") for a, b in heading_number_spans(text)] == numbers


def test_a_date_or_a_rank_on_a_line_of_its_own_changed_is_a_figure_changed() -> None:
    body = "\n\nDie Regierung will sparen, sagte ein Sprecher am Montag in Berlin.\n"
    for old, new in [
        ("Bahn streicht Stellen\n\n12. Juni 2024", "Bahn streicht Stellen\n\n13. Juni 2024"),
        ("Wahl in Sachsen\n\n3. Oktober", "Wahl in Sachsen\n\n4. Oktober"),
        ("Ranking\n\n1. Deutschland", "Ranking\n\n2. Deutschland"),
    ]:
        assert figure_changes(compare(old + body, new + body)), old


@pytest.mark.parametrize(
    "numbers",
    [
        ("1. ", "2. ", "3. ", "3.1 ", "4. ", "4.1 ", "5. "),
        ("1 ", "2 ", "3 ", "3.1 ", "4 ", "4.1 ", "5 "),
        ("I. ", "II. ", "III. ", "", "IV. ", "", "V. "),
        ("A. ", "B. ", "C. ", "", "D. ", "", "E. "),
    ],
)
def test_ignore_numbering_ignores_a_papers_renumbered_markdown_headings(
    tmp_path: Path, numbers: tuple[str, ...]
) -> None:
    """A section put in renumbered the paper's headings after it, "## 3 Methods" → "## 4
    Methods", "## III." → "## IV.", and with Ignore numbering on each was still a change
    (only "3. Methods" was a label): the section put in and the real edit are left."""
    one, two, three, three_one, four, four_one, five = numbers
    head = (
        f"# Paper\n\n## {one}Introduction\n\nCities warm faster than the land around them."
        f"\n\n## {two}Data\n\nWe coded the plans.\n\n"
    )
    left = (
        f"{head}## {three}Methods\n\nWe ran a model.\n\n### {three_one}Model\n\n"
        f"A linear model.\n\n## {four}Results\n\nAdmissions fell by 17%.\n"
    )
    right = (
        f"{head}## {three}Limits\n\nThe sample is small.\n\n## {four}Methods\n\n"
        f"We ran a model.\n\n### {four_one}Model\n\nA linear model.\n\n## {five}Results"
        "\n\nAdmissions fell by 14%.\n"
    )
    for name, text in (("v1.md", left), ("v2.md", right)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = [read_document(tmp_path / name) for name in ("v1.md", "v2.md")]
    comparison = compare(docs[0].text, docs[1].text, CompareOptions(ignore_numbering=True))
    changed = [
        (c.kind.value, comparison.right_text[c.right.start : c.right.end].strip())
        for c in comparison.changes
    ]
    assert changed == [
        ("insert", f"{three}Limits".strip()), ("insert", "The sample is small."),
        ("replace", "14"),
    ]  # fmt: skip
    assert len(figure_changes(compare(docs[0].text, docs[1].text))) == 1  # (17% → 14% alone)
