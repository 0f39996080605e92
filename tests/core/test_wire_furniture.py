"""What an agency sends its clients' editors with a take — notes, slugs, credits, desks'
initials, stamps — is furniture, no story text (a corrections editor's and an Italian
desk's walkthroughs: five of a refile's six changes were these)."""

from __future__ import annotations

import pytest

from wirediff.core.wiremarkers import foot_furniture, head_furniture


@pytest.mark.parametrize(
    "line",
    [
        "Eds: UPDATES with prime minister's comment, bond yields, stocks",
        "(Corrects spelling of minister's name in paragraph 4)",
        "(Refiles to add dropped word in paragraph 6)",
        "BC-Poland-Rates/UPDATE 2",
        "BC-EU--Poland-Rates, 1st Ld-Writethru",
    ],
)
def test_a_note_to_editors_or_a_slug_is_furniture(line: str) -> None:
    assert head_furniture(line)


@pytest.mark.parametrize(
    "line",
    [
        "BC-based lenders said on Friday they would cut rates.",
        "Editors say the bill passes the Senate.",
        "(Reuters) - The central bank cut its main rate on Friday.",
        "(Corrects are rare, he said) and the vote went ahead.",
        "(Changes to bus routes take effect Monday)",
        "BC-Hydro, Fortis raise rates for 2027",
    ],
)
def test_a_sentence_is_no_furniture(line: str) -> None:
    assert not head_furniture(line)


def test_an_agencys_trailer_is_counted_from_the_end() -> None:
    story = "Il sisma è stato avvertito a Lucca e Pisa. (ANSA)."
    assert foot_furniture([story, "RED/GIM", "05-DIC-26 09:12 NNNN"]) == 2
    assert foot_furniture([story, "(AGI)", "Lu1/Mrg", "051130 DIC 26"]) == 3
    assert foot_furniture([story, "Fonte: ANSA", "© Riproduzione riservata"]) == 2
    assert foot_furniture(["The council will meet again on Monday, officials said."]) == 0
    assert foot_furniture([story, "FEATURES/INTERVIEWS"]) == 0  # (a site's section)
    # (a Polish, Czech or Hungarian paper's source line under its copy of the agency's take)
    for source in ("Źródło: PAP", "Źródło: Onet, PAP", "Zdroj: ČTK", "Forrás: MTI"):
        assert foot_furniture([story, source]) == 1
    # a trailer's line above the story's last line is the story's
    assert foot_furniture(["RED/GIM", "The council will meet again on Monday."]) == 0


def test_a_takes_trailer_is_boilerplate_of_its_story() -> None:
    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index

    w = Writer(5)
    lines = w.article(w.topic(), paragraphs=5)
    take = doc("take.txt", [*lines, "RED/GIM", "05-DIC-26 09:12 NNNN"])
    copy = doc("copy.txt", [*lines, "Fonte: ANSA"])
    index = build_story_index([take, copy])
    for d, trailer in ((0, "05-DIC-26 09:12 NNNN"), (1, "Fonte: ANSA")):
        text = index.documents[d].text
        at = text.index(trailer)
        assert any(start <= at < end for start, end in index.boilerplate[d])


@pytest.mark.parametrize("initials", ["kw/ mar/", "jw mal", "(PAP) kw/ mar/", "ab/ cd/ ef"])
def test_an_agencys_desk_initials_close_its_take(initials: str) -> None:
    """PAP's and ČTK's initials under a take were a deletion in every pair of the take and
    a portal's copy (an agency-monitoring analyst's walkthrough)."""
    story = "Pierwsze czytanie zaplanowano na 17 grudnia."
    assert foot_furniture([story, "(PAP)", initials], signed=True) == 2
    assert foot_furniture([story, initials], signed=True) == 1
    assert foot_furniture([story, initials]) == 0  # (no agency's text: words, perhaps)


@pytest.mark.parametrize(
    "line", ["Kw mar", "kw/ mar/ jw/ mal/", "abcde fg", "k m", "so far, so good", "kw.mar"]
)
def test_what_is_no_desks_initials_closes_no_take(line: str) -> None:
    story = "The council will meet again on Monday, officials said."
    assert foot_furniture([story, line], signed=True) == 0
    assert foot_furniture([story, "kw/ mar/", line], signed=True) == 0  # (the last line only)


def test_an_agencys_initials_are_boilerplate_of_its_take_alone() -> None:
    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index

    w = Writer(7)
    lines = w.article(w.topic(), paragraphs=5)
    credited = [f"WARSZAWA (PAP) - {lines[1]}", *lines[2:]]
    take = doc("take.txt", [lines[0], *credited, "(PAP)", "kw/ mar/"])
    copy = doc("copy.txt", [*lines, "jw mal"])  # (no agency's dateline: its own words)
    index = build_story_index([take, copy])
    text = index.documents[0].text
    assert any(s <= text.index("kw/ mar/") < e for s, e in index.boilerplate[0])
    text = index.documents[1].text
    assert not any(s <= text.index("jw mal") < e for s, e in index.boilerplate[1])


def test_a_broadcast_scripts_cues_are_boilerplate_of_its_story() -> None:
    """Half the changes between a radio package and the web article written from it were
    its cues struck out (a broadcast editor's walkthrough)."""
    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index

    w = Writer(9)
    lines = w.article(w.topic(), paragraphs=5)
    cues = ["[MUSIC UP: drought bed, then under]", "(SOT: Samuel Okafor, 0:14)", "ANCHOR:"]
    script = doc("script.txt", ["SLUG: DROUGHT PKG", cues[2], *lines[:3], cues[0], *lines[3:]])
    script_with_sot = doc("script2.txt", [cues[1], "REPORTER:", *lines, 'IN: "Under the old plan"'])
    article = doc("web.txt", lines)
    index = build_story_index([script, script_with_sot, article])
    for d, said in ((0, cues[0]), (0, "SLUG: DROUGHT PKG"), (1, cues[1]), (1, "REPORTER:")):
        text = index.documents[d].text
        at = text.index(said)
        assert any(start <= at < end for start, end in index.boilerplate[d]), said
    assert index.boilerplate[2] == ()  # (no script: nothing of it)
