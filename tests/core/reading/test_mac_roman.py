"""Mac Roman text files read as written (a Latin American Spanish/Portuguese wire desk's
walkthrough: an old Mac's files were read as Windows-1252, -1250 or -1256, "interŽs",
"bilh›es", "SĚO PAULO", every accent wrong and nothing said), and Western texts in a
Windows code page still read as theirs."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading.alphabets import broken_words
from wirediff.core.reading.decoding import decode

MAC_TEXTS = {
    "es": "Banxico recorta su tasa de interés a 6,75 % ante la desaceleración\n\n"
    "CIUDAD DE MÉXICO, 6 dic (EFE).- El Banco de México anunció este jueves un recorte de "
    "su tasa de interés, también por la caída del consumo, según el comunicado.",
    "pt": "Petrobras anuncia investimento de US$ 3,5 bilhões em refinarias\n\n"
    "SÃO PAULO, 6 DEZ (Reuters) - A Petrobras anunciou nesta sexta-feira investimentos até "
    "2030, disse João Silva. As ações preferenciais subiram 2,1 %, e a expansão começa já.",
    "pt-short": "Petrobras anuncia investimento de US$ 3,5 bilhões; as ações sobem",
    "fr": "Le président a déclaré qu’il était très préoccupé par la situation à Bagdad. "
    "Les élèves sont allés à l’école où ils ont étudié le français.",
    "de": "Die Bundesregierung hat im März beschlossen, die Maßnahmen zu verlängern. Für "
    "Schüler gelten größere Ausnahmen, sagte der Sprecher.",
    "it": "Il governo ha approvato giovedì la manovra: però l’opposizione protesta, perché "
    "la città più colpita è Napoli.",
    "en": "“We will not leave,” the minister said. It’s a “new phase” — and the troops’ "
    "role would change.",
}


@pytest.mark.parametrize("times", [1, 4])
@pytest.mark.parametrize("language", sorted(MAC_TEXTS))
def test_a_mac_roman_text_reads_as_written(language: str, times: int) -> None:
    text = MAC_TEXTS[language] * times
    read, encoding = decode(Path("x.txt"), text.encode("mac_roman"))
    assert read == text
    assert encoding.startswith("mac-")  # (Mac Greek reads French's letters alike)


WESTERN = {
    # a closed-up dash, curly quotes and an apostrophe: Mac Roman reads them as ó ì î í
    "en-dashes": "The troops—about 2,500—would stay. It’s a “new phase”, he said… Apple™ "
    "shares rose.",
    "fr-oe": "Le cœur de l’État : qu’il soit l’œuvre des sœurs, a déclaré le ministre à Paris.",
    "en-names": "Tomáš Novotný met Slavoj Žižek in Zürich’s old town — “fine”, he said.",
    "es": "El Banco de México anunció un recorte de su tasa de interés: la desaceleración "
    "del consumo, según el comunicado, será más fuerte este año.",
    "pt": "A Petrobras anunciou investimentos de R$ 2,1 bilhões até 2030; as ações subiram, "
    "disse João, e a expansão começa já em São Paulo.",
}


@pytest.mark.parametrize("codec", ["cp1252", "latin-1"])
@pytest.mark.parametrize("language", sorted(WESTERN))
def test_a_western_text_with_marks_mac_roman_reads_as_letters_stays_western(
    language: str, codec: str
) -> None:
    text = WESTERN[language]
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        pytest.skip("not in Latin-1")
    assert decode(Path("x.txt"), data) == (text, "windows-1252")


# English typed in Windows-1252 with its curly quotes or "™" closed up against the words:
# Mac Roman reads them as ì î ô ("saidìwe", "budgetîand", "AppleôWatchís"), letters of one
# language (Italian), and the text was read as Mac Roman (an English desk's walkthrough).
CLOSED_UP = [
    "The minister said“we will not cut the budget”and left. Apple™Watch’s sales rose 5%. "
    "It’s a “big” deal, he said.",
    "He said “we will not cut” and left. It’s the company’s “best” quarter — analysts said. "
    "Sales rose 5% in the U.S.",
    "Officials said the “temporary” measure—announced Monday—would last weeks. “It’s "
    "fine,” she said.",
    "The minister said“we will not cut the budget”and left the room with the aides.",
]


@pytest.mark.parametrize("text", CLOSED_UP)
def test_english_with_quotes_closed_up_stays_windows_1252(text: str) -> None:
    text = "Headline here\n\n" + f"{text}\n" * 3
    read, encoding = decode(Path("x.txt"), text.encode("cp1252"))
    assert read == text
    assert encoding.startswith("windows-125")  # (1250 reads English's quotes alike)
    assert "guess" not in encoding  # (a quote closed up is a slip, not a garbled word)


def test_english_mac_roman_with_quotes_closed_up_reads_as_written() -> None:
    """A Mac file's own quotes still break its words in Windows-1252 ("saidÒwe"); once
    read as Mac Roman, they are quotes closed up, no break."""
    text = CLOSED_UP[3] * 3
    assert decode(Path("x.txt"), text.encode("mac_roman")) == (text, "mac-roman")


@pytest.mark.parametrize(
    ("text", "broken"),
    [
        ("interŽs, desaceleraci—n", 1),  # (a dash inside a word may be closed up)
        ("bilh›es, aŤ›es", 3),
        ("MŽxico", 1),
        ("it’s, troops—about, col·legi, São Paulo, ÉTATS-UNIS, McDonald’s", 0),
        ("dέclar", 1),  # (Greek amid Latin letters: Mac Greek read for Mac Roman)
        # quotes and "™" closed up break no word in English, and do in other languages
        ("The aide said“we will not cut the budget”and that Apple™Watch was the one.", 0),
        ("Le ministre a dit“nous ne couperons pas”et il est parti avec Apple™Watch.", 3),
        ("El ministro dijo“no vamos a recortar”y se fue.", 2),
    ],
)
def test_a_word_broken_by_a_mark_a_capital_or_another_script(text: str, broken: int) -> None:
    assert broken_words(text) == broken


def test_a_reading_that_stays_garbled_says_it_is_a_guess() -> None:
    """A file pasted together from a Windows and a DOS source ("pr‚sident" under
    "président") reads garbled in every code page: the encoding says so, where it was said
    as if sure."""
    text = "Le président a déclaré qu'il était très préoccupé par la situation à Bagdad."
    other = "Les élèves sont allés à l'école où ils ont étudié le français, a précisé le ministère."
    read, encoding = decode(Path("x.txt"), text.encode("cp1252") + b"\n\n" + other.encode("cp850"))
    assert read != f"{text}\n\n{other}"
    assert encoding.startswith("windows-125")
    assert encoding.endswith(" words look garbled)") and "(a guess: " in encoding


VIETNAMESE = (
    "Khánh Hòa sơ tán 12.000 dân trước bão số 15\n\nChính quyền Khánh Hòa bắt đầu di dời "
    "hơn 3.000 hộ dân ven biển. Ông Trần Quốc Nam, Phó chủ tịch UBND tỉnh, cho biết tỉnh "
    "huy động trường học làm nơi trú bão. Đến 12h, hơn 2.800 tàu cá đã vào bờ; bão giật "
    "cấp 13, đổ bộ vào Phú Yên đêm 8/12, dự báo mạnh cấp 11. Tại Nha Trang, lực lượng biên "
    "phòng kêu gọi ngư dân đưa tàu thuyền vào nơi tránh trú; các bến ẩn nấp đã đầy."
)
# The same in VNI-Windows, written out as an old office's font wrote it (Windows-1252 bytes)
VNI_SPELT = (
    "Khaùnh Hoøa sô taùn 12.000 daân tröôùc baõo soá 15\n\nChính quyeàn Khaùnh Hoøa baét "
    "ñaàu di dôøi hôn 3.000 hoä daân ven bieån. OÂng Traàn Quoác Nam, Phoù chuû tòch UBND "
    "tænh, cho bieát tænh huy ñoäng tröôøng hoïc laøm nôi truù baõo. Ñeán 12h, hôn 2.800 "
    "taøu caù ñaõ vaøo bôø; baõo giaät caáp 13, ñoå boä vaøo Phuù Yeân ñeâm 8/12, döï baùo "
    "maïnh caáp 11. Taïi Nha Trang, löïc löôïng bieân phoøng keâu goïi ngö daân ñöa taøu "
    "thuyeàn vaøo nôi traùnh truù; caùc beán aån naáp ñaõ ñaày."
)


def test_vietnamese_in_vni_is_read_as_the_vietnamese_it_spells() -> None:
    """A Southeast Asian desk's VNI file came out as Windows-1257, "Khałnh Hoųa"."""
    read, encoding = decode(Path("x.txt"), VNI_SPELT.encode("cp1252"))
    assert (read, encoding) == (VIETNAMESE, "vni (Vietnamese font encoding)")


@pytest.mark.parametrize(
    "text",
    [
        # the pairs other languages write: French "goût", "naïf", "Israël"; "saúde", "Raúl"
        "Il a goûté au maïs, naïf et héroïque, où Israël et Noël. " * 10,
        "A saúde de Raúl e o baú do país, disse o juiz. " * 10,
        "Die Söhne öffnen die Tür für Jürgen; Bjørn og Søren i Tromsø. " * 10,
    ],
)
def test_western_text_is_no_vni(text: str) -> None:
    read, encoding = decode(Path("x.txt"), text.encode("cp1252"))
    assert read == text
    assert encoding == "windows-1252"
