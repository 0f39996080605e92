"""Of two versions of one date, the one named a draft is the base, not the one named final.

A judgment's "harwood_draft_v3" and "harwood_approved", dated the same day, had the
approved one for the base: every change read backwards, "figures changed: £1,250,000 →
£797,485", the draft "an edited version" of the approved text (a court reporter's
walkthrough).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.stories.helpers import doc
from wirediff.core.stories import build_story_index
from wirediff.core.stories.base import _stage

APPROVED = [
    "IN THE COURT OF APPEAL (CIVIL DIVISION) on appeal from the Upper Tribunal.",
    "The Commission did not accept that the procedural requirements were mandatory.",
    "The appellant was ordered to pay £1,250,000 by way of restitution within the year.",
    "For these reasons the appeal is allowed in part and the matter is remitted.",
]
# the draft: a figure changed, and a sentence the approval deleted (the approved text, all
# of it in the draft, was the base)
DRAFT = [
    APPROVED[0],
    APPROVED[1],
    APPROVED[2].replace("£1,250,000", "£797,485"),
    "The tribunal had erred in its reading of the statutory scheme as a whole.",
    APPROVED[3],
]


@pytest.mark.parametrize(
    ("draft", "final"),
    [
        ("harwood_draft_v3.txt", "harwood_approved.txt"),
        ("Urteil-Entwurf.txt", "Urteil endgültig.txt"),
        ("jugement_brouillon.txt", "jugement_définitif.txt"),
        ("sentencia-borrador.txt", "sentencia-final.txt"),
        ("решение_проект.txt", "решение_окончательное.txt"),
        ("判决书草稿.txt", "判决书定稿.txt"),
    ],
)
def test_the_draft_of_a_day_is_the_base_of_the_version_approved(draft: str, final: str) -> None:
    documents = [
        replace(doc(final, APPROVED), date="2023-06-02"),
        replace(doc(draft, DRAFT), date="2023-06-02"),
    ]
    for order in (documents, documents[::-1]):
        index = build_story_index(order)
        [story] = index.stories
        assert index.documents[story.base].path.name == draft


@pytest.mark.parametrize(
    ("name", "stage"),
    [
        ("harwood_draft_v3", -1),
        ("Harwood-APPROVED", 1),
        ("award_finalists", 0),  # (a name's words, not their parts)
        ("redrafted_rules", 0),
        ("draft_final", 0),  # (both: says nothing)
        ("jugement_de\u0301finitif", 1),  # (a Mac's decomposed é)
        ("report", 0),
    ],
)
def test_a_stage_is_read_from_a_names_words(name: str, stage: int) -> None:
    assert _stage(doc(f"{name}.txt", APPROVED)) == stage


def test_a_final_version_beside_an_unnamed_copy_is_left_to_the_texts() -> None:
    """Only a draft and a final version together order by their names: of a statement
    named final and a paper's copy of its day, the names say nothing (the base is the one
    it is under names that say nothing)."""

    def base(copy: str, statement: str) -> str:
        documents = [
            replace(doc(copy, DRAFT), date="2023-06-02"),
            replace(doc(statement, APPROVED), date="2023-06-02"),
        ]
        index = build_story_index(documents)
        return index.documents[index.stories[0].base].text

    assert base("paper_copy.txt", "statement_final.txt") == base("a.txt", "b.txt")
    assert base("statement_final.txt", "paper_copy.txt") == base("b.txt", "a.txt")
