"""Western European Latin-1 and Windows-1252 news, read as written, and Central European
and Baltic code pages still read as theirs (a Latin-9 fix's colleague found French Latin-1
with "l´économiste" and "2½" read as ISO-8859-10, "līéconomiste", "2―"; German fractions and
a Swedish "Åsa" read as Windows-1250, "2˝", "Ľ", "Ĺsa")."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirediff.core.reading.decoding import decode

# A paragraph or three of each language's news: its letters, prices and fractions.
WESTERN = {
    "sv": (
        "Åsa Lindqvist blir ny vd för Sveriges största bostadsbolag\n"
        "\n"
        "STOCKHOLM (TT) Åsa Lindqvist, 52, tar över som vd för bostadsbolaget Östhem den "
        "1 mars. Hon kommer närmast från Skånska Byggnads AB, där hon har varit ekonomichef "
        "i sju år. Enligt styrelsens ordförande Örjan Bäckström är hon ”rätt person för "
        "en svår tid”.\n"
        "\n"
        "Bolaget äger omkring 48 000 lägenheter i Göteborg, Malmö och Umeå. Hyrorna höjs "
        "i år med i genomsnitt 4,5 procent, vilket motsvarar ungefär 450 kronor i månaden "
        "för en trea. Hyresgästföreningen kallar höjningen för orimlig och kräver nya "
        "förhandlingar.\n"
        "\n"
        "– Vi måste bygga mer och snabbare, säger Åsa Lindqvist till TT. Räntorna har fördubblats "
        "på två år och en ½ procentenhet till gör stor skillnad för våra kalkyler.\n"
    ),
    "da": (
        "Regeringen vil hæve afgiften på sukker og fedt fra næste år\n"
        "\n"
        "KØBENHAVN (Ritzau) Skatteministeren vil hæve afgiften på søde sager med 2½ krone "
        "pr. kilo fra 1. januar. Det fremgår af et udspil, som regeringen præsenterer på "
        "fredag. Ændringen skal ifølge ministeriet give statskassen omkring 900 millioner "
        "kroner årligt.\n"
        "\n"
        "Dansk Erhverv kalder forslaget for et slag mod grænsehandlen. – Danskerne kører "
        "bare til Flensborg og køber ind, siger cheføkonom Søren Ærø Mølgaard. Han påpeger, "
        "at ¾ af grænsehandlen allerede i dag består af øl, vand og slik.\n"
        "\n"
        "Forbrugerrådet Tænk bakker derimod op og peger på, at sundhedsgevinsten er større "
        "end tabet for de små butikker i Sønderjylland.\n"
    ),
    "no": (
        "Strømprisen stiger kraftig i Sør-Norge\n"
        "\n"
        "OSLO (NTB): Strømprisen i Sør-Norge blir i gjennomsnitt 1,85 kroner per kilowattime "
        "neste uke, viser tall fra kraftbørsen Nord Pool. Det er nesten dobbelt så mye "
        "som i forrige uke. Årsaken er lite vind, lave magasiner og økt eksport til Tyskland "
        "og Storbritannia.\n"
        "\n"
        "– Dette er en tøff situasjon for mange husholdninger, sier forbrukerøkonom Ørjan "
        "Bø i Sparebanken Sør. Han anslår at en vanlig familie må betale 1 200 kroner mer "
        "i måneden. Regjeringen vurderer å utvide strømstøtten, som i dag dekker ¾ av prisen "
        "over 70 øre.\n"
        "\n"
        "Statsministeren sa fredag at han ikke vil utelukke nye tiltak før jul.\n"
    ),
    "fi": (
        "Helsingin kaupunki nostaa joukkoliikenteen hintoja\n"
        "\n"
        "HELSINKI (STT) Helsingin seudun liikenne korottaa lippujen hintoja keskimäärin "
        "4,8 prosenttia ensi vuoden alusta. Kuukausilippu maksaa jatkossa 69,70 euroa, "
        "kun se nyt maksaa 66,50 euroa. Päätös tehtiin hallituksen kokouksessa tiistaina.\n"
        "\n"
        "Hallituksen puheenjohtaja Säde Mäkelä perusteli korotusta kohonneilla energia- "
        "ja palkkakuluilla. – Emme voi jättää lippujen hintoja jälkeen kustannuksista, "
        "hän sanoi. Matkustajamäärät ovat yhä noin ¼ pienemmät kuin ennen pandemiaa.\n"
        "\n"
        "Espoon ja Vantaan valtuutetut ovat vaatineet, että opiskelijoiden alennus säilyy "
        "ennallaan.\n"
    ),
    "is": (
        "Þingið samþykkir ný lög um orkuskipti\n"
        "\n"
        "REYKJAVÍK Alþingi samþykkti í gær ný lög um orkuskipti í samgöngum. Samkvæmt lögunum "
        "verður hætt að selja nýja bensín- og díselbíla árið 2030. Ráðherra sagði að þetta "
        "væri stórt skref fyrir íslenskt samfélag og að þjóðin gæti orðið fyrirmynd annarra "
        "þjóða.\n"
        "\n"
        "Stjórnarandstaðan gagnrýndi að ekki væri tryggt fé til að byggja upp hleðslustöðvar "
        "úti á landi. Kostnaður er áætlaður um 4½ milljarður króna á næstu fimm árum. Þórður "
        "Guðmundsson, formaður Bílgreinasambandsins, sagði að bílaumboðin væru tilbúin.\n"
    ),
    "de": (
        "Bahn erhöht die Preise im Fernverkehr\n"
        "\n"
        "BERLIN (dpa) - Die Deutsche Bahn erhöht zum Fahrplanwechsel im Dezember die Preise "
        "im Fernverkehr um durchschnittlich 4,9 Prozent. Die BahnCard 50 kostet künftig "
        "244 Euro statt 234 Euro. Für Pendler, die täglich fahren, wird die Fahrt damit "
        "um rund ¼ teurer als vor zwei Jahren, rechnete der Fahrgastverband Pro Bahn vor.\n"
        "\n"
        "„Das ist für viele Familien nicht mehr bezahlbar“, sagte Verbandssprecher Jörg "
        "Müller. Die Züge seien zudem häufig unpünktlich: Nur knapp ¾ der Fernzüge erreichten "
        "im Oktober ihr Ziel mit weniger als sechs Minuten Verspätung. Auf der Strecke "
        "Köln–Düsseldorf dauerte die Fahrt im Schnitt 2½ Stunden länger als geplant.\n"
        "\n"
        "Die Bahn verwies auf gestiegene Kosten für Energie und Personal. Größere Baustellen "
        "würden im nächsten Jahr fortgesetzt.\n"
    ),
    "fr": (
        "Le prix du gazole atteint un nouveau record\n"
        "\n"
        "PARIS (AFP) - Le prix du gazole a atteint vendredi un niveau record de 2,14 euros "
        "le litre en moyenne dans les stations-service françaises, selon les chiffres publiés "
        "par le ministère de la Transition écologique. Il a augmenté de près de ¼ depuis "
        "le début de l'année.\n"
        "\n"
        "« C'est insupportable pour les ménages qui dépendent de leur voiture », a déclaré "
        "à l'AFP le président de l'association Consommation, logement et cadre de vie. "
        "Selon lui, un automobiliste qui parcourt 15 000 kilomètres par an dépense désormais "
        "2½ fois plus qu'en 2015.\n"
        "\n"
        "Le gouvernement a annoncé une remise de 15 centimes par litre, mais les économistes "
        "jugent la mesure insuffisante. Noël approche et la grève des raffineries se poursuit.\n"
    ),
    "fr_acute": (
        "Grève à la raffinerie: l´économiste prévoit une pénurie\n"
        "\n"
        "MARSEILLE - La grève à la raffinerie de Fos-sur-Mer entre dans sa troisième semaine. "
        "Selon l´économiste Hélène Garçon, le prix de l´essence pourrait grimper de 2½ "
        "fois d´ici l´été si le conflit dure. « C´est une situation très préoccupante », "
        "a-t-elle déclaré.\n"
        "\n"
        "Les syndicats réclament une hausse de salaire de 8 %, la direction propose 3½ "
        "%. Aujourd´hui, près de ¼ des stations de la région sont à sec.\n"
    ),
    "es": (
        "El Gobierno aprueba la subida del salario mínimo\n"
        "\n"
        "MADRID (EFE) - El Consejo de Ministros aprobó este martes la subida del salario "
        "mínimo interprofesional hasta los 1.184 euros al mes en catorce pagas, lo que "
        "supone un aumento del 4,4 % respecto al año pasado. La medida beneficiará a unos "
        "2,5 millones de trabajadores.\n"
        "\n"
        'La ministra de Trabajo señaló que España "sigue avanzando hacia un empleo más '
        'digno". La patronal, sin embargo, advirtió de que la subida llega en un momento '
        "difícil para las pequeñas empresas, que ya soportan un incremento de ¼ en sus "
        "costes energéticos.\n"
        "\n"
        "Los sindicatos celebraron el acuerdo, aunque reclamaron que el aumento se extienda "
        "a los convenios colectivos. ¿Será suficiente? ¡Veremos!, dijo el portavoz.\n"
    ),
    "pt": (
        "Governo anuncia aumento das pensões em janeiro\n"
        "\n"
        "LISBOA (Lusa) - O Governo português anunciou hoje que as pensões mais baixas vão "
        "ser aumentadas em 4,5 % a partir de janeiro. A medida abrange cerca de dois milhões "
        "de pensionistas e custará ao Estado aproximadamente 600 milhões de euros por ano.\n"
        "\n"
        "A ministra do Trabalho, Solidariedade e Segurança Social afirmou que a decisão "
        'resulta das negociações com os parceiros sociais. "Não podemos deixar ninguém '
        'para trás", disse. As associações de reformados consideram, porém, que o aumento '
        "não compensa a inflação, que atingiu 7½ % no ano passado, e pedem uma revisão "
        "das condições de acesso.\n"
        "\n"
        "Os partidos da oposição criticaram a falta de informação sobre o financiamento "
        "das medidas e exigiram explicações no parlamento até ao próximo mês.\n"
    ),
    "it": (
        "Il governo approva la manovra: più fondi per la sanità\n"
        "\n"
        "ROMA (ANSA) - Il Consiglio dei ministri ha approvato giovedì sera la legge di "
        "bilancio, che vale circa 24 miliardi di euro. Alla sanità andranno 3 miliardi "
        'in più, mentre ¼ delle risorse sarà destinato al taglio del cuneo fiscale. "È '
        "una manovra seria e prudente\", ha detto il ministro dell'Economia.\n"
        "\n"
        "Le opposizioni però hanno criticato il testo. \"Non c'è nulla per i giovani e la "
        'crescita", ha dichiarato la segretaria del Pd. Il provvedimento passerà ora al '
        "Parlamento, che dovrà approvarlo entro il 31 dicembre. Così si chiude una settimana "
        "difficile per l'esecutivo, già alle prese con le polemiche sulla riforma della "
        "giustizia.\n"
    ),
}
# Latin-1 has no curly quotes nor dashes: Windows-1252 writes them on 0x80-0x9F.
_TO_LATIN1 = str.maketrans({"“": '"', "”": '"', "„": '"', "–": "-"})

# Known miss: the Finnish
# story's only letters beyond ASCII in ordinary words are "ä" and its "¼" alone, which
# Windows-1250 reads as "Ľ", Slovak's; "Ä" and "ö" are in its capitalised words only, left
# out as names, and the detector rates Windows-1250 over Windows-1252. Marked strictly.
MISSED = pytest.mark.xfail(strict=True, reason="read as Windows-1250: 'noin Ľ pienemmät'")


@pytest.mark.parametrize(
    ("language", "codec"),
    [
        pytest.param(language, codec, marks=[MISSED] * (language == "fi"))
        for language in sorted(WESTERN)
        for codec in ("latin-1", "cp1252")
    ],
)
@pytest.mark.parametrize("times", [1, 3])
def test_western_news_reads_as_written(language: str, codec: str, times: int) -> None:
    text = WESTERN[language] * times
    if codec == "latin-1":
        text = text.translate(_TO_LATIN1)
    assert decode(Path("x.txt"), text.encode(codec)) == (text, "windows-1252")


SENTENCES = [
    # an acute accent typed as an apostrophe: ISO-8859-10 reads "ī" there
    "C´est l´économiste qui l´a dit.",
    "Il est 2½ fois plus cher, dit l´économiste.",
    "Das Lokal Kelly´s verkauft 1½ Portionen.",
    "Kelly´s Bar: 1½ Stunden Wartezeit.",
    "Bei Kelly´s gibt es ab Montag 1½ Liter Wasser gratis, sagte der Wirt.",
    # fractions: Windows-1250 reads "2˝", "Ľ", "ľ"
    "Die Aktie stieg um 2½ Prozent, der Index um ¼ und der Dax um ¾ Punkte.",
    "Größe: ¾ Zoll, Länge 1¼ Meter, für Häuser, rund 2½ Stunden.",
    "Zutaten: ½ Liter Milch, ¼ Pfund Butter.",
    # Swedish "å": Windows-1250 reads "ĺ" (Slovak's), "Åsa" as "Ĺsa"
    "Åsa Lindqvist säger att priset är för högt.",
    "Enligt Åsa Berg har kommunen sparat 2½ miljoner kronor på ett år.",
    "Enligt Åsa Berg har kommunen sparat pengar på ett år.",
]


@pytest.mark.parametrize("times", [1, 2, 5, 40])
@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_latin1_sentence_reads_as_written(sentence: str, times: int) -> None:
    text = sentence if times == 1 else f"{sentence} " * times
    assert decode(Path("x.txt"), text.encode("latin-1")) == (text, "windows-1252")


CENTRAL = {
    "pl": (
        "Rząd podnosi płacę minimalną od stycznia\n"
        "\n"
        "WARSZAWA (PAP) - Rada Ministrów przyjęła we wtorek rozporządzenie w sprawie płacy "
        "minimalnej. Od 1 stycznia wyniesie ona 4666 zł brutto, czyli o 424 zł więcej niż "
        "obecnie. Minimalna stawka godzinowa wzrośnie do 30,50 zł. Podwyżka obejmie około "
        "trzech milionów pracowników.\n"
        "\n"
        "Pracodawcy ostrzegają, że wzrost kosztów może zmusić część małych firm do zwolnień. "
        "Związkowcy uważają z kolei, że podwyżka jest zbyt niska wobec rosnących cen żywności "
        "i energii. Ministra rodziny zapowiedziała, że rząd wróci do rozmów po świętach.\n"
    ),
    "cs": (
        "Vláda schválila zvýšení minimální mzdy\n"
        "\n"
        "PRAHA (ČTK) - Vláda na svém pondělním zasedání schválila zvýšení minimální mzdy "
        "od příštího roku o 1 300 korun na 18 900 Kč měsíčně. Podle ministra práce a sociálních "
        "věcí se zvýšení dotkne zhruba 150 000 zaměstnanců. Odbory požadovaly růst až na "
        "20 000 korun.\n"
        "\n"
        "Zaměstnavatelé varují, že vyšší náklady mohou ohrozit menší firmy v regionech "
        "s vysokou nezaměstnaností. Hospodářská komora podle svého předsedy očekává, že "
        "část podniků bude muset propouštět. Ministr uvedl, že vláda bude situaci pečlivě "
        "sledovat.\n"
    ),
    "hu": (
        "Emelkedik a minimálbér januártól\n"
        "\n"
        "BUDAPEST (MTI) - A kormány döntése értelmében január elsejétől 15 százalékkal "
        "nő a minimálbér, így összege bruttó 266 800 forint lesz. A garantált bérminimum "
        "10 százalékkal, 326 000 forintra emelkedik. A megállapodást a munkaadók és a "
        "szakszervezetek "
        "képviselői csütörtökön írták alá.\n"
        "\n"
        "A pénzügyminiszter szerint az emelés több mint egymillió munkavállalót érint. "
        "A kisvállalkozások szövetsége ugyanakkor arra figyelmeztetett, hogy a növekvő "
        "költségek miatt sok cég kénytelen lesz elbocsátani dolgozóit. Az Országgyűlés "
        "jövő héten tárgyalja.\n"
    ),
}
BALTIC = {
    "lv": (
        "Valdība apstiprina minimālās algas palielinājumu\n"
        "\n"
        "RĪGA (LETA) - Ministru kabinets otrdien apstiprināja minimālās mēneša darba algas "
        "palielināšanu līdz 700 eiro no nākamā gada janvāra. Pašlaik minimālā alga ir 620 "
        "eiro. Labklājības ministrija lēš, ka izmaiņas skars aptuveni 90 000 strādājošo.\n"
        "\n"
        "Darba devēju konfederācija brīdina, ka straujš algu kāpums var apgrūtināt mazo "
        "uzņēmumu darbību reģionos. Arodbiedrības savukārt uzskata, ka pieaugums ir nepietiekams, "
        "ņemot vērā cenu kāpumu veikalos un ķēžu ietekmi uz pārtikas cenām.\n"
    ),
    "lt": (
        "Vyriausybė didina minimalų atlyginimą\n"
        "\n"
        "VILNIUS (ELTA) - Vyriausybė trečiadienį nusprendė nuo sausio padidinti minimalų "
        "mėnesinį atlyginimą iki 924 eurų. Šiuo metu jis siekia 840 eurų. Socialinės apsaugos "
        "ir darbo ministerijos skaičiavimais, padidėjimas palies apie 150 tūkstančių dirbančiųjų.\n"
        "\n"
        "Verslo atstovai įspėja, kad didesnės sąnaudos gali priversti smulkias įmones mažinti "
        "darbuotojų skaičių. Profesinės sąjungos teigia, kad didinimas per mažas, nes kainos "
        "parduotuvėse per metus išaugo beveik ketvirtadaliu.\n"
    ),
}


@pytest.mark.parametrize("times", [1, 3])
@pytest.mark.parametrize(
    ("text", "codec"),
    [
        *(
            (CENTRAL[language], codec)
            for language in sorted(CENTRAL)
            for codec in ("cp1250", "iso8859-2")
        ),
        *(
            (BALTIC[language], codec)
            for language in sorted(BALTIC)
            for codec in ("cp1257", "iso8859-13")
        ),
        # (Lithuanian in ISO-8859-10 is read as ISO-8859-2 before and after: not this fix's)
        (BALTIC["lv"], "iso8859-10"),
    ],
)
def test_central_european_and_baltic_news_still_read_as_written(
    text: str, codec: str, times: int
) -> None:
    """The same text where code pages agree on its letters (Hungarian in ISO-8859-2 and
    Windows-1250, Latvian in ISO-8859-13 and Windows-1257): the text is what counts."""
    assert decode(Path("x.txt"), (text * times).encode(codec))[0] == text * times
