"""Hand-made folders with known stories: an original and versions made by known edits."""

from __future__ import annotations

import random
from dataclasses import replace
from pathlib import Path

from wirediff.core.document import Document, first_line_title
from wirediff.core.stories import StoryIndex, StoryOptions, build_story_index

_SYL = "ba ko ri ta mel ven dor sa lu pi gan tre mo ki las nu".split()


class Writer:
    """Deterministic made-up prose: common words, and topic words per story or event."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        made = sorted(
            {"".join(self.rng.choices(_SYL, k=self.rng.randint(2, 4))) for _ in range(6000)}
        )
        self.rng.shuffle(made)
        self.common = ["the", "of", "and", "to", "in", "a", "said", "that", "for", "on"]
        self.words = made

    def topic(self) -> list[str]:
        """Names (capitalized), numbers and words an event's reports share."""
        names = [w.capitalize() for w in self.rng.sample(self.words, 6)]
        numbers = [f"{self.rng.randint(100, 9999):,}" for _ in range(3)]
        return names + numbers + self.rng.sample(self.words, 10)

    def sentence(self, topic: list[str]) -> str:
        out = []
        for _ in range(self.rng.randint(14, 24)):
            r = self.rng.random()
            if r < 0.3:
                out.append(self.rng.choice(self.common))
            elif r < 0.5:
                out.append(self.rng.choice(topic))
            else:
                out.append(self.rng.choice(self.words[:3000]))
        return out[0].capitalize() + " " + " ".join(out[1:]) + "."

    def article(self, topic: list[str], paragraphs: int = 8) -> list[str]:
        title = " ".join([topic[0], *self.rng.sample(self.words, 5)]).capitalize()
        body = [" ".join(self.sentence(topic) for _ in range(2)) for _ in range(paragraphs)]
        return [title, *body]


def doc(name: str, lines: list[str]) -> Document:
    text = "\n\n".join(lines) + "\n"
    return Document(Path(name), text, first_line_title(text))


def paraphrase(w: Writer, lines: list[str], count: int) -> list[str]:
    """Replace about a fifth of the words of ``count`` sentences."""
    out = list(lines)
    for i in range(1, 1 + count):
        words = out[i].split()
        for j in range(0, len(words), 5):
            words[j] = w.rng.choice(w.words[3000:])
        out[i] = " ".join(words)
    return out


def reword(w: Writer, line: str, every: int) -> str:
    """``line`` with every ``every``-th word replaced."""
    words = line.split()
    for j in range(every - 1, len(words), every):
        words[j] = w.rng.choice(w.words[3000:])
    return " ".join(words)


def rewrite(w: Writer, topic: list[str], source: list[str], keep: range) -> list[str]:
    """A new article on the topic that takes over the source's paragraphs in ``keep``,
    a word in six changed (too little left of 5-word runs for the copy link)."""
    own = w.article(topic)
    return [own[0], *(reword(w, source[i], 6) for i in keep), *own[1 + len(keep) :]]


def agency_index(named: dict[str, list[str]], options: StoryOptions | None = None) -> StoryIndex:
    """The named texts as documents; "source" is an agency's (so it is its story's base)."""
    docs = [doc(f"{n}.txt", lines) for n, lines in named.items()]
    docs = [replace(d, source="APP") if d.name == "source.txt" else d for d in docs]
    return build_story_index(docs, options or StoryOptions())


def story_of(index: StoryIndex, name: str) -> int:
    """The story holding the document named ``name``."""
    return next(s.id for s in index.stories for d in s.documents if index.documents[d].name == name)


def write_pickups(sample: Path, to: Path, copies: int) -> None:
    """A folder that is mostly one wire story: ``copies`` pickups of the sample's Reuters
    text (000), each with an outlet's line of its own at the end, and the sample's
    independent reports 002-004."""
    to.mkdir(parents=True, exist_ok=True)
    wire = next(sample.glob("000_*.txt")).read_text(encoding="utf-8")
    for n in range(copies):
        tagline = f"Published by outlet {n} with agency material"
        (to / f"pickup{n:03}.txt").write_text(f"{wire}\n{tagline}\n", encoding="utf-8")
    for report in sorted(sample.glob("00[234]_*.txt")):
        (to / report.name).write_text(report.read_text(encoding="utf-8"), encoding="utf-8")


def write_two_stories(where: Path) -> Path:
    """Two stories of three versions each (an original, a trimmed and a padded copy) as
    ``a1``–``a3`` and ``b1``–``b3`` in ``where``; returns it."""
    w = Writer(21)
    for story in ("a", "b"):
        topic = w.topic()
        text = w.article(topic)
        versions = {"1": text, "2": text[:6], "3": [*text, w.sentence(topic)]}
        for n, lines in versions.items():
            body = "\n\n".join(lines) + "\n"
            (where / f"{story}{n}.txt").write_text(body, encoding="utf-8")
    return where
