"""The peak memory of this process, for the benchmarks that run each size in a child process.

Not ``ru_maxrss`` alone: Linux carries it over ``exec`` from the process that started this
one, so a child of a large driver reported the driver's peak (a fuzz test's child of a 560 MB
test runner said 563 MB after reading 108 MB worth). ``VmHWM`` belongs to this program's own
memory map; ``ru_maxrss`` is the answer where there is no ``/proc``.
"""

from __future__ import annotations

import resource


def peak_mb() -> float:
    """This process's peak resident memory in MB (MiB)."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
