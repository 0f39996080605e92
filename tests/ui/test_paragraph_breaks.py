"""A paragraph split in two or two run into one: a stop of its own, marked ¶ in the panes,
listed, flagged and ignored on request."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.core.test_breaks import ONE, TWO
from tests.ui.helpers import WAIT_MS, key, open_and_wait
from tests.ui.test_find import find
from tests.ui.test_review import go_to_change, listed
from wirediff.core.compare import compare
from wirediff.core.result import ChangeKind
from wirediff.ui.common.text import flat
from wirediff.ui.diff.plan import plan_pair
from wirediff.ui.shell.window import MainWindow


def write_pair(folder: Path, left: str, right: str) -> list[Path]:
    paths = [folder / "a.txt", folder / "b.txt"]
    for path, text in zip(paths, (left, right), strict=True):
        path.write_text(text, encoding="utf-8")
    return paths


def test_a_split_is_a_change_marked_where_the_new_paragraph_starts(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, write_pair(tmp_path, ONE, TWO))
    comparison = window.diff.comparison
    assert comparison is not None
    assert [c.kind for c in comparison.changes] == [ChangeKind.SPLIT]
    model = window.changes.model
    assert window.changes.summary.text().startswith("1 change (paragraphs: 1 split) · ")
    assert model.index(0, 1).data() == "¶ split"
    assert flat(model.index(0, 3).data()) == "+¶ city by spring. ¶ Officials agreed with"
    go_to_change(qtbot, window, 0)  # Alt+Home: the split is current
    row = comparison.changes[0].row
    right, left = window.diff.right, window.diff.left
    assert right.plan is not None and left.plan is not None
    mark = right.plan.pilcrow(0)
    assert mark is not None and right.outline == (row, *mark)  # the ¶ is outlined
    assert right.document().toPlainText()[mark[0] : mark[1]] == "¶"
    assert left.plan.pilcrow(0) is None  # the left has no break there
    assert "¶" not in left.document().toPlainText()
    # The ¶ is the app's, not the text's: copying the pane gives the file's text.
    document_end = right.document().characterCount() - 1
    assert right.plan.copied(0, document_end) == TWO.rstrip("\n")


def test_a_join_is_marked_taken_away_on_the_left_and_inline(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, write_pair(tmp_path, TWO, ONE))
    comparison = window.diff.comparison
    assert comparison is not None and [c.kind for c in comparison.changes] == [ChangeKind.JOIN]
    assert flat(window.changes.model.index(0, 3).data()).startswith("−¶ ")
    plan = window.diff.left.plan
    assert plan is not None and plan.pilcrow(0) is not None
    key(qtbot, window.diff.right, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert window.diff.inline
    go_to_change(qtbot, window, 0)
    inline = window.diff.left
    assert inline.plan is not None
    mark = inline.plan.pilcrow(0)
    assert mark is not None and inline.outline == (comparison.changes[0].row, *mark)


def test_ignore_paragraph_breaks_drops_them_and_is_remembered(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, write_pair(tmp_path, ONE, TWO))
    action = window.actions_["ignore_paragraphs"]
    assert action.text() == "Ignore para&graph breaks" and not action.isChecked()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        action.trigger()
    comparison = window.diff.comparison
    assert comparison is not None and comparison.changes == ()
    assert "¶" not in window.diff.right.document().toPlainText()
    summary = window.changes.summary
    assert summary.text().endswith(" · paragraph breaks ignored")  # said, with where to turn
    assert "Compare ▸ Ignore paragraph breaks" in summary.toolTip()
    assert window.session.settings.options.ignore_paragraphs
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        action.trigger()
    assert window.diff.comparison is not None and len(window.diff.comparison.changes) == 1


def test_a_flagged_split_is_listed_with_the_words_around_it(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, write_pair(tmp_path, ONE, TWO))
    go_to_change(qtbot, window, 0)
    key(qtbot, window.diff.right, Qt.Key.Key_F)
    assert window.changes.model.index(0, 2).data() == "⚑"
    dialog = listed(qtbot, window)
    (entry,) = dialog.entries
    assert entry.flagged and entry.mark is not None and entry.mark.anchor.kind == "split"
    item = dialog.view.topLevelItem(0)
    assert item is not None and flat(item.text(1)) == "+¶ city by spring. ¶ Officials agreed with"


def test_a_paragraph_cut_inside_a_sentence_is_marked_inside_the_row(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    broken = ONE.replace("said on Monday it would", "said on Monday\n\nit would")
    open_and_wait(qtbot, window, write_pair(tmp_path, ONE, broken))
    comparison = window.diff.comparison
    assert comparison is not None and [c.kind for c in comparison.changes] == [ChangeKind.SPLIT]
    go_to_change(qtbot, window, 0)
    right = window.diff.right
    assert right.plan is not None
    mark = right.plan.pilcrow(0)
    assert mark is not None and right.outline == (comparison.changes[0].row, *mark)
    shown = right.document().toPlainText()
    assert shown[mark[0] - 7 : mark[1]] == "Monday ¶"  # where the paragraph ends, in the row
    assert shown[mark[1] :].lstrip("\u2028\n ").startswith("it would leave")
    end = right.document().characterCount() - 1
    assert right.plan.copied(0, end) == broken.rstrip("\n")


def test_find_reads_a_phrase_across_the_paragraph_break_only_one_side_has(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The ¶ put inside the row stood between the words: "Monday it would" was found in
    the left pane only."""
    broken = ONE.replace("said on Monday it would", "said on Monday\n\nit would")
    open_and_wait(qtbot, window, write_pair(tmp_path, ONE, broken))
    box = find(qtbot, window, "Monday it would")
    assert box.count.text() == "2 matches: 1 left, 1 right"


