"""Comparing the pair on screen in the background: debounce, stale results, compare and restyle.

Quick moves through the list start one comparison (a short single-shot debounce); a pair
already on screen or on its way is not compared again; a newer job makes the older one
stale (``jobs.runner``), so a slow comparison never replaces the display of a newer one.
The comparison, the render plan and the three text documents are all built off the GUI
thread. A document selected with nothing to compare it with (a lone article, the base) is
shown by itself (``Alone``, ``Single``), its document built the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QFont, QTextDocument

from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.review import LeftOut
from wirediff.core.stories import StoryIndex, clean_text
from wirediff.ui.common.text import one_line
from wirediff.ui.common.theme import Theme
from wirediff.ui.common.timers import timer
from wirediff.ui.diff.documents import build_document
from wirediff.ui.diff.plan import PairPlan, PanePlan, plan_pair
from wirediff.ui.diff.single import single_plan
from wirediff.ui.jobs.handover import hand_to_gui_thread
from wirediff.ui.jobs.runner import Job, Runner
from wirediff.ui.panels.change_rows import ChangeRows, blank_rows, change_rows

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
    left_out: LeftOut | None = None  # with ``clean``: the lines not compared


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


@dataclass(frozen=True, slots=True)
class Alone:
    """A document to show by itself: nothing is compared with it. ``clean`` as for a
    ``Request``."""

    doc: int
    document: Document
    clean: StoryIndex | None = None

    def key(self) -> tuple[object, ...]:
        return "alone", self.doc, self.clean is not None


@dataclass(slots=True)
class Single:
    """A document shown by itself, ready to display (GUI-thread owned)."""

    document: Document
    plan: PanePlan
    doc: QTextDocument
    index: int  # the document's index among those open
    clean: bool = False  # shown without its boilerplate lines
    message: str = ""  # why nothing is beside it, and how to compare it (the controller's)


def lines_left_out(index: StoryIndex, left: int, right: int) -> LeftOut:
    """The boilerplate lines a comparison of two documents' clean texts leaves out."""
    docs, lines = index.documents, index.boilerplate
    return LeftOut(docs[left].text, docs[right].text, lines[left], lines[right])


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
    blank = blank_rows()  # (made here, in the GUI thread: ``jobs.handover``)

    def run(job: Job) -> Shown | None:
        texts = (left.text, right.text)
        left_out = None
        if index is not None:
            texts = clean_text(index, request.left), clean_text(index, request.right)
            left_out = lines_left_out(index, request.left, request.right)
        headings = (left.headings, right.headings)  # (lines: the cleaned texts hold them too)
        comparison = compare(*texts, request.options, headings=headings)
        if job.cancelled():
            return None
        plan = plan_pair(comparison)
        docs = build_documents(plan, look, job)
        if docs is None:
            return None
        kinds = [str(change.kind) for change in comparison.changes]
        rows = change_rows(kinds, plan.excerpts, plan.sections, blank)
        pair = (request.left, request.right)
        return Shown(left, right, plan, docs, rows, index is not None, pair, left_out)

    return run


def restyle_job(plan: PairPlan, look: Look) -> Callable[[Job], dict[str, QTextDocument] | None]:
    """Rebuild the documents of a shown comparison in another font or palette."""
    return lambda job: build_documents(plan, look, job)


def single_job(alone: Alone, look: Look) -> Callable[[Job], Single | None]:
    """Plan and build the document of one text shown by itself."""
    document, index = alone.document, alone.clean

    def run(job: Job) -> Single | None:
        text = document.text if index is None else clean_text(index, alone.doc)
        plan = single_plan(text)
        if job.cancelled():
            return None
        doc = build_document(plan, look.theme, look.font, look.end_room)
        return Single(document, plan, hand_to_gui_thread(doc), alone.doc, index is not None)

    return run


def restyle_single_job(plan: PanePlan, look: Look) -> Callable[[Job], QTextDocument]:
    """Rebuild the document of a text shown by itself in another font or palette."""
    return lambda _job: hand_to_gui_thread(
        build_document(plan, look.theme, look.font, look.end_room)
    )


