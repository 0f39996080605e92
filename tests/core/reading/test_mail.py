"""E-mail messages and mailboxes: each message an article, as a mail client shows it (a
probe: base64 text was read as the article, quoted-printable cut words, a mailbox of two
versions was one document)."""

from __future__ import annotations

from email.message import EmailMessage
from pathlib import Path

import pytest

from tests.core.reading.samples import ARTICLE
from wirediff.core.reading import ReadError, load_paths, read_document

BODY = "\n\n".join(ARTICLE) + "\n"


def message(
    body: str = BODY,
    *,
    subject: str = "Fwd: Troops to stay",
    sender: str = "Desk <desk@reuters.com>",
    date: str = "Thu, 05 Dec 2026 14:32:00 +0000",
    charset: str = "utf-8",
    encoding: str = "base64",
    html: str = "",
) -> bytes:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"], msg["Date"] = sender, "me@example.org", subject, date
    if body:
        msg.set_content(body, charset=charset, cte=encoding)
    if html:
        if body:
            msg.add_alternative(html, subtype="html")
        else:
            msg.set_content(html, subtype="html")
    return bytes(msg)


def test_a_base64_message_is_its_text_titled_by_its_subject(tmp_path: Path) -> None:
    path = tmp_path / "release.eml"
    path.write_bytes(message())
    doc = read_document(path)
    assert doc.text == BODY.strip()  # (the text alone: as the same text saved as .txt)
    assert doc.title == "Troops to stay" and doc.format == "mail"
    assert doc.date == "2026-12-05T14:32:00+00:00" and doc.source == "Reuters"
    plain = tmp_path / "release.txt"
    plain.write_text(BODY, encoding="utf-8")
    assert read_document(plain).text.strip() == doc.text


def test_quoted_printable_in_another_charset_and_an_encoded_subject(tmp_path: Path) -> None:
    body = BODY.replace("officials", "café officials")
    path = tmp_path / "qp.eml"
    path.write_bytes(
        message(
            body, subject="Caf\u00e9 story", charset="windows-1252", encoding="quoted-printable"
        )
    )
    doc = read_document(path)
    assert "café officials" in doc.text and "=" not in doc.text
    assert doc.title == "Café story"


def test_an_html_message_is_read_as_text(tmp_path: Path) -> None:
    path = tmp_path / "html.eml"
    html = "".join(f"<p>{p}</p>" for p in ARTICLE)
    path.write_bytes(message("", html=f"<html><body>{html}</body></html>"))
    assert read_document(path).text == BODY.strip()


def test_a_mailboxs_messages_are_numbered_and_one_without_ending_is_found(
    tmp_path: Path,
) -> None:
    first, second = message(), message(BODY.replace("Thursday", "Friday"), subject="Re: Update")
    box = b"From desk@reuters.com Thu Dec  5 14:32:00 2026\n" + first + b"\n"
    box += b"From desk@reuters.com Thu Dec  5 15:00:00 2026\n" + second + b"\n"
    (tmp_path / "inbox.mbox").write_bytes(box)
    (tmp_path / "Inbox").write_bytes(box)  # (Thunderbird's, without an ending)
    docs = load_paths([tmp_path]).documents
    names = sorted(d.path.name for d in docs)
    assert names == ["Inbox#1", "Inbox#2", "inbox.mbox#1", "inbox.mbox#2"]
    assert {d.title for d in docs} == {"Troops to stay", "Re: Update"}  # (a reply's "Re:")
    assert all(
        d.text.strip() in (BODY.strip(), BODY.replace("Thursday", "Friday").strip()) for d in docs
    )


def test_a_message_of_attachments_alone_says_so(tmp_path: Path) -> None:
    msg = EmailMessage()
    msg["From"], msg["Subject"] = "desk@example.org", "Files"
    msg.add_attachment(b"%PDF-1.4 ...", maintype="application", subtype="pdf", filename="r.pdf")
    path = tmp_path / "files.eml"
    path.write_bytes(bytes(msg))
    with pytest.raises(ReadError) as found:
        read_document(path)
    said = "an e-mail with no text (its attachments are not read: r.pdf)"
    assert said in found.value.reason and "r.pdf" in found.value.hint  # (which to save)


