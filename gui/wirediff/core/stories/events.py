"""Events: stories that report the same news independently (shared names, numbers, words).

Each story is described by the terms of its base: capitalized words (names, places,
acronyms), numbers, and content words (not in a small stop list, four letters or more).
Terms are weighted by TF-IDF over the folder's stories, names and numbers more than plain
words, and the heaviest are kept; two stories belong to one event when the cosine of their
vectors is high enough. Candidate pairs come from an inverted index of terms.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import lru_cache
from itertools import combinations, compress, islice, pairwise
from operator import mul

from wirediff.core.scripts import SAMPLE, language
from wirediff.core.stories.candidates import pair_key
from wirediff.core.stories.cluster import cluster
from wirediff.core.stories.features import fold_typography, words_of
from wirediff.core.stories.options import StoryOptions
from wirediff.core.tokens import ARABIC_LETTERS, fold_decimal
from wirediff.core.wiremarkers import WIRE_MARKERS

_DIGIT = re.compile(r"\d")
Vector = dict[str, float]
Terms = tuple[Counter[str], set[str]]  # a story's term counts, and which are names or numbers

STOP = frozenset(
    """a about above after again against all also although am among an and another any are
    around as at be because been before being below between both but by can could did do does
    doing down during each even ever every few for from further had has have having he her here
    hers him his how however i if in into is it its itself just last least less like made make
    many may me more most much must my near new next no nor not now of off on once one only or
    other our ours out over own per said same says say she should since so some such than that
    the their theirs them then there these they this those though through to too told under
    until up upon us very via was we well were what when where whether which while who whom
    whose why will with within without would yet you your also according added adding called
    including later told week weeks year years month months day days time times two three four
    five first second people mr mrs ms am pm""".split()
    # Russian: function words (a sentence's first, capitalised, is no name: "В Новосибирске")
    # and a news report's own words
    + """а без более бы был была были было быть в вам вас во вот все всего всех вы где да даже
    для до его ее её если есть еще ещё же за здесь и из или им их к как когда кто ли либо между
    мы на над не него нее неё нет ни них но о об однако он она они оно от по под после при про
    с со так также там то тогда того тоже только том тот у уже чем что чтобы эта эти это этого
    этой этом этот эту я который которая которое которые которых которого которой которым
    сообщил сообщила сообщили сообщает заявил заявила заявили отметил отметила сказал сказала
    году года годом лет время один одна два две три может будет будут""".split()
    # Ukrainian's (a sentence's first, capitalised: "Це", "Також", "Після")
    + """і й та що це як із зі від після але або чи ні також вже ще її їх він вона вони воно
    який яка яке які якого якої яких цей ця ці цього цієї був була було були бути буде
    будуть тому коли тут лише тільки через між під році року роки років час сьогодні вчора
    заявив заявила заявили повідомив повідомила повідомили сказав сказала зазначив
    зазначила наразі внаслідок""".split()
    # Turkish's and Azerbaijani's (a sentence's first, capitalised: "Bu", "Ancak")
    + """bu bir ve ile için ama ancak ayrıca daha gibi olarak olan oldu olduğu sonra önce
    kadar göre dedi açıkladı belirtti söyledi tarafından şu her çok ise veya hem değil
    bugün dün yılı yıl həm və üçün ilə olan""".split()
    # Italian, Spanish, Portuguese, French and German: function words, which a sentence's
    # first, capitalized, made names ("Non", "La", "Secondo"), and a report's own words (an
    # Italian desk's three agencies' reports of one earthquake were three events) — not
    # those that are English words or names too ("state", "war", "come", "plus"; "Han",
    # "Ma", "Ai", "Un", "Ed", "Des Moines", "Como": a review)
    + """il lo la le gli una uno di da del della dello dei degli delle nel nella nei
    nelle sul sulla sui sulle dal dalla dai dalle alla alle con per tra fra che non
    è e o anche più sono stato stata stati essere ha hanno questo questa
    quello quella dopo secondo oltre ancora già tutti tutte sia mentre quando
    detto spiegato ha aggiunto ore oggi ieri
    el los las unos unas del con por para que se su sus es fue ha pero
    más este esta esto entre sobre según tras desde hasta también dijo afirmó hoy ayer
    en ya aunque además luego cuando donde mientras informó señaló explicó indicó aseguró
    añadió agregó precisó detalló declaró
    os as um uma dos das do da no na nos nas ao aos em com por para que se seu sua é são
    foi mais mas este esta também segundo disse hoje ontem
    já sem pelo pela ainda além após depois quando onde enquanto porém isso informou
    afirmou explicou declarou acrescentou
    les une du au aux avec pour par dans sur sous que qui ne pas est sont été
    comme mais cette ces selon après avant aussi déjà très fait dit aujourd hier
    der die das den dem ein eine einen einem einer und oder aber mit von vom zum zur
    bei nach aus für über auf im ist sind wurde wurden hat haben nicht auch wie als
    noch nur schon sich sein seine ihre dieser diese dieses laut sagte heute gestern""".split()
)
# Endings of Russian (and Ukrainian) words as they decline, longest first: a term is its
# stem, so that "Новосибирске" is "Новосибирск" and "моста", "мосту" are "мост" (each form
# was a term of its own, and two reports of one bridge looked unrelated). Not "ов", "ев":
# "Травников" and "Травникова" are one name.
_CYRILLIC_ENDINGS = tuple(
    sorted(
        """ами ями ого его ому ему ыми ими ая яя ое ее ую юю ые ие ых их ым им ой ей ом ем ам ям
        ах ях ою ию ья ье ьи ью а я о е у ю ы и ь й"""
        # Ukrainian's own ("Харкові", "Києві", "областей", "регіонів", "нової"): a
        # Ukrainian paper's report of a strike shared no declined name with the agency's
        # (a Ukraine desk's walkthrough)
        """ ів їв ій ий ої єю ям і ї є""".split(),
        key=len,
        reverse=True,
    )
)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
# Hebrew writes its one-letter words onto the next: "and", "the", "in", "to", "as", "from",
# "that" (ו ה ב ל כ מ ש). "בתקציב", "התקציב", "תקציב" were three terms, and Zman Israel's
# own report of the Knesset's budget vote shared one of its 40 heaviest terms with the
# vote's story, "2027" (a candidate pair shares two; their cosine was 0.16, now 0.24): an
# event of its own (a Hebrew and Persian night desk's walkthrough). A term is the word with
# its leading prefix letters cut while it is longer than four letters: the same term for
# every form ("ובתקציב" too), without a dictionary. Cut as the language writes them: ו ב ה
# ל alone; מ, ש, כ, mostly a root's first letter, only as "from the" (מה), "that the",
# "that in", "that to" (שה, שב, של) and "when" (כש), four letters left after the pair —
# each cut alone, "בחירות" (elections) was "חירות" (freedom), "המדינה" (the state) "דינה"
# (Dina), "מלחמה" (war) "הלחמה"'s (welding) "לחמה", "שביתה" (a strike) "לביתה"'s (to her
# home) "ביתה" (a review). A few words of the news whose first letter, a prefix's, is the
# root's, and which would be another word without it, are kept whole (``_HEBREW_WHOLE``).
_HEBREW_PREFIXES = frozenset("ובהל")
_HEBREW_PAIRS = frozenset("מה שה שב של כש".split())
_HEBREW_WHOLE = frozenset(
    "בחירות בריאות לונדון".split()  # (not "חירות", freedom; "ריאות", lungs; "נדון", discussed)
)
_HEBREW = re.compile("[\u05d0-\u05ea]")
# Arabic writes its article and its one-letter "and", "with", "as", "so", "to" onto the next
# word too: "زلزال", "الزلزال", "والزلزال", "بالزلزال", "للزلزال" (li- and al-) were five terms,
# and Reuters' and AFP's Arabic reports of one earthquake, each naming it in other forms,
# stayed two events, "Unrelated texts" (an Arabic desk's walkthrough). A term is the word,
# its letter variants folded as the comparison folds them (ي ى ی, ك ک, ة ه ہ, أ إ آ ا: a
# paper's "الاول" is an agency's "الأول"), without those prefixes while three letters are
# left, and without an accusative's alef ("زلزالا") while four are. Cut, a root's first و
# goes too ("وزير", minister, is "زیر"), but in every form of the word alike ("الوزير" is
# cut to it as well). Arabic's alone: Persian and Urdu write "and" apart, and their "وال"
# opens words ("والدین", parents, is no "دین", religion).
_ARABIC_SCRIPT = re.compile("[\u0620-\u064a\u066e-\u06d3]")
_ARABIC_PREFIXES = tuple(
    p.translate(ARABIC_LETTERS) for p in "وبال وال بال فال كال لل ال و".split()
)


# Markers that are news's words too, in a text in capitals ("FLASH FLOODS", "POLICE KILL
# GUNMAN", "FLOOD ALERT"): a marker only run into the headline ("FLASH-Greek …").
_NEWS_WORDS = frozenset(
    "flash alert kill correction bulletin breaking exclusive withdrawn advisory repeat".split()
)


def _stem(key: str, clitics: bool = True, named: bool = False) -> str:
    """A Cyrillic word without its declension's ending (3 letters of stem at least), ё as
    е (as the comparison folds it); a Hebrew word without its prefix letters (4 letters
    left at least; not a Yiddish text's: ``clitics`` False); an Arabic-script word with its
    letter variants folded, and an Arabic one's without its article and prefix letters
    (``_arabic_stem``; not a Persian or Urdu text's: ``clitics`` False)."""
    if _ARABIC_SCRIPT.match(key):
        key = key.translate(ARABIC_LETTERS)
        return _arabic_stem(key) if clitics else key
    if _HEBREW.match(key):
        if not clitics:
            return key
        while len(key) > 4 and key not in _HEBREW_WHOLE:
            if key[0] in _HEBREW_PREFIXES:
                key = key[1:]
            elif key[:2] in _HEBREW_PAIRS and len(key) > 5:
                key = key[2:]
            else:
                break
        return key
    if not _CYRILLIC.match(key):
        return key
    key = key.replace("ё", "е")
    if named:  # (a name's "ів" is its closed syllable, "Харків"; a word's, its plural's)
        key = _UKRAINIAN_CLOSED.sub(_opened, key)
    for ending in _CYRILLIC_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            return key[: -len(ending)]
    return key


def _arabic_stem(key: str) -> str:
    """An Arabic word (letter variants folded) without its article and the one-letter words
    written onto it (``_ARABIC_PREFIXES``, three letters left at least) and without an
    accusative's alef (four left)."""
    cut = True
    while cut:
        cut = False
        for prefix in _ARABIC_PREFIXES:
            if key.startswith(prefix) and len(key) - len(prefix) >= 3:
                key, cut = key[len(prefix) :], True
                break
    return key[:-1] if key.endswith("ا") and len(key) > 4 else key


# Ukrainian writes і (ї) in a name's last syllable closed by a consonant where its other
# forms have о or е (є): "Харків", "Харкова"; "Київ", "Києва"; "Львів", "Львова" — one term
# each (a plain word's "ів" is mostly its plural's ending: "регіонів", "регіон")
_UKRAINIAN_CLOSED = re.compile(r"(і(?<=[^аеєиіїоуюяь]і)|ї)([бвгґджзклмнпрстфхцчшщ])$")


def _opened(found: re.Match[str]) -> str:
    return ("о" if found[1] == "і" else "є") + found[2]


def _clitics(text: str) -> bool:
    """Whether the prefix letters of ``text``'s Hebrew- or Arabic-script words are words of
    their own (``_stem``): Hebrew's are, Yiddish's are not ("מענטשן", people, was "ענטשן": a
    review); Arabic's are, Persian's and Urdu's are not."""
    if _HEBREW.search(text, 0, SAMPLE):
        return language(text) != "Yiddish"
    if _ARABIC_SCRIPT.search(text, 0, SAMPLE):
        # (a text with none of the letters that tell the three apart: a headline, Arabic's)
        return language(text) not in ("Persian", "Urdu")
    return True


def story_terms(text: str, spans: Sequence[tuple[int, int]]) -> tuple[Counter[str], set[str]]:
    """Term counts of the given spans of ``text``, and which terms are names or numbers."""
    counts: Counter[str] = Counter()
    entities: set[str] = set()
    joined = "\n".join(text[start:end] for start, end in spans)
    clitics = _clitics(text)
    for token, times in Counter(_with_cjk_pairs(words_of(fold_typography(joined)))).items():
        for key, entity in _terms_of(token, clitics):
            counts[key] += times
            if entity:
                entities.add(key)
    return counts, entities


def term_sequence(text: str) -> list[str]:
    """The terms of ``text`` in text order (as ``story_terms`` counts them)."""
    tokens = _with_cjk_pairs(words_of(fold_typography(text)))
    clitics = _clitics(text)
    return [key for token in tokens for key, _ in _terms_of(token, clitics)]


# Chinese and Japanese write words without spaces: each character is a word of the text
# (``words_of``), none a term (four letters at least) — a Japanese rewrite citing Kyodo was
# a story of its own, and Kyodo's and Jiji's reports of one snowstorm two events (an East
# Asian monitor's walkthrough). A run of Han characters or katakana gives its pairs of
# neighbours instead ("北海道" is "北海", "海道"), as their word-segmenters' bigrams do;
# hiragana (particles, endings) parts runs.
_HAN_OR_KATAKANA = re.compile(r"[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\u30a0-\u30ff]")
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]{2,}")
# Korean particles after a noun ("반도체가", "수출을"): the noun is the term
_PARTICLES = tuple(
    sorted(
        "에서 으로 에게 까지 부터 이 가 은 는 을 를 의 에 와 과 도 로 만".split(),
        key=len,
        reverse=True,
    )
)


def _with_cjk_pairs(tokens: list[str]) -> list[str]:
    """``tokens`` with each run of single Han or katakana characters as its pairs."""
    if all(t.isascii() for t in tokens):
        return tokens
    out: list[str] = []
    run: list[str] = []
    for token in [*tokens, ""]:
        if len(token) == 1 and _HAN_OR_KATAKANA.match(token):
            run.append(token)
            continue
        for piece in _cjk_agencies().split("".join(run)):
            out.extend(a + b for a, b in pairwise(piece))
        run = []
        if token:
            out.append(token)
    return out


def _cjk_term(word: str) -> str:
    """The term a Chinese or Japanese pair of characters, or a Korean word (its particle
    left out), is; "" when ``word`` is neither."""
    if len(word) == 2 and _HAN_OR_KATAKANA.match(word) and _HAN_OR_KATAKANA.match(word, 1):
        return word
    if _HANGUL_WORD.fullmatch(word):
        for particle in _PARTICLES:
            if word.endswith(particle) and len(word) - len(particle) >= 2:
                return word[: -len(particle)]
        return word
    return ""


@lru_cache(maxsize=1)
def _agency_words() -> tuple[frozenset[str], frozenset[str]]:
    """The one-word names of the news agencies: a credit is no event's term, every story
    of the agency holds it (an Italian desk's walkthrough: Adnkronos' and ANSA's reports of
    one earthquake were two events, "adnkronos" one's heaviest term). Those of five letters
    or more in small letters; shorter ones as written, initials that are words too ("app",
    "spa", "inn" are no agency's)."""
    from wirediff.core.reading.outlets import AGENCIES, OUTLETS

    names = [
        alias
        for name, aliases, _hosts in OUTLETS
        if name in AGENCIES
        for alias in (name, *aliases)
        if " " not in alias and alias.isalpha() and len(alias) > 2
    ]
    short = [a for a in names if len(a) <= 4 and a.isascii()]
    long_names = frozenset(a.casefold() for a in names if a not in short)
    return long_names, frozenset(a for a in short if a not in _ACRONYMS_TOO)


@lru_cache(maxsize=1)
def _cjk_agencies() -> re.Pattern[str]:
    """The Chinese and Japanese agencies' names (``_agency_words``), longest first: a run
    of characters is paired around them ("新华社北京" gives "北京", not "新华", "华社")."""
    names = sorted(
        (n for n in _agency_words()[0] if all(_HAN_OR_KATAKANA.match(c) for c in n)),
        key=len,
        reverse=True,
    )
    return re.compile("|".join(map(re.escape, names)))


# Agencies' initials that are other things' too: a region (MENA), a technology (AGI), a
# payments system (UPI), words in a text in capitals (APP, SPA, INN, UNI), a party (ANP), a
# province (NTB), an association (APA), speech-to-text (STT), a society (ISNA: of North
# America's Muslims)
_ACRONYMS_TOO = frozenset("MENA AGI UPI APP SPA INN UNI ANI ANP NTB APA STT ISNA".split())


@lru_cache(maxsize=1 << 18)
def _terms_of(token: str, clitics: bool = True) -> tuple[tuple[str, bool], ...]:
    """The terms a word counts as, each with whether it is a name or number (cached: news
    repeats its words, and this is the inner loop of describing every story)."""
    out = []
    for word in (token,) if token.isalpha() else _parts(token):
        key = _folded(word)
        if word.isupper() and key in WIRE_MARKERS and ("-" in token or key not in _NEWS_WORDS):
            continue  # ("URGENT-Greek …" opened two flashes of other news: one event)
        long_names, short_names = _agency_words()
        if key in long_names or word in short_names:
            continue  # ("adnkronos", the credit of each of its stories, was its heaviest term)
        cjk = _cjk_term(key) if not key.isascii() else ""
        if cjk and cjk not in _agency_words()[0]:  # ("연합뉴스에": Yonhap's, a credit)
            out.append((sys.intern(cjk), False))
        elif cjk:
            continue
        elif key.isalpha():
            # (a capital letter alone, "В" opening a sentence, is no name)
            named = word[0].isupper() and len(key) > 1
            if named and (key not in STOP or (word.isupper() and len(word) > 1)):
                term = sys.intern(_stem(key, clitics, named=True))  # one string object per term
                out.append((term, True))
            elif len(key) >= 4 and key not in STOP:
                out.append((sys.intern(_stem(key, clitics)), False))
        elif _DIGIT.search(word) and len(word) > 1:
            # (a decimal comma as a point: EFE's "6,75 %" is Notimex's "6.75 por ciento")
            out.append((sys.intern(fold_decimal(key)), True))
    return tuple(out)


# English's contractions after an apostrophe ("don't", "we've"): not a suffix on a name
_CONTRACTIONS = frozenset("s t ll ve re d m".split())
# French's and Italian's words elided before the next ("jusqu'à", "quest'anno",
# "nell'area"): the word after is the term, the elided one none (a review found "jusqu",
# "nell", "quest" as terms, a sentence's "Quest'anno" a name)
_ELIDED = frozenset(
    """l d j m n s t c qu jusqu lorsqu puisqu quelqu presqu quoiqu aujourd
    un dell nell all sull dall coll quest quell tutt senz com dov cos""".split()
)


def _apostrophed(token: str) -> str:
    """A word written with an apostrophe as the word its terms are of: a Turkish name's
    case ending cut ("Isparta'da", "ISPARTA'nın": Isparta), an elided article's too
    ("l'armée", "dell'Isparta", "O'Brien": armée, Isparta, Brien), a Ukrainian word's
    apostrophe left out ("п'ятеро", "об'єкт"). Each was no term at all, not being letters
    alone, and a Turkish agency's report of an earthquake shared no name with another's
    (a Turkish desk's walkthrough)."""
    if _CYRILLIC.search(token):
        return token.replace("'", "")
    before, _, after = token.partition("'")
    if "'" in after or not before or not after:
        return token
    if before.casefold() in _ELIDED or (len(before) == 1 and before.isupper()):
        return after  # ("l'armée", "dell'Isparta", "O'Brien")
    # a name's case ending ("Isparta'da"), not a word's contraction ("Don't")
    named = before[0].isupper() and len(before) > 1
    if named and after.islower() and after not in _CONTRACTIONS and len(after) <= 6:
        return before
    return token


def _folded(word: str) -> str:
    """``word`` case-folded, Turkish's dotted and dotless i as i: "İSPARTA" folded to
    "i̇sparta" (a combining dot: no letters alone, no term) and "DİYARBAKIR" did not meet
    "Diyarbakır" (a Turkish desk's walkthrough)."""
    if "İ" in word or "ı" in word or ("I" in word and not word.isascii()):
        return word.replace("İ", "i").casefold().replace("ı", "i")
    return word.casefold()


def _parts(token: str) -> list[str]:
    """A word as event terms: "U.S." is "US", "al-Kadhimi" is "Kadhimi", "Iraq's" is "Iraq"."""
    if token.endswith("'s"):
        token = token[:-2]
    elif "'" in token:
        token = _apostrophed(token)
        if token.isalpha():
            return [token]
    if "." in token and not any(c.isdigit() for c in token):
        token = token.replace(".", "")
    if "-" in token and not token[:1].isdigit():
        return [p for p in token.split("-") if len(p) > 2]
    return [token] if len(token) > 1 else []


def core_terms(
    base: tuple[Counter[str], set[str]], others: Sequence[tuple[Counter[str], set[str]]]
) -> tuple[Counter[str], set[str]]:
    """The base's terms also found in another version (its photo caption or an appended
    article is not what the story is about); all of them when that leaves too few."""
    if not others:
        return base
    seen = set().union(*(counts.keys() for counts, _ in others))
    kept = Counter({t: c for t, c in base[0].items() if t in seen})
    return (kept, base[1]) if len(kept) >= 10 else base


def weighed_vectors(pre: list[dict[str, float] | None], options: StoryOptions) -> list[Vector]:
    """Unit TF-IDF vectors of the heaviest ``event_terms`` terms of each story, heaviest
    first, from each story's ``weighed`` terms. Consumes ``pre`` (each entry is dropped once
    its vector is made, so the two never both hold every story)."""
    df: Counter[str] = Counter()
    for weights in pre:
        assert weights is not None
        df.update(weights.keys())
    vectors: list[Vector] = []
    for i, weights in enumerate(pre):
        assert weights is not None
        vectors.append(unit_vector(weights, df, len(pre), options))
        pre[i] = None
    return vectors


def weighed(terms: Terms, options: StoryOptions, shares: Iterable[str] = ()) -> dict[str, float]:
    """A story's terms weighed (log count, names and numbers more, a share of its
    ``shares``, ``shares_in``, most), the heaviest ``3 * event_terms`` (the first step of
    the vectors: needs nothing but the story)."""
    counts, entities = terms
    scored = {
        t: (1 + math.log(c)) * (options.entity_weight if t in entities else 1.0)
        for t, c in counts.items()
    }
    for t in shares:
        if t in scored:
            scored[t] *= options.share_weight / options.entity_weight
    top = sorted(scored.items(), key=lambda kv: (-kv[1], kv[0]))[: 3 * options.event_terms]
    return dict(top)


# A share a report gives: a figure and a percent sign or its words, "2,4 %", "12,5%",
# "6.75 por ciento", "3,5 por cento", "18 percent", "4 per cent"
_SHARE = re.compile(
    r"(?<![\d.,])(\d+(?:[.,]\d+)?)[ \t\u00a0\u202f]?"
    r"(?:%|(?i:por ciento|por cento|percent|per cent)\b)"
)


def shares_in(text: str, spans: Sequence[tuple[int, int]]) -> set[str]:
    """The terms of the shares given in the spans of ``text`` (``_SHARE``), as
    ``story_terms`` counts them ("12,5 %" is "12.5")."""
    return {
        fold_decimal(found[1])
        for start, end in spans
        for found in _SHARE.finditer(text, start, end)
        if len(found[1]) > 1
    }


def unit_vector(
    weights: dict[str, float], df: Mapping[str, int], stories: int, options: StoryOptions
) -> Vector:
    """A story's unit TF-IDF vector from its ``weighed`` terms, given in how many of the
    ``stories`` each term is weighed (``df``)."""
    idf = {t: w * (math.log((1 + stories) / (1 + df[t])) + 1) for t, w in weights.items()}
    top = sorted(idf.items(), key=lambda kv: (-kv[1], kv[0]))[: options.event_terms]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {t: w / norm for t, w in top}


def cosine(a: Vector, b: Vector) -> float:
    """Cosine of two unit vectors: the products of the shorter one's terms found in the
    other (iterated in C: this is the inner loop of grouping events), added exactly
    (``fsum``: the same to the last bit whichever is given first; added in one vector's
    order, a pair's cosine moved by a bit when the stories were numbered the other way)."""
    if len(a) > len(b):
        a, b = b, a
    inside = list(map(b.__contains__, a))
    found: Iterator[float] = map(b.__getitem__, compress(a, inside))
    return math.fsum(map(mul, compress(a.values(), inside), found))


def group_events(
    vectors: Sequence[Vector],
    options: StoryOptions,
    should_cancel: Callable[[], bool] | None = None,
    vectorized: bool = False,
    keys: Sequence[int] | None = None,
) -> list[int]:
    """An event label per story (the smallest story index of its event); ``vectorized``
    counts the candidate pairs with NumPy (the same pairs); ``keys``: each story's place in
    content order (``story_keys``; default: its number)."""
    edges = event_edges(vectors, options, vectorized, keys)
    if should_cancel is not None and should_cancel():
        return list(range(len(vectors)))
    return cluster_events(vectors, edges, options, keys)


def event_edges(
    vectors: Sequence[Vector],
    options: StoryOptions,
    vectorized: bool = False,
    keys: Sequence[int] | None = None,
) -> list[tuple[float, int, int]]:
    """The candidate pairs of stories whose cosine is at least ``event_min_cosine``, as
    ``(cosine, a, b)``, strongest first; equal cosines in content order (``keys``: each
    story's place in it, ``story_keys``; by story number, renaming a file reordered them)."""
    edges: list[tuple[float, int, int]] = []
    for (a, b), count in _candidate_pairs(vectors, options, vectorized):
        if count >= options.event_min_shared:
            score = cosine(vectors[a], vectors[b])
            if score >= options.event_min_cosine:
                edges.append((score, a, b))
    key = int if keys is None else keys.__getitem__
    edges.sort(key=lambda e: (-e[0], pair_key(key, e[1], e[2]), e[1], e[2]))
    return edges


def cluster_events(
    vectors: Sequence[Vector],
    edges: Sequence[tuple[float, int, int]],
    options: StoryOptions,
    keys: Sequence[int] | None = None,
) -> list[int]:
    """An event label per story from its ``event_edges`` (average-linkage guard over the
    stories of each group lowest in content order: ``keys``, each story's place in it)."""
    return cluster(
        len(vectors),
        edges,
        lambda x, y: cosine(vectors[x], vectors[y]),
        options.event_guard_min,
        options.guard_sample,
        None if keys is None else keys.__getitem__,
    )


def story_keys(members: Sequence[Sequence[int]], key: Callable[[int], int]) -> list[int]:
    """Each story's place in content order: the lowest ``key`` (``order.document_key``) of
    its documents (stories never share a document, so two share a key only when they hold
    the same text and metadata)."""
    return [min(map(key, docs)) for docs in members]


def _candidate_pairs(
    vectors: Sequence[Vector], options: StoryOptions, vectorized: bool
) -> Iterable[tuple[tuple[int, int], int]]:
    """Pairs of stories sharing index terms, with how many they share."""
    if vectorized:
        from wirediff.core.stories.vectorized import term_pairs

        index_terms, max_df = options.event_index_terms, options.event_max_df
        return term_pairs(vectors, index_terms, max_df, options.event_min_shared)
    postings: dict[str, list[int]] = {}
    for story, vector in enumerate(vectors):
        for term in islice(vector, options.event_index_terms):  # heaviest first
            postings.setdefault(term, []).append(story)
    shared: Counter[tuple[int, int]] = Counter()
    for stories in postings.values():
        if 1 < len(stories) <= options.event_max_df:
            shared.update(combinations(stories, 2))
    return shared.items()
