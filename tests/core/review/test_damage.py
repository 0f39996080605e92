"""Damage a sound SQLite file does not show: a JSON value cut short, the file removed or
replaced while open. Each costs at most the damaged row, and the user is told."""

from __future__ import annotations

import shutil
import sqlite3

import pytest

from tests.core.review.conftest import Clock
from tests.core.review.helpers import DEEP_JSON, copy_sample, read
from wirediff.core.compare import compare
from wirediff.core.reading import load_paths
from wirediff.core.review import (
    DocRef,
    Lost,
    ReviewStore,
    Status,
    StoreError,
    anchor_of,
    doc_ref,
    place_marks,
    text_hash,
)


def cut_last_byte(path, table: str, column: str, row_id: str, value: object) -> None:
    with sqlite3.connect(path) as raw:
        raw.execute(
            f"UPDATE {table} SET {column} = substr({column}, 1, length({column}) - 1) "
            f"WHERE {row_id} = ?",
            (value,),
        )
    raw.close()


@pytest.mark.parametrize("column", ["payload", "documents"])
def test_a_damaged_correction_is_skipped_and_said_the_others_stay(store_path, column):
    with ReviewStore.open(store_path) as store:
        first = store.add_correction("/news", "move", ["h1", "h2"], {"kind": "move"})
        store.add_correction("/news", "split", ["h3"], {"kind": "split"})
    cut_last_byte(store_path, "corrections", column, "id", first)

    with ReviewStore.open(store_path) as store:
        assert str(store_path) in store.notice and "1 story correction" in store.notice
        damaged, kept = store.corrections("/news")
        assert damaged.damaged and damaged.payload == {} and damaged.documents == ()
        assert not kept.damaged and kept.payload == {"kind": "split"}


@pytest.mark.parametrize(
    ("column", "value"),
    [
        ("payload", '{"kind": ' + DEEP_JSON + "}"),  # RecursionError stopped every command
        ("documents", DEEP_JSON),
        ("payload", '{"kind": "split", "docs": ' + "9" * 5000 + "}"),
        ("payload_version", "abc"),  # int() raised ValueError, even on the damaged path
        ("payload_version", 1.5),
    ],
)
def test_a_correction_row_of_hostile_json_or_version_costs_only_its_row(store_path, column, value):
    """Found by fuzzing: each stopped every command that read the store (and the app's
    start, which counts damaged rows)."""
    with ReviewStore.open(store_path) as store:
        first = store.add_correction("/news", "move", ["h1", "h2"], {"kind": "move"})
        store.add_correction("/news", "split", ["h3"], {"kind": "split"})
    with sqlite3.connect(store_path) as raw:
        raw.execute(f"UPDATE corrections SET {column} = ? WHERE id = ?", (value, first))
    raw.close()

    with ReviewStore.open(store_path) as store:
        assert "1 story correction (not applied)" in store.notice
        damaged, kept = store.corrections("/news")
        assert damaged.damaged and damaged.payload == {} and damaged.documents == ()
        assert not kept.damaged and kept.payload == {"kind": "split"}
        assert set(store.correction_folders()) == {"/news"}


@pytest.mark.parametrize(
    "anchor",
    [
        DEEP_JSON,
        '{"occurrence": ' + "9" * 5000 + "}",
        '{"occurrence": 1e999}',  # int(inf): OverflowError
    ],
)
def test_a_mark_of_hostile_json_is_listed_as_orphaned(tmp_path, store_path, anchor):
    folder, base, copy = damaged_mark(tmp_path, store_path)
    with sqlite3.connect(store_path) as raw:
        raw.execute("UPDATE marks SET anchor = ? WHERE flagged_at IS NOT NULL", (anchor,))
    raw.close()

    with ReviewStore.open(store_path) as store:
        assert "the flags or notes of 1 change" in store.notice
        marks = store.pair_review(doc_ref(copy), doc_ref(base)).marks
        assert [bool(m.damaged) for m in marks] == [True, False]
        listed = store.list_flags_and_notes(load_paths([folder]).documents, folder)
    assert sorted(e.status for e in listed) == [Status.CURRENT, Status.ORPHANED]


def damaged_mark(tmp_path, store_path):  # type: ignore[no-untyped-def]
    """A copy of the sample with a flag (its anchor then damaged) and a note on 000/001:
    the folder and the pair's two documents."""
    folder = copy_sample(tmp_path / "news")
    base, copy = read(folder, "000"), read(folder, "001")
    result = compare(base.text, copy.text)
    with ReviewStore.open(store_path, clock=Clock()) as store:
        store.set_flag(doc_ref(base), doc_ref(copy), anchor_of(result, 0))
        store.set_note(doc_ref(base), doc_ref(copy), anchor_of(result, 1), "kept")
        (bad, _good) = store.pair_review(doc_ref(base), doc_ref(copy)).marks
    cut_last_byte(store_path, "marks", "anchor", "change_key", bad.stored_key)
    return folder, base, copy


