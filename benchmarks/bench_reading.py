"""How fast folders load: generated folders of mixed formats and of plain-text articles.

Run: .venv/bin/python benchmarks/bench_reading.py [--quick]

Each folder is generated in a temporary directory (deleted afterwards) from the sentences
of the sample corpus. The baseline, measured in the same run on the same files, is listing
the folder and reading every file's bytes (``Path.read_bytes``) without decoding anything;
"ratio" is load time / baseline time. Files were just written, so the OS cache is warm for
both: the numbers measure decoding and extraction, not the disk. One folder is also read
with a simulated 5 ms wait per file (a network share), where fetching ahead in threads pays.

"guessing" is the CPU the metadata guesses took (outlet, byline, date: ``metadata.enrich``):
the same folder loaded again without them (``ReaderOptions.guess_metadata`` off), the
difference. The sample's sentences make plain articles whose header is a title alone; the
"wire copy" folder's articles open as agency and paper copy does (a masthead and its day, a
byline, a dateline crediting an agency), where the guesses read every header line: a big
folder of such copy cost 10 ms a file, nine tenths of it guessing (``--folder PATH`` loads
any folder so, the baseline measured on it the same way; it is not deleted).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(REPO), str(REPO / "gui")]

from tests.core.reading.samples import make_docx, make_pdf  # noqa: E402

from wirediff.core.reading import LoadResult, load_paths, registry  # noqa: E402
from wirediff.core.reading.folder import DEFAULT_WORKERS  # noqa: E402
from wirediff.core.reading.options import ReaderOptions  # noqa: E402

SAMPLE = REPO / "tests" / "fixtures" / "us-iraq-troop-role"
SENTENCES = [
    s.strip() + "."
    for p in sorted(SAMPLE.glob("*.txt"))
    for s in p.read_text(encoding="utf-8").replace("\n", " ").split(". ")
    if len(s.strip()) > 30
]


def article(rng: random.Random, n: int) -> tuple[str, list[str]]:
    """A title and 6-12 paragraphs of 2-4 sentences (about 3-6 KB)."""
    paragraphs = [
        " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(2, 4)))
        for _ in range(rng.randint(6, 12))
    ]
    return f"Story {n}: {rng.choice(SENTENCES)[:60]}", paragraphs


def page(title: str, paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title} | Example News"
        "</title><meta name='author' content='Jane Doe'><script>var x = 1;</script>"
        "<style>p{margin:0}</style></head><body><nav><a href='/'>Home</a><a href='/w'>World"
        f"</a></nav><article><h1>{title}</h1>{body}</article><footer>(c) Example</footer>"
        "</body></html>"
    )


def write_mixed(root: Path, count: int, rng: random.Random) -> int:
    """``count`` files of every format (weights like a real download folder)."""
    kinds = ["txt"] * 40 + ["md"] * 10 + ["html"] * 20 + ["json"] * 10 + ["jsonl"] * 5
    kinds += ["csv"] * 5 + ["docx"] * 5 + ["pdf"] * 4 + ["jpg"]
    for n in range(count):
        kind = rng.choice(kinds)
        title, paras = article(rng, n)
        path = root / f"{n // 500:02d}" / f"{n:05d}.{kind}"
        path.parent.mkdir(exist_ok=True)
        if kind in ("txt", "md"):
            path.write_text(title + "\n\n" + "\n\n".join(paras), encoding="utf-8")
        elif kind == "html":
            path.write_text(page(title, paras), encoding="utf-8")
        elif kind == "json":
            path.write_text(json.dumps({"title": title, "text": "\n\n".join(paras)}))
        elif kind == "jsonl":
            lines = [json.dumps({"title": f"{title} #{i}", "body": "\n\n".join(paras[i:])})
                     for i in range(5)]  # fmt: skip
            path.write_text("\n".join(lines))
        elif kind == "csv":
            rows = ["title,text"] + [f'"{title} {i}","{" ".join(paras[i:])}"' for i in range(3)]
            path.write_text("\n".join(rows))
        elif kind == "docx":
            path.write_bytes(make_docx(paras, title=title))
        elif kind == "pdf":
            lines = [p[i : i + 90] for p in paras[:4] for i in range(0, len(p), 90)]
            path.write_bytes(make_pdf([lines[:40]], title=title))
        else:
            path.write_bytes(b"\xff\xd8\xff\xe0" + rng.randbytes(2000))
    return count


def write_plain(root: Path, count: int, rng: random.Random) -> int:
    for n in range(count):
        title, paras = article(rng, n)
        folder = root / f"{n // 1000:02d}"
        folder.mkdir(exist_ok=True)
        (folder / f"{n:05d}.txt").write_text(title + "\n\n" + "\n\n".join(paras), "utf-8")
    return count


# The head of agency and paper copy: a masthead with its day, a byline, a dateline
MASTHEADS = ["The Capital Herald", "City Echo", "The Northern Gazette", "Harbour Observer"]
AGENCIES = ["Reuters", "AFP", "AP", "dpa", "EFE", "ANSA"]
PLACES = ["BERLIN", "WARSAW", "KYIV", "NAIROBI", "MADRID", "ROME", "OTTAWA", "LIMA"]
PEOPLE = ["Jane Doe", "Kwame Petrov", "Ingrid Castillo", "Tom Okafor", "Mei Lindqvist"]


def wire_head(rng: random.Random, n: int) -> list[str]:
    """A copy's header lines, in one of the forms papers and agencies write (day in 2026)."""
    day, month = 1 + n % 28, 1 + n % 12
    name = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"][month - 1]  # fmt: skip
    agency, place = rng.choice(AGENCIES), rng.choice(PLACES)
    form = n % 4
    if form == 0:  # a paper's masthead and day, its reporter
        head = [f"{rng.choice(MASTHEADS)} | {day} {name} 2026", f"By {rng.choice(PEOPLE)}"]
    elif form == 1:  # an agency's take: byline, dateline without its year
        head = [f"By {rng.choice(PEOPLE)}"]
    elif form == 2:  # a site's stamp
        head = [f"Published: {day:02d}/{month:02d}/2026 {n % 24:02d}:{n % 60:02d}", ""]
    else:  # a dateline with the year
        head = []
    dateline = (
        f"{place}, {name[:3]} {day} ({agency}) - "
        if form != 3
        else f"{place}, {name} {day}, 2026 ({agency}) - "
    )
    return [h for h in head if h] + [dateline]


