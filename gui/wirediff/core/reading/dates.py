"""Dates found in metadata fields or article headers, as ISO 8601 strings."""

from __future__ import annotations

import calendar
import re
import unicodedata
from datetime import UTC, date, datetime, timedelta
from functools import lru_cache, wraps
from time import time

from wirediff.core.document import (
    ASIAN_STAMP_LABELS,
    ASIAN_STAMP_WORDS,
    GREEK_STAMP_WORDS,
    NORDIC_STAMP_WORDS,
    greek_capitals,
    greek_forms,
    links_follow,
    utc_time,
    without_tonos,
)
from wirediff.core.lookalikes import fold_lookalikes_in

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ParamSpec, TypeVar

    _P = ParamSpec("_P")
    _R = TypeVar("_R")


def line_cache(size: int, longest: int) -> Callable[[Callable[_P, _R]], Callable[_P, _R]]:
    """A function of a line of text (its first argument) remembered for the ``size`` last
    questions asked of it in one minute of the clock: its answer depends on its arguments
    and on today's date alone (the latest day a date may name, ``_numeric_date``), which
    changes only on a minute's turn. A line of more than ``longest`` characters is not kept
    (a text of one line of megabytes). An article's header lines are asked of by a dozen
    guesses of its date, outlet and byline, each going through twenty patterns: a big
    folder's walkthrough found reading cost 10 ms a file, nine tenths of it guessing."""

    def decorate(function: Callable[_P, _R]) -> Callable[_P, _R]:
        @lru_cache(maxsize=size)
        def on(_minute: int, *args: Any, **kwargs: Any) -> _R:
            return function(*args, **kwargs)

        @wraps(function)
        def remembered(*args: _P.args, **kwargs: _P.kwargs) -> _R:
            first = args[0]
            if isinstance(first, str) and len(first) > longest:
                return function(*args, **kwargs)
            return on(int(time()) // 60, *args, **kwargs)  # type: ignore[arg-type]

        return remembered

    return decorate


LINES_KEPT, LINE_CHARS = 4096, 1000  # header lines remembered (``line_cache``), and their size

# Month names and abbreviations, January = 1 ("sept" as well as "sep"), in English, and in
# Russian and Ukrainian (as a date writes them, "5 декабря 2026", and as a heading does,
# "декабрь"), Kazakh ("5 желтоқсан", Kazinform's datelines), French, German, Spanish,
# Italian and Portuguese, Dutch, Danish, Norwegian and Swedish ("5 mei", "5 maart", "5 maj",
# "5. desember", "5 mrt.": a media researcher's Dutch and Scandinavian pages were undated),
# Turkish, Indonesian and Malay ("7 Des 2026", "Disember 7, 2026", "7 Dis (Bernama)": a
# Southeast Asian desk's walkthrough found them undated), and Hebrew, bare and with the
# "in" a date writes before it ("6 בדצמבר 2026": a Hebrew and Persian night desk's Ynet,
# Maariv and Kan copies were all undated); looked up in lower case.
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january января январь янв січня қаңтар janvier janv januar jänner jän enero ene "
            "gennaio gen janeiro januari ocak oca ינואר בינואר",
            "feb february февраля февраль фев лютого ақпан février févr februar febrero febbraio "
            "fevereiro fev februari şubat şub פברואר בפברואר",
            "mar march марта март мар березня наурыз mars märz mär marzo março maart mrt marts "
            "mart maret mac מרץ במרץ מרס במרס",
            "apr april апреля апрель апр квітня сәуір avril abril abr aprile nisan אפריל באפריל",
            "may мая май травня мамыр mai mayo maggio mag maio mei maj mayıs mayis מאי במאי",
            "jun june июня июнь июн червня маусым juin juni junio giugno giu junho haziran יוני "
            "ביוני",
            "jul july июля июль июл липня шілде juillet juil juli julio luglio lug julho temmuz "
            "julai יולי ביולי",
            "aug august августа август авг серпня тамыз août agosto ago augustus augusti ağustos "
            "ağu agustus agu agt ogos אוגוסט באוגוסט",
            "sep sept september сентября сентябрь сен сент вересня қыркүйек septembre septiembre "
            "setiembre settembre setembro set eylül eyl ספטמבר בספטמבר",
            "oct october октября октябрь окт жовтня қазан octobre oktober okt octubre ottobre ott "
            "outubro out ekim אוקטובר באוקטובר",
            "nov november ноября ноябрь ноя листопада қараша novembre noviembre novembro kasım "
            "kasim נובמבר בנובמבר",
            "dec december декабря декабрь дек грудня желтоқсан décembre déc dezember dez "
            "diciembre dic dicembre dezembro desember des disember dis aralık aralik דצמבר "
            "בדצמבר",
        ),
        1,
    )
    for name in names.split()
}
# Polish, Czech, Slovak and Hungarian months, as a date writes them ("3 grudnia 2026", "3.
# prosince 2026", "3. decembra 2026", "2026. december 3.", "2026. márc. 3.") and as a
# heading does ("grudzień", "prosinec"): every agency take of an agency-monitoring
# analyst's walkthrough was undated (its Polish, Czech and Slovak forms of a date: the
# genitive; Hungarian's: the name and its abbreviation)
_CENTRAL_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "stycznia styczeń ledna leden januára január",
            "lutego luty února únor februára február febr",
            "marca marzec března březen marec március márc",
            "kwietnia kwiecień dubna duben apríla apríl április ápr",
            "maja května květen mája máj május",
            "czerwca czerwiec června červen júna jún június",
            "lipca lipiec července červenec júla júl július",
            "sierpnia sierpień srpna srpen augusta augusztus",
            "września wrzesień září septembra szeptember szept",
            "października październik října říjen októbra október",
            "listopada listopad listopadu novembra",
            "grudnia grudzień prosince prosinec decembra",
        ),
        1,
    )
    for name in names.split()
}
# Croatian and Bosnian months, as a date writes them ("3. prosinca 2026.") and as a heading
# does ("prosinac"). Their October is Polish and Czech November, "listopad(a)": read as
# October in a Croatian text only (``_croatian``) — a Central European desk's walkthrough
# read Hina's "listopada" as November.
_CROATIAN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "siječnja siječanj",
            "veljače veljača",
            "ožujka ožujak",
            "travnja travanj",
            "svibnja svibanj",
            "lipnja lipanj",
            "srpnja srpanj",
            "kolovoza kolovoz",
            "rujna rujan",
            "",
            "studenoga studenog studeni",
            "prosinca prosinac",
        ),
        1,
    )
    for name in names.split()
}
_CENTRAL_MONTHS |= _CROATIAN_MONTHS
_MONTHS |= _CENTRAL_MONTHS
# Azerbaijani months ("Bakı, 7 dekabr, AZƏRTAC", "Bakı. 7 dekabr. REPORT.AZ/": every AzerTac
# and Report.az story was undated, and APA's rewrite became AzerTac's base — a Turkish and
# Azerbaijani desk's walkthrough); their "mart" and "may" are Turkish's and English's above.
# Swahili's ("Desemba 6, 2026") and Hausa's ("6 Disamba 2026"): an Africa desk's
# walkthrough found Taifa Leo's and BBC Hausa's copies undated. None is a word of the
# languages read before, and a month is read only beside a day (and a year, or a
# dateline's place and credit).
_MONTHS |= {
    name: number
    for number, names in enumerate(
        (
            "yanvar januari janairu",
            "fevral februari fabrairu",
            "machi maris",
            "aprel aprili afirilu",
            "mei mayu",
            "iyun juni yuni",
            "iyul julai yuli",
            "avqust agosti agusta",
            "sentyabr septemba satumba",
            "oktyabr oktoba",
            "noyabr novemba nuwamba",
            "dekabr desemba disamba",
        ),
        1,
    )
    for name in names.split()
}
# Ukrainian's abbreviations, with no dot as RBC-Ukraine stamps its pages ("7 груд 2026,
# 14:35", "07 груд."): its copies were undated (a Ukraine and Russia desk's walkthrough).
# Those that are words as often ("лист" a letter, "лип" lime trees, "трав" grasses, "серп"
# a sickle, "черв" worms, "Січ", "лют" fierce: ``_WORDS_TOO``) are months beside a day
# only, in a date's or a dateline's pattern.
_UKRAINIAN_SHORT = "січ лют бер квіт трав черв лип серп вер жовт лист груд".split()
_MONTHS |= {name: number for number, name in enumerate(_UKRAINIAN_SHORT, 1)}
_LISTOPAD = frozenset(["listopad", "listopada"])
# Letters of Polish that Croatian has not, of Czech and Slovak that Croatian has not, and of
# Croatian and Bosnian (đ theirs alone; č š ž theirs among those three, but Polish has none
# of them: ć is Polish too, "być"), in a word written in small letters: a name's ("Maroš
# Šefčovič", "Đoković") is brought into a Polish line by a Slovak, Czech or Serbian person
_POLISH_LETTERS = re.compile("[ąęłńóśźżĄĘŁŃÓŚŹŻ]")
_CZECH_SLOVAK_LETTERS = re.compile("[řěůťďňľĺŕáéíýúôäŘĚŮŤĎŇĽĹŔÁÉÍÝÚÔÄ]")
_CROATIAN_SMALL_WORD = re.compile(r"(?<![^\W\d_])[a-zčćđšž]*[čšžđ][a-zčćđšž]*(?![^\W\d_])")
# Croatian's and Bosnian's words Polish and Czech have not: their months (a neighbour of
# "listopada" in a date range or a list), the year's and the hour's words, "which",
# "what", "is not", "before", "during", and Hina's credit
_CROATIAN_WORDS = re.compile(
    r"(?i)\b(?:siječnja|siječanj|veljače|veljača|ožujka|ožujak|travnja|travanj|svibnja"
    r"|svibanj|lipnja|lipanj|srpnja|srpanj|kolovoza|kolovoz|rujna|rujan|studenoga?|studeni"
    r"|prosinca|prosinac|godine|godina|sati|koji|koja|koje|kojeg|kojem|što|nije|prije"
    r"|tijekom|također)\b|\(\s*hina\s*\)"
)


def _croatian(text: str) -> bool:
    """Whether ``text`` reads as Croatian or Bosnian, not Polish nor Czech: a Croatian word
    (``_CROATIAN_WORDS``: "studenoga", "prosinca", "godine", "(Hina)"), or its č š ž đ in
    a word in small letters ("električne", "između") with none of Polish's letters (ą ę ł ń
    ó ś ź ż) nor of Czech's and Slovak's (ř ě ů á é í…). Never the letters of a name:
    "BRUKSELA, 3 listopada 2026 (PAP) - Komisarz Maroš Šefčovič" was dated in October (a
    review)."""
    if _CROATIAN_WORDS.search(text):
        return True
    if _POLISH_LETTERS.search(text) or _CZECH_SLOVAK_LETTERS.search(text):
        return False
    return _CROATIAN_SMALL_WORD.search(text) is not None


_HUNGARIAN_MONTH = (
    "január|február|március|április|május|június|július|augusztus|szeptember|október"
    "|november|december|jan|febr|márc|ápr|máj|jún|júl|aug|szept|okt|nov|dec"
)
_HUNGARIAN_WEEKDAY = "hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap"
_SLAVIC_DOT_MONTH = "|".join(
    sorted(
        (m for m in _CENTRAL_MONTHS if m[-1] in "aeuí" or m in ("září", "studenog")),
        key=len,
        reverse=True,
    )
)
# (Czech and Slovak put a full stop after the day, "3. prosince 2026"; Hungarian writes the
# year first, "2026. december 3., csütörtök"; both their numeric forms have a space after
# each full stop, "3. 12. 2026", "2026. 12. 03." — the national standards)
_CENTRAL_PATTERNS = (
    re.compile(
        rf"\b(?P<day>\d{{1,2}})\.\s+(?P<month>(?i:{_SLAVIC_DOT_MONTH}))\s+"
        r"(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(
        rf"\b(?P<year>(?:19|20)\d\d)\.\s+(?P<month>(?i:{_HUNGARIAN_MONTH})\.?)\s+"
        r"(?P<day>\d{1,2})(?:\.|-(?:[a-záéíóöőúüű]{1,4}))(?!\d)"
        # (and its weekday: "2026. december 3., csütörtök (MTI) -")
        rf"(?:,\s*(?i:{_HUNGARIAN_WEEKDAY})\b)?"
    ),
    re.compile(
        r"(?<![\d.])(?P<day>\d{1,2})\.[ \u00a0](?P<month>\d{1,2})\.[ \u00a0]"
        r"(?P<year>(?:19|20)\d\d)\b"
    ),
    re.compile(
        r"\b(?P<year>(?:19|20)\d\d)\.[ \u00a0](?P<month>\d{1,2})\.[ \u00a0]"
        r"(?P<day>\d{1,2})\.(?!\d)"
    ),
)


# Arabic (Levantine and Iraqi, Egyptian and Gulf, Maghreb) and Urdu month names, January =
# 1: "دمشق، 12 آذار 2024 (سانا) -", "12 آذار/مارس 2024", "لاہور، 2 اگست 2014". Kept and
# looked up with their letter variants folded one for one (``_LETTERS``: ي ی, ك ک, ه ہ, and
# Arabic-Indic digits as digits: "١٢ آذار ٢٠٢٤"), so that a match's place in the text is its
# place in the folded text.
_LETTERS = str.maketrans(
    {
        "\u064a": "\u06cc",
        "\u0649": "\u06cc",
        "\u0643": "\u06a9",
        "\u0647": "\u06c1",
        **{chr(0x0660 + d): str(d) for d in range(10)},
        **{chr(0x06F0 + d): str(d) for d in range(10)},
        # (and Devanagari's, Bengali's and Thai's: "नई दिल्ली, ६ दिसंबर २०२६ (भाषा)", "ঢাকা, ৬
        # ডিসেম্বর, ২০২৬ (বাসস) :", "๗ ธ.ค. ๒๕๖๙" — a South Asian and a Southeast Asian desk's
        # walkthroughs: their years were no "20" of a pattern's)
        **{chr(base + d): str(d) for base in (0x0966, 0x09E6, 0x0E50) for d in range(10)},
        # (and full-width ones, as Japanese copy writes them: "令和８年１２月７日")
        **{chr(0xFF10 + d): str(d) for d in range(10)},
    }
)
# (the characters ``_LETTERS`` changes: a line with none is not copied through its table,
# character by character)
_LETTER_VARIANTS = re.compile("[" + "".join(map(chr, _LETTERS)) + "]")


def _letters_folded(text: str) -> str:
    """``text`` with its letter variants and digits folded (``_LETTERS``)."""
    return text.translate(_LETTERS) if _LETTER_VARIANTS.search(text) is not None else text


