"""Each format's reader: text, title, byline, date, URL, encoding, multi-article files."""

from __future__ import annotations

import io
import json
import random
import re
import zipfile
from pathlib import Path

import pytest

from tests.core.reading.samples import _W, ARTICLE, HOSTILE_PAGE, make_docx, make_pdf
from wirediff.core.compare import compare
from wirediff.core.document import Document, first_line_title
from wirediff.core.reading import FieldMap, ReaderOptions, ReadError, load_paths, read_document
from wirediff.core.reading import errors as E
from wirediff.core.reading.markup import html_to_text
from wirediff.core.reading.registry import read_documents, read_file
from wirediff.core.reading.text import markdown_text


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode() if isinstance(data, str) else data)
    return path


def test_web_page_yields_only_article_text_title_byline_and_date(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "page.html", HOSTILE_PAGE))
    assert doc.text == "\n".join(["Troops to shift role in Iraq", *ARTICLE])
    for junk in ("SCRIPT", "STYLE", "COOKIE", "NAVTEXT", "COMMENT", "FOOTER", "cookie", "By Jane"):
        assert junk not in doc.text
    assert doc.title == "Troops to shift role in Iraq"
    assert doc.byline == "Jane Doe"
    assert doc.date == "2021-07-26T10:00:00+00:00"  # (its metadata's time, one form)
    assert doc.url == "https://www.example-news.com/world/troops-shift"
    assert doc.source == "Example News"
    assert (doc.format, doc.encoding) == ("html", "utf-8")


def test_a_page_without_article_keeps_its_headline_as_its_first_line(tmp_path: Path) -> None:
    """The extraction kept an <h1> inside <article> as the text's first line and dropped one
    outside it: such a page's version of a wire story showed the headline as cut."""
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    head = "<html><head><title>Troops to shift role in Iraq | Example</title></head><body>"
    bare = read_document(
        write(tmp_path / "bare.html", f"{head}<h1>Troops to shift role in Iraq</h1>{body}")
    )
    wrapped = read_document(
        write(
            tmp_path / "wrapped.html",
            f"{head}<article><h1>Troops to shift role in Iraq</h1>{body}</article>",
        )
    )
    assert bare.text == wrapped.text == "\n".join(["Troops to shift role in Iraq", *ARTICLE])
    # An <h1> that is not the page's headline (a site's name) is not made the first line.
    logo = read_document(
        write(tmp_path / "logo.html", f"{head}<h1>Example News</h1><article>{body}</article>")
    )
    assert logo.text.split("\n", 1)[0] != "Example News"


@pytest.mark.parametrize("simple", [False, True])
def test_web_page_entities_are_decoded_once(tmp_path: Path, simple: bool) -> None:
    """trafilatura unescaped text lxml had already decoded: "&amp;lt;b&amp;gt;" and
    "AT&amp;amp;T" read "<b>" and "AT&T", in the text and the metadata. ``simple``: a page
    too big for trafilatura, whose metadata still comes from it."""
    said = " Authors write &amp;lt;b&amp;gt; and AT&amp;amp;T &eacute;."
    page = (
        HOSTILE_PAGE.replace("Troops to shift role in Iraq", "AT&amp;amp;T &amp;lt;b&amp;gt; tags")
        .replace("Jane Doe", "Bo &amp;amp; Jo")
        .replace("Example News", "Q&amp;amp;A News")
        .replace("/world/troops-shift", "/a?b=1&amp;c=2")
        .replace(ARTICLE[1], ARTICLE[1] + said)
    )
    options = ReaderOptions(html_max_chars=100) if simple else ReaderOptions()
    doc = read_document(write(tmp_path / "page.html", page), options=options)
    assert "Authors write &lt;b&gt; and AT&amp;T \u00e9." in doc.text
    assert doc.title.startswith("AT&amp;T &lt;b&gt; tags")
    assert doc.source == "Q&amp;A News"
    assert doc.url == "https://www.example-news.com/a?b=1&c=2"
    if not simple:
        assert doc.byline == "Bo &amp; Jo"


def test_a_page_writing_the_stand_in_as_an_entity_keeps_it(tmp_path: Path) -> None:
    """The stand-in for "&" was chosen among characters the raw page does not hold, but a
    page writing it as "&#x2e3b;" holds it once parsed: "Page ⸻ dash" read "Page & dash"."""
    page = HOSTILE_PAGE.replace(ARTICLE[1], ARTICLE[1] + " A long dash &#x2e3b; and AT&amp;T.")
    doc = read_document(write(tmp_path / "page.html", page))
    assert "A long dash \u2e3b and AT&T." in doc.text


def test_a_control_character_reference_in_a_page_is_dropped_as_the_character_is(
    tmp_path: Path,
) -> None:
    """ "&#12;" (a page break in a page converted from text), "&#1;" or "&#xFFFE;" refused
    the whole page: lxml decoded the reference, then would not store the text holding it
    ("could not be parsed (ValueError)"). Written as such, these characters are dropped."""
    refs = " Form &#12;feed &#1;and &#x1f;non&#xFFFE;char&#xFFFF;acters."
    page = HOSTILE_PAGE.replace(ARTICLE[1], ARTICLE[1] + refs).replace(
        'content="Jane Doe"', 'content="Jane&#12; Doe"'
    )
    doc = read_document(write(tmp_path / "page.html", page))
    assert ARTICLE[1] + " Form feed and noncharacters." in doc.text
    assert doc.title == "Troops to shift role in Iraq"


def test_a_frameset_pages_noframes_article_and_a_template_read_as_a_browser_shows_them(
    tmp_path: Path,
) -> None:
    """<noframes> markup was read as text ("<body><p>The minister…"); <template> content
    (inert, never shown) was article text, and the title when it came first."""
    body = " ".join(ARTICLE)
    frames = (
        "<html><head><title>Talks resume</title></head><frameset cols='100%'>"
        "<frame src='a.html'></frameset><noframes><body><p>"
        f"{body}</p><p><b>Second</b> paragraph.</p></body></noframes></html>"
    )
    doc = read_document(write(tmp_path / "frames.html", frames))
    assert doc.text == f"{body}\nSecond paragraph." and "<" not in doc.text
    template = (
        "<html><body><article><template><p>TEMPLATE PLACEHOLDER {{name}}</p></template>"
        f"<p>{body}</p></article></body></html>"
    )
    doc = read_document(write(tmp_path / "template.html", template))
    assert doc.text == body and "TEMPLATE" not in doc.title
    # two noframes inside the frameset, a template in one of them: one body, both read
    frames = (
        "<html><head><title>Talks resume</title></head><frameset><frame src='a.html'>"
        f"<noframes><template><p>TEMPLATE {{{{name}}}}</p></template><p>{body}</p></noframes>"
        "<noframes><p>Second block.</p></noframes></frameset></html>"
    )
    doc = read_document(write(tmp_path / "two.html", frames))
    assert doc.text == f"{body}\nSecond block."


# A story long enough in paragraphs that trafilatura reads those alone (with few, it reads
# a <div>'s text too).
STORY = "".join(f"<p>{p}</p>" for p in ARTICLE * 3)
# What an error of records without a text field says of the names read as text
READ_AS_TEXT = "read as text: text, body, content, article, full_text, fulltext and 16 more"


def test_text_in_a_box_of_the_article_is_read_as_a_paragraph(tmp_path: Path) -> None:
    """A live update, an editor's note and a correction written in a <div>, a <section> or
    an <aside> inside <article>, not in a <p>, were left out of the text, so their adding
    and their removal between two captures of a page were not seen; the page's share bar,
    related links and asides outside the article stay out."""
    page = (
        "<html><head><title>Troops stay</title></head><body><main><article>"
        "<h1>Troops stay</h1><div class='live-update'><strong>UPDATE 7:50 a.m.:</strong> "
        "One more unit arrived overnight.</div>"
        f"{STORY}<section><em>Editor's note:</em> An earlier version gave the wrong date."
        "<p>It was Thursday.</p>Officials confirmed it.</section>"
        "<aside class='correction'>Correction: the minister is Ali Hassan.</aside>"
        "<div class='share-bar'>Share this article: <a href='#'>Facebook</a></div>"
        "<aside><h2>More stories</h2><ul><li><a href='/a'>Talks resume in Geneva today</a>"
        "</li><li><a href='/b'>Storm season: how to prepare</a></li></ul></aside>"
        "</article><aside>ASIDE OUTSIDE the article</aside></main></body></html>"
    )
    doc = read_document(write(tmp_path / "page.html", page))
    lines = doc.text.split("\n")
    assert lines[:2] == ["Troops stay", "UPDATE 7:50 a.m.: One more unit arrived overnight."]
    assert lines[-4:] == [
        "Editor's note: An earlier version gave the wrong date.",
        "It was Thursday.",
        "Officials confirmed it.",
        "Correction: the minister is Ali Hassan.",
    ]
    for furniture in ("Share", "More stories", "Geneva", "ASIDE"):
        assert furniture not in doc.text


def test_a_time_s_text_stands_where_the_page_shows_it(tmp_path: Path) -> None:
    """trafilatura drops every <time>: a dateline "Published <time>…</time> · Updated
    <time>…</time>" read "Published · Updated" in every capture of a page. Its text is
    read in place, and the page's date is still read from it (its datetime, or its text)."""
    dateline = (
        "<p>Published <time datetime='2021-07-26T10:00:00Z'>July 26, 2021 10:00</time> · "
        "Updated <time>July 27, 2021 <b>08:15</b></time></p>"
    )
    page = f"<html><body><article><h1>Troops stay</h1>{dateline}{STORY}</article></body></html>"
    doc = read_document(write(tmp_path / "page.html", page))
    assert doc.text.split("\n")[1] == "Published July 26, 2021 10:00 · Updated July 27, 2021 08:15"
    assert doc.date == "2021-07-26"  # (its datetime)
    bare = page.replace(" datetime='2021-07-26T10:00:00Z'", "")
    assert read_document(write(tmp_path / "bare.html", bare)).date == "2021-07-26"  # (its text)


def test_an_inline_quote_reads_as_the_page_shows_it(tmp_path: Path) -> None:
    """A browser shows a <q> in quotation marks, in its line; trafilatura broke the line
    after it and dropped the marks ("The minister said we will not cut\non Monday."), and
    the quotation was no quotation to the stories' rule (``stories.quotes``)."""
    said = (
        "<p>The minister said <q>we will not cut, <q>not now</q>, <b>nor</b> later</q>"
        " on Monday. <q></q>Then he left.</p>"
    )
    page = f"<html><body><article><h1>Troops stay</h1>{said}{STORY}</article></body></html>"
    doc = read_document(write(tmp_path / "page.html", page))
    line = "The minister said “we will not cut, ‘not now’, nor later” on Monday. “”Then he left."
    assert doc.text.split("\n")[1] == line
    assert html_to_text(said, page=True) == line  # (the simple extractor: a page too big)


