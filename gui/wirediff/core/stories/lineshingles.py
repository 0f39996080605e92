"""Shingles with NumPy from words found once per distinct line (the fast path of ``perdoc``).

Versions of a story repeat their paragraphs, and a paragraph is a line: the word pattern,
the folding and the word ids of a line are the same wherever the line occurs, so each
process finds them once per distinct line (``LineWords``, a bounded cache) and a document's
words are its kept lines' word ids put end to end. The word pattern never matches across a
line break and folding works character by character (NFC never composes across ``\\n``), so
this gives exactly the words of ``features.word_keys`` over the joined kept lines.

Each document's distinct shingles are then found for a chunk of documents at once (one sort
by document and hash), not with a Python set per document. ``full`` and ``sampled`` are in
ascending hash order (a set's order before: nothing depends on it); ``lead`` keeps text order.
"""

from __future__ import annotations

from array import array
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt

from wirediff.core.stories.boilerplate import DocLines
from wirediff.core.stories.features import Shingles, fold_text, word_id, words_of
from wirediff.core.stories.vectorized import tuple_hashes
from wirediff.core.tokens import TYPOGRAPHY

_CACHE_MAX = 400_000  # distinct lines kept per process (then the cache starts again)


class LineWords:
    """Word ids of lines (uint32 bytes, CRC-32 of each word), each line tokenized once."""

    def __init__(self, vocab: dict[str, int]) -> None:
        self.vocab = vocab
        self.lines: dict[str, bytes] = {}
        self.backticks: dict[str, bytes] = {}  # ASCII lines with "`" in texts that are not

    def of(self, line: str, ascii_text: bool) -> bytes:
        """The word ids of ``line`` of a text that is all ASCII or not: ``fold_text`` of the
        joined lines folds typography (an ASCII backtick too) only in a text that is not."""
        cache, folded = self.lines, line
        if not ascii_text and "`" in line and line.isascii():
            cache, folded = self.backticks, line.translate(TYPOGRAPHY)
        ids = cache.get(line)
        if ids is None:
            vocab = self.vocab
            words = words_of(fold_text(folded))
            for key in set(words).difference(vocab):
                vocab[key] = word_id(key)
            try:
                ids = array("I", map(vocab.__getitem__, words)).tobytes()
            except KeyError:  # another thread emptied the cache meanwhile (a worker of
                ids = array("I", map(word_id, words)).tobytes()  # several threads)
            if len(cache) >= _CACHE_MAX:
                cache.clear()
            cache[line] = ids
        return ids

    def document(self, text: str, lines: DocLines, skip: set[int]) -> bytes:
        """The word ids of ``text``'s lines but those in ``skip``, in text order."""
        ends = lines.ends
        kept = [text[start : ends[i]] for i, start in enumerate(lines.starts) if i not in skip]
        ascii_text = text.isascii() or all(map(str.isascii, kept))  # as ``word_keys`` folds
        return b"".join([self.of(line, ascii_text) for line in kept])


def line_shingle_sets(
    texts: Sequence[str],
    lines: Sequence[DocLines],
    skips: Sequence[set[int]],
    k: int,
    lead_words: int,
    sample_every: int,
    words: LineWords,
) -> list[Shingles]:
    """What ``features.make_shingles`` gives for each document (as sets: see the module)."""
    if not texts:  # a shard whose records were all refused (null, a number): no documents
        return []
    docs = [words.document(*job) for job in zip(texts, lines, skips, strict=True)]
    counts = np.fromiter((len(d) // 4 for d in docs), np.int64, len(docs))
    flat = np.frombuffer(b"".join(docs), np.uint32).astype(np.uint64)
    del docs
    hashes = tuple_hashes(flat, k)
    starts = np.concatenate(([0], np.cumsum(counts)[:-1])).astype(np.int64)
    windows = np.maximum(counts - k + 1, 0)  # the windows that start and end in a document
    owner = np.repeat(np.arange(len(counts), dtype=np.int64), windows)
    at = np.arange(int(windows.sum()), dtype=np.int64)
    at += np.repeat(starts - np.concatenate(([0], np.cumsum(windows)[:-1])), windows)
    mine = hashes[at]
    order = np.lexsort((mine, owner))
    mine, owner = mine[order], owner[order]
    new = np.ones(len(mine), bool)
    new[1:] = (mine[1:] != mine[:-1]) | (owner[1:] != owner[:-1])
    distinct, owner = mine[new], owner[new]
    kept = np.bincount(owner, minlength=len(counts))
    sampled_mask = (distinct & np.int64(sample_every - 1)) == 0
    sampled_kept = np.bincount(owner[sampled_mask], minlength=len(counts))
    sampled = distinct[sampled_mask]
    out = []
    full_at = sample_at = 0
    for d, n in enumerate(counts.tolist()):
        begin = int(starts[d])
        if n >= k:
            lead = _array(hashes[begin : begin + min(lead_words, n - k + 1)])
            full = _array(distinct[full_at : full_at + kept[d]])
            full_at += int(kept[d])
        elif n:  # shorter than a shingle: one hash of all its words
            one = hash(tuple(flat[begin : begin + n].tolist()))
            lead = full = array("q", [one])
        else:
            lead = full = array("q")
        if sample_every == 1:
            out.append(Shingles(full, full, n, lead))
            continue
        if n >= k:
            part = _array(sampled[sample_at : sample_at + sampled_kept[d]])
            sample_at += int(sampled_kept[d])
        else:
            part = array("q", [h for h in full if not h & (sample_every - 1)])
        out.append(Shingles(full, part, n, lead))
    return out


def _array(values: npt.NDArray[np.int64]) -> array[int]:
    out = array("q")
    out.frombytes(values.tobytes())
    return out
