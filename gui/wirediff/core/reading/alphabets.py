"""Which language's letters a text's words are written in: how well the letters beyond
ASCII of a one-byte code page's reading fit one European language's alphabet.

Code pages of the Latin script put different letters on the same bytes, and each reading
is letters (a Central European desk's walkthrough): Czech in Windows-1250 read as
Windows-1252 gives "Kè", "pøíštích" (č ř as è ø), Hungarian "jövõ", "Országgyûlés" (ő ű as
õ û), Czech in ISO-8859-2 read as Windows-1250 "zvýąení", "ľivot" (š ž as ą ľ). No
symbol shows the wrong reading; its letters do: they mix alphabets that no one language
writes together (ø beside ì and š, õ beside ö and á), while the right reading's letters are
all one language's.

Greek has two code pages for its letters too, which differ in Ά: Windows-1253 puts it on
0xA2, ISO-8859-7 on 0xB6, where the other has "’" and "¶"; the wrong one shows them stuck
to the start of a Greek word ("’γιος Νικόλαος", "¶νοιξε": a Greek desk's walkthrough).
"""

from __future__ import annotations

import re
import unicodedata

# Letters beyond ASCII each language writes, small: those of the languages that
# Windows-1250/1252/1257 and ISO-8859-1/2/4/13/15 are for (and Turkish, whose code pages
# read Western text as letters too).
_ALPHABETS = {
    "French": "àâæçéèêëîïôœùûüÿ",
    "German": "äöüß",
    "Spanish": "áéíñóúü",
    "Portuguese": "àáâãçéêíóôõúü",
    "Italian": "àèéìíîòóùú",
    "Catalan": "àçéèíïòóúü",
    "Dutch": "áéèêëïóöü",
    "Danish and Norwegian": "æøåéèêóòô",
    "Swedish": "åäöé",
    "Finnish": "åäöšž",
    "Icelandic": "áéíóúýðþæö",
    "Faroese": "áíóúýðæø",
    "Estonian": "äöõüšž",
    "Albanian": "çë",
    "Polish": "ąćęłńóśźż",
    "Czech": "áčďéěíňóřšťúůýž",
    "Slovak": "áäčďéíĺľňóôŕšťúýž",
    "Hungarian": "áéíóöőúüű",
    "Slovene, Croatian, Bosnian, Serbian": "čćđšž",
    "Romanian": "ăâîșțşţ",
    "Lithuanian": "ąčęėįšųūž",
    "Latvian": "āčēģīķļņšūž",
    "Turkish": "âçğıîöşû",
}
_WORD = re.compile(r"[^\W\d_]+")
_SAMPLE = 65_536  # characters looked at: a code page shows in any page of text


def letters_fit(text: str) -> tuple[float, int]:
    """``(share, letters)``: the share of the letters beyond ASCII in ``text``'s ordinary
    words that the one language fitting them best writes, and how many letters there are
    (1.0 and 0 for none). Names are left out — a word in capitals and small letters that
    starts with a capital —: a French story about "Jan Novotný" and "Petr Malý" writes ý,
    which French does not; its words all are French."""
    letters: dict[str, int] = {}
    for word in _WORD.findall(text, 0, _SAMPLE):
        if word.isascii() or (word[0].isupper() and not word.isupper()):
            continue
        for char in word.lower():  # (a fraction or a superscript in a word is no letter: "2½")
            if not char.isascii() and char.isalpha():
                letters[char] = letters.get(char, 0) + 1
    total = sum(letters.values())
    if not total:
        return 1.0, 0
    best = max(sum(n for c, n in letters.items() if c in abc) for abc in _ALPHABETS.values())
    return best / total, total


# English writes no letter beyond ASCII of its own: an English story's are its loanwords'
# and names', of several languages ("doppelgänger" German, "déjà vu" French, "jalapeño"
# Spanish), so they fit no one alphabet, while Windows-1250 reads the same bytes as
# letters that do ("déjŕ", "ragoűt" Slovak and Hungarian: a review's 3,000 English
# sentences, 71 misread). Its commonest words tell it: none of them is a word of the other
# languages written in these code pages, but for Dutch "of" and "was", German "was" and
# Danish "for", a few in a hundred.
_ENGLISH = frozenset(
    "the and of that with was were from said has have for this which his their".split()
)
_ENGLISH_SHARE = 0.1  # of a text's words, "the" among them: a tenth and more in English


