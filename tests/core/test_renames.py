"""The names a pair's replacements change ("Alexiou → Andreou"), said as figures are."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.renames import name_changes, names_said
from wirediff.core.report.jsonout import to_data
from wirediff.core.report.text import render_text

TAKE = (
    "ATHENS, Dec 6 (Reuters) - Greece's shipping minister Petros Alexiou said on Saturday "
    "the coastguard would investigate why the ferry sailed in gale-force winds.\n\n"
    "Alexiou told reporters in Piraeus that divers were still searching the hull.\n"
)


def test_a_corrected_name_is_said() -> None:
    """A wire's corrected take ("Corrects name of minister in paragraph 3") said nothing of
    the name it corrected: "an edited version …" (a wire desk's probe)."""
    comparison = compare(TAKE, TAKE.replace("Alexiou", "Andreou"))
    assert name_changes(comparison) == [("Alexiou", "Andreou"), ("Alexiou", "Andreou")]
    assert names_said(name_changes(comparison)) == "Alexiou → Andreou (×2)"
    assert "; names changed: Alexiou → Andreou (×2)" in render_text(comparison, width=200)
    stats = to_data(comparison)["stats"]
    assert (stats["names_changed"], stats["names"][0]) == (2, "Alexiou → Andreou")


def test_a_name_respelled_throughout_is_one_change_counted() -> None:
    """A translator's heroine respelled in every paragraph: 11 of 18 changes, each alone
    (a translation editor's walkthrough); one name changed, said with its count."""
    text = "\n\n".join(
        f"Yevgenia stood on the landing for the {n}th time, and the river was grey and wide."
        for n in range(4, 9)
    )
    text += "\n\nThe ferryman waved to Yevgenia from the far bank of the river."
    comparison = compare(text, text.replace("Yevgenia", "Evgenia"))
    assert names_said(name_changes(comparison)) == "Yevgenia → Evgenia (×6)"
    # a sentence's first word, never written capitalized inside a sentence, is no name
    # ("See → Behold", "Take → Seize": two Bible translations' first words of a verse)
    verse = "Jesus said, “Take away the stone.” Martha said to him, “Lord, by this time.”"
    assert name_changes(compare(verse, verse.replace("Take", "Seize"))) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "She said it was cold and the river was wide.",
            "He said it was cold and the river was wide.",
        ),
        ("Yesterday the river was wide and cold.", "Today the river was wide and cold, today."),
        ("The UPDATE 2-Greek ferry story.", "The UPDATE 3-Greek ferry story."),
        ("It cost 12 euros at the door.", "It cost 15 euros at the door."),
        ("the minister of shipping spoke.", "the Minister of shipping spoke."),
        (
            "WRITETHRU-Greek ferry capsizes off Andros",
            "CORRECTED-WRITETHRU-Greek ferry capsizes off Andros",
        ),
        # a headline in title case, a line of telex, a day: no names (a standards editor's
        # probe found each listed)
        (
            "Council Backs Plan For New Bridge\n\nThe council met.",
            "Council Rejects Plan For New Bridge\n\nThe council met.",
        ),
        ("POLICE SAY WAREHOUSE FIRE WAS ARSON", "OFFICIALS SAY DEPOT FIRE WAS ARSON"),
        ("The vote is on Sunday, the council said.", "The vote is on Saturday, the council said."),
        # a headline's word that is a word of a name in the text (National Rally), and a
        # place shortened to its initials (a standards editor's walkthrough)
        (
            "De Niro Joins Le Pen Protest as Paris Marches\n\nDe Niro joined protesters. Le Pen "
            "said the National Rally would vote against it.",
            "De Niro Backs Le Pen Rally as Paris Marches\n\nDe Niro joined protesters. Le Pen "
            "said the National Rally would vote against it.",
        ),
        (
            "Storms flood the freeways of Los Angeles, officials said.",
            "Storms flood the freeways of LA, officials said.",
        ),
        ("Talks at the United Nations resumed.", "Talks at the U.N. resumed."),
    ],
)
def test_no_name_changed(old: str, new: str) -> None:
    """A pronoun, a sentence's first word written small elsewhere, a figure, a case, a
    wire's marker: no name changed."""
    assert name_changes(compare(old, new)) == []


