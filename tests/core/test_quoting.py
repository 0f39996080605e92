"""How lists and reports quote a change: the words it changes, not a sentence's start."""

from __future__ import annotations

import pytest

from wirediff.core.compare import compare
from wirediff.core.quoting import change_words, changed_figures, cut_kept, figure_changes
from wirediff.core.review.anchors import anchor_of

OLD = (
    "Yevgenia stood on the landing with her hands pushed deep into the pockets of her late "
    "husband's coat, and the ferryman threw a line to his son, who caught it and made it "
    "fast with a speed that would have made any sailor proud."
)
NEW = (
    "Evgenia stood on the landing with her hands pushed deep into the pockets of her late "
    "husband's coat, and the ferryman threw a line to his son, who caught it and made it "
    "fast as deftly as any sailor."
)


def test_a_long_run_kept_between_two_edits_is_cut_to_its_ends() -> None:
    """One sentence's edits are one change: a translator's renamed heroine and a phrase
    reworded 40 words on were quoted from the sentence's start, and the list and the report
    cut the quote before the second edit (a walkthrough)."""
    comparison = compare(OLD + "\n", NEW + "\n")
    (change,) = [c for c in comparison.changes]
    old, new = change_words(comparison, change.index)
    kept = "made it fast with a speed that would have made any sailor proud"
    assert old == f"Yevgenia stood on the landing … and {kept}"
    assert new == "Evgenia stood on the landing … and made it fast as deftly as any sailor"
    # a flag's anchor quotes it so too (the flags panel, a report's orphaned flag)
    assert anchor_of(comparison, change.index).words() == (old, new)
    # data (the evidence's JSON and CSV) gives every word
    assert "…" not in "".join(change_words(comparison, change.index, cut=False))


def test_short_runs_one_sided_and_very_long_changes_are_quoted_whole() -> None:
    assert cut_kept("a b c d e f g h i j", "x b c d e f g h i y") == (
        "a b c d e f g h i j",
        "x b c d e f g h i y",
    )
    assert cut_kept("", "one two three four five six seven eight nine ten eleven") == (
        "",
        "one two three four five six seven eight nine ten eleven",
    )
    long = " ".join(f"w{n}" for n in range(5_000))  # (not matched: 30,000 words took 40 s)
    assert cut_kept(f"a {long} b", f"x {long} y") == (f"a {long} b", f"x {long} y")


_IT = "Alle famiglie sfollate la Regione garantirà da subito un contributo di {} ciascuna.\n"
_EN = "The region will give each displaced family a grant of {} straight away.\n"


@pytest.mark.parametrize(
    ("text", "old", "new", "said"),
    [
        # Italian copy groups thousands with a dot (an Italian desk's walkthrough)
        (_IT, "1.500 euro", "1500 euro", []),
        (_IT, "12.500 euro", "12 500 euro", []),
        (_IT, "1.500 euro", "15.000 euro", ["1.500 euro → 15.000 euro"]),
        (_IT, "2,5 milioni di euro", "2.500.000 euro", []),
        # English copy's dot is a point: 1.5 is no 1500, "2,750" against "2.750" a change
        (_EN, "1,500 euros", "1500 euros", []),
        (_EN, "1.500 euros", "1500 euros", ["1.500 euros → 1500 euros"]),
        (_EN, "2,750 euros", "2.750 euros", ["2,750 euros → 2.750 euros"]),
        # East Asian magnitudes (an East Asian agency monitor's walkthrough)
        ("全国粮食总产量达到{}，比上年增加560万吨。\n", "70650万吨", "7.065亿吨", []),
        ("全国粮食总产量达到{}，比上年增加560万吨。\n", "70650万吨", "7亿650万吨", []),
        ("全国粮食总产量达到{}，比上年增加560万吨。\n", "706500000吨", "7.065亿吨", []),
        ("连续第三年稳定在{}以上，播种面积17.9亿亩。\n", "1.4万亿斤", "14000亿斤", []),
        ("道内の約{}が停電し、約3万5千人に影響が出た。\n", "1万2千戸", "1.2万戸", []),
        ("道内の約{}が停電し、約3万5千人に影響が出た。\n", "12,000戸", "1万2千戸", []),
        ("補正予算の総額は{}に上る見通しだ。\n", "13兆9千億円", "13.9兆円", []),
        ("누적 수출액이 {}로 집계됐다.\n", "7천12억달러", "7012억 달러", []),
        (
            "全国粮食总产量达到{}，比上年增加560万吨。\n",
            "70650万吨",
            "70560万吨",
            ["70650万 → 70560万"],
        ),
        (
            "누적 수출액이 {}로 집계됐다.\n",
            "7천12억달러",
            "7천21억달러",
            ["7천12억달러 → 7천21억달러"],  # (with its currency: a Korean desk's walkthrough)
        ),
    ],
)
def test_a_figure_in_another_style_of_its_texts_is_no_figure_changed(text, old, new, said):
    """ "1.500 euro → 1500 euro" and "12.500 euro → 12 500 euro" of Italian copy (an Italian
    desk's walkthrough), "70650万吨 → 7.065亿吨" of Chinese (an East Asian agency monitor's)
    were figures changed: one value each, written otherwise."""
    assert changed_figures(compare(text.format(old), text.format(new)))[0] == said


