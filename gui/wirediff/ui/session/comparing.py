"""Comparing the pair on screen in the background: debounce, stale results, compare and restyle.

Quick moves through the list start one comparison (a short single-shot debounce); a pair
already on screen or on its way is not compared again; a newer job makes the older one
stale (``jobs.runner``), so a slow comparison never replaces the display of a newer one.
The comparison, the render plan and the three text documents are all built off the GUI
thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QTextDocument

from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.stories import StoryIndex, clean_text
from wirediff.ui.common.text import one_line
from wirediff.ui.common.theme import Theme
from wirediff.ui.common.timers import timer
from wirediff.ui.diff.documents import build_document
from wirediff.ui.diff.plan import PairPlan, plan_pair
from wirediff.ui.jobs.handover import hand_to_gui_thread
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.panels.change_rows import ChangeRows, change_rows

DEBOUNCE_MS = 120
KIND, RESTYLE = "compare", "restyle"


@dataclass(slots=True)
class Shown:
    """A comparison ready to display: the plan and its three documents (GUI-thread owned)."""

    left: Document
    right: Document
    plan: PairPlan
    docs: dict[str, QTextDocument]
    changes: ChangeRows  # the change list's rows (GUI-thread owned)
    clean: bool = False  # compared without boilerplate lines (change numbers differ)
    pair: tuple[int, int] = (-1, -1)  # the documents' indices among those open


@dataclass(frozen=True, slots=True)
class Look:
    """How documents are drawn: colours, font, and the room left after the last row."""

    theme: Theme
    font: QFont
    end_room: int


@dataclass(frozen=True, slots=True)
class Request:
    """A pair to compare. ``clean``: the story index whose boilerplate lines are left out
    (None: the documents' own texts)."""

    left: int
    right: int
    left_doc: Document
    right_doc: Document
    options: CompareOptions
    clean: StoryIndex | None = None

    def key(self) -> tuple[object, ...]:
        """What makes two requests the same comparison."""
        return self.left, self.right, self.clean is not None, self.options


def build_documents(plan: PairPlan, look: Look, job: Job) -> dict[str, QTextDocument] | None:
    """The three documents of a plan (None when the job went stale meanwhile)."""
    docs = {}
    for name in ("left", "right", "inline"):
        if job.cancelled():
            return None
        doc = build_document(getattr(plan, name), look.theme, look.font, look.end_room)
        docs[name] = hand_to_gui_thread(doc)
    return docs


def compare_job(request: Request, look: Look) -> Callable[[Job], Shown | None]:
    """Compare, plan and build the documents of one pair.

    With boilerplate left out, the comparison, and so every offset the views use, is of
    the cleaned texts.
    """
    left, right, index = request.left_doc, request.right_doc, request.clean

    def run(job: Job) -> Shown | None:
        texts = (left.text, right.text)
        if index is not None:
            texts = clean_text(index, request.left), clean_text(index, request.right)
        comparison = compare(*texts, request.options)
        if job.cancelled():
            return None
        plan = plan_pair(comparison)
        docs = build_documents(plan, look, job)
        if docs is None:
            return None
        kinds = [str(change.kind) for change in comparison.changes]
        rows = change_rows(kinds, plan.excerpts)
        pair = (request.left, request.right)
        return Shown(left, right, plan, docs, rows, index is not None, pair)

    return run


def restyle_job(plan: PairPlan, look: Look) -> Callable[[Job], dict[str, QTextDocument] | None]:
    """Rebuild the documents of a shown comparison in another font or palette."""
    return lambda job: build_documents(plan, look, job)


class ComparingController(QObject):
    """Compares what it is asked to, soon or now, and says when the result is ready."""

    started = Signal(str)  # "Comparing A with B…"
    shown = Signal(object)  # Shown: a comparison is ready to display
    cleared = Signal(str)  # nothing to compare: the message to show instead
    restyled = Signal(object)  # dict[str, QTextDocument]: the shown pair in a new look
    failed = Signal(str)

    def __init__(
        self, runner: Runner, look: Callable[[], Look], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._look = look
        self.current: Shown | None = None  # the comparison on screen
        self._wanted: Request | None = None
        self._empty = ""  # what the diff says when there is nothing to compare
        self._requested: tuple[object, ...] | None = None  # on screen or on its way
        self._debounce = timer(self, DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)

    def request(self, request: Request | None, empty: str = "", soon: bool = False) -> None:
        """Compare ``request`` (None: show ``empty`` instead), after the debounce if ``soon``."""
        self._wanted, self._empty = request, empty
        if soon:
            self._debounce.start()
        else:
            self._start()

    def pending(self) -> bool:
        """Whether a request waits for the debounce or its comparison is under way."""
        return self._debounce.isActive() or self.runner.running(KIND)

    def again(self) -> None:
        """Compare the pair asked for next even if it is on screen already (Enter)."""
        self._requested = None

    def forget(self) -> None:
        """Another folder: drop the comparison on screen and any on its way."""
        self._debounce.stop()
        self.runner.cancel(KIND)
        self.runner.cancel(RESTYLE)
        self.current = self._wanted = self._requested = None

    def restyle(self) -> None:
        """Redraw the comparison on screen with the current look (in the background)."""
        if self.runner.running(KIND):  # a comparison on its way replaces it: redo that one
            self._requested = None
            self._start()
        elif self.current is not None:
            job = restyle_job(self.current.plan, self._look())
            subject = "Redrawing the comparison"
            self.runner.start(RESTYLE, job, self._restyled, self.failed.emit, subject=subject)

    def _start(self) -> None:
        self._debounce.stop()
        request = self._wanted
        if request is None:
            self.runner.cancel(KIND)
            self.current = self._requested = None
            self.cleared.emit(self._empty)
            return
        if request.key() == self._requested:
            return  # already on screen or on its way
        self._requested = request.key()
        self.runner.cancel(RESTYLE)  # of the comparison about to be replaced
        left, right = one_line(request.left_doc.name), one_line(request.right_doc.name)
        subject = f"Comparing {left} with {right}"
        self.started.emit(f"{subject}…")
        job = compare_job(request, self._look())
        self.runner.start(KIND, job, self._compared, self._failed, subject=subject)

    def _compared(self, shown: Shown | None) -> None:
        if shown is not None:
            self.current = shown
            self.shown.emit(shown)

    def _restyled(self, docs: dict[str, QTextDocument] | None) -> None:
        if docs is not None and self.current is not None:
            self.current.docs = docs
            self.restyled.emit(docs)

    def _failed(self, message: str) -> None:
        """The pair could not be compared: the diff says why (not the previous pair)."""
        self._requested = None  # asking again may work (a file fixed meanwhile)
        self.current = None
        self.cleared.emit(f"{message}.")
        self.failed.emit(message)
