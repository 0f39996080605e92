"""A Turkish desk's agency copy and papers' pages: AA's, DHA's and İHA's credits, Turkish
months, stamp lines and mastheads in capitals (a Turkish web desk's walkthrough found each
read wrong or not at all)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths
from wirediff.core.reading.metadata import guess_source
from wirediff.core.reading.outlets import is_agency, outlet_named

LEDE = "Kış desteği ödemeleri ay sonuna kadar hesaplara yatırılacak, dedi Bakan Yılmaz."


def _read(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    path = tmp_path / "haber.txt"
    path.write_text(text, encoding="utf-8")
    return load_paths([path]).documents[0]


@pytest.mark.parametrize(
    ("dateline", "outlet"),
    [
        ("ANKARA (AA) -", "Anadolu Agency"),
        ("ANKARA (Anadolu Ajansı) -", "Anadolu Agency"),
        ("IĞDIR, (DHA) -", "DHA"),
        ("ŞIRNAK (İHA) -", "İHA"),
    ],
)
def test_a_turkish_agencys_credit_names_it(dateline: str, outlet: str) -> None:
    assert guess_source(f"Kış desteği için müjde\n\n{dateline} {LEDE}\n") == outlet


def test_an_agencys_initials_alone_are_no_outlet() -> None:
    """ "AA batteries", "DHA supplements": words, not credits."""
    assert guess_source("AA batteries are sold out in the city\n\nText here.\n") == ""


@pytest.mark.parametrize(
    ("stamp", "captured"),
    [
        ("5 Aralık 2026 Cumartesi 14:30", "14:30"),
        ("Yayınlanma tarihi: 05.12.2026 14:30", "14:30"),
        ("Güncelleme: 05.12.2026 18:42", "18:42"),
        ("Yayınlanma: 05.12.2026 15:45 · Güncelleme: 05.12.2026 17:02", "17:02"),
    ],
)
def test_a_turkish_stamp_line_dates_the_page(tmp_path: Path, stamp: str, captured: str) -> None:
    doc = _read(tmp_path, f"Kış desteği için müjde geldi\n\n{stamp}\n\n{LEDE}\n")
    assert (doc.title, doc.date[:10], doc.captured) == (
        "Kış desteği için müjde geldi",
        "2026-12-05",
        f"2026-12-05T{captured}:00",
    )


def test_a_turkish_masthead_in_capitals_names_the_paper(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        f"GÜNAYDIN GAZETESİ | 5 Aralık 2026 Cumartesi\n\nKış desteği için müjde\n\n{LEDE}\n",
    )
    assert (doc.source, doc.title, doc.date[:10]) == (
        "GÜNAYDIN GAZETESİ",
        "Kış desteği için müjde",
        "2026-12-05",
    )


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Muhabir: Ayşe Yılmaz - 05.12.2026 19:35", "Ayşe Yılmaz"),
        ("Muhabir: Ayşe Yılmaz", "Ayşe Yılmaz"),
        ("Автор: Игорь Ларионов", "Игорь Ларионов"),
        ("Фото: Игорь Ларионов", ""),  # (a photographer's credit)
    ],
)
def test_a_labelled_byline_gives_its_author(tmp_path: Path, line: str, author: str) -> None:
    """A byline given by its label was known as the header's furniture but never read as
    the byline, nor the day after it as the page's date (a Turkish desk's walkthrough)."""
    doc = _read(tmp_path, f"Kış desteği ay sonunda\n{line}\n\n{LEDE}\n")
    assert doc.byline == author
    if "05.12.2026" in line:
        assert (doc.date, doc.date_source) == ("2026-12-05", "document")


# A Turkish and Azerbaijani desk's walkthrough: AzerTac's, APA's, Report.az's and ANKA's
# copy, and 12 of 19 papers' texts, named no outlet; AzerTac's original was "an edited
# version" of APA's copy.
AZ_LEDE = "Azərbaycan bu ilin yanvar-noyabr aylarında Avropaya 12,3 milyard kubmetr qaz ixrac edib."
AZ_HEADLINE = "Azərbaycan Avropaya qaz ixracını artırıb"


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("Bakı, 7 dekabr, AZƏRTAC\n\n", "AzerTac"),
        ("Bakı, 7 dekabr 2026, AZERTAC\n\n", "AzerTac"),
        ("Bakı. 7 dekabr. REPORT.AZ/ ", "Report.az"),
        ("BAKU, Azerbaijan, December 7. /Trend/ ", "Trend"),
    ],
)
def test_an_azerbaijani_agencys_dateline_names_it(opening: str, outlet: str) -> None:
    text = f"{AZ_HEADLINE}\n\n{opening}{AZ_LEDE}\n"
    assert guess_source(text) == outlet
    assert is_agency(outlet)


def test_ankas_credit_names_it() -> None:
    assert guess_source(f"Karadeniz için uyarı\n\nANKARA (ANKA) - {LEDE}\n") == "ANKA"
    assert is_agency("ANKA")


@pytest.mark.parametrize(
    ("signature", "outlet"),
    [
        ("SÖZCÜ | 7 Aralık 2026 15:40", "Sözcü"),
        ("CUMHURİYET | 07.12.2026 15:30", "Cumhuriyet"),
        ("CUMHURIYET | 07.12.2026 15:30", "Cumhuriyet"),
        ("SABAH | 7 Aralık 2026 Pazartesi 11:45", "Sabah"),
        ("Milliyet.com.tr | 07.12.2026 10:40", "Milliyet"),
        ("BirGün | 7 Aralık 2026", "BirGün"),
        ("BİRGÜN | 7 Aralık 2026", "BirGün"),
        ("T24 | 7 Aralık 2026 10:55", "T24"),
        ("HÜRRİYET | 7 Aralık 2026", "Hürriyet"),
        ("APA | 07.12.2026 13:15", "APA (Azerbaijan)"),  # (in Turkish: not Austria's APA)
    ],
)
def test_a_papers_masthead_or_signature_names_it(
    tmp_path: Path, signature: str, outlet: str
) -> None:
    """Over the text or closing it, below ten paragraphs (a signature past the header's
    lines was read by nothing)."""
    body = "\n\n".join([LEDE] * 14)
    assert _read(tmp_path, f"Kış desteği için müjde\n\n{body}\n\n{signature}\n").source == outlet
    doc = _read(tmp_path, f"{signature}\n\nKış desteği için müjde\n\n{LEDE}\n")
    assert (doc.source, doc.title) == (outlet, "Kış desteği için müjde")


@pytest.mark.parametrize(
    ("closing", "outlet"),
    [
        ("ISTANBUL / DAILY SABAH WITH AA\nDec 07, 2026 4:10 pm", "Daily Sabah"),
        ("Hürriyet Daily News\nDecember 07 2026 11:30", "Hürriyet Daily News"),
    ],
)
def test_an_english_language_papers_signature_names_it(closing: str, outlet: str) -> None:
    lede = "A magnitude 4.8 earthquake struck the Eğirdir district of Isparta on Monday."
    body = "\n\n".join([lede] * 14)
    assert guess_source(f"Quake jolts Isparta\n\n{body}\n\n{closing}\n") == outlet


@pytest.mark.parametrize(
    "headline",
    [
        "Sözcü: vergi artışı yok",  # ("spokesman: no tax rise")
        "Sözcü Çelik açıkladı",
        "Cumhuriyet Bayramı coşkuyla kutlandı",  # (Republic Day)
        "CUMHURİYET BAYRAMI COŞKUYLA KUTLANDI",
        "Sabah saatlerinde deprem",  # ("in the morning hours")
        "Sabah, Kota Kinabalu",
        "Hürriyet | Özgürlük | Adalet",
        "Birgün mutlaka döneceğim",  # ("one day I will come back")
        "APA style guide updated",
        "Trend: prices rise again",
    ],
)
def test_a_headline_opening_with_a_papers_word_names_no_outlet(headline: str) -> None:
    assert guess_source(f"{headline}\n\n{LEDE}\n") == ""


@pytest.mark.parametrize(
    "text",
    [
        "SABAH, Dec 7 (Bernama) -- Floods forced 2,000 people from their homes in Sabah.",
        "Banjir di Sabah semakin buruk selepas hujan lebat sejak semalam, kata pihak berkuasa.",
        "The APA said on Monday that its guidelines would change. Trend analysts agreed.",
        "PARIS, 5 May, Trendy shops opened their doors to the crowds on Monday.",
        "BERLIN, 5. März, Trend: mehr Regen an der Küste erwartet, sagte der Wetterdienst.",
        "KOTA KINABALU, 5 Dis (Bernama) -- Banjir di Sabah.\n\nSabah | 5 Disember 2026",
        # a lede citing an agency after its day is no dateline (a review)
        "On Tuesday, 7 December, Reuters, citing two sources, reported that talks failed.",
        "Am Montag, 7. Dezember, dpa: Die Gespräche sind gescheitert, hieß es.",
    ],
)
def test_other_languages_named_so_gain_no_turkish_outlet(text: str) -> None:
    assert guess_source(f"Floods and news\n\n{text}\n") in ("", "Bernama")


def test_a_file_named_by_a_turkish_papers_word_is_its_own_in_turkish_only() -> None:
    """ "hurriyet_isparta.txt" of a Turkish text is Hürriyet's (its copy credited "Kaynak:
    AA" alone); "sabah_…" of a Malay or an Azerbaijani text (Malaysia's Sabah state,
    Azerbaijani "tomorrow") is none."""
    from wirediff.core.reading.outlets import outlet_of_file_key

    malay = "Banjir di Sabah semakin buruk selepas hujan lebat sejak semalam, kata pihak berkuasa."
    turkish = f"{LEDE} Isparta'nın Eğirdir ilçesinde 4,8 büyüklüğünde deprem meydana geldi."
    assert outlet_of_file_key("hurriyet", turkish) == "Hürriyet"
    assert outlet_of_file_key("sabah", turkish) == "Sabah"
    assert outlet_of_file_key("sabah", malay) == ""
    assert outlet_of_file_key("sabah", f"{AZ_LEDE} Sabah isə yeni məlumat veriləcək.") == ""


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Müəllif: Leyla Hüseynova", "Leyla Hüseynova"),  # (Report.az's)
        ("Müellif: Leyla Hüseynova", "Leyla Hüseynova"),
        ("Habertürk Haber Merkezi", ""),  # (the newsroom: no author)
        ("DIŞ HABERLER SERVİSİ", ""),
    ],
)
def test_an_azerbaijani_byline_and_a_newsroom(tmp_path: Path, line: str, author: str) -> None:
    doc = _read(tmp_path, f"{AZ_HEADLINE}\n{line}\n\n{AZ_LEDE}\n")
    assert doc.byline == author


def test_a_pages_newsroom_is_no_author(tmp_path: Path) -> None:
    """Habertürk's page gave "Habertürk Haber Merkezi" (its news centre) as its author."""
    path = tmp_path / "haberturk.html"
    path.write_text(
        '<html><head><title>Metro hattı hizmete girdi</title><meta name="author" '
        'content="Habertürk Haber Merkezi"><meta property="og:site_name" content="Habertürk">'
        f"</head><body><article><h1>Metro hattı hizmete girdi</h1><p>{LEDE}</p><p>{LEDE}</p>"
        "</article></body></html>",
        encoding="utf-8",
    )
    doc = load_paths([path]).documents[0]
    assert (doc.source, doc.byline) == ("Habertürk", "")
    person = path.read_text(encoding="utf-8").replace("Habertürk Haber Merkezi", "Ayşe Yılmaz")
    path.write_text(person, encoding="utf-8")
    assert load_paths([path]).documents[0].byline == "Ayşe Yılmaz"


