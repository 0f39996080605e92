"""The smaller items of issue 12: a pair that differs only in white space says so; the hint
of an empty diff wraps instead of being cut; one skipped file does not take 40% of the
window; the cheat sheet and help list the new keys."""

from __future__ import annotations

from pathlib import Path

from tests.ui.helpers import folder_with_a_broken_file, open_and_wait
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.ui.common.text import no_changes
from wirediff.ui.diff.view import DiffView
from wirediff.ui.shell.keymap import cheat_rows
from wirediff.ui.shell.window import MainWindow


def test_no_changes_says_why() -> None:
    assert no_changes(compare("A cat.", "A dog.")) == ""
    assert no_changes(compare("A cat.", "A cat.")) == "The two texts are identical"
    spaced = no_changes(compare("A cat\n\nsat.", "A  cat\nsat. "))
    assert "only in white space" in spaced
    # a number written against an Urdu word, or apart from it: two words either way
    urdu = no_changes(compare("پاکستان نے 116رنز بنائے", "پاکستان نے 116 رنز بنائے"))
    assert "only in white space" in urdu
    cased = no_changes(compare("A cat sat.", "a CAT sat.", CompareOptions(ignore_case=True)))
    assert "what the Compare menu ignores" in cased
    # a quotation with niqqud against the same words unpointed (a Hebrew desk's walkthrough)
    pointed = no_changes(compare('ציטט: "שִׁמְעוּ שָׁמַיִם".', 'ציטט: "שמעו שמים".'))
    assert pointed.endswith(" or Hebrew points (niqqud)")


def test_a_pair_differing_only_in_white_space_says_so(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    text = "Troops will stay in Iraq.\n\nThe talks end on Monday.\n"
    (tmp_path / "a.txt").write_text(text)
    (tmp_path / "b.txt").write_text(text.replace("\n\n", "\n").replace("stay ", "stay   "))
    open_and_wait(qtbot, window, [tmp_path / "a.txt", tmp_path / "b.txt"])
    assert "only in white space" in window.changes.summary.text()


def test_the_hint_of_an_empty_diff_is_wrapped_not_cut(qtbot) -> None:  # type: ignore[no-untyped-def]
    diff = DiffView()
    qtbot.addWidget(diff)
    diff.resize(560, 400)
    diff.show()
    qtbot.waitExposed(diff)
    message = "This is the base of its story. Select another version to compare it."
    diff.clear(message)
    pane = diff.left
    assert pane.empty_message == message and diff.right.empty_message == ""
    metrics = pane.fontMetrics()
    assert metrics.horizontalAdvance(message) > pane.viewport().width()  # it needs two lines
    image = pane.viewport().grab().toImage()
    second_line = metrics.lineSpacing() * 3 // 2 + int(pane.document().documentMargin())
    inked = [x for x in range(image.width()) if image.pixelColor(x, second_line).lightness() < 200]
    assert inked, "the hint's second line was not drawn"


def test_one_skipped_file_gets_a_small_problems_dock(
    qtbot, window: MainWindow, sample_dir: Path, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    window.resize(1024, 640)
    folder = folder_with_a_broken_file(sample_dir, tmp_path / "folder")
    open_and_wait(qtbot, window, [folder])
    dock = window.problems_dock
    assert dock.isVisible()
    assert dock.height() <= window.height() // 4


def test_the_cheat_sheet_lists_the_new_keys() -> None:
    keys = {label: key for _menu, label, key in cheat_rows()}
    assert keys["Compare with the previous version (in time)"].startswith("v, ")
    assert "Ctrl+K" in keys["Story view: every version against the base"]
    assert "Shift+F3" in keys["Find previous match"]
    assert keys["Side panels (document list, changes)"] == "F9"


def test_no_changes_names_what_was_folded_not_only_the_menu() -> None:
    """Texts differing only in how "café" is encoded, or in a Persian zero-width non-joiner,
    were said to differ in "what the Compare menu ignores", which no switch there sets.
    Found by fuzzing."""
    bare = CompareOptions(fold_typography=False)
    for left, right in (("Un café noir.", "Un cafe\u0301 noir."), ("می\u200cخواهم", "میخواهم")):
        said = no_changes(compare(left, right, bare))
        assert "characters that do not show" in said and "Compare menu" not in said
    arabic = no_changes(compare("كتاب جديد", "کتاب جديد", bare))  # Arabic kaf, Persian keheh
    assert arabic == "No changes: the texts differ only in Arabic letter variants"
    both = no_changes(compare("A “cat”.", 'a "cat".', CompareOptions(ignore_case=True)))
    assert both == (
        "No changes: the texts differ only in what the Compare menu ignores (case, "
        "typographic variants)"
    )
