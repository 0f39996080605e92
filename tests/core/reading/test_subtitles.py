"""Subtitles (.srt, .vtt): the words spoken, in turns, without cue numbers, timings and
markup (a broadcast editor's walkthrough: read as plain text, an interview 91% alike as
.txt was 61% alike with 541 "figures changed" as .srt, and a .vtt holding a .txt's words
was "a rewrite, 51% new")."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.compare import compare
from wirediff.core.reading import ReadError, load_paths, read_document
from wirediff.core.reading import errors as E
from wirediff.core.reading.decoding import BINARY_HINT
from wirediff.core.reading.subtitles import PAUSE

TURNS = [
    "SPEAKER 1: Good morning and welcome to The Long Read. This week we are talking about "
    "water, or rather the lack of it.",
    "SPEAKER 2: The bottom eight or nine per cent is dead storage. It sits below the lowest "
    "intake valve, so when people hear nineteen, they should hear ten.",
]


def stamp(seconds: float, sep: str = ",") -> str:
    whole, millis = int(seconds), round(seconds % 1 * 1000)
    return f"{whole // 3600:02d}:{whole // 60 % 60:02d}:{whole % 60:02d}{sep}{millis:03d}"


def srt(cues: list[tuple[float, float, str]], newline: str = "\n", sep: str = ",") -> str:
    blocks = [
        f"{n}{newline}{stamp(a, sep)} --> {stamp(b, sep)}{newline}{text.replace(chr(10), newline)}"
        for n, (a, b, text) in enumerate(cues, 1)
    ]
    return (newline * 2).join(blocks) + newline


def cued(words: str, start: float = 1.0, per_cue: int = 7) -> list[tuple[float, float, str]]:
    """``words`` in cues of ``per_cue`` words on two lines, one after the other."""
    split = words.split()
    cues = []
    for at in range(0, len(split), per_cue):
        chunk = split[at : at + per_cue]
        text = (
            " ".join(chunk[:3]) + "\n" + " ".join(chunk[3:]) if len(chunk) > 3 else " ".join(chunk)
        )
        cues.append((start, start + 2.0, text))
        start += 2.05
    return cues


def write(path: Path, text: str | bytes) -> Path:
    path.write_bytes(text.encode("utf-8") if isinstance(text, str) else text)
    return path


def test_an_srt_and_a_txt_of_the_same_words_are_a_copy(tmp_path: Path) -> None:
    """Cue numbers and timings were compared as words: "figures changed: 000 264 → 987
    450"; now the text is the transcript's, turn by turn."""
    cues = [*cued(TURNS[0]), *cued(TURNS[1], start=20.0)]
    subtitles = read_document(write(tmp_path / "interview.srt", srt(cues)))
    text = read_document(write(tmp_path / "interview.txt", "\n\n".join(TURNS) + "\n"))
    assert subtitles.text == text.text
    assert subtitles.format == "subtitles" and subtitles.published == ""  # (no date of its own)
    assert subtitles.meta["first_cue"] == "00:00:01.000" and subtitles.meta["cues"] == str(
        len(cues)
    )
    result = compare(text.text, subtitles.text)
    assert result.changes == () and result.stats.similarity == 1.0


def test_a_vtt_is_its_cues_text_with_its_speakers_as_labels(tmp_path: Path) -> None:
    """The header, NOTE and STYLE blocks, identifiers, cue settings and inline tags are no
    words; a voice tag's speaker leads the turn once ("<v Jane Doe>" stayed in the text)."""
    vtt = (
        "WEBVTT - Kessler interview\nKind: captions\nLanguage: en\n\n"
        "NOTE made by hand,\nover two lines\n\n"
        "STYLE\n::cue(.yellow) { color: yellow }\n\n"
        "intro-1\n00:01.000 --> 00:03.000 align:start position:10% line:90%\n"
        "<v.loud Jane Doe>Good morning &amp; <i>welcome</i>\nto the programme.</v>\n\n"
        "00:03.050 --> 00:05.000\n<v Jane Doe>My guest is <c.yellow>Dr. Okafor</c>.\n\n"
        "00:05.050 --> 00:07.000\n<v Samuel Okafor>Thank you<00:00:06.000> for having me.\n"
        "<v Jane Doe>Let's start.\n\n"
        "00:07.050 --> 00:09.000\nWith the number.\n"
    )
    doc = read_document(write(tmp_path / "interview.vtt", vtt))
    assert doc.text == (
        "Jane Doe: Good morning & welcome to the programme. My guest is Dr. Okafor.\n\n"
        "Samuel Okafor: Thank you for having me.\n\n"
        "Jane Doe: Let's start. With the number.\n"
    )
    assert doc.title.startswith("Jane Doe: Good morning")
    assert doc.meta["subtitles"] == "WebVTT" and doc.meta["last_cue_end"] == "00:00:09.000"


