"""Take the README's picture of the story view (docs/storyview.png).

    xvfb-run -a -s "-screen 0 1600x1000x24" bash -c \
        'openbox & sleep 1; .venv/bin/python tools/story_view_picture.py docs/storyview.png'

The story is the sample's Reuters report (dated here), Asharq Al-Awsat's version of it (the
sample's 001) and four versions edited for the picture, each a kind of change a reader looks
for: two words replaced (Rudaw), a paragraph added (Arab News), the lead reworded (Al
Jazeera), one word added and no date (Middle East Eye). The window is 1330 x 855, the view
on its whole width (F9), the current cell Al Jazeera's at row 13.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from wirediff.ui.common.settings import Settings
from wirediff.ui.shell.window import MainWindow

SAMPLE = Path(__file__).resolve().parents[1] / "resources" / "sample" / "us-iraq-troop-role"
LEAD = (
    "The US and Iraq are expected to formalize the end of Washington’s combat mission in Iraq "
    "by the end of the year and continue the transition toward training"
)
EDITS = {  # file: (byline, [(old, new)], (after, paragraph added) or None)
    "rudaw.net_2021-07-26.txt": (
        "Rudaw",
        [("remnants of Islamic State", "remnants of ISIS"), ("politically delicate", "sensitive")],
        None,
    ),
    "arabnews.com_2021-07-27.txt": (
        "Arab News",
        [("US officials said on Thursday.", "US officials said on Thursday evening.")],
        (
            "US officials said on Thursday evening.",
            "Iraq's foreign minister is expected to lead the delegation to Washington, "
            "Arab News understands.",
        ),
    ),
    "aljazeera.com_2021-07-28.txt": (
        "Al Jazeera",
        [
            (
                LEAD,
                "Washington and Baghdad are expected to formalise the end of the US combat "
                "mission in Iraq by the end of the year, moving to training",
            )
        ],
        None,
    ),
    "middleeasteye.net-story.txt": (
        "Middle East Eye",
        [("There are currently 2,500", "There are currently about 2,500")],
        None,
    ),
}


def write_story(folder: Path) -> None:
    reuters = next(SAMPLE.glob("000*")).read_text(encoding="utf-8")
    (folder / "reuters.com_2021-07-26.txt").write_text(reuters, encoding="utf-8")
    asharq = next(SAMPLE.glob("001*"))
    shutil.copy(asharq, folder / asharq.name)
    for name, (byline, replaced, added) in EDITS.items():
        text = reuters.replace("\n\nReuters\n\n", f"\n\n{byline}\n\n", 1)
        for old, new in replaced:
            assert old in text, old
            text = text.replace(old, new, 1)
        if added is not None:
            after, paragraph = added
            at = text.index(after) + len(after)
            text = f"{text[:at]}\n\n{paragraph}{text[at:]}"
        (folder / name).write_text(text, encoding="utf-8")


def wait(until: Callable[[], bool], ms: int = 30_000) -> None:
    waited = 0
    while not until() and waited < ms:
        QTest.qWait(50)
        waited += 50
    if not until():
        raise SystemExit("timed out")


def main(out: Path) -> None:
    app = QApplication(["wirediff"])
    with tempfile.TemporaryDirectory() as tmp:
        folder, home = Path(tmp) / "story", Path(tmp) / "home"
        folder.mkdir()
        home.mkdir()
        write_story(folder)
        settings = Settings(QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat))
        window = MainWindow(settings, home / "review.sqlite")
        window.resize(1330, 855)
        window.show()
        runner = window.session.runner
        window.open_paths([folder])
        wait(lambda: window.index is not None and not runner.busy())
        index = window.index
        assert index is not None
        story = next(s for s in index.stories if len(s.versions) == 6)
        window.doc_list.select(story.versions[1].doc)
        wait(lambda: not runner.busy())
        QTest.keyClick(window.doc_list.view, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        view = window.parts.story_view
        wait(lambda: not view.building() and view.model.data_ is not None and not runner.busy())
        QTest.keyClick(view.table, Qt.Key.Key_F9)  # the whole width
        data = view.model.data_
        assert data is not None
        names = [column.doc.path.name for column in data.table.columns]
        view.go_to(8, names.index("aljazeera.com_2021-07-28.txt") + 1)
        for _ in range(4):
            QTest.keyClick(view.table, Qt.Key.Key_Down)
        QTest.qWait(600)
        window.grab().save(str(out))
        window.close()
    app.quit()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("docs/storyview.png"))
