"""Command-line options for what a comparison ignores, shared by the commands that compare."""

from __future__ import annotations

import argparse

from wirediff.core.options import CompareOptions


def add_compare_arguments(parser: argparse.ArgumentParser) -> None:
    """--ignore-case, --ignore-punctuation, --ignore-paragraphs, --ignore-numbering,
    --ignore-fillers,
    --no-fold-typography, --no-fold-arabic-letters, --no-fold-yo, --no-fold-eszett,
    --no-fold-han and --no-fold-lookalikes."""
    parser.add_argument("--ignore-case", action="store_true", help="ignore case differences")
    parser.add_argument(
        "--ignore-punctuation", action="store_true", help="ignore punctuation differences"
    )
    parser.add_argument(
        "--ignore-paragraphs",
        action="store_true",
        help="take no notice of paragraph breaks (a paragraph split in two, or two joined)",
    )
    parser.add_argument(
        "--ignore-numbering",
        action="store_true",
        help="compare the numbering lines start with as equal (2.3, (4), (c), Section 6): "
        "a redraft renumbers every clause after one it puts in",
    )
    parser.add_argument(
        "--ignore-fillers",
        action="store_true",
        help="leave spoken fillers out of the comparison (um, uh, erm, euh, äh): a "
        "transcript's corrections removed them by the hundred",
    )
    parser.add_argument(
        "--no-fold-typography",
        action="store_true",
        help="tell curly from straight quotes, the dashes, the long s (ſ), the ligatures "
        "(ﬁ), full-width forms (６) and other scripts' digits (४) apart",
    )
    parser.add_argument(
        "--no-fold-arabic-letters",
        action="store_true",
        help="tell Arabic-script letter variants apart (Arabic and Farsi yeh, kaf and keheh, "
        "heh and heh goal), and words with and without tatweel or optional marks (Hebrew "
        "points too)",
    )
    parser.add_argument(
        "--no-fold-yo", action="store_true", help="tell ё from е apart (Пётр and Петр)"
    )
    parser.add_argument(
        "--no-fold-eszett",
        action="store_true",
        help="tell ß from ss apart (Straße and Strasse)",
    )
    parser.add_argument(
        "--no-fold-han",
        action="store_true",
        help="tell traditional Chinese characters from simplified ones apart (發 and 发)",
    )
    parser.add_argument(
        "--no-fold-lookalikes",
        action="store_true",
        help="tell a Latin letter in a Cyrillic word from the Cyrillic one it looks like "
        "(o and о in пoдстанцию)",
    )


def compare_options(args: argparse.Namespace) -> CompareOptions:
    """The CompareOptions the parsed arguments ask for."""
    return CompareOptions(
        ignore_case=args.ignore_case,
        ignore_punctuation=args.ignore_punctuation,
        ignore_paragraphs=args.ignore_paragraphs,
        ignore_numbering=args.ignore_numbering,
        ignore_fillers=args.ignore_fillers,
        fold_typography=not args.no_fold_typography,
        fold_arabic_letters=not args.no_fold_arabic_letters,
        fold_yo=not args.no_fold_yo,
        fold_eszett=not args.no_fold_eszett,
        fold_han=not args.no_fold_han,
        fold_lookalikes=not args.no_fold_lookalikes,
    )