_SCRIPT_MONTHS = {
    name.translate(_LETTERS): number
    for number, names in enumerate(
        (
            "كانون الثاني|يناير|جانفي|جنوری",
            "شباط|فبراير|فيفري|فروری",
            "آذار|مارس|مارچ",
            "نيسان|أبريل|ابريل|إبريل|أفريل|اپریل",
            "أيار|مايو|ماي|مئی",
            "حزيران|يونيو|يونيه|جوان|جون",
            "تموز|يوليو|يوليه|جويلية|جولائی",
            "آب|أغسطس|اغسطس|أوت|اگست",
            "أيلول|سبتمبر|ستمبر",
            "تشرين الأول|أكتوبر|اكتوبر|اکتوبر",
            "تشرين الثاني|نوفمبر|نومبر",
            "كانون الأول|ديسمبر|دسمبر",
        ),
        1,
    )
    for name in names.split("|")
}
# Hindi and Thai month names (their vowel signs are no letters to a pattern's \w, so they
# are named, as the Arabic ones are): "नई दिल्ली, 12 मई 2026 (भाषा)", "12 พฤษภาคม 2569"
# (a Thai year is of the Buddhist era: 543 years on).
_SCRIPT_MONTHS |= {
    name: number
    for number, names in enumerate(
        (
            "जनवरी|มกราคม|ม.ค.",
            "फ़रवरी|फरवरी|กุมภาพันธ์|ก.พ.",
            "मार्च|มีนาคม|มี.ค.",
            "अप्रैल|เมษายน|เม.ย.",
            "मई|พฤษภาคม|พ.ค.",
            "जून|มิถุนายน|มิ.ย.",
            "जुलाई|กรกฎาคม|ก.ค.",
            "अगस्त|สิงหาคม|ส.ค.",
            "सितंबर|सितम्बर|กันยายน|ก.ย.",
            "अक्टूबर|अक्तूबर|ตุลาคม|ต.ค.",
            "नवंबर|नवम्बर|พฤศจิกายน|พ.ย.",
            "दिसंबर|दिसम्बर|ธันวาคม|ธ.ค.",
        ),
        1,
    )
    for name in names.split("|")
}
# Bengali month names ("ঢাকা, ৬ ডিসেম্বর, ২০২৬ (বাসস) :", Prothom Alo's "প্রকাশ: ০৬ ডিসেম্বর
# ২০২৬"): no Bengali date was read, and a Bangladeshi agency's original became a copy of the
# paper that reprinted it (a South Asian desk's walkthrough); with "য়" written as one
# character or as two (য + nukta), as either comes from a keyboard or a converter
_BENGALI_MONTHS = (
    "জানুয়ারি জানুয়ারী",
    "ফেব্রুয়ারি ফেব্রুয়ারী",
    "মার্চ",
    "এপ্রিল",
    "মে",
    "জুন",
    "জুলাই",
    "আগস্ট আগষ্ট",
    "সেপ্টেম্বর",
    "অক্টোবর",
    "নভেম্বর",
    "ডিসেম্বর",
)
_SCRIPT_MONTHS |= {
    form: number
    for number, names in enumerate(_BENGALI_MONTHS, 1)
    for name in names.split()
    for form in (name, name.replace("\u09af\u09bc", "\u09df"))
}
# Greek month names: the genitive a date writes ("7 Νοεμβρίου 2026"), the nominative a
# heading does ("Παρασκευή, 7 Νοέμβριος 2026"), the spoken form ("7 Νοέμβρη") and the
# abbreviation ("7 Νοε 2026"); capitalized, in lower case, and in capitals without their
# accents ("ΣΑΒΒΑΤΟ 7 ΝΟΕΜΒΡΙΟΥ 2026"): a Greek desk's texts were all undated (its
# walkthrough). Named, as the Arabic ones are: "Σεπτεμβρίου" is of 11 letters.
_SCRIPT_MONTHS |= {
    form: number
    for number, names in enumerate(
        (
            "Ιανουαρίου Ιανουάριος Γενάρη Ιαν",
            "Φεβρουαρίου Φεβρουάριος Φλεβάρη Φεβ",
            "Μαρτίου Μάρτιος Μάρτη Μαρ",
            "Απριλίου Απρίλιος Απρίλη Απρ",
            "Μαΐου Μάιος Μάη Μαΐ Μαϊ",
            "Ιουνίου Ιούνιος Ιούνη Ιουν",
            "Ιουλίου Ιούλιος Ιούλη Ιουλ",
            "Αυγούστου Αύγουστος Αυγ",
            "Σεπτεμβρίου Σεπτέμβριος Σεπτέμβρη Σεπτ Σεπ",
            "Οκτωβρίου Οκτώβριος Οκτώβρη Οκτ",
            "Νοεμβρίου Νοέμβριος Νοέμβρη Νοε Νοέ",
            "Δεκεμβρίου Δεκέμβριος Δεκέμβρη Δεκ",
        ),
        1,
    )
    for name in names.split()
    for form in (
        name,
        name.lower(),
        without_tonos(name),
        without_tonos(name).upper(),
        greek_capitals(name),
    )
}
_SCRIPT_MONTH = "|".join(sorted(map(re.escape, _SCRIPT_MONTHS), key=len, reverse=True))
# The months of the Solar Hijri calendar, as Persian writes them (after ``_LETTERS``)
_PERSIAN_MONTHS = {
    name.translate(_LETTERS): number
    for number, name in enumerate(
        "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند".split(), 1
    )
}
_THAI_MONTH = "|".join(
    sorted(
        (re.escape(m) for m in _SCRIPT_MONTHS if "\u0e00" <= m[0] <= "\u0e7f"),
        key=len,
        reverse=True,
    )
)
_MONTH = rf"(?P<month>[^\W\d_]{{3,12}}\.?|(?:{_SCRIPT_MONTH})(?:\s*/\s*(?:{_SCRIPT_MONTH}))?)"
# July 24, 2021 / Jul. 24 2021 / December 6/2026 (the Ethiopian News Agency's dateline,
# "Addis Ababa, December 6/2026 (ENA) -": every ENA take was undated, an Africa desk's
# walkthrough)
_MONTH_FIRST = re.compile(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+|/)(?P<year>(?:19|20)\d\d)\b"
)
# ۱۴۰۵/۰۹/۱۵ (a Solar Hijri date in digits, year first: Iranian sites' stamp, "تاریخ انتشار:
# ۱۴۰۵/۰۹/۱۵ - ۰۸:۳۰", left a Persian copy undated — a Hebrew and Persian night desk's
# walkthrough); in a Persian line only (``_PERSIAN_LETTERS``)
_SOLAR_DIGITS = re.compile(
    r"(?<![\d/.])(?P<sh>1[34]\d\d)([/.-])(?P<month>\d{1,2})\2(?P<day>\d{1,2})(?![\d/]|\.\d)"
)
# 15/09/1405, ۱۵/۰۹/۱۴۰۵ (the same, day first: how Afghan and some Iranian pages write
# it; a year of 1300–1499 and a Persian line only, as above)
_SOLAR_DAY_FIRST = re.compile(
    r"(?<![\d/.])(?P<day>\d{1,2})([/.-])(?P<month>\d{1,2})\2(?P<sh>1[34]\d\d)(?![\d/]|\.\d)"
)
_SOLAR = (_SOLAR_DIGITS, _SOLAR_DAY_FIRST)
# 3 XII 2026, 3.XII.2026, 3. XII. 2026: a month in Roman numerals, as Polish (and Czech,
# Hungarian, Italian…) write a date by hand and on forms: "3 XII 2026" was undated (a re-check
# of a Central European desk's walkthrough); between a day and a year only, in capitals
# ("chapter XII", "Henry VIII" are none)
_ROMAN_MONTHS = {
    numeral: number
    for number, numeral in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)
}
_ROMAN_DATE = re.compile(
    r"(?<![\d.])(?P<day>\d{1,2})(?P<sep>\.\s?|\s)"
    r"(?P<roman>XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)(?P=sep)(?P<year>(?:19|20)\d\d)\b"
)
# A Japanese era's date, 令和8年12月7日 (Reiwa 8 is 2026; its first year written 元, "the
# first"), as NHK, ministries and many Japanese sites date items: NHK's page was undated,
# and its date line a changed figure, "2026 → 令和8年12月7日" (an East Asian desk's
# walkthrough). The era's first year (元年 is 1) and its first and last days
# (``_ERAS``): 平成 ended on 30 April 2019, 令和 began on 1 May.
_ERAS = {
    "令和": (2018, date(2019, 5, 1), date.max),
    "平成": (1988, date(1989, 1, 8), date(2019, 4, 30)),
    "昭和": (1925, date(1926, 12, 25), date(1989, 1, 7)),
}
_ERA_DATE = re.compile(
    rf"(?P<era>{'|'.join(_ERAS)})\s*(?P<era_year>\d{{1,2}}|元)\s*年\s*(?P<month>\d{{1,2}})\s*月"
    r"\s*(?P<day>\d{1,2})\s*日"
)
# A Taiwan (Republic of China) year, 民國115年 (year 1 is 1912: 115 is 2026), as the Central
# News Agency and Taiwan's government date their copy ("民國115年12月7日 16:20", "中華民國一一五年
# 十二月七日"), and a date whose figures are Chinese numerals, "二〇二六年十二月七日": CNA's
# copies were all undated, and a mainland reprint became the base of CNA's own story (a
# Chinese wire desk's walkthrough). Numerals digit by digit ("二〇二六", "一一五") or with
# their tens and hundreds ("十二", "二十七", "廿七", "一百一十五": ``chinese_number``).
_ROC_FIRST_YEAR = 1911
_CHINESE_DIGITS = {
    c: d for d, cs in enumerate("〇○零 一 二 三 四 五 六 七 八 九".split()) for c in cs
}
_CHINESE_TENS = {"廿": 20, "卅": 30}
_CHINESE_UNITS = {"百": 100, "十": 10}
_CN = "[〇○零一二三四五六七八九十廿卅]"
_CN_MONTH_DAY = (
    rf"\s*年\s*(?P<cn_month>\d{{1,2}}|{_CN}{{1,3}})\s*月\s*(?P<cn_day>\d{{1,2}}|{_CN}{{1,3}})\s*日"
)
# 二〇二六年十二月七日 (a year of four numerals, none run on from another)
_CHINESE_NUMERAL_DATE = re.compile(
    rf"(?<![〇○零一二三四五六七八九十百千万萬])(?P<cn_year>[〇○零一二三四五六七八九]{{4}}){_CN_MONTH_DAY}"
)
# 民國115年12月7日, 中華民國一一五年十二月七日, 民国元年1月1日
_ROC_DATE = re.compile(
    rf"(?:中華民國|中华民国|民國|民国)\s*(?P<roc>\d{{1,3}}|元|[〇○零一二三四五六七八九十百]{{1,5}})"
    rf"{_CN_MONTH_DAY}"
)
# 115年12月7日: a year of three digits with its month and day is Taiwan's, as its pages and
# CNA's date lines write it without "民國"; from 100 (2011) to next year's only
# (``_chinese_day``), not run on from a digit nor after "公元", "西元" or "前" (the years of
# antiquity) nor "第" (an ordinal): "115年" alone is 115 years, and no date
_BARE_ROC_DATE = re.compile(
    r"(?<![\d.,/:\-])(?<!公元)(?<!西元)(?<![前第])(?P<roc_bare>1\d\d)\s*年\s*(?P<cn_month>\d{1,2})"
    r"\s*月\s*(?P<cn_day>\d{1,2})\s*日"
)

