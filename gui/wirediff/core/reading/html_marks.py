"""What a browser draws in a web page's text that is in no text node of it: the numbers of an
ordered list (``<ol>``) and a footnote reference's raised mark (``<sup>``).

trafilatura writes every list item "- " and a ``<sup>``'s text run into the word before it: a
judgment saved as HTML lost its issues' (i), (ii), (iii), its paragraph numbers written as
``<ol start="3">`` and its notes' numbers, and "2019" followed by footnote 3 read "20193" (a
legal-affairs reporter's walkthrough). Here the tree is given what a browser shows before the
extraction: each item of an ordered list led by its number as the browser draws it ("3.",
"iv.", "B."; ``start``, ``type``, ``reversed``, an item's ``value`` and an inline
``list-style-type`` respected), and a footnote reference's mark in brackets, "2019[3]", as the
.docx and .pdf readers read one (plain text has no superscript). A note a reference points
to, an item of the page's notes list, is led by that mark in brackets ("[3] Limitation
Act…"), as a .docx's notes are, so that a reference can be matched to its note. The simple
extractor (``markup``) reads them by the same rules (``item_labels``, ``note_mark``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from wirediff.core.reading.docx_lists import number_label

if TYPE_CHECKING:
    from lxml.html import HtmlElement  # type: ignore[import-untyped]

# A footnote mark: a number of up to three digits or a sign, maybe already in brackets (a
# wiki's "[1]"). A longer number or a word in <sup> is no note's mark ("1<sup>st</sup>").
_MARK = re.compile(r"\[?\s*(\d{1,3}|[*†‡§])\s*\]?")
# What names a note reference or a note in a class, id or role (pandoc's "footnote-ref",
# "doc-noteref", Word's "_ftnref1", "fnref1", a wiki's "reference")
_NOTE_NAME = re.compile(r"foot|^_?fn|ftn|noteref|endnote|^reference$", re.I)
# The numbering an ``<ol>``'s ``type`` names (its letters are case-sensitive), and the
# inline ``list-style-type`` values read here (each the same as a type)
_TYPES = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman",
          "I": "upperRoman"}  # fmt: skip
_STYLES = {"decimal": "decimal", "lower-alpha": "lowerLetter", "lower-latin": "lowerLetter",
           "upper-alpha": "upperLetter", "upper-latin": "upperLetter",
           "lower-roman": "lowerRoman", "upper-roman": "upperRoman", "none": "none"}  # fmt: skip
_LIST_STYLE = re.compile(r"list-style(?:-type)?\s*:\s*([a-z-]+)", re.I)


def show_marks(tree: HtmlElement, item_lead: str = "") -> None:
    """Put into ``tree`` the footnote references' marks in brackets and the ordered lists'
    numbers, as a browser shows them; each item's number is preceded by ``item_lead`` (a
    character the caller takes out of the text again with trafilatura's "- " before it)."""
    notes = _note_references(tree)
    for ordered in list(tree.iter("ol")):
        _number_items(ordered, notes, item_lead)


def _note_references(tree: HtmlElement) -> dict[str, str]:
    """Each footnote reference's ``<sup>`` made "[mark]"; returned: the id of the note each
    points to (its link's "#fn3") and the mark it shows."""
    notes: dict[str, str] = {}
    for sup in list(tree.iter("sup")):
        mark = note_mark(sup.text_content())
        link = _reference_link(sup)
        if not mark or link is None:
            continue
        target = (link.get("href") or "").partition("#")[2]
        if target:
            notes.setdefault(target, mark)
        for child in list(sup):
            sup.remove(child)  # (the link and its text; the sup's own tail stays)
        sup.text = f"[{mark}]"
    return notes


def _reference_link(sup: HtmlElement) -> HtmlElement | None:
    """The link to a place in the page that makes ``sup`` a note reference (within it or
    around it), or None. A raised number with no such link is a power or a unit
    ("10<sup>6</sup>", "m<sup>2</sup>"), left as it is, as is one linking elsewhere; one named
    a note by its class or id only counts too (its link, if any, is then returned, else the
    ``sup`` itself)."""
    links = [a for a in sup.iter("a") if in_page(a.get("href") or "")]
    parent = sup.getparent()
    around = parent is not None and parent.tag == "a" and in_page(parent.get("href") or "")
    if not links and around and parent.text_content().strip() == sup.text_content().strip():
        links = [parent]  # (the link around the mark alone: "<a href=#fn1><sup>1</sup></a>")
    if links:
        return links[0]
    names = " ".join(
        e.get(attribute) or "" for e in (sup, parent) if e is not None
        for attribute in ("class", "id", "role")
    )  # fmt: skip
    return sup if names_a_note(names) else None


