"""The Qt layer's packages import one way, lower layers never reaching up.

    common  <  jobs, widgets  <  doclist, diff, panels, storyview  <  session  <  shell  <  app

A package may import its own modules and those of lower layers; the four widget packages
do not import each other; ``session`` (and below it ``jobs`` and ``common``) runs without
QtWidgets, so that what decides what is on screen never touches a widget.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import textwrap
from pathlib import Path

import wirediff.ui

UI = Path(wirediff.ui.__file__).parent
LAYERS = {
    "common": 0,
    "jobs": 1,
    "widgets": 1,  # small widgets the four widget packages share
    "doclist": 2,
    "diff": 2,
    "panels": 2,
    "storyview": 2,
    "session": 3,
    "shell": 4,
    "app": 5,
}


def part_of(module: str) -> str | None:
    """``wirediff.ui.session.loading`` -> ``session``; None outside ``wirediff.ui``."""
    parts = module.split(".")
    return parts[2] if parts[:2] == ["wirediff", "ui"] and len(parts) > 2 else None


def ui_imports(path: Path) -> set[str]:
    """The ``wirediff.ui`` modules and packages a source file imports."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module == "wirediff.ui":
            found.update(f"wirediff.ui.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
    return {name for name in found if part_of(name) in LAYERS}


def test_every_module_belongs_to_a_layer() -> None:
    for path in UI.rglob("*.py"):
        relative = path.relative_to(UI)
        if relative.name != "__init__.py" or len(relative.parts) > 1:
            assert relative.parts[0].removesuffix(".py") in LAYERS, relative


def violations(root: Path) -> list[str]:
    """Imports under ``root`` (laid out as ``wirediff/ui``) that go up or sideways."""
    wrong = []
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root)
        here = relative.parts[0].removesuffix(".py")
        if here == "__init__":
            continue
        for name in ui_imports(path):
            there = part_of(name)
            assert there is not None
            if there != here and LAYERS[there] >= LAYERS[here]:
                wrong.append(f"{relative} ({here}) imports {name} ({there})")
    return sorted(wrong)


def test_imports_run_one_way() -> None:
    wrong = violations(UI)
    assert not wrong, "\n".join(wrong)


def test_the_check_sees_upward_and_sideways_imports(tmp_path: Path) -> None:
    (tmp_path / "session").mkdir()
    (tmp_path / "diff").mkdir()
    (tmp_path / "shell").mkdir()
    (tmp_path / "session" / "up.py").write_text("from wirediff.ui.shell.window import MainWindow\n")
    (tmp_path / "diff" / "aside.py").write_text("import wirediff.ui.panels.banner\n")
    (tmp_path / "shell" / "down.py").write_text("from wirediff.ui.session import selection\n")
    assert violations(tmp_path) == [
        "diff/aside.py (diff) imports wirediff.ui.panels.banner (panels)",
        "session/up.py (session) imports wirediff.ui.shell.window (shell)",
    ]


def test_session_and_below_run_without_widgets() -> None:
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name == "PySide6.QtWidgets":
                    raise ImportError("widgets are blocked below the shell")
                return None

        sys.meta_path.insert(0, Block())
        import wirediff.ui
        names = []
        for package in ("common", "jobs", "session"):
            module = importlib.import_module(f"wirediff.ui.{package}")
            names += [m.name for m in pkgutil.walk_packages(module.__path__, module.__name__ + ".")]
        for name in names:
            importlib.import_module(name)
        assert "PySide6.QtWidgets" not in sys.modules
        print(len(names))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 14
