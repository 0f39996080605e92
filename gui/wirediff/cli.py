"""The command line: engine commands run headless; anything else opens the desktop app."""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from types import ModuleType
    from typing import NoReturn

    from _typeshed import SupportsWrite

# Sub-command name -> module with ``add_arguments(parser)`` and ``run(args) -> int``.
COMMANDS: dict[str, str] = {
    "compare": "wirediff.commands.compare",
    "stories": "wirediff.commands.stories",
    "report": "wirediff.commands.report",
    "story": "wirediff.commands.story",
}

EXIT_OK = 0
EXIT_USAGE = 2
EXIT_BROKEN_PIPE = 141  # as a command killed by SIGPIPE: whoever read the output stopped
EXIT_INTERRUPTED = 130  # as a command stopped by Ctrl+C (SIGINT)


def help_text() -> str:
    """What ``wirediff --help`` prints: the ways to start the app and every command, each
    with the first line of its own description (plain text, no markup)."""
    lines = [
        "usage: wirediff [FOLDER | FILE_A FILE_B]     open the desktop app (on a folder or a pair)",
        "       wirediff COMMAND [OPTIONS]            run a command without a window",
        "",
        "commands:",
    ]
    for name, module_name in COMMANDS.items():
        doc = importlib.import_module(module_name).__doc__ or ""
        lines.append(f"  {name:<10}{doc.strip().split(chr(10))[0]}")
    frozen = getattr(sys, "frozen", False)  # pip cannot add the reader to the packaged app
    index_needs = "(not in the packaged app)" if frozen else "(needs wirediff[scale])"
    lines += [
        "",
        "options of the app:",
        "  --index INDEX_FOLDER                       open a stories index " + index_needs,
        "  --screenshot OUT.png [FOLDER | FILE ...]   render the window to a PNG and exit",
        "  --self-test                                start, render, check, print OK, exit",
        "  --max-size MB                              read files up to MB (default 20)",
        "  --max-tokens N, --max-lines N, --max-chars N, --max-records N,",
        "  --max-total-chars N, --max-unpacked MB     the reading caps, as the commands'",
        "  --version                                  print the version",
        "  -- PATH ...                                paths after it, even ones starting with --",
        "",
        'Run "wirediff COMMAND --help" for the options of a command.',
    ]
    return "\n".join(lines)


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's own, given the terminal's width: argparse would import ``shutil`` to find
    it, each time it checks an argument (see ``terminal_columns``)."""

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
    ) -> None:
        from wirediff.commands.output import terminal_columns

        width = terminal_columns(80) - 2 if width is None else width
        super().__init__(prog, indent_increment, max_help_position, width)


class _Parser(argparse.ArgumentParser):
    """argparse's, refusing ``--OPT=--``: Python 3.11 drops a "--" given as an option's
    value and stores [] without calling the option's ``type`` or checking its ``choices``,
    so every option of every command would reach the command as a list. Its help goes out
    as ``--version``'s does (see ``_say``): argparse drops a failed write of it silently
    and the interpreter's last flush then failed (exit 120, or a line on stderr). Its own
    messages go through ``printable`` as the commands' do: "unrecognized arguments: …"
    quoted file names raw, so a name's ESC, BEL or U+202E reached the terminal."""

    def error(self, message: str) -> NoReturn:
        """The usage, then ``prog: error: message`` on one line (a line break in a file
        name shown as ␊, so it cannot forge another line); exit status 2."""
        from wirediff.commands.output import message as say

        self.print_usage(sys.stderr)
        say(self.prog, f"error: {message}")
        self.exit(EXIT_USAGE)

    def _print_message(self, message: str, file: SupportsWrite[str] | None = None) -> None:
        from wirediff.core.textsafe import printable

        super()._print_message(printable(message) if message else message, file)

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        if file is not None:
            super().print_help(file)
            return
        _say(self.format_help().rstrip("\n"))

    def _get_values(self, action: argparse.Action, arg_strings: list[str]) -> object:
        if action.option_strings and action.nargs in (None, "?") and arg_strings == ["--"]:
            self.error(f"argument {'/'.join(action.option_strings)}: expected a value, not --")
        return super()._get_values(action, arg_strings)


def _command_parser(name: str) -> tuple[argparse.ArgumentParser, ModuleType]:
    module = importlib.import_module(COMMANDS[name])
    parser = _Parser(
        prog=f"wirediff {name}",
        description=(module.__doc__ or "").strip().split("\n")[0],
        formatter_class=_HelpFormatter,
    )
    module.add_arguments(parser)
    return parser, module


def _load_command(name: str, *, whole_process: bool) -> tuple[argparse.ArgumentParser, ModuleType]:
    """The command's parser and module. When the command is the whole process (the
    launcher's call), the modules, classes and parser made here live until it exits: the
    garbage collector is kept from walking them, both while they are made and at each later
    full collection, including the interpreter's at exit (together a tenth of the run of a
    small ``wirediff compare``)."""
    if not whole_process:
        return _command_parser(name)
    gc.disable()
    try:
        return _command_parser(name)
    finally:
        gc.enable()
        gc.freeze()


