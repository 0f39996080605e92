"""Papers' names that other papers elsewhere have too, credited in a dateline: the paper
known only where the dateline's place is in its country (a review found "PHILADELPHIA
(Inquirer) -" read as the Philippine Daily Inquirer's own report)."""

from __future__ import annotations

import pytest

from wirediff.core.reading.metadata import guess_source

EN_HEADLINE = "Council approves budget"
EN_LEDE = "The city council voted on Tuesday to approve the new budget, officials said."
ES_HEADLINE = "Aprueban el presupuesto"
ES_LEDE = "El cabildo aprobó el martes el nuevo presupuesto, dijo el alcalde."


@pytest.mark.parametrize(
    ("dateline", "lede"),
    [
        ("PHILADELPHIA (Inquirer) -", EN_LEDE),
        ("(Inquirer) -", EN_LEDE),
        ("TORONTO (The Star) -", EN_LEDE),
        ("NAIROBI (The Star) -", EN_LEDE),
        ("BEIRUT (The Daily Star) -", EN_LEDE),
        ("SINGAPORE (Berita Harian) -", EN_LEDE),
        ("CARACAS (El Universal) -", ES_LEDE),
        ("SAN JOSÉ, Costa Rica (La Nación) -", ES_LEDE),
        ("CARACAS (El Tiempo) -", ES_LEDE),
        ("ROMA (Tempo) -", EN_LEDE),
    ],
)
def test_another_countrys_paper_of_the_name_is_none(dateline: str, lede: str) -> None:
    text = f"{EN_HEADLINE}\n\n{dateline} {lede}\n"
    assert guess_source(text, file_name="a.txt") == ""


@pytest.mark.parametrize(
    ("dateline", "lede", "outlet"),
    [
        ("MANILA, Philippines (Inquirer) -", EN_LEDE, "Philippine Daily Inquirer"),
        ("QUEZON CITY, Dec. 6 (Inquirer) -", EN_LEDE, "Philippine Daily Inquirer"),
        ("PHILADELPHIA (Philippine Daily Inquirer) -", EN_LEDE, "Philippine Daily Inquirer"),
        ("KUALA LUMPUR (The Star) -", EN_LEDE, "The Star"),
        ("PETALING JAYA, Dec 6 (The Star) -", EN_LEDE, "The Star"),
        ("DHAKA (The Daily Star) -", EN_LEDE, "The Daily Star"),
        ("CIUDAD DE MÉXICO (El Universal) -", ES_LEDE, "El Universal"),
        ("BUENOS AIRES (La Nación) -", ES_LEDE, "La Nación"),
        ("BOGOTÁ (El Tiempo) -", ES_LEDE, "El Tiempo"),
        ("JAKARTA (Tempo) -", EN_LEDE, "Tempo"),
    ],
)
def test_the_paper_of_the_datelines_country_is_known(dateline: str, lede: str, outlet: str) -> None:
    text = f"{EN_HEADLINE}\n\n{dateline} {lede}\n"
    assert guess_source(text, file_name="a.txt") == outlet
