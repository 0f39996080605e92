"""MediaWiki wikitext saved as .txt: read as its prose (a Wikipedia editor's walkthrough:
every revision from the infobox on was titled ``{{Infobox rail accident``, the stub
``== Incident ==``, and templates and links were compared as words)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from wirediff.core.reading import read_document
from wirediff.core.reading import wikitext as wikitext_module
from wirediff.core.reading.wikitext import _BRACE_PAIR, NOTE, _notes, prose, wikitext

REF = '<ref name="bbc">{{cite news |title=Train derails |work=[[BBC News]] |date=1 May 2026}}</ref>'
REVISION = f"""{{{{Short description|2026 derailment in England}}}}
{{{{Infobox rail accident
| name     = Millbrook rail derailment
| date     = {{{{Start date|2026|05|01}}}}
| location = [[Millbrook, Westshire|Millbrook]]
}}}}
<!-- please keep the lead short -->
The '''Millbrook rail derailment''' occurred on 1 May 2026 when a [[freight train]]
derailed near [[Millbrook, Westshire|Millbrook]].{REF} Three people were hurt.<ref name="bbc" />

[[File:Millbrook crossing.jpg|thumb|The [[level crossing]] in 2020]]
== Incident ==
The ''Westshire Herald'' reported the line closed.<ref>{{{{cite web |title=Line shut}}}}</ref>

=== Services ===
* Trains were replaced by buses.
* [[Network Rail]] apologised.
# First step
# Second step

{{| class="wikitable"
|+ Casualties
! Group !! Number
|-
| Passengers || 0
|-
| style="color:red" | Crew || 3
|}}

== References ==
{{{{reflist}}}}