def loanwords_only(text: str) -> bool:
    """Whether ``text`` is English whose ordinary words beyond ASCII are each one
    language's ("déjà", "doppelgänger", "ragoût"): loanwords, which are many languages'
    together. A word that mixes alphabets ("pøíštích", "námìstí": Czech in another code
    page) is no loanword."""
    words = _WORD.findall(text, 0, _SAMPLE)
    if not _english(words):
        return False
    alphabets = [frozenset(abc) for abc in _ALPHABETS.values()]
    for word in words:
        if word.isascii() or (word[0].isupper() and not word.isupper()):
            continue
        own = {c for c in word.lower() if not c.isascii()}
        if not any(own <= abc for abc in alphabets):
            return False
    return True


def _english(words: list[str]) -> bool:
    """Whether ``words`` are English ones: "the" among them and the commonest English words
    a tenth of them and more."""
    small = [word.lower() for word in words]
    english = sum(word in _ENGLISH for word in small)
    return "the" in small and english >= _ENGLISH_SHARE * len(words)


# A mark where a Greek code page's Ά is read in the other one: "¶" (ISO-8859-7's Ά in
# Windows-1253) and "’" (Windows-1253's in ISO-8859-7), stuck to a Greek word's start.
_MARK_AT_GREEK_WORD = re.compile(r"(?<![^\W\d_])[’¶](?=[\u0370-\u03ff\u1f00-\u1fff])")


def greek_marks(text: str) -> tuple[int, int]:
    """How many "¶" and how many "’" stand stuck to the start of a Greek word in ``text``:
    Ά read in the other Greek code page. The pilcrows count first: nothing puts one
    there, while "’" also marks a first vowel left out ("θα ’ρθει", in ISO-8859-7 where
    Windows-1253 reads it as Ά)."""
    marks = [m.group() for m in _MARK_AT_GREEK_WORD.finditer(text, 0, _SAMPLE)]
    return marks.count("¶"), marks.count("’")


# Marks that do stand inside a word: an apostrophe ("it’s", "aujourd’hui"), a hyphen or a
# dash written closed up ("troops—about"), Catalan's middle dot ("col·legi"), an ellipsis
# closed up ("said…we": it was a word broken, and a DOS code page, which reads it as "à",
# read such a Windows text as "saidàwe"), and the acute accent typed for an apostrophe
# ("l´économiste", "Kelly´s": such Latin-1 text was said to be "a guess").
_MARKS_IN_WORDS = frozenset("'’‘ʼ´-‐‑–—·…")
# And, in English, curly double quotes and the trademark sign closed up: a slip of
# Windows-1252 typing ("said“we will not cut”and left", "Apple™Watch"), which Mac Roman
# reads as letters, Italian's ì and French's î ô ("saidìwe", "budgetîand", "AppleôWatch":
# an English desk's walkthrough found its text read as Mac Roman). English writes none of
# them but in loanwords ("rôle", "maître", rarer than a quote closed up), and an English Mac
# file's own quotes and apostrophes still break its words in a Windows code page ("ItÕs",
# "saidÒwe"), so it still reads as Mac Roman.
_CLOSED_UP_IN_ENGLISH = frozenset("“”™")
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def broken_words(text: str) -> int:
    """How often a word of ``text`` is broken by what no language writes inside a word: a
    symbol or a mark between two letters ("bilh›es"), a capital beyond ASCII after a small
    letter or between letters ("interŽs", "MŽxico"), or a letter of another script beside
    a Latin one ("ΌWe"). A Mac Roman text read in a Windows code page shows so at every
    accent (a Latin American desk's walkthrough: "bilh›es", "aŤ›es", "d—lares"), while the
    right reading has none. A script's own combining marks are part of its words (Thai
    vowel signs and tones, Vietnamese tones in Windows-1258, Arabic harakat, Hebrew
    niqqud: a re-check's walkthrough found every such file said to be "a guess"); a mark
    counts only after another script's letter ("a" and a Hebrew point). In English text a
    curly double quote or "™" closed up between two words breaks none
    (``_CLOSED_UP_IN_ENGLISH``), nor, beside a Chinese, Japanese or Korean letter, their
    own punctuation (``_CJK_PUNCTUATION``: "、", "。", "「", "・", "（"), which stands
    between letters, as those scripts write no space."""
    count = 0
    english: bool | None = None  # (looked at once, at the first such mark)
    for found in _NOT_ASCII.finditer(text, 1, min(len(text) - 1, _SAMPLE)):
        at = found.start()
        char, before, after = found.group(), _base(text, at), text[at + 1]
        if not before.isalpha():
            continue
        if _mark(char) or char in _JOINERS:
            count += not _marks(char, before)
        elif not char.isalpha():
            if not after.isalpha() or char in _MARKS_IN_WORDS:
                continue
            if _CJK_PUNCTUATION.match(char) and (_cjk_letter(before) or _cjk_letter(after)):
                continue
            if char in _CLOSED_UP_IN_ENGLISH:
                if english is None:
                    english = _english(_WORD.findall(text, 0, _SAMPLE))
                if english:
                    continue
            count += 1
        elif char.isupper():
            count += before.islower() or after.islower()
        elif not latin_letter(char):
            count += before.isascii() or (after.isascii() and after.isalpha())
    return count


