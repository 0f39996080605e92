"""Real English text rewritten by hand at three levels (tests/fixtures/rewrites-en): the
cut-and-paste and the light revision join the wire text's story; every rewrite stays in the
event, and the independent reports of the same news stay stories of their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths
from wirediff.core.stories import (
    Derivation,
    StoryIndex,
    build_story_index,
    describe,
    pair_derivation,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.fixture(scope="module")
def index() -> StoryIndex:
    rewrites = sorted((FIXTURES / "rewrites-en").glob("*.txt"))  # (not its README)
    loaded = load_paths([FIXTURES / "us-iraq-troop-role", *rewrites])
    assert len(loaded.documents) == 8 and not loaded.problems
    return build_story_index(loaded.documents)


def _doc(index: StoryIndex, prefix: str) -> int:
    return next(i for i, d in enumerate(index.documents) if d.path.name.startswith(prefix))


@pytest.mark.parametrize(
    ("name", "levels"),
    [
        ("cut-and-paste", {Derivation.COPY, Derivation.EDITED}),
        ("light-revision", {Derivation.EDITED, Derivation.REWRITE}),
    ],
)
def test_copied_and_revised_text_joins_the_wire_story(
    index: StoryIndex, name: str, levels: set[Derivation]
) -> None:
    wire, version = _doc(index, "000"), _doc(index, name)
    story = index.story_of(wire)
    assert index.story_of(version) == story and story.base == wire
    assert pair_derivation(index, wire, version).level in levels


def test_independent_reports_stay_apart_and_everything_is_one_event(index: StoryIndex) -> None:
    wire = index.story_of(_doc(index, "000"))
    assert set(wire.documents) >= {_doc(index, n) for n in ("000", "001", "cut", "light")}
    for prefix in ("002", "003", "004"):
        assert index.story_of(_doc(index, prefix)) != wire
        level = pair_derivation(index, _doc(index, "000"), _doc(index, prefix)).level
        assert level is Derivation.INDEPENDENT
    assert len(index.events) == 1  # the heavy revision too: the same news


def test_a_close_paraphrase_is_not_called_two_newsrooms_writing(index: StoryIndex) -> None:
    """The heavy revision stays apart, but the sentence says what the text alone cannot
    tell: many of its sentences have a counterpart, none kept. A real independent report
    has none with a counterpart and is called one."""
    wire = _doc(index, "000")
    heavy = describe(index, wire, _doc(index, "heavy"))
    assert heavy.startswith("Same news in other words — a paraphrase or an independent report")
    assert "63% of the shorter text's sentences have a counterpart" in heavy
    assert heavy.endswith("none kept nearly word for word")
    assert describe(index, wire, _doc(index, "002")).startswith(
        "Independent reports of the same event — two newsrooms writing"
    )


def test_a_rewrite_says_the_figures_of_the_sentences_it_kept(tmp_path: Path) -> None:
    """A rewrite keeping a sentence with its figure changed said nothing of it but in the
    panes, where an edited version says "figures changed" (a German desk's walkthrough:
    a regional site's rewrite of AFP's figures)."""
    base = (FIXTURES / "rewrites-en" / "cut-and-paste.txt").read_text(encoding="utf-8")
    light = (FIXTURES / "rewrites-en" / "light-revision.txt").read_text(encoding="utf-8")
    start = light.index("Some 2,500 US soldiers")
    end = light.index(".", start) + 1
    kept = "There are currently 3,500 US troops in Iraq focusing on countering the remnants"
    (tmp_path / "a.txt").write_text(base, encoding="utf-8")
    (tmp_path / "b.txt").write_text(
        f"{light[:start]}{kept} of Islamic State.{light[end:]}", encoding="utf-8"
    )
    index = build_story_index(load_paths([tmp_path]).documents)
    assert pair_derivation(index, 0, 1).level is Derivation.REWRITE
    assert describe(index, 0, 1).endswith("; figures changed: 2,500 → 3,500")
