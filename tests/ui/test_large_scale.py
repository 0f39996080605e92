"""A keyboard-only, low-vision user's walkthrough at 150% and 200% (a large font here):
what overlapped, was cut, or was scrolled out of sight, and is not any more."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QWidget

from tests.ui.helpers import (
    STORY,
    drop,
    large_font,
    open_and_wait,
)
from wirediff.core.document import Document
from wirediff.ui.doclist.columns import AUTHOR, DATE, FILE, LEVEL, MARK, SIMILARITY, SOURCE, TITLE
from wirediff.ui.doclist.fitting import (
    MIN_TITLE,
    MIN_TITLE_BESIDE_LEVEL,
    auto_hidden,
    sparse_columns,
)
from wirediff.ui.shell.window import MainWindow


def _on_page(widget: QWidget, page: QWidget) -> QRect:
    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def test_the_welcome_keys_line_is_never_drawn_over_the_drop_box(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% in a 1280x800 window the line naming the keys (Ctrl+O…) was drawn over the
    dashed drop box: the page was squeezed below its least height. The drop box gives way
    first; below that the page scrolls, down to the window's least size."""
    with large_font():
        window = make_window(resize=False)
        welcome = window.welcome
        welcome.set_recent([str(sample_dir)])
        page, hint, keys = welcome.home, welcome.drop_hint, welcome.keys
        shrank_in_sight = False
        sizes = [(1000, h) for h in range(720, 560, -3)] + [(640, 400), (512, 270), (360, 240)]
        for width, height in sizes:
            window.resize(width, height)
            qtbot.waitUntil(lambda: window.size() == QSize(width, height), timeout=500)  # noqa: B023
            qtbot.wait(10)
            box, line = _on_page(hint, page), _on_page(keys, page)
            assert not box.intersects(line), (width, height, box, line)
            assert line.bottom() <= page.height(), (width, height)
            least = hint.minimumSizeHint().height()
            assert least >= hint.fontMetrics().height() and box.height() >= least
            scrolls = page.height() > welcome.height()
            if scrolls:  # the page scrolls only once the box gave way
                assert box.height() == least, (width, height, box)
            shrank_in_sight |= box.height() < 110 and not scrolls
        assert shrank_in_sight
        window.resize(1000, 700)
        qtbot.waitUntil(lambda: hint.height() >= 110)
        opened: list[object] = []
        window.drops.dropped.connect(opened.append)
        drop(qtbot, hint, [sample_dir])  # a drop on the page, in its scroll area, still opens
        assert opened == [[sample_dir]]


def test_a_mostly_undated_date_column_gives_way_before_the_title_gives_its_room() -> None:
    """``auto_hidden``: at 150% a story's version rows read "s… · 8…" (a title of 70
    pixels, the level taking the rest of it) while a Date column reading "undated" for 39
    of 41 rows kept its width. A date few rows have gives way first, as a sparse outlet
    does; it, and the columns that give way before the level, go before the title gives
    the level any of its least width."""
    dated = Path("reuters_2021-07-25.txt")
    documents = [Document(path=Path(f"{n}.txt"), text="x", title="x") for n in range(40)]
    documents.append(Document(path=dated, text="x", title="x", date="2021-07-25"))
    assert sparse_columns(documents) == {SOURCE, AUTHOR, DATE}
    assert DATE in sparse_columns([*documents[-5:-1], documents[-1]])  # (1 of 5: sparse)
    assert DATE not in sparse_columns([*documents[-4:-1], documents[-1]])  # (1 of 4: not)
    floors = {LEVEL: 60}
    shown = [MARK, TITLE, DATE, LEVEL]
    # 250 pixels, each column 50: the title had 100 beside the level, less than its 120
    assert auto_hidden(250, lambda _c: 50, shown, 120, floors=floors) == set()
    assert auto_hidden(250, lambda _c: 50, shown, 120, sparse={DATE}, floors=floors) == {DATE}
    # the File column gives way before the level: it goes before the title gives it room
    with_file = [MARK, TITLE, FILE, SIMILARITY, LEVEL]
    assert auto_hidden(300, lambda _c: 50, with_file, 120, floors=floors) == {FILE}
    # the date and the outlet, which give way after the level, stay as they would without it
    kept = [MARK, TITLE, DATE, SOURCE, LEVEL]
    assert auto_hidden(300, lambda _c: 50, kept, 120, floors=floors) == set()


