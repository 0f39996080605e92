"""File ▸ Export… and Print: evidence reports of the pair or the story on screen.

The report is the command line's (``wirediff.core.report.evidence``): each version against
its base, aligned side by side, with its derivation level, stats, flags and notes, and the
provenance of every file. The format follows the chosen file's extension: ``.html``,
``.pdf`` (printed by Qt), ``.csv`` (the versions against the base, then the flags and notes;
Flags & notes' export: those alone) or ``.json`` (all but the aligned text). Building,
rendering and writing run in the background, with progress and Cancel in the status bar; the
file is written through ``write_file`` (atomically), never inside the folder being read.
Printing (Ctrl+P) lays out the same HTML on the printer the user picks (to a PDF file, its
text is then corrected as an exported PDF's is: ``export.pdf.text_as_shown``).
What a PDF or the printer could not draw (characters no font here has) is said in the status
bar after "Report written: …" or "Printed: …" (``export.pdf.describe_gaps``).
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QObject, QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMainWindow, QMessageBox, QWidget

from wirediff.core.jsontext import json_text
from wirediff.core.reading import holding_file
from wirediff.core.report.evidence import (
    EvidenceReport,
    Said,
    folder_report,
    pair_report,
    story_report,
)
from wirediff.core.report.evidence_html import render_report
from wirediff.core.report.output import same_file_as, write_file
from wirediff.core.review import ReviewStore
from wirediff.core.review.folders import real
from wirediff.core.stories import Cancelled, StoryIndex, pair_derivation, wording_as_compared
from wirediff.core.stories.corrections import not_applied
from wirediff.core.stories.model import chosen_now
from wirediff.core.stories.relation import every_derivation
from wirediff.core.stories.report import (
    VERSION,
    corrections_data,
    problems_data,
    to_csv,
    to_data,
)
from wirediff.core.stories.reuse import reuse_by_outlet, reuse_csv, reuse_data
from wirediff.core.textsafe import printable
from wirediff.export.pdf import print_document, text_as_shown
from wirediff.export.report import FORMATS, render
from wirediff.ui.common.paths import dialog_folder, is_folder
from wirediff.ui.jobs.runner import Job
from wirediff.ui.session.review_store import worker_store
from wirediff.ui.session.session import Session
from wirediff.ui.shell.parts import Parts

T = TypeVar("T")
STORE_SIDE_FILES = ("-wal", "-shm", "-journal")  # SQLite's, beside the review store
KIND = "export"
REPORT_FILTERS = (
    ("HTML page (*.html)", ".html"),
    ("HTML page, changes only (*.html)", ".html"),
    ("PDF document (*.pdf)", ".pdf"),
    ("PDF document, changes only (*.pdf)", ".pdf"),
    ("Versions, changes, flags and notes, CSV (*.csv)", ".csv"),
    ("Report data, JSON (*.json)", ".json"),
)
# The aligned text's changed rows only, with this many rows around each: a report to send
# (the whole text of a 3 MB pair printed 1,885 pages for ten changes).
CHANGES_ONLY = frozenset({REPORT_FILTERS[1][0], REPORT_FILTERS[3][0]})
CHANGES_CONTEXT = 2
FLAG_FILTERS = (("Flags and notes, CSV (*.csv)", ".csv"), REPORT_FILTERS[-1])
STORY_TABLE_FILTERS = (
    ("Stories table, CSV (*.csv)", ".csv"),
    ("Stories table, JSON (*.json)", ".json"),
)
# (Export reuse by outlet offered "Stories table, CSV": a Central European desk's walkthrough)
OUTLET_FILTERS = (
    ("Reuse by outlet, CSV (*.csv)", ".csv"),
    ("Reuse by outlet, JSON (*.json)", ".json"),
)
LAST_FOLDER = "files/last_export_folder"
LAST_FILTER = "files/last_export_type"  # + "/" + the dialog's first filter

# Builds a report in the background, with the worker's own connection to the store.
Builder = Callable[[Job, ReviewStore | None], EvidenceReport]


class Stopped(Exception):
    """The user cancelled the export (raised from a progress callback to stop the work)."""


@dataclass(frozen=True, slots=True)
class Target:
    path: Path
    fmt: str  # html, pdf, csv or json
    context: int | None = None  # html, pdf: the changed rows only, with this many around


@dataclass(frozen=True, slots=True)
class Done:
    """What a finished export or print job says: the file written (or the title printed),
    and what the PDF or the printer could not render (characters no font here has), if
    anything, for the status bar."""

    what: str
    path: Path | None = None
    warnings: tuple[str, ...] = ()

    def status(self, done: str) -> str:
        return printable(" — ".join([f"{done}: {self.what}", *self.warnings]))


def chosen_target(path: str, selected: str, filters: tuple[tuple[str, str], ...]) -> Target | None:
    """The file the dialog gave, its extension added from the chosen filter if it has none
    and no such file exists (an existing file, a pipe or ``/dev/null`` chosen is written,
    in the chosen filter's format, not a new file beside it)."""
    if not path:
        return None
    target = Path(path)
    suffix = dict(filters).get(selected, filters[0][1])
    if target.suffix.lower() in FORMATS:
        fmt = FORMATS[target.suffix.lower()]
    elif os.path.lexists(target):
        fmt = FORMATS[suffix]
    else:
        target, fmt = target.with_name(target.name + suffix), FORMATS[suffix]
    # (changes only, as chosen, when the file is of the chosen filter's format)
    changes_only = selected in CHANGES_ONLY and fmt == FORMATS[suffix]
    return Target(target, fmt, CHANGES_CONTEXT if changes_only else None)


def file_name(text: str) -> str:
    """A file name made of ``text`` (a title): letters, digits, spaces, - _ , and currency
    signs and "%" only; a decimal point is a comma ("€1,25 billion"): the save dialog took
    what followed a full stop for an extension, and offered "Government commits 1.pdf". A
    thousands' dot is left out ("1.500 millones" is "1500 millones": "1,500" reads one and
    a half in Spanish, a fact-checker's walkthrough): of groups of three after a figure
    that is not 0, two groups at least ("1.234.567") or in a title of a language that
    writes the day first (its small words: ``day_first_text``) or with a decimal comma
    ("2.345,6"); not before "%" ("4.125%", "0.125": a review)."""
    from wirediff.core.reading.dates import day_first_text  # (a title's small words)

    other = bool(_DECIMAL_COMMA.search(text) or _COUNTED.search(text)) or day_first_text(text)
    pattern = _GROUPED if other else _GROUPS
    grouped = pattern.sub(_ungrouped, text)
    # (a version's number, "iOS 17.2.1", with hyphens: "17,2,1" named a version that is
    # none, a standards editor's walkthrough)
    versioned = _VERSION.sub(lambda m: m[0].replace(".", "-"), grouped)
    decimal = re.sub(r"(?<=\d)\.(?=\d)", ",", versioned)
    # (an apostrophe inside a word stays: "п'ятеро" was "п ятеро", "O'Brien" "O Brien" —
    # a Ukraine desk's walkthrough)
    kept = "".join(
        c if c.isalnum() or c in " -_,%€$£¥" or _in_word(decimal, i) else " "
        for i, c in enumerate(decimal)
    )
    return " ".join(kept.split())[:80].strip(" ,") or "report"


def _in_word(text: str, at: int) -> bool:
    """``text[at]`` is an apostrophe between two letters ("п'ятеро", "aujourd’hui")."""
    return (
        text[at] in "'’ʼ"
        and 0 < at < len(text) - 1
        and text[at - 1].isalpha()
        and text[at + 1].isalpha()
    )


# Groups of three digits after a dot, the first figure not 0, not before "%" or more digits
_GROUPED = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?:\.\d{3})+)(?![\d.%]|\s?%|,\D|,$)")
_GROUPS = re.compile(r"(?<![\d.,])([1-9]\d{0,2}(?:\.\d{3}){2,})(?![\d.%]|\s?%)")
_DECIMAL_COMMA = re.compile(r"\d,\d(?!\d\d)")
# A dotted figure before a word of another language's count ("1.500 millones", "3.200
# Menschen": a short headline has too few small words to tell its language — a review)
_COUNTED = re.compile(
    r"\d\.\d{3}\s(?:millones|millón|mil|milhões|milhão|bilhões|millions d|milliards?"
    r"|Millionen|Milliarden|Mio|Mrd|euros?|pesos|reais|personas|pessoas|Menschen|viviendas"
    r"|casas|hogares|empleos|tonnes|toneladas|Tonnen|km)\b",
)


