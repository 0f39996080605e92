"""Reviewed pairs, flags and notes: what survives renames, option changes and edits."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.core.review.helpers import copy_sample, read, snapshot
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.reading import MAX_BYTES, load_paths
from wirediff.core.result import Comparison
from wirediff.core.review import (
    DocRef,
    Lost,
    PairSummary,
    ReviewStore,
    Status,
    anchor_of,
    doc_ref,
    pair_key,
    place_marks,
    text_hash,
)


def words(result: Comparison, i: int) -> tuple[str, str]:
    change = result.changes[i]
    return (
        " ".join(result.left_text[change.left.start : change.left.end].split()),
        " ".join(result.right_text[change.right.start : change.right.end].split()),
    )


def find(result: Comparison, right_words: str) -> int:
    return next(i for i in range(len(result.changes)) if words(result, i)[1] == right_words)


def test_review_survives_renaming_the_folder_and_changing_an_option(tmp_path, store):
    folder = copy_sample(tmp_path / "news")
    base, copy = read(folder, "000"), read(folder, "001")
    result = compare(base.text, copy.text)
    isis = find(result, "ISIS")
    reported = find(result, ", Reuters reported")
    store.set_reviewed(doc_ref(base), doc_ref(copy))
    store.set_flag(doc_ref(base), doc_ref(copy), anchor_of(result, isis))
    store.set_note(doc_ref(base), doc_ref(copy), anchor_of(result, reported), "Reuters only")
    store.set_pair_note(doc_ref(base), doc_ref(copy), "001 is Reuters' text, re-captioned")

    moved = folder.rename(tmp_path / "archive 2021")
    base, copy = read(moved, "000"), read(moved, "001")
    assert str(doc_ref(base).path).startswith(str(moved))
    review = store.pair_review(doc_ref(base), doc_ref(copy))
    assert review.reviewed and review.note == "001 is Reuters' text, re-captioned"
    assert store.is_reviewed(doc_ref(copy), doc_ref(base))  # either side may be the base

    options = CompareOptions(ignore_case=True, ignore_punctuation=True)
    now = compare(base.text, copy.text, options)
    placed = place_marks(now, review.marks)
    assert not placed.orphans
    assert {words(now, i)[1].rstrip(".") for i in placed.flagged()} == {"ISIS"}
    noted = next(i for i in placed.by_change if placed.note(i))
    assert placed.note(noted) == "Reuters only"
    assert "Reuters reported" in words(now, noted)[1]
    assert placed.flagged() != {isis}  # the change's number did shift


def test_a_flag_made_with_the_sides_swapped_is_the_same_flag(store, sample_paths):
    base, copy = (doc_ref(read(p.parent, p.name[:3])) for p in sample_paths[:2])
    a, b = (p.read_text(encoding="utf-8") for p in sample_paths[:2])
    swapped = compare(b, a)
    i = find(swapped, "Islamic State")  # seen from 001: ISIS became "Islamic State"
    store.set_flag(copy, base, anchor_of(swapped, i))
    straight = compare(a, b)
    placed = place_marks(straight, store.pair_review(base, copy).marks)
    assert [words(straight, j) for j in placed.flagged()] == [("Islamic State", "ISIS")]
    store.set_flag(base, copy, anchor_of(straight, next(iter(placed.flagged()))), False)
    assert store.pair_review(copy, base).marks == ()
    assert store.summaries() == {}  # nothing left: the pair row is gone too


def test_flags_notes_and_reviewed_marks_are_counted_per_pair(store, sample_paths):
    refs = [doc_ref(read(p.parent, p.name[:3])) for p in sample_paths]
    result = compare(*(p.read_text(encoding="utf-8") for p in sample_paths[:2]))
    store.set_flag(refs[0], refs[1], anchor_of(result, 0))
    store.set_flag(refs[0], refs[1], anchor_of(result, 1))
    store.set_note(refs[0], refs[1], anchor_of(result, 1), "both")
    store.set_pair_note(refs[0], refs[1], "a pair note")
    store.set_reviewed(refs[2], refs[0])
    summaries = store.summaries()
    assert summaries[pair_key(refs[0], refs[1])] == PairSummary(False, 2, 2)
    assert summaries[pair_key(refs[0], refs[2])] == PairSummary(True, 0, 0)
    store.set_note(refs[0], refs[1], anchor_of(result, 1), "")
    assert store.summaries()[pair_key(refs[0], refs[1])] == PairSummary(False, 2, 1)


def test_next_unreviewed_wraps_and_says_when_all_are_done(store, sample_paths):
    refs = [doc_ref(read(p.parent, p.name[:3])) for p in sample_paths]
    pairs = [(refs[0], other) for other in refs[1:]]
    store.set_reviewed(*pairs[1])
    store.set_reviewed(*pairs[2])
    assert store.next_unreviewed(pairs, 1) == 3
    store.set_reviewed(*pairs[3])
    assert store.next_unreviewed(pairs, 1) == 0
    store.set_reviewed(*pairs[0])
    assert store.next_unreviewed(pairs) is None
    store.set_reviewed(*pairs[2], reviewed=False)
    assert store.next_unreviewed(pairs) == 2


def test_reviewed_keeps_its_first_time(store, sample_paths):
    refs = [doc_ref(read(p.parent, p.name[:3])) for p in sample_paths[:2]]
    store.set_reviewed(*refs)
    first = store.pair_review(*refs).reviewed_at
    store.set_reviewed(*refs)
    assert store.pair_review(*refs).reviewed_at == first is not None


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_a_flag_whose_words_were_edited_away_is_listed_as_orphaned(tmp_path, store):
    folder = copy_sample(tmp_path / "news")
    base, copy = read(folder, "000"), read(folder, "001")
    result = compare(base.text, copy.text)
    isis, iraqi = find(result, "ISIS"), find(result, ", Reuters reported")
    store.set_flag(doc_ref(base), doc_ref(copy), anchor_of(result, isis))
    store.set_note(doc_ref(base), doc_ref(copy), anchor_of(result, iraqi), "kept")
    store.set_pair_note(doc_ref(base), doc_ref(copy), "about the pair")

    edit(copy.path, "ISIS", "the militants")  # the flagged words are gone; the noted stay
    loaded = load_paths([folder]).documents
    listed = {e.note or "flag": e for e in store.list_flags_and_notes(loaded, folder)}
    assert set(listed) == {"flag", "kept", "about the pair"}
    assert listed["flag"].status is Status.ORPHANED and "001_" in listed["flag"].reason
    assert listed["kept"].status is Status.EDITED
    assert listed["about the pair"].status is Status.EDITED
    assert listed["flag"].left_doc is not None and listed["flag"].right_doc is not None
    assert loaded[listed["flag"].right_doc].path.name.startswith("001_")

    # Opening the edited pair: the note is placed by its words, the flag is an orphan.
    copy = read(folder, "001")
    review = store.pair_review(doc_ref(base), doc_ref(copy))
    assert not review.reviewed and all(m.inherited for m in review.marks)
    now = compare(base.text, copy.text)
    placed = place_marks(now, review.marks)
    assert [(o.reason, o.mark.anchor.right) for o in placed.orphans] == [(Lost.TEXT_GONE, "ISIS")]
    (noted,) = placed.by_change
    assert "Reuters reported" in words(now, noted)[1]

    # Changing the inherited note moves it to the new pair of texts.
    store.set_note(
        doc_ref(base),
        doc_ref(copy),
        anchor_of(now, noted),
        "kept, still",
        earlier=placed.by_change[noted],
    )
    review = store.pair_review(doc_ref(base), doc_ref(copy))
    notes = [(m.note, m.inherited) for m in review.marks]
    assert notes == [("kept, still", False), ("", True)]  # and the orphaned flag stays listed


def test_a_deleted_document_orphans_its_marks_in_that_folder_only(tmp_path, store):
    folder = copy_sample(tmp_path / "news")
    base, copy = read(folder, "000"), read(folder, "001")
    result = compare(base.text, copy.text)
    store.set_flag(doc_ref(base), doc_ref(copy), anchor_of(result, 0))
    copy.path.unlink()
    loaded = load_paths([folder]).documents
    (entry,) = store.list_flags_and_notes(loaded, folder)
    assert entry.status is Status.ORPHANED and "no longer in the folder" in entry.reason
    assert store.list_flags_and_notes(loaded) == []  # without the folder: not its pair


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x00\x01binary now\x00" * 100, "binary file (contains NUL bytes)"),
        (bytes(range(128, 256)) * 40, None),  # undecodable: the reader's own words
        (None, None),  # past the size cap
    ],
    ids=["binary", "undecodable", "too-large"],
)
def test_a_document_that_can_no_longer_be_read_is_said_so_not_gone(
    tmp_path, store, content, reason
):
    """A file still in the folder but unreadable was listed "is no longer in the folder"
    while the Problems panel listed it there: the reason is now the load's problem."""
    folder = copy_sample(tmp_path / "news")
    base, copy = read(folder, "000"), read(folder, "001")
    store.set_flag(doc_ref(base), doc_ref(copy), anchor_of(compare(base.text, copy.text), 0))
    if content is None:
        with copy.path.open("r+b") as handle:
            handle.truncate(MAX_BYTES + 1)
    else:
        copy.path.write_bytes(content)
    loaded = load_paths([folder])
    (problem,) = [p for p in loaded.problems if p.path == copy.path]
    assert reason is None or problem.reason == reason
    (entry,) = store.list_flags_and_notes(loaded.documents, folder)
    assert entry.status is Status.ORPHANED
    assert entry.reason == f"{copy.path.name} cannot be read: {problem.reason}"


