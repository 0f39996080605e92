"""The quotations a pair changes (``wirediff.core.requotes``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.compare import compare
from wirediff.core.options import CompareOptions
from wirediff.core.quoting import changed_figures
from wirediff.core.requotes import (
    quote_changes,
    quote_ranges,
    quotes_said,
    whole_quotes,
    whole_quotes_said,
)
from wirediff.core.stories.evidence import EVIDENCE_OPTIONS

_SAID = "Y añadió que el plan arranca en enero, según el ministerio."


def test_a_quote_ranges_are_the_words_between_its_marks() -> None:
    text = 'He said "it is over" and left.\n«Second» one.'
    assert [text[a:b] for a, b in quote_ranges(text)] == ["it is over", "Second"]


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        # a word replaced, one added: the quotation once, its marks kept
        (
            "El ministro dijo: «Queremos que ningún joven tenga que elegir entre pagar la "
            "vivienda o llenar la nevera».",
            "El ministro dijo: «Queremos que ningún joven español tenga que elegir entre "
            "pagar la vivienda o comer».",
            [
                (
                    "«Queremos que ningún joven tenga que elegir entre pagar la vivienda o "
                    "llenar la nevera»",
                    "«Queremos que ningún joven español tenga que elegir entre pagar la "
                    "vivienda o comer»",
                )
            ],
        ),
        # long runs kept before and after the edit cut to their ends
        (
            '"We will move fast and we will not stop until every family in the valley has '
            'a roof over its head before winter comes to the hills," she said.',
            '"We will move fast and we will not stop until every household in the valley '
            'has a roof over its head before winter comes to the hills," she said.',
            [
                (
                    '"… will not stop until every family in the valley has a …"',
                    '"… will not stop until every household in the valley has a …"',
                )
            ],
        ),
        # words outside the quote, a mark changed, a quote added whole: none
        ('He said "we will go" on Monday.', 'He said "we will go" on Tuesday.', []),
        ('He said "we will go" on Monday.', "He said «we will go» on Monday.", []),
        ("He left on Monday.", 'He left on Monday, saying "we will go".', []),
        # (a review: inch marks, a Hebrew acronym's, a wrongly curled "‘90s", none quotes)
        (
            'Crews laid a 12" main for ten homes and an 8" pipe.',
            'Crews laid a 12" main for twelve homes and an 8" pipe.',
            [],
        ),
        ('צה"ל אמר כי עשרה חיילים נפצעו ארה"ב', 'צה"ל אמר כי שנים עשר חיילים נפצעו ארה"ב', []),
        # (a quote opened after a Hebrew prefix, ל"הארץ", is a quote: review rv181)
        (
            'השר אמר ל"הארץ" כי "המצב קשה מאוד" ואין פתרון.',
            'השר אמר ל"הארץ" כי "המצב קשה מאוד מאוד" ואין פתרון.',
            [('"המצב קשה מאוד"', '"המצב קשה מאוד מאוד"')],
        ),
        # (a quote closing after a figure closes, on a hard-wrapped line too: reviews)
        (
            'The mayor said: "We will build 300 new homes by\n2030" and added more.',
            'The mayor said: "We will build 400 new homes by\n2030" and added more.',
            [('"We will build 300 new homes by', '"We will build 400 new homes by')],
        ),
        (
            'Fans called it "a great night, we won 3-0" on Sunday.',
            'Fans called it "a wonderful night, we won 3-0" on Sunday.',
            [('"a great night, we won 3-0"', '"a wonderful night, we won 3-0"')],
        ),
        (
            "In the ‘90s the town had ten schools.\n\nNow the parents’ group wants more.",
            "In the ‘90s the town had twelve schools.\n\nNow the parents’ group wants more.",
            [],
        ),
    ],
)
def test_words_changed_inside_a_quote_both_sides_keep_are_said(
    old: str, new: str, said: list[tuple[str, str]]
) -> None:
    """A site's second capture rewrote a minister's quote and was "a copy … kept nearly word
    for word", nothing saying a quotation changed (a fact-checker's walkthrough)."""
    assert quote_changes(compare(f"{old}\n\n{_SAID}", f"{new}\n\n{_SAID}")) == said


