"""A lone article (a story of one version, nothing else of its event): selecting it left both
panes empty with a hint, its text nowhere on screen, and in the grouped list its title sat
where the versions' titles of the story above it did, reading as one more of them."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
)

from tests.ui.helpers import (
    WAIT_MS,
    generated_index,
    open_and_wait,
    same_row_on_screen,
    settle,
    tree,
    write_dated_story,
)
from wirediff.ui.common.roles import DOC_ROLE, STORY_ROLE
from wirediff.ui.doclist.columns import TITLE
from wirediff.ui.shell.window import MainWindow

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier
LONE = (
    "Beetles seen in the city park\n\n"
    "Dozens of Hercules beetles were found in the municipal park on Sunday, a species "
    "rarely seen this far north.\n\n"
    "Entomologists said the warm spring may explain it and asked residents to leave the "
    "beetles where they are.\n"
)


def _folder(tmp_path: Path) -> Path:
    folder = write_dated_story(tmp_path / "news")
    (folder / "zz_beetles.txt").write_text(LONE, encoding="utf-8")
    return folder


def _press(qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = NONE) -> None:  # type: ignore[no-untyped-def]
    """A key where the keyboard is, as the user presses it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


def _click(qtbot, window: MainWindow, doc: int) -> None:  # type: ignore[no-untyped-def]
    """A click on ``doc``'s title in the list."""
    view = window.doc_list.view
    row = window.doc_list._row_of(doc).siblingAtColumn(TITLE)
    assert row.isValid()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(row).center())


def _lone(window: MainWindow) -> int:
    return next(i for i, d in enumerate(window.session.documents) if d.name == "zz_beetles.txt")


def test_a_lone_article_shows_its_text_and_how_to_compare_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [_folder(tmp_path)])
    lone, diff = _lone(window), window.diff
    _click(qtbot, window, lone)
    qtbot.waitUntil(lambda: diff.single is not None, timeout=WAIT_MS)
    # Its text, read-only, in the left pane, headed by its file name, its title over it.
    text = diff.left.toPlainText()
    assert "Dozens of Hercules beetles were found" in text and "leave the beetles" in text
    assert diff.left.isReadOnly() and diff.left.isVisible()
    assert "zz_beetles.txt" in diff.headers[0].title.text()
    assert diff.title.text() == "Beetles seen in the city park"
    assert window.windowTitle() == "zz_beetles.txt — wirediff"
    # The right pane says there is nothing to compare it with, and the keys that pick one.
    assert not diff.right.toPlainText() and diff.right.isVisible()
    hint = diff.right.empty_message
    assert (
        "no other version or report of it was found" in hint
        and "press b" in hint
        and "Shift+B" in hint
    )
    assert (
        "a translation, or a report in words of its own, stands alone" in hint
    )  # (a French version read as lone)
    assert window.status_label.text() == hint
    assert window.session.current is None and window.changes.model.rowCount() == 0
    # The keys of a pair say there is nothing to go to, and break nothing.
    _press(qtbot, Qt.Key.Key_2, CTRL)
    assert diff.left.hasFocus()
    for key, modifier in (
        (Qt.Key.Key_N, NONE),
        (Qt.Key.Key_P, NONE),
        (Qt.Key.Key_Down, ALT),
        (Qt.Key.Key_End, ALT),
        (Qt.Key.Key_J, CTRL),
    ):
        _press(qtbot, key, modifier)
        said = window.status_label.text()
        assert said == "One document is shown, compared with none: no changes to go to"
    for key in (Qt.Key.Key_F, Qt.Key.Key_R, Qt.Key.Key_S, Qt.Key.Key_V):
        _press(qtbot, key)
        assert diff.single is not None and "Dozens of Hercules" in diff.left.toPlainText()
    # PgDn scrolls the text (the left pane scrolls by itself: no right side to follow).
    assert diff.left.verticalScrollBar().isVisible()
    # Find: the matches are in its text.
    _press(qtbot, Qt.Key.Key_F, CTRL)
    qtbot.keyClicks(diff.find_box, "beetles")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: diff.find_box.count.text() != "", timeout=WAIT_MS)
    assert diff.find_box.count.text() == "1 of 3"  # (one pane: no pane named)
    assert diff.left.textCursor().selectedText().casefold() == "beetles"
    _press(qtbot, Qt.Key.Key_Escape)
    assert diff.left.hasFocus()
    # Inline: the text and the hint stay side by side.
    _press(qtbot, Qt.Key.Key_I, CTRL)
    assert diff.inline and diff.right.isVisible() and "Dozens" in diff.left.toPlainText()
    _press(qtbot, Qt.Key.Key_I, CTRL)
    assert not diff.inline
    # Hide boilerplate (Ctrl+H): shown again, as the story index cleans it.
    shown = window.session.comparing.shown_alone
    _press(qtbot, Qt.Key.Key_H, CTRL)
    qtbot.waitUntil(lambda: window.session.comparing.shown_alone is not shown, timeout=WAIT_MS)
    single = window.session.comparing.shown_alone
    assert single is not None and single.clean and "Dozens" in diff.left.toPlainText()


