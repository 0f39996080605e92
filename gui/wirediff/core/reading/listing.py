"""Which files a list of paths stands for: folders walked, hidden and system files set aside.

Folders are walked depth-first in name order. A link to a folder inside the folders being
read is skipped (its files are read where they really are); a link to a folder or a file
outside them is not followed unless asked (``follow_external_links``), and then never into
a folder already visited (so link loops end). Hidden entries (names starting with ".", or
marked hidden on Windows) and system files (Thumbs.db, desktop.ini, Office "~$" lock files,
partial downloads) are not read: each becomes a Problem with code "hidden" or "system", and
a hidden folder is one entry (its contents are not listed). So is a saved web page's folder
of parts (``NAME_files`` beside ``NAME.html``: code "page-files"), and a script, style or
font file anywhere. Paths named directly are always read, hidden or not.
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from wirediff.core.reading import errors as E
from wirediff.core.reading.errors import Problem

_SYSTEM_NAMES = {
    "thumbs.db",
    "ehthumbs.db",
    "desktop.ini",
    "__macosx",
    "$recycle.bin",
    "system volume information",
    "icon\r",
}
_PARTIAL_SUFFIXES = (".part", ".partial", ".crdownload", ".download", ".tmp", ".swp", "~")
# A mail client's index beside its mailbox (Thunderbird's "Inbox.msf": it was read as an
# article titled "// <!-- <mdb:mork:z v="1.4"/> -->", a newcomer's walkthrough)
_INDEX_SUFFIXES = (".msf",)
_WIN_HIDDEN = 0x2 | 0x4  # FILE_ATTRIBUTE_HIDDEN | FILE_ATTRIBUTE_SYSTEM


def _autosave(name: str, is_dir: bool) -> bool:
    """An editor's auto-save of a file being edited (Emacs writes ``#name#`` beside it): a
    half-edited copy that would join its story as one more version."""
    return not is_dir and len(name) > 2 and name.startswith("#") and name.endswith("#")


# The folder a browser's "Save page as… (complete)" puts beside ``NAME.html`` for the page's
# images, styles and scripts: ``NAME_files`` (Chrome, Firefox, Edge in every language they
# were seen in; Internet Explorer and old Firefox translated it).
_PAGE_FOLDER_SUFFIXES = (
    *("_files", "-dateien", "_fichiers", "_archivos", "_arquivos", "_bestanden"),
    *("-filer", "-tiedostot", "_pliki", "_soubory"),
)
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml", ".mhtml", ".php", ".aspx")
# A web page's parts, no article whatever folder they are in: scripts, styles, fonts.
_PAGE_PART_SUFFIXES = (
    *(".js", ".mjs", ".css", ".map", ".wasm"),
    *(".woff", ".woff2", ".ttf", ".otf", ".eot", ".ico"),
)
_PAGE_FILES_HINT = (
    "a saved web page's images, styles and scripts (the page itself is read); open one by "
    "name (File ▸ Open files…, or its path), or read them with --include-hidden"
)


# Files no browser saves among a page's parts: a folder holding one is someone's articles.
_ARTICLE_SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".odt", ".eml", ".rtf")
_LOOK_INSIDE = 500  # entries of a page's folder looked at, at most


def _holds_articles(folder: str) -> bool:
    """Whether ``folder`` holds an article's file among its first entries (not below)."""
    try:
        with os.scandir(folder) as entries:
            for n, entry in enumerate(entries):
                if n >= _LOOK_INSIDE:
                    return False
                if entry.name.lower().endswith(_ARTICLE_SUFFIXES):
                    return True
    except OSError:
        return False
    return False


def _page_files(entry: os.DirEntry[str], is_dir: bool) -> Problem | None:
    """A Problem when ``entry`` is the folder of a saved page's parts (``NAME_files``
    beside ``NAME.html``) or a script, style or font file; None otherwise. 30 pages saved
    complete made 96 documents of their scripts and styles, grouped as the folder's first
    three stories, and 64 problems (their logos, their ad frames) buried the three real
    ones."""
    name = entry.name
    lower = name.lower()
    if not is_dir:
        if lower.endswith(_PAGE_PART_SUFFIXES):
            reason = "a web page's script, style or font, skipped"
            return Problem(Path(entry.path), reason, _PAGE_FILES_HINT, E.PAGE_FILES)
        return None
    suffix = next((s for s in _PAGE_FOLDER_SUFFIXES if lower.endswith(s)), None)
    if suffix is None:
        return None
    page = os.path.join(os.path.dirname(entry.path), name[: -len(suffix)])
    if not any(os.path.isfile(page + ext) for ext in _PAGE_SUFFIXES):
        return None  # (a folder named "press_files" of a desk's own)
    if _holds_articles(entry.path):
        return None  # ("Reuters.html", an index, beside "Reuters_files", a folder of copy)
    reason = "a saved web page's files, skipped"
    return Problem(Path(entry.path), reason, _PAGE_FILES_HINT, E.PAGE_FILES)


