"""Chinese, Japanese and Korean punctuation closed up between letters is no garbling.

An East Asian desk's walkthrough: every Shift_JIS and CP932 Japanese file, decoded
character for character right, was said to be "a guess: 16 words look garbled", its 、。「」
between kanji and kana counted as marks breaking a word; real mojibake must still be said.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading.alphabets import broken_words
from wirediff.core.reading.decoding import decode

# Written for these tests: a short Japanese and a short Chinese news text.
JAPANESE = (
    "政府、追加経済対策を閣議決定\n\n政府は7日の臨時閣議で、能登半島の復興支援を柱とする"
    "総額1兆2000億円の追加経済対策を決定した。首相は「被災地の住宅再建を急ぐ」と述べ、"
    "ドナルド・トランプ米大統領（80）との会談にも触れた。約３万５千人の雇用を生み出す"
    "としている。〈東京〉"
)
CHINESE = (
    "国务院部署经济工作\n\n新华社北京12月5日电，国务院总理在会上表示：要加快推进改革，"
    "稳定就业（特别是青年就业）。他说，经济运行总体平稳、稳中有进。《人民日报》报道。"
)


@pytest.mark.parametrize(
    ("text", "codec"),
    [(JAPANESE, "shift_jis"), (JAPANESE, "cp932"), (JAPANESE, "euc_jp"), (CHINESE, "gb18030")],
    ids=["japanese-shift_jis", "japanese-cp932", "japanese-euc_jp", "chinese-gb18030"],
)
def test_cjk_text_read_right_is_not_a_guess(text: str, codec: str) -> None:
    read, said = decode(Path("x.txt"), text.encode(codec))
    assert read == text
    assert "guess" not in said


@pytest.mark.parametrize(
    "text",
    [JAPANESE, CHINESE, "삼성전자가「반도체」·『AI』투자를 발표했다."],
    ids=["japanese", "chinese", "korean"],
)
def test_cjk_punctuation_breaks_no_word(text: str) -> None:
    assert broken_words(text) == 0


@pytest.mark.parametrize(
    ("codec", "read_as"),
    [
        ("utf-8", "cp1252"),  # UTF-8 Japanese read as Windows-1252: "æ”¿åºœã€�"
        ("shift_jis", "latin-1"),  # Shift_JIS read as Latin-1
        ("utf-8", "cp932"),  # UTF-8 read as CP932: "譌･譛ｬ", half-width marks between kanji
        ("cp932", "cp1252"),
    ],
)
def test_japanese_mojibake_is_still_garbled(codec: str, read_as: str) -> None:
    mojibake = JAPANESE.encode(codec).decode(read_as, errors="replace")
    assert broken_words(mojibake) >= 10
