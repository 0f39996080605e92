"""Subtitles (.srt SubRip, .vtt WebVTT): the words spoken, as a reader of the transcript
wants them.

A broadcast editor's walkthrough: .srt and .vtt files were read as plain text, each cue's
number and its "00:00:04,000 --> 00:00:08,264" compared as words. An interview 91% alike
with 367 changes as .txt was 61% alike with 2,541 changes, 328 "moved" and 541 "figures
changed" (pieces of timecodes) as .srt, and a .vtt holding exactly a .txt's words was "a
rewrite, 51% new". A subtitle file is now the text of its cues, without their numbers,
timings, cue settings, the WebVTT header and its NOTE, STYLE and REGION blocks, and without
inline markup (``<i>``, ``<c.yellow>``, ``<font …>``, inline times, ``{\\an8}``):

- a cue's lines are joined by a space (by nothing between two characters of a script that
  writes no space, Chinese or Japanese: ``scripts.run_together``);
- cues run on into paragraphs, one per turn: a new paragraph where a new speaker's voice tag
  (``<v Jane Doe>``) opens, where a cue opens with a written label ("SPEAKER 2:", "Jane
  Doe:" — capitalised words, a number, then a colon), or after a pause of ``PAUSE`` seconds
  or more between two cues;
- a voice tag's speaker leads its turn as a label ("Jane Doe: Good morning…"), once per
  turn, as a transcript writes it;
- a damaged file keeps its words: a text with no timing line before it (a cue's text after
  a stray blank line) runs on from the cue before, a timing line with no text is nothing;
- rolling captions (YouTube's, whose cues carry inline times and repeat the lines of the
  cue before) keep each line once.

A file of another kind named .srt or .vtt is refused as the other readers refuse one
(``not_its_format``: "not a subtitle file: it holds plain text", rename it .txt). The
timings are kept in the document's ``meta`` (the first cue's start, the last one's end,
the number of cues); a subtitle file gives no date. Its title is its opening words: one short
turn picked as a headline ("SPEAKER 1: Ten per cent. How long does that last?") named an
interview by its 40th minute.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.decoding import decode, not_its_format, sniff_binary
from wirediff.core.reading.errors import EMPTY, ReadError
from wirediff.core.reading.limits import check_cancel
from wirediff.core.reading.misnamed import binary_format
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.scripts import run_together

PAUSE = 3.0  # seconds between two cues that end a paragraph (a pause, a new scene)
_KIND = "a subtitle file"
_HINT = "save its text as .txt"
_LOOK_FOR_TIMING = 100  # lines a file must show a timing line in to be read as subtitles

# "00:00:04,000 --> 00:00:08,264" (SubRip), "00:03.987 --> 00:08.450 align:start" (WebVTT:
# hours optional, cue settings after); a full stop for SubRip's comma, a colon before the
# milliseconds, or none, as some tools write them
_TIME = r"(?:\d{1,3}:)?\d{1,2}:\d{1,2}(?:[.,:]\d{1,3})?"
_TIMING = re.compile(rf"[ \t]*({_TIME})[ \t]*-->[ \t]*({_TIME})(?:[ \t].*)?")
_NUMBER = re.compile(r"[ \t]*\d{1,9}[ \t]*")
# WebVTT's blocks that are no cue: the header, comments, style sheets, regions
_NOT_CUE = re.compile(r"(?:WEBVTT|NOTE|STYLE|REGION)(?:[ \t]|$)")
_HEADER = re.compile(r"WEBVTT(?:[ \t]|$)")
# <v Jane Doe>, <v.loud Jane Doe> (the speaker), and every other tag: <i>, </i>, <c.yellow>,
# <lang en>, <font color="…">, <ruby>; an inline time <00:00:01.500>; ruby text (<rt>…</rt>,
# a reading aid, not words); {\an8}, {\i1} (SSA override codes in SubRip)
_VOICE = re.compile(r"<v(?:\.[^\s<>]{0,100})?[ \t]+([^<>\n]{1,200})>")
_RUBY_TEXT = re.compile(r"<rt(?:\.[^\s<>]{0,100})?>[^<]{0,200}(?:</rt>)?")
_TAG = re.compile(
    r"</?(?:[biuvcs]|lang|ruby|rt|font|span)(?:[.\s][^<>\n]{0,200})?>|<\d[\d:.]{3,15}>",
    re.IGNORECASE,
)
_OVERRIDE = re.compile(r"\{\\[^{}\n]{0,200}\}")
_ROLLED = 3  # lines of a cue a rolling caption shows again, at most
_INLINE_TIME = re.compile(r"<\d{1,2}:\d\d[\d:.]{0,12}>")
# A written speaker's label opening a cue: one to four capitalised words or numbers, and a
# colon ("SPEAKER 2:", "Jane Doe:", "Dr. Okafor:", French "JEAN :")
_LABEL = re.compile(r"([^\W\d_][\w.'’-]{0,30}(?:[ ][\w.'’-]{1,30}){0,3})[ \u00a0]?:(?:[ \t]|$)")


class _Cue:
    """One cue: its start and end in seconds (None: text found with no timing) and lines."""

    __slots__ = ("end", "lines", "start")

    def __init__(self, start: float | None, end: float | None) -> None:
        self.start, self.end = start, end
        self.lines: list[str] = []


def read_subtitles(path: Path, data: bytes, options: ReaderOptions) -> list[Document]:
    """A subtitle file's text as one Document: its cues' words in turns (see the module)."""
    if binary_format(data) is not None or sniff_binary(data):
        raise not_its_format(path, data, _KIND, _HINT)
    text, encoding = decode(path, data)
    lines = normalize_newlines(text.replace("\ufeff", "")).split("\n")
    webvtt = _HEADER.match(lines[0]) is not None
    if not webvtt and not any(
        "-->" in line and _TIMING.fullmatch(line) for line in lines[:_LOOK_FOR_TIMING]
    ):
        raise not_its_format(path, data, _KIND, _HINT)
    cues = _cues(lines, webvtt, options)
    body = _paragraphs(cues, webvtt)
    if not body.strip():
        reason = "subtitles with no text (no cue holds a word)"
        raise ReadError(path, reason, "the file holds no text", EMPTY)
    timed = [c for c in cues if c.start is not None]
    meta = {"subtitles": "WebVTT" if webvtt else "SubRip", "cues": str(len(timed))}
    if timed:
        meta["first_cue"] = _clock(timed[0].start)
        meta["last_cue_end"] = _clock(max(c.end or 0.0 for c in timed))
    return [
        Document(
            path=path,
            text=body,
            title=first_line_title(body.partition("\n")[0]),  # (its opening words)
            encoding=encoding,
            format="subtitles",
            meta=meta,
        )
    ]


def _cues(lines: list[str], webvtt: bool, options: ReaderOptions) -> list[_Cue]:
    """The cues of a subtitle file's ``lines``, each with its text lines as written."""
    cues: list[_Cue] = []
    cue: _Cue | None = None  # the cue whose text is being read (until a blank line)
    block: list[str] = []  # lines after a blank line, before any timing line

    def loose(block: list[str]) -> None:
        """Lines no timing line leads: a WebVTT header, comment or style (left out), or a
        cue's text after a stray blank line (kept, with the cue before)."""
        if not block or (webvtt and _NOT_CUE.match(block[0])):
            return
        if not cues:
            cues.append(_Cue(None, None))
        cues[-1].lines.extend(block)

    for n, line in enumerate(lines):
        if not n % 4096:
            check_cancel(options)
        if not line.strip():
            loose(block)
            block, cue = [], None
            continue
        timing = _TIMING.fullmatch(line) if "-->" in line else None
        if timing is None:
            (block if cue is None else cue.lines).append(line)
            continue
        if cue is not None:  # (no blank line before it: the cue number ends the cue before)
            if cue.lines and _NUMBER.fullmatch(cue.lines[-1]):
                cue.lines.pop()
        elif block and (webvtt or _NUMBER.fullmatch(block[-1])):
            block.pop()  # the cue's number (SubRip) or identifier (WebVTT)
        loose(block)
        block = []
        cue = _Cue(_seconds(timing[1]), _seconds(timing[2]))
        cues.append(cue)
    loose(block)
    return cues


