"""Names a pair's replaced words change: "Alexiou → Andreou", "Yevgenia → Evgenia (×13)".

A wire's corrected take is about a name ("Corrects name of minister in paragraph 3"), and a
translator's new spelling of a heroine, made throughout, is one decision: the first was
said nowhere ("an edited version … figures changed: 27 → 31", a wire desk's probe), the
second was 11 of 18 changes to read, each alone (a translation editor's walkthrough). A
name changed is a replacement of one to three words a side, each a name — capitalized, or
in capitals, no digit, not a function word, and never written in small letters in its
text (a sentence's first word, "Yesterday" → "Today", is no name), and at a sentence's
opening written capitalized inside one too ("See → Behold", "Take → Seize": a verse's
first words, in two Bible translations) — in a sentence mostly kept, or framed by kept
words, as a figure is (``quoting``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from difflib import SequenceMatcher

from wirediff.core.quoting import ARROW, Figures, figure_frame, more_of
from wirediff.core.result import Comparison, OpKind, RowKind, Span
from wirediff.core.wiremarkers import WIRE_MARKERS

NAME_WORDS_MAX = 3  # words a side of a name replaced
_EDGES = "\"'“”‘’«»„()[],.;:!?"
_WORD = re.compile(r"\w+")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d]*(?:[-'’.][^\W\d]+)*\.?")  # "O'Brien", "Jean-Luc", "St."
# Words a sentence may open with, in capitals there and no names (their small-letter form
# may not occur in a short text): "She" → "He", "The" → "A".
_FUNCTION = frozenset(
    """a an the he she it they we i you his her its their our my your this that these those
    there then but and or so yet in on at as if when while after before also however
    он она оно они мы я вы его ее её их это этот эта эти тот та те но и а в на""".split()
)


# Days and months: a date corrected ("Sunday → Saturday"), which the figures say, not a name
_CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    may june july august september october november december jan feb mar apr jun jul aug
    sep sept oct nov dec montag dienstag mittwoch donnerstag freitag samstag sonntag januar
    februar märz mai juni juli oktober dezember""".split()
)


def name_changes(comparison: Comparison) -> list[Figures]:
    """The names the pair's replaced words change, ``(old, new)`` in reading order (see
    the module); a moved paragraph's too, read at its left place. A replacement is read
    word by word (``_word_pairs``): one that ran over a word kept ("Smith said 12" →
    "Smyth said 14", a short matched run shown inside it) or over punctuation (a
    comparison ignoring it: "Evry :") still says its name."""
    texts = (comparison.left_text, comparison.right_text)
    known: dict[str, frozenset[str]] = {}  # (read once, when a replacement could be a name)

    def small() -> frozenset[str]:
        if "small" not in known:
            known["small"] = _small_words(texts[0]) | _small_words(texts[1])
        return known["small"]

    nouns: list[bool] = []  # (whether the left text capitalizes its nouns, once asked)

    def within(side: int) -> frozenset[str]:
        if str(side) not in known:
            known[str(side)] = _named_within(texts[side])
        return known[str(side)]

    found: list[Figures] = []
    for row in comparison.rows:
        both = row.right is not None or row.kind is RowKind.MOVED
        if row.left is None or not both:
            continue
        for at, op in enumerate(row.ops):
            if op.kind is not OpKind.REPLACE or not all(
                _has_capital(text, span)
                for text, span in zip(texts, (op.left, op.right), strict=True)
            ):
                continue
            for old, new in _word_pairs(texts, op.left, op.right):
                said = " ".join(w for w, _ in old), " ".join(w for w, _ in new)
                if _same_name(*said) or not all(map(_shaped, said)):
                    continue
                if not (_a_name(said[0], small()) and _a_name(said[1], small())):
                    continue
                if not nouns:
                    nouns.append(_capitalizes_nouns(texts[0]))
                if nouns[0]:
                    continue
                weak = [
                    _weak_place(texts[side], words[0][1]) and words[0][0] not in within(side)
                    for side, words in enumerate((old, new))
                ]
                if all(weak) or (any(weak) and not _a_known_name(old, new, within)):
                    continue  # ("See → Behold": a verse's first word; a headline's)
                if _in_headline(texts, old, new) and not _both_known(old, new, within):
                    continue
                if figure_frame(comparison, row.index, at):
                    found.append(said)
    return found


