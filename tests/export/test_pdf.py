"""Printing to PDF: the bundled fonts registered by whoever prints, control pictures no font
has printed as marks, and what no font can draw said rather than silently dropped."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
import unicodedata
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtGui import QFontMetrics, QGuiApplication, QTextTable

from wirediff import fonts
from wirediff.export import pdf, tounicode

URDU = "وزارت خارجہ کے ترجمان نے کہا کہ مذاکرات اگلے ہفتے دوبارہ شروع ہوں گے۔"
CHINESE = "中国外交部发言人表示，谈判将于下周在多哈恢复。"
# Where distributions put DejaVu: a font set of DejaVu alone is a bare Linux's (the .deb's).
DEJAVU = [
    Path(p)
    for p in ("/usr/share/fonts/truetype/dejavu", "/usr/share/fonts/dejavu", "/usr/share/fonts/TTF")
    if Path(p, "DejaVuSans.ttf").is_file()
]


class Metrics:
    """A font's metrics that has the characters of ``has`` only (as QFontMetrics)."""

    def __init__(self, has: str) -> None:
        self.has = has

    def inFontUcs4(self, code: int) -> bool:
        return chr(code) in self.has


def test_control_pictures_no_font_has_are_printed_as_marks() -> None:
    html = "<p title='␛'>a␛[2J␇ b␊c ␡ end</p>"
    marked = pdf.marked_controls(html, Metrics("␇"))  # type: ignore[arg-type]
    assert marked == "<p title='&lt;ESC&gt;'>a&lt;ESC&gt;[2J␇ b&lt;LF&gt;c &lt;DEL&gt; end</p>"
    assert pdf.marked_controls(html, Metrics("␛␇␊␡")) == html  # type: ignore[arg-type]
    assert pdf.CONTROL_MARKS["\u2400"] == "<NUL>" and pdf.CONTROL_MARKS["\u241f"] == "<US>"


def test_characters_no_font_has_are_counted_by_writing() -> None:
    text = f"a {CHINESE} \u200b\u2029😀😀 ہ\n"
    missing, textless = pdf.font_gaps(text, Metrics("aہ😀"))  # type: ignore[arg-type]
    assert sum(missing.values()) == len(CHINESE) and missing["中"] == 1
    assert dict(textless) == {"😀": 2}  # drawn, but Qt's PDF gives it no text
    [boxes, no_text] = pdf.describe_gaps(missing, textless)
    assert boxes.startswith(f"{len(CHINESE)} characters (CJK {len(CHINESE)}: U+")
    assert "could not be drawn" in boxes and "empty boxes" in boxes
    assert no_text.startswith("2 characters (emoji and symbols 2: U+1F600) beyond U+FFFF")
    assert pdf.describe_gaps({}, {}) == []


@pytest.mark.parametrize(
    ("char", "script"),
    [
        ("中", "CJK"),
        ("，", "CJK"),
        ("한", "Hangul"),
        ("か", "Japanese kana"),
        ("😀", "emoji and symbols"),
        ("क", "Devanagari"),
        ("ሀ", "Ethiopic"),
        ("\u0301", "combining marks"),
        ("\ue000", "private use"),
        ("«", "punctuation"),
    ],
)
def test_the_writing_a_character_belongs_to(char: str, script: str) -> None:
    assert pdf.script_of(char) == script