@pytest.mark.parametrize(
    "byline",
    ["By HDN", "By Hürriyet Daily News", "Hürriyet Daily News", "By Daily Sabah"],
)
def test_a_paper_signing_with_its_own_name_is_no_author(tmp_path: Path, byline: str) -> None:
    """Hürriyet Daily News' report signed "By HDN" had no outlet and the author "HDN", and
    one signed with the paper's whole name had it as its author too (a Turkish desk's
    walkthrough): the paper signing for itself is no person."""
    lede = "A magnitude 4.8 earthquake struck the Eğirdir district of Isparta on Monday."
    doc = _read(tmp_path, f"Quake jolts Isparta\n\n{byline}\n\n{lede}\n")
    assert (doc.source, doc.byline) == (outlet_named(byline.removeprefix("By ")), "")
    assert doc.source in ("Hürriyet Daily News", "Daily Sabah")


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("ANKARA / HDN\n\n", "Hürriyet Daily News"),
        ("ANKARA/HDN\n\n", "Hürriyet Daily News"),
        ("Isparta / HDN\n\n", "Hürriyet Daily News"),
        ("ANKARA / HDN - ", "Hürriyet Daily News"),
        ("ANKARA / Hürriyet Daily News\n\n", "Hürriyet Daily News"),
        ("ISTANBUL / HÜRRİYET DAILY NEWS\n\n", "Hürriyet Daily News"),
        ("ANKARA / HDN with AA\n\n", "Hürriyet Daily News"),
        ("ISTANBUL / DAILY SABAH WITH AA\n\n", "Daily Sabah"),
        # (no known outlet, or an agency: a dateline's credit the agency's rules read)
        ("ANKARA / NEWS DESK\n\n", ""),
        ("Photo / The Guardian\n\n", ""),
    ],
)
def test_a_papers_dateline_credit_after_a_slash_names_it(
    tmp_path: Path, opening: str, outlet: str
) -> None:
    """Hürriyet Daily News' "ANKARA / HDN" over its report named no outlet (but in a text
    so short that its opening was its closing signature too), and "ANKARA / Hürriyet Daily
    News" titled it: the paper's dateline credit is neither an author, a place nor a title."""
    headline = "Earthquake jolts Isparta province"
    lede = "A magnitude 4.8 earthquake struck the Eğirdir district of Isparta on Monday."
    body = "\n\n".join([lede] * 6)
    doc = _read(tmp_path, f"{headline}\n\n{opening}{body}\n")
    assert (doc.source, doc.byline, doc.title) == (outlet, "", headline)
    if outlet:  # (a headline of three words, which a line of four words below would title)
        doc = _read(tmp_path, f"Quake jolts Isparta\n\n{opening}{body}\n")
        assert (doc.source, doc.title) == (outlet, "Quake jolts Isparta")


