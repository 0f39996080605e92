"""A folder opened again (another folder between, or the next start) opens on the pair last
compared in it, where the reader was in it while both texts are unchanged."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt

from tests.ui.helpers import (
    WAIT_MS,
    hold_grouping,
    levels_folder,
    open_and_wait,
    pair_named,
    settle,
    write_stories,
)
from wirediff.core.review import ReviewStore
from wirediff.core.review.folders import real
from wirediff.core.stories import describe
from wirediff.ui.common.settings import LAST_PAIRS, Settings
from wirediff.ui.diff.place import Place
from wirediff.ui.doclist.columns import LEVEL
from wirediff.ui.session import last_pair
from wirediff.ui.session.loading import KeptBase, KeptPlace, PairHint
from wirediff.ui.session.session import SAMPLE_PAIR_KEY, first_story_version
from wirediff.ui.shell.window import MainWindow


def go_to_change(qtbot, window: MainWindow, number: int) -> Place:  # type: ignore[no-untyped-def]
    diff = window.diff
    diff.right.setFocus()
    for _ in range(number):
        qtbot.keyClick(diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    place = diff.place()
    assert place is not None and place.current == number - 1 and place.row > 0
    return place


def shown(window: MainWindow) -> tuple[str, str]:
    assert window.shown is not None
    return window.shown.left.path.name, window.shown.right.path.name


def test_the_next_start_opens_a_folder_on_the_pair_and_the_place_left(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    first = make_window()
    open_and_wait(qtbot, first, [news])
    with qtbot.waitSignal(first.comparison_shown, timeout=WAIT_MS):
        first.doc_list.select(2)
    pair, place = shown(first), go_to_change(qtbot, first, 12)
    assert pair != ("000_95eef2de69d379ca.txt", "001_9961d6b741e39e46.txt")  # not the first
    first.close()

    again = make_window()
    open_and_wait(qtbot, again, [news])
    assert shown(again) == pair
    qtbot.waitUntil(lambda: again.diff.place() == place, timeout=WAIT_MS)
    assert again.changes.view.currentIndex().row() == 11  # the changes panel follows
    again.close()

    (news / pair[1]).write_text("Edited since.\n\n" + (news / pair[1]).read_text("utf-8"))
    edited = make_window()
    open_and_wait(qtbot, edited, [news])
    assert shown(edited) == pair  # the same pair, from its top: its text changed
    qtbot.wait(200)
    assert edited.diff.current is None


def test_the_changes_list_shows_the_change_gone_back_to_after_a_restart(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    """The diff outlined change 31 after a restart, and the changes list had it selected
    below its end, showing its top as if nothing were: the story panel, filled in above
    the list after it scrolled to the change, pushed the change out of sight. Found by a
    reviewer."""
    first = make_window()
    open_and_wait(qtbot, first, [news])
    changes = len(first.changes.rows.excerpts)
    first.diff.right.setFocus()
    qtbot.keyClick(first.diff.right, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    for _ in range(2):
        qtbot.keyClick(first.diff.right, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    place = first.diff.place()
    assert place is not None and place.current == changes - 3
    first.close()

    again = make_window()
    open_and_wait(qtbot, again, [news])
    qtbot.waitUntil(lambda: again.diff.place() == place, timeout=WAIT_MS)
    view = again.changes.view
    assert view.verticalScrollBar().maximum() > 0  # a list longer than the panel
    selected = view.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [place.current]
    row = view.visualRect(selected[0])
    assert row.top() >= 0 and row.bottom() < view.viewport().height()  # in sight


def test_the_sample_unpacked_anew_at_each_start_keeps_one_last_pair(
    qtbot,
    make_window: Callable[..., MainWindow],
    news: Path,
    sample_dir: Path,
    settings_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # type: ignore[no-untyped-def]
    """The one-file app unpacks the sample to a new temporary folder at each start: its
    last pair was kept under each one's path, never seen again, so that 50 starts pushed
    the user's folders' last pairs out of the 50 kept. It is kept under one key, and the
    next start's sample, wherever it is, opens on it."""
    first = make_window()
    open_and_wait(qtbot, first, [news])  # a folder of the user's
    with qtbot.waitSignal(first.comparison_shown, timeout=WAIT_MS):
        first.doc_list.select(3)
    kept_for_news = shown(first)
    first.close()
    pair = None
    for start in range(3):
        unpacked = tmp_path / f"_MEI{start}" / sample_dir.name
        shutil.copytree(sample_dir, unpacked)
        monkeypatch.setattr("wirediff.ui.session.session.sample_corpus", lambda u=unpacked: u)
        window = make_window()
        open_and_wait(qtbot, window, [unpacked])
        if pair is None:
            with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
                window.doc_list.select(2)
            pair = shown(window)
            assert pair != ("000_95eef2de69d379ca.txt", "001_9961d6b741e39e46.txt")
        else:
            assert shown(window) == pair  # where the last start's sample was left
        window.close()
    saved = QSettings(str(settings_path), QSettings.Format.IniFormat).value(LAST_PAIRS)
    assert set(json.loads(str(saved))) == {str(real(news)), SAMPLE_PAIR_KEY}
    again = make_window()
    open_and_wait(qtbot, again, [news])
    assert shown(again) == kept_for_news


