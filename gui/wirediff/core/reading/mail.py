"""E-mail messages (.eml) and mailboxes (.mbox): each message an article, as a mail client
shows it.

A probe's folder held a desk's mail exports: a message whose text was base64 (the usual
encoding of UTF-8 mail) was an "article" of encoded gibberish titled by its "Date:" header,
a quoted-printable one had its words cut at every soft line break ("pho=", "caf=E9"), and a
mailbox of two versions of one story was one document. A message is now its text part
decoded (else its HTML part read as text), titled by its subject (without "Fwd:"; a
reply's "Re:" kept), dated by its Date header, its outlet the sender's when the sender's
address is a known outlet's; a reply is its own words, its quoted lines left out, and a
forward the forwarded message, with its sender, date and subject (a newcomer's
walkthrough: a reporter's reply quoting a release was that agency's "copy" of it, a
colleague's forward of a paper's copy "an edited version" of the colleague's
organisation's story). A mailbox's messages are numbered (``inbox.mbox#2``). A message
with no text part (an attachment alone) says so: attachments are not read.
"""

from __future__ import annotations

import re
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from pathlib import Path

from wirediff.core.document import Document
from wirediff.core.reading.dates import to_iso
from wirediff.core.reading.errors import EMPTY, MALFORMED, ReadError
from wirediff.core.reading.markup import html_to_text
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.outlets import outlet_for_host
from wirediff.core.reading.records import default_fields, from_records, item_path, take_records

_HINT = "save the message's text as .txt (its attachments into the folder)"
# A mailbox's messages each open with an envelope line, "From sender date" (mboxrd, mboxo),
# at the file's start or after a blank line, its date ending in a time and a year ("Thu Dec
# 5 14:32:00 2026", maybe a zone after): a body's line "From there, the convoy…" cut a
# message in two, its rest lost (a review)
_ENVELOPE = re.compile(
    rb"(?:\A|(?<=\n\n)|(?<=\r\n\r\n))From \S*[^\n]*?\d\d:\d\d(?::\d\d)?[^\n]*?"
    rb"(?:19|20)\d\d[^\n]{0,12}\r?\n",
)


def _messages(data: bytes) -> list[bytes]:
    """A mailbox's messages (a message alone when ``data`` opens with no envelope line);
    a line a mailbox escaped in a body (">From ") read as written."""
    starts = list(_ENVELOPE.finditer(data)) if data.startswith(b"From ") else []
    if not starts or starts[0].start():  # (no envelope first: one message, as it is)
        return [data]
    ends = [m.start() for m in starts[1:]] + [len(data)]
    return [
        re.sub(rb"^>(>*From )", rb"\1", data[m.end() : end], flags=re.MULTILINE)
        for m, end in zip(starts, ends, strict=True)
    ]


def read_mail(path: Path, data: bytes, options: ReaderOptions) -> list[Document | ReadError]:
    """The messages of an .eml or .mbox file as documents (see the module)."""
    raw = _messages(data)
    taken, over = take_records(path, enumerate(raw, 1), options)
    records: list[tuple[int, dict[str, str]]] = []
    errors: list[ReadError] = []
    for n, message in taken:
        try:
            records.append((n, _record(item_path(path, n) if len(raw) > 1 else path, message)))
        except ReadError as exc:
            errors.append(exc)
    if not records:
        if len(raw) == 1:
            raise errors[0]
        reasons = sorted({e.reason for e in errors})
        reason = f"no readable message of {len(raw)} ({'; '.join(reasons[:2])})"
        raise ReadError(path, reason, _HINT, errors[0].code)
    options = default_fields(options)
    found = from_records(path, records, options, "utf-8 (e-mail)", "mail", single=len(raw) == 1)
    subjects = {n: record["subject"] for n, record in records}
    return [
        *(d if isinstance(d, ReadError) else _titled(d, subjects[d.item or 1]) for d in found),
        *errors,
        *([over] if over is not None else []),
    ]


def _titled(doc: Document, subject: str) -> Document:
    """``doc`` titled by its message's subject, which its text does not hold (a message's
    text is its body: the same release as .txt and as a message compared alike)."""
    if not subject:
        return doc
    from dataclasses import replace

    return replace(doc, title=subject)


