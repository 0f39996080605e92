import os
from pathlib import Path

import pytest

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
