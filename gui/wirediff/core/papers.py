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
# magazine) or in Urdu (a daily, a newspaper): a name alone over a byline needs one. With
# the day beside it, a site ("موقع") or a last word "today", "the news" will do.
_ARABIC_PAPER_HEADS = frozenset("صحيفة جريدة يومية مجلة روزنامہ اخبار".split())
_ARABIC_DATED_HEADS = frozenset(["موقع"])
_ARABIC_PAPER_WORDS = frozenset("اليوم الأخبار الأنباء اليومي اليومية".split())
_QUOTES = "«»“”„\"'"
_MAX_WORDS = 5


def paper_name(name: str, dated: bool = True) -> str:
    """``name`` without its quotes when it reads as a paper's in Cyrillic or Arabic script,
    else "". In Cyrillic, a paper's word ("газета", "вестник", "Новости"…) with only
    capitalized words after it ("Сибирская газета", "Новости Оби", "Медицинский вестник
    Сибири"; not "Новости науки", "Неделя высокой моды в Париже", "Трибунал вынес
    приговор": a review found each taken for a paper). In Arabic, "newspaper …" (or, of a
    line with the ``dated`` day, "site …", "… today")."""
    bare = name.strip().strip(_QUOTES).strip()
    words = [w.strip(_QUOTES) for w in bare.split()]
    if not 0 < len(words) <= _MAX_WORDS or not bare[:1].isalpha():
        return ""
    script = script_of(bare[0])
    if script == "Cyrillic":
        at = [i for i, w in enumerate(words) if w.casefold().startswith(_CYRILLIC_PAPER_STEMS)]
        named = bare[0].isupper() and bool(at) and all(w[:1].isupper() for w in words[at[0] + 1 :])
    elif script == "Arabic":
        heads = _ARABIC_PAPER_HEADS | (_ARABIC_DATED_HEADS if dated else frozenset())
        named = len(words) >= 2 and (
            words[0] in heads or (dated and words[-1] in _ARABIC_PAPER_WORDS)
        )
    else:
        named = False
    return bare if named else ""


# A byline's label and a colon ("Текст: редакция", "Автор: Игорь Ларионов, «Сибирская
# газета»", "كتب: المحرر المحلي", "بقلم: …"), then people or a desk: not "Фото: как
# выглядит новый мост" nor "تقرير: الاقتصاد ينمو", headlines (a review).
_LABELLED = re.compile(
    r"(?:текст(?: и фото)?|автор(?:ы| текста| тексту)?|фото|підготува(?:в|ла)"
    r"|كتب|كتبت|بقلم|إعداد)\s*[:：]\s*(?P<who>[^.!?؟:]{1,80}?)[\s.]*",
    re.IGNORECASE,
)
_MORE_LABELS = re.compile(r"^(?:фото|видео|текст)\s*[:：]\s*", re.IGNORECASE)
_DESKS = frozenset("редакция редакции корреспондент собкор редакція".split())
_WHO_MAX_WORDS = 4


def _who(part: str) -> bool:
    """A person's name, a desk or a paper: "Ольга Мельникова", "редакция", "المحرر المحلي"."""
    words = _MORE_LABELS.sub("", part.strip()).split()
    if not 0 < len(words) <= _WHO_MAX_WORDS:
        return False
    if script_of(words[0][0]) == "Arabic":  # (no capitals: a few words after the label)
        return True
    named = all(w.strip(_QUOTES)[:1].isupper() for w in words)
    return named or words[-1].casefold() in _DESKS or bool(paper_name(part))


def labelled_byline(line: str) -> bool:
    """Whether ``line`` is a byline given by its label ("Текст: редакция")."""
    line = line.strip()
    found = _LABELLED.fullmatch(line) if len(line) <= 100 else None
    if found is None:
        return False
    return all(_who(part) for part in re.split(r",|\s+и\s+", found["who"]) if part.strip())


def byline_paper(line: str) -> str:
    """The paper a labelled byline names after its people ("Автор: Игорь Ларионов,
    «Сибирская газета»" names Сибирская газета), else ""."""
    if not labelled_byline(line):
        return ""
    _people, comma, tail = line.partition(":")[2].rpartition(",")
    return paper_name(tail) if comma else ""
