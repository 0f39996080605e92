"""MediaWiki wikitext (a Wikipedia revision saved as .txt): its prose, as the page reads.

A Wikipedia editor's walkthrough: revisions exported as wikitext were read as plain text,
every one from the infobox on titled ``{{Infobox rail accident`` (the stub ``== Incident ==``),
in the list, the pane headers, the stories and the chain report's title, and their changes
were markup against markup. A wikitext file is now read as the page shows it:

- a template that puts a value or words in a sentence is read as the page shows it
  (``{{convert|5|km|mi}}`` "5 km", ``{{val|12}}`` "12", ``{{lang|fr|un désastre}}`` its
  text, ``{{start date|2026|5|1}}`` "May 1, 2026": ``wikitemplates``); any other (nested,
  an infobox or a citation, a note's mark, a maintenance tag; parser functions and
  parameters) is left out, nothing of it kept, and so are comments, ``[[File:…]]`` and
  ``[[Image:…]]`` (their captions with them), categories, interlanguage links
  (``[[fr:Paris]]``, a language's code: ``[[CSI: Miami]]`` is a title), galleries and
  magic words (``__NOTOC__``);
- a link is its label (``[[Millbrook, Westshire|Millbrook]]`` is "Millbrook"), or its
  target (``[[freight train]]s`` is "freight trains"); an external link its label or nothing;
- bold and italics (``'''``, ``''``) are left out, their words kept;
- a reference (``<ref>…</ref>``, ``<ref name="a" />``) is its number in brackets, "[1]", one
  number per named reference as the page numbers them: the rendered page reads so (the web
  page reader reads a footnote's mark in brackets), and a revision against the same
  revision saved from the browser then differs by the page's reference list, not at every
  sentence; the reference's contents (a citation template) are left out. A short citation
  (``{{sfn|Smith|2010|p=4}}``, ``sfnp``, ``sfnm``) is a reference as the page shows it, a
  number of the same list, one per citation however often it is cited (it was left out:
  the references after it were numbered one less than on the page);
- an explanatory note (``{{efn|…}}``, ``efn-ua``, ``efn-lr``…) is its mark, "[a]", where
  it stands, and its text, "[a] The count excludes freight.", where the page lists the
  notes (``{{notelist}}``), else after the text, as a .docx's notes are read: its prose
  was lost, and a revision that rewrote a note compared as identical (an academic's and a
  Wikipedia editor's walkthroughs);
- a heading (``== Incident ==``) is a line of its own, its text alone, as the rendered page's
  heading is read; a paragraph (lines between blank lines) is one line;
- a list's items are lines, ``*`` items led by "- " and ``#`` items by their numbers ("1."),
  as the web page reader reads ``<ul>`` and ``<ol>``;
- a table (``{| … |}``) is read a row a line, its cells joined as every reader joins them
  (``tables.row_lines``).

The title is the article's name: the bold lead term (``'''Millbrook rail derailment'''``),
else the file's name without its date stamp (``Millbrook_rail_derailment_2026-12-01T09-30``),
never markup. The encoding says how the file was read ("utf-8 (wikitext read as its prose)").

``wikitext(data)`` tells such a file precisely: several of the markup's kinds — templates,
links, heading lines, bold, references — each written as MediaWiki writes it, so that prose
holding a bracket or two (or Markdown) is never taken for it.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

from wirediff.core.document import Document, first_line_title, normalize_newlines
from wirediff.core.reading.decoding import decode
from wirediff.core.reading.docx_lists import number_label
from wirediff.core.reading.errors import EMPTY, ReadError
from wirediff.core.reading.options import ReaderOptions
from wirediff.core.reading.tables import row_lines
from wirediff.core.reading.wikitemplates import split_template, template_text

NOTE = "wikitext read as its prose"
_SNIFF = 1 << 16  # the bytes looked at to tell wikitext
KINDS = 3  # of the markup's kinds a file must show to be read as wikitext

# The markup's kinds, as MediaWiki writes them
_TEMPLATE = re.compile(r"\{\{[^{}\n|]{1,80}(?:\||\}\}|\n)")  # {{Name|, {{reflist}}
_LINK = re.compile(r"\[\[[^\[\]\n|]{1,200}(?:\|[^\[\]\n]{0,200})?\]\]")
_HEADING_LINE = re.compile(r"^(={2,6})[ \t]*([^=\n][^\n]{0,200}?)[ \t]*\1[ \t]*$", re.M)
_BOLD = re.compile(r"'''[^'\n]{1,200}'''")
_REF = re.compile(r"<ref(?:[ \t][^<>\n]{0,200})?/?>", re.IGNORECASE)

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.DOTALL)
_REF_TAG = re.compile(
    r"<ref(?P<attrs>(?:[ \t][^<>]{0,300}?)?)(?:/>|>(?P<body>(?:[^<]|<(?!/?ref\b))*?)</ref[ \t]*>)",
    re.IGNORECASE | re.DOTALL,
)
# a short citation: a reference of its own, its contents the citation ({{sfn|Smith|2010}})
_SFN = r"\{\{[ \t]*[Ss]fn[pm]?[ \t]*\|(?P<cited>[^{}]{0,500})\}\}"
# an explanatory note's template, by its group ({{efn}} a, b, c…; {{efn-ur}} I, II…), and
# the list of the notes ({{notelist}}, {{notelist-ua}}…)
_EFN = re.compile(r"\{\{[ \t]*[Ee]fn(?:-(la|ua|lr|ur|lg))?[ \t]*(\||\}\})")
_NOTELIST = re.compile(
    r"\{\{[ \t]*(?:[Nn]otelist|[Nn]otes)(?:-(?:la|ua|lr|ur|lg))?[ \t]*(?:\|[^{}]*)?\}\}"
)
_NOTE_FORMS = {None: "lowerLetter", "la": "lowerLetter", "ua": "upperLetter",
               "lr": "lowerRoman", "ur": "upperRoman", "lg": "lowerLetter"}  # fmt: skip
_CITED = re.compile(f"{_REF_TAG.pattern}|{_SFN}", re.IGNORECASE | re.DOTALL)
_NOTE_MAX = 20_000  # characters of a note's template at most (one never closed: kept as written)
_REF_NAME = re.compile(r"""name[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s/>]+))""", re.IGNORECASE)
_DROPPED_BLOCKS = re.compile(
    r"<(gallery|references|templatedata|timeline|score|graph|mapframe)\b[^>]*?"
    r"(?:/>|>(?:[^<]|<(?!/?\1\b))*?</\1[ \t]*>)",
    re.IGNORECASE | re.DOTALL,
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]{0,15}(?:[ \t][^<>]{0,300})?/?>")
_BREAK = re.compile(r"<br[ \t]*/?>", re.IGNORECASE)
_BRACE = re.compile(r"[{}]")
_BRACE_PAIR = re.compile(r"\{\{|\}\}")
_MAGIC = re.compile(r"__[A-Z]{3,20}__")
# Links that show nothing where they stand: files and images (their captions with them),
# categories (their namespaces' names, in English and in a few of the largest editions), and
# interlanguage links ("[[fr:…]]": a Wikipedia's language code). A title's first word and
# a colon is no such prefix: "[[CSI: Miami]]" and "[[Ali: Fear Eats the Soul]]" were left
# out as interlanguage links (a reviewer's walkthrough)
_UNSHOWN_NAMESPACES = frozenset(
    "file image media datei fichier archivo bild файл category kategorie catégorie categoría"
    " категория categoria kategoria".split()
)  # fmt: skip
_LANGUAGES = frozenset(
    "aa ab ace ady af ak als alt am ami an ang ar arc ary arz as ast atj av avk awa ay az azb"
    " ba ban bar bat-smg bcl be be-tarask be-x-old bg bh bi bjn blk bm bn bo bpy br bs bug bxr"
    " ca cbk-zam cdo ce ceb ch cho chr chy ckb co cr crh cs csb cu cv cy da dag de din diq dsb"
    " dty dv dz ee el eml en eo es et eu ext fa fat ff fi fiu-vro fj fo fr frp frr fur fy ga"
    " gag gan gcr gd gl glk gn gom gor got gpe gu guc gur guw gv ha hak haw he hi hif ho hr"
    " hsb ht hu hy hyw hz ia id ie ig ii ik ilo inh io is it iu ja jam jbo jv ka kaa kab kbd"
    " kbp kcg kg ki kj kk kl km kn ko koi kr krc ks ksh ku kv kw ky la lad lb lbe lez lfn lg li"
    " lij lld lmo ln lo lrc lt ltg lv mad mai map-bms mdf mg mh mhr mi min mk ml mn mni mnw mr"
    " mrj ms mt mus mwl my myv mzn na nah nap nds nds-nl ne new ng nia nl nn no nov nqo nrm nso"
    " nv ny oc olo om or os pa pag pam pap pcd pcm pdc pfl pi pih pl pms pnb pnt ps pt pwn qu rm"
    " rmy rn ro roa-rup roa-tara ru rue rw sa sah sat sc scn sco sd se sg sh shi shn si simple"
    " sk skr sl sm smn sn so sq sr srn ss st stq su sv sw szl szy ta tay tcy te tet tg th ti tk"
    " tl tly tn to tpi tr trv ts tt tum tw ty tyv udm ug uk ur uz ve vec vep vi vls vo wa war wo"
    " wuu xal xh xmf yi yo yue za zea zgh zh zh-classical zh-min-nan zh-yue zu".split()
)  # fmt: skip
_PREFIXES = _UNSHOWN_NAMESPACES | frozenset(
    "wikipedia wp project template help portal user talk draft module special mediawiki"
    " wiktionary wikt wikisource commons wikiquote wikinews wikibooks wikivoyage voy"
    " wikidata meta mos".split()
)  # fmt: skip
_EXTERNAL = re.compile(r"\[(?:https?:)?//[^\s\[\]]{1,2000}(?:[ \t]+([^\[\]\n]{1,500}))?\]")
_QUOTES = re.compile(r"'{5}|'{3}|'{2}")
_LIST = re.compile(r"([*#:;]+)[ \t]*(.*)")
# A revision's stamp at a file name's end: its date and time, its id, or its hash — a
# word of its own with a digit in it ("Decade", "facade" are words: "The_Lost_Decade.txt"
# was titled "The Lost", a review)
_STAMP = re.compile(
    r"[ _.-]*(?:\d{4}-?\d\d-?\d\d(?:[T_ -]?\d\d[-:.]?\d\d(?:[-:.]?\d\d)?)?|\d{14}|oldid[=_-]?\d+"
    r"|rev(?:ision)?[=_-]?\d+|(?<![^\W_])(?=[a-f]*\d)[0-9a-f]{6,40})$",
    re.IGNORECASE,
)


def wikitext(data: bytes) -> bool:
    """Whether ``data`` (a .txt file's bytes) holds MediaWiki wikitext: three of its kinds at
    least — two templates, two links, a heading line, a bold term, a reference."""
    text = data[:_SNIFF].decode("utf-8", "ignore")
    kinds = (
        len(_TEMPLATE.findall(text, 0, _SNIFF)) >= 2,
        len(_LINK.findall(text)) >= 2,
        _HEADING_LINE.search(text) is not None,
        _BOLD.search(text) is not None,
        _REF.search(text) is not None,
    )
    return sum(kinds) >= KINDS


def read_wikitext(path: Path, data: bytes, options: ReaderOptions | None = None) -> list[Document]:
    """A wikitext file's prose as one Document (see the module)."""
    raw, encoding = decode(path, data)
    raw = normalize_newlines(raw.replace("\ufeff", ""))
    lead = _lead_term(raw)
    text = prose(raw)
    if not text.strip():
        reason = "wikitext with no prose (only templates and markup)"
        raise ReadError(path, reason, "the file holds no text", EMPTY)
    title = lead or _article_name(path) or first_line_title(text)
    return [
        Document(
            path=path,
            text=text,
            title=title,
            encoding=f"{encoding} ({NOTE})",
            format="wikitext",
        )
    ]


def prose(raw: str) -> str:
    """The prose of the wikitext ``raw``, as the rendered page reads (see the module)."""
    text = _COMMENT.sub("", raw)
    text = _DROPPED_BLOCKS.sub("", text)
    text = _notes(text)
    text = _references(text)
    text = _without_templates(text)
    text = _links(text)
    text = _EXTERNAL.sub(lambda m: m[1] or "", text)
    text = _MAGIC.sub("", text)
    text = _BREAK.sub("\n", text)
    text = _TAG.sub("", text)
    text = _QUOTES.sub("", text)
    return "\n".join(_lines(html.unescape(text).replace("\u00a0", " ")))


def _references(text: str) -> str:
    """Each ``<ref>`` as its number in brackets, a named reference's number kept for each
    use; a short citation (``{{sfn|…}}``) as one, named by what it cites."""
    numbers: dict[str, int] = {}

    def number(match: re.Match[str]) -> str:
        if match["cited"] is not None:  # (one number per citation, as MediaWiki names it)
            name = "\0sfn " + "|".join(" ".join(a.split()) for a in match["cited"].split("|"))
        else:
            found = _REF_NAME.search(match["attrs"] or "")
            name = next((g for g in found.groups() if g is not None), "") if found else ""
        if name and name in numbers:
            return f"[{numbers[name]}]"
        if match["body"] is None and not name:
            return ""  # (<ref /> with no name: no reference)
        n = max(numbers.values(), default=0) + 1
        if name:
            numbers[name] = n
        else:
            numbers[f"\0{n}"] = n
        return f"[{n}]"

    return _CITED.sub(number, text)


def _notes(text: str) -> str:
    """Each explanatory note (``{{efn|…}}``) as its mark in brackets, "[a]", its text where
    ``{{notelist}}`` stands, else after the text ("[a] The count excludes freight."), a
    named note's mark kept for each use (``{{efn|name=x}}``)."""
    out: list[str] = []
    notes: list[str] = []
    labels: dict[str, str] = {}  # a named note's label
    counts: dict[str | None, int] = {}  # each group's notes
    at = 0
    closings: dict[int, int] | None = None  # (found once, when a note is)
    for found in _EFN.finditer(text):
        if found.start() < at:
            continue  # (a note in a note: read with it)
        if closings is None:
            closings = _closings(text)
        end = _closing(closings, found.start())
        if end is None:
            continue
        parts = split_template(text[found.start() + 2 : end - 2])
        named = {k.strip().lower(): v for k, eq, v in (p.partition("=") for p in parts[1:]) if eq}
        body = next((p for p in parts[1:] if "=" not in p.split("{{")[0]), named.get("1", ""))
        name = named.get("name", "").strip()
        out.append(text[at : found.start()])
        at = end
        if name in labels:
            out.append(f"[{labels[name]}]")
            continue
        if not body.strip():
            continue  # (a named note used before it is written, or an empty one: no mark)
        group = found[1]
        counts[group] = counts.get(group, 0) + 1
        label = number_label(counts[group], _NOTE_FORMS.get(group, "lowerLetter"))
        if name:
            labels[name] = label
        out.append(f"[{label}]")
        notes.append(f"[{label}] {body.strip()}")
    if not notes:
        return text
    out.append(text[at:])
    text = "".join(out)
    listed = "\n\n".join(notes)
    place = _NOTELIST.search(text)
    if place is None:
        return f"{text.rstrip()}\n\n{listed}\n"
    return f"{text[: place.start()]}\n{listed}\n{text[place.end() :]}"


def _closings(text: str) -> dict[int, int]:
    """Where each template of ``text`` that closes opens (its ``{{``) and ends (after its
    ``}}``), its braces paired in one pass. Each note searched for its closing braces from
    its opening on: a text of unclosed notes took time quadratic in its length, 16 s for
    200 KB of "{{efn|note " (a review)."""
    closings: dict[int, int] = {}
    opened: list[int] = []
    for found in _BRACE_PAIR.finditer(text):
        if found[0] == "{{":
            opened.append(found.start())
        elif opened:
            closings[opened.pop()] = found.end()
    return closings


def _closing(closings: dict[int, int], start: int) -> int | None:
    """The end of the template opening at ``start`` (after its closing braces; a
    parameter's third brace, ``{{{efn``, before it); None when it is not closed within
    ``_NOTE_MAX`` characters."""
    end = closings.get(start) or closings.get(start - 1)
    return end if end is not None and end - start <= _NOTE_MAX else None


def _without_templates(text: str, depth: int = 0) -> str:
    """``text`` with its templates (``{{…}}``, nested; ``{{{…}}}`` parameters too) read in
    one pass: as what they show in a sentence (``wikitemplates``: "5 km" for
    ``{{convert|5|km}}``), most of them nothing; a line a template showing nothing stood
    alone on (an infobox's) is left out with it, and a template never closed (a damaged
    file) is kept as written, the text after it with it."""
    out: list[str] = []
    opened: list[int] = []  # the braces each open template or parameter opened with
    i = start = 0
    n = len(text)
    while i < n:
        if text.startswith("{{", i):
            if not opened:
                if i > start:
                    out.append(text[start:i])
                start_template = start = i
            width = 3 if text.startswith("{{{", i) and not text.startswith("{{{{", i) else 2
            opened.append(width)
            i += width
        elif opened and text.startswith("}}", i):
            width = opened.pop()
            i += width if text.startswith("}" * width, i) else 2
            if not opened:
                start = i
                shown = template_text(text[start_template:i], depth, _without_templates)
                if shown:
                    out.append(shown)
                elif _alone(out, text, i):
                    start = i + 1  # (the line's end: the template was the line)
        else:
            found = _BRACE.search(text, i + 1)  # (to the next brace: the text between kept)
            i = found.start() if found is not None else n
    out.append(text[start:])  # (a template never closed: kept as written, not the rest lost)
    return "".join(out)


def _alone(out: list[str], text: str, end: int) -> bool:
    """Whether a template ending at ``end`` stood on lines of its own (``out`` holds no
    empty piece: its last is what stood before it)."""
    before = out[-1] if out else ""
    opens_line = not before or before.endswith("\n")
    return opens_line and text.startswith("\n", end)


def _links(text: str) -> str:
    """Links as their labels or targets; files, images, categories and interlanguage links
    left out (a file's caption holds links of its own: innermost first)."""
    inner = re.compile(r"\[\[([^\[\]]*)\]\]")
    for _ in range(8):  # (captions hold links, a few deep at most)
        changed = inner.sub(_link, text)
        if changed == text:
            break
        text = changed
    return text


def _link(match: re.Match[str]) -> str:
    body = match[1]
    target, bar, label = body.partition("|")
    prefix, colon, _ = target.strip().partition(":")
    if colon and prefix.strip().lower() in _UNSHOWN_NAMESPACES | _LANGUAGES:
        return ""
    if bar:
        if label.strip():
            return label
        return re.sub(r"\s*\([^()]*\)$", "", _unprefixed(target)).strip()  # [[a (b)|]]
    return target.removeprefix(":")


def _unprefixed(target: str) -> str:
    """A link's target without its namespace or interwiki prefixes, as the pipe trick
    (``[[Wikipedia:Manual of Style|]]``) shows it; "CSI: Miami" is a title, kept whole."""
    rest = target.strip().removeprefix(":")
    while True:
        prefix, colon, after = rest.partition(":")
        word = prefix.strip().lower()
        if not colon or not (word in _PREFIXES or word in _LANGUAGES):
            return rest
        rest = after


def _lines(text: str) -> list[str]:
    """Paragraphs a line each; headings, list items and table rows lines of their own."""
    lines: list[str] = []
    paragraph: list[str] = []
    counters: dict[int, int] = {}

    def end_paragraph() -> None:
        if paragraph:
            lines.append(" ".join(paragraph))
            paragraph.clear()

    raw_lines = text.split("\n")
    i = 0
    while i < len(raw_lines):
        line = raw_lines[i].strip()
        i += 1
        if line.startswith("{|"):
            end_paragraph()
            i = _table(raw_lines, i, lines)
            continue
        heading = _HEADING_LINE.fullmatch(line) or re.fullmatch(r"(=)\s*(.+?)\s*=", line)
        listed = _LIST.fullmatch(line)
        if not line or line == "----" or re.fullmatch(r"-{4,}", line):
            end_paragraph()
            counters.clear()
        elif heading:
            end_paragraph()
            counters.clear()
            lines.append(" ".join(heading[2].split()))
        elif listed:
            end_paragraph()
            lines.extend(_item(listed[1], listed[2], counters))
        else:
            counters.clear()
            paragraph.append(" ".join(line.split()))
    end_paragraph()
    return [line for line in lines if line.strip()]


def _item(marks: str, body: str, counters: dict[int, int]) -> list[str]:
    """A list item's line: "- " for ``*``, its number for ``#``, none for ``:`` and ``;``."""
    body = " ".join(body.split())
    depth = len(marks)
    for deeper in [d for d in counters if d > depth]:
        del counters[deeper]
    if marks[-1] == "#":
        counters[depth] = counters.get(depth, 0) + 1
        return [f"{counters[depth]}. {body}"] if body else []
    counters.pop(depth, None)
    if marks[-1] == "*":
        return [f"- {body}"] if body else []
    if marks[-1] == ";" and ":" in body:  # "; term : definition"
        term, _, definition = body.partition(":")
        return [part.strip() for part in (term, definition) if part.strip()]
    return [body] if body else []


def _table(raw_lines: list[str], i: int, lines: list[str]) -> int:
    """Read a table from line ``i`` (after its ``{|``) into ``lines``, a row a line; the index
    of the line after its ``|}``."""
    rows: list[list[list[str]]] = []
    row: list[list[str]] = []
    depth = 1
    while i < len(raw_lines) and depth:
        line = raw_lines[i].strip()
        i += 1
        if line.startswith("{|"):
            depth += 1
            continue
        if line.startswith("|}"):
            depth -= 1
            continue
        if depth > 1:
            continue  # (a table in a cell: left out)
        if line.startswith("|+"):  # the caption: a line of its own
            lines.append(" ".join(_cell(line[2:]).split()))
        elif line.startswith("|-"):
            if row:
                rows.append(row)
            row = []
        elif line.startswith(("|", "!")):
            splitter = r"\|\||!!" if line[0] == "!" else r"\|\|"
            row.extend([_cell(cell)] for cell in re.split(splitter, line[1:]))
        elif line and row:
            row[-1].append(line)
    if row:
        rows.append(row)
    for cells in rows:
        lines.extend(row_lines(cells))
    return i


def _cell(cell: str) -> str:
    """A cell's text without its attributes (``style="…" | text``)."""
    attrs, bar, rest = cell.partition("|")
    if bar and "=" in attrs:
        return rest.strip()
    return cell.strip()


def _lead_term(raw: str) -> str:
    """The bold lead term of the article's first paragraph of prose (``'''Name'''``)."""
    text = _without_templates(_COMMENT.sub("", raw))
    for line in text.split("\n"):
        found = re.search(r"'''(?!')(.+?)'''", line)
        if found and not line.lstrip().startswith(("=", "{|", "|", "!")):
            term = _QUOTES.sub("", _links(found[1]))
            term = " ".join(_TAG.sub("", term).split())
            if term and len(term) <= 200 and not re.search(r"[\[\]{}<>|=]", term):
                return term
    return ""


def _article_name(path: Path) -> str:
    """The article's name in the file's name: ``Millbrook_rail_derailment_2026-12-01T09-30``
    is "Millbrook rail derailment"; "" when the name holds no words."""
    name = path.stem
    while True:
        shorter = _STAMP.sub("", name)
        if shorter == name or not shorter:
            break
        name = shorter
    name = " ".join(name.replace("_", " ").split())
    return name if re.search(r"[^\W\d_]{2}", name) else ""