def test_an_article_gone_from_a_file_still_there_is_said_so(tmp_path, store):
    """ "feed.jsonl#3 is no longer in the folder" when the feed is there, one article
    shorter: the reason names the article."""
    import json

    folder = tmp_path / "news"
    folder.mkdir()
    feed = folder / "feed.jsonl"
    bodies = [
        f"Article {n}. The council met on Tuesday and voted on the plan {n}." for n in range(3)
    ]
    feed.write_text("\n".join(json.dumps({"body": b}) for b in bodies), encoding="utf-8")
    docs = load_paths([folder]).documents
    second, third = docs[1], docs[2]
    store.set_flag(doc_ref(second), doc_ref(third), anchor_of(compare(second.text, third.text), 0))
    feed.write_text("\n".join(json.dumps({"body": b}) for b in bodies[:2]), encoding="utf-8")
    (entry,) = store.list_flags_and_notes(load_paths([folder]).documents, folder)
    assert entry.status is Status.ORPHANED
    assert entry.reason == "feed.jsonl#3: no article #3 in the file"


def test_the_store_never_writes_under_the_folder(tmp_path, store_path):
    folder = copy_sample(tmp_path / "news")
    before = snapshot(folder)
    with ReviewStore.open(store_path) as store:
        base, copy = read(folder, "000"), read(folder, "001")
        result = compare(base.text, copy.text)
        store.set_flag(doc_ref(base), doc_ref(copy), anchor_of(result, 0))
        store.set_reviewed(doc_ref(base), doc_ref(copy))
        store.list_flags_and_notes(load_paths([folder]).documents, folder)
    assert snapshot(folder) == before
    assert store_path.exists()


