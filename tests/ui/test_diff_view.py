"""The diff view on its own (no window): a comparison shown, changes stepped through, panes
kept on one row, inline mode, find, titles and the pin chip."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QApplication

from wirediff.core.compare import compare
from wirediff.ui.common.text import flat
from wirediff.ui.common.theme import LIGHT
from wirediff.ui.diff.documents import build_document
from wirediff.ui.diff.plan import PairPlan, plan_pair
from wirediff.ui.diff.view import DiffView


def showing(qtbot, plan: PairPlan) -> DiffView:  # type: ignore[no-untyped-def]
    """A diff view on screen showing ``plan``."""
    diff = DiffView()
    qtbot.addWidget(diff)
    diff.resize(900, 600)
    diff.show()
    qtbot.waitExposed(diff)
    diff.show_pair(plan, documents(plan), LIGHT)
    return diff


@pytest.fixture
def view(qtbot, sample_paths: list[Path]) -> DiffView:  # type: ignore[no-untyped-def]
    left, right = (p.read_text(encoding="utf-8") for p in sample_paths[:2])
    return showing(qtbot, plan_pair(compare(left, right)))


def documents(plan: PairPlan) -> dict[str, QTextDocument]:
    return {
        name: build_document(getattr(plan, name), LIGHT, None, 400)
        for name in ("left", "right", "inline")
    }


def on_one_row(diff: DiffView) -> bool:
    """Both panes show the same top row at the same height."""
    top = diff.right.row_at(0)
    heights = [pane.row_top(top) - pane.scroll_y() for pane in (diff.left, diff.right)]
    return diff.left.row_at(0) == top and abs(heights[0] - heights[1]) <= 1


def test_stepping_through_changes_keeps_the_panes_on_one_row(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    comparison = view.comparison
    assert comparison is not None and len(comparison.changes) > 10
    current: list[object] = []
    view.current_changed.connect(current.append)
    said: list[str] = []
    view.message.connect(said.append)
    view.step(+1)
    assert view.current == 0 and current == [0]
    view.go_to_end(last=True)
    last = len(comparison.changes) - 1
    # where the step landed is said: the list beside said it only when in sight
    assert [m.partition(":")[0] for m in said] == [
        "Change 1 of " + str(last + 1),
        f"Change {last + 1} of {last + 1}",
    ]
    view.message.disconnect(said.append)
    row = comparison.changes[last].row
    assert view.current == last
    first, final = view.visible_rows()
    assert first <= row <= final
    assert view.right.outline is not None and view.right.outline[0] == row
    assert on_one_row(view)
    messages: list[str] = []
    view.message.connect(messages.append)
    view.step(+1)
    assert view.current == last and messages == ["No more changes below"]


def test_inline_shows_both_sides_in_one_pane(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    view.set_titles(("Reuters · 000.txt", "/a"), ("Asharq · 001.txt", "/b"), "US set")
    view.set_inline(True)
    assert not view.right.isVisible()
    assert flat(view.headers[0].title.text()) == "Reuters · 000.txt  →  Asharq · 001.txt"
    text = view.left.toPlainText()
    assert "US marines walk" in text and "US soldiers wearing" in text
    view.set_inline(False)
    assert view.right.isVisible()
    assert view.headers[0].title.text() == "Reuters · 000.txt"


def test_inline_and_back_keeps_the_change_and_gives_the_panes_their_widths_first(  # type: ignore[no-untyped-def]
    qtbot, view: DiffView
) -> None:
    """Ctrl+I, Alt+End, Ctrl+I: back side by side on the last change. Each document is given
    to its pane at the width the pane ends up with: the right pane got its document at no
    width at all (a word a line) and the left one at the inline pane's width, each laid out
    to the end so and then again (seconds on a megabyte pair; found by a tester)."""
    widths = {pane.objectName(): pane.viewport().width() for pane in (view.left, view.right)}
    view.set_inline(True)
    assert view.left.document() is view.docs["inline"]
    assert view.left.document().textWidth() == view.left.viewport().width() > widths["left_pane"]
    assert view.right.document() not in view.docs.values()
    view.go_to_end(last=True)
    comparison = view.comparison
    assert comparison is not None
    last = len(comparison.changes) - 1
    assert view.current == last
    view.set_inline(False)
    for pane in (view.left, view.right):  # at once, before Qt's next layout pass
        assert pane.viewport().width() == widths[pane.objectName()]
        assert pane.document().textWidth() == widths[pane.objectName()]
    assert view.left.document() is view.docs["left"]
    assert view.right.document() is view.docs["right"]
    row = comparison.changes[last].row
    qtbot.wait(50)
    first, bottom = view.visible_rows()
    assert view.current == last and first <= row <= bottom and on_one_row(view)
    assert view.right.outline is not None and view.right.outline[0] == row


def test_find_selects_the_next_match_and_wraps(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    messages: list[str] = []
    view.message.connect(messages.append)
    view.find_match(backward=False)  # F3 with nothing to find opens the box
    assert view.find_box.isVisible() and view.find_box.hasFocus()
    view.find_box.setText("Babylon")
    view.find_match(backward=False)
    first = view.left.textCursor()
    assert first.selectedText() == "Babylon" and messages[-1] == ""
    view.find_match(backward=False)
    assert view.left.textCursor().position() > first.position()
    for _ in range(10):  # past the last match: back to the top
        view.find_match(backward=False)
    assert "Search wrapped to the top" in messages
    view.find_box.setText("no such words here")
    view.find_match(backward=False)
    assert messages[-1] == "Not found: no such words here"
    assert view.find_box.count.text() == "no match"
    view.hide_find()
    assert not view.find_box.isVisible()


def test_titles_and_the_pin_chip(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    header = view.headers[0]
    view.set_titles(("Base: <b>not bold</b>", "/a/path"), ("Other: x", "/b"))
    assert header.title.text() == "Base: <b>not bold</b>"
    assert header.title.textFormat() == Qt.TextFormat.PlainText
    assert not header.chip.isVisible()
    view.set_pin(("Pinned for this story  ×", "Reuters <stays> on the left"))
    assert header.chip.isVisible() and header.chip.text().startswith("Pinned")
    assert "&lt;stays&gt;" in header.chip.toolTip()
    assert header.chip.height() == header.height()  # the header keeps its fixed height
    with qtbot.waitSignal(view.pin_released, timeout=2000):
        qtbot.mouseClick(header.chip, Qt.MouseButton.LeftButton)
    view.set_pin(None)
    assert not header.chip.isVisible()
    view.set_titles(None, None)
    assert header.title.text() == ""


def test_finding_the_row_on_screen_lays_out_no_further(qtbot, sample_paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """A long pair just shown: the rows on screen are found without laying out the rest
    (Qt's own hit test lays all of it out, a fifth of a second at 100k words)."""
    left, right = (p.read_text(encoding="utf-8") for p in sample_paths[:2])
    plan = plan_pair(compare("\n\n".join([left] * 30), "\n\n".join([right] * 30)))
    diff = showing(qtbot, plan)
    pane = diff.right
    first, last = diff.visible_rows()
    assert first == 0 and 0 < last < 40
    final = pane.document().lastBlock()
    assert final.layout().lineCount() == 0  # the end of the document is not laid out yet
    for row in range(first, last + 1):  # each row on screen is found at its own height
        top = round(pane.row_top(row)) - pane.scroll_y()
        assert pane.row_at(top + 1) == row
    diff.scroll_to_row(len(plan.comparison.rows) // 2, 0.0)
    middle = len(plan.comparison.rows) // 2
    assert diff.visible_rows()[0] == middle and pane.row_at(1) == middle


def test_a_new_pair_in_inline_mode_leaves_no_pane_on_a_deleted_document(  # type: ignore[no-untyped-def]
    qtbot, view: DiffView, sample_paths: list[Path]
) -> None:
    view.set_inline(True)
    left, right = (p.read_text(encoding="utf-8") for p in (sample_paths[0], sample_paths[2]))
    plan = plan_pair(compare(left, right))
    view.show_pair(plan, documents(plan), LIGHT)  # the old pair's documents are deleted
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert view.right.document().blockCount() >= 1  # a live document (this used to crash)
    view.set_inline(False)
    assert "Sputnik" in view.right.toPlainText()


def test_inline_paints_the_two_halves_of_a_replacement_differently(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Old words struck through on one hue, new words underlined on another (they used to
    share one dotted yellow style, so old and new could not be told apart)."""
    plan = plan_pair(compare("The cat sat on the mat today.", "The dog sat on the mat today."))
    diff = showing(qtbot, plan)
    diff.set_inline(True)
    doc = diff.left.document()
    text = doc.toPlainText()
    assert text.startswith("The cat dog sat")

    def format_at(word: str):  # type: ignore[no-untyped-def]
        block = doc.firstBlock()
        pos = text.index(word) + 1
        for fragment in (it.fragment() for it in _fragments(block)):
            start = fragment.position() - block.position()
            if start <= pos < start + fragment.length():
                return fragment.charFormat()
        raise AssertionError(word)

    old, new = format_at("cat"), format_at("dog")
    assert old.fontStrikeOut() and not old.fontUnderline()
    assert new.fontUnderline() and not new.fontStrikeOut()
    assert old.background().color() != new.background().color()
    # ... and so they are painted: the two words' backgrounds differ on screen.
    image = diff.left.viewport().grab().toImage()
    cursor = diff.left.textCursor()
    colours = []
    for word in ("cat", "dog"):
        cursor.setPosition(text.index(word) + 1)
        rect = diff.left.cursorRect(cursor)
        colours.append(image.pixelColor(rect.center().x(), rect.top() + 2).name())
    assert colours[0] != colours[1]


def _fragments(block):  # type: ignore[no-untyped-def]
    it = block.begin()
    while not it.atEnd():
        yield it
        it += 1


def test_pair_headings_tell_versions_apart_and_give_the_title_once() -> None:
    from wirediff.core.document import Document
    from wirediff.ui.session.headings import pair_headings

    a = Document(
        Path("/f/000.txt"), "x", "Troops stay", "Reuters", "2021-07-24", date_source="document"
    )
    b = Document(
        Path("/f/001.txt"), "x", "Troops stay", "AP", "2021-07-25T10:05:00", date_source="metadata"
    )
    same = pair_headings(a, b)
    assert same.title == "Troops stay"
    assert flat(same.left[0]) == "Reuters · 2021-07-24 · 000.txt"
    assert flat(same.right[0]) == "AP · 2021-07-25 10:05 · 001.txt"
    assert "/f/001.txt" in same.right[1]
    saved = Document(
        Path("/f/002.txt"), "x", "Other title", date="2021-01-01", date_source="file time"
    )
    differ = pair_headings(a, saved)
    assert differ.title == "\u200e\u2068Troops stay\u2069  ↔  \u2068Other title\u2069"
    assert flat(differ.right[0]) == "002.txt"  # a file's time is not a publication date


def test_find_counts_matches_and_steps_back(qtbot, view: DiffView) -> None:  # type: ignore[no-untyped-def]
    left, right = (p.toPlainText().casefold().count("iraq") for p in (view.left, view.right))
    total = left + right
    assert left > 2 and right > 2
    view.find_box.open()
    qtbot.keyClicks(view.find_box, "Iraq")
    counted = f"{total} matches: {left} left, {right} right"
    qtbot.waitUntil(lambda: view.find_box.count.text() == counted)  # while typing
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return)
    assert view.find_box.count.text() == f"1 of {total}, in the left pane"  # the title's
    view.find_match(backward=False)
    assert view.find_box.count.text() == f"2 of {total}, in the right pane"  # the same row's
    second = view.right.textCursor().selectionStart()
    view.find_match(backward=True)
    assert view.find_box.count.text() == f"1 of {total}, in the left pane"
    assert not view.right.textCursor().hasSelection()  # one match selected at a time
    assert view.right.textCursor().position() == second + len("Iraq")
    messages: list[str] = []
    view.message.connect(messages.append)
    view.find_match(backward=True)  # before the first: round to the last
    assert messages[-1] == "Search wrapped to the bottom"
    assert view.find_box.count.text() == f"{total} of {total}, in the right pane"
    assert view.find_box.count.isVisible() and view.find_box.textMargins().right() > 0


def test_find_matches_what_looks_the_same_however_the_file_encodes_it(qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "café" typed found nothing where the file holds e + U+0301, nor "extraordinary" with
    a soft hyphen in it, "5 percent" with a no-break space, "don't" with ’, or a Persian
    word typed without its zero-width non-joiner: the comparison takes each for the same
    text, and the reader sees the same. Found by fuzzing."""
    left = (
        "Headline of the story\n\nThe cafe\u0301 in Sa\u0303o Paulo reopened with an "
        "extra\u00adordinary menu; prices rose 5\u00a0percent. “We don’t know,” he said. "
        "می\u200cخواهم\n"
    )
    view = showing(qtbot, plan_pair(compare(left, left.replace("menu", "card"))))
    pane = view.left
    for typed, found in (
        ("café", "cafe\u0301"),
        ("SÃO", "Sa\u0303o"),
        ("extraordinary", "extra\u00adordinary"),
        ("5 percent", "5\u00a0percent"),
        ('"We don\'t know,"', "“We don’t know,”"),
        ("میخواهم", "می\u200cخواهم"),
        ("ca\u200bfé", "cafe\u0301"),  # pasted with a zero-width space
    ):
        cursor = pane.textCursor()
        cursor.setPosition(0)
        pane.setTextCursor(cursor)
        pane.setFocus()
        view.find_box.open()
        view.find_box.setText(typed)
        qtbot.keyClick(view.find_box, Qt.Key.Key_Return)
        # Once in each pane (the right one differs in another word): the left one first.
        assert view.find_box.count.text() == "1 of 2, in the left pane", typed
        assert pane.textCursor().selectedText() == found
    # a space typed must be a space in the text (not the accent after "cafe", which Find
    # now ignores as the list's filter does: "cafe " finds "café ")
    view.find_box.setText("ca fe")
    qtbot.keyClick(view.find_box, Qt.Key.Key_Return)
    assert view.find_box.count.text() == "no match"


def test_copy_gives_the_files_text_without_labels_or_row_breaks(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+A, Ctrl+C in a pane copied the app's "↓ moved here from row 5 (click to jump)"
    label, one line per aligned row where the file has one paragraph, and one line break
    where the file has a blank line. Found by fuzzing."""
    paragraph = (
        "The council approved the new budget after a long debate about roads. "
        "Critics said the plan left too little money for schools and libraries. "
        "The mayor promised to review the spending plan in the autumn session. "
        "Residents can comment on the projects at a public meeting next month."
    )
    sentences = paragraph.split(". ")
    swapped = ". ".join([sentences[0], sentences[2], sentences[1], sentences[3]])
    closing = "A second paragraph closes the story."
    left = f"Council budget\n\n{paragraph}\n\n{closing}\n"
    right = f"Council budget\n\n{swapped}\n\n{closing}\n"
    view = showing(qtbot, plan_pair(compare(left, right)))
    assert any(b.kind == "label" for b in view.right.plan.blocks)  # type: ignore[union-attr]
    assert len(view.right.plan.rows) > 4  # type: ignore[union-attr]  # a row per sentence
    for pane, text in ((view.left, left), (view.right, right)):
        pane.setFocus()
        qtbot.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        assert QApplication.clipboard().text() == text.rstrip("\n")


def test_the_inline_pane_copies_what_changed_marked(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Copied from the inline pane, struck and new words ran together into a headline
    neither version has ("…to cut 3,000 jobs as smartphone demand slumps shed 3,000
    staff"): a misquote pasted into a mail. Found by a fact-checker."""
    left = "Telecom gear maker Nordix to cut 3,000 jobs as demand slumps\n\nShares fell.\n"
    right = "Telecom gear maker Nordix to shed 3,000 staff\n\nShares fell.\n"
    view = showing(qtbot, plan_pair(compare(left, right)))
    view.set_inline(True)
    pane = view.left
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == (
        "Telecom gear maker Nordix to [-cut 3,000 jobs as demand slumps-] {+shed 3,000 staff+}"
        "\nShares fell."
    )


def test_a_hard_wrapped_text_is_shown_as_paragraphs_and_copied_as_written(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A draft wrapped at 78 columns was shown ragged in a narrower pane, a word or two on
    every other line. Its paragraphs are shown as paragraphs; copy gives the file's own
    text, line breaks and all. Found by a tester comparing drafts."""
    line = "The operator shall report the emissions of each installation to the"
    para = f"{line}\nAuthority at least once in every calendar year, in the form\nprescribed."
    wrapped = "\n\n".join([para] * 6) + "\n"
    flat = "\n\n".join([para.replace("\n", " ")] * 6) + "\n"
    view = showing(qtbot, plan_pair(compare(flat, wrapped)))
    assert view.comparison is not None and not view.comparison.changes
    pane = view.right
    assert "\u2028" not in pane.toPlainText() and "to the Authority" in pane.toPlainText()
    pane.setFocus()
    qtbot.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text() == wrapped.rstrip("\n")


def test_page_keys_go_on_from_the_change_reached(qtbot) -> None:  # type: ignore[no-untyped-def]
    """After Alt+End (or n, or Ctrl+J) PgUp went to the top of the document and PgDn back
    to where the reader had paged before: the keys move the text cursor, which stayed where
    it was. They go on from the change now, a screen at a time."""
    paragraphs = [
        f"Paragraph {i} tells of the bridge over the river, part {i}." for i in range(300)
    ]
    edited = [p.replace("river", "Ob") if i % 60 == 30 else p for i, p in enumerate(paragraphs)]
    diff = showing(qtbot, plan_pair(compare("\n\n".join(paragraphs), "\n\n".join(edited))))
    pane = diff.right
    bar = pane.verticalScrollBar()
    pane.setFocus()
    diff.go_to_end(last=True)
    at_change = bar.value()
    assert at_change > 5 * bar.pageStep()
    qtbot.keyClick(pane, Qt.Key.Key_PageUp)
    assert at_change - 1.5 * bar.pageStep() <= bar.value() < at_change
    qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    qtbot.keyClick(pane, Qt.Key.Key_PageDown)
    assert at_change < bar.value() <= at_change + 1.5 * bar.pageStep()
    diff.step(-1)  # n / p too
    at_change = bar.value()
    qtbot.keyClick(pane, Qt.Key.Key_PageUp)
    assert at_change - 1.5 * bar.pageStep() <= bar.value() < at_change
    assert on_one_row(diff)


def rows_line_up(diff: DiffView) -> bool:
    """Every row on screen starts at the same height in both panes."""
    first, last = diff.visible_rows()
    return all(
        abs(
            (diff.left.row_top(r) - diff.left.scroll_y())
            - (diff.right.row_top(r) - diff.right.scroll_y())
        )
        <= 1
        for r in range(first, last + 1)
    )


def test_rows_line_up_again_as_a_layout_goes_on(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A first jump to the end of a long pair (Alt+End) padded one side's rows to the other
    side's heights before that side was laid out at its width: the left rows stood under
    gaps, their neighbours on the right higher up, until the next key. Each slice of a
    layout lines the rows on screen up again."""
    from wirediff.ui.diff.align import _pad

    paragraphs = [
        f"Paragraph {i} tells of the bridge over the river, part {i}." for i in range(300)
    ]
    edited = [p.replace("river", "Ob") if i % 60 == 30 else p for i, p in enumerate(paragraphs)]
    diff = showing(qtbot, plan_pair(compare("\n\n".join(paragraphs), "\n\n".join(edited))))
    diff.go_to_end(last=True)
    assert rows_line_up(diff)
    first, last = diff.visible_rows()
    _pad(diff.left, [(diff.left.row_blocks(r)[-1], 80.0) for r in range(first, last + 1)])
    assert not rows_line_up(diff)  # as a stale measure left them
    diff.left.pacer.start(diff.left.document())  # the pane laid out again (a new width)
    qtbot.waitUntil(lambda: rows_line_up(diff))


@pytest.mark.parametrize("count", [200, 1500])  # laid out at once to be padded; by the pacer
def test_rows_padded_while_the_layout_is_under_way_leave_nothing_unlaid(  # type: ignore[no-untyped-def]
    qtbot, monkeypatch, count: int
) -> None:
    """A pair shown while its layout took several slices (a loaded machine): the rows on
    the first screen were padded between two slices, and Qt, its lazy layout changed while
    unfinished, took the blocks it had not reached for laid out (no lines, no height): the
    rest of both panes stayed blank, Alt+End landed on nothing and PgDn stopped partway,
    until Ctrl+I twice laid them out again; further down a long pair, some 250 rows stayed
    empty."""
    from wirediff.ui.jobs import slicer

    monkeypatch.setattr(slicer, "SLICE_SECONDS", 0.0)  # a block per turn, as under load
    paragraphs = [
        f"Paragraph {i} tells of the bridge over the river, part {i}." for i in range(count)
    ]
    edited = list(paragraphs)
    edited[1] += " It was built of stone and iron over four long years." * 3  # left padded
    edited[-2] = edited[-2].replace("river", "Ob")  # the last change: Alt+End goes there
    diff = showing(qtbot, plan_pair(compare("\n\n".join(paragraphs), "\n\n".join(edited))))
    for pane in (diff.left, diff.right):
        qtbot.waitUntil(lambda p=pane: not p.pacer.running(), timeout=20000)
    for pane in (diff.left, diff.right):
        doc = pane.document()
        unlaid = [
            n for n in range(doc.blockCount()) if doc.findBlockByNumber(n).layout().lineCount() == 0
        ]
        assert unlaid == [], f"{pane.objectName()}: blocks never laid out from {unlaid[:1]}"
    qtbot.waitUntil(lambda: rows_line_up(diff))  # padded once laid out
    assert diff.left.block(1).blockFormat().bottomMargin() > 30
    diff.go_to_end(last=True)
    last = len(diff.comparison.rows) - 1  # type: ignore[union-attr]
    assert diff.visible_rows()[1] == last and rows_line_up(diff)
    for pane in (diff.left, diff.right):  # the last row is there, with its height
        assert pane.row_extent(last, 1e9)[0] > 5


def test_text_selected_in_one_pane_unselects_the_other(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Both panes' selections stayed highlighted, and which one Ctrl+C would copy could
    not be told. Found by a mouse-first tester."""
    view = showing(qtbot, plan_pair(compare("The mayor spoke.\n", "The mayor spoke today.\n")))
    for pane, other in ((view.left, view.right), (view.right, view.left)):
        pane.setFocus()
        qtbot.keyClick(pane, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        assert pane.textCursor().hasSelection() and not other.textCursor().hasSelection()


def test_the_inline_copy_of_a_long_word_has_no_break_put_in(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The inline pane's copy carried the zero-width spaces put into a long word for Qt's
    line breaking: a URL copied broke. Found by a review."""
    url = "https://example.org/" + "a" * 1_000
    view = showing(qtbot, plan_pair(compare(f"See {url} now.\n", f"See {url} today.\n")))
    view.set_inline(True)
    view.left.setFocus()
    qtbot.keyClick(view.left, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.left, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert url in copied and "\u200b" not in copied


def test_the_inline_copy_of_a_word_the_wrap_broke_is_the_word(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A word a line's wrap broke at its hyphen ("correc-", "tions") is shown whole by two
    invisible characters; the inline pane's copy carried them, and "corrections" pasted
    into a mail was not found there. Found by a review."""
    para = (
        "The operator shall report the emissions of each installation to the\n"
        "Authority at least once in every calendar year and send the correc-\n"
        "tions in the form prescribed by the Authority on Monday, in writing."
    )
    wrapped = "\n\n".join(para.replace("year", f"year {i}") for i in range(6)) + "\n"
    changed = wrapped.replace("Monday", "Tuesday", 1)
    view = showing(qtbot, plan_pair(compare(wrapped, changed)))
    view.set_inline(True)
    view.left.setFocus()
    qtbot.keyClick(view.left, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.left, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "\u2060" in view.left.toPlainText()  # (shown whole)
    assert "send the corrections in" in copied and "\u2060" not in copied and "\u00ad" not in copied
    assert "[-Monday-] {+Tuesday+}" in copied


def test_the_inline_copy_of_a_moved_row_has_no_move_label(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A moved sentence's row ends with "↓ moved here from row 3 (click or Ctrl+J to
    jump)": the inline pane's copy pasted it into the text. Found by a review."""
    moved = "Police said the bridge would stay closed until the inspection ended on Friday."
    left = f"The river rose overnight.\n\nSchools were shut.\n\n{moved}\n"
    right = (
        f"{moved.replace('Friday', 'Monday')}\n\nThe river rose overnight.\n\nSchools were shut.\n"
    )
    view = showing(qtbot, plan_pair(compare(left, right)))
    view.set_inline(True)
    assert "moved here from" in view.left.toPlainText()  # (shown)
    view.left.setFocus()
    qtbot.keyClick(view.left, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(view.left, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = QApplication.clipboard().text()
    assert "moved" not in copied and "Ctrl+J" not in copied
    assert "ended on {+Monday+}." in copied and "The river rose overnight." in copied


def test_a_marked_copy_keeps_spaces_outside_its_marks() -> None:
    from wirediff.ui.common import theme
    from wirediff.ui.common.marked import marked

    runs = [("to ", ""), ("cut jobs ", theme.INLINE_OLD), ("shed staff", theme.INLINE_NEW)]
    assert marked(runs) == "to [-cut jobs-] {+shed staff+}"


def test_the_focus_frame_leaves_the_marks_over_the_first_line_whole(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The pane with the focus drew its frame over the top of its first line: the marks
    stacked over its letters (Vietnamese "Ẩ", an Arabic hamza and tanween) were cut, and
    the line read "Â" — the unfocused pane drew them whole (an Arabic editor's walkthrough,
    taken for a misreading until a re-check)."""
    from wirediff.ui.common.theme import FOCUS_FRAME

    text = "Ẩm thực Ỗ Ẫ Ấ ضاً أً\n\nSecond paragraph here.\n"
    diff = showing(qtbot, plan_pair(compare(text, text.replace("Second", "Third"))))
    for pane in (diff.left, diff.right):
        pane.setFocus()
        document = pane.document()
        top = document.documentLayout().blockBoundingRect(document.firstBlock()).top()
        # the line's room above its letters (the document's margin) lies wholly under the
        # frame, which took the top of it: the marks drawn there were cut
        assert top - pane.scroll_y() >= document.documentMargin() + FOCUS_FRAME


def test_the_focus_frame_stays_at_the_panes_edges_when_it_scrolls(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Scrolled, the pane with the focus moved its frame's drawn edges with the text: blue
    lines stood across the paragraphs (seen going to a bill's sections)."""
    from PySide6.QtGui import QPalette

    text = "\n\n".join(f"Paragraph {i} of the long text, with words enough." for i in range(200))
    diff = showing(qtbot, plan_pair(compare(text, text.replace("Paragraph 150", "Para 150"))))
    pane = diff.right
    pane.setFocus()
    qtbot.waitUntil(pane.hasFocus)
    qtbot.wait(50)
    bar = pane.verticalScrollBar()
    for _ in range(3):
        bar.setValue(bar.value() + pane.viewport().height() // 3)
        qtbot.wait(30)
    # (what the screen shows: grab() would paint the pane anew)
    window = pane.window()
    shot = window.screen().grabWindow(window.winId()).toImage()
    at = pane.viewport().mapTo(window, pane.viewport().rect().topLeft())
    image = shot.copy(at.x(), at.y(), pane.viewport().width(), pane.viewport().height())
    frame = pane.palette().color(QPalette.ColorRole.Highlight)
    height, width = image.height(), image.width()
    across = [
        y
        for y in range(6, height - 6)
        if sum(image.pixelColor(x, y) == frame for x in range(10, width - 10)) > (width - 20) * 0.9
    ]
    assert not across


@pytest.mark.parametrize(
    ("base", "edited", "shown"),
    [
        (
            "Fishermen must land their catch within two days of the trip.",
            "Fishermen must land their catch, the gear and the logs within two days of the trip.",
            "Fishermen must land their catch, the gear and the logs within two days of the trip.",
        ),
        (
            "The notice must be given in writing\nto the holder before the visit of the officer.",
            "The notice must be given in writing or online to the holder before the visit of "
            "the officer.",
            "The notice must be given in writing or online to the holder before the visit of "
            "the officer.",
        ),
    ],
)
def test_the_inline_view_puts_the_edited_texts_space_before_an_insertion(  # type: ignore[no-untyped-def]
    qtbot, base: str, edited: str, shown: str
) -> None:
    """A low-vision reader's bill pair, inline: "catch , the gear" (the base's space before
    the inserted comma) and "writing" at a line's end, then "or online" (the base's hard
    wrap before the inserted words); side by side both read right."""
    diff = showing(qtbot, plan_pair(compare(base, edited)))
    diff.set_inline(True)
    assert diff.left.document().toPlainText() == shown


def test_a_pane_heading_too_long_keeps_the_file_names_end(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A translation reviser at 175%: "by Documents Management Section · WRM-…" was cut at
    its end on both panes, and only the window's title said which revision stood where."""
    from wirediff.ui.diff.header import PaneHeader

    header = PaneHeader("left_title")
    qtbot.addWidget(header)
    header.resize(260, header.height())
    header.show()
    header.set_title("by Documents Management Section · 2026-03-05 · WRM-14-L1_E_rev1.docx")
    shown = header.title.shown_text()
    assert "…" in shown and shown.endswith("rev1.docx") and shown.startswith("by Doc")


def test_a_cut_pane_heading_keeps_its_day_and_time(qtbot) -> None:  # type: ignore[no-untyped-def]
    """A Korean desk's walkthrough: the headings of Yonhap's story and its (종합) update read
    "Yonhap · by 홍길동 · 2026-1… 14:30 · yonhap…ng.txt" and "… 2026-1… 16:55 …" — the date,
    wider than the short byline, was cut first and the day went. The byline and the file
    name's middle go first; the date loses only its year, at the last."""
    from wirediff.core.document import Document
    from wirediff.ui.common.text import heading
    from wirediff.ui.diff.header import PaneHeader

    doc = Document(
        path=Path("yonhap_samsung_2bo.txt"),
        text="x",
        title="삼성전자, 평택에 1조2천억원 투자…일자리 3만5천명 창출(종합)",
        source="Yonhap",
        byline="홍길동",
        date="2026-12-07T16:55:00",
        date_source="document",
    )
    header = PaneHeader("right_title")
    qtbot.addWidget(header)
    header.set_title(heading(doc))
    metrics = header.fontMetrics()
    whole = metrics.horizontalAdvance(header.title.text())
    least = metrics.horizontalAdvance("Yonhap · 7 Dec 16:55 · yonh…txt")
    for room in range(whole, least, -8):
        header.title.resize(room + 4, header.height())  # (its margins: 2 pixels each end)
        shown = header.title.shown_text()
        assert metrics.horizontalAdvance(shown) <= room
        assert "2026-12-07 16:55" in shown or "7 Dec 16:55" in shown, (room, shown)
        assert "Yonhap" in shown and shown.endswith("txt\u2069"), (room, shown)
    header.title.resize(whole - 20 + 4, header.height())
    assert "2026-12-07 16:55" in header.title.shown_text()  # (its year while it has room)
