"""A story's event terms are what it tells of, not the kind of take a wire says it is."""

from __future__ import annotations

from dataclasses import replace

from tests.core.stories.helpers import doc
from wirediff.core.stories import build_story_index
from wirediff.core.stories.events import shares_in, story_terms


def _terms(text: str) -> set[str]:
    return set(story_terms(text, [(0, len(text))])[0])


def test_a_wires_markers_are_no_terms() -> None:
    assert _terms("URGENT-Greek police arrest 14") == {"greek", "police", "arrest", "14"}
    assert "update" not in _terms("UPDATE 2-Greek ferry capsize")
    assert "молния" not in _terms("МОЛНИЯ: У острова Андрос перевернулся паром")
    assert "urgent" in _terms("An urgent appeal for blood donors")  # (a word, not a marker)
    assert {"flash", "kill"} <= _terms("FLASH FLOODS: POLICE KILL GUNMAN")  # (news's words)
    assert "flash" not in _terms("FLASH-Greek ferry capsizes")


def test_flashes_of_other_news_are_other_events() -> None:
    """A day of one desk's flashes, each opening "URGENT-Greek …": a budget's and a police
    raid's were one event by the rare term "URGENT" they share (a wire desk's probe)."""
    flashes = {
        "ferry.txt": "URGENT-Ferry capsizes off Greek island of Andros, at least 12 dead",
        "ferry_rpt.txt": "RPT-URGENT-Ferry capsizes off Greek island of Andros, at least 12 dead",
        "raid.txt": "URGENT-Greek police arrest 14 in raids on migrant smuggling ring - police",
        "budget.txt": "URGENT-Greek parliament approves 2027 budget - parliament speaker",
        "budget_votes.txt": "URGENT-Greek parliament approves 2027 budget with 158 votes",
    }
    docs = [replace(doc(name, [text]), source="Reuters") for name, text in flashes.items()]
    index = build_story_index(docs)
    events = sorted(
        sorted(index.documents[d].name for s in e.stories for d in index.stories[s].documents)
        for e in index.events
    )
    assert events == [
        ["budget.txt", "budget_votes.txt"],
        ["ferry.txt", "ferry_rpt.txt"],
        ["raid.txt"],
    ]


KYODO = """北海道で記録的大雪、1万2千戸停電　JR特急など120本運休

【札幌共同】北海道は5日、発達した低気圧の影響で各地で記録的な大雪となり、北海道電力によると、同日正午現在で道内の約1万2千戸が停電した。JR北海道は特急など計120本を運休し、約3万5千人に影響が出た。

札幌管区気象台によると、岩見沢市では24時間降雪量が観測史上最大の98センチに達した。気象台は「不要不急の外出は控えてほしい」と呼びかけている。

鈴木直道知事は記者会見で「住民の安全確保を最優先に、停電の早期復旧に全力を挙げる」と述べた。道は災害対策本部を設置した。

新千歳空港では国内線計86便が欠航した。道路では国道12号の一部区間が通行止めとなり、車両約300台が立ち往生した。
"""
REWRITE = """北海道、記録的大雪で停電１．２万戸 列車１２０本が運休

発達した低気圧の影響で、北海道は5日、各地で記録的な大雪に見舞われた。共同通信によると、北海道電力管内ではこの日正午の時点でおよそ1万2千戸が停電し、JR北海道も特急を含む120本を運休、利用客約3万5千人の足が乱れた。

気象台の観測では、岩見沢市の24時間降雪量が98センチと、過去最大を更新した。

鈴木知事は会見で、停電の早期復旧を急ぐ考えを示し、道は災害対策本部を立ち上げた。新千歳空港の欠航は86便にのぼり、国道12号では約300台の車が動けなくなった。
"""


def test_chinese_and_japanese_words_are_terms_by_their_pairs_of_characters() -> None:
    """Each Han or katakana character was a word, none a term: a Japanese rewrite of a
    Kyodo story was an event of its own (an East Asian monitor's walkthrough)."""
    terms = _terms("北海道で記録的大雪")
    assert {"北海", "海道", "記録", "大雪"} <= terms
    assert "で" not in "".join(terms)  # (hiragana parts runs)
    assert {"반도체", "수출"} <= _terms("올해 수출 7천억달러 첫 돌파…반도체가 견인")
    index = build_story_index([doc("kyodo.txt", [KYODO]), doc("chubu.txt", [REWRITE])])
    assert len(index.events) == 1


