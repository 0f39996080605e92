"""What a wikitext template shows in a sentence (``{{convert|5|km}}`` is "5 km").

A reviewer's walkthrough of the wikitext reader: every template was left out, so a
revision that changed ``{{convert|5|km}}`` to ``{{convert|50|km}}`` or a death toll in
``{{val|12}}`` compared as identical, and sentences read "at , killing people". The
templates that put a value or words in a sentence are read here as the page shows them:

- ``convert``/``cvt``: the value and its unit as written ("5 km", "5–10 km", "5 ft 6 in"),
  the converted value left out (the page's "(3.1 mi)" is worked out from it: read, one
  figure changed would be two, and a revision changing only the unit converted to, or
  ``abbr=on``, a change of no word of the value; the same template reads the same words);
- ``val`` its number (with "±", "×10" and its unit); ``frac`` "1/2"; ``formatnum:``;
- ``nowrap``, ``small``, ``abbr``, ``lang`` (its text, not its code), ``ill`` (its label),
  ``sort`` and ``sortname``, ``quote``, ``sic``, ``flag``, ``nihongo``, a currency's
  (``US$``, ``£``, ``€``) and the like: their text;
- dates (``start date``, ``birth date``, ``death date and age``, ``dts``, ``as of``,
  ``circa``) as the page writes them ("May 1, 2026", with ``df=y`` "1 May 2026");
- ``{{!}}``, ``{{ndash}}``, ``{{snd}}``, ``{{nbsp}}``: their character.

A short citation (``sfn``) and an explanatory note (``efn``) are read with the references
(``wikitext``: a number, a mark and the note's text). Any other template is left out,
nothing of it kept: an infobox, a navbox, a citation, a maintenance tag (``citation
needed``), a flag's icon, a parser function. Most templates found inside a sentence are of
these kinds, which show no words of the sentence's own; keeping an unknown one's first
argument would read "USA" from ``{{flagicon|USA}}``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

_DEPTH = 4  # templates within templates read this deep at most (a hostile file's thousands)
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")  # fmt: skip
_NUMBER = re.compile(r"[-+−]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:e[-+]?\d+)?", re.IGNORECASE)
# convert's words between two values of a range, as the page writes them
_RANGES = {"-": "–", "–": "–", "to": " to ", "and": " and ", "or": " or ", "x": " × ",
           "×": " × ", "by": " by ", "+/-": " ± ", "±": " ± ", "to(-)": " to ",
           "and(-)": " and "}  # fmt: skip
_CHARACTERS = {"!": "|", "=": "=", "'": "'", "ndash": "–", "nd": "–", "en dash": "–",
               "mdash": "—", "md": "—", "em dash": "—", "snd": " – ", "spnd": " – ",
               "sndash": " – ", "spaced ndash": " – ", "spaced en dash": " – ",
               "nbsp": " ", "middot": "·", "dot": " · ", "·": " · "}  # fmt: skip
_CURRENCIES = {"us$": "US$", "usd": "US$", "gbp": "£", "£": "£", "eur": "€", "€": "€",
               "jpy": "¥", "¥": "¥", "inr": "₹", "₹": "₹"}  # fmt: skip
_MARKS = re.compile(r"\{\{|\}\}|\[\[|\]\]|\|")  # what a template's arguments are cut at, or not
_PREFIXES = ("template:", "subst:", "safesubst:", "msg:")

Args = tuple[list[str], dict[str, str]]


def template_text(span: str, depth: int, inner: Callable[[str, int], str]) -> str:
    """What the template ``span`` (``{{…}}``, braces and all) shows: "" for one not known
    here (see the module). ``inner(text, depth)`` reads the templates in an argument."""
    if span.startswith("{{{") or not span.endswith("}}") or depth > _DEPTH:
        return ""  # (a parameter, {{{1|x}}}: a template's own, no text of the page)
    parts = split_template(span[2:-2])
    name = _name(parts[0])
    if name.startswith("formatnum:"):
        value = inner(parts[0].split(":", 1)[1], depth + 1).strip()
        return _grouped(value)
    read = _CHARACTERS.get(name)
    if read is not None:
        return read
    if name in _CURRENCIES:  # {{US$|5 million}}: "US$5 million"
        return _CURRENCIES[name] + _first(*_read_args(parts[1:], depth, inner))
    reader = _READERS.get(name) or (_lang_named if name.startswith("lang-") else None)
    if reader is None:
        return ""
    return reader(*_read_args(parts[1:], depth, inner)).strip()


def split_template(body: str) -> list[str]:
    """A template's name and arguments: ``body`` cut at its own bars, not at those of the
    templates and links within it."""
    parts: list[str] = []
    depth = start = 0
    for found in _MARKS.finditer(body):
        mark = found[0]
        if mark in ("{{", "[["):
            depth += 1
        elif mark != "|":
            depth = max(depth - 1, 0)
        elif not depth:
            parts.append(body[start : found.start()])
            start = found.end()
    parts.append(body[start:])
    return parts


def _name(raw: str) -> str:
    """A template's name as it is looked up: lower case, "_" a space, its prefix left out."""
    name = " ".join(raw.replace("_", " ").split()).lower()
    for prefix in _PREFIXES:
        name = name.removeprefix(prefix).strip()
    return name


