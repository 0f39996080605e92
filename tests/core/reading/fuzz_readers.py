"""Feed the readers random and mutated DOCX, HTML, JSON, CSV, PDF, feed and e-mail bytes (a seeded
generator, run by test_fuzz_bounded.py in a child process under a memory and CPU limit).

``run(seed, cases)`` returns how many cases ran, and every case where something other than
ReadError escaped a reader, a reader ran out of memory or recursed too deep, one of our own
parsers fell through to the "could not be parsed" last resort, or a document came back
without text.
"""

from __future__ import annotations

import io
import json
import random
import resource
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.core.reading.bombs import bomb_document, docx_with, laughs
from tests.core.reading.samples import ARTICLE, HOSTILE_PAGE, make_docx, make_pdf
from wirediff.core.document import Document
from wirediff.core.reading import ReadError
from wirediff.core.reading.registry import parse

# Fragments that have broken parsers before: markup declarations, deep nesting, floods.
HOSTILE = [
    b'<!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;">]>',
    b"<!-- " + b"x" * 3000 + b" -->" + laughs(8).encode() + b"<x>&a8;</x>",  # 300 MB
    b"[" * 600,  # deep enough for Python code walking the value, not for the JSON parser
    b'{"text": ' * 600,
    b'<!ENTITY % p SYSTEM "file:///etc/passwd">',
    b"&a;&b;&#0;&#x110000;",
    b"[" * 3000,
    b"{" * 3000,
    b'{"a":' * 3000,
    b"<<" * 2000,
    b"<p>" * 3000,
    b"<w:p>" * 3000,
    b"\x00\x00",
    b"\xff\xfe\x00",
    b"\xef\xbb\xbf",
    b'"' * 50,
    b"\n" * 2000,
    b"\r" * 100,
    b"\u202e\x1b[2J",
    b"%PDF-1.4\n",
    b"stream\nendstream",
    b"obj << /Length 99999999 >>",
    b"/Kids [" + b"1 0 R " * 500 + b"]",
    b"=cmd|' /C calc'!A0,",
]


# Places where a hostile fragment does most harm: after the XML declaration (where a DTD
# is legal), inside a PDF text object, at the start of a body or of a JSON value.
MARKERS = [b"?>", b"BT\n", b"<body>", b"<w:body>", b'"text": ', b"[", b"{", b"\n"]


