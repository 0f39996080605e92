"""The bundled Arabic-script font registers with Qt and draws Urdu's ہ ے ۔ (offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QFontMetrics,
    QGuiApplication,
    QRawFont,
    QTextLayout,
)

from wirediff.fonts import bundled_font_files, register_bundled_fonts
from wirediff.resources import resources_dir

URDU = "وزیر اعظم نے کہا کہ یہ فیصلہ درست ہے۔"  # with ہ (U+06C1), ے (U+06D2), ۔ (U+06D4)
FAMILY = "Noto Naskh Arabic"


@pytest.fixture
def gui_app(qapp) -> QGuiApplication:
    """pytest-qt's application (a QApplication is a QGuiApplication): one for the whole
    session, so that widget tests after these still get a QApplication."""
    assert isinstance(qapp, QGuiApplication)
    return qapp


def test_the_font_and_its_licence_are_bundled():
    folder = resources_dir() / "fonts"
    assert [p.name for p in bundled_font_files()] == [
        "NotoNaskhArabic-Bold.ttf",
        "NotoNaskhArabic-Regular.ttf",
    ]
    assert "SIL Open Font License" in (folder / "OFL.txt").read_text(encoding="utf-8")
    sources = (resources_dir() / "FONT-SOURCES.md").read_text(encoding="utf-8")
    for path in bundled_font_files():
        assert path.name in sources


def test_registered_font_draws_urdu(gui_app):
    assert "ہ" in URDU and "ے" in URDU and "۔" in URDU
    families = register_bundled_fonts()
    assert families == [FAMILY]
    assert FAMILY in QFontDatabase.families()
    font = QFont(FAMILY, 14)
    assert QFontMetrics(font).inFontUcs4(ord("ہ"))
    for path in bundled_font_files():
        raw = QRawFont(str(path), 14)
        assert raw.isValid() and raw.familyName() == FAMILY
        missing = [c for c in URDU if not c.isspace() and not raw.supportsCharacter(ord(c))]
        assert missing == [], path.name


def test_text_asking_for_another_font_falls_back_to_it(gui_app):
    """The point of bundling: Urdu set in DejaVu Sans (which lacks ہ ے ۔) is drawn, not boxes."""
    register_bundled_fonts()
    layout = QTextLayout(URDU, QFont("DejaVu Sans", 12))
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert all(0 not in run.glyphIndexes() for run in runs)  # glyph 0: the missing-glyph box
    # The bundled family draws it — unless the system has an Arabic font of its own, which
    # Qt's fallback may take first (Noto Kufi on a desktop with fonts-noto-core).
    others = [
        family
        for family in QFontDatabase.families(QFontDatabase.WritingSystem.Arabic)
        if family != FAMILY and all(QFontMetrics(QFont(family)).inFontUcs4(ord(c)) for c in "ہے۔")
    ]
    if not others:
        assert FAMILY in {run.rawFont().familyName() for run in runs}


def test_a_folder_without_fonts_registers_nothing(gui_app, tmp_path):
    (tmp_path / "notes.txt").write_text("not a font", encoding="utf-8")
    assert register_bundled_fonts(tmp_path) == []
    assert register_bundled_fonts(tmp_path / "missing") == []


def test_a_broken_font_file_is_skipped(gui_app, tmp_path, caplog):
    (tmp_path / "broken.ttf").write_bytes(b"\0" * 64)
    assert register_bundled_fonts(tmp_path) == []
    assert "could not load the font" in caplog.text
