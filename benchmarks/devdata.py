"""The development corpora of ../shared/devdata with their ground truth, for the benchmarks.

Each corpus gives its documents (read with ``load_paths``, as the app reads them), the true
story of every file (for pairwise same-story scores) and labelled pairs (for derivation).
Read in place; nothing is copied into the repository.
"""

from __future__ import annotations

import csv
import json
import random
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations, pairwise
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.reading import load_paths

DEVDATA = Path(__file__).resolve().parents[1].parent / "shared" / "devdata"

# Pair labels: the manual COUNTER classes, and "derived" / "independent" for the others.
DERIVED_LABELS = ("WD", "PD", "derived")


@dataclass(frozen=True, slots=True)
class Pair:
    a: str  # file name (the source, where one is known)
    b: str
    label: str  # WD / PD / ND (counter), derived / independent (bible, wiki-versions)
    half: int  # 0 or 1: a fixed split of the corpus for held-out checks


@dataclass(frozen=True, slots=True)
class Corpus:
    name: str
    documents: list[Document]
    story: dict[str, str]  # file name -> true story
    pairs: list[Pair]
    half: dict[str, int]  # file name -> 0 or 1, the same split as its pairs' (held-out checks)


def _load(name: str) -> list[Document]:
    return load_paths([DEVDATA / name / "articles"]).documents


def counter() -> Corpus:
    """COUNTER: an agency text and a newspaper text per pair; WD and PD are its story."""
    rows = list(csv.DictReader((DEVDATA / "counter" / "ground_truth.csv").open(encoding="utf-8")))
    source = {r["pair_id"]: r["file"] for r in rows if r["role"] == "source"}
    story, pairs, halves = {}, [], {}
    for r in rows:
        half = halves[r["file"]] = int(r["pair_id"]) % 2
        if r["role"] == "source":
            story[r["file"]] = r["pair_id"]
        else:
            derived = r["classification"] in DERIVED_LABELS
            story[r["file"]] = r["pair_id"] if derived else r["pair_id"] + "-own"
            pairs.append(Pair(source[r["pair_id"]], r["file"], r["classification"], half))
    return Corpus("counter", _load("counter"), story, pairs, halves)


def bible() -> Corpus:
    """Bible chapters: KJV, ASV and WEB one story (revisions), YLT its own (same event)."""
    truth = json.loads((DEVDATA / "bible" / "ground_truth.json").read_text(encoding="utf-8"))
    story, pairs, halves = {}, [], {}
    for n, chapter in enumerate(truth["stories"]):
        files = {f["translation"]: f["file"] for f in chapter["files"]}
        for translation, file in files.items():
            story[file] = chapter["story_id"] + ("-ylt" if translation == "YLT" else "")
            halves[file] = n % 2
        for x, y in combinations(sorted(files), 2):
            label = "independent" if "YLT" in (x, y) else "derived"
            pairs.append(Pair(files[x], files[y], label, n % 2))
    return Corpus("bible", _load("bible"), story, pairs, halves)


def wiki_versions() -> Corpus:
    """Wikipedia articles: each article's revisions are one story. Labelled pairs: each
    revision with the next, and (as independent) each article's first revision with the
    first revision of another article (seeded)."""
    truth = json.loads((DEVDATA / "wiki-versions" / "ground_truth.json").read_text("utf-8"))
    articles = [a["versions_oldest_first"] for a in truth["articles"]]
    story = {f: str(n) for n, files in enumerate(articles) for f in files}
    halves = {f: n % 2 for n, files in enumerate(articles) for f in files}
    rng = random.Random(11)
    pairs = []
    for n, files in enumerate(articles):
        pairs += [Pair(x, y, "derived", n % 2) for x, y in pairwise(files)]
        other = rng.choice([a for a in articles if a is not files])
        pairs.append(Pair(files[0], other[0], "independent", n % 2))
    return Corpus("wiki-versions", _load("wiki-versions"), story, pairs, halves)


CORPORA: dict[str, Callable[[], Corpus]] = {
    "counter": counter,
    "bible": bible,
    "wiki-versions": wiki_versions,
}


def available() -> bool:
    return DEVDATA.is_dir()


Scores = tuple[float, float, float]  # precision, recall, F1


def _prf(tp: int, fp: int, fn: int) -> Scores:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def same_story_scores(
    truth: dict[str, str], found: dict[str, int], files: set[str] | None = None
) -> Scores:
    """Pairwise precision, recall and F1 of same-story pairs over the files in ``truth``
    (or only those in ``files``: pairs of two of them)."""
    if files is not None:
        truth = {f: s for f, s in truth.items() if f in files}

    def pairs(groups: dict[object, list[str]]) -> set[tuple[str, str]]:
        out: set[tuple[str, str]] = set()
        for members in groups.values():
            out.update(combinations(sorted(members), 2))
        return out

    true_groups: dict[object, list[str]] = {}
    found_groups: dict[object, list[str]] = {}
    for file, label in truth.items():
        true_groups.setdefault(label, []).append(file)
        found_groups.setdefault(found[file], []).append(file)
    t, f = pairs(true_groups), pairs(found_groups)
    both = len(t & f)
    return _prf(both, len(f) - both, len(t) - both)


def labelled_scores(pairs: list[Pair], found: dict[str, int]) -> Scores:
    """Precision, recall and F1 over the labelled pairs only: each pair is joined (one story)
    or not; WD, PD and "derived" pairs should be, the others not."""
    tp = fp = fn = 0
    for pair in pairs:
        joined = found[pair.a] == found[pair.b]
        truth = pair.label in DERIVED_LABELS
        tp += joined and truth
        fp += joined and not truth
        fn += truth and not joined
    return _prf(tp, fp, fn)


def halves(corpus: Corpus) -> list[tuple[str, set[str] | None, list[Pair]]]:
    """``(name, files, pairs)`` for the whole corpus and each fixed half."""
    out: list[tuple[str, set[str] | None, list[Pair]]] = [("all", None, corpus.pairs)]
    for h in (0, 1):
        files = {f for f, half in corpus.half.items() if half == h}
        out.append((f"half {h}", files, [p for p in corpus.pairs if p.half == h]))
    return out


def unlabelled_links(corpus: Corpus, found: dict[str, int]) -> list[tuple[str, str]]:
    """The pairs of files put in one story that the truth keeps apart and that are not a
    labelled pair (COUNTER: two files of two different pairs): false positives of the
    all-pairs score, unless the gold standard missed that one reuses the other."""
    labelled = {frozenset((p.a, p.b)) for p in corpus.pairs}
    groups: dict[int, list[str]] = {}
    for file, story in found.items():
        groups.setdefault(story, []).append(file)
    return [
        (a, b)
        for members in groups.values()
        for a, b in combinations(sorted(members), 2)
        if corpus.story[a] != corpus.story[b] and frozenset((a, b)) not in labelled
    ]
