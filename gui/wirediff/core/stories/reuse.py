"""Reuse by outlet: how much of each outlet's copy was taken from a source, and how much of
its own texts others took up (``wirediff stories FOLDER --by-outlet``).

A researcher of churnalism asks of a folder: what share of each paper's articles is copy,
and how far did each agency's or press office's texts travel? The stories answer it story
by story; here per outlet (``Document.source``; "" for documents without one): its
documents, those that are a story's source (its base, of a story of several versions),
those made from another's text by level (copy, edited, rewrite, or independent where a
story holds one written anew; measured against the story's text it holds most of: its
base, or an agency's text in it for a paper's version), those standing alone, the mean
share of its derived versions' words in phrases reused from their source and of their
sentences kept nearly word for word, and how many versions by other outlets were made
from its texts (its sources, or an agency's text a paper's version holds most of).
"""

from __future__ import annotations

import os
import textwrap
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from statistics import fmean
from typing import Any

from wirediff.core.counts import percent
from wirediff.core.stories.derivation import Derivation
from wirediff.core.stories.model import Cancelled, StoryIndex
from wirediff.core.stories.relation import PairDerivation
from wirediff.core.textsafe import csv_table, printable

NO_OUTLET = "(no outlet)"  # how the text and CSV name documents without one
ALL_OUTLETS = "(all outlets)"  # the total row's name
LEVELS = (Derivation.COPY, Derivation.EDITED, Derivation.REWRITE, Derivation.INDEPENDENT)


@dataclass(frozen=True, slots=True)
class OutletReuse:
    """One outlet's row (shares 0..1; None where it has no derived version)."""

    outlet: str  # "" for documents with no outlet
    documents: int
    sources: int  # bases of stories of several versions
    levels: tuple[int, int, int, int]  # its versions made from another text, by ``LEVELS``
    alone: int  # stories of one version
    reused_words: float | None  # mean share of a derived version's words in reused phrases
    sentences_kept: float | None  # mean share of its sentences kept nearly word for word
    taken_up: int  # versions by other outlets made from its texts (a source, an agency's)


def reuse_by_outlet(
    index: StoryIndex,
    derived: Mapping[int, PairDerivation],
    should_cancel: Callable[[], bool] | None = None,
) -> list[OutletReuse]:
    """Every outlet's row, the most documents first (then by name; documents with no
    outlet last); ``Cancelled`` once ``should_cancel()`` returns True (asked at each
    story); ``derived`` gives how each version was made from its source, its story's
    base or an agency's text in it (``relation.every_derivation``, ``nearest_source``)."""
    docs = index.documents
    rows: dict[str, dict[str, Any]] = {}

    def row(outlet: str) -> dict[str, Any]:
        return rows.setdefault(
            outlet,
            {"documents": 0, "sources": 0, "levels": [0] * len(LEVELS), "alone": 0,
             "words": [], "kept": [], "taken_up": 0},
        )  # fmt: skip

    for story in index.stories:
        if should_cancel is not None and should_cancel():
            raise Cancelled
        for doc in story.documents:
            mine = row(docs[doc].source)
            mine["documents"] += 1
            if len(story.documents) == 1:
                mine["alone"] += 1
            elif doc == story.base:
                mine["sources"] += 1
            elif (pair := derived.get(doc)) is not None:
                if pair.level not in LEVELS:
                    continue
                mine["levels"][LEVELS.index(pair.level)] += 1
                if pair.level.derived:
                    mine["words"].append(pair.evidence.b.phrases)
                    mine["kept"].append(pair.evidence.b.kept)
                    source = docs[pair.source].source
                    if docs[doc].source != source:
                        row(source)["taken_up"] += 1
    out = [
        OutletReuse(
            outlet,
            r["documents"],
            r["sources"],
            tuple(r["levels"]),
            r["alone"],
            fmean(r["words"]) if r["words"] else None,
            fmean(r["kept"]) if r["kept"] else None,
            r["taken_up"],
        )
        for outlet, r in rows.items()
    ]
    return sorted(out, key=lambda r: (r.outlet == "", -r.documents, r.outlet.casefold()))


