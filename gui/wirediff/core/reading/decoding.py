"""Bytes into text: BOMs, UTF-8, UTF-16 without BOM, and detected legacy encodings."""

from __future__ import annotations

import codecs
import re
import string
import unicodedata
from itertools import islice
from pathlib import Path

from wirediff.core.reading.alphabets import (
    broken_words,
    greek_marks,
    latin_letter,
    letters_fit,
    loanwords_only,
)
from wirediff.core.reading.errors import BINARY, EMPTY, MALFORMED, UNDECODABLE, ReadError
from wirediff.core.reading.misnamed import WEB_PAGE, WEB_PAGE_START, binary_format
from wirediff.core.reading.signatures import confirmed
from wirediff.core.reading.vni import vni_text

TYPE_CHECKING = False  # (typing not imported: a plain comparison does not need it)
if TYPE_CHECKING:
    from charset_normalizer.models import CharsetMatch

_BOMS = (  # (mark, codec that strips it, name shown with the document)
    (codecs.BOM_UTF8, "utf-8-sig", "utf-8 (BOM)"),
    # UTF-32 LE before UTF-16 LE: it starts with the same two bytes.
    (codecs.BOM_UTF32_LE, "utf-32", "utf-32-le (BOM)"),
    (codecs.BOM_UTF32_BE, "utf-32", "utf-32-be (BOM)"),
    (codecs.BOM_UTF16_LE, "utf-16", "utf-16-le (BOM)"),
    (codecs.BOM_UTF16_BE, "utf-16", "utf-16-be (BOM)"),
)

_RTF = "RTF document"
# File signatures of common non-text files, so the message can say what the file is (one
# of plain letters, "BM", "MZ", only with its format's header: ``signatures.confirmed``).
_SIGNATURES = (
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"RIFF", "RIFF media (WebP, WAV or AVI)"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"BM", "BMP image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"PK\x05\x06", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"%PDF-", "PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "old Office document (.doc/.xls)"),
    (b"\x7fELF", "program"),
    (b"MZ", "Windows program"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x00\x00\x00\x18ftyp", "MP4 video"),
    (b"\x00\x00\x00\x20ftyp", "MP4 video"),
    # Text, but of control words ("{\\rtf1\\ansi\\deff0 …"): read as plain text, they were
    # the article's words.
    (b"{\\rtf", _RTF),
)
_TEXT_FORMATS = (
    ".txt, .md, .html, .json, .jsonl, .csv, .docx, .odt, .rtf, .pdf, .rss, .atom, .eml, .mbox, "
    ".srt, .vtt or .tex"
)
BINARY_HINT = f"not a text file; wirediff reads {_TEXT_FORMATS}"
# C0 controls other than tab, newline, form feed and carriage return; and the C1 block.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_DISPLAY_NAMES = {"utf_8": "utf-8", "utf_16": "utf-16", "latin_1": "latin-1"}


# A ZIP whose first entry is "mimetype", stored: an OpenDocument file or an e-book, by it.
_ZIPPED_KINDS = (
    (b"application/vnd.oasis.opendocument.text", "OpenDocument text (.odt)"),
    (b"application/vnd.oasis.opendocument.spreadsheet", "OpenDocument spreadsheet (.ods)"),
    (b"application/vnd.oasis.opendocument.presentation", "OpenDocument presentation (.odp)"),
    (b"application/epub+zip", "EPUB e-book"),
)


def sniff_binary(data: bytes) -> str:
    """What kind of non-text file ``data`` starts like ("PNG image"), or ""."""
    if data.startswith(b"PK\x03\x04") and data[30:38] == b"mimetype":
        for mimetype, kind in _ZIPPED_KINDS:
            if data[38 : 38 + len(mimetype)] == mimetype:
                return kind
    for signature, kind in _SIGNATURES:
        if data.startswith(signature) and confirmed(data, signature):
            return kind
    return ""


_LOOK_AS_TEXT = 16_384  # bytes tried as text when a file is not what its name says


def not_its_format(path: Path, data: bytes, kind: str, hint: str) -> ReadError:
    """The error for a file whose bytes are not of the format its name says (``kind``: "a
    PDF file"), saying what it holds instead when that can be told: "not a PDF file: it
    holds plain text", "it is a web page (HTML)", "it is a Word document (.docx)" (rename
    it), "not a Word .docx file: it is an old Office document (.doc/.xls) — or an encrypted
    .docx" (``hint``: what to do, as for a damaged one)."""
    readable = binary_format(data)
    if readable is not None and readable.ending != path.suffix.lower():
        return ReadError(path, f"not {kind}: it is {readable.what}", readable.hint, MALFORMED)
    held = sniff_binary(data)
    if held == "old Office document (.doc/.xls)" and kind.endswith(".docx file"):
        held += ", or an encrypted .docx"  # Word keeps an encrypted .docx in that format
    if held and held not in kind:  # (a ZIP that is no .docx: damaged, said plainly)
        # "an" before a vowel's sound: "an old Office document", "an RTF", "an MP4 video"
        article = "an" if held[0].lower() in "aeiou" or held.startswith(("RTF", "MP")) else "a"
        return ReadError(path, f"not {kind}: it is {article} {held}", hint, MALFORMED)
    try:
        text, _ = decode(path, data[:_LOOK_AS_TEXT])
    except ReadError:
        return ReadError(path, f"not {kind}", hint, MALFORMED)
    if WEB_PAGE_START.match(text):  # (renamed .txt, its markup would be read as words)
        return ReadError(path, f"not {kind}: it is {WEB_PAGE.what}", WEB_PAGE.hint, MALFORMED)
    rename = "rename it with the ending .txt to read it as text"
    return ReadError(path, f"not {kind}: it holds plain text", rename, MALFORMED)


def encoding_name(codec: str) -> str:
    """A readable, canonical name for a codec ("cp1252" -> "windows-1252")."""
    name = codecs.lookup(codec).name
    if name.startswith("cp125"):
        return "windows-" + name[2:]
    return _DISPLAY_NAMES.get(name, name.replace("_", "-"))


