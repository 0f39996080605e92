import os
from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check results, not speed: on a loaded machine (CI, or the 2-core machine
# shared with benchmarks) Hypothesis's 200 ms deadline per example turned slowness into
# failures (tests/core/test_chain.py's brute-force check once took longer).
settings.register_profile("wirediff", deadline=None)
settings.load_profile("wirediff")

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LC_ALL", "C.UTF-8")

REPO = Path(__file__).resolve().parent.parent
SAMPLE = REPO / "tests" / "fixtures" / "us-iraq-troop-role"


@pytest.fixture
def sample_dir() -> Path:
    return SAMPLE


@pytest.fixture
def sample_paths() -> list[Path]:
    return sorted(SAMPLE.glob("*.txt"))
