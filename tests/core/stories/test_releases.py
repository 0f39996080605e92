"""A press release is its story's base: the agency wrote its story from it."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.stories.helpers import Writer, doc, reword
from wirediff.core.reading.releases import is_release, reads_as_release, release_notes
from wirediff.core.stories import StoryOptions, build_story_index
from wirediff.core.stories.relation import pair_derivation, wording

BODY = "Northwind Energy said on Tuesday it had won consent for its wind farm.\n\nMore text.\n"


@pytest.mark.parametrize(
    "text",
    [
        f"PRESS RELEASE\nSave Our Rivers Trust — 2026-05-06\n{BODY}",
        f"For immediate release:\n\n{BODY}",
        f"Pressemitteilung\n{BODY}",
        f"EMBARGOED UNTIL 00:01 GMT TUESDAY\n{BODY}",
        f"Embargo: 00:01 GMT, 5 May 2026\n{BODY}",
        f"{BODY}\nENDS\n\nNotes to editors: images are available on request.\n",
        f"{BODY}\n###\n",
        f"{BODY}\nAbout Medivex Therapeutics: Medivex is a biopharmaceutical company.\n",
        f"{BODY}\nÀ propos de Lumeris : fondé en 2019, le Groupe Lumeris développe des cellules.\n",
        # two marks a paper's copy may carry as well: a heading and a contact
        f"{BODY}\nAbout Save Our Rivers Trust\n\nThe Trust protects rivers.\n\n"
        "Media contact: press@rivers.example\n",
        f"{BODY}\nAbout Leeds\nA university.\nFor further information contact the press office.\n",
        # two of its marks on one line, the end mark going on with its contact (a
        # university's release was read as none, and PA's rewrite of it its base)
        f"PRESS RELEASE - For immediate release\n\n{BODY}",
        # with its day (GOV.UK's: a government's release read as a paper's edited copy)
        f"Press release — 16 June 2026\n\n{BODY}",
        f"News release: 3 March 2026\n\n{BODY}",
        f"{BODY}\nENDS. Media contact: press office, University of Leeds, press@leeds.ac.uk\n",
    ],
)
def test_a_releases_furniture_tells_it(text: str) -> None:
    assert reads_as_release(text)


@pytest.mark.parametrize(
    "text",
    [
        BODY,
        f"{BODY}\nAbout 200 people came to the opening, the council said.\n",
        f"{BODY}\nThe company said in a press release that it would appeal.\n",
        f"Press release prompts anger among residents\n\n{BODY}",  # a headline
        f"Embargo lifted on arms sales to the region\n\n{BODY}",  # a headline too
        f"{BODY}\nThe fund ends its support in 2027, the report says.\n",
        # news texts' own ends and footers (a review found each read as a release, one a
        # paper's copy made the base over PA's story)
        f"{BODY}\n(END)\n",  # Yonhap
        f"{BODY}\n-30-\n",  # The Canadian Press
        f"{BODY}\nEnd\n",
        f"{BODY}\nAbout The Author\nJane writes on energy.\n",
        f"{BODY}\nAbout Us\n",
        f"{BODY}\nAbout Reuters: Reuters is the news and media division of Thomson Reuters.\n",
        f"{BODY}\nFor more information, contact the Gazette newsdesk on 01234 567890.\n",
        f"{BODY}\nPress office: 01234 567890\n",
        f"{BODY}\nMedia contact: press@northwind.example\n",
        f"{BODY}\nEditor's note: this story was corrected to say 62, not 60.\n",
        f"{BODY}\nEnds of the pier need repair, the press office said.\n",
        f"{BODY}\nAbout Jane Smith: Jane is a reporter covering energy for the paper.\n",
        # a broadcast script's end mark (a radio package's drafts were "the press release"
        # of a story that drew in transcripts and a web article: a broadcast editor's)
        "SLUG: DROUGHT PKG\n\nANCHOR:\nThe reservoir is low.\n\n[MUSIC OUT]\n\nREPORTER:\n"
        f"{BODY}\n(SOT: Samuel Okafor, 0:14)\n\n### ENDS ###\n",
    ],
)
def test_a_report_about_a_release_is_none(text: str) -> None:
    assert not reads_as_release(text)


def test_the_release_is_its_storys_base_over_the_agency_and_the_papers() -> None:
    """Of eight releases in a researcher's folder, none was its story's base: a release
    read as "an edited version of PA Media's story", the story measured against the wire."""
    w = Writer(7)
    topic = w.topic()
    release = w.article(topic)
    agency = [release[0], *release[1:7]]  # the wire, trimmed from the release
    paper = [agency[0], *agency[1:5]]
    docs = [
        doc("release.txt", [*release, "ENDS", "Notes to editors: images on request."]),
        replace(doc("wire.txt", agency), source="PA Media"),
        replace(doc("paper.txt", paper), source="Business Daily"),
        doc("other.txt", w.article(w.topic())),
    ]
    index = build_story_index(docs, StoryOptions())
    story = index.story_of(0)
    assert sorted(index.documents[d].name for d in story.documents) == [
        "paper.txt",
        "release.txt",
        "wire.txt",
    ]
    assert index.documents[story.base].name == "release.txt"
    # the banner says what the source is: "an edited version of release.txt" said nothing
    wire = next(d for d in story.documents if index.documents[d].name == "wire.txt")
    said = wording(index, pair_derivation(index, story.base, wire))
    assert "of the press release release.txt" in said


def test_a_release_dated_after_a_version_it_quotes_is_not_the_base() -> None:
    """A senator's release on a bill's passage quotes the bill, introduced days before: the
    release was the base of the bill's drafts, each "0% rewrite" of it (a legislative
    counsel's assistant). A release dated after another version is no source of it; one
    dated first, or with no date to tell, still is."""
    w = Writer(9)
    bill = w.article(w.topic(), paragraphs=16)
    release = [
        f"Senator hails passage {bill[0]}",
        *bill[2:5],
        "ENDS",
        "Media contact: press office",
    ]

    def story_base(release_day: str) -> str:
        docs = [
            replace(doc("bill_introduced.txt", bill), date="2026-03-02", date_source="metadata"),
            replace(doc("bill_amended.txt", [*bill, w.sentence(w.topic())]), date="2026-03-09"),
            replace(doc("release.txt", release), date=release_day, date_source="metadata"),
        ]
        index = build_story_index(docs, StoryOptions())
        return index.documents[index.story_of(0).base].name

    assert reads_as_release("\n\n".join(release))
    assert story_base("2026-03-12") == "bill_introduced.txt"
    assert story_base("2026-02-20") == "release.txt"


def test_a_long_capitalized_word_after_about_is_read_at_once() -> None:
    """ "About" and one long word of capitals: the pattern tried every split of the word
    into names (a quarter of a second at 40 letters, doubling with each more)."""
    text = f"{BODY}\n" + f"About {'A' * 5000} x\n" * 12
    assert not reads_as_release(text)


def test_the_issuers_release_is_the_base_over_a_sites_copy_that_kept_its_head() -> None:
    """A site's copy of a water company's release kept its "PRESS RELEASE" line and cut
    its notes to editors: both read as releases, of one day, and the copy (more contained
    in the others) was the base, the release "a trimmed copy of the press release
    kentonline_hosepipe_copy.docx" (a walkthrough). The issuer's own — its name over it
    and again in its notes — is the base."""
    w = Writer(12)
    body = w.article(w.topic())
    issuer = "Northgate Water"
    release = [
        f"{issuer} | 3 December 2026",
        body[0],
        "PRESS RELEASE",
        *body[1:],
        f"Notes to editors: {issuer} supplies 1.1 million customers.",
    ]
    copy = [body[0], "PRESS RELEASE", "KentOnline, 3 December 2026", *body[1:]]
    docs = [
        replace(doc(name, lines), date="2026-12-03", date_source="text")
        for name, lines in (
            ("kentonline_hosepipe_copy.txt", copy),
            ("northgate-water_hosepipe.txt", release),
        )
    ]
    index = build_story_index(docs, StoryOptions())
    story = index.story_of(0)
    assert len(story.documents) == 2
    assert index.documents[story.base].name == "northgate-water_hosepipe.txt"


def test_what_renders_a_release_sentence_by_sentence_was_written_from_it() -> None:
    """A walkthrough: a broadcaster's rewrite of a water company's release renders every
    sentence of it, two in five kept, in about as many words as a site's copy of the
    release: the parallel rule (two whole renderings of one source, as independent
    translations are) called it independent of the copy and of a paper's edit, the guard
    against chaining refused its link to the release, and the rewrite stood alone. A press
    release has no parallel rendering: what renders it was written from it."""
    from pathlib import Path

    from wirediff.core.reading import load_paths
    from wirediff.core.stories.derivation import Derivation, classify
    from wirediff.core.stories.evidence import measure

    folder = Path(__file__).parents[2] / "fixtures" / "release-rewrite"
    docs = load_paths(sorted(folder.glob("*.txt"))).documents
    by_name = {d.name: d for d in docs}
    options = StoryOptions()
    rewrite, copy = by_name["broadcaster_rewrite.txt"], by_name["site_copy.txt"]
    evidence = measure(rewrite.text, copy.text, run_min_words=options.run_min_words)
    assert classify(evidence, options, 0) is Derivation.INDEPENDENT  # (parallel renderings)
    assert classify(evidence, options, 0, release=True) is Derivation.REWRITE
    index = build_story_index(docs, options)
    assert len(index.stories) == 1
    story = index.stories[0]
    assert index.documents[story.base].name == "northgate-water_release.txt"
    at = next(i for i, d in enumerate(index.documents) if d.name == "broadcaster_rewrite.txt")
    said = wording(index, pair_derivation(index, story.base, at))
    assert said.startswith("Rewrite of Northgate Water's press release")


def test_a_long_report_the_agency_wrote_from_is_the_base_over_the_agencys_story() -> None:
    """A grouping probe: an inquiry's 5,000-word report, published at 00:01, and PA's
    story of it at 00:05: the agency's text was the base, the report "a rewrite of PA
    Media's story, kept and added to, if that came first (it is dated later)". A text
    dated before every agency text and many times as long is the report they were
    written from; a paper's text dated first but not so long is no report."""
    w = Writer(14)
    topic = w.topic()
    report = w.article(topic, paragraphs=40)
    # (the agency's story keeps some of the report's sentences, rewords the rest)
    story = [report[0], *(reword(w, p, 3) if i % 2 else p for i, p in enumerate(report[1:6]))]
    story.append(w.sentence(topic))
    paper = [story[0], *story[1:5]]

    def base(report_lines: list[str]) -> str:
        docs = [
            replace(doc("pa_story.txt", story), source="PA Media", date="2026-01-20T00:05:00Z"),
            replace(
                doc("inquiry_report.txt", report_lines),
                source="Resolution Housing Trust",
                date="2026-01-20T00:01:00Z",
            ),
            replace(doc("paper.txt", paper), source="Express & Star", date="2026-01-20T12:30:00Z"),
        ]
        index = build_story_index(docs, StoryOptions())
        assert len(index.stories) == 1
        return index.documents[index.stories[0].base].name

    assert base(report) == "inquiry_report.txt"
    assert base(report[:9]) == "pa_story.txt"  # (not many times as long: the agency's)
    # a live blog opened before the agency's story and pasting it whole carries it: a
    # probe's blog of 07:02 was the base of Reuters' story of 10:05
    blog = [*report[20:40], "Here is the full story from PA:", *story]
    assert base(blog) == "pa_story.txt"


