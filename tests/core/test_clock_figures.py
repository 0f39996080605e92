"""A clock time in twelve hours is the same figure as that time in 24 (a Spanish/Portuguese
desk's walkthrough: AP's "9:41 p.m." against a Mexican paper's "21:41 horas" read "figures
changed: 9:41 → 21:41 horas" on every such pair), and a figure's count is per unit ("cinco
muertos → siete muertos" in a headline was counted as the lede's "cinco personas → siete
personas (×2)")."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.quoting import changed_figures, figures_said

_QUAKE = (
    "El Servicio Sismológico Nacional ubicó el epicentro a 12 kilómetros al sur de Santa "
    "María Huatulco, a una profundidad de 16 kilómetros. El movimiento ocurrió a las {}.\n"
)


def _said(old: str, new: str) -> list[str]:
    return changed_figures(compare(_QUAKE.format(old), _QUAKE.format(new)), None)[0]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("9:41 p.m. hora local", "21:41 horas"),
        ("9:41 p.m.", "21:41"),
        ("9:41 p. m.", "21:41 horas"),  # (Spanish's spaced form)
        ("9:41 PM", "21:41"),
        ("9:41pm", "21:41"),
        ("3 p.m.", "15:00"),
        ("9:41 de la noche", "21:41 horas"),
        ("4:10 de la tarde", "16:10"),
        ("9:41 da noite", "21:41"),
        ("12:30 a.m.", "00:30"),
        ("12:30 p.m.", "12:30"),
        ("9:41 a.m.", "09:41"),
        ("09:41", "9:41"),  # (an hour's zero)
        ("9:41 p.m.", "9:41"),  # (the half of the day dropped: English copy's way)
    ],
)
def test_a_clock_time_in_twelve_hours_is_the_same_in_24(old: str, new: str) -> None:
    assert _said(old, new) == []
    assert _said(new, old) == []


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("9:41 p.m. hora local", "22:41 horas", ["9:41 p.m. → 22:41 horas"]),
        ("9:41 p.m.", "10:41 p.m.", ["9:41 p.m. → 10:41 p.m."]),
        ("9:41 a.m.", "21:41", ["9:41 a.m. → 21:41"]),
        ("9:41 de la noche", "9:41 de la mañana", ["9:41 de la noche → 9:41 de la mañana"]),
        ("3 p.m.", "16:00", ["3 p.m. → 16:00"]),
    ],
)
def test_another_time_is_a_figure_changed(old: str, new: str, said: list[str]) -> None:
    assert _said(old, new) == said


def test_a_figure_is_counted_per_unit() -> None:
    lede = (
        "Un sismo de magnitud 6,1 sacudió el lunes por la noche el estado de Oaxaca, en el "
        "sur de México, y causó la muerte de al menos {} personas, informaron las autoridades."
    )
    old = f"Sismo en Oaxaca deja al menos cinco muertos\n\n{lede.format('cinco')}\n"
    new = f"Sismo en Oaxaca deja siete muertos y 43 heridos\n\n{lede.format('siete')}\n"
    assert figures_said(compare(old, new), None) == (
        "cinco muertos → siete muertos, cinco personas → siete personas"
    )
