"""Every knob of a comparison, in one place."""

from __future__ import annotations

from wirediff.core.record import record

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Mapping
    from typing import Any, ClassVar


@record(frozen=True)
class CompareOptions:
    """What counts as a difference, and every threshold of the alignment.

    The first group changes the comparison keys only: the displayed text is never altered.
    """

    # The switches a user sets: what counts as a difference. Every other field is a threshold
    # chosen on the development data, which a later version may tune: settings keep only
    # these (``to_user_dict`` / ``from_user_dict``), so a stored value never overrides it.
    USER_FIELDS: ClassVar[tuple[str, ...]] = (
        "ignore_case",
        "ignore_punctuation",
        "fold_typography",
        "fold_arabic_letters",
        "fold_yo",
        "fold_eszett",
        "fold_han",
        "fold_lookalikes",
        "fold_whitespace",
        "ignore_paragraphs",
        "ignore_numbering",
        "ignore_fillers",
    )
    # The folds of one script's letter variants, one switch in the Compare menu.
    SCRIPT_FOLDS: ClassVar[tuple[str, ...]] = (
        "fold_arabic_letters",
        "fold_yo",
        "fold_eszett",
        "fold_han",
        "fold_lookalikes",
    )
    # Switches of the engine's own, not offered to the user: the derivation evidence turns
    # the display's newer word-diff clean-ups off to measure as it was calibrated.
    ENGINE_SWITCHES: ClassVar[tuple[str, ...]] = ("island_fold_grown", "join_respaced")

    # --- what is compared -------------------------------------------------------------------
    # Compare words without regard to case ("ISIS" == "Isis").
    ignore_case: bool = False
    # Drop punctuation tokens from the comparison (they are still shown, as equal text).
    ignore_punctuation: bool = False
    # Treat typographic variants as equal: curly and straight quotes and apostrophes, the
    # dashes and hyphens, non-breaking and other spaces, the ellipsis character, the long s
    # and the Latin ligatures (ſ as s, ﬁ as fi).
    fold_typography: bool = True
    # Treat Arabic-script variants as equal: Arabic and Farsi yeh and alef maksura (ي ى ی),
    # Arabic kaf and keheh (ك ک), heh and heh goal (ه ہ), tatweel, harakat and other optional
    # marks, zero-width (non-)joiners inside words, presentation forms, Arabic-Indic digits;
    # and Hebrew's points and cantillation marks (niqqud), optional as harakat are.
    fold_arabic_letters: bool = True
    # Treat ё as е (Ё as Е): Russian and Belarusian print the diaeresis when they choose to,
    # so one outlet's "Пётр Ёлкин" is another's "Петр Елкин", the same name.
    fold_yo: bool = True
    # Treat ß as ss (ẞ as SS): Swiss German writes no ß, so an SDA rewrite of a dpa story
    # ("Massnahme", "Strasse") was a word changed wherever the German wrote "Maßnahme",
    # "Straße" (a German/Swiss desk's walkthrough: 81% similar, the same words).
    fold_eszett: bool = True
    # Treat a traditional Chinese character as its simplified form (發 as 发, 縣 as 县): a Taiwan
    # or Hong Kong paper reprints Xinhua's text in traditional characters (``core.han``).
    fold_han: bool = True
    # Treat a word that mixes Latin and Cyrillic letters as its main script's word, the
    # other's look-alike letters as its own (Latin o in "пoдстанцию" as о: ``core.lookalikes``):
    # a copy disguised with Latin a o e c p was "8% similar" to the agency text it copies.
    fold_lookalikes: bool = True
    # Ignore differences in white space (how many spaces, line breaks inside a paragraph).
    fold_whitespace: bool = True
    # Take no notice of paragraph breaks: a paragraph split in two or two run into one is
    # then no change (as when the words are all that matter: a paper re-paragraphs copy).
    ignore_paragraphs: bool = False
    # Compare the numbering labels lines start with as equal ("2.3", "(4)", "(c)", "Section
    # 6": ``numbering``): a redraft that puts one clause in renumbers every one after it.
    ignore_numbering: bool = False
    # Drop spoken fillers ("um", "uh", "erm", "euh", "äh", "э-э") from the comparison: an
    # interview's corrected transcript removed 121 of them, a third of its 367 changes (a
    # broadcast editor's walkthrough). Shown, as equal text.
    ignore_fillers: bool = False

    # --- paragraphs and sentences -------------------------------------------------------------
    # A text is taken as hard-wrapped (a paragraph is a block of lines, not a line) when it
    # has at least `wrap_min_lines` lines, at most `wrap_long_share` of them (a URL, a table
    # row) longer than `wrap_max_line` characters, and most of them sit in blocks of several
    # lines.
    wrap_max_line: int = 100
    wrap_min_lines: int = 8
    wrap_long_share: float = 0.05
    # A first sentence of a paragraph with at most this many words and no lower-case letter
    # is a dateline ("LAHORE.", "لاہور ۔") and stays with the sentence after it.
    dateline_max_words: int = 2
    # A sentence longer than this many tokens (a paragraph without stops) is cut into pieces
    # of a third of this to this many, after a comma, semicolon or colon (of any script)
    # where there is one, else where its content says, keeping each word diff small.
    unit_max_tokens: int = 80

    # --- anchoring ----------------------------------------------------------------------------
    # Equal paragraphs and sentences are matched with difflib's longest common runs, whose
    # work grows with the square of how often one repeats. When the pairs of equal items
    # exceed this many per item (and 256), a greedy in-order match that looks at most
    # `greedy_window` items ahead on either side is used instead. Pairing bounds its groups
    # alike: a gap weighs at most `repeat_work_factor` x `group_max_units` candidate groups
    # per sentence (and 256); past that (a tiny vocabulary, where every pair of sentences
    # shares enough words) each sentence keeps the `group_max_units` best group corners.
    repeat_work_factor: int = 8
    greedy_window: int = 32

    # --- pairing sentences --------------------------------------------------------------------
    # Between exactly equal sentences, groups of sentences are paired by dynamic programming:
    # any n:m with n and m at most `group_max_units` (a sentence split in three, two merged
    # into one...). Pairs are scored on the words they share, each word weighted by how
    # rare it is in the two texts (log of units per unit holding it): names, numbers and rare
    # words count most, words found in most sentences ("the", "and") almost nothing.
    group_max_units: int = 4
    # Two groups pair up (as "changed") when the weighted Dice coefficient of their words is
    # at least `pair_min_weighted_dice`, or when the smaller one, of at least
    # `containment_min_words` words, finds at least `pair_min_containment` of its weight in
    # the other (a trimmed sentence). Below both they are a deletion plus an insertion.
    # Chosen on the development data (see the README's alignment benchmark).
    pair_min_weighted_dice: float = 0.3
    pair_min_containment: float = 0.7
    containment_min_words: int = 3
    # Two groups that share only one word (counted with repeats) pair, by either rule above
    # or the rewrite pass below, only when neither has more than this many words: "63.62
    # years" and "64.35 years" are one list item edited, but a lone "Reuters" credit line
    # and a five-word photo credit "REUTERS/Thaier Al-Sudani/File Photo" at the same place
    # are a line deleted and another inserted. Chosen on the development data.
    single_word_pair_max_words: int = 4
    # After moves are found, what is still deleted and inserted at the same place (between
    # the same two pairs) is paired again with this lower least weighted Dice: a sentence
    # rewritten in place keeps its place, which vouches for the few words it kept.
    rewrite_min_weighted_dice: float = 0.15
    # ...unless the place holds more than this many sentence pairs (left x right): a place
    # that large (two unrelated texts) vouches for no pair.
    rewrite_max_cells: int = 400
    # A pair (of either pass) whose word diff, as shown, keeps no word in common but short
    # ones and punctuation, and whose matched words carry less than this share of the two
    # sides' weight (weighted Dice of the words the word diff matches, in order), is a
    # deletion and an insertion: "in electrochemistry, hydrolysis can also refer to the
    # electrolysis of water." and "strong acids also undergo hydrolysis." share "hydrolysis"
    # and "also" (one of them matchable in order) and a full stop, not an edit. Chosen on
    # the development data (no pair of Bible translations of a verse is under 0.15).
    unrelated_max_share: float = 0.1
    # In a group of more than one sentence on a side, each of them finds at least this share
    # of its weight in the other side's group (an unrelated neighbour sharing a word or two is
    # not swallowed), and each sentence past the first two costs `group_penalty` times the
    # mean weight of a word, so that a group is only taken where it matches more than its
    # parts would.
    group_part_min_share: float = 0.2
    group_penalty: float = 1.0
    # A group that spans a paragraph break on a side (a sentence split across two paragraphs)
    # is taken only when each of its sentences finds at least this share of its weight on
    # the other side: paragraphs that merely stand next to each other are not glued.
    group_across_min_share: float = 0.4
    # Gaps between exactly equal sentences are aligned by dynamic programming when the gap
    # holds at most this many sentence pairs (left x right); larger gaps are first cut by
    # candidate pairs found through an index of rare words.
    dp_max_cells: int = 40000
    # Inside a gap, unit pairs are scored when they share a distinctive word: one found in at
    # most this share of the gap's right-hand units (any word in gaps of at most
    # `exact_max_cells` pairs), and a bound on their shared weight can reach a threshold.
    distinctive_max_share: float = 0.1
    exact_max_cells: int = 256
    # Large gaps and moves look candidates up in an index of words found in at most this
    # share of the units (and at least 8), and score the `candidates_per_unit` best.
    index_max_share: float = 0.02
    # No word weighs less than this (a word in every sentence weighs log((N+1)/N), about
    # 1/N): in a list or table repeated with one word changed per line, the words every line
    # shares weighed nothing, no line paired, and twenty such lines were all deleted and
    # inserted ("0% similar").
    word_weight_min: float = 0.07
    candidates_per_unit: int = 3

    # --- moves ------------------------------------------------------------------------------
    # A block of deleted sentences (a run of them in one paragraph) and a block of inserted
    # ones elsewhere are one moved unit when the weighted Dice similarity of their words is
    # at least this (1.0 = moved unchanged; lower lets a moved unit carry edits, splits and
    # rewordings). Chosen on the development data.
    move_min_similarity: float = 0.4
    # Blocks of fewer than this many words are never reported as moved (a lone "Reuters"
    # line recurring in two places is not a move).
    move_min_words: int = 5

    # --- rows -------------------------------------------------------------------------------
    # A row (one aligned band of the side-by-side view) never grows past this many words per
    # side; a longer paragraph is cut into several rows at sentence boundaries.
    row_max_words: int = 250

    # --- word diff clean-up -----------------------------------------------------------------
    # An equal run of at most this many visible tokens between two changes is shown inside
    # one replacement when it has no more tokens than the change on either side of it
    # (diff-match-patch's semantic clean-up), or when it is a single weak token
    # (punctuation, or a word of at most `weak_word_max_chars` code points): a lone "the" or
    # "on Monday" between rewritten phrases does not cut one change in three. Never between
    # two deletions or two insertions. The statistics still count its words as matched.
    island_max_tokens: int = 4
    weak_word_max_chars: int = 3
    # False: each equal run is weighed against the changes beside it as the diff found them.
    # True: against those changes as earlier folds grew them, the clean-up of before, which
    # hid matched words in rewritten sentences; the derivation evidence (a sentence is kept
    # when most of its words are shown equal) was calibrated on it and keeps it.
    island_fold_grown: bool = False
    # In Arabic-script text, words written together on one side and apart on the other
    # ("وزیراعظم" / "وزیر اعظم") are equal, as is Urdu's doubled quote ’’ against ".
    # The derivation evidence, calibrated without it, turns it off.
    join_respaced: bool = True

    def to_dict(self) -> dict[str, Any]:
        """The options as plain JSON-ready data."""
        return {name: getattr(self, name) for name in self.__match_args__}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> CompareOptions:
        """Options from ``to_dict`` output; unknown keys are ignored."""
        return cls(**{k: v for k, v in data.items() if k in cls.__match_args__})

    # What each switch that makes a difference no difference ignores, as the window and the
    # reports say it ("case and numbering ignored").
    IGNORED: ClassVar[Mapping[str, str]] = {
        "ignore_case": "case",
        "ignore_punctuation": "punctuation",
        "fold_typography": "typographic variants",
        "ignore_paragraphs": "paragraph breaks",
        "ignore_numbering": "numbering",
        "ignore_fillers": "fillers",
    }

    def ignored(self, *switches: str) -> list[str]:
        """What the switches among ``switches`` (``IGNORED``'s keys) that are on ignore."""
        return [self.IGNORED[name] for name in switches if getattr(self, name)]

    def to_user_dict(self) -> dict[str, bool]:
        """The user's switches (``USER_FIELDS``) as plain JSON-ready data: what settings
        should store."""
        return {name: getattr(self, name) for name in self.USER_FIELDS}

    @classmethod
    def from_user_dict(
        cls, data: Mapping[str, object], base: CompareOptions | None = None
    ) -> CompareOptions:
        """``base`` (default: the defaults) with the user's switches found in ``data``.

        Only ``USER_FIELDS`` are read, and only values that are booleans: thresholds (as
        ``to_dict`` wrote them into older settings), unknown keys and damaged values are
        ignored, so stored settings can never pin a threshold.
        """
        switches: dict[str, bool] = {}
        for name in cls.USER_FIELDS:
            value = data.get(name)
            if isinstance(value, bool):
                switches[name] = value
        base = base or cls()
        return cls(**{**base.to_dict(), **switches})
