"""Run Python in a child process under a memory and CPU limit, so a regression that eats
gigabytes or loops for minutes fails a test instead of taking the machine (or CI) down.

The limits are ``resource.setrlimit`` in the child: RLIMIT_AS (address space: going over
raises MemoryError there) and RLIMIT_CPU (going over kills it with SIGXCPU). No test measures
wall-clock time.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_PRELUDE = """\
import resource, sys
resource.setrlimit(resource.RLIMIT_AS, ({memory}, {memory}))
resource.setrlimit(resource.RLIMIT_CPU, ({cpu}, {cpu}))
sys.path[:0] = [{repo!r}, {gui!r}]
"""
CLI = "import sys\nfrom wirediff.cli import main\nsys.exit(main(sys.argv[1:]))\n"


def run_python(
    code: str,
    *args: str,
    memory_mb: int = 1024,
    cpu_seconds: int = 120,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
    stdin: bytes | None = None,
) -> subprocess.CompletedProcess[bytes]:
    """Run ``code`` with ``args`` (its ``sys.argv[1:]``) in a limited child Python.

    ``CLI`` as the code runs the command line. Output is captured as bytes.
    """
    prelude = _PRELUDE.format(
        memory=memory_mb * 1024 * 1024, cpu=cpu_seconds, repo=str(REPO), gui=str(REPO / "gui")
    )
    child_env = {
        **os.environ,
        "MALLOC_ARENA_MAX": "2",  # glibc reserves 64 MB of address space per thread arena
        "PYTHONIOENCODING": "utf-8",
        **(env or {}),
    }
    return subprocess.run(
        [sys.executable, "-c", prelude + code, *args],
        input=stdin,
        capture_output=True,
        env=child_env,
        cwd=cwd,
        check=False,
        timeout=max(300, 4 * cpu_seconds),  # a hang (not CPU) still ends the test
    )
