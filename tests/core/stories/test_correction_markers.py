"""A version whose headline or file name marks a later take (a correction, an update) is
no base over the unmarked original when their times do not order them.

Keystone-SDA's story, dated by its file name's day, was "an edited version" of its
Neufassung of 13:10 that day, the update's new facts read as deleted; APA's, NTB's, STT's
and TT's correction markers ("KORR", "ERGÄNZT", "RETTELSE", "KORJATTU", "UPPDATERAD") were
not known (a German and Nordic desk's walkthrough).
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.stories.helpers import doc
from wirediff.core.stories import build_story_index
from wirediff.core.wiremarkers import WIRE_MARKERS, later_take

HEADLINE = "Bundesrat will Prämienverbilligung pro Haushalt begrenzen"
ORIGINAL = [
    "Bern (sda) - Der Bundesrat will die Prämienverbilligung für Haushalte mit hohem "
    "Einkommen begrenzen, wie die Landesregierung am Freitag in Bern mitteilte.",
    "Künftig sollen höchstens 12'500 Franken pro Haushalt und Jahr ausbezahlt werden, "
    "was den Bund jährlich um rund 180 Millionen Franken entlasten soll.",
    "Die Kantone hatten in der Vernehmlassung mehr Spielraum bei der Umsetzung verlangt "
    "und eine Übergangsfrist von drei Jahren gefordert.",
    "Die Vernehmlassung dauert bis zum 31. März 2027, das Parlament könnte die Vorlage "
    "frühestens in der Sommersession beraten.",
]
# the correction: a figure changed and a sentence struck, wholly inside the original (the
# more contained, it was the base by the texts alone)
CORRECTED = [ORIGINAL[0], ORIGINAL[1].replace("180", "160"), ORIGINAL[3]]


def _base(*documents) -> str:  # type: ignore[no-untyped-def]
    names = set()
    for order in (list(documents), list(documents)[::-1]):
        index = build_story_index(order)
        [story] = index.stories
        names.add(index.documents[story.base].path.name)
    [name] = names
    return name


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (f"{HEADLINE} (Neufassung)", "sda_praemienverbilligung.docx"),
        (f"KORR: {HEADLINE}", "APA0431_praemien.txt"),
        (f"2. KORR: {HEADLINE}", "APA0498_praemien.txt"),
        (f"ERGÄNZT: {HEADLINE}", "APA0467_praemien.txt"),
        (f"UPDATE 1-{HEADLINE}", "praemien_2.txt"),
        (f"CORRECTED-{HEADLINE}", "praemien_2.txt"),
        (HEADLINE, "praemien_RETTELSE.txt"),  # (its file name's word)
        (HEADLINE, "praemien_2KORR.txt"),
        (HEADLINE, "praemien_Berichtigung.txt"),
    ],
)
def test_a_marked_take_of_a_timed_day_is_no_base_over_the_original(title: str, name: str) -> None:
    """The original dated by its day alone, the correction at 13:10 that day: the times do
    not order them, and the correction's marker does."""
    original = replace(doc("sda_20261205_praemien.txt", [HEADLINE, *ORIGINAL]), date="2026-12-05")
    marked = replace(doc(name, [title, *CORRECTED]), date="2026-12-05T13:10:00")
    assert _base(original, marked) == "sda_20261205_praemien.txt"
    # undated, both
    original, marked = replace(original, date=""), replace(marked, date="")
    assert _base(original, marked) == "sda_20261205_praemien.txt"
    # of one day, neither with a time
    original, marked = replace(original, date="2026-12-05"), replace(marked, date="2026-12-05")
    assert _base(original, marked) == "sda_20261205_praemien.txt"


def test_times_that_order_them_come_before_a_marker() -> None:
    """A marked take known to be the earlier by its time stays the base (a correction's
    word in a headline says nothing when the clocks do)."""
    marked = replace(doc("korr.txt", [f"KORR: {HEADLINE}", *CORRECTED]), date="2026-12-05T10:00")
    later = replace(doc("copy.txt", [HEADLINE, *ORIGINAL]), date="2026-12-05T11:00")
    assert _base(marked, later) == "korr.txt"
    # two marked: the texts decide, as ever (the correction is the more contained)
    update = replace(doc("update.txt", [f"UPDATE 1-{HEADLINE}", *ORIGINAL]), date="")
    assert _base(replace(marked, date=""), update) == "korr.txt"


