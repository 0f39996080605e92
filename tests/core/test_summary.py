"""The changes to step through and the statistics of a comparison."""

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.helpers import options_strategy, prose
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.quoting import changed_figures
from wirediff.core.result import OpKind, RowKind
from wirediff.core.tokens import count_words, scan


@settings(max_examples=200, deadline=None)
@given(st.text() | prose, st.text() | prose, options_strategy)
def test_word_accounting_adds_up(left, right, options):
    result = compare(left, right, options)
    s = result.stats
    # Every left word is matched, deleted or changed; every right word matched, added or
    # changed (moved units counted once, at their left place).
    assert s.matched_words + s.words_deleted + s.words_changed == s.left_words
    assert s.matched_words + s.words_added + s.words_changed_right == s.right_words
    assert s.left_words == sum(scan(left, options).words)
    assert s.right_words == sum(scan(right, options).words)
    # The changes shown may hold short matched runs (folded in for readability, counted as
    # matched): the same words on both sides, so beyond the words counted as changed, the
    # changes shown hold as many words on the left as on the right.
    shown = {"left": 0, "right": 0}
    for row in result.rows:
        if row.kind is RowKind.MOVED and row.left is None:
            continue
        for op in row.ops:
            if op.kind is not OpKind.EQUAL:
                shown["left"] += count_words(left[op.left.start : op.left.end])
                shown["right"] += count_words(right[op.right.start : op.right.end])
    folded_left = shown["left"] - s.words_deleted - s.words_changed
    folded_right = shown["right"] - s.words_added - s.words_changed_right
    assert folded_left == folded_right >= 0


def test_whitespace_change_has_a_visible_span():
    result = compare("a  b\n", "a b\n", CompareOptions(fold_whitespace=False))
    (change,) = result.changes
    assert change.left != (change.left.start, change.left.start)
    assert result.left_text[change.left.start : change.left.end] == "  "


def test_changes_in_two_sentences_are_two_changes():
    result = compare("One two three. Four five six.\n", "One 2 three. Four five 6.\n")
    assert [c.kind.value for c in result.changes] == ["replace", "replace"]
    assert [result.left_text[c.left.start : c.left.end] for c in result.changes] == [
        "two",
        "six",
    ]


def test_the_edits_of_one_sentence_are_one_change():
    left = "The big dog ran fast to the old house. It slept.\n"
    right = "The large dog ran quickly to the old house. It slept.\n"
    result = compare(left, right)
    (change,) = result.changes
    assert change.kind.value == "replace"
    assert left[change.left.start : change.left.end] == "big dog ran fast"
    assert right[change.right.start : change.right.end] == "large dog ran quickly"
    # The word operations are still one per edit, and "dog ran" is matched.
    (row,) = result.rows
    assert [op.kind for op in row.ops].count(OpKind.REPLACE) == 2
    assert result.stats.matched_words == 9
    # A deletion and an insertion in one sentence are one change too: a replacement.
    result = compare(left, "The big dog ran to the very old house. It slept.\n")
    (change,) = result.changes
    assert change.kind.value == "replace"
    assert left[change.left.start : change.left.end] == "fast to the"


def test_an_edit_at_a_sentence_start_is_its_own_change():
    left = "Troops will stay in Iraq. Officials said so on Monday.\n"
    right = "Troops will remain in Iraq. US officials said so on Monday.\n"
    result = compare(left, right)
    assert [right[c.right.start : c.right.end] for c in result.changes] == [
        "remain",
        "US officials",
    ]


@settings(max_examples=200, deadline=None)
@given(st.text() | prose, st.text() | prose, options_strategy)
def test_every_changed_op_is_in_one_change_of_its_row(left, right, options):
    result = compare(left, right, options)
    texts = {"left": left, "right": right}
    for row in result.rows:
        found = [c for c in result.changes if c.row == row.index]
        if row.kind is RowKind.MOVED:
            assert len(found) == 1
            continue
        for a, b in pairwise(found):  # the changes of a row do not overlap
            assert a.left.end <= b.left.start and a.right.end <= b.right.start
        for op in row.ops:
            if op.kind is OpKind.EQUAL:
                continue
            for side in ("left", "right"):
                span = op.left if side == "left" else op.right
                piece = texts[side][span.start : span.end]
                if piece.strip():  # its first visible character is in one change
                    at = span.start + len(piece) - len(piece.lstrip())
                    holding = [c for c in found if c.span(side).start <= at < c.span(side).end]
                    assert len(holding) == 1, (row, op, found)


