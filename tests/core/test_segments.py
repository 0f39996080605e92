"""Paragraphs and sentences: the units the alignment pairs."""

import random

import pytest

from tests.core.helpers import lines, sentences
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.result import OpKind
from wirediff.core.segments import paragraph_spans, reflowed, units
from wirediff.core.tokens import scan


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
    assert sentences("یہ پہلا جملہ ہے۔ دوسرا جملہ۔") == ["یہ پہلا جملہ ہے۔", "دوسرا جملہ۔"]
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


SCHEDULE = [
    "Category  Installations                  Maximum penalty (EUR)  Daily penalty (EUR)",
    "A         Combustion plants 1-50 MW      25,000                 1,500",
    "B         Combustion plants above 50 MW  120,000                6,000",
    "C         Waste incineration             200,000                10,000",
]
WRAPPED_CLAUSE = (
    "(1) A designated officer shall assess the results of continuous monitoring at\n"
    "each stack subject to the conditions attached to a permit.  The agency may\n"
    "review them at any time."
)


def test_a_table_in_a_hard_wrapped_text_is_a_row_a_paragraph():
    """A bill hard-wrapped, its schedule a table, against the bill a paragraph a line: the
    table was one paragraph against a row each, and unchanged rows were deleted and
    inserted. Found by a tester comparing drafts."""
    wrapped = "\n\n".join([WRAPPED_CLAUSE] * 5 + ["\n".join(SCHEDULE)]) + "\n"
    spans = paragraph_spans(wrapped)
    assert [wrapped[a:b] for a, b in spans] == [WRAPPED_CLAUSE] * 5 + SCHEDULE
    unwrapped = "\n\n".join([" ".join(WRAPPED_CLAUSE.split("\n"))] * 5 + ["\n".join(SCHEDULE)])
    result = compare(unwrapped, wrapped)
    assert result.stats.similarity == 1.0 and not result.changes


def test_justified_prose_is_no_table():
    """Justified text pads its lines with spaces here and there: read as a table, each of
    its paragraphs was cut in its lines, and the same text unwrapped had 39 changes. A
    table's columns start at one place on every row. Found by a review."""
    import textwrap

    def justified(line: str, width: int) -> str:
        words, gaps = line.split(), line.count(" ")
        extra, at = width - len(line), 0
        while extra > 0 and gaps:
            words[at % gaps] += " "
            extra, at = extra - 1, at + 7
        return " ".join(words)

    rng = random.Random(5)
    vocabulary = "the council met spoke of roads schools parks budget mayor river city".split()
    para = " ".join(rng.choice(vocabulary) * rng.randint(1, 2) for _ in range(120)) + "."
    lines = textwrap.wrap(para, 70)
    block = "\n".join([*(justified(line, 70) for line in lines[:-1]), lines[-1]])
    text = "\n\n".join([block] * 6) + "\n"
    assert len(paragraph_spans(text)) == 6
    assert not compare("\n\n".join([para] * 6), text).changes


def test_a_hard_wrapped_text_reflows_its_paragraphs_and_no_other_text_does():
    wrapped = "\n\n".join([WRAPPED_CLAUSE] * 5 + ["\n".join(SCHEDULE)]) + "\n"
    shown = reflowed(wrapped)
    assert len(shown) == len(wrapped)
    assert shown.split("\n\n")[:5] == [WRAPPED_CLAUSE.replace("\n", " ")] * 5
    assert shown.endswith("\n".join(SCHEDULE) + "\n")  # a table keeps its rows
    news = "Headline\n\nA first paragraph.\nA second paragraph.\n"
    assert reflowed(news) == news
    line = "这是一个很长的中文句子用来测试换行的处理方式我们需要很多字符才能"
    chinese = "\n\n".join([f"{line}\n达到换行的宽度这样才行。"] * 10)
    assert reflowed(chinese).startswith(f"{line}\u200b达到")  # no space between two letters


