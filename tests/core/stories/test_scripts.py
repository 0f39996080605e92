"""Texts in other scripts: a report in another language, or in a script that writes no
space between words, is never read as a paraphrase of another by the figures and Latin
names they share in the same order."""

from __future__ import annotations

import shutil
from pathlib import Path

from wirediff.core.reading import load_paths
from wirediff.core.scripts import run_together, writing
from wirediff.core.stories import StoryOptions, build_story_index, describe
from wirediff.core.stories.boilerplate import split_lines
from wirediff.core.stories.evidence import terms_tell

FIXTURES = Path(__file__).parents[2] / "fixtures" / "scripts"


def test_the_script_of_a_text() -> None:
    assert writing("The council met on Tuesday.") == "Latin"
    assert writing("Совет собрался во вторник.") == "Cyrillic"
    assert writing("台湾東部沖でM6.8の地震、9人死亡") == "Japanese"
    assert writing("新华社台北5月12日电 台湾东部海域发生地震") == "Han"
    assert writing("한국은행이 기준금리를 인하했다") == "Hangul"
    assert writing("แผ่นดินไหวขนาด 6.8 นอกชายฝั่งไต้หวัน") == "Thai"
    assert writing("असम में बाढ़ की स्थिति गंभीर") == "Devanagari"
    assert writing("١٢٣ — 2026") == ""
    assert terms_tell("The council met.", "The mayor said so.")
    assert not terms_tell("The council met.", "Совет собрался.")
    assert not terms_tell("新华社台北5月12日电", "新华社北京5月12日电")  # no spaces: no terms


def test_which_texts_run_together_with_no_space() -> None:
    assert run_together("七", "八")
    assert run_together("死亡。", "八人")  # CJK punctuation
    assert run_together("เจ็ด", "แปด")
    assert run_together("６", "８")  # full-width forms
    assert not run_together("seven", "eight")
    assert not run_together("七", "eight")
    assert not run_together("일곱", "여덟")  # Korean spaces its words
    assert not run_together("ﾡ", "ﾢ") and not run_together("ＡＢ", "ＣＤ")  # (a review)
    assert run_together("ｶ", "ｷ") and run_together("ཀ", "ཁ")  # half-width kana, Tibetan
    assert not run_together("", "八") and not run_together("七", "")


def test_agency_stories_in_three_languages_stay_three_stories(tmp_path: Path) -> None:
    """Xinhua's, Kyodo's and the Thai agency's stories of one earthquake, each with a copy
    and a trimmed copy, were one story of 22 versions under Kyodo's (found by an Asia-desk
    monitor): "Rewrite of Kyodo's story in other words: 38% of its names, numbers and words
    recur in the same order" of a Thai trim 0% alike. They are three stories of one event."""
    folder = tmp_path / "desk"
    folder.mkdir()
    for source in sorted(FIXTURES.glob("*_agency.txt")):
        language = source.name[:2]
        text = source.read_text(encoding="utf-8")
        shutil.copy(source, folder / f"{language}_agency.txt")
        (folder / f"{language}_copy.txt").write_text(text, encoding="utf-8")
        trimmed = "\n\n".join(text.split("\n\n")[:4]) + "\n"
        (folder / f"{language}_trim.txt").write_text(trimmed, encoding="utf-8")
    # and a Japanese copy in full-width digits, as Japanese layouts set them
    wide = str.maketrans({str(d): chr(0xFF10 + d) for d in range(10)} | {".": "．"})
    japanese = (FIXTURES / "ja_agency.txt").read_text(encoding="utf-8")
    (folder / "ja_wide.txt").write_text(japanese.translate(wide), encoding="utf-8")
    index = build_story_index(load_paths([folder]).documents)
    stories = sorted(
        sorted(index.documents[d].name for d in story.documents) for story in index.stories
    )
    assert stories == [
        ["ja_agency.txt", "ja_copy.txt", "ja_trim.txt", "ja_wide.txt"],
        *(
            [f"{language}_{kind}.txt" for kind in ("agency", "copy", "trim")]
            for language in "th zh".split()
        ),
    ]
    # A Japanese sentence is one "word" between spaces: its lines were short recurring
    # lines, left out of the full-width copy's shingles ("35% of this version's sentences
    # are new" of a copy)
    names = [d.name for d in index.documents]
    agency, wide_copy = names.index("ja_agency.txt"), names.index("ja_wide.txt")
    assert describe(index, agency, wide_copy) == (
        "Copy of Kyodo's story: 100% of its sentences kept word for word"
    )
    assert split_lines(japanese, StoryOptions()).words[2] > StoryOptions().boiler_short_words