def test_the_figures_a_pair_changes_are_said():
    left = "The strike began on Monday. The retirement age rises to 60. Bookings fell 12 percent."
    right = "The strike began on Monday. The retirement age rises to 62. Bookings fell 21 percent."
    assert changed_figures(compare(left, right)) == (["60 → 62", "12 percent → 21 percent"], 2)
    assert changed_figures(compare(left, right), limit=1) == (["60 → 62"], 2)
    assert changed_figures(compare(left, left.replace("Monday", "Tuesday"))) == ([], 0)


def test_a_change_holding_several_figures_names_the_ones_that_differ():
    """ "12 were hurt and 1,200 homes" against "21 were hurt and 1,200 homes" was quoted
    "12 1,200 → 21 1,200"; the same figure in other digits or grouped with a no-break space
    is no change."""
    left = "In all 12 were hurt and 1,200 homes lost power on the coast."
    right = "In all 21 were hurt and 1\u00a0200 homes lost power on the coast."
    assert changed_figures(compare(left, right)) == (["12 → 21"], 1)
    same = left.replace("12", "١٢").replace("1,200", "1\u202f200")
    assert changed_figures(compare(left, same)) == ([], 0)


def test_sentences_written_apart_change_no_figure(sample_dir):
    """Two captions paired on a few words ("… on April 20, 2003" against "… August 23,
    2020") were said to change figures: "20 2003 2003 → 23 2020". A figure changes in a
    sentence mostly kept."""
    left, right = (p.read_text(encoding="utf-8") for p in sorted(sample_dir.glob("00[01]_*")))
    said, _total = changed_figures(compare(left, right))
    assert not any("2003" in s for s in said)
    kept = "US troops had caused damage to the ancient city in April 2003, the museum said."
    head = "Museum report\n\nBy our staff\n\nBAGHDAD, July 24 (Reuters) - A report said.\n\n"
    # (past the head: a date in the story corrected is a figure changed; in the head, a
    # dateline's or a stamp's is not)
    found = changed_figures(compare(head + kept, head + kept.replace("2003", "2004")))
    assert found == (["April 2003 → April 2004"], 1)  # (quoted with its month)
    assert changed_figures(compare(head + kept, head.replace("24", "25") + kept)) == ([], 0)


