"""Writing an output file (a report, an export) safely, whatever the target path is.

A regular file (or a new name) is replaced atomically: the data goes to a fresh temporary
file in the same folder, which is then renamed over the target, so a reader never sees half a
report and a failed write leaves the old file. A symbolic link is resolved first, so the file
it points to is replaced and the link stays. A FIFO or a character device (``/dev/null``, a
terminal) is written into directly: replacing it would destroy it (as root, ``-o /dev/null``
used to turn /dev/null into a regular file). Folders, block devices (disks) and sockets are
refused with a clear reason.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """An output file could not be written; ``str()`` names the file and the reason."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path, self.reason = path, reason
        super().__init__(f"cannot write {path}: {reason}")


def same_file_as(output: Path, named: Iterable[tuple[Path, str]]) -> str | None:
    """Why ``output`` must not be written, or None: it is one of the files ``named`` (each
    with what it is: "one of the inputs", "the review store…"), by this name, another one
    or a link (the same device and inode; only a file that exists can be one of them, and
    ``output`` is looked up once: an app checks every document it has open)."""
    try:
        info = os.stat(output)
    except (OSError, ValueError):  # missing, unreadable, or no name at all
        return None
    for path, what in named:
        try:
            other = os.stat(path)
        except (OSError, ValueError):
            continue
        if (other.st_dev, other.st_ino) == (info.st_dev, info.st_ino):
            return f"{output} is {what}: write the output elsewhere"
    return None


def write_file(target: Path | str, data: bytes) -> None:
    """Write ``data`` to ``target`` (see the module's docstring); raises OutputError, or
    BrokenPipeError when the reader of a pipe stopped (``-o /dev/stdout | head``: a
    command's status 141 and no message, as when it writes stdout itself)."""
    target = Path(target)
    try:
        info = os.stat(target)  # follows links: what matters is what the link points at
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputError(target, exc.strerror or str(exc)) from None
    except ValueError:  # a NUL character in the name
        raise OutputError(target, "invalid file name") from None
    if info is None or stat.S_ISREG(info.st_mode):
        _replace(target, data, info)
    elif stat.S_ISFIFO(info.st_mode) or stat.S_ISCHR(info.st_mode):
        _write_into(target, data)
    elif stat.S_ISDIR(info.st_mode):
        raise OutputError(target, "is a folder; give a file name")
    elif stat.S_ISBLK(info.st_mode):
        raise OutputError(target, "is a disk (block device); refusing to write to it")
    else:
        raise OutputError(target, "not a file, pipe or terminal (a socket?)")


def writable(target: Path | str) -> None:
    """Raise the OutputError ``write_file`` would give for a file that cannot be made in
    ``target``'s folder (read-only, full of names, gone), by making its temporary file and
    removing it; say nothing of a pipe, a device or a link's target that exists (written
    into, not replaced). A script learnt a read-only ``-o`` only after a grouping of
    minutes (a data journalist's runs)."""
    target = Path(target)
    try:
        info = os.stat(target)
    except (OSError, ValueError):
        info = None
    if info is not None and not stat.S_ISREG(info.st_mode):
        return  # (write_file says what it says of those)
    real = Path(os.path.realpath(target))
    try:
        tmp, fd = _temporary(real)
    except FileNotFoundError:
        if not real.parent.is_dir():  # (said after a grouping of half a minute: a researcher)
            raise OutputError(target, "its folder does not exist") from None
        return  # (/proc's: write_file says what it says)
    except OSError as exc:
        raise OutputError(target, exc.strerror or str(exc)) from None
    os.close(fd)
    tmp.unlink(missing_ok=True)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _write_into(target: Path, data: bytes) -> None:
    """Write into an existing pipe or device, as ``> target`` in a shell would."""
    try:
        fd = os.open(target, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        try:
            _write_all(fd, data)
        finally:
            os.close(fd)
    except BrokenPipeError:  # (``-o /dev/stdout | head``: the reader has all it wants)
        raise
    except OSError as exc:
        raise OutputError(target, exc.strerror or str(exc)) from None


def _replace(target: Path, data: bytes, info: os.stat_result | None) -> None:
    """Write a fresh temporary file next to the real target, then rename it over it."""
    real = Path(os.path.realpath(target))  # a link (even a dangling one) keeps its place
    try:
        tmp, fd = _temporary(real)
    except FileNotFoundError as exc:
        if not real.parent.is_dir():
            raise OutputError(target, "its folder does not exist") from None
        # The folder is there but makes no new file: /proc and /sys say "No such file".
        reason = f"its folder {real.parent} takes no new file ({exc.strerror or exc})"
        raise OutputError(target, reason) from None
    except OSError as exc:
        raise OutputError(target, exc.strerror or str(exc)) from None
    try:
        try:
            _write_all(fd, data)
            if info is not None:  # keep the permissions of the file being replaced
                os.chmod(tmp, stat.S_IMODE(info.st_mode))
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, real)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(target, exc.strerror or str(exc)) from None


def _temporary(real: Path) -> tuple[Path, int]:
    """A new file of a unique name in ``real``'s folder, opened for writing: never an
    existing file (``O_EXCL``), created with the usual permissions (the umask applies)."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    for _attempt in range(100):
        # os.urandom, as secrets.token_hex does, without importing hmac and hashlib.
        tmp = real.with_name(f".{real.name[:200]}.{os.urandom(6).hex()}.part")
        try:
            return tmp, os.open(tmp, flags, 0o666)
        except FileExistsError:  # 48 random bits taken: try another name
            continue
    raise FileExistsError(errno.EEXIST, "no free temporary name in its folder")