def test_a_damaged_mark_is_listed_as_orphaned_and_the_pair_still_reads(tmp_path, store_path):
    folder, base, copy = damaged_mark(tmp_path, store_path)

    with ReviewStore.open(store_path) as store:
        assert str(store_path) in store.notice and "1 change" in store.notice
        marks = store.pair_review(doc_ref(copy), doc_ref(base)).marks
        placed = place_marks(compare(copy.text, base.text), marks)
        assert [(o.reason, o.mark.flagged) for o in placed.orphans] == [(Lost.DAMAGED, True)]
        assert [m.note for ms in placed.by_change.values() for m in ms] == ["kept"]
        listed = store.list_flags_and_notes(load_paths([folder]).documents, folder)
    assert sorted((e.status, e.reason) for e in listed) == [
        (Status.CURRENT, ""),
        (Status.ORPHANED, Lost.DAMAGED.value),
    ]


def test_a_store_removed_while_open_is_written_again_and_the_write_refused_once(store_path):
    with ReviewStore.open(store_path) as store:
        store.set_pair_note(doc_ref_of("a"), doc_ref_of("b"), "before")
        shutil.rmtree(store_path.parent)  # a cleanup tool removes the data folder
        with pytest.raises(StoreError, match=r"removed or moved away.*do it again") as said:
            store.set_reviewed(doc_ref_of("a"), doc_ref_of("b"))
        assert str(store_path) in str(said.value)
        store.set_reviewed(doc_ref_of("a"), doc_ref_of("b"))
    with ReviewStore.open(store_path) as again:
        review = again.pair_review(doc_ref_of("a"), doc_ref_of("b"))
        assert review.note == "before" and review.reviewed and again.notice == ""


def test_a_store_replaced_while_open_is_used_from_then_on(store_path):
    with ReviewStore.open(store_path) as store:
        store.set_pair_note(doc_ref_of("a"), doc_ref_of("b"), "old file")
        store_path.rename(store_path.with_name("elsewhere.sqlite3"))
        with ReviewStore.open(store_path) as other:  # another wirediff starts a new one
            other.set_pair_note(doc_ref_of("c"), doc_ref_of("d"), "new file")
        with pytest.raises(StoreError, match="replaced by another file"):
            store.set_reviewed(doc_ref_of("a"), doc_ref_of("b"))
        store.set_reviewed(doc_ref_of("a"), doc_ref_of("b"))
        assert store.pair_review(doc_ref_of("c"), doc_ref_of("d")).note == "new file"
    with ReviewStore.open(store_path) as again:
        assert again.is_reviewed(doc_ref_of("a"), doc_ref_of("b"))


def doc_ref_of(name: str) -> DocRef:
    return DocRef(text_hash(name), f"/news/{name}.txt")


def test_a_damaged_mark_forgotten_is_gone_and_no_longer_said(tmp_path, store_path):
    """The notice came back at every start while the damaged row stayed, and nothing could
    remove it: Flags & notes' Forget deletes it."""
    folder, _base, _copy = damaged_mark(tmp_path, store_path)
    documents = load_paths([folder]).documents
    with ReviewStore.open(store_path) as store:
        listed = store.list_flags_and_notes(documents, folder)
        store.forget(e for e in listed if e.status is Status.ORPHANED)
    with ReviewStore.open(store_path) as store:
        assert store.notice == ""
        assert [e.note for e in store.list_flags_and_notes(documents, folder)] == ["kept"]


def test_notes_stored_as_bytes_read_as_text(tmp_path, store_path):
    """SQLite keeps whatever it is given: a note stored as bytes (another program, damage)
    was exported as Python's "b'\\xc3'"."""
    import sqlite3

    folder = copy_sample(tmp_path / "news")
    base, copy = read(folder, "000"), read(folder, "001")
    result = compare(base.text, copy.text)
    with ReviewStore.open(store_path, clock=Clock()) as store:
        store.set_note(doc_ref(base), doc_ref(copy), anchor_of(result, 1), "kept")
        store.set_pair_note(doc_ref(base), doc_ref(copy), "whole")
    with sqlite3.connect(store_path) as conn:
        conn.execute("UPDATE marks SET note = ?", ("Caf\u00e9 \u2014 ok".encode() + b"\xc3",))
        conn.execute("UPDATE pairs SET note = ?", (b"pair \xe2\x80\x94 note",))
    conn.close()
    with ReviewStore.open(store_path) as store:
        review = store.pair_review(doc_ref(base), doc_ref(copy))
        listed = store.list_flags_and_notes(load_paths([folder]).documents, folder)
    assert review.note == "pair \u2014 note"
    assert [m.note for m in review.marks] == ["Caf\u00e9 \u2014 ok\ufffd"]
    assert sorted(e.note for e in listed) == ["Caf\u00e9 \u2014 ok\ufffd", "pair \u2014 note"]
