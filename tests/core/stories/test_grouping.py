"""Grouping of hand-made folders with known stories, events and bases."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.stories.helpers import Writer, doc, paraphrase, write_pickups
from wirediff.core.chronology import time_order
from wirediff.core.document import Document
from wirediff.core.reading import load_paths
from wirediff.core.revisions import name_years, whole_series
from wirediff.core.stories import (
    Cancelled,
    Relation,
    StoryIndex,
    StoryOptions,
    build_story_index,
    version_stats,
)
from wirediff.core.stories.build import build_reference

FOOTER = ["Read more:", "Back to top button"]


def _folder() -> tuple[list[Document], dict[str, str]]:
    """Two events; event A has a wire story in six versions and an independent report;
    event B has one story in three versions. Returns documents and name -> story label."""
    w = Writer(7)
    topic_a, topic_b = w.topic(), w.topic()
    wire = w.article(topic_a)
    other = w.article(topic_a)  # same event, written independently
    b = w.article(topic_b)
    caption = w.sentence(topic_a) + " Photo: Agency"
    docs = [
        doc("a-trimmed.txt", wire[:5]),  # before the original: ties must not decide
        doc("a-padded.txt", [*wire, w.sentence(topic_a), w.sentence(topic_a)]),
        doc("a-recaptioned.txt", [wire[0], caption, caption, *wire[1:]]),
        doc("a-paraphrased.txt", paraphrase(w, wire, 3)),
        doc("a-reordered.txt", [wire[0], wire[5], *wire[1:5], *wire[6:]]),
        doc("a-boilerplate.txt", ["Subscribe", *wire, *FOOTER]),
        doc("a-original.txt", wire),
        doc("a-independent.txt", other),
        doc("b-trimmed.txt", [*b[:6], *FOOTER]),
        doc("b-captioned.txt", [b[0], caption + " b", *b[1:], *FOOTER]),
        doc("b-original.txt", b),
    ]
    truth = {d.path.name: d.path.name.split("-")[0] for d in docs}
    truth["a-independent.txt"] = "a2"
    return docs, truth


@pytest.fixture(scope="module")
def built() -> tuple[StoryIndex, dict[str, str]]:
    docs, truth = _folder()
    return build_story_index(docs), truth


def _names(index: StoryIndex, story: int) -> set[str]:
    return {index.documents[d].path.name for d in index.stories[story].documents}


def test_versions_group_into_their_stories(built: tuple[StoryIndex, dict[str, str]]) -> None:
    index, truth = built
    groups = sorted(sorted(_names(index, s.id)) for s in index.stories)
    expected = sorted(
        sorted(n for n in truth if truth[n] == label) for label in set(truth.values())
    )
    assert groups == expected


def test_the_original_is_the_base(built: tuple[StoryIndex, dict[str, str]]) -> None:
    index, _ = built
    bases = {index.documents[s.base].path.name for s in index.stories}
    assert bases == {"a-original.txt", "b-original.txt", "a-independent.txt"}
    # A copy of the original wrapped in boilerplate has the same text: the clean file wins.
    by_name = {d.path.name: i for i, d in enumerate(index.documents)}
    assert index.scores(by_name["a-original.txt"], by_name["a-boilerplate.txt"]).similarity == 1


def test_independent_report_is_same_event_not_same_story(
    built: tuple[StoryIndex, dict[str, str]],
) -> None:
    index, _ = built
    by_name = {d.path.name: i for i, d in enumerate(index.documents)}
    wire, other, b = (
        by_name["a-original.txt"],
        by_name["a-independent.txt"],
        by_name["b-original.txt"],
    )
    assert index.story_of(wire).event == index.story_of(other).event
    assert index.story_of(wire).event != index.story_of(b).event
    score = index.scores(wire, other)
    assert score.relation is Relation.SAME_EVENT
    assert score.similarity < 0.1 and score.terms > 0.2
    assert index.scores(wire, b).relation is Relation.UNRELATED


def test_versions_are_ordered_base_first_then_most_similar(
    built: tuple[StoryIndex, dict[str, str]],
) -> None:
    index, _ = built
    for story in index.stories:
        versions = story.versions
        assert versions[0].similarity == 1.0
        sims = [v.similarity for v in versions[1:]]
        assert sims == sorted(sims, reverse=True)


def test_trimmed_version_is_contained_in_base(built: tuple[StoryIndex, dict[str, str]]) -> None:
    index, _ = built
    by_name = {d.path.name: i for i, d in enumerate(index.documents)}
    story = index.story_of(by_name["a-trimmed.txt"])
    version = next(v for v in story.versions if v.doc == by_name["a-trimmed.txt"])
    assert version.in_base > 0.95
    assert version.base_in < 0.75


def test_boilerplate_lines_are_reported_and_ignored(
    built: tuple[StoryIndex, dict[str, str]],
) -> None:
    index, _ = built
    for i, d in enumerate(index.documents):
        hidden = [d.text[a:b] for a, b in index.boilerplate[i]]
        if d.path.name in ("a-boilerplate.txt", "b-trimmed.txt"):
            assert "Read more:" in hidden and "Back to top button" in hidden
        if d.path.name == "a-recaptioned.txt":
            assert len(hidden) == 1 and hidden[0].endswith("Photo: Agency")
    by_name = {d.path.name: i for i, d in enumerate(index.documents)}
    plain, wrapped = by_name["a-original.txt"], by_name["a-boilerplate.txt"]
    assert index.words[plain] == index.words[wrapped]
    assert index.scores(plain, wrapped).similarity == 1.0


def test_story_title_is_the_base_title(built: tuple[StoryIndex, dict[str, str]]) -> None:
    index, _ = built
    for story in index.stories:
        assert story.title == index.documents[story.base].title


def test_override_base(built: tuple[StoryIndex, dict[str, str]]) -> None:
    index, _ = built
    story = next(s for s in index.stories if len(s.versions) > 2)
    other = story.versions[-1].doc
    changed = index.with_base(story.id, other)
    new = changed.stories[story.id]
    assert new.base == other and new.base_overridden
    assert set(new.documents) == set(story.documents)
    assert index.stories[story.id].base == story.base  # the original index is unchanged
    outsider = next(d for d in range(len(index.documents)) if d not in story.documents)
    with pytest.raises(ValueError, match="not a version"):
        index.with_base(story.id, outsider)


def test_a_story_and_its_event_are_named_for_the_base_chosen(sample_paths: list[Path]) -> None:
    """After ``b`` the story row, its event and the story view were still headed with the old
    base's headline (a reprint's, over the press release chosen as base)."""
    index = build_story_index(load_paths(sample_paths).documents)
    story = index.story_of(0)
    other = next(d for d in story.documents if d != story.base)
    changed = index.with_base(story.id, other)
    title = changed.documents[other].title
    assert title != story.title and changed.stories[story.id].title == title
    assert index.events[story.event].stories[0] == story.id  # it heads its event
    assert changed.events[story.event].title == title


def test_matrices(built: tuple[StoryIndex, dict[str, str]]) -> None:
    index, _ = built
    story = index.stories[0]
    m = index.story_matrix(0)
    assert m.docs == story.documents
    n = len(m.docs)
    for i in range(n):
        assert m.cells[i][i].relation is Relation.SAME_DOCUMENT
        for j in range(n):
            assert m.cells[i][j].similarity == pytest.approx(m.cells[j][i].similarity)
            assert m.cells[i][j].a_in_b == pytest.approx(m.cells[j][i].b_in_a)
    event = index.events[story.event]
    em = index.event_matrix(event.id)
    assert len(em.docs) == sum(len(index.stories[s].versions) for s in event.stories)


def test_similarities_to_a_base_are_the_pairs_scores(
    built: tuple[StoryIndex, dict[str, str]],
) -> None:
    index, _ = built
    empty = build_story_index([*index.documents, doc("blank.txt", [""])])
    for idx in (index, empty):
        for base in range(len(idx.documents)):
            expected = [(d, idx.scores(base, d).similarity) for d in range(len(idx.documents))]
            assert list(idx.similarities(base)) == [e for e in expected if e[0] != base]
    assert any(value > 0 for _, value in index.similarities(0))
    for idx in (index, empty):  # and the containments, one version against many
        others = list(range(len(idx.documents)))
        for doc_ in others:
            expected_in = [idx.scores(doc_, o).a_in_b if o != doc_ else 1.0 for o in others]
            assert idx.contained(doc_, others) == pytest.approx(expected_in)


def test_progress_and_cancel() -> None:
    docs, _ = _folder()
    stages: list[str] = []
    build_story_index(docs, on_progress=lambda stage, done, total: stages.append(stage))
    seen = list(dict.fromkeys(stages))
    assert seen == ["lines", "shingles", "pairs", "rewrites", "stories", "events"]
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled):
        build_story_index(docs, should_cancel=cancel)


def test_empty_and_single() -> None:
    assert build_story_index([]).stories == ()
    one = build_story_index([doc("x.txt", ["Only line"])])
    assert len(one.stories) == 1 and one.stories[0].base == 0 and len(one.events) == 1


def test_version_stats_against_the_base(built: tuple[StoryIndex, dict[str, str]]) -> None:
    index, _ = built
    story = index.story_of(0)
    progress: list[tuple[int, int]] = []
    stats = {
        index.documents[s.doc].path.name: s
        for s in version_stats(index, story.id, on_progress=lambda d, t: progress.append((d, t)))
    }
    assert progress[-1] == (len(story.versions), len(story.versions))
    base = stats["a-original.txt"]
    assert (base.kept, base.words_added, base.words_cut) == (1.0, 0, 0)
    trimmed = stats["a-trimmed.txt"]
    assert trimmed.kept < 0.75 and trimmed.words_cut > 50 and trimmed.words_added == 0
    padded = stats["a-padded.txt"]
    assert padded.kept == 1.0 and padded.words_added > 20 and padded.words_cut == 0
    wrapped = stats["a-boilerplate.txt"]  # its "Subscribe" and footer are not additions
    assert (wrapped.kept, wrapped.words_added) == (1.0, 0)
    assert stats["a-paraphrased.txt"].words_changed > 0
    with pytest.raises(Cancelled):
        version_stats(index, story.id, should_cancel=lambda: True)


def test_a_folder_that_is_mostly_one_story_keeps_it_one(tmp_path: Path, sample_dir: Path) -> None:
    """240 pickups of one wire text: every shingle of it is in more than max_df documents
    ("too common"), yet the pickups are one story (a chain along each posting list), and the
    independent reports of the event stay stories of their own."""
    write_pickups(sample_dir, tmp_path, 240)
    index = build_story_index(load_paths([tmp_path]).documents)
    names = [d.path.name for d in index.documents]
    story = index.story_of(names.index("pickup000.txt"))
    assert len(story.documents) == 240
    assert {names[d] for d in story.documents} == {f"pickup{n:03}.txt" for n in range(240)}
    assert len(index.stories) == 4 and len(index.events) == 1
    reference = build_reference(load_paths([tmp_path]).documents, StoryOptions())
    assert [s.documents for s in reference.stories] == [s.documents for s in index.stories]


def test_a_storys_event_terms_do_not_depend_on_the_order_of_its_versions() -> None:
    """The version that says which of the base's terms are the story's own is the one
    holding most of the base, not the first listed: with a trimmed copy first, the story
    kept only its lead's terms (63 of 173), and renaming a file could move it to another
    event."""
    from dataclasses import replace

    w = Writer(1)
    topic = w.topic()
    article = w.article(topic, 8)
    wire = replace(doc("wire.txt", article), source="Reuters")
    full, trimmed = doc("full_copy.txt", article), doc("trim_copy.txt", article[:3])
    other = doc("other.txt", w.article(topic, 8))
    seen = set()
    for order in (
        [wire, full, trimmed, other],
        [wire, trimmed, full, other],
        [other, trimmed, full, wire],
    ):
        index = build_story_index(order)
        at = {d.name: k for k, d in enumerate(index.documents)}
        assert index.story_of(at["trim_copy.txt"]) == index.story_of(at["wire.txt"])
        seen.add(round(index.scores(at["wire.txt"], at["other.txt"]).terms, 9))
    assert len(seen) == 1


URDU = (
    "کراچی ۔ سندھ اسمبلی کے اجلاس میں بدھ کو صوبائی بجٹ پر بحث جاری رہی اور اپوزیشن ارکان نے "
    "ترقیاتی فنڈز کی تقسیم پر شدید احتجاج کیا۔ قائد حزب اختلاف نے کہا کہ شہری علاقوں کو نظر "
    "انداز کیا گیا ہے اور حکومت کو اس پر نظر ثانی کرنی چاہیے۔ وزیر خزانہ نے جواب میں کہا کہ "
    "بجٹ میں تمام اضلاع کا خیال رکھا گیا ہے۔"
)


@pytest.mark.parametrize("build", [build_story_index, build_reference])
def test_an_urdu_copy_typed_on_an_arabic_keyboard_is_a_copy_by_its_shingles(build) -> None:  # type: ignore[no-untyped-def]
    """The same text with ي ك ه for ی ک ہ (and a tatweel): joined by its evidence, it shared
    no 5-word run with its source, and was listed "0% similar" under "Copy of …: 100%"."""
    arabic = URDU.replace("ی", "ي").replace("ک", "ك").replace("ہ", "ه").replace("بجٹ", "بجـٹ")
    docs = [doc("urdu.txt", [URDU]), doc("arabic_keyboard.txt", [arabic])]
    index = build(docs)
    assert len(index.stories) == 1
    scores = index.scores(0, 1)
    assert scores.similarity == scores.a_in_b == scores.b_in_a == 1.0


def test_russian_reports_of_one_bridge_are_one_event_and_the_snow_is_not() -> None:
    """Interfax's report of the bridge TASS reported was an event of its own, and the snow
    in the same city another: "В" opening a sentence counted as a name, and "мост",
    "моста", "мосту" (or "Новосибирске", "Новосибирск") were each a term of their own."""
    folder = Path(__file__).resolve().parents[2] / "fixtures" / "ru-bridge"
    loaded = load_paths(sorted(folder.glob("*.txt")))  # (not its README)
    assert len(loaded.documents) == 5 and not loaded.problems
    index = build_story_index(loaded.documents)
    by_name = {d.name: index.story_of(i) for i, d in enumerate(index.documents)}
    stories = {s.id for name, s in by_name.items() if name != "snow_cp1251.txt"}
    assert len(stories) == 3  # TASS's (and the paper's copy), RIA's, Interfax's
    assert len({s.event for s in by_name.values()}) == 2
    assert by_name["interfax_most.txt"].event == by_name["tass_most_ob.txt"].event
    assert by_name["snow_cp1251.txt"].event != by_name["tass_most_ob.txt"].event


def test_undated_revisions_numbered_in_their_names_come_in_that_order() -> None:
    """A reviser's report_v1 and report_v2 (which cut a chapter), undated: v2, the more
    contained, was the base, and the cut read as words v1 added. The numbers in the names
    are the revisions' order; without them the rule is as before."""
    w = Writer(41)
    topic = w.topic()
    chapters = [w.sentence(topic) for _ in range(30)]
    cut = chapters[:10] + chapters[15:]
    edited = [s.replace(" the ", " a ", 1) for s in cut]
    texts = {"report_v1.txt": chapters, "report_v2.txt": cut, "report_v3.txt": edited}

    def story_of(names: dict[str, str]) -> tuple[str, list[str]]:
        index = build_story_index([doc(names[n], lines) for n, lines in texts.items()])
        (story,) = index.stories
        listed = [index.documents[v.doc].path.name for v in story.versions]
        return index.documents[story.base].path.name, listed

    assert story_of({n: n for n in texts}) == (
        "report_v1.txt",
        ["report_v1.txt", "report_v2.txt", "report_v3.txt"],
    )
    plain = {"report_v1.txt": "a.txt", "report_v2.txt": "b.txt", "report_v3.txt": "c.txt"}
    assert story_of(plain)[0] == "b.txt"  # no numbers: the most contained, as before