def test_an_agencys_credit_and_other_languages_small_words_are_no_terms() -> None:
    """ "adnkronos", the credit of each of its stories, was its story's heaviest term, and
    Italian sentences' first words, capitalized ("Non", "La", "Secondo"), names: three
    agencies' reports of one earthquake were three events (an Italian desk's walkthrough)."""
    terms = _terms("Roma, 5 dic. (Adnkronos) - Non si registrano danni. Secondo la Protezione")
    assert "adnkronos" not in terms and not {"non", "secondo", "la"} & terms
    assert {"danni", "protezione"} <= terms
    # initials as the agency writes them; not those that are another thing's too, nor
    # English words and names that are another language's small words (a review)
    assert _terms("The AFP said the afp store reopened") == {"store", "reopened"}
    assert {"mena", "agi"} <= _terms("The MENA region leads AGI research")
    said = _terms("Kim Jong Un met Ai Weiwei in Des Moines, state media and the War Office said")
    assert {"un", "ai", "des", "state", "war"} <= said
    assert (
        _terms("新华社北京12月5日电 中国国家统计局 共同通信によると") & {"新华", "华社", "共同"}
        == set()
    )
    assert "中国" in _terms("新华社北京12月5日电 中国国家统计局")
    assert "연합뉴스" not in _terms("연합뉴스에 따르면 반도체가 수출을 견인했다")


def test_hebrew_words_are_terms_without_their_prefix_letters() -> None:
    """Hebrew writes "and", "the", "in", "to", "from", "that" onto the next word: "בתקציב",
    "התקציב", "תקציב" were three terms (a Hebrew and Persian night desk's walkthrough). Cut
    while the word is longer than four letters: the same term whatever the prefixes."""
    assert _terms("תקציב בתקציב התקציב ובתקציב שבתקציב לתקציב") == {"תקציב"}
    assert _terms("הכנסת בכנסת כנסת") == {"כנסת"}
    assert _terms("ועדת הוועדה") == {"ועדת", "ועדה"}  # (four letters are left as they are)
    for word in ("חינוך", "דצמבר", "ביטחון", "משטרה"):
        assert {t for p in ("ה", "ב", "וה", "שב", "מה", "כש") for t in _terms(p + word)} == _terms(
            word
        )


def test_hebrew_root_letters_are_not_cut_as_prefixes() -> None:
    """Each of ו ב ה ל כ מ ש was cut while the word was longer than four letters, its root's
    letters too: "בחירות" (elections) was "חירות" (freedom), "המדינה" (the state) "דינה"
    (Dina), "מלחמה" (war) and "הלחמה" (welding) one term (a review). מ, ש, כ are cut as the
    language writes them alone no more ("מה", "שה", "שב", "של", "כש"), and a few words of
    the news that would be another without their first letter are kept whole."""
    apart = [("בחירות", "חירות"), ("המדינה", "דינה"), ("מלחמה", "הלחמה"), ("משפחה", "שפחה"),
             ("שביתה", "לביתה"), ("משלחת", "שלחת"), ("לונדון", "הנדון")]  # fmt: skip
    for a, b in apart:
        assert _terms(a).isdisjoint(_terms(b)), (a, b)
    assert _terms("בחירות הבחירות בבחירות לבחירות שבבחירות") == {"בחירות"}
    assert _terms("מדינה המדינה במדינה מהמדינה שהמדינה") == {"מדינה"}
    assert _terms("ממשלה הממשלה מהממשלה שבממשלה כשהממשלה") == {"ממשלה"}
    # (Yiddish, in the Hebrew script, writes no prefix onto its words: "מענטשן", people)
    yiddish = "די מענטשן האבן געזאגט אז זיי וועלן נישט אוועקגיין פון דער שטאט"
    assert {"מענטשן", "אוועקגיין"} <= _terms(yiddish)


