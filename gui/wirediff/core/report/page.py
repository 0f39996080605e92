"""What every HTML page wirediff writes shares: its frame, and how a block of text it did not
write (an article, a title, a name, a note) is marked.

The page's own words (headings, legends, figures) are English: ``<html lang="en">``. The
engine does not detect the language of a text, so each block of it says ``lang="und"``
(undetermined: a screen reader does not read Urdu with an English voice, a browser does not
hyphenate it as English) and its direction (``display.html_dir``: "rtl" when it opens right
to left, else "auto").
"""

from __future__ import annotations

from wirediff.core.display import html_dir

PAGE_LANG = "en"  # the language of the words the page itself says
TEXT_LANG = "und"  # BCP 47 "undetermined": the language of a document's text


def text_attrs(text: str) -> str:
    """The ``dir`` and ``lang`` attributes of an element holding ``text``, which wirediff
    did not write (the text as it is, before escaping)."""
    return f'dir="{html_dir(text)}" lang="{TEXT_LANG}"'


def page(title: str, css: str, body: str) -> str:
    """A whole page: ``title`` and ``body`` are HTML already (their text escaped)."""
    return (
        f'<!DOCTYPE html>\n<html lang="{PAGE_LANG}"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{css}</style></head><body>{body}</body></html>\n"
    )
