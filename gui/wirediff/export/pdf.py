"""An HTML report printed to PDF by Qt's own text engine (QTextDocument), no browser.

Works headless: for a command (no app running) the offscreen platform is chosen before Qt
starts, whatever display is named, so a dead ``DISPLAY`` cannot abort it.

Fonts: the text is set in DejaVu Sans, and each character DejaVu lacks in the next family
that has it: the bundled Noto Naskh Arabic (registered here, once per process, as the app
does at start-up: a bare Linux has no font for Urdu's ہ ے ۔), then whatever Qt's fallback
finds installed. A character no font here has would be an empty box, and missing from the
PDF's text: the control pictures (␛ for ESC) that ``printable`` shows controls as are
printed as marks instead (``<ESC>``, as bidi controls are shown); any other such character
(CJK or emoji on a machine without fonts for them) is counted and said (``warn``), and so
are characters beyond U+FFFF (emoji) that are drawn, for Qt's PDF carries no text for them.

The PDF's text says the characters the report has: where a font draws two characters with one
glyph, Qt's text named the first in Unicode's order, a CJK radical for its ideograph (⼝ for
口); the written file's maps are corrected (``export.tounicode``).
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections import Counter
from html import escape as html_escape

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QLoggingCategory, QMarginsF
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QRawFont,
    QTextDocument,
    QTextLayout,
    QTextOption,
)

from wirediff.core.textsafe import printable
from wirediff.export import tounicode
from wirediff.fonts import bundled_families

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Collection, Mapping

BASE_FAMILY = "DejaVu Sans"
# What printable shows a C0 control and DEL as (U+2400 + code, U+2421), and the names of
# those controls: the marks printed when no font has the pictures (DejaVu has none).
_C0 = (
    "NUL SOH STX ETX EOT ENQ ACK BEL BS HT LF VT FF CR SO SI "
    "DLE DC1 DC2 DC3 DC4 NAK SYN ETB CAN EM SUB ESC FS GS RS US"
).split()
CONTROL_MARKS = {chr(0x2400 + code): f"<{name}>" for code, name in enumerate(_C0)}
CONTROL_MARKS["\u2421"] = "<DEL>"
_PICTURE = re.compile("[\u2400-\u241f\u2421]")
# Characters that are not drawn as glyphs (spaces, line and paragraph separators, controls,
# format characters such as the zero-width space, and the noncharacters Qt marks frames with).
_NOT_DRAWN = {"Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Cn"}
# Words that end a script's name in a character's Unicode name ("TAI LE LETTER XA").
_NAME_ENDS = {
    "LETTER",
    "SYLLABLE",
    "SYLLABICS",
    "CHARACTER",
    "DIGIT",
    "NUMBER",
    "SIGN",
    "MARK",
    "VOWEL",
    "CONSONANT",
    "IDEOGRAPH",
    "LIGATURE",
    "PUNCTUATION",
    "SMALL",
    "CAPITAL",
    "FRACTION",
}

_app: QGuiApplication | None = None  # kept alive while this process prints


def _ensure_application() -> None:
    """A QGuiApplication (fonts need one): the app's own when it runs; for a command, which
    only prints, one on the offscreen platform, whatever display is named.

    Qt opens the display ``DISPLAY`` or ``WAYLAND_DISPLAY`` names, and one named that does
    not answer (left from tmux or a broken ssh -X) made it abort the process, exit 134 and
    no PDF (found by a data engineer's nightly job); so did no display at all. ``-platform``
    on Qt's command line outranks ``QT_QPA_PLATFORM``, and is not passed on to children."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    argv = sys.argv[:1] or ["wirediff"]
    if sys.platform not in ("win32", "darwin"):  # X11 or Wayland: there, no display is needed
        argv += ["-platform", "offscreen"]
    _app = QGuiApplication(argv)


def print_font() -> QFont:
    """The font the printed page is set in: DejaVu Sans, then the bundled families for
    the characters it lacks (registered with Qt first, once per process); no ligatures."""
    _ensure_application()
    font = QFont(BASE_FAMILY, 8)
    font.setFamilies([BASE_FAMILY, *bundled_families()])
    # No ligatures: "ﬁ" and "ﬀ" glyphs would copy out of the PDF as single characters,
    # and a file name or hash copied from the evidence must be the same string.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    return font


def marked_controls(html: str, metrics: QFontMetrics) -> str:
    """``html`` with each control picture no font here draws (``metrics``: the page's font
    and Qt's fallbacks) replaced by its name in angle brackets, escaped: ␛ → ``<ESC>``."""
    found = set(_PICTURE.findall(html))
    if not found:
        return html
    marks = {c: html_escape(CONTROL_MARKS[c]) for c in found if not metrics.inFontUcs4(ord(c))}
    if not marks:
        return html
    return _PICTURE.sub(lambda m: marks.get(m.group(), m.group()), html)


def font_gaps(text: str, metrics: QFontMetrics) -> tuple[Counter[str], Counter[str]]:
    """The characters of ``text`` that neither the font of ``metrics`` nor any font Qt
    falls back to has (empty boxes), and those beyond U+FFFF that one has: drawn, but Qt's
    PDF writer gives them no text (its ToUnicode maps stop at U+FFFF), so they are missing
    from what is searched and copied. Each with the number of times it occurs."""
    missing: Counter[str] = Counter()
    textless: Counter[str] = Counter()
    for char, n in Counter(text).items():
        if unicodedata.category(char) in _NOT_DRAWN:
            continue
        if not metrics.inFontUcs4(ord(char)):
            missing[char] = n
        elif ord(char) > 0xFFFF:
            textless[char] = n
    return missing, textless


def script_of(char: str) -> str:
    """What a reader would call the writing ``char`` belongs to, from its code point and
    Unicode name: "CJK", "Hangul", "Devanagari", "emoji and symbols", "punctuation"…"""
    code, category = ord(char), unicodedata.category(char)
    name = unicodedata.name(char, "")
    if name.startswith("HANGUL"):
        return "Hangul"
    if name.startswith(("HIRAGANA", "KATAKANA")):
        return "Japanese kana"
    east_asian = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0xFE30, 0xFE4F), (0xFF00, 0xFFEF))
    if "IDEOGRAPH" in name or code >= 0x20000 or any(a <= code <= b for a, b in east_asian):
        return "CJK"  # with its punctuation and full-width forms
    if category.startswith("S") or 0x1F000 <= code <= 0x1FAFF:
        return "emoji and symbols"
    if category == "Co" or not name:
        return "private use"
    if name.startswith("COMBINING"):
        return "combining marks"
    if category.startswith("P"):
        return "punctuation"
    words: list[str] = []
    for word in name.split():
        if word in _NAME_ENDS:
            break
        words.append(word)
    return " ".join(words).title() or "other"