def _mutate(rng: random.Random, data: bytes, limit: int = 1 << 18) -> bytes:
    """One to four random edits: flips, hostile insertions (anywhere or after a marker),
    truncation, amplification of a slice."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(out) + 1)
        kind = rng.randrange(7)
        if kind == 6:
            marker = rng.choice(MARKERS)
            found = out.find(marker)
            at = found + len(marker) if found >= 0 else at
            kind = 1
        if kind == 0 and out:
            for _ in range(rng.randint(1, 16)):
                out[rng.randrange(len(out))] = rng.randrange(256)
        elif kind == 1:
            out[at:at] = rng.choice(HOSTILE)
        elif kind == 2:
            del out[at:]
        elif kind == 3 and out:
            start = rng.randrange(len(out))
            piece = out[start : start + rng.randint(1, 200)]
            times = rng.randint(2, max(2, (limit - len(out)) // max(1, len(piece))))
            out[at:at] = piece * min(times, 20_000)
        elif kind == 4:
            out[at:at] = rng.randbytes(rng.randint(1, 64))
        else:
            out[at : at + rng.randint(1, 64)] = b""
    return bytes(out[:limit])


def _docx(rng: random.Random) -> bytes:
    """A Word file whose XML (not only its ZIP) was mutated, or a mutated ZIP."""
    good = make_docx(ARTICLE, title="T", creator="C", table=["a", "b"])
    if rng.random() < 0.3:
        return _mutate(rng, good)
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            part = src.read(info)
            if info.filename.endswith(".xml") and rng.random() < 0.7:
                part = _mutate(rng, part)
            dst.writestr(info.filename, part)
    return out.getvalue()


def _docx_bomb(rng: random.Random) -> bytes:
    """An entity bomb behind a comment of a few MB (which raises expat's own amplification
    allowance to gigabytes), written in UTF-8 or UTF-16."""
    comment = "<!-- " + "x" * (rng.randint(1, 8) << 20) + " -->"
    encoding = rng.choice(["UTF-8", "UTF-16"])
    xml = bomb_document(f'<?xml version="1.0" encoding="{encoding}"?>', comment)
    return docx_with({"word/document.xml": xml.encode(encoding.lower())})


def _nested(rng: random.Random, depth: int) -> object:
    """A value nested ``depth`` deep: lists and objects around a piece of text."""
    value: object = rng.choice(ARTICLE)
    for _ in range(depth):
        value = [value] if rng.random() < 0.5 else {rng.choice(["name", "text", "x"]): value}
    return value


def _json(rng: random.Random) -> bytes:
    records: list[dict[str, object]] = [
        {"title": f"T{n}", "text": ARTICLE[n % 3], "source": {"name": "AP"}} for n in range(3)
    ]
    if rng.random() < 0.2:  # deep, but within what the JSON parser itself accepts
        field = rng.choice(["text", "title", "source", "author", "date"])
        records[0][field] = _nested(rng, rng.randint(10, 900))
    value = rng.choice([records, records[0], {"articles": records}])
    return _mutate(rng, json.dumps(value).encode())


def _jsonl(rng: random.Random) -> bytes:
    return _mutate(rng, "\n".join(json.dumps({"text": a}) for a in ARTICLE).encode())


def _csv(rng: random.Random) -> bytes:
    rows = "".join(f'"T{n}";"{a}"\n' for n, a in enumerate(ARTICLE))
    return _mutate(rng, ("title;text\n" + rows).encode())


def _html(rng: random.Random) -> bytes:
    return _mutate(rng, HOSTILE_PAGE.encode())


def _pdf(rng: random.Random) -> bytes:
    return _mutate(rng, make_pdf([[line] for line in ARTICLE], title="T", author="A"))


def _feed(rng: random.Random) -> bytes:
    from tests.core.reading.test_feeds import ATOM, RSS

    return _mutate(rng, rng.choice([RSS, ATOM]).encode())


def _mail(rng: random.Random) -> bytes:
    from tests.core.reading.test_mail import message

    one = message(encoding=rng.choice(["base64", "quoted-printable", "8bit"]))
    return _mutate(rng, one if rng.random() < 0.5 else b"From a@b Thu Dec 5\n" + one * 2)


def _random(rng: random.Random) -> bytes:
    return rng.randbytes(rng.randint(0, 4096))


MAKERS: dict[str, Callable[[random.Random], bytes]] = {
    ".docx": lambda rng: _docx_bomb(rng) if rng.random() < 0.05 else _docx(rng),
    ".json": _json,
    ".jsonl": _jsonl,
    ".csv": _csv,
    ".html": _html,
    ".pdf": _pdf,
    ".rss": _feed,
    ".eml": _mail,
}


# Formats parsed by wirediff's own code (expat for Word and feeds, the e-mail package's
# parsers held to ReadError): an exception that reaches the registry's last resort ("could
# not be parsed") is a bug there, not a library's failure.
OWN_PARSERS = {".docx", ".json", ".jsonl", ".csv", ".rss", ".eml"}


def _failure(ext: str, item: Document | ReadError) -> str:
    """Why a reader's result is a bug, or ""."""
    if isinstance(item, Document):
        return "" if item.text.strip() else "document without text"
    if "memory" in item.reason:
        return item.reason  # the child's memory limit was hit
    if item.reason.startswith("could not be parsed") and (
        ext in OWN_PARSERS or "Recursion" in item.reason
    ):
        return item.reason
    return ""


def run(seed: int, cases: int) -> dict[str, object]:
    rng = random.Random(seed)
    failures: list[dict[str, object]] = []
    for case in range(cases):
        ext = rng.choice(sorted(MAKERS))
        data = _random(rng) if rng.random() < 0.1 else MAKERS[ext](rng)
        path = Path(f"case{case}{ext}")
        try:
            items = parse(path, data)
        except ReadError as exc:
            items = [exc]
        except Exception as exc:  # the bug this fuzzer looks for
            failures.append({"case": case, "ext": ext, "error": repr(exc)[:300]})
            continue
        for item in items:
            error = _failure(ext, item)
            if error:
                failures.append({"case": case, "ext": ext, "error": error})
    return {"cases": cases, "failures": failures, "peak_mb": _peak_mb()}


def _peak_mb() -> int:
    """This process's peak resident memory since it started running Python.

    Not ``ru_maxrss``: Linux carries it over ``exec`` from the process that forked this one,
    so a child started by a 560 MB test runner reported 563 MB after reading 108 MB worth.
    ``VmHWM`` belongs to this program's own memory map.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) // 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
