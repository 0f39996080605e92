"""wirediff.resources finds the resources from a checkout, an installed wheel and a frozen app.

The frozen app is also checked for real by packaging/smoke.sh: its --self-test opens
sample_corpus() inside the bundle.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from wirediff import resources

REPO = Path(__file__).resolve().parents[2]


def test_checkout() -> None:
    assert resources.resources_dir() == REPO / "resources"
    corpus = resources.sample_corpus()
    assert corpus == REPO / "resources" / "sample" / "us-iraq-troop-role"
    assert len(list(corpus.glob("*.txt"))) == 5


def test_app_icon_files_smallest_first() -> None:
    files = resources.app_icon_files()
    assert [f.name for f in files[:3]] == ["wirediff-16.png", "wirediff-24.png", "wirediff-32.png"]
    assert files[-1].name == "wirediff-512.png"


def _fake_resources(folder: Path) -> Path:
    (folder / "icons").mkdir(parents=True)
    (folder / "icons" / "wirediff.svg").write_text("<svg/>", encoding="utf-8")
    (folder / "sample" / "us-iraq-troop-role").mkdir(parents=True)
    return folder


def test_frozen_bundle_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_resources(tmp_path / "resources")
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources.resources_dir() == tmp_path / "resources"
    assert resources.sample_corpus() == tmp_path / "resources" / "sample" / "us-iraq-troop-role"


def test_nothing_found_says_where_it_looked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    monkeypatch.setattr(resources, "MARKER", ("icons", "no-such-icon.svg"))
    with pytest.raises(FileNotFoundError) as error:
        resources.resources_dir()
    message = str(error.value)
    assert str(tmp_path / "resources") in message
    assert str(REPO / "resources") in message
    assert "installed with the wirediff package" in message


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A throwaway venv with ``pip install .`` of this checkout (without dependencies).

    The wheel is built from a copy, so that setuptools' build/ and egg-info folders (whose stale
    files could leak into a wheel) never touch the checkout.
    """
    folder = tmp_path_factory.mktemp("wheel")
    junk = (
        ".git",
        ".venv",
        "build",
        "dist",
        "*.egg-info",
        "__pycache__",
        ".*_cache",
        ".hypothesis",
    )
    shutil.copytree(REPO, folder / "src", ignore=shutil.ignore_patterns(*junk), symlinks=True)
    venv.create(folder / "venv", with_pip=False)
    python = folder / "venv" / "bin" / "python"
    wheels = folder / "wheels"
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([*pip, "wheel", "--no-deps", "-w", str(wheels), str(folder / "src")], check=True)
    wheel = next(wheels.glob("wirediff-*.whl"))
    subprocess.run([*pip, "--python", str(python), "install", "--no-deps", str(wheel)], check=True)
    return wheel


@pytest.mark.slow
def test_installed_wheel_finds_the_corpus(installed: Path) -> None:
    python = installed.parent.parent / "venv" / "bin" / "python"
    code = "from wirediff.resources import sample_corpus; print(sample_corpus())"
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run(
        [str(python), "-c", code], check=True, capture_output=True, text=True, cwd="/", env=env
    ).stdout.strip()
    corpus = Path(out)
    assert corpus.is_relative_to(installed.parent.parent / "venv" / "share" / "wirediff")
    assert sorted(p.name for p in corpus.glob("*.txt")) == sorted(
        p.name for p in (REPO / "resources" / "sample" / "us-iraq-troop-role").glob("*.txt")
    )


@pytest.mark.slow
def test_wheel_carries_every_resource(installed: Path) -> None:
    """A resources folder missing from pyproject's data-files would be silently left out."""
    prefix = "wirediff-" + installed.name.split("-")[1] + ".data/data/share/wirediff/"
    with zipfile.ZipFile(installed) as wheel:
        shipped = {n.removeprefix(prefix) for n in wheel.namelist() if n.startswith(prefix)}
    tracked = subprocess.run(
        ["git", "ls-files", "resources"], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.split()
    expected = {name.removeprefix("resources/") for name in tracked}
    assert expected - shipped == set()