def test_quotes_said_gives_at_most_two_and_how_many_more() -> None:
    found = [("“a”", "“b”"), ("“c”", "“d”"), ("“e”", "“f”")]
    assert quotes_said(found) == "“a” → “b”; “c” → “d” and 1 more"
    assert quotes_said([]) == ""


def test_a_copy_rewriting_a_quote_says_so(tmp_path: Path) -> None:
    """The relation of a copy whose quote changed says the quotes changed."""
    from wirediff.core.reading import load_paths
    from wirediff.core.stories import build_story_index
    from wirediff.core.stories.relation import describe

    body = (
        "MADRID, 5 de diciembre de 2026 (EFE) - El Gobierno aprobó este viernes un plan de "
        "vivienda para jóvenes con 1.500 millones de euros en ayudas al alquiler.\n\n"
        "El ministro dijo: «Queremos que ningún joven tenga que elegir entre pagar el alquiler "
        "o llenar la nevera».\n\n"
        "El plan llegará a unos 100.000 hogares en los próximos tres años, según el "
        "ministerio, que prevé abrir las solicitudes en febrero.\n\n"
        "La oposición criticó que las ayudas lleguen tarde y pidió más vivienda pública en "
        "las grandes ciudades del país."
    )
    changed = body.replace("o llenar la nevera", "o comer")
    (tmp_path / "a_20261205_1000.txt").write_text(f"Plan de vivienda\n\n{body}\n")
    (tmp_path / "b_20261205_1100.txt").write_text(f"Plan de vivienda\n\n{changed}\n")
    index = build_story_index(load_paths([tmp_path]).documents)
    (story,) = index.stories
    base, other = story.documents
    said = describe(index, base, other)
    old, new = (
        "«… entre pagar el alquiler o llenar la nevera»",
        "«… entre pagar el alquiler o comer»",
    )
    assert f"quotes changed: {old} → {new}" in said


def test_the_compare_json_lists_the_quotes_changed() -> None:
    from wirediff.core.report.jsonout import to_data

    result = compare('He said "we will go today" then.', 'He said "we will stay today" then.')
    stats = to_data(result)["stats"]
    assert stats["quotes"] == ['"we will go today" → "we will stay today"']


def test_a_quote_joined_from_two_paragraphs_is_said_once_and_a_long_one_by_its_ends() -> None:
    """A review: a quote of two paragraphs joined into one was said twice, each half
    against the whole; a quote of 650 words with edits at both ends was said whole."""
    old = '"We will build ten schools this year,\n\n"and we will hire fifty teachers," he said.'
    new = '"We will build twelve schools this year, and we will hire sixty teachers," he said.'
    assert len(quote_changes(compare(old, new))) == 1
    words = " ".join(f"word{i}" for i in range(650))
    long_old = f'He said: "alpha {words} omega." Then he left.'
    long_new = f'He said: "beta {words} gamma." Then he left.'
    ((said_old, said_new),) = quote_changes(compare(long_old, long_new))
    assert len(said_old.split()) <= 31 and said_old.startswith('"alpha') and "…" in said_old
    assert said_new.endswith('gamma."')


_MAYOR = (
    "«È stata una scossa lunga e forte, la gente è spaventata ma non abbiamo feriti», ha "
    "detto all'ANSA il sindaco di Castelnuovo, Marco Bertolini. «Abbiamo chiuso tutte le "
    "scuole e aperto il palazzetto dello sport per chi non se la sente di rientrare a casa»."
)
_FIREMEN = (
    "I vigili del fuoco hanno ricevuto oltre 150 richieste di verifica. Sul posto anche i "
    "tecnici della Protezione civile regionale."
)