def test_a_folder_opened_again_after_another_keeps_its_pair_and_pin(
    qtbot, window: MainWindow, news: Path, tmp_path: Path, sample_paths: list[Path]
) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other"
    other.mkdir()
    for path in sample_paths[:2]:
        (other / path.name).write_bytes(path.read_bytes())
    open_and_wait(qtbot, window, [news])
    names = [d.path.name for d in window.documents]
    window.doc_list.select(names.index(next(n for n in names if n.startswith("002"))))
    while window.session.selection.pinned is None:  # 002 on the left of every story
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    qtbot.waitUntil(lambda: shown(window)[0].startswith("002"), timeout=WAIT_MS)
    pair = shown(window)
    open_and_wait(qtbot, window, [other])
    assert window.session.selection.pinned is None
    open_and_wait(qtbot, window, [news])
    qtbot.waitUntil(lambda: window.session.selection.pinned is not None, timeout=WAIT_MS)
    pin = window.session.selection.pinned
    assert pin is not None and pin.story is None
    assert window.documents[pin.doc].path.name.startswith("002")
    qtbot.waitUntil(lambda: shown(window) == pair, timeout=WAIT_MS)


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        json.dumps(["a list"]),
        json.dumps({"FOLDER": "text"}),
        json.dumps({"FOLDER": {"left": "../elsewhere.txt", "everywhere": False}}),
        json.dumps({"FOLDER": {"left": "/etc/passwd", "selected": None, "everywhere": True}}),
        json.dumps({"FOLDER": {"left": "gone.txt", "selected": 7, "everywhere": "yes"}}),
        json.dumps({"FOLDER": {"left": "gone.txt", "selected": "x.txt", "everywhere": False}}),
    ],
)
def test_a_bad_or_stale_record_opens_the_folder_on_its_first_pair(
    qtbot, make_window: Callable[..., MainWindow], settings_path: Path, news: Path, stored: str
) -> None:  # type: ignore[no-untyped-def]
    settings_path.parent.mkdir(parents=True, exist_ok=True)
    store = QSettings(str(settings_path), QSettings.Format.IniFormat)
    store.setValue(LAST_PAIRS, stored.replace("FOLDER", str(real(news))))
    store.sync()
    window = make_window()
    open_and_wait(qtbot, window, [news])
    assert shown(window) == ("000_95eef2de69d379ca.txt", "001_9961d6b741e39e46.txt")


def test_a_record_names_only_paths_inside_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    place = KeptPlace("abc", False, Place(3, 40, 12, 90, 20))
    hint = PairHint(folder / "a.txt", folder / "sub" / "b.txt", facing=tmp_path / "c.txt")
    kept = last_pair.record(folder, hint)
    assert kept == {"left": "a.txt", "selected": "sub/b.txt", "facing": None, "everywhere": False}
    back = last_pair.hint_from(folder, json.loads(json.dumps(last_pair.record(
        folder, PairHint(folder / "a.txt", None, True, place=place)
    ))))  # fmt: skip
    assert back == PairHint(folder / "a.txt", None, True, place=place)
    assert last_pair.record(folder, PairHint(tmp_path / "a.txt", None)) is None
    bad_place = {"left": "a.txt", "everywhere": False, "place": {"texts": "abc", "row": -1}}
    assert last_pair.hint_from(folder, bad_place) == PairHint(folder / "a.txt", None)


