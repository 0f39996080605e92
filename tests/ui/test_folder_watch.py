"""The open folder changing on disk: the bar that offers a reload, Reload and Dismiss."""

from __future__ import annotations

import json
import logging
import os
import shutil
import threading
from collections.abc import Callable
from html import escape
from pathlib import Path

import pytest
from PySide6.QtCore import QFileSystemWatcher, QPoint, Qt

from tests.ui.helpers import (
    WAIT_MS,
    large_font,
    open_and_settle,
    open_and_wait,
    run_unprivileged,
)
from wirediff.core.reading import Changes, Problem, load_paths, registry
from wirediff.ui.panels.change_bar import ChangeBar, describe
from wirediff.ui.panels.problems import heading
from wirediff.ui.session import folder_watch
from wirediff.ui.session.folder_watch import FolderWatch
from wirediff.ui.session.loading import keep_pair
from wirediff.ui.shell.window import MainWindow


@pytest.fixture
def folder(tmp_path: Path, sample_paths: list[Path]) -> Path:
    """Three of the sample articles in a folder of their own, beside a file outside it."""
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sample_paths[:3]:
        shutil.copy(path, folder / path.name)
    (tmp_path / "outside.txt").write_text("A file next to the folder, not in it.\n")
    return folder


def watch(window: MainWindow) -> FolderWatch:
    return window.session.loading.watch


def counts(added: int = 0, removed: int = 0, modified: int = 0):  # type: ignore[no-untyped-def]
    """A waitSignal check: the Changes emitted have exactly these counts."""
    return lambda changes: (
        (len(changes.added), len(changes.removed), len(changes.modified))
        == (
            added,
            removed,
            modified,
        )
    )


def test_describe_names_the_counts() -> None:
    a, b, c = Path("a.txt"), Path("b.txt"), Path("c.txt")
    text = describe(Changes(added=[a, b], removed=[], modified=[c]), one_folder=True)
    assert text == (
        "3 files changed in the folder since it was loaded (2 added, 1 modified): "
        "a.txt, b.txt, c.txt. Reload?"
    )
    text = describe(Changes(added=[], removed=[a], modified=[]), one_folder=False)
    assert text == "1 file changed since the files were loaded (1 removed): a.txt. Reload?"


def test_keep_pair_keeps_what_remains() -> None:
    a, b, c, d = (Path(n) for n in ("a", "b", "c", "d"))
    assert keep_pair([a, b, c], c, a) == (2, 0)
    assert keep_pair([a, b, c], b, d) == (1, 0)  # selection gone: first other document
    assert keep_pair([a, b, c], d, b) == (0, 1)  # base gone: the default pair
    assert keep_pair([a], a, None) == (0, None)
    assert keep_pair([a, b], b, b) == (1, 1)  # the base itself was selected


def test_keep_pair_finds_a_document_renamed_by_its_text() -> None:
    a, b, c, d, e = (Path(n) for n in ("a", "b", "c", "d", "e"))
    texts = ["one", "two", "three"]
    assert keep_pair([a, b, c], a, d, texts, "one", "three") == (0, 2)  # d is c now
    assert keep_pair([a, b, c], d, e, texts, "two", "one") == (1, 0)  # both renamed
    assert keep_pair([a, b, c], a, b, texts, "one", "edited") == (0, 1)  # the path wins
    assert keep_pair([a, b, c], d, e, texts, "gone", "one") == (0, 1)  # base gone: default
    assert keep_pair([a, b], a, d, ["same", "same"], "same", "same") == (0, 1)  # the other


def test_new_and_modified_files_offer_a_reload(
    qtbot, window: MainWindow, folder: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    open_and_settle(qtbot, window, [folder])
    assert len(window.documents) == 3 and not window.change_bar.isVisible()
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):  # Down, then b: base is 2
        qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_B)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):  # Up: compare 1 with it
        qtbot.keyClick(view, Qt.Key.Key_Up)
    base, other = (window.documents[i].path for i in (2, 1))
    assert (window.base, window.other) == (2, 1)

    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(1, 0, 1)):
        shutil.copy(sample_paths[3], folder / "000-new.txt")  # sorts first: indices shift
        with (folder / sample_paths[0].name).open("a", encoding="utf-8") as f:
            f.write("\nA correction was appended to this article.\n")
    assert window.change_bar.isVisible()
    text = window.change_bar.label.text()
    assert text.startswith("2 files changed in the folder") and "(1 added, 1 modified)" in text

    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_F5)  # the Reload folder action
    assert window.documents[0].path.name == "000-new.txt"
    assert len(window.doc_list.visible_order()) == 4
    assert not window.change_bar.isVisible()
    assert window.documents[window.base or 0].path == base  # same base, at its new index
    assert window.shown is not None and window.shown.right.path == other
    assert "A correction was appended" in window.documents[1].text


