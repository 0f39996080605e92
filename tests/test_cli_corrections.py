"""Story corrections on the command line: the file ``--corrections`` names, read as a user's
editor saves it, an entry of the wrong shape said in one line naming it, and a correction
that cannot apply said, not dropped in silence."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from tests.core.stories.helpers import Writer
from wirediff.cli import main
from wirediff.core.reading import load_paths
from wirediff.core.stories import DocKey, Move, doc_key
from wirediff.core.stories.corrections import to_data

MOVED = {"a3.txt", "b1.txt", "b2.txt", "b3.txt"}  # b's story once a3 is moved there


@pytest.fixture
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two stories of three versions each (an original, a trimmed and a padded copy)."""
    where = tmp_path_factory.mktemp("news")
    w = Writer(21)
    for story in ("a", "b"):
        topic = w.topic()
        text = w.article(topic)
        versions = {"1": text, "2": text[:6], "3": [*text, w.sentence(topic)]}
        for n, lines in versions.items():
            body = "\n\n".join(lines) + "\n"
            (where / f"{story}{n}.txt").write_text(body, encoding="utf-8")
    return where


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
            {"entry": 2, "missing": [{"sha256": "", "path": "/etc/passwd"}]},
            {"entry": 4, "missing": [{"sha256": "", "path": p} for p in ("a9.txt", "b9.txt")]},
            {"entry": 5, "missing": [{"sha256": "0" * 64, "path": ""}]},
            {
                "entry": 6,
                "missing": [{"sha256": "", "path": p} for p in ("x.txt", "y.txt", "z.txt")],
            },
        ],
    }
    assert data["format"] == "wirediff.stories" and data["version"] == 1
    assert b1.path == "b1.txt"
    # Without --corrections the JSON is as it was.
    assert "corrections" not in stories_json(capsys, str(folder))[0]


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
