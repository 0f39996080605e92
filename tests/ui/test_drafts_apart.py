"""Drafts of one title told apart in the document list by their file names: five drafts of a
bill all read "Clean Air and Industrial Emissi…", the File column had no room even in a
maximised window, and ticked it read "CleanA…1.docx" (a policy analyst's walkthrough)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem, QTreeView

from tests.ui.helpers import open_and_wait, write_long_story
from wirediff.core.document import Document
from wirediff.ui.common.alike import apart, outlets_apart
from wirediff.ui.doclist.apart import title_and_name
from wirediff.ui.doclist.columns import FILE, OUTLET, TITLE
from wirediff.ui.shell.window import MainWindow

NAME = "Clean_Air_and_Industrial_Emissions_Bill_draft_v{}.txt"


def test_an_outlets_takes_are_told_apart_whatever_their_titles(qapp) -> None:  # type: ignore[no-untyped-def]
    """The story panel names a version by its outlet: a wire's three takes of UPDATE 2
    read "Reuters · reuters…ate2.txt" three times (a desk's walkthrough)."""
    names = [
        ("reuters_20261205T0835Z_update2.txt", "UPDATE 2-Greek ferry sinks"),
        ("reuters_20261205T0850Z_refile_update2.txt", "REFILE-UPDATE 2-Greek ferry sinks"),
        ("reuters_20261205T1032Z_corrected_update2.txt", "CORRECTED-UPDATE 2-Greek ferry"),
        ("heraldpage.html", "Greek ferry sinks"),
    ]
    documents = [
        Document(path=Path(n), text="x", title=t, source="Reuters" if n[0] == "r" else "Herald")
        for n, t in names
    ]
    assert apart(documents, range(4)) == {}  # (titles unlike: the list's rule)
    assert apart(documents, range(4), titles=False) == {
        0: "T0835Z_update2.txt",
        1: "T0850Z_refile_update2.txt",
        2: "T1032Z_corrected_update2.txt",
    }


def test_what_tells_file_names_apart_keeps_its_word(qapp) -> None:  # type: ignore[no-untyped-def]
    """The start the names share is left out up to a separator ("v2.txt", not "2.txt");
    titles read alike that start alike, case and spaces aside; a version whose title is its
    own, or from another outlet, is not told apart."""
    bill = "Clean Air and Industrial Emissions Bill"

    def doc(name: str, title: str = bill, source: str = "") -> Document:
        return Document(path=Path(name), text="x", title=title, source=source)

    documents = [
        doc("CleanAirBill_v1.docx", f"{bill} (introduction print)"),
        doc("CleanAirBill_v2.txt", "CLEAN  AIR AND INDUSTRIAL EMISSIONS BILL"),
        doc("CleanAirBill_v3.pdf"),
        doc("Summary.txt", "Another title"),
        doc("Reuters_v1.txt", source="Reuters"),
    ]
    assert apart(documents, range(5)) == {0: "v1.docx", 1: "v2.txt", 2: "v3.pdf"}
    same = [doc("draft.txt"), doc("draft.txt")]  # (in two folders: nothing tells them apart)
    assert apart(same, [0, 1]) == {}
    news = [doc("reuters_rates_original.txt"), doc("pacificherald_rates_5.docx")]
    assert apart(news, [0, 1]) == {}  # (alike in nothing: "re…xt" told nothing; a re-check)
    # Each name against the one most like it: "02_edit.txt" and "02_edit_FINAL.txt" were
    # cut alike in a narrow list, "02_e….txt" (a standards editor).
    bank = [doc("bank_01_wire.txt"), doc("bank_02_edit.txt"), doc("bank_02_edit_FINAL.txt")]
    assert apart(bank, range(3)) == {0: "01_wire.txt", 1: "edit.txt", 2: "edit_FINAL.txt"}
    # A capture's time after its day: "20260312T0915.html" was cut to "20260312…", the
    # day every capture shares (a media monitor's walkthrough)
    live = [doc(f"meridian24-live_20260312T{t}.html") for t in ("0915", "1140", "1505")]
    assert apart(live, range(3)) == {0: "T0915.html", 1: "T1140.html", 2: "T1505.html"}
    # A Wayback capture's time: "20261201…" in every row (a Wikipedia editor's walkthrough)
    page = "westshire-herald.co.uk_news_millbrook-derailment.html"
    wayback = [
        doc(f"web.archive.org_web_2026120{t}_{page}") for t in ("1071500", "1160000", "2100000")
    ]
    assert apart(wayback, range(3)) == {0: "1 Dec 07:15", 1: "1 Dec 16:00", 2: "2 Dec 10:00"}
    # (captures seconds apart, or a year apart, read alike: a review)
    close = [doc(f"web.archive.org_web_{t}_{page}") for t in ("20261201160005", "20261201160047")]
    close.append(doc(f"web.archive.org_web_20251201160012_{page}"))
    assert apart(close, range(3)) == {
        0: "1 Dec 2026 16:00:05",
        1: "1 Dec 2026 16:00:47",
        2: "1 Dec 2025 16:00:12",
    }
    metrics = QFontMetrics(QApplication.font())
    room = metrics.horizontalAdvance("Central bank · edit_F")
    shown = {
        title_and_name("Central bank raises", p, metrics, room)
        for p in ("edit.txt", "edit_FINAL.txt")
    }
    assert len(shown) == 2, shown


def drafts(folder: Path, count: int) -> Path:
    """``count`` drafts of one title, undated, named as drafts are: only v1… v5 differ."""
    write_long_story(folder, versions=count, units=6)
    for n, path in enumerate(sorted(folder.iterdir()), 1):
        path.rename(folder / NAME.format(n))
    return folder


def visible(view: QTreeView, index: QModelIndex) -> str:
    """The text a cell shows: its delegate's, cut as the style cuts it to the cell."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)  # (its font, elide mode, widget: as the view paints)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    style = view.style()
    room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view).width()
    room -= 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1)
    return QFontMetrics(option.font).elidedText(option.text, option.textElideMode, room)


def test_drafts_of_one_title_read_apart_in_the_list(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    open_and_wait(qtbot, window, [drafts(tmp_path / "bill", 5)])
    assert window.index is not None
    (story,) = [s for s in window.index.stories if len(s.versions) == 5]
    doc_list, view = window.doc_list, window.doc_list.view
    rows = {v.doc: doc_list._row_of(v.doc) for v in story.versions}
    titles = {doc: row.siblingAtColumn(TITLE).data() for doc, row in rows.items()}
    assert len(set(titles.values())) == 1  # one title
    version = {doc: window.documents[doc].name[-6:-4] for doc in rows}  # "v1"...
    menu = doc_list.columns.menu(view)  # the File column not shown (no room, or unticked)
    (file_shown,) = [a for a in menu.actions() if a.data() == FILE]
    if file_shown.isChecked():
        file_shown.trigger()
    assert view.isColumnHidden(FILE)
    shown = {doc: visible(view, row.siblingAtColumn(TITLE)) for doc, row in rows.items()}
    assert len(set(shown.values())) == 5, shown
    for doc, text in shown.items():
        assert text.endswith(f" · {version[doc]}.txt"), text
        assert text.startswith(titles[doc][:8])  # the title first, cut at its end
    assert all(row.siblingAtColumn(TITLE).data() == titles[doc] for doc, row in rows.items())
    # The File column ticked (the header's menu): it keeps the part that differs, and the
    # title is the title alone.
    menu = doc_list.columns.menu(view)
    (tick,) = [a for a in menu.actions() if a.data() == FILE]
    tick.trigger()
    qtbot.waitUntil(lambda: not view.isColumnHidden(FILE))
    names = {doc: visible(view, row.siblingAtColumn(FILE)) for doc, row in rows.items()}
    assert len(set(names.values())) == 5, names
    for doc, text in names.items():
        assert text.endswith(f"{version[doc]}.txt") and "…" in text, text
        assert " · " not in visible(view, rows[doc].siblingAtColumn(TITLE))


FLOOD = (
    "Floods force thousands from homes in northern Pakistan\n\n"
    "ISLAMABAD ({outlet}) - Heavy monsoon rains flooded villages across northern Pakistan on "
    "Tuesday, forcing about {count} residents from their homes, officials said.\n\n"
    "The National Disaster Management Authority said {dead} people had died and rescue teams "
    "were working to reach cut-off areas.\n\n"
    '"We are doing everything we can," a spokesman said.\n'
)


def test_titles_alike_from_other_outlets_are_told_by_their_outlets(qapp) -> None:  # type: ignore[no-untyped-def]
    """Versions whose titles read alike though their outlets differ are each named by its
    outlet ("" for none); titles unlike, or one outlet's alone, are not."""

    def doc(name: str, title: str, source: str) -> Document:
        return Document(path=Path(name), text="x", title=title, source=source)

    flood = "Floods force thousands from homes in northern Pakistan"
    documents = [
        doc("flood_reuters.txt", flood, "Reuters"),
        doc("flood_ap_edit.txt", f"{flood.upper()} ", "AP"),
        doc("flood_blog.txt", flood, ""),
        doc("flood_reuters_2.txt", "Pakistan: thousands flee floods", "Reuters"),
    ]
    assert outlets_apart(documents, range(4)) == {0: "Reuters", 1: "AP", 2: ""}
    assert outlets_apart(documents, [0, 3]) == {}  # (one outlet: ``apart``'s file names)
    assert outlets_apart(documents, [1, 3]) == {}  # (titles unlike: nothing to tell)


def test_other_outlets_versions_read_apart_with_the_outlet_column_hidden(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """At 200% only the Title column was left, and Reuters' report and AP's edit of it read
    "Floods force thousa…" twice: file names told apart only one outlet's versions (a
    keyboard-only, 200% walkthrough). With the Outlet column not shown each title ends in its
    outlet; shown, the title is the title alone."""
    folder = tmp_path / "day"
    folder.mkdir()
    (folder / "flood_reuters.txt").write_text(
        FLOOD.format(outlet="Reuters", count="1,800", dead=12), encoding="utf-8"
    )
    (folder / "flood_ap_edit.txt").write_text(
        FLOOD.format(outlet="AP", count="1,200", dead=14), encoding="utf-8"
    )
    open_and_wait(qtbot, window, [folder])
    assert window.index is not None
    (story,) = [s for s in window.index.stories if len(s.versions) == 2]
    doc_list, view = window.doc_list, window.doc_list.view
    rows = {v.doc: doc_list._row_of(v.doc) for v in story.versions}
    window.splitter.setSizes([700, 300, 200])  # (a wide list: the Outlet column unticked)
    outlets = {doc: window.documents[doc].source for doc in rows}
    assert sorted(outlets.values()) == ["AP", "Reuters"]
    menu = doc_list.columns.menu(view)
    (outlet_shown,) = [a for a in menu.actions() if a.data() == OUTLET]
    if outlet_shown.isChecked():
        outlet_shown.trigger()
    qtbot.waitUntil(lambda: view.isColumnHidden(OUTLET))
    shown = {doc: visible(view, row.siblingAtColumn(TITLE)) for doc, row in rows.items()}
    assert len(set(shown.values())) == 2, shown
    for doc, text in shown.items():
        assert text.endswith(f" · {outlets[doc]}"), text
        assert text.startswith("Floods")
    menu = doc_list.columns.menu(view)
    (tick,) = [a for a in menu.actions() if a.data() == OUTLET]
    tick.trigger()
    qtbot.waitUntil(lambda: not view.isColumnHidden(OUTLET))
    for row in rows.values():
        assert " · " not in visible(view, row.siblingAtColumn(TITLE))


def test_where_a_storys_titles_part_is_found_widths_and_case_aside() -> None:
    """Yonhap's story and its (종합) update, Kyodo's and its copy mailed in full-width digits
    (an East Asia desk's walkthrough): where each title parts from the one most like it;
    none for a title another reads the same (file names and outlets tell those apart), nor
    for one alike in nothing."""
    from wirediff.ui.doclist.parting import where_titles_part

    yonhap = "삼성전자, 평택에 1조2천억원 투자…일자리 3만5천명 창출"
    kyodo = "政府、1兆2000億円の追加経済対策を閣議決定　能登復興を柱に"
    titles = {
        0: yonhap,
        1: yonhap + "(종합)",
        2: kyodo,
        3: "政府、１兆２千億円の追加経済対策を閣議決定",  # (Kyodo's, mailed)
        4: "政府、１兆２０００億円の追加経済対策を閣議決定　能登復興を柱に",  # (Mainichi's)
        5: "BTS's Jin to hold solo fan concert",
    }
    assert where_titles_part(titles) == {0: len(yonhap), 1: len(yonhap), 3: 6}
    same = {0: "FG approves N2.5 billion", 1: "FG APPROVES N2.5 BILLION", 2: "FG approves ₦2.5"}
    assert where_titles_part(same) == {2: 12}


def test_a_cut_title_keeps_the_part_that_tells_it_from_its_storys_others(qapp) -> None:  # type: ignore[no-untyped-def]
    """At 1400 pixels the title column shows five CJK characters: the two Yonhap versions
    read "삼성… · s…" twice. Cut, each keeps where it parts from the other: the update its
    "(종합)", the story its end; where the start shows that, it is cut at its end."""
    from wirediff.ui.doclist.apart import telling_title

    metrics = QFontMetrics(QApplication.font())
    story = "삼성전자, 평택에 1조2천억원 투자…일자리 3만5천명 창출"
    update = story + "(종합)"
    at = len(story)
    for chars in (7, 9, 12):
        room = metrics.horizontalAdvance("삼" * chars)
        shown = telling_title(update, at, metrics, room), telling_title(story, at, metrics, room)
        assert shown[0] != shown[1], shown
        assert shown[0].endswith("(종합)") and shown[0].startswith("삼"), shown
        assert shown[1].endswith("창출") and shown[1].startswith("삼"), shown
        assert all(metrics.horizontalAdvance(text) <= room for text in shown)
    room = metrics.horizontalAdvance("FG approves N2.5 b")  # (the start shows the part)
    cut = metrics.elidedText("FG approves N2.5 billion", Qt.TextElideMode.ElideRight, room)
    assert telling_title("FG approves N2.5 billion", 12, metrics, room) == cut
    assert telling_title(story, at, metrics, 10_000) == story
    # Parting inside a word or number: shown from its start ("１兆２千", not "千")
    mailed = "政府、１兆２千億円の追加経済対策を閣議決定"
    shown_mail = telling_title(mailed, 6, metrics, metrics.horizontalAdvance("政" * 9))
    assert "１兆２千" in shown_mail and "…" in shown_mail, shown_mail


def test_a_title_whose_differing_part_cannot_show_whole_is_cut_plainly(qapp) -> None:  # type: ignore[no-untyped-def]
    """Cut in its middle as well, what differs told nothing: "S…Korea -…", "⚡……", and the
    file name's part was gone (a review). It is cut at its end, as any title, and the
    list's file name tells it apart; an accent alone is never the part kept."""
    import unicodedata

    from wirediff.ui.doclist.apart import shows_apart, telling_title

    metrics = QFontMetrics(QApplication.font())
    story = "Samsung to invest 1.2 trillion won in a new chip line in Pyeongtaek, South Korea"
    longer = story + " - sources"
    room = metrics.horizontalAdvance("Samsung")
    cut = metrics.elidedText(longer, Qt.TextElideMode.ElideRight, room)
    assert not shows_apart(longer, len(story), metrics, room)
    assert telling_title(longer, len(story), metrics, room) == cut
    decomposed = unicodedata.normalize("NFD", "Hà Nội: xăng tăng từ chiều nay, lo về giá cả")
    at = len(decomposed) - 1  # (its last accent)
    assert unicodedata.combining(decomposed[at])
    wide = metrics.horizontalAdvance(decomposed[:6])
    shown = telling_title(decomposed, at, metrics, wide * 2)
    assert not unicodedata.combining(shown[shown.index("…") + 1]), shown


YONHAP = (
    "{title}\n\n"
    "(서울=연합뉴스) 홍길동 기자 = 삼성전자가 경기도 평택캠퍼스에 1조2천억원을 투자해 차세대 "
    "반도체 생산라인을 짓는다고 7일 밝혔다.\n\n"
    "삼성전자는 이번 투자로 2028년까지 협력업체를 포함해 약 3만5천명의 일자리가 새로 생길 "
    "것으로 내다봤다.\n\n"
    "새 생산라인은 내년 3월 착공해 2028년 하반기부터 고대역폭메모리(HBM)를 본격 양산할 "
    "계획이다.\n\n"
    "업계에서는 이번 투자가 인공지능(AI) 반도체 수요 증가에 대응하기 위한 것으로 보고 있다.\n"
    "{more}"
)


def test_a_storys_cjk_versions_read_apart_in_a_narrow_list(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    """A Korean desk's walkthrough, at 1400 pixels: Yonhap's story and its (종합) update both
    read "삼성… · s…" in the list. Each row now shows where its title parts from the
    other's, and no file name after a title that tells itself apart."""
    folder = tmp_path / "day1"
    folder.mkdir()
    story = "삼성전자, 평택에 1조2천억원 투자…일자리 3만5천명 창출"
    (folder / "yonhap_samsung.txt").write_text(
        YONHAP.format(title=story, more=""), encoding="utf-8"
    )
    more = '\n한편 전국삼성전자노동조합은 "고용 약속이 정규직 채용으로 이어져야 한다"고 밝혔다.\n'
    (folder / "yonhap_samsung_2bo.txt").write_text(
        YONHAP.format(title=story + "(종합)", more=more), encoding="utf-8"
    )
    open_and_wait(qtbot, window, [folder])
    assert window.index is not None
    (versions,) = [s.versions for s in window.index.stories if len(s.versions) == 2]
    doc_list, view = window.doc_list, window.doc_list.view
    window.resize(1400, 900)  # (the list's title column as narrow as the desk's)
    qtbot.waitUntil(
        lambda: view.columnWidth(TITLE) < QFontMetrics(view.font()).horizontalAdvance(story)
    )
    rows = {v.doc: doc_list._row_of(v.doc) for v in versions}
    shown = {doc: visible(view, row.siblingAtColumn(TITLE)) for doc, row in rows.items()}
    names = {doc: window.documents[doc].name for doc in rows}
    assert len(set(shown.values())) == 2, shown
    for doc, text in shown.items():
        assert " · " not in text, text
        assert text.endswith("(종합)" if "2bo" in names[doc] else "창출"), text
