"""Grouping archives past one machine: ``wirediff stories SOURCE --engine dask``.

Needs the ``scale`` extra (``pip install wirediff[scale]``: Dask, distributed, pandas,
pyarrow, fsspec, NumPy); ``missing()`` says what is not installed. Nothing here is imported
unless the Dask engine is asked for, and the desktop app leaves this package out.
"""

from __future__ import annotations

import importlib.util

EXTRA = ("dask", "distributed", "pandas", "pyarrow", "fsspec", "numpy")


def missing() -> list[str]:
    """The packages of the ``scale`` extra that cannot be imported."""
    return [name for name in EXTRA if importlib.util.find_spec(name) is None]