# 115/12/07: the same with slashes, as Taiwan's government sites and forms write a date
# ("發布日期：115/12/07", "中華民國115/12/07"; a Taiwanese article's was undated), read in
# Chinese only (``chinese_text``; a line or a text of Han characters, no kana nor Hangul:
# a Japanese or Korean text writes no Taiwan year) and of a year from 100 (2011) to 130,
# and next year's at most (``_chinese_day``); not run on from a digit, a slash, a dot, a
# dash or a clock, nor on into one ("1/115/12/07", "115/12/07/3": no dates). Other dates of
# slashes are of a four-digit year (``_PATTERNS``) or of one or two digits, after the day
# and the month (``_NUMERIC``): no reading of them is three digits first.
_ROC_SLASHED = re.compile(
    r"(?<![\d/.,\-])(?<!\d:)(?P<roc_bare>1[0-2]\d|130)/(?P<cn_month>\d{1,2})/(?P<cn_day>\d{1,2})"
    r"(?![\d/]|[.,:\-]\d)"
)
_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_KANA_HANGUL = re.compile("[\u3040-\u30ff\u31f0-\u31ff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


_ASCII_LETTERS = re.compile("[A-Za-z]+")


def _latin_letters(text: str) -> int:
    """How many of ``text``'s characters are letters of ASCII (counted by their runs: one
    by one, a text's opening of 3,000 characters took a millisecond)."""
    return sum(map(len, _ASCII_LETTERS.findall(text)))


def chinese_text(text: str) -> bool:
    """Whether ``text`` (a line, or a text's opening) is written in Chinese: more Han
    characters than Latin letters, and no kana nor Hangul (Japanese and Korean write Han
    characters too)."""
    opening = text[:_LANGUAGE_LOOK]
    if opening.isascii() or _KANA_HANGUL.search(opening):
        return False
    latin = _latin_letters(opening)
    return len(_HAN.findall(opening)) > latin


def chinese_number(numeral: str) -> int | None:
    """The number a Chinese numeral writes (or ASCII digits): digit by digit ("二〇二六" is
    2026, "一一五" 115) or with its tens and hundreds ("十二" 12, "二十七" and "廿七" 27,
    "一百零五" 105); None when it is none ("十百", "二二十")."""
    if numeral.isascii():
        return int(numeral) if numeral.isdigit() else None
    if numeral and all(c in _CHINESE_DIGITS for c in numeral):
        return int("".join(str(_CHINESE_DIGITS[c]) for c in numeral))
    total, digit, last = 0, None, 1000
    for c in numeral:
        if c in _CHINESE_UNITS:
            if _CHINESE_UNITS[c] >= last:
                return None
            last = _CHINESE_UNITS[c]
            total += (1 if digit is None else digit) * last
            digit = None
        elif c in _CHINESE_TENS and not total and digit is None:
            total, last = _CHINESE_TENS[c], 10
        elif c in _CHINESE_DIGITS and not digit:  # (零 holds a place: "一百零五")
            digit = _CHINESE_DIGITS[c]
        else:
            return None
    return total + (digit or 0)


def _chinese_day(match: re.Match[str], today: date | None = None) -> str:
    """The Gregorian day (``YYYY-MM-DD``) of a date of Chinese numerals or of a Taiwan year
    (``_CHINESE_NUMERAL_DATE``, ``_ROC_DATE``, ``_BARE_ROC_DATE``), "" when it names none;
    a bare year of three digits from 100 to next year's only."""
    groups = match.groupdict()
    month, day = chinese_number(match["cn_month"]), chinese_number(match["cn_day"])
    if groups.get("roc"):
        roc = 1 if match["roc"] == "元" else chinese_number(match["roc"])
        year = roc + _ROC_FIRST_YEAR if roc else None
    elif groups.get("roc_bare"):
        year = int(match["roc_bare"]) + _ROC_FIRST_YEAR
        if year > (today or date.today()).year + 1:
            return ""
    else:
        year = chinese_number(match["cn_year"])
        year = year if year is not None and 1900 <= year <= 2099 else None
    if year is None or not month or not day:
        return ""
    return _valid(str(year), str(month), str(day))


# The months of the Ethiopian calendar as Amharic writes them, with their spellings' variants
# (ኅ ህ ሕ, ሐ ሀ ሃ are one sound): ENA's "አዲስ አበባ፣ ኅዳር 27 ቀን 2019 ዓ.ም (ኢዜአ)፦" and Fana's "ኅዳር
# 27፣ 2019" were undated, and a rewrite became their story's base (an Africa desk's
# walkthrough). Twelve months of 30 days, then Pagume (``ethiopian``).
_ETHIOPIAN_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "መስከረም",
            "ጥቅምት",
            "ኅዳር ህዳር ሕዳር",
            "ታኅሣሥ ታህሳስ ታሕሳስ ታህሣሥ",
            "ጥር",
            "የካቲት",
            "መጋቢት",
            "ሚያዝያ ሚያዚያ",
            "ግንቦት",
            "ሰኔ",
            "ሐምሌ ሀምሌ",
            "ነሐሴ ነሃሴ ነሀሴ",
            "ጳጉሜ ጳጉሜን",
        ),
        1,
    )
    for name in names.split()
}
_ETHIOPIAN_DATE = re.compile(
    rf"(?P<eth_month>{'|'.join(sorted(_ETHIOPIAN_MONTHS, key=len, reverse=True))})\s{{0,3}}"
    # (each run of spaces bounded: three runs of "\s*" in a row took 9 s on a day and 20,000
    # spaces, quadratic — a review)
    r"(?P<day>\d{1,2})(?:\s{0,3}ቀን)?\s{0,3}(?:[፣,]\s{0,3})?(?P<eth_year>(?:19|20)\d\d)(?!\d)"
    r"(?:\s{0,3}ዓ\s{0,3}[./]\s{0,3}ም\.?)?"
)
# The months of the Bangla calendar as Bangladeshi papers print them beside the Gregorian
# day, "০৭ ডিসেম্বর ২০২৬, ২২ অগ্রহায়ণ ১৪৩৩" (a South Asian desk's walkthrough: a date line
# with that date alone left Prothom Alo's copy undated); with their spellings' variants
# ("কার্ত্তিক", "অঘ্রাণ", "জৈষ্ঠ্য", "ফাগুন"), and "ঢ়", "য়" as one character or as two (a
# letter and its nukta, as Unicode's normal form writes them)
_BANGLA_MONTHS = {
    form: number
    for number, names in enumerate(
        (
            "বৈশাখ",
            "জ্যৈষ্ঠ জৈষ্ঠ্য জৈষ্ঠ",
            "আষাঢ়",
            "শ্রাবণ শ্রাবন",
            "ভাদ্র",
            "আশ্বিন",
            "কার্তিক কার্ত্তিক",
            "অগ্রহায়ণ অগ্রহায়ন অঘ্রাণ অঘ্রান",
            "পৌষ",
            "মাঘ",
            "ফাল্গুন ফাগুন",
            "চৈত্র",
        ),
        1,
    )
    for name in names.split()
    for form in (
        name.replace("\u09df", "\u09af\u09bc").replace("\u09dd", "\u09a2\u09bc"),
        name.replace("\u09af\u09bc", "\u09df").replace("\u09a2\u09bc", "\u09dd"),
    )
}
# ২২ অগ্রহায়ণ ১৪৩৩, ২২শে অগ্রহায়ণ ১৪৩৩ বঙ্গাব্দ (after ``_LETTERS``: its digits Latin; the
# day's ordinal suffix, "১লা", "৮ই", "২২শে"; the era's word); a year of 1400–1499 (1993–2093)
# only. A date of this calendar is read where no Gregorian date is written beside it
# (``_first_date``)
_BANGLA_DATE = re.compile(
    r"(?<!\d)(?P<day>\d{1,2})(?:লা|রা|ঠা|ই|শে)?\s{1,3}"
    rf"(?P<bn_month>{'|'.join(sorted(_BANGLA_MONTHS, key=len, reverse=True))})"
    r"(?![\w\u0981-\u0983\u09bc-\u09d7])\s{1,3}(?P<bn_year>14\d\d)(?!\d)"
    r"(?:\s{1,3}বঙ্গাব্দ)?"  # (the era's word is the date's: the line is no headline for it)
)
_CJK_DATE = re.compile(
    r"(?P<year>(?:19|20)\d\d)\s*[年년]\s*(?P<month>\d{1,2})\s*[月월]\s*(?P<day>\d{1,2})\s*[日일]"
)
_THAI_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{_THAI_MONTH})\s+(?:พ\.ศ\.\s*)?(?P<be>25\d\d)"
)
_PERSIAN_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\s+(?P<month>{'|'.join(_PERSIAN_MONTHS)})\s+(?P<sh>1[34]\d\d)"
)
_PATTERNS: tuple[re.Pattern[str], ...] = (
    _MONTH_FIRST,
    # 24 July 2021 / 24 Jul. 2021 / 5 декабря 2026 / 1er mars 2024 / 5 de diciembre de 2026
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:de\s+)?{_MONTH},?\s+(?:de\s+)?"
        rf"(?P<year>(?:19|20)\d\d)\b"
    ),
    # 5. Dezember 2026 (a day's dot before a German month only: "Item 3. May 2019" is none),
    # and the Danish and Norwegian ones: "5. december 2026", "5. desember 2026", "5. dec.
    # 2026" (an abbreviation with its dot: German's too, dpa's and APA's "Berlin, 5. Dez.
    # 2026 (dpa) -" left their takes undated, a German and Nordic desk's walkthrough); and
    # German's abbreviations that are no English one without their dot, "5. Dez 2026",
    # "5. Okt 2026", as German sites stamp their pages ("Item 3. Nov 2019" stays none)
    re.compile(
        r"\b(?P<day>\d{1,2})\.\s+(?P<month>(?i:januar|jänner|februar|märz|april|mai|juni|"
        r"juli|august|september|oktober|november|dezember|marts|mars|maj|december|desember"
        r"|(?:jan|jän|feb|mar|mär|apr|jun|jul|aug|sep|sept|okt|nov|dec|dez|des)\.|jän|mär|okt|dez))"
        r"\s+(?P<year>(?:19|20)\d\d)\b"
    ),
    # 2021-07-24 / 2021/07/24 / 2021.07.24 (as Korean papers write it: "입력 2026.05.12")
    re.compile(r"\b(?P<year>(?:19|20)\d\d)([-/.])(?P<month>\d{1,2})\2(?P<day>\d{1,2})\b"),
    # 2026年5月12日 (Chinese, Japanese), 2026년 5월 12일 (Korean)
    _CJK_DATE,
    # 令和8年12月7日, 令和元年5月1日, 平成31年4月30日 (a Japanese era's year: ``_ERA_DATE``)
    _ERA_DATE,
    # 民國115年12月7日, 115年12月7日, 二〇二六年十二月七日 (``_ROC_DATE``…)
    _ROC_DATE,
    _BARE_ROC_DATE,
    _ROC_SLASHED,  # (115/12/07, in Chinese only: ``_first_date``)
    _CHINESE_NUMERAL_DATE,
    # ኅዳር 27 ቀን 2019 ዓ.ም, ኅዳር 27፣ 2019 (the Ethiopian calendar: ``_ETHIOPIAN_DATE``)
    _ETHIOPIAN_DATE,
    # 12 พฤษภาคม 2569 (a Thai date, its year of the Buddhist era)
    _THAI_DATE,
    # 24.07.2021 (day first, as written across Europe)
    re.compile(r"\b(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.(?P<year>(?:19|20)\d\d)\b"),
    # ۱۴ آذر ۱۴۰۵ (a Persian date, of the Solar Hijri calendar Iran and Afghanistan write)
    _PERSIAN_DATE,
    # ۱۴۰۵/۰۹/۱۵ (the same in digits: ``_SOLAR_DIGITS``), ۱۵/۰۹/۱۴۰۵
    *_SOLAR,
    _ROMAN_DATE,
    # ২২ অগ্রহায়ণ ১৪৩৩ (a date of the Bangla calendar, Bangladesh's: ``_BANGLA_DATE``)
    _BANGLA_DATE,
)
# Letters of Persian that Arabic has not (Farsi yeh and kaf, pe, che, zhe, gaf), and of Urdu
# that Persian has not: a date of digits whose year is one of the Hijri calendars' is the
# Solar Hijri's in a Persian line only (an Arabic or Urdu one writes the lunar Hijri year,
# "1448/06/15 هـ").
_PERSIAN_LETTERS = re.compile("[\u06cc\u06a9\u067e\u0686\u0698\u06af\u06f0-\u06f9]")
_URDU_LETTERS = re.compile("[\u06d2\u06c1\u0679\u0688\u0691\u06ba\u06be]")
_PATTERNS += _CENTRAL_PATTERNS
# The patterns a text of ASCII alone can match: the others need a letter of another script
# (年, 民國, an era's name, an Amharic, Thai, Persian or Bangla month) or a Persian line
# (``_SOLAR``). Each of these needs a year of 19xx or 20xx (``_YEAR_DIGITS``) but for a Taiwan
# year's date of slashes (``_ROC_SLASHED``, of a Chinese text only): nine lines of ten of an
# article's head have no year, and went through all twenty patterns (a big folder's
# walkthrough: reading cost 10 ms a file, mostly this).
_ASCII_PATTERNS = tuple(
    p
    for p in _PATTERNS
    if p
    not in (
        _CJK_DATE,
        _ERA_DATE,
        _ROC_DATE,
        _BARE_ROC_DATE,
        _CHINESE_NUMERAL_DATE,
        _ETHIOPIAN_DATE,
        _THAI_DATE,
        _PERSIAN_DATE,
        *_SOLAR,
        _BANGLA_DATE,
    )
)
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def solar_hijri(year: int, month: int, day: int | str) -> str:
    """The Gregorian day (``YYYY-MM-DD``) of a day of the Solar Hijri calendar (its year,
    month 1–12, day), "" when there is no such day: both Persian copies of a story, dated
    "۱۴ آذر ۱۴۰۵" and named "1405-09-14_…", were undated. By the 33-year cycle of its leap
    years (the arithmetic calendar), which holds for the years papers write."""
    day = int(day)
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _hijri_leap(year) else 29
    if not (1 <= year <= 9000 and 1 <= month <= 12 and 1 <= day <= length):
        return ""
    # Days from 1 Farvardin 1 (21 March 622 in the proleptic Gregorian calendar) to the day:
    # the years before, then the months
    days = 365 * (year - 1) + sum(map(_hijri_leap, range(1, year)))
    days += (month - 1) * 31 - max(0, month - 7) + day - 1
    try:
        return (date(622, 3, 21) + timedelta(days=days)).isoformat()
    except OverflowError:
        return ""


def _hijri_leap(year: int) -> bool:
    return (25 * year + 11) % 33 < 8


def _era_day(match: re.Match[str]) -> str:
    """The Gregorian day (``YYYY-MM-DD``) of a Japanese era's date (``_ERA_DATE``), "" when
    the era has no such day (平成32年, 令和元年4月1日)."""
    first_year, first, last = _ERAS[match["era"]]
    year = first_year + (1 if match["era_year"] == "元" else int(match["era_year"]))
    iso = _valid(str(year), match["month"], match["day"])
    return iso if iso and first <= date.fromisoformat(iso) <= last else ""


def ethiopian(year: int, month: int, day: int) -> str:
    """The Gregorian day (``YYYY-MM-DD``) of a day of the Ethiopian calendar (its year, month
    1–13, day), "" when there is no such day. Its year begins on 11 September, seven years
    and eight months behind (12 September after its leap year, the one before a Gregorian
    leap year: 1 Meskerem 2016 was 12 September 2023, 1 Meskerem 2019 is 11 September
    2026); twelve months of 30 days, then Pagume of 5 days, 6 in a leap year (a year that
    leaves 3 divided by 4). Read for 1901–2099, whose every fourth year is a leap year."""
    length = 30 if month <= 12 else 6 if year % 4 == 3 else 5
    if not (1894 <= year <= 2091 and 1 <= month <= 13 and 1 <= day <= length):
        return ""
    new_year = date(year + 7, 9, 12 if year % 4 == 0 else 11)
    return (new_year + timedelta(days=(month - 1) * 30 + day - 1)).isoformat()


def bangla(year: int, month: int, day: int) -> str:
    """The Gregorian day (``YYYY-MM-DD``) of a day of the Bangla calendar as Bangladesh
    revised it (its year, month 1–12, day), "" when there is no such day. Its year begins
    on 14 April, 593 years behind (1 Boishakh 1433 is 14 April 2026). Since 1426 (the 2019
    revision): the first six months of 31 days, Falgun of 29, 30 in the year whose February
    is a Gregorian leap day's, the others of 30 (21 February is 8 Falgun, 16 December 1
    Poush); before it (the 1987 revision), the first five of 31, Falgun of 30, 31 in such a
    year, the others of 30. West Bengal's papers keep the traditional calendar, whose days
    fall a day or two later: its date is read as Bangladesh's."""
    leap = calendar.isleap(year + 594)
    long_months = 6 if year >= 1426 else 5
    falgun = (29 if year >= 1426 else 30) + leap
    lengths = [31] * long_months + [30] * (10 - long_months) + [falgun, 30]
    if not (1400 <= year <= 1499 and 1 <= month <= 12 and 1 <= day <= lengths[month - 1]):
        return ""
    days = sum(lengths[: month - 1]) + day - 1
    return (date(year + 593, 4, 14) + timedelta(days=days)).isoformat()


