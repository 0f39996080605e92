"""A Latin American desk's datelines: a day-first date of digits after the place, Agência
Brasil's and Estadão's "Brasília, 06/12/2026 -", and a place with its small words,
Notimex's "Ciudad de México, 6 de diciembre (Notimex).-" (a Latin American desk's
walkthrough found them undated, and Agência Brasil's own story sorted as undated)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirediff.core.reading import read_document
from wirediff.core.reading.dates import find_header_date

PORTUGUESE = (
    "A Petrobras anunciou nesta sexta-feira um plano de investimento de US$ 3,5 bilhões "
    "para modernizar cinco refinarias até 2030, segundo comunicado da estatal."
)
SPANISH = (
    "El gobierno anunció hoy un nuevo programa de apoyo a las pequeñas empresas, que "
    "entrará en vigor el próximo mes, según el comunicado de la presidencia."
)
ENGLISH = (
    "The Senate voted on Tuesday to pass the bill, and the president said he would sign "
    "it into law by the end of the week."
)


@pytest.mark.parametrize(
    ("lede", "day"),
    [
        (f"Brasília, 06/12/2026 - {PORTUGUESE}", "2026-12-06"),
        (f"RIO DE JANEIRO, 06/12/2026 (Agência Brasil) - {PORTUGUESE}", "2026-12-06"),
        (f"São Paulo, 06/12/2026 - {PORTUGUESE}", "2026-12-06"),
        (f"Buenos Aires, 06/12/2026 (EFE) - {SPANISH}", "2026-12-06"),
        # (an English dateline: either reading is a day, so none; one reading only, taken)
        (f"WASHINGTON, 06/12/2026 - {ENGLISH}", ""),
        (f"WASHINGTON, 12/25/2026 - {ENGLISH}", "2026-12-25"),
        # (a date of digits in the lede's sentence is none)
        (f"{SPANISH} La medida rige desde el 06/12/2026 - dijo el ministro.", ""),
    ],
)
def test_a_day_first_dateline_of_digits_is_read(lede: str, day: str) -> None:
    assert find_header_date(f"Titular de la noticia\n\n{lede}\n") == day


@pytest.mark.parametrize(
    "lede",
    [
        f"Ciudad de México, 6 de diciembre (Notimex).- {SPANISH}",
        f"Rio de Janeiro, 6 de dezembro (Agência Brasil) - {PORTUGUESE}",
    ],
)
def test_a_yearless_dateline_whose_place_has_small_words_is_read(tmp_path: Path, lede: str) -> None:
    """ "Ciudad de México" is a place, as "CIUDAD DE MÉXICO" was: the year-less dateline
    dates a file saved that day, as "6 dic (EFE)" does."""
    path = tmp_path / "take.txt"
    path.write_text(f"Titular de la noticia\n\n{lede}\n", "utf-8")
    saved = datetime(2026, 12, 6, 20, 0, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))
    doc = read_document(path)
    assert (doc.date, doc.date_source) == ("2026-12-06", "document")


def test_a_place_opening_on_a_small_word_is_none(tmp_path: Path) -> None:
    """Only a place's small words ("de", "da", "dos"…) may be in lower case: "Llegó de
    noche, 6 de diciembre (EFE) -" is a sentence's words, no place."""
    lede = f"Llegó de noche, 6 de diciembre (EFE) - {SPANISH}"
    path = tmp_path / "take.txt"
    path.write_text(f"Titular de la noticia\n\n{lede}\n", "utf-8")
    saved = datetime(2026, 12, 6, 20, 0, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))
    assert read_document(path).date_source == "file time"
