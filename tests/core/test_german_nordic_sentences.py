"""German and Nordic abbreviations end no sentence (a German/Nordic desk's walkthrough:
"…17,2 Mrd. Euro und 850 Mio. Euro, rund 1,5 Mio. Fahrgäste." was cut after each "Mrd."
and "Mio.", the stories output printed "figures changed: 1,5 Mrd.␊Euro → 1,6 Mrd.␊Euro",
and a reprint writing "Milliarden" for "Mrd." had its figures "changed")."""

from __future__ import annotations

import pytest

from tests.core.helpers import sentences
from wirediff.core.stories.evidence import measure
from wirediff.core.stories.evidence import sentences as evidence_sentences


@pytest.mark.parametrize(
    "text",
    [
        # a count's magnitude or unit after its number, then what is counted
        "Die Stadt rechnet mit 17,2 Mrd. Euro und 850 Mio. Euro, rund 1,5 Mio. Fahrgäste.",
        "Zum Konzert kamen 12 Tsd. Besucher, sie warteten 3 Std. Zeit vor dem Einlass.",
        "Der Bund zahlt 12\u00a0Mill. Franken an die Kantone.",
        "Regeringen afsætter 2,5 mia. kroner og 300 mio. kr. til bl.a. landbruget.",
        "Regjeringen bruker 4,1 mrd. kroner og 400 mill. kroner på dette.",
        "Riksbanken räknar med 25 milj. kronor, t.ex. i Stockholm och bl.a. Göteborg.",
        "Hallitus leikkaa 150 milj. euroa, n. 40 prosenttia, esim. Helsinki kärsii.",
        # abbreviations before what they qualify
        "Die Linie Nr. 12 fährt bzw. Fährt nicht, vgl. Seite 3, ca. Hälfte der Züge.",
        "Laut Dr. Müller und Prof. Meier in St. Pölten ist es z.B. so.",
        "Det gælder f.eks. København og ca. 40 pct. af kommunerne, jf. Aftalen.",
        # a day's ordinal before its month
        "Die Gebühren steigen mit 1. Jänner um 3,2 Prozent.",
        "Der Streik dauert vom 1.–3. Dezember, am 5. Dez. ist Schluss.",
        "Die Frist endet am 28. Feber, die Zahlung folgt am 1. März.",
        "Budsjettet gjelder fra 1. januar, vedtatt 5. desember.",
        "Päätös tehtiin 5. joulukuuta ja se astuu voimaan 1. tammikuuta.",
        # an abbreviation closing a list, before a noun
        "Äpfel, Birnen usw. Obst wird teurer, sagt der Händler.",
    ],
)
def test_german_and_nordic_abbreviations_end_no_sentence(text: str) -> None:
    assert sentences(text) == [text]
    assert len(evidence_sentences(text)) == 1  # (the stories' evidence too)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a magnitude may close a sentence: a word that opens sentences follows it ("die" is
        # written in lower case elsewhere, "Die" opens a line)
        (
            "Die Kosten betragen 5 Mio. Die Regierung will sparen, sagte die Ministerin.",
            ["Die Kosten betragen 5 Mio.", "Die Regierung will sparen, sagte die Ministerin."],
        ),
        (
            "Die Stadt kauft Äpfel, Birnen usw. Die Preise steigen.",
            ["Die Stadt kauft Äpfel, Birnen usw.", "Die Preise steigen."],
        ),
        # in small letters (a language that does not capitalise its nouns), a capital after
        # a unit starts a sentence
        ("Det koster 500 kr. Det er dyrt.", ["Det koster 500 kr.", "Det er dyrt."]),
        (
            "Det koster 5 mio. Mette Frederiksen er enig.",
            ["Det koster 5 mio.", "Mette Frederiksen er enig."],
        ),
        # a number that is no day, or no month after a day
        ("Im Jahr 2026. Dezember ist kalt.", ["Im Jahr 2026.", "Dezember ist kalt."]),
        (
            "Das Spiel endete 3:5. Dezember wird besser.",
            ["Das Spiel endete 3:5.", "Dezember wird besser."],
        ),
        ("Er wurde 5. Der Trainer war zufrieden.", ["Er wurde 5.", "Der Trainer war zufrieden."]),
        # English as it was
        (
            "Fees rose 5 pct. The rest went to charity.",
            ["Fees rose 5 pct.", "The rest went to charity."],
        ),
        (
            "Read more at www.reuters.com. Back to top.",
            ["Read more at www.reuters.com.", "Back to top."],
        ),
        ("See bbc.co.uk. The site is down.", ["See bbc.co.uk.", "The site is down."]),
        # a short address's domain is no abbreviation's end (a review)
        (
            "Read the full story at ft.com. The paper said so.",
            ["Read the full story at ft.com.", "The paper said so."],
        ),
        ("He works for ap.org. She does not.", ["He works for ap.org.", "She does not."]),
        (
            "Mehr bei dr.dk. Det siger politiet.",
            ["Mehr bei dr.dk.", "Det siger politiet."],
        ),
    ],
)
def test_a_sentence_still_ends_after_an_abbreviation_where_one_starts(
    text: str, expected: list[str]
) -> None:
    assert sentences(text) == expected


def test_a_danish_text_with_units_before_small_letters_keeps_its_capitals() -> None:
    """Three stops after "mia.", "mio." and "kr." before a word in small letters made the
    text look written in lower case, and every stop ended a sentence ("2,5 mia." /
    "kroner…")."""
    text = (
        "Regeringen afsætter 2,5 mia. kroner og 300 mio. kr. til landbruget. "
        "Det koster 40 kr. om måneden."
    )
    assert sentences(text) == [
        "Regeringen afsætter 2,5 mia. kroner og 300 mio. kr. til landbruget.",
        "Det koster 40 kr. om måneden.",
    ]


BUDGET = """Wiener Gemeinderat beschließt Budget 2027

Wien (APA) - Der Wiener Gemeinderat hat am Freitag das Budget für 2027 beschlossen. Die \
Stadt rechnet mit Einnahmen von 17,2 Mrd. Euro und Ausgaben von 18,7 Mrd. Euro, die \
Neuverschuldung beträgt damit 1,5 Mrd. Euro. Für die Öffis sind 850 Mio. Euro vorgesehen, \
rund 1,5 Mio. Fahrgäste profitieren.

Die Gebühren für Müll und Kanal steigen mit 1. Jänner um 3,2 Prozent.
"""


def test_a_corrected_amount_is_said_whole_and_a_spelled_out_magnitude_is_no_change() -> None:
    corrected = BUDGET.replace("17,2 Mrd.", "17,1 Mrd.").replace("1,5 Mrd.", "1,6 Mrd.")
    assert measure(BUDGET, corrected).figures == (
        ("17,2 Mrd. Euro", "17,1 Mrd. Euro"),
        ("1,5 Mrd. Euro", "1,6 Mrd. Euro"),
    )
    spelled = BUDGET.replace("Mrd.", "Milliarden").replace("Mio.", "Millionen")
    found = measure(BUDGET, spelled)
    assert found.figures == ()
    assert len(evidence_sentences(BUDGET)) == 5


def test_a_quotation_after_a_magnitude_starts_a_sentence() -> None:
    assert sentences("Die Kosten betragen 5 Mio. „Das ist zu viel“, sagte er.") == [
        "Die Kosten betragen 5 Mio.",
        "„Das ist zu viel“, sagte er.",
    ]
