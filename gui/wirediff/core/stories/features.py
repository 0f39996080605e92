"""Shingles of normalized words: what story similarity is measured on."""

from __future__ import annotations

import unicodedata
import zlib
from array import array
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from wirediff.core.stories.boilerplate import DocLines
from wirediff.core.tokens import (
    TYPOGRAPHY,
    drop_indic_joiners,
    drop_number_joiners,
    findall,
    fold_case,
    fold_letters,
    word_pattern,
)


@dataclass(frozen=True, slots=True)
class Shingles:
    """The distinct shingle hashes of one document (boilerplate left out)."""

    full: array[int]  # every distinct shingle
    sampled: array[int]  # those indexed (all of them unless the folder is large)
    words: int  # words counted (boilerplate left out)
    lead: array[int]  # the shingles of the opening words (which story the text starts with)

    def __reduce__(self) -> tuple[type[Shingles], tuple[object, ...]]:
        return Shingles, (self.full, self.sampled, self.words, self.lead)  # as ``DocLines``


def word_keys(text: str, lines: DocLines, skip: set[int]) -> list[str]:
    """The normalized words of ``text``, leaving out the lines in ``skip``.

    The words and keys ``tokens.scan`` gives with ignore_case and ignore_punctuation, found
    with its word pattern over the whole folded text at once (3x faster than token by token).
    """
    kept = [text[s : lines.ends[i]] for i, s in enumerate(lines.starts) if i not in skip]
    return words_of(fold_text("\n".join(kept)))


def fold_text(text: str) -> str:
    """Case-folded, NFC, typography and Arabic-script letter variants folded (Arabic and
    Farsi yeh, kaf and keheh, heh and heh goal, optional marks, Arabic-Indic digits): what
    ``fold_key`` does to each word. An Urdu copy typed on an Arabic keyboard shared no
    shingle with its source: grouped by its evidence, it was shown "0% similar"."""
    return fold_letters(fold_case(fold_typography(text)), latin_words=True)


def fold_typography(text: str) -> str:
    """NFC with curly quotes, dashes and odd spaces folded, and joiners touching a number or
    an Indic letter dropped (as ``fold_key`` does)."""
    if text.isascii():
        return text
    folded = unicodedata.normalize("NFC", text).translate(TYPOGRAPHY)
    return drop_indic_joiners(drop_number_joiners(folded))


def words_of(text: str) -> list[str]:
    """The words of ``text`` (the engine's word pattern: ``U.S.``, ``al-Kadhimi``, ``2,500``;
    ``116`` and ``رنز`` in "116رنز")."""
    return findall(word_pattern(text), text)  # a chunk at a time: holds the GIL less


def word_id(key: str) -> int:
    """A word's stable integer: the CRC-32 of its UTF-8 bytes."""
    return zlib.crc32(key.encode("utf-8", "surrogatepass"))


def shingle_hashes(keys: Sequence[str], k: int, vocab: dict[str, int]) -> list[int]:
    """Hashes of every run of ``k`` consecutive words, in text order (one if it is shorter).

    Words become stable integers (CRC-32 of their UTF-8 bytes, cached in ``vocab``) and a
    shingle is the hash of a tuple of them, so results do not depend on PYTHONHASHSEED.
    """
    for key in set(keys).difference(vocab):
        vocab[key] = word_id(key)
    ids = list(map(vocab.__getitem__, keys))
    if not ids:
        return []
    if len(ids) < k:
        return [hash(tuple(ids))]
    return list(map(hash, zip(*(ids[i:] for i in range(k)), strict=False)))


def make_shingles(
    keys: Sequence[str], k: int, lead_words: int, sample_every: int, vocab: dict[str, int]
) -> Shingles:
    """A document's shingle set, its content-defined sample and its opening shingles."""
    return shingles_from_hashes(shingle_hashes(keys, k, vocab), len(keys), lead_words, sample_every)


def shingles_from_hashes(
    ordered: list[int], words: int, lead_words: int, sample_every: int
) -> Shingles:
    """A document's ``Shingles`` from its shingle hashes in text order."""
    hashes = set(ordered)
    lead = array("q", ordered[:lead_words])
    full = array("q", hashes)
    if sample_every == 1:
        return Shingles(full, full, words, lead)
    mask = sample_every - 1
    sampled = array("q", [h for h in hashes if not h & mask])
    return Shingles(full, sampled, words, lead)


def containment(a: array[int] | set[int], b: array[int] | set[int]) -> float:
    """Share of ``a``'s shingles found in ``b`` (0 when ``a`` is empty)."""
    if not a:
        return 0.0
    inter = (a if isinstance(a, set) else set(a)).intersection(b)
    return len(inter) / len(a)


def dice_with(a: array[int], others: Iterable[array[int]]) -> Iterator[float]:
    """The Dice overlap of ``a`` with each of ``others`` (as ``pair_scores``), ``a``'s set
    built once: one document against a whole folder."""
    shingles = set(a)
    for b in others:
        yield _dice(len(shingles.intersection(b)), len(a), len(b)) if a and b else 0.0


def contained_in(a: array[int], others: Iterable[array[int]]) -> Iterator[float]:
    """The share of ``a`` found in each of ``others`` (``pair_scores``' ``a_in_b``), ``a``'s
    set built once: one version against all its story's others."""
    shingles = set(a)
    for b in others:
        yield len(shingles.intersection(b)) / len(a) if a and b else 0.0


def _dice(shared: int, a: int, b: int) -> float:
    """The Dice overlap of two sets of ``a`` and ``b`` members, ``shared`` of them in both."""
    return 2 * shared / (a + b)


def pair_scores(a: array[int], b: array[int]) -> tuple[float, float, float]:
    """``(dice, a_in_b, b_in_a)`` of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0, 0.0
    shared = len(set(a).intersection(b))
    return _dice(shared, len(a), len(b)), shared / len(a), shared / len(b)
