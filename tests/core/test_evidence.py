"""The evidence report builders, without the command line."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import io
import os
import threading
from pathlib import Path

import pytest

from tests.core.review.helpers import SAMPLE, read
from wirediff.core.reading import load_paths, read_document
from wirediff.core.report.evidence import (
    CHANGED,
    derivation_of,
    folder_report,
    pair_report,
    story_report,
)
from wirediff.core.report.evidence_data import VERSION_COLUMNS, to_csv, version_rows
from wirediff.core.report.evidence_html import render_report
from wirediff.core.review import ReviewStore, doc_ref
from wirediff.core.stories import build_story_index
from wirediff.core.stories.relation import describe
from wirediff.core.tokens import count_words


def test_a_story_report_says_how_each_version_was_made_from_the_base():
    index = build_story_index(load_paths([SAMPLE]).documents)
    story = index.story_of(0)
    assert derivation_of(index, story.id, story.base) is None
    assert derivation_of(index, story.id, story.versions[1].doc) == "rewrite"
    seen: list[tuple[int, int]] = []
    report = story_report(index, story.id, folder=SAMPLE, on_progress=lambda *p: seen.append(p))
    assert seen == [(1, 1)]
    assert "Derivation: <b>rewrite</b>" in render_report(report)
    section = dataclasses.replace(report.sections[0], derivation="<edited copy>")
    shown = render_report(dataclasses.replace(report, sections=(section,)))
    assert "Derivation: <b>&lt;edited copy&gt;</b>" in shown
    # how much of the version came from the base, beside how much of the base it kept
    st = report.sections[0].comparison.stats
    assert 0 < st.right_in_left < 1 and st.right_in_left != st.left_in_right
    row = dict(zip(VERSION_COLUMNS, list(version_rows(report))[1], strict=True))
    assert row["reused"] == f"{st.right_in_left:.4f}"
    assert row["base_kept"] == f"{st.left_in_right:.4f}"


def test_a_story_report_counts_its_versions_by_level_and_outlet():
    """A release's 167 pickups were listed by file name and counted nowhere (a PR agency's
    walkthrough): the versions table opens with how many of each level, from which outlets."""
    index = build_story_index(load_paths([SAMPLE]).documents)
    story = index.story_of(0)
    report = story_report(index, story.id, folder=SAMPLE)
    section = report.sections[0]
    copies = [
        dataclasses.replace(
            section, derivation=level, other=dataclasses.replace(section.other, source=outlet)
        )
        for level, outlet in (
            ("copy", "Herald"),
            ("copy", "<Post>"),
            ("rewrite", "Herald"),
            ("edited", ""),
        )
    ]
    besides = dataclasses.replace(copies[0], against="")  # (another pair the store marked)
    shown = render_report(dataclasses.replace(report, sections=(*copies, besides)))
    assert "4 versions of the base: 2 copies, 1 edited, 1 rewrite · 3 outlets: " in shown
    assert ">Herald</span> 2" in shown and "&lt;Post&gt;</span> 1" in shown
    assert "versions of the base:" not in render_report(report)  # (one version: nothing to count)


def test_a_pair_report_carries_the_derivation_it_is_given():
    base, copy = read(SAMPLE, "000"), read(SAMPLE, "001")
    assert pair_report(base, copy).sections[0].derivation is None
    assert pair_report(base, copy, derivation="rewrite").sections[0].derivation == "rewrite"


def test_a_story_of_one_version_says_there_is_nothing_to_compare():
    index = build_story_index(load_paths([SAMPLE]).documents)
    lone = next(s for s in index.stories if len(s.versions) == 1)
    report = story_report(index, lone.id)
    assert report.sections == () and len(report.files) == 1
    assert any("single version" in r for r in report.remarks)
    # its CSV lists the base (the versions table was its header alone)
    base = index.documents[lone.base]
    (row,) = version_rows(report)
    assert row[:3] == [base.path.as_posix(), base.path.as_posix(), base.title]
    assert row[5] == str(count_words(base.text)) and row[9] == "base"


def test_a_story_report_names_each_version_left_out_with_its_problem():
    """A version whose text could not be read (a stories index's, its file gone) is in
    ``files`` with its problem and in a remark, as a folder's unreadable file is."""
    index = build_story_index(load_paths([SAMPLE]).documents)
    lone = next(s for s in index.stories if len(s.versions) == 1)
    gone = SAMPLE / "gone.txt"
    report = story_report(index, lone.id, folder=SAMPLE, left_out=[(gone, "file not found")])
    (facts,) = [f for f in report.files if f.problem]
    assert facts.path == "gone.txt" and facts.size is None and facts.sha256 == ""
    assert facts.problem == "left out of this report: its text could not be read (file not found)"
    assert report.remarks == (f"gone.txt {facts.problem}",)  # not "a single version"
    assert "could not be read (file not found)" in render_report(report)
    # the CSV's versions table: the base, then the version left out and why
    base, gone_row = version_rows(report)
    assert base[9] == "base" and gone_row[:2] == [base[0], "gone.txt"]
    assert gone_row[10] == facts.problem


def test_a_folder_report_holds_pairs_only_marked_reviewed(tmp_path):
    documents = load_paths([SAMPLE]).documents
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        assert folder_report(documents, store=store).sections == ()
        store.set_reviewed(doc_ref(documents[3]), doc_ref(documents[1]))
        report = folder_report(documents, store=store, folder=SAMPLE)
    (section,) = report.sections
    assert (section.base.name[:3], section.other.name[:3]) == ("003", "001")  # as reviewed
    assert section.reviewed_at is not None and section.findings == ()
    # its CSV (Flags & notes ▸ Export…) says so: the pair was not in it, having no flag
    lines = to_csv(report).splitlines()
    assert len(lines) == 2
    assert lines[1].startswith('"003_8342cd79d5b7a5de.txt","001_9961d6b741e39e46.txt","reviewed"')
    assert lines[1].endswith(f'"{section.reviewed_at}",""')  # (nothing ignored)
    assert section.derivation is not None and section.evidence  # each pair's level, said


def test_a_folder_report_stops_when_cancelled(tmp_path):
    """Each pair's level is measured (seconds on long texts): Flags & notes ▸ Export… could
    not be cancelled meanwhile. Found by a review."""
    from wirediff.core.cancel import Cancelled

    documents = load_paths([SAMPLE]).documents
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        store.set_reviewed(doc_ref(documents[0]), doc_ref(documents[1]))
        with pytest.raises(Cancelled):
            folder_report(documents, store=store, should_cancel=lambda: True)


def test_a_folder_report_holds_the_pair_reviewed_not_a_copy_of_its_text(tmp_path):
    """Identical texts are one document to the store: the report names the file the pair
    was reviewed or noted at, as Flags & notes lists it, and holds it once — a copy of
    the base's text (before it in path order) gave a second section, never opened,
    reviewed and carrying the same notes (found by a reviewer)."""
    import shutil

    folder = tmp_path / "news"
    shutil.copytree(SAMPLE, folder / "wire")
    (folder / "misc").mkdir()
    wire = next((folder / "wire").glob("000*"))
    copy = folder / "misc" / "utf16-copy.txt"
    copy.write_text(wire.read_text(encoding="utf-8"), encoding="utf-16")
    documents = load_paths([folder]).documents
    assert [d.name for d in documents[:2]] == ["utf16-copy.txt", wire.name]
    base, other = doc_ref(documents[1]), doc_ref(documents[2])
    assert base.hash == doc_ref(documents[0]).hash
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        store.set_reviewed(base, other)
        (section,) = folder_report(documents, store=store, folder=folder).sections
        assert (section.base.name, section.other.name) == (wire.name, documents[2].name)
        store.set_pair_note(base, other, "Cut by two thirds")
        report = folder_report(documents, store=store, folder=folder)
        assert [(s.base.name, s.pair_note) for s in report.sections] == [
            (wire.name, "Cut by two thirds")
        ]
        (entry,) = store.list_flags_and_notes(documents, folder)
        assert (entry.left_doc, entry.right_doc) == (1, 2)  # the list says the same
        # A pair reviewed at the copy is there once more, and each pair is named as the
        # list names it (the store keeps one path per text: the last one written).
        store.set_reviewed(doc_ref(documents[0]), doc_ref(documents[3]))
        report = folder_report(documents, store=store, folder=folder)
        (entry,) = store.list_flags_and_notes(documents, folder)
    named = {(s.base.name, s.other.name) for s in report.sections}
    assert len(report.sections) == 2 and ("utf16-copy.txt", documents[3].name) in named
    assert (documents[entry.left_doc].name, documents[entry.right_doc].name) in named  # type: ignore[index]


def test_a_pair_is_listed_and_reported_the_way_round_it_was_read(tmp_path):
    """A flag on "Петров → Петрович", made with the agency's text on the left, was listed,
    exported and reported as "Петрович → Петров" (the pair in path order: the reprint's file
    name sorts first), the agency's text a version of its reprint. A pair marked before the
    store kept its side is still shown in path order."""
    from wirediff.core.compare import compare
    from wirediff.core.review import anchor_of

    folder = tmp_path / "news"
    folder.mkdir()
    agency, paper = folder / "tass.txt", folder / "nsk_news.txt"
    agency.write_text("Мост откроет губернатор Петров в пятницу.\n", "utf-8")
    paper.write_text("Мост откроет губернатор Петрович в пятницу.\n", "utf-8")
    documents = load_paths([folder]).documents
    assert [d.name for d in documents] == ["nsk_news.txt", "tass.txt"]
    paper_doc, agency_doc = documents
    result = compare(agency_doc.text, paper_doc.text)
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        store.set_flag(doc_ref(agency_doc), doc_ref(paper_doc), anchor_of(result, 0))
        store.set_reviewed(doc_ref(agency_doc), doc_ref(paper_doc))
        (entry,) = store.list_flags_and_notes(documents, folder)
        assert (entry.left_doc, entry.right_doc) == (1, 0)
        assert entry.mark is not None
        assert (entry.mark.anchor.left, entry.mark.anchor.right) == ("Петров", "Петрович")
        assert store.list_reviewed(documents) == [(1, 0)]
        (section,) = folder_report(documents, store=store, folder=folder).sections
        assert (section.base.name, section.other.name) == ("tass.txt", "nsk_news.txt")
        ((finding,),) = [section.findings]
        assert (finding.left, finding.right) == ("Петров", "Петрович")
        store._conn.execute("UPDATE pairs SET base = NULL")  # as an earlier wirediff left it
        (entry,) = store.list_flags_and_notes(documents, folder)
        assert (entry.left_doc, entry.right_doc) == (0, 1)
        assert store.list_reviewed(documents) == [(0, 1)]


def test_a_change_has_the_number_the_app_gives_it_in_every_format(tmp_path):
    """The app says "Change 2 flagged", the HTML and the CSV "2"; the JSON had only
    ``"change": 1, "row": 1`` (indices from 0, as ``compare --format json`` gives them),
    read as change 1 (found by a reviewer). It keeps the indices and carries the numbers."""
    import json

    from tests.spreadsheet import tables
    from wirediff.core.compare import compare
    from wirediff.core.report.evidence_data import to_csv, to_json
    from wirediff.core.review import anchor_of

    base, other = read(SAMPLE, "000"), read(SAMPLE, "001")
    comparison = compare(base.text, other.text)
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        store.set_flag(doc_ref(base), doc_ref(other), anchor_of(comparison, 1), True)
        report = pair_report(base, other, store=store)
    (finding,) = report.sections[0].findings
    row = comparison.changes[1].row
    assert (finding.change, finding.change_number, finding.row_number) == (1, 2, row + 1)
    (data,) = json.loads(to_json(report))["comparisons"][0]["findings"]
    assert list(data)[:5] == ["number", "change", "change_number", "row", "row_number"]
    assert (data["change"], data["change_number"]) == (1, 2)
    assert (data["row"], data["row_number"]) == (row, row + 1)
    versions, (line,), changes = tables(to_csv(report))  # versions, findings, changes
    assert [v["flags"] for v in versions] == ["", "1"]
    assert (line["change"], line["row"]) == ("2", str(row + 1))
    assert (changes[1]["change"], changes[1]["row"]) == ("2", str(row + 1))
    assert f'change 2, <a href="#s1-r{row}">row {row + 1}</a>' in render_report(report)


def test_files_are_listed_once_relative_to_the_folder(tmp_path):
    base, copy = read(SAMPLE, "000"), read(SAMPLE, "001")
    report = pair_report(base, copy, folder=SAMPLE)
    assert [f.path for f in report.files] == [base.name, copy.name]
    outside = pair_report(base, copy, folder=tmp_path)
    assert outside.files[0].path == base.path.absolute().as_posix()


def test_control_and_bidi_characters_are_shown_not_obeyed(tmp_path):
    """An evidence report is cited: a right-to-left override in a line made "0051$" read
    "$1500" in the browser and the PDF, and ESC, BEL and NUL went into the HTML raw; the
    app's panes and `wirediff compare --format html` show them as marks (found by fuzzing)."""
    from wirediff.core.reading import read_document

    a, b = tmp_path / "a\u202e.txt", tmp_path / "b.txt"
    a.write_text("Vote \x1b[31m\n\nPrice \u202e 0051$ now. Bell\x07 here.\n", encoding="utf-8")
    b.write_text("Vote \x1b[31m\n\nPrice \u202e 0052$ now. Bell\x07 here.\n", encoding="utf-8")
    report = pair_report(read_document(a), read_document(b), folder=tmp_path)
    shown = render_report(report)
    for raw in ("\u202e", "\x1b", "\x07"):
        assert raw not in shown
    assert "&lt;RLO&gt;" in shown and "␛" in shown and "␇" in shown


def test_the_printed_page_breaks_long_runs_and_the_html_stays_exact(tmp_path):
    """Qt lays out a run without break opportunities in quadratic time (a 300 KB "word":
    11 s of PDF): the page printed gets a zero-width space every 200 characters of any
    run, never inside a tag or an entity; the HTML format keeps the text exact."""
    import html
    import re

    token = "a&b<c>" * 2_000 + "x" * 30_001  # entities at every offset, and a plain run
    other = tmp_path / "token.txt"
    other.write_text(f"Title\n\n{token} and a short tail.\n")
    report = pair_report(read(SAMPLE, "000"), read_document(other))
    printed, exact = render_report(report, for_print=True), render_report(report)
    assert printed.count("\u200b") - exact.count("\u200b") >= 30_000 // 200
    text, same = (
        html.unescape(re.sub(r"<[^>]*>", " ", page.split("<body>", 1)[1]))
        for page in (printed, exact)
    )
    assert max(len(run) for run in re.split(r"[\s\u200b]+", text)) <= 200
    assert text.replace("\u200b", "") == same.replace("\u200b", "")  # no entity cut


def test_a_file_edited_after_its_text_was_read_is_said_not_hashed_as_the_text(tmp_path):
    """The app shows the text it read; a report of it made after the file was edited gave
    the new file's SHA-256 beside the old text, silently (found by a tester)."""
    from wirediff.core.reading.watch import stamp_files

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The vote was held.\n", encoding="utf-8")
    b.write_text("The vote was held today.\n", encoding="utf-8")
    read_stamps = stamp_files([a, b]).files
    base, other = read_document(a), read_document(b)
    unchanged = pair_report(base, other, folder=tmp_path, read=read_stamps)
    assert not any(f.changed for f in unchanged.files) and unchanged.remarks == ()
    b.write_text("The vote was held today. A paragraph added later.\n", encoding="utf-8")
    report = pair_report(base, other, folder=tmp_path, read=read_stamps)
    assert [f.changed for f in report.files] == [False, True]
    assert report.remarks == (f"b.txt {CHANGED}",)
    assert "changed since it was read" in render_report(report)
    a.chmod(0o600)  # its rights changed, not its bytes: no change (the stamp's ctime moved)
    assert not pair_report(base, other, folder=tmp_path, read=read_stamps).files[0].changed
    # Without the stamps, the documents' own SHA-256 tells (a text made here has none).
    assert [f.changed for f in pair_report(base, other, folder=tmp_path).files] == [False, True]
    made_here = dataclasses.replace(other, file_sha256="", file_size=-1)
    assert not any(f.changed for f in pair_report(base, made_here, folder=tmp_path).files)


def test_a_same_size_edit_whose_time_was_put_back_is_said_changed(tmp_path):
    """ "Iraq" made "Iran" and the file's modification time put back (``cp -p``, ``rsync
    -t``, a restore): the size and time were as read, and the report printed the text read
    beside the SHA-256 of the new bytes, unflagged. Found by fuzzing."""
    from wirediff.core.reading.watch import stamp_files

    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Troops stay in Iraq.\n", encoding="utf-8")
    b.write_text("Troops will stay in Iraq.\n", encoding="utf-8")
    read_stamps = stamp_files([a, b]).files
    base, other = read_document(a), read_document(b)
    assert other.file_sha256 == hashlib.sha256(b.read_bytes()).hexdigest()
    assert other.file_size == b.stat().st_size
    was = b.stat()
    b.write_text("Troops will stay in Iran.\n", encoding="utf-8")
    os.utime(b, ns=(was.st_atime_ns, was.st_mtime_ns))
    report = pair_report(base, other, folder=tmp_path, read=read_stamps)
    assert [f.changed for f in report.files] == [False, True]
    assert report.files[1].sha256 == hashlib.sha256(b.read_bytes()).hexdigest()
    assert report.remarks == (f"b.txt {CHANGED}",)
    assert "changed since it was read" in render_report(report)


def test_each_article_of_a_file_keeps_the_files_sha256_unless_asked_not_to(tmp_path):
    """The hash is of the file's bytes (what the provenance hashes), for each of its
    articles; ``wirediff compare`` keeps none (hashlib is not imported at its start-up)."""
    from wirediff.core.reading import ReaderOptions, read_documents

    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"title": "One", "text": "The vote was held."}\n'
        '{"title": "Two", "text": "The vote was held today."}\n',
        encoding="utf-8",
    )
    digest = hashlib.sha256(feed.read_bytes()).hexdigest()
    docs = read_documents(feed)
    assert [(d.file_sha256, d.file_size) for d in docs] == [(digest, feed.stat().st_size)] * 2
    kept = read_documents(feed, options=ReaderOptions(keep_sha256=False))
    assert [(d.file_sha256, d.file_size) for d in kept] == [("", -1)] * 2
    assert kept == docs  # (not part of a document's equality)


