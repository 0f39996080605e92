"""Issue 15, items 6 and 8: wherever the app shows a title or a file name — labels, list
cells, tooltips, the heat map, the window title — it is text: never markup, and a bidi
override in it is shown, not obeyed.

The check walks every widget of the app once a hostile folder is open, grouped, compared
and its heat map hovered, and renders each text the way Qt would (a tooltip or an
AutoText label is rich text when Qt's ``mightBeRichText`` says so). A 20,000-pixel image in
a title rendered on hover cost 3.2 GB.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QListWidget,
    QToolTip,
    QTreeWidget,
    QWidget,
)

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.ui.shell.window import MainWindow

IMAGE = "<img width=20000 height=20000 src=x>"
TITLE = f"Troops {IMAGE} \u202eleave\u202c <b>Iraq</b> & stay"  # read as the title
FILE = "<b>reuters<i>\u202e{}.txt"  # no slash: a file name


@pytest.fixture
def hostile(tmp_path: Path, sample_paths: list[Path]) -> Path:
    """Three versions of one report, titled and named with markup and a bidi override."""
    body = sample_paths[0].read_text(encoding="utf-8")
    folder = tmp_path / "hostile"
    folder.mkdir()
    for k, tail in enumerate(("", " Updated.", " Corrected later.")):
        text = f"{TITLE}\n\n{body}{tail}\n"
        (folder / FILE.format(k)).write_text(text, encoding="utf-8")
    other = sample_paths[2].read_text(encoding="utf-8")  # another story, as hostile
    (folder / FILE.format("x")).write_text(f"{TITLE} too\n\n{other}\n", encoding="utf-8")
    return folder


def shown(text: str, fmt: Qt.TextFormat = Qt.TextFormat.AutoText) -> str:
    """``text`` as Qt shows it: rendered when Qt takes it for rich text."""
    rich = fmt == Qt.TextFormat.RichText or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    if not rich:
        return text
    doc = QTextDocument()
    doc.setHtml(text)
    assert "<img" not in doc.toHtml(), f"markup was interpreted: {text[:120]!r}"
    return doc.toPlainText()


def model_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    """(display text, tooltip) of every cell of ``view``'s model."""
    model = view.model()
    if model is None:
        return
    todo = [QModelIndex()]
    while todo:
        parent = todo.pop()
        for r in range(model.rowCount(parent)):
            index = model.index(r, 0, parent)
            todo.append(index)
            while index.isValid():  # (columnCount is private in some of Qt's own models)
                yield (
                    str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
                    str(index.data(Qt.ItemDataRole.ToolTipRole) or ""),
                )
                index = index.siblingAtColumn(index.column() + 1)


def everything_shown(extra_tooltips: list[str]) -> list[str]:
    """Every text the app's widgets show, as Qt renders it."""
    out = [shown(tip) for tip in extra_tooltips]
    for widget in QApplication.allWidgets():
        out.append(shown(widget.toolTip()))
        if widget.isWindow():
            out.append(widget.windowTitle())
        if isinstance(widget, QLabel):
            out.append(shown(widget.text(), widget.textFormat()))
        elif isinstance(widget, QAbstractButton):
            out.append(widget.text())  # buttons draw plain text
        if isinstance(widget, QAbstractItemView):
            for display, tip in model_texts(widget):
                out += [display, shown(tip)]
    return out


