"""Highlight colours for light and dark palettes, and the text formats built from them.

The hues come from the Okabe-Ito palette, which stays distinguishable with the common forms
of colour blindness; every kind also has a second cue that needs no colour at all:
deleted text is struck through, inserted text underlined, replaced text dotted-underlined,
moved text italic. Inline, where both halves of a replacement share a line, the old words are
struck through on the deleted hue and the new ones underlined on the inserted hue.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette, QTextCharFormat

FOCUS_FRAME = 2  # pixels: the frame of the list or pane that has the keyboard focus

if TYPE_CHECKING:  # common/ runs without widgets (tests/ui/test_layers.py)
    from PySide6.QtWidgets import QWidget

# Style keys used by the render plan.
DELETE = "delete"
INSERT = "insert"
REPLACE_OLD = "replace_old"
REPLACE_NEW = "replace_new"
# Inline view: the two halves of a replacement in one line, told apart as in the two panes
# of the side-by-side view by where they are: old text struck, new text underlined.
INLINE_OLD = "inline_old"
INLINE_NEW = "inline_new"
MOVED = "moved"
LABEL = "label"
PLAIN = ""
# The app's ¶ where a paragraph break was added or taken away: drawn as inserted or deleted
# text, but not text (find reads it as a space).
PILCROW_ADDED = "pilcrow_added"
PILCROW_TAKEN = "pilcrow_taken"
MARK_STYLES = frozenset({PILCROW_ADDED, PILCROW_TAKEN})


@dataclass(frozen=True, slots=True)
class Theme:
    """Colours (hex strings, so the theme can cross threads) for one palette."""

    dark: bool
    delete_bg: str
    insert_bg: str
    replace_bg: str
    moved_bg: str
    gap: str
    outline: str
    label: str
    flag: str

    @property
    def overview(self) -> dict[str, str]:
        """Strong colours of the overview strip, by change kind (a paragraph break added as
        an insertion, one taken away as a deletion)."""
        delete, insert = "#D55E00", "#56B4E9" if self.dark else "#0072B2"  # (2.8:1 on dark grey)
        return {
            "delete": delete,
            "insert": insert,
            "replace": "#E69F00",
            "move": "#CC79A7",
            "split": insert,
            "join": delete,
        }

    def overview_edge(self, colour: str) -> str | None:
        """The edge drawn round a mark of ``colour`` in the overview strip, so that the mark
        stands 3:1 from the strip (WCAG's bar for graphics): on a light strip orange and
        purple do not (2.1:1 and 2.9:1), their darker shade does; a dark strip needs none."""
        return None if self.dark else QColor(colour).darker(150).name()


LIGHT = Theme(
    dark=False,
    delete_bg="#F9D3BC",  # vermillion tint
    insert_bg="#CFE6F7",  # sky-blue tint
    replace_bg="#FBE5AE",  # orange tint
    moved_bg="#EFD3E4",  # reddish-purple tint
    gap="#B8B8B8",
    outline="#000000",
    label="#5A3D52",
    flag="#D55E00",
)

DARK = Theme(
    dark=True,
    delete_bg="#6E3213",
    insert_bg="#174A70",
    replace_bg="#6B5010",
    moved_bg="#5E3250",
    gap="#5A5A5A",
    outline="#FFFFFF",
    label="#E7C3DA",
    flag="#FF9A4D",
)


# White words on black (Options ▸ Appearance ▸ High contrast, or a system palette as stark):
# each kind's shade 4.5:1 at least under white words, and its second cue kept (a keyboard-only,
# 200% walkthrough preferring high contrast); the current change's outline cyan, apart from
# the focus's yellow frame (both yellow, they nested together in the pane with the keys: a
# keyboard-only, low-vision walkthrough), as the other looks keep them apart.
CONTRAST = Theme(
    dark=True,
    delete_bg="#A00000",
    insert_bg="#0040C0",
    replace_bg="#805400",
    moved_bg="#8A2A8A",
    gap="#9A9A9A",
    outline="#00FFFF",
    label="#FFFF00",
    flag="#FF9A4D",
)


def is_high_contrast(palette: QPalette) -> bool:
    """White text on black: the high-contrast look's palette (or a system's as stark)."""
    black, white = QColor("#000000"), QColor("#FFFFFF")
    return (
        palette.color(QPalette.ColorRole.Base) == black
        and palette.color(QPalette.ColorRole.Text) == white
    )


def current_theme() -> Theme:
    """The theme that fits the application's palette (which follows the system)."""
    app = QGuiApplication.instance()
    if app is None:
        return LIGHT
    if is_high_contrast(QGuiApplication.palette()):
        return CONTRAST
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return DARK
    if scheme == Qt.ColorScheme.Light:
        return LIGHT
    window = QGuiApplication.palette().color(QPalette.ColorRole.Base)
    return DARK if window.lightness() < 128 else LIGHT