def test_a_figure_corrected_in_a_moved_paragraph_is_said_in_every_output():
    """60 → 62 inside a paragraph moved down: the change list had only the move, and no
    command-line output said which figures changed (the app's changes panel alone did)."""
    from wirediff.core.report.html import render_html
    from wirediff.core.report.jsonout import to_data
    from wirediff.core.report.text import render_text

    paragraphs = [
        "Flood waters forced 12,000 people from their homes in the north, officials said.",
        "Rescue teams reached villages cut off since Friday by the rising river.",
        "The weather service forecast more heavy rain for the next three days.",
        "Farmers said the floods destroyed 60 percent of the wheat crop in the worst areas.",
    ]
    moved = [
        paragraphs[0].replace("12,000", "14,500"),
        paragraphs[3].replace("60", "62"),
        paragraphs[1],
        paragraphs[2],
    ]
    result = compare("\n\n".join(paragraphs), "\n\n".join(moved))
    assert result.stats.units_moved == 1
    said = ["12,000 people → 14,500 people", "60 percent → 62 percent"]  # (with their units)
    assert changed_figures(result) == (said, 2)
    stats = to_data(result)["stats"]
    assert stats["figures_changed"] == 2 and stats["figures"] == said
    said = "figures changed: 12,000 people → 14,500 people, 60 percent → 62 percent"
    assert said in " ".join(render_text(result, "a", "b", width=400).split())
    assert said in render_html(result, "a", "b")


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "killed 1,5 million people",
            "killed 15 million people",
            ["1,5 million people → 15 million people"],
        ),
        ("The vote was 1-12 in the end", "The vote was 11-2 in the end", ["1-12 → 11-2"]),
        ("set for 1/12 by the board", "set for 11/2 by the board", ["1 12 → 11 2"]),
        ("rose 1,200 units in all", "rose 1\u202f200 units in all", []),  # grouped otherwise
        # a decimal comma against a point: one value (a media monitor's walkthrough)
        ("оценивается в 1,5 млрд рублей", "оценивается в 1.5 млрд рублей", []),
        ("rose 2,75 percent in all", "rose 2.75 percent in all", []),
        ("rose 2,750 units in all", "rose 2.750 units in all", ["2,750 → 2.750"]),
        # a figure kept beside figures added, or a currency sign added: none changed (an
        # Arabic standards editor's walkthrough read "2.9% → 2.9% $74.15 14:35")
        ("Brent rose 2.9% on the day", "Brent rose 2.9% to $74.15 by 14:35 on the day", []),
        ("Brent reached 78.40 a barrel", "Brent reached $78.40 a barrel", []),
        ("12 dead and 40 hurt in the blast", "14 dead and 40 hurt in the blast", ["12 → 14"]),
        # a date with its day and year: said once, its month once (a policy analyst's
        # walkthrough read "4 November November 2024 → 10 February February 2025")
        (
            "The fee was set on 4 November 2024 by the board",
            "The fee was set on 10 February 2025 by the board",
            ["4 November 2024 → 10 February 2025"],
        ),
        ("LONDON, Dec 5 (Reuters) - At least", "LONDON, Dec 6 (Reuters) - At least", []),
        ("МОСКВА, 5 декабря. /ТАСС/. Снег", "МОСКВА, 6 декабря. /ТАСС/. Снег", []),
        ("Updated 10:32 GMT, the storm", "Updated 10:45 GMT, the storm", []),
        ("Updated 2026-03-12T22:40 the storm", "Updated 2026-03-13T08:15 the storm", []),
        ("Updated 12.03.2026 the storm", "Updated 13.03.2026 the storm", []),
        # a magnitude's word is its power of ten (a Russian desk converts them on every
        # reprint: "1 500 000 000 → 1,5 млрд" on nearly every edited copy, and "15 000
        # человек → 15", the word dropped, read as a thousandfold change)
        ("выделят 1 500 000 000 тенге", "выделят 1,5 млрд тенге", []),
        ("выделят 1 500 000 000 тенге", "выделят 1,5 миллиарда тенге", []),
        ("пришли 12 000 человек", "пришли 12 тыс. человек", []),
        ("пришли 15 000 человек", "пришли 15 тысяч человек", []),
        ("пришли 15 000 человек", "пришли 17 тысяч человек", ["15 000 человек → 17 тысяч человек"]),
        ("spent 250,000,000 dollars", "spent 250 million dollars", []),
        ("spent $800m on it", "spent $800 million on it", []),
        ("spent 1.5 bn on it", "spent 1.6 bn on it", ["1.5 bn → 1.6 bn"]),
        ("ran 5 km that day", "ran 5,000 km that day", ["5 km → 5,000 km"]),  # (no magnitude)
        # French: a time "15 h 30" is one figure (it was "15 → 16, 30 → 10"), and a space
        # before "%" or "€", "millions d'euros", keep the unit (a French desk's walkthrough)
        ("prévue à 15 h 30 jeudi", "prévue à 16 h 10 jeudi", ["15 h 30 → 16 h 10"]),
        ("prévue à 12h05 jeudi", "prévue à 12h40 jeudi", ["12h05 → 12h40"]),
        ("en hausse de 3,2 % sur un an", "en hausse de 3,5 % sur un an", ["3,2 % → 3,5 %"]),
        (
            "une enveloppe de 40 millions d'euros pour",
            "une enveloppe de 45 millions d'euros pour",
            ["40 millions d'euros → 45 millions d'euros"],
        ),
        ("coûte 40 € par mois", "coûte 45 € par mois", ["40 € → 45 €"]),
        ("une enveloppe de 1 500 millions", "une enveloppe de 1,5 milliard", []),
        # German and Spanish units, "km/h" whole, dpa's transmission stamp no figure (a
        # German desk's walkthrough: "152 km → 148 km", "figures changed: 050745 → 051310")
        (
            "auf 2,5 Millionen Euro",
            "auf 3,2 Millionen Euro",
            ["2,5 Millionen Euro → 3,2 Millionen Euro"],
        ),
        ("Böen mit 152 km/h", "Böen mit 148 km/h", ["152 km/h → 148 km/h"]),
        ("rund 3.200 Menschen", "rund 3.500 Menschen", ["3.200 Menschen → 3.500 Menschen"]),
        ("auf 2,5 Mio. Euro", "auf 2,5 Millionen Euro", []),
        ("1.500 millones de euros", "1.800 millones de euros", ["1.500 millones → 1.800 millones"]),
        # (a dash of another kind, a time's point, a degree sign: no figure changed, an
        # English standards editor's walkthrough)
        ("Chelsea won 3-1 at home", "Chelsea won 3–1 at home", []),
        ("landed at 10:32 on time", "landed at 10.32 on time", []),
        ("rose to 5C at noon", "rose to 5°C at noon", []),
        ("rose to 5C at noon", "rose to 7°C at noon", ["5 → 7°C"]),
        # (a review: a currency after the figure, a time written otherwise, a minute alone)
        ("costs €40 a month", "costs 40 € a month", []),
        ("at 10h30 the plane left", "at 10 h 30 the plane left", []),
        ("at 18 h 30 the plane left", "at 18 h 45 the plane left", ["18 h 30 → 18 h 45"]),
        # (its digits moved as written: rounded to 28 digits, these two were one)
        (
            "held 1234567890123456789012345678901 million",
            "held 1234567890123456789012345678999 million",
            ["1234567890123456789012345678901 million → 1234567890123456789012345678999 million"],
        ),
    ],
)
def test_figures_are_compared_as_values_one_by_one_and_dates_are_none(old, new, said):
    """Found by a review: a decimal comma was taken for a thousands separator, and runs
    of figures compared as one string of digits ("1-12" was "11-2"); a reprint's dateline
    a day later made a copy an edited version with "figures changed: 5 → 6"."""
    tail = " were reported across the northern province by officials on Tuesday."
    assert changed_figures(compare(old + tail, new + tail))[0] == said


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (  # the injured against the missing: two facts, no figure changed
            "At least four people have died and more than 40 are in hospital",
            "At least 11 people have died and nine workers are missing",
            ["four people → 11 people"],
        ),
        (  # a dateline's year is its date's, no figure (it was "2026 → Nine people")
            "Ferry toll rises\n\nHALDEN, March 9, 2026 (MPA) - At least four people were "
            "killed when the ferry capsized",
            "Ferry toll rises\n\nNine people were killed when the ferry capsized",
            ["four people → Nine people"],
        ),
        (  # two counts a side, each its own ("342 517 → 512 780" read as two numbers)
            "Пострадали 342 жилых дома и 517 участков",
            "Пострадали 512 жилых домов и 780 участков",
            ["342 → 512", "517 → 780"],
        ),
        (  # one count against two parted by words ("38 6 people" read as 386: a probe)
            "capsized early on Saturday, killing at least 27 people, the coastguard said",
            "capsized early on Saturday, and the toll rose to 38 as 6 people remained missing,"
            " the coastguard said",
            ["27 people → 38 … 6 people"],
        ),
        (
            "Вода подтопила более 900 человек",
            "Вода подтопила более 1,4 тыс. человек",
            ["900 человек → 1,4 тыс. человек"],
        ),  # (its "тыс." was dropped)
        (  # one fact in other words: its figure changed
            "More than 40 people are being treated in hospital",
            "More than 63 injured are now being treated in hospitals",
            ["40 people → 63"],
        ),
    ],
)
def test_a_figure_of_another_fact_put_in_its_place_is_no_figure_changed(old, new, said):
    """ "figures changed: four people → 11 people, 40 → nine" — the 40 in hospital, the nine
    missing (a media monitor's walkthrough): a replacement of more than three words a side
    sharing no word is another fact, not a figure corrected."""
    tail = " after the blast at the port on Thursday, officials said."
    assert changed_figures(compare(old + tail, new + tail))[0] == said


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (  # a penalties row, its two cells raised (a policy analyst's walkthrough: it was
            # "£2,500 → £10,000", in no version of the bill)
            "section 15(2)\tFailure to submit a return\t£2,500\t£5,000",
            "section 15(2)\tFailure to submit a return\t£5,000\t£10,000",
            ["£2,500 → £5,000", "£5,000 → £10,000"],
        ),
        (  # words on the new side only part its figures (a review: "27 → 38 6 people"),
            # the toll said as the toll was: the 6 missing are a fact added, no figure of the
            # toll's (a Gulf desk's walkthrough: "5.9 → 18 … 6.1")
            "Ferry toll rises\n\nThe toll was 27 on Saturday night, the coastguard said.",
            "Ferry toll rises\n\nThe toll was 38 as 6 people remained missing on Saturday night,"
            " the coastguard said.",
            ["27 → 38"],
        ),
    ],
)
def test_figures_of_a_row_or_parted_by_words_are_each_said(old, new, said):  # type: ignore[no-untyped-def]
    assert changed_figures(compare(old, new))[0] == said


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("At least four people died", "At least 12 people died", ["four people → 12 people"]),
        ("At least four people died", "At least seven people died", ["four people → seven people"]),
        (
            "About 23 people are missing",
            "About nine people are missing",
            ["23 people → nine people"],
        ),
        ("Twenty-one homes burned", "Twenty-three homes burned", ["Twenty-one → Twenty-three"]),
        ("At least four people died", "At least 4 people died", []),  # the same figure
        # with its percent, the same value: a script's words against the web copy's digits
        # read "twenty-three per cent → 23%" (a broadcast desk's walkthrough)
        ("Around twenty-three per cent leaked", "Around 23% leaked", []),
        ("Around twenty-three percent leaked", "Around 23 per cent leaked", []),
        (
            "Around twenty-three per cent leaked",
            "Around 24% leaked",
            ["twenty-three per cent → 24%"],
        ),
        ("One of them said it rose", "A man said it rose", []),  # no figure on the other side
        # Spanish's too ("cuatro → 17" was missing, "40 → 63" beside it: a media monitor)
        (
            "Al menos cuatro personas murieron",
            "Al menos 17 personas murieron",
            ["cuatro personas → 17 personas"],
        ),
        ("Veintidós casas ardieron", "Veinticinco casas ardieron", ["Veintidós → Veinticinco"]),
        ("Dijo una vez que subió", "Dijo 3 veces que subió", []),  # ("una": no figure)
    ],
)
def test_a_figure_in_words_is_a_figure_changed(old, new, said):
    """A death toll written as news writes small numbers, "four → 12", was in no list of
    figures changed (the banner's, the panel's, a report's), while the panes marked it:
    the change a corrections researcher most needed, missing from the summary they skim."""
    tail = " in the flood across the valley on Sunday, officials said."
    assert changed_figures(compare(old + tail, new + tail))[0] == said


