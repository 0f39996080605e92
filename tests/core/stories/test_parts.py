"""Boilerplate lines, the chaining guard, options and scores as units."""

from __future__ import annotations

import random
from array import array
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.stories.helpers import Writer, doc
from wirediff.core.stories import Derivation, StoryOptions, build_story_index, derivations
from wirediff.core.stories.boilerplate import boilerplate_spans, excluded_lines, split_lines
from wirediff.core.stories.cluster import cluster
from wirediff.core.stories.features import pair_scores, shingle_hashes, word_keys
from wirediff.core.stories.synth import pair_precision_recall

OPTIONS = StoryOptions()


def test_cruft_repeats_and_link_headlines() -> None:
    text = "Title\n\nCaption here.\nCaption here.\nBody.\n\nRead more:\n\nOther story headline\n"
    lines = split_lines(text, OPTIONS)
    marked = sorted(text[lines.starts[i] : lines.ends[i]] for i in lines.local)
    assert marked == ["Caption here.", "Other story headline", "Read more:"]
    assert text[lines.starts[0] : lines.ends[0]] == "Title"


@pytest.mark.parametrize("space", ["\u00a0", "  ", "\t"])
def test_cruft_with_other_spaces_is_cruft(space: str) -> None:
    """ "Read\u00a0more:" (a web page's &nbsp;) was not cruft, nor the headline after it:
    the story table showed a version adding them, though the aligned diff saw no change."""
    text = f"Title\n\nBody.\n\nRead{space}more:\n\nOther story headline\n"
    lines = split_lines(text, OPTIONS)
    marked = sorted(text[lines.starts[i] : lines.ends[i]] for i in lines.local)
    assert marked == ["Other story headline", f"Read{space}more:"]


def _marked(text: str) -> list[str]:
    lines = split_lines(text, OPTIONS)
    return [text[lines.starts[i] : lines.ends[i]] for i in sorted(lines.local)]


def test_a_page_saved_as_text_keeps_no_masthead_nav_share_row_or_related_links() -> None:
    """A .txt capture of a page brought its masthead, nav row, "Share this article:
    Facebook X Email" and its second related headline into every diff of its story,
    Hide boilerplate or not (a corrections researcher's walkthrough)."""
    text = (
        "The Valley Herald\nNews | Sport | Business | Weather | Opinion | Subscribe\n\n"
        "Floods: 11 dead as river bursts banks\n\nBy Hannah Ortiz\n\n"
        "At least 11 people were killed after flash floods.\n\n"
        "Share this article: Facebook X Email\n\nRelated stories\n"
        "Storm season: how to prepare your home\nKelby council approves new bus lanes\n"
    )
    assert _marked(text) == [
        "The Valley Herald",
        "News | Sport | Business | Weather | Opinion | Subscribe",
        "By Hannah Ortiz",
        "Share this article: Facebook X Email",
        "Related stories",
        "Storm season: how to prepare your home",
        "Kelby council approves new bus lanes",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "| Name | Age | City | Team |",  # a table's row
        "Name | Age | City | Team 2",  # a figure
        "Paris | London | Rome",  # three labels
        "The mayor said | the council | agreed | on Monday to act",  # words, not labels
        "low | medium | high | very high",  # not labels
    ],
)
def test_a_line_with_bars_is_no_nav_row(line: str) -> None:
    text = f"Headline of the story here\n\nThe first paragraph.\n\n{line}\n\nMore text.\n"
    assert line not in _marked(text)


def test_links_end_at_a_blank_line_or_a_sentence() -> None:
    """After "Related:" its headlines, line after line — not the text after a blank line,
    nor a sentence right under them."""
    text = "Body.\n\nRelated:\nOne headline\nThe council will meet on Monday.\nA line\n"
    assert _marked(text) == ["Related:", "One headline"]
    text = "Body.\n\nRead more:\nOne headline\n\nA short line\n"
    assert _marked(text) == ["Read more:", "One headline"]


@pytest.mark.parametrize(
    "line",
    [
        "Читайте также: В Курской области усилили охрану объектов энергетики",
        "Read more: Storm season: how to prepare your home",
        "اقرأ أيضاً: أسعار النفط ترتفع بعد قرار أوبك",
        "Lire aussi : La grève continue à Paris",
    ],
)
def test_a_links_marker_with_its_headline_on_one_line_is_cruft(line: str) -> None:
    """A trimmed copy's last line, "Читайте также: …", paired with the paragraph it cut
    as a replacement, made the copy "edited" (a media monitor's walkthrough)."""
    assert _marked(f"Headline of the story here\n\nThe first paragraph.\n\n{line}\n") == [line]