ELECTIONS = [
    "הבחירות לכנסת ייערכו במרץ, והמדינה נערכת למערכה",
    (
        "ועדת הבחירות המרכזית הודיעה כי הבחירות ייערכו ב-17 במרץ. לדבריה, המדינה תקצה 900 "
        "מיליון שקל לבחירות, ובהן קלפיות לחיילים שנמצאים בשטח מאז פרוץ המלחמה."
    ),
    (
        "ראש הממשלה אמר כי המלחמה לא תדחה את הבחירות, וכי המדינה חזקה מספיק כדי לקיים בחירות "
        "בזמן מלחמה. האופוזיציה דרשה להקדים את הבחירות."
    ),
    (
        "סקר שפורסם הערב מראה כי הבחירות יהיו צמודות: המלחמה והמצב הכלכלי במדינה הם הנושאים "
        "שמעסיקים את הבוחרים."
    ),
]
WORKSHOP = [
    "דינה לוי פותחת בית ספר להלחמה לקראת חג החירות",
    (
        "דינה לוי, אמנית מתכת מחיפה, פותחת סדנת הלחמה לנשים. לדבריה, ההלחמה היא אמנות של "
        "סבלנות: 'בחג החירות אני רוצה לתת לנשים חירות ליצור', אמרה דינה."
    ),
    (
        "בסדנה לומדות המשתתפות הלחמה בגז ובחשמל, ובסוף הקורס יציגו את עבודותיהן בתערוכה. דינה "
        "מספרת כי החירות ליצור בלי פחד היא העיקר."
    ),
    (
        "המחיר לקורס הלחמה הוא 1,200 שקל, והרשמה נפתחה השבוע. דינה מקווה לפתוח סדנת הלחמה "
        "נוספת אחרי חג החירות."
    ),
]


def test_hebrew_news_sharing_only_cut_root_letters_is_two_events() -> None:
    """A story of the elections (הבחירות, המדינה, המלחמה) and one of Dina's welding workshop
    for the festival of freedom (דינה, הלחמה, חג החירות) were one event: their three
    heaviest terms were one another's, each word cut to "חירות", "דינה", "לחמה" (a review)."""
    index = build_story_index([doc("elections.txt", ELECTIONS), doc("workshop.txt", WORKSHOP)])
    assert len(index.events) == 2


BUDGET_VOTE = [
    "הכנסת אישרה בקריאה ראשונה את תקציב המדינה לשנת 2027",
    (
        "מליאת הכנסת אישרה הלילה בקריאה ראשונה את תקציב המדינה לשנת 2027, ברוב של 62 תומכים "
        "מול 51 מתנגדים. היקף התקציב עומד על 615 מיליארד שקל."
    ),
    (
        "שר האוצר אמר כי התקציב יביא צמיחה לכלכלה ויחזק את מערכת הביטחון. לדבריו, הקיצוץ "
        "במשרדי הממשלה הכרחי."
    ),
    (
        "ועדת הכספים תתחיל לדון בתקציב בשבוע הבא, והממשלה מקווה להעביר אותו בקריאה שנייה "
        "ושלישית עד סוף דצמבר."
    ),
    "האופוזיציה תקפה את ההצעה ואמרה כי התקציב פוגע בחינוך ובבריאות.",
]
BUDGET_ANALYSIS = [
    "מה בתקציב 2027: קיצוץ בחינוך, תוספת לביטחון",
    (
        "אחרי דיון ארוך עבר התקציב את המשוכה הראשונה במליאה. עיון בסעיפי ההצעה מגלה שמשרד "
        "החינוך יספוג קיצוץ של 1.8 מיליארד שקל, בעוד שמערכת הביטחון תקבל תוספת."
    ),
    ("בכירים במשרד האוצר אמרו כי ההסכמות עם סיעות הקואליציה הושגו שעות ספורות לפני ההצבעה בכנסת."),
    ("בוועדת הכספים יתחילו לדון בסעיפים כבר השבוע, והממשלה רוצה להשלים את החקיקה לפני סוף דצמבר."),
]
FOOTBALL = [
    "מכבי תל אביב ניצחה 3:0 את בית״ר ירושלים בבלומפילד",
    (
        "מכבי תל אביב ניצחה הערב 3:0 את בית״ר ירושלים במשחק הגדול של המחזור בליגת העל, ועלתה "
        "לצמרת הטבלה."
    ),
    "החלוץ כבש צמד במחצית הראשונה, ושער שלישי הגיע בדקה ה-78 לאחר מהלך מהיר באגף.",
    (
        "מאמן מכבי אמר אחרי המשחק כי השחקנים הראו אופי ורעב, והקהל בבלומפילד דחף את הקבוצה עד "
        "הרגע האחרון."
    ),
]
ACCIDENT = [
    "שלושה הרוגים בתאונת דרכים קשה בכביש 90",
    (
        "שלושה בני אדם נהרגו הבוקר בתאונת דרכים קשה בכביש 90 סמוך לצומת עין גדי, כאשר רכב "
        "פרטי התנגש חזיתית במשאית. שני פצועים נוספים פונו במסוק לבית החולים סורוקה בבאר שבע."
    ),
    (
        "לפי חשד ראשוני, נהג הרכב הפרטי סטה לנתיב הנגדי. המשטרה פתחה בחקירה ובוחני תנועה "
        "הגיעו למקום."
    ),
    "מתחילת השנה נהרגו בכבישי הארץ 412 בני אדם, לפי נתוני הרשות הלאומית לבטיחות בדרכים.",
]
COURT = [
    "ראש עירייה לשעבר נידון לארבע שנות מאסר בגין שוחד",
    (
        "בית המשפט המחוזי בחיפה גזר היום ארבע שנות מאסר על ראש העירייה לשעבר, שהורשע בלקיחת "
        "שוחד ממקבלני בנייה."
    ),
    (
        "השופטת קבעה בגזר הדין כי הנאשם ניצל את מעמדו לטובתו האישית ופגע באמון הציבור. בנוסף "
        "הוטל עליו קנס של 300 אלף שקל."
    ),
    (
        "סנגורו של הנאשם הודיע כי יגיש ערעור לבית המשפט העליון. הפרקליטות אמרה כי העונש משקף "
        "את חומרת המעשים."
    ),
]