def _read_args(raw: list[str], depth: int, inner: Callable[[str, int], str]) -> Args:
    """The positional and the named arguments, each with its templates read."""
    positional: list[str] = []
    named: dict[str, str] = {}
    for arg in raw:
        key, eq, value = arg.partition("=")
        if eq and key.strip() and not re.search(r"[\[\]{}<>]", key):
            named[key.strip().lower()] = inner(value, depth + 1).strip()
        else:
            positional.append(inner(arg, depth + 1).strip())
    for key in [k for k in named if k.isdigit()]:  # ({{lang|fr|2=text}})
        at = int(key) - 1
        positional.extend([""] * (at + 1 - len(positional)))
        positional[at] = named.pop(key)
    return positional, named


def _grouped(value: str) -> str:
    """A number with its thousands grouped, as ``formatnum:`` writes it."""
    whole, dot, fraction = value.partition(".")
    if not whole.lstrip("-").isdigit():
        return value
    return f"{int(whole):,}" + dot + fraction


# --- the templates read --------------------------------------------------------------------
def _first(positional: list[str], named: dict[str, str]) -> str:
    return named.get("text") or (positional[0] if positional else "")


def _second(positional: list[str], named: dict[str, str]) -> str:
    """``{{lang|fr|text}}``: the text, not the language's code."""
    return named.get("text") or (positional[1] if len(positional) > 1 else "")


def _last(positional: list[str], named: dict[str, str]) -> str:
    return named.get("text") or (positional[-1] if positional else "")


def _lang_named(positional: list[str], named: dict[str, str]) -> str:
    """``{{lang-fr|text}}`` (the language in the name)."""
    return _first(positional, named)


def _transl(positional: list[str], named: dict[str, str]) -> str:
    return positional[-1] if len(positional) > 1 else ""


def _ill(positional: list[str], named: dict[str, str]) -> str:
    """``{{ill|Target|fr|Cible|lt=label}}``: the label, else the target."""
    return named.get("lt") or (positional[0] if positional else "")


def _sort(positional: list[str], named: dict[str, str]) -> str:
    """``{{sort|key|text}}``: the text shown (the key when there is none)."""
    return positional[1] if len(positional) > 1 and positional[1] else _first(positional, named)


def _sortname(positional: list[str], named: dict[str, str]) -> str:
    return " ".join(p for p in positional[:2] if p)


def _sic(positional: list[str], named: dict[str, str]) -> str:
    """``{{sic|teh}}`` "teh [sic]" (``hide=y``: "teh")."""
    said = "".join(positional[:2])
    return said if named.get("hide") else f"{said} [sic]"


def _hlist(positional: list[str], named: dict[str, str]) -> str:
    return " · ".join(p for p in positional if p)


def _nihongo(positional: list[str], named: dict[str, str]) -> str:
    """``{{nihongo|Tokyo Tower|東京タワー|Tōkyō tawā}}``: "Tokyo Tower (東京タワー, Tōkyō tawā)"."""
    shown = [p for p in positional[:3] if p]
    if len(shown) < 2:
        return "".join(shown)
    return f"{shown[0]} ({', '.join(shown[1:])})"


def _frac(positional: list[str], named: dict[str, str]) -> str:
    """``{{frac|1|2}}`` "1/2", ``{{frac|3|1|2}}`` "3 1/2", ``{{frac|4}}`` "1/4"."""
    if len(positional) >= 3:
        return f"{positional[0]} {positional[1]}/{positional[2]}"
    if len(positional) == 2:
        return f"{positional[0]}/{positional[1]}"
    return f"1/{positional[0]}" if positional else ""


def _convert(positional: list[str], named: dict[str, str]) -> str:
    """``{{convert|5|km|mi}}`` "5 km", ``{{convert|5|to|10|km}}`` "5 to 10 km",
    ``{{convert|5|ft|6|in|m}}`` "5 ft 6 in": the value and its unit as written."""
    said: list[str] = []
    i = 0
    while i < len(positional) and _NUMBER.fullmatch(positional[i]):
        said.append(positional[i])
        i += 1
        while (
            i + 1 < len(positional)
            and positional[i].lower() in _RANGES
            and _NUMBER.fullmatch(positional[i + 1])
        ):
            said[-1] += _RANGES[positional[i].lower()] + positional[i + 1]
            i += 2
        if i < len(positional) and not _NUMBER.fullmatch(positional[i]):
            said[-1] += f" {positional[i]}"  # its unit
            i += 1
    return " ".join(said) if said else _first(positional, named)


