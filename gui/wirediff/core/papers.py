"""Papers' names and bylines written in Cyrillic, Arabic, Chinese, Japanese and Korean script.

The masthead rules of ``document`` read a Latin paper's name by its capitals and its last
word ("The Weekly Observer"); a Russian name capitalizes its first word alone and may put
the paper's word anywhere ("Сибирская газета", "Новости Оби", "Вечерний Новосибирск"), and
Arabic has no capitals: a paper names itself "newspaper …" ("صحيفة المرصد", "جريدة
الفرات"). A tester's Russian and Arabic papers had no outlet (their copies were counted
under "(no outlet)", an Arabic one under the agency it reprints) and were titled by their
mastheads ("Сибирская газета, 14 января 2026").

A place is no paper ("Москва, 5 ноября", "الكويت - 13 مارس"): a name needs a paper's word.
Chinese, Japanese and Korean names end in theirs ("新京报", "朝日新聞", "조선일보"), and a
Chinese paper credits its own report with its name and "讯" ("新京报讯（记者 周婷）").
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
# The last words of papers' and news sites' names in Chinese, Japanese and Korean: a paper
# ("报", "新聞", "일보", "신문"), news ("新闻", "ニュース", "뉴스"), a site ("网"), an agency
# ("社", "通信", "통신"), a broadcaster ("放送", "방송", "电视台"), maybe then a site's word
# ("朝日新聞デジタル", "조선닷컴" aside: "デジタル", "电子版", "온라인").
_CJK_PAPER_WORDS = tuple(
    """报 報 新聞 新闻 网 網 社 通信 放送 电视台 電視台 テレビ ニュース 周刊 週刊
    일보 신문 뉴스 통신 방송 경제 타임스""".split()
)
_CJK_SITE_WORDS = tuple("デジタル 電子版 电子版 网 網 オンライン 온라인".split())
_CJK_NAME_MAX = 12  # letters of a paper's name ("日本経済新聞電子版")
_QUOTES = "«»“”„\"'「」『』《》【】"
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
    elif script in ("Han", "Kana", "Hangul"):
        named = len(words) == 1 and _cjk_papers(bare)
    else:
        named = False
    return bare if named else ""


def _cjk_papers(name: str) -> bool:
    """Whether ``name``, one word of Chinese, Japanese or Korean letters, ends in a paper's
    word (``_CJK_PAPER_WORDS``), maybe then a site's: "新京报", "旺報", "朝日新聞デジタル",
    "조선일보"; not "甘粛省", "岷县地震" (a place, a headline's words)."""
    if len(name) > _CJK_NAME_MAX or not all(c.isalpha() for c in name):
        return False
    names = [name, *(name.removesuffix(site) for site in _CJK_SITE_WORDS if name.endswith(site))]
    return any(n.endswith(word) and len(n) > len(word) for n in names for word in _CJK_PAPER_WORDS)


# A Chinese paper's credit of its own report, opening its first paragraph: its name and
# "讯" ("news"), then the reporters in brackets or a space: "新京报讯（记者 周婷）", "南都讯
# 记者…". Not "本报讯" ("this paper's": it names none), nor a word ending in "讯": "快讯"
# (a flash), "简讯", "通讯", "资讯", "电讯"…
_XUN_CREDIT = re.compile(r"(?P<name>[\u3400-\u9fff]{2,12})[讯訊](?=[（(\s])")
_XUN_WORDS = frozenset("快简簡通资資喜音短电電死闻聞")
_THIS_PAPER = ("本报", "本報", "本刊", "本台", "本网", "本網")


def credit_paper(line: str) -> str:
    """The paper a Chinese credit opening ``line`` names ("新京报讯（记者 周婷）今天清晨…"
    names 新京报), else ""."""
    found = _XUN_CREDIT.match(line)
    if found is None:
        return ""
    name = found["name"]
    if name[-1] in _XUN_WORDS or name.startswith(_THIS_PAPER):
        return ""
    return name


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
