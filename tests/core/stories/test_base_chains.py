"""The base of a chain of revisions, numbered or dated: the first of them, when each was
revised from the one before; not a flash or a stub the full story came after."""

from __future__ import annotations

from dataclasses import replace

from tests.core.stories.helpers import Writer, doc
from wirediff.core.document import Document
from wirediff.core.stories import StoryIndex, build_story_index, pair_derivation, wording


def _revisions(seed: int, count: int) -> list[list[str]]:
    """``count`` revisions of one text, each the one before with two of its sentences
    rewritten and one added: by the last, none of the first's sentences is left."""
    w = Writer(seed)
    topic = w.topic()
    text = [w.sentence(topic) for _ in range(10)]
    revisions = [text]
    for n in range(count - 1):
        text = list(text)
        for at in (2 * n % len(text), (2 * n + 1) % len(text)):
            text[at] = w.sentence(topic)
        revisions.append([*text, w.sentence(topic)])
        text = revisions[-1]
    return revisions


def _base(index: StoryIndex) -> str:
    (story,) = index.stories
    return index.documents[story.base].path.name


def test_a_chain_of_revisions_has_its_first_for_base_numbered_or_dated() -> None:
    """22 revisions of an article, rev01 to rev22, its text turned over along the chain:
    only rev20 held half the story's shared text, and was the base; the window read the
    history backwards, rev01 "written anew" against it. Dated, the same (a revision
    researcher's walkthrough)."""
    revisions = _revisions(61, 12)
    numbered = [doc(f"essay_rev{n:02}.txt", lines) for n, lines in enumerate(revisions, 1)]
    assert _base(build_story_index(numbered[::-1])) == "essay_rev01.txt"
    dated = [
        replace(doc(f"essay {chr(97 + n)}.txt", lines), date=f"2025-03-{n + 1:02}")
        for n, lines in enumerate(revisions)
    ]
    dated = [replace(d, date_source="metadata") for d in dated]
    assert _base(build_story_index(dated[::-1])) == "essay a.txt"


def _flash_first(seed: int) -> list[Document]:
    """A flash (the story's first two sentences, one figure since corrected), the full
    story after it, and two edits of the full story: v1 to v4."""
    w = Writer(seed)
    topic = w.topic()
    full = [w.sentence(topic) for _ in range(14)]
    full[0] = full[0].replace(".", ", 17 people were hurt.", 1)
    flash = [full[0].replace("17 people", "nine people"), full[1]]
    edited = [*full[:6], w.sentence(topic), *full[7:]]
    again = [*edited, w.sentence(topic)]
    texts = [flash, full, edited, again]
    return [doc(f"quake_v{n}.txt", lines) for n, lines in enumerate(texts, 1)]


def test_a_flash_before_the_full_story_is_no_base_and_its_number_is_said() -> None:
    """A flash numbered before the full story shares little of its text: the full story
    stays the base. The flash, derived from it, said "if that came first (neither is
    dated)" although the names number it first: now what the numbers say, as a date's
    "(it is dated later)", its figures in that order (a revision researcher's)."""
    index = build_story_index(_flash_first(62))
    assert _base(index) == "quake_v2.txt"
    (story,) = index.stories
    flash = next(d for d in story.documents if index.documents[d].path.name == "quake_v1.txt")
    said = wording(index, pair_derivation(index, story.base, flash))
    assert "quake_v2.txt, if that came first (the number in its name is later): " in said
    assert "in time order: nine people → 17 people" in said
