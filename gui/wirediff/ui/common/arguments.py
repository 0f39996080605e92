"""The arguments of a start of the app (``wirediff`` without a command), read without Qt.

``--`` ends the options: every argument after it is a path, so that a file whose name
begins with ``--`` can be opened (``wirediff -- --draft.txt other.txt``), as with other
programs. Before ``--``, an argument that begins with ``--`` and is no option is refused
(``wirediff --bogus`` opening a file of that name would hide the typo); a single ``-`` is
a path, as it always was.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from wirediff.core.textsafe import printable

USAGE = """usage: wirediff [FOLDER | FILE ...] [-- PATH ...]
       wirediff --index INDEX_FOLDER
       wirediff --screenshot OUT.png [FOLDER | FILE ...] [-- PATH ...]
       wirediff --self-test"""

END = "--"


@dataclass(frozen=True, slots=True)
class Start:
    """What the arguments ask for."""

    mode: str  # "window", "index", "screenshot" or "self-test"
    value: str = ""  # the folder of "index", the image "screenshot" writes
    paths: tuple[str, ...] = ()  # the folders and files to open ("window", "screenshot")


def read_start(args: Sequence[str]) -> Start | str:
    """The start ``args`` (without the program name) ask for, or what to print on stderr
    (the usage, after the reason) when they make no sense."""
    args = list(args)
    if args[:1] == ["--self-test"]:
        return Start("self-test")
    mode, value = "window", ""
    if args[:1] in (["--screenshot"], ["--index"]):
        if len(args) < 2 or args[1] == END:  # an option's value, taken as it is otherwise
            return USAGE
        mode, value, args = args[0].removeprefix("--"), args[1], args[2:]
    cut = args.index(END) if END in args else len(args)
    options, paths = args[:cut], args[cut + 1 :]
    unknown = [a for a in options if a.startswith("--")]
    if unknown:
        return f"wirediff: unknown option {printable(unknown[0], one_line=True)}\n{USAGE}"
    paths = options + paths
    if mode == "index" and paths:
        return USAGE
    return Start(mode, value, tuple(paths))
