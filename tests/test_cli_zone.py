"""``--zone``: the zone a desk's times that give none are read in, on the commands that
read a folder (``deskzone.desk_clock``, ``ReaderOptions.desk_zone``)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from wirediff.cli import main

_TEXT = (
    "ATHENS — The Greek government announced a 1.2 billion euro package on Saturday to "
    "cushion households from energy costs, the finance minister told reporters after a "
    "cabinet meeting. The measures include subsidies on electricity bills for the winter "
    "months and a one-off payment to pensioners, he said. Opposition parties criticised the "
    "plan as too little, too late."
)


@pytest.fixture(autouse=True)
def private_data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Never the user's review store; this computer's clock in UTC, as a server's."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _page(when: str, site: str, more: str) -> str:
    return (
        f'<html><head><meta property="article:published_time" content="{when}">'
        f'<meta property="og:site_name" content="{site}">'
        "<title>Greece announces energy package</title></head><body><article>"
        f"<h1>Greece announces energy package</h1><p>{_TEXT} {more}</p></article></body></html>"
    )


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An agency's take named by an Athens desk's clock (14:45, 12:45 UTC), Kathimerini's
    longer copy of 15:02+02:00 and a New York copy: zones hours apart."""
    news = tmp_path / "news"
    news.mkdir()
    (news / "ap_20261205_1445.txt").write_text(
        f"Greece announces energy package\n\n{_TEXT}\n", "utf-8"
    )
    page = _page("2026-12-05T15:02:00+02:00", "Kathimerini", "It will be voted on next week.")
    (news / "kathimerini.html").write_text(page, "utf-8")
    page = _page("2026-12-05T08:30:00-05:00", "The New York Times", "Markets were calm.")
    (news / "nytimes.html").write_text(page, "utf-8")
    return news


def _stories(capsys: pytest.CaptureFixture[str], folder: Path, *zone: str) -> Any:
    assert main(["stories", str(folder), "--format", "json", "--no-store", *zone]) == 0
    return json.loads(capsys.readouterr().out)


def test_zone_reads_the_desks_file_names_in_it(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    """On a computer whose clock reads UTC, the take named 14:45 by an Athens desk was
    read at 14:45 UTC, after Kathimerini's copy of 15:02+02:00, which became the story's
    base; ``--zone Europe/Athens`` reads it at 12:45 UTC, the source it is."""
    (story,) = _stories(capsys, folder)["stories"]
    assert story["base"] == "kathimerini.html"
    order = [d["path"] for d in story["documents"]]
    assert order == ["kathimerini.html", "nytimes.html", "ap_20261205_1445.txt"]
    (story,) = _stories(capsys, folder, "--zone", "Europe/Athens")["stories"]
    assert story["base"] == "ap_20261205_1445.txt"
    order = [d["path"] for d in story["documents"]]
    assert order == ["ap_20261205_1445.txt", "kathimerini.html", "nytimes.html"]
    (story,) = _stories(capsys, folder, "--zone=+02:00")["stories"]
    assert story["base"] == "ap_20261205_1445.txt"
    (story,) = _stories(capsys, folder, "--zone", "local")["stories"]
    assert story["base"] == "kathimerini.html"
    args = ["story", str(folder), "--story", "nytimes.html", "--format", "json", "--no-store"]
    assert main([*args, "--zone", "Europe/Athens"]) == 0
    table = json.loads(capsys.readouterr().out)
    assert table["base"]["path"] == "ap_20261205_1445.txt"
    # (each time shown with its zone where that is not the desk's: it was the computer's,
    # UTC, and the take named by Athens' clock read "(UTC+02:00)", the zone the desk named)
    assert table["base"]["heading"] == "2026-12-05 14:45 · ap_20261205_1445.txt"
    headings = [column["heading"] for column in table["columns"]]
    assert headings == [
        "Kathimerini · 2026-12-05 15:02 · kathimerini.html",
        "The New York Times · 2026-12-05 08:30 (UTC\u221205:00) · nytimes.html",
    ]


@pytest.mark.parametrize("command", ["stories", "story", "report", "compare"])
def test_an_unknown_zone_exits_2_naming_it(
    capsys: pytest.CaptureFixture[str], folder: Path, tmp_path: Path, command: str
) -> None:
    given = {
        "stories": [str(folder)],
        "story": [str(folder), "--story", "0"],
        "report": [str(folder), "--story", "0", "-o", str(tmp_path / "out.json")],
        "compare": [str(folder / "kathimerini.html"), str(folder / "nytimes.html")],
    }[command]
    assert main([command, *given, "--zone", "Europe/Athen"]) == 2
    err = capsys.readouterr().err
    assert "argument --zone: unknown time zone 'Europe/Athen'" in err
    assert "did you mean Europe/Athens?" in err
    assert not (tmp_path / "out.json").exists()


def _compare(capsys: pytest.CaptureFixture[str], folder: Path, *more: str) -> str:
    given = [str(folder / "ap_20261205_1445.txt"), str(folder / "nytimes.html")]
    assert main(["compare", *given, *more]) == 0
    return capsys.readouterr().out


def test_compare_heads_its_sides_in_the_desks_zone(
    capsys: pytest.CaptureFixture[str], folder: Path
) -> None:
    """``compare A B --zone X`` took the zone and never used it: its HTML and JSON headed
    a desk's take named 14:45 by Athens' clock and a New York page of 08:30-05:00 alike,
    "08:30" with no zone, whatever the desk named (a review). They are placed as a folder
    of the two would be, each time shown with its zone where that is not the desk's."""
    said = json.loads(_compare(capsys, folder, "--format", "json", "--zone", "Europe/Athens"))
    assert said["left"]["heading"] == "2026-12-05 14:45 · ap_20261205_1445.txt"
    new_york = "The New York Times · 2026-12-05 08:30 (UTC\u221205:00) · nytimes.html"
    assert said["right"]["heading"] == new_york
    assert new_york in _compare(capsys, folder, "--format", "html", "--zone", "Europe/Athens")
    # (New York's zone is the desk's; none named: as the two files' clocks read)
    for zone in (["--zone", "America/New_York"], []):
        said = json.loads(_compare(capsys, folder, "--format", "json", *zone))
        assert said["right"]["heading"] == "The New York Times · 2026-12-05 08:30 · nytimes.html"
    # (the text output prints no date, and says so in --help)
    assert "08:30" not in _compare(capsys, folder, "--zone", "Europe/Athens")
    assert main(["compare", "--help"]) == 0
    assert "the text output prints no date" in " ".join(capsys.readouterr().out.split())
