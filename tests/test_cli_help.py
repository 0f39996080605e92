"""`wirediff --help`: every command listed, in plain text."""

from __future__ import annotations

import pytest

from wirediff.cli import COMMANDS, main


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_help_lists_every_command_without_markup(flag: str, capsys) -> None:  # type: ignore[no-untyped-def]
    assert main([flag]) == 0
    out = capsys.readouterr().out
    for name in COMMANDS:
        assert f"\n  {name} " in out, name
    assert "stories" in out and "--screenshot" in out and "--self-test" in out
    assert "`" not in out  # no reStructuredText quoting