class ComparingController(QObject):
    """Compares what it is asked to, soon or now, and says when the result is ready."""

    started = Signal(str)  # "Comparing A with B…"
    shown = Signal(object)  # Shown: a comparison is ready to display
    cleared = Signal(str)  # nothing to compare: the message to show instead
    single = Signal(object)  # Single: nothing to compare, a document to show by itself
    restyled = Signal(object)  # dict[str, QTextDocument]: the shown pair in a new look
    failed = Signal(str)
    forgotten = Signal()  # another folder: what was on its way will not come

    def __init__(
        self, runner: Runner, look: Callable[[], Look], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self._look = look
        self.current: Shown | None = None  # the comparison on screen
        self.shown_alone: Single | None = None  # or the document shown by itself
        self._wanted: Request | None = None
        self._alone: Alone | None = None  # with no comparison wanted: the one to show
        self._empty = ""  # what the diff says when there is nothing to compare
        self._requested: tuple[object, ...] | None = None  # on screen or on its way
        self._debounce = timer(self, DEBOUNCE_MS)
        self._debounce.timeout.connect(self._start)

    def request(
        self,
        request: Request | None,
        empty: str = "",
        soon: bool = False,
        alone: Alone | None = None,
    ) -> None:
        """Compare ``request`` (None: say ``empty`` instead, showing ``alone`` by itself if
        given), after the debounce if ``soon``."""
        self._wanted, self._empty = request, empty
        self._alone = alone if request is None else None
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
        self.shown_alone = self._alone = None
        self.forgotten.emit()

    def restyle(self) -> None:
        """Redraw the comparison on screen with the current look (in the background)."""
        if self.runner.running(KIND):  # a comparison on its way replaces it: redo that one
            self._requested = None
            self._start()
        elif self.current is not None:
            job = restyle_job(self.current.plan, self._look())
            subject = "Redrawing the comparison"
            self.runner.start(RESTYLE, job, self._restyled, self.failed.emit, subject=subject)
        elif self.shown_alone is not None:
            single = self.shown_alone
            subject = f"Redrawing {one_line(single.document.name)}"
            self.runner.start(
                RESTYLE,
                restyle_single_job(single.plan, self._look()),
                partial(self._restyled_single, single),
                self.failed.emit,
                subject=subject,
            )

    def _start(self) -> None:
        self._debounce.stop()
        wanted = self._wanted if self._wanted is not None else self._alone
        if wanted is None:
            self.runner.cancel(KIND)
            self.current = self._requested = self.shown_alone = None
            self.cleared.emit(self._empty)
            return
        if wanted.key() == self._requested:  # already on screen or on its way
            single = self.shown_alone
            if isinstance(wanted, Alone) and single is not None and single.message != self._empty:
                self._show_single(single)  # why it is alone changed (b pinned it)
            return
        key = wanted.key()
        self._requested = key
        self.runner.cancel(RESTYLE)  # of the comparison about to be replaced
        if isinstance(wanted, Alone):
            subject = f"Showing {one_line(wanted.document.name)}"
            alone = single_job(wanted, self._look())
            self.runner.start(KIND, alone, self._single_built, self._failed, subject=subject)
            return
        left, right = one_line(wanted.left_doc.name), one_line(wanted.right_doc.name)
        subject = f"Comparing {left} with {right}"
        self.started.emit(f"{subject}…")
        job = compare_job(wanted, self._look())
        self.runner.start(KIND, job, self._compared, self._failed, subject=subject)

    def _compared(self, shown: Shown | None) -> None:
        if shown is not None:
            self.current, self.shown_alone = shown, None
            self.shown.emit(shown)

    def _single_built(self, single: Single | None) -> None:
        if single is not None:
            self.current = None
            self._show_single(single)

    def _show_single(self, single: Single) -> None:
        """Nothing is compared: ``single`` is shown by itself, with the words saying why."""
        self.shown_alone, single.message = single, self._empty
        self.single.emit(single)

    def _restyled_single(self, single: Single, doc: QTextDocument) -> None:
        if self.shown_alone is single:
            single.doc = doc
            self.single.emit(single)
        else:
            doc.deleteLater()

    def _restyled(self, docs: dict[str, QTextDocument] | None) -> None:
        if docs is not None and self.current is not None:
            self.current.docs = docs
            self.restyled.emit(docs)

    def _failed(self, message: str) -> None:
        """The pair could not be compared: the diff says why (not the previous pair)."""
        self._requested = None  # asking again may work (a file fixed meanwhile)
        self.current = self.shown_alone = None
        self.cleared.emit(f"{message}.")
        self.failed.emit(message)
