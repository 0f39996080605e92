"""The markers a news agency puts before a take's headline."""

from __future__ import annotations

import re
import unicodedata

from wirediff.core.reading.outlets import CREDIT_ONLY, is_agency, outlet_named

# A wire's markers before a headline, in capitals ("URGENT-", "RPT-", "UPDATE 2-",
# "WRITETHRU-", "МОЛНИЯ:", "ACTUALIZA 1-"): what kind of take it is, not what it tells of
# (no event's term: a day of one desk's flashes all open "URGENT-Greek …"; no name changed:
# "WRITETHRU-Greek → CORRECTED-WRITETHRU-Greek").
WIRE_MARKERS = frozenset(
    """urgent flash breaking refile rpt repeat update updates corrected correcting
    correction recast recasts wrapup writethru writethrough kill withdrawn advisory
    exclusive newsalert alert bulletin urgente actualiza actualización ampliación corrige
    eilmeldung berichtigung neufassung zusammenfassung korrektur rectificatif
    korr ergänzt ergaenzt korrigiert aktualisiert rettelse rättelse korjattu opdateret
    uppdaterad oppdatert korrigert oppdatering
    corregida corregido actualizada actualizado actualizacion ampliacion atualizada
    atualizado atualização atualizacao corrigida corrigido correção correcao corrección
    correccion
    молния срочно""".split()
)
# ... those of a later take, a correction's, an update's, a repeat's ("KORR:", "2. KORR:",
# "ERGÄNZT:", "CORRECTED-", "(Neufassung)", "_RETTELSE", EFE's "(CORREGIDA)",
# "(ACTUALIZADA)", "(AMPLIACIÓN)", Lusa's and Agência Brasil's "(ATUALIZADA)",
# "(CORRIGIDA)", "(CORREÇÃO)"): not a flash's nor an alert's, which come first
LATER_MARKERS = WIRE_MARKERS - frozenset(
    """urgent flash breaking exclusive newsalert alert bulletin advisory urgente eilmeldung
    молния срочно""".split()
)
# A marker opening a headline, maybe numbered, before a colon or a dash: "KORR:", "2. KORR:",
# "2ª AMPLIACIÓN:", "UPDATE 1-", "CORRECTED-UPDATE 3:" (one marker at a time)
_LEAD_MARKER = re.compile(
    r"[ \t]*(?:\d{1,2}[.ºª][ \t]*)?(?P<word>[^\W\d_]+)(?:[ \t]*\d{1,2})?[ \t]*(?P<stop>[-–—:]?)"
)
# ... or in brackets in it: "(Neufassung)", "(2. Neufassung)", EFE's "(2ª AMPLIACIÓN)",
# "(Zusammenfassung 1148)", "[UPDATE]"
_BRACKETED_MARKER = re.compile(
    r"[(\[][ \t]*(?:\d{1,2}[.ºª][ \t]*)?(?P<word>[^\W\d_]+)[^()\[\]]{0,30}[)\]]"
)


def later_take(title: str, name: str = "") -> bool:
    """Whether a headline ``title`` or a file's ``name`` (without its extension) says its
    text is a later take of its story: a correction's, an update's marker (``LATER_MARKERS``)
    opening the headline ("KORR: …", "2. KORR: …", "UPDATE 1-…", "CORRECTED-…"), in
    brackets in it ("… (Neufassung)"), or a word of the name ("…_KORR", "…_2KORR",
    "…_Berichtigung", "…_UPPDATERAD")."""
    title = unicodedata.normalize("NFC", title)
    at = 0
    while (lead := _LEAD_MARKER.match(title, at)) is not None and lead["stop"]:
        word = lead["word"].casefold()
        if word in LATER_MARKERS:
            return True
        if word not in WIRE_MARKERS:  # ("Budget: …", a headline's own words)
            break
        at = lead.end()
    if any(m["word"].casefold() in LATER_MARKERS for m in _BRACKETED_MARKER.finditer(title)):
        return True
    words = re.split(r"[\W\d_]+", unicodedata.normalize("NFC", name).casefold())
    return any(w in LATER_MARKERS for w in words)