def test_a_papers_footer_is_cruft() -> None:
    """A paper's four-line footer on every page — subscribe, copyright, share, read more —
    glued its unrelated two-sentence brief to the story of its copy of a Reuters text,
    "In one story with Reuters' story, but written anew: 0%" (a data journalist's runs)."""
    footer = [
        "Subscribe to the Northern Courier for unlimited access to local news, sport and "
        "weather from across the region.",
        "Copyright 2026 Northern Courier Limited. All rights reserved. Registered in England "
        "and Wales.",
        "Share this article on Facebook Twitter WhatsApp Email Print",
        "Read more: our latest coverage of council decisions, transport and local business.",
    ]
    text = "Bridge closed after lorry strike\n\nThe bridge was closed overnight.\n\n"
    assert _marked(text + "\n".join(footer) + "\n") == footer


def test_a_sentence_opening_with_related_words_is_no_link() -> None:
    line = "Related: the council said it would meet again on Monday."
    assert _marked(f"Headline of the story here\n\nThe first paragraph.\n\n{line}\n") == []


def test_a_headline_on_the_first_line_is_no_masthead() -> None:
    for first in ("Valley Herald Sold", "The Fall of the Herald", "The Daily Briefing"):
        assert first not in _marked(f"{first}\n\nThe first paragraph of the text.\n")


def test_long_line_after_read_more_is_kept() -> None:
    long = " ".join(["word"] * 40)
    lines = split_lines(f"Read more:\n{long}\n", OPTIONS)
    assert lines.local == {0}


def test_short_recurring_lines_leave_the_similarity() -> None:
    lines = split_lines("By Jane Roe, Daily\nA long paragraph of text.\n", OPTIONS)
    df = Counter({lines.keys[0]: 5, lines.keys[1]: 1})
    assert excluded_lines(lines, df, OPTIONS) == {0}


def test_title_shared_by_versions_is_not_boilerplate() -> None:
    w = Writer(3)
    topic = w.topic()
    art = w.article(topic)
    docs = [doc(f"v{i}.txt", art) for i in range(4)]
    index = build_story_index(docs)
    assert len(index.stories) == 1
    assert all(not spans for spans in index.boilerplate)


def test_a_headline_other_stories_link_to_stays_in_its_own_story() -> None:
    """Pages of other stories link to a story's headline after "Read more:": the headline
    was in several stories, so boilerplate, and the story's base lost it (15 of 29 bases of
    a desk's folder)."""
    w = Writer(7)
    topic = w.topic()
    headline = "Reserve Bank raises rates by 75 points"
    art = [headline, *w.article(topic)[1:]]
    own = [doc(f"v{i}.txt", art) for i in range(3)]
    others = [doc(f"o{i}.txt", [*w.article(w.topic()), "Read more:", headline]) for i in range(3)]
    index = build_story_index([*own, *others])
    for i, d in enumerate(index.documents):
        hidden = [d.text[a:b] for a, b in index.boilerplate[i]]
        if d.path.name.startswith("v"):
            assert headline not in hidden
        else:
            assert hidden[-2:] == ["Read more:", headline]  # a link there, as before


def test_outlet_line_across_stories_is_boilerplate() -> None:
    w = Writer(4)
    docs = [doc(f"s{i}.txt", [*w.article(w.topic()), "Daily Planet staff"]) for i in range(4)]
    index = build_story_index(docs)
    assert len(index.stories) == 4
    for i, d in enumerate(index.documents):
        assert [d.text[a:b] for a, b in index.boilerplate[i]] == ["Daily Planet staff"]


