"""What each Dask task does to its partition: plain functions of plain data, no Dask.

Every step calls the engine's own functions (``wirediff.core.stories``): lines and shingles
(``perdoc``), pair counts (``vectorized.count_pairs``), the guarded grouping
(``grouping.group_documents``), bases and versions (``choose_base``, ``score_versions``),
boilerplate, event terms and vectors (``events``). What is new here is only how the data
is cut: per document, per shingle hash, per connected component, per story.
"""

from __future__ import annotations

import pickle
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

import numpy as np
import pandas as pd

from wirediff.core.collection import collection_paused
from wirediff.core.document import Document
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.base import choose_base
from wirediff.core.stories.build import term_spans
from wirediff.core.stories.candidates import link_min_shared
from wirediff.core.stories.events import (
    Terms,
    core_terms,
    shares_in,
    story_terms,
    unit_vector,
    weighed,
)
from wirediff.core.stories.features import Shingles
from wirediff.core.stories.grouping import group_documents
from wirediff.core.stories.model import score_versions, story_title
from wirediff.core.stories.names import name_key
from wirediff.core.stories.options import StoryOptions
from wirediff.core.stories.order import document_key
from wirediff.core.stories.perdoc import Shingling, lines_of, shingles_of
from wirediff.core.stories.rewrites import rewrite_min_shared
from wirediff.core.stories.urls import article_keys
from wirediff.core.stories.vectorized import add_up, count_sorted_pairs
from wirediff.scale.lean import from_lean, lean_shingles, unzipped, zipped

LINK, REWRITE, URL = 0, 1, 2  # kinds of pair
Numbered = list[tuple[int, Document]]


@dataclass(frozen=True, slots=True)
class Features:
    """What grouping needs of one document besides its text (``rate``: the sampling rate
    its shingles were made with)."""

    doc: int
    lines: bp.DocLines
    shingles: Shingles
    rate: int

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        # As its fields (as ``DocLines``), the shingles lean (``scale.lean``).
        lean = lean_shingles(self.shingles, self.rate)
        return _features, (self.doc, self.lines, self.rate, *lean)


def _features(doc: int, lines: bp.DocLines, rate: int, *shingles: Any) -> Features:
    return Features(doc, lines, from_lean(rate, *shingles), rate)


@dataclass(frozen=True, slots=True)
class DocItem:
    """A document as a shuffle moves it to where its component or its event is worked on:
    its text compressed on the way (``scale.lean``), its features lean."""

    document: Document
    features: Features

    @property
    def doc(self) -> int:
        return self.features.doc

    def __reduce__(self) -> tuple[Any, tuple[object, ...]]:
        return _doc_item, (zipped(self.document), self.features)


def _doc_item(document: bytes, features: Features) -> DocItem:
    return DocItem(unzipped(document), features)


@dataclass(frozen=True, slots=True)
class Described:
    """What the stages after the stories need of one document: its lines and how many words
    it has. Its shingle hashes (half of what a ``Features`` holds) are dropped once the
    stories are found; the paraphrase pass makes them again for the few it needs."""

    doc: int
    lines: bp.DocLines
    words: int

    def __reduce__(self) -> tuple[type[Described], tuple[object, ...]]:
        return Described, (self.doc, self.lines, self.words)  # as ``DocLines``


def described(feats: list[Features]) -> list[Described]:
    return [Described(f.doc, f.lines, f.shingles.words) for f in feats]


@dataclass(frozen=True, slots=True)
class StoryPart:
    """One story as a component task found it (global document ids)."""

    first: int  # its first (smallest) document: stories are listed in this order
    title: str  # its base's title
    members: list[int]
    base: int
    versions: list[tuple[int, float, float, float]]  # (doc, similarity, in_base, base_in)
    # its place in content order (``events.story_keys``: the lowest ``document_key`` of its
    # documents), by which the events' ties and guard samples go, as in-process
    key: int


def number(docs: Sequence[Document], offset: int) -> Numbered:
    """Documents with their global ids (their place in the source's order)."""
    return list(enumerate(docs, offset))


def doc_lines(docs: Numbered, options: StoryOptions) -> list[bp.DocLines]:
    return lines_of([d.text for _, d in docs], options)