# An agency's transmission stamp on a line of its own: the day, hour and minute run
# together, then the month and the year, dpa's "050745 Dez 26" closing a take.
SENT_STAMP = re.compile(
    r"^[ \t]*(?P<day>\d\d)(?P<hour>\d\d)(?P<minute>\d\d)[ \t]+(?P<month>[^\W\d_]{3})\.?"
    r"[ \t]+(?P<year>\d\d)[ \t]*$",
    re.MULTILINE,
)
# ... or the day, the month and the year, then the time, ANSA's and Adnkronos' "05-DIC-26
# 09:12 NNNN" (the takes of an Italian desk's folder were dated by their files' times)
SENT_DATED = re.compile(
    r"^[ \t]*(?P<day>\d\d)-(?P<month>[^\W\d_]{3})-(?P<year>\d\d)[ \t]+(?P<hour>\d\d):"
    r"(?P<minute>\d\d)(?:[ \t]+NNNN)?[ \t]*$",
    re.MULTILINE,
)
# ... or APA's: its name and the take's number, then the day and the time, "APA0431
# 2026-12-05/10:42" (every APA take of a Vienna desk's folder read "figures changed: 0431 →
# 0467, 10:42 → 11:30", a correction's only figures: a German and Nordic desk's walkthrough)
SENT_NUMBERED = re.compile(
    r"^[ \t]*APA\d{3,4}[ \t]+(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:/|[ \t]+)"
    r"(?P<hour>\d\d):(?P<minute>\d\d)[ \t]*$",
    re.MULTILINE,
)
SENT_STAMPS = (SENT_STAMP, SENT_DATED, SENT_NUMBERED)  # (each with its day, month, year, time)


# What an agency sends its clients' editors with a take, not the story: a note to editors
# ("Eds: UPDATES with prime minister's comment"), a correction's or a refile's note
# ("(Corrects spelling of minister's name in paragraph 4)"), a slug ("BC-Poland-Rates/");
# and closing it, its credit alone ("(ANSA).", "(AGI)"), its desk's initials ("RED/GIM",
# "Red-Fam/Adnkronos"), its transmission stamp, a source's or a rights' line ("Fonte:
# ANSA", "© Riproduzione riservata"). Five of a refile's six changes were these, each a
# stop of n in every pair (a corrections editor's and an Italian desk's walkthroughs).
_HEAD_FURNITURE = re.compile(
    r"(?:eds?|editors?|editor['’]s\s+note)\s*[:.]\s.*"
    # (not a headline's verbs: "(Changes to bus routes take effect Monday)", a review)
    r"|\((?:corrects|correcting|refiles|adds|updates|recasts|repeats|rewrites)\b[^()]*\)"
    # (Spanish's and Portuguese's: EFE's "(Corrige cifra del programa de apoyo …)", each
    # such note a stop of n in the pair of a take and its correction, a Spanish/Portuguese
    # desk's walkthrough)
    r"|\((?:corrige|corrigen|rectifica|retifica|actualiza|atualiza|amplía|amplia|añade"
    r"|agrega|acrescenta|repite|repete|reitera)\b[^()]*\)"
    # (a slug of two parts at least: "BC-Hydro, … raise rates" is a headline)
    r"|BC-[A-Z][\w]*-[\w-]+(?:[/,][^.!?]{0,80})?",
    re.IGNORECASE,
)
_FOOT_FURNITURE = re.compile(
    # (NTB's "(©NTB)" too)
    r"\(©?[ \t]*(?:[A-Z][\w-]{1,20})\)\.?"
    # (not "FEATURES/INTERVIEWS"; in Indic letters too, their vowel signs no ``\w``: IANS's
    # Hindi "एसकेपी/आरआर", BSS's agency, initials and time "বাসস/এমএইচ/১৪৩০"; after a word
    # in brackets, APA's end and its desk's "(Schluss) kan/jep", "(SDA) sda/fr/mk")
    r"|(?:\([A-Z][\w-]{1,20}\)[ \t]*)?(?!\d)[A-Za-z\u0900-\u0dff][\w\u0900-\u0dff-]{1,8}"
    r"/(?!\d)[A-Za-z\u0900-\u0dff][\w\u0900-\u0dff-]{1,8}(?:/[\w\u0900-\u0dff-]{1,8})?"
    r"|(?:fonte|source|quelle|fuente|źródło|zdroj|forrás)\s*:\s*[\w ,.-]{2,30}"
    r"|©?\s*riproduzione riservata\s*©?|©\s*[\w .-]{2,40}|\(end\)|\(ends\)|-?\s*0\s*-|NNNN"
    # Keystone-SDA's credit and its desk's initials, "(SDA) Keystone-SDA/fr/mk"
    r"|(?:\(SDA\)[ \t]*)?Keystone-SDA(?:/[\w-]{1,8}){1,3}",
    re.IGNORECASE,
)
# An agency's name between slashes, Ritzau's "/ritzau/" closing its takes (maybe another's
# after it, "/ritzau/AFP"): the name must be an agency's (``_agency``)
_SLASHED_NAME = re.compile(r"/(?P<name>[^\W\d_][\w-]{1,20})/(?:[^\W\d_][\w-]{1,20})?")
_FOOT_LOOK = 5  # last lines looked at for an agency's trailer
# PAP's and ČTK's desks' initials closing a take, after its credit or on its line: "kw/
# mar/", "jw mal", "(PAP) kw/ mar/" — two or three groups of two to four small letters
# apart by slashes or spaces only (a deletion in every pair of an agency's take and a
# portal's copy: an agency-monitoring analyst's walkthrough). As words ("see also", "so
# far") they may close a text: read so only on a text's last line, of a text an agency's
# dateline credits (``foot_furniture``'s ``signed``).
_DESK_INITIALS = re.compile(
    r"(?:\([A-ZČŠŽ][\w-]{1,20}\)[ \t]*)?[a-z]{2,4}/?(?:[ \t]+[a-z]{2,4}/?){1,2}"
)
# dpa's desk codes closing a take above its transmission stamp, "dpa lno yyhh a3 kk" /
# "050915 Dez 26", "dpa-AFX/dpa hs/bg yyzz a3 ls": its name (or dpa-AFX's), then two to six
# codes of one to four small letters or figures, apart by spaces or slashes; dpa-AFX's name
# alone too. They were text in every pair of dpa's takes, a sentence of each (a German and
# Nordic desk's walkthrough). Read so only directly above a stamp, or on a text's last line
# with none of its codes a word ("dpa und afp", "dpa hat es"): never a sentence naming dpa.
_DPA_CODES = re.compile(
    r"dpa(?:-AFX)?(?:/dpa(?:-AFX)?)?(?P<codes>(?:(?:[ \t]+|/)[a-z\d]{1,4}){2,6})"
    r"|dpa-AFX(?:/dpa)?"
)
_NO_CODES = frozenset(
    """der die das den dem des ein und oder ist hat war sind mit von bei auf aus zu im in
    am an um es er sie wir ihr so wie was wer wo da nun ja nein nur auch noch aber
    the and or has had was is are of to on at for by with as it he she we but not""".split()
)

