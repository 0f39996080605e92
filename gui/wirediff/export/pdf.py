"""An HTML report printed to PDF by Qt's own text engine (QTextDocument), no browser.

Works headless: with no display, the offscreen platform is chosen before Qt starts.
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF
from PySide6.QtGui import (
    QFont,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
    QTextOption,
)

from wirediff.core.textsafe import printable

_app: QGuiApplication | None = None  # kept alive while this process prints


def _ensure_application() -> None:
    """A QGuiApplication (fonts need one); offscreen when there is nothing to show on."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    no_display = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_display and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # else Qt aborts the process
    _app = QGuiApplication(sys.argv[:1] or ["wirediff"])


def print_document(html: str) -> QTextDocument:
    """``html`` as a document to print (a PDF, or a printer the user chose): its font, and
    words longer than a line (URLs, hashes) broken anywhere rather than cut off."""
    _ensure_application()
    document = QTextDocument()
    font = QFont("DejaVu Sans", 8)
    # No ligatures: "ﬁ" and "ﬀ" glyphs would copy out of the PDF as single characters,
    # and a file name or hash copied from the evidence must be the same string.
    for tag in ("liga", "clig", "dlig"):
        font.setFeature(QFont.Tag(tag), 0)
    document.setDefaultFont(font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)
    document.setHtml(html)
    return document


def html_to_pdf(html: str, *, title: str = "", creator: str = "wirediff") -> bytes:
    """``html`` laid out on A4 pages (2 cm margins, page numbers) as PDF bytes. ``title``
    (the document's metadata, which viewers show in their title bar) is filtered as the
    page shows it: a U+202E or an ESC in an article's title is shown, not obeyed."""
    document = print_document(html)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(printable(title, one_line=True))
    writer.setCreator(printable(creator, one_line=True))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(0, 0, 0, 0),  # QTextDocument.print_ adds its own 2 cm
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(writer)
    del writer  # ends the PDF
    buffer.close()
    return bytes(data.data())