def _mostly_undated_story(folder: Path) -> Path:
    """Six versions of one story, titles alike, told apart by their file names; one dated."""
    folder.mkdir(parents=True)
    names = [f"council-budget_{n:02d}a7f3.txt" for n in range(5)] + ["wire_2021-07-25.txt"]
    for n, name in enumerate(names):
        paragraphs = [
            p.replace("council", f"council ({n})", 1) if k == n else p for k, p in enumerate(STORY)
        ]
        body = "\n\n".join(paragraphs)
        (folder / name).write_text(f"Council approves budget after long debate\n\n{body}\n")
    return folder


def test_the_titles_of_a_mostly_undated_story_get_the_room_of_its_date_column(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A list as narrow as the walkthrough's at 150%: the Date column, "undated" but for one
    row, gives way, and the title keeps its least width beside the level."""
    window = make_window(resize=False)
    window.resize(1400, 900)
    open_and_wait(qtbot, window, [_mostly_undated_story(tmp_path / "story")])
    view = window.doc_list.view
    header, metrics = view.header(), view.fontMetrics()
    least, floor = (metrics.horizontalAdvance(t) for t in (MIN_TITLE, MIN_TITLE_BESIDE_LEVEL))
    window.splitter.setSizes([900, 300, 200])  # every column, to read their widths
    qtbot.waitUntil(lambda: not view.isColumnHidden(LEVEL) and not view.isColumnHidden(DATE))
    beside = sum(header.sectionSize(c) for c in (MARK, DATE, SIMILARITY, LEVEL))
    frame = window.splitter.sizes()[0] - view.viewport().width()
    room = beside + (least + floor) // 2  # the title had less than its least width
    sizes = window.splitter.sizes()
    window.splitter.setSizes([room + frame, sum(sizes) - room - frame - sizes[2], sizes[2]])
    qtbot.waitUntil(lambda: view.viewport().width() == room)
    qtbot.waitUntil(lambda: view.isColumnHidden(DATE))
    assert not view.isColumnHidden(LEVEL) and view.isColumnHidden(FILE)
    assert header.sectionSize(TITLE) >= least


def test_the_changes_list_keeps_its_share_with_the_note_editor_open(
    qtbot, make_window: Callable[..., MainWindow], sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """With the note editor open at 200% the changes list showed two and a half rows (a
    keyboard-only walkthrough): the figures and the editor left it its share."""
    with large_font(14):  # (the walkthrough's: 1280x800 at 200%, fonts at 144 dpi)
        window = make_window(resize=False)
        window.resize(640, 400)
        open_and_wait(qtbot, window, [sample_dir])
        window.diff.right.setFocus()
        qtbot.keyClick(window.diff.right, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
        changes = window.changes
        qtbot.waitUntil(lambda: changes.view.isVisible())
        window.diff.right.setFocus()
        qtbot.keyClick(window.diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        qtbot.keyClick(window.diff.right, Qt.Key.Key_M)  # a note on the change: its editor
        editor = changes.note_editor
        qtbot.waitUntil(lambda: editor.isVisible())
        heading, head, view = editor.heading, changes.head, changes.view
        for height in (400, 560, 900):
            window.resize(640, height)
            qtbot.waitUntil(lambda: window.height() == height)  # noqa: B023
            qtbot.wait(20)
            panel = changes.height()
            # the editor's heading whole, its text a line at least, the list its share,
            # when the editor's least leaves it that (the figures gave way first)
            assert heading.height() >= heading.heightForWidth(heading.width())
            assert editor.text.height() >= editor.text.fontMetrics().lineSpacing()
            share = min(0.4 * panel, panel - editor.height() - 12)
            assert view.height() >= share, (height, panel, view.height(), editor.height())
            if height == 560:  # (an editor at its least and the list its share: no figures)
                assert view.height() >= 0.4 * panel and not head.isVisible()
            if height == 900:  # room for all: the figures are back, scrolled
                assert head.isVisible() and view.height() >= 0.4 * panel
        qtbot.keyClick(editor.text, Qt.Key.Key_Escape)  # put away: the figures as before
        qtbot.waitUntil(lambda: not editor.isVisible())
        qtbot.waitUntil(lambda: head.isVisible() and head.height() > 0.3 * changes.height())
