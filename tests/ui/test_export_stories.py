"""File ▸ Export the stories table: the grouping the list shows, as `wirediff stories` writes
it, with the corrections made in the app applied and said."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import WAIT_MS, generated_index, open_and_wait, open_index, the_box
from tests.ui.test_corrections import regrouped
from tests.ui.test_export import OFFERED, save_as
from wirediff.cli import main
from wirediff.core.document import Document
from wirediff.core.stories import Cancelled
from wirediff.ui.session import stories
from wirediff.ui.shell import export
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def news(tmp_path: Path, sample_dir: Path) -> Path:
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary" * 50)
    return folder


def opened(qtbot, window: MainWindow, folder: Path) -> dict[str, Document]:  # type: ignore[no-untyped-def]
    """Open ``folder`` and wait for its stories: its documents by their names' first three
    characters."""
    open_and_wait(qtbot, window, [folder])
    index = window.index
    assert index is not None
    return {d.name[:3]: d for d in index.documents}


def cancel_regroupings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every grouping from now on cancelled, as Cancel in the status bar does."""

    def cancelled(*_args: object, **_kwargs: object) -> None:
        raise Cancelled

    monkeypatch.setattr(stories, "corrected_index", cancelled)


def export_table(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, monkeypatch, out: Path, chosen: str = "", by_outlet: bool = False
) -> Path:
    """File ▸ Export the stories table (or reuse by outlet) to ``out``: the file written."""
    asked = save_as(monkeypatch, out, chosen)
    exporter = window.commands.exporter
    exporter.last = None
    window.actions_["export_reuse" if by_outlet else "export_stories"].trigger()
    qtbot.waitUntil(lambda: exporter.last is not None, timeout=WAIT_MS)
    what = "reuse by outlet" if by_outlet else "the stories table"
    assert asked == [f"Export {what}"]
    written = "Reuse by outlet written" if by_outlet else "Stories table written"
    assert written in window.status_label.text()
    assert exporter.last is not None
    return exporter.last


def test_the_csv_is_what_wirediff_stories_writes(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [news])
    written = export_table(
        qtbot, window, monkeypatch, tmp_path / "table", "Stories table, CSV (*.csv)"
    )
    assert written == tmp_path / "table.csv"  # the chosen filter's extension added
    cli = tmp_path / "cli.csv"
    assert main(["stories", str(news), "--format", "csv", "-o", str(cli), "--no-store"]) == 0
    assert written.read_bytes() == cli.read_bytes()
    rows = list(csv.DictReader(io.StringIO(written.read_bytes().decode("utf-8-sig"), newline="")))
    by_name = {row["path"][:3]: row for row in rows}
    assert by_name["000"]["story"] == by_name["001"]["story"]  # one wire story
    assert {by_name[n]["derivation"] for n in ("000", "001")} - {"source"} <= {
        "copy",
        "edited",
        "rewrite",
    }
    assert len({by_name[n]["story"] for n in ("002", "003", "004")}) == 3


