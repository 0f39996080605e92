"""Handing documents and models filled in workers to the GUI thread while the GUI thread
deletes objects.

The hang this guards against (``wirediff.ui.jobs.handover``): a worker in ``moveToThread``
holding the GIL and waiting for one of Qt's shared signal-slot mutexes, while the GUI
thread, deleting an object with the GIL released, holds that mutex and waits for the GIL in
PySide's ``disconnectNotify`` of a sender created from Python. With a plain
``moveToThread`` this test hung in 5 of 7 runs on the 2-core machine (3,000 or 10,000
rounds); with the GIL released it passed every run, in 2-5 s under load. It has no time
limit of its own: a hang is reported by pytest's ``faulthandler_timeout``.
"""

from __future__ import annotations

import queue
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Signal
from PySide6.QtGui import QStandardItemModel, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from wirediff.core.document import Document
from wirediff.ui.doclist.model import BuiltList, blank_model, build_list
from wirediff.ui.jobs.handover import _unlocked_move, hand_to_gui_thread
from wirediff.ui.panels.change_rows import blank_rows, change_rows

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


def delete_receivers(rounds: int, each: Callable[[], None] = lambda: None) -> None:
    """Delete ``rounds`` receivers of live senders as the event loop does, ``each`` run
    before every deletion."""
    senders: list[Sender] = []
    for _ in range(rounds):
        each()
        sender, receiver = Sender(), QObject()
        sender.changed.connect(receiver.deleteLater)
        senders.append(sender)  # alive, so ~QObject of the receiver notifies it
        receiver.deleteLater()
        del receiver
        # Deletes the receiver in C++ with the GIL released, as the event loop does.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if len(senders) > 200:
            del senders[:100]


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
    try:
        delete_receivers(ROUNDS)
    finally:
        done.set()
        for thread in threads:
            thread.join()
    docs = [doc for out in handed for doc in out]
    assert docs
    assert all(doc.thread() is qapp.thread() for doc in docs)
    assert all(doc.toPlainText() == "a row of text" for doc in docs)


@pytest.mark.skipif(_unlocked_move() is None, reason="the plain moveToThread can hang here")
def test_models_filled_in_workers_reach_the_gui_thread_while_it_deletes_receivers(
    qapp: QApplication,
) -> None:
    """The list's and the change list's models are made in the GUI thread, as the jobs that
    fill them are started, and filled in workers: made in the worker, this hung in two runs
    of three (the worker in QStandardItemModel's constructor, which connects its signals)."""
    docs = [Document(Path(f"{n}.txt"), "Text.", f"Title {n}") for n in range(3)]
    blanks: queue.Queue[tuple[QStandardItemModel, QStandardItemModel] | None] = queue.Queue(8)
    built: list[tuple[BuiltList, QStandardItemModel]] = []

    def work() -> None:
        while (blank := blanks.get()) is not None:
            rows = change_rows(["insert"], ["+ new"], blank=blank[1])
            built.append((build_list(docs, [1, 1, 1], blank=blank[0]), rows.model))

    def make_blanks() -> None:
        if not blanks.full():
            blanks.put((blank_model(), blank_rows()))

    threads = [threading.Thread(target=work) for _ in range(WORKERS)]
    for thread in threads:
        thread.start()
    try:
        delete_receivers(ROUNDS, make_blanks)
    finally:
        for _ in threads:
            blanks.put(None)
        for thread in threads:
            thread.join()
    assert built
    for made, rows in built:
        assert made.model.thread() is qapp.thread() and rows.thread() is qapp.thread()
        assert made.model.rowCount() == 3 and rows.rowCount() == 1


def test_a_worker_is_never_let_make_a_model(qapp: QApplication) -> None:
    """A worker asked to fill the list with no model made for it says so, and makes none."""
    failed: list[BaseException] = []

    def work() -> None:
        try:
            build_list([], [])
        except RuntimeError as exc:
            failed.append(exc)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    assert len(failed) == 1 and "worker" in str(failed[0])
    assert build_list([], []).model.thread() is qapp.thread()  # (the GUI thread makes its own)