def line_keys(lines: list[bp.DocLines]) -> pd.DataFrame:
    """Each document's distinct line keys (to count in how many documents a line is)."""
    keys = [np.unique(np.asarray(ls.keys, np.int64)) for ls in lines]
    flat = np.concatenate(keys) if keys else np.empty(0, np.int64)
    return pd.DataFrame({"key": flat})


_NONE = np.empty(0, np.int64)


class _Frequent(dict[int, int]):
    """The line frequencies ``boilerplate`` asks for, known only as "frequent or not"."""

    def __missing__(self, key: int) -> int:
        return 0


def in_sorted(values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """Which ``values`` are in ``keys`` (sorted): ``np.isin`` by binary search. ``isin``
    sorts both arrays together at every call, and ``keys`` here are the archive's frequent
    lines or common runs (millions at 1M documents) against a partition's or a pair's few."""
    if not len(keys):
        return np.zeros(len(values), bool)
    at = np.minimum(np.searchsorted(keys, values), len(keys) - 1)
    found: np.ndarray = keys[at] == values
    return found


def _frequent_here(lines: list[bp.DocLines], frequent: np.ndarray, at_least: int) -> _Frequent:
    keys = np.unique(np.concatenate([np.asarray(ls.keys, np.int64) for ls in lines] or [_NONE]))
    found = _Frequent()
    for key in keys[in_sorted(keys, frequent)].tolist():
        found[key] = at_least
    return found


def features(
    docs: Numbered,
    lines: list[bp.DocLines],
    frequent: np.ndarray,
    options: StoryOptions,
    rate: int,
) -> list[Features]:
    """Shingles of each document, short lines frequent across the archive left out."""
    df = _frequent_here(lines, frequent, options.boiler_min_docs)
    skips = [bp.excluded_lines(ls, df, options) for ls in lines]
    how = Shingling(options, rate, vectorized=True)
    shingles = shingles_of([d.text for _, d in docs], lines, skips, how)
    return [Features(i, ls, s, rate) for (i, _), ls, s in zip(docs, lines, shingles, strict=True)]


# The frames shuffled on their way to the candidate pairs keep their second column as the
# index: a P2P shuffle sends the index whatever it is, so a meaningless one cost 8 bytes a
# row (40 M postings: 1.00 GB shuffled with the document as a column, 0.68 GB as the index).
POSTINGS = pd.DataFrame(
    {"hash": pd.Series(dtype=np.int64)}, index=pd.Index([], np.int64, name="doc")
)
COUNTS = pd.DataFrame(
    {"shared": pd.Series(dtype=np.int32)}, index=pd.Index([], np.int64, name="code")
)


def postings(feats: list[Features]) -> pd.DataFrame:
    """The hash of every indexed shingle, indexed by its document (``POSTINGS``)."""
    sizes = [len(f.shingles.sampled) for f in feats]
    hashes = np.frombuffer(b"".join(f.shingles.sampled.tobytes() for f in feats), np.int64)
    docs = np.repeat(np.array([f.doc for f in feats], np.int64), sizes)
    return pd.DataFrame({"hash": hashes.copy()}, index=pd.Index(docs, name="doc"))


def sizes_of(feats: list[Features]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc": np.array([f.doc for f in feats], np.int64),
            "size": np.array([len(f.shingles.sampled) for f in feats], np.int64),
        }
    )


def pair_counts(frame: pd.DataFrame, options: StoryOptions, documents: int) -> pd.DataFrame:
    """Pairs of documents sharing shingles of this partition of ``postings`` (every posting
    list of a hash is whole here, after the shuffle on the hash), with how many they share:
    an int32 count indexed by the pair code ``a * documents + b`` (``COUNTS``), 12 bytes a
    row for the shuffle that adds up each pair's counts (~105 rows per document at 100k and
    1M generated documents: ``benchmarks/dask_pair_rows.py``)."""
    hashes, docs = frame["hash"].to_numpy(np.int64), frame.index.to_numpy(np.int64)
    order = np.lexsort((docs, hashes))
    max_df = max(options.max_df_min_docs, int(options.max_df_share * documents))
    a, b, shared = count_sorted_pairs(
        hashes[order],
        docs[order],
        options.all_pairs_max_df,
        options.window_pairs,
        max_df,
        options.common_window_pairs,
    )
    return pd.DataFrame(
        {"shared": shared.astype(np.int32)}, index=pd.Index(a * documents + b, name="code")
    )


