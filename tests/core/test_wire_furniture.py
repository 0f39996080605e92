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
    assert foot_furniture([story, "(PAP)", initials], signed="PAP") == 2
    assert foot_furniture([story, initials], signed="PAP") == 1
    assert foot_furniture([story, initials]) == 0  # (no agency's text: words, perhaps)


@pytest.mark.parametrize(
    "line", ["Kw mar", "kw/ mar/ jw/ mal/", "abcde fg", "k m", "so far, so good", "kw.mar"]
)
def test_what_is_no_desks_initials_closes_no_take(line: str) -> None:
    story = "The council will meet again on Monday, officials said."
    assert foot_furniture([story, line], signed="PAP") == 0
    assert foot_furniture([story, "kw/ mar/", line], signed="PAP") == 0  # (the last line only)


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


@pytest.mark.parametrize(
    ("trailer", "signed", "count"),
    [
        (["PTI ABU RT"], "", 1),  # (PTI's name and its desk's initials)
        (["PTI SSC SSC"], "PTI", 1),
        (["--IANS", "skp/rad"], "IANS", 2),  # (IANS's name after dashes, its desk's)
        (["— Reuters"], "", 1),
        (["भाषा अजय रमण"], "PTI", 1),  # (PTI-Bhasha's name and its editors')
        (["--IANS", "एसकेपी/आरआर"], "", 2),  # (IANS's Hindi desk's initials)
        (["বাসস/এমএইচ/১৪৩০"], "", 1),  # (BSS: the agency, the initials, the time)
    ],
)
def test_a_south_asian_agencys_signature_closes_its_take(
    trailer: list[str], signed: str, count: int
) -> None:
    """PTI's, PTI-Bhasha's, IANS's and BSS's lines under a take were a deletion in every
    pair of the take and a paper's copy, boilerplate hidden or not (a Hindi, Bengali and
    Indian-English desk's walkthrough)."""
    story = "रिज़र्व बैंक ने रेपो दर में कोई बदलाव नहीं किया।"
    assert foot_furniture([story, *trailer], signed) == count


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("India won by 3 wickets", "PTI"),
        ("Mumbai Indians UP", ""),  # (no agency's name)
        ("PTI said it had no comment.", "PTI"),
        ("-- Mahatma Gandhi", ""),  # (a quotation's author)
        ("भाषा अजय रमण", ""),  # (not PTI's text: "language", a Hindi word)
        ("भाषा अजय रमण", "IANS"),
        ("भाषा नीति पर संसद में बहस जारी रहेगी", "PTI"),  # (a sentence)
        ("भाषा १२ नवंबर", "PTI"),
        ("हाँ या नहीं", "PTI"),
        ("La decisión se conocerá el lunes", "EFE"),
        ("Россия ответит", "TASS"),
        ("12/05/2026", ""),
        ("২০২৬/২৭", ""),  # (a fiscal year)
    ],
)
def test_a_last_line_of_words_is_no_signature(line: str, signed: str) -> None:
    story = "The council will meet again on Monday, officials said."
    assert foot_furniture([story, line], signed) == 0


def test_a_south_asian_agencys_signature_is_boilerplate_of_its_take() -> None:
    """PTI's "PTI ABU RT" and PTI-Bhasha's "भाषा अजय रमण" under the take, none under the
    paper's copy: with boilerplate hidden (Ctrl+H) they were still a change of every pair."""
    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index

    w = Writer(11)
    lines = w.article(w.topic(), paragraphs=5)
    take = doc(
        "pti.txt", [lines[0], f"New Delhi, Dec 6 (PTI) {lines[1]}", *lines[2:], "PTI ABU RT"]
    )
    hindi = f"मुंबई, 4 दिसंबर (भाषा) {lines[1]}"
    bhasha = doc("bhasha.txt", [lines[0], hindi, *lines[2:], "भाषा अजय रमण"])
    copy = doc("paper.txt", [lines[0], f"New Delhi: {lines[1]}", *lines[2:], "भाषा अजय रमण"])
    index = build_story_index([take, bhasha, copy])
    for d, trailer, hidden in ((0, "PTI ABU RT", True), (1, "भाषा", True), (2, "भाषा", False)):
        text = index.documents[d].text
        at = text.rindex(trailer)
        assert any(start <= at < end for start, end in index.boilerplate[d]) is hidden


_APA_TAKE = (
    "KORR: Wiener Gemeinderat beschließt Budget 2027\n\n"
    "Wien (APA) - Die Stadt rechnet mit Einnahmen von 17,1 Mrd. Euro, sagte Novak.\n\n"
    "(Schluss) kan/jep\n\n"
)


