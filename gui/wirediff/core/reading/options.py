"""How files are read: size limit, field names of JSON/CSV records, what counts as no text,
which links are followed, and the caps that keep work and memory bounded."""

from __future__ import annotations

from collections.abc import Callable

from wirediff.core.record import field, record

MAX_BYTES = 20 * 1024 * 1024


@record(frozen=True)
class FieldMap:
    """Which record fields of a JSON, JSON lines or CSV file hold what.

    Each entry lists candidate names, tried in order; the first one present in a record with
    a non-empty value wins. Names match case-insensitively and whatever their spaces,
    underscores and hyphens ("Full Text", "full_text" and "fullText" are one name:
    ``records.field_key``); a dotted name (``source.name``) looks inside nested objects.
    Set your own, e.g. ``FieldMap(text=("story",))``.
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
        # (schema.org's and The Guardian API's: a monitoring tool's JSON export of
        # "articleBody" records was unread — a PR agency analyst's walkthrough)
        "articleBody",
        "bodyText",
        "story",
        "description",
        # (Portuguese, Spanish, French, German, Italian: an agency's API export with
        # "titulo" and "texto" was unread in the app — a Portuguese desk's walkthrough)
        "texto",
        "conteudo",
        "conteúdo",
        "contenido",
        "cuerpo",
        "corpo",
        "texte",
        "contenu",
        "inhalt",
        "testo",
    )
    title: tuple[str, ...] = (
        "title",
        "headline",
        "head",
        "name",
        "titulo",
        "título",
        "titre",
        "titel",
        "titolo",
    )
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
        "fonte",
        "fuente",
        "veiculo",
        "veículo",
        "medio",
        "quelle",
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
        "data",
        "fecha",
        "datum",
        "data_publicacao",
        "data_publicação",
        "fecha_publicacion",
    )
    url: tuple[str, ...] = ("url", "link", "canonical_url", "canonical", "uri", "href")
    byline: tuple[str, ...] = (
        "author",
        "authors",
        "byline",
        "creator",
        "writer",
        "autor",
        "auteur",
    )


@record(frozen=True)
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
    # Follow links to folders and files outside the folders being read (a received folder
    # with a link to ~, /etc or ~/.ssh/id_rsa would otherwise have them read). Off: such a
    # link is an "external-link" problem saying it was not followed. A file named directly
    # (not found in a folder) is read wherever it points.
    follow_external_links: bool = False
    # Keep the SHA-256 of each file's bytes in its documents (``Document.file_sha256``),
    # for an evidence report to tell the file read from one changed since. Off for a
    # comparison printed and done: hashlib's import is a few milliseconds of its start-up.
    keep_sha256: bool = True
    # The zone the desk's times that give none are read in, after their outlet's and their
    # language's, where a folder's times give several (``deskzone.with_desk_zone``): an IANA
    # name or an offset, as ``deskzone.desk_clock`` gives it; "local": the computer's.
    desk_zone: str = "local"

    # Caps: work and memory stay bounded whatever the files hold. Past one, the file (or the
    # record) is a "too-large" problem naming the cap; no text is ever cut silently.
    # Articles read from one JSON, JSON lines or CSV file: the first ones are read, and a
    # problem says the file holds more.
    max_records: int = 20_000
    # Lines of one document's text (a Word paragraph or PDF page counts two: it and the
    # blank line after it). Tiny lines cost the comparison far more than their bytes: two
    # documents of 50,000 one-word lines take about 600 MB and 6 s to compare.
    max_lines: int = 50_000
    # Characters of one document's text (a long novel is 3 million).
    max_chars: int = 10_000_000
    # Words and punctuation marks of one document (the comparison's tokens, spaces aside).
    max_tokens: int = 2_000_000
    # Characters of all documents of one load_paths: files past it are not read, each a
    # problem saying so.
    max_total_chars: int = 500_000_000
    # Bytes unpacked from one Word file's XML parts, counted as they are decompressed (a
    # ZIP header can under-state them).
    max_unpacked: int = 100 * 1024 * 1024
    # Web pages with more tags, or more characters, than these skip trafilatura (about
    # 50 µs a tag: minutes for a 19 MB page of short paragraphs; 2.6 s and 480 MB for 19 MB
    # of long ones) for a simple extractor: all visible text, linear, cancellable.
    html_max_tags: int = 25_000
    html_max_chars: int = 5_000_000
    # ... and so do pages with a tag of more attributes than this: lxml (under trafilatura)
    # takes time quadratic in one tag's attributes (0.8 s at 10,000, minutes at 200,000 in a
    # 2.4 MB page); a real page's tags have a few dozen.
    html_max_attributes: int = 1_000
    # ... and pages with more "=" than this (attributes, in all: lxml keeps each, and a 4.9 MB
    # page of 800,000 took 1 GB and 9 s); a real page of a megabyte has some ten thousand.
    html_max_equals: int = 100_000
    # Asked between chunks of a long read (and by load_paths between files); True stops the
    # read with ReadCancelled. load_paths sets it from its own should_cancel.
    should_cancel: Callable[[], bool] | None = field(default=None, compare=False, repr=False)


def sized(options: ReaderOptions, max_bytes: int) -> ReaderOptions:
    """``options`` for files of up to ``max_bytes``: past ``MAX_BYTES``, the caps on one
    document's characters, words and lines that are still their defaults grow with it (a
    character a byte, a word two, a line sixteen), so that raising the size is enough — a
    30 MB file was refused four times, each cap named after the one before it was raised."""
    if max_bytes <= MAX_BYTES:
        return options
    from dataclasses import replace  # (not at start-up: a text comparison needs none)

    defaults = ReaderOptions()
    grown = {
        "max_chars": max_bytes,
        "max_tokens": max_bytes // 2,
        "max_lines": max_bytes // 16,
    }
    changes = {
        name: max(value, getattr(defaults, name))
        for name, value in grown.items()
        if getattr(options, name) == getattr(defaults, name)
    }
    return replace(options, **changes) if changes else options
