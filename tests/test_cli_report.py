"""`wirediff report`: evidence of a story, a pair or a folder's findings, with provenance."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.core.helpers import assert_file_times_only_in_provenance
from tests.core.review.helpers import copy_sample, read, snapshot, write_captures
from tests.spreadsheet import formula_cells
from wirediff import __version__
from wirediff.cli import main
from wirediff.core.compare import compare
from wirediff.core.review import ReviewStore, anchor_of, doc_ref
from wirediff.core.review.location import default_store_path

ISIS_NOTE = "ISIS here, “Islamic State” in Reuters' text"
HTML_NOTE = "<b>not bold</b> & an added attribution"
PAIR_NOTE = "Asharq Al-Awsat republished the Reuters text and appended another article."


@pytest.fixture(autouse=True)
def private_data_home(tmp_path, monkeypatch):
    """Never read the user's own review store: the default one lives under tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def news(tmp_path) -> Path:
    return copy_sample(tmp_path / "news")


def change(result, right_words: str) -> int:
    return next(
        c.index for c in result.changes if result.right_text[slice(*c.right)].strip() == right_words
    )


def review_sample(folder: Path, store_path: Path) -> None:
    """Flag and note the sample's two versions of one story, as a user of the app would."""
    base, copy = read(folder, "000"), read(folder, "001")
    result = compare(base.text, copy.text)
    with ReviewStore.open(store_path) as store:
        left, right = doc_ref(base), doc_ref(copy)
        store.set_flag(left, right, anchor_of(result, change(result, "ISIS")))
        store.set_note(left, right, anchor_of(result, change(result, "ISIS")), ISIS_NOTE)
        store.set_note(
            left, right, anchor_of(result, change(result, ", Reuters reported")), HTML_NOTE
        )
        store.set_pair_note(left, right, PAIR_NOTE)
        store.set_reviewed(left, right)


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_html_report_of_the_sample_story(tmp_path, news):
    store = tmp_path / "data" / "review.sqlite3"
    review_sample(news, store)
    before = snapshot(news)
    out = tmp_path / "out" / "story.html"
    out.parent.mkdir()
    assert main(["report", str(news), "--story", "0", "-o", str(out), "--store", str(store)]) == 0
    page = out.read_text(encoding="utf-8")
    for name in ("000", "001"):
        path = next(news.glob(f"{name}_*.txt"))
        assert path.name in page and sha256(path) in page
        assert f'<td class="file num">{path.stat().st_size:,}</td>' in page  # Size (bytes)
    assert "002_" not in page  # another story
    assert "ISIS here, “Islamic State” in Reuters&#x27; text" in page
    assert "&lt;b&gt;not bold&lt;/b&gt; &amp; an added attribution" in page
    assert "<b>not bold" not in page
    assert PAIR_NOTE in page and "Marked reviewed" in page and "⚑ Flagged" in page
    assert "ignore_case=false" in page and f"by wirediff {__version__}" in page
    assert str(store) in page
    assert "http" not in page.split("<body>")[0]  # self-contained
    files = [next(news.glob(f"{name}_*.txt")) for name in ("000", "001")]  # undated
    body = assert_file_times_only_in_provenance(page, files)
    assert "Reuters⁩ · ⁨undated" in body and "Asharq Al-Awsat⁩ · ⁨undated" in body
    assert snapshot(news) == before  # nothing written under the folder


