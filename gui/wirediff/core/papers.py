"""Papers' names and bylines written in Cyrillic and Arabic script.

The masthead rules of ``document`` read a Latin paper's name by its capitals and its last
word ("The Weekly Observer"); a Russian name capitalizes its first word alone and may put
the paper's word anywhere ("Сибирская газета", "Новости Оби", "Вечерний Новосибирск"), and
Arabic has no capitals: a paper names itself "newspaper …" ("صحيفة المرصد", "جريدة
الفرات"). A tester's Russian and Arabic papers had no outlet (their copies were counted
under "(no outlet)", an Arabic one under the agency it reprints) and were titled by their
mastheads ("Сибирская газета, 14 января 2026").

A place is no paper ("Москва, 5 ноября", "الكويت - 13 مارس"): a name needs a paper's word.
A byline in these languages is a label and a colon ("Текст: Ольга Мельникова", "كتبت:
نورة الشمري"), never a sentence that starts with "wrote".
"""

from __future__ import annotations

import re

from wirediff.core.scripts import script_of

# The start of a word of a paper's name in Russian and Ukrainian, whatever its case ending
# ("газета", "газеты"; "вестник", "вісник"; "Вечерний", "Вечерняя").
_CYRILLIC_PAPER_STEMS = (
    "газет",
    "вестник",
    "вісник",
    "курьер",
    "кур'єр",
    "новости",
    "новини",
    "недел",
    "тиждень",
    "правд",
    "ведомост",
    "відомост",
    "известия",
    "вечерн",
    "вечірн",
    "звезд",
    "трибун",
    "обозрени",
    "коммерсант",
    "комсомол",
    "аргументы",
    "вести",
    "вісті",
)
# The word a name of a paper or a news site starts with in Arabic (a newspaper, a daily, a
# magazine, a site) or in Urdu (a daily, a weekly), and the words one ends with ("today",
# "the news").
_ARABIC_PAPER_HEADS = frozenset("صحيفة جريدة يومية مجلة موقع روزنامہ اخبار".split())
_ARABIC_PAPER_WORDS = frozenset("اليوم الأخبار الأنباء اليومي اليومية".split())
_QUOTES = "«»“”„\"'"
_MAX_WORDS = 5


def paper_name(name: str) -> str:
    """``name`` without its quotes when it reads as a paper's in Cyrillic or Arabic script,
    else ""."""
    bare = name.strip().strip(_QUOTES).strip()
    words = bare.split()
    if not 0 < len(words) <= _MAX_WORDS or not bare[:1].isalpha():
        return ""
    script = script_of(bare[0])
    if script == "Cyrillic":
        named = bare[0].isupper() and any(
            w.casefold().strip(_QUOTES).startswith(_CYRILLIC_PAPER_STEMS) for w in words
        )
    elif script == "Arabic":
        named = len(words) >= 2 and (
            words[0] in _ARABIC_PAPER_HEADS or words[-1] in _ARABIC_PAPER_WORDS
        )
    else:
        named = False
    return bare if named else ""


# A byline's label and a colon, then at most a few names ("Текст: редакция", "Автор:
# Игорь Ларионов, «Сибирская газета»", "كتب: المحرر المحلي", "بقلم: …").
_LABELLED_BYLINE = re.compile(
    r"(?:текст(?: и фото)?|автор(?:ы| текста| тексту)?|фото|підготува(?:в|ла)"
    r"|كتب|كتبت|بقلم|إعداد|تحرير|تقرير)\s*[:：]\s*[^\s.!?؟][^.!?؟:]{0,80}",
    re.IGNORECASE,
)


def labelled_byline(line: str) -> bool:
    """Whether ``line`` is a byline given by its label ("Текст: редакция")."""
    line = line.strip()
    return len(line) <= 100 and _LABELLED_BYLINE.fullmatch(line) is not None


def byline_paper(line: str) -> str:
    """The paper a labelled byline names after its people ("Автор: Игорь Ларионов,
    «Сибирская газета»" names Сибирская газета), else ""."""
    if not labelled_byline(line):
        return ""
    _people, comma, tail = line.partition(":")[2].rpartition(",")
    return paper_name(tail) if comma else ""