def test_the_inline_view_places_each_sides_words_after_a_break_only_one_has() -> None:
    """The right side's words were mapped onto the left's shown text by their distance from
    the run's start: after " " against "\\n\\n\\n\\n" each landed three characters late."""
    base = (
        "Intro sentence here today.\n\nThe army said on Monday it would leave the city by "
        "spring and officials agreed with the plan. Another line ends it.\n\nLast one."
    )
    cut = base.replace("by spring and officials", "by spring\n\n\n\nand officials")
    pairs = [(base, cut), (cut, base)]
    # a break moved by one word (as long as before), a folded "..." beside a break
    pairs.append(
        (
            base.replace("Monday it would", "Monday\n\nit would"),
            base.replace("it would", "it\n\nwould"),
        )
    )
    pairs.append(
        (
            base.replace("by spring and", "by spring... and"),
            base.replace("by spring and", "by spring…\n\nand"),
        )
    )
    for left, right in pairs:
        result = compare(left, right)
        inline = plan_pair(result).inline
        for side, text in (("left", left), ("right", right)):
            for word in ("would", "officials", "plan", "Another"):
                cp = text.index(word)
                row = next(r for r in result.rows if (s := r.span(side)) and s.start <= cp < s.end)
                at = inline.position(row.index, side, cp)
                assert at is not None and inline.text().between(at, at + len(word)) == word


