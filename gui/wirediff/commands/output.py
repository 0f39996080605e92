"""What the commands print and write, in one place: messages on stderr, results on stdout or
in an output file.

Messages and human-readable text are filtered by ``printable`` (the callers' renderers do it
for text with colours of their own) and written in the stream's encoding with
``backslashreplace``, so a file name that is not valid UTF-8, or a character a cp1252
console cannot show, never raises UnicodeEncodeError. Data formats (JSON, HTML, CSV) are
UTF-8. Files are written through ``write_file`` (symlinks, pipes, devices, atomic rename).
"""

from __future__ import annotations

import argparse
import os
import stat
import sys

from wirediff.core.report.output import OutputError, same_file_as, writable, write_file
from wirediff.core.textsafe import printable

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path
    from typing import TextIO


STDOUT = "the standard output"
# What ends a name given as a folder's: "results/" (and "results\\" on Windows).
SEPARATORS = tuple(sep for sep in (os.sep, os.altsep) if sep)


def _write(stream: TextIO | None, text: str, encoding: str | None = None) -> None:
    """``text`` on ``stream``, encoded so that no character can make the write fail (nothing
    when the stream is closed: a process started with ``2>&-`` has no ``sys.stderr``)."""
    if stream is None:
        return
    encoding = encoding or getattr(stream, "encoding", None) or "utf-8"
    data = text.encode(encoding, "backslashreplace")
    buffer = getattr(stream, "buffer", None)
    if buffer is None:  # a text-only stream (io.StringIO)
        stream.write(data.decode(encoding))
        return
    stream.flush()
    view = memoryview(data)
    while view:  # a pipe closed midway gives a short write first, BrokenPipeError next
        written = buffer.write(view)
        if not written:
            raise OSError("the output took no more bytes")
        view = view[written:]
    buffer.flush()


def is_terminal(stream: TextIO | None) -> bool:
    """Whether ``stream`` (``sys.stdout``, ``sys.stderr``) is a terminal; a stream the
    process was started without (``>&-``, ``2>&-``: None) is not."""
    return stream is not None and stream.isatty()


def escapes_drawn() -> bool:
    """Whether a terminal draws escape sequences (colours, a line that rewrites itself): not
    one whose ``TERM`` is "dumb" (Emacs's shell, a bare console), which printed them as
    "^[[9;31m"."""
    return os.environ.get("TERM") != "dumb"


def colour_wanted() -> bool:
    """Whether ``--color auto`` colours a terminal's text: it draws escapes, and
    ``NO_COLOR`` is not set to anything (https://no-color.org)."""
    return escapes_drawn() and not os.environ.get("NO_COLOR")


def terminal_columns(fallback: int) -> int:
    """The terminal's width, as ``shutil.get_terminal_size`` finds it (``COLUMNS``, else the
    terminal on standard output, else ``fallback``), without importing ``shutil``, which
    brings ``bz2``, ``lzma`` and ``fnmatch`` with it: a tenth of a small comparison's start."""
    try:
        columns = int(os.environ.get("COLUMNS", "0"))
    except ValueError:
        columns = 0
    stdout = sys.__stdout__
    if columns <= 0 and stdout is not None:
        try:
            columns = os.get_terminal_size(stdout.fileno()).columns
        except (ValueError, OSError):  # closed, or not a terminal
            columns = 0
    return columns if columns > 0 else fallback


def message(prog: str, text: str) -> None:
    """One line on stderr, ``prog: text``; control characters in ``text`` are shown, and
    line breaks too, so a file name cannot forge another line."""
    _write(sys.stderr, f"{prog}: {printable(text, one_line=True)}\n")


def emit(text: str, output: Path | None, *, data: bool) -> None:
    """The command's result on stdout, or in the file ``output`` (OutputError if it cannot
    be written). ``data``: a data format, always UTF-8; else text for people, in the
    terminal's encoding. The text must already be filtered (``printable``)."""
    if output is not None:
        write_file(output, text.encode("utf-8", "backslashreplace"))
        return
    if sys.stdout is None:  # started with ">&-"
        raise OutputError(STDOUT, "it is closed")
    try:
        _write(sys.stdout, text, "utf-8" if data else None)
    except BrokenPipeError:
        raise  # the reader stopped early: not an error (the launcher's status 141)
    except OSError as exc:  # a full disk, a device that refuses the write
        discard_stdout()
        raise OutputError(STDOUT, exc.strerror or str(exc)) from None


