"""Driving the window like a user: open and wait, read the list and the pair, drop, press keys.

Shared by the UI tests (tests import this module, never each other).
"""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QStyleOptionViewItem,
    QTreeWidget,
    QWidget,
)

from wirediff.core.stories import StoryIndex
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.common.settings import Settings
from wirediff.ui.doclist.columns import TITLE
from wirediff.ui.panels.heatmap import HeatMap
from wirediff.ui.panels.story import LINE_SEPARATOR, TwoLines
from wirediff.ui.panels.views import PiecesCut
from wirediff.ui.shell.window import MainWindow

WAIT_MS = 20000


def open_and_wait(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, paths: list[Path], compare: bool = True, settle_down: bool = True
) -> None:
    """Open ``paths``; wait for the list (and first comparison, if ``compare``) and stories."""
    signal = window.comparison_shown if compare else window.loaded
    with qtbot.waitSignal(signal, timeout=WAIT_MS):
        window.open_paths(paths)
    if settle_down:
        settle(qtbot, window)


def open_and_settle(qtbot, window: MainWindow, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Open ``paths`` and wait until the folder watch has taken its first look after the load."""
    open_and_wait(qtbot, window, paths)
    qtbot.waitUntil(window.session.loading.watch.idle, timeout=WAIT_MS)


def bare_window(qtbot, settings_path: Path, store: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A window shown without waiting for it to be active (a message box may take that)."""
    window = MainWindow(Settings(QSettings(str(settings_path), QSettings.Format.IniFormat)), store)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def the_box(qtbot, window: MainWindow) -> QMessageBox:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: bool(window.findChildren(QMessageBox)), timeout=WAIT_MS)
    (box,) = window.findChildren(QMessageBox)
    assert box.isVisible() and box.textFormat() == Qt.TextFormat.PlainText
    return box


