"""`wirediff story`: a story's versions against its base as an HTML, CSV or JSON table."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from tests.core.storytable.helpers import P
from tests.spreadsheet import formula_cells
from wirediff.cli import main
from wirediff.core.compare import compare

TITLE = "Council approves budget after long debate"


def write(folder: Path, name: str, *paragraphs: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def run(capsys, *args: str) -> tuple[int, str, str]:
    status = main(["story", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(autouse=True)
def private_data_home(tmp_path, monkeypatch):
    """Never read the user's own review store (its story corrections): the default one
    lives under tmp_path."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))


@pytest.fixture
def council(tmp_path) -> Path:
    """One story of three versions: the base, a trimmed and edited one, one with a paragraph
    added; and an unrelated document."""
    folder = tmp_path / "news"
    write(folder, "a_base.txt", TITLE, *P)
    write(folder, "b_trim.txt", TITLE, P[0].replace("Tuesday", "Wednesday"), P[1], P[2], P[3])
    write(
        folder,
        "c_added.txt",
        TITLE,
        P[0],
        P[1],
        "A paragraph <b>only</b> this & that outlet added.",
        *P[2:],
    )
    write(
        folder,
        "z_other.txt",
        "Storm closes the coastal road",
        "Heavy rain and strong winds closed the coastal road for most of Sunday afternoon.",
        "Police asked drivers to avoid the area until engineers had checked the old bridge.",
    )
    return folder


def test_json_of_the_sample_story(capsys, sample_dir):
    status, out, err = run(capsys, sample_dir, "--story", "0", "--format", "json")
    assert status == 0, err
    data = json.loads(out)
    assert (data["format"], data["version"], data["story"]) == ("wirediff.story", 1, 0)
    assert data["boilerplate"] == "left out"
    assert data["base"]["path"].startswith("000_") and data["base"]["source"] == "Reuters"
    assert [c["path"][:4] for c in data["columns"]] == ["001_"]
    column = data["columns"][0]
    assert column["source"] == "Asharq Al-Awsat" and column["heading"].endswith(column["path"])
    base = data["base"]["text"]
    stats = compare(base, column["text"]).stats
    assert column["stats"]["kept"] == round(stats.left_in_right, 4)
    base_rows = [r for r in data["rows"] if r["kind"] == "base"]
    assert "".join(base[slice(*r["base"])] for r in base_rows) == base  # in order, all of it
    state = {r["text"]: r["cells"][0]["state"] for r in base_rows}
    # The agency line Asharq Al-Awsat dropped: struck out, beside what stands at its place
    # (the pair diff puts a deletion and an insertion at one place in one row).
    reuters = next(r for r in base_rows if r["text"] == "Reuters")["cells"][0]
    assert state["Reuters"] in ("cut", "changed")
    assert {"op": "delete", "text": "Reuters", "base": True} in reuters["pieces"]
    assert not [
        p for p in reuters["pieces"] if p["op"] in ("equal", "replace") and "Reut" in p["text"]
    ]
    assert state[base_rows[0]["text"]] == "changed"  # the retitled headline
    kept = [r for r in base_rows if r["cells"][0]["state"] == "equal"]
    assert kept and all(
        r["tally"] == {"equal": 1, "changed": 0, "moved": 0, "cut": 0} for r in kept
    )
    # The article Asharq Al-Awsat appended is a run of added rows at the end.
    assert data["rows"][-1]["kind"] == "added"
    added = "".join(p["text"] for p in data["rows"][-1]["cells"][0]["pieces"])
    assert added in column["text"] and data["rows"][-1]["tally"]["added"] == 1
    assert any(
        "Iraqi Foreign Minister" in json.dumps(r) for r in data["rows"] if r["kind"] == "added"
    )
    replaced = [
        p
        for r in base_rows
        for p in r["cells"][0]["pieces"]
        if p["op"] == "replace" and p["old"] == "Islamic State"
    ]
    assert [p["text"] for p in replaced] == ["ISIS"]


def test_story_by_a_document_name_is_the_same_story(capsys, sample_dir):
    by_number = run(capsys, sample_dir, "--story", "0", "--format", "json")[1]
    by_name = run(capsys, sample_dir, "--story", "001_9961d6b741e39e46.txt", "--format", "json")
    assert by_name[0] == 0 and by_name[1] == by_number