@pytest.mark.parametrize(
    "other",
    [
        # another speaker's quote, to another agency, in the paragraph's place
        (
            "\"Stiamo facendo il censimento di chi non puo' rientrare - ha spiegato all'AGI "
            "l'assessore regionale alla Protezione civile, Silvia Monti -. Le stime parlano "
            'di alcune centinaia di persone, che verranno ospitate nelle palestre". Sono '
            "circa 300 i sopralluoghi gia' richiesti ai vigili del fuoco. Secondo l'Ingv "
            "sono seguite una decina di repliche."
        ),
        # the paper's own interview with the mayor, sharing one phrase of his quote
        (
            "Il sindaco di Castelnuovo, Marco Bertolini, ha chiuso tutte le scuole e aperto il "
            "palazzetto dello sport. «Non abbiamo feriti, ma la gente ha paura e non se la "
            "sente di rientrare», ci ha detto Bertolini nel primo pomeriggio."
        ),
    ],
)
def test_another_speakers_or_interviews_quote_is_no_quote_changed(other: str) -> None:
    """An Italian desk's walkthrough: an agency's mayor quote was said changed into a
    rival agency's regional councillor's, and into a paper's own interview quote."""
    old = f"{_MAYOR}\n\n{_FIREMEN}\n\n{_SAID}"
    assert quote_changes(compare(old, f"{other}\n\n{_SAID}")) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a quote cut short: all of the new one kept
        (
            "„Jedes Kind hat ein Recht auf einen guten Kita-Platz - und dieses Recht darf "
            "nicht am Geldbeutel der Kommunen scheitern“, sagte Prien.",
            "»Jedes Kind hat ein Recht auf einen guten Kita-Platz«, sagte Prien.",
        ),
        # a paraphrase put in the minister's mouth, the words saying who spoke kept
        (
            "“Não vamos deixar nenhuma família para trás. O dinheiro chega aos municípios "
            "ainda este mês”, afirmou o ministro Carlos Menezes durante a cerimônia.",
            "“Nenhuma família vai ficar para trás. O recurso chega às prefeituras ainda este "
            "mês”, afirmou o ministro Carlos Menezes durante a cerimônia.",
        ),
        # rewritten whole in a sentence kept whole: other words in the same mouth (a review)
        (
            '"The deal is dead," the minister told reporters in Brussels on Friday.',
            '"The agreement has collapsed," the minister told reporters in Brussels on Friday.',
        ),
    ],
)
def test_a_quote_cut_short_or_paraphrased_in_the_same_mouth_is_changed(old: str, new: str) -> None:
    """The same quotation edited is still said when few of its words are kept (reviews)."""
    (said,) = quote_changes(compare(f"{old}\n\n{_SAID}", f"{new}\n\n{_SAID}"))
    assert said[0].startswith(old[0]) and said[1].startswith(new[0])


_TT = (
    "Regeringen satsar på vården\n\n"
    "STOCKHOLM (TT) – Regeringen satsar fyra miljarder kronor på vården, säger ministern.\n\n"
    "{}\n\n"
    "Pengarna ska gå till regionerna redan under nästa år enligt beskedet.\n"
)


@pytest.mark.parametrize(
    ("old", "new", "said"),
    [
        (
            "– Ingen ska behöva vänta i ett år på en operation, säger Anna Bergström till TT.",
            "– Ingen ska behöva vänta i ett helt år på en operation, säger Anna Bergström.",
            [
                (
                    "– … ska behöva vänta i ett år på en operation",
                    "– … ska behöva vänta i ett helt år på en operation",
                )
            ],
        ),
        (  # (Russian: the dash that closes it, and one that opens it again)
            "— Мы не будем ждать до весны, — сказал министр. — Работы начнутся в марте.",
            "— Мы не будем ждать до весны, — сказал министр. — Работы начнутся в апреле.",
            [("— Работы начнутся в марте.", "— Работы начнутся в апреле.")],
        ),
        # who spoke changed, a list's item, a dash inside a sentence: no quote changed
        (
            "– Ingen ska behöva vänta i ett år på en operation, säger Anna Bergström till TT.",
            "– Ingen ska behöva vänta i ett år på en operation, säger Anna Lind till TT.",
            [],
        ),
        (
            "- fyra miljarder till vården i hela landet\n- två miljarder till skolan",
            "- fem miljarder till vården i hela landet\n- två miljarder till skolan",
            [],
        ),
        (
            "Hon sa att ingen – inte en enda patient – ska vänta i ett år på en operation.",
            "Hon sa att ingen – inte en enda patient – ska vänta i ett helt år på en operation.",
            [],
        ),
    ],
)
def test_speech_a_dash_opens_is_a_quote(old: str, new: str, said: list[tuple[str, str]]) -> None:
    """Swedish, Norwegian and Danish papers open nearly all direct speech with a dash: TT's
    "– Ingen ska behöva vänta i ett år" edited to "i ett helt år" was no quote changed,
    where the same edit inside ”…” was (a Nordic and Dutch desks' walkthrough). The
    dateline's dash above it opens no quote."""
    assert quote_changes(compare(_TT.format(old), _TT.format(new))) == said