def test_two_figures_in_one_change_are_two_and_arabic_digits_keep_their_order():
    """The JSON counted one (capped at the number of changes) where the text said two;
    Arabic-Indic digits (bidi class AN) made "٦٠ → ٦٢" one right-to-left run, drawn with
    the arrow at the old figure."""
    from wirediff.core.quoting import arrow
    from wirediff.core.report.jsonout import to_data

    tail = " in the province on Tuesday, officials said after the storm."
    left = "The storm killed 60 people and injured 12 others" + tail
    right = "The storm killed 62 people and injured 21 others" + tail
    stats = to_data(compare(left, right))["stats"]
    assert stats["figures_changed"] == 2 and stats["figures"] == [
        "60 people → 62 people",
        "12 → 21",
    ]
    assert arrow("٦٠", "٦٢") == "٦٠\u200e → \u200e٦٢"
    assert arrow("۶۰", "۶۲") == "۶۰ → ۶۲"  # Urdu's digits are drawn in order
    # the JSON is data: no direction marks in its strings (a script compared "٦٣\u200e → …")
    arabic = "قال الوزير إن {} شخصا قتلوا في الهجوم على القرية اليوم."
    stats = to_data(compare(arabic.format("٦٣"), arabic.format("٦٨")))["stats"]
    assert stats["figures"] == ["٦٣ → ٦٨"]


