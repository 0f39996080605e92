"""Derivation levels (copy, edited, rewrite, independent) on small made-up texts, rewrites
joining their source's story, and the chaining guard against a rewrite quoting two stories."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.core.stories.helpers import (
    Writer,
    agency_index,
    doc,
    paraphrase,
    reword,
    rewrite,
    story_of,
)
from wirediff.core.document import Document
from wirediff.core.reading.outlets import credited_agency
from wirediff.core.stories import (
    Cancelled,
    Derivation,
    Relation,
    StoryIndex,
    StoryOptions,
    build_story_index,
    classify,
    derivations,
    describe,
    pair_derivation,
    said_quotations,
    wording,
)
from wirediff.core.stories.boilerplate import split_lines
from wirediff.core.stories.derivation import days_apart, paraphrase_score, paraphrased
from wirediff.core.stories.evidence import Evidence, Side, measure, sentences, word_keys_of
from wirediff.core.stories.paraphrases import Paraphrases
from wirediff.core.stories.relation import _reused, measure_pair
from wirediff.core.stories.rewrites import Texts

OPTIONS = StoryOptions()


def _text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n"


@pytest.fixture(scope="module")
def texts() -> dict[str, list[str]]:
    w = Writer(3)
    topic = w.topic()
    source = w.article(topic)  # a title and 8 paragraphs of two sentences
    return {
        "source": source,
        "copy": source[:6],  # trimmed
        "edited": paraphrase(w, source, 6),  # a fifth of the words of 6 paragraphs changed
        "rewrite": rewrite(w, topic, source, range(1, 4)),  # 3 of 8 paragraphs taken over
        "independent": w.article(topic),  # same names and numbers, own words
    }


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("copy", Derivation.COPY),
        ("edited", Derivation.EDITED),
        ("rewrite", Derivation.REWRITE),
        ("independent", Derivation.INDEPENDENT),
    ],
)
def test_each_level_from_its_evidence(
    texts: dict[str, list[str]], name: str, level: Derivation
) -> None:
    evidence = measure(_text(texts["source"]), _text(texts[name]))
    assert classify(evidence, OPTIONS) is level
    assert classify(evidence.swapped(), OPTIONS) is level  # symmetric


def test_evidence_values(texts: dict[str, list[str]]) -> None:
    copy = measure(_text(texts["source"]), _text(texts["copy"]))
    assert copy.b.phrases == 1.0 and copy.b.kept == 1.0 and copy.order == 1.0
    assert 0.5 < copy.a.phrases < 0.9  # the source holds more than the trimmed copy
    rewrite = measure(_text(texts["source"]), _text(texts["rewrite"]))
    assert 0.3 < rewrite.a.aligned < 0.5 and rewrite.a.kept == rewrite.a.aligned
    assert 0.2 < rewrite.a.phrases < rewrite.a.aligned  # a word in six changed
    independent = measure(_text(texts["source"]), _text(texts["independent"]))
    assert independent.a.aligned == 0.0 and independent.a.phrases < 0.1
    assert independent.names >= 0.4  # the same event's names and numbers


def test_parallel_renderings_are_independent() -> None:
    """Every sentence has a counterpart but none is kept: two translations of one source."""
    a = "The king went to the city at dawn. He spoke to the people there. They were glad."
    b = "At dawn the king went into the city. There he spoke with the people. They rejoiced."
    evidence = measure(a, b)
    assert evidence.shorter().aligned > 0.5 and evidence.shorter().kept == 0.0
    assert classify(evidence, OPTIONS) is Derivation.INDEPENDENT


def test_sentences_are_the_engines() -> None:
    """The aligned diff's own sentences: the Urdu full stop with no space after it ends
    one, a dateline stays with its sentence, "Mr." ends none."""
    urdu = "لاہور ۔ پہلا اچھا جملہ۔دوسرا جملہ ہے۔ تیسرا"
    assert sentences(urdu) == ["لاہور ۔ پہلا اچھا جملہ۔", "دوسرا جملہ ہے۔", "تیسرا"]
    assert sentences("One. Two!\nThree") == ["One.", "Two!", "Three"]
    assert sentences("Mr. Smith went to town. Then home.") == [
        "Mr. Smith went to town.",
        "Then home.",
    ]


def test_word_keys_fold_arabic_script_variants() -> None:
    """The same Urdu word typed with Arabic letters (ي ك ه) or marks is the same word."""
    assert word_keys_of("كيا ہے") == word_keys_of("کیا ہے") == ["کیا", "ہے"]
    assert word_keys_of("The U.S.") == ["the", "u.s."]


def test_rewrite_joins_its_source_story_and_independent_stays_apart(
    texts: dict[str, list[str]],
) -> None:
    index = agency_index(texts)
    story = story_of(index, "source.txt")
    assert {story_of(index, f"{n}.txt") for n in ("copy", "edited", "rewrite")} == {story}
    assert story_of(index, "independent.txt") != story
    assert len(index.events) == 1  # same news
    levels = {index.documents[p.derived].name: p.level for p in derivations(index, story)}
    assert levels == {
        "copy.txt": Derivation.COPY,
        "edited.txt": Derivation.EDITED,
        "rewrite.txt": Derivation.REWRITE,
    }


def test_without_rewrites_the_grouping_is_as_before(texts: dict[str, list[str]]) -> None:
    index = agency_index(texts, replace(OPTIONS, find_rewrites=False))
    assert story_of(index, "rewrite.txt") != story_of(index, "source.txt")


def test_a_rewrite_quoting_two_stories_does_not_glue_them() -> None:
    w = Writer(5)
    topic = w.topic()
    a, b = w.article(topic), w.article(topic)
    own = w.article(topic)
    quoting = [own[0], a[1], a[2], a[3], own[1], b[1], b[2], b[3], own[2]]
    for extra in ({}, {"a-copy": a[:7], "b-copy": b[:7]}):  # single sources, then stories
        index = agency_index({"a": a, "b": b, "quoting": quoting, **extra})
        assert story_of(index, "a.txt") != story_of(index, "b.txt")
        story = index.stories[story_of(index, "quoting.txt")]
        names = {index.documents[d].name for d in story.documents}
        assert not {"a.txt", "b.txt"} <= names
        # ... while each pair on its own is derived
        q, src = _doc(index, "quoting.txt"), _doc(index, "a.txt")
        assert pair_derivation(index, src, q).level.derived


def _doc(index: StoryIndex, name: str) -> int:
    return next(i for i, d in enumerate(index.documents) if d.name == name)


def test_relation_wording(texts: dict[str, list[str]]) -> None:
    docs = [doc(f"{n}.txt", lines) for n, lines in texts.items()]
    docs[0] = replace(docs[0], source="APP")
    index = build_story_index(docs)
    source, rewrite = _doc(index, "source.txt"), _doc(index, "rewrite.txt")
    said = describe(index, rewrite, source)
    assert said.startswith("Rewrite of APP's story: ") and "of its sentences reused" in said
    copy = describe(index, source, _doc(index, "copy.txt"))
    assert copy.startswith("Trimmed copy of APP's story")
    independent = describe(index, source, _doc(index, "independent.txt"))
    assert independent.startswith("Independent reports of the same event")
    assert index.scores(source, _doc(index, "independent.txt")).relation is Relation.SAME_EVENT


def test_a_rewrite_says_how_many_of_its_reused_sentences_were_kept() -> None:
    """ "Reused" sentences have a counterpart; when many of them were reworded, the banner
    says how many were kept, so that it does not read as the panel's word figures."""
    assert _reused(Side(200, 0.2, 0.91, 0.36)) == (
        "91% of its sentences reused (36% nearly word for word)"
    )
    assert _reused(Side(200, 0.3, 0.38, 0.38)) == "38% of its sentences reused"
    assert _reused(Side(200, 0.17, 0.0, 0.0)) == "17% of its words reused in phrases"


def test_agency_text_is_the_base_and_dated_versions_come_in_time_order(
    texts: dict[str, list[str]],
) -> None:
    docs = [doc(f"{n}.txt", lines) for n, lines in texts.items() if n != "independent"]
    dated = {"source.txt": "2021-07-26", "copy.txt": "2021-07-25", "edited.txt": "2021-07-24"}
    docs = [replace(d, date=dated.get(d.name, ""), date_source="metadata") for d in docs]
    docs[1] = replace(docs[1], source="Reuters")  # the trimmed copy is the agency's text
    index = build_story_index(docs)
    (story,) = index.stories
    names = [index.documents[d].name for d in story.documents]
    assert names == ["copy.txt", "edited.txt", "source.txt", "rewrite.txt"]
    # Without an agency: the earliest version holding the story's shared text (the edited
    # one, earlier still, holds too little of it word for word).
    docs = [replace(d, source="") for d in docs]
    docs[0] = replace(docs[0], date="2021-07-23")
    index = build_story_index(docs)
    names = [index.documents[d].name for d in index.stories[0].documents]
    assert names == ["source.txt", "edited.txt", "copy.txt", "rewrite.txt"]