def select_pairs(
    frame: pd.DataFrame, sizes: np.ndarray, options: StoryOptions, rate: int, documents: int
) -> pd.DataFrame:
    """The copy links and candidate rewrites among counted pairs (``shingle_pairs``' rules;
    a copy link is a candidate rewrite too, so it may come twice, once of each kind): the
    counts of each pair code from every hash partition, added up here (the shuffle on the
    code brings them together) by a sort rather than a pandas group-by."""
    codes, shared = add_up(frame.index.to_numpy(np.int64), frame["shared"].to_numpy(np.int64))
    a, b = codes // documents, codes % documents
    strength = shared / np.minimum(sizes[a], sizes[b])
    link = (shared >= link_min_shared(options, rate)) & (strength >= options.link_min_containment)
    maybe = shared >= rewrite_min_shared(options, rate)
    if not options.find_rewrites:
        maybe[:] = False
    parts = [
        pd.DataFrame({"kind": kind, "strength": strength[m], "a": a[m], "b": b[m]})
        for kind, m in ((LINK, link), (REWRITE, maybe))
    ]
    return pd.concat(parts, ignore_index=True)


def url_keys(docs: Numbered, options: StoryOptions) -> pd.DataFrame:
    """(url, doc) of documents with an article URL or a short text (``article_keys``)."""
    found = [(key, i) for i, d in docs for key in article_keys(d, options)]
    return pd.DataFrame(found, columns=["url", "doc"]).astype({"url": object, "doc": np.int64})


def name_keys(docs: Numbered) -> pd.DataFrame:
    """(key, doc) of documents whose file name names an article (``names.name_key``)."""
    found = [(key, i) for i, d in docs for key in (name_key(d),) if key]
    return pd.DataFrame(found, columns=["key", "doc"]).astype({"key": object, "doc": np.int64})


def url_pairs(frame: pd.DataFrame, max_docs: int) -> pd.DataFrame:
    """Pairs (first, other) of documents with the same key (``urls.same_article_pairs``)."""
    out: list[tuple[int, int]] = []
    for _url, docs in frame.groupby("url", sort=False)["doc"]:
        found = sorted(docs.tolist())
        if 1 < len(found) <= max_docs:
            out.extend((found[0], d) for d in found[1:])
    return pd.DataFrame(out, columns=["a", "b"], dtype=np.int64)


def keyed_docs(
    docs: Numbered, feats: list[Features], key: np.ndarray
) -> list[tuple[int, tuple[str, DocItem]]]:
    """Documents with a ``key`` (>= 0: their component, or their event), keyed by it (for
    the shuffle)."""
    return [
        (int(key[i]), ("doc", DocItem(d, f)))
        for (i, d), f in zip(docs, feats, strict=True)
        if key[i] >= 0
    ]


def landed_docs(items: Iterable[tuple[Any, ...]]) -> list[DocItem]:
    """The documents among a key's shuffled items, in the archive's order."""
    return sorted((x[1] for x in items if x[0] == "doc"), key=attrgetter("doc"))


def keyed_pairs(frame: pd.DataFrame, component: np.ndarray) -> list[tuple[int, tuple[Any, ...]]]:
    """Pairs keyed by the component of their documents: ``(comp, (kind, strength, a, b))``."""
    comps = component[frame["a"].to_numpy(np.int64)]
    columns = [frame[c].tolist() for c in ("kind", "strength", "a", "b")]
    rows = zip(*columns, strict=True)
    return [(int(c), ("pair", *row)) for c, row in zip(comps.tolist(), rows, strict=True)]


def group_component(items: Iterable[tuple[Any, ...]], options: StoryOptions) -> list[StoryPart]:
    """The stories of one connected component of candidate pairs, with bases and versions:
    exactly what ``build_story_index`` finds for these documents."""
    items = list(items)
    docs = landed_docs(items)
    pairs = [x[1:] for x in items if x[0] == "pair"]
    ids = [d.doc for d in docs]
    local = {g: i for i, g in enumerate(ids)}
    documents = [d.document for d in docs]
    lines = [d.features.lines for d in docs]
    shingles = [d.features.shingles for d in docs]
    strong = [(s, local[a], local[b]) for kind, s, a, b in pairs if kind == LINK]
    maybe = sorted((local[a], local[b]) for kind, _, a, b in pairs if kind == REWRITE)
    urls = sorted((local[a], local[b]) for kind, _, a, b in pairs if kind == URL)
    found = group_documents(documents, lines, shingles, strong, maybe, urls, options)
    return [story_part(members, ids, shingles, documents, options) for members in found]