@line_cache(LINES_KEPT, LINE_CHARS)
def _first_date(text: str, chinese: bool = False) -> tuple[int, int, str] | None:
    """Where the first unambiguous calendar date of ``text`` starts and ends, and the date
    as ``YYYY-MM-DD``; None when there is none. ``chinese``: ``text`` is of a Chinese text
    (``chinese_text``), a Taiwan year's date of slashes read in it though it holds no Han
    character itself (a date line of the date alone)."""
    persian = False
    patterns = _PATTERNS
    if text.isascii():
        if not chinese and _YEAR_DIGITS.search(text) is None:
            return None
        patterns = _ASCII_PATTERNS
    else:
        persian = bool(_PERSIAN_LETTERS.search(text)) and not _URDU_LETTERS.search(text)
        chinese = chinese or chinese_text(text)
        # (one for one: the places stay; a copy disguised with Latin letters in its Cyrillic
        # words, «5 дeкaбpя 2026», was undated)
        text = fold_lookalikes_in(_letters_folded(text))
    found: list[tuple[int, int, str]] = []
    bangla_at: tuple[int, int, str] | None = None
    for pattern in patterns:
        if (pattern in _SOLAR and not persian) or (pattern is _ROC_SLASHED and not chinese):
            continue
        for match in pattern.finditer(text):
            if pattern is _MONTH_FIRST and match["month"].lower() in _WORDS_TOO:
                continue  # ("Mag 7 2026 outlook": Italian writes its "mag" after the day)
            if "month" in pattern.groupindex and _dot_only(match["month"]):
                continue  # ("15 des 2000 candidats": French; Norwegian writes "5. des.")
            if pattern in _SOLAR:
                iso = _solar_digits(match)
            elif pattern is _ROMAN_DATE:
                iso = _valid(match["year"], str(_ROMAN_MONTHS[match["roman"]]), match["day"])
            elif "month" in pattern.groupindex and match["month"].lower() in _LISTOPAD:
                dotted = "." in text[match.start("month") - 2 : match.start("month")]
                iso = _valid(match["year"], _listopad(text, dotted), match["day"])
            elif pattern is _ERA_DATE:
                iso = _era_day(match)
            elif "cn_day" in pattern.groupindex:
                iso = _chinese_day(match)
            elif pattern is _ETHIOPIAN_DATE:
                month = _ETHIOPIAN_MONTHS[match["eth_month"]]
                iso = ethiopian(int(match["eth_year"]), month, int(match["day"]))
            elif pattern is _BANGLA_DATE:
                month = _BANGLA_MONTHS[match["bn_month"]]
                iso = bangla(int(match["bn_year"]), month, int(match["day"]))
                bangla_at = (match.start(), match.end(), iso) if iso else None
            elif "sh" in pattern.groupindex:
                iso = solar_hijri(int(match["sh"]), _PERSIAN_MONTHS[match["month"]], match["day"])
            else:
                year = (
                    match["year"] if "year" in pattern.groupindex else str(int(match["be"]) - 543)
                )
                iso = _valid(year, match["month"], match["day"])
            if iso:
                found.append((match.start(), match.end(), iso))
                break
    if len(found) > 1 and bangla_at is not None:
        found.remove(bangla_at)  # (the Gregorian day printed beside it is the line's date)
    return min(found) if found else None


def _listopad(text: str, dotted: bool = False) -> str:
    """The month "listopad(a)" names in ``text``: October in Croatian (``_croatian``; or
    after a day's full stop, ``dotted``: "3. listopada 2026.", where Polish writes "3
    listopada 2026" and Czech "3. listopadu 2026"), else November."""
    return "10" if dotted or _croatian(text) else "11"


def _solar_digits(match: re.Match[str]) -> str:
    """The Gregorian day of a Solar Hijri date in digits (``_SOLAR_DIGITS``,
    ``_SOLAR_DAY_FIRST``), "" when it is none or more than a year ahead: a lunar Hijri
    year written so (1446–1448 now) is decades ahead read as a solar one."""
    iso = solar_hijri(int(match["sh"]), int(match["month"]), match["day"])
    latest = date.today() + timedelta(days=366)
    return iso if iso and date.fromisoformat(iso) <= latest else ""


# (Dutch, Danish, Norwegian and Swedish stamps' labels: ``NORDIC_STAMP_WORDS``)
_NORDIC_LABELS = (
    "bijgewerkt gepubliceerd gewijzigd geplaatst publisert oppdatert publiceret opdateret "
    "udgivet publicerad uppdaterad".split()
)

# A date of digits alone on a header's date line: "05/12/2026", "05/12/26", "05.12.26"
# (a four-digit year after dots is ``_PATTERNS``'). Not run into other digits, slashes or a
# decimal ("1/2/3/4", "3.05.12.1": no dates).
_NUMERIC = re.compile(
    r"(?<![\d/.,])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d|\d\d)"
    r"(?![\d/]|[.,]\d)"
)
# Words of a date line in the languages that write the day first ("Publié le 05/12/26 à
# 07h12", "Veröffentlicht am 05.12.26 um 14:30 Uhr", "Publicado el 05/12/2026"): a date
# of slashes whose two readings are both days is read day first beside them. English
# lines keep such a date ambiguous (no date): Britain writes the day first, America not.
_DAY_FIRST_WORDS = frozenset(
    "à publié publiée mis jour ligne modifié uhr veröffentlicht aktualisiert "
    "publicado actualizado las pubblicato aggiornato alle ore il às atualizado "
    "опубликовано обновлено опубліковано оновлено".split()
    + _NORDIC_LABELS
    + GREEK_STAMP_WORDS.split()
)
# (not a name's particle: "By Maria de la Cruz | 12/05/26 10:30 AM" was read day first, a
# review)


def _numeric_date(
    line: str, today: date | None = None, day_first: bool = False, known: str = ""
) -> tuple[int, int, str] | None:
    """Where the first date of digits alone on the date line ``line`` is, and the date
    (``_NUMERIC``): day first after dots, or when the month-first reading is no day, or
    beside a day-first language's words (``_DAY_FIRST_WORDS``, a French clock's "07h12");
    month first when only that reading is a day. A two-digit year is of this century unless
    that is more than a year ahead ("12.05.99" is 1999). Dots or a two-digit year only
    with a stamp's word, a time of day, or nothing but the date and its weekday on the
    line (``_stamped``): "Linux 6.12.10 released", "Firefox 12.10.24 fixes crash" are
    versions' numbers (a review). ``day_first``: both readings days, the day first
    beside no such word too (the text is written in a language that puts it first:
    ``day_first_text``; or only whether the line holds a date is asked). ``known``: the
    day the header already gives, either reading that is it taken ("Manchester Evening
    News | 5 December 2026" over "05/12/2026 | Updated 12:40" in English lost the update's
    time: a standards editor's walkthrough)."""
    latest = (today or date.today()) + timedelta(days=366)
    words = {w.lower() for w in _WORD.findall(line)}
    for match in _NUMERIC.finditer(line):
        a, b, y = int(match["a"]), int(match["b"]), match["y"]
        year = int(y) if len(y) == 4 else _two_digit_year(int(y), latest)
        if match["sep"] == "." and len(y) == 4:
            continue  # (``_PATTERNS``' own)
        if (match["sep"] == "." or len(y) == 2) and not _stamped(line, words):
            continue
        day_first_reading = _day(year, b, a, latest)
        month_first = _day(year, a, b, latest) if match["sep"] == "/" else None
        if day_first_reading is not None and month_first is not None and a != b:
            if known in (day_first_reading.isoformat(), month_first.isoformat()):
                return match.start(), match.end(), known
            if not (day_first or words & _DAY_FIRST_WORDS or _FRENCH_CLOCK.search(line)):
                continue
            month_first = None
        found = day_first_reading or month_first
        if found is not None:
            return match.start(), match.end(), found.isoformat()
    return None


def _stamped(line: str, words: set[str]) -> bool:
    """Whether a line with a date of digits alone reads as a time stamp: a stamp's or a
    day-first language's date-line word, a time of day, or no other word than a weekday."""
    if words & (_DAY_FIRST_WORDS | _STAMP_STARTS) or _CLOCK.search(line):
        return True
    return _FRENCH_CLOCK.search(line) is not None or words <= _DATE_LINE_WORDS


_FRENCH_CLOCK = re.compile(r"(?<!\d)\d{1,2}\s?h\s?\d\d(?!\d)")


def line_date_span(
    line: str, day_first: bool = False, known: str = ""
) -> tuple[int, int, str] | None:
    """Where the date of a header's date line is and the date: its first calendar date
    (``_first_date``), else one of digits alone (``_numeric_date``, ``day_first``,
    ``known``)."""
    return _first_date(line) or _numeric_date(line, day_first=day_first, known=known)


def line_date(line: str, day_first: bool = False) -> str:
    """The date (``YYYY-MM-DD``) of a header's date line (``line_date_span``), or ""."""
    found = line_date_span(line, day_first)
    return found[2] if found else ""


# Small words of the languages that write the day first, and of English: which a text
# holds more of says how it writes "05/12/2026" ("Jornal de Angola | 05/12/2026" over a
# Portuguese text was undated: a Portuguese desk's walkthrough)
_DAY_FIRST_SMALL = frozenset(
    "de la el en y del que los las para por con da do em os um uma dos das com der die und "
    "das ist mit für von le les des et il di che и в на что "
    # (and Hebrew's: "06/12/2026 23:41" over a Hebrew text was undated, a night desk's
    # walkthrough; Israel writes the day first)
    "של את על עם לא גם כי זה".split()
)
# (Greek's: "Η Καθημερινή | 06/11/2026" over a Greek text; casefolded, "της" as "τησ")
_DAY_FIRST_SMALL |= frozenset(greek_forms("και το τα της του των την στο στη στην με για από που"))
# (Vietnamese's, Indonesian's and Malay's: "Thứ Hai, 07/12/2026 11:20" over a Vietnamese
# text and "Hà Nội, 7/12 (TTXVN) -" were undated, a Southeast Asian desk's walkthrough)
_DAY_FIRST_SMALL |= frozenset(
    "của và là các những được có trong cho với đã không người này một theo tại sẽ "
    "yang dan dari untuk dengan ini itu pada dalam akan tidak oleh juga telah".split()
)
_ENGLISH_SMALL = frozenset("the and of to in is was said".split())
# Letters of scripts whose countries write the day first: Devanagari, Bengali and Thai (India,
# Bangladesh, Thailand: "06/12/2026")
_DAY_FIRST_SCRIPT = re.compile("[\u0900-\u0963\u0971-\u09e5\u09f0-\u09ff\u0e01-\u0e4e]")
_LANGUAGE_LOOK = 3000  # characters of a text its small words are counted in


@line_cache(8, 1 << 62)  # (asked of by the header's date, day and stamps)
def day_first_text(text: str) -> bool:
    """Whether ``text`` is written in a language that puts the day first: more of its
    small words (``_DAY_FIRST_SMALL``) than English's, or more letters of a script whose
    countries do (``_DAY_FIRST_SCRIPT``: Hindi, Bengali, Thai) than of Latin."""
    theirs, english = small_words(text, _DAY_FIRST_SMALL)
    if theirs > english:
        return True
    if text[:_LANGUAGE_LOOK].isascii():
        return False
    opening = text[:_LANGUAGE_LOOK]
    latin = _latin_letters(opening)
    return len(_DAY_FIRST_SCRIPT.findall(opening)) > latin


# Letters of India's scripts (Devanagari, Bengali, Gurmukhi, Gujarati, Odia, Tamil, Telugu,
# Kannada, Malayalam); an Indian agency's credit ("(PTI)", "(IANS)", "(ANI)", "(UNI)", and
# as a take's last line, "-- IANS", "— PTI"), and an Indian city opening a dateline ("New
# Delhi, Dec 6 (PTI)", "NEW DELHI:", "Mumbai [India], December 6 (ANI):"): a text that is
# India's, where "IST" is India's time (``indian_text``)
_INDIAN_SCRIPT = re.compile("[\u0900-\u0d7f]")
_INDIAN_CREDIT = re.compile(r"\((?:PTI|IANS|ANI|UNI)\)")
_INDIAN_TRAILER = re.compile(r"(?m)^[ \t]*(?:--?|[–—])[ \t]*(?:PTI|IANS|ANI|UNI)[ \t]*$")
_INDIAN_CITIES = (
    "new delhi|delhi|mumbai|kolkata|chennai|bengaluru|bangalore|hyderabad|ahmedabad|pune"
    "|lucknow|jaipur|chandigarh|bhopal|patna|guwahati|srinagar|thiruvananthapuram|kochi"
    "|bhubaneswar|ranchi|raipur|dehradun|shimla|gandhinagar|noida|gurugram|nagpur|varanasi"
)
_INDIAN_DATELINE = re.compile(rf"(?im)^[ \t]*(?:{_INDIAN_CITIES})(?:[ \t]*\[india\])?[ \t]*[,:(]")


def indian_text(text: str) -> bool:
    """Whether ``text`` is India's by a clear sign: more letters of India's scripts than of
    Latin in its opening (``_INDIAN_SCRIPT``: Hindi, Bengali…), an Indian agency's credit
    (``_INDIAN_CREDIT``, ``_INDIAN_TRAILER``: PTI, IANS, ANI, UNI) or an Indian city opening
    a dateline (``_INDIAN_DATELINE``). "IST" is India's time in such a text; else it is
    Ireland's or Israel's as well, and is read as no zone."""
    opening = text[:_LANGUAGE_LOOK]
    if _INDIAN_CREDIT.search(opening) or _INDIAN_DATELINE.search(opening):
        return True
    if _INDIAN_TRAILER.search(text[-_SENT_LOOK:]):
        return True
    if opening.isascii():
        return False
    latin = _latin_letters(opening)
    return len(_INDIAN_SCRIPT.findall(opening)) > latin


# Letters of the Bangla script; a Bangladeshi agency's credit ("(BSS)", "(UNB)", "(বাসস)");
# a Bangladeshi city opening a dateline ("DHAKA, Dec 7 (BSS) -", "Chattogram:"); and a
# Bangladeshi address ("bss.gov.bd"): a text that is Bangladesh's, where "BST" is
# Bangladesh Standard Time, +06:00, and not British Summer Time (``bangladeshi_text``)
_BANGLA_SCRIPT = re.compile("[\u0980-\u09ff]")
_BANGLADESHI_CREDIT = re.compile(r"\((?:BSS|UNB|বাসস|ইউএনবি)\)")
_BANGLADESHI_CITIES = (
    "dhaka|chattogram|chittagong|khulna|rajshahi|sylhet|barishal|barisal|rangpur"
    "|mymensingh|cumilla|comilla|gazipur|narayanganj|cox's bazar|cox’s bazar"
)
_BANGLADESHI_DATELINE = re.compile(rf"(?im)^[ \t]*(?:{_BANGLADESHI_CITIES})[ \t]*[,:(]")
# (a site's: "bss.gov.bd", "www.example.bd"; not a file's name, "data.bd")
_BANGLADESHI_ADDRESS = re.compile(
    r"(?i)(?:(?<![\w.-])[a-z0-9-]+\.(?:com|gov|org|net|edu|ac|info|mil|co)|(?:https?://|www\.)"
    r"[a-z0-9.-]+)\.bd(?![\w-]|\.\w)"
)


def bangladeshi_text(text: str) -> bool:
    """Whether ``text`` is Bangladesh's by a clear sign: more Bangla letters than Latin
    in its opening (``_BANGLA_SCRIPT``), a Bangladeshi agency's credit, a Bangladeshi city
    opening a dateline, or a Bangladeshi address (a ".bd" site's). "BST" is Bangladesh's
    time, +06:00, in such a text (a South Asian desk's walkthrough: a Dhaka paper's "02:35
    PM BST" was read as British Summer Time, five hours off); else Britain's."""
    opening = text[:_LANGUAGE_LOOK]
    if _BANGLADESHI_CREDIT.search(opening) or _BANGLADESHI_DATELINE.search(opening):
        return True
    if _BANGLADESHI_ADDRESS.search(opening) or _BANGLADESHI_ADDRESS.search(text[-_SENT_LOOK:]):
        return True
    if opening.isascii():
        return False
    latin = _latin_letters(opening)
    return len(_BANGLA_SCRIPT.findall(opening)) > latin


def small_words(text: str, theirs: frozenset[str]) -> tuple[int, int]:
    """How many of ``theirs`` (a language's small words) and of English's the opening of
    ``text`` holds: which it holds more of says which it is written in."""
    counts = _word_counts(text[:_LANGUAGE_LOOK])
    return sum(counts.get(w, 0) for w in theirs), sum(counts.get(w, 0) for w in _ENGLISH_SMALL)