def test_drafts_numbered_in_their_names_are_in_that_order_whatever_their_files_dates() -> None:
    """A bill's five drafts, v1 to v5 in .docx, .txt, .pdf, .html: v1 and v5 dated alike
    (a Word file's "created" kept through "Save as"), the PDF by its day of export, the
    .txt not at all. v5 was the base, listed v5, v1, v4, v3, v2, and the chain read
    backwards (the numbers counted only among names of one file type, and after dates).
    Found by a tester comparing drafts."""
    w = Writer(43)
    topic = w.topic()
    draft = [w.sentence(topic) for _ in range(30)]
    drafts = [draft]
    for n in range(4):
        draft = [s.replace(" the ", " a ", 1) if i % 5 == n else s for i, s in enumerate(draft)]
        drafts.append([*draft, w.sentence(topic)])
        draft = drafts[-1]
    names = ["bill_v1.docx", "bill_v2.txt", "bill_v3.pdf", "bill_v4.html", "bill_v5.docx"]
    dates = ["2026-01-15", "", "2026-03-02", "2026-02-20", "2026-01-15"]
    documents = [
        replace(doc(name, lines), date=date, date_source="metadata" if date else "")
        for name, lines, date in zip(names, drafts, dates, strict=True)
    ]
    index = build_story_index(documents[::-1])  # (not the order of the list either)
    (story,) = index.stories
    assert index.documents[story.base].path.name == "bill_v1.docx"
    listed = [index.documents[v.doc].path.name for v in story.versions]
    assert listed == names
    order = time_order([v.doc for v in story.versions], index.documents)
    assert [index.documents[d].path.name for d in order] == names
    renamed = [*documents[:2], replace(documents[2], path=Path("bill.pdf")), *documents[3:]]
    assert whole_series(range(5), documents) == dict(enumerate(range(1, 6)))
    assert whole_series(range(5), renamed) == {}  # one not numbered: the dates, as before