def test_long_lines_stay_one_paragraph_each():
    text = ("word " * 30 + "\n") * 3 + "\n" + ("word " * 30 + "\n") * 6
    assert len(paragraph_spans(text)) == 9


@pytest.mark.parametrize(
    "text",
    [
        "Gen. Mark Milley spoke on Friday.",
        "She lives at No. 10 Downing Street.",
        "Prices rose to 1,000.50 dollars, or 3.5 percent.",
        "The meeting starts at 10 a.m. Monday in Baghdad.",
        "See example.com/page.html for details.",
        "Write to john.doe@example.com for details.",
        "The talks ended... and nothing was agreed.",
        "The company, Acme Inc., said profits rose.",
        "Lt. Col. Wayne Marotto said the U.S.-led coalition would stay.",
        "The St. Louis Cardinals won.",
    ],
)
def test_news_prose_without_false_breaks(text):
    assert sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will not leave," he said. "Never."', ['"We will not leave," he said.', '"Never."']),
        ("The talks ended... Nothing was agreed.", ["The talks ended...", "Nothing was agreed."]),
        ("The vote was 3-2. Critics objected.", ["The vote was 3-2.", "Critics objected."]),
        (
            "Read more at www.reuters.com. Back to top.",
            ["Read more at www.reuters.com.", "Back to top."],
        ),
        ("He said: “It is over.” Then he left.", ["He said: “It is over.”", "Then he left."]),
        ("Is it true? Yes! It is.", ["Is it true?", "Yes!", "It is."]),
        (
            "The U.K. government said. The E.U. agreed.",
            ["The U.K. government said.", "The E.U. agreed."],
        ),
    ],
)
def test_news_prose_sentence_breaks(text, expected):
    assert sentences(text) == expected


def test_quoted_no_ends_a_sentence():
    assert sentences("Asked if troops would stay, he said “no.” Talks went on.") == [
        "Asked if troops would stay, he said “no.”",
        "Talks went on.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("प्रधानमंत्री ने कहा। बैठक हुई।", ["प्रधानमंत्री ने कहा।", "बैठक हुई।"]),
        ("Er sagte „Nein.“ Dann ging er.", ["Er sagte „Nein.“", "Dann ging er."]),
        ("Il a dit : « Non. » Puis il est parti.", ["Il a dit : « Non. »", "Puis il est parti."]),
    ],
)
def test_sentence_stops_of_other_scripts_and_quotes(text, expected):
    assert sentences(text) == expected


