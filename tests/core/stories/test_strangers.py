"""Documents of no common story (``wirediff.core.stories.strangers``): a digest carrying two
single-version stories does not glue them."""

from __future__ import annotations

from dataclasses import replace

from tests.core.stories.helpers import Writer, doc
from wirediff.core.document import Document
from wirediff.core.reading.releases import is_release, reads_as_release
from wirediff.core.stories import StoryOptions, build_story_index
from wirediff.core.stories.cluster import Groups
from wirediff.core.stories.strangers import Kinship

RELEASE_FOOT = [
    "About Northwind Freight: Northwind Freight AG is a container shipping company based "
    "in Hamburg.",
    "Media contact: Jana Albers, press office",
]


def _stories(docs: list[Document]) -> list[list[str]]:
    index = build_story_index(docs, StoryOptions())
    return sorted(sorted(index.documents[v.doc].name for v in s.versions) for s in index.stories)


def _digest(w: Writer) -> tuple[list[str], list[str], list[str]]:
    """Two agency stories on two events, and a briefing carrying both whole."""
    port, quake = w.article(w.topic()), w.article(w.topic())
    briefing = ["MORNING BRIEFING", "Your guide to the day's news.", *port, *quake]
    return port, quake, briefing


def test_a_briefing_carrying_two_single_version_stories_joins_one() -> None:
    """A grouping probe: a morning briefing carrying a port strike and a Chile quake, each a
    story of one version, made them one story (the guard averaged one link of 0.97 with one
    of 0); 10 of 15 generated digests glued their stories. Dated or not, in either order."""
    for seed in (1, 2, 3):
        port, quake, briefing = _digest(Writer(seed))
        docs = [doc("port.txt", port), doc("quake.txt", quake), doc("briefing.txt", briefing)]
        found = _stories(docs)
        assert len(found) == 2, found
        assert ["quake.txt"] in found or ["port.txt"] in found
        assert ["briefing.txt", "port.txt"] in found or ["briefing.txt", "quake.txt"] in found


def test_a_briefing_with_briefs_of_its_stories_keeps_them_apart() -> None:
    """With a brief of each story too (each story two versions), still two stories."""
    w = Writer(4)
    port, quake, briefing = _digest(w)
    docs = [
        doc("port.txt", port),
        doc("quake.txt", quake),
        doc("briefing.txt", briefing),
        doc("brief_port.txt", port[:3]),
        doc("brief_quake.txt", quake[:3]),
    ]
    found = _stories(docs)
    assert len(found) == 2, found
    assert not any({"port.txt", "quake.txt"} <= set(story) for story in found)


def test_a_briefing_ending_with_a_release_is_not_the_agencys_source() -> None:
    """The briefing ended with a company's release ("About Northwind Freight: …"): it read
    as a press release, became the base of the story it carried ("Reuters' press
    release"), and the agency's own dispatch "a trimmed copy" of it. A text whose outlet is
    a news agency is no press release."""
    w = Writer(5)
    port, quake, briefing = _digest(w)
    text = [*briefing, *RELEASE_FOOT]
    assert reads_as_release("\n\n".join(text))
    docs = [
        replace(doc("port.txt", port), source="Reuters"),
        replace(doc("quake.txt", quake), source="Reuters"),
        replace(doc("briefing.txt", text), source="Reuters"),
    ]
    assert not is_release(docs[2])
    assert is_release(replace(docs[2], source=""))
    index = build_story_index(docs, StoryOptions())
    story = index.story_of(2)
    assert len(story.documents) == 2
    assert index.documents[story.base].name != "briefing.txt"