def test_apas_closing_stamp_is_no_figure_and_dates_its_take() -> None:
    """APA's "APA0431    2026-12-05/10:42" closing a take read "figures changed: 0431 →
    0467, 10:42 → 11:30" on every take, a correction's only figures (a German and Nordic
    desk's walkthrough): it is a transmission stamp, as dpa's "050745 Dez 26" is."""
    from wirediff.core.compare import compare
    from wirediff.core.quoting import changed_figures
    from wirediff.core.reading.dates import sent_time

    old = _APA_TAKE + "APA0431    2026-12-05/10:42\n"
    new = _APA_TAKE.replace("17,1", "17,2") + "APA0467    2026-12-05/11:30\n"
    assert changed_figures(compare(old, new))[0] == ["17,1 Mrd. Euro → 17,2 Mrd. Euro"]
    assert changed_figures(compare(old, old.replace("0431", "0467")))[0] == []
    assert sent_time(old) == "2026-12-05T10:42:00"
    assert sent_time(_APA_TAKE + "APA0431 2026-12-05 10:42") == "2026-12-05T10:42:00"
    assert sent_time(_APA_TAKE + "APA0431    2026-13-05/10:42") == ""  # (no such month)
    # (not on the last line: a row of the story)
    assert sent_time(old + "\nQuelle: APA\n") == ""
    assert foot_furniture(["Die Stadt rechnet mit 17,1 Mrd. Euro.", old.splitlines()[-1]]) == 1


@pytest.mark.parametrize(
    ("trailer", "signed", "count"),
    [
        (["(Schluss) kan/jep", "APA0431    2026-12-05/10:42"], "", 2),  # (APA's)
        (["(SDA) Keystone-SDA/fr/mk"], "", 1),  # (Keystone-SDA's)
        (["Keystone-SDA/wet"], "", 1),
        (["(SDA) sda/fr/mk"], "", 1),
        (["(©NTB)"], "", 1),  # (NTB's)
        (["NTB"], "NTB", 1),  # (its name alone, under its own dateline's text)
        (["TT"], "TT", 1),
        (["STT"], "STT", 1),
        (["(TT)"], "", 1),
        (["/ritzau/"], "", 1),  # (Ritzau's)
        (["/ritzau/AFP"], "", 1),
    ],
)
def test_a_german_or_nordic_agencys_closing_code_is_its_trailer(
    trailer: list[str], signed: str, count: int
) -> None:
    """APA's, Keystone-SDA's, NTB's, TT's, STT's and Ritzau's lines closing a take (a German
    and Nordic desk's walkthrough)."""
    story = "Die Vernehmlassung dauert bis zum 31. März 2027."
    assert foot_furniture([story, *trailer], signed) == count


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("NTB", ""),  # (no agency's dateline: a word, perhaps)
        ("NTB", "TT"),  # (another's name)
        ("/Mette/", ""),  # (no agency's name)
        ("NTB said.", "NTB"),
        ("Keystone-SDA meldete am Freitag", ""),
    ],
)
def test_a_name_alone_closes_only_its_own_agencys_take(line: str, signed: str) -> None:
    story = "Die Vernehmlassung dauert bis zum 31. März 2027."
    assert foot_furniture([story, line], signed) == 0


def test_a_nordic_agencys_name_closing_its_take_is_boilerplate() -> None:
    """NTB's "NTB" under its take, a deletion in every pair of the take and a paper's copy."""
    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index

    w = Writer(11)
    lines = w.article(w.topic(), paragraphs=5)
    take = doc("take.txt", [lines[0], f"OSLO (NTB): {lines[1]}", *lines[2:], "NTB"])
    copy = doc("copy.txt", [*lines, "/ritzau/"])
    index = build_story_index([take, copy])
    for d, trailer in ((0, "NTB"), (1, "/ritzau/")):
        text = index.documents[d].text
        at = text.rindex(trailer)
        assert any(start <= at < end for start, end in index.boilerplate[d]), trailer


_DPA_STORY = "Die Auslastung der Konzerte lag bei 98,7 Prozent."


@pytest.mark.parametrize(
    "codes",
    [
        "dpa lno yyhh a3 kk",
        "dpa ast yydd z2 mak",
        "dpa hs/bg yyzz a3 ls",
        "dpa-AFX/dpa hs/bg yyzz a3 ls",
        "dpa-AFX",
    ],
)
def test_dpas_desk_codes_above_its_stamp_or_last_are_its_trailer(codes: str) -> None:
    """dpa's desk codes above its stamp, "dpa lno yyhh a3 kk" / "050915 Dez 26", were text
    in every pair of dpa's takes and a sentence of each (a German and Nordic desk's
    walkthrough)."""
    assert foot_furniture([_DPA_STORY, codes, "050915 Dez 26"]) == 2
    assert foot_furniture([_DPA_STORY, codes, "050915 Dez 26", "(dpa)"]) == 3
    assert foot_furniture([_DPA_STORY, codes]) == 1  # (closing the text, no stamp)


@pytest.mark.parametrize(
    "line",
    [
        "dpa meldete am Freitag",  # (a sentence naming dpa)
        "Das berichtete dpa am Freitag.",
        "dpa lno",  # (one code only)
        "dpa a b c d e f g",  # (seven)
        "dpa Lno Yyhh",  # (codes in small letters)
        "dpa lno yyhh a3 kk.",
    ],
)
def test_a_line_naming_dpa_is_no_desk_code(line: str) -> None:
    assert foot_furniture([_DPA_STORY, line, "050915 Dez 26"]) == 1
    assert foot_furniture([_DPA_STORY, line]) == 0


