"""What every HTML page wirediff writes shares: its frame, and how a block of text it did not
write (an article, a title, a name, a note) is marked.

The page's own words (headings, legends, figures) are English: ``<html lang="en">``. The
engine does not detect the language of a text, so each block of it says ``lang="und"``
(undetermined: a screen reader does not read Urdu with an English voice, a browser does not
hyphenate it as English) and its direction (``display.html_dir``: "rtl" when it opens right
to left, else "auto").
"""

from __future__ import annotations

import re
from functools import cache

from wirediff.core.display import html_dir

PAGE_LANG = "en"  # the language of the words the page itself says
TEXT_LANG = "und"  # BCP 47 "undetermined": the language of a document's text


def text_attrs(text: str) -> str:
    """The ``dir`` and ``lang`` attributes of an element holding ``text``, which wirediff
    did not write (the text as it is, before escaping)."""
    return f'dir="{html_dir(text)}" lang="{TEXT_LANG}"'


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
