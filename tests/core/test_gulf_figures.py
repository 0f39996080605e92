"""Arabic's, Persian's and Urdu's numbers in words as figures (a Gulf desk's walkthrough:
"ثلاثة → خمسة", three dead become five, was in no figures changed)."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.numerals import arabic_script_number
from wirediff.core.quoting import changed_figures

_AR_TAIL = " عندما ضرب زلزال محافظة هرمزجان في جنوب إيران مساء يوم الاثنين، وفق التلفزيون."
_FA_TAIL = " و تیم‌های امدادی به روستاهای اطراف اعزام شدند، به گزارش خبرگزاری."
_UR_TAIL = " اور امدادی ٹیمیں قریبی دیہات روانہ کر دی گئیں، سرکاری ٹی وی نے بتایا۔"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # the toll in words, changed: a figure changed, as English's "Three → Five"
        ("قال إن ثلاثة أشخاص لقوا حتفهم", "قال إن خمسة أشخاص لقوا حتفهم", ["ثلاثة → خمسة"]),
        ("قال إن ثلاثة أشخاص لقوا حتفهم", "قال إن 7 أشخاص لقوا حتفهم", ["ثلاثة → 7"]),
        # the same toll in words and in digits, its feminine, its prefixes: none
        ("قال إن ثلاثة أشخاص لقوا حتفهم", "قال إن 3 أشخاص لقوا حتفهم", []),
        ("قال إن ثلاث نساء لقين حتفهن", "قال إن 3 نساء لقين حتفهن", []),
        ("قال إن أربعة أشخاص لقوا حتفهم", "قال إن اربعة أشخاص لقوا حتفهم", []),
        ("وقال إن الحصيلة ارتفعت بخمسة قتلى", "وقال إن الحصيلة ارتفعت ب5 قتلى", []),
        ("قال إن والثلاثة لقوا حتفهم", "قال إن و3 لقوا حتفهم", []),
        # a teen and a ten whole: 13 is no 3 and 10, 25 no 5 and 20
        ("قال إن ثلاثة عشر شخصا لقوا حتفهم", "قال إن 13 شخصا لقوا حتفهم", []),
        ("قال إن خمسة وعشرون شخصا لقوا حتفهم", "قال إن 25 شخصا لقوا حتفهم", []),
        ("قال إن ثلاثة عشر شخصا لقوا حتفهم", "قال إن 14 شخصا لقوا حتفهم", ["ثلاثة عشر → 14"]),
        # "أحد" alone is anyone ("no one was hurt"), no one
        ("قال إنه لم يصب أحد بأذى", "قال إنه أصيب 3 بأذى", []),
        # words that are a number's short form as often as another word, never alone: "تسع"
        # (holds), and Persian's "ده" (a village) but before a word a count goes with (a
        # review: "تسع → 1200", "ده → 12")
        ("قال إن القاعة تسع لألف شخص", "قال إن القاعة تتسع لـ 1200 شخص", []),
        ("گفت سیل به ده رسید", "گفت سیل به 12 روستا رسید", []),
        ("در این حادثه ده نفر کشته شدند", "در این حادثه 12 نفر کشته شدند", ["ده → 12"]),
        ("قال إن خمس عشرة امرأة أصبن", "قال إن 15 امرأة أصبن", []),
        # Persian's and Urdu's
        ("در این حادثه سه نفر کشته شدند", "در این حادثه پنج نفر کشته شدند", ["سه → پنج"]),
        ("در این حادثه سه نفر کشته شدند", "در این حادثه 3 نفر کشته شدند", []),
        ("در این حادثه نه نفر کشته شدند", "در این حادثه 12 نفر کشته شدند", ["نه → 12"]),
        ("زلزلے میں تین افراد ہلاک ہو گئے", "زلزلے میں پانچ افراد ہلاک ہو گئے", ["تین → پانچ"]),
        ("زلزلے میں تین افراد ہلاک ہو گئے", "زلزلے میں 3 افراد ہلاک ہو گئے", []),
    ],
)
def test_a_number_in_arabic_persian_or_urdu_words_is_a_figure(
    old: str, new: str, said: list[str]
) -> None:
    tail = _FA_TAIL if "نفر" in old else _UR_TAIL if "افراد" in old else _AR_TAIL
    assert changed_figures(compare(old + tail, new + tail))[0] == said


@pytest.mark.parametrize(
    ("said", "value"),
    [
        ("ثلاثة", 3),
        ("ثلاث", 3),
        ("والثلاثة", 3),
        ("بخمسة", 5),
        ("للعشرة", 10),
        ("واحدة", 1),
        ("إثنتين", 2),
        ("اثنين", 2),
        ("ست", 6),
        ("ثمانية", 8),
        ("أحد عشر", 11),
        ("اثنا عشر", 12),
        ("تسعة عشر", 19),
        ("خمسة وعشرون", 25),
        ("عشرين", 20),
        ("یک", 1),
        ("يك", 1),
        ("چهار", 4),
        ("ده", 10),
        ("آٹھ", 8),
        ("دس", 10),
        # words that are no number: Monday, anyone, "I am not", the Arbaeen, Tuesday and
        # Thursday in Persian, a word a number starts
        ("الاثنين", None),
        ("أحد", None),
        ("لست", None),
        ("الأربعين", None),
        ("سه\u200cشنبه", None),
        ("پنج شنبه", None),
        ("ثلاثاء", None),
        ("خميس", None),
    ],
)
def test_arabic_script_numbers_read(said: str, value: int | None) -> None:
    found = arabic_script_number(said)
    assert (found[0] if found is not None and found[1] == len(said) else None) == value


_QUAKE_TAIL = " محافظة هرمزجان في جنوب إيران مساء يوم الاثنين، وشعر به سكان في دبي والشارقة."


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # one figure against three in a sentence rewritten: the magnitude with the magnitude,
        # the dead and the injured facts added (it was "5.9 → 18 … 6.1")
        (
            "دبي (رويترز) - قال مركز رصد الزلازل الأوروبي المتوسطي إن زلزالا بقوة 5.9 درجة ضرب"
            + _QUAKE_TAIL,
            "دبي (رويترز) - قال التلفزيون الرسمي الإيراني إن ثلاثة أشخاص لقوا حتفهم وأصيب 18"
            " آخرون عندما ضرب زلزال بقوة 6.1 درجة" + _QUAKE_TAIL,
            ["5.9 → 6.1"],
        ),
        (
            "A quake of magnitude 5.9 struck the province of Hormozgan late on Monday,"
            " the European centre said.",
            "Three people were killed and 18 injured when a quake of magnitude 6.1 struck the"
            " province of Hormozgan late on Monday, the European centre said.",
            ["5.9 → 6.1"],
        ),
        # a toll in words against a toll in words beside the injured in digits: the toll
        # with the toll (it was "خمسة → 52", the dead against the injured)
        (
            "قال التلفزيون إن عدد قتلى الزلزال ارتفع إلى خمسة" + _QUAKE_TAIL,
            "قال التلفزيون إن عدد قتلى الزلزال ارتفع إلى سبعة وإصابة 52" + _QUAKE_TAIL,
            ["خمسة → سبعة"],
        ),
        (
            "The death toll from the quake rose to five in Hormozgan late on Monday, TV said.",
            "The death toll from the quake rose to seven and 52 injured in Hormozgan late on"
            " Monday, TV said.",
            ["five → seven"],
        ),
        # two figures said alike on the longer side: no pairing guessed, every figure said
        (
            "capsized early on Saturday, killing at least 27 people, the coastguard said after"
            " the blast at the port on Thursday, officials said.",
            "capsized early on Saturday, and the toll rose to 38 as 6 people remained missing,"
            " the coastguard said after the blast at the port on Thursday, officials said.",
            ["27 people → 38 … 6 people"],
        ),
    ],
)
def test_figures_of_unequal_sides_are_paired_by_the_words_they_are_said_with(
    old: str, new: str, said: list[str]
) -> None:
    """22:10 → 23:05 of a night's quake said "figures changed: 5.9 → 6.1, 5.9 → 18 … 6.1":
    a magnitude paired with an injury count (a Gulf desk's walkthrough)."""
    assert changed_figures(compare(old, new))[0] == said
