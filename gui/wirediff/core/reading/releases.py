"""Press releases: the texts an organisation puts out, which agencies and papers rewrite.

A release tells itself by its furniture, at its head or its foot, on a line of its own or
starting one: "PRESS RELEASE", "FOR IMMEDIATE RELEASE", "Pressemitteilung" at the head;
"ENDS", "###", "Notes to editors", "About Northwind Energy: Northwind is…", "À propos de
Lumeris : fondé…" at the foot — or two of the marks a paper's copy may carry too (an "About
X" heading, "Media contact", "For further information, please contact"). A story holding a
release is based on it: the agency's story was written from it (of eight releases in a
researcher's folder, none was its story's base, and a release read as "an edited version
of PA Media's story").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from wirediff.core.document import RELEASE_WORDS, Document, masthead_name
from wirediff.core.reading.outlets import credited_agency, is_agency, outlet_named

HEAD_LINES = 6  # the head's lines looked at (non-empty)
FOOT_LINES = 12  # the foot's
# The foot's lines a listed company's notes may take: its "About" heading and paragraph,
# its forward-looking statements, two contacts, "SOURCE", the wire's link (PR Newswire's
# foot is 12 lines from "About Corvane Systems" on, a site's repost adding its own line)
NOTES_LINES = 24
_HEAD_CHARS, _FOOT_CHARS = 2_000, 8_000  # where they are looked for (not a whole long text)
_MARK_MAX = 40  # the longest end mark line ("– ENDS –"): a line of 8,000 "#" took 0.46 s
_ABOUT_CHARS = 400  # what an "About X:" line is read of for its organisation's words

# (Of them, several on one line: "PRESS RELEASE - For immediate release")
_HEAD = re.compile(
    rf"(?:(?:{RELEASE_WORDS})[\s:.!–—-]*)*"
    r"(?:embargoed\b.*|embargo\s*(?:until|till|:).*|sperrfrist\b.*|(?<=\w)[\s:.!–—-]*)",
    re.IGNORECASE,
)
# One of these says it alone: an organisation's end mark, or the notes it adds for editors
# (not a news site's "Editor's note:", which says what was corrected).
_FOOT_LINE = re.compile(r"[\s(*_#–—-]*(?:ends|###)[\s)*_#–—.-]*", re.IGNORECASE)
# …or starts a line that goes on with its contact: "ENDS. Media contact: press office, …"
_FOOT_START = re.compile(r"[\s(*_#–—-]*(?:ends|###)[)*_#–—.-]*\s+", re.IGNORECASE)
_EDITORS = re.compile(
    r"(?:notes? (?:to|for) editors|hinweise? für redaktionen"
    r"|note aux rédactions|notas? para (?:los )?editores)\b",
    re.IGNORECASE,
)
# These only with another mark: a paper's copy gives its own newsdesk's number too.
_CONTACT = re.compile(
    r"(?:media (?:contacts?|enquiries|inquiries)|press (?:contacts?|office|enquiries)"
    r"|for (?:media|press) (?:enquiries|inquiries)"
    r"|for (?:further|more) information,? (?:please )?contact|pressekontakt|kontakt für"
    r" medien|contacts? presse|contacto de prensa)\b",
    re.IGNORECASE,
)
# "About Northwind Energy: Northwind is…" (alone), "About Save Our Rivers Trust" (a heading:
# with another mark), "À propos de Lumeris : fondé…", "Über die Kessler AG:" — not "About
# 200 people came", nor a site's "About Us", "About the author", "About Reuters".
# (Words apart by spaces, each one way: "(?:[A-Z]\w*\s*){1,6}" tried every split of a
# long capitalized word, a quarter of a second at 40 letters and doubling with each.)
_NAME = r"[A-ZÀ-Ý][\w'’&.-]*(?:\s+[A-ZÀ-Ý][\w'’&.-]*){0,5}"
_ABOUT = re.compile(
    r"(?i:about|à propos d[e']\s?|über|acerca de|sobre)\s*"
    rf"(?P<name>{_NAME}|(?:die|der|das|le|la|les|el)\s+{_NAME})\s*(?P<end>:\s*\S|$)",
)
# A listed company's notice on its future, at a line's start: a heading ("Forward-Looking
# Statements", "Safe Harbor Statement", "Cautionary Note Regarding Forward-Looking
# Statements", "Déclarations prospectives", "Zukunftsgerichtete Aussagen") or a paragraph
# opening so ("This press release contains forward-looking statements within…").
_FORWARD = re.compile(
    r"(?:(?:cautionary|special|important) (?:note|statement|language|notice)s?"
    r"(?: (?:regarding|concerning|about|on|relating to|with respect to))? )?"
    r"(?:forward[- ]looking (?:statements?|information)|safe[- ]harbou?r(?: statements?)?)"
    r"|(?:this|the) (?:press |news )?(?:release|announcement|communication)\b[^.\n]{0,80}?"
    r"\bforward[- ]looking\b|statements? in this (?:press |news )?release\b[^.\n]{0,200}?"
    r"\bforward[- ]looking\b"
    r"|(?:avertissement (?:concernant|relatif) (?:aux|les) )?(?:déclarations|énoncés"
    r"|informations) prospecti(?:ves|fs)|zukunft(?:sgerichtete|sbezogene) aussagen"
    r"|(?:declaraciones|información|manifestaciones)"
    r" (?:prospectivas?|a futuro|sobre (?:el )?futuro)"
    r"|dichiarazioni previsionali|заявления (?:прогнозного характера|о будущем)",
    re.IGNORECASE,
)
# What a forward-looking paragraph says that no news sentence starting "Forward-looking
# statements from the Fed…" does: the law it is made under, its risks, its disclaimer —
# two of them, the notice's own wording ("The announcement, which included forward-looking
# guidance, left investors facing fresh uncertainty" and "Safe Harbor, the pact…, leaves
# them in legal uncertainty" are a story's last paragraphs: a review)
_FORWARD_LEGAL = re.compile(
    r"within the meaning|securities|uncertaint|actual results|undertakes? no|no (?:obligation"
    r"|duty)|au sens|incertitudes|aucune obligation|valeurs mobilières|unsicherheiten"
    r"|keine verpflichtung|wertpapier|incertidumbres|ninguna obligación|valores"
    r"|incertezze|alcun obbligo|неопределенност|не обязу",
    re.IGNORECASE,
)
_FORWARD_HITS = 2  # (of _FORWARD_LEGAL's words, told apart)


def _forward_looking(line: str) -> bool:
    """Whether ``line`` (stripped) is a release's forward-looking statements ("Safe Harbor"),
    its heading or its paragraph: two releases of one company and four other companies'
    releases were one story through this paragraph, the same but for the name (a PR
    agency analyst's walkthrough)."""
    found = _FORWARD.match(line[:_ABOUT_CHARS])
    if found is None:
        return False
    heading = not line[found.end() :].strip(" :.-–—")
    if heading:
        return True
    hits = {m[0].casefold()[:6] for m in _FORWARD_LEGAL.finditer(line, 0, _ABOUT_CHARS * 2)}
    return len(hits) >= _FORWARD_HITS


_NOT_AN_ORGANISATION = frozenset("us the this our me author autor auteur nosotros nous uns".split())
# What an organisation's "About X: …" says of it, which an author's bio does not ("Jane is a
# reporter…"): a company, a charity, founded, headquartered, listed, employing…
_ORGANISATION = re.compile(
    r"\b(?:company|companies|group|charity|organi[sz]ation|foundation|trust|university"
    r"|institute|developer|manufacturer|provider|operator|firm|business|agency|association"
    r"|founded|headquartered|based in|listed on|employs|operates|subsidiary|plc|inc|ltd"
    r"|fondée?|entreprise|société|groupe|gegründet|unternehmen|konzern|beschäftigt"
    r"|fundada|empresa|fondata|azienda)\b",
    re.IGNORECASE,
)


def reads_as_release(text: str) -> bool:
    """Whether ``text`` carries a press release's furniture: one mark that says it alone
    (at its head "PRESS RELEASE"…; at its foot "ENDS", "###", "Notes to editors", "About
    X: X is a company…"), or two of those that a news site or a paper's copy may carry as
    well (an "About X" heading, an "About X:" that says no organisation, a press or media
    contact); not by its foot a broadcast script's (``_a_script``)."""
    return _headed(text) or (_footed(text) and not _a_script(text))


def _headed(text: str) -> bool:
    """Whether the head of ``text`` says it is a release ("PRESS RELEASE", "Embargoed…"),
    maybe with its day ("Press release — 16 June 2026", GOV.UK's: a government's release
    was "an edited version" of a paper's story of it, in a policy analyst's walkthrough)."""
    head = [line.strip() for line in text[:_HEAD_CHARS].split("\n") if line.strip()]
    return any(_HEAD.fullmatch(line) or _dated_head(line) for line in head[:HEAD_LINES])


_DATED_HEAD = re.compile(rf"(?:{RELEASE_WORDS})\s*[|–—:-]\s*(?P<day>.{{6,40}})", re.IGNORECASE)


def _dated_head(line: str) -> bool:
    from wirediff.core.reading.dates import find_date  # (dates imports document, as we do)

    found = _DATED_HEAD.fullmatch(line[: _MARK_MAX * 2])
    return found is not None and bool(find_date(found["day"])) and len(found["day"].split()) <= 5


def _foot(text: str) -> list[str]:
    """The last ``FOOT_LINES`` non-empty lines of ``text`` (of its last characters), stripped."""
    return [line.strip() for line in text[-_FOOT_CHARS:].split("\n") if line.strip()][-FOOT_LINES:]


def _footed(text: str) -> bool:
    """Whether the foot of ``text`` says it is a release ("ENDS", "About X: …")."""
    weak = set()
    for line in _foot(text):
        if _notes_open(line):
            return True
        about = _ABOUT.match(line)
        said = about is not None and (about["end"].startswith(":") or len(line.split()) <= 7)
        if said and about is not None and _an_organisation(about["name"]):
            weak.add("about")  # (an author's bio, a heading: with another mark)
        if _CONTACT.match(line) or _WIRE_NOTES.match(line):
            weak.add("contact")
        if _forward_looking(line):
            weak.add("forward")  # (Business Wire's release: "About X", then these, "Contacts")
    return len(weak) > 1


def _notes_open(line: str) -> bool:
    """Whether ``line`` (stripped) is one of a release's marks that say it alone, which
    open its notes: an end mark ("ENDS", "###", "ENDS. Media contact: …"), "Notes to
    editors", an organisation's "About Northwind Energy: Northwind is a company…"."""
    if (len(line) <= _MARK_MAX and _FOOT_LINE.fullmatch(line)) or _EDITORS.match(line):
        return True
    if _ended_then_contact(line):
        return True
    about = _ABOUT.match(line)
    return (
        about is not None
        and about["end"].startswith(":")
        and _an_organisation(about["name"])
        and _ORGANISATION.search(line[:_ABOUT_CHARS], about.end("name")) is not None
    )


def release_notes(lines: Sequence[str]) -> int | None:
    """Where, of a text's last non-empty ``lines`` (its last ``NOTES_LINES`` lines, in
    order), a press release's notes open, or None: what it tells editors, not its story (a
    paper's copy of a university's release, every sentence of its text kept, was "69% of its
    sentences kept …, 31% left out": the notes and the media contact). They open, among the
    last ``FOOT_LINES``, at a mark (``_notes_open``: "ENDS", "Notes to editors", "About
    Northwind Energy: … is a company…"), or, among all, at a company's own notes
    (``_company_notes``: its "About" heading over a paragraph on it, its forward-looking
    statements), whichever comes first.
    Only notes that read as notes: the mark the last line, or "Notes to editors" or a
    contact (on its line or under it), or an organisation's "About" under it — not a "###"
    parting a story's sections, nor an "About Hezbollah: …, founded in 1982" box with the
    story going on under it (a review found both cut, and a rewritten ending read as a
    copy's)."""
    skipped = max(0, len(lines) - NOTES_LINES)
    lines = [line.strip() for line in lines[skipped:]]
    first = max(0, len(lines) - FOOT_LINES)
    at = next((i for i in range(first, len(lines)) if _notes_open(lines[i])), None)
    if at is not None and not _read_as_notes(lines, at):
        at = None
    company = next((i for i in range(len(lines)) if _company_notes(lines, i)), None)
    if company is not None and (at is None or company < at):
        at = company
    return None if at is None else at + skipped


def _read_as_notes(lines: Sequence[str], at: int) -> bool:
    """Whether the notes opening at ``lines[at]`` (stripped) read as notes: the mark the
    last line, or notes said on its line or under it (``_notes_said``), or another mark."""
    if at == len(lines) - 1 or _notes_said(lines[at]):
        return True
    return any(_notes_said(line) or _notes_open(line) for line in lines[at + 1 :])


def _company_notes(lines: Sequence[str], at: int) -> bool:
    """Whether a company's notes open at ``lines[at]`` (stripped): its forward-looking
    statements (``_forward_looking``), or its "About Corvane Systems" heading over a
    paragraph on it ("Corvane Systems (NASDAQ: CRVN) is a company…") — with notes under
    them (a contact, "SOURCE Corvane Systems", its forward-looking statements) or nothing;
    not a fact box with the story going on under it. Two releases of one company, their
    news apart, were one story through these notes, which every release of it carries (a PR
    agency analyst's walkthrough)."""
    line, after = lines[at], lines[at + 1 :]
    if not _forward_looking(line):
        if at + 1 >= len(lines) or not _about_heading(line, lines[at + 1]):
            return False
        after = after[1:]  # (none: its text's last, as "About X: X is a company…" may be)
    return _all_notes(after)


# Of a company's notes, lines of a contact that say nothing of it ("Priya Raman", "Lunaris
# Health"): so many after each line that says a contact ("Media Contact:", an e-mail)
_SHORT_LINES = 2
_SHORT_WORDS = 6


def _all_notes(lines: Sequence[str]) -> bool:
    """Whether ``lines`` (stripped), all under a company's "About" or its forward-looking
    statements, are notes: each a contact, a wire's line, another mark or statements, a
    site's disclaimer (``_disclaimer``), but for a name or two a contact — not a story
    going on under a fact box to its reporter's e-mail ("About Hezbollah", its paragraph,
    the fighting, "Contact the reporter: …": a review found it all cut). A contact's count
    starts anew at each line that says one: GlobeNewswire's "Media Contact:", "Hannah
    Cole", "Lunaris Health", an e-mail, "Investor Contact:", "Raj Mehta" kept its
    company's "About" in 103 reposts (a PR agency analyst's walkthrough)."""
    short = 0
    for line in lines:
        if _notes_said(line):
            short = 0
            continue
        if _notes_open(line) or _forward_looking(line) or _disclaimer(line):
            continue
        short += 1
        if short > _SHORT_LINES or len(line.split()) > _SHORT_WORDS or line[-1:] in ".!?…":
            return False
    return True


# A site's disclaimer under a release it reposts: what it says (it answers for nothing,
# endorses nothing, did not edit it) ...
_DISCLAIMS = re.compile(
    r"\b(?:(?:is|are|was|were) not (?:responsible|liable)|takes? no (?:editorial )?"
    r"responsibility|(?:accepts?|assumes?|bears?) no (?:responsibility|liability)"
    r"|makes? no (?:warranties|warranty|representations?)|do(?:es)? not (?:necessarily )?"
    r"(?:reflect|represent|endorse)|(?:has|have) not been (?:edited|reviewed|verified)"
    r"|not (?:been )?(?:edited|created|written) by|auto-generated from a syndicated feed"
    r"|n'engage (?:que|pas)|décline toute responsabilité|(?:n'est|ne sont) pas responsables?"
    r"|keine (?:verantwortung|haftung|gewähr)|ist (?:allein )?der emittent"
    r"|no (?:se hace|es) responsable|no asume (?:ninguna )?responsabilidad"
    r"|non (?:è|sono) responsabil|не несет ответственност)",
    re.IGNORECASE,
)
# ... of this text (the content, the release, its accuracy, the views herein): "Hezbollah
# said it was not responsible for the attack" or "the statement does not reflect the views
# of the army, he said" under a fact box are the story's
_DISCLAIMED = re.compile(
    r"\b(?:(?:this|the above|the foregoing) (?:press |news )?(?:content|release|article"
    r"|story|announcement|information|communication)|herein|its (?:accuracy|contents?)"
    r"|(?:ce|du|le) (?:contenu|communiqué)|(?:dieser|der|diese|die) (?:pressemitteilung"
    r"|mitteilung|meldung)|(?:este|del|el) (?:contenido|comunicado)"
    r"|(?:questo|del|il) (?:contenuto|comunicato)|(?:данн|эт)\w* (?:материал|сообщени))\b",
    re.IGNORECASE,
)
_DISCLAIMER_CHARS = 600


def _disclaimer(line: str) -> bool:
    """Whether ``line`` (stripped) is a site's disclaimer under a release it reposts ("This
    content was issued through the press release distribution service at Investor Brief
    Online. Investor Brief Online is not responsible for its accuracy.", "Disclaimer: …"):
    a company's "About" over it was kept as text, the repost's level and story drawn from it
    (a PR agency analyst's walkthrough)."""
    head = line[:_DISCLAIMER_CHARS]
    if head[:11].casefold().startswith("disclaimer"):
        return True
    return _DISCLAIMS.search(head) is not None and _DISCLAIMED.search(head) is not None


_ARTICLES = frozenset("die der das le la les el the".split())


def _about_heading(line: str, under: str) -> bool:
    """Whether ``line`` is an "About Corvane Systems" heading alone and ``under`` the
    paragraph on it, which names it and says what it is ("…is a company that builds…")."""
    about = _ABOUT.fullmatch(line.rstrip(":"))
    if about is None or len(line.split()) > 7 or not _an_organisation(about["name"]):
        return False
    words = [w for w in about["name"].split() if w.casefold() not in _ARTICLES]
    named = bool(words) and words[0].casefold() in under[: _ABOUT_CHARS // 4].casefold()
    return named and _ORGANISATION.search(under[:_ABOUT_CHARS]) is not None


# (a label's colon, then a number of six digits or more: "mobile 5G", "won't 3" were none)
_MAIL_OR_PHONE = re.compile(
    r"\S@\S+\.\w|\b(?:tel|telephone|phone|mobile|t|m)\b\.?\s*:\s*\+?\d[\d ()./-]{5,}", re.I
)


# A wire's lines under a release: PR Newswire's "SOURCE Corvane Systems" and "Cision View
# original content…", Business Wire's "View source version on businesswire.com: …" and
# "Contacts", an investors' contact as a label ("Investor relations:", not "Investor
# relations chief Tom Lee said…": a review)
_WIRE_NOTES = re.compile(
    r"SOURCE\s+[A-Z0-9]|(?i:(?:cision\s+)?view (?:source version|original content)\b"
    r"|contacts?\s*:?$|investor (?:contacts?|relations|enquiries|inquiries)\s*(?::|$))"
)


def _notes_said(line: str) -> bool:
    """Whether ``line`` is what a release's notes say: "Notes to editors", a press or
    media contact ("ENDS. Media contact: …", "For further information, please contact"),
    a wire's line (``_WIRE_NOTES``), an address to write or call."""
    return bool(
        _EDITORS.match(line)
        or _CONTACT.match(line)
        or _WIRE_NOTES.match(line)
        or _ended_then_contact(line)
        or _MAIL_OR_PHONE.search(line[: _MARK_MAX * 8])
    )


def _ended_then_contact(line: str) -> bool:
    """ "ENDS. Media contact: …": an end mark, then its contact on the same line."""
    start = _FOOT_START.match(line[:_MARK_MAX])  # (a line of 8,000 "#": see _MARK_MAX)
    return start is not None and _CONTACT.match(line, start.end()) is not None


def is_release(doc: Document) -> bool:
    """Whether ``doc`` is a press release: it reads as one (``reads_as_release``) and is
    not a news agency's text (``Document.source``). A morning briefing of Reuters' stories
    that ended with a company's release ("About Northwind Freight: … is a company") was
    the base of the story it carried, "Reuters' press release", and the agency's own
    dispatch "a trimmed copy" of it. Nor, by its foot's marks alone, a reporter's text: one
    under a byline ("By Gazette Business Desk") or an agency's credit ("LONDON (Reuters)
    -") that ends with "ENDS" or a fact box ("About Northwind Energy: …, founded in 2009")
    — a paper's copy of Reuters' story that did was its base, and the wire "an edited
    version of the press release" (a grouping probe). The byline is one its text gives,
    not its file's author (a Word file's creator, a page's author tag: a release saved as
    .docx was no release); and "Notes to editors" or a contact after its end mark still
    say a release under a press officer's byline."""
    if is_agency(doc.source):
        return False
    text = doc.text
    if _headed(text):
        return True
    if not reads_as_release(text):
        return False
    from wirediff.core.reading.metadata import guess_byline  # (metadata imports us)

    if not (guess_byline(text) or credited_agency(text, dateline=True)):
        return True
    return any(_notes_said(line) for line in _foot(text))


# A broadcast script's cues: who reads ("ANCHOR:", "REPORTER:"), sound and tape
# ("[MUSIC UP: …]", "[FX: …]", "(SOT: minister, 0:12)"), the slug and duration lines
_SCRIPT_CUE = re.compile(
    r"^\s*(?:(?:ANCHOR(?: BACK| TAG)?|REPORTER|PRESENTER|HOST|NEWSREADER|VO|SOT|SLUG|DUR|IN|OUT)"
    r"\s*:|\[(?:MUSIC|FX|SFX|SOT|VO|AMBI?|ACT)\b|\((?:SOT|VO|ACT)\b)",
    re.MULTILINE,
)
_SCRIPT_CUES_MIN = 3


def _a_script(text: str) -> bool:
    """Whether ``text`` is a broadcast script, its foot's "### ENDS ###" no release's mark:
    a radio package's drafts were "the press release", the base of a story that drew in the
    interview's transcripts and the web article (a broadcast editor's walkthrough)."""
    return len(_SCRIPT_CUE.findall(text, 0, _SCRIPT_LOOK)) >= _SCRIPT_CUES_MIN


# A script's line that is a cue and nothing else: sound and tape in brackets, a clip's in
# and out words, its slug and duration, a reader's label alone ("ANCHOR:")
_CUE_LINE = re.compile(
    r"\s*(?:\[[^\]]*\]|\((?:SOT|VO|ACT)\b[^)]*\)|(?:IN|OUT|SLUG|DUR|STATUS)\s*:.*"
    r"|(?:ANCHOR(?: BACK| TAG)?|REPORTER|PRESENTER|HOST|NEWSREADER|VO)\s*:)\s*"
)


def a_script(text: str) -> bool:
    """Whether ``text`` is a broadcast script (``_a_script``), looked at fast: every
    document is asked when its lines are read."""
    head = text[:_SCRIPT_LOOK]
    return any(cue in head for cue in _CUE_WORDS) and _a_script(text)


def script_cues(lines: Sequence[str]) -> set[int]:
    """Which of a script's ``lines`` are its cues: half the changes between a radio package
    and the web article written from it were "[MUSIC UP]", "(SOT …)", "IN:"/"OUT:" and
    "ANCHOR:" struck out (a broadcast editor's walkthrough)."""
    return {i for i, line in enumerate(lines) if _CUE_LINE.fullmatch(line)}


_CUE_WORDS = ("ANCHOR", "REPORTER", "PRESENTER", "[MUSIC", "[FX", "(SOT", "SLUG:")


_SCRIPT_LOOK = 20_000  # characters of a text its cues are looked for in


def _an_organisation(name: str) -> bool:
    """Whether an "About …" names the organisation: not "Us", "the author", a news outlet."""
    words = name.split()
    if not words or words[0].casefold() in _NOT_AN_ORGANISATION:
        return False
    return not outlet_named(" ".join(words))


ISSUER_LINES = 3  # the head's lines an issuer's name and day may be on


def issuer_line(text: str) -> tuple[str, str]:
    """``(line, name)`` of a press release's issuer at its head — "Save Our Rivers Trust —
    2026-05-06": a name of two to five capitalized words, a dash or a bar, the day — when
    the name recurs further on (its "About", its press office, its boilerplate); ("", "")
    when ``text`` is no release or has none. Not the release's furniture ("For Immediate
    Release — …"), nor a place or a headline in title case (named once)."""
    if not reads_as_release(text):
        return "", ""
    lines = [line.strip() for line in text[:_HEAD_CHARS].split("\n") if line.strip()]
    for line in lines[:ISSUER_LINES]:
        if _HEAD.fullmatch(line) or _CONTACT.match(line) or _EDITORS.match(line):
            continue
        name = masthead_name(line, papers_only=False)
        if not name or _HEAD.match(name) or _CONTACT.match(name):
            continue
        after = text[text.find(line) + len(line) :][-_FOOT_CHARS:]
        if _named_again(name, after):
            return line, name
    return "", ""


_PLACE_BEFORE = re.compile(r"(?:\b(?:in|at|from|near|of|to)|,)\s*$", re.IGNORECASE)


def _named_again(name: str, text: str) -> bool:
    """Whether ``name`` recurs in ``text`` as a name, not a place ("in New York", "at …")."""
    pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    return any(
        not _PLACE_BEFORE.search(text[max(0, m.start() - 8) : m.start()])
        for m in pattern.finditer(text)
    )
