"""Whether Qt can be loaded, and what to install when it cannot, asked before a window.

PySide6's modules are shared libraries linked against the system's: without OpenGL
(``libEGL.so.1``, ``libGL.so.1``) or another library Qt needs, ``from PySide6.QtWidgets
import ...`` raises ImportError — a traceback, or nothing at all from the menu. Without Qt
there is no message box either: one line on stderr, naming the library and the package, is
what can be said.
"""

from __future__ import annotations

import re

# The libraries PySide6's QtCore, QtGui and QtWidgets link from the system, and the Debian
# and Ubuntu packages that hold them (the ./dev script's APT_PACKAGES lists them all).
_OPENGL = "libegl1 libgl1"  # one needs the other: install both
PACKAGES = {
    "libEGL.so.1": _OPENGL,
    "libGL.so.1": _OPENGL,
    "libGLX.so.0": _OPENGL,
    "libGLdispatch.so.0": _OPENGL,
    "libOpenGL.so.0": "libopengl0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libxcb.so.1": "libxcb1",
    "libz.so.1": "zlib1g",
}

# What the dynamic loader says of a library it cannot find (glibc's dlerror text).
_MISSING = re.compile(r"^(?P<library>[^\s:]+\.so[\w.]*): cannot open shared object file")


def why_not(exc: ImportError) -> str:
    """What stops Qt from loading, said by ``exc`` (the ImportError of a PySide6 module)."""
    if isinstance(exc, ModuleNotFoundError) and exc.name == "PySide6":
        return "Qt cannot be loaded: PySide6 is not installed (pip install PySide6-Essentials)"
    found = _MISSING.match(str(exc))
    if found is None:
        return f"Qt cannot be loaded: {exc}"
    library = found["library"]
    package = PACKAGES.get(library)
    where = (
        f"on Debian or Ubuntu: sudo apt-get install {package}"
        if package
        else "install the system package that provides it"
    )
    return f"Qt cannot be loaded: the system library {library} is missing ({where})"


def qt_unavailable() -> str | None:
    """Why Qt's modules cannot be loaded, or None when they can (then they are loaded)."""
    try:
        from PySide6 import QtCore, QtGui, QtWidgets  # noqa: F401
    except ImportError as exc:
        return why_not(exc)
    return None
