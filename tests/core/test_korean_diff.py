"""Korean's particles and endings, written against their word, are marked alone: "회장은 →
회장이" was a word changed, and a word kept between two such edits was shown inside one
change (a Korean/Japanese desk's walkthrough)."""

from __future__ import annotations

import pytest

from wirediff.core import tokens
from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.result import OpKind

HEAD = "기사 제목 테스트입니다 오늘\n\n"
OLD = "삼성전자가 평택에 공장을 짓는다고 7일 밝혔다. 이재용 회장은 평택캠퍼스를 방문했다.\n"
NEW = "삼성전자는 평택에서 공장을 짓는다고 7일 발표했다. 이재용 회장이 평택캠퍼스를 찾았다.\n"


@pytest.mark.parametrize("options", [CompareOptions(), CompareOptions(fold_whitespace=False)])
def test_a_particle_changed_is_marked_alone(options: CompareOptions) -> None:
    left, right = (
        HEAD + "이재용 회장은 평택캠퍼스를 방문했다.\n",
        HEAD + "이재용 회장이 평택캠퍼스를 방문했다.\n",
    )
    result = compare(left, right, options)
    (change,) = result.changes
    assert left[change.left.start : change.left.end] == "은"
    assert right[change.right.start : change.right.end] == "이"
    assert result.rebuild("left") == left and result.rebuild("right") == right


def test_a_word_kept_between_two_edits_is_not_shown_changed() -> None:
    """The marks (a sentence's edits are one change of the list, each edit its own mark)."""
    left, right = HEAD + OLD, HEAD + NEW
    ops = [op for row in compare(left, right).rows for op in row.ops]
    kept = (left.index("평택캠퍼스를"), right.index("평택캠퍼스를"))
    for op in ops:
        if op.kind is not OpKind.EQUAL:
            assert not op.left.start <= kept[0] < op.left.end
            assert not op.right.start <= kept[1] < op.right.end
    marked = [
        left[op.left.start : op.left.end].strip() for op in ops if op.kind is not OpKind.EQUAL
    ]
    assert marked == ["가", "", "밝혔", "은", "방문했"]


def test_korean_words_are_counted_as_the_comparison_cuts_them() -> None:
    text = "이재용 회장은 7일 K팝 공연을 봤다."
    assert tokens.count_words(text) == sum(tokens.scan(text, CompareOptions()).words)
    assert tokens.count_words(text) == 15  # (이 재 용 회 장 은, 7 일, K 팝, 공 연 을, 봤 다)


def test_a_storys_terms_keep_korean_words_whole() -> None:
    """Only the compared tokens are cut: the words a story's terms are read from stay
    whole (a Korean word without its particle is a term: ``stories.events``)."""
    text = "회장은 평택캠퍼스를 방문했다"
    assert tokens.word_pattern(text).findall(text) == ["회장은", "평택캠퍼스를", "방문했다"]