def test_the_json_says_the_corrections_made_in_the_app_and_what_was_not_read(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    docs = opened(qtbot, window, news)
    corrections = window.commands.grouping.corrections
    regrouped(qtbot, window, lambda: corrections.same_story(docs["002"], docs["003"]))
    data = json.loads(export_table(qtbot, window, monkeypatch, tmp_path / "t.json").read_text())
    assert data["format"] == "wirediff.stories" and data["documents"] == 5
    stories = [sorted(Path(v["path"]).name[:3] for v in s["documents"]) for s in data["stories"]]
    assert ["002", "003"] in stories and ["000", "001"] in stories
    assert data["corrections"]["entries"] == data["corrections"]["applied"] == 1
    assert data["corrections"]["store"] == str(window.session.review.path)
    assert [p["path"] for p in data["problems"]] == ["broken.txt"]


def test_a_table_is_csv_or_json_and_needs_a_grouping(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    window.actions_["export_stories"].trigger()  # nothing open
    assert "not grouped into stories" in window.status_label.text()
    open_and_wait(qtbot, window, [news])
    save_as(monkeypatch, tmp_path / "table.html")
    window.actions_["export_stories"].trigger()
    box = the_box(qtbot, window)
    assert "the stories table is CSV or JSON" in box.text()
    assert not (tmp_path / "table.html").exists()
    # Closed, the box brings the dialog back with the name made .csv, in the same folder.
    proposed: list[str] = []

    def answer(_parent: object, _title: str, path: str, *_args: object) -> tuple[str, str]:
        proposed.append(path)
        return "", ""  # and the user cancels it

    monkeypatch.setattr(export.QFileDialog, "getSaveFileName", answer)
    qtbot.mouseClick(box.buttons()[0], Qt.MouseButton.LeftButton)  # its OK
    qtbot.waitUntil(lambda: bool(proposed), timeout=WAIT_MS)
    assert proposed == [str(tmp_path / "table.csv")]


def test_a_correction_whose_regrouping_was_cancelled_is_not_said_applied(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The table is the grouping the list shows; its JSON said a correction kept in the
    store since, whose regrouping was cancelled, was applied to it."""
    docs = opened(qtbot, window, news)
    cancel_regroupings(monkeypatch)  # as Cancel in the status bar
    window.commands.grouping.corrections.same_story(docs["002"], docs["003"])
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    assert len(window.session.corrections.kept()) == 1  # kept for the next grouping
    data = json.loads(export_table(qtbot, window, monkeypatch, tmp_path / "t.json").read_text())
    assert "corrections" not in data  # none applied to this table
    stories_listed = [
        sorted(Path(v["path"]).name[:3] for v in s["documents"]) for s in data["stories"]
    ]
    assert ["002", "003"] not in stories_listed


def test_a_table_asked_for_while_grouping_is_refused_in_a_box(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """The note was written over at once by the grouping's progress: no visible answer."""
    open_and_wait(qtbot, window, [news])
    monkeypatch.setattr(window.session.stories, "grouping", lambda: True)
    asked = save_as(monkeypatch, tmp_path / "t.csv")
    window.actions_["export_stories"].trigger()
    assert "being grouped into stories" in the_box(qtbot, window).text()
    assert asked == [] and not (tmp_path / "t.csv").exists()


def test_a_stories_index_open_is_said_to_be_its_own_table(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_index(qtbot, window, generated_index(tmp_path, 40, 10))
    window.actions_["export_stories"].trigger()
    assert "A stories index is its own table" in window.status_label.text()


def test_a_correction_undone_whose_regrouping_was_cancelled_is_still_said(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Undone, then the regrouping cancelled: the list keeps the grouping made with it, and
    the table's JSON said no correction was applied to it."""
    docs = opened(qtbot, window, news)
    corrections = window.commands.grouping.corrections
    regrouped(qtbot, window, lambda: corrections.same_story(docs["002"], docs["003"]))
    cancel_regroupings(monkeypatch)
    (kept,) = window.session.corrections.kept()
    window.session.corrections.undo([kept.id])
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)
    assert window.session.corrections.kept() == []
    data = json.loads(export_table(qtbot, window, monkeypatch, tmp_path / "t.json").read_text())
    listed = [sorted(Path(v["path"]).name[:3] for v in s["documents"]) for s in data["stories"]]
    assert ["002", "003"] in listed  # the grouping shown, made with the correction
    assert (data["corrections"]["entries"], data["corrections"]["applied"]) == (1, 1)


def test_reuse_by_outlet_is_what_wirediff_stories_by_outlet_writes(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Export reuse by outlet: the table a researcher pivoted by hand from the
    stories table, as the command writes it."""
    open_and_wait(qtbot, window, [news])
    path = export_table(qtbot, window, monkeypatch, tmp_path / "reuse.json", by_outlet=True)
    assert "Reuse by outlet, CSV (*.csv)" in OFFERED[-1]  # (not "Stories table, CSV")
    written = json.loads(path.read_text(encoding="utf-8"))
    out = tmp_path / "cli.json"
    assert main(["stories", str(news), "--by-outlet", "-o", str(out), "--no-store"]) == 0
    assert written == json.loads(out.read_text(encoding="utf-8"))
    assert written["format"] == "wirediff.stories.by-outlet"
    assert {o["outlet"] for o in written["outlets"]} >= {"Reuters", "Asharq Al-Awsat"}
