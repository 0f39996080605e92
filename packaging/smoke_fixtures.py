"""Write the inputs of the frozen app's reading smoke test: a pair of web pages and of PDFs.

    python packaging/smoke_fixtures.py OUT_DIR

Each pair holds the same short story in which one sentence differs ("would go ahead" and
"would be delayed"), so a comparison of the pair must report exactly that change. The pages
carry navigation and footer boilerplate that trafilatura has to strip; the PDFs are written by
Qt with a text layer that pypdf has to read.
"""

from __future__ import annotations

import html
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QGuiApplication, QPageSize, QPainter, QPdfWriter, QTextDocument

ENDINGS = {"a": "would go ahead", "b": "would be delayed"}
TITLE = "US troops to shift role in Iraq"


def paragraphs(ending: str) -> list[str]:
    """The story, one string per paragraph."""
    return [
        f"Paragraph {i}: US combat troops will leave Iraq by the end of the year, officials said"
        f" on Monday. The minister said the plan {ending if i == 3 else 'stands'}."
        for i in range(8)
    ]


def write_page(path: Path, ending: str) -> None:
    """A saved web page with boilerplate around the article."""
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(ending))
    path.write_text(
        f"<html><head><meta charset='utf-8'><title>{TITLE}</title></head><body>"
        "<nav><a href='/'>Home</a> | <a href='/news'>News</a></nav>"
        f"<article><h1>{TITLE}</h1>{body}</article>"
        "<footer>Subscribe to our newsletter. Back to top</footer></body></html>",
        encoding="utf-8",
    )


def write_pdf(path: Path, ending: str) -> None:
    """A one-page PDF with a text layer."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText("\n\n".join([TITLE, *paragraphs(ending)]))
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
    painter = QPainter(writer)
    document.drawContents(painter)
    painter.end()


def main(argv: list[str]) -> int:
    """Write a.html, b.html, a.pdf and b.pdf into the folder named on the command line."""
    if len(argv) != 1:
        print("usage: python packaging/smoke_fixtures.py OUT_DIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication(sys.argv[:1])
    for name, ending in ENDINGS.items():
        write_page(out / f"{name}.html", ending)
        write_pdf(out / f"{name}.pdf", ending)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