[[Category:2026 in England]]
[[fr:Déraillement de Millbrook]]
"""

PROSE = (
    "The Millbrook rail derailment occurred on 1 May 2026 when a freight train derailed near "
    "Millbrook.[1] Three people were hurt.[1]\n"
    "Incident\n"
    "The Westshire Herald reported the line closed.[2]\n"
    "Services\n"
    "- Trains were replaced by buses.\n"
    "- Network Rail apologised.\n"
    "1. First step\n"
    "2. Second step\n"
    "Casualties\n"
    "Group \tNumber\n"
    "Passengers \t0\n"
    "Crew \t3\n"
    "References"
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_a_revision_reads_as_its_prose_titled_by_its_lead_term(tmp_path: Path) -> None:
    """Templates, comments, files, categories and markup left out, links as their labels,
    references as their numbers (a named one's number again), headings, list items and
    table rows lines of their own."""
    doc = read_document(
        write(tmp_path / "Millbrook_rail_derailment_2026-05-01T13-20.txt", REVISION)
    )
    assert doc.format == "wikitext"
    assert doc.title == "Millbrook rail derailment"
    assert NOTE in doc.encoding
    assert doc.text == PROSE


def test_a_stub_with_no_bold_term_is_titled_by_the_file_name(tmp_path: Path) -> None:
    """The stub was titled ``== Incident ==``: the article's name in the file's name."""
    stub = (
        "{{Current event}}\n== Incident ==\nA train [[derailment|derailed]] near [[Millbrook]].\n"
    )
    stub += "{{citation needed|date=May 2026}}\n"
    doc = read_document(write(tmp_path / "Millbrook_rail_derailment_2026-05-01T09-30.txt", stub))
    assert doc.format == "wikitext"
    assert doc.title == "Millbrook rail derailment"
    assert doc.text == "Incident\nA train derailed near Millbrook."
    named = read_document(write(tmp_path / "Millbrook", stub))  # no ending
    assert named.format == "wikitext" and named.title == "Millbrook"


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("The_Lost_Decade.txt", "The Lost Decade"),  # (was "The Lost")
        ("Beirut_port_facade_2026-12-01.txt", "Beirut port facade"),  # (was "Beirut port")
        ("Millbrook_3f9a2b1c.txt", "Millbrook"),  # (a revision's hash)
        ("Millbrook_oldid=1234567.txt", "Millbrook"),
    ],
)
def test_a_word_of_hex_letters_is_no_hash_in_the_file_name(
    tmp_path: Path, name: str, title: str
) -> None:
    """A word made of the letters a to f ("Decade", "facade") was taken for a revision's
    hash and left out of the title (a review)."""
    stub = (
        "{{Current event}}\n== Incident ==\nA train [[derailment|derailed]] near [[Millbrook]].\n"
    )
    stub += "{{citation needed|date=May 2026}}\n"
    assert read_document(write(tmp_path / name, stub)).title == title


def test_prose_with_a_bracket_or_two_is_no_wikitext(tmp_path: Path) -> None:
    """Ordinary text holding one of the marks (or Markdown) is read as text, as before."""
    texts = [
        "The minister said [[sic]] that the plan {{was}} final.\n\nMore text follows here.",
        "# Heading\n\nSome **bold** text and a [link](https://example.org).\n\n## Second\n",
        "== Notes ==\nThe vote was '''close'''.\n",
        "Le ministre a dit « non ». Die Regierung sagte [nein]. Правительство {ответило}.",
        "قالت الحكومة إن الخطة نهائية [[١]]. 政府表示该计划是最终的。",
        "<ref> is how the markup opens a reference; {{cite}} a citation.",
    ]
    for n, text in enumerate(texts):
        assert not wikitext(text.encode()), text
        assert read_document(write(tmp_path / f"t{n}.txt", text)).format in ("text",)


def test_wikitext_detection_needs_three_kinds() -> None:
    two = "{{a|b}} {{c|d}} [[x]] [[y]] and no more."
    assert not wikitext(two.encode())
    assert wikitext((two + "\n== Section ==\n").encode())


def test_nested_templates_and_parameters_leave_nothing() -> None:
    text = "Before {{outer|{{inner|x}}|{{{param|y}}}}} after.\n{{#if: a | b | c }}\nEnd."
    assert prose(text) == "Before after. End."


def test_a_template_never_closed_keeps_the_text_after_it() -> None:
    assert prose("Kept {{broken|x\n\nStill here.") == "Kept {{broken|x\nStill here."


WIKI_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Millbrook rail derailment - Wikipedia</title>
<link rel="canonical" href="https://en.wikipedia.org/wiki/Millbrook_rail_derailment">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
"name":"Millbrook rail derailment","url":"https://en.wikipedia.org/wiki/Millbrook_rail_derailment",
"publisher":{"@type":"Organization","name":"Wikimedia Foundation, Inc."},
"datePublished":"2026-05-01T09:30:11Z","dateModified":"2026-05-01T13:20:44Z"}</script>
</head><body><main id="content" class="mw-body">
<header><h1 id="firstHeading" class="firstHeading"><span>Millbrook rail derailment</span></h1>
<div id="p-lang-btn" class="vector-dropdown"><span>Add languages</span></div></header>
<div id="bodyContent" class="vector-body"><div id="mw-content-text" class="mw-body-content">
<div class="mw-parser-output">
<p>The <b>Millbrook rail derailment</b> occurred on 1 May 2026 when a freight train derailed
near the village of Millbrook in Westshire, England, close to the Mill Lane level crossing.</p>
<div class="mw-heading mw-heading2"><h2 id="Incident">Incident</h2><span class="mw-editsection">
<span class="mw-editsection-bracket">[</span><a href="/w/index.php?action=edit&amp;section=1">
<span>edit</span></a><span class="mw-editsection-bracket">]</span></span></div>
<p>At approximately 06:40 GMT the train, travelling from Hexley to Portmere, derailed on a
curve east of Millbrook station, and the Westshire Valley line was closed both ways.</p>
</div></div></div></main></body></html>
"""


def test_a_saved_wikipedia_page_without_its_chrome_named_wikipedia(tmp_path: Path) -> None:
    """Its "[edit]" links and "Add languages" were rows of every comparison, and its outlet
    was its JSON-LD publisher, "Wikimedia Foundation, Inc." (a Wikipedia editor's
    walkthrough); an "edit" the article says stays."""
    doc = read_document(write(tmp_path / "Millbrook rail derailment - Wikipedia.html", WIKI_PAGE))
    assert "[edit]" not in doc.text and "edit" not in doc.text.split()
    assert "Add languages" not in doc.text
    assert "Incident\nAt approximately" in doc.text
    assert doc.source == "Wikipedia"
    assert doc.title == "Millbrook rail derailment"
    other = WIKI_PAGE.replace("en.wikipedia.org", "www.example-news.org").replace(
        'class="mw-editsection"', 'class="byline"'
    )
    kept = read_document(write(tmp_path / "news.html", other))
    assert kept.source != "Wikipedia"


def test_inline_templates_keep_the_values_a_revision_changes() -> None:
    """Every template was left out: a revision changing ``{{convert|5|km}}`` to 50 km or a
    death toll in ``{{val|12}}`` compared as identical, and sentences read "at , killing
    people" (a reviewer's walkthrough)."""
    before = (
        "'''Millbrook''' is a town.\n\nThe train derailed {{convert|5|km|mi}} north of the "
        "station at {{nowrap|09:30 GMT}}, killing {{val|12}} people. The mayor said it was "
        "{{lang|fr|un désastre}}.{{sfn|Smith|2010|p=4}}{{citation needed|date=May 2026}}\n"
    )
    after = before.replace("5|km", "50|km").replace("09:30", "11:45").replace("|12}", "|3}")
    assert prose(before) == (
        "Millbrook is a town.\nThe train derailed 5 km north of the station at 09:30 GMT, "
        "killing 12 people. The mayor said it was un désastre.[1]"
    )
    assert prose(after) == (
        "Millbrook is a town.\nThe train derailed 50 km north of the station at 11:45 GMT, "
        "killing 3 people. The mayor said it was un désastre.[1]"
    )


def test_dates_ranges_labels_and_characters_read_as_the_page_shows_them() -> None:
    text = (
        "Born {{birth date|1950|3|7}}, she died {{death date and age|2020|3|6|1950|3|7|df=y}}. "
        "{{As of|2026|5}}, it cost {{US$|5 million}} for {{convert|5|-|10|km}} and "
        "{{convert|5|ft|6|in|m}}. {{ill|Jean Dupont|fr|lt=Dupont}} and {{sort|Smith|John Smith}} "
        "saw {{frac|1|2}} of {{formatnum:1234567}} ({{val|1.2|0.1|u=m}}) {{circa|1900}}{{snd}}"
        "{{small|{{abbr|UN|United Nations}}}}."
    )
    assert prose(text) == (
        "Born March 7, 1950, she died 6 March 2020 (aged 69). As of May 2026, it cost "
        "US$5 million for 5–10 km and 5 ft 6 in. Dupont and John Smith saw 1/2 of 1,234,567 "
        "(1.2±0.1 m) c. 1900 – UN."
    )


def test_infoboxes_navboxes_and_unknown_templates_still_show_nothing() -> None:
    """A known template inside an infobox, or under an unknown one, shows nothing with it;
    a template showing nothing alone on its line leaves no line."""
    text = (
        "{{Infobox person\n| birth_date = {{birth date|1950|3|7}}\n| height = "
        "{{convert|1.8|m}}\n}}\nThe text.{{efn|A note {{val|3}}}}\n{{Navbox|list={{hlist|a|b}}}}"
        "\n== Life ==\n{{flagicon|USA}} {{unknown template|Kept?}}She lived."
    )
    assert prose(text) == "The text.[a]\nLife\nShe lived.\n[a] A note 3"  # (a note: its text)


def test_titles_with_a_colon_are_no_interlanguage_links() -> None:
    """``[[CSI: Miami]]`` and ``[[Ali: Fear Eats the Soul]]`` were left out as interlanguage
    links, and the italics around the first left a stray "'" (a reviewer's walkthrough)."""
    text = (
        "The series ''[[CSI: Miami]]'' and the film [[Ali: Fear Eats the Soul]] aired; see "
        "[[Wikipedia:Manual of Style|]], [[Star Trek: Voyager|]] and [[:fr:Paris]]."
        "[[fr:Paris]][[zh-yue:巴黎]][[Category:Films]][[Kategorie:Film]]"
    )
    assert prose(text) == (
        "The series CSI: Miami and the film Ali: Fear Eats the Soul aired; see "
        "Manual of Style, Star Trek: Voyager and fr:Paris."
    )


@pytest.mark.parametrize(
    ("language", "suffix", "title"),
    [
        ("fr", " — Wikipédia", "Déraillement de Millbrook"),
        ("ru", " — Википедия", "Крушение в Миллбруке"),
        ("es", " - Wikipedia, la enciclopedia libre", "Descarrilamiento de Millbrook"),
        ("el", " - Βικιπαίδεια", "Εκτροχιασμός στο Μίλμπρουκ"),
    ],
)
def test_a_wikipedia_in_another_language_is_no_part_of_the_title(
    tmp_path: Path, language: str, suffix: str, title: str
) -> None:
    """A French or Russian editor's save kept "— Wikipédia", "— Википедия" in its title,
    which its wikitext revision has not (a review: the title of a page without JSON-LD is
    its ``og:title``, which Wikipedia writes with the suffix)."""
    head, _, rest = WIKI_PAGE.partition('<script type="application/ld+json">')
    page = (
        (head + rest.partition("</script>")[2])
        .replace("</title>", '</title><meta property="og:title" content="OG">')
        .replace("OG", "Millbrook rail derailment - Wikipedia")
        .replace("Millbrook rail derailment - Wikipedia", title + suffix)
        .replace("Millbrook rail derailment", title)
        .replace("en.wikipedia.org", f"{language}.wikipedia.org")
        .replace('lang="en"', f'lang="{language}"')
    )
    doc = read_document(write(tmp_path / f"{language}.html", page))
    assert (doc.title, doc.source) == (title, "Wikipedia")


def test_unclosed_notes_are_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each ``{{efn`` searched for its closing braces up to 20,000 characters on: a text of
    unclosed notes took time quadratic in its length, 16 s for 200 KB (a review). The
    braces are paired once: each pair of the text is looked at once, however many notes."""
    seen: list[int] = []

    class Counting:
        def finditer(self, text: str, *span: int) -> Iterator[re.Match[str]]:
            for found in _BRACE_PAIR.finditer(text, *span):
                seen.append(found.start())
                yield found

    monkeypatch.setattr(wikitext_module, "_BRACE_PAIR", Counting())
    text = "Text {{efn|note " * 12_500  # (200 KB)
    assert _notes(text) == text  # (none closes: kept as written)
    assert len(seen) == 12_500
    closed = _notes(text + "}} Then.{{efn|A note.}}")
    assert closed.endswith(" Then.[b]\n\n[a] note\n\n[b] A note.\n")  # (the last opens)
    assert len(seen) < 3 * 12_500


def test_short_citations_are_references_and_notes_keep_their_text() -> None:
    """A short citation (``{{sfn}}``) was left out, so the references after it were
    numbered one less than on the page, and an explanatory note (``{{efn}}``) lost its
    prose: a revision rewriting a note compared as identical (an academic's and a Wikipedia
    editor's walkthroughs). A short citation is a reference's number, one per citation; a
    note its mark where it stands and its text where the page lists the notes."""
    text = (
        "The line opened in 1901.{{sfn|Smith|2020|p=4}} Traffic fell.<ref>{{cite news|title=X}}"
        "</ref>{{efn|The count excludes [[freight train]]s, {{val|3}} lines.}} It closed."
        "{{efn|name=war|During the war.}} It reopened.{{efn|name=war}}{{Sfnp|Jones|2021}}"
        "{{efn-ur|A Roman note.}}\n\n== Notes ==\n{{notelist}}\n\n== References ==\n{{reflist}}\n"
    )
    assert prose(text) == (
        "The line opened in 1901.[1] Traffic fell.[2][a] It closed.[b] It reopened.[b][3][I]\n"
        "Notes\n"
        "[a] The count excludes freight trains, 3 lines.\n[b] During the war.\n[I] A Roman note.\n"
        "References"
    )
    rewritten = prose(text.replace("During the war.", "After the war."))
    assert "[b] After the war." in rewritten
    again = prose("One.{{sfn|Smith|2020|p=4}} Two.{{sfn| Smith |2020|p=4}} Three.<ref>X</ref>")
    assert again == "One.[1] Two.[1] Three.[2]"
    assert prose("Text.{{efn|Unclosed note {{val|3}} \n\nMore.") == (
        "Text.{{efn|Unclosed note {{val|3}}\nMore."  # (never closed: kept as written, as before)
    )