def test_web_page_in_declared_legacy_charset(tmp_path: Path) -> None:
    page = HOSTILE_PAGE.replace('charset="utf-8"', 'charset="windows-1252"').replace(
        "Washington's", "Washington\u2019s \u201cofficial\u201d"
    )
    doc = read_document(write(tmp_path / "legacy.htm", page.encode("cp1252")))
    assert "Washington\u2019s \u201cofficial\u201d combat" in doc.text
    assert doc.encoding == "windows-1252"


@pytest.mark.parametrize("declared", ["utf-16", "UTF-16LE"])
def test_a_page_s_meta_declaring_utf16_is_not_believed(tmp_path: Path, declared: str) -> None:
    """A Latin-1 page whose meta tag said UTF-16 (even in length) decoded as UTF-16, into
    CJK nonsense: "no article text found". Browsers read a declared UTF-16 as UTF-8 (the
    HTML standard); bytes that are no UTF-8 are guessed as any page's."""
    page = HOSTILE_PAGE.replace('charset="utf-8"', f'charset="{declared}"').replace(
        "Washington's", "Washington's caf\u00e9 na\u00efve"
    )
    data = page.encode("latin-1")
    doc = read_document(write(tmp_path / "lying.html", data + b" " * (len(data) % 2)))
    assert "Washington's caf\u00e9 na\u00efve combat" in doc.text
    assert doc.encoding in ("windows-1252", "iso-8859-1")


@pytest.mark.parametrize("name", ["article.php", "article.txt", "article"])
@pytest.mark.parametrize("prolog", ["", "\ufeff", '<?xml version="1.0" encoding="utf-8"?>\n'])
def test_page_saved_without_html_extension_is_read_as_a_page(
    tmp_path: Path, name: str, prolog: str
) -> None:
    """... with a byte order mark or an XML declaration before it too: a page so saved was
    read as text, its markup, script and menus as words, its title its doctype (a probe)."""
    doc = read_document(write(tmp_path / name, prolog + HOSTILE_PAGE))
    assert doc.format == "html"
    assert "SCRIPTTEXT" not in doc.text


def test_json_lines_with_1000_records_yields_1000_documents(tmp_path: Path) -> None:
    lines = [
        json.dumps({"title": f"Story {n}", "text": f"Article number {n}. {ARTICLE[n % 3]}"})
        for n in range(1, 1001)
    ]
    feed = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    result = load_paths([tmp_path])
    assert result.problems == []
    assert len(result.documents) == 1000
    assert [d.item for d in result.documents] == list(range(1, 1001))
    assert result.documents[16].path == tmp_path / "feed.jsonl#17"
    assert result.documents[16].file == feed
    assert result.documents[16].title == "Story 17"
    assert result.documents[999].text.startswith("Story 1000\n\nArticle number 1000. ")


def test_one_record_of_a_feed_is_read_by_its_path(tmp_path: Path) -> None:
    lines = [json.dumps({"body": f"Article {n}. {ARTICLE[0]}"}) for n in range(3)]
    feed = write(tmp_path / "feed.jsonl", "\n".join(lines))
    assert read_document(tmp_path / "feed.jsonl#2").text.startswith("Article 1. ")
    with pytest.raises(ReadError) as many:
        read_document(feed)
    assert many.value.code == E.MANY_ARTICLES
    assert "feed.jsonl#1" in many.value.hint
    with pytest.raises(ReadError) as missing:
        read_document(tmp_path / "feed.jsonl#9")
    assert missing.value.code == E.NOT_FOUND


def test_json_feed_object_with_nested_source_and_dates(tmp_path: Path) -> None:
    feed = {
        "status": "ok",
        "articles": [
            {
                "source": {"id": "reuters", "name": "Reuters"},
                "author": ["Idrees Ali", "Phil Stewart"],
                "title": "US set to formalize readjustment of troop role in Iraq",
                "url": "https://www.reuters.com/world/x",
                "publishedAt": "2021-07-23T18:01:00Z",
                "content": ARTICLE[0],
            },
            {"content": ARTICLE[1], "published": "Fri, 23 Jul 2021 18:01:00 GMT", "url": "x"},
            {"content": ARTICLE[2], "date": 1627063260},
        ],
    }
    docs = read_documents(write(tmp_path / "news.json", json.dumps(feed)))
    assert [d.path.name for d in docs] == ["news.json#1", "news.json#2", "news.json#3"]
    assert docs[0].source == "Reuters"
    assert docs[0].byline == "Idrees Ali, Phil Stewart"
    assert docs[0].date == "2021-07-23T18:01:00+00:00"
    assert docs[1].date == "2021-07-23T18:01:00+00:00"
    assert docs[2].date == "2021-07-23T18:01:00+00:00"
    assert docs[0].format == "json"


def test_single_json_article_keeps_the_file_path(tmp_path: Path) -> None:
    path = write(tmp_path / "one.json", json.dumps({"headline": "H", "body": ARTICLE[0]}))
    doc = read_document(path)
    assert (doc.path, doc.item, doc.title, doc.text) == (path, 0, "H", f"H\n\n{ARTICLE[0]}")


def test_field_names_can_be_set(tmp_path: Path) -> None:
    rows = [{"hed": "Custom", "story_body": ARTICLE[0], "paper": "The Daily"}]
    path = write(tmp_path / "custom.json", json.dumps(rows))
    with pytest.raises(ReadError) as default:
        read_document(path)
    assert default.value.code == E.NO_ARTICLES
    options = ReaderOptions(
        fields=FieldMap(text=("story_body",), title=("hed",), source=("paper",))
    )
    doc = read_document(path, options=options)
    assert (doc.title, doc.text, doc.source) == ("Custom", f"Custom\n\n{ARTICLE[0]}", "The Daily")
    assert load_paths([path], options=options).documents == [doc]


def test_csv_rows_semicolons_quotes_and_missing_text(tmp_path: Path) -> None:
    csv_text = (
        "Headline;Body;Outlet;Date\n"
        f'"First, with comma";"{ARTICLE[0]}";BBC;2021-07-23\n'
        ';"";BBC;2021-07-24\n'
        f'Third;"{ARTICLE[2]}\nsecond line";CNN;24.07.2021\n'
    )
    result = load_paths([write(tmp_path / "rows.csv", csv_text)])
    assert [d.path.name for d in result.documents] == ["rows.csv#1", "rows.csv#3"]
    first, third = result.documents
    assert (first.title, first.text, first.source, first.date) == (
        "First, with comma", f"First, with comma\n\n{ARTICLE[0]}", "BBC", "2021-07-23",
    )  # fmt: skip
    assert third.text == "Third\n\n" + ARTICLE[2] + "\nsecond line"
    assert third.date == "2021-07-24"
    assert [(p.path.name, p.code) for p in result.problems] == [("rows.csv#2", E.EMPTY)]


def test_csv_written_by_pythons_writer_with_quotes_in_the_text_keeps_its_rows(
    tmp_path: Path,
) -> None:
    """RFC 4180: a quote inside a field doubled. The dialect was guessed from the data, and
    articles quoting people made the guess drop the doubled quotes: two rows came apart into
    records titled ",Reuters" or "record has no text", the command exiting 0."""
    import csv
    import io

    quoted = '"We waited two days for help," said one shop owner in the town of Rivertown.'
    rows = [
        ["Flood\nwaters rise", f"{ARTICLE[0]}\n\n{ARTICLE[1]}\n\n{quoted}\n", "Reuters"],
        ["Other", f"{ARTICLE[0]}\n\n{ARTICLE[2]}\n\n{quoted}\n", "AP"],
    ]
    for name, delimiter in (("c.csv", ","), ("s.csv", ";")):
        out = io.StringIO()
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerows([["title", "text", "source"], *rows])
        result = load_paths([write(tmp_path / name, out.getvalue())])
        assert not result.problems
        docs = result.documents
        assert [(d.title, d.source) for d in docs] == [
            ("Flood waters rise", "Reuters"),  # a title's line break is a space
            ("Other", "AP"),
        ]
        assert [d.text for d in docs] == [
            f"{d.title}\n\n{r[1].strip()}" for d, r in zip(docs, rows, strict=True)
        ]
    # A space after each comma (as some exports write): the sniffer found it, and a quoted
    # field after the space ran on past its first comma into the outlet's column.
    spaced = 'title, text, source\r\n"Storm kills 60", "A storm swept in, killing 60.", Reuters\r\n'
    (doc,) = load_paths([write(tmp_path / "spaced.csv", spaced)]).documents
    assert (doc.title, doc.text, doc.source) == (
        "Storm kills 60",
        "Storm kills 60\n\nA storm swept in, killing 60.",
        "Reuters",
    )


def test_csv_without_a_text_column_names_its_columns(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "x.tsv", "id\tscore\n1\t2\n"))
    assert err.value.code == E.NO_ARTICLES
    assert "id, score" in err.value.reason


def test_a_monitoring_exports_text_column_and_field_are_read(tmp_path: Path) -> None:
    """A media-monitoring tool's CSV names its text column "Full Text" (its "Hit Sentence" a
    snippet), a JSON export of "articles" each article's text "articleBody": neither was read
    — "no text column", "no article text in 20 records" — and 60 clips never reached the
    pickup count (a PR agency analyst's walkthrough)."""
    header = "Date,Time,Headline,URL,Source,Country,Reach,AVE,Sentiment,Hit Sentence,Full Text"
    row = (
        '03-Dec-2026,06:00 PM,"Storm kills 60",https://x.example/1,Gazette,UK,4834,55.00,'
        f'Neutral,"A storm swept in…","{ARTICLE[0]}"'
    )
    (clip,) = load_paths([write(tmp_path / "clips.csv", f"{header}\n{row}\n")]).documents
    assert clip.text == f"Storm kills 60\n\n{ARTICLE[0]}"
    pulled = {"status": "ok", "articles": [{"title": "Storm kills 60", "articleBody": ARTICLE[0]}]}
    (item,) = load_paths([write(tmp_path / "pull.json", json.dumps(pulled))]).documents
    assert item.text == f"Storm kills 60\n\n{ARTICLE[0]}"
    # (and written otherwise: "full-text", "FULLTEXT", "Article Body")
    for name in ("full-text", "FULLTEXT", "Article Body", "body_text"):
        doc = read_document(write(tmp_path / "n.csv", f'title,{name}\n"T","{ARTICLE[0]}"\n'))
        assert doc.text == f"T\n\n{ARTICLE[0]}", name


