"""A story's event terms are what it tells of, not the kind of take a wire says it is."""

from __future__ import annotations

from dataclasses import replace

from tests.core.stories.helpers import doc
from wirediff.core.stories import build_story_index
from wirediff.core.stories.events import story_terms


def _terms(text: str) -> set[str]:
    return set(story_terms(text, [(0, len(text))])[0])


def test_a_wires_markers_are_no_terms() -> None:
    assert _terms("URGENT-Greek police arrest 14") == {"greek", "police", "arrest", "14"}
    assert "update" not in _terms("UPDATE 2-Greek ferry capsize")
    assert "молния" not in _terms("МОЛНИЯ: У острова Андрос перевернулся паром")
    assert "urgent" in _terms("An urgent appeal for blood donors")  # (a word, not a marker)
    assert {"flash", "kill"} <= _terms("FLASH FLOODS: POLICE KILL GUNMAN")  # (news's words)
    assert "flash" not in _terms("FLASH-Greek ferry capsizes")


def test_flashes_of_other_news_are_other_events() -> None:
    """A day of one desk's flashes, each opening "URGENT-Greek …": a budget's and a police
    raid's were one event by the rare term "URGENT" they share (a wire desk's probe)."""
    flashes = {
        "ferry.txt": "URGENT-Ferry capsizes off Greek island of Andros, at least 12 dead",
        "ferry_rpt.txt": "RPT-URGENT-Ferry capsizes off Greek island of Andros, at least 12 dead",
        "raid.txt": "URGENT-Greek police arrest 14 in raids on migrant smuggling ring - police",
        "budget.txt": "URGENT-Greek parliament approves 2027 budget - parliament speaker",
        "budget_votes.txt": "URGENT-Greek parliament approves 2027 budget with 158 votes",
    }
    docs = [replace(doc(name, [text]), source="Reuters") for name, text in flashes.items()]
    index = build_story_index(docs)
    events = sorted(
        sorted(index.documents[d].name for s in e.stories for d in index.stories[s].documents)
        for e in index.events
    )
    assert events == [
        ["budget.txt", "budget_votes.txt"],
        ["ferry.txt", "ferry_rpt.txt"],
        ["raid.txt"],
    ]