def test_the_bundled_fonts_are_registered_once_per_process(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    calls: list[object] = []
    monkeypatch.setattr(fonts, "_registered", None)
    monkeypatch.setattr(fonts, "register_bundled_fonts", lambda: calls.append(1) or ["X"])
    assert fonts.bundled_families() == fonts.bundled_families() == ["X"]
    assert calls == [1]


def test_the_page_font_falls_back_to_the_bundled_arabic_font(qapp) -> None:  # type: ignore[no-untyped-def]
    font = pdf.print_font()
    assert font.families()[:2] == ["DejaVu Sans", "Noto Naskh Arabic"]
    metrics = QFontMetrics(font)
    assert all(metrics.inFontUcs4(ord(c)) for c in "ہے۔")


def test_a_control_picture_is_printed_as_a_picture_or_a_mark(qapp) -> None:  # type: ignore[no-untyped-def]
    """Never an empty box: DejaVu has no ␛, and the mark says what was there."""
    said: list[str] = []
    data = pdf.html_to_pdf("<p>title ␛]0;x␇ end</p>", warn=said.append)
    text = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    metrics = QFontMetrics(pdf.print_font())
    for picture, mark in (("␛", "<ESC>"), ("␇", "<BEL>")):
        assert (picture if metrics.inFontUcs4(ord(picture)) else mark) in text
    assert said == []


def bare_fonts(tmp_path: Path) -> dict[str, str]:
    """The environment of a process whose font set is DejaVu alone."""
    if not DEJAVU or shutil.which("pdftotext") is None:
        pytest.skip("needs DejaVu's fonts and poppler's pdftotext")
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{DEJAVU[0]}</dir><cachedir>{tmp_path / 'fontcache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["FONTCONFIG_FILE"] = str(conf)
    return env


def test_cli_pdf_keeps_urdu_and_says_what_it_cannot_draw(tmp_path: Path) -> None:
    """``wirediff report -o x.pdf`` never registered the bundled font (only the app did):
    on a DejaVu-only machine ہ ے ۔ were boxes, missing from the PDF's text, and the
    Chinese line was boxes with nothing said."""
    env = bare_fonts(tmp_path)
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(f"Urdu story\n\n{URDU}\n\n{CHINESE}\n", encoding="utf-8")
    b.write_text(f"Urdu story\n\n{URDU} پیر کو\n\n{CHINESE}\n", encoding="utf-8")
    out = tmp_path / "r.pdf"
    done = subprocess.run(
        [sys.executable, "-m", "wirediff", "report", str(a), str(b), "--no-store", "-o", str(out)],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    shown = subprocess.run(
        ["pdftotext", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    # pdftotext gives Arabic letters as presentation forms (ﮧ for ہ): NFKC folds them back.
    text = unicodedata.normalize("NFKC", shown)
    for char in "ہے۔":
        assert text.count(char) >= 2 * URDU.count(char), char  # in both versions
    [warning] = done.stderr.splitlines()
    count = 2 * len(CHINESE)  # both versions' lines, on each side
    assert warning.startswith("wirediff report: ")
    assert "(CJK " in warning and "could not be drawn" in warning
    assert int(warning.split()[2]) >= count


def laid_out_width(html: str, text_mm: float) -> tuple[float, float]:
    """The printed page's ``html`` laid out ``text_mm`` wide (A4 less Qt's 2 cm margins is
    170 mm; every length scales with the resolution alike): (the room, the widest table)."""
    document = pdf.print_document(html)
    dpi = QGuiApplication.primaryScreen().logicalDotsPerInchX()
    room = text_mm / 25.4 * dpi
    document.setTextWidth(room)
    layout = document.documentLayout()
    frames = document.rootFrame().childFrames()
    tables = [layout.frameBoundingRect(f).right() for f in frames if isinstance(f, QTextTable)]
    assert tables
    return room, max(max(tables), document.size().width())


@pytest.mark.parametrize("text_mm", [170, 140])  # A4 (Letter is wider), and wider margins
def test_the_reports_tables_fit_the_printed_page(qapp, sample_dir: Path, text_mm: float) -> None:  # type: ignore[no-untyped-def]
    """The provenance table's last header, "Read for this report", ran past the right
    margin of the PDF (its headers did not wrap: found by a reviewer). Every table fits the
    page's width, with a long path and a file of 12 GB too."""
    from wirediff.core.reading import load_paths
    from wirediff.core.report.evidence import pair_report
    from wirediff.core.report.evidence_html import render_report

    documents = load_paths([sample_dir]).documents
    report = pair_report(documents[0], documents[1], folder=sample_dir)
    room, widest = laid_out_width(render_report(report, for_print=True), text_mm)
    assert widest <= room + 2
    long = "deep/" * 12 + "a_file_name_without_a_break_" * 6 + ".txt"
    files = tuple(replace(f, path=long, size=12_345_678_901, changed=True) for f in report.files)
    wide = render_report(replace(report, files=files), for_print=True)
    room, widest = laid_out_width(wide, text_mm)
    assert widest <= room + 2


# A4 (was 35%), and wider margins (was 21%: the figures' minimum widths weigh more)
@pytest.mark.parametrize(("text_mm", "share"), [(170, 0.42), (140, 0.33)])
def test_the_versions_table_gives_the_version_column_its_share(  # type: ignore[no-untyped-def]
    qapp, sample_dir: Path, text_mm: float, share: float
) -> None:
    """The figures' headers and cells, in the body's font, took their minimum widths first:
    the Version column (46% asked) got 35% of the printed page, and file names broke in
    the middle ("NRHA_press_release_2025-0 / 3-04.txt"). Found by a fact-checker."""
    from wirediff.core.reading import load_paths
    from wirediff.core.report.evidence import story_report
    from wirediff.core.report.evidence_html import render_report
    from wirediff.core.stories import build_story_index

    index = build_story_index(load_paths([sample_dir]).documents)
    report = story_report(index, index.story_of(0).id, folder=sample_dir)
    document = pdf.print_document(render_report(report, for_print=True))
    document.setTextWidth(text_mm / 25.4 * QGuiApplication.primaryScreen().logicalDotsPerInchX())
    layout = document.documentLayout()
    versions = next(f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable))
    left = [
        layout.blockBoundingRect(versions.cellAt(0, c).firstCursorPosition().block()).x()
        for c in range(versions.columns())
    ]
    width = layout.frameBoundingRect(versions).width()
    assert (left[2] - left[1]) / width >= share


def test_replaced_words_are_dotted_underlined_in_the_report_and_its_print(qapp) -> None:  # type: ignore[no-untyped-def]
    """Replaced words ("Reuters → AP", "1,800 → 1,200") were a pale yellow background
    alone: gone in a greyscale print or under forced colours (a low-vision walkthrough).
    Dotted-underlined, as the app draws them, in a browser and in Qt's print alike."""
    import re

    from PySide6.QtGui import QColor, QTextCharFormat, QTextDocument

    from tests.core.review.helpers import SAMPLE, read
    from wirediff.core.report.evidence import pair_report
    from wirediff.core.report.evidence_html import render_report

    report = pair_report(read(SAMPLE, "000"), read(SAMPLE, "001"))
    page = render_report(report)
    rule = re.search(r"\.rep\{([^}]*)\}", page)
    assert rule is not None and "text-decoration-style:dotted" in rule.group(1)
    assert "text-decoration-line:underline" in rule.group(1)
    assert 'class="rep"' in page
    document = QTextDocument()
    document.setHtml(render_report(report, for_print=True))
    styles: dict[str, set[QTextCharFormat.UnderlineStyle]] = {"rep": set(), "ins": set()}
    grounds = {QColor("#fff0a8").rgb(): "rep", QColor("#cfe4ff").rgb(): "ins"}
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            kind = (
                grounds.get(fmt.background().color().rgb())
                if fmt.hasProperty(QTextCharFormat.Property.BackgroundBrush)
                else None
            )
            if kind:
                styles[kind].add(fmt.underlineStyle())
            it += 1
        block = block.next()
    assert styles["rep"] == {QTextCharFormat.UnderlineStyle.DotLine}
    assert styles["ins"] == {QTextCharFormat.UnderlineStyle.SingleUnderline}


def pdf_text(data: bytes) -> str:
    """The text of a PDF as pypdf gives it, with no white space (pypdf's spacing varies)
    and no page numbers."""
    reader = PdfReader(io.BytesIO(data), strict=True)
    pages = ["".join(page.extract_text().split()) for page in reader.pages]
    return "".join(page.removesuffix(str(n)) for n, page in enumerate(pages, 1))


def needs_cjk_fonts() -> None:
    metrics = QFontMetrics(pdf.print_font())
    if not all(metrics.inFontUcs4(ord(c)) for c in "口한か"):
        pytest.skip("needs a CJK font")


def test_the_pdfs_text_has_the_chinese_characters_shown_not_radicals(qapp) -> None:  # type: ignore[no-untyped-def]
    """Noto Sans CJK draws 口 and the Kangxi radical ⼝ (U+2F1D) with one glyph, and Qt's
    PDF named each such glyph by its radical: "进出⼝同⽐增⻓", so 出口 and 增长 were not
    found in the PDF and a copied quote was corrupted (a Chinese wire desk's walkthrough)."""
    needs_cjk_fonts()
    chinese = "口 月 长 香 大 一 日 民 長 示。前11个月我国外贸进出口同比增长3.6%，香港01"
    data = pdf.html_to_pdf(f"<p>{chinese}</p><p><b>{chinese}</b></p>")
    text = pdf_text(data)
    assert text.count("".join(chinese.split())) == 2, text
    assert not [c for c in text if ord(c) in tounicode.RADICALS]
    if shutil.which("pdftotext"):
        shown = subprocess.run(
            ["pdftotext", "-", "-"], input=data, capture_output=True, check=True
        ).stdout.decode("utf-8")
        assert shown.count("增长") == shown.count("香港") == shown.count("出口") == 2


def test_a_radical_the_text_has_stays_a_radical(qapp) -> None:  # type: ignore[no-untyped-def]
    """A text about radicals keeps them; where it has the ideograph more often, the glyph
    they share is named by the ideograph."""
    needs_cjk_fonts()
    assert pdf_text(pdf.html_to_pdf("<p>部首⼝</p>")) == "部首⼝"
    assert pdf_text(pdf.html_to_pdf("<p>⼝，出口，口岸</p>")) == "口，出口，口岸"


@pytest.mark.parametrize(
    "text",
    [
        "日本語の文章です。一月に大きい方の高い山へ行った人が立ち止まった。",  # Japanese
        "한국어 문장입니다. 大韓民國 서울特別市 一月",  # Korean, with hanja
        "Hello, world — Größe, ﬁne café, señor, Москва, Αθήνα, 5 µm",  # Latin, Cyrillic, Greek
    ],
)
def test_the_pdfs_text_is_the_text_printed(qapp, text: str) -> None:  # type: ignore[no-untyped-def]
    needs_cjk_fonts()
    assert pdf_text(pdf.html_to_pdf(f"<p>{text}</p>")) == "".join(text.split())


def test_arabic_text_is_left_as_qt_writes_it(qapp, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Qt names Arabic glyphs by their presentation forms (ﻣ for م), shared with no other
    character: the correction changes nothing there."""
    html = f"<p>مرحبا بالعالم {URDU}</p>"
    fixed = pdf_text(pdf.html_to_pdf(html))
    monkeypatch.setattr(pdf, "text_as_shown", lambda data, document: data)
    assert fixed == pdf_text(pdf.html_to_pdf(html))
