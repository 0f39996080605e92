"""The store survives a killed writer, concurrent writers, and a bad or newer file."""

from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections import Counter
from contextlib import closing
from pathlib import Path

import pytest

from tests.core.review.writer import LEFT, RIGHT, anchor
from wirediff.core.review import DocRef, ReviewStore, StoreError
from wirediff.core.review.schema import SCHEMA_VERSION

WRITER = Path(__file__).with_name("writer.py")
ROWS = 6


def spawn(path: Path, name: str, transactions: int, pause: bool = False) -> subprocess.Popen[str]:
    args = [sys.executable, str(WRITER), str(path), name, str(transactions), str(ROWS)]
    return subprocess.Popen(
        [*args, *(["pause"] if pause else [])],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[3])},
    )


def rows_per_transaction(path: Path) -> Counter[tuple[str, int]]:
    """Rows found per (writer, transaction); the store must open without being set aside."""
    with ReviewStore.open(path) as store:
        assert store.notice == ""
        marks = store.pair_review(LEFT, RIGHT).marks
    counts: Counter[tuple[str, int]] = Counter()
    for mark in marks:
        name, n, _k = mark.anchor.right.split("-")
        counts[(name, int(n))] += 1
    return counts


def integrity(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("PRAGMA integrity_check")]


def test_a_writer_killed_inside_a_transaction_loses_only_that_transaction(store_path):
    rng = random.Random(13)
    acknowledged: set[tuple[str, int]] = set()
    for run in range(16):
        name, pause, target = f"w{run}", run % 2 == 0, rng.randint(0, 3)
        proc = spawn(store_path, name, 200, pause)
        assert proc.stdout is not None and proc.stdin is not None
        for line in proc.stdout:
            word, n = line.split()
            if word == "done":
                acknowledged.add((name, int(n)))
            elif int(n) == target:
                if not pause:  # somewhere in the next few transactions, commits included
                    time.sleep(rng.random() * 0.004)
                proc.send_signal(signal.SIGKILL)  # paused: surely inside transaction `target`
                break
            elif pause:
                proc.stdin.write("\n")  # go on to the commit
                proc.stdin.flush()
        rest, _ = proc.communicate()
        acknowledged.update(
            (name, int(n)) for word, n in map(str.split, rest.splitlines()) if word == "done"
        )
        assert proc.returncode == -signal.SIGKILL
        counts = rows_per_transaction(store_path)
        assert not {t for t in acknowledged if counts[t] != ROWS}, "a committed row was lost"
        assert set(counts.values()) <= {ROWS}, "a transaction was half kept"
        if pause:
            assert counts[(name, target)] == 0
    assert integrity(store_path) == ["ok"]


def test_processes_writing_at_once_lose_nothing(store_path):
    procs = [spawn(store_path, f"p{i}", 25) for i in range(3)]  # they also create it at once
    try:
        for proc in procs:
            _out, err = proc.communicate(timeout=300)
            assert proc.returncode == 0, err  # the writer's traceback says why
    finally:  # a failed writer must not leave the others running into the next test
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.communicate()
    counts = rows_per_transaction(store_path)
    assert counts == {(f"p{i}", n): ROWS for i in range(3) for n in range(25)}
    assert integrity(store_path) == ["ok"]


def aside(path: Path) -> list[str]:
    return sorted(
        p.name
        for p in path.parent.iterdir()
        if p.name != path.name and not p.name.endswith(("-wal", "-shm"))
    )


def test_a_file_that_is_not_a_database_is_set_aside(store_path):
    store_path.parent.mkdir(parents=True)
    store_path.write_bytes(b"this is not SQLite at all" * 200)
    with ReviewStore.open(store_path) as store:
        assert "is damaged" in store.notice and str(store_path) in store.notice
        (moved,) = aside(store_path)
        assert moved.startswith("review.sqlite3.corrupt-") and moved in store.notice
        assert (store_path.parent / moved).read_bytes().startswith(b"this is not SQLite")
        store.set_flag(LEFT, RIGHT, anchor("x", 0, 0))  # the fresh store works
    assert rows_per_transaction(store_path) == {("x", 0): 1}


