"""The zone a folder's times that give none are read in (``wirediff.core.deskzone``)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from wirediff.core.chronology import time_order
from wirediff.core.deskzone import with_desk_zone
from wirediff.core.document import LOCAL_ZONE, Document, came_before, times_of


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
