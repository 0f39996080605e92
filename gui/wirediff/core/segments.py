"""Paragraphs and sentences: the units the alignment pairs up.

A paragraph is a non-blank line (news text puts one paragraph on a line; blank lines only
separate) — unless the text is hard-wrapped (short lines in blocks separated by blank lines,
as in e-mail or Project Gutenberg), where a paragraph is a block of lines.

Sentences end at ``.``, ``!``, ``?``, ``…`` and the stops of other scripts (Arabic, Urdu,
Devanagari and other Indic, Armenian, Ethiopic, CJK), optionally followed by closing quotes or
brackets, when what follows starts a new sentence: not after a known abbreviation ("Mr.",
"Jan. 6") or a single letter ("U.S.", "John F."), and not before a digit, nor before a
lower-case letter in a text that has capitals (a lower-cased text still has sentences).
A stop of a script other than Latin also ends a sentence with no space after it when a letter
of its script follows (``کردیا۔پولیس``: Urdu is often typed so). Numbers ("2.5 percent") never
split: the dot is inside the word token. A first "sentence" of a paragraph that is only one
or two words without lower-case letters (a dateline: ``LAHORE.``, ``لاہور ۔``, ``کیپ ٹاؤن۔``)
stays with the sentence it introduces.
"""

from __future__ import annotations

import bisect
import functools
import re
import zlib
from collections import Counter
from collections.abc import Sequence

from wirediff.core.numbering import ends_label
from wirediff.core.options import CompareOptions
from wirediff.core.record import NamedTuple
from wirediff.core.scripts import run_together
from wirediff.core.tokens import TokenArrays, compound_breaks, wrap_breaks

_DEFAULT = CompareOptions()

# Line breaks: \n, and the separators Unicode and old word processors use (\r is normalised
# by the readers, but the engine takes any string).
_PARAGRAPH = re.compile(r"[^\n\r\x0b\x0c\x85\u2028\u2029]+")
# A sentence stop (Latin, Arabic, Urdu, Indic, Armenian, Ethiopic), closing quotes or brackets
# (English, German „…“ and French « … » with its space inside), then white space before the
# next one.
_STOPS = ".!?…؟۔।॥։።፧"
_CLOSERS = r"(?:[ \u00a0\u202f]?[\"'”’“‘»)\]])*"
# Each pattern starts at the first stop of a run (the look-behind): tried from every stop of
# a run of 16,000 dots, a match failed 16,000 times along the run (quadratic: 5 s).
_SPACED_END = re.compile(rf"(?<![{_STOPS}])[{_STOPS}]+{_CLOSERS}[ \t\u00a0\u2009\u202f\n]+(?=\S)")
# The stops of a script other than Latin, directly followed by a letter of one of those
# scripts (Arabic and Urdu, Indic, Armenian, Ethiopic); and CJK stops, which need no space
# after them. Compiled when a text first holds such a stop, not at every start.
_GLUED_STOPS = "؟۔।॥։።፧"
_CJK_STOPS = "。！？"
# The stops that end a statement (question and exclamation marks aside): a line ending in
# one reads as a sentence of the body, not as a headline (``document.first_line_title``).
STATEMENT_STOPS = frozenset(_STOPS + _CJK_STOPS) - frozenset("!?؟፧！？")
# What may follow a sentence's stop: closing quotes and brackets.
CLOSING_MARKS = "\"'”’“‘»)]」』）"


# Greek's question mark: ";" (or U+037E, which NFC makes one) right after a Greek letter,
# and white space after it: "Πού θα βρεθούν τα χρήματα; Ο υπουργός απάντησε…" was one
# sentence, and a version that dropped four questions "kept 100% of its sentences" (a Greek
# desk's walkthrough). Greek writes its semicolon "·"; a ";" after any other letter (code,
# an English list) ends nothing.
_GREEK_QUESTION = re.compile(
    rf"(?<=[\u0386-\u03ce\u1f00-\u1ffc])[;\u037e]{_CLOSERS}[ \t\u00a0\u2009\u202f\n]+(?=\S)"
)


@functools.cache
def _glued_end() -> re.Pattern[str]:
    return re.compile(
        rf"(?<![{_GLUED_STOPS}])[{_GLUED_STOPS}]+{_CLOSERS}(?=[\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"
        r"\u0750-\u077f\u08a0-\u08ff\u0900-\u0dff\u0531-\u0587\u1200-\u137f])"
    )


@functools.cache
def _cjk_end() -> re.Pattern[str]:
    return re.compile(rf"(?<![{_CJK_STOPS}])[{_CJK_STOPS}]+[」』”’)）]*(?=\S)")


