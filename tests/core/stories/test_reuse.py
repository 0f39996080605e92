"""Reuse by outlet: what share of each outlet's copy came from a source, and whose texts
travelled (``wirediff stories --by-outlet``)."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.stories.helpers import Writer, doc
from wirediff.cli import main
from wirediff.core.stories import StoryOptions, build_story_index
from wirediff.core.stories.relation import every_derivation
from wirediff.core.stories.reuse import reuse_by_outlet, reuse_csv, reuse_text, reuse_total

W = Writer(11)
TOPIC = W.topic()
WIRE = W.article(TOPIC)
TEXTS = {
    "wire.txt": ("APP", WIRE),
    "copy.txt": ("Daily Globe", WIRE[:6]),  # a trimmed copy
    "edited.txt": ("Daily Globe", [W.sentence(TOPIC) if i == 2 else p for i, p in enumerate(WIRE)]),
    "other.txt": ("Metro Express", W.article(W.topic())),  # a story of its own
    "plain.txt": ("", W.article(W.topic())),
}


def documents() -> list:  # type: ignore[type-arg]
    return [replace(doc(name, lines), source=outlet) for name, (outlet, lines) in TEXTS.items()]


def test_each_outlet_says_its_sources_its_versions_and_whose_texts_travelled() -> None:
    index = build_story_index(documents(), StoryOptions())
    rows = {r.outlet: r for r in reuse_by_outlet(index, every_derivation(index))}
    assert set(rows) == {"APP", "Daily Globe", "Metro Express", ""}
    app, globe, metro = rows["APP"], rows["Daily Globe"], rows["Metro Express"]
    assert (app.documents, app.sources, app.taken_up, app.alone) == (1, 1, 2, 0)
    assert globe.documents == 2 and sum(globe.levels) == 2 and globe.sources == 0
    assert globe.reused_words is not None and globe.reused_words > 0.6
    assert (metro.alone, metro.reused_words, metro.taken_up) == (1, None, 0)
    assert list(rows)[-1] == ""  # documents with no outlet last
    text = reuse_text(list(rows.values()))
    assert text.splitlines()[0].split()[:3] == ["outlet", "docs", "sources"]
    assert "(no outlet)" in text and "taken up:" in text
    table = list(csv.reader(io.StringIO(reuse_csv(list(rows.values())))))
    assert table[0][:2] == ["outlet", "documents"] and len(table) == 6
    assert table[-1][:2] == ["(all outlets)", "5"]  # the total last
    total = reuse_total(list(rows.values()))
    assert (total.documents, total.sources, total.taken_up) == (5, 1, 2)


def test_the_command_writes_it_in_each_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    for d in documents():
        outlet = TEXTS[d.name][0]
        head = f"{outlet}, 2026-03-1{len(d.name) % 9}\n\n" if outlet else ""
        (folder / d.name).write_text(head + d.text, encoding="utf-8")
    assert main(["stories", str(folder), "--by-outlet", "--format", "json", "--no-store"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["format"] == "wirediff.stories.by-outlet"
    assert sum(o["documents"] for o in data["outlets"]) == len(TEXTS)
    assert data["total"]["documents"] == len(TEXTS) and "outlet" not in data["total"]
    assert main(["stories", str(folder), "--by-outlet", "--no-store"]) == 0
    assert capsys.readouterr().out.startswith("outlet ")


def test_a_papers_copy_of_the_agency_counts_for_the_agency_not_the_release() -> None:
    """Everything was measured against the story's base, a press release: a paper that ran
    the agency's story word for word was "edited" from the release, and the agency's text
    travelled nowhere (PA Media: 0 taken up). Found by a tester."""
    w = Writer(5)
    topic = w.topic()
    release = w.article(topic, paragraphs=10)
    wire = [release[0], *release[1:6], *(w.sentence(topic) for _ in range(3))]  # rewritten
    docs = [
        doc("release.txt", [*release, "ENDS", "Notes to editors: images on request."]),
        replace(doc("wire.txt", wire), source="PA Media"),
        replace(doc("paper.txt", wire[:7]), source="Daily Globe"),  # the wire, trimmed
    ]
    index = build_story_index(docs, StoryOptions())
    assert len(index.stories) == 1 and index.documents[index.stories[0].base].name == "release.txt"
    rows = {r.outlet: r for r in reuse_by_outlet(index, every_derivation(index))}
    assert rows["PA Media"].taken_up == 1 and rows[""].taken_up == 1  # the release: PA's
    globe = rows["Daily Globe"]
    assert globe.levels[0] == 1 and globe.sentences_kept == 1.0  # a copy of PA's story


def test_the_table_stops_when_cancelled() -> None:
    """A paper's version nearest an agency's text takes one more aligned diff: File ▸
    Export reuse by outlet… could not be cancelled meanwhile."""
    from wirediff.core.cancel import Cancelled

    w = Writer(5)
    topic = w.topic()
    release = w.article(topic, paragraphs=10)
    wire = [release[0], *release[1:6], *(w.sentence(topic) for _ in range(3))]
    docs = [
        doc("release.txt", [*release, "ENDS"]),
        replace(doc("wire.txt", wire), source="PA Media"),
        replace(doc("paper.txt", wire[:7]), source="Daily Globe"),
    ]
    index = build_story_index(docs, StoryOptions())
    with pytest.raises(Cancelled):
        reuse_by_outlet(index, every_derivation(index), should_cancel=lambda: True)