@lru_cache(maxsize=8)  # (a text's language is asked of by several guesses, in several sets)
def _word_counts(opening: str) -> dict[str, int]:
    """How many times each word (casefolded) is written in ``opening``; not to be changed."""
    if not opening.isascii():  # (a Vietnamese text decomposed: "của" as "cu" and marks)
        opening = unicodedata.normalize("NFC", opening)
    counts: dict[str, int] = {}
    for word in _WORD.findall(opening.casefold()):
        counts[word] = counts.get(word, 0) + 1
    return counts


def date_span(text: str) -> tuple[int, int] | None:
    """Where the first unambiguous calendar date of ``text`` is written, or None."""
    found = _first_date(text)
    return found[:2] if found else None


def find_date(text: str, chinese: bool = False) -> str:
    """The first unambiguous calendar date written in ``text``, as ``YYYY-MM-DD``, or "";
    ``chinese``: of a Chinese text (``_first_date``)."""
    found = _first_date(text, chinese)
    return found[2] if found else ""


# A dateline opens an article's first paragraph: an optional place ("PARIS", "WASHINGTON,
# D.C.", "São Paulo", maybe with its credit: "WASHINGTON (Reuters)"), the date, then a
# dateline's separator: an agency's credit in parentheses and/or a dash or colon.
# The vowel signs and other marks inside a word of Devanagari, Bengali and Thai (and the
# accents of a decomposed Latin letter), which are no letters to a pattern's \w: "दिल्ली",
# "ঢাকা", "กรุงเทพฯ" were no place nor word (a South Asian and a Southeast Asian desk's
# walkthroughs: "नई दिल्ली, 6 दिसंबर (भाषा)" opening the lede was undated)
MARKS = (
    "\u0300-\u036f\u0900-\u0903\u093a-\u093c\u093e-\u094f\u0951-\u0957\u0962-\u0963"
    "\u0981-\u0983\u09bc\u09be-\u09c4\u09c7-\u09c8\u09cb-\u09cd\u09d7\u09e2-\u09e3"
    "\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u200c\u200d"
)
_PLACE_WORD = re.compile(rf"[^\W\d_][\w.'’{MARKS}-]*")
# (a place's small words within it: "Ciudad de México, 6 de diciembre (Notimex).-", "Rio de
# Janeiro", "São José dos Campos" — a Latin American desk's walkthrough)
_PLACE_PARTICLES = frozenset("de del da do dos das di du la las los".split())
# (and the country after the city, in brackets, as ANI writes it: "New Delhi [India],
# December 6 (ANI):" was undated — a South Asian desk's walkthrough)
_PLACE_COUNTRY = re.compile(r"\s*\[[^\W\d_][^\[\]\d]{1,30}\]")
_PLACE_CREDIT = re.compile(r"\s*\([^()]{1,40}\)$")
# ... or before it, as ANSA and AGI write theirs: "(ANSA) - LUCCA, 5 DIC -", "(AGI) - Lucca,
# 5 dic. -" (every ANSA take was undated: an Italian desk's walkthrough)
_CREDIT_FIRST = re.compile(r"^\s*\([A-Z][^()]{1,30}\)\s*[-–—]\s*")
_PLACE_MAX_WORDS, _PLACE_MAX_CHARS = 4, 40
_DATELINE_SPAN = 120  # characters of a line a dateline's date can lie in (place, credit, date)
# (a credit in parentheses, or between slashes as TASS and RIA write it: "/ТАСС/"; or the
# "电" ("wired") a Chinese agency's dateline ends in, "新华社兰州2026年12月5日电", not the
# first letter of "电话" (telephone) or "电视" (television))
_WIRED = r"[电電](?![话話视視])"
# (a year's word: "5 декабря 2026 г. /ТАСС/.", "5 грудня 2026 року. /Укрінформ/." were undated)
_YEAR_WORD = r"(?:\s+(?:г|года|року|р|r)\.?)?"  # (Polish too: "3 grudnia 2026 r. (PAP) -")
# (an agency's name in capitals between full stops and a dash, as Interfax writes it and
# Kazinform after it: "Москва. 5 декабря. ИНТЕРФАКС -", "Киев. 5 декабря. ИНТЕРФАКС-УКРАИНА -",
# "Москва. 5 декабря. INTERFAX.RU -" — undated and of no outlet, a walkthrough)
# (or ending the dateline's line, or before a slash, as AzerTac and Report.az write theirs:
# "Bakı, 7 dekabr, AZƏRTAC", "Bakı. 7 dekabr. REPORT.AZ/ Azərbaycan…" — a Turkish and
# Azerbaijani desk's walkthrough; Azerbaijani's Ə among the capitals)
_CAPITALS = "A-ZА-ЯЁІЇЄҐЎҚҒҢӨҰҮҺӘƏ"
CAPS_CREDIT = rf"(?:[,.]\s*|\s+)(?P<caps>[{_CAPITALS}][{_CAPITALS}.-]{{2,40}})(?:\s+[-–—]\s|/|\s*$)"
# (and a time between the day and the credit: "ATHENS, 7 November 2026, 11:05 (ANA-MPA) -",
# "WARSZAWA, 3 grudnia 2026, godz. 14:30 (PAP) -" left their takes undated — a re-check of
# the Greek and Central European desks' walkthroughs)
# (and its morning or afternoon, or its hours' word, as Mexican and Argentine agencies
# write them: "Pochutla, Oax., 8 de diciembre de 2026, 6:30 a.m. (Notimex).-", "…, 18:30
# hs. (Télam) -" were undated — a Spanish and Portuguese night desk's walkthrough)
_DATELINE_TIME = (
    r"(?:,?\s*(?:godz\.\s*|kl\.\s*|at\s+)?(?P<clock>\d{1,2}[:.]\d\d)"
    r"(?:\s*(?P<meridiem>[aApP]\.?\s?[mM]\b\.?)|\s*(?:hod\.|Uhr|horas|hrs\.?|hs\.?|h))?)?"
)
# (or after the credit, as the Cyprus News Agency writes it: "ΛΕΥΚΩΣΙΑ, 9 Νοεμβρίου 2026
# (ΚΥΠΕ) 06:15 -" lost its time, and its story's first take and update were in no order —
# a re-check of a Greek desk's walkthrough)
_CREDIT_TIME = r"(?:\s+(?P<later>\d{1,2}:\d\d)(?=\s*[-–—]\s))?"
_DATELINE_END = re.compile(
    rf"{_YEAR_WORD}{_DATELINE_TIME}"
    rf"(?:[,.]?\s*(?:\([^()]{{1,40}}\){_CREDIT_TIME}|/[^/\n]{{1,40}}/|[-–—:](?!\d)|{_WIRED})"
    rf"|{CAPS_CREDIT})"
)
# ... or a full stop before the lede's first word, as Russian, Ukrainian and German papers
# and releases write it, the year's "г." or "року" before it: "Berlin, 2. Dezember 2026.
# Ein Streik…", "Київ, 2 грудня 2026 року. Київська…" were undated (a walkthrough). A
# scene-setting lede is written so too ("Dallas, November 22, 1963. The motorcade…", an
# obituary's "London, 12 March 1931. Born…": a probe), so that form dates a text only near
# the day its file was saved (``dateline_date``'s ``stop``; ``metadata.dated``).
_STOP_END = re.compile(r"(?:\s+(?:г|года|року|р))?\.\s+(?=[«\"“„]?[^\W\d_])")


# The word a French, Spanish, Italian or German dateline puts before its date: "DOUAI, le 24
# mars 2026 –" (a French communiqué's form was no dateline: its date was the file's).
_DATE_ARTICLE = re.compile(r"(?:^|(?<=[\s,]))(?:le|el|il|am|den)$")


@line_cache(LINES_KEPT, LINE_CHARS)
def _is_place(text: str) -> bool:
    """Whether ``text``, before a date, is a dateline's place: nothing, or a few words each
    starting with a capital (or a letter of a script without capitals), no digits."""
    text = _CREDIT_FIRST.sub("", text)
    text = _PLACE_CREDIT.sub("", text.strip().rstrip(" ,،፣")).rstrip(" ,،፣")  # "(Reuters), "
    text = _DATE_ARTICLE.sub("", text).rstrip(" ,،፣")  # "DOUAI, le", "Stuttgart, den"
    text = _PLACE_COUNTRY.sub("", text)  # "New Delhi [India]"
    if not text:
        return True
    words = re.split(r"[\s,،፣/]+", text)  # (two places: "NEW YORK/LONDON, Nov 3 (Reuters)")
    return (
        len(text) <= _PLACE_MAX_CHARS
        and len(words) <= _PLACE_MAX_WORDS
        and all(_PLACE_WORD.fullmatch(word) for word in words)
        and not words[0][0].islower()
        and not words[-1][0].islower()
        and all(not word[0].islower() or word in _PLACE_PARTICLES for word in words)
    )


@line_cache(LINES_KEPT, LINE_CHARS)
def dateline_date(line: str, stop: bool = False, day_first: bool = False) -> str:
    """The date of a dateline opening ``line`` ("PARIS, July 24, 2021 (AFP) - Café owners
    said…", "24 July 2021 (Reuters) -", "July 24, 2021 —"), or "" when the line's first
    date is anywhere else ("in this April 20, 2003 file photo", "said on July 24, 2021").
    ``stop``: a full stop before the lede ends one too (``_STOP_END``). A date of digits
    alone too, "Brasília, 06/12/2026 - A Petrobras…" (``_numeric_date``: day first when
    ``day_first``, the text's language writing it so, or when the other reading is no
    day; an English "WASHINGTON, 06/12/2026 -" could be either, and is none): Agência
    Brasil's and Estadão's datelines were undated (a Latin American desk's walkthrough)."""
    head = line[:_DATELINE_SPAN]  # a long line is not searched to its end
    numeric = _numeric_date(head, day_first=day_first) if _NUMERIC.search(head) else None
    dates = [_first_date(head), numeric]
    found = min((d for d in dates if d is not None), default=None)
    if found is None:
        return ""
    start, end, iso = found
    if not line[:start].strip() and _STAMP_CLOCK.match(line, end):
        return iso  # (a time stamp opening the paragraph: "07.12.2026 14:35 УНІАН. …")
    ends = _ended(_DATELINE_END, line, start, end) or (stop and _STOP_END.match(line, end))
    return iso if _is_place(line[:start]) and ends else ""


# A time of day after a date that opens a paragraph: a time stamp, as UNIAN's copy opens,
# "07.12.2026 14:35 УНІАН. Російські війська…", and a feed's before a dateline,
# "07.12.2026 14:35 МОСКВА, 7 декабря. /ТАСС/. …", "07.12.2026 14:35 KYIV (Reuters) -": each
# was undated, the dateline after the stamp unread (a Ukraine and Russia desk's walkthrough).
# A date and its time, nothing before them, open no sentence.
_STAMP_CLOCK = re.compile(r",?\s+(?P<clock>\d{1,2}:\d\d)(?::\d\d)?(?![\d:])(?!\s*[-–—]\s*\d)")


def dateline_time(line: str) -> str:
    """The time of day (``HH:MM``) a dateline opening ``line`` gives beside its date, before
    its credit or after it ("ATHENS, 7 November 2026, 11:05 (ANA-MPA) -", "ΛΕΥΚΩΣΙΑ, 9
    Νοεμβρίου 2026 (ΚΥΠΕ) 06:15 -"), "" when it gives none: a dateline opening the first
    paragraph gave its day alone, and an agency's take and its update were in no order."""
    found = _first_date(line[:_DATELINE_SPAN])
    if found is None or not _is_place(line[: found[0]]):
        return ""
    stamp = _STAMP_CLOCK.match(line, found[1]) if not line[: found[0]].strip() else None
    ends = stamp or _ended(_DATELINE_END, line, found[0], found[1])
    clock = (ends["clock"] or ends.groupdict().get("later")) if ends is not None else None
    if not clock:
        return ""
    hour, minute = map(int, re.split("[:.]", clock))
    meridiem = ends.groupdict().get("meridiem") if ends is not None and ends["clock"] else None
    if meridiem:  # ("6:30 p.m.": 18:30; "12:10 a.m.": 00:10)
        if not 1 <= hour <= 12:
            return ""
        hour = hour % 12 + (12 if meridiem[0] in "pP" else 0)
    return f"{hour:02d}:{minute:02d}" if hour < 24 and minute < 60 else ""


def _ended(pattern: re.Pattern[str], line: str, start: int, end: int) -> re.Match[str] | None:
    """``pattern`` matched after a date at ``line[start:end]``, a credit in capitals only
    after a dateline's place and its comma or full stop, and only an agency's look: a
    Cyrillic name, an address ("INTERFAX.RU") or a known agency's. "On May 5, 2026 NASA -
    launched" and "Item 3 May NOTE -" were datelines (a review)."""
    found = pattern.match(line, end)
    if found is None or not found["caps"]:
        return found
    return found if _caps_credit(line[:start], found["caps"]) else None


def _caps_credit(place: str, caps: str) -> bool:
    from wirediff.core.reading.outlets import is_agency, outlet_named  # (datelines only)

    if not place.rstrip().endswith((",", ".")):
        return False
    return bool(_CYRILLIC_CAPITAL.search(caps)) or "." in caps or is_agency(outlet_named(caps))


_CYRILLIC_CAPITAL = re.compile("[А-ЯЁІЇЄҐЎҚҒҢӨҰҮҺӘƏ]")  # (and Azerbaijani's Ə: "AZƏRTAC")