def test_the_relation_says_the_name_a_version_corrects() -> None:
    from dataclasses import replace

    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index, pair_derivation
    from wirediff.core.stories.relation import wording

    w = Writer(23)
    lines = [
        *w.article(w.topic(), paragraphs=6),
        "Shipping minister Petros Alexiou said the ferry should not have sailed.",
    ]
    fixed = [line.replace("Alexiou", "Andreou") for line in lines]
    docs = [
        replace(doc("take.txt", lines), source="Reuters", date="2026-12-06T13:40:00"),
        replace(doc("corrected.txt", fixed), source="Reuters", date="2026-12-06T14:10:00"),
    ]
    index = build_story_index(docs)
    said = wording(index, pair_derivation(index, 0, 1))
    assert said.endswith("; names changed: Alexiou → Andreou"), said


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # a name one word from a figure changed, the two one replacement (a probe: the
        # figure was said, the name not)
        (
            "Fire chief John Smith said 12 homes were lost in the blaze on the ridge.",
            "Fire chief John Smyth said 14 homes were lost in the blaze on the ridge.",
            "Smith → Smyth",
        ),
        # its accents corrected beside punctuation, as a comparison ignoring it reads it
        # ("Evry  → Évry " with its stray spaces, in the relation sentence)
        (
            "Le feu a pris à Evry : les pompiers de Evry sont venus.",
            "Le feu a pris à Évry : les pompiers de Évry sont venus.",
            "Evry → Évry (×2)",
        ),
    ],
)
def test_a_name_beside_another_change_or_punctuation_is_said(old: str, new: str, said: str) -> None:
    from wirediff.core.options import CompareOptions

    for options in (CompareOptions(), CompareOptions(ignore_punctuation=True)):
        assert names_said(name_changes(compare(old, new, options))) == said


GERMAN = (
    "Die Polizei sperrte am Dienstag die Innenstadt, nachdem Menschen einen Brand in der "
    "Lagerhalle gemeldet hatten. Die Feuerwehr war mit vielen Fahrzeugen im Einsatz, und "
    "die Stadtverwaltung richtete eine Notunterkunft in der Schule ein. Nach Angaben der "
    "Behörden wurde niemand verletzt, die Ursache des Feuers war am Abend noch unklar."
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # German writes its nouns capitalized: no names (a review: 7 listed, none a name)
        (GERMAN, GERMAN.replace("Polizei", "Feuerwehr", 1).replace("Menschen", "Personen")),
        # a lede's first word after a dateline's dash, a list's bullet
        (
            "MUSCAT, June 3 (Reuters) - Officials said the port would reopen.",
            "MUSCAT, June 3 (Reuters) - Authorities said the port would reopen.",
        ),
        ("• Police closed the road for the day.", "• Officials closed the road for the day."),
        # one name written otherwise: its points, its possessive, its Russian ending
        ("Talks with the U.S. resumed today.", "Talks with the US resumed today."),
        ("He met Alexiou's aides in Athens.", "He met Alexiou aides in Athens."),
        ("Делегация прибыла в Москву вчера вечером.", "Делегация прибыла в Москве вчера вечером."),
    ],
)
def test_no_name_changed_in_these_either(old: str, new: str) -> None:
    assert name_changes(compare(old, new)) == []


def test_a_short_report_of_many_names_is_no_german() -> None:
    """A governor's surname corrected throughout a short Reuters report full of names (its
    capitals as many as a German text's nouns) was said nowhere, nor in its story's
    relation (a walkthrough)."""
    text = (
        "TEMIRTAU, Dec 5 (Reuters) - Karaganda regional governor Erlan Zhumabekov met "
        "residents of Temirtau on Friday. Deputy minister Peter Yolkin joined Zhumabekov at "
        'the meeting.\n\n"We will allocate money to road repairs," Zhumabekov said. '
        "According to Yolkin, repairs will start in spring.\n\nResidents handed Zhumabekov a "
        "petition. City mayor Nurlan Abdirov promised to consider it by December 20."
    )
    new = text.replace("Zhumabekov", "Zhumabayev").replace("Abdirov", "Abdrakhmanov")
    said = names_said(name_changes(compare(text, new)))
    assert said == "Zhumabekov → Zhumabayev (×4), Abdirov → Abdrakhmanov"


def test_a_name_changed_only_where_it_opens_a_sentence_is_said() -> None:
    """ "Galloway said" → "Andreou said": the new name stood nowhere inside a sentence, and
    4 of 11 copies with a name changed said none (a data journalist's probe)."""
    old = (
        "The council met on Monday to discuss the budget for the coming year. Galloway said "
        "the vote would be close. Members later backed a plan drawn up by Mr Galloway's team."
    )
    new = old.replace("Galloway said", "Andreou said")
    assert names_said(name_changes(compare(old, new))) == "Galloway → Andreou"