def _seconds(stamp: str) -> float:
    """A timing's "00:00:04,000", "00:04.000" or "00:00:04:000" in seconds."""
    fraction = 0.0
    parts = stamp.replace(",", ".").split(".")
    if len(parts) == 2:
        fraction = int(parts[1].ljust(3, "0")) / 1000
    clock = parts[0].split(":")
    if len(clock) == 4 or (len(parts) == 1 and len(clock) == 3 and len(clock[2]) == 3):
        fraction = int(clock.pop().ljust(3, "0")) / 1000
    seconds = 0
    for part in clock:
        seconds = seconds * 60 + int(part)
    return seconds + fraction


def _clock(seconds: float | None) -> str:
    """``seconds`` as "HH:MM:SS.mmm"."""
    millis = round((seconds or 0.0) * 1000)
    hours, millis = divmod(millis, 3_600_000)
    minutes, millis = divmod(millis, 60_000)
    return f"{hours:02d}:{minutes:02d}:{millis // 1000:02d}.{millis % 1000:03d}"


def _pieces(cue: _Cue, webvtt: bool) -> list[tuple[str | None, list[str]]]:
    """A cue's text as (speaker, lines) pieces, without markup: the speaker of a voice tag
    (None before any, or in a cue with none) and the lines it speaks."""
    text = "\n".join(cue.lines)
    parts = _VOICE.split(text) if "<v" in text else [text]
    pieces: list[tuple[str | None, list[str]]] = []
    for at in range(0, len(parts), 2):
        speaker = " ".join(parts[at - 1].split()) if at else None
        said = _plain(parts[at], webvtt)
        if said or speaker:
            pieces.append((speaker or None, said))
    return pieces