# A dateline that gives no year, as wire copy writes it: "НОВОСИБИРСК, 5 декабря. /ТАСС/.",
# "PARIS, July 24 (AFP) -", "5 de diciembre (EFE) -", and as Xinhua always does:
# "新华社兰州12月5日电" (the month and the day, then "电").
_YEARLESS = (
    # (a German day's full stop: "BERLIN, 5. Dezember (AFP) -", AFP's German service's form)
    re.compile(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s+(?:de\s+)?{_MONTH}"),
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b"),
    re.compile(r"(?<!\d)(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"),
)
# "Hà Nội, 7/12 (TTXVN) -": a day and a month of digits (``dateline_day``, ``day_first``)
_DIGIT = re.compile(r"\d")
_YEARLESS_NUMERIC = re.compile(r"(?<![\d/.,])(?P<day>\d{1,2})/(?P<month>\d{1,2})(?![\d/]|[.,]\d)")
_NUMERIC_CREDIT = re.compile(r"\s*\([^()\d]{2,40}\)")
_THAI_MONTHS = frozenset(m for m in _SCRIPT_MONTHS if "\u0e00" <= m[0] <= "\u0e7f")
# "(AFP)", "/ТАСС/", "电"
_CREDIT = re.compile(rf"[,.]?\s*(?:\([^()]{{1,40}}\)|/[^/\n]{{1,40}}/|{_WIRED})|{CAPS_CREDIT}")


@line_cache(LINES_KEPT, LINE_CHARS)
def dateline_day(line: str, day_first: bool = False) -> tuple[int, int] | None:
    """``(month, day)`` of a dateline opening ``line`` that gives no year: a place and a
    comma, or an agency's credit after the day ("PARIS, July 24 -", "5 de diciembre (EFE)
    -"), so that "Item 3 May -" or "Top 10 May:" is none; a Thai place with no comma
    before a Thai month ("กรุงเทพฯ 7 ธ.ค. -", the Thai News Agency's). ``day_first`` (the
    text's language writes the day first): a day and a month of digits too, with a place,
    its comma and a credit, "Hà Nội, 7/12 (TTXVN) -" (Vietnam News Agency's datelines were
    undated: a Southeast Asian desk's walkthrough; an English "7/12" is July's as often)."""
    head = line[:_DATELINE_SPAN]
    if not head.isascii():
        head = fold_lookalikes_in(_letters_folded(head))  # («БEЛГOPOД, 5 дeкaбpя»)
    if _DIGIT.search(head) is None:  # (each pattern reads the day's digits)
        return None
    for pattern in (*_YEARLESS, _YEARLESS_NUMERIC) if day_first else _YEARLESS:
        found = pattern.search(head)
        if found is None or not _is_place(head[: found.start()]):
            continue
        if pattern is _YEARLESS[1] and found["month"].lower() in _WORDS_TOO:
            continue
        if _dot_only(found["month"]):
            continue
        if not _ended(_DATELINE_END, head, found.start(), found.end()):
            continue
        placed = head[: found.start()].rstrip().endswith((",", "،", "፣"))
        if pattern is _YEARLESS_NUMERIC:  # (its place, and its credit in brackets)
            credit = _NUMERIC_CREDIT.match(head, found.end())
            if not (placed and credit and head[: found.start()].strip(" ,")):
                continue
        if found["month"] in _THAI_MONTHS and head[: found.start()].strip():
            placed = True
        if not placed and not _ended(_CREDIT, head, found.start(), found.end()):
            continue
        if found["month"].lower() in _LISTOPAD:
            dotted = "." in head[found.start("month") - 2 : found.start("month")]
            month = _listopad(line, dotted)
        else:
            month = found["month"]
        iso = _valid("2000", month, found["day"])  # (a leap year: 29 February is)
        if iso:
            return int(iso[5:7]), int(iso[8:10])
    return None


# The agency a dateline credits with no brackets nor slashes, after the date: in capitals
# before a dash ("Москва. 5 декабря. ИНТЕРФАКС -"), after a dash ("МОСКВА, 5 дек — РИА
# Новости."), or after the date's full stop ("Київ, 5 грудня 2026 року. Укрінформ."); the
# last two are a sentence's words as often ("PARIS, May 5 — The minister resigned."), so
# ``dateline_credit`` says which form it read.
_BARE_CREDIT = re.compile(
    rf"{_YEAR_WORD}(?:{CAPS_CREDIT}"
    r"|[,.]?\s*[-–—]\s*(?P<dashed>[^\W\d_][^.,:;!?\n]{1,39})\.(?:\s|$)"
    r"|\.\s+(?P<stopped>[^\W\d_][^.,:;!?\n]{1,39})\.(?:\s|$))"
)


def dateline_credit(line: str) -> tuple[str, bool]:
    """The name a dateline opening ``line`` credits without brackets or slashes (see
    ``_BARE_CREDIT``), and whether it is written in capitals before a dash — a credit
    whatever its name; else ``("", False)``."""
    head = line[:_DATELINE_SPAN]
    if head.isascii() and _DIGIT.search(head) is None:  # (no date, no day: ``_YEARLESS``)
        return "", False
    ends = []
    found = _first_date(head)
    if found is not None and _is_place(head[: found[0]]):
        ends.append(found[:2])
    for pattern in _YEARLESS:
        day = pattern.search(head)
        if day is not None and _is_place(head[: day.start()]):
            ends.append((day.start(), day.end()))
    for start, end in ends:
        credit = _ended(_BARE_CREDIT, head, start, end)
        if credit is not None:
            caps = credit["caps"]
            return (caps, True) if caps else (credit["dashed"] or credit["stopped"], False)
    return "", False


_SENT_LOOK = 400  # characters of a text's end an agency's transmission stamp is looked for in


def sent_stamp(text: str) -> tuple[int, int] | None:
    """Where an agency's transmission stamp closes ``text`` ("050745 Dez 26", dpa's;
    "05-DIC-26 09:12 NNNN", ANSA's and Adnkronos'; "APA0431    2026-12-05/10:42", APA's): its
    last non-empty line, of a month's name or number; None when it has none (a table's last row,
    "241000 Dec 25" under two more such rows, or a vote's "415020 CDU 31", is none: a
    review)."""
    stamp = _last_stamp(text)
    if stamp is None:
        return None
    at = max(0, len(text) - _SENT_LOOK)
    return at + stamp.start(), at + stamp.end()


def _last_stamp(text: str) -> re.Match[str] | None:
    """The transmission stamp on the last non-empty line of ``text`` (``sent_stamp``)."""
    from wirediff.core.wiremarkers import SENT_STAMPS

    tail = text[-_SENT_LOOK:].rstrip()
    last = tail.rfind("\n") + 1
    found = next((m for m in (s.match(tail, last) for s in SENT_STAMPS) if m), None)
    if found is None or not _stamp_month(found["month"]):
        return None
    return found


def _stamp_month(month: str) -> int:
    """The number of a transmission stamp's month, its name ("Dez") or its digits ("12")."""
    if month.isdigit():
        return int(month) if 1 <= int(month) <= 12 else 0
    return _MONTHS.get(month.casefold(), 0)


# The Central News Agency's closing stamp, its editor's credit and the day as the Taiwan
# year, month and day run together, "（編輯：林克倫）1151207": CNA's earthquake story gave
# its day nowhere else, was undated, and became an edited version of the mainland reprint
# of it (a Chinese wire desk's walkthrough). After an editor's credit only, ending the text:
# seven digits elsewhere are an id or a figure.
_CNA_STAMP = re.compile(
    r"[(（]\s*(?:編輯|编辑)\s*[:：][^()（）\n]{1,20}[)）]\s*(?P<roc>1\d\d)(?P<month>\d\d)"
    r"(?P<day>\d\d)\s*\Z"
)


def cna_day(text: str, today: date | None = None) -> str:
    """The day (``YYYY-MM-DD``) of the Central News Agency's closing stamp ending ``text``
    (``_CNA_STAMP``: "（編輯：林克倫）1151207" is 2026-12-07), "" when there is none or it
    is after ``today`` (default: now)."""
    found = _CNA_STAMP.search(text[-_SENT_LOOK:])
    if found is None:
        return ""
    latest = (today or date.today()) + timedelta(days=1)
    year = int(found["roc"]) + _ROC_FIRST_YEAR
    day = _day(year, int(found["month"]), int(found["day"]), latest)
    return day.isoformat() if day is not None else ""


def sent_time(text: str, today: date | None = None) -> str:
    """The time an agency's transmission stamp closing ``text`` gives ("050745 Dez 26":
    the 5th at 07:45, December 2026), as ISO without a zone (the agency's clock); "" when
    there is none. dpa's takes give their day nowhere else, and were dated by their files'
    times (a German desk's walkthrough). The Central News Agency's closing stamp gives the
    day alone (``cna_day``)."""
    stamp = _last_stamp(text)
    if stamp is None:
        return cna_day(text, today)
    month = _stamp_month(stamp["month"])
    hour, minute = int(stamp["hour"]), int(stamp["minute"])
    latest = (today or date.today()) + timedelta(days=1)
    year = int(stamp["year"]) if len(stamp["year"]) == 4 else 2000 + int(stamp["year"])
    day = _day(year, month, int(stamp["day"]), latest) if month else None
    if day is None or hour > 23 or minute > 59:
        return ""
    return f"{day.isoformat()}T{hour:02d}:{minute:02d}:00"


def header_day(text: str) -> tuple[int, int] | None:
    """``(month, day)`` of a year-less dateline on one of an article's first lines (one of
    digits, "Hà Nội, 7/12 (TTXVN) -", in a text whose language writes the day first)."""
    day_first: bool | None = None
    for line in header_lines(text):
        found = dateline_day(line)
        if not found and "/" in line[:_DATELINE_SPAN]:
            day_first = day_first_text(text) if day_first is None else day_first
            found = dateline_day(line, day_first) if day_first else None
        found = found or _stamp_day(line)
        if found:
            return found
    return None


# A line that is a day and its month alone, and maybe its time: a site's stamp for a
# story of this year, as RBC-Ukraine writes it, "07 груд., 14:35", "07 груд." (its copies
# were undated: a Ukraine and Russia desk's walkthrough). The whole line: "7 May" in a
# heading, or "Strike called for 7 May", is no stamp.
_STAMP_DAY = re.compile(
    rf"(?P<day>\d{{1,2}})\s+{_MONTH}(?:,?\s+\d{{1,2}}:\d\d)?",
)


def _stamp_day(line: str) -> tuple[int, int] | None:
    """``(month, day)`` of a header line that is a day, its month's name and maybe a time
    alone (``_STAMP_DAY``); not a month's abbreviation that is a word as often ("7 лист",
    "7 set"), unless written with its dot."""
    found = _STAMP_DAY.fullmatch(_letters_folded(line) if not line.isascii() else line)
    if found is None:
        return None
    month = found["month"]
    if month.lower() in _WORDS_TOO or _dot_only(month):
        return None
    iso = _valid("2000", month, found["day"])  # (a leap year: 29 February is)
    return (int(iso[5:7]), int(iso[8:10])) if iso else None


def is_day(year: str, month: str, day: str) -> bool:
    """Whether the digits name a day that exists ("2021", "02", "30" do not)."""
    return bool(_valid(year, month, day))


def _valid(year: str, month: str, day: str) -> str:
    if month in _SCRIPT_MONTHS:  # (Thai's "ธ.ค." keeps its last dot: "7 ธ.ค. 2569" was undated)
        month = str(_SCRIPT_MONTHS[month])
    month = month.rstrip(".")
    if month.isdigit():
        number = int(month)
    else:  # (of "آذار/مارس" the first name)
        name = re.split(r"\s*/\s*", month)[0]
        number = _MONTHS.get(name.lower(), 0) or _SCRIPT_MONTHS.get(name, 0)
    try:
        return date(int(year), number, int(day)).isoformat()
    except ValueError:
        return ""


def to_iso(value: object, day_first: bool = False) -> str:
    """A metadata value (ISO string, RFC 2822 string, Unix time, prose date, a date of
    digits alone with its time, "05/12/2026 10:15": ``_numeric_date``, ``day_first``) as
    ISO 8601; "" for a time that is no instant in UTC ("0001-01-01T00:00:00+05:00" is
    before year 1 there: ordering it by its instant overflowed, and every story grouping of
    its folder failed)."""
    if isinstance(value, str):
        value = _spaced_day(value)
    iso = _as_iso(value) or _numeric_value(value, day_first)
    return iso if _in_utc_range(iso) else ""


# A day with its month's name between hyphens, as spreadsheets write it: "03-Dec-2026"
_HYPHENED_DAY = re.compile(r"(\d{1,2})-([^\W\d_]{3,9}\.?)-(\d{4})")


def _spaced_day(value: str) -> str:
    """``value`` with a day written "03-Dec-2026" (a monitoring tool's export: Excel's
    dd-mmm-yyyy) as "03 Dec 2026", which is read; its clips were dated by the day in the
    file's name (a PR agency analyst's walkthrough). Any other value as it is."""
    found = _HYPHENED_DAY.fullmatch(value.strip())
    return " ".join(found.groups()) if found else value


def clock(hour: int, minute: int, second: int, half: str) -> str:
    """A time of day as "HH:MM:SS" from its figures and its half of the day, "a" or "p"
    ("3:15 PM" is 15:15, "12:30 AM" 00:30; they were 03:15 and 12:30 — a review), or ""
    when they give none ("25:00", "13:00 PM")."""
    if half:
        if not 1 <= hour <= 12:
            return ""
        hour = hour % 12 + (12 if half.casefold() == "p" else 0)
    if hour > 23 or minute > 59 or second > 59:
        return ""
    return f"{hour:02d}:{minute:02d}:{second:02d}"


def _numeric_value(value: object, day_first: bool) -> str:
    """A field's date of digits alone and its time ("05/12/2026 10:15", a Portuguese
    agency's API export: undated, where a header's was read — a probe), as ISO."""
    if not isinstance(value, str) or len(value) > 40:
        return ""
    found = _numeric_date(value, day_first=day_first)
    if found is None:
        return ""
    clock_at = _FIELD_CLOCK.search(value, found[1])
    if clock_at is None:
        return found[2]
    at = clock(
        int(clock_at["h"]), int(clock_at["m"]), int(clock_at["s"] or 0), clock_at["half"] or ""
    )
    return f"{found[2]}T{at}" if at else found[2]


# A field's time after its date: "10:15", "10:15:30", "3:15 PM", "11:45 p.m."
_FIELD_CLOCK = re.compile(
    r"(?<!\d)(?P<h>\d{1,2}):(?P<m>\d\d)(?::(?P<s>\d\d))?(?!\d)(?:\s*(?P<half>[aApP])\.?\s*[mM]\b\.?)?"
)


def _in_utc_range(iso: str) -> bool:
    """Whether the ISO time ``iso`` (or "", or a day) falls within years 1–9999 in UTC."""
    return len(iso) <= 10 or utc_time(iso) is not None


def _as_iso(value: object) -> str:
    if isinstance(value, bool):
        return ""
    if isinstance(value, int | float):
        seconds = value / 1000 if value > 1e11 else value  # milliseconds since the epoch
        try:
            return datetime.fromtimestamp(seconds, UTC).isoformat(timespec="seconds")
        except (OverflowError, OSError, ValueError):
            return ""
    if not isinstance(value, str):
        return ""
    text = value.strip()
    if not text or len(text) > 100:
        return ""
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        pass
    else:
        has_time = len(text) > 10
        return parsed.isoformat(timespec="seconds") if has_time else parsed.date().isoformat()
    # The e-mail date parser is imported only for a value no simpler reading took: it brings
    # the email package and socket, milliseconds of the start of every command that reads.
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).isoformat(timespec="seconds")
    except (TypeError, ValueError, IndexError):
        pass
    return find_date(text)


HEADER_LINES = 12  # how many non-empty lines count as an article's header


def is_month_name(word: str) -> bool:
    """Whether ``word`` names a month in a language the dates are read in ("Dec",
    "декабря", "آذار")."""
    lower = word.lower()
    return (lower in _MONTHS and lower not in _WORDS_TOO) or word.translate(
        _LETTERS
    ) in _SCRIPT_MONTHS


def month_number(word: str) -> int:
    """The month (1–12) ``word`` names in a language the dates are read in ("Dec", "December",
    "декабря", "dekabr"), 0 when it names none or is a word as often ("set", "mag")."""
    lower = word.lower()
    if lower in _WORDS_TOO:
        return 0
    return _MONTHS.get(lower) or _SCRIPT_MONTHS.get(word.translate(_LETTERS), 0)