# The punctuation of Chinese, Japanese and Korean text, written closed up between letters
# (those scripts put no space between words): the ideographic comma and full stop, corner
# brackets and the other marks of "CJK Symbols and Punctuation", the katakana middle dot
# ("ドナルド・トランプ") and the full-width forms of ASCII's marks ("（", "，", "："). Every
# correct Shift_JIS and CP932 Japanese file was said to be "a guess: 16 words look
# garbled" (an East Asian desk's walkthrough), the warning meant for mojibake. Not the
# half-width forms (U+FF61–U+FF65, "｡｢｣､･"): a UTF-8 text read as CP932 shows its
# continuation bytes as them between kanji ("譌･譛ｬ"), and that stays broken.
_CJK_PUNCTUATION = re.compile("[\u3000-\u303f\u30fb\ufe30-\ufe4f\uff01-\uff60]")


def _cjk_letter(char: str) -> bool:
    """Whether ``char`` is a letter of Chinese, Japanese or Korean: a Han character, a
    kana, a Hangul syllable or jamo, Bopomofo."""
    return char.isalpha() and unicodedata.name(char, "").startswith(_CJK_NAMES)


_CJK_NAMES = ("CJK", "HIRAGANA", "KATAKANA", "HANGUL", "BOPOMOFO")


# Characters inside a word of any script: the joiners (Persian's "می‌خواهد", Indic
# conjuncts) and the soft hyphen.
_JOINERS = frozenset("\u200c\u200d\u00ad")
_MARKS_LOOKED_BACK = 8  # a letter's marks stacked after it: Hebrew "שִּׁ" has three


def _base(text: str, at: int) -> str:
    """The character before ``at`` in ``text``, past the marks stacked on it (a letter of
    a word whose previous letter has its vowel sign or point)."""
    start = max(at - _MARKS_LOOKED_BACK, 0)
    while at > start + 1 and _mark(text[at - 1]):
        at -= 1
    return text[at - 1]


def _mark(char: str) -> bool:
    """Whether ``char`` is a mark set on the letter before it (a Thai vowel sign too, which
    has no combining class)."""
    return unicodedata.category(char).startswith("M")


def _marks(mark: str, letter: str) -> bool:
    """Whether ``mark`` is one ``letter``'s script writes on its letters: a Thai vowel sign
    on a Thai letter; a mark of the blocks every script shares ("COMBINING ACUTE ACCENT",
    Japanese's voiced sound mark) on any."""
    name = unicodedata.name(mark, " ")
    if mark in _JOINERS or name.startswith("COMBINING"):
        return True
    return name.split()[0] == unicodedata.name(letter, " ").split()[0]


def latin_letter(char: str) -> bool:
    """Whether a letter beyond ASCII is a Latin one (the blocks up to IPA, and Vietnamese's)."""
    return char < "\u0250" or "\u1e00" <= char <= "\u1eff"
