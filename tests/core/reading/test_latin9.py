"""ISO-8859-15 (Latin-9) told from Windows-1252 and Latin-1 by where the eight bytes they
read apart stand (a German/Nordic desk's walkthrough: an APA take in Latin-9 read as
Windows-1252, "461 ¤ statt 365 ¤", an NTB one as "¦tefan Füle", "¼resund", unsaid, and the
Windows-1252 delivery of the same take differed at every price), and Latin-1 text whose
fractions and acute accents stand as written still read as Latin-1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirediff.cli import main
from wirediff.core.reading.decoding import decode

APA = (
    "Wiener Linien: Jahreskarte kostet ab Jänner 461 € statt 365 €\n\n"
    "Wien (APA) - Die Jahreskarte der Wiener Linien wird teurer. Ab 1. Jänner kostet sie "
    "461 €, bisher waren es 365 €. Für Senioren steigt der Preis auf 300 €. Die Öffis "
    "hätten im Vorjahr 1,2 Mrd. € an Kosten verursacht.\n\n(Schluss) kan/mhi\n\n"
    "APA0219    2026-12-04/14:22\n"
)
LATIN9_TEXTS = {
    "apa": APA,
    "ntb": "Forsvarsminister Tore O. Sandvik om Štefan Füle: Œuvre og økonomi\n\n"
    "OSLO (NTB): Avtalen med Ž-selskapet koster 3 000 000 € og omfatter Œresund-området, "
    "sier forsvarsminister Tore O. Sandvik.\n\nNTB\n",
    "fr": "Le cœur de la sœur, l'œuvre coûte 15 € à Noël. Très bien.",
    "fi": "Hinta on 20 € ja Šostakovitšin levy maksaa 15 €, sanoi Äänekosken myyjä.",
    "sv": "Priset är 50 €, säger Åsa.",
    "de-before": "Der Eintritt kostet € 12, für Kinder € 6, sagte die Stadträtin.",
    "caps": "ŠKODA ERHÖHT PREISE UM 500 €: KÄUFER VERÄRGERT",
}


@pytest.mark.parametrize("times", [1, 5, 40])
@pytest.mark.parametrize("language", sorted(LATIN9_TEXTS))
def test_a_latin9_text_reads_as_written(language: str, times: int) -> None:
    text = LATIN9_TEXTS[language] * times
    assert decode(Path("x.txt"), text.encode("iso8859-15")) == (text, "iso8859-15")


LATIN1_TEXTS = {
    "fr": "L'hôtel coûte 2½ fois plus cher, dit l´économiste à Genève. ",
    "de": "Größe: ¾ Zoll, Länge 1¼ Meter, für Häuser. ",
    "es": "Se rumoreó que la señora ¼ de hora más tarde llegó. Año 2½. ",
    "no": "Forsvarsministeren sa at ¾ av budsjettet går til økte lønninger, ifølge NTB. ",
}


@pytest.mark.parametrize("times", [1, 5, 40])
@pytest.mark.parametrize("language", sorted(LATIN1_TEXTS))
def test_latin1_fractions_and_accents_stay_latin1(language: str, times: int) -> None:
    """A fraction by a number and an acute accent as an apostrophe are Latin-1's; the
    French one read as Latin-9, "2œ fois", "lŽéconomiste"."""
    text = LATIN1_TEXTS[language] * times
    assert decode(Path("x.txt"), text.encode("latin-1")) == (text, "windows-1252")


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        # Windows-1252 writes "€" on 0x80: a text with it is in no ISO code page
        ("Der Preis: 461 € statt 365 €, für ¼ der Kunden. " * 3, "cp1252"),
        # Central European letters on Latin-9's bytes (ž, ź on 0xBE, 0xBC) are no Latin-9
        ("Příliš žluťoučký kůň úpěl ďábelské ódy, že? Cena 500 Kč. " * 3, "iso8859-2"),
        ("Źródło podało, że żołnierze pozostaną. Koszt 50 zł. " * 3, "iso8859-2"),
    ],
)
def test_other_code_pages_are_not_read_as_latin9(text: str, codec: str) -> None:
    assert decode(Path("x.txt"), text.encode(codec))[0] == text


def test_latin9_and_windows1252_deliveries_of_a_take_compare_identical(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The same take in Latin-9 and in Windows-1252 differed at every price, `[-¤-] {+€+}`,
    and its title and figures said "¤"."""
    latin9, cp1252 = tmp_path / "apa_latin9.txt", tmp_path / "apa_cp1252.txt"
    latin9.write_bytes(APA.encode("iso8859-15"))
    cp1252.write_bytes(APA.encode("cp1252"))
    assert main(["compare", str(latin9), str(cp1252), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["left"]["title"] == "Wiener Linien: Jahreskarte kostet ab Jänner 461 € statt 365 €"
    assert (data["left"]["encoding"], data["right"]["encoding"]) == ("iso8859-15", "windows-1252")
    assert data["left"]["text"] == data["right"]["text"]
