"""``wirediff stories FOLDER``: output formats, problems, exit status."""

from __future__ import annotations

import csv
import io
import json
import shutil
from collections import Counter
from pathlib import Path

import pytest

from wirediff.cli import main

SAMPLE = Path(__file__).resolve().parents[2] / "fixtures" / "us-iraq-troop-role"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """The sample corpus in a sub-folder, plus a binary and an empty file."""
    shutil.copytree(SAMPLE, tmp_path / "news" / "iraq")
    (tmp_path / "news" / "photo.txt").write_bytes(b"\x89PNG\x00\x00binary")
    (tmp_path / "news" / "empty.txt").write_text("")
    return tmp_path / "news"


def test_json_output(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", str(folder), "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    # Named and versioned as the JSON of compare, story and report (it had neither key).
    assert list(data)[:2] == ["format", "version"]
    assert (data["format"], data["version"]) == ("wirediff.stories", 1)
    assert len(data["events"]) == 1 and sorted(data["events"][0]["stories"]) == [0, 1, 2, 3]
    story = next(s for s in data["stories"] if len(s["documents"]) == 2)
    assert story["base"] == "iraq/000_95eef2de69d379ca.txt"
    base, other = story["documents"]
    assert base["path"] == story["base"] and base["is_base"] and base["similarity"] == 1.0
    assert other["path"] == "iraq/001_9961d6b741e39e46.txt"
    assert 0.2 < other["similarity"] < 0.6 and other["base_containment"] > 0.5
    assert {"id", "title", "event", "base", "documents"} <= story.keys()
    problems = {p["path"]: p for p in data["problems"]}
    assert set(problems) == {"photo.txt", "empty.txt"}
    assert all(p["reason"] and "hint" in p for p in problems.values())
    assert {p["code"] for p in problems.values()} == {"binary", "empty"}  # the stable names
    assert "photo.txt" in err and "empty.txt" in err


def test_a_base_chosen_with_base_is_its_storys(folder: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    """`stories` had no --base: its table kept the bases the app had been told otherwise
    (b), and differed from the app's own export. Found by a tester."""
    args = ["stories", str(folder), "--format", "json", "--base", "001_9961d6b741e39e46.txt"]
    assert main(args) == 0
    story = next(
        s for s in json.loads(capsys.readouterr().out)["stories"] if len(s["documents"]) == 2
    )
    assert story["base"] == "iraq/001_9961d6b741e39e46.txt"
    base, other = story["documents"]
    assert base["is_base"] and other["path"] == "iraq/000_95eef2de69d379ca.txt"
    assert other["derivation"] != "source"
    two = [*args, "--base", "000_95eef2de69d379ca.txt"]
    assert main(two) == 2
    assert "are of one story" in capsys.readouterr().err
    assert main(["stories", str(folder), "--base", "nope.txt"]) == 2
    assert "--base nope.txt: no document" in capsys.readouterr().err
    twin = folder / "other" / "001_9961d6b741e39e46.txt"  # one name in two folders
    twin.parent.mkdir()
    twin.write_text("Another text of that name, about other things entirely.", encoding="utf-8")
    assert main(["stories", str(folder), "--base", "001_9961d6b741e39e46.txt"]) == 2
    assert (
        capsys.readouterr()
        .err.rstrip()
        .endswith(
            "give its path in the folder: iraq/001_9961d6b741e39e46.txt or "
            "other/001_9961d6b741e39e46.txt"
        )
    )


def test_csv_output(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", str(folder), "--format", "csv"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert len(rows) == 5
    bases = [r["path"] for r in rows if r["is_base"] == "yes"]
    assert "iraq/000_95eef2de69d379ca.txt" in bases and len(bases) == 4
    # each row says how many versions its story has: a spreadsheet ranks stories by it
    per_story = Counter(r["story"] for r in rows)
    assert [int(r["story_versions"]) for r in rows] == [per_story[r["story"]] for r in rows]
    assert sorted(per_story.values()) == [1, 1, 1, 2]
    # each document's own title beside its path (a story's title is its base's)
    titles = {r["path"].split("/")[-1][:3]: r["title"] for r in rows}
    assert titles["004"] == "U.S. To Rethink Pulling Out Troops from Iraq"
    assert list(rows[0])[4:7] == ["path", "title", "is_base"]
    # each row names its event and its story's base, the encoding it was read in, and
    # whether the base was chosen by hand (a researcher looked them up across rows)
    assert list(rows[0])[-11:] == [
        "event_title",
        "base_path",
        "base_chosen",
        "encoding",
        "placed_by_correction",
        "derived_from",
        "names_changed",
        "file_time",
        "story_key",
        "sha256",
        "byline",  # (the app's Author column: no table carried it, a Ukraine desk's)
    ]
    (pair,) = {r["story"] for r in rows if r["story_versions"] == "2"}
    in_pair = [r for r in rows if r["story"] == pair]
    assert {r["base_path"] for r in in_pair} == {next(r["path"] for r in in_pair if r["is_base"])}
    events = {r["event"]: r["event_title"] for r in rows}
    assert all(events.values()) and {r["base_chosen"] for r in rows} == {""}
    assert {r["encoding"] for r in rows} <= {"utf-8", "utf-8 (BOM)"}
    # the date the list shows beside the date found: 004's dateline; 000 undated (its
    # date a file time), as the list says (filtered on `date`, the two disagreed)
    dates = {r["path"].split("/")[-1][:3]: (r["date_source"], r["published"]) for r in rows}
    # (with the time its date line gives, "07:12 AM, July 24, 2021", as the list shows it)
    assert dates["004"] == ("document", "2021-07-24T07:12:00")
    assert dates["000"] == ("file time", "")
    # the version's level with the sentence that says it, as the JSON and the app say it
    (version,) = [r for r in rows if r["story_versions"] == "2" and r["is_base"] != "yes"]
    assert version["derivation"] == "rewrite" and version["phrases"]
    assert version["relation"].startswith("Rewrite of ")
    assert all(r["relation"] == "" for r in rows if r["is_base"] == "yes")


def test_text_output(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", str(folder)]) == 0
    out = capsys.readouterr().out
    assert out.startswith("5 documents, 4 stories, 1 event (2 files skipped)")
    # (each version's outlet and date after its path: the summary said nothing of why a
    # version stood where it did in time order, a fact-checker's walkthrough)
    assert "* iraq/000_95eef2de69d379ca.txt · Reuters · undated  base" in out
    assert "skipped photo.txt:" in out
    # No "Event 0:", "Story 0:" (a count from 0 the app shows nowhere): the titles carry no
    # number, each line ends with the id, as the JSON's (the story's is what --story takes).
    assert "Event 0" not in out and "Story 0" not in out
    assert "\nEvent: US set to formalize readjustment of troop role in Iraq  (4 stories, " in out
    lines = [line for line in out.splitlines() if line.startswith("  Story: ")]
    assert len(lines) == 4 and lines[0].endswith("  (2 versions; id 0)")
    assert sorted(line.rsplit("; id ", 1)[1] for line in lines) == ["0)", "1)", "2)", "3)"]


def test_bad_arguments_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["stories", str(tmp_path / "missing")]) == 2
    assert "does not exist" in capsys.readouterr().err
    (tmp_path / "file.txt").write_text("text")
    assert main(["stories", str(tmp_path / "file.txt")]) == 2
    assert "is not a folder" in capsys.readouterr().err
    assert main(["stories", str(tmp_path), "--min-containment", "2"]) == 2
    capsys.readouterr()
    assert main(["stories", str(tmp_path), "--event-min-cosine", "abc"]) == 2
    said = capsys.readouterr().err  # (argparse named the function: "invalid _share value")
    assert "'abc' is not a number between 0 and 1" in said and "_share" not in said
    assert main(["stories", str(tmp_path), "--format", "xml"]) == 2


def test_nothing_readable_exits_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "empty.txt").write_text("")
    assert main(["stories", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert "empty.txt" in err and "no readable documents" in err


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


@pytest.mark.parametrize("fmt", ["text", "json", "csv"])
def test_an_output_inside_the_folder_or_naming_an_input_is_refused(
    folder: Path, tmp_path: Path, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """``stories FOLDER -o FOLDER/a.txt`` replaced the article with the listing, and
    ``-o FOLDER/stories.json`` was read as a document by the next run (found by a tester):
    refused before anything is read, with the words ``story`` and ``report`` use."""
    article = folder / "iraq" / "000_95eef2de69d379ca.txt"
    fixes = tmp_path / "fixes.json"
    fixes.write_text("[]")
    before, fixes_before = snapshot(folder), fixes.read_bytes()
    for out in (article, folder / "stories.json", folder / "iraq" / "new" / ".." / "x.csv"):
        assert main(["stories", str(folder), "--format", fmt, "-o", str(out)]) == 2
        assert capsys.readouterr().err == (
            f"wirediff stories: {out} is inside {folder}: write the output elsewhere (the "
            "folder is read as documents, and wirediff never writes there)\n"
        )
    args = ["stories", str(folder), "--format", fmt, "--corrections", str(fixes)]
    assert main([*args, "-o", str(fixes)]) == 2
    assert capsys.readouterr().err == (
        f"wirediff stories: {fixes} is one of the inputs: write the output elsewhere\n"
    )
    assert snapshot(folder) == before and fixes.read_bytes() == fixes_before
    assert main([*args, "-o", str(tmp_path / "out")]) == 0  # beside the folder: written
    assert (tmp_path / "out").stat().st_size > 0


def test_a_one_word_base_is_one_word(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The base's line said "1 words"."""
    (tmp_path / "a.txt").write_text("Ceasefire\n")
    assert main(["stories", str(tmp_path)]) == 0
    assert "* a.txt · undated  base, 1 word\n" in capsys.readouterr().out


def test_the_text_names_its_figures_as_shared_5_word_runs(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """It said "similarity 40%" where the app and `compare` say 37%: the grouping's estimate
    under the name of the word-by-word figure."""
    assert main(["stories", str(SAMPLE)]) == 0
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if line.strip().startswith("001_"))
    assert line.endswith(
        "shared 5-word runs 40%: 30% of its runs in the base, 58% of the base's in it"
    )
    assert "similarity" not in out


@pytest.mark.parametrize("option", [["--verbose"], ["--scheduler", "tcp://127.0.0.1:9"]])
def test_the_dask_engines_options_need_it(
    folder: Path, option: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    """--verbose without --engine dask was taken and did nothing."""
    assert main(["stories", str(folder), *option]) == 2
    assert capsys.readouterr().err == f"wirediff stories: {option[0]} needs --engine dask\n"


def test_files_set_aside_are_said_in_one_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A saved page's folders of parts printed a line each at every run (32), burying the
    files that could not be read."""
    page = folder / "iraq" / "page.html"
    page.write_text(
        "<html><body><article><p>" + "Troops stay in Iraq. " * 20 + "</p></article></body></html>"
    )
    for n in range(3):
        (folder / "iraq" / f"ad{n}.js").write_text("console.log('ad');")
    (folder / ".hidden.txt").write_text("Hidden text of a draft article.")
    assert main(["stories", str(folder), "--format", "json"]) == 0
    captured = capsys.readouterr()
    err = captured.err.splitlines()
    assert sum("photo.txt" in line for line in err) == 1  # each file not read: its own line
    assert [line for line in err if "set aside" in line] == [
        "wirediff stories: skipped 4 entries set aside on purpose (hidden or system files, a "
        "saved page's parts): --include-hidden reads them"
    ]
    codes = [p["code"] for p in json.loads(captured.out)["problems"]]
    assert codes.count("page-files") == 3 and codes.count("hidden") == 1  # listed each
