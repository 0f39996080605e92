"""Options ▸ Times without a zone…: the zone a folder's times that give none (a file name's
"efe_20261205_1015", a dateline's) are read in after their outlet's and their language's —
this computer's, or one the desk names. A desk whose computer's clock reads UTC (a server,
a VM, a correspondent's laptop left on home time) had no way to say its files are named by
Athens' clock, and ANA-MPA's takes and Ynet's items went out of order (the Greek and the
Hebrew desks' walkthroughs). A name the zone database does not know is refused where it is
typed, with the zone it is likely a misspelling of."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from wirediff.core.deskzone import desk_clock
from wirediff.core.document import LOCAL_ZONE

# Zones desks often name their files in, offered in the list (any other may be typed)
COMMON_ZONES = (
    "UTC",
    "Europe/London",
    "Europe/Lisbon",
    "Europe/Madrid",
    "Europe/Paris",
    "Europe/Berlin",
    "Europe/Athens",
    "Europe/Istanbul",
    "Europe/Moscow",
    "Asia/Jerusalem",
    "Africa/Cairo",
    "Asia/Tehran",
    "Asia/Dubai",
    "Asia/Kolkata",
    "Asia/Jakarta",
    "Asia/Shanghai",
    "Asia/Tokyo",
    "Australia/Sydney",
    "America/Sao_Paulo",
    "America/Argentina/Buenos_Aires",
    "America/Mexico_City",
    "America/New_York",
    "America/Chicago",
    "America/Los_Angeles",
)
ZONE_NAME = "The desk's zone: a zone's name or an offset"
_WHAT = (
    "When a folder's times give zones hours apart, a time that gives none — a file name's, "
    "a dateline's — is read in its outlet's zone, else in its language's (Hebrew, Greek, "
    "Persian…), else in this zone. The folder open is read again in the zone chosen."
)


def _computer_zone() -> str:
    """This computer's zone now, as the choice names it: "UTC+02:00"."""
    offset = datetime.now().astimezone().strftime("%z")
    return f"UTC{offset[:3]}:{offset[3:]}".replace("-", "\u2212")


class DeskZoneDialog(QDialog):
    """This computer's zone, or a zone typed or picked from ``COMMON_ZONES``, checked
    against the zone database (OK is off, and the dialog says why, while it is none)."""

    def __init__(self, zone: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Times without a zone — wirediff")
        layout = QVBoxLayout(self)
        what = QLabel(_WHAT)
        what.setWordWrap(True)
        layout.addWidget(what)
        self.computer = QRadioButton(f"&This computer's zone ({_computer_zone()} now)")
        self.named = QRadioButton("The &desk's zone:")
        self.computer.setObjectName("computer_zone")
        self.named.setObjectName("named_zone")
        self._choices = QButtonGroup(self)
        self._choices.addButton(self.computer)
        self._choices.addButton(self.named)
        layout.addWidget(self.computer)
        layout.addWidget(self.named)
        self.name = self._build_names(zone)
        layout.addWidget(self.name)
        self.said = QLabel()
        self.said.setObjectName("zone_error")
        self.said.setWordWrap(True)
        layout.addWidget(self.said)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.computer if zone == LOCAL_ZONE else self.named).setChecked(True)
        self.computer.toggled.connect(self._check)
        self.name.editTextChanged.connect(self._typed)
        self._check()
        # (the keys start on the choice made, not on the first one whatever it is)
        (self.computer if zone == LOCAL_ZONE else self.named).setFocus()

    def _build_names(self, zone: str) -> QComboBox:
        names = QComboBox()
        names.setObjectName("zone_name")
        # (named, as every other dialog's fields are: a screen reader said nothing of it)
        names.setAccessibleName(ZONE_NAME)
        names.setEditable(True)
        names.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        names.addItems(COMMON_ZONES)
        names.setEditText(zone if zone != LOCAL_ZONE else "")
        names.activated.connect(self._typed)  # (picking one is choosing it, as typing is)
        typed = names.lineEdit()
        if typed is not None:  # (an editable combo box has one)
            typed.setPlaceholderText("Europe/Athens, or +02:00")
            typed.setAccessibleName(ZONE_NAME)
        return names

    def _typed(self, _text: object) -> None:
        self.named.setChecked(True)  # (typing a zone is choosing it)
        self._check()

    def chosen(self) -> str:
        """The zone chosen, as ``desk_clock`` gives it; ValueError when the name typed is
        none."""
        if self.computer.isChecked():
            return LOCAL_ZONE
        if not self.name.currentText().strip():
            raise ValueError("type a zone's name, or pick one")
        return desk_clock(self.name.currentText())

    def _check(self) -> None:
        """OK only for a zone there is; the reason beside the name when it is none."""
        try:
            self.chosen()
            why = ""
        except ValueError as exc:
            why = str(exc)[:1].upper() + str(exc)[1:]
        self.said.setText(why)
        self.said.setVisible(bool(why))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not why)

    def accept(self) -> None:
        if self.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled():
            super().accept()
