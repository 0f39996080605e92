"""A story's report lists every version against the base — in the CSV as a table a
spreadsheet opens (it held the header of the flags and notes alone when there were none),
and in the HTML's versions table with the level's sentence (the relation banner's words)."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from tests.core.stories.helpers import Writer, paraphrase, rewrite
from tests.spreadsheet import formula_cells, tables
from wirediff.cli import main
from wirediff.core.reading import load_paths
from wirediff.core.report.evidence import story_report
from wirediff.core.report.evidence_data import CSV_COLUMNS, VERSION_COLUMNS, to_csv
from wirediff.core.report.evidence_html import SUMMARY_TITLE, render_report
from wirediff.core.review import ReviewStore, doc_ref
from wirediff.core.stories import StoryIndex, build_story_index, describe
from wirediff.export.report import render

LONG_TITLE = "A headline that runs on " + "and on " * 40 + "until the end"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A base (dated by its file name), an edited copy (undated, its title a long first
    line) and a rewrite taking four of the base's paragraphs over."""
    w = Writer(3)
    topic = w.topic()
    base = w.article(topic)
    edited = [LONG_TITLE, *paraphrase(w, base, 2)[1:]]
    rewritten = rewrite(w, topic, base, range(1, 5))
    folder = tmp_path / "luke"
    folder.mkdir()
    for name, lines in (
        ("wire_2021-07-26.txt", base),
        ("copy.txt", edited),
        ("rewrite_2021-07-28.txt", rewritten),
    ):
        (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return folder


def grouped(folder: Path) -> tuple[StoryIndex, int]:
    index = build_story_index(load_paths([folder]).documents)
    (story,) = index.stories
    assert index.documents[story.base].name == "wire_2021-07-26.txt"
    return index, story.id


def test_the_csv_lists_every_version_against_the_base_then_the_findings(folder):
    index, story = grouped(folder)
    report = story_report(index, story, folder=folder)
    text = to_csv(report)
    versions, findings, changes = tables(text)
    assert text.splitlines()[0] == ",".join(f'"{c}"' for c in VERSION_COLUMNS)
    assert findings == [] and f'"{CSV_COLUMNS[0]}","{CSV_COLUMNS[1]}"' in text  # none: the header
    # then every change of each version against the base
    assert len(changes) == sum(len(s.comparison.changes) for s in report.sections) > 0
    by_name = {row["version"]: row for row in versions}
    assert list(by_name) == [index.documents[d].name for d in index.stories[story].documents]
    base = by_name["wire_2021-07-26.txt"]
    assert (base["level"], base["date"], base["similarity"]) == ("base", "2021-07-26", "")
    copy, rewritten = by_name["copy.txt"], by_name["rewrite_2021-07-28.txt"]
    title = next(d.title for d in index.documents if d.name == "copy.txt")
    assert title.startswith(LONG_TITLE[:150])  # (the reader's title: its first 200 characters)
    assert (copy["level"], copy["date"], copy["title"]) == ("edited", "", title)  # (sorts)
    assert (rewritten["level"], rewritten["date"]) == ("rewrite", "2021-07-28")
    for row in (copy, rewritten):
        section = next(s for s in report.sections if s.other.name == row["version"])
        st = section.comparison.stats
        assert row["base"] == "wire_2021-07-26.txt"
        assert float(row["similarity"]) == pytest.approx(st.similarity, abs=5e-5)
        assert float(row["base_kept"]) == pytest.approx(st.left_in_right, abs=5e-5)
        assert [row[k] for k in ("words", "added", "deleted", "changed", "moved")] == [
            str(n)
            for n in (
                st.right_words,
                st.words_added,
                st.words_deleted,
                st.words_changed,
                st.units_moved,
            )
        ]
        # The sentence of the relation banner, measured as the banner measures it.
        docs = [d.name for d in index.documents]
        doc = docs.index(row["version"])
        assert row["evidence"] == describe(index, index.stories[story].base, doc)
        assert (row["flags"], row["notes"], row["reviewed"]) == ("0", "0", "")
    assert rewritten["evidence"].startswith("Rewrite of wire_2021-07-26.txt: ")
    assert float(copy["similarity"]) > float(rewritten["similarity"])


def test_the_findings_follow_as_before_and_are_counted_per_version(folder, tmp_path):
    index, story = grouped(folder)
    docs = index.documents
    base, copy = (next(d for d in docs if d.name == n) for n in ("wire_2021-07-26.txt", "copy.txt"))
    with ReviewStore.open(tmp_path / "review.sqlite3") as store:
        store.set_pair_note(doc_ref(base), doc_ref(copy), "=the wire's copy")
        store.set_reviewed(doc_ref(base), doc_ref(copy))
        text = to_csv(story_report(index, story, store=store, folder=folder))
    versions, (finding,), _changes = tables(text)
    row = next(r for r in versions if r["version"] == "copy.txt")
    assert (row["notes"], len(row["reviewed"])) == ("1", 10)  # the date it was marked
    assert (finding["what"], finding["note"]) == ("pair note", "'=the wire's copy")
    assert (finding["base"], finding["version"]) == ("wire_2021-07-26.txt", "copy.txt")
    assert formula_cells(text) == []


def test_a_version_left_out_is_a_row_saying_why(folder):
    index, story = grouped(folder)
    gone = folder / "gone.txt"
    report = story_report(index, story, folder=folder, left_out=[(gone, "file not found")])
    versions, _findings, _changes = tables(to_csv(report))
    assert versions[-1]["version"] == "gone.txt" and versions[-1]["level"] == ""
    assert versions[-1]["evidence"] == (
        "left out of this report: its text could not be read (file not found)"
    )


def test_the_command_line_writes_the_apps_csv(folder, tmp_path):
    """``wirediff report --story`` and the app's export render the same report the same
    way (``export.report.render``): a BOM for Excel, then the two tables."""
    out = tmp_path / "luke.csv"
    assert main(["report", str(folder), "--story", "0", "--no-store", "-o", str(out)]) == 0
    index, story = grouped(folder)
    assert out.read_bytes() == render(story_report(index, story, folder=folder), "csv")
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")


def test_the_html_versions_table_says_the_level_in_a_sentence_under_a_short_title(folder):
    index, story = grouped(folder)
    page = render_report(story_report(index, story, folder=folder))
    table = page[page.index("<h2>Versions</h2>") : page.index('<div class="pair"')]
    copy = index.documents.index(next(d for d in index.documents if d.name == "copy.txt"))
    said = html.escape(describe(index, index.stories[story].base, copy))  # ("version's")
    assert "<b>edited</b> — <span" in table and said in table
    title = next(d.title for d in index.documents if d.name == "copy.txt")
    assert title not in table and LONG_TITLE[: SUMMARY_TITLE // 2] in table  # cut short
    assert title in page  # whole in the version's own section
    derivation = page[page.index("<p>Derivation: <b>edited</b>") :]
    assert derivation[: derivation.index("</p>")].endswith(f">{said}</span>")


def test_struck_old_words_keep_the_space_before_them():
    """ "$45 млн[-после …" read as one word: the version went on with ", 68 …", no space."""
    from wirediff.core.report.story_text import _pieces
    from wirediff.core.result import OpKind
    from wirediff.core.storytable.pieces import CellPiece

    pieces = (
        CellPiece(" $45 млн", OpKind.EQUAL),
        CellPiece(", 68 погибли", OpKind.REPLACE, "после наводнений"),
    )
    text = "".join(t for t, _ in _pieces(pieces))
    assert text == " $45 млн после наводнений , 68 погибли"


def test_struck_and_new_characters_of_a_script_without_spaces_stand_together():
    """Chinese writes no space between words: "七八人", not "七 八人" (nor "造成 七")."""
    from wirediff.core.report.story_text import _pieces
    from wirediff.core.result import OpKind
    from wirediff.core.storytable.pieces import CellPiece

    pieces = (
        CellPiece("地震造成", OpKind.EQUAL),
        CellPiece("八", OpKind.REPLACE, "七"),
        CellPiece("人死亡。", OpKind.EQUAL),
    )
    assert "".join(t for t, _ in _pieces(pieces)) == "地震造成七八人死亡。"


def test_an_article_of_a_file_of_several_keeps_its_number(folder):
    """A feed's articles in two stories were one path in the report's CSV ("feed.jsonl"),
    where the stories table says "feed.jsonl#1". Found by a researcher."""
    import json

    base = (folder / "wire_2021-07-26.txt").read_text(encoding="utf-8")
    rows = [{"title": "Other news", "text": "The council met about parking fees today."}]
    rows.append({"title": "A copy", "text": base})
    (folder / "feed.jsonl").write_text(
        "\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8"
    )
    index = build_story_index(load_paths([folder]).documents)
    names = [d.name for d in index.documents]
    story = index.story_of(names.index("wire_2021-07-26.txt"))
    versions, _findings, changes = tables(to_csv(story_report(index, story.id, folder=folder)))
    assert "feed.jsonl#2" in {row["version"] for row in versions}
    assert {row["base"] for row in versions} == {"wire_2021-07-26.txt"}
    assert "feed.jsonl" not in {row["version"] for row in changes}