DE_LEDE = (
    "Die Regierung hat am Montag ein neues Budget vorgelegt, das nicht mit den Ländern "
    "abgestimmt ist."
)


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (f"Qaz ixracı artıb\n\n{AZ_LEDE}\n\nAPA | 07.12.2026 13:15\n", "APA (Azerbaijan)"),
        (f"Kış desteği için müjde\n\n{LEDE}\n\nAPA | 07.12.2026 13:15\n", "APA (Azerbaijan)"),
        ("Budget\n\nBAKU, Dec 7 (APA) - The budget was presented on Monday.\n", "APA (Azerbaijan)"),
        # the Austria Presse Agentur's, in German even naming Baku or Erdoğan
        (f"Budget beschlossen\n\nWien (APA) - {DE_LEDE}\n", "APA"),
        (f"Budget beschlossen\n\n{DE_LEDE}\n\nAPA | 07.12.2026 13:15\n", "APA"),
        (
            "Gas für Europa\n\nWien (APA) - Der türkische Präsident Erdoğan hat am Montag in "
            "Baku über die Pipeline gesprochen, das ist nicht neu.\n",
            "APA",
        ),
        ("Budget\n\nVIENNA, Dec 7 (APA) - The budget was presented on Monday.\n", "APA"),
    ],
)
def test_azerbaijans_apa_is_told_from_austrias_by_its_text(text: str, outlet: str) -> None:
    """ "APA" credited Azerbaijan's agency (apa.az) and the Austria Presse Agentur (apa.at)
    alike, one outlet: an Austrian German text's credit must not be the Azerbaijani
    agency's, nor the other way round (a Turkish and Azerbaijani desk's walkthrough)."""
    assert guess_source(text) == outlet
    assert is_agency(outlet)


def test_a_section_breadcrumb_is_no_dateline_credit() -> None:
    """ "World / Reuters", "Opinion / The National" at the top of a pasted page are a
    section's breadcrumb, read as a dateline's credit by the rule for "ANKARA / HDN" (a
    review)."""
    from wirediff.core.reading.outlets import slashed_credit

    assert slashed_credit("World / Reuters") == ""
    assert slashed_credit("Opinion / The National") == ""
    assert slashed_credit("ANKARA / HDN") == "Hürriyet Daily News"