# Cause 4 of issue 10: an Urdu full stop run into the next word did not end a sentence, so
# whole paragraphs were one "sentence" and nothing paired.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "پولیس نے ملزم کو گرفتار کردیا۔پولیس کے مطابق تفتیش جاری ہے۔",
            ["پولیس نے ملزم کو گرفتار کردیا۔", "پولیس کے مطابق تفتیش جاری ہے۔"],
        ),
        ("کیا آپ آئیں گے؟ہاں ضرور آؤں گا۔", ["کیا آپ آئیں گے؟", "ہاں ضرور آؤں گا۔"]),
        ("कल बैठक हुई।फिर सब चले गए।", ["कल बैठक हुई।", "फिर सब चले गए।"]),
        ("Մենք երեկ եկանք։Նրանք գնացին։", ["Մենք երեկ եկանք։", "Նրանք գնացին։"]),
    ],
)
def test_stops_of_other_scripts_end_a_sentence_without_a_space(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Πού θα βρεθούν τα χρήματα; Ο υπουργός απάντησε ότι θα βρεθούν.",
            ["Πού θα βρεθούν τα χρήματα;", "Ο υπουργός απάντησε ότι θα βρεθούν."],
        ),
        (  # (the Greek question mark's own character)
            "Πού θα βρεθούν τα χρήματα\u037e Ο υπουργός απάντησε.",
            ["Πού θα βρεθούν τα χρήματα\u037e", "Ο υπουργός απάντησε."],
        ),
        ("«Πότε;» Ρώτησε ο βουλευτής.", ["«Πότε;»", "Ρώτησε ο βουλευτής."]),
        (
            "Ο Δρ. Παπαδάκης μίλησε. Ο Καθ. Νικολάου όχι.",
            ["Ο Δρ. Παπαδάκης μίλησε.", "Ο Καθ. Νικολάου όχι."],
        ),
        (
            "Είπε ο κ. Παπαδάκης, δηλ. Ο υπουργός, κλπ. Και έφυγε.",
            ["Είπε ο κ. Παπαδάκης, δηλ. Ο υπουργός, κλπ. Και έφυγε."],
        ),
        # (a ";" after a letter of another script is no question: code, an English list)
        (
            "Buy apples; Oranges are dear. Set x = 1; Y = 2.",
            ["Buy apples; Oranges are dear.", "Set x = 1; Y = 2."],
        ),
        ("Купили яблоки; Апельсины дорогие.", ["Купили яблоки; Апельсины дорогие."]),
    ],
)
def test_greek_question_marks_end_and_abbreviations_do_not(text, expected):
    """Sentence evidence was wrong for Greek copy that dropped questions: "…χρήματα; Ο
    υπουργός…" was one sentence, and "Ο Δρ. Παπαδάκης" was cut after "Δρ." (a Greek desk's
    walkthrough)."""
    assert sentences(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "ผู้ว่าฯ กทม. กล่าวว่า ฝนจะตกหนักในช่วงวันที่ 8-10 ธ.ค. นี้ ขอให้ประชาชนระวังอันตราย",
        "ด้านกรมป้องกันและบรรเทาสาธารณภัย (ปภ.) ได้สั่งการให้เตรียมพร้อม",
        "เมื่อเวลา 11:30 น. วันที่ 7 ธ.ค. 2569 ที่ประชุม ครม. มีมติ",
        "ระหว่าง ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. และ ธ.ค. ที่ผ่านมา",
    ],
)
def test_a_thai_abbreviations_dot_ends_no_sentence(text):
    """Thai writes no full stop; "กทม. กล่าวว่า…" and "(ปภ.) ได้สั่งการ…" were cut in two
    sentences (a Southeast Asian monitoring desk's walkthrough)."""
    assert sentences(text) == [text]


def test_a_latin_sentence_after_a_thai_word_still_ends_at_its_stop():
    assert sentences("Bangkok (กทม) flooded. Schools closed.") == [
        "Bangkok (กทม) flooded.",
        "Schools closed.",
    ]


def test_a_stop_before_a_letter_of_another_script_is_no_break():
    # "۔" typed before a Latin word or a digit is not the glued stop of running Urdu text.
    assert len(sentences("قیمت 20۔50 روپے ہے۔")) == 1
    assert len(sentences("ویب سائٹ۔com پر دیکھیں۔")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "لاہور ۔ وزیر اعلیٰ نے آج نئے ہسپتال کا افتتاح کیا۔",
        "کیپ ٹاؤن۔ یکم دسمبر کو پاکستان نے بنگلہ دیش کو ہرا دیا۔",
        "LAHORE. The chief minister opened a new hospital today.",
    ],
)
def test_a_dateline_stays_with_its_sentence(text):
    assert sentences(text) == [text]


def test_a_short_sentence_is_no_dateline():
    assert sentences("Yes. The vote passed. Good. It failed.") == [
        "Yes.",
        "The vote passed.",
        "Good.",
        "It failed.",
    ]
    assert sentences("LAHORE. Talks ended.", CompareOptions(dateline_max_words=0)) == [
        "LAHORE.",
        "Talks ended.",
    ]


def test_a_lower_cased_text_still_has_sentences():
    text = "the council met on monday. it approved the budget. the mayor was absent."
    assert sentences(text) == [
        "the council met on monday.",
        "it approved the budget.",
        "the mayor was absent.",
    ]
    assert sentences("The council met on monday. it approved the budget.") == [
        "The council met on monday. it approved the budget."
    ]


