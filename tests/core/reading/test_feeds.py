"""RSS and Atom feeds: each item an article (a probe: a feed was one document of raw XML)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.core.reading.samples import ARTICLE
from wirediff.core.reading import ReadError, load_paths, read_document
from wirediff.core.reading.options import FieldMap, ReaderOptions

RSS = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
  "http://my.netscape.com/publish/formats/rss-0.91.dtd">
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>World news</title><link>https://www.reuters.com/world</link>
<item><title>Troops to stay in Iraq</title>
<link>https://www.reuters.com/world/iraq-troops</link>
<pubDate>Thu, 05 Dec 2026 14:32:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
<description>A short summary.</description>
<content:encoded><![CDATA[<p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p>]]></content:encoded></item>
<item><title>Storm &amp;amp; floods</title><pubDate>Fri, 06 Dec 2026 09:00:00 GMT</pubDate>
<description>&lt;p&gt;{ARTICLE[2]}&lt;/p&gt;</description></item>
</channel></rss>
"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title>
<link rel="self" href="https://feeds.example.net/ap"/><link href="https://apnews.com/"/>
<entry><title type="html">&lt;b&gt;Troops&lt;/b&gt; to stay</title>
<link rel="alternate" href="https://apnews.com/article/1"/><link rel="edit" href="/e/1"/>
<published>2026-12-05T14:32:00Z</published><updated>2026-12-06T08:00:00Z</updated>
<author><name>John Roe</name><email>john@example.org</email></author>
<summary>Summary only.</summary>
<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>{ARTICLE[0]}</p><p>{ARTICLE[1]}</p></div>
</content></entry>
</feed>
"""


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_each_item_of_an_rss_feed_is_an_article(tmp_path: Path) -> None:
    write(tmp_path / "world.rss", RSS)
    loaded = load_paths([tmp_path])
    assert loaded.problems == []
    first, second = loaded.documents
    assert (first.path.name, second.path.name) == ("world.rss#1", "world.rss#2")
    assert first.title == "Troops to stay in Iraq" and first.byline == "Jane Doe"
    assert first.text == "\n\n".join(["Troops to stay in Iraq", *ARTICLE[:2]])  # (the full text)
    assert first.date == "2026-12-05T14:32:00+00:00" and first.format == "feed"
    assert first.url.endswith("iraq-troops") and first.source == "Reuters"
    assert second.title == "Storm &amp; floods" and second.text.endswith(ARTICLE[2])
    assert second.source == "Reuters"  # (the feed's own address names its outlet)


def test_an_atom_entry_reads_its_content_author_link_and_first_date(tmp_path: Path) -> None:
    doc = read_document(write(tmp_path / "desk.atom", ATOM))  # (a feed of one: its own path)
    assert doc.path.name == "desk.atom"
    assert doc.title == "Troops to stay" and doc.byline == "John Roe"
    assert doc.text == "\n\n".join(["Troops to stay", *ARTICLE[:2]])
    assert doc.url == "https://apnews.com/article/1" and doc.source == "AP"
    assert doc.date == "2026-12-05T14:32:00+00:00"


def test_a_feed_saved_without_its_ending_is_read_as_one(tmp_path: Path) -> None:
    write(tmp_path / "export", RSS)
    assert [d.path.name for d in load_paths([tmp_path]).documents] == ["export#1", "export#2"]


def test_a_users_field_names_do_not_apply_to_a_feed(tmp_path: Path) -> None:
    options = ReaderOptions(fields=FieldMap(text=("story",)))
    assert len(load_paths([write(tmp_path / "w.xml", RSS)], options=options).documents) == 2


@pytest.mark.parametrize(
    ("name", "data", "said"),
    [
        (
            "subs.opml",
            '<?xml version="1.0"?><opml version="1.0"><body><outline xmlUrl="x"/></body></opml>',
            "a list of feeds (OPML): it holds no article",
        ),
        ("map.rss", "<urlset><url><loc>x</loc></url></urlset>", "not an RSS or Atom feed"),
        ("empty.rss", "<rss><channel><title>T</title></channel></rss>", "a feed with no items"),
        ("broken.rss", "<rss><channel><item>", "not a feed (broken XML"),
        (
            "bomb.rss",
            '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;">]>'
            "<rss><channel><item><title>&b;</title></item></channel></rss>",
            "entity declaration or an external entity (refused)",
        ),
    ],
)
def test_what_is_no_feed_of_articles_says_why(
    tmp_path: Path, name: str, data: str, said: str
) -> None:
    with pytest.raises(ReadError) as found:
        read_document(write(tmp_path / name, data))
    assert said in found.value.reason


def test_other_xml_is_read_as_text_and_a_feed_opening_with_a_comment_as_a_feed(
    tmp_path: Path,
) -> None:
    """An agency's NewsML item (.xml) left the folder, refused as no feed; a generated feed
    saved without its ending, its generator's comment first, was taken for a web page (a
    review)."""
    newsml = '<?xml version="1.0"?><newsMessage><itemSet><p>' + ARTICLE[0] + "</p></itemSet>"
    assert read_document(write(tmp_path / "item.xml", newsml + "</newsMessage>")).format == "text"
    commented = RSS.replace("<!DOCTYPE", '<!-- generator="WordPress/6.4" -->\n<!DOCTYPE', 1)
    names = [d.path.name for d in load_paths([write(tmp_path / "export", commented)]).documents]
    assert names == ["export#1", "export#2"]


def test_an_outside_dtds_entities_are_read_as_html_has_them(tmp_path: Path) -> None:
    """RSS 0.91's "&eacute;" and "&mdash;" were dropped: "Caf owners" (a review)."""
    feed = RSS.replace("Troops to stay in Iraq</title>", "Caf&eacute; owners &mdash; a tax</title>")
    doc = load_paths([write(tmp_path / "f.rss", feed)]).documents[0]
    assert doc.title == "Café owners — a tax"


def test_a_feed_cut_short_keeps_the_items_before_the_break(tmp_path: Path) -> None:
    """A download cut short lost every item, "not a feed (broken XML…)" (a newcomer)."""
    cut = RSS[: RSS.index("<item><title>Storm")] + "<item><title>Storm"
    loaded = load_paths([write(tmp_path / "cut.rss", cut)])
    assert [d.title for d in loaded.documents] == ["Troops to stay in Iraq"]
    (problem,) = loaded.problems
    assert problem.reason.startswith("the feed breaks off (line ")
