"""The document list on its own (no window): flat and grouped models, selection and keys,
the marks the session asks for, similarities, the filter."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.ui.helpers import write_dated_story
from wirediff.core.datequery import iso_dates
from wirediff.core.document import Document
from wirediff.core.options import CompareOptions
from wirediff.core.reading import load_paths
from wirediff.core.review import PairSummary
from wirediff.core.stories import StoryIndex, build_story_index
from wirediff.core.tokens import count_words
from wirediff.ui.common.roles import DOC_ROLE
from wirediff.ui.doclist.columns import MARK, SIMILARITY, TITLE
from wirediff.ui.doclist.model import build_list, grouped_list
from wirediff.ui.doclist.view import DocumentList


@pytest.fixture
def sample(sample_dir: Path) -> tuple[StoryIndex, list[int]]:
    documents = load_paths([sample_dir]).documents
    return build_story_index(documents), [count_words(d.text) for d in documents]


@pytest.fixture
def doc_list(qtbot) -> DocumentList:  # type: ignore[no-untyped-def]
    widget = DocumentList()
    qtbot.addWidget(widget)
    widget.resize(500, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_flat_list_selection_marks_and_similarity(
    qtbot, doc_list: DocumentList, sample: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    index, words = sample
    doc_list.install(build_list(index.documents, words, None, {0}))
    assert doc_list.visible_order() == [0, 1, 2, 3, 4] and doc_list.cells.marks()[0] == "◆"
    with qtbot.waitSignal(doc_list.current_changed, timeout=2000) as changed:
        doc_list.select(2)
    assert changed.args == [2, None]  # flat: no story
    qtbot.keyClick(doc_list.view, Qt.Key.Key_Down)
    assert doc_list.selected() == 3
    assert doc_list.step(-1) == 2 and doc_list.selected() == 2
    doc_list.cells.fill_similarity([(d, index.scores(0, d).similarity) for d in (1, 2, 3, 4)])
    assert doc_list.cells.cell_text(1, SIMILARITY) == f"≈{index.scores(0, 1).similarity:.0%}"
    folded, apart = CompareOptions(), CompareOptions(fold_han=False)
    doc_list.cells.show_exact([(3, 0.5)], apart)  # counted word by word: no ≈, and kept
    doc_list.cells.fill_similarity([(3, 0.25)])
    assert doc_list.cells.cell_text(3, SIMILARITY) == "50%"
    # Counted with other options (a fold turned on again): those of before are estimates
    # again, until counted anew (the list kept 70% while the panel said 98%: a re-check)
    doc_list.cells.show_exact([(1, 0.75)], folded)
    assert doc_list.cells.cell_text(3, SIMILARITY) == ""  # (flat: no estimate of its own)
    assert doc_list.cells.cell_text(1, SIMILARITY) == "75%"
    doc_list.cells.show_exact([(3, 0.5)], apart)
    doc_list.cells.mark_bases({2})  # the session moved the base
    # (redrawn in slices of the event loop's turns: on a loaded machine, the first may hold
    # one row of the two)
    qtbot.waitUntil(lambda: doc_list.cells.marks()[2] == "◆" and doc_list.cells.marks()[0] == "")
    assert doc_list.cells.cell_text(2, SIMILARITY) == "base"
    qtbot.waitUntil(lambda: doc_list.cells.cell_text(1, SIMILARITY) == "")  # to the old base: gone
    # (each redrawn in slices too: on a loaded CI machine a first slice held one row of two)
    doc_list.cells.set_review_marks({3: PairSummary(True, 0, 0), 2: PairSummary(True, 1, 0)})
    qtbot.waitUntil(lambda: doc_list.cells.marks()[3] == "✓")
    assert doc_list.cells.marks()[2] == "◆"  # a base stays ◆
    doc_list.cells.set_review_marks({3: PairSummary(True, 2, 1), 4: PairSummary(False, 0, 1)})
    qtbot.waitUntil(lambda: (doc_list.cells.marks()[3], doc_list.cells.marks()[4]) == ("✓⚑", "⚑"))
    tip = doc_list.cells.cell(3, MARK).toolTip()  # type: ignore[union-attr]
    assert tip == "Its pair with the left side: reviewed, 2 flags, 1 note"
    doc_list.cells.set_review_marks({})
    qtbot.waitUntil(lambda: doc_list.cells.marks()[3] == doc_list.cells.marks()[4] == "")
    assert doc_list.selected() == 2  # marking never moves the selection


def test_grouped_list_says_the_story_of_the_row_and_restores_similarity(
    qtbot, doc_list: DocumentList, sample: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    index, words = sample
    doc_list.install(grouped_list(index, words))
    assert doc_list.cells.index is index
    assert doc_list.visible_order() == [0, 1, 2, 3, 4]
    assert doc_list.visible_stories() == [index.story_of(d).id for d in (0, 2, 3, 4)]
    with qtbot.waitSignal(doc_list.current_changed, timeout=2000) as changed:
        doc_list.select(1)
    assert changed.args == [1, index.story_of(1).id]
    kept = doc_list.cells.cell_text(1, SIMILARITY)
    assert kept.endswith("%")
    # Version 1 on the left for a while, its story's base still 0 (the chain: a pin or a
    # swap makes it the story's base first): ◇, bold, its similarity to the base kept.
    doc_list.cells.mark_bases({0, 1})
    assert doc_list.cells.cell_text(1, SIMILARITY) == kept
    assert doc_list.cells.marks()[1] == "◇" and doc_list.cells.marks()[0] == "◆"
    assert doc_list.cells.cell(1, TITLE).font().bold()  # type: ignore[union-attr]
    doc_list.cells.mark_bases({0})
    assert doc_list.cells.cell_text(1, SIMILARITY) == kept  # its similarity to its story's base
    assert doc_list.cells.marks()[1] == ""


def test_filter_and_reveal(
    qtbot, doc_list: DocumentList, sample: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    index, words = sample
    doc_list.install(build_list(index.documents, words))
    qtbot.keyClicks(doc_list.filter, "sputnik")
    assert doc_list.visible_order() == [2]
    doc_list.reveal(2)
    assert doc_list.filter.text() == "sputnik"  # visible: the filter stays
    doc_list.reveal(4)
    assert doc_list.filter.text() == "" and 4 in doc_list.visible_order()


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("25.07.2021", ["reuters"]),  # as Russian or German write it
        ("25/7/21", ["reuters"]),  # the 25th: no month 25
        ("7/26/2021", ["thehill.com"]),  # American
        ("24.07", ["theguardian.com"]),  # day and month
        ("07.2021", ["theguardian.com", "reuters", "thehill.com"]),  # month and year
        ("2021-07-26", ["thehill.com"]),  # as the list shows it
        ("juillet 25", ["reuters"]),  # a French month's name, before the day or after
        ("25 de julio", ["reuters"]),  # Spanish, with its "de"
        ("July 26th", ["thehill.com"]),  # an English ordinal
        ("31.02.2021", []),  # no such day: nothing found, not everything
    ],
)
def test_a_date_typed_as_people_write_it_finds_the_date_the_list_shows(
    qtbot, doc_list: DocumentList, tmp_path: Path, typed: str, found: list[str]
) -> None:  # type: ignore[no-untyped-def]
    loaded = load_paths([write_dated_story(tmp_path / "dated")])
    docs = loaded.documents
    doc_list.install(build_list(docs, [count_words(d.text) for d in docs]))
    qtbot.keyClicks(doc_list.filter, typed)
    listed = [docs[i].name.split("_")[0].removesuffix(".txt") for i in doc_list.visible_order()]
    assert sorted(name.rsplit("-2021", 1)[0] for name in listed) == sorted(found)


def test_the_date_filter_reads_each_way_a_date_is_written() -> None:
    assert iso_dates("05.12.2026") == ["2026-12-05"]
    assert iso_dates(" 5-12-26 ") == ["2026-12-05"]
    assert iso_dates("05/12/2026") == ["2026-12-05", "2026-05-12"]  # either way round
    assert iso_dates("5.12.") == ["-12-05"] and iso_dates("12.2026") == ["2026-12"]
    assert iso_dates("13.13.2026") == iso_dates("2026") == iso_dates("v5.12.3") == []
    assert iso_dates("٠٥.١٢.٢٠٢٦") == ["2026-12-05"]  # Arabic-Indic digits, read
    assert iso_dates("12.05.99") == ["1999-05-12"]  # not 2099
    assert iso_dates("1.5") == iso_dates("24/7") == []  # a version, "24/7": no dates
    assert iso_dates("29.02.23") == iso_dates("31.04.2026") == []  # no such days
    assert iso_dates("29.02.2024") == ["2024-02-29"] and iso_dates("29.02") == ["-02-29"]


def test_a_title_tip_counts_one_word_as_one() -> None:
    """The title's tooltip said "1 words"."""
    from wirediff.core.document import Document
    from wirediff.ui.doclist.columns import COLUMNS, FILE, TITLE

    tip = COLUMNS[TITLE].cell_tip
    assert tip is not None
    doc = Document(path=Path("a.txt"), text="Ceasefire", title="Ceasefire")
    assert "\n1 word · read as utf-8" in tip(doc, 1) and "\n1,200 words · " in tip(doc, 1200)
    # how the bytes were read, said (a translation's code pages were shown nowhere)
    legacy = Document(path=Path("ru.txt"), text="Мир", title="Мир", encoding="windows-1251")
    file_tip = COLUMNS[FILE].cell_tip
    assert file_tip is not None and file_tip(legacy, 1) == "ru.txt\nread as windows-1251"


