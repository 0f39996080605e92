"""An Italian desk's agency copy and papers' pages: ANSA's, AGI's and Adnkronos' datelines,
credits and transmission stamps, Italian mastheads, stamp lines and bylines (an Italian
regional web desk's walkthrough found each read wrong or not at all)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirediff.core.papers import bare_byline
from wirediff.core.reading import load_paths
from wirediff.core.reading.metadata import guess_source

LEDE = (
    "Una scossa di terremoto di magnitudo 4,6 è stata registrata alle 7:48 di questa "
    "mattina in Garfagnana, in provincia di Lucca, e avvertita in molti comuni della zona."
)


def _read(tmp_path: Path, text: str, name: str = "take.txt"):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    saved = datetime(2026, 12, 5, 19, 30, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))  # (a year-less dateline takes its year from the save)
    return load_paths([path]).documents[0]


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("(ANSA) - LUCCA, 5 DIC -", "ANSA"),
        ("(ANSA) - LUCCA, 5 dicembre -", "ANSA"),
        ("(AGI) - Lucca, 5 dic. -", "AGI"),
        ("Roma, 5 dic. (Adnkronos) -", "Adnkronos"),
    ],
)
def test_an_italian_agencys_dateline_dates_its_take_and_names_it(
    tmp_path: Path, dateline: str, outlet: str
) -> None:
    """ANSA and AGI put their credit before the place: every ANSA take was undated, the
    day's update made the story's base; AGI and Adnkronos were no outlet."""
    doc = _read(tmp_path, f"Terremoto in Garfagnana\n\n{dateline} {LEDE}\n")
    assert (doc.source, doc.date[:10], doc.date_source) == (outlet, "2026-12-05", "document")


def test_ansas_transmission_stamp_gives_its_takes_time(tmp_path: Path) -> None:
    """ "05-DIC-26 09:12 NNNN" closing an ANSA take (Adnkronos' without "NNNN") is its time,
    as dpa's "050745 Dez 26" is: the 07:55 flash came last, the 11:40 update first."""
    doc = _read(
        tmp_path,
        f"Terremoto in Garfagnana\n\n(ANSA) - LUCCA, 5 DIC - {LEDE} (ANSA).\n\n"
        "RED/GIM\n05-DIC-26 09:12 NNNN\n",
    )
    assert doc.date == "2026-12-05T09:12:00"
    # a table's row of that shape inside the text is no stamp (the last line only)
    doc = _read(tmp_path, f"Terremoto\n\n{LEDE}\n05-DIC-26 09:12 NNNN\n\nAltro testo.\n", "b.txt")
    assert "09:12" not in doc.date


def test_agi_alone_is_known_only_in_its_credit() -> None:
    """ "AGI" opens English headlines (artificial general intelligence): no outlet there."""
    assert guess_source("AGI is closer than we think, says lab chief\n\nText here.\n") == ""
    assert guess_source("Titolo\n\n(AGI) - Lucca, 5 dic. - Testo della notizia.\n") == "AGI"


@pytest.mark.parametrize(
    ("masthead", "outlet"),
    [
        ("Gazzetta di Lucca | 5 dicembre 2026", "Gazzetta di Lucca"),
        ("Corriere di Arezzo | 5 dicembre 2026", "Corriere di Arezzo"),
        ("Corriere della Sera | 5 dicembre 2026", "Corriere della Sera"),
        ("Il Tirreno | 5 dicembre 2026", "Il Tirreno"),
        ("La Nuova Sardegna — 5 dicembre 2026", "La Nuova Sardegna"),
        ("La Nazione - Lucca\nsab 5 dic 2026", "La Nazione"),
        ("Today.it\n5 dicembre 2026 09:58", "Today.it"),
    ],
)
def test_an_italian_masthead_names_the_outlet_not_the_title(
    tmp_path: Path, masthead: str, outlet: str
) -> None:
    doc = _read(
        tmp_path, f"{masthead}\n\nScossa in Garfagnana, la notte nelle palestre\n\n{LEDE}\n"
    )
    assert (doc.source, doc.title) == (outlet, "Scossa in Garfagnana, la notte nelle palestre")
    assert doc.byline == ""  # (not "Today.it · by Today.it")


@pytest.mark.parametrize(
    ("stamp", "captured"),
    [
        (
            "Pubblicato il 05/12/2026 alle ore 14:30 - Aggiornato il 05/12/2026 alle ore 18:42",
            "18:42",
        ),
        ("Ultimo aggiornamento: 5 dicembre 2026 ore 18:42", "18:42"),
        ("Pubblicato il 5 dicembre 2026 alle 14:30", "14:30"),
        ("Sabato 5 dicembre 2026, 14:30", "14:30"),
        ("sab 5 dic 2026, 14:30", "14:30"),
    ],
)
def test_an_italian_stamp_line_dates_the_page_and_is_no_title(
    tmp_path: Path, stamp: str, captured: str
) -> None:
    doc = _read(tmp_path, f"{stamp}\n\nScossa di terremoto in Garfagnana\n\n{LEDE}\n")
    assert (doc.title, doc.captured) == (
        "Scossa di terremoto in Garfagnana",
        f"2026-12-05T{captured}:00",
    )


@pytest.mark.parametrize(
    "byline",
    ["di Mario Rossi", "dal nostro inviato Mario Rossi", "di Mario Rossi · 5 dicembre 2026"],
)
def test_an_italian_byline_gives_its_author(tmp_path: Path, byline: str) -> None:
    doc = _read(tmp_path, f"Scossa in Garfagnana, la notte nelle palestre\n\n{byline}\n\n{LEDE}\n")
    assert (doc.byline, doc.title) == (
        "Mario Rossi",
        "Scossa in Garfagnana, la notte nelle palestre",
    )


def test_a_pages_italian_byline_box_loses_its_label() -> None:
    """A page's `<p class="byline">di Mario Rossi</p>` was shown "by Di Mario Rossi"."""
    assert bare_byline("Di Mario Rossi") == "Mario Rossi"
    assert bare_byline("dalla nostra inviata Giulia Neri") == "Giulia Neri"
    assert bare_byline("Di Maio") == "Di Maio"  # (a surname)