def _hover(widget: QWidget, point: QPoint) -> None:
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        QPointF(point),
        QPointF(widget.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(widget, move)


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen, showing tooltips
def test_titles_and_file_names_are_text_wherever_they_are_shown(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, hostile: Path
) -> None:
    open_and_wait(qtbot, window, [hostile])
    assert window.grouped() and window.shown is not None
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        window.commands.heat_map_story()
    heat = window.heat_map
    assert heat is not None
    cell = heat.map.cell_rect(0, 1).center()
    _hover(heat.map, cell)
    assert QToolTip.isVisible()
    tooltips = [QToolTip.text()]
    heat.hide()
    # A flag, listed in Flags & notes; the story picker of "Move to another story…".
    window.commands.next_change()
    window.commands.toggle_flag()
    window.actions_["flags_and_notes"].trigger()
    flags = window.findChild(QTreeWidget, "flags_view")
    qtbot.waitUntil(lambda: flags is not None and flags.topLevelItemCount() == 1, timeout=WAIT_MS)
    window.actions_["move_to_story"].trigger()
    picker = window.findChild(QListWidget, "story_choices")
    assert picker is not None and picker.count() >= 1
    texts = everything_shown(tooltips)
    # The title was really shown in all these places...
    with_title = [t for t in texts if "20000" in t]
    assert len(with_title) >= 8, with_title
    # ... and each time as text: the markup literally, the override as a visible mark.
    for text in with_title:
        assert IMAGE in text, text
    for text in texts:
        assert "\u202e" not in text, text
    assert any("<RLO>leave<PDF>" in t for t in with_title)
    assert any("<b>reuters<i><RLO>0.txt" in t for t in texts)  # a file name
    assert any(t.startswith("<b>reuters<i><RLO>") and "↔" in t for t in texts)  # Flags & notes
    assert any(f": Troops {IMAGE}" in t and "version" in t for t in texts)  # the picker
    assert f"Troops {IMAGE} <RLO>leave<PDF>" in shown(tooltips[0])  # the heat map's


def test_the_check_sees_markup_that_is_interpreted(qapp) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(AssertionError, match="markup was interpreted"):
        shown(f"{IMAGE} a title")
    label = QLabel(TITLE)  # an AutoText label, as QLabel makes them by default
    with pytest.raises(AssertionError, match="markup was interpreted"):
        shown(label.text(), label.textFormat())
    assert shown(TITLE, Qt.TextFormat.PlainText) == TITLE


def test_sentences_and_headings_that_name_a_file_show_its_controls(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    """The relation banner's sentence, the heat map's line about a cell and the pair
    note's heading name the files: an RLO in a name is shown, not obeyed (it reversed the
    rest of the banner), an ESC is ␛."""
    folder = tmp_path / "named"
    folder.mkdir()
    body = (
        "Council approves budget\n\nThe city council approved the new budget on Tuesday "
        "after a long debate about road repairs and bridges. Opposition members said the "
        "plan leaves too little money for schools and public libraries in the north.\n"
    )
    (folder / "a\u202eevil\x1b[1m.txt").write_text(body, encoding="utf-8")
    (folder / "b\u202eevil2\x1b[2m.txt").write_text(body.replace("Tue", "Mon"), encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    banner = window.banner
    qtbot.waitUntil(lambda: "sentences" in banner.text(), timeout=WAIT_MS)
    shown = {"a": "a<RLO>evil␛[1m.txt", "b": "b<RLO>evil2␛[2m.txt"}
    assert window.shown is not None  # the base (by content: either may be) on the left
    base, other = (shown[doc.name[0]] for doc in (window.shown.left, window.shown.right))
    assert banner.text().startswith(f"Copy of {base}, if that came first (neither is dated): ")
    window.diff.right.setFocus()
    qtbot.keyClick(window.diff.right, Qt.Key.Key_M, Qt.KeyboardModifier.ShiftModifier)
    heading = window.changes.note_editor.heading.text()
    assert heading == f"Note on the pair: {other} against {base}"
    qtbot.keyClick(window.changes.note_editor.text, Qt.Key.Key_Escape)
    with qtbot.waitSignal(window.heat_map_shown, timeout=WAIT_MS):
        window.commands.heat_map_story()
    heat = window.heat_map
    assert heat is not None
    line = heat.map.describe(0, 1)
    assert f"Copy of {base}" in line
    assert not any(c in line + banner.text() + heading for c in "\u202e\x1b")
