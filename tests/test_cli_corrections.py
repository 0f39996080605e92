"""Story corrections on the command line: a file of them (``--corrections``) or those the app
keeps for the folder in the review store, applied alike by `stories`, `report --story` and
`story`; a correction that cannot apply is said, not dropped in silence."""

from __future__ import annotations

import json
import os
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from tests.core.review.helpers import hostile_rows
from tests.core.stories.helpers import write_two_stories
from wirediff.cli import main
from wirediff.core.reading import load_paths
from wirediff.core.review import ReviewStore
from wirediff.core.review.location import default_store_path
from wirediff.core.stories import Correction, DocKey, Move, Split, doc_key
from wirediff.core.stories.corrections import PAYLOAD_VERSION, to_data

A_STORY = {"a1.txt", "a2.txt", "a3.txt"}
MOVED = {"a3.txt", "b1.txt", "b2.txt", "b3.txt"}  # b's story once a3 is moved there


@pytest.fixture(autouse=True)
def private_data_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Never read the user's own review store: the default one lives in a folder of its own."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg"))
    monkeypatch.setenv("HOME", str(home))


@pytest.fixture
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stories of three versions each (an original, a trimmed and a padded copy)."""
    return write_two_stories(tmp_path_factory.mktemp("news"))


@pytest.fixture
def outside(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder for the command's other files (the store, corrections, outputs)."""
    return tmp_path_factory.mktemp("outside")


def key(folder: Path, name: str) -> DocKey:
    (doc,) = [d for d in load_paths([folder]).documents if d.path.name == name]
    return doc_key(doc, Path(os.path.realpath(folder)))


def move_a3(folder: Path) -> Move:
    return Move(key(folder, "a3.txt"), key(folder, "b1.txt"))


def write_corrections(path: Path, data: Any, *, bom: bool = False) -> Path:
    text = json.dumps(data)
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode("utf-8"))
    return path


def keep_in_store(store: Path, folder_key: str, corrections: list[Correction]) -> None:
    """Keep ``corrections`` as the app does: under the folder's real path, with the hashes
    of the texts they name."""
    with ReviewStore.open(store) as opened:
        for correction, payload in zip(corrections, to_data(corrections), strict=True):
            assert isinstance(correction, Move)
            hashes = [correction.doc.sha256, correction.to.sha256]
            opened.add_correction(folder_key, str(payload["kind"]), hashes, payload)


