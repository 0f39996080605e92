"""Seeded synthetic news folders with known stories and events (for tests and benchmarks).

A day of news: events, each reported by one or more independent stories (sharing the
event's names, places, numbers and topic words, but not text), each story republished in
several versions by outlets that trim it, pad it, re-caption it, paraphrase a few sentences,
reorder paragraphs and wrap it in their own boilerplate. Words follow a Zipfian frequency
over a vocabulary of real English function words and made-up content words, so common words
are common and topic words are shared the way they are in real news. Deterministic per seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from itertools import accumulate, product
from pathlib import Path

from wirediff.core.document import Document, first_line_title

_FUNCTION = """the of and to a in that is for on was with he it as at by said from his an be has
have are but not were they this who had which after their been also its will would one more
than about over we up into there new last could when out two other year""".split()
_SYLLABLES = "ka lo mer ti vos an dre sul pen gor ri tas vel mon bar ish tor qua ne zu".split()
_BOILER = [
    ["Subscribe", "Back to top button"],
    ["Read more:", "{link}"],
    ["Advertisement"],
    ["Share this article", "Follow us on Twitter"],
]


@dataclass(frozen=True, slots=True)
class SynthCorpus:
    """Documents and the truth about them (per document: story id, event id)."""

    documents: list[Document]
    story: list[int]
    event: list[int]
    original: dict[int, int]  # story id -> index of the wire original's document


class _Vocab:
    """Zipfian word sampler plus name, place and number pools."""

    def __init__(self, rng: random.Random, size: int) -> None:
        made = ["".join(p) for n in (2, 3, 4) for p in product(_SYLLABLES, repeat=n)]
        rng.shuffle(made)
        self.words = _FUNCTION + made[:size]
        self.cum = list(accumulate(1.0 / (rank + 1) ** 1.05 for rank in range(len(self.words))))
        self.names = [w.capitalize() for w in made[size : size + 6000]]
        self.rng = rng

    def draw(self, k: int) -> list[str]:
        return self.rng.choices(self.words, cum_weights=self.cum, k=k)

    def number(self) -> str:
        n = self.rng.choice([self.rng.randint(2, 99), self.rng.randint(100, 99_999)])
        return f"{n:,}"


def _sentence(
    v: _Vocab, topic: list[str], rng: random.Random, stock: list[list[str]] | None = None
) -> str:
    words = v.draw(rng.randint(12, 28))
    for i in range(len(words)):
        if rng.random() < 0.22:
            words[i] = rng.choice(topic)
    if stock and rng.random() < 0.6:  # a stock phrase of the trade ("said in a statement")
        at = rng.randrange(len(words))
        words[at:at] = rng.choice(stock)
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words) + "."


def _story_text(
    v: _Vocab, topic: list[str], rng: random.Random, stock: list[list[str]] | None = None
) -> list[str]:
    """Title, then paragraphs of one to three sentences."""
    title = " ".join([rng.choice(topic[:6]), *v.draw(rng.randint(4, 8))]).capitalize()
    paras = [
        " ".join(_sentence(v, topic, rng, stock) for _ in range(rng.randint(1, 3)))
        for _ in range(rng.randint(5, 12))
    ]
    return [title, *paras]


def _version(
    paras: list[str], v: _Vocab, topic: list[str], rng: random.Random, outlet: int, links: list[str]
) -> list[str]:
    """One outlet's version of a story: edited and wrapped in the outlet's boilerplate."""
    title, body = paras[0], list(paras[1:])
    if rng.random() < 0.4:  # trim: keep the top of the inverted pyramid
        body = body[: max(2, round(len(body) * rng.uniform(0.5, 0.9)))]
    if rng.random() < 0.5:  # paraphrase a few sentences: about a fifth of their words
        for _ in range(rng.randint(1, 3)):
            i = rng.randrange(len(body))
            sentences = body[i].split(". ")
            k = rng.randrange(len(sentences))
            words = sentences[k].split()
            for j in rng.sample(range(len(words)), max(1, len(words) // 5)):
                words[j] = v.draw(1)[0]
            sentences[k] = " ".join(words)
            body[i] = ". ".join(sentences)
    if rng.random() < 0.2 and len(body) > 3:  # reorder two paragraphs
        i, j = rng.sample(range(len(body)), 2)
        body[i], body[j] = body[j], body[i]
    if rng.random() < 0.3:  # pad with the outlet's own paragraphs
        body += [_sentence(v, topic, rng) for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.3:  # title case changes
        title = title.title()
    head = [title]
    if rng.random() < 0.35:  # a new photo caption, printed twice
        caption = _sentence(v, topic, rng) + f" Photo: {v.names[outlet]} Images"
        head += [caption, caption]
    boiler = [line.format(link=rng.choice(links)) for line in _BOILER[outlet % len(_BOILER)]]
    return [*head, f"By {v.names[outlet + 1000]}, {v.names[outlet]} News", *body, *boiler]


def generate(
    n_docs: int, seed: int = 1, vocab_size: int = 20_000, stock_phrases: int = 0
) -> SynthCorpus:
    """About ``n_docs`` documents (exactly ``n_docs``), shuffled, with their truth.

    ``stock_phrases``: that many phrases of five to nine words ("said in a statement on
    Tuesday that") that most sentences of every story carry one of, as agency copy does:
    stories then share many 5-word runs without sharing text (a hard folder to group).
    """
    rng = random.Random(seed)
    v = _Vocab(rng, vocab_size)
    links = [" ".join(v.draw(7)).capitalize() for _ in range(50)]
    stock = [v.draw(rng.randint(5, 9)) for _ in range(stock_phrases)]
    texts: list[tuple[str, int, int, bool]] = []
    # Beats (politics, sport, ...) share names and words across their events, so unrelated
    # events of one beat have terms in common, as real news does.
    beats = [(rng.sample(v.names, 8), v.draw(300)[-12:]) for _ in range(40)]
    earlier: list[list[str]] = []
    event = 0
    story = 0
    while len(texts) < n_docs:
        names, words = rng.choice(beats)
        topic = (
            rng.sample(v.names, 3)
            + rng.sample(names, 2)
            + [v.number() for _ in range(3)]
            + v.draw(400)[-8:]
            + rng.sample(words, 8)
        )
        for _ in range(rng.choice([1, 1, 1, 2, 2, 3])):
            paras = _story_text(v, topic, rng, stock)
            count = rng.choice([1] * 5 + [2, 2, 3, 3, 4, 5, 6, 8, 12, 20])
            for k in range(count):
                outlet = rng.randrange(300)
                lines = paras if k == 0 else _version(paras, v, topic, rng, outlet, links)
                if k and earlier and rng.random() < 0.03:  # another story appended (like 001)
                    lines = [*lines, *rng.choice(earlier)]
                texts.append(("\n\n".join(lines) + "\n", story, event, k == 0))
            earlier.append(paras)
            story += 1
        event += 1
    texts = texts[:n_docs]
    rng.shuffle(texts)
    docs = [
        Document(Path(f"article-{i:06d}.txt"), text, first_line_title(text))
        for i, (text, _, _, _) in enumerate(texts)
    ]
    original = {s: i for i, (_, s, _, first) in enumerate(texts) if first}
    return SynthCorpus(docs, [t[1] for t in texts], [t[2] for t in texts], original)


# A wire desk's stock sentences: every story carries some, each with its own person,
# organisation, place, topic and figures filled in, so that stories share many phrases
# ("said in a statement, adding that a decision would come within") and no text.
_STOCK = (
    "{person}, a spokesperson for {org}, said the {topic} had affected at least {n} people"
    " in {city}.",
    "The {topic} in {city} is expected to cost about {n} million dollars, according to {org}.",
    '"We are doing everything we can," {person} said in a statement, adding that a decision'
    " would come within {d} days.",
    "Officials in {city} said {n} families had been moved since the {topic} began on Monday.",
    "{Org} declined to comment on the figure of {n} reported by local media.",
    "Critics said the response of {org} to the {topic} had been too slow.",
    "Shares of companies exposed to the {topic} fell {d}.{d} percent in {city} trading.",
    "The {topic} follows a similar episode in {city} in {year}, when {n} people were affected.",
)
# Words a paper's rewrite changes (its own wording of the wire's sentences).
_SYNONYMS = {
    "said": "stated",
    "people": "residents",
    "expected": "forecast",
    "about": "around",
    "Officials": "Authorities",
    "began": "started",
    "affected": "hit",
    "million": "mln",
    "the": "this",
}


def _reword(sentence: str) -> str:
    return " ".join(_SYNONYMS.get(w, w) for w in sentence.split(" "))


def wire_day(n_docs: int, seed: int = 1, vocab_size: int = 20_000) -> SynthCorpus:
    """About ``n_docs`` documents (exactly ``n_docs``) of a wire desk's day, shuffled,
    with their truth: wire stories, each copied by up to 60 papers (verbatim, trimmed,
    edited, or rewritten: a third of its sentences kept in the paper's words, shuffled, new
    ones added), and single reports. Nearly half the sentences of every text are stock
    sentences (``_STOCK``) with the story's own names and figures, one in ten a
    background sentence of its beat (30 beats of 40), the rest its own: the stories share
    many phrases and a few sentences, as the folder of a media-monitoring analyst's day of
    20,000 files did (each story's own event)."""
    rng = random.Random(seed)
    v = _Vocab(rng, vocab_size)
    texts: list[tuple[str, int, bool]] = []
    story = 0

    # Beats: each has background sentences its stories use again (a wire's standing
    # paragraphs on a conflict or a market), so stories of one beat share a few sentences.
    beats = [[_sentence(v, v.draw(400)[-12:], rng) for _ in range(40)] for _ in range(30)]

    def sentence(fill: dict[str, str], topic: list[str], beat: list[str]) -> str:
        r = rng.random()
        if r < 0.1:
            return rng.choice(beat)
        if r >= 0.55:
            return _sentence(v, topic, rng)
        n, d, year = rng.randint(2, 900), rng.randint(2, 9), rng.randint(1990, 2025)
        return rng.choice(_STOCK).format(n=n, d=d, year=year, **fill)

    while len(texts) < n_docs:
        beat = rng.choice(beats)
        topic = rng.sample(v.names, 4) + v.draw(400)[-8:]
        org = f"the {topic[1]} {rng.choice(['ministry', 'agency', 'union', 'commission'])}"
        fill = {
            "person": f"{topic[2]} {topic[3]}",
            "org": org,
            "Org": org.capitalize(),
            "city": topic[0],
            "topic": rng.choice(["floods", "strike", "election", "fuel prices", "drought"]),
        }
        paras = [
            [sentence(fill, topic, beat) for _ in range(rng.randint(1, 3))]
            for _ in range(rng.randint(6, 14))
        ]
        title = f"{fill['topic'].capitalize()} in {fill['city']}: {' '.join(v.draw(5))}"
        copies = 0 if rng.random() < 0.6 else min(60, int(rng.paretovariate(1.2) * 4))
        for k in range(copies + 1):
            body = paras
            kind = rng.random() if k else 0.0
            if kind > 0.85:  # a paper's rewrite
                body = [[_reword(x)] for p in paras for x in p if rng.random() < 0.4]
                rng.shuffle(body)
                for _ in range(rng.randint(2, 5)):
                    new = [sentence(fill, topic, beat), _sentence(v, topic, rng)]
                    body.insert(rng.randrange(len(body) + 1), new)
            elif kind > 0.6:  # edited: a few sentences cut or reworded
                body = [
                    [_reword(x) if rng.random() < 0.15 else x for x in p if rng.random() > 0.06]
                    for p in paras
                ]
                body = [p for p in body if p]
            elif kind > 0.3:  # trimmed
                body = paras[: max(2, round(len(paras) * rng.uniform(0.4, 0.9)))]
            lines = [title, *(" ".join(p) for p in body)]
            texts.append(("\n\n".join(lines) + "\n", story, k == 0))
        story += 1
    texts = texts[:n_docs]
    rng.shuffle(texts)
    docs = [
        Document(Path(f"wire-{i:06d}.txt"), text, first_line_title(text))
        for i, (text, _, _) in enumerate(texts)
    ]
    original = {s: i for i, (_, s, first) in enumerate(texts) if first}
    stories = [t[1] for t in texts]
    return SynthCorpus(docs, stories, stories, original)


def write(corpus: SynthCorpus, folder: Path) -> None:
    """Write the documents as UTF-8 text files into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for doc in corpus.documents:
        (folder / doc.path.name).write_text(doc.text, encoding="utf-8")


def pair_precision_recall(truth: list[int], found: list[int]) -> tuple[float, float]:
    """Pairwise precision and recall of ``found`` labels against ``truth`` labels."""

    def pairs(labels: list[int]) -> int:
        sizes: dict[int, int] = {}
        for x in labels:
            sizes[x] = sizes.get(x, 0) + 1
        return sum(s * (s - 1) // 2 for s in sizes.values())

    both = pairs([hash((t, f)) for t, f in zip(truth, found, strict=True)])
    found_pairs, true_pairs = pairs(found), pairs(truth)
    return (both / found_pairs if found_pairs else 1.0, both / true_pairs if true_pairs else 1.0)