_XINHUA = (
    "甘肃岷县发生5.9级地震 已致12人遇难",
    "新华社兰州12月5日电（记者王磊）据中国地震台网正式测定，12月5日6时42分在甘肃定西市岷县发生"
    "5.9级地震，震源深度10公里。截至5日8时，地震已造成12人遇难、240人受伤，部分房屋倒塌。",
    "地震发生后，甘肃省启动地震灾害二级应急响应，省委、省政府主要负责同志赶赴灾区指挥抗震救灾工作。"
    "应急管理部派出工作组连夜赶赴现场，指导地方开展人员搜救、伤员救治和受灾群众安置等工作。",
    "记者在岷县梅川镇看到，部分老旧土木结构房屋出现倒塌，当地消防救援队伍正在废墟中搜寻被困人员。"
    "气象部门预计，未来三天灾区将出现降温天气，夜间最低气温可达零下十度。",
)
# The same dispatch as a Taiwan paper reprints it: traditional characters (Taiwan's forms,
# 啟 群 眾), its own masthead line
_TAIWAN = (
    "甘肅岷縣發生5.9級地震 已致12人遇難",
    "旺報 2026-12-05 12:30",
    "新華社蘭州12月5日電（記者王磊）據中國地震台網正式測定，12月5日6時42分在甘肅定西市岷縣發生"
    "5.9級地震，震源深度10公里。截至5日8時，地震已造成12人遇難、240人受傷，部分房屋倒塌。",
    "地震發生後，甘肅省啟動地震災害二級應急響應，省委、省政府主要負責同志趕赴災區指揮抗震救災工作。"
    "應急管理部派出工作組連夜趕赴現場，指導地方開展人員搜救、傷員救治和受災群眾安置等工作。",
    "記者在岷縣梅川鎮看到，部分老舊土木結構房屋出現倒塌，當地消防救援隊伍正在廢墟中搜尋被困人員。"
    "氣象部門預計，未來三天災區將出現降溫天氣，夜間最低氣溫可達零下十度。",
)


def test_a_reprint_in_traditional_characters_is_a_copy_in_the_story() -> None:
    """A Taiwan paper's reprint of Xinhua's dispatch in traditional characters was a story
    of its own, "same news in other words" (found by a CJK news monitor)."""
    from tests.core.stories.helpers import doc

    index = build_story_index([doc("xinhua.txt", list(_XINHUA)), doc("taiwan.txt", list(_TAIWAN))])
    assert index.story_of(0) is index.story_of(1)
    assert describe(index, 0, 1).startswith("Copy of xinhua.txt")