def _val(positional: list[str], named: dict[str, str]) -> str:
    """``{{val|12}}`` "12", ``{{val|1.2|0.1|e=5|u=m}}`` "1.2±0.1×105 m" (as the page reads)."""
    if not positional:
        return ""
    said = positional[0]
    if len(positional) >= 3 and positional[1] and positional[2]:
        said += f"{positional[1]}{positional[2].replace('-', '−')}"
    elif len(positional) >= 2 and positional[1]:
        said += f"±{positional[1]}"
    if named.get("e"):
        said += f"×10{named['e']}"
    unit = named.get("u") or named.get("ul")
    per = named.get("up") or named.get("upl")
    return said + (f" {unit}" if unit else "") + (f"/{per}" if per else "")


def _date(values: list[str], named: dict[str, str]) -> str:
    """A date's year, month and day as the page writes them: "May 1, 2026" (``df=y``
    "1 May 2026"), "May 2026", "2026"; as written when they are no date."""
    numbers = [v for v in values[:3] if v]
    if not numbers or not all(v.isdigit() for v in numbers):
        return " ".join(numbers)
    year = numbers[0]
    month = int(numbers[1]) if len(numbers) > 1 else 0
    if not 1 <= month <= 12:
        return year
    day = int(numbers[2]) if len(numbers) > 2 else 0
    if not 1 <= day <= 31:
        return f"{_MONTHS[month - 1]} {year}"
    if (named.get("df") or "").lower() in ("y", "yes", "1", "true"):
        return f"{day} {_MONTHS[month - 1]} {year}"
    return f"{_MONTHS[month - 1]} {day}, {year}"


def _a_date(positional: list[str], named: dict[str, str]) -> str:
    """``{{start date|2026|5|1}}``, ``{{dts|2026-05-01}}`` (a date written whole)."""
    if len(positional) == 1 and re.fullmatch(r"\d{3,4}-\d\d?-\d\d?", positional[0]):
        return _date(positional[0].split("-"), named)
    return _date(positional, named)


def _death_date_and_age(positional: list[str], named: dict[str, str]) -> str:
    """``{{death date and age|1993|2|24|1921|3|15}}``: "February 24, 1993 (aged 71)"."""
    died = _date(positional[:3], named)
    try:
        dy, dm, dd, by, bm, bd = (int(p) for p in positional[:6])
    except ValueError:
        return died
    age = dy - by - ((dm, dd) < (bm, bd))
    return f"{died} (aged {age})"


def _as_of(positional: list[str], named: dict[str, str]) -> str:
    lead = "as of" if (named.get("lc") or "").lower() in ("y", "yes") else "As of"
    return f"{lead} {_date(positional, named)}"


def _circa(positional: list[str], named: dict[str, str]) -> str:
    return f"c. {positional[0]}" if positional else "c."


def _floruit(positional: list[str], named: dict[str, str]) -> str:
    return f"fl. {positional[0]}" if positional else "fl."


# The templates whose text is their first argument (or ``text=``), and the dates'
_TEXTS = ("nowrap", "nobr", "no wrap", "small", "smaller", "big", "larger", "midsize", "em",
          "strong", "var", "code", "mono", "samp", "kbd", "tt", "sc", "smallcaps",
          "small caps", "math", "mvar", "abbr", "abbrlink", "tooltip", "sup", "sub",
          "notatypo", "not a typo", "proper name", "vanchor", "visible anchor", "highlight",
          "flag", "quote", "blockquote", "quotation", "cquote", "date")  # fmt: skip
_DATES = ("start date", "end date", "birth date", "death date", "start date and age",
          "end date and age", "birth date and age", "film date", "dts",
          "date table sorting")  # fmt: skip
_READER = Callable[[list[str], dict[str, str]], str]
_READERS: dict[str, _READER] = {
    **dict.fromkeys(("convert", "cvt"), _convert),
    "val": _val,
    "frac": _frac,
    **dict.fromkeys(_TEXTS, _first),
    **dict.fromkeys(("lang", "langx", "script", "color", "colour", "font color"), _second),
    "resize": _last,
    "transl": _transl,
    **dict.fromkeys(("ill", "interlanguage link", "interlanguage link multi"), _ill),
    "sort": _sort,
    "sortname": _sortname,
    "sic": _sic,
    "hlist": _hlist,
    "nihongo": _nihongo,
    **dict.fromkeys(_DATES, _a_date),
    "death date and age": _death_date_and_age,
    "as of": _as_of,
    **dict.fromkeys(("circa", "c.", "ca."), _circa),
    **dict.fromkeys(("floruit", "fl."), _floruit),
}
