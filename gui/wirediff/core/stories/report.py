"""A StoryIndex as JSON-ready data, CSV rows and plain text (no Qt, no markup).

Paths are given relative to the folder that was read (POSIX separators).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict
from pathlib import Path, PurePath
from typing import Any, Protocol

from wirediff.core.counts import percent
from wirediff.core.display import date_fields, shown_date
from wirediff.core.quoting import unmarked
from wirediff.core.review.identity import text_hash  # the review store's, --corrections'
from wirediff.core.stories.corrections import Correction, DocKey, NotApplied
from wirediff.core.stories.derivation import Derivation
from wirediff.core.stories.model import Story, StoryIndex, Version
from wirediff.core.stories.relation import PairDerivation, wording
from wirediff.core.textsafe import csv_table, printable

Derived = Mapping[int, PairDerivation]  # document index -> how it was made from its base

# The JSON's name and version, first in it as in compare's, story's and report's; the Dask
# engine's JSON (``wirediff.scale.command``) is the same object and says the same.
FORMAT = "wirediff.stories"
VERSION = 1


class ProblemLike(Protocol):
    """A file that could not be read (``wirediff.core.reading.Problem``)."""

    @property
    def path(self) -> Path: ...
    @property
    def reason(self) -> str: ...
    @property
    def hint(self) -> str: ...
    @property
    def code(self) -> str: ...


def relative(path: PurePath, root: Path | None) -> str:
    """``path`` relative to ``root`` when it lies inside it, else as given."""
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.as_posix()


KEY_CHARS = 16  # of a text's SHA-256 that make a story's key: 64 bits


def text_hashes(index: StoryIndex) -> list[str]:
    """Each document's ``sha256``: the SHA-256 of its text, as ``--corrections`` files and
    the review store name documents (a script had no way to get it from the stories)."""
    return [text_hash(doc.text) for doc in index.documents]


def story_keys(index: StoryIndex, hashes: Sequence[str] | None = None) -> list[str]:
    """Each story's ``key``: the first 16 hex digits of the lowest ``sha256`` among its
    versions' texts. Story ids are places in the list, by size then content, and change
    whenever the folder does (of 61 stories, 40 with the same members got another id after
    a night's files: a fact-checker's walkthrough); the key is the content's, so it stays
    whatever files are renamed, added or removed elsewhere, and changes only when the story
    gains a text below that one, or loses it. Stories of one text (the same text split
    apart by a correction) share it: they are told apart by their texts, in the order of
    their sorted hashes (the one with the text alone, then by the next-lowest hash), the
    first ``KEY``, the next ``KEY-2``, and so on. By id, a rename alone swapped ``KEY`` and
    ``KEY-2`` (a review); stories of the very same texts (copies of one text split apart)
    are told apart by nothing else, and keep id order."""
    hashes = text_hashes(index) if hashes is None else hashes
    return keys_of(sorted(hashes[v.doc] for v in story.versions) for story in index.stories)


def keys_of(texts: Iterable[Sequence[str]]) -> list[str]:
    """The stories' keys (``story_keys``) from each story's text SHA-256s, sorted, in id
    order: the Dask engine, whose texts stay on its workers, gets each story's lowest from
    them and keys its stories here, so both engines give a story the same key (but for
    stories sharing their lowest text, which it tells apart in id order)."""
    told = [list(story) for story in texts]
    keys = [story[0][:KEY_CHARS] for story in told]
    twins: dict[str, list[int]] = {}
    for story, key in enumerate(keys):
        twins.setdefault(key, []).append(story)
    for key, stories in twins.items():
        # (sorted is stable: stories of the same texts stay in id order)
        for nth, story in enumerate(sorted(stories, key=told.__getitem__)[1:], start=2):
            keys[story] = f"{key}-{nth}"
    return keys


def _level(v: Version, base: int, derived: Derived) -> str:
    if v.doc == base:
        return Derivation.SOURCE.value
    found = derived.get(v.doc)
    return found.level.value if found is not None else ""


def _relation(index: StoryIndex, pair: PairDerivation | None) -> str:
    """The sentence that says how the version was made from the base (plain text)."""
    return unmarked(wording(index, pair)) if pair is not None else ""


def _evidence(pair: PairDerivation | None) -> dict[str, float | int] | None:
    if pair is None:
        return None
    it, base = pair.evidence.b, pair.evidence.a
    values = {
        "phrases": it.phrases,
        "sentences_aligned": it.aligned,
        "sentences_kept": it.kept,
        "base_phrases": base.phrases,
        "base_sentences_aligned": base.aligned,
        "base_sentences_kept": base.kept,
        "names": pair.evidence.names,
        "order": pair.evidence.order,
    }
    shares = {k: round(x, 4) for k, x in values.items()}
    changed = {"figures_changed": pair.evidence.figures_changed}
    return {**shares, **changed, "names_changed": len(pair.evidence.renamed)}


def _derived_from(
    index: StoryIndex, pair: PairDerivation | None, base: int, root: Path | None
) -> str:
    """The path of the text a version was measured against, "" when that is the base."""
    if pair is None or pair.source == base:
        return ""
    return relative(index.documents[pair.source].path, root)


def _version(
    index: StoryIndex, s: Story, v: Version, root: Path | None, derived: Derived, sha256: str
) -> dict[str, Any]:
    base = s.base
    doc = index.documents[v.doc]
    pair = derived.get(v.doc)
    return {
        "path": relative(doc.path, root),
        "sha256": sha256,  # of its text: how --corrections names it, whatever its file name
        "title": doc.title,
        "outlet": doc.source,
        "byline": doc.byline,  # (the app's Author column: no export carried it, a war desk's)
        # date, date_source, published (the date the list shows, with its date line's
        # time; "" where it says undated), captured (the time that orders versions of one
        # date, as the list does), file_time (the file's time, when nothing else dates it)
        **date_fields(doc),
        "encoding": doc.encoding,  # how its bytes were read ("windows-1251", "docx"…)
        "is_base": v.doc == base,
        "words": index.words[v.doc],
        "similarity": round(v.similarity, 4),
        "containment_in_base": round(v.in_base, 4),
        "base_containment": round(v.base_in, 4),
        "derivation": _level(v, base, derived),
        "derived_from": _derived_from(index, pair, base, root),
        "evidence": _evidence(pair),
        "relation": _relation(index, pair),
        "boilerplate": [list(span) for span in index.boilerplate[v.doc]],
        # (added last, as the CSV's columns: the JSON had neither, and a script could not
        # tell an automatic base from one chosen — b in the app, --base, --corrections —
        # nor a version the user's corrections placed; a data engineer's walkthrough)
        "base_chosen": s.base_overridden,  # its story's base is a choice (each version)
        "placed_by_correction": v.doc in index.placed,
    }


def to_data(
    index: StoryIndex,
    root: Path | None = None,
    problems: Sequence[ProblemLike] = (),
    derived: Derived | None = None,
) -> dict[str, Any]:
    """The documented JSON object of ``wirediff stories --format json``.

    ``derived`` (from ``relation.derivations``) gives each version's derivation and its
    evidence; versions missing from it get an empty ``derivation`` and null ``evidence``.
    """
    derived = derived or {}
    hashes = text_hashes(index)
    keys = story_keys(index, hashes)
    return {
        "format": FORMAT,
        "version": VERSION,
        "folder": str(root) if root is not None else None,
        # (the folder as given, "." in a script's cron line, said nothing of which folder an
        # archived JSON describes; the Dask engine's summary had its ``root``: added here)
        "root": os.path.abspath(root) if root is not None else None,
        "documents": len(index.documents),
        "events": [
            {"id": e.id, "title": e.title, "stories": list(e.stories)} for e in index.events
        ],
        "stories": [
            {
                "id": s.id,
                "key": keys[s.id],  # (stays when the folder changes, as the id does not)
                "title": s.title,
                "event": s.event,
                "base": relative(index.documents[s.base].path, root),
                "documents": [
                    _version(index, s, v, root, derived, hashes[v.doc]) for v in s.versions
                ],
            }
            for s in index.stories
        ],
        "problems": problems_data(problems, root),
        "options": asdict(index.options),
    }


def problems_data(problems: Sequence[ProblemLike], root: Path | None) -> list[dict[str, str]]:
    """The JSON's ``problems``: each file left out, its path relative to ``root`` (code:
    the stable name of the reason, as the README's table lists them)."""
    return [
        {"path": relative(p.path, root), "reason": p.reason, "hint": p.hint, "code": p.code}
        for p in problems
    ]


