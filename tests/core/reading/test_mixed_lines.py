"""UTF-8 text with whole lines of a legacy code page pasted in is read line by line: a
researcher's article with one paragraph of Windows-1251 was refused whole, "not text in a
known encoding", with a hint to re-save it as UTF-8 that could not help."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading import load_paths

HEAD = "Уральский курьер, 15 января 2026\n\nБолее 40 рейсов задержаны в аэропорту Толмачево\n\n"
BODY = "Новосибирск. 14 января. Рейсы задержаны из-за сильного снегопада, сообщили в аэропорту.\n"
PASTED = "По данным аэропорта, с полуночи отменены 17 рейсов, еще 26 задержаны.\n"


@pytest.mark.parametrize("line_end", ["\n", "\r\n"])
def test_a_pasted_paragraph_of_another_code_page_is_read_as_it_was_written(
    tmp_path: Path, line_end: str
) -> None:
    path = tmp_path / "mixed.txt"
    data = (HEAD + BODY).replace("\n", line_end).encode("utf-8")
    data += PASTED.replace("\n", line_end).encode("cp1251") + BODY.encode("utf-8")
    path.write_bytes(data)
    (doc,) = load_paths([path]).documents
    assert PASTED.strip() in doc.text and doc.text.count(BODY.strip()) == 2
    assert doc.encoding == "utf-8, 1 line windows-1251"


def test_a_text_all_in_a_legacy_code_page_is_still_read_whole(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes((HEAD + BODY + PASTED).encode("cp1251"))
    (doc,) = load_paths([path]).documents
    assert doc.encoding == "windows-1251" and PASTED.strip() in doc.text


def test_a_short_pasted_paragraph_in_a_long_text_is_read_too(tmp_path: Path) -> None:
    """A pasted paragraph a tenth of the text long was read as UTF-8 with bad bytes, all
    "����" (a review)."""
    path = tmp_path / "long.txt"
    path.write_bytes(
        (HEAD + BODY * 12).encode("utf-8") + PASTED.encode("cp1251") + BODY.encode("utf-8")
    )
    (doc,) = load_paths([path]).documents
    assert PASTED.strip() in doc.text and doc.encoding == "utf-8, 1 line windows-1251"


def test_a_legacy_chinese_file_of_short_lines_is_read_whole(tmp_path: Path) -> None:
    """Some GBK characters are valid UTF-8 by themselves ("谢谢" is "лл"): a subtitle file of
    numbers, times and short Chinese lines was read as UTF-8 with GBK lines pasted in, 83
    lines turned to mojibake (a review)."""
    lines = ["谢谢", "什么", "为什么", "我们走吧", "今天天气很好", "他说什么"]
    cues = [
        f"{n}\n00:00:{n % 60:02d},000 --> 00:00:{n % 60:02d},900\n{lines[n % len(lines)]}\n"
        for n in range(1, 300)
    ]
    path = tmp_path / "film.txt"
    path.write_bytes("\n".join(cues).encode("gbk"))
    (doc,) = load_paths([path]).documents
    assert doc.encoding == "gb18030" and "为什么" in doc.text and "лл" not in doc.text