def test_of_the_same_text_the_file_not_named_a_copy_is_the_base() -> None:
    """ "port_01_wire (copy).txt" and "port_01_wire.txt", the same text: the copy was the
    base (" " sorts before "."), and the original "a copy of" it. Found by a newsroom
    standards editor."""
    w = Writer(45)
    topic = w.topic()
    wire = [w.sentence(topic) for _ in range(12)]
    edit = [s.replace(" the ", " a ", 1) if i % 4 == 0 else s for i, s in enumerate(wire)]
    for copy in ("port_01_wire (copy).txt", "port_01_wire (1).txt", "Copy of port_01_wire.txt"):
        docs = [doc(copy, wire), doc("port_01_wire.txt", wire), doc("port_02_edit.txt", edit)]
        index = build_story_index(docs)
        (story,) = index.stories
        assert index.documents[story.base].path.name == "port_01_wire.txt", copy


def test_undated_editions_are_in_the_order_of_the_years_their_names_give() -> None:
    """A novel's first edition and its revision, undated, named "novel_1st_1850.txt" and
    "novel_revised_1862.txt": the later (the more contained) was the base, its new preface
    read as cut. Found by a literary scholar. A year is no order beside a date, nor a name
    that is a year alone or a date ("1850.txt" is an id)."""
    w = Writer(44)
    topic = w.topic()
    first = [w.sentence(topic) for _ in range(30)]
    revised = [w.sentence(topic), *first[:10], *first[15:]]  # a preface, a chapter cut
    texts = {"novel_revised_1862.txt": revised, "novel_1st_1850.txt": first}
    index = build_story_index([doc(name, lines) for name, lines in texts.items()])
    (story,) = index.stories
    assert index.documents[story.base].path.name == "novel_1st_1850.txt"
    order = time_order(range(2), index.documents)
    assert [index.documents[d].path.name for d in order] == [
        "novel_1st_1850.txt",
        "novel_revised_1862.txt",
    ]
    for names in (
        ("1862.txt", "1850.txt"),
        ("a_1862-03-01.txt", "b_1850.txt"),
        ("port-story-2000-words.txt", "port-story-1500-words.txt"),  # lengths (a review)
        ("IMG_1861.txt", "IMG_1847.txt"),  # photos' numbers
        ("port_1430.txt", "port_1905.txt"),  # times, before printing
        ("draft_2050.txt", "draft_2049.txt"),  # years to come
    ):
        plain = [doc(name, lines) for name, lines in zip(names, texts.values(), strict=True)]
        assert name_years(range(2), plain) == {}
    dated = [doc(n, lines) for n, lines in texts.items()]
    dated[0] = replace(dated[0], date="1999-01-01", date_source="text")
    assert time_order(range(2), dated)[0] == 0  # a date first