def test_a_papers_copy_of_the_agencys_rewrite_of_a_release_is_a_copy_of_the_agency() -> None:
    """A press officer's walkthrough: a paper ran PA's rewrite of a university's release
    word for word; measured against the release, the story's source, it was "indep." in
    the list (its sibling copy "rewrite"), while the by-outlet table called it a copy. Each
    version is measured against the text of its story it holds most of, the base or an
    agency's: a copy of PA Media's story, said so in the stories JSON and CSV too."""
    from wirediff.core.stories.relation import derivations
    from wirediff.core.stories.report import to_csv, to_data

    w = Writer(17)
    topic = w.topic()
    release = w.article(topic, paragraphs=9)
    agency = [release[0], *(reword(w, p, 3) for p in release[1:7])]
    paper = agency[:6]
    docs = [
        doc("release.txt", [*release, "ENDS", "Notes to editors: images on request."]),
        replace(doc("pa.txt", agency), source="PA Media"),
        replace(doc("courier.txt", paper), source="Daily Courier"),
    ]
    index = build_story_index(docs, StoryOptions())
    assert len(index.stories) == 1 and index.documents[index.stories[0].base].name == "release.txt"
    found = {index.documents[p.derived].name: p for p in derivations(index, 0)}
    courier = found["courier.txt"]
    assert index.documents[courier.source].name == "pa.txt"
    assert courier.level.value == "copy"
    assert wording(index, courier).startswith("Trimmed copy of PA Media's story")
    assert index.documents[found["pa.txt"].source].name == "release.txt"  # (its own source)
    derived = {p.derived: p for p in found.values()}
    (story,) = to_data(index, None, (), derived)["stories"]
    versions = {v["path"].rsplit("/", 1)[-1]: v for v in story["documents"]}
    assert versions["courier.txt"]["derived_from"].endswith("pa.txt")
    assert versions["pa.txt"]["derived_from"] == ""
    assert '"derived_from"' in to_csv(index, None, derived).splitlines()[0]
    # The story's evidence report measures it so too (it said "edited, 46% new" of a
    # paper's copy of a later take the list called a copy: a desk's walkthrough).
    from wirediff.core.report.evidence import story_report

    report = story_report(index, 0)
    names = [Path(f.path).name for f in report.files]
    (section,) = [s for s in report.sections if names[s.other_file] == "courier.txt"]
    assert names[section.base_file] == "pa.txt" and section.derivation == "copy"
    assert section.against == "the agency's text it holds most of"


