"""The engine never imports Qt: import all of it with PySide6 blocked."""

import subprocess
import sys
import textwrap


def test_core_imports_without_qt():
    code = textwrap.dedent(
        """
        import importlib, pkgutil, sys

        class Block:
            def find_spec(self, name, path=None, target=None):
                if name.split(".")[0] in ("PySide6", "shiboken6", "PyQt5", "PyQt6"):
                    raise ImportError("Qt is blocked in the engine")
                return None

        sys.meta_path.insert(0, Block())
        import wirediff.core as core
        names = [m.name for m in pkgutil.walk_packages(core.__path__, "wirediff.core.")]
        for name in names:
            importlib.import_module(name)
        import wirediff.commands.compare
        assert not any(m.startswith("PySide6") for m in sys.modules)
        print(len(names))
        """
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 8
