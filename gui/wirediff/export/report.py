"""An evidence report as the bytes of a file: HTML, PDF (printed by Qt), CSV or JSON.

Shared by ``wirediff report`` and the app's File ▸ Export. Qt is imported only when a PDF is
asked for (``ImportError`` if it cannot be), so the command line runs without it otherwise.
"""

from __future__ import annotations

from wirediff.core.report.evidence import EvidenceReport

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable

# A file's extension -> the format written.
FORMATS = {".html": "html", ".htm": "html", ".pdf": "pdf", ".json": "json", ".csv": "csv"}


def render(
    report: EvidenceReport,
    fmt: str,
    warn: Callable[[str], None] | None = None,
    bom: bool = True,
    context: int | None = None,
) -> bytes:
    """``report`` in format ``fmt`` (html, pdf, json or csv). ``warn`` is told, in words,
    of characters a PDF could not draw (no font for them here; see ``export.pdf``).
    ``bom``: a CSV starts with a byte-order mark (for a file a spreadsheet may open).
    ``context``: an HTML's or a PDF's aligned text is its changed rows only, with this many
    around each (``evidence_html.render_report``)."""
    if fmt == "json":
        from wirediff.core.report.evidence_data import to_json

        text = to_json(report)
    elif fmt == "csv":
        from wirediff.core.report.evidence_data import to_csv

        text = to_csv(report, bom=bom)
    else:
        from wirediff.core.report.evidence_html import render_report

        text = render_report(report, for_print=fmt == "pdf", context=context)
        if fmt == "pdf":
            from wirediff.export.pdf import html_to_pdf  # Qt: only for a PDF

            return html_to_pdf(text, title=report.title, warn=warn)
    # Text from other sources may hold lone surrogates no UTF-8 writer takes: escape them.
    return text.encode("utf-8", "backslashreplace")
