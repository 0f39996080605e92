"""Unit alignment: pair the sentences of two texts, allowing groups, rewrites and moves.

0. Paragraphs whose text is exactly equal anchor first (``anchors.equal_paragraphs``): on
   realistic edits most of a long text is untouched, and those paragraphs need no tokens.
1. In the gaps between them, sentences that are exactly equal (by comparison keys) anchor
   the alignment: difflib's longest common runs over sentence ids.
2. Each gap between anchors is paired by dynamic programming over groups of sentences,
   scored on the words they share weighted by rarity (``pairing``, ``bags``).
3. Deleted and inserted sentences that pair up elsewhere become moves, with the sentences
   around them (``moves``).
4. What is left deleted and inserted at one place is paired again, more leniently; then a
   pair whose word diff keeps nothing in common but frequent words and punctuation is
   undone (``_unrelated``).

The output is a list of entries (``entries.Entry``) in reading order on both sides.
"""

from __future__ import annotations

from collections.abc import Callable

from wirediff.core.anchors import matching_blocks, unit_ids
from wirediff.core.bags import UnitBags, Weights
from wirediff.core.cancel import never
from wirediff.core.entries import DELETE, INSERT, PAIR, SAME, Entry
from wirediff.core.moves import find_moves
from wirediff.core.options import CompareOptions
from wirediff.core.pairing import Pairing, pair_gap
from wirediff.core.segments import Unit
from wirediff.core.sliders import meeting
from wirediff.core.tokens import TokenArrays
from wirediff.core.worddiff import diff_tokens, island_folder

_GAP = "gap"  # a plan item: units to pair by dynamic programming


def align_units(
    left: tuple[list[Unit], TokenArrays],
    right: tuple[list[Unit], TokenArrays],
    gaps: list[tuple[range, range]],
    blocks: list[tuple[int, int, int]],
    options: CompareOptions,
    check: Callable[[], None] = never,
) -> list[Entry]:
    """Align two texts; see the module docstring.

    ``gaps[k]`` are the unit ranges of the paragraphs before equal-paragraph run
    ``blocks[k]`` (on the left, on the right). ``check`` is called now and then inside long
    loops; it raises to stop the work.
    """
    ls, rs = UnitBags(*left), UnitBags(*right)
    lids, rids = unit_ids(left, right)
    # The plan: sentence gaps to pair, runs of equal sentences, equal paragraphs, in order.
    plan: list[tuple[str, range, range]] = []
    for (lg, rg), (bi, bj, size) in zip(gaps, blocks, strict=True):
        i, j = lg.start, rg.start
        lpart, rpart = lids[lg.start : lg.stop], rids[rg.start : rg.stop]
        sizes = [u.hi - u.lo for u in left[0][lg.start : lg.stop]]
        for ui, uj, n in meeting(matching_blocks(lpart, rpart, options, sizes), lpart, rpart):
            ui, uj = ui + lg.start, uj + rg.start
            plan.append((_GAP, range(i, ui), range(j, uj)))
            plan.append((PAIR, range(ui, ui + n), range(uj, uj + n)))
            i, j = ui + n, uj + n
        plan.append((SAME, range(bi, bi + size), range(bj, bj + size)))
    # Words are weighed over the sentences that are not exactly equal, on both sides.
    lu = [u for kind, li, _ in plan if kind == _GAP for u in li]
    ru = [u for kind, _, rj in plan if kind == _GAP for u in rj]
    bags = [ls.bag(u) for u in lu] + [rs.bag(u) for u in ru]
    weights, weighed = Weights.build(bags, options.word_weight_min)
    ls.use(weights, lu, weighed[: len(lu)])
    rs.use(weights, ru, weighed[len(lu) :])
    at = Pairing(ls, rs, options, check)
    entries: list[Entry] = []
    for kind, li, rj in plan:
        check()
        if kind == SAME:
            entries.extend(
                Entry(SAME, [], [], identical=True, para=p) for p in zip(li, rj, strict=True)
            )
        elif kind == PAIR:
            entries.extend(
                Entry(PAIR, [u], [v], identical=True) for u, v in zip(li, rj, strict=True)
            )
        else:
            for a, b in pair_gap(at, li, rj):
                entries.append(Entry(PAIR if a and b else DELETE if a else INSERT, a, b))
    return _unrelated(at, _rewrites(at, find_moves(at, entries)))