_VERSION = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){2,}(?![\d.])")


def _ungrouped(match: re.Match[str]) -> str:
    return match.group(1).replace(".", "")


def _built(job: Job, store_path: Path | None, build: Builder) -> EvidenceReport | None:
    """The report, or None when the user cancelled meanwhile."""
    try:
        with worker_store(store_path) as store:
            report = build(job, store)
    except (Stopped, Cancelled):
        return None
    return None if job.cancelled() else report


def cancellable(work: Callable[[Job], Done | None]) -> Callable[[Job], Done | None]:
    """``work``, None when the user cancels it (``Cancelled`` from the engine)."""

    def run(job: Job) -> Done | None:
        try:
            return work(job)
        except Cancelled:
            return None

    return run


def report_job(
    store_path: Path | None, build: Builder, finish: Callable[[Job, EvidenceReport], T]
) -> Callable[[Job], T | None]:
    """Build the report, then ``finish`` it (write it, print it); None when cancelled."""

    def run(job: Job) -> T | None:
        report = _built(job, store_path, build)
        return None if report is None else finish(job, report)

    return run


def write_to(target: Target) -> Callable[[Job, EvidenceReport], Done | None]:
    """Render a report and write it to ``target`` (unless cancelled meanwhile)."""

    def finish(job: Job, report: EvidenceReport) -> Done | None:
        job.progress(0, 0, f"writing {target.fmt.upper()}")
        warnings: list[str] = []
        data = render(report, target.fmt, warn=warnings.append, context=target.context)
        if job.cancelled():
            return None
        write_file(target.path, data)
        return Done(str(target.path), target.path, tuple(warnings))

    return finish