def test_only_the_folders_left_last_are_remembered(settings_path: Path, tmp_path: Path) -> None:
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    for n in range(5):
        settings.remember_pair(tmp_path / str(n), {"left": f"{n}.txt"}, limit=3)
    settings.remember_pair(tmp_path / "2", {"left": "again.txt"}, limit=3)
    assert [settings.last_pair(tmp_path / str(n)) for n in range(5)] == [
        None, None, {"left": "again.txt"}, {"left": "3.txt"}, {"left": "4.txt"},
    ]  # fmt: skip
    settings.remember_pair(tmp_path / "2", None, limit=3)
    assert settings.last_pair(tmp_path / "2") is None


def chosen_base_window(  # type: ignore[no-untyped-def]
    qtbot, make_window: Callable[..., MainWindow], folder: Path
) -> tuple[MainWindow, dict[str, int]]:
    """A window on ``folder`` (``levels_folder``: APP_source the base of a story of four),
    grouped, its documents by name."""
    window = make_window()
    open_and_wait(qtbot, window, [folder])
    docs = {d.path.stem: i for i, d in enumerate(window.documents)}
    return window, docs


def story_base(window: MainWindow, doc: int) -> str:
    index = window.index
    assert index is not None
    story = index.story_of(doc)
    return window.documents[story.base].path.stem


def agrees_on_base(qtbot, window: MainWindow, docs: dict[str, int], base: str) -> None:  # type: ignore[no-untyped-def]
    """Every part of the window says ``base`` is the story's base: the index, the list's
    marks and levels, the story panel, the banner (said of the pair on screen)."""
    index = window.index
    assert index is not None
    story = index.story_of(docs["edited"])
    assert story.base == docs[base]
    assert story.base_overridden  # chosen by the user (b), as the panel's tooltip says
    marks = window.doc_list.cells.marks()
    assert [n for n, d in docs.items() if marks.get(d) == "◆"] == [base]
    assert window.session.selection.pinned is None  # no pin beside the story's own ◆
    cells = window.doc_list.cells
    others = [n for n in ("APP_source", "copy", "edited", "rewrite") if n != base]
    qtbot.waitUntil(lambda: all(cells.cell_text(docs[n], LEVEL) for n in others), timeout=WAIT_MS)
    assert cells.cell_text(docs[base], LEVEL) == ""  # a base has no level: it is the source
    panel = window.changes.story
    qtbot.waitUntil(lambda: panel.rows.get(docs[base], [""])[0].startswith("◆"), timeout=WAIT_MS)
    assert [d for d, cells in panel.rows.items() if cells[0].startswith("◆")] == [docs[base]]
    shown = window.shown
    assert shown is not None
    left, right = shown.pair
    expected = describe(index, left, right)
    qtbot.waitUntil(lambda: window.banner.text() == expected, timeout=WAIT_MS)


def choose_base(qtbot, window: MainWindow, doc: int) -> None:  # type: ignore[no-untyped-def]
    """Select ``doc`` in the list and press b."""
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(doc)
    window.doc_list.view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_B)
    settle(qtbot, window)