def test_the_bar_names_the_files_and_says_first_that_the_document_on_screen_changed(
    qtbot, window: MainWindow, folder: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """The bar said "2 files changed in the folder since it was loaded (1 added, 1
    modified). Reload?", not which, not even that the document on the left was one (a
    big-folder walkthrough, finding 9)."""
    open_and_settle(qtbot, window, [folder])
    bar, label = window.change_bar, window.change_bar.label
    window.resize(1600, 900)
    assert window.shown is not None
    right = window.shown.right.path
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(1, 0, 1)):
        (folder / "late").mkdir()
        shutil.copy(sample_paths[3], folder / "late" / "floods.txt")
        with right.open("a", encoding="utf-8") as f:
            f.write("\nA correction was appended to this article.\n")
    assert bar.isVisible()
    said = label.accessibleDescription()
    assert said == (
        "The document on the right changed. 2 files changed in the folder since it was "
        f"loaded (1 added, 1 modified): {right.name}, late/floods.txt. Reload?"
    )
    qtbot.waitUntil(lambda: label.text() == said)  # (room enough for all of it)
    assert "Added: late/floods.txt" in label.toolTip()
    assert f"Modified: {right.name}" in label.toolTip()

    # Another pair on screen: the bar follows it
    view = window.doc_list.view
    view.setFocus()
    for _ in range(len(window.documents)):
        if right not in (window.shown.left.path, window.shown.right.path):
            break
        with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
            qtbot.keyClick(view, Qt.Key.Key_Down)
    assert right not in (window.shown.left.path, window.shown.right.path)
    assert label.accessibleDescription().startswith("2 files changed in the folder")

    # Many files: three named, the others counted (the tooltip lists more of them)
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(6, 0, 1)):
        for n in range(5):
            (folder / "late" / f"take{n}.txt").write_text(f"Take {n} of the story.\n")
    said = label.accessibleDescription()
    assert said.endswith(
        "(6 added, 1 modified): late/floods.txt, late/take0.txt, late/take1.txt and 4 more. Reload?"
    ), said
    assert "late/take4.txt" in label.toolTip() and "late/take4.txt" not in said


def test_a_change_outside_the_folder_does_not_count(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_settle(qtbot, window, [folder])
    outside = folder.parent / "outside.txt"
    assert str(outside) not in window.session.loading.watch.watched()
    assert str(folder.parent) in window.session.loading.watch.watched()  # for its renaming
    with (
        qtbot.assertNotEmitted(window.session.loading.watch.changed),
        qtbot.waitSignal(window.session.loading.watch.checked, timeout=WAIT_MS) as look,
    ):
        outside.write_text("Changed, but not in the loaded folder.\n")
        (folder.parent / "sibling").mkdir()
        (folder.parent / "sibling" / "new.txt").write_text("Not in the loaded folder.\n")
        (folder / ".hidden.txt").write_text("Hidden files are not loaded, so not changes.\n")
    assert not look.args[0]  # the look after the hidden file found nothing that counts
    assert not window.change_bar.isVisible()
    inside = sorted(folder.glob("*.txt"))[1]
    with qtbot.waitSignal(window.session.loading.watch.changed, timeout=WAIT_MS) as found:
        inside.write_text("Rewritten.\n", encoding="utf-8")
    assert found.args[0] == Changes(added=[], removed=[], modified=[inside])


def test_dismiss_hides_the_bar_until_the_next_change(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_settle(qtbot, window, [folder])
    first, second = sorted(folder.glob("*.txt"))[:2]
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(0, 1)):
        first.unlink()
    assert "1 file changed" in window.change_bar.label.text() and "(1 removed)" in (
        window.change_bar.label.text()
    )
    window.change_bar.dismiss_button.setFocus()
    qtbot.keyClick(window.change_bar.dismiss_button, Qt.Key.Key_Space)
    assert not window.change_bar.isVisible()
    with (  # nothing new: the bar stays hidden
        qtbot.assertNotEmitted(window.session.loading.watch.changed),
        qtbot.waitSignal(window.session.loading.watch.checked, timeout=WAIT_MS),
    ):
        (folder / ".lock").write_text("not an article\n")
    assert not window.change_bar.isVisible()
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(0, 1, 1)):
        second.write_text("Edited after the dismiss.\n", encoding="utf-8")
    assert window.change_bar.isVisible()
    assert "(1 removed, 1 modified)" in window.change_bar.label.text()
    window.change_bar.reload_button.setFocus()
    qtbot.keyClick(window.change_bar.reload_button, Qt.Key.Key_Escape)  # Esc in the bar too
    assert not window.change_bar.isVisible()