def test_a_pause_or_a_written_label_starts_a_paragraph(tmp_path: Path) -> None:
    cues = [
        (1.0, 2.0, "The reservoir stood"),
        (2.1, 3.0, "at nineteen per cent."),
        (3.0 + PAUSE, 8.0, "After a pause, a new paragraph."),
        (8.5, 9.0, "JANE DOE: And a new speaker."),
        (9.0, 10.0, "Who goes on."),
        (10.0, 11.0, "the minister said: yes"),  # (no label: lower case)
    ]
    doc = read_document(write(tmp_path / "a.srt", srt(cues)))
    assert doc.text.split("\n\n") == [
        "The reservoir stood at nineteen per cent.",
        "After a pause, a new paragraph.",
        "JANE DOE: And a new speaker. Who goes on. the minister said: yes\n",
    ]


def test_a_bom_crlf_and_srt_markup_are_no_words(tmp_path: Path) -> None:
    cues = [
        (1.0, 2.0, '<i>Hello</i> there,\n<font color="#ffff00">world</font>.'),
        (2.0, 3.0, "{\\an8}<b>Top</b> line."),
    ]
    data = b"\xef\xbb\xbf" + srt(cues, newline="\r\n").encode()
    doc = read_document(write(tmp_path / "a.srt", data))
    assert doc.text == "Hello there, world. Top line.\n"
    assert doc.encoding == "utf-8 (BOM)"


def test_damaged_cues_keep_their_words(tmp_path: Path) -> None:
    """A timing with no text is nothing; a text after a stray blank line runs on from its
    cue; a cue whose blank line is missing still loses its number."""
    damaged = (
        "1\n00:00:01,000 --> 00:00:02,000\nFirst line\n\nstray text after a blank\n"
        "2\n00:00:02,000 --> 00:00:03,000\n\n"
        "3\n00:00:03,000 --> 00:00:04,000\nThird.\n"
        "4\n00:00:04,000 --> 00:00:05,000\nFourth.\n\n"
        "00:00:05,000 --> 00:00:06,000\nNo number.\n"
    )
    doc = read_document(write(tmp_path / "a.srt", damaged))
    assert doc.text == "First line stray text after a blank Third. Fourth. No number.\n"


def test_a_subtitle_file_with_no_text_is_empty(tmp_path: Path) -> None:
    with pytest.raises(ReadError) as err:
        read_document(write(tmp_path / "a.srt", srt([(1.0, 2.0, ""), (2.0, 3.0, "<i></i>")])))
    assert err.value.code == E.EMPTY


@pytest.mark.parametrize(
    ("content", "reason", "hint"),
    [
        ("A transcript\n\nwith paragraphs.\n", "it holds plain text", "ending .txt"),
        ("<!doctype html><html><body>A page</body></html>", "it is a web page", "ending .html"),
        (b"%PDF-1.4\n%\xe2\xe3\n", "it is a PDF document", "ending .pdf"),
    ],
)
def test_a_file_named_srt_that_is_none_says_what_it_is(
    tmp_path: Path, content: str | bytes, reason: str, hint: str
) -> None:
    """As a .pdf or .docx of another kind is refused (``not_its_format``)."""
    for name in ("a.srt", "a.vtt"):
        with pytest.raises(ReadError) as err:
            read_document(write(tmp_path / name, content))
        assert err.value.reason.startswith("not a subtitle file: " + reason), err.value.reason
        assert hint in err.value.hint and err.value.code == E.MALFORMED