def _a_known_name(
    old: list[tuple[str, int]],
    new: list[tuple[str, int]],
    within: Callable[[int], frozenset[str]],
) -> bool:
    """Whether one side's first word is written capitalized inside a sentence of its text
    (a name there): a surname corrected only where it opens a sentence, "Galloway said" →
    "Andreou said", was no name changed — the new name stood nowhere else (a data
    journalist's probe: 4 of 11 copies with a name changed said none)."""
    return old[0][0] in within(0) or new[0][0] in within(1)


def _in_headline(
    texts: tuple[str, str], old: list[tuple[str, int]], new: list[tuple[str, int]]
) -> bool:
    """Whether a side's words stand in a title-case headline (``_capitals_line``)."""
    return any(
        _capitals_line(text, words[0][1]) for text, words in zip(texts, (old, new), strict=True)
    )


def _both_known(
    old: list[tuple[str, int]],
    new: list[tuple[str, int]],
    within: Callable[[int], frozenset[str]],
) -> bool:
    """Whether both sides' first words are names inside their texts' sentences: a title-case
    headline's "Le Pen Protest → Le Pen Rally" was a name changed, "Rally" a word of
    "National Rally" in the text (a standards editor's walkthrough); a name corrected in a
    headline is corrected in the story under it too."""
    return old[0][0] in within(0) and new[0][0] in within(1)


_PAIRED_WORDS_MAX = 40  # words a side of a replacement read word by word


def _has_capital(text: str, span: Span) -> bool:
    return any(c.isupper() for c in text[span.start : span.end])


def _word_pairs(
    texts: tuple[str, str], left: Span, right: Span
) -> list[tuple[list[tuple[str, int]], list[tuple[str, int]]]]:
    """The runs of words a replacement changes, each side's words (without the marks
    around them) with where they start: the replacement's own two sides, or, of sides of
    many words, the runs the words that stay the same part."""
    sides = [
        [
            (_ELIDED.sub("", m[0].strip(_EDGES)), m.start())
            for m in _TOKEN.finditer(text, span.start, span.end)
        ]
        for text, span in zip(texts, (left, right), strict=True)
    ]
    sides = [[(w, at) for w, at in side if w] for side in sides]
    if not sides[0] or not sides[1] or max(map(len, sides)) > _PAIRED_WORDS_MAX:
        return [(sides[0], sides[1])] if sides[0] and sides[1] else []
    keys = [[w.casefold() for w, _ in side] for side in sides]
    matcher = SequenceMatcher(None, keys[0], keys[1], autojunk=False)
    return [
        (sides[0][a0:a1], sides[1][b0:b1])
        for tag, a0, a1, b0, b1 in matcher.get_opcodes()
        if tag == "replace"
    ]


_TOKEN = re.compile(r"\S+")
# A French or Italian article or preposition elided before a name ("d'Édouard", "l'Insee",
# "dell'Orto"): the name is the rest ("d'Edouard Philipe → d'Édouard Philippe" said no
# name, "d'Edouard" opening in small letters: a French desk's walkthrough)
_ELIDED = re.compile(r"^(?:[dljnsctm]|qu|jusqu|lorsqu|puisqu|dell|nell|sull|all)['’](?=[^\W\d_])")
# (in small letters only: "D'Angelo", "D'Souza" are names whole, a review)


