"""File ▸ Export… (Ctrl+E, Ctrl+Shift+E) and Print (Ctrl+P): reports written in the
background, by the chosen file's extension, never inside the folder being read."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import shutil
import threading
from collections import Counter
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from tests.core.helpers import assert_file_times_only_in_provenance
from tests.spreadsheet import formula_cells, tables
from tests.ui.helpers import WAIT_MS, key, open_and_wait, settle
from wirediff.core.report.evidence import pair_report
from wirediff.core.report.evidence_html import render_report
from wirediff.core.stories import pair_derivation, wording
from wirediff.core.stories.relation import measure_pair
from wirediff.export import pdf, tounicode
from wirediff.ui.doclist.columns import DATE
from wirediff.ui.shell import export
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
NOTE = "Asharq's copy drops the caption"
LEVELS = ("copy", "edited", "rewrite", "independent")


@pytest.fixture
def folder(tmp_path: Path, sample_dir: Path) -> Path:
    copy = tmp_path / "news"
    shutil.copytree(sample_dir, copy)
    return copy


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


OFFERED: list[str] = []  # the file types each save dialog offered, in turn


def save_as(monkeypatch: pytest.MonkeyPatch, path: Path, chosen: str = "") -> list[str]:
    """The save dialog answers ``path`` (with the filter ``chosen``); returns its titles."""
    asked: list[str] = []

    def answer(
        _parent: object, title: str, _name: str, filters: str, *_: object
    ) -> tuple[str, str]:
        asked.append(title)
        OFFERED.append(filters)
        return str(path), chosen

    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", answer)
    return asked


def noted(qtbot, window: MainWindow, note: str = NOTE) -> None:  # type: ignore[no-untyped-def]
    """A note and a flag on change 1 of the pair on screen."""
    pane = window.diff.right
    pane.setFocus()
    key(qtbot, pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    key(qtbot, pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    key(qtbot, pane, Qt.Key.Key_F)
    key(qtbot, pane, Qt.Key.Key_M)
    qtbot.keyClicks(window.changes.note_editor.text, note)
    key(qtbot, window.changes.note_editor.text, Qt.Key.Key_Return, CTRL)


def flags_exported(  # type: ignore[no-untyped-def]
    qtbot,
    window: MainWindow,
    paths: list[Path],
    monkeypatch: pytest.MonkeyPatch,
    out: Path,
    note: str = NOTE,
) -> Path:
    """Open ``paths``, note and flag change 1, and export Flags & notes to ``out``."""
    open_and_wait(qtbot, window, paths)
    noted(qtbot, window, note)
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        window.actions_["flags_and_notes"].trigger()
    dialog = window.commands.reviewing.flags
    assert dialog is not None
    save_as(monkeypatch, out)
    window.commands.exporter.last = None
    dialog.export_button.click()
    qtbot.waitUntil(lambda: window.commands.exporter.last is not None, timeout=WAIT_MS)
    return out


def exported(qtbot, window: MainWindow, keys: Qt.KeyboardModifier = CTRL) -> Path:  # type: ignore[no-untyped-def]
    """Press Ctrl+E (or Ctrl+Shift+E) and wait for the file."""
    exporter = window.commands.exporter
    exporter.last = None
    key(qtbot, window.doc_list.view, Qt.Key.Key_E, keys)
    qtbot.waitUntil(lambda: exporter.last is not None, timeout=WAIT_MS)
    assert not window.progress.isVisible() and "Report written" in window.status_label.text()
    assert exporter.last is not None
    return exporter.last


def test_ctrl_e_writes_the_pair_report_as_html(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    noted(qtbot, window)
    out = tmp_path / "out" / "pair"
    out.parent.mkdir()
    asked = save_as(monkeypatch, out, "HTML page (*.html)")
    written = exported(qtbot, window)
    assert asked == ["Export the report of this pair"]
    assert written == out.with_name("pair.html")  # the chosen filter's extension added
    page = written.read_text(encoding="utf-8")
    for name in ("000", "001"):
        path = next(folder.glob(f"{name}*"))
        assert path.name in page and sha256(path) in page
    assert NOTE.replace("'", "&#x27;") in page and "Derivation: <b>rewrite</b>" in page
    files = [next(folder.glob(f"{name}*")) for name in ("000", "001")]  # undated
    body = assert_file_times_only_in_provenance(page, files)
    assert "Reuters⁩ · ⁨undated" in body
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        p.name for p in (tmp_path / "news").iterdir()
    )


def test_a_file_edited_since_it_was_read_is_said_in_the_report(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+E before reloading an edited file: the report shows the text on screen (read
    then), so it must not pass the new file's SHA-256 off as that text's."""
    open_and_wait(qtbot, window, [folder])
    right = window.session.current.right.file  # type: ignore[union-attr]
    read_sha = sha256(right)
    right.write_bytes(right.read_bytes() + b"\n\nA paragraph added after the folder was read.\n")
    out = tmp_path / "pair.json"
    save_as(monkeypatch, out)
    report = json.loads(exported(qtbot, window).read_text(encoding="utf-8-sig"))
    facts = {Path(f["absolute"]).name: f for f in report["files"]}
    assert facts[right.name]["changed"] and facts[right.name]["sha256"] != read_sha
    assert not any(f["changed"] for name, f in facts.items() if name != right.name)
    assert any(r.startswith(f"{right.name} changed on disk") for r in report["remarks"])
    assert "A paragraph added" not in json.dumps(report["comparisons"])