def corrections_data(
    source: dict[str, str],
    corrections: Sequence[Correction],
    not_applied: Sequence[tuple[int, NotApplied]],
) -> dict[str, object]:
    """The JSON's account of the corrections: where they come from (``{"file": …}`` or
    ``{"store": …}``), how many there are, how many apply, and those that do not (numbered
    from 1, as stderr says them): the documents they name that are not in the folder
    (``missing``), or the two keys that name one document (``one_document``)."""

    def keys(found: Sequence[DocKey]) -> list[dict[str, str]]:
        return [{"sha256": k.sha256, "path": k.path} for k in found]

    return {
        **source,
        "entries": len(corrections),
        "applied": len(corrections) - len(not_applied),
        "not_applied": [
            {"entry": n, "missing": keys(why.missing), "one_document": keys(why.one_document)}
            for n, why in not_applied
        ],
    }


CSV_COLUMNS = (
    "event",
    "story",
    "story_title",
    "story_versions",
    "path",
    "title",
    "is_base",
    "words",
    "similarity",
    "containment_in_base",
    "base_containment",
    "outlet",
    "date",
    "date_source",
    "published",
    "captured",
    "derivation",
    "phrases",
    "sentences_aligned",
    "sentences_kept",
    "base_phrases",
    "base_sentences_aligned",
    "base_sentences_kept",
    "names",
    "order",
    "figures_changed",
    "relation",
    # (added after the rest, so that a sheet reading columns by place still reads them)
    "event_title",
    "base_path",
    "base_chosen",
    "encoding",
    # "yes" where the user's corrections placed the document in its story (moved, split
    # off, joined): a file passed on without the terminal's line said nothing of them
    "placed_by_correction",
    # the text it was measured against when not the base: an agency's text in the story
    # it holds more of (a paper's copy of PA's rewrite of a release: ``nearest_source``)
    "derived_from",
    # replacements changing a name (``renames``: a corrected surname said nowhere)
    "names_changed",
    # the file's modification time when nothing else dates it ("date" is then empty, as
    # the app and the report say undated)
    "file_time",
    # the story's key and the text's SHA-256 (``story_keys``, ``text_hashes``): the story
    # ids change whenever the folder does, and a script could not name a document as
    # --corrections files do
    "story_key",
    "sha256",
    # the byline read (the app's Author column), which no table carried (a Ukraine desk's
    # walkthrough)
    "byline",
)
# The evidence's shares, in the order the CSV gives them.
_SHARES = CSV_COLUMNS[CSV_COLUMNS.index("phrases") : CSV_COLUMNS.index("figures_changed")]


