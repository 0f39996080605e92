"""``wirediff stories --engine dask``: the in-process grouping's stages as Dask collections.

read and normalise (a bag of documents, one partition per part of the source) -> lines and
their frequencies (a DataFrame ``value_counts``) -> shingles -> candidate pairs by a shuffle
on the shingle hash -> pair counts (a ``groupby`` sum) -> copy links and candidate rewrites
-> connected components -> the guarded grouping, bases and versions per component (a bag
``groupby``) -> recurring boilerplate (``drop_duplicates`` then ``value_counts``) -> event
terms per story -> term vectors -> events (on the client) -> paraphrases (the common 3-word
runs of the candidate stories' bases by a shuffle on the run's hash, the documents of each
event's candidate stories shuffled on the event, ``merge_paraphrases`` per event; when any
merged, boilerplate and events again, reading only the partitions that hold the changed
stories: their lines counted again, their terms weighed anew) -> a Parquet stories index.

No worker holds the whole archive: documents stay in their partitions (their shingle
hashes only until the stories are found), and only what is small per document travels to
the client (pair lists, story lists, term vectors; see the README for the sizes).
"""

from __future__ import annotations

import pickle
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import itemgetter
from typing import Any

import numpy as np
import pandas as pd

from wirediff.core.counts import count
from wirediff.core.deskzone import ZoneTally, add_tallies, with_desk_zone, zone_tally
from wirediff.core.reading import Problem, ReaderOptions
from wirediff.core.reading.sitenames import SiteNames, add_site_names, site_names, with_site_names
from wirediff.core.stories import boilerplate as bp
from wirediff.core.stories.build import event_order
from wirediff.core.stories.events import Vector, cluster_events, event_edges
from wirediff.core.stories.names import named_together
from wirediff.core.stories.options import StoryOptions
from wirediff.scale import paraphrases as PP
from wirediff.scale import parts as P
from wirediff.scale.components import CLIENT_MAX_PAIRS, components
from wirediff.scale.index import Grouping
from wirediff.scale.memory import release
from wirediff.scale.paraphrases import Edge, apply_merges
from wirediff.scale.persisted import Persisted, shared
from wirediff.scale.sources import Source, read_part

Log = Callable[[str], None]
# The work under way, as ``commands.progress.Progress.say`` takes it: a step, its text.
Say = Callable[[str, str], None]


@dataclass(slots=True)
class Stages:
    """Seconds per stage, in order (for the summary and the benchmark)."""

    between: Callable[[], None] | None = None  # run as each stage ends, in its time
    seconds: dict[str, float] = field(default_factory=dict)
    _start: float = field(default_factory=time.perf_counter)

    def done(self, stage: str, log: Log | None) -> None:
        if self.between is not None:
            self.between()
        now = time.perf_counter()
        self.seconds[stage] = round(now - self._start, 2)
        self._start = now
        if log is not None:
            log(f"{stage}: {self.seconds[stage]:.1f} s")


def group_source(
    source: Source,
    options: StoryOptions,
    reader: ReaderOptions,
    max_bytes: int,
    client: Any,
    log: Log | None = None,
    say: Say | None = None,
) -> Grouping:
    """Group the documents of ``source`` on the cluster behind ``client``; ``log`` is told
    each stage as it ends, ``say`` the files (or shards) read so far as each part is."""
    import dask

    # Every compute and persist below on this cluster; pickled payloads stay bytes (Dask
    # would convert object columns to Arrow strings).
    with client.as_current(), dask.config.set({"dataframe.convert-string": False}):
        return _group(source, options, reader, max_bytes, client, log, say)


