"""Outlet, byline and date guessed from a document's text, metadata and file name.

The evidence, strongest first: a site name the format carries (HTML ``og:site_name``, a JSON
``source`` field); the host of its URL; a header line that is an outlet's name
("- Sputnik International, 1920", "Reuters", "By Politico"; an agency's byline, "By
Reuters", credits the text's source: it names the outlet only when nothing else does) or a
title segment
("politico – US, Iraqi officials..."), after a paper's masthead ("The Weekly Observer,
2026-03-11"); in-house sourcing ("Sources told Asharq Al-Awsat");
a house byline ("Our Bureau"); wire credits ("(Reuters) -", "Reuters reported"); the file
name ("reuters_2021-07-23.txt", "www.politico.com_article.html", "APP_01-12-14_1.txt").
Dates: the format's metadata, a dateline in the header, a stamp in the file name, else the
file's modification time, each marked in ``Document.date_source``.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from urllib.parse import urlsplit

from wirediff.core.document import (
    FILE_TIME,
    STAMP_MAX_CHARS,
    Document,
    byline_outlet,
    greek_signed,
    masthead_name,
    masthead_over_byline,
    masthead_over_date,
    masthead_over_headline,
    nordic_byline,
    nordic_signed,
    signed_by,
)
from wirediff.core.papers import (
    THIS_PAPER,
    bare_byline,
    byline_paper,
    cjk_paper,
    credit_paper,
    cyrillic_person,
    labelled_credit,
    labelled_writers,
    lone_paper,
    newsroom,
    newsroom_name,
    staff_credit,
)
from wirediff.core.reading.dates import (
    LINE_CHARS,
    LINES_KEPT,
    bangladeshi_text,
    date_from_file_name,
    date_from_folders,
    dateline_date,
    dateline_time,
    find_header_date,
    header_day,
    header_lines,
    indian_text,
    line_cache,
    line_date,
    line_date_span,
    sent_time,
    small_words,
    stamp_labelled,
)
from wirediff.core.reading.outlets import (
    CREDIT_ONLY,
    agency_code,
    any_case,
    arabic_credit,
    bare_host,
    closing_credit,
    credited_agency,
    credited_outlet,
    dated_masthead,
    dated_name,
    dated_name_in,
    is_agency,
    named_agency_credit,
    outlet_at_start,
    outlet_for_host,
    outlet_named,
    outlet_of_file_key,
    outlet_of_name_and_country,
    short_name,
    slashed_credit,
    told_apart,
    wire_credits,
    word_named,
)
from wirediff.core.reading.releases import issuer_line

_BULLETS = " \t-–—•·*|>:,"
_TITLE_SEPARATORS = re.compile(r"\s+[-–—|:]\s+|\s*\|\s*")
_HOUSE_BYLINE = re.compile(
    r"(our|staff|special|news|web|online) (bureau|correspondent|reporter|writer|desk)"
    r"|(bureau|desk) report|staff reporter|staff writer",
    re.IGNORECASE,
)
# (with a name's particles: "By Jan de Vries" gave no byline — a media researcher's
# walkthrough)
_PERSON_BYLINE = re.compile(
    r"^[Bb][Yy]\s+(?P<who>[A-Z][\w.'’-]*"
    r"(?:\s+(?:and\s+)?(?:(?:de|da|del|der|den|di|du|van|von|le|la|ter|ten|bin|ibn)\s+)*"
    r"[A-Z][\w.'’-]*){0,5})$"
)
# Starts with a literal so that re's fast literal search finds candidates; the capital or
# small "S" and the word boundary before it are checked by hand.
_SOURCES_TOLD = re.compile(
    r"ources?(?: close to [\w\s]{1,30}?)? told (?P<who>(?:[A-Z][\w'’-]*\s?){1,4})"
)
_DOMAIN = re.compile(r"(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|net|org|ru|uk|eu|ir|tr|cn|de|fr))\b")


# A reporter's name in Chinese, Japanese or Korean: on a line of its own ("记者 王小明",
# "記者 山田 花子", "김민수 기자"), or in a dateline's credit ("新华社北京12月5日电（记者 张伟）",
# "(서울=연합뉴스) 김민수 기자 =") — none was read (an East Asian monitor's walkthrough)
_HAN_NAME = r"[\u4e00-\u9fff·]{2,4}(?:\s[\u4e00-\u9fff]{1,3})?"
# (reporters joined by "、" or a comma: Xinhua's "（记者王立彬、刘红霞）" gave no byline — a
# Chinese wire desk's walkthrough)
_HAN_NAMES = rf"{_HAN_NAME}(?:[、，,]\s*{_HAN_NAME})*"
# The end of a reporter's line after the names: not a photographer's credit ("记者 李贺 摄",
# a review), maybe "reports" ("记者 王小明 报道" gave the byline "王小明 报道": a mainland
# paper's walkthrough), which no name ends in
_REPORTERS_END = r"(?<![摄攝])(?<!报道)(?<!報道)(?<!報導)(?:\s*(?:报道|報道|報導))?"
# A Chinese reporter's line naming the paper or the agency, run into "记者", then a space or
# a colon and the reporters: "环球时报记者 倪浩", "明報記者 黃芷晴", "新华社记者 张伟", "本报记者
# 季芳" (this paper's); none was read, and Ming Pao's and the Global Times' copies had no
# outlet (a Chinese wire desk's walkthrough)
_PAPERS_REPORTER = re.compile(
    rf"(?P<paper>\w{{2,12}}?)(?:记者|記者)(?:\s+|\s*[:：]\s*)(?P<who>{_HAN_NAMES}){_REPORTERS_END}"
)
# A byline box's label ("written by", "author"), a writer or a desk's name, and the stamp's
# label after it ("published", "updated")
_WRITTEN_BY = r"(?:撰文|撰稿|作者)\s*[:：]\s*"
_HAN_WRITER = r"[\u4e00-\u9fff·]{2,8}"
_CJK_STAMP_LABEL = r"(?:出版|發佈|發布|发布|更新)\s*[:：]"
_CJK_BYLINES = (
    # (a space or a colon after "记者": "记者观察", "記者会見" are a column's, a press
    # conference — a review)
    re.compile(rf"^(?:记者|記者)(?:\s+|\s*[:：]\s*)(?P<who>{_HAN_NAMES}){_REPORTERS_END}$"),
    re.compile(r"^(?P<who>[가-힣]{2,4})\s*(?:기자|특파원)\s*=?$"),
    re.compile(rf"^.{{2,40}}?[电電]\s*[（(]\s*(?:记者|記者)\s*(?P<who>{_HAN_NAMES})\s*[)）]"),
    # (CNA's: the agency, the reporter, the place, the day: "（中央社記者王小明台北5日電）")
    re.compile(
        r"^[（(]?中央社(?:记者|記者)(?P<who>[\u4e00-\u9fff]{2,3})(?=[\u4e00-\u9fff]{2,4}\d)"
    ),
    # (and a bar after it: News1's "(서울=뉴스1) 이영희 기자 | 2026-12-07 15:42:10 송고")
    re.compile(r"^[(\[【][^)\]】]{2,20}[)\]】]\s*(?P<who>[가-힣]{2,4})\s*(?:기자|특파원)\s*[=|]"),
    # (a broadcaster's: "KBS 뉴스 최수진 기자", "MBC뉴스 김철수 기자" gave none — an East Asian
    # desk's walkthrough)
    re.compile(r"^(?:[A-Z]{2,5}|[가-힣]{2,6})\s*뉴스\s+(?P<who>[가-힣]{2,4})\s*(?:기자|특파원)$"),
    # (a page's byline box, its label, its writers, then its stamp: HK01's "撰文：李卓謙
    # 出版：2026-12-07 08:15" gave none, and a desk's name is a writer's, "撰文：中國觀察組" —
    # a Chinese wire desk's walkthrough)
    re.compile(
        rf"^{_WRITTEN_BY}(?P<who>{_HAN_WRITER}(?:[、，,]\s*{_HAN_WRITER})*)"
        rf"(?:\s+{_CJK_STAMP_LABEL}.*)?$"
    ),
)


def _papers_reporter(line: str) -> tuple[str, str]:
    """The outlet and the reporters of a reporter's line that names its paper or agency
    (``_PAPERS_REPORTER``): "环球时报记者 倪浩" is Global Times' 倪浩, "明報記者 黃芷晴"
    Ming Pao's, "本报记者 季芳" ("this paper's") names no outlet; ("", "") when ``line``
    is none, or names no known outlet nor a paper ("观察记者 张伟")."""
    found = _PAPERS_REPORTER.fullmatch(line)
    if found is None:
        return "", ""
    paper = found["paper"]
    if paper in THIS_PAPER:
        return "", found["who"]
    outlet = outlet_named(paper) or cjk_paper(paper)
    return (outlet, found["who"]) if outlet else ("", "")


# A Hebrew byline: "מאת" ("by") and a name of two to four words, a line of its own or a
# part of a stamp line after a bar ("פורסם: 06.12.26, 23:41 | מאת דנה כהן", Ynet's;
# "מעריב | 7 בדצמבר 2026 | מאת אבי שמואלי", Maariv's): none was read (a Hebrew and Persian
# night desk's walkthrough). Hebrew has no capitals: a name is its words' count.
_HEBREW_WORD = "[\u05d0-\u05ea][\u05d0-\u05ea'\"׳״-]*"
_HEBREW_BYLINE = re.compile(rf"^מאת\s+(?P<who>{_HEBREW_WORD}(?:\s+{_HEBREW_WORD}){{1,3}})$")
_BAR = re.compile(r"\s+[|·•]\s+")


def _byline_after_bar(line: str) -> re.Match[str] | None:
    """A byline that is a part of a dated line after a bar ("Published: 06.12.26, 23:41 |
    By Dana Cohen", "פורסם: … | מאת דנה כהן"), its people as ``who``; None when none."""
    parts = _BAR.split(line)
    if len(parts) < 2 or not line_date(line):
        return None
    for part in parts[1:]:
        found = _PERSON_BYLINE.match(part) or _HEBREW_BYLINE.match(part)
        if found:
            return found
    return None


# A reporter's name in Cyrillic, a dash or a bar, then the day: Ukrainska Pravda's "Ольга
# Кириленко — Неділя, 7 грудня 2026, 10:42" was read as the outlet, and no byline (a Ukraine
# and Russia desk's walkthrough)
_NAME_AND_DAY = re.compile(r"(?P<who>[^|–—•·]{3,60}?)\s+[|–—•·]\s+(?P<day>\S.{3,60})")


def _cyrillic_byline(line: str) -> str:
    """The person a Cyrillic byline before its day names (``_NAME_AND_DAY``), or a dated
    line's labelled byline after its bar ("07 грудня 2026 14:35 | Автор: Оксана Ткаченко");
    "" when ``line`` is none."""
    found = _NAME_AND_DAY.fullmatch(line)
    if found is not None and cyrillic_person(found["who"]) and line_date(found["day"]):
        return found["who"].strip()
    parts = _BAR.split(line)
    if len(parts) > 1 and line_date(parts[0]):
        return next((labelled_writers(p) for p in parts[1:] if labelled_writers(p)), "")
    return ""


def _cjk_byline(line: str) -> re.Match[str] | None:
    """A Chinese, Japanese or Korean reporter's name on ``line`` (``_CJK_BYLINES``)."""
    return next((m for m in (p.search(line) for p in _CJK_BYLINES) if m), None)


@line_cache(LINES_KEPT, LINE_CHARS)
def _staff_credit_of(line: str) -> str:
    """The staff credit a header line's byline is (``staff_credit(bare_byline(line))``):
    asked of each line by the byline's guess and by the outlet's. None but of a line naming
    a role (``papers.staff_credit``; ``bare_byline`` keeps a part of the line): a paragraph's
    label and tail were looked for first, 0.2 ms a line."""
    if _STAFF_ROLE.search(line) is None:
        return ""
    return staff_credit(bare_byline(line))


_STAFF_ROLE = re.compile("reporter|correspondent|writer", re.IGNORECASE)


def guess_byline(text: str) -> str:
    """A byline in the header: "By Jane Doe" -> "Jane Doe", "Our Bureau", "Reuters"."""
    for at, line in enumerate(header_lines(text)):
        bare = line.strip(_BULLETS)
        credit = _staff_credit_of(bare) if at else ""
        if credit:  # "From Our Correspondent", "Staff Reporter, Karachi"
            return credit
        person = (
            _PERSON_BYLINE.match(bare)
            or _cjk_byline(bare)
            or _HEBREW_BYLINE.match(bare)
            or _byline_after_bar(bare)
        )
        if person:
            return person["who"]
        if reporters := _papers_reporter(bare)[1]:  # "环球时报记者 倪浩", "本报记者 季芳"
            return reporters
        if _cyrillic_byline(bare):  # "Ольга Кириленко — Неділя, 7 грудня 2026, 10:42"
            return _cyrillic_byline(bare)
        if labelled_writers(bare):  # ("Автор: Игорь Ларионов", "Muhabir: Ayşe Yılmaz")
            return labelled_writers(bare)
        people = byline_outlet(bare)[0] or signed_by(bare)  # "By Tom Edgington, BBC News"
        if people:
            return people
        if at and nordic_signed(bare) and _nordic_text(text):  # "Door Jan de Vries"
            return nordic_signed(bare)
        if at and greek_signed(bare, text):  # "Του Γιώργου Αλεξίου", "Γράφει ο Γιώργος …"
            return greek_signed(bare, text)
        if at and _iberian_signed(bare, text) and _iberian_text(text):  # "Por María López"
            return _iberian_signed(bare, text)
        desk = _DESK_BYLINE.fullmatch(bare)  # "Da Redação", "Redacción"
        if desk is not None:
            return desk["desk"]
        # (an outlet alone on the first line is its masthead: "Today.it" over its copy of
        # Adnkronos was "Today.it · by Today.it" — an Italian desk's walkthrough)
        if at and len(bare) <= 40 and (_HOUSE_BYLINE.fullmatch(bare) or outlet_named(bare)):
            return outlet_named(bare) or bare
    return _closing_name(text)


# A Japanese paper's reporter credited on the text's last line, a short name alone in
# full-width brackets: "（山田花子）" gave no byline (an East Asian desk's walkthrough). Not
# an agency's or a paper's credit ("（共同）", "（時事）", "（ソウル共同）", "（産経新聞）") nor a
# note ("（敬称略）": honorifics left out, "（おわり）", "（了）").
_CLOSING_NAME = re.compile(
    # (after a bureau's place and "＝", "（ニューヨーク＝田中一郎）", or a role, "（編集委員
    # 山田太郎）": the name — a re-check gave none, or the role with it)
    r"（(?:[\u30a0-\u30ff\u4e00-\u9fff]{1,10}＝|(?:編集委員|論説委員|特派員|記者)[\s\u3000])?"
    r"(?P<who>[\u4e00-\u9fff\u3040-\u30ff々]{1,4}[\s\u3000]?[\u4e00-\u9fff\u3040-\u30ff々]{1,4})）"
)
# A note's particles ("（写真は首相官邸で）") and a place's ends ("（首相官邸）",
# "（東京都千代田区）"): no name (a re-check)
_CLOSING_PARTICLE = re.compile("[\u4e00-\u9fff][はでをにがへ]")
_CLOSING_PLACES = tuple("都道府県市区町村邸館省庁院園場所港駅")
_CLOSING_NOTES = frozenset("敬称略 おわり 終わり 終り つづく 続く 続き 了 完 完了 写真 同".split())


def _closing_name(text: str) -> str:
    """The reporter a Japanese text's last line credits (``_CLOSING_NAME``), else ""."""
    last = text.rstrip().rsplit("\n", 1)[-1].strip()
    found = _CLOSING_NAME.fullmatch(last)
    if found is None or not re.search("[\u3040-\u30ff]", text[:_CLOSING_KANA_LOOK]):
        return ""  # (a Japanese text, told by its kana: not Chinese's "（完）", "（张伟）")
    who = found["who"]
    if who in _CLOSING_NOTES or who.endswith(("共同", "時事", "通信", "新聞", "社")):
        return ""
    # a desk, a bureau, a role or a note is no name: "（政治部）", "（ロンドン支局）",
    # "（編集委員）", "（資料写真）", "（随時更新します）" were bylines (a review)
    if who.endswith(_CLOSING_DESKS + _CLOSING_PLACES) or _CLOSING_PARTICLE.search(who):
        return ""
    if len(who.replace("\u3000", "").replace(" ", "")) < _CLOSING_NAME_MIN or not re.search(
        "[\u4e00-\u9fff]", who
    ):
        return ""  # (a name holds a kanji, three at least: "（ロイター）", "（朝日）" are credits)
    if outlet_named(who) or CREDIT_ONLY.get(who) or cjk_paper(who):
        return ""
    return who


_CLOSING_DESKS = (
    *("部", "局", "室", "班", "委員", "写真", "記者", "特派員", "取材団", "本社"),
    *("ます", "です", "した", "する"),  # (a sentence's ending: "随時更新します")
)
_CLOSING_KANA_LOOK = 2000
_CLOSING_NAME_MIN = 3


# A Spanish or Portuguese byline alone on its line under the headline, as "By Jane Smith"
# is: "Por María López", "Por Pedro Almeida, g1 SP" (an outlet after a comma dropped); none
# was read, and Estadão's copy took its closing "Estadão Conteúdo" for its byline (a Latin
# American wire desk's walkthrough). People's names only, each of two to four capitalized
# words with their particles ("de", "da", "dos"…), joined by "y", "e" or a comma: "Por la
# mañana…", "Por eso…", "Por Dios" open sentences.
_IBERIAN_LABEL = re.compile(r"(?:Por|POR)\s+(?P<who>\S.{2,78})")
_IBERIAN_AND = re.compile(r"\s+(?:y|e)\s+|\s*,\s*")
_IBERIAN_PARTICLES = frozenset("de da do das dos del la las los e y".split())
_IBERIAN_NAME = re.compile(r"[A-ZÁÉÍÓÚÑÇÂÊÔÃÕÜ][\w'’.-]*")
# A desk's byline: "Da Redação", "Redação", "Redacción" (the newsroom: no person), shown as
# its desk's word
_DESK_BYLINE = re.compile(
    r"(?:(?i:da|de la|por la|por a)\s+)?(?P<desk>(?i:redação|redacao|redacción|redaccion)"
    r"(?:\s+[A-Z]\S*){0,2})"
)
_IBERIAN_SMALL = frozenset(
    "el la los las del que y en por para con una es se al no o os as do da dos das em "
    "não uma é ao na no".split()
)


def _iberian_signed(line: str, text: str = "") -> str:
    """The people a Spanish or Portuguese byline names (``_IBERIAN_LABEL``), else "";
    ``text`` is the document's, which a byline in capitals is checked against."""
    found = _IBERIAN_LABEL.fullmatch(line)
    if found is None:
        return ""
    who = found["who"].strip()
    if _iberian_people(who, text):
        return who
    head, comma, tail = who.rpartition(",")
    if comma and len(tail.split()) <= _BYLINE_TAIL_WORDS and _iberian_people(head, text):
        return head.strip()  # ("Por Pedro Almeida, g1 SP": the people, not their outlet)
    return ""


_BYLINE_TAIL_WORDS = 3  # an outlet's or a place's words after a byline's comma


def _iberian_people(who: str, text: str = "") -> bool:
    """Whether ``who`` is people's names (``_IBERIAN_LABEL``). The small words are
    compared in any case: "POR LA CRISIS ENERGÉTICA", a subhead in capitals, opens with
    "LA", and "Por Una Vida Digna" holds an article — both were bylines (a review)."""
    capitals = who.isupper()
    for person in _IBERIAN_AND.split(who.strip()):
        words = person.split()
        folded = [w.casefold() for w in words]
        names = [w for w, f in zip(words, folded, strict=True) if f not in _IBERIAN_PARTICLES]
        if not 2 <= len(names) <= 4 or not all(_IBERIAN_NAME.fullmatch(n) for n in names):
            return False
        if folded[0] in _IBERIAN_PARTICLES or folded[0] in _PHRASE_OPENERS:
            return False
        if any(f in _IBERIAN_FUNCTION_WORDS for f in folded):
            return False
        if capitals and not _capitals_named(names, text):
            return False
    return True


def _capitals_named(names: list[str], text: str) -> bool:
    """Whether a byline in capitals ("POR MARÍA LÓPEZ", as some CMS exports write it) is
    a person's name: its first word a common given name or its words written as a name
    elsewhere in ``text``, and none of them a word the text writes in small letters.
    Capitals hide the case that tells "ORDEN JUDICIAL" and "FALTA DE PRESUPUESTO",
    subheads pasted from a print layout, from a name (a review)."""
    opening = text[:_CAPITALS_LOOK]
    small = {w.casefold() for w in _WORD.findall(opening) if w[0].islower()}
    if any(n.casefold() in small for n in names):  # ("presupuesto" in the body)
        return False
    if _plain(names[0].casefold()) in _GIVEN_NAMES:
        return True
    return bool(opening) and all(
        re.search(rf"(?<!\w){re.escape(n.title())}(?!\w)", opening) for n in names
    )


_CAPITALS_LOOK = 20_000  # the characters of a text a byline in capitals is checked in
_WORD = re.compile(r"\w+")


def _plain(word: str) -> str:
    """``word`` without its accents: "maría" -> "maria"."""
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


# Words no person's name holds, in any place of it: articles, possessives, prepositions,
# conjunctions of Spanish and Portuguese (the particles "de", "la", "dos"… a name has aside;
# "Su", "Mi", "Na" left out, an Asian name's: Xinhua's "Por Su Jing", "Por Li Na")
_IBERIAN_FUNCTION_WORDS = frozenset(
    """un una unos unas uno um uma uns umas mis tus sus nuestro nuestra nuestros nuestras
    meu minha meus minhas teu tua seu sua seus suas nosso nossa nossos nossas con sin
    sobre entre contra hacia hasta desde para por com sem até pela pelo pelas pelos en em
    no nos nas num numa ao aos à às que o ni nem pero más muy mais este esta estos estas
    ese esa esos esas aquel aquella isto esse essa""".split()
)
# The given names a byline in capitals is read by: the commonest of Spanish- and
# Portuguese-speaking reporters, without their accents
_GIVEN_NAMES = frozenset(
    """maria jose juan ana luis carlos pedro antonio manuel francisco javier miguel jorge
    fernando alejandro rafael pablo sergio diego daniel david andres ricardo eduardo
    roberto alberto enrique ignacio raul ramon mario oscar gabriel martin victor hugo
    alfredo gonzalo rodrigo felipe santiago sebastian nicolas mateo lucas joao
    paulo marcos marcelo andre fabio thiago tiago rafaela bruno leonardo gilberto vinicius
    guilherme henrique gustavo renato rui nuno vitor joaquim julio cesar arturo emilio
    ernesto esteban federico guillermo hector jaime julian lorenzo marco mauricio
    patricio rolando salvador tomas xavier carmen isabel laura lucia elena marta sara
    paula sofia valentina camila daniela gabriela andrea patricia claudia monica silvia
    beatriz teresa rosa pilar cristina veronica natalia alejandra adriana carolina
    mariana fernanda juliana luciana renata leticia vanessa alicia ines raquel susana
    lorena irene eva julia clara angela angeles dolores mercedes rocio marisol
    guadalupe yolanda margarita ximena florencia agustina joana fatima helena""".split()
)


# Words a phrase after "Por" opens with in title case, no one's first name: "Por Qué
# Importa", "Por Dios Santo", "Por Fin Llegó" (a review)
_PHRASE_OPENERS = frozenset(
    """qué que quê quem quién quien dios deus favor fin eso esto isso isto ello ejemplo
    exemplo supuesto suposto cierto último ultimo primera primeira segunda vez lo tanto
    ahora agora siempre sempre nada todo todos todas esta este estas estes aquí aqui allí
    ali fim causa culpa suerte sorte amor""".split()
)


def _iberian_text(text: str) -> bool:
    """Whether ``text`` is written in Spanish or Portuguese (its small words)."""
    theirs, english = small_words(text, _IBERIAN_SMALL)
    return theirs > english


# Small words of Dutch, Norwegian, Danish and Swedish that English has not: which a text
# holds more of than English's (``dates.day_first_text``'s) says it is in those languages
_NORDIC_SMALL = frozenset(
    "het een van dat zijn met voor niet die heeft og er det som på til av af med har ikke "
    "och att är för inte".split()
)


def _nordic_text(text: str) -> bool:
    """Whether ``text`` is written in Dutch, Norwegian, Danish or Swedish (its small words)."""
    nordic, english = small_words(text, _NORDIC_SMALL)
    return nordic > english


def _english_text(text: str) -> bool:
    """Whether ``text`` holds more of English's small words than of those languages'."""
    nordic, english = small_words(text, _NORDIC_SMALL)
    return english > nordic


def guess_source(
    text: str, *, title: str = "", url: str = "", site_name: str = "", file_name: str = ""
) -> str:
    """The outlet that published ``text``, or "" when nothing points to one."""
    site_name = _NEWSROOM.sub("", site_name.strip()) or site_name.strip()
    if site_name:
        return outlet_named(site_name, field=True) or _outlet_of_host_name(site_name) or site_name
    host = urlsplit(url).hostname if "://" in url else ""
    if host:
        return outlet_for_host(host)
    found = (
        # a paper's masthead over the agency its byline or dateline credits: "The Weekly
        # Observer, 2026-03-11" above "LONDON (Reuters) -" (ten papers were listed as the
        # agency they credit, one then made its story's base)
        _from_masthead(text, title)
        or _from_header(text, title)
        or _from_byline(text)
        # a paper's or an agency's signature closing the text: "SÖZCÜ | 7 Aralık 2026 15:40"
        or _from_signature(text)
        # ... or a channel's closing its post: "Українська правда | Підписатися: https://…"
        or _from_channel_signature(text)
        or _from_sourcing(text)
        or _from_house_byline(text)
        # a paper's file name over the agency its credits and its dateline name when its
        # closing line says it used the agency's material: "Con información de Reuters"
        or (_paper_of_file_name(file_name, text) if _uses_agency_material(text) else "")
        or _from_wire_credits(text)
        # the agency a dateline credits: "МОСКВА, 5 декабря. /ТАСС/." (a Russian reprint
        # had no outlet where an English one crediting "(AFP) -" had AFP)
        or credited_agency(text, dateline=True)
        # ... or a paper or a site credits itself so: "ירושלים, 6 בדצמבר 2026 (ynet) -"
        or credited_outlet(text)
        or named_agency_credit(text)
        or _from_file_name(file_name, text)
        # ... or, when nothing else names one, the agency its byline names alone: "By
        # Reuters", "Autor: ČTK" over the agency's own text (a portal's copy so signed is
        # the portal's by its page, masthead or file name, above)
        or _byline_agency(text)
        # ... or, last, its closing credit: "… affected. (PNA)"
        or closing_credit(text)
    )
    return told_apart(found, text)  # ("APA": Austria's or Azerbaijan's)


def outlet_of_name(url: str, file_name: str) -> str:
    """The outlet a document's address or file name says (``afp.com``, ``AFP_budget.txt``),
    not its text: a site's copy of a wire credits the agency in its text too."""
    host = urlsplit(url).hostname if "://" in url else ""
    return outlet_for_host(host) if host else _from_file_name(file_name)


# A site name that is a web host: trafilatura gives a page's host ("reuters.com") as its
# site name when the page has no og:site_name, a feed's "source" field may hold one too.
_HOST_NAME = re.compile(r"(?:[a-z0-9-]+\.)+[a-z]{2,}\.?", re.IGNORECASE)


# An organisation's press pages name it and their section: "University of Northmere
# Newsroom" was an outlet of its own beside the university's releases (a press officer's
# walkthrough); "BBC News" stays (News is a paper's word, not a press office's)
_NEWSROOM = re.compile(
    r"\s*(?:[|–—:-]\s*)?(?:newsroom|news\s*room|press\s*(?:office|room|centre|center|releases?)"
    r"|media\s*(?:centre|center|room|relations))$",
    re.IGNORECASE,
)


def _outlet_of_host_name(site_name: str) -> str:
    """The known outlet of a site name that is a host ("www.reuters.com" -> "Reuters")."""
    if not _HOST_NAME.fullmatch(site_name):
        return ""
    found = outlet_for_host(site_name)
    return found if found != bare_host(site_name) else ""


def _from_header(text: str, title: str) -> str:
    segments = _TITLE_SEPARATORS.split(title)
    for segment in segments if len(segments) > 1 else ():
        found = outlet_named(segment)
        if found:
            return found
    if len(segments) > 1 and cjk_paper(segments[-1]):  # "… | 江南日报"
        return segments[-1].strip()
    for at, line in enumerate(header_lines(text)):
        bare = line.strip(_BULLETS)
        # ("NTB", "TT" heading their takes; not over an English text: "TT" races)
        if at == 0 and agency_code(bare) and not _english_text(text):
            return agency_code(bare)
        credited = slashed_credit(bare)  # ("ANKARA / HDN": Hürriyet Daily News' dateline)
        # ... or an Arabic paper's credit line under its headline: "الشارقة: «الخليج»"
        if not credited and bare != title.strip():
            credited = arabic_credit(bare)[1]
        if credited and not is_agency(credited):
            return credited
        if len(bare) > 60:
            continue
        signed = bare.lower().startswith("by ")
        found = outlet_at_start(bare[3:] if signed else bare)
        # ("By Reuters", "By The Associated Press": a paper's or a portal's copy credits the
        # agency so, as "Autor: ČTK" does — the agency its source, not its publisher)
        if found and not (signed and is_agency(found)):
            return found
    return ""


def _known_paper(line: str) -> str:
    """A known outlet, no news agency, named alone on a line ("The Washington Post" over
    its reprint of AP's story, "By … | AP": it was AP's — an English standards editor's
    walkthrough), else ""."""
    name = outlet_named(line) or outlet_named(line.removeprefix("The "))
    return name if name and not is_agency(name) else ""


def _from_masthead(text: str, title: str = "") -> str:
    """The paper a header line names with the day ("Business Daily, 2026-02-04") or its
    section ("The Kilbride Chronicle | Health"); of a press release, the issuer ("Save Our
    Rivers Trust — 2026-05-06": releases had no outlet, a researcher's table of reuse by
    outlet lumped them all together). (Not a paper's name alone on a line: a kicker over a
    headline, "Hard Times", reads as one; but a Cyrillic paper's opening the text, alone or
    before its tagline, ``lone_paper``: "Курская правда" over its reprint of a TASS story
    was listed as TASS, whose dateline it copied.)"""
    lines = header_lines(text)
    for at, line in enumerate(lines):
        name = masthead_name(line.strip(_BULLETS)) or masthead_over_byline(lines, at)
        if not name and at == 0:  # "Coloradoan | 1 December 2026" over a headline
            name = masthead_over_headline(lines, title) or masthead_over_date(lines)
        if not name and at == 0 and len(lines) > 1:  # "Курская правда" over its headline
            name = lone_paper(line.strip(_BULLETS)) or _known_paper(line.strip(_BULLETS))
        if name and dated_name(name) and not dated_name_in(name, text):
            continue  # ("Sabah | 5 Disember 2026" over a Malay text: the state's news)
        if name and staff_credit(name):
            continue  # ("Staff Reporter | December 6, 2026": a byline, no paper's name)
        if name:  # ("SÖZCÜ | 7 Aralık 2026 15:40": ``dated_name``; "The News | …")
            return outlet_named(name) or word_named(name) or dated_name(name) or name
    name = issuer_line(text)[1]
    return outlet_named(name) or name if name else ""


# A paper's or an agency's signature closing its text, on one of its last lines: its
# masthead with the day ("SÖZCÜ | 7 Aralık 2026 15:40", APA's "APA | 07.12.2026 13:15":
# ``dated_masthead``), a known paper's name alone ("Hürriyet Daily News" over the day), or
# a place and the paper, maybe with the agency it drew on ("ISTANBUL / DAILY SABAH WITH
# AA", ``outlets.slashed_credit``): a Turkish and Azerbaijani desk's walkthrough found each
# text so signed of no outlet, and its story based on another paper's copy.
_SIGNATURE_LINES = 3


# A copyright line's notice around the name it gives: "© 2026 Nation Media Group. All
# rights reserved." (Daily Nation's copy had no outlet: an Africa desk's walkthrough)
_COPYRIGHT = re.compile(
    r"^(?:©|\((?i:c)\)|(?i:copyright))(?:\s*©)?\s*(?:\d{4}\s*)?"
    r"|[.,]?\s*(?i:all rights reserved)\.?$"
)


def _from_signature(text: str) -> str:
    """The outlet a signature on one of a text's last lines names (``_SIGNATURE_LINES``),
    else "": a paper's short name too after a dash ("— Nation", ``outlets.SHORT_NAMES``),
    and a known paper's name in its copyright line ("© 2026 Nation Media Group")."""
    tail = [line.strip() for line in text.rstrip().rsplit("\n", 12) if line.strip()]
    for signed in reversed(tail[-_SIGNATURE_LINES:]):
        line = signed.strip(_BULLETS)
        if len(line) > _SIGNATURE_CHARS:
            continue
        named = slashed_credit(line)
        named = "" if is_agency(named) else named
        short = short_name(line) if signed[:1] in "-–—" else ""
        owned = _known_paper(_COPYRIGHT.sub("", line)) if _COPYRIGHT.match(line) else ""
        found = dated_masthead(line, text) or _known_paper(line) or named or short or owned
        found = found or _agency_material(line)[0]
        if found:
            return found
    return ""


# A paper's closing line that says it used an agency's copy: "O Globo, com Reuters", "Con
# información de Reuters y AP", "Com informações da Reuters", "With reporting by Reuters",
# "El Universal, con información de EFE". The text is the paper's, made with the agency's
# material, not the agency's: "O Globo, com Reuters" under Reuters' "SÃO PAULO (Reuters) -"
# was listed as Reuters, whose dateline credit came first, and "--by-outlet" had Reuters
# copying Reuters (a Spanish and Portuguese night desk's walkthrough).
_AGENCY_MATERIAL = re.compile(
    r"^(?:(?P<paper>[^,;:()]{2,60}?)\s*[,;/|–—-]\s*)?"
    r"(?i:com|con|with|avec|mit)\s+"
    r"(?:(?i:informa(?:ción|cion|ções|coes|ção|cao)|información|informations?|reporting|material"
    r"|agencias|agências|agencies|agences)(?:\s+(?i:de|da|do|das|dos|del|by|from|of|von))?"
    r"(?:\s+(?i:la|las|el|los|a|o|as|os|the|l['’]))?\s+)?"
    r"(?P<agencies>[^()]{2,60}?)\.?$"
)
_AGENCY_LIST = re.compile(r"\s*(?:,|/|\s(?:y|e|and|et|und)\s)\s*")


def _agency_material(line: str) -> tuple[str, str]:
    """``(paper, agency)`` of a closing line crediting an agency's material
    (``_AGENCY_MATERIAL``): the paper a known name before it names ("" if none) and the
    first agency; ``("", "")`` for another line."""
    found = _AGENCY_MATERIAL.match(line.strip())
    if found is None:
        return "", ""
    agencies = [outlet_named(name) for name in _AGENCY_LIST.split(found["agencies"])]
    if not agencies or not all(name and is_agency(name) for name in agencies):
        return "", ""
    paper = _known_paper(found["paper"]) if found["paper"] else ""
    if found["paper"] and not paper:
        return "", ""  # ("Dijo que trabajará con Reuters": no credit)
    return paper, agencies[0]


def _uses_agency_material(text: str) -> bool:
    """Whether one of the text's last lines credits an agency's material with no paper's
    name ("Con información de Reuters"): a paper's text, whose file name names the paper
    before the agency its dateline credits."""
    tail = [line.strip() for line in text.rstrip().rsplit("\n", 12) if line.strip()]
    return any(
        len(line) <= _SIGNATURE_CHARS and _agency_material(line.strip(_BULLETS))[1]
        for line in tail[-_SIGNATURE_LINES:]
    )


_SIGNATURE_CHARS = 80


def _from_byline(text: str) -> str:
    """The outlet a byline names after its people ("By Tom Edgington, BBC News"), or a
    Chinese paper's credit of its report names ("新京报讯（记者 周婷）"): before the agency
    a dateline credits, as a paper's masthead is (the BBC's and a paper's captures had no
    outlet, or the agency they credited)."""
    for at, line in enumerate(header_lines(text)):
        bare = line.strip(_BULLETS)
        name = byline_outlet(bare)[1]
        if name and not _known_credit(name) and _staff_credit_of(bare):
            name = ""  # ("By Our Correspondent, Lahore": where the paper's own filed from)
        name = name or byline_paper(bare) or credit_paper(bare)
        name = name or _papers_reporter(bare)[0]  # ("明報記者 黃芷晴": Ming Pao's)
        credit = _staff_credit_of(bare) if at and not name else ""
        if credit and (paper := short_name(credit.split()[0])):  # ("By NATION REPORTER")
            return paper
        if not name and at and nordic_byline(bare)[1] and _nordic_text(text):
            name = nordic_byline(bare)[1]  # ("Av Kari Nordmann, NTB", "Af Lars Jensen/ritzau/")
        if name:
            return _known_credit(name) or name
    return ""


def _known_credit(name: str) -> str:
    """The known outlet a byline's credit names ("BBC News", "ntb"), else ""."""
    return outlet_named(name) or CREDIT_ONLY.get(name.upper(), "")


# A channel's signature closing its post: its name, a bar, "subscribe" and its link ("🇺🇦
# Українська правда | Підписатися: https://t.me/…": Ukrainska Pravda's post copied from
# Telegram had no outlet — a Ukraine and Russia desk's walkthrough)
_SIGNATURE = re.compile(
    r"\W*(?P<name>[^|\n]{2,40}?)\s*\|\s*(?i:підписатися|підпишіться|подписаться|подпишитесь"
    r"|subscribe)\b.{0,80}"
)


def _from_channel_signature(text: str) -> str:
    """The known outlet a post's closing signature names (``_SIGNATURE``), else ""."""
    found = _SIGNATURE.fullmatch(text[-_SIGNATURE_LOOK:].rstrip().rpartition("\n")[2])
    return outlet_named(found["name"]) if found is not None else ""


_SIGNATURE_LOOK = 200  # characters at a text's end its signature is looked for in
_BODY_CHARS = 120  # a header line longer than this is the body's first paragraph
_BYLINE_CHARS = 60  # a byline naming an outlet: "By The Associated Press"


def _byline_agency(text: str) -> str:
    """The news agency a header's byline or labelled credit names alone, over the body:
    "By Reuters", "By Reuters Staff", "By The Associated Press", "Autor: ČTK", "Źródło:
    PAP" (not under the body: a paper's edited copy closes so; not with others: "Źródło:
    Onet, PAP"), else "". Checked after every other outlet's evidence (``guess_source``):
    a portal's copy so signed is the portal's by its page, its masthead or its file's
    name, but with none of them the byline is the best evidence of whose text it is — the
    agency's own, signed "By Reuters" with no dateline's credit, had no outlet and became
    "an edited version" of a paper's rewrite, the rewrite its story's base (a review)."""
    for line in header_lines(text):
        bare = line.strip(_BULLETS)
        if len(bare) > _BODY_CHARS:
            return ""
        if len(bare) <= _BYLINE_CHARS and bare.lower().startswith("by "):
            found = outlet_at_start(bare[3:])
            if is_agency(found):
                return found
        who = labelled_credit(bare)
        name = outlet_named(who) or CREDIT_ONLY.get(who, "") if who else ""
        if is_agency(name):
            return name
    return ""


def _from_sourcing(text: str) -> str:
    """The paper a report's sourcing names ("sources told Asharq Al-Awsat"), but not in a
    text whose dateline credits an agency: a spokesman's quote in an AFP story, "Sources
    told Asharq Al-Awsat that…", made fourteen agency texts and their copies the paper's
    (a media researcher's archive)."""
    for match in _SOURCES_TOLD.finditer(text):
        start = match.start()
        if start and text[start - 1] in "Ss" and not text[start - 2 : start - 1].isalnum():
            if credited_agency(text, dateline=True):
                return ""
            who = match["who"].strip()
            return outlet_named(who) or outlet_at_start(who) or who
    return ""


# A Hindi paper's bureau crediting its report, opening its lede: "जागरण ब्यूरो, मुंबई।"
# (Jagran's bureau, as "Our Bureau, Mumbai": Dainik Jagran's copy had no outlet — a South
# Asian desk's walkthrough)
_BUREAU_CREDIT = re.compile(r"\S+(?:\s\S+)?\s+ब्यूरो(?=\s*[,।])")


def _from_house_byline(text: str) -> str:
    """The house a header's house byline names ("Our Bureau"), not a staff credit's role
    ("Staff Reporter", "Our Correspondent": every paper's, and the outlet of a South Asian
    desk's papers, whose reports it lumped together — ``papers.staff_credit``)."""
    for line in header_lines(text):
        bare = line.strip(_BULLETS)
        if len(bare) <= 40 and _HOUSE_BYLINE.fullmatch(bare) and not staff_credit(bare):
            return bare
        bureau = _BUREAU_CREDIT.match(bare)
        if bureau is not None and outlet_named(bureau.group()):
            return outlet_named(bureau.group())
    return ""


# Where a wire's credits tell whose text it is: its dateline and a rewrite's "Reuters
# reported" are in the first few paragraphs, "(Reporting by …)" at its foot. A report of
# 10,400 words quoting one Reuters paragraph 150 paragraphs in was Reuters'.
_CREDITS_HEAD, _CREDITS_FOOT = 4000, 1500  # characters


def _from_wire_credits(text: str) -> str:
    if len(text) > _CREDITS_HEAD + _CREDITS_FOOT:
        text = f"{text[:_CREDITS_HEAD]}\n{text[-_CREDITS_FOOT:]}"
    counts = wire_credits(text)
    return max(counts, key=lambda name: counts[name]) if counts else ""


# Agencies' initials of three letters that are no word, in lower case too ("afp-budget.txt").
_FILE_CODES = frozenset({"afp", "efe", "dpa", "pti", "ani", "inp", "nni", "ppi", "bss"})


# Central European agencies' initials that are words too, opening a file's name in capitals
# as their takes are saved ("PAP_pogoda.txt", "MTI_koltsegvetes.txt": no outlet, an
# agency-monitoring analyst's walkthrough); "pap_…" may be porridge's
_CAPITAL_CODES = frozenset({"PAP", "CTK", "MTI"})
# ... and those of the agencies known only in a credit that are no word in any case
# ("pna_ulysses.txt", "unb_remittance.txt": a Southeast Asian desk's walkthrough)
_CREDIT_FILE_CODES = frozenset({"pna", "unb", "vna"})


def _paper_of_file_name(file_name: str, text: str) -> str:
    """The outlet a file's name says (``_from_file_name``) if it is no news agency."""
    found = _from_file_name(file_name, text) if file_name else ""
    return found if found and not is_agency(found) else ""


def _from_file_name(file_name: str, text: str | None = None) -> str:
    """The outlet a file's name says; an agency's initials that are words too ("tt_",
    "ntb_") only of a ``text`` not in English ("tt_results.txt" of an English story was
    TT's: a review)."""
    stem = Path(file_name).stem.lower()
    domain = _DOMAIN.search(stem)
    if domain:
        return outlet_for_host(domain.group(1))
    tokens = [t for t in re.split(r"[\W_]+", Path(file_name).stem) if t]
    # "APP_01-12-14_796404.txt"; "tass_most.txt" in any case, but not a word that is an
    # agency's initials too: "spa_offers.txt", "app_review.txt"
    shouted = [t.upper() for t in tokens[:1] if len(t) >= 4 or t.lower() in _FILE_CODES]
    # ("jiji_20261205_1445.txt" was no agency's file, its paper's copy the story's base: an
    # East Asian monitor's walkthrough)
    titled = [t.capitalize() for t in tokens[:1] if len(t) >= 4]
    two = [" ".join(tokens[:2])] if len(tokens) > 1 else []  # "pa_media_halden.txt"
    # (a regional agency's two words, "interfax_ukraine_udar.txt", or its name and its
    # country's domain, "d_interfax_ua.txt": their first word alone was Russia's Interfax —
    # a Ukraine and Russia desk's walkthrough)
    for name, second in pairwise(tokens):
        found = outlet_named(f"{name}-{second}") or outlet_of_name_and_country(name, second)
        if found:
            return found
    for first in tokens[:1] + shouted + titled + two:
        if is_agency(outlet_named(first)):
            return outlet_named(first)
    if tokens[1:] and tokens[0] in _CAPITAL_CODES:  # "PAP_pogoda.txt", "CTK_mzda.txt"
        return CREDIT_ONLY[tokens[0]]
    if tokens[1:] and tokens[0].lower() in _CREDIT_FILE_CODES:  # "pna_ulysses.txt"
        return CREDIT_ONLY[tokens[0].upper()]
    code = agency_code(tokens[0].upper()) if tokens[1:] and text is not None else ""
    if code and not _english_text(text or ""):  # "anp_dijken_take1.txt", "tt_varden.txt"
        return code
    for token in tokens:  # (and "ynet_taktziv.txt": a short name known in any case)
        found = outlet_named(token) if len(token) > 4 or any_case(token) else ""
        if found:
            return found
    # a paper or a portal by its key, its name run together or its address's first word,
    # as precisely as the key is a word ("bangkokpost_cabinet.txt" of any text,
    # "novinky_mzda.txt" of a Czech one; "wp_post_1234.txt", "in_memoriam.txt" none)
    return outlet_of_file_key(tokens[0], text) if tokens[1:] else ""


def dated(doc: Document) -> tuple[str, str]:
    """``(date, date_source)`` for ``doc``, strongest evidence first: the format's metadata
    (after the header's date and the file name's for a PDF or a Word file, whose property
    is when the file was made — but not after a header's date of another day than the one
    its dateline and its property agree on: ``_dateline_agrees``), a dateline in the text's
    header (either, a day alone, refined by the file name's time on that day: ``_timed``),
    a date stamp in the file name (a day alone refined so by a PDF's or a Word file's
    property), else the file's modification time (``FILE_TIME``: when it was saved, not
    when it was written)."""
    folders = date_from_folders(str(doc.file.parent))
    named = date_from_file_name(doc.file.name, near=folders)
    # (the time of a file of several articles is the export's, not each article's)
    timed = named if doc.item == 0 else ""
    found = find_header_date(doc.text)
    made_on = doc.format in _MADE_ON
    if doc.date and not made_on:
        return _timed(doc.date, doc.date_source or "metadata", (timed, "file name"))
    # (a Word file's property gives the time on the header's day: a site's evening
    # edition saved from Word, its header's day alone, was "dated the same day" as the
    # morning page, and the other way round came first: a walkthrough)
    made = (doc.date if made_on else "", doc.date_source or "metadata")
    if found and made[0] and _dateline_agrees(doc.text, made[0], found):
        found = ""  # (the property's day is the dateline's, the header line's another's)
    if found:
        day = _revised_day(doc.text, found)
        return _timed(day, "document", (timed, "file name"), made)
    sent = sent_time(doc.text)  # (an agency's transmission stamp: dpa's "050745 Dez 26")
    if sent:
        return sent, "document"
    # (and on the file name's day: AFP's "afp_de_bahnstreik_20261205.odt", made at 11:20
    # that day, was "2026-12-05 (from the file name)", before the day's takes of 09:15 —
    # a German and Nordic desk's walkthrough)
    if named:
        return _timed(named, "file name", made)
    if folders is not None:  # an archive's 2024/03/15/ folder
        return _timed(folders.isoformat(), "file name", made)
    if doc.date:
        return doc.date, doc.date_source or "metadata"
    try:
        mtime = os.stat(doc.file).st_mtime
    except (OSError, ValueError):
        return "", ""
    saved = datetime.fromtimestamp(mtime, UTC)
    on_day = _dateline_on(doc.text, saved.date())
    if on_day is not None:
        return on_day.isoformat(), "document"
    stopped = _stopped_dateline(doc.text, saved.date())
    if stopped:
        return stopped, "document"
    return saved.isoformat(timespec="seconds"), FILE_TIME


def _dateline_agrees(text: str, made: str, found: str) -> bool:
    """Whether the day a year-less dateline gives ("KARACHI, March 12 (Reuters) -",
    ``header_day``) is the day of a Word file's or a PDF's property, ``made``, and not the
    day of the header's date line ``found``: the dateline and the property agree on the
    story's day, and ``found`` is the story's own date ("Archive entry 15:35, 18 May 2004
    (UTC)" dated a Reuters story of 12 March 2026, made that day, 2004 — a big-folder
    walkthrough). A release printed to PDF months later still takes its header's date."""
    told = header_day(text)
    if told is None:
        return False
    day = f"{told[0]:02d}-{told[1]:02d}"
    return made[5:10] == day and found[5:10] != day


STOPPED_MAX_DAYS = 730  # a dateline ending in a full stop dates a file saved this soon after


def _stopped_dateline(text: str, saved: date) -> str:
    """The date of a dateline ending in a full stop before the lede ("Berlin, 2. Dezember
    2026. Ein Streik…"), when the file was saved on that day or within two years after: a
    feature's scene-setting "Berlin, 9. November 1989. Kurz vor sieben Uhr…" is no
    dateline (it was dated 1989, and the base of its story: a probe)."""
    found = find_header_date(text, stop=True)
    if not found:
        return ""
    try:
        gap = (saved - date.fromisoformat(found[:10])).days
    except ValueError:
        return ""
    return found if -1 <= gap <= STOPPED_MAX_DAYS else ""


# Formats whose date property is the day the file was made (a release printed to PDF months
# later, a Word template's day), not the day the text says it was written: a date printed
# in the text's header comes first (a release sorted after the papers that copied it), and
# a date in the file's name (a draft of 2026-02-20 printed to PDF today was the newest).
_MADE_ON = frozenset({"pdf", "docx", "odt", "rtf"})


def _timed(day: str, source: str, *stamps: tuple[str, str]) -> tuple[str, str]:
    """``day`` (from ``source``), or the first of ``stamps`` (a time and where it is from)
    that gives the time on the same day: a translation's revisions, dated by their
    dateline's day alone and stamped with the minute in their names, were in no order
    ("…_1520" the base, "68 → 63")."""
    for stamp, stamp_source in stamps:
        if len(day) == 10 and len(stamp) > 10 and stamp.startswith(day):
            return stamp, stamp_source
    return day, source


YEARLESS_MAX_DAYS = 7  # a dateline without its year dates a file saved this soon after


def _dateline_on(text: str, saved: date) -> date | None:
    """The day of a dateline that gives no year ("НОВОСИБИРСК, 5 декабря. /ТАСС/."), when
    the file was saved on that day, the day before (in UTC, east of it the day is ahead),
    or within a week after: the year is the one the day last fell in before the save — a
    desk saves a week's takes when it files them (TASR's "Bratislava 3. decembra (TASR) -",
    saved four days later, was undated: a re-check of a Central European desk's
    walkthrough). Otherwise none (a copy made weeks later says nothing of the year)."""
    found = header_day(text)
    if found is None:
        return None
    for back in range(-1, YEARLESS_MAX_DAYS + 1):
        day = saved - timedelta(days=back)
        if (day.month, day.day) == found:
            return day
    return None


def enrich(doc: Document) -> Document:
    """``doc`` with source, byline and date filled in from its text where still empty."""
    credited = byline_credit(doc.byline)  # ("دبي - البيان": Al Bayan's credit, no person)
    byline = "" if credited else field_byline(doc.byline)
    byline = byline or guess_byline(doc.text)
    if newsroom(byline):  # ("Habertürk Haber Merkezi": no person)
        byline = ""
    byline = staff_credit(byline) or byline  # ("BY STAFF REPORTER": no person's name)
    paper = "" if is_agency(credited) else credited  # (a paper's, over the agency it credits)
    source = (
        doc.source
        or paper
        or guess_source(doc.text, title=doc.title, url=doc.url, file_name=doc.file.name)
        or credited
    )
    if byline and _signs_itself(byline, source):  # ("By HDN": Hürriyet Daily News)
        byline = ""
    day, day_source = dated(doc)
    captured = _captured(doc) if day_source != "file name" else ""
    if not captured and day_source == "document" and len(day) == 10:
        captured = _updated_at(doc.text, day)
    now = (source, byline, day, day_source, captured)
    if now == (doc.source, doc.byline, doc.date, doc.date_source, doc.captured):
        return doc
    return replace(
        doc, source=source, byline=byline, date=day, date_source=day_source, captured=captured
    )


def byline_credit(byline: str) -> str:
    """The outlet a byline field that is a credit names, no person: an Arabic credit line,
    a place and the outlet ("دبي - البيان" is Al Bayan's, "أبوظبي - وام" WAM's:
    ``outlets.arabic_credit``; Al Bayan's pages were "by دبي", by Dubai), or a newsroom's
    ("Redaktion derStandard.at": ``papers.newsroom_name``); "" for another."""
    found = arabic_credit(byline)[1]
    desk = newsroom_name(byline) if not found else ""
    return found or (outlet_named(desk, field=True) or _outlet_of_host_name(desk) if desk else "")


def field_byline(author: str) -> str:
    """The people a format's author field names, as a text's byline is read: without their
    label, nor their role after a comma ("By Sajila Saseendran, Senior Reporter" is "Sajila
    Saseendran", ``document.signed_by``: a Gulf News page's author field gave "Sajila
    Saseendran; Senior Reporter", two authors, where its text's byline gave one)."""
    return bare_byline(signed_by(author.strip()) or author)


def _signs_itself(byline: str, source: str) -> bool:
    """Whether ``byline`` is the name, by any of its names, of the paper ``source`` it
    heads: the paper signing for itself, no person ("By HDN", "Hürriyet Daily News" over
    Hürriyet Daily News' own report were its author — a Turkish desk's walkthrough; "Habertürk
    Haber Merkezi" is none either, ``newsroom``). An agency's name stays, its credit line
    ("Reuters" under the headline): whose text it is."""
    return bool(source) and not is_agency(source) and outlet_named(byline, field=True) == source


# The zones a date line's time names by their letters ("4:15 p.m. EST", "10:32 GMT"): their
# times were read as the computer's clock, and a TV station's copy of 16:15 New York time
# came before the London take it was made from (an English standards editor's walkthrough).
# Not "ET" and "PT" (their summer time unsaid), nor "IST" but in an Indian text
# (``_INDIAN_ZONES``).
_ZONES = {
    "GMT": "+00:00",
    "UTC": "+00:00",
    "BST": "+01:00",
    "WET": "+00:00",
    "WEST": "+01:00",
    "CET": "+01:00",
    "CEST": "+02:00",
    "EET": "+02:00",
    "EEST": "+03:00",
    "MSK": "+03:00",
    "EST": "-05:00",
    "EDT": "-04:00",
    "CST": "-06:00",
    "CDT": "-05:00",
    "MST": "-07:00",
    "MDT": "-06:00",
    "PST": "-08:00",
    "PDT": "-07:00",
    "JST": "+09:00",
    "KST": "+09:00",
    "HKT": "+08:00",
    "SGT": "+08:00",
    # (Southeast Asia's: Antara's "Senin, 7 Desember 2026 10:15 WIB" was read as the
    # computer's clock, and Detik's undated copy listed above it — a Southeast Asian desk's
    # walkthrough)
    "WIB": "+07:00",
    "WITA": "+08:00",
    "WIT": "+09:00",
    "ICT": "+07:00",
    "MYT": "+08:00",
    "PHT": "+08:00",
    "PHST": "+08:00",
    "AEST": "+10:00",
    "AEDT": "+11:00",
}
# "IST", India's time in a text that is India's (``dates.indian_text``: its script, an
# Indian agency's credit or dateline), Ireland's summer time or Israel's in another, and
# read as no zone there: Amar Ujala's "Updated Fri, 04 Dec 2026 12:05 PM IST" was read as
# the computer's clock (a South Asian desk's walkthrough)
_INDIAN_ZONES = _ZONES | {"IST": "+05:30"}
# "BST", Bangladesh's time (+06:00) in a text that is Bangladesh's (``dates.bangladeshi_text``:
# its script, a Bangladeshi agency's credit, a Dhaka dateline, a .bd address), Britain's
# summer time elsewhere: a Dhaka paper's "02:35 PM BST" was read five hours off (a South
# Asian desk's walkthrough)
_BANGLADESHI_ZONES = _INDIAN_ZONES | {"BST": "+06:00"}


def _zones_of(text: str) -> dict[str, str]:
    """The zones ``text``'s letters name (``_ZONES``; "IST" India's and "BST" Bangladesh's
    in their texts)."""
    if bangladeshi_text(text):
        return _BANGLADESHI_ZONES
    return _INDIAN_ZONES if indian_text(text) else _ZONES


# A time of day on a date line: "1:05 p.m.", "13:05", "07:12 GMT" (hour and minute).
# Morning and afternoon before a time in Korean, Japanese and Chinese: "오후 1:10" was
# 01:10, a Yonhap update the base of the take it updated (an East Asian monitor's
# walkthrough); "午後2時30分", "下午3:05".
_CJK_HALF = "(?P<cjk>오전|오후|午前|午後|上午|下午)"
_CJK_AFTERNOON = frozenset("오후 午後 下午".split())
_CLOCK_ON_LINE = re.compile(
    rf"(?:{_CJK_HALF}\s*|(?<![\w:.]))(?P<h>\d{{1,2}})"
    r"(?:[:.]|[\u00a0\u202f ]?h[\u00a0\u202f ]?)(?P<m>\d\d)(?::\d\d)?(?![\d:])"
    r"(?!\s*(?:m\b|min|mn|s\b|sec))"  # (a duration is no time: "4h 12m read", "2 h 30 min")
    r"(?:\s*(?P<half>[ap])\.?\s*m\b\.?)?"
    rf"(?:\s*\(?(?-i:(?P<zone>{'|'.join(sorted(_INDIAN_ZONES, key=len, reverse=True))}))"
    # (and GMT's or UTC's offset, as Vietnamese pages write their zone: "07/12/2026 11:20
    # GMT+7", "14:05 (GMT+7)" were read as GMT, seven hours late)
    r"(?:(?P<offset>[+-]\d{1,2})(?::?(?P<offset_minutes>\d\d))?)?\b)?",
    re.IGNORECASE,
)
# (French writes "à 07h12", "18 h 40": "Publié le 5 décembre 2026 à 07h12, mis à jour à
# 18h40" gave the day alone, a French desk's walkthrough)
# The hour and the minute in Chinese, Japanese or Korean right after the date (and its
# weekday in brackets): "2026年12月5日 12時10分", "2026年12月5日（金）12時10分", "11시 02분".
# Right after it only: a Chinese lede's "12月5日6时42分在…发生地震" is the quake's time.
_CJK_CLOCK_AFTER = re.compile(
    rf"\s*(?:[(（][^()（）]{{1,3}}[)）])?\s*(?:{_CJK_HALF}\s*)?(?P<h>\d{{1,2}})\s*[時时시]\s*"
    r"(?P<m>\d{1,2})\s*[分분]"
)


# An embargo's time is when a release may be printed, not when it was written: "EMBARGOED
# UNTIL 10:00 GMT, THURSDAY 5 FEBRUARY 2026" put a university's release after a paper's
# copy of PA's story at 07:30, and PA's story became the release's base (a walkthrough)
_EMBARGO = re.compile(r"\s*(?:embargo(?:ed)?|sperrfrist|sous embargo)\b", re.IGNORECASE)


def _updated_at(text: str, day: str) -> str:
    """The time of day the header's date line gives beside ``day`` ("Updated November 7,
    2026 1:05 p.m."), as the time that orders versions of that day (an agency's updates of
    one day, named without a time, were read in the list's order: a figure went 14,000 →
    12,000 → 14,000), or in Chinese, Japanese or Korean right after the day ("2026年12月5日
    12時10分": a Japanese paper's versions had the day alone), "" when it gives none; a
    later revision's time that day when a stamp gives one (``revision_stamps``: "Published
    March 14, 2026 7:30 a.m. · Updated March 14, 2026 6:20 p.m." is 18:20). The date
    stays the day (``Document.date``)."""
    found = ""
    zones = _zones_of(text)
    for line in header_lines(text):
        # (a dateline opening the first paragraph: its own time alone; but a stamp line
        # longer than a date line's, its label right before its date, gives its time: Amar
        # Ujala's "न्यूज डेस्क, अमर उजाला, मुंबई Published by: अजय सिंह Updated Mon, 07 Dec
        # 2026 02:35 PM IST", 90 characters, gave its day alone — a South Asian desk's
        # walkthrough)
        if len(line) > 80 and not (len(line) <= 160 and stamp_labelled(line)):
            clock = dateline_time(line) if dateline_date(line) == day else ""
            if clock:
                found = f"{day}T{clock}:00"
                break
            continue
        found_on = line_date_span(line, known=day)
        if found_on is None or found_on[2] != day or _EMBARGO.match(line):
            continue
        clock = _clock(line, found_on[1], found_on[0], zones)
        if clock:  # (else a later line of that day may give it: a masthead's day over
            found = f"{day}T{clock}"  # "Publicado: 5 de diciembre de 2026, 06:20")
            break
    for revised in revision_stamps(text):
        if len(revised) > 10 and revised[:10] == day and revised > found:
            found = revised
    return found


def _clock(text: str, after: int, start: int | None = None, zones: dict[str, str] = _ZONES) -> str:
    """``HH:MM:00``, with the offset of the zone it names in ``zones`` ("4:15 p.m. EST" is
    "16:15:00-05:00"): the time of day ``text`` gives (in Chinese, Japanese or Korean
    right after ``after``, where its date ends), "" when it gives none; not in its date,
    from ``start`` to ``after`` ("05.12.26 um 14:30" is at 14:30, not 05:12)."""
    if start is not None:
        text = text[:start] + " " * (after - start) + text[after:]
    found = _CJK_CLOCK_AFTER.match(text, after) or _CLOCK_ON_LINE.search(text)
    if found is None:
        return ""
    hour, minute = int(found["h"]), int(found["m"])
    half = (found.groupdict().get("half") or "").lower()
    if found["cjk"]:
        half = "p" if found["cjk"] in _CJK_AFTERNOON else "a"
    if half and not 1 <= hour <= 12:
        return ""
    hour = hour % 12 + (12 if half == "p" else 0) if half else hour
    if hour > 23 or minute > 59:
        return ""
    zone = zones.get(found.groupdict().get("zone") or "", "")
    offset = found.groupdict().get("offset")
    if offset and zone == "+00:00":  # "GMT+7"
        hours, minutes = int(offset[1:]), int(found["offset_minutes"] or 0)
        if hours > 14 or minutes > 59:
            return f"{hour:02d}:{minute:02d}:00"
        zone = f"{offset[0]}{hours:02d}:{minutes:02d}"
    return f"{hour:02d}:{minute:02d}:00{zone}"


# A revision's stamp on a header's date line, opening it or after a separator ("·", "|",
# "•", ";"): "Updated March 14, 2026 6:20 p.m.", "· Last modified 15 March 2026", "|
# Обновлено 5 декабря 2026"; it runs to the next separator. (Not after a comma: "The toll,
# updated March 15, rose" is a sentence.)
_REVISED = re.compile(
    r"(?:(?:^|(?<=[·|•;])|(?<=\s[-–—])|(?<=\d\s))\s*(?i:(?:last|laatst|sist|senest|senast)\s+)?"
    r"(?i:updated|modified|обновлено|mis à jour|modifié"
    r"|aktualisiert|actualizado|atualizado|atualizada|aggiornato|güncelleme|更新|수정"
    # (Dutch, Norwegian, Danish, Swedish: "· Bijgewerkt: 5 dec. 2026 19:10", "Publisert
    # 05.12.2026 14:30 Oppdatert 18:42" — the Telegraaf's page was read at its 14:45, a
    # media researcher's walkthrough)
    r"|bijgewerkt|gewijzigd|oppdatert|opdateret|uppdaterad"
    # (Greek, in capitals without accents too: "| Τελευταία ενημέρωση: 07/11/2026 16:30" —
    # a Greek desk's walkthrough)
    r"|(?:τελευταία\s+|τελευταια\s+)?(?:ενημέρωση|ενημερωση|ενημερώθηκε|ενημερωθηκε)"
    # (Polish, Czech, Slovak, Hungarian: "Opublikowano: 3.12.2026, 14:30 · Aktualizacja:
    # 3.12.2026, 16:05" — an agency-monitoring analyst's walkthrough)
    r"|aktualizacja|zaktualizowano|aktualizováno|aktualizované|frissítve)"
    # (French papers put theirs after a comma: "Publié le 5 décembre 2026 à 07h12, mis à
    # jour à 18h40", "…, modifié le 6 décembre à 9h05": the day's versions were in no order;
    # and Spanish and Portuguese ones: "Publicado el 14 de marzo de 2026 a las 07:12,
    # actualizado a las 18:40" was read at 07:12 — a Spanish and Portuguese night desk's
    # walkthrough)
    r"|(?<=,)\s*(?P<comma>(?i:mis à jour|modifié"
    r"|actualizado|actualizada|atualizado|atualizada)))"
    r"(?:\s*(?i:on|at|:|le|à|il|el|em|a\s+las|a\s+la|às|as))?\s*(?P<stamp>[^·|•;]*)"
)


# A stamp line of publication, whose comma's "mis à jour" / "actualizado" is its update
_PUBLISHED = re.compile(r"\s*(?i:publié|publiée|mis en ligne|paru|publicado|publicada)\b")


def revision_stamps(text: str) -> list[str]:
    """The days and times (ISO, a day alone when no time is given) of the revision stamps
    on the header's date lines (``_REVISED``): a page's text updated after its publication
    is that update's, as a web page's is its modification time's, not its publication
    time's on a line that gives both ("Published March 14, 2026 7:30 a.m. · Updated March
    14, 2026 6:20 p.m.": a capture saved as text was dated 07:30, its story's base and its
    chain out of order). A stamp with a time alone ("· Updated 6:20 p.m.") is of its
    line's day."""
    found = []
    zones: dict[str, str] | None = None
    for line in header_lines(text):
        if len(line) > STAMP_MAX_CHARS:
            continue
        for stamp in _REVISED.finditer(line):
            if stamp["comma"] and not _PUBLISHED.match(line):
                continue  # ("Le texte, modifié le 16 mars par le Sénat, revient": a sentence)
            part = stamp["stamp"]
            span = line_date_span(part)
            if span is not None and span[0] > _STAMP_LEAD:
                continue  # ("Updated with the figures of March 15": no stamp)
            day = span[2] if span else line_date(line)
            if zones is None:  # ("IST" India's in an Indian text only, "BST" Bangladesh's)
                zones = _zones_of(text)
            clock = _clock(part, span[1], span[0], zones) if span else _clock(part, 0, zones=zones)
            if day:
                found.append(f"{day}T{clock}" if clock else day)
    return found


_STAMP_LEAD = 12  # characters a revision's date may stand after its label ("Saturday, ")


def _revised_day(text: str, day: str) -> str:
    """The day of the header's latest revision stamp after ``day`` (``revision_stamps``: a page
    published on the 14th and updated on the 15th is of the 15th, as a web page's
    modification time dates it), else ``day``."""
    later = [revised[:10] for revised in revision_stamps(text) if revised[:10] > day]
    return max(later, default=day)


def _captured(doc: Document) -> str:
    """The time a stamp in the file's name gives (``Document.captured``), "" when it gives
    none (a day alone) or names a file of several articles (its export's time)."""
    if doc.item:
        return ""
    folders = date_from_folders(str(doc.file.parent))
    named = date_from_file_name(doc.file.name, near=folders)
    return named if len(named) > 10 else ""
