"""Options ▸ Appearance: the system's colours, or light, dark or high contrast whatever the
system says.

The app followed the system alone: with no platform theme (a plain X session, a window
manager without a desktop) there was no way to a dark window, and on Windows and macOS no
way to one different from the system's. A chosen look asks the platform for that colour
scheme (where it can switch: Windows, macOS, GNOME) and sets the Fusion style with a palette
of its own, which every platform honours; the system look puts back the style and palette
the application started with. The diff's colours follow the palette (``theme.current_theme``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialogButtonBox,
    QProxyStyle,
    QRadioButton,
    QStyle,
    QStyleOption,
    QStyleOptionComplex,
    QStyleOptionMenuItem,
    QWidget,
)

from wirediff.ui.common.theme import FOCUS_FRAME, focus_colour

SYSTEM, LIGHT, DARK, CONTRAST = "system", "light", "dark", "contrast"
LOOKS = (SYSTEM, LIGHT, DARK, CONTRAST)

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# (role: colour) of each look, and the disabled group's text
_COLOURS = {
    LIGHT: {
        Role.Window: "#efefef",
        Role.WindowText: "#000000",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#f7f7f7",
        Role.ToolTipBase: "#ffffdc",
        Role.ToolTipText: "#000000",
        Role.PlaceholderText: "#6e6e6e",
        Role.Text: "#000000",
        Role.Button: "#efefef",
        Role.ButtonText: "#000000",
        Role.BrightText: "#ffffff",
        Role.Light: "#ffffff",
        Role.Midlight: "#cacaca",
        Role.Mid: "#b8b8b8",
        Role.Dark: "#9f9f9f",
        Role.Shadow: "#767676",
        Role.Link: "#0b57d0",
        Role.LinkVisited: "#7b1fa2",
        Role.Highlight: "#308cc6",
        Role.HighlightedText: "#ffffff",
    },
    DARK: {
        Role.Window: "#2d2d2d",
        Role.WindowText: "#eeeeee",
        Role.Base: "#1e1e1e",
        Role.AlternateBase: "#282828",
        Role.ToolTipBase: "#3c3c3c",
        Role.ToolTipText: "#eeeeee",
        Role.PlaceholderText: "#9a9a9a",
        Role.Text: "#eeeeee",
        Role.Button: "#353535",
        Role.ButtonText: "#eeeeee",
        Role.BrightText: "#ff6b6b",
        Role.Light: "#4a4a4a",
        Role.Midlight: "#3e3e3e",
        Role.Mid: "#2a2a2a",
        Role.Dark: "#1a1a1a",
        Role.Shadow: "#0a0a0a",
        Role.Link: "#7ab4ff",
        Role.LinkVisited: "#c792ea",
        Role.Highlight: "#2f78c4",
        Role.HighlightedText: "#ffffff",
    },
    # White on black, the selection and the focus yellow: the look a high-contrast user
    # asks of the system, which Qt read muted (mid-grey on dark grey from GTK's
    # HighContrastInverse), and with no way to it in the app (a keyboard-only, 200%
    # walkthrough). The diff's colours follow (``theme.CONTRAST``).
    CONTRAST: {
        Role.Window: "#000000",
        Role.WindowText: "#ffffff",
        Role.Base: "#000000",
        Role.AlternateBase: "#161616",
        Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff",
        Role.PlaceholderText: "#c8c8c8",
        Role.Text: "#ffffff",
        Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
        Role.BrightText: "#ffff00",
        Role.Light: "#ffffff",
        Role.Midlight: "#c8c8c8",
        Role.Mid: "#9a9a9a",
        Role.Dark: "#9a9a9a",
        Role.Shadow: "#ffffff",
        Role.Link: "#00ffff",
        Role.LinkVisited: "#ff9cff",
        Role.Highlight: "#ffff00",
        Role.HighlightedText: "#000000",
    },
}
_DISABLED = {LIGHT: "#9a9a9a", DARK: "#7a7a7a", CONTRAST: "#a8a8a8"}
# The selection of a list or table without the focus, in the dark look: the same blue as
# with it, a table in Flags & notes looked the same focused or not — whether Delete would act
# on it could not be seen (a low-vision walkthrough)
# (high contrast: a darker yellow, still 3:1 from black and black text 4.5:1 on it)
_INACTIVE_HIGHLIGHT = {DARK: "#4a5561", CONTRAST: "#a3a300"}


def palette(look: str) -> QPalette:
    """The palette of ``LIGHT``, ``DARK`` or ``CONTRAST``."""
    made = QPalette()
    for role, colour in _COLOURS[look].items():
        made.setColor(role, QColor(colour))
    for role in (Role.Text, Role.WindowText, Role.ButtonText, Role.PlaceholderText):
        made.setColor(Group.Disabled, role, QColor(_DISABLED[look]))
    if look in _INACTIVE_HIGHLIGHT:
        made.setColor(Group.Inactive, Role.Highlight, QColor(_INACTIVE_HIGHLIGHT[look]))
    return made


_BOXES = (
    QStyle.PrimitiveElement.PE_IndicatorCheckBox,
    QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck,
)
# The edges of fields, frames and buttons, which Fusion draws a shade darker than the
# window: black on black in high contrast, where an empty search field, a spin box, the
# notes' box and the lists had no edge at all (the forty-eighth session's keyboard-only,
# 200% walkthrough)
_FIELDS = (
    QStyle.PrimitiveElement.PE_FrameLineEdit,
    QStyle.PrimitiveElement.PE_Frame,
    QStyle.PrimitiveElement.PE_PanelButtonCommand,
)
_BOXED = (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox)
# A radio button's circle, edged as a check box's square is: the dark look's was a grey
# circle on grey, high contrast's unticked one black on black (Options ▸ Times without a
# zone, a keyboard-only walkthrough)
_ROUND = QStyle.PrimitiveElement.PE_IndicatorRadioButton
# A menu's edge, and its separators, which Fusion draws a shade off the window's colour:
# black on black in high contrast, a menu or the list's context menu running into the
# window with nothing to mark where it ends nor its groups (#1c1c1c on #2d2d2d in the dark
# look): a keyboard-only, low-vision walkthrough
# (Fusion edges a menu in its panel, a frame of its own being 0 wide: both, should it not be)
_MENU = (QStyle.PrimitiveElement.PE_PanelMenu, QStyle.PrimitiveElement.PE_FrameMenu)


def _stark(option: QStyleOption) -> bool:
    """White text on black (the high-contrast look): the edges Fusion derives from the
    window's colour are black."""
    black = QColor("#000000")
    return option.palette.color(Role.Base) == black and option.palette.color(Role.Window) == black