def test_a_russian_names_case_forms_are_one_change() -> None:
    """ "Жумабеков → Жумабаев (×2), Жумабековым → Жумабаевым, Жумабекову → Жумабаеву and
    1 more": one correction said three times, a second person's hidden (a walkthrough)."""
    found = [
        ("Жумабекову", "Жумабаеву"),
        ("Жумабеков", "Жумабаев"),
        ("Жумабековым", "Жумабаевым"),
        ("Абдиров", "Абдрахманов"),
        ("Жумабеков", "Жумабаев"),
    ]
    assert names_said(found) == "Жумабеков → Жумабаев (×4), Абдиров → Абдрахманов"
    assert names_said([("Петров", "Сидоров"), ("Петрова", "Иванова")]) == (
        "Петров → Сидоров, Петрова → Иванова"  # (another name on the right: two changes)
    )


def test_a_name_after_an_initial_or_a_title_and_the_most_made_first() -> None:
    """ "J. Smith → J. Smyth" and "Mr. Smith": the initial's point read as a sentence's end
    (a review); and the change made most is said first, not "and 1 more"."""
    text = "Fire chief J. Smith said the crews were tired, and Mr. Smith thanked them."
    assert names_said(name_changes(compare(text, text.replace("Smith", "Smyth")))) == (
        "Smith → Smyth (×2)"
    )
    once = [("A", "B"), ("C", "D"), ("E", "F")]
    assert names_said([*once, *[("Yevgenia", "Evgenia")] * 13]).startswith(
        "Yevgenia → Evgenia (×13)"
    )


def test_a_french_name_after_an_elided_article_is_said() -> None:
    """ "d'Edouard Philipe → d'Édouard Philippe" said no name ("d'Edouard" opens in small
    letters: a French desk's walkthrough)."""
    text = (
        "Le Premier ministre a reçu jeudi le rapport d'Edouard Philipe sur les hôpitaux, "
        "a indiqué Matignon dans un communiqué publié dans la soirée."
    )
    new = text.replace("d'Edouard Philipe", "d'Édouard Philippe")
    assert names_said(name_changes(compare(text, new))) == "Edouard Philipe → Édouard Philippe"


def test_a_capital_elision_is_part_of_the_name() -> None:
    """ "D'Angelo → DeAngelo" was said "Angelo → DeAngelo" (a review)."""
    text = "The coach said on Monday that D'Angelo Russell would miss the match after an injury."
    new = text.replace("D'Angelo", "DeAngelo")
    assert names_said(name_changes(compare(text, new))) == "D'Angelo → DeAngelo"


def test_a_turkish_names_suffixed_forms_are_one_change() -> None:
    """ "Turan → Duran, Turan'ın → Duran'ın": one governor's name corrected, listed twice (a
    Turkish web desk's walkthrough); a suffix after an apostrophe is no other name."""
    text = (
        "Iğdır Valisi Ercan Turan, kentteki hanelerin başvurularını takip ettiklerini "
        "söyledi.\n\nVali Turan'ın açıklamasına göre kentte 40 bin hane başvuru yaptı.\n"
    )
    found = name_changes(compare(text, text.replace("Turan", "Duran")))
    assert found == [("Turan", "Duran"), ("Turan'ın", "Duran'ın")]
    assert names_said(found) == "Turan → Duran (×2)"
    assert names_said([("Turan'a", "Duran'a"), ("Smith's", "Smyth's"), ("Smith", "Smyth")]) == (
        "Smith → Smyth (×2), Turan'a → Duran'a"
    )
    # a name with a capital after its apostrophe is a name of its own
    assert names_said([("O'Brien", "O'Neil"), ("O'Connor", "O'Hara")]) == (
        "O'Brien → O'Neil, O'Connor → O'Hara"
    )
    assert names_said([("Turan'ın", "Duran'ın"), ("Turan'ın", "Kaya'nın")]) == (
        "Turan'ın → Duran'ın, Turan'ın → Kaya'nın"  # (another name on the right)
    )


@pytest.mark.parametrize(
    "stop",
    [
        '.<ref name="bbc1">{{cite news |title=Freight train derails |work=BBC News}}</ref>',
        '.<ref name="bbc1" />',
        ".[1]",
        ".[1][2]",
        ".<sup>1</sup>",
    ],
)
def test_a_sentence_after_a_reference_opens_as_after_its_stop(stop: str) -> None:
    """A number word opening a sentence after a reference was a name: "names changed: Two
    → Three" (a Wikipedia editor's walkthrough); a name after a mark mid-sentence still is."""
    text = (
        f"Sixteen wagons left the track near the crossing{stop} Two people were taken to hospital."
    )
    assert name_changes(compare(text, text.replace("Two", "Three"))) == []
    said = f"A spokesman for the line[1] Galloway said the track was closed{stop} More later."
    found = name_changes(compare(said, said.replace("Galloway", "Calloway")))
    assert names_said(found) == "Galloway → Calloway"