# Month abbreviations that are English words as often ("3 out of 4", "a set", "two years
# ago"): months in a date's pattern only, not words beside a figure
_WORDS_TOO = frozenset("out set gen ago mag des mac dis".split())
# ... and Hausa's months that are names as often ("Roger Maris", "Mayu", "Yuli"): Hausa
# writes the day first, "6 Maris 2026", and a name's "Stella Maris 6, 2026" is no date
_WORDS_TOO |= frozenset("maris mayu yuli yuni".split())
_WORDS_TOO |= frozenset("січ лют трав черв лип серп лист".split())  # (Ukrainian's, above)
# ... and a month only with its abbreviation's dot: Norwegian's "des." (French's "des"), or
# capitalized after a day, as Indonesian abbreviates it: "Senin, 07 Des 2026 10:58 WIB"
# (Detik's stamp was undated)
_DOT_ONLY = frozenset(["des"])


def _dot_only(month: str) -> bool:
    """Whether a date's month is a word only (``_DOT_ONLY``): "des" but not "Des"."""
    return month.lower() in _DOT_ONLY and not month.istitle()


def header_lines(text: str, count: int = HEADER_LINES) -> list[str]:
    """The first ``count`` non-empty lines, stripped (without splitting the whole text)."""
    return list(_header_lines(text, count))


@line_cache(8, 1 << 62)  # (the texts of the last few articles: each guess reads their header)
def _header_lines(text: str, count: int) -> tuple[str, ...]:
    lines: list[str] = []
    start, size = 0, len(text)
    while len(lines) < count and start < size:
        end = text.find("\n", start)
        end = size if end < 0 else end
        line = text[start:end].strip()
        if links_follow(line):  # what follows is other articles' (their dates)
            break
        if line:
            lines.append(_joined_clock(_half_width(line)))
        start = end + 1
    return tuple(lines)


# Full-width digits and a date's marks, as Japanese pages write a date ("２０２６年１２月５日
# １４時３０分"), and a label run into its date ("송고시간2026-12-05 14:30", Yonhap's): each
# left the page undated (an East Asian monitor's walkthrough)
_HALF_WIDTH = str.maketrans("０１２３４５６７８９：／－．\u3000", "0123456789:/-. ")
_FULL_WIDTH = re.compile("[０-９：／－．\u3000]")  # (what ``_HALF_WIDTH`` changes)
_RUN_IN_DATE = re.compile(r"(?<=[가-힣\u4e00-\u9fff])(?=(?:19|20)\d\d[-./])")


def _half_width(line: str) -> str:
    """``line`` with full-width digits and marks half-width, a date run into a label apart."""
    if line.isascii():
        return line
    if _FULL_WIDTH.search(line) is not None:
        line = line.translate(_HALF_WIDTH)
    return _RUN_IN_DATE.sub(" ", line)


# A time of day with a space after its colon, right after a date, as Prothom Alo stamps its
# pages: "প্রকাশ: ০৬ ডিসেম্বর ২০২৬, ১৪: ৩০" gave its day alone, and the paper's versions of
# a day were in no order (a South Asian desk's walkthrough). One space only, after a date
# and a separator (a comma, a bar, a dash), on a date line (``is_date_line``): a score's or
# a ratio's "2: 10" in a sentence is none.
_SPACED_CLOCK = re.compile(r"(?<![\d:.])(?P<h>\d{1,2}): (?P<m>\d\d)(?![\d:])")
_CLOCK_GAP = re.compile(r"[\s,|·•\-–—]{1,4}")


def _joined_clock(line: str) -> str:
    """``line`` with a date line's spaced time of day joined (``_SPACED_CLOCK``): "…২০২৬,
    ১৪: ৩০" as "…২০২৬, ১৪:৩০", "…2026, 14: 30" as "…2026, 14:30"."""
    found = _SPACED_CLOCK.search(line) if ": " in line else None
    if found is None:
        return line
    span = line_date_span(line[: found.start()], day_first=True)
    if span is None or not _CLOCK_GAP.fullmatch(line, span[1], found.start()):
        return line
    joined = f"{line[: found.start()]}{found['h']}:{found['m']}{line[found.end() :]}"
    return joined if is_date_line(joined) else line


_HEADLINE_MAX = 200  # the longest first line read as a headline, not the story's first paragraph
# Paragraphs of the story (lines of prose: ending in a sentence's stop) after which no line
# is the header's: one or two may be standfirsts over the byline and the date line ("The
# bank raised its rate again…" / "By Jane Doe" / "March 11, 2026"); after three the story
# has begun in earnest, and a date line further down is the story's own ("Archive entry
# 15:35, 18 May 2004 (UTC)", the fifth paragraph of a Reuters story of 12 March 2026, dated
# it 2004 — a big-folder walkthrough). A kicker's long headline ("EXCLUSIVE" over 90
# characters of headline) ends in no stop: no paragraph (counted, it left such copy
# undated: a review).
_BODY_PARAGRAPHS = 3
_PROSE_END = ".。۔।!?…:;"


def find_header_date(text: str, max_len: int = 80, stop: bool = False) -> str:
    """A date on one of the first short lines of an article (a dateline or byline line), or
    a dateline opening a longer one (the first paragraph's "PARIS, July 24, 2021 (AFP) -";
    ``stop``: or "Berlin, 2. Dezember 2026. Ein Streik…", ``dateline_date``'s).

    Elsewhere in a long line a date is not taken, on purpose: a photo caption ("in this
    April 20, 2003 file photo") names a date that is not the article's. Nor after
    ``_BODY_PARAGRAPHS`` paragraphs of the story, nor, under a dateline that gives its day
    without a year ("KARACHI, March 12 (Reuters) -"), a date of another day: the dateline
    says the story's day, and a later line may give its year only.
    """
    body = 0  # paragraphs of the story passed: a short line after one must be a date line
    told: tuple[int, int] | None = None  # (month, day) of a year-less dateline above
    day_first: bool | None = None  # (``day_first_text``, asked of a date of digits alone)
    for at, line in enumerate(header_lines(text)):
        if body >= _BODY_PARAGRAPHS:
            break
        # (a stamp line longer than a date line's: "Pubblicato il 05/12/2026 alle ore 14:30 -
        # Aggiornato il 05/12/2026 alle ore 18:42" left an Italian page undated, a walkthrough)
        short = (
            len(line) <= max_len
            or (len(line) <= 2 * max_len and (is_date_line(line) or stamp_labelled(line)))
        ) and not _a_sentence(line)
        if short and (_labelled_otherwise(line) or (body and not is_date_line(line))):
            continue
        found = ""
        if short:
            found = find_date(line)
            if not found and _ROC_SLASHED.search(line) and chinese_text(text):
                found = find_date(line, chinese=True)  # ("115/12/07" over a Chinese text)
            if not found and _NUMERIC.search(line) and is_date_line(line):
                day_first = day_first_text(text) if day_first is None else day_first
                found = line_date(line, day_first)
        else:
            found = dateline_date(line, stop)
            if not found and _NUMERIC.search(line, 0, _DATELINE_SPAN):  # "Brasília, 06/12/2026 -"
                day_first = day_first_text(text) if day_first is None else day_first
                found = dateline_date(line, stop, day_first)
        if found and (told is None or found[5:10] == f"{told[0]:02d}-{told[1]:02d}"):
            return found
        told = told or dateline_day(line)
        # (a headline is no paragraph of the story, however many words of lower case:
        # "From the bakery to the Booker: … honoured by her home city" over "The Northern
        # Review of Books, 18 March 2026" left a review undated: a walkthrough)
        headline = at == 0 and len(line) <= _HEADLINE_MAX and line.rstrip()[-1:] not in ".。۔।"
        body += not (short or headline) and _prose(line)
    return ""


def _prose(line: str) -> bool:
    """Whether a line ends as a sentence does (its stop maybe inside a closing quote)."""
    return line.rstrip().rstrip("\"'”’»)」』]")[-1:] in _PROSE_END


_STAMP_LEAD = 12  # characters a stamp's date may stand after its label ("Fri, ", "on ")


@line_cache(LINES_KEPT, LINE_CHARS)
def stamp_labelled(line: str) -> bool:
    """Whether ``line`` holds a time stamp's label with its date right after it ("Updated
    Fri, 04 Dec 2026 12:05 PM IST"), in capitals or a script without case ("प्रकाशित:"):
    a stamp line longer than a date line's, Amar Ujala's "न्यूज डेस्क, अमर उजाला, मुंबई
    Published by: अजय सिंह Updated Fri, 04 Dec 2026 12:05 PM IST", 90 characters, was
    undated (a South Asian desk's walkthrough; Devanagari spends more characters on a
    word)."""
    for word in _WORD.finditer(line):
        label = word.group()
        if label.lower() not in _STAMP_LABELS or label.islower():
            continue
        after = line[word.end() : word.end() + _STAMP_LEAD + 40]
        span = _first_date(after)
        if span is not None and span[0] <= _STAMP_LEAD:
            return True
    return False


_LABEL = re.compile(r"^([^:\d]{1,40}):\s")  # "Previous decision: October 24, 2025."


def _labelled_otherwise(line: str) -> bool:
    """Whether a line gives its date under a label that is no date line's: "Previous
    decision: October 24, 2025." closing a short wire story dated it, over its file name's
    time, and made it its story's base; "Next rate meeting: April 25, 2099." dated one in
    2099 (not "Published: …", "Updated: …", "Date: …"; of a script without case, no
    label: a Persian dateline's place and agency, "وین - خبرگزاری‌ها: روز شنبه …")."""
    label = _LABEL.match(line)
    if label is None:
        return False
    words = [w.lower() for w in _WORD.findall(label[1]) if w.lower() != w.upper()]
    return any(w not in _DATE_LINE_WORDS and w not in _STAMP_STARTS for w in words)


# Words of a date or byline line ("Last updated on Saturday, 24 July 2021, at 07:12 GMT"),
# besides month names (``_MONTHS``), in the languages ``_MONTHS`` knows.
_DATE_LINE_WORDS = frozenset(
    (
        "the and published updated update posted modified last first created edited date dated on "
        "time ago hours minutes from gmt utc bst cet cest est edt pst pdt ist msk "
        "monday tuesday wednesday thursday friday saturday sunday "
        # (other languages' weekdays: "Montag, 05.12.26" was no date line, a probe)
        "montag dienstag mittwoch donnerstag freitag samstag sonntag lundi mardi mercredi jeudi "
        "vendredi samedi dimanche lunes martes miércoles jueves viernes sábado domingo lunedì "
        "martedì mercoledì giovedì venerdì sabato domenica segunda terça quarta quinta sexta "
        "feira понедельник вторник среда четверг пятница суббота воскресенье "
        "mon tue wed thu fri sat sun года год опубликовано обновлено время "
        "publié mis jour veröffentlicht aktualisiert uhr publicado actualizado pubblicato "
        "aggiornato pubblicata aggiornata ultimo aggiornamento ore alle atualizado atualizada "
        "publicada yayınlanma tarihi güncelleme güncellenme son giriş pazartesi salı çarşamba "
        "perşembe cuma cumartesi pazar "
        # (German's stamps: "Stand: 05.12.2026, 14:30 Uhr", "Zuletzt aktualisiert: …" left
        # their pages undated, a German and Nordic desk's walkthrough)
        "stand zuletzt am um "
        # (a labelled byline's: "Muhabir: Ayşe Yılmaz - 05.12.2026 19:35" left its page
        # undated, a Turkish desk's walkthrough)
        "muhabir haber автор текст "
        # (Hebrew's and Persian's: "פורסם: 06.12.26, 23:41 | מאת דנה כהן", Ynet's, was no
        # date line, where "Published: … | By Dana Cohen" was — a Hebrew and Persian night
        # desk's walkthrough; the weekdays, "יום ראשון")
        "פורסם עודכן עדכון אחרון מאת יום ראשון שני שלישי רביעי חמישי שישי שבת "
        "تاریخ تاريخ انتشار بروزرسانی " + NORDIC_STAMP_WORDS + " " + GREEK_STAMP_WORDS
    ).split()
)
_SENTENCE_WORDS = 4
_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*")  # (a Hindi word whole: "दिसंबर")


@line_cache(LINES_KEPT, LINE_CHARS)
def _a_sentence(line: str) -> bool:
    """Whether a short line reads as a sentence of the story, not a date or byline line: at
    least ``_SENTENCE_WORDS`` words in lower case of three letters or more that are no date
    line's. "John Smith (born April 21, 1938) has died, his family said." was dated 1938,
    a Wikipedia article's revisions by its subject's birth ("ingmar bergman (born july 14,
    1918) is a swedish director."). (Scripts without case have no such words: their lines
    are read as before.)"""
    found = _WORD.findall(line)
    if found and found[0].lower() in _STAMP_STARTS:  # "By John Smith, staff reporter…",
        return False  # "Updated at 10:32 GMT on March 5, 2021 with new casualty figures"
    words = (w for w in found if len(w) >= 3 and w.islower())
    return sum(w not in _DATE_LINE_WORDS and not is_month_name(w) for w in words) >= _SENTENCE_WORDS


@line_cache(LINES_KEPT, LINE_CHARS)
def is_date_line(line: str) -> bool:
    """Whether a line of an article's head is there to date it, not to tell the story: a
    dateline ("LONDON, Dec 5 (Reuters) -"), a byline or a stamp ("Updated 10:32 GMT"), or
    a date with at most three other words ("Press release — 10 March 2026"); a headline
    ("Rail works to start on 1 April") tells the story."""
    found = _WORD.findall(line)
    if dateline_date(line, day_first=True) or dateline_day(line, day_first=True):
        return True
    if not (find_date(line) or _CLOCK.search(line) or _numeric_date(line, day_first=True)):
        return False
    if found and found[0].lower() in _STAMP_STARTS:
        return True
    other = [
        w
        for w in found
        if w.lower() not in _DATE_LINE_WORDS
        and w.lower() not in _DAY_FIRST_WORDS
        and not is_month_name(w)
    ]
    return len(other) <= _DATE_LINE_MAX_OTHER


_CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d\d(?!\d)")
_DATE_LINE_MAX_OTHER = 3


# First words of a byline or a time stamp, however many words follow.
_STAMP_STARTS = frozenset(
    "by updated published posted modified last first created "
    "опубликовано обновлено publié veröffentlicht aktualisiert publicado actualizado "
    "pubblicato aggiornato yayınlanma güncelleme פורסם עודכן מאת".split()
    + _NORDIC_LABELS
    + greek_forms("δημοσίευση δημοσιεύθηκε ενημέρωση ενημερώθηκε τελευταία")
)


