"""Links that rest on a paper's own closing lines alone (``wirediff.core.stories.ends``)."""

from __future__ import annotations

from tests.core.stories.helpers import Writer, doc
from wirediff.core.stories import StoryOptions, build_story_index

FOOTER = [
    "Got a story? Contact the Lakeside Echo newsroom on 01632 960 412 or email the news desk. "
    "The Lakeside Echo is a member of the Independent Press Standards Organisation and abides "
    "by the Editors' Code of Practice. If you have a complaint about editorial content which "
    "relates to inaccuracy or intrusion, please contact the editor.",
    "Copyright 2024 Lakeside Echo Ltd. Registered in England and Wales. All rights reserved. "
    "Support local journalism: subscribe from one pound a month.",
]


def _stories(docs):  # type: ignore[no-untyped-def]
    index = build_story_index(docs, StoryOptions())
    return sorted(sorted(index.documents[v.doc].name for v in s.versions) for s in index.stories)


def test_one_papers_unrelated_reports_sharing_its_footer_are_apart() -> None:
    """A grouping probe: a footer of 95 words made two of a paper's unrelated reports of
    about 180 words "Rewrite of echo_cruise.txt: 40% of its sentences reused", and four of
    them one story. Their masthead over both does not tie them either."""
    w = Writer(11)
    reports = [w.article(w.topic(), paragraphs=5) for _ in range(4)]
    docs = [
        doc(f"echo_{n}.txt", ["LAKESIDE ECHO", *report, *FOOTER])
        for n, report in enumerate(reports)
    ]
    assert _stories(docs) == [[f"echo_{n}.txt"] for n in range(4)]


def test_a_copy_and_its_trims_keep_their_story_with_the_footer() -> None:
    """What the paper printed of an agency's story, trimmed or whole, with its footer, is
    still the story's: they share their bodies; and two of the paper's versions of one
    report that keep its opening (an update) stay one story too."""
    w = Writer(12)
    topic = w.topic()
    wire = w.article(topic, paragraphs=8)
    update = [*wire[:3], *(w.sentence(topic) for _ in range(5))]
    docs = [
        doc("wire.txt", wire),
        doc("echo_copy.txt", ["LAKESIDE ECHO", *wire[:5], *FOOTER]),
        doc("echo_whole.txt", ["LAKESIDE ECHO", *wire, *FOOTER]),
        doc("echo_update.txt", ["LAKESIDE ECHO", *update, *FOOTER]),
    ]
    assert _stories(docs) == [["echo_copy.txt", "echo_update.txt", "echo_whole.txt", "wire.txt"]]
