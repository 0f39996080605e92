"""The arguments of a start of the app (``wirediff`` without a command), read without Qt.

``--`` ends the options: every argument after it is a path, so that a file whose name
begins with ``--`` can be opened (``wirediff -- --draft.txt other.txt``), as with other
programs. Before ``--``, an argument that begins with ``--`` and is no option is refused
(``wirediff --bogus`` opening a file of that name would hide the typo); a single ``-`` is
a path, as it always was.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from wirediff.core.textsafe import printable

USAGE = """usage: wirediff [--max-size MB] [CAP N ...] [FOLDER | FILE ...] [-- PATH ...]
       wirediff --index INDEX_FOLDER
       wirediff --screenshot OUT.png [--max-size MB] [CAP N ...] [FOLDER | FILE ...] [-- PATH ...]
       wirediff --self-test
CAP: --max-tokens, --max-lines, --max-chars, --max-records, --max-total-chars (N: a count)
     or --max-unpacked (N: MB), as the commands take them"""

SIZE = "--max-size"  # MB: read files up to this size (the Problems panel's hint names it)
_MAX_MB = 4096
# The caps the Problems panel's hints name ("raise the limit (--max-tokens on the command
# line)"), each a ReaderOptions field, read as the commands read them (``reading_args``):
# the app refused every one but --max-size, so a hint was false for the app.
CAPS = ("max_tokens", "max_lines", "max_chars", "max_records", "max_total_chars", "max_unpacked")

END = "--"


@dataclass(frozen=True, slots=True)
class Start:
    """What the arguments ask for."""

    mode: str  # "window", "index", "screenshot" or "self-test"
    value: str = ""  # the folder of "index", the image "screenshot" writes
    paths: tuple[str, ...] = ()  # the folders and files to open ("window", "screenshot")
    max_bytes: int | None = None  # --max-size, in bytes (None: the readers' default)
    # The caps given (--max-tokens N...), by ReaderOptions field: the others keep their
    # defaults (grown with --max-size, as the commands' do).
    caps: Mapping[str, int] = field(default_factory=dict)


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
    size = _max_size(options)
    if isinstance(size, str):
        return f"wirediff: {size}\n{USAGE}"
    caps = _caps(options)
    if isinstance(caps, str):
        return f"wirediff: {caps}\n{USAGE}"
    unknown = [a for a in options if a.startswith("--")]
    if unknown:
        return f"wirediff: unknown option {printable(unknown[0], one_line=True)}\n{USAGE}"
    paths = options + paths
    if mode == "index" and paths:
        return USAGE
    return Start(mode, value, tuple(paths), size, caps)


def _caps(options: list[str]) -> dict[str, int] | str:
    """The caps (``CAPS``: --max-tokens N, --max-tokens=N...) taken out of ``options``, by
    ReaderOptions field, checked as the commands check them (the same words), or what is
    wrong with one."""
    import argparse  # (the commands' checks raise its error)

    from wirediff.commands.reading_args import count, megabytes

    caps: dict[str, int] = {}
    for name in CAPS:
        option = "--" + name.replace("_", "-")
        given = _take(options, option)
        while given:  # (given again: the last one, as the commands take it)
            again = _take(options, option)
            if again is None:
                break
            given = again
        if given is None:
            continue
        if not given:
            return f"{option} needs {'a size in MB' if name == 'max_unpacked' else 'a number'}"
        check: Callable[[str], int] = megabytes if name == "max_unpacked" else count
        try:
            caps[name] = check(given[0])
        except argparse.ArgumentTypeError as exc:
            return f"{option}: {printable(str(exc), one_line=True)}"
    return caps


def _take(options: list[str], option: str) -> tuple[str] | tuple[()] | None:
    """The value of ``option`` (``option V`` or ``option=V``) taken out of ``options``: (V,),
    () when it has none, None when it is not given."""
    for k, arg in enumerate(options):
        name, equals, given = arg.partition("=")
        if name != option:
            continue
        if equals:
            del options[k]
            return (given,)
        if k + 1 >= len(options):
            return ()
        given = options[k + 1]
        del options[k : k + 2]
        return (given,)
    return None


def _max_size(options: list[str]) -> int | str | None:
    """``--max-size MB`` (or ``--max-size=MB``) taken out of ``options``: its bytes, None
    when not given, or what is wrong with it."""
    for k, arg in enumerate(options):
        name, equals, given = arg.partition("=")
        if name != SIZE:
            continue
        if not equals:
            if k + 1 >= len(options):
                return f"{SIZE} needs a size in MB"
            given = options[k + 1]
            del options[k : k + 2]
        else:
            del options[k]
        try:
            mb = float(given)
        except ValueError:
            return f"{SIZE}: {printable(given, one_line=True)!r} is not a number of megabytes"
        if not 0 < mb <= _MAX_MB:  # (nor is nan)
            return f"{SIZE}: {given} is not a size between 1 byte and {_MAX_MB:,} MB"
        return max(1, int(mb * 1024 * 1024))
    return None