def test_speech_a_dash_opens_is_quoted_where_a_paragraph_says_who_spoke() -> None:
    """A dash opening a paragraph quotes when the text's dashes say who spoke: a quote's
    next paragraph is its too; a dateline's dash, a list's and one inside a sentence are
    none."""
    text = (
        "OSLO (NTB) – Regjeringen innfører strømstøtte.\n\n"
        "– Dette treffer raskt, sier Lunde til NTB.\n\n"
        "– Vi håper det hjelper folk.\n\n"
        "- punkt en\n- punkt to.\n\n"
        "Hun sa – uten å nøle – ja."
    )
    quoted = ["Dette treffer raskt", "Vi håper det hjelper folk."]
    assert [text[a:b] for a, b in quote_ranges(text)] == quoted
    alone = text.replace(", sier Lunde til NTB.", ".")
    assert quote_ranges(alone) == []  # (a list of points, with nobody speaking)


def test_an_english_dash_list_is_no_speech() -> None:
    """AP's spaced em dashes: "7 a.m. — an hour earlier" read as speech's end, and an item of
    an em-dash list edited was a quote changed (a review)."""
    old = (
        "Voters should bring three things on Tuesday, officials said.\n\n"
        "— Polls open at 7 a.m. — an hour earlier than last year.\n\n"
        "— Voters must bring a photo ID.\n\n"
        "— Mail ballots must arrive by 8 p.m.\n"
    )
    assert quote_changes(compare(old, old.replace("a photo ID", "a valid photo ID"))) == []


def test_a_quote_the_comparison_folds_equal_is_no_quote_changed() -> None:
    """A Persian quote whose copy wrote spaces for ZWNJ and Arabic-Indic digits was "quotes
    changed" where the panes showed it equal (a re-check of a Persian desk's walkthrough);
    a digit changed in it still is one."""
    quote = "«بر اساس آخرین گزارش‌ها، سه نفر جان باخته‌اند و ۴۷ نفر مصدوم شده‌اند»"
    old = f"رئیس سازمان مدیریت بحران گفت: {quote}\n"
    new = old.replace("گزارش‌ها", "گزارش ها").replace("باخته‌اند", "باخته اند").replace("۴۷", "٤٧")
    assert quote_changes(compare(old, new, EVIDENCE_OPTIONS)) == []
    assert quote_changes(compare(old, new.replace("٤٧", "٥٢"), EVIDENCE_OPTIONS)) != []


_FUND = (
    'ABUJA, Dec. 6 (Reuters) - The minister said: "The {} will cover food and shelter for '
    '41,000 households in Borno State this season."\n'
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("₦2.5 billion", "N2.5 billion"),
        ("₦2.5 billion", "N2.5bn"),
        ("₦2.5 billion", "NGN2.5 billion"),
        ("$2.5 billion", "$2.5bn"),
        ("$800m", "$800 million"),
        ("13.5%", "13.5 per cent"),
        ("KSh 1.2 billion", "Sh1.2 billion"),
        ("5 milliards de FCFA", "5 milliards de francs CFA"),
        ("$5 million", "US$5 million"),
    ],
)
def test_a_sum_written_otherwise_in_a_quote_is_no_quote_changed(old: str, new: str) -> None:
    """Nigerian papers write "N" for the agency's "₦" and "bn" for "billion": every rewrite
    of NAN's copy was "quotes changed", the misquote's alarm (an Africa desk's walkthrough)."""
    assert quote_changes(compare(_FUND.format(old), _FUND.format(new))) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("₦2.5 billion", "₦3.5 billion"),
        ("N2.5 billion", "N2.5 million"),
        ("₦2.5 billion", "$2.5 billion"),  # (the letters alone are the same)
        ("$5 million", "€5 million"),
        ("US$5 million", "5 million"),
        ("13.5%", "15.3%"),
        ("1.5%", "15%"),
    ],
)
def test_a_sum_changed_in_a_quote_is_a_quote_changed(old: str, new: str) -> None:
    said = quote_changes(compare(_FUND.format(old), _FUND.format(new)))
    assert len(said) == 1 and old in said[0][0] and new in said[0][1]


