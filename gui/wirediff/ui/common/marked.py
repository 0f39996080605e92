"""Text copied from a view that shows both versions at once (the inline pane, a story view
cell), with what changed marked as the command line marks it: taken away ``[-…-]``, put in
``{+…+}``. Copied plain, struck and new words ran together into a sentence neither version
has ("…to cut 3,000 jobs as smartphone demand slumps shed 3,000 staff"): a misquote pasted
into a mail.
"""

from __future__ import annotations

from collections.abc import Iterable

from wirediff.core.segments import BROKEN_WORD
from wirediff.ui.common import theme

_TAKEN = frozenset({theme.DELETE, theme.REPLACE_OLD, theme.INLINE_OLD})
_PUT = frozenset({theme.INSERT, theme.REPLACE_NEW, theme.INLINE_NEW})
_OPEN = {"-": "[-", "+": "{+"}
_CLOSE = {"-": "-]", "+": "+}"}


def marked(runs: Iterable[tuple[str, str]]) -> str:
    """``runs`` of (text, style) as one text, the runs taken away and put in marked; break
    marks (¶ put in or taken away) left out, a marked run's spaces kept outside its marks; a
    word a line's wrap broke whole (``segments.BROKEN_WORD``: its two invisible characters
    were pasted into a mail, and the word was no longer found there)."""
    out: list[str] = []
    open_: str | None = None

    def close() -> None:
        """End the open mark before the spaces it ends with (``[-old-] `` not ``[-old -]``)."""
        last = out[-1]
        body = last.rstrip()
        out[-1:] = [body, _CLOSE[open_ or "-"], last[len(body) :]]

    for text, style in runs:
        if style in theme.MARK_STYLES or not text:
            continue
        kind = "-" if style in _TAKEN else "+" if style in _PUT else None
        if kind != open_:
            if open_ is not None:
                close()
            if kind is not None:
                lead = text[: len(text) - len(text.lstrip())]
                out.append(lead)
                text = text[len(lead) :]
                out.append(_OPEN[kind])
            open_ = kind
        out.append(text)
    if open_ is not None:
        close()
    return "".join(out).replace(BROKEN_WORD, "")