def test_subtitles_without_an_ending_or_under_the_other_are_read(tmp_path: Path) -> None:
    """A download saved without its ending; an .srt saved as .vtt (its content decides)."""
    data = srt([(1.0, 2.0, "Hello there.")])
    assert read_document(write(tmp_path / "captions", data)).text == "Hello there.\n"
    assert read_document(write(tmp_path / "b.vtt", data)).text == "Hello there.\n"
    vtt = "WEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi.\n"
    assert read_document(write(tmp_path / "c", vtt)).text == "Ann: Hi.\n"
    assert read_document(write(tmp_path / "d.srt", vtt)).text == "Ann: Hi.\n"


def test_subtitles_saved_as_txt_are_read_as_subtitles(tmp_path: Path) -> None:
    """A transcript tool's cues saved as .txt were compared number and timecode as words
    (a broadcast transcript editor's walkthrough); a text quoting a timing later is text."""
    data = srt([(1.0, 2.0, "Hello there.")])
    assert read_document(write(tmp_path / "asr.txt", data)).text == "Hello there.\n"
    vtt = "\ufeffWEBVTT\n\n00:01.000 --> 00:02.000\n<v Ann>Hi.\n"
    assert read_document(write(tmp_path / "asr2.txt", vtt)).format == "subtitles"
    prose = "Cue sheet\n\n" + data
    assert read_document(write(tmp_path / "notes.txt", prose)).text.startswith("Cue sheet")


def test_rolling_captions_keep_each_line_once(tmp_path: Path) -> None:
    """YouTube's captions show a cue's last line again above the next one's."""
    vtt = (
        "WEBVTT\nKind: captions\nLanguage: en\n\n"
        "00:00:00.000 --> 00:00:02.350 align:start position:0%\n \n"
        "hello<00:00:00.480><c> world</c>\n\n"
        "00:00:02.350 --> 00:00:02.360 align:start position:0%\nhello world\n \n\n"
        "00:00:02.360 --> 00:00:05.000 align:start position:0%\nhello world\n"
        "next<00:00:02.800><c> line</c>\n\n"
        "00:00:05.000 --> 00:00:05.010 align:start position:0%\nnext line\n \n\n"
        "00:00:05.010 --> 00:00:07.000 align:start position:0%\nnext line\n"
        "last<00:00:05.500><c> one</c>\n"
    )
    assert read_document(write(tmp_path / "a.vtt", vtt)).text == "hello world next line last one\n"


def test_a_cue_that_repeats_the_one_before_is_kept_when_captions_do_not_roll(
    tmp_path: Path,
) -> None:
    cues = [(1.0, 2.0, "No."), (2.0, 3.0, "No.")]
    assert read_document(write(tmp_path / "a.srt", srt(cues))).text == "No. No.\n"


def test_lines_of_chinese_or_japanese_are_joined_without_a_space(tmp_path: Path) -> None:
    cues = [
        (1.0, 2.0, "水库的水位\n降到了百分之十九。"),
        (2.0, 3.0, "<ruby>漢<rt>かん</rt></ruby>字"),
    ]
    assert read_document(write(tmp_path / "a.srt", srt(cues))).text == (
        "水库的水位降到了百分之十九。漢字\n"
    )


def test_a_folder_reads_srt_and_vtt_as_subtitles(tmp_path: Path) -> None:
    write(tmp_path / "a.srt", srt(cued(TURNS[0])))
    write(tmp_path / "b.vtt", "WEBVTT\n\n" + srt(cued(TURNS[0]), sep="."))
    docs = load_paths([tmp_path]).documents
    assert sorted(d.name for d in docs) == ["a.srt", "b.vtt"]
    assert {d.format for d in docs} == {"subtitles"}
    assert docs[0].text == docs[1].text == TURNS[0] + "\n"


def test_the_binary_hint_names_the_subtitle_endings() -> None:
    assert ".srt" in BINARY_HINT and ".vtt" in BINARY_HINT
