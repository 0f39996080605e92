"""Words of the Indic scripts that look the same compare the same: joiners that show
nothing, Bengali's khanda ta and Malayalam's chillus as older converters spell them (a
Hindi, Bengali and Indian-English desk's walkthrough)."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.tokens import fold_key

ZWNJ, ZWJ = "\u200c", "\u200d"


@pytest.mark.parametrize(
    ("word", "other"),
    [
        ("कारण", f"का{ZWNJ}रण"),  # (a ZWNJ where it shows nothing)
        ("प्रतिशत", f"प्रति{ZWJ}शत"),
        (f"क्{ZWNJ}ष", "क्ष"),  # (a conjunct's form chosen)
        ("ভবিষ্যৎ", f"ভবিষ্যত্{ZWJ}"),  # (khanda ta, and as ত + hasanta + ZWJ)
        ("ভবিষ্যৎ", f"ভবিষ্য{ZWNJ}ৎ"),
        ("അവൻ", f"അവന്{ZWJ}"),  # (a Malayalam chillu, and as ന + virama + ZWJ)
        ("ਪੰਜਾਬ", f"ਪੰ{ZWNJ}ਜਾਬ"),
        ("ශ්රී", f"ශ්{ZWJ}රී"),  # (Sinhala's rakaransaya)
    ],
)
def test_an_indic_words_joiners_are_no_change(word: str, other: str) -> None:
    options = CompareOptions()
    assert fold_key(word, options) == fold_key(other, options)
    strict = CompareOptions(fold_typography=False)
    assert fold_key(word, strict) != fold_key(other, strict)


def test_a_joiner_outside_an_indic_word_stays() -> None:
    family = "👨\u200d👩\u200d👧"
    assert fold_key(family, CompareOptions()) == family
    assert fold_key(f"a{ZWJ}b", CompareOptions()) != "ab"
    # (khanda ta is a letter of its own: ত + hasanta without a joiner is not it)
    assert fold_key("ভবিষ্যত্", CompareOptions()) != fold_key("ভবিষ্যৎ", CompareOptions())


def test_indic_joiners_change_the_keys_never_the_text() -> None:
    left = "तेज़ी के कारण मुद्रास्फीति का अनुमान 4.8 प्रतिशत किया गया। ভবিষ্যৎ নিয়ে তিনি আশাবাদী।\n"
    right = (
        f"तेज़ी के का{ZWNJ}रण मुद्रास्फीति का अनुमान 4.8 प्रति{ZWJ}शत किया गया। "
        f"ভবিষ্যত্{ZWJ} নিয়ে তিনি আশাবাদী।\n"
    )
    result = compare(left, right)
    assert result.changes == () and result.stats.similarity == 1.0
    assert result.rebuild("left") == left and result.rebuild("right") == right
    changed = compare(left, right.replace("कारण", "वजह").replace(f"का{ZWNJ}रण", "वजह"))
    assert len(changed.changes) == 1


def test_the_stories_shingles_fold_indic_joiners_as_the_keys_do() -> None:
    from wirediff.core.stories.features import fold_text

    assert fold_text(f"के का{ZWNJ}रण ভবিষ্যত্{ZWJ}") == fold_text("के कारण ভবিষ্যৎ")