def test_a_story_carried_by_a_page_of_another_keeps_its_text() -> None:
    """A page of story B carries story A appended (a second article on the page): A's
    paragraphs were in two stories, so boilerplate, and every version of A lost its text —
    copies of A were "written anew: 0% of the words in shared phrases" (a tenth of the
    versions of a generated folder were called independent). A paragraph needs three
    stories, and at most two documents a story on average; a short line still two
    stories."""
    w = Writer(6)
    a, b = (w.article(w.topic()) for _ in range(2))
    tagline = "Daily Planet staff"
    docs = [doc(f"a{i}.txt", [*a, tagline]) for i in range(3)]
    docs += [doc(f"b{i}.txt", b) for i in range(2)] + [doc("b-with-a.txt", [*b, tagline, *a])]
    index = build_story_index(docs)
    stories = {frozenset(index.documents[d].name[0] for d in s.documents) for s in index.stories}
    assert stories == {frozenset("a"), frozenset("b")}
    hidden = {d.name: [d.text[x:y] for x, y in index.boilerplate[i]] for i, d in enumerate(docs)}
    # (A's title and the tagline are short lines in two stories: they still are)
    assert hidden["a0.txt"] == [a[0], tagline] and hidden["b-with-a.txt"] == [tagline, a[0]]
    first = next(i for i, d in enumerate(docs) if d.name == "a0.txt")
    found = derivations(index, index.story_of(first).id)
    assert [p.level for p in found] == [Derivation.COPY, Derivation.COPY]
    # Carried by pages of two other stories (5 documents of 3 stories), A's paragraphs
    # recur: a longer page carrying them hides them, but A's own versions, of which they
    # are most of the words, keep them (they lost their whole text: found by an
    # archivist's walkthrough, a story of 4 versions carried by 2 pages).
    long_c = w.article(w.topic(), 20)
    docs += [doc(f"c{i}.txt", long_c) for i in range(2)] + [doc("c-with-a.txt", [*long_c, *a])]
    index = build_story_index(docs)
    assert len(index.boilerplate[first]) == 2  # its title and the tagline
    found = derivations(index, index.story_of(first).id)
    assert {p.level for p in found} == {Derivation.COPY}
    page = next(i for i, d in enumerate(docs) if d.name == "c-with-a.txt")
    hidden = {docs[page].text[x:y] for x, y in index.boilerplate[page]}
    assert set(a) <= hidden
    # A of many versions: 8 documents of 3 stories is one story's text, shown everywhere
    docs += [doc(f"a{i}.txt", [*a, tagline]) for i in range(3, 6)]
    index = build_story_index(docs)
    assert len(index.boilerplate[first]) == 2
    hidden = {docs[page].text[x:y] for x, y in index.boilerplate[page]}
    assert not set(a[1:]) & hidden


def test_a_story_s_own_text_is_weighed_against_what_would_be_left_of_it() -> None:
    """The share of a document's recurring paragraphs was taken of all its words, cruft and
    repeats included: the same text printed twice (the second copy a repeat), or a
    paragraph under many lines of cruft, was all boilerplate. Found by a review."""
    paragraph = " ".join(f"word{i}" for i in range(OPTIONS.boiler_short_words + 9))
    twice = split_lines(f"{paragraph}\n{paragraph}\n", OPTIONS)
    assert boilerplate_spans(twice, {twice.keys[0]}, OPTIONS) == ((twice.starts[1], twice.ends[1]),)
    cruft = "\n".join(["Advertisement", "Read more:", "Share this article"] * 6)
    under = split_lines(f"{paragraph}\n{cruft}\n", OPTIONS)
    spans = boilerplate_spans(under, {under.keys[0]}, OPTIONS)
    assert (under.starts[0], under.ends[0]) not in spans and len(spans) == len(under.keys) - 1


def test_guard_keeps_a_two_story_document_from_gluing_stories() -> None:
    # 0,1,2: story A; 3,4,5: story C; 6 = A + C appended (links to both).
    link = {frozenset(p): 1.0 for p in [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5)]}
    link |= {frozenset((6, x)): 0.6 for x in range(6)}
    edges = sorted([(v, *sorted(k)) for k, v in link.items()], key=lambda e: (-e[0], e[1], e[2]))
    labels = cluster(7, edges, lambda a, b: link.get(frozenset((a, b)), 0.0), 0.2, 4)
    assert labels[0] == labels[1] == labels[2] != labels[3] == labels[4] == labels[5]
    without_guard = cluster(7, edges, lambda a, b: 1.0, 0.2, 4)
    assert len(set(without_guard)) == 1


def test_appended_article_does_not_merge_stories() -> None:
    w = Writer(5)
    a, c = w.article(w.topic()), w.article(w.topic())
    docs = [doc(f"a{i}.txt", a) for i in range(3)] + [doc(f"c{i}.txt", c) for i in range(3)]
    docs.append(doc("a-plus-c.txt", [*a, *c[1:]]))
    index = build_story_index(docs)
    assert len(index.stories) == 2
    assert index.story_of(0).id != index.story_of(3).id


def test_options_are_validated() -> None:
    with pytest.raises(ValueError, match="power of two"):
        StoryOptions(sample_every=3)
    with pytest.raises(ValueError):
        StoryOptions(shingle_words=0)


def test_pair_precision_recall() -> None:
    assert pair_precision_recall([0, 0, 1, 1], [5, 5, 6, 6]) == (1.0, 1.0)
    precision, recall = pair_precision_recall([0, 0, 1, 1], [5, 5, 5, 5])
    assert precision == pytest.approx(2 / 6) and recall == 1.0
    assert pair_precision_recall([0, 0, 1], [1, 2, 3]) == (1.0, 0.0)