def test_csv_without_a_text_column_names_every_column(tmp_path: Path) -> None:
    """The error cut the column list after six, "Full Text" the eleventh, with no "…"; and
    its hint sent an app user to "--field text=NAME on the command line", an option the app
    refuses (a PR agency analyst's walkthrough): it says what to rename first."""
    header = "Date,Time,Headline,URL,Source,Country,Reach,AVE,Sentiment,Hit Sentence,Clip Copy"
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "clips.csv", f"{header}\n1,2,3,4,5,6,7,8,9,10,11\n"))
    columns = header.replace(",", ", ")
    assert err.value.reason == f"no text column (columns: {columns}; {READ_AS_TEXT})"
    assert err.value.hint.startswith("rename the column or field holding the text")
    wide = ",".join(f"c{i}" for i in range(100))
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "wide.csv", f"{wide}\n{wide}\n"))
    assert err.value.reason.endswith(f", c39 and 60 more; {READ_AS_TEXT})")


@pytest.mark.parametrize(
    ("day", "time", "date"),
    [
        ("03-Dec-2026", "06:00 PM", "2026-12-03T18:00:00"),
        ("2026-12-03", "18:05", "2026-12-03T18:05:00"),
        ("3 December 2026", "6:05 p.m.", "2026-12-03T18:05:00"),
        ("03.12.2026", "18h30", "2026-12-03T18:30:00"),
        ("2026-12-03", "09:15:02 UTC", "2026-12-03T09:15:02+00:00"),
        ("2026-12-03 00:00:00", "12:30 AM", "2026-12-03T00:30:00"),  # (a spreadsheet's)
        # not a time of day, or a day with its own time: as it was
        ("2026-12-03", "25:00", "2026-12-03"),
        ("2026-12-03", "13:00 PM", "2026-12-03"),
        ("2026-12-03", "45 min", "2026-12-03"),
        ("2026-12-03", "2026-12-04", "2026-12-03"),
        ("2026-12-03T10:00:00+01:00", "18:00", "2026-12-03T10:00:00+01:00"),
        ("n/a", "18:00", ""),
    ],
)
def test_a_records_date_and_time_columns_are_its_time(
    tmp_path: Path, day: str, time: str, date: str
) -> None:
    """A monitoring tool's export gives each clip's day and time in two columns ("Date"
    "03-Dec-2026", "Time" "06:00 PM"): its clips were dated by the day in the file's name, a
    morning's 40 pickups in no order (a PR agency analyst's walkthrough). A time of day
    alone, in a column of its own, is the day's time; anything else leaves the day as it
    is."""
    rows = f'Date,Time,Headline,Full Text\n"{day}","{time}",Storm,"{ARTICLE[0]}"\n'
    pulled = [{"date": day, "time": time, "text": ARTICLE[0]}]
    for name, content in (("clips.csv", rows), ("pull.json", json.dumps(pulled))):
        (clip,) = read_file(write(tmp_path / name, content))
        assert isinstance(clip, Document)
        if date:
            assert clip.date == date, name
        else:  # (no day: the file's time, not "18:00" of no day)
            assert clip.date_source == "file time", name


def test_json_without_a_text_field_names_its_fields(tmp_path: Path) -> None:
    """A news API's pull whose articles keep their text in "storyContent" said "no article
    text in 20 records (looked for text, body, content, article…)": not a field it had, and
    four of the names read as text (a PR agency analyst's walkthrough). It names the file's
    fields, each once, in their order, and the names read as text."""
    article = {"title": "Storm kills 60", "source": {"name": "Gazette"}, "storyContent": "x"}
    pulled = {"status": "ok", "articles": [article, {**article, "link": "https://x.example"}]}
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "pull.json", json.dumps(pulled)))
    assert str(err.value).startswith(f"{tmp_path / 'pull.json'}: no article text in 2 records")
    fields = "title, source, storyContent, link"
    assert (
        err.value.reason == f"no article text in 2 records (their fields: {fields}; {READ_AS_TEXT})"
    )
    # one article object (no list of records), and a record of a JSON lines file
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "one.json", json.dumps(article)))
    assert err.value.reason == (
        "no articles found in the JSON (no text field and no list of records; its fields:"
        f" title, source, storyContent; {READ_AS_TEXT})"
    )
    lines = [json.dumps({"text": ARTICLE[0]}), json.dumps(article)]
    items = read_file(write(tmp_path / "feed.jsonl", "\n".join(lines)))
    (error,) = [i for i in items if isinstance(i, ReadError)]
    assert (error.path.name, error.reason) == (
        "feed.jsonl#2",
        f"record has no text (its fields: title, source, storyContent; {READ_AS_TEXT})",
    )


def test_csv_with_two_columns_of_one_name_reads_the_first(tmp_path: Path) -> None:
    """The last "text" column replaced the first: the article was lost for a note."""
    csv_text = f'text,Text,title\n"{ARTICLE[0]}","second text col","T"\n'
    doc = read_document(write(tmp_path / "dup.csv", csv_text))
    assert doc.text == f"T\n\n{ARTICLE[0]}" and doc.title == "T"


def test_csv_columns_of_one_name_are_numbered_each_once(tmp_path: Path) -> None:
    """Each column of a repeated name tried every number from 2 up: 16,000 "text" columns
    (an 80 KB header) took 20 s. Found by fuzzing."""
    header = ",".join(["text", "a (2)", "a", "a"] + ["text"] * 20_000 + ["", "", "title"])
    doc = read_document(write(tmp_path / "wide.csv", f'{header}\n"{ARTICLE[0]}"\n'))
    assert doc.text == ARTICLE[0]
    from wirediff.core.reading.csvfile import _distinct

    names = _distinct(header.split(","))
    assert names[:4] == ["text", "a (2)", "a", "a (3)"] and names[-1] == "title"
    assert names[4] == "text (2)" and names[20_003] == "text (20001)"
    assert names[-3:-1] == ["", " (2)"] and len(set(names)) == len(names)


def test_a_page_keeps_its_zero_width_joiners_as_a_text_does(tmp_path: Path) -> None:
    """The web-page reader dropped U+200C and U+200D (trafilatura's clean-up takes them for
    unprintable): Persian spells with the one (می‌خواهم), an emoji family is made with the
    other; the same text as .txt and .html compared 89% alike. Found by fuzzing."""
    from wirediff.core.reading.webpage import _STAND_INS

    said = "Persian: می\u200cخواهم. Family 👨\u200d👩\u200d👧. " + ARTICLE[0]
    page = f"<html><body><article><p>{said}</p><p>AT&amp;amp;T</p></article></body></html>"
    text = read_document(write(tmp_path / "a.txt", said)).text
    html = read_document(write(tmp_path / "a.html", page)).text
    assert html.startswith(text) and html.endswith("AT&amp;T")
    assert all(c.isprintable() for c in _STAND_INS)


def local_clock(iso: str) -> str:
    """A time in UTC as the clock reads where the tests run (as a Word file's is read)."""
    from datetime import datetime

    return datetime.fromisoformat(iso).astimezone().isoformat(timespec="seconds")


def test_docx_paragraphs_tables_and_properties(tmp_path: Path) -> None:
    data = make_docx(ARTICLE, title="Word title", creator="Jane Doe", table=("cell A", "cell B"))
    doc = read_document(write(tmp_path / "w.docx", data))
    assert doc.text == "\n\n".join([*ARTICLE, "cell A \tcell B"])  # a row: a line
    made = local_clock("2021-07-26T10:00:00+00:00")  # (Word's UTC, as the clock reads here)
    assert (doc.title, doc.byline, doc.date, doc.format) == (
        "Word title", "Jane Doe", made, "docx",
    )  # fmt: skip


@pytest.mark.parametrize(
    ("created", "date"),
    [
        ("2026-03-05T12:40:00Z", local_clock("2026-03-05T12:40:00+00:00")),  # that day
        ("2026-02-20T09:00:00Z", "2026-03-05"),  # a template's day: the header's day alone
    ],
)
def test_a_word_files_time_refines_its_headers_day(tmp_path: Path, created: str, date: str):
    """A site's evening edition saved from Word, its header giving the day alone, came
    before the morning edition's page (08:15): the property's time was thrown away (a
    walkthrough)."""
    paragraphs = ["Market fire: six in hospital", "March 5, 2026", *ARTICLE]
    doc = read_document(write(tmp_path / "w.docx", make_docx(paragraphs, created=created)))
    assert doc.date == date


def test_a_word_files_stale_stored_title_gives_way_to_its_headline(tmp_path: Path) -> None:
    """A reporter's draft kept its template's title, "Halden results", over its headline
    "Greens gain as Social Democrats hold Halden council" (a wire-desk editor). A stored
    title the text holds stays, and so does one over a text opening with no headline."""
    headline = "Greens gain as Social Democrats hold Halden council"
    data = make_docx([headline, *ARTICLE], title="Halden results")
    assert read_document(write(tmp_path / "a.docx", data)).title == headline
    data = make_docx([headline, *ARTICLE], title="Social Democrats hold Halden council")
    assert read_document(write(tmp_path / "b.docx", data)).title == (
        "Social Democrats hold Halden council"
    )
    data = make_docx(ARTICLE, title="Halden results")  # (its first line a sentence)
    assert read_document(write(tmp_path / "c.docx", data)).title == "Halden results"
    data = make_docx(["By Maria Keller, Northern Press Agency", *ARTICLE], title="Iraq")
    assert read_document(write(tmp_path / "d.docx", data)).title == "Iraq"


_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"


def _text_box(choice: list[str], fallback: list[str]) -> str:
    """A paragraph holding a text box as Word 2010 writes it: a drawing in ``mc:Choice`` and
    VML in ``mc:Fallback``, each of those paragraphs (in a run of the outer paragraph)."""

    def content(paragraphs: list[str]) -> str:
        inner = "".join(f"<w:p><w:r><w:t>{p}</w:t></w:r></w:p>" for p in paragraphs)
        return f"<w:txbxContent>{inner}</w:txbxContent>"

    return (
        f'<w:p><w:r><w:t>Box:</w:t></w:r><w:r><mc:AlternateContent xmlns:mc="{_MC}">'
        f'<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="urn:wps">{content(choice)}'
        "</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict>"
        f'<v:textbox xmlns:v="urn:v">{content(fallback)}</v:textbox></w:pict></mc:Fallback>'
        "</mc:AlternateContent></w:r></w:p>"
    )


def test_a_word_text_box_is_read_once_its_paragraphs_apart(tmp_path: Path) -> None:
    """Word writes a text box twice, as a drawing (``mc:Choice``) and as VML for older
    readers (``mc:Fallback``), and shows one: every sidebar was read twice, glued
    ("…air strikes.Sidebar: …"), and its paragraphs ran together."""
    box = ["Sidebar: the mission began in 2014.", "It ends this year."]
    xml = _text_box(box, box) + _text_box([], ["Only the fallback."])
    doc = read_document(write(tmp_path / "box.docx", make_docx(ARTICLE[:1], xml=xml)))
    assert doc.text == "\n\n".join(
        [ARTICLE[0], "Box:\n" + "\n".join(box), "Box:\nOnly the fallback."]
    )