@pytest.mark.parametrize(
    ("title", "name", "marked"),
    [
        ("KORR: Wiener Gemeinderat beschließt Budget 2027", "", True),
        ("2. KORR: Wiener Gemeinderat beschließt Budget 2027", "", True),
        ("ERGÄNZT: Wiener Gemeinderat beschließt Budget", "", True),
        ("ERGAENZT: Wiener Gemeinderat beschließt Budget", "", True),
        ("URGENT-UPDATE 2-Chile quake toll rises", "", True),
        ("REFILE-Chile quake toll rises", "", True),
        ("Bundesrat will sparen (Neufassung)", "", True),
        ("Schnee bis in tiefe Lagen (2. Update)", "", True),
        ("RETTELSE: Budsjettforlik", "", True),
        ("Riksbanken sänker styrräntan", "TT_riksbanken_1045_UPPDATERAD", True),
        ("Hallitus leikkaa asumistukea", "STT_20261205_asumistuki_KORJATTU", True),
        ("Regeringen afsætter 2,5 mia.", "ritzau_landbrug_OPDATERET", True),
        ("Budsjett", "NTB_budsjett_OPPDATERT", True),
        ("Budsjett", "NTB_budsjett_KORRIGERT", True),
        ("Budsjett", "NTB_budsjett_OPPDATERING", True),
        ("Budsjett", "TT_budget_RÄTTELSE", True),
        ("URGENT-Greek bailout talks resume", "", False),  # (a flash: no later take)
        ("EILMELDUNG: Bahnstreik", "", False),
        ("Update on the budget talks", "", False),  # (a headline's own words)
        ("Budget: correction of the deficit expected", "", False),
        ("Mit Video (Live)", "", False),
        ("Wiener Gemeinderat beschließt Budget", "APA0412_wien-budget-2027", False),
    ],
)
def test_a_later_takes_marker_is_read_from_its_headline_or_name(
    title: str, name: str, marked: bool
) -> None:
    assert later_take(title, name) is marked


def test_german_and_nordic_correction_markers_are_wire_markers() -> None:
    """Their words in capitals are no event's terms (a day of a desk's corrections all open
    "KORR:"), as "URGENT-" is not."""
    from wirediff.core.stories.events import _terms_of

    for marker in "KORR ERGÄNZT ERGAENZT RETTELSE RÄTTELSE KORJATTU OPDATERET".split():
        assert marker.casefold() in WIRE_MARKERS
        assert _terms_of(marker) == (), marker
    for marker in "UPPDATERAD OPPDATERT KORRIGERT OPPDATERING".split():
        assert marker.casefold() in WIRE_MARKERS
        assert _terms_of(marker) == (), marker


def test_a_papers_unmarked_copy_is_no_original_of_an_agencys_marked_take() -> None:
    """A paper's copy of the day, crediting the agency under its own file name, may be a
    copy of the update with its marker left out: the agency's correction of 10:00 stays first."""
    take = replace(
        doc("reuters_praemien_corrected.txt", [f"CORRECTED-{HEADLINE}", *CORRECTED]),
        source="Reuters",
        date="2026-12-05T10:00:00",
    )
    copy = replace(
        doc("the-scotsman_praemien.txt", [HEADLINE, *ORIGINAL]), source="Reuters", date="2026-12-05"
    )
    assert _base(take, copy) == "reuters_praemien_corrected.txt"
    # the agency's own unmarked file is its original
    own = replace(copy, path=copy.path.with_name("reuters_praemien.txt"))
    assert _base(take, own) == "reuters_praemien.txt"


