"""Documents named alike but for a stamp or an id are versions of one article when they
report one event (``names``): a revision rewritten between two captures joins its article."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.stories.helpers import Writer, doc
from wirediff.core.document import Document
from wirediff.core.stories import StoryIndex, StoryOptions, build_story_index
from wirediff.core.stories.names import article_name, name_key, named_together
from wirediff.core.stories.relation import describe

OPENING = "Harbour bridge closed after storm\n\nThe harbour bridge was closed on Monday.\n"


def _named(name: str, text: str = OPENING, source: str = "") -> Document:
    return Document(Path(name), text, "", source=source)


@pytest.mark.parametrize(
    "name",
    [
        "harbour-bridge_20261114T0930.txt",
        "harbour-bridge_20261114T1145.html",
        "harbour_bridge_2026-11-14_11-45.txt",
        "harbour-bridge_20261114_0930.txt",
        "Harbour Bridge (2026-11-14 09.30).txt",
    ],
)
def test_a_name_with_a_capture_stamp_names_its_article(name: str) -> None:
    assert article_name(_named(name)) == "harbour bridge"


@pytest.mark.parametrize(
    "name",
    [
        "harbour-bridge.txt",  # nothing tells versions apart
        "harbour-bridge_1.txt",  # a counter: a user's files on one subject
        "harbour-bridge_v2.txt",
        "harbour-bridge_4f2a9c.txt",  # an id: a CMS's record, a class's submission
        "harbour-bridge_20231187.txt",
        "harbour-bridge_20261114.txt",  # a date alone: a daily series' day
        "press_release_20261114T0930.txt",  # a kind of document, not an article
        "article_20261114T0930.txt",
        "news_20261114T0930.txt",
        "city_20261114T0930.txt",  # a word under four letters
        "river_floods_20261114T0930.txt",  # words not in the text's opening
    ],
)
def test_a_name_without_a_capture_stamp_or_an_article_names_none(name: str) -> None:
    assert article_name(_named(name)) == ""


def test_an_outlets_name_is_no_article() -> None:
    text = "Harbour news\n\nThe daily waqt reports the harbour bridge was closed.\n"
    assert article_name(_named("daily_waqt_2014-10-02_0930.txt", text)) == "daily waqt"
    assert article_name(_named("daily_waqt_2014-10-02_0930.txt", text, "Daily Waqt")) == ""


def test_the_words_are_looked_for_in_the_opening_only() -> None:
    late = "Storm\n\n" + "Rain fell. " * 300 + "The harbour bridge closed.\n"
    assert article_name(_named("harbour-bridge_20261114.txt", late)) == ""


def test_named_together_joins_stories_of_one_event_only() -> None:
    keys = [("a", 0), ("a", 1), ("a", 2), ("b", 3), ("b", 4), ("c", 5)]
    story_of = [0, 1, 1, 2, 3, 4]
    # a: stories 0 and 1, one event; b: stories 2 and 3 in two events; c: one document
    assert named_together(keys, story_of, [7, 7, 7, 8, 9], 200) == [[0, 1]]
    assert named_together(keys, story_of, [7, 7, 7, 8, 9], 2) == []  # a names a feed


def _folder(w: Writer, names: dict[str, tuple[int, int]]) -> list[Document]:
    """Per name, an independent report (own words) of the event numbered by its first
    value; each event's reports begin with its first name, so a name made of it is in
    their openings."""
    topics = [w.topic() for _ in range(1 + max(e for e, _ in names.values()))]
    docs = []
    for name, (event, _) in sorted(names.items(), key=lambda item: item[1]):
        docs.append(doc(name.format(topics[event][0].lower()), w.article(topics[event])))
    return docs


def _stories(index: StoryIndex) -> list[list[str]]:
    return sorted(sorted(index.documents[d].name for d in s.documents) for s in index.stories)


def test_revisions_rewritten_between_captures_are_one_story() -> None:
    w = Writer(11)
    docs = _folder(
        w,
        {
            "{}_20261114T0930.txt": (0, 0),
            "{}_20261114T1145.txt": (0, 1),
            "{}_20261115T0800.txt": (0, 2),
            "other_{}.txt": (0, 3),  # the same news, not named for a capture
            "{}_20261116T0930.txt": (1, 0),
        },
    )
    first, second = docs[0].name.split("_")[0], docs[-1].name.split("_")[0]
    assert first != second
    index = build_story_index(docs)
    assert len(index.events) == 2
    assert _stories(index) == sorted(
        [
            sorted(d.name for d in docs[:3]),
            [docs[3].name],
            [docs[4].name],
        ]
    )
    apart = build_story_index(docs, StoryOptions(join_named=False))
    assert len(apart.stories) == 5  # own words each: nothing but the names joins them
    said = describe(index, 0, 1)
    assert said.startswith("In one story with ") and "(named alike), but written anew" in said
    assert "named alike" not in describe(index, 0, 3)  # two stories of one event


def test_the_same_address_is_said_as_what_joined_them() -> None:
    w = Writer(13)
    docs = _folder(w, {"first.txt": (0, 0), "second.txt": (0, 1)})
    url = "https://example.org/news/harbour-bridge"
    index = build_story_index([replace(d, url=url) for d in docs])
    assert len(index.stories) == 1
    assert "(the same web address), but written anew" in describe(index, 0, 1)


def test_a_name_across_events_joins_nothing() -> None:
    """The same name on reports of two events names a series (or a beat), not an
    article."""
    w = Writer(12)
    docs = _folder(w, {"{}_20261114T0930.txt": (0, 0), "{}_20261114T1145.txt": (1, 0)})
    renamed = [replace(d, path=Path(f"budget_2026111{i}T0930.txt")) for i, d in enumerate(docs)]
    assert all(article_name(d) == "" for d in renamed)  # (not in the openings)
    series = [
        replace(d, path=Path(f"harbour_2026111{i}T0930.txt"), text="Harbour\n\n" + d.text)
        for i, d in enumerate(docs)
    ]
    assert {article_name(d) for d in series} == {"harbour"}
    index = build_story_index(series)
    assert len(index.events) == 2 and len(index.stories) == 2


def test_two_folders_are_two_articles() -> None:
    """Two papers' files of one headline (a wire desk's export: ``herald/local/`` and
    ``mercury/local/``) are not captures of one article."""
    name = "harbour-bridge_20261114T0930.txt"
    here = name_key(_named(f"herald/{name}"))
    assert here and here == name_key(_named("herald/harbour-bridge_20261114T1145.txt"))
    assert here != name_key(_named(f"mercury/{name}"))


def test_a_stamp_alone_is_named_by_its_folder() -> None:
    """``site/slug/20261119054500.html``: the slug is the folder's name, found in the
    headline by its first letters ("derailment" in "…derails at Millbrook")."""
    text = "Freight train derails at Millbrook junction\n\nA freight train derailed.\n"
    found = _named("northport/millbrook-derailment/20261119054500.html", text)
    assert article_name(found) == "millbrook derailment"
    assert name_key(found) == name_key(
        _named("northport/millbrook-derailment/20261120081500.html", text)
    )


def _captures(stamps: dict[str, tuple[int, str, str]]) -> list[Document]:
    """Reports of one event in their own words (``_folder``), named ``{slug}_{stamp}.txt``,
    each dated by its stamp, with the outlet and URL given per stamp."""
    w = Writer(15)
    made = _folder(w, {f"{{}}_{stamp}.txt": (0, n) for n, stamp in enumerate(stamps)})
    out = []
    for d in made:
        stamp = d.path.stem.split("_")[1]
        _, outlet, url = stamps[stamp]
        when = f"{stamp[:4]}-{stamp[4:6]}-{stamp[6:8]}T{stamp[9:11]}:{stamp[11:13]}"
        out.append(replace(d, source=outlet, url=url, date=when, date_source="file name"))
    return out


def _story_count(docs: list[Document]) -> int:
    index = build_story_index(docs)
    assert len(index.events) == 1
    return len(index.stories)


def test_captures_updated_side_by_side_are_two_articles() -> None:
    """Two outlets' captures under one slug, their outlets not known (plain text): a
    Gazette at 07:00 and 15:00, a Times at 09:30 and 17:45 were one story, its chain
    going from one paper to the other (a web archivist's walkthrough). A live page's
    captures follow one another."""
    stamps = {"20261112T0700": 0, "20261112T0930": 1, "20261112T1500": 0, "20261112T1745": 1}
    docs = _captures({s: (n, "", "") for s, n in stamps.items()})
    # each paper's two captures one story by their text, as they are
    by_paper = [[d for d in docs if stamps[d.path.stem.split("_")[1]] == n] for n in (0, 1)]
    gazette, times = (
        [by_paper[n][0], replace(by_paper[n][1], text=by_paper[n][0].text + "More.\n")]
        for n in (0, 1)
    )
    assert _story_count([*gazette, *times]) == 2
    assert _story_count(docs) == 1  # four captures in sequence, each written anew


def test_two_known_outlets_or_two_addresses_are_two_articles() -> None:
    """Captures of outlets known apart, or of two article URLs (a daily series:
    ``markets-today_20261102.html`` at ``…/2026/11/02/markets-today``), are not one
    article; an outlet known of one capture only (its .txt capture has none) does not
    count against it."""
    two = ("20261102T0900", "20261103T0900")
    assert _story_count(_captures({s: (0, "Courier", "") for s in two})) == 1
    assert _story_count(_captures({two[0]: (0, "Courier", ""), two[1]: (0, "", "")})) == 1
    assert _story_count(_captures({two[0]: (0, "Courier", ""), two[1]: (0, "Times", "")})) == 2
    urls = {
        s: (0, "", f"https://courier.example/2026/11/0{n + 2}/markets-today")
        for n, s in enumerate(two)
    }
    assert _story_count(_captures(urls)) == 2


def test_a_floor_of_shared_text_can_be_asked() -> None:
    docs = _captures({s: (0, "", "") for s in ("20261102T0900", "20261102T1000")})
    assert len(build_story_index(docs).stories) == 1
    asked = build_story_index(docs, StoryOptions(named_min_phrases=0.5))
    assert len(asked.stories) == 2


def test_the_stories_table_gives_each_captures_time() -> None:
    """The time a capture's name gives orders the versions of one date; the table gave it
    nowhere (a web archivist's walkthrough)."""
    import csv
    import io

    from wirediff.core.stories.report import to_csv, to_data

    docs = _captures({s: (0, "", "") for s in ("20261102T0900", "20261102T1000")})
    docs = [replace(d, captured=d.date, date=d.date[:10], date_source="metadata") for d in docs]
    index = build_story_index(docs)
    (story,) = to_data(index)["stories"]
    assert [v["captured"] for v in story["documents"]] == [
        "2026-11-02T09:00",
        "2026-11-02T10:00",
    ]
    rows = list(csv.DictReader(io.StringIO(to_csv(index))))
    assert [r["captured"] for r in rows] == ["2026-11-02T09:00", "2026-11-02T10:00"]


def test_a_storys_versions_are_in_the_lists_time_order() -> None:
    """Captures of one date in the order of their capture times, as the list and the chain
    have them; the story panel and the table listed a page's undated copies among them
    otherwise (a web archivist's walkthrough)."""
    from wirediff.core.chronology import time_order

    w = Writer(16)
    text = w.article(w.topic())
    day = "2026-11-14T11:20:00+00:00"
    docs = [
        replace(doc(name, text[:k]), date=day, date_source="metadata", captured=captured)
        for name, k, captured in (
            ("page_a.html", 9, "2026-11-15T08:00:00"),
            ("page_b.html", 8, ""),
            ("page_c.html", 7, "2026-11-14T11:45:00"),
            ("page_d.html", 6, "2026-11-16T10:15:00"),
        )
    ]
    index = build_story_index(docs)
    (story,) = index.stories
    order = [v.doc for v in story.versions[1:]]
    assert order == list(time_order(order, index.documents))
    assert index.documents[story.base].name == "page_c.html"  # the first capture
    # (b, captured at no known time, by its page's revision of 11:20, before the 15th's)
    assert [index.documents[d].name for d in order] == ["page_b.html", "page_a.html", "page_d.html"]


def test_numbered_drafts_one_of_them_dated_are_in_the_order_of_their_numbers() -> None:
    """A translator's drafts 1 and 3 (.txt, .md) undated, draft 2 (.docx) dated by its
    properties, and a proof with no number: the dated draft 2 came first, "the version
    before" draft 3 was draft 1, then draft 2 before draft 1, every edit read backwards
    (a translation editor's walkthrough). The numbered drafts take their places in the
    order of their numbers; the rest keep theirs."""
    from wirediff.core.chronology import time_order

    w = Writer(19)
    text = w.article(w.topic())
    docs = [
        doc("ch4_draft3.md", text[:9]),
        replace(doc("ch4_draft2.docx", text[:8]), date="2026-03-02", date_source="metadata"),
        doc("ch4_web_proof.md", text),
        doc("ch4_draft1.txt", text[:7]),
    ]
    order = time_order(range(len(docs)), docs)
    assert [docs[d].name for d in order] == [
        "ch4_draft1.txt",
        "ch4_draft2.docx",
        "ch4_draft3.md",
        "ch4_web_proof.md",
    ]
    # a dated version between dated drafts keeps its place (a review: it went after them)
    mixed = [
        replace(doc("report_v1.docx", text[:7]), date="2026-01-10", date_source="metadata"),
        replace(doc("coverage.html", text[:8]), date="2026-02-01", date_source="metadata"),
        replace(doc("report_v2.docx", text[:9]), date="2026-03-01", date_source="metadata"),
        doc("report_v3.md", text),
    ]
    assert [mixed[d].name for d in time_order(range(4), mixed)] == [
        "report_v1.docx",
        "coverage.html",
        "report_v2.docx",
        "report_v3.md",
    ]
    # every one dated: by the dates (a number in a name does not outweigh them)
    dated = [
        replace(d, date=f"2026-03-0{9 - i}", date_source="metadata") for i, d in enumerate(docs)
    ]
    assert [dated[d].name for d in time_order(range(4), dated)] == [
        "ch4_draft1.txt",
        "ch4_web_proof.md",
        "ch4_draft2.docx",
        "ch4_draft3.md",
    ]


def test_a_day_dated_capture_stamped_later_is_no_base_before_pages_timed_that_day() -> None:
    """Captures of one page: two dated 07:30 and 12:45, and a text saved the same day, dated
    by its day and stamped 18:20 (its "Updated" line). Compared by the day alone, the stamp
    came before the pages with none, and the 18:20 text was the base, its story read
    backwards (a corrections researcher's, and a re-check)."""
    w = Writer(17)
    text = w.article(w.topic())
    docs = [
        replace(doc(name, text[:k]), date=date, date_source="metadata", captured=captured)
        for name, k, date, captured in (
            ("capture_1.html", 7, "2026-03-14T07:30:00+00:00", ""),
            ("capture_2.html", 8, "2026-03-14T12:45:00+00:00", ""),
            ("capture_3.txt", 9, "2026-03-14", "2026-03-14T18:20:00"),
        )
    ]
    (story,) = build_story_index(docs).stories
    assert docs[story.base].name == "capture_1.html"


@pytest.mark.parametrize("kind", ["html", "txt"])
def test_a_copy_saved_without_a_stamp_sits_beside_its_stamped_twin(kind: str) -> None:
    """A browser's "Title (1).html" holds the text of the capture of the 15th but no stamp:
    listed after the captures of the 16th, the chain showed its paragraph added, removed
    and added again (a web archivist's walkthrough). Pages are dated by their metadata,
    the stamps their capture times; plain-text captures by their stamps alone (their copy
    had no time at all: a review's)."""
    from wirediff.core.chronology import time_order, timeline

    w = Writer(18)
    text = w.article(w.topic())
    day = "2026-11-14T11:20:00+00:00"
    pages = (
        ("bridge_20261114T0930", 6, "2026-11-14T09:30:00"),
        ("bridge_20261115T0800", 8, "2026-11-15T08:00:00"),
        ("bridge_20261116T1015", 9, "2026-11-16T10:15:00"),
        ("Bridge (1)", 8, ""),
    )
    docs = []
    for name, k, at in pages:
        made = doc(f"{name}.{kind}", text[:k])
        if kind == "html":  # the page's date, the stamp its capture
            docs.append(replace(made, date=day, date_source="metadata", captured=at))
        else:  # the stamp its date
            docs.append(replace(made, date=at, date_source="file name" if at else ""))
    twin = timeline(range(4), docs)[3]
    assert twin == timeline(range(4), docs)[1] and twin[1 if kind == "html" else 0]
    names = [docs[d].name for d in time_order(range(4), docs)]
    assert names.index(f"Bridge (1).{kind}") in (1, 2)
    assert names[-1] == f"bridge_20261116T1015.{kind}"
    index = build_story_index(docs)
    (story,) = index.stories
    order = [v.doc for v in story.versions[1:]]
    assert order == list(time_order(order, index.documents))


@pytest.mark.parametrize(
    "names",
    [
        ["earthquake/1000.txt", "earthquake/1001.txt", "earthquake/1002.txt"],  # a CMS's ids
        ["floods_0001.txt", "floods_0002.txt", "floods_0003.txt"],  # a padded counter
        ["Floods 2026 (1).txt", "Floods 2026 (2).txt", "Floods 2026 (3).txt"],  # a year
    ],
)
def test_a_users_files_on_one_subject_are_not_versions(names: list[str]) -> None:
    """Independent reports of one event named by a counter, an id of a few digits or a
    year were one story (a review's)."""
    w = Writer(20)
    topic = w.topic()
    docs = [doc(name, [f"{topic[0]} floods earthquake", *w.article(topic)[1:]]) for name in names]
    assert all(name_key(d) == "" for d in docs)
    assert len(build_story_index(docs).stories) == 3


def test_the_rows_of_one_export_have_no_name_of_their_own() -> None:
    rows = [
        replace(_named(f"floods_2026-11-14T0930.csv#{n}", "Floods\n\nThe river rose.\n"), item=n)
        for n in (1, 2)
    ]
    assert [name_key(r) for r in rows] == ["", ""]
    assert name_key(_named("floods_2026-11-14T0930.txt", "Floods\n\nThe river rose.\n"))


def test_a_version_named_alike_with_another_says_which() -> None:
    """Joined by its name to a capture that copies an agency's text, a version written anew
    read "In one story with APP's story, but written anew", no reason given (ux73 N5)."""
    w = Writer(21)
    topic = w.topic()
    slug = topic[0].lower()
    source = w.article(topic)
    docs = [
        replace(doc("wire.txt", source), source="APP"),
        doc(f"{slug}_20261114T0930.txt", source[:7]),
        doc(f"{slug}_20261114T1145.txt", w.article(topic)),
    ]
    index = build_story_index(docs)
    assert len(index.stories) == 1
    said = describe(index, 0, 2)
    assert said.startswith("In one story with APP's story (named alike with ")
    assert f"{slug}_20261114T0930.txt), but written anew" in said
