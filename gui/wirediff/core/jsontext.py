"""JSON text read from a file the user gives or a value kept on disk (a corrections file, a
review store row, a setting, an index's summary), every way it can fail said in one
``ValueError``.

``json.loads`` fails in three ways on hostile text, not one: ``JSONDecodeError`` for broken
JSON, ``RecursionError`` for "[" nested a hundred thousand deep, and a bare ``ValueError``
for an integer of more than 4,300 digits (Python's limit on converting digits). Callers
that caught the first alone ended in a traceback on the others.
"""

from __future__ import annotations

import json
import sys
from typing import Any


class JSONTextError(ValueError):
    """Text that cannot be read as JSON; the message says why in a few words ("not valid
    JSON (line 1, column 3)", "JSON nested too deeply", "a number of 5,000 digits …")."""


def _integer(digits: str) -> int:
    try:
        return int(digits)
    except ValueError:  # past sys.get_int_max_str_digits()
        length = len(digits.removeprefix("-"))
        limit = sys.get_int_max_str_digits()
        raise JSONTextError(
            f"a number of {length:,} digits (at most {limit:,} can be read)"
        ) from None


# One decoder for every parse (json.loads builds one per call when given a hook).
_DECODER = json.JSONDecoder(parse_int=_integer)


def parse_json(text: str) -> Any:
    """``text`` as JSON; ``JSONTextError`` (a ``ValueError``) when it cannot be read."""
    try:
        return _DECODER.decode(text)
    except json.JSONDecodeError as exc:
        raise JSONTextError(f"not valid JSON (line {exc.lineno}, column {exc.colno})") from None
    except RecursionError:
        raise JSONTextError("JSON nested too deeply") from None


def json_text(data: Any) -> str:
    """``data`` as the JSON wirediff writes (a command's output, an export): UTF-8 text as
    it is (no \\u escapes), indented one space, ending in a line break."""
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"
