"""The zone a folder's times that give none are read in (``wirediff.core.deskzone``)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from wirediff.core.chronology import time_order
from wirediff.core.deskzone import desk_clock, with_desk_zone
from wirediff.core.display import zoned_date
from wirediff.core.document import LOCAL_ZONE, Document, came_before, times_of
from wirediff.core.reading import ReaderOptions, load_paths


@pytest.fixture
def utc_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """This computer's clock in UTC, as a server's or the walkthroughs' machine's."""
    monkeypatch.setenv("TZ", "UTC0")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _doc(name: str, text: str, date: str, source: str = "", captured: str = "") -> Document:
    return Document(Path(name), text, name, source=source, date=date, captured=captured)


_GREEK = "Πακέτο 1,2 δισ. ευρώ για το ενεργειακό κόστος ανακοίνωσε ο υπουργός σήμερα."
_HEBREW = "הכנסת אישרה בקריאה ראשונה את תקציב המדינה לשנת 2027 אחרי דיון ארוך."


def test_a_time_without_zone_is_read_in_the_zone_its_languages_documents_give(
    utc_clock: None,
) -> None:
    """On a computer whose clock reads UTC, ANA-MPA's take named 14:45 came after in.gr's
    copy of 15:02+02:00 (a Word file's "Z" beside them made the folder's zones several),
    and Ynet's 23:41 after Haaretz's 00:15+02:00, which became the Hebrew story's base "(it
    is dated later)" (a re-check of the Greek and the Hebrew and Persian desks'
    walkthroughs): a time that gives no zone, of an outlet that gives none, is read in the
    zone the folder's other documents in its language give, when that is a language of one
    zone."""
    take = _doc("ana-mpa_20261107T1445.txt", _GREEK, "2026-11-07T14:45:00", "ANA-MPA")
    copy = _doc("in_gr.txt", _GREEK, "2026-11-07", "in.gr", "2026-11-07T15:02:00")
    page = _doc("in_gr.html", _GREEK, "2026-11-06T09:00:00+02:00", "in.gr")
    word = _doc("philenews.docx", _GREEK, "2026-11-09T07:30:00+00:00", "Philenews")
    greek = with_desk_zone([take, copy, page, word])
    assert [d.desk_zone for d in greek] == ["+02:00 Greek", "+02:00", "+02:00", "+02:00 Greek"]
    assert times_of(greek[0])[0] == "2026-11-07T14:45:00+02:00"
    assert came_before(greek[0], greek[1]) and not came_before(greek[1], greek[0])
    ynet = _doc("ynet.txt", _HEBREW, "2026-12-06", "Ynet", "2026-12-06T23:41:00")
    haaretz = _doc("haaretz.html", _HEBREW, "2026-12-07T00:15:00+02:00", "Haaretz")
    fars = _doc("fars.html", "زلزله در کرمان", "2026-12-06T07:45:00+03:30", "Fars")
    hebrew = with_desk_zone([ynet, haaretz, fars])
    assert hebrew[0].desk_zone == "+02:00 Hebrew"
    assert time_order(range(2), hebrew) == (0, 1)
    # (not a language written across the world's zones: an English agency's take beside
    # pages of +01:00 and +03:30 is read in this computer's zone, as before)
    english = _doc("ap_1015.txt", "The minister said on Monday.", "2026-12-06T10:15:00", "AP")
    paris = _doc("lemonde.html", "The minister said.", "2026-12-06T11:00:00+01:00", "Le Monde")
    assert with_desk_zone([english, paris, fars])[0].desk_zone == LOCAL_ZONE
    # (nor when the language's documents give zones hours apart)
    tel_aviv = _doc("toi.html", _HEBREW, "2026-12-06T22:00:00+02:00", "Times of Israel")
    new_york = _doc("forward.html", _HEBREW, "2026-12-06T17:00:00-05:00", "Forward")
    assert with_desk_zone([ynet, tel_aviv, new_york])[0].desk_zone == LOCAL_ZONE


_YIDDISH = (
    "די ניו יארקער שטאט־פארוואלטונג האט מודיע געווען אז די שולן וועלן בלייבן פארמאכט "
    "מארגן צוליב דעם שטורעם."
)
_YIVO = "דער ייִדישער פֿאַרבאַנד האָט אָנגעזאָגט אַז די ווײַטערדיקע זיצונג וועט זײַן אין ניו־יאָרק."


@pytest.mark.parametrize("text", [_YIDDISH, _YIVO], ids=["unpointed", "yivo"])
def test_a_yiddish_text_is_not_given_israels_zone(utc_clock: None, text: str) -> None:
    """A New York Yiddish paper's text, its time giving no zone, was read at Haaretz's and
    Ynet's +02:00, Hebrew's, its 09:00 an instant five hours before New York's (a review):
    Yiddish, in the Hebrew script, is written in no one zone."""
    haaretz = _doc("haaretz.html", _HEBREW, "2026-12-05T10:00:00+02:00", "Haaretz")
    ynet = _doc("ynet.html", _HEBREW, "2026-12-05T11:00:00+02:00", "Ynet")
    ap = _doc("ap.html", "The Knesset approved the budget.", "2026-12-05T08:00:00-05:00", "AP")
    forverts = _doc("forverts.txt", text, "2026-12-05T09:00:00", "Forverts")
    hebrew = _doc("maariv.txt", _HEBREW, "2026-12-05T09:00:00", "Maariv")
    found = with_desk_zone([haaretz, ynet, ap, forverts, hebrew])
    assert [d.desk_zone for d in found[3:]] == [LOCAL_ZONE, "+02:00 Hebrew"]


_ENERGY = (
    "ATHENS — The Greek government announced a 1.2 billion euro package on Saturday to "
    "cushion households from energy costs, the finance minister told reporters."
)


def _energy_folder() -> list[Document]:
    """An agency's take named by the desk's clock (Athens), a Kathimerini page of
    15:02+02:00 and a New York page: zones hours apart, so times that give none need one."""
    take = _doc("ap_20261205_1445.txt", _ENERGY, "2026-12-05T14:45:00", "AP")
    kathimerini = _doc("ekathimerini.html", _ENERGY, "2026-12-05T15:02:00+02:00", "Kathimerini")
    new_york = _doc("nyt.html", _ENERGY, "2026-12-05T08:30:00-05:00", "The New York Times")
    return [take, kathimerini, new_york]


def test_a_time_without_zone_is_read_in_the_zone_the_desk_says(utc_clock: None) -> None:
    """On a computer whose clock reads UTC, a desk naming its files by Athens' clock had
    them read at UTC: the take of 14:45 came after Kathimerini's copy of 15:02+02:00, which
    became the story's base (the Greek and the Hebrew desks' walkthroughs). The zone the
    desk says (``--zone``, Options ▸ Times without a zone) replaces the computer's."""
    here = with_desk_zone(_energy_folder())
    assert here[0].desk_zone == LOCAL_ZONE and time_order(range(3), here) == (1, 2, 0)
    athens = with_desk_zone(_energy_folder(), clock="Europe/Athens")
    assert athens[0].desk_zone == "desk:Europe/Athens"
    assert times_of(athens[0])[0] == "2026-12-05T14:45:00+02:00"
    assert came_before(athens[0], athens[1]) and time_order(range(3), athens) == (0, 1, 2)
    # (its summer time too, and an offset as given)
    july = replace(athens[0], date="2026-07-05T14:45:00")
    assert times_of(july)[0] == "2026-07-05T14:45:00+03:00"
    fixed = with_desk_zone(_energy_folder(), clock="+02:00")
    assert times_of(fixed[0])[0] == "2026-12-05T14:45:00+02:00"
    # (the outlet's zone and the language's still come first)
    assert [d.desk_zone for d in athens[1:]] == ["+02:00", "-05:00"]
    greek = _doc("ana-mpa_1445.txt", _GREEK, "2026-12-05T14:45:00", "ANA-MPA")
    in_gr = _doc("in_gr.html", _GREEK, "2026-12-05T09:00:00+02:00", "in.gr")
    found = with_desk_zone([greek, in_gr, *_energy_folder()[2:]], clock="America/New_York")
    assert found[0].desk_zone == "+02:00 Greek"
    # (and each document carries the zone the desk named, which its dates are shown against)
    assert {d.desk_clock for d in athens} == {"Europe/Athens"} and here[0].desk_clock == ""


