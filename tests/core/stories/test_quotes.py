"""A statement quoted at length by independent reports links none of them (``quotes``)."""

from __future__ import annotations

import pytest

from tests.core.stories.helpers import Writer, doc
from wirediff.core.quotemarks import quoted_spans
from wirediff.core.stories import StoryOptions, build_story_index


def _quoted(*lines: str) -> list[list[str]]:
    return [
        [line[a:b] for a, b in spans]
        for line, spans in zip(lines, quoted_spans(lines), strict=True)
    ]


@pytest.mark.parametrize(
    ("lines", "quoted"),
    [
        (['He said "we will win" and left.'], [["we will win"]]),
        (["„Wir schaffen das“, sagte sie."], [["Wir schaffen das"]]),
        (["« Nous gagnerons », a-t-il dit."], [[" Nous gagnerons "]]),
        (["“One,” she said, “two.”"], [["One,", "two."]]),
        # a quote of several paragraphs, each reopening it, the last closing it
        (
            ['"First part.', '"Second part.', '"Last part," it said.'],
            [["First part."], ["Second part."], ["Last part,"]],
        ),
        # ... or marked only at its ends
        (
            ['"First part.', "Second part.", 'Last part."'],
            [["First part."], ["Second part."], ["Last part."]],
        ),
        # ... or cut after its first paragraph: quoted to that paragraph's end
        (
            ["The minister said:", '"First part.', "Then the report went on."],
            [[], ["First part."], []],
        ),
        # a stray mark quotes nothing
        (['A 12" screen.', "Nothing quoted here."], [[], []]),
        # ... nor a stray curly one the paragraphs after it: the mark opening again inside
        # a paragraph says the first was stray (a review: all between was "quotation")
        (
            ["A stray “ mark here.", "The whole second paragraph.", "She said “we are done” then."],
            [[], [], ["we are done"]],
        ),
        # German and Danish »…«, British ‘…’ (not its apostrophes), Swedish ”…” (a probe:
        # read inside out, or as no quotation)
        (
            ["»Wir schaffen das«, sagte sie. »Wir bleiben«, fügte sie hinzu."],
            [["Wir schaffen das", "Wir bleiben"]],
        ),
        (["‘We won’t back down,’ the minister said."], [["We won’t back down,"]]),
        (["”Vi klarar det”, sade hon."], [["Vi klarar det"]]),
        (["No marks at all."], [[]]),
        # a straight quote between two Hebrew letters is gershayim, as ISO-8859-8 writes ״
        # (a Hebrew desk's walkthrough: 'ר ועדת הכספים, ח' was quoted)
        (
            ['יו"ר ועדת הכספים, ח"כ משה לוי, אמר: "נתחיל ביום ג\' הקרוב".'],
            [["נתחיל ביום ג' הקרוב"]],
        ),
        # ... but for a quote opened after a one-letter prefix, as Israeli copy writes
        # ל"הארץ" and ש"…" (review rv181: its closing mark opened a quote, and the
        # paragraph's next quote was read as body); an inflected acronym stays one
        (
            ['ראש הממשלה אמר ל"הארץ" כי "המצב קשה מאוד" ואין פתרון.'],
            [["הארץ", "המצב קשה מאוד"]],
        ),
        (
            ['השר הודיע ש"אנחנו נמשיך" אחרי שח"כים ודו"חות, צה"ל ותשפ"ז.'],
            [["אנחנו נמשיך"]],
        ),
        (['אמרו מנכ"לית החברה ו"גם הם" כי יו"ר הוועדה יחליט.'], [["גם הם"]]),
    ],
)
def test_quoted_spans(lines: list[str], quoted: list[list[str]]) -> None:
    assert _quoted(*lines) == quoted


def _reports(quote: bool) -> list[list[str]]:
    """Two reports written apart, each with a statement of four paragraphs."""
    w = Writer(31)
    topic = w.topic()
    statement = [w.sentence(topic) + " " + w.sentence(topic) for _ in range(4)]
    if quote:
        statement = [f'"{p}' for p in statement[:-1]] + [f'{statement[-1]}"']
    out = []
    for _ in range(2):  # (each of its own angle: other people and places)
        own = w.article(w.topic(), paragraphs=5)
        out.append([*own[:3], "The ministry said in a statement:", *statement, *own[3:]])
    return out


def test_reports_quoting_one_statement_are_not_versions_of_one_story() -> None:
    """A grouping probe: five reports of a drought order, each quoting the minister's
    written statement in full (over half of each), were one story, each "a copy of
    Reuters' story, trimmed and added to". Their words outside the quotation share
    nothing: two stories of one event. The same texts unquoted are one story (the link
    the quotation made), and a paper's copy of one report, which shares its own words
    too, joins it."""
    first, second = _reports(quote=True)
    copy = first[:-1]
    index = build_story_index(
        [doc("a.txt", first), doc("b.txt", second), doc("a_copy.txt", copy)], StoryOptions()
    )
    names = [sorted(index.documents[d].name for d in s.documents) for s in index.stories]
    assert sorted(names) == [["a.txt", "a_copy.txt"], ["b.txt"]]
    assert len(index.events) == 1
    plain = build_story_index([doc(n, t) for n, t in zip("ab", _reports(quote=False), strict=True)])
    assert len(plain.stories) == 1


