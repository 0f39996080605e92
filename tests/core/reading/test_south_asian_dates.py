"""A South Asian desk's dates: Hindi and Bengali agency datelines opening the lede, Bengali
months and digits, Prothom Alo's stamp and its Bangla-calendar date line, ANI's "[India]"
and Amar Ujala's long stamp line (a South Asian desk's walkthrough found each undated, and
a paper's reprint its story's base in place of the agency's original)."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import pytest

from wirediff.core.document import first_line_title
from wirediff.core.reading import read_document
from wirediff.core.reading.dates import (
    bangla,
    bangladeshi_text,
    find_date,
    find_header_date,
    indian_text,
    is_date_line,
)

HINDI_HEADLINE = "रेपो दर बरकरार"
HINDI_LEDE = "भारतीय रिज़र्व बैंक ने शुक्रवार को प्रमुख नीतिगत दर रेपो को 6.25 प्रतिशत पर बरकरार रखा।"
BENGALI_HEADLINE = "রেমিট্যান্স রেকর্ড"
BENGALI_LEDE = "চলতি বছরের নভেম্বর মাসে প্রবাসী বাংলাদেশিরা রেকর্ড রেমিট্যান্স পাঠিয়েছেন।"


@pytest.mark.parametrize(
    ("head", "day"),
    [
        # (a dateline opening the lede, its year given, in Latin and in Devanagari digits)
        (f"नई दिल्ली, 12 मई 2026 (भाषा) {HINDI_LEDE}", "2026-05-12"),
        (f"नई दिल्ली, ६ दिसंबर २०२६ (भाषा) {HINDI_LEDE}", "2026-12-06"),
        # (Bengali: BSS's dateline, in Bengali and in Latin digits; a header line; a stamp)
        (f"ঢাকা, ৬ ডিসেম্বর, ২০২৬ (বাসস) : {BENGALI_LEDE}", "2026-12-06"),
        (f"ঢাকা, 6 ডিসেম্বর 2026 (বাসস) : {BENGALI_LEDE}", "2026-12-06"),
        (f"০৬ ডিসেম্বর ২০২৬\n{BENGALI_LEDE}", "2026-12-06"),
        (f"প্রকাশ: ০৬ ডিসেম্বর ২০২৬, ১৪: ৩০\n{BENGALI_LEDE}", "2026-12-06"),
        (f"০৬ ডিসেম্বর ২০২৬, ২২ অগ্রহায়ণ ১৪৩৩\n{BENGALI_LEDE}", "2026-12-06"),
        # ("য়" as one character: "জানুয়ারি" as a converter writes it)
        (f"০৬ জা\u09a8\u09c1\u09df\u09be\u09b0\u09bf ২০২৬\n{BENGALI_LEDE}", "2026-01-06"),
        # (ANI's place with its country, with the year)
        (
            "New Delhi [India], December 6, 2026 (ANI): Delhi's air quality slipped into "
            "the 'severe' category on Sunday, officials said.",
            "2026-12-06",
        ),
        # (Amar Ujala's header line: 90 characters, its stamp labelled)
        (
            "न्यूज डेस्क, अमर उजाला, मुंबई Published by: अजय सिंह Updated Fri, 04 Dec 2026 "
            f"12:05 PM IST\n{HINDI_LEDE}",
            "2026-12-04",
        ),
    ],
)
def test_a_south_asian_date_is_read(head: str, day: str) -> None:
    headline = BENGALI_HEADLINE if "\u0980" <= head[0] <= "\u09ff" else HINDI_HEADLINE
    assert find_header_date(f"{headline}\n\n{head}\n") == day


@pytest.mark.parametrize(
    "lede",
    [
        f"नई दिल्ली, 6 दिसंबर (भाषा) {HINDI_LEDE}",
        f"नागपुर, 6 दिसंबर (आईएएनएस)। {HINDI_LEDE}",
        f"কলকাতা, ৬ ডিসেম্বর (পিটিআই) : {BENGALI_LEDE}",
        "New Delhi [India], December 6 (ANI): Delhi's air quality slipped into the 'severe' "
        "category on Sunday with an overall AQI of 428, officials said.",
    ],
)
def test_a_yearless_south_asian_dateline_dates_a_file_saved_that_day(
    tmp_path: Path, lede: str
) -> None:
    """PTI-Bhasha's, IANS's Hindi, PTI's Bengali and ANI's datelines give no year: the file
    saved that day is of it, as "New Delhi, Dec 6 (PTI)" is."""
    path = tmp_path / "take.txt"
    path.write_text(f"शीर्षक\n\n{lede}\n", "utf-8")
    saved = datetime(2026, 12, 6, 18, 0, tzinfo=UTC).timestamp()
    os.utime(path, (saved, saved))
    assert (read_document(path).date, read_document(path).date_source) == (
        "2026-12-06",
        "document",
    )


def test_a_hindi_sentence_with_a_date_dates_nothing() -> None:
    """A date in the lede's sentence, or a Hindi headline with a day, is no dateline."""
    sentence = "रिज़र्व बैंक ने कहा कि नई दरें 6 दिसंबर 2026 से लागू होंगी और बैंक इन्हें तुरंत अपनाएंगे।"
    assert find_header_date(f"{HINDI_HEADLINE}\n\n{HINDI_LEDE} {sentence}\n") == ""
    assert not is_date_line(sentence)


