"""The status line: a message too long for it takes a second line, then is cut at its end
with the key to the whole text (whole in its tooltip), and never drawn over the document
count; names of right-to-left data keep their order."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip

from tests.ui.helpers import WAIT_MS, open_and_wait
from tests.ui.test_bidi import reads_in_order
from wirediff.core.display import in_order
from wirediff.ui.common.text import flat, one_line_isolating
from wirediff.ui.session import texts
from wirediff.ui.shell.window import MainWindow


def text(day: str) -> str:
    """A short article, one version of a story per day."""
    return (
        f"The city council met on {day} to approve the budget for next year, after a long "
        "debate about schools, roads and the new library.\n\nThe mayor said the vote was a "
        "good day for the town, and the library would open in the spring.\n"
    )


def compare(qtbot, window: MainWindow, names: tuple[str, str]) -> None:  # type: ignore[no-untyped-def]
    """Select the first document, then the second: it is compared with the first."""
    opened = [window.session.documents[i].path.name for i in range(2)]
    window.doc_list.select(opened.index(names[0]))
    qtbot.wait(200)
    window.doc_list.select(opened.index(names[1]))


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen, showing the tooltip
def test_a_long_message_takes_a_second_line_clear_of_the_count(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ "…afp_cafe_2021-07-25_utf16.txt ↔ a" ran into "7 documents": the label asked for
    the width of its whole text, which the status bar could not give. Found by a reviewer.
    A message too long for one line is whole on two; one too long for two keeps its start
    and names the key to the rest (cut in its middle at 200%, "Corrected: haemophilia_
    f9372d.txt is independ…ories" hid what had happened: a keyboard-only walkthrough)."""
    names = ("a" * 90 + "_first.txt", "b" * 90 + "_second.txt")
    for name, day in zip(names, ("Monday", "Tuesday"), strict=True):
        (tmp_path / name).write_text(text(day), encoding="utf-8")
    open_and_wait(qtbot, window, [tmp_path / n for n in names])
    label, count = window.status_label, window.count_label
    one_line = label.height()
    compare(qtbot, window, names)
    qtbot.waitUntil(lambda: "similar" in label.text(), timeout=WAIT_MS)
    assert label.text() == texts.compared(window.shown)  # the whole message, for readers
    assert label.fontMetrics().horizontalAdvance(label.text()) > label.width()  # too long
    assert label.geometry().right() < count.geometry().left()  # clear of the count
    first, second = label.shown_text().split("\n")
    assert flat(f"{first} {second}") == flat(label.text()) and not label.is_cut()  # whole
    for line in (first, second):
        assert label.fontMetrics().horizontalAdvance(line) <= label.width()
    qtbot.waitUntil(lambda: label.height() >= one_line + label.fontMetrics().lineSpacing())
    assert window.statusBar().geometry().bottom() < window.height()
    # Too long for two lines: its start, and the key to the whole text.
    said = "Corrected: " + names[0] + " is independent" + " now" * 90 + ": 3 stories in 2 events"
    window.session.message.emit(said)
    shown = label.shown_text()
    assert flat(shown).startswith("Corrected: aaaa") and shown.endswith("(Shift+F1: whole text)")
    assert "…" in shown and label.is_cut() and "3 stories" not in shown
    # The whole message in the tooltip, while it is cut.
    at = QPoint(20, label.height() // 2)
    QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, at, label.mapToGlobal(at)))
    assert QToolTip.isVisible() and "3 stories in 2 events" in QToolTip.text()
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=WAIT_MS)
    # A message that fits is drawn whole, without a tooltip; the line keeps its height
    # (the panes do not jump at each message) till its width changes.
    label.setText("Short")
    assert label.shown_text() == "Short" and not label.is_cut()
    QApplication.sendEvent(label, QHelpEvent(QEvent.Type.ToolTip, at, label.mapToGlobal(at)))
    assert not QToolTip.isVisible()
    assert label.height() > one_line
    window.resize(window.width() - 40, window.height())
    qtbot.waitUntil(lambda: label.height() == one_line)


def test_two_right_to_left_names_keep_their_sides_in_the_status_line(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Two Arabic names with nothing Latin between them ("تقرير ↔ خبر") read as one
    right-to-left run: the right document's name was drawn first."""
    left, right = tmp_path / "تقرير", tmp_path / "خبر"
    left.write_text(text("Monday"), encoding="utf-8")
    right.write_text(text("Tuesday"), encoding="utf-8")
    open_and_wait(qtbot, window, [left, right])
    label = window.status_label
    compare(qtbot, window, (left.name, right.name))
    qtbot.waitUntil(lambda: "similar" in label.text(), timeout=WAIT_MS)
    assert window.shown is not None and window.shown.left.path == left
    assert reads_in_order(label.text(), ["تقرير", "↔", "خبر", "similar"], label.font())
    assert label.direction == Qt.LayoutDirection.LeftToRight  # drawn as a sentence is


def test_the_status_line_keeps_isolates_and_shows_overrides() -> None:
    """A message isolates the names it gives (``in_order``, ``heading``): those marks stay;
    an override that reached it unescaped still shows as a mark, and a line break as ␊."""
    said = one_line_isolating(f"Version 2: {in_order(['الجزيرة', '2021-07-24'], ' · ')}\u202ex\ny")
    assert said == "Version 2: \u200e\u2068الجزيرة\u2069 · \u20682021-07-24\u2069<RLO>x␊y"


def test_the_status_line_says_what_the_compare_menu_ignores(  # type: ignore[no-untyped-def]
    qtbot, window, sample_paths
) -> None:
    """Ignore punctuation on, nothing on screen said so: the numbers read as the plain
    comparison's (a scholar's walkthrough)."""
    open_and_wait(qtbot, window, sample_paths[:2])
    assert "ignored (Compare menu)" not in window.status_label.text()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["ignore_punctuation"].trigger()
    qtbot.waitUntil(
        lambda: window.status_label.text().endswith(" · punctuation ignored (Compare menu)"),
        timeout=WAIT_MS,
    )
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["ignore_case"].trigger()
    qtbot.waitUntil(
        lambda: window.status_label.text().endswith(
            " · case and punctuation ignored (Compare menu)"
        ),
        timeout=WAIT_MS,
    )
