"""One outlet's stories days apart (``wirediff.core.stories.days``): what they share is the
outlet's background and templates, not one text."""

from __future__ import annotations

from dataclasses import replace

from tests.core.stories.helpers import Writer, doc
from wirediff.core.document import Document
from wirediff.core.stories import StoryOptions, build_story_index

BACKGROUND = [
    "Indonesia sits on the Pacific Ring of Fire, an arc of volcanoes and fault lines "
    "encircling the Pacific Basin, and is hit by hundreds of tremors every year.",
    "In 2018 a magnitude 7.5 quake and the tsunami it set off killed more than 4,000 people "
    "in and around the city of Palu on the western coast of Sulawesi.",
    "The geophysics agency BMKG said the quake did not have the potential to trigger a "
    "tsunami, and it warned residents to watch for aftershocks in the coming days.",
]


def _stories(docs: list[Document]) -> list[list[str]]:
    index = build_story_index(docs, StoryOptions())
    return sorted(sorted(index.documents[v.doc].name for v in s.versions) for s in index.stories)


def _quake(w: Writer, day: str, place: str) -> list[str]:
    topic = w.topic()
    lede = (
        f"JAKARTA, {day} (Reuters) - An earthquake struck near {place} on the Indonesian "
        f"island of Sulawesi, damaging {w.sentence(topic)}"
    )
    return [f"Quake hits {place}", lede, *(w.sentence(topic) for _ in range(2)), *BACKGROUND]


def test_one_agencys_two_quakes_a_week_apart_are_two_stories() -> None:
    """Two Reuters quakes off Sulawesi eight days apart shared the region's background and
    a template sentence, enough for a copy link: one story, "In one story with Reuters'
    story, but written anew" (a grouping probe). An update of a day later keeping its
    opening is still its story's."""
    w = Writer(41)
    first, second = _quake(w, "March 3", "Mamuju"), _quake(w, "March 11", "Poso")
    update = [first[0], first[1], first[2], w.sentence(w.topic()), *BACKGROUND]
    docs = [
        replace(doc("mar03.txt", first), source="Reuters"),
        replace(doc("mar04_update.txt", update), source="Reuters"),
        replace(doc("mar11.txt", second), source="Reuters"),
    ]
    assert _stories(docs) == [["mar03.txt", "mar04_update.txt"], ["mar11.txt"]]
    # Of two outlets, or days apart under four, the copy link stands as before.
    near = [replace(d, source="Reuters") for d in docs[:2]]
    near.append(replace(doc("mar05.txt", _quake(w, "March 5", "Poso")), source="Reuters"))
    assert len(_stories(near)) == 1
    other = [*docs[:2], replace(docs[2], source="AFP")]
    assert len(_stories(other)) == 1
