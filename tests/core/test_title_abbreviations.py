"""A headline ending in an abbreviation's dot is still a headline, and a text's closing
credit never titles it (a Southeast Asian monitoring desk's walkthrough: a Thai headline
ending in "8-10 ธ.ค." was passed over, and the story was titled "ข่าวจาก มติชนออนไลน์",
its closing credit, or its lede)."""

from __future__ import annotations

import pytest

from wirediff.core.document import ends_a_statement, first_line_title, properties_title

HEADLINE = "ปภ.สั่งเขต 11-12 เตรียมพร้อม รับมือฝนหนักภาคใต้ 8-10 ธ.ค."
LEDE = (
    "มรสุมตะวันออกเฉียงเหนือที่พัดปกคลุมอ่าวไทยและภาคใต้มีกำลังแรงขึ้น "
    "ทำให้ภาคใต้มีฝนตกหนักถึงหนักมากบางแห่ง ในช่วงวันที่ 8-10 ธันวาคม 2569 ขอให้ประชาชนระวังอันตราย"
)
CREDIT = "ข่าวจาก มติชนออนไลน์"


@pytest.mark.parametrize(
    "month",
    [
        "ม.ค.",
        "ก.พ.",
        "มี.ค.",
        "เม.ย.",
        "พ.ค.",
        "มิ.ย.",
        "ก.ค.",
        "ส.ค.",
        "ก.ย.",
        "ต.ค.",
        "พ.ย.",
        "ธ.ค.",
    ],
)
def test_a_thai_headline_ending_in_an_abbreviated_month_titles_its_story(month: str) -> None:
    headline = HEADLINE.replace("ธ.ค.", month)
    assert first_line_title(f"{headline}\n\n{LEDE}\n\n{CREDIT}\n") == headline
    assert first_line_title(f"{headline}\n\n{LEDE}\n") == headline  # (not the lede)


@pytest.mark.parametrize(
    "headline",
    [
        "Heavy rain to lash southern Thailand 8-10 Dec.",
        "Fortes pluies attendues dans le sud du 8 au 10 déc.",
        "Starkregen im Süden Thailands bis 10. Dez.",
        "Lluvias intensas en el sur de Tailandia hasta el 10 dic.",
        "Ливни обрушатся на юг Таиланда 8-10 дек.",
        "กทม.เตือนฝนตกหนัก ผู้ว่าฯ สั่งการ ครม.",  # (an office's abbreviation, Thai's dot)
    ],
)
def test_a_headline_ending_in_a_months_abbreviation_after_its_day_is_a_headline(
    headline: str,
) -> None:
    body = "Officials said the rain would ease by the weekend, and schools would reopen."
    assert first_line_title(f"{headline}\n\n{body}\n\nSource: Example News\n") == headline
    assert not ends_a_statement(headline)


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials said the rain would ease by the weekend.",
        "The vote was moved to Dec.",  # (no day before it: a sentence's end)
        "Il a plu dans 7 villes.",
        "Er kam am 7. Dezember.",
        "Это было 7 дек. И всё.",
        "رئيس الوزراء يزور المنطقة.",
        "बारिश से कई जिलों में बाढ़ आई।",
    ],
)
def test_a_sentence_ending_in_a_full_stop_still_ends_a_statement(sentence: str) -> None:
    assert ends_a_statement(sentence)


