"""Random bytes under every extension: only ReadError leaves read_document, nothing load_paths."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wirediff.core.document import Document
from wirediff.core.reading import READERS, ReadError, load_paths, read_document

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


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    ext=st.sampled_from(EXTENSIONS),
    data=st.one_of(hostile_bytes, hostile_text, hostile_bytes.map(_docx)),
)
def test_random_bytes_raise_only_read_error(ext: str, data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder, "f" + ext)
        path.write_bytes(data)
        try:
            doc = read_document(path)
        except ReadError as exc:
            assert exc.reason and exc.hint and exc.path.name.startswith("f")
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