def test_a_storys_report_names_its_base_when_its_first_version_is_measured_against_an_agency() -> (
    None
):
    """The paper's copy dated before the agency's take is the story's first version: the
    report's "◆ Base" row and its CSV's base row named the agency's take, the version
    measured against it, not the release (a review)."""
    import re

    from wirediff.core.report.evidence import story_report
    from wirediff.export.report import render

    w = Writer(17)
    topic = w.topic()
    release = w.article(topic, paragraphs=9)
    agency = [release[0], *(reword(w, p, 3) for p in release[1:7])]
    docs = [
        doc("release.txt", [*release, "ENDS", "Notes to editors: images on request."]),
        replace(doc("pa.txt", agency), source="PA Media", date="2026-12-05T12:00:00"),
        replace(doc("courier.txt", agency[:6]), source="Daily Courier", date="2026-12-05T09:00"),
    ]
    index = build_story_index(docs, StoryOptions())
    order = [index.documents[v.doc].name for v in index.stories[0].versions]
    assert order == ["release.txt", "courier.txt", "pa.txt"]
    report = story_report(index, 0)
    page = render(report, "html").decode()
    base_row = re.search(r"<b>Base</b>(.*?)</tr>", page)
    assert base_row is not None and "release.txt" in base_row.group(1)
    rows = render(report, "csv").decode("utf-8-sig").splitlines()
    assert Path(rows[1].split(",")[0].strip('"')).name == "release.txt"