def _counted(chars: Mapping[str, int]) -> str:
    """``chars`` (character: times) as "12 characters (CJK 10, emoji and symbols 2:
    U+4E2D U+1F600 …)": by writing, the most frequent first few as code points."""
    total = sum(chars.values())
    scripts: Counter[str] = Counter()
    for char, n in chars.items():
        scripts[script_of(char)] += n
    writings = ", ".join(f"{script} {n}" for script, n in scripts.most_common())
    firsts = sorted(chars, key=lambda c: (-chars[c], c))[:5]
    codes = " ".join(f"U+{ord(c):04X}" for c in firsts) + (" …" if len(chars) > 5 else "")
    return f"{total} character{'' if total == 1 else 's'} ({writings}: {codes})"


def describe_gaps(missing: Mapping[str, int], textless: Mapping[str, int]) -> list[str]:
    """What ``font_gaps`` found, in words: one sentence each for a message (none when
    everything is drawn and carried as text)."""
    said = []
    if missing:
        said.append(
            f"{_counted(missing)} could not be drawn, no font installed here has them: "
            "they are empty boxes in the PDF and missing from its text (install a font for "
            "that writing to print them)"
        )
    if textless:
        said.append(
            f"{_counted(textless)} beyond U+FFFF are drawn but missing from the PDF's text, "
            "which Qt writes only for characters up to U+FFFF: searching or copying the PDF "
            "will not find them"
        )
    return said


