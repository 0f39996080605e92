"""A Southeast Asian monitoring desk's copy: Vietnam's and the Philippines' agencies
(TTXVN, PNA) and the region's papers (a walkthrough found TTXVN's original "a copy" of
Thanh Niên's reprint, PNA's take of no outlet, and 10 of 17 texts "(no outlet)")."""

from __future__ import annotations

import pytest

from wirediff.core.reading.metadata import guess_source
from wirediff.core.reading.outlets import is_agency

VI_HEADLINE = "Thủ tướng chỉ đạo khẩn trương ứng phó bão số 15"
VI_LEDE = "Thủ tướng Chính phủ vừa ký Công điện yêu cầu các bộ, ngành khẩn trương ứng phó."
EN_HEADLINE = "Tropical depression to bring heavy rain to Eastern Visayas"
EN_LEDE = "The weather bureau on Monday said the tropical depression would bring heavy rain."
ID_LEDE = (
    "Gempa bumi berkekuatan magnitudo 6,1 mengguncang wilayah Kabupaten Sukabumi pada pagi hari."
)


@pytest.mark.parametrize(
    ("text", "file_name", "agency"),
    [
        (f"{VI_HEADLINE}\n\nHà Nội, 7/12 (TTXVN) - {VI_LEDE}\n", "bao.txt", "TTXVN"),
        (f"{EN_HEADLINE}\n\nHANOI, Dec 7 (VNA) - {EN_LEDE}\n", "storm.txt", "TTXVN"),
        (f"{VI_HEADLINE}\n\n{VI_LEDE}\n", "ttxvn_bao-so-15.txt", "TTXVN"),
        (f"{EN_HEADLINE}\n\nMANILA – {EN_LEDE} (PNA)\n", "ulysses.txt", "PNA"),
        (f"{EN_HEADLINE}\n\nMANILA – {EN_LEDE}\n", "pna_ulysses.txt", "PNA"),
    ],
)
def test_a_southeast_asian_agency_is_known(text: str, file_name: str, agency: str) -> None:
    """By its dateline's credit, its closing credit or its file's name: its take is then
    its story's base (``is_agency``)."""
    assert guess_source(text, file_name=file_name) == agency
    assert is_agency(agency)


@pytest.mark.parametrize(
    ("text", "file_name", "outlet"),
    [
        (
            f"{VI_HEADLINE}\n\nThanh Niên - Thứ Hai, 07/12/2026 11:20\n\nTheo TTXVN, {VI_LEDE}\n",
            "bao.txt",
            "Thanh Niên",
        ),
        (f"{VI_HEADLINE}\n\nTheo TTXVN, {VI_LEDE}\n", "thanhnien_bao_so_15.txt", "Thanh Niên"),
        (f"{VI_HEADLINE}\n\n{VI_LEDE}\n", "vnexpress_khanh-hoa.txt", "VnExpress"),
        (f"Gempa M 6,1 Guncang Sukabumi\n\n{ID_LEDE}\n", "detik_gempa.txt", "Detik"),
        (f"Gempa M 6,1 Guncang Sukabumi\n\n{ID_LEDE}\n", "tempo_gempa.txt", "Tempo"),
        (
            f"Malaysia sedia hulur bantuan\n\n{ID_LEDE}\n",
            "beritaharian_bantuan.txt",
            "Berita Harian",
        ),
        (f"{EN_HEADLINE}\n\n{EN_LEDE}\n", "bangkokpost_cabinet.txt", "Bangkok Post"),
        # ("inquirer" is an English word and other papers' name: the text names it too)
        (
            f"{EN_HEADLINE}\n\n{EN_LEDE} —Inquirer.net\n",
            "inquirer_ulysses.txt",
            "Philippine Daily Inquirer",
        ),
        (f"{EN_HEADLINE}\n\n{EN_LEDE}\n", "inquirer_ulysses.txt", ""),
        (f"{EN_HEADLINE}\n\nRappler.com\n\n{EN_LEDE}\n", "story.txt", "Rappler"),
        (
            f"The Straits Times | December 7, 2026\n\n{EN_HEADLINE}\n{EN_LEDE}\n",
            "s.txt",
            "The Straits Times",
        ),
        ("มติชน | 7 ธันวาคม 2569\n\nกรมอุตุฯ เตือนภาคใต้ฝนตกหนัก\nฝนตกหนักในภาคใต้\n", "m.txt", "Matichon"),
    ],
)
def test_a_southeast_asian_paper_is_known(text: str, file_name: str, outlet: str) -> None:
    assert guess_source(text, file_name=file_name) == outlet


@pytest.mark.parametrize(
    "text",
    [
        # ("detik" is a second, "thanh niên" and "tuổi trẻ" youth, "berita harian" daily
        # news, "tempo" a tempo: a paper's name only as written)
        f"Detik-detik menjelang gempa di Sukabumi\n\n{ID_LEDE}\n",
        "Thanh niên tình nguyện giúp dân vùng lũ\n\nHàng trăm thanh niên đã có mặt từ sáng sớm.\n",
        "Tuổi trẻ và khát vọng\n\nNhiều bạn trẻ đã tham gia chương trình từ sáng sớm.\n",
        f"Berita harian tentang banjir\n\n{ID_LEDE}\n",
        "Tempo of reforms slows\n\nLONDON - The government slowed its reforms, ministers said.\n",
        # ("PNA" is the Palestinian National Authority: no closing credit of a sentence's)
        "Ceasefire talks resume\n\nGAZA - Officials met on Monday, said the Palestinian "
        "National Authority (PNA).\n",
        "PNA chief calls for talks\n\nRAMALLAH - The authority's chief called for talks.\n",
    ],
)
def test_a_word_that_names_an_outlet_elsewhere_names_none(text: str) -> None:
    assert guess_source(text, file_name="story.txt") == ""