def stories_json(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[dict[str, Any], str]:
    """``wirediff stories ... --format json``: its JSON and its stderr."""
    assert main(["stories", *args, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data: dict[str, Any] = json.loads(out)
    return data, err


def groups(data: dict[str, Any]) -> set[frozenset[str]]:
    return {frozenset(d["path"] for d in s["documents"]) for s in data["stories"]}


# --- wirediff stories --corrections --------------------------------------------------------


def test_stories_says_each_correction_naming_documents_not_in_the_folder(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A typo, a path outside the folder, an empty path: each entry said on stderr, one line
    naming the file, the entry and what it names that is not there; the others apply, exit
    0, and the JSON counts them (found by a tester: they were dropped in silence)."""
    b1 = key(folder, "b1.txt")
    entries = [
        {"kind": "same", "a": {"path": "a1.txt"}, "b": {"path": "a2.txt"}},
        {"kind": "same", "a": {"path": "/etc/passwd"}, "b": {"path": "b1.txt"}},
        to_data([move_a3(folder)])[0],
        {"kind": "move", "doc": {"path": "a9.txt"}, "to": {"path": "b9.txt"}},
        {"kind": "apart", "a": {"sha256": "0" * 64, "path": ""}, "b": {"path": "b2.txt"}},
        {"kind": "split", "docs": [{"path": "x.txt"}, {"path": "y.txt"}, {"path": "z.txt"}]},
    ]
    file = write_corrections(outside / "corrections.json", entries)
    data, stderr = stories_json(capsys, str(folder), "--corrections", str(file))
    assert frozenset(MOVED) in groups(data)  # the sound entries applied
    err = stderr.splitlines()
    said = f"wirediff stories: {file}: entry"
    assert err == [
        f"{said} 2 not applied: /etc/passwd is not in the folder",
        f"{said} 4 not applied: a9.txt and b9.txt are not in the folder",
        f"{said} 5 not applied: the text of sha256 000000000000… is not in the folder",
        f"{said} 6 not applied: x.txt, y.txt and z.txt are not in the folder",
    ]
    assert data["corrections"] == {
        "file": str(file),
        "entries": 6,
        "applied": 2,
        "not_applied": [
            {"entry": 2, "missing": [{"sha256": "", "path": "/etc/passwd"}], "one_document": []},
            {
                "entry": 4,
                "missing": [{"sha256": "", "path": p} for p in ("a9.txt", "b9.txt")],
                "one_document": [],
            },
            {"entry": 5, "missing": [{"sha256": "0" * 64, "path": ""}], "one_document": []},
            {
                "entry": 6,
                "missing": [{"sha256": "", "path": p} for p in ("x.txt", "y.txt", "z.txt")],
                "one_document": [],
            },
        ],
    }
    assert data["format"] == "wirediff.stories" and data["version"] == 1
    assert b1.path == "b1.txt"
    # Without --corrections the JSON is as it was.
    assert "corrections" not in stories_json(capsys, str(folder))[0]


def test_stories_says_a_correction_naming_one_document_by_two_keys_is_not_applied(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Its hash and its path: different keys, one file. The apart did nothing and was
    counted applied. Found by fuzzing."""
    a1 = key(folder, "a1.txt")
    entries = [
        {"kind": "apart", "a": {"sha256": a1.sha256}, "b": {"path": "a1.txt"}},
        to_data([Move(DocKey("", "a3.txt"), DocKey(key(folder, "a3.txt").sha256, ""))])[0],
        to_data([move_a3(folder)])[0],
    ]
    file = write_corrections(outside / "corrections.json", entries)
    data, stderr = stories_json(capsys, str(folder), "--corrections", str(file))
    assert MOVED in groups(data)
    text = f"the text of sha256 {a1.sha256[:12]}…"
    a3 = f"the text of sha256 {key(folder, 'a3.txt').sha256[:12]}…"
    assert stderr.splitlines() == [
        f"wirediff stories: {file}: entry 1 not applied: {text} and a1.txt name one document",
        f"wirediff stories: {file}: entry 2 not applied: a3.txt and {a3} name one document",
    ]
    said = data["corrections"]
    assert (said["entries"], said["applied"]) == (3, 1)
    assert said["not_applied"][0] == {
        "entry": 1,
        "missing": [],
        "one_document": [{"sha256": a1.sha256, "path": ""}, {"sha256": "", "path": "a1.txt"}],
    }


def test_stories_reads_a_corrections_file_starting_with_a_bom(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Windows Notepad saves UTF-8 with a byte-order mark: it was "not valid JSON (line 1,
    column 1)"."""
    file = write_corrections(outside / "notepad.json", to_data([move_a3(folder)]), bom=True)
    data, err = stories_json(capsys, str(folder), "--corrections", str(file))
    assert frozenset(MOVED) in groups(data) and err == ""
    # Past the mark, a broken file is still said where it breaks, as the user counts.
    (outside / "broken.json").write_bytes(b"\xef\xbb\xbf[{")
    assert main(["stories", str(folder), "--corrections", str(outside / "broken.json")]) == 2
    assert capsys.readouterr().err == (
        f"wirediff stories: cannot read corrections from {outside / 'broken.json'}: not valid "
        "JSON (line 1, column 3)\n"
    )


@pytest.mark.parametrize(
    ("entry", "reason"),
    [
        ({"kind": "same", "a": {"path": 5}, "b": {"path": "b1.txt"}}, "not a document key"),
        ({"kind": "split", "docs": [{"sha256": None}]}, "not a document key"),
        ({"kind": "merge", "text": "x" * 1_000_000}, "unknown correction"),
        ({"kind": "same", "a": ["\u202e" + "A" * 1_000_000], "b": {}}, "not a document key"),
        ({"kind": "move", "doc": {"path": "a1.txt"}, "to": {"path": "b1"}, "also": "x"}, "also"),
    ],
)
def test_stories_refuses_an_entry_of_the_wrong_shape_in_one_line_naming_it(
    folder: Path,
    outside: Path,
    capsys: pytest.CaptureFixture[str],
    entry: dict[str, Any],
    reason: str,
) -> None:
    """Keys that are not text, a megabyte entry: one short line naming the file and the
    entry, status 2."""
    sound = to_data([move_a3(folder)])[0]
    file = write_corrections(outside / "corrections.json", [sound, entry])
    assert main(["stories", str(folder), "--corrections", str(file)]) == 2
    out = capsys.readouterr()
    assert out.out == ""
    (line,) = out.err.splitlines()
    assert line.startswith(f"wirediff stories: cannot read corrections from {file}: entry 2: ")
    assert reason in line and len(line) < 400
    assert "\u202e" not in line  # shown, not obeyed


# --- wirediff report --story and wirediff story --------------------------------------------


def report_story(outside: Path, *args: str) -> tuple[str, set[str]]:
    """``wirediff report ... -o OUT.json``: the report's title and the files it compares."""
    out = outside / "report.json"
    assert main(["report", *args, "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8-sig"))
    files = [Path(f["path"]).name for f in data["files"]]
    compared = {files[c["version"]["file"]] for c in data["comparisons"]}
    compared |= {files[c["base"]["file"]] for c in data["comparisons"]}
    return str(data["title"]), compared


def story_table(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, set[str], str]:
    """``wirediff story ... --format json``: the story's number, its versions, the stderr."""
    assert main(["story", *args, "--format", "json"]) == 0
    out, err = capsys.readouterr()
    data = json.loads(out)
    names = {Path(data["base"]["path"]).name} | {Path(c["path"]).name for c in data["columns"]}
    return int(data["story"]), names, err


def test_report_and_story_apply_the_corrections_kept_in_the_review_store(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The app keeps a folder's corrections in the review store under its real path; the
    story report and the story table group the folder with them, as the app's story export
    does (found by a tester: they showed the automatic grouping)."""
    store = outside / "review.sqlite3"
    keep_in_store(store, os.path.realpath(folder), [move_a3(folder)])
    title, compared = report_story(outside, str(folder), "--story", "a3.txt", "--store", str(store))
    assert compared == MOVED
    number, names, _ = story_table(capsys, str(folder), "--story", "a3.txt", "--store", str(store))
    assert names == MOVED
    # The story numbers are those of `stories --corrections` with the same corrections.
    file = write_corrections(outside / "corrections.json", to_data([move_a3(folder)]))
    data = stories_json(capsys, str(folder), "--corrections", str(file))[0]
    (listed,) = [s for s in data["stories"] if "a3.txt" in {d["path"] for d in s["documents"]}]
    assert title == f"Story: {listed['title']}" and number == listed["id"]  # no number
    by_number = report_story(outside, str(folder), "--story", str(number), "--store", str(store))
    assert by_number[1] == MOVED
    # --no-store: no flags, notes, nor corrections.
    assert report_story(outside, str(folder), "--story", "a3.txt", "--no-store")[1] == A_STORY
    assert story_table(capsys, str(folder), "--story", "a3.txt", "--no-store")[1] == A_STORY


def test_stories_groups_with_the_corrections_kept_in_the_review_store(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """As the app, `report --story` and `story` do (it listed the automatic grouping, so its
    story numbers and members differed from the app's); the JSON says where they came from;
    --no-store and --corrections leave the store's out; the default store too."""
    store = outside / "review.sqlite3"
    keep_in_store(store, os.path.realpath(folder), [move_a3(folder)])
    data, err = stories_json(capsys, str(folder), "--store", str(store))
    assert MOVED in groups(data)
    # (said on a redirected stderr too: a pipeline's table changed, and nothing said why)
    assert err.endswith(
        "1 correction of the grouping kept in the review store applied "
        "(--no-store groups without them)\n"
    )
    said = data["corrections"]
    assert said["store"] == str(store) and (said["entries"], said["applied"]) == (1, 1)
    assert said["not_applied"] == []
    data = stories_json(capsys, str(folder), "--store", str(store), "--no-store")[0]
    assert A_STORY in groups(data) and "corrections" not in data
    none = write_corrections(outside / "none.json", [])
    data = stories_json(capsys, str(folder), "--store", str(store), "--corrections", str(none))[0]
    assert A_STORY in groups(data) and data["corrections"]["file"] == str(none)
    default = default_store_path()
    default.parent.mkdir(parents=True)
    keep_in_store(default, os.path.realpath(folder), [move_a3(folder)])
    assert MOVED in groups(stories_json(capsys, str(folder))[0])
    # The text output too; the store is never an output, nor read with --engine dask.
    assert main(["stories", str(folder), "-o", str(default)]) == 2
    assert "is the review store" in capsys.readouterr()[1]
    assert main(["stories", str(folder), "--engine", "dask", "--store", str(store)]) == 2
    assert "--store is not available with --engine dask" in capsys.readouterr()[1]


def test_a_corrections_file_wins_over_the_stores(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = outside / "review.sqlite3"
    keep_in_store(store, os.path.realpath(folder), [move_a3(folder)])
    none = write_corrections(outside / "none.json", [])
    args = [str(folder), "--story", "a3.txt", "--store", str(store), "--corrections", str(none)]
    assert report_story(outside, *args)[1] == A_STORY
    assert story_table(capsys, *args)[1] == A_STORY
    move = write_corrections(outside / "move.json", to_data([move_a3(folder)]), bom=True)
    args = [str(folder), "--story", "a3.txt", "--no-store", "--corrections", str(move)]
    assert report_story(outside, *args)[1] == MOVED
    assert story_table(capsys, *args)[1] == MOVED


def test_a_folder_named_through_a_link_finds_the_corrections_of_its_real_path(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    link = outside / "link"
    link.symlink_to(folder)
    store = outside / "review.sqlite3"
    keep_in_store(store, os.path.realpath(folder), [move_a3(folder)])
    assert report_story(outside, str(link), "--story", "a3.txt", "--store", str(store))[1] == MOVED
    assert story_table(capsys, str(link), "--story", "a3.txt", "--store", str(store))[1] == MOVED


def test_corrections_not_applied_or_unreadable_are_said_naming_the_store(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = outside / "review.sqlite3"
    gone = Move(DocKey("0" * 64, "gone.txt"), key(folder, "b1.txt"))
    keep_in_store(store, os.path.realpath(folder), [gone, move_a3(folder)])
    with ReviewStore.open(store) as opened:  # corrections of a newer wirediff
        opened.add_correction(os.path.realpath(folder), "merge", [], {"kind": "merge"})
        # A payload of the shape ours have, kept as a version past ours: it was read as one
        # of ours and applied (found by fuzzing). Had it been, a3 would be back in a's story.
        (back,) = to_data([Move(key(folder, "a3.txt"), key(folder, "a1.txt"))])
        newer = PAYLOAD_VERSION + 1
        opened.add_correction(os.path.realpath(folder), "move", [], back, payload_version=newer)
    args = [str(folder), "--story", "a3.txt", "--store", str(store)]
    assert report_story(outside, *args)[1] == MOVED
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"wirediff report: 2 story corrections of {folder} could not be read from the review "
        f"store {store} (damaged, or written by a newer wirediff): not applied",
        f"wirediff report: the review store {store}: story correction 1 of {folder} not "
        "applied: gone.txt is not in the folder",
    ]
    _, names, stderr = story_table(capsys, *args)
    assert names == MOVED
    assert stderr.replace("wirediff story:", "wirediff report:").splitlines() == err


def test_a_store_of_rows_nested_too_deeply_or_of_a_bad_version_costs_only_those_rows(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Found by fuzzing: a payload or anchor of "[" nested 100,000 deep raised
    RecursionError, a payload_version 'abc' ValueError, in every command reading the store.
    The rows are damaged: said, not applied, left in the file; the command goes on."""
    store = outside / "review.sqlite3"
    keep_in_store(store, os.path.realpath(folder), [move_a3(folder)] * 3)
    hostile_rows(store)
    before = store.read_bytes()
    data, err = stories_json(capsys, str(folder), "--store", str(store))
    assert MOVED in groups(data)  # the third row applies
    assert (data["corrections"]["entries"], data["corrections"]["applied"]) == (1, 1)
    assert err.splitlines() == [
        f"wirediff stories: The review store {store} holds the flags or notes of 1 change "
        "(listed as orphaned) and 2 story corrections (not applied) that could not be read: "
        "damaged, they were left in the file as they are.",
        f"wirediff stories: 2 story corrections of {folder} could not be read from the review "
        f"store {store} (damaged, or written by a newer wirediff): not applied",
        "wirediff stories: 1 correction of the grouping kept in the review store applied "
        "(--no-store groups without them)",
    ]
    args = [str(folder), "--story", "a3.txt", "--store", str(store)]
    assert report_story(outside, *args)[1] == MOVED
    capsys.readouterr()
    out = outside / "findings.json"
    assert main(["report", str(folder), "--store", str(store), "-o", str(out)]) == 0
    assert "1 change (listed as orphaned)" in capsys.readouterr().err
    assert store.read_bytes() == before


def test_an_empty_store_file_is_no_store_and_stays_empty(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The commands only read the store: a zero-byte --store was made a store (its tables
    written into a file the user named), where a missing one is said and not created.
    Found by fuzzing. An empty file at the app's place is passed over in silence, as none
    there is."""
    empty = outside / "empty.sqlite3"
    empty.touch()
    said = f"no review store at {empty} (an empty file, left as it is)"
    data, err = stories_json(capsys, str(folder), "--store", str(empty))
    assert "corrections" not in data
    assert err == f"wirediff stories: {said}; grouping without story corrections\n"
    assert story_table(capsys, str(folder), "--story", "a3.txt", "--store", str(empty))[1:] == (
        A_STORY,
        f"wirediff story: {said}; grouping without story corrections\n",
    )
    assert report_story(outside, str(folder), "--story", "a3.txt", "--store", str(empty))[1]
    assert capsys.readouterr().err == (
        f"wirediff report: {said}; reporting without flags and notes\n"
    )
    default = default_store_path()
    default.parent.mkdir(parents=True)
    default.touch()
    assert stories_json(capsys, str(folder))[1] == ""
    assert empty.stat().st_size == 0 and default.stat().st_size == 0
    assert sorted(p.name for p in outside.iterdir() if "sqlite3" in p.name) == [empty.name]


def test_a_stored_correction_that_says_nothing_is_said_not_applied(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty split in the store (a hand-edited row) was taken and applied, unsaid."""
    store = outside / "review.sqlite3"
    keep_in_store(store, os.path.realpath(folder), [move_a3(folder)])
    with ReviewStore.open(store) as opened:
        opened.add_correction(os.path.realpath(folder), "split", [], {"kind": "split", "docs": []})
    args = [str(folder), "--story", "a3.txt", "--store", str(store)]
    assert report_story(outside, *args)[1] == MOVED
    assert capsys.readouterr().err.splitlines() == [
        f"wirediff report: the review store {store}: a story correction of {folder} not "
        "applied: a split names no document: it needs one at least"
    ]


def test_the_corrections_of_a_folder_moved_away_are_read_not_moved(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A folder renamed since the app last opened it: its corrections are still kept under
    the old name; the app takes them over when it opens it. The command applies them and
    leaves the store as it is."""
    store = outside / "review.sqlite3"
    keep_in_store(store, str(outside / "old-name"), [move_a3(folder)])
    args = [str(folder), "--story", "a3.txt", "--store", str(store)]
    assert report_story(outside, *args)[1] == MOVED
    assert capsys.readouterr().err == (
        f"wirediff report: story corrections of {outside / 'old-name'} applied: the folder was "
        "moved from there (the app keeps them for it when it opens it)\n"
    )
    with ReviewStore.open(store) as opened:
        assert set(opened.correction_folders()) == {str(outside / "old-name")}


def test_report_corrections_go_with_a_story(folder: Path, outside: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    file = write_corrections(outside / "corrections.json", [])
    out = outside / "out.json"
    args = ["report", str(folder), "--no-store", "--corrections", str(file), "-o", str(out)]
    assert main(args) == 2
    assert capsys.readouterr().err == (
        "wirediff report: --corrections goes with --story (only a story's report groups the "
        "folder)\n"
    )
    assert (
        main(["report", str(folder), "--story", "0", "--corrections", str(file), "-o", str(file)])
        == 2
    )
    assert "is one of the inputs" in capsys.readouterr().err
    bad = write_corrections(outside / "bad.json", {"kind": "same"})
    for command in (["report", "-o", str(out)], ["story"]):
        assert main([*command, str(folder), "--story", "0", "--corrections", str(bad)]) == 2
        prog = f"wirediff {command[0]}"
        assert capsys.readouterr().err == (
            f"{prog}: cannot read corrections from {bad}: corrections must be a list\n"
        )


def test_the_dask_engine_says_it_groups_without_the_stores_corrections(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """It gave the automatic grouping, the app's corrections of the folder unsaid."""
    pytest.importorskip("dask")
    default = default_store_path()
    default.parent.mkdir(parents=True)
    keep_in_store(default, os.path.realpath(folder), [move_a3(folder)])
    out = outside / "stories.parquet"
    assert main(["stories", str(folder), "--engine", "dask", "-o", str(out)]) == 0
    err = capsys.readouterr()[1]
    assert f"keeps 1 story correction of {folder}: --engine dask groups without them" in err
    assert main(["stories", str(folder), "--engine", "dask", "--no-store", "-o", str(out)]) == 0
    assert "groups without them" not in capsys.readouterr()[1]


def test_a_folder_gone_whose_corrections_are_bases_is_taken_by_one_with_their_stories_only(
    tmp_path: Path,
) -> None:
    """A base chosen with b names the base alone as needed: a folder gone whose corrections
    were all bases was taken over by any folder holding that one text (another day's folder
    of the same wire copy; found by a review). Its story's versions of then are needed too."""
    from wirediff.core.review.folders import moved_from
    from wirediff.core.stories import Base
    from wirediff.core.stories.corrections import named, payload_version

    (tmp_path / "gone").mkdir()
    (tmp_path / "moved").mkdir()
    gone = write_two_stories(tmp_path / "gone")
    a1, a2, a3 = (key(gone, f"a{n}.txt") for n in (1, 2, 3))
    base = Base(a2, (a1, a3))
    store_path = tmp_path / "review.sqlite3"
    with ReviewStore.open(store_path) as store:
        (payload,) = to_data([base])
        hashes = [k.sha256 for k in named(base)]
        version = payload_version(base)
        store.add_correction(str(gone), "base", hashes, payload, payload_version=version)
    moved = write_two_stories(tmp_path / "moved")
    other_day = tmp_path / "other day"
    other_day.mkdir()
    (other_day / "wire.txt").write_bytes((gone / "a2.txt").read_bytes())  # the base alone
    (other_day / "note.txt").write_text("Nothing of it.\n", encoding="utf-8")
    shutil.rmtree(gone)
    with ReviewStore.open(store_path) as store:
        for folder, taken in ((other_day, []), (moved, [str(gone)])):
            documents = load_paths([folder]).documents
            assert moved_from(store, documents, folder) == taken


def test_the_text_and_csv_outputs_say_the_corrections_applied(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A churnalism walkthrough: piped or written to a file, the stories' CSV and text said
    nothing of the corrections applied (only the terminal's line did), and the files went
    to co-authors. The text's first line says how many; the CSV marks the rows placed."""
    import csv

    move = write_corrections(outside / "move.json", to_data([move_a3(folder)]))
    args = ["stories", str(folder), "--no-store", "--corrections", str(move)]
    assert main([*args, "--format", "text"]) == 0
    first = capsys.readouterr()[0].splitlines()[0]
    assert first.endswith("; 1 correction of the grouping applied")
    assert main([*args, "--format", "csv"]) == 0
    rows = list(csv.DictReader(capsys.readouterr()[0].splitlines()))
    placed = {Path(r["path"]).name for r in rows if r["placed_by_correction"] == "yes"}
    assert placed == {"a3.txt"}
    assert main(["stories", str(folder), "--no-store", "--format", "text"]) == 0
    assert "corrections" not in capsys.readouterr()[0].splitlines()[0]
    # a document split off alone is marked too (it was not: a data journalist's probe)
    alone = write_corrections(outside / "alone.json", to_data([Split((key(folder, "a3.txt"),))]))
    args = ["stories", str(folder), "--no-store", "--corrections", str(alone), "--format", "csv"]
    assert main(args) == 0
    rows = list(csv.DictReader(capsys.readouterr()[0].splitlines()))
    (row,) = [r for r in rows if r["placed_by_correction"] == "yes"]
    assert Path(row["path"]).name == "a3.txt" and row["story_versions"] == "1"


def findings_pair(
    folder: Path, outside: Path, read: tuple[str, str], bases: Sequence[str]
) -> tuple[str, str]:
    """The pair of ``wirediff report FOLDER``'s findings, noted as ``read`` (left, right),
    with ``bases`` chosen one after the other (b), as the app keeps them."""
    from wirediff.core.review.identity import doc_ref
    from wirediff.core.stories.corrections import Base

    store = outside / "review.sqlite3"
    documents = {d.path.name: d for d in load_paths([folder]).documents}
    story = ("a1.txt", "a2.txt", "a3.txt")
    with ReviewStore.open(store) as opened:
        opened.set_pair_note(doc_ref(documents[read[0]]), doc_ref(documents[read[1]]), "seen")
        for base in bases:
            chosen = Base(key(folder, base), tuple(key(folder, n) for n in story if n != base))
            (payload,) = to_data([chosen])
            hashes = [chosen.doc.sha256, *(k.sha256 for k in chosen.story)]
            opened.add_correction(os.path.realpath(folder), str(payload["kind"]), hashes, payload)
    out = outside / "findings.json"
    assert main(["report", str(folder), "--store", str(store), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8-sig"))
    files = [Path(f["path"]).name for f in data["files"]]
    (compared,) = data["comparisons"]
    return files[compared["base"]["file"]], files[compared["version"]["file"]]


def test_the_folders_findings_put_a_base_chosen_with_b_on_the_left(
    folder: Path, outside: Path
) -> None:
    """A teacher's walkthrough: a pair noted while the copy was the base, then the writer's
    essay made the base with b: every output said the writer's came first but the folder's
    findings, which kept the pair the way it was read ("Copy of Hughes_Ben…")."""
    assert findings_pair(folder, outside, ("a1.txt", "a2.txt"), ["a2.txt"]) == ("a2.txt", "a1.txt")


def test_a_base_chosen_later_replaces_the_earlier_in_the_folders_findings(
    folder: Path, outside: Path
) -> None:
    """b on a2, then b on a1: the store keeps both, and the folder's findings counted both
    as chosen, leaving a pair read a2 → a1 as read, where the app's export put a1 first (a
    review)."""
    pair = findings_pair(folder, outside, ("a2.txt", "a1.txt"), ["a2.txt", "a1.txt"])
    assert pair == ("a1.txt", "a2.txt")


def store_folder_files(store: Path) -> dict[str, tuple[bytes, int]]:
    """Every file beside the store, with its bytes and modification time."""
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in store.parent.iterdir()}


@pytest.mark.parametrize("damage", ["newer", "garbage"])
def test_the_commands_leave_an_unusable_store_of_the_apps_as_it_is(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str], damage: str
) -> None:
    """`stories`, `story` and `report` only read the store: the app's, written by a newer
    wirediff or damaged, was renamed aside and an empty one started, with exit status 0 and
    one stderr line (a fact-checker's cron job: the newer app then found no flags, notes
    nor corrections). It is left byte for byte and time for time, said on stderr naming it
    and why, and in the JSON; the command goes on without it."""
    default = default_store_path()
    default.parent.mkdir(parents=True)
    keep_in_store(default, os.path.realpath(folder), [move_a3(folder)])
    if damage == "newer":
        with ReviewStore.open(default) as opened:
            opened._conn.execute("PRAGMA user_version = 99")
        why = "was written by a newer wirediff (schema version 99; this one reads up to 3)"
    else:
        default.write_bytes(b"garbage\n")
        why = "is damaged (file is not a database)"
    os.utime(default, ns=(1_000_000_000, 1_000_000_000))
    before = store_folder_files(default)
    said = f"the review store {default} {why}; it was left as it is: "
    hint = " (--no-store does so without reading it)\n"
    data, err = stories_json(capsys, str(folder))
    assert A_STORY in groups(data)
    assert err == f"wirediff stories: {said}grouping without story corrections{hint}"
    assert data["corrections"] == {
        "store": str(default),
        "unread": said.removesuffix(": "),
        "entries": 0,
        "applied": 0,
        "not_applied": [],
    }
    assert story_table(capsys, str(folder), "--story", "a3.txt")[1:] == (
        A_STORY,
        f"wirediff story: {said}grouping without story corrections{hint}",
    )
    assert report_story(outside, str(folder), "--story", "a3.txt")[1] == A_STORY
    assert (
        capsys.readouterr().err == f"wirediff report: {said}reporting without flags and notes{hint}"
    )
    assert store_folder_files(default) == before
    # Named with --store, it is refused (exit status 2), left as it is too.
    assert main(["stories", str(folder), "--store", str(default)]) == 2
    assert capsys.readouterr().err == f"wirediff stories: {said.removesuffix(': ')}\n"
    assert store_folder_files(default) == before


def test_the_commands_read_the_apps_store_without_writing_it(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A usable store is read, its corrections applied, and the file left as it was."""
    default = default_store_path()
    default.parent.mkdir(parents=True)
    keep_in_store(default, os.path.realpath(folder), [move_a3(folder)])
    os.utime(default, ns=(1_000_000_000, 1_000_000_000))
    before = store_folder_files(default)
    assert MOVED in groups(stories_json(capsys, str(folder))[0])
    assert story_table(capsys, str(folder), "--story", "a3.txt")[1] == MOVED
    assert store_folder_files(default) == before


def test_the_json_says_the_base_chosen_and_the_versions_placed_as_the_csv_does(
    folder: Path, outside: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CSV had ``base_chosen`` and ``placed_by_correction``, the JSON neither (and no
    ``corrections`` with --base): a script archiving the JSON could not tell an automatic
    base from a chosen one (a data engineer's walkthrough). Each version carries both, as
    the CSV's rows do."""
    import csv

    move = write_corrections(outside / "move.json", to_data([move_a3(folder)]))
    for extra in (["--corrections", str(move)], ["--base", "a2.txt"], []):
        args = ["stories", str(folder), "--no-store", *extra]
        data, _err = stories_json(capsys, *args[1:])
        assert main([*args, "--format", "csv"]) == 0
        rows = list(csv.DictReader(capsys.readouterr()[0].splitlines()))
        from_csv = {
            Path(r["path"]).name: (r["base_chosen"] == "yes", r["placed_by_correction"] == "yes")
            for r in rows
        }
        from_json = {
            Path(d["path"]).name: (d["base_chosen"], d["placed_by_correction"])
            for s in data["stories"]
            for d in s["documents"]
        }
        assert from_json == from_csv
        if extra[:1] == ["--base"]:
            (story,) = [s for s in data["stories"] if s["base"] == "a2.txt"]
            assert all(d["base_chosen"] is True for d in story["documents"])
        elif extra:
            placed = {name for name, (_chosen, placed) in from_json.items() if placed}
            assert placed == {"a3.txt"}
        else:
            assert not any(chosen or placed for chosen, placed in from_json.values())
