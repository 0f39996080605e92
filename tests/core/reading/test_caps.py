"""The caps of ReaderOptions, cancellation inside long reads, out-of-memory and deep nesting
as problems, and links out of the folder (issue 15, items 5, 8 and 9)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest

from tests.core.reading.bombs import tiny_paragraph_docx
from tests.core.reading.samples import ARTICLE, HOSTILE_PAGE, make_docx, make_pdf
from wirediff.core.reading import ReaderOptions, ReadError, load_paths, read_document, registry
from wirediff.core.reading import errors as E
from wirediff.core.reading.limits import check_text

BODY = "\n\n".join(ARTICLE)  # 3 paragraphs: 406 characters, 5 lines (3 in a web page)


def page(paragraphs: list[str]) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"<html><head><title>T</title></head><body><article>{body}</article></body></html>"


FORMATS = {
    "a.txt": BODY.encode(),
    "a.json": json.dumps({"title": "T", "text": BODY}).encode(),
    "a.docx": make_docx(ARTICLE),
    "a.pdf": make_pdf([[line] for line in ARTICLE]),
    "a.html": page(ARTICLE).encode(),
}


@pytest.mark.parametrize("name", sorted(FORMATS))
@pytest.mark.parametrize(
    ("cap", "what"),
    [("max_chars", "characters"), ("max_lines", "lines"), ("max_tokens", "words and punc")],
)
def test_every_format_refuses_a_document_past_a_cap(
    tmp_path: Path, name: str, cap: str, what: str
) -> None:
    path = tmp_path / name
    path.write_bytes(FORMATS[name])
    assert read_document(path).text  # within the default caps
    with pytest.raises(ReadError) as err:
        read_document(path, options=ReaderOptions(**{cap: 2}))  # type: ignore[arg-type]
    assert err.value.code == E.TOO_LARGE
    assert err.value.reason == f"too large: more than 2 {what}" + (
        "tuation marks" if cap == "max_tokens" else ""
    )
    assert f"--{cap.replace('_', '-')}" in err.value.hint


def test_a_scripts_equals_signs_are_no_attributes(tmp_path: Path) -> None:
    """A page whose script held 120,000 "=" took the simple extractor, and its text ended
    with the related links (a review's)."""
    script = "<script>" + "var a=1;if(a==b){c=d}\n" * 30_000 + "</script>"
    path = tmp_path / "page.html"
    path.write_text(HOSTILE_PAGE.replace("</head>", script + "</head>", 1))
    assert "COOKIETEXT" not in read_document(path).text  # trafilatura, as without the script


def test_a_tag_of_thousands_of_attributes_takes_the_simple_extractor(tmp_path: Path) -> None:
    """lxml takes time quadratic in one tag's attributes (minutes for 200,000): past
    ``html_max_attributes`` the page is read by the simple extractor, linear."""
    crowded = " ".join(f'data-a{i}="x"' for i in range(1_500))
    path = tmp_path / "page.html"
    path.write_text(HOSTILE_PAGE.replace("<body", f"<body {crowded}", 1))
    assert read_document(path).text.startswith("We use cookies COOKIETEXT")
    relaxed = ReaderOptions(html_max_attributes=2_000)
    assert "COOKIETEXT" not in read_document(path, options=relaxed).text  # trafilatura


@pytest.mark.parametrize(
    "options",
    [
        ReaderOptions(html_max_tags=10),
        ReaderOptions(html_max_chars=100),
        ReaderOptions(html_max_equals=3),  # (a 4.9 MB page of 800,000 attributes: 1 GB)
    ],
    ids=["tags", "chars", "attributes"],
)
def test_big_pages_take_the_simple_extractor_and_keep_their_metadata(
    tmp_path: Path, options: ReaderOptions
) -> None:
    path = tmp_path / "page.html"
    path.write_text(HOSTILE_PAGE)
    full, simple = read_document(path), read_document(path, options=options)
    assert "COOKIETEXT" not in full.text  # trafilatura drops the cookie banner
    assert simple.text.startswith("We use cookies COOKIETEXT")  # the simple extractor not
    assert simple.text.endswith(ARTICLE[2]) and ARTICLE[0] in simple.text
    for junk in ("SCRIPTTEXT", "STYLETEXT", "NAVTEXT", "FOOTERTEXT", "Accept all"):
        assert junk not in simple.text
    fields = ("title", "byline", "date", "url", "source")
    assert [getattr(simple, f) for f in fields] == [getattr(full, f) for f in fields]


def test_tokens_are_counted_only_past_the_token_cap_in_characters() -> None:
    options = ReaderOptions(max_tokens=10)
    check_text(Path("x"), "a b c d e", options)  # 9 characters: cannot hold 11 tokens
    check_text(Path("x"), "word " * 2 + "x" * 100, options)  # long, but 3 tokens
    with pytest.raises(ReadError):
        check_text(Path("x"), "a," * 6, options)  # 12 tokens in 12 characters


def test_records_past_the_cap_are_one_problem_and_named_reads_say_so(tmp_path: Path) -> None:
    feed = tmp_path / "feed.csv"
    feed.write_text("title,text\n" + "".join(f"T{n},Article {n} text\n" for n in range(1, 8)))
    options = ReaderOptions(max_records=5)
    result = load_paths([feed], options=options)
    assert [d.name for d in result.documents] == [f"feed.csv#{n}" for n in range(1, 6)]
    [problem] = result.problems
    # read in part, not "too-large" as a file not read at all (a fact-checker's walkthrough)
    assert (problem.path, problem.code) == (feed, E.TRUNCATED)
    assert problem.reason == "read in part: the first 5 of 7 records"
    assert read_document(tmp_path / "feed.csv#5", options=options).text == "T5\n\nArticle 5 text"
    with pytest.raises(ReadError) as err:
        read_document(tmp_path / "feed.csv#6", options=options)  # an article not read
    assert err.value.code == E.TOO_LARGE
    assert err.value.reason == "not read: the file was read in part: the first 5 of 7 records"
    lines = "\n".join(json.dumps({"text": f"Article {n}"}) for n in range(7))
    (tmp_path / "feed.jsonl").write_text(lines)
    (tmp_path / "feed.json").write_text("[" + ",".join(lines.split("\n")) + "]")
    for name in ("feed.jsonl", "feed.json"):
        result = load_paths([tmp_path / name], options=options)
        assert len(result.documents) == 5
        assert [(p.code, p.reason) for p in result.problems] == [
            (E.TRUNCATED, "read in part: the first 5 of 7 records")
        ]
    # A file that breaks off past the cap: its first records read, the rest not counted
    (tmp_path / "cut.json").write_text("[" + ",".join(lines.split("\n")) + ",{")
    result = load_paths([tmp_path / "cut.json"], options=options)
    assert len(result.documents) == 5
    assert [(p.code, p.reason) for p in result.problems] == [
        (E.TRUNCATED, "read in part: the first 5 of more than 5 records")
    ]


def test_a_top_level_json_array_is_parsed_lazily_but_strictly(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    for text, error in [
        (' [ {"text": "one"} , {"text": "two"} ] \n', None),
        ("[]", "no articles"),
        ('[{"text": "one"},]', "line 1, column 18"),
        ('[{"text": "one"}\n{"text": "two"}]', "line 2, column 1"),
        ('[{"text": "one"}] extra', "line 1, column 19"),
        ('[{"text": "one"}', "line 1, column 17"),
    ]:
        path.write_text(text)
        result = load_paths([path])
        if error is None:
            assert [d.text for d in result.documents] == ["one", "two"]
        else:
            assert result.documents == [] and error in result.problems[0].reason, text


def test_the_load_stops_reading_past_its_total_of_characters(tmp_path: Path) -> None:
    for n in range(5):
        (tmp_path / f"{n}.txt").write_text(f"Article {n}\n\n{BODY}")
    options = ReaderOptions(max_total_chars=1000)  # each file holds 416 characters
    for workers in (1, 4):
        result = load_paths([tmp_path], options=options, workers=workers)
        assert [d.name for d in result.documents] == ["0.txt", "1.txt", "2.txt"]
        assert [(p.path.name, p.code) for p in result.problems] == [
            ("3.txt", E.TOO_LARGE),
            ("4.txt", E.TOO_LARGE),
        ]
        assert "more than 1,000 characters" in result.problems[0].reason
        assert not result.cancelled


LONG_FILES = {
    "big.csv": lambda: ("text\n" + "word\n" * 200_000).encode(),
    "big.jsonl": lambda: ('{"text": "word"}\n' * 200_000).encode(),
    "big.docx": lambda: tiny_paragraph_docx(40_000),
    "big.html": lambda: page(["x <b>y</b>"] * 40_000).encode(),
    "big.pdf": lambda: make_pdf([["Troops will stay in Iraq, officials said."]] * 30),
}


@pytest.mark.parametrize("name", sorted(LONG_FILES))
@pytest.mark.parametrize("workers", [1, 4])
def test_cancel_is_checked_inside_a_long_file(tmp_path: Path, name: str, workers: int) -> None:
    (tmp_path / name).write_bytes(LONG_FILES[name]())
    asked: list[int] = []

    def should_cancel() -> bool:  # "no" before the file, "yes" at the first check inside it
        asked.append(1)
        return len(asked) > 1

    result = load_paths([tmp_path], should_cancel=should_cancel, workers=workers)
    assert result.cancelled
    assert result.documents == [] and result.problems == []
    assert len(asked) >= 2  # asked again before the one file was done


def test_cancel_reaches_the_slow_half_of_a_record_file(tmp_path: Path) -> None:
    # 20,000 rows are drawn with 20 checks, then turned into documents (~75 µs each): a
    # cancel that comes only then must still stop the file.
    (tmp_path / "rows.csv").write_text("text\n" + "".join(f"row {n}\n" for n in range(20_000)))
    asked: list[int] = []

    def should_cancel() -> bool:
        asked.append(1)
        return len(asked) > 21  # once before the file, 20 times while drawing the rows

    result = load_paths([tmp_path], should_cancel=should_cancel, workers=1)
    assert result.cancelled and result.documents == []
    assert len(asked) == 22


def test_read_document_raises_read_cancelled_when_its_options_ask(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_bytes(LONG_FILES["big.csv"]())
    with pytest.raises(E.ReadCancelled):
        read_document(path, options=ReaderOptions(should_cancel=lambda: True))


def test_out_of_memory_in_a_reader_is_a_problem_and_the_rest_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("First\n\n" + BODY)
    (tmp_path / "huge.json").write_text('{"text": "x"}')
    (tmp_path / "z.txt").write_text("Last\n\n" + BODY)

    def exhausted(path: Path, data: bytes, options: ReaderOptions) -> list[object]:
        raise MemoryError

    monkeypatch.setitem(registry.READERS, ".json", exhausted)
    result = load_paths([tmp_path], workers=1)
    assert [d.name for d in result.documents] == ["a.txt", "z.txt"]
    [problem] = result.problems
    assert (problem.path.name, problem.code) == ("huge.json", E.TOO_LARGE)
    assert problem.reason == "out of memory while reading it"


def test_deep_nesting_is_a_one_line_problem_without_a_traceback(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    nested = "[" * 600 + '"x"' + "]" * 600
    (tmp_path / "deep.json").write_text('{"text": ' + nested + "}")
    (tmp_path / "deeper.json").write_text("[" * 100_000 + "]" * 100_000)
    pdf = make_pdf([["Troops will stay in Iraq, officials said, for a long while yet."]])
    deep_content = b"BT\n" + b"[" * 3000 + b"]" * 3000 + b" Tj\n"
    (tmp_path / "deep.pdf").write_bytes(pdf.replace(b"BT\n", deep_content, 1))
    with caplog.at_level(logging.WARNING):
        result = load_paths([tmp_path], workers=1)
    problems = {p.path.name: (p.code, p.reason) for p in result.problems}
    assert problems == {
        "deep.json": (
            E.NO_ARTICLES,
            "no article text in 1 record (its fields: text; read as text: text, body, content,"
            " article, full_text, fulltext and 16 more)",
        ),
        "deep.pdf": (E.MALFORMED, "nested too deeply"),
        "deeper.json": (E.MALFORMED, "JSON nested too deeply"),
    }
    assert caplog.records == []  # nothing on stderr of the command line


def test_links_out_of_the_folder_are_followed_only_when_asked(tmp_path: Path) -> None:
    root, home = tmp_path / "received", tmp_path / "home"
    (home / "secrets").mkdir(parents=True)
    (home / "secrets" / "diary.txt").write_text("Dear diary\n\n" + BODY)
    root.mkdir()
    (root / "story.txt").write_text("Story\n\n" + BODY)
    (root / "home").symlink_to(home, target_is_directory=True)
    result = load_paths([root])
    assert [d.name for d in result.documents] == ["story.txt"]
    [problem] = result.problems
    assert (problem.path, problem.code) == (root / "home", E.EXTERNAL_LINK)
    assert "not followed" in problem.reason and str(home) in problem.reason
    assert "--follow-external-links" in problem.hint
    followed = load_paths([root], options=ReaderOptions(follow_external_links=True))
    assert [d.name for d in followed.documents] == ["diary.txt", "story.txt"]
    assert followed.problems == []
    both = load_paths([root, home])  # a link into another folder being read: read once, there
    assert sorted(d.name for d in both.documents) == ["diary.txt", "story.txt"]
    assert [p.code for p in both.problems] == [E.LINK_LOOP]