def decode(path: Path, data: bytes, declared: str = "") -> tuple[str, str]:
    """Decode ``data`` into ``(text, encoding)``, or raise ReadError.

    Order: a BOM; a NUL-free valid UTF-8; UTF-16 without BOM (zero bytes on every other
    position); UTF-8 with a few bad bytes (``_mostly_utf8``); the ``declared`` encoding (an
    HTML meta charset) if it decodes; else charset-normalizer's guess (``_detect``),
    accepted only when the result has no control characters.
    """
    if not data.strip():  # (bytes: no byte at all is said "empty file" when read)
        raise ReadError(path, "empty file (only blank space)", "the file holds no text", EMPTY)
    for bom, codec, shown in _BOMS:
        if data.startswith(bom):
            text = _decode_strict(path, data, codec)
            if "\x00" not in text:
                return text, shown
            _check_nuls(path, text.count("\x00"), len(data))
            return text.replace("\x00", "\ufffd"), _nuls_said(shown, text.count("\x00"))
    kind = sniff_binary(data)
    if kind == _RTF:  # (a file opening so is read as one: ``registry.pick_reader``)
        reason = "an RTF document (Rich Text Format), not plain text"
        raise ReadError(path, reason, "rename it with the ending .rtf to read it", BINARY)
    readable = binary_format(data)
    # (a Word document was "binary file (ZIP archive)"; an .odt as .txt is told as one)
    if readable is not None:
        raise ReadError(path, f"{readable.what}, not plain text", readable.hint, BINARY)
    if kind:
        raise ReadError(path, f"binary file ({kind})", BINARY_HINT, BINARY)
    if b"\x00" in data:
        codec = _utf16_without_bom(data)
        if codec:
            return data.decode(codec), encoding_name(codec)
        return _with_stray_nuls(path, data, declared)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    joined = _surrogates_joined(data)
    if joined is not None:
        return joined
    # (lines of a code page first: read as UTF-8 with a few bad bytes, a pasted paragraph
    # a tenth of a text long was all "����")
    mended = _mixed_lines(path, data) or _mostly_utf8(data)
    if mended is not None:
        return mended
    if declared:
        try:
            return data.decode(declared), encoding_name(declared)
        except (UnicodeDecodeError, LookupError):
            pass
    return _detect(path, data)


_STRAY_NULS = 16  # NUL characters a text may hold (and one in 200 bytes at most)