def names_said(found: Sequence[Figures], limit: int | None = 3, separator: str = ", ") -> str:
    """``name_changes`` as a summary says them: one change made at several places said once,
    with how many times ("Yevgenia → Evgenia (×13), Alexiou → Andreou"), at most ``limit``
    (None: all), "" when none."""
    counted = Counter(_one_form(found))  # (the most made first: a name respelled 13 times
    said = [  # was "and 1 more" after three made once, in a review)
        f"{old}{ARROW}{new}" + (f" (×{n})" if n > 1 else "")
        for (old, new), n in sorted(counted.items(), key=lambda item: -item[1])[:limit]
    ]
    return f"{separator.join(said)}{more_of(len(counted), len(said))}" if said else ""


def _one_form(found: Sequence[Figures]) -> list[Figures]:
    """``found`` with a Cyrillic name's case forms said as one, its shortest (the
    nominative): "Жумабеков → Жумабаев (×2), Жумабековым → Жумабаевым, Жумабекову →
    Жумабаеву and 1 more" was one correction, three times, and hid a second person's (a
    walkthrough); and so a name with a suffix after an apostrophe (Turkish "Turan'ın",
    "Turan'a"; "Smith's"): "Turan → Duran, Turan'ın → Duran'ın" was one governor's name
    corrected, said twice (a Turkish web desk's walkthrough)."""
    groups: list[list[Figures]] = []
    for pair in found:
        group = next(
            (g for g in groups if _declined(g[0][0], pair[0]) and _declined(g[0][1], pair[1])), None
        )
        if group is None:
            groups.append([pair])
        else:
            group.append(pair)
    said = {pair: min(group, key=lambda p: len(p[0])) for group in groups for pair in group}
    return [said[pair] for pair in found]


def _declined(a: str, b: str) -> bool:
    """Whether two names are one declined, word by word: the same, or Cyrillic words one
    stem apart by their endings (the last two letters of the shorter, three at most
    added): "Жумабеков", "Жумабековым", "Жумабекову"."""
    words_a, words_b = a.split(), b.split()
    if len(words_a) != len(words_b):
        return False
    return all(
        x == y or _one_stem(x, y, 4, 3) or _unsuffixed(x) == _unsuffixed(y)
        for x, y in zip(words_a, words_b, strict=True)
    )


# A name and a suffix after an apostrophe, in small letters: Turkish writes a proper name's
# case endings so ("Turan'ın", "İstanbul'da", "Erdoğan'a"), English its possessive. Not
# "O'Brien", "D'Angelo": their part after the apostrophe is capitalized, before it one letter.
_SUFFIXED = re.compile(r"([^\W\d_]{2,})['’]([^\W\d_]{1,6})")


def _unsuffixed(word: str) -> str:
    """``word`` without a suffix after an apostrophe ("Turan'ın": "Turan")."""
    found = _SUFFIXED.fullmatch(word)
    return found[1] if found and found[2].islower() else word


_NOUNS_SHARE = 0.2  # capitalized words inside sentences, of all: German's nouns
_SAMPLE_CHARS = 20_000


def _capitalizes_nouns(text: str) -> bool:
    """Whether ``text`` writes its nouns capitalized (German): more than ``_NOUNS_SHARE`` of
    its words capitalized besides a sentence's first — "Polizei → Feuerwehr", "Menschen →
    Personen" were names changed (a review); English news, names and all, writes about a
    tenth so."""
    sample = text[:_SAMPLE_CHARS]
    words = _LETTERS.findall(sample)
    if len(words) < 40:
        return False
    capitals = sum(w[0].isupper() for w in words)
    openings = len(re.findall(r"[.!?…]\s|\n", sample)) + 1
    if capitals - openings <= _NOUNS_SHARE * len(words):
        return False
    # ... and German by its small words: a short English report of names (a governor, a
    # minister, their places) had as many capitals, and its governor's name corrected
    # throughout was said nowhere (a walkthrough)
    german = sum(w in _GERMAN_WORDS for w in words)
    return german >= _GERMAN_SHARE * len(words)