def test_a_date_tip_says_a_revision_and_a_capture() -> None:
    """A page dated by its last revision said "Published 11:20" of a page published at
    08:40, and the time its capture's name gave, which orders the list, was said nowhere
    (a web archivist's walkthrough)."""
    from wirediff.core.document import FIRST_PUBLISHED, Document
    from wirediff.ui.doclist.columns import COLUMNS, DATE

    tip = COLUMNS[DATE].cell_tip
    assert tip is not None
    page = Document(
        path=Path("bridge_20261116T0900.html"),
        text="Bridge",
        title="Bridge",
        date="2026-11-15T08:20:00+00:00",
        date_source="metadata",
        meta={FIRST_PUBLISHED: "2026-11-14T07:30:00+00:00"},
        captured="2026-11-16T09:00:00",
    )
    assert tip(page, 1) == (
        "Revised 2026-11-15T08:20:00+00:00, first published 2026-11-14T07:30:00+00:00 (from "
        "the file's metadata)\nCaptured 2026-11-16T09:00:00 (the time in its file name)"
    )
    plain = Document(
        path=Path("a.txt"), text="A", title="A", date="2026-11-14", date_source="document"
    )
    assert tip(plain, 1).startswith("Published 2026-11-14 (") and "Captured" not in tip(plain, 1)
    # (the time its header gives was "the time in its file name", and the zone a time that
    # gives none is read in was said nowhere: a Portuguese desk's walkthrough)
    header = Document(
        path=Path("pagina.html"),
        text="P",
        title="P",
        date="2026-12-05",
        date_source="document",
        captured="2026-12-05T14:15:00",
        desk_zone="+01:00",
        source="Jornal de Angola",
    )
    assert tip(header, 1).startswith(
        "Published 2026-12-05 (from a dateline in the text)\nCaptured 2026-12-05T14:15:00 (the "
        "time its header gives)\nIts time gives no zone: read in Jornal de Angola's zone "
        "(UTC+01:00, as its other documents give), as this folder's documents give several zones"
    )
    # (its language's: not Ynet's zone, which Ynet's documents gave none of — a re-check of
    # a Hebrew desk's walkthrough)
    from dataclasses import replace

    ynet = replace(header, source="Ynet", desk_zone="+02:00 Hebrew")
    assert (
        "read in the zone (UTC+02:00) this folder's other Hebrew documents give, as this "
        "folder's documents give several zones"
    ) in tip(ynet, 1)
    # (the desk's, which it names: Options ▸ Times without a zone, --zone)
    athens = replace(header, source="AP", desk_zone="desk:Europe/Athens")
    athens = replace(athens, desk_clock="Europe/Athens")
    assert tip(athens, 1).endswith(
        "read in the desk's zone (Europe/Athens, UTC+02:00 that day, Options ▸ Times without a "
        "zone)"
    )
    fixed = replace(athens, desk_zone="desk:-05:00", desk_clock="-05:00")
    assert tip(fixed, 1).endswith(
        "read in the desk's zone (UTC−05:00, Options ▸ Times without a zone)"
    )
    # (and what the list's "(UTC+01:00)" is told apart from: the desk's zone, when it names
    # one — a Jerusalem desk on a computer whose clock reads UTC could not tell)
    luanda = replace(header, desk_clock="Africa/Luanda")
    assert "Shown with its zone" not in tip(luanda, 1)
    lisbon = replace(header, desk_clock="Europe/Lisbon")
    assert tip(lisbon, 1).endswith(
        "\nShown with its zone, UTC+01:00, which is not the desk's (Europe/Lisbon) that day"
    )