def test_docx_with_an_entity_bomb_is_refused(tmp_path: Path) -> None:
    import zipfile

    bomb = '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><w:document/>'
    with zipfile.ZipFile(tmp_path / "bomb.docx", "w") as z:
        z.writestr("word/document.xml", bomb)
    with pytest.raises(ReadError) as err:
        read_document(tmp_path / "bomb.docx")
    assert err.value.code == E.MALFORMED


def test_a_word_files_broken_properties_lose_its_title_not_its_text(tmp_path: Path) -> None:
    """An ill-formed docProps/core.xml (title, author, date) made the whole file unreadable;
    a DTD there is still refused, as anywhere."""
    import zipfile

    whole = write(tmp_path / "w.docx", make_docx(ARTICLE, title="Word title"))
    for name, core in (("broken.docx", "<cp:coreProperties><dc:title>T"), ("dtd.docx", None)):
        with zipfile.ZipFile(whole) as source, zipfile.ZipFile(tmp_path / name, "w") as z:
            for item in source.infolist():
                data = source.read(item)
                if item.filename == "docProps/core.xml":
                    data = (core or '<!DOCTYPE x [<!ENTITY a "a">]><x/>').encode()
                z.writestr(item, data)
    doc = read_document(tmp_path / "broken.docx")
    assert doc.text.startswith(ARTICLE[0]) and doc.title != "Word title"
    with pytest.raises(ReadError, match="DTD or entity declaration"):
        read_document(tmp_path / "dtd.docx")


def test_a_word_file_cut_short_is_said_damaged(tmp_path: Path) -> None:
    """The first half of a Word file (a download cut short) was "it is a ZIP archive"."""
    data = make_docx(ARTICLE * 20, title="Word title")
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "cut.docx", data[: len(data) // 2]))
    assert err.value.reason == "damaged Word file: its ZIP container is cut short or broken"


def test_a_word_file_cut_before_its_text_is_said_damaged(tmp_path: Path) -> None:
    """Cut in its first part, "[Content_Types].xml", before the document part's name: it
    was "it is a ZIP archive" (a German desk's walkthrough); a ZIP of other files still is."""
    data = make_docx(ARTICLE * 20, title="Word title")
    cut = data[: data.index(b"[Content_Types].xml") + 60]
    assert b"word/" not in cut
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "cut.docx", cut))
    assert err.value.reason == "damaged Word file: its ZIP container is cut short or broken"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as z:
        z.writestr("photos/one.jpg", b"\xff\xd8" * 200)
    with pytest.raises(ReadError, match="ZIP archive"):
        read_document(write(tmp_path / "photos.docx", archive.getvalue()[:150]))


@pytest.mark.parametrize(
    ("name", "data", "reason", "hint"),
    [
        ("draft.docx", "\n\n".join(ARTICLE), "not a Word .docx file: it holds plain text", ".txt"),
        ("notes.pdf", "Notes\n\nمتن اردو میں۔\n".encode("utf-16"), "not a PDF file: it holds "
         "plain text", ".txt"),
        ("old.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "not a Word .docx file: "
         "it is an old Office document (.doc/.xls), or an encrypted .docx",
         "save it again as .docx"),
        ("photo.pdf", b"\x89PNG\r\n\x1a\n" + bytes(64), "not a PDF file: it is a PNG image",
         "PDF viewer"),
        ("zip.docx", b"PK\x03\x04" + bytes(64), "not a Word .docx file: it is a ZIP archive",
         "save it again as .docx"),
        ("noise.pdf", bytes(range(256)) * 8, "not a PDF file", "PDF viewer"),
        # a one-line text named .html "may need JavaScript" (a media-monitoring analyst's
        # walkthrough); "<" with no tag after it is text too
        ("longline.html", " ".join(ARTICLE * 40), "not a web page (HTML): it holds plain "
         "text", ".txt"),
        ("prices.html", "Prices < 5% in 2024 and x<3.\n\n北京电 物价上涨。\n\nالأسعار ارتفعت.\n",
         "not a web page (HTML): it holds plain text", ".txt"),
    ],
)  # fmt: skip
def test_a_file_not_of_its_names_format_says_what_it_holds(
    tmp_path: Path, name: str, data: str | bytes, reason: str, hint: str
) -> None:
    """A text file saved under a .docx or .pdf name was called "encrypted?": the message
    says what the file holds, and a text file is told to be renamed (under .html too)."""
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / name, data))
    assert (err.value.code, err.value.reason) == (E.MALFORMED, reason)
    assert hint in err.value.hint


WORD = make_docx(ARTICLE, title="Word title")
PAPER = make_pdf([ARTICLE])


@pytest.mark.parametrize(
    ("name", "data", "code", "reason", "ending"),
    [
        # a saved page named .pdf was told "it holds plain text": renamed .txt, its
        # markup would have been read as words
        ("page.pdf", HOSTILE_PAGE, E.MALFORMED, "not a PDF file: it is a web page (HTML)", ".html"),
        ("page.docx", "\ufeff" + HOSTILE_PAGE, E.MALFORMED,
         "not a Word .docx file: it is a web page (HTML)", ".html"),
        ("word.pdf", WORD, E.MALFORMED, "not a PDF file: it is a Word document (.docx)", ".docx"),
        ("paper.docx", PAPER, E.MALFORMED, "not a Word .docx file: it is a PDF document", ".pdf"),
        # a Word document named .txt was a "binary file (ZIP archive)", whatever it held
        ("word.txt", WORD, E.BINARY, "a Word document (.docx), not plain text", ".docx"),
        ("word.json", WORD, E.BINARY, "a Word document (.docx), not plain text", ".docx"),
        ("paper.md", PAPER, E.BINARY, "a PDF document, not plain text", ".pdf"),
    ],
)  # fmt: skip
def test_a_file_of_a_format_read_under_another_ending_is_told_its_ending(
    tmp_path: Path, name: str, data: str | bytes, code: str, reason: str, ending: str
) -> None:
    """A Word document, a PDF or a web page under another format's ending says what it is
    and which ending reads it; renamed so, it reads."""
    path = write(tmp_path / name, data)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert (err.value.code, err.value.reason) == (code, reason)
    assert err.value.hint.startswith(f"rename it with the ending {ending} to read it as ")
    assert "2,500 US troops" in read_document(path.rename(path.with_suffix(ending))).text


def write_odt(path: Path) -> None:
    """An OpenDocument text at ``path``, as LibreOffice starts one."""
    import zipfile

    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")  # stored, first
        z.writestr("content.xml", "<office:document-content/>", zipfile.ZIP_DEFLATED)


def test_an_opendocument_text_under_a_pdf_name_is_told_to_be_renamed_odt(
    tmp_path: Path,
) -> None:
    """It was told to be saved again from a PDF viewer, which cannot open it; then, when
    .odt was refused, to be saved as .docx; .odt is read now."""
    path = tmp_path / "draft.pdf"
    write_odt(path)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason == "not a PDF file: it is an OpenDocument text (.odt)"
    assert err.value.hint == "rename it with the ending .odt to read it as an OpenDocument text"


@pytest.mark.parametrize("encoding", ["bogus", "utf-7", "rot13", "windows-1252", "utf-16"])
def test_docx_xml_in_any_declared_encoding_reads_or_is_malformed(
    tmp_path: Path, encoding: str
) -> None:
    import zipfile

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    xml = f'<?xml version="1.0" encoding="{encoding}"?><w:document xmlns:w="{w}"><w:body>'
    xml += "".join(f"<w:p><w:r><w:t>{p} Café.</w:t></w:r></w:p>" for p in ARTICLE)
    xml += "</w:body></w:document>"
    codec = {"bogus": "utf-8", "utf-7": "utf-8", "rot13": "utf-8"}.get(encoding, encoding)
    with zipfile.ZipFile(tmp_path / "w.docx", "w") as z:
        z.writestr("word/document.xml", xml.encode(codec))
    if codec != encoding:
        with pytest.raises(ReadError) as err:
            read_document(tmp_path / "w.docx")
        assert err.value.code == E.MALFORMED and "unknown encoding" in err.value.reason
    else:
        assert read_document(tmp_path / "w.docx").text == "\n\n".join(f"{p} Café." for p in ARTICLE)


def test_pdf_text_layer_pages_and_info(tmp_path: Path) -> None:
    pages = [["Troops to shift role", "The mission changes by the end of the year."],
             ["Officials said the move is a formality."]]  # fmt: skip
    data = make_pdf(pages, title="PDF Title", author="Press Office")
    doc = read_document(write(tmp_path / "p.pdf", data))
    assert doc.text == (
        "Troops to shift role\nThe mission changes by the end of the year.\n\n"
        "Officials said the move is a formality."
    )
    # (a stored title the text does not hold gives way to its headline: an e-edition's
    # "Northern Star e-edition p7" stood for the headline under its masthead)
    assert (doc.title, doc.byline, doc.date, doc.format) == (
        "Troops to shift role", "Press Office", "2021-07-26", "pdf",
    )  # fmt: skip
    held = make_pdf(pages, title="Troops to shift role", author="Press Office")
    assert read_document(write(tmp_path / "q.pdf", held)).title == "Troops to shift role"
    kept = make_pdf([["the mission changes by the end of the year."]], title="PDF Title")
    assert read_document(write(tmp_path / "r.pdf", kept)).title == "PDF Title"


@pytest.mark.parametrize(
    ("created", "day"),
    [
        ("(2021-07-26)", "2021-07-26"),  # ISO, as some generators write it
        ("(garbage)", ""),
        ("(D:2021133299999999)", ""),
        ("(D:20210726256161Z)", ""),
        ("(D:20210726100000+99'99')", ""),
        ("(D:20210230)", ""),  # pypdf: 2021-02-03
        ("(D:20211332)", ""),  # pypdf: 2021-01-03
        ("(D:2021)", ""),  # a year alone (pypdf: 2021-01-01)
        ("(D:20210726100000+02'00')", "2021-07-26"),
    ],
)
def test_a_pdf_date_that_is_no_day_costs_the_date_only(
    tmp_path: Path, created: str, day: str
) -> None:
    """A /CreationDate pypdf could not parse refused the whole PDF ("could not be parsed
    (ValueError)"); an impossible day it read as another ("D:20210230" as 2021-02-03)."""
    info = f"<< /Title (PDF Title) /Author (Press Office) /CreationDate {created} >>"
    doc = read_document(write(tmp_path / "p.pdf", make_pdf([ARTICLE], info=info)))
    assert doc.text.startswith(ARTICLE[0][:40])
    assert (doc.title, doc.byline, doc.published) == ("PDF Title", "Press Office", day)


