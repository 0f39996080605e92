"""The command line in scripts and cron jobs: exit statuses a job can check, keys that stay
when the folder changes, problems said in every output (a fact-checker's walkthrough)."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

import pytest

from tests import test_cli_corrections
from wirediff.cli import main
from wirediff.commands.progress import Progress

# The corrections' command-line tests' fixtures: the user's own review store never read, two
# stories of three versions, and a folder for the command's other files.
private_data_home = test_cli_corrections.private_data_home
folder = test_cli_corrections.folder
outside = test_cli_corrections.outside


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


def stories_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, Any]:
    status, out, _err = run(capsys, "stories", *args, "--format", "json")
    assert status == 0
    data: dict[str, Any] = json.loads(out)
    return data


# --- --strict --------------------------------------------------------------------------------


def test_strict_exits_1_when_part_of_the_folder_was_left_out(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exit status 0 whenever one document was read: 293 of 300 files not read, an
    unreadable file, one over --max-size looked like success to a cron job that throws
    stderr away. With --strict they exit 1 (the output still written); files set aside on
    purpose (hidden ones) do not count, and nothing left out is 0."""
    (folder / ".hidden.txt").write_text("a hidden note\n", encoding="utf-8")
    for command in (["stories", str(folder)], ["story", str(folder), "--story", "a1.txt"]):
        assert run(capsys, *command, "--strict")[0] == 0
    report = ["report", str(folder), "--story", "a1.txt", "-o", str(outside / "r.json")]
    assert run(capsys, *report, "--strict")[0] == 0
    (folder / "empty.txt").write_text("", encoding="utf-8")
    for command in (["stories", str(folder)], ["story", str(folder), "--story", "a1.txt"], report):
        assert run(capsys, *command)[0] == 0
        status, out, err = run(capsys, *command, "--strict")
        assert status == 1 and "skipped" in err and (out or command[0] == "report")
    (folder / "empty.txt").unlink()
    status, out, _err = run(capsys, "stories", str(folder), "--max-total-chars", "2000", "--strict")
    assert status == 1 and out.startswith("1 document")
    # (--engine dask takes --strict: tests/scale/test_dask.py; what it does not take is said)
    status, _out, err = run(capsys, "stories", str(folder), "--by-outlet", "--engine", "dask")
    assert status == 2 and "--by-outlet is not available with --engine dask" in err


