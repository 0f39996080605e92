"""A Latin American wire desk's Spanish and Portuguese copy: Télam's, Notimex's,
Folhapress's and ANSA Latina's credits, the papers, "Por …" bylines and a Word file's login
for its author (a walkthrough found the agencies' takes of no outlet, a Clarín stringer's
.docx the base of Télam's story, by "jperez", and no byline read)."""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest

from tests.core.reading.samples import make_docx, read_one
from wirediff.core.reading import read_document
from wirediff.core.reading.metadata import guess_byline, guess_source
from wirediff.core.reading.outlets import is_agency

ES_HEADLINE = "Gobierno lanza programa de apoyo a familias"
ES_LEDE = "El gobierno anunció hoy un nuevo programa de apoyo para las familias de la región."
PT_HEADLINE = "Governo lança programa de apoio a famílias"
PT_LEDE = "O governo anunciou hoje um novo programa de apoio às famílias afetadas pelas chuvas."

_read = partial(read_one, name="nota.txt")


@pytest.mark.parametrize(
    ("dateline", "agency"),
    [
        ("Buenos Aires, 6 de diciembre de 2026 (Télam).–", "Télam"),
        ("Buenos Aires, 6 dic (Télam).-", "Télam"),
        ("Oaxaca, Oax., 6 de diciembre de 2026 (Notimex).-", "Notimex"),
        ("Ciudad de México, 6 de diciembre (Notimex).-", "Notimex"),
        ("SÃO PAULO, SP (FOLHAPRESS) -", "Folhapress"),
        ("Buenos Aires, 6 dic (ANSA Latina) -", "ANSA"),
    ],
)
def test_a_latin_american_agencys_dateline_credit_names_it(dateline: str, agency: str) -> None:
    """As EFE's does: the agency's take is then its story's base (``is_agency``)."""
    assert guess_source(f"{ES_HEADLINE}\n\n{dateline} {ES_LEDE}\n") == agency
    assert is_agency(agency)


@pytest.mark.parametrize(
    ("text", "file_name", "outlet"),
    [
        (f"{ES_HEADLINE}\n\n{ES_LEDE}\n", "eluniversal_banxico.txt", "El Universal"),
        (f"{ES_HEADLINE}\n\n{ES_LEDE}\n", "lajornada_banxico.txt", "La Jornada"),
        (f"{ES_HEADLINE}\n\n{ES_LEDE}\n", "clarin_jubilaciones.txt", "Clarín"),
        (f"{PT_HEADLINE}\n\n{PT_LEDE}\n", "folha_petrobras.txt", "Folha de S.Paulo"),
        (f"{PT_HEADLINE}\n\n{PT_LEDE}\n", "estadao_petrobras.txt", "Estadão"),
        (f"La Nación | 6 de diciembre de 2026\n\n{ES_HEADLINE}\n{ES_LEDE}\n", "n.txt", "La Nación"),
        (f"O Globo | 6 de dezembro de 2026\n\n{PT_HEADLINE}\n{PT_LEDE}\n", "g.txt", "O Globo"),
    ],
)
def test_a_latin_american_paper_is_known(text: str, file_name: str, outlet: str) -> None:
    assert guess_source(text, file_name=file_name) == outlet


@pytest.mark.parametrize(
    "text",
    [
        # (a paper's name that is words too, only as written: "the nation", "the working day")
        f"La nación entera celebra el triunfo\n\n{ES_LEDE}\n",
        f"La jornada laboral se reduce a 40 horas\n\n{ES_LEDE}\n",
        f"El tiempo en Buenos Aires: lluvias\n\n{ES_LEDE}\n",
    ],
)
def test_a_word_that_names_a_paper_elsewhere_names_none(text: str) -> None:
    assert guess_source(text, file_name="nota.txt") == ""


@pytest.mark.parametrize(
    ("byline", "lede", "who"),
    [
        ("Por María López", ES_LEDE, "María López"),
        ("Por Pedro Almeida", PT_LEDE, "Pedro Almeida"),
        ("Por Pedro Almeida, g1 SP", PT_LEDE, "Pedro Almeida"),
        ("Por María López y Juan Pérez", ES_LEDE, "María López y Juan Pérez"),
        ("Por Juan Carlos Pérez de la Vega", ES_LEDE, "Juan Carlos Pérez de la Vega"),
        ("Da Redação", PT_LEDE, "Redação"),
        ("Redação", PT_LEDE, "Redação"),
        ("Redacción", ES_LEDE, "Redacción"),
    ],
)
def test_a_spanish_or_portuguese_byline_alone_is_read(byline: str, lede: str, who: str) -> None:
    """As "By Jane Smith" under the headline is ("Por María López" was read only with a
    date after it, "Da Redação" not at all)."""
    assert guess_byline(f"{PT_HEADLINE}\n\n{byline}\n\n{lede}\n") == who


@pytest.mark.parametrize(
    "line",
    [
        "Por la mañana llegó la lluvia a la ciudad",
        "Por eso los mercados cayeron",
        "Por fin, la lluvia",
        "Por Dios Santo",
        "Por Qué Importa",
    ],
)
def test_a_sentence_opening_with_por_is_no_byline(line: str) -> None:
    assert guess_byline(f"{ES_HEADLINE}\n\n{line}\n\n{ES_LEDE}\n") == ""