def test_a_damaged_page_is_set_aside(store_path):
    with ReviewStore.open(store_path) as store, store.transaction():
        for n in range(300):
            store.set_flag(LEFT, RIGHT, anchor("x", n, 0))
    page = sqlite3.connect(store_path).execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(store_path.read_bytes())
    assert len(data) > 4 * page
    data[3 * page : 3 * page + 64] = b"\xff" * 64  # an index or table page's header
    store_path.write_bytes(bytes(data))
    with ReviewStore.open(store_path) as store:
        assert "is damaged" in store.notice
        assert store.pair_review(LEFT, RIGHT).marks == ()
    assert aside(store_path)[0].startswith("review.sqlite3.corrupt-")


def test_a_store_from_a_newer_wirediff_is_left_as_it_is(store_path):
    """Not set aside: renamed, the newer app found an empty store when it next started, its
    flags, notes and corrections gone (a fact-checker's walkthrough: an older command line
    in a cron job). This wirediff goes without it and says why."""
    with ReviewStore.open(store_path) as store:
        store.set_flag(LEFT, RIGHT, anchor("x", 0, 0))
    with sqlite3.connect(store_path) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    before = store_path.read_bytes()
    with pytest.raises(StoreError) as refused:
        ReviewStore.open(store_path)
    assert str(refused.value) == (
        f"the review store {store_path} was written by a newer wirediff (schema version "
        f"{SCHEMA_VERSION + 1}; this one reads up to {SCHEMA_VERSION}); it was left as it is"
    )
    assert aside(store_path) == [] and store_path.read_bytes() == before


def read_only_snapshot_files(path: Path) -> dict[str, tuple[bytes, int]]:
    return {p.name: (p.read_bytes(), p.stat().st_mtime_ns) for p in path.parent.iterdir()}


@pytest.mark.parametrize("damage", ["newer", "garbage", "foreign"])
def test_a_store_opened_read_only_is_never_set_aside_or_written(store_path, damage):
    """``read_only`` (the command line's): a store it cannot use is refused, the folder
    left byte for byte and time for time as it was (``stories`` in a cron job renamed it
    and started an empty one)."""
    ReviewStore.open(store_path).close()
    if damage == "newer":
        with closing(sqlite3.connect(store_path)) as conn, conn:
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    elif damage == "garbage":
        store_path.write_bytes(b"garbage\n")
    else:
        store_path.unlink()
        with closing(sqlite3.connect(store_path)) as conn, conn:
            conn.execute("CREATE TABLE mine (x)")
    os.utime(store_path, ns=(1_000_000_000, 1_000_000_000))
    before = read_only_snapshot_files(store_path)
    with pytest.raises(StoreError) as refused:
        ReviewStore.open(store_path, read_only=True)
    assert str(refused.value).startswith(f"the review store {store_path} ")
    assert str(refused.value).endswith("; it was left as it is")
    assert read_only_snapshot_files(store_path) == before


def test_a_store_opened_read_only_reads_an_older_store_upgraded_in_memory(store_path):
    """An older store is read as this schema, upgraded in a copy: the file keeps its
    version (an older app still opens it) and its bytes; writes go to the copy."""
    ReviewStore.open(store_path).close()
    with closing(sqlite3.connect(store_path)) as conn, conn:  # as version 2 left it
        conn.execute("ALTER TABLE pairs DROP COLUMN base")
        conn.execute("PRAGMA user_version = 2")
        conn.execute(
            "INSERT INTO corrections (folder, kind, documents, created_at) "
            "VALUES ('/f', 'move', '[]', '2025-01-01T00:00:00Z')"
        )
    os.utime(store_path, ns=(1_000_000_000, 1_000_000_000))
    before = read_only_snapshot_files(store_path)
    with ReviewStore.open(store_path, read_only=True) as store:
        assert [c.kind for c in store.corrections("/f")] == ["move"]
        store.set_flag(LEFT, RIGHT, anchor("x", 0, 0))
    assert read_only_snapshot_files(store_path) == before
    with closing(sqlite3.connect(store_path)) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 2