def print_document(html: str, warn: Callable[[str], None] | None = None) -> QTextDocument:
    """``html`` as a document to print (a PDF, or a printer the user chose): its font, and
    words longer than a line (URLs, hashes) broken anywhere rather than cut off. ``warn``
    is told, in words, of characters no font here can draw, and of those the PDF will not
    carry as text (``describe_gaps``; nothing when there are none). Qt's own warnings of
    each run of a script a font lacks ("OpenType support missing for "DejaVu Sans", script
    11": 150 lines on a Hindi report's stderr) are quieted (``QT_LOGGING_RULES`` can say
    otherwise)."""
    QLoggingCategory.setFilterRules("qt.text.font.db=false")
    font = print_font()
    metrics = QFontMetrics(font)
    document = QTextDocument()
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(marked_controls(html, metrics))
    if warn is not None:
        for said in describe_gaps(*font_gaps(document.toPlainText(), metrics)):
            warn(said)
    return document


def html_to_pdf(
    html: str,
    *,
    title: str = "",
    creator: str = "wirediff",
    warn: Callable[[str], None] | None = None,
) -> bytes:
    """``html`` laid out on A4 pages (2 cm margins, page numbers) as PDF bytes. ``title``
    (the document's metadata, which viewers show in their title bar) is filtered as the
    page shows it: a U+202E or an ESC in an article's title is shown, not obeyed. ``warn``:
    as for ``print_document``."""
    document = print_document(html, warn)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(printable(title, one_line=True))
    writer.setCreator(printable(creator, one_line=True))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ adds its own 2 cm
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    return text_as_shown(bytes(data.data()), document)


def text_as_shown(pdf: bytes, document: QTextDocument) -> bytes:
    """``pdf``, printed from ``document``, with each glyph's text the character the
    document has where Qt's named another the font draws alike: 口, not the radical ⼝
    (``export.tounicode``). Unchanged when its text names only characters the document
    has, and none of them a CJK radical."""
    counts = Counter(document.toPlainText())
    suspects = {
        c
        for c in tounicode.targets(pdf)
        if tounicode.drawn(c) and (counts[c] == 0 or ord(c) in tounicode.RADICALS)
    }
    if not suspects:
        return pdf
    twins = glyph_twins(document, suspects, [c for c in counts if tounicode.drawn(c)])
    return tounicode.retarget(pdf, tounicode.better_characters(twins, counts))


def _raw_fonts(document: QTextDocument) -> list[QRawFont]:
    """The fonts ``document`` is set in, fallbacks included: each font its text asks for
    laid out with the characters set in it (a few lines, not the document's pages)."""
    asked: dict[str, tuple[QFont, set[str]]] = {}
    default = document.defaultFont()
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            font = fragment.charFormat().font().resolve(default)
            asked.setdefault(font.key(), (font, set()))[1].update(fragment.text())
            fragments += 1
        block = block.next()
    fonts: dict[tuple[str, str], QRawFont] = {}
    for font, chars in asked.values():
        layout = QTextLayout("".join(sorted(chars)), font)
        layout.beginLayout()
        while (line := layout.createLine()).isValid():
            line.setLineWidth(1e6)
        layout.endLayout()
        for i in range(layout.lineCount()):
            for run in layout.lineAt(i).glyphRuns():
                raw = run.rawFont()
                fonts.setdefault((raw.familyName(), raw.styleName()), raw)
    return list(fonts.values())


def glyph_twins(
    document: QTextDocument, chars: Collection[str], text: Collection[str]
) -> dict[str, set[str]]:
    """For each of ``chars``, the characters of ``text`` that a font ``document`` is set in
    draws with the same glyph as it (the character itself included, where the text has it)."""
    twins: dict[str, set[str]] = {c: set() for c in chars}
    wanted, others = "".join(chars), "".join(text)
    for raw in _raw_fonts(document):
        glyphs: dict[int, list[str]] = {}
        for char, glyph in _glyphs(raw, wanted):
            if glyph:
                glyphs.setdefault(glyph, []).append(char)
        for char, glyph in _glyphs(raw, others):
            for twin in glyphs.get(glyph, ()) if glyph else ():
                twins[twin].add(char)
    return twins


def _glyphs(raw: QRawFont, text: str) -> list[tuple[str, int]]:
    """Each character of ``text`` with the glyph ``raw``'s own character map gives it (0:
    none): one call for the whole text, one a character if Qt counted otherwise."""
    glyphs = raw.glyphIndexesForString(text)
    if len(glyphs) != len(text):
        glyphs = [(raw.glyphIndexesForString(c) or [0])[0] for c in text]
    return list(zip(text, glyphs, strict=True))