# South Asian agencies sign a take with a line of their own (a deletion in every pair of a
# take and a paper's copy, boilerplate hidden or not: a Hindi, Bengali and Indian-English
# desk's walkthrough): their name, then their desk's initials in capitals, PTI's "PTI ABU
# RT", "PTI SSC SSC"; their name after dashes, IANS's "--IANS"; their name, then their
# editors' names, PTI-Bhasha's "भाषा अजय रमण". The name must be an agency's (``_agency``):
# "India won", "-- Gandhi" are no trailer.
_SIGNED_INITIALS = re.compile(r"(?P<name>\S{2,20})(?:[ \t]+[A-Z]{2,4}){1,3}")
# EFE's: its name, then its desks' initials in small letters apart by slashes, growing with
# each desk that handles the take, and what it sends with it, "EFE mcm/jgb", "EFE
# mcm/jgb/rrt", "EFE ns/jgb (foto) (vídeo)" (a change of every pair of EFE's take and its
# correction, and a deletion of every paper's copy: a Spanish/Portuguese desk's walkthrough)
_SIGNED_DESKS = re.compile(
    r"(?P<name>\S{2,20})[ \t]+[a-z]{1,4}(?:/[a-z]{1,4}){1,5}"
    r"(?:[ \t]*\((?:foto|fotos|vídeo|video|audio|infografía|infografia)\))*"
)
# A rights' line of an agency, "(c) Agencia EFE", "(C) EFE 2026", "© Agência Lusa" (the
# agency's name must be one: "(c) the minister shall …", a list's item, is none)
_AGENCY_RIGHTS = re.compile(
    r"(?:\([cC]\)|©)[ \t]*(?:(?:19|20)\d\d[ \t]+)?(?:(?:Agencia|Agência|Agenzia|Agence)[ \t]+)?"
    r"(?P<name>[^\d\n]{2,30}?)(?:[ \t]+(?:19|20)\d\d)?\.?"
)
# A paper's credit of the agencies its copy is written from, "Con información de EFE",
# "Con información de EFE y AFP", "Con información de agencias", "Com informações da
# Reuters": each named an agency (``_agency``) or the agencies
_CREDITED_TO = re.compile(
    r"(?:con[ \t]+informaci[oó]n[ \t]+de(?:[ \t]+(?:la|las|el|los))?"
    r"|com[ \t]+informa[çc](?:[ãa]o|[õo]es)[ \t]+d(?:[aeo]s?|e))[ \t]+(?P<names>[^\n]{2,80}?)\.?",
    re.IGNORECASE,
)
_NAMES_APART = re.compile(r"[ \t]*,[ \t]*|[ \t]+(?:y|e|and)[ \t]+")
_AGENCIES = frozenset("agencias agências agencia agência agencies".split())
_DASHED_NAME = re.compile(r"(?:-{1,2}|[–—])[ \t]*(?P<name>\S[^\n]{1,30})")
# ... names in a script without capitals, one to three short words of letters, no figure,
# no full stop: read so only on the last line of a text the same agency's dateline credits
# ("भाषा" is the word for "language": "(भाषा)" in its dateline makes it PTI's)
_SIGNED_NAMES = re.compile(r"(?P<name>\S{2,20})(?:[ \t]+(?:(?!\d)[\w\u0900-\u0dff]){2,12}){1,3}")


