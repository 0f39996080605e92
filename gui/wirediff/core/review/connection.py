"""Opening the review store's SQLite file: checks, setting a bad file aside, migrations.

The store must never stop the app: a file that is damaged or not a wirediff store is renamed
(``review.sqlite3.corrupt-20250131T091502Z``, with its ``-wal`` beside it) and a fresh store
is started, with a message saying so. A store written by a newer wirediff is left as it is
(``StoreError``): renamed, it took the newer app's flags, notes and corrections away from it
when it next started (a fact-checker's cron job running an older command line). A store that
is merely busy (another window writing) is waited for, never set aside. The command line
only reads the store: ``open_snapshot`` copies it into memory, the file never written. A
file removed or replaced while open is found before the next write (``file_identity``) and
opened again (``reopen``), what the old one held written back when it is gone.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from wirediff.core.filekind import not_a_file, unwritable
from wirediff.core.review.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

Clock = Callable[[], datetime]

# SQLite's primary result codes that mean the file itself is bad, not merely busy.
_SQLITE_BUSY = 5
_SQLITE_READONLY = 8
_SQLITE_CANTOPEN = 14
_SQLITE_CORRUPT = 11
_SQLITE_NOTADB = 26


class StoreError(Exception):
    """The review store cannot be used; the message names the file and the reason."""


class _Unusable(Exception):
    """The file is not a store this wirediff can use (set it aside)."""

    def __init__(self, reason: str, label: str) -> None:
        super().__init__(reason)
        self.reason, self.label = reason, label


def open_connection(
    path: Path, timeout: float, clock: Clock, *, set_aside: bool = True
) -> tuple[sqlite3.Connection, str]:
    """A connection to the store at ``path``, created or upgraded to the current schema.

    Returns the connection and a message ("" when all was well) telling what was set aside.
    Raises ``StoreError`` when no store can be opened there (an unwritable folder), when it
    was written by a newer wirediff (left for it), and, unless ``set_aside``, when the file
    is not a store this wirediff can use (a file named by the user, which may be another
    program's: left alone).
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(f"cannot create the folder {path.parent}: {exc.strerror}") from exc
    why = not_a_file(path)  # SQLite says "disk I/O error" of a pipe or /dev/null
    if why is not None:
        raise StoreError(f"the review store {path} {why}")
    try:
        return _open_checked(path, timeout), ""
    except _Unusable as bad:
        if not set_aside or bad.label == "newer":
            raise StoreError(
                f"the review store {path} {bad.reason}; it was left as it is"
            ) from None
        aside = _set_aside(path, bad.label, clock())
        notice = (
            f"The review store {path} {bad.reason}. It was moved to {aside.name} "
            "and a new, empty store was started."
        )
    try:
        return _open_checked(path, timeout), notice
    except _Unusable as bad:  # a newer wirediff recreated it meanwhile: give up politely
        raise StoreError(f"the review store {path} {bad.reason}") from None


def open_snapshot(path: Path, timeout: float) -> sqlite3.Connection:
    """A copy in memory of the store at ``path``, upgraded there to this schema; the file is
    only read, never created, upgraded, set aside or written (the command line's commands
    read the store: ``stories`` in a cron job renamed a newer app's store and started an
    empty one, a fact-checker's walkthrough). ``StoreError`` naming the file and why it
    cannot be read: it is left as it is.

    A store the command may read but not write (a read-only file or folder: a team's share,
    the desktop user's store read by a cron account) is read from a copy of its file and
    its ``-wal`` in a temporary folder: SQLite reads a WAL store only where it can write
    its ``-shm``, and such a store failed "attempt to write a readonly database" (a
    review)."""
    why = not_a_file(path)
    if why is not None:
        raise StoreError(f"the review store {path} {why}")
    try:
        return _snapshot(path, path, timeout)
    except _ReadOnly:
        pass
    with tempfile.TemporaryDirectory(prefix="wirediff-store-") as folder:
        copied = Path(folder) / "review.sqlite3"
        for suffix in ("", "-wal"):  # (the log holds what is not merged into the file yet)
            try:
                shutil.copyfile(path.with_name(path.name + suffix), f"{copied}{suffix}")
            except FileNotFoundError:
                if not suffix:
                    raise StoreError(f"cannot read the review store {path}: it is gone") from None
            except OSError as exc:
                raise StoreError(f"cannot read the review store {path}: {exc.strerror}") from exc
        return _snapshot(copied, path, timeout)


class _ReadOnly(Exception):
    """The store can be read but not written: read a copy (``open_snapshot``)."""


def _snapshot(path: Path, named: Path, timeout: float) -> sqlite3.Connection:
    """``open_snapshot``'s copy in memory of the file at ``path`` (the store ``named``,
    or a copy of it); ``_ReadOnly`` when SQLite cannot read it without writing there."""
    left = "; it was left as it is"
    try:  # (mode=rw: never made; an ordinary connection, so that its -wal is merged and gone)
        source = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=rw", timeout=timeout, isolation_level=None, uri=True
        )
    except sqlite3.Error as exc:
        if path == named and _read_only(exc):
            raise _ReadOnly from exc
        raise StoreError(f"cannot read the review store {named}: {_why(named, exc)}") from exc
    try:
        source.execute("PRAGMA query_only = ON")
        _check(source)
        copy = sqlite3.connect(":memory:", isolation_level=None)
        source.backup(copy)
    except _Unusable as bad:
        raise StoreError(f"the review store {named} {bad.reason}{left}") from None
    except sqlite3.Error as exc:
        if path == named and _read_only(exc):
            raise _ReadOnly from exc
        if _is_bad_file(exc):
            raise StoreError(f"the review store {named} is damaged ({exc}){left}") from exc
        raise StoreError(f"cannot read the review store {named}: {_why(named, exc)}") from exc
    finally:
        source.close()
    copy.execute("PRAGMA foreign_keys = ON")
    _migrate(copy)
    return copy


