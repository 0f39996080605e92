"""Spanish and Portuguese abbreviations end no sentence, and Spanish's "no." ends one (a
Spanish/Portuguese desk's walkthrough: "La Sra. | Martínez", "el Gral. | Sandoval",
"MADRID, 7 Dic. | (EUROPA PRESS) -" were cut after the dot, while "…respondió que no. El
partido lo respaldó." was one sentence: English's "no." (number) ate it)."""

from __future__ import annotations

import pytest

from tests.core.helpers import sentences


@pytest.mark.parametrize(
    "text",
    [
        "La Sra. Martínez y el Dr. Pérez firmaron el acuerdo.",
        "El Lic. Ramírez presentó la demanda ante el Ing. Torres.",
        "La Dra. Sánchez habló con el Gral. Sandoval y el Pdte. Milei.",
        "La Profa. Díaz y la Lic. Gómez asistieron con el Mtro. Ruiz.",
        "Vive en la Av. Insurgentes, cerca de Cía. Minera Autlán.",
        "El pueblo de Sta. María Huatulco y Sto. Domingo sufrieron daños.",
        "O Sr. Silva e a Sra. Souza chegaram à reunião.",
        "MADRID, 7 Dic. (EUROPA PRESS) - El presidente habló.",
        "Ocurrió el 7 ago. (hora local) en la costa.",
        "O prazo vence a 12 Set. Portaria do ministério.",
        "La cumbre será el 7 may. en la capital.",
        "El Dip. Pérez y la Cia. Minera firmaron.",
    ],
)
def test_spanish_and_portuguese_abbreviations_end_no_sentence(text: str) -> None:
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "Le preguntaron si renunciaría y respondió que no. El partido lo respaldó.",
            ["Le preguntaron si renunciaría y respondió que no.", "El partido lo respaldó."],
        ),
        (
            "La respuesta fue no. El Congreso insistió.",
            ["La respuesta fue no.", "El Congreso insistió."],
        ),
        (
            "The answer was no. The council insisted.",
            ["The answer was no.", "The council insisted."],
        ),
        # a month that is a word ends its sentence where no day's number is before it
        (
            "That was two years ago. The council met.",
            ["That was two years ago.", "The council met."],
        ),
        ("He walked out. The council met.", ["He walked out.", "The council met."]),
        # English words Spanish abbreviates, as English writes them (a review: one sentence)
        (
            "The election will be held on 7 May. The council met on Monday.",
            ["The election will be held on 7 May.", "The council met on Monday."],
        ),
        (
            "He was briefed by the CIA. The agency declined to comment.",
            ["He was briefed by the CIA.", "The agency declined to comment."],
        ),
        (
            "Shares of the firm took a dip. Investors sold on Monday.",
            ["Shares of the firm took a dip.", "Investors sold on Monday."],
        ),
        ("The bank is ING. It said so.", ["The bank is ING.", "It said so."]),
    ],
)
def test_no_and_words_that_are_abbreviations_elsewhere_end_a_sentence(
    text: str, cut: list[str]
) -> None:
    assert sentences(text) == cut


@pytest.mark.parametrize(
    "text",
    [
        "He lives at No. 10 Downing Street, the prime minister's home.",
        "Check nos. 3 and 4 on the list before the vote.",
        "La Ley No. 12 entró en vigor.",
    ],
)
def test_no_before_a_number_ends_no_sentence(text: str) -> None:
    assert sentences(text) == [text]