def settle(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Wait until background work is done (story grouping and what it starts)."""
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)


def tree(window: MainWindow, parent: QModelIndex | None = None) -> list[object]:
    """The list as the view shows it: a document index, or (group title, [children])."""
    proxy = window.doc_list.proxy
    parent = parent or QModelIndex()
    out: list[object] = []
    for r in range(proxy.rowCount(parent)):
        index = proxy.index(r, 0, parent)
        doc = index.data(DOC_ROLE)
        if doc is not None:
            out.append(int(doc))
        else:
            out.append((index.siblingAtColumn(TITLE).data(), tree(window, index)))
    return out


def pair(window: MainWindow) -> tuple[str, str]:
    assert window.shown is not None
    return window.shown.left.path.name[:3], window.shown.right.path.name[:3]


def drop(qtbot, target: QWidget, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """A real drag-enter, drag-move and drop of ``paths`` on ``target``."""
    drop_urls(qtbot, target, [QUrl.fromLocalFile(str(p)) for p in paths])


def drop_urls(qtbot, target: QWidget, urls: list[QUrl]) -> None:  # type: ignore[no-untyped-def]
    """A real drag-enter, drag-move and drop of ``urls`` (as a file manager sends them)."""
    mime = QMimeData()
    mime.setUrls(urls)
    action = Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(QPoint(20, 20), action, mime, buttons, mods)
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), "the drag was refused"
    QApplication.sendEvent(target, QDragMoveEvent(QPoint(22, 22), action, mime, buttons, mods))
    QApplication.sendEvent(target, QDropEvent(QPointF(22, 22), action, mime, buttons, mods))


def key(qtbot, widget: QWidget, k: Qt.Key, mods=Qt.KeyboardModifier.NoModifier) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(widget, k, mods)


def same_row_on_screen(window: MainWindow) -> bool:
    """Both panes show the same rows at the same heights."""
    left, right = window.diff.left, window.diff.right
    top = right.row_at(0)
    if left.row_at(0) != top:
        return False
    last = right.row_at(right.viewport().height() - 1)
    for row in range(top, last + 1):
        if abs((left.row_top(row) - left.scroll_y()) - (right.row_top(row) - right.scroll_y())) > 1:
            return False
    return True


# A story of four versions told apart by outlet and date (both read from the file names):
# Reuters' (the base, a wire) is not the oldest; the Post's has no date.
STORY = (
    "The city council approved the new budget on Tuesday after a long debate about road "
    "repairs and bridges.",
    "Opposition members said the plan leaves too little money for schools and public "
    "libraries in the north.",
    "The mayor promised to revisit the spending plan in the autumn if tax revenue rises "
    "again next year.",
    "Residents will be able to comment on the projects at a public meeting at the town hall "
    "next month.",
    "The council's finance committee will publish a detailed report on the budget and its "
    "costs in June.",
    "Road repairs will take up almost a third of the new budget, the largest share in a "
    "decade, officials said.",
)
DATED_NAMES = (  # oldest first, the undated one last
    "theguardian.com-2021-07-24.txt",
    "reuters_2021-07-25.txt",
    "thehill.com-2021-07-26.txt",
    "washingtonpost.com-story.txt",
)


def write_dated_story(folder: Path) -> Path:
    """Write the four versions of ``STORY`` into ``folder``; returns it."""
    p = STORY
    texts = {
        DATED_NAMES[0]: [s.replace("Tuesday", "Monday night") for s in p[:5]],
        DATED_NAMES[1]: list(p),
        DATED_NAMES[2]: [
            *p[:4],
            "It rained all day on the day of the vote, the paper adds.",
            *p[4:],
        ],
        DATED_NAMES[3]: [p[0], p[2].replace("autumn", "fall"), *p[3:]],
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, paragraphs in texts.items():
        body = "\n\n".join(paragraphs)
        (folder / name).write_text(f"Council approves budget after long debate\n\n{body}\n")
    return folder


def write_long_story(folder: Path, versions: int = 50, units: int = 20, seed: int = 12) -> Path:
    """A generated story: a base of ``units`` paragraphs and ``versions - 1`` edited copies
    (words replaced, paragraphs cut, added and swapped), each dated in its file name, one day
    after another, the base first. Deterministic per ``seed``."""
    import random

    rng = random.Random(seed)
    words = (
        "council budget road school library mayor tax plan vote meeting report bridge "
        "water park health transport housing police court river market union strike"
    ).split()

    def sentence() -> str:
        picked = " ".join(rng.choice(words) for _ in range(rng.randint(8, 14)))
        return f"The {picked} said on {rng.choice(('Monday', 'Friday'))} {rng.randint(10, 99)}."

    base = [f"{sentence()} {sentence()}" for _ in range(units)]
    folder.mkdir(parents=True, exist_ok=True)
    start = 1
    for n in range(versions):
        text = list(base)
        if n:
            for i in range(len(text)):
                if rng.random() < 0.15:
                    old = rng.choice(text[i].split()[1:-2])
                    text[i] = text[i].replace(f" {old} ", f" {rng.choice(words).upper()} ", 1)
            text = [t for t in text if rng.random() > 0.08]
            if rng.random() < 0.4:
                text.insert(rng.randrange(len(text)), sentence())
            if rng.random() < 0.3 and len(text) > 3:
                i = rng.randrange(len(text) - 1)
                text[i], text[i + 1] = text[i + 1], text[i]
        day = f"2021-{7 + (start + n) // 28:02d}-{1 + (start + n) % 28:02d}"
        body = "\n\n".join(text)
        (folder / f"outlet{n % 7}_{day}.txt").write_text(f"Council vote on the budget\n\n{body}\n")
    return folder


def write_stories(folder: Path, stories: int = 5, seed: int = 3) -> Path:
    """``stories`` unrelated stories of two undated versions each, ``story00N_v0.txt`` and
    ``story00N_v1.txt`` (a word changed in two of its six paragraphs): a folder such as the
    fuzzers' thousands of small generated articles, in little."""
    import random

    rng = random.Random(seed)
    words = sorted({w.strip(".,'").lower() for w in " ".join(STORY).split()})

    def sentence() -> str:
        return " ".join(rng.choice(words) for _ in range(rng.randint(14, 24))) + "."

    folder.mkdir(parents=True, exist_ok=True)
    for story in range(stories):
        title, body = sentence()[:48], [sentence() for _ in range(6)]
        for version in range(2):
            paragraphs = list(body)
            for k in (1, 4) if version else ():
                paragraphs[k] = paragraphs[k].replace(paragraphs[k].split()[3], "CHANGED", 1)
            text = "\n\n".join((title, *paragraphs)) + "\n"
            (folder / f"story{story:03d}_v{version}.txt").write_text(text)
    return folder


def hold_grouping(monkeypatch, held: bool = True) -> threading.Event:  # type: ignore[no-untyped-def]
    """Story grouping waits (``WAIT_MS`` at most) until the event returned is set: at once
    unless ``held``; clear it to hold the groupings started after."""
    from wirediff.core.stories import group_automatically
    from wirediff.ui.session import stories

    gate = threading.Event()
    if not held:
        gate.set()

    def waiting(documents, options=None, **kwargs):  # type: ignore[no-untyped-def]
        gate.wait(WAIT_MS / 1000)
        return group_automatically(documents, options, **kwargs)

    monkeypatch.setattr(stories, "group_automatically", waiting)
    return gate


def pair_named(window: MainWindow) -> tuple[str, str]:
    """The names of the files compared, left and right."""
    assert window.shown is not None
    return window.shown.left.path.name, window.shown.right.path.name


def levels_folder(folder: Path) -> Path:
    """A story of an agency's text (``APP_source.txt``, its base) and a copy, an edited
    version and a rewrite of it, and an independent report of the same news: one document
    for each derivation level (the engine's test texts, written to ``folder``)."""
    from tests.core.stories.helpers import Writer, paraphrase, rewrite

    w = Writer(3)
    topic = w.topic()
    source = w.article(topic)
    texts = {
        "APP_source": source,
        "copy": source[:6],
        "edited": paraphrase(w, source, 6),
        "rewrite": rewrite(w, topic, source, range(1, 4)),
        "independent": w.article(topic),
    }
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in texts.items():
        (folder / f"{name}.txt").write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return folder


def generated_index(folder: Path, documents: int, texts: int) -> Path:
    """A stories index of ``documents`` generated documents written into ``folder``, the
    first ``texts`` of the list with files (the rest exist in the index only)."""
    pytest.importorskip("pyarrow")
    from wirediff.scale.synthetic import write_index

    write_index(folder / "stories.parquet", documents, folder / "texts", texts=texts)
    return folder / "stories.parquet"


def open_index(qtbot, window: MainWindow, index: Path) -> None:  # type: ignore[no-untyped-def]
    """File ▸ Open stories index… on ``index``, until its first pair is shown and the
    workers are done."""
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.commands.index.open(index)
    qtbot.waitUntil(lambda: not window.session.runner.busy(), timeout=WAIT_MS)


def folder_with_a_broken_file(sample_dir: Path, folder: Path) -> Path:
    """Two sample articles and a binary ``broken.txt`` (one problem) in ``folder``."""
    folder.mkdir()
    for path in sorted(sample_dir.glob("*.txt"))[:2]:
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02\xff\xfe\x00binary" * 50)
    return folder


def windows_run_gui_makes(monkeypatch, tmp_path: Path) -> list[MainWindow]:  # type: ignore[no-untyped-def]
    """The windows ``run_gui`` will make, on the test's settings and review store (not the
    user's), with no event loop run: ``run_gui`` returns once its window is up."""
    from wirediff.ui.shell import window as window_module

    made: list[MainWindow] = []

    def test_window() -> MainWindow:
        ini = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        made.append(MainWindow(Settings(ini), tmp_path / "store.sqlite3"))
        return made[-1]

    monkeypatch.setattr(window_module, "MainWindow", test_window)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: 0))
    return made