def _plain(text: str, webvtt: bool) -> list[str]:
    """The lines of a cue's ``text`` without tags and override codes (and, in WebVTT, its
    character references read: "&amp;", "&lrm;")."""
    if "<" in text:
        text = _TAG.sub("", _RUBY_TEXT.sub("", text))
    if "{\\" in text:
        text = _OVERRIDE.sub("", text)
    if webvtt and "&" in text:
        text = html.unescape(text)
    return [" ".join(line.split()) for line in text.split("\n") if line.strip()]


def _joined(pieces: list[str]) -> str:
    """``pieces`` joined by a space, or by nothing between two characters of a script that
    writes no space between its words."""
    out: list[str] = []
    for before, piece in zip(["", *pieces], pieces, strict=False):
        out.append("" if not out or run_together(before, piece) else " ")
        out.append(piece)
    return "".join(out)


def _labelled(text: str) -> bool:
    """Whether ``text`` opens with a written speaker's label ("SPEAKER 2:", "Jane Doe:")."""
    found = _LABEL.match(text)
    return found is not None and all(
        word[0].isupper() or word.isdigit() for word in found[1].split()
    )


def _paragraphs(cues: list[_Cue], webvtt: bool) -> str:
    """The cues' text in paragraphs, one per turn (see the module)."""
    rolling = webvtt and any(_INLINE_TIME.search(line) for c in cues for line in c.lines)
    paragraphs: list[list[str]] = []
    speaker: str | None = None
    label = ""  # a new speaker's name, until the turn's first words
    last_end: float | None = None
    said_before: list[str] = []  # the lines of the cue before (rolling captions repeat them)
    for cue in cues:
        pause = cue.start is not None and last_end is not None and cue.start - last_end >= PAUSE
        pieces = _pieces(cue, webvtt)
        if rolling:
            pieces, said_before = _new_lines(pieces, said_before)
        for voice, lines in pieces:
            if voice is not None and voice != speaker:
                speaker = label = voice
            text = _joined(lines)
            if not text:
                continue
            new = not paragraphs or pause or bool(label) or _labelled(text)
            if label and not text.startswith(f"{label}:"):
                text = f"{label}: {text}"
            if new:
                paragraphs.append([])
            paragraphs[-1].append(text)
            pause, label = False, ""
        if cue.end is not None:
            last_end = cue.end
    return "\n\n".join(_joined(p) for p in paragraphs) + "\n" if paragraphs else ""


def _new_lines(
    pieces: list[tuple[str | None, list[str]]], before: list[str]
) -> tuple[list[tuple[str | None, list[str]]], list[str]]:
    """``pieces`` without the lines they open with that end the cue ``before`` (rolling
    captions show the last line again above the next), and the cue's lines."""
    lines = [line for _, said in pieces for line in said]
    most = min(len(lines), len(before), _ROLLED)
    overlap = next((k for k in range(most, 0, -1) if before[-k:] == lines[:k]), 0)
    kept: list[tuple[str | None, list[str]]] = []
    for voice, said in pieces:
        dropped = min(overlap, len(said))
        overlap -= dropped
        if said[dropped:] or (voice and not dropped):
            kept.append((voice, said[dropped:]))
    return kept, lines