def test_another_programs_database_is_set_aside_not_used(store_path):
    store_path.parent.mkdir(parents=True)
    with sqlite3.connect(store_path) as conn:
        conn.execute("CREATE TABLE mine (x)")
    with ReviewStore.open(store_path) as store:
        assert "not a wirediff review store" in store.notice
    assert aside(store_path)[0].startswith("review.sqlite3.foreign-")


def test_a_busy_store_opens_at_once_and_is_never_set_aside(store_path):
    """Another process writing: the store opens without waiting (a store at this schema
    needs no write to open: every start used to wait 10 s, then go without a store); a
    write waits for the lock and then says so; nothing is set aside."""
    ReviewStore.open(store_path).close()
    holder = sqlite3.connect(store_path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    with ReviewStore.open(store_path, timeout=0.05) as store:
        assert store.notice == ""
        with pytest.raises(StoreError) as busy:
            store.set_reviewed(DocRef("a" * 64, "/a.txt"), DocRef("b" * 64, "/b.txt"))
        assert str(busy.value) == (
            f"the review store {store_path} is busy: another program (or another wirediff) "
            "is writing to it; nothing was saved, try again in a moment"
        )
    holder.execute("ROLLBACK")
    holder.close()
    assert aside(store_path) == []
    with ReviewStore.open(store_path) as store:
        assert store.notice == ""


def test_a_store_being_created_by_another_process_is_waited_for(store_path):
    """A wirediff started while another creates the store (it holds the write lock before
    the switch to write-ahead logging): SQLite refuses the switch at once, without the
    busy wait, and the second start went without a store ("database is locked")."""
    store_path.parent.mkdir(parents=True, exist_ok=True)
    holder = sqlite3.connect(store_path, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("CREATE TABLE early (x)")
    release = threading.Timer(0.3, lambda: holder.execute("ROLLBACK"))
    release.start()
    try:
        with ReviewStore.open(store_path, timeout=10) as store:
            assert store.notice == ""
            store.set_reviewed(DocRef("a" * 64, "/a.txt"), DocRef("b" * 64, "/b.txt"))
    finally:
        release.join()
        holder.close()
    assert aside(store_path) == []


def test_an_unusable_location_is_a_clear_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(StoreError, match="cannot create the folder"):
        ReviewStore.open(tmp_path / "file" / "review.sqlite3")


def test_a_store_that_cannot_be_written_says_why_as_the_settings_do(tmp_path):
    """In a read-only folder the store said SQLite's "unable to open database file"; the
    settings' note, in the same place, said the folder is not writable. Run without root's
    rights (root writes anywhere). Found by fuzzing."""
    import shutil
    import tempfile

    base = Path(tempfile.mkdtemp())  # in /tmp: pytest's own folders only root may enter
    base.chmod(0o755)
    folder, kept = base / "ro", base / "kept"
    folder.mkdir()
    kept.mkdir()
    ReviewStore.open(kept / "review.sqlite3").close()
    (kept / "review.sqlite3").chmod(0o444)
    folder.chmod(0o555)
    kept.chmod(0o555)
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from wirediff.core.review import ReviewStore, StoreError\n"
        "if os.getuid() == 0: os.setgid(65534); os.setuid(65534)\n"
        "for name in sys.argv[1:]:\n"
        "    try:\n"
        "        ReviewStore.open(Path(name)).close()\n"
        "    except StoreError as exc:\n"
        "        print(exc)\n"
    )
    gui = Path(__file__).resolve().parents[3] / "gui"
    try:
        out = subprocess.run(
            [
                sys.executable,
                "-c",
                code,
                str(folder / "review.sqlite3"),
                str(kept / "review.sqlite3"),
            ],
            capture_output=True,
            text=True,
            env={**os.environ, "PYTHONPATH": str(gui)},
        )
    finally:
        folder.chmod(0o755)
        kept.chmod(0o755)
        shutil.rmtree(base)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == [
        f"cannot open the review store {folder / 'review.sqlite3'}: it cannot be created "
        f"(the folder {folder} is not writable)",
        f"cannot open the review store {kept / 'review.sqlite3'}: it cannot be written "
        "(permission denied)",
    ]


# A reader that cannot write the store's file or folder (a store on a read-only share, or
# the desktop user's read by a cron account). chmod stops no root, so as root the reader is
# another process run as "nobody" (setpriv), with a Python that user may run.
_READER = """
import json, sys
from pathlib import Path
from wirediff.core.review.connection import StoreError, open_snapshot
try:
    marks = open_snapshot(Path(sys.argv[1]), 1.0).execute("SELECT count(*) FROM marks")
    print(json.dumps({"marks": marks.fetchone()[0]}))
except StoreError as exc:
    print(json.dumps({"error": str(exc)}))
"""


def _read_as_a_reader_who_cannot_write(store: Path) -> dict[str, object]:
    """What ``_READER`` says of ``store``, its file made 0444 and its folder 0555, run by
    a user who cannot write them (skipped where no such user can be had)."""
    import json

    store.chmod(0o444)
    store.parent.chmod(0o555)
    gui = Path(__file__).resolve().parents[3] / "gui"
    env = {"PYTHONPATH": str(gui), "PATH": os.environ.get("PATH", "")}
    try:
        if os.geteuid() != 0:  # (chmod binds this user: the test's own process will do)
            command = [sys.executable, "-c", _READER, str(store)]
        else:
            setpriv = shutil.which("setpriv")
            if setpriv is None:
                pytest.skip("as root, without setpriv: no user the file modes bind")
            as_nobody = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
            pythons = [sys.executable, shutil.which("python3") or sys.executable]
            for python in pythons:  # (one "nobody" may run, and that has sqlite3)
                probe = [*as_nobody, python, "-c", "import wirediff.core.review.connection"]
                if subprocess.run(probe, env=env, capture_output=True).returncode == 0:
                    break
            else:
                pytest.skip("no Python that the user nobody can run and import wirediff with")
            command = [*as_nobody, python, "-c", _READER, str(store)]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=60)
    finally:
        store.parent.chmod(0o755)
        store.chmod(0o644)
    assert done.returncode == 0, done.stderr
    found: dict[str, object] = json.loads(done.stdout)
    return found


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")
@pytest.mark.parametrize("state", ["closed", "writing"])
def test_a_store_that_can_be_read_but_not_written_is_read(state: str) -> None:
    """A WAL store in a folder its reader cannot write failed "attempt to write a readonly
    database" (SQLite makes its -shm to read it), and the command went on without the
    store's corrections (a review). It is read from a copy of the file and its -wal:
    ``closed``, the store as the app leaves it (no -wal, no -shm: what failed);
    ``writing``, the app still open, a flag in its log not merged into the file yet (read
    before too, through the app's -shm: this one checks that no way of reading loses the
    log)."""
    import tempfile

    # (a folder every user may reach: pytest's own under /tmp is its user's alone)
    folder = Path(tempfile.mkdtemp(prefix="wirediff-ro-"))
    folder.chmod(0o755)
    try:
        store_path = folder / "data" / "review.sqlite3"
        store_path.parent.mkdir()
        with ReviewStore.open(store_path) as store:
            store.set_flag(LEFT, RIGHT, anchor("kept", 0, 0))
        if state == "closed":
            assert not store_path.with_name("review.sqlite3-shm").exists()
            assert _read_as_a_reader_who_cannot_write(store_path) == {"marks": 1}
            return
        with closing(sqlite3.connect(store_path)) as writer:
            writer.execute("PRAGMA wal_autocheckpoint = 0")
            writer.execute(
                "INSERT INTO marks SELECT pair_id, change_key || '-2', anchor, flagged_at, "
                "note, note_at, created_at FROM marks"
            )
            writer.commit()
            wal = store_path.with_name("review.sqlite3-wal")
            assert wal.exists() and wal.stat().st_size > 0  # (the second flag: in the log)
            assert _read_as_a_reader_who_cannot_write(store_path) == {"marks": 2}
    finally:
        shutil.rmtree(folder, ignore_errors=True)
