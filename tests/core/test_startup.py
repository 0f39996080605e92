"""What a command-line comparison imports: nothing it does not use (start-up is most of it)."""

import subprocess
import sys
import textwrap

import pytest


def imported_after(code: str) -> set[str]:
    script = textwrap.dedent(code) + "\nimport sys\nprint('\\n'.join(sorted(sys.modules)))\n"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_the_package_does_not_look_up_its_version_until_asked():
    modules = imported_after("import wirediff, wirediff.cli")
    assert "importlib.metadata" not in modules
    assert "wirediff.ui" not in modules and "PySide6" not in modules


def test_the_version_is_still_there():
    out = subprocess.run(
        [sys.executable, "-c", "import wirediff; print(wirediff.__version__)"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip()


def test_a_comparison_compiles_one_token_pattern_and_no_ideographs_for_latin_text():
    code = """
        from wirediff.core import segments, tokens
        from wirediff.core.compare import compare
        compare("The minister said “so”.\\n", "The minister said “no”.\\n")
        assert tokens._pattern.cache_info().currsize == 1, tokens._pattern.cache_info()
        unused = (
            tokens._arabic_script,
            tokens._beyond_ideograph_start,
            segments._glued_end,
            segments._cjk_end,
        )
        assert [f.cache_info().currsize for f in unused] == [0, 0, 0, 0]
        compare("東京は晴れ。\\n", "東京は雨。\\n")
        assert tokens._pattern.cache_info().currsize == 2, tokens._pattern.cache_info()
        assert segments._cjk_end.cache_info().currsize == 1
        compare("اس نے کہا۔پولیس آئی\\n", "اس نے کہا۔ پولیس آئی\\n")
        assert tokens._arabic_script.cache_info().currsize == 1
        assert segments._glued_end.cache_info().currsize == 1
    """
    imported_after(code)


# What `wirediff compare` of two .txt files must not import: the other formats' readers and
# the standard library's parsers they use, the metadata guesses only the HTML page shows,
# the other output formats, and what only failures or output files need.
OTHER_READERS = {
    "wirediff.core.reading.webpage",
    "wirediff.core.reading.jsonfile",
    "wirediff.core.reading.csvfile",
    "wirediff.core.reading.records",
    "wirediff.core.reading.docx",
    "wirediff.core.reading.pdf",
    "wirediff.core.reading.subtitles",
    "wirediff.core.reading.markup",
    "wirediff.core.reading.folder",
    "html.parser",
    "xml.parsers.expat",
    "zipfile",
    "email.utils",
    "socket",
    "trafilatura",
    "charset_normalizer",
    "pypdf",
}
# The engine's records and named tuples are made without dataclasses (which imports inspect,
# ast, dis...) and typing; only the metadata guesses (for the HTML page and JSON) use
# dataclasses.replace.
NOT_HTML = {"dataclasses", "inspect", "typing", "contextlib"}
UNUSED = {
    "text": {
        "wirediff.core.reading.metadata",
        "wirediff.core.reading.dates",
        "wirediff.core.report.html",
        "wirediff.core.report.jsonout",
        "json",
        *NOT_HTML,
    },
    "json": {"wirediff.core.report.html"},
    "html": {"wirediff.core.report.jsonout", "json"},
}
ALWAYS_UNUSED = {
    *("logging", "secrets", "hashlib", "importlib.metadata", "csv"),
    # argparse would import shutil (with bz2, lzma) for the terminal's width
    *("shutil", "bz2", "lzma"),
    *("wirediff.ui", "PySide6"),
}


@pytest.mark.parametrize("fmt", ["text", "json", "html"])
def test_comparing_two_text_files_imports_only_what_the_format_uses(tmp_path, fmt):
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("REUTERS - The minister said so on July 24, 2021.\n", encoding="utf-8")
    right.write_text("REUTERS - The minister said no on July 24, 2021.\n", encoding="utf-8")
    modules = imported_after(
        f"""
        import io, sys
        from wirediff.cli import main
        sys.stdout = io.StringIO()
        status = main(["compare", "--format", {fmt!r}, {str(left)!r}, {str(right)!r}])
        printed = sys.stdout.getvalue()
        sys.stdout = sys.__stdout__
        assert status == 0 and "minister" in printed, (status, printed)
        from wirediff.core import textsafe, tokens
        # Printable text needs no filter pattern; plain text, the small token pattern.
        assert textsafe._unsafe.cache_info().currsize == 0
        assert tokens._pattern.cache_info().currsize == 1
        assert tokens._pattern("visible", tokens._PLAIN) is tokens.pattern_for("visible", "a")
        """
    )
    assert "wirediff.core.compare" in modules and "wirediff.core.reading.text" in modules
    unwanted = (OTHER_READERS | UNUSED[fmt] | ALWAYS_UNUSED) & modules
    assert not unwanted


def test_an_html_comparison_still_guesses_outlet_and_date(tmp_path):
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("Reuters\n\nThe minister said so on July 24, 2021.\n", encoding="utf-8")
    right.write_text("Reuters\n\nThe minister said no on July 24, 2021.\n", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "wirediff", "compare", "--format", "html", str(left), str(right)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert "Reuters · 2021-07-24" in out.stdout


@pytest.mark.parametrize(("call", "frozen"), [("main()", True), ("main(sys.argv[1:])", False)])
def test_a_command_run_as_the_process_keeps_the_collector_off_its_start_up(tmp_path, call, frozen):
    # What start-up made lives until exit: the launcher's call freezes it (the collector
    # walks it no more); a call from other code (a test, an embedding program) does not.
    left, right = tmp_path / "a.txt", tmp_path / "b.txt"
    left.write_text("One two three.\n", encoding="utf-8")
    right.write_text("One two four.\n", encoding="utf-8")
    code = f"""
        import gc, io, sys
        from wirediff.cli import main
        sys.argv = ["wirediff", "compare", {str(left)!r}, {str(right)!r}]
        sys.stdout = io.StringIO()
        assert {call} == 0
        sys.stdout = sys.__stdout__
        assert gc.isenabled()
        assert (gc.get_freeze_count() > 0) is {frozen}, gc.get_freeze_count()
    """
    imported_after(code)


@pytest.mark.parametrize(
    ("columns", "expected"), [("100", 100), ("0", 77), ("wide", 77), (None, 77)]
)
def test_the_terminal_width_as_shutil_finds_it(monkeypatch, columns, expected):
    import io

    from wirediff.commands.output import terminal_columns

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    monkeypatch.setattr(sys, "__stdout__", io.StringIO())  # not a terminal: no fileno
    assert terminal_columns(77) == expected
