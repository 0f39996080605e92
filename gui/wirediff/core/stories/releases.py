"""Press releases: the texts an organisation puts out, which agencies and papers rewrite.

A release tells itself by its furniture, at its head or its foot, on a line of its own or
starting one: "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "Pressemitteilung" at the head;
"ENDS", "###", "Notes to editors", "Media contact", "For further information, please
contact", "About Northwind Energy:", "À propos de Lumeris :" at the foot. A story holding a
release is based on it: the agency's story was written from it (of eight releases in a
researcher's folder, none was its story's base, and a release read as "an edited version
of PA Media's story").
"""

from __future__ import annotations

import re

HEAD_LINES = 6  # the head's lines looked at (non-empty)
FOOT_LINES = 12  # the foot's
_HEAD_CHARS, _FOOT_CHARS = 2_000, 8_000  # where they are looked for (not a whole long text)

_HEAD = re.compile(
    r"(?:for immediate release|(?:press|news|media) release|embargoed?\b.*|pressemitteilung"
    r"|presseinformation|communiqué(?: de presse)?|nota de prensa|comunicado de prensa"
    r"|comunicato stampa|persbericht)[\s:.!–—-]*",
    re.IGNORECASE,
)
_FOOT_LINE = re.compile(r"[\s(*_#–—-]*(?:ends|end|###|-?\s*30\s*-?)[\s)*_#–—.-]*", re.IGNORECASE)
_FOOT_START = re.compile(
    r"(?:notes? (?:to|for) editors|editor'?s'? notes?|media (?:contacts?|enquiries|inquiries)"
    r"|press (?:contacts?|office|enquiries)|for (?:media|press) (?:enquiries|inquiries)"
    r"|for (?:further|more) information,? (?:please )?contact|pressekontakt|kontakt für"
    r" medien|contacts? presse|contacto de prensa)\b",
    re.IGNORECASE,
)
# "About Northwind Energy:", "About Save Our Rivers Trust" (a heading), "À propos de
# Lumeris :", "Über die Kessler AG:" — not "About 200 people came."
_ABOUT = re.compile(
    r"(?i:about|à propos d[e']\s?|über|acerca de|sobre)\s*(?P<name>(?:[A-ZÀ-Ý][\w'’&.-]*\s*){1,6}"
    r"|(?:die|der|das|le|la|les|el)\s+(?:[A-ZÀ-Ý][\w'’&.-]*\s*){1,5})(?P<end>:|$)",
)


def reads_as_release(text: str) -> bool:
    """Whether ``text`` carries a press release's furniture at its head or its foot."""
    head = [line.strip() for line in text[:_HEAD_CHARS].split("\n") if line.strip()]
    if any(_HEAD.fullmatch(line) for line in head[:HEAD_LINES]):
        return True
    foot = [line.strip() for line in text[-_FOOT_CHARS:].split("\n") if line.strip()]
    for line in foot[-FOOT_LINES:]:
        if _FOOT_LINE.fullmatch(line) or _FOOT_START.match(line):
            return True
        about = _ABOUT.match(line)
        if about is not None and (about["end"] == ":" or len(line.split()) <= 7):
            return True
    return False