_PAGE = (
    "Residents of Mill Lane were moved out of their homes as a precaution.\n\n"
    '"The whole house shook. I thought a bomb had gone off," said Carol Benson, 64, whose '
    "garden backs onto the line.\n\n"
    "Network Rail said the line would stay closed until at least Wednesday.\n"
)


def test_a_quotation_cut_whole_with_its_sentence_is_named_with_its_speaker() -> None:
    """A capture dropping a resident's quote read "19% left out", and a revision dropping a
    senator's only its figures (a Wikipedia editor's walkthrough)."""
    cut = _PAGE.replace(_PAGE.split("\n\n")[1] + "\n\n", "")
    removed, added = whole_quotes(compare(_PAGE, cut))
    assert removed == [('"The whole house shook. I thought a bomb had gone off"', "Carol Benson")]
    assert added == []
    assert whole_quotes(compare(cut, _PAGE)) == ([], removed)
    said = whole_quotes_said(removed)
    assert said == '"The whole house shook. I thought a bomb had gone off" (Carol Benson)'


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            'Sen. Maria Esposito, who voted against it, called it "a blank check for two months."',
            "Maria Esposito",
        ),
        (
            '"It keeps the lights on for now," Senate Majority Leader Tom Harlan said on Monday.',
            "Tom Harlan",
        ),
        ('In Washington, the president said: "We will sign it tonight, in full."', ""),
        ('"Мы будем работать дальше вместе," — сказал министр Сергей Лавров.', "Сергей Лавров"),
        (
            "« Nous ne céderons rien du tout », a déclaré Ursula von der Leyen.",
            "Ursula von der Leyen",
        ),
        ('وقال وزير الخارجية للصحفيين: "سنواصل العمل معا حتى النهاية".', ""),
    ],
)
def test_who_said_a_quotation_cut_whole_is_the_name_its_sentence_gives(
    sentence: str, speaker: str
) -> None:
    kept = "The line would stay closed until at least Wednesday, the operator said."
    removed, _ = whole_quotes(compare(f"{sentence}\n\n{kept}\n", f"{kept}\n"))
    assert [who for _, who in removed] == [speaker]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # a term's marks, no quotation
        (
            'The so-called "iron dome" was moved north.\n\nThe army said so.\n',
            "The army said so.\n",
        ),
        # the titles a rendered Wikipedia page's references quote
        (
            'The line reopened.\n\n[1] ^ "Freight train derails at Millbrook". BBC News. '
            'Retrieved 1 December 2026.\n[3] ^ "Derailment of a freight train at Millbrook, '
            'Westshire" (Press release). Rail Accident Investigation Branch.\n',
            "The line reopened.\n",
        ),
        # a quote rewritten in a sentence kept: a quote changed, not one cut
        (
            '"The deal is dead and buried now," the minister told reporters on Monday.\n',
            '"The agreement has collapsed entirely," the minister told reporters on Monday.\n',
        ),
        # a quoted sentence moved, not cut
        (
            'Rain fell all day.\n\n"We have never seen water this high," said Ana Ruiz.\n',
            '"We have never seen water this high," said Ana Ruiz.\n\nRain fell all day.\n',
        ),
    ],
)
def test_no_quotation_is_cut_whole_where_a_sentence_keeps_it(old: str, new: str) -> None:
    assert whole_quotes(compare(old, new)) == ([], [])


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a book's title and its prize, a song's: no quotation
        ('Her novel "A Long Way Down the River" won the Booker Prize in 2020.', []),
        (
            'The band played "We Are the Champions" and "Another One Bites the Dust" to close'
            " the show.",
            [],
        ),
        # a name near, not by the verb of saying: no speaker
        (
            'Speaking on BBC Radio 4, the minister said: "We will not back down on this."',
            [('"We will not back down on this."', "")],
        ),
        (
            '"We will not back down on this at all," a spokesperson for the White House said.',
            [('"We will not back down on this at all"', "")],
        ),
        (
            '"We will not back down on this at all," the minister told reporters in New York.',
            [('"We will not back down on this at all"', "")],
        ),
    ],
)
def test_a_title_is_no_quotation_and_a_name_away_from_the_verb_no_speaker(
    sentence: str, expected: list[tuple[str, str]]
) -> None:
    """A review found 'quotation removed: "A Long Way Down the River" (Booker Prize)', songs'
    titles as quotations, and "BBC Radio" or "New York" as who spoke."""
    kept = "The line would stay closed until at least Wednesday, the operator said."
    removed, _ = whole_quotes(compare(f"{sentence}\n\n{kept}\n", f"{kept}\n"))
    assert removed == expected


