"""Random bytes under every extension: only ReadError leaves read_document, nothing load_paths."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirediff.core.document import Document
from wirediff.core.reading import READERS, ReadError, load_paths, read_document, read_documents

# Formats parsed by our code (not by trafilatura, pypdf or zipfile): any exception that
# reaches the registry's last-resort handler is a bug there.
OWN_PARSERS = {".txt", ".text", ".md", ".markdown", ".json", ".jsonl", ".ndjson", ".csv", ".tsv",
               ".tex", ".latex"}  # fmt: skip
EXTENSIONS = [*sorted(READERS), ".bin", ".php", ""]
PREFIXES = [b"", b"%PDF-1.4\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff",
            b"<!DOCTYPE html><html><head><meta charset='koi8-r'>", b"{\"text\": ", b"[",
            b"title,text\n", b"\x00\x00\xfe\xff"]  # fmt: skip

hostile_bytes = st.builds(
    lambda prefix, body: prefix + body, st.sampled_from(PREFIXES), st.binary(max_size=3000)
)
hostile_text = st.text(max_size=800).map(lambda s: s.encode("utf-8", "surrogatepass"))


def _docx(body: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("word/document.xml", body)
    return out.getvalue()


def _odt(body: bytes) -> bytes:
    """An OpenDocument text, its content hostile."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", body)
        z.writestr("meta.xml", body[::-1])
    return out.getvalue()


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ext=st.sampled_from(EXTENSIONS),
    data=st.one_of(hostile_bytes, hostile_text, hostile_bytes.map(_docx), hostile_bytes.map(_odt)),
)
def test_random_bytes_raise_only_read_error(ext: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "f" + ext)
        path.write_bytes(data)
        try:
            doc = read_document(path)
        except ReadError as exc:
            assert exc.reason and exc.hint and exc.path.name.startswith("f")
            if ext in OWN_PARSERS:
                assert "could not be parsed" not in exc.reason  # no unforeseen exception
        else:
            assert isinstance(doc, Document) and doc.text.strip()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=st.lists(st.tuples(st.sampled_from(EXTENSIONS), hostile_bytes), max_size=8))
def test_random_folders_load_without_raising(files: list[tuple[str, bytes]]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for n, (ext, data) in enumerate(files):
            Path(folder, f"{n}{ext}").write_bytes(data)
        result = load_paths([folder], workers=3)
        accounted = {d.file.name for d in result.documents}
        accounted |= {p.path.name.partition("#")[0] for p in result.problems}
        assert accounted == {f"{n}{ext}" for n, (ext, _) in enumerate(files)}


FIELD_NAMES = ["text", "body", "content", "title", "source", "date", "url", "author",
               "articles", "items", "publishedAt", "source.name", "name"]  # fmt: skip
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=60),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(st.sampled_from(FIELD_NAMES) | st.text(max_size=8), inner, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(value=json_values, ext=st.sampled_from([".json", ".jsonl", ".csv"]))
def test_random_json_and_csv_structures_raise_only_read_error(value: object, ext: str) -> None:
    import csv
    import json

    if ext == ".json":
        data = json.dumps(value)
    elif ext == ".jsonl":
        items = value if isinstance(value, list) else [value]
        data = "\n".join(json.dumps(v) for v in items)
    else:
        rows = value if isinstance(value, list) else [value]
        out = io.StringIO()
        writer = csv.writer(out)
        for row in rows:
            writer.writerow(row if isinstance(row, list) else [row])
        data = out.getvalue()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "f" + ext)
        path.write_text(data, encoding="utf-8")
        try:
            docs = read_documents(path)
        except ReadError as exc:
            assert exc.reason and exc.hint
            assert "could not be parsed" not in exc.reason  # no unforeseen exception
        else:
            assert all(d.text.strip() and d.file == path for d in docs)
