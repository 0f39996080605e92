"""A Spanish/Portuguese night desk's copy: La Jornada's print page heads, a Notimex take
with no headline, and the papers and agencies the desk reads (a walkthrough found the page's
date line titling the story, the take titled by its dateline and lede, and eighteen outlets
unknown)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.reading.samples import read_one
from wirediff.core.document import first_line_title

HEADLINE = "Banxico recorta su tasa"
LEDE = (
    "Ciudad de México. El Banco de México recortó este lunes su tasa de interés de referencia"
    " en 25 puntos básicos. La Junta de Gobierno aprobó el recorte por mayoría."
)


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("La Jornada\nLunes 7 de diciembre de 2026, p. 21", "La Jornada"),
        ("Periódico La Jornada\nLunes 7 de diciembre de 2026, p. 21", "La Jornada"),
        ("Lunes 7 de diciembre de 2026, p. 21", ""),
        ("La Jornada\nLunes 7 de diciembre de 2026, pág. 14", "La Jornada"),
        ("La Jornada\nLunes 7 de diciembre de 2026, página 3", "La Jornada"),
        ("La Jornada\nLunes 7 de diciembre de 2026 p. A12", "La Jornada"),
        ("La Jornada | Lunes 7 de diciembre de 2026", "La Jornada"),
    ],
)
def test_a_print_pages_head_with_its_page_is_no_title(
    tmp_path: Path, head: str, outlet: str
) -> None:
    """The page's day and number ("…, p. 21") is a date line, passed over as one: it titled
    La Jornada's trim; "Periódico La Jornada" names the paper as "La Jornada" does."""
    doc = read_one(tmp_path, f"{head}\n\n{HEADLINE}\n\n{LEDE}\n", name="nota.txt")
    assert doc.title == HEADLINE
    assert doc.source == outlet


@pytest.mark.parametrize(
    "line",
    [
        "Montag, 7. Dezember 2026, Seite 3",
        "Sunday, December 7, 2026, page 3",
        "7 de dezembro de 2026, pág. 14",
    ],
)
def test_a_date_line_with_its_page_is_no_headline(line: str) -> None:
    text = f"{line}\n\nStreik legt den Fernverkehr lahm\n\n{LEDE}\n"
    assert first_line_title(text) == "Streik legt den Fernverkehr lahm"


@pytest.mark.parametrize(
    "line",
    [
        # (a headline naming a page, a day's date in it, is one)
        "Budget vote set for 7 December, page 3 of the plan",
        "Diario Oficial publica el decreto del 7 de diciembre",
    ],
)
def test_a_headline_naming_a_page_stays_the_title(line: str) -> None:
    assert first_line_title(f"{line}\n\n{LEDE}\n") == line


@pytest.mark.parametrize(
    "line",
    ["Diario Oficial de la Federación", "Periódico cierra su edición", "Jornal da Noite"],
)
def test_a_papers_word_before_no_name_names_no_paper(tmp_path: Path, line: str) -> None:
    """A gazette, a headline, a programme: no paper's masthead."""
    doc = read_one(tmp_path, f"{line}\n\n{HEADLINE}\n\n{LEDE}\n", name="nota.txt")
    assert doc.source == ""


NOTIMEX_LEDE = (
    "La tasa de interés interbancaria a un día quedó este lunes en 6.75 por ciento, luego de"
    " que el Banco de México decidiera una reducción de 0.25 puntos porcentuales, la última"
    " del año."
)


@pytest.mark.parametrize(
    "dateline",
    [
        "Ciudad de México, 7 de diciembre (Notimex).-",
        "CIUDAD DE MÉXICO, 7 dic (EFE).-",
        "Lisboa, 7 dez 2026 (Lusa) -",
        "(ANSA) - BUENOS AIRES, 07 DIC -",
        "Rio de Janeiro, 07/12/2026 -",
        "MEXICO CITY, Dec 7 (Reuters) -",
    ],
)
def test_a_lede_titling_a_take_has_no_dateline(tmp_path: Path, dateline: str) -> None:
    """A take with no headline is titled by its lede without its dateline, cut at a word:
    "Ciudad de México, 7 de diciembre (Notimex).- La tasa…" titled the take, its story and
    its event, two lines long."""
    text = f"{dateline} {NOTIMEX_LEDE}\n\nEn conferencia de prensa, el subgobernador habló.\n"
    title = read_one(tmp_path, text, name="nota.txt").title
    assert title == "La tasa de interés interbancaria a un día quedó este lunes en 6.75 por ciento…"
    assert len(title) <= 90


def test_a_short_lede_titles_its_take_whole(tmp_path: Path) -> None:
    text = "Ciudad de México, 7 de diciembre (Notimex).- Banxico recortó su tasa de interés.\n"
    assert read_one(tmp_path, text).title == "Banxico recortó su tasa de interés."


def test_a_lede_with_no_dateline_is_left_as_it_is() -> None:
    """Only a dateline is dropped: a year and a dash in a sentence are none."""
    lede = (
        "In 2026, 12 ministers - all of them new to the cabinet - signed the accord that"
        " ended the strike."
    )
    assert first_line_title(f"{lede}\n") == lede


ES_HEADLINE = "Gobierno lanza programa de apoyo a familias"
ES_LEDE = "El gobierno anunció hoy un nuevo programa de apoyo para las familias de la región."
PT_HEADLINE = "Governo lança programa de apoio a famílias"
PT_LEDE = "O governo anunciou hoje um novo programa de apoio às famílias afetadas pelas chuvas."
ES = f"{ES_HEADLINE}\n\n{ES_LEDE}\n"
PT = f"{PT_HEADLINE}\n\n{PT_LEDE}\n"