def test_a_bengali_date_line_is_no_title() -> None:
    """Prothom Alo's date line with its Bangla-calendar date, and its stamp, are no
    headline: they titled the copy, its story and its event."""
    for line in ("০৬ ডিসেম্বর ২০২৬, ২২ অগ্রহায়ণ ১৪৩৩", "প্রকাশ: ০৬ ডিসেম্বর ২০২৬, ১৪: ৩০"):
        headline = "এক মাসে রেমিট্যান্সে নতুন রেকর্ড, এল ২৬২ কোটি ডলার"
        assert first_line_title(f"প্রথম আলো\n{line}\n\n{headline}\n\n{BENGALI_LEDE}\n") == headline
        assert first_line_title(f"{BENGALI_HEADLINE}\n\n{line}\n{BENGALI_LEDE}\n") == (
            BENGALI_HEADLINE
        )


def test_a_long_line_with_a_stamp_word_in_its_sentence_is_no_stamp() -> None:
    """A longer line is read as a stamp only with its label right before its date: a
    sentence that says "updated" further off dates nothing."""
    line = (
        "The board said the rates, which it updated after the meeting held on 4 December "
        "2026, would stay unchanged for now."
    )
    assert find_header_date(f"Repo rate unchanged\n\n{line}\n") == ""


@pytest.mark.parametrize(
    ("year", "month", "day", "gregorian"),
    [
        (1433, 1, 1, "2026-04-14"),  # Pohela Boishakh, always 14 April
        (1432, 11, 8, "2026-02-21"),  # Ekushey February: 8 Falgun
        (1432, 12, 12, "2026-03-26"),  # Independence Day: 12 Choitro
        (1433, 9, 1, "2026-12-16"),  # Victory Day: 1 Poush
        (1433, 1, 25, "2026-05-08"),  # Rabindra Jayanti: 25 Boishakh
        (1433, 2, 11, "2026-05-25"),  # Nazrul Jayanti: 11 Joishtho
        (1433, 7, 1, "2026-10-17"),  # 1 Kartik, after Ashwin's 31 days
        (1433, 8, 1, "2026-11-16"),  # 1 Agrahayan
        (1433, 8, 22, "2026-12-07"),  # Prothom Alo's date line beside "০৭ ডিসেম্বর ২০২৬"
        (1433, 9, 16, "2026-12-31"),
        (1430, 11, 30, "2024-03-14"),  # Falgun of 30 days in a Gregorian leap year
        (1430, 12, 30, "2024-04-13"),  # the eve of Pohela Boishakh 1431
        (1426, 7, 1, "2019-10-17"),  # Kartik of the revision's first year began on the 17th
        (1420, 11, 9, "2014-02-21"),  # before the revision: 21 February was 9 Falgun
        (1425, 7, 1, "2018-10-16"),  # ... and Ashwin of 30 days
    ],
)
def test_a_bangla_calendar_day_is_its_gregorian_day(
    year: int, month: int, day: int, gregorian: str
) -> None:
    """The Bangla calendar as Bangladesh revised it. Sources: the Bangla Academy's 2019
    revision as bdnews24 ("Bangladesh reworks Bangla calendar to match national days with
    West", 16 October 2019) and the Daily Bangladesh (17 October 2019) reported it: the first
    six months of 31 days, Falgun of 29 (30 in a Gregorian leap year), the others of 30;
    21 February is 8 Falgun, 26 March 12 Choitro, 16 December 1 Poush, 8 May 25 Boishakh,
    25 May 11 Joishtho, and Kartik 1426 began on Thursday 17 October 2019. Before it (the
    1987 revision): the first five months of 31 days, and 21 February was 9 Falgun."""
    assert bangla(year, month, day) == gregorian


