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


def test_nothing_found_says_where_it_looked(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    monkeypatch.setattr(resources, "MARKERS", (("icons", "no-such-icon.svg"),))
    with pytest.raises(FileNotFoundError) as error:
        resources.resources_dir()
    message = str(error.value)
    assert str(REPO / "resources") in message
    assert "installed with the wirediff package" in message


def test_a_folder_that_lost_its_icons_is_still_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any one of the markers finds the folder: the icons alone were the marker."""
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    checkout = tmp_path / "resources"
    (checkout / "fonts").mkdir(parents=True)
    (checkout / "SAMPLE-SOURCES.md").write_text("# sample\n", encoding="utf-8")
    assert resources._is_resources(checkout)
    assert not resources._is_resources(tmp_path)


def _damaged_bundle(tmp_path: Path, *dropped: str) -> Path:
    """A frozen app's folder (what _MEIPASS names) with a copy of the resources, less some."""
    bundle = tmp_path / "bundle"
    shutil.copytree(REPO / "resources", bundle / "resources")
    for name in dropped:
        target = bundle / "resources" / name
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    return bundle


def test_a_damaged_frozen_app_says_what_is_missing_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    bundle = _damaged_bundle(tmp_path, "icons", "fonts")
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    for _ in range(3):
        assert resources.resources_dir() == bundle / "resources"
    assert resources.app_icon_files() == []
    (warning,) = [r.getMessage() for r in caplog.records if r.name == "wirediff.resources"]
    folder = bundle / "resources"
    assert warning == (
        f"wirediff: this copy of the app is damaged, missing {folder / 'icons'},"
        f" {folder / 'fonts'} (reinstall it)"
    )
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path / "nothing"), raising=False)
    assert resources.resources_dir() == tmp_path / "nothing" / "resources"
    assert str(tmp_path / "nothing" / "resources") in caplog.records[-1].getMessage()


def _as_frozen(bundle: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """wirediff's command line from source, with the resources of a frozen app at ``bundle``."""
    code = (
        f"import sys; sys._MEIPASS = {str(bundle)!r}; from wirediff.cli import main; "
        f"raise SystemExit(main({list(args)!r}))"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO / "gui"), QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300
    )


def test_the_commands_work_in_a_frozen_app_with_no_resources(tmp_path: Path) -> None:
    """Found by fuzzing the package: without resources/icons, every start failed with a
    traceback (a PDF report too: it registers the bundled fonts)."""
    sample = REPO / "resources" / "sample" / "us-iraq-troop-role"
    pair = [str(sample / "000_95eef2de69d379ca.txt"), str(sample / "001_9961d6b741e39e46.txt")]
    pdf = tmp_path / "report.pdf"
    done = _as_frozen(tmp_path / "empty", "report", *pair, "-o", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes().startswith(b"%PDF")
    missing = tmp_path / "empty" / "resources"
    assert done.stderr.splitlines() == [
        f"wirediff: this copy of the app is damaged, missing {missing} (reinstall it)"
    ]
    done = _as_frozen(tmp_path / "empty", "compare", *pair)
    assert done.returncode == 0 and done.stderr == "", done.stderr


def test_the_window_starts_in_a_frozen_app_that_lost_its_icons(tmp_path: Path) -> None:
    bundle = _damaged_bundle(tmp_path, "icons")
    done = _as_frozen(bundle, "--self-test")
    assert done.returncode == 0, done.stderr
    assert "OK" in done.stdout
    assert f"missing {bundle / 'resources' / 'icons'} (reinstall it)" in done.stderr


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
