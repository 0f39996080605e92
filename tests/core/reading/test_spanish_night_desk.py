"""A Spanish and Portuguese night desk's dates: a day and its month's abbreviation in a
file name, AP's "ap_sismo_oaxaca_07dic_2215.txt" (three updates of a death toll were
undated, the middle one the base, "cinco personas → dos personas")."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from wirediff.core.reading import dates, load_paths
from wirediff.core.reading.dates import date_from_file_name, dateline_date, dateline_time
from wirediff.core.reading.metadata import guess_source, revision_stamps
from wirediff.core.stories import build_story_index

TODAY = date(2026, 12, 8)


@pytest.mark.parametrize(
    ("name", "read"),
    [
        ("ap_sismo_oaxaca_07dic_2215.txt", "2026-12-07T22:15:00"),
        ("ap_sismo_oaxaca_08dic_0115.txt", "2026-12-08T01:15:00"),
        ("nota_07dic2026.txt", "2026-12-07"),
        ("nota_7-dic-2026.txt", "2026-12-07"),
        ("lusa_7dez2026.txt", "2026-12-07"),
        ("lusa_7dez2026_0930.txt", "2026-12-07T09:30:00"),
        ("reuters_5Dec2026_0930.txt", "2026-12-05T09:30:00"),
        ("afp_15août2026.txt", "2026-08-15"),
        ("dpa_3mär_1200.txt", "2026-03-03T12:00:00"),
        ("efe_3mayo.txt", "2026-05-03"),
        # (the year the day last fell in: not more than two days ahead of the clock)
        ("efe_31dic.txt", "2025-12-31"),
        ("efe_10dic.txt", "2026-12-10"),
        ("efe_29feb.txt", "2024-02-29"),
        # (a digit stamp first)
        ("efe_20261201_07dic.txt", "2026-12-01"),
    ],
)
def test_a_day_and_its_months_abbreviation_in_a_file_name_date_it(name: str, read: str) -> None:
    assert date_from_file_name(name, today=TODAY) == read


@pytest.mark.parametrize(
    "name",
    [
        "mar_del_plata.txt",  # (words that are months, not glued to a day)
        "set_2_final.txt",
        "may_report.txt",
        "informe_7_mar.txt",
        "nota_7-mar.txt",  # (apart from its day, and no year after it)
        "top10may.txt",  # (a letter before the day)
        "mp3dic.txt",
        "nota_3mart.txt",  # (a letter after the month)
        "nota_32dic.txt",  # (no day)
    ],
)
def test_a_month_word_not_glued_to_a_day_is_no_date(name: str) -> None:
    assert date_from_file_name(name, today=TODAY) == ""


def test_a_day_a_folder_names_gives_its_year() -> None:
    assert date_from_file_name("x_07dic.txt", TODAY, near=date(2024, 12, 7)) == "2024-12-07"


_LEDE = (
    "OAXACA, México (AP) — Un sismo de magnitud 6,1 sacudió el lunes por la noche el estado "
    "de Oaxaca, en el sur de México, y causó la muerte de al menos {} personas, informaron "
    "las autoridades."
)
_REST = [
    "El Servicio Sismológico Nacional ubicó el epicentro a 12 kilómetros al sur de Santa "
    "María Huatulco, a una profundidad de 16 kilómetros.",
    "El gobernador Salomón Jara dijo en redes sociales que las víctimas murieron al "
    "derrumbarse una vivienda en el municipio de San Pedro Pochutla.",
    "La Coordinación Nacional de Protección Civil reportó daños en 140 viviendas y en la "
    "iglesia de Santo Domingo de Guzmán, en Pochutla.",
    "En la Ciudad de México sonó la alerta sísmica y miles de personas salieron a las calles.",
    "El Servicio Geológico de EE.UU. calculó la magnitud en 6,3.",
]


def test_aps_updates_named_by_day_and_time_are_in_their_order(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first update is its story's base, the later ones its updates (the middle one
    was: "cinco personas → dos personas")."""
    monkeypatch.setattr(dates, "latest_day", lambda today=None: (today or TODAY) + dates.AHEAD)
    takes = {
        "ap_sismo_oaxaca_07dic_2215.txt": ("dos", _REST[:2] + _REST[3:4]),
        "ap_sismo_oaxaca_07dic_2340.txt": ("cinco", _REST[:4]),
        "ap_sismo_oaxaca_08dic_0115.txt": ("siete", _REST),
    }
    for name, (toll, rest) in takes.items():
        text = "\n\n".join(
            ["Sismo de magnitud 6,1 sacude el sur de México", _LEDE.format(toll), *rest]
        )
        (tmp_path / name).write_text(text + "\n", encoding="utf-8")
        os.utime(tmp_path / name, (1_796_000_000, 1_796_000_000))  # (one file time for all)
    documents = load_paths([tmp_path]).documents
    assert sorted(d.date for d in documents) == [
        "2026-12-07T22:15:00",
        "2026-12-07T23:40:00",
        "2026-12-08T01:15:00",
    ]
    (story,) = build_story_index(documents).stories
    assert documents[story.base].name == "ap_sismo_oaxaca_07dic_2215.txt"