def test_strangers_share_no_text_and_few_names() -> None:
    """Two reports of other events are strangers; a revision far down a chain (no run of
    words kept, the names kept) is not; nor texts with too few names to tell (a script
    without capitals has its figures alone)."""
    w = Writer(6)
    topic = w.topic()
    first = w.article(topic)
    far = w.article(topic)  # same names and figures, other sentences
    other = w.article(w.topic())
    urdu = "کراچی میں آج بارش ہوئی اور شہر کے کئی علاقوں میں پانی جمع ہو گیا"
    docs = [doc("a.txt", first), doc("b.txt", far), doc("c.txt", other), doc("u.txt", [urdu])]
    link = {(0, 2): 0.0, (0, 1): 0.0, (0, 3): 0.0}
    kinship = Kinship(docs, lambda a, b: link[min(a, b), max(a, b)], StoryOptions())
    test = kinship.strangers
    assert test(0, 2) and not kinship.kin(0, 2)
    assert not test(0, 1) and kinship.kin(0, 1)
    assert not test(0, 3) and not kinship.kin(0, 3)  # (too few terms: unknown either way)
    link[0, 2] = 0.5  # sharing text: never strangers, kin
    assert not test(0, 2) and kinship.kin(0, 2)


def test_groups_with_strangers_do_not_merge_whatever_the_mean() -> None:
    """``Groups.merge``'s ``apart``: the hub's link to both is all the mean sees. Only an
    end of the link counts: a chain's far ends (0 and 3 of 0-1, 1-2, 2-3) may be strangers,
    and it still joins."""
    links = {(0, 1): 0.97, (0, 2): 0.97, (1, 2): 0.0}

    def link(a: int, b: int) -> float:
        return links.get((min(a, b), max(a, b)), 0.5)

    edges = [(0.97, 0, 1), (0.97, 0, 2)]
    for apart, stories in ((None, 1), (lambda a, b: {a, b} == {1, 2}, 2)):
        groups = Groups(3, keep=4)
        groups.merge(edges, link, 0.35, 4, apart)
        assert len(set(groups.labels())) == stories
    links = {(0, 1): 0.9, (2, 3): 0.9, (1, 2): 0.9, (0, 3): 0.0}
    groups = Groups(4, keep=4)
    groups.merge(
        [(0.9, 0, 1), (0.9, 2, 3), (0.8, 1, 2)], link, 0.35, 4, lambda a, b: {a, b} == {0, 3}
    )
    assert len(set(groups.labels())) == 1


def test_a_briefing_of_two_short_wire_stories_joins_one_their_credits_aside() -> None:
    """A Reuters briefing carrying a plant fire and a quake, two briefs of about 110 words:
    their credit lines ("Reporting by …; Editing by …"), "Reuters" and a weekday were a
    fifth of the names they shared, and they were one story (a grouping probe). A wire's
    furniture is left out of the names weighed."""
    fire = [
        "Fire at Serbian chemical plant forces evacuation of 120,000",
        "BELGRADE, March 4 (Reuters) - A fire broke out on Tuesday at a chemical plant in "
        "Pancevo near Belgrade, forcing the evacuation of 120,000 residents, said Aleksandar "
        "Vulin of the interior ministry.",
        "Firefighters from Novi Sad and Smederevo fought the blaze through the night as "
        "ammonia leaked from two tanks at the Azotara works, officials said.",
        "(Reporting by Andrew Gray; Editing by Mark Heinrich)",
    ]
    quake = [
        "Magnitude 6.1 quake strikes Indonesia's Sulawesi, 10 killed",
        "JAKARTA, March 4 (Reuters) - A magnitude 6.1 earthquake struck Central Sulawesi on "
        "Tuesday, killing at least 10 people in Poso and Mamuju, Indonesia's geophysics "
        "agency BMKG said.",
        "The quake hit at 1:28 a.m. at a depth of 10 km under the Poso basin, and about "
        "270 homes were damaged, the disaster agency BNPB said.",
        "(Reporting by Stanley Widianto; Editing by Mark Heinrich)",
    ]
    briefing = ["Reuters morning briefing", *fire[1:3], *quake[1:3], fire[3]]
    docs = [
        replace(doc("fire.txt", fire), source="Reuters"),
        replace(doc("quake.txt", quake), source="Reuters"),
        replace(doc("briefing.txt", briefing), source="Reuters"),
    ]
    found = _stories(docs)
    assert len(found) == 2, found