def test_files_set_aside_are_counted_apart_and_hinted_for_the_command_line(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two hidden files gave "(2 files skipped)" beside a job --strict let pass, and the
    JSON's hints named the app's menu, "File ▸ Open files…" (a data engineer's walkthrough):
    they are counted apart, "set aside", and the hints are the command line's."""
    (folder / ".hidden.txt").write_text("a hidden note\n", encoding="utf-8")
    (folder / "~$lock.docx").write_bytes(b"x")
    status, out, _err = run(capsys, "stories", str(folder), "--strict")
    assert status == 0 and out.splitlines()[0].endswith(" (2 entries set aside)")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    status, out, _err = run(capsys, "stories", str(folder), "--strict")
    assert status == 1 and out.splitlines()[0].endswith(" (1 file skipped, 2 set aside)")
    for args in ([], ["--by-outlet"]):
        problems = stories_json(capsys, str(folder), *args)["problems"]
        hints = {p["code"]: p["hint"] for p in problems}
        assert set(hints) == {"hidden", "system", "empty"}
        assert "--include-hidden" in hints["hidden"] and "--include-hidden" in hints["system"]
        assert not any("File ▸" in hint for hint in hints.values())


def test_a_file_read_in_part_is_said_so_with_its_own_code_and_counts_for_strict(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--max-records said "skipped feed.jsonl: … only the first 5 were read", with the code
    of a file not read at all: it is "read in part: the first 5 of 10 records", code
    ``truncated``, and --strict counts it as input left out."""
    lines = (
        json.dumps({"text": f"Article {n} of the feed, its own words {n}."}) for n in range(10)
    )
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run(capsys, "stories", str(folder), "--max-records", "5", "--format", "json")
    assert status == 0 and json.loads(out)["documents"] == 6 + 5
    [problem] = json.loads(out)["problems"]
    assert (problem["path"], problem["code"]) == ("feed.jsonl", "truncated")
    assert problem["reason"] == "read in part: the first 5 of 10 records"
    assert f"{folder / 'feed.jsonl'}: read in part: the first 5 of 10 records (" in err
    assert "skipped" not in err
    status, out, _err = run(capsys, "stories", str(folder), "--max-records", "5", "--by-outlet")
    assert out.endswith("feed.jsonl: read in part: the first 5 of 10 records\n")
    # the text outline's first line: the feed read in part, not skipped (its 5 are counted)
    status, out, _err = run(capsys, "stories", str(folder), "--max-records", "5")
    assert out.splitlines()[0].endswith(" (1 file read in part)"), out.splitlines()[0]
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    status, out, _err = run(capsys, "stories", str(folder), "--max-records", "5")
    assert out.splitlines()[0].endswith(" (1 file skipped, 1 read in part)"), out
    (folder / "photo.txt").unlink()
    assert run(capsys, "stories", str(folder), "--max-records", "5", "--strict")[0] == 1
    assert run(capsys, "stories", str(folder), "--strict")[0] == 0


def test_strict_exits_1_when_the_apps_store_could_not_be_read(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from wirediff.core.review.location import default_store_path

    store = default_store_path()
    store.parent.mkdir(parents=True)
    store.write_bytes(b"garbage\n")
    assert run(capsys, "stories", str(folder))[0] == 0
    assert run(capsys, "stories", str(folder), "--strict")[0] == 1
    assert run(capsys, "stories", str(folder), "--strict", "--no-store")[0] == 0


# --- stable keys -------------------------------------------------------------------------------


def test_story_keys_and_text_hashes_stay_when_the_folder_changes(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Story ids are places, and changed for stories with the same members after a night's
    files were added, renamed and removed; the JSON and CSV give each story a ``key`` (the
    lowest SHA-256 of its texts, 16 digits) and each document its text's ``sha256`` (as
    --corrections files name it), which stay; --story takes the key."""
    import csv
    import hashlib
    import io

    first = stories_json(capsys, str(folder))
    for story in first["stories"]:
        for doc in story["documents"]:
            text = (folder / doc["path"]).read_text(encoding="utf-8")
            assert doc["sha256"] == hashlib.sha256(text.encode()).hexdigest()
        assert story["key"] == min(d["sha256"] for d in story["documents"])[:16]
    keyed = {s["key"]: {d["sha256"] for d in s["documents"]} for s in first["stories"]}
    a_key = next(
        s["key"] for s in first["stories"] if "a1.txt" in {d["path"] for d in s["documents"]}
    )
    # Renamed, and a bigger story added (it takes id 0): the keys stay with their stories.
    (folder / "a1.txt").rename(folder / "zz-renamed.txt")
    for n in range(4, 7):
        (folder / f"b{n}.txt").write_text((folder / "b3.txt").read_text() + f"\nMore {n}.\n")
    second = stories_json(capsys, str(folder))
    moved = {s["key"]: {d["sha256"] for d in s["documents"]} for s in second["stories"]}
    assert moved[a_key] == keyed[a_key]
    status, out, _err = run(capsys, "story", str(folder), "--story", a_key, "--format", "json")
    assert status == 0 and json.loads(out)["base"]["path"].endswith(("a3.txt", "zz-renamed.txt"))
    # The CSV has them too, last.
    status, out, _err = run(capsys, "stories", str(folder), "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(out)))
    assert list(rows[0])[-3:-1] == ["story_key", "sha256"]
    by_json = {
        d["path"]: (s["key"], d["sha256"]) for s in second["stories"] for d in s["documents"]
    }
    assert {r["path"]: (r["story_key"], r["sha256"]) for r in rows} == by_json


def test_two_stories_of_one_text_keep_their_keys_when_a_rename_swaps_their_ids(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two stories share their lowest text (one text split apart by a correction): which
    was ``KEY-2`` followed the ids, and a rename alone swapped them, so a script's saved
    ``KEY-2`` named the other story, with no error (a review). They are told apart by
    their texts now: the ids swap, the keys stay."""
    import hashlib
    import shutil

    def sha(path: Path) -> str:
        return hashlib.sha256(path.read_text(encoding="utf-8").encode()).hexdigest()

    low, moved, _other = sorted(["a1.txt", "a2.txt", "a3.txt"], key=lambda n: sha(folder / n))
    shutil.copy(folder / low, folder / "copy.txt")  # (its story's lowest text, twice)

    def keyed(original: str) -> dict[str, tuple[int, frozenset[str]]]:
        corrections = outside / "corrections.json"
        corrections.write_text(
            json.dumps(
                [
                    {"kind": "apart", "a": {"path": original}, "b": {"path": "copy.txt"}},
                    {"kind": "move", "doc": {"path": moved}, "to": {"path": "copy.txt"}},
                ]
            ),
            encoding="utf-8",
        )
        data = stories_json(capsys, str(folder), "--corrections", str(corrections))
        return {
            s["key"]: (s["id"], frozenset(d["sha256"] for d in s["documents"]))
            for s in data["stories"]
        }

    before = keyed(low)
    key = sha(folder / low)[:16]
    assert {key, f"{key}-2"} <= set(before)
    (folder / low).rename(folder / "0-renamed.txt")
    after = keyed("0-renamed.txt")
    ids_before = {texts: id_ for id_, texts in before.values()}
    ids_after = {texts: id_ for id_, texts in after.values()}
    assert ids_after != ids_before  # (the ids did swap: the case this is about)
    assert {k: texts for k, (_id, texts) in after.items()} == {
        k: texts for k, (_id, texts) in before.items()
    }


def test_story_takes_a_key_in_either_case_and_says_when_no_story_has_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A key typed in capitals was looked for as a file name, and a stale key was said to
    be "no document of FOLDER by that name" (a review)."""
    story = stories_json(capsys, str(folder))["stories"][1]
    key = story["key"]
    for typed in (key, key.upper()):
        status, out, _err = run(capsys, "story", str(folder), "--story", typed, "--format", "json")
        assert status == 0 and json.loads(out)["story"] == story["id"]
    stale = "0123456789abcdef" if key != "0123456789abcdef" else "fedcba9876543210"
    for typed in (stale, stale.upper(), f"{key}-2"):
        status, _out, err = run(capsys, "story", str(folder), "--story", typed)
        assert status == 2 and f"--story {typed}: no story of {folder} has that key" in err
    status, _out, err = run(capsys, "story", str(folder), "--story", "a9.txt")
    assert status == 2 and "no document of" in err  # (a name: as before)


def test_the_report_csv_leaves_an_undated_documents_date_empty_as_stories_does(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The report's CSV wrote "undated" in its date column, which then neither sorted nor
    parsed as dates, where the stories CSV leaves it empty."""
    import csv

    out = outside / "r.csv"
    assert run(capsys, "report", str(folder), "--story", "a1.txt", "-o", str(out))[0] == 0
    rows = list(csv.reader(out.read_text(encoding="utf-8-sig").splitlines()))
    head = rows[0]
    versions = [r for r in rows[1:] if len(r) == len(head) and r[head.index("level")]]
    assert len(versions) == 3
    assert {r[head.index("date")] for r in versions} == {""}
    _status, table, _err = run(capsys, "stories", str(folder), "--format", "csv")
    stories_rows = list(csv.DictReader(table.splitlines()))
    assert {r["date"] for r in stories_rows} == {""}


def test_the_by_outlet_table_says_the_files_left_out(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`--by-outlet` said nothing of a file skipped: its JSON had only the outlets and the
    total. It has the stories JSON's folder, documents and problems; the text table ends
    with a line per file left out; the CSV stays a table (stderr and --strict say them)."""
    (folder / "empty.txt").write_text("", encoding="utf-8")
    data = stories_json(capsys, str(folder), "--by-outlet")
    assert (data["folder"], data["documents"]) == (str(folder), 6)
    assert [(p["path"], p["code"]) for p in data["problems"]] == [("empty.txt", "empty")]
    assert {"outlets", "total"} <= set(data)
    status, out, err = run(capsys, "stories", str(folder), "--by-outlet")
    assert status == 0 and out.splitlines()[-1].startswith("skipped empty.txt: ")
    assert "empty.txt" in err


# --- exact paths ---------------------------------------------------------------------------


def test_the_csv_keeps_a_tab_in_a_file_name_and_marks_a_dash_as_documented(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A file name's tab became a space in the CSV's path, which then named no file: it is
    kept, in the quoted cell. A name starting with "-" keeps its guard mark (Excel would run
    the cell, or show #NAME?): the JSON gives the exact name."""
    import csv
    import io

    (folder / "a2.txt").rename(folder / "tab\tname.txt")
    (folder / "a3.txt").rename(folder / "-dash-start.txt")
    status, out, _err = run(capsys, "stories", str(folder), "--format", "csv")
    paths = {r["path"] for r in csv.DictReader(io.StringIO(out, newline=""))}
    assert status == 0 and {"tab\tname.txt", "'-dash-start.txt"} <= paths
    named = {
        d["path"] for s in stories_json(capsys, str(folder))["stories"] for d in s["documents"]
    }
    assert {"tab\tname.txt", "-dash-start.txt"} <= named
    assert all((folder / p).is_file() for p in named)


def test_the_by_outlet_json_says_the_store_it_could_not_read_as_the_stories_json_does(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """With the app's review store unreadable, `--strict --by-outlet` exited 1 and its JSON
    said nothing of why: the stories JSON's ``corrections`` (the store and why it was not
    read) is in it, and so are the corrections a --corrections file applied (a review)."""
    from wirediff.core.review.location import default_store_path

    store = default_store_path()
    store.parent.mkdir(parents=True)
    store.write_bytes(b"garbage\n")
    stories = stories_json(capsys, str(folder))["corrections"]
    assert stories["store"] == str(store) and stories["unread"]
    data = stories_json(capsys, str(folder), "--by-outlet")
    assert data["corrections"] == stories
    status, _out, _err = run(capsys, "stories", str(folder), "--by-outlet", "--strict")
    assert status == 1
    corrections = outside / "corrections.json"
    corrections.write_text(
        json.dumps([{"kind": "apart", "a": {"path": "a1.txt"}, "b": {"path": "a2.txt"}}]),
        encoding="utf-8",
    )
    given = ("--corrections", str(corrections))
    by_outlet = stories_json(capsys, str(folder), "--by-outlet", *given)["corrections"]
    assert by_outlet == stories_json(capsys, str(folder), *given)["corrections"]
    assert (by_outlet["file"], by_outlet["applied"]) == (str(corrections), 1)
    store.unlink()  # (no store, no file: no field, as in the stories JSON)
    assert "corrections" not in stories_json(capsys, str(folder), "--by-outlet")


def test_the_byline_read_is_in_every_table(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app's Author column was in no export: a Ukraine desk's walkthrough looked for it
    in the stories' CSV and JSON and the report's versions table."""
    a1 = folder / "a1.txt"
    a1.write_text("By Olena Kovalenko\n\n" + a1.read_text(encoding="utf-8"), encoding="utf-8")
    data = stories_json(capsys, str(folder))
    bylines = {d["path"]: d["byline"] for s in data["stories"] for d in s["documents"]}
    assert bylines["a1.txt"] == "Olena Kovalenko" and bylines["a2.txt"] == ""
    status, out, _err = run(capsys, "stories", str(folder), "--format", "csv")
    rows = {row["path"]: row for row in csv.DictReader(io.StringIO(out))}
    assert status == 0 and rows["a1.txt"]["byline"] == "Olena Kovalenko"
    report = outside / "r.csv"
    assert run(capsys, "report", str(folder), "--story", "a1.txt", "-o", str(report))[0] == 0
    table = report.read_text(encoding="utf-8-sig").split("\n\n")[0]
    versions = {r["version"]: r for r in csv.DictReader(io.StringIO(table))}
    assert versions["a1.txt"]["byline"] == "Olena Kovalenko"


# --- the work under way on a redirected stderr ---------------------------------------------


class Clock:
    """A clock the test moves on."""

    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_long_run_says_its_steps_on_a_redirected_stderr(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A redirected stderr (a cron job's log) got nothing for 17 minutes of grouping a
    month of feed (a media-monitoring analyst's walkthrough): once the run has taken 10 s,
    a plain line at each step and at most every 30 s within one; nothing before, so a short
    run's stderr stays its problems alone; no carriage returns or escapes."""
    clock = Clock()
    progress = Progress("wirediff stories", rewrite=False, clock=clock)
    progress.say("reading", "reading files (100/900)")
    clock.now += 9.0
    progress.say("reading", "reading files (800/900)")
    assert capsys.readouterr().err == ""
    clock.now += 2.0  # 11 s in
    progress.say("reading", "reading files (900/900)")
    progress.say("reading", "reading files (900/900)")
    progress.say("lines", "grouping, step 1 of 6: reading lines (0/900)")
    clock.now += 20.0
    progress.say("lines", "grouping, step 1 of 6: reading lines (400/900)")
    clock.now += 11.0
    progress.say("lines", "grouping, step 1 of 6: reading lines (800/900)")
    progress.clear()
    assert capsys.readouterr().err == (
        "wirediff stories: reading files (900/900)\n"
        "wirediff stories: grouping, step 1 of 6: reading lines (0/900)\n"
        "wirediff stories: grouping, step 1 of 6: reading lines (800/900)\n"
    )


def test_a_step_is_said_again_as_it_ends_so_a_log_shows_it_done(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """A cron job's log held each step's first line alone, "weighing candidate pairs
    (0/286)", and never showed the step done (a data engineer's walkthrough): as the next
    step begins, or the work finishes, the step's line is written with its figures at the
    end; not twice, and not in a short run."""
    clock = Clock()
    progress = Progress("wirediff stories", rewrite=False, clock=clock)
    progress.say("lines", "step 1 of 6: reading lines (0/9)", "step 1 of 6: reading lines (9/9)")
    clock.now += 11.0
    progress.say("pairs", "step 4 of 6: weighing candidate pairs (0/286)")
    clock.now += 5.0
    progress.say("pairs", "step 4 of 6: weighing candidate pairs (286/286)")
    progress.say("stories", "step 5 of 6: stories (0/9)", "step 5 of 6: stories (9/9)")
    clock.now += 40.0
    progress.say("stories", "step 5 of 6: stories (9/9)", "step 5 of 6: stories (9/9)")
    progress.finish()
    progress.finish()
    assert capsys.readouterr().err == (
        "wirediff stories: step 1 of 6: reading lines (9/9)\n"
        "wirediff stories: step 4 of 6: weighing candidate pairs (0/286)\n"
        "wirediff stories: step 4 of 6: weighing candidate pairs (286/286)\n"
        "wirediff stories: step 5 of 6: stories (0/9)\n"
        "wirediff stories: step 5 of 6: stories (9/9)\n"
    )
    short = Progress("wirediff stories", rewrite=False, clock=clock)
    short.say("lines", "step 1 of 6: reading lines (0/9)", "step 1 of 6: reading lines (9/9)")
    short.finish()
    assert capsys.readouterr().err == ""


def test_the_stories_command_says_its_work_redirected_unless_no_progress(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The command's reading, grouping steps and derivations, each said on a line of its
    own once the run is long (here at once); ``--no-progress`` says none of them."""
    status, out, err = run(capsys, "stories", str(folder))
    assert status == 0 and out and err == ""  # a short run: as before
    monkeypatch.setattr("wirediff.commands.progress.QUIET_FOR", 0.0)
    status, out, err = run(capsys, "stories", str(folder))
    lines = err.splitlines()
    assert status == 0 and out.startswith("6 documents")
    assert lines[0] == "wirediff stories: reading files (6/6)"
    assert "wirediff stories: grouping, step 1 of 6: " in err
    assert "wirediff stories: grouping, step 6 of 6: grouping events " in err
    assert "telling how each version was made" in err
    # each step's last line says it done (its first, "(0/6)", was the log's only one)
    steps = {re.sub(r" \(.*", "", line) for line in lines if " of 6: " in line}
    assert len(steps) >= 5
    for step in steps:
        said = [line for line in lines if line.startswith(f"{step} (")]
        assert re.search(r"\((\d+)/\1\)$", said[-1]), said
    assert re.search(r"made \((\d+)/\1 stories\)$", lines[-1]), lines[-1]
    assert all(line.startswith("wirediff stories: ") for line in lines)
    assert "\r" not in err and "\x1b" not in err
    assert run(capsys, "stories", str(folder), "--no-progress") == (0, out, "")


def test_the_json_says_the_folder_as_given_and_its_absolute_root(
    folder: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """``stories . --format json`` wrote ``"folder": "."``, and an archived JSON did not
    say which folder it described (a data engineer's walkthrough): ``root`` says it, as the
    Dask engine's summary does; ``folder`` stays the argument as typed."""
    monkeypatch.chdir(folder)
    for args in ([], ["--by-outlet"]):
        data = stories_json(capsys, ".", *args)
        assert (data["folder"], data["root"]) == (".", str(folder.absolute()))
