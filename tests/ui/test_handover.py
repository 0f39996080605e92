"""Handing documents built in workers to the GUI thread while the GUI thread deletes objects.

The hang this guards against (``wirediff.ui.jobs.handover``): a worker in ``moveToThread``
holding the GIL and waiting for one of Qt's shared signal-slot mutexes, while the GUI
thread, deleting an object with the GIL released, holds that mutex and waits for the GIL in
PySide's ``disconnectNotify`` of a sender created from Python. With a plain
``moveToThread`` this test hung in 5 of 7 runs on the 2-core machine (3,000 or 10,000
rounds); with the GIL released it passed every run, in 2-5 s under load. It has no time
limit of its own: a hang is reported by pytest's ``faulthandler_timeout``.
"""

from __future__ import annotations

import sys
import threading

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from wirediff.ui.jobs.handover import _unlocked_move, hand_to_gui_thread

ROUNDS = 10000  # deletions in the GUI thread
WORKERS = 2
PER_WORKER = 10000  # at most, documents each worker hands over


class Sender(QObject):
    """A sender created from Python: the first disconnectNotify on it takes the GIL."""

    changed = Signal()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="looked up on Linux only")
def test_qts_move_is_found_on_linux() -> None:
    """Qt's moveToThread is found: a Qt update that dropped the symbol would otherwise
    bring the plain call, and the hang, back without a sound."""
    assert _unlocked_move() is not None


@pytest.mark.skipif(_unlocked_move() is None, reason="the plain moveToThread can hang here")
def test_documents_reach_the_gui_thread_while_it_deletes_receivers(qapp: QApplication) -> None:
    done = threading.Event()
    handed: list[list[QTextDocument]] = [[] for _ in range(WORKERS)]

    def work(out: list[QTextDocument]) -> None:
        while not done.is_set() and len(out) < PER_WORKER:
            doc = QTextDocument()
            QTextCursor(doc).insertText("a row of text")
            out.append(hand_to_gui_thread(doc))

    threads = [threading.Thread(target=work, args=(out,)) for out in handed]
    for thread in threads:
        thread.start()
    senders: list[Sender] = []
    try:
        for _ in range(ROUNDS):
            sender, receiver = Sender(), QObject()
            sender.changed.connect(receiver.deleteLater)
            senders.append(sender)  # alive, so ~QObject of the receiver notifies it
            receiver.deleteLater()
            del receiver
            # Deletes the receiver in C++ with the GIL released, as the event loop does.
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
            if len(senders) > 200:
                del senders[:100]
    finally:
        done.set()
        for thread in threads:
            thread.join()
    docs = [doc for out in handed for doc in out]
    assert docs
    assert all(doc.thread() is qapp.thread() for doc in docs)
    assert all(doc.toPlainText() == "a row of text" for doc in docs)
