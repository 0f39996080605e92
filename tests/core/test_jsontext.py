"""JSON read from files and stored values: every way hostile text fails is one ValueError
saying why, never a traceback of another type."""

from __future__ import annotations

import pytest

from wirediff.core.jsontext import JSONTextError, parse_json


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("[{", "not valid JSON (line 1, column 3)"),
        ("[" * 100_000 + "]" * 100_000, "JSON nested too deeply"),  # was RecursionError
        ("[" + "9" * 5000 + "]", "a number of 5,000 digits (at most 4,300 can be read)"),
        ('{"a": -' + "1" * 4301 + "}", "a number of 4,301 digits"),  # was a bare ValueError
    ],
)
def test_hostile_json_is_one_error_saying_why(text: str, reason: str) -> None:
    with pytest.raises(JSONTextError) as raised:
        parse_json(text)
    assert reason in str(raised.value) and isinstance(raised.value, ValueError)


def test_json_within_the_limits_reads_as_json_does() -> None:
    text = '{"n": ' + "9" * 4300 + ', "f": 1e999, "deep": ' + "[" * 500 + "]" * 500 + "}"
    data = parse_json(text)
    assert data["n"] == int("9" * 4300) and data["f"] == float("inf")
    assert parse_json('[1, "x", null]') == [1, "x", None]
