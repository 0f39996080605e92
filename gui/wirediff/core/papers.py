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
    # Belarusian: "навіны", "праўда", "Звязда", "веснік", "ведамасці"
    "навін",
    "праўд",
    "звязд",
    "веснік",
    "ведамасц",
)
# Whole words of news sites' names in Russian and Ukrainian, borrowed from English: "Караганда
# Ньюс", "Курск Инфо", "Воронеж Медиа" (a regional site's masthead and tagline were a
# reprint's title, its outlet none: a walkthrough); whole words, so that "Инфографика" or
# "Медиакомпания" opening a headline is none.
_CYRILLIC_SITE_WORDS = frozenset("ньюс нюс инфо інфо медиа медіа онлайн таймс".split())
# Words that make a paper's name after a name ("Беларусь сегодня", "Україна сьогодні"),
# not before one nor after other words: "Сегодня в Москве", "Что происходит сегодня" are
# headlines.
_CYRILLIC_AFTER_NAME = ("сегодня", "сьогодні", "сёння")
# A place's adjective, as a paper's name opens with one: "Курская правда", "Українська
# правда", "Белгородские известия", "Комсомольская правда" (not "Горькая правда",
# "Хорошие новости": a kicker, a rubric).
_PLACE_ADJECTIVE = re.compile(
    r"\w+(?:[сц]к(?:ая|ий|ое|ие|ой)|[сц]ьк(?:а|ий|е|і)|[сц]к(?:і|ае|ія))", re.IGNORECASE
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
# Words of Greek papers' names (accents dropped, small letters): a paper, news, the press,
# time, the day, the morning, a voice, truth, freedom… ("Νέα Κρήτη", "Ελεύθερος Τύπος", "Η
# Εφημερίδα των Συντακτών", "Το Βήμα": a Greek desk's unknown paper's masthead named no
# outlet and titled its copy, where a Russian one's named its paper — a walkthrough)
_GREEK_PAPER_WORDS = frozenset(
    """εφημεριδα νεα ειδησεις τυπος χρονος χρονικα ημερησια καθημερινη βημα αυγη
    ταχυδρομος πατρις εθνος εστια βραδυνη απογευματινη μεσημβρινη πρωινη πρωινος φωνη
    αληθεια γνωμη κηρυξ θαρρος ελευθερια ελευθερος ελευθεροτυπια ριζοσπαστης
    αδεσμευτος ανεξαρτητος ενημερωση εξπρες""".split()
)
# ("Νέα" first is "New": "Νέα Υόρκη", "Νέα Σμύρνη" are places; "Χανιώτικα Νέα" a paper)
_GREEK_NEW = "νεα"
_GREEK_ARTICLES = frozenset("η ο το τα οι".split())
_GREEK_JOINERS = frozenset("του της των και".split())
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
        at = [i for i, w in enumerate(words) if _cyrillic_papers_word(words, i)]
        if len(at) > 1 and _PLACE_ADJECTIVE.fullmatch(words[at[-1] - 1]):
            at = at[-1:]  # "Комсомольская правда" (not "Новости недели": a rubric)
        named = bare[0].isupper() and bool(at) and all(w[:1].isupper() for w in words[at[0] + 1 :])
    elif script == "Arabic":
        heads = _ARABIC_PAPER_HEADS | (_ARABIC_DATED_HEADS if dated else frozenset())
        named = len(words) >= 2 and (
            words[0] in heads or (dated and words[-1] in _ARABIC_PAPER_WORDS)
        )
    elif script in ("Han", "Kana", "Hangul"):
        named = len(words) == 1 and _cjk_papers(bare)
    elif script == "Greek":
        named = _greek_papers(words)
    else:
        named = False
    return bare if named else ""


def _greek_papers(words: list[str]) -> bool:
    """Whether ``words`` are a Greek paper's name: capitalized (not in capitals: a headline
    in capitals is as often "ΝΕΑ ΜΕΤΡΑ"), but an article first and "του", "της"… between,
    one of them a paper's word (``_GREEK_PAPER_WORDS``); "Νέα μέτρα για το ρεύμα" is a
    headline."""
    from wirediff.core.document import without_tonos  # (document imports us)

    bare = [without_tonos(w).lower() for w in words]
    rest = list(zip(words, bare, strict=True))[1 if bare[0] in _GREEK_ARTICLES else 0 :]
    if not rest or any(w.isupper() and len(w) > 1 for w, _b in rest):
        return False
    named = all(w[:1].isupper() or (b in _GREEK_JOINERS and at) for at, (w, b) in enumerate(rest))
    return named and any(
        b in _GREEK_PAPER_WORDS and (at or b != _GREEK_NEW) for at, (_w, b) in enumerate(rest)
    )


def _cyrillic_papers_word(words: list[str], at: int) -> bool:
    """Whether ``words[at]`` is a paper's word ("газета", "Новости"), or "сегодня" after
    capitalized words ("Беларусь сегодня")."""
    word = words[at].casefold()
    if word.startswith(_CYRILLIC_PAPER_STEMS) or word in _CYRILLIC_SITE_WORDS:
        return True
    return word in _CYRILLIC_AFTER_NAME and at > 0 and all(_capital(w) for w in words[:at])


def _capital(word: str) -> bool:
    return word.strip(_QUOTES)[:1].isupper()


# A name of a paper alone on a text's first line, or with its tagline ("Новости Белогорья —
# Региональная лента"): two to four words; a tagline of one to three words of letters,
# one of them saying what the outlet is (a feed, a portal, a paper, news, a site…: not "Мост
# открыт", a headline's).
_LONE_MAX_WORDS = 4
_TAGLINE_MAX_WORDS = 3
_TAGLINE = re.compile(r"(?P<name>[^|–—]+?)(?:\s*\|\s*|\s+[-–—]\s+)(?P<tagline>[^|–—]+)")
_TAGLINE_STEMS = (
    *_CYRILLIC_PAPER_STEMS,
    *("лент", "стрічк", "портал", "сайт", "издани", "видання", "выданн", "агентств"),
    *("агенці", "журнал", "информаци", "інформаці", "медиа", "медіа", "канал", "новост"),
    *("событи", "поді", "регион", "регіон"),  # ("главные события региона")
)


def without_tagline(line: str) -> str:
    """A paper's masthead line without its tagline ("Вечерняя Караганда — новости
    Центрального Казахстана": the paper's name; it was the whole line, an outlet named by
    its tagline too), or the line as it is."""
    return lone_paper(line) or line.strip()


def lone_paper(line: str) -> str:
    """The paper's name of a text's first line that is its masthead without the day: a
    Cyrillic paper's name alone ("Курская правда", "СБ. Беларусь сегодня") or before its
    tagline after a dash or a bar ("Новости Белогорья — Региональная лента"), else "".
    Stricter than ``paper_name``: every word capitalized but a paper's, and a paper's word
    in lower case after a place's adjective ("Курская правда") or, "сегодня", after a
    name ("Беларусь сегодня"). "Горькая правда" and "Хорошие новости" are kickers;
    "Суд признал правдой" a headline."""
    line = line.strip()
    if len(line) > 100:
        return ""
    found = _TAGLINE.fullmatch(line)
    name = line
    if found is not None:
        tagline = found["tagline"].split()
        if not 0 < len(tagline) <= _TAGLINE_MAX_WORDS or not all(
            w.replace("-", "").isalpha() for w in tagline
        ):
            return ""
        if not any(
            w.casefold().startswith(_TAGLINE_STEMS) for w in re.split(r"[\s-]+", found["tagline"])
        ):
            return ""  # ("Новости Оби — Мост открыт": a headline)
        name = found["name"]
    if cjk_paper(name):
        return name.strip()
    if found is None and (headed := headed_paper(name)):
        return headed
    bare = paper_name(name, dated=False)
    words = [w.strip(_QUOTES) for w in bare.split()]
    if not 2 <= len(words) <= _LONE_MAX_WORDS or script_of(bare[0]) != "Cyrillic":
        return ""
    for at, word in enumerate(words):
        if _capital(word):
            continue
        lower = word.casefold()
        if at == 0 or not _cyrillic_papers_word(words, at):
            return ""  # ("Суд признал правдой": a headline's words)
        if lower in _CYRILLIC_AFTER_NAME:
            continue  # (after capitalized words: "Беларусь сегодня")
        if not _PLACE_ADJECTIVE.fullmatch(words[at - 1]):
            return ""  # ("Горькая правда": a kicker)
    return bare


# The word a Spanish or Portuguese paper's name is put after on its masthead ("Periódico La
# Jornada", "Diario El Universal", "Jornal O Globo", "Revista Proceso"), as an Arabic one's
# after "صحيفة": "Periódico La Jornada" over its print page named no outlet, where "La
# Jornada" alone named it (a Spanish/Portuguese desk's walkthrough)
_PAPER_HEADS = frozenset(
    "periódico periodico diario diário jornal semanario semanário revista".split()
)
# The articles such a name opens with ("La Jornada", "El Sol de Tlaxcala", "O Povo")
_NAME_ARTICLES = frozenset("El La Los Las O A Os As".split())
_NAME_JOINERS = frozenset("de del da do dos das la el y e".split())


def headed_paper(line: str) -> str:
    """The paper's name after a paper's word heading a masthead alone ("Periódico La
    Jornada": "La Jornada"), when it is a known outlet's ("Diario Reforma", "Revista
    Proceso") or an article and capitalized words ("Periódico El Sol de Tlaxcala"), else
    "": "Diario Oficial de la Federación" is a gazette, "Periódico cierra su edición" a
    headline."""
    head, _, rest = line.strip().partition(" ")
    words = rest.split()
    if head.casefold() not in _PAPER_HEADS or not head[:1].isupper() or not 0 < len(words) <= 5:
        return ""
    from wirediff.core.reading.outlets import outlet_named  # (reading imports document, us)

    known = outlet_named(rest)
    if known:
        return known
    named = all(w[:1].isupper() or (at and w in _NAME_JOINERS) for at, w in enumerate(words))
    return rest if named and words[0] in _NAME_ARTICLES and len(words) > 1 else ""


# A paper's own words, which a Chinese, Japanese or Korean paper's name alone ends in (not
# "社", "网", "ニュース", which a headline's last word is as often)
_LONE_CJK_WORDS = tuple("报 報 新報 新报 タイムス タイムズ 일보 신문 매일 타임스".split())
# ... and "新聞" after three letters at least: "中文新聞", "今日新闻" are "Chinese news",
# "today's news" (a section's, a headline's words), "十勝毎朝新聞" a Japanese paper
_NEWS_WORD, _NEWS_NAME_MIN = "新聞", 3
# Words ending in "报" that are no paper: a notice, a forecast, an alert ("台风红色警报", a
# typhoon's red alert, is a headline)
_NOT_PAPERS = tuple(
    """通报 通報 简报 簡報 警报 警報 情报 情報 预报 預報 汇报 匯報 举报 舉報 公报 公報 快报
    快報 捷报 捷報 喜报 喜報 海报 海報 电报 電報 申报 申報 上报 上報 回报 回報 年报 年報
    季报 季報 月报 月報 战报 戰報 财报 財報 画报 畫報""".split()
)


def cjk_paper(name: str) -> str:
    """``name`` when it is a Chinese, Japanese or Korean paper's alone, one word ending in a
    paper's own word: "十勝毎朝新聞", "南方晨报", "中部タイムス", "부산매일" opened their
    reprints of Kyodo's, Xinhua's and Yonhap's stories, or ended their pages' titles ("… |
    江南日报"), and the reprints were the agencies' (an East Asian monitor's walkthrough)."""
    name = name.strip()
    if not name or len(name) > _CJK_NAME_MAX or script_of(name[0]) not in ("Han", "Kana", "Hangul"):
        return ""
    if not all(c.isalpha() for c in name):
        return ""
    if name.endswith(_NOT_PAPERS):
        return ""
    if name.endswith(_NEWS_WORD):
        return name if len(name) - len(_NEWS_WORD) >= _NEWS_NAME_MIN else ""
    return name if any(name.endswith(w) and len(name) > len(w) for w in _LONE_CJK_WORDS) else ""


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
# ("this paper", "this station", "this site": a paper's credit or reporter naming itself so)
THIS_PAPER = ("本报", "本報", "本刊", "本台", "本网", "本網")


# ... or in black brackets, maybe as its "exclusive" (專訊): Ming Pao's "【明報專訊】" named no
# outlet (a Chinese wire desk's walkthrough); a name ending in a paper's word only
# (``_cjk_papers``: "【新聞快訊】", "【獨家專訊】" are a flash's, an exclusive's labels), which
# in brackets before "訊" may end as a communiqué's does too ("【大公報訊】", "【文匯報訊】")
_BRACKETED_XUN = re.compile(r"【(?P<name>[\u3400-\u9fff]{2,12}?)[專专]?[讯訊]】")


def credit_paper(line: str) -> str:
    """The paper a Chinese credit opening ``line`` names ("新京报讯（记者 周婷）今天清晨…"
    names 新京报, "【明報專訊】國家海關總署…" 明報), else ""."""
    bracketed = _BRACKETED_XUN.match(line)
    if bracketed is not None:
        name = bracketed["name"]
        return name if _cjk_papers(name) and not name.startswith(THIS_PAPER) else ""
    found = _XUN_CREDIT.match(line)
    if found is None:
        return ""
    name = found["name"]
    if name[-1] in _XUN_WORDS or name.startswith(THIS_PAPER):
        return ""
    return name


# A byline's label and a colon ("Текст: редакция", "Автор: Игорь Ларионов, «Сибирская
# газета»", "كتب: المحرر المحلي", "بقلم: …"), then people or a desk: not "Фото: как
# выглядит новый мост" nor "تقرير: الاقتصاد ينمو", headlines (a review).
_LABELLED = re.compile(
    r"(?:текст(?: и фото)?|автор(?:ы| текста| тексту)?|фото|підготува(?:в|ла)"
    r"|كتب|كتبت|بقلم|إعداد|muhabir|haber|müəllif|müellif|מאת)\s*[:：]\s*(?P<who>[^.!?؟:]{1,80}?)[\s.]*",
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
    if script_of(words[0][0]) in ("Arabic", "Hebrew"):  # (no capitals: a few words)
        return True
    named = all(w.strip(_QUOTES)[:1].isupper() for w in words)
    return named or words[-1].casefold() in _DESKS or bool(paper_name(part))


# A labelled byline's day after its people: "Muhabir: Ayşe Yılmaz - 05.12.2026 19:35" was
# read as no byline at all (a Turkish desk's walkthrough)
_DATED_TAIL = re.compile(r"\s+[-–—|·•]\s+(?=[^-–—|·•]{0,40}\d)[^-–—|·•]{1,40}$")
# (a photographer's or a video's credit names no writer of the text)
_NO_WRITER = re.compile(r"(?:фото|видео)\s*[:：]", re.IGNORECASE)


# Polish, Czech, Slovak and Hungarian labels ("Autor: Piotr Zieliński", "Autorka: Jana
# Horáková", "oprac. Anna Nowak", "Szerző: Kovács Péter" gave no byline, and "Autor: ČTK"
# no outlet — an agency-monitoring analyst's walkthrough); "Źródło:", "Zdroj:", "Forrás:"
# name a source, no writer (``_SOURCE_LABEL``)
_LABELLED_CENTRAL = re.compile(
    r"(?:(?:autor(?:ka|zy|ki|ři|ky)?|szerző(?:k)?|opracowanie|pripravil(?:a)?"
    r"|źródło|zdroj|forrás)\s*[:：]|oprac\.(?:\s*[:：])?)\s*(?P<who>[^.!?:]{1,80}?)[\s.]*",
    re.IGNORECASE,
)
_SOURCE_LABEL = re.compile(r"(?:źródło|zdroj|forrás)\s*[:：]", re.IGNORECASE)


def _labelled(line: str) -> re.Match[str] | None:
    line = _DATED_TAIL.sub("", line.strip())
    found = None
    if len(line) <= 100:
        found = _LABELLED.fullmatch(line) or _LABELLED_CENTRAL.fullmatch(line)
    if found is None:
        return None
    people = [part for part in re.split(r",|\s+и\s+", found["who"]) if part.strip()]
    return found if all(map(_who, people)) else None


def labelled_byline(line: str) -> bool:
    """Whether ``line`` is a byline given by its label ("Текст: редакция", "Muhabir: Ayşe
    Yılmaz - 05.12.2026 19:35")."""
    return _labelled(line) is not None


def labelled_writers(line: str) -> str:
    """The people or desk a labelled byline names ("Автор: Игорь Ларионов" is "Игорь
    Ларионов"), not a photographer's credit; "" when ``line`` is none. Such bylines were
    known as a header's furniture but never read as the text's byline (a Turkish desk's
    walkthrough: "Muhabir: …")."""
    found = _labelled(line)
    if found is None or _NO_WRITER.match(line.strip()) or _SOURCE_LABEL.match(line.strip()):
        return ""
    return found["who"].strip()


def labelled_credit(line: str) -> str:
    """What a labelled line credits, its writer or its source ("Autor: ČTK", "Źródło: PAP"
    are "ČTK", "PAP"); "" when ``line`` is none."""
    found = _labelled(line)
    return "" if found is None else found["who"].strip()


# A byline's label before its names ("By", "كتب", "Автор:", "Von"), and what a page's
# byline box gives after them, the day: "By Staff Reporter · 3 December 2026" was the byline
# "Staff Reporter ·" (its day lost), "كتب أحمد سمير" shown "by كتب أحمد سمير" (walkthroughs)
# ("Von", "Par", "Por" before two names at least, or a colon: "Von Trapp", "Par Lindqvist"
# are names; a tail holding a figure: "Jane Smith | John Doe" are two authors — a review;
# Italian's "di", "dal nostro inviato": "by Di Mario Rossi", an Italian desk's walkthrough;
# Hebrew's "מאת")
_BYLINE_LABEL = re.compile(
    r"^(?:(?:by|автор(?:ы)?|текст|كتب|كتبت|بقلم|إعداد|מאת)(?:\s*[:：–—-]\s*|\s+)"
    r"|(?:von|par|por|di|door|av|af|dal(?:la)? nostr[oa] (?:inviat[oa]|corrispondente))"
    r"(?:\s*[:：]\s*|\s+(?=\S+\s+\S))|(?:撰文|撰稿|作者)\s*[:：]\s*)(?=\S)",
    re.IGNORECASE,
)
# (and Dutch, Norwegian and Danish "door", "av", "af": "by Af Lars Jensen; Ritzau", a
# media researcher's walkthrough; a box's day cut to its weekday, NU.nl's "ANP za" of "ANP
# za 5 dec 2026 14:30", goes as its day does)
_BYLINE_TAIL = re.compile(
    r"\s+[·|•]\s(?=[^·|•]*\d)[^·|•]*$|[\s·|•,–—-]+$"
    # (a Chinese box's stamp after its writer: HK01's "撰文：李卓謙　出版：" was the byline —
    # a Chinese wire desk's walkthrough)
    r"|\s+(?:出版|發佈|發布|发布|更新)\s*[:：].*$"
    r"|\s+(?-i:ma|di|wo|do|vr|za|zo|man|tir|ons|tor|fre|lør|søn|mån|tis|tors|lör|sön)\.?$"
)


# A Korean reporter's role after the name ("박민수 기자", a page's byline box): dropped, as
# a credit's "(서울=연합뉴스) 홍길동 기자 =" gives "홍길동" (the two were shown both ways — an
# East Asian desk's walkthrough)
_KOREAN_ROLE = re.compile(r"(?<=[가-힣])\s*(?:기자|특파원|선임기자|객원기자)$")


# A Chinese reporter's label, maybe after the paper's name, before the names ("记者 王小明",
# "本报记者 季芳"), and "reports" after them ("记者 王小明 报道"): a page's byline box so
# written was the byline, labels and all (a mainland paper's walkthrough)
_CHINESE_REPORTER = re.compile(
    r"^[\u3400-\u9fff]{0,12}?(?:记者|記者)(?:\s+|\s*[:：]\s*)"
    r"(?P<who>[\u3400-\u9fff·、，, ]+?)(?<![摄攝])(?:\s*(?:报道|報道|報導))?$"
)


def bare_byline(byline: str) -> str:
    """A byline's names: without its label and what a page's byline box puts after them
    (see ``_BYLINE_LABEL``), a Korean reporter's role (``_KOREAN_ROLE``) or a Chinese
    reporter's label (``_CHINESE_REPORTER``); the byline as it is when nothing would be
    left."""
    bare = _BYLINE_TAIL.sub("", _BYLINE_LABEL.sub("", byline.strip()))
    bare = _KOREAN_ROLE.sub("", bare)
    chinese = _CHINESE_REPORTER.match(bare)
    bare = chinese["who"] if chinese is not None else bare
    return bare if bare.strip() else byline.strip()


# A newsroom signing for its people, no author: "Habertürk Haber Merkezi" (the news centre)
# was shown as a page's author (a Turkish and Azerbaijani desk's walkthrough)
_NEWSROOM = re.compile(
    r"(?:\S+\s+){0,3}(?:haber merkezi|haber servisi|haberler servisi|xəbər mərkəzi)"
)


# ... and a German paper's or site's newsroom by its name: "Redaktion derStandard.at" was a
# .docx's author, the copy of no outlet (a German and Nordic desk's walkthrough)
_NAMED_NEWSROOM = re.compile(r"(?i:redaktion)\s+(?P<name>\S.{0,40})")


def newsroom(byline: str) -> bool:
    """Whether ``byline`` is a newsroom's, no person's ("Habertürk Haber Merkezi", "DIŞ
    HABERLER SERVİSİ", "Redaktion derStandard.at")."""
    folded = byline.strip().replace("I", "ı").replace("İ", "i").lower()
    return _NEWSROOM.fullmatch(folded) is not None or bool(newsroom_name(byline))


def newsroom_name(byline: str) -> str:
    """The paper or site a newsroom's byline names, "derStandard.at" of "Redaktion
    derStandard.at", else ""."""
    found = _NAMED_NEWSROOM.fullmatch(byline.strip())
    return found["name"].strip() if found is not None else ""


# A paper's staff credit, no one's name: "By Staff Reporter", "By Our Correspondent", "From
# Our Correspondent", "Staff Reporter", "BY STAFF REPORTER", "Special Correspondent", "By
# Nation Reporter" — South Asian and African papers sign their own reports so. Each form
# was read its own way: as a person ("STAFF REPORTER", "A Staff Reporter"), as nothing
# ("From Our Correspondent") or, alone on its line, as the outlet "Staff Reporter", which
# lumped every paper's reports together (a South Asian and an Africa desk's walkthroughs).
# A role's word last, after a label, an article or "our", a staff's or a beat's word, or a
# paper's short name ("Nation", "Citizen", "Monitor": its own reporter), maybe then the place
# ("Staff Reporter, Karachi", "Our Correspondent | Lahore", "Our Correspondent in
# Mombasa"), which names no outlet unless it is a known one's; "By Jane Writer",
# "Reporter Jane Doe" are people. Not a bureau or a desk: "Our Bureau", "News Desk" are a
# house byline, kept as written; nor "staff" alone ("By staff, Reuters": a desk signing for
# its people, no author).
_STAFF_CREDIT = re.compile(
    r"(?:(?:by|from)\s+)?(?:(?:a|an)\s+)?(?P<credit>(?:(?:our|the)\s+)?"
    r"(?P<words>(?:[^\W\d_]+\s+){0,2}?)(?:reporters?|correspondents?|writers?))"
    r"(?:\s*(?:[,|]|\s[–—-])\s*[^\W\d_][\w.' -]{0,30}|\s+in(?:\s+[A-Z][\w.'-]*){1,3})?",
    re.IGNORECASE,
)
_STAFF_WORDS = frozenset(
    """own staff special senior chief city district regional political diplomatic business
    sports sport court legal foreign parliamentary economic metro state correspondent
    nation citizen monitor standard star""".split()
)


def staff_credit(byline: str) -> str:
    """A paper's staff credit ``byline`` is (``_STAFF_CREDIT``), said as one: without its
    label, its article or its place, in capitals only as a capital's word ("BY STAFF
    REPORTER", "From Our Correspondent", "Staff Reporter, Karachi" are "Staff Reporter",
    "Our Correspondent", "Staff Reporter"); "" when it is none (a person's byline)."""
    found = _STAFF_CREDIT.fullmatch(" ".join(byline.split()).strip(" .:-–—|"))
    if found is None or not all(w.casefold() in _STAFF_WORDS for w in found["words"].split()):
        return ""
    if found["credit"][:4].casefold() == "the " and not found["words"]:
        return ""  # ("The Reporter", Ethiopia's paper)
    credit = found["credit"]
    return credit.title() if credit.isupper() or credit.islower() else credit


def byline_paper(line: str) -> str:
    """The paper a labelled byline names after its people ("Автор: Игорь Ларионов,
    «Сибирская газета»" names Сибирская газета), else ""."""
    if not labelled_byline(line):
        return ""
    _people, comma, tail = line.partition(":")[2].rpartition(",")
    return paper_name(tail) if comma else ""


# A place or a person is no paper: "Київ • 07.12.2026 • 14:35", "Харків | 7 грудня 2026",
# "Москва | 7 декабря 2026" under a headline named the outlets "Київ", "Харків" and
# "Москва", and Ukrainska Pravda's byline "Ольга Кириленко — Неділя, 7 грудня 2026, 10:42"
# the outlet "Ольга Кириленко" (a Ukraine and Russia desk's walkthrough). Cities of
# Ukraine, Russia and their neighbours, and the capitals a desk files from, as Ukrainian and
# Russian write them (small letters; "ё" as "е"), and a Ukrainian region's name ("Київщина",
# "Донеччина").
_CYRILLIC_PLACES = frozenset(
    """київ киев харків харьков одеса одесса дніпро днепр донецьк донецк запоріжжя запорожье
    львів львов миколаїв николаев маріуполь мариуполь луганськ луганск вінниця винница херсон
    полтава чернігів чернигов черкаси черкассы суми сумы житомир хмельницький хмельницкий
    рівне ровно чернівці черновцы тернопіль тернополь луцьк луцк ужгород кропивницький
    кропивницкий севастополь сімферополь симферополь краматорськ краматорск бахмут покровськ
    покровск ізюм изюм енергодар энергодар мелітополь мелитополь бердянськ бердянск кременчук
    кременчуг нікополь никополь павлоград ірпінь ирпень буча бровари бровары умань ялта керч
    керчь горлівка горловка авдіївка авдеевка куп'янськ купянск слов'янськ славянск
    івано-франківськ ивано-франковск крим крым донбас донбасс москва санкт-петербург петербург
    новосибирск екатеринбург казань челябинск самара омск ростов-на-дону уфа красноярск
    воронеж пермь волгоград краснодар саратов тюмень тольятти ижевск барнаул иркутск хабаровск
    владивосток ярославль махачкала томск оренбург кемерово новокузнецк рязань астрахань пенза
    липецк киров тула чебоксары калининград курськ курск белгород бєлгород брянськ брянск
    смоленск мурманск архангельск сочи грозный ставрополь тверь иваново владимир калуга орел
    псков петрозаводск сыктывкар якутск магадан чита улан-удэ абакан нальчик владикавказ
    майкоп элиста саранск йошкар-ола ульяновск вологда кострома тамбов курган сургут норильск
    мінськ минск гомель брест гродно вітебськ витебск могильов могилев астана алмати алматы
    караганда шымкент ташкент бішкек бишкек баку тбілісі тбилиси єреван ереван кишинів кишинев
    рига вільнюс вильнюс таллінн таллин варшава берлін берлин лондон париж брюссель відень вена
    женева вашингтон нью-йорк анкара стамбул пекін пекин токіо токио""".split()
)
_REGION_ENDINGS = ("щина", "ччина")


def cyrillic_place(name: str) -> bool:
    """Whether ``name`` is a city's or a Ukrainian region's name in Cyrillic (see
    ``_CYRILLIC_PLACES``): "Київ", "Москва", "Київщина"; "Главком", "РИА Воронеж" are none."""
    bare = name.strip().strip(_QUOTES).casefold().replace("ё", "е").replace("’", "'")
    bare = bare.replace("ʼ", "'")
    if bare in _CYRILLIC_PLACES:
        return True
    return " " not in bare and bare.endswith(_REGION_ENDINGS) and len(bare) > 6


# Given names of Ukrainian and Russian reporters, as both languages write them (small
# letters): a name of two or three capitalized words holding one is a person's
_CYRILLIC_GIVEN_NAMES = frozenset(
    """олександр олександра олексій андрій сергій дмитро володимир юрій іван михайло микола
    віктор василь петро павло богдан тарас ярослав роман максим денис євген ігор олег
    віталій валерій анатолій григорій степан остап назар артем антон костянтин вадим руслан
    ольга олена оксана тетяна наталія наталя ірина юлія марія анна ганна катерина світлана
    людмила галина валентина віра надія любов софія дарина вікторія алла лариса інна яна
    христина мар'яна марʼяна уляна анастасія аліна олеся зоряна
    александр александра алексей андрей сергей дмитрий владимир юрий иван михаил николай
    виктор василий петр павел ярослав роман максим денис евгений игорь олег виталий
    валерий анатолий григорий степан артем антон константин вадим руслан илья кирилл никита
    елена ольга оксана татьяна наталья ирина юлия мария анна екатерина светлана людмила
    галина валентина вера надежда любовь софья дарья виктория алла лариса инна яна кристина
    анастасия алина полина ксения ульяна""".split()
)


def cyrillic_person(name: str) -> bool:
    """Whether ``name`` is a person's in Cyrillic: two or three capitalized words, the first
    or the last a given name (``_CYRILLIC_GIVEN_NAMES``): "Ольга Кириленко", "Кириленко
    Ольга"; none with a paper's or a site's word ("Ольга Медиа" is a site's)."""
    words = name.strip().split()
    if not 2 <= len(words) <= 3 or script_of(name.strip()[:1] or " ") != "Cyrillic":
        return False
    if not all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    if any(
        w.casefold() in _CYRILLIC_SITE_WORDS or _cyrillic_papers_word(words, at)
        for at, w in enumerate(words)
    ):
        return False
    given = {w.casefold().replace("ё", "е").replace("ʼ", "'") for w in (words[0], words[-1])}
    return bool(given & _CYRILLIC_GIVEN_NAMES)