ABBREVIATIONS = frozenset(
    """mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres
    inc corp co ltd llc bros dept univ assn vs etc al approx est fig vol pp ed eds
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun
    mt ft ave blvd rd""".split()
)
# (Spanish's and Portuguese's titles, places and firms, before a name, never at a sentence's
# end: "La Sra. Martínez", "El Lic. Ramírez", "el Gral. Sandoval", "la Av. Insurgentes",
# "Cía. Minera", "Sta. María", "a Sra. Souza", and the months no English word spells, "7
# Dic." — each was cut after its dot, a Spanish/Portuguese desk's walkthrough)
ABBREVIATIONS |= frozenset(
    """sra sras sres srta dña lic licda licdo ing dra gral profa mtro mtra pdte pdta pte
    dip arq cnel tte excmo excma ilmo ud uds av avda cía cia sta sto ltda dpto depto edo
    ene abr dic fev""".split()
)
# Abbreviations that are words too, read so only where what they are written with says:
# English's "no." (number) before a number only, "No. 10", "nos. 3 and 4" (the Spanish
# sentence "…respondió que no. El partido lo respaldó." was never cut); Spanish's and
# Portuguese's months that are words ("ago", "may", "set", "out", "dez": ten) after a day's
# number only, "7 ago.", "12 set." ("two years ago. The …" ends its sentence)
_BEFORE_NUMBER = frozenset("no nos".split())
_AFTER_DAY = frozenset("ago may set out dez".split())
# Of those, the ones English writes as words at a sentence's end, read as Spanish's only as
# Spanish writes them: its titles and firms capitalised, "Dip. Pérez", "Ing. Torres", "Cia.
# Minera" (English's "the CIA.", "took a dip." ended no sentence), its month in small
# letters, "7 may." (British copy's "held on 7 May. The council…" was one sentence)
_CAPITALISED_ONLY = frozenset("cia dip ing".split())
_SMALL_ONLY = frozenset(["may"])
# (Greek's: "Δρ." doctor, "Καθ." professor, "κλπ."/"κτλ." etc., "δηλ." i.e., "βλ." see, "Αγ."
# saint, "υπ." minister, "οδ."/"λεωφ." street/avenue, "τηλ.", "αρ.": "Ο Δρ. Παπαδάκης" was
# cut after "Δρ.", a Greek desk's walkthrough; one letter, "κ. Παπαδάκης", "π.χ.", is one)
ABBREVIATIONS |= frozenset("δρ καθ κλπ κτλ δηλ βλ αγ υπ οδ λεωφ τηλ αρ".split())
# (German's, Danish's, Norwegian's, Swedish's and Finnish's that stand before what they
# qualify, never at a sentence's end: "Nr. 12", "ca. 500", "bzw." or, "vgl." cf., "sog."
# so-called, "inkl."/"exkl.", "evtl." possibly, "ggf." if need be, "zzgl." plus, "dvs."
# i.e., "pga." because of, "jf."/"jfr." cf., "mht." as to, Finnish "esim." e.g. and "ns."
# so-called: a German/Nordic desk's walkthrough; "Dr.", "Prof.", "St." are English's too)
ABBREVIATIONS |= frozenset(
    "nr ca bzw vgl sog inkl exkl evtl ggf zzgl dvs pga jf jfr mht esim ns".split()
)
# A count's magnitude or unit after its number, the sentence going on with what is counted:
# German "17,2 Mrd. Euro", "850 Mio. Euro", "12 Tsd. Besucher", "24 Std.", Swiss "12 Mill.
# Franken", Danish and Norwegian "2,5 mia. kroner", "mio.", "mill.", "mrd.", "kr.", "pct.",
# Swedish and Finnish "milj." ("…17,2 Mrd. Euro und 850 Mio. Euro…" was cut after each
# "Mrd." and "Mio.", and "figures changed" read "1,5 Mrd.␊Euro → 1,6 Mrd.␊Euro"). Written
# with a capital, the language capitalises its nouns (German): a capital after it is the
# noun counted, unless the word is one that opens sentences (``_opens_sentence``: "5 Mio.
# Die Regierung…"). In small letters (the Nordic languages, whose nouns are not
# capitalised), the counted noun is in small letters, and a capital starts a sentence.
_COUNTED = frozenset("mrd mio tsd std mill mia milj kr pct".split())
# German's abbreviations that close a list, which a sentence may end with: "Äpfel, Birnen
# usw. sind teurer", "… usw. Die Preise …" (``_opens_sentence`` tells them apart)
_CLOSING = frozenset("usw usf uvm".split())
# Month names after a day's ordinal dot, "1. Jänner", "5. Dezember", "5. december", Finnish
# "5. joulukuuta" (their stems and "kuu"): a date, no sentence's end ("Die Gebühren steigen
# mit 1. Jänner um 3,2 Prozent." was cut after "1.").
_MONTHS = frozenset(
    """januar jänner februar feber märz april mai juni juli august september oktober
    november dezember jan jän feb mär apr jun jul aug sep sept okt nov dez marts mars maj
    december desember""".split()
)
_FINNISH_MONTH = re.compile(
    r"(?:tammi|helmi|maalis|huhti|touko|kesä|heinä|elo|syys|loka|marras|joulu)kuu", re.I
)
_NUMBER_SPACE = " \u00a0\u202f\u2009"  # between a number and its unit


