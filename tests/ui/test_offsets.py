"""Code points to UTF-16 and back: the one conversion helper, and highlights that use it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from wirediff.core.compare import compare
from wirediff.ui.common.theme import LIGHT, char_formats
from wirediff.ui.diff.documents import build_document
from wirediff.ui.diff.offsets import Utf16Offsets
from wirediff.ui.diff.plan import plan_pair

URDU = "پاکستان کے وزیر اعظم نے آج کہا"
ARABIC = "قال رئيس الوزراء العراقي"


def test_bmp_text_is_unchanged() -> None:
    conv = Utf16Offsets(f"plain {URDU} {ARABIC}")
    assert [conv.to_qt(i) for i in range(5)] == list(range(5))
    assert conv.to_qt(40) == 40


def test_emoji_takes_two_units() -> None:
    text = "a😀b👍🏽c"
    conv = Utf16Offsets(text)
    assert conv.to_qt(1) == 1  # the emoji starts at 1 in both
    assert conv.to_qt(2) == 3  # "b" is after a surrogate pair
    assert conv.to_qt(len(text)) == len(text.encode("utf-16-le")) // 2
    assert conv.to_cp(3) == 2
    assert conv.to_cp(2) == 1  # the middle of a pair rounds down to the character


@given(st.lists(st.sampled_from(["a", " ", "😀", "ی", "\U0001f469\u200d\U0001f4bb"])).map("".join))
def test_round_trip(text: str) -> None:
    conv = Utf16Offsets(text)
    for cp in range(len(text) + 1):
        qt = conv.to_qt(cp)
        assert qt == len(text[:cp].encode("utf-16-le")) // 2
        assert conv.to_cp(qt) == cp


def _highlighted(doc, key: str) -> list[str]:  # type: ignore[no-untyped-def]
    """The runs of text in ``doc`` carrying the format of style ``key``."""
    wanted = char_formats(LIGHT)[key].background()
    runs, block = [], doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.charFormat().background() == wanted:
                runs.append(fragment.text())
            it += 1
        block = block.next()
    return runs


def test_emoji_and_urdu_do_not_shift_highlights(qapp) -> None:  # type: ignore[no-untyped-def]
    left = f"Leaders 😀🇮🇶 met today. {URDU} ہے۔ {ARABIC}. The talks ended with a deal."
    right = f"Leaders 😀🇮🇶 met today. {URDU} ہے۔ {ARABIC}. The talks ended with a truce."
    plan = plan_pair(compare(left, right))
    left_doc = build_document(plan.left, LIGHT)
    right_doc = build_document(plan.right, LIGHT)
    assert _highlighted(left_doc, "replace_old") == ["deal"]
    assert _highlighted(right_doc, "replace_new") == ["truce"]
    # The document positions of the change (used for the outline) land on the word too.
    change = plan.comparison.changes[0]
    start = plan.right.position(change.row, "right", change.right.start)
    end = plan.right.position(change.row, "right", change.right.end, end=True)
    assert start is not None and end is not None
    cursor = QTextCursor(right_doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "truce"
    # And a position maps back to the same code point.
    assert plan.right.source_offset(start) == ("right", change.right.start)