_NL = "Het kabinet trekt {} uit voor het versterken van dijken langs de grote rivieren.\n"
_NO = "Regjeringen bruker {} på strømstøtte til husholdningene i vinter, sier ministeren.\n"
_SV = "Regeringen skjuter till {} till regionerna för att korta vårdköerna, säger ministern.\n"


_PL = "Rząd przeznaczy na modernizację armii {} w przyszłym roku, podał wicepremier.\n"
_CS = "Vláda dá na modernizaci krytů {} dostanou obce na sirény, řekl ministr.\n"
_SK = "Vláda vyčlení na modernizáciu nemocníc {} z plánu obnovy, uviedol minister.\n"
_HU = "A kormány {} fordít az óvóhelyek korszerűsítésére, közölte a miniszter.\n"
_EL = "Τα μέτρα αφορούν περίπου {} και θα ισχύσουν από τον Ιανουάριο, είπε ο υπουργός.\n"
_ES = "Los daños ascienden a {} Él lo dijo ayer en la rueda de prensa del ministerio.\n"


@pytest.mark.parametrize(
    ("text", "old", "new", "said"),
    [
        # Polish, Czech, Slovak, Hungarian and Greek magnitudes: each pair was "figures
        # changed" (a Central European desk's and a Greek desk's walkthroughs)
        (_PL, "1,5 mld zł", "1500 mln zł", []),
        (_PL, "12 tys. obiektów", "12 000 obiektów", []),
        (_PL, "250 tys. zł", "250 000 zł", []),
        (_PL, "2 miliardy zł", "2000 milionów zł", []),
        (_PL, "12 tysięcy obiektów", "12 000 obiektów", []),
        (_PL, "1,5 mld zł", "1,6 mld zł", ["1,5 mld → 1,6 mld"]),
        (_CS, "1,5 mld. Kč", "1500 milionů Kč", []),
        (_CS, "800 mil. Kč", "0,8 miliardy Kč", []),
        (_CS, "12 tis. objektů", "12 000 objektů", []),
        (_CS, "250 tisíc korun", "250 000 korun", []),
        (_CS, "800 mil. Kč", "900 mil. Kč", ["800 mil. → 900 mil."]),
        (_SK, "2 700 miliónov eur", "2,7 miliardy eur", []),
        (_SK, "12 tisíc eur", "12 000 eur", []),
        (_SK, "2 700 miliónov eur", "2,8 miliardy eur", ["2 700 miliónov → 2,8 miliardy"]),
        (_HU, "1,5 milliárd forintot", "1500 millió forintot", []),
        (_HU, "12 ezer forintot", "12 000 forintot", []),
        (_HU, "800 millió forintot", "0,9 milliárd forintot", ["800 millió → 0,9 milliárd"]),
        (_EL, "2.400.000 νοικοκυριά", "2,4 εκατομμύρια νοικοκυριά", []),
        (_EL, "2.400.000 νοικοκυριά", "2,4 εκατ. νοικοκυριά", []),
        (_EL, "1.200.000.000 ευρώ", "1,2 δισ. ευρώ", []),
        (_EL, "1,2 δισεκατομμύρια ευρώ", "1200 εκατομμύρια ευρώ", []),
        (_EL, "12.000 νοικοκυριά", "12 χιλιάδες νοικοκυριά", []),
        (_EL, "12.000 νοικοκυριά", "12 χιλ. νοικοκυριά", []),
        (_EL, "2,4 εκατ. νοικοκυριά", "2,6 εκατ. νοικοκυριά", ["2,4 εκατ. → 2,6 εκατ."]),
        # Spanish's "mil" is a thousand, at a sentence's end too (Czech's "mil." a million)
        (_ES, "15 mil.", "15 000.", []),
    ],
)
def test_central_european_and_greek_magnitudes_belong_to_their_figures(text, old, new, said):
    """ "12 tys. → 12 000", "1,5 mld. → 1500" (milionů), "2,7 → 2 700" (miliónov),
    "800 → 0,8" (millió, milliárd) and "2.400.000 → 2,4" (εκατομμύρια) were figures
    changed where the same conversion in Russian or Italian was none."""
    assert changed_figures(compare(text.format(old), text.format(new)))[0] == said


