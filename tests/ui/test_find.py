"""Find (Ctrl+F) searches both panes: the count covers both and names the pane of the match,
Enter / F3 step through every match in reading order (down the rows, left before right on
a row) and wrap around both ways, and the search starts where the user last worked.

Found by a tester: in the sample pair, "soldiers" (only in the right text, 4 times) counted
"no match" while typed, and Enter stopped at the fourth with "Not found" for ever;
"military" (2 left, 7 right) cycled the left pane's two, even with the right pane clicked.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from tests.ui.helpers import WAIT_MS, open_and_wait
from wirediff.ui.diff.find import FindBar
from wirediff.ui.diff.matching import row_of, spans
from wirediff.ui.diff.pane import DiffPane
from wirediff.ui.shell.window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shown(qtbot, window: MainWindow, sample_dir: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The sample pair (Reuters 000 | Asharq Al-Awsat 001) on screen, messages recorded."""
    open_and_wait(qtbot, window, [sample_dir])
    window.messages = []  # type: ignore[attr-defined]
    window.diff.message.connect(window.messages.append)  # type: ignore[attr-defined]
    return window


def find(qtbot, window: MainWindow, text: str) -> FindBar:  # type: ignore[no-untyped-def]
    """Ctrl+F and type ``text``, as a user does; the box once it has counted."""
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, CTRL)
    box = window.diff.find_box
    assert box.hasFocus()
    qtbot.keyClicks(box, text)
    qtbot.waitUntil(lambda: not box._count_soon.isActive(), timeout=WAIT_MS)
    return box


def selected(window: MainWindow) -> tuple[str, int, int, str]:
    """The pane with a selection, where it is (row, start) and what it says."""
    (side, pane), *others = [
        (name, p)
        for name, p in (("left", window.diff.left), ("right", window.diff.right))
        if p.textCursor().hasSelection()
    ]
    assert not others, "one match selected at a time"
    cursor = pane.textCursor()
    assert pane.plan is not None
    row = row_of(pane.plan, cursor.selectionStart())
    return side, row, cursor.selectionStart(), cursor.selectedText()


