"""How texts write their numbers, for comparing figures as values.

``dots_group(left, right)``: whether a pair's texts write a dot between groups of three
digits, as Italian, German or Spanish copy does ("1.500 euro" is 1500 there, 1.5 in English
copy); ``dots_group_each``, each text's own way. ``cjk_value(figure)``: the value of a
number written with the East Asian words of its magnitude, 万 億 兆 (Chinese, Japanese) or
만 억 조 (Korean), with 千 or 천 below them: "1万2千" is 12000, "7.065亿" 706500000,
"7천12억" 701200000000. ``SOUTH_ASIAN_MAGNITUDES``: lakh, crore and their kin in English,
Hindi, Bengali and Urdu, for the figures and the comparison keys. ``PERCENT_WORDS_AFTER``,
``PERCENT_WORDS_BEFORE`` and ``MAGNITUDE_SPELLINGS``: a percent's words and a magnitude's
spellings, long and short, for the comparison keys; ``TURKIC_MAGNITUDES`` and ``turkic``:
Turkish's and Azerbaijani's magnitude words, and whether a text is in one of them (their
"bin" and "min" are English words too), for the figures. Standard library only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from fractions import Fraction

_SAMPLE = 20_000  # characters of each text its numbers' style is told from

# A text's numbers that say which sign it groups thousands with. A dot groups them where a
# figure has two dot groups ("2.500.000"), dot groups before a decimal comma ("1.234,5"),
# or the text puts a comma before one or two decimals ("2,5 milioni", "3,4%")...
_DOT_THOUSANDS = (
    r"(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])"
    r"|(?<![\d.,])\d{1,3}(?:\.\d{3})+,\d+(?![\d.,])"
)
_DOT_GROUPS = re.compile(_DOT_THOUSANDS + r"|(?<![\d.,])\d+,\d{1,2}(?![\d.,])")
_DOT_GROUPS_ONLY = re.compile(_DOT_THOUSANDS)  # (no decimal comma: "2.500.000", "1.234,5")
# ... and a comma groups them where it stands before three digits ("1,500", "2,750") or a
# dot before one or two decimals ("4.6", "$74.15"; not a time written with a point, "7.48")
_COMMA_GROUPS = re.compile(
    r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])"
    r"|(?<![\d.,])\d+\.\d{1,2}(?![\d.,])"
)
_DOTTED_TIME = re.compile(r"(?:[01]?\d|2[0-3])\.[0-5]\d")
# Words of the languages that write a decimal comma, and of English, that tell a text's
# language when its numbers do not ("un contributo di 1.500 euro": no other figure; Greek's
# "12.000 νοικοκυριά" against "12 χιλιάδες" was a figure changed, a Greek desk's walkthrough).
_COMMA_LANGUAGES = frozenset(
    """di il la della delle dei degli che per sono nel nella alla anche è der das und mit
    ist den dem nicht von eine auf sich el los las del según con para por una não com le
    les des du et est une pour dans avec sur het een van niet και του της των στο στην στη
    από για με που ότι είναι""".split()
)
_ENGLISH = frozenset(
    "the of and to was were is for that said with from has have by on at it this which".split()
)
_WORD = re.compile(r"[^\W\d_]+")


def dots_group(*texts: str) -> bool:
    """Whether ``texts`` (a pair's two) write a dot between groups of three digits: their
    numbers say so more often than they say the dot is a decimal point ("2,5 milioni",
    "2.500.000" against "4.6", "1,500"); when none says either, their words, more of them
    of a language writing a decimal comma than of English. An Italian desk's "1.500 euro →
    1500 euro" was a figure changed (an Italian desk's walkthrough)."""
    dots = commas = 0
    for text in texts:
        said = _groupings(text)
        dots, commas = dots + said[0], commas + said[1]
    if dots or commas:
        return dots > commas
    return _words_say(texts) is True


def _words_say(texts: tuple[str, ...]) -> bool | None:
    """Whether ``texts``' words say a dot groups thousands: True when more of them are of a
    language writing a decimal comma than of English (two at least), False when the other
    way round, None when neither. Turkish and Azerbaijani write one too (``_TURKIC``'s
    words): "5 bin lira → 5.000 lira", no other figure, was "5 bin → 5.000", a thousand
    against five (a Turkish/Azerbaijani desk's walkthrough)."""
    comma_words = english = 0
    for text in texts:
        for word in _WORD.findall(text[:4000].casefold()):
            comma_words += word in _COMMA_LANGUAGES or word in _TURKIC
            english += word in _ENGLISH
    if comma_words >= 2 and comma_words > english:
        return True
    return False if english >= 2 and english > comma_words else None


def dots_group_each(left: str, right: str) -> tuple[bool, bool]:
    """Whether each of a pair's texts writes a dot between groups of three digits: by its
    own numbers when they say (``dots_group``), else by its own words, else as the pair
    does. An agency's Spanish ("6,75 %", "500.000") rewritten by a Mexican paper ("6.75%",
    "500,000") writes each figure over 999 its own way: judged once for both, every one was
    a figure changed ("500.000 → 500,000", "500.000 → 500 mil": a Latin American desk's
    walkthrough). An English "1,500" against "1.500" stays 1500 against 1.5: a text in
    English writes a dot between thousands when a figure groups them so ("2.500.000",
    "1.234,5") or its numbers say so by two at least, not for one decimal comma (one "2,5
    %" in an English copy made its "1.500" 1500, and "1,500 → 1.500" no figure changed — a
    review)."""
    both = dots_group(left, right)
    each = []
    for text in (left, right):
        dots, commas = _groupings(text)
        words = _words_say((text,))
        said = dots > commas if dots != commas else words
        if said and words is False and dots - commas < _OVER_ENGLISH:
            said = bool(_DOT_GROUPS_ONLY.search(text[:_SAMPLE]))
        each.append(both if said is None else said)
    return each[0], each[1]


_OVER_ENGLISH = 2  # more of a text's numbers saying a dot groups thousands than a comma


def _groupings(text: str) -> tuple[int, int]:
    """How many of ``text``'s numbers say a dot groups thousands, and how many a comma."""
    sample = text[:_SAMPLE]
    dots = len(_DOT_GROUPS.findall(sample))
    commas = sum(1 for m in _COMMA_GROUPS.finditer(sample) if not _DOTTED_TIME.fullmatch(m.group()))
    return dots, commas


# South Asian copy's lakh (100 000) and crore (10 000 000), in English, Hindi, Bengali and
# Urdu, and their compounds, "1.16 lakh crore" (10^12), "20 हज़ार करोड़" (10^10); Hindi's arab
# (10^9: "658 अरब डॉलर"); million, billion and trillion as Hindi, Bengali and Urdu copy spells
# them too ("২.৬২ বিলিয়ন ডলার"). The figures read them as magnitudes (``quoting``), the
# comparison keys as a figure's words before its currency's ("1,200 करोड़ रुपये" is "₹1,200
# करोड़": ``tokens.fold_money``). No piece between two "|" is one of ``quoting``'s short
# words ("cr", "bi"): it splits them there to leave those out (a nukta's letter precomposed
# or not, or left out: "करोड़", "करोड")
_DA, _JA = "[\u0921\u095c]\u093c?", "[\u091c\u095b]\u093c?"
LAKH_CRORE = rf"lakh[ -]crores?|लाख करो{_DA}|লাখ কোটি|লক্ষ কোটি|لاکھ کروڑ"
THOUSAND_CRORE = rf"thousand crores?|ह{_JA}ार करो{_DA}|হাজার কোটি|ہزار کروڑ"
CRORES = rf"crores?|करो{_DA}|কোটি|کروڑ"
LAKHS = r"lakhs?|लाख|লাখ|লক্ষ|لاکھ"
INDIC_TRILLIONS = r"ट्रिलियन|ট্রিলিয়ন|ٹریلین"
# (Hindi's arab is also the Arab of "अरब देशों", Arab countries, and of "सऊदी अरब": a
# magnitude on its figure's line, before no word the Arabs' name goes with — "22 अरब देशों के
# विदेश मंत्री" was "22 → 22 अरब", a billion Arab countries; a review)
_ARABS = "देश|राष्ट्र|लीग|जगत|दुनिया|सागर|अमीरात|मुल्क|नेता|शासक|राज्य|प्रायद्वीप|वसंत|स्प्रिंग|क्रांति"
ARAB_NAME = rf"अरब[ \u00a0](?:{_ARABS})"
INDIC_BILLIONS = rf"(?<![\n\r])अरब(?![ \u00a0](?:{_ARABS}))|ارب|बिलियन|বিলিয়ন|بلین"
INDIC_MILLIONS = r"मिलियन|মিলিয়ন|ملین"
INDIC_THOUSANDS = rf"ह{_JA}ार|হাজার|ہزار"
SOUTH_ASIAN_MAGNITUDES = (
    f"{LAKH_CRORE}|{THOUSAND_CRORE}|{INDIC_TRILLIONS}|{INDIC_BILLIONS}|{INDIC_MILLIONS}"
    f"|{CRORES}|{LAKHS}|{INDIC_THOUSANDS}"
)


# East Asian magnitudes: the words of 10 000 and its powers, and 千/천 below them (百 and 十
# are left out: "3百貨店" is three department stores)
_BIG = {"万": 4, "萬": 4, "만": 4, "億": 8, "亿": 8, "억": 8, "兆": 12, "조": 12}
_SMALL = {"千": 3, "천": 3}
_PART = r"(?:\d{1,3}(?:[,，]\d{3})+|\d{1,16})(?:[.．]\d{1,12})?"
_UNITS = "".join(_BIG) + "".join(_SMALL)
# A number written with them ("1万2千", "13兆9千億", "7천12억", "1.4万亿", "1万2000")
CJK_NUMBER = rf"(?<![\d.,]){_PART}[{_UNITS}]+(?:{_PART}[{_UNITS}]+)*(?:{_PART}(?![\d.,]))?"
_CJK_NUMBER = re.compile(CJK_NUMBER)
_TOKEN = re.compile(rf"({_PART})|([{_UNITS}])")


def cjk_value(figure: str) -> str | None:
    """The value of ``figure`` (ASCII digits) written with East Asian magnitudes, in plain
    digits ("1万2千" → "12000", "1.4万亿" → "1400000000000"); None when it is no such
    number. "70650万吨 → 7.065亿吨", one harvest, was a figure changed, and "1万2千 →
    1万5千" was said "2 → 5" (an East Asian agency monitor's walkthrough)."""
    if _CJK_NUMBER.fullmatch(figure) is None:
        return None
    total = section = Fraction(0)
    number: Fraction | None = None
    chunk: Fraction | None = None  # the last part a magnitude of 10 000 closed
    at = 0
    for token in _TOKEN.finditer(figure):
        if token.start() != at:
            return None
        at = token.end()
        digits, unit = token.groups()
        if digits:
            number = Fraction(digits.replace(",", "").replace("，", "").replace("．", "."))
        elif unit in _SMALL:
            section += (1 if number is None else number) * 10 ** _SMALL[unit]
            number = None
        elif number is None and not section:  # ("万亿": a magnitude of the one before)
            if chunk is None:
                return None
            total -= chunk
            chunk *= 10 ** _BIG[unit]
            total += chunk
        else:
            chunk = (section + (number or 0)) * 10 ** _BIG[unit]
            total += chunk
            section, number = Fraction(0), None
    return _decimal(total + section + (number or 0))


def plain_cjk(text: str) -> str:
    """``text`` (ASCII digits) with each number written with East Asian magnitudes in plain
    digits (``cjk_value``): "约70650万" is "约706500000"."""
    return _CJK_NUMBER.sub(lambda m: cjk_value(m.group()) or m.group(), text)


def _decimal(value: Fraction) -> str:
    """A value whose denominator divides a power of ten (one read from decimals), in plain
    digits ("12000", "1.5")."""
    places = 0
    while value.denominator != 1:
        value *= 10
        places += 1
    digits = str(value.numerator).rjust(places + 1, "0")
    if not places:
        return digits
    whole, fraction = digits[:-places], digits[-places:].rstrip("0")
    return f"{whole}.{fraction}" if fraction else whole


# A figure's percent in words, as news writes it after the figure ("23 per cent", "5
# Prozent", "3,5 faiz", "٥ في المئة"; each a tuple of its words, casefolded), and Turkish's
# before it ("yüzde 3,5", which a paper writes for an agency's "%3,5"). The comparison keys
# read a figure with its percent as one unit, the sign or a word (``tokens.fold_units``):
# a Turkish paper's "yüzde" for AA's "%" was half the changes of an economy story, and "13.5%
# → 13.5 per cent" inside a quote a misquote (a Turkish/Azerbaijani and an Africa desk's
# walkthroughs). Not "percentage points", "Prozentpunkte", "процентных пунктов": another unit.
# (Azerbaijani's "faiz" is Turkish's interest too: "yüzde 3,5 faiz", 3.5% interest, keeps it)
PERCENT_WORDS_AFTER: frozenset[tuple[str, ...]] = frozenset(
    tuple(words.split())
    for words in (
        "percent|per cent|pct|prozent|procent|procenta|prosent|pour cent|por ciento|por cento"
        "|per cento|százalék|τοις εκατό|процент|процента|процентов|відсоток|відсотки|відсотків"
        "|відсотка|faiz|في المئة|في المائة|بالمئة|بالمائة"
    ).split("|")
)
PERCENT_WORDS_BEFORE = frozenset({"yüzde"})
PERCENT_SIGNS = frozenset({"%", "٪"})

# The words of a figure's magnitude as news spells them, long or short, with their power of
# ten: "$2.5 billion" and "$2.5bn", "2 млрд" and "2 миллиарда" are one figure (in a quote,
# "The $2.5 billion will cover food" against "The $2.5bn …" was a quote changed: an Africa
# desk's walkthrough). A figure's digits against its magnitude's word ("1 500 000 000" and
# "1,5 млрд") are the figures' business (``quoting``), not the keys'. "m" and "mn" after a
# currency's figure only ("$800m"; "the 100m", "15 mn", French minutes, are no million).
MAGNITUDE_SPELLINGS: dict[str, int] = {
    **dict.fromkeys("million millions mln миллион миллиона миллионов млн".split(), 6),
    **dict.fromkeys("milyon".split(), 6),
    **dict.fromkeys("billion billions bn bln миллиард миллиарда миллиардов млрд".split(), 9),
    **dict.fromkeys("milyar milyard".split(), 9),
    **dict.fromkeys(
        "trillion trillions tn trn trln триллион триллиона триллионов трлн".split(), 12
    ),
    **dict.fromkeys("trilyon".split(), 12),
}
PRICE_MAGNITUDES: dict[str, int] = {"m": 6, "mn": 6}  # (after a currency's figure only)

# Turkish's and Azerbaijani's magnitude words after a figure, for the figures (``quoting``
# reads them as Russian's "млрд" and German's "Mrd."): "1,5 milyar lira" is 1.500.000.000
# lira, "1,25 milyon TL" 1.250.000 TL, "12 bin kişi" 12.000 kişi (each was a figure changed, a
# Turkish/Azerbaijani desk's walkthrough). Their endings spelt ("milyarlık", "milyonu"), not
# any word ("bina", a building). Turkish's "bin" is a bin in English and Azerbaijani's "min"
# English's minutes: a thousand only in a text ``turkic`` says is Turkish or Azerbaijani.
TURKIC_TRILLIONS = r"trilyon(?:luk|u|a|dan)?"
TURKIC_BILLIONS = r"milyar(?:d|dı|lık|ı|a|dan)?"
TURKIC_MILLIONS = r"milyon(?:luk|u|a|dan)?"
TURKIC_THOUSANDS = r"bin(?:lik|i)?|min"  # (``turkic`` texts only)
TURKIC_MAGNITUDES = f"{TURKIC_TRILLIONS}|{TURKIC_BILLIONS}|{TURKIC_MILLIONS}"
_TURKIC = frozenset(
    """ve için ile olarak göre olan daha çok bir bu gibi kadar sonra üzere ancak ise değil
    oldu etti yüzde və üçün ilə olaraq görə isə edib olub bildirib deyib""".split()
)


def turkic(text: str) -> bool:
    """Whether ``text`` is Turkish or Azerbaijani by its words: more of Turkish's and
    Azerbaijani's small words ("ve", "için", "və", "üçün") than of English's, two at least —
    so that "12 bin" is a thousand there and a bin in English copy, "5 min" a thousand in
    Azerbaijani and minutes elsewhere."""
    turkish = english = 0
    for word in _WORD.findall(text[:4000].casefold()):
        turkish += word in _TURKIC
        english += word in _ENGLISH
    return turkish >= 2 and turkish > english


# Arabic's numbers in words, as its wires write the small ones ("ثلاثة أشخاص", "خمس
# إصابات"), Persian's and Urdu's ("سه نفر", "تین افراد"), with their values: Arabic copy
# writes a toll under eleven in words, and "ثلاثة → خمسة", three dead become five, was in no
# figures changed (a Gulf desk's walkthrough). Whole words only, Arabic's with the letters it
# writes them with: "و" and "ف" (and), "ب", "ل", "ك" (with, for, as) and its article "ال"
# ("والثلاثة", "بخمسة", "للعشرة"); its masculine and feminine ("ثلاثة", "ثلاث"), a hamza
# written or not ("أربعة", "اربعة"). Its teens and tens whole ("ثلاثة عشر" is 13, not 3 and
# 10; "خمسة وعشرون" 25). Not "أحد" alone (anyone: "لم يصب أحد", no one was hurt), nor a two
# or a ten with the article ("يوم الاثنين" is Monday, "الأربعين" a pilgrimage), nor "ست" after
# a bare letter ("لست", I am not).
_HAMZA = {"أ": "[أا]", "إ": "[إا]"}
_AR_UNITS: dict[int, tuple[str, ...]] = {
    1: ("واحد", "واحدة"),
    3: ("ثلاثة", "ثلاث"),
    4: ("أربعة", "أربع"),
    5: ("خمسة", "خمس"),
    6: ("ستة",),
    7: ("سبعة", "سبع"),
    8: ("ثمانية", "ثماني", "ثمان"),
    9: ("تسعة", "تسع"),
    10: ("عشرة", "عشر"),
}
_AR_TWO = ("إثنان", "إثنين", "إثنتان", "إثنتين")
_AR_SIX = "ست"
_AR_TEEN_ONE = ("أحد", "إحدى")  # (11 with "عشر", "عشرة")
_AR_TEEN_TWO = ("إثنا", "إثني", "إثنتا", "إثنتي")  # (12)
_AR_TEN = ("عشر", "عشرة")
_AR_TENS: dict[int, tuple[str, ...]] = {
    20: ("عشرون", "عشرين"),
    30: ("ثلاثون", "ثلاثين"),
    40: ("أربعون", "أربعين"),
    50: ("خمسون", "خمسين"),
    60: ("ستون", "ستين"),
    70: ("سبعون", "سبعين"),
    80: ("ثمانون", "ثمانين"),
    90: ("تسعون", "تسعين"),
}
# Persian's from one to ten (its teens, single words, too), and Urdu's; a yeh and a kaf as
# Persian writes them or as Arabic does ("یک", "يك"). Their nine, Persian's "نه" (also not)
# and Urdu's "نو" (Persian's new), only before a word a count goes with ("نه نفر", "نو
# افراد"), and no Persian weekday ("سه‌شنبه", Tuesday, "پنج شنبه", Thursday).
_FA_UNITS = "یک دو سه چهار پنج شش هفت هشت _ ده یازده دوازده سیزده چهارده پانزده شانزده".split()
_FA_UNITS += "هفده هجده نوزده".split()
_UR_UNITS = "ایک دو تین چار پانچ چھ سات آٹھ _ دس".split()
_NINES = ("نه", "نو")
# Read only before a word a count goes with too, as the nines: Persian's "ده" (ten, and a
# village: "سیل به ده رسید" read "ده → 12"); and never alone, Arabic's short feminine forms
# that are other words as often ("تسع", holds: "القاعة تسع لألف شخص" read "تسع → 1200";
# "خمس", a fifth; "سبع", a beast; "عشر", a tenth) — they still make teens ("خمس عشرة").
_COUNTED_ONLY = ("ده",)
_AR_ALONE_NOT = frozenset({"خمس", "سبع", "تسع", "عشر"})
_COUNTED = (
    "نفر تن هزار میلیون میلیارد درصد سال روز ماه ساعت کیلومتر ریشتر مورد بار کشته زخمی"
    " افراد ہزار لاکھ کروڑ ارب فیصد دن مہینے گھنٹے بجے کلومیٹر شہری ہلاک زخمی"
)
_PERSIAN_LETTERS = {"ی": "[یي]", "ک": "[کك]"}
_AR_START = r"(?<![\w\u200c\u200d])"
_AR_END = r"(?![\w\u200c\u200d])"
_PREFIX = "[وف]?[بلك]?"  # (and, with, for, as)
_ARTICLED = "[وف]?(?:[بك]?ال|لل|[بلك])?"  # (those and the article)


def _spelt(words: Iterable[str], letters: dict[str, str] = _HAMZA) -> str:
    """A regular expression of ``words``, the longest first, each letter of ``letters``
    read as any of its spellings."""
    out = []
    for word in sorted(set(words), key=len, reverse=True):
        out.append("".join(letters.get(c, re.escape(c)) for c in word))
    return "|".join(out)


_AR_UNIT_WORDS = [w for forms in _AR_UNITS.values() for w in forms if forms[0] != "عشرة"]
_AR_ANY_UNIT = _spelt([*_AR_UNIT_WORDS, *_AR_TWO, _AR_SIX])
_AR_TENS_WORDS = _spelt(w for forms in _AR_TENS.values() for w in forms)
_NINE_WORDS = "|".join((*_NINES, *_COUNTED_ONLY))
_COUNTED_WORDS = _spelt(_COUNTED.split(), _PERSIAN_LETTERS)


def _number_pattern(nine_counted: bool) -> str:
    """``ARABIC_SCRIPT_NUMBER``; with ``nine_counted``, a nine only before a word a count
    goes with (``_COUNTED``), else any. Its groups: "teen" a teen's first word, "unit" a
    unit before "و" and a ten, "ten" that ten, the others a number in one word."""
    nine_then = rf"(?=[ \u00a0](?:{_COUNTED_WORDS}){_AR_END})" if nine_counted else ""
    persian = (w for w in _FA_UNITS + _UR_UNITS if w != "_" and w not in _COUNTED_ONLY)
    alone = (w for forms in _AR_UNITS.values() for w in forms if w not in _AR_ALONE_NOT)
    return (
        rf"{_AR_START}(?:"
        rf"{_PREFIX}(?P<teen>{_spelt([*_AR_UNIT_WORDS, *_AR_TEEN_ONE, *_AR_TEEN_TWO])})"
        rf" (?:{_spelt(_AR_TEN)})"
        rf"|{_PREFIX}(?P<unit>{_AR_ANY_UNIT}) و(?P<ten>{_AR_TENS_WORDS})"
        rf"|{_PREFIX}(?P<tens>{_AR_TENS_WORDS})"
        rf"|{_PREFIX}(?P<two>{_spelt(_AR_TWO)})"
        rf"|(?:[وف]?(?:[بك]?ال|لل))?(?P<six>{_AR_SIX})"
        rf"|{_ARTICLED}(?P<word>{_spelt(alone)})"
        rf"|(?P<persian>{_spelt(persian, _PERSIAN_LETTERS)})(?![ \u00a0\u200c]?ش[نم]به)"
        rf"|(?P<nine>{_NINE_WORDS}){nine_then}"
        rf"){_AR_END}"
    )


ARABIC_SCRIPT_NUMBER = _number_pattern(nine_counted=True)
_NUMBER_READ = re.compile(_number_pattern(nine_counted=False))


def _values(words: Iterable[tuple[int, Iterable[str]]]) -> dict[str, int]:
    """Each spelling of each word (``_HAMZA``'s, ``_PERSIAN_LETTERS``') with its value."""
    out: dict[str, int] = {}
    for value, forms in words:
        for word in forms:
            for spelling in _spellings(word):
                out[spelling] = value
    return out


def _spellings(word: str) -> list[str]:
    """``word`` as it may be written: a hamza's alif with it or without, a Persian yeh and
    kaf or Arabic's."""
    out = [""]
    for c in word:
        options = {"أ": "أا", "إ": "إا", "ی": "یي", "ک": "کك"}.get(c, c)
        out = [o + option for o in out for option in options]
    return out


_VALUES = _values(
    [
        *_AR_UNITS.items(),
        (2, _AR_TWO),
        (6, (_AR_SIX,)),
        *_AR_TENS.items(),
        (1, _AR_TEEN_ONE),
        (2, _AR_TEEN_TWO),
        *((n, (w,)) for n, w in enumerate(_FA_UNITS, 1) if w != "_"),
        *((n, (w,)) for n, w in enumerate(_UR_UNITS, 1) if w != "_"),
        (9, _NINES),
    ]
)


def arabic_script_number(figure: str) -> tuple[int, int] | None:
    """The value of the number in Arabic's, Persian's or Urdu's words that starts
    ``figure`` (``ARABIC_SCRIPT_NUMBER``: "ثلاثة" 3, "والخمسة" 5, "ثلاثة عشر" 13, "خمسة
    وعشرون" 25, "سه" 3, "تین" 3), and where that number ends; None when none starts it."""
    m = _NUMBER_READ.match(figure)
    if m is None:
        return None
    if m["teen"]:
        value = _VALUES[m["teen"]] % 10 + 10
    elif m["unit"]:
        value = _VALUES[m["unit"]] + _VALUES[m["ten"]]
    else:
        word = next(m[g] for g in ("tens", "two", "six", "word", "persian", "nine") if m[g])
        value = _VALUES[word]
    return value, m.end()