@pytest.mark.parametrize(
    ("text", "old", "new", "said"),
    [
        (
            "Secondo la Regione i danni ammontano a circa {} per i comuni della valle.\n",
            "2,5 milioni di euro",
            "2,5 miliardi di euro",
            ["2,5 milioni di euro → 2,5 miliardi di euro"],
        ),
        (
            "Secondo la Regione i danni ammontano a circa {} per i comuni della valle.\n",
            "2,5 milioni di euro",
            "3,1 milioni di euro",
            ["2,5 milioni di euro → 3,1 milioni di euro"],  # (it was "2,5 → 3,1")
        ),
        (
            "Secondo la Regione i danni ammontano a circa {} per i comuni della valle.\n",
            "2,5 mln di euro",
            "2,5 milioni di euro",
            [],
        ),
        (
            "The region said the damage amounts to about {} for the towns of the valley.\n",
            "2.5 million euros",
            "2.5 billion euros",
            ["2.5 million euros → 2.5 billion euros"],
        ),
        (
            "Según la región los daños ascienden a unos {} para los municipios del valle.\n",
            "2,5 millones de euros",
            "2,5 mil millones de euros",
            ["2,5 millones → 2,5 mil millones"],
        ),
        (
            "Die Schäden belaufen sich nach Angaben der Region auf {} für die Gemeinden.\n",
            "2,5 Millionen Euro",
            "2,5 Milliarden Euro",
            ["2,5 Millionen Euro → 2,5 Milliarden Euro"],
        ),
        (
            "道内の約{}が停電し、約3万5千人に影響が出た。\n",
            "1万2千戸",
            "1万5千戸",
            ["1万2千 → 1万5千"],
        ),
        ("比上年增加{}，增长0.8%。\n", "560万吨", "560亿吨", ["560万 → 560亿"]),
        # Dutch's, Danish's, Norwegian's and Swedish's magnitudes, and a currency sign a
        # space before its figure (a Nordic and Dutch desks' walkthrough: "1,5 → 1500",
        # "2,4 → 2,6")
        (_NL, "1,5 miljard euro", "1500 miljoen euro", []),
        (_NL, "1,5 mld euro", "1500 mln euro", []),
        (_NL, "1,5 miljard euro", "1,6 miljard euro", ["1,5 miljard euro → 1,6 miljard euro"]),
        (_NL, "€ 2,4 miljoen", "€ 2,6 miljoen", ["€ 2,4 miljoen → € 2,6 miljoen"]),
        (_NL, "€ 2,4 miljoen", "2,4 miljoen euro", []),
        (_NL, "1,5 miljard euro", "1,5 miljoen euro", ["1,5 miljard euro → 1,5 miljoen euro"]),
        (_NO, "2,1 milliarder kroner", "2100 millioner kroner", []),
        (_NO, "2,1 mia. kr.", "2,1 milliarder kroner", []),
        (_NO, "3 tusen kroner", "3000 kroner", []),
        (
            _NO,
            "3,2 milliarder kroner",
            "3,4 milliarder kroner",
            ["3,2 milliarder kroner → 3,4 milliarder kroner"],
        ),
        (_SV, "4 miljarder kronor", "4 000 miljoner kronor", []),
        (_SV, "4 mdr kronor", "4 miljarder kronor", []),
        (_SV, "3,5 procent", "3,5 %", []),
        (_SV, "3,5 procent", "3,8 procent", ["3,5 procent → 3,8 procent"]),
    ],
)
def test_a_magnitude_belongs_to_its_figure(text, old, new, said):
    """ "2,5 milioni → 2,5 miliardi" and "2.5 million → 2.5 billion" were no figure changed,
    and "2,5 milioni → 3,1 milioni" was said "2,5 → 3,1" (an Italian desk's walkthrough);
    "1万2千 → 1万5千" was "2 → 5" (an East Asian agency monitor's)."""
    assert changed_figures(compare(text.format(old), text.format(new)))[0] == said


