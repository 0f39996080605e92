"""The list's own order lists a story's base first, then its other versions in time order,
as the story panel and the ``stories`` command do (a paper's copy of 13:05 stood over the
agency's take of 14:30, its ◆ base: a Hindi, Bengali and Indian-English desk's
walkthrough)."""

from __future__ import annotations

from pathlib import Path

from tests.core.stories.helpers import Writer
from tests.ui.helpers import open_and_wait, tree
from wirediff.ui.shell.window import MainWindow


def _write(folder: Path, name: str, lines: list[str]) -> Path:
    path = folder / name
    path.write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_storys_base_heads_its_versions_whatever_their_times(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    desk = tmp_path / "desk"
    desk.mkdir()
    w = Writer(3)
    lines = w.article(w.topic(), paragraphs=6)
    # (an agency's text is its story's base: PTI's, by its file's name)
    take = _write(desk, "pti_take.txt", [lines[0], "December 6, 2026 14:30", *lines[1:]])
    early = _write(desk, "toi.txt", [lines[0], "December 6, 2026 13:05", *lines[1:6]])
    late = _write(desk, "hindu.txt", [lines[0], "December 6, 2026 16:10", *lines[1:5]])
    open_and_wait(qtbot, window, [desk])
    index = window.index
    assert index is not None and window.grouped()
    names = [d.path.name for d in window.documents]
    (story,) = [s for s in index.stories if len(s.versions) > 1]
    assert names[story.base] == take.name
    ((_title, versions),) = tree(window)  # type: ignore[misc]
    assert [names[d] for d in versions] == [take.name, early.name, late.name]
    assert window.doc_list.cells.marks()[story.base] == "◆"


def test_an_indexs_pages_list_a_storys_base_first(qtbot) -> None:  # type: ignore[no-untyped-def]
    """The same order in a stories index's list, built a page at a time."""
    from wirediff.core.document import Document
    from wirediff.ui.doclist.pages import IndexEntry, IndexEvent, IndexStory, Page, build_rows

    def entry(row: int, date: str, base: bool) -> IndexEntry:
        doc = Document(Path(f"{row}.txt"), "", f"Version {row}", date=date, date_source="text")
        return IndexEntry(row, doc, 100, 0, 0, base, 1.0 if base else 0.9)

    story = IndexStory(0, 0, "Version 0", [entry(0, "2026-12-06T14:30", True)])
    story.entries += [entry(1, "2026-12-06T16:10", False), entry(2, "2026-12-06T13:05", False)]
    page = build_rows(Page(0, [IndexEvent(0, "Version 0", [story])], 1))
    assert sorted(page.where, key=page.where.__getitem__) == [0, 2, 1]