def test_an_independent_hebrew_report_joins_its_event_and_unrelated_news_does_not() -> None:
    """Zman Israel's own report of the Knesset's budget vote was an event of its own: its
    terms, "בתקציב", "החינוך", "הביטחון", were not the vote story's "התקציב", "בחינוך",
    "ביטחון" (a Hebrew and Persian night desk's walkthrough). A football match, a road
    accident and a court's sentence stay events of their own, though they share words of
    any Hebrew news ("אחרי", "ראשונה", "לבית") and two words prefixes make one term
    ("שנייה", second, and "בנייה", building: "נייה")."""
    texts = {
        "vote.txt": BUDGET_VOTE,
        "analysis.txt": BUDGET_ANALYSIS,
        "football.txt": FOOTBALL,
        "accident.txt": ACCIDENT,
        "court.txt": COURT,
    }
    index = build_story_index([doc(name, lines) for name, lines in texts.items()])
    events = sorted(
        sorted(index.documents[d].name for s in e.stories for d in index.stories[s].documents)
        for e in index.events
    )
    assert events == [
        ["accident.txt"],
        ["analysis.txt", "vote.txt"],
        ["court.txt"],
        ["football.txt"],
    ]


def test_turkish_names_with_their_case_endings_and_dotted_capitals_are_one_term() -> None:
    """ "ISPARTA'nın", "Isparta'da" were no term (not letters alone) and "İSPARTA" folded to
    "i̇sparta", a combining dot in it: a Turkish agency's report of an earthquake shared no
    name with another's (a Turkish desk's walkthrough)."""
    assert _terms("İSPARTA ISPARTA'nın Isparta’da Isparta'daki") == {"isparta"}
    assert _terms("DİYARBAKIR Diyarbakır") == {"diyarbakir"}
    assert _terms("l'armée dell'Isparta O'Brien") == {"armée", "isparta", "brien"}
    assert _terms("Iraq's Don't we've") == {"iraq"}  # (English's contractions: no suffix)
    # French's and Italian's elided words are no terms, the word after is (a review)
    assert _terms("jusqu'à lorsqu'il quelqu'un Quest'anno nell'area") == {"anno", "area"}


