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


@pytest.fixture
def files_read(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files read from now on (their bytes fetched, in a loader's threads
    or not), in the order read: what a reload read again."""
    from wirediff.core.reading import registry

    names: list[str] = []
    read_bytes = registry.read_bytes

    def counted(path: Path, max_bytes: int) -> bytes:
        names.append(path.name)
        return read_bytes(path, max_bytes)

    monkeypatch.setattr(registry, "read_bytes", counted)
    return names
