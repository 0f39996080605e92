"""Telegram's "Export chat history" JSON: its posts are the articles (a Ukraine desk's
walkthrough found every pin a problem, a "👍" an event and no post with an outlet)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from wirediff.core.reading import ReadError, load_paths, read_documents

NEWS = (
    "Харків: п'ятеро загиблих після нічної атаки\n\nРосійські війська в ніч на неділю завдали "
    "масованого удару дронами та ракетами по об'єктах енергетики Харкова."
)


def _export(folder: Path, messages: list[dict[str, object]], **chat: object) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "result.json"
    data = {"name": "Укрінформ", "type": "public_channel", "id": 5, **chat}
    path.write_text(json.dumps({**data, "messages": messages}, ensure_ascii=False), "utf-8")
    return path


def _message(number: int, text: object, **more: object) -> dict[str, object]:
    return {"id": number, "type": "message", "date": "2026-12-07T09:00:00", "text": text, **more}


def test_posts_are_articles_and_service_messages_and_bare_media_are_left_out(
    tmp_path: Path,
) -> None:
    service = {"id": 1, "type": "service", "action": "pin_message", "text": ""}
    photo = _message(3, "", photo="photos/photo_1.jpg")
    thumbs = _message(4, "👍")
    runs = [
        "Харків: ",
        {"type": "bold", "text": "п'ятеро загиблих"},
        " після нічної атаки\n\nДеталі: ",
        {"type": "link", "text": "https://www.ukrinform.ua/x"},
    ]
    path = _export(tmp_path, [service, _message(2, NEWS), photo, thumbs, _message(5, runs)])
    loaded = load_paths([tmp_path])
    assert loaded.problems == []  # (a pin "had no text", "rename the field holding it")
    assert [d.path.name for d in loaded.documents] == ["result.json#2", "result.json#5"]
    second = loaded.documents[1]
    assert second.text.startswith("Харків: п'ятеро загиблих після нічної атаки\n\nДеталі: https")
    assert {d.source for d in loaded.documents} == {"Ukrinform"}  # the channel's, an agency
    assert path.exists()


def test_the_unix_time_dates_a_post_in_utc_and_a_group_post_is_its_authors(
    tmp_path: Path,
) -> None:
    posts = [
        _message(1, NEWS, date_unixtime="1796634000", **{"from": "Олена"}),
        _message(2, NEWS + " Оновлено.", **{"from": "Петро"}),
    ]
    path = _export(tmp_path, posts, name="Новини району", type="private_supergroup")
    first, second = read_documents(path)
    assert first.date == "2026-12-07T09:00:00+00:00" and first.source == "Олена"
    assert second.date == "2026-12-07T09:00:00" and second.source == "Петро"


def test_a_post_keeps_the_exporters_clock_with_its_zone(tmp_path: Path) -> None:
    """Dated by its Unix time in UTC, a Kyiv desk's 09:05 post was listed at 07:05 (a
    review): the export's clock, in the zone its Unix time says."""
    post = _message(1, NEWS, date="2026-12-07T09:05:00", date_unixtime="1796627100")
    odd = _message(2, NEWS + " Ще.", date="2026-12-07T09:05:00", date_unixtime="1796627107")
    kyiv, uneven = read_documents(_export(tmp_path, [post, odd]))
    assert kyiv.date == "2026-12-07T09:05:00+02:00"
    assert uneven.date == "2026-12-07T07:05:07+00:00"  # (not a zone's clock: the instant)


def test_an_export_of_no_words_says_so(tmp_path: Path) -> None:
    path = _export(tmp_path, [{"id": 1, "type": "service", "text": ""}, _message(2, "🔥")])
    with pytest.raises(ReadError) as caught:
        read_documents(path)
    assert "a Telegram chat export with no post holding words (2 messages)" in str(caught.value)
    assert caught.value.code == "no-articles"


def test_a_json_of_records_named_messages_is_read_as_before(tmp_path: Path) -> None:
    """Only a chat export (its chat type at the top) is read so: an API's "messages"."""
    path = tmp_path / "api.json"
    path.write_text(json.dumps({"messages": [{"text": NEWS}, {"text": ""}]}), "utf-8")
    loaded = load_paths([path])
    assert len(loaded.documents) == 1 and len(loaded.problems) == 1


def test_a_json_whose_type_is_a_list_is_read_as_records(tmp_path: Path) -> None:
    """A JSON Schema's "type": ["object", "null"] raised TypeError in the export's check
    (a review): it is an article's record like any other."""
    path = tmp_path / "schema.json"
    path.write_text(json.dumps({"type": ["object", "null"], "text": NEWS}), "utf-8")
    loaded = load_paths([path])
    assert len(loaded.documents) == 1 and loaded.problems == []