def test_ukrainian_words_are_one_term_in_each_of_their_forms() -> None:
    """ "Харків", "Харкова", "Харкові" were three terms, "п'ятеро" none (a Ukraine desk's
    walkthrough); a name's closed "і" is its other forms' "о", "ї" their "є"."""
    assert _terms("Харків Харкова Харкові") == {"харков"}
    assert _terms("Київ Києва Києві") == {"києв"}
    assert _terms("регіонів регіони") == {"регіон"}  # (a word's "ів": its plural's ending)
    assert _terms("п'ятеро п’ятеро") == {"пятер"}
    assert _terms("Також Після Це") == set()  # (a sentence's first words are no names)


STRIKE_AGENCY = [
    "Росія вночі атакувала енергетику Харкова, загинули п'ятеро людей",
    "Київ, 7 грудня 2026 р. /Укрінформ/. Російські війська в ніч на неділю завдали удару "
    "дронами та ракетами по енергетичній інфраструктурі Харкова, загинули п'ятеро людей, "
    "ще 23 поранені.",
    "Про це повідомив голова Харківської обласної адміністрації Олег Синєгубов.",
    "Міський голова Ігор Терехов повідомив, що пошкоджено підстанцію та житлові будинки.",
    "Енергетики обіцяють відновити електропостачання протягом доби.",
]
STRIKE_PAPER = [
    "Нічна атака на Харків: п'ятеро загиблих, місто знову без світла",
    "Харків у ніч на 7 грудня пережив одну з наймасованіших атак на енергосистему від "
    "початку зими. Шахеди влучили в підстанцію на півночі міста.",
    "Загинули п'ятеро людей, ще 23 поранені, троє у важкому стані.",
    "У Харкові діють графіки аварійних відключень, працюють пункти незламності.",
    "Мер Ігор Терехов закликав харків'ян не ігнорувати сигнали тривоги.",
]
GRAIN = [
    "Україна з початку сезону експортувала 18 мільйонів тонн зерна",
    "Київ, 7 грудня 2026 р. /Укрінформ/. З початку маркетингового року Україна "
    "експортувала 18 мільйонів тонн зернових, повідомило Міністерство аграрної політики.",
    "Найбільше вивезли кукурудзи та пшениці, основні покупці: Єгипет, Іспанія, Китай.",
    "Експорт йде через порти Одеси та Чорноморська.",
]


def test_a_ukrainian_papers_own_report_of_a_strike_joins_its_event() -> None:
    """Ukrainska Pravda's own report of the Kharkiv strike was an event of its own: its
    "Харків", "Харкові" were not the agency's "Харкова" (a Ukraine desk's walkthrough);
    the agency's grain report stays apart."""
    texts = {"agency.txt": STRIKE_AGENCY, "paper.txt": STRIKE_PAPER, "grain.txt": GRAIN}
    index = build_story_index([doc(name, lines) for name, lines in texts.items()])
    events = sorted(
        sorted(index.documents[d].name for s in e.stories for d in index.stories[s].documents)
        for e in index.events
    )
    assert events == [["agency.txt", "paper.txt"], ["grain.txt"]]


def test_arabic_words_are_terms_without_their_article_and_prefix_letters() -> None:
    """Arabic writes its article and "and", "with", "as", "so", "to" onto the next word:
    "زلزال", "الزلزال", "والزلزال", "بالزلزال", "للزلزال", "زلزالا" were six terms, and its
    letter variants ("الأول", "الاول") two (an Arabic desk's walkthrough)."""
    assert len(_terms("زلزال الزلزال والزلزال بالزلزال للزلزال فالزلزال زلزالا")) == 1
    assert len(_terms("الأول الاول الأوّل")) == 1
    assert len(_terms("وزير الوزير والوزير")) == 1  # (a root's first و: cut in every form)
    assert _terms("الله") == _terms("اللہ")  # (three letters left at least: "الله" kept)
    # Persian and Urdu write "and" apart and open words with "وال": "والدین" (parents) is no
    # "دین" (religion)
    urdu = "ان کے والدین نے کہا کہ دین اور دنیا دونوں ضروری ہیں"
    assert "والدین" in _terms(urdu)