def _agency(name: str) -> str:
    """The news agency ``name`` is, known by any name or only as a credit ("भाषा"), or ""."""
    name = name.strip()
    outlet = outlet_named(name) or CREDIT_ONLY.get(name, "")
    return outlet if is_agency(outlet) else ""


def _signature(line: str, signed: str) -> bool:
    """Whether ``line`` is an agency's signature closing its take: its name and its desk's
    initials, or after dashes; its name and names in a script without capitals only when
    ``signed`` (the agency the text's dateline credits) is the one it names."""
    match = (
        _SIGNED_INITIALS.fullmatch(line)
        or _SIGNED_DESKS.fullmatch(line)
        or _DASHED_NAME.fullmatch(line)
        or _SLASHED_NAME.fullmatch(line)
        or _AGENCY_RIGHTS.fullmatch(line)
    )
    if match is not None:
        return bool(_agency(match["name"]))
    match = _SIGNED_NAMES.fullmatch(line)
    return match is not None and not line.isascii() and _agency(match["name"]) == signed != ""


def _credited_to_agencies(line: str) -> bool:
    """Whether ``line`` credits the agencies a paper's copy is written from (``_CREDITED_TO``):
    each name an agency's, or "agencias"."""
    match = _CREDITED_TO.fullmatch(line)
    if match is None:
        return False
    names = _NAMES_APART.split(match["names"].strip())
    return all(name.casefold() in _AGENCIES or _agency(name) for name in names)


def needs_signer(line: str) -> bool:
    """Whether a text's last ``line`` is its trailer only if an agency's dateline credits
    the text (``foot_furniture``'s ``signed``): desk's initials, an agency's names, or its
    name alone."""
    plain = line.strip()
    return desk_initials(plain) or _SIGNED_NAMES.fullmatch(plain) is not None or _name_alone(plain)


def _name_alone(line: str) -> bool:
    """Whether ``line`` is an agency's name alone: NTB's, TT's, STT's "NTB", "TT", "STT"
    closing their takes (a name of letters, no sentence: "Reuters said." is none)."""
    return (
        len(line) <= 30 and line.replace("-", "").replace(" ", "").isalpha() and bool(_agency(line))
    )


def desk_initials(line: str) -> bool:
    """Whether ``line`` is a desk's initials alone ("kw/ mar/", "jw mal"): ``_DESK_INITIALS``."""
    return _DESK_INITIALS.fullmatch(line.strip()) is not None


def dpa_codes(line: str, stamped: bool) -> bool:
    """Whether ``line`` is dpa's desk codes (``_DPA_CODES``): directly above a transmission
    stamp (``stamped``) whatever its codes, else only when none of them is a word."""
    match = _DPA_CODES.fullmatch(line.strip())
    if match is None:
        return False
    codes = re.split(r"[ \t/]+", match["codes"] or "")
    return stamped or not any(code in _NO_CODES for code in codes)


def head_furniture(line: str) -> bool:
    """Whether a header ``line`` is what an agency tells its clients' editors."""
    return len(line) <= 300 and _HEAD_FURNITURE.fullmatch(line.strip()) is not None


def foot_furniture(lines: list[str], signed: str = "") -> int:
    """How many of a text's last ``lines`` (non-empty, in order) are an agency's trailer:
    its credit alone, its desk's initials, its signature (EFE's "EFE mcm/jgb"), its
    transmission stamp, a source's or a rights' line ("(c) Agencia EFE"), a paper's credit
    of the agencies ("Con información de EFE"), its name between slashes ("/ritzau/"), dpa's
    desk codes directly
    above its stamp or last (``dpa_codes``) — counted from the end, as long as each is one.
    ``signed``: the agency the text's dateline credits, if any; its
    last line may then be its desk's initials in small letters (``desk_initials``), that
    agency's name alone ("NTB", "TT"), or its name and its editors' names (``_signature``)."""
    count = 0
    stamped = False  # (the line below was a transmission stamp)
    for line in reversed(lines[-_FOOT_LOOK:]):
        plain = line.strip()
        stamp = any(sent.fullmatch(plain) for sent in SENT_STAMPS)
        last = bool(signed) and not count  # (the last line of a text an agency's dateline credits)
        initials = last and (
            desk_initials(plain) or (_name_alone(plain) and _agency(plain) == signed)
        )
        signature = _signature(plain, signed if not count else "")
        codes = (stamped or not count) and dpa_codes(plain, stamped)
        credit = _credited_to_agencies(plain)
        if not (
            stamp or initials or signature or codes or credit or _FOOT_FURNITURE.fullmatch(plain)
        ):
            break
        count += 1
        stamped = stamp
    return count
