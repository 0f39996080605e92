"""What a command-line comparison imports: nothing it does not use (start-up is most of it)."""

import subprocess
import sys
import textwrap


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
        from wirediff.core import tokens
        from wirediff.core.compare import compare
        compare("The minister said so.\\n", "The minister said no.\\n")
        assert tokens._pattern.cache_info().currsize == 1, tokens._pattern.cache_info()
        compare("東京は晴れ。\\n", "東京は雨。\\n")
        assert tokens._pattern.cache_info().currsize == 2, tokens._pattern.cache_info()
    """
    imported_after(code)
