"""Whether the X display named by ``DISPLAY`` answers, asked before Qt is.

Qt's xcb platform cannot open a display that is named but does not answer (a ``DISPLAY``
left in tmux or screen from a session that ended, broken ``ssh -X`` forwarding, an X server
refusing the user); it then blames a missing ``libxcb-cursor0``, says reinstalling may help,
and aborts the process (exit 134, a core dump): found by a tester. Asked first through the
X client library Qt itself uses (``libxcb``), the app can say what is wrong in one line —
and ``--self-test`` and ``--screenshot``, which need no screen, can draw offscreen.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os
import sys


def x11_used() -> bool:
    """Whether Qt would open an X display: on Linux, no platform chosen (or xcb), not a
    Wayland session, a ``DISPLAY`` given."""
    if not sys.platform.startswith("linux") or not os.environ.get("DISPLAY"):
        return False
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return platform.split(":")[0] == "xcb"
    # Qt takes Wayland in a Wayland session (a WAYLAND_DISPLAY left over elsewhere is not one).
    wayland = os.environ.get("XDG_SESSION_TYPE") == "wayland" and os.environ.get("WAYLAND_DISPLAY")
    return not wayland


def display_refused() -> str | None:
    """Why the X display ``DISPLAY`` names cannot be opened (None: it can, or it is not
    used, or libxcb cannot be asked — then Qt says what it says)."""
    if not x11_used():
        return None
    name = ctypes.util.find_library("xcb") or "libxcb.so.1"
    try:
        xcb = ctypes.CDLL(name)
    except OSError:
        return None
    xcb.xcb_connect.argtypes = (ctypes.c_char_p, ctypes.POINTER(ctypes.c_int))
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connection_has_error.argtypes = (ctypes.c_void_p,)
    xcb.xcb_connection_has_error.restype = ctypes.c_int
    xcb.xcb_disconnect.argtypes = (ctypes.c_void_p,)
    xcb.xcb_disconnect.restype = None
    display = os.environ["DISPLAY"]
    connection = xcb.xcb_connect(os.fsencode(display), None)
    try:
        error = xcb.xcb_connection_has_error(connection) if connection else 1
    finally:
        if connection:
            xcb.xcb_disconnect(connection)
    if not error:
        return None
    return (
        f"cannot open the X display {display!r} (DISPLAY): no X server answers there, or it "
        "refuses this user (a DISPLAY left from a session that ended, or broken ssh -X "
        "forwarding?)"
    )