@pytest.mark.parametrize(
    ("year", "month", "day"),
    [(1431, 11, 30), (1433, 8, 31), (1425, 6, 31), (1399, 1, 1), (1500, 1, 1), (1433, 13, 1)],
)
def test_no_such_bangla_day_is_none(year: int, month: int, day: int) -> None:
    """Falgun of 29 days in a common year, Agrahayan of 30, Ashwin of 30 before the 2019
    revision, and a year outside 1400–1499 (1993–2093) are no day."""
    assert bangla(year, month, day) == ""


@pytest.mark.parametrize(
    "line",
    [
        "২২ অগ্রহায়ণ ১৪৩৩",
        "রবিবার, ২২শে অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ",
        # (য় as one character, as a converter writes it)
        "২২ অগ্রহা\u09df\u09a3 ১৪৩৩",
        # (a Gregorian day beside it is the line's date, before it or after it)
        "০৭ ডিসেম্বর ২০২৬, ২১ অগ্রহায়ণ ১৪৩৩",
        "২১ অগ্রহায়ণ ১৪৩৩, ০৭ ডিসেম্বর ২০২৬",
    ],
)
def test_a_bangla_calendar_date_line_dates_its_copy(line: str) -> None:
    """A date line with a day of the Bangla calendar alone left a Bangladeshi paper's copy
    undated (a South Asian desk's walkthrough); a Gregorian day printed beside it wins (here
    a day apart, as West Bengal's traditional calendar may be)."""
    headline = "এক মাসে রেমিট্যান্সে নতুন রেকর্ড, এল ২৬২ কোটি ডলার"
    text = f"প্রথম আলো\n{line}\n\n{headline}\n\n{BENGALI_LEDE}\n"
    assert find_header_date(text) == "2026-12-07"
    assert first_line_title(text) == headline


def test_a_bangla_calendar_date_in_the_story_dates_nothing() -> None:
    """A Bangla-calendar day in the lede's sentence, or one that is no day, dates nothing;
    nor do other languages' texts gain a date."""
    sentence = f"{BENGALI_LEDE} আগামী ১ বৈশাখ ১৪৩৪ থেকে নতুন হার কার্যকর হবে বলে জানানো হয়েছে।"
    assert find_header_date(f"{BENGALI_HEADLINE}\n\n{sentence}\n") == ""
    assert find_date("৩১ অগ্রহায়ণ ১৪৩৩") == ""  # (Agrahayan has 30 days)
    assert find_date("২২ অগ্রহায়ণ ১৫৩৩") == ""  # (no year of the papers)
    for other in (
        "The council met on 22 March and approved the 1433 new homes in the plan.",
        "Le conseil a approuvé 1433 logements le 22 mars, a indiqué la mairie.",
        "Der Rat beschloss am 22. März 1433 neue Wohnungen, teilte die Stadt mit.",
        "El consejo aprobó 1433 viviendas el 22 de marzo, informó la alcaldía.",
        "Совет одобрил 1433 квартиры 22 марта, сообщила мэрия.",
        "وافق المجلس على 1433 وحدة سكنية في 22 مارس، حسبما أفادت البلدية.",
        "市议会3月22日批准了1433套新住房。",
    ):
        assert find_header_date(f"Headline\n\n{other}\n") == ""


@pytest.mark.parametrize(
    ("stamp", "body", "captured"),
    [
        ("প্রকাশ: ০৬ ডিসেম্বর ২০২৬, ১৪: ৩০", BENGALI_LEDE, "2026-12-06T14:30:00"),
        ("আপডেট: ০৬ ডিসেম্বর ২০২৬ | ১৬: ০৫", BENGALI_LEDE, "2026-12-06T16:05:00"),
        (
            "Published: 06 December 2026, 14: 30",
            "Remittances rose to a record.",
            "2026-12-06T14:30:00",
        ),
        # (two spaces, or a time not right after the date, or before it: no time)
        ("Published: 06 December 2026, 14:  30", "Remittances rose to a record.", ""),
        ("Published: 06 December 2026 | Score 14: 30", "Remittances rose to a record.", ""),
        ("Ratio 14: 30 on 06 December 2026", "Remittances rose to a record.", ""),
    ],
)
def test_a_time_with_a_space_after_its_colon_is_read_after_a_date(
    tmp_path: Path, stamp: str, body: str, captured: str
) -> None:
    """Prothom Alo's "প্রকাশ: ০৬ ডিসেম্বর ২০২৬, ১৪: ৩০" gave its day alone, and a paper's
    versions of a day were in no order (a South Asian desk's walkthrough): one space after
    the colon, right after a date on a date line, is the time's."""
    path = tmp_path / "page.txt"
    path.write_text(f"{BENGALI_HEADLINE}\n\n{stamp}\n{body}\n", "utf-8")
    doc = read_document(path)
    assert (doc.date, doc.captured) == ("2026-12-06", captured)