def story_part(
    members: list[int],
    ids: list[int],
    shingles: Sequence[Shingles],
    documents: Sequence[Document],
    options: StoryOptions,
) -> StoryPart:
    """A story (``members``: local numbers, ``ids`` their global ones) with its base and
    versions, as in-process describes it."""
    base = choose_base(members, shingles, documents, options)
    versions = score_versions(members, base, shingles, documents)
    rows = [(ids[v.doc], v.similarity, v.in_base, v.base_in) for v in versions]
    title = story_title(documents[base])
    key = min(document_key(documents[m]) for m in members)
    return StoryPart(ids[members[0]], title, [ids[m] for m in members], ids[base], rows, key)


def single_stories(docs: Numbered, component: np.ndarray) -> list[StoryPart]:
    """Documents in no candidate pair: each its own story."""
    return [
        StoryPart(i, story_title(d), [i], i, [(i, 1.0, 1.0, 1.0)], document_key(d))
        for i, d in docs
        if component[i] < 0
    ]


def story_lines(feats: list[Described], frequent: np.ndarray, story_of: np.ndarray) -> pd.DataFrame:
    """(key, story) of the frequent lines of each document, once per story."""
    return _key_story(feats, frequent, story_of[[f.doc for f in feats]])


def long_lines(feats: list[Described], frequent: np.ndarray, short_words: int) -> pd.DataFrame:
    """The frequent line keys of each of these documents whose lines have more than
    ``short_words`` words (paragraphs: to be boilerplate they need more stories, and few
    documents a story), once a document (to count in how many documents each is)."""
    keys = []
    for f in feats:
        doc_keys = np.asarray(f.lines.keys, np.int64)
        picked = in_sorted(doc_keys, frequent) & (np.asarray(f.lines.words) > short_words)
        keys.append(np.unique(doc_keys[picked]))
    flat = np.concatenate(keys) if keys else np.empty(0, np.int64)
    return pd.DataFrame({"key": flat})