def _group(
    source: Source,
    options: StoryOptions,
    reader: ReaderOptions,
    max_bytes: int,
    client: Any,
    log: Log | None,
    say: Say | None = None,
) -> Grouping:
    import dask

    stages = Stages(between=lambda: release(client))  # the workers' freed heap back
    if not source.parts:  # an empty folder: dask computes nothing ("No collections provided")
        return Grouping(source, 0, [], [], list(source.problems), stages.seconds, {})
    raw = client.persist([dask.delayed(read_part)(p, reader, max_bytes) for p in source.parts])
    if say is not None:
        _follow_reading(source, raw, say)
    counts = dask.compute(*[dask.delayed(_count)(r) for r in raw])
    problems = [*source.problems, *(p for _, found, _names in counts for p in found)]
    offsets = np.concatenate(([0], np.cumsum([c for c, _, _names in counts]))).tolist()
    n = int(offsets[-1])
    # (one site's pages under one name, then the folder's desk zone, as ``load_paths``
    # gives its documents: a review found the Mexican copy before the Madrid takes it was
    # made from with this engine alone; the zones of outlets named before their site names
    # were given, another base)
    names = add_site_names(found for _, _, found in counts)
    tally = add_tallies(
        dask.compute(*[dask.delayed(_zones)(dask.delayed(itemgetter(0))(r), names) for r in raw])
    )
    numbered = [
        dask.delayed(P.number)(
            dask.delayed(_as_folder)(
                dask.delayed(itemgetter(0))(r), tally, names, reader.desk_zone
            ),
            o,
        )
        for r, o in zip(raw, offsets[:-1], strict=True)
    ]
    docs = Persisted.of(numbered, client, compress=True)
    del raw
    stages.done("read", log)
    if not n:
        return Grouping(source, n, [], [], problems, stages.seconds, {})
    parts = max(1, docs.npartitions)
    rate = 1 if n <= options.full_index_max_docs else options.sample_every
    # Lines packed too, with each partition's keys beside them (for the frequent lines).
    lines, keys = Persisted.with_side(docs.map(P.doc_lines, options), client, P.line_keys)
    frequent = _frequent_lines(keys, options, parts, client)
    made = [
        dask.delayed(P.features)(d, ls, frequent, options, rate)
        for d, ls in zip(docs.to_delayed(), lines.to_delayed(), strict=True)
    ]
    feats, sized = Persisted.with_side(made, client, P.sizes_of)  # features unpacked once less
    del lines, keys, made
    stages.done("lines and shingles", log)
    pairs = _pairs(feats, sized, options, n, rate, parts, client)
    del sized
    urls = _url_pairs(docs, options, parts)
    stages.done("candidate pairs", log)
    component = _components(n, pairs, urls)
    if log is not None:
        log(_components_said(component, pairs, urls))
    comp = shared(component, client)
    stories = _stories(docs, feats, pairs, urls, comp, options, parts)
    feats = Persisted.of(feats.map(P.described), client)  # the shingles are done with
    stages.done("stories", log)
    on = (docs, feats, frequent, offsets, options, client, stages, log)  # every events pass's
    labels, edges, weighed = _events(n, stories, *on)
    if options.find_rewrites and options.find_paraphrases:
        shingling = (frequent, rate)
        merges = _paraphrases(n, docs, feats, stories, labels, edges, shingling, options, client)
        stages.done("paraphrases", log)
        del edges  # only the paraphrase pass reads the first pass's event pairs
        if merges:  # the stories changed: describe them again
            stories = apply_merges(stories, merges)
            labels = _events(n, stories, *on, before=weighed)[0]
    order = event_order([s.members for s in stories], labels)
    handles = {"docs": docs, "feats": feats}
    return Grouping(source, n, stories, order, problems, stages.seconds, handles)


@dataclass(slots=True)
class _Weighed:
    """What an events pass leaves for the next (after the paraphrase pass merged stories):
    each story's weighed terms (a persisted frame keyed by story), made only of its base,
    its first other version and the recurring boilerplate — so a story with the same two
    documents keeps them when the boilerplate did not change — and in how many stories
    each frequent line is, so that the next pass counts again only the changed stories'."""

    weights: Any  # None once the next pass has taken what it keeps
    describers: dict[tuple[int, int], int]  # (base, first other version or -1) -> story
    recurring: np.ndarray
    story_of: np.ndarray  # per document
    line_stories: pd.Series  # frequent line key -> in how many stories (1+)
    long_lines: pd.Series  # of the frequent lines that are paragraphs: in how many documents