def _record(path: Path, raw: bytes) -> dict[str, str]:
    """A message's fields under the names a JSON record's are read by (``FieldMap``)."""
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        body = message.get_body(preferencelist=("plain", "html"))
        text = "" if body is None else _content(body)
        subject = str(message.get("subject", "") or "")
        date = str(message.get("date", "") or "")
        sender = message.get("from")
        addresses: tuple[Address, ...] = getattr(sender, "addresses", ()) if sender else ()
    except (ValueError, TypeError, LookupError, IndexError, AttributeError) as exc:
        # (the e-mail package's parsers raise these on hostile headers)
        reason = f"not a readable e-mail message ({type(exc).__name__})"
        raise ReadError(path, reason, _HINT, MALFORMED) from None
    if not message.keys():
        raise ReadError(path, "not an e-mail message (no headers)", _HINT, MALFORMED)
    if not text.strip():
        names = _attachments(message)
        saved = f": {names}" if names else ""
        reason = f"an e-mail with no text (its attachments are not read{saved})"
        hint = f"save {names} into the folder" if names else _HINT
        raise ReadError(path, reason, hint, EMPTY)
    domain = addresses[0].domain if addresses else ""
    if not domain and sender:
        # (the whole "Name <address>" in one encoded word, as some newsletters' senders
        # write it, is a display name to the parser: Aktuálně.cz's newsletter from
        # newsletter@aktualne.cz had no outlet — an agency-monitoring analyst's walkthrough)
        found = _ADDRESS.search(str(sender))
        domain = found.group(1) if found else ""
    subject = " ".join(subject.split())
    reply = bool(_REPLY.match(subject)) or "in-reply-to" in {k.casefold() for k in message}
    # (a forward by its subject, or by a marker no reply writes; Outlook writes its rule and
    # "Original Message" above a reply's quote too: a reply was read as the Reuters text it
    # quoted, a review)
    text, forwarded = _forwarded(text, strict=not _FORWARD.match(subject) or reply)
    if forwarded:  # (a forward: the forwarded message's sender, date and subject)
        subject = forwarded.get("subject", subject)
        date = _forward_date(forwarded.get("date", ""), date)
        found = _ADDRESS.search(forwarded.get("from", ""))
        domain = found.group(1) if found else ""
    elif reply:
        text = _unquoted(text)  # (only a reply's: an article's ">70% of districts" stays)
    subject = _FORWARD.sub("", subject)
    # (the body's first line as the record's title: a title the text does not open with is
    # put above it, and a line from deep in a reply, "On Tue … wrote:", stood twice; the
    # subject is the document's title, ``_titled``)
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    record = {"title": first, "subject": subject, "text": text, "date": to_iso(date) or date}
    outlet = outlet_for_host(domain) if domain else ""
    if outlet and outlet != domain.lower().removeprefix("www."):
        record["source"] = outlet  # (a known outlet's address: "desk@reuters.com")
    return record