def _edge(painter: QPainter, option: QStyleOption, colour: QColor) -> None:
    """A one-pixel edge round ``option.rect`` in ``colour``."""
    painter.save()
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(option.rect.adjusted(0, 0, -1, -1))
    painter.restore()


# Standard icons drawn as a dark glyph whatever the palette: Close's ✕ (the cheat sheet's,
# Corrections', the heat map's) was black on a black button in high contrast (a low-vision
# walkthrough). On a dark window they are drawn in the buttons' text colour.
_GLYPHS = (QStyle.StandardPixmap.SP_DialogCloseButton,)
_GLYPH_SIZES = (16, 22, 24, 32, 48, 64)
# Each mode's ink: a disabled Close's ✕ in the disabled text colour (it was drawn as bright
# as an enabled one's, the only pixmap kept being the normal one)
_INKS = (
    (QIcon.Mode.Normal, Group.Active, Role.ButtonText),
    (QIcon.Mode.Active, Group.Active, Role.ButtonText),
    (QIcon.Mode.Disabled, Group.Disabled, Role.ButtonText),
    (QIcon.Mode.Selected, Group.Active, Role.HighlightedText),
)
# The screens' scales a pixmap is kept for: the 1x pixmaps alone were stretched at 200%
_SCALES = (1.0, 2.0)


def _filled(shape: QPixmap, ink: QColor) -> QPixmap:
    """``shape`` (its alpha) filled with ``ink``, at its scale."""
    filled = QPixmap(shape.size())
    filled.setDevicePixelRatio(shape.devicePixelRatio())
    filled.fill(Qt.GlobalColor.transparent)
    painter = QPainter(filled)
    painter.drawPixmap(0, 0, shape)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(filled.rect(), ink)
    painter.end()
    return filled


