"""Excerpt a Debian machine-readable copyright file: the paragraphs for some upstream files.

How the Qt notices in this folder were made (README.md here says from which packages and with
which paths): keep the header's first line, the ``Files`` paragraphs that name any of the given
source paths (as written in the file, patterns included), and the stand-alone ``License``
paragraphs they refer to. Paragraphs are copied unchanged, in their order in the file, comment
lines left out; nothing is added.

    python packaging/notices/excerpt.py COPYRIGHT PATH... > OUT
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from licences import dep5_field, dep5_names, dep5_paragraphs


def excerpt(text: str, wanted: list[str]) -> str:
    """The header's first line, the Files paragraphs naming a wanted path, and their licences."""
    blocks = dep5_paragraphs(text)

    def files(block: str) -> list[str]:
        return " ".join(dep5_field(block, "Files")).split()

    chosen = [block for block in blocks[1:] if set(files(block)) & set(wanted)]
    missing = sorted(set(wanted) - {path for block in chosen for path in files(block)})
    if missing:
        raise SystemExit(f"no Files paragraph names {', '.join(missing)}")
    used: list[str] = []
    for block in chosen:
        licence = dep5_field(block, "License")
        if len(licence) == 1:  # no text in the paragraph: a stand-alone one holds it
            used += [name.lower() for name in dep5_names(licence[0])]
    texts = [
        block
        for block in blocks[1:]
        if not files(block)
        and dep5_field(block, "License")[:1] != []
        and dep5_field(block, "License")[0].lower() in used
    ]
    return "\n\n".join([blocks[0].splitlines()[0], *chosen, *texts]) + "\n"


if __name__ == "__main__":
    source = Path(sys.argv[1]).read_text(encoding="utf-8")
    sys.stdout.write(excerpt(source, sys.argv[2:]))
