"""Seeded, deterministic news-like text and realistic edited versions, for benchmarks.

Words follow a Zipf-like distribution over a vocabulary with the function words of English
news at the top, so "the" and "," are as frequent as in real prose; sentences have 8–35
words; paragraphs 1–4 sentences, one per line with a blank line between.
"""

from __future__ import annotations

import random
from itertools import accumulate

FUNCTION = "the , of to and a in that said for on is was with . by as at from".split()


def _vocabulary(rng: random.Random, size: int = 20000) -> list[str]:
    letters = "etaoinshrdlcumwfgypbvkjxqz"
    words = set()
    while len(words) < size:
        n = rng.randint(3, 11)
        words.add("".join(rng.choice(letters[: rng.randint(8, 26)]) for _ in range(n)))
    return FUNCTION[:-3] + sorted(words)


class TextGen:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.vocab = _vocabulary(self.rng)
        weights = [1.0 / (rank + 1) ** 1.05 for rank in range(len(self.vocab))]
        self.cum_weights = list(accumulate(weights))

    def sentence(self) -> str:
        n = self.rng.randint(8, 35)
        words = self.rng.choices(self.vocab, cum_weights=self.cum_weights, k=n)
        words[0] = words[0].capitalize()
        text = " ".join(words).replace(" ,", ",")
        return text.rstrip(",") + "."

    def document(self, n_words: int) -> list[list[str]]:
        """Paragraphs (lists of sentences) with about ``n_words`` words in all."""
        paragraphs: list[list[str]] = []
        total = 0
        while total < n_words:
            para = [self.sentence() for _ in range(self.rng.randint(1, 4))]
            total += sum(s.count(" ") + 1 for s in para)
            paragraphs.append(para)
        return paragraphs

    def edit(self, paragraphs: list[list[str]], rate: float = 0.05) -> list[list[str]]:
        """A new version: per sentence, with probability ``rate`` each: substitute a word,
        delete the sentence, insert a new sentence after it, or move it elsewhere."""
        rng = self.rng
        out = [list(p) for p in paragraphs]
        moved: list[str] = []
        for para in out:
            i = 0
            while i < len(para):
                roll = rng.random()
                if roll < rate:
                    words = para[i].split(" ")
                    k = rng.randrange(len(words))
                    words[k] = rng.choice(self.vocab[20:200])
                    para[i] = " ".join(words)
                elif roll < rate * 1.4 and len(para) > 1:
                    del para[i]
                    continue
                elif roll < rate * 1.8:
                    para.insert(i + 1, self.sentence())
                    i += 1
                elif roll < rate * 2.0 and len(para) > 1:
                    moved.append(para.pop(i))
                    continue
                i += 1
        out = [p for p in out if p]
        for sentence in moved:
            out.insert(rng.randrange(len(out) + 1), [sentence])
        return out


def render(paragraphs: list[list[str]]) -> str:
    return "\n\n".join(" ".join(p) for p in paragraphs) + "\n"


def pair(n_words: int, seed: int = 1) -> tuple[str, str]:
    """A document of about ``n_words`` words and an edited version of it."""
    gen = TextGen(seed)
    doc = gen.document(n_words)
    return render(doc), render(gen.edit(doc))


OUTLETS = ("Daily Courier", "Morning Post", "Evening Star", "Globe Wire", "City Herald")


def story(units: int, versions: int, seed: int = 1) -> tuple[str, list[str]]:
    """A base of ``units`` paragraphs (1-3 sentences each) and ``versions`` versions of it,
    each edited (substituted words; sentences deleted, inserted, moved) from the base or
    from an earlier version (so later versions keep what earlier ones added), half of them
    trimmed at the end, some with a run of paragraphs cut, each with its outlet's byline
    before and tagline after the text (five outlets)."""
    gen = TextGen(seed)
    rng = gen.rng
    base = [[gen.sentence() for _ in range(rng.randint(1, 3))] for _ in range(units)]
    made: list[list[list[str]]] = []
    for _ in range(versions):
        parent = base if not made or rng.random() < 0.5 else rng.choice(made)
        text = gen.edit(parent, rate=0.04)
        if rng.random() < 0.5:
            text = text[: max(1, int(len(text) * rng.uniform(0.6, 0.9)))]
        if rng.random() < 0.3 and len(text) > 20:
            start = rng.randrange(len(text) - 10)
            del text[start : start + rng.randint(3, 10)]
        made.append(text)
    out = []
    for text in made:
        outlet = rng.choice(OUTLETS)
        byline, tagline = [f"By our staff, {outlet}."], [f"Copyright {outlet}, all rights kept."]
        out.append(render([byline, *text, tagline]))
    return render(base), out
