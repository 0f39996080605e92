"""The problems panel: files that could not be read, each with its reason."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from wirediff.core.reading import Problem
from wirediff.ui.common.text import plain_tooltip


class ProblemsPanel(QWidget):
    """Lists skipped files; the rest of the folder opens regardless."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems_panel")
        self.heading = QLabel("")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.list = QListWidget()
        self.list.setObjectName("problems_list")
        self.list.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)

    def set_problems(self, problems: list[Problem]) -> None:
        self.list.clear()
        for problem in problems:
            hint = f" — {problem.hint}" if problem.hint else ""
            item = QListWidgetItem(f"{problem.path.name}: {problem.reason}{hint}")
            item.setToolTip(plain_tooltip(str(problem)))
            self.list.addItem(item)
        n = len(problems)
        self.heading.setText(f"{n} file{'s' if n != 1 else ''} could not be read and were skipped:")

    def lines(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