def _set_aside(entry: os.DirEntry[str], is_dir: bool) -> Problem | None:
    """A Problem when ``entry`` is hidden, a system file or a saved page's parts
    (``_page_files``); None when it should be read."""
    name, what = entry.name, "folder" if is_dir else "file"
    lower = name.lower()
    parts = _page_files(entry, is_dir)
    if parts is not None:
        return parts
    if (
        lower in _SYSTEM_NAMES
        or lower.startswith("~$")
        or lower.endswith(_PARTIAL_SUFFIXES)
        or (not is_dir and lower.endswith(_INDEX_SUFFIXES))
        or _autosave(name, is_dir)
    ):
        hint = (
            "a system, lock or partial file; open it by name (File ▸ Open files…, or its "
            "path), or read a folder's with --include-hidden"
        )
        return Problem(Path(entry.path), f"system {what}, skipped", hint, E.SYSTEM)
    hidden = name.startswith(".")
    if not hidden and os.name == "nt":
        try:
            hidden = bool(getattr(entry.stat(), "st_file_attributes", 0) & _WIN_HIDDEN)
        except OSError:
            hidden = False
    if hidden:
        hint = (
            "hidden entries are skipped; open it by name (File ▸ Open files…, or its path), "
            "or read a folder's with --include-hidden"
        )
        return Problem(Path(entry.path), f"hidden {what}, skipped", hint, E.HIDDEN)
    return None


def _scan(folder: Path) -> list[os.DirEntry[str]] | Problem:
    try:
        with os.scandir(folder) as it:
            return sorted(it, key=lambda e: e.name)
    except OSError as exc:
        return folder_problem(folder, exc)


def folder_problem(folder: Path, exc: OSError) -> Problem:
    """The problem of a folder that cannot be listed, or whose files cannot be reached,
    for the reason ``exc`` gives."""
    if isinstance(exc, PermissionError):
        reason, hint = "folder not readable (permission denied)", "check the folder's permissions"
        return Problem(folder, reason, hint, E.UNREADABLE)
    if isinstance(exc, FileNotFoundError | NotADirectoryError):  # (gone, or a file put there)
        hint = "it was moved or deleted while loading; reload the folder"
        return Problem(folder, "folder vanished during loading", hint, E.VANISHED)
    reason = f"folder not readable ({exc.strerror or exc})"
    return Problem(folder, reason, "check the folder and retry", E.UNREADABLE)


def blocking_folder(path: Path, root: Path) -> Problem | None:
    """The problem of the folder that keeps ``path``, a file listed under the folder
    ``root``, from being opened now: the one (``root`` or below) that may no longer be
    searched (its permissions taken away while it was read: each of its files was
    "permission denied — check the file's permissions", though the files were fine), or the
    highest one that is gone. None when every folder down to the file is there and may be
    searched: then the file itself is to blame."""
    try:
        parts = path.relative_to(root).parts
    except ValueError:
        return None
    steps = [root]
    for part in parts:
        steps.append(steps[-1] / part)
    for n, step in enumerate(steps):
        try:
            os.stat(step)  # (refused when a folder above it may not be searched)
        except PermissionError as exc:
            return folder_problem(steps[max(n - 1, 0)], exc)
        except FileNotFoundError as exc:
            return None if step == path else folder_problem(step, exc)
        except NotADirectoryError as exc:  # the folder above it is a file now
            return folder_problem(steps[max(n - 1, 0)], exc)
        except (OSError, ValueError):
            return None
    return None


FolderId = tuple[int, int]  # a folder's (device, inode): the same folder under any name


def folder_identity(path: Path | str) -> FolderId | None:
    """The folder's (device, inode), or None when no folder is there (a link is followed:
    a loop through one is the folder already read)."""
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return (info.st_dev, info.st_ino) if stat.S_ISDIR(info.st_mode) else None