def test_a_figure_changed_at_several_places_is_said_once_and_a_date_with_its_month():
    """ "1.25 → 1.2, 1.25 → 1.2, 15 → 1 and 2 more": a headline and its lede made one
    change twice, and a date's day said nothing without its month; the figures that
    mattered were left out."""
    from wirediff.core.quoting import figures_said

    left = (
        "Government commits 1.2 billion to rail\n\nBy the press office\n\nPRESS RELEASE\n\n"
        "The ministry announced a 1.2 billion programme for the regional rail network today.\n\n"
        "Work on the first section will begin on 1 April and last fourteen months in all.\n\n"
        "Punctuality fell to 78% last year, and signalling accounts for 12% of all delays.\n"
    )
    right = (
        left.replace("1.2 billion", "1.25 billion")
        .replace("1 April", "15 April")
        .replace("12%", "14%")
    )
    result = compare(left, right)
    said = "1.2 billion → 1.25 billion (×2), 1 April → 15 April, 12% → 14%"
    assert figures_said(result) == said
    assert figures_said(result, 1) == "1.2 billion → 1.25 billion (×2) and 2 more"


def test_a_date_corrected_in_a_headline_is_a_figure_changed_a_datelines_is_not():
    """The whole head was left out: "Rail works to start on 1 April" corrected to 15 was no
    figure changed, while the panes marked it."""
    from wirediff.core.reading.dates import is_date_line

    body = "\n\nThe ministry said the works on the regional lines would take fourteen months.\n"
    left = "Rail works to start on 1 April\n\nLONDON, Dec 5 (Reuters) - Officials said." + body
    right = left.replace("1 April", "15 April").replace("Dec 5", "Dec 6")
    assert changed_figures(compare(left, right))[0] == ["1 April → 15 April"]
    assert is_date_line("Press release — 10 March 2026")
    assert is_date_line("Updated 10:32 GMT")
    assert is_date_line("НОВОСИБИРСК, 5 декабря. /ТАСС/. Снег")
    assert not is_date_line("Rail works to start on 1 April 2026")