def _events(
    n: int,
    stories: list[P.StoryPart],
    docs: Any,
    feats: Any,
    frequent: Any,
    bounds: list[int],
    options: StoryOptions,
    client: Any,
    stages: Stages,
    log: Log | None,
    before: _Weighed | None = None,
) -> tuple[list[int], list[Edge], _Weighed]:
    """Recurring boilerplate, term vectors, then events (on the client): an event label per
    story, the candidate pairs of stories (``event_edges``, strongest first) and the
    weighed terms for a later pass (``before``: an earlier pass's, whose stories' terms are
    kept where they are the same, and let go of once taken; its line counts are corrected
    for the changed stories alone). Partition k of ``docs`` and ``feats`` holds documents
    ``bounds[k]`` to ``bounds[k + 1]``: a pass after a merge reads only the partitions
    holding what changed. Two stages, "term vectors" and "pairs and clusters" (with "again"
    when ``before`` is given)."""
    import dask.dataframe as dd

    describers = _describers(stories)
    story_of, role = _story_arrays(stories, describers, n)
    story_f = shared(story_of, client)
    if before is None:
        line_stories = _line_stories(feats, frequent, story_f, docs.npartitions)
        long_lines = _long_lines(feats, frequent, options)
    else:
        line_stories = _line_stories_again(feats, frequent, bounds, before, story_of)
        long_lines = before.long_lines  # the lines are the same; their stories changed
    recurring = _recurring(line_stories, long_lines, options)
    kept = {} if before is None else _kept(describers, recurring, before, role, feats)
    for s in kept:
        role[[d for d in describers[s] if d >= 0]] = -1  # not described again
    weights = _weights(
        docs,
        feats,
        _holding(bounds, np.flatnonzero(role >= 0)),
        shared(role, client),
        story_f,
        shared(recurring, client),
        options,
    )
    if kept:
        assert before is not None
        renumber = np.full(len(before.describers), -1, np.int64)
        renumber[list(kept.values())] = list(kept)
        moved = before.weights.map_partitions(P.renumbered, renumber, meta=_KEYED).persist()
        # Each part persisted, then the two put together: persisting their concatenation
        # as one took 178 s to the vectors at 1M (run K), against 76 s this way.
        weights = moved if weights is None else dd.concat([moved, weights.persist()])
    assert weights is not None, "no story to describe"
    weights = weights.persist()
    if before is not None:
        # The kept rows are on their way into ``weights``: the cluster holds the first
        # pass's partitions until they are moved, then lets them go (at 1M documents the
        # two passes' terms side by side would not fit the workers).
        before.weights = None
    if before is not None and log is not None:
        log(f"events again: {len(stories) - len(kept)} of {len(stories)} stories described anew")
    vectors = _vectors(weights, len(stories), options, client)
    again = " again" if before is not None else ""
    stages.done(f"events{again}: term vectors", log)
    keys = [s.key for s in stories]  # each story's place in content order, as in-process
    edges = event_edges(vectors, options, True, keys)
    labels = cluster_events(vectors, edges, options, keys)
    stages.done(f"events{again}: pairs and clusters", log)
    found = {key: s for s, key in enumerate(describers)}
    weighed = _Weighed(weights, found, recurring, story_of, line_stories, long_lines)
    return labels, edges, weighed


def _kept(
    describers: list[tuple[int, int]],
    recurring: np.ndarray,
    before: _Weighed,
    role: np.ndarray,
    feats: Any,
) -> dict[int, int]:
    """The stories whose weighed terms ``before`` has (story -> its number there): those
    described by the same two documents, unless a line of one of them was recurring
    boilerplate before and is not now, or the other way round (merged stories share
    fewer lines)."""
    import dask

    kept = {
        s: old
        for s, key in enumerate(describers)
        if (old := before.describers.get(key)) is not None
    }
    changed = np.setxor1d(recurring, before.recurring)
    if not kept or not len(changed):
        return kept
    found = [dask.delayed(P.docs_with_lines)(f, changed, role) for f in feats.to_delayed()]
    touched = set().union(*dask.compute(*found))
    return {s: old for s, old in kept.items() if touched.isdisjoint(describers[s])}


def _describers(stories: list[P.StoryPart]) -> list[tuple[int, int]]:
    """Each story's base and the version that holds most of it (-1: none; of equal shares,
    as ``build.describer`` picks), the documents whose terms describe it."""
    return [(story.base, _describer(story)) for story in stories]


def _describer(story: P.StoryPart) -> int:
    others = [v for v in story.versions if v[0] != story.base]
    return max(others, key=lambda v: (v[3], v[1], v[2], -v[0]))[0] if others else -1