def _rewrites(at: Pairing, entries: list[Entry]) -> list[Entry]:
    """Pair again, more leniently, what is left deleted and inserted at the same place (a
    sentence rewritten): its place, between two pairs, vouches for it."""
    out: list[Entry] = []
    run: list[Entry] = []
    for e in [*entries, None]:
        if e is not None and e.kind in (DELETE, INSERT):
            run.append(e)
            continue
        dels = [x.left[0] for x in run if x.kind == DELETE]
        ins = [x.right[0] for x in run if x.kind == INSERT]
        if dels and ins and len(dels) * len(ins) <= at.options.rewrite_max_cells:
            at.check()
            steps = pair_gap(at, dels, ins, at.options.rewrite_min_weighted_dice)
            out.extend(Entry(PAIR if a and b else DELETE if a else INSERT, a, b) for a, b in steps)
        else:
            out.extend(run)
        run = []
        if e is not None:
            out.append(e)
    return out


def _unrelated(at: Pairing, entries: list[Entry]) -> list[Entry]:
    """The pairs whose word diff keeps nothing in common, deleted and inserted instead.

    Words shared out of order, or a topic's word found in most sentences, let two unrelated
    sentences pair (at the rewrite pass's low threshold above all), and the word diff then
    matched a full stop and one frequent word between two whole replacements: "[-in
    electrochemistry, hydrolysis can also refer to the electrolysis of water-]." beside
    "{+strong acids also undergo hydrolysis+}." was one changed row (a revision
    researcher's walkthrough of a heavily rewritten Wikipedia article). A pair is undone
    when the word diff as shown (islands folded) keeps no word longer than
    ``weak_word_max_chars`` and the words it matches weigh less than
    ``unrelated_max_share`` of the pair's (``CompareOptions``): a rewording that keeps a
    name, or that keeps several of its words in order, stays a pair."""
    options = at.options
    lt, rt = at.left.tokens, at.right.tokens
    fold = island_folder((lt, rt), options)
    limit = options.weak_word_max_chars
    of = at.left.weights.of
    out: list[Entry] = []
    for e in entries:
        if e.kind != PAIR or e.identical:
            out.append(e)
            continue
        at.check()
        l0, l1 = at.left.units[e.left[0]].lo, at.left.units[e.left[-1]].hi
        r0, r1 = at.right.units[e.right[0]].lo, at.right.units[e.right[-1]].hi
        raw = diff_tokens(lt.keys[l0:l1], rt.keys[r0:r1], l0, r0, options.join_respaced)
        kept = [range(i1, i2) for tag, i1, i2, _, _ in fold(raw) if tag == "equal"]
        if any(lt.words[i] and lt.ends[i] - lt.starts[i] > limit for r in kept for i in r):
            out.append(e)
            continue
        # (matched as the bags are, case folded: "Yes." for "yes." is an edit of one word)
        lkeys = [k.casefold() for k in lt.keys[l0:l1]]
        rkeys = [k.casefold() for k in rt.keys[r0:r1]]
        if lkeys != lt.keys[l0:l1] or rkeys != rt.keys[r0:r1]:  # (else the diff made above)
            raw = diff_tokens(lkeys, rkeys, l0, r0, options.join_respaced)
        matched = sum(
            of.get(lkeys[i - l0], 0.0)
            for tag, i1, i2, _, _ in raw
            if tag == "equal"
            for i in range(i1, i2)
            if lt.words[i]
        )
        total = sum(map(at.left.weight, e.left)) + sum(map(at.right.weight, e.right))
        if 2.0 * matched >= options.unrelated_max_share * total:
            out.append(e)
            continue
        out.extend(Entry(DELETE, [u], []) for u in e.left)
        out.extend(Entry(INSERT, [], [u]) for u in e.right)
    return out
