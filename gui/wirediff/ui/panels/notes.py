"""A small editor for a note on a change or on the pair, in the changes panel (m, Shift+M).

Ctrl+Enter (or Save) keeps the note, Esc (or Cancel) leaves it as it was; saving an empty
note removes it. The note is plain text: it is shown, never interpreted.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.display import in_order, text_direction
from wirediff.ui.widgets.focus_frame import FocusFrame

LINES = 4  # the editor's height, in lines of text
SAVE_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # (the cheat sheet and README list these)
CANCEL_KEYS = ("Escape",)
SHORT_CHANGE = 24  # characters of a replacement's two sides, at most, said on one line
NBSP = "\xa0"


def replacement_excerpt(old: str, new: str) -> str:
    """A replacement's "old → new" for the editor's heading (``old`` and ``new`` made safe
    by ``one_line``). A short one on one line that does not wrap, no-break spaces around the
    arrow and in its sides: "302 → 320" read "302" over "→ 320" (an Arabic desk's
    walkthrough). A longer one each side on a line of its own: wrapped as one line, an
    Arabic "old → new" was reordered line by line, the sides' words interleaved."""
    if len(old) + len(new) <= SHORT_CHANGE:
        glued = [side.replace(" ", NBSP) for side in (old, new)]
        return in_order(glued, f"{NBSP}→{NBSP}")
    return f"{in_order([old], '')}\n{in_order(['→', new], ' ')}"


class NoteEditor(QFrame):
    """A heading saying what the note is on, the text, Save and Cancel."""

    saved = Signal(str)  # the note to keep ("" removes it)
    closed = Signal()  # saved or cancelled: the focus can go back where it was
    discarded = Signal(str)  # cancelled: the text as it was left

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_editor")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.heading = QLabel("")
        self.heading.setObjectName("note_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.text = QPlainTextEdit()
        self._focus_frame = FocusFrame(self.text)  # (its caret was the only sign of the keys)
        self.text.setObjectName("note_text")
        self.text.setTabChangesFocus(True)
        self.text.setAccessibleName("Note")
        self.text.setPlaceholderText(
            "Your note. Ctrl+Enter saves, Esc puts it away unsaved; empty removes it."
        )
        self.text.textChanged.connect(self._follow_direction)
        # LINES lines tall, down to one where the panel has no room: at 200% on a 768-pixel
        # screen a fixed height had Save and Cancel drawn over the note's lower lines (a
        # low-vision walkthrough); the text scrolls in a smaller box.
        line, edges = self.text.fontMetrics().lineSpacing(), 2 * self.text.frameWidth() + 8
        self.text.setMinimumHeight(line + edges)
        self.text.setMaximumHeight(line * LINES + edges)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.save_button = QPushButton("Save")
        self.save_button.setToolTip("Keep the note (Ctrl+Enter)")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setToolTip("Leave the note as it was (Esc)")
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.cancel)
        for button in (self.save_button, self.cancel_button):
            button.installEventFilter(self)
        for keys, slot in (
            (SAVE_KEYS, self.save),
            (CANCEL_KEYS, self.cancel),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.heading)
        layout.addWidget(self.text)
        layout.addLayout(buttons)
        self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """A letter typed on Save or Cancel is not a key of the window: tabbed out of the
        note and typing on, "f" flagged the change (the text field takes them itself). Enter
        presses the button (outside a dialog Qt's buttons take Space only)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QPushButton)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            watched.click()
            return True
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            typed = event.text()
            commands = event.modifiers() & (
                Qt.KeyboardModifier.ControlModifier
                | Qt.KeyboardModifier.AltModifier
                | Qt.KeyboardModifier.MetaModifier
            )
            if typed.isprintable() and typed.strip() and not commands:
                event.accept()  # (the button has it, and does nothing with it)
                return True
        return False

    def edit(self, heading: str, text: str) -> None:
        """Show the editor on ``text`` (the note as it is), the cursor at its end."""
        self.heading.setText(heading)
        self.text.setAccessibleDescription(heading)  # what the note is on
        self.text.setPlainText(text)
        self.text.moveCursor(self.text.textCursor().MoveOperation.End)
        self.show()
        self.text.setFocus()

    def _follow_direction(self) -> None:
        """A note that opens right to left is set from the right, as the panes set such a
        text (an Urdu note's lines started at the left, its last word alone there)."""
        rtl = text_direction(self.text.toPlainText()) == "rtl"
        document = self.text.document()
        option = document.defaultTextOption()
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        if option.alignment() & (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignLeft) != align:
            option.setAlignment(align | Qt.AlignmentFlag.AlignAbsolute)
            document.setDefaultTextOption(option)

    def is_open(self) -> bool:
        """A note is being written: ``edit`` showed the editor and it was neither saved nor
        cancelled since — whether its panel is on screen or not (F9, a folded panel, the
        window closing)."""
        return not self.isHidden()

    def save(self) -> None:
        if self.is_open():
            text = self.text.toPlainText()
            self.hide()
            self.saved.emit(text)
            if not self.is_open():  # (a save that failed opens it again on the text)
                self.closed.emit()

    def cancel(self) -> None:
        if self.is_open():
            self.hide()
            self.discarded.emit(self.text.toPlainText())
            self.closed.emit()