def test_a_story_of_one_version_is_its_base_units(capsys, sample_dir):
    status, out, _ = run(
        capsys, sample_dir, "--story", "002_3458ed2ff60c0bff.txt", "--format", "json"
    )
    data = json.loads(out)
    assert status == 0 and data["columns"] == [] and data["rows"]
    assert all(r["kind"] == "base" and r["cells"] == [] for r in data["rows"])


def test_html_is_escaped_self_contained_and_names_the_files(tmp_path, council):
    out = tmp_path / "story.html"
    status = main(["story", str(council), "--story", "b_trim.txt", "-o", str(out)])
    assert status == 0
    page = out.read_text(encoding="utf-8")
    for name in ("a_base.txt", "b_trim.txt", "c_added.txt"):
        assert name in page
    assert "z_other.txt" not in page
    assert "&lt;b&gt;only&lt;/b&gt; this &amp; that" in page and "<b>only" not in page
    assert "<script" not in page and "http" not in page.split("<body>")[0]
    assert page.count("<tr id=") == len(P) + 2  # title, five paragraphs, one added
    # Its id, counted from 0, is no title: "Story 1: 3 versions" read as a count.
    assert "A story of 3 versions, the base against each of the others" in page
    assert not re.search(r"Story \d", page)


def test_html_links_a_moved_unit_both_ways(tmp_path, capsys):
    folder = tmp_path / "moved"
    write(folder, "1.txt", TITLE, *P)
    write(folder, "2.txt", TITLE, P[4], *P[:4])
    status, page, err = run(capsys, folder, "--story", "0")
    assert status == 0, err
    links = re.findall(r'dir="ltr" href="#r(\d+)">moved (to|from) row (\d+)', page)
    assert len(links) == 2 and {way for _, way, _ in links} == {"to", "from"}
    for target, _, shown in links:
        assert f'<tr id="r{target}"' in page and int(shown) == int(target) + 1


def test_html_right_to_left_cells(tmp_path, capsys):
    urdu = [
        "بجٹ کی منظوری کے بعد شہر کی کونسل میں طویل بحث",
        "شہر کی کونسل نے منگل کو طویل بحث کے بعد نئے بجٹ کی منظوری دے دی"
        " جس میں سڑکوں کی مرمت شامل ہے۔",
        "حزب اختلاف کے ارکان نے کہا کہ اس منصوبے میں اسکولوں اور لائبریریوں"
        " کے لیے بہت کم رقم رکھی گئی ہے۔",
        "میئر نے وعدہ کیا کہ اگر ٹیکس کی آمدنی بڑھی تو خزاں میں اخراجات کے"
        " منصوبے پر دوبارہ غور کیا جائے گا۔",
    ]
    folder = tmp_path / "urdu"
    write(folder, "1.txt", *urdu)
    write(
        folder,
        "2.txt",
        urdu[0],
        urdu[1].replace("منگل", "بدھ"),
        urdu[2],
        urdu[3],
        "Reported in English.",
    )
    status, page, err = run(capsys, folder, "--story", "0")
    assert status == 0, err
    cells = page.split("<tbody>")[1]
    assert cells.count('dir="rtl"') >= 2 * 4  # base and version cell of each Urdu row
    english = cells.split("Reported in English.")[0].rsplit("<td", 1)[1]
    assert 'dir="auto"' in english
    assert '<h1 dir="rtl" lang="ur">' in page


FORMULAS = ('=HYPERLINK("x")', "+1 555 0100 is the council's number", "-2 degrees", "@mention")