# A subhead in capitals or title case, pasted from a print layout under the headline
_SUBHEAD_HEADLINE = "Cierran tres fábricas de acero en Monterrey"
_SUBHEAD_BODY = (
    "El cabildo aprobó el presupuesto el martes, dijo el alcalde de la ciudad ante los "
    "periodistas.\n\nLa votación fue de siete a dos."
)


@pytest.mark.parametrize(
    "subhead",
    [
        "POR LA CRISIS ENERGÉTICA",
        "POR FALTA DE PRESUPUESTO",
        "POR ORDEN JUDICIAL",
        "POR SEGUNDA VEZ EN EL AÑO",
        "Por Una Vida Digna",
        "Por Unas Horas Más",
        "Por La Crisis Energética",
    ],
)
def test_a_subhead_after_por_is_no_byline(subhead: str) -> None:
    """ "POR LA CRISIS ENERGÉTICA" was the byline "LA CRISIS ENERGÉTICA": the small words
    were compared in small letters only, and capitals hid that "ORDEN JUDICIAL" is no
    name (a review)."""
    text = f"{_SUBHEAD_HEADLINE}\n\n{subhead}\n\n{_SUBHEAD_BODY}\n"
    assert guess_byline(text) == ""


@pytest.mark.parametrize(
    ("byline", "who"),
    [
        ("POR MARÍA LÓPEZ", "MARÍA LÓPEZ"),
        ("POR JUAN CARLOS PÉREZ DE LA VEGA", "JUAN CARLOS PÉREZ DE LA VEGA"),
        ("POR PEDRO ALMEIDA, G1 SP", "PEDRO ALMEIDA"),
        ("POR IRATXE BENGOETXEA", "IRATXE BENGOETXEA"),  # (signed again at the foot)
        ("Por María López", "María López"),
        ("Por Li Na", "Li Na"),
    ],
)
def test_a_byline_in_capitals_is_read(byline: str, who: str) -> None:
    """A byline some CMS exports write in capitals stays one: a common given name, or the
    name as written at the text's foot."""
    text = f"{_SUBHEAD_HEADLINE}\n\n{byline}\n\n{_SUBHEAD_BODY}\n\nIratxe Bengoetxea\n"
    assert guess_byline(text) == who


def test_por_before_names_in_an_english_text_is_no_byline() -> None:
    """("Por Favor Cafe Opens" under an English headline is a café's name)"""
    text = "Cafe opens downtown\n\nPor Favor Cafe Opens\n\nThe new cafe opened on Monday.\n"
    assert guess_byline(text) == ""


def test_estadaos_byline_beats_its_closing_credit(tmp_path: Path) -> None:
    """ "Por Pedro Almeida" under the headline is the byline, not "Estadão Conteúdo" closing
    the text."""
    text = (
        f"{PT_HEADLINE}\n\nPor Pedro Almeida\n\nSão Paulo, 06/12/2026 - {PT_LEDE}\n\n"
        "Estadão Conteúdo\n"
    )
    assert _read(tmp_path, text).byline == "Pedro Almeida"


@pytest.mark.parametrize(
    ("creator", "byline"),
    [("jperez", "Juan Pérez"), ("j.perez@clarin.com", "Juan Pérez"), ("Juan Pérez", "Juan Pérez")],
)
def test_a_word_files_login_is_no_byline(tmp_path: Path, creator: str, byline: str) -> None:
    """A stringer's login, the file's author property, showed "by jperez" over the text's
    own "Por Juan Pérez"."""
    path = tmp_path / "clarin_jubilaciones_corresponsal.docx"
    path.write_bytes(make_docx([ES_HEADLINE, "Por Juan Pérez", ES_LEDE], creator=creator))
    assert read_document(path).byline == byline


ARABIC_LEDE = "أعلن المركز الوطني للأرصاد أن زلزالا بقوة 5.6 درجة ضرب جنوب إيران مساء الاثنين."


@pytest.mark.parametrize(
    ("creator", "paragraphs", "byline"),
    [
        ("وام", ["زلزال في هرمزجان", ARABIC_LEDE], ""),  # WAM's own file
        ("Reuters", [ES_HEADLINE, ES_LEDE], ""),
        ("Thomson Reuters", [ES_HEADLINE, "Por Juan Pérez", ES_LEDE], "Juan Pérez"),
        ("dpa", [ES_HEADLINE, ES_LEDE], ""),
        ("Deutsche Presse-Agentur", [ES_HEADLINE, ES_LEDE], ""),
        ("Emirates News Agency", ["زلزال في هرمزجان", ARABIC_LEDE], ""),
        ("سارة المهيري", ["زلزال في هرمزجان", ARABIC_LEDE], "سارة المهيري"),
        ("Dawn", [ES_HEADLINE, ES_LEDE], "Dawn"),  # (a person's name, a paper's too: a review)
    ],
)
def test_a_word_files_outlet_is_no_byline(
    tmp_path: Path, creator: str, paragraphs: list[str], byline: str
) -> None:
    """A .docx whose author property names a news outlet (its own, WAM's "وام", or any
    other) showed "WAM · by وام": an outlet is no byline (the text's own is read)."""
    path = tmp_path / "wam_quake.docx"
    path.write_bytes(make_docx(paragraphs, creator=creator))
    assert read_document(path).byline == byline