@pytest.mark.parametrize(
    ("file_name", "text", "outlet"),
    [
        ("reforma_banxico_tasa.txt", ES, "Reforma"),
        ("excelsior_banxico.txt", ES, "Excélsior"),
        ("proceso_banxico.txt", ES, "Proceso"),
        ("animalpolitico_banxico.txt", ES, "Animal Político"),
        ("infobae_inflacion.txt", ES, "Infobae"),
        ("pagina12_inflacion.txt", ES, "Página/12"),
        ("latercera_pensiones.txt", ES, "La Tercera"),
        ("elcomercio_lima.txt", ES, "El Comercio"),
        ("elpais_cumbre_huelva.txt", ES, "El País"),
        ("elmundo_cumbre.txt", ES, "El Mundo"),
        ("lavanguardia_cumbre.txt", ES, "La Vanguardia"),
        ("publico_cimeira_huelva.txt", PT, "Público"),
        ("expresso_cimeira.txt", PT, "Expresso"),
        ("g1_petrobras.txt", PT, "G1"),
    ],
)
def test_a_papers_file_name_names_it(
    tmp_path: Path, file_name: str, text: str, outlet: str
) -> None:
    assert read_one(tmp_path, text, name=file_name).source == outlet


@pytest.mark.parametrize(
    ("file_name", "text"),
    [
        # (a word's file of another language's text: a reform, a process, the public)
        ("reforma_previdencia.txt", PT),
        ("proceso_electoral.txt", f"Electoral process begins\n\n{'The vote opens today. ' * 3}\n"),
        ("publico_asistente.txt", ES),
        ("expresso_cafe.txt", ES),
        # (initials of anything: only as a site's name or a masthead with its day)
        ("abc_guia.txt", ES),
        ("jn_notas.txt", PT),
    ],
)
def test_a_word_in_a_file_name_names_no_paper(tmp_path: Path, file_name: str, text: str) -> None:
    assert read_one(tmp_path, text, name=file_name).source == ""


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("ABC | 7 de diciembre de 2026", "ABC"),
        ("Reforma", "Reforma"),
        ("Periódico Excélsior", "Excélsior"),
        ("Revista Proceso", "Proceso"),
        ("Jornal de Notícias | 7 de dezembro de 2026", "JN"),
        ("La Vanguardia", "La Vanguardia"),
    ],
)
def test_a_papers_masthead_names_it(tmp_path: Path, head: str, outlet: str) -> None:
    doc = read_one(tmp_path, f"{head}\n\n{ES_HEADLINE}\n\n{ES_LEDE}\n", name="nota.txt")
    assert (doc.source, doc.title) == (outlet, ES_HEADLINE)


@pytest.mark.parametrize(
    "text",
    [
        # (ordinary prose and headlines holding the names' words)
        f"Reforma judicial divide al Congreso\n\n{ES_LEDE}\n",
        f"Proceso electoral arranca en Jalisco\n\n{ES_LEDE}\n",
        f"Público lota o estádio na final\n\n{PT_LEDE}\n",
        f"Expresso para Lisboa volta a circular\n\n{PT_LEDE}\n",
        f"El mundo mira a Huelva\n\n{ES_LEDE}\n",
        f"ABC de la reforma de pensiones\n\n{ES_LEDE}\n",
        f"La tercera ola llega a Chile\n\n{ES_LEDE}\n",
        f"{ES_HEADLINE}\n\nEl hombre es un animal político, dijo el ministro de El Comercio.\n",
    ],
)
def test_a_names_words_in_prose_name_no_paper(tmp_path: Path, text: str) -> None:
    assert read_one(tmp_path, text, name="nota.txt").source == ""


@pytest.mark.parametrize(
    ("byline", "outlet", "who"),
    [
        (
            "Por Ana Cristina Campos - Repórter da Agência Brasil",
            "Agência Brasil",
            "Ana Cristina Campos",
        ),
        ("Por Juan Pérez, corresponsal de El País", "El País", "Juan Pérez"),
        ("Por Pedro Almeida, g1 SP", "G1", "Pedro Almeida"),
    ],
)
def test_a_bylines_role_names_its_outlet(
    tmp_path: Path, byline: str, outlet: str, who: str
) -> None:
    """Agência Brasil's layout: "Por …" and "Repórter da Agência Brasil" (its report had no
    outlet), and g1's edition after its name."""
    lede = f"Rio de Janeiro, 07/12/2026 - {PT_LEDE}"
    text = f"{PT_HEADLINE}\n\n{byline}\n\n{lede}\n\nEdição: Graça Adjuto\n"
    doc = read_one(tmp_path, text, name="nota.txt")
    assert (doc.source, doc.byline, doc.title) == (outlet, who, PT_HEADLINE)


@pytest.mark.parametrize(
    ("head", "outlet"),
    [
        ("EL PAÍS | 7 de diciembre de 2026", "El País"),
        ("PÚBLICO | 7 de dezembro de 2026", "Público"),
    ],
)
def test_a_masthead_in_capitals_names_its_paper(tmp_path: Path, head: str, outlet: str) -> None:
    doc = read_one(tmp_path, f"{head}\n\n{ES_HEADLINE}\n\n{ES_LEDE}\n", name="nota.txt")
    assert (doc.source, doc.title) == (outlet, ES_HEADLINE)