def test_one_address_holding_other_news_is_two_stories() -> None:
    """A live page's address ("…/news/live") captured months apart held a port strike, then
    a quake: "In one story with Harbour Times' story (the same web address), but written
    anew". One address is one article while the texts tell of one news (a rewrite between
    editions keeps its names); strangers are two."""
    w = Writer(8)
    url = "https://harbourtimes.example/news/live"
    topic = w.topic()
    port, rewritten, quake = w.article(topic), w.article(topic), w.article(w.topic())
    docs = [
        replace(doc("live_1.txt", port), url=url),
        replace(doc("live_2.txt", quake), url=url),
        replace(doc("live_3.txt", rewritten), url=url),
    ]
    assert _stories(docs) == [["live_1.txt", "live_3.txt"], ["live_2.txt"]]


def test_a_newsletter_of_short_briefs_joins_one_of_them() -> None:
    """Briefs name too few names to weigh them (a barge striking a bridge: 10; a library's
    hours: 6): a newsletter of two made them one story, AP's brief "Trimmed copy of
    newsletter_today.txt" (a grouping probe). Their terms tell."""
    bridge = [
        "Bridge closed after barge strike on Ohio River",
        "A barge struck a pier of the Sherman Minton Bridge on the Ohio River early Tuesday, "
        "forcing officials to close the span to traffic while engineers inspect it.",
        "No one was hurt. The towboat's crew reported the collision shortly after 4 a.m., and "
        "the Coast Guard closed a two-mile stretch of the river to other vessels.",
    ]
    library = [
        "City library to stay open until midnight during exam weeks",
        "The main branch of the public library will stay open until midnight during the next "
        "two exam periods in a trial requested by students, the library board decided.",
        "The board voted for the trial, which will cost about $40,000 for extra staff and "
        "security. Students had collected more than 3,000 signatures for longer hours.",
    ]
    newsletter = ["Today's newsletter: what you need to know", *bridge[1:], *library[1:]]
    docs = [
        doc("ap_bridge.txt", bridge),
        doc("ap_library.txt", library),
        doc("newsletter_today.txt", newsletter),
    ]
    found = _stories(docs)
    assert len(found) == 2 and not any(len(story) == 3 for story in found), found


def _takes(w: Writer, topic: list[str], count: int) -> list[list[str]]:
    """A developing story's takes: each a new lede and four paragraphs, two kept from the
    take before and two new (each shares with the next alone)."""
    paragraphs = [" ".join(w.sentence(topic) for _ in range(2)) for _ in range(2 * count + 2)]
    return [
        [w.sentence(topic), w.sentence(topic), *paragraphs[2 * k : 2 * k + 4]] for k in range(count)
    ]


def test_one_agencys_takes_each_keeping_half_the_one_before_are_one_story() -> None:
    """Eight takes of a factory fire, each keeping half of the take before and sharing
    nothing with the others, fell into four stories in three events (a grouping probe):
    neither end of a link shares with the other members, as a chain asks. One agency's
    takes, no two strangers, are one story; a paper's copies of two agencies' stories
    (two outlets) still are not glued by a page holding both."""
    w = Writer(9)
    topic = w.topic()
    takes = _takes(w, topic, 8)
    docs = [
        replace(doc(f"take{n + 1}.txt", lines), source="Reuters") for n, lines in enumerate(takes)
    ]
    assert _stories(docs) == [sorted(f"take{n + 1}.txt" for n in range(8))]
    afp, reuters = w.article(topic), w.article(topic)
    both = [
        replace(doc("afp.txt", afp), source="AFP"),
        replace(doc("reuters.txt", reuters), source="Reuters"),
        replace(doc("paper.txt", ["Digest", *afp[1:5], *reuters[1:5]]), source="Daily"),
    ]
    assert len(_stories(both)) == 2
