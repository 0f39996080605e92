"""Which host libraries the frozen app needs: linked ones, and ones a run really loads."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))

import host_libraries  # noqa: E402

needs_tools = pytest.mark.skipif(
    not (shutil.which("objdump") and shutil.which("dpkg-query")), reason="needs binutils and dpkg"
)


@pytest.fixture
def app(tmp_path: Path) -> Path:
    """A bundle holding one real executable (linked against libc) and one library it carries."""
    folder = tmp_path / "app"
    folder.mkdir()
    shutil.copy2(shutil.which("true") or "/bin/true", folder / "tool")
    return folder


@needs_tools
def test_linked_but_not_carried(app: Path) -> None:
    missing = host_libraries.missing_libraries(app)
    assert "libc.so.6" in missing and missing["libc.so.6"] == ["tool"]
    (app / "libc.so.6").write_bytes(b"not really")  # carried now: no longer missing
    assert "libc.so.6" not in host_libraries.missing_libraries(app)
    assert host_libraries.required_glibc(app).startswith("2.")


def test_loaded_from_host_reads_loader_logs(tmp_path: Path) -> None:
    app = tmp_path / "app"
    log = tmp_path / "ld.123"
    log.write_text(
        f"     123:\tcalling init: {app}/_internal/libQt6Core.so.6\n"
        "     123:\tcalling init: /lib/x86_64-linux-gnu/libGL.so.1\n"
        "     123:\tfind library=libEGL.so.1 [0]; searching\n"
        "     123:\tcalling init: /lib/x86_64-linux-gnu/libc.so.6\n",
        encoding="utf-8",
    )
    assert host_libraries.loaded_from_host([log], app) == {"libGL.so.1", "libc.so.6"}


@needs_tools
def test_a_loaded_library_from_an_undeclared_package_is_reported(tmp_path: Path) -> None:
    libxcb = Path("/lib/x86_64-linux-gnu/libxcb.so.1")
    if not libxcb.exists():
        pytest.skip("not a Debian x86-64 layout with libxcb1")
    log = tmp_path / "ld.1"
    log.write_text(f"1: calling init: {libxcb}\n", encoding="utf-8")
    assert host_libraries._runtime_problems([log], tmp_path, {"libxcb1"}) == []
    assert host_libraries._runtime_problems([log], tmp_path, {"libgl1"}) == [
        "libxcb.so.1 (loaded at run time)"
    ]


def test_declared_packages_include_alternatives() -> None:
    declared = host_libraries.declared_packages()
    assert {"libc6", "libgl1", "libegl1", "libxcb1", "fonts-dejavu-core"} <= declared
    assert "fonts-liberation2" in declared  # an alternative after "|"