def test_a_same_size_edit_with_its_time_put_back_is_said_in_the_report(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """ "Iraq" made "Iran" in the right file, its modification time put back (``cp -p``, a
    restore): the report printed the text read beside the new bytes' SHA-256, and did not
    say the file had changed. Found by fuzzing."""
    import os

    open_and_wait(qtbot, window, [folder])
    right = window.session.current.right.file  # type: ignore[union-attr]
    data, was = right.read_bytes(), right.stat()
    assert b"Iraq" in data
    right.write_bytes(data.replace(b"Iraq", b"Iran"))
    os.utime(right, ns=(was.st_atime_ns, was.st_mtime_ns))
    save_as(monkeypatch, tmp_path / "pair.json")
    report = json.loads(exported(qtbot, window).read_text(encoding="utf-8-sig"))
    facts = {Path(f["absolute"]).name: f for f in report["files"]}
    assert facts[right.name]["changed"] and facts[right.name]["sha256"] == sha256(right)
    assert any(r.startswith(f"{right.name} changed on disk") for r in report["remarks"])


def test_a_file_become_a_fifo_since_it_was_read_is_said_not_waited_on(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The left file replaced by a FIFO (a sync tool's leftover) before Ctrl+E: the status
    line said "Exporting: comparing the pair…" for good, Cancel left the worker waiting,
    and closing the window left the process alive. Found by fuzzing."""
    import os

    open_and_wait(qtbot, window, [folder])
    left = window.session.current.left.file  # type: ignore[union-attr]
    left.unlink()
    os.mkfifo(left)
    save_as(monkeypatch, tmp_path / "pair.json")
    try:
        report = json.loads(exported(qtbot, window).read_text(encoding="utf-8-sig"))
    finally:  # (a worker waiting on the FIFO: let it go)
        with contextlib.suppress(OSError):  # (none waits: no reader, ENXIO)
            os.close(os.open(left, os.O_WRONLY | os.O_NONBLOCK))
    facts = {Path(f["absolute"]).name: f for f in report["files"]}[left.name]
    assert facts["changed"] and facts["sha256"] == "" and "not a regular file" in facts["problem"]


def test_ctrl_shift_e_writes_the_story_as_pdf_and_csv(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    noted(qtbot, window)
    save_as(monkeypatch, tmp_path / "story.pdf")
    written = exported(qtbot, window, CTRL | Qt.KeyboardModifier.ShiftModifier)
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    flat = " ".join(text.split())
    for name in ("000", "001"):
        path = next(folder.glob(f"{name}*"))
        assert path.name in flat and sha256(path) in flat.replace(" ", "")
    assert NOTE in flat
    # Titled by the story's title, not "Story 0: …" (its id, from 0, which the app shows
    # nowhere: found by a reviewer).
    metadata = PdfReader(written).metadata
    assert metadata is not None and str(metadata.title).startswith("Story: US set to")
    assert "Story 0" not in flat
    save_as(monkeypatch, tmp_path / "story.csv")
    text = exported(qtbot, window).read_text(encoding="utf-8-sig")
    # Every version against the base, then the flags and notes: the CSV held the header
    # of the findings alone when there were none (found by a user review).
    versions, rows, changes = tables(text)
    index = window.session.index
    assert index is not None
    story = index.story_of(0)
    assert [v["version"] for v in versions] == [index.documents[v].name for v in story.documents]
    assert {v["base"] for v in versions} == {versions[0]["version"]}
    assert versions[0]["level"] == "base" and versions[1]["level"] in LEVELS
    for row, doc in zip(versions[1:], story.documents[1:], strict=True):  # the banner's words
        assert row["evidence"] == wording(index, measure_pair(index, story.base, doc))
        assert (
            0 < float(row["similarity"]) < 1 and row["date"] == ""
        )  # (undated: empty, as stories' CSV)
    notes = [r for r in rows if r["note"] == NOTE]
    assert len(notes) == 1 and notes[0]["what"] == "flag + note"
    # then every change, as the change list says it (the CSV had the flagged ones alone)
    shown = window.diff.comparison
    assert shown is not None and len(changes) == len(shown.changes)
    kinds = ("replace", "insert", "delete", "move", "split", "join")
    assert changes[0]["change"] == "1" and changes[0]["change_kind"] in kinds


def test_flags_and_notes_export_as_json(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    out = flags_exported(qtbot, window, [folder], monkeypatch, tmp_path / "findings.json")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["scope"] == "folder"
    (comparison,) = data["comparisons"]
    assert [f["note"] for f in comparison["findings"]] == [NOTE]
    # Dated as the list dates them: undated (a file time is when a copy was saved), with
    # the reports' JSON fields (the file time stays in "date", said to be one).
    for side in ("base", "version"):
        doc = comparison[side]
        name = Path(data["files"][doc["file"]]["path"]).name
        listed = next(i for i, d in enumerate(window.documents) if d.name == name)
        assert window.doc_list.cells.cell_text(listed, DATE) == "undated"
        assert (doc["date_source"], doc["published"]) == ("file time", "")


def test_flags_and_notes_export_as_csv_safe_for_any_spreadsheet(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Flags & notes ▸ Export… writes report's CSV: a formula after a ; in a note was a cell
    of its own to Excel splitting on ; and there was no BOM (Excel read UTF-8 as cp1252)."""
    note = "Caption dropped, see;=cmd|' /C calc'!A0"
    out = flags_exported(qtbot, window, [folder], monkeypatch, tmp_path / "findings.csv", note)
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and data.count(b"\r\n") == data.count(b"\n")
    text = data.decode("utf-8-sig")
    assert formula_cells(text) == []
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [r["note"] for r in rows] == ["Caption dropped, see;'=cmd|' /C calc'!A0"]


def test_after_an_export_from_flags_and_notes_the_keyboard_is_back_in_it(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Alt+E in Flags & notes, a file chosen: the save dialog was the main window's, and
    when it closed the window system gave the keyboard to the main window, Flags & notes
    left on top of it, inactive (Esc then acted in the main window and the list stayed).
    The dialog is Flags & notes' now, and the keyboard goes back there; so does a refusal's
    message. Found by a keyboard-only reviewer."""
    open_and_wait(qtbot, window, [folder])
    noted(qtbot, window)
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        window.actions_["flags_and_notes"].trigger()
    dialog = window.commands.reviewing.flags
    assert dialog is not None
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    parents: list[object] = []
    out = tmp_path / "findings.csv"

    def answer(parent: object, *_args: object) -> tuple[str, str]:
        parents.append(parent)
        window.activateWindow()  # as the window system does when the file dialog closes
        qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
        return str(out), ""

    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", answer)
    exporter = window.commands.exporter
    exporter.last = None
    key(qtbot, dialog.view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: parents == [dialog], timeout=WAIT_MS)  # (a letter's click waits)
    qtbot.waitUntil(lambda: exporter.last == out, timeout=WAIT_MS)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    assert QApplication.focusWidget() is dialog.view
    key(qtbot, dialog.view, Qt.Key.Key_Escape)  # Esc closes the list, as the user meant
    assert not dialog.isVisible()

    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        window.actions_["flags_and_notes"].trigger()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    out = folder / "findings.csv"  # refused: inside the folder read; said over the list
    key(qtbot, dialog.view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.findChild(QMessageBox) is not None, timeout=WAIT_MS)
    box = dialog.findChild(QMessageBox)
    assert box is not None and box.isVisible() and box.text().startswith("Not written")
    assert not out.exists()


def test_a_report_inside_the_folder_read_is_refused(
    qtbot, window: MainWindow, folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    save_as(monkeypatch, folder / "report.html")
    key(qtbot, window.doc_list.view, Qt.Key.Key_E, CTRL)
    settle(qtbot, window)
    assert not (folder / "report.html").exists()
    assert "which is read as documents" in window.status_label.text()
    boxes = window.findChildren(QMessageBox)
    assert boxes and boxes[-1].textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize("target", ["article", "link", "store", "store log", "settings"])
def test_a_report_never_replaces_an_open_document_the_store_or_the_settings(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch, target: str
) -> None:  # type: ignore[no-untyped-def]
    """Two files opened one by one (no folder to be inside of), then Ctrl+E onto one of
    them, a link to it, the review store or the settings file: refused, each left whole."""
    a, b = sorted(folder.glob("*.txt"))[:2]
    open_and_wait(qtbot, window, [a, b])
    key(qtbot, window.diff.right, Qt.Key.Key_R)  # (the store holds a mark)
    settle(qtbot, window)
    store = window.session.review.path
    settings = window.session.settings.file()
    assert settings is not None
    window.session.settings.store.setValue("files/kept", "yes")
    window.session.settings.sync()
    link = tmp_path / "elsewhere.txt"
    link.symlink_to(a)
    log = store.with_name(store.name + "-wal")  # (SQLite's log beside the store)
    log.write_bytes(log.read_bytes() if log.exists() else b"not yet in the store")
    chosen = {"article": a, "link": link, "store": store, "store log": log}.get(target, settings)
    kept = chosen.read_bytes()
    save_as(monkeypatch, chosen, "HTML (*.html)")
    key(qtbot, window.doc_list.view, Qt.Key.Key_E, CTRL)
    settle(qtbot, window)
    assert chosen.read_bytes() == kept
    said = window.status_label.text()
    named = {"store": "the review store", "store log": "the review store"}
    what = {**named, "settings": "settings file"}.get(target, "a document")
    assert said.startswith("Not written:") and what in said


def test_print_to_file_never_replaces_an_open_document(
    qtbot, window: MainWindow, folder: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+P, "Print to File" onto an article open: refused as an export onto it is."""
    a, b = sorted(folder.glob("*.txt"))[:2]
    open_and_wait(qtbot, window, [a, b])
    kept = a.read_bytes()

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(a))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(export, "QPrintDialog", FakePrintDialog)
    key(qtbot, window.doc_list.view, Qt.Key.Key_P, CTRL)
    settle(qtbot, window)
    assert a.read_bytes() == kept
    assert window.status_label.text().startswith("Not written:")


def test_an_unwritable_target_is_said(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch, caplog
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    save_as(monkeypatch, tmp_path / "no such folder" / "report.html")
    key(qtbot, window.doc_list.view, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "could not be written" in window.status_label.text(), timeout=WAIT_MS)
    assert "its folder does not exist" in window.status_label.text()
    assert not window.progress.isVisible()
    errors = [r for r in caplog.records if r.levelname == "ERROR"]
    assert errors == []  # said in words, not logged as a traceback


def test_a_target_that_is_a_link_loop_is_said(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A link to itself chosen in the save dialog: Path.resolve raised in the check that
    the report is not inside the folder, and nothing was said."""
    open_and_wait(qtbot, window, [folder])
    loop = tmp_path / "loop.html"
    loop.symlink_to(loop.name)
    save_as(monkeypatch, loop)
    key(qtbot, window.doc_list.view, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: "could not be written" in window.status_label.text(), timeout=WAIT_MS)
    assert str(loop) in window.status_label.text()
    assert "Too many levels of symbolic links" in window.status_label.text()


def no_font_for(monkeypatch: pytest.MonkeyPatch, char: str) -> None:
    """As if no font here had ``char``, and the page held it once."""
    monkeypatch.setattr(pdf, "font_gaps", lambda _text, _metrics: (Counter({char: 1}), Counter()))


def test_a_pdf_export_says_what_it_could_not_draw(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Characters no font has (CJK, emoji on a bare machine) were empty boxes in the PDF,
    missing from its text, and nothing said so."""
    open_and_wait(qtbot, window, [folder])
    no_font_for(monkeypatch, "中")
    save_as(monkeypatch, tmp_path / "pair.pdf")
    assert exported(qtbot, window) == tmp_path / "pair.pdf"
    status = window.status_label.text()
    assert status.startswith(f"Report written: {tmp_path / 'pair.pdf'} — 1 character (CJK 1: ")
    assert "could not be drawn" in status


def test_ctrl_p_prints_the_report_html(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    printed = tmp_path / "printed.pdf"
    dialogs: list[QPrinter] = []

    class FakePrintDialog:
        """The user picks "print to file" and OK."""

        def __init__(self, printer: QPrinter, _parent: object) -> None:
            dialogs.append(printer)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    laid_out: list[str] = []
    real = export.print_document
    monkeypatch.setattr(export, "QPrintDialog", FakePrintDialog)
    monkeypatch.setattr(
        export,
        "print_document",
        lambda html, warn=None: (laid_out.append(html), real(html, warn))[1],
    )
    no_font_for(monkeypatch, "中")
    key(qtbot, window.doc_list.view, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Printed:"), timeout=WAIT_MS)
    assert "— 1 character (CJK 1: U+4E2D) could not be drawn" in window.status_label.text()
    assert len(dialogs) == 1 and printed.exists()
    shown = window.shown
    assert shown is not None
    index = window.session.index
    assert index is not None
    pair = pair_derivation(index, *shown.pair)
    assert pair.level.value == "rewrite"
    said = wording(index, pair)  # the banner's sentence, beside the level
    report = pair_report(
        shown.left, shown.right, folder=folder, derivation="rewrite", evidence=said
    )
    expected = render_report(report, for_print=True)
    cut = expected.index("<h2")  # the same page, apart from the time of export
    assert laid_out[0][cut : cut + 2000] == expected[cut : cut + 2000]
    text = " ".join("".join(p.extract_text() for p in PdfReader(printed).pages).split())
    assert next(folder.glob("001*")).name in text


def test_ctrl_p_to_a_pdf_file_gives_the_chinese_characters_shown_not_radicals(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Printed to a PDF file, a Chinese report's text named 口 and 长 by the Kangxi
    radicals ⼝ and ⻓ that Noto Sans CJK draws alike ("进出⼝同⽐增⻓": a search for 出口
    or 增长 found nothing), which an exported PDF no longer did."""
    metrics = QFontMetrics(pdf.print_font())
    if not all(metrics.inFontUcs4(ord(c)) for c in "口长香"):
        pytest.skip("needs a CJK font")
    news = tmp_path / "news"
    news.mkdir()
    trade = "前11个月我国外贸进出口同比增长3.6%，香港转口贸易回升。"
    (news / "a.txt").write_text(f"外贸数据\n\n{trade}海关总署周四公布。\n", "utf-8")
    (news / "b.txt").write_text(f"外贸数据\n\n{trade}海关总署周五公布。\n", "utf-8")
    open_and_wait(qtbot, window, [news / "a.txt", news / "b.txt"])
    printed = tmp_path / "printed.pdf"

    class FakePrintDialog:
        def __init__(self, printer: QPrinter, _parent: object) -> None:
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed))

        def exec(self) -> int:
            return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(export, "QPrintDialog", FakePrintDialog)
    key(qtbot, window.doc_list.view, Qt.Key.Key_P, CTRL)
    qtbot.waitUntil(lambda: window.status_label.text().startswith("Printed:"), timeout=WAIT_MS)
    text = "".join("".join(p.extract_text().split()) for p in PdfReader(printed).pages)
    assert "进出口同比增长" in text and "香港" in text, text
    assert not [c for c in text if ord(c) in tounicode.RADICALS]


def test_cancel_in_the_status_bar_stops_an_export(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [folder])
    release = threading.Event()

    def slow(report, fmt):  # type: ignore[no-untyped-def]
        release.wait(WAIT_MS / 1000)  # in the worker: the render takes a while
        return b"<html></html>"

    monkeypatch.setattr(export, "render", slow)
    save_as(monkeypatch, tmp_path / "never.html")
    key(qtbot, window.doc_list.view, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.cancel_button.isVisible(), timeout=WAIT_MS)
    window.cancel_button.click()
    assert window.status_label.text() == "Export cancelled" and not window.progress.isVisible()
    release.set()
    settle(qtbot, window)
    assert window.commands.exporter.last is None and not (tmp_path / "never.html").exists()


def test_an_existing_file_or_pipe_chosen_is_written_not_a_file_beside_it(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """An existing name without extension (a pipe, /dev/null, a file the dialog asked to
    replace) is the target: ".html" was added, so /dev/null became /dev/null.html."""
    import os

    open_and_wait(qtbot, window, [folder])
    out = tmp_path / "out"
    out.mkdir()
    kept = out / "report"
    kept.write_text("old")
    save_as(monkeypatch, kept, "HTML page (*.html)")
    assert exported(qtbot, window) == kept
    assert kept.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    pipe = out / "pipe"
    os.mkfifo(pipe)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(pipe.read_bytes()))
    reader.start()
    save_as(monkeypatch, pipe, "Report data, JSON (*.json)")
    assert exported(qtbot, window) == pipe
    reader.join(10)
    assert json.loads(got[0])["comparisons"] and sorted(os.listdir(out)) == ["pipe", "report"]


def test_a_file_name_that_is_not_utf8_is_shown_with_its_byte(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    import os

    open_and_wait(qtbot, window, [folder])
    name = os.fsdecode(bytes(tmp_path) + b"/caf\xe9.html")
    save_as(monkeypatch, Path(name))
    written = exported(qtbot, window)
    assert os.fsencode(written).endswith(b"caf\xe9.html") and written.exists()
    assert "caf\\xe9.html" in window.status_label.text()


def test_flags_and_notes_export_holds_the_pairs_listed_not_their_twins(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The store knows a document by its text, so a copy of the wire's text saved as UTF-16
    (``misc/utf16-copy.txt``, before ``wire/`` in path order) is the same document. Flags &
    notes lists the marks on the pair reviewed, wire/000 ↔ 001; the export held them again
    on the pair of the copy, never opened, reviewed too (found by a reviewer: 6 CSV rows
    for 3 listed, 2 comparisons in the JSON)."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder / "wire")
    (folder / "misc").mkdir()
    wire = next((folder / "wire").glob("000*"))
    (folder / "misc" / "utf16-copy.txt").write_text(
        wire.read_text(encoding="utf-8"), encoding="utf-16"
    )
    open_and_wait(qtbot, window, [folder])
    names = [d.path.relative_to(folder).as_posix() for d in window.documents]
    assert names[:2] == ["misc/utf16-copy.txt", f"wire/{wire.name}"]
    view = window.doc_list.view
    view.setFocus()
    window.doc_list.select(1)
    key(qtbot, view, Qt.Key.Key_B)  # the wire's file is the base, not its copy
    # (its comparison, of the copy against it, shown first: else it may come during the
    # next selection's debounce, and be the signal waited for)
    settle(qtbot, window)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(2)
    assert window.shown is not None and window.shown.pair == (1, 2)
    pane = window.diff.right
    pane.setFocus()
    key(qtbot, pane, Qt.Key.Key_Home, Qt.KeyboardModifier.AltModifier)
    key(qtbot, pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    key(qtbot, pane, Qt.Key.Key_F)
    assert window.status_label.text() == "Change 2 flagged"
    key(qtbot, pane, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    key(qtbot, pane, Qt.Key.Key_M)
    qtbot.keyClicks(window.changes.note_editor.text, NOTE)
    key(qtbot, window.changes.note_editor.text, Qt.Key.Key_Return, CTRL)
    key(qtbot, pane, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.changes.note_editor.text, "Cut by two thirds")
    key(qtbot, window.changes.note_editor.text, Qt.Key.Key_Return, CTRL)
    key(qtbot, pane, Qt.Key.Key_R)
    with qtbot.waitSignal(window.session.review.listing_ready, timeout=WAIT_MS):
        window.actions_["flags_and_notes"].trigger()
    dialog = window.commands.reviewing.flags
    assert dialog is not None and len(dialog.entries) == 3
    listed = {(e.left.path, e.right.path) for e in dialog.entries}
    assert listed == {(str(wire), str(window.documents[2].path))}

    def exported_from_the_list(out: Path) -> str:
        save_as(monkeypatch, out)
        window.commands.exporter.last = None
        key(qtbot, dialog.view, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: window.commands.exporter.last == out, timeout=WAIT_MS)
        return out.read_text(encoding="utf-8-sig")

    rows = list(csv.DictReader(io.StringIO(exported_from_the_list(tmp_path / "f.csv"))))
    shown = (f"wire/{wire.name}", f"wire/{window.documents[2].name}")
    assert [(r["base"], r["version"], r["what"], r["change"]) for r in rows] == [
        (*shown, "reviewed", ""),  # marked reviewed: said once, not for the twin pair either
        (*shown, "pair note", ""),
        (*shown, "flag", "2"),
        (*shown, "note", "3"),
    ]
    data = json.loads(exported_from_the_list(tmp_path / "f.json"))
    (comparison,) = data["comparisons"]
    assert [data["files"][comparison[s]["file"]]["path"] for s in ("base", "version")] == [*shown]
    assert comparison["reviewed_at"] and comparison["note"] == "Cut by two thirds"
    flag, note = comparison["findings"]  # numbered as the app and the CSV number them
    assert (flag["flagged"], flag["change_number"], flag["change"]) == (True, 2, 1)
    assert (note["note"], note["change_number"], note["change"]) == (NOTE, 3, 2)
    assert "utf16-copy" not in json.dumps(data)


def test_the_save_dialog_offers_the_type_chosen_last(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A PDF report written, then a name typed without an extension: the dialog was back on
    HTML, and wrote HTML."""
    open_and_wait(qtbot, window, [folder])
    offered: list[str] = []

    def answer(_parent: object, _title: str, _path: str, _filters: str, *rest: object):  # type: ignore[no-untyped-def]
        offered.append(str(rest[0]) if rest else "")
        return str(tmp_path / f"pair{len(offered)}"), str(rest[0]) if rest and rest[0] else ""

    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", answer)
    save_as(monkeypatch, tmp_path / "first.pdf")
    assert exported(qtbot, window) == tmp_path / "first.pdf"
    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", answer)
    written = exported(qtbot, window)  # a name without an extension
    assert offered == ["PDF document (*.pdf)"] and written == tmp_path / "pair1.pdf"


def test_an_apostrophe_inside_a_word_stays_in_the_file_name() -> None:
    """ "п'ятеро" was offered as "п ятеро" (a Ukraine desk's walkthrough)."""
    from wirediff.ui.shell.export import file_name

    assert file_name("Харків: загинули п'ятеро людей") == "Харків загинули п'ятеро людей"
    assert file_name("O’Brien says 'no' to Kyiv’s plan") == "O’Brien says no to Kyiv’s plan"


def test_a_title_with_a_decimal_figure_makes_a_whole_file_name() -> None:
    """The save dialog took what followed "1." for an extension and offered "Government
    commits 1.pdf"; the € was dropped."""
    from wirediff.ui.shell.export import file_name

    title = "Government commits €1.25 billion to rail. Again?"
    assert file_name(title) == "Government commits €1,25 billion to rail Again"
    # (a thousands' dot left out, a percent kept: "1.500 millones" was "1,500", one and a
    # half in Spanish, and "3,2 %" lost its sign — a fact-checker's walkthrough)
    title = "El Gobierno movilizará 1.500 millones y eleva al 3,2 % su previsión"
    assert file_name(title) == "El Gobierno movilizará 1500 millones y eleva al 3,2 % su previsión"
    assert file_name("Yields rise to 4.125% in 1.234.567 trades") == (
        "Yields rise to 4,125% in 1234567 trades"
    )
    # (a review: an English decimal of three digits kept as one, a Spanish decimal comma
    # after a thousands' dot)
    assert file_name("Yields at 0.125 and 1.234 points") == "Yields at 0,125 and 1,234 points"
    assert file_name("€2.345,6 millones de euros") == "€2345,6 millones de euros"
    assert file_name("Gobierno aprueba 1.500 millones") == "Gobierno aprueba 1500 millones"
    # a version's number with hyphens ("17,2,1" named no version: a standards editor's)
    assert file_name("Apple Rushes Out iOS 17.2.1 Fix") == "Apple Rushes Out iOS 17-2-1 Fix"


def test_ctrl_e_writes_the_changes_only_when_that_type_is_chosen(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """A report to send a colleague: the changed rows and two around each; the type is
    offered again next time."""
    open_and_wait(qtbot, window, [folder])
    out = tmp_path / "pair"
    save_as(monkeypatch, out, "HTML page, changes only (*.html)")
    written = exported(qtbot, window)
    assert written == out.with_name("pair.html")
    page = written.read_text(encoding="utf-8")
    assert "Changes, with 2 rows around each" in page and "Aligned text" not in page
    offered: list[str] = []

    def answer(_parent: object, _title: str, _name: str, _filters: str, last: str):  # type: ignore[no-untyped-def]
        offered.append(last)
        return "", ""

    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", answer)
    key(qtbot, window.doc_list.view, Qt.Key.Key_E, CTRL)
    assert offered == ["HTML page, changes only (*.html)"]


def test_a_story_exported_version_by_version(
    qtbot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Export this story version by version: each capture against the one before it,
    in time order (a silent edit's changelog; the story's report read every one against a
    late base)."""
    from tests.core.review.helpers import write_captures

    folder = write_captures(tmp_path / "captures")
    open_and_wait(qtbot, window, [folder])
    asked = save_as(monkeypatch, tmp_path / "changelog.json")
    exporter = window.commands.exporter
    exporter.last = None
    window.actions_["export_chain"].trigger()
    qtbot.waitUntil(lambda: exporter.last is not None, timeout=WAIT_MS)
    assert asked == ["Export this story version by version"]
    data = json.loads((tmp_path / "changelog.json").read_text(encoding="utf-8"))
    assert data["scope"] == "chain"
    steps = data["comparisons"]
    files = [f["path"] for f in data["files"]]
    names = [files[steps[0]["base"]["file"]], *(files[c["version"]["file"]] for c in steps)]
    assert [Path(n).name for n in names] == [
        f"page_20260301T{s}.txt" for s in ("0900", "1000", "1100")
    ]
