"""Random and mutated DOCX, HTML, JSON, CSV and PDF bytes, read in a child process under a
memory and CPU limit: only ReadError leaves a reader, and no run goes over the limit.

Seeded, so a failure names a case that can be replayed: ``python -c "from
tests.core.reading.fuzz_readers import run; print(run(SEED, CASES))"``. Set
WIREDIFF_FUZZ_CASES to run more than the CI's few hundred.
"""

from __future__ import annotations

import json
import os

import pytest

from tests.sandbox import run_python

CASES = int(os.environ.get("WIREDIFF_FUZZ_CASES", "300"))
FUZZ = """import json
from tests.core.reading.fuzz_readers import run
print(json.dumps(run(int(sys.argv[1]), int(sys.argv[2]))))
"""


@pytest.mark.parametrize("seed", [15, 2024])
def test_mutated_files_raise_only_read_error_within_the_limits(seed: int) -> None:
    done = run_python("import json\n" + FUZZ, str(seed), str(CASES), memory_mb=768, cpu_seconds=120)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-3000:]
    result = json.loads(done.stdout)
    assert (result["cases"], result["failures"]) == (CASES, [])
    assert result["peak_mb"] < 400  # resident memory: the readers stayed far below the limit