def reuse_total(rows: Sequence[OutletReuse]) -> OutletReuse:
    """Every outlet's row summed (its shares the means over every made version)."""
    made = [sum(r.levels[:3]) for r in rows]
    weighted = [(r, n) for r, n in zip(rows, made, strict=True) if n]

    def mean(share: Callable[[OutletReuse], float | None]) -> float | None:
        total = sum(n for _, n in weighted)
        return sum((share(r) or 0.0) * n for r, n in weighted) / total if total else None

    return OutletReuse(
        ALL_OUTLETS,
        sum(r.documents for r in rows),
        sum(r.sources for r in rows),
        tuple(sum(r.levels[i] for r in rows) for i in range(len(LEVELS))),  # type: ignore[arg-type]
        sum(r.alone for r in rows),
        mean(lambda r: r.reused_words),
        mean(lambda r: r.sentences_kept),
        sum(r.taken_up for r in rows),
    )


HEADER = (
    "outlet", "documents", "sources", "copies", "edited", "rewrites", "independent", "alone",
    "reused_words", "sentences_kept", "taken_up_by_others",
)  # fmt: skip


def _cells(r: OutletReuse, share: Any) -> list[Any]:
    return [
        r.outlet or NO_OUTLET, r.documents, r.sources, *r.levels, r.alone,
        share(r.reused_words), share(r.sentences_kept), r.taken_up,
    ]  # fmt: skip


FORMAT = "wirediff.stories.by-outlet"  # the JSON's name (version: the stories JSON's)


def reuse_data(
    rows: Sequence[OutletReuse],
    version: int,
    *,
    read: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """The JSON object: its format and ``version``, then a row object per outlet
    (``outlet`` "" for none; shares rounded, or null). ``read``: what was read, as the
    stories JSON says it (``folder``, and its absolute ``root``, ``documents``,
    ``problems``: the files left out, which the table said nowhere — a fact-checker's
    walkthrough; ``corrections``: those applied, or the review store that could not be
    read and why), put around the rows."""
    out = []
    for r in rows:
        cells = dict(
            zip(HEADER, _cells(r, lambda x: None if x is None else round(x, 4)), strict=True)
        )
        cells["outlet"] = r.outlet
        out.append(cells)
    total = _cells(reuse_total(rows), lambda x: None if x is None else round(x, 4))
    read = dict(read or {})
    if read.get("folder") is not None:  # (the folder's absolute path, as the stories JSON's)
        read["root"] = os.path.abspath(read["folder"])
    return {
        "format": FORMAT,
        "version": version,
        **{k: read[k] for k in ("folder", "root", "documents") if k in read},
        "outlets": out,
        "total": dict(zip(HEADER[1:], total[1:], strict=True)),
        **{k: read[k] for k in ("problems", "corrections") if k in read},
    }


def reuse_csv(rows: Sequence[OutletReuse], bom: bool = False) -> str:
    """The rows as CSV, the total last (a spreadsheet's cells made safe, as every CSV of
    wirediff)."""
    table = [
        _cells(r, lambda x: "" if x is None else f"{x:.4f}") for r in (*rows, reuse_total(rows))
    ]
    return csv_table([list(HEADER), *table], bom=bom)


def reuse_text(rows: Sequence[OutletReuse]) -> str:
    """The rows as an aligned table, one outlet a line, the total last, and what the
    columns say."""
    pct = lambda x: "–" if x is None else percent(x)  # noqa: E731
    heads = ("outlet", "docs", "sources", "copy", "edited", "rewrite", "indep.", "alone",
             "reused", "kept", "taken up")  # fmt: skip
    table = [
        [printable(str(c), one_line=True) for c in _cells(r, pct)]
        for r in (*rows, reuse_total(rows))
    ]
    widths = [max(len(h), *(len(t[i]) for t in table)) for i, h in enumerate(heads)]
    widths[0] = min(widths[0], 40)

    def line(cells: Sequence[str]) -> str:
        first = cells[0] if len(cells[0]) <= widths[0] else cells[0][: widths[0] - 1] + "…"
        rest = (c.rjust(w) for c, w in zip(cells[1:], widths[1:], strict=True))
        return "  ".join([first.ljust(widths[0]), *rest]).rstrip()

    lines = [line(heads), *(line(t) for t in table)]
    legend = (
        "docs: documents; sources: a story's base (of several versions); copy / edited / "
        "rewrite: versions made from another's text by level (the story's base, "
        "or an agency's text a paper's version holds most of); indep.: versions a story "
        "holds that are written anew (an outlet's own report of an event others report is "
        "its own story: counted as a source or alone); alone: a story of one "
        "version; reused: mean share of a made version's words in phrases reused from its "
        "source; kept: of its sentences kept nearly word for word; taken up: versions by "
        "other outlets made from its texts"
    )
    return "\n".join([*lines, textwrap.fill(legend, 100)]) + "\n"
