"""Text files from DOS code pages read as written (a South Asian desk's walkthrough, in
passing: French from an old PC in cp850 was read as Windows-1252, "pr‚sident", "trŠs",
said to be a guess but never put right), and Windows text still read as Windows'."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading.decoding import decode

DOS_TEXTS = {
    "fr": "Le président a déclaré qu'il était très préoccupé par la situation à Bagdad. "
    "Les élèves sont allés à l'école où ils ont étudié le français.",
    "pt": "A Petrobras anunciou investimentos de 2,1 bilhões até 2030; as ações subiram, "
    "disse João, e a expansão começa já em São Paulo.",
    "it": "Il governo ha approvato giovedì la manovra: però l'opposizione protesta, perché "
    "la città più colpita è Napoli.",
    "de": "Die Bundesregierung hat im März beschlossen, die Maßnahmen zu verlängern. Für "
    "Schüler gelten größere Ausnahmen, sagte der Sprecher.",
    "es": "El Banco de México anunció un recorte de su tasa de interés: la desaceleración "
    "del consumo, según el comunicado, será más fuerte este año.",
    "cs": "Vláda schválila opatření, které podle ministra přinese úspory. Kritici "
    "upozorňují na vysoké náklady a říkají, že změna přijde pozdě.",
}
_PAGES = {"fr": "cp850", "pt": "cp850", "it": "cp850", "de": "cp850", "es": "cp850"}


@pytest.mark.parametrize("times", [1, 4])
@pytest.mark.parametrize("language", sorted(DOS_TEXTS))
def test_a_dos_text_reads_as_written(language: str, times: int) -> None:
    text = DOS_TEXTS[language] * times
    codec = _PAGES.get(language, "cp852")
    read, encoding = decode(Path("x.txt"), text.encode(codec))
    assert read == text
    assert encoding in ("cp850", "cp437", "cp852")  # (they read these letters alike)
    assert "guess" not in encoding


@pytest.mark.parametrize("language", ["fr", "it", "de", "es"])
def test_a_text_in_the_first_pcs_code_page_reads_as_written(language: str) -> None:
    text = DOS_TEXTS[language]
    assert decode(Path("x.txt"), text.encode("cp437"))[0] == text


@pytest.mark.parametrize(
    "text",
    [
        # curly quotes and dashes, which a DOS code page reads as letters ("Itæs")
        "“We will not leave,” the minister said. It’s a “new phase” — and the troops’ "
        "role would change.",
        "Le cœur de l’État : qu’il soit l’œuvre des sœurs, a déclaré le ministre à Paris — "
        "« très bien », dit-il.",
        "Tomáš Novotný met Slavoj Žižek in Zürich’s old town — “fine”, he said.",
        # an ellipsis closed up, "à" in cp850 ("saidàwe")
        "The minister said…we will stay, and…the troops left…again, he told reporters.",
        "il ministro ha detto…resteremo, e…le truppe sono partite…di nuovo, ha detto.",
    ],
)
def test_a_windows_text_stays_windows(text: str) -> None:
    """A Windows text whose marks a DOS code page reads as letters stays Windows-1252,
    words broken by a closed-up mark or not (an ellipsis is no break)."""
    assert decode(Path("x.txt"), text.encode("cp1252")) == (text, "windows-1252")
