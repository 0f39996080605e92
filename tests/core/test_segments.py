import pytest

from wirediff.core.options import CompareOptions
from wirediff.core.segments import paragraph_spans, units
from wirediff.core.tokens import scan


def sentences(text: str) -> list[str]:
    arrays = scan(text, CompareOptions())
    return [text[arrays.starts[u.lo] : arrays.ends[u.hi - 1]] for u in units(text, arrays)]


def test_paragraphs_are_non_blank_lines():
    text = "One.\n\n  \nTwo\nThree\n"
    assert [text[s:e] for s, e in paragraph_spans(text)] == ["One.", "Two", "Three"]


@pytest.mark.parametrize(
    "text",
    [
        "The U.S. Army said so.",
        "Mr. Smith met Dr. Jones on Jan. 6 in Washington.",
        "Growth was 2.5 percent last year.",
        "It rose after the Daesh (ISIS)* terrorist group rose.",
        "John F. Kennedy spoke at 5 p.m. on Friday.",
        "He said “no.” and left.",
    ],
)
def test_no_false_sentence_breaks(text):
    assert sentences(text) == [text]


def test_sentence_breaks():
    text = "First one. Second one! “Third?” she asked. Fourth…\nNew paragraph."
    assert sentences(text) == [
        "First one.",
        "Second one!",
        "“Third?” she asked.",
        "Fourth…",
        "New paragraph.",
    ]


def test_right_to_left_and_cjk_sentences():
    assert sentences("پہلا جملہ۔ دوسرا جملہ۔") == ["پہلا جملہ۔", "دوسرا جملہ۔"]
    assert sentences("هل أنت هنا؟ نعم.") == ["هل أنت هنا؟", "نعم."]
    assert sentences("今日は晴れ。明日は雨。") == ["今日は晴れ。", "明日は雨。"]


def test_units_cover_every_token_once():
    text = "Ab cd. Ef gh.\n\nIj kl!  Mn op?\n"
    arrays = scan(text, CompareOptions())
    found = units(text, arrays)
    covered = [i for u in found for i in range(u.lo, u.hi)]
    assert covered == list(range(len(arrays)))
    assert [u.para for u in found] == [0, 0, 1, 1]


def test_hard_wrapped_text_has_block_paragraphs():
    para = (
        "The council voted on Tuesday to approve a new budget for the parks.\n"
        "Opponents said the money should go to roads. The mayor disagreed\n"
        "and said so at length."
    )
    text = "\n\n".join([para] * 4) + "\n"
    spans = paragraph_spans(text)
    assert len(spans) == 4
    assert text[spans[0][0] : spans[0][1]] == para
    assert sentences(para + "\n\n" + para + "\n\n" + para)[:3] == [
        "The council voted on Tuesday to approve a new budget for the parks.",
        "Opponents said the money should go to roads.",
        "The mayor disagreed\nand said so at length.",
    ]


def test_long_lines_stay_one_paragraph_each():
    text = ("word " * 30 + "\n") * 3 + "\n" + ("word " * 30 + "\n") * 6
    assert len(paragraph_spans(text)) == 9