def run_unprivileged(imports: str, body: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run the Python code ``body`` (with ``args`` in sys.argv) in a process without root's
    rights (as nobody when run as root, who may read and search any folder), on this
    checkout's wirediff; ``imports`` run before the rights are dropped (nobody may not read
    the interpreter's own modules)."""
    drop = "import os\nif os.getuid() == 0: os.setgid(65534); os.setuid(65534)\n"
    gui = Path(__file__).resolve().parents[2] / "gui"
    env = {**os.environ, "PYTHONPATH": str(gui), "QT_QPA_PLATFORM": "offscreen"}
    command = [sys.executable, "-c", imports + drop + body, *args]
    return subprocess.run(command, capture_output=True, text=True, env=env)


def drawn(view: QTreeWidget, column: int) -> list[str]:
    """The texts ``column``'s cells are drawn with at the list's size now, row by row, as
    its ``PiecesCut`` or ``TwoLines`` delegate gives them to the style; each of their lines
    (U+2028 apart) fits its cell (the style cuts nothing more off its end)."""
    delegate = view.itemDelegateForColumn(column) or view.itemDelegate()
    assert isinstance(delegate, PiecesCut | TwoLines)
    seen: dict[int, str] = {}
    shown = delegate.shown

    def record(option: QStyleOptionViewItem, index: QModelIndex) -> str:
        text = shown(option, index)
        for line in text.split(LINE_SEPARATOR):
            assert option.fontMetrics.horizontalAdvance(line) < option.rect.width(), text
        seen[index.row()] = text
        return text

    delegate.shown = record  # type: ignore[method-assign]
    try:
        view.viewport().grab()
    finally:
        del delegate.shown
    return [seen[row] for row in range(view.topLevelItemCount())]


def shown_heat_map(qtbot, index: StoryIndex, docs: Iterable[int]) -> HeatMap:  # type: ignore[no-untyped-def]
    """A heat map of ``docs`` of ``index``, shown at its size."""
    widget = HeatMap()
    qtbot.addWidget(widget)
    widget.set_matrix(index, index.matrix(docs))
    widget.resize(widget.sizeHint())
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def press(
    qtbot, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    """A key where the keyboard is, as the user presses it."""
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifier)


@contextmanager
def large_font(points: int = 20) -> Iterator[None]:
    """The application's font at ``points`` (a large font or scale), the old one back after."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.font()
    big = QFont(before)
    big.setPointSize(points)
    app.setFont(big)
    try:
        yield
    finally:
        app.setFont(before)


MOVED_PARAS = [  # the second moves to the end in ``write_moved_pair``'s right text
    "The minister arrived in Baghdad on Monday for two days of talks with officials.",
    "Security forces closed several roads around the green zone before the visit began.",
    "The talks focused on the future of the coalition mission and on training programmes.",
    "Analysts said the agreement would change little on the ground in the coming months.",
    "A joint statement is expected at the end of the visit, according to the embassy.",
]


def write_moved_pair(folder: Path) -> list[Path]:
    """a.txt and b.txt in ``folder``: five paragraphs, the second moved to the end in b."""
    left, right = folder / "a.txt", folder / "b.txt"
    left.write_text("\n\n".join(MOVED_PARAS), encoding="utf-8")
    p = MOVED_PARAS
    right.write_text("\n\n".join([p[0], p[2], p[3], p[4], p[1]]), encoding="utf-8")
    return [left, right]
