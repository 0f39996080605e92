"""The other names of the outlets the list shows: what their own texts call them.

The list shows an outlet by its display name ("Yonhap", "The Mainichi"); a Korean or
Japanese editor types it as its own texts write it ("연합뉴스", "毎日新聞"), which the outlet
table already knows (``reading.outlets.OUTLETS``), and the list's filter said "No document
matches" for 연합뉴스, 조선일보, 毎日新聞 and अमर उजाला (an East Asia desk's and a South
Asian desk's walkthroughs). The filter matches these names too: the table's, read from it.
"""

from __future__ import annotations

from functools import cache

from wirediff.core.reading.outlets import OUTLETS


def other_names(outlet: str) -> tuple[str, ...]:
    """The names the outlet table knows ``outlet`` (a display name, as ``Document.source``
    holds it) by besides that one, in the table's order ("연합뉴스", "聯合ニュース" of
    "Yonhap"); none for an outlet it does not know."""
    return _other_names().get(outlet, ())


@cache
def _other_names() -> dict[str, tuple[str, ...]]:
    """Each display name's other names (an outlet named on two rows: both rows')."""
    names: dict[str, list[str]] = {}
    for name, aliases, _domains in OUTLETS:
        known = names.setdefault(name, [])
        known.extend(alias for alias in aliases if alias != name and alias not in known)
    return {name: tuple(aliases) for name, aliases in names.items() if aliases}