_STORY = (
    "Poland central bank cuts rates\n\n"
    "WARSAW, March 12 (Reuters) - The National Bank of Poland cut its main rate by 50 basis "
    "points to 5.25% on Thursday, surprising economists.\n\n"
    "All 24 economists polled last week had expected the bank to keep rates unchanged.\n"
)
_XINHUA = "国家统计局5日发布数据显示，全国粮食总产量达到70650万吨，比上年增加560万吨。\n"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a slug's version (a wire desk's walkthrough), with a time line beneath it
        ("BC-POLAND-RATES/UPDATE 1\n\n" + _STORY, "BC-POLAND-RATES/UPDATE 2\n\n" + _STORY),
        (
            "BC-POLAND-RATES/UPDATE 1\nMarch 12, 2026 09:04 GMT\n\n" + _STORY,
            "BC-POLAND-RATES/UPDATE 2\nMarch 12, 2026 11:30 GMT\n\n" + _STORY,
        ),
        ("POLAND-RATES/ (UPDATE 1)\n\n" + _STORY, "POLAND-RATES/ (UPDATE 2)\n\n" + _STORY),
        (
            "BC-EU--Poland-Rates, 1st Ld-Writethru\nEds: UPDATES with comment.\n\n" + _STORY,
            "BC-EU--Poland-Rates, 2nd Ld-Writethru\nEds: UPDATES with comment.\n\n" + _STORY,
        ),
        # a Japanese stamp's time and Xinhua's dateline (an East Asian agency monitor's)
        (
            "2026年12月5日 14時30分\n\n道内の約1万2千戸が停電した。\n",
            "2026年12月5日 16時10分\n\n道内の約1万2千戸が停電した。\n",
        ),
        ("【新华社北京12月5日电】" + _XINHUA, "【新华社北京12月6日电】" + _XINHUA),
        ("WASHINGTON, Dec 5 (Reuters) - " + _STORY, "WASHINGTON, Dec 6 (Reuters) - " + _STORY),
    ],
)
def test_wire_furniture_is_no_figure(old, new):
    """A take's version on its slug line ("figures changed: 1 → 2", with a time line
    beneath "1 March → 2 March"), a Japanese stamp's time ("14 → 16, 30 → 10") and
    Xinhua's dateline a day later ("5 → 6") were figures changed; an English dateline a
    day later was none. The story's figures still are."""
    assert changed_figures(compare(old, new))[0] == []
    kept = next(f for f in ("24 economists", "560万吨", "約1万2千") if f in new)
    corrected = new.replace(kept, kept.replace("2", "3").replace("8", "9").replace("6", "7"))
    assert changed_figures(compare(old, corrected))[0] != []


