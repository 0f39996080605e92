"""Anchors: equal paragraphs and sentences matched in order, in linear time on repeats."""

from wirediff.core.anchors import _greedy_blocks, equal_paragraphs, matching_blocks
from wirediff.core.options import CompareOptions
from wirediff.core.segments import paragraph_spans


def test_equal_paragraphs_are_matched_in_order():
    left = "Alpha one.\nBeta two.\nGamma three.\n"
    right = "Alpha one.\nDelta four.\nGamma three.\n"
    blocks = equal_paragraphs(left, right, paragraph_spans(left), paragraph_spans(right))
    assert blocks == [(0, 0, 1), (2, 2, 1), (3, 3, 0)]


def test_many_repeats_use_the_greedy_match():
    a = [1] * 400 + [2]
    b = [1] * 300 + [3] + [1] * 100 + [2]
    options = CompareOptions()
    assert matching_blocks(a, b, options) == _greedy_blocks(a, b, options.greedy_window)
    found = matching_blocks(a, b, options)
    assert found[-1] == (len(a), len(b), 0)
    assert sum(n for _, _, n in found) == 401


def test_greedy_match_skips_within_its_window():
    assert _greedy_blocks([1, 2, 3], [9, 1, 2, 3], 4) == [(0, 1, 3), (3, 4, 0)]
    assert _greedy_blocks([1, 2], [9, 9, 9, 1, 2], 2) == [(2, 5, 0)]
