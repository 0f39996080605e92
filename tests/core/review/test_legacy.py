"""The reviewed pairs and flags QSettings kept by path and number move into the store."""

from __future__ import annotations

from tests.core.review.helpers import SAMPLE, read
from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.review import doc_ref, place_marks
from wirediff.core.review.legacy import Compared, import_settings


def test_settings_review_state_is_imported_once(store):
    base, copy, other = (read(SAMPLE, p) for p in ("000", "001", "002"))
    key = "\t".join(sorted((str(base.path), str(copy.path))))
    gone = f"{SAMPLE}/gone.txt\t{base.path}"
    result = compare(base.text, copy.text)
    isis = next(c.index for c in result.changes if result.right_text[slice(*c.right)] == "ISIS")
    calls: list[bool] = []

    def compared(a: Document, b: Document, clean: bool) -> Compared:
        calls.append(clean)
        left, right = (a, b) if a.path.name < b.path.name else (b, a)  # the app's base rule
        return Compared(left, right, compare(left.text, right.text))

    for _ in range(2):
        imported = import_settings(
            store,
            reviewed=[key, gone],
            flags={key: [isis, 999], gone: [1]},
            documents=[base, copy, other],
            compared=compared,
        )
        assert (imported.reviewed, imported.flags) == (1, 1)
        assert len(imported.skipped) == 3
        assert any("no change number 1000" in s for s in imported.skipped)
        assert "gone.txt" in imported.skipped[0]
    assert calls == [False, False]
    review = store.pair_review(doc_ref(copy), doc_ref(base))
    assert review.reviewed
    (mark,) = review.marks
    assert (mark.anchor.left, mark.anchor.right) == ("ISIS", "Islamic State")
    assert list(
        place_marks(result, store.pair_review(doc_ref(base), doc_ref(copy)).marks).by_change
    ) == [isis]


def test_pairs_are_compared_before_the_store_is_locked(store, store_path):
    """The import held one write transaction while it compared every flagged pair (seconds
    for long texts): r, f and m waited 10 s, then failed. Found by fuzzing the app."""
    import sqlite3

    base, copy = read(SAMPLE, "000"), read(SAMPLE, "001")
    key = "\t".join(sorted((str(base.path), str(copy.path))))
    writable: list[bool] = []

    def compared(a: Document, b: Document, clean: bool) -> Compared:
        other = sqlite3.connect(store_path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")  # another writer gets the lock meanwhile
            other.execute("ROLLBACK")
            writable.append(True)
        except sqlite3.OperationalError:
            writable.append(False)
        finally:
            other.close()
        return Compared(a, b, compare(a.text, b.text))

    imported = import_settings(
        store, reviewed=[key], flags={key: [0]}, documents=[base, copy], compared=compared
    )
    assert (imported.reviewed, imported.flags) == (1, 1) and writable == [True]
