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


def _markets(day: int, weekday: str, moves: list[float], driver: str, quote: bool) -> list[str]:
    """A daily market report: the agency's template sentences with the day's figures."""
    m = [f"{x:.2f}" for x in moves]
    lines = [
        f"GLOBAL MARKETS-Stocks move as {driver}",
        f"NEW YORK/LONDON, Nov {day} (Reuters) - A gauge of global stocks moved {m[0]}% on "
        f"{weekday} as {driver}, while traders weighed the outlook for interest rates.",
        f"On Wall Street, the Dow Jones Industrial Average rose {m[1]}%, the S&P 500 lost "
        f"{m[2]}% and the Nasdaq Composite added {m[3]}%.",
        f"The MSCI All Country World Index, which tracks shares in 47 countries, was at "
        f"{800 + moves[4]:.2f} points. Europe's STOXX 600 index closed up {m[5]}%.",
        f"In currencies, the dollar index, which measures the greenback against a basket of "
        f"six major peers, rose {m[6]}% to {100 + moves[7]:.2f}. The euro was at "
        f"${1 + moves[8] / 10:.4f} and the dollar bought {140 + moves[9]:.2f} yen.",
        f"Brent crude futures settled at ${70 + moves[10]:.2f} a barrel, while U.S. West "
        f"Texas Intermediate crude rose to ${65 + moves[11]:.2f}.",
    ]
    if quote:  # (the day's second take adds a quote)
        lines.insert(
            3, f'"Every data point is a referendum on the Fed," a strategist said on {weekday}.'
        )
    return lines


def test_one_agencys_daily_market_reports_are_a_story_a_day() -> None:
    """A market report's template carries each day's figures: a daily GLOBAL MARKETS series
    of six days was one story, Monday's report "Edited version of Reuters' story … figures
    changed: Nov 6 → Nov 3, 0.85% → 0.74%" (a grouping probe). The day's two takes are
    its story."""
    monday = [0.41, 0.74, 0.16, 0.97, 3.47, 0.84, 0.36, 2.48, 0.991, 3.67, 1.15, 1.36]
    tuesday = [0.29, 1.53, 1.10, 1.67, 5.53, 0.12, 0.34, 0.71, 0.993, 6.61, 3.12, 4.62]
    days = [
        ("mon", 3, "Monday", monday, "a jobs report cooled bets on rate cuts"),
        ("tue", 4, "Tuesday", tuesday, "chip stocks rallied before Nvidia's results"),
    ]
    docs = [
        replace(doc(f"markets_{name}_{take}.txt", _markets(*day, quote)), source="Reuters")
        for name, *day in days
        for take, quote in (("a", False), ("b", True))
    ]
    assert _stories(docs) == [
        ["markets_mon_a.txt", "markets_mon_b.txt"],
        ["markets_tue_a.txt", "markets_tue_b.txt"],
    ]
    # A day later, a text keeping the figures (Monday's report, refiled) is its story.
    refiled = _markets(4, "Tuesday", monday, "a jobs report cooled bets on rate cuts", True)
    docs = [docs[0], replace(doc("markets_refiled.txt", refiled), source="Reuters")]
    assert _stories(docs) == [["markets_mon_a.txt", "markets_refiled.txt"]]