def test_the_time_other_figures_are_given_at_is_no_figure_changed():
    """Reuters' "down 0.4% at 1400 GMT" → "0.6% at 1500 GMT" said "1400 → 1500" beside
    the figure that mattered (an English standards editor's walkthrough): a market report
    gives its figures at a time, and a later take a later time. A time changed alone, or in
    a sentence of its own, is a figure changed."""
    tail = ", in line with the FTSE 100 index.\n"
    old = "Shares in Lloyds were down 0.4% at 1400 GMT" + tail
    assert changed_figures(compare(old, old.replace("0.4% at 1400", "0.6% at 1500")))[0] == [
        "0.4% → 0.6%"
    ]
    assert changed_figures(compare(old, old.replace("1400 GMT", "14:00 GMT")))[0] == []
    blast = "The blast at {} shook the old town, the police said on Friday.\n"
    said = changed_figures(compare(blast.format("1400 GMT"), blast.format("1500 GMT")))[0]
    assert said == ["1400 GMT → 1500 GMT"]
    said = changed_figures(compare(blast.format("14:00"), blast.format("15:00")))[0]
    assert said == ["14:00 → 15:00"]
    two = "Brent was at {}. It was quoted at {} in London, traders said on Friday.\n"
    said = changed_figures(compare(two.format("74.15", "14:35"), two.format("74.90", "15:10")))
    assert said[0] == ["74.15 → 74.90", "14:35 → 15:10"]
    # a time without its zone corrected beside a toll is corrected too (a review)
    quake = "The quake struck at {} and killed {} people, officials said on Friday.\n"
    said = changed_figures(compare(quake.format("14:05", "12"), quake.format("14:50", "15")))
    assert said[0] == ["14:05 → 14:50", "12 people → 15 people"]


_TT = (
    "TT\n{}\n\nRegeringen skjuter till 4 miljarder kronor till vården\n\n"
    "Regeringen skjuter till 4 miljarder kronor till regionerna för att korta vårdköerna, "
    "meddelar socialminister Anna Bergström. Mötet med regionerna börjar kl. 13.00 i dag.\n\n"
    "Enligt SKR väntade drygt 170 000 personer längre än vårdgarantins 90 dagar i oktober.\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Publicerad 5 december 2026 kl. 10.55", "Publicerad 5 december 2026 kl. 14.30"),
        ("5. dec. 2026 kl. 09.15", "5. dec. 2026 kl. 18.42"),
        ("Oppdatert 5. desember 2026 klokken 10.55", "Oppdatert 5. desember 2026 klokken 14.30"),
        ("Uppdaterad klockan 10.55", "Uppdaterad klockan 14.30"),
        ("Päivitetty 5.12.2026 klo 10.55", "Päivitetty 5.12.2026 klo 14.30"),
        ("Bijgewerkt om 10.55 uur", "Bijgewerkt om 14.30 uur"),
    ],
)
def test_a_stamps_time_written_with_a_point_is_no_figure(old, new):
    """TT's "Publicerad 5 december 2026 kl. 10.55" against a paper's verbatim copy stamped
    "kl. 14.30" read "figures changed: 10.55 → 14.30", the copy "edited", where a colon
    time on such a line was none (a Nordic and Dutch desks' walkthrough). In the story a
    time so written is a figure changed."""
    assert changed_figures(compare(_TT.format(old), _TT.format(new)))[0] == []
    later = _TT.format(new).replace("kl. 13.00", "kl. 15.30")
    assert changed_figures(compare(_TT.format(old), later))[0] == ["13.00 → 15.30"]


_TURNS = (
    "{0} SPEAKER 1: The reservoir stood at nineteen per cent last Friday.\n\n"
    "{1} SPEAKER 2: There are about {2} of them in the valley.\n\n"
    "{3} SPEAKER 1: It was completed in {4}.\n"
)