def _paraphrases(
    n: int,
    docs: Any,
    feats: Any,
    stories: list[P.StoryPart],
    labels: list[int],
    edges: list[Edge],
    shingling: tuple[Any, int],
    options: StoryOptions,
    client: Any,
) -> list[tuple[list[int], P.StoryPart]]:
    """The paraphrase pass (``scale.paraphrases``): the common runs of the candidate
    stories' bases counted by a shuffle on the run, then the documents of each event's
    candidate stories shuffled on the event (their shingles made again with ``shingling``:
    the frequent lines and the sampling rate) and ``merge_paraphrases`` per event; the
    stories that merged and what they became."""
    import dask
    import dask.dataframe as dd

    members, bases = [s.members for s in stories], [s.base for s in stories]
    jobs = PP.event_jobs(members, bases, labels, edges)
    if not jobs:
        return []
    named = _named(n, docs, members, labels, options)
    if named:
        jobs = PP.event_jobs(members, bases, labels, edges, named)
    parts = docs.npartitions
    is_base = np.zeros(n, bool)
    is_base[[b for j in jobs for b in j.bases]] = True
    is_base_f = shared(is_base, client)
    meta = pd.DataFrame({"hash": pd.Series(dtype=np.int64)})
    runs = dd.from_delayed(
        [
            dask.delayed(PP.base_runs)(d, f, is_base_f, options)
            for d, f in zip(docs.to_delayed(), feats.to_delayed(), strict=True)
        ],
        meta=meta,
    )
    counts = runs["hash"].value_counts(split_out=parts)
    common = counts[counts > options.own_max_others + 2].index.to_series().compute()
    common_f = shared(np.sort(common.to_numpy(np.int64)), client)
    wanted = shared(PP.doc_events(jobs, n), client)
    keyed = [
        dask.delayed(PP.event_docs)(d, f, wanted, *shingling, options)
        for d, f in zip(docs.to_delayed(), feats.to_delayed(), strict=True)
    ]
    job_items = [(j.event, ("job", j)) for j in jobs]
    for start in range(0, len(job_items), _JOBS_PER_FRAME):
        keyed.append(dask.delayed(P.keyed_frame)(job_items[start : start + _JOBS_PER_FRAME]))
    items = dd.from_delayed(keyed, meta=_KEYED).shuffle("key", npartitions=parts)
    merged = [dask.delayed(PP.merged_part)(p, options, common_f) for p in items.to_delayed()]
    return [m for part in dask.compute(*merged) for m in part]


_JOBS_PER_FRAME = 10_000


def _named(
    n: int, docs: Any, members: list[list[int]], labels: list[int], options: StoryOptions
) -> list[list[int]]:
    """The stories to join as named alike (``names.named_together``): the name keys of the
    documents that have one (a row each, to the client), then the stories on the client."""
    if not options.join_named:
        return []
    meta = pd.DataFrame({"key": pd.Series(dtype=object), "doc": pd.Series(dtype=np.int64)})
    keys = _frame(docs, P.name_keys, meta).compute()
    story_of = np.zeros(n, np.int64)
    for s, found in enumerate(members):
        story_of[found] = s
    pairs = zip(keys["key"].tolist(), keys["doc"].tolist(), strict=True)
    return named_together(pairs, story_of.tolist(), labels, options.url_max_docs)


def _story_arrays(
    stories: list[P.StoryPart], describers: list[tuple[int, int]], n: int
) -> tuple[np.ndarray, np.ndarray]:
    """Per document, its story, and its role in describing it (``describers``): 0 the
    base, 1 the first other version (whose terms say which of the base's are the story's
    own), else -1."""
    story_of = np.empty(n, np.int64)
    role = np.full(n, -1, np.int64)
    for s, (story, (base, other)) in enumerate(zip(stories, describers, strict=True)):
        story_of[story.members] = s
        role[base] = 0
        if other >= 0:
            role[other] = 1
    return story_of, role


def _follow_reading(source: Source, raw: list[Any], say: Say) -> None:
    """Say the files (or shards) read so far as each part's read ends, until all have: the
    reading stage alone took 19 minutes of a 20,000-file folder, and a cron job's log had
    no line meanwhile (a big-folder walkthrough). A read that failed counts as ended: the
    compute after says its error."""
    from distributed import as_completed, futures_of

    files = all(p.kind == "files" for p in source.parts)
    noun = "files" if files else "shards"
    sizes: dict[Any, int] = {}
    for part, read in zip(source.parts, raw, strict=True):
        for future in futures_of(read):
            sizes[future.key] = sizes.get(future.key, 0) + (len(part.paths) if files else 1)
    total, done = sum(sizes.values()), 0
    for future in as_completed(futures_of(raw)):
        done += sizes.pop(future.key, 0)
        say("reading", f"reading {noun} ({done:,}/{total:,})")