def _inked(icon: QIcon, colours: QPalette) -> QIcon:
    """``icon`` in ``colours``' button text: each of its pixmaps' shape, in every mode (the
    disabled one in the disabled text colour) and at 1x and 2x, filled with that colour."""
    made = QIcon()
    sizes = icon.availableSizes() or [QSize(side, side) for side in _GLYPH_SIZES]
    for mode, group, role in _INKS:
        ink = colours.color(group, role)
        for size in sizes:
            for scale in _SCALES:
                shape = icon.pixmap(size, scale, mode)
                if not shape.isNull():
                    made.addPixmap(_filled(shape, ink), mode)
    return made if not made.isNull() else icon


def _dark(option: QStyleOption) -> bool:
    """A dark window (the dark and high-contrast looks)."""
    return option.palette.color(Role.Window).lightness() < 128


def _dark_edge(option: QStyleOption) -> QColor:
    """The edge of a box, a circle or a menu on a dark window: the text's colour, a little
    dimmed (3:1 and more from the window)."""
    edge = QColor(option.palette.color(Role.WindowText))
    edge.setAlpha(170)
    return edge


def _separator(painter: QPainter, option: QStyleOption) -> None:
    """A menu separator's line across the middle of its row, in ``_dark_edge``."""
    margin = option.fontMetrics.averageCharWidth() // 2 + 1
    y = option.rect.center().y()
    painter.save()
    painter.setPen(QPen(_dark_edge(option), 1))
    painter.drawLine(option.rect.left() + margin, y, option.rect.right() - margin, y)
    painter.restore()


def _ring(painter: QPainter, option: QStyleOption, colour: QColor) -> None:
    """A one-pixel circle inside ``option.rect`` in ``colour``."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(colour, 1))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawEllipse(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
    painter.restore()


def _choice_focus(painter: QPainter, option: QStyleOption) -> None:
    """A check box's or a radio button's focus: a box round its words, FOCUS_FRAME thick
    in the focus colour, whether the focus came by a key or not. Fusion's is a faint blue
    tint (1.1:1 in the dark look) and is drawn only once a key has moved the focus: a
    dialog opening on a radio button showed no focus at all (a keyboard-only walkthrough)."""
    if not option.state & QStyle.StateFlag.State_HasFocus:
        return
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(focus_colour(option.palette, Role.Window), FOCUS_FRAME))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    inset = FOCUS_FRAME / 2  # (a pixel wider than Fusion's: clear of the first letter)
    box = QRectF(option.rect).adjusted(inset - 1, inset, 1 - inset, -inset)
    painter.drawRoundedRect(box, 2, 2)
    painter.restore()


class Outlined(QProxyStyle):
    """Fusion, a check box's edge (and a radio button's circle, a menu's edge and its
    separators) drawn in the text's colour on a dark palette: Fusion draws it a shade darker
    than the window, and an unticked box in a menu (View ▸ Hide boilerplate lines, the
    list's columns) was a dark square on a dark menu, the item read as a command (a
    low-vision walkthrough). In high contrast the
    edges of fields, frames, buttons, combo and spin boxes without the focus are drawn grey
    (7:1 on black; the focused one keeps its yellow). A check box or radio button with the
    focus has a box in the focus colour round its words (``_choice_focus``)."""

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(
            widget, QCheckBox | QRadioButton
        ):
            _choice_focus(painter, option)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in _FIELDS:
            self._field_edge(option, painter)
            return
        if element not in (*_BOXES, _ROUND, *_MENU) or not _dark(option):
            return
        if element == _ROUND:
            _ring(painter, option, _dark_edge(option))
        else:
            _edge(painter, option, _dark_edge(option))

    def standardIcon(
        self,
        standard: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        icon = super().standardIcon(standard, option, widget)
        if standard not in _GLYPHS or icon.isNull():
            return icon
        colours = (
            option.palette
            if option is not None
            else widget.palette()
            if widget is not None
            else QApplication.palette()
        )
        if colours.color(Role.Window).lightness() >= 128:
            return icon
        return _inked(icon, colours)

    def drawControl(
        self,
        element: QStyle.ControlElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawControl(element, option, painter, widget)
        if (
            element == QStyle.ControlElement.CE_MenuItem
            and isinstance(option, QStyleOptionMenuItem)
            and option.menuItemType == QStyleOptionMenuItem.MenuItemType.Separator
            and not option.text
            and _dark(option)
        ):
            _separator(painter, option)

    def drawComplexControl(
        self,
        control: QStyle.ComplexControl,
        option: QStyleOptionComplex,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in _BOXED:
            self._field_edge(option, painter)

    @staticmethod
    def _field_edge(option: QStyleOption, painter: QPainter) -> None:
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if _stark(option) and not focused and option.rect.width() > 2:
            _edge(painter, option, option.palette.color(Role.Mid))


_Button, _Pixmap = QDialogButtonBox.StandardButton, QStyle.StandardPixmap
# The standard buttons a button box gives an icon, and which (as QDialogButtonBox does)
_BUTTON_ICONS = {
    _Button.Ok: _Pixmap.SP_DialogOkButton,
    _Button.Save: _Pixmap.SP_DialogSaveButton,
    _Button.Open: _Pixmap.SP_DialogOpenButton,
    _Button.Cancel: _Pixmap.SP_DialogCancelButton,
    _Button.Close: _Pixmap.SP_DialogCloseButton,
    _Button.Apply: _Pixmap.SP_DialogApplyButton,
    _Button.Reset: _Pixmap.SP_DialogResetButton,
    _Button.Help: _Pixmap.SP_DialogHelpButton,
    _Button.Discard: _Pixmap.SP_DialogDiscardButton,
    _Button.Yes: _Pixmap.SP_DialogYesButton,
    _Button.No: _Pixmap.SP_DialogNoButton,
}


class _ButtonIcons(QObject):
    """Asks a button box's style for its standard buttons' icons again as its palette or
    style changes. A button box takes them once, as it makes a button: a dialog kept between
    looks (the cheat sheet, made once and shown on every F1) kept the ✕ inked for the first
    look, #eeeeee on the light look's #efefef button, black on high contrast's black one.
    (A hidden dialog takes the new palette only later, as its events come: hence a filter on
    each box rather than a pass over them as the look is applied.)"""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        changes = (QEvent.Type.PaletteChange, QEvent.Type.StyleChange)
        if event.type() in changes and isinstance(watched, QDialogButtonBox):
            _fresh_icons(watched)
        return False


def _fresh_icons(box: QDialogButtonBox) -> None:
    """``box``'s standard buttons that show an icon given it again by its style."""
    style = box.style()
    for button in box.buttons():
        standard = _BUTTON_ICONS.get(box.standardButton(button))
        if standard is not None and not button.icon().isNull():
            button.setIcon(style.standardIcon(standard, None, box))