_FARSI_QUOTE = (
    "فرماندار جیرفت گفت: «تاکنون ۳۵ خانوار از روستاهای کنار رودخانه به مدرسه‌ها منتقل "
    "شده‌اند و ۱۲ نفر در بیمارستان بستری هستند.»\n"
)
_SPACES_FOR_ZWNJ = str.maketrans({"\u200c": " "})


@pytest.mark.parametrize(
    "letters",
    [
        str.maketrans("یک", "يك"),  # Arabic yeh and kaf
        str.maketrans("۰۱۲۳۴۵۶۷۸۹", "٠١٢٣٤٥٦٧٨٩"),  # Arabic-Indic digits
        str.maketrans("یک۰۱۲۳۴۵۶۷۸۹", "يك٠١٢٣٤٥٦٧٨٩"),
    ],
    ids=["yeh-kaf", "digits", "both"],
)
@pytest.mark.parametrize("options", [CompareOptions(), EVIDENCE_OPTIONS], ids=["app", "evidence"])
def test_a_quote_typed_with_spaces_and_arabic_letters_is_as_the_diff_reads_it(
    letters: dict[int, str], options: CompareOptions
) -> None:
    """A copy typing its joiners as spaces *and* Arabic yeh, kaf or digits (a PDF's text, a
    saved page's) was "quotes changed" in the banner over a quote row the diff showed
    equal — either alone was not (a re-check of a Persian desk's walkthrough): the quote is
    compared as the diff's keys read it, under the options on screen. A figure changed in
    it is still a quote changed."""
    copy = _FARSI_QUOTE.translate(_SPACES_FOR_ZWNJ).translate(letters)
    diff = compare(_FARSI_QUOTE, copy, options)
    assert quote_changes(diff) == []
    if options == CompareOptions():
        assert not diff.changes  # (the panes show the quote equal)
    changed = compare(_FARSI_QUOTE, copy.replace("٣٥", "٤٠").replace("۳۵", "۴۰"), options)
    assert quote_changes(changed) != []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # (the README's English and Spanish number words: no quote changed either)
        (
            'The governor said: "Four houses were damaged in the storm last night," he added.',
            'The governor said: "4 houses were damaged in the storm last night," he added.',
        ),
        (
            "El ministro dijo: «Nueve personas murieron en el accidente de ayer», según la "
            "agencia.",
            "El ministro dijo: «9 personas murieron en el accidente de ayer», según la agencia.",
        ),
        (
            '"Around twenty-three per cent of the water leaked out," the engineer said.',
            '"Around 23% of the water leaked out," the engineer said.',
        ),
        (  # (the digits on the old side, the word on the new: the Turkish walkthrough's)
            'Yıldırım, "Ekiplerimiz köylerde hasar tespit çalışmalarına başladı. 3 evde çatlak '
            'olduğu bildirildi" dedi.',
            'Yıldırım, "Ekiplerimiz köylerde hasar tespit çalışmalarına başladı. Üç evde çatlak '
            'olduğu bildirildi" dedi.',
        ),
        (  # (Turkish's ten in a Turkish text, and its capitals: "İKİ", "ALTI")
            'Vali, "Depremde 10 kişi hafif yaralandı ve hastaneye kaldırıldı" dedi. Ekipler '
            "bölgede çalışmalarını sürdürüyor ve yeni bir açıklama bekleniyor.",
            'Vali, "Depremde On kişi hafif yaralandı ve hastaneye kaldırıldı" dedi. Ekipler '
            "bölgede çalışmalarını sürdürüyor ve yeni bir açıklama bekleniyor.",
        ),
        (
            'Vali, "Depremde 2 bina ile 6 ev hasar gördü ve boşaltıldı" dedi.',
            'Vali, "Depremde İKİ bina ile ALTI ev hasar gördü ve boşaltıldı" dedi.',
        ),
        (  # (Azerbaijani's)
            'Nazir bildirib: "Zəlzələ nəticəsində 7 ev və 9 məktəb zədələnib" və əlavə edib.',
            'Nazir bildirib: "Zəlzələ nəticəsində yeddi ev və doqquz məktəb zədələnib" və əlavə '
            "edib.",
        ),
        (
            "Губернатор сказал: «Пять домов были повреждены во время урагана», сообщает агентство.",
            "Губернатор сказал: «5 домов были повреждены во время урагана», сообщает агентство.",
        ),
        (  # (Ukrainian's, its apostrophe typed curled)
            "Голова ОВА заявив: «П’ять будинків і дві школи пошкоджено внаслідок атаки».",
            "Голова ОВА заявив: «5 будинків і 2 школи пошкоджено внаслідок атаки».",
        ),
    ],
)
def test_a_number_in_words_against_its_digits_in_a_quote_is_no_quote_changed(
    old: str, new: str
) -> None:
    """A governor's "3 evde çatlak" printed "Üç evde çatlak", a paper's house style, was
    "quotes changed", the misquote's alarm (a Turkish desk's walkthrough); English's "Four
    houses" printed "4 houses" was too, though the figures summary says "four" → "4" is
    none."""
    assert quote_changes(compare(old, new)) == []
    assert quote_changes(compare(old, new, EVIDENCE_OPTIONS)) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            'The governor said: "Four houses were damaged in the storm last night," he added.',
            'The governor said: "5 houses were damaged in the storm last night," he added.',
        ),
        (  # (the word written, another number: in words on both sides)
            'The governor said: "Four houses were damaged in the storm last night," he added.',
            'The governor said: "Five houses were damaged in the storm last night," he added.',
        ),
        (
            "El ministro dijo: «Nueve personas murieron en el accidente de ayer», según la "
            "agencia.",
            "El ministro dijo: «19 personas murieron en el accidente de ayer», según la agencia.",
        ),
        (
            'Yıldırım, "Ekiplerimiz köylerde hasar tespit çalışmalarına başladı. 3 evde çatlak '
            'olduğu bildirildi" dedi.',
            'Yıldırım, "Ekiplerimiz köylerde hasar tespit çalışmalarına başladı. Dört evde çatlak '
            'olduğu bildirildi" dedi.',
        ),
        (
            "Губернатор сказал: «Пять домов были повреждены во время урагана», сообщает агентство.",
            "Губернатор сказал: «6 домов были повреждены во время урагана», сообщает агентство.",
        ),
        (  # (French, German, Arabic, Chinese: numbers in words no table reads, and digits)
            "Le maire a déclaré : « Quatre maisons ont été détruites par la tempête », a-t-il dit.",
            "Le maire a déclaré : « 5 maisons ont été détruites par la tempête », a-t-il dit.",
        ),
        (
            "Der Bürgermeister sagte: „Zwölf Häuser wurden durch den Sturm zerstört“, hieß es.",
            "Der Bürgermeister sagte: „15 Häuser wurden durch den Sturm zerstört“, hieß es.",
        ),
        (
            "وقال المحافظ: «تضرر 12 منزلا جراء العاصفة الليلة الماضية» بحسب الوكالة.",
            "وقال المحافظ: «تضرر 15 منزلا جراء العاصفة الليلة الماضية» بحسب الوكالة.",
        ),
        (
            "市长表示：“暴风雨造成12间房屋受损，目前没有人员伤亡。”新华社报道。",
            "市长表示：“暴风雨造成15间房屋受损，目前没有人员伤亡。”新华社报道。",
        ),
        (  # (English's "on" is no ten: read as one in Turkish and Azerbaijani texts only)
            '"We will not sit on this report any longer," the minister told reporters.',
            '"We will not sit 10 this report any longer," the minister told reporters.',
        ),
    ],
)
def test_a_number_changed_in_a_quote_is_a_quote_changed(old: str, new: str) -> None:
    assert len(quote_changes(compare(old, new))) == 1