def test_a_wires_update_number_is_no_figure_changed():
    """UPDATE 1 against UPDATE 2 of one Reuters story read "figures changed: 2 → 1": a
    wire's version marker heading the text is no fact of the story (a churnalism
    walkthrough); a figure of its headline still is."""
    body = "\n\nDockworkers at Rotterdam walked off the job on Monday, the union said.\n"
    left = "UPDATE 1-Dockworkers' strike halts 40 ships at Rotterdam port" + body
    right = left.replace("UPDATE 1-", "REFILE-UPDATE 2-")
    assert changed_figures(compare(left, right))[0] == []
    assert changed_figures(compare(left, right.replace("40 ships", "57 ships")))[0] == ["40 → 57"]


def test_figures_keep_their_currency_and_unit_and_only_the_same_are_counted_together():
    """ "€800 million → €850 million" and "800 km → 850 km" read "800 → 850 (×2)": one
    figure corrected twice, to the reader."""
    from wirediff.core.quoting import figures_said

    tail = " the ministry said on Tuesday after the cabinet met in the capital."
    left = "The budget is €800 million for the 800 km of regional lines," + tail
    right = left.replace("€800", "€850").replace("800 km", "850 km")
    assert figures_said(compare(left, right)) == "€800 million → €850 million, 800 km → 850 km"
    # written against the figure: "£120 → £112" lost the m of "£120m" (a silent edit's)
    left = "The council backs a £120m barrier and 40k homes on 800km of coast," + tail
    right = left.replace("£120m", "£112m").replace("40k", "41k").replace("800km", "850km")
    assert figures_said(compare(left, right)) == "£120m → £112m, 40k → 41k, 800km → 850km"
    # a date's month corrected beside its day kept: a bill's commencement moved was in no list
    left = "This Act comes into force on 1 January 2026, except section 11," + tail
    assert figures_said(compare(left, left.replace("January", "April"))) == "1 January → 1 April"
    left = "Work starts on March 3 at the site near the river," + tail
    assert figures_said(compare(left, left.replace("March", "April"))) == "March 3 → April 3"
    left = "The review will be held in January by the board of the company," + tail
    assert figures_said(compare(left, left.replace("January", "April"))) == ""  # no day