def test_the_aligned_text_is_cut_into_tables_of_a_hundred_rows():
    """Qt lays a table out whole, in time growing faster than its rows: the PDF of a
    12,000-line pair took 37 s as one table, 19 s in tables of 100 rows."""
    from wirediff.core.document import Document
    from wirediff.core.report.evidence_html import TABLE_ROWS

    line = "The minister said on Thursday that the talks would resume.\n\n"
    n = 2 * TABLE_ROWS + 10
    base = Document(Path("a.txt"), line * n, "a")
    other = Document(Path("b.txt"), (line * n).replace("Thursday", "Friday", 3), "b")
    report = pair_report(base, other)
    rows = len(report.sections[0].comparison.rows)
    assert rows > 2 * TABLE_ROWS
    page = render_report(report)
    assert page.count('<table class="diff"') == -(-rows // TABLE_ROWS)
    assert page.count('<th width="47.5%">Base</th>') == -(-rows // TABLE_ROWS)  # each headed
    assert all(f'id="s1-r{r}"' in page for r in range(rows))


def test_a_flagged_move_is_quoted_at_both_its_places(tmp_path):
    """A flag on a moved paragraph's old place was quoted "text → —": the place it went to
    holds its words too."""
    from wirediff.core.compare import compare
    from wirediff.core.document import Document
    from wirediff.core.result import ChangeKind, RowKind
    from wirediff.core.review import anchor_of

    paras = [f"Paragraph {k} says something new about the talks in town {k}." for k in range(6)]
    moved = [*paras[1:4], paras[0].replace("new", "fresh"), *paras[4:]]
    base = Document(path=tmp_path / "a.txt", text="\n\n".join(paras), title="Talks")
    other = Document(path=tmp_path / "b.txt", text="\n\n".join(moved), title="Talks")
    comparison = compare(base.text, other.text)
    away = next(
        c
        for c in comparison.changes
        if c.kind is ChangeKind.MOVE and comparison.rows[c.row].left is not None
    )
    assert comparison.rows[away.row].kind is RowKind.MOVED
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        store.set_flag(doc_ref(base), doc_ref(other), anchor_of(comparison, away.index), True)
        report = pair_report(base, other, store=store)
    (finding,) = report.sections[0].findings
    assert finding.left == paras[0] and finding.right == paras[0].replace("new", "fresh")


def test_a_story_report_holds_the_findings_on_pairs_of_its_versions(tmp_path):
    """A reviewer stepping from each version to the next (v) flagged and noted changes
    between two later captures: the story's report, every version against the base, had
    none of them (only the folder's findings had)."""
    text = read(SAMPLE, "000").text
    first = text.replace("Iraq", "Iraq's government", 1)
    later = first.replace("training", "advising", 1)
    for name, body in (("a_0900.txt", text), ("b_1000.txt", first), ("c_1100.txt", later)):
        (tmp_path / name).write_text(body, encoding="utf-8")
    documents = load_paths([tmp_path]).documents
    index = build_story_index(documents)
    story = index.story_of(0)
    assert len(story.versions) == 3
    b, c = (v.doc for v in story.versions[1:])  # two versions, neither the base
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        plain = story_report(index, story.id, store=store, folder=tmp_path)
        store.set_reviewed(doc_ref(documents[b]), doc_ref(documents[c]))
        store.set_pair_note(doc_ref(documents[b]), doc_ref(documents[c]), "advising, not training")
        report = story_report(index, story.id, store=store, folder=tmp_path)
    assert len(report.sections) == len(plain.sections) + 1
    extra = report.sections[-1]
    assert (extra.base, extra.other) == (documents[b], documents[c])  # as it was read
    assert extra.reviewed_at is not None and extra.derivation is not None
    page = render_report(report)
    assert "advising, not training" in page
    # its row in the table of versions says which version it was read against, as no
    # row against the base does (a paper listed twice, "edited" and "copy", read as a
    # contradiction: a standards editor's walkthrough)
    table = page[
        page.index('<table class="versions"') : page.index(
            "</table>", page.index('<table class="versions"')
        )
    ]
    assert table.count('<span class="small">against ') == 1
    assert f"against {documents[b].path.name}" in table or f"against {documents[b].path}" in table


def test_a_context_past_the_text_shows_it_whole_each_row_added_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``--context 99999999999999999999`` ran out of memory: that many rows were added
    around every change, and a context past the text's length as many rows for each change
    as the text holds. Clamped, the rows are counted as ``range`` spans in the module."""
    import builtins

    from wirediff.core.report import evidence_html

    base = read(SAMPLE, "000")
    paragraphs = base.text.split("\n\n")
    for at in range(1, len(paragraphs), 2):  # every other paragraph changed
        paragraphs[at] = paragraphs[at] + " Officials declined to comment."
    other = dataclasses.replace(
        base, text="\n\n".join(paragraphs), path=base.path.with_name("edited.txt")
    )
    report = pair_report(base, other)
    rows = len(report.sections[0].comparison.rows)
    assert len(report.sections[0].comparison.changes) > 3
    spans: list[int] = []

    def counted(*args: int) -> range:
        made = builtins.range(*args)
        spans.append(max(0, made.stop - made.start))
        assert spans[-1] <= 10 * rows, f"a range of {spans[-1]:,} rows, of {rows}"
        return made

    monkeypatch.setattr(evidence_html, "range", counted, raising=False)
    whole = render_report(report)
    whole_spans, spans[:] = sum(spans), []
    for context in (10**20, 10 * rows):
        brief = render_report(report, context=context)
        assert "left out" not in brief
        assert brief.count('<tr id="s1-r') == whole.count('<tr id="s1-r') == rows
        assert sum(spans) <= whole_spans + rows  # each row added once
        spans.clear()


def test_a_report_of_the_changes_only_leaves_the_unchanged_rows_out_and_says_so():
    """A report to send a colleague: the whole aligned text of a 3 MB pair printed 1,885
    pages for ten changes, and the CSV held the flags and notes alone (empty unless each
    change was flagged by hand)."""
    from wirediff.core.report.evidence_data import CHANGE_COLUMNS, change_rows

    base = read(SAMPLE, "000")
    paragraphs = base.text.split("\n\n")
    middle = len(paragraphs) // 2  # a paragraph with others above and below it
    paragraphs[middle] = paragraphs[middle].replace(" the ", " a ", 1)
    edited = "\n\n".join(paragraphs)
    other = dataclasses.replace(base, text=edited, path=base.path.with_name("edited.txt"))
    report = pair_report(base, other)
    comparison = report.sections[0].comparison
    (change,) = comparison.changes
    whole, brief = render_report(report), render_report(report, context=1)
    assert "Aligned text" in whole and "left out" not in whole
    assert "Changes, with 1 row around each" in brief
    last = len(comparison.rows)
    before, after = change.row - 1, last - change.row - 2  # rows left out above and below
    assert f"{before:,} unchanged rows left out (rows 1–{before})" in brief
    assert f"{after:,} unchanged row" in brief and f"{last})" in brief
    assert brief.count('<tr id="s1-r') == 3  # the change's row and one either side
    (row,) = change_rows(report)
    assert dict(zip(CHANGE_COLUMNS, row, strict=True))["change_kind"] == "replace"
    assert row[5:7] == ["the", "a"]
    at = dict(zip(CHANGE_COLUMNS, row, strict=True))
    start, end = int(at["base_start"]), int(at["base_end"])
    assert base.text[start:end] == "the"
    assert int(at["version_line"]) == edited.count("\n", 0, int(at["version_start"])) + 1
    assert to_csv(report).splitlines()[-2].startswith('"base","version","change"')


def test_a_moved_paragraph_is_placed_where_its_words_are_on_each_side():
    """The changes table quoted a move's words from both its places, and placed it at one
    end with an empty span on the other side: the version's place was "line 1, [0, 0)"
    beside words that stand at line 7 (found by a review)."""
    from wirediff.core.report.evidence_data import CHANGE_COLUMNS, change_rows

    base = read(SAMPLE, "000")
    paragraphs = base.text.split("\n\n")
    moved = [*paragraphs[:3], *paragraphs[4:8], paragraphs[3], *paragraphs[8:]]
    other = dataclasses.replace(
        base, text="\n\n".join(moved), path=base.path.with_name("moved.txt")
    )
    rows = [
        dict(zip(CHANGE_COLUMNS, row, strict=True)) for row in change_rows(pair_report(base, other))
    ]
    moves = [row for row in rows if row["change_kind"] == "move"]
    assert len(moves) == 1  # one entry, placed at both its places
    for row in moves:
        for side, text in (("base", base.text), ("version", other.text)):
            start, end = int(row[f"{side}_start"]), int(row[f"{side}_end"])
            assert " ".join(text[start:end].split()) == row[f"{side}_words"] != ""
            assert int(row[f"{side}_line"]) == text.count("\n", 0, start) + 1


def test_a_change_lists_its_word_edits_one_by_one():
    """A change is a sentence's edits: "brown fox … dog" → "red fox … cat" was one entry,
    its two variants told nowhere apart (a scholar's apparatus lists each)."""
    from wirediff.core.report.evidence_data import to_data

    base = read(SAMPLE, "000")
    a = dataclasses.replace(base, text="The quick brown fox jumps over the lazy dog.\n")
    b = dataclasses.replace(a, text="The quick red fox jumps over the lazy cat.\n")
    (change,) = to_data(pair_report(a, b))["comparisons"][0]["change_list"]
    edits = [(e["base"]["words"], e["version"]["words"]) for e in change["edits"]]
    assert edits == [("brown", "red"), ("dog", "cat")]
    for edit in change["edits"]:
        for side, text in (("base", a.text), ("version", b.text)):
            place = edit[side]
            assert text[place["start"] : place["end"]].strip() == place["words"]


def test_a_changelog_says_which_steps_its_dates_do_not_order_and_heads_other_pairs_plainly(
    tmp_path,
):
    """Versions of one day without a time were a changelog's steps in the list's order,
    said to be in time order (a figure's flip-flop that never happened); a pair flagged
    besides the steps was headed "against the version before" (found by a walkthrough)."""
    from tests.core.review.helpers import write_captures

    folder = write_captures(tmp_path / "captures")
    (folder / "page_20260301T1100.txt").rename(folder / "page_2026-03-01_final.txt")
    documents = load_paths([folder]).documents
    index = build_story_index(documents)
    story = index.story_of(0)
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        # (not a step: one lies between — the day-only "final" last of its day, after 10:00)
        first, last = documents[1], documents[0]
        store.set_pair_note(doc_ref(first), doc_ref(last), "the whole days change")
        report = story_report(index, story.id, store=store, folder=folder, chain=True)
    steps = [s for s in report.sections if s.against == "the version before"]
    assert len(steps) == 2 and report.sections[-1].against == ""
    page = render_report(report)
    assert "against the version before" in page and "the whole days change" in page
    (remark,) = [r for r in report.remarks if "which came first is not known" in r]
    assert "both dated 2026-03-01, a time not given" in remark


def test_a_changelog_says_when_only_one_of_two_captures_gives_its_time():
    """A page's copy saved without a stamp beside a capture stamped the next day, both
    dated by the page's revision: the report said "both of 2026-11-14, at the same time" of
    a capture its name gave as the 15th's (a web archivist's walkthrough)."""
    from wirediff.core.document import Document
    from wirediff.core.report.evidence import _order_unknown

    day = "2026-11-14T11:20:00+00:00"
    stamped = Document(
        Path("page_20261115080000.html"), "A", "A", date=day, captured="2026-11-15T08:00:00"
    )
    saved = Document(Path("Page (1).html"), "A", "A", date=day)
    assert _order_unknown([stamped, saved], [(0, 1)]) == []  # one text: nothing to order
    saved = Document(Path("Page (1).html"), "B", "B", date=day)
    (said,) = _order_unknown([stamped, saved], [(0, 1)])
    assert (
        "(both dated 2026-11-14, at the same time, the time of only one's capture given in "
        "its name)" in said
    )


def test_a_changelog_orders_a_day_dated_capture_by_its_time_beside_a_timed_page():
    """A .txt capture dated by its day and stamped 18:20 followed a page of 07:30 that day
    in the list, while the chain report said "which came first is not known" (the re-check
    of a corrections researcher's walkthrough); of another day, or both without a time,
    it is still not known."""
    from wirediff.core.document import Document, came_before
    from wirediff.core.report.evidence import _order_unknown

    page = Document(Path("page.html"), "A", "A", date="2026-03-14T07:30:00+00:00")
    capture = Document(
        Path("page_20260314T1820.txt"), "B", "B", date="2026-03-14", captured="2026-03-14T18:20"
    )
    assert came_before(page, capture) and not came_before(capture, page)
    assert _order_unknown([page, capture], [(0, 1)]) == []
    late = Document(Path("page.html"), "A", "A", date="2026-03-14T19:30:00+00:00")
    assert came_before(capture, late) and not came_before(late, capture)
    next_day = dataclasses.replace(capture, captured="2026-03-15T08:00")
    assert not came_before(page, next_day) and not came_before(next_day, page)
    undated = dataclasses.replace(page, date="2026-03-14")
    assert not came_before(undated, capture) and not came_before(capture, undated)
    (said,) = _order_unknown([undated, capture], [(0, 1)])
    assert "a time not given" in said
    # two takes whose headers give one time: at the same time (it said "a time not given":
    # an agency-dependence researcher's walkthrough)
    take = dataclasses.replace(undated, captured="2026-03-14T14:30:00")
    copy = dataclasses.replace(capture, text="C", captured="2026-03-14T14:30:00")
    (said,) = _order_unknown([take, copy], [(0, 1)])
    assert "(both dated 2026-03-14, at the same time)" in said
    # ... not two captures whose names give one minute, days later (a review)
    one = dataclasses.replace(
        take, path=Path("a_20260316_0900.html"), captured="2026-03-16T09:00:00"
    )
    two = dataclasses.replace(
        copy, path=Path("b_20260316_0900.html"), captured="2026-03-16T09:00:00"
    )
    (said,) = _order_unknown([one, two], [(0, 1)])
    assert "a time not given" in said


def test_a_changelog_says_the_names_order_undated_revisions_they_number():
    """rev04 and rev05 of a numbered chain, undated: the report said "which came first is
    not known (neither is dated)" while the step's sentence said rev04 "came first by the
    numbers in their names" (a revision researcher's walkthrough). Names that number no
    one series, or number them the other way, still leave the order unknown."""
    from wirediff.core.document import Document
    from wirediff.core.report.evidence import _order_unknown
    from wirediff.core.revisions import named_first

    def undated(name: str, text: str) -> Document:
        return Document(Path(name), text, text)

    four, five = undated("heap_rev04.txt", "A"), undated("heap_rev05.txt", "B")
    assert named_first(0, 1, [four, five]) == "by the numbers in their names"
    assert named_first(1, 0, [four, five]) == ""
    assert _order_unknown([four, five], [(0, 1)]) == [
        "heap_rev04.txt came before heap_rev05.txt by the numbers in their names "
        "(neither is dated)."
    ]
    (said,) = _order_unknown([five, four], [(0, 1)])  # (the names put it the other way)
    assert "which came first is not known (neither is dated)" in said
    notes = undated("notes_v1.txt", "C")  # ("report_v2" and "notes_v1": no one series)
    (said,) = _order_unknown([notes, undated("report_v2.txt", "D")], [(0, 1)])
    assert "which came first is not known" in said
    (said,) = _order_unknown([undated("Paris.txt", "E"), undated("Berlin.txt", "F")], [(0, 1)])
    assert "which came first is not known (neither is dated)" in said
    edition = undated("novel_1st_1850.txt", "G"), undated("novel_revised_1862.txt", "H")
    (said,) = _order_unknown(list(edition), [(0, 1)])
    assert said.endswith("by the years in their names (neither is dated).")


def test_a_report_says_what_its_comparison_ignored_at_the_top():
    """Numbering ignored was said only in the options at the end: a reader took the report's
    changes for all of them (a re-check walkthrough's)."""
    from wirediff.core.options import CompareOptions

    base, copy = read(SAMPLE, "000"), read(SAMPLE, "001")
    assert "ignored</p>" not in render_report(pair_report(base, copy))
    options = CompareOptions(ignore_case=True, ignore_numbering=True)
    page = render_report(pair_report(base, copy, options=options))
    assert '<p class="meta">Compared with case and numbering ignored</p>' in page


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_file_become_a_fifo_or_a_device_is_refused_not_hashed(tmp_path, kind):
    """A document's file replaced by a FIFO (or a link to /dev/zero) after its text was
    read: the provenance hash opened it plainly, and the export waited on the FIFO for
    ever, or read /dev/zero for ever; cancelling stopped neither, nor did quitting the app.
    Found by fuzzing."""
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("The vote was held.\n", encoding="utf-8")
    b.write_text("The vote was held today.\n", encoding="utf-8")
    base, other = read_document(a), read_document(b)
    b.unlink()
    if kind == "fifo":
        os.mkfifo(b)
    else:
        b.symlink_to("/dev/zero")
    done: list = []
    worker = threading.Thread(
        target=lambda: done.append(pair_report(base, other, folder=tmp_path)), daemon=True
    )
    worker.start()
    worker.join(10)
    if worker.is_alive() and kind == "fifo":  # (let it go: open the other end)
        os.close(os.open(b, os.O_WRONLY | os.O_NONBLOCK))
    assert done, "the report waited on the file"
    facts = done[0].files[1]
    assert (facts.size, facts.sha256, facts.changed) == (None, "", True)
    assert facts.problem == (
        "could not be read for the report: not a regular file (a device, pipe or socket) "
        "now, not the file its text was read from"
    )
    assert done[0].remarks == (f"b.txt {facts.problem}",)
    assert "(of the file now" not in render_report(done[0])  # (its problem says it)


def test_hashing_a_file_for_the_report_stops_when_cancelled(tmp_path):
    """A file swapped for a big one is hashed for the report: Cancel in the status bar
    left it running (only a flag the hash never looked at). Found by fuzzing."""
    from wirediff.core.cancel import Cancelled

    a = tmp_path / "a.txt"
    a.write_text("The vote was held.\n", encoding="utf-8")
    base = read_document(a)
    a.write_bytes(b"The vote was held.\n" * 200_000)  # several chunks
    asked: list[int] = []

    def cancel() -> bool:
        asked.append(1)
        return len(asked) > 1  # on the second chunk

    with pytest.raises(Cancelled):
        pair_report(base, base, should_cancel=cancel)
    assert len(asked) == 2
    with pytest.raises(Cancelled):
        story_report(build_story_index([base]), 0, should_cancel=lambda: True)


def test_no_more_is_hashed_than_a_reader_would_read(tmp_path, monkeypatch):
    """A file that grew past the size limit is not hashed whole (a /proc file says it holds
    0 bytes and may give many): it is too large, as a reader would say. Found by fuzzing."""
    from wirediff.core.report import provenance

    monkeypatch.setattr(provenance, "MAX_BYTES", 1000)
    a = tmp_path / "a.txt"
    a.write_text("The vote was held.\n", encoding="utf-8")
    base = read_document(a)
    a.write_bytes(b"x" * 3000)
    facts = pair_report(base, base).files[0]
    assert facts.problem.startswith("could not be read for the report: too large (2.9 KB, limit")
    a.write_bytes(b"x" * 1000)
    assert pair_report(base, base).files[0].size == 1000


def test_a_saved_pages_web_address_is_in_the_report(tmp_path):
    """A corrections researcher's log of one article's captures named no article: the
    pages' canonical address was in no export. It is in the provenance, escaped, and the
    JSON's files."""
    from wirediff.core.report.evidence_data import to_data

    url = "https://news.example/2026/03/14/flood-toll?a=1&b=2"
    page = (
        '<html><head><title>Flood toll rises</title><link rel="canonical" href="{}">'
        "</head><body><article><h1>Flood toll rises</h1><p>At least {} people died in the "
        "flood on Sunday, officials said, as rescuers searched the valley.</p><p>The river "
        "rose two metres overnight and the bridge at Kelby was closed to traffic.</p>"
        "</article></body></html>"
    )
    paths = [tmp_path / "a.html", tmp_path / "b.html"]
    for path, toll in zip(paths, ("four", "seven"), strict=True):
        path.write_text(
            page.format(url.replace("&", "&amp;"), toll),
            encoding="utf-8",
        )
    base, other = map(read_document, paths)
    assert base.url == url
    report = pair_report(base, other, folder=tmp_path)
    assert [f.url for f in report.files] == [url, url]
    html = render_report(report)
    assert "https://news.example/2026/03/14/flood-toll?a=1&amp;b=2" in html
    assert to_data(report)["files"][0]["url"] == url


def test_the_csv_versions_table_names_each_pages_web_address(tmp_path):
    """The report's CSV named no article either (a re-check): each row its address."""
    import csv
    import io

    paths = [tmp_path / "a.html", tmp_path / "b.html"]
    url = "https://news.example/flood-toll"
    for path, toll in zip(paths, ("four", "seven"), strict=True):
        path.write_text(
            f'<html><head><title>Flood toll</title><link rel="canonical" href="{url}"></head>'
            f"<body><article><h1>Flood toll</h1><p>At least {toll} people died in the flood"
            " on Sunday, officials said, as rescuers searched the valley.</p></article>"
            "</body></html>",
            encoding="utf-8",
        )
    report = pair_report(*map(read_document, paths), folder=tmp_path)
    rows = list(csv.DictReader(io.StringIO(to_csv(report).split("\r\n\r\n")[0])))
    assert [row["web_address"] for row in rows] == [url, url]


def test_a_bills_changes_say_their_section_in_the_csv_json_and_html(tmp_path):
    """Each change of a draft says the heading it is under ("Part 2 — Licensing › 15"): the
    CSV's changes and the JSON's change list, and a flag's line in the HTML (an analyst
    of a 100-page bill had the row numbers alone to go by)."""
    import json

    from tests.core.test_sections import BILL
    from tests.spreadsheet import tables
    from wirediff.core.compare import compare
    from wirediff.core.report.evidence_data import to_json
    from wirediff.core.review import anchor_of

    base = dataclasses.replace(read(SAMPLE, "000"), text=BILL)
    text = BILL.replace("cited as", "called").replace("three years", "five years")
    other = dataclasses.replace(base, text=text, path=base.path.with_name("bill_v2.txt"))
    comparison = compare(base.text, other.text)
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        store.set_flag(doc_ref(base), doc_ref(other), anchor_of(comparison, 1), True)
        report = pair_report(base, other, store=store)
    said = ["Part 1 — Preliminary › 1. Short title", "Part 2 — Licensing › 15"]
    _versions, _findings, changes = tables(to_csv(report))
    assert [row["section"] for row in changes] == said
    listed = json.loads(to_json(report))["comparisons"][0]["change_list"]
    assert [change["section"] for change in listed] == said
    assert "· in \u2068Part 2 — Licensing › 15\u2069" in render_report(report)


def test_captures_of_one_page_go_by_when_they_were_taken():
    """A live blog's page gives its first publication as its date when it gives no
    revision's: its capture of 15:05, dated 08:05, came before those of 09:15 and 11:40,
    dated by their revisions, and the pair put it on the left, every entry of the
    afternoon a deletion (a media monitor's walkthrough). Of one address, the capture
    times decide; of two, the dates still do."""
    from wirediff.core.document import Document, came_before

    url = "https://meridian24.example/live/port-explosion"
    morning = Document(
        Path("live_20260312T0915.html"),
        "A",
        "A",
        date="2026-03-12T09:15:00-03:00",
        captured="2026-03-12T09:15:00",
        url=url,
    )
    afternoon = dataclasses.replace(
        morning,
        path=Path("live_20260312T1505.html"),
        date="2026-03-12T08:05:00-03:00",
        captured="2026-03-12T15:05:00",
        url=url.replace("https://", "http://www.") + "/",
    )
    assert came_before(morning, afternoon) and not came_before(afternoon, morning)
    elsewhere = dataclasses.replace(afternoon, url="https://other.example/live/port-explosion")
    assert came_before(elsewhere, morning) and not came_before(morning, elsewhere)


def test_a_long_change_is_quoted_cut_at_a_space_not_inside_a_word():
    from wirediff.core.report.evidence_html import _quote

    words = "Der Schaden allein an den Bahnanlagen wird auf rund 1,8 Millionen Euro geschätzt. " * 3
    quoted = _quote(words, limit=50)
    kept = quoted.split("“", 1)[1].split("…", 1)[0]
    assert words.startswith(kept) and words[len(kept)] == " "


def test_a_chain_says_a_revert_is_identical_to_the_earlier_version(tmp_path: Path) -> None:
    """A vandalised revision put back read "Copy of …15-45.txt, 5 words differ", and nothing
    said it was the 13:20 revision again (a Wikipedia editor's walkthrough)."""
    folder = tmp_path / "revisions"
    folder.mkdir()
    good = (
        "Sixteen wagons of a freight train left the track near the village of Millbrook on "
        "Monday morning.\n\nThe line was closed in both directions while engineers inspected "
        "the damage, the operator said.\n\nThree people were taken to hospital with minor "
        "injuries, the ambulance service said.\n"
    )
    bad = good.replace("left the track", "left the track after the driver fell asleep")
    for stamp, text in (("1200", good), ("1320", good + "An inquiry was opened.\n")):
        (folder / f"millbrook_20261201T{stamp}.txt").write_text(text, encoding="utf-8")
    (folder / "millbrook_20261201T1545.txt").write_text(bad + "An inquiry was opened.\n")
    (folder / "millbrook_20261201T1552.txt").write_text(good + "An inquiry was opened.\n")
    documents = load_paths([folder]).documents
    index = build_story_index(documents)
    report = story_report(index, index.story_of(0).id, chain=True)
    revert = "identical to the 2026-12-01 13:20 version (millbrook_20261201T1320.txt): a revert"
    said = [s.evidence for s in report.sections]
    assert [revert in (e or "") for e in said] == [False, False, True]
    assert f"millbrook_20261201T1552.txt is {revert}." in report.remarks


def test_an_outlets_verbatim_copy_of_an_earlier_text_is_no_revert() -> None:
    """Reuters' text, the Times' edit of it, then the Independent's verbatim copy of Reuters':
    the copy was "identical to … (reuters.html): a revert" (a review). A revert is a page's
    or an outlet's own text put back."""
    from wirediff.core.chronology import reverts
    from wirediff.core.document import Document

    def version(name: str, text: str, source: str) -> Document:
        return Document(path=Path(name), text=text, title="T", source=source)

    wire, edit = "Troops stay in Iraq.\n", "Troops will stay in Iraq.\n"
    docs = [
        version("reuters.html", wire, "Reuters"),
        version("times.html", edit, "The Times"),
        version("independent.html", wire, "The Independent"),
        version("reuters-2.html", edit, "Reuters"),
        version("reuters-3.html", wire, "Reuters"),
    ]
    assert reverts(range(5), docs) == {4: 0}  # (Reuters' own text put back)


def _stamped(day_time: str, tally: str, quote: bool) -> str:
    """A US paper's page as saved at one time: its "Updated" stamp, a tally, a quote."""
    said = (
        'Sen. Maria Esposito, who voted against the measure, called it "a blank check for '
        'another two months of dysfunction."\n\n'
    )
    return (
        "Senate passes stopgap bill hours before shutdown deadline\n\n"
        "By Dana Whitfield, Capitol Ledger\n\n"
        f"Published 8:12 a.m. ET Dec. 1, 2026 | Updated {day_time} ET\n\n"
        f"WASHINGTON — The Senate voted {tally} on Tuesday to approve a stopgap spending bill "
        "that keeps the federal government funded through Jan. 30.\n\n"
        "The bill includes disaster aid for states hit by autumn flooding.\n\n"
        + (said if quote else "")
        + "The president is expected to sign the bill tonight, a White House spokesperson "
        "said.\n"
    )


def test_a_chain_says_a_text_changed_under_its_update_stamp_and_a_quotation_cut(
    tmp_path: Path,
) -> None:
    """A copy of 17:45 changed the tally and dropped a senator's quote under the "Updated
    3:05 p.m. ET" of the 15:20 one: its step named the figures, not the quote, and nothing
    said the stamp had not moved (a Wikipedia editor's walkthrough)."""
    folder = tmp_path / "silent"
    folder.mkdir()
    for name, stamp, tally, quote in (
        ("1340", "1:22 p.m.", "68-31", True),
        ("1520", "3:05 p.m.", "68-31", True),
        ("1745", "3:05 p.m.", "67-32", False),
    ):
        path = folder / f"capitol-ledger_stopgap-bill_2026-12-01_{name}.txt"
        path.write_text(_stamped(stamp, tally, quote), encoding="utf-8")
    documents = load_paths([folder]).documents
    index = build_story_index(documents)
    report = story_report(index, index.story_of(0).id, chain=True)
    first, silent = (s.evidence or "" for s in report.sections)
    assert "stamp" not in first  # (its stamp moved: 1:22 → 3:05)
    assert silent.endswith(" — its text changed; its 'Updated' stamp did not")
    assert "figures changed: 68-31 → 67-32" in silent
    quote = '"a blank check for another two months of dysfunction."'
    assert f"; quotation removed: {quote} (Maria Esposito)" in silent
    assert (
        "capitol-ledger_stopgap-bill_2026-12-01_1745.txt: its text changed; its 'Updated' stamp "
        "did not (“Published 8:12 a.m. ET Dec. 1, 2026 | Updated 3:05 p.m. ET”, as in "
        "capitol-ledger_stopgap-bill_2026-12-01_1520.txt)"
    ) in report.remarks
    # the relation banner says it of the pair on screen too
    by_name = {d.name[-8:-4]: i for i, d in enumerate(documents)}
    banner = describe(index, by_name["1520"], by_name["1745"])
    assert banner.endswith(" — its text changed; its 'Updated' stamp did not")


def _capture(quote: bool) -> str:
    """A local paper's page on a derailment, with a resident's quote of two sentences."""
    said = (
        '"The whole house shook. I thought a bomb had gone off," said Carol Benson, whose '
        "garden backs onto the line.\n\n"
    )
    return (
        "Millbrook derailment: freight train comes off the tracks\n\n"
        "Fourteen wagons of a freight train came off the tracks near Millbrook early this "
        "morning, closing the line between Westshire and Kingsford.\n\n"
        + (said if quote else "")
        + "Two people were taken to hospital with minor injuries, the ambulance service "
        "said.\n\nNetwork Rail said the line would stay closed until Thursday at the "
        "earliest while engineers repaired the track.\n"
    )


def test_the_list_and_the_stories_output_name_a_quotation_cut_as_the_banner_does(
    tmp_path: Path,
) -> None:
    """A capture dropping a resident's quote: the banner said 'quotation removed: "The whole
    house shook. I thought a bomb had gone off" (Carol Benson)', the list's tooltip and
    ``wirediff stories``' relation said nothing of it (a Wikipedia editor's walkthrough).
    They say it in the banner's words: a quote of two sentences whole, not its last one."""
    from wirediff.core.compare import compare
    from wirediff.core.stories import report as stories_report
    from wirediff.core.stories.relation import every_derivation, wording, wording_as_compared

    (tmp_path / "a-0715.txt").write_text(_capture(True), encoding="utf-8")
    (tmp_path / "b-1600.txt").write_text(_capture(False), encoding="utf-8")
    documents = load_paths([tmp_path]).documents
    index = build_story_index(documents)
    derived = every_derivation(index)
    (pair,) = derived.values()
    source, version = documents[pair.source], documents[pair.derived]
    # (cut, or added when the shorter is the base: which came first is not known)
    what = "removed" if source.name == "a-0715.txt" else "added"
    cut = f'; quotation {what}: "The whole house shook. I thought a bomb had gone off" (Carol'
    listed = wording(index, pair)  # (the list's Level tooltip, the story panel's)
    banner = wording_as_compared(index, pair, compare(source.text, version.text), pair.source)
    assert f"{cut} Benson)" in listed and listed == banner
    data = stories_report.to_data(index, tmp_path, derived=derived)
    relations = [d["relation"] for s in data["stories"] for d in s["documents"]]
    assert listed in relations
    rows = csv.DictReader(io.StringIO(stories_report.to_csv(index, tmp_path, derived)))
    assert listed in [row["relation"] for row in rows]


def test_a_web_archive_capture_gives_its_archive_address_and_capture_time(tmp_path):
    """Five Wayback captures of a page each gave the live page's address, and those of one
    day no time of capture: a Wikipedia editor wrote each one's archive-url and
    archive-date by hand (a Wikipedia editor's walkthrough)."""
    from wirediff.core.report.evidence_data import to_data

    url = "https://www.westshire-herald.co.uk/news/millbrook-derailment"
    page = (
        '<html><head><title>Millbrook derailment</title><link rel="canonical" href="{}">'
        "</head><body><article><h1>Millbrook derailment</h1><p>{} wagons of a freight train "
        "came off the tracks near Millbrook early this morning, closing the line.</p><p>Three "
        "people were taken to hospital with minor injuries, the ambulance service said.</p>"
        "</article></body></html>"
    )
    named = tmp_path / "web.archive.org_web_20261201160000_westshire-herald.co.uk_news_x.html"
    named.write_text(page.format(url, "Sixteen"), encoding="utf-8")
    archive = f"https://web.archive.org/web/20261202100000/{url}"
    canonical = tmp_path / "capture.html"  # (its canonical address the archive's)
    canonical.write_text(page.format(archive, "Fourteen"), encoding="utf-8")
    plain = tmp_path / "live.html"  # (the live page: no archive)
    plain.write_text(page.format(url, "Twelve"), encoding="utf-8")
    base, other, live = map(read_document, (named, canonical, plain))
    report = pair_report(base, other, folder=tmp_path)
    first = f"https://web.archive.org/web/20261201160000/{url}"
    assert [(f.url, f.archive_url, f.archived_at) for f in report.files] == [
        (url, first, "2026-12-01T16:00:00Z"),
        (url, archive, "2026-12-02T10:00:00Z"),
    ]
    html = render_report(report)
    assert "archived copy <span" in html and "(captured 2026-12-01 16:00 UTC)" in html
    assert first in html
    data = to_data(report)["files"][0]
    assert list(data)[list(data).index("url") + 1] == "archive_url"
    assert data["archive_url"] == first
    (facts,) = pair_report(live, live, folder=tmp_path).files
    assert (facts.url, facts.archive_url, facts.archived_at) == (url, "", "")


def test_a_revision_read_against_its_very_text_is_no_revert() -> None:
    """A revision, a browser's save of the page, the revision again: the chain reads the
    third against the first, the same text, and called it "a revert" (a review)."""
    from wirediff.core.chronology import reverts
    from wirediff.core.document import Document

    wiki = "'''Millbrook''' is a village in [[Kent]]. Its population was 4,210 in 2021."
    page = "Millbrook\nMillbrook is a village in Kent. Its population was 4,210 in 2021."
    docs = [
        Document(Path("rev1.txt"), wiki, "Millbrook", format="wikitext"),
        Document(Path("page.html"), page, "Millbrook", format="html"),
        Document(Path("rev1_again.txt"), wiki, "Millbrook", format="wikitext"),
    ]
    assert reverts([0, 1, 2], docs) == {}
