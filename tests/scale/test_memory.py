"""Workers give their shingling caches and freed heap back between stages."""

from __future__ import annotations

from wirediff.core.stories import perdoc
from wirediff.core.stories.lineshingles import LineWords
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.perdoc import Shingling, lines_of, shingles_of
from wirediff.scale.engine import Stages
from wirediff.scale.memory import released

TEXTS = [
    "The minister said on Tuesday that troops would stay.\n\nTalks resume next week.",
    "Die Ministerin sagte am Dienstag, die Truppen blieben.\n\nГоворят, переговоры пойдут.",
]


def test_released_empties_the_shingling_caches_and_shingles_come_out_the_same() -> None:
    options = StoryOptions()
    lines = lines_of(TEXTS, options)
    how = Shingling(options, 1, vectorized=True)
    before = shingles_of(TEXTS, lines, [set(), set()], how)
    assert perdoc._VOCAB and perdoc._LINE_WORDS and perdoc._LINE_WORDS[0].lines
    released()
    assert not perdoc._VOCAB and not perdoc._LINE_WORDS
    again = shingles_of(TEXTS, lines, [set(), set()], how)  # the caches fill again
    assert [s.full.tolist() for s in again] == [s.full.tolist() for s in before]
    assert perdoc._VOCAB


def test_each_stage_ends_with_what_runs_between_stages_counted_in_its_time() -> None:
    ran: list[str] = []
    said: list[str] = []
    stages = Stages(between=lambda: ran.append("released"))
    stages.done("read", said.append)
    stages.done("lines and shingles", said.append)
    assert ran == ["released", "released"]
    assert list(stages.seconds) == ["read", "lines and shingles"]
    assert [s.split(":")[0] for s in said] == ["read", "lines and shingles"]


class _Forgetful(dict[str, int]):
    """A vocabulary another thread empties while a line's words are looked up."""

    def __getitem__(self, key: str) -> int:
        self.clear()
        return super().__getitem__(key)


def test_a_line_s_words_come_out_right_when_the_vocabulary_is_emptied_midway() -> None:
    line = "Talks resume next week in Geneva, the ministry said."
    assert LineWords(_Forgetful()).of(line, True) == LineWords({}).of(line, True)