def _count(read: tuple[list[Any], list[Problem]]) -> tuple[int, list[Problem], SiteNames]:
    """A part's documents counted, its problems, and its pages' site names."""
    return len(read[0]), read[1], site_names(read[0])


def _zones(documents: list[Any], names: SiteNames) -> ZoneTally:
    """The zones a part's documents give, under the folder's site names."""
    return zone_tally(with_site_names(documents, names))


def _as_folder(documents: list[Any], zones: ZoneTally, names: SiteNames, clock: str) -> list[Any]:
    """A part's documents as ``load_paths`` gives a folder's: in its desk zone (``clock``:
    ``--zone``'s), one site's pages under one name (``with_site_names``: a review found
    this engine alone gave a site's pages saved without a site name their host)."""
    return with_desk_zone(with_site_names(documents, names), zones, clock)


def _frame(
    parts: Persisted, fn: Callable[..., pd.DataFrame], meta: pd.DataFrame, *args: Any
) -> Any:
    """A Dask DataFrame with one partition per partition of ``parts`` (``fn`` of each)."""
    import dask.dataframe as dd

    return dd.from_delayed(parts.map(fn, *args), meta=meta)


def _frequent_lines(keys: list[Any], options: StoryOptions, parts: int, client: Any) -> Any:
    """Line keys found in at least ``boiler_min_docs`` documents (shared with the workers):
    ``keys``, each partition's ``line_keys`` (persisted)."""
    import dask.dataframe as dd

    meta = pd.DataFrame({"key": pd.Series(dtype=np.int64)})
    counts = dd.from_delayed(keys, meta=meta)["key"].value_counts(split_out=parts)
    found = counts[counts >= options.boiler_min_docs].index.to_series().compute()
    return shared(np.sort(found.to_numpy(np.int64)), client)


def _pairs(
    feats: Any, sized: list[Any], options: StoryOptions, n: int, rate: int, parts: int, client: Any
) -> Any:
    """Copy links and candidate rewrites (kind, strength, a, b), a persisted Dask DataFrame
    (``sized``: each partition's ``sizes_of``, persisted)."""
    import dask

    posting = _frame(feats, P.postings, P.POSTINGS)
    shuffled = posting.shuffle("hash", npartitions=parts)
    counted = shuffled.map_partitions(P.pair_counts, options, n, meta=P.COUNTS)
    assert n < 3_037_000_000, "pair codes a * n + b fit in int64 only below sqrt(2**63)"
    together = counted.shuffle(on_index=True, npartitions=parts)  # a pair's counts together
    size = np.zeros(n, np.int64)
    found = pd.concat(dask.compute(*sized))
    size[found["doc"].to_numpy()] = found["size"].to_numpy()
    sizes_f = shared(size, client)
    meta = pd.DataFrame(
        {
            "kind": pd.Series(dtype=np.int64),
            "strength": pd.Series(dtype=np.float64),
            "a": pd.Series(dtype=np.int64),
            "b": pd.Series(dtype=np.int64),
        }
    )
    return together.map_partitions(P.select_pairs, sizes_f, options, rate, n, meta=meta).persist()


def _url_pairs(docs: Any, options: StoryOptions, parts: int) -> pd.DataFrame:
    meta = pd.DataFrame({"url": pd.Series(dtype=object), "doc": pd.Series(dtype=np.int64)})
    keyed = _frame(docs, P.url_keys, meta, options).shuffle("url", npartitions=parts)
    found = keyed.map_partitions(
        P.url_pairs, options.url_max_docs, meta=pd.DataFrame({"a": [], "b": []}, dtype=np.int64)
    )
    return found.compute()


def _components(n: int, pairs: Any, urls: pd.DataFrame) -> np.ndarray:
    ab = pairs[["a", "b"]]
    if len(pairs) > CLIENT_MAX_PAIRS:  # too many for the client: rounds of joins (tested apart)
        from wirediff.scale.components import dask_components

        labels = dask_components(ab, pairs.npartitions).compute()
        out = np.full(n, -1, np.int64)
        out[labels.index.to_numpy()] = labels.to_numpy()
        return out
    found = ab.compute()
    a = np.concatenate([found["a"].to_numpy(np.int64), urls["a"].to_numpy(np.int64)])
    b = np.concatenate([found["b"].to_numpy(np.int64), urls["b"].to_numpy(np.int64)])
    return components(n, a, b)


