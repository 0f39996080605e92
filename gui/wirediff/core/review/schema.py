"""The review store's tables, as an ordered list of migrations.

``PRAGMA user_version`` is the number of migrations applied; each migration runs in the
same write transaction as the version bump, so a store is always at a whole version.
Never edit a migration that shipped: add the next one. ``application_id`` marks the file
as a wirediff store, so another program's database is never mistaken for one.
"""

from __future__ import annotations

APPLICATION_ID = 0x77646966  # "wdif"

# Timestamps are ISO 8601 UTC text ("2025-01-31T09:15:02Z"); NULL means "not set".
_V1 = """
CREATE TABLE documents (
    hash     TEXT PRIMARY KEY,      -- SHA-256 of the document's text (UTF-8)
    path     TEXT NOT NULL,         -- where it was last seen, for display
    title    TEXT NOT NULL DEFAULT '',
    seen_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX documents_path ON documents (path);

-- A pair of documents, whichever is the base: doc_a < doc_b.
CREATE TABLE pairs (
    id           INTEGER PRIMARY KEY,
    doc_a        TEXT NOT NULL REFERENCES documents (hash),
    doc_b        TEXT NOT NULL REFERENCES documents (hash),
    reviewed_at  TEXT,
    note         TEXT NOT NULL DEFAULT '',
    note_at      TEXT,
    UNIQUE (doc_a, doc_b),
    CHECK (doc_a <= doc_b)
);

-- A flag and/or a note on one change of a pair, the change named by its text and context
-- (anchor: JSON, sides in the pair's doc_a/doc_b orientation; change_key: its hash).
CREATE TABLE marks (
    pair_id     INTEGER NOT NULL REFERENCES pairs (id) ON DELETE CASCADE,
    change_key  TEXT NOT NULL,
    anchor      TEXT NOT NULL,
    flagged_at  TEXT,
    note        TEXT NOT NULL DEFAULT '',
    note_at     TEXT,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (pair_id, change_key)
) WITHOUT ROWID;
"""

# User corrections of a story grouping (move a document to another story, split a story,
# mark two documents as versions or as independent), kept per folder and keyed by text
# hash. The store keeps them as given: ``kind`` and ``payload`` (a JSON object) are the
# stories engine's, and ``payload_version`` lets that type change shape later.
_V2 = """
CREATE TABLE corrections (
    id               INTEGER PRIMARY KEY,
    folder           TEXT NOT NULL,       -- the caller's key for the folder
    kind             TEXT NOT NULL,
    documents        TEXT NOT NULL,       -- JSON array of text hashes
    payload          TEXT NOT NULL DEFAULT '{}',
    payload_version  INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL
);
CREATE INDEX corrections_folder ON corrections (folder, id);
"""

# Which way round the user read a pair: the text on the left (the base) when it was last
# marked reviewed, noted or flagged. Flags & notes, its export and the folder report show
# the pair so ("45 → 54" as on screen), not in path order, which turned an agency's text
# into a version of its reprint ("54 → 45"). NULL for pairs marked before: path order.
_V3 = """
ALTER TABLE pairs ADD COLUMN base TEXT;
"""

MIGRATIONS: tuple[str, ...] = (_V1, _V2, _V3)
SCHEMA_VERSION = len(MIGRATIONS)