def test_a_text_file_opening_with_a_header_is_still_text(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("From: the desk\nSubject: notes\n\n" + BODY, encoding="utf-8")
    assert read_document(path).format == "text"


def test_a_body_line_opening_with_from_is_no_new_message(tmp_path: Path) -> None:
    """A line "From there, the convoy…" cut a mailbox's message in two, its rest lost and a
    "no headers" error said (a review); a bare "From " line is no envelope either."""
    body = BODY.replace("\n\nThere are", "\n\nFrom there, the convoy moved north.\n\nThere are")
    box = b"From desk@reuters.com Thu Dec  5 14:32:00 2026\n" + message(body, encoding="8bit")
    path = tmp_path / "story.mbox"
    path.write_bytes(box)
    (doc,) = load_paths([path]).documents
    assert doc.path.name == "story.mbox" and "From there, the convoy moved north." in doc.text
    assert doc.text.rstrip().endswith(ARTICLE[-1])
    path.write_bytes(b"From \n")
    with pytest.raises(ReadError) as found:
        read_document(path)
    assert "not an e-mail message" in found.value.reason


def test_a_reply_is_its_own_words_and_a_forward_the_forwarded_message(tmp_path: Path) -> None:
    """A reporter's reply quoting a release was that agency's "copy" of it, every "> " a
    change; a colleague's forward of a paper's copy was "an edited version" of the
    colleague's organisation's story, dated by the forward (a newcomer's walkthrough)."""
    quoted = "\n".join(f"> {line}" if line else ">" for line in BODY.splitlines())
    reply = (
        "Thank you. Could your director give us a short interview this afternoon?\n\n"
        "On Tue, 10 Mar 2026 at 07:58, Press Office <press@example.org> wrote:\n" + quoted
    )
    (tmp_path / "reply.eml").write_bytes(
        message(reply, subject="Re: Troops to stay", sender="Li Wei <li@xinhuanet.com>")
    )
    forward = (
        "Grace, the paper ran it. Pasted below.\n\n________________________________\n"
        "From: Newsroom <newsroom@reuters.com>\nSent: Wednesday, March 11, 2026 7:52 AM\n"
        "To: Grace <grace@example.org>\nSubject: Troops to stay in Iraq\n\n" + BODY
    )
    (tmp_path / "forward.eml").write_bytes(
        message(forward, subject="FW: our story", sender="Mercy <mercy@example.org>")
    )
    docs = {d.path.name: d for d in load_paths([tmp_path]).documents}
    own = docs["reply.eml"]
    assert own.title == "Re: Troops to stay" and ">" not in own.text and "wrote" not in own.text
    assert own.text.startswith("Thank you.") and ARTICLE[0] not in own.text
    passed = docs["forward.eml"]
    assert passed.text == BODY.strip() and passed.title == "Troops to stay in Iraq"
    assert passed.source == "Reuters" and passed.date.startswith("2026-03-11")


def test_an_outlook_reply_an_article_quoting_and_a_signatures_rule_are_no_forward(
    tmp_path: Path,
) -> None:
    """A review: Outlook's rule and "Original Message" above a reply's quote made the reply
    the quoted Reuters text; an article's ">70% in 12 districts" lines were cut as quotes;
    a newsletter's signature rule over "From: The Morning Desk" made it a forward."""
    quote = "From: Desk <desk@reuters.com>\nSent: Wednesday, March 11, 2026 7:52 AM\n"
    reply = (
        "Could you send the full survey?\n\n-----Original Message-----\n"
        + quote
        + "Subject: Troops to stay\n\n"
        + BODY
    )
    (tmp_path / "reply.eml").write_bytes(message(reply, subject="RE: Troops to stay"))
    article = "Turnout record\n\nOfficials said:\n>70% in 12 districts\n>60% in the rest\n"
    (tmp_path / "article.eml").write_bytes(message(article, subject="Turnout"))
    letter = BODY + "\n" + "_" * 30 + "\nFrom: The Morning Desk, edited by Jane Roe\n"
    (tmp_path / "letter.eml").write_bytes(message(letter, subject="Morning briefing"))
    docs = {d.path.name: d for d in load_paths([tmp_path]).documents}
    assert docs["reply.eml"].text.startswith("Could you send the full survey?")
    assert docs["reply.eml"].title == "RE: Troops to stay"
    assert ">70% in 12 districts" in docs["article.eml"].text
    assert docs["letter.eml"].text.startswith(ARTICLE[0])