def test_a_name_that_is_not_utf8_and_a_lone_surrogate_title_are_stored(store, store_path, tmp_path):
    """A file name with a byte that is not UTF-8 (kept by surrogateescape) and a JSON title
    holding a lone surrogate escape: SQLite cannot encode either, so they are stored
    escaped; the pair's note and reviewed mark are found again under the same names."""
    text = "The council approved the harbour budget on Tuesday.\n"
    left = DocRef(text_hash(text), str(tmp_path / "b\udcff.txt"), "Title \ud800")
    right = DocRef(text_hash(text + "More.\n"), str(tmp_path / "c.txt"), "Other")
    store.set_pair_note(left, right, "checked")
    store.set_reviewed(left, right)
    review = store.pair_review(left, right)
    assert review.note == "checked" and review.reviewed
    with sqlite3.connect(store_path) as raw:
        stored = set(raw.execute("SELECT path, title FROM documents"))
    assert (str(tmp_path / "b\\udcff.txt"), "Title \\ud800") in stored


def test_forget_removes_a_pair_note_or_a_whole_mark_and_an_empty_pair(tmp_path, store_path):
    folder = copy_sample(tmp_path / "news")
    base, copy = read(folder, "000"), read(folder, "001")
    result = compare(base.text, copy.text)
    left, right = doc_ref(base), doc_ref(copy)
    with ReviewStore.open(store_path) as store:
        store.set_pair_note(left, right, "on the pair")
        store.set_flag(left, right, anchor_of(result, 0))
        store.set_note(left, right, anchor_of(result, 0), "flagged and noted")
        store.set_note(left, right, anchor_of(result, 1), "only noted")
        documents = load_paths([folder]).documents
        listed = store.list_flags_and_notes(documents, folder)
        assert len(listed) == 3
        store.forget(e for e in listed if e.note != "only noted")
        assert [e.note for e in store.list_flags_and_notes(documents, folder)] == ["only noted"]
        store.forget(listed)  # twice, and the rest: nothing left, not even the pair
        store.forget(listed)
        assert store.list_flags_and_notes(documents, folder) == []
        assert store.summaries() == {}


def test_a_write_elsewhere_is_noticed_and_its_own_writes_are_not(tmp_path, store, store_path):
    """``changed_elsewhere``: what a window asks before reading the store again (another
    window or process wrote to it)."""
    folder = copy_sample(tmp_path / "news")
    base, copy = doc_ref(read(folder, "000")), doc_ref(read(folder, "001"))
    assert not store.changed_elsewhere()  # nothing since it was opened
    store.set_reviewed(base, copy)
    assert not store.changed_elsewhere()  # its own write
    with ReviewStore.open(store_path) as other:  # another window, another process
        other.set_pair_note(base, copy, "from elsewhere")
    assert store.changed_elsewhere()
    assert not store.changed_elsewhere()  # said once
    assert store.pair_review(base, copy).note == "from elsewhere"