QUAKE_REUTERS = [
    "زلزال بقوة 5.9 درجة يضرب جنوب إيران ويشعر به سكان في الإمارات",
    "دبي (رويترز) - قال مركز رصد الزلازل الأوروبي المتوسطي إن زلزالا بقوة 5.9 درجة ضرب محافظة "
    "هرمزجان في جنوب إيران مساء يوم الاثنين، وشعر به سكان في دبي والشارقة ورأس الخيمة.",
    "وأضاف المركز أن الزلزال وقع على عمق عشرة كيلومترات وعلى بعد نحو 60 كيلومترا غربي مدينة "
    "بندر عباس.",
    "ولم ترد تقارير فورية عن وقوع إصابات أو أضرار.",
    "وقال سكان في دبي لرويترز إنهم شعروا باهتزاز المباني لبضع ثوان، وأخلى بعضهم الأبراج "
    "السكنية في منطقة دبي مارينا.",
    "وتقع إيران على عدة صدوع زلزالية رئيسية وتتعرض لزلازل متكررة.",
]
QUAKE_AFP = [
    "زلزال بقوة 6 درجات يهز جنوب إيران",
    "طهران (أ ف ب) - ضرب زلزال بلغت قوته ست درجات على مقياس ريختر مساء الاثنين منطقة ساحلية "
    "في جنوب إيران، على ما أفاد مركز رصد الزلازل الإيراني التابع لجامعة طهران.",
    "وحدد المركز موقع الزلزال قرب بلدة خمير في محافظة هرمزجان المطلة على مضيق هرمز، مشيرا إلى "
    "أنه وقع عند الساعة 21,47 بالتوقيت المحلي (18,17 ت غ).",
    "وأفادت وكالة الأنباء الرسمية (إرنا) بأن الهزة أثارت الذعر بين السكان الذين خرجوا إلى "
    "الشوارع، من دون أن تتحدث عن ضحايا في حصيلة أولى.",
    "وشعر سكان في عدد من إمارات الدولة المجاورة بالهزة، بحسب ما نقلت وسائل إعلام محلية.",
    "وتقع إيران عند نقطة التقاء صفائح تكتونية عدة، وتشهد نشاطا زلزاليا كثيفا. وفي عام 2003 أدى "
    "زلزال بقوة 6,6 درجات إلى مقتل 31 ألف شخص في مدينة بم التاريخية في جنوب شرق البلاد.",
]
WEATHER = [
    "طقس الغد: غائم جزئياً وفرصة لسقوط أمطار على الجزر والمناطق الشمالية",
    "أبوظبي في 30 نوفمبر / وام / توقع المركز الوطني للأرصاد أن يكون الطقس غداً صحواً إلى غائم "
    "جزئياً، وغائماً أحياناً على الجزر وبعض المناطق الشمالية والشرقية مع فرصة لسقوط أمطار "
    "خفيفة.",
    "ويكون الطقس رطباً ليلاً وصباح الثلاثاء مع احتمال تكون الضباب أو الضباب الخفيف على بعض "
    "المناطق الداخلية.",
    "والرياح خفيفة إلى معتدلة السرعة تنشط أحياناً على البحر، شمالية غربية إلى جنوبية شرقية "
    "بسرعة 10 - 25 تصل إلى 35 كم/س.",
]


def test_two_arabic_reports_of_one_quake_are_one_event() -> None:
    """Reuters' and AFP's Arabic reports of one earthquake, each in its own words, were two
    events ("Unrelated texts"): "زلزالا", "الزلزال", "زلزال" and "بالهزة", "الهزة" were
    other terms (an Arabic desk's walkthrough). A weather report of the day stays apart."""
    texts = {"reuters.txt": QUAKE_REUTERS, "afp.txt": QUAKE_AFP, "weather.txt": WEATHER}
    index = build_story_index([doc(name, lines) for name, lines in texts.items()])
    events = sorted(
        sorted(index.documents[d].name for s in e.stories for d in index.stories[s].documents)
        for e in index.events
    )
    assert events == [["afp.txt", "reuters.txt"], ["weather.txt"]]