texts = st.text(alphabet=st.sampled_from("ab cd\nE. é’-2,"), max_size=300)


@settings(deadline=None)  # a loaded 2-core machine must not turn slowness into failures
@given(texts, texts)
def test_scores_are_shares_and_symmetric(left: str, right: str) -> None:
    vocab: dict[str, int] = {}

    def shingles(text: str) -> array[int]:
        lines = split_lines(text, OPTIONS)
        return array("q", set(shingle_hashes(word_keys(text, lines, set()), 5, vocab)))

    a, b = shingles(left), shingles(right)
    dice, a_in_b, b_in_a = pair_scores(a, b)
    assert 0.0 <= dice <= 1.0 and 0.0 <= a_in_b <= 1.0 and 0.0 <= b_in_a <= 1.0
    assert pair_scores(b, a) == pytest.approx((dice, b_in_a, a_in_b))
    if a and left == right:
        assert dice == 1.0


@settings(deadline=None)
@given(st.lists(texts, max_size=8))
def test_every_document_in_exactly_one_story_and_event(bodies: list[str]) -> None:
    docs = [doc(f"d{i}.txt", [body]) for i, body in enumerate(bodies)]
    index = build_story_index(docs)
    seen = sorted(d for s in index.stories for d in s.documents)
    assert seen == list(range(len(docs)))
    assert sorted(s for e in index.events for s in e.stories) == list(range(len(index.stories)))
    for i, spans in enumerate(index.boilerplate):
        text = index.documents[i].text
        assert all(0 <= a < b <= len(text) for a, b in spans)
        assert list(spans) == sorted(spans)


def test_a_hard_wrapped_text_is_taken_a_paragraph_at_a_time() -> None:
    """A bill hard-wrapped at 78 columns: its wrapped lines that recur ("every calendar
    year; and", "must—") were repeats, hidden mid-sentence with Hide boilerplate, and a
    paragraph was not the line its unwrapped version has (its relation to that version
    said "14% reworded" of one with not a word changed). Found by a tester comparing drafts."""
    clauses = [
        f"({letter}) The operator shall report the emissions of installation {n} to the\n"
        f"Authority at least once in every calendar year; and\nmust—"
        for n, letter in enumerate("abcdefgh")
    ]
    wrapped = "\n\n".join(clauses) + "\n"
    lines = split_lines(wrapped, OPTIONS)
    assert not lines.local  # no piece of a clause is a repeat
    spans = [wrapped[lines.starts[i] : lines.ends[i]] for i in range(len(lines.keys))]
    assert spans == clauses
    unwrapped = split_lines("\n".join(c.replace("\n", " ") for c in clauses), OPTIONS)
    assert list(unwrapped.keys) == list(lines.keys)  # the same paragraphs, the same keys


def test_a_figure_repeated_is_no_repeat() -> None:
    """A penalties table's cell "1,500" in two rows was a repeat, hidden as boilerplate on
    one side: an unchanged table showed "+ 1,500". Found by a tester comparing drafts."""
    text = "Title\n\nA\n\nPlants\n\n1,500\n\nB\n\nRefineries\n\n1,500\n\nCaption.\n\nCaption.\n"
    lines = split_lines(text, OPTIONS)
    marked = sorted(text[lines.starts[i] : lines.ends[i]] for i in lines.local)
    assert marked == ["Caption."]  # the second caption: a repeat; the figure is none


def test_a_hard_wrapped_texts_masthead_byline_and_links_are_lines_still() -> None:
    """Taken a paragraph at a time, a hard-wrapped text's head (a masthead, a byline, a
    headline over the lede) and its "Read more:" block were no lines: nothing was found as
    furniture or cruft. Those blocks, whose lines are not a wrap's, are taken line by
    line. Found by a review."""
    import textwrap

    rng = random.Random(2)
    words = "the council budget roads schools plan mayor review spending residents".split()

    def para(n: int) -> str:
        return textwrap.fill(" ".join(rng.choice(words) for _ in range(n)), 70)

    head = "Yorkshire Courier — 2026-03-10\nBy Jane Smith\nCouncil approves budget\n"
    body = "\n\n".join(para(60) for _ in range(8))
    text = f"{head}{para(50)}\n\n{body}\n\nRead more:\nSome other story headline here\n"
    lines = split_lines(text, OPTIONS)
    assert sorted(lines.furniture) == [0, 1]
    marked = {text[lines.starts[i] : lines.ends[i]] for i in lines.local}
    assert {"Read more:", "Some other story headline here"} <= marked