def to_csv(
    index: StoryIndex,
    root: Path | None = None,
    derived: Derived | None = None,
    *,
    bom: bool = False,
) -> str:
    """One row per document, story by story, base first, written by ``csv_table``: no
    formula for a spreadsheet to run, whatever separator it splits on, no control character
    (a carriage return in a file name) to obey. ``bom``: for a file (see ``csv_table``)."""
    return csv_table([CSV_COLUMNS, *_csv_rows(index, root, derived or {})], bom=bom)


def _csv_rows(index: StoryIndex, root: Path | None, derived: Derived) -> Iterator[list[object]]:
    hashes = text_hashes(index)
    keys = story_keys(index, hashes)
    for s in index.stories:
        for v in s.versions:
            doc = index.documents[v.doc]
            pair = derived.get(v.doc)
            evidence = _evidence(pair) or {}
            dates = date_fields(doc)
            yield [
                s.event,
                s.id,
                s.title,
                len(s.versions),
                relative(doc.path, root),
                doc.title,
                "yes" if v.doc == s.base else "",
                index.words[v.doc],
                f"{v.similarity:.4f}",
                f"{v.in_base:.4f}",
                f"{v.base_in:.4f}",
                doc.source,
                *(dates[k] for k in ("date", "date_source", "published", "captured")),
                _level(v, s.base, derived),
                *(f"{evidence[k]:.4f}" if k in evidence else "" for k in _SHARES),
                evidence.get("figures_changed", ""),
                _relation(index, pair),
                index.events[s.event].title,
                relative(index.documents[s.base].path, root),
                "yes" if s.base_overridden else "",
                doc.encoding,
                "yes" if v.doc in index.placed else "",
                _derived_from(index, pair, s.base, root),
                evidence.get("names_changed", ""),
                dates["file_time"],
                keys[s.id],
                hashes[v.doc],
                doc.byline,
            ]


