"""Vietnamese in the VNI legacy font encoding, told and read as Unicode.

VNI-Windows writes a Vietnamese letter as its base letter and one Latin-1 letter for its
marks ("á" as "aù", "ấ" as "aá", "ơ" as "ô", "đ" as "ñ"), in the bytes of Windows-1252: a
file of an old provincial office's came out as Windows-1257 gibberish, "Khałnh Hoųa",
unsaid and unfindable (a Southeast Asian monitoring desk's walkthrough). Its pairs of a
vowel and such a mark inside a word are no other language's ("Khaùnh", "daân", "tröôùc"):
a text that has them in a third of its words at least, written in ASCII letters but for
those marks' letters (a Vietnamese syllable's consonants and base vowels are), may be VNI.
KOI8-R Cyrillic read so has such pairs too ("ÔØ", "ÔÏ" for "ть", "то"), in words all of
Latin-1 letters: a Russian desk's flashes dense in "стоимость", "растут" came out as
Vietnamese gibberish, "ãÅỴÙ ỴÁ ỴÅỈỜ" (a re-check's walkthrough), so the decoder takes VNI
only when no other code page reads the bytes as one language's ordinary text.
"""

from __future__ import annotations

import re
import unicodedata

# Each mark's letter after a base vowel: the tones (acute, grave, hook, tilde, dot below),
# and with them the circumflex's and the breve's (none first).
_TONES = ("\u0301", "\u0300", "\u0309", "\u0303", "\u0323")
_TONE = "ùøûõï"
_CIRCUMFLEX = "âáàåãä"
_BREVE = "êéèúüë"
_I_TONED = "íìæóò"  # i takes one letter of its own for each tone
_HORN = {"o": "ô", "u": "ö"}  # ơ and ư, each a letter of its own, then its tone's


def _table() -> dict[str, str]:
    """Each VNI spelling and the Vietnamese letter it writes (small and capital)."""
    small: dict[str, str] = {"ñ": "đ", "î": "ỵ"}
    for vowel in "aeiouy":
        for tone, mark in zip(_TONES, _TONE, strict=True):
            small[vowel + mark] = vowel + tone
        if vowel == "i":
            small.update(zip(_I_TONED, ("i" + tone for tone in _TONES), strict=True))
        if vowel in "aeo":
            small[vowel + _CIRCUMFLEX[0]] = vowel + "\u0302"
            for tone, mark in zip(_TONES, _CIRCUMFLEX[1:], strict=True):
                small[vowel + mark] = vowel + "\u0302" + tone
        if vowel == "a":
            small["a" + _BREVE[0]] = "a\u0306"
            for tone, mark in zip(_TONES, _BREVE[1:], strict=True):
                small["a" + mark] = "a\u0306" + tone
        if vowel in _HORN:
            small[_HORN[vowel]] = vowel + "\u031b"
            for tone, mark in zip(_TONES, _TONE, strict=True):
                small[_HORN[vowel] + mark] = vowel + "\u031b" + tone
    table: dict[str, str] = {}
    for spelt, letter in small.items():
        letter = unicodedata.normalize("NFC", letter)
        table[spelt] = letter
        table[spelt.upper()] = letter.upper()
        if len(spelt) == 2:  # (a capital's base letter, its mark in small letters: "Oâ")
            table[spelt[0].upper() + spelt[1]] = letter.upper()
    return table


_VNI = _table()
_SPELLINGS = re.compile("|".join(sorted(map(re.escape, _VNI), key=len, reverse=True)))
# A vowel and a mark's letter inside a word (after a letter) where no language writes the
# pair: "aù", "oø", "eâ", "aê", "oá", "ôù", "öô". Those other languages do write are left
# out of the count (French "goût", "naïf", "Israël", Portuguese "saúde", Spanish "Raúl"),
# and French's "où" stands alone; Vietnamese in VNI has one in most words.
_PAIRS = re.compile(r"(?<=[^\W\d_])(?:[aeouy][ùøõ]|[aeo][âáàåãä]|aê|[ôö][ùøûõïô])", re.IGNORECASE)
_WORDS = re.compile(r"[^\W\d_]+")
_MIN_PAIRS = 5
_PAIRS_PER_WORD = 0.3  # (two in three words in VNI news; one in ten in KOI8-R's worst)
_ASCII_LETTERS = 0.5  # of the letters in words: seven in ten in VNI, none in Cyrillic
_SAMPLE = 65_536


def vni_text(text: str) -> str | None:
    """``text`` (bytes read as Windows-1252) as the Vietnamese it spells in VNI, or None
    when it is no VNI text."""
    sample = text[:_SAMPLE]
    pairs = len(_PAIRS.findall(sample))
    words = _WORDS.findall(sample)
    if pairs < _MIN_PAIRS or pairs < _PAIRS_PER_WORD * len(words):
        return None
    letters = sum(map(len, words))
    if sum(char.isascii() for word in words for char in word) < _ASCII_LETTERS * letters:
        return None
    return _SPELLINGS.sub(lambda m: _VNI[m.group()], text)