def _talks_folder() -> list[Document]:
    """A Jerusalem desk's file named by its clock, 14:45 (12:45 UTC), Hürriyet's page of
    15:30+03:00 (12:30 UTC) and Kathimerini's of 15:10+02:00 (13:10 UTC): zones within an
    hour of each other."""
    take = _doc("desk_20261205_1445.txt", _ENERGY, "2026-12-05T14:45:00")
    hurriyet = _doc("hurriyet.html", _ENERGY, "2026-12-05T15:30:00+03:00", "Hürriyet")
    kathimerini = _doc("kathimerini.html", _ENERGY, "2026-12-05T15:10:00+02:00", "Kathimerini")
    return [take, hurriyet, kathimerini]


def test_the_desks_zone_is_read_in_a_folder_of_one_zone(utc_clock: None) -> None:
    """A folder whose zoned times agree within the hour had its times that give none read
    as the clocks read, whatever zone the desk named: on a computer whose clock reads UTC,
    a Jerusalem desk's file of 14:45 (``--zone Asia/Jerusalem``: 12:45 UTC) came before
    Hürriyet's page of 15:30+03:00, 12:30 UTC (a re-check of the Hebrew and Greek desks'
    walkthroughs). A desk that names its zone has them read in it, after their outlet's
    and their language's, as in a folder of several zones."""
    here = with_desk_zone(_talks_folder())
    assert {d.desk_zone for d in here} == {""} and time_order(range(3), here) == (0, 2, 1)
    desk = with_desk_zone(_talks_folder(), clock="Asia/Jerusalem")
    assert desk[0].desk_zone == "desk:Asia/Jerusalem"
    assert times_of(desk[0])[0] == "2026-12-05T14:45:00+02:00"
    assert time_order(range(3), desk) == (1, 0, 2)
    assert came_before(desk[1], desk[0]) and not came_before(desk[0], desk[1])
    # (a folder of one zone, the desk's too, in the same order; and of no zone at all)
    athens = with_desk_zone(_energy_folder()[:2], clock="Europe/Athens")
    assert time_order(range(2), athens) == (0, 1)
    tokyo = with_desk_zone(_energy_folder()[:2], clock="Asia/Tokyo")
    assert tokyo[0].desk_zone == "desk:Asia/Tokyo" and time_order(range(2), tokyo) == (0, 1)
    plain = [replace(d, date=d.date[:19]) for d in _talks_folder()]
    assert time_order(range(3), with_desk_zone(plain, clock="Asia/Jerusalem")) == (0, 2, 1)
    # (its outlet's and its language's zones first: a Haaretz capture and Ynet's item read
    # at Israel's +02:00 by a London desk)
    haaretz = _doc("haaretz.html", _HEBREW, "2026-12-06T09:00:00+02:00", "Haaretz")
    capture = _doc("haaretz_1000.html", _HEBREW, "2026-12-06T10:00:00", "Haaretz")
    ynet = _doc("ynet.txt", _HEBREW, "2026-12-06T23:41:00", "Ynet")
    london = with_desk_zone([haaretz, capture, ynet], clock="Europe/London")
    assert [d.desk_zone for d in london[1:]] == ["+02:00", "+02:00 Hebrew"]