def test_a_trimmed_copy_that_is_all_quotation_still_joins() -> None:
    """A copy keeping only the quotation and its one line of attribution has no words of
    its own to weigh: it stays a version of the report it was cut from."""
    first, _second = _reports(quote=True)
    trimmed = [first[0], *first[4:8]]
    index = build_story_index([doc("a.txt", first), doc("trim.txt", trimmed)], StoryOptions())
    assert len(index.stories) == 1


def test_a_rewrite_keeping_the_agencys_quotes_stays_its_version() -> None:
    """A review and a probe: a paper's rewrite that keeps the agency's quotes word for word
    and words the rest anew — churnalism's commonest form — shares hardly a run of its own
    words with the agency's, and the quotation rule made it a story of its own. It tells
    of the same people, places and figures, which independent reports do not: linked."""
    from pathlib import Path

    from wirediff.core.reading import load_paths
    from wirediff.core.stories.relation import pair_derivation

    folder = Path(__file__).parents[2] / "fixtures" / "quotes-rewrite"
    docs = load_paths(sorted(folder.glob("*.txt"))).documents
    index = build_story_index(docs, StoryOptions())
    assert len(index.stories) == 1
    assert pair_derivation(index, 0, 1).level.derived


def test_a_paper_quoting_an_agencys_interview_and_naming_it_stays_its_version() -> None:
    """A probe: a regional paper kept two quotes of TASS's interview with a minister, said
    where they came from ("в интервью информационному агентству ТАСС") and wrote the rest
    anew; its names were too few of the interview's, and the quotation rule made it a
    story of its own. A text that names the agency whose text it shares quotes with took
    them from it: linked."""
    from pathlib import Path

    from wirediff.core.reading import load_paths

    folder = Path(__file__).parents[2] / "fixtures" / "quotes-interview"
    docs = load_paths(sorted(folder.glob("*.txt"))).documents
    assert [d.source for d in docs] == ["TASS", ""]
    index = build_story_index(docs, StoryOptions())
    assert len(index.stories) == 1
    assert index.documents[index.stories[0].base].name == "agency_interview.txt"


@pytest.mark.parametrize(
    ("text", "outlet", "named"),
    [
        ("the minister told Reuters on Monday", "Reuters", True),
        ("заявил в интервью ТАСС министр", "TASS", True),
        ("LONDON (AP) - Shares fell.", "AP", True),
        ("the Associated Press reported", "AP", True),
        ("НОВОСИБИРСК, 5 декабря. /ТАСС/. Мост открыли.", "TASS", True),
        ("Leaders met at the APEC summit.", "AP", False),
        ("(AP Photo/Jane Doe)", "AP", False),
        ("REUTERS/Jane Doe", "Reuters", False),
        ("Nothing about any agency here.", "AFP", False),
        # a mention, a photo's credit, a word, a longer name: no source (a review)
        ("Photo: AFP via Getty Images", "AFP", False),
        ("(Photo: Reuters)", "Reuters", False),
        ("The PA said the talks would resume.", "PA Media", False),
        ("the Palestinian Authority (PA) said", "PA Media", False),
        ("Hubungan antara kedua negara membaik.", "Antara", False),
        ("growth across the MENA region", "MENA", False),
        ("the Australian Associated Press reported", "AP", False),
        ("a Reuters correspondent saw the fire", "Reuters", True),  # (its account)
        ("the talks would resume, Reuters said.", "Reuters", True),
        ("he said in a statement to Reuters", "Reuters", True),
        ("at least 40 dead, according to an AFP tally", "AFP", True),
        ("the PA said the talks would resume", "PA Media", False),  # (a short name: "said" no)
        # German, French and Spanish credits (a German site's rewrite credited dpa so)
        ("Mit Material von dpa", "dpa", True),
        ("Quelle: AFP", "AFP", True),
        ("le bilan, selon l'AFP, est lourd", "AFP", True),
        ("el plan, según EFE, arranca", "EFE", True),
        ("the dpa building on Monday", "dpa", False),
    ],
)
def test_names_outlet(text: str, outlet: str, named: bool) -> None:
    from wirediff.core.reading.outlets import names_outlet

    assert names_outlet(text, outlet) is named


def test_one_agencys_reports_quoting_one_statement_stay_apart() -> None:
    """Each of an agency's texts credits it ("LONDON (Reuters) -"): two of its reports
    written apart, quoting one statement, were joined as naming their quotes' source (a
    review). A text's own agency is no source it quotes."""
    from dataclasses import replace

    first, second = _reports(quote=True)
    docs = [
        replace(doc(name, [f"LONDON (Reuters) - {text[0]}", *text[1:]]), source="Reuters")
        for name, text in (("a.txt", first), ("b.txt", second))
    ]
    assert len(build_story_index(docs, StoryOptions()).stories) == 2
