"""Every threshold of story and event grouping, in one place."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StoryOptions:
    """How documents are grouped into stories (text reuse) and stories into events.

    Similarity is measured on *shingles*: every run of ``shingle_words`` consecutive
    normalized words (case folded, punctuation dropped, typography folded), boilerplate left
    out. ``containment(a, b)`` is the share of a's shingles found in b; a trimmed version is
    highly contained in the full one even though their overlap (Dice) is low.
    """

    # --- shingles ---------------------------------------------------------------------------
    # Words per shingle. 5 is long enough that two unrelated articles on one topic rarely
    # share one by chance ("the united states and" is 4 words), short enough that a changed
    # word spoils only 5 shingles, so paraphrasing a few sentences keeps most of a version.
    shingle_words: int = 5
    # Up to this many documents every shingle is indexed. Above it only shingles whose hash
    # is divisible by `sample_every` are (a fixed, content-defined sample, the same in every
    # document, so containment estimated on the sample is unbiased). Keeps 100k documents
    # within memory and time.
    full_index_max_docs: int = 5_000
    sample_every: int = 4

    # Words at the start of a document (boilerplate left out) that count as its opening:
    # a link between two documents that shares the larger one's opening is taken first.
    lead_words: int = 60

    # --- candidate pairs (the index) --------------------------------------------------------
    # A shingle shared by at most this many documents pairs all of them up.
    all_pairs_max_df: int = 24
    # A shingle shared by more documents (one wire story picked up widely) pairs each
    # document only with the next `window_pairs` documents of its posting list: enough to
    # connect the story without a quadratic number of pairs.
    window_pairs: int = 6
    # Shingles shared by more than this share of the documents (and at least
    # `max_df_min_docs` documents) are too common to be evidence of reuse ...
    max_df_share: float = 0.02
    max_df_min_docs: int = 200
    # ... so each document is paired only with the next `common_window_pairs` of their
    # posting list (a chain: as many pairs as documents). Not skipped: in a folder that is
    # mostly one wire story's pickups (250 copies in a folder of 250) every shingle of the
    # story is "too common", and skipping them left every copy a story of its own. Two
    # unrelated texts next to each other in such lists still need `link_min_shared`
    # shingles and `link_min_containment` of the smaller to link. 0 skips them.
    common_window_pairs: int = 1

    # --- stories ----------------------------------------------------------------------------
    # Two documents are versions of one story when the shorter one's containment in the
    # longer is at least this. 0.35 keeps a version whose 000-style photo caption and a few
    # edited sentences are missing from the other (000 is 0.58 contained in 001), and is far
    # above what independent reports of one event share (under 0.05 on the sample corpus).
    link_min_containment: float = 0.35
    # ... and they share at least this many shingles (full-index count; scaled down when
    # sampling), so two very short texts do not link on one shared phrase.
    link_min_shared: int = 8
    # Chaining guard: two groups (each of one or more documents) merge only when the mean
    # link (larger containment) over up to `guard_sample` x `guard_sample` of their members
    # is at least this (average linkage, on a sample). A document that carries two stories
    # (one article with a second appended, like 001, or a digest) links to both but does
    # not glue them into one; a version trimmed from the top and one trimmed from the bottom
    # still join a story whose other versions are full. The members sampled are the lowest
    # by a content key (``order.document_key``), never by file name, so the same files
    # under other names give the same stories.
    guard_min_link: float = 0.35
    guard_sample: int = 4
    # ... counting twins once: two documents each holding at least this share of the other
    # (the same page twice, a digest republished) are one member for the guards, so a
    # second copy of a digest carrying halves of two stories does not glue them.
    guard_twin_min: float = 0.8
    # Links that rest on a paper's own lines alone (``ends``): two documents whose shared
    # lines all close them (below a shared masthead), and whose bodies (the lines before,
    # this many words at least each) share less than this share of their runs of three
    # words, are not linked: a footer of 95 words made two unrelated reports one story.
    ends_body_min_words: int = 20
    ends_body_max_share: float = 0.1
    # Two documents each quoting at length, whose words outside quotation marks (this many
    # at least each) share less than this share of their runs of three words, are not
    # linked (``quotes``): five reports quoting one minister's statement in full were one
    # story, each "a copy of Reuters' story, trimmed and added to".
    # ... and under this share of the names and figures of the body naming fewer (a
    # paper's rewrite of an agency's interview, its quotes kept and the rest reworded,
    # tells of the same people and places, and is linked)
    quote_body_min_words: int = 20
    quote_body_max_share: float = 0.1
    quote_body_max_names: float = 0.5
    # One known outlet's texts dated at least this many days apart (their dates, else their
    # datelines' days without a year), neither sharing the other's opening, are not linked
    # (``days``): two Reuters quakes off Sulawesi eight days apart shared the region's
    # background and a template sentence, enough for a copy link, and were one story.
    apart_min_days: int = 4
    # ... and a day or more apart, each of `template_min_figures` figures at least, sharing
    # less than `template_max_figures` of the fewer (a market report's template carrying
    # each day's figures: a daily series of six days was one story).
    template_min_figures: int = 8
    template_max_figures: float = 0.34
    # Strangers (``strangers``): two documents, each of `stranger_min_terms` terms (names
    # and content words) at least, sharing less than `stranger_max_link` of their text (the
    # copy link) and, each naming `stranger_min_names` names and figures at least, less than
    # `stranger_max_shared` of the fewer names and of the fewer terms together (a wire's
    # credit words, weekdays, months and outlets' names left out), are of no common story:
    # two groups where an end of the link and a member of the other group are such do not
    # merge (a briefing carrying two single-version stories glued them: a plant fire and a
    # quake share 6% of their names and 4% of their terms; a developing story's first and
    # eighth takes 6% and 10%, 11% and 11%). Naming fewer (a short brief, a script without
    # capitals): sharing less than `stranger_max_terms` of the fewer terms (a newsletter of
    # two briefs glued them).
    stranger_max_link: float = 0.05
    stranger_min_terms: int = 20
    stranger_min_names: int = 6
    stranger_max_shared: float = 0.15
    stranger_max_terms: float = 0.1
    # One outlet's takes of one story (``rewrites._takes``: every member of both groups of
    # that outlet, the link's ends known kin of the other's members) join along a link of
    # at least this (the shorter's shingles in the other): each update of a developing
    # story keeping a third of the one before, and sharing nothing with the others, fell
    # apart into pairs.
    takes_min_link: float = 0.25

    # --- metadata -----------------------------------------------------------------------------
    # Documents with the same article URL (canonical link, og:url, a record's url field) are
    # versions of one article whatever their text; a URL shared by more than this many
    # documents names a feed or a site, not an article, and is ignored.
    url_max_docs: int = 200
    # Documents whose file names are the same but for a stamp or an id, and name what their
    # openings are about, are versions of one article when they report one event
    # (``names``): a revision rewritten between two captures. False: text and URLs only.
    # (Joined in the paraphrase pass: with `find_rewrites` or `find_paraphrases` False, not.)
    join_named: bool = True
    # ... and, when above 0, share some of their text: one of a pair of their versions has
    # at least this share of its words in phrases of the other. None asked: a live page
    # rewritten between captures shared nothing with its first (a breaking brief), and of
    # wiki-versions' revisions joined by name, four; 0.02 loses some, 0.05 more.
    named_min_phrases: float = 0.0
    # With dates to go by (two or more different ones, not file times), the base is the
    # earliest version that holds at least this share of the story's shared text (the
    # shingles found in two or more versions): the first edition, not an early fragment.
    base_min_shared_text: float = 0.5
    # ... or an earlier one that version was revised from, step by step in that order (of
    # numbers or dates): each version just before the next shares at least this share of
    # their shingles with it (Dice). A numbered chain of 22 revisions whose text turned over
    # had its 20th for base, read backwards (a revision researcher's walkthrough); its
    # steps share 0.6 and more, a flash or a stub before the full story (a third of its
    # length or less, if all kept) 0.5 and less.
    base_chain_min_similarity: float = 0.5
    # A text dated before every agency text of its story and this many times as long as the
    # longest of them is the report they were written from: the base, over the agency's.
    base_report_min_length_ratio: float = 3.0
    # ... unless it holds this share of an agency text's shingles: it carries the wire (a
    # live blog, a digest), it was not written before it
    base_report_max_held: float = 0.8

    # --- derivation: copy / edited / rewrite / independent ----------------------------------
    # (calibrated on ../shared/devdata with benchmarks/calibrate_stories.py; see README)
    # Find rewrites: pairs that share text but too little for the link above are measured
    # with the aligned diff and joined when one is derived from the other. False gives the
    # grouping of before (copies and edited versions only).
    find_rewrites: bool = True
    # The shortest run of words that counts as a reused phrase. 3 words: "a reused run of
    # 3+ words" is the evidence plagiarism tools (WCopyfind, Ferret) count.
    run_min_words: int = 3
    # A sentence is *kept* when at least this share of its words is equal to the sentence
    # the aligned diff pairs it with (one word in three changed is still the same sentence).
    kept_min_equal: float = 0.7
    # Copy: at least this share of the shorter text's sentences is kept (verbatim, maybe
    # trimmed, padded or re-captioned) ...
    copy_min: float = 0.9
    # ... and at least this share of its words is in reused runs: a word changed here and
    # there, no more (one word in twenty). The Bible's ASV, which keeps every sentence of
    # the KJV's Daniel 6 but changes 67 of its words (satraps to princes), has 0.91: an
    # edited version, not a copy. Copy or edited is the same for the grouping.
    copy_min_phrases: float = 0.95
    # Edited: at least this share of the shorter text's sentences is kept (the rest edited,
    # cut or added). KJV -> ASV -> WEB keep 0.51-1.0 of their sentences (5th-95th
    # percentile), the independent translation YLT 0.0-0.4.
    edited_min_kept: float = 0.5
    # Rewrite: both texts hold at least this share of their words in reused runs (some
    # sentences or phrases taken over, the rest written anew) ...
    rewrite_min_phrases: float = 0.2
    # ... and one of them keeps at least this share of its sentences nearly word for word.
    # Reused phrases alone are what reports on one subject share by chance (on COUNTER,
    # same-day stories of different events reach 0.3-0.4 with no sentence kept).
    rewrite_min_kept: float = 0.1
    # Rewrite (expanded or cut): the shorter text keeps at least this share of its
    # sentences nearly word for word, whatever share of the longer text that makes, unless
    # it renders the other's sentences (below). A brief grown into a full report, or a full
    # report cut to its lead and rewritten, keeps a third of the short text's sentences yet
    # makes a small share of the long one's words: the rule above, which asks both texts
    # for reused phrases, missed it (wiki-versions: a 111-word stub and the 1,740-word
    # article it became). On devdata's labelled pairs not yet derived, 0.3 takes 14
    # revisions of Wikipedia articles (8 and 6 in the two halves) and no independent pair
    # of any corpus; 0.25 takes 19 and one COUNTER ND pair, 0.2 23 and that pair.
    expanded_min_kept: float = 0.3
    # A version shown as a copy or an edited version of its base has a counterpart there
    # for more than this share of its sentences; one whose sentences are mostly its own (a
    # 76-word brief kept whole in a 494-word article) is a rewrite of its base, however much
    # of the base it keeps: partly derived, the rest written anew (``derivation.directed``;
    # the level shown against a base only: the grouping's links do not depend on it).
    version_max_new: float = 0.5
    # What the relation sentence says, not a level: a copy or an edited version with at
    # least this share of its sentences new (padded: another article added at its start or
    # end, a long caption; a capture that added a paragraph) says how much ("; 35% of this
    # version's sentences are new"), as a rewrite that is mostly its own always does. At 0.2
    # a capture that added a paragraph (11%), its one edit of the day, read "100% of its
    # sentences kept" and nothing more; at 0.05 a short copy's own headline and byline (6%)
    # were said.
    padding_said_min: float = 0.1
    # Not derived, whatever the phrases: parallel renderings, where at least this share of
    # the shorter text's sentences has a counterpart yet fewer than half of those are kept
    # (independent translations or paraphrases of one source share many short phrases).
    parallel_min_aligned: float = 0.3
    # ... and at least this share of the longer text's sentences has one too: both are whole
    # renderings of one source (the Bible's YLT against KJV: 0.78-1.0 of the longer text
    # aligned, 5th-95th percentile). A newspaper that paraphrases part of an agency text
    # aligns a few of the longer text's sentences (COUNTER's WD/PD pairs: median 0.35-0.43)
    # and is judged by the rules below, not called a parallel rendering.
    parallel_min_aligned_longer: float = 0.5
    # ... and the shorter text has at least this share of the longer's words: two whole
    # renderings of one text are about as long (the Bible's YLT against KJV, ASV, WEB:
    # 0.88-1.0 in all 42 pairs). A newspaper that trims an agency text while rewording it
    # is not a parallel rendering: on COUNTER the rule above, without this, refused 25
    # labelled pairs, every one WD or PD (none ND), 13 of them under 0.8. At 0.8, a desk's
    # heavy edit of a translation (0.84 as long, its sentences merged and reworded) and a
    # paper's rewrite of dpa's text (0.81) were "independent", stories of their own (a
    # grouping probe); at 0.85 COUNTER's labelled pairs go from 0.948 / 0.456 / 0.615 to
    # 0.949 / 0.461 / 0.621 (P / R / F1), the Bible's stay 1.0.
    parallel_min_length_ratio: float = 0.85
    # Paraphrase (a rewrite): two pieces of evidence together. *Terms in order*: the share
    # of the longer text's terms (names, numbers, content words: the event terms) held by
    # both texts in the same order (a longest common subsequence): a paraphrase follows its
    # source sentence by sentence in its own words; an independent report of the same news
    # selects and orders its facts its own way. *Phrases*: the share of the longer text's
    # words in reused runs of `run_min_words`+ words: a newspaper that paraphrases most of
    # an agency text still keeps some of its phrases, and an independent report (which says
    # more of its own: it is the longer side) keeps few. Neither alone separates COUNTER's
    # PD from its ND pairs (single-feature ranking AUC 0.78 and 0.74); together, the score
    # ``terms + paraphrase_phrase_weight * phrases`` does better on both fixed halves.
    # Calibrated on COUNTER's labelled pairs with benchmarks/calibrate_stories.py (see
    # README), on each fixed half and checked on the other: for each weight, the lowest
    # threshold keeping precision 0.95 on one half. Weight 0.5 is where the two halves
    # agree best (0.33 and 0.31; terms alone: 0.26 and 0.20); the stricter one is kept.
    # Held out, 0.33 chosen on half 0 gives half 1 precision 0.95, recall 0.44 (terms
    # alone at 0.25: 0.96, 0.40). The score (5th-95th percentile): ND 0.08-0.32, PD
    # 0.14-0.68, WD 0.22-1.37; the sample corpus's independent reports 0.09-0.16.
    paraphrase_phrase_weight: float = 0.5
    paraphrase_min_score: float = 0.33
    # ... and at least this share of terms in order whatever the phrases (a floor: every
    # labelled COUNTER pair the score takes holds 0.15 or more). Cheap to count, so the
    # paraphrase pass turns most independent reports away with it before any diff.
    paraphrase_min_terms: float = 0.15
    # A paraphrase (the rule above alone: no sentence kept, few phrases) is also held to
    # time when both documents have a date (metadata, dateline, file name; not a file's
    # time): their dates at most this many days apart. A newspaper rewrites a wire text
    # within a day or two (COUNTER: 351 of its 360 labelled WD/PD pairs are 0-2 days apart,
    # 8 are filing errors, 1 undated), while a beat's agency reports of other days (the same
    # template, some terms in the same order) score as high: without this, the score rule
    # joined 28 more pairs of files of different labelled pairs, most weeks or months
    # apart (COUNTER all-pairs precision 0.66; with 2 days 0.77; 1: 0.78, 3: 0.76, 7:
    # 0.70, labelled pairs alike). Copies, edited versions and rewrites that keep
    # sentences are not held to it.
    paraphrase_max_days: int = 2
    # Find paraphrases: pairs of stories of one event (candidate pairs of the event
    # grouping, cosine at least `event_min_cosine`) whose bases are derived by the rule
    # above merge, with the rewrites' average-linkage guard (`rewrite_guard_min`). They
    # share too few 5-word runs to be candidate rewrites. False (or `find_rewrites` False):
    # the stories of before.
    find_paraphrases: bool = True
    # Candidate rewrites: pairs sharing at least this many indexed shingles (scaled down
    # when sampling, at least 2) and still in two groups after the copy links (below the
    # link threshold, or a link the average linkage refused: a chain's two ends). Their
    # reused phrases are counted first (cheap); only pairs passing `rewrite_min_phrases`
    # get the aligned diff.
    rewrite_min_shared: int = 3
    # Chains: a copy link between two groups that the guard above refused still merges
    # them when each of its two documents also shares at least this share of the shorter's
    # shingles with another member of the other group (single linkage along copy links,
    # with this as the chaining guard: a page carrying a second, appended article shares
    # nothing with the first story's other members). Swept on devdata: 0.35 leaves the
    # Bible's WEB (40% of KJV's sentences kept) out of the KJV/ASV story (recall 0.90);
    # 0.01-0.1 give the same grouping on all three corpora and the generated folders.
    chain_min_link: float = 0.1
    # Common phrases: a 3-word run two documents share is *their own* when at most
    # `own_max_others` other stories (groups of copies found so far, among the documents
    # of candidate pairs) hold it too; a merge along a candidate pair needs at least
    # `rewrite_min_own` of the runs the pair shares to be its own. Set phrases of the
    # language and templates of a beat ("won the toss and elected to bat first") are held
    # by many stories; a sentence taken from one text, by that story and its rewrites.
    # Calibrated on COUNTER (see README): its unlabelled candidate pairs have at most 0.24
    # of their shared runs their own (95th percentile), its labelled WD/PD pairs mostly
    # over 0.3; two other stories are allowed because a revision chain the copy links left
    # in three groups holds its runs in all three. Bible and Wikipedia do not move from 0
    # to 0.5; COUNTER's grouping precision is 0.72 at 0.2, 0.75 at 0.3.
    own_max_others: int = 2
    rewrite_min_own: float = 0.3
    # Chaining guard for rewrites: along a rewrite link (a, b), on each side of several
    # documents, at least this share of the phrases a and b share must be found in another
    # member of that side (the group's own text). A rewrite quoting two stories shares
    # story B's text with B, which story A's members hold only by chance (common 3-word
    # phrases: 0.1-0.2 in Urdu news); a trimmed copy in the group still holds half of it.
    rewrite_bridge_min: float = 0.3
    # ... and more than this share of the pairs between up to `guard_sample` members of
    # each side are derived (average linkage, as for copies): keeps two articles built on
    # one template (Factbook "Demographics of India" / "of Ireland") apart. (The paraphrase
    # pass weighs every member of both sides when that is at most `guard_sample` squared
    # pairs.)
    rewrite_guard_min: float = 0.5

    # --- boilerplate ------------------------------------------------------------------------
    # A line (compared case-folded, white space collapsed) that recurs in at least this many
    # documents, in documents of at least `boiler_min_stories` different stories, is
    # boilerplate ("Read more:", "Back to top button", an outlet's byline or tagline). Lines
    # of one story's versions (its title, its paragraphs) recur too but are not boilerplate.
    boiler_min_docs: int = 3
    boiler_min_stories: int = 2
    # A longer line (more than `boiler_short_words` words: a paragraph) must recur in this
    # many stories, in at most `boiler_long_docs_per_story` documents a story on average: a
    # paragraph in few stories, or held by many documents of few stories, is most often
    # one story's text that pages of others carry appended (a second article on the page),
    # and as boilerplate every version of its own story lost it (copies called "written
    # anew: 0% of the words in shared phrases"). An outlet's recurring paragraph (a
    # disclaimer) is in about one document a story.
    boiler_long_min_stories: int = 3
    boiler_long_docs_per_story: float = 2.0
    # Recurring lines of at most this many words are left out of the shingles before the
    # stories are known (a title or a byline carries little evidence either way).
    boiler_short_words: int = 12
    # ... unless they would take more than this share of a document's words: a list-like
    # text (a line per item) whose versions repeat its short lines is not boilerplate.
    boiler_max_share: float = 0.5
    # A headline line right after a "Read more:" / "Related:" line is boilerplate when it
    # has at most this many words (the link to another article).
    link_line_max_words: int = 25

    # --- events -----------------------------------------------------------------------------
    # Each story is described by up to `event_terms` terms of its base (TF-IDF over the
    # folder's stories): capitalized words (names, places), numbers, content words. Many
    # terms, not just the top few: in a small folder the top terms are each report's own
    # quirks (its outlet's name, a photo caption), and the shared ones come further down.
    event_terms: int = 300
    # Names and numbers weigh this much more than plain content words.
    entity_weight: float = 2.0
    # ... and a share a report gives, a figure with its percent sign or words ("2,4 %",
    # "12,5 %", "6.75 por ciento"), this much: independent reports of one figure's news
    # repeat its shares exactly and word the rest their own way (ANSA's report of
    # Argentina's inflation shared "inflación", "noviembre", "2,4" and "12,5" with Télam's
    # story, cosine 0.16, and was a lone article: a Spanish/Portuguese desk's walkthrough),
    # while other numbers are as often a day, a year, a time or a magnitude that one
    # report gives and another rounds or leaves out.
    share_weight: float = 3.0
    # Candidate pairs of stories come from an inverted index of each story's
    # `event_index_terms` heaviest terms; two stories are candidates when they share at
    # least `event_min_shared` of them.
    event_index_terms: int = 40
    event_min_shared: int = 2
    # Index terms found in more than this many stories (a beat's or the whole folder's
    # vocabulary, not one event's) propose no candidates; they still count in the cosine.
    # A fixed cap keeps the number of candidate pairs linear in the folder's size.
    event_max_df: int = 100
    # Two stories report the same event when the cosine of their term vectors is at least
    # this. On the sample corpus the four stories score 0.19-0.29 with each other; on the
    # generated folders, stories of one event score 0.39 and up (5th percentile) and a
    # story's nearest story of another event (same beat) 0.23 (95th percentile).
    event_min_cosine: float = 0.2
    # Chaining guard for events: groups merge only when the mean cosine over up to
    # `guard_sample` x `guard_sample` of their stories is at least this.
    event_guard_min: float = 0.2

    def __post_init__(self) -> None:
        if self.shingle_words < 1:
            raise ValueError("shingle_words must be at least 1")
        if self.sample_every < 1 or self.sample_every & (self.sample_every - 1):
            raise ValueError("sample_every must be a power of two")
        if self.window_pairs < 1 or self.guard_sample < 1:
            raise ValueError("window_pairs and guard_sample must be at least 1")