HEADLINES = [
    "Iraq talks resume in Baghdad",
    "Oil prices climb on supply fears",
    "Storm closes schools in the north",
    "Central bank holds rates steady",
    "Football club names new coach",
    "Parliament debates budget bill",
    "Floods displace thousands in the south",
    "Minister resigns over contract row",
    "Airline adds routes to Europe",
    "Court rejects appeal in fraud case",
]


def test_a_list_of_short_lines_keeps_one_paragraph_per_line():
    assert len(paragraph_spans(lines(*HEADLINES))) == len(HEADLINES)


def test_a_few_long_lines_do_not_hide_hard_wrapping():
    block = (
        "The council voted on Tuesday to approve a new budget for the parks,\n"
        "and opponents said the money should go to the roads instead of trees\n"
        "while the mayor disagreed and said so at length to the reporters."
    )
    url = "See https://example.com/" + "a" * 120 + " for the full text of the budget."
    text = "\n\n".join([block] * 6 + [url] + [block] * 6) + "\n"
    assert len(paragraph_spans(text)) == 13
    many_long = "\n\n".join([block, url, url, block]) + "\n"
    assert len(paragraph_spans(many_long)) == 8


def test_sentences_starting_lower_case_stay_sentences_when_capitals_are_added():
    """Two versions of a text whose sentences start in lower case, one with three capital
    words inserted: both are cut at every stop, so the diff is the insertion alone (the
    version with capitals was one long run cut every 80 tokens, and unchanged sentences
    showed as deleted and inserted again)."""
    body = " ".join(f"word{i} and more words here{i}." for i in range(40))
    edited = body.replace("word3 ", "word3 INSERTED WORDS HERE ", 1)
    assert len(sentences(body)) == len(sentences(edited)) == 40
    result = compare(body, edited)
    assert (result.stats.words_added, result.stats.words_deleted) == (3, 0)


def test_a_long_run_without_stops_is_cut_at_the_same_words_in_both_versions():
    """No clause mark to cut a 400-word run after: the cuts follow the words, not the
    count, so two words inserted at its start leave every later piece equal."""
    run = " ".join(f"w{i * 7919 % 1000}" for i in range(400))
    edited = "new words " + run
    result = compare(run, edited)
    assert (result.stats.words_added, result.stats.words_deleted) == (2, 0)


# Thai syllables: Thai is written without spaces, and every character (with its marks) is a
# token, from an alphabet of a few dozen.
_THAI = "การ ประ เทศ รัฐ บาล ไทย ว่า จะ เพิ่ม งบ ใน ปี และ ที่ ของ นา ยก ลง ทุน เด็ก".split()


def _thai_run(rng: random.Random, syllables: int) -> list[str]:
    return [rng.choice(_THAI) for _ in range(syllables)]


def _changed(result) -> list[tuple[int, int, int, int]]:
    """The left and right spans of every operation that is not equal."""
    return [
        (op.left.start, op.left.end, op.right.start, op.right.end)
        for row in result.rows
        for op in row.ops
        if op.kind != OpKind.EQUAL
    ]


def test_a_long_thai_run_edited_anywhere_is_cut_at_the_same_places_elsewhere():
    """A run of 300 Thai characters with no stop, one syllable replaced: the diff marks that
    syllable and nothing else. The cuts were chosen, window after window, at the token of
    smallest CRC-32, the first of equal ones: in Thai many tokens of a window tie, an edit
    before the cut shifted the window, the two versions were cut at different places, and
    the unchanged text between the two cuts showed as deleted and inserted again."""
    rng = random.Random(5)
    wrong = []
    for _ in range(40):
        syllables = _thai_run(rng, 120)
        k = rng.randrange(len(syllables))
        new = rng.choice([s for s in _THAI if s != syllables[k]])
        left = "".join(syllables)
        right = "".join([*syllables[:k], new, *syllables[k + 1 :]])
        start = len("".join(syllables[:k]))
        end, new_end = start + len(syllables[k]), start + len(new)
        for a, b, c, d in _changed(compare(left, right)):
            if a < start - 3 or b > end + 3 or c < start - 3 or d > new_end + 3:
                wrong.append((k, left[a:b], right[c:d]))
    assert wrong == []