AQI_LEDE = "Delhi's air quality slipped into the 'severe' category on Sunday, officials said."


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        # (India's by its script: Amar Ujala's stamp over a Hindi story, a Bengali page)
        (
            f"{HINDI_HEADLINE}\n\nUpdated Fri, 04 Dec 2026 12:05 PM IST\n{HINDI_LEDE}\n",
            "2026-12-04T12:05:00+05:30",
        ),
        (
            f"{BENGALI_HEADLINE}\n\nপ্রকাশ: ০৪ ডিসেম্বর ২০২৬, ১২:০৫ IST\n{BENGALI_LEDE}\n",
            "2026-12-04T12:05:00+05:30",
        ),
        # (by an Indian dateline, an agency's credit, or its take's last line)
        (
            f"Smog returns\n\nUpdated: Dec 4, 2026, 12:05 IST\n\nNEW DELHI: {AQI_LEDE}\n",
            "2026-12-04T12:05:00+05:30",
        ),
        (
            f"Smog returns\n\nDec 4, 2026 12:05 IST\n\nNoida, Dec 4 (PTI) {AQI_LEDE}\n",
            "2026-12-04T12:05:00+05:30",
        ),
        (
            f"Smog returns\n\nDec 4, 2026 12:05 IST\n\n{AQI_LEDE}\n\n-- IANS\n",
            "2026-12-04T12:05:00+05:30",
        ),
        (
            "Smog returns\n\nPublished Dec 4, 2026 7:30 a.m. IST · Updated Dec 4, 2026 "
            f"6:20 p.m. IST\n\nMumbai [India], December 4 (ANI): {AQI_LEDE}\n",
            "2026-12-04T18:20:00+05:30",
        ),
        # (else Ireland's summer time or Israel's as well: no zone, the time alone)
        (
            "Storm Bram hits Galway\n\nUpdated: Dec 4, 2026, 12:05 IST\n\nDUBLIN: Gusts of "
            "130km/h struck the west coast on Friday, Met Éireann said.\n",
            "2026-12-04T12:05:00",
        ),
        (
            "Storm floods Haifa\n\nDec 4, 2026 12:05 IST\n\nJERUSALEM (Reuters) - The storm "
            "flooded roads in the north on Friday, police said.\n",
            "2026-12-04T12:05:00",
        ),
    ],
)
def test_ist_is_indias_time_in_an_indian_text_only(
    tmp_path: Path, text: str, captured: str
) -> None:
    """Amar Ujala's "12:05 PM IST" was read as the computer's clock (a South Asian desk's
    walkthrough): "IST" is India's +05:30 in a text that is India's by its script, an
    Indian agency's credit or an Indian dateline; in another it is Ireland's summer time
    (+01:00) or Israel's (+02:00) as well, and gives no zone."""
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    assert read_document(path).captured == captured


@pytest.mark.parametrize(
    "text",
    [
        "LONDON, Dec 4 (Reuters) - Britain's economy grew 0.1% in October, data showed.",
        "PARIS, 4 déc (AFP) - Le gouvernement a présenté vendredi son budget rectificatif.",
        "BERLIN, 4. Dezember (dpa) - Die Bundesregierung hat am Freitag den Haushalt beschlossen.",
        "MADRID, 4 dic (EFE).- El Gobierno aprobó este viernes los presupuestos del año.",
        "МОСКВА, 4 декабря. /ТАСС/. Правительство утвердило бюджет на следующий год.",
        "دمشق، 4 كانون الأول (سانا) - أقرت الحكومة الموازنة العامة للعام المقبل.",
        "新华社北京12月4日电 国务院常务会议通过了明年的预算草案。",
        # (a Hindi word quoted in an English story is no Indian text)
        "DUBLIN: The exhibition, titled 'यात्रा' (journey), opened at the gallery on Friday.",
    ],
)
def test_other_texts_are_not_indian(text: str) -> None:
    """Only a clear sign makes a text India's (and "IST" India's time in it)."""
    assert not indian_text(f"Headline\n\n{text}\n")


