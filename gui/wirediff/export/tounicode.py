"""The text layer of a PDF Qt wrote: which character each glyph is said to be, and a fix.

A PDF's text (what is searched and copied) comes from each font's ToUnicode map, glyph →
character. Qt's PDF writer makes that map by walking U+0000…U+FFFF and keeping, for each
glyph, the first character the font draws with it (``QFontSubset::getReverseMap``). A CJK
font draws a Kangxi radical and its ideograph with one glyph (口 and ⼝ U+2F1D, 长 and ⻓
U+2ED3), and the radicals come first: a Chinese report's PDF looked right but gave
"进出⼝同⽐增⻓" to pdftotext, so 出口 and 增长 were not found and a quote copied from it was
corrupted (a Chinese wire desk's walkthrough; the same bug as wkhtmltopdf's #4414).

``retarget`` rewrites those maps in place: each entry gets the character the report's text
used, as the caller chose it (``better_characters``). Each entry keeps its length (four hex
digits for four), so no object moves and the file's cross-reference offsets stay right.
Standard library only; the glyphs a font shares are found by the caller (``export.pdf``).
"""

from __future__ import annotations

import re
import unicodedata

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections import Counter
    from collections.abc import Callable, Collection, Mapping

# A font's ToUnicode map, as Qt writes it: an uncompressed stream of its own object.
_REFERENCE = re.compile(rb"/ToUnicode\s+(\d+)\s+0\s+R")
_PLAIN_STREAM = re.compile(rb"(?<![0-9])(\d+)\s+0\s+obj\s*<<\s*/Length\s+(\d+)\s*>>\s*stream\r?\n")
_RANGES = re.compile(rb"beginbfrange\s(.*?)endbfrange", re.S)
# One line of a bfrange: glyphs <first> <last>, then the first one's character (the rest
# follow it one by one) or an array of each one's character.
_RANGE = re.compile(rb"<([0-9A-Fa-f]{4})>\s*<([0-9A-Fa-f]{4})>\s*(\[[^\]]*\]|<[0-9A-Fa-f]+>)")
_CHAR = re.compile(rb"<([0-9A-Fa-f]{4})>")
# Kangxi Radicals and CJK Radicals Supplement: drawn as (and confused with) ideographs.
RADICALS = range(0x2E80, 0x2FE0)
# Not drawn as glyphs of their own (spaces, soft hyphen, controls): never a map's choice.
_NOT_DRAWN = {"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Cn"}


def _streams(pdf: bytes) -> list[tuple[int, int]]:
    """Where the ToUnicode maps' data lie in ``pdf`` (start, end): those written plain, with
    a direct length, as Qt writes them; any other is left as it is."""
    wanted = set(_REFERENCE.findall(pdf))
    spans = []
    for head in _PLAIN_STREAM.finditer(pdf):
        start = head.end()
        end = start + int(head.group(2))
        if head.group(1) in wanted and pdf[end : end + 12].lstrip().startswith(b"endstream"):
            spans.append((start, end))
    return spans


def _each_entry(cmap: bytes, change: Callable[[str], str]) -> bytes:
    """``cmap`` with each glyph's character ``c`` that it names one by one replaced by
    ``change(c)`` (a character up to U+FFFF); a range that counts characters up from its
    first one is left as it is (Qt writes one for ten glyphs or more in a row)."""

    def entry(match: re.Match[bytes]) -> bytes:
        code = int(match.group(1), 16)
        if 0xD800 <= code <= 0xDFFF:
            return match.group()
        new = ord(change(chr(code)))
        if new > 0xFFFF or 0xD800 <= new <= 0xDFFF:
            return match.group()  # would not fit in the entry's four digits
        return b"<%04X>" % new

    def line(match: re.Match[bytes]) -> bytes:
        first, last, target = match.groups()
        if target.startswith(b"[") or (first == last and len(target) == 6):
            target = _CHAR.sub(entry, target)
        return match.group()[: match.start(3) - match.start()] + target

    return _RANGES.sub(lambda m: _RANGE.sub(line, m.group()), cmap)


def targets(pdf: bytes) -> set[str]:
    """The characters the ToUnicode maps of ``pdf`` say its glyphs are, those named one
    by one (``retarget`` can change these)."""
    found: set[str] = set()

    def note(char: str) -> str:
        found.add(char)
        return char

    for start, end in _streams(pdf):
        _each_entry(pdf[start:end], note)
    return found


def retarget(pdf: bytes, better: Mapping[str, str]) -> bytes:
    """``pdf`` whose ToUnicode maps say ``better[c]`` where they said ``c``: the same
    length, every object where it was."""
    if not better:
        return pdf
    out = bytearray(pdf)
    for start, end in _streams(pdf):
        new = _each_entry(pdf[start:end], lambda c: better.get(c, c))
        if len(new) == end - start:  # always: entries keep their length
            out[start:end] = new
    return bytes(out)


def drawn(char: str) -> bool:
    """Whether ``char`` is drawn as a glyph of its own (not a space, control or format)."""
    return unicodedata.category(char) not in _NOT_DRAWN


def better_characters(twins: Mapping[str, Collection[str]], counts: Counter[str]) -> dict[str, str]:
    """For each character a map names (a key of ``twins``, with the characters of the
    report's text a font draws with the same glyph), the one the map should name instead,
    where there is one; ``counts``: how often each character occurs in the report's text.

    A character the text never has was not what was drawn: the glyph's twin the text has
    most is. One the text has stays, unless it is a CJK radical whose ideograph the text
    has more often (a radical copied into a wire text from a broken PDF would otherwise
    turn every 日 of the report into ⽇). Spaces and format characters never take a glyph."""
    better = {}
    for char, others in twins.items():
        if not drawn(char):
            continue
        choices = sorted(
            (c for c in others if c != char and drawn(c)), key=lambda c: (-counts[c], c)
        )
        if not choices or counts[choices[0]] == 0:
            continue
        best = choices[0]
        if counts[char] == 0 or (ord(char) in RADICALS and counts[best] > counts[char]):
            better[char] = best
    return better