def char_formats(theme: Theme) -> dict[str, QTextCharFormat]:
    """One character format per style key (safe to call off the GUI thread)."""

    def fmt(bg: str | None = None) -> QTextCharFormat:
        f = QTextCharFormat()
        if bg:
            f.setBackground(QBrush(QColor(bg)))
        return f

    formats = {PLAIN: QTextCharFormat()}
    formats[DELETE] = fmt(theme.delete_bg)
    formats[DELETE].setFontStrikeOut(True)
    formats[INSERT] = fmt(theme.insert_bg)
    formats[INSERT].setFontUnderline(True)
    for key in (REPLACE_OLD, REPLACE_NEW):
        formats[key] = fmt(theme.replace_bg)
        formats[key].setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    formats[INLINE_OLD] = fmt(theme.delete_bg)
    formats[INLINE_OLD].setFontStrikeOut(True)
    formats[INLINE_NEW] = fmt(theme.insert_bg)
    formats[INLINE_NEW].setFontUnderline(True)
    formats[MOVED] = fmt(theme.moved_bg)
    formats[MOVED].setFontItalic(True)
    formats[PILCROW_ADDED] = formats[INSERT]
    formats[PILCROW_TAKEN] = formats[DELETE]
    formats[LABEL] = fmt()
    formats[LABEL].setForeground(QBrush(QColor(theme.label)))
    formats[LABEL].setFontItalic(True)
    formats[LABEL].setFontWeight(QFont.Weight.DemiBold)
    return formats


def accent_sheet(
    palette: QPalette, selector: str, radius: int, padding: str = "", hover: bool = False
) -> str:
    """A style sheet that tints ``selector`` with the palette's highlight colour and edges it
    with that colour, so that it reads in light and dark themes alike; ``hover`` deepens the
    tint under the mouse and, with the keyboard's focus, edges it twice as thick (for
    something clickable: the pin's chip took a Tab stop and showed nothing of it, and Space
    there released the pin unseen — a keyboard user's walkthrough)."""
    accent = palette.color(QPalette.ColorRole.Highlight)
    rgb = f"{accent.red()}, {accent.green()}, {accent.blue()}"
    pad = f" padding: {padding};" if padding else ""
    sheet = (
        f"{selector} {{ background: rgba({rgb}, 40); border: 1px solid {accent.name()};"
        f" border-radius: {radius}px;{pad} }}"
    )
    if not hover:
        return sheet
    return (
        f"{sheet} {selector}:hover {{ background: rgba({rgb}, 90); }}"
        f" {selector}:focus {{ background: rgba({rgb}, 90); border: {FOCUS_FRAME}px solid"
        f" {focus_colour(palette, QPalette.ColorRole.Window).name()}; }}"
    )