def test_csv_neutralises_formulas(tmp_path, capsys):
    folder = tmp_path / "formulas"
    lines = [f"{f} {P[i]}" for i, f in enumerate(FORMULAS)]
    write(folder, "=1.txt", TITLE, *lines)
    write(folder, "@2.txt", TITLE, *lines[:3], "A paragraph only this version added here.")
    status, out, err = run(capsys, folder, "--story", "0", "--format", "csv")
    assert status == 0, err
    rows = list(csv.reader(io.StringIO(out)))
    head, body = rows[0], rows[1:]
    assert head[:8] == ["row", "kind", "base", "equal", "changed", "moved", "cut", "added"]
    version = head[8]  # the file names start with = and @ too
    assert version in ("'=1.txt", "'@2.txt") and head[9] == f"{version} (state)"
    cells = [cell for row in body for cell in row]
    for formula in FORMULAS:
        assert any(cell.startswith("'" + formula) for cell in cells), formula
    assert not any(cell[:1] in ("=", "+", "-", "@", "\t", "\r") for cell in cells)
    by_base = {row[2]: row for row in body}
    assert by_base["'" + lines[0]][8:] == ["'" + lines[0], "equal"]


# Formulas after a separator: a spreadsheet splitting on ; or , would make each a cell.
HIDDEN = ("Prices rose;=cmd|' /C calc'!A0", 'The figures, "=HYPERLINK(x)" and @SUM(1) were cited')


def test_csv_file_defends_every_separator_with_a_bom_and_crlf(tmp_path, capsys):
    """The tester's paragraph was written unquoted: Excel splitting on ; (most non-English
    locales) ran =cmd. The file has a BOM (Excel reads it as UTF-8: "Doha — “ceasefire”"
    was mojibake) and CRLF line ends; stdout has no BOM."""
    folder = tmp_path / "hidden"
    write(folder, "1.txt", TITLE, *P, *HIDDEN, "Talks in Doha — “ceasefire” holds")
    write(folder, "2.txt", TITLE, *P[:3], *HIDDEN, "Talks in Doha — “ceasefire” holds")
    out = tmp_path / "story.csv"
    assert run(capsys, folder, "--story", "0", "-o", out)[0] == 0
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == data.count(b"\n")
    text = data.decode("utf-8-sig")
    assert "Doha — “ceasefire”" in text and "Prices rose;'=cmd" in text
    assert formula_cells(text) == []
    rows = list(csv.reader(io.StringIO(text, newline="")))
    cells = {cell for row in rows for cell in row}  # the marks, read back
    assert 'The figures, "\'=HYPERLINK(x)" and @SUM(1) were cited' in cells
    status, printed, _ = run(capsys, folder, "--story", "0", "--format", "csv")
    assert status == 0 and printed == text  # the same text, without the BOM