def test_dpas_desk_codes_only_directly_above_its_stamp_or_last() -> None:
    # (not above another trailer's line: a row of the story)
    assert foot_furniture([_DPA_STORY, "dpa lno yyhh a3 kk", "(dpa)"]) == 1
    # (words, not codes, closing a text without a stamp: "dpa und afp", "dpa hat es")
    assert foot_furniture([_DPA_STORY, "dpa und afp"]) == 0
    assert foot_furniture([_DPA_STORY, "dpa hat es"]) == 0


def test_dpas_desk_codes_are_boilerplate_of_its_take() -> None:
    """A dpa take and its correction differed by their codes ("dpa-AFX/dpa hs/bg …" → "dpa
    hs/bg …"), a change in the story table, boilerplate hidden."""
    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index

    w = Writer(12)
    lines = w.article(w.topic(), paragraphs=5)
    take = doc(
        "dpa_1007.txt",
        [
            lines[0],
            f"Berlin (dpa) - {lines[1]}",
            *lines[2:],
            "dpa-AFX/dpa hs/bg yyzz a3 ls\n051007 Dez 26",
        ],
    )
    fix = doc(
        "dpa_1052.txt",
        [lines[0], f"Berlin (dpa) - {lines[1]}", *lines[2:], "dpa hs/bg yyzz a3 ls\n051052 Dez 26"],
    )
    index = build_story_index([take, fix])
    for d, codes in ((0, "dpa-AFX/dpa hs/bg yyzz a3 ls"), (1, "dpa hs/bg yyzz a3 ls")):
        text = index.documents[d].text
        at = text.rindex(codes)
        assert any(start <= at < end for start, end in index.boilerplate[d]), codes


@pytest.mark.parametrize(
    ("trailer", "count"),
    [
        (["EFE mcm/jgb", "(c) Agencia EFE"], 2),
        (["EFE mcm/jgb/rrt"], 1),  # (its initials grow with each desk)
        (["EFE ns/jgb (foto) (vídeo)"], 1),
        (["(C) EFE 2026"], 1),
        (["Con información de EFE"], 1),  # (a paper's credit of the agency it copies)
        (["Con información de EFE y AFP"], 1),
        (["Con información de agencias"], 1),
        (["Com informações da Reuters"], 1),
    ],
)
def test_efes_signature_rights_and_a_papers_credit_close_a_take(
    trailer: list[str], count: int
) -> None:
    """EFE's "EFE mcm/jgb" and "(c) Agencia EFE" under its take, and a paper's "Con
    información de EFE" under its copy, were changes of every pair, boilerplate hidden or
    not, where ANSA's, AFP's, Notimex's and Lusa's were hidden (a Spanish/Portuguese
    desk's walkthrough)."""
    story = "La próxima decisión de política monetaria está prevista para el 11 de febrero."
    assert foot_furniture([story, *trailer]) == count


@pytest.mark.parametrize(
    "line",
    [
        "(c) the minister shall publish the rules.",  # (a list's item)
        "Con información de fuentes oficiales",  # (no agency)
        "Con información de Juan Pérez",
        "El mcm/jgb",  # (no agency's name)
        "Con información de EFE, el Gobierno decidió subir la tasa.",
    ],
)
def test_what_names_no_agency_closes_no_take(line: str) -> None:
    story = "La próxima decisión de política monetaria está prevista para el 11 de febrero."
    assert foot_furniture([story, line]) == 0


def test_efes_correction_note_is_furniture() -> None:
    assert head_furniture(
        "(Corrige cifra del programa de apoyo en el sexto párrafo: son 1.800 millones de"
        " pesos, no 1.500 millones)"
    )
    assert head_furniture("(Actualiza con declaraciones del ministro)")
    assert head_furniture("(Atualiza com declarações do ministro)")
    assert not head_furniture("(Corrige, dijo el juez) y se fue.")


def test_efes_furniture_is_boilerplate_of_its_take_and_its_correction() -> None:
    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index

    w = Writer(13)
    lines = w.article(w.topic(), paragraphs=5)
    body = [f"CIUDAD DE MÉXICO, 7 dic (EFE).- {lines[1]}", *lines[2:]]
    take = doc("efe.txt", [lines[0], *body, "EFE mcm/jgb", "(c) Agencia EFE"])
    note = "(Corrige cifra del programa de apoyo en el sexto párrafo)"
    fixed = doc("efe2.txt", [lines[0], note, *body, "EFE mcm/jgb/rrt", "(c) Agencia EFE"])
    paper = doc("paper.txt", [*lines, "Con información de EFE"])
    index = build_story_index([take, fixed, paper])
    for d, said in (
        (0, "EFE mcm/jgb"),
        (0, "(c) Agencia EFE"),
        (1, note),
        (1, "EFE mcm/jgb/rrt"),
        (2, "Con información de EFE"),
    ):
        text = index.documents[d].text
        at = text.index(said)
        assert any(start <= at < end for start, end in index.boilerplate[d]), said
