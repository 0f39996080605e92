"""Help ▸ Reading the levels and figures: what the relation banner, the derivation levels
and the numbers beside the panes say, in one place. They were explained only in tooltips
(the Level column's header, the numbers' names), and a banner's "64% of its sentences
reused" beside "Kept 59%" and "Reused 27%" read as three answers to one question (found by
a tester starting the packaged app)."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from wirediff.ui.panels.changes import STAT_TIPS
from wirediff.ui.panels.views import lettered

# (heading, paragraphs): wirediff's own words, escaped all the same
SECTIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "Stories and their base",
        (
            "Documents that are versions of one text (one wire story copied, trimmed, edited "
            "or rewritten by several outlets) form a story; independent reports of the same "
            "news form stories of one event. Each story has a base, marked ◆: the likely "
            "original (an agency's text, else the earliest holding the story's shared text). "
            "b makes the selected version the base.",
        ),
    ),
    (
        "How a version was made: its level",
        (
            "copy — verbatim, maybe trimmed, padded or re-captioned: its sentences are kept "
            "word for word, or nearly (a word in twenty changed at most: the banner says how "
            "many), and no figure changed.",
            "edited — most of its sentences kept, with words changed in them (a correction of "
            "a figure is an edit).",
            "rewrite — some sentences or phrases taken over, the rest written anew; or the "
            "base's facts followed in their order, in other words.",
            "independent — its own words: the same news, not the same text.",
            "The Level column shows it for each version against its story's base; the banner "
            "over the panes says it in a sentence for the pair on screen.",
        ),
    ),
    (
        "Sentences in the banner, words beside the panes",
        (
            "The banner counts sentences: \"Rewrite of Reuters' story: 64% of its sentences "
            "reused\" — 64% of the base's sentences have a counterpart in this version, kept "
            "or reworded. The numbers beside the panes count words:",
            f"Similarity — {STAT_TIPS['similarity'].split(': ', 1)[1]}",
            f"Kept — {STAT_TIPS['left_in_right'].split(': ', 1)[1]}",
            f"Reused — {STAT_TIPS['right_in_left'].split(': ', 1)[1]}",
            "So a version can reuse 64% of the base's sentences and keep 59% of its words: "
            "reworded sentences count for the first, not wholly for the second.",
            "In Chinese, Japanese and Thai, written without spaces between words, each "
            "character counts as a word (there is no dictionary here to find their words): a "
            "Thai story of 200 words counts some 900, and a changed word of two characters "
            "counts two.",
        ),
    ),
    (
        "Changes",
        (
            "Deleted words are struck through on the left, inserted words underlined on the "
            "right, replaced words marked on both sides, moved passages in italics. ¶ marks a "
            "paragraph split in two (underlined on the right) or two run into one (struck on "
            'the left). "Figures changed, left → right: 60 → 62" under the numbers lists the '
            "figures that differ in sentences otherwise kept, from the left pane's to the "
            "right's (its tooltip lists every one); the banner's \"figures changed\" reads "
            "from the base to this version, so the two read opposite ways when the version is "
            "on the left. F1 lists every key.",
        ),
    ),
)


def guide_html() -> str:
    """The guide as HTML (headings and paragraphs, every text escaped)."""
    parts = []
    for heading, paragraphs in SECTIONS:
        parts.append(f"<h3>{html.escape(heading)}</h3>")
        parts.extend(f"<p>{html.escape(p)}</p>" for p in paragraphs)
    return "".join(parts)


def show_guide(parent: QWidget) -> QDialog:
    """The guide in a dialog of its own, read with the keys (Esc closes it)."""
    dialog = QDialog(parent)
    dialog.setObjectName("guide")
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # (one made each time asked)
    dialog.setWindowTitle("Reading the levels and figures — wirediff")
    text = QTextBrowser()
    text.setObjectName("guide_text")
    # (a name a screen reader says, and Alt+C on Close, as the other dialogs have: the
    # guide's were the only ones missing — a keyboard-only walkthrough)
    text.setAccessibleName("Reading the levels and figures")
    text.setOpenLinks(False)
    text.setHtml(guide_html())
    buttons = lettered(QDialogButtonBox(QDialogButtonBox.StandardButton.Close))
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(buttons)
    metrics = text.fontMetrics()
    dialog.resize(metrics.averageCharWidth() * 80, metrics.lineSpacing() * 34)
    dialog.open()
    text.setFocus()
    return dialog