def test_output_file_and_format_from_its_name(tmp_path, council):
    out = tmp_path / "story.json"
    assert main(["story", str(council), "--story", "0", "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["base"]["path"] == "a_base.txt"  # relative to the folder
    assert sorted(c["path"] for c in data["columns"]) == ["b_trim.txt", "c_added.txt"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--story", "7"], "no story 7: {folder} has 2 stories, their ids from 0 to 1"),
        (["--story", "nothing.txt"], "--story nothing.txt: no document of {folder}"),
        (["--story", "0", "-o", "out.docx"], "cannot tell the format from out.docx"),
        (["--story", "0", "-o", "{folder}/inside.html"], "is inside {folder}"),
        (["--story", "0", "--store", "{folder}/review.sqlite3"], "is inside {folder}"),
    ],
)
def test_bad_arguments_exit_2_with_a_message(capsys, council, args, message):
    args = [a.format(folder=council) for a in args]
    status, out, err = run(capsys, council, *args)
    assert status == 2 and out == ""
    assert err.startswith("wirediff story: ") and message.format(folder=council) in err


def test_unreadable_folders_exit_2(tmp_path, capsys):
    missing = tmp_path / "missing"
    assert run(capsys, missing, "--story", "0")[0::2] == (
        2,
        f"wirediff story: {missing} does not exist\n",
    )
    file = write(tmp_path, "a.txt", "text")
    assert run(capsys, file, "--story", "0")[0::2] == (
        2,
        f"wirediff story: {file} is not a folder\n",
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    status, _, err = run(capsys, empty, "--story", "0")
    assert status == 2 and f"no readable documents in {empty}" in err


def test_unwritable_output_exits_2(tmp_path, council, capsys):
    out = tmp_path / "no" / "such" / "folder" / "story.html"
    status, _, err = run(capsys, council, "--story", "0", "-o", out)
    assert status == 2 and f"cannot write {out}" in err


def hostile(tmp_path: Path) -> Path:
    """A story of two versions, the second with an RLO, a PDF and an ANSI colour in it."""
    folder = tmp_path / "hostile"
    sneaky = P[1].replace("schools", "schools\u202e gnihton \u202c\x1b[31m")
    write(folder, "1.txt", TITLE, *P)
    write(folder, "2.txt", TITLE, P[0], sneaky, *P[2:])
    return folder


def test_control_and_bidi_characters_are_shown_not_obeyed(tmp_path, capsys):
    folder = hostile(tmp_path)
    status, page, err = run(capsys, folder, "--story", "0")
    assert status == 0, err
    assert "\u202e" not in page and "\x1b" not in page
    assert "&lt;RLO&gt;" in page and "␛" in page
    status, out, _ = run(capsys, folder, "--story", "0", "--format", "csv")
    assert status == 0 and "\u202e" not in out and "<RLO>" in out


def test_a_file_of_several_articles_is_named_by_one_of_them(tmp_path, capsys):
    """--story feed.jsonl: the file holds two articles; the message names the first."""
    lines = ["The council approved the harbour budget.", "The mayor opened the new pier."]
    write(tmp_path, "feed.jsonl", "".join(json.dumps({"text": t}) + "\n" for t in lines))
    status, _, err = run(capsys, tmp_path, "--story", "feed.jsonl")
    assert status == 2
    assert err.endswith("by that name (a file of 2 articles: name one, as feed.jsonl#1)\n")
    assert run(capsys, tmp_path, "--story", "feed.jsonl#1")[0] == 0


def test_dask_left_out_of_the_build_is_said_not_a_traceback(monkeypatch, capsys, tmp_path):
    """The packaged app leaves wirediff.scale out: --engine dask was a ModuleNotFoundError
    traceback (exit 1). Found by fuzzing the packaged app."""
    import sys

    monkeypatch.setitem(sys.modules, "wirediff.scale", None)  # importing it raises ImportError
    code = main(["stories", str(tmp_path), "--engine", "dask"])
    err = capsys.readouterr().err
    assert code == 2 and "not part of this build" in err and "Traceback" not in err


def test_base_names_the_base_of_the_story(tmp_path, council, capsys):
    """As b in the app: the table is against the base named."""
    status, out, err = run(
        capsys, council, "--story", "0", "--base", "c_added.txt", "--format", "json"
    )
    assert status == 0, err
    data = json.loads(out)
    assert data["base"]["path"] == "c_added.txt"
    assert "a_base.txt" in [c["path"] for c in data["columns"]]


def test_a_name_typed_composed_finds_a_file_named_decomposed(tmp_path, council, capsys):
    """macOS writes "café" decomposed (e + U+0301); typed, it is composed: "no document"."""
    (council / "a_base.txt").rename(council / "cafe\u0301.txt")
    status, out, err = run(capsys, council, "--story", "caf\u00e9.txt", "--format", "json")
    assert status == 0, err
    assert json.loads(out)["base"]["path"] == "cafe\u0301.txt"


@pytest.fixture
def terminal(monkeypatch):
    """stdout is a terminal (as ``script`` would give), 100 columns."""
    monkeypatch.setattr("wirediff.commands.text_args.is_terminal", lambda stream: True)
    monkeypatch.setenv("COLUMNS", "100")


def test_text_at_a_terminal_is_each_unit_then_what_each_version_did(capsys, council, terminal):
    status, out, err = run(capsys, council, "--story", "a_base.txt", "--color", "never")
    assert status == 0, err
    assert "<html" not in out.lower() and max(len(line) for line in out.splitlines()) <= 100
    # The key names each version by its file, and how much of the base it kept.
    assert re.search(r"^  base  a_base\.txt", out, re.M)
    key = dict(re.findall(r"^  (v\d)    (\w+)\.txt .*kept \d+% of the base", out, re.M))
    trim, added = (next(v for v, name in key.items() if name == n) for n in ("b_trim", "c_added"))
    rows = out.split("─" * 80 + "\n", 1)[1].split("\n\n")
    first = next(r for r in rows if "Tuesday" in r)  # P[0]: trim changed a word, added kept it
    assert re.search(rf"^ += {added}$", first, re.M)
    assert re.search(rf"^ +~ {trim} +.*\[-Tuesday-\] \{{\+Wednesday\+\}}", first, re.M)
    cut = next(r for r in rows if P[4][:30] in r)  # trim dropped the last paragraph
    assert re.search(rf"^ +- {trim}$", cut, re.M) and re.search(rf"^ += {added}$", cut, re.M)
    paragraph = next(r for r in rows if "added by 1 version:" in r)
    # Text, not markup: shown as typed.
    assert re.search(rf"^ +\+ {added} +\{{\+A paragraph <b>only</b> this & that", paragraph, re.M)


def test_text_colours_the_words_when_asked_and_never_passes_control_characters(
    tmp_path, capsys, terminal
):
    folder = hostile(tmp_path)
    status, out, err = run(capsys, folder, "--story", "0")
    assert status == 0, err
    assert "\x1b[4;34m" in out  # the added words underlined in blue (at a terminal: auto)
    assert "\u202e" not in out and "\x1b[31m" not in out and "<RLO>" in out and "␛" in out
    status, plain, _ = run(capsys, folder, "--story", "0", "--color", "never")
    assert "\x1b" not in plain and "{+" in plain


def test_text_links_a_moved_unit_both_ways(tmp_path, capsys):
    folder = tmp_path / "moved"
    write(folder, "1.txt", TITLE, *P)
    write(folder, "2.txt", TITLE, P[4], *P[:4])
    status, out, err = run(capsys, folder, "--story", "0", "--format", "text", "--width", "60")
    assert status == 0, err
    assert max(len(line) for line in out.splitlines()) <= 60
    blocks = out.split("─" * 60 + "\n", 1)[1].split("\n\n")
    row = {int(b.split()[0]): b for b in blocks if b.strip()}
    away = next(n for n, b in row.items() if re.search(r"^ +> v1 +\(moved to row \d+\)", b, re.M))
    here = next(n for n, b in row.items() if re.search(r"^ +< v1 +\(moved from row", b, re.M))
    # Each names the other's row; the unit's text is shown where it went.
    assert f"(moved to row {here})" in row[away] and f"(moved from row {away})" in row[here]
    assert P[4].split()[-1] in row[here].split("(moved from", 1)[1]


def test_text_goes_to_a_txt_file_and_html_into_a_pipe(tmp_path, capsys, council):
    out = tmp_path / "story.txt"
    assert main(["story", str(council), "--story", "0", "-o", str(out)]) == 0
    text = out.read_text(encoding="utf-8")
    assert text.startswith("wirediff story: ") and "\x1b" not in text  # no colour in a file
    status, piped, _ = run(capsys, council, "--story", "0")  # capsys: not a terminal
    assert status == 0 and piped.lstrip().lower().startswith("<!doctype html")


def test_text_keeps_its_width_with_a_name_longer_than_a_line(tmp_path, capsys):
    """A 150-character file name made key lines 164 columns wide at --width 60."""
    from wirediff.core.report.text import text_columns

    folder = tmp_path / "long"
    write(folder, "a" * 150 + ".txt", TITLE, *P)
    write(folder, "b.txt", TITLE, P[0], P[1].replace("schools", "hospitals"), *P[2:])
    status, out, err = run(capsys, folder, "--story", "0", "--format", "text", "--width", "60")
    assert status == 0, err
    assert max(text_columns(line) for line in out.splitlines()) <= 60


@pytest.mark.parametrize(("name", "value"), [("NO_COLOR", "1"), ("TERM", "dumb")])
def test_no_colour_where_the_terminal_or_the_user_says_so(
    tmp_path, capsys, terminal, monkeypatch, name, value
):
    """NO_COLOR (https://no-color.org) and a dumb terminal (Emacs's shell) had the escapes
    all the same, printed there as "^[[4;34m"; --color always still colours. Found by
    fuzzing."""
    folder = hostile(tmp_path)
    monkeypatch.setenv(name, value)
    status, out, err = run(capsys, folder, "--story", "0")
    assert status == 0, err
    assert "\x1b" not in out and "{+" in out
    status, out, _ = run(capsys, folder, "--story", "0", "--color", "always")
    assert "\x1b[4;34m" in out
