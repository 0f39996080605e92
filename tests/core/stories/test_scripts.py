"""Texts in other scripts: a report in another language, or in a script that writes no
space between words, is never read as a paraphrase of another by the figures and Latin
names they share in the same order."""

from __future__ import annotations

import shutil
from pathlib import Path

from wirediff.core.reading import load_paths
from wirediff.core.scripts import writing
from wirediff.core.stories import build_story_index
from wirediff.core.stories.evidence import terms_tell

FIXTURES = Path(__file__).parents[2] / "fixtures" / "scripts"


def test_the_script_of_a_text() -> None:
    assert writing("The council met on Tuesday.") == "Latin"
    assert writing("Совет собрался во вторник.") == "Cyrillic"
    assert writing("台湾東部沖でM6.8の地震、9人死亡") == "Japanese"
    assert writing("新华社台北5月12日电 台湾东部海域发生地震") == "Han"
    assert writing("한국은행이 기준금리를 인하했다") == "Hangul"
    assert writing("แผ่นดินไหวขนาด 6.8 นอกชายฝั่งไต้หวัน") == "Thai"
    assert writing("असम में बाढ़ की स्थिति गंभीर") == "Devanagari"
    assert writing("١٢٣ — 2026") == ""
    assert terms_tell("The council met.", "The mayor said so.")
    assert not terms_tell("The council met.", "Совет собрался.")
    assert not terms_tell("新华社台北5月12日电", "新华社北京5月12日电")  # no spaces: no terms


def test_agency_stories_in_three_languages_stay_three_stories(tmp_path: Path) -> None:
    """Xinhua's, Kyodo's and the Thai agency's stories of one earthquake, each with a copy
    and a trimmed copy, were one story of 22 versions under Kyodo's (found by an Asia-desk
    monitor): "Rewrite of Kyodo's story in other words: 38% of its names, numbers and words
    recur in the same order" of a Thai trim 0% alike. They are three stories of one event."""
    folder = tmp_path / "desk"
    folder.mkdir()
    for source in sorted(FIXTURES.glob("*_agency.txt")):
        language = source.name[:2]
        text = source.read_text(encoding="utf-8")
        shutil.copy(source, folder / f"{language}_agency.txt")
        (folder / f"{language}_copy.txt").write_text(text, encoding="utf-8")
        trimmed = "\n\n".join(text.split("\n\n")[:4]) + "\n"
        (folder / f"{language}_trim.txt").write_text(trimmed, encoding="utf-8")
    index = build_story_index(load_paths([folder]).documents)
    stories = sorted(
        sorted(index.documents[d].name for d in story.documents) for story in index.stories
    )
    assert stories == [
        [f"{language}_{kind}.txt" for kind in ("agency", "copy", "trim")]
        for language in ("ja", "th", "zh")
    ]
