"""The command line: engine commands run headless; anything else opens the desktop app.

wirediff compare A B [...]     compare two files (see ``wirediff compare --help``)
wirediff [FOLDER | A B]        the desktop app
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

# Sub-command name -> module with ``add_arguments(parser)`` and ``run(args) -> int``.
COMMANDS: dict[str, str] = {
    "compare": "wirediff.commands.compare",
    "stories": "wirediff.commands.stories",
}

EXIT_OK = 0
EXIT_USAGE = 2


def _command_parser(name: str) -> tuple[argparse.ArgumentParser, object]:
    module = importlib.import_module(COMMANDS[name])
    parser = argparse.ArgumentParser(
        prog=f"wirediff {name}", description=(module.__doc__ or "").strip().split("\n")[0]
    )
    module.add_arguments(parser)  # type: ignore[attr-defined]
    return parser, module


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wirediff`` and ``wirediff-gui`` launchers."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in COMMANDS:
        parser, module = _command_parser(args[0])
        try:
            parsed = parser.parse_args(args[1:])
        except SystemExit as exc:  # argparse exits 2 on bad arguments, 0 on --help
            return int(exc.code or 0)
        return int(module.run(parsed))  # type: ignore[attr-defined]
    if args in (["--version"], ["-V"]):
        from wirediff import __version__

        print(f"wirediff {__version__}")
        return EXIT_OK
    if args in (["--help"], ["-h"]):
        print(__doc__.strip() if __doc__ else "wirediff")
        for name in COMMANDS:
            print(f"  wirediff {name} --help")
        return EXIT_OK
    from wirediff.ui.app import run_gui

    return run_gui(args)
