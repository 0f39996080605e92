"""``source_of``: the text one version's level is measured against (the stories'
``derived_from``), asked of one version as the app's "Compare with the version it was made
from" asks it — the same text ``version_sources`` gives for the whole story."""

from __future__ import annotations

from pathlib import Path

from wirediff.core.reading import load_paths
from wirediff.core.stories import build_story_index, source_named, source_of
from wirediff.core.stories.relation import every_derivation, version_sources
from wirediff.core.stories.report import to_data

FOLDER = Path(__file__).resolve().parents[2] / "fixtures" / "takes-rewrite"


def test_a_papers_rewrite_was_made_from_the_take_it_holds_most_of() -> None:
    documents = load_paths(sorted(FOLDER.glob("*.txt"))).documents
    index = build_story_index(documents)
    (story,) = index.stories
    named = {d.path.stem: i for i, d in enumerate(index.documents)}
    paper, update = named["gazette_quake_2025-11-18"], named["reuters_20251117_2305"]
    assert story.base == named["reuters_20251117_2210"]
    assert source_of(index, story.base) is None  # made from none of its versions
    assert {d: source_of(index, d) for d in story.documents[1:]} == version_sources(index, 0)
    assert source_of(index, paper) == update
    assert source_of(index, named["reuters_20251118_0140"]) == story.base  # (an agency's own)
    assert source_named(index, update, paper) == "Reuters' story of 2025-11-17 23:05"
    data = to_data(index, FOLDER, derived=every_derivation(index))  # (the CLI's JSON)
    (paper_row,) = [v for v in data["stories"][0]["documents"] if v["path"].startswith("gazette")]
    assert paper_row["derived_from"] == "reuters_20251117_2305.txt"
    # A base the user chose is what every version is measured against.
    chosen = index.with_base(0, named["reuters_20251118_0140"])
    assert source_of(chosen, paper) == named["reuters_20251118_0140"]
