"""Where a text quotes: its quotation marks paired.

Quotation marks: straight double quotes, “…”, „…“ or „…”, «…» and »…«, ‹…›, ‘…’, ”…”,
「…」 and 『…』 (not straight single quotes, which are apostrophes too). A quote
carries on over paragraphs while unclosed, and a paragraph that opens with a mark inside
it reopens it ("…" at each paragraph's head, the style of a quote of several
paragraphs); when the marks of a text do not pair up that way, each paragraph is read on
its own, and a mark it leaves open quotes to its end if it opened it (a quote of several
paragraphs, cut after its first), else nothing. Speech a dash opens ("– Ingen ska …,
säger hon.") is a quote where asked (``quoted_spans(dashes=True)``, ``dash_quoted``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# What closes a quote each mark opens (a straight quote closes its own): German and Danish
# »…« as well as French «…», whichever comes first; British ‘…’ (its ’ no apostrophe
# between two letters, "don’t"); Swedish and Finnish ”…” (a probe and a review found each
# read as no quotation, or inside out)
CLOSERS = {
    '"': '"',
    "“": "”",
    "„": "“”",
    "«": "»",
    "»": "«",
    "‹": "›",
    "‘": "’",
    "”": "”",
    "「": "」",
    "『": "』",
}
MARKS = re.compile(r'["“”„«»‹›‘’「」『』]')


def quoted_spans(lines: Sequence[str], dashes: bool = False) -> list[list[tuple[int, int]]]:
    """The quoted spans of each of ``lines`` (the paragraphs of one text, in order):
    ``(start, end)`` character offsets within its line (see the module); with ``dashes``,
    speech a dash opens too (``dash_quoted``), the marks inside it part of it."""
    spans, paired = _read(lines, across=True)
    spans = spans if paired else _read(lines, across=False)[0]
    if not dashes:
        return spans
    out = []
    for marked, dashed in zip(spans, dash_quoted(lines), strict=True):
        if not dashed or any(start <= dashed[0][0] for start, _end in marked):
            out.append(marked)  # (none, or the dash is inside a quote carried on)
            continue
        outside = [s for s in marked if not any(a <= s[0] and s[1] <= b for a, b in dashed)]
        out.append(sorted(outside + dashed))
    return out


# A Hebrew letter: a straight double quote between two is gershayim, an abbreviation's mark
# (יו"ר, ח"כ, תשפ"ז), no quotation: a copy in ISO-8859-8, which has no ״, quoted
# "ר ועדת הכספים, ח" (a Hebrew desk's walkthrough) — but for a quote opened after a
# prefix (``gershayim``)
_HEBREW_LETTER = re.compile("[\u05d0-\u05ea]")
# One Hebrew letter (with its points) ending a word: the last of an abbreviation, which
# gershayim stands before (יו"ר, צה"ל, ש"ח, תשפ"ז)
_LAST_LETTER = re.compile(
    "[\u05d0-\u05ea][\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]*(?![\u05d0-\u05ea])"
)
# The one-letter words Hebrew writes against the next (and, the, that, in, as, to, from),
# a quote's opening mark too: ל"הארץ", אמר ש"…", וכש"…
_HEBREW_PREFIXES = re.compile("[\u05d5\u05d4\u05e9\u05d1\u05db\u05dc\u05de]{1,3}")


def gershayim(line: str, at: int) -> bool:
    """Whether the straight double mark at ``line[at]``, between two Hebrew letters, is
    gershayim, as a copy in ISO-8859-8 types it: before an abbreviation's last letter
    (יו"ר, ש"ח), or after letters that are no prefixes (ח"כים, דו"חות, מנכ"לית). After
    prefixes and before a word it opens a quote: ל"הארץ" (read as gershayim, its mark
    skipped, the closing one opened a quote and every quote after it in the paragraph was
    paired wrongly: review rv181)."""
    if not (at > 0 and _HEBREW_LETTER.match(line, at - 1) and _HEBREW_LETTER.match(line, at + 1)):
        return False
    if _LAST_LETTER.match(line, at + 1):
        return True
    start = at - 1  # (back to the word's start, or past the longest prefix: 3 letters)
    while start > max(0, at - 4) and _HEBREW_LETTER.match(line, start - 1):
        start -= 1
    return _HEBREW_PREFIXES.fullmatch(line, start, at) is None


# Speech a dash opens, as Swedish, Norwegian, Danish, Finnish, Russian and French copy
# write it: a paragraph opening "– ", "— " or "- ", to the dash that closes it (", —
# сказал он. — …", Russian) or to the words saying who spoke (", säger Anna Bergström till
# TT.", ", sier Lunde.", ", dit-il."). TT's "– Ingen ska behöva vänta i ett år" edited to
# "i ett helt år" was no quote changed, where the same edit inside ”…” was (a Nordic and
# Dutch desks' walkthrough).
_DASH_OPEN = re.compile(r"[ \t]*[-–—][ \t]+(?=\w)")
_SAYS = (
    "säger|sa|sade|berättar|skriver|menar|uppger|konstaterar|tillägger|fortsätter|sier|"
    "forteller|mener|legger|understreker|siger|sagde|fortæller|tilføjer|understreger|sanoo|"
    "sanoi|kertoo|kertoi|toteaa|totesi|zegt|zei|sagt|sagte|dit|déclare|explique|ajoute|"
    "affirme|estime|souligne|a-t-(?:il|elle)|a (?:dit|déclaré|expliqué|ajouté|affirmé)|dijo|"
    "dice|afirmó|explicó|añadió|сказал|сказала|говорит|заявил|заявила|отметил|отметила|"
    "добавил|добавила|пояснил|пояснила|сообщил|сообщила|подчеркнул|подчеркнула"
)
# what closes it: a dash after its last word's punctuation, or a comma (or "?", "!") and
# the verb saying who spoke
_DASH_CLOSE = re.compile(
    rf"(?:(,)|[.!?…])[ \t]+(?:[–—][ \t]+|(?=(?:{_SAYS})(?![\w-])))", re.IGNORECASE
)
_DASH_REOPEN = re.compile(r"[.!?…:][ \t]+[–—][ \t]+(?=\w)")
_SENTENCE_END = re.compile(r"[.!?…»”\"]\s*$")


def dash_quoted(lines: Sequence[str]) -> list[list[tuple[int, int]]]:
    """The spans of speech a dash opens in each of ``lines`` (see ``_DASH_OPEN``): from
    after the dash to its close, and on after a dash that opens it again ("— …, — сказал
    он. — …"). A paragraph that says nobody spoke is speech when another of its text does
    and it opens with an en or em dash and ends a sentence (a quote of several paragraphs);
    a list's "- item", a dash inside a sentence and a dateline's "OSLO (NTB) –" are none."""
    if _english(lines):  # (AP's "— an hour earlier…" lists read as speech: a review)
        return [[] for _ in lines]
    said: list[list[tuple[int, int]]] = []  # speech whose words say who spoke
    unsaid: list[list[tuple[int, int]]] = []  # speech if another paragraph's is
    for line in lines:
        opened = _DASH_OPEN.match(line)
        spans: list[tuple[int, int]] = []
        at = -1 if opened is None else opened.end()
        while at >= 0:
            close = _DASH_CLOSE.search(line, at)
            if close is None:
                spans.append((at, len(line.rstrip())))
                break
            spans.append((at, close.start() if close.group(1) else close.start() + 1))
            reopened = _DASH_REOPEN.search(line, close.end())
            at = -1 if reopened is None else reopened.end()
        closed = len(spans) > 1 or (bool(spans) and spans[0][1] < len(line.rstrip()))
        said.append(spans if closed else [])
        run_on = spans and not closed and line.lstrip()[:1] in "–—"
        unsaid.append(spans if run_on and _SENTENCE_END.search(line) else [])
    if not any(said):
        return said
    return [a or b for a, b in zip(said, unsaid, strict=True)]


_ENGLISH_SHARE = 0.08  # English small words of a text's words that say it is English
_ENGLISH_WORDS = frozenset(
    "the a an and of to in is was said that for on with at by from be it this are were will "
    "would has have not must should than".split()
)


def _english(lines: Sequence[str]) -> bool:
    """Whether ``lines`` are English, which writes no speech after a dash (one word in 12
    at least of its small words: English news writes one in four or so)."""
    words = "\n".join(lines)[:3000].casefold().split()  # (not ``dates``: off the compare path)
    english = sum(w.strip(".,;:!?\"'()“”‘’—–-") in _ENGLISH_WORDS for w in words)
    return english >= _ENGLISH_SHARE * max(1, len(words))


def _read(lines: Sequence[str], across: bool) -> tuple[list[list[tuple[int, int]]], bool]:
    """Quoted spans, a quote carried over paragraphs (``across``), and whether no mark is
    left open at the end; or (not ``across``) each paragraph alone, a mark it leaves open
    quoting nothing."""
    out: list[list[tuple[int, int]]] = []
    closer = opener = ""  # what closes the open quote, and what opened it ("" none open)
    for line in lines:
        spans: list[tuple[int, int]] = []
        at = 0
        carried = bool(closer)
        if closer:
            head = line.lstrip()
            if head[:1] == opener:
                at = len(line) - len(head) + 1  # (a paragraph reopening the quote)
        start = at if closer else -1
        for mark in MARKS.finditer(line, at):
            char, where = mark.group(), mark.start()
            if (
                char == "’"
                and line[where - 1 : where].isalpha()
                and line[where + 1 : where + 2].isalpha()
            ):
                continue  # (an apostrophe: "don’t")
            if char == '"' and gershayim(line, where):
                continue  # (gershayim typed as ", as ISO-8859-8 writes it: יו"ר, ש"ח)
            if closer and char in closer:
                spans.append((start, where))
                closer = opener = ""
                start, carried = -1, False
            elif closer and carried and char == opener and char not in closer:
                # (the mark that opened the quote again, inside a paragraph, while one is
                # carried over: that one was a stray mark, and the rest is read anew)
                return out, False
            elif not closer and char in CLOSERS:
                closer, opener, start = CLOSERS[char], char, mark.end()
        if closer:
            # (left open: to the paragraph's end when carried on, or opened at its head —
            # a quote of several paragraphs cut after its first —, else quoting nothing)
            if across or not line[: max(start - 1, 0)].strip():
                spans.append((start, len(line)))
            if not across:
                closer = opener = ""
        out.append(spans)
    return out, not closer
