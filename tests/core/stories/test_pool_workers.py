"""The grouping's process pool: its workers go when the process that started them is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from wirediff.core.stories import perdoc

REPO = Path(__file__).resolve().parents[3]
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="prctl(PR_SET_PDEATHSIG) is Linux's"
)

# Starts a pool the way `wirediff stories` does (two workers, a folder past POOL_MIN_DOCS),
# has it work, says so, then waits to be killed.
POOL_OWNER = """\
import sys, time
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.perdoc import CHUNK, POOL_MIN_DOCS, Workers

if __name__ == "__main__":
    with Workers(2, POOL_MIN_DOCS) as pool:
        pool.lines(["A line of text.\\nAnother one.\\n"] * (4 * CHUNK), StoryOptions(), print)
        assert pool.workers == 2, "the pool did not start"
        print("ready", flush=True)
        time.sleep(300)
"""


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _running(pid: int) -> bool:
    """Whether a process exists and is not a zombie (one nobody reaped is as good as gone)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@linux_only
def test_workers_exit_when_the_process_that_started_them_is_killed(tmp_path: Path) -> None:
    """Found by fuzzing the package: `kill -9` of `wirediff stories` on a big folder left its
    pool's workers (and multiprocessing's resource tracker) running for good."""
    script = tmp_path / "owner.py"
    script.write_text(POOL_OWNER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(REPO / "gui"))
    command = [sys.executable, str(script)]
    left: list[int] = []
    with subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    ) as owner:
        try:
            _kill_and_watch(owner, left)
        finally:
            owner.kill()
            for pid in left:
                if _running(pid):
                    os.kill(pid, signal.SIGKILL)


def _kill_and_watch(owner: subprocess.Popen[bytes], left: list[int]) -> None:
    """Wait for the pool to work, note the owner's children, SIGKILL it, see them go."""
    assert owner.stdout is not None
    for line in owner.stdout:
        if line.strip() == b"ready":
            break
    left += _children(owner.pid)
    assert len(left) >= 2, "no pool workers (and resource tracker) found"
    os.kill(owner.pid, signal.SIGKILL)
    owner.wait()
    deadline = time.monotonic() + 10
    while any(_running(pid) for pid in left) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not [pid for pid in left if _running(pid)], "processes left behind"


@linux_only
def test_a_worker_whose_parent_died_before_it_asked_exits_at_once() -> None:
    """The race: the parent gone before prctl ran, the worker is already an orphan."""
    gone = subprocess.Popen(["true"])
    gone.wait()  # a pid that is no process any more
    code = (
        "import sys; from wirediff.core.stories import perdoc; "
        f"perdoc._exit_with_parent({gone.pid}); sys.exit(3)"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO / "gui"))
    done = subprocess.run([sys.executable, "-c", code], env=env, timeout=60)
    assert done.returncode == -signal.SIGTERM


@linux_only
def test_a_worker_whose_parent_is_alive_carries_on() -> None:
    code = (
        "import os; from wirediff.core.stories import perdoc; "
        "perdoc._exit_with_parent(os.getppid()); "  # its parent: alive
        "perdoc._exit_with_parent(os.getpid())"  # not its parent, but alive (a launcher between)
    )
    env = dict(os.environ, PYTHONPATH=str(REPO / "gui"))
    assert subprocess.run([sys.executable, "-c", code], env=env, timeout=60).returncode == 0


def test_elsewhere_nothing_changes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(os, "kill", lambda *args: pytest.fail("no signal off Linux"))
    perdoc._exit_with_parent(-1)