def test_reload_button_keeps_a_record_of_a_multi_article_file(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "feed"
    folder.mkdir()
    records = [
        {"title": f"Story {i}", "text": f"Article number {i} says {i * 'more '}."}
        for i in (1, 2, 3)
    ]
    feed = folder / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    open_and_settle(qtbot, window, [folder])
    assert len(window.documents) == 3
    window.doc_list.select(2)
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(0)
    base = window.documents[2].path
    assert base.name.startswith("feed.jsonl#")
    new = {"title": "Story 4", "text": "A record added at the end of the feed."}
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(0, 0, 1)):
        feed.write_text("\n".join(json.dumps(r) for r in [*records, new]) + "\n", encoding="utf-8")
    button = window.change_bar.reload_button
    button.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(button, Qt.Key.Key_Space)
    assert len(window.documents) == 4
    assert window.base is not None and window.documents[window.base].path == base


def test_reload_with_nothing_open_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert window.status_label.text() == "Nothing to reload: open a folder first"


def test_problems_show_reason_and_hint(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    (folder / "empty.txt").write_bytes(b"")
    open_and_settle(qtbot, window, [folder])
    problem = next(p for p in load_paths([folder]).problems if p.path.name == "empty.txt")
    line = next(line for line in window.problems.lines() if line.startswith("empty.txt: "))
    assert problem.reason in line and problem.hint and problem.hint in line
    assert window.problems.heading.text() == "1 item could not be read and was skipped:"
    assert heading(2) == "2 items could not be read and were skipped:"


def test_problems_of_one_name_say_their_folders(qtbot, window: MainWindow, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Two .DS_Store rows looked the same (an archivist's export had one in each folder)."""
    for sub in ("2024", "2025"):
        (folder / sub).mkdir()
        (folder / sub / "notes.txt").write_bytes(b"")
    (folder / "alone.txt").write_bytes(b"")
    open_and_settle(qtbot, window, [folder])
    shown = sorted(line.split(":")[0] for line in window.problems.lines())
    assert shown == ["2024/notes.txt", "2025/notes.txt", "alone.txt"]


def test_a_problem_is_named_by_its_path_in_the_folder(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """A problem's name alone named one of several: "m01: folder not readable" of four
    folders m01, "story.txt: empty file" where a document had that name too, and the loop
    link ``sub/up`` was "up" (``wirediff stories .`` said "sub/up"). Found by fuzzing."""
    for year in ("y2020", "y2023"):
        (folder / year / "m01").mkdir(parents=True)
    shutil.copy(next(folder.glob("*.txt")), folder / "y2020" / "m01" / "story.txt")
    (folder / "y2023" / "m01" / "story.txt").write_bytes(b"")
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to("..")
    open_and_settle(qtbot, window, [folder])
    shown = [line.split(" — ")[0] for line in window.problems.lines()]
    assert shown == [
        "sub/up: link to a folder already loaded, skipped",
        "y2023/m01/story.txt: empty file",
    ]
    # Several paths opened: from their parent, so that one tells which.
    panel = window.problems
    problems = load_paths([folder]).problems
    panel.set_problems(problems, [folder, folder.parent / "outside.txt"])
    assert [line.split(":")[0] for line in panel.lines()] == [
        "articles/sub/up",
        "articles/y2023/m01/story.txt",
    ]
    panel.set_problems([Problem(folder, "folder vanished during loading")], [folder])
    assert panel.lines() == ["articles: folder vanished during loading"]


@pytest.mark.parametrize("pinned", [True, False])
def test_a_reload_never_pins_a_document_the_user_did_not_pin(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path, pinned: bool
) -> None:  # type: ignore[no-untyped-def]
    """The pinned document (or the pair's left side) deleted, then F5: the first document
    came back pinned on the left of every story (or for another story's version), which
    the user never asked for; now the folder opens as it would afresh. Found by fuzzing."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    open_and_settle(qtbot, window, [folder])
    if pinned:  # 002 (Sputnik) held on the left for every story
        pin_sputnik(qtbot, window)
    assert window.shown is not None
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS):
        window.shown.left.path.unlink()
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.shown is not None, timeout=WAIT_MS)
    qtbot.wait(300)  # (the comparison the grouping asks for, if any)
    assert window.session.selection.pinned is None


def pin_sputnik(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Select 002 and press b until it is held on the left for every story."""
    names = [d.path.name for d in window.documents]
    window.doc_list.select(names.index(next(n for n in names if n.startswith("002"))))
    while window.session.selection.pinned is None:
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    assert window.session.selection.pinned.story is None  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: window.shown is not None and window.shown.left.path.name.startswith("002"),
        timeout=WAIT_MS,
    )


def test_a_reload_keeps_the_base_chosen_in_the_flat_list(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """Ungrouped, b puts the selection on the left facing the old base; F5 showed the
    selection alone (nothing faced it any more)."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    window.actions_["group_stories"].setChecked(False)
    open_and_settle(qtbot, window, [folder])
    names = [d.path.name for d in window.documents]
    window.doc_list.select(names.index(next(n for n in names if n.startswith("002"))))
    qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    qtbot.waitUntil(
        lambda: window.shown is not None and window.shown.left.path.name.startswith("002"),
        timeout=WAIT_MS,
    )
    before = (window.shown.left.path, window.shown.right.path)
    with qtbot.waitSignal(window.session.loaded, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.shown is not None, timeout=WAIT_MS)
    qtbot.wait(300)
    assert (window.shown.left.path, window.shown.right.path) == before


def test_a_renamed_folder_offers_to_open_it_under_its_new_name(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """A rename says nothing inside the folder: its parent tells. The bar names the new
    name and opens the folder there; renamed back, the bar goes."""
    open_and_settle(qtbot, window, [folder])
    bar, folder_watch = window.change_bar, watch(window)
    renamed = folder.with_name("articles (edited)")
    with qtbot.waitSignal(folder_watch.moved, timeout=WAIT_MS) as moved:
        folder.rename(renamed)
    assert moved.args == [folder, renamed]
    assert bar.isVisible() and bar.reload_button.isVisible()
    assert bar.label.text() == (
        "The folder “articles” was renamed “articles (edited)”. What was read stays open here."
    )
    assert len(window.documents) == 3  # still open, from memory
    with qtbot.waitSignal(folder_watch.checked, timeout=WAIT_MS) as look:
        renamed.rename(folder)
    assert not look.args[0] and not bar.isVisible()
    folder.rename(renamed)
    qtbot.waitUntil(bar.isVisible, timeout=WAIT_MS)
    bar.setFocus()
    qtbot.keyClick(bar.reload_button, Qt.Key.Key_Space)  # "Open it there"
    qtbot.waitUntil(
        lambda: (
            len(window.documents) == 3 and all(d.path.parent == renamed for d in window.documents)
        ),
        timeout=WAIT_MS,
    )
    assert not bar.isVisible()


def test_a_folder_moved_away_says_so_with_nothing_to_reload(
    qtbot, window: MainWindow, folder: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_settle(qtbot, window, [folder])
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    with qtbot.waitSignal(watch(window).moved, timeout=WAIT_MS) as moved:
        folder.rename(elsewhere / "articles")
    assert moved.args == [folder, None]
    bar = window.change_bar
    assert bar.label.text().startswith("The folder “articles” is gone (moved or deleted).")
    assert bar.isVisible() and not bar.reload_button.isVisible()


def test_changes_beside_the_folder_are_not_looked_at(
    qtbot, window: MainWindow, folder: Path
) -> None:  # type: ignore[no-untyped-def]
    """The parent is watched for the folder's renaming only: its busy neighbours (a
    Downloads folder) cost no look at the loaded files."""
    open_and_settle(qtbot, window, [folder])
    with qtbot.assertNotEmitted(watch(window).checked, wait=1500):
        for n in range(5):
            (folder.parent / f"download-{n}.part").write_text("bytes\n")
        (folder.parent / "download-0.part").rename(folder.parent / "download-0.zip")


def test_a_folder_holding_only_folders_tells_of_new_files(
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """archive/2021 holds only 07/: it was never watched, so a new month beside 07/ and a
    file in 2021/ itself went unnoticed. Found by fuzzing."""
    root = tmp_path / "archive"
    month = root / "2021" / "07"
    month.mkdir(parents=True)
    for path in sample_paths[:3]:
        shutil.copy(path, month / path.name)
    open_and_settle(qtbot, window, [root])
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(1)):
        (root / "2021" / "08").mkdir()
        shutil.copy(sample_paths[3], root / "2021" / "08" / "new.txt")
    qtbot.waitUntil(watch(window).idle, timeout=WAIT_MS)
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(2)):
        shutil.copy(sample_paths[4], root / "2021" / "late.txt")
    assert "(2 added)" in window.change_bar.label.text()


@pytest.mark.parametrize("swap", ["folder", "link"])
def test_a_folder_swapped_at_its_path_is_watched_there(
    qtbot, window: MainWindow, tmp_path: Path, sample_paths: list[Path], swap: str
) -> None:  # type: ignore[no-untyped-def]
    """``mv news news.bak; mkdir news`` (what export and sync tools do), or a link pointed at
    another folder: the watch stayed on the old folder, which woke it, and the new one at the
    path said nothing. Found by fuzzing."""
    first, second = tmp_path / "v1", tmp_path / "v2"
    for made in (first, second):
        made.mkdir()
    for path in sample_paths[:3]:
        shutil.copy(path, first / path.name)
    shutil.copy(sample_paths[3], second / "new.txt")
    opened = tmp_path / "news"
    if swap == "link":
        opened.symlink_to(first)
    else:
        first.rename(opened)
    open_and_settle(qtbot, window, [opened])
    old = tmp_path / "news.old"
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(1, 3)):
        opened.rename(old)  # the link itself, or the folder
        if swap == "link":
            opened.symlink_to(second)
        else:
            second.rename(opened)
    qtbot.waitUntil(watch(window).idle, timeout=WAIT_MS)
    with qtbot.assertNotEmitted(watch(window).checked, wait=1500):  # the old one is not open
        (old / "late.txt").write_text("Written in the folder that was swapped out.\n")
        with (old / sample_paths[0].name).open("a", encoding="utf-8") as f:
            f.write("\nEdited in the folder that was swapped out.\n")
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(2, 3)):
        (opened / "added.txt").write_text("A second article in the folder now at the path.\n")


def test_paths_the_system_will_not_watch_are_not_offered_again(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """At the system's cap on watches (fs.inotify.max_user_watches) the watcher refuses
    paths; every look offered it all of them again (a failing call and a warning each)."""
    offered: list[str] = []

    class Capped(QFileSystemWatcher):
        def addPaths(self, paths: list[str]) -> list[str]:
            offered.extend(paths)
            room = max(0, 3 - len(self.directories()) - len(self.files()))
            refused = super().addPaths(paths[:room]) if room else []
            return [*refused, *paths[room:]]

    monkeypatch.setattr(folder_watch, "QFileSystemWatcher", Capped)
    open_and_settle(qtbot, window, [folder])  # the folder, its parent and one file watched
    assert len(watch(window).watched()) == 3
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(1)):
        (folder / "new.txt").write_text("Added at the cap.\n")
    qtbot.waitUntil(watch(window).idle, timeout=WAIT_MS)
    assert len(offered) == len(set(offered)) == 6  # the new file offered once, as the rest


def test_a_path_refused_for_its_permissions_is_not_blamed_on_the_limit(
    qtbot,
    window: MainWindow,
    folder: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:  # type: ignore[no-untyped-def]
    """inotify refuses a path the user may not read; the warning said the system's limit on
    watches might be reached, sending the user to raise a limit that was not the cause."""
    barred = str(next(folder.iterdir()))

    class Strict(QFileSystemWatcher):
        def addPaths(self, paths: list[str]) -> list[str]:
            kept = [p for p in paths if p != barred]
            return [*super().addPaths(kept), *(p for p in paths if p == barred)]

    real_access = os.access
    monkeypatch.setattr(folder_watch, "QFileSystemWatcher", Strict)
    monkeypatch.setattr(
        folder_watch.os, "access", lambda p, mode: p != barred and real_access(p, mode)
    )
    with caplog.at_level(logging.WARNING, logger=folder_watch.__name__):
        open_and_settle(qtbot, window, [folder])
        qtbot.waitUntil(watch(window).idle, timeout=WAIT_MS)
    (said,) = [r.getMessage() for r in caplog.records if "cannot be watched" in r.getMessage()]
    assert "1 not readable (permission denied: " in said and Path(barred).name in said
    assert "limit" not in said


def test_a_folder_deleted_while_it_is_read_is_told_gone_and_its_return_noticed(
    qtbot,
    window: MainWindow,
    tmp_path: Path,
    sample_paths: list[Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    """Moved away while it was read, the folder was watched as loose files: the bar counted
    the files never read as removed and offered a Reload that could only empty the window,
    and nothing was watched after. Found by fuzzing."""
    folder, away = tmp_path / "big", tmp_path / "elsewhere" / "big"
    folder.mkdir()
    away.parent.mkdir()
    for n in range(40):
        shutil.copy(sample_paths[n % len(sample_paths)], folder / f"{n:03}.txt")
    read, lock, reads = registry.read_bytes, threading.Lock(), [0]

    def read_then_move_away(path: Path, max_bytes: int) -> bytes:
        with lock:  # another program moves the folder away after the 5th file
            reads[0] += 1
            if reads[0] == 5:
                folder.rename(away)
        return read(path, max_bytes)

    monkeypatch.setattr(registry, "read_bytes", read_then_move_away)
    with qtbot.waitSignal(watch(window).moved, timeout=WAIT_MS) as moved:
        window.open_paths([folder])
    monkeypatch.undo()
    assert moved.args == [folder, None]
    bar = window.change_bar
    assert bar.label.text() == (
        "The folder “big” is gone (moved or deleted). What was read stays open here."
    )
    assert bar.isVisible() and not bar.reload_button.isVisible()
    qtbot.waitUntil(watch(window).idle, timeout=WAIT_MS)
    unread = 40 - len(window.documents)  # moved away before they were read
    assert 0 < unread < 40
    # It comes back as it was: the files never read are news (they counted as unchanged).
    with qtbot.waitSignal(
        watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(modified=unread)
    ):
        away.rename(folder)
    assert bar.isVisible() and bar.reload_button.isVisible()
    qtbot.waitUntil(watch(window).idle, timeout=WAIT_MS)
    with qtbot.waitSignal(
        watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(1, modified=unread)
    ):
        (folder / "new.txt").write_text("Added once the folder was back.\n")


def lock(monkeypatch: pytest.MonkeyPatch, *paths: Path) -> set[str]:
    """Make ``paths`` unreadable as chmod 000 does for a user (not for root, which these
    tests may run as): listing them fails with permission denied, ``os.access`` says no and
    the watcher refuses them, while the returned set holds them (clear it to unlock)."""
    locked = {str(p) for p in paths}
    real_scandir, real_access = os.scandir, os.access

    def scandir(path: str | Path = ".") -> object:
        if str(path) in locked:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    def access(path: str | Path, mode: int, **kw: object) -> bool:
        return str(path) not in locked and real_access(path, mode, **kw)  # type: ignore[arg-type]

    class Strict(QFileSystemWatcher):  # inotify needs read permission
        def addPaths(self, paths: list[str]) -> list[str]:
            kept = [p for p in paths if p not in locked]
            return [*super().addPaths(kept), *(p for p in paths if p in locked)]

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "access", access)
    monkeypatch.setattr(folder_watch, "QFileSystemWatcher", Strict)
    return locked


def test_a_folder_made_unreadable_is_said_so_and_a_reload_keeps_what_is_open(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """chmod 000 on the open folder: the bar said "3 removed", and Reload replaced what was
    open with an empty window, where a folder that is gone keeps it. Found by a tester."""
    open_and_settle(qtbot, window, [folder])
    shown, bar = window.shown, window.change_bar
    locked = lock(monkeypatch, folder)
    try:
        with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS) as found:
            folder.chmod(0)  # (the event; the lock is what bites, even for root)
        changes = found.args[0]
        assert changes.unreadable == {folder: "permission denied"} and not changes.removed
        assert bar.label.text() == (
            "The folder “articles” cannot be read (permission denied). "
            "What was read stays open here."
        )
        assert bar.isVisible() and not bar.reload_button.isVisible()
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
        assert window.status_label.text() == (
            "The folder “articles” cannot be read (permission denied): nothing reloaded; "
            "what was read stays open"
        )
        assert not window.session.loading.reading()
        assert len(window.documents) == 3 and window.shown is shown
        locked.clear()
        with qtbot.waitSignal(watch(window).checked, timeout=WAIT_MS) as look:
            folder.chmod(0o755)
    finally:
        folder.chmod(0o755)
    assert not look.args[0] and not bar.isVisible()  # readable again, as it was loaded


def test_a_folder_opened_unreadable_is_noticed_once_it_can_be_read(
    qtbot, window: MainWindow, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    """Read while it could not be (its permissions gone), the folder was refused by the
    watcher and never offered again, and its parent's events did not count as it was
    there: its permissions coming back went unnoticed. Found by a tester."""
    locked = lock(monkeypatch, folder)
    try:
        folder.chmod(0)
        open_and_wait(qtbot, window, [folder], compare=False)
        qtbot.waitUntil(watch(window).idle, timeout=WAIT_MS)
        assert not window.documents and str(folder) not in watch(window).watched()
        locked.clear()
        with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS, check_params_cb=counts(3)):
            folder.chmod(0o755)  # its parent tells (the folder itself is not watched)
    finally:
        folder.chmod(0o755)
    bar = window.change_bar
    assert bar.isVisible() and bar.reload_button.isVisible()
    assert "(3 added): " in bar.label.text()
    qtbot.waitUntil(lambda: str(folder) in watch(window).watched(), timeout=WAIT_MS)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(bar.reload_button, Qt.Key.Key_Space)
    assert len(window.documents) == 3


def test_describe_says_which_folders_cannot_be_read() -> None:
    a, b = Path("news/a.txt"), Path("news/drafts")
    barred = Changes([], [], [], {b: "permission denied"})
    assert describe(barred, True) == (
        "The folder “drafts” cannot be read (permission denied). What was read stays open here."
    )
    both = Changes([a], [], [], {b: "permission denied", Path("x"): "Input/output error"})
    assert describe(both, True) == (
        "2 folders cannot be read (Input/output error, permission denied): drafts, x. "
        "1 file changed in the folder since it was loaded (1 added): a.txt. Reload?"
    )
    # By their paths in the folder opened: "m01" was one of four (y2020/m01 … y2023/m01).
    deep = Changes([], [], [], {Path("news/y2023/m01"): "permission denied"})
    assert describe(deep, True, [Path("news")]) == (
        "The folder “y2023/m01” cannot be read (permission denied). What was read stays open here."
    )
    assert describe(barred, True, [Path("news")]).startswith("The folder “drafts” cannot")
    root = Changes([], [], [], {Path("news"): "permission denied"})
    assert describe(root, True, [Path("news")]) == (
        "The folder “news” cannot be read (permission denied). What was read stays open here."
    )
    two = Changes([], [], [], {Path("news/y2023/m01"): "permission denied", b: "permission denied"})
    assert describe(two, True, [Path("news")]).startswith(
        "2 folders cannot be read (permission denied): y2023/m01, drafts."
    )


@pytest.mark.parametrize("where", ["drafts/politico-translation.txt", "renamed.txt"])
def test_the_document_on_screen_renamed_or_moved_stays_on_screen_after_a_reload(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path, where: str
) -> None:  # type: ignore[no-untyped-def]
    """The file on screen moved into a subfolder (or renamed), then F5: its text was open
    under its new name (its review mark followed it, keyed by text) but another pair was
    shown, the pair being kept by path only. Found by a tester."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    open_and_settle(qtbot, window, [folder])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(3)
    assert window.shown is not None
    left, right = window.shown.left, window.shown.right
    moved = folder / where
    moved.parent.mkdir(exist_ok=True)
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS):
        right.path.rename(moved)
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.shown is not None, timeout=WAIT_MS)
    qtbot.wait(300)  # (the comparison the grouping asks for, if any)
    assert window.shown is not None
    assert (window.shown.left.path, window.shown.right.path) == (left.path, moved)
    assert window.documents[window.doc_list.selected() or 0].path == moved


@pytest.mark.parametrize("edit", ["another file", "the file on screen"])
def test_a_reload_keeps_the_place_in_a_pair_whose_texts_did_not_change(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path, edit: str
) -> None:  # type: ignore[no-untyped-def]
    """At change 12 of a long pair, another file of the folder changes and the user
    reloads: the same pair came back at its top with no current change, at every reload
    of a folder a sync tool keeps touching. Found by a tester."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    open_and_settle(qtbot, window, [folder])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(2)
    diff = window.diff
    diff.right.setFocus()
    for _ in range(12):
        qtbot.keyClick(diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    before = diff.place()
    assert before is not None and before.current == 11 and before.row > 0
    assert window.shown is not None
    pair = (window.shown.left.path, window.shown.right.path)
    others = sorted(p for p in folder.iterdir() if p not in pair)
    edited = pair[1] if edit == "the file on screen" else others[-1]
    with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS):
        edited.write_text(edited.read_text(encoding="utf-8") + "\nUpdated at 14:05.\n")
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        qtbot.keyClick(diff.right, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: window.shown is not None, timeout=WAIT_MS)
    qtbot.wait(300)  # (the comparison the grouping asks for, if any)
    assert window.shown is not None
    assert (window.shown.left.path, window.shown.right.path) == pair
    if edit == "the file on screen":  # another text: its own changes, from the top
        assert diff.current is None and diff.place() != before
    else:
        assert diff.place() == before and diff.current == 11
        assert window.changes.view.currentIndex().row() == 11  # the changes panel follows


def test_a_reload_keeps_a_pin_for_every_story_on_the_selected_document(
    qtbot, window: MainWindow, tmp_path: Path, sample_dir: Path
) -> None:  # type: ignore[no-untyped-def]
    """b on 002 (its own story's base) holds it on the left of every story, 002 still
    selected and facing the document it was compared with; F5 dropped the pin and the
    facing document (the restore only pinned a left side that was not the selection)."""
    folder = tmp_path / "news"
    shutil.copytree(sample_dir, folder)
    open_and_settle(qtbot, window, [folder])
    pin_sputnik(qtbot, window)
    assert window.shown is not None
    left, right = window.shown.left.path, window.shown.right.path
    for renamed in (False, True):  # as it was; then the pinned document renamed
        if renamed:
            with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS):
                left = left.rename(folder / "zz_renamed.txt")
        with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
            qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
        qtbot.waitUntil(lambda: window.shown is not None, timeout=WAIT_MS)
        qtbot.wait(300)
        pin = window.session.selection.pinned
        assert pin is not None and pin.story is None
        assert window.documents[pin.doc].path == left  # found by its text once renamed
        assert (window.shown.left.path, window.shown.right.path) == (left, right)


def test_a_folder_whose_parent_cannot_be_searched_cannot_be_read_and_is_not_gone() -> None:
    """chmod 000 on the parent of the open folder: the bar said the folder was gone (its
    files removed), and a path given there was "file not found". It is there, unreadable:
    a snapshot records it so, nothing is removed, and the path is "permission denied".
    Run in a child process without root's rights (root may search any folder)."""
    import tempfile

    top = Path(tempfile.mkdtemp())  # in /tmp: pytest's own folders only root may enter
    top.chmod(0o755)
    folder = top / "parent" / "articles"
    folder.mkdir(parents=True)
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"Article {n}: the same words here", encoding="utf-8")
    if os.getuid() == 0:
        for path in (folder.parent, folder, *folder.iterdir()):
            os.chown(path, 65534, 65534)
    imports = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from wirediff.core.reading import compare_snapshots, list_files, snapshot\n"
        "from wirediff.core.reading.listing import folder_identity\n"
        "from wirediff.ui.session.folder_look import gone_roots\n"
    )
    body = (
        "folder = sys.argv[1]\n"
        "before, roots = snapshot([folder]), {folder: folder_identity(folder)}\n"
        "os.chmod(os.path.dirname(folder), 0)\n"
        "try:\n"
        "    found = compare_snapshots(before, snapshot([folder]))\n"
        "    print(len(found.removed), list(found.unreadable.values()))\n"
        "    print(gone_roots(roots))\n"
        "    print([p.reason for p in list_files([Path(folder) / '0.txt'])[1]])\n"
        "finally:\n"
        "    os.chmod(os.path.dirname(folder), 0o755)\n"
    )
    try:
        out = run_unprivileged(imports, body, str(folder))
    finally:
        shutil.rmtree(top)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["0 ['permission denied']", "{}", "['permission denied']"]