class Unit(NamedTuple):
    """A sentence: compared tokens ``[lo, hi)`` inside paragraph number ``para``."""

    para: int
    lo: int
    hi: int


_BLOCK = re.compile(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


def _lines(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every non-blank line."""
    return [m.span() for m in _PARAGRAPH.finditer(text) if not m.group().isspace()]


def paragraph_spans(text: str, options: CompareOptions = _DEFAULT) -> list[tuple[int, int]]:
    """``(start, end)`` of every paragraph: non-blank lines, or blocks if hard-wrapped."""
    lines = _lines(text)
    if len(lines) < max(1, options.wrap_min_lines):
        return lines
    widths = [b - a for a, b in lines]
    normal = [w for w in widths if w <= options.wrap_max_line]
    if not normal or len(widths) - len(normal) > options.wrap_long_share * len(widths):
        return lines
    longest = max(normal)
    blocks = [m.span() for m in _BLOCK.finditer(text)]
    # Hard-wrapped: blank lines separate blocks, most lines sit in blocks of several lines,
    # and the lines that do not end a block are nearly full (a list of short headlines, or
    # a poem, is not hard-wrapped prose).
    if len(blocks) < 2 or 2 * len(blocks) > len(lines):
        return lines
    line_starts = [a for a, _ in lines]
    inner: list[int] = []  # the lines that do not end their block (followed by another)
    for block_start, block_end in blocks:
        first = bisect.bisect_left(line_starts, block_start)
        last = bisect.bisect_left(line_starts, block_end)
        inner.extend(range(first, last - 1))
    full = sum(1 for i in inner if lines[i][1] - lines[i][0] >= 0.6 * longest)
    if 3 * full < 2 * len(inner) or 2 * _verse_lines(text, lines, inner) > len(inner):
        return lines
    return _tables_in_lines(text, blocks, lines)


_LINE_END_MARKS = frozenset(",;:.!?—–…" + "".join(CLOSING_MARKS))
_FIRST_WORD = re.compile(r"\s*(\S+)")


def _verse_lines(text: str, lines: list[tuple[int, int]], inner: Sequence[int]) -> int:
    """How many of the ``inner`` lines (each followed by another of its block) a poet
    broke, not a wrap: a wrap breaks a line where its next word would not fit (the wrap's
    width: the 90th percentile of the lines' widths — the longest line, a URL or a
    signature of 95 characters under prose wrapped at 72, made the prose verse), so the
    next line's first word would have fit on it with a tenth to spare; or it would have
    fit, or the line ends in a mark, and the next starts with a capital (verse). A poem in
    stanzas of lines of 25 to 54 characters was taken as hard-wrapped prose: each stanza
    run on as one paragraph, a line split or two lines joined no change (a literary
    scholar collating a poem's two versions)."""
    if not inner:
        return 0
    widths = sorted(lines[i][1] - lines[i][0] for i in inner)
    longest = widths[int(0.9 * (len(widths) - 1))]
    count = 0
    for i in inner:
        start, end = lines[i]
        word = _FIRST_WORD.match(text, lines[i + 1][0], lines[i + 1][1])
        if word is None:
            continue
        needs = end - start + 1 + len(word[1])
        marked = text[start:end].rstrip()[-1:] in _LINE_END_MARKS
        if needs <= 0.9 * longest or (word[1][:1].isupper() and (needs <= longest or marked)):
            count += 1
    return count


# A gap between a table's columns: two spaces or more after a character that does not end a
# sentence or a clause (prose typed with two spaces after a full stop is no table), or a tab;
# where the next column starts is the gap's end.
_COLUMN_GAP = re.compile(r"[^\s.!?:;,]( {2,}|\t+)(?=\S)")


def _tables_in_lines(
    text: str, blocks: list[tuple[int, int]], lines: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """``blocks`` with each block that is a table (most of its lines, two at least, set out
    in columns) cut in its lines: a row a paragraph, as the same table reads with its
    paragraphs a line each. A hard-wrapped bill's schedule against the bill unwrapped was
    one paragraph against eleven: seven unchanged rows deleted and inserted. A table's
    columns start at the same place on each row; justified prose, padded with spaces here
    and there, is no table (read as one, its paragraphs were cut in their lines)."""
    cut: list[tuple[int, int]] = []
    starts = [a for a, _ in lines]
    for start, end in blocks:
        inside = lines[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
        columns: Counter[int] = Counter()  # where a column starts: on how many lines
        for a, b in inside:
            columns.update({m.end() - a for m in _COLUMN_GAP.finditer(text, a, b)})
        if len(inside) >= 2 and columns and 2 * max(columns.values()) > len(inside):
            cut.extend(inside)
        else:
            cut.append((start, end))
    return cut


def cut_alike(
    a: str,
    ap: list[tuple[int, int]],
    b: str,
    bp: list[tuple[int, int]],
    options: CompareOptions = _DEFAULT,
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The paragraphs of two texts (``paragraph_spans``), cut alike: when one was taken as
    hard-wrapped (its blank-line blocks) and the other as lines, the other is cut in its
    blocks too, if it has about as many (half as many at least, twice at most) and its
    lines are a wrap's (as few longer than ``wrap_max_line`` as ``paragraph_spans``
    allows). A poem's witness whose lines were re-broken in one stanza (one long line) was
    cut in lines, the other in stanzas: a stanza of five lines (a word hyphenated at a
    line's end) held more sentences than a group pairs, and an unchanged line was shown
    deleted and inserted. When the other has no blank line at all (a witness printed without
    stanza breaks, prose wrapped with none between its paragraphs), the wrapped one is cut
    in its lines too: a stanza against its lines, an unchanged line was deleted and inserted,
    and the same prose so wrapped was 67% alike. Prose unwrapped, a paragraph a line, stays
    in lines: in sections of long lines (a blank line between sections: cut in sections,
    its paragraph breaks were joins)."""
    a_blocks, b_blocks = cut_in_blocks(a, ap), cut_in_blocks(b, bp)
    if a_blocks == b_blocks:
        return ap, bp
    (text, wrapped), (other, lines) = ((a, ap), (b, bp)) if a_blocks else ((b, bp), (a, ap))
    long = sum(1 for x, y in lines if y - x > options.wrap_max_line)
    if long > options.wrap_long_share * len(lines):
        return ap, bp
    blocks = [m.span() for m in _BLOCK.finditer(other)]
    if len(wrapped) <= 2 * len(blocks) <= 4 * len(wrapped):
        cut = _tables_in_lines(other, blocks, lines)
    elif len(blocks) == 1:  # no blank line at all: the wrapped text in its lines too
        wrapped, cut = _lines(text), lines
    else:
        return ap, bp
    return (wrapped, cut) if a_blocks else (cut, wrapped)


_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x85\u2028\u2029]")
ZERO_WIDTH_SPACE = "\u200b"


def hard_wrapped(text: str, options: CompareOptions = _DEFAULT) -> bool:
    """Whether ``paragraph_spans`` takes ``text`` as hard-wrapped (blocks of lines)."""
    return cut_in_blocks(text, paragraph_spans(text, options))


def reflowed(text: str, options: CompareOptions = _DEFAULT) -> str:
    """``text`` as a reader of its paragraphs wants it, the same length: of a hard-wrapped
    text (``paragraph_spans`` takes its blocks of lines as paragraphs), the line breaks
    inside a paragraph joined (``joined_lines``; a draft wrapped at 78 columns was shown
    ragged in a narrower pane, a word or two on every other line); any other text as it
    is."""
    spans = paragraph_spans(text, options)
    if not cut_in_blocks(text, spans):
        return text
    parts: list[str] = []
    done = 0
    for start, end in spans:
        if "\n" in text[start:end]:
            parts += [text[done:start], joined_lines(text[start:end])]
            done = end
    return "".join([*parts, text[done:]])


_LINE_END = re.compile(r"(.?)(?<!\n)\n(?!\n)(.?)")


# A word broken by the wrap, as shown: a word joiner (no break, nothing shown) and a soft
# hyphen, where a line may still break, a hyphen shown only there.
BROKEN_WORD = "\u2060\u00ad"


def joined_lines(text: str) -> str:
    """``text``, the same length, with each line break that ends no paragraph (no blank
    line beside it) as a wrapped line's end reads: a space; between letters of a script
    written without spaces (a Chinese text wrapped at 35 characters), a zero-width space,
    where a line may break and nothing shows (a space stood between two characters); a
    hyphen ending a line inside a word (``tokens.wrap_breaks``: "correc-", a line break,
    "tions") and the line break, as ``BROKEN_WORD``: the word reads whole, "corrections",
    and find finds it (it was "correc- tions"); a compound's hyphen the text writes
    elsewhere (``tokens.compound_breaks``) and a zero-width space: "to-day" as printed."""
    if "\n" not in text:
        return text
    breaks = wrap_breaks(text)
    if breaks:
        compounds = compound_breaks(text, breaks)  # (their hyphen shown: "to-day")
        parts, done = [], 0
        for at in breaks:
            shown = f"{text[at]}{ZERO_WIDTH_SPACE}" if at in compounds else BROKEN_WORD
            parts += [text[done:at], shown]
            done = at + 2
        text = "".join([*parts, text[done:]])
    return _LINE_END.sub(_joined, text)


def _joined(line_end: re.Match[str]) -> str:
    before, after = line_end[1], line_end[2]
    return f"{before}{ZERO_WIDTH_SPACE if run_together(before, after) else ' '}{after}"


def cut_in_blocks(text: str, paragraphs: list[tuple[int, int]]) -> bool:
    """Whether ``paragraph_spans`` took ``text`` as hard-wrapped: a paragraph holds a line
    break (a block of lines), not one line."""
    return any(_LINE_BREAK.search(text, a, b) for a, b in paragraphs)


_ENDS = frozenset(_STOPS + _CJK_STOPS + CLOSING_MARKS + ":")


def lines_run_on(
    text: str, paragraphs: list[tuple[int, int]], options: CompareOptions = _DEFAULT
) -> bool:
    """Whether most of ``text``'s paragraphs (more than three) are lines of a text
    hard-wrapped with no blank line between paragraphs, taken one by one: nearly full lines
    (at most ``wrap_max_line`` characters, and 0.6 of the longest such at least) that end
    inside a sentence. A list of links or headlines (short lines) is not, nor paragraphs of
    a script that writes no stop (long lines)."""
    widths = [b - a for a, b in paragraphs]
    short = [w for w in widths if w <= options.wrap_max_line]
    least = max(3, len(paragraphs) // 2)
    # (lines longer than a wrap's are paragraphs: a text with more than a few is no wrap,
    # whatever the short lines under it, a list of links, look like)
    if len(short) <= least or len(widths) - len(short) > options.wrap_long_share * len(widths):
        return False
    inner = [i for i in range(len(paragraphs) - 1) if widths[i] <= options.wrap_max_line]
    if 2 * _verse_lines(text, paragraphs, inner) >= len(paragraphs):
        return False  # a poem's lines, broken by its poet (a line joined is a change)
    full = 0.6 * max(short)
    inside = sum(
        1
        for (a, b), w in zip(paragraphs, widths, strict=True)
        if full <= w <= options.wrap_max_line and _last_mark(text, a, b) not in _ENDS
    )
    return inside > least


def _last_mark(text: str, start: int, end: int) -> str:
    """The last character of ``text[start:end]`` that is not white space ("" if none)."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return text[end - 1] if end > start else ""


def thai_dot(text: str, stop: int) -> bool:
    """Whether the "." at ``stop`` follows a Thai letter or mark. Thai ends its sentences
    with a space, never a full stop; its dots close abbreviations: a month's ("8-10 ธ.ค."),
    a time's ("11:30 น."), an office's ("(ปภ.)", "กทม."). "กทม. กล่าวว่า" was cut in two
    sentences, and a headline ending in "ธ.ค." was no headline (a Southeast Asian
    monitoring desk's walkthrough)."""
    return stop > 0 and "\u0e01" <= text[stop - 1] <= "\u0e4e"


def _word_before(text: str, stop: int) -> int:
    """Where the letters ending at ``stop`` start."""
    i = stop
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    return i


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the word ending at ``stop`` (where a single "." stands) is an abbreviation:
    one letter, a known one (``ABBREVIATIONS``; "no." before a number, "ago." after a
    day's: ``_BEFORE_NUMBER``, ``_AFTER_DAY``), or the last part of a dotted one whose
    first part is of one or two letters and the last of three at most, Swedish "t.ex."
    (e.g.), Norwegian and Danish "f.eks.", German "z.T." (not "www.reuters.com.", nor
    "bbc.co.uk.")."""
    i = _word_before(text, stop)
    word = text[i:stop]
    key = word.lower()
    if key in _CAPITALISED_ONLY and not (word[:1].isupper() and word[1:].islower()):
        return False
    if key in _SMALL_ONLY and not word.islower():
        return False
    if len(word) == 1 or key in ABBREVIATIONS:
        return True
    if key in _BEFORE_NUMBER:
        return _number_after(text, stop + 1)
    if key in _AFTER_DAY:
        return _after_number(text, i)
    if not 0 < len(word) <= 3 or i < 2 or text[i - 1] != "." or word.lower() in _DOMAINS:
        return False  # (a web address's ending: "ft.com.", "dr.dk." end their sentences)
    j = _word_before(text, i - 1)
    return 0 < i - 1 - j <= 2 and (j == 0 or not (text[j - 1].isalnum() or text[j - 1] == "."))


# Top-level domains a short web address ends in ("ft.com", "ap.org", "dr.dk", "tt.se"): not
# the last part of a dotted abbreviation (a review found such sentences run together)
_DOMAINS = frozenset(
    "com org net gov edu int info biz io tv fm eu uk us dk se no fi is de at ch nl be fr es it"
    " pt pl cz ru ua tr ae sa qa pk in cn jp kr au nz ca za ng ke".split()
)


def _goes_on(text: str, stop: int, after: int) -> bool:
    """Whether the "." at ``stop``, before a word that is not in lower case at ``after``,
    ends no sentence all the same: that of a day's ordinal before a month ("1. Jänner"),
    of a count's magnitude written with a capital after its number ("17,2 Mrd. Euro"), or
    of an abbreviation closing a German list ("usw."), unless the word after is one that
    opens sentences (``_opens_sentence``)."""
    i = _word_before(text, stop)
    word = text[i:stop]
    if not word:
        return _day_before_month(text, stop, after)
    key = word.lower()
    if key in _COUNTED:
        if not (word[0].isupper() and _after_number(text, i)):
            return False
    elif key not in _CLOSING:
        return False
    return not _opens_sentence(text, after)


def _number_after(text: str, at: int) -> bool:
    """Whether a number follows white space at ``at`` ("No. 10", "nos.\u00a03")."""
    while at < len(text) and text[at] in _NUMBER_SPACE:
        at += 1
    return at < len(text) and text[at].isdigit()


def _after_number(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows a number ("17,2 Mrd.", "3 000 kr.")."""
    if start > 0 and text[start - 1] in _NUMBER_SPACE:
        start -= 1
    return start > 0 and text[start - 1].isdigit()


def _day_before_month(text: str, stop: int, after: int) -> bool:
    """Whether the "." at ``stop`` is a day's ordinal (1 to 31, on its own or after a
    dash: "1.–3. Dezember") before a month's name at ``after``."""
    i = stop
    while i > 0 and stop - i < 3 and text[i - 1].isdecimal():
        i -= 1
    if not 0 < stop - i <= 2 or not 1 <= int(text[i:stop]) <= 31:
        return False
    if i > 0 and not (text[i - 1].isspace() or text[i - 1] in "(-–—"):
        return False
    end = after
    while end < len(text) and text[end].isalpha():
        end += 1
    month = text[after:end].lower()
    return month in _MONTHS or _FINNISH_MONTH.match(month) is not None


def _opens_sentence(text: str, at: int) -> bool:
    """Whether the word at ``at`` is one ``text`` opens sentences with: it writes it in
    lower case elsewhere ("die", "det": capitalised only at a sentence's start), or opens a
    line with it. A noun a language capitalises ("Euro", "Fahrgäste") is not; what is no
    word (a quote's mark, a bracket) may open one."""
    end = at
    while end < len(text) and text[end].isalpha():
        end += 1
    return end == at or text[at:end].lower() in _openers(text)


@functools.lru_cache(maxsize=2)
def _openers(text: str) -> frozenset[str]:
    """The words ``text`` writes in lower case, and those that open its lines, in lower
    case (remembered: ``units`` cuts a text gap by gap)."""
    lower = {w for w in _LETTERS.findall(text) if w.islower()}
    lower.update(m[1].lower() for m in _LINE_OPENER.finditer(text))
    return frozenset(lower)


_LETTERS = re.compile(r"[^\W\d_]+")
_LINE_OPENER = re.compile(r"^[\s\"'„“”«»‹›(\[-]*([^\W\d_]+)", re.MULTILINE)


def _no_end(text: str, m: re.Match[str]) -> bool:
    """Whether stop ``m`` (a single "." and white space) is an abbreviation's or a date's,
    whatever follows it: not counted by ``_capitalized``."""
    if m.group().rstrip() != ".":
        return False
    stop = m.start()
    if _abbreviation_before(text, stop):
        return True
    key = text[_word_before(text, stop) : stop].lower()
    return key in _COUNTED or key in _CLOSING or _day_before_month(text, stop, m.end())


def sentence_starts(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets in ``text[start:end]`` where a sentence starts inside a paragraph."""
    end = len(text) if end is None else end
    starts = []
    stops = list(_SPACED_END.finditer(text, start, end))
    if ";" in text[start:end] or "\u037e" in text[start:end]:
        greek = _GREEK_QUESTION.finditer(text, start, end)
        stops = sorted([*stops, *greek], key=lambda m: m.start())
    cased: bool | None = None  # whether its sentences start with capitals (when needed)
    for m in stops:
        nxt = text[m.end()]
        if nxt.isdigit():
            continue
        if nxt.islower():
            if cased is None:
                cased = _capitalized(text, stops)
            if cased:
                continue
        # "Mr." and "Jan." do not end a sentence; a stop closed by a quote ("no.”) does; nor
        # does the stop of a heading's number ("Section 11. Monetary penalties").
        if m.group().rstrip() == "." and (
            _abbreviation_before(text, m.start())
            or ends_label(text, m.start())
            or _goes_on(text, m.start(), m.end())
        ):
            continue
        if m.group()[:1] == "." and m.group()[1:2] != "." and thai_dot(text, m.start()):
            continue  # (also closed by a bracket: "(ปภ.) ได้สั่งการ")
        starts.append(m.end())
    glued = []
    # Looked for in the paragraph, not the whole text (a match holds its stop): in the whole
    # text for every paragraph, the look was quadratic (0.9 s of 300,000 characters).
    part = text[start:end]
    if any(c in part for c in _GLUED_STOPS):
        glued = [m.end() for m in _glued_end().finditer(text, start, end)]
    if any(c in part for c in _CJK_STOPS):
        glued.extend(m.end() for m in _cjk_end().finditer(text, start, end))
    if glued:
        starts = sorted({*starts, *glued})
    return starts


def _capitalized(text: str, stops: list[re.Match[str]]) -> bool:
    """Whether the text writes its sentences with capitals: it has capitals, and at least
    as many of its stops are followed by a capital as by a lower-case letter (or fewer
    than ``_FEW_LOWER`` by a lower-case one: "He said “no.” and left."). Then a stop
    before a lower-case word ("e.g. the", "approx. five") ends no sentence; in a text
    written in lower case (or whose sentences start so) every stop does. Counted, not
    "any capital at all": a few capitals added to such a text (a name, an inserted
    "NOTE") once cut two versions into different sentences, and the diff showed unchanged
    ones replaced."""
    if _lower_cased(text):
        return False
    upper = lower = 0
    for m in stops:
        if _no_end(text, m):
            continue  # ("2,5 mia. kroner", "Mr. Smith": no sentence's end, either way)
        nxt = text[m.end()]
        upper += nxt.isupper()
        lower += nxt.islower()
    return upper >= lower or lower < _FEW_LOWER


_FEW_LOWER = 3  # stops before a lower-case word that may all be abbreviations


@functools.lru_cache(maxsize=2)
def _lower_cased(text: str) -> bool:
    """Whether the whole text is as its lower case, remembered: ``units`` cuts a text gap by
    gap, and lowering all of it for each gap was quadratic (14 s for 300,000 characters of
    one-letter words, in 3,300 gaps)."""
    return text.lower() == text


def units(
    text: str,
    tokens: TokenArrays,
    paragraphs: list[tuple[int, int]] | None = None,
    numbers: range | None = None,
    options: CompareOptions = _DEFAULT,
) -> list[Unit]:
    """The sentences of some paragraphs of ``text`` as ranges of their compared tokens.

    ``paragraphs`` are the text's paragraph spans (default: all of them) and ``numbers`` the
    indices of those to cut (default: all); ``tokens`` must hold at least their tokens.
    """
    paragraphs = paragraph_spans(text) if paragraphs is None else paragraphs
    numbers = range(len(paragraphs)) if numbers is None else numbers
    if not numbers:
        return []
    limit = max(2, options.unit_max_tokens)
    dateline = options.dateline_max_words
    token_starts = tokens.starts
    breaks = sentence_starts(text, paragraphs[numbers[0]][0], paragraphs[numbers[-1]][1])
    result: list[Unit] = []
    lo = bisect.bisect_left(token_starts, paragraphs[numbers[0]][0])
    b = 0
    for para in numbers:
        p_start, p_end = paragraphs[para]
        lo = bisect.bisect_left(token_starts, p_start, lo)
        end = bisect.bisect_left(token_starts, p_end, lo)
        b = bisect.bisect_right(breaks, p_start, b)
        first = True
        while b < len(breaks) and breaks[b] < p_end:
            cut = bisect.bisect_left(token_starts, breaks[b], lo, end)
            if cut > lo and not (first and _dateline(text, tokens, lo, cut, dateline)):
                result.extend(_limited(para, lo, cut, limit, tokens))
                lo = cut
            first = False
            b += 1
        if end > lo:
            result.extend(_limited(para, lo, end, limit, tokens))
        lo = end
    return result


def _dateline(text: str, tokens: TokenArrays, lo: int, hi: int, max_words: int) -> bool:
    """Whether tokens ``[lo, hi)``, first in their paragraph, are a dateline: a few words
    with no lower-case letter ("LAHORE.", "لاہور ۔", "کیپ ٹاؤن۔")."""
    if sum(tokens.words[lo:hi]) > max_words:
        return False
    piece = text[tokens.starts[lo] : tokens.ends[hi - 1]]
    return piece.upper() == piece


# Marks a long sentence may be cut after: the comma, semicolon and colon of Latin, Arabic
# and Urdu, Armenian, Ethiopic and Myanmar, and of CJK text (full-width, ideographic, small
# and half-width forms: ，、；：).
_CLAUSE_ENDS = frozenset(",;:،؛՝፣፤፥၊，、；：､﹐﹑﹔﹕︐︑︓︔")


def _limited(para: int, lo: int, hi: int, limit: int, tokens: TokenArrays) -> list[Unit]:
    """Unit ``[lo, hi)``, cut into pieces of ``limit // 3`` to ``limit`` tokens (or as it
    is, when it holds at most ``limit``). A run too long is cut once, where its content
    says (``_Places``), leaving at least ``limit // 3`` tokens on each side; then each side
    is cut the same way, until every piece is short enough.

    A cut depends on the tokens around it and on the ends of the run it cuts (sentence
    ends, or cuts already made), not on where the piece before it was cut: two versions of
    a long run without stops are cut at the same places except near an edit. A fixed cut
    at the limit showed an unchanged sentence as deleted and inserted again; so did cutting
    piece after piece, each in the window after the previous cut at the token of smallest
    hash: in a script where every character is a token (Thai, a small alphabet), many
    tokens of a window tied, an edit shifting the window by a character changed which of
    the equal ones came first, and with it every later cut. An edit outside a window can
    still shift one of its ends by the tokens it adds or removes, and so the cut when the
    place of smallest hash is at that end: pieces of at least a third of the limit leave
    the windows wide enough for that to be rare (at least half of it: 11 in 1,000 edits of
    a run of 20 Thai syllables in random order, against 1 in 1,000)."""
    if hi - lo <= limit:
        return [Unit(para, lo, hi)]
    shortest = max(1, limit // 3)
    places = _Places(tokens.keys, lo, hi, shortest)
    pieces = []
    todo: list[tuple[int, int, int]] = [(lo, hi, -1)]
    while todo:
        a, b, least = todo.pop()
        if b - a <= limit:
            pieces.append(Unit(para, a, b))
            continue
        cut, least = places.cut(a + shortest, b - shortest + 1, least)
        todo.append((cut, b, least))
        todo.append((a, cut, least))
    return pieces


class _Places:
    """The places a long run ``[lo, hi)`` may be cut at, at least ``shortest`` tokens from
    its ends (a place is the index of the token after the cut), and what they are chosen by.

    Where a clause mark is, the cut goes after the one nearest the middle of the piece
    being cut: a sentence is cut into clauses of even length (the clause mark that left the
    longest first piece, or the one of smallest hash, paired the verses of shuffled Bible
    chapters less well). Where none is, by content alone: between the two tokens whose
    CRC-32 together is smallest, the first of equal ones. The same two tokens are rarely
    twice in one window (one token was often, in Thai); a run of one word repeated is cut
    every ``shortest`` tokens, into equal pieces (both versions of it have them)."""

    def __init__(self, keys: list[str], lo: int, hi: int, shortest: int) -> None:
        self.first = lo + shortest
        span = range(self.first, hi - shortest + 1)
        self.clauses = [c for c in span if keys[c - 1] in _CLAUSE_ENDS]
        crc = zlib.crc32
        self.ranks = [
            crc(f"{keys[c - 1]}\x00{keys[c]}".encode("utf-8", "surrogatepass")) for c in span
        ]

    def cut(self, first: int, last: int, least: int) -> tuple[int, int]:
        """Where to cut among places ``[first, last)``, and the least rank there (when the
        cut is by content): ``least`` is the least rank of a window holding this one, or
        -1. Where it is found it is the least here too, and nothing else is looked at: a
        long run of one repeated word is cut in time in proportion to its length."""
        clauses = self.clauses
        if clauses:
            i = bisect.bisect_left(clauses, first)
            j = bisect.bisect_left(clauses, last, i)
            if i < j:
                return _nearest(clauses, i, j, first + last - 1), -1
        ranks, i, j = self.ranks, first - self.first, last - self.first
        if least >= 0:
            try:
                return self.first + ranks.index(least, i, j), least
            except ValueError:
                pass
        least = min(ranks[i:j])
        return self.first + ranks.index(least, i, j), least


def _nearest(places: list[int], i: int, j: int, middle: int) -> int:
    """Of increasing ``places[i:j]``, the one nearest ``middle / 2`` (the earlier of two
    as near)."""
    k = bisect.bisect_left(places, (middle + 1) // 2, i, j)
    if k == j or (k > i and middle - 2 * places[k - 1] <= 2 * places[k] - middle):
        return places[k - 1]
    return places[k]