TELAM = [
    "La inflación de noviembre fue del 2,4 % y acumula el 12,5 % en los últimos doce meses",
    "BUENOS AIRES, 7 de diciembre de 2026 (Télam) - La inflación de noviembre fue del 2,4 % y "
    "acumuló el 12,5 % en los últimos doce meses, informó este lunes el Instituto Nacional de "
    "Estadística y Censos (Indec).",
    "En los primeros once meses del año, el índice de precios al consumidor (IPC) registró un "
    "alza del 11,3 %, la menor para ese período desde 2017.",
    "Los rubros que más aumentaron en el mes fueron Vivienda, agua, electricidad y gas (4,1 %), "
    "por los ajustes de tarifas, y Educación (3,2 %).",
    "El ministro de Economía, Luis Caputo, celebró el dato en redes sociales y afirmó que "
    '"la desinflación es un proceso que llegó para quedarse".',
    "Según el Indec, una familia tipo de cuatro integrantes necesitó en noviembre $ 1.154.320 "
    "para no caer bajo la línea de pobreza.",
]
CLARIN = [
    "Inflación de noviembre: 2,4%, y la anual baja al 12,5%",
    "La inflación de noviembre fue del 2,4% y acumuló 12,5% en los últimos doce meses, informó "
    "este lunes el Indec. Es la tasa interanual más baja desde comienzos de 2018.",
    TELAM[2].replace("11,3 %", "11,3%"),
    "Las tarifas de luz y gas volvieron a empujar el índice: el rubro Vivienda, agua, "
    "electricidad y gas subió 4,1%, mientras que Educación aumentó 3,2%.",
    'El ministro de Economía, Luis Caputo, celebró el dato en X: "La desinflación es un '
    'proceso que llegó para quedarse".',
    "Las consultoras privadas esperan que diciembre cierre con un alza de entre el 2,5% y el "
    "2,8%, por el aguinaldo y las fiestas.",
    "Según el Indec, una familia tipo necesitó en noviembre $ 1.154.320 para no ser pobre.",
]
ANSA = [
    "Argentina: la inflación anual baja al 12,5 %, mínimo en ocho años",
    "(ANSA) - BUENOS AIRES, 07 DIC - El costo de vida en Argentina subió un 2,4 % en "
    "noviembre, con lo que la inflación interanual descendió al 12,5 %, el nivel más bajo "
    "desde principios de 2018, según datos oficiales difundidos hoy.",
    "El gobierno del presidente Javier Milei, que asumió en diciembre de 2023 con una "
    "inflación mensual del 25,5 %, considera la baja de los precios su principal logro político.",
    "Sin embargo, economistas advierten que el atraso cambiario y la caída del consumo masivo, "
    "de un 4 % interanual según la consultora Scentia, amenazan la recuperación.",
    "Los gremios de la CGT anunciaron para el jueves una marcha contra la reforma laboral que el "
    "Senado debatirá la semana próxima.",
    "(ANSA).",
]
# the day's other economic news of the region: its own figures, a few of the same words
CHILE = [
    "La economía chilena creció un 2,4 % en octubre impulsada por la minería",
    "SANTIAGO DE CHILE, 7 dic (EFE).- La actividad económica de Chile creció un 2,4 % en "
    "octubre frente al mismo mes del año anterior, informó este lunes el Banco Central, por "
    "encima de lo que esperaba el mercado.",
    "El Índice Mensual de Actividad Económica (Imacec) se vio impulsado por la minería del "
    "cobre, que avanzó un 5,1 %, y por el comercio, mientras que la industria cayó un 0,7 %.",
    "Los analistas prevén que el banco central recorte su tasa de interés en la reunión de "
    "diciembre, con la inflación de noviembre en el 4,2 % anual.",
]
# ... and the night's other news
PENSIONS = [
    "El Congreso chileno aprueba la reforma de pensiones tras tres años de debate",
    "SANTIAGO DE CHILE, 7 dic (EFE).- El Congreso de Chile aprobó este lunes la reforma del "
    "sistema de pensiones impulsada por el Gobierno, que eleva la cotización a cargo del "
    "empleador en 7 puntos y crea un seguro social, tras casi tres años de tramitación.",
    "La iniciativa fue respaldada en la Cámara de Diputados por 84 votos a favor, 64 en contra "
    "y 3 abstenciones, y pasa ahora a promulgación.",
    "La ministra del Trabajo, Jeannette Jara, afirmó que la reforma permitirá subir las "
    "pensiones de cerca de 2,5 millones de jubilados.",
]
FLU = [
    "Ciudad de México, 7 de diciembre (Notimex).- La Secretaría de Salud informó este lunes que "
    "la temporada de influenza 2026-2027 registra hasta ahora 1,243 casos confirmados y 37 "
    "defunciones, 18 por ciento más que en el mismo periodo del año anterior.",
    "El subsecretario Eduardo Clark exhortó a la población a vacunarse en cualquiera de las 12 "
    "mil 400 unidades de salud del país, donde se aplican dosis de manera gratuita.",
]
QUAKE = [
    "Fuerte sismo en el sur de México causa muertos y daños en Oaxaca",
    "Oaxaca (México), 7 dic 2026 (AFP) - Un terremoto de magnitud 6,2 estremeció la noche del "
    "lunes la costa del estado mexicano de Oaxaca, donde derribó viviendas y dejó al menos "
    "cuatro fallecidos, según un primer balance oficial.",
    "Testigos relataron escenas de pánico en los hoteles de Bahías de Huatulco, donde los "
    "huéspedes fueron evacuados a la playa.",
]
NOTIMEX_RATE = [
    "Ciudad de México, 7 de diciembre (Notimex).- La tasa de interés interbancaria a un día "
    "quedó este lunes en 6.75 por ciento, luego de que el Banco de México decidiera una "
    "reducción de 0.25 puntos porcentuales, la última del año.",
]


