"""Sections: the headings of a draft a change is under, and none found in an article."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.compare import compare
from wirediff.core.sections import change_sections, outline

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

BILL = """\
SHORT-TERM ACCOMMODATION BILL

A BILL to make provision for the licensing of short-term rental accommodation.

Part 1 — Preliminary

1. Short title

(1) This Act may be cited as the Short-Term Accommodation Act.

(2) It comes into force on a day appointed.

Part 2 — Licensing

14. Penalties

(1) A person must not let premises without a licence.

(a) the number of nights; and

(b) the register.

15.—(1) A licence lasts three years.

(2) It may be renewed.

Schedule 1 — Fixed penalties

Section 14

Operating premises without a licence £2,500
"""


def test_a_bills_parts_sections_and_schedules():
    found = outline(BILL)
    labels = [found.at(BILL.index(words)) for words in ("This Act may", "without a licence.")]
    assert labels == ["Part 1 — Preliminary › 1. Short title", "Part 2 — Licensing › 14. Penalties"]
    assert found.at(BILL.index("three years")) == "Part 2 — Licensing › 15"
    assert found.at(BILL.index("Operating")) == "Schedule 1 — Fixed penalties"  # ("Section 14"
    # under a Schedule's heading is the section bringing it in, not one of its own)
    assert found.at(BILL.index("A BILL")) == ""  # before the first heading
    assert found.at(BILL.index("Part 2")) == "Part 2 — Licensing"  # the heading itself


def test_markdown_headings_the_title_left_out():
    text = "# The Bill\n\nIntro.\n\n## Part 1\n\n### 1. Scope\n\nText.\n\n## Part 2\n\nMore.\n"
    found = outline(text)
    assert found.at(text.index("Intro")) == ""
    assert found.at(text.index("Text")) == "Part 1 › 1. Scope"
    assert found.at(text.index("More")) == "Part 2"


def test_upper_case_and_wrapped_drafts():
    text = (
        "PART 2\n\nCHAPTER 3 ENFORCEMENT\n\n14 Penalties\n\n(1) A person who lets premises\n"
        "14 days after the notice commits an offence.\n\n(a) first; and\n"
    )
    found = outline(text)
    # (the wrapped line "14 days after …" continues a paragraph: no heading)
    assert found.at(text.index("offence")) == "PART 2 › CHAPTER 3 ENFORCEMENT › 14 Penalties"


@pytest.mark.parametrize(
    "text",
    [
        # A numbered list in an article: no drafting marks around it
        "Five things to know\n\n1. Prices rose\n\nThey did.\n\n2. Wages fell\n\nAlso.\n\n"
        "3. Rents climbed\n\nYes.\n",
        # One heading alone is the article's title
        "# Budget recut\n\nThe council cut 12 posts.\n\n14 Penalties were handed out.\n",
        # A sentence naming a Part or a section is not a heading
        "Part 2 of the report was published on Monday.\n\nSection 14 of the Act applies.\n",
        # A news subhead naming a law: it labelled every later change, the byline's too (a
        # fuzzer); and NATO's "Article 5" as one
        "Tech giants face new scrutiny\n\nLawmakers renewed their push.\n\nSection 230\n\n"
        "The 1996 law protects websites.\n\nReporting by Jane Smith.\n",
        "Allies meet\n\nThe summit opened.\n\nArticle 5\n\nThe clause binds members.\n",
    ],
)
def test_an_article_has_no_sections(text: str):
    assert outline(text).headings == ()


def test_the_news_fixtures_have_no_sections():
    files = [p for p in FIXTURES.rglob("*.txt")]
    assert len(files) > 15
    for path in files:
        text = path.read_bytes().decode("utf-8", errors="replace")
        assert outline(text).headings == (), path


def test_a_change_is_placed_on_its_side():
    old = BILL
    new = BILL.replace("(2) It may be renewed.\n\n", "").replace("three years", "five years")
    new = new.replace("(2) It comes into force", "(2) It comes into force at once.\n\n(3) It")
    comparison = compare(old, new)
    said = dict(
        zip((c.kind.value for c in comparison.changes), change_sections(comparison), strict=True)
    )
    assert said["delete"] == "Part 2 — Licensing › 15"  # from the left: gone on the right
    assert said["replace"] == "Part 2 — Licensing › 15"
    assert said["insert"] == "Part 1 — Preliminary › 1. Short title"


def test_a_three_megabyte_draft_is_outlined_whole():
    """(in one pass: no timing asserted here; the headings of every copy are found)"""
    part = BILL.split("Schedule 1")[0]
    copies = 3_000_000 // len(part)
    found = outline(part * copies)
    assert len(found.headings) == copies * len(outline(part).headings)


def test_an_article_quoting_a_bills_lists_has_no_numbered_subheads_for_sections():
    """A news article quoting a bill's "(1)" and "(a)" took its subheads "24 Hours of
    lobbying" and "10 Downing Street responds" for sections: a change under "What comes
    next" said "in 24 Hours of lobbying" (a re-check)."""
    article = (
        "Senate passes platform bill\n\n"
        "The bill says:\n\n(1) A platform must publish its rules.\n\n"
        "(a) the rules must be clear; and\n\n(b) the rules must be kept.\n\n"
        "24 Hours of lobbying\n\nLobbyists worked through the night before the vote.\n\n"
        "10 Downing Street responds\n\nThe government welcomed the vote on Tuesday.\n\n"
        "What comes next\n\nThe bill goes to the other house in June.\n"
    )
    assert [h.label for h in outline(article).headings] == []


