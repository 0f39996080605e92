"""The item-data roles of the app's item models, defined once.

Each value is distinct, so that a role read from the wrong model finds nothing rather than
another role's value.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

_USER = Qt.ItemDataRole.UserRole

GROUP_TITLE_ROLE = _USER  # "Kind: title" of an event or story row, before its counts
DOC_ROLE = _USER + 1  # document index (int) on every cell of a document row
SORT_ROLE = _USER + 2  # value to sort by (numbers sort as numbers)
STORY_ROLE = _USER + 3  # story id on the first cell of a story row
EVENT_ROLE = _USER + 4  # event id on the first cell of an event row
PATH_ROLE = _USER + 5  # a folder path (the welcome view's recent folders)
# What the list's filter matches, on a row's title cell: a document's title, outlet, date and
# file name; a group's name (not its counts, levels, similarities or marks).
FILTER_ROLE = _USER + 6
# On a version's title cell, when its story's versions have titles alike: what tells its file
# name from theirs ("v2.txt" of "CleanAirBill_v2.txt"), drawn after the title.
APART_ROLE = _USER + 7
# What Ctrl+C copies of a cell that shows two versions at once (a story view's cell): its
# text with what changed marked (``marked``), not struck and new words run together.
COPY_ROLE = _USER + 8
# On the first cell of the lone articles' row (True): the grouped list's last row, which holds
# the documents in no story or event with another.
LONE_ROLE = _USER + 9
# On a version's title cell, when its story has versions whose titles read alike from other
# outlets: its outlet ("" for none), drawn after the title while the Outlet column is not shown.
OUTLET_APART_ROLE = _USER + 10
# On a version's title cell, when its title is its own among its story's versions' and starts
# as another's: where (a character of its text) it parts from the title most like it, which
# the cell keeps in sight where the title is cut (``doclist.apart.telling_title``).
TITLE_APART_ROLE = _USER + 11