@pytest.mark.parametrize(
    "head, byline, foot",
    [
        (
            "By Gazette Business Desk",
            "Gazette Business Desk",
            "About Northwind Energy: Northwind, founded in 2009, operates 14 wind farms.",
        ),
        ("LONDON, March 3 (Reuters) - Northwind Energy said it would cut jobs.", "", "ENDS"),
    ],
)
def test_a_reporters_copy_ending_like_a_release_is_no_base(
    head: str, byline: str, foot: str
) -> None:
    """A paper's copy of Reuters' story under a byline, ending with a fact box ("About
    Northwind Energy: …, founded in 2009") or "ENDS", read as a press release: it was the
    base, the wire "an edited version of the press release" (a grouping probe). A byline
    or an agency's credit makes a reporter's text of it; a release's head still says it."""
    w = Writer(11)
    wire = w.article(w.topic())
    copy = doc("gazette.txt", [wire[0], head, *wire[1:6], foot])
    assert reads_as_release(copy.text)
    docs = [replace(doc("wire.txt", wire), source="Reuters"), replace(copy, byline=byline)]
    index = build_story_index(docs, StoryOptions())
    assert index.story_of(0) is index.story_of(1)
    assert index.documents[index.story_of(0).base].name == "wire.txt"
    assert not is_release(docs[1])
    assert is_release(replace(docs[1], text=f"PRESS RELEASE\n\n{copy.text}"))