@pytest.mark.parametrize(
    "stamps",
    [
        ("[00:12:34]", "[00:12:41]", "[00:12:50]"),
        ("00:12:34", "00:12:41", "00:12:50"),
        ("(00:12:34)", "(00:12:41)", "(00:12:50)"),
        ("[12:34]", "[12:41]", "[12:50]"),
        ("12:34", "12:41", "12:50"),
    ],
)
def test_a_transcripts_timecodes_shifted_are_no_figures_changed(stamps):
    """A transcript corrected by hand, its timecodes a few seconds earlier and its speakers
    named, had 104 of its 108 figures changed "00:00:04 … 1 → 00:00:03" (each glued to its
    speaker's number), its three real corrections behind "and 105 more" (a broadcast desk's
    walkthrough). A time at a line's start in prose is a figure still."""
    shifted = [stamp.replace("4", "1").replace("41", "38").replace("50", "47") for stamp in stamps]
    old = _TURNS.format(stamps[0], stamps[1], "sixteen", stamps[2], "1967")
    new = _TURNS.format(shifted[0], shifted[1], "sixty", shifted[2], "1957")
    new = new.replace("SPEAKER 1", "Jane Doe").replace("SPEAKER 2", "Samuel Okafor")
    assert changed_figures(compare(old, new))[0] == ["sixteen → sixty", "1967 → 1957"]


def test_a_subtitles_cues_and_their_numbers_are_no_figures_changed() -> None:
    """Subtitles read as text: a cue's timing and its number above it, renumbered by a
    cue put in, are no figure of what is said."""
    cue = "{}\n00:00:{},000 --> 00:00:{},264\nThere are about {} of them in the valley.\n\n"
    old = new = ""
    for n, (said, start, end) in enumerate((("sixteen", 4, 8), ("ten", 9, 12), ("six", 15, 18))):
        old += cue.format(12 + n, f"{start:02}", f"{end:02}", said)
        new += cue.format(13 + n, f"{start - 1:02}", f"{end:02}", said.replace("teen", "ty"))
    assert changed_figures(compare(old, new))[0] == ["sixteen → sixty"]
    prose = "14:05 Police say {} people died in the blast at the port, officials said.\n"
    said = changed_figures(compare(prose.format(12), prose.format(15).replace("14:05", "14:50")))
    assert said[0] == ["14:05 → 14:50", "12 people → 15 people"]


def test_an_agendas_time_changed_is_a_figure_changed():
    """ "14:30 Press conference:" read as a transcript's turn, its time no figure (a review)."""
    agenda = "Agenda\n\n14:30 Press conference: the minister speaks.\n\n15:00 Lunch.\n"
    assert changed_figures(compare(agenda, agenda.replace("14:30", "16:30")))[0] == [
        "14:30 → 16:30"
    ]


def test_a_renumbered_heading_is_no_figure_changed() -> None:
    """A paper with a section put in had "figures changed: 5 → 6" for its "6. Conclusion"
    (an academic's walkthrough); a numbered paragraph's figure still counts."""
    discussion = "Money, not ambition, distinguishes effective plans in these cities.\n\n"
    conclusion = "Heat plans can save lives, but only when they are funded on time.\n"
    limits = "Admissions capture only the most severe outcomes of a heatwave.\n\n"
    old = f"Paper\n\n4. Discussion\n\n{discussion}{limits}5. Conclusion\n\n{conclusion}"
    new = (
        f"Paper\n\n4. Discussion\n\n{discussion}5. Limitations\n\n{limits}"
        f"6. Conclusion\n\n{conclusion}"
    )  # (the heading put in over a paragraph there)
    assert figure_changes(compare(old, new)) == []
    kept = "Paper\n\n5. The minister said 12 people died in the fire on Monday night.\n"
    assert figure_changes(compare(kept, kept.replace("5.", "6.").replace("12", "13"))) == [
        ("5", "6"), ("12 people", "13 people"),
    ]  # fmt: skip


