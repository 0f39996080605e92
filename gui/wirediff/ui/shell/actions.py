"""Every action and shortcut of the app, in one table, built by one helper.

The default map is section 4 of DESIGN.md. Each entry binds to a method of ``Commands``
(``trigger``, or ``toggle`` for a checkable action): a renamed or missing method is an error
at import, and mypy checks it. ``context`` says where a shortcut works: ``window`` anywhere
in the main window, ``list`` / ``diff`` / ``changes`` / ``find`` / ``story`` only while that
part has the focus (so Enter means "compare" in the list and "go to change" in the changes
panel). The cheat sheet (F1) is generated from this table and the keys widgets handle
themselves (``keymap.cheat_rows``); tests check that every key parses, that no key is bound
twice in overlapping contexts (except ``ALLOWED_TWICE``), and that README's key table, the
cheat sheet and these bindings agree.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from wirediff.ui.diff.plan import JUMP_KEY
from wirediff.ui.shell.commands import Commands

Key = str | QKeySequence.StandardKey
SK = QKeySequence.StandardKey
C = Commands


@dataclass(frozen=True, slots=True)
class ActionSpec:
    """One user action: its name, label, keys, what it does and where it works."""

    name: str
    text: str
    keys: tuple[Key, ...]
    trigger: Callable[[Commands], None] | None = None  # what a plain action does
    menu: str = ""  # the menu it appears in ("" = shortcut only)
    context: str = "window"  # window, list, diff, changes or find
    toggle: Callable[[Commands, bool], None] | None = None  # what a checkable action does
    tip: str = ""
    # A "window" action whose keys also work in the app's other windows (the heat map, the
    # Flags and Corrections dialogs): where a text field has the keyboard, the keys it types
    # stay its own (Qt gives a field the keys that type, shortcut or not).
    everywhere: bool = False

    @property
    def checkable(self) -> bool:
        return self.toggle is not None


# A submenu is named after its menu and a "/": "&View/F&ocus".
FOCUS, ZOOM = "&View/F&ocus", "&View/&Zoom"
LOOK = "&Options/&Appearance"
LOOKS = {  # action: look
    "look_system": "system",
    "look_light": "light",
    "look_dark": "dark",
    "look_contrast": "contrast",
}

ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("open_folder", "Open &folder…", (SK.Open,), C.open_folder, "&File"),
    ActionSpec("open_files", "Open f&iles…", ("Ctrl+Shift+O",), C.open_files, "&File"),
    ActionSpec(
        "open_index",
        "Open stories in&dex…",
        (),
        C.open_index,
        "&File",
        tip="A Parquet stories index (wirediff stories --engine dask -o FOLDER); needs "
        "pip install 'wirediff[scale]'",
    ),
    ActionSpec("open_sample", "Open the &sample articles", (), C.open_sample, "&File"),
    ActionSpec("reload", "&Reload folder", ("F5",), C.reload, "&File"),
    ActionSpec("cancel_load", "&Cancel loading", (), C.cancel_load, "&File"),
    ActionSpec(
        "export_pair",
        "&Export report of this pair…",
        ("Ctrl+E",),
        C.export_pair,
        "&File",
        tip="HTML, PDF, CSV or JSON, by the file's extension",
    ),
    ActionSpec(
        "export_story",
        "Export report of this stor&y…",
        ("Ctrl+Shift+E",),
        C.export_story,
        "&File",
        tip="Every version against the story's base; HTML, PDF, CSV or JSON",
    ),
    ActionSpec(
        "export_chain",
        "Export this story &version by version…",
        (),
        C.export_chain,
        "&File",
        tip="Each version against the one before it in time order: a changelog of its "
        "revisions; HTML, PDF, CSV or JSON",
    ),
    ActionSpec(
        "export_stories",
        "Export the stories &table…",
        (),
        C.export_stories,
        "&File",
        tip="Every document, story by story, with its level (CSV or JSON, as wirediff stories)",
    ),
    ActionSpec(
        "export_reuse",
        "Export reuse by &outlet…",
        (),
        C.export_reuse,
        "&File",
        tip="A row per outlet: its sources, its copies, edited versions and rewrites, the "
        "words they reused, and how many versions others made of its texts (CSV or JSON, as "
        "wirediff stories --by-outlet)",
    ),
    ActionSpec("print", "&Print the report of this pair…", (SK.Print,), C.print_pair, "&File"),
    ActionSpec("quit", "&Quit", ("Ctrl+Q",), C.quit, "&File"),
    ActionSpec("next_change", "&Next change", ("Alt+Down", "F8"), C.next_change, "&Go"),
    ActionSpec("prev_change", "&Previous change", ("Alt+Up", "F7"), C.prev_change, "&Go"),
    # (everywhere a text field does not take the letter, as f and r: in the list, n did
    # nothing and said nothing; Shift+N too, which worked in the diff alone)
    ActionSpec("next_change_n", "&Next change", ("N",), C.next_change),
    ActionSpec("prev_change_p", "&Previous change", ("P",), C.prev_change),
    ActionSpec(
        "next_marked",
        "Next fla&gged or noted change",
        ("Shift+N",),
        C.next_marked,
        "&Go",
    ),
    ActionSpec(
        "prev_marked",
        "Previous flagged or noted chang&e",
        ("Shift+P",),
        C.prev_marked,
        "&Go",
    ),
    ActionSpec("first_change", "&First change", ("Alt+Home",), C.first_change, "&Go"),
    ActionSpec("last_change", "&Last change", ("Alt+End",), C.last_change, "&Go"),
    ActionSpec("jump_moved", "Other place of a &moved unit", (JUMP_KEY,), C.jump_moved, "&Go"),
    ActionSpec(
        "go_to_row",
        "Go to &row…",
        ("Ctrl+R",),
        C.go_to_row,
        "&Go",
        tip="A row by its number in the margin (Options ▸ Row numbers)",
    ),
    ActionSpec(
        "next_section",
        "Next &section",
        # (as screen readers go to the next heading; Alt+Shift+Down is the window
        # manager's in Openbox and others: "send to the desktop below")
        ("H",),
        C.next_section,
        "&Go",
        tip="The next heading of the version's text: a Part, a Schedule, a numbered section "
        "(14. Penalties), a Markdown heading",
    ),
    ActionSpec(
        "prev_section",
        "Previous se&ction",
        ("Shift+H",),
        C.prev_section,
        "&Go",
        tip="The heading before",
    ),
    ActionSpec(
        "next_version",
        "Next &document in the list",
        ("Ctrl+PgDown",),
        C.next_version,
        "&Go",
        tip="The next document in the order the list shows (grouped: story by story)",
    ),
    ActionSpec(
        "prev_version",
        "Previous doc&ument in the list",
        ("Ctrl+PgUp",),
        C.prev_version,
        "&Go",
        tip="The previous document in the order the list shows",
    ),
    ActionSpec(
        "previous_in_time",
        "Compare with the previous version (in t&ime)",
        ("V", "Alt+PgUp"),
        C.previous_in_time,
        "&Go",
        tip="The selected version against the one before it in time; again: one step back",
    ),
    ActionSpec(
        "next_in_time",
        "Compare the ne&xt version (in time) with this one",
        ("Shift+V", "Alt+PgDown"),
        C.next_in_time,
        "&Go",
    ),
    ActionSpec("next_story", "Next s&tory", ("Ctrl+Shift+PgDown", "]"), C.next_story, "&Go"),
    ActionSpec("prev_story", "Previous st&ory", ("Ctrl+Shift+PgUp", "["), C.prev_story, "&Go"),
    ActionSpec("set_base", "Set selected as &base (left)", ("B", "Ctrl+B"), C.set_base, "&Compare"),
    ActionSpec(
        "unpin",
        "&Release the pinned document",
        ("Shift+B",),
        C.unpin,
        "&Compare",
        tip="The left side follows the story bases again",
    ),
    ActionSpec(
        "made_from",
        "Compare &with the version it was made from",
        ("D",),
        C.compare_made_from,
        "&Compare",
        tip="The selected version beside the text its level was measured against (an "
        "agency's take it holds most of, or its story's base), pinned on the left for its story",
    ),
    ActionSpec(
        "compare_selected",
        "Com&pare selected with base",
        ("Return", "Enter"),
        C.compare_selected,
        context="list",
    ),
    ActionSpec(
        "list_menu",
        "Corrections menu of the row",
        ("Menu", "Shift+F10"),
        C.list_menu,
        context="list",
    ),
    ActionSpec("swap", "&Swap sides", ("S", "Ctrl+Shift+S"), C.swap, "&Compare"),
    ActionSpec("ignore_case", "Ignore &case", (), menu="&Compare", toggle=C.ignore_case),
    ActionSpec(
        "ignore_punctuation",
        "Ignore &punctuation",
        (),
        menu="&Compare",
        toggle=C.ignore_punctuation,
    ),
    ActionSpec(
        "fold_typography",
        "Fold &quotes, dashes and like variants",
        (),
        menu="&Compare",
        toggle=C.fold_typography,
        tip="Curly and straight quotes, the dashes, the spaces, the long s (ſ as s) and the "
        "ligatures (ﬁ as fi) count as the same",
    ),
    ActionSpec(
        "fold_scripts",
        "Fold &letter variants of scripts (ё as е, ß as ss, ي as ی, 發 as 发)",
        (),
        menu="&Compare",
        toggle=C.fold_scripts,
        tip="Ё and е, ß and ss, the Arabic-script letter variants and optional marks (and Hebrew "
        "points), traditional "
        "Chinese characters and their simplified forms, and Latin letters in a Cyrillic "
        "word that look like Cyrillic ones (o and о) count as the same",
    ),
    ActionSpec(
        "ignore_paragraphs",
        "Ignore para&graph breaks",
        (),
        menu="&Compare",
        toggle=C.ignore_paragraphs,
    ),
    ActionSpec(
        "ignore_numbering",
        "Ignore &numbering (2.3, (4), Section 6)",
        (),
        menu="&Compare",
        toggle=C.ignore_numbering,
    ),
    ActionSpec(
        "ignore_fillers",
        "Ignore &fillers (um, uh, erm)",
        (),
        menu="&Compare",
        toggle=C.ignore_fillers,
        tip="Spoken fillers — um, uh, erm, euh, äh, э-э — are left out of the comparison "
        "(a corrected transcript removes them by the hundred)",
    ),
    ActionSpec("inline", "&Inline view", ("Ctrl+I",), menu="&View", toggle=C.toggle_inline),
    ActionSpec(
        "row_numbers",
        "&Row numbers",
        (),
        menu="&Options",
        toggle=C.toggle_row_numbers,
        tip="Number the rows at the left of the diff (a moved text's label names its row)",
    ),
    ActionSpec(
        "look_system",
        "Colours of the &system",
        (),
        menu=LOOK,
        toggle=C.look_system,
        tip="Light or dark as the system is",
    ),
    ActionSpec("look_light", "&Light", (), menu=LOOK, toggle=C.look_light),
    ActionSpec("look_dark", "&Dark", (), menu=LOOK, toggle=C.look_dark),
    ActionSpec(
        "look_contrast",
        "&High contrast",
        (),
        menu=LOOK,
        toggle=C.look_contrast,
        tip="White on black, the selection and the keyboard's focus yellow",
    ),
    ActionSpec(
        "group_stories",
        "&Group by story",
        ("Ctrl+Shift+G",),
        menu="&View",
        toggle=C.toggle_grouping,
    ),
    ActionSpec(
        "hide_boilerplate",
        "Hide &boilerplate lines",
        ("Ctrl+H",),
        menu="&View",
        toggle=C.toggle_boilerplate,
        tip="Compare without lines that recur across the folder (Read more:, bylines, …)",
    ),
    ActionSpec(
        "story_view",
        "Stor&y view: every version against the base",
        ("Ctrl+K",),
        C.story_view,
        "&View",
        tip="One row per unit of the base, one column per version (Esc goes back)",
    ),
    ActionSpec("story_back", "Back to the pair", ("Escape",), C.story_back, context="story"),
    ActionSpec(
        "story_open_pair",
        "Open that version's pair at this row",
        ("Return", "Enter"),
        C.story_open_pair,
        context="story",
    ),
    ActionSpec("heat_map_event", "&Heat map of the event…", ("Ctrl+M",), C.heat_map_event, "&View"),
    ActionSpec(
        "heat_map_story", "Heat map of the &story…", ("Ctrl+Shift+M",), C.heat_map_story, "&View"
    ),
    ActionSpec(
        "side_panels",
        "Side &panels (document list, changes)",
        ("F9",),
        menu="&View",
        toggle=C.toggle_side_panels,
        tip="Hide them to give the diff the whole width; a narrow window keeps them in tabs",
    ),
    ActionSpec("filter", "Fil&ter the document list", ("Ctrl+L", "/"), C.focus_filter, "&View"),
    ActionSpec("find", "&Find in comparison…", (SK.Find,), C.find, "&View"),
    # F3 and Ctrl+G on every desktop (the standard FindNext is one or the other by scheme).
    ActionSpec("find_next", "Find &next match", ("F3", "Ctrl+G"), C.find_next, "&View"),
    ActionSpec("find_previous", "Find pre&vious match", ("Shift+F3",), C.find_previous, "&View"),
    ActionSpec(
        "find_next_box", "Find &next match", ("Return", "Enter"), C.find_next, context="find"
    ),
    ActionSpec(
        "find_previous_box",
        "Find pre&vious match",
        ("Shift+Return", "Shift+Enter"),
        C.find_previous,
        context="find",
    ),
    ActionSpec("close_find", "Close the find bar", ("Escape",), C.close_find, context="find"),
    # (in submenus: at 200% the View menu of 19 entries was taller than a laptop's screen,
    # split in two columns, the second off a netbook's)
    ActionSpec("focus_list", "Focus document &list", ("Ctrl+1",), C.focus_list, FOCUS),
    ActionSpec("focus_diff", "Focus &diff", ("Ctrl+2",), C.focus_diff, FOCUS),
    ActionSpec("focus_changes", "Focus &changes panel", ("Ctrl+3",), C.focus_changes, FOCUS),
    ActionSpec("focus_problems", "Focus proble&ms panel", ("Ctrl+4",), C.focus_problems, FOCUS),
    ActionSpec("zoom_in", "Zoom &in", ("Ctrl+=", SK.ZoomIn), C.zoom_in, ZOOM),
    ActionSpec("zoom_out", "Zoom &out", ("Ctrl+-",), C.zoom_out, ZOOM),
    ActionSpec("zoom_reset", "&Reset zoom", ("Ctrl+0",), C.zoom_reset, ZOOM),
    ActionSpec(
        "problems",
        "Probl&ems panel",
        (),
        menu="&View",
        toggle=C.toggle_problems,
        tip="The files that could not be read (Esc in the panel hides it)",
    ),
    ActionSpec(
        "follow_links",
        "Follow links that &leave the folder",
        (),
        menu="&Options",
        toggle=C.toggle_follow_links,
        tip="Read the folders that links inside an opened folder lead to outside it "
        "(off: such links are listed in Problems, not followed)",
    ),
    ActionSpec(
        "desk_zone",
        "&Times without a zone…",
        (),
        C.desk_zone,
        "&Options",
        tip="The zone file names' and datelines' times are read in when a folder's times give "
        "several zones and their outlet's or language's gives none: this computer's, or the "
        "desk's (Europe/Athens)",
    ),
    ActionSpec("reviewed", "Mark pair &reviewed", ("R",), C.toggle_reviewed, "&Review"),
    ActionSpec("flag", "&Flag current change", ("F",), C.toggle_flag, "&Review"),
    ActionSpec("note", "&Note on current change…", ("M",), C.note, "&Review"),
    ActionSpec("pair_note", "Note on the &pair…", ("Shift+M",), C.pair_note, "&Review"),
    ActionSpec("next_unreviewed", "Next &unreviewed pair", ("U",), C.next_unreviewed, "&Review"),
    ActionSpec("flags_and_notes", "Flags && n&otes…", (), C.flags_and_notes, "&Review"),
    ActionSpec("move_to_story", "&Move to another story…", (), C.move_to_story, "&Stories"),
    ActionSpec("split_story", "&Split the story here", (), C.split_story, "&Stories"),
    ActionSpec(
        "split_off",
        "Split &off versions…",
        (),
        C.split_off,
        "&Stories",
        tip="Tick the versions of the story to make a story of",
    ),
    ActionSpec(
        "same_story",
        "The pair: &versions of one story",
        (),
        C.same_story,
        "&Stories",
        tip="The two documents on screen become versions of one story",
    ),
    ActionSpec(
        "independent",
        "The pair: &independent texts",
        (),
        C.independent,
        "&Stories",
        tip="The document on the right leaves the story of the left one",
    ),
    ActionSpec(
        "same_event",
        "The pair: reports of one &event",
        (),
        C.same_event,
        "&Stories",
        tip="The stories of the two documents on screen are reports of one event: their "
        "events become one (the stories stay as they are)",
    ),
    ActionSpec(
        "other_event",
        "The pair: &different events",
        (),
        C.other_event,
        "&Stories",
        tip="The story of the selected document leaves the event of the other one: an event "
        "of its own (the stories stay as they are)",
    ),
    ActionSpec("corrections", "&Corrections…", (), C.corrections, "&Stories"),
    ActionSpec(
        "undo_correction", "&Undo the last correction", ("Ctrl+Z",), C.undo_correction, "&Stories"
    ),
    ActionSpec(
        "redo_correction",
        "&Redo the undone correction",
        ("Ctrl+Shift+Z",),
        C.redo_correction,
        "&Stories",
        tip="Keep again the corrections the last undo forgot",
    ),
    ActionSpec(
        "go_to_change",
        "Go to the selected change",
        ("Return", "Enter"),
        C.go_to_change,
        context="changes",
    ),
    ActionSpec(
        "cheat_sheet",
        "&Keyboard cheat sheet",
        (SK.HelpContents, "?"),
        C.show_cheat_sheet,
        "&Help",
        everywhere=True,
    ),
    ActionSpec(
        "guide",
        "&Reading the levels and figures",
        (),
        C.show_guide,
        "&Help",
        tip="What the banner, the derivation levels and the numbers beside the panes say",
    ),
    ActionSpec(
        "whole_text",
        "Show the &whole text here",
        ("Ctrl+F1", "Shift+F1"),  # (Ctrl+F1 is a desktop's "workspace 1" on Xfce and KDE)
        C.show_whole_text,
        "&Help",
        everywhere=True,
        tip="The current row of a list or table in full (every column, shown or not, and its "
        "tooltip), else the whole status line: what a narrow cell or line cuts",
    ),
    ActionSpec("about", "&About wirediff", (), C.about, "&Help"),
)

# Keys deliberately bound twice: Enter means one thing in the list, another in the changes list
# (and the story view); Esc closes the find bar or the story view, whichever has the focus.
ALLOWED_TWICE = frozenset({"Return", "Enter", "Esc"})


def key_sequences(keys: Iterable[Key]) -> list[QKeySequence]:
    """The key sequences of a spec (a standard key can stand for several)."""
    out: list[QKeySequence] = []
    for key in keys:
        if isinstance(key, QKeySequence.StandardKey):
            out.extend(QKeySequence.keyBindings(key))
        else:
            out.append(QKeySequence(key))
    return out


def window_sequences() -> list[QKeySequence]:
    """The key sequences of the actions that work anywhere in the window."""
    return [seq for spec in ACTIONS if spec.context == "window" for seq in key_sequences(spec.keys)]


_KEYBOARD = frozenset({"Del", "Backspace", "Ins", "Home", "End", "PgUp", "PgDown", "Esc"})


def typable(seq: QKeySequence) -> bool:
    """Whether a standard key's binding is one a keyboard has (not a media key like "Open")."""
    text = seq.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or (text[:1] == "F" and text[1:].isdigit()) or text in _KEYBOARD