def test_the_language_of_a_text_when_its_letters_tell_it() -> None:
    from wirediff.core.scripts import language, languages_apart

    assert language("Беспилотник повредил подстанцию, электричества нет.") == "Russian"
    assert language("Безпілотник пошкодив підстанцію, світла немає.") == "Ukrainian"
    assert language("Беспілотнік пашкодзіў падстанцыю.") == "Belarusian"
    assert language("قررت الدول الأعضاء في تحالف أوبك خفض الإنتاج") == "Arabic"
    assert language("کاهش تولید نفت از روز شنبه آغاز می‌شود") == "Persian"
    assert language("اوپیک نے تیل کی پیداوار کم کرنے کا فیصلہ کیا ہے") == "Urdu"
    assert language("The council met on Tuesday.") == ""  # (Latin: not told)
    # (Yiddish by its words, pointed or not, and its double letters; Hebrew not told, nor
    # a Hebrew text naming von der Leyen, "פון דר ליין", and saying "די", enough)
    assert language("די רעגירונג האט געמאלדן אז דער בודזשעט וועט זיין גרעסער.") == "Yiddish"
    assert language("די רעגירונג האָט געמאָלדן אַז דער בודזשעט פֿאַר 2027 וועט זײַן גרעסער.") == (
        "Yiddish"
    )
    assert language("הכנסת אישרה בקריאה ראשונה את תקציב המדינה לשנת 2027 אחרי דיון ארוך.") == ""
    von_der_leyen = "אורסולה פון דר ליין אמרה כי די לאלימות. פון דר ליין נפגשה עם ראש הממשלה."
    assert language(von_der_leyen) == ""
    assert languages_apart("Совет собрался, чтобы обсудить бюджет.", "The council met.") == (
        "Russian",  # (its letters tell it: ы)
        "Latin script",  # (not told)
    )
    assert languages_apart("The council met.", "Le conseil s'est réuni.") is None


def test_a_translation_is_said_to_be_in_another_language() -> None:
    """A Ukrainian translation of a TASS story was "Unrelated texts (2% …)" beside it,
    nothing saying why (a media monitor's walkthrough)."""
    from tests.core.stories.helpers import doc

    russian = [
        "Беспилотник повредил подстанцию в Белгородской области",
        "Беспилотник атаковал электроподстанцию в Шебекинском округе, без света остались "
        "около 15 тысяч человек. Об этом сообщил губернатор региона Вячеслав Гладков.",
        "По его словам, на месте работают аварийные бригады, восстановить электроснабжение "
        "планируется в течение суток. Пострадавших нет.",
    ]
    ukrainian = [
        "Безпілотник пошкодив підстанцію в Бєлгородській області",
        "Безпілотник атакував електропідстанцію в Шебекінському окрузі, без світла "
        "залишилися близько 15 тисяч людей. Про це повідомив губернатор регіону.",
        "За його словами, на місці працюють аварійні бригади, відновити електропостачання "
        "планують протягом доби. Постраждалих немає.",
    ]
    index = build_story_index([doc("tass.txt", russian), doc("pravda_ua.txt", ukrainian)])
    said = describe(index, 0, 1)
    assert "one in Russian, the other in Ukrainian" in said


def test_a_copy_the_comparison_finds_unchanged_is_word_for_word_beside_it(tmp_path) -> None:
    """A Persian reprint typed with spaces for its joiners (and Arabic yeh and kaf) was
    "Copy …: 100% of its sentences kept nearly word for word (16 words differ)" in the
    banner, the panel beside it saying "No changes" (an Arabic standards editor's)."""
    from tests.core.stories.helpers import doc
    from wirediff.core.compare import compare
    from wirediff.core.stories import pair_derivation, wording_as_compared

    joined = [
        "اوپک پلاس تولید نفت را روزانه ۱.۵ میلیون بشکه کاهش داد",
        "کشورهای عضو ائتلاف اوپک پلاس روز شنبه تصمیم گرفتند تولید نفت خود را کاهش دهند؛ "
        "اقدامی که هدف آن حمایت از قیمت‌هایی است که از ماه سپتامبر افت کرده است.",
        "وزیر انرژی عربستان سعودی گفت این تصمیم برای ثبات بازار گرفته شده و اجرا می‌شود.",
    ]
    apart = [p.replace("\u200c", " ").replace("ی", "ي").replace("ک", "ك") for p in joined]
    index = build_story_index([doc("irna.txt", joined), doc("legacy.txt", apart)])
    pair = pair_derivation(index, 0, 1)
    left, right = index.documents[0].text, index.documents[1].text
    comparison = compare(left, right)
    assert not comparison.changes
    said = wording_as_compared(index, pair, comparison, 0)
    assert "word for word" in said and "differ" not in said
