"""Qt's system libraries missing (no libEGL, no libGL): one line naming the library and the
package, exit 1, instead of an ImportError traceback. The libraries are not uninstalled:
the import of PySide6's modules is made to fail as the dynamic loader fails it."""

from __future__ import annotations

import builtins

import pytest

from wirediff.cli import main
from wirediff.ui.common.qt_libraries import why_not

NO_EGL = "libEGL.so.1: cannot open shared object file: No such file or directory"


@pytest.fixture
def no_egl(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every import of a PySide6 module fails as it does on a system without libEGL."""
    real_import = builtins.__import__

    def failing(name: str, *args: object, **kwargs: object) -> object:
        if name.split(".")[0] == "PySide6":
            raise ImportError(NO_EGL)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", failing)


@pytest.mark.usefixtures("no_egl")
@pytest.mark.parametrize(
    "args", [[], ["a.txt", "b.txt"], ["--self-test"], ["--screenshot", "out.png"]]
)
def test_no_opengl_is_one_line_naming_what_to_install(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(args) == 1
    assert capsys.readouterr().err == (
        "wirediff: Qt cannot be loaded: the system library libEGL.so.1 is missing "
        "(on Debian or Ubuntu: sudo apt-get install libegl1 libgl1)\n"
    )


@pytest.mark.parametrize(
    ("exc", "said"),
    [
        (
            ImportError("libGL.so.1: cannot open shared object file: No such file or directory"),
            "the system library libGL.so.1 is missing "
            "(on Debian or Ubuntu: sudo apt-get install libegl1 libgl1)",
        ),
        (
            ImportError("libxkbcommon.so.0: cannot open shared object file: No such file"),
            "the system library libxkbcommon.so.0 is missing "
            "(on Debian or Ubuntu: sudo apt-get install libxkbcommon0)",
        ),
        (
            ImportError("libodd.so.3: cannot open shared object file: No such file or directory"),
            "the system library libodd.so.3 is missing "
            "(install the system package that provides it)",
        ),
        (
            ModuleNotFoundError("No module named 'PySide6'", name="PySide6"),
            "PySide6 is not installed (pip install PySide6-Essentials)",
        ),
        (
            ImportError("QtGui.abi3.so: undefined symbol: _ZN9QListData"),
            "QtGui.abi3.so: undefined symbol: _ZN9QListData",
        ),
    ],
)
def test_what_is_said_of_each_failure(exc: ImportError, said: str) -> None:
    assert why_not(exc) == f"Qt cannot be loaded: {said}"