# What a right click in a diff pane offers after Copy and Select All (None: a line between).
PANE_MENU = ("flag", "note", "pair_note", None, "reviewed", None, "jump_moved", "find")

# What Flag and Mark reviewed say while a menu shows them on what has their mark already.
TEXTS = {spec.name: spec.text for spec in ACTIONS}
UNMARK_TEXTS = {"flag": "Un&flag current change", "reviewed": "Mark pair not &reviewed"}


def build_actions(
    commands: Commands, window: QWidget, contexts: Mapping[str, QWidget]
) -> dict[str, QAction]:
    """Create every QAction of ``ACTIONS`` on ``window`` (or its context widget), each
    calling its ``Commands`` method on ``commands``."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        owner = contexts.get(spec.context, window)
        action = QAction(spec.text, owner)
        action.setObjectName(spec.name)
        action.setShortcuts(key_sequences(spec.keys))
        action.setShortcutContext(
            Qt.ShortcutContext.ApplicationShortcut
            if spec.everywhere
            else Qt.ShortcutContext.WindowShortcut
            if spec.context == "window"
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.setCheckable(spec.checkable)
        if spec.tip:
            action.setToolTip(spec.tip)
        if spec.toggle is not None:
            toggle = spec.toggle
            action.toggled.connect(lambda on, run=toggle: run(commands, on))
        elif spec.trigger is not None:
            trigger = spec.trigger
            action.triggered.connect(lambda _checked=False, run=trigger: run(commands))
        owner.addAction(action)
        actions[spec.name] = action
    return actions
