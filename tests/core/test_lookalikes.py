"""Latin and Cyrillic letters that look alike inside a word (a copy disguised with them)."""

from __future__ import annotations

import pytest

from tests.core.stories.helpers import doc
from wirediff.core.compare import compare
from wirediff.core.lookalikes import (
    fold_lookalikes,
    fold_lookalikes_in,
    lookalikes_said,
    swapped_letters,
)
from wirediff.core.options import CompareOptions
from wirediff.core.report.text import render_text
from wirediff.core.stories import build_story_index
from wirediff.core.stories.relation import describe

_LATIN = str.maketrans("аоесрАОЕСР", "aoecpAOECP")
TASS = (
    "Беспилотник ВСУ повредил подстанцию в Белгородской области",
    "БЕЛГОРОД, 5 декабря. /ТАСС/. Беспилотник Вооруженных сил Украины атаковал "
    "электроподстанцию в Шебекинском городском округе Белгородской области, в результате "
    "без света остались около 15 тыс. человек. Об этом сообщил губернатор региона "
    "Вячеслав Гладков в своем Telegram-канале.",
    "По его словам, на месте работают аварийные бригады, восстановить электроснабжение "
    "планируется в течение суток. Пострадавших нет, с жителями работают сотрудники "
    "администрации и о ходе работ будут сообщать дополнительно.",
    "Ущерб, причиненный энергосистеме региона с начала года, оценивается в 1,5 млрд "
    "рублей, уточнили в региональном министерстве ЖКХ. Ранее Гладков сообщал о новых "
    "атаках на приграничные села Шебекинского округа.",
)


def test_a_word_mixing_the_scripts_reads_in_its_main_one() -> None:
    assert fold_lookalikes("пoдстанцию") == "подстанцию"  # (Latin o)
    assert fold_lookalikes("ТACC") == "ТАСС"  # (look-alikes only: Cyrillic first)
    assert fold_lookalikes("Rеuters") == "Reuters"  # (a Cyrillic е in a Latin word)
    assert fold_lookalikes("Telegram-кaнaлe") == "Telegram-канале"  # (by runs of letters)
    assert fold_lookalikes("Qиви") == "Qиви"  # (Q looks like no Cyrillic letter)
    assert fold_lookalikes("Telegram") == "Telegram"
    assert fold_lookalikes("подстанцию") == "подстанцию"


def test_a_cyrillic_text_folds_its_latin_look_alike_words_and_keeps_its_length() -> None:
    text = "Вячеслав Гладков c жителями, o ходе работ в Telegram и BBC"
    folded = fold_lookalikes_in(text.translate(_LATIN))
    assert len(folded) == len(text)
    assert folded == "Вячеслав Гладков с жителями, о ходе работ в Telegram и ВВС"
    english = "The cop said so to BBC"  # (no Cyrillic: nothing to fold)
    assert fold_lookalikes_in(english) == english


def test_a_copy_disguised_with_latin_letters_compares_as_a_copy_and_says_so() -> None:
    """A word-for-word copy of TASS with its а о е с р typed as Latin letters was "8%
    similar", the whole text replaced, nothing saying why (a media monitor's walkthrough)."""
    source = "\n\n".join(TASS) + "\n"
    disguised = source.translate(_LATIN)
    folded = compare(source, disguised)
    assert folded.stats.similarity == 1.0 and not folded.changes
    apart = compare(source, disguised, CompareOptions(fold_lookalikes=False))
    assert apart.stats.similarity < 0.5
    said = lookalikes_said(disguised)
    assert said.endswith("words with Latin letters that look like Cyrillic ones")
    assert f"right: {said}" in render_text(folded, "tass.txt", "copy.txt")
    assert lookalikes_said(source) == ""


def test_a_disguised_copy_joins_its_source_story_and_the_relation_tells_the_disguise() -> None:
    disguised = [TASS[0] + " — Донбасс Today", *(p.translate(_LATIN) for p in TASS[1:])]
    plain = [TASS[0] + " — Курская правда", *TASS[1:]]
    index = build_story_index(
        [doc("tass.txt", list(TASS)), doc("copy.txt", disguised), doc("plain.txt", plain)]
    )
    assert index.story_of(0) is index.story_of(1)
    said = describe(index, 0, 1)
    assert said.startswith("Copy of tass.txt")
    assert "this version writes" in said and "Latin letters that look like Cyrillic" in said
    assert "look like" not in describe(index, 0, 2)  # (a copy without the disguise)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        ("подстанцию", "пoдстанцию", "Latin o for Cyrillic о"),
        ("Зеленский сказал", "Зeлeнский cказал", "Latin e, c for Cyrillic е, с"),
        ("Reuters", "Rеuters", "Cyrillic е for Latin e"),
        ("подстанцию", "подстанции", ""),
        ("cat", "cot", ""),
    ],
)
def test_an_edit_of_look_alike_letters_says_which(old: str, new: str, said: str) -> None:
    assert swapped_letters(old, new) == said


def test_compare_says_when_the_texts_are_in_two_languages() -> None:
    """`compare` said 6% similar of a Ukrainian translation beside its Russian source,
    nothing saying why (a media monitor's re-check)."""
    russian = "Беспилотник повредил подстанцию, электричества нет. Пострадавших нет.\n"
    ukrainian = "Безпілотник пошкодив підстанцію, світла немає. Постраждалих немає.\n"
    said = render_text(compare(russian, ukrainian), "ru.txt", "uk.txt")
    assert "left in Russian, right in Ukrainian" in said
    assert "left in Russian" not in render_text(compare(russian, russian), "a", "b")