def _guarded(prog: str, work: Callable[[], int]) -> int:
    """Run ``work`` (a command, or printing the version or the help): a closed pipe, Ctrl+C,
    exhausted memory or a standard output that refuses the text end it with a status and
    at most one line on stderr, never a traceback."""
    from wirediff.commands.output import discard_stdout, message
    from wirediff.core.report.output import OutputError

    try:
        return int(work())
    except BrokenPipeError:  # "wirediff stories DIR | head": the reader has all it wants
        discard_stdout()
        return EXIT_BROKEN_PIPE
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except MemoryError:
        message(prog, "out of memory")
        return EXIT_USAGE
    except OutputError as exc:  # stdout on a full disk, or closed (">&-")
        message(prog, str(exc))
        return EXIT_USAGE


def _asks_help(arg: str) -> bool:
    """Whether ``arg`` asks for the help: ``--help``, ``-h``, or ``help`` as git and pip
    take it, when no file or folder here has that name ("wirediff help" opened the app on
    a folder "help" that is not there, and "--help compare" was "unknown option --help")."""
    return arg in ("--help", "-h") or (arg == "help" and not os.path.lexists(arg))


def _unreadable_stderr_aside() -> None:
    """Point a standard error that is open but takes no writes (``2</dev/null``; a shell
    script started with ``2>&-``, whose bash opened the script as descriptor 2, read-only)
    at the null device: the first warning failed, and the command stopped with status 1,
    writing nothing. A stderr closed outright (``2>&-``) has no ``sys.stderr`` and is left."""
    try:
        import fcntl  # (POSIX)
    except ImportError:
        return
    try:
        if fcntl.fcntl(2, fcntl.F_GETFL) & os.O_ACCMODE != os.O_RDONLY:
            return
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)
        os.close(devnull)
    except OSError:  # no descriptor 2 at all (closed): nothing to set aside
        pass


def _say(text: str) -> int:
    """``text`` and a line break on stdout, as the commands write theirs (``emit``)."""
    from wirediff.commands.output import emit

    emit(text + "\n", None, data=False)
    return EXIT_OK


def _command(parser: argparse.ArgumentParser, module: ModuleType, args: list[str]) -> int:
    try:
        parsed = parser.parse_args(args)
    except SystemExit as exc:  # argparse exits 2 on bad arguments, 0 on --help
        return int(exc.code or 0)
    return int(module.run(parsed))


# Words users type for a command that has another name: "wirediff diff A B" said "diff: no
# such file or folder", then "no display" at a terminal (a German/Nordic desk's walkthrough).
_ALIASES = {
    "diff": "compare",
    "cmp": "compare",
    "group": "stories",
    "groups": "stories",
    "cluster": "stories",
    "export": "report",
}


def _mistyped_command(args: Sequence[str]) -> str:
    """The command the first argument is a typo of ("storys": "stories") or another name
    for ("diff": "compare", ``_ALIASES``), when it names no file or folder here; else "".
    It opened the desktop app on a folder named "storys", which said "no display" at a
    terminal and exit 1."""
    if not args or os.path.lexists(args[0]) or any(c in args[0] for c in "./\\"):
        return ""  # (a path: the app says it is not there)
    from difflib import get_close_matches

    names = {**{name: name for name in COMMANDS}, **_ALIASES}
    found = get_close_matches(args[0].lower(), names, n=1, cutoff=0.75)
    return names[found[0]] if found else ""


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``wirediff`` and ``wirediff-gui`` launchers."""
    from wirediff.home import settle_home

    settle_home()  # before Qt or a command looks for the settings or the review store
    if argv is None:
        _unreadable_stderr_aside()
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) == 2 and _asks_help(args[0]) and args[1] in COMMANDS:
        args = [args[1], "--help"]  # "wirediff --help compare", "wirediff help compare"
    if args and args[0] in COMMANDS:
        parser, module = _load_command(args[0], whole_process=argv is None)
        return _guarded(f"wirediff {args[0]}", lambda: _command(parser, module, args[1:]))
    if args in (["--version"], ["-V"]):
        from wirediff import __version__

        return _guarded("wirediff", lambda: _say(f"wirediff {__version__}"))
    if len(args) == 1 and _asks_help(args[0]):
        return _guarded("wirediff", lambda: _say(help_text()))
    meant = _mistyped_command(args)
    if meant:
        from wirediff.commands.output import message

        said = f"{args[0]!r} is no command, file or folder: did you mean {meant!r}?"
        message("wirediff", f"{said} (wirediff --help lists the commands)")
        return EXIT_USAGE
    from wirediff.ui.app import run_gui

    return run_gui(args)