_WATCH: list[_ButtonIcons] = []  # (the one filter, made with the first look applied)


def _watch_button_boxes() -> None:
    """Every button box now made re-inks its icons as the look changes (``_ButtonIcons``;
    one made later takes its icons in the look of the day, and is watched from the next
    change on)."""
    if not _WATCH:
        _WATCH.append(_ButtonIcons())
    for widget in QApplication.allWidgets():
        if isinstance(widget, QDialogButtonBox):
            widget.installEventFilter(_WATCH[0])


class Appearance:
    """Applies a look to the application, keeping what the system gave it to put back."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        self.look = SYSTEM
        style = app.style()
        self._system_style = style.name() if style is not None else ""
        self._system_palette = QPalette(app.palette())

    def apply(self, look: str) -> None:
        """Show the application in ``look`` (``SYSTEM``, ``LIGHT``, ``DARK`` or
        ``CONTRAST``; any other is the system's)."""
        look = look if look in LOOKS else SYSTEM
        if look == self.look:
            return
        self.look = look
        _watch_button_boxes()
        hints = QGuiApplication.styleHints()
        if look == SYSTEM:
            hints.unsetColorScheme()
            if self._system_style:
                self.app.setStyle(self._system_style)
            self.app.setPalette(self._system_palette)
            return
        dark = look in (DARK, CONTRAST)
        hints.setColorScheme(Qt.ColorScheme.Dark if dark else Qt.ColorScheme.Light)
        self.app.setStyle(Outlined("Fusion"))
        self.app.setPalette(palette(look))


_SHARED: list[Appearance] = []  # the application's one (every window shares its colours)


def shared() -> Appearance:
    """The application's ``Appearance`` (made once: what the system gave is kept from the
    first)."""
    if not _SHARED:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        _SHARED.append(Appearance(app))
    return _SHARED[0]