_NOTIMEX = (
    "Congreso aprobó la reforma y el gobierno dijo que la aplicará de inmediato en todo el "
    "estado, según informaron las autoridades locales."
)


@pytest.mark.parametrize(
    ("dateline", "day", "clock"),
    [
        ("Pochutla, Oax., 8 de diciembre de 2026, 6:30 a.m. (Notimex).-", "2026-12-08", "06:30"),
        ("Pochutla, Oax., 8 de diciembre de 2026, 6:30 p.m. (Notimex).-", "2026-12-08", "18:30"),
        ("Pochutla, Oax., 8 de diciembre de 2026, 12:10 a.m. (Notimex).-", "2026-12-08", "00:10"),
        ("Pochutla, Oax., 8 de diciembre de 2026, 6:30 AM (Notimex).-", "2026-12-08", "06:30"),
        ("ROSARIO, 7 de diciembre de 2026, 18:30 hs. (Télam) -", "2026-12-07", "18:30"),
        ("Pochutla, Oax., 8 de diciembre de 2026 (Notimex).-", "2026-12-08", ""),
    ],
)
def test_a_dateline_with_its_time_is_dated(dateline: str, day: str, clock: str) -> None:
    line = f"{dateline} {_NOTIMEX}"
    assert dateline_date(line) == day
    assert dateline_time(line) == clock


def test_a_notimex_dateline_with_its_time_dates_the_take(tmp_path: Path) -> None:
    """It was undated, and took its file's time."""
    path = tmp_path / "notimex_pochutla.txt"
    path.write_text(
        "Restablecen energía en Pochutla\n\n"
        f"Pochutla, Oax., 8 de diciembre de 2026, 6:30 a.m. (Notimex).- {_NOTIMEX}\n",
        encoding="utf-8",
    )
    (doc,) = load_paths([path]).documents
    assert (doc.date, doc.date_source, doc.captured) == (
        "2026-12-08",
        "document",
        "2026-12-08T06:30:00",
    )


@pytest.mark.parametrize(
    "stamp",
    [
        "Publicado el 14 de marzo de 2026 a las 07:12, actualizado a las 18:40",
        "Publicado em 14 de março de 2026 às 07h12, atualizado às 18h40",
        "Publicada el 14/03/2026 07:12, actualizada el 14/03/2026 18:40",
    ],
)
def test_a_spanish_or_portuguese_update_after_a_comma_gives_its_time(stamp: str) -> None:
    """As French "…, mis à jour à 18h40" does: the page was read at its 07:12."""
    assert revision_stamps(f"Tormenta cierra carretera\n\n{stamp}\n\n{_NOTIMEX}\n") == [
        "2026-03-14T18:40:00"
    ]


def test_an_update_in_a_sentence_is_no_stamp() -> None:
    text = (
        f"Reforma\n\nEl proyecto, actualizado el 16 de marzo por el Senado, vuelve.\n\n{_NOTIMEX}\n"
    )
    assert revision_stamps(text) == []


_PETROBRAS = (
    "Petrobras aprova plano de investimentos de US$ 111 bilhões\n\n"
    "SÃO PAULO (Reuters) - A Petrobras aprovou nesta segunda-feira um plano de investimentos "
    "de US$ 111 bilhões para o período de 2027 a 2031, informou a estatal em fato relevante.\n\n"
    "As ações preferenciais da Petrobras fecharam em queda de 1,8%, a R$ 36,42.\n\n"
)


@pytest.mark.parametrize(
    ("closing", "file_name", "outlet"),
    [
        ("O Globo, com Reuters", "oglobo_petrobras.txt", "O Globo"),
        ("O Globo, com Reuters", "petrobras.txt", "O Globo"),
        ("Com informações da Reuters", "oglobo_petrobras.txt", "O Globo"),
        ("Con información de Reuters y AP", "oglobo_petrobras.txt", "O Globo"),
        ("El Universal, con información de Reuters", "petrobras.txt", "El Universal"),
        # (the agency's own, or no paper named: the agency its dateline credits)
        ("Con información de Reuters", "reuters_petrobras.txt", "Reuters"),
        ("Con información de Reuters", "petrobras.txt", "Reuters"),
        ("La empresa dijo que trabajará con Reuters", "oglobo_petrobras.txt", "Reuters"),
        ("", "oglobo_petrobras.txt", "Reuters"),
    ],
)
def test_a_papers_credit_of_agency_material_makes_the_text_the_papers(
    closing: str, file_name: str, outlet: str
) -> None:
    """ "O Globo, com Reuters" closing O Globo's trim of Reuters' story: it was listed as
    Reuters, the dateline's credit before the file name, and Reuters copied Reuters."""
    text = f"{_PETROBRAS}{closing}\n"
    assert guess_source(text, file_name=file_name) == outlet