def _read_only(exc: sqlite3.Error) -> bool:
    """Whether ``exc`` says the file (or its folder) cannot be written, SQLite's READONLY
    or CANTOPEN (what a WAL store's ``-shm`` that cannot be made gives)."""
    return (getattr(exc, "sqlite_errorcode", 0) & 0xFF) in (_SQLITE_READONLY, _SQLITE_CANTOPEN)


def file_identity(path: Path) -> tuple[int, int] | None:
    """The file at ``path`` as the system tells files apart (device, inode); None: none."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    return found.st_dev, found.st_ino


def reopen(
    old: sqlite3.Connection, path: Path, *, replaced: bool, timeout: float
) -> tuple[sqlite3.Connection, str]:
    """A new connection to the store at ``path``, whose file is no longer ``old``'s, and
    what happened, in words.

    ``replaced`` (another wirediff set a damaged store aside and started one, a backup was
    restored): that file is used. Else the file was removed or renamed away (a cleanup
    tool, the data folder deleted): what ``old`` still reads is written at ``path`` again
    first, never over a store another process made there meanwhile.
    """
    if replaced:
        what = "was replaced by another file while open; that file is used from now on"
    else:
        _restore(old, path)
        what = (
            "was removed or moved away while open; it was written again at its place "
            "from what this window had read"
        )
    try:
        return _open_checked(path, timeout), what
    except _Unusable as bad:
        raise StoreError(f"the review store {path} {what}, and it {bad.reason}") from None


def _restore(old: sqlite3.Connection, path: Path) -> None:
    temp = path.with_name(f"{path.name}.restoring-{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        target = sqlite3.connect(temp)
        try:
            old.backup(target)
        finally:
            target.close()
        try:
            os.link(temp, path)  # fails if another process made a store there meanwhile
        except FileExistsError:
            pass
        finally:
            temp.unlink(missing_ok=True)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(
            f"the review store {path} was removed or moved away while open, and could not "
            f"be written again: {exc}"
        ) from exc


def _is_bad_file(exc: sqlite3.Error) -> bool:
    code = getattr(exc, "sqlite_errorcode", None)
    return code is not None and code & 0xFF in (_SQLITE_CORRUPT, _SQLITE_NOTADB)


def _open_checked(path: Path, timeout: float) -> sqlite3.Connection:
    try:
        conn = sqlite3.connect(path, timeout=timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open the review store {path}: {_why(path, exc)}") from exc
    try:
        _check(conn)
        mode = _to_wal(conn, timeout)
        if str(mode).lower() != "wal":  # e.g. a file system without shared memory
            raise StoreError(f"the review store {path} cannot use write-ahead logging ({mode})")
        # FULL: a commit is on disk when it returns, not merely in the operating system.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        _migrate(conn)
    except _Unusable:
        conn.close()
        raise
    except sqlite3.Error as exc:
        conn.close()
        if _is_bad_file(exc):
            raise _Unusable(f"is damaged ({exc})", "corrupt") from exc
        raise StoreError(f"cannot open the review store {path}: {_why(path, exc)}") from exc
    except StoreError:
        conn.close()
        raise
    return conn


def _to_wal(conn: sqlite3.Connection, timeout: float) -> str:
    """Switch the store to write-ahead logging and return the journal mode it is now in.

    Processes that create the store at once race for the switch, and SQLite answers the
    loser "database is locked" at once, without waiting as ``timeout`` asks (its busy
    handler is not called where waiting could deadlock): a second wirediff started with
    the first went without a store. The switch is tried again until ``timeout`` is up."""
    deadline = time.monotonic() + timeout
    pause = 0.005
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            code = getattr(exc, "sqlite_errorcode", None)
            busy = code is not None and code & 0xFF == _SQLITE_BUSY
            if not busy or time.monotonic() + pause > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.2)


def _why(path: Path, exc: sqlite3.Error) -> str:
    """Why the store at ``path`` could not be opened: a folder or a file that cannot be
    written, said as the settings' note says it, else SQLite's words (in a read-only
    folder they were "unable to open database file"). A store's folder must be writable
    even when the store is there: SQLite keeps its -wal and -shm files beside it."""
    denied = unwritable(path)
    if denied is None and path.exists() and not os.access(path.parent, os.W_OK):
        denied = f"cannot be written (the folder {path.parent} is not writable)"
    return f"it {denied}" if denied is not None else str(exc)


def _check(conn: sqlite3.Connection) -> None:
    """Raise ``_Unusable`` unless the file is an (empty, or current or older) wirediff store."""
    # One read transaction: another process may be creating the store meanwhile, and an id
    # read before its commit with tables read after it would call the new store foreign.
    conn.execute("BEGIN")
    try:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    finally:
        conn.execute("COMMIT")
    if app_id != APPLICATION_ID and (app_id != 0 or tables):
        raise _Unusable("is not a wirediff review store", "foreign")
    if version > SCHEMA_VERSION:
        raise _Unusable(
            f"was written by a newer wirediff (schema version {version}; this one reads up "
            f"to {SCHEMA_VERSION})",
            "newer",
        )
    problems = [row[0] for row in conn.execute("PRAGMA quick_check")]
    if problems != ["ok"]:
        raise _Unusable(f"is damaged ({'; '.join(problems[:3])})", "corrupt")


def _statements(script: str) -> list[str]:
    """A migration split into statements (``executescript`` would commit half-way)."""
    out, current = [], ""
    for line in script.splitlines(keepends=True):
        current += line
        if sqlite3.complete_statement(current):
            out.append(current.strip())
            current = ""
    if current.strip():
        out.append(current.strip())
    return out


def _migrate(conn: sqlite3.Connection) -> None:
    """Apply the missing migrations in one write transaction (another process may race).

    A store already at this schema takes no write lock: another wirediff (or the command
    line) writing meanwhile made every start wait 10 s, then go without a store."""
    if conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:  # a newer wirediff got there first
            raise _Unusable(f"was just upgraded by a newer wirediff (schema {version})", "newer")
        for script in MIGRATIONS[version:]:
            for statement in _statements(script):
                conn.execute(statement)
        if version < SCHEMA_VERSION:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _set_aside(path: Path, label: str, now: datetime) -> Path:
    """Rename the store (and its write-ahead log) out of the way; return the new name."""
    stamp = now.strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.{label}-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.{label}-{stamp}-{n}")
    try:
        os.replace(path, target)
        wal = path.with_name(path.name + "-wal")
        if wal.exists():
            os.replace(wal, target.with_name(target.name + "-wal"))
        path.with_name(path.name + "-shm").unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(
            f"the review store {path} is unusable and could not be moved aside: {exc.strerror}"
        ) from exc
    return target