def _is_link(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_symlink()
    except OSError:
        return False


def _inside(link: Path, roots: list[str]) -> bool:
    """Whether a link points into one of ``roots`` (real paths, walked anyway)."""
    target = os.path.realpath(link)
    return any(target == top or target.startswith(top.rstrip(os.sep) + os.sep) for top in roots)


class _Walk:
    """What the walks of one listing share: the roots, the options, the folders seen."""

    def __init__(self, roots: list[str], include_hidden: bool, follow_links: bool) -> None:
        self.roots, self.include_hidden, self.follow_links = roots, include_hidden, follow_links
        self.seen: set[tuple[int, int]] = set()


def _link_problem(path: Path, walk: _Walk) -> Problem | None:
    """Why a link to a folder is not followed, or None to follow it."""
    if _inside(path, walk.roots):
        return Problem(
            path,
            "link to a folder already loaded, skipped",
            "its files are read from where they really are",
            E.LINK_LOOP,
        )
    if not walk.follow_links:
        return Problem(
            path,
            f"link to a folder outside the folder read, not followed ({os.path.realpath(path)})",
            "open that folder itself, or allow following such links "
            "(--follow-external-links on the command line)",
            E.EXTERNAL_LINK,
        )
    return None


def _file_link_problem(path: Path, walk: _Walk) -> Problem | None:
    """Why a link to a file is not read (it leaves the folders read: a received folder's
    ``notes.txt -> ~/.ssh/id_rsa``), or None to read it. A broken link or a loop is read, and
    reading says what is wrong with it."""
    if walk.follow_links or _inside(path, walk.roots) or not os.path.exists(path):
        return None
    return Problem(
        path,
        f"link to a file outside the folder read, not followed ({os.path.realpath(path)})",
        "open that file itself, or allow following such links "
        "(--follow-external-links on the command line)",
        E.EXTERNAL_LINK,
    )


def _walk(root: Path, walk: _Walk) -> Iterator[Path | Problem]:
    """Files and problems under ``root``, depth-first in name order, without recursion."""
    seen = walk.seen
    stack: list[Iterator[os.DirEntry[str]]] = []
    key = folder_identity(root)
    if key is not None:
        seen.add(key)
    scanned = _scan(root)
    if isinstance(scanned, Problem):
        yield scanned
        return
    stack.append(iter(scanned))
    while stack:
        entry = next(stack[-1], None)
        if entry is None:
            stack.pop()
            continue
        path = Path(entry.path)
        try:
            is_dir = entry.is_dir()  # follows links; a broken link or loop is "not a folder"
        except OSError:
            is_dir = False
        aside = None if walk.include_hidden else _set_aside(entry, is_dir)
        if aside is None and _is_link(entry):
            aside = _link_problem(path, walk) if is_dir else _file_link_problem(path, walk)
        if aside is not None:
            yield aside
        elif not is_dir:
            yield path
        else:
            key = folder_identity(path)
            if key in seen:
                yield Problem(
                    path,
                    "link loop (folder already read)",
                    "a link points back to a folder already read",
                    E.LINK_LOOP,
                )
                continue
            if key is not None:
                seen.add(key)
            inner = _scan(path)
            if isinstance(inner, Problem):
                yield inner
            else:
                stack.append(iter(inner))


def _mode(path: Path) -> int:
    try:
        return os.stat(path).st_mode
    except (OSError, ValueError):  # ValueError: a NUL character in the name
        return 0


def _not_there(path: Path) -> Problem:
    """Why a path given cannot be examined: a folder above it that may not be searched
    (its permissions taken away), or nothing there."""
    try:
        os.lstat(path)
    except PermissionError:
        hint = "check the permissions of the folders above it"
        return Problem(path, "permission denied", hint, E.UNREADABLE)
    except (OSError, ValueError):
        pass
    return Problem(path, "file not found", "check the path", E.NOT_FOUND)


def listing(
    paths: Iterable[Path | str], include_hidden: bool = False, follow_links: bool = False
) -> list[Path | Problem]:
    """Files and set-aside entries under ``paths``, in order, each file once.

    ``follow_links``: follow links to folders and files outside every folder of ``paths``
    (a path given that is a link to a file is read wherever it points).
    """
    if isinstance(paths, str | os.PathLike):  # one path, not an iterable of characters
        paths = [paths]
    given = [(Path(raw), _mode(Path(raw))) for raw in paths]
    roots = [os.path.realpath(path) for path, mode in given if stat.S_ISDIR(mode)]
    walk = _Walk(roots, include_hidden, follow_links)
    out: list[Path | Problem] = []
    seen_files: set[Path] = set()
    for path, mode in given:
        if stat.S_ISDIR(mode):
            found: Iterable[Path | Problem] = _walk(path, walk)
        elif mode or os.path.lexists(path):
            found = [path]  # a file, or a broken link/loop that reading will explain
        else:
            found = [_not_there(path)]
        for item in found:
            if isinstance(item, Path):
                if item in seen_files:
                    continue
                seen_files.add(item)
            out.append(item)
    return out


def list_files(
    paths: Iterable[Path | str], include_hidden: bool = False, follow_links: bool = False
) -> tuple[list[Path], list[Problem]]:
    """Every file under ``paths`` (folders walked), and the entries set aside as Problems."""
    found = listing(paths, include_hidden, follow_links)
    return [p for p in found if isinstance(p, Path)], [p for p in found if isinstance(p, Problem)]