def test_undated_drafts_saved_before_a_dated_version_come_before_it() -> None:
    """An academic's Markdown drafts, undated, saved days before the paper's dated Word
    export, came after it: the chain read the first draft as the export's edit (a
    walkthrough). A file's time places an undated version before a dated one saved later;
    saved after every dated version (a folder copied today), it stays last."""
    w = Writer(46)
    topic = w.topic()
    draft = [w.sentence(topic) for _ in range(20)]
    second = [*draft[:10], w.sentence(topic), *draft[10:]]
    final = [*second, w.sentence(topic)]

    def saved(name: str, lines: list[str], when: str) -> Document:
        return replace(doc(name, lines), date=when, date_source="file time")

    documents = [
        replace(doc("paper.docx", final), date="2026-12-10T09:00:00+00:00", date_source="metadata"),
        saved("notes_a.md", draft, "2026-12-01T10:00:00+00:00"),
        saved("notes_b.md", second, "2026-12-05T10:00:00+00:00"),
    ]
    index = build_story_index(documents)
    (story,) = index.stories
    order = time_order([v.doc for v in story.versions], index.documents)
    assert [index.documents[d].path.name for d in order] == [
        "notes_a.md",
        "notes_b.md",
        "paper.docx",
    ]
    listed = [index.documents[v.doc].path.name for v in story.versions[1:]]
    assert listed == [n for n in ("notes_a.md", "notes_b.md", "paper.docx") if n in listed]
    copied = [documents[0], *(replace(d, date="2026-12-12T08:00:00+00:00") for d in documents[1:])]
    later = build_story_index(copied)
    order = time_order(range(3), later.documents)
    assert later.documents[order[0]].path.name == "paper.docx"  # (saved after it: no order)
