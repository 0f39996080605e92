"""Telegram's "Export chat history" (``result.json``): a channel's or a chat's posts.

A war desk follows agencies and channels on Telegram and saves their posts with the
desktop client's export. Read as any JSON of records, every pin, photo change or joined
member ("type": "service", its text "") opened the Problems panel with "record has no
text … rename the field holding the text", though the field is named so; a photo posted
without a caption did the same, a "👍" became an event of its own, and the channel's name
was no post's outlet, even for a channel named "Ukrinform" (a Ukraine desk's
walkthrough). Here the posts are the articles: their text's runs joined (a link or a
bold word is an object among strings), dated by the exporting computer's clock in the zone
its Unix time says, and published by the channel.
Messages with no words — service messages, media without a caption, an emoji alone —
are left out without a problem: the export holds them by design.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

# The export's "type" of a whole chat (the client writes one of these at the top level)
_CHAT_TYPES = frozenset(
    {
        "public_channel",
        "private_channel",
        "public_supergroup",
        "private_supergroup",
        "private_group",
        "personal_chat",
        "bot_chat",
        "saved_messages",
    }
)


def is_export(value: Any) -> bool:
    """A Telegram chat export: an object with its chat's ``type`` and a ``messages`` list."""
    return (
        isinstance(value, Mapping)
        and isinstance(value.get("type"), str)  # (a JSON Schema's "type": ["object", "null"])
        and value.get("type") in _CHAT_TYPES
        and isinstance(value.get("messages"), list)
    )


def posts(value: Mapping[str, Any]) -> Iterator[tuple[int, dict[str, str]]]:
    """The export's posts with words, numbered by their place among its messages (from 1,
    so ``result.json#7`` stays the seventh message however many are left out), each a
    record of the default field names: text, date, source (the channel, or the author in
    a group) and, when forwarded, the ``byline`` left empty (the text says whose it is)."""
    chat = _string(value.get("name"))
    channel = str(value.get("type", "")).endswith("channel")
    for number, message in enumerate(value["messages"], 1):
        if not isinstance(message, Mapping) or message.get("type") != "message":
            continue
        text = _text(message.get("text"))
        if not any(c.isalnum() for c in text):
            continue
        author = _string(message.get("from"))
        yield (
            number,
            {
                "text": text,
                "date": _date(message),
                "source": (chat if channel else author) or chat,
            },
        )


def _text(value: Any) -> str:
    """A message's text: a string, or a list of strings and runs (``{"type": "bold",
    "text": "…"}``) written one after another, as the post shows them."""
    if isinstance(value, str):
        return value.strip()
    if not isinstance(value, list):
        return ""
    parts = (
        part if isinstance(part, str) else part.get("text", "")
        for part in value
        if isinstance(part, str | Mapping)
    )
    return "".join(p for p in parts if isinstance(p, str)).strip()


def _string(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _date(message: Mapping[str, Any]) -> str:
    """The post's time: its ``date`` (the exporting computer's clock) with the zone its
    Unix time (``date_unixtime``) says that clock was in, "2026-12-07T09:05:00+02:00" (in
    UTC, a Kyiv desk's 09:05 post was listed at 07:05: a review); its Unix time in UTC
    when its ``date`` is not a time of that instant's day; else its ``date`` as written."""
    local = _string(message.get("date"))
    stamp = message.get("date_unixtime")
    if not (isinstance(stamp, str | int) and str(stamp).isdigit()):
        return local
    try:
        instant = datetime.fromtimestamp(int(stamp), UTC)
        clock = datetime.fromisoformat(local).replace(tzinfo=UTC)
    except (OverflowError, OSError, ValueError):
        return local
    seconds = (clock - instant).total_seconds()
    if abs(seconds) > 14 * 3600 or seconds % 900:  # (a zone's offset: quarter hours)
        return instant.isoformat()
    minutes = int(seconds) // 60
    sign = "-" if minutes < 0 else "+"
    return f"{local}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