def test_ignore_numbering_compares_renumbered_clauses_as_equal_and_is_remembered(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Compare ▸ Ignore numbering: a clause put in renumbers every one after it."""
    from tests.core.test_numbering import DRAFT_1, DRAFT_2

    open_and_wait(qtbot, window, write_pair(tmp_path, DRAFT_1, DRAFT_2))
    assert window.diff.comparison is not None and len(window.diff.comparison.changes) == 4
    action = window.actions_["ignore_numbering"]
    assert action.text() == "Ignore &numbering (2.3, (4), Section 6)" and not action.isChecked()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        action.trigger()
    comparison = window.diff.comparison
    assert comparison is not None and len(comparison.changes) == 2
    assert "2.3 It ends" in window.diff.right.document().toPlainText()  # shown as written
    assert window.changes.summary.text().split("\n")[0].endswith(" · numbering ignored")
    assert window.session.settings.options.ignore_numbering


def test_the_banners_figures_follow_ignore_numbering(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """The banner said "figures changed: 110 → 111 (×12)…" (the renumbering) while the panel,
    with numbering ignored, listed the real ones. Found by a counsel's assistant."""
    from tests.core.test_numbering import bill

    real = "; figures changed: 5,000 euros → 7,500 euros"
    paths = write_pair(tmp_path, bill(False, "5,000 euros"), bill(True, "7,500 euros"))
    open_and_wait(qtbot, window, paths)
    qtbot.waitUntil(lambda: window.banner.text().startswith("Edited version"), timeout=WAIT_MS)
    assert not window.banner.text().endswith(real)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["ignore_numbering"].trigger()
    qtbot.waitUntil(lambda: window.banner.text().endswith(real), timeout=WAIT_MS)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["ignore_numbering"].trigger()  # (the story's own figures again)
    qtbot.waitUntil(lambda: not window.banner.text().endswith(real), timeout=WAIT_MS)
    assert window.banner.text().startswith("Edited version")


def test_the_compare_menu_folds_the_scripts_letter_variants(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """ё and е, the Arabic letter variants, traditional and simplified Chinese: folded by
    default with no switch in the app, though the no-changes message named them (a media
    monitor's). One switch in the Compare menu turns the three folds off and on."""
    from tests.core.test_tokens import SIMPLIFIED, TRADITIONAL

    open_and_wait(qtbot, window, write_pair(tmp_path, SIMPLIFIED, TRADITIONAL))
    assert window.diff.comparison is not None and window.diff.comparison.changes == ()
    action = window.actions_["fold_scripts"]
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Compare")
    assert action.isChecked() and action in menu.actions()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        action.trigger()
    assert window.diff.comparison is not None and window.diff.comparison.changes != ()
    options = window.session.settings.options
    assert not (options.fold_han or options.fold_yo or options.fold_arabic_letters)
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        action.trigger()
    assert window.diff.comparison is not None and window.diff.comparison.changes == ()


def test_a_pair_mostly_renumbered_points_to_ignore_numbering(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A judgment with one paragraph put in showed 236 changes, 220 of them its paragraphs
    renumbered, and nothing pointed to Compare ▸ Ignore numbering (a legal-affairs
    reporter's walkthrough)."""
    topics = "costs appeal notice deposit tenancy landlord court tribunal penalty scheme"
    paras = [
        f"{n}. The {word} was considered by the panel at length, and its reasons were given."
        for n, word in enumerate((topics + " " + topics).split(), start=1)
    ]
    left = "\n\n".join(paras) + "\n"
    right = (
        "\n\n".join(
            ["1. A paragraph put in before the others, on the history of the case."]
            + [f"{n + 1}.{p.split('.', 1)[1]}" for n, p in enumerate(paras, start=1)]
        )
        + "\n"
    )
    open_and_wait(qtbot, window, write_pair(tmp_path, left, right))
    hint = "20 of them renumbering only: Compare ▸ Ignore numbering"
    assert hint in window.changes.summary.text().split("\n")
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        window.actions_["ignore_numbering"].trigger()
    assert "renumbering only" not in window.changes.summary.text()


def test_ignore_fillers_leaves_um_and_uh_out_and_is_remembered(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """Compare ▸ Ignore fillers: a corrected transcript removes them by the hundred (a
    broadcast editor's walkthrough)."""
    asr = "JANE DOE: So, um, the reservoir was, uh, at forty per cent in August.\n"
    fixed = "JANE DOE: So the reservoir was at fourteen per cent in August.\n"
    open_and_wait(qtbot, window, write_pair(tmp_path, asr, fixed))
    action = window.actions_["ignore_fillers"]
    assert not action.isChecked()
    with qtbot.waitSignal(window.comparison_shown, timeout=WAIT_MS):
        action.trigger()
    comparison = window.diff.comparison
    assert comparison is not None and len(comparison.changes) == 1
    assert "um, the" in window.diff.left.document().toPlainText()  # shown as written
    assert window.changes.summary.text().split("\n")[0].endswith(" · fillers ignored")
    assert window.session.settings.options.ignore_fillers
