"""How files are read: size limit, field names of JSON/CSV records, what counts as no text."""

from __future__ import annotations

from dataclasses import dataclass, field

MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which record fields of a JSON, JSON lines or CSV file hold what.

    Each entry lists candidate names, tried in order; the first one present in a record with
    a non-empty value wins. Names match case-insensitively; a dotted name (``source.name``)
    looks inside nested objects. Set your own, e.g. ``FieldMap(text=("story",))``.
    """

    text: tuple[str, ...] = (
        "text",
        "body",
        "content",
        "article",
        "full_text",
        "fulltext",
        "maintext",
        "article_text",
        "story",
        "description",
    )
    title: tuple[str, ...] = ("title", "headline", "head", "name")
    source: tuple[str, ...] = (
        "source",
        "outlet",
        "site",
        "site_name",
        "sitename",
        "publisher",
        "source_name",
        "source_domain",
        "domain",
        "media",
    )
    date: tuple[str, ...] = (
        "date",
        "published",
        "published_at",
        "publishedat",
        "date_published",
        "date_publish",
        "pubdate",
        "publication_date",
        "datetime",
        "time",
        "timestamp",
        "created_at",
        "updated",
    )
    url: tuple[str, ...] = ("url", "link", "canonical_url", "canonical", "uri", "href")
    byline: tuple[str, ...] = ("author", "authors", "byline", "creator", "writer")


@dataclass(frozen=True, slots=True)
class ReaderOptions:
    """Every knob of reading, with the defaults the app and the command line use."""

    # Field names of article records in .json, .jsonl and .csv files.
    fields: FieldMap = field(default_factory=FieldMap)
    # A web page, PDF or Word file whose extracted text is shorter than this many
    # characters is reported as "almost no text" instead of becoming a near-empty document.
    min_chars: int = 40
    # Read hidden files and folders (names starting with "." or marked hidden) and system
    # files (Thumbs.db, desktop.ini, ~$ lock files) instead of reporting them as skipped.
    include_hidden: bool = False
    # Look up the outlet and the date in the text when the format carries none.
    guess_metadata: bool = True
