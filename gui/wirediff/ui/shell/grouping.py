"""The Stories menu's part of the window: how each version was made (derivation levels in
the list, the story panel, the heat map and the relation banner) and the user's corrections
of the grouping (move, split, versions of one story, independent, reports of one event or
of different events; listed and undone).

Corrections act on the list's selected document or on the pair on screen; the session keeps
them in the review store and groups the folder again with them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from wirediff.core.display import LRM
from wirediff.core.stories import StoryIndex
from wirediff.ui.common.text import LABEL_MAX, heading, one_line
from wirediff.ui.panels.corrections import CorrectionsDialog, StoryPicker
from wirediff.ui.panels.flags import when_text
from wirediff.ui.panels.heatmap import HeatMapDialog
from wirediff.ui.panels.split_picker import SplitPicker
from wirediff.ui.panels.views import Pieces
from wirediff.ui.session.corrections import ALSO_MAX
from wirediff.ui.session.derivation import Level
from wirediff.ui.session.session import Session
from wirediff.ui.shell.parts import Parts
from wirediff.ui.widgets.key_menu import KeyMenu, key_label

# The list's context menu: names of actions of the table (None: a separator).
LIST_MENU = (
    "compare_selected",
    "set_base",
    "made_from",
    None,
    "move_to_story",
    "split_story",
    "split_off",
    "same_story",
    "independent",
    "same_event",
    "other_event",
    None,
    "undo_correction",
    "redo_correction",
    "corrections",
)

# What an entry of the list's menu needs: the row's document, or the pair on screen, to act
# on; the corrections, the stories grouped (chosen before, they said so on the status line,
# which the grouping's progress wrote over at once).
MENU_NEEDS = {
    "compare_selected": ("document",),
    "set_base": ("document",),
    "made_from": ("document",),
    "move_to_story": ("document", "stories"),
    "split_story": ("document", "stories", "split"),
    "split_off": ("document", "stories", "split"),
    "same_story": ("pair", "stories"),
    "independent": ("pair", "stories"),
    "same_event": ("pair", "stories"),
    "other_event": ("pair", "stories"),
    "undo_correction": ("undo",),
    "redo_correction": ("redo",),
}
# The corrections, greyed in the Stories menu too while the stories are not grouped yet.
CORRECTING = tuple(
    n for n, needs in MENU_NEEDS.items() if "stories" in needs or n.endswith("_correction")
)


def _greyed(action: QAction, menu: QMenu) -> QAction:
    """A disabled stand-in for the window's ``action`` in one menu (the action itself stays
    enabled in the menu bar), its keys shown as the action shows them."""
    keys = key_label(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
    stand_in = QAction(action.text() + (f"\t{keys}" if keys else ""), menu)
    stand_in.setEnabled(False)
    return stand_in


UNREAD = (
    "Not applied: it could not be read (damaged in the review store, or written by a newer "
    "wirediff). Undo deletes it."
)


def _unread(invalid: str) -> str:
    """The Corrections list's line for one not read: why it says nothing, if it was read."""
    return f"Not applied: {invalid}. Undo deletes it." if invalid else UNREAD


