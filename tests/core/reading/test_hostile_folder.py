"""A folder with every kind of bad input: the good files load, the rest are problems."""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

import pytest

from tests.core.reading.samples import ARTICLE, HOSTILE_PAGE, make_docx, make_pdf
from wirediff.core.reading import changed, load_paths, registry, snapshot
from wirediff.core.reading import errors as E
from wirediff.core.reading.watch import UNREAD

BODY = "\n\n".join(ARTICLE)
CURLY = "He said \u201cthe troops\u2019 role will change\u201d \u2013 officials added. Caf\u00e9."
RUSSIAN = "Президент заявил, что войска останутся в Ираке до конца года.\n" * 3


def build(root: Path) -> dict[str, str]:
    """Write the hostile folder; returns {relative path: expected problem code}."""
    sub = root / "sub"
    sub.mkdir(parents=True)
    (root / "good.txt").write_text("Good title\n\n" + BODY, encoding="utf-8")
    (root / "bom.txt").write_bytes(codecs.BOM_UTF8 + ("BOM title\n" + BODY).encode())
    (root / "utf16.txt").write_text("UTF-16 title\n" + BODY, encoding="utf-16")
    (root / "utf16le.txt").write_bytes(("No BOM title\n" + BODY).encode("utf-16-le"))
    (root / "cp1252.txt").write_bytes((CURLY + "\n").encode("cp1252") * 3)
    (root / "koi8.txt").write_bytes(RUSSIAN.encode("koi8-r"))
    (root / "notes.md").write_text("# Markdown title\n\n" + BODY, encoding="utf-8")
    (root / "page.html").write_text(HOSTILE_PAGE, encoding="utf-8")
    records = [
        {"headline": f"Item {i}", "body": f"{ARTICLE[i]} ({i})", "url": "https://apnews.com/x"}
        for i in range(2)
    ]
    lines = [json.dumps(r) for r in records] + ['{"body": "broken']
    (root / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "one.json").write_text(json.dumps({"title": "One", "text": BODY}), encoding="utf-8")
    (root / "table.csv").write_text(f'title;content\nFirst;"{ARTICLE[0]}"\nSecond;"{ARTICLE[1]}"\n')
    (root / "word.docx").write_bytes(make_docx(ARTICLE, title="Word title"))
    (root / "paper.pdf").write_bytes(
        make_pdf([["PDF title", "Troops will stay in Iraq, officials said."]])
    )
    (sub / "nested.txt").write_text("Nested\n\n" + BODY, encoding="utf-8")
    # --- the bad ones ---
    (root / "empty.txt").write_bytes(b"")
    (root / "blank.txt").write_text("  \n\n\t\n")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(200))
    (root / "archive.zip").write_bytes(b"PK\x03\x04" + os.urandom(100))
    (root / "nul.txt").write_bytes(b"some text\x00\x00\x01 more text\x00")
    (root / "garbage.txt").write_bytes(bytes(range(0x80, 0x100)) * 20)
    with open(root / "huge.txt", "wb") as f:  # sparse: 21 MB on paper, nothing on disk
        f.truncate(21 * 1024 * 1024)
    (root / "locked.txt").write_text("secret\n" + BODY)
    (root / "vanish.txt").write_text("Soon gone\n" + BODY)
    (root / "dangling.txt").symlink_to(root / "no-such-file.txt")
    (root / "loop-a.txt").symlink_to(root / "loop-b.txt")
    (root / "loop-b.txt").symlink_to(root / "loop-a.txt")
    (sub / "back").symlink_to(root, target_is_directory=True)
    (root / ".hidden.txt").write_text("hidden\n" + BODY)
    (root / ".git").mkdir()
    (root / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (root / "Thumbs.db").write_bytes(b"\xd0\xcf\x11\xe0" + bytes(50))
    (root / "~$word.docx").write_bytes(b"lock")
    (root / "story.html.crdownload").write_text("<html>half")
    (root / "#draft.txt#").write_text("Emacs's auto-save of draft.txt\n" + BODY)
    (root / "nav-only.html").write_text(
        "<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>"
    )
    (root / "scanned.pdf").write_bytes(make_pdf([[]]))
    (root / "broken.json").write_text('{"text": "unterminated')
    (root / "fake.docx").write_text("this is not a zip")
    (root / "fake.pdf").write_text("this is not a pdf")
    os.mkfifo(root / "pipe.txt")  # reading it naively would block forever
    return {
        "empty.txt": E.EMPTY,
        "blank.txt": E.EMPTY,
        "photo.jpg": E.BINARY,
        "archive.zip": E.BINARY,
        "nul.txt": E.BINARY,
        "garbage.txt": E.UNDECODABLE,
        "huge.txt": E.TOO_LARGE,
        "locked.txt": E.UNREADABLE,
        "vanish.txt": E.VANISHED,
        "dangling.txt": E.BROKEN_LINK,
        "loop-a.txt": E.LINK_LOOP,
        "loop-b.txt": E.LINK_LOOP,
        "sub/back": E.LINK_LOOP,
        ".hidden.txt": E.HIDDEN,
        ".git": E.HIDDEN,
        "Thumbs.db": E.SYSTEM,
        "~$word.docx": E.SYSTEM,
        "story.html.crdownload": E.SYSTEM,
        "#draft.txt#": E.SYSTEM,
        "nav-only.html": E.LITTLE_TEXT,
        "scanned.pdf": E.LITTLE_TEXT,
        "broken.json": E.MALFORMED,
        "feed.jsonl#3": E.MALFORMED,
        "fake.docx": E.MALFORMED,
        "fake.pdf": E.MALFORMED,
        "pipe.txt": E.UNREADABLE,
    }


def deny_and_vanish(monkeypatch: pytest.MonkeyPatch, root: Path) -> None:
    """Make locked.txt unreadable, and move vanish.txt away just before it is read."""
    if os.geteuid() != 0:
        (root / "locked.txt").chmod(0)
    original = registry.read_bytes

    def read_bytes(path: Path, max_bytes: int) -> bytes:
        if path.name == "vanish.txt":
            path.rename(path.with_name("moved-away.txt"))
        if path.name == "locked.txt" and os.geteuid() == 0:  # root reads mode-000 files
            raise registry._open_error(path, PermissionError(13, "Permission denied"))
        return original(path, max_bytes)

    monkeypatch.setattr(registry, "read_bytes", read_bytes)


@pytest.mark.parametrize("workers", [1, 4])
def test_hostile_folder_loads_the_good_and_explains_the_bad(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, workers: int
) -> None:
    root = tmp_path / "corpus"
    expected = build(root)
    deny_and_vanish(monkeypatch, root)
    result = load_paths([root], workers=workers)

    got = {p.path.relative_to(root).as_posix(): p.code for p in result.problems}
    assert got == expected
    assert all(p.reason and p.hint for p in result.problems)
    assert not result.cancelled

    docs = {d.path.relative_to(root).as_posix(): d for d in result.documents}
    assert sorted(docs) == sorted([
        "good.txt", "bom.txt", "utf16.txt", "utf16le.txt", "cp1252.txt", "koi8.txt",
        "notes.md", "page.html", "feed.jsonl#1", "feed.jsonl#2", "one.json", "table.csv#1",
        "table.csv#2", "word.docx", "paper.pdf", "sub/nested.txt",
    ])  # fmt: skip
    assert docs["good.txt"].text == "Good title\n\n" + BODY
    assert docs["bom.txt"].text == "BOM title\n" + BODY
    assert docs["bom.txt"].encoding == "utf-8 (BOM)"
    assert docs["utf16.txt"].text == "UTF-16 title\n" + BODY
    assert docs["utf16le.txt"].text == "No BOM title\n" + BODY
    assert docs["utf16le.txt"].encoding == "utf-16-le"
    assert docs["cp1252.txt"].text == (CURLY + "\n") * 3
    assert docs["cp1252.txt"].encoding == "windows-1252"
    assert docs["koi8.txt"].text == RUSSIAN
    assert docs["koi8.txt"].encoding == "koi8-r"
    assert docs["notes.md"].title == "Markdown title"
    assert docs["page.html"].text.endswith(ARTICLE[2])
    assert docs["feed.jsonl#2"].text.endswith(f"\n\n{ARTICLE[1]} (1)")
    assert docs["feed.jsonl#2"].source == "AP"
    assert docs["one.json"].title == "One"
    assert docs["table.csv#2"].text == f"Second\n\n{ARTICLE[1]}"
    assert docs["word.docx"].text == BODY
    assert "Troops will stay in Iraq" in docs["paper.pdf"].text
    assert docs["sub/nested.txt"].text == "Nested\n\n" + BODY
    # Deterministic order, whatever the threads: depth-first, names sorted in each folder.
    paths = [d.path for d in result.documents]
    assert paths == sorted(paths, key=lambda p: p.parts)


def test_file_renamed_by_progress_callback_is_reported_and_noticed(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"Article {n}\n\n{BODY}")
    before = snapshot([tmp_path])

    def rename_later_file(done: int, total: int, path: Path) -> None:
        if done == 1:
            (tmp_path / "4.txt").rename(tmp_path / "renamed.txt")

    result = load_paths([tmp_path], workers=1, on_progress=rename_later_file)
    assert [d.name for d in result.documents] == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert [(p.path.name, p.code) for p in result.problems] == [("4.txt", E.VANISHED)]
    assert result.snapshot.files == {**before.files, tmp_path / "4.txt": UNREAD}  # not read
    assert changed(result.snapshot, snapshot([tmp_path])) == [
        tmp_path / "4.txt",
        tmp_path / "renamed.txt",
    ]


def test_a_file_that_vanished_before_it_was_read_is_changed_when_it_is_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder moved away and back mid-load: the files not read came back as they were
    listed, and the folder counted as unchanged, though they were missing from the list."""
    root = tmp_path / "corpus"
    build(root)
    deny_and_vanish(monkeypatch, root)
    result = load_paths([root])
    (root / "moved-away.txt").rename(root / "vanish.txt")  # back, unchanged
    assert changed(result.snapshot, snapshot([root])) == [root / "vanish.txt"]


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs Linux's /proc")
def test_a_file_that_says_it_is_empty_but_holds_text_is_read(tmp_path: Path) -> None:
    """Files in /proc have a size of 0 and hold text: they were called "empty file". A
    file of no bytes still is one."""
    (tmp_path / "status.txt").symlink_to("/proc/self/status")
    doc = registry.read_document(tmp_path / "status.txt")
    assert doc.text.startswith("Name:")
    with pytest.raises(E.ReadError) as err:
        registry.read_document(tmp_path / "status.txt", max_bytes=10)
    assert err.value.code == E.TOO_LARGE
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(E.ReadError) as err:
        registry.read_document(tmp_path / "empty.txt")
    assert (err.value.code, err.value.reason) == (E.EMPTY, "empty file")


def test_a_regular_file_with_nothing_to_read_yet_is_a_read_error(tmp_path, monkeypatch) -> None:
    """Some regular files honour O_NONBLOCK (/proc/kmsg once drained, some FUSE files):
    the buffered read gives None, and ``len(None)`` was a TypeError, a traceback from
    ``wirediff compare`` and "unexpected error (TypeError)" in a folder. Found by fuzzing."""
    path = tmp_path / "kmsg.txt"
    path.write_text("Words that are not ready.\n", encoding="utf-8")
    real_fdopen = os.fdopen

    class Waiting:
        def __init__(self, handle) -> None:  # type: ignore[no-untyped-def]
            self.handle = handle

        def __enter__(self):  # type: ignore[no-untyped-def]
            return self

        def __exit__(self, *exc: object) -> None:
            self.handle.close()

        def read(self, size: int = -1) -> None:
            return None  # what a non-blocking raw file gives with nothing ready

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Waiting(real_fdopen(*a, **k)))
    with pytest.raises(E.ReadError) as err:
        registry.read_document(path)
    assert err.value.code == E.UNREADABLE
    assert err.value.reason == "not readable without waiting (a special file)"
    monkeypatch.undo()
    problems = load_paths([tmp_path], workers=1).problems
    assert problems == []  # (the file itself is fine once read normally)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux's /proc")
def test_a_system_file_that_refuses_a_read_blames_no_disk(tmp_path: Path) -> None:
    """/proc/self/mem (read through a link followed) answers EIO: the hint said "the disk
    or network share may be failing". Found by fuzzing."""
    (tmp_path / "mem.txt").symlink_to("/proc/self/mem")
    with pytest.raises(E.ReadError) as err:
        registry.read_document(tmp_path / "mem.txt")
    assert err.value.reason == "read error (Input/output error)"
    assert "failing" not in err.value.hint and "/proc" in err.value.hint