def test_a_releases_notes_are_not_its_story() -> None:
    """A paper printed a university's release whole, without its notes: "Trimmed copy of
    the press release: 69% of its sentences kept …, 31% left out" — its "ENDS", media
    contact, notes to editors and "About the University" box (a lecturer's walkthrough).
    From its end mark on, a release's notes are left out of the measures, as a masthead
    is: the paper's copy is a copy."""
    from wirediff.core.stories.boilerplate import split_lines

    w = Writer(21)
    body = w.article(w.topic(), paragraphs=8)
    notes = [
        "ENDS",
        "Media contact: Press Office, University of Lindfield, press@lindfield.example",
        "Notes to editors",
        "1. The study was funded by the National Sleep Trust.",
        "2. Images are available on request.",
        "About the University of Lindfield: founded in 1891, the university teaches 21,000"
        " students.",
    ]
    release = doc("release.txt", [*body, *notes])
    lines = split_lines(release.text, StoryOptions())
    assert sorted(lines.local) == list(range(len(body), len(body) + len(notes)))
    index = build_story_index([release, doc("paper.txt", body)], StoryOptions())
    said = wording(index, pair_derivation(index, 0, 1))
    assert said.startswith("Copy of the press release release.txt"), said
    # a text without a release's marks keeps its last lines
    plain = split_lines(doc("plain.txt", body).text, StoryOptions())
    assert not plain.local


@pytest.mark.parametrize(
    "tail",
    [
        ["###", "The second part of the story goes on here.", "And it ends here, as told."],
        [
            "About Hezbollah: the group, founded in 1982, is backed by Iran.",
            "The talks resume on Monday, officials said.",
        ],
        [  # (no contact: "mobile 5G" read as a phone number, in a review)
            "About Nokia: the company, founded in 1865, makes network equipment.",
            "Its mobile 5G network covers the city, and won't 3 years be enough, he asked.",
        ],
    ],
)
def test_a_storys_own_last_paragraphs_are_no_release_notes(tail: list[str]) -> None:
    """A "###" parting a story's sections, an explainer box with the story going on under
    it: its last paragraphs were cut as a release's notes, and a rewritten ending read as a
    copy's (a review). Notes read as notes: a contact, "Notes to editors", under the mark."""
    from wirediff.core.stories.boilerplate import split_lines

    w = Writer(22)
    body = w.article(w.topic(), paragraphs=5)
    lines = split_lines(doc("story.txt", [*body, *tail]).text, StoryOptions())
    assert not lines.local


def test_a_release_under_a_byline_or_an_author_keeps_its_notes() -> None:
    """A release saved as .docx has its creator for a byline, and a university's may open
    "By Jane Smith, Press Officer": with "Notes to editors" or a contact at its foot it is
    still a release (a review found both read as none)."""
    w = Writer(24)
    body = w.article(w.topic(), paragraphs=4)
    notes = ["ENDS", "Notes to editors", "1. Images are available on request."]
    docx = replace(doc("release.docx", [*body, *notes]), byline="Jane Smith")
    assert is_release(docx)
    bylined = doc("release.txt", [body[0], "By Jane Smith, Press Officer", *body[1:], *notes])
    assert is_release(bylined)
    paper = doc("paper.txt", [body[0], "By Jane Smith, Press Officer", *body[1:], "ENDS"])
    assert not is_release(paper)  # (a reporter's copy ending "ENDS": no release)