@pytest.mark.parametrize(
    ("author", "byline"),
    [
        ("وام", ""),  # WAM's own file
        ("Reuters", ""),
        ("dpa", ""),
        ("Emirates News Agency", ""),
        ("jperez", ""),  # a login
        ("سارة المهيري", "سارة المهيري"),
        ("Jane Doe", "Jane Doe"),
    ],
)
def test_a_pdfs_outlet_or_login_is_no_byline(tmp_path: Path, author: str, byline: str) -> None:
    """As a .docx's: a PDF whose /Author named a news outlet (WAM's "وام") read "WAM · by
    وام", and a login ("jperez") "by jperez"; the text's own byline is read."""
    utf16 = "<FEFF" + author.encode("utf-16-be").hex().upper() + ">"
    info = f"<< /Title (PDF Title) /Author {utf16} /CreationDate (D:20210726) >>"
    doc = read_document(write(tmp_path / "wam_quake.pdf", make_pdf([ARTICLE], info=info)))
    assert doc.byline == byline


@pytest.mark.parametrize("title", ["1 0 R", "<< /A 1 >>", "/Name", "42", "[(a) (b)]"])
def test_a_pdf_title_that_is_no_text_is_no_title(tmp_path: Path, title: str) -> None:
    """A /Title leading to the catalog became the title in Python's notation, with a memory
    address ("{'/Type': '/Catalog', '/Pages': IndirectObject(2, 0, 1404…)}")."""
    info = f"<< /Title {title} /Author (Press Office) /CreationDate (D:20210726) >>"
    doc = read_document(write(tmp_path / "p.pdf", make_pdf([ARTICLE], info=info)))
    assert doc.title == first_line_title(doc.text) and "{" not in doc.title
    assert (doc.byline, doc.published) == ("Press Office", "2021-07-26")


def test_a_pdf_title_of_broken_utf16_keeps_its_letters(tmp_path: Path) -> None:
    """UTF-16 with a lone surrogate pypdf could not decode was read as Latin-1:
    "þÿ\x00TØ\x00…"."""
    info = "<< /Title <FEFF0054D80000410042> >>"
    doc = read_document(write(tmp_path / "p.pdf", make_pdf([ARTICLE], info=info)))
    assert doc.title == "T\ufffdAB"


def test_a_pdf_set_in_lines_reads_as_its_paragraphs(tmp_path: Path) -> None:
    """pypdf gives a line per printed line: every line end was a paragraph split against
    the same draft saved from Word ("paragraphs: 19 split"), and the page number a word."""
    import textwrap

    lines = ["Troops to shift role in Iraq"]
    for paragraph in ARTICLE:
        lines += textwrap.wrap(paragraph, 60)
    data = make_pdf([[*lines, "1"]])
    doc = read_document(write(tmp_path / "set.pdf", data))
    text = doc.text.replace("\u2019", "'")  # (the font's quote)
    assert text == "\n\n".join(["Troops to shift role in Iraq", *ARTICLE])


def test_a_pdf_paragraph_space_ends_a_paragraph_whose_last_line_is_full(tmp_path: Path) -> None:
    """A paragraph whose last line was as wide as the others ran on into the next: the text
    layer gives no blank line, only the space below the line tells."""
    import textwrap

    from wirediff.core.reading.pdf import reflowed

    lines: list[str | None] = ["Troops to shift role in Iraq", None]
    for paragraph in ARTICLE:
        lines += [*textwrap.wrap(paragraph, 55), None]
    full = [line for line in lines[2:-1] if line is not None and len(line) >= 0.8 * 55]
    last = [textwrap.wrap(p, 55)[-1] for p in ARTICLE]
    assert any(line in full for line in last)  # a last line the widths cannot tell
    doc = read_document(write(tmp_path / "spaced.pdf", make_pdf([lines])))
    text = doc.text.replace("\u2019", "'")
    assert text == "\n\n".join(["Troops to shift role in Iraq", *ARTICLE])
    # Without the lines' places (as before): the widths only, and one paragraph ran on.
    plain = "\n".join(line for line in lines if line is not None)
    assert reflowed(plain).count("\n\n") < len(ARTICLE)


def test_a_pdf_of_two_line_paragraphs_under_a_spaced_headline(tmp_path: Path) -> None:
    """Paragraphs of two lines have as many paragraph spaces as line steps: the median step
    was a paragraph's space, and they ran together (found by a re-check)."""
    paragraphs = [  # (each line nearly as wide as the widest: the widths cannot tell)
        (
            "The council approved the budget on Tuesday after a long and",
            "heated debate that lasted well into the night, it said.",
        ),
        (
            "Opposition members walked out before the final vote, saying",
            "the plan cut far too deeply into services for the elderly.",
        ),
        (
            "The mayor said the savings were needed to close a large gap",
            "of fourteen million euros left by lower tax receipts now.",
        ),
    ]
    lines: list[str | None] = ["Council approves budget after a walkout", None, None]
    for first, second in paragraphs:
        lines += [first, second, None, None]
    doc = read_document(write(tmp_path / "two.pdf", make_pdf([lines])))
    assert doc.text.split("\n\n") == [
        "Council approves budget after a walkout",
        *(f"{a} {b}" for a, b in paragraphs),
    ]


def test_a_pdf_pages_tabs_and_ligatures_are_words_and_letters() -> None:
    """A text layer with tabs between words was drawn as a grid of single words; "ﬁve"
    against "five" was a change that looks like none."""
    from wirediff.core.reading.pdf import reflowed

    page = (
        "Government\tcommits\tto\tmodernise\tregional\nrail\tnetwork\n"
        "The programme will renew the track and make the ﬁrst stations accessible to\n"
        "passengers with reduced mobility over the next ﬁve years, the oﬃce said in\n"
        "a statement on Monday.\n"
        "Work will begin in April and last fourteen months on the busiest of the lines.\n"
        "Page 2 of 7"
    )
    assert reflowed(page) == (
        "Government commits to modernise regional rail network\n\n"
        "The programme will renew the track and make the first stations accessible to "
        "passengers with reduced mobility over the next five years, the office said in "
        "a statement on Monday.\n\n"
        "Work will begin in April and last fourteen months on the busiest of the lines."
    )
    assert reflowed("A list\nof short\nlines") == "A list\nof short\nlines"  # no prose
    # A line opening with an address is no sentence's next word (it was joined to the
    # telephone number above it); blank lines already part a page's paragraphs.
    contact = (
        "Media enquiries go to the press office of the ministry of transport, every day\n"
        "from nine to five, and to the duty officer of the ministry's press service at\n"
        "the weekend and on public holidays, when the office is closed to the public for\n"
        "the weekend, as the ministry announced.\n"
        "+32 2 555 01 00\n"
        "press@mobility.example.gov"
    )
    assert reflowed(contact).endswith("announced.\n\n+32 2 555 01 00\n\npress@mobility.example.gov")
    parted = "One paragraph of the page\nthat runs on.\n\nAnother paragraph.\n"
    assert reflowed(parted) == "One paragraph of the page\nthat runs on.\n\nAnother paragraph."


def test_a_paragraph_a_page_break_cuts_is_one() -> None:
    """It was a paragraph split in two against the same text saved from Word."""
    from wirediff.core.reading.pdf import _joined

    pages = [("Work will begin in April and", False), ("is to last fourteen months.", False)]
    assert _joined(pages) == "Work will begin in April and is to last fourteen months."
    assert _joined([("It ends here.", True), ("A new one.", False)]) == (
        "It ends here.\n\nA new one."
    )
    # (a page whose last line is full, ending no sentence: whatever the next opens with)
    assert _joined([("the decision of Lady", True), ("Simler.", False)]) == (
        "the decision of Lady Simler."
    )
    assert _joined([("the decision of Lady", False), ("Simler.", False)]) == (
        "the decision of Lady\n\nSimler."
    )


@pytest.mark.parametrize(
    ("text", "codec", "shown"),
    [
        ("He said \u201cthe troops\u2019 role will change\u201d \u2013 officials.", "cp1252",
         "windows-1252"),
        ("Caf\u00e9 in M\u00fcnchen \u00e0 la fa\u00e7on, \u00bfqu\u00e9? \u00a9 2021", "latin-1",
         "windows-1252"),
        ("P\u0159\u00edli\u0161 \u017elu\u0165ou\u010dk\u00fd k\u016f\u0148 \u00fap\u011bl "
         "\u010f\u00e1belsk\u00e9 \u00f3dy. Praha, Brno a Ostrava.", "cp1250", "windows-1250"),
        ("Президент России заявил, что войска останутся в Ираке.", "koi8-r", "koi8-r"),
        ("Президент России заявил, что войска останутся в Ираке.", "cp1251", "windows-1251"),
        # Windows-1252 read Polish as "powiedzia³ … ¿o³nierze": symbols after letters.
        ("Prezydent powiedział we wtorek, że żołnierze pozostaną w Iraku do końca roku.",
         "cp1250", "windows-1250"),
        ("Prezydent powiedział we wtorek, że żołnierze pozostaną w Iraku do końca roku.",
         "iso8859-2", "iso8859-2"),
        # Short Western texts the detector read as MacIceland or Windows-1257.
        ("Nestlé® and Apple™ said “no”. " * 5, "cp1252", "windows-1252"),
        ("café naïve déjà " * 5, "latin-1", "windows-1252"),
    ],
)  # fmt: skip
def test_legacy_encodings_decode_correctly(
    tmp_path: Path, text: str, codec: str, shown: str
) -> None:
    doc = read_document(write(tmp_path / "legacy.txt", text.encode(codec)))
    assert doc.text == text
    assert doc.encoding == shown


@pytest.mark.parametrize(
    ("damage", "bad"),
    [
        (lambda raw: raw[:100] + b"\xe9" + raw[100:], 1),  # a Latin-1 "é" pasted in
        (lambda raw: raw + "é".encode()[:1], 1),  # the last character cut off
        (lambda raw: raw.replace(b"\xc3\xa9t", b"\xe9t", 3), 3),
    ],
)
def test_utf8_with_a_few_bad_bytes_stays_utf8(tmp_path: Path, damage, bad: int) -> None:  # type: ignore[no-untyped-def]
    """Decoded whole in the code page a detector guessed (ISO 8859-10), one bad byte made
    every accent of the article mojibake, silently; now the bad bytes are U+FFFD and the
    encoding says how many."""
    text = "Le président a déclaré qu'il était très préoccupé par la situation. " * 20
    doc = read_document(write(tmp_path / "damaged.txt", damage(text.encode())))
    assert doc.encoding == f"utf-8 ({bad} bad byte{'s' * (bad > 1)} replaced)"
    assert doc.text.count("\ufffd") == bad and doc.text.count("président") >= 19