def test_file_names_are_cut_in_their_middle(
    qtbot, doc_list: DocumentList, sample: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    """Revisions named for the minute they were filed all read "pakistan_flood…": a file
    name is cut in its middle, keeping its end; a date with its time at its start, keeping
    the time (the column widened for it squeezed titles to eleven characters); a title at
    its end."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QStyleOptionViewItem

    from wirediff.ui.doclist.columns import DATE, FILE

    index, words = sample
    doc_list.install(build_list(index.documents, words))
    view = doc_list.view
    modes = {}
    for column in (FILE, TITLE, DATE):
        option = QStyleOptionViewItem()
        option.textElideMode = view.textElideMode()
        cell = view.model().index(0, column)
        view.itemDelegateForIndex(cell).initStyleOption(option, cell)
        modes[column] = option.textElideMode
    elide = Qt.TextElideMode
    assert modes == {FILE: elide.ElideMiddle, TITLE: elide.ElideRight, DATE: elide.ElideLeft}


def test_a_bases_bold_date_fits_its_column(
    qtbot, doc_list: DocumentList, sample: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    """A base's row is bold: its date lost its month, "…-14 08:40" above "11-14 11:20"
    (a web archivist's walkthrough)."""
    from PySide6.QtGui import QFont, QFontMetrics

    from wirediff.ui.doclist.columns import DATE
    from wirediff.ui.doclist.fitting import widest_date

    index, words = sample
    doc_list.resize(1400, 400)  # (room for it: the sample's few dates give way first)
    doc_list.install(build_list(index.documents, words))
    view = doc_list.view
    bold = QFont(view.font())
    bold.setBold(True)
    needed = QFontMetrics(bold).horizontalAdvance(widest_date(index.documents))
    assert view.header().sectionSize(DATE) >= needed + 14


def test_a_time_of_another_zone_widens_the_date_column(qtbot, doc_list: DocumentList) -> None:  # type: ignore[no-untyped-def]
    """A Mexican copy of 09:05 among Madrid's takes read "…TC−06:00)" in the list, its day
    and its time cut off (a fact-checker's folder, looked at): the column is as wide as a
    time with its zone needs, when one shows."""
    from PySide6.QtGui import QFont, QFontMetrics

    from wirediff.core.deskzone import with_desk_zone
    from wirediff.core.document import Document
    from wirediff.ui.doclist.columns import DATE, this_year
    from wirediff.ui.doclist.fitting import TIMED_DATE, ZONED_DATE

    def doc(name: str, date: str) -> Document:
        return Document(Path(name), "Text.", name, date=date, date_source="document")

    view = doc_list.view
    bold = QFont(view.font())
    bold.setBold(True)
    needed = QFontMetrics(bold).horizontalAdvance(ZONED_DATE)
    year = this_year()
    madrid = [doc("a.txt", f"{year}-12-05T10:15:00"), doc("b.html", f"{year}-12-05T11:02:00+01:00")]
    plain = with_desk_zone(madrid)
    doc_list.install(build_list(plain, [1, 1]))
    assert view.header().sectionSize(DATE) < needed
    # times shown: as wide as a day, a month's name and a time ("…May 09:12" lost its day)
    assert view.header().sectionSize(DATE) >= QFontMetrics(bold).horizontalAdvance(TIMED_DATE)
    zoned = with_desk_zone([*madrid, doc("mx.html", f"{year}-12-05T09:05:00-06:00")])
    doc_list.install(build_list(zoned, [1, 1, 1]))
    assert view.header().sectionSize(DATE) >= needed


def test_the_date_column_says_every_date_in_one_form() -> None:
    """The column read "7 Dec 16:08" beside "2026-12-07", and "3 Dec 09:15" for a take of
    2024 (its year cut for want of room): every date is its day and its month by its name,
    its year unless it is this year's, and its time apart."""
    from wirediff.core.display import UNDATED
    from wirediff.ui.doclist.columns import list_date

    assert list_date("2026-12-07 16:08", 2026) == ("7 Dec", "16:08")
    assert list_date("2026-12-07", 2026) == ("7 Dec", "")
    assert list_date("2024-12-03 09:15", 2026) == ("3 Dec 2024", "09:15")
    assert list_date("2024-12-03", 2026) == ("3 Dec 2024", "")
    assert list_date("2027-01-02", 2026) == ("2 Jan 2027", "")
    assert list_date("2026-12-05 09:05 (UTC−06:00)", 2026) == ("5 Dec", "09:05 (UTC−06:00)")
    assert list_date(UNDATED, 2026) == (UNDATED, "")
    assert list_date("3 documents", 2026) == ("3 documents", "")


def test_a_date_too_wide_for_its_cell_keeps_its_time_and_is_cut_at_its_start(qtbot) -> None:  # type: ignore[no-untyped-def]
    """ "…3-10 07:27" lost the month's first digit beside "2026-03-10" (found by a tester):
    the time is kept whole, the day's year cut first ("…024" told neither day nor year),
    then the day at its start; the time cut only when it alone does not fit."""
    from PySide6.QtGui import QFont, QFontMetrics

    from wirediff.ui.doclist.datecell import fitted_date

    metrics = QFontMetrics(QFont())
    day, time = "10 Mar 2024", "07:27"
    wide = metrics.horizontalAdvance(f"{day} {time}")
    assert fitted_date(day, time, metrics, wide) == (day, time)  # it fits
    assert fitted_date(day, time, metrics, wide - 2) == ("10 Mar…", time)
    room = metrics.horizontalAdvance("…Mar 07:27") + 2
    assert fitted_date(day, time, metrics, room) == ("…Mar", time)
    assert fitted_date("10 Mar", time, metrics, room) == ("…Mar", time)
    room = metrics.horizontalAdvance("10 Mar 07:27") + 2  # (its year cut, never unsaid)
    assert fitted_date(day, time, metrics, room) == ("…Mar", time)
    assert fitted_date(day, time, metrics, metrics.horizontalAdvance("07:2"))[0] == ""
    assert fitted_date(day, "", metrics, wide) == (day, "")


def test_the_date_column_lines_its_dates_up_and_sorts_them_in_time_order(
    qtbot, doc_list: DocumentList, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A folder of takes with and without their time, of this year and of an earlier one:
    every row's date drawn in one form (day, month's name, year when not this year's), the
    days at the cell's left and the times at its right, lined up; a click on the heading
    sorts them by their true time; the tooltip keeps the full date and where it is from."""
    from PySide6.QtCore import QPoint

    from wirediff.ui.doclist.columns import DATE, this_year

    year, old = this_year(), this_year() - 2
    names = {
        f"reuters_{year}1207T1608.txt": ("7 Dec", "16:08"),
        f"paper_{year}1207.txt": ("7 Dec", ""),
        f"archive_{old}1203T0915.txt": (f"3 Dec {old}", "09:15"),
        f"old_{old}1203.txt": (f"3 Dec {old}", ""),
        f"may_{year}0512T0930.txt": ("12 May", "09:30"),
    }
    for number, name in enumerate(names):
        (tmp_path / name).write_text(f"Take {number}\n\nText of take number {number} here.\n")
    documents = load_paths([tmp_path]).documents
    doc_list.resize(900, 400)
    doc_list.install(build_list(documents, [count_words(d.text) for d in documents]))
    view = doc_list.view
    delegate = view.itemDelegate()
    drawn: dict[str, tuple] = {}
    real = delegate.date_parts

    def spy(option, index):  # type: ignore[no-untyped-def]
        parts = real(option, index)
        drawn[documents[index.siblingAtColumn(0).data(DOC_ROLE)].name] = parts
        return parts

    delegate.date_parts = spy  # type: ignore[method-assign]
    view.viewport().grab()  # (painted as on screen)
    assert {name: (day, time) for name, (day, _, time, _) in drawn.items()} == names
    lefts = {day_rect.left() for _, day_rect, _, _ in drawn.values()}
    rights = {time_rect.right() for _, _, time, time_rect in drawn.values() if time}
    assert len(lefts) == 1 and len(rights) == 1  # lined up down the column
    assert all(  # the day and the time apart
        day_rect.right() < time_rect.left()
        for _, day_rect, time, time_rect in drawn.values()
        if time
    )
    header = view.header()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(DATE) + 5, header.height() // 2),
    )
    order = [documents[d].name for d in doc_list.visible_order()]
    assert order == [
        f"old_{old}1203.txt",
        f"archive_{old}1203T0915.txt",
        f"may_{year}0512T0930.txt",
        f"paper_{year}1207.txt",
        f"reuters_{year}1207T1608.txt",
    ]  # (a day alone before its takes that give a time: ``date_order``)
    take = next(d for d, doc in enumerate(documents) if doc.name.startswith("archive"))
    tip = doc_list.cells.cell(take, DATE).toolTip()  # type: ignore[union-attr]
    assert f"Published {old}-12-03T09:15" in tip and "from the file name" in tip


def test_a_file_named_in_another_code_page_is_found_by_its_title(
    qtbot, doc_list: DocumentList, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A name from a Windows zip, in cp1251 (lone surrogates once decoded), made its row
    match nothing the filter typed, not even its title. Found by a researcher."""
    import os

    folder = tmp_path / "ru"
    folder.mkdir()
    name = os.fsdecode("Омский_вестник.txt".encode("cp1251"))
    (folder / name).write_text("Станция метро откроется в декабре\n\nТекст статьи.\n")
    (folder / "other.txt").write_text("Другая новость о погоде\n\nСовсем другой текст.\n")
    docs = load_paths([folder]).documents
    doc_list.install(build_list(docs, [count_words(d.text) for d in docs]))
    doc_list.filter.insert("станция")  # (typed on a Russian keyboard: QTest types Latin-1)
    assert [docs[i].path.name for i in doc_list.visible_order()] == [name]
    doc_list.filter.clear()
    qtbot.keyClicks(doc_list.filter, "xce")  # its name as the list shows it: \xce\xec…
    assert [docs[i].path.name for i in doc_list.visible_order()] == [name]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("ığdır", ["dha_igdir.txt", "dha_spor.txt"]),
        ("şırnak", ["iha_sirnak.txt"]),
        ("istanbul'da", ["aa_kar.txt", "sehir.txt"]),
        ("ISTANBUL", ["aa_kar.txt", "sehir.txt"]),
        ("ayse", ["haber.txt"]),
    ],
)
def test_the_filter_takes_turkish_i_and_letters_typed_without_accents(
    qtbot, doc_list: DocumentList, tmp_path: Path, typed: str, found: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """Typed in small letters or without Turkish letters, the filter found nothing in
    titles in capitals ("No document matches “ığdır”"; "istanbul" missed "İSTANBUL'DA"),
    where Find in the panes found them: a Turkish web desk's walkthrough."""
    folder = tmp_path / "desk"
    folder.mkdir()
    titles = {
        "dha_igdir.txt": "IĞDIR'DA KIŞ DESTEĞİ SEVİNCİ",
        "dha_spor.txt": "IĞDIR FK, EVİNDE 2-1 KAZANDI",
        "iha_sirnak.txt": "ŞIRNAK'TA VATANDAŞLAR DESTEĞİ DEĞERLENDİRDİ",
        "aa_kar.txt": "İstanbul’da kar yağışı: okullar tatil",
        "sehir.txt": "İSTANBUL'DA OKULLAR PAZARTESİ TATİL",
        "haber.txt": "Haber: Ayşe Yılmaz yazdı",
    }
    assert _filtered(doc_list, folder, titles, typed, "Haberin metni burada.") == found


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("زمین لرزه", ["irna.txt", "isna.txt", "tasnim.txt"]),
        ("زمین\u200cلرزه", ["irna.txt", "isna.txt", "tasnim.txt"]),
        ("زمینلرزه", ["irna.txt", "isna.txt", "tasnim.txt"]),
        # not the end of one word and the start of the next (review rv181: "ای رانندگان")
        ("ایران", ["mehr.txt"]),
        ("σεισμος", ["ert.txt", "kathimerini.txt"]),
        ("ΣΕΙΣΜΟΣ", ["ert.txt", "kathimerini.txt"]),
        ("zadluzenie", ["pap.txt"]),
    ],
)
def test_the_filter_takes_zwnj_space_and_greek_and_polish_typed_plain(
    qtbot, doc_list: DocumentList, tmp_path: Path, typed: str, found: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """ "زمین لرزه" with a space found only the title written so, not "زمین‌لرزه" with a
    ZWNJ nor "زمینلرزه" (a Persian desk's walkthrough); "σεισμος" and "ΣΕΙΣΜΟΣ" found
    no "Σεισμός" (a Greek desk's)."""
    folder = tmp_path / "desk"
    folder.mkdir()
    titles = {
        "irna.txt": "زمین\u200cلرزه ۵٫۲ ریشتری در کرمان",
        "isna.txt": "زمین لرزه در کرمان",
        "tasnim.txt": "زمینلرزه کرمان را لرزاند",
        "other.txt": "آلودگی هوای تهران",
        "fars.txt": "سال گذشته ای رانندگان جریمه شدند",
        "mehr.txt": "سفر وزیر به ایران",
        "ert.txt": "Σεισμός 5,1 Ρίχτερ στην Κρήτη",
        "kathimerini.txt": "ΝΕΟΣ ΣΕΙΣΜΟΣ ΣΤΗΝ ΚΡΗΤΗ",
        "pap.txt": "Zadłużenie państwa rośnie",
    }
    assert _filtered(doc_list, folder, titles, typed) == found


# (file name, title, outlet as the list shows it)
_DESK = [
    ("yonhap.txt", "삼성전자, 평택에 1조2천억원 투자", "Yonhap"),
    ("yonhap_2bo.txt", "삼성전자, 평택에 1조2천억원 투자(종합)", "Yonhap"),
    ("chosun.html", "삼성전자 평택 투자", "The Chosun Ilbo"),
    ("news1.txt", "삼성전자, 평택 반도체 라인에 투입", ""),
    ("mainichi.txt", "政府、追加経済対策を閣議決定", "The Mainichi"),
    ("kyodo.txt", "政府、1兆2000億円の追加経済対策", "Kyodo"),
    ("amarujala.txt", "रेपो दर बरकरार", "Amar Ujala"),
    ("newsis.txt", "삼성전자 평택에 1조2000억원 투자…고용 효과", "Newsis"),
]


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("연합뉴스", ["yonhap.txt", "yonhap_2bo.txt"]),
        ("조선일보", ["chosun.html"]),
        ("毎日新聞", ["mainichi.txt"]),
        ("共同", ["kyodo.txt"]),  # (of 共同通信)
        ("अमर उजाला", ["amarujala.txt"]),
        ("뉴시스", ["newsis.txt"]),
        ("Yonhap", ["yonhap.txt", "yonhap_2bo.txt"]),
        ("(종합)", ["yonhap_2bo.txt"]),  # (titles as before)
        ("조선", ["chosun.html"]),
        ("新聞", ["mainichi.txt"]),  # (not every paper's: only The Mainichi is named so)
    ],
)
def test_the_filter_finds_an_outlet_by_its_own_name(
    doc_list: DocumentList, typed: str, found: list[str]
) -> None:
    """Typed as a Korean or Japanese editor types an outlet, "연합뉴스", "조선일보",
    "毎日新聞" found "No document matches" though four documents were listed as Yonhap's
    (an East Asia desk's walkthrough), and "अमर उजाला" none of Amar Ujala's (a South Asian
    desk's): the row's filter text carries the names the outlet table knows it by."""
    docs = [
        Document(path=Path("desk") / name, text="본문.", title=title, source=source)
        for name, title, source in _DESK
    ]
    doc_list.install(build_list(docs, [2] * len(docs)))
    doc_list.filter.insert(typed)  # (QTest types Latin-1 only)
    assert sorted(docs[i].path.name for i in doc_list.visible_order()) == found


