"""Known news outlets: display names, how texts write them, and their web domains."""

from __future__ import annotations

import re
from functools import cache

# (display name, ways a text writes it, web domains). Names of four letters or fewer
# ("AP", "BBC") match only in capitals; longer ones in any case ("politico").
OUTLETS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Reuters", ("Reuters", "Thomson Reuters"), ("reuters.com",)),
    ("AP", ("AP", "Associated Press", "The Associated Press"), ("apnews.com", "ap.org")),
    ("AFP", ("AFP", "Agence France-Presse", "Agence France Presse"), ("afp.com",)),
    ("Bloomberg", ("Bloomberg",), ("bloomberg.com",)),
    ("BBC", ("BBC", "BBC News"), ("bbc.com", "bbc.co.uk")),
    ("CNN", ("CNN",), ("cnn.com",)),
    ("Politico", ("Politico",), ("politico.com", "politico.eu")),
    ("Sputnik International", ("Sputnik International", "Sputnik"), ("sputniknews.com",)),
    ("TASS", ("TASS",), ("tass.com", "tass.ru")),
    ("RIA Novosti", ("RIA Novosti",), ("ria.ru",)),
    ("Al Jazeera", ("Al Jazeera", "Al-Jazeera"), ("aljazeera.com", "aljazeera.net")),
    ("Asharq Al-Awsat", ("Asharq Al-Awsat", "Asharq al-Awsat", "Asharq Alawsat"), ("aawsat.com",)),
    ("Al Arabiya", ("Al Arabiya", "Al-Arabiya"), ("alarabiya.net",)),
    ("Arab News", ("Arab News",), ("arabnews.com",)),
    ("Xinhua", ("Xinhua",), ("xinhuanet.com", "news.cn")),
    ("Anadolu Agency", ("Anadolu Agency", "Anadolu"), ("aa.com.tr",)),
    ("dpa", ("dpa", "Deutsche Presse-Agentur"), ("dpa.com",)),
    ("EFE", ("EFE",), ("efe.com",)),
    ("The Guardian", ("The Guardian",), ("theguardian.com",)),
    ("The New York Times", ("New York Times", "NYT"), ("nytimes.com",)),
    ("The Wall Street Journal", ("Wall Street Journal", "WSJ"), ("wsj.com",)),
    ("The Washington Post", ("Washington Post",), ("washingtonpost.com",)),
    ("Fox News", ("Fox News",), ("foxnews.com",)),
    ("NBC News", ("NBC News",), ("nbcnews.com",)),
    ("CBS News", ("CBS News",), ("cbsnews.com",)),
    ("ABC News", ("ABC News",), ("abcnews.go.com",)),
    ("NPR", ("NPR",), ("npr.org",)),
    ("Axios", ("Axios",), ("axios.com",)),
    ("The Hill", ("The Hill",), ("thehill.com",)),
    ("Deutsche Welle", ("Deutsche Welle", "DW"), ("dw.com",)),
    ("France 24", ("France 24", "France24"), ("france24.com",)),
    ("Euronews", ("Euronews",), ("euronews.com",)),
    ("Rudaw", ("Rudaw",), ("rudaw.net",)),
    ("Kurdistan 24", ("Kurdistan 24", "Kurdistan24"), ("kurdistan24.net",)),
    ("Middle East Eye", ("Middle East Eye",), ("middleeasteye.net",)),
    ("Press TV", ("Press TV", "PressTV"), ("presstv.ir",)),
    ("IRNA", ("IRNA",), ("irna.ir",)),
    ("Tehran Times", ("Tehran Times",), ("tehrantimes.com",)),
    ("Defense News", ("Defense News",), ("defensenews.com",)),
    ("Breaking Defense", ("Breaking Defense",), ("breakingdefense.com",)),
    ("Defense World", ("Defense World", "DefenseWorld.net"), ("defenseworld.net",)),
)
# News agencies whose credit ("(Reuters) -", "AFP reported") marks a reprinted wire story.
WIRES = ("Reuters", "AP", "AFP", "dpa", "EFE", "Xinhua", "TASS", "Anadolu Agency")


@cache
def _alias_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    found: list[tuple[str, re.Pattern[str]]] = []
    for name, aliases, _domains in OUTLETS:
        for alias in sorted(aliases, key=len, reverse=True):
            flags = 0 if len(alias) <= 4 else re.IGNORECASE
            found.append((name, re.compile(rf"(?<![\w.]){re.escape(alias)}(?![\w])", flags)))
    return tuple(found)


def outlet_at_start(text: str) -> str:
    """The outlet whose name ``text`` starts with ("Sputnik International, 1920"), or ""."""
    for name, pattern in _alias_patterns():
        if pattern.match(text):
            return name
    return ""


def outlet_named(text: str) -> str:
    """The outlet ``text`` names exactly (ignoring case and a leading "The"), or ""."""
    text = text.strip()
    for name, pattern in _alias_patterns():
        if pattern.fullmatch(text):
            return name
    return ""


def outlet_for_host(host: str) -> str:
    """The outlet of a web host ("www.reuters.com" -> "Reuters"), else the bare host."""
    host = host.lower().strip(".").removeprefix("www.")
    for name, _aliases, domains in OUTLETS:
        if any(host == d or host.endswith("." + d) for d in domains):
            return name
    return host


def wire_pattern(name: str) -> re.Pattern[str]:
    """A wire credit: "(Reuters) -", "Reuters reported", "according to Reuters", "- AFP"."""
    aliases = next(a for n, a, _d in OUTLETS if n == name)
    alt = "|".join(re.escape(a) for a in sorted(aliases, key=len, reverse=True))
    return re.compile(
        rf"\(({alt})\)\s*[-–—]|\b({alt}) reported\b|according to ({alt})\b|[-–—] ({alt})\s*$",
        re.MULTILINE,
    )