@pytest.mark.parametrize("limit", [2, 3, 7, 80])
def test_long_runs_are_cut_into_pieces_of_a_third_of_the_limit_to_the_limit(limit):
    rng = random.Random(11)
    options = CompareOptions(unit_max_tokens=limit)
    for n in (limit + 1, limit * 3 // 2, limit * 2 + 1, limit * 5, limit * 25):
        text = "".join(_thai_run(rng, n))
        arrays = scan(text, options)
        found = units(text, arrays, options=options)
        assert [i for u in found for i in range(u.lo, u.hi)] == list(range(len(arrays)))
        sizes = [u.hi - u.lo for u in found]
        assert all(max(1, limit // 3) <= size <= limit for size in sizes), sizes


def test_a_long_run_of_one_word_is_cut_into_equal_pieces():
    """Every place ties: the first is taken, so the pieces are equal (as both versions of
    such a run have them), and found without looking at the run again for every piece
    (a run of 100,000 such tokens is cut in about 30 ms)."""
    text = "word " * 2000
    sizes = [u.hi - u.lo for u in units(text, scan(text, CompareOptions()))]
    assert sizes == [26] * 74 + [76]


def test_a_long_cjk_sentence_is_cut_after_its_clause_marks():
    """Full-width and ideographic clause marks (，、；：) are clause ends as the comma is."""
    rng = random.Random(3)
    ideographs = "国家统计局今天发布数据显示经济增长消费服务业投资就业收入"
    marks = "，、；：，，"
    clauses = ["".join(rng.choice(ideographs) for _ in range(14)) + marks[i % 6] for i in range(12)]
    text = "".join(clauses) + "结束。"
    pieces = sentences(text)
    assert len(pieces) > 1
    assert all(p[-1] in marks for p in pieces[:-1]), pieces


# A hard-wrapped treatise (1711) and its modern edition, one paragraph a line.
TREATISE = (
    "It is a truth which I shall endeavour to show in the following pages,\n"
    "that the study of antient manuscripts is of the first importance, and\n"
    "how the author's own correc-\n"
    "tions were neglected by the printer of the second edition; the scribe\n"
    "wrote 'some-\n"
    "thing' where the sense requires 'nothing', a well-\n"
    "known confusion in the hands of that period, as every reader knows.\n"
)
MODERN = TREATISE.replace("well-\n", "well-").replace("-\n", "").replace("\n", " ").strip()


def test_a_word_a_hard_wrap_broke_reads_whole_and_is_no_change():
    """ "correc-", a line break, "tions" in a hard-wrapped treatise was shown "correc- tions"
    and compared as two words, a change against the modern edition's "corrections". It
    reads whole, a word joiner and a soft hyphen in the place of the hyphen and the line
    break (the same length; a pane may still break the line there, a hyphen shown then),
    and is the same word. A compound broken so ("well-", "known") reads and compares as
    one word without its hyphen: a change against "well-known". Found by a literary
    scholar."""
    wrapped = "\n\n".join([TREATISE.strip()] * 4) + "\n"
    shown = reflowed(wrapped)
    assert len(shown) == len(wrapped)
    assert "own correc\u2060\u00adtions were" in shown
    assert "'some\u2060\u00adthing'" in shown and "well\u2060\u00adknown" in shown
    assert "-\n" not in shown
    modern = "\n\n".join([MODERN.replace("well-known", "wellknown")] * 4) + "\n"
    result = compare(wrapped, modern)
    assert not result.changes, [c for c in result.changes]
    compound = compare(wrapped, "\n\n".join([MODERN] * 4) + "\n")
    assert len(compound.changes) == 4
    # A poem's lines (each its own paragraph) join no word across them.
    assert reflowed("A line broken a-\nlone\n") == "A line broken a-\nlone\n"
