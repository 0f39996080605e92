"""A story table ready for the view, prepared off the GUI thread: which document each column
is, the column headings, and how much text each cell shows (for row heights)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from wirediff.core.counts import percent
from wirediff.core.display import shown_date, telling_name
from wirediff.core.document import Document
from wirediff.core.storytable import StoryTable
from wirediff.ui.common.text import one_line
from wirediff.ui.storyview.cells import cell_runs

# (characters, line breaks) a cell shows.
Size = tuple[int, int]

KEPT_TIP = (
    "kept: share of the base's words found in this version, word by word (the changes "
    "panel's “Kept” for the pair base ↔ this version)"
)


@dataclass(frozen=True, slots=True)
class StoryTableData:
    """A story table and what the view needs to show it without recomputing."""

    table: StoryTable
    story: int  # the story's id in the story index
    title: str
    docs: tuple[int, ...]  # the document (index among those open) of each view column
    sizes: tuple[tuple[Size, ...], ...]  # per row, per view column
    key: tuple[object, ...]  # what it was built from (a request for the same is not redone)

    @property
    def columns(self) -> int:
        return len(self.table.columns) + 1

    def same_columns(self, other: StoryTableData) -> bool:
        """Whether ``other`` has the same documents in the same columns (the same story
        compared again, with other options, or not)."""
        return self.docs == other.docs and paths(self.table) == paths(other.table)


def paths(table: StoryTable) -> tuple[Path, ...]:
    """Each column's document's path, the base's first."""
    return (table.base.path, *(c.doc.path for c in table.columns))


def prepare(
    table: StoryTable, story: int, title: str, docs: Sequence[int], key: tuple[object, ...]
) -> StoryTableData:
    """Measure every cell of ``table`` (a few tens of milliseconds for 16,000 cells)."""
    sizes = []
    for row in range(len(table.rows)):
        line = []
        for column in range(len(table.columns) + 1):
            text = cell_runs(table, row, column).text
            line.append((len(text), text.count("\u2028")))
        sizes.append(tuple(line))
    return StoryTableData(table, story, title, tuple(docs), tuple(sizes), key)


def heading(
    data: StoryTableData, column: int, level: tuple[str, str] = ("", "")
) -> tuple[str, str]:
    """A column's header (outlet, date, kept % and the version's derivation level, one a
    line) and its tooltip; ``level``: (the level's word, the sentence saying it), if known."""
    table = data.table
    doc: Document = table.base if column == 0 else table.columns[column - 1].doc
    outlets = Counter(d.source for d in (table.base, *(c.doc for c in table.columns)))
    who = one_line(telling_name(doc, outlets), 80)
    when = shown_date(doc)
    if column == 0:
        text = f"◆ {who}\n{when}\nbase"
        tip = f"The story's base: {doc.name}\n{doc.title}\nEvery other column is read against it."
        return text, tip
    version = table.columns[column - 1]
    stats = version.comparison.stats
    word, sentence = level
    text = f"{who}\n{when}\nkept {percent(version.kept)}" + (f" · {word}" if word else "")
    tip = (
        f"{version.heading}\n{doc.title}\n"
        f"kept {percent(version.kept)} · similarity {percent(stats.similarity)} · "
        f"+{stats.words_added:,} words · −{stats.words_deleted:,} words\n{KEPT_TIP}"
        + (f"\n{sentence}" if sentence else "")
    )
    return text, tip