@pytest.mark.parametrize(
    ("text", "theirs"),
    [
        # (Bangladesh's by its script, an agency's credit, a Dhaka dateline, a .bd address)
        (f"{BENGALI_HEADLINE}\n\nপ্রকাশ: ০৭ ডিসেম্বর ২০২৬, ০২:৩৫ PM BST\n{BENGALI_LEDE}\n", True),
        ("Remittance record\n\nDHAKA, Dec 7 (BSS) - Expatriates sent a record sum.\n", True),
        ("Remittance record\n\nChattogram: The port handled a record load.\n", True),
        ("Remittance record\n\nExpatriates sent a record sum.\n\nwww.bss.gov.bd\n", True),
        # (Britain's, and a Bangla word, a Bangladeshi city or ".bd" in another's story)
        ("Storm\n\nUpdated 14:35 BST\n\nLONDON (Reuters) - A storm hit, officials said.\n", False),
        ("Curry\n\nThe chef from Dhaka opened a restaurant in Leeds on Friday.\n", False),
        ("Song\n\nLONDON - The song 'আমার সোনার বাংলা' was sung at the Proms on Friday.\n", False),
        ("Note\n\nThe file data.bd was opened on Friday, the police said.\n", False),
        (f"Headline\n\n{AQI_LEDE}\n\n-- IANS\n", False),
    ],
)
def test_a_text_is_bangladeshs_by_a_clear_sign_only(text: str, theirs: bool) -> None:
    """A Dhaka paper's "02:35 PM BST" is Bangladesh Standard Time (+06:00), read as
    British Summer Time (a South Asian desk's walkthrough): which a text's "BST" is, its
    signs say."""
    assert bangladeshi_text(text) is theirs


@pytest.mark.parametrize(
    ("text", "captured"),
    [
        (
            f"{BENGALI_HEADLINE}\n\nপ্রকাশ: ০৭ ডিসেম্বর ২০২৬, ০২:৩৫ PM BST\n{BENGALI_LEDE}\n",
            "2026-12-07T14:35:00+06:00",
        ),
        (
            "Remittance record\n\nUpdated: Dec 7, 2026, 2:35 PM BST\n\nDHAKA, Dec 7 (BSS) - "
            "Expatriates sent a record sum in November, the central bank said.\n",
            "2026-12-07T14:35:00+06:00",
        ),
        # (Britain's summer time elsewhere)
        (
            "Storm hits\n\nUpdated: Jul 7, 2026, 2:35 PM BST\n\nLONDON (Reuters) - A storm "
            "hit the south coast on Tuesday, the Met Office said.\n",
            "2026-07-07T14:35:00+01:00",
        ),
    ],
)
def test_bst_is_bangladeshs_time_in_a_bangladeshi_text(
    tmp_path: Path, text: str, captured: str
) -> None:
    """A Dhaka paper's "02:35 PM BST" was read as British Summer Time, five hours off (a
    South Asian desk's walkthrough)."""
    path = tmp_path / "page.txt"
    path.write_text(text, "utf-8")
    assert read_document(path).captured == captured


AMAR_UJALA = "न्यूज डेस्क, अमर उजाला, मुंबई Published by: अजय सिंह"


@pytest.mark.parametrize(
    "stamp",
    [
        f"{AMAR_UJALA} Updated Mon, 07 Dec 2026 02:35 PM IST",
        f"{AMAR_UJALA} अपडेटेड Mon, 07 Dec 2026 02:35 PM IST",
        "Updated Mon, 07 Dec 2026 02:35 PM IST",
        "अपडेटेड Mon, 07 Dec 2026 02:35 PM IST",
    ],
)
def test_amar_ujalas_long_stamp_line_gives_its_time(tmp_path: Path, stamp: str) -> None:
    """Amar Ujala's stamp line of 90 characters gave its day alone, and the paper's
    versions of a day were in no order (a South Asian desk's walkthrough)."""
    path = tmp_path / "page.txt"
    path.write_text(f"{HINDI_HEADLINE}\n\n{stamp}\n{HINDI_LEDE}\n", "utf-8")
    assert read_document(path).captured == "2026-12-07T14:35:00+05:30"


def test_a_long_line_with_a_time_and_no_stamps_label_gives_no_time(tmp_path: Path) -> None:
    """(a long sentence with a day and a time is the story's: "… on Mon, 07 Dec 2026 at
    02:35 PM IST" after a date line)"""
    line = (
        "The minister, who spoke to reporters in Mumbai for an hour, said the policy would "
        "change on Mon, 07 Dec 2026 02:35 PM IST"
    )
    path = tmp_path / "page.txt"
    path.write_text(f"Repo rate\n\n07 Dec 2026\n{line}\n\nMumbai, Dec 7 (PTI) Text.\n", "utf-8")
    assert read_document(path).captured == ""