def _components_said(component: np.ndarray, pairs: Any, urls: pd.DataFrame) -> str:
    """How many candidate pairs were found and what components they make (what the
    stories stage's work grows with)."""
    sizes = np.bincount(component[component >= 0])
    sizes = sizes[sizes > 0]
    largest = int(sizes.max()) if len(sizes) else 0
    return (
        f"candidate pairs: {len(pairs) + len(urls):,}; components: {len(sizes):,} holding "
        f"{int(sizes.sum()):,} documents, the largest {largest:,}, "
        f"{count(int((sizes * (sizes - 1) // 2).sum()), 'pair')} of documents within them"
    )


def _stories(
    docs: Any,
    feats: Any,
    pairs: Any,
    urls: pd.DataFrame,
    comp: Any,
    options: StoryOptions,
    parts: int,
) -> list[P.StoryPart]:
    """Every story, listed by its first document: documents and pairs shuffled on their
    component, each component grouped where it lands."""
    import dask
    import dask.dataframe as dd

    keyed = [
        dask.delayed(_keyed_docs)(d, f, comp)
        for d, f in zip(docs.to_delayed(), feats.to_delayed(), strict=True)
    ]
    keyed += [dask.delayed(_keyed_pairs)(p, comp) for p in pairs.to_delayed()]
    url_frame = urls.assign(kind=P.URL, strength=0.0)[["kind", "strength", "a", "b"]]
    keyed.append(dask.delayed(_keyed_pairs)(url_frame, comp))
    items = dd.from_delayed(keyed, meta=_KEYED).shuffle("key", npartitions=parts)
    grouped = items.map_partitions(P.group_frame, options, meta=_KEYED).compute()
    found = [pickle.loads(p) for p in grouped["payload"]]
    found += [s for part in dask.compute(*docs.map(P.single_stories, comp)) for s in part]
    return sorted(found, key=lambda s: s.first)


_KEYED = pd.DataFrame({"key": pd.Series(dtype=np.int64), "payload": pd.Series(dtype=object)})


def _keyed_docs(docs: P.Numbered, feats: list[P.Features], comp: np.ndarray) -> pd.DataFrame:
    return P.keyed_frame(P.keyed_docs(docs, feats, comp))


def _keyed_pairs(frame: pd.DataFrame, comp: np.ndarray) -> pd.DataFrame:
    return P.keyed_frame(P.keyed_pairs(frame, comp))


def _keyed_terms(
    docs: P.Numbered,
    feats: list[P.Described],
    role: np.ndarray,
    story_of: np.ndarray,
    recurring: np.ndarray,
    options: StoryOptions,
) -> pd.DataFrame:
    return P.keyed_frame(P.doc_terms(docs, feats, role, story_of, recurring, options))


def _line_stories(feats: Any, frequent: Any, story_of: Any, parts: int) -> pd.Series:
    """In how many stories each frequent line key is (on the client: the keys are the
    frequent lines', already shared from it)."""
    meta = pd.DataFrame({"key": [], "story": []}, dtype=np.int64)
    lines = _frame(feats, P.story_lines, meta, frequent, story_of)
    counts = lines.drop_duplicates(split_out=parts)["key"].value_counts(split_out=parts)
    found: pd.Series = counts.compute()
    return found


def _line_stories_again(
    feats: Any, frequent: Any, bounds: list[int], before: _Weighed, story_of: np.ndarray
) -> pd.Series:
    """``before``'s line counts with the changed stories' lines taken out and their new
    stories' put in, read from the partitions holding the changed stories only."""
    import dask

    changed = changed_documents(before.story_of, story_of)
    if not len(changed):
        return before.line_stories
    parts = feats.to_delayed()
    found = dask.compute(
        *[
            dask.delayed(P.changed_story_lines)(
                parts[k], frequent, changed, before.story_of[changed], story_of[changed]
            )
            for k in _holding(bounds, changed)
        ]
    )

    def counted(frames: list[pd.DataFrame]) -> pd.Series:
        lines = pd.concat(frames).drop_duplicates()  # a story may span partitions
        return lines["key"].value_counts()

    taken, added = counted([t for t, _ in found]), counted([a for _, a in found])
    counts = before.line_stories.sub(taken, fill_value=0).add(added, fill_value=0)
    return counts[counts > 0].astype(np.int64)