def test_a_figures_decimal_comma_is_its_point() -> None:
    """EFE's "6,75 %" and Notimex's "6.75 por ciento" were two terms (a Spanish/Portuguese
    desk's walkthrough); a thousand's group stays as written."""
    assert "6.75" in _terms("hasta el 6,75 %") & _terms(NOTIMEX_RATE[0])
    assert {"12.5", "2.4"} <= _terms(ANSA[1]) & shares_in(ANSA[1], [(0, len(ANSA[1]))])
    assert "1.154.320" in _terms(TELAM[-1])
    assert "1.500" in _terms("1.500 millones de pesos")
    # a share: a figure with its percent sign or words, not a magnitude, a year or a time
    text = "subió 2,4 % y 6.75 por ciento, 3,5 por cento; magnitud 6,2 en 2026 a las 21,47"
    assert shares_in(text, [(0, len(text))]) == {"2.4", "6.75", "3.5"}


def test_spanish_and_portuguese_sentence_openers_and_verbs_of_saying_are_no_terms() -> None:
    """ "En", "Ya", "Além" opening a sentence were names, "informó", "señaló" and
    "informou" a report's own words (as "said" is)."""
    assert _terms("En Oaxaca. Ya llegó. Además, informó y señaló.") == {"oaxaca", "llegó"}
    assert _terms("Já em Brasília. Além disso, informou a Petrobras.") == {
        "brasília",
        "disso",
        "petrobras",
    }


def test_an_independent_spanish_report_of_the_same_figures_joins_its_event() -> None:
    """ANSA's own report of Argentina's inflation ("…descendió al 12,5 %", same day, same
    figures) was a lone article beside Télam's story and Clarín's rewrite: the two shared
    "inflación", "noviembre", "2,4", "12,5" and little else, every other word their own
    (a Spanish/Portuguese desk's walkthrough). A measured figure weighs more than a name;
    Chile's activity of the day, "2,4 %" too, stays an event of its own."""
    texts = {
        "telam.txt": TELAM,
        "clarin.txt": CLARIN,
        "ansa.txt": ANSA,
        "chile.txt": CHILE,
        "pensiones.txt": PENSIONS,
        "influenza.txt": FLU,
        "sismo.txt": QUAKE,
    }
    docs = [doc(name, lines) for name, lines in texts.items()]
    for order in (docs, docs[::-1]):
        index = build_story_index(order)
        events = sorted(
            sorted(index.documents[d].name for s in e.stories for d in index.stories[s].documents)
            for e in index.events
        )
        assert events == [
            ["ansa.txt", "clarin.txt", "telam.txt"],
            ["chile.txt"],
            ["influenza.txt"],
            ["pensiones.txt"],
            ["sismo.txt"],
        ]
        assert len(index.stories) == 6
