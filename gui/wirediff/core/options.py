"""Every knob of a comparison, in one place."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class CompareOptions:
    """What counts as a difference, and every threshold of the alignment.

    The first group changes the comparison keys only: the displayed text is never altered.
    """

    # --- what is compared -------------------------------------------------------------------
    # Compare words without regard to case ("ISIS" == "Isis").
    ignore_case: bool = False
    # Drop punctuation tokens from the comparison (they are still shown, as equal text).
    ignore_punctuation: bool = False
    # Treat typographic variants as equal: curly and straight quotes and apostrophes, the
    # dashes and hyphens, non-breaking and other spaces, the ellipsis character.
    fold_typography: bool = True
    # Ignore differences in white space (how many spaces, line breaks inside a paragraph).
    fold_whitespace: bool = True

    # --- paragraphs -------------------------------------------------------------------------
    # A text is taken as hard-wrapped (a paragraph is a block of lines, not a line) when it
    # has at least `wrap_min_lines` lines, none longer than `wrap_max_line` characters, and
    # most of them sit in blocks of several lines.
    wrap_max_line: int = 100
    wrap_min_lines: int = 8

    # --- anchoring ----------------------------------------------------------------------------
    # Equal paragraphs and sentences are matched with difflib's longest common runs, whose
    # work grows with the square of how often one repeats. When the pairs of equal items
    # exceed this many per item (and 256), a greedy in-order match that looks at most
    # `greedy_window` items ahead on either side is used instead.
    repeat_work_factor: int = 8
    greedy_window: int = 32

    # --- pairing units (sentences) ----------------------------------------------------------
    # A sentence longer than this many tokens (a paragraph without stops) is cut after a
    # comma, semicolon or colon near the limit (or at it), keeping each word diff small.
    unit_max_tokens: int = 160
    # Two sentences pair up (as "changed") when the Dice coefficient of their word bags is at
    # least this. Below it they are a deletion plus an insertion.
    pair_min_similarity: float = 0.5
    # A merge or split (one sentence against two) is taken only when each of the two finds at
    # least this share of its words in the one it pairs with (so an unrelated neighbour
    # sharing a word or two is not swallowed), and scores `merge_penalty` matched words less
    # than the same words matched one to one.
    merge_part_min_share: float = 0.5
    merge_penalty: float = 1.0
    # Gaps between exactly equal sentences are aligned by dynamic programming when the gap
    # holds at most this many sentence pairs (left x right); larger gaps are first cut by
    # candidate pairs found through an index of rare words.
    dp_max_cells: int = 4096
    # Inside a gap, unit pairs are scored when they share a distinctive word: one found in at
    # most this share of the gap's right-hand units. Gaps of at most `exact_max_cells` pairs
    # score every pair.
    distinctive_max_share: float = 0.1
    exact_max_cells: int = 256
    # Large gaps and moves look candidates up in an index of words found in at most this
    # share of the units (and at least 8), and score the `candidates_per_unit` best.
    index_max_share: float = 0.02
    candidates_per_unit: int = 3

    # --- moves ------------------------------------------------------------------------------
    # A deleted unit and an inserted unit elsewhere are one moved unit when their similarity
    # is at least this (1.0 = moved unchanged; lower lets a moved unit carry edits).
    move_min_similarity: float = 0.6
    # Units shorter than this many words are never reported as moved (a lone "Reuters" line
    # recurring in two places is not a move).
    move_min_words: int = 5

    # --- rows -------------------------------------------------------------------------------
    # A row (one aligned band of the side-by-side view) never grows past this many words per
    # side; a longer paragraph is cut into several rows at sentence boundaries.
    row_max_words: int = 250

    # --- word diff clean-up -----------------------------------------------------------------
    # An equal run of at most this many tokens between two changes is folded into them when
    # every token in it is weak (punctuation, or a word of at most `weak_word_max_chars`
    # code points), so that a lone "the" or "," does not split one change in two.
    island_max_tokens: int = 2
    weak_word_max_chars: int = 3

    def to_dict(self) -> dict[str, Any]:
        """The options as plain JSON-ready data."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CompareOptions:
        """Options from ``to_dict`` output; unknown keys are ignored."""
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})
