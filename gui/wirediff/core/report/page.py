"""What every HTML page wirediff writes shares: its frame, and how a block of text it did not
write (an article, a title, a name, a note) is marked.

The page's own words (headings, legends, figures) are English: ``<html lang="en">``. Each
block of text says its language (``text_lang``: the BCP 47 tag of the language its script
tells, "ar", "fa", "ur", "he", "ru", "zh", "ja"…, else ``lang="und"``, undetermined: a
screen reader does not read Urdu with an English voice, a browser picks Japanese glyphs for
Han written in Japanese and a Nastaliq font for Urdu) and its direction
(``display.html_dir``: "rtl" when it opens right to left, else "auto").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from wirediff.core.display import html_dir
from wirediff.core.scripts import language, writing

PAGE_LANG = "en"  # the language of the words the page itself says
TEXT_LANG = "und"  # BCP 47 "undetermined": the language of a document's text


# BCP 47 tags of the languages ``scripts.language`` tells apart, and of the scripts that
# write (nearly) one language; the others (Latin, Devanagari, Bengali, Ethiopic, an untold
# Cyrillic or Arabic-script text) are "und".
_LANGUAGE_TAGS = {
    "Arabic": "ar",
    "Persian": "fa",
    "Urdu": "ur",
    "Russian": "ru",
    "Ukrainian": "uk",
    "Belarusian": "be",
    "Yiddish": "yi",
}
_SCRIPT_TAGS = {
    "Hebrew": "he",  # (Yiddish told by ``language`` first)
    "Greek": "el",
    "Armenian": "hy",
    "Georgian": "ka",
    "Han": "zh",
    "Japanese": "ja",
    "Hangul": "ko",
    "Thai": "th",
    "Lao": "lo",
    "Khmer": "km",
    "Myanmar": "my",
    "Tibetan": "bo",
    "Sinhala": "si",
    "Gurmukhi": "pa",
    "Gujarati": "gu",
    "Oriya": "or",
    "Tamil": "ta",
    "Telugu": "te",
    "Kannada": "kn",
    "Malayalam": "ml",
}


def _tag(text: str, script: str) -> str:
    told = language(text)
    if told:
        return _LANGUAGE_TAGS.get(told, TEXT_LANG)
    return _SCRIPT_TAGS.get(script, TEXT_LANG)


@lru_cache(maxsize=64)
def _whole(text: str) -> tuple[str, str]:
    """A whole text's script and language tag (told once for each of its blocks)."""
    script = writing(text)
    return script, _tag(text, script)


def text_lang(text: str, within: str = "") -> str:
    """The BCP 47 tag of the language ``text`` is in, as far as its letters tell, else
    "und". ``within``: the whole text a block of it is part of (the article a row is
    from), which tells the language of a block too short to (a row of an Arabic story
    saying "وام", a Japanese headline all kanji), when the block's letters are of its
    script or none."""
    own = writing(text)
    if within:
        whole, tag = _whole(within)
        if not own or own == whole or {own, whole} == {"Han", "Japanese"}:
            return tag
    return _tag(text, own)


def text_attrs(text: str, within: str = "") -> str:
    """The ``dir`` and ``lang`` attributes of an element holding ``text``, which wirediff
    did not write (the text as it is, before escaping); ``within``: the whole text it is
    part of (``text_lang``)."""
    return f'dir="{html_dir(text)}" lang="{text_lang(text, within)}"'


def page(title: str, css: str, body: str, embed_fonts: bool = True) -> str:
    """A whole page: ``title`` and ``body`` are HTML already (their text escaped). A page
    holding Arabic-script text carries the Noto Naskh Arabic font wirediff bundles
    (``embed_fonts``; not for Qt's printing, which has it registered): a browser on a
    machine without an Arabic font drew every Urdu ہ and ے of the "self-contained" page as
    a box."""
    if embed_fonts and _ARABIC_SCRIPT.search(body):
        css = arabic_font_face() + css
    return (
        f'<!DOCTYPE html>\n<html lang="{PAGE_LANG}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{css}</style></head><body>{body}</body></html>\n"
    )


_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_ARABIC_RANGES = "U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFF"
FONT_FAMILY = "Noto Naskh Arabic"  # (named in the pages' font lists)


@cache
def arabic_font_face() -> str:
    """A CSS ``@font-face`` of the bundled Noto Naskh Arabic (SIL Open Font License 1.1, its
    text in the resources' ``fonts/OFL.txt``), for the Arabic script only; "" when the
    resources are not there."""
    import base64

    from wirediff.resources import resources_dir  # (only for a page that needs it)

    try:
        data = (resources_dir() / "fonts" / "NotoNaskhArabic-Regular.ttf").read_bytes()
    except OSError:
        return ""
    encoded = base64.b64encode(data).decode("ascii")
    return (
        f"/* {FONT_FAMILY}, (c) Google, SIL Open Font License 1.1 (the licence and notice are"
        f" in the font's own metadata) */@font-face{{font-family:'{FONT_FAMILY}';"
        f"src:url(data:font/ttf;base64,{encoded}) format('truetype');"
        f"unicode-range:{_ARABIC_RANGES}}}\n"
    )
