"""Reports give a document's publication date, never its file's modification time, as its
date: a file copied on 4 December heads Reuters' report of July "Reuters · 2026-12-04…"
(found by a tester). The modification time is provenance, and says so."""

from __future__ import annotations

import dataclasses
import json
import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirediff.core.document import FILE_TIME
from wirediff.core.reading import load_paths, read_document
from wirediff.core.report.evidence import folder_report, pair_report, story_report
from wirediff.core.report.evidence_data import to_csv, to_json
from wirediff.core.report.evidence_html import render_report
from wirediff.core.report.story_data import to_json as story_json
from wirediff.core.report.story_html import render_story_html
from wirediff.core.review import ReviewStore, doc_ref
from wirediff.core.stories import build_story_index
from wirediff.core.storytable import build_story_table

SAVED = datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC)  # when the copies were saved
SAVED_SHOWN = ("2001-02-03T04:05:06", "2001-02-03 04:05", "2001-02-03")
BODY = (
    "The council approved the new budget on Tuesday after a long debate.\n\n"
    "Opposition members said the plan gave too little to schools and hospitals.\n"
)


def _write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    os.utime(path, (SAVED.timestamp(), SAVED.timestamp()))
    return path


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Three versions of one text: undated (only a file time), dated by its file name, and
    dated by a dateline in its text; every file saved at ``SAVED``."""
    news = tmp_path / "news"
    news.mkdir()
    _write(news / "a.txt", f"Budget passes\n\nReuters\n\n{BODY}")
    _write(news / "b_2021-07-24.txt", f"Budget passes\n\n{BODY}")
    _write(news / "c.txt", f"Budget passes\n\nOur Bureau\n07:12 AM, July 25, 2021\n\n{BODY}")
    return news


def _docs(folder: Path):
    undated, named, dateline = (
        read_document(folder / n) for n in ("a.txt", "b_2021-07-24.txt", "c.txt")
    )
    assert (undated.date_source, undated.published) == (FILE_TIME, "")
    assert undated.date.startswith(SAVED_SHOWN[0])  # the file time is still read ...
    assert (named.date_source, named.published) == ("file name", "2021-07-24")
    assert dateline.date_source == "document" and dateline.published.startswith("2021-07-25")
    return undated, named, dateline


def _split(page: str) -> tuple[str, str]:
    """The report before its provenance, and the provenance."""
    before, provenance = page.split('<div class="provenance">')
    return before, provenance


def test_an_undated_document_is_undated_and_its_file_time_is_provenance(folder):
    undated, named, _ = _docs(folder)
    for page in (
        render_report(pair_report(undated, named, folder=folder)),
        render_report(pair_report(undated, named, folder=folder), for_print=True),
    ):
        body, provenance = _split(page)
        assert not any(t in body for t in SAVED_SHOWN)  # ... but never as the text's date
        assert "Reuters⁩ · ⁨undated" in body
        assert "2021-07-24" in body  # the file name's date
        assert "File's<br>modification<br>time</th>" in provenance
        assert "2001-02-03<br>04:05:06 UTC" in provenance  # each file's, labelled so
        assert "not when its text was written" in provenance


def test_a_document_dated_by_its_text_shows_that_date(folder):
    undated, _, dateline = _docs(folder)
    body, _ = _split(render_report(pair_report(dateline, undated, folder=folder)))
    assert "Our Bureau⁩ · ⁨2021-07-25" in body
    assert body.count("undated") == 2  # the version, in the table and over its text


def test_the_json_says_where_each_date_comes_from(folder):
    undated, named, dateline = _docs(folder)
    data = json.loads(to_json(pair_report(undated, named, folder=folder)))
    (section,) = data["comparisons"]
    base, version = section["base"], section["version"]
    # (a file's time is no date, as the app and the report say: kept apart, so named)
    assert (base["date"], base["file_time"]) == ("", undated.date)
    assert (base["date_source"], base["published"]) == (FILE_TIME, "")
    assert (version["date"], version["date_source"], version["published"]) == (
        "2021-07-24",
        "file name",
        "2021-07-24",
    )
    assert [f["modified"] for f in data["files"]] == ["2001-02-03T04:05:06Z"] * 2
    other = json.loads(to_json(pair_report(dateline, undated, folder=folder)))
    assert other["comparisons"][0]["base"]["date_source"] == "document"
    assert "2001-02-03" not in to_csv(pair_report(undated, named, folder=folder))


def test_story_and_folder_reports_show_no_file_time_as_a_date(folder, tmp_path):
    documents = load_paths([folder]).documents
    index = build_story_index(documents)
    story = index.story_of(0)
    assert len(story.versions) == 3
    body, provenance = _split(render_report(story_report(index, story.id, folder=folder)))
    assert not any(t in body for t in SAVED_SHOWN)
    assert "Reuters⁩ · ⁨undated" in body and "2021-07-24" in body and "2021-07-25" in body
    assert provenance.count("2001-02-03<br>04:05:06 UTC") == 3
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        store.set_reviewed(doc_ref(documents[0]), doc_ref(documents[1]))
        report = folder_report(documents, store=store, folder=folder)
    body, _ = _split(render_report(report))
    assert not any(t in body for t in SAVED_SHOWN) and "undated" in body


def test_the_story_table_shows_no_file_time_as_a_date(folder):
    undated, named, dateline = _docs(folder)
    table = build_story_table(named, [undated, dateline])
    page = render_story_html(table, folder=folder)
    assert not any(t in page for t in SAVED_SHOWN)
    assert "2021-07-24" in page and "2021-07-25" in page
    assert "undated" in page  # as the list, the story view and the evidence report say
    data = json.loads(story_json(table, folder=folder))
    column = data["columns"][0]
    assert (column["date_source"], column["published"]) == (FILE_TIME, "")
    assert column["heading"] == "Reuters · a.txt"
    assert (data["base"]["published"], data["base"]["date_source"]) == ("2021-07-24", "file name")


def test_an_outlet_beside_the_date_is_escaped(tmp_path):
    path = _write(tmp_path / "x_2021-07-24.txt", f"Budget passes\n\n{BODY}")
    doc = read_document(path)
    hostile = dataclasses.replace(doc, source="<b>Wire</b> & Co")
    body, _ = _split(render_report(pair_report(hostile, doc, folder=tmp_path)))
    assert "&lt;b&gt;Wire&lt;/b&gt; &amp; Co⁩ · ⁨2021-07-24" in body and "<b>Wire" not in body