EFE_HEADLINE = "Banxico recorta su tasa de interés al 6,75 % en su última decisión del año"
EFE_ORIGINAL = [
    "CIUDAD DE MÉXICO, 7 dic (EFE).- El Banco de México (Banxico) recortó este lunes su tasa "
    "de interés de referencia en 25 puntos básicos, hasta el 6,75 %, en su última decisión de "
    "política monetaria de 2026, informó la institución en un comunicado.",
    "La Junta de Gobierno aprobó el recorte por mayoría de cuatro votos contra uno. El "
    "subgobernador Jonathan Heath votó por mantener la tasa sin cambios.",
    "La Secretaría de Hacienda anunció por separado un programa de apoyo a pequeñas empresas "
    "por 1.500 millones de pesos (unos 82 millones de dólares).",
    "La próxima decisión de política monetaria está prevista para el 11 de febrero de 2027.",
]
# the correction: a figure changed and a sentence struck, wholly inside the original
EFE_CORRECTED = [
    EFE_ORIGINAL[0],
    EFE_ORIGINAL[2].replace("1.500", "1.800").replace("82", "98,5"),
    EFE_ORIGINAL[3],
]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        (f"{EFE_HEADLINE} (CORREGIDA)", "efe_banxico_2.txt"),
        (f"{EFE_HEADLINE} (ACTUALIZADA)", "efe_banxico_2.txt"),
        (f"{EFE_HEADLINE} (AMPLIACIÓN)", "efe_banxico_2.txt"),
        (f"CORREGIDA: {EFE_HEADLINE}", "efe_banxico_2.txt"),
        (f"{EFE_HEADLINE} (ATUALIZADA)", "efe_banxico_2.txt"),
        (f"{EFE_HEADLINE} (CORRIGIDA)", "efe_banxico_2.txt"),
        (f"{EFE_HEADLINE} (CORREÇÃO)", "efe_banxico_2.txt"),
        (EFE_HEADLINE, "efe_banxico_1630_corregida.txt"),  # (its file name's word)
        (EFE_HEADLINE, "efe_banxico_correcao.txt"),
    ],
)
def test_a_spanish_or_portuguese_marked_take_is_no_base_over_the_original(
    title: str, name: str
) -> None:
    """EFE's "(CORREGIDA)", "(ACTUALIZADA)", "(AMPLIACIÓN)" and Portuguese "(ATUALIZADA)",
    "(CORRIGIDA)", "(CORREÇÃO)" were not read as a later take's markers: of one day without
    times, the correction, the more contained, was the base and the original "an edited
    version" of it (a Spanish/Portuguese desk's walkthrough)."""
    original = replace(doc("efe_banxico.txt", [EFE_HEADLINE, *EFE_ORIGINAL]), date="2026-12-07")
    marked = replace(doc(name, [title, *EFE_CORRECTED]), date="2026-12-07T16:30:00")
    assert _base(original, marked) == "efe_banxico.txt"
    original, marked = replace(original, date=""), replace(marked, date="")
    assert _base(original, marked) == "efe_banxico.txt"


@pytest.mark.parametrize(
    ("title", "name", "marked"),
    [
        ("Banxico recorta su tasa (CORREGIDA)", "", True),
        ("Banxico recorta su tasa (ACTUALIZADA)", "", True),
        ("Banxico recorta su tasa (AMPLIACIÓN)", "", True),
        ("Banxico recorta su tasa (2ª AMPLIACIÓN)", "", True),  # (EFE's second)
        ("2ª AMPLIACIÓN: Banxico recorta su tasa", "", True),
        ("CORRECCIÓN: Banxico recorta su tasa", "", True),
        ("Petrobras aprova plano (ATUALIZADA)", "", True),
        ("Petrobras aprova plano (CORRIGIDA)", "", True),
        ("Petrobras aprova plano (CORREÇÃO)", "", True),
        ("Petrobras aprova plano", "reuters_petrobras_atualizada", True),
        ("Banxico recorta su tasa", "efe_banxico_20261207_1630_corregida", True),
        ("Banxico recorta su tasa", "efe_banxico_ampliacion", True),
        ("Actualizada la lista de precios", "", False),  # (a headline's own words)
        ("URGENTE: Banxico recorta su tasa", "", False),  # (a flash: no later take)
        ("Banxico recorta su tasa", "efe_banxico_20261207_1410", False),
    ],
)
def test_spanish_and_portuguese_later_takes_markers_are_read(
    title: str, name: str, marked: bool
) -> None:
    assert later_take(title, name) is marked


def test_spanish_and_portuguese_correction_markers_are_wire_markers() -> None:
    """Their words in capitals are no event's terms (a night's corrections all say
    "(CORREGIDA)"), as "URGENTE" is not."""
    from wirediff.core.stories.events import _terms_of

    for marker in "CORREGIDA ACTUALIZADA AMPLIACIÓN ATUALIZADA CORRIGIDA CORREÇÃO".split():
        assert marker.casefold() in WIRE_MARKERS
        assert _terms_of(marker) == (), marker