def _check_nuls(path: Path, nuls: int, size: int) -> None:
    """Refuse a text of more than a few stray NULs (of ``size`` bytes) as a binary file."""
    if nuls > min(_STRAY_NULS, 1 + size // 200):
        raise ReadError(path, "binary file (contains NUL bytes)", BINARY_HINT, BINARY)


def _nuls_said(encoding: str, nuls: int, how: str = "read as \ufffd") -> str:
    return f"{encoding}; {nuls} NUL byte{'s' * (nuls > 1)} {how}"


def _with_stray_nuls(path: Path, data: bytes, declared: str) -> tuple[str, str]:
    """A text with a few stray NUL bytes (a damaged save, a bad copy), each read as "�"
    and the encoding saying so; more, a binary file. One NUL in an article refused it
    whole: "binary file (contains NUL bytes)"."""
    nuls = data.count(0)
    _check_nuls(path, nuls, len(data))
    text, encoding = decode(path, data.replace(b"\x00", b""), declared)
    # NUL is no part of a character in UTF-8 or a one-byte code page: the pieces between
    # them decode as the whole did (its bad bytes replaced as they were), each NUL a "�"
    codec, _, note = encoding.partition(" (")
    errors = "replace" if "replaced" in note else "strict"
    try:
        marked = "\ufffd".join(part.decode(codec, errors) for part in data.split(b"\x00"))
    except (UnicodeDecodeError, LookupError):  # (guessed otherwise: without them)
        return text, _nuls_said(encoding, nuls, "left out")
    return marked, _nuls_said(encoding, nuls)


def _decode_strict(path: Path, data: bytes, codec: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        name = encoding_name(codec).upper()
        raise ReadError(
            path,
            f"broken {name} text at byte {exc.start}",
            "the file starts like Unicode text but is damaged; re-save it as UTF-8",
            UNDECODABLE,
        ) from None


# Zero bytes a BOM-less UTF-16 text has at the least: its line breaks, spaces, digits.
_UTF16_MIN_ZEROS = 4


def _utf16_without_bom(data: bytes) -> str:
    """'utf-16-le' or 'utf-16-be' for BOM-less UTF-16 text, else "".

    Its tell: zero bytes on one parity, nearly only (the high bytes of ASCII spaces and
    punctuation, even in Cyrillic or Greek text), at least ``_UTF16_MIN_ZEROS`` of them, and
    the decoded text free of control characters. (A stray NUL or two in ASCII text also sits on one
    parity, and ASCII read as UTF-16 is all CJK ideographs, which are not controls.)
    """
    if len(data) % 2:
        return ""
    sample = data[:8192]
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    # (a few on the other: the characters U+xx00 — 一 U+4E00, 관 U+AD00 — have one there)
    if min(even, odd) * 8 > max(even, odd):
        return ""
    codec = "utf-16-le" if odd > even else "utf-16-be"
    zeros = max(even, odd)
    if zeros < _UTF16_MIN_ZEROS:
        return ""
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return ""
    if not _few_controls(text):
        return ""
    if zeros >= len(sample) // 2 * 0.05:
        return codec
    # Fewer zeros: Chinese, Japanese or Korean, whose characters have none (only the ASCII
    # line breaks and spaces between them do; refused as binary, they were). Not text in
    # ASCII or a legacy code page with a few stray NULs, which reads as ideographs too: its
    # NULs pair with letters (U+0065 "e"), where CJK's pair with line breaks, spaces, digits
    # and punctuation; and without its NULs, ASCII is UTF-8.
    if _is_utf8(data.replace(b"\x00", b"")):
        return ""
    sample_text = text[:4096]
    low = [c for c in sample_text if c < "\u0100"]
    if "\n" not in low or not all(c in _BETWEEN_CJK for c in low):
        return ""
    shown = [c for c in sample_text if not c.isspace() and not c.isascii()]
    cjk = sum(1 for c in shown if _CJK.match(c))
    return codec if shown and cjk >= 0.95 * len(shown) else ""


# Ideographs, kana, Hangul syllables, CJK and full-width punctuation.
_CJK = re.compile("[\u3000-\u30ff\u4e00-\u9fff\uac00-\ud7a3\uff00-\uffef]")
# What stands between CJK characters in ASCII: white space, digits, punctuation.
_BETWEEN_CJK = frozenset("\r\n\t \u00a0" + string.digits + string.punctuation)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _few_controls(text: str) -> bool:
    """Whether ``text`` has at most a stray control character (a DOS end-of-file mark)."""
    return len(_CONTROL.findall(text)) <= 1 + len(text) // 1000


# UTF-8 text with a stray byte of another encoding (a Latin-1 "é" pasted in, a last
# character cut off): read as UTF-8, each bad byte a U+FFFD, when the valid multi-byte
# characters outnumber the bad bytes this many times. Decoded whole in the code page a
# detector guessed, one bad byte turned every accent of the article into mojibake. One or
# two stray bytes need only twice as many: an English article with nine curly quotes and
# one stray byte was read as Mac-Iceland ("Washington‚Äôs"). A legacy text has almost all
# of its non-ASCII bytes invalid as UTF-8 (a valid sequence there is a coincidence, "Ã©"),
# never only one or two.
_UTF8_GOOD_PER_BAD = 10
_UTF8_FEW_BAD, _UTF8_GOOD_PER_FEW_BAD = 2, 2
_REPLACEMENT = "\ufffd"


def _mostly_utf8(data: bytes) -> tuple[str, str] | None:
    """``(text, "utf-8 (N bad bytes replaced)")`` for UTF-8 with a few bad bytes, else None."""
    cut = _cut_off(data)
    if cut is not None:
        return cut, "utf-8 (1 bad byte replaced)"
    text = data.decode("utf-8", "replace")
    bad = text.count(_REPLACEMENT) - data.count(_REPLACEMENT.encode())
    good = len(text) - len(text.encode("ascii", "ignore")) - bad  # non-ASCII, in C
    per_bad = _UTF8_GOOD_PER_FEW_BAD if bad <= _UTF8_FEW_BAD else _UTF8_GOOD_PER_BAD
    if bad <= 0 or good < bad * per_bad:
        return None
    return text, f"utf-8 ({bad} bad byte{'s' * (bad != 1)} replaced)"


def _surrogates_joined(data: bytes) -> tuple[str, str] | None:
    """``(text, "utf-8 (CESU-8 surrogates joined)")`` for UTF-8 whose only flaw is UTF-16
    surrogates encoded one by one (CESU-8: Java's modified UTF-8, MySQL's old "utf8" write
    an emoji so), each pair joined into its character and a lone one replaced; else None.
    One such emoji had the whole text read as Mac-Iceland, every curly quote mojibake."""
    try:
        text = data.decode("utf-8", "surrogatepass")
    except UnicodeDecodeError:
        return None
    joined = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    lone = joined.count(_REPLACEMENT) - text.count(_REPLACEMENT)
    said = f"{lone} lone surrogate{'s' * (lone != 1)} replaced" if lone else "surrogates joined"
    return joined, f"utf-8 (CESU-8 {said})"


# UTF-8 with whole lines of a legacy code page pasted in (a paragraph copied from an old
# Windows file): each line read as what it is when the UTF-8 lines hold this many
# characters beyond ASCII at least and make most of the text's lines. It was refused
# whole, "not text in a known encoding", with a hint to re-save it as UTF-8 that could
# not help.
_MIXED_MIN_UTF8 = 20
_MIXED_MIN_HIGH = 4  # bytes beyond ASCII a pasted line holds at least (fewer: stray bytes)


def _mixed_lines(path: Path, data: bytes) -> tuple[str, str] | None:
    """``(text, "utf-8, 2 lines windows-1251")`` for UTF-8 with lines of one legacy code
    page, else None."""
    if _cut_off(data) is not None:
        return None  # (a last character cut off: ``_mostly_utf8`` says it)
    lines = data.split(b"\n")
    bad = [n for n, line in enumerate(lines) if not _is_utf8(line)]
    if not bad or 2 * len(bad) > sum(1 for line in lines if line.strip()):
        return None
    if any(sum(b >= 0x80 for b in lines[n]) < _MIXED_MIN_HIGH for n in bad):
        return None  # a stray byte in a line, not a line of a code page: ``_mostly_utf8``'s
    pasted_at = set(bad)
    good = b"\n".join(line for n, line in enumerate(lines) if n not in pasted_at)
    wide = len(good.decode("utf-8")) - len(good.decode("utf-8").encode("ascii", "ignore"))
    if wide < _MIXED_MIN_UTF8:
        return None
    try:
        legacy, codec = _detect(path, b"\n".join(lines[n] for n in bad))
    except ReadError:
        return None
    pasted = iter(legacy.split("\n"))
    text = "\n".join(
        next(pasted) if n in pasted_at else line.decode("utf-8") for n, line in enumerate(lines)
    )
    try:  # a legacy text whose short lines happen to be valid UTF-8 too (a GBK subtitle
        whole = data.decode(codec)  # file's "谢谢" is UTF-8 "лл"): read whole, as before
    except (UnicodeDecodeError, LookupError):
        whole = None
    if whole is not None and _oddities(whole) <= _oddities(text):
        return None
    return text, f"utf-8, {len(bad)} line{'s' * (len(bad) != 1)} {codec}"


def _cut_off(data: bytes) -> str | None:
    """The text of UTF-8 whose last character was cut off (a file read while it is being
    written, a copy or download that stopped), its stub a U+FFFD, else None. Valid up to
    its last one to three bytes, which begin a character: that is a cut, however few
    accents came before (an English article with a handful of curly quotes fell short of
    ``_UTF8_GOOD_PER_BAD`` and was decoded whole in a code page, every quote mojibake). At
    least one multi-byte character must come first: ASCII ending in one high byte may as
    well be Latin-1 ending in "é"."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        head = data[: exc.start]
        if exc.end == len(data) and exc.reason == "unexpected end of data" and not head.isascii():
            return head.decode("utf-8") + _REPLACEMENT
    return None


# Candidates further from the detector's best guess than this are not considered.
_CHAOS_SLACK = 0.1
_UNSURE = 0.1  # the detector's coherence (language fit) below which it did not recognise one
# Letters of one code page are symbols in another (Polish "ł" is "³" in Windows-1252, "ż"
# "¿", "ą" "¹"): a symbol, a number sign or an inverted mark right after a letter is odd.
_ODD_MARKS = frozenset("¿¡")
_MARKS_AFTER_NAMES = frozenset("®™©℠°")  # Nestlé®, Apple™: symbols that do follow a word
# The acute accent typed for an apostrophe, as Latin-1 keyboards let one ("l´économiste",
# "Kelly´s", "don´t"): between two letters it is punctuation, not a letter turned symbol.
# Counted so, it had French and German Latin-1 text read as ISO-8859-10, whose "ī" stands
# on its byte ("līéconomiste", "2― fois"). (A symbol after a word's end still counts.)
_ACUTE = "\u00b4"
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_ODDITY_SAMPLE = 200_000  # characters looked at: a code page shows in any page of text


def _oddities(text: str) -> int:
    """How often ``text`` has a symbol where a letter belongs: a non-ASCII symbol or
    number (Unicode categories S and N: "³", "˛", "¤") or an inverted question or
    exclamation mark right after a letter ("powiedzia³"); a spacing accent right after a
    digit ("2˝", where Latin-1 has "2½"; but "45´", the acute typed for a prime). The right
    code page reads as letters; a wrong one of the same family as such symbols, while the
    marks that Western text has after a letter (quotes, dashes, "…", the acute typed for
    an apostrophe: "l´économiste") are punctuation and do not count.

    Letters count too where no language writes them: a capital right after a small letter,
    both beyond ASCII ("мОСТ": Windows-1251 read as KOI8-R, whose cases are the other way
    round); a word of three letters or more, every one an accented Latin letter ("Ìîñò":
    Cyrillic read as Windows-1252); half-width katakana ("ﾍﾌﾅﾔ": KOI8-R read as Shift-JIS);
    a space between two ideographs. A short text gives the detector too little to go on: a
    one-line flash in Windows-1251 came out so, with no warning."""
    count = 0
    for found in _NON_ASCII.finditer(text, 1, _ODDITY_SAMPLE):  # each candidate's, 6 times
        char, at = found.group(), found.start()
        before = text[at - 1]
        if before == " " and at > 1 and _ideograph(char) and _ideograph(text[at - 2]):
            count += 1  # Chinese and Japanese put no space between two ideographs
        if char.isalpha():
            count += (
                (char.isupper() and before.islower() and not before.isascii())
                or ("\uff61" <= char <= "\uff9f")
                or (not before.isalpha() and _all_accented(text, at))
            )
            continue
        if before.isdigit() and char != _ACUTE and unicodedata.category(char) == "Sk":
            count += 1  # an accent on no letter, "2˝": Latin-1's "2½" read as Windows-1250
            continue
        if char in _MARKS_AFTER_NAMES or not before.isalpha():
            continue
        if char == _ACUTE and text[at + 1 : at + 2].isalpha():
            continue  # an apostrophe: "l´économiste", "Kelly´s"
        count += char in _ODD_MARKS or unicodedata.category(char)[0] in "SN"
    return count


def _ideograph(char: str) -> bool:
    """A CJK ideograph or kana (of the unified block and extension A)."""
    return "\u3040" <= char <= "\u30ff" or "\u3400" <= char <= "\u9fff"


_LETTERS_RUN = re.compile(r"[^\W\d_]+")


def _all_accented(text: str, at: int) -> bool:
    """Whether the word starting at ``at`` is three letters or more, every one a Latin
    letter beyond ASCII ("Ìîñò": Cyrillic read as Windows-1252; "été", "jäääär" have one
    without an accent)."""
    word = _LETTERS_RUN.match(text, at)
    return (
        word is not None
        and len(word.group()) >= 3
        and all("\u00c0" <= c < "\u0250" for c in word.group())
    )


# The code pages text files of the last decades are in; the others (Mac and DOS code
# pages, the rarer ISO 8859 parts) win only when they read better: on a short text the
# detector rated MacIceland over Windows-1252 for "Nestlé® and Apple™".
_COMMON = frozenset(
    """cp1250 cp1251 cp1252 cp1253 cp1254 cp1255 cp1256 cp1257 cp1258 iso8859_1 iso8859_2
    iso8859_3 iso8859_4 iso8859_5 iso8859_6 iso8859_7 iso8859_8 iso8859_9 iso8859_15
    koi8_r koi8_u cp932 shift_jis euc_jp iso2022_jp gb2312 gbk gb18030 big5 big5hkscs
    euc_kr cp949 johab cp874 tis_620""".split()
)


_SAMPLE_BYTES = 1 << 16  # what the Cyrillic tests look at: a code page shows in any page
_BELOW_C0 = bytes(range(0xC0))
_NOT_ASCII_LETTERS = bytes(b for b in range(256) if not (0x41 <= b <= 0x5A or 0x61 <= b <= 0x7A))


def _common(match: CharsetMatch) -> bool:
    """Whether the detector's ``match`` is in a common code page (``_COMMON``)."""
    return any(
        codecs.lookup(c).name.replace("-", "_") in _COMMON for c in match.could_be_from_charset
    )


def _decoded(data: bytes, codec: str) -> str:
    return data[:_SAMPLE_BYTES].decode(codec, errors="replace")


def _mostly_capitals(text: str) -> bool:
    """Whether most of the first letters beyond ASCII are capitals: text is mostly small
    letters in every script that has both."""
    letters = [c for c in islice((c for c in text if not c.isascii()), 2000) if c.isalpha()]
    return sum(c.isupper() for c in letters) * 2 > len(letters)


def _reads_cyrillic(text: str) -> bool:
    """Whether nearly every character of ``text`` beyond ASCII is a Cyrillic letter."""
    beyond = [c for c in text[:_SAMPLE_BYTES] if not c.isascii()]
    cyrillic = sum(1 for c in beyond if "\u0400" <= c <= "\u04ff" and c.isalpha())
    return cyrillic >= 0.9 * len(beyond)


def _mostly_high(data: bytes) -> bool:
    """Whether most letters of ``data`` are bytes from 0xC0 on, as Cyrillic's are in
    Windows-1251 and KOI8-R (a Western text's accents are a few of its letters)."""
    sample = data[:_SAMPLE_BYTES]
    high = len(sample.translate(None, _BELOW_C0))
    return high > len(sample.translate(None, _NOT_ASCII_LETTERS))


def _detect(path: Path, data: bytes) -> tuple[str, str]:
    """charset-normalizer's guesses, the one whose text has the fewest letters turned into
    symbols (``_oddities``); among equals a common code page (``_COMMON``), Windows-1252
    when the detector rates it as well as its best common one, else the detector's best;
    VNI Vietnamese (``_vni``) when that reads as no language's ordinary text."""
    from charset_normalizer import from_bytes  # only legacy files pay for the import

    matches = list(from_bytes(data))
    best = matches[0] if matches else None
    # The bar Windows-1252 is rated against: the best common code page's coherence. A rare
    # one ranks after the common ones anyway (``_COMMON``); rated over them (HP Roman-8 on a
    # Swedish sentence), it let Windows-1250, offered first of two rated alike, read "Ĺsa".
    bar = max(
        (m.coherence for m in matches if m.chaos <= matches[0].chaos + _CHAOS_SLACK and _common(m)),
        default=best.coherence if best is not None else 0.0,
    )
    guesses: list[tuple[str, bool]] = []  # (codec, rated as well as the best: Western)
    for match in matches:
        assert best is not None
        if match.chaos > best.chaos + _CHAOS_SLACK:
            continue
        # Western text fits several code pages equally well; Windows-1252 is by far the
        # most common of them, and the detector otherwise picks the first alphabetically
        # (or the one that fits a short text's few accents best).
        if "cp1252" in match.could_be_from_charset and match.coherence >= bar - 0.01:
            guesses.append(("cp1252", True))
        guesses.append((match.encoding, False))
    # Last: for when the detector offered only rarer code pages; preferred as Western when
    # it could not tell the language either (a short text: "café naïve déjà" was Baltic).
    unsure = best is None or best.coherence < _UNSURE
    guesses.append(("cp1252", unsure))
    cyrillic = len(guesses)
    if _mostly_high(data):  # Cyrillic in one byte a letter: the detector may not offer it
        # The one read in small letters first (KOI8-R read as Windows-1251: "УПИТБОЙМ");
        # after the detector's own, which read a text in capitals as written.
        readings = [(_mostly_capitals(_decoded(data, c)), c) for c in ("cp1251", "koi8_r")]
        guesses += [(codec, False) for _, codec in sorted(readings)]
    candidates: list[tuple[int, bool, bool, int, str, str]] = []
    for rank, (codec, western) in enumerate(guesses):
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            continue
        if rank >= cyrillic and not _reads_cyrillic(text):
            continue  # (bytes that are no text read as box drawing in KOI8-R)
        if _few_controls(text):
            rare = codecs.lookup(codec).name.replace("-", "_") not in _COMMON
            candidates.append((_oddities(text), rare, not western, rank, codec, text))
    if candidates:
        oddities, *_, codec, text = min(candidates)
        read = (
            _mac_roman_instead(data, codec, text, oddities)
            or _dos_instead(data, codec, text, oddities)
            or _turkish_instead(data, codec, text, oddities)
            or _other_letters_instead(data, codec, text, oddities)
            or (text, encoding_name(codec))
        )
        read = _latin9_or_western(data, read)
        vietnamese = _vni(data)
        if vietnamese is not None and not _reads_ordinary(read[0]):
            return vietnamese, VNI
        return _said_doubtful(read)
    raise ReadError(
        path,
        "not text in a known encoding",
        "if it is text, re-save it as UTF-8; otherwise remove it from the folder",
        UNDECODABLE,
    )


VNI = "vni (Vietnamese font encoding)"


def _vni(data: bytes) -> str | None:
    """``data`` as the Vietnamese it writes in VNI (``vni.vni_text``), else None."""
    try:
        return vni_text(data.decode("cp1252"))
    except UnicodeDecodeError:
        return None


# A reading whose words are broken where no language breaks one (``broken_words``: "bilh›es",
# "interŽs"), three times at least and in one word of a hundred, is said to be a guess:
# an old Mac's files came out so, the encoding said only in a tooltip, as if sure (a
# Latin American desk's walkthrough).
_DOUBTFUL_WORDS = 3
_DOUBTFUL_SHARE = 0.01
_WORD = re.compile(r"[^\W\d_]+")


def _said_doubtful(read: tuple[str, str]) -> tuple[str, str]:
    """``read`` (text, encoding), the encoding saying "a guess" when its words look
    garbled."""
    text, encoding = read
    broken = _garbled(text)
    return (text, f"{encoding} (a guess: {broken} words look garbled)") if broken else read


def _garbled(text: str) -> int:
    """How many words of ``text`` look garbled (``broken_words``), or 0 when too few do to
    say so."""
    broken = broken_words(text)
    if broken < _DOUBTFUL_WORDS or broken < _DOUBTFUL_SHARE * len(
        _WORD.findall(text, 0, _SAMPLE_BYTES)
    ):
        return 0
    return broken


def _reads_ordinary(text: str) -> bool:
    """Whether ``text`` reads as one language's ordinary text: its words not garbled and,
    when most of its letters beyond ASCII are Latin ones, those fitting one language's
    alphabet (``letters_fit``). A VNI text read in any code page is neither: its marks'
    letters mix alphabets ("Khaùnh Hoøa", "Khałnh Hoųa") or put another script's letters
    inside Latin words; KOI8-R Cyrillic read as KOI8-R is Cyrillic throughout."""
    if _garbled(text):
        return False
    beyond = [c for c in text[:_SAMPLE_BYTES] if not c.isascii() and c.isalpha()]
    if sum(map(latin_letter, beyond)) * 2 <= len(beyond):
        return True  # (another script's letters, unbroken)
    fit, letters = letters_fit(text)
    return letters < _FIT_LETTERS or fit >= _FITS


# Mac Roman (an old Mac's text files) puts its small accented letters on 0x80-0x9F, where
# Windows-1252 has its rarer marks and letters (é á ó õ ã as Ž ‡ — › ‹), and ç ê è on bytes
# Windows-1252 leaves empty: Spanish came out as "interŽs", "desaceleraci—n", and
# Portuguese, not Windows-1252 at all, as Windows-1250 or -1256, "SĚO PAULO", "aŤ›es",
# "bilh›es" — every accent of a Latin American desk's old Mac's files, unsaid (6 of 6). A
# word has no mark or capital inside it in any language (``broken_words``): a reading with
# them gives way to Mac Roman when that one has ten times fewer, its letters fit one
# language and it has no more oddities. (The detector offers Mac Roman last, as rare.)
_MAC_ROMAN = "mac_roman"
_BROKEN_TIMES = 10


def _mac_roman_instead(data: bytes, codec: str, text: str, oddities: int) -> tuple[str, str] | None:
    """``data`` read as Mac Roman when the one-byte ``codec`` breaks its words where Mac
    Roman reads letters, else None."""
    return _unbroken_instead(data, codec, text, oddities, (_MAC_ROMAN,))


# DOS code pages (cp850, Western Europe's, and cp437, the first PC's) put their small
# accented letters on 0x80-0xA5 too (é è à as 0x82 0x8A 0x85), where Windows-1252 has
# quotes and rare letters: French from an old PC came out as "pr‚sident", "trŠs",
# labelled a guess but never put right; Portuguese as Windows-1250, "bilhäes". They are
# read as Mac Roman is (``_mac_roman_instead``), their letters fitting one language's
# whatever their count: a DOS code page reads Windows-1252's curly quotes as letters
# ("It’s" is "Itæs"), and a text with a word broken otherwise must not turn to it.
_DOS = ("cp850", "cp437", "cp852")


def _dos_instead(data: bytes, codec: str, text: str, oddities: int) -> tuple[str, str] | None:
    """``data`` read in a DOS code page when the one-byte ``codec`` breaks its words where
    that one reads letters of one language, else None."""
    return _unbroken_instead(data, codec, text, oddities, _DOS, _FIT_LETTERS)


def _unbroken_instead(
    data: bytes, codec: str, text: str, oddities: int, others: tuple[str, ...], letters_min: int = 0
) -> tuple[str, str] | None:
    """``data`` read in the first of ``others`` that breaks ``_BROKEN_TIMES`` times fewer
    of its words than ``codec`` does (``broken_words``), and fewest, with no more
    ``oddities`` and its letters beyond ASCII (``letters_min`` of them at least) fitting
    one language; else None."""
    names = {codecs.lookup(other).name for other in others}
    if codecs.lookup(codec).name in names or len(text) != len(data):
        return None  # (a multi-byte code page's text is no Western text's mojibake)
    broken = broken_words(text)
    if not broken:
        return None
    found: tuple[int, str, str] | None = None
    for other in others:
        read = _other_reading(data, other, codec, oddities)
        if read is None:
            continue
        still = broken_words(read)
        if still * _BROKEN_TIMES >= broken or (found is not None and still >= found[0]):
            continue
        fit, letters = letters_fit(read)
        if letters < letters_min or (letters >= _FIT_LETTERS and fit < _FITS):
            continue
        found = still, read, other
    return None if found is None else (found[1], encoding_name(found[2]))


# Turkish in Windows-1254 or ISO-8859-9 differs from Western text in six letters only, and
# Windows-1252 reads those as letters too (ğ ı ş İ Ş Ğ as ð ý þ Ý Þ Ð): "Erdoðan", "Iðdýr
# Þýrnak" had no symbol to count against it, and won as the common Western code page (3 of
# 5 of a Turkish web desk's texts, unsaid; the rewrite split off as a story of its own, its
# "names changed: Erdoğan → Erdoðan"). Icelandic and Faroese, the languages that write
# those letters, write ð far more often than ý and write á í ó ú æ as often as ð þ ý;
# Turkish writes its ı (ý) more often than its ğ (ð), and none of á í ó ú æ.
_WESTERN = frozenset({"cp1252", "iso8859_1", "iso8859_15"})
_TURKISH_SEEN_WESTERN = frozenset("ðýþÐÝÞ")
_DOTLESS_SEEN_WESTERN = frozenset("ýÝ")  # ı and İ
_ETH = frozenset("ðÐ")  # ğ and Ğ
_ICELANDIC_VOWELS = frozenset("áíóúæÁÍÓÚÆ")
_TURKISH = ("cp1254", "iso8859_9")


def _reads_turkish(text: str) -> bool:
    """Whether ``text``, read in a Western code page, is Turkish: its letters ð ý þ are
    Turkish ğ ı ş (ý the most of them, as ı is in Turkish) and Icelandic's accented vowels
    are few beside them."""
    sample = text[:_SAMPLE_BYTES]
    tells = sum(1 for c in sample if c in _TURKISH_SEEN_WESTERN)
    dotless = sum(1 for c in sample if c in _DOTLESS_SEEN_WESTERN)
    eth = sum(1 for c in sample if c in _ETH)
    vowels = sum(1 for c in sample if c in _ICELANDIC_VOWELS)
    # (and ş or ğ, as þ or ð: Czech surnames in ý, "Novotný, Malý", in a French or German
    # story made it Turkish — a review)
    others = tells - dotless
    return dotless >= 2 and others >= 1 and 2 * dotless >= eth and 4 * vowels < tells


def _turkish_instead(data: bytes, codec: str, text: str, oddities: int) -> tuple[str, str] | None:
    """``data`` read as Turkish (Windows-1254, else ISO-8859-9) when it was read in a
    Western code page that shows Turkish letters (``_reads_turkish``) and the Turkish
    reading has no more oddities; else None."""
    if codecs.lookup(codec).name.replace("-", "_") not in _WESTERN or not _reads_turkish(text):
        return None
    for turkish in _TURKISH:
        try:
            read = data.decode(turkish)
        except UnicodeDecodeError:
            continue
        if _few_controls(read) and _oddities(read) <= oddities:
            return read, encoding_name(turkish)
    return None


# Code pages whose letters are other letters in each other, with no symbol to tell
# (``alphabets``): a reading in one of them gives way to another of them whose letters fit
# one language's alphabet, 95 % of them at least, and better than its own do: a tenth more
# of them, or half as many or fewer left over and two fewer at least (a Hungarian article
# read as Windows-1252 fits Hungarian but for its "jövõ", a twentieth of its letters). The
# ISO ones have control characters on 0x80-0x9F, where the Windows ones have letters and
# quotes: a text with such a byte is not in them. The detector's Baltic ISO-8859-4 and -13
# give way too (Czech and Polish in ISO-8859-2 came out as ISO-8859-4, "pøíštích",
# "zatrzymaŗa": a review).
_LATIN_PAGES = frozenset(
    {*_WESTERN, "cp1250", "iso8859_2", "cp1257", "iso8859_4", "iso8859_13", *_TURKISH}
)
_LATIN_OTHERS = ("cp1252", "cp1250", "iso8859_2", "cp1257")
_GREEK_PAGES = ("cp1253", "iso8859_7")
_FITS = 0.95
_FITS_BETTER = 0.1
_FEWER_LEFT = 2
_WHOLE_FIT_LETTERS = 10
_FIT_LETTERS = 3  # letters beyond ASCII a reading needs to be judged by them
_C1_BYTES = re.compile(b"[\x80-\x9f]")


def _other_letters_instead(
    data: bytes, codec: str, text: str, oddities: int
) -> tuple[str, str] | None:
    """``data`` read in the code page of its family whose letters are one language's, when
    the chosen ``codec`` reads them as letters of several (Czech in Windows-1250 read as
    Windows-1252: "Kè", "pøíštích"; Czech in ISO-8859-2 read as Windows-1250: "zvýąení";
    Hungarian in either read as Windows-1252: "jövõ"); or in the Greek code page that puts
    no "’" or "¶" before a Greek word (Windows-1253 and ISO-8859-7 differ in Ά). Else None.
    The other reading must have no more ``oddities`` (``_oddities``) and few controls. An
    English story read in a Western code page stays so when its words beyond ASCII are
    loanwords (``loanwords_only``: "déjà vu" was "déjŕ vu" in Windows-1250, a review)."""
    name = codecs.lookup(codec).name.replace("-", "_")
    if name in _GREEK_PAGES:
        return _greek_instead(data, name, text, oddities)
    if name == "cp1258" and not _VIETNAMESE.search(text):
        return _western_instead(data, name, oddities)
    if name not in _LATIN_PAGES or (name in _WESTERN and loanwords_only(text)):
        return None
    fit, letters = letters_fit(text)
    left = round((1 - fit) * letters)  # letters the best-fitting language does not write
    best: tuple[float, str, str] | None = None
    for other in _LATIN_OTHERS:
        read = _other_reading(data, other, name, oddities)
        if read is None or read == text:
            continue
        other_fit, other_letters = letters_fit(read)
        other_left = round((1 - other_fit) * other_letters)
        if other_letters < _FIT_LETTERS or other_fit < _FITS:
            continue
        fewer_left = (other_left == 0 < left and other_letters >= _WHOLE_FIT_LETTERS) or (
            2 * other_left <= left and other_left <= left - _FEWER_LEFT
        )
        if other_fit < fit + _FITS_BETTER and not fewer_left:
            continue
        if best is None or other_fit > best[0]:
            best = (other_fit, read, other)
    return None if best is None else (best[1], encoding_name(best[2]))


# Vietnamese's own letters, which Windows-1258 is for: a reading in it with none of them is
# another language's text, Italian's "giovedì", "però" read with combining accents instead
# (0xEC, 0xF2 are U+0301, U+0323 there): a fixing helper's harness
_VIETNAMESE = re.compile("[ăđơưĂĐƠƯ]")


def _western_instead(data: bytes, codec: str, oddities: int) -> tuple[str, str] | None:
    """``data`` read as Windows-1252 when its letters fit one language, else None."""
    read = _other_reading(data, "cp1252", codec, oddities)
    if read is None:
        return None
    fit, letters = letters_fit(read)
    return (read, encoding_name("cp1252")) if letters >= _FIT_LETTERS and fit >= _FITS else None


def _greek_instead(data: bytes, codec: str, text: str, oddities: int) -> tuple[str, str] | None:
    """``data`` in the other Greek code page when that puts fewer marks before Greek words
    than ``text`` does (``greek_marks``: "’γιος", "¶νοιξε" for "Άγιος", "Άνοιξε"), else
    None: a Greek desk's walkthrough, where either was read as the other."""
    marks = greek_marks(text)
    if not any(marks):
        return None
    other = _GREEK_PAGES[codec == _GREEK_PAGES[0]]
    read = _other_reading(data, other, codec, oddities)
    if read is None or greek_marks(read) >= marks:
        return None
    return read, encoding_name(other)


def _other_reading(data: bytes, other: str, codec: str, oddities: int) -> str | None:
    """``data`` read in ``other`` instead of ``codec``, or None when it cannot be: not
    decodable, more than a few controls, more ``oddities``, or an ISO code page for bytes
    that are controls in it (0x80-0x9F)."""
    if other == codec or (other.startswith("iso") and _C1_BYTES.search(data)):
        return None
    try:
        read = data.decode(other)
    except UnicodeDecodeError:
        return None
    if not _few_controls(read) or _oddities(read) > oddities:
        return None
    return read


# ISO-8859-15 (Latin-9) is Latin-1 with eight bytes changed: the euro sign on 0xA4, where
# Latin-1 and Windows-1252 have the currency sign "¤", and Š š Ž ž Œ œ Ÿ on 0xA6 0xA8 0xB4
# 0xB8 0xBC 0xBD 0xBE, where they have the symbols ¦ ¨ ´ ¸ ¼ ½ ¾. No symbol tells the
# readings apart, and Windows-1252 won every tie: an Austrian agency's Latin-9 takes were
# read as "461 ¤ statt 365 ¤", a Norwegian one's as "¦tefan Füle", "¼resund", unsaid (a
# German/Nordic desk's walkthrough), and a Windows-1252 delivery of the same take differed
# at every price. Those bytes tell it by where they stand: a euro sign beside a number
# ("461 €", "€ 50", "1,2 Mrd. €"), Latin-9's letters making words (a capital opening one,
# "Štefan", "Œuvre", or in one of capitals, "ŠKODA"; a small letter in one, "cœur"),
# against Latin-1's symbols standing as they are written: a fraction by a number ("1½",
# "½ Stunde"), an acute accent as an apostrophe ("don´t": Latin-9's "donŽt" is no word).
# A text with bytes 0x80-0x9F is in neither: Windows-1252 writes its quotes and its "€"
# there.
_LATIN9 = "iso8859_15"
_LATIN9_BYTES = re.compile(b"[\xa4\xa6\xa8\xb4\xb8\xbc-\xbe]")
_EURO_BESIDE_NUMBER = re.compile(
    r"\d[\s\u00a0\u202f]?€|€[\s\u00a0\u202f]?\d"
    r"|\d[\s\u00a0\u202f]?[^\W\d_]{1,5}\.?[\s\u00a0\u202f]?€"  # "1,2 Mrd. €", "3 Mio €"
)
_LATIN9_CAPITALS = frozenset("ŠŽŒŸ")
_LATIN9_SEEN = 1000  # of those bytes looked at: a code page shows in any page of text
_LATIN9_WORD = 40  # letters looked at each way for the word one stands in


def _latin9_evidence(text: str, data: bytes) -> tuple[int, int]:
    """``(for, against)``: how many of the bytes Latin-9 and Latin-1 read apart stand in
    ``text`` (``data`` read as Latin-9) as Latin-9's euro sign or letters do, and how many
    as Latin-1's symbols do."""
    euros = {
        m.start() + m.group().index("€")
        for m in _EURO_BESIDE_NUMBER.finditer(text, 0, _SAMPLE_BYTES)
    }
    for_, against = 0, 0
    for found in islice(_LATIN9_BYTES.finditer(data, 0, _SAMPLE_BYTES), _LATIN9_SEEN):
        at = found.start()
        char = text[at]
        before = text[at - 1] if at else " "
        after = text[at + 1] if at + 1 < len(text) else " "
        if char == "€":
            for_ += at in euros
            continue
        if before.isdigit() or after.isdigit():
            against += 1  # a fraction: "1½", "½%"
            continue
        start, end = at, at + 1  # (its word's letters, so many at most each way)
        while start > max(0, at - _LATIN9_WORD) and text[start - 1].isalpha():
            start -= 1
        while end < min(len(text), at + _LATIN9_WORD) and text[end].isalpha():
            end += 1
        word = text[start:end]
        if len(word) < 2:  # standing alone: "½ Stunde" (a Latin-9 "Ž-selskapet" says nothing)
            against += char in "œŸ"
        elif word.isupper():
            for_ += char in _LATIN9_CAPITALS
            against += char not in _LATIN9_CAPITALS
        elif char in _LATIN9_CAPITALS:  # opening a word, not inside one ("donŽt")
            good = at == start and word[1:].islower() and char != "Ÿ"
            for_ += good
            against += not good
        else:
            for_ += 1  # "cœur", "Šostakovitš"
    return for_, against


def _latin9_or_western(data: bytes, read: tuple[str, str]) -> tuple[str, str]:
    """``read`` (text, encoding), or ``data`` read as Latin-9 when the bytes it reads apart
    from Latin-1 stand as its euro sign and letters do (``_latin9_evidence``) more often
    than as Latin-1's symbols, in a reading of Latin letters with no more oddities nor
    broken words, its other letters fitting one language; or, read as Latin-9 where they stand
    as Latin-1's symbols more often, as Windows-1252."""
    text, encoding = read
    if len(text) != len(data) or _C1_BYTES.search(data) or not _LATIN9_BYTES.search(data):
        return read
    beyond = [c for c in text[:_SAMPLE_BYTES] if not c.isascii() and c.isalpha()]
    if sum(map(latin_letter, beyond)) * 2 < len(beyond):
        return read  # (another script's code page: ISO-8859-7 has a euro sign on 0xA4 too)
    latin9 = data.decode(_LATIN9)
    for_, against = _latin9_evidence(latin9, data)
    if encoding == encoding_name(_LATIN9):
        return (data.decode("cp1252"), encoding_name("cp1252")) if against > for_ else read
    if for_ <= against or latin9 == text:
        return read
    if _oddities(latin9) > _oddities(text) or broken_words(latin9) > broken_words(text):
        return read
    # (its other letters, Latin-1's, one language's: Latin-9's own are names' and loanwords')
    fit, letters = letters_fit(_LATIN9_BYTES.sub(b" ", data[:_SAMPLE_BYTES]).decode("latin-1"))
    if letters >= _FIT_LETTERS and fit < _FITS:
        return read
    return latin9, encoding_name(_LATIN9)