@pytest.mark.parametrize("stray", [b"\xff", b"\xe9", b"\xff\x80"])
def test_a_stray_byte_in_an_article_with_few_accents_stays_utf8(
    tmp_path: Path, stray: bytes
) -> None:
    """An English article with nine curly quotes and one stray byte fell short of the
    ten-per-bad-byte rule and was decoded whole as Mac-Iceland: "Washington‚Äôs"."""
    text = "Washington\u2019s \u201cofficial\u201d combat role ends, officials said. " * 3
    raw = text[:30].encode() + stray + text[30:].encode()
    doc = read_document(write(tmp_path / "stray.txt", raw))
    bad = len(stray)
    assert doc.encoding == f"utf-8 ({bad} bad byte{'s' * (bad > 1)} replaced)"
    assert doc.text == text[:30] + "\ufffd" * bad + text[30:]


def _cesu(code: int) -> bytes:
    """One UTF-16 code unit (a surrogate) written as UTF-8 writes a character: CESU-8."""
    return bytes([0xE0 | code >> 12, 0x80 | (code >> 6) & 0x3F, 0x80 | code & 0x3F])


def test_utf8_with_surrogates_written_one_by_one_is_utf8(tmp_path: Path) -> None:
    """An emoji as Java's modified UTF-8 or MySQL's old "utf8" write it (its two surrogates
    each encoded): the whole file was Mac-Iceland, every curly quote mojibake, seven changes
    against its clean copy (found by fuzzing). The pair is the emoji; a lone one is "�"."""
    text = "The minister\u2019s \u201cplan\u201d was approved, officials said. "
    pair = read_document(
        write(tmp_path / "pair.txt", text.encode() + _cesu(0xD83D) + _cesu(0xDE00))
    )
    assert (pair.text, pair.encoding) == (text + "\U0001f600", "utf-8 (CESU-8 surrogates joined)")
    lone = read_document(write(tmp_path / "lone.txt", text.encode() + _cesu(0xD800) + b"!"))
    assert lone.text == text + "\ufffd!"
    assert lone.encoding == "utf-8 (CESU-8 1 lone surrogate replaced)"


@pytest.mark.parametrize("keep", [1, 2])  # bytes of the last curly quote written
def test_a_file_cut_inside_its_last_character_is_utf8(tmp_path: Path, keep: int) -> None:
    """A file read while it is written: an English article with three curly quotes, cut
    inside the last, was decoded whole in Mac-Iceland or CP775 (too few accents for the
    ten-per-bad-byte rule), every quote mojibake. Found by fuzzing the folder watch."""
    text = "The minister said \u201cwe will stay\u201d on Monday. " * 3 + "It\u2019s over."
    raw = text.encode()
    cut = raw[: raw.rindex("\u2019".encode()) + keep]
    doc = read_document(write(tmp_path / "writing.txt", cut))
    assert doc.encoding == "utf-8 (1 bad byte replaced)"
    assert doc.text == text[: text.rindex("\u2019")] + "\ufffd"


def test_ascii_ending_in_one_high_byte_is_not_called_cut_utf8(tmp_path: Path) -> None:
    """No accent before it: the last byte may as well be a Latin-1 letter."""
    doc = read_document(write(tmp_path / "latin.txt", b"The price was quoted in caf\xe9"))
    assert not doc.encoding.startswith("utf-8") and doc.text.endswith("caf\xe9")


def test_a_latin1_file_is_not_mended_as_utf8(tmp_path: Path) -> None:
    text = "Le président a déclaré qu'il était très préoccupé. Ã© " * 5  # one UTF-8-like pair
    doc = read_document(write(tmp_path / "latin.txt", text.encode("latin-1")))
    assert (doc.text, doc.encoding) == (text, "windows-1252")


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_in_any_script(tmp_path: Path, codec: str) -> None:
    text = "Президент заявил: войска останутся. Ελληνικά κείμενα, 2021.\n" * 4
    doc = read_document(write(tmp_path / "u.txt", text.encode(codec)))
    assert (doc.text, doc.encoding) == (text, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize(
    "paragraph",
    [
        "部长周四表示，谈判将于下周在日内瓦恢复。",
        "大臣は木曜日、交渉は来週ジュネーブで再開されると述べた。",
        "장관은 목요일 협상이 다음 주 제네바에서 재개될 것이라고 말했다.",
    ],
)
def test_utf16_without_bom_in_chinese_japanese_and_korean(
    tmp_path: Path, codec: str, paragraph: str
) -> None:
    """Their characters have no zero byte, only the line breaks (and Korean's spaces)
    between them: under 5% of the code units, the file was refused as binary."""
    text = (paragraph * 5 + "\n\n") * 6
    doc = read_document(write(tmp_path / "u.txt", text.encode(codec)))
    assert (doc.text, doc.encoding) == (text, codec)


def _nuls_on_one_side(text: bytes, count: int, seed: int) -> bytes:
    """``text`` with ``count`` bytes of one parity made NUL (a damaged file)."""
    rng = random.Random(seed)
    data = bytearray(text + (b" " if len(text) % 2 else b""))
    side = seed % 2
    for _ in range(count):
        data[rng.randrange(side, len(data), 2)] = 0
    return bytes(data)


_LEGACY = (
    "\u201cWe are close,\u201d the envoy said. "
    + "The minister said on Thursday that the talks would resume in Geneva. " * 12
)


@pytest.mark.parametrize(
    "data",
    [
        b"text\n\0abc\n",
        b"hell\0\n",
        b"abc\0efg\0ijk\0mno\n",
        # NULs on one side only, fewer than 5% of the code units: not UTF-16 either (the
        # CJK rule read such cp1252 and Latin-1 texts as ideographs)
        *(_nuls_on_one_side(_LEGACY.encode("cp1252"), 4 + seed, seed) for seed in range(6)),
        _nuls_on_one_side(("El señor presidente dijo que sí. " * 30).encode("latin-1"), 4, 1),
        _nuls_on_one_side(("A harbour article with no accent at all. " * 30).encode(), 5, 0),
    ],
)
def test_a_stray_nul_in_ascii_is_not_utf16(tmp_path: Path, data: bytes) -> None:
    """A NUL or three on one parity of a short ASCII file: not CJK read as UTF-16. A few
    stray ones (one in 200 bytes, sixteen at most) are read as "�" in the text (one NUL
    refused an article whole), more are a binary file."""
    try:
        doc = read_document(write(tmp_path / "nul.txt", data))
    except ReadError as err:
        assert err.reason == "binary file (contains NUL bytes)"
        assert data.count(0) > min(16, 1 + len(data) // 200)
        return
    assert doc.text.count("\ufffd") == data.count(0) and doc.text.isascii() is False
    assert not re.search("[\u3000-\u9fff]", doc.text)
    assert doc.encoding.endswith(
        f"{data.count(0)} NUL byte{'s' * (data.count(0) > 1)} read as \ufffd"
    )


def test_a_text_with_one_stray_nul_is_read(tmp_path: Path) -> None:
    article = " ".join(ARTICLE).encode()
    data = article[:80] + b"\x00" + article[80:]
    doc = read_document(write(tmp_path / "one.txt", data))
    assert doc.text == (article[:80] + "\ufffd".encode() + article[80:]).decode()
    assert doc.encoding == "utf-8; 1 NUL byte read as \ufffd"
    # after a BOM (it kept the raw NUL), and in UTF-8 mended of a bad byte (the NUL was
    # dropped while the encoding said it was shown)
    bom = read_document(write(tmp_path / "bom.txt", b"\xef\xbb\xbf" + data))
    assert (bom.text, bom.encoding) == (doc.text, "utf-8 (BOM); 1 NUL byte read as \ufffd")
    accents = "Café crème… ".encode() * 3
    mended = read_document(write(tmp_path / "bad.txt", accents + data + b" \xe9 end."))
    assert mended.text.count("\ufffd") == 2 and doc.text in mended.text
    assert mended.encoding == "utf-8 (1 bad byte replaced); 1 NUL byte read as \ufffd"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("one.json", '{"text": "A harbour article.", "date": %s}'),
        ("list.json", '[{"text": "A harbour article.", "id": %s}]'),
        ("feed.jsonl", '{"text": "A harbour article.", "id": %s}\n'),
    ],
)
def test_an_integer_past_pythons_digit_limit_is_valid_json(
    tmp_path: Path, name: str, content: str
) -> None:
    """5,000 digits: more than int() converts by default (4,300), still valid JSON."""
    [doc] = read_documents(write(tmp_path / name, content % ("9" * 5000)))
    assert doc.text == "A harbour article."


def test_line_endings_are_normalised(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "crlf.txt", b"Title\r\n\r\nBody one\rBody two\r\n"))
    assert doc.text == "Title\n\nBody one\nBody two\n"


def test_html_in_a_feed_text_field_becomes_plain_paragraphs(tmp_path: Path) -> None:
    content = (
        f"<p>{ARTICLE[0]}</p><script>track('SCRIPTTEXT')</script>"
        f"<p>{ARTICLE[1].replace('2,500', '<b>2,500</b>')}<br/>Second line &amp; more</p>"
    )
    path = write(tmp_path / "rss.json", json.dumps({"title": "T", "content": content}))
    assert read_document(path).text == f"T\n\n{ARTICLE[0]}\n\n{ARTICLE[1]}\n\nSecond line & more"
    plain = write(tmp_path / "plain.json", json.dumps({"text": "a < b and b > c, says </ nobody"}))
    assert read_document(plain).text == "a < b and b > c, says </ nobody"


