"""What the session says in the status line and the empty diff (plain text, no markup)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from wirediff.core.breaks import break_counts
from wirediff.core.counts import count, percent
from wirediff.core.display import in_order
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.stories import Derivation, StoryIndex
from wirediff.ui.common.text import folder_gone, folder_unreadable, no_changes, one_line
from wirediff.ui.session.archive import Opened
from wirediff.ui.session.comparing import Shown
from wirediff.ui.session.selection import Change, Outcome, PairSelection, Pin

NAME_MAX = 120  # characters of a file name in the status line (two of them, and the rest)


def opened(n: int, skipped: int, reread: tuple[int, int] | None = None) -> str:
    """The status line once a load is done: ``n`` documents, ``skipped`` files, and what a
    reload read (``reread``, as for ``files_reread``)."""
    more = f", {skipped} skipped (see Problems)" if skipped else ""
    said = f"{n} document{'s' if n != 1 else ''} opened{more}"
    return f"{said} · {files_reread(*reread)}" if reread is not None else said


def files_reread(read: int, listed: int) -> str:
    """What a reload read when it took the files unchanged since as they were read: the
    ``read`` of the ``listed`` files, as its progress said it ("Reading 1 changed file of
    3,000…"); once done the line said "3,000 documents opened", as after reading every file."""
    if not read:
        return f"no file of {listed:,} changed: none read again"
    return f"{count(read, 'changed file')} of {listed:,} read again"


def nothing_to_reload(folder: Path) -> str:
    """F5 when the open folder is gone: what was read is not dropped for nothing."""
    return f"{folder_gone(folder.name)}: nothing to reload; what was read stays open"


def cannot_reload(folder: Path, why: str) -> str:
    """F5 when the open folder cannot be read: reading it would only empty the window."""
    return f"{folder_unreadable(folder.name, why)}: nothing reloaded; what was read stays open"


def index_opened(opened: Opened) -> str:
    """The status line once a stories index is open."""
    return (
        f"Stories index {opened.folder.name}: {count(opened.documents, 'document')} in "
        f"{count(opened.stories, 'story')} and {count(opened.events, 'event')} · texts are "
        "read when a pair is shown"
    )


def grouped(index: StoryIndex) -> str:
    multi = sum(1 for s in index.stories if len(s.versions) > 1)
    return (
        f"{count(len(index.documents), 'document')}: {count(len(index.stories), 'story')} "
        f"({multi:,} with several versions) in {count(len(index.events), 'event')}"
    )


def compared(shown: Shown) -> str:
    """The pair's numbers, after its two file names (each in its own direction: two Arabic
    names with no Latin between them read as one right-to-left run, the right one first)."""
    comparison = shown.plan.comparison
    nothing = no_changes(comparison)
    return (
        f"{in_order([one_line(d.said_name, NAME_MAX) for d in (shown.left, shown.right)], ' ↔ ')}: "
        f"{percent(comparison.stats.similarity)} similar, "
        + (
            count(len(comparison.changes), "change")
            + "".join(f" ({p})" for p in [break_counts(comparison)] if p)
            if not nothing
            else nothing[0].lower() + nothing[1:]
        )
        + (" · boilerplate lines hidden (Ctrl+H shows them)" if shown.clean else "")
        + _ignoring(comparison.options)
    )


# The Compare menu's switches that are off unless chosen: said of every pair while on (a
# scholar could not tell from the window that punctuation was ignored).
_CHOSEN = (
    "ignore_case",
    "ignore_punctuation",
    "ignore_paragraphs",
    "ignore_numbering",
    "ignore_fillers",
)


def _ignoring(options: CompareOptions) -> str:
    ignored = options.ignored(*_CHOSEN)
    if not ignored:
        return ""
    said = ", ".join(ignored[:-1]) + " and " * (len(ignored) > 1) + ignored[-1]
    return f" · {said} ignored (Compare menu)"


def alone(index: StoryIndex | None, selection: PairSelection) -> str:
    """What the diff says when the selected document has nothing beside it (shown by
    itself, its text in the left pane): why, and how to put another document beside it."""
    doc = selection.selected
    if doc is None:
        return "Select a document to compare it with the base."
    pin = selection.pinned
    if pin is not None and pin.doc == doc:
        return (
            "This document is pinned on the left. Select another to compare it with, or "
            "press Shift+B to release it."
        )
    if index is None or not selection.grouped:
        return "This is the base. Select another document to compare with it."
    story = index.story_of(doc)
    others = len(index.event_documents(story.event)) - len(story.versions)
    if len(story.versions) > 1:
        return "This is the base of its story. Select another version to compare it."
    if others:
        return (
            f"This report's event has {others} other document{'s' * (others != 1)}: "
            "select one to compare them, or press Ctrl+M for the event's heat map."
        )
    marked = index.marked_with(doc)
    if marked is not None:
        how, other = marked
        said = "independent of" if how == "independent" else "a report of another event than"
        return (
            f"Alone by your correction: you marked it {said} "
            f"{one_line(index.documents[other].said_name, NAME_MAX)} (Stories ▸ Corrections… "
            "lists it and undoes it). To compare it with any document, press b to keep it on "
            "the left, then select that document (Shift+B lets it go)."
        )
    return (
        "A lone article: no other version or report of it was found in the folder (stories "
        "are found by shared words: a translation, or a report in words of its own, stands "
        "alone). To compare it with any "
        "document, press b to keep it on the left, then select that document (Shift+B lets "
        "it go)."
    )


def pin_chip(pin: Pin, doc: Document) -> tuple[str, str]:
    """The chip's label and tooltip for ``pin`` (``doc``: the pinned document)."""
    where = "all" if pin.story is None else "story"  # short: the pane header is narrow
    whom = "every document" if pin.story is None else "the documents of this story"
    tip = (
        f"Pinned: {doc.title or doc.name} stays on the left for {whom}.\n"
        "Shift+B or a click here releases it."
    )
    return f"Pinned: {where}  ×", tip


def chain_chip() -> tuple[str, str]:
    """The chip's label and tooltip while V / Shift+V's chain holds."""
    tip = (
        "Each version of this story is compared with the one before it (V: a step back, "
        "Shift+V: forward) while the selection stays in the story.\n"
        "Shift+B or a click here compares them with the story's base again."
    )
    return "Chain: story  ×", tip


def unpinned(pin: Pin | None, documents: Sequence[Document], chained: bool = False) -> str:
    if pin is None:
        if chained:
            return "Chain ended: each version is compared with its story's base again"
        return "Nothing is pinned"
    name = documents[pin.doc].name
    return f"{name} is no longer pinned: the left side follows the story bases again"


def outcome(result: Outcome, key: str, documents: Sequence[Document], grouped: bool) -> str:
    """What b or s did, in words."""
    change = result.change
    if change is Change.NOTHING:
        if key == "b":
            return "Select a document first"
        return "Nothing to swap: select a document other than the base"
    assert result.doc is not None
    name = documents[result.doc].name
    released = ""
    if result.released is not None:
        released = f" ({documents[result.released.doc].name} is no longer pinned)"
    if change is Change.ALREADY:
        if grouped:
            return f"{name} is pinned on the left for every story already (Shift+B releases it)"
        return f"{name} is the base already"
    if change is Change.PINNED:
        where = "every story" if key == "b" else "this story"
        return f"{name} stays on the left for {where} (Shift+B releases it){released}"
    if change is Change.REBASE:
        return f"Base of its story: {name}{released}"
    if key == "b":
        return f"Base: {name}"
    return f"Swapped: {name} on the left{released}"


FINDING_SOURCE = "Finding the text it was made from"  # (d, weighed in the background)
MADE_FROM_KEY = "d"  # (Compare ▸ Compare with the version it was made from: said where it helps)

# How a version's level says it was made from its source, in the banner's note.
_MADE_AS = {
    Derivation.COPY: "a copy of it",
    Derivation.EDITED: "an edited version of it",
    Derivation.REWRITE: "a rewrite of it",
}


def made_from_note(side: str, source: str, level: Derivation | None) -> str:
    """The banner's note when the selected version (on the ``side`` said) was made from a
    text not on screen, named ``source`` as the relation sentences name it: the list's
    level is measured against that text, not against this pair ("rewrite" in the list
    beside "written anew" in the banner read as a contradiction — a Gulf desk's
    walkthrough), and the key that shows it."""
    how = _MADE_AS.get(level) if level is not None else None
    said = f" ({how}, as the list says)" if how else ""
    return (
        f"The version on the {side} was made from {source}{said}: press {MADE_FROM_KEY} to "
        "compare them"
    )


def made_from(source: str, base: bool, pinned: bool) -> str:
    """What d did: the text the version was made from is on the left."""
    what = "its story's base, " if base else ""
    kept = " (pinned for its story: Shift+B releases it)" if pinned else ""
    return f"Against {what}the text it was made from: {source}{kept}"


def made_from_nothing(index: StoryIndex | None, doc: int | None) -> str:
    """Why d compares nothing: no stories, no version selected, or a base selected."""
    if index is None:
        return "Stories are not grouped yet: which text a version was made from is not known"
    if doc is None:
        return "Select a version first"
    if len(index.story_of(doc).versions) < 2:
        return "This document has no other version in the folder to have been made from"
    return "This is its story's base: the text its other versions were made from"