def test_a_figure_in_other_digits_is_said_once_and_a_rewritten_headline_changes_none():
    """An Arabic revision wrote "68" once in Arabic-Indic digits: "63 → ٦٨, 63 → 68"; a
    Russian "63 человека" lost its unit ("63 → 68 человек"); a headline rewritten in its own
    words put two facts face to face, one way only ("68 → 20", found by a translation
    editor with the newest revision on the left)."""
    from wirediff.core.quoting import figures_said

    tail = " ، حسبما قال مسؤولون في الإقليم يوم السبت بعد الفيضانات."
    left = "قتلت الفيضانات 63 شخصا" + tail + "\n\nوقال المسؤولون إن 63 شخصا لقوا حتفهم" + tail
    right = left.replace("63", "٦٨", 1).replace("63", "68")
    assert figures_said(compare(left, right)) == "63\u200e → \u200e٦٨ (×2)"
    russian = "По данным властей, погибли 63 человека, сообщили в министерстве во вторник."
    changed = russian.replace("63 человека", "68 человек")
    assert figures_said(compare(russian, changed)) == "63 человека → 68 человек"
    # said once with its unit and once without, one figure ("63 → 68, 63 человека → 68
    # человек" pushed the correction that mattered behind "and 1 more")
    lede = "Число погибших выросло до 63, сообщили власти провинции Синд во вторник вечером."
    both = f"{lede}\n\n{russian}\n"
    said = figures_said(compare(both, both.replace("63", "68").replace("человека", "человек")))
    assert said == "63 человека → 68 человек (×2)"
    body = "\n\nThe ministry said the works on the regional lines would take fourteen months.\n"
    old_head = "Floods in Sindh: 68 dead, UN appeals for 45 million dollars" + body
    new_head = "Floods leave 120 thousand homeless in the south, UN appeals for 45 million dollars"
    for a, b in ((old_head, new_head + body), (new_head + body, old_head)):
        assert figures_said(compare(a, b)) == ""
    # In the story, a long replacement may correct a figure (a review found it dropped)
    lede = "The storm killed 63 people on Monday in the coastal province, officials said."
    longer = lede.replace("63 people", "68 villagers and injured dozens more")
    assert (
        figures_said(compare(old_head + "\n" + lede, old_head + "\n" + longer)) == "63 people → 68"
    )


def test_the_html_page_lists_every_figure_changed():
    """The reports cut the list with "and 2 more", and the two left out mattered most."""
    from wirediff.core.report.html import render_html

    lines = [
        f"Line {n} says the programme has {n}0 stations and more to come." for n in range(1, 7)
    ]
    left = "\n\n".join(lines)
    right = left.replace("10 stations", "11 stations").replace("60 stations", "61 stations")
    right = right.replace("30 stations", "31 stations").replace("40 stations", "41 stations")
    page = render_html(compare(left, right), "a", "b")
    assert "10 → 11, 30 → 31, 40 → 41, 60 → 61" in page and "more<" not in page


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "The OBX index fell -0.2% on Monday",
            "The OBX index fell +0.2% on Monday",
            ["-0.2% → +0.2%"],
        ),
        ("Brent closed at -$2.10 a barrel", "Brent closed at +$2.10 a barrel", ["-$2.10 → +$2.10"]),
        ("Oslo had −5 C at dawn", "Oslo had 5 C at dawn", ["−5 → 5"]),
        ("The final score was 0-0 at home", "The final score was 1-1 at home", ["0-0 → 1-1"]),
        ("a 14-8 win for the visitors", "a 15-7 win for the visitors", ["14-8 → 15-7"]),
        ("the 1990-91 season's record", "the 1991-92 season's record", ["1990-91 → 1991-92"]),
        ("after COVID-19 spread", "after COVID-20 spread", ["19 → 20"]),  # (no sign: a name's)
        # a plain space between thousands, as French writes them: "15 → 18" (the walkthrough)
        (
            "Ils étaient 15 000 selon la police",
            "Ils étaient 18 000 selon la police",
            ["15 000 → 18 000"],
        ),
        ("rows 931 936 1009 of the table", "rows 931 937 1009 of the table", ["936 → 937"]),
    ],
)
def test_a_figures_sign_and_a_score_are_said_with_the_figure(old, new, said):
    """A night wire desk's markets copy: "-0.2%" → "+0.2%" was a copy "word for word"
    (the sign was punctuation, no word changed), and a score's "0-0 → 1-1" read "0 0 → 1 1".
    Found by a wire-desk editor's walkthrough."""
    tail = " as the agency reported from the exchange floor on Tuesday evening."
    result = compare(old + tail, new + tail)
    assert changed_figures(result)[0] == said
    assert result.stats.similarity < 1.0 and result.changes