def in_page(href: str) -> bool:
    """Whether ``href`` points to a place in the page: "#fn3", "judgment.html#fn3"; not
    another site's, "https://example.org/units#area" ("km²" was "km[2]": a review)."""
    path, hash_, _place = href.strip().partition("#")
    return bool(hash_) and "://" not in path and not path.startswith(("/", "mailto:"))


def _number_items(ordered: HtmlElement, notes: dict[str, str], lead: str) -> None:
    """Lead each item of the ``<ol>`` with its number (or its note's mark, "[3]")."""
    items = [child for child in ordered if isinstance(child.tag, str) and child.tag == "li"]
    labels = item_labels(ordered.attrib, [(item.attrib, _note_of(item, notes)) for item in items])
    for item, label in zip(items, labels, strict=True):
        if label:
            item.text = f"{lead}{label} {(item.text or '').lstrip()}"


def item_labels(
    ordered: Mapping[str, str | None], items: Sequence[tuple[Mapping[str, str | None], str]]
) -> list[str]:
    """The label a browser draws before each item of an ordered list whose attributes are
    ``ordered``: "3.", "iv.", "B." (its ``start``, ``type``, ``reversed``, an item's
    ``value`` and an inline ``list-style-type`` respected), the mark of the note an item is
    ("[3]"), or "" (``list-style-type: none``). ``items``: each item's attributes and the
    mark of the note it is, or "". (Also the simple extractor's, ``markup``.)"""
    step = -1 if ordered.get("reversed") is not None else 1
    start = _integer(ordered.get("start"))
    number = start if start is not None else (len(items) if step < 0 else 1)
    form = _numbering(ordered, _TYPES.get((ordered.get("type") or "").strip(), "decimal"))
    labels = []
    for attributes, note in items:
        value = _integer(attributes.get("value"))
        number = value if value is not None else number
        shown = _numbering(attributes, form)
        if note:
            labels.append(f"[{note}]")
        elif shown == "none":
            labels.append("")
        else:
            labels.append(f"{_label(number, shown)}.")
        number += step
    return labels


def note_mark(text: str) -> str:
    """The mark of a note reference whose raised text is ``text`` ("3", "[3]", "*"), or ""
    (a longer number, a word: "1<sup>st</sup>")."""
    found = _MARK.fullmatch(text.strip())
    return found.group(1) if found else ""


def names_a_note(names: str) -> bool:
    """Whether a class, id or role (``names``, apart by spaces) names a note reference."""
    return any(_NOTE_NAME.search(name) for name in names.split())


def _integer(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


def _numbering(attributes: Mapping[str, str | None], inherited: str) -> str:
    """The numbering an element's inline ``list-style-type`` (or ``list-style``) names, else
    ``inherited``."""
    found = _LIST_STYLE.search(attributes.get("style") or "")
    if found is None:
        return inherited
    return next(
        (_STYLES[word] for word in found.group(0).split(":", 1)[1].split() if word in _STYLES),
        inherited,
    )


def _label(number: int, form: str) -> str:
    """``number`` as a browser writes it in ``form``: letters go on "z", "aa", "ab"…"""
    if form in ("lowerLetter", "upperLetter") and number > 0:
        letters = ""
        while number > 0:
            number, rest = divmod(number - 1, 26)
            letters = chr(ord("a") + rest) + letters
        return letters.upper() if form == "upperLetter" else letters
    return number_label(number, form)


def _note_of(item: HtmlElement, notes: dict[str, str]) -> str:
    """The mark of the note ``item`` is (its id, or its first element's, a reference's
    target), or ""."""
    if not notes:
        return ""
    first = next((child for child in item if isinstance(child.tag, str)), None)
    names = [item.get("id"), item.get("name")]
    if first is not None and not (item.text or "").strip():
        names += [first.get("id"), first.get("name")]
    return next((notes[name] for name in names if name and name in notes), "")
