"""Story grouping in one process: time, memory and pairwise precision/recall on generated
folders of 1k, 10k and 100k documents, each against the path of before this release, and
scores on the real devdata corpora.

    .venv/bin/python benchmarks/bench_stories.py                 # 1k, 10k, 100k, devdata
    .venv/bin/python benchmarks/bench_stories.py --sizes 1000,10000 --no-devdata
    .venv/bin/python benchmarks/bench_stories.py --sizes "" --no-devdata --long 3000
    .venv/bin/python benchmarks/bench_stories.py --sizes "" --no-devdata --long-bases 400
    .venv/bin/python benchmarks/bench_stories.py --sizes "" --no-devdata --wire 2000

*Now* is ``build_story_index(documents, workers=N)``: NumPy for shingle hashes and pair
counts, a process pool of N for lines, words and event terms. *Before* is
``build_reference``: the same grouping in one process and pure Python (the path of before,
kept callable; the desktop app, which ships without NumPy, runs it with the pool). Both run
on the same generated folder, each in its own process (peak memory per path), one after
the other in this run; *recorded* are the numbers measured with the code of before (commit
bda3d8b) at the start of the work, on the same machine. CPU counts the pool's processes.
*Previous rules* is *now* with the derivation rules of issue 11's third round
(``PREVIOUS_RULES``: a paraphrase by its terms in order alone, no length ratio for parallel
renderings, no dates), in its own process in the same run: what this round's rules cost.

The folder is generated in memory by ``wirediff.core.stories.synth`` (seeded: Zipfian words,
events whose stories share names, numbers and topic words, versions trimmed, padded,
re-captioned, paraphrased, reordered, wrapped in outlet boilerplate, 3% with another story
appended); generation is not timed. Peak memory is the process's maximum resident set,
generated corpus included (in brackets: after generation).

*Devdata* (../shared/devdata, skipped when absent): pairwise same-story precision / recall /
F1 over all pairs of files with ``StoryOptions()``, with ``PREVIOUS_RULES`` and with
``find_rewrites=False`` (the grouping before rewrites), and over the labelled pairs only
(each joined or not), for each
corpus and each fixed half of it; for counter/ what its false positives are (labelled ND
pairs joined, or files of two different labelled pairs, with the evidence between them) and
the derivation level of each labelled pair (copy and edited = WD, rewrite = PD, independent
= ND) against the manual labels.

*Long lines* (``--long N``): N generated short documents, each quoting its second
paragraph, grouped alone and with three one-line documents of ~100,000 words each made of
their sentences (every fourth quoted), as a feed's stray dump is; then, over the candidate
pairs of that grouping, the share of shared 3-word runs (``ends``) weighed the way of
before, the runs of both texts rebuilt for each pair (``run_share``), and the way of now,
each document's runs made once (``runs_of``, ``held_share``): the same shares, and the
ratio of their CPU times.

*Long bases* (``--long-bases N``): N generated short documents and three one-line documents
of ``BASE_WORDS`` words made of their sentences (every fourth quoted), grouped; then, in the
same run, two costs weighed the way of before and the way of now, the same answers
asserted: the rewrites' screening (``Texts.phrases``) over the grouping's candidate pairs,
every text's runs walked for each pair (before) or a long text's looked up by their places
(``RunPlaces``, now); and how every version of every story was made
(``every_derivation``), each pair's two texts read for it and a one-line text cut into its
sentences again for each of its quotes (before: ``measure_pair`` alone, ``_sentence_of``
without its lines) or a story's texts read once and each line cut once (now).

*Stock phrases* (``--wire N``): a wire desk's day of N generated documents
(``synth.wire_day``: wire stories copied, trimmed, edited and rewritten by papers, single
reports, nearly half of every text stock sentences with the story's own names and figures),
grouped the way of now and of before, each in its own process, one after the other in this
run: before, each candidate rewrite's level a full measurement of its two texts read for it
(``evidence.measure``: every text cut into its sentences again, the figures, words, names
and quotations its aligned sentences change told), and the guard asking its pairs in their
order; now, each text read once (``Texts.reading``), what ``classify`` reads measured alone
(``level_evidence``; a full measurement only where it says *copy*), the guard's pairs known
without a diff counted first. The same stories asserted; CPU, aligned diffs and full
measurements of each.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import subprocess
import sys
import time
from collections import Counter
from dataclasses import replace
from pathlib import Path

from devdata import (
    CORPORA,
    Corpus,
    available,
    halves,
    labelled_scores,
    same_story_scores,
    unlabelled_links,
)
from memory import peak_mb
from wirediff.core import requotes
from wirediff.core.document import Document
from wirediff.core.stories import (
    Derivation,
    StoryIndex,
    StoryOptions,
    build_story_index,
    clean_text,
    ends,
    pair_derivation,
    rewrites,
)
from wirediff.core.stories import build as story_build
from wirediff.core.stories import derivation as story_derivation
from wirediff.core.stories import evidence as story_evidence
from wirediff.core.stories import relation as story_relation
from wirediff.core.stories.build import build_reference
from wirediff.core.stories.evidence import word_keys_of
from wirediff.core.stories.perdoc import lines_of
from wirediff.core.stories.relation import every_derivation, measure_pair, version_sources
from wirediff.core.stories.synth import generate, pair_precision_recall, wire_day

BEFORE = StoryOptions(find_rewrites=False)  # the grouping of before this release
# The derivation rules of issue 11's third round: a paraphrase by its terms in order alone
# (>= 0.25), no length ratio for parallel renderings, no dates. Grouped by the same code
# (the fast path), so the comparison is of the rules alone.
PREVIOUS_RULES = StoryOptions(
    paraphrase_phrase_weight=0.0,
    paraphrase_min_score=0.25,
    paraphrase_min_terms=0.25,
    parallel_min_length_ratio=0.0,
    paraphrase_max_days=10**9,
)
LABEL_OF = {
    Derivation.COPY: "WD",
    Derivation.EDITED: "WD",
    Derivation.REWRITE: "PD",
    Derivation.INDEPENDENT: "ND",
}


def _cell(scores: tuple[float, float, float]) -> str:
    return "{:.3f} / {:.3f} / {:.3f}".format(*scores)


def devdata_table() -> None:
    """Same-story scores on each devdata corpus, before and now, over all pairs of files and
    over the labelled pairs, each for the whole corpus and its fixed halves; counter's
    unlabelled links (the gold standard's gaps?) and its derivation confusion."""
    print(
        "| corpus | documents | part | before: all pairs P / R / F1 "
        "| previous rules: all pairs P / R / F1 | previous rules: labelled pairs P / R / F1 "
        "| now: all pairs P / R / F1 | now: labelled pairs P / R / F1 "
        "| group CPU s before / previous / now |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    details = None
    for name, make in CORPORA.items():
        corpus = make()
        found, times = [], []
        for options in (BEFORE, PREVIOUS_RULES, StoryOptions()):
            start = time.process_time()
            index = build_story_index(corpus.documents, options)
            times.append(time.process_time() - start)
            found.append({d.path.name: index.story_of(i).id for i, d in enumerate(index.documents)})
        for part, files, pairs in halves(corpus):
            before, previous, now = (same_story_scores(corpus.story, f, files) for f in found)
            cpu = " / ".join(f"{t:.1f}" for t in times) if part == "all" else ""
            print(
                f"| {name} | {len(corpus.documents):,} | {part} | {_cell(before)} "
                f"| {_cell(previous)} | {_cell(labelled_scores(pairs, found[1]))} "
                f"| {_cell(now)} | {_cell(labelled_scores(pairs, found[2]))} | {cpu} |",
                flush=True,
            )
        if name == "counter":
            details = (corpus, index, found[2])
    if details is not None:
        counter_details(*details)


def counter_details(corpus: Corpus, index: StoryIndex, found: dict[str, int]) -> None:
    """What the false positives of counter's all-pairs score are, and the derivation of each
    labelled pair against the manual labels."""
    at = {d.path.name: i for i, d in enumerate(index.documents)}
    links = unlabelled_links(corpus, found)
    kinds: Counter[str] = Counter()
    for a, b in links:
        x, y = at[a], at[b]
        if word_keys_of(clean_text(index, x)) == word_keys_of(clean_text(index, y)):
            kinds["identical words"] += 1
        else:
            kinds[pair_derivation(index, x, y).level.value] += 1
    labelled_fp = sum(1 for p in corpus.pairs if p.label == "ND" and found[p.a] == found[p.b])
    print(
        f"\ncounter/: {len(links) + labelled_fp} false positives of the all-pairs score: "
        f"{labelled_fp} labelled ND pairs joined, {len(links)} pairs of files of two "
        "different labelled pairs (no label says they are related); by their own evidence, "
        "those are: " + ", ".join(f"{n} {k}" for k, n in kinds.most_common())
    )
    confusion: Counter[tuple[str, str]] = Counter()
    for pair in corpus.pairs:
        level = pair_derivation(index, at[pair.a], at[pair.b]).level
        confusion[pair.label, LABEL_OF[level]] += 1
    print("\ncounter/: derivation of each labelled pair (rows: manual label; columns: level)\n")
    print("| label | copy or edited (WD) | rewrite (PD) | independent (ND) |")
    print("|---|---|---|---|")
    for label in ("WD", "PD", "ND"):
        row = " | ".join(str(confusion[label, c]) for c in ("WD", "PD", "ND"))
        print(f"| {label} | {row} |")


# Measured with the code of before (commit bda3d8b, this script's predecessor) at the start
# of the work on this machine, busy with other benchmarks: group s (CPU s), peak MB.
RECORDED = {1_000: (1.4, 0.9, 72), 10_000: (11.3, 7.9, 209), 100_000: (159.7, 91.5, 2_416)}


def _cpu() -> float:
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return time.process_time() + children.ru_utime + children.ru_stime


def one(n: int, seed: int, path: str, workers: int) -> dict[str, float | int]:
    """Group one generated folder with one path (``now`` or ``before``)."""
    corpus = generate(n, seed=seed)
    corpus_mb = peak_mb()
    wall, cpu = time.perf_counter(), _cpu()
    if path == "now":
        index = build_story_index(corpus.documents, workers=workers)
    elif path == "previous":
        index = build_story_index(corpus.documents, PREVIOUS_RULES, workers=workers)
    else:
        index = build_reference(corpus.documents)
    wall, cpu = time.perf_counter() - wall, _cpu() - cpu
    found = [index.story_of(d).id for d in range(n)]
    precision, recall = pair_precision_recall(corpus.story, found)
    events = [index.story_of(d).event for d in range(n)]
    ev_precision, ev_recall = pair_precision_recall(corpus.event, events)
    multi = [s for s in index.stories if len(s.versions) >= 3]
    right = sum(
        1
        for s in multi
        if corpus.story[s.base] in corpus.original
        and index.scores(s.base, corpus.original[corpus.story[s.base]]).similarity >= 0.99
    )
    return {
        "n": n,
        "stories": len(index.stories),
        "true_stories": len(set(corpus.story)),
        "group_s": wall,
        "cpu_s": cpu,
        "peak_mb": peak_mb(),
        "corpus_mb": corpus_mb,
        "precision": precision,
        "recall": recall,
        "event_precision": ev_precision,
        "event_recall": ev_recall,
        "base_right": right / len(multi) if multi else 1.0,
        "signature": hash(tuple(found)) ^ hash(tuple(events)),
    }


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--no-devdata", action="store_true", help="skip ../shared/devdata")
    parser.add_argument(
        "--long", type=int, default=0, help="the long-lines case on this many documents"
    )
    parser.add_argument(
        "--long-bases", type=int, default=0, help="the long-bases case on this many documents"
    )
    parser.add_argument(
        "--wire", type=int, default=0, help="the stock-phrases case on this many documents"
    )
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--wire-one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--path", choices=("now", "previous", "before"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(one(args.one, args.seed, args.path, args.workers)))
        return 0
    if args.wire_one:
        print(json.dumps(wire_one(args.wire_one, args.seed, args.path)))
        return 0
    if args.sizes:
        generated_table(args)
    if args.long:
        long_lines_table(args.long, args.seed)
    if args.long_bases:
        long_bases_table(args.long_bases, args.seed)
    if args.wire:
        wire_table(args.wire, args.seed)
    if not args.no_devdata:
        if available():
            print()
            devdata_table()
        else:
            print("\n(../shared/devdata is absent: devdata scores skipped)")
    return 0


def _run(n: int, path: str, args: argparse.Namespace) -> dict[str, float | int]:
    cmd = [sys.executable, __file__, "--one", str(n), "--seed", str(args.seed)]
    cmd += ["--path", path, "--workers", str(args.workers)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout
    return dict(json.loads(out.strip().splitlines()[-1]))


def generated_table(args: argparse.Namespace) -> None:
    """One row per generated folder size; each path measured in its own process."""
    rows = []
    for n in (int(s) for s in args.sizes.split(",")):
        now, before = _run(n, "now", args), _run(n, "before", args)
        assert now["signature"] == before["signature"], f"{n}: the paths group differently"
        previous = _run(n, "previous", args)
        rows.append((now, before, previous))
        print(f"  {n} documents done", file=sys.stderr, flush=True)
    print(
        f"| documents | stories (true) | now: group s (CPU s), {args.workers} workers "
        "| before: group s (CPU s) | time now / before | now: peak MB (corpus) "
        "| before: peak MB | story P / R (both) | event P / R | base right "
        "| recorded before: group s (CPU s), peak MB "
        "| previous rules: CPU s (now / previous), same stories |"
    )
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    for r, b, p in rows:
        rec = RECORDED.get(int(r["n"]))
        recorded = f"{rec[0]:.1f} ({rec[1]:.1f}), {rec[2]:,}" if rec else "-"
        print(
            f"| {r['n']:,} | {r['stories']:,} ({r['true_stories']:,}) "
            f"| {r['group_s']:.1f} ({r['cpu_s']:.1f}) | {b['group_s']:.1f} ({b['cpu_s']:.1f}) "
            f"| {r['group_s'] / b['group_s']:.2f}x "
            f"| {r['peak_mb']:,.0f} ({r['corpus_mb']:,.0f}) | {b['peak_mb']:,.0f} "
            f"| {r['precision']:.3f} / {r['recall']:.3f} "
            f"| {r['event_precision']:.3f} / {r['event_recall']:.3f} | {r['base_right']:.0%} "
            f"| {recorded} | {p['cpu_s']:.1f} ({r['cpu_s'] / p['cpu_s']:.2f}x), "
            f"{'yes' if p['signature'] == r['signature'] else 'no'} |"
        )


LONG_DOCS = 3
LONG_WORDS = 100_000  # words in each one-line document


def _quoting(document: Document) -> Document:
    """``document`` with its second paragraph quoted (the links' quotation test weighs it)."""
    paras = document.text.split("\n\n")
    if len(paras) > 2:
        paras[1] = f'The minister said: "{paras[1]}"'
    return replace(document, text="\n\n".join(paras))


def _one_liners(documents: list[Document], seed: int, length: int = LONG_WORDS) -> list[Document]:
    """``LONG_DOCS`` one-line texts of the folder's sentences, each of ``length`` words."""
    rng = random.Random(seed)
    sentences = [s for d in documents for s in d.text.replace("\n", " ").split(". ") if s]
    out = []
    for n in range(LONG_DOCS):
        picked, words = [], 0
        while words < length:
            sentence = rng.choice(sentences)
            picked.append(f'"{sentence}."' if len(picked) % 4 == 3 else f"{sentence}.")
            words += sentence.count(" ") + 1
        out.append(Document(Path(f"longline_{n}.txt"), " ".join(picked), f"longline {n}"))
    return out


def long_lines_table(n: int, seed: int) -> None:
    """Short documents grouped with and without three one-line ones; the runs' share over
    the candidate pairs, per pair (before) and per document (now)."""
    short = [_quoting(d) for d in generate(n, seed=seed).documents]
    folder = short + _one_liners(short, seed)
    pairs: list[tuple[int, int]] = []
    real = story_build.group_documents

    def capturing(documents, lines, shingles, strong, maybe, *rest, **named):  # type: ignore[no-untyped-def]
        strong = list(strong)
        pairs[:] = [(a, b) for _s, a, b in strong] + list(maybe)
        return real(documents, lines, shingles, strong, maybe, *rest, **named)

    story_build.group_documents = capturing
    try:
        times = []
        for documents in (short, folder):
            start = time.process_time()
            build_story_index(documents)
            times.append(time.process_time() - start)
    finally:
        story_build.group_documents = real
    words = [[re.findall(r"\w+", d.text.casefold())] for d in folder]  # (as `ends` reads)
    start = time.process_time()
    before = [ends.run_share(words[a], words[b]) for a, b in pairs]
    per_pair = time.process_time() - start
    start = time.process_time()
    runs = {d: ends.runs_of(words[d]) for d in sorted({d for pair in pairs for d in pair})}
    now = [ends.held_share(runs[a], runs[b]) for a, b in pairs]
    per_doc = time.process_time() - start
    assert now == before, "the runs made once weigh the pairs otherwise"
    with_long = sum(1 for a, b in pairs if max(a, b) >= len(short))
    print(
        "| documents | one-line documents (words) | group CPU s without / with them "
        "| candidate pairs (with a one-line document) | runs' share CPU s: per pair (before) "
        "/ per document (now) | before / now |"
    )
    print("|---|---|---|---|---|---|")
    print(
        f"| {len(short):,} | {LONG_DOCS} ({LONG_WORDS:,}) | {times[0]:.1f} / {times[1]:.1f} "
        f"| {len(pairs):,} ({with_long:,}) | {per_pair:.1f} / {per_doc:.2f} "
        f"| {per_pair / per_doc:.0f}x |"
    )


BASE_WORDS = 30_000  # words in each one-line document of the long-bases case


def long_bases_table(n: int, seed: int) -> None:
    """Short documents and three one-line ones grouped; the rewrites' screening and every
    version's derivation weighed the way of before and of now, in this run."""
    short = generate(n, seed=seed).documents
    folder = short + _one_liners(short, seed, BASE_WORDS)
    maybe: list[tuple[int, int]] = []
    real = story_build.group_documents

    def capturing(documents, lines, shingles, strong, candidates, *rest, **named):  # type: ignore[no-untyped-def]
        maybe[:] = candidates
        return real(documents, lines, shingles, strong, candidates, *rest, **named)

    story_build.group_documents = capturing
    try:
        start = time.process_time()
        index = build_story_index(folder)
        group = time.process_time() - start
    finally:
        story_build.group_documents = real
    options = index.options
    lines = lines_of([d.text for d in folder], options)
    cost, shares = [], []
    placed = rewrites.PLACED_MIN_RUNS
    for least in (10**12, placed):  # (before: every text's runs walked; now: long ones placed)
        rewrites.PLACED_MIN_RUNS = least
        try:
            start = time.process_time()
            texts = rewrites.Texts(folder, lines, options, lambda _a, _b: 0.0)
            shares.append([texts.phrases(a, b) for a, b in maybe])
            cost.append(time.process_time() - start)
        finally:
            rewrites.PLACED_MIN_RUNS = placed
    assert shares[0] == shares[1], "the runs placed weigh the pairs otherwise"
    with_long = sum(1 for a, b in maybe if max(a, b) >= n)
    stories = [s.id for s in index.stories if len(s.versions) > 1]
    one = requotes._sentence_of
    requotes._sentence_of = lambda text, where, lines=None: one(text, where)  # (before)
    try:
        start = time.process_time()
        before = {}
        for story in stories:
            sources = version_sources(index, story)
            before.update((d, measure_pair(index, sources[d], d)) for d in sources)
        cost.append(time.process_time() - start)
    finally:
        requotes._sentence_of = one
    start = time.process_time()
    now = every_derivation(index)
    cost.append(time.process_time() - start)
    assert now == before, "the texts read once tell the versions otherwise"
    in_long = sum(1 for s in index.stories if len(s.versions) > 1 and max(s.documents) >= n)
    print(
        "| documents | one-line documents (words) | group CPU s | candidate rewrites (with a "
        "one-line document) | screening CPU s: walked (before) / placed (now) | before / now "
        "| versions (stories holding a one-line document) | derivations CPU s: per pair "
        "(before) / read once (now) | before / now |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    print(
        f"| {n:,} | {LONG_DOCS} ({BASE_WORDS:,}) | {group:.1f} | {len(maybe):,} ({with_long:,}) "
        f"| {cost[0]:.2f} / {cost[1]:.2f} | {cost[0] / cost[1]:.1f}x "
        f"| {len(now):,} ({in_long}) | {cost[2]:.1f} / {cost[3]:.1f} | {cost[2] / cost[3]:.1f}x |"
    )


def _measured_before() -> None:
    """The rewrites' measurements of before (see *Stock phrases*): each level a full
    measurement of two texts read for the pair, the guard asking its pairs in order."""
    texts = rewrites.Texts

    def classified(self: rewrites.Texts, a: int, b: int) -> Derivation:
        evidence = self.evidence(a, b)
        return story_derivation.classify(
            evidence, self.options, self.days(a, b), self.release(a, b)
        )

    def evidence(self: rewrites.Texts, a: int, b: int) -> story_evidence.Evidence:
        options = self.options
        return story_evidence.measure(
            self.text(a),
            self.text(b),
            run_min_words=options.run_min_words,
            kept_min_equal=options.kept_min_equal,
        )

    guard = story_derivation.mostly_derived
    texts._classified = classified  # type: ignore[method-assign]
    texts.evidence = evidence  # type: ignore[method-assign]
    rewrites.mostly_derived = lambda xs, ys, derived, least, told=None: guard(  # type: ignore[assignment]
        xs, ys, derived, least
    )


def wire_one(n: int, seed: int, path: str) -> dict[str, float | int]:
    """Group a generated wire desk's day (``wire_day``) the way of now or ``before``;
    the CPU, the aligned diffs and the full measurements it took."""
    corpus = wire_day(n, seed=seed)
    if path == "before":
        _measured_before()
    counts: Counter[str] = Counter()
    diff, full = story_evidence.compare, story_evidence.measure_read

    def diffed(*args, **named):  # type: ignore[no-untyped-def]
        counts["diffs"] += 1
        return diff(*args, **named)

    def measured(*args, **named):  # type: ignore[no-untyped-def]
        counts["full"] += 1
        return full(*args, **named)

    story_evidence.compare = diffed
    for module in (story_evidence, rewrites, story_relation):
        module.measure_read = measured  # type: ignore[attr-defined]
    start = time.process_time()
    index = build_story_index(corpus.documents)
    cpu = time.process_time() - start
    found = [index.story_of(d).id for d in range(n)]
    precision, recall = pair_precision_recall(corpus.story, found)
    return {
        "n": n,
        "stories": len(index.stories),
        "true_stories": len(set(corpus.story)),
        "cpu_s": cpu,
        "diffs": counts["diffs"],
        "full": counts["full"],
        "precision": precision,
        "recall": recall,
        "signature": hash(tuple(found)),
    }


def wire_table(n: int, seed: int) -> None:
    """The stock-phrases case: now and before, each in its own process, in this run."""
    rows = {}
    for path in ("now", "before"):
        cmd = [sys.executable, __file__, "--wire-one", str(n), "--seed", str(seed)]
        out = subprocess.run([*cmd, "--path", path], capture_output=True, text=True, check=True)
        rows[path] = json.loads(out.stdout.strip().splitlines()[-1])
    now, before = rows["now"], rows["before"]
    assert now["signature"] == before["signature"], "the two ways group differently"
    print(
        "| documents | stories (true) | story P / R (both) | group CPU s: before / now "
        "| before / now | aligned diffs: before / now | full measurements: before / now "
        "(avoided) |"
    )
    print("|---|---|---|---|---|---|---|")
    print(
        f"| {n:,} | {now['stories']:,} ({now['true_stories']:,}) "
        f"| {now['precision']:.3f} / {now['recall']:.3f} "
        f"| {before['cpu_s']:.1f} / {now['cpu_s']:.1f} | {before['cpu_s'] / now['cpu_s']:.1f}x "
        f"| {before['diffs']:,} / {now['diffs']:,} "
        f"| {before['full']:,} / {now['full']:,} ({before['full'] - now['full']:,}) |"
    )


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