def test_a_figure_replaced_alone_between_kept_words_is_said_in_a_sentence_rewritten():
    """A wire-desk editor's walkthrough: "forcing about 1,800 → 1,200 residents from their
    homes", in a sentence otherwise rewritten, was marked in the panes and in no list of
    figures changed; a figure in words rewritten around it still says nothing."""
    old = (
        "Five people have died after torrential rain flooded low-lying parts of Riverton, "
        "Halden and Kellby overnight, forcing about 1,800 residents from their homes."
    )
    new = (
        "RIVERTON, March 14 (NPA) – Torrential rain from a slow-moving storm flooded "
        "low-lying districts of three river towns overnight, killing three people and "
        "forcing about 1,200 residents from their homes, emergency officials said."
    )
    assert changed_figures(compare(old, new))[0] == ["1,800 → 1,200"]
    reworded = new.replace("forcing about 1,200 residents", "so that 1,200 residents had to flee")
    assert changed_figures(compare(old, reworded))[0] == []


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "reached 1 200,5 million of output",
            "reached 1 300,5 million of output",
            ["1 200,5 million → 1 300,5 million"],
        ),
        ("reached 45 000 of output", "reached 45 001 of output", ["45 000 → 45 001"]),
        ("reached ۲۱٫۵٪ of output", "reached ۲۲٫۵٪ of output", ["۲۱٫۵٪ → ۲۲٫۵٪"]),
        ("reached ٢١٫٥٪ of output", "reached ٢١,٥٪ of output", []),  # (one value)
        ("reached 1’000 of output", "reached 2’000 of output", ["1’000 → 2’000"]),
    ],
)
def test_a_figure_is_quoted_whole_with_its_groups_and_decimal_sign(old, new, said):
    """A fuzzer's figures: "45 000 → 45 001" was "000 → 001", Persian "۲۱٫۵٪ → ۲۲٫۵٪" was
    "۲۱ → ۲۲", a Swiss "1’000 → 2’000" was "1 → 2", and the Arabic decimal sign against a
    comma, one value, a change."""
    tail = " this year, the finance ministry's officials said on Friday."
    assert (
        changed_figures(compare("The deficit " + old + tail, "The deficit " + new + tail))[0]
        == said
    )


def test_a_figure_of_a_million_digits_before_million_is_a_value_not_an_overflow() -> None:
    """decimal.Overflow escaped every summary of a text holding one (a review)."""
    from wirediff.core.quoting import _value

    assert _value("9" * 1_000_000 + " million") == "9" * 1_000_000 + "000000"
    assert _value("0.5 million") == "500000" and _value("-1.05 bn") == "-1050000000"


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("050745 Dez 26", "051310 Dez 26", []),
        # (a review: a vote's row is no stamp, nor a row above the text's last line)
        ("412345 CDU 31", "415020 CDU 31", ["412345 → 415020"]),
        ("050745 Dez 26\nQuelle: dpa", "051310 Dez 26\nQuelle: dpa", ["050745 Dez → 051310 Dez"]),
    ],
)
def test_an_agencys_transmission_stamp_closing_its_take_is_no_figure(old, new, said):
    """dpa's "050745 Dez 26" closing a take: "figures changed: 050745 → 051310", and the
    correction's real figure was not among the three said (a German desk's walkthrough)."""
    body = "Bremen (dpa) - Der Schaden liegt bei 2,5 Millionen Euro, sagte ein Sprecher.\n\n"
    assert changed_figures(compare(body + old, body + new))[0] == said