def test_a_base_chosen_with_b_comes_back_at_the_next_start(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """b on a version that was not its story's base, then another version read beside it:
    after a restart its story's base was the automatic one again, and the pair opened with
    the chosen document pinned on the left, beside the story's own ◆ — the list marked two
    bases, levels and the banner measured against the other one ("Edited version of
    APP_source" above a pane showing edited as the base). The chosen base is kept with the
    folder's last pair, and the story is grouped around it again."""
    folder = levels_folder(tmp_path / "levels")
    first, docs = chosen_base_window(qtbot, make_window, folder)
    assert story_base(first, docs["copy"]) == "APP_source"
    choose_base(qtbot, first, docs["edited"])
    agrees_on_base(qtbot, first, docs, "edited")
    with qtbot.waitSignal(first.comparison_shown, timeout=WAIT_MS):
        first.doc_list.select(docs["rewrite"])
    pair = shown(first)
    assert pair == ("edited.txt", "rewrite.txt")
    first.close()

    again, docs = chosen_base_window(qtbot, make_window, folder)
    assert shown(again) == pair
    agrees_on_base(qtbot, again, docs, "edited")
    assert again.doc_list.selected() == docs["rewrite"]


def test_a_base_chosen_with_b_and_left_selected_comes_back_facing_the_old_base(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """b, then the window closed at once (the chosen base selected, the old base beside
    it): the next start showed the same two documents, but the old base was the story's
    base again, the chosen one a version shown on its left."""
    folder = levels_folder(tmp_path / "levels")
    first, docs = chosen_base_window(qtbot, make_window, folder)
    choose_base(qtbot, first, docs["rewrite"])
    assert shown(first) == ("rewrite.txt", "APP_source.txt")
    first.close()

    again, docs = chosen_base_window(qtbot, make_window, folder)
    assert shown(again) == ("rewrite.txt", "APP_source.txt")
    agrees_on_base(qtbot, again, docs, "rewrite")
    assert again.doc_list.selected() == docs["rewrite"]


def test_a_base_an_older_wirediff_kept_in_its_settings_is_kept_as_a_correction(
    qtbot,
    make_window: Callable[..., MainWindow],
    tmp_path: Path,
    settings_path: Path,
    store_path: Path,
) -> None:  # type: ignore[no-untyped-def]
    """A wirediff of before kept a base chosen with b in its settings alone (the command
    line never had it): the next start keeps it with the folder's corrections, once; the
    record keeps no base since (the store has them)."""
    folder = levels_folder(tmp_path / "levels")
    first, docs = chosen_base_window(qtbot, make_window, folder)
    first.close()
    settings = Settings(QSettings(str(settings_path), QSettings.Format.IniFormat))
    key = str(real(folder))
    record = settings.last_pair(key)
    assert record is not None and "bases" not in record
    story = sorted(p.name for p in folder.iterdir())
    # (as a wirediff of before kept b on edited.txt, and the pair beside it)
    record.update(left="edited.txt", selected="rewrite.txt", facing=None)
    record["bases"] = [{"base": "edited.txt", "story": story}]
    settings.remember_pair(key, record, last_pair.MAX_FOLDERS)

    again, docs = chosen_base_window(qtbot, make_window, folder)
    agrees_on_base(qtbot, again, docs, "edited")
    (kept,) = again.session.corrections.kept()
    assert kept.describe() == "edited.txt is the base of its story"
    again.close()
    assert "bases" not in (settings.last_pair(key) or {})
    third, docs = chosen_base_window(qtbot, make_window, folder)
    agrees_on_base(qtbot, third, docs, "edited")
    assert len(third.session.corrections.kept()) == 1  # not kept twice
    with ReviewStore.open(store_path) as store:
        assert len(store.corrections(key)) == 1


def test_a_base_undone_stays_undone_through_a_reload_and_a_restart(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The reload's and the next start's record took the bases chosen from the index on
    screen, which had an undone base until its regrouping was done: it was kept again
    (found by a review)."""
    folder = levels_folder(tmp_path / "levels")
    window, docs = chosen_base_window(qtbot, make_window, folder)
    choose_base(qtbot, window, docs["edited"])
    (kept,) = window.session.corrections.kept()
    window.session.corrections.undo([kept.id])  # and at once, before it is grouped again:
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
    settle(qtbot, window)
    assert window.session.corrections.kept() == []
    assert story_base(window, docs["copy"]) == "APP_source"
    window.close()
    again, docs = chosen_base_window(qtbot, make_window, folder)
    assert again.session.corrections.kept() == []
    assert story_base(again, docs["copy"]) == "APP_source"


@pytest.mark.parametrize("renamed", [False, True])
def test_a_reload_keeps_a_base_chosen_with_b(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path, renamed: bool
) -> None:  # type: ignore[no-untyped-def]
    """F5 read the documents anew, and the story was grouped around its automatic base
    again, the chosen one pinned beside it; renamed meanwhile, the base is found by its
    text, as the pair is."""
    folder = levels_folder(tmp_path / "levels")
    window, docs = chosen_base_window(qtbot, make_window, folder)
    choose_base(qtbot, window, docs["edited"])
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.doc_list.select(docs["rewrite"])
    if renamed:
        (folder / "edited.txt").rename(folder / "edited-2.txt")
    with qtbot.waitSignal(window.stories_ready, timeout=WAIT_MS):
        qtbot.keyClick(window.doc_list.view, Qt.Key.Key_F5)
    settle(qtbot, window)
    docs = {d.path.stem.removesuffix("-2"): i for i, d in enumerate(window.documents)}
    qtbot.waitUntil(
        lambda: window.shown is not None and window.shown.pair == (docs["edited"], docs["rewrite"]),
        timeout=WAIT_MS,
    )
    agrees_on_base(qtbot, window, docs, "edited")


def test_a_record_keeps_the_chosen_bases_inside_its_folder(tmp_path: Path) -> None:
    folder = tmp_path / "news"
    inside = KeptBase(folder / "b.txt", (folder / "a.txt", folder / "b.txt", tmp_path / "x.txt"))
    outside = KeptBase(tmp_path / "c.txt", (folder / "a.txt",))
    hint = PairHint(folder / "b.txt", folder / "a.txt", bases=(inside, outside))
    kept = last_pair.record(folder, hint)
    assert kept is not None and kept["bases"] == [{"base": "b.txt", "story": ["a.txt", "b.txt"]}]
    back = last_pair.hint_from(folder, json.loads(json.dumps(kept)))
    assert back is not None and back.bases == (KeptBase(folder / "b.txt", inside.story[:2]),)
    bad = [
        {"base": "../b.txt", "story": []},
        {"base": "b.txt"},
        "b.txt",
        {"base": "c.txt", "story": [7]},
    ]
    back = last_pair.hint_from(folder, {**kept, "bases": bad})
    assert back is not None and back.bases == (KeptBase(folder / "c.txt", ()),)
    assert last_pair.record(folder, PairHint(folder / "b.txt", None, bases=(outside,))) == {
        "left": "b.txt", "selected": None, "facing": None, "everywhere": False,
    }  # fmt: skip


def test_a_document_shown_alone_comes_back_alone_and_unpinned(
    qtbot, make_window: Callable[..., MainWindow], news: Path
) -> None:  # type: ignore[no-untyped-def]
    """A story's base shown alone, then a lone article: the next start opened the two as a
    pair never on screen, pinned for the article's story (an 8 MB transcript compared with
    a wire story, "Unrelated documents"). Found by a tester."""
    lone = "Harvest festival draws record crowds to the valley\n\n" + " ".join(
        f"Farmers brought {n} kinds of apples and pears to the market square." for n in range(30)
    )
    (news / "zz_lone.txt").write_text(lone, encoding="utf-8")
    first = make_window()
    open_and_wait(qtbot, first, [news])
    qtbot.waitUntil(first.session.grouped, timeout=WAIT_MS)
    names = [d.path.name for d in first.documents]
    base, alone = names.index("000_95eef2de69d379ca.txt"), names.index("zz_lone.txt")
    for doc in (base, alone):  # the story's base, then the lone article: each shown alone
        first.doc_list.select(doc)
        qtbot.waitUntil(lambda d=doc: first.session.selection.selected == d, timeout=WAIT_MS)
        assert first.session.selection.pair() is None
    first.close()

    again = make_window()
    open_and_wait(qtbot, again, [news], compare=False)
    qtbot.waitUntil(again.session.grouped, timeout=WAIT_MS)
    settle(qtbot, again)
    assert again.session.selection.selected == alone
    assert again.session.selection.pinned is None and again.session.selection.pair() is None


def test_more_problems_than_a_record_keeps_are_told_all_at_once(tmp_path: Path) -> None:
    """Only the first 1,000 keys were kept: a folder of 1,500 unreadable files reopened the
    panel at every start for the other 500. Found by a review."""
    from wirediff.core.reading.errors import Problem
    from wirediff.ui.session.last_pair import MAX_TOLD, problems_told, told_of

    many = [
        Problem(tmp_path / f"{n}.txt", "binary file", "", "binary") for n in range(MAX_TOLD + 500)
    ]
    told = frozenset(problems_told(tmp_path, many))
    assert len(told) == 1  # one key of them all
    shown = {(p.path, p.reason) for p in many}
    assert told_of(tmp_path, shown, told) == shown
    assert told_of(tmp_path, shown | {(tmp_path / "new.txt", "empty file")}, told) == set()


def test_a_step_of_the_chain_comes_back_as_the_chain(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Captures stepped through with Shift+V came back after a restart as a pin ("Pinned:
    story" where "Chain: story" had been): the chain is kept with the pair."""
    from tests.core.review.helpers import write_captures

    folder = write_captures(tmp_path / "captures")
    window = make_window()
    open_and_wait(qtbot, window, [folder])
    names = [d.path.name for d in window.documents]
    window.doc_list.select(names.index("page_20260301T1000.txt"))  # (shown first, likely)
    qtbot.waitUntil(lambda: shown(window)[1] == "page_20260301T1000.txt", timeout=WAIT_MS)
    view = window.doc_list.view
    view.setFocus()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        qtbot.keyClick(view, Qt.Key.Key_V, Qt.KeyboardModifier.ShiftModifier)
    step = ("page_20260301T1000.txt", "page_20260301T1100.txt")
    assert shown(window) == step and window.session.selection.chain is not None
    window.close()

    again = make_window()
    open_and_wait(qtbot, again, [folder])
    qtbot.waitUntil(lambda: again.session.selection.chain is not None, timeout=WAIT_MS)
    assert shown(again) == step and again.session.selection.pinned is None
    chip = again.diff.headers[0].chip
    assert chip.isVisible() and chip.text().startswith("Chain")


@pytest.mark.parametrize("pinned", [False, True])
def test_the_next_start_pins_the_pair_left_only_if_it_was_pinned(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch, pinned: bool
) -> None:  # type: ignore[no-untyped-def]
    """Closed while the stories were grouped, on a version of the third story: the next
    start opened it beside the flat list's first document, of the first story, pinned
    ("Pinned: story", "Unrelated texts"), though nothing was. Found by fuzzing. A pair
    from the heat map comes back pinned, as it was."""
    gate = hold_grouping(monkeypatch, held=not pinned)
    folder = write_stories(tmp_path / "big")
    first = make_window()
    open_and_wait(qtbot, first, [folder], settle_down=pinned)
    names = [d.path.name for d in first.documents]
    story002 = [names.index(f"story002_v{v}.txt") for v in (0, 1)]
    view = first.doc_list.view
    view.setFocus()
    if pinned:
        with qtbot.waitSignal(first.comparison_shown, timeout=WAIT_MS):
            first.commands.open_pair(*story002[::-1])  # as Enter on the heat map's cell
        left, right = names[story002[1]], names[story002[0]]
    else:
        assert first.index is None  # still grouping
        while first.doc_list.selected() != story002[1]:
            qtbot.keyClick(view, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: shown(first) == (names[0], names[story002[1]]), timeout=WAIT_MS)
    first.close()
    gate.set()

    again = make_window()
    open_and_wait(qtbot, again, [folder])
    index = again.index
    assert index is not None
    if not pinned:
        left, right = names[index.story_of(story002[1]).base], names[story002[1]]
    qtbot.waitUntil(lambda: sorted(shown(again)) == sorted((left, right)), timeout=WAIT_MS)
    chip = again.diff.headers[0].chip
    if pinned:
        assert shown(again) == (left, right)
        assert chip.isVisible() and chip.text().startswith("Pinned: story")
    else:
        assert again.session.selection.pinned is None and not chip.isVisible()


def test_a_folder_opened_afresh_opens_on_its_first_storys_pair(
    qtbot, make_window: Callable[..., MainWindow], tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    """Opened afresh, a folder showed its first two files by name: a bill beside its
    explanatory notes (a walkthrough). Once grouped, when those two are of no one story, the
    first story of several versions in the list is shown, its base beside its first
    version — unless the user chose another document while it grouped."""
    folder = write_stories(tmp_path / "news", stories=3)
    (folder / "story002_v1.txt").rename(folder / "a_story002_v1.txt")  # (first by name)
    # story000, of three versions, listed first (an event of more documents comes first)
    third = (folder / "story000_v1.txt").read_text(encoding="utf-8").replace(" ", "  ", 1)
    (folder / "story000_v2.txt").write_text(third.replace("CHANGED", "ALTERED"), "utf-8")
    lone = "An unrelated note about the parish fete, the raffle and the cake stall results."
    (folder / "b_note.txt").write_text(f"Parish notes\n\n{lone}\n", encoding="utf-8")
    window = make_window()
    open_and_wait(qtbot, window, [folder])
    index = window.session.stories.index
    assert index is not None
    version = first_story_version(index)
    assert version is not None
    base = window.documents[index.story_of(version).base].path.name
    assert base == "story000_v0.txt"  # (the story listed first)
    expected = (base, window.documents[version].path.name)
    qtbot.waitUntil(lambda: pair_named(window) == expected, timeout=WAIT_MS)
    window.close()

    gate = hold_grouping(monkeypatch)
    chosen = make_window()
    open_and_wait(qtbot, chosen, [folder], settle_down=False)
    at = [d.path.name for d in chosen.documents].index("story001_v1.txt")
    with qtbot.waitSignal(chosen.comparison_shown, timeout=WAIT_MS):
        chosen.doc_list.select(at)
    gate.set()
    settle(qtbot, chosen)
    assert "story001_v1.txt" in pair_named(chosen)  # (the user's choice stays)
