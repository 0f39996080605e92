"""A Turkish desk's agency copy and papers' pages: AA's, DHA's and İHA's credits, Turkish
months, stamp lines and mastheads in capitals (a Turkish web desk's walkthrough found each
read wrong or not at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths
from wirediff.core.reading.metadata import guess_source

LEDE = "Kış desteği ödemeleri ay sonuna kadar hesaplara yatırılacak, dedi Bakan Yılmaz."


def _read(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "haber.txt"
    path.write_text(text, encoding="utf-8")
    return load_paths([path]).documents[0]


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("ANKARA (AA) -", "Anadolu Agency"),
        ("ANKARA (Anadolu Ajansı) -", "Anadolu Agency"),
        ("IĞDIR, (DHA) -", "DHA"),
        ("ŞIRNAK (İHA) -", "İHA"),
    ],
)
def test_a_turkish_agencys_credit_names_it(dateline: str, outlet: str) -> None:
    assert guess_source(f"Kış desteği için müjde\n\n{dateline} {LEDE}\n") == outlet


def test_an_agencys_initials_alone_are_no_outlet() -> None:
    """ "AA batteries", "DHA supplements": words, not credits."""
    assert guess_source("AA batteries are sold out in the city\n\nText here.\n") == ""


@pytest.mark.parametrize(
    ("stamp", "captured"),
    [
        ("5 Aralık 2026 Cumartesi 14:30", "14:30"),
        ("Yayınlanma tarihi: 05.12.2026 14:30", "14:30"),
        ("Güncelleme: 05.12.2026 18:42", "18:42"),
        ("Yayınlanma: 05.12.2026 15:45 · Güncelleme: 05.12.2026 17:02", "17:02"),
    ],
)
def test_a_turkish_stamp_line_dates_the_page(tmp_path: Path, stamp: str, captured: str) -> None:
    doc = _read(tmp_path, f"Kış desteği için müjde geldi\n\n{stamp}\n\n{LEDE}\n")
    assert (doc.title, doc.date[:10], doc.captured) == (
        "Kış desteği için müjde geldi",
        "2026-12-05",
        f"2026-12-05T{captured}:00",
    )


def test_a_turkish_masthead_in_capitals_names_the_paper(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        f"GÜNAYDIN GAZETESİ | 5 Aralık 2026 Cumartesi\n\nKış desteği için müjde\n\n{LEDE}\n",
    )
    assert (doc.source, doc.title, doc.date[:10]) == (
        "GÜNAYDIN GAZETESİ",
        "Kış desteği için müjde",
        "2026-12-05",
    )


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Muhabir: Ayşe Yılmaz - 05.12.2026 19:35", "Ayşe Yılmaz"),
        ("Muhabir: Ayşe Yılmaz", "Ayşe Yılmaz"),
        ("Автор: Игорь Ларионов", "Игорь Ларионов"),
        ("Фото: Игорь Ларионов", ""),  # (a photographer's credit)
    ],
)
def test_a_labelled_byline_gives_its_author(tmp_path: Path, line: str, author: str) -> None:
    """A byline given by its label was known as the header's furniture but never read as
    the byline, nor the day after it as the page's date (a Turkish desk's walkthrough)."""
    doc = _read(tmp_path, f"Kış desteği ay sonunda\n{line}\n\n{LEDE}\n")
    assert doc.byline == author
    if "05.12.2026" in line:
        assert (doc.date, doc.date_source) == ("2026-12-05", "document")