def test_a_folder_given_as_a_file_is_explained(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as err:
        read_document(tmp_path)
    assert (err.value.reason, err.value.hint) == ("is a folder, not a file", "open it as a folder")


def test_odd_paths_raise_only_read_error(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "pipe")
    (tmp_path / "loop").symlink_to(tmp_path / "loop")
    (tmp_path / "dangling").symlink_to(tmp_path / "nowhere")
    cases = {
        "pipe": E.UNREADABLE,
        "loop": E.LINK_LOOP,
        "dangling": E.BROKEN_LINK,
        "missing.txt": E.NOT_FOUND,
        "missing.jsonl#3": E.NOT_FOUND,
        "nul\x00name.txt": E.NOT_FOUND,
        "x" * 300 + ".txt": E.UNREADABLE,  # name too long for the file system
    }
    for name, code in cases.items():
        with pytest.raises(ReadError) as err:
            read_document(tmp_path / name)
        assert (name, err.value.code) == (name, code)
        assert err.value.hint
    result = load_paths([tmp_path / name for name in cases])
    assert result.documents == []
    assert [p.code for p in result.problems] == [
        E.UNREADABLE, E.LINK_LOOP, E.BROKEN_LINK, E.NOT_FOUND, E.NOT_FOUND, E.NOT_FOUND,
        E.NOT_FOUND,
    ]  # fmt: skip


def test_json_lines_keep_line_separators_inside_strings(tmp_path: Path) -> None:
    lines = [json.dumps({"text": "One\u2028still one"}, ensure_ascii=False), "", "{bad", "[1]"]
    result = load_paths([write(tmp_path / "f.jsonl", "\r\n".join(lines))])
    # (one record; its U+2028 a line break, as in every text read: see below)
    assert [(d.name, d.text) for d in result.documents] == [("f.jsonl#1", "One\nstill one")]
    assert [(p.path.name, p.code) for p in result.problems] == [
        ("f.jsonl#3", E.MALFORMED), ("f.jsonl#4", E.NO_ARTICLES),
    ]  # fmt: skip


def test_protected_pdfs(tmp_path: Path) -> None:
    import io

    from pypdf import PdfReader, PdfWriter

    pages = PdfReader(io.BytesIO(make_pdf([ARTICLE[1:2]]))).pages
    for password in ("", "secret"):
        writer = PdfWriter()
        for page in pages:
            writer.add_page(page)
        writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
        out = io.BytesIO()
        writer.write(out)
        write(tmp_path / f"p{len(password)}.pdf", out.getvalue())
    assert "2,500 US troops" in read_document(tmp_path / "p0.pdf").text  # no user password
    with pytest.raises(ReadError) as err:
        read_document(tmp_path / "p6.pdf")
    assert (err.value.code, err.value.reason) == (E.UNREADABLE, "password-protected PDF")


def test_a_pdf_encrypted_in_a_way_pypdf_does_not_know_is_encrypted(tmp_path: Path) -> None:
    """Security handler version 9 (none such): pypdf raises NotImplementedError."""
    plain = make_pdf([ARTICLE[1:2]])
    size = int(plain.split(b"/Size ")[1].split()[0])
    body, _, _ = plain.partition(b"xref\n")
    handler = b"%d 0 obj\n<< /Filter /Standard /V 9 /R 9 >>\nendobj\n" % size
    offsets = [m.start() for m in re.finditer(rb"\d+ 0 obj\n", body + handler)]
    table = b"".join(b"%010d 00000 n \n" % o for o in offsets)
    data = (
        body
        + handler
        + b"xref\n0 %d\n0000000000 65535 f \n" % (size + 1)
        + table
        + b"trailer\n<< /Size %d /Root 1 0 R /Encrypt %d 0 R /ID [<00> <00>] >>\n"
        % (size + 1, size)
        + b"startxref\n%d\n%%%%EOF\n" % len(body + handler)
    )
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "locked.pdf", data))
    assert (err.value.code, err.value.reason) == (E.UNREADABLE, "encrypted PDF")


def test_records_that_are_not_objects_say_what_they_are(tmp_path: Path) -> None:
    lines = ["null", "1.5", "[1, 2]", "true", json.dumps({"text": ARTICLE[1]})]
    feed = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    reasons = [i.reason for i in read_file(feed) if isinstance(i, ReadError)]
    assert reasons == [
        f"record is {kind}, not an article" for kind in ("null", "a number", "a list", "true")
    ]


def test_a_records_text_that_is_true_or_a_number_is_no_article(tmp_path: Path) -> None:
    """{"text": true} was an article "True", {"text": NaN, "title": Infinity} one "nan"
    titled "inf"; a title, outlet or byline that is not words is left empty."""
    lines = [
        '{"text": true}',
        '{"text": NaN, "title": Infinity}',
        '{"text": 456}',
        json.dumps({"text": ARTICLE[1], "title": False, "source": True, "author": float("nan")}),
    ]
    feed = write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n")
    items = read_file(feed)
    reasons = [i.reason for i in items if isinstance(i, ReadError)]
    assert reasons == [f"record's text is {k}, not text" for k in ("true", "a number", "a number")]
    (doc,) = [i for i in items if not isinstance(i, ReadError)]
    assert doc.title != "False" and doc.title == first_line_title(ARTICLE[1])
    assert "True" not in (doc.source, doc.byline) and doc.byline == ""


@pytest.mark.parametrize(
    ("content", "code", "reason"),
    [
        ('{"text": 12345}', E.EMPTY, "record's text is a number, not text"),
        ('[{"text": true}]', E.EMPTY, "record's text is true, not text"),
        (
            '[{"text": 5}, {"text": 6.5}]',
            E.NO_ARTICLES,
            "no article text in 2 records (their text is a number, not text)",
        ),
        (
            '[{"text": 5}, {"body": false}]',
            E.NO_ARTICLES,
            "no article text in 2 records (their text is a number or false, not text)",
        ),
        (
            '[{"text": 5}, {"title": "No text"}]',
            E.NO_ARTICLES,
            f"no article text in 2 records (their fields: text, title; {READ_AS_TEXT})",
        ),
        (
            '[{"title": "No text"}]',
            E.NO_ARTICLES,
            f"no article text in 1 record (its fields: title; {READ_AS_TEXT})",
        ),
    ],
)
def test_a_file_of_records_whose_text_is_no_text_says_so(
    tmp_path: Path, content: str, code: str, reason: str
) -> None:
    """A file whose records' text was all numbers said its text field was not found
    ("no article text in 1 records (looked for text, body…)"), though it was there."""
    with pytest.raises(ReadError) as raised:
        read_file(write(tmp_path / "feed.json", content))
    assert (raised.value.path.name, raised.value.code, raised.value.reason) == (
        "feed.json",
        code,
        reason,
    )


def test_a_text_of_more_digits_than_python_converts_is_a_number_too(tmp_path: Path) -> None:
    """{"text": 12345} was refused, and 4,301 digits were an "article" of digits."""
    digits = "9" * 4301
    with pytest.raises(ReadError) as raised:
        read_file(write(tmp_path / "one.json", '{"text": ' + digits + "}"))
    assert raised.value.reason == "record's text is a number, not text"
    lines = [digits, '{"text": ' + digits + "}", json.dumps({"text": ARTICLE[1], "id": 1})]
    items = read_file(write(tmp_path / "feed.jsonl", "\n".join(lines) + "\n"))
    reasons = [i.reason for i in items if isinstance(i, ReadError)]
    assert reasons == ["record is a number, not an article", "record's text is a number, not text"]
    (doc,) = [i for i in items if not isinstance(i, ReadError)]
    assert doc.text.startswith(ARTICLE[1][:20])


def test_markdown_is_read_as_its_words_without_its_markup(tmp_path: Path) -> None:
    """The same release saved as .md and as .txt differed by "+ #", "+ **", "+ **"."""
    md = (
        "# Troops to shift role in Iraq\n\n**Press release — 24 July 2021**\n\n"
        f"{ARTICLE[0]} See [the statement](https://example.org/x).\n\n> {ARTICLE[1]}\n\n"
        "---\n\n- keep *this* list\n- and the snake_case_name and ISIS* as they are\n"
    )
    doc = read_document(write(tmp_path / "release.md", md))
    assert doc.text == (
        "Troops to shift role in Iraq\n\nPress release — 24 July 2021\n\n"
        f"{ARTICLE[0]} See the statement.\n\n{ARTICLE[1]}\n\n\n\n"
        "keep this list\nand the snake_case_name and ISIS* as they are\n"
    )  # (a list's bullets left out, as the .docx reader leaves them: an academic's walkthrough)
    assert (doc.title, doc.format) == ("Troops to shift role in Iraq", "markdown")


def test_markdown_marks_on_a_long_line_are_read_at_once_and_as_before() -> None:
    """Tried from every "[" or "**" of a line, a link's and bold's patterns scanned to its
    end: quadratic, a line of 40,000 "[" took 6.5 s, 80 KB of "**a " 14 s, holding the
    interpreter (the window froze). Found by fuzzing. (200,000 marks: minutes before.)"""
    for unit in ("[", "![", "**a ", "__a ", "[a]("):
        text = unit * (200_000 // len(unit))
        assert markdown_text(text) == text  # no pair closes: left as it is
    assert markdown_text("**bold *with italics* in it** and [a link](http://x.org/a)") == (
        "bold with italics in it and a link"
    )
    assert markdown_text("__under__ *it* `code` ![alt](i.png)") == "under it code alt"
    wiki = "[the page](https://en.wikipedia.org/wiki/Foo_(bar)) says so"  # (a review)
    assert markdown_text(wiki) == "the page says so"


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("marks.txt", "\u0301\u0301\u0301\n" * 4),  # bare accents: a story titled with them
        ("dashes.md", "---\n\n* * *\n"),
        ("page.json", json.dumps({"title": "T", "text": "\u2014 \u2026 \u0301"})),
    ],
)
def test_a_text_without_a_word_is_empty(tmp_path: Path, name: str, content: str) -> None:
    """Loaded as a document of 0 words, it became a story of its own."""
    result = load_paths([write(tmp_path / name, content)])
    assert result.documents == []
    [problem] = result.problems
    assert (problem.code, problem.reason) == (
        E.EMPTY,
        "no words (only marks, punctuation or symbols)",
    )


@pytest.mark.parametrize("name", ["u.txt", "u.json"])
def test_unicode_line_and_paragraph_separators_are_line_breaks(tmp_path: Path, name: str) -> None:
    """The diff cut lines at U+2028 and U+2029, the title and outlet at "\\n" only: a file
    of paragraphs separated by U+2029 (lines by U+2028) was all one title, with no outlet."""
    title, rest = "Troops to shift role in Iraq", ARTICLE[1:]
    text = "\u2029".join([title, "Reuters\u2028" + ARTICLE[0], *rest])
    data = json.dumps({"text": text}) if name.endswith(".json") else text
    doc = read_document(write(tmp_path / name, data))
    assert doc.text == "\n\n".join([title, "Reuters\n" + ARTICLE[0], *rest])
    assert (doc.title, doc.source) == ("Troops to shift role in Iraq", "Reuters")


def test_form_feeds_vertical_tabs_and_nel_are_line_breaks(tmp_path: Path) -> None:
    """The diff cut lines at a form feed (a page break), a vertical tab (a manual line break
    in some word processors' exports) and NEL; the title and outlet saw one long line."""
    title, rest = "Troops to shift role in Iraq", ARTICLE[1:]
    text = "\x0c".join([title, "Reuters\x0b" + ARTICLE[0], *rest]) + "\x85"
    doc = read_document(write(tmp_path / "f.txt", text))
    assert doc.text.rstrip("\n") == "\n\n".join([title, "Reuters\n" + ARTICLE[0], *rest])
    assert (doc.title, doc.source) == ("Troops to shift role in Iraq", "Reuters")