def write_wire(root: Path, count: int, rng: random.Random) -> int:
    """``count`` articles of wire copy: .txt (70 %), .md and .html, each with a header
    (``wire_head``) over its title's story; saved under agencies' and papers' folders."""
    for n in range(count):
        title, paras = article(rng, n)
        head = wire_head(rng, n)
        paras = [*head[:-1], head[-1] + paras[0], *paras[1:]]
        folder = root / f"{n // 500:02d}" / rng.choice(["afp", "reuters", "city-echo", "herald"])
        folder.mkdir(parents=True, exist_ok=True)
        kind = rng.choice(["txt"] * 7 + ["md"] * 2 + ["html"])
        path = folder / f"{folder.name}_{n:05d}_{rng.randrange(10000):04d}.{kind}"
        if kind == "html":
            path.write_text(page(title, paras), encoding="utf-8")
        else:
            path.write_text(title + "\n\n" + "\n\n".join(paras), encoding="utf-8")
    return count


LATENCY = 0.0  # seconds added to every file read, to stand in for a network share


def baseline(root: Path) -> float:
    start = time.perf_counter()
    for folder, _dirs, names in os.walk(root):
        for name in names:
            time.sleep(LATENCY)
            Path(folder, name).read_bytes()
    return time.perf_counter() - start


@contextmanager
def latency(seconds: float) -> Iterator[None]:
    """Every file read (by the baseline and by load_paths) waits ``seconds`` first."""
    global LATENCY
    original = registry.read_bytes

    def slow_read_bytes(path: Path, max_bytes: int) -> bytes:
        time.sleep(seconds)  # sleeping releases the GIL, as waiting on a socket does
        return original(path, max_bytes)

    LATENCY, registry.read_bytes = seconds, slow_read_bytes
    try:
        yield
    finally:
        LATENCY, registry.read_bytes = 0.0, original


def timed(run: Callable[[], LoadResult]) -> tuple[float, float, LoadResult]:
    """Wall-clock and CPU seconds (all threads of this process) of one run."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = run()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def bench(label: str, count: int, writer: Callable[[Path, int, random.Random], int]) -> None:
    with tempfile.TemporaryDirectory(prefix="wirediff-bench-") as tmp:
        root = Path(tmp)
        writer(root, count, random.Random(count))
        bench_folder(label, root)


def bench_folder(label: str, root: Path) -> None:
    """One row per number of threads: ``root`` loaded, against reading its bytes."""
    files = [p for p in root.rglob("*") if p.is_file()]
    size = sum(p.stat().st_size for p in files) / 1048576
    base = min(baseline(root) for _ in range(2))
    unguessed = ReaderOptions(guess_metadata=False)
    bare = min(timed(lambda: load_paths([root], workers=1, options=unguessed))[1] for _ in range(2))
    for workers in sorted({1, DEFAULT_WORKERS}):
        wall, cpu, result = timed(lambda w=workers: load_paths([root], workers=w))
        docs, probs = len(result.documents), len(result.problems)
        guessing = max(0.0, cpu - bare)
        print(
            f"| {label} | {len(files):,} files, {size:.0f} MB | {workers} | {wall:6.2f} s "
            f"| {cpu:6.2f} s | {guessing:6.2f} s ({guessing / max(docs, 1) * 1000:.2f} ms a doc) "
            f"| {base:5.2f} s | {wall / base:5.1f}x | {docs:,} docs, {probs:,} problems |",
            flush=True,
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="only the 1k folders")
    parser.add_argument("--folder", type=Path, help="load this folder only (not deleted)")
    args = parser.parse_args()
    warm = load_paths([SAMPLE])  # imports and first-use costs out of the timings
    assert warm.documents, "sample corpus did not load"
    with tempfile.TemporaryDirectory() as tmp:  # first HTML/PDF/DOCX read imports libraries
        write_mixed(Path(tmp), 40, random.Random(0))
        load_paths([tmp])
    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs\n")
    print(
        "| folder | size | threads | load_paths | CPU | of it guessing | baseline read_bytes "
        "| ratio | result |"
    )
    print("|---|---|---|---|---|---|---|---|---|", flush=True)
    if args.folder is not None:
        bench_folder(args.folder.name, args.folder)
        return
    bench("mixed formats", 1000, write_mixed)
    bench("wire copy (.txt, .md, .html with headers)", 1000, write_wire)
    with latency(0.005):
        bench("mixed, 5 ms latency per file (simulated network share)", 1000, write_mixed)
    if not args.quick:
        bench("plain-text articles", 10000, write_plain)
        bench("mixed formats", 10000, write_mixed)


if __name__ == "__main__":
    main()