def test_file_times_do_not_order_versions(texts: dict[str, list[str]]) -> None:
    padded = [*texts["source"], *texts["independent"][1:3]]
    docs = [
        replace(doc(f"{n}.txt", lines), date=day, date_source="file time")
        for n, lines, day in (
            ("source", texts["source"], "2021-07-26"),
            ("padded", padded, "2021-07-20"),
        )
    ]
    assert all(not d.published for d in docs)
    index = build_story_index(docs)
    assert index.documents[index.stories[0].base].name == "source.txt"
    # The same dates as publication dates: the earliest version holding the text is the base.
    docs = [replace(d, date_source="metadata") for d in docs]
    index = build_story_index(docs)
    assert index.documents[index.stories[0].base].name == "padded.txt"


def test_same_url_is_one_article_whatever_the_text(texts: dict[str, list[str]]) -> None:
    url = "https://www.example.com/news/article-1"
    docs: list[Document] = [
        replace(doc("first.txt", texts["source"]), url=url),
        replace(doc("second.txt", texts["independent"]), url=url.replace("www.", "") + "/"),
        doc("third.txt", Writer(9).article(Writer(9).topic())),
    ]
    index = build_story_index(docs)
    assert index.story_of(0).id == index.story_of(1).id != index.story_of(2).id


def test_short_texts_with_the_same_words_are_one_story_as_copies() -> None:
    """Flashes of under 12 words have too few shingles for a copy link: the same words
    (case, punctuation and curly quotes aside) make them one story whatever else finds
    (here without the rewrite pass, which joins the edited and the padded flash too); a
    one-word item has no phrase for the rewrite pass, and joined nothing."""
    flash = "BREAKING: Ceasefire holds in Gaza, officials say."
    texts = {
        "a.txt": flash,
        "b.txt": "Breaking — ceasefire holds in Gaza; officials say\n",
        "c.txt": "BREAKING: Ceasefire collapses in Gaza, officials say.",
        "d.txt": flash + " The truce, agreed on Monday, was tested overnight by rocket fire",
        "e.txt": "",
        "f.txt": "",
        "g.txt": "Ceasefire",
        "h.txt": "ceasefire.",
    }
    docs = [Document(Path(name), text, text[:20]) for name, text in texts.items()]
    index = build_story_index(docs, StoryOptions(find_rewrites=False))
    together = sorted(sorted(s.documents) for s in index.stories)
    assert together == [[0, 1], [2], [3], [4], [5], [6, 7]]
    index = build_story_index(docs)
    together = sorted(sorted(s.documents) for s in index.stories)
    assert together == [[0, 1, 2, 3], [4], [5], [6, 7]]
    assert {row.level for row in derivations(index, index.story_of(6).id)} == {Derivation.COPY}


def test_a_short_copy_under_another_papers_masthead_and_byline_is_a_copy() -> None:
    """A paper's masthead and byline are not its text: a short Arabic report reprinted
    word for word under another paper's kept four of its six sentences, "edited" where
    its English and Russian counterparts, longer, were copies. Found by a researcher."""
    body = (
        "نواب الزرقاء يرحبون بالخط الكهربائي ويطالبون بالمزيد\n\n"
        "رحب نواب عن محافظة الزرقاء بقرار تشغيل حافلات كهربائية إلى العاصمة، معتبرين أنه خطوة"
        " طال انتظارها.\n\n"
        "وقال النائب سليم البطاينة إن أبناء المحافظة يقضون ساعات يوميا على الطريق، وإن أي تحسين"
        " في النقل ينعكس مباشرة على دخل الأسر.\n\n"
        "لكن النواب طالبوا بتوسيع الخدمة لتشمل الرصيفة والهاشمية.\n"
    )
    texts = {
        "anbaa.txt": "صحيفة الأنباء المسائية - 16 أبريل 2026\nكتب: عمر الزعبي\n\n" + body,
        "shorouk.txt": "جريدة الشروق الجديد - 17 أبريل 2026\nكتب: المحرر المحلي\n\n" + body,
    }
    docs = [Document(Path(name), text, name) for name, text in texts.items()]
    index = build_story_index(docs)
    assert len(index.stories) == 1
    levels = {row.level for row in derivations(index, index.stories[0].id)}
    assert levels == {Derivation.COPY}, levels


