"""A clock time in twelve hours is the same figure as that time in 24 (a Spanish/Portuguese
desk's walkthrough: AP's "9:41 p.m." against a Mexican paper's "21:41 horas" read "figures
changed: 9:41 → 21:41 horas" on every such pair), and a figure's count is per unit ("cinco
muertos → siete muertos" in a headline was counted as the lede's "cinco personas → siete
personas (×2)")."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wirediff.core.clocks import Clock, clock
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
        # (a Mexican paper's time on the hour, and its point: "a las 21 horas", "21.41 horas")
        ("9 p.m.", "21 horas"),
        ("9 de la noche", "21 horas"),
        ("9:41 p.m.", "21.41 horas"),
        ("21 horas", "21:00"),
        ("9:41 p.m.", "9.41pm"),  # (British copy's point)
        ("2 de la noche", "02:00"),  # (the small hours: "las 2 de la noche")
        ("11 de la noche", "23:00"),
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
        # (an hour's zero marks a 24-hour clock: 09:41 is the morning, no half dropped)
        ("9:41 p.m.", "09:41", ["9:41 p.m. → 09:41"]),
        ("2 de la noche", "14:00", ["2 de la noche → 14:00"]),
        ("9.41pm", "9.41am", ["9.41pm → 9.41am"]),
        ("9 p.m.", "9 horas", ["9 p.m. → 9 horas"]),
        ("21 horas", "22 horas", ["21 horas → 22 horas"]),
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


@pytest.mark.parametrize(
    ("figure", "read"),
    [
        ("9:41 p.m.", Clock(21, 41, True, True, "")),
        ("12:30 a.m.", Clock(0, 30, True, True, "")),
        ("12 de la noche", Clock(0, 0, True, True, "")),
        ("2 de la noche", Clock(2, 0, True, True, "")),
        ("9:41", Clock(9, 41, False, False, "")),
        ("09:41", Clock(9, 41, True, False, "")),
        ("21:41 horas", Clock(21, 41, True, False, "")),
        ("21.41 horas", Clock(21, 41, True, False, "")),
        ("21 horas", Clock(21, 0, True, False, "")),
        ("10h30", Clock(10, 30, True, False, "")),
        ("09:41:30", Clock(9, 41, True, False, ":30")),
        ("14 p.m.", None),
        ("30 horas", None),
        ("9.41%", None),
        ("1.500", None),
        ("21", None),
    ],
)
def test_a_figure_is_read_as_a_clock_once(figure: str, read: Clock | None) -> None:
    assert clock(figure) == read


@given(
    hour=st.integers(1, 12),
    minute=st.integers(0, 59),
    half=st.sampled_from(["a.m.", "p.m."]),
    other=st.integers(0, 23).filter(lambda hour: not 10 <= hour <= 12),
)
def test_a_24_hour_clock_is_the_same_time_only_as_its_own_hour(
    hour: int, minute: int, half: str, other: int
) -> None:
    """Written with its zero ("09:41") or past 12, a time is the day's: the same figure as
    a time in twelve hours only where they are one hour of the day ("10:00" to "12:00" may
    be either half's)."""
    day_hour = hour % 12 + (12 if half == "p.m." else 0)
    old, new = f"{hour}:{minute:02d} {half}", f"{other:02d}:{minute:02d}"
    assert (_said(old, new) == []) == (other == day_hour)
