"""The review store: reviewed pairs, flags and notes, kept in SQLite beside the user's data.

One ``ReviewStore`` per thread (SQLite connections stay in the thread that opened them);
several processes may use the same file at once. Every write is one short transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from wirediff.core.document import Document
from wirediff.core.review.anchors import ChangeAnchor
from wirediff.core.review.connection import (
    Clock,
    StoreError,
    file_identity,
    open_connection,
    open_snapshot,
    reopen,
)
from wirediff.core.review.identity import DocRef, PairKey, is_swapped, pair_key
from wirediff.core.review.listing import Listed, StoredPair, folder_listing, reviewed_listing
from wirediff.core.review.model import Correction, Mark, PairReview, PairSummary
from wirediff.core.review.rows import (
    CORRECTION_COLUMNS,
    MARK_COLUMNS,
    cell_text,
    correction_of,
    damage_notice,
    mark_of,
)
from wirediff.core.textsafe import utf8_safe

STORE_FILE = "review.sqlite3"

# Stored pairs beside the paths their documents were last seen at (da.path, db.path).
_PAIRS_SEEN = (
    "pairs p JOIN documents da ON da.hash = p.doc_a JOIN documents db ON db.hash = p.doc_b"
)
# A stored pair as ``ReviewStore._review`` reads it.
_PAIR_COLUMNS = (
    f"p.id, p.doc_a, p.doc_b, p.reviewed_at, p.note, p.note_at, da.path, db.path FROM {_PAIRS_SEEN}"
)


def _utc_now() -> datetime:
    return datetime.now(UTC)


def _bindable(params: Sequence[object]) -> Sequence[object]:
    """``params`` as SQLite takes them: text that is not valid UTF-8 escaped (``utf8_safe``)."""
    if all(not isinstance(p, str) or p.isascii() for p in params):
        return params
    return [utf8_safe(p) if isinstance(p, str) else p for p in params]


class ReviewStore:
    """Reviewed marks, flags and notes per document pair and per change.

    Open with ``ReviewStore.open(path)``; ``notice`` then says if a bad file was set aside.
    Documents are ``DocRef``s (``doc_ref(document)``); changes are ``ChangeAnchor``s
    (``anchor_of(comparison, i)``), oriented like the pair they are passed with.
    Every method raises ``StoreError`` (never ``sqlite3`` errors) when the file fails.
    Tell it the documents open (``documents_open``): marks are inherited by path only from
    texts that are no longer open.
    """

    def __init__(
        self, conn: sqlite3.Connection, path: Path, notice: str, clock: Clock, timeout: float
    ) -> None:
        self._conn, self.path, self.notice, self._clock = conn, path, notice, clock
        self._timeout, self._depth = timeout, 0
        self._file = file_identity(path)
        self._open: frozenset[str] = frozenset()
        self._version: int | None = None  # PRAGMA data_version when last asked (None: unknown)

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        timeout: float = 10.0,
        clock: Clock = _utc_now,
        set_aside: bool = True,
        read_only: bool = False,
    ) -> ReviewStore:
        """Open (create, upgrade, or set aside and restart) the store file ``path``.

        ``timeout``: seconds to wait for another process's write to end. ``set_aside``
        False: a file that is not a usable store raises ``StoreError`` and stays untouched.
        ``read_only``: the file is only read (``open_snapshot``: the command line's), as
        it was when opened; a file that is not a usable store raises ``StoreError``.
        """
        if read_only:
            conn, notice = open_snapshot(Path(path), timeout), ""
        else:
            conn, notice = open_connection(Path(path), timeout, clock, set_aside=set_aside)
        store = cls(conn, Path(path), notice, clock, timeout)
        if read_only:
            store._file = None  # a copy: never opened again at its path (that would write)
        try:
            with store._errors():
                damaged = damage_notice(conn, store.path)
            store.changed_elsewhere()  # what is there now is what was opened
        except StoreError:
            store.close()
            raise
        store.notice = " ".join(text for text in (notice, damaged) if text)
        return store

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> ReviewStore:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # --- plumbing ------------------------------------------------------------------------
    def now(self) -> str:
        """The store's clock as stored: ISO 8601 UTC, seconds."""
        return self._clock().astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group writes into one transaction (all or nothing); nested uses join the outer."""
        if self._depth:
            self._depth += 1
            try:
                yield
            finally:
                self._depth -= 1
            return
        self._same_file()
        with self._errors():
            self._conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield
        except BaseException:
            self._depth = 0
            with self._errors():
                self._conn.execute("ROLLBACK")
            raise
        self._depth = 0
        try:
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self._conn.rollback()  # leave no transaction open behind a failed commit
            raise self._failure(exc) from exc

    def _same_file(self) -> None:
        """Before a write: the file at ``path`` must still be the one opened, or the write
        would go to a file no one will read again. Once it is not, the store is opened again
        at its path (``reopen``: nothing this window read is lost) and this write refused,
        saying so: the user does it again."""
        now = file_identity(self.path)
        if self._file is None or now == self._file:
            return
        conn, what = reopen(self._conn, self.path, replaced=now is not None, timeout=self._timeout)
        self._conn.close()
        self._conn, self._file = conn, file_identity(self.path)
        self._version = None  # another file: what it holds has not been read
        raise StoreError(f"the review store {self.path} {what}. Nothing was saved: do it again")

    def _failure(self, exc: sqlite3.Error) -> StoreError:
        """What failed, naming the store; a lock held too long by another program's write
        says so ("database is locked" told the user nothing)."""
        code = getattr(exc, "sqlite_errorcode", None)
        if isinstance(code, int) and code & 0xFF in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
            return StoreError(
                f"the review store {self.path} is busy: another program (or another wirediff) "
                "is writing to it; nothing was saved, try again in a moment"
            )
        return StoreError(f"review store {self.path}: {exc}")

    @contextmanager
    def _errors(self) -> Iterator[None]:
        try:
            yield
        except sqlite3.Error as exc:
            raise self._failure(exc) from exc

    def _rows(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        with self._errors():
            return list(self._conn.execute(sql, _bindable(params)))

    def _write(self, sql: str, params: Sequence[object] = ()) -> int:
        """Run one statement inside the current transaction; the last inserted row id."""
        with self._errors():
            return int(self._conn.execute(sql, _bindable(params)).lastrowid or 0)

    def _touch(self, *docs: DocRef) -> None:
        for doc in docs:
            self._write(
                "INSERT INTO documents (hash, path, title, seen_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT (hash) DO UPDATE SET path = excluded.path, "
                "title = excluded.title, seen_at = excluded.seen_at",
                (doc.hash, doc.path, doc.title, self.now()),
            )

    def _pair_id(self, left: DocRef, right: DocRef) -> int:
        """The pair's row (made if missing), with both documents' last paths updated and
        ``left`` kept as the side it is read from (its base)."""
        self._touch(left, right)
        a, b = pair_key(left, right)
        self._write("INSERT INTO pairs (doc_a, doc_b) VALUES (?, ?) ON CONFLICT DO NOTHING", (a, b))
        ((pair,),) = self._rows("SELECT id FROM pairs WHERE doc_a = ? AND doc_b = ?", (a, b))
        self._write("UPDATE pairs SET base = ? WHERE id = ?", (left.hash, pair))
        return int(pair)

    def _drop_if_empty(self, pair_id: int) -> None:
        self._write(
            "DELETE FROM pairs WHERE id = ? AND reviewed_at IS NULL AND note = '' "
            "AND NOT EXISTS (SELECT 1 FROM marks WHERE pair_id = pairs.id)",
            (pair_id,),
        )

    def changed_elsewhere(self) -> bool:
        """Whether another connection (another window or process, the command line, a
        background thread's store) wrote to the store since this was last asked, or since it
        was opened. Cheap enough to ask often: SQLite's ``data_version`` reads no table, and
        this connection's own writes do not count."""
        ((now,),) = self._rows("PRAGMA data_version")
        before, self._version = self._version, int(now)
        return before != self._version

    # --- pairs ---------------------------------------------------------------------------
    def set_reviewed(self, left: DocRef, right: DocRef, reviewed: bool = True) -> None:
        """Mark the pair reviewed (now) or not; either side may be the base."""
        with self.transaction():
            pair = self._pair_id(left, right)
            when = self.now() if reviewed else None
            self._write(
                "UPDATE pairs SET reviewed_at = CASE WHEN ? IS NULL THEN NULL "
                "ELSE coalesce(reviewed_at, ?) END WHERE id = ?",
                (when, when, pair),
            )
            self._drop_if_empty(pair)

    def set_pair_note(self, left: DocRef, right: DocRef, text: str) -> None:
        """The note on the pair as a whole ("" removes it)."""
        with self.transaction():
            pair = self._pair_id(left, right)
            when = self.now() if text else None
            self._write("UPDATE pairs SET note = ?, note_at = ? WHERE id = ?", (text, when, pair))
            self._drop_if_empty(pair)

    def reviewed_pairs(self) -> frozenset[PairKey]:
        """Every pair marked reviewed (a human-sized set: ask it once, test membership)."""
        rows = self._rows("SELECT doc_a, doc_b FROM pairs WHERE reviewed_at IS NOT NULL")
        return frozenset((str(a), str(b)) for a, b in rows)

    def list_reviewed(self, documents: Sequence[Document]) -> list[tuple[int, int]]:
        """The pairs of ``documents`` marked reviewed, as indices (the side it was read
        from first, ``listing.read_from``), each document found as ``list_flags_and_notes``
        finds it: of identical texts, the file it was last seen at, so an export holds the
        pair the user reviewed, not also a copy of one of its texts."""
        rows = self._rows(
            f"SELECT p.doc_a, p.doc_b, da.path, db.path, p.base FROM {_PAIRS_SEEN} "
            "WHERE p.reviewed_at IS NOT NULL"
        )
        stored = [
            ((DocRef(str(a), str(pa)), DocRef(str(b), str(pb))), base)
            for a, b, pa, pb, base in rows
        ]
        return reviewed_listing(stored, documents)

    def is_reviewed(self, left: DocRef, right: DocRef) -> bool:
        return pair_key(left, right) in self.reviewed_pairs()

    def next_unreviewed(self, pairs: Sequence[tuple[DocRef, DocRef]], start: int = 0) -> int | None:
        """The index of the first pair of ``pairs`` at or after ``start`` (wrapping around)
        that is not marked reviewed; None when every one is."""
        reviewed = self.reviewed_pairs()
        for step in range(len(pairs)):
            i = (start + step) % len(pairs)
            if pair_key(*pairs[i]) not in reviewed:
                return i
        return None

    def summaries(self) -> dict[PairKey, PairSummary]:
        """Per pair with anything stored: reviewed, number of flags, number of notes."""
        rows = self._rows(
            "SELECT p.doc_a, p.doc_b, p.reviewed_at IS NOT NULL, "
            "count(m.flagged_at), count(nullif(m.note, '')) + (p.note != '') "
            "FROM pairs p LEFT JOIN marks m ON m.pair_id = p.id GROUP BY p.id"
        )
        return {(str(a), str(b)): PairSummary(bool(r), int(f), int(n)) for a, b, r, f, n in rows}

    def marked_pairs(self) -> dict[PairKey, tuple[str, str]]:
        """Every pair with flags or notes on its changes — what a file edited in place
        inherits (``pair_review``) — with the paths its two documents were last seen at
        (stored escaped, ``utf8_safe``). Human-sized, like ``summaries``."""
        rows = self._rows(
            f"SELECT p.doc_a, p.doc_b, da.path, db.path FROM {_PAIRS_SEEN} "
            "WHERE EXISTS (SELECT 1 FROM marks m WHERE m.pair_id = p.id)"
        )
        return {(str(a), str(b)): (str(pa), str(pb)) for a, b, pa, pb in rows}

    # --- changes -------------------------------------------------------------------------
    def set_flag(
        self,
        left: DocRef,
        right: DocRef,
        anchor: ChangeAnchor,
        flagged: bool = True,
        *,
        earlier: Sequence[Mark] = (),
    ) -> None:
        """Flag (or unflag) the change ``anchor`` of the pair, oriented as (left, right).

        ``earlier``: inherited marks placed on this change; they move to this pair.
        """
        self._set_mark(left, right, anchor, flagged=flagged, earlier=earlier)

    def set_note(
        self,
        left: DocRef,
        right: DocRef,
        anchor: ChangeAnchor,
        text: str,
        *,
        earlier: Sequence[Mark] = (),
    ) -> None:
        """The note on the change ``anchor`` ("" removes it); ``earlier`` as in set_flag."""
        self._set_mark(left, right, anchor, note=text, earlier=earlier)

    def _set_mark(
        self,
        left: DocRef,
        right: DocRef,
        anchor: ChangeAnchor,
        *,
        flagged: bool | None = None,
        note: str | None = None,
        earlier: Sequence[Mark],
    ) -> None:
        stored = anchor.swapped() if is_swapped(left, right) else anchor
        now = self.now()
        with self.transaction():
            pair = self._pair_id(left, right)
            self._write(
                "INSERT INTO marks (pair_id, change_key, anchor, created_at) VALUES (?, ?, ?, ?) "
                "ON CONFLICT DO NOTHING",
                (pair, stored.key, stored.to_json(), now),
            )
            for old in earlier:
                self._adopt(pair, stored.key, old)
            if flagged is not None:
                self._write(
                    "UPDATE marks SET flagged_at = CASE WHEN ? THEN coalesce(flagged_at, ?) "
                    "END WHERE pair_id = ? AND change_key = ?",
                    (flagged, now, pair, stored.key),
                )
            if note is not None:
                self._write(
                    "UPDATE marks SET note = ?, note_at = ? WHERE pair_id = ? AND change_key = ?",
                    (note, now if note else None, pair, stored.key),
                )
            self._write(
                "DELETE FROM marks WHERE pair_id = ? AND change_key = ? "
                "AND flagged_at IS NULL AND note = ''",
                (pair, stored.key),
            )
            self._drop_if_empty(pair)

    def _adopt(self, pair: int, key: str, old: Mark) -> None:
        """Merge an inherited mark into (pair, key) and delete it where it was, unless both
        documents of that pair are open (then it is theirs too: copied, not moved)."""
        if old.pair == self._key_of(pair) and old.stored_key == key:
            return
        self._write(
            "UPDATE marks SET flagged_at = coalesce(flagged_at, ?), "
            "note = CASE WHEN note = '' THEN ? ELSE note END, "
            "note_at = CASE WHEN note = '' THEN ? ELSE note_at END, "
            "created_at = min(created_at, ?) WHERE pair_id = ? AND change_key = ?",
            (old.flagged_at, old.note, old.note_at, old.created_at, pair, key),
        )
        rows = self._rows("SELECT id FROM pairs WHERE doc_a = ? AND doc_b = ?", old.pair)
        if rows and not set(old.pair) <= self._open:
            old_pair = int(rows[0][0])
            self._write(
                "DELETE FROM marks WHERE pair_id = ? AND change_key = ?",
                (old_pair, old.stored_key),
            )
            self._drop_if_empty(old_pair)

    def _key_of(self, pair: int) -> PairKey:
        ((a, b),) = self._rows("SELECT doc_a, doc_b FROM pairs WHERE id = ?", (pair,))
        return (str(a), str(b))

    # --- reading a pair ------------------------------------------------------------------
    def documents_open(self, documents: Iterable[DocRef]) -> None:
        """The documents open now (every one, not only the pair on screen). A text among
        them is not an earlier state of a file edited in place, whatever its last-seen
        path: its marks are not inherited, and stay where they are when a pair changes."""
        self._open = frozenset(doc.hash for doc in documents)

    def pair_review(self, left: DocRef, right: DocRef) -> PairReview:
        """What is stored about the pair, oriented as (left, right).

        Marks stored on an earlier text of either document (a file edited in place: same
        path, new text, the old text no longer open) are included as ``inherited``; place
        them all with ``place_marks(comparison, review.marks)``.
        """
        own = pair_key(left, right)
        sides = (left.hash, right.hash, left.path, right.path)
        rows = self._rows(
            f"SELECT {_PAIR_COLUMNS} WHERE (p.doc_a = ? AND p.doc_b = ?) "
            "OR ((p.doc_a IN (?, ?) OR da.path IN (?, ?)) "
            "AND (p.doc_b IN (?, ?) OR db.path IN (?, ?)))",
            (*own, *sides, *sides),
        )
        return self._review(left, right, rows)

    def pair_reviews(self, pairs: Sequence[tuple[DocRef, DocRef]]) -> list[PairReview]:
        """``pair_review`` of each of ``pairs``, the stored pairs read once: for many pairs
        at a time (each ``pair_review`` reads every stored pair)."""
        rows = self._rows(f"SELECT {_PAIR_COLUMNS}")
        near: dict[tuple[str, str], list[tuple[Any, ...]]] = {}  # (hash or path) x (same)
        for row in rows:
            for a in {str(row[1]), str(row[6])}:
                for b in {str(row[2]), str(row[7])}:
                    near.setdefault((a, b), []).append(row)
        out = []
        for left, right in pairs:
            sides = {left.hash, right.hash, utf8_safe(left.path), utf8_safe(right.path)}
            found = {int(row[0]): row for a in sides for b in sides for row in near.get((a, b), ())}
            out.append(self._review(left, right, [found[pid] for pid in sorted(found)]))
        return out

    def _review(self, left: DocRef, right: DocRef, rows: Iterable[tuple[Any, ...]]) -> PairReview:
        """The pair's review from the stored ``rows`` (``_PAIR_COLUMNS``) that may be it or
        an earlier state of it: those that are not are skipped (``_orientation``)."""
        own = pair_key(left, right)
        reviewed_at, note, note_at = None, "", None
        own_marks: list[Mark] = []
        inherited: list[Mark] = []
        for pid, a, b, r_at, p_note, p_note_at, path_a, path_b in rows:
            key = (str(a), str(b))
            flip = _orientation(left, right, key, (str(path_a), str(path_b)), self._open)
            if flip is None:
                continue
            if key == own:
                reviewed_at, note, note_at = r_at, cell_text(p_note), p_note_at
            target = own_marks if key == own else inherited
            target.extend(self._marks(int(pid), key, flip, inherited=key != own))
        seen = {m.anchor.key for m in own_marks}
        extra = [m for m in inherited if m.anchor.key not in seen]
        return PairReview(
            left,
            right,
            None if reviewed_at is None else str(reviewed_at),
            note,
            None if note_at is None else str(note_at),
            (*own_marks, *extra),
        )

    # --- story corrections ---------------------------------------------------------------
    def add_correction(
        self,
        folder: str,
        kind: str,
        documents: Sequence[str],
        payload: Mapping[str, object] | None = None,
        *,
        payload_version: int = 1,
    ) -> int:
        """Keep a correction of the grouping of ``folder`` (the caller's key for it); its id.

        ``documents`` are text hashes; ``payload`` is any JSON object (``ValueError`` if not).
        """
        try:
            data = json.dumps(dict(payload or {}), ensure_ascii=False, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise ValueError(f"a correction's payload must be a JSON object: {exc}") from exc
        with self.transaction():
            return self._write(
                "INSERT INTO corrections (folder, kind, documents, payload, payload_version, "
                "created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (folder, kind, json.dumps(list(documents)), data, payload_version, self.now()),
            )

    def corrections(self, folder: str) -> list[Correction]:
        """The corrections kept for ``folder``, oldest first (apply them in this order);
        one that cannot be read comes back ``damaged``, with no payload."""
        rows = self._rows(
            f"SELECT {CORRECTION_COLUMNS} FROM corrections WHERE folder = ? ORDER BY id",
            (folder,),
        )
        return [correction_of(row) for row in rows]

    def correction_folders(self) -> dict[str, frozenset[str]]:
        """Every folder key with corrections, and the text hashes they name (a folder that
        was moved is found by them)."""
        named: dict[str, set[str]] = {}
        for row in self._rows(f"SELECT {CORRECTION_COLUMNS} FROM corrections"):
            correction = correction_of(row)
            named.setdefault(correction.folder, set()).update(correction.documents)
        return {folder: frozenset(hashes) for folder, hashes in named.items()}

    def move_corrections(self, old: str, new: str) -> None:
        """Keep the corrections of folder key ``old`` under ``new`` (the folder moved)."""
        with self.transaction():
            self._write("UPDATE corrections SET folder = ? WHERE folder = ?", (new, old))

    def remove_correction(self, correction: int) -> None:
        """Forget one correction (the user undid it)."""
        with self.transaction():
            self._write("DELETE FROM corrections WHERE id = ?", (correction,))

    def restore_correction(self, correction: Correction) -> int:
        """Keep again a correction ``corrections`` gave and ``remove_correction`` forgot (the
        user redid an undo): under its own id, so that it is applied in its old place among
        the others, unless a newer one took that id (then last); its id."""
        if correction.damaged:
            raise ValueError(f"correction {correction.id} is damaged: it cannot be kept again")
        data = json.dumps(correction.payload, ensure_ascii=False, allow_nan=False)
        row = (
            correction.folder,
            correction.kind,
            json.dumps(list(correction.documents)),
            data,
            correction.payload_version,
            correction.created_at,
        )
        columns = "folder, kind, documents, payload, payload_version, created_at"
        with self.transaction():
            taken = self._rows("SELECT 1 FROM corrections WHERE id = ?", (correction.id,))
            if taken:
                return self._write(
                    f"INSERT INTO corrections ({columns}) VALUES (?, ?, ?, ?, ?, ?)", row
                )
            self._write(
                f"INSERT INTO corrections (id, {columns}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (correction.id, *row),
            )
            return correction.id

    # --- a folder's flags and notes -------------------------------------------------------
    def forget(self, entries: Iterable[Listed]) -> None:
        """Delete the flags and notes ``entries`` (as ``list_flags_and_notes`` gave them):
        a mark whole (its flag and its note), or the note on a pair; orphaned and damaged
        ones too, which nothing else can remove."""
        with self.transaction():
            for entry in entries:
                a, b = entry.stored
                rows = self._rows("SELECT id FROM pairs WHERE doc_a = ? AND doc_b = ?", (a, b))
                if not rows:
                    continue  # forgotten meanwhile (another window)
                pair = int(rows[0][0])
                if entry.mark is None:
                    self._write("UPDATE pairs SET note = '', note_at = NULL WHERE id = ?", (pair,))
                else:
                    self._write(
                        "DELETE FROM marks WHERE pair_id = ? AND change_key = ?",
                        (pair, entry.mark.stored_key),
                    )
                self._drop_if_empty(pair)

    def list_flags_and_notes(
        self, documents: Sequence[Document], folder: Path | None = None
    ) -> list[Listed]:
        """Every flag and note on pairs of ``documents`` (the folder's documents), each with
        its status: current, edited (a file changed, the words are still there) or orphaned.

        ``folder``: also list marks whose document was deleted from this folder.
        """
        return folder_listing(self._stored_pairs(), documents, folder)

    def _stored_pairs(self) -> list[StoredPair]:
        rows = self._rows(
            "SELECT p.id, p.doc_a, p.doc_b, p.note, p.note_at, da.path, da.title, db.path, "
            "db.title, p.base FROM pairs p "
            "JOIN documents da ON da.hash = p.doc_a JOIN documents db ON db.hash = p.doc_b "
            "WHERE p.note != '' OR EXISTS (SELECT 1 FROM marks m WHERE m.pair_id = p.id)"
        )
        out = []
        for pid, a, b, note, note_at, path_a, title_a, path_b, title_b, base in rows:
            key = (str(a), str(b))
            docs = (
                DocRef(key[0], str(path_a), str(title_a)),
                DocRef(key[1], str(path_b), str(title_b)),
            )
            marks = self._marks(int(pid), key, False, inherited=False)
            out.append(
                StoredPair(
                    docs,
                    cell_text(note),
                    None if note_at is None else str(note_at),
                    tuple(marks),
                    None if base is None else str(base),
                )
            )
        return out

    def _marks(self, pair: int, key: PairKey, flip: bool, *, inherited: bool) -> list[Mark]:
        rows = self._rows(
            f"SELECT {MARK_COLUMNS} FROM marks WHERE pair_id = ? ORDER BY created_at, change_key",
            (pair,),
        )
        return [mark_of(row, key, flip, inherited=inherited) for row in rows]


def _orientation(
    left: DocRef, right: DocRef, key: PairKey, paths: tuple[str, str], present: frozenset[str]
) -> bool | None:
    """Whether a stored pair (doc_a, doc_b) reads flipped against (left, right): doc_b is
    the caller's left. Each side is recognised by its text hash, else by its path (stored
    escaped) when that text is not ``present`` (open under another name); None when the
    stored pair is not an earlier state of this pair."""

    def same(doc: DocRef, i: int) -> bool:
        if key[i] == doc.hash:
            return True
        return key[i] not in present and paths[i] == utf8_safe(doc.path)

    straight = same(left, 0) and same(right, 1)
    flipped = same(left, 1) and same(right, 0)
    if straight and flipped:  # matched by hash beats matched by path
        return key[0] == right.hash or key[1] == left.hash
    if straight or flipped:
        return flipped
    return None
