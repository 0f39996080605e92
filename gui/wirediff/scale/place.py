"""Where ``wirediff stories --engine dask -o OUT`` puts its index, and what it may replace.

OUT is followed when it is a symbolic link (through any links; a dangling link names the
folder to make): the index goes where the link leads and the link stays, as ``-o`` of a file
does (``core.report.output``). At that place (``where``):

* nothing: the new index is renamed there;
* an empty folder: the index's entries are moved into it, so the folder itself — its
  permissions, owner, a mount point, a shell standing in it — is kept;
* a stories index written before (``written_index``): the old one is renamed aside
  (``.OUT.<random>.old``), the new one renamed to its name (taking the old one's
  permissions) and only then the old one deleted; the old one is put back if the second
  rename fails;
* anything else: refused (``refusal`` says why), never written over or deleted.

A run killed between those two renames leaves the old index aside and none at OUT; one
killed while writing leaves ``.OUT.<random>.part``. ``tidy``, at the start of the next run,
puts such an old index back, deletes those of our names that are exactly an index, and names
the others in a warning.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from wirediff.core.jsontext import parse_json

ENTRIES = ("documents", "stories.parquet", "events.parquet", "summary.json")  # summary last
SUMMARY_KEYS = frozenset(
    ("source", "root", "documents", "stories", "events", "index", "problems", "options", "seconds")
)
PART = re.compile(r"part\.[0-9]+\.parquet")
# The random part of an aside's name: 12 hex digits (``aside``), or the 8 characters of
# tempfile.mkdtemp, which made the ``.part`` folders before.
_RANDOM = r"(?:[0-9a-f]{12}|[a-z0-9_]{8})"


class NotOurs(FileExistsError):
    """``write_index`` would replace a folder (or file) that is not a stories index."""


def written_index(folder: Path) -> bool:
    """Whether ``folder`` is a stories index ``write_index`` wrote, and nothing else: a real
    folder (not a link) of exactly ``ENTRIES``, ``documents/`` holding only its parts, the
    two tables regular files, and ``summary.json`` a JSON object of exactly the summary's
    keys. A folder with one more file, or a ``summary.json`` of some other program's, is not
    (it was taken for one by that file's name alone, and deleted whole)."""
    try:
        if not stat.S_ISDIR(os.lstat(folder).st_mode):
            return False
        entries = {e.name: e for e in os.scandir(folder)}
        if set(entries) != set(ENTRIES) or not entries["documents"].is_dir(follow_symlinks=False):
            return False
        if not all(entries[n].is_file(follow_symlinks=False) for n in ENTRIES[1:]):
            return False
        with os.scandir(folder / "documents") as parts:
            if not all(PART.fullmatch(e.name) and e.is_file(follow_symlinks=False) for e in parts):
                return False
        data = parse_json((folder / "summary.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):  # unreadable, not UTF-8, not JSON
        return False
    return (
        isinstance(data, dict)
        and set(data) == SUMMARY_KEYS
        and all(type(data[k]) is int for k in ("documents", "stories", "events"))
        and isinstance(data["problems"], list)
        and isinstance(data["options"], dict)
    )


def where(out: Path) -> Path:
    """The path the index of ``-o OUT`` takes: OUT, or where the link OUT leads (absolute).
    A link loop gives a link (``refusal`` says so)."""
    return Path(os.path.realpath(out)) if os.path.islink(out) else out


def _empty_folder(path: Path) -> bool:
    try:
        if not stat.S_ISDIR(os.lstat(path).st_mode):
            return False
        with os.scandir(path) as entries:
            return not any(entries)
    except OSError:
        return False


def refusal(out: Path) -> str | None:
    """Why ``write_index`` may not write ``out`` (the words before "not writing over it"),
    or None: a new name, an empty folder or an index written before, ``out`` itself or where
    it leads. Never ``.``, ``..`` or ``/`` (no name to rename aside and back)."""
    if out.name in ("", ".."):
        return f"{out} exists and is not a stories index"
    real = where(out)
    if os.path.islink(real):
        return f"{out} is a link loop (it leads, through links, back to itself)"
    if not os.path.lexists(real) or _empty_folder(real) or written_index(real):
        return None
    if real != out:
        return f"{out} is a link to {real}, which exists and is not a stories index"
    return f"{out} exists and is not a stories index"


def replaceable(out: Path) -> bool:
    """Whether ``write_index`` may write ``out`` (``refusal`` has no reason)."""
    return refusal(out) is None


def check(out: Path) -> None:
    """Raise NotOurs when ``out`` may not be written (``refusal``)."""
    why = refusal(out)
    if why is not None:
        raise NotOurs(f"{why}: not writing over it")


def aside(real: Path, kind: str) -> Path:
    """A new folder beside ``real`` named ``.NAME.<random>.KIND``, made with the usual
    permissions (the umask applies; ``tempfile.mkdtemp`` made them private to the user)."""
    for _attempt in range(100):
        path = _beside(real, kind)
        try:
            path.mkdir()
            return path
        except FileExistsError:  # 48 random bits taken: try another name
            continue
    raise FileExistsError(errno.EEXIST, f"no free name beside {real}")


def _short(name: str) -> str:
    """``name`` cut to 200 bytes: with the rest of an aside name it must stay within a file
    name's 255 bytes (200 characters of CJK are 600)."""
    return os.fsdecode(os.fsencode(name)[:200])


def _beside(real: Path, kind: str) -> Path:
    """``.NAME.<12 random hex digits>.KIND`` beside ``real`` (``NAME`` cut short)."""
    return real.with_name(f".{_short(real.name)}.{os.urandom(6).hex()}.{kind}")


def put(new: Path, real: Path) -> None:
    """Put the index folder ``new`` at ``real`` (see the module's docstring); ``real`` was
    asked about just before (``check``)."""
    if not os.path.lexists(real):
        new.rename(real)
    elif _empty_folder(real):
        _fill(real, new)
    else:
        _swap(new, real)


def _fill(folder: Path, new: Path) -> None:
    """Move the entries of ``new`` into the empty ``folder``, ``summary.json`` last (until
    it is there, the folder is no index); on a failure, back out of it."""
    moved: list[str] = []
    try:
        for name in ENTRIES:
            if os.path.lexists(folder / name):  # the folder filled since it was asked about
                raise NotOurs(f"{folder} is no longer empty: not writing over it")
            # Moved, not renamed: the folder may be a mount point, on another file system
            # than the one ``new`` was written beside it on (a rename fails there).
            shutil.move(new / name, folder / name)
            moved.append(name)
    except BaseException:
        for name in reversed(moved):
            with suppress(OSError):  # what cannot be moved back stays: half an index
                shutil.move(folder / name, new / name)
        raise
    new.rmdir()


def _swap(new: Path, out: Path) -> None:
    """Put the folder ``new`` at ``out``: the old ``out`` renamed aside first, put back if
    the rename of ``new`` fails, and deleted once ``new`` is in place."""
    old = _beside(out, "old")
    os.chmod(new, stat.S_IMODE(os.lstat(out).st_mode))  # the permissions the user gave it
    out.rename(old)
    try:
        new.rename(out)
    except BaseException:
        old.rename(out)
        raise
    shutil.rmtree(old, ignore_errors=True)


def leftovers(real: Path) -> list[Path]:
    """What runs writing ``real`` may have left beside it: ``.NAME.<random>.old`` and
    ``.NAME.<random>.part``, of any kind of file (sorted)."""
    name = re.compile(rf"\.{re.escape(_short(real.name))}\.{_RANDOM}\.(?:old|part)")
    try:
        with os.scandir(real.parent) as entries:
            return sorted(real.parent / e.name for e in entries if name.fullmatch(e.name))
    except OSError:
        return []


def tidy(out: Path, read: Callable[[Path], bool]) -> list[str]:
    """Clear what runs stopped midway left beside ``out`` (or where it leads); returns what
    it did and what it left, one line each. An old index set aside with none at ``out`` is
    put back (the index of before the stopped run); one set aside with an index at ``out``,
    and a whole index still named ``.part``, are deleted; anything else of those names is
    named, not touched: half a ``.part`` may be a run still writing. ``read(path)``: whether
    the command reads from ``path`` (left alone, whatever it is)."""
    real = where(out)
    if os.path.islink(real):  # a link loop: refused after
        return []
    said = []
    for path in leftovers(real):
        try:
            said.append(_tidy(path, real, read))
        except OSError as exc:  # another run tidying too, a read-only folder
            said.append(f"could not clear {path}: {exc.strerror or exc}")
    return said


def _tidy(path: Path, real: Path, read: Callable[[Path], bool]) -> str:
    if read(path):
        return f"left {path} alone: it is read"
    if not written_index(path):
        return (
            f"left {path} alone: not a whole stories index (left by a run stopped midway, "
            f"or one still writing?); delete it if no other run writes {real}"
        )
    if path.name.endswith(".old") and not os.path.lexists(real):
        path.rename(real)
        return f"put back at {real} the stories index a stopped run had set aside as {path}"
    if path.name.endswith(".part") or written_index(real):
        shutil.rmtree(path)
        return f"deleted {path}, a stories index a stopped run left"
    return f"left {path} alone: an index set aside, kept as {real} is not one"
