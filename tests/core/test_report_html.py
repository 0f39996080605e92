"""The pair's HTML page: right-to-left cells, headers naming each side, text escaped."""

from __future__ import annotations

import re
from pathlib import Path

from tests.core.helpers import lines
from wirediff.cli import main
from wirediff.core.compare import compare
from wirediff.core.document import Document
from wirediff.core.report.html import render_html
from wirediff.core.result import RowKind

URDU = (
    "شہر کی کونسل نے منگل کو طویل بحث کے بعد نئے بجٹ کی منظوری دے دی۔",
    "حزب اختلاف کے ارکان نے کہا کہ منصوبے میں اسکولوں کے لیے بہت کم رقم ہے۔",
)
ENGLISH = "The council approved the new budget on Tuesday after a long debate."


def doc(name: str, text: str, title: str, **meta: str) -> Document:
    return Document(Path("news") / name, text, title, **meta)


def cells(page: str) -> list[tuple[str, str]]:
    """(dir, text) of every text cell."""
    found = re.findall(r'<td class="side( gap)?"(?: dir="(\w+)" lang="[\w-]+")?>(.*?)</td>', page)
    return [(d, re.sub("<[^>]+>", "", body)) for gap, d, body in found if not gap]


def test_right_to_left_cells_say_so():
    left = "\n\n".join([URDU[0], URDU[1], ENGLISH]) + "\n"
    right = "\n\n".join([URDU[0].replace("منگل", "بدھ"), URDU[1], ENGLISH]) + "\n"
    page = render_html(compare(left, right), "a.txt", "b.txt")
    found = cells(page)
    assert len(found) == 6
    for direction, text in found:
        assert direction == ("auto" if text.startswith("The council") else "rtl"), text


def test_headers_name_each_side_and_the_title_once():
    left = doc("000.txt", ENGLISH, "Council approves budget", source="Reuters", date="2021-07-26")
    right = doc("001.txt", ENGLISH + " More.", "Council approves budget", source="AP")
    page = render_html(compare(left.text, right.text), left, right)
    assert '<th dir="auto" lang="und">Reuters · 2021-07-26 · 000.txt</th>' in page
    assert '<th dir="auto" lang="und">AP · 001.txt</th>' in page
    assert page.count("Council approves budget") == 1  # in the page's heading only
    assert "<title>wirediff: 000.txt vs 001.txt</title>" in page
    retitled = doc("001.txt", right.text, "Budget <passes>", source="AP")
    page = render_html(compare(left.text, right.text), left, retitled)
    assert page.count("Council approves budget") == 1
    other_title = '<div class="title" dir="auto" lang="und">Budget &lt;passes&gt;</div>'
    assert other_title in page


def test_urdu_title_heading_is_right_to_left():
    left = doc("ur.txt", URDU[0], "بجٹ منظور")
    page = render_html(compare(left.text, URDU[1]), left, doc("ur2.txt", URDU[1], "بجٹ منظور"))
    assert '<h1 dir="rtl" lang="ur">بجٹ منظور</h1>' in page  # (Urdu's ٹ)


ARABIC = (
    "قال مركز رصد الزلازل إن زلزالا بقوة 5.6 درجة ضرب محافظة هرمزجان مساء الاثنين.",
    "وكالة الأنباء",  # (no letter of its own tells Arabic: its article does)
    "وأضاف المركز أن الهزة شعر بها سكان دبي والشارقة.",
)
CHINESE = ("国家地震台网正式测定，伊朗南部发生5.6级地震。", "新华社", "震源深度10公里。")


def langs(page: str) -> list[tuple[str, str]]:
    """(lang, text) of every text cell and the heading."""
    found = re.findall(r'<(?:td class="side"|h1) dir="\w+" lang="([\w-]+)">(.*?)</(?:td|h1)>', page)
    return [(lang, re.sub("<[^>]+>", "", body)) for lang, body in found]


def test_text_blocks_say_the_language_their_script_tells():
    """Screen readers and fonts (a CJK glyph's form, Urdu's Nastaliq) go by ``lang``: an
    Arabic article's blocks said "und"."""
    for paragraphs, title, tag in (
        (ARABIC, "زلزال في هرمزجان", "ar"),
        (CHINESE, "伊朗南部发生地震", "zh"),
        ((ENGLISH, "Reuters", "More to follow."), "Quake in Hormozgan", "und"),
    ):
        left = "\n\n".join(paragraphs) + "\n"
        right = left.replace("5.6", "5.8")
        page = render_html(
            compare(left, right), doc("a.txt", left, title), doc("b.txt", right, title)
        )
        found = langs(page)
        assert len(found) == 7, found  # the title, three rows of two cells
        assert {lang for lang, _ in found} == {tag}, found
    # a block in another script than its article's says its own
    left = "\n\n".join([ARABIC[0], "Reuters reported the quake."]) + "\n"
    page = render_html(compare(left, left), "a.txt", "b.txt")
    assert {lang for lang, text in langs(page) if text.startswith("Reuters")} == {"und"}


def test_compare_command_names_the_files(tmp_path, sample_paths, capsys):
    out = tmp_path / "pair.html"
    assert main(["compare", *map(str, sample_paths[:2]), "--format", "html", "-o", str(out)]) == 0
    page = out.read_text(encoding="utf-8")
    head = page.split("<tbody>")[0]
    assert f"Reuters · {sample_paths[0].name}" in head
    assert f"Asharq Al-Awsat · {sample_paths[1].name}" in head


def test_html_escapes_every_row_kind_and_name():
    markup = "<b>x</b> & <script>alert(1)</script>"
    moved = f"Moved paragraph with {markup} inside it."
    kept = f"Last <em>{markup}</em> stays here for good."
    left = lines(moved, f"Kept {markup} here.", "Gone <i>.", kept)
    right = lines(f"Kept {markup} here.", moved, "New <u>.", kept.replace("good", "ever"))
    result = compare(left, right)
    kinds = {r.kind for r in result.rows}
    assert kinds >= {RowKind.MOVED, RowKind.CHANGED}
    page = render_html(result, 'a"<x>.txt', "b&c.txt")
    for raw in ("<b>", "<script", "<i>", "<u>", '"<x>'):
        assert raw not in page
    assert "&lt;script&gt;" in page and "a&quot;&lt;x&gt;.txt" in page and "b&amp;c.txt" in page


def test_html_escapes_deleted_and_inserted_rows():
    result = compare(lines("Only <i>here</i> & gone."), lines("Only <u>there</u> & new.", "<b>"))
    page = render_html(result, "l", "r")
    assert "<i>" not in page and "<u>" not in page and "<b>" not in page
    assert "&lt;i&gt;" in page and "&lt;u&gt;" in page


def test_a_page_of_arabic_script_carries_its_font(tmp_path):
    """A browser on a machine without an Arabic font drew every Urdu ہ and ے as a box; an
    English page stays as small as it was."""
    from wirediff.core.report.page import FONT_FAMILY, page

    urdu = compare(
        "سیلاب سے ایک لاکھ افراد بے گھر ہو گئے۔\n", "سیلاب سے دو لاکھ افراد بے گھر ہو گئے۔\n"
    )
    shown = render_html(urdu)
    assert "@font-face" in shown and "base64," in shown and f"'{FONT_FAMILY}'" in shown
    assert "unicode-range:U+0600-06FF" in shown
    english = render_html(compare("One two three.\n", "One two four.\n"))
    assert "@font-face" not in english and len(english) < 20_000
    assert "@font-face" not in page("t", "", "سیلاب", embed_fonts=False)
