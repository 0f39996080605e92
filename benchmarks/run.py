"""Run the benchmarks: ``./dev bench [NAME ...] [-- ARGS]``; NAME is a benchmarks/bench_NAME.py.

With no name, every benchmark runs in turn. Benchmarks are not part of the test run.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    names, extra = (
        (argv[: argv.index("--")], argv[argv.index("--") + 1 :]) if "--" in argv else (argv, [])
    )
    available = sorted(p.stem.removeprefix("bench_") for p in HERE.glob("bench_*.py"))
    for name in names:
        if name not in available:
            print(f"unknown benchmark {name!r}; available: {', '.join(available)}", file=sys.stderr)
            return 2
    status = 0
    for name in names or available:
        print(f"## {name}", flush=True)
        status |= subprocess.call([sys.executable, str(HERE / f"bench_{name}.py"), *extra])
    return status


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
