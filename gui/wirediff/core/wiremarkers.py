"""The markers a news agency puts before a take's headline."""

from __future__ import annotations

import re

# A wire's markers before a headline, in capitals ("URGENT-", "RPT-", "UPDATE 2-",
# "WRITETHRU-", "МОЛНИЯ:", "ACTUALIZA 1-"): what kind of take it is, not what it tells of
# (no event's term: a day of one desk's flashes all open "URGENT-Greek …"; no name changed:
# "WRITETHRU-Greek → CORRECTED-WRITETHRU-Greek").
WIRE_MARKERS = frozenset(
    """urgent flash breaking refile rpt repeat update updates corrected correcting
    correction recast recasts wrapup writethru writethrough kill withdrawn advisory
    exclusive newsalert alert bulletin urgente actualiza actualización ampliación corrige
    eilmeldung berichtigung neufassung zusammenfassung korrektur rectificatif
    молния срочно""".split()
)

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
