"""Bombs and floods stay bounded: refused early with a "too-large" or "malformed" problem
naming the cap, in a child process whose memory and CPU are limited (issue 15, items 1, 5)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import ClassVar

import pytest

from tests.core.reading.bombs import W as W_NS
from tests.core.reading.bombs import (
    docx_with,
    entity_bombs,
    lying_zip,
    pdf_pages,
    pdf_text,
    tiny_paragraph_docx,
)
from tests.sandbox import run_python
from wirediff.core.reading import errors as E

# Reads every path given and prints one JSON line per file: its documents or its problems.
READ_EACH = """
import json
from wirediff.core.reading import load_paths
for path in sys.argv[1:]:
    result = load_paths([path], workers=1)
    print(json.dumps({
        "path": path,
        "documents": len(result.documents),
        "problems": [[p.code, p.reason] for p in result.problems],
    }), flush=True)
"""


def read_limited(paths: list[Path], memory_mb: int = 700) -> dict[str, dict[str, object]]:
    """Read ``paths`` in a child limited to ``memory_mb`` and 60 s of CPU; by file name."""
    done = run_python(READ_EACH, *map(str, paths), memory_mb=memory_mb, cpu_seconds=60)
    assert done.returncode == 0, done.stderr.decode(errors="replace")[-2000:]
    assert b"Traceback" not in done.stderr
    lines = [json.loads(line) for line in done.stdout.decode().splitlines()]
    return {Path(str(line["path"])).name: line for line in lines}


def test_entity_bombs_are_refused_wherever_the_dtd_hides(tmp_path: Path) -> None:
    paths = []
    for name, data in entity_bombs().items():
        paths.append(tmp_path / name)
        paths[-1].write_bytes(data)
    results = read_limited(paths)
    assert set(results) == set(entity_bombs())
    for name, result in results.items():
        assert result["documents"] == 0, name
        [(code, reason)] = result["problems"]  # type: ignore[misc]
        assert code == E.MALFORMED, (name, reason)
        assert "DTD or entity declaration" in reason, (name, reason)


def test_zip_parts_are_unpacked_in_bounded_chunks(tmp_path: Path) -> None:
    # 1.6 GB of XML once unpacked: the header under-states it (1 KB), or states it honestly.
    spaces = b" " * (1 << 20)
    (tmp_path / "lying.docx").write_bytes(lying_zip("word/document.xml", spaces, 1600, 1024))
    honest = lying_zip("word/document.xml", spaces, 1600, 1600 << 20)
    (tmp_path / "honest.docx").write_bytes(honest)
    results = read_limited([tmp_path / "lying.docx", tmp_path / "honest.docx"], memory_mb=600)
    [(code, reason)] = results["lying.docx"]["problems"]  # type: ignore[misc]
    assert code == E.MALFORMED and "memory" not in reason
    [(code, reason)] = results["honest.docx"]["problems"]  # type: ignore[misc]
    assert code == E.TOO_LARGE and "bytes of XML once unpacked" in reason


def test_floods_of_tiny_paragraphs_lines_and_records_stop_at_the_caps(tmp_path: Path) -> None:
    docx = tiny_paragraph_docx(3_000_000)
    assert len(docx) < 700_000  # the 570 KB file of the report: 3.3 GB before the caps
    (tmp_path / "paragraphs.docx").write_bytes(docx)
    (tmp_path / "lines.txt").write_bytes(b"a\n" * 5_000_000)  # 10 MB of tiny lines
    (tmp_path / "rows.csv").write_bytes(b"text\n" + b"word\n" * 1_000_000)  # a million rows
    lines = "".join(json.dumps({"text": "word"}) + "\n" for _ in range(200_000))
    (tmp_path / "rows.jsonl").write_text(lines)
    (tmp_path / "array.json").write_text("[" + ",".join(["{}"] * 2_000_000) + "]")
    page = "<html><body>" + "<p>Officials said the troops would stay.</p>" * 450_000
    (tmp_path / "page.html").write_text(page + "</body></html>")  # 19 MB of paragraphs
    results = read_limited(sorted(tmp_path.iterdir()))

    def only_problem(name: str) -> tuple[str, str]:
        assert results[name]["documents"] == 0
        [(code, reason)] = results[name]["problems"]  # type: ignore[misc]
        return code, reason

    assert only_problem("paragraphs.docx") == (E.TOO_LARGE, "too large: more than 50,000 lines")
    assert only_problem("lines.txt") == (E.TOO_LARGE, "too large: more than 50,000 lines")
    assert only_problem("page.html") == (E.TOO_LARGE, "too large: more than 50,000 lines")
    for name, total in (("rows.csv", "1,000,000"), ("rows.jsonl", "200,000")):
        assert results[name]["documents"] == 20_000
        [(code, reason)] = results[name]["problems"]  # type: ignore[misc]
        assert code == E.TRUNCATED  # (the records past the cap counted, not read)
        assert reason == f"read in part: the first 20,000 of {total} records"
    # Two million empty objects: the first 20,000 are looked at, none holds text.
    code, reason = only_problem("array.json")
    assert code == E.NO_ARTICLES and "20000 records" in reason


class _CountingParser:
    """An expat parser that counts the bytes it is given to parse, again and again."""

    fed: ClassVar[list[int]] = []

    def __init__(self, parser: object) -> None:
        object.__setattr__(self, "_parser", parser)

    def __getattr__(self, name: str) -> object:
        return getattr(self._parser, name)

    def __setattr__(self, name: str, value: object) -> None:
        setattr(self._parser, name, value)

    def Parse(self, data: bytes, final: bool) -> int:
        self.fed.append(len(data))
        return self._parser.Parse(data, final)  # type: ignore[attr-defined, no-any-return]


def test_a_long_token_is_fed_in_growing_chunks_and_deep_nesting_is_refused(
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    """expat (before 2.6) scans an unfinished token again at every call: one attribute of
    90 MB in an 88 KB Word file, fed 64 KB at a time, took 54 s. Chunks double while a
    chunk gives the parser nothing to report, so the calls are few; thirty million open
    "<a>" (a 100 KB file) took 4 GB."""
    from xml.parsers import expat

    from wirediff.core.reading import read_document, xmlparts

    made = expat.ParserCreate
    monkeypatch.setattr(xmlparts.expat, "ParserCreate", lambda **kw: _CountingParser(made(**kw)))
    head = f'<?xml version="1.0"?><w:document xmlns:w="{W_NS}"><w:body>'
    text = "<w:p><w:r><w:t>" + "hello world " * 20 + "</w:t></w:r></w:p></w:body></w:document>"
    long_token = head + '<w:p a="' + "x" * (8 << 20) + '"/>' + text
    (tmp_path / "long.docx").write_bytes(docx_with({"word/document.xml": long_token.encode()}))
    _CountingParser.fed = []
    assert "hello world" in read_document(tmp_path / "long.docx").text
    assert len(_CountingParser.fed) < 20  # (128 at 64 KB a call)
    monkeypatch.setattr(xmlparts, "CHUNK_MAX", 1 << 20)  # and no chunk past the cap
    _CountingParser.fed = []
    assert "hello world" in read_document(tmp_path / "long.docx").text
    assert max(_CountingParser.fed) == 1 << 20 and len(_CountingParser.fed) < 20
    deep = head + "<a>" * (xmlparts.MAX_DEPTH + 1)
    (tmp_path / "deep.docx").write_bytes(docx_with({"word/document.xml": deep.encode()}))
    with pytest.raises(E.ReadError, match=r"nested too deeply \(more than 10,000 elements\)"):
        read_document(tmp_path / "deep.docx")


def test_a_pdfs_drawing_instructions_are_bounded(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """pypdf reads a page's drawing instructions at a few hundred KB a second: 5,000 pages
    sharing one stream of a megabyte took 85 minutes, a 72 KB file whose pages inflate to
    70 MB each minutes, one page of 200,000 lines 23 s. A page drawn as another was is read
    once; a page of more than 2 MB of them is a drawing, said where its text would be; all
    of them count against ``max_unpacked``."""
    from wirediff.core.reading import ReaderOptions, read_document
    from wirediff.core.reading import pdf as pdf_reader

    text = pdf_text("Floods close the valley road again this morning")
    noise = text + b"q Q\n" * 40_000  # 160 KB of instructions that draw nothing
    calls: list[int] = []
    read_page = pdf_reader._page_text
    monkeypatch.setattr(pdf_reader, "_page_text", lambda page: calls.append(1) or read_page(page))
    shared = tmp_path / "shared.pdf"
    shared.write_bytes(pdf_pages([noise] * 100, shared=True))
    doc = read_document(shared)
    assert doc.text.count("Floods close the valley road") == 100 and len(calls) == 1
    turned = tmp_path / "turned.pdf"  # a page turned is read on its own (the text may turn)
    turned.write_bytes(pdf_pages([noise] * 4, shared=True, rotate=[0, 90, 0, 90]))
    calls.clear()
    assert read_document(turned).text.count("Floods close the valley road") == 4
    assert len(calls) == 2
    drawing = text + b"q Q\n" * (pdf_reader.PAGE_MAX_CONTENT // 4)
    mixed = tmp_path / "mixed.pdf"
    mixed.write_bytes(pdf_pages([text, drawing]))
    assert read_document(mixed).text.endswith(pdf_reader.DRAWING)  # the same on any page
    only = tmp_path / "drawing.pdf"
    only.write_bytes(pdf_pages([drawing]))
    with pytest.raises(E.ReadError) as err:
        read_document(only)
    assert err.value.code == E.TOO_LARGE and "every page holds more than 2 MB" in err.value.reason
    many = tmp_path / "many.pdf"
    many.write_bytes(pdf_pages([noise + b"%d" % i for i in range(4)]))
    with pytest.raises(E.ReadError, match="bytes of page drawing instructions once unpacked"):
        read_document(many, options=ReaderOptions(max_unpacked=500_000))


def test_hostile_rtf_stays_bounded(tmp_path: Path) -> None:
    """An RTF file is read by a loop of wirediff's own: 100,000 groups one in another, a
    \\bin of a terabyte, a picture's group never closed, and 20 MB of control words, hex
    bytes, characters or empty groups are each refused or read within the child's memory
    and time (a court reporter's walkthrough: RTF was read from then on)."""
    head, words = rb"{\rtf1\ansi ", b"The court heard the appeal this morning. " * 3
    files = {
        "deep.rtf": head + words + b"{" * 100_000,
        "binary.rtf": head + words + rb"{\*\blob\bin1099511627776 }" + b"x" * 1000,
        "unclosed.rtf": head + words + rb"{\pict " + b"0123456789abcdef" * 1_250_000,
        "words.rtf": head + words + rb"\b\i0" * 4_000_000 + b"}",
        "bytes.rtf": head + words + rb"\'e9" * 5_000_000 + b"}",
        "characters.rtf": head + words + rb"\u1090?" * 2_800_000 + b"}",
        "groups.rtf": head + words + rb"{\b}" * 5_000_000 + b"}",
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    results = read_limited([tmp_path / name for name in files], memory_mb=700)
    [(code, reason)] = results["deep.rtf"]["problems"]  # type: ignore[misc]
    assert (code, reason) == (E.MALFORMED, "RTF file nested too deeply (more than 1,000 groups)")
    for name in files.keys() - {"deep.rtf"}:
        assert results[name] == {"path": str(tmp_path / name), "documents": 1, "problems": []}
