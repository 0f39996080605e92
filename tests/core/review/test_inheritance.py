"""Which document a stored mark belongs to when names and texts get mixed up: a file kept
under another name, identical texts, a file name that is not UTF-8."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.core.review.helpers import copy_sample, read
from wirediff.core.compare import compare
from wirediff.core.reading import load_paths, read_document
from wirediff.core.review import Status, anchor_of, doc_ref, place_marks


def flag_first_change(store, folder: Path) -> Path:
    base, copy = read(folder, "000"), read(folder, "001")
    store.set_flag(doc_ref(base), doc_ref(copy), anchor_of(compare(base.text, copy.text), 0))
    return base.path


def new_version(path: Path) -> None:
    path.write_text(path.read_text(encoding="utf-8") + "\nA paragraph added.\n", "utf-8")


def test_a_file_kept_under_another_name_keeps_its_marks(tmp_path, store):
    folder = copy_sample(tmp_path / "news")
    old = flag_first_change(store, folder)
    kept = old.with_name("zz_kept_" + old.name)
    kept.write_bytes(old.read_bytes())  # the old text kept under a new name,
    new_version(old)  # a new text written at the old name
    store.documents_open(doc_ref(d) for d in load_paths([folder]).documents)
    new, copy, kept_doc = read(folder, "000"), read(folder, "001"), read_document(kept)

    assert store.pair_review(doc_ref(new), doc_ref(copy)).marks == ()
    (mark,) = store.pair_review(doc_ref(kept_doc), doc_ref(copy)).marks
    assert mark.flagged and not mark.inherited


def test_a_mark_taken_up_before_the_folder_was_known_is_copied_not_moved(tmp_path, store):
    folder = copy_sample(tmp_path / "news")
    old = flag_first_change(store, folder)
    kept = old.with_name("zz_kept_" + old.name)
    kept.write_bytes(old.read_bytes())
    new_version(old)
    new, copy, kept_doc = read(folder, "000"), read(folder, "001"), read_document(kept)
    (inherited,) = store.pair_review(doc_ref(new), doc_ref(copy)).marks  # (not told yet)
    store.documents_open(doc_ref(d) for d in (new, copy, kept_doc))

    now = compare(new.text, copy.text)
    placed = place_marks(now, [inherited])
    (change,) = placed.by_change
    store.set_note(doc_ref(new), doc_ref(copy), anchor_of(now, change), "seen", earlier=[inherited])
    assert [m.note for m in store.pair_review(doc_ref(new), doc_ref(copy)).marks] == ["seen"]
    (still,) = store.pair_review(doc_ref(kept_doc), doc_ref(copy)).marks
    assert still.flagged


def test_a_file_edited_in_place_still_inherits_with_the_folder_known(tmp_path, store):
    folder = copy_sample(tmp_path / "news")
    old = flag_first_change(store, folder)
    new_version(old)
    store.documents_open(doc_ref(d) for d in load_paths([folder]).documents)
    (mark,) = store.pair_review(doc_ref(read(folder, "000")), doc_ref(read(folder, "001"))).marks
    assert mark.inherited and mark.flagged


def test_identical_texts_a_note_is_listed_on_the_file_it_was_written_on(tmp_path, store):
    folder = tmp_path / "news"
    folder.mkdir()
    same = "The council approved the harbour budget on Tuesday after a long debate.\n"
    for name, text in (("a_original", same), ("b_copy", same), ("c_other", same + "More.\n")):
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    docs = {d.path.stem: d for d in load_paths([folder]).documents}
    for left in ("a_original", "b_copy"):
        store.set_pair_note(doc_ref(docs[left]), doc_ref(docs["c_other"]), f"on {left}")
        listed = store.list_flags_and_notes(list(docs.values()), folder)
        (entry,) = [e for e in listed if e.note == f"on {left}"]
        assert (Path(entry.left.path).stem, Path(entry.right.path).stem) == (left, "c_other")


@pytest.mark.skipif(sys.platform != "linux", reason="a file name of bytes that are not UTF-8")
def test_a_name_that_is_not_utf8_inherits_its_marks_when_edited(tmp_path, store):
    folder = tmp_path / "news"
    folder.mkdir()
    base_text = "The council approved the harbour budget on Tuesday after a long debate.\n"
    name = os.fsdecode(b"caf\xe9.txt")
    (folder / name).write_text(base_text, encoding="utf-8")
    (folder / "b.txt").write_text(base_text.replace("Tuesday", "Monday"), encoding="utf-8")
    cafe, other = read_document(folder / name), read_document(folder / "b.txt")
    result = compare(cafe.text, other.text)
    store.set_flag(doc_ref(cafe), doc_ref(other), anchor_of(result, 0))

    (folder / name).write_text("A first line added.\n" + base_text, encoding="utf-8")
    cafe = read_document(folder / name)
    (mark,) = store.pair_review(doc_ref(cafe), doc_ref(other)).marks
    assert mark.inherited and mark.flagged
    (entry,) = store.list_flags_and_notes(load_paths([folder]).documents, folder)
    assert entry.status is Status.EDITED, entry.reason


def test_many_pairs_read_at_once_are_what_each_pair_reads(tmp_path, store):
    """``pair_reviews`` (the list's marks, every pair at once) gives what ``pair_review``
    gives each pair, inherited marks included, and ``marked_pairs`` names the pairs that
    hold flags or notes, with their paths: a file edited in place is found by them."""
    folder = copy_sample(tmp_path / "news")
    old = flag_first_change(store, folder)
    base, third = read(folder, "000"), read(folder, "002")
    store.set_reviewed(doc_ref(base), doc_ref(third))
    old_base = doc_ref(base)
    new_version(old)
    docs = load_paths([folder]).documents
    store.documents_open(doc_ref(d) for d in docs)
    pairs = [(doc_ref(docs[0]), doc_ref(d)) for d in docs[1:]] + [
        (doc_ref(docs[2]), doc_ref(docs[0]))
    ]
    assert store.pair_reviews(pairs) == [store.pair_review(*p) for p in pairs]
    first = store.pair_reviews(pairs)[0]
    assert [(m.flagged, m.inherited) for m in first.marks] == [(True, True)]
    ((key, paths),) = store.marked_pairs().items()  # the reviewed pair has no marks
    assert old_base.hash in key and str(old) in paths