def test_a_toll_changed_in_a_quote_beside_a_dates_digits_is_said_both_ways() -> None:
    """Numbers in words read as digits in the comparison's keys matched "Nine people" to the
    "9" of "March 9", and a toll corrected left the figures summary: a quote's number in
    words is read at its place in the diff only, against the digits that replace it."""
    old = '"Nine people died when the bridge fell on March 9," the mayor told reporters.'
    new = '"12 people died when the bridge fell on March 9," the mayor told reporters.'
    result = compare(old, new)
    assert len(quote_changes(result)) == 1
    assert changed_figures(result)[0] == ["Nine people → 12 people"]


_TR_EVACUATED = (
    'İçişleri Bakanı, "Depremden sonra {} kişi evlerinden tahliye edildi ve çadırlara '
    'yerleştirildi" dedi. Ekipler bölgede çalışmalarını sürdürüyor ve yeni bir açıklama '
    "bekleniyor."
)
# (the quote alone too short to be judged Turkish: its text is)
_TR_SHORT = (
    'Vali, "Depremde {} kişi evsiz kaldı" dedi. Ekipler bölgede çalışmalarını sürdürüyor ve '
    "yeni bir açıklama için bekleniyor."
)
_AZ_DAMAGED = 'Nazir bildirib: "Zəlzələ nəticəsində {} ev zədələnib" və əlavə edib.'


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (_TR_EVACUATED, "12 bin 500", "12.500"),
        (_TR_EVACUATED, "12 bin 500", "12500"),
        (_TR_EVACUATED, "12.500", "12 bin 500"),
        (_TR_SHORT, "12 bin 500", "12.500"),
        (_TR_SHORT, "12 bin", "12.000"),
        (_AZ_DAMAGED, "3 min 200", "3200"),
    ],
)
def test_a_turkic_figure_with_its_thousand_in_words_in_a_quote_is_no_quote_changed(
    text: str, old: str, new: str
) -> None:
    """A Turkish quote's "12 bin 500 kişi" printed "12.500 kişi" was "quotes changed", the
    misquote's alarm over a house style: "12 bin 500" was read as two figures, "12 bin" and
    "500", and a quote too short to be judged Turkish read "12 bin" as a bin (the figures
    summary, judging the whole text, read them as one figure, 12.500)."""
    assert quote_changes(compare(text.format(old), text.format(new))) == []
    assert quote_changes(compare(text.format(old), text.format(new), EVIDENCE_OPTIONS)) == []


@pytest.mark.parametrize(
    ("text", "old", "new"),
    [
        (_TR_EVACUATED, "12 bin 500", "12.600"),
        (_TR_EVACUATED, "12 bin 500", "13.500"),
        (_TR_EVACUATED, "12 bin 500", "12 bin 600"),
        (_TR_SHORT, "12 bin", "13.000"),
        (_AZ_DAMAGED, "3 min 200", "3300"),
        # (in English "bin" is a bin, "12 bin 500" no 12.500: a Turkic text's only)
        (
            'The mayor said: "We emptied {} times last week," the council reported.',
            "12 bin 500",
            "12500",
        ),
    ],
)
def test_a_turkic_figure_with_its_thousand_in_words_changed_in_a_quote_is_a_quote_changed(
    text: str, old: str, new: str
) -> None:
    assert len(quote_changes(compare(text.format(old), text.format(new)))) == 1
