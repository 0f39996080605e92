"""The Dask engine on a LocalCluster of two workers: the same stories as in-process."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

pytest.importorskip("dask.distributed", reason="the Dask engine needs the scale extra")
pytest.importorskip("pyarrow", reason="the Dask engine needs the scale extra")

from tests.core.stories.helpers import write_pickups
from tests.scale.helpers import SUMMARY_FIELDS, index_like, snapshot
from wirediff.cli import main
from wirediff.core.reading import ReaderOptions, load_paths
from wirediff.core.stories import StoryOptions, build_story_index
from wirediff.core.stories.synth import generate, write
from wirediff.scale.engine import group_source
from wirediff.scale.index import write_index
from wirediff.scale.reader import StoriesIndex
from wirediff.scale.sources import open_source

DEVDATA = Path(__file__).resolve().parents[2].parent / "shared" / "devdata"


@pytest.fixture(scope="module")
def client():  # type: ignore[no-untyped-def]
    from dask.distributed import Client, LocalCluster

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0")
    with Client(cluster) as found:
        yield found
    cluster.close()


def grouped(folder: Path, client: object, out: Path, log: list[str] | None = None) -> StoriesIndex:
    source = open_source(str(folder), ReaderOptions())
    note = None if log is None else log.append
    found = group_source(source, StoryOptions(), ReaderOptions(), 2**24, client, note)
    write_index(found, StoryOptions(), out, client)
    return StoriesIndex(out)


Found = tuple[set[frozenset[str]], set[frozenset[str]], set[str], list[frozenset[str]]]


def groups(index: StoriesIndex) -> Found:
    """Stories and events as sets of paths, the bases, and the stories in list order."""
    stories, events, bases, ordered = set(), set(), set(), []
    for event in index.events():
        in_event: list[str] = []
        for story in index.stories(event):
            rows = index.versions(story)
            assert rows[0].is_base and rows[0].doc == story.base
            stories.add(frozenset(r.path for r in rows))
            ordered.append(frozenset(r.path for r in rows))
            bases.add(rows[0].path)
            in_event += [r.path for r in rows]
        events.add(frozenset(in_event))
    return stories, events, bases, ordered


def in_process(folder: Path, options: StoryOptions | None = None) -> Found:
    index = build_story_index(load_paths([folder]).documents, options or StoryOptions())

    def rel(d: int) -> str:
        return index.documents[d].path.relative_to(folder).as_posix()

    ordered = [frozenset(rel(d) for d in s.documents) for s in index.stories]
    events = {frozenset(rel(d) for d in index.event_documents(e.id)) for e in index.events}
    return set(ordered), events, {rel(s.base) for s in index.stories}, ordered


def test_generated_folder_same_as_in_process(client: object, tmp_path: Path) -> None:
    folder = tmp_path / "news"
    write(generate(2_000, seed=3), folder)
    log: list[str] = []
    index = grouped(folder, client, tmp_path / "stories.parquet", log)
    assert index.document_count == 2_000
    found = groups(index)
    assert found == in_process(folder)
    # the log says what the stories stage works on: every story of 2+ in a component
    said = next(line for line in log if "components:" in line)
    numbers = re.search(
        r"components: ([\d,]+) holding ([\d,]+) documents, the largest ([\d,]+)", said
    )
    assert numbers is not None, said
    _components, holding, largest = (int(x.replace(",", "")) for x in numbers.groups())
    joined = [len(s) for s in found[0] if len(s) > 1]
    assert holding >= sum(joined) and largest >= max(joined)
    first = index.rows(0, 1)[0]
    assert index.text(first) == (folder / first.path).read_text(encoding="utf-8")


def test_short_flashes_with_the_same_words_same_as_in_process(
    client: object, tmp_path: Path
) -> None:
    """Texts too short for a copy link join by their words on the cluster too."""
    folder = tmp_path / "news"
    write(generate(200, seed=5), folder)
    flashes = {"f1.txt": "Ceasefire", "f2.txt": "CEASEFIRE.", "f3.txt": "Markets fall"}
    flashes |= {"f4.txt": "Breaking: ceasefire holds", "f5.txt": "breaking - Ceasefire holds\n"}
    for name, text in flashes.items():
        (folder / name).write_text(text, encoding="utf-8")
    found = groups(grouped(folder, client, tmp_path / "stories.parquet"))
    assert found == in_process(folder)
    assert {frozenset({"f1.txt", "f2.txt"}), frozenset({"f4.txt", "f5.txt"})} <= found[0]


def test_an_independent_report_of_the_same_shares_same_as_in_process(
    client: object, tmp_path: Path
) -> None:
    """A share ("12,5 %") weighs more in a story's event terms on the cluster too: ANSA's
    report joins Télam's story's event (a Spanish/Portuguese desk's walkthrough)."""
    from tests.core.stories import test_event_terms as es

    folder = tmp_path / "mesa"
    folder.mkdir()
    texts = {"telam.txt": es.TELAM, "clarin.txt": es.CLARIN, "ansa.txt": es.ANSA}
    texts |= {"chile.txt": es.CHILE, "pensiones.txt": es.PENSIONS, "influenza.txt": es.FLU}
    for name, lines in (texts | {"sismo.txt": es.QUAKE}).items():
        (folder / name).write_text("\n\n".join(lines) + "\n", encoding="utf-8")
    found = groups(grouped(folder, client, tmp_path / "mesa.parquet"))
    assert found == in_process(folder)
    assert frozenset({"telam.txt", "clarin.txt", "ansa.txt"}) in found[1]


def test_a_folder_mostly_of_one_story_same_as_in_process(
    client: object, tmp_path: Path, sample_dir: Path
) -> None:
    """Every shingle of the wire text is "too common" (in 240 of 243 documents): the
    pickups are one story all the same, on the cluster too."""
    folder = tmp_path / "pickups"
    write_pickups(sample_dir, folder, 240)
    found = groups(grouped(folder, client, tmp_path / "pickups.parquet"))
    assert found == in_process(folder)
    assert max(len(story) for story in found[0]) == 240


def test_wiki_versions_same_as_in_process(client: object, tmp_path: Path) -> None:
    """Half of wiki-versions (every second file by name, copied; read in place, never kept):
    the whole took two minutes of the suite, and this half still has a paraphrase to join."""
    articles = DEVDATA / "wiki-versions" / "articles"
    if not articles.is_dir():
        pytest.skip(f"{articles} is absent (../shared/devdata)")
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in sorted(articles.iterdir())[::2]:
        shutil.copyfile(path, folder / path.name)
    log: list[str] = []
    index = grouped(folder, client, tmp_path / "wiki.parquet", log)
    expected = in_process(folder)
    assert groups(index) == expected
    # paraphrases join a few revisions there: the pass is not a no-op on this folder
    assert expected[0] != in_process(folder, StoryOptions(find_paraphrases=False))[0]
    # and the events found again describe only the merged stories anew
    anew = next(line for line in log if line.startswith("events again:"))
    described, _, stories = anew.removeprefix("events again: ").partition(" of ")
    assert 0 < int(described) < int(stories.split()[0]) / 10, anew


def test_shards_are_read_as_records(client: object, tmp_path: Path) -> None:
    """JSON-lines and Parquet shards: records named SHARD#n, texts read back on demand."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    corpus = generate(120, seed=4)
    texts = [d.text for d in corpus.documents]
    (tmp_path / "a.jsonl").write_text(
        "".join(json.dumps({"text": t}) + "\n" for t in texts[:60]), encoding="utf-8"
    )
    pq.write_table(pa.table({"text": texts[60:]}), tmp_path / "b.parquet", row_group_size=25)
    index = grouped(tmp_path / "*.*", client, tmp_path / "out.parquet")
    assert index.document_count == 120
    rows = index.rows(0, 120)
    assert {r.path for r in rows} == {f"a.jsonl#{i}" for i in range(1, 61)} | {
        f"b.parquet#{i}" for i in range(1, 61)
    }
    by_path = {r.path: r for r in rows}
    # Record texts as the readers give them (trailing blank lines dropped).
    assert index.text(by_path["b.parquet#33"]) == texts[60 + 32].strip()
    assert index.text(by_path["a.jsonl#7"]) == texts[6].strip()


def test_a_shard_of_no_article_is_a_problem_not_a_failure(client: object, tmp_path: Path) -> None:
    """A shard whose only record is null (or a number, a list): its partition holds no
    document, which the shingling once failed on."""
    folder = tmp_path / "shards"
    folder.mkdir()
    (folder / "m.jsonl").write_text("null\n", encoding="utf-8")
    text = "alpha beta gamma delta epsilon zeta eta theta iota kappa"
    (folder / "o.jsonl").write_text(json.dumps({"text": text}) + "\n", encoding="utf-8")
    index = grouped(folder / "*.jsonl", client, tmp_path / "out.parquet")
    assert index.document_count == 1


def test_a_name_that_is_not_utf8_is_a_problem(client: object, tmp_path: Path) -> None:
    """Parquet strings are UTF-8: such a file is skipped with the reason, the rest grouped."""
    folder = tmp_path / "news"
    folder.mkdir()
    text = "The council approved the harbour budget on Tuesday after a long debate.\n"
    (folder / "a.txt").write_text(text)
    (folder / "b\udcff.txt").write_text(text)
    out = tmp_path / "out.parquet"
    source = open_source(str(folder), ReaderOptions())
    found = group_source(source, StoryOptions(), ReaderOptions(), 2**24, client, None)
    [problem] = found.problems
    assert problem.path.name == "b\udcff.txt" and "not valid UTF-8" in problem.reason
    data = write_index(found, StoryOptions(), out, client)
    assert data["problems"][0]["path"].endswith("b\\udcff.txt")
    assert StoriesIndex(out).document_count == 1


def test_an_index_that_fails_midway_leaves_the_one_of_before(
    client: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Written beside and renamed at the end: a failure leaves no half index behind."""
    import wirediff.scale.index as index_module

    folder = tmp_path / "news"
    write(generate(30, seed=5), folder)
    out = tmp_path / "out.parquet"
    grouped(folder, client, out)
    from wirediff.scale.place import written_index

    assert written_index(out)  # what write_index writes is what it would replace
    before = {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()}

    def broken(_found: object, _options: object, into: Path, *_rest: object) -> object:
        (into / "documents").mkdir(parents=True, exist_ok=True)
        (into / "documents" / "part.0.parquet").write_bytes(b"half of a part")
        raise RuntimeError("a worker lost midway")

    monkeypatch.setattr(index_module, "_write", broken)
    source = open_source(str(folder), ReaderOptions())
    found = group_source(source, StoryOptions(), ReaderOptions(), 2**24, client, None)
    with pytest.raises(RuntimeError):
        write_index(found, StoryOptions(), out, client)
    assert {p.relative_to(out): p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_command_line_writes_the_index_and_the_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "news"
    write(generate(150, seed=6), folder)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    out = tmp_path / "index"
    assert main(["stories", str(folder), "--engine", "dask", "-o", str(out)]) == 0
    text = capsys.readouterr()
    assert text.out.startswith("150 documents, ") and "(1 file skipped)" in text.out
    assert "photo.txt" in text.err
    summary = json.loads((out / "summary.json").read_text())
    assert summary["documents"] == 150 and len(summary["problems"]) == 1
    assert (
        main(["stories", str(folder), "--engine", "dask", "-o", str(out), "--format", "json"]) == 0
    )
    data = json.loads(capsys.readouterr().out)
    assert sum(len(s["documents"]) for s in data["stories"]) == 150
    assert list(data)[:2] == ["format", "version"]  # as in-process gives them
    assert (data["format"], data["version"]) == ("wirediff.stories", 1)
    # The problems' paths as the in-process engine gives them: relative to the folder (they
    # were absolute with this engine; found by fuzzing).
    assert main(["stories", str(folder), "--format", "json"]) == 0
    local = json.loads(capsys.readouterr().out)
    assert [p["path"] for p in data["problems"]] == [p["path"] for p in local["problems"]]
    assert [p["path"] for p in local["problems"]] == ["photo.txt"]
    assert [p["code"] for p in data["problems"]] == [p["code"] for p in local["problems"]]
    # Every document has the in-process JSON's keys (published, captured and encoding were
    # missing: a script's d["encoding"] a KeyError), what this engine does not keep or
    # measure null, never "" for a level (a data journalist's runs)
    keys = set(local["stories"][0]["documents"][0])
    for story in data["stories"]:
        for doc in story["documents"]:
            assert set(doc) == keys
            assert doc["derivation"] in (None, "source")
    # The story's key and the document's sha256, as in-process gives them (this engine's
    # JSON had neither: a fact-checker's nightly script could not follow its stories)
    assert set(local["stories"][0]) <= set(data["stories"][0])

    def followed(found: dict) -> list[tuple[str, list[tuple[str, str]]]]:  # type: ignore[type-arg]
        return [
            (s["key"], [(d["path"], d["sha256"]) for d in s["documents"]]) for s in found["stories"]
        ]

    assert followed(data) == followed(local)
    assert all(len(s["key"]) == 16 for s in data["stories"])
    assert all(len(d["sha256"]) == 64 for s in data["stories"] for d in s["documents"])


def test_a_long_run_says_its_stages_on_a_redirected_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Redirected, the stages were said only with --verbose: a cron job's log showed nothing
    for the whole run (a media-monitoring analyst's walkthrough). Once the run has taken
    10 s (here at once) they are; --no-progress keeps them unsaid."""
    folder = tmp_path / "news"
    write(generate(40, seed=8), folder)
    monkeypatch.setattr("wirediff.scale.command.QUIET_FOR", 0.0)
    out = tmp_path / "index"
    assert main(["stories", str(folder), "--engine", "dask", "-o", str(out)]) == 0
    assert "wirediff stories: read: " in capsys.readouterr().err
    again = ["stories", str(folder), "--engine", "dask", "-o", str(tmp_path / "again")]
    assert main([*again, "--no-progress"]) == 0
    assert "read: " not in capsys.readouterr().err


def test_the_reading_stage_says_the_files_read_so_far(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The reading stage said nothing until it ended: 19 minutes of a 20,000-file folder
    with no line in a cron job's log (a big-folder walkthrough). Redirected, the files read
    so far are said as the parts are read, as the in-process engine says them (here at
    once and at every part), before the stage's own line; --no-progress keeps them unsaid."""
    monkeypatch.setattr("wirediff.scale.sources.FILES_PER_PART", 10)
    monkeypatch.setattr("wirediff.commands.progress.QUIET_FOR", 0.0)
    monkeypatch.setattr("wirediff.commands.progress.EVERY", 0.0)
    folder = tmp_path / "news"
    write(generate(60, seed=9), folder)
    run = ["stories", str(folder), "--engine", "dask", "--verbose"]
    assert main([*run, "-o", str(tmp_path / "index")]) == 0
    lines = capsys.readouterr().err.splitlines()
    said = [line for line in lines if line.startswith("wirediff stories: reading files (")]
    done = [int(line.split("(")[1].split("/")[0]) for line in said]
    assert said[-1] == "wirediff stories: reading files (60/60)", lines
    assert len(done) == 6 and done == sorted(done) and done[0] == 10, lines
    read = next(k for k, line in enumerate(lines) if line.startswith("wirediff stories: read: "))
    assert lines.index(said[-1]) < read  # said during the stage, not after it
    assert main([*run, "-o", str(tmp_path / "again"), "--no-progress"]) == 0
    err = capsys.readouterr().err
    assert "read: " in err and "reading files" not in err  # (--verbose says the stages)


def test_shards_read_are_said_as_each_is(client: object, tmp_path: Path) -> None:
    """A source of shards says the shards read so far (their records are not known before)."""
    for name in ("a", "b", "c"):
        texts = [d.text for d in generate(10, seed=ord(name)).documents]
        lines = "".join(json.dumps({"text": t}) + "\n" for t in texts)
        (tmp_path / f"{name}.jsonl").write_text(lines, encoding="utf-8")
    source = open_source(str(tmp_path / "*.jsonl"), ReaderOptions())
    said: list[str] = []
    found = group_source(
        source,
        StoryOptions(),
        ReaderOptions(),
        2**24,
        client,
        lambda line: said.append(line),
        lambda step, text: said.append(f"{step}: {text}"),
    )
    assert found.documents == 30
    reading = [f"reading: reading shards ({k}/3)" for k in (1, 2, 3)]
    assert said[:4] == [*reading, said[3]] and said[3].startswith("read: "), said


def test_a_folder_of_no_document_is_said_as_in_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An empty folder (or one of hidden files only): "ValueError: No collections provided",
    a traceback, status 1 — the in-process engine says "no readable documents", 2. Found by
    fuzzing."""
    empty, hidden = tmp_path / "empty", tmp_path / "hidden"
    empty.mkdir()
    hidden.mkdir()
    (hidden / ".draft.txt").write_text("A hidden draft of the story.\n", encoding="utf-8")
    for folder in (empty, hidden):
        out = tmp_path / f"{folder.name}.index"
        assert main(["stories", str(folder), "--engine", "dask", "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert f"no readable documents in {folder}" in err and "Traceback" not in err


def test_an_index_written_on_the_cluster_can_be_searched(client: object, tmp_path: Path) -> None:
    """Dask writes text columns as large_string: the filter joined them with a string
    separator, and every search of such an index failed (ArrowNotImplementedError; the
    synthetic index of the search tests is written as string). Found by fuzzing the app."""
    import pyarrow.parquet as pq

    folder = tmp_path / "news"
    write(generate(40, seed=3), folder)
    index = grouped(folder, client, tmp_path / "index")
    part = next((tmp_path / "index" / "documents").glob("*.parquet"))
    assert str(pq.read_schema(part).field("title").type) == "large_string"
    rows = index.rows(0, index.document_count)
    word = rows[7].title.split()[1].lower()
    found = index.search(word)
    assert found is not None
    expected = [r.row for r in rows if word in r.title.lower() or word in r.outlet.lower()]
    assert expected and list(found.rows) == expected


def test_an_index_of_a_folder_given_relative_is_read_from_anywhere(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`wirediff stories news --engine dask -o index` stored the root "news": the app,
    started elsewhere (a desktop menu), found none of the texts. Found by fuzzing the app."""
    write(generate(30, seed=4), tmp_path / "news")
    monkeypatch.chdir(tmp_path)
    assert main(["stories", "news", "--engine", "dask", "-o", "index"]) == 0
    capsys.readouterr()
    summary = json.loads((tmp_path / "index" / "summary.json").read_text())
    assert summary["root"] == str(tmp_path / "news") and summary["source"] == "news"
    monkeypatch.chdir("/")
    index = StoriesIndex(tmp_path / "index")
    row = index.rows(0, 1)[0]
    assert index.text(row) == (tmp_path / "news" / row.path).read_text(encoding="utf-8")


def test_the_stories_command_says_one_event() -> None:
    from wirediff.scale.command import _text

    data = {"documents": 2, "stories": 1, "events": 1, "problems": [], "index": "out"}
    assert _text(data).startswith("2 documents, 1 story, 1 event\n")  # was "1 events"


def test_bad_sources_are_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "nothing-*.jsonl"
    assert main(["stories", str(missing), "--engine", "dask", "-o", str(tmp_path / "o")]) == 2
    assert "nothing matches" in capsys.readouterr().err
    taken = tmp_path / "taken"
    taken.mkdir()
    (taken / "mine.txt").write_text("keep me")
    assert main(["stories", str(tmp_path), "--engine", "dask", "-o", str(taken)]) == 2
    assert "not a stories index" in capsys.readouterr().err
    assert (taken / "mine.txt").read_text() == "keep me"
    a_file = tmp_path / "a-file"
    a_file.write_text("keep me too")
    assert main(["stories", str(tmp_path), "--engine", "dask", "-o", str(a_file)]) == 2
    assert "not a stories index" in capsys.readouterr().err
    nowhere = tmp_path / "no-such-folder" / "out.parquet"
    assert main(["stories", str(tmp_path), "--engine", "dask", "-o", str(nowhere)]) == 2
    assert "its folder does not exist" in capsys.readouterr().err
    assert not nowhere.parent.exists()  # not made on the way
    unreachable = ["--scheduler", "tcp://127.0.0.1:9", "-o", str(tmp_path / "o")]
    assert main(["stories", str(taken), "--engine", "dask", *unreachable]) == 2
    assert "cannot start Dask on tcp://127.0.0.1:9" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("failure", "said"),
    [
        ("killed", "ran out of memory grouping"),
        ("disk", "failed grouping"),
        ("comm", "failed grouping"),
    ],
)
def test_a_cluster_failing_midway_is_said_not_raised(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    failure: str,
    said: str,
) -> None:
    """A worker killed for memory, a disk full where a worker spills or the scheduler gone
    end the command with a message naming the source, not a traceback, and no index."""
    from contextlib import nullcontext

    from distributed import KilledWorker
    from distributed.comm.core import CommClosedError

    import wirediff.scale.command as command

    raised = {
        "killed": KilledWorker("features-1", "tcp://127.0.0.1:1", 3),
        "disk": OSError(28, "No space left on device"),
        "comm": CommClosedError("in <TCP (closed)>: Stream is closed"),
    }[failure]

    def fails(*args: object) -> None:
        raise raised

    monkeypatch.setattr(command, "group_source", fails)
    monkeypatch.setattr(command, "_client", lambda scheduler: nullcontext(object()))
    folder = tmp_path / "news"
    write(generate(20, seed=3), folder)
    out = tmp_path / "index"
    assert main(["stories", str(folder), "--engine", "dask", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert said in err and str(folder) in err and "Traceback" not in err
    assert not out.exists()


def test_a_missing_extra_is_named(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import wirediff.scale

    monkeypatch.setattr(wirediff.scale, "missing", lambda: ["dask", "pyarrow"])
    assert main(["stories", str(tmp_path), "--engine", "dask"]) == 2
    err = capsys.readouterr().err
    assert "pip install 'wirediff[scale]'" in err and "missing: dask, pyarrow" in err


def test_a_folder_that_is_no_index_is_refused(tmp_path: Path) -> None:
    from wirediff.scale.reader import NotAnIndex

    with pytest.raises(NotAnIndex, match="not a stories index"):
        StoriesIndex(tmp_path)


def test_the_first_events_pass_is_let_go_once_the_second_has_its_terms(
    client: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After paraphrase merges the events are found again, keeping the unchanged stories'
    weighed terms: the first pass's partitions must not stay on the workers beside the
    second's (at 1M documents the two would not fit)."""
    import time

    from dask.distributed import futures_of, wait

    from wirediff.scale import engine

    folder = DEVDATA / "wiki-versions" / "articles"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent (../shared/devdata)")
    passes: list[list[object]] = []  # each pass's partitions (their keys on the cluster)
    held: list[int] = []
    real = engine._vectors

    def watched(weights, stories, options, on):  # type: ignore[no-untyped-def]
        if passes:  # the second pass: its partitions made, the first's kept rows moved
            wait(weights)
            for _ in range(100):  # the client's releases reach the scheduler soon after
                held.append(on.run_on_scheduler(_in_memory, keys=passes[0]))
                if not held[-1]:
                    break
                time.sleep(0.05)
        passes.append([f.key for f in futures_of(weights)])
        return real(weights, stories, options, on)

    monkeypatch.setattr(engine, "_vectors", watched)
    grouped(folder, client, tmp_path / "wiki.parquet")
    assert len(passes) == 2 and passes[0]  # the paraphrase pass merged stories
    assert held[-1] == 0, held


def _in_memory(dask_scheduler: object, keys: list[object]) -> int:
    """How many of ``keys`` the cluster holds."""
    tasks = dask_scheduler.tasks  # type: ignore[attr-defined]
    return sum(1 for k in keys if k in tasks and tasks[k].state == "memory")


def test_events_again_recount_only_the_changed_stories_lines(
    client: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a merge, in how many stories each frequent line is (what says a line is
    recurring boilerplate) is corrected from the partitions holding the merged stories
    alone, and comes out as a count over every partition would."""
    from wirediff.scale import engine
    from wirediff.scale import parts as P

    folder = tmp_path / "news"
    write(generate(2_000, seed=5), folder)
    # An outlet's tagline under the pages with an advertisement: a line of many stories that
    # is text, not cruft (a page's own cruft counts for no story: "Advertisement" is)
    tagline = "Daily Planet staff"
    for path in sorted(folder.iterdir()):
        text = path.read_text(encoding="utf-8")
        if "Advertisement" in text.splitlines():
            path.write_text(f"{text.rstrip()}\n\n{tagline}\n", encoding="utf-8")
    seen: dict[str, object] = {}
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())]

    def boiler(story: P.StoryPart) -> bool:  # a line many stories have: merged, one fewer
        return any(tagline in texts[d].splitlines() for d in story.members)

    def merge_two(n, docs, feats, stories, *rest):  # type: ignore[no-untyped-def]
        # two stories of two documents each, in other partitions (256 files each)
        a = next(s for s in stories if len(s.members) == 2 and boiler(s))
        held = {m // 256 for m in a.members}
        b = next(
            s
            for s in stories
            if len(s.members) == 2 and held.isdisjoint(m // 256 for m in s.members) and boiler(s)
        )
        seen["holding"] = len(held) + len({m // 256 for m in b.members})
        members = sorted(a.members + b.members)
        joined = [stories.index(a), stories.index(b)]
        key = min(a.key, b.key)  # as a merge makes it (``parts.story_part``)
        # every member a version (base first), as a merge makes them: with a's alone, b's
        # documents sat in no story and the index written did not hold together
        versions = a.versions + b.versions
        return [(joined, P.StoryPart(members[0], a.title, members, a.base, versions, key))]

    real_again = engine._line_stories_again

    def counted(feats, frequent, bounds, before, story_of):  # type: ignore[no-untyped-def]
        found = real_again(feats, frequent, bounds, before, story_of)
        whole = engine._line_stories(feats, frequent, story_of, feats.npartitions)
        seen["again"], seen["whole"] = found.sort_index(), whole.sort_index()
        seen["before"] = before.line_stories.sort_index()
        changed = engine.changed_documents(before.story_of, story_of)
        seen["read"] = len(engine._holding(bounds, changed))
        return found

    monkeypatch.setattr(engine, "_paraphrases", merge_two)
    monkeypatch.setattr(engine, "_line_stories_again", counted)
    log: list[str] = []
    grouped(folder, client, tmp_path / "stories.parquet", log)
    again, whole, before = seen["again"], seen["whole"], seen["before"]
    assert isinstance(again, pd.Series) and isinstance(whole, pd.Series)
    assert isinstance(before, pd.Series) and len(whole) > 100
    assert again.to_dict() == whole.to_dict() != before.to_dict()  # the merge changed some
    assert any(line.startswith("events again: ") for line in log)
    assert seen["read"] == seen["holding"] < 8  # partitions read, of 8


def test_changed_documents_are_those_whose_story_is_not_the_same_set() -> None:
    from wirediff.scale.engine import changed_documents

    before = np.array([0, 0, 1, 1, 2, 3, 3])
    now = np.array([2, 2, 0, 0, 0, 1, 3])  # renumbered; 1 and 2 merged; 3 split
    assert changed_documents(before, now).tolist() == [2, 3, 4, 5, 6]
    assert changed_documents(before, before).tolist() == []
    assert changed_documents(np.array([], np.int64), np.array([], np.int64)).tolist() == []


def test_a_worker_lost_midway_costs_time_not_the_grouping(tmp_path: Path) -> None:
    """A worker that dies (killed for memory, a machine gone) loses what it held; Dask
    makes it again from the sources, so every value the stages share with the workers must
    be one it can make again: the run ends with the same stories, bases and events."""
    from dask.distributed import Client, LocalCluster

    folder = tmp_path / "news"
    write(generate(600, seed=8), folder)
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, dashboard_address=":0")
    with Client(cluster) as own:
        restarted: list[str] = []

        def note(line: str) -> None:  # at these stages' ends: a worker dies and comes back
            stage = line.partition(":")[0]
            if stage in ("candidate pairs", "stories", "events") and stage not in restarted:
                restarted.append(stage)
                own.restart_workers([next(iter(own.scheduler_info()["workers"]))], timeout=120)

        source = open_source(str(folder), ReaderOptions())
        found = group_source(source, StoryOptions(), ReaderOptions(), 2**24, own, note)
        write_index(found, StoryOptions(), tmp_path / "stories.parquet", own)
    cluster.close()
    assert restarted == ["candidate pairs", "stories", "events"]
    assert groups(StoriesIndex(tmp_path / "stories.parquet")) == in_process(folder)


def test_a_full_disk_is_one_line_without_the_workers_traceback(tmp_path: Path) -> None:
    """Writing the index on a full disk: the LocalCluster's workers log the failed task
    with its traceback ("Compute Failed") on the command's stderr, before its own message."""
    import os
    import subprocess
    import sys

    full = tmp_path / "full"
    full.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", str(full)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip("cannot mount a small tmpfs to fill (needs root)")
    try:
        with (full / "fill").open("wb") as fill, pytest.raises(OSError):
            fill.write(os.urandom(100_000))
        out = full / "x.parquet"
        repo = Path(__file__).resolve().parents[2]
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "wirediff",
                "stories",
                str(repo / "tests" / "fixtures" / "us-iraq-troop-role"),
                "--engine",
                "dask",
                "-o",
                str(out),
            ],
            capture_output=True,
            env={**os.environ, "PYTHONPATH": str(repo / "gui")},
            check=False,
            timeout=300,
        )
    finally:
        subprocess.run(["umount", str(full)], check=False)
    err = done.stderr.decode()
    assert done.returncode == 2 and "Traceback" not in err and "Compute Failed" not in err
    assert err.splitlines()[-1] == (
        f"wirediff stories: cannot write the stories index {out}: "
        "[Errno 28] No space left on device"
    )


def test_only_an_index_is_taken_for_one(tmp_path: Path) -> None:
    from wirediff.scale.index import Grouping, summary
    from wirediff.scale.place import replaceable, written_index
    from wirediff.scale.sources import Source

    found = Grouping(Source("news", "/news", ()), 1, [], [], [], {}, {})
    assert set(summary(found, StoryOptions(), "out")) == set(SUMMARY_FIELDS)
    assert written_index(index_like(tmp_path / "index"))
    assert not written_index(index_like(tmp_path / "extra", extra="thesis.tex"))
    assert not written_index(index_like(tmp_path / "keys", mine=True))
    assert not written_index(index_like(tmp_path / "types", documents="1"))
    odd_part = index_like(tmp_path / "odd-part")
    (odd_part / "documents" / "notes.txt").write_text("mine")
    assert not written_index(odd_part)
    link = tmp_path / "link"
    link.symlink_to(tmp_path / "index")
    assert not written_index(link)
    (tmp_path / "bare").mkdir()
    (tmp_path / "bare" / "summary.json").write_text("{}")
    assert not written_index(tmp_path / "bare")
    (tmp_path / "empty").mkdir()
    assert replaceable(tmp_path / "empty") and replaceable(tmp_path / "new")
    assert replaceable(tmp_path / "index") and not replaceable(tmp_path / "bare")
    assert not replaceable(tmp_path / "empty" / "..") and not replaceable(Path("/"))


def test_a_folder_holding_a_summary_json_is_left_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Any folder holding a file named summary.json was taken for an index written before
    and deleted whole: a project's folder, the source folder itself (found by a tester)."""
    news = tmp_path / "news"
    write(generate(6, seed=2), news)
    (news / "summary.json").write_text('{"exported": true}')
    project = tmp_path / "project"
    project.mkdir()
    (project / "summary.json").write_text('{"my": "survey summary"}')
    (project / "thesis.tex").write_text("three months of work")
    lookalike = index_like(tmp_path / "lookalike", extra="thesis.tex")
    before = {f: snapshot(f) for f in (news, project, lookalike)}
    for out in (project, news, lookalike):
        assert main(["stories", str(news), "--engine", "dask", "-o", str(out)]) == 2
        err = capsys.readouterr().err
        assert err.startswith(f"wirediff stories: {out} exists and is not a stories index: ")
    assert {f: snapshot(f) for f in before} == before


def test_the_index_is_written_neither_in_nor_around_what_it_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """Inside the source folder it would be read as documents by the next run; holding the
    source or a shard, replacing it would delete what it was made from."""
    news = tmp_path / "news"
    write(generate(6, seed=2), news)
    index = index_like(tmp_path / "index")
    (index / "documents" / "part.1.parquet").write_bytes(b"PAR1")
    before = {f: snapshot(f) for f in (news, index)}
    monkeypatch.chdir(news)
    for source, out, said in (
        (str(news), news / "index", f"is inside {news}: write the stories index elsewhere"),
        (".", None, "stories.parquet is inside .: write the stories index elsewhere"),
        (f"{index}/documents/*.parquet", index, f"{index} holds {index}/documents/part.0"),
    ):
        args = ["stories", source, "--engine", "dask"] + (["-o", str(out)] if out else [])
        assert main(args) == 2
        assert said in capsys.readouterr().err
    assert {f: snapshot(f) for f in before} == before
    assert not (news / "index").exists() and not (news / "stories.parquet").exists()


def test_the_old_index_is_put_back_when_the_new_one_cannot_take_its_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Replacing deleted the old index first, then renamed the new one to its name: a
    failure between lost both."""
    from wirediff.scale import place

    out = index_like(tmp_path / "index")
    new = index_like(tmp_path / ".index.new.part", source="new")
    before = snapshot(out)
    real_rename = Path.rename

    def refused(self: Path, target: Path) -> Path:
        if self == new:
            raise OSError(28, "No space left on device")
        return real_rename(self, target)

    monkeypatch.setattr(Path, "rename", refused)
    with pytest.raises(OSError, match="No space left"):
        place._swap(new, out)
    monkeypatch.undo()
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [".index.new.part", "index"]
    place._swap(new, out)
    assert json.loads((out / "summary.json").read_text())["source"] == "new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


def test_what_was_put_there_during_the_grouping_is_not_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The folder is asked about again before the swap: the grouping may take hours."""
    from contextlib import nullcontext

    from wirediff.scale import index as index_module
    from wirediff.scale.place import NotOurs

    out = index_like(tmp_path / "index")

    def meanwhile(_found: object, _options: object, into: Path, *_rest: object) -> object:
        (out / "notes.txt").write_text("written while the cluster worked")
        return {}

    class Client:
        def as_current(self) -> object:
            return nullcontext()

    monkeypatch.setattr(index_module, "_write", meanwhile)
    with pytest.raises(NotOurs, match="exists and is not a stories index"):
        write_index(None, StoryOptions(), out, Client())  # type: ignore[arg-type]
    assert (out / "notes.txt").exists() and (out / "summary.json").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["index"]


def test_ctrl_c_stops_the_command_not_the_workers_first(tmp_path: Path) -> None:
    """A terminal's Ctrl+C reaches the whole process group: the LocalCluster's workers died
    of it, each with its traceback on the command's stderr (6 to 101 lines), and at times
    the cluster's closing waited on them for ever. They ignore it now; the command stops,
    status 130, closing its cluster. Found by fuzzing."""
    import os
    import signal
    import subprocess
    import sys

    folder = tmp_path / "news"
    write(generate(300, seed=5), folder)
    repo = Path(__file__).resolve().parents[2]
    command = [sys.executable, "-m", "wirediff", "stories", str(folder), "--engine", "dask"]
    command += ["-o", str(tmp_path / "index"), "--verbose"]
    env = {**os.environ, "PYTHONPATH": str(repo / "gui")}
    with subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, start_new_session=True
    ) as child:
        assert child.stderr is not None
        first = child.stderr.readline()  # the first stage said: the cluster is at work
        assert first.startswith(b"wirediff stories: read:"), first
        os.killpg(child.pid, signal.SIGINT)
        try:
            err = child.stderr.read()
            status = child.wait(timeout=60)
        finally:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGKILL)
    assert status == 130
    assert b"Dask Worker process" not in err and b"KeyboardInterrupt" not in err, err


def test_sigterm_closes_the_cluster(tmp_path: Path) -> None:
    """Killed with SIGTERM (a cron job's timeout, a service stopped), the command left its
    LocalCluster to the system: "resource_tracker: There appear to be 12 leaked semaphore
    objects" (a big-folder walkthrough). It stops now as Ctrl+C stops it, closing its
    cluster, status 143, the workers' reads cut short unsaid (each was a line, "Async
    instruction for <Task cancelled …> ended with CancelledError")."""
    import os
    import signal
    import subprocess
    import sys

    folder = tmp_path / "news"
    write(generate(300, seed=5), folder)
    repo = Path(__file__).resolve().parents[2]
    # the files read said at once, a part of 20 files at a time: killed while reading
    start = (
        "import sys, wirediff.commands.progress as p, wirediff.scale.sources as s;"
        "p.QUIET_FOR = p.EVERY = 0.0; s.FILES_PER_PART = 20;"
        "from wirediff.cli import main; sys.exit(main())"
    )
    command = [sys.executable, "-c", start, "stories", str(folder), "--engine", "dask"]
    command += ["-o", str(tmp_path / "index")]
    env = {**os.environ, "PYTHONPATH": str(repo / "gui")}
    with subprocess.Popen(
        command, env=env, stderr=subprocess.PIPE, start_new_session=True
    ) as child:
        assert child.stderr is not None
        first = child.stderr.readline()  # the first part read: the others under way
        assert first.startswith(b"wirediff stories: reading files (20/300)"), first
        child.send_signal(signal.SIGTERM)  # the command alone, as kill and timeout send it
        try:
            err = child.stderr.read()
            status = child.wait(timeout=60)
        finally:
            if child.poll() is None:
                os.killpg(child.pid, signal.SIGKILL)
    assert status == 143, (status, err)
    assert b"leaked" not in err and b"Traceback" not in err and b"Cancelled" not in err, err
    assert not (tmp_path / "index").exists()


def test_a_sites_pages_take_its_name_across_parts(
    client: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site's page saved without its og:site_name took the name its other pages give in
    the app, its host ("thedailystar.net") with this engine alone (a review): each page
    here in its own part."""
    from tests.core.reading.test_metadata import _site_page

    monkeypatch.setattr("wirediff.scale.sources.FILES_PER_PART", 1)
    folder = tmp_path / "pages"
    folder.mkdir()
    _site_page(folder, "https://www.thedailystar.net/news/a", "The Daily Star")
    _site_page(folder, "https://www.thedailystar.net/news/b", "")
    index = grouped(folder, client, tmp_path / "stories.parquet")
    outlets = {row.path: row.outlet for row in index.rows(0, index.document_count)}
    assert outlets == {"a.html": "The Daily Star", "b.html": "The Daily Star"}


def test_a_sites_renamed_pages_give_their_zone_as_in_process(
    client: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A page saved without a site name gave its zone to its host's outlet with this engine
    alone, its siblings, renamed, none: another base than in-process (a review)."""
    monkeypatch.setattr("wirediff.scale.sources.FILES_PER_PART", 1)
    folder = tmp_path / "pages"
    folder.mkdir()
    body = "".join(
        f"<p>The regional government approved a plan to rebuild the flooded valley, part {n}"
        " of the works, officials said on Friday.</p>"
        for n in range(5)
    )

    def page(name: str, url: str, site: str, when: str, extra: str = "") -> None:
        meta = f'<meta property="og:site_name" content="{site}">' if site else ""
        (folder / name).write_text(
            f'<html><head><title>Plan to rebuild valley</title><meta property="og:url" '
            f'content="{url}">{meta}<meta property="article:published_time" content="{when}">'
            f"</head><body><article><h1>Plan to rebuild valley</h1>{body}{extra}</article>"
            "</body></html>",
            encoding="utf-8",
        )

    page("p1.html", "https://www.diario.example/a1", "El Diario", "2026-12-05T10:00:00")
    page("p2.html", "https://www.diario.example/a2", "", "2026-12-05T10:30:00+01:00", "<p>Up.</p>")
    page("p3.html", "https://www.other.example/b", "Other Times", "2026-12-05T09:00:00-06:00")
    index = grouped(folder, client, tmp_path / "stories.parquet")
    assert groups(index)[2] == in_process(folder)[2]


def test_the_desks_zone_reaches_every_part(
    client: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--zone`` with this engine: an Athens desk's take named 14:45 is read at Athens'
    time in its part as ``load_paths`` reads it, the source of Kathimerini's copy of
    15:02+02:00, whatever the workers' clocks read; each file in its own part."""
    monkeypatch.setattr("wirediff.scale.sources.FILES_PER_PART", 1)
    folder = tmp_path / "news"
    folder.mkdir()
    text = (
        "The Greek government announced a 1.2 billion euro package on Saturday to cushion "
        "households from energy costs, the finance minister told reporters after a cabinet "
        "meeting, and opposition parties criticised the plan as too little, too late."
    )
    (folder / "ap_20261205_1445.txt").write_text(f"Energy package\n\n{text}\n", "utf-8")
    for name, when in (
        ("kathimerini", "2026-12-05T15:02:00+02:00"),
        ("nyt", "2026-12-05T08:30:00-05:00"),
    ):
        (folder / f"{name}.html").write_text(
            f'<html><head><title>Energy package</title><meta property="article:published_time" '
            f'content="{when}"></head><body><article><h1>Energy package</h1><p>{text} More '
            f"from {name}.</p></article></body></html>",
            encoding="utf-8",
        )
    reader = ReaderOptions(desk_zone="Europe/Athens")
    source = open_source(str(folder), reader)
    found = group_source(source, StoryOptions(), reader, 2**24, client, None)
    write_index(found, StoryOptions(), tmp_path / "stories.parquet", client)
    index = StoriesIndex(tmp_path / "stories.parquet")
    assert groups(index)[2] == {"ap_20261205_1445.txt"}
    alike = build_story_index(load_paths([folder], options=reader).documents, StoryOptions())
    assert {alike.documents[s.base].name for s in alike.stories} == {"ap_20261205_1445.txt"}


def test_problems_are_said_as_the_local_engine_says_them_and_strict_counts_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """--strict was refused with this engine (the only one that writes Parquet: a cron job
    could not learn from its status that files were skipped), and its problems read apart
    from the local engine's: absolute paths, a line per hidden or lock file, no hints, set
    aside files counted as skipped, and absolute paths in summary.json (a data engineer's
    walkthrough). Now both engines say them alike, paths as given, and --strict exits 1
    for a file not read, not for files set aside on purpose."""
    monkeypatch.chdir(tmp_path)
    folder = Path("news")
    write(generate(12, seed=11), folder)
    (folder / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    (folder / ".hidden.txt").write_text("a hidden note\n", encoding="utf-8")
    (folder / "~$lock.docx").write_bytes(b"x")
    dask = ["stories", "news", "--engine", "dask", "--no-progress", "--strict"]
    assert main([*dask, "-o", "index"]) == 1
    out, err = capsys.readouterr()
    assert main(["stories", "news", "--no-progress", "--no-store", "--strict"]) == 1
    local_out, local_err = capsys.readouterr()
    assert err == local_err  # the lines as the local engine says them
    assert err.splitlines() == [
        f"wirediff stories: skipped {Path('news/photo.txt')}: binary file (PNG image) (not a "
        "text file; wirediff reads " + err.split("wirediff reads ")[1].split("\n")[0],
        "wirediff stories: skipped 2 entries set aside on purpose (hidden or system files, "
        "a saved page's parts): --include-hidden reads them",
    ]
    head = "12 documents, "
    assert out.startswith(head) and out.splitlines()[0].endswith("(1 file skipped, 2 set aside)")
    assert local_out.splitlines()[0].endswith("(1 file skipped, 2 set aside)")
    summary = json.loads(Path("index/summary.json").read_text(encoding="utf-8"))
    paths = sorted(p["path"] for p in summary["problems"])
    assert paths == [".hidden.txt", "photo.txt", "~$lock.docx"]  # relative to the root
    assert not any("File ▸" in p["hint"] for p in summary["problems"])
    (folder / "photo.txt").unlink()  # set aside on purpose alone: not left out
    assert main([*dask, "-o", "index", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [p["code"] for p in data["problems"]] == ["hidden", "system"]
    assert all("--include-hidden" in p["hint"] for p in data["problems"])
    assert (data["folder"], data["root"]) == ("news", str(tmp_path / "news"))  # as in-process


def test_the_log_says_one_pair_in_the_singular() -> None:
    """--verbose's log said "1 pairs of documents within them" (a data engineer's run)."""
    from wirediff.scale.engine import _components_said

    said = _components_said(np.array([0, 0, -1]), [(0, 1)], pd.DataFrame({"a": [], "b": []}))
    assert said.endswith("the largest 2, 1 pair of documents within them"), said
