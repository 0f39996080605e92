"""The base of a chain of revisions, numbered or dated: the first of them, when each was
revised from the one before; not a flash or a stub the full story came after."""

from __future__ import annotations

from dataclasses import replace

from tests.core.stories.helpers import Writer, doc
from wirediff.core.stories import StoryIndex, build_story_index


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
