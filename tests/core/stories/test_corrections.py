"""The user's corrections of a grouping: applied on every build, kept across a reload (a
rebuild from the same files) and a rename; and same-URL articles."""

from __future__ import annotations

import inspect
import json
import os
import re
import shutil
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from tests.core.stories.helpers import Writer, write_two_stories
from wirediff.cli import main
from wirediff.core.addresses import url_key
from wirediff.core.reading import load_paths
from wirediff.core.stories import (
    Apart,
    Base,
    Correction,
    DocKey,
    Move,
    OtherEvent,
    SameEvent,
    SameStory,
    Split,
    StoryIndex,
    build_story_index,
    describe,
    doc_key,
)
from wirediff.core.stories.corrections import (
    PAYLOAD_VERSION,
    InvalidCorrection,
    NewerCorrection,
    NotApplied,
    from_data,
    from_stored,
    not_applied,
    payload_version,
    to_data,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Two stories of three versions each (an original, a trimmed and a padded copy)."""
    return write_two_stories(tmp_path)


def _load(folder: Path, corrections: Sequence[Correction] = ()) -> StoryIndex:
    return build_story_index(load_paths([folder]).documents, corrections=corrections)


def _groups(index: StoryIndex) -> set[frozenset[str]]:
    return {frozenset(index.documents[d].name for d in s.documents) for s in index.stories}


def _key(index: StoryIndex, name: str, root: Path) -> DocKey:
    return doc_key(next(d for d in index.documents if d.name == name), root)


def test_without_corrections(folder: Path) -> None:
    assert _groups(_load(folder)) == {
        frozenset({"a1.txt", "a2.txt", "a3.txt"}),
        frozenset({"b1.txt", "b2.txt", "b3.txt"}),
    }


def test_each_correction(folder: Path) -> None:
    index = _load(folder)
    k = {n: _key(index, f"{n}.txt", folder) for n in ("a1", "a2", "a3", "b1", "b2")}
    cases: list[tuple[list[Correction], set[frozenset[str]]]] = [
        ([Move(k["a3"], k["b1"])], {"a1 a2", "a3 b1 b2 b3"}),
        ([Split((k["a2"], k["a3"]))], {"a1", "a2 a3", "b1 b2 b3"}),
        ([SameStory(k["a1"], k["b2"])], {"a1 a2 a3 b1 b2 b3"}),
        ([Apart(k["a1"], k["a2"])], {"a1 a3", "a2", "b1 b2 b3"}),
        # in order: the later correction wins
        ([Move(k["a3"], k["b1"]), Move(k["a3"], k["a1"])], {"a1 a2 a3", "b1 b2 b3"}),
    ]
    for corrections, expected in cases:
        groups = {frozenset(f"{n}.txt" for n in g.split()) for g in expected}
        assert _groups(_load(folder, corrections)) == groups, corrections


def test_marking_two_texts_independent_takes_each_ones_copies_along(folder: Path) -> None:
    """Two releases of one company were one story; "The pair: independent texts" split off
    the second release alone, its 140 reposts left as "rewrites" of the first (a PR agency
    analyst's walkthrough). The documents closer to the one that leaves go with it; a copy
    of the other, and of both, stays."""
    index = _load(folder)
    a1, b1 = _key(index, "a1.txt", folder), _key(index, "b1.txt", folder)
    parted = _groups(_load(folder, [SameStory(a1, b1), Apart(a1, b1)]))
    assert parted == {frozenset({"a1.txt", "a2.txt", "a3.txt"}), frozenset(
        {"b1.txt", "b2.txt", "b3.txt"})}  # fmt: skip
    # the other way round: the base's copies stay with it, whichever leaves
    b2 = _key(index, "b2.txt", folder)
    assert _groups(_load(folder, [SameStory(a1, b1), Apart(b2, a1)])) == parted


def test_corrections_survive_a_reload_and_a_rename(folder: Path) -> None:
    index = _load(folder)
    corrections: list[Correction] = [
        Move(_key(index, "a3.txt", folder), _key(index, "b1.txt", folder)),
        Apart(_key(index, "b1.txt", folder), _key(index, "b2.txt", folder)),
    ]
    saved = json.dumps(to_data(corrections))  # what a review store or a file would keep
    expected = {
        frozenset({"a1.txt", "a2.txt"}),
        frozenset({"a3.txt", "b1.txt", "b3.txt"}),
        frozenset({"b2.txt"}),
    }
    assert _groups(_load(folder, from_data(json.loads(saved)))) == expected  # a reload
    (folder / "a3.txt").rename(folder / "renamed.txt")
    shutil.move(folder / "b2.txt", folder / "elsewhere.txt")
    renamed = {frozenset(n.replace("a3", "renamed").replace("b2", "elsewhere") for n in g)
               for g in expected}  # fmt: skip
    assert _groups(_load(folder, from_data(json.loads(saved)))) == renamed


def test_an_edited_file_is_found_by_its_path_and_a_vanished_one_is_skipped(
    folder: Path,
) -> None:
    index = _load(folder)
    corrections: list[Correction] = [
        Move(_key(index, "a3.txt", folder), _key(index, "b1.txt", folder)),
        Move(_key(index, "a2.txt", folder), _key(index, "b1.txt", folder)),
    ]
    (folder / "a3.txt").write_text((folder / "a3.txt").read_text() + "\nA new line.\n")
    (folder / "a2.txt").unlink()
    assert _groups(_load(folder, corrections)) == {
        frozenset({"a1.txt"}),
        frozenset({"a3.txt", "b1.txt", "b2.txt", "b3.txt"}),
    }


def a3_moved_beside_a_namesake(folder: Path, subfolder: str) -> Move:
    """Another report named ``a3.txt`` written in ``folder/subfolder``; the folder's own
    ``a3.txt`` moved to b1's story."""
    (folder / subfolder).mkdir()
    w = Writer(5)
    (folder / subfolder / "a3.txt").write_text("\n\n".join(w.article(w.topic())) + "\n")
    index = _load(folder)
    own = next(d for d in index.documents if d.path == folder / "a3.txt")
    return Move(doc_key(own, folder), _key(index, "b1.txt", folder))


def test_an_edited_file_is_found_at_its_own_path_not_a_namesake_in_a_subfolder(
    folder: Path,
) -> None:
    """``0old/a3.txt`` (another report of the same name, listed first) took the correction
    of the edited ``a3.txt``: the path was matched as a suffix, first come first served."""
    moved = a3_moved_beside_a_namesake(folder, "0old")
    (folder / "a3.txt").write_text((folder / "a3.txt").read_text() + "\nA new line.\n")
    index = _load(folder, [moved])
    paths = [d.path.relative_to(folder).as_posix() for d in index.documents]
    stories = sorted(sorted(paths[d] for d in s.documents) for s in index.stories)
    assert stories == [
        ["0old/a3.txt"],
        ["a1.txt", "a2.txt"],
        ["a3.txt", "b1.txt", "b2.txt", "b3.txt"],
    ]


def test_a_deleted_file_s_correction_is_not_applied_to_a_namesake_in_a_subfolder(
    folder: Path,
) -> None:
    """``a3.txt`` moved, then deleted: with the folder known, ``old/a3.txt`` (another text)
    is not taken for it; without it, the shortest path ending so still is (the rule of
    keys whose folder is not known)."""
    moved = a3_moved_beside_a_namesake(folder, "old")
    (folder / "a3.txt").unlink()
    documents = load_paths([folder]).documents
    corrected = build_story_index(documents, corrections=[moved], root=folder)
    namesake = next(i for i, d in enumerate(documents) if d.path.parent.name == "old")
    assert len(corrected.story_of(namesake).documents) == 1
    assert not_applied([moved], documents, folder) == [NotApplied((moved.doc,))]
    assert not_applied([moved], documents) == [None]  # (the folder not known)


def test_a_key_path_written_with_dots_or_doubled_slashes_names_the_file(folder: Path) -> None:
    """A hand-written "./a3.txt" was "not in the folder" though the file is there. Found by
    fuzzing. ".." is never resolved: a key names nothing outside the folder."""
    (folder / "sub").mkdir()
    shutil.move(folder / "b3.txt", folder / "sub" / "b3.txt")
    written = [
        {"kind": "move", "doc": {"path": "./a3.txt"}, "to": {"path": "b1.txt"}},
        {"kind": "split", "docs": [{"path": "sub//b3.txt/"}]},
        {"kind": "apart", "a": {"path": "a1.txt"}, "b": {"path": "sub/../a2.txt"}},
    ]
    corrections = from_data(written)
    assert corrections[:2] == [
        Move(DocKey("", "a3.txt"), DocKey("", "b1.txt")),
        Split((DocKey("", "sub/b3.txt"),)),
    ]
    assert from_data([{"kind": "split", "docs": [{"path": "./"}, {"sha256": "h"}]}]) == [
        Split((DocKey("", "."), DocKey("h", "")))
    ]
    documents = load_paths([folder]).documents
    assert not_applied(corrections, documents, folder) == [
        None,
        None,
        NotApplied((DocKey("", "sub/../a2.txt"),)),
    ]
    corrected = build_story_index(documents, corrections=corrections, root=folder)
    paths = [d.path.relative_to(folder).as_posix() for d in documents]
    stories = sorted(sorted(paths[d] for d in s.documents) for s in corrected.stories)
    assert stories == [["a1.txt", "a2.txt"], ["a3.txt", "b1.txt", "b2.txt"], ["sub/b3.txt"]]


def test_a_folder_opened_through_a_link_keys_its_documents_relative_to_it(
    folder: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """Opened as ``link/`` (``/home`` linking to ``/var/home``), the folder's key is its
    resolved path but the documents' paths run through the link: the keys kept the absolute
    path, and an edited file no longer found its correction. Found by fuzzing."""
    link = tmp_path_factory.mktemp("elsewhere") / "link"
    link.symlink_to(folder, target_is_directory=True)
    index = build_story_index(load_paths([link]).documents)
    key = _key(index, "a3.txt", folder.resolve())
    assert key.path == "a3.txt"
    moved = Move(key, _key(index, "b1.txt", folder.resolve()))
    (folder / "a3.txt").write_text((folder / "a3.txt").read_text() + "\nA new line.\n")
    assert frozenset({"a3.txt", "b1.txt", "b2.txt", "b3.txt"}) in _groups(_load(folder, [moved]))


def test_a_split_story_keeps_its_text_and_its_event(folder: Path) -> None:
    """Split in two, a story's shared text recurred across two stories and became
    boilerplate (83% of a generated story): its copies were then "independent" and its
    halves in two events. A correction changes who belongs where, not what is cruft."""
    automatic = _load(folder)
    split = Split((_key(automatic, "a2.txt", folder), _key(automatic, "a3.txt", folder)))
    corrected = _load(folder, [split])
    assert frozenset({"a2.txt", "a3.txt"}) in _groups(corrected)
    assert corrected.boilerplate == automatic.boilerplate
    names = {d.name: i for i, d in enumerate(corrected.documents)}
    (event,) = {corrected.story_of(names[n]).event for n in ("a1.txt", "a2.txt", "a3.txt")}
    assert event not in {corrected.story_of(names[n]).event for n in ("b1.txt", "b2.txt")}


def test_a_move_joins_through_its_storys_other_versions_when_the_base_is_gone(
    folder: Path,
) -> None:
    index = _load(folder)
    keys = {n: _key(index, n, folder) for n in ("a3.txt", "b1.txt", "b2.txt", "b3.txt")}
    move = Move(keys["a3.txt"], keys["b1.txt"], (keys["b2.txt"], keys["b3.txt"]))
    assert from_data(json.loads(json.dumps(to_data([move])))) == [move]
    (folder / "b1.txt").unlink()
    corrected = _load(folder, [move])
    assert frozenset({"a3.txt", "b2.txt", "b3.txt"}) in _groups(corrected)
    assert not_applied([move], corrected.documents) == [None]
    (folder / "a3.txt").unlink()
    split = Split((keys["a3.txt"], keys["b2.txt"]))
    apart = Apart(keys["b2.txt"], keys["a3.txt"])
    gone = not_applied([move, split, apart], _load(folder).documents)
    assert gone == [NotApplied((keys["a3.txt"],)), None, NotApplied((keys["a3.txt"],))]


def test_two_keys_of_one_document_are_not_applied_saying_so(folder: Path) -> None:
    """An apart or same naming one file by its hash and by its path, a move whose document
    and story to join are that one file: each did nothing and was counted applied. Found by
    fuzzing. (Keys alike are refused when read: ``InvalidCorrection``.)"""
    documents = load_paths([folder]).documents
    index = build_story_index(documents)
    a3 = _key(index, "a3.txt", folder)
    by_hash, by_path = DocKey(a3.sha256, ""), DocKey("", "a3.txt")
    b1 = _key(index, "b1.txt", folder)
    corrections: list[Correction] = [
        Apart(by_hash, by_path),
        SameStory(by_path, by_hash),
        Move(by_path, by_hash),
        Move(a3, DocKey("", "gone.txt"), (by_hash, b1)),  # to gone: the first of also there
        Apart(by_hash, b1),  # two documents: it applies
    ]
    assert not_applied(corrections, documents, folder) == [
        NotApplied(one_document=(by_hash, by_path)),
        NotApplied(one_document=(by_path, by_hash)),
        NotApplied(one_document=(by_path, by_hash)),
        NotApplied(one_document=(a3, by_hash)),
        None,
    ]
    corrected = build_story_index(documents, corrections=corrections[:4], root=folder)
    assert _groups(corrected) == _groups(index)  # they do nothing


def test_a_copy_the_user_said_is_independent_is_described_as_kept_apart(folder: Path) -> None:
    """After "The pair: independent texts" the relation banner still said "Copy of …", as
    if the two were one story, while the list showed two. Found by a tester."""
    from wirediff.core.stories.relation import describe

    index = _load(folder)
    names = {d.name: i for i, d in enumerate(index.documents)}
    assert describe(index, names["a1.txt"], names["a2.txt"]).startswith("Trimmed copy of a1.txt")
    apart = Apart(_key(index, "a1.txt", folder), _key(index, "a2.txt", folder))
    corrected = _load(folder, [apart])
    said = describe(corrected, names["a1.txt"], names["a2.txt"])
    assert said.startswith("Trimmed copy of a1.txt")
    assert said.endswith("— yet you marked them independent")  # the user's doing, said so
    assert not describe(corrected, names["a1.txt"], names["a3.txt"]).endswith("story")
    moved = Move(_key(index, "a2.txt", folder), _key(index, "b1.txt", folder))
    elsewhere = _load(folder, [moved])  # moved away, not marked: the grouping's
    assert describe(elsewhere, names["a1.txt"], names["a2.txt"]).endswith(
        "— yet listed in another story"
    )
    again = SameStory(apart.a, apart.b)
    assert _load(folder, [apart, again]).marked_apart == frozenset()
    assert _load(folder, [again, apart]).marked_apart == {
        frozenset((names["a1.txt"], names["a2.txt"]))
    }


def test_bad_correction_data_is_refused() -> None:
    bad_also = {"kind": "move", "doc": {"sha256": ""}, "to": {"sha256": ""}, "also": {}}
    for data in ({}, [{"kind": "merge"}], [{"kind": "move", "doc": "x", "to": {}}], [bad_also]):
        with pytest.raises(ValueError):
            from_data(data)
    for kind in ([], {}, ["apart"]):  # no key of a dict: a TypeError's traceback (fuzzing)
        with pytest.raises(ValueError, match="unknown correction"):
            from_data([{"kind": kind, "a": {"path": "a"}, "b": {"path": "b"}}])
    # A path or hash that is not text, or a key naming nothing (found by a tester: a path
    # 5, null or a list matched files named "5", "None" or "['a.txt']").
    for key in ({"path": 5}, {"path": None}, {"path": ["a.txt"]}, {"sha256": 7}, {}):
        with pytest.raises(ValueError, match="not a document key"):
            from_data([{"kind": "split", "docs": [key]}])
    huge = {"kind": "merge", "text": "x" * 1_000_000}  # quoted short, not a megabyte
    with pytest.raises(ValueError) as refused:
        from_data([huge])
    assert len(str(refused.value)) < 200 and str(refused.value).endswith("…")


def test_a_correction_that_says_nothing_is_refused_not_counted_as_applied(
    folder: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty split (a hand-edited file) was read, then counted as applied while it did
    nothing; so were a move to the document's own story and versions or independent texts
    naming one document twice."""
    a1 = {"sha256": "", "path": "a1.txt"}
    a2 = {"sha256": "", "path": "a2.txt"}
    for item, why in (
        ({"kind": "split", "docs": []}, "a split names no document"),
        ({"kind": "move", "doc": a1, "to": a1}, "a move names one document to move and to join"),
        ({"kind": "same", "a": a1, "b": a1}, "a 'same' correction (versions of one story) names"),
        ({"kind": "apart", "a": a2, "b": a2}, "an 'apart' correction (independent texts) names"),
    ):
        with pytest.raises(InvalidCorrection, match=re.escape(why)):
            from_data([item])
    # The other kinds' holes were closed already: a key missing is not a document key.
    for item in ({"kind": "move", "doc": a1}, {"kind": "same", "a": a1}, {"kind": "apart"}):
        with pytest.raises(ValueError, match="not a document key"):
            from_data([item])
    # Two keys of one text at two paths are two documents (duplicates): both found.
    index = _load(folder)
    key = _key(index, "a1.txt", folder)
    assert from_data(
        [
            {
                "kind": "same",
                "a": {"sha256": key.sha256, "path": "a1.txt"},
                "b": {"sha256": key.sha256, "path": "copy.txt"},
            }
        ]
    )
    file = tmp_path_factory.mktemp("c") / "corrections.json"
    move = Move(_key(index, "a3.txt", folder), _key(index, "b1.txt", folder))
    file.write_text(json.dumps([*to_data([move]), {"kind": "split", "docs": []}]), "utf-8")
    assert main(["stories", str(folder), "--corrections", str(file)]) == 2
    assert capsys.readouterr().err == (
        f"wirediff stories: cannot read corrections from {file}: entry 2: a split names no "
        "document: it needs one at least\n"
    )


def test_cli_applies_a_corrections_file(
    folder: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    index = _load(folder)
    file = tmp_path_factory.mktemp("c") / "corrections.json"
    move = Move(_key(index, "a3.txt", folder), _key(index, "b1.txt", folder))
    file.write_text(json.dumps(to_data([move])), encoding="utf-8")
    assert main(["stories", str(folder), "--format", "json", "--corrections", str(file)]) == 0
    data = json.loads(capsys.readouterr().out)
    groups = {frozenset(d["path"] for d in s["documents"]) for s in data["stories"]}
    assert frozenset({"a3.txt", "b1.txt", "b2.txt", "b3.txt"}) in groups
    # At a terminal it says what it wrote and that corrections were applied (quiet else)
    assert capsys.readouterr().err == ""
    out = tmp_path_factory.mktemp("o") / "stories.csv"
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr("wirediff.commands.stories.is_terminal", lambda stream: True)
        assert main(["stories", str(folder), "--corrections", str(file), "-o", str(out)]) == 0
    said = capsys.readouterr().err.split("\r\x1b[K")[-1]
    assert said == (
        f"wirediff stories: wrote {out}: 6 documents, 2 stories in 2 events\n"
        f"wirediff stories: 1 correction of the grouping from {file} applied\n"
    )
    file.write_text("[{", encoding="utf-8")
    assert main(["stories", str(folder), "--corrections", str(file)]) == 2
    assert "cannot read corrections" in capsys.readouterr().err


def test_a_hostile_corrections_file_is_a_message(
    folder: Path, tmp_path_factory: pytest.TempPathFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    """A pipe (reading it would wait forever), nesting past Python's recursion limit, an
    integer past Python's 4,300 digits (a ValueError traceback, found by fuzzing), bytes
    that are not UTF-8: one line naming the file and the reason, status 2."""
    where = tmp_path_factory.mktemp("hostile")
    (where / "deep.json").write_text("[" * 100_000)
    (where / "huge.json").write_text('[{"kind": "same", "a": {"path": ' + "9" * 5000 + "}}]")
    (where / "bytes.json").write_bytes(b"\xc5\x00\xff")
    os.mkfifo(where / "pipe.json")
    for name, reason in (
        ("deep.json", "JSON nested too deeply"),
        ("huge.json", "a number of 5,000 digits (at most 4,300 can be read)"),
        ("bytes.json", "not UTF-8 text (byte 0)"),
        ("pipe.json", "not a regular file (a device, pipe or socket)"),
        ("missing.json", "file not found"),
    ):
        assert main(["stories", str(folder), "--corrections", str(where / name)]) == 2
        err = capsys.readouterr().err
        assert err == f"wirediff stories: cannot read corrections from {where / name}: {reason}\n"


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("https://www.example.com/news/1", "http://example.com/news/1/", True),
        ("https://example.com/news/1?utm_source=x#top", "https://EXAMPLE.com/news/1", True),
        ("https://example.com/news?id=1", "https://example.com/news?id=2", False),
        ("https://example.com/news/1", "https://example.com/news/2", False),
    ],
)
def test_url_keys(a: str, b: str, same: bool) -> None:
    assert (url_key(a) == url_key(b)) is same
    assert url_key(a)


def test_home_pages_and_non_urls_name_no_article() -> None:
    assert url_key("https://www.example.com/") == ""
    assert url_key("example.com/news/1") == ""
    assert url_key("") == ""


def test_a_document_moved_twice_leaves_its_first_new_story(sample_dir: Path) -> None:
    """Move 000 to 004's story, then 004 to 003's: 004 leaves 000 behind (corrections are
    applied once, last; applied again after the paraphrase pass, the second move pulled
    000 along into 003's story)."""
    docs = load_paths([sample_dir]).documents
    keys = [doc_key(d, sample_dir) for d in docs]
    moves = [Move(keys[0], keys[4]), Move(keys[4], keys[3])]
    index = build_story_index(docs, corrections=moves)
    assert sorted(sorted(s.documents) for s in index.stories) == [[0], [1], [2], [3, 4]]


def test_a_stored_correction_of_a_newer_payload_version_is_not_read_as_ours() -> None:
    """A payload version past ours, whatever its shape, is a newer wirediff's: its fields
    may mean something else now (found by fuzzing: version 2 was read as 1 and applied)."""
    (payload,) = to_data([SameStory(DocKey("", "a.txt"), DocKey("", "b.txt"))])
    assert from_stored(payload, PAYLOAD_VERSION) == SameStory(
        DocKey("", "a.txt"), DocKey("", "b.txt")
    )
    with pytest.raises(NewerCorrection, match="payload version 3; this one reads up to 2"):
        from_stored(payload, PAYLOAD_VERSION + 1)
    with pytest.raises(InvalidCorrection):
        from_stored({"kind": "split", "docs": []}, PAYLOAD_VERSION)


def test_an_entry_too_deeply_nested_to_quote_is_refused_in_words() -> None:
    """Parsed near the recursion limit, a key's value is quoted deeper still: RecursionError
    got past the app's reading of a stored correction, which takes ValueError."""
    data = [{"kind": "same", "a": json.loads("[" * 300 + "]" * 300), "b": {"path": "b"}}]
    limit = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack()) + 150)  # room for from_data, not for repr
    try:
        with pytest.raises(ValueError, match="a list nested too deeply to quote"):
            from_data(data)
    finally:
        sys.setrecursionlimit(limit)


def test_a_chosen_base_is_its_storys_while_the_story_holds_one_of_its_versions_then(
    folder: Path,
) -> None:
    """``Base`` (b in the app, kept in the review store so the command line has it): the
    base of its story on every build, a later choice winning; moved into another story,
    not that story's base (its story of then is left)."""
    index = _load(folder)
    k = {n: _key(index, f"{n}.txt", folder) for n in ("a1", "a2", "a3", "b1", "b2", "b3")}

    def bases(corrections: list[Correction]) -> set[str]:
        built = _load(folder, corrections)
        return {built.documents[s.base].name for s in built.stories}

    assert bases([]) == {"a1.txt", "b1.txt"}
    a2 = Base(k["a2"], (k["a1"], k["a3"]))
    assert bases([a2]) == {"a2.txt", "b1.txt"}
    assert bases([a2, Base(k["a3"], (k["a1"], k["a2"]))]) == {"a3.txt", "b1.txt"}
    moved = bases([a2, Move(k["a2"], k["b1"])])
    assert "a2.txt" not in moved and "b1.txt" in moved  # (a1 or a3: the rule's choice)
    (data,) = to_data([a2])
    assert data["kind"] == "base" and from_data([json.loads(json.dumps(data))]) == [a2]
    assert from_stored(data, PAYLOAD_VERSION) == a2
    assert payload_version(a2) == 2 and payload_version(Move(k["a2"], k["b1"])) == 1
    with pytest.raises(InvalidCorrection, match="a base names no other version of its story"):
        from_data([{**data, "story": [data["doc"]]}])
    with pytest.raises(ValueError, match="a base needs the list of its story's docs"):
        from_data([{"kind": "base", "doc": data["doc"]}])
    gone = DocKey("0" * 64, "gone.txt")
    documents = load_paths([folder]).documents
    assert not_applied([a2, Base(gone, (k["a1"],)), Base(k["a2"], (gone,))], documents) == [
        None,
        NotApplied((gone,)),
        NotApplied((gone,)),
    ]


def test_two_stories_made_one_event_and_one_sent_to_an_event_of_its_own(folder: Path) -> None:
    """``SameEvent``: an analysis of the same fire stayed in an event of its own (its
    terms too far from the reports'), and no correction could say it was the same news;
    ``OtherEvent``: nor could two fires be told apart. The stories stay as they are."""
    index = _load(folder)
    k = {n: _key(index, f"{n}.txt", folder) for n in ("a1", "a2", "b1", "b3")}

    def events(corrections: list[Correction]) -> set[frozenset[str]]:
        built = _load(folder, corrections)
        assert _groups(built) == _groups(index)
        return {
            frozenset(
                built.documents[d].name[0] for s in e.stories for d in built.stories[s].documents
            )
            for e in built.events
        }

    assert events([]) == {frozenset("a"), frozenset("b")}  # (two topics: two events)
    one = events([SameEvent(k["a2"], k["b3"])])
    assert one == {frozenset("ab")}
    assert events([SameEvent(k["a2"], k["b3"]), OtherEvent(k["a1"], k["b1"])]) == events([])
    assert events([SameEvent(k["a1"], k["a2"])]) == events([])  # one story: nothing to do
    for pair in (SameEvent(k["a1"], k["b1"]), OtherEvent(k["a1"], k["b1"])):
        (data,) = to_data([pair])
        assert from_data([json.loads(json.dumps(data))]) == [pair]
        assert payload_version(pair) == 2
    with pytest.raises(InvalidCorrection, match=r"an 'event' correction .* names one document"):
        from_data([{"kind": "event", "a": {"path": "a1.txt"}, "b": {"path": "a1.txt"}}])
    built = _load(folder, [SameEvent(k["a2"], k["b3"])])
    a1 = next(i for i, d in enumerate(built.documents) if d.name == "a1.txt")
    b1 = next(i for i, d in enumerate(built.documents) if d.name == "b1.txt")
    assert describe(built, a1, b1).startswith("Independent reports of the same event")


def test_versions_the_user_placed_in_a_story_are_rewrites_by_their_word(folder: Path) -> None:
    """A walkthrough: the banner invited the user to mark a paraphrase as a version; they
    did, and the list still said "indep.", the stories CSV "independent", the by-outlet
    table "not derived". A version the user placed in a story (joined, moved, split off
    with it) and measured independent of its base is a rewrite, said as theirs; the
    versions the grouping found keep their own levels, and "independent" again parts it."""
    from wirediff.core.stories.derivation import Derivation
    from wirediff.core.stories.relation import derivations

    index = _load(folder)
    names = {d.name: i for i, d in enumerate(index.documents)}
    a1, b1 = _key(index, "a1.txt", folder), _key(index, "b1.txt", folder)

    def levels(corrections: Sequence[Correction]) -> dict[str, tuple[str, bool]]:
        built = _load(folder, corrections)
        story = built.story_of(names["a1.txt"]).id
        return {
            built.documents[p.derived].name: (p.level.value, p.marked)
            for p in derivations(built, story)
        }

    joined = levels([SameStory(a1, b1)])
    assert joined["a2.txt"] == (Derivation.COPY.value, False)  # the grouping's, as it was
    assert joined["b1.txt"] == joined["b2.txt"] == (Derivation.REWRITE.value, True)
    built = _load(folder, [SameStory(a1, b1)])
    said = describe(built, names["a1.txt"], names["b3.txt"])
    assert said.startswith("Rewrite of a1.txt, as you marked them, if that came first")
    assert said.endswith("% of the words in shared phrases")
    moved = levels([Move(_key(index, "b3.txt", folder), a1)])
    assert moved["b3.txt"] == (Derivation.REWRITE.value, True)
    assert "b1.txt" not in moved
    assert "b1.txt" not in levels([SameStory(a1, b1), Apart(a1, b1)])
    assert levels([])["a2.txt"] == (Derivation.COPY.value, False)