@pytest.mark.qt_log_ignore("does not support raise")  # (a tooltip raises itself)
def test_a_rows_tooltip_goes_when_the_filter_changes(
    qtbot, doc_list: DocumentList, sample: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    """An Arabic title's tooltip stayed over the English rows the filter listed next.
    Found by a researcher."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QToolTip

    index, words = sample
    doc_list.install(build_list(index.documents, words))
    doc_list.show()
    QToolTip.showText(doc_list.mapToGlobal(QPoint(10, 10)), "a title", doc_list.view)
    assert QToolTip.isVisible()
    qtbot.keyClicks(doc_list.filter, "sp")
    qtbot.waitUntil(lambda: not QToolTip.isVisible(), timeout=1000)


def test_end_with_no_row_current_goes_to_the_last_row_shown(
    qtbot, doc_list: DocumentList, sample: tuple[StoryIndex, list[int]]
) -> None:  # type: ignore[no-untyped-def]
    """A churnalism walkthrough: after a filter that left no row current, End made the
    top event's row current; with a row current it went to the last row, as it should."""
    index, words = sample
    doc_list.install(grouped_list(index, words))
    qtbot.keyClicks(doc_list.filter, "iraq")
    view = doc_list.view
    view.setCurrentIndex(view.model().index(-1, -1))  # (no row current)
    assert not view.currentIndex().isValid()
    shown = doc_list.visible_order()
    assert len(shown) > 1
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert doc_list.selected() == shown[-1]


def _filtered(  # type: ignore[no-untyped-def]
    doc_list: DocumentList, folder: Path, titles: dict[str, str], typed: str, text: str = "Text."
) -> list[str]:
    """The files of ``titles`` (name: headline over ``text``) the list shows once ``typed``
    is put in its filter, by name."""
    for name, title in titles.items():
        (folder / name).write_text(f"{title}\n\n{text}\n", encoding="utf-8")
    docs = load_paths([folder]).documents
    doc_list.install(build_list(docs, [count_words(d.text) for d in docs]))
    doc_list.filter.insert(typed)  # (QTest types Latin-1 only)
    return sorted(docs[i].path.name for i in doc_list.visible_order())


@pytest.mark.parametrize(
    ("typed", "found"),
    [
        ("fernzuege", ["dpa.txt", "sda.txt"]),
        ("fernzuge", ["dpa.txt"]),
        ("fernzüge", ["dpa.txt", "sda.txt"]),
        ("blue", ["blue.txt"]),
    ],
)
def test_the_filter_takes_umlauts_spelt_out(
    qtbot, doc_list: DocumentList, tmp_path: Path, typed: str, found: list[str]
) -> None:  # type: ignore[no-untyped-def]
    """German's ä ö ü are typed ae oe ue: "fernzuege" found no "Fernzüge" (a German/Swiss
    desk's walkthrough), and a ü typed finds them spelt out too."""
    folder = tmp_path / "desk"
    folder.mkdir()
    titles = {
        "dpa.txt": "Mehr Fernzüge nach Bern",
        "sda.txt": "Mehr Fernzuege nach Zürich",
        "blue.txt": "The blue line",
        "blunt.txt": "The blunt line",
    }
    assert _filtered(doc_list, folder, titles, typed, "Der Text der Meldung.") == found