def pdf_text(path: Path) -> str:
    """All text of a PDF, ligatures unfolded and white space removed (line breaks fall
    anywhere in a table cell)."""
    text = "".join(page.extract_text() for page in PdfReader(path).pages)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def run_headless(*args: str) -> subprocess.CompletedProcess[str]:
    """The installed command with no display and no Qt platform chosen."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    return subprocess.run(
        [sys.executable, "-m", "wirediff", "report", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_pdf_report_of_the_sample_story_printed_headless(tmp_path, news):
    store = tmp_path / "data" / "review.sqlite3"
    review_sample(news, store)
    before = snapshot(news)
    out = tmp_path / "story.pdf"
    done = run_headless(
        str(news), "--story", "001_9961d6b741e39e46.txt", "-o", str(out), "--store", str(store)
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    reader = PdfReader(out)
    assert len(reader.pages) >= 3
    title = str(reader.metadata.title if reader.metadata is not None else "")
    assert title == "Story: US set to formalize readjustment of troop role in Iraq"  # not "0: …"
    assert "Story 0" not in pdf_text(out)
    text = pdf_text(out)
    for name in ("000", "001"):
        path = next(news.glob(f"{name}_*.txt"))
        assert path.name in text and sha256(path) in text
    for note in (ISIS_NOTE, HTML_NOTE, PAIR_NOTE):
        assert squash(note) in text
    assert snapshot(news) == before


def test_pdf_title_metadata_is_filtered_as_the_page_shows_it(tmp_path):
    """The Title (shown in a viewer's title bar) carried a name's raw U+202E, ESC and BEL:
    "Trojan Source" in the window title, and control sequences passed on."""
    a = tmp_path / "a.txt"
    a.write_text("Budget approved by parliament today.\n", encoding="utf-8")
    b = tmp_path / "b \u202egnp.exe\u202c \x1b]0;x\x07 today.txt"
    b.write_text("Budget approved by the parliament today.\n", encoding="utf-8")
    out = tmp_path / "pair.pdf"
    done = run_headless(str(a), str(b), "--no-store", "-o", str(out))
    assert done.returncode == 0, done.stderr
    metadata = PdfReader(out).metadata
    assert metadata is not None
    title = str(metadata.title)
    assert title == "b <RLO>gnp.exe<PDF> ␛]0;x␇ today.txt against a.txt"
    assert not [c for c in title if c in "\u202e\u202c\x1b\x07"]


def test_a_line_break_in_a_file_name_is_shown_as_a_mark_in_the_html_report(tmp_path, capsys):
    """ "line⏎break.txt" read "line break.txt" in the title, the heading and every cell."""
    a = tmp_path / "a.txt"
    a.write_text("Budget approved by parliament today.\n", encoding="utf-8")
    b = tmp_path / "line\nbreak.txt"
    b.write_text("Budget approved by the parliament today.\n", encoding="utf-8")
    out = tmp_path / "pair.html"
    assert main(["report", str(a), str(b), "--no-store", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    assert "line\nbreak" not in page
    assert page.count("line␊break.txt") >= 3  # the title, the heading, the files' table
    assert "<title>wirediff report: line␊break.txt against a.txt</title>" in page


def test_a_pair_named_by_bare_file_names_is_found_in_the_folder(tmp_path, news, capsys):
    """``--story`` took a file's bare name, a pair's two files wanted their folders ("AP_007…
    .txt: file not found"); a name two files have is refused, saying so."""
    folder = tmp_path / "desk"
    (folder / "wires" / "ap").mkdir(parents=True)
    (folder / "papers").mkdir()
    a, b = sorted(news.glob("00[01]_*.txt"))
    shutil.copy(a, folder / "wires" / "ap" / a.name)
    shutil.copy(b, folder / "papers" / b.name)
    out = tmp_path / "pair.json"
    assert main(["report", str(folder), a.name, b.name, "--no-store", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [f["path"] for f in data["files"]] == [f"wires/ap/{a.name}", f"papers/{b.name}"]
    shutil.copy(b, folder / "wires" / b.name)
    assert main(["report", str(folder), a.name, b.name, "--no-store", "-o", str(out)]) == 2
    assert f"{b.name}: 2 files of {folder} by that name" in capsys.readouterr().err


def test_pair_report_reads_the_default_store_and_files_relative_to_the_folder(
    tmp_path, news, capsys
):
    review_sample(news, default_store_path())  # XDG_DATA_HOME points into tmp_path
    out = tmp_path / "pair.json"
    args = ["report", str(news), "000_95eef2de69d379ca.txt", "001_9961d6b741e39e46.txt"]
    assert main([*args, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "wirediff.report" and data["scope"] == "pair"
    assert [f["path"] for f in data["files"]] == [
        "000_95eef2de69d379ca.txt",
        "001_9961d6b741e39e46.txt",
    ]
    assert data["files"][1]["sha256"] == sha256(news / "001_9961d6b741e39e46.txt")
    (pair,) = data["comparisons"]
    assert pair["note"] == PAIR_NOTE and pair["reviewed_at"]
    assert pair["stats"]["words_added"] > 0
    # The level and its sentence, as the relation banner says them (a pair's report had
    # none: "derivation": null, where stories calls 001 a rewrite of 000).
    assert pair["derivation"] == "rewrite"
    assert pair["evidence"].startswith("Rewrite of Reuters' story, kept and added to: 64% of")
    notes = {f["note"]: f for f in pair["findings"]}
    assert notes[ISIS_NOTE]["flagged"] and notes[ISIS_NOTE]["right"] == "ISIS"
    isis = notes[ISIS_NOTE]  # the number the app shows beside the index
    assert (isis["change_number"], isis["row_number"]) == (isis["change"] + 1, isis["row"] + 1)
    assert notes[HTML_NOTE]["orphaned"] == ""
    assert data["store"] == str(default_store_path())
    # Every change, with its place in each text (the JSON had their count alone)
    assert len(pair["change_list"]) == pair["changes"]
    isis_change = pair["change_list"][isis["change"]]
    assert (
        isis_change["version"]["words"] == "ISIS" and isis_change["number"] == isis["change_number"]
    )
    text = (news / "001_9961d6b741e39e46.txt").read_text(encoding="utf-8")
    place = isis_change["version"]
    assert text[place["start"] : place["end"]] == "ISIS"
    assert place["line"] == text.count("\n", 0, place["start"]) + 1


def test_articles_of_one_file_are_named_relative_to_the_folder_as_stories_names_them(
    tmp_path,
):
    """`report FOLDER feed.jsonl#1 feed.jsonl#2` said "feed.jsonl: file not found" (the
    name with "#1" is never a file): found by a tester."""
    folder = tmp_path / "news"
    folder.mkdir()
    bodies = [f"The council voted on the plan on Tuesday, {n} members said." for n in (3, 4)]
    (folder / "feed.jsonl").write_text(
        "\n".join(json.dumps({"body": b}) for b in bodies), encoding="utf-8"
    )
    out = tmp_path / "pair.json"
    args = ["report", str(folder), "feed.jsonl#1", "feed.jsonl#2", "--no-store", "-o", str(out)]
    assert main(args) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [f["path"] for f in data["files"]] == ["feed.jsonl"]  # the file, once
    (pair,) = data["comparisons"]
    assert (pair["base"]["item"], pair["version"]["item"]) == (1, 2)
    assert pair["stats"]["words_changed"] > 0


HIDDEN = ("Prices rose;=cmd|' /C calc'!A0", "Doha — “talks”, @once")


def test_folder_findings_say_how_each_pair_derives(tmp_path, news):
    """The folder's report listed the reviewed and flagged pairs without their level, where
    the same pair's own report said "rewrite" and why. Found by a tester."""
    store_path = tmp_path / "review.sqlite3"
    review_sample(news, store_path)
    out = tmp_path / "findings.json"
    assert main(["report", str(news), "-o", str(out), "--store", str(store_path)]) == 0
    (pair,) = json.loads(out.read_text(encoding="utf-8"))["comparisons"]
    assert pair["derivation"] == "rewrite"
    assert pair["evidence"].startswith("Rewrite of Reuters' story, kept and added to: 64% of")
    page = tmp_path / "findings.html"
    assert main(["report", str(news), "-o", str(page), "--store", str(store_path)]) == 0
    assert "Derivation: <b>rewrite</b>" in page.read_text(encoding="utf-8")


def test_the_reports_data_says_figures_without_direction_marks(tmp_path):
    """The JSON's evidence sentence kept the left-to-right marks drawn around an Arabic-Indic
    figure's arrow (compare's JSON had none). Found by a review."""
    sentence = "قال الوزير إن {} شخصا قتلوا في الهجوم على القرية اليوم.\n"
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(sentence.format("٦٣"), encoding="utf-8")
    b.write_text(sentence.format("٦٨"), encoding="utf-8")
    out = tmp_path / "r.json"
    assert main(["report", str(a), str(b), "-o", str(out), "--no-store"]) == 0
    evidence = json.loads(out.read_text(encoding="utf-8"))["comparisons"][0]["evidence"]
    assert evidence.endswith("figures changed: ٦٣ → ٦٨") and "\u200e" not in evidence


def test_folder_findings_as_csv_with_formulas_neutralised(tmp_path, news):
    store_path = tmp_path / "review.sqlite3"
    review_sample(news, store_path)
    base, other = read(news, "000"), read(news, "003")
    result = compare(base.text, other.text)
    with ReviewStore.open(store_path) as store:
        for i, note in enumerate(('=HYPERLINK("http://x")', "+1 source", "-dash", "@who", *HIDDEN)):
            store.set_note(doc_ref(base), doc_ref(other), anchor_of(result, i), note)
    (news / "003_8342cd79d5b7a5de.txt").unlink()  # its notes are orphaned, and still listed
    out = tmp_path / "flags.csv"
    assert main(["report", str(news), "-o", str(out), "--store", str(store_path)]) == 0
    data = out.read_bytes()  # a BOM for Excel, CRLF line ends (none inside the notes)
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == data.count(b"\n")
    text = data.decode("utf-8-sig")
    assert formula_cells(text) == []  # split on , ; or tab: "Prices rose;=cmd" was a cell
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    by_note = {r["note"]: r for r in rows}
    assert {'\'=HYPERLINK("http://x")', "'+1 source", "'-dash", "'@who"} <= set(by_note)
    assert {"Prices rose;'=cmd|' /C calc'!A0", "Doha — “talks”, '@once"} <= set(by_note)
    assert by_note["'@who"]["status"].startswith("orphaned: 003_")
    assert by_note[ISIS_NOTE]["what"] == "flag + note"
    assert by_note[ISIS_NOTE]["status"] == "current"
    assert by_note[ISIS_NOTE]["version_words"] == "ISIS"
    assert by_note[PAIR_NOTE]["what"] == "pair note"
    assert all(not cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())


def test_article_text_is_escaped_and_rtl_paragraphs_are_marked(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Safe text.\n\nقال المتحدث إن القوات ستبقى.\n", encoding="utf-8")
    b.write_text(
        "Evil <script>alert(1)</script> text.\n\nقال المتحدث إن القوات لن تبقى.\n",
        encoding="utf-8",
    )
    out = tmp_path / "pair.html"
    assert main(["report", str(a), str(b), "-o", str(out), "--no-store"]) == 0
    page = out.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert re.search(r'<td class="side" dir="rtl" lang="ar">[^<]*قال', page)  # Qt needs it said
    assert re.search(r'<td class="side" dir="auto" lang="und">(<span[^>]*>)?Safe', page)
    assert "Review store: none" in page


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["{news}", "--story", "9", "-o", "{tmp}/x.html"], "no story 9"),
        (["{news}", "--story", "nope.txt", "-o", "{tmp}/x.html"], "no document"),
        (["{news}", "-o", "{news}/x.html"], "inside"),
        (["{news}", "--story", "0", "-o", "{tmp}/x.html", "--store", "{news}/r.sqlite3"], "inside"),
        (["{news}", "-o", "{tmp}/x.txt"], "cannot tell the format"),
        (["{tmp}/missing", "--story", "0", "-o", "{tmp}/x.html"], "does not exist"),
        (["{news}", "-o", "{tmp}/x.html", "--no-store"], "without a review store"),
        (["{news}", "a.txt", "--story", "0", "-o", "{tmp}/x.html"], "--story goes with"),
        (["{news}", "--story", "0", "-o", "{tmp}/no/such/x.html"], "cannot write"),
        (["{news}", "--base", "001_9961d6b741e39e46.txt", "-o", "{tmp}/x.html"], "--base goes"),
        (["{news}", "--story", "0", "--base", "nope.txt", "-o", "{tmp}/x.html"], "no document"),
        (
            ["{news}", "--story", "0", "--base", "002_3458ed2ff60c0bff.txt", "-o", "{tmp}/x.html"],
            "is not a version of story 0 (it is in story 1",
        ),
    ],
)
def test_bad_arguments_exit_2_naming_the_problem(tmp_path, news, capsys, args, message):
    before = snapshot(news)
    filled = [a.format(news=news, tmp=tmp_path) for a in args]
    assert main(["report", *filled]) == 2
    assert message in capsys.readouterr().err
    assert snapshot(news) == before


def test_a_named_store_that_is_another_programs_file_is_left_alone(tmp_path, news, capsys):
    """--store naming some other SQLite file (a typo, another program's database): the
    report refuses it and leaves it untouched; the app's own store would be set aside."""
    (tmp_path / "db").mkdir()
    other = tmp_path / "db" / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE mine (a)")
    before = other.read_bytes()
    pair = [str(news / "000_95eef2de69d379ca.txt"), str(news / "001_9961d6b741e39e46.txt")]
    out = tmp_path / "r.json"
    assert main(["report", *pair, "-o", str(out), "--store", str(other)]) == 2
    assert capsys.readouterr().err == (
        f"wirediff report: the review store {other} is not a wirediff review store; "
        "it was left as it is\n"
    )
    assert other.read_bytes() == before and list(other.parent.iterdir()) == [other]


def test_an_unreadable_file_is_named(tmp_path, news, capsys):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x01binary" * 50)
    assert (
        main(
            [
                "report",
                str(news / "000_95eef2de69d379ca.txt"),
                str(bad),
                "-o",
                str(tmp_path / "x.html"),
            ]
        )
        == 2
    )
    err = capsys.readouterr().err
    assert "bad.txt" in err and "binary" in err


BLOCK_QT = """
import sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("Qt is blocked")

sys.meta_path.insert(0, Block())
from wirediff.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_html_json_and_csv_need_no_qt_and_pdf_says_why_it_cannot(tmp_path, news):
    a, b = (str(p) for p in sorted(news.glob("00[01]_*.txt")))
    for name, code in (("x.html", 0), ("x.json", 0), ("x.csv", 0), ("x.pdf", 2)):
        out = tmp_path / name
        done = subprocess.run(
            [sys.executable, "-c", BLOCK_QT, "report", a, b, "-o", str(out), "--no-store"],
            capture_output=True,
            text=True,
            check=False,
        )
        assert done.returncode == code, done.stderr
        assert out.exists() == (code == 0)
    assert "printed with Qt, which cannot be loaded" in done.stderr


@pytest.mark.parametrize("kind", ["fifo", "folder", "device"])
def test_a_named_store_that_is_no_file_is_refused_in_words(tmp_path, news, capsys, kind):
    """SQLite said only "disk I/O error" of a pipe or /dev/null; a pipe could block."""
    if kind == "fifo":
        store = tmp_path / "pipe"
        os.mkfifo(store)
        why = "is not a regular file (a named pipe)"
    elif kind == "folder":
        store = tmp_path / "folder"
        store.mkdir()
        why = "is not a regular file (a folder)"
    else:
        store = Path(os.devnull)
        why = "is not a regular file (a device)"
    pair = [str(news / "000_95eef2de69d379ca.txt"), str(news / "001_9961d6b741e39e46.txt")]
    out = tmp_path / "r.json"
    assert main(["report", *pair, "-o", str(out), "--store", str(store)]) == 2
    assert capsys.readouterr().err == f"wirediff report: the review store {store} {why}\n"
    assert not out.exists()


def test_the_base_chosen_in_the_app_can_be_named(tmp_path, news, capsys):
    """--base names a story's base (as b in the app, which keeps its choice among the
    store's corrections): the report is against it, its flags those of its pairs."""
    out = tmp_path / "story.csv"
    chosen = "001_9961d6b741e39e46.txt"
    assert main(["report", str(news), "--story", "0", "--base", chosen, "-o", str(out)]) == 0
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[1][:2] == [chosen, chosen] and rows[1][9] == "base"
    assert rows[2][:2] == [chosen, "000_95eef2de69d379ca.txt"]


def test_a_folder_and_one_file_says_what_report_takes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``report FOLDER A`` (B forgotten) said FOLDER "is a folder, not a file (open it as a
    folder)", which is what the user had given it as."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "a.txt").write_text("One text.\n", encoding="utf-8")
    status = main(["report", str(news), "a.txt", "-o", str(tmp_path / "x.csv"), "--no-store"])
    err = capsys.readouterr().err
    assert status == 2 and f"{news} is a folder: give FOLDER A B (a pair in it)" in err


def test_a_report_of_the_changes_only(tmp_path, news, capsys):
    """--context N: the aligned text's changed rows and N around each, the rows left out
    said; the CSV lists every change (it held the flags and notes alone)."""
    a, b = sorted(news.glob("00[01]_*.txt"))
    whole, brief = tmp_path / "whole.html", tmp_path / "brief.html"
    assert main(["report", str(a), str(b), "--no-store", "-o", str(whole)]) == 0
    assert main(["report", str(a), str(b), "--no-store", "--context", "0", "-o", str(brief)]) == 0
    shown = brief.read_text(encoding="utf-8")
    assert "Changes, with 0 rows around each" in shown and "unchanged row" in shown
    assert shown.count('<tr id="s1-r') < whole.read_text(encoding="utf-8").count('<tr id="s1-r')
    table = tmp_path / "pair.csv"
    assert main(["report", str(a), str(b), "--no-store", "-o", str(table)]) == 0
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    header = rows.index(["base", "version", "change", "row", "change_kind", "base_words",
                         "version_words", "base_line", "base_start", "base_end",
                         "version_line", "version_start", "version_end", "section",
                         "ignored"])  # fmt: skip
    result = compare(read(news, "000").text, read(news, "001").text)
    assert len(rows) - header - 1 == len(result.changes)
    # Where each change is in each text: its line (from 1) and its code points (an
    # apparatus had the app's row numbers alone)
    texts = (read(news, "000").text, read(news, "001").text)
    for row, change in zip(rows[header + 1 :], result.changes, strict=True):
        for side, (line, start, end) in enumerate((row[7:10], row[10:13])):
            span = change.span(("left", "right")[side])
            assert (int(start), int(end)) == span
            # (words added: the line of the words before them, not the next paragraph's)
            at = len(texts[side][: span.start].rstrip()) - 1 if span.start == span.end else None
            placed = span.start if at is None else max(0, at)
            assert int(line) == texts[side].count("\n", 0, placed) + 1
    assert {row[7] for row in rows[header + 1 :]} != {"1"}  # (not all on the first line)
    assert main(["report", str(a), str(b), "--no-store", "--context", "-1", "-o", str(brief)]) == 2
    assert "a number of rows, 0 or more" in capsys.readouterr().err
    assert main(["report", str(a), str(b), "--no-store", "--context", "2", "-o", str(table)]) == 2
    assert "--context shapes an HTML or PDF report" in capsys.readouterr().err  # not a CSV


def test_a_story_reported_version_by_version(tmp_path, capsys):
    """--chain: each version against the one before it in time order (captures of a page
    named with their minute), not against the story's base."""
    folder = write_captures(tmp_path / "captures")
    out = tmp_path / "chain.json"
    args = ["report", str(folder), "--story", "page_20260301T0900.txt", "--no-store"]
    assert main([*args, "--chain", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["scope"] == "chain" and data["title"].endswith(", version by version")
    files = [f["path"] for f in data["files"]]
    pairs = [(files[c["base"]["file"]], files[c["version"]["file"]]) for c in data["comparisons"]]
    assert pairs == [
        ("page_20260301T0900.txt", "page_20260301T1000.txt"),
        ("page_20260301T1000.txt", "page_20260301T1100.txt"),
    ]
    assert main([*args[:2], "--chain", "--no-store", "-o", str(out)]) == 2
    assert "--chain goes with --story" in capsys.readouterr().err
    assert main([*args, "--chain", "--base", "page_20260301T1000.txt", "-o", str(out)]) == 2
    assert "no --base" in capsys.readouterr().err


def test_a_pdf_of_a_script_no_font_here_has_says_so_once_not_qt_s_warnings(
    tmp_path: Path,
) -> None:
    """A Hindi pair's PDF printed 150 lines of "qt.text.font.db: OpenType support missing
    for "DejaVu Sans", script 11" on stderr (found by an Asia-desk monitor); the report
    says in words what it could not draw (on a machine with a Devanagari font: nothing)."""
    lines = ["असम में बाढ़ की स्थिति गंभीर", "", "गुवाहाटी में 46 लोगों की मौत हुई और कई गांव डूब गए।"]
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("\n".join(lines) + "\n", encoding="utf-8")
    b.write_text("\n".join(lines).replace("46", "48") + "\n", encoding="utf-8")
    out = tmp_path / "hi.pdf"
    command = [sys.executable, "-m", "wirediff", "report", str(a), str(b), "--no-store"]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    env.pop("QT_LOGGING_RULES", None)
    done = subprocess.run([*command, "-o", str(out)], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert "qt.text.font.db" not in done.stderr and "OpenType" not in done.stderr
    assert len(done.stderr.splitlines()) <= 1 and out.stat().st_size > 0


def test_the_csv_says_what_the_changes_numbers_ignored(tmp_path, news):
    """A flags export numbered a change 93 with numbering ignored, the command line's
    report 107 without, and neither said so. Found by a policy analyst."""
    a, b = sorted(news.glob("00[01]_*.txt"))
    for args, said in (([], ""), (["--ignore-numbering", "--ignore-case"], "case and numbering")):
        table = tmp_path / f"pair{len(args)}.csv"
        assert main(["report", str(a), str(b), "--no-store", *args, "-o", str(table)]) == 0
        rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
        header = next(i for i, row in enumerate(rows) if row[:3] == ["base", "version", "change"])
        assert rows[header][-1] == "ignored"
        changes = [row for row in rows[header + 1 :] if row]
        assert changes and all(row[-1] == said for row in changes)


def test_words_added_at_a_paragraphs_end_are_on_its_line(tmp_path):
    """A fuzzer: "Penalties" → "Penalties and fines" had base_line 7 (the next paragraph's
    line) where the heading stands on line 5."""
    text = "Title\n\nFirst paragraph of the text.\n\nPenalties\n\nSecond paragraph of the text.\n"
    a, b = tmp_path / "i1.txt", tmp_path / "i2.txt"
    a.write_text(text, encoding="utf-8")
    b.write_text(text.replace("Penalties\n", "Penalties and fines\n"), encoding="utf-8")
    table = tmp_path / "r.csv"
    assert main(["report", str(a), str(b), "--no-store", "-o", str(table)]) == 0
    rows = list(csv.reader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    change = rows[-1]
    assert change[4:7] == ["insert", "", "and fines"]
    assert (change[7], change[10]) == ("5", "5")


def test_the_html_report_lists_every_change_with_its_row_and_section(tmp_path):
    """A translation reviser certifying a revision: the HTML (and the PDF printed from it)
    said "change 6, row 18" by a flag and listed no change; the CSV alone did. Each change
    is a row: its number, its row (a link to it), kind, words on each side, section —
    article text escaped."""
    base = "Title\n\nPart 1\n\nThe fine is £500 <b>now</b>.\n\nPart 2\n\nOfficers may enter.\n"
    later = base.replace("£500", "£900").replace("may enter", "may enter at night")
    a, b = tmp_path / "v1.txt", tmp_path / "v2.txt"
    a.write_text(base, encoding="utf-8")
    b.write_text(later, encoding="utf-8")
    out = tmp_path / "r.html"
    assert main(["report", str(a), str(b), "--no-store", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    table = page[page.index("<h3>Changes</h3>") : page.index("</table>", page.index("<h3>Changes"))]
    assert table.count("<tr>") == 1 + 2  # the head and the two changes
    assert "£500" in table and "£900" in table and "at night" in table
    assert '<a href="#s1-r' in table and "Part 1" in table and "Part 2" in table
    assert "<b>now" not in page and "&lt;b&gt;now" in page


def dead_display() -> str:
    """An X display name no server answers at (none listens on its socket)."""
    number = next(n for n in range(99, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists())
    return f":{number}"


@pytest.mark.parametrize(
    "names",
    [("DISPLAY",), ("WAYLAND_DISPLAY",), ("DISPLAY", "WAYLAND_DISPLAY")],
    ids=["x11", "wayland", "both"],
)
def test_a_pdf_is_printed_though_a_display_is_named_that_does_not_answer(tmp_path, news, names):
    """A DISPLAY left from tmux or a broken ssh -X made ``report -o x.pdf`` abort with a core
    dump (exit 134, no PDF: a nightly job's scheduler saw 134, found by a data engineer):
    a command that only prints needs no display, and draws offscreen whatever is named."""
    a, b = (str(p) for p in sorted(news.glob("00[01]_*.txt")))
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "XDG_SESSION_TYPE")
    }
    given = {"DISPLAY": dead_display(), "WAYLAND_DISPLAY": "wayland-9"}
    env.update({name: given[name] for name in names})
    if "WAYLAND_DISPLAY" in names:
        env["XDG_SESSION_TYPE"] = "wayland"
        env["XDG_RUNTIME_DIR"] = str(tmp_path)
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "wirediff", "report", a, b, "--no-store", "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF-")
    assert "platform plugin" not in done.stderr and "qt.qpa" not in done.stderr