def test_a_bill_with_blank_lines_only_between_sections_has_its_sections():
    """A bill exported with its provisions right under each heading, a blank line only
    between sections: h found its Parts alone, "3. Requirement for a licence" over "(1) A
    person must not…" no section (a keyboard user's re-check)."""
    bill = (
        "Coastal Fisheries (Licensing) Bill\n\nPart 1 — Preliminary\n\n"
        "1. Short title\nThis Act may be cited as the Coastal Fisheries Act 2026.\n\n"
        "2. Interpretation\n(1) In this Act, a vessel is any boat used for fishing.\n"
        "(2) The authority is the Coastal Fisheries Board.\n\nPart 2 — Licensing\n\n"
        "3. Requirement for a licence\n(1) A person must not fish without a licence.\n"
        "(a) in coastal waters; or\n(b) in the estuary.\n"
    )
    labels = [h.label for h in outline(bill).headings]
    assert labels == [
        "Part 1 — Preliminary",
        "1. Short title",
        "2. Interpretation",
        "Part 2 — Licensing",
        "3. Requirement for a licence",
    ]


def test_a_heading_numbered_in_levels_is_a_section_under_its_chapter():
    """A translation reviser's report: "1.2 Scope" under "Chapter II" was no section, and h
    went from Chapter II straight to Chapter III. A paragraph so numbered is no heading."""
    text = (
        "Report of the Committee\n\nChapter I. Introduction\n\n1. The Committee met.\n\n"
        "Chapter II. Matters calling for action\n\n1.2 Scope\n\n3. The Committee recommends a "
        "decision.\n\n1.3 The Committee also noted the report of the secretariat on its work.\n\n"
        "Chapter III. Summary of deliberations\n\n6. Delegations took the floor.\n"
    )
    found = outline(text)
    assert (
        found.at(text.index("recommends")) == "Chapter II. Matters calling for action › 1.2 Scope"
    )
    assert (
        found.at(text.index("also noted")) == "Chapter II. Matters calling for action › 1.2 Scope"
    )
    assert found.at(text.index("took the floor")) == "Chapter III. Summary of deliberations"


def _judgment(sep: str) -> str:
    paragraphs = [
        "Introduction",
        "1. This appeal concerns the penalty for a deposit left unprotected.",
        "2. The facts are not in dispute, and we take them from the judgment below.",
        "The facts",
        "3. The deposit of £1,250 was paid to the letting agent in April.",
        "4. It was not protected within the statutory period.",
        "Ground 1: the meaning of 'tenancy'",
        "5. The word 'tenancy' must be given the same meaning throughout.",
        "[1] See the Law Commission's report of 2016.",
    ]
    return "Adeyemi v Kowalczyk Lettings Ltd [2024] UKSC 9" + sep + sep.join(paragraphs)


@pytest.mark.parametrize("sep", ["\n\n", "\n"])  # (a .txt; a page's or a Word file's)
def test_a_judgments_headings_over_numbered_paragraphs_are_sections(sep: str) -> None:
    """A judgment's headings, "Introduction", "The facts", each over a numbered paragraph:
    ``h`` said "No sections" and the report's Section column was empty (a legal-affairs
    reporter's walkthrough). Its title, over no numbered paragraph, is none."""
    text = _judgment(sep)
    found = outline(text)
    assert found.labels == ("Introduction", "The facts", "Ground 1: the meaning of 'tenancy'")
    assert found.at(text.index("4. It")) == "The facts"
    # an article's subhead over a numbered list of few items: no section
    article = text.replace("3. ", "").replace("4. ", "").replace("5. ", "")
    assert outline(article).headings == ()