_RELEASE = (
    "Corvane Systems Unveils Halo X1, an Edge AI Camera Platform\n\n"
    "{0}\n\n"
    "AUSTIN, Texas, Dec. 3, 2026 /PRNewswire/ -- Corvane Systems today unveiled Halo X1, a"
    " camera platform that counts pallets on warehouse racking.\n\n"
    "The cameras go on sale at {1} a.m. on Monday at a list price of $1,450.\n"
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Press Release December 3, 2026 8:00 AM ET", "Press Release December 3, 2026 8:09 AM ET"),
        ("News release: 3 December 2026, 08:00", "News release: 3 December 2026, 08:09"),
        (
            "Communiqué de presse – 3 décembre 2026 08:00",
            "Communiqué de presse – 3 décembre 2026 08:09",
        ),
    ],
)
def test_a_releases_stamp_reposted_later_is_no_figure(old: str, new: str) -> None:
    """A site reposted PR Newswire's release word for word, its stamp "Press Release
    December 3, 2026 8:09 AM ET": "Edited version …: 100% of its sentences kept; figures
    changed: 8:00 → 8:09", 45 verbatim pickups "edited" (a PR agency analyst's
    walkthrough). A release's kind before its day and time makes a stamp of the line; a time
    in its text is a figure changed."""
    assert changed_figures(compare(_RELEASE.format(old, "9"), _RELEASE.format(new, "9")))[0] == []
    said = changed_figures(compare(_RELEASE.format(old, "9"), _RELEASE.format(new, "10")))[0]
    assert said == ["9 a.m. → 10 a.m."]  # (quoted with its half of the day, as a unit is)


_TURKISH_TAIL = " ve hastaneye kaldırıldı, valilik daha sonra bir açıklama yaptı."


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # Turkish's and Azerbaijani's numbers in words, their capitals too
        ("Depremde üç kişi yaralandı", "Depremde 5 kişi yaralandı", ["üç → 5"]),
        ("Depremde 3 kişi yaralandı", "Depremde Üç kişi yaralandı", []),
        ("Depremde 2 kişi yaralandı", "Depremde İKİ kişi yaralandı", []),
        ("Depremde 6 kişi yaralandı", "Depremde ALTI kişi yaralandı", []),
        ("Depremde yeddi kişi yaralandı", "Depremde 7 kişi yaralandı", []),
        # their ten, "on", in a Turkish text
        ("Depremde On kişi yaralandı", "Depremde 12 kişi yaralandı", ["On → 12"]),
        ("Depremde On kişi yaralandı", "Depremde 10 kişi yaralandı", []),
    ],
)
def test_a_turkish_number_in_words_is_a_figure(old: str, new: str, said: list[str]) -> None:
    """A governor's "3 evde" printed "Üç evde" (a Turkish desk's walkthrough): Turkish's
    numbers in words are read as English's and Spanish's are, "üç → 5" a figure changed,
    "Üç" against "3" none."""
    result = compare(old + _TURKISH_TAIL, new + _TURKISH_TAIL)
    assert changed_figures(result)[0] == said


_TAIL = " after the storm across the region on Sunday, officials said."


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "Погибли пять человек, сообщили в МЧС",
            "Погибли 7 человек, сообщили в МЧС",
            ["пять человек → 7 человек"],
        ),
        ("Погибли пять человек, сообщили в МЧС", "Погибли 5 человек, сообщили в МЧС", []),
        ("Пострадали две женщины, сообщили в МЧС", "Пострадали 2 женщины, сообщили в МЧС", []),
        ("Загинули п’ять людей, повідомили в ДСНС", "Загинули 5 людей, повідомили в ДСНС", []),
        (
            "Загинули п'ять людей, повідомили в ДСНС",
            "Загинули 9 людей, повідомили в ДСНС",
            ["п'ять → 9"],
        ),
        # (Ukrainian's "сім'я", a family, is no seven)
        (
            "Постраждала сім'я з Ірпеня, повідомили в ДСНС",
            "Постраждали 5 осіб з Ірпеня, повідомили в ДСНС",
            [],
        ),
        # (English's "on" is no ten)
        (
            "The inspectors arrived on Friday at the plant",
            "The inspectors arrived 12 minutes later at the plant",
            [],
        ),
    ],
)
def test_a_russian_or_ukrainian_number_in_words_is_a_figure(
    old: str, new: str, said: list[str]
) -> None:
    assert changed_figures(compare(old + _TAIL, new + _TAIL))[0] == said