def test_a_folder_read_in_the_desks_zone(tmp_path: Path, utc_clock: None) -> None:
    """``load_paths`` reads a folder's file-name times in ``ReaderOptions.desk_zone``."""
    (tmp_path / "ap_20261205_1445.txt").write_text(f"Energy package\n\n{_ENERGY}\n", "utf-8")
    for name, when in (
        ("kathimerini", "2026-12-05T15:02:00+02:00"),
        ("nyt", "2026-12-05T08:30:00-05:00"),
    ):
        (tmp_path / f"{name}.html").write_text(
            f'<html><head><meta property="article:published_time" content="{when}">'
            f"<title>Energy package</title></head><body><p>{_ENERGY}</p></body></html>",
            "utf-8",
        )
    for clock, order in (
        ("local", ["kathimerini.html", "nyt.html", "ap_20261205_1445.txt"]),
        ("Europe/Athens", ["ap_20261205_1445.txt", "kathimerini.html", "nyt.html"]),
    ):
        docs = load_paths([tmp_path], options=ReaderOptions(desk_zone=clock)).documents
        ordered = [docs[i].name for i in time_order(range(3), docs)]
        assert ordered == order, clock


@pytest.mark.parametrize(
    ("given", "clock"),
    [
        ("local", LOCAL_ZONE),
        ("", LOCAL_ZONE),
        ("Europe/Athens", "Europe/Athens"),
        ("asia/jerusalem", "Asia/Jerusalem"),
        ("UTC", "UTC"),
        ("+02:00", "+02:00"),
        ("+0530", "+05:30"),
        ("\u221205:00", "-05:00"),
        ("+3", "+03:00"),
    ],
)
def test_the_zone_a_desk_names(given: str, clock: str) -> None:
    assert desk_clock(given) == clock