def _count(n: int, noun: str) -> str:
    if n == 1:
        return f"1 {noun}"
    return f"{n} {noun[:-1]}ies" if noun.endswith("y") else f"{n} {noun}s"


def _percent(x: float) -> str:
    return percent(x)


def to_text(
    index: StoryIndex,
    root: Path | None = None,
    left_out: str = "",
    derived: Derived | None = None,
    corrections: int = 0,
) -> str:
    """A readable outline: events, their stories, each story's versions (base marked *).

    Titles carry no number ("Story 0: …" read as a count from 0 the app shows nowhere): each
    event and story ends with its id, as the JSON's ``id`` (from 0; a story's is what
    ``--story`` takes). One line per row whatever a file name, title or outlet holds:
    controls and line breaks are shown (``printable``), so a name cannot forge a row.
    ``corrections``: how many of the user's corrections were applied (said first);
    ``left_out``: the note of files not wholly read (``errors.unread_note``)."""
    derived = derived or {}
    lines = [
        f"{_count(len(index.documents), 'document')}, {_count(len(index.stories), 'story')}, "
        f"{_count(len(index.events), 'event')}"
        + left_out
        # (said in the file: passed on, it went without the terminal's line)
        + (f"; {_count(corrections, 'correction')} of the grouping applied" if corrections else "")
    ]
    for e in index.events:
        docs = sum(len(index.stories[s].versions) for s in e.stories)
        counts = f"{_count(len(e.stories), 'story')}, {_count(docs, 'document')}"
        lines += ["", f"Event: {e.title}  ({counts}; id {e.id})"]
        for sid in e.stories:
            s = index.stories[sid]
            versions = _count(len(s.versions), "version")
            lines.append(f"  Story: {s.title}  ({versions}; id {s.id})")
            for v in s.versions:
                doc = index.documents[v.doc]
                # (its outlet and date: a fact-checker could not tell from the summary why
                # a version stood where it did in time order)
                said = [relative(doc.path, root), doc.source, shown_date(doc)]
                path = " · ".join(part for part in said if part)
                if v.doc == s.base:
                    lines.append(f"    * {path}  base, {_count(index.words[v.doc], 'word')}")
                    continue
                # The grouping's figures, from shared 5-word runs: estimates, which the app's
                # and the reports' word-by-word similarity can be far from (40% here, 37%
                # there; 9% here, 41% there for a rewrite), so not named alike.
                lines.append(
                    f"      {path}  shared 5-word runs {_percent(v.similarity)}: "
                    f"{_percent(v.in_base)} of its runs in the base, {_percent(v.base_in)} of "
                    "the base's in it"
                )
                pair = derived.get(v.doc)
                if pair is not None:
                    lines.append(f"        {wording(index, pair)}")
    return "\n".join(printable(line, one_line=True) for line in lines) + "\n"