class Grouping:
    """Derivation levels on screen, and the commands that correct the grouping."""

    def __init__(
        self,
        window: QMainWindow,
        session: Session,
        parts: Parts,
        heat_map: Callable[[], HeatMapDialog | None],
    ) -> None:
        self.window, self.session, self.parts = window, session, parts
        self.corrections = session.corrections
        self.picker: StoryPicker | None = None
        self.split_picker: SplitPicker | None = None
        self._splitting: StoryIndex | None = None  # the grouping the split picker was for
        self._moving: tuple[StoryIndex, int] | None = None  # the document the picker is for
        self.dialog: CorrectionsDialog | None = None
        derivation = session.derivation
        derivation.levels_ready.connect(self._show_levels)
        derivation.relation_ready.connect(self._show_relation)
        derivation.source_ready.connect(self._show_source)
        parts.doc_list.documents_shown.connect(derivation.want_documents)
        session.stories_ready.connect(self._refresh_dialog)
        session.corrections.listed.connect(self._refresh_dialog)  # (b: no regrouping)
        session.documents_loaded.connect(lambda _loaded: self._refresh_dialog())  # (a folder
        # of fewer than two documents is never grouped: no stories_ready)
        self._heat_map = heat_map
        # The banner's sentence as the derivation said it, and the text it then showed
        self._sentence: tuple[StoryIndex | None, tuple[int, int], str, list[str], str] | None
        self._sentence = None

    # --- derivation levels -------------------------------------------------------------------
    def _show_levels(self, index: StoryIndex, levels: dict[int, Level]) -> None:
        if index is not self.session.index:
            return
        self.parts.doc_list.cells.set_levels(levels)
        self.parts.changes.story.set_levels(index, levels)
        heat_map = self._heat_map()
        if heat_map is not None:
            heat_map.map.set_levels(index, levels)
        said = self._sentence
        if said is not None and said[0] is index and self.parts.banner.text() == said[-1]:
            self._show_relation(*said[1:4])  # (its note names the version's level now)

    def _show_source(self, index: StoryIndex, doc: int) -> None:
        """Which text ``doc`` was made from is known now: the banner of its pair says it
        (its note: weighed in the background, it said nothing yet)."""
        said = self._sentence
        shown = said is not None and said[0] is index and doc in said[1]
        if said is not None and shown and self.parts.banner.text() == said[-1]:
            self._show_relation(*said[1:4])

    def _show_relation(self, pair: tuple[int, int], sentence: str, quotes: list[str]) -> None:
        shown, banner = self.session.current, self.parts.banner
        if shown is not None and shown.pair == pair:
            # (the version's level measured against a text not on screen: the way there)
            banner.show_text(sentence, quotes, self.session.keys.made_from_note(pair))
            self._sentence = (self.session.index, pair, sentence, quotes, banner.text())

    # --- the list's context menu ---------------------------------------------------------------
    def usable(self) -> dict[str, bool]:
        """What there is to act on now (the needs of ``MENU_NEEDS``)."""
        doc = self.parts.doc_list.selected()
        shown = self.session.current
        return {
            "document": doc is not None,
            "pair": doc is not None and shown is not None and doc in shown.pair,
            "stories": self.session.index is not None,
            "split": self._splittable(doc),
            "undo": bool(self.corrections.kept()),
            "redo": self.corrections.can_redo(),
        }

    def list_menu(self, actions: dict[str, QAction], at: QPoint) -> QMenu:
        """The context menu of the list's current row (Shift+F10 or the menu key too).

        What acts on a document is offered on a document's row, and what acts on the pair
        on screen when that pair holds it: on a story's or an event's row they corrected
        the document selected before, or a pair of another event (found by a tester), and
        while a new pair is compared, the pair before it. They are there, greyed."""
        usable = self.usable()
        menu = KeyMenu(self.window)
        menu.aboutToHide.connect(menu.deleteLater)  # the actions are the window's: they stay
        greyed: dict[QAction, str] = {}  # stand-in: the action it stands for
        for name in LIST_MENU:
            if name is None:
                menu.addSeparator()
            elif all(usable[need] for need in MENU_NEEDS.get(name, ())):
                menu.addAction(actions[name])
            else:
                stand_in = _greyed(actions[name], menu)
                menu.addAction(stand_in)
                greyed[stand_in] = name
        if greyed:  # a right-click selects a row and compares it: its pair comes later

            def update() -> None:
                self._ungrey(menu, greyed, actions)

            self.session.shown.connect(update)
            menu.aboutToHide.connect(lambda: self.session.shown.disconnect(update))
        menu.addSeparator()  # the list's columns (their header's menu: the mouse's alone)
        columns = self.parts.doc_list.columns.menu(menu)
        columns.setTitle("Co&lumns of the list")
        menu.addMenu(columns)
        menu.popup(at)
        return menu

    def _ungrey(self, menu: QMenu, greyed: dict[QAction, str], actions: dict[str, QAction]) -> None:
        """The menu's greyed entries that can act now, in their places: a right-click on a
        row selects it and compares it, and the menu came up first, its pair corrections
        greyed till it was closed and opened again (found by a mouse-first tester)."""
        usable = self.usable()
        for stand_in, name in list(greyed.items()):
            if all(usable[need] for need in MENU_NEEDS.get(name, ())):
                menu.insertAction(stand_in, actions[name])
                menu.removeAction(stand_in)
                del greyed[stand_in]

    # --- corrections ---------------------------------------------------------------------------
    def _selected(self) -> tuple[StoryIndex, int] | None:
        index, doc = self.session.index, self.parts.doc_list.selected()
        if index is None:
            self.session.message.emit("Stories are not grouped yet")
            return None
        if doc is None:
            self.session.message.emit("Select a document in the list first")
            return None
        return index, doc

    def _pair(self) -> tuple[StoryIndex, int, int] | None:
        index, shown = self.session.index, self.session.current
        if index is None:
            self.session.message.emit("Stories are not grouped yet")
            return None
        if self.session.comparing.pending():
            self.session.message.emit("Wait for the pair to be compared: it is the pair corrected")
            return None
        if shown is None:
            self.session.message.emit(
                "Select a version in the list: the pair on screen is corrected"
            )
            return None
        return index, *shown.pair

    def move_to_story(self) -> None:
        """Move the selected document to a story the user picks."""
        found = self._selected()
        if found is None:
            return
        index, doc = found
        own = index.story_of(doc).id
        choices = []
        sources: dict[int, tuple[str, ...]] = {}  # each story's outlets: the filter's too
        for story in index.stories:
            if story.id == own:
                continue
            documents = [index.documents[v.doc] for v in story.versions]
            sources[story.id] = tuple(dict.fromkeys(d.source for d in documents if d.source))
            outlets = ", ".join(sources[story.id])
            n = len(story.versions)
            # the base's name too: after a split two stories bear one title, and the app
            # names stories by file elsewhere ("moved to the story of a.txt")
            base = index.documents[story.base].name
            # Each part closed with a left-to-right mark: after a right-to-left title, "— 1
            # version" took the title's direction and its "1 —" stood at the line's far left.
            # (each part made safe first: the marks are kept, the data's are shown)
            title, outlets, base = (one_line(t, LABEL_MAX) for t in (story.title, outlets, base))
            # The count first: cut in its middle, a long title's line lost it at 200%.
            label = f"{n} version{'s' * (n != 1)}: {title}{LRM}"
            label += (f" · {outlets}{LRM}" if outlets else "") + f" — base {base}"
            tip = "\n".join(str(d.path) for d in documents)
            choices.append((story.id, label, tip))
        if not choices:
            self.session.message.emit("There is no other story to move it to")
            return
        if self.picker is None:
            self.picker = StoryPicker(self.window)
            self.picker.chosen.connect(self._move)
        self._moving = (index, doc)
        shown = self.session.current  # the pair's other document: its story, likely
        others = [d for d in shown.pair if d != doc] if shown is not None else []
        likely = index.story_of(others[0]).id if others else None
        moving = f"Move {index.documents[doc].name} to the story:"
        self.picker.ask(moving, choices, likely, outlets=sources)

    def _move(self, story: int) -> None:
        moving, self._moving = self._moving, None
        if moving is None or moving[0] is not self.session.index:
            self.session.message.emit("The grouping changed meanwhile: nothing was moved")
            return
        index, doc = moving
        documents, target = index.documents, index.stories[story]
        also = [documents[v.doc] for v in target.versions[1 : 1 + ALSO_MAX] if v.doc != doc]
        self.corrections.move(documents[doc], documents[target.base], also)

    def _splittable(self, doc: int | None) -> bool:
        """Whether the story of ``doc`` can be split at it: a version after the base (a lone
        article's menu offered the split, to say "nothing to split")."""
        index = self.session.index
        if index is None or doc is None:
            return False
        versions = index.story_of(doc).versions
        return len(versions) > 1 and doc != versions[0].doc

    def _to_split(self) -> tuple[StoryIndex, int, list[int]] | None:
        """The selected document, with the index and its story's versions in order; None
        (said) when none is selected or its story has one version."""
        found = self._selected()
        if found is None:
            return None
        index, doc = found
        order = [v.doc for v in index.story_of(doc).versions]
        if len(order) < 2:
            self.session.message.emit("Its story has one version: there is nothing to split")
            return None
        return index, doc, order

    def split_story(self) -> None:
        """Split the selected document's story: it and the versions after it form a story."""
        found = self._to_split()
        if found is None:
            return
        index, doc, order = found
        if doc == order[0]:
            self.session.message.emit(
                "That is the story's base: select the version where the new story starts"
            )
        else:
            self.corrections.split([index.documents[d] for d in order[order.index(doc) :]])

    def split_off(self) -> None:
        """Offer the selected document's story's versions but its base to split off as a
        story, the selected one and those listed after it ticked (``SplitPicker``)."""
        found = self._to_split()
        if found is None:
            return
        index, doc, order = found
        story = index.story_of(doc)
        start = max(order.index(doc), 1)
        docs = index.documents
        versions = [
            (d, heading(docs[d]), str(docs[d].path), at >= start)
            for at, d in enumerate(order)
            if at > 0
        ]
        if self.split_picker is None:
            self.split_picker = SplitPicker(self.window)
            self.split_picker.chosen.connect(self._split_off)
        self._splitting = index
        title = one_line(story.title, LABEL_MAX)
        base = docs[story.base].name
        self.split_picker.ask(
            f"Split off from “{title}” (base {base}) a story of the versions ticked:", versions
        )

    def _split_off(self, docs: list[int]) -> None:
        index, self._splitting = self._splitting, None
        if index is None or index is not self.session.index:
            self.session.message.emit("The grouping changed meanwhile: nothing was split")
            return
        self.corrections.split([index.documents[d] for d in docs])

    def same_story(self) -> None:
        """The two documents on screen are versions of one story."""
        found = self._pair()
        if found is not None:
            index, left, right = found
            if index.story_of(left).id == index.story_of(right).id:
                self.session.message.emit("They are versions of one story already")
            else:
                together = sum(len(index.story_of(d).documents) for d in (left, right))
                docs = index.documents
                self.corrections.same_story(docs[left], docs[right], together)

    def independent(self) -> None:
        """The two documents on screen are independent texts: the version leaves the
        story, not its base, whichever side it is shown on (time order shows a reprint
        dated before its base on the left, and the wire text left its own story); of two
        versions, the one selected in the list, else the right one."""
        found = self._pair()
        if found is not None:
            index, left, right = found
            story = index.story_of(left)
            if story.id != index.story_of(right).id:
                self.session.message.emit("They are in different stories already")
                return
            if story.base in (left, right):
                stays, leaves = (left, right) if left == story.base else (right, left)
            else:
                stays, leaves = self._leaving(left, right)
            self.corrections.apart(index.documents[stays], index.documents[leaves])

    def _leaving(self, left: int, right: int) -> tuple[int, int]:
        """Of the pair on screen, (the one that stays, the one that leaves): the one
        selected in the list leaves, else the right one."""
        return (right, left) if self.parts.doc_list.selected() == left else (left, right)

    def same_event(self) -> None:
        """The stories of the two documents on screen are reports of one event."""
        found = self._pair()
        if found is not None:
            index, left, right = found
            if index.story_of(left).event == index.story_of(right).event:
                self.session.message.emit("They are reports of one event already")
            else:
                self.corrections.same_event(index.documents[left], index.documents[right])

    def other_event(self) -> None:
        """The story of the document selected in the list (else the right one) leaves the
        event of the other one on screen."""
        found = self._pair()
        if found is not None:
            index, left, right = found
            if index.story_of(left).id == index.story_of(right).id:
                self.session.message.emit(
                    "They are versions of one story: mark them independent texts first"
                )
            elif index.story_of(left).event != index.story_of(right).event:
                self.session.message.emit("They are reports of different events already")
            else:
                stays, leaves = self._leaving(left, right)
                self.corrections.other_event(index.documents[stays], index.documents[leaves])

    def show_corrections(self) -> None:
        """List the folder's corrections; the chosen ones can be undone."""
        if self.dialog is None:
            self.dialog = CorrectionsDialog(self.window)
            self.dialog.undo_requested.connect(self.corrections.undo)
            self.dialog.redo_requested.connect(self.corrections.redo)
        self._refresh_dialog()
        self.dialog.show()
        self.dialog.activateWindow()
        if QGuiApplication.platformName() != "offscreen":  # offscreen cannot raise windows
            self.dialog.raise_()

    def _refresh_dialog(self) -> None:
        if self.dialog is not None:
            rows: list[tuple[int, str | Pieces, str, str]] = [
                (k.id, k.pieces(), when_text(k.created_at), k.whole())
                for k in self.corrections.kept()
            ]
            for c in self.corrections.unread():
                said = _unread(self.corrections.invalid(c.id))
                rows.append((c.id, said, when_text(c.created_at), said))
            self.dialog.set_corrections(rows, redo=self.corrections.can_redo())

    def undo_last(self) -> None:
        kept = self.corrections.kept()
        if not kept:
            self.session.message.emit("No correction to undo")
            return
        self.corrections.undo([kept[-1].id])