def _company_notes(company: str, wire: str) -> list[str]:
    """A listed company's notes under each of its releases: its "About", its forward-looking
    statements, its contacts, and the wire's lines (PR Newswire's or Business Wire's)."""
    about = [
        f"About {company}",
        f"{company} (NASDAQ: CRVN) is a company that builds computer vision and sensing"
        " products for warehouses, distribution centers and cross-dock facilities. Founded in"
        " 2014 and headquartered in Austin, Texas, it serves more than 1,900 customer sites in"
        " North America and Europe. For more information, visit its website.",
        "Forward-Looking Statements: This press release contains forward-looking statements"
        " within the meaning of the Private Securities Litigation Reform Act of 1995, including"
        f" statements regarding the expected availability, performance and customer adoption of"
        f" {company}'s products. These statements are based on current expectations and are"
        " subject to risks and uncertainties that could cause actual results to differ"
        f" materially. {company} undertakes no obligation to update any forward-looking"
        " statement, except as required by law.",
    ]
    if wire == "PR Newswire":
        return [
            *about,
            "###",
            "Media contact:",
            "Priya Raman, press@example.com",
            "Investor contact:",
            "Tom Okafor, ir@example.com",
            f"SOURCE {company}",
            "Cision View original content: https://www.prnewswire.com/news-releases/x.html",
        ]
    return [
        *about,
        "View source version on businesswire.com: https://www.businesswire.com/x/",
        "Contacts",
        "Priya Raman, press@example.com",
        "Investor contact:",
        "Tom Okafor, ir@example.com",
    ]


def test_a_companys_releases_are_not_one_story_through_their_notes() -> None:
    """Two releases of one company, their news apart, were one story, and another company's
    release joined them: "Rewrite of PR Newswire's press release: 26% of its sentences
    reused" — its "About", its forward-looking statements (the same but for the name) and
    its contacts (a PR agency analyst's walkthrough). A company's notes are boilerplate: each
    release is its own story with its reposts, and Ctrl+H hides the notes."""
    w = Writer(31)
    launch, deal, other = (w.article(w.topic(), paragraphs=3) for _ in range(3))
    corvane = "Corvane Systems"
    docs = [
        doc("a-release.html", [*launch, *_company_notes(corvane, "PR Newswire")]),
        doc("a-repost.html", [*launch, *_company_notes(corvane, "PR Newswire")[:-1]]),
        doc("b-release.html", [*deal, *_company_notes(corvane, "Business Wire")]),
        doc("b-repost.html", [*deal, *_company_notes(corvane, "Business Wire")]),
        doc("c-release.html", [*other, *_company_notes("Brightleaf Organics", "PR Newswire")]),
    ]
    index = build_story_index(docs, StoryOptions())
    stories = sorted(sorted(index.documents[d].name for d in s.documents) for s in index.stories)
    assert stories == [
        ["a-release.html", "a-repost.html"],
        ["b-release.html", "b-repost.html"],
        ["c-release.html"],
    ]
    assert reads_as_release(docs[2].text)  # (Business Wire's: "About", the statements, "Contacts")
    text = docs[0].text
    hidden = [text[a:b] for a, b in index.boilerplate[0]]
    assert hidden[0] == "About Corvane Systems" and hidden[2].startswith("Forward-Looking")
    assert not any(line in hidden for line in launch)


_ABOUT_LUNARIS = [
    "About Lunaris Health",
    "Lunaris Health, Inc. is a medical technology company headquartered in Boston,"
    " Massachusetts, that develops wearable devices for sleep disorders. The company was"
    " founded in 2017.",
]
_DISCLAIMER = (
    "This content was issued through the press release distribution service at Investor"
    " Brief Online. Investor Brief Online is not responsible for its accuracy."
)


@pytest.mark.parametrize(
    "notes",
    [
        # a site's trimmed repost: the "About", then the site's disclaimer
        [*_ABOUT_LUNARIS, _DISCLAIMER],
        [*_ABOUT_LUNARIS, "Disclaimer: the above press release comes to you from a wire."],
        [  # the whole notes, the disclaimer under the wire's lines
            *_company_notes("Corvane Systems", "PR Newswire"),
            _DISCLAIMER,
        ],
        [
            *_ABOUT_LUNARIS,
            "The views and opinions expressed herein do not necessarily reflect those of"
            " Nasdaq, Inc.",
        ],
        # GlobeNewswire's contacts: a name and the company under each label
        [
            *_ABOUT_LUNARIS,
            "Media Contact:",
            "Hannah Cole",
            "Lunaris Health",
            "media@lunarishealth.com",
            "Investor Contact:",
            "Raj Mehta",
            "ir@lunarishealth.com",
            _DISCLAIMER,
        ],
    ],
)
def test_a_companys_notes_over_a_sites_disclaimer_are_notes(notes: list[str]) -> None:
    """Reposts kept a company's "About" as text, their level and story drawn from it,
    because the site's disclaimer followed it ("… is not responsible for its accuracy"),
    or a contact gave three names ("Hannah Cole", "Lunaris Health", "Raj Mehta"): 6 trimmed
    reposts and 97 whole ones of one morning (a PR agency analyst's walkthrough)."""
    from wirediff.core.stories.boilerplate import split_lines

    w = Writer(34)
    body = w.article(w.topic(), paragraphs=4)
    lines = split_lines(doc("repost.html", [*body, *notes]).text, StoryOptions())
    assert sorted(lines.local) == list(range(len(body), len(body) + len(notes)))


