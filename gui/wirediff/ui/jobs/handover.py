"""Handing a QObject built in a worker to the GUI thread without holding the GIL.

PySide calls ``QObject::moveToThread`` with the GIL held, and moveToThread locks Qt's
signal-slot mutex of the object (one of a pool of 131 mutexes that all objects share by
address) and the posted-event lists of both threads. The GUI thread often holds such a
pool mutex while it waits for the GIL: ``~QObject`` of an object deleted with the GIL
released (a ``deleteLater`` run by the event loop, or a Python wrapper's dealloc, which
shiboken runs without the GIL) calls ``disconnectNotify`` on every sender still connected
to it while holding its own pool mutex, and for a sender created from Python, PySide's
override takes the GIL to look for a Python method. When the two objects share a pool
mutex, the worker waits for that mutex holding the GIL and the GUI thread waits for the GIL
holding the mutex, for ever: the rare hangs of the UI tests on two loaded cores (a worker in
``hand_to_gui_thread``, the GUI thread processing events). ``tests/ui/test_handover.py``
makes it happen in most runs with a plain ``moveToThread``.

So the move is made through ctypes, which releases the GIL for the call; Qt's own
``QEvent::ThreadChange`` delivery, which may call back into Python, comes before it takes
any of those mutexes. Where Qt's library or symbol cannot be found (not Linux), the plain
call is the fallback (and the hang remains possible there).

Making a model in a worker hangs the same way: QStandardItemModel's constructor connects its
own signals, which takes that mutex with the GIL held (a UI test hung in CI with a worker in
``doclist.model.empty_model`` and the GUI thread waiting for a grouping; with the deletions
of ``tests/ui/test_handover.py`` around it, it hung in two runs of three). So a worker never
makes a QObject that connects: the GUI thread makes it and lets go of it (``let_go``), and
the worker takes it into its own thread (``own``), fills it there as if it had made it,
and hands it back (``hand_to_gui_thread``). A QTextDocument connects nothing as it is made,
and the comparison's documents are still made in workers.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable
from functools import cache
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread

Q = TypeVar("Q", bound=QObject)

# QObject::moveToThread(QThread*) (Itanium C++ ABI), kept by Qt 6 for binary compatibility
# beside the overload with a Qt::Disambiguated_t tag.
_MOVE_SYMBOL = "_ZN7QObject12moveToThreadEP7QThread"


@cache
def _unlocked_move() -> Callable[[int, int], None] | None:
    """Qt's moveToThread called with the GIL released, or None where it cannot be found."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        # The copy of Qt that PySide loaded, never another one (RTLD_NOLOAD).
        core = ctypes.CDLL("libQt6Core.so.6", mode=os.RTLD_NOLOAD | os.RTLD_LAZY)
        move = core[_MOVE_SYMBOL]
    except (OSError, AttributeError):
        return None
    move.argtypes = (ctypes.c_void_p, ctypes.c_void_p)
    move.restype = None
    return lambda obj, thread: move(obj, thread)


def move_to_thread(obj: QObject, thread: QThread | None) -> None:
    """``obj.moveToThread(thread)`` with the GIL released (run in the thread owning ``obj``,
    or in any thread when ``obj`` has none; ``thread`` None: to no thread at all)."""
    move = _unlocked_move()
    if move is None:
        obj.moveToThread(thread)  # type: ignore[arg-type]  # (None is let in, untyped)
        return
    # QObject is the first base of every Qt class, so the object's address is its QObject's.
    there = 0 if thread is None else shiboken6.getCppPointer(thread)[0]
    move(shiboken6.getCppPointer(obj)[0], there)


def let_go(obj: Q) -> Q:
    """``obj``, made in the GUI thread, in no thread: for a worker to take (``own``)."""
    move_to_thread(obj, None)
    return obj


def own(obj: Q | None, make: Callable[[], Q]) -> Q:
    """The object to fill in this thread: ``obj`` (let go of by the GUI thread) taken into
    it, or without one, made by ``make`` — in the GUI thread only (see the module)."""
    if obj is not None:
        move_to_thread(obj, QThread.currentThread())
        return obj
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() is not app.thread():
        raise RuntimeError("made in a worker, this object can hang the GUI: let_go one to it")
    return make()


def hand_to_gui_thread(obj: Q) -> Q:
    """Move an object built in a worker to the GUI thread (must run in the building thread)."""
    app = QCoreApplication.instance()
    if app is not None and obj.thread() is not app.thread():
        move_to_thread(obj, app.thread())
    return obj