def test_a_word_files_stored_title_gives_way_to_a_thai_headline_ending_in_a_month() -> None:
    """Its own headline, ending in "ธ.ค.", was "no headline" against a template's title."""
    assert properties_title("Template title", f"{HEADLINE}\n\n{LEDE}\n") == HEADLINE


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a headline of few words passed over: the closing credit titled the story
        (f"ฝนถล่มใต้\n\n{LEDE} {LEDE}\n\n{CREDIT}\n", "ฝนถล่มใต้"),
        (
            "Floods cut roads\n\nHeavy rain flooded the south on Monday, officials said.\n\n"
            "Reporting by Jane Doe; editing by John Smith\n",
            "Floods cut roads",
        ),
        (
            "Banjir Sukabumi\n\nHujan deras merendam ratusan rumah di Sukabumi, Senin.\n\n"
            "Sumber: Antara dan Detik hari ini\n",
            "Banjir Sukabumi",
        ),
        # two lines only: the second may be the headline under a label
        ("Breaking\n\nStorm floods the southern coast\n", "Storm floods the southern coast"),
        # the last line under nothing but a byline and a date line is all there is
        (
            "By Jane Doe\n\nMarch 14, 2026\n\nStorm floods the southern coast\n",
            "Storm floods the southern coast",
        ),
    ],
)
def test_a_texts_closing_line_never_titles_it_below_a_line_before_it(text: str, title: str) -> None:
    assert first_line_title(text) == title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        (
            "EILMELDUNG\n5. Dezember 2026\n"
            "Französischer Premierminister tritt nach Misstrauensvotum zurück",
            "Französischer Premierminister tritt nach Misstrauensvotum zurück",
        ),
        (
            "Reuters\n5 December 2026\nFrench prime minister resigns after confidence vote",
            "French prime minister resigns after confidence vote",
        ),
        (
            "МОСКВА, 5 декабря. /ТАСС/.\nСРОЧНО\n"
            "Премьер-министр Франции ушел в отставку после вотума недоверия",
            "Премьер-министр Франции ушел в отставку после вотума недоверия",
        ),
        (
            "Politik\n05.12.2026\nBundestag beschließt den Haushalt für das Jahr 2027\n",
            "Bundestag beschließt den Haushalt für das Jahr 2027",
        ),
        # ... while a credit is none, whatever stands above it
        ("Ekonomi\n\n5 Desember 2026\n\nSumber: Antara dan Detik hari ini\n", "Ekonomi"),
        ("Wirtschaft\n\n5. Dezember 2026\n\n© dpa-infocom, dpa:261205-99-1\n", "Wirtschaft"),
    ],
)
def test_a_flashs_headline_under_its_kicker_and_dateline_titles_it(text: str, title: str) -> None:
    """A flash's headline is its last line, under a kicker and a dateline: the rule that
    the closing line never titles a text titled flashes "EILMELDUNG", "Reuters", "МОСКВА, 5
    декабря. /ТАСС/." (a review). The closing line is passed over when it reads as a credit,
    or when a paragraph of the body or a headline stands above it."""
    assert first_line_title(text) == title


DPA_TAKE = """Elbphilharmonie meldet Besucherrekord

Hamburg (dpa) - Die Hamburger Elbphilharmonie hat im zu Ende gehenden Jahr so viele \
Besucher gezählt wie nie zuvor. Rund 1,02 Mio. Menschen besuchten Konzerte, weitere 3,4 Mio. \
kamen auf die öffentliche Plaza, wie Generalintendant Christoph Lieben-Seutter mitteilte.

Die Auslastung der Konzerte lag bei 98,7 Prozent. Für 2027 sind 680 Veranstaltungen geplant.

dpa lno yyhh a3 kk
050915 Dez 26
"""


@pytest.mark.parametrize(
    "text",
    [
        DPA_TAKE,
        DPA_TAKE.replace("050915 Dez 26\n", "050915 Dez 26\n\n(dpa)\n"),
        DPA_TAKE.replace("050915 Dez 26\n", ""),  # (no stamp: the codes close the text)
        DPA_TAKE.replace("\n\n", "\n"),
    ],
)
def test_a_wires_desk_codes_above_its_stamp_never_title_its_take(text: str) -> None:
    """A dpa take with a headline of three words was titled "dpa lno yyhh a3 kk", its
    desk's codes above its stamp "050915 Dez 26": the closing line is the last above the
    agency's trailer (a German/Nordic desk's walkthrough)."""
    assert first_line_title(text) == "Elbphilharmonie meldet Besucherrekord"


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a flash's headline above its stamp still titles it
        (
            "EILMELDUNG\n5. Dezember 2026\n"
            "Französischer Premierminister tritt nach Misstrauensvotum zurück\n050915 Dez 26\n",
            "Französischer Premierminister tritt nach Misstrauensvotum zurück",
        ),
        # two lines above the trailer: the second is the headline, not a closing line
        (
            "Politik und Wirtschaft\n\nFranzösischer Premierminister tritt zurück\n\n(AFP)\n",
            "Französischer Premierminister tritt zurück",
        ),
        ("050915 Dez 26\n", "050915 Dez 26"),  # (nothing else: the text itself)
    ],
)
def test_a_trailer_leaves_the_lines_above_it_as_they_were(text: str, title: str) -> None:
    assert first_line_title(text) == title


def test_a_text_of_trailer_lines_alone_is_titled_by_its_first() -> None:
    assert first_line_title("(dpa)\n\nkw/ mar/\n\n050915 Dez 26\n\n(AFP)\n") == "(dpa)"