def test_a_headline_the_text_holds_after_a_byline_is_not_added_again(tmp_path: Path) -> None:
    body = "".join(f"<p>{p}</p>" for p in ARTICLE)
    page = (
        "<html><head><title>Council budget</title></head><body><h1>Council budget</h1>"
        f"<article><p>By Jane Doe</p><p>March 3</p><p>Updated</p><p>Council budget</p>{body}"
        "</article></body></html>"
    )
    doc = read_document(write(tmp_path / "byline.html", page))
    assert doc.text.count("Council budget") == 1


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "empty file"),
        (b" \t\n\n  ", "empty file (only blank space)"),
        (b"\xef\xbb\xbf", "empty file (only blank space)"),
        (b"\xef\xbb\xbf \n", "empty file (only blank space)"),
    ],
)
def test_an_empty_file_is_said_alike_however_blank(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    """Spaces and tabs were "empty file", a byte order mark alone "(only blank space)"."""
    [problem] = load_paths([write(tmp_path / "blank.txt", content)]).problems
    assert (problem.code, problem.reason) == (E.EMPTY, reason)


def test_an_opendocument_text_says_what_it_is(tmp_path: Path) -> None:
    """An .odt was "binary file (ZIP archive)", as a photo album's ZIP would be; it is
    read now, and one whose content is broken (a prefix never declared) says so."""
    path = tmp_path / "draft.odt"
    write_odt(path)
    with pytest.raises(ReadError) as err:
        read_document(path)
    assert err.value.reason == (
        "not an OpenDocument text (.odt) (broken XML in content.xml: unbound prefix)"
    )
    renamed = path.rename(tmp_path / "draft.docx")  # renamed: "no document part" said nothing
    with pytest.raises(ReadError) as err:
        read_document(renamed)
    assert err.value.reason == "not a Word .docx file: it is an OpenDocument text (.odt)"


@pytest.mark.parametrize("levels", [254, 1000])
def test_a_page_nested_past_the_parser_s_depth_is_said_nested_too_deeply(
    tmp_path: Path, levels: int
) -> None:
    """lxml's HTML parser stops at 256 levels and drops the rest of the page: an article in
    254 nested <div>s was "no article text found… may need JavaScript", which sent the
    user the wrong way. 200 levels read."""
    article = "".join(f"<p>{p}</p>" for p in ARTICLE)
    head = "<html><head><title>Troops stay</title></head><body>"
    deep = f"{head}{'<div>' * levels}{article}{'</div>' * levels}</body></html>"
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "deep.html", deep))
    assert err.value.code == E.MALFORMED
    assert err.value.reason == "nested too deeply (more than 255 levels)"
    shallow = deep.replace("<div>" * levels, "<div>" * 200).replace("</div>" * levels, "")
    assert read_document(write(tmp_path / "shallow.html", shallow)).text == "\n".join(ARTICLE)


def test_a_text_in_pages_loses_their_numbers_and_running_foot(tmp_path: Path) -> None:
    """A PDF converted to text (pdftotext parts its pages with form feeds): "Page 3 of 4"
    and the title at each page's foot were read as text, and a draft that gained a
    sentence on its first page had "figures changed: 3 → 4 (×2)" (a fuzzer); so was a
    Persian "صفحه ۱ از ۳"."""
    from wirediff.core.compare import compare
    from wirediff.core.quoting import changed_figures

    paragraphs = [
        f"Paragraph {n} of the waste plan says what the council will do." for n in range(9)
    ]

    def paged(items: list[str], foot: str) -> str:
        pages = [items[i : i + 3] for i in range(0, len(items), 3)]
        return "Waste plan draft\n\n" + "".join(
            "\n\n".join(page) + f"\n\nDaily Meridian — Waste plan\n{foot.format(n, len(pages))}\n\f"
            for n, page in enumerate(pages, 1)
        )

    for foot in ("Page {} of {}", "صفحه {} از {}", "- {} -"):
        first = write(tmp_path / "v1.txt", paged(paragraphs, foot))
        later = paged([*paragraphs[:2], "A new sentence on the permit.", *paragraphs[2:]], foot)
        second = write(tmp_path / "v2.txt", later)
        a, b = read_document(first).text, read_document(second).text
        assert "Daily Meridian" not in a and "of 3" not in a and "از" not in a, a
        assert a.startswith("Waste plan draft") and a.rstrip().endswith("will do.")
        assert changed_figures(compare(a, b))[0] == []
    plain = "One page.\f\nAnother page, with no number.\n"
    assert read_document(write(tmp_path / "p.txt", plain)).text.split() == plain.split()


def test_markdown_escapes_are_the_characters_they_escape() -> None:
    """A fuzzer's pandoc-made release: "\\_index\\_" read "\\index\\", "\\[redacted\\](see
    note)" lost "(see note)" as a link's address, "5\\%" and "C\\+\\+" kept their
    backslashes: the .md and the .txt of one release differed at each escape."""
    from wirediff.core.reading.text import markdown_text

    assert markdown_text(r"The \_index\_ file") == "The _index_ file"
    assert markdown_text(r"\*\*not bold\*\* and **bold**") == "**not bold** and bold"
    assert markdown_text(r"\[redacted\](see note)") == "[redacted](see note)"
    assert markdown_text(r"5\% of C\+\+ and a \\ backslash") == "5% of C++ and a \\ backslash"
    assert markdown_text("Plain text, no escape: \\d stays.") == "Plain text, no escape: \\d stays."


_NUMBERING = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{_W}">'
    '<w:abstractNum w:abstractNumId="1">'
    '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>'
    '<w:lvlText w:val="%1."/></w:lvl>'
    '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/>'
    '<w:lvlText w:val="(%2)"/></w:lvl>'
    "</w:abstractNum>"
    '<w:abstractNum w:abstractNumId="2"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/>'
    '<w:lvlText w:val="•"/></w:lvl></w:abstractNum>'
    '<w:abstractNum w:abstractNumId="3"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
    '<w:numFmt w:val="upperRoman"/><w:lvlText w:val="Chapter %1."/></w:lvl></w:abstractNum>'
    '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>'
    '<w:num w:numId="6"><w:abstractNumId w:val="2"/></w:num>'
    '<w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>'
    "</w:numbering>"
)
_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{_W}">'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="7"/>'
    "</w:numPr></w:pPr></w:style></w:styles>"
)


def _numbered(text: str, num: str = "", level: int = 0, style: str = "") -> str:
    props = f'<w:pStyle w:val="{style}"/>' if style else ""
    if num:
        props += f'<w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="{num}"/></w:numPr>'
    return f"<w:p><w:pPr>{props}</w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"


def test_word_numbers_its_paragraphs_and_headings_and_so_does_the_reader(tmp_path: Path) -> None:
    """A translation reviser's UN-style report: Word numbered its paragraphs ("1." … "9.")
    and its chapters itself, and the reader read none of it: the .docx against the same
    text as .pdf had "+1." … "+9." at each paragraph, and a paragraph added could not be
    named by its number. Bullets stay unread, as before."""
    xml = "".join(
        [
            _numbered("Introduction", style="Heading1"),
            _numbered("The Committee met in Geneva.", "5"),
            _numbered("The Chair opened the session.", "5"),
            _numbered("first, the agenda;", "5", 1),
            _numbered("second, the report.", "5", 1),
            _numbered("Delegations took the floor.", "5"),
            _numbered("A point in a bullet list", "6"),
            _numbered("Matters for action", style="Heading1"),
            _numbered("The Committee recommends a decision.", "5"),
        ]
    )
    parts = {"word/numbering.xml": _NUMBERING, "word/styles.xml": _STYLES}
    data = make_docx(["Report of the Committee"], xml=xml, parts=parts)
    lines = read_document(write(tmp_path / "n.docx", data)).text.split("\n\n")
    assert lines == [
        "Report of the Committee",
        "Chapter I. Introduction",
        "1. The Committee met in Geneva.",
        "2. The Chair opened the session.",
        "(a) first, the agenda;",
        "(b) second, the report.",
        "3. Delegations took the floor.",
        "A point in a bullet list",
        "Chapter II. Matters for action",
        "4. The Committee recommends a decision.",
    ]
    plain = make_docx(["Report of the Committee"], xml=xml)  # (no numbering part: as before)
    assert "1." not in read_document(write(tmp_path / "p.docx", plain)).text


@pytest.mark.parametrize("value", ["\u00b2", "9" * 5000])
def test_a_malformed_list_number_in_word_is_ignored_not_the_file(
    tmp_path: Path, value: str
) -> None:
    """As an .odt's (a review): a ``w:start``, ``w:startOverride`` or ``w:ilvl`` of "²"
    (a digit to ``str.isdigit``, not to ``int``) or of 5,000 digits would have made the
    file unreadable; the value is ignored, the list counted from 1."""
    numbering = _NUMBERING.replace(
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/>',
        f'<w:lvl w:ilvl="0"><w:start w:val="{value}"/><w:numFmt w:val="decimal"/>',
    ).replace(
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/></w:num>',
        '<w:num w:numId="5"><w:abstractNumId w:val="1"/>'
        f'<w:lvlOverride w:ilvl="{value}"><w:startOverride w:val="{value}"/></w:lvlOverride>'
        "</w:num>",
    )
    xml = _numbered("The Committee met.", "5") + _numbered("The Chair spoke.", "5")
    data = make_docx(["Report"], xml=xml, parts={"word/numbering.xml": numbering})
    lines = read_document(write(tmp_path / "n.docx", data)).text.split("\n\n")
    assert lines == ["Report", "1. The Committee met.", "2. The Chair spoke."]


def test_a_records_text_opens_with_its_headline_as_a_pages_does(tmp_path: Path) -> None:
    """A monitoring tool's JSON export of a live blog against the page's text copy read
    "− Puerto Alcázar port explosion – live updates": the page's text opens with its
    headline, the record's text field had none (a media monitor's walkthrough). A text
    that already opens with it (among its first lines) keeps it once; a changed headline
    is now a change between two records."""
    head = "Port explosion – live updates"
    feed = [
        {"title": head, "text": ARTICLE[0]},
        {"title": head, "text": f"Meridian 24\n\n{head}\n\n{ARTICLE[0]}"},
        {"title": "Port explosion: 17 dead", "text": ARTICLE[0]},
    ]
    path = write(tmp_path / "feed.json", json.dumps(feed))
    first, second, third = load_paths([path]).documents
    assert first.text == f"{head}\n\n{ARTICLE[0]}"
    assert second.text == feed[1]["text"]
    assert compare(first.text, third.text).changes


@pytest.mark.parametrize(
    "page",
    [
        "<html><body><script>render()</script></body></html>",
        "<p>Too short.</p>",
        "<!-- saved --> A line of text",
    ],
)
def test_a_page_of_markup_without_an_article_still_says_so(tmp_path: Path, page: str) -> None:
    """Only a file with no tag at all is said to hold plain text: a page of scripts, or too
    little text in its markup, is still "no article text found"."""
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "page.html", page))
    assert (err.value.code, err.value.reason) == (
        E.LITTLE_TEXT,
        "no article text found in the page",
    )