@pytest.mark.parametrize(
    "tail",
    [
        # news sentences that open as a release's notes do
        ["Forward-looking statements from the central bank suggest rates will fall soon."],
        ["Safe harbor rules for small platforms were dropped from the bill, she said."],
        [  # a fact box with the story going on under it
            "About Hezbollah",
            "Hezbollah, founded in 1982, is a group backed by Iran.",
            "The talks resume on Monday, officials said.",
        ],
        ["About Corvane Systems", "Its shares fell 4% on Tuesday, the company said."],
    ],
)
def test_a_storys_last_paragraphs_are_no_companys_notes(tail: list[str]) -> None:
    """What reads like a company's notes but is a story's text (a PR agency analyst's
    walkthrough, whose fix left news endings alone): kept."""
    from wirediff.core.stories.boilerplate import split_lines

    w = Writer(32)
    body = w.article(w.topic(), paragraphs=5)
    lines = split_lines(doc("story.txt", [*body, *tail]).text, StoryOptions())
    assert not lines.local


@pytest.mark.parametrize(
    "tail",
    [
        [  # a fact box, then the story going on down to its reporter's e-mail
            "About Hezbollah",
            "Hezbollah is a Shiite group founded in 1982 and based in Lebanon.",
            "The group said on Tuesday it would not take part in the talks.",
            "Officials said 12 people were killed, among them four children.",
            "Contact the reporter: tom.perry@courier.com",
        ],
        [  # a markets story's last paragraph
            "The announcement, which included forward-looking guidance for 2027, left investors"
            " facing fresh uncertainty over tariffs."
        ],
        [  # a story on the EU data pact, then its reporter's e-mail
            "Safe Harbor, the pact that let 4,000 US companies move Europeans' data, had been in"
            " place since 2000, and its end leaves them in legal uncertainty.",
            "The Commission said it would publish guidance within weeks.",
            "Contact the reporter at jane.doe@courier.com",
        ],
        [  # a fact box, then the story: who said it was not responsible (no disclaimer)
            "About Hezbollah",
            "Hezbollah is a Shiite group founded in 1982 and based in Lebanon.",
            "Hezbollah said it was not responsible for the attack on the convoy.",
            "Contact the reporter: tom.perry@courier.com",
        ],
        [  # ... or who disclaims what: not this text
            "About Hezbollah",
            "Hezbollah is a Shiite group founded in 1982 and based in Lebanon.",
            "The ministry's statement does not reflect the views of the army, he said.",
            "Contact the reporter: tom.perry@courier.com",
        ],
        [  # a section break, then an investor relations chief quoted
            "###",
            "Acme said sales rose 4% in the quarter.",
            "Investor relations chief Tom Lee said the company would hold a call on Friday.",
        ],
    ],
)
def test_a_storys_ending_over_a_contact_is_no_companys_notes(tail: list[str]) -> None:
    """A story's ending that a contact, an e-mail or "Investor relations chief…" follows is
    no company's notes: a review found each cut from the fact box, the "forward-looking …
    uncertainty" sentence or the "###" down, out of the similarity and hidden by Ctrl+H."""
    from wirediff.core.stories.boilerplate import split_lines

    w = Writer(33)
    body = w.article(w.topic(), paragraphs=5)
    lines = split_lines(doc("story.txt", [*body, *tail]).text, StoryOptions())
    assert not lines.local
    assert release_notes([*body, *tail]) is None
