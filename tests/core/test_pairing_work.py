"""The work of pairing groups of sentences stays near-linear on a tiny vocabulary.

Counted in calls, not seconds: a fuzzed pair of 10,000 Thai letters without spaces took 8 to
30 s, every pair of its units sharing enough letters to be the corner of a group.
"""

import random

import pytest

from tests.core.helpers import SAMPLE_TEXTS, compared
from wirediff.core import pairing
from wirediff.core.options import CompareOptions

THAI = "สหรัฐเตรียมปรับบทบาททหารในอิรัก"  # its vowel marks join letters into few tokens


def thai(seed: int, n: int) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(THAI) for _ in range(n))


def few_words(seed: int, sentences: int) -> str:
    """Sentences of six words from a vocabulary of eight, twenty to a paragraph."""
    rng = random.Random(seed)
    vocab = "alpha beta gamma delta epsilon zeta eta theta".split()
    out = []
    for n in range(sentences):
        out.append(" ".join(rng.choice(vocab) for _ in range(6)).capitalize() + ".")
        out.append("\n" if n % 20 == 19 else " ")
    return "".join(out)


class Work:
    """Counts the units of the gaps paired, the candidate groups weighed, and the gaps that
    went past their budget."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.units = self.groups = self.over = 0
        offers = pairing._Offers
        init, group, strongest = offers.__init__, offers._group, offers._strongest

        def counted_init(offers, at, li, rj, dice):
            self.units += len(li) + len(rj)
            init(offers, at, li, rj, dice)

        def counted_group(offers, *args):
            self.groups += 1
            group(offers, *args)

        def counted_strongest(offers, corners):
            self.over += 1
            return strongest(offers, corners)

        monkeypatch.setattr(offers, "__init__", counted_init)
        monkeypatch.setattr(offers, "_group", counted_group)
        monkeypatch.setattr(offers, "_strongest", counted_strongest)


@pytest.mark.parametrize(
    ("left", "right"),
    [(thai(7, 10000), thai(14, 10000)), (few_words(1, 1500), few_words(2, 1500))],
    ids=["thai", "eight-words"],
)
def test_groups_weighed_stay_linear_on_a_tiny_vocabulary(monkeypatch, left, right):
    work = Work(monkeypatch)
    compared(left, right)
    o = CompareOptions()
    k = o.group_max_units
    # Within the budget, repeat_work_factor * k candidates per unit; past it, each left
    # unit keeps k corners, so k**3 candidates at most. Before the budget the Thai pair
    # weighed 321 groups per unit (222,178 for 692), the eight words 67 per unit.
    assert work.units > 100
    assert work.groups <= max(o.repeat_work_factor * k, k**3) * work.units + 256
    assert work.over >= 1  # the fallback was taken: the bound above is not idle


def test_real_text_stays_within_the_budget(monkeypatch):
    # The budget leaves real text as it was: on the development data a gap tries at most
    # 36 candidate groups per unit (a 9 x 9 gap, which the 256 covers), its largest gaps 13.
    work = Work(monkeypatch)
    compared(SAMPLE_TEXTS[0], SAMPLE_TEXTS[1])
    assert work.groups > 0
    assert work.over == 0