def set_style_sheet(widget: QWidget, sheet: str) -> None:
    """Give ``widget`` ``sheet`` unless it has it: setting one sends a palette change, and a
    restyle on palette changes would loop."""
    if sheet != widget.styleSheet():
        widget.setStyleSheet(sheet)


def gap_brush(theme: Theme) -> QBrush:
    """The hatched shading of a row that is missing on one side."""
    return QBrush(QColor(theme.gap), Qt.BrushStyle.BDiagPattern)


def luminance(colour: QColor) -> float:
    """WCAG 2's relative luminance of ``colour`` (sRGB, linearised)."""

    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    red, green, blue = (linear(c) for c in (colour.redF(), colour.greenF(), colour.blueF()))
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(a: QColor, b: QColor) -> float:
    """WCAG 2's contrast ratio of two colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


# Where black and white contrast alike: (L + 0.05) / 0.05 == 1.05 / (L + 0.05).
CONTRAST_EVEN = (1.05 * 0.05) ** 0.5 - 0.05


def ink_for(colour: QColor) -> QColor:
    """Black or white, whichever contrasts more with ``colour`` (WCAG's ratio: black from a
    relative luminance of 0.18 up; a fixed 0.45 on gamma-encoded values gave white numbers
    4.3:1 on the heat map's mid teal cells). The heat map's numbers and the story view
    margin's patterns are drawn in it."""
    return QColor("#000000") if luminance(colour) > CONTRAST_EVEN else QColor("#FFFFFF")


FOCUS_CONTRAST = 3.0  # WCAG's bar for a graphic that tells a state (the focus frame)


def focus_colour(
    palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Base
) -> QColor:
    """The colour of the keyboard focus's frame on ``background``: the palette's highlight,
    or, where it stands less than 3:1 from the background, the highlight made lighter (on
    a dark background) or darker until it does, black or white at the last. A dark or
    high-contrast system palette's highlight stood 1.2:1 from the panes (dark blue on dark
    grey), and the frame, the only sign of which pane had the keys, could not be seen (a
    keyboard-only, high-contrast walkthrough); the change strip's marks keep the same bar."""
    ground = palette.color(background)
    colour = palette.color(QPalette.ColorRole.Highlight)
    if contrast(colour, ground) >= FOCUS_CONTRAST:
        return colour
    hue, saturation, lightness = colour.hslHue(), colour.hslSaturation(), colour.lightness()
    lighter = luminance(ground) <= CONTRAST_EVEN  # (a dark ground: towards white)
    for step in range(1, 21):
        shade = (
            lightness + (255 - lightness) * step // 20 if lighter else lightness * (20 - step) // 20
        )
        tried = QColor.fromHsl(max(hue, 0), saturation, shade)
        if contrast(tried, ground) >= FOCUS_CONTRAST:
            return tried
    return ink_for(ground)


TEXT_CONTRAST = 4.5  # WCAG's bar for text (words on a selected row)


def strong_selection(
    palette: QPalette, background: QPalette.ColorRole = QPalette.ColorRole.Base
) -> QPalette:
    """``palette`` with its selection, focused or not, in the focus frame's colour
    (``focus_colour``: 3:1 from ``background`` at least) and the selected text in the
    palette's own or, where that stands less than 4.5:1 from it, black or white: for a row
    that says what a key will act on. The dark look's selection without the focus is grey,
    2.2:1, as it should be for a list the keys have left; but Move to another story drives
    its list from the filter, and the story Enter would act on was that grey, and the cheat
    sheet's current row 1.13:1 (a keyboard-only, 200% walkthrough)."""
    strong = QPalette(palette)
    fill = focus_colour(palette, background)
    ink = palette.color(QPalette.ColorRole.HighlightedText)
    if contrast(ink, fill) < TEXT_CONTRAST:
        ink = ink_for(fill)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        strong.setColor(group, QPalette.ColorRole.Highlight, fill)
        strong.setColor(group, QPalette.ColorRole.HighlightedText, ink)
    return strong