@pytest.mark.parametrize(
    ("given", "said"),
    [
        ("Europe/Athen", "unknown time zone 'Europe/Athen' (did you mean Europe/Athens?)"),
        ("Europe", "unknown time zone 'Europe'"),
        ("../../etc/passwd", "unknown time zone '../../etc/passwd'"),
        ("+15:00", "'+15:00' is no UTC offset"),
        ("+02:75", "'+02:75' is no UTC offset"),
    ],
)
def test_a_zone_that_is_none_is_refused_by_its_name(given: str, said: str) -> None:
    with pytest.raises(ValueError, match=re.escape(said)):
        desk_clock(given)


def test_a_time_is_shown_with_its_zone_where_that_is_not_the_desks(utc_clock: None) -> None:
    """On a computer whose clock reads UTC, a Jerusalem desk (``--zone Asia/Jerusalem``)
    saw "(UTC+02:00)" at every Israeli page and at its own file names, the zone it had
    named, in the list, the stories view and the commands' outputs (a re-check of the
    Hebrew desks' walkthroughs): a time is shown with its zone where that is not the
    desk's that day, else not the computer's."""
    desk = with_desk_zone(_talks_folder(), clock="Asia/Jerusalem")
    assert [zoned_date(d) for d in desk] == [
        "2026-12-05 14:45",
        "2026-12-05 15:30 (UTC+03:00)",
        "2026-12-05 15:10",
    ]
    # (summer's +03:00 is Jerusalem's; an offset named is the desk's all year)
    july = [replace(d, date=d.date.replace("-12-", "-07-")) for d in _talks_folder()]
    summer = with_desk_zone(july, clock="Asia/Jerusalem")
    assert [zoned_date(d)[11:] for d in summer] == ["14:45", "15:30", "15:10 (UTC+02:00)"]
    fixed = with_desk_zone(july, clock="+02:00")
    assert [zoned_date(d)[11:] for d in fixed] == ["14:45", "15:30 (UTC+03:00)", "15:10"]
    # (no zone named: this computer's, UTC here, as before)
    athens = with_desk_zone(_energy_folder())
    assert [zoned_date(d)[11:] for d in athens] == [
        "14:45",
        "15:02 (UTC+02:00)",
        "08:30 (UTC−05:00)",
    ]
    named = with_desk_zone(_energy_folder(), clock="Europe/Athens")
    assert [zoned_date(d)[11:] for d in named] == ["14:45", "15:02", "08:30 (UTC−05:00)"]