def click_at(qtbot, window: MainWindow, pane: DiffPane, row: int) -> None:  # type: ignore[no-untyped-def]
    """Scroll ``row`` to the top and click in ``pane`` on its first character."""
    assert pane.plan is not None
    window.diff.scroll_to_row(row, 0.0)
    qtbot.wait(50)
    cursor = QTextCursor(pane.document())
    cursor.setPosition(pane.plan.rows.start(pane.plan.rows.first(row)))
    point = pane.cursorRect(cursor).center()
    point.setX(point.x() + 2)
    assert pane.viewport().rect().contains(point)
    qtbot.mouseClick(pane.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert pane.hasFocus() and not pane.textCursor().hasSelection()
    assert row_of(pane.plan, pane.textCursor().position()) == row


def test_a_word_only_in_the_right_pane_is_counted_stepped_and_wrapped(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    box = find(qtbot, shown, "soldiers")
    assert box.count.text() == "4 matches: 0 left, 4 right"
    assert box.accessibleDescription() == box.count.text()
    assert len(shown.diff.right.found) == 4 and shown.diff.left.found == []  # highlighted
    seen = []
    for n in range(1, 5):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.count.text() == f"{n} of 4, in the right pane"
        side, _row, start, text = selected(shown)
        assert (side, text.casefold()) == ("right", "soldiers")
        seen.append(start)
    assert seen == sorted(seen) and shown.messages[-1] == ""
    qtbot.keyClick(box, Qt.Key.Key_Return)  # past the last: round to the first, and says so
    assert box.count.text() == "1 of 4, in the right pane"
    assert shown.messages[-1] == "Search wrapped to the top"
    assert selected(shown)[2] == seen[0]
    assert not any(m.startswith("Not found") for m in shown.messages)


def test_a_word_in_both_panes_is_stepped_through_in_reading_order(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    box = find(qtbot, shown, "military")
    assert box.count.text() == "9 matches: 2 left, 7 right"
    assert (len(shown.diff.left.found), len(shown.diff.right.found)) == (2, 7)
    steps = []
    for n in range(1, 10):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        side, row, start, text = selected(shown)
        assert text.casefold() == "military"
        assert box.count.text() == f"{n} of 9, in the {side} pane"
        steps.append((row, side == "right", start))
    assert steps == sorted(steps)  # down the rows, the left pane first on a row
    assert len(set(steps)) == 9 and sum(right for _r, right, _s in steps) == 7
    qtbot.keyClick(box, Qt.Key.Key_F3)  # F3 as Enter: round to the first
    assert box.count.text() == "1 of 9, in the left pane"
    assert shown.messages[-1] == "Search wrapped to the top"


def test_stepping_back_wraps_to_the_last_match(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    box = find(qtbot, shown, "military")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.count.text() == "1 of 9, in the left pane"
    qtbot.keyClick(box, Qt.Key.Key_Return, SHIFT)  # before the first: the last, in the right
    assert box.count.text() == "9 of 9, in the right pane"
    assert shown.messages[-1] == "Search wrapped to the bottom"
    last = selected(shown)
    qtbot.keyClick(box, Qt.Key.Key_F3, SHIFT)
    assert box.count.text() == "8 of 9, in the right pane" and shown.messages[-1] == ""
    assert selected(shown)[1:3] < last[1:3]
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.count.text() == "9 of 9, in the right pane"


def test_the_search_starts_in_the_pane_last_worked_in(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    diff = shown.diff
    right = diff.right
    assert right.plan is not None
    # Below the left pane's last "military", in the right pane: its next one comes first.
    assert diff.left.plan is not None
    left_last = max(start for start, _end in spans(diff.left.plan, "military"))
    below = row_of(diff.left.plan, left_last) + 1
    click_at(qtbot, shown, right, below)
    box = find(qtbot, shown, "military")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    side, row, _start, _text = selected(shown)
    assert side == "right" and row >= below
    assert box.count.text().endswith(", in the right pane")
    assert not box.count.text().startswith("1 of")
    # Esc: the focus goes to the pane of the match, and the next search goes on from it.
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert right.hasFocus() and diff.left.found == right.found == []  # highlights gone
    # Clicking at the top of the left pane: the search starts there, at the first match.
    click_at(qtbot, shown, diff.left, 0)
    qtbot.keyClick(diff.left, Qt.Key.Key_F3)
    assert box.count.text() == "" and selected(shown)[0] == "left"  # (the box stays shut)
    # ... so the status line says where the match is (it said nothing).
    assert shown.messages[-1] == "“military”: 1 of 9, in the left pane (Ctrl+F shows every match)"
    box = find(qtbot, shown, "")
    assert box.count.text() == "1 of 9, in the left pane"


def test_no_match_says_so(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    box = find(qtbot, shown, "zqxj")
    assert box.count.text() == "no match"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert shown.messages[-1] == "Not found: zqxj" and box.count.text() == "no match"
    for _ in "zqxj":  # erased while typed: the count follows
        qtbot.keyClick(box, Qt.Key.Key_Backspace)
    qtbot.keyClicks(box, "Babylon")
    qtbot.waitUntil(lambda: box.count.text() == "2 matches: 2 left, 0 right", timeout=WAIT_MS)


def test_inline_counts_its_one_pane(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    shown.diff.set_inline(True)
    box = find(qtbot, shown, "soldiers")
    qtbot.waitUntil(lambda: box.count.text() == "4 matches", timeout=WAIT_MS)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert box.count.text() == "1 of 4" and selected(shown)[0] == "left"


def test_a_match_found_below_the_screen_comes_with_lines_after_it(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    """Qt scrolled just far enough: a match below the screen landed on its last line, with
    nothing after it to read it in. Found by a fact-checker's walkthrough."""
    box = find(qtbot, shown, "military")
    for _ in range(9):
        qtbot.keyClick(box, Qt.Key.Key_Return)
        side, _row, _start, _text = selected(shown)
        pane = shown.diff.left if side == "left" else shown.diff.right
        rect, height = pane.cursorRect(), pane.viewport().height()
        line = pane.fontMetrics().lineSpacing()
        assert rect.top() >= 0 and rect.bottom() <= height - 2 * line, (rect, height)


def test_find_matches_a_ligature_as_the_comparison_folds_it() -> None:
    """The diff took "ﬁnd" and "find" for one word, Find did not (found by a review): the
    letters find the ligature, the ligature its letters, the long s and t its ﬅ."""
    from wirediff.ui.diff.matching import pattern

    for typed, text in [
        ("find", "the ﬁnd here"),
        ("ﬁnd", "the find here"),
        ("office", "the oﬃce"),
        ("stone", "a ﬆone"),
        ("Fish", "ﬁsh"),
    ]:
        assert pattern(typed).search(text), (typed, text)
    assert not pattern("find").search("the fund here")


def test_find_spells_german_umlauts_out_both_ways() -> None:
    """An umlaut typed finds it spelt out, and spelt out finds the umlaut, composed or not,
    in either case (as ``tokens.filter_key`` for the list); a plain u finds no ue."""
    from wirediff.ui.diff.matching import pattern

    for typed, text, found in [
        ("fernzuege", "die Fernzüge fahren", "Fernzüge"),
        ("fernzuege", "die Fernzu\u0308ge", "Fernzu\u0308ge"),
        ("fernzüge", "die Fernzuege", "Fernzuege"),
        ("ÖTZTAL", "im Oetztal", "Oetztal"),
        ("oetztal", "IM ÖTZTAL", "ÖTZTAL"),
        ("Waehrung", "die Währung", "Währung"),
    ]:
        match = pattern(typed).search(text)
        assert match is not None and match.group() == found, (typed, text)
    assert pattern("fernzuge").search("Fernzüge")  # (as before: ü's key is u)
    assert not pattern("fernzuge").search("Fernzuege")
    assert not pattern("fernzuege").search("Fernzuge")


def test_the_next_change_after_a_match_is_the_one_after_it(qtbot, shown) -> None:  # type: ignore[no-untyped-def]
    """A match selected in change 3's row, then n: change 2 again, the one current before
    the search (the search left the changes where they were). Found by a tester."""
    window = shown
    diff = window.diff
    diff.right.setFocus()
    qtbot.keyClick(diff.right, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert diff.current == 0
    box = find(qtbot, window, "Khamenei")
    qtbot.keyClick(box, Qt.Key.Key_Return)
    _side, row, _start, _text = selected(window)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    comp = diff.comparison
    assert comp is not None
    later = [i for i, c in enumerate(comp.changes) if c.row > row]
    qtbot.keyClick(diff.last_pane(), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert diff.current == later[0], (diff.current, later[0])


def test_find_takes_yo_and_arabic_spellings_as_the_comparison_does() -> None:
    """ "левочкин" found "Левочкин" and not "Лёвочкин" (the README says Find takes ё as е);
    "الثوره" did not find "الثورة", nor "الاول" "الأول". Found by a media monitor."""
    from wirediff.ui.diff.matching import pattern

    for typed, text in [
        ("левочкин", "Глава Лёвочкин сказал"),
        ("лёвочкин", "Глава Левочкин сказал"),
        ("ЁЛКА", "ёлка"),
        ("الثوره", "ذكرى الثورة اليوم"),
        ("الاول", "في الأول من"),
        ("اعلان واخر", "إعلان وآخر"),
    ]:
        assert pattern(typed).search(text), (typed, text)
    assert not pattern("левочкин").search("Лавочкин")


def test_find_skips_the_marks_the_comparison_drops() -> None:
    """A right-to-left mark typed inside a figure, a U+FEFF left inside a word where two files
    were joined: the comparison takes them for nothing, so Find does."""
    from wirediff.ui.diff.matching import pattern

    for typed, text in [
        ("Baghdad", "talks in Bagh\ufeffdad today"),
        ("240", "killed 2\u200f40 people"),
        ("240", "killed 24\u061c0 people"),
        ("Baghdad", "Bag\u200ehdad"),
    ]:
        assert pattern(typed).search(text), (typed, text)


def test_find_takes_traditional_chinese_as_simplified() -> None:
    """ "岷县" typed found no "岷縣" in a Taiwan reprint, though the comparison takes them
    as one."""
    from wirediff.ui.diff.matching import pattern

    assert pattern("岷县地震").search("甘肅岷縣地震")
    assert pattern("岷縣").search("甘肃岷县")


def test_find_takes_latin_look_alike_letters_as_cyrillic() -> None:
    """ "Зеленский" typed found no "Зeлeнский" written with Latin e in a disguised copy
    ("1 left, 0 right"), though it looks the same on screen (a media monitor)."""
    from wirediff.ui.diff.matching import pattern

    assert pattern("Зеленский").search("сказал Зeлeнский")
    assert pattern("ВСУ").search("беспилотник ВCУ")
    assert pattern("e-mail").search("ｅ-mail")  # (a full-width e still found with a Latin one)


@pytest.mark.parametrize(
    ("left", "right", "typed", "count", "selected_text"),
    [
        # Persian written with a ZWNJ, a space and nothing (a Persian desk's walkthrough:
        # "1 of 3, in the right pane", the left pane's ZWNJ forms not found)
        (
            "زمین\u200cلرزه در کرمان. زمین\u200cلرزه شدید بود.\n",
            "زمین لرزه در کرمان. زمینلرزه شدید بود.\n",
            "زمین لرزه",
            "4 matches: 2 left, 2 right",
            "زمین\u200cلرزه",
        ),
        # Polish typed without its letters (a Central European desk's: "no match")
        (
            "Zadłużenie państwa rośnie.\n",
            "Zadłużenie państwa wciąż rośnie.\n",
            "zadluzenie",
            "2 matches: 1 left, 1 right",
            "Zadłużenie",
        ),
        # Greek typed without tonos, or in capitals (a Greek desk's: "Not found: ευρω")
        (
            "Πακέτο 1,2 δισ. ευρώ για την ενέργεια.\n",
            "ΠΑΚΕΤΟ 1,2 ΔΙΣ. ΕΥΡΩ ΓΙΑ ΤΗΝ ΕΝΕΡΓΕΙΑ.\n",
            "ευρω",
            "2 matches: 1 left, 1 right",
            "ευρώ",
        ),
        # German typed with its umlauts spelt out, as the list's filter takes them (Find
        # said "Not found: fernzuege" of a story the filter had just listed)
        (
            "Die Fernzüge fahren wieder.\n",
            "Die Fernzuege fahren ab Montag wieder.\n",
            "fernzuege",
            "2 matches: 1 left, 1 right",
            "Fernzüge",
        ),
    ],
)
def test_find_matches_what_the_filter_matches_and_selects_the_text_as_written(
    qtbot, window: MainWindow, tmp_path: Path, left, right, typed, count, selected_text
) -> None:  # type: ignore[no-untyped-def]
    """Find takes a word as the list's filter does (one key, ``search_key``): accents,
    tonos, ZWNJ and space; the match selected is the text as written, ZWNJ and accents in."""
    (tmp_path / "a.txt").write_text(left, encoding="utf-8")
    (tmp_path / "b.txt").write_text(right, encoding="utf-8")
    open_and_wait(qtbot, window, [tmp_path / "a.txt", tmp_path / "b.txt"])
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_F, CTRL)
    box = window.diff.find_box
    box.insert(typed)  # (QTest types Latin-1 only)
    qtbot.waitUntil(lambda: not box._count_soon.isActive(), timeout=WAIT_MS)
    assert box.count.text() == count
    qtbot.keyClick(box, Qt.Key.Key_Return)
    side, _row, _start, text = selected(window)
    assert (side, text) == ("left", selected_text)


def test_find_does_not_fold_what_the_filter_keeps_apart() -> None:
    """Cyrillic й is no и, an English word no other word; an Arabic-script word is no Latin."""
    from wirediff.ui.diff.matching import pattern

    assert not pattern("мои").search("мой дом")
    assert not pattern("fund").search("the find here")
    assert not pattern("καλα").search("κελα")
    assert pattern("שמעו").search('"שִׁמְעוּ שָׁמַיִם"').group() == "שִׁמְעוּ"  # (its last point in)


def test_find_takes_no_arabic_word_for_the_end_of_one_and_the_start_of_the_next() -> None:
    """ "من" ("from") also found "م ن" in "اليوم نفسه", every word ending in م before one
    starting with ن, and "ایران" "ای رانندگان": a space was allowed between any two
    Arabic-script letters typed (review rv181). It is now, where none was typed, in a
    match that starts and ends with a word only ("زمینلرزه" still finds "زمین لرزه")."""
    from wirediff.ui.diff.matching import pattern

    text = "وصل الوفد من القاهرة في اليوم نفسه، وقال إن العالم ينتظر."
    assert [m.group() for m in pattern("من").finditer(text)] == ["من"]
    assert not pattern("مين").search(text)
    assert not pattern("مصر").search("تم الاتفاق في العام صراحة دون شروط.")
    assert not pattern("ایران").search("دولت در سال گذشته ای رانندگان را جریمه کرد.")
    assert pattern("ایران").search("سفر به ایران‌خودرو").group() == "ایران"
    assert pattern("زمینلرزه").search("گفت زمین لرزه‌ای آمد").group() == "زمین لرزه"
    assert pattern("زمینلرزه").search("زمینلرزهها").group() == "زمینلرزه"  # (within a word)
    assert pattern("زمین لرزه").search("در زمین\u200cلرزه").group() == "زمین\u200cلرزه"
    assert pattern("مصر").search("في مِصْرَ اليوم").group() == "مِصْرَ"
    assert pattern("مصر").search("في مِ صْرَ اليوم").group() == "مِ صْرَ"  # (a word, spaced)