_GERMAN_WORDS = frozenset(
    "der und das ist nicht mit von den dem des ein eine einen einer im auf für sich auch "
    "wird wurde sind zum zur bei nach über".split()
)
_GERMAN_SHARE = 0.04  # one word in 25 at least (German news: a tenth or more; English none)


def _same_name(old: str, new: str) -> bool:
    """Whether two spellings are one name written otherwise, not another: case or marks
    aside ("U.S." → "US", "Jean-Luc" → "Jean Luc"), with or without a possessive
    ("Alexiou's" → "Alexiou"), shortened to its initials ("Los Angeles" → "LA"), or a
    Cyrillic name declined ("Москву" →
    "Москве": its ending, the last two letters at most) — each listed by a review."""
    a, b = (_POSSESSIVE.sub("", w) for w in (old, new))
    if _initials_of(a, b) or _initials_of(b, a):
        return True
    a, b = (re.sub(r"[\W_]+", "", w).casefold() for w in (a, b))
    if a == b:
        return True
    return _one_stem(a, b, 3, 1)


def _initials_of(short: str, long: str) -> bool:
    """Whether ``short``, in capitals, is the initials of ``long``'s words ("LA", "U.N." of
    "Los Angeles", "United Nations": one place shortened, a standards editor's walkthrough)."""
    letters = re.sub(r"[\W_]+", "", short)
    words = long.split()
    return (
        len(words) >= 2
        and letters.isupper()
        and letters.casefold() == "".join(w[0] for w in words).casefold()
    )


_POSSESSIVE = re.compile(r"['’]s?\b")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _one_stem(a: str, b: str, stem_min: int, added_max: int) -> bool:
    """Whether two Cyrillic words are one stem with other endings: all but the shorter's last
    two letters the same (``stem_min`` of them at least), ``added_max`` letters longer at
    most ("Москву", "Москве"; "Жумабеков", "Жумабековым")."""
    stem = min(len(a), len(b)) - 2
    return (
        bool(_CYRILLIC.search(a) and _CYRILLIC.search(b))
        and stem >= stem_min
        and a[:stem] == b[:stem]
        and abs(len(a) - len(b)) <= added_max
    )


def _shaped(words: str) -> bool:
    """Whether ``words`` could be a name's, by their shape alone (before the text's words
    are read): one to ``NAME_WORDS_MAX`` words, each capitalized."""
    parts = words.split()
    return 0 < len(parts) <= NAME_WORDS_MAX and all(p[:1].isupper() for p in parts)


def _a_name(words: str, small: frozenset[str]) -> bool:
    """Whether ``words`` are one to ``NAME_WORDS_MAX`` words of a name (see the module)."""
    parts = words.split()
    if not 0 < len(parts) <= NAME_WORDS_MAX:
        return False
    for part in parts:
        word = part.strip(_EDGES)
        if not _NAME_WORD.fullmatch(word) or not word[0].isupper():
            return False
        key = word.casefold()
        if key in _FUNCTION or key in _CALENDAR or key in small or _marked(word):
            return False
    return True


def _marked(word: str) -> bool:
    """Whether ``word`` holds a wire's marker in capitals ("CORRECTED-WRITETHRU-Greek")."""
    return any(p.isupper() and p.casefold() in WIRE_MARKERS for p in word.split("-"))


# What a sentence's first word may follow (and spaces): a stop, a quote, a line's start, a
# dateline's or a list's dash or bullet ("(Reuters) - Officials said", "• Police…": a review)
_OPENERS = '.!?…:;\n"“”‘’«»„([-–—•·*)'
# ... but not the point of an initial or a title ("J. Smith", "Mr. Smith", "И. Петров")
_NOT_A_STOP = re.compile(
    r"(?:\b[A-ZÀ-ÝА-ЯЁ]|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Prof|St|Mt|Jr|Sr|Rev))\.$"
)


