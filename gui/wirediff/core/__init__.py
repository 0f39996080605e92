"""The wirediff engine: reading, tokenizing, aligning and diffing texts.

Standard library (and chosen non-Qt libraries) only: this package never imports Qt, so that
it can be tested, benchmarked and used from the command line without a display. A test
imports it with PySide6 blocked.
"""