def changed_story_lines(
    feats: list[Described],
    frequent: np.ndarray,
    ids: np.ndarray,
    before: np.ndarray,
    now: np.ndarray,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``story_lines`` of the documents ``ids`` (sorted) alone, under their stories
    ``before`` and ``now`` (in the order of ``ids``): what a change of stories takes from
    the lines' story counts and what it adds."""
    inside = in_sorted(np.array([f.doc for f in feats], np.int64), ids)
    mine = [f for f, wanted in zip(feats, inside, strict=True) if wanted]
    at = np.searchsorted(ids, np.array([f.doc for f in mine], np.int64))
    return _key_story(mine, frequent, before[at]), _key_story(mine, frequent, now[at])


def _key_story(feats: list[Described], frequent: np.ndarray, owners: np.ndarray) -> pd.DataFrame:
    # (a line that is cruft in a document counts for no story there: as
    # ``boilerplate.recurring_boilerplate``)
    keys = [_text_keys(f.lines) for f in feats]
    flat = np.concatenate(keys) if keys else np.empty(0, np.int64)
    owner = np.repeat(np.asarray(owners, np.int64), [len(k) for k in keys])
    picked = in_sorted(flat, frequent)  # the partition at once, not one per document
    return pd.DataFrame({"key": flat[picked], "story": owner[picked]}).drop_duplicates()


def _text_keys(lines: bp.DocLines) -> np.ndarray:
    """The keys of a document's lines that are not its own cruft or repeats."""
    keys = np.asarray(lines.keys, np.int64)
    if not lines.local:
        return keys
    kept = np.ones(len(keys), bool)
    kept[sorted(lines.local)] = False
    return keys[kept]


def doc_terms(
    docs: Numbered,
    feats: list[Described],
    role: np.ndarray,
    story_of: np.ndarray,
    recurring: np.ndarray,
    options: StoryOptions,
) -> list[tuple[int, tuple[int, Terms, frozenset[str]]]]:
    """Event terms of the documents that describe a story (its base, role 0, and its first
    other version, role 1), with the shares each gives (``events.shares_in``), keyed by
    story."""
    wanted = [(i, d, f) for (i, d), f in zip(docs, feats, strict=True) if role[i] >= 0]
    if not wanted:
        return []
    boiler = set(np.asarray(recurring).tolist())
    out = []
    for i, doc, f in wanted:
        spans = term_spans(f.lines, set(bp.boilerplate_spans(f.lines, boiler, options)))
        terms = story_terms(doc.text, spans)
        out.append((int(story_of[i]), (int(role[i]), terms, frozenset(shares_in(doc.text, spans)))))
    return out


def story_weights(
    story: int, parts: Iterable[tuple[int, Terms, frozenset[str]]], options: StoryOptions
) -> tuple[int, dict[str, float]]:
    """A story's weighed terms, from its base's and its other version's terms (the base's
    shares weighed as the in-memory engine weighs them)."""
    found = {role: (terms, shares) for role, terms, shares in parts}
    own, shares = found[0]
    others = [found[1][0]] if 1 in found else []
    return story, weighed(core_terms(own, others), options, shares)


def vectors(
    weights: Iterable[tuple[int, dict[str, float]]],
    df: dict[str, int],
    stories: int,
    options: StoryOptions,
) -> list[tuple[int, dict[str, float]]]:
    return [(s, unit_vector(w, df, stories, options)) for s, w in weights]


def term_keys(weights: Iterable[tuple[int, dict[str, float]]]) -> Iterator[str]:
    for _story, w in weights:
        yield from w


def keyed_frame(items: list[tuple[int, Any]]) -> pd.DataFrame:
    """``(key, item)`` pairs as a frame of keys and pickled items: a DataFrame shuffle moves
    them as bytes through Arrow, far faster than a Bag's task shuffle of Python objects.
    (Pickled and unpickled with the cyclic collector held off, as ``scale.persisted``.)"""
    with collection_paused():
        payloads = [pickle.dumps(v, 5) for _, v in items]
    return pd.DataFrame(
        {
            "key": np.array([k for k, _ in items], np.int64),
            "payload": pd.Series(payloads, dtype=object),
        }
    )


def by_key(frame: pd.DataFrame) -> Iterator[tuple[int, list[Any]]]:
    """The items of a shuffled frame, grouped by key, in ascending key order."""
    for key, payloads in frame.groupby("key", sort=True)["payload"]:
        with collection_paused():
            found = [pickle.loads(p) for p in payloads]
        yield int(key), found


def group_frame(frame: pd.DataFrame, options: StoryOptions) -> pd.DataFrame:
    """``group_component`` of every component in a shuffled partition."""
    found = [s for _, items in by_key(frame) for s in group_component(items, options)]
    return keyed_frame([(s.first, s) for s in found])


def weights_frame(frame: pd.DataFrame, options: StoryOptions) -> pd.DataFrame:
    """``story_weights`` of every story in a shuffled partition."""
    return keyed_frame([story_weights(s, items, options) for s, items in by_key(frame)])


def docs_with_lines(feats: list[Described], keys: np.ndarray, role: np.ndarray) -> set[int]:
    """The documents with a ``role`` (>= 0) that have a line whose key is in ``keys``."""
    return {
        f.doc
        for f in feats
        if role[f.doc] >= 0 and in_sorted(np.asarray(f.lines.keys, np.int64), keys).any()
    }


def renumbered(frame: pd.DataFrame, renumber: np.ndarray) -> pd.DataFrame:
    """The rows of a frame keyed by story whose story has a new number (``renumber``: -1
    for none), under it."""
    keys = renumber[frame["key"].to_numpy(np.int64)]
    keep = keys >= 0
    return pd.DataFrame({"key": keys[keep], "payload": frame["payload"].to_numpy()[keep]})


def term_counts(frame: pd.DataFrame) -> pd.DataFrame:
    """In how many of this partition's stories each weighed term is."""
    counts: Counter[str] = Counter()
    for payload in frame["payload"]:
        counts.update(pickle.loads(payload).keys())
    return pd.DataFrame(
        {"term": pd.Series(list(counts), dtype=object), "n": np.array(list(counts.values()))}
    )


def vectors_frame(
    frame: pd.DataFrame, df: dict[str, int], stories: int, options: StoryOptions
) -> pd.DataFrame:
    """Each story's unit vector, from its pickled weights."""
    weights = [
        (int(k), pickle.loads(p)) for k, p in zip(frame["key"], frame["payload"], strict=True)
    ]
    return keyed_frame(vectors(weights, df, stories, options))
