"""One agency's package (``wirediff.core.stories.kinds``): a story, its factbox, its
analysis — each a story of one event, however much background they share."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.core.stories.helpers import doc
from wirediff.core.document import Document
from wirediff.core.stories import StoryOptions, build_story_index
from wirediff.core.stories.kinds import headline_kind


@pytest.mark.parametrize(
    ("headline", "kind"),
    [
        ("FACTBOX-Major earthquakes in Turkey over the past three decades", "factbox"),
        ("UPDATE 1-FACTBOX-Major earthquakes in Turkey", "factbox"),
        ("Analysis: Malatya quake revives doubts over rebuilding", "analysis"),
        ("REFILE-PROFILE-Okay Memis, the geologist who runs the response", "profile"),
        ("Q+A-What a rate cut means for savers", "qa"),
        ("Fact Box: the deadliest quakes", "factbox"),
        ("Hintergrund: Erdbeben in der Türkei", "hintergrund"),
        ("UPDATE 2-Turkey quake death toll rises to 27", ""),  # a version's marker alone
        ("EXCLUSIVE-Bank weighs sale of unit", ""),
        ("Analysis of the vote shows a swing", ""),  # no hyphen or colon after the word
        ("Magnitude 6.4 quake hits eastern Turkey", ""),
    ],
)
def test_a_headline_names_its_kind_of_story(headline: str, kind: str) -> None:
    assert headline_kind(doc("x.txt", [headline, "ANKARA, Oct 14 (Reuters) - A quake."])) == kind


LEDE = (
    "A magnitude 6.4 earthquake struck Malatya province in eastern Turkey on Tuesday, "
    "killing at least 12 people and collapsing several buildings, the disaster agency said."
)
QUAKE = (
    "The quake hit at 10:42 a.m. (0742 GMT) at a depth of 9 km, centred near the town of "
    "Yesilyurt, AFAD said. More than 40 aftershocks followed, the strongest measuring 4.8."
)
BACKGROUND = [
    "Turkey lies on major fault lines and is frequently hit by earthquakes. In February 2023 "
    "two quakes of magnitude 7.8 and 7.5 killed more than 50,000 people in the south.",
    "After that disaster the government launched a reconstruction drive of 650,000 homes "
    "and promised to end the amnesties that had legalised buildings put up without permits.",
]


def _package() -> list[Document]:
    main = [
        "UPDATE 1-Magnitude 6.4 quake hits eastern Turkey, at least 12 killed",
        f"ANKARA, Oct 14 (Reuters) - {LEDE}",
        QUAKE,
        "Television footage showed rescuers pulling a woman from the rubble of a four-storey "
        "building in Yesilyurt as residents looked on in the rain.",
        *BACKGROUND,
    ]
    first = [
        "Magnitude 6.4 quake hits eastern Turkey, buildings collapse",
        f"ANKARA, Oct 14 (Reuters) - {LEDE}",
        QUAKE,
        *BACKGROUND,
    ]
    factbox = [
        "FACTBOX-Major earthquakes in Turkey over the past three decades",
        f"Oct 14 (Reuters) - {LEDE} Here are details of some of the deadliest quakes.",
        *BACKGROUND,
        "Aug. 17, 1999 - A magnitude 7.6 quake struck Izmit in the northwest, killing more "
        "than 17,000 people.",
    ]
    analysis = [
        "ANALYSIS-Malatya quake revives doubts over Turkey's rebuilding drive",
        "ISTANBUL, Oct 14 (Reuters) - Tuesday's deadly earthquake in Malatya has revived "
        "questions over whether the vast reconstruction programme has made cities safer.",
        *BACKGROUND,
        "Engineers said inspections carried out under pressure to deliver homes quickly "
        "had been too few, and municipal records showed permits signed in a single day.",
    ]
    return [
        replace(doc(name, lines), source="Reuters")
        for name, lines in (
            ("quake.txt", first),
            ("quake_update1.txt", main),
            ("factbox.txt", factbox),
            ("analysis.txt", analysis),
        )
    ]


def _stories(docs: list[Document]) -> list[list[str]]:
    index = build_story_index(docs, StoryOptions())
    return sorted(sorted(index.documents[v.doc].name for v in s.versions) for s in index.stories)


def test_an_agencys_factbox_and_analysis_are_stories_of_their_own() -> None:
    """A quake's factbox and analysis carry its background and opening facts: a grouping
    probe's package was one story, the factbox a "Rewrite of Reuters' story: 41% of its
    sentences reused". A paper's copy of the factbox is the factbox's, not the quake's."""
    docs = _package()
    assert _stories(docs) == [
        ["analysis.txt"],
        ["factbox.txt"],
        ["quake.txt", "quake_update1.txt"],
    ]
    factbox = docs[2]
    reprint = doc("star_quakes.txt", ["Turkey's deadliest quakes", *factbox.text.split("\n\n")[1:]])
    stories = _stories([*docs, replace(reprint, source="Daily Star")])
    assert ["factbox.txt", "star_quakes.txt"] in stories
    assert ["quake.txt", "quake_update1.txt"] in stories
    # Of two outlets (each its own kind), the copy link stands as before.
    other = [*docs[:2], replace(docs[2], source="AFP")]
    assert len(_stories(other)) == 1