def test_b_on_a_lone_article_then_another_document_compares_them(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The hint's way: b keeps it on the left, the next document selected goes beside it;
    then a version of the story, Shift+B released, is compared with its base as before."""
    open_and_wait(qtbot, window, [_folder(tmp_path)])
    lone, diff, index = _lone(window), window.diff, window.index
    assert index is not None
    story = next(s for s in index.stories if len(s.versions) > 1)
    version = next(v.doc for v in story.versions if v.doc != story.base)
    _click(qtbot, window, lone)
    qtbot.waitUntil(lambda: diff.single is not None, timeout=WAIT_MS)
    _press(qtbot, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: "pinned on the left" in diff.right.empty_message, timeout=WAIT_MS)
    assert "Shift+B" in diff.right.empty_message and diff.single is not None
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        _click(qtbot, window, version)
    assert window.session.current is not None
    assert (window.session.current.left.name, window.session.current.right.name) == (
        "zz_beetles.txt",
        window.session.documents[version].name,
    )
    assert diff.single is None and diff.pair is not None
    # Released: the version against its story's base, the panes in step as before.
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        _press(qtbot, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)
    settle(qtbot, window)
    shown = window.session.current
    assert shown is not None and window.session.documents[story.base] in (shown.left, shown.right)
    assert diff.right.isVisible() and diff.left.plan is not None and diff.right.plan is not None
    policy = diff.left.verticalScrollBarPolicy()
    assert policy == Qt.ScrollBarPolicy.ScrollBarAlwaysOff  # the right pane's bar moves both
    assert same_row_on_screen(window)
    assert not diff.right.empty_message


def test_back_from_a_pair_to_the_lone_article_and_to_the_pair_again(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+PgDn from the story's last version onto the lone article, Ctrl+PgUp back: the
    text, then the pair as it was shown (its changes listed again)."""
    open_and_wait(qtbot, window, [_folder(tmp_path)])
    doc_list, diff = window.doc_list, window.diff
    listed = doc_list.visible_order()
    assert listed[-1] == _lone(window)
    doc_list.select(listed[-2])
    settle(qtbot, window)
    qtbot.waitUntil(lambda: window.session.current is not None, timeout=WAIT_MS)
    changes = window.changes.model.rowCount()
    assert changes
    diff.set_flags({0})  # the pair's flag: its bar beside the lone article's text was stale
    assert diff.left.flag_rows
    doc_list.view.setFocus()
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: diff.single is not None, timeout=WAIT_MS)
    assert "Hercules" in diff.left.toPlainText() and window.changes.model.rowCount() == 0
    assert not diff.left.flag_rows and not diff.right.flag_rows and not diff.flags
    assert not diff.overview._flags  # nor the overview strip's mark
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        _press(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert diff.single is None and window.changes.model.rowCount() == changes
    assert "Hercules" not in diff.left.toPlainText() and not diff.right.empty_message


def _title_left(view: QTreeView, row: QModelIndex) -> int:
    """Where the title's text of ``row`` starts in the list, as the view's delegate lays
    the cell out (its decoration before it)."""
    index = row.siblingAtColumn(TITLE)
    option = QStyleOptionViewItem()
    option.rect = view.visualRect(index)
    option.widget = view
    QStyledItemDelegate().initStyleOption(option, index)
    text = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    return text.left()


def _rows(window: MainWindow) -> dict[int, QModelIndex]:
    """Every document row the list shows, by document."""
    proxy, found = window.doc_list.proxy, {}

    def walk(parent: QModelIndex) -> None:
        for r in range(proxy.rowCount(parent)):
            index = proxy.index(r, 0, parent)
            if index.data(DOC_ROLE) is not None:
                found[int(index.data(DOC_ROLE))] = index
            walk(index)

    walk(QModelIndex())
    return found


def _set_in(window: MainWindow, lone: set[int]) -> None:
    """Every version's title (a row under its story's) a step in from the lone articles'
    titles, which start where the title column does (the tree's indentation is the mark
    column's: it does not reach the titles)."""
    view, rows = window.doc_list.view, _rows(window)
    edges = {_title_left(view, rows[doc]) for doc in lone}
    versions = set(rows) - lone
    assert versions and len(edges) == 1
    for doc in versions:
        assert rows[doc].parent().data(STORY_ROLE) is not None  # under its story's row
        assert _title_left(view, rows[doc]) >= min(edges) + view.indentation()
    assert all(rows[doc].parent().data(STORY_ROLE) is None for doc in lone)


def test_a_lone_article_after_a_story_is_not_set_in_with_its_versions(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """As listed, filtered, sorted by title, and walked with Ctrl+PgDn."""
    open_and_wait(qtbot, window, [_folder(tmp_path)])
    lone, doc_list = _lone(window), window.doc_list
    assert doc_list.visible_order()[-1] == lone  # right after the story's last version
    _set_in(window, {lone})
    doc_list.filter.setFocus()
    qtbot.keyClicks(doc_list.filter, ".txt")  # (every file name)
    assert len(_rows(window)) == len(window.session.documents)
    _set_in(window, {lone})
    header = doc_list.view.header()
    title = QPoint(header.sectionViewportPosition(TITLE) + 8, header.height() // 2)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title)
    assert header.sortIndicatorSection() == TITLE
    _set_in(window, {lone})
    order = doc_list.visible_order()
    assert sorted(order) == list(range(len(window.session.documents)))
    doc_list.select(order[0])
    doc_list.view.setFocus()
    walked = [doc_list.selected()]
    for _ in order:
        _press(qtbot, Qt.Key.Key_PageDown, CTRL)
        if doc_list.selected() != walked[-1]:
            walked.append(doc_list.selected())
    assert walked == order


def test_in_a_stories_index_the_versions_are_set_in_under_their_story(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """An index's story row names the story in the title column: its versions' titles sat
    right under that name, and so did the lone articles' listed after them. A lone article
    selected is read and shown by itself, as in a folder."""
    index = generated_index(tmp_path, 400, 2)
    with qtbot.waitSignal(window.session.index_opened, timeout=WAIT_MS):
        window.commands.index.open(index)
    settle(qtbot, window)
    rows = _rows(window)
    lone = {doc for doc, row in rows.items() if row.parent().data(STORY_ROLE) is None}
    assert lone and len(lone) < len(rows)
    _set_in(window, lone)
    # The first document listed (one of the two with a file) is a lone article: its text
    # is read and shown by itself.
    assert 0 in lone
    _click(qtbot, window, 0)
    diff = window.diff
    qtbot.waitUntil(lambda: diff.single is not None, timeout=WAIT_MS)
    assert diff.left.toPlainText().strip() and "no other version" in diff.right.empty_message
    assert window.session.archive.reads == 1


LIBRARY = (
    "Library opens late on weekdays\n\n"
    "The central library will stay open until nine in the evening on weekdays from March, "
    "the culture office said, after readers asked for longer hours in a survey.\n\n"
    "Opening hours at weekends do not change, and the reading rooms keep their own times.\n"
)
LONE_NAME = "in no story or event with another document"  # (its title; the row says more)


def _event_and_lone(tmp_path: Path, sample_dir: Path) -> Path:
    """The sample's event (a story of two versions, three other reports) and two lone
    articles, on other things."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    (folder / "zz_beetles.txt").write_text(LONE, encoding="utf-8")
    (folder / "zy_library.txt").write_text(LIBRARY, encoding="utf-8")
    return folder


def _named(window: MainWindow, *names: str) -> list[int]:
    docs = window.session.documents
    return [next(i for i, d in enumerate(docs) if d.name == name) for name in names]


def _documents(shape: list[object]) -> list[int]:
    out: list[int] = []
    for row in shape:
        out.extend([row] if isinstance(row, int) else _documents(row[1]))  # type: ignore[index]
    return out


def test_lone_articles_are_listed_apart_from_the_event_above_them(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Listed at the top level right after the last event, with the indent of its reports
    and nothing between, the lone articles read as more of its reports (a media monitor's
    Interfax and Reuters pieces under a Ukrainian event). They are the rows of a last group
    of their own, which stays last however the list is sorted, and which the keys, the
    filter and the selection go through as through the others."""
    open_and_wait(qtbot, window, [_event_and_lone(tmp_path, sample_dir)])
    doc_list, view = window.doc_list, window.doc_list.view
    beetles, library = _named(window, "zz_beetles.txt", "zy_library.txt")
    shape = tree(window)
    assert all(not isinstance(row, int) for row in shape)  # only groups at the top level
    (title, rows), events = shape[-1], shape[:-1]  # type: ignore[misc]
    assert title == LONE_NAME and sorted(rows) == sorted([beetles, library])
    assert not {beetles, library} & set(_documents(events))
    lone_row = doc_list.proxy.index(len(shape) - 1, 0)
    assert lone_row.data() == f"Lone articles · 2 — {LONE_NAME}"
    qtbot.waitUntil(lambda: view.isFirstColumnSpanned(len(shape) - 1, QModelIndex()))
    assert view.isExpanded(lone_row) and lone_row.data(Qt.ItemDataRole.FontRole).bold()
    # Their titles at the column's edge, as the event's one-version reports'.
    found = _rows(window)
    reports = [d for d in _documents(events) if found[d].parent().data(STORY_ROLE) is None]
    assert reports and {_title_left(view, found[d]) for d in [*reports, beetles, library]} == {
        _title_left(view, found[reports[0]])
    }
    # Sorted by a column, either way, the group stays last, its articles sorted in it.
    header = view.header()
    title_at = QPoint(header.sectionViewportPosition(TITLE) + 8, header.height() // 2)
    titles = {beetles: "Beetles", library: "Library"}
    for order in (["Beetles", "Library"], ["Library", "Beetles"]):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_at)
        shape = tree(window)
        assert shape[-1][0] == LONE_NAME  # type: ignore[index]
        assert [titles[d][:7] for d in shape[-1][1]] == order  # type: ignore[index]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=title_at)
    assert header.sortIndicatorSection() == -1 and tree(window)[-1][0] == LONE_NAME  # type: ignore[index]
    # Ctrl+PgDn from the event's last document goes on into the group, to its first.
    listed = doc_list.visible_order()
    assert listed[-2:] == tree(window)[-1][1]  # type: ignore[index]
    doc_list.select(listed[-3])
    view.setFocus()
    _press(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert doc_list.selected() == listed[-2]
    # ] on the group's row goes to its first article (from the row, as on an event's).
    view.setCurrentIndex(doc_list.proxy.index(doc_list.proxy.rowCount() - 1, 0))
    _press(qtbot, Qt.Key.Key_Return)  # Enter opens or closes it, and says what it holds
    assert not view.isExpanded(view.currentIndex())
    assert window.status_label.text().startswith("Select one of the lone articles to read it")
    _press(qtbot, Qt.Key.Key_Return)
    _press(qtbot, Qt.Key.Key_BracketRight)
    qtbot.waitUntil(lambda: doc_list.selected() == listed[-2], timeout=WAIT_MS)
    # The filter keeps the group over an article it finds; the group's name finds none.
    qtbot.keyClick(view, Qt.Key.Key_L, CTRL)
    qtbot.keyClicks(doc_list.filter, "library")
    assert tree(window) == [(LONE_NAME, [library])]
    # and says how many of its articles it shows (it said "2" showing one: ux114)
    heading = doc_list.proxy.index(0, 0).data()
    assert heading == f"Lone articles · 2 (1 shown) — {LONE_NAME}"
    doc_list.filter.clear()
    qtbot.keyClicks(doc_list.filter, "lone articles")
    assert tree(window) == [] and doc_list.no_match.isVisible()
    _press(qtbot, Qt.Key.Key_Escape)
    assert doc_list.selected() == listed[-2]  # the selection back, as it was


def test_a_story_of_its_own_event_among_events_of_stories_says_so(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """A story alone in its event, listed after an event's stories, read as one more of
    them (an agency-dependence researcher's list): its row says it is its own event."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    (folder / "zz_beetles.txt").write_text(LONE, encoding="utf-8")
    (folder / "zz_beetles_copy.txt").write_text(LONE, encoding="utf-8")
    open_and_wait(qtbot, window, [folder])
    model = window.doc_list.proxy
    labels = [str(model.index(r, 0).data()) for r in range(model.rowCount())]
    own = [label for label in labels if label.startswith("Story · 2 versions (its own event)")]
    assert len(own) == 1, labels
    event = model.index(next(i for i, t in enumerate(labels) if t.startswith("Event")), 0)
    nested = [str(model.index(r, 0, event).data()) for r in range(model.rowCount(event))]
    assert any(t.startswith("Story · 2 versions — ") for t in nested), nested