def _weak_place(text: str, at: int) -> bool:
    """Whether a word at ``at`` is capitalized by its place, not as a name: it opens a
    sentence (``_opens_sentence``), or stands in a line whose words are all capitalized
    ("Council Backs Plan", a headline; "POLICE SAY WAREHOUSE FIRE", telex)."""
    return _opens_sentence(text, at) or _capitals_line(text, at)


def _capitals_line(text: str, at: int) -> bool:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return _all_capitals(text[start : end if end >= 0 else len(text)])


def _all_capitals(line: str) -> bool:
    """Whether every word of ``line`` (three at least) is capitalized, its small function
    words aside: a headline in title case, a line of telex."""
    count = 0
    for m in _LETTERS.finditer(line):  # (stops at the first word in small letters: a long
        word = m[0]  # line of prose is read to its second word, not to its end — a review)
        if not (word[0].isupper() or word.casefold() in _FUNCTION):
            return False
        count += 1
    return count >= 3


_LETTERS = re.compile(r"[^\W\d_]+")


# A note's mark after a sentence's stop ("crossing.[1] Two people"), and markup closing
# there: an element ("<ref …>…</ref>", "<sup>1</sup>") or one closed in itself ("<ref … />")
_NOTE_MARK = re.compile(r"\[(?:\d{1,3}|[a-z]|note \d{1,3})\][ \t]*$")
_CLOSING_TAG = re.compile(r"</([A-Za-z][\w-]{0,15})[ \t]*>[ \t]*$")
_CLOSED_TAG = re.compile(r"<[A-Za-z][\w-]{0,15}(?:[ \t][^<>]{0,300})?/>[ \t]*$")
_MARKUP_LOOKBACK = 4000  # characters an element's opening tag is looked for before its end


def _past_marks(text: str, at: int) -> int:
    """Where the note marks and the markup just before ``at`` begin (``at`` if none): a
    sentence that follows a reference, "crossing.<ref>{{cite …}}</ref> Two people" or
    "crossing.[1] Two people", opens as it does after "crossing." (a Wikipedia editor's
    walkthrough: "names changed: Two → Three")."""
    for _ in range(8):  # (a few marks in a row: "[1][2]")
        before = text[max(0, at - 400) : at]
        if not before.rstrip(" \t").endswith(("]", ">")):
            return at
        found = _NOTE_MARK.search(before) or _CLOSED_TAG.search(before)
        if found:
            at -= len(before) - found.start()
            continue
        closing = _CLOSING_TAG.search(before)
        if closing is None:
            return at
        end = at - (len(before) - closing.start())
        opening = re.compile(rf"<{re.escape(closing[1])}(?:[ \t][^<>]*)?>", re.IGNORECASE)
        opened = [m.start() for m in opening.finditer(text, max(0, end - _MARKUP_LOOKBACK), end)]
        at = opened[-1] if opened else end
    return at


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` (or after the quote marks there) opens a sentence or
    the text; note marks and markup between it and the stop before aside (``_past_marks``)."""
    while at < len(text) and text[at] in _EDGES:
        at += 1
    at = _past_marks(text, at)
    before = text[max(0, at - 8) : at].rstrip(" \t")
    if before.endswith(".") and _NOT_A_STOP.search(before):
        return False
    return not before or before[-1] in _OPENERS


def _named_within(text: str) -> frozenset[str]:
    """The words ``text`` writes capitalized inside a sentence (names, there)."""
    found: set[str] = set()
    for line in text.split("\n"):
        if not _all_capitals(line):
            for m in _CAPITALIZED.finditer(line):
                if m[0][0].isupper() and not _opens_sentence(line, m.start()):
                    word = m[0].strip(_EDGES)
                    found.update((word, _POSSESSIVE.sub("", word)))  # ("Mr Galloway's team")
    return frozenset(found)


_CAPITALIZED = re.compile(r"(?<!\w)[^\W\d_][\w'’-]*")


def _small_words(text: str) -> frozenset[str]:
    """The words ``text`` writes in small letters somewhere (no name of it)."""
    return frozenset(w for w in _WORD.findall(text) if w[0].islower())