class OutputArgument(argparse.Action):
    """``-o``'s action: the path, as ``path_argument`` makes it, in ``args.output``, and the
    name as given in ``args.output_given``. ``Path`` drops a trailing separator, so
    ``-o results/`` (a folder's name) would become a file ``results``: the name as given is
    what tells (``file_refused``)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: object,
        option_string: str | None = None,
    ) -> None:
        from wirediff.commands.reading_args import path_argument

        text = str(values)
        if text == "-":  # a file named "-" was written, where a pipe was meant
            raise argparse.ArgumentError(
                self,
                "'-' is not the standard output here: name a file, or /dev/stdout "
                "(./- for a file named -)",
            )
        try:
            setattr(namespace, self.dest, path_argument(text))
        except argparse.ArgumentTypeError as exc:
            raise argparse.ArgumentError(self, str(exc)) from None
        setattr(namespace, f"{self.dest}_given", text)


def add_output_argument(
    parser: argparse.ArgumentParser,
    help_text: str,
    *,
    metavar: str | None = None,
    required: bool = False,
) -> None:
    """``-o``/``--output``, through ``OutputArgument``."""
    parser.add_argument(
        "-o",
        "--output",
        action=OutputArgument,
        help=help_text,
        metavar=metavar,
        required=required,
    )


def file_refused(args: argparse.Namespace) -> str | None:
    """Why ``-o`` (``args.output``) cannot name the file the command writes, said before
    anything is read, or None: it is a folder (the message ``write_file`` gives, which
    otherwise came only after the work, or not at all: ``report -o DIR`` said it could not
    tell the format), or its name ends in a separator and it is no folder (``Path`` would
    drop the separator and write a file of that name; a shell's ``> results/`` fails)."""
    output: Path | None = args.output
    if output is None:
        return None
    given = getattr(args, "output_given", None) or str(output)
    try:
        folder = output.is_dir()
    except (OSError, ValueError):  # a name the system will not look up: write_file says why
        return None
    if folder:
        return str(OutputError(given, "is a folder; give a file name"))
    if given.endswith(SEPARATORS):
        what = "is not a folder" if os.path.lexists(output) else "no folder of that name exists"
        return str(
            OutputError(
                given, f"{what} (a name ending in {given[-1]} names a folder); give a file name"
            )
        )
    try:
        writable(output)  # (read-only: said now, not after the work)
    except OutputError as refused:
        return str(OutputError(given, refused.reason))
    return None


def overwrites(
    output: Path | None, inputs: Iterable[Path], store: Path | None = None
) -> str | None:
    """Why ``output`` must not be written, or None: it is one of the command's ``inputs``
    or the review ``store``, by this name, another one or a link (``same_file_as``)."""
    if output is None:
        return None
    named = [(path, "one of the inputs") for path in inputs]
    named += [(store, "the review store (its flags and notes)")] if store is not None else []
    return same_file_as(output, named)


def format_of_output(args: argparse.Namespace, formats: dict[str, str], default: str) -> str:
    """The format to write: ``--format``, else the one ``-o``'s extension names (a key of
    ``formats``, ".json"), else ``default`` (``-o c.json`` wrote the text format, which
    ``json.tool`` then refused)."""
    if args.format:
        return str(args.format)
    output: Path | None = args.output
    found = formats.get(output.suffix.lower()) if output is not None else None
    return found or default


# Names a text is written under as well as .txt: a diff, a log, a program's output.
_TEXT_NAMES = frozenset((".text", ".diff", ".patch", ".log", ".out"))


def unknown_format(args: argparse.Namespace, formats: dict[str, str]) -> str | None:
    """Why ``-o``'s extension names no format of ``formats`` when ``--format`` is not given
    (``-o x.jsonl`` wrote text where the story and report commands refuse), or None: no
    extension, or a text's (``_TEXT_NAMES``: ``c.diff``), is the default format."""
    output: Path | None = args.output
    if args.format or output is None or not output.suffix:
        return None
    if output.suffix.lower() in formats or output.suffix.lower() in _TEXT_NAMES:
        return None
    name = printable(output.name, one_line=True)
    return f"cannot tell the format from {name}: name it {', '.join(formats)}, or give --format"


def a_spreadsheet_may_open(output: Path | None) -> bool:
    """Whether ``output`` is a regular file (or one still to be made), which a spreadsheet
    may open: a CSV written there starts with a byte-order mark, for Excel. Not stdout, a
    pipe, a terminal or a device (``-o /dev/stdout`` into a pipe), which another program
    reads: Python's csv took the mark for part of the first column's name."""
    if output is None:
        return False
    try:
        mode = os.stat(output).st_mode
    except (OSError, ValueError):  # not there yet: a file is made
        return True
    return stat.S_ISREG(mode)


def discard_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush at exit does not
    hit the failed output again (and print an error of its own)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real stdout (a test's capture)
        pass