def test_the_bar_says_it_shorter_in_a_narrow_window_at_a_large_font(
    qtbot, make_window: Callable[..., MainWindow], folder: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    """At 200% on a netbook (512 pixels wide) the bar's sentence wrapped to five lines and
    left one line of the diff. A re-check of a keyboard-only tester."""
    with large_font():
        window = make_window(resize=False)
        window.resize(512, 270)
        open_and_settle(qtbot, window, [folder])
        with qtbot.waitSignal(watch(window).changed, timeout=WAIT_MS):
            shutil.copy(sample_paths[3], folder / "000-new.txt")
            (folder / sample_paths[0].name).unlink()
        bar, label = window.change_bar, window.change_bar.label
        qtbot.waitUntil(lambda: bar.isVisible() and label.width() > 0)
        lines = label.fontMetrics().lineSpacing()
        qtbot.waitUntil(lambda: label.height() <= 2 * lines + 4)
        gone, new = sample_paths[0].name, "000-new.txt"  # (the one gone was on the left)
        whole = (
            "The document on the left was removed. 2 files changed in the folder since it was "
            f"loaded (1 added, 1 removed): {gone}, {new}. Reload?"
        )
        assert label.text() == "2 files changed. Reload?" and bar.height() < 3 * lines
        assert label.accessibleDescription() == whole
        assert escape(whole) in label.toolTip() and f"Added: {new}" in label.toolTip()
        window.resize(1600, 700)  # more room: the document on screen first
        left = "The document on the left was removed. 2 files changed"
        qtbot.waitUntil(lambda: label.text().startswith(left))

    alone = ChangeBar()  # too narrow for the buttons beside the sentence: under it
    qtbot.addWidget(alone)
    alone.show_changes(Changes(added=[folder], removed=[], modified=[]), one_folder=True)
    button = alone.reload_button
    alone.resize(10 * alone.fontMetrics().averageCharWidth(), 100)
    qtbot.waitUntil(lambda: button.mapTo(alone, QPoint()).y() >= alone.label.geometry().bottom())
    alone.resize(1000, 100)
    qtbot.waitUntil(lambda: button.mapTo(alone, QPoint()).y() < alone.label.geometry().bottom())