# Polish, Czech, Slovak and Hungarian words of a date line: weekdays, the year's "r." and
# the clock's "godz.", "hod." ("czwartek, 3 grudnia 2026 r.", "3. prosince 2026 14:30
# hod."), and stamps' labels ("Aktualizacja: 3.12.2026, 14:30", "Frissítve: 2026. 12. 03.
# 14:10"): an agency-monitoring analyst's walkthrough found such lines undated
_CENTRAL_STAMP_STARTS = frozenset(
    "aktualizacja opublikowano zaktualizowano aktualizováno publikováno aktualizované "
    "publikované aktualizovane publikovane frissítve frissitve publikálva publikalva".split()
)
_DATE_LINE_WORDS |= _CENTRAL_STAMP_STARTS | frozenset(
    "poniedziałek wtorek środa czwartek piątek sobota niedziela pondělí úterý středa čtvrtek "
    "pátek neděle pondelok utorok streda štvrtok piatok nedeľa hétfő kedd szerda csütörtök "
    "péntek szombat vasárnap godz hod r".split()
)
_STAMP_STARTS |= _CENTRAL_STAMP_STARTS

# Hindi's and Bengali's stamps' labels ("प्रकाशित: 06 दिसंबर 2026", "প্রকাশ: ০৬ ডিসেম্বর
# ২০২৬, ১৪: ৩০", Prothom Alo's), and the other words of such date lines
# (``ASIAN_STAMP_WORDS``: "Thanh Niên - Thứ Hai, 07/12/2026 11:20", "Senin, 07 Des 2026
# 10:58 WIB" were no date lines — a South Asian and a Southeast Asian desk's walkthroughs)
_ASIAN_STAMP_STARTS = frozenset(ASIAN_STAMP_LABELS.split())
_STAMP_STARTS |= _ASIAN_STAMP_STARTS
_DATE_LINE_WORDS |= _ASIAN_STAMP_STARTS | frozenset(ASIAN_STAMP_WORDS.split())
# The labels of a time stamp (``_STAMP_STARTS`` but a byline's "by" and "last", "first")
_STAMP_LABELS = _STAMP_STARTS - {"by", "last", "first", "מאת"}


# Date (and time) stamps in file names, most specific first. Digits must not run on into
# other digits ("796404" is an id, not a date). Names are read left to right.
_NOT_DIGIT_BEFORE, _NOT_DIGIT_AFTER = r"(?<!\d)", r"(?!\d)"
# A time of day after a date: "T0930", "_0930", "-1145", "_11-45", "T11:45", " 11.45.30"
# (a scraper's or a browser's capture time); hour and minute of two digits each.
_CLOCK_AFTER = (
    r"(?:(?P<before>[T_\- ])(?P<H>\d\d)(?P<sep>[:.\-h]?)(?P<M>\d\d)(?:(?P=sep)(?P<S>\d\d))?"
    # (not a date's start: "_2024-03-20" after a date is a range; an id after the time is
    # none, "agency_20260311_1650_0055": a wire archive's names were dated by day alone)
    r"(?![-.]\d|_\d\d[-_.]\d))?"
)
_STAMP = re.compile(  # 20121214173049, 201212141730, 20121214T0930, 20121214 (year first)
    rf"{_NOT_DIGIT_BEFORE}(?P<y>(?:19|20)\d\d)(?P<m>\d\d)(?P<d>\d\d)"
    rf"(?:(?P<before>[T_\-]?)(?P<H>\d\d)(?P<M>\d\d)(?P<S>\d\d)?(?![-.]\d|_\d\d[-_.]\d))?"
    rf"{_NOT_DIGIT_AFTER}"
)
_DAY_FIRST_STAMP = re.compile(  # 05122026 (day first, where a year-first reading is none)
    rf"{_NOT_DIGIT_BEFORE}(?P<d>\d\d)(?P<m>\d\d)(?P<y>(?:19|20)\d\d){_CLOCK_AFTER}{_NOT_DIGIT_AFTER}"
)
# A year of a date written with separators: from 1500 (an edition of 1798, a letter of
# 1862: a textual scholar's witnesses named "lantern_1798-01-01_A.txt" took their files'
# times, and the base and the chain's order were those of similarity), apart by "-" or "_"
# (``_old``: "v_1.2.1600.txt" is a version's number). Stamps of digits alone keep to
# 1900-2099: a run of eight digits of an earlier year is an id as often.
_YEAR = r"(?:1[5-9]|20)\d\d"
_YMD = re.compile(  # 2021-07-24, 2021_07_24, 2021.07.24, 2021-07-24-1145, 2021-07-24T11:45
    rf"{_NOT_DIGIT_BEFORE}(?P<y>{_YEAR})([-_.])(?P<m>\d\d?)\2(?P<d>\d\d?)"
    rf"{_CLOCK_AFTER}{_NOT_DIGIT_AFTER}"
)
_DMY = re.compile(  # 24-07-2021, 24.07.2021, 24_07_2021 (day first; month first if not)
    rf"{_NOT_DIGIT_BEFORE}(?P<a>\d\d?)([-_.])(?P<b>\d\d?)\2(?P<y>{_YEAR})"
    rf"{_CLOCK_AFTER}{_NOT_DIGIT_AFTER}"
)
_SHORT = re.compile(  # 23-11-14, 01_12_14, 01.12.14: two digits each
    rf"{_NOT_DIGIT_BEFORE}(?P<a>\d\d)([-_.])(?P<b>\d\d)\2(?P<c>\d\d)"
    rf"{_CLOCK_AFTER}{_NOT_DIGIT_AFTER}"
)


# A day and its month's name or abbreviation, maybe then a year, as a desk names its takes:
# "ap_sismo_oaxaca_07dic_2215", "07dic2026", "7-dic-2026", "7dez2026", "05Dec2026_0930"
# (AP's three updates of a death toll so named were undated, and the middle one the base: a
# Spanish and Portuguese night desk's walkthrough). English, Spanish, Portuguese, French and
# German months, without their accents too ("fev", "aout", "maerz"). The day is glued to its
# month ("mar", "set", "may" are words in a name as often: "7_mar_" is none), or apart from
# it by "-", "_" or "." with a year after it the same way; no letter or digit before the day,
# none after the month.
_NAMED_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "jan january enero ene janeiro janvier janv januar jänner jaenner jän jaen",
            "feb february febrero fevereiro fev février fevrier févr fevr februar",
            "mar march marzo março marco mars märz maerz mär maer mrz",
            "apr april abril abr avril avr",
            "may mayo maio mai",
            "jun june junio junho juin juni",
            "jul july julio julho juillet juil juli",
            "aug august agosto ago août aout",
            "sep sept september septiembre setiembre setembro set septembre",
            "oct october octubre outubro out octobre okt oktober",
            "nov november noviembre novembro novembre",
            "dec december diciembre dic dezembro dez décembre decembre déc dezember",
        ),
        1,
    )
    for name in names.split()
}
_NAMED_MONTH = "|".join(sorted(map(re.escape, _NAMED_MONTHS), key=len, reverse=True))
_DAY_MONTH_NAME = re.compile(
    rf"(?<![^\W_])(?P<d>\d{{1,2}})(?:(?P<month>{_NAMED_MONTH})(?P<y>(?:19|20)\d\d)?"
    rf"|(?P<apart>[-_.])(?P<month2>{_NAMED_MONTH})(?P=apart)(?P<y2>(?:19|20)\d\d))"
    rf"(?![^\W\d_]){_CLOCK_AFTER}{_NOT_DIGIT_AFTER}",
    re.IGNORECASE,
)


def _named_month_day(match: re.Match[str], latest: date, near: date | None) -> date | None:
    """The day a ``_DAY_MONTH_NAME`` stamp names: of its year, else of the year the day last
    fell in by ``latest`` (``near``'s, the folders' day, when it is that day)."""
    month = _NAMED_MONTHS[(match["month"] or match["month2"]).lower()]
    day, year = int(match["d"]), match["y"] or match["y2"]
    if year:
        return _day(int(year), month, day, latest)
    if near is not None and (near.month, near.day) == (month, day):
        return near
    for back in range(8):  # (29 February: the leap year it last fell in)
        found = _day(latest.year - back, month, day, latest)
        if found is not None:
            return found
    return None


def _dotted_old(match: re.Match[str]) -> bool:
    """A date before 1900 written with dots: a version's number ("v_1.2.1600"), no date."""
    return int(match["y"]) < 1900 and match.group(2) == "."


def _loose_clock(day: date, match: re.Match[str], stem: str) -> str:
    """``_at_clock`` after a day of two-digit parts or of eight digits day first, whose
    names carry ids as often: not six digits run together ("APP_10-10-14_053233") nor
    digits run into letters ("APP_17-12-14_1130b0": COUNTER's hex ids read 11:30)."""
    if match["H"] is not None and (
        (match["S"] and not match["sep"]) or stem[match.end() : match.end() + 1].isalpha()
    ):
        return day.isoformat()
    return _at_clock(day, match)


def _at_clock(day: date, match: re.Match[str]) -> str:
    """``day`` at the time of day the stamp gives after it, if it is one (an hour under 24,
    a minute and a second under 60), else the day alone."""
    hour, minute, second = match["H"], match["M"], match["S"] or "00"
    if hour is None or int(hour) >= 24 or int(minute) >= 60 or int(second) >= 60:
        return day.isoformat()
    if day.year < 1900:  # no capture's time: "compare_1798-01-01_1805.txt" names a year
        return day.isoformat()
    # After a full date, four digits that are a time of day are one ("reuters_ar_20261130_
    # 1905", "_2010" were the day alone, read as years, and a night desk's takes of 19:00 to
    # 20:59 went after the rest of their evening — a Gulf desk's walkthrough), but the
    # date's own year or the one either side of it is that year ("budget_2023-03-15_2024":
    # a budget for 2024, not 20:24).
    groups = match.groupdict()
    bare = not groups.get("sep") and not match["S"] and groups.get("before") in ("_", "-", " ")
    if bare and abs(int(hour + minute) - day.year) <= 1:  # (after "T", always a time)
        return day.isoformat()
    return f"{day.isoformat()}T{hour}:{minute}:{second}"


def _day(year: int, month: int, day: int, latest: date) -> date | None:
    """The calendar day, if it exists and is not after ``latest``."""
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if found <= latest else None


def _day_month(a: int, b: int) -> bool:
    """Whether ``a-b`` can be a day and then a month."""
    return 1 <= a <= 31 and 1 <= b <= 12


def _two_digit_year(yy: int, latest: date) -> int:
    """20yy unless that is in the future, then 19yy."""
    return 2000 + yy if 2000 + yy <= latest.year else 1900 + yy


_FOLDER_DATE = re.compile(  # .../2024/03/15/…: a folder for each year, month and day
    r"(?:^|/)(?P<y>(?:19|20)\d\d)/(?P<m>\d\d?)/(?P<d>\d\d?)(?=/|$)"
)


# How far ahead of the computer's clock a day a file's name (or folders) or a page's
# metadata names may be: a zone ahead of the computer's is already in tomorrow (a Dubai
# desk's takes, named in its time, were "undated" on a UTC machine from midnight to 04:00,
# and a take stamped hours ahead always: a Gulf desk's walkthrough), and a print edition's
# article is posted the evening before, dated the next day (``webpage``). One rule for both.
AHEAD = timedelta(days=2)


def latest_day(today: date | None = None) -> date:
    """The latest day a file's name or a page may give: ``AHEAD`` of ``today`` (default:
    the clock's)."""
    return (today or date.today()) + AHEAD


def date_from_folders(path: str, today: date | None = None) -> date | None:
    """The day that the folders a file is in name, as an archive files articles
    (``2024/03/15/x.txt``: one folder in another for the year, the month and the day — not
    a folder named for a day, as a backup's ``2024-03-15`` is); the deepest, not more than
    ``AHEAD`` after ``today``; else None."""
    latest = latest_day(today)
    found = None
    for match in _FOLDER_DATE.finditer(path.replace("\\", "/")):
        found = _day(int(match["y"]), int(match["m"]), int(match["d"]), latest) or found
    return found


def date_from_file_name(name: str, today: date | None = None, near: date | None = None) -> str:
    """The date (or date-time) stamped in a file name, as ISO 8601, or "".

    Read, in order: a compact stamp ``YYYYMMDD[HHMM[SS]]`` (``nytimes_20121214173049_…``
    is 2012-12-14T17:30:49), else ``DDMMYYYY`` (``news_05122026``: eight digits that are
    no year-first day); ``YYYY-MM-DD`` (or ``_`` / ``.``); ``DD-MM-YYYY``, taken as
    month first only when the day-first reading does not exist (``07-24-2021``); and
    two-digit ``AA-BB-CC``, which is ambiguous. That one is read as day-month-year
    (``23-11-14`` is 23 November 2014: COUNTER's names, and how most of the world writes
    dates), else year-month-day (``98-11-14``), else month-day-year (``11-23-14``),
    taking the first reading that is a real day and not in the future. Names that can be a
    day then a month (both in range) are only read so: ``31-09-14``, a filing error, is no
    date rather than 14 September 1931 read year first. Years of two digits are 20yy unless
    that is in the future. Any date more than ``AHEAD`` (two days) after ``today``
    (default: now) is refused, as a page's is: a zone ahead of the computer's is already in
    tomorrow, and the future is after that. ``near``:
    the day the file's folders name (``date_from_folders``), which an ``AA-BB-CC`` stamp is
    read as when one of its readings is that day (``24-03-15_x.txt`` in ``2024/03/15/``).
    """
    latest = latest_day(today)
    stem, dot, extension = name.rpartition(".")
    if not dot or len(extension) > 5 or extension.isdigit():  # "news_24.07.2021": no extension
        stem = name
    for match in _STAMP.finditer(stem):
        day = _day(int(match["y"]), int(match["m"]), int(match["d"]), latest)
        if day is not None:
            return _at_clock(day, match)
    for match in _DAY_FIRST_STAMP.finditer(stem):
        day = _day(int(match["y"]), int(match["m"]), int(match["d"]), latest)
        if day is not None:
            return _loose_clock(day, match, stem)
    for match in _YMD.finditer(stem):
        day = _day(int(match["y"]), int(match["m"]), int(match["d"]), latest)
        if day is not None and not _dotted_old(match):
            return _at_clock(day, match)
    for match in _DMY.finditer(stem):
        if _dotted_old(match):
            continue
        a, b, y = int(match["a"]), int(match["b"]), int(match["y"])
        day = _day(y, b, a, latest)
        if day is None and not _day_month(a, b):
            day = _day(y, a, b, latest)
        if day is not None:
            return _at_clock(day, match)
    for match in _SHORT.finditer(stem):
        a, b, c = int(match["a"]), int(match["b"]), int(match["c"])
        readings = [
            _day(_two_digit_year(c, latest), b, a, latest),
            _day(_two_digit_year(a, latest), b, c, latest),
            _day(_two_digit_year(c, latest), a, b, latest),
        ]
        if near is not None and near in readings:
            return _loose_clock(near, match, stem)
        day = _day(_two_digit_year(c, latest), b, a, latest)
        if day is None and not _day_month(a, b):
            day = _day(_two_digit_year(a, latest), b, c, latest) or _day(
                _two_digit_year(c, latest), a, b, latest
            )
        if day is not None:
            return _loose_clock(day, match, stem)
    for match in _DAY_MONTH_NAME.finditer(stem):
        day = _named_month_day(match, latest, near)
        if day is not None:
            return _at_clock(day, match)
    return ""