def test_cli_json_carries_derivation_and_evidence(
    tmp_path: Path, texts: dict[str, list[str]]
) -> None:
    import json
    import subprocess
    import sys

    files = {"APP_source.txt": "source", "rewrite.txt": "rewrite", "copy.txt": "copy"}
    for file, name in files.items():  # "APP_…": an agency's text, so the base
        (tmp_path / file).write_text(_text(texts[name]), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "wirediff", "stories", str(tmp_path), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    (story,) = json.loads(out)["stories"]
    by_path = {d["path"]: d for d in story["documents"]}
    assert story["base"] == "APP_source.txt"
    assert by_path["APP_source.txt"]["derivation"] == "source"
    assert by_path["APP_source.txt"]["evidence"] is None
    assert by_path["APP_source.txt"]["outlet"] == "APP"
    assert by_path["rewrite.txt"]["derivation"] == "rewrite"
    assert by_path["copy.txt"]["derivation"] == "copy"
    evidence = by_path["rewrite.txt"]["evidence"]
    assert set(evidence) >= {"phrases", "sentences_aligned", "sentences_kept", "names", "order"}
    assert evidence["figures_changed"] == 0
    assert by_path["rewrite.txt"]["relation"].startswith("Rewrite of APP's story")
    assert by_path["copy.txt"]["date_source"] == "file time"
    copy = by_path["copy.txt"]
    assert copy["file_time"] and copy["date"] == copy["published"] == ""  # undated


def test_agency_credits_in_urdu_arabic_and_english() -> None:
    assert credited_agency("سرخی\n\nڈھاکہ ۔ یکم دسمبر (اے پی پی) بنگلہ دیش نے") == "APP"
    assert credited_agency("سرخی\n\nلاہور (اے ایف پی/اسپورٹس ڈیسک) پاکستان") == "AFP"
    assert credited_agency("اسلام آباد(ثناء نیوز) قومی اسمبلی") == "SANA"
    assert credited_agency("القاهرة (رويترز) - قال") == "Reuters"
    assert credited_agency("عنوان\n\nالدوحة في 05 ديسمبر /قنا/ وقعت قطر") == "QNA"  # (ux103)
    assert credited_agency("WASHINGTON (Reuters) - The") == "Reuters"
    assert credited_agency("میر پور(وقت نیوز) بنگلہ دیش") == ""  # a paper's own desk
    assert credited_agency("a\nb\nc\nd (APP) too late for a dateline") == ""


def test_a_version_crediting_an_agency_is_the_base(texts: dict[str, list[str]]) -> None:
    """No version is an agency's file, but one credits the agency in its dateline: the
    wire's text as a paper reprinted it is the story's source, before any date."""
    source = texts["source"]
    credited = [source[0], "ڈھاکہ ۔ یکم دسمبر (اے پی پی) " + source[1], *source[2:]]
    docs = [
        replace(doc("early-edited.txt", paraphrase(Writer(4), source, 3)), date="2014-12-01"),
        replace(doc("reprint.txt", credited), date="2014-12-02"),
        replace(doc("copy.txt", source[:6]), date="2014-12-03"),
    ]
    docs = [replace(d, date_source="file name") for d in docs]
    (story,) = build_story_index(docs).stories
    assert build_story_index(docs).documents[story.base].name == "reprint.txt"
    docs[1] = replace(docs[1], text=_text(source))  # without the credit: the earliest
    (story,) = build_story_index(docs).stories
    assert docs[story.base].name == "early-edited.txt"


def _evidence(shorter: Side, longer: Side, terms: float) -> Evidence:
    return Evidence(shorter, longer, 0.5, 1.0, terms)


def test_a_trimmed_rendering_is_no_parallel_one() -> None:
    """Many of the shorter text's sentences have a counterpart and none is kept. About as
    long as the other, it is a second whole rendering of one source (independent); cut to
    half of it, it is a newspaper's reworded digest of the other, judged by its terms."""
    whole = _evidence(Side(190, 0.4, 0.9, 0.0), Side(200, 0.4, 0.9, 0.0), 0.5)
    assert classify(whole, OPTIONS) is Derivation.INDEPENDENT
    trimmed = _evidence(Side(100, 0.6, 0.9, 0.0), Side(200, 0.4, 0.6, 0.0), 0.5)
    assert classify(trimmed, OPTIONS) is Derivation.REWRITE
    assert classify(trimmed.swapped(), OPTIONS) is Derivation.REWRITE
    # the ratio is the option's: at 0.4 the trimmed one is a parallel rendering again
    loose = replace(OPTIONS, parallel_min_length_ratio=0.4)
    assert classify(trimmed, loose) is Derivation.INDEPENDENT


def test_an_edit_merging_sentences_is_no_parallel_rendering() -> None:
    """A desk's heavy edit of a translation, 84% as long, merging and rewording sentences
    (each aligned, few kept: half its words in reused phrases) was "independent", a story of
    its own (a grouping probe); so was a paper's rewrite of dpa's text at 81%. The Bible's
    independent translation is 0.88 as long at the least, and stays one."""
    edit = _evidence(Side(256, 0.48, 0.95, 0.17), Side(305, 0.42, 0.84, 0.17), 0.38)
    assert classify(edit, OPTIONS) is Derivation.REWRITE
    rendering = _evidence(Side(264, 0.45, 0.95, 0.1), Side(300, 0.4, 0.9, 0.1), 0.38)
    assert classify(rendering, OPTIONS) is Derivation.INDEPENDENT


def test_a_brief_grown_into_a_long_report_is_a_rewrite() -> None:
    """The short text keeps a third of its sentences, which make a small share of the long
    one's words: no reused phrases to speak of on the long side, yet derived — unless the
    short one renders the other's sentences without keeping them."""
    grown = _evidence(Side(100, 0.3, 0.35, 0.35), Side(800, 0.04, 0.05, 0.05), 0.05)
    assert classify(grown, OPTIONS) is Derivation.REWRITE
    assert classify(grown.swapped(), OPTIONS) is Derivation.REWRITE
    less = _evidence(Side(100, 0.3, 0.25, 0.25), Side(800, 0.04, 0.04, 0.04), 0.05)
    assert classify(less, OPTIONS) is Derivation.INDEPENDENT
    rendering = _evidence(Side(100, 0.3, 0.9, 0.35), Side(800, 0.04, 0.12, 0.05), 0.05)
    assert classify(rendering, OPTIONS) is Derivation.INDEPENDENT
    off = replace(OPTIONS, expanded_min_kept=1.01)
    assert classify(grown, off) is Derivation.INDEPENDENT


def test_a_base_kept_whole_in_a_long_article_of_its_own_is_rewritten_not_copied() -> None:
    """Every sentence of a three-paragraph brief in a report five times as long: the pair
    is a copy either way round for the grouping, but the report is no copy of the brief —
    most of it is new — so against the brief as its base it is a rewrite, and says so. A
    copy cut from the base stays a copy."""
    w = Writer(6)
    topic = w.topic()
    brief = w.article(topic, paragraphs=3)
    grown = [*brief, *w.article(topic, paragraphs=12)[1:]]
    trimmed = brief[:3]
    index, (b, g, t) = _of_app(brief=brief, grown=grown, trimmed=trimmed)
    found = pair_derivation(index, b, g)
    assert classify(found.evidence, OPTIONS) is Derivation.COPY  # the shorter kept whole
    assert (found.source, found.level) == (b, Derivation.REWRITE)
    said = describe(index, b, g)
    # (it was "Rewrite of APP's story: 100% of its sentences reused; …": a contradiction to
    # a reader, when another article had been appended to the whole base)
    assert said.startswith("Rewrite of APP's story, kept whole and added to: 100% of its ")
    assert said.endswith("of this version's sentences are new")
    assert pair_derivation(index, b, t).level is Derivation.COPY
    assert describe(index, b, t).startswith("Trimmed copy of APP's story")
    loose = replace(index, options=replace(OPTIONS, version_max_new=0.95))
    assert pair_derivation(loose, b, g).level is Derivation.COPY


def test_a_copy_padded_with_another_article_says_how_much_of_it_is_new() -> None:
    """Another story's paragraphs before the whole base: a copy (most of it is the base),
    which said only "100% of its sentences kept nearly word for word" — the third of it
    that is another text unsaid; an exact copy says nothing of the kind."""
    w = Writer(8)
    base = w.article(w.topic(), paragraphs=6)
    other = w.article(w.topic(), paragraphs=3)
    docs = [
        replace(doc("base.txt", base), source="APP"),
        doc("padded.txt", [*other[1:], *base]),
        doc("exact.txt", base),
    ]
    index = build_story_index(docs)
    b, p, e = (_doc(index, f"{n}.txt") for n in ("base", "padded", "exact"))
    assert pair_derivation(index, b, p).level is Derivation.COPY
    said = describe(index, b, p)
    assert said.startswith("Copy of APP's story: 100% of its sentences kept word for word; ")
    assert said.endswith("of this version's sentences are new")
    assert describe(index, b, e) == "Copy of APP's story: 100% of its sentences kept word for word"


def test_a_brief_and_the_full_report_it_grew_into_are_one_story() -> None:
    w = Writer(5)
    topic = w.topic()
    brief = w.article(topic, paragraphs=3)
    full = w.article(topic, paragraphs=24)
    full = [*full[:12], reword(w, brief[2], 6), *full[12:]]  # one of its paragraphs kept
    evidence = measure(_text(brief), _text(full))
    assert 0.3 <= evidence.a.kept < OPTIONS.edited_min_kept  # not an edited version
    assert evidence.b.phrases < OPTIONS.rewrite_min_phrases  # a small part of the long one
    named = {"source": brief, "full": full, "independent": w.article(topic, paragraphs=10)}
    index = agency_index(named)
    assert story_of(index, "full.txt") == story_of(index, "source.txt")
    assert story_of(index, "independent.txt") != story_of(index, "source.txt")
    before = agency_index(named, replace(OPTIONS, expanded_min_kept=1.01))
    assert story_of(before, "full.txt") != story_of(before, "source.txt")


def test_paraphrase_needs_terms_and_phrases_together() -> None:
    """The paraphrase rule is one score: terms in order plus a weight of the longer
    text's reused phrases, with a floor on the terms (no sentence kept, few aligned)."""

    def level(terms: float, phrases: float) -> Derivation:
        sides = Side(100, phrases, 0.1, 0.0), Side(200, phrases, 0.1, 0.0)
        return classify(_evidence(*sides, terms), OPTIONS)

    weight, least = OPTIONS.paraphrase_phrase_weight, OPTIONS.paraphrase_min_score
    assert level(least, 0.0) is Derivation.REWRITE  # the terms alone can do it
    assert level(least - 0.05, 0.0) is Derivation.INDEPENDENT
    assert level(least - 0.05, 0.1 / weight) is Derivation.REWRITE  # phrases make it up
    assert paraphrase_score(0.2, 0.3, OPTIONS) == pytest.approx(0.2 + weight * 0.3)
    # below the floor no amount of phrases is a paraphrase
    assert level(OPTIONS.paraphrase_min_terms - 0.01, 0.15 / weight) is Derivation.INDEPENDENT


def test_the_paraphrase_passs_quick_check_is_the_rule(texts: dict[str, list[str]]) -> None:
    """The paraphrase pass turns pairs away on the cheap evidence (terms and phrases, no
    diff); for every pair it lets through or not, the evidence's own paraphrase rule says
    the same."""
    names = list(texts)
    docs = [doc(f"{n}.txt", texts[n]) for n in names]
    lines = [split_lines(d.text, OPTIONS) for d in docs]
    measured = Texts(docs, lines, OPTIONS, lambda a, b: 0.0)
    check = Paraphrases(measured)
    seen = set()
    for a in range(len(docs)):
        for b in range(a + 1, len(docs)):
            evidence = measured.evidence(a, b)
            rule = paraphrased(evidence.terms, evidence.longer().phrases, OPTIONS)
            assert check.paraphrase(a, b) is rule, (names[a], names[b])
            assert check.paraphrase(b, a) is rule
            seen.add(rule)
    assert seen == {True, False}  # both answers were checked


def test_days_apart_reads_dates_and_times() -> None:
    assert days_apart("2014-07-01", "2014-07-03") == 2
    assert days_apart("2014-07-03T10:00:00", "2014-07-01") == 2
    assert days_apart("", "2014-07-01") is None  # not both dated
    assert days_apart("2014-13-01", "2014-07-01") is None  # unreadable: as if unknown


def test_a_paraphrase_is_held_to_time_the_other_levels_are_not() -> None:
    """With both documents dated, a paraphrase (the score alone) must be close in time;
    a text that keeps sentences is derived whenever it was written."""
    sides = Side(100, 0.1, 0.1, 0.0), Side(200, 0.1, 0.1, 0.0)
    para = _evidence(*sides, 0.4)
    assert classify(para, OPTIONS) is Derivation.REWRITE  # no dates: the text alone
    assert classify(para, OPTIONS, days=1) is Derivation.REWRITE
    assert classify(para, OPTIONS, days=OPTIONS.paraphrase_max_days + 1) is (Derivation.INDEPENDENT)
    edited = _evidence(Side(100, 0.8, 0.9, 0.8), Side(200, 0.5, 0.6, 0.5), 0.4)
    assert classify(edited, OPTIONS, days=400) is Derivation.EDITED


def test_a_measure_stops_when_cancelled(texts: dict[str, list[str]]) -> None:
    """Two long texts take seconds to measure: the check is polled between the measures
    and inside the aligned diff, so each of its checks can stop it."""
    a, b = _text(texts["source"]), _text(texts["rewrite"])
    polls = 0

    def count() -> bool:
        nonlocal polls
        polls += 1
        return False

    measure(a, b, should_cancel=count)
    assert polls >= 5
    for stop_at in range(1, polls + 1):
        calls = 0

        def at(stop_at: int = stop_at) -> bool:
            nonlocal calls
            calls += 1
            return calls >= stop_at

        with pytest.raises(Cancelled):
            measure(a, b, should_cancel=at)


def test_a_pair_of_texts_as_long_is_judged_the_same_either_way_round() -> None:
    """Two texts of the same word count: the order of reused runs and the level were
    measured from whichever came first (0.333 one way, 0.5 the other)."""
    from wirediff.core.stories import StoryOptions
    from wirediff.core.stories.derivation import classify
    from wirediff.core.stories.evidence import measure

    a = "The minister announced a budget. Funds arrive next year. Funds arrive next year. "
    b = "Funds arrive next year. The minister announced a budget. Analysts noted similar promises. "
    there, back = measure(a, b), measure(b, a)
    assert there.a.words == there.b.words and there.order == back.order
    x, y = "The The \nminister ", "The minister . The "
    options = StoryOptions()
    assert classify(measure(x, y), options) == classify(measure(y, x), options)


@pytest.mark.parametrize("text", ["Ceasefire", "Ceasefire holds", "Ceasefire holds.\n"])
def test_texts_of_one_or_two_words_that_are_the_same_are_a_copy(text: str) -> None:
    """A headline-only item of one or two words has no three-word run: the same words twice
    were called *edited*. The whole text is its one run."""
    assert classify(measure(text, text), OPTIONS) is Derivation.COPY
    assert classify(measure(text, "Other words entirely"), OPTIONS) is Derivation.INDEPENDENT


def test_a_copy_says_the_share_of_sentences_it_left_out(texts: dict[str, list[str]]) -> None:
    """A page's revision that took a quote out read "Copy …: 94% of its sentences kept nearly
    word for word (15 words differ)" beside the panel's 53 words deleted: as if all but a few
    words stood (a corrections researcher). The sentences with no counterpart are said."""
    source = texts["source"]
    sentences = source[3].split(". ")
    cut = [*source[:3], ". ".join(sentences[1:]), *source[4:]]
    docs = [replace(doc("source.txt", source), source="APP"), doc("cut.txt", cut)]
    index = build_story_index(docs)
    said = describe(index, _doc(index, "source.txt"), _doc(index, "cut.txt"))
    assert said.startswith("Copy of APP's story: ") and "% left out" in said, said
    whole = build_story_index([docs[0], doc("whole.txt", source)])
    assert "left out" not in describe(whole, 0, 1)


def test_a_copy_with_a_word_changed_says_nearly_word_for_word(
    texts: dict[str, list[str]],
) -> None:
    """A sentence counts as kept when most of its words are equal (``kept_min_equal``), so a
    copy with a word changed keeps all of its sentences: the relation said "kept word for
    word" of it, which it is not; then "nearly word for word" of every copy, a verbatim one
    and one with "reportedly" put in alike (a standards editor). How many words changed is
    said."""
    source = texts["source"]
    copy = [*source[:2], source[2].replace(" ", " very ", 1), *source[3:]]
    docs = [replace(doc("source.txt", source), source="APP"), doc("copy.txt", copy)]
    index = build_story_index(docs)
    said = describe(index, _doc(index, "source.txt"), _doc(index, "copy.txt"))
    assert said == (
        "Copy of APP's story: 100% of its sentences kept nearly word for word (1 word differs)"
    )


def test_a_word_put_in_a_sentence_the_copy_moved_is_counted() -> None:
    """A sentence moved with "reportedly" put in was no word changed: "kept word for word"
    (a review)."""
    from wirediff.core.stories.evidence import measure

    w = Writer(46)
    topic = w.topic()
    source = [w.sentence(topic) for _ in range(8)]
    edited = [*source]
    edited[2] = edited[2].replace(" ", " reportedly ", 1)
    moved = [*edited[:2], *edited[3:7], edited[2], edited[7]]
    assert measure(" ".join(source), " ".join(edited)).words_changed == 1
    assert measure(" ".join(source), " ".join(moved)).words_changed == 1
    plain = [*source[:2], *source[3:7], source[2], source[7]]
    assert measure(" ".join(source), " ".join(plain)).words_changed == 0


def test_a_copy_that_corrects_figures_is_an_edited_version_that_names_them() -> None:
    """A night editor's correction (60 dead → 62, 12 → 21 injured) keeps every sentence
    nearly word for word: it was a "Copy … kept nearly word for word" in the list and the
    banner, when what changed are the figures. It is edited, and the sentence says which;
    the same figures in other digits or with thousands grouped are no change."""
    source = [
        "Storm kills dozens on the coast",
        "At least 60 people died when the storm reached the coast on Monday, officials said.",
        "Another 12 were injured and 1,200 homes lost power across the province overnight.",
        "Rescue teams searched the flooded villages near the river for a second day.",
        "The weather service said the storm would weaken as it moved inland on Tuesday.",
    ]
    fixed = [
        source[0],
        source[1].replace("60", "62"),
        source[2].replace("12 were", "21 were"),
        *source[3:],
    ]
    same = [source[0], source[1].replace("60", "۶۰"), source[2].replace(",", "\u00a0")]
    urdu_digits = [*same, *source[3:]]
    docs = [
        replace(doc("source.txt", source), source="APP"),
        doc("fixed.txt", fixed),
        doc("digits.txt", urdu_digits),
    ]
    index = build_story_index(docs)
    base = _doc(index, "source.txt")
    pair = pair_derivation(index, base, _doc(index, "fixed.txt"))
    assert pair.level is Derivation.EDITED
    assert pair.evidence.figures == (("60 people", "62 people"), ("12", "21"))
    assert pair.evidence.figures_changed == 2
    assert describe(index, base, _doc(index, "fixed.txt")) == (
        "Edited version of APP's story: 100% of its sentences kept; "
        "figures changed: 60 people → 62 people, 12 → 21"
    )
    assert pair.evidence.swapped().figures == (("62 people", "60 people"), ("21", "12"))
    assert pair_derivation(index, base, _doc(index, "digits.txt")).level is Derivation.COPY
    # (an outlet named right to left owns its story as an attribute: "Edited version of
    # البيان's story" put an English possessive on an Arabic name — a Gulf desk's walkthrough)
    docs[0] = replace(docs[0], source="البيان")
    index = build_story_index(docs)
    assert describe(index, _doc(index, "source.txt"), _doc(index, "fixed.txt")).startswith(
        "Edited version of the البيان story"
    )


def test_every_sentence_kept_with_words_changed_in_each_is_edited_not_a_copy(
    texts: dict[str, list[str]],
) -> None:
    """The ASV keeps every sentence of the KJV's Daniel 6 but changes 67 of its words: it
    was called a copy "kept nearly word for word". A copy has at most a word in twenty
    changed (``copy_min_phrases``); a word in every sentence is still one."""
    source = texts["source"]

    def reword(line: str, every: int) -> str:
        words = line.split(" ")
        return " ".join("changed" if i % every == 3 else w for i, w in enumerate(words))

    every = [reword(line, 8) for line in source]  # a word in eight, in every sentence
    one = [reword(line, 1000) if i == 3 else line for i, line in enumerate(source)]
    docs = [
        replace(doc("source.txt", source), source="APP"),
        doc("every.txt", every),
        doc("one.txt", one),
    ]
    index = build_story_index(docs)
    base = _doc(index, "source.txt")
    edited = pair_derivation(index, base, _doc(index, "every.txt"))
    assert edited.evidence.b.kept == 1.0 and edited.evidence.b.phrases < 0.95
    assert edited.level is Derivation.EDITED
    assert pair_derivation(index, base, _doc(index, "one.txt")).level is Derivation.COPY


def test_undated_versions_are_not_said_to_come_one_from_the_other() -> None:
    """Revisions of a Wikipedia article, undated: the base is a rule's pick (the version
    holding the story's text — often the latest), so "Edited version of haggis_029828.txt"
    read history backwards for the stub it grew from. Unless the base is dated no later
    than the version, from a wire agency, or chosen by the user, the sentence says which
    came first is not known, and why."""
    w = Writer(7)
    topic = w.topic()
    full = w.article(topic, paragraphs=10)
    docs = [doc("full.txt", full), doc("stub.txt", full[:3])]

    def said(documents: list[Document], days: tuple[str, str] = ("", "")) -> str:
        """The sentence for full.txt as the source of stub.txt, their dates ``days``."""
        dated = [
            replace(d, date=day, date_source="metadata")
            for d, day in zip(documents, days, strict=True)
        ]
        index = build_story_index(dated)
        found = pair_derivation(index, 0, 1)
        return wording(index, replace(found, source=0, derived=1))

    assert ", if that came first (neither is dated): " in said(docs)
    assert ", if that came first (only one is dated): " in said(docs, ("2021-07-01", ""))
    assert ", if that came first (only one is dated): " in said(docs, ("", "2021-07-01"))
    assert ", if that came first (it is dated later): " in said(docs, ("2021-07-09", "2021-07-01"))
    assert "came first" not in said(docs, ("2021-07-01", "2021-07-02"))
    # Undated, in the order the years in their names give (as the base was chosen), or
    # their revision numbers: said so, not "neither is dated" (a re-check).
    for first, second, why in (
        ("full_1850.txt", "stub_1862.txt", "by the years in their names"),
        ("draft_v1.txt", "draft_v2.txt", "by the numbers in their names"),
    ):
        # (the order's ground, not a doubt: "if that came first (as their names number
        # them)" hedged and asserted it at once, an academic's walkthrough)
        named = [replace(docs[0], path=Path(first)), replace(docs[1], path=Path(second))]
        assert f", which came first {why} (neither is dated): " in said(named)
    # of one day, one or both without a time: not known (an agency's take of "March 14"
    # was an "Edited version" of a page of 18:40 that day, its first figures corrections)
    same_day = ", if that came first (they are dated the same day): "
    assert same_day in said(docs, ("2021-07-01", "2021-07-01"))
    assert same_day in said(docs, ("2021-07-01T16:20:00", "2021-07-01"))
    assert same_day in said(docs, ("2021-07-01", "2021-07-01T14:02:00"))
    # to the minute when both give a time: a capture of 16:20 was the "source" of 14:02's
    later = ("2021-07-01T16:20:00", "2021-07-01T14:02:00")
    assert ", if that came first (it is dated later): " in said(docs, later)
    assert "came first" not in said(docs, later[::-1])
    # ... and of one time, neither came first (a student's copy of a classmate's Word file
    # kept its creation time: "Copy of Ben's essay" named the writer the copier, a teacher)
    same_time = ", if that came first (they are dated the same time): "
    assert same_time in said(docs, ("2021-07-01T14:02:00", "2021-07-01T14:02:00"))
    assert "came first" not in said([replace(docs[0], source="APP"), docs[1]])
    # ... but of two agencies' texts, the dates tell: UNIAN's timed rewrite was undoubtedly
    # the source of Ukrinform's untimed text of that day (a re-check of a Ukraine desk's)
    wires = [replace(docs[0], source="UNIAN"), replace(docs[1], source="Ukrinform")]
    assert same_day in said(wires, ("2021-07-01T14:35:00", "2021-07-01"))
    takes = [replace(docs[0], source="UNIAN"), replace(docs[1], source="UNIAN")]
    assert "came first" not in said(takes, ("2021-07-01T14:35:00", "2021-07-01"))
    index = build_story_index(docs)
    found = pair_derivation(index, 0, 1)
    nothing = Side(found.evidence.a.words, 0.01, 0.4, 0.0)
    paraphrase = replace(
        found,
        source=0,
        derived=1,
        level=Derivation.REWRITE,
        evidence=Evidence(nothing, nothing, 0.5, 1.0, 0.31),
    )
    assert wording(index, paraphrase).startswith(
        "Rewrite of full.txt in other words, if that came first (neither is dated): 31% of"
    )


def test_a_version_cut_to_few_of_the_bases_sentences_says_it_is_made_of_them() -> None:
    """ "Edited version of …: 6% of its sentences kept" at 11% similarity read as a weak
    tie for a version made of those sentences."""
    from wirediff.core.stories.relation import _cut

    assert _cut(Side(1000, 0.1, 0.07, 0.06), Side(80, 0.9, 0.9, 0.85)) == (
        " (this version is cut to them: they are 85% of its sentences)"
    )
    assert _cut(Side(200, 0.9, 0.9, 0.8), Side(180, 0.9, 0.9, 0.85)) == ""


def test_of_an_agency_s_story_and_its_update_the_first_is_the_base() -> None:
    """APP's text of 16 September and its update of the 17th, which holds more: the update
    was the base and the first "an edited version of APP's story", time reversed and unsaid.
    The first is the base now; made the base by hand, the update says it is dated later."""
    w = Writer(9)
    first = w.article(w.topic(), paragraphs=5)
    update = [*first[:4], *w.article(w.topic(), paragraphs=3)[1:], first[4]]
    docs = [
        replace(
            doc("APP_17-09-14.txt", update),
            source="APP",
            date="2014-09-17",
            date_source="file name",
        ),
        replace(
            doc("APP_16-09-14.txt", first), source="APP", date="2014-09-16", date_source="file name"
        ),
    ]
    index = build_story_index(docs)
    early, late = _doc(index, "APP_16-09-14.txt"), _doc(index, "APP_17-09-14.txt")
    (story,) = index.stories
    assert story.base == early
    assert "if that came first" not in describe(index, early, late)
    pinned = index.with_base(story.id, late)
    assert ", if that came first (it is dated later)" in describe(pinned, late, early)


def test_the_agencys_own_file_is_the_base_over_a_sites_trim_crediting_it() -> None:
    """A site's trim keeping "BERLIN, Dec 5 (AFP) -" is AFP's by its text too: of the two,
    the shorter (wholly inside the other) was the base, AFP's own wire "an edited version"
    of it (a night editor's walkthrough)."""
    w = Writer(11)
    wire = w.article(w.topic(), paragraphs=7)
    trim = [wire[0], *wire[1:4]]
    docs = [
        replace(doc(name, lines), source="AFP", date="2026-12-05", date_source="document")
        for name, lines in (("site_berlin_budget_deal.txt", trim), ("AFP_germany_budget.txt", wire))
    ]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "AFP_germany_budget.txt"


def test_an_agencys_reprint_of_anothers_text_is_not_the_base_over_it() -> None:
    """Fars's page, IRNA's text word for word under "(IRNA) -" in its dateline, timed by its
    metadata, was the base once Fars was known as an agency too, and IRNA's own text "a
    copy" of it (a re-check of a Persian desk's walkthrough)."""
    w = Writer(12)
    body = w.article(w.topic(), paragraphs=6)
    wire = [body[0], "KERMAN (IRNA) - " + body[1], *body[2:]]
    docs = [
        replace(
            doc("fars_quake.html", wire),
            source="Fars News Agency",
            date="2026-12-06T07:45:00+03:30",
        ),
        replace(doc("irna_quake.txt", wire[:-1]), source="IRNA", date="2026-12-06"),
    ]
    docs = [replace(d, date_source="document") for d in docs]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "irna_quake.txt"


_IRNA_FLOOD = [
    "سیلاب در شهرستان جیرفت دو روستا را زیر آب برد",
    "جیرفت، ۱۸ آذر ۱۴۰۵ (ایرنا) - باران شدید شب گذشته رودخانه هلیل را طغیانی کرد و آب به "
    "خانه‌های دو روستای شهرستان جیرفت رسید.",
    "فرماندار جیرفت گفت: «تاکنون ۳۵ خانوار از روستاهای کنار رودخانه به مدرسه‌های شهر منتقل "
    "شده‌اند و هیچ کس جان نباخته است.»",
    "به گفته وی، ۴ پل روستایی آسیب دیده و راه ارتباطی ۶ روستا بسته شده است.",
    "اداره کل هواشناسی استان کرمان برای روزهای آینده نیز بارش‌های پراکنده پیش‌بینی کرده و از "
    "کشاورزان خواسته است دام‌های خود را از حاشیه رودخانه دور کنند.",
    "تیم‌های هلال احمر با ۱۲ قایق نجات در منطقه مستقر شده‌اند.",
]


@pytest.mark.parametrize("credit", ["(ايرنا)", "(ایرنا)"])
def test_a_sites_arabic_letter_reprint_crediting_irna_is_not_the_base_over_irna(
    credit: str,
) -> None:
    """Fars's saved page, IRNA's text word for word in Arabic letters and digits under
    "(ايرنا)" (Arabic yeh) in its dateline, timed by its metadata, was the base of the story
    once Fars was known as an agency, and IRNA's own file "a copy of Fars News Agency's
    story" (a re-check of a Persian desk's walkthrough); the credit in Persian letters too."""
    arabic = str.maketrans("یک۰۱۲۳۴۵۶۷۸۹", "يك٠١٢٣٤٥٦٧٨٩")
    reprint = [line.translate(arabic) for line in _IRNA_FLOOD]
    reprint[0] = "طغیان هلیل؛ آب به خانه‌های دو روستا رسید"
    reprint[1] = reprint[1].replace("(ايرنا)", credit)
    docs = [
        replace(
            doc("fars_seilab.html", reprint),
            source="Fars News Agency",
            date="2026-12-09T07:45:00+03:30",
            date_source="document",
        ),
        replace(
            doc("irna_seilab_jiroft.txt", _IRNA_FLOOD),
            source="IRNA",
            date="2026-12-09",
            date_source="document",
        ),
    ]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "irna_seilab_jiroft.txt"
    (pair,) = derivations(index, story.id)
    assert wording(index, pair).startswith("Copy of IRNA's story")


def test_of_an_agencys_story_and_its_named_update_the_first_is_still_the_base() -> None:
    """The agency's own name counts only where dates do not decide: an update whose file
    name says the agency, the story's first text named otherwise, was made the base."""
    w = Writer(9)
    first = w.article(w.topic(), paragraphs=5)
    update = [*first[:4], *w.article(w.topic(), paragraphs=3)[1:], first[4]]
    docs = [
        replace(doc("APP_17-09-14.txt", update), source="APP", date="2014-09-17"),
        replace(doc("lahore_budget.txt", first), source="APP", date="2014-09-16"),
    ]
    docs = [replace(d, date_source="document") for d in docs]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "lahore_budget.txt"


def test_an_outlets_own_text_is_the_base_over_a_verbatim_copy_under_another_byline() -> None:
    """ "HARWICK, March 14 (Northwire) -" under "By Elena Marsh, Northwire Press": an outlet
    not known as an agency, crediting itself. A student's verbatim copy under another
    headline and byline, a line shorter, was the base, the source "a copy" of it (a
    lecturer's walkthrough)."""
    w = Writer(14)
    body = w.article(w.topic(), paragraphs=7)[1:]
    dateline = "HARWICK, England, March 14 (Northwire) - " + body[0]
    source = ["Fire forces evacuation", "By Elena Marsh, Northwire Press", dateline, *body[1:]]
    copy = ["Harwick fire: residents leave", "By Amy Cole", dateline, *body[1:-1]]
    docs = [
        doc("s01_copy.txt", copy),
        replace(doc("source_a.txt", source), source="Northwire Press"),
    ]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "source_a.txt"
    unsigned = build_story_index([docs[0], replace(docs[1], source="")])
    assert unsigned.documents[unsigned.stories[0].base].name == "s01_copy.txt"
    # an outlet known by its page's address credits itself too: its page, not a reprint
    # that kept its byline and added a line (a review's)
    page = replace(docs[1], path=Path("northwire.html"), source="northwire.com")
    reprint = replace(
        doc("reprint.txt", [*source, "Reprinted with permission."]), source="Northwire Press"
    )
    both = build_story_index([reprint, page])
    assert both.documents[both.stories[0].base].name == "northwire.html"


def test_a_copy_that_added_a_paragraph_says_so_and_one_with_a_new_headline_does_not() -> None:
    """A capture whose one edit of the day was a paragraph added read "Copy …: 100% of its
    sentences kept nearly word for word" and nothing more (a web archivist's walkthrough);
    a student's copy under a headline and a byline of its own says nothing of them."""
    w = Writer(17)
    topic = w.topic()
    source = w.article(topic, paragraphs=8)
    added = [*source[:5], *w.article(topic, paragraphs=2)[1:], *source[5:]]
    retitled = [w.article(topic)[0], "By Amy Cole", *source[1:]]
    index, (s, a, r) = _of_app(source=source, added=added, retitled=retitled)
    grown = describe(index, s, a)
    assert grown.startswith("Copy of APP's story: 100% of its sentences kept word for word")
    assert grown.endswith("% of this version's sentences are new")
    assert "are new" not in describe(index, s, r)


def _of_app(**texts: list[str]) -> tuple[StoryIndex, list[int]]:
    """The index of ``NAME.txt`` for each of ``texts``, the first APP's, and their indices."""
    docs = [doc(f"{name}.txt", lines) for name, lines in texts.items()]
    docs[0] = replace(docs[0], source="APP")
    index = build_story_index(docs)
    return index, [_doc(index, f"{name}.txt") for name in texts]


def test_of_two_texts_dated_alike_the_one_its_name_dates_first_is_the_base() -> None:
    """A paper's copy of a press release, both dated by the release's dateline, the copy
    named a day later: the copy was the base and the release "a copy of" it. Found by a
    researcher."""
    w = Writer(5)
    lines = ["PRESS RELEASE", "KESTREL BAY, 10 March 2026 –", *w.article(w.topic())]
    docs = [
        replace(doc("courier_2026-03-11_copy.docx", lines), date="2026-03-10"),
        replace(doc("release_2026-03-10.pdf", lines), date="2026-03-10"),
    ]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "release_2026-03-10.pdf"
    # a name without a date orders nothing: the agency's own file stays the base
    topic = w.topic()
    wire = [w.sentence(topic) for _ in range(8)]
    site = [*wire[:6], w.sentence(topic)]
    dateline = ["PARIS, March 14 (AFP) - " + wire[0], *wire[1:]]
    docs = [
        replace(doc("AFP_budget.txt", dateline), date="2026-03-14", source="AFP"),
        replace(
            doc("newsportal_2026-03-14_budget.txt", [dateline[0], *site[1:]]),
            date="2026-03-14",
            source="AFP",
        ),
    ]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "AFP_budget.txt"


def test_a_tables_figures_grouped_by_spaces_are_said_whole_in_the_evidence() -> None:
    """A translation reviser's French table: the evidence's sentences ran a row's cells
    into one another, "Norvège 2 400 2 100", and the relation said "figures changed: 100 →
    150" where the pair's changes said "2 100 → 2 150"."""
    lead = "Le Comité a examiné les contributions au fonds d'affectation spéciale en 2024."
    table = "État membre \t2023 \t2024\n\nAutriche \t1 250 \t1 300\n\nNorvège \t2 400 \t{}"
    a, b = (
        f"Rapport\n\n{lead}\n\n{table.format(n)}\n\nFin du rapport." for n in ("2 100", "2 150")
    )
    assert "Norvège\t2 400\t2 100" in sentences(a)
    assert measure(a, b).figures == (("2 100", "2 150"),)


def test_of_an_agencys_undated_takes_the_first_is_the_base_by_their_update_numbers() -> None:
    """A grouping probe: undated, an agency's flash and its "UPDATE 1-" and "UPDATE 2-"
    takes were ordered by their text, UPDATE 1 the base and the flash "Edited version …
    figures changed: nine people → four people", said with no doubt (an agency's text)."""
    from wirediff.core.revisions import wire_updates

    w = Writer(21)
    topic = w.topic()
    flash = w.article(topic, paragraphs=4)
    first = [*flash, *(w.sentence(topic) for _ in range(4))]
    second = [*first, *(w.sentence(topic) for _ in range(5))]
    head = "Strong earthquake hits central Chile"
    docs = [
        replace(doc("quake_b.txt", [f"UPDATE 1-{head}", *first]), source="Reuters"),
        replace(doc("quake_c.txt", [f"UPDATE 2-{head}, toll rises", *second]), source="Reuters"),
        replace(doc("quake_a.txt", [head, *flash]), source="Reuters"),
    ]
    index = build_story_index(docs, StoryOptions())
    assert len(index.stories) == 1
    assert index.documents[index.stories[0].base].name == "quake_a.txt"
    assert wire_updates([0, 1, 2], docs) == {0: 1, 1: 2, 2: 0}
    assert wire_updates([0, 2], [docs[0], docs[0], docs[0]]) == {}  # (two of one number)
    assert wire_updates([2], docs) == {}


def test_of_an_agencys_takes_of_one_day_copied_by_papers_crediting_it_the_first_is_the_base() -> (
    None
):
    """A walkthrough: Reuters' story and its UPDATE 1 and UPDATE 2, all of one day, with
    papers' copies crediting Reuters (read as its texts): the takes' numbers, two of them
    0, ordered nothing, the names numbered UPDATE 1 and 2 only, and UPDATE 1 was the base,
    the story itself "an edited version of Reuters' story: figures changed: 57 → 41". The
    agency's own files number their takes: the first is the base."""
    w = Writer(23)
    topic = w.topic()
    story = w.article(topic, paragraphs=6)
    update1 = [*story[:4], w.sentence(topic), *story[4:]]
    update2 = [*update1, w.sentence(topic), w.sentence(topic)]
    head = "Dockworkers' strike halts container traffic at Rotterdam port"

    def dated(name: str, lines: list[str]) -> Document:
        return replace(doc(name, lines), source="Reuters", date="2026-11-30", date_source="text")

    docs = [
        dated("reuters_rotterdam_20261130_update1.txt", [f"UPDATE 1-{head}", *update1]),
        dated("reuters_rotterdam_20261130_update2.txt", [f"UPDATE 2-{head}", *update2]),
        dated("the-scotsman_rotterdam_copy.txt", [head, *story]),
        dated("lloyds-list_rotterdam_edit.txt", [head, *story[:3], *story[4:]]),
        dated("reuters_rotterdam_20261130.txt", [head, *story]),
    ]
    index = build_story_index(docs, StoryOptions())
    assert len(index.stories) == 1
    assert index.documents[index.stories[0].base].name == "reuters_rotterdam_20261130.txt"
    # ... of one day only: the agency's story of the next day, unnumbered, is no first take
    # of its update of the day before (a review: it was the base, all "dated later")
    day2 = replace(
        dated("reuters_rotterdam_20261201.txt", [head, *story]), date="2026-12-01T08:00:00Z"
    )
    later = [replace(docs[1], date="2026-11-30T18:00:00Z"), day2, docs[2]]
    index = build_story_index(later, StoryOptions())
    assert index.documents[index.story_of(0).base].name == "reuters_rotterdam_20261130_update2.txt"


def test_yearless_datelines_keep_paraphrases_of_other_days_apart() -> None:
    """A grouping probe: Reuters' Antwerp pilots' strike ("Oct 9") and its Rotterdam strike
    ("March 14"), in one wording, were one story "in other words": their datelines give no
    year, so their dates were no days apart and the two-day limit on paraphrases never
    applied. Their days of the year are five months apart whatever the years."""
    from wirediff.core.stories.derivation import days_of_year_apart
    from wirediff.core.stories.rewrites import Texts

    assert days_of_year_apart((10, 9), (3, 14)) == 157
    assert days_of_year_apart((12, 31), (1, 1)) == 1  # (a year's turn)
    assert days_of_year_apart((2, 29), None) is None
    lede = " - Port pilots walked out on Monday, halting ship traffic, the union said."
    docs = [
        doc("antwerp.txt", ["Pilots strike", "ANTWERP, Oct 9 (Reuters)" + lede]),
        doc("rotterdam.txt", ["Pilots strike", "ROTTERDAM, March 14 (Reuters)" + lede]),
        doc("later.txt", ["Pilots strike", "ROTTERDAM, March 15 (Reuters)" + lede]),
    ]
    lines = [split_lines(d.text, StoryOptions()) for d in docs]
    texts = Texts(docs, lines, StoryOptions(), lambda a, b: 0.0)
    assert (texts.days(0, 1), texts.days(1, 2)) == (157, 1)


def test_a_copy_both_trimmed_and_padded_is_a_copy() -> None:
    """A grouping probe: a paper's copy cut at its end and given the paper's footer, longer
    than its source, was judged by the source's cut end: "Edited version … 84% of its
    sentences kept", no word of it changed. One word changed in it is an edit still."""
    from wirediff.core.stories.derivation import classify

    w = Writer(31)
    topic = w.topic()
    wire = w.article(topic, paragraphs=8)
    footer = [w.sentence(w.topic()) for _ in range(4)]
    options = StoryOptions()
    copy = measure(_text(wire), _text([*wire[:6], *footer]))
    assert classify(copy, options) is Derivation.COPY
    words = wire[2].split()
    edited_line = " ".join([*words[:3], "reportedly", *words[3:]])
    edited = measure(_text(wire), _text([*wire[:2], edited_line, *wire[3:6], *footer]))
    assert classify(edited, options) is Derivation.EDITED


def test_figures_of_a_version_dated_before_its_source_are_said_in_time_order() -> None:
    """A morning capture measured against the afternoon's (the base holds the story's
    text): "Edited version …, if that came first (it is dated later): … figures changed:
    17 people → four people" read as the toll falling, beside the panel's "four people →
    17 people" (a media monitor's walkthrough). Dated before its source, a version's
    figures are said from its own to the source's, and say so."""
    w = Writer(12)
    full = w.article(w.topic(), paragraphs=8)
    morning = [*full[:3], f"{full[3]} At least 4 people were killed."]
    evening = [*full[:3], f"{full[3]} At least 17 people were killed.", full[4]]
    days = {"morning.txt": "2026-03-12T07:10:00", "evening.txt": "2026-03-12T18:00:00"}
    docs = [
        replace(doc(name, lines), date=days[name], date_source="metadata")
        for name, lines in (("morning.txt", morning), ("evening.txt", evening))
    ]
    index = build_story_index(docs)
    said = wording(index, measure_pair(index, 1, 0))  # the evening's as the source
    assert "(it is dated later)" in said and "figures, in time order: 4 people → 17" in said
    said = wording(index, measure_pair(index, 0, 1))  # the other way round: as before
    assert "came first" not in said and "figures changed: 4 people → 17" in said, said


def test_a_pages_late_capture_dated_by_its_first_publication_is_not_its_base() -> None:
    """A live blog's capture of 15:05 gave its first publication (08:05) and no revision's:
    it was its story's base, "earlier" than the captures of 09:15 and 11:40, each of those
    then "Edited version …, if that came first (it is dated later)" (a media monitor's
    walkthrough). Captures of one page go by when they were taken."""
    w = Writer(13)
    entries = w.article(w.topic(), paragraphs=9)[1:]
    url = "https://meridian24.example/live/port-explosion"
    captures = {  # (newest entries on top)
        "0915": (entries[-5:], "2026-03-12T09:15:00-03:00"),
        "1140": (entries[-7:], "2026-03-12T11:40:00-03:00"),
        "1505": (entries, "2026-03-12T08:05:00-03:00"),
    }
    docs = [
        replace(
            doc(f"live_{stamp}.html", ["Port explosion: live updates", *shown]),
            url=url,
            date=day,
            date_source="metadata",
            captured=f"2026-03-12T{stamp[:2]}:{stamp[2:]}:00",
        )
        for stamp, (shown, day) in captures.items()
    ]
    index = build_story_index(docs)
    story = index.story_of(0)
    assert len(story.documents) == 3
    assert index.documents[story.base].name != "live_1505.html"


def test_of_one_agencys_takes_the_first_is_the_base_however_short() -> None:
    """A developing story's flash, dated first, held little of the text its updates share:
    UPDATE 4 was the base, the flash "an edited version, if that came first (it is dated
    later)" of it (two grouping probes). Of one agency's texts, the first is the base —
    with a paper's copy of a later take among them too, which weighed the story's shared
    text toward that take (UPDATE 2 was the base when subscribers' copies joined: a wire
    desk's probe)."""
    w = Writer(14)
    topic = w.topic()
    body = w.article(topic, paragraphs=10)
    takes = [body[:3], body[:6], body[:8], body]
    days = [
        "2026-07-08T18:40:00",
        "2026-07-08T21:10:00",
        "2026-07-09T06:00:00",
        "2026-07-09T14:00:00",
    ]
    docs = [
        replace(doc(f"take{n + 1}.txt", lines), source="Reuters", date=day, date_source="metadata")
        for n, (lines, day) in enumerate(zip(takes, days, strict=True))
    ]
    index = build_story_index(docs)
    assert len(index.stories) == 1
    assert index.documents[index.stories[0].base].name == "take1.txt"
    paper = replace(doc("paper.txt", body[:9]), source="Daily Star", date="2026-07-09T09:00:00")
    index = build_story_index([*docs, replace(paper, date_source="metadata")])
    assert index.documents[index.story_of(0).base].name == "take1.txt"
    assert len(index.story_of(0).documents) == 5


def test_an_agencys_digest_dated_first_is_no_first_take() -> None:
    """A morning digest of the agency's, dated first and carrying two of the story's
    paragraphs among other stories', was the base beside papers' copies, and the papers
    "rewrites" of it (a review): of one agency's texts, the first of its story's takes."""
    w = Writer(3)
    story = w.article(w.topic(), paragraphs=10)
    others = [w.article(w.topic(), paragraphs=3) for _ in range(3)]
    digest = ["Top News briefing for traders", *others[0][1:3], *story[1:3], *others[1][1:3]]
    digest += others[2][1:3]
    dated = [
        ("reuters_digest.txt", digest, "Reuters", "06:00"),
        ("reuters_story.txt", story, "Reuters", "10:00"),
        ("paper1.txt", story[:9], "Daily Star", "12:00"),
        ("paper2.txt", story[:8], "Evening Post", "13:00"),
    ]
    docs = [
        replace(doc(name, lines), source=source, date=f"2026-03-03T{at}:00", date_source="metadata")
        for name, lines, source, at in dated
    ]
    index = build_story_index(docs)
    story_of = index.story_of(1)
    assert index.documents[story_of.base].name == "reuters_story.txt"


def test_a_copy_cut_and_added_to_says_both() -> None:
    """ "Trimmed copy of Reuters' story: 50% of its sentences kept word for word, 50% left
    out; 48% of this version's sentences are new" read as a contradiction of an update that
    kept half of its take (two reviewers): a copy cut and added to says so."""
    w = Writer(32)
    topic = w.topic()
    wire = w.article(topic, paragraphs=8)
    update = [*wire[:5], *(w.sentence(topic) for _ in range(4))]
    docs = [replace(doc("wire.txt", wire), source="APP"), doc("update.txt", update)]
    index = build_story_index(docs)
    said = wording(index, measure_pair(index, 0, 1))
    assert said.startswith("Copy of APP's story, trimmed and added to: "), said
    assert "of this version's sentences are new" in said
    cut = build_story_index([docs[0], doc("cut.txt", wire[:5])])
    assert wording(cut, measure_pair(cut, 0, 1)).startswith("Trimmed copy of APP's story: ")


def test_a_copy_names_which_of_an_outlets_takes_it_was_made_from() -> None:
    """Every client's copy of a wire's day was "a trimmed copy of Reuters' story": which
    take a client ran (the uncorrected one?) was in the JSON alone (a corrections
    editor's walkthrough). Of an outlet's several versions, the one it was made from is
    named by its time; an outlet with one version is named as before."""
    from dataclasses import replace

    from tests.core.stories.helpers import Writer, doc
    from wirediff.core.stories import build_story_index, pair_derivation
    from wirediff.core.stories.relation import wording

    w = Writer(31)
    take = w.article(w.topic(), paragraphs=6)
    update = [*take, *w.article(w.topic(), paragraphs=2)[1:]]
    docs = [
        replace(doc("take.txt", take), source="Reuters", date="2026-03-12T09:04:00"),
        replace(doc("update.txt", update), source="Reuters", date="2026-03-12T11:30:00"),
        replace(doc("client.txt", take), source="Vistula Ledger", date="2026-03-12T09:20:00"),
    ]
    index = build_story_index(docs)
    assert len(index.stories) == 1
    said = wording(index, pair_derivation(index, 0, 2))
    assert said.startswith("Copy of Reuters' story of 2026-03-12 09:04:"), said
    alone = build_story_index(docs[::2])
    assert wording(alone, pair_derivation(alone, 0, 1)).startswith("Copy of Reuters' story:")


def test_the_banners_figures_are_the_panels() -> None:
    """A transcript's banner said "figures changed: … and 88 more" beside the panel's "…
    and 105 more" (a broadcast desk's walkthrough): the evidence compares the texts'
    sentences, one a line (a stamp's line of a duration in its head there, none), and the
    panel the texts as shown. Beside a comparison, the sentence says its figures."""
    from tests.core.stories.helpers import doc
    from wirediff.core.compare import compare
    from wirediff.core.quoting import figures_said
    from wirediff.core.stories import pair_derivation, wording_as_compared

    said = [
        "The reservoir, which supplies roughly four hundred thousand people across the "
        "valley, stood at nineteen per cent of capacity last Friday.",
        "Consumption dropped by forty per cent in three weeks when we were much more open "
        "with the public about it.",
        "There are about sixteen dialysis patients in the valley who depend on a steady "
        "supply of clean water.",
        "The dam was completed in 1967 and has never been raised since then, though the "
        "valley has grown.",
    ]
    head = "Kessler Reservoir interview with the former director"
    stamp = "Automatic transcript. Recorded 5 September 2025. Duration {}."
    turn = "[00:00:{:02}] SPEAKER {}: {}"
    asr = [head, stamp.format("46:01")]
    asr += [turn.format(4 + 9 * n, 1 + n % 2, s) for n, s in enumerate(said)]
    fixed = [head, stamp.format("45:12")]
    fixed += [
        turn.format(3 + 9 * n, 1 + n % 2, s.replace("forty", "fourteen").replace("1967", "1957"))
        for n, s in enumerate(said)
    ]
    index = build_story_index([doc("asr.txt", asr), doc("corrected.txt", fixed)])
    pair = pair_derivation(index, 0, 1)
    comparison = compare(index.documents[0].text, index.documents[1].text)
    panel = figures_said(comparison)
    assert panel == "46:01 → 45:12, forty per cent → fourteen per cent, 1967 → 1957"
    assert wording_as_compared(index, pair, comparison, 0).endswith(f"; figures changed: {panel}")


def test_a_capture_taken_before_its_base_says_so_not_that_it_is_dated_later() -> None:
    """Wayback captures of one page, one date in each (its publication's, 07:05): the base,
    a later capture holding more, called the first "dated later" where both showed 07:05
    (a Wikipedia editor's walkthrough). It says when they were captured."""
    w = Writer(15)
    body = w.article(w.topic(), paragraphs=8)
    docs = [
        replace(
            doc(f"capture_{stamp}.html", shown),
            url="https://herald.example/news/derailment",
            date="2026-12-01T07:05:00+00:00",
            date_source="metadata",
            captured=f"2026-12-01T{stamp[:2]}:{stamp[2:]}:00",
        )
        for stamp, shown in (("0715", body[:4]), ("1245", body))
    ]
    index = build_story_index(docs)
    first, later = _doc(index, "capture_0715.html"), _doc(index, "capture_1245.html")
    pinned = index.with_base(index.story_of(first).id, later)
    said = describe(pinned, later, first)
    assert "(it was captured later)" in said and "dated later" not in said


def test_the_quotations_a_sentence_quotes_are_given_as_it_quotes_them() -> None:
    """``said_quotations``: each quotation the relation sentence says changed, as it says
    it, for the banner to lay each out in its own direction (a Persian "«…» → «…»" wrapped
    with the arrow inside a quote: a re-check of a Persian desk's walkthrough)."""
    copy = [line.replace("۳۵ خانوار", "۴۰ خانوار") for line in _IRNA_FLOOD]
    docs = [
        replace(doc("irna_seilab.txt", _IRNA_FLOOD), source="IRNA", date="2026-12-09"),
        replace(doc("isna_seilab.txt", copy), source="ISNA", date="2026-12-09T09:00:00+03:30"),
    ]
    index = build_story_index([replace(d, date_source="document") for d in docs])
    (story,) = index.stories
    (pair,) = derivations(index, story.id)
    quotes = said_quotations(pair)
    sentence = wording(index, pair)
    assert len(quotes) == 2 and "۳۵" in quotes[0] and "۴۰" in quotes[1]
    assert f"quotes changed: {quotes[0]} → {quotes[1]}" in sentence


# Taiwan's CNA's earthquake story and China News Service's reprint of it in simplified
# characters, which says "据台湾“中央社”报道" (according to Taiwan's CNA) after its own
# dateline (a Chinese desk's walkthrough; the wording here is made up)
_CNA_QUAKE = [
    "宜蘭外海規模5.8地震　北部有感",
    "（中央社記者陳美玲台北9日電）中央氣象署表示，今天下午3時15分宜蘭縣政府東方35.2公里發生"
    "芮氏規模5.8地震，震源深度18.6公里。最大震度宜蘭縣4級，新北市、桃園市3級。",
    "氣象署地震測報中心副主任林志明在記者會上說，這起地震屬於板塊隱沒帶的地震，未來一週內"
    "仍可能發生規模4至4.5的餘震，請民眾注意室內家具是否固定。",
    "台灣高鐵公司指出，地震發生後全線列車一度減速行駛，經檢查確認設備正常後，已於下午3時50分"
    "恢復正常營運。",
    "內政部消防署表示，截至下午5時，各地暫無人員傷亡及建物倒塌災情通報。（編輯：黃國樑）1151209",
]
_CHINANEWS_QUAKE = [
    "台湾宜兰外海发生5.8级地震 北部有感",
    "中新网12月9日电 {credit}，中央气象署表示，今天下午3时15分宜兰县政府东方35.2公里发生"
    "芮氏规模5.8地震，震源深度18.6公里。最大震度宜兰县4级，新北市、桃园市3级。",
    "气象署地震测报中心副主任林志明在记者会上说，这起地震属于板块隐没带的地震，未来一周内"
    "仍可能发生规模4至4.5的余震，请民众注意室内家具是否固定。",
    "台湾高铁公司指出，地震发生后全线列车一度减速行驶，经检查确认设备正常后，已于下午3时50分"
    "恢复正常营运。",
]


@pytest.mark.parametrize("credit", ["据台湾“中央社”报道", "援引台湾中央社消息", "據中央社報導"])
def test_a_reprint_saying_it_reports_another_agencys_story_is_not_the_base_over_it(
    credit: str,
) -> None:
    """China News Service's reprint of CNA's story, "据台湾“中央社”报道" in its lede and both
    dated the same day, was the base of CNA's own story, "an edited version of China News
    Service's story" (a Chinese desk's walkthrough): a version that says whose report it
    passes on is not the base when that outlet's own version is in the story."""
    reprint = [line.replace("{credit}", credit) for line in _CHINANEWS_QUAKE]
    docs = [
        replace(doc("chinanews_dizhen.txt", reprint), source="China News Service"),
        replace(doc("cna_dizhen.txt", _CNA_QUAKE), source="Central News Agency"),
    ]
    docs = [replace(d, date="2026-12-09", date_source="document") for d in docs]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "cna_dizhen.txt"
    (pair,) = derivations(index, story.id)
    assert "Central News Agency's story" in wording(index, pair)


def test_a_papers_rewrite_saying_according_to_another_paper_is_not_the_base_over_it() -> None:
    """Of two papers' versions of a day, not agencies, the one whose lede says it passes on
    the other's report ("…, the Guardian reported.") is not the base of the other's own."""
    w = Writer(21)
    own = w.article(w.topic(), paragraphs=6)
    first, rest = own[1].split(". ", 1)
    retold = [own[0], f"{first}, The Guardian reported. {rest}", *own[2:5]]
    docs = [
        replace(doc("a_retold.txt", retold), source="The Independent"),
        replace(doc("z_guardian.txt", own), source="The Guardian"),
    ]
    docs = [replace(d, date="2026-12-09", date_source="document") for d in docs]
    index = build_story_index(docs)
    (story,) = index.stories
    assert index.documents[story.base].name == "z_guardian.txt"