def print_on(printer: QPrinter) -> Callable[[Job, EvidenceReport], Done]:
    """Lay the report's HTML out on ``printer`` (painting a printer works in any thread).
    Printed to a PDF file, the file's text is then the page's, as an exported PDF's is
    (``export.pdf.text_as_shown``): printed so, a Chinese report's text layer still named
    口 and 长 by the Kangxi radicals ⼝ and ⻓, and a search for 出口 found nothing."""

    def finish(job: Job, report: EvidenceReport) -> Done:
        job.progress(0, 0, "printing")
        warnings: list[str] = []
        html = render_report(report, for_print=True)
        document = print_document(html, warn=warnings.append)
        document.print_(printer)
        to_file = printer.outputFileName()
        pdf = printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
        if pdf and to_file and Path(to_file).is_file():  # (not a pipe: read once)
            data = Path(to_file).read_bytes()
            shown = text_as_shown(data, document)
            if shown != data:
                write_file(to_file, shown)
        return Done(report.title, None, tuple(warnings))

    return finish


class Exporter(QObject):
    """Asks where, then builds, renders and writes a report in the background."""

    def __init__(self, window: QMainWindow, session: Session, parts: Parts) -> None:
        super().__init__(window)
        self.window, self.session, self.parts = window, session, parts
        self.printer: QPrinter | None = None  # kept alive while a print job uses it
        self.last: Path | None = None  # the last file written (tests and the status line)
        # The window the export was asked from (Flags & notes), when not the main one: its
        # file dialog and messages come over it, and the keyboard goes back to it.
        self.asked_from: QWidget | None = None

    def busy(self) -> bool:
        return self.session.runner.running(KIND)

    def cancel(self) -> bool:
        """Stop the export under way; False if there is none."""
        if not self.busy():
            return False
        self.session.runner.cancel(KIND)
        self._show_busy(False)
        self.session.message.emit("Export cancelled")
        return True

    # --- what to export ----------------------------------------------------------------------
    def export_pair(self) -> None:
        """Ctrl+E: the report of the pair on screen."""
        build = self._pair_builder()
        shown = self.session.current
        if build is None or shown is None:
            return
        name = file_name(f"{shown.right.path.stem} against {shown.left.path.stem}")
        target = self._ask("Export the report of this pair", name, REPORT_FILTERS)
        if target is not None:
            self._start(report_job(self._store_path(), build, write_to(target)), target)

    def export_story(self, chain: bool = False) -> None:
        """Ctrl+Shift+E: every version of the current story against its base; ``chain``
        (File ▸ Export this story version by version…): each against the one before it."""
        index, story = self.session.index, self.session.view.current_story()
        if index is None or story is None:
            self.session.message.emit("Select a document once stories are grouped")
            return
        target = self.ask_story(index.stories[story].title, chain)
        if target is not None:
            folder, store = self._folder(), self._store_path()
            self.export_story_to(target, index, story, folder, store, chain=chain)

    def ask_story(self, title: str, chain: bool = False) -> Target | None:
        """The file to write the report of the story ``title`` to (None: not chosen)."""
        if chain:
            name = file_name(f"{title}, version by version")
            return self._ask("Export this story version by version", name, REPORT_FILTERS)
        return self._ask("Export the report of this story", file_name(title), REPORT_FILTERS)

    def export_story_to(
        self,
        target: Target,
        index: StoryIndex,
        story: int,
        folder: Path | None,
        store_path: Path | None,
        left_out: Sequence[tuple[Path, str]] = (),
        chain: bool = False,
    ) -> None:
        """Write the report of ``index``'s ``story`` to ``target`` in the background;
        ``left_out``: versions whose text could not be read (the file, why), named in it;
        ``chain``: each version against the one before it (``story_report``)."""
        options = self.session.options
        read = self.session.loading.watch.read_stamps()  # what the texts were read from

        def build(job: Job, store: ReviewStore | None) -> EvidenceReport:
            def progress(done: int, total: int) -> None:
                if job.cancelled():
                    raise Stopped
                job.progress(done, total + 1, "comparing the versions")

            return story_report(
                index,
                story,
                options=options,
                store=store,
                folder=folder,
                read=read,
                on_progress=progress,
                left_out=left_out,
                chain=chain,
                should_cancel=job.cancelled,  # (and while each file is hashed)
            )

        self._start(report_job(store_path, build, write_to(target)), target)

    def export_stories(self, named: str = "", by_outlet: bool = False) -> None:
        """File ▸ Export the stories table: every document, story by story, as ``wirediff
        stories`` writes it (CSV or JSON), grouped as the list shows it (corrections made
        here applied), with how each version was made from its base; ``by_outlet``: File ▸
        Export reuse by outlet, a row per outlet (``--by-outlet``). ``named``: the name
        the save dialog proposes (else one from the folder's)."""
        index = self.session.index
        if self.session.stories.grouping():  # (the table would be of the grouping before)
            self._tell(
                "The documents are being grouped into stories: export the table when the "
                "grouping is done."
            )
            return
        if self.session.archive.active:
            self.session.message.emit(
                "A stories index is its own table: wirediff stories --engine dask wrote it"
            )
            return
        if index is None:
            self.session.message.emit(
                "Nothing to export yet: the documents are not grouped into stories"
            )
            return
        folder = self._folder()
        what = "reuse by outlet" if by_outlet else "the stories table"
        name = file_name(f"{what.removeprefix('the ')} {folder.name if folder else ''}")
        filters = OUTLET_FILTERS if by_outlet else STORY_TABLE_FILTERS
        target = self._ask(f"Export {what}", named or name, filters)
        if target is None:
            return
        if target.fmt not in ("csv", "json"):
            box = self._tell(
                f"Not written: {what} is CSV or JSON; {target.path.name} names "
                f"{target.fmt.upper()}. Name the file .csv or .json."
            )
            # Asked again once the box is closed, the name kept as CSV (in the folder just
            # chosen): the dialog was gone, and the menu and the folder had to be found again.
            csv = target.path.with_suffix(".csv").name
            box.finished.connect(lambda _result: self.export_stories(csv, by_outlet))
            return
        problems, store = list(self.session.problems), self._store_path()
        # The corrections the grouping shown was made with (one made or undone since, its
        # regrouping cancelled, is not what this table shows), and why any did not apply.
        applied = list(self.session.stories.applied)
        root = self.session.corrections.root

        def build(job: Job) -> Done | None:
            def progress(done: int, total: int) -> None:
                job.progress(done, total + 1, "telling how each version was made")

            derived = every_derivation(index, on_progress=progress, should_cancel=job.cancelled)
            job.progress(0, 0, f"writing {target.fmt.upper()}")
            if by_outlet:
                rows = reuse_by_outlet(index, derived, job.cancelled)
                read = {  # (as the command's: the files left out said too)
                    "folder": str(folder) if folder is not None else None,
                    "documents": len(index.documents),
                    "problems": problems_data(problems, folder),
                }
                reuse = reuse_data(rows, VERSION, read=read)
                text = reuse_csv(rows, bom=True) if target.fmt == "csv" else json_text(reuse)
                data = text.encode("utf-8")
            elif target.fmt == "csv":
                data = to_csv(index, folder, derived, bom=True).encode("utf-8")
            else:
                table = to_data(index, folder, problems, derived)
                if applied:
                    why = not_applied(applied, index.documents, root)  # (hashes every text)
                    said = {"store": str(store)} if store is not None else {}
                    missed = [(n, w) for n, w in enumerate(why, 1) if w is not None]
                    table["corrections"] = corrections_data(said, applied, missed)
                data = json_text(table).encode("utf-8")
            if job.cancelled():
                return None
            write_file(target.path, data)
            return Done(str(target.path), target.path)

        done = "Reuse by outlet written" if by_outlet else "Stories table written"
        self._start(cancellable(build), target, done)

    def export_flags(self, asked_from: QWidget | None = None) -> None:
        """Every flag and note of the documents open (Flags & notes ▸ Export…, its window
        ``asked_from``: the keyboard goes back there, not to the main window behind it)."""
        documents, store_path = self.session.documents, self._store_path()
        if not documents or store_path is None:
            self.session.message.emit("Nothing to export: no documents open, or no review store")
            return
        folder = self._folder()
        name = file_name(f"flags and notes {folder.name if folder else ''}")
        target = self._ask("Export every flag and note", name, FLAG_FILTERS, asked_from)
        if target is None:
            return
        options = self.session.options
        read = self.session.loading.watch.read_stamps()  # what the texts were read from
        index = self.session.stories.index  # (the bases chosen with b: on their pairs' left)
        bases = chosen_now(index) if index is not None else set()

        def build(job: Job, store: ReviewStore | None) -> EvidenceReport:
            assert store is not None
            return folder_report(
                documents,
                options=options,
                store=store,
                folder=folder,
                read=read,
                should_cancel=job.cancelled,  # (a level measured per pair: seconds if long)
                bases=bases,
            )

        self._start(report_job(store_path, build, write_to(target)), target)

    def print_pair(self) -> None:
        """Ctrl+P: print the report of the pair on screen (the same HTML as its export)."""
        build = self._pair_builder()
        if build is None:
            return
        if self.busy():
            self.session.message.emit("An export is under way: wait for it, or cancel it")
            return
        self.asked_from = None  # (asked from the main window)
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self.window)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        to_file = printer.outputFileName()  # "Print to File": a path like an export's
        if to_file and self._refused(Path(to_file)):
            return
        self.printer = printer

        def done(printed: Done | None) -> None:
            self.printer = None
            self._show_busy(False)
            if printed is not None:
                self.session.message.emit(printed.status("Printed"))

        self._run(report_job(self._store_path(), build, print_on(printer)), done)

    def _pair_builder(self) -> Builder | None:
        shown, index = self.session.current, self.session.index
        if shown is None:
            self.session.message.emit("Open a pair first: the report is of the pair on screen")
            return None
        options, folder = self.session.options, self._folder()
        read = self.session.loading.watch.read_stamps()  # what the texts were read from
        left, right = shown.pair

        def build(job: Job, store: ReviewStore | None) -> EvidenceReport:
            job.progress(0, 0, "comparing the pair")
            level: str | None = None
            sentence: Said | None = None
            if index is not None:  # the stories engine's level, said as the banner says it
                pair = pair_derivation(index, left, right)
                level = pair.level.value
                sentence = lambda compared: wording_as_compared(index, pair, compared, left)  # noqa: E731
            return pair_report(
                shown.left,
                shown.right,
                options=options,
                store=store,
                folder=folder,
                read=read,
                derivation=level,
                evidence=sentence,
                should_cancel=job.cancelled,  # (a file swapped for a big one is hashed)
            )

        return build

    # --- where -------------------------------------------------------------------------------
    def _folder(self) -> Path | None:
        paths = self.session.loading.watch.paths
        return Path(paths[0]) if len(paths) == 1 and Path(paths[0]).is_dir() else None

    def _store_path(self) -> Path | None:
        review = self.session.review
        return review.path if review.store is not None else None

    def _ask(
        self,
        title: str,
        name: str,
        filters: tuple[tuple[str, str], ...],
        asked_from: QWidget | None = None,
    ) -> Target | None:
        """The file to write, from a save dialog over ``asked_from`` (else the main
        window); never a file inside what is open."""
        if self.busy():
            self.session.message.emit("An export is under way: wait for it, or cancel it")
            return None
        self.asked_from = asked_from
        store = self.session.settings.store
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = dialog_folder(str(store.value(LAST_FOLDER, "") or ""), documents)
        # The type chosen last for this export (a PDF report, then a name typed without an
        # extension: the dialog was back on HTML, and wrote HTML)
        kept = f"{LAST_FILTER}/{filters[0][0]}"  # (one type for the pair's and the story's)
        last = str(store.value(kept, "") or "")
        offered = [f for f, _ in filters]
        path, selected = QFileDialog.getSaveFileName(
            self._over(),
            title,
            str(Path(folder) / name),
            ";;".join(offered),
            last if last in offered else "",
        )
        self._back()
        target = chosen_target(path, selected, filters)
        if target is None:
            return None
        if self._refused(target.path):
            return None
        store.setValue(LAST_FOLDER, str(target.path.parent))
        kinds = [f for f, suffix in filters if FORMATS[suffix] == target.fmt]
        chosen = selected if selected in kinds else next(iter(kinds), "")
        if chosen:
            store.setValue(kept, chosen)
        return target

    def _refused(self, path: Path) -> bool:
        """Whether ``path`` must not be written (said): inside what is read, or a file the
        app keeps or has open."""
        for root in self._read_folders():
            if real(path).is_relative_to(root):
                self._tell(
                    f"Not written: {path} is inside {root}, which is read as documents "
                    "(the file written would become one of them). Choose a file outside it."
                )
                return True
        refused = same_file_as(path, self._kept_files())
        if refused is not None:
            self._tell(f"Not written: {refused}.")
            return True
        return False

    def _read_folders(self) -> list[Path]:
        """The folders read as documents (the open folder), or as a stories index."""
        archive = self.session.archive
        folders = [Path(p) for p in self.session.loading.watch.paths if is_folder(p)]
        if archive.active:  # the index, and the folder its versions' texts are read from
            folders += [archive.folder] if archive.folder is not None else []
            root = archive.source.root if archive.source is not None else ""
            folders += [Path(root)] if root and "://" not in root else []
        return [real(p) for p in folders]

    def _kept_files(self) -> list[tuple[Path, str]]:
        """The files an export must never replace, each with what it is: the documents open
        (files opened one by one are in no folder), the review store, the settings."""
        session = self.session
        opened = {holding_file(Path(d.path)) for d in session.documents}
        opened.update(Path(p) for p in session.loading.watch.paths if not is_folder(p))
        kept = [(path, "a document open in wirediff") for path in sorted(opened)]
        review = "the review store (every reviewed mark, flag, note and story correction)"
        store = session.review.path
        kept.append((store, review))
        # (SQLite's files beside it: the log of writes not yet in the store itself)
        kept += [(store.with_name(store.name + end), review) for end in STORE_SIDE_FILES]
        settings = session.settings.file()
        kept += [(settings, "wirediff's settings file")] if settings is not None else []
        return kept

    # --- running -----------------------------------------------------------------------------
    def _start(
        self, job: Callable[[Job], Done | None], target: Target, said: str = "Report written"
    ) -> None:
        def done(written: Done | None) -> None:
            self._show_busy(False)
            if written is not None:
                self.last = written.path
                self.session.message.emit(written.status(said))

        # (printable first: a byte of a file name that is not UTF-8 would not cross a signal)
        self.session.message.emit(printable(f"Exporting {target.path.name}…"))
        self._run(job, done)

    def _run(self, job: Callable[[Job], T], done: Callable[[T], None]) -> None:
        self._show_busy(True)
        self.session.runner.start(KIND, job, done, self._failed, self._progress, lasting=True)

    def _progress(self, done: int, total: int, stage: object) -> None:
        self.parts.progress.setRange(0, total)
        self.parts.progress.setValue(done)
        self.session.message.emit(f"Exporting: {stage}…")

    def _failed(self, message: str) -> None:
        self.printer = None
        self._show_busy(False)
        self._tell(f"The report could not be written: {message}")

    def _over(self) -> QWidget:
        """The window the export was asked from, while it is open; else the main window."""
        asked = self.asked_from
        return asked if asked is not None and asked.isVisible() else self.window

    def _back(self) -> None:
        """The keyboard back to the window the export was asked from: the file dialog
        closed, the window system gave it to the main window (Esc then acted there and
        Flags & notes stayed on top of it, inactive)."""
        over = self._over()
        if over is not self.window:
            over.activateWindow()
            if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
                over.raise_()

    def _tell(self, text: str) -> QMessageBox:
        self.session.message.emit(text)
        box = QMessageBox(QMessageBox.Icon.Warning, "Export — wirediff", text, parent=self._over())
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        return box

    def _show_busy(self, busy: bool) -> None:
        self.parts.progress.setVisible(busy)
        self.parts.cancel_button.setVisible(busy)
        if busy:
            self.parts.progress.setRange(0, 0)