# A forwarded message's opening line (Gmail's, Outlook's, Apple Mail's, Thunderbird's, in
# English, French, German), then its header lines; those no reply writes marked (``sure``)
_FORWARD_LINE = re.compile(
    r"^[ \t]*(?:-{3,}[ \t]*(?:(?P<sure>Forwarded message|Message transféré"
    r"|Weitergeleitete Nachricht)|Original Message|Message d'origine|Ursprüngliche Nachricht)"
    r"[ \t]*-{3,}|_{20,}|(?P<apple>Begin forwarded message:))[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
_FORWARD_HEADER = re.compile(
    r"^\s*(?P<name>From|Sent|Date|To|Cc|Subject|De|Envoyé|Date|À|Objet|Von|Gesendet|An|Betreff)"
    r"\s*:\s*(?P<value>.*)$",
    re.IGNORECASE,
)
_ADDRESSEE = re.compile(r"^\s*(?:To|Cc|À|An)\s*:", re.IGNORECASE)  # (Gmail's after the subject)
_HEADER_KEYS = {
    "from": "from", "de": "from", "von": "from",
    "sent": "date", "date": "date", "envoyé": "date", "gesendet": "date",
    "subject": "subject", "objet": "subject", "betreff": "subject",
}  # fmt: skip
_ADDRESS = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# "Re:" stays (a reply is its sender's own words); "Fwd:", "FW:", "TR:", "WG:", "RV:" go
_FORWARD = re.compile(r"^(?:\s*(?:fwd?|tr|wg|rv)\s*(?:\[\d+\])?\s*:\s*)+", re.IGNORECASE)
_REPLY = re.compile(r"^\s*(?:re|aw|sv|vs|antw|r)\s*(?:\[\d+\])?\s*:", re.IGNORECASE)
_HEADER_LINES_MAX = 12  # lines of a forwarded message's header block (blank ones too)


def _forwarded(text: str, strict: bool) -> tuple[str, dict[str, str]]:
    """A forward's text: the forwarded message after its header lines, with its sender,
    date and subject (a colleague's forward of a paper's copy was "an edited version" of
    the forwarder's organisation's story, dated by the forward); else ``text`` as it is.
    The first marker followed by a header block naming a sender (an address) and a
    subject or a date counts (a signature's rule is none); ``strict``: only a marker no
    reply writes ("Forwarded message", Apple Mail's)."""
    for found in _FORWARD_LINE.finditer(text):
        if strict and not (found["sure"] or found["apple"]):
            continue
        lines = text[found.end() :].lstrip("\n").split("\n", _HEADER_LINES_MAX)
        headers, at = _header_block(lines)
        if _ADDRESS.search(headers.get("from", "")) and ("subject" in headers or "date" in headers):
            rest = text[found.end() :].lstrip("\n").split("\n")[at:]
            return "\n".join(rest).strip("\n"), headers
    return text, {}


def _header_block(lines: list[str]) -> tuple[dict[str, str], int]:
    """The header lines opening ``lines`` (an HTML message's a paragraph each, blank lines
    between them, until its subject), and where its text starts."""
    headers: dict[str, str] = {}
    at = 0
    for at, line in enumerate(lines[:_HEADER_LINES_MAX]):
        if not line.strip():
            following = next((x for x in lines[at + 1 : _HEADER_LINES_MAX] if x.strip()), "")
            addressee = _ADDRESSEE.match(following)
            if "subject" in headers and not (addressee and _ADDRESS.search(following)):
                return headers, at  # (the block ends: "To: All editors" is the text's)
            continue
        header = _FORWARD_HEADER.match(line)
        if header is None:
            return headers, at
        key = _HEADER_KEYS.get(header["name"].casefold())
        if key:
            headers.setdefault(key, header["value"].strip())
    return headers, at + 1


def _forward_date(forwarded: str, own: str) -> str:
    """A forwarded message's date as its header gives it ("Wed, 11 Mar 2026 at 09:14",
    "Wednesday, March 11, 2026 7:52 AM"), its day when no more can be read, else the
    forward's own."""
    cleaned = re.sub(r"\s+at\s+", " ", forwarded)
    found = to_iso(cleaned)
    if found:
        return found
    from wirediff.core.reading.dates import find_date

    return find_date(forwarded) or own


# A reply's quoted lines, and the line that says whose they are ("On Tue, 10 Mar 2026 at
# 07:58, Press Office <press@…> wrote:", "Le … a écrit :", "Am … schrieb …:")
_QUOTED = re.compile(r"^[ \t]*>.*(?:\n|$)", re.MULTILINE)
_MARKS = re.compile(r"^[ \t]*(?:>[ \t]?)+", re.MULTILINE)
_ATTRIBUTION = re.compile(
    r"^[ \t]*(?:On|Le|Am)\s[^\n]{4,300}?(?:\n[^\n]{1,200}?)?\s"
    r"(?:wrote|a\sécrit|schrieb[^\n]{0,100}?)[ \t]*:[ \t]*(?:\n|$)(?=[ \t]*(?:>|\n|$))",
    re.MULTILINE,
)  # (on its line, or two as Gmail wraps it, and before the quote: a reply's own "On
# Friday, the minister wrote:" was swallowed with the text after it, a review)


def _unquoted(text: str) -> str:
    """A reply's own words: its quoted lines and their attribution left out (a reporter's
    reply quoting a release was a "copy" of it, its outlet the reporter's: a newcomer read
    that the agency ran the release; every "> " was a change)."""
    if not _QUOTED.search(text):
        return text
    own = _ATTRIBUTION.sub("", _QUOTED.sub("", text)).strip("\n")
    if own.strip():
        return own
    # (quoted lines alone: a forward quoting the message whole, its text without the marks)
    return _MARKS.sub("", text).strip("\n")


_NAMED_MAX = 3  # attachments named in a message's problem


def _attachments(message: EmailMessage) -> str:
    """The names of a message's attachments, the first few ("clipping.pdf and 2 more"): a
    message of a paper's page as a PDF said only "its attachments are not read", not
    which to save (a newcomer's walkthrough)."""
    try:
        names = [str(part.get_filename() or "") for part in message.iter_attachments()]
    except (ValueError, TypeError, LookupError, IndexError, AttributeError):
        return ""
    names = [n for n in names if n]
    if not names:
        return ""
    shown = ", ".join(names[:_NAMED_MAX])
    return shown + (f" and {len(names) - _NAMED_MAX} more" if len(names) > _NAMED_MAX else "")


def _content(part: MIMEPart) -> str:
    """A text part's text, decoded from its transfer encoding and charset (an unknown
    charset read as UTF-8, what cannot be as U+FFFD); HTML read as text."""
    try:
        text = part.get_content()
    except (LookupError, UnicodeError):  # (an unknown charset: nearly always 8-bit mail of
        # Windows' Western code page, "café" kept, not "caf�")
        payload = part.get_payload(decode=True)
        text = _legacy(payload) if isinstance(payload, bytes) else ""
    if not isinstance(text, str):
        return ""
    return html_to_text(text, page=True) if part.get_content_subtype() == "html" else text


def _legacy(payload: bytes) -> str:
    """A part's bytes in an unknown charset: UTF-8 when they are, else Windows-1252."""
    try:
        return payload.decode("utf-8")
    except UnicodeDecodeError:
        return payload.decode("cp1252", "replace")
