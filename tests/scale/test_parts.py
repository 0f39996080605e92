"""Helpers of the Dask stages (``scale.parts``)."""

from __future__ import annotations

import numpy as np

from wirediff.scale.parts import in_sorted


def test_in_sorted_answers_as_isin() -> None:
    """The binary-search membership the stages use against sorted key arrays."""
    rng = np.random.default_rng(3)
    for size in (0, 1, 7, 500):
        keys = np.unique(rng.integers(-50, 50, size))
        values = rng.integers(-60, 60, 300)
        assert np.array_equal(in_sorted(values, keys), np.isin(values, keys))
    extremes = np.array([np.iinfo(np.int64).min, 0, np.iinfo(np.int64).max], np.int64)
    assert in_sorted(extremes, extremes).all()
    assert not in_sorted(np.array([], np.int64), extremes).any()


def test_pair_counts_split_over_hash_partitions_add_up_to_the_whole() -> None:
    """Each hash partition counts its pairs as codes; the counts of a pair, wherever its
    shingles fell, add up to what one partition holding every posting counts."""
    import pandas as pd

    from wirediff.core.stories import StoryOptions
    from wirediff.scale.parts import LINK, REWRITE, pair_counts, select_pairs

    rng = np.random.default_rng(5)
    shingles = [rng.choice(300, 30, replace=False) for _ in range(40)]
    shingles += [np.concatenate([s[:24], rng.choice(300, 6)]) for s in shingles[:20]]  # copies
    docs = np.repeat(np.arange(len(shingles), dtype=np.int64), [len(s) for s in shingles])
    postings = pd.DataFrame(
        {"hash": np.concatenate(shingles).astype(np.int64)}, index=pd.Index(docs, name="doc")
    )
    postings = postings.sample(frac=1, random_state=2)  # as a shuffle leaves them
    sizes = np.array([len(np.unique(s)) for s in shingles], np.int64)
    options, n = StoryOptions(), len(shingles)

    def selected(parts: list[pd.DataFrame]) -> set[tuple[int, float, int, int]]:
        counted = pd.concat([pair_counts(p, options, n) for p in parts])
        found = select_pairs(counted.sample(frac=1, random_state=1), sizes, options, 1, n)
        return set(found.itertuples(index=False, name=None))

    whole = selected([postings])
    split = selected([postings[postings["hash"] % 3 == k] for k in range(3)])
    assert split == whole
    kinds = {k for k, *_ in whole}
    assert kinds == {LINK, REWRITE}  # both kinds are there to compare
    assert all(a < b for _, _, a, b in whole)


def test_a_frequent_paragraph_needs_more_stories_than_a_short_line_to_be_boilerplate() -> None:
    """As in one process (``boilerplate.recurring_boilerplate``): a line of more than
    ``boiler_short_words`` words must be in ``boiler_long_min_stories`` stories, in at most
    ``boiler_long_docs_per_story`` documents a story."""
    from types import SimpleNamespace

    import pandas as pd

    from wirediff.core.stories import StoryOptions
    from wirediff.core.stories.boilerplate import split_lines
    from wirediff.scale.engine import _recurring
    from wirediff.scale.parts import long_lines

    options = StoryOptions()
    paragraph = " ".join(["word"] * (options.boiler_short_words + 1))
    lines = split_lines(f"Daily Planet staff\n{paragraph}\nOnly here\n{paragraph}\n", options)
    short, long, _rare = lines.keys[:3]
    frequent = np.sort(np.array([short, long], np.int64))
    doc = SimpleNamespace(lines=lines)
    found = long_lines([doc, doc], frequent, options.boiler_short_words)  # type: ignore[list-item]
    assert found["key"].tolist() == [long, long]  # once a document
    for stories, documents, recurring in [(2, 3, [short]), (3, 6, [short, long]), (3, 7, [short])]:
        series = pd.Series({short: stories, long: stories})
        held = pd.Series({long: documents})
        assert _recurring(series, held, options).tolist() == sorted(recurring)


def test_a_line_that_is_cruft_in_a_document_counts_for_no_story_there() -> None:
    """As in one process (``boilerplate.recurring_boilerplate``): a headline linked after
    "Read more:" in pages of other stories stays its own story's text."""
    from types import SimpleNamespace

    from wirediff.core.stories import StoryOptions
    from wirediff.core.stories.boilerplate import split_lines
    from wirediff.scale.parts import story_lines

    options = StoryOptions()
    own = split_lines("Rates rise by 75 points\nThe bank said so.\n", options)
    other = split_lines("Floods hit the south\nRead more:\nRates rise by 75 points\n", options)
    headline = own.keys[0]
    frequent = np.sort(np.array([headline], np.int64))
    feats = [SimpleNamespace(doc=0, lines=own), SimpleNamespace(doc=1, lines=other)]
    found = story_lines(feats, frequent, np.array([0, 1], np.int64))  # type: ignore[arg-type]
    assert found.values.tolist() == [[headline, 0]]  # its own story only