def changed_documents(before: np.ndarray, now: np.ndarray) -> np.ndarray:
    """The documents whose story (``before`` and ``now``: a story number per document,
    numbered apart) is not the same set of documents in both (sorted)."""
    if not len(before):
        return np.empty(0, np.int64)
    m = int(now.max()) + 1
    links = np.unique(before.astype(np.int64) * m + now)  # distinct (before, now)
    partners_before = np.bincount(links // m, minlength=int(before.max()) + 1)
    partners_now = np.bincount(links % m, minlength=m)
    moved = (partners_before[before] != 1) | (partners_now[now] != 1)
    return np.flatnonzero(moved).astype(np.int64)


def _holding(bounds: list[int], documents: np.ndarray) -> list[int]:
    """The partitions holding ``documents`` (partition k: ``bounds[k]`` to ``bounds[k+1]``)."""
    at = np.searchsorted(np.asarray(bounds, np.int64), documents, side="right") - 1
    return [int(k) for k in np.unique(at)]


def _long_lines(feats: Any, frequent: Any, options: StoryOptions) -> pd.Series:
    """In how many documents each frequent line that is a paragraph is
    (``parts.long_lines``; the same at every pass: the stories change, not the lines)."""
    meta = pd.DataFrame({"key": pd.Series(dtype=np.int64)})
    lines = _frame(feats, P.long_lines, meta, frequent, options.boiler_short_words)
    found: pd.Series = lines["key"].value_counts().compute()
    return found


def _recurring(line_stories: pd.Series, long_lines: pd.Series, options: StoryOptions) -> np.ndarray:
    """Frequent line keys found in at least ``boiler_min_stories`` stories, sorted; a
    paragraph (in ``long_lines``, with its documents) as ``boilerplate.paragraph_recurs``
    says."""
    stories = line_stories.to_numpy(np.int64)
    documents = long_lines.reindex(line_stories.index).to_numpy()  # NaN: not a paragraph
    paragraph = ~np.isnan(documents)
    recurs = np.where(
        paragraph,
        bp.paragraph_recurs(stories, documents, options),
        stories >= options.boiler_min_stories,
    )
    return np.sort(line_stories.index.to_numpy(np.int64)[recurs])


def _weights(
    docs: Any,
    feats: Any,
    parts: list[int],
    role: Any,
    story_of: Any,
    recurring: Any,
    options: StoryOptions,
) -> Any:
    """The weighed terms of the stories with documents in a ``role`` (a frame keyed by
    story; None if none): their base's and first other version's terms, read from the
    partitions ``parts`` that hold them, shuffled on the story."""
    import dask
    import dask.dataframe as dd

    if not parts:
        return None
    ds, fs = docs.to_delayed(), feats.to_delayed()
    terms = [
        dask.delayed(_keyed_terms)(ds[k], fs[k], role, story_of, recurring, options) for k in parts
    ]
    shuffled = dd.from_delayed(terms, meta=_KEYED).shuffle("key", npartitions=len(parts))
    return shuffled.map_partitions(P.weights_frame, options, meta=_KEYED)


def _vectors(weights: Any, stories: int, options: StoryOptions, client: Any) -> list[Vector]:
    """Each story's unit term vector, in story order (gathered on the client), from the
    persisted ``weights`` of every story."""
    meta = pd.DataFrame({"term": pd.Series(dtype=object), "n": pd.Series(dtype=np.int64)})
    counts = weights.map_partitions(P.term_counts, meta=meta).groupby("term")["n"].sum()
    df = dict(counts.compute().items())
    df_f = shared(df, client)
    del df
    vectors = weights.map_partitions(P.vectors_frame, df_f, stories, options, meta=_KEYED)
    gathered = vectors.compute()
    keys = gathered["key"].to_numpy(np.int64)
    payloads = gathered["payload"].tolist()
    del gathered
    assert np.array_equal(np.sort(keys), np.arange(stories)), "a story without its vector"
    found: list[Vector] = [{} for _ in range(stories)]
    for i, key in enumerate(keys.tolist()):
        # Terms interned: unpickled, each story would hold its own copy of every term
        # string (half the client's memory at 1M documents); each payload let go once read.
        found[key] = {sys.intern(t): w for t, w in pickle.loads(payloads[i]).items()}
        payloads[i] = None
    return found
