"""A story's extractive summary (maximal marginal relevance) and its title."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Container, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache

from telisik.lang import calendar_words, lower_word_list, table, word_list
from telisik.lang.roots import stem
from telisik.nlp.events.lexicon import denied_before
from telisik.nlp.timex import default_grammar
from telisik.pages.dates import alternation
from telisik.records.stories import SummarySentence
from telisik.stories.amounts import short_forms
from telisik.stories.article import ArticleLike, StoryArticle
from telisik.stories.match_facts import Goal
from telisik.stories.parties import common_words
from telisik.stories.similarity import DocumentFrequencies, Vector, centroid, dot, norm, weigh, words
from telisik.stories.summary_forms import key_merges, listed_keys
from telisik.stories.summary_pointing import CLAUSE_VERB as _CLAUSE_VERB
from telisik.stories.summary_pointing import QUOTE_MARK as _QUOTE_MARK
from telisik.stories.summary_pointing import WORD as _WORD
from telisik.stories.summary_pointing import pointed_nouns
from telisik.stories.summary_readings import Reading, happening_readings, renamed, shared_reading
from telisik.stories.summary_repeats import (
    RESULT_KIND,
    KindParties,
    MatchScores,
    Predication,
    frame_kinds,
    other_scores,
    predication,
    quote_retells,
    read_scores,
    read_sentence_events,
    role_event_again,
    same_goal,
    same_predication,
    sentence_goals,
    told_as_a_plan,
    told_aside,
    told_within,
    without_frames,
)
from telisik.stories.told_events import Told, flagged_classes, party_names, same_claim, same_outcome, told_again

_DATELINE_DASH = re.compile(r"^[\s,]*[-\u2013\u2014]\s*")
# "PARIS –Portugal ...", "JAKARTA, KOMPAS.com - ...": a dateline the cleaner left in the first sentence
_CAPS_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'/]+(?:\s+[A-Z][A-Z.'/]+){0,3})(?:,\s*[\w.]+(?:\s[\w.]+)?)?\s*[-\u2013\u2014]{1,2}\s*(?=\S)")
_DATELINE_REST = re.compile(r"^\s*(?:,\s*[^\n\u2013\u2014-]{1,40}?\s*)?[-\u2013\u2014]{1,2}\s+(?=\S)")
# a sentence that starts inside another ("pun menghentikan ...", "dan ..."): its first word is lower-case
_LOWER_START = re.compile(r"^[\"\u201c'(]*[a-z]{2}")
_SENTENCE_END = re.compile(r"[.!?…][\"'\u201d\u2019)]*$")
# "Mantan Dirut Sritex, Iwan Setiawan Lukminto; 2.": an item of a numbered list, its stop the next item's number
_LIST_ITEM_END = re.compile(r"[;:,]\s*\d{1,2}\.$")


@cache
def _outlet_dateline() -> re.Pattern[str]:
    """"Liputan6.com, Washington D.C -Donald ...", "KOMPAS.com-Wilmar ...": an outlet's dateline (domains in lang/id)."""
    domains = "|".join(re.escape(row[0]) for row in table("id", "outlet_domains.txt"))
    return re.compile(rf"^[\w-]+\.(?:{domains})\b(?:,\s*[^-\u2013\u2014\n]{{1,40}}?)?\s*[-\u2013\u2014]{{1,2}}\s*(?=\S)", re.IGNORECASE)


def _without_dateline(first: str, dateline: str) -> str:
    """The first sentence without its dateline ("JAKARTA - "), which says nothing of the story."""
    if dateline and first.startswith(dateline):
        rest = first[len(dateline) :]
        if dash := _DATELINE_DASH.match(rest):
            first = rest[dash.end() :]
    if caps := _CAPS_DATELINE.match(first) or _outlet_dateline().match(first):
        first = first[caps.end() :]
    # what the cleaner left of a dateline: ", Washington D.C - Mereka ...", "- Kejaksaan Agung ..."
    if leftover := _DATELINE_REST.match(first):
        first = first[leftover.end() :]
    return first


def sentences(article: StoryArticle) -> list[tuple[int, str]]:
    """The body's sentences (position, text), the first without its dateline."""
    body = article.body
    # the validated spans (``StoryArticle.sentence_spans``) that start in the body: a malformed entry of a stored
    # article is left out rather than raise or shift the positions the other story readers give
    spans = [(s, e) for s, e in article.sentence_spans if 0 <= s < min(e, len(body))]
    if spans:
        out = [(i, body[s:e].strip()) for i, (s, e) in enumerate(spans)]
    else:
        out = [(i, p.strip()) for i, p in enumerate(body.split("\n\n"))]
    if out:
        out[0] = (0, _without_dateline(out[0][1], article.dateline))
    # a lead the scrape left twice, the second time with its outlet's dateline ("REPUBLIKA.CO.ID, JAKARTA -- ...")
    return [(i, text[m.end() :] if i and (m := _outlet_dateline().match(text)) else text) for i, text in out]


def _broken_quote(text: str) -> bool:
    """A piece of a quote cut at a sentence stop: an odd number of straight marks, one opening curly mark more than
    closing ones (the quote goes on in the next sentence), or a closing mark before any opening one."""
    if text.count('"') % 2 or text.count("\u201c") - text.count("\u201d") == 1:
        return True
    close, open_ = text.find("\u201d"), text.find("\u201c")
    return close != -1 and (open_ == -1 or close < open_)


@dataclass(frozen=True)
class SummaryConfig:
    """The summary's knobs (lead and speech weights fitted on IndoSum's texts, bench/summary.py; the rest by eye on 18 June 2025)."""

    min_words: int = 6  # a shorter sentence says too little alone
    max_words: int = 70  # a longer one is a scrape's glued paragraph, not a sentence
    lead_decay: float = 0.3  # a sentence's lead weight is 1 / (1 + lead_decay x position): news puts what happened first
    reported_speech: float = 0.7  # a quote or "..., kata X" tells what someone said, less what happened: its lead weight x this
    centre_weight: float = 0.3  # how much likeness to the article's centroid adds to the lead weight (one article)
    story_centre_weight: float = 0.8  # the same for a story of several articles: every article has a lead, the story's are central
    redundancy: float = 0.5  # a sentence with this cosine to a pick restates it and is never picked
    shared_facts: float = 0.4  # nor is one of another article that has this share of its facts (words, figures) in a pick
    shared_words: float = 0.2  # ... and this share of its other words (what it says of its names and figures)
    same_sentence: float = 0.8  # a sentence this like a pick is that pick's, and names its article as a source
    trade_off: float = 0.7  # relevance against likeness to the picks
    new_outlet: float = 0.3  # relevance x (1 + this) for a sentence of an outlet no pick comes from yet
    # a sentence whose facts (words, names, figures) are mostly in the summary already restates it, whatever outlet says it:
    novelty: float = 0.45  # it is a restatement when less than this share of its facts' weight is new
    # ... or when its names and figures (who, how many) are all but all there and little else is new
    key_novelty: float = 0.2  # (share of its names' and figures' weight that is new)
    key_restatement: float = 0.65  # (share of the weight of its other facts, what it says of them, that is new)
    # in a story of several articles, an article far from the story's centre is about something else (a merged story)
    article_centre: float = 0.5  # relevance x (1 - this + this x the article's likeness to the centre over the best)
    headline_share: float = 0.8  # a sentence this much of which is its article's headline is the headline run into the lead
    # an outlet no pick comes from yet goes first while it has a sentence worth this share of the best one left,
    # from an article at least this near the story's centre (of a merged story, the other happening's articles are not)
    outlet_floor: float = 0.5
    outlet_centre: float = 0.6
    # two sentences of other articles sharing figures state one fact: two figures, or one specific one (498, Rp 1.937.000),
    # once they share this much of their facts at all
    figure_facts: float = 0.2
    figure_share: float = 0.3  # ... and with one figure in common, this much (below ``shared_facts``: the figure tells)
    # a fact told by an outlet with several picks and by one with none is told in the words of the one with none,
    # when its sentence is worth this share of the pick's relevance
    swap_floor: float = 0.5
    # a fuller twin of a pick is at most this many times the pick's words: a longer one is a list the scrape glued
    # into one sentence, or several facts, not the pick's fact told with a figure more
    twin_words: float = 3.0
    # two articles whose headlines have this cosine say one thing, and their leads tell it: "Nathan Tjoe-A-On resmi
    # dilepas Swansea City" and "Petualangan Nathan di Swansea City dipastikan berakhir" (headlines "Resmi! Nathan
    # Tjoe-A-On Dilepas Swansea City" / "Swansea City Putus Kontrak Nathan Tjoe-A-On"); on 19-20 June 2025, headlines
    # of two leads telling two facts had 0.5 at most (a match lost / the next match's stakes)
    same_headline: float = 0.6
    # in a story of four articles or more, a sentence whose names weigh less than this share in names another
    # article gives too is about someone only its own article tells of: another happening the clustering brought in
    # ("Itzhak Brik mengkritik militer Israel" in a story on Sinwar's body, Ria Ricis's romance in one on Oki's year
    # in Egypt)
    shared_names: float = 0.25
    shared_facts_elsewhere: float = 0.2  # ... when this share of its facts' weight at most is told by another article
    lead_sentences: int = 2  # an article's lead is its first sentences ("Kabar duka menyelimuti dunia mode." opens many)
    # the sentence that opens a story's summary: its relevance x (1 + this x its cosine with the story's headlines,
    # what the outlets say it is about, + this when it says on what day): news opens on the happening, who did what
    # and when, not on the mood around it or an aside
    opening_headlines: float = 1.0
    opening_day: float = 0.3
    opening_happening: float = 0.15  # ... + this when it reports a kind of happening (not only that people took notice)
    # a sentence naming no one and giving no figure or day whose cosine with the story's headlines is below this is
    # an aside: a remark around the story, or a detail in words of its own (on 10 and 19-20 June 2025: remarks 0.0,
    # a fire's or an eruption's details 0.04 and more; but "Petugas masih melakukan pendinginan" can have 0.0 too) ...
    aside_headlines: float = 0.03
    # ... its relevance is this share of what it would be, and it never opens the summary: a summary with room for it
    # may still tell it (a detail), one of a story with more to tell does not (a remark)
    aside_weight: float = 0.5
    # a sentence naming parties none of which this share of the story's headlines name (and reporting no kind of
    # happening they report) is about someone beside the happening, weighed as an aside; in a story of this many
    # titled articles at least (on 16-20 June 2025: a wedding's guests in 1 to 3 of 19 and 61 headlines, Brazil in 1
    # of 10 on PSG's loss to Botafogo; the story's parties in a third or more)
    central_headlines: float = 0.25
    central_articles: int = 5
    # a definition or profile line ("BMAD merupakan pungutan pajak ...") is the story's own fact when this share of
    # the words it says of its party are central to the headlines ("Cecep merupakan teman kuliah Hasto" under "Teman
    # Kuliah Sebut Hasto ...": 2 of 3); "pungutan pajak atau bea kepada produk impor" shares 1 of 8 ("impor")
    definition_headlines: float = 0.5


@dataclass
class _Candidate:
    """A sentence that may go into the summary, with the facts it states (content words and numbers)."""

    article: str
    outlet: str | None
    position: int
    text: str
    vector: Vector
    facts: Vector  # content word or number -> weight, for telling a restatement
    leans: bool  # it points back ("Hal itu", "Mereka", "BUMN tersebut"): it may follow the sentence before it only
    keys: frozenset[str] = frozenset()  # the facts that are names or figures: who, and how many
    # it needs no other sentence at all: no "itu"/"tersebut" anywhere, no "ia"/"mereka" among its first words
    # (an outlet drawn on only for its outlet's sake must not bring a sentence the summary cannot carry)
    stands_alone: bool = True
    happenings: frozenset[str] = frozenset()  # the kinds of happening it reports (event types, "RESULT"): what two restatements share
    happening_roots: frozenset[str] = frozenset()  # the roots of the words that report them
    events: tuple[Told, ...] = ()  # the events its article's analysis found in it: type and parties
    parties: frozenset[str] = frozenset()  # its names but the times' ("Kamis", "WIB"): whom it is about
    role_events: tuple[KindParties, ...] = ()  # its arrests, charges, verdicts as the analysis found them, named or not
    goals: tuple[Goal, ...] = ()  # the goals it tells (scorer, minute)
    scores: frozenset[str] = frozenset()  # the match scores it gives ("5-0"): it reports the match's result
    # its readings of a happening ("dua kali menerobos", "bangkit dari ketertinggalan"): what two
    # outlets' sentences without a common word share (``summary_readings``)
    readings: tuple[Reading, ...] = ()
    held: bool = False  # it says a gathering took place ("digelar", "berlangsung"): it may tell only where, when, with whom
    speech: bool = False  # it is a quote or what someone said ("..., kata X"): it may say again what a lead told
    speaker: frozenset[str] = frozenset()  # the facts of its speech frame ("Mendagri Tito Karnavian menyebutkan"): who says
    predication: Predication | None = None  # its main clause's predicate, subject and object: what happened to whom
    # the nouns it points at with a demonstrative past its opening ("pemicu utama kondisi tersebut"), in a story of
    # several articles: a pick must tell one of them first, or it must follow its sentence before (``summary_pointing``)
    pointed: tuple[frozenset[str], ...] = ()


def _whole_sentence(text: str, config: SummaryConfig) -> bool:
    """A whole sentence of a summary's length."""
    if not config.min_words <= len(text.split()) <= config.max_words:
        return False
    # two paragraphs glued ("... pertambangan.\n\npun menghentikan ...") or the tail of a sentence cut in two
    if "\n" in text or _LOWER_START.match(text):
        return False
    # a subheading or a list item is not a sentence; half a quote is not one either
    if _LIST_ITEM_END.search(text) or _cut_at_abbreviation(text):
        return False
    return bool(_SENTENCE_END.search(text)) and not _broken_quote(text)


def _cut_at_abbreviation(text: str) -> bool:
    """The sentence ends on the point of an abbreviation that comes before a name ("... yaitu PT."): the splitter cut
    it there (``summary_cut_abbreviations.txt``)."""
    last = text.rstrip().rsplit(None, 1)[-1]
    return last.endswith(".") and last[:-1].lstrip('("\u201c') in word_list("id", "summary_cut_abbreviations.txt")


@cache
def _speech_tag() -> re.Pattern[str]:
    """', kata X', ', ujarnya': the verbs that follow what was said (``speech_verbs.tsv``, kind "after")."""
    after = [re.escape(row[0]) for row in table("id", "speech_verbs.tsv") if row[1:2] == ("after",)]
    verbs = "|".join(sorted(after, key=len, reverse=True))
    return re.compile(rf"[,\"\u201d]\s*(?:{verbs})(?:nya)?\b", re.IGNORECASE)


def _is_reported_speech(text: str) -> bool:
    """A quote, or what someone said tagged "..., kata X": news leads say what happened, quotes follow."""
    return '"' in text or "\u201c" in text or bool(_speech_tag().search(text))


# a figure as written ("16", "1,3", "7.991.160"); one inside a date ("18/6/2025") or a year says when, not what
_FIGURE = re.compile(r"(?<![\d/])\d+(?:[.,]\d+)*(?![\d/])")
_YEAR = re.compile(r"(?:19|20)\d\d")
# "No. 4/2025" is "No. 4 tahun 2025": a number over a year is the number (the day of "19/6/2025" stays out: a slash before it)
_NUMBER_OF_YEAR = re.compile(r"(?<![\d/])(\d{1,4})/(?:19|20)\d\d(?![\d/])")
# a figure of three digits or more, or with a fraction (a flight number, a sum, a height; not "G6"): one such figure
# in two sentences is one fact
_SPECIFIC = re.compile(r"#\d{3,}(?:\.\d+)?|#\d+\.\d+")
# two long roots with this many first letters in common are forms of one word ("fleksibel", "fleksibilitas")
_ROOT_PREFIX = 7


# (a story's sentences repeat their words: the stemmer, a fifth of the summaries' time, runs once a word)
@lru_cache(maxsize=1 << 16)
def _root(word: str) -> str:
    """A word's root as the summary compares facts: its stem's first letters, its letters without their marks (one
    outlet writes "Güzelyurt", another "Guzelyurt"); a word the stemmer would read as another's forms ("perdana" as
    "dana") keys as ``summary_word_keys.tsv`` says."""
    plain = _without_marks(word)
    if (listed := listed_keys().get(plain.lower())) is not None:
        return (listed if listed in listed_keys() else stem(listed))[:_ROOT_PREFIX]
    return stem(plain)[:_ROOT_PREFIX]


# letters with no decomposed plain form: Turkish dotless i, the ligatures
_PLAIN_LETTERS = str.maketrans({"\u0131": "i", "\u00df": "ss", "\u00e6": "ae", "\u0153": "oe", "\u00f8": "o"})


def _without_marks(word: str) -> str:
    """The word with its letters' diacritics taken off ("Gözlukuyu" -> "Gozlukuyu"); a plain word is left as it is."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_PLAIN_LETTERS))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


@cache
def _number_words() -> dict[str, str]:
    """"tiga" -> "3", "sepuluh" -> "10", "seorang" -> "1": a count written out states the same fact as its figure
    (``numbers.tsv``, ``summary_counts.tsv``)."""
    counted = {row[0]: row[1] for row in table("id", "summary_counts.tsv") if len(row) > 1}
    return {**{row[0]: row[2] for row in table("id", "numbers.tsv") if row[1] in ("digit", "word")}, **counted}


def _facts(text: str, df: DocumentFrequencies, common: frozenset[str], scores: MatchScores | None = None) -> Vector:
    """The sentence's content words (not common in news), by stem, and figures, weighed by IDF: what two restatements share.
    A day of a month is one fact however written ("(10/6/2025)", "10 Juni 2025": "@10/6"), not a count of ten nor the
    word "Juni" said of the names. ``scores``: the text's match scores when read already (``read_scores``)."""
    figure_weight = df.idf("#")  # a figure is as telling as the rarest word
    spelled = _number_words()
    facts: Vector = {}
    for w in words(text):
        if w in spelled and spelled[w] == "1":
            # a count of one written out is mostly an article ("Seorang penumpang", "sebuah video"): a word as common as
            # it is, no figure two sentences would share as one count ("Rp 1", "1 orang" stay figures)
            facts[_ONE] = df.idf(w)
        elif w in spelled:
            facts["#" + spelled[w]] = figure_weight
        elif w not in common:
            root = _fact_root(w)
            facts[root] = max(facts.get(root, 0.0), df.idf(w))
    days = _days(text)
    # a match's score is one figure, "#4-0", not a count of four and one of none ("1-0" and "3-1" share no figure)
    scores = read_scores(text) if scores is None else scores
    undated = _without_spans(text, [span for span, _, _ in days] + list(scores.spans))
    if days:
        # the month of a day is the day's; a month alone ("akhir Mei") stays a word
        left = set(words(undated))
        for w in set(words(text)) - left:
            if w in default_grammar().lx.months:
                facts.pop(_root(w), None)
    for _, day, month in days:
        facts[f"@{day}/{month}"] = df.idf(_month_names()[month])
    for figure in [*_FIGURE.findall(undated), *_NUMBER_OF_YEAR.findall(undated)]:
        if not _YEAR.fullmatch(figure):
            facts[_figure_key(figure)] = figure_weight
    for score in scores.results:
        facts["#" + score] = figure_weight
    for name in short_names(text):
        facts[name] = figure_weight  # a name of two capitals is as telling as the rarest word
    for years in _years_and_months(text):
        facts["#" + years] = figure_weight
    return facts


# "Warga Negara Indonesia (WNI)", "Kementerian Luar Negeri (Kemlu)": a name written in full, its short form in brackets
# (the run starts at a word's start only: tried at every letter of a long capitalised word, it would take quadratic time)
_DEFINED_SHORT = re.compile(r"(?<![\w'\u2019-])((?:[A-Z][\w'\u2019-]*\s+){1,7}[A-Z][\w'\u2019-]*)\s*\(([A-Z][A-Za-z]{2,9})\)")
# the fewest letters of a short form read as a word of its own (``words`` drops shorter ones: "AS" stays as written)
_SHORT_LETTERS = 3


def _abbreviates(short: str, long_words: Sequence[str]) -> bool:
    """``short``'s letters are, in order, the first letters of the long form's words, one or more of each; every word
    gives one at least but the last, which may give none: "WNI" of "Warga Negara Indonesia", "Kemlu" of "Kementerian
    Luar Negeri", "Jokowi" of "Joko Widodo". Two words giving none are a name after the office the short form
    abbreviates ("Menteri Luar Negeri Sugiono (Menlu)"), not part of it."""
    if not short:
        return len(long_words) <= 1
    if not long_words:
        return False
    head, rest = long_words[0], long_words[1:]
    return any(short.startswith(head[:k]) and _abbreviates(short[k:], rest) for k in range(min(len(head), len(short)), 0, -1))


def story_short_forms(texts: Sequence[str]) -> dict[str, str]:
    """The long form -> short form pairs a story's sentences define, long forms lower case: two outlets, one writing
    the name in full and one its short form, tell of the same party. A short form in brackets ("Warga Negara Indonesia
    (WNI)") stands for the shortest run of capitalised words before them that it abbreviates; a name after "alias"
    ("Gusti Irwan Wibowo alias Gustiwiw", ``summary_alias_words.txt``) for the name before it and the runs of two
    words or more that end it (a title may open the run: "Musisi Gusti Irwan Wibowo"), and the name alone after a common
    word opening the sentence ("Kemarin Budi alias Enol"). A body's short form the gazetteer knows stands for its name
    where the story writes both and defines neither (``_known_short_forms``)."""
    out: dict[str, str] = {}
    for text in texts:
        for m in _DEFINED_SHORT.finditer(text):
            long_words, short = m.group(1).split(), m.group(2)
            for start in range(len(long_words) - 1, -1, -1):
                if len(long_words) - start > 1 and _abbreviates(short.lower(), [w.lower() for w in long_words[start:]]):
                    out.setdefault(" ".join(long_words[start:]).lower(), short)
                    break
        for m in _alias().finditer(text):
            long_words, alias = m.group(1).split(), m.group(2)
            # a common word opening the sentence is no part of the name ("Kemarin Budi alias Enol"): the rest is
            opener = len(long_words) > 1 and long_words[0].lower() in common_words()
            for start in range(len(long_words)):
                if start == 0 or len(long_words) - start > 1 or (opener and start == 1):
                    out.setdefault(" ".join(long_words[start:]).lower(), alias)
    for long_form, short in _known_short_forms():
        if long_form not in out and _writes(texts, long_form, re.IGNORECASE) and _writes(texts, short):
            out[long_form] = short
    return out


@cache
def _known_short_forms() -> tuple[tuple[str, str], ...]:
    """The bodies of the gazetteer (``gazetteer.tsv``, "ORG") with a short form it lists that abbreviates their name,
    as (long form in lower case, short form) pairs: ("kementerian luar negeri", "Kemlu"), of "Kementerian Luar Negeri
    Republik Indonesia" (an outlet leaves the state's formal name off, and "Kemlu Israel" is Israel's). One outlet
    writes the name in full, another the short form, and no sentence defines it: in a story, one party."""
    state_words = {w.lower() for w in word_list("id", "state_name_forms.txt")}
    out: list[tuple[str, str]] = []
    for row in table("id", "gazetteer.tsv"):
        if len(row) < 3 or row[1] != "ORG":
            continue
        name = row[0].lower().split()
        # the name less the state's formal name ending it ("... Republik Indonesia": state_name_forms.txt)
        cut = next((n for n, w in enumerate(name) if n and w in state_words), len(name))
        for short in row[2].split("|"):
            if " " in short or len(short) < _SHORT_LETTERS:
                continue
            run = next((run for run in (name[:cut], name) if len(run) > 1 and _abbreviates(short.lower(), run)), None)
            if run is not None:
                out.append((" ".join(run), short))
    return tuple(out)


def _writes(texts: Sequence[str], form: str, flags: re.RegexFlag = re.NOFLAG) -> bool:
    """Some text writes ``form`` as whole words (in any case with ``re.IGNORECASE``; a short form as the gazetteer
    writes it)."""
    words_apart = r"\s+".join(map(re.escape, form.split()))
    pattern = re.compile(rf"(?<![\w-]){words_apart}(?![\w-])", flags)
    return any(pattern.search(text) for text in texts)


@cache
def _alias() -> re.Pattern[str]:
    """A name, then a word that gives the other name it goes by ("alias", "atau akrab disapa": ``summary_alias_words.txt``),
    then that name."""
    words_ = alternation(lower_word_list("id", "summary_alias_words.txt"))
    name = r"(?<![\w'\u2019-])[A-Z][\w'\u2019-]*"  # at a word's start only: see _DEFINED_SHORT
    return re.compile(rf"((?:{name}\s+){{0,4}}{name}),?\s+(?:{words_})\s+((?:{name}\s+){{0,2}}{name})")


@cache
def _phrase_synonyms() -> dict[str, str]:
    """The phrases of ``summary_synonyms.txt`` (a member of several words, "surat elektronik") -> their group's first
    word: one fact with a one-word synonym ("email")."""
    out: dict[str, str] = {}
    for line in word_list("id", "summary_synonyms.txt"):
        group = [" ".join(w.split()).lower() for w in line.split("|") if w.strip()]
        out.update((w, group[0]) for w in group[1:] if " " in w)
    return out


@lru_cache(maxsize=256)
def _phrases_pattern(phrases: frozenset[str]) -> re.Pattern[str] | None:
    """The phrases as one pattern of whole words, longest first, any case."""
    if not phrases:
        return None
    alternatives = "|".join(r"\s+".join(map(re.escape, p.split())) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alternatives})(?![\w-])", re.IGNORECASE)


def fact_text(text: str, short_forms: dict[str, str]) -> str:
    """The sentence as its facts are read in a story: a name its story writes in full and short in the short form (of
    three letters or more; not in the sentence that gives both, whose facts would only grow lighter), a phrase of
    ``summary_synonyms.txt`` as its group's first word."""
    shorts = {k: v for k, v in short_forms.items() if len(v) >= _SHORT_LETTERS and not re.search(rf"\b{re.escape(v)}\b", text)}
    replace = {**_phrase_synonyms(), **shorts}
    pattern = _phrases_pattern(frozenset(replace))
    if pattern is None:
        return text
    return pattern.sub(lambda m: replace[" ".join(m.group().split()).lower()], text)


# the fact of a count of one written as a word, a word and no figure (no "#")
_ONE = "~1"


@cache
def _synonym_roots() -> dict[str, str]:
    """A word's root -> the root of the first word of its group in ``summary_synonyms.txt``: "dana pribadi" and "uang
    pribadi" state one fact."""
    out: dict[str, str] = {}
    for line in word_list("id", "summary_synonyms.txt"):
        group = [w.strip().lower() for w in line.split("|") if w.strip()]
        for w in group[1:]:
            out.setdefault(_root(w), _root(group[0]))
    return out


# "5 tahun dan 6 bulan", "5 tahun 6 bulan penjara": a term of years and months, the figure "5,5 tahun" gives it
_YEARS_AND_MONTHS = re.compile(r"(?<![\d.,])(\d{1,2})\s+tahun\s+(?:dan\s+)?(3|6|9)\s+bulan\b", re.IGNORECASE)


def _years_and_months(text: str) -> list[str]:
    """The terms of years and a quarter, half or three quarters of a year as the one figure a sentence writing them
    with a fraction gives: "5 tahun dan 6 bulan" -> "5.5" (a prosecutor's demand, "5,5 tahun", in a verdict's words)."""
    return [f"{int(m.group(1)) + int(m.group(2)) / 12:g}" for m in _YEARS_AND_MONTHS.finditer(text)]


# a point before one or two digits, the figure's last: a decimal point as English writes it ("Mag:4.5", "6.78 inci"),
# not the thousands point ("1.500")
_DECIMAL_POINT = re.compile(r"\d+\.\d{1,2}")


def _figure_key(figure: str) -> str:
    """A figure as a fact: "1.500" -> "#1500", "4,5" and "4.5" -> "#4.5" (the thousands point goes, a decimal comma
    or point is a point)."""
    if _DECIMAL_POINT.fullmatch(figure):
        return "#" + figure
    return "#" + figure.replace(".", "").replace(",", ".")


@cache
def _month_names() -> dict[int, str]:
    """Month number -> its name in full, the first of the timex lexicon's (not an abbreviation)."""
    lx = default_grammar().lx
    names: dict[int, str] = {}
    for name in lx.months_full:
        names.setdefault(lx.months[name], name)
    return names


@cache
def _day_of_month() -> re.Pattern[str]:
    """A day of a month, written "10 Juni", "(10/6/2025)" or "(20/6)" (not a number over a year, "No. 4/2025")."""
    months = alternation(default_grammar().lx.months)
    return re.compile(
        rf"(?<![\d/.,])(\d{{1,2}})\s+({months})\b|(?<![\d/.,])(\d{{1,2}})/(\d{{1,2}})(?:/(?:\d{{4}}|\d{{2}}))?(?![\d/])",
        re.IGNORECASE,
    )


def _days(text: str) -> list[tuple[tuple[int, int], int, int]]:
    """The days of months a sentence gives, as (span, day, month): "(10/6/2025)" and "10 Juni" -> day 10, month 6."""
    out = []
    for m in _day_of_month().finditer(text):
        if m.group(1):
            day, month = int(m.group(1)), default_grammar().lx.months.get(m.group(2).lower(), 0)
        else:
            day, month = int(m.group(3)), int(m.group(4))
        if 1 <= day <= 31 and month in _month_names():
            out.append((m.span(), day, month))
    return out


def _without_spans(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span blanked out."""
    for start, end in reversed(spans):
        text = text[:start] + " " * (end - start) + text[end:]
    return text


# a word of two capitals standing alone: "RM", a suspect's initials "DI" (one capital is a group's letter, "Grup H",
# a list's, a numeral, more often than a name)
_SHORT_NAME = re.compile(r"(?<![\w.'\u2019/-])[A-Z]{2}(?![\w'\u2019/-])")


def short_names(text: str) -> frozenset[str]:
    """The names of two capitals a sentence gives ("RM dan V", "sopir berinisial DI"), lower case: the word tokens
    (three letters or more) drop them, and two outlets telling RM's release share no name without them. Not those
    every story writes ("RI", "PT", a numeral: ``summary_short_common.txt``)."""
    common = word_list("id", "summary_short_common.txt")
    return frozenset(m.group().lower() for m in _SHORT_NAME.finditer(text) if m.group() not in common)


@cache
def _happening_forms() -> tuple[dict[str, str], int]:
    """The words that report a kind of happening: the event triggers' forms (``event_triggers.tsv``, by type) and the
    summary's own (``summary_fact_classes.tsv``: a match's result, public attention), form -> kind, and the most
    words a form has."""
    kinds: dict[str, str] = {}
    for name in ("event_triggers.tsv", "summary_fact_classes.tsv"):
        for row in table("id", name):
            if len(row) > 1 and row[1].isupper():
                kinds.update((" ".join(form.split()), row[1]) for form in row[0].split("|") if form.strip())
    return kinds, max((len(form.split()) for form in kinds), default=0)


@cache
def _sports_forms() -> frozenset[tuple[str, str]]:
    """The (form, kind) pairs of the event triggers flagged "sport" (``event_triggers.tsv``): also words of a match
    ("ditahan" Al Hilal 1-1, "menyerang"), no happening of their kind in a sentence giving its score."""
    return frozenset(
        (" ".join(form.split()), row[1])
        for row in table("id", "event_triggers.tsv")
        if len(row) > 2 and "sport" in row[2].split(",")
        for form in row[0].split("|")
        if form.strip()
    )


_TOKEN = re.compile(r"[\w-]+")


def _happenings(
    text: str, scores: frozenset[str] | None = None, analysed: frozenset[str] = frozenset()
) -> tuple[frozenset[str], frozenset[str]]:
    """The kinds of happening a sentence reports ("erupsi", "meletus": DISASTER; "imbang", "takluk": RESULT), and the
    roots of the words that report them (which say no more than their kind: "meletus" and "erupsi" are one fact).
    A form is a run of whole words, "-nya" on its last one allowed ("kekalahannya"); the longest at a word wins.
    ``scores``: the match scores the sentence gives when read already (``read_scores``); ``analysed``: the types of the
    events its article's analysis found in it (``read_sentence_events``'s kinds; none for a headline, which it does not read)."""
    kinds, longest = _happening_forms()
    tokens = _TOKEN.findall(text.lower())
    # a sentence giving a match's score tells a match: a trigger the events flag "sport" tells a happening of its kind
    # there only when the events found one in it ("Kegagalan mengonversi penalti ... Real Madrid harus rela ditahan Al
    # Hilal 1-1" is a draw, no arrest; "suporter ... ditangkap polisi usai laga 2-1" is an arrest: the events' reading
    # of the word's sense, which the summary does not read again)
    sporting = bool(read_scores(text).results if scores is None else scores)
    found: set[str] = set()
    roots: set[str] = set()
    start = 0
    while start < len(tokens):
        for size in range(min(longest, len(tokens) - start), 0, -1):
            form = " ".join(tokens[start : start + size])
            kind = kinds.get(form) or (form.endswith("nya") and kinds.get(form[:-3]))
            next_word = tokens[start + size] if start + size < len(tokens) else ""
            # the events' not_next words deny the form here too ("pemukulan gong" is no assault)
            if kind and not denied_before((form, form.removesuffix("nya")), kind, next_word):
                if sporting and kind not in analysed and (form, kind) in _sports_forms():
                    start += size
                    break
                found.add(kind)
                roots.update(_root(w) for w in words(form))
                start += size
                break
        else:
            start += 1
    return frozenset(found), frozenset(roots)


def _shared_figures(a: Vector, b: Vector) -> bool:
    """Two figures in common (a day of a month counting as one: "19 Juni sampai 13 Juli"), or one specific one (three
    digits or more, or a fraction): one count, one sum, one span of days."""
    shared = [f for f in a if f[:1] in ("#", "@") and f in b]
    return len(shared) > 1 or any(_SPECIFIC.fullmatch(f) for f in shared)


def _shared_facts(a: Vector, b: Vector) -> float:
    """The weight of the facts two sentences share, over the lighter sentence's: 1.0 when one says nothing the other does not."""
    lighter = min(sum(a.values()), sum(b.values()))
    return sum(w for f, w in a.items() if f in b) / lighter if lighter else 0.0


def _without(facts: Vector, keys: frozenset[str]) -> Vector:
    """The facts but the names and figures: what is said of them."""
    return {f: w for f, w in facts.items() if f not in keys}


def _shared_past_speaker(a: _Candidate, b: _Candidate, shared: float) -> float:
    """The share of facts two sentences have in common (``shared``, worked out already) less their common speaker's
    words: one spokesman's two statements share his name and office, not a fact ("Kapuspenkum Kejagung Harli Siregar
    menyampaikan, undangan pemeriksaan telah dikirim" / "Harli mengatakan, penyidik masih berupaya memeriksa saksi
    lain")."""
    speaker = a.speaker & b.speaker
    if not speaker or not _frames_a_statement(a.text) or not _frames_a_statement(b.text):
        return shared  # ("Lisa meminta dibebaskan ...": who asks is the party of what is asked, not a frame)
    return _shared_facts(_without(a.facts, speaker), _without(b.facts, speaker))


@cache
def _speech_verbs() -> str:
    """The speech verbs of ``speech_verbs.tsv`` as one alternation, longest first."""
    return "|".join(sorted((re.escape(row[0]) for row in table("id", "speech_verbs.tsv")), key=len, reverse=True))


@cache
def _statement_frame() -> re.Pattern[str]:
    """A speech frame closed by a comma or "bahwa" at a sentence's start: "Menurutnya,", "Menurut Harli,", "Menurut Kapuspenkum
    Kejagung Harli Siregar,", "Harli mengatakan,", "Kapuspenkum Kejagung Harli Siregar mengatakan bahwa" (the fewest
    words before the verb: ``_speech_frame``'s greedy words would swallow the comma)."""
    verbs = _speech_verbs()
    return re.compile(rf"(?:menurut(?:nya|\s+[^,]{{1,80}})|\S+(?:\s+\S+){{0,7}}?\s+(?:{verbs})(?:nya)?)\s*(?:,|bahwa\b)", re.IGNORECASE)


def _frames_a_statement(text: str) -> bool:
    """The sentence reports a statement apart from its speaker: a speech frame closed by a comma or "bahwa"
    ("Harli mengatakan, penyidik ...", "Menurut Harli, ...") or a closing tag ('"...," kata Harli').
    ("Lisa meminta dibebaskan ...": who asks is the party of what is asked, not a frame.)"""
    return bool(_statement_frame().match(text)) or bool(_speech_tag().search(text))


_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_CAPITALISED_WHOLE = re.compile(r"\b[A-Z][\w'\u2019-]*")  # with what follows an apostrophe: "Eisti'anah", "Ma'ruf"
# a sentence's first word when it ends in "-nya" (four letters before it at least: not "Dia", "Nya")
_OPENING_WORD = re.compile(r"[\"\u201c'(]*([A-Za-z]{4,}nya)\b")
_CLAUSE_END = re.compile(r"[,;:]")
_SUBJECT_WORDS = 6
_NORMALISED = re.compile(r"[\W_]+")


def _names(text: str) -> set[str]:
    """The words of the sentence written with a capital inside it: the names it gives (its first word is anyone's)."""
    return {w for m in _CAPITALISED.finditer(text) if m.start() > 0 for w in words(m.group())}


def _story_names(texts: Sequence[str]) -> set[str]:
    """The words the story writes with a capital inside its sentences at least as often as without one: its names.
    A common word capitalised in an office's or a rule's name ("Peraturan Menteri", "Work From Anywhere") now and then
    stays a word: were it a name, a sentence saying what is done ("aturan", "kerja") would seem to say only who."""
    capitalised: Counter[str] = Counter()
    written: Counter[str] = Counter()
    for text in texts:
        capitalised.update(_names(text))
        written.update(w for w in words(text[1:]))
    # a word counted once per sentence it is capitalised in, against every time it is written inside a sentence
    return {w for w, n in capitalised.items() if 2 * n >= written[w]}


@cache
def _phrase_pattern(name: str, at_start: bool) -> re.Pattern[str]:
    """The phrases of a lang/id list as one pattern of whole words, at the start of the text or anywhere."""
    alternatives = alternation(lower_word_list("id", name))
    # anywhere in the text, a phrase starts a word: "ia" is not the end of "Indonesia", nor "ini" of "kini"
    start = "^" if at_start else r"(?<![\w-])"
    return re.compile(rf"{start}[\"\u201c'(]*(?:{alternatives})(?![\w-])", re.IGNORECASE)


@cache
def _teaser() -> re.Pattern[str]:
    """A lead that only promises the story ("... menarik diulas", "Segini kekayaan ..."): ``teaser_phrases.txt``."""
    return re.compile("|".join(f"(?:{p})" for p in word_list("id", "teaser_phrases.txt")), re.IGNORECASE)


@cache
def _speech_frame() -> re.Pattern[str]:
    """"Dony bilang", "Ia mengatakan", "Menurut Juru Bicara KPK Budi": a short clause that only says who speaks
    (``speech_verbs.tsv``)."""
    verbs = _speech_verbs()
    return re.compile(rf"(?:\S+(?:\s+\S+){{0,7}}\s+(?:{verbs})(?:nya)?|menurut(?:nya|(?:\s+\S+){{1,6}}))", re.IGNORECASE)


def _leans(text: str, story: bool = False) -> bool:
    """The sentence points back to one before it: it opens on "Mereka", "Menurutnya", "Hal itu"; it says "kala itu"
    anywhere; a pronoun ("ia", "mereka") is among its first words; or its subject has "ini"/"itu"/"tersebut" after a
    noun ("Laga seru ini ...", "Bos Sritex tersebut ...") that is not a time of now ("hari ini"). In a story's summary
    (``story``), which sets sentences of several articles side by side, also what reads as going on from a sentence
    before (``_goes_on``). (A one-article summary keeps its article's order, and its reader follows it there:
    IndoSum's summaries take those sentences as they come.)"""
    if _phrase_pattern("anaphoric_openers.txt", True).match(text) or _phrase_pattern("back_references.txt", False).search(text):
        return True
    # "Modusnya sama, ...", "Jumlahnya mencapai ...": an opening word that owns something told before
    if (opener := _OPENING_WORD.match(text)) and opener.group(1).lower() not in lower_word_list("id", "summary_nya_words.txt"):
        return True
    # a pronoun among the first words is the subject after an opening phrase ("Di akhir pleidoinya, ia ...")
    if _phrase_pattern("summary_pronouns.txt", False).search(" ".join(text.split()[:_SUBJECT_WORDS])):
        return True
    lead_in, subject = _subject_clause(text)
    first_clause = " ".join(subject.split()[:_SUBJECT_WORDS])
    # "Kedua kepala negara ...": a subject that counts people or things named before
    if _pair_reference().match(first_clause.strip()):
        return True
    if story and _goes_on(text, lead_in, first_clause):
        return True
    without_now = _without_now(first_clause)
    return bool(_phrase_pattern("demonstratives.txt", False).search(without_now))


def _goes_on(text: str, lead_in: str | None, first_clause: str) -> bool:
    """The sentence goes on from one before it: it opens on "Salah satunya", "Kali ini", "Pertama,"; it says "di sana"
    anywhere; its quote's speaker is only "-nya" ('..., ujarnya'); its opening phrase points back ("Lewat kebijakan
    ini, ..."); a pronoun is in the clause that phrase opens ("Menurut Juru Bicara KPK Budi, tim penyidik menggali
    pengetahuan mereka"); or a word among the subject's first adds to what was told ("Syafrin juga akan ...")."""
    if _phrase_pattern("summary_lean_openers.txt", True).match(text) or _phrase_pattern("summary_back_references.txt", False).search(text):
        return True
    # '"Kami menghadirkan ...," tuturnya': said by someone the sentence before names
    if _speaker_pronoun().search(text) or _owner_told_before(text):
        return True
    if lead_in and (
        _phrase_pattern("demonstratives.txt", False).search(_without_now(lead_in))
        or _phrase_pattern("summary_pronouns.txt", False).search(first_clause)
    ):
        return True
    # (a subject with a name in apposition runs past the first comma: "Kekasih Gusti, Dhea, juga terpukul")
    return _adds_to_told(first_clause if lead_in else " ".join(text.split()[:_SUBJECT_WORDS]))


# a short opening phrase up to its comma, and the first letter after it: "Pasca curhatannya viral di media sosial, p"
_OPENING_PHRASE = re.compile(r"^[\"\u201c'(]*([^,]{1,60}),\s*[\"\u201c'(]*(\w)")
_OWNED = re.compile(r"\b([A-Za-z]{4,}nya)\b")
_OPENING_PHRASE_WORDS = 7


def _owner_told_before(text: str) -> bool:
    """A short opening phrase of what came before (``summary_owned_openers.txt``) owns something with "-nya" and the
    clause after it names no party among its first words (``_owner_named_after``), the owner: "Pasca curhatannya
    viral di media sosial, pihak Garuda ..." (whose outburst? someone's told before), not "Usai pemeriksaannya, Iwan
    ..." (Iwan's), "Usai kemenangannya atas China, skuad Garuda ..." (the team's) nor "Dalam unggahannya, pihak ..."
    (a phrase of saying is the speaker's own)."""
    opening = _OPENING_PHRASE.match(text)
    if not opening or len(opening.group(1).split()) > _OPENING_PHRASE_WORDS:
        return False
    if opening.group(1).split()[0].lower() not in lower_word_list("id", "summary_owned_openers.txt"):
        return False
    if _owner_named_after(text[opening.end(2) - 1 :].split()[:_OWNER_WORDS]):
        return False
    owning = lower_word_list("id", "summary_nya_words.txt")
    return any(word.lower() not in owning for word in _OWNED.findall(opening.group(1)))


_OWNER_WORDS = 3  # the first words of the clause after the opening phrase, where its subject names its party


def _owner_named_after(subject: list[str]) -> bool:
    """The clause's subject names a party within its first words ("skuad Garuda", "aplikasi PeduliLindungi", "atlet
    asal Bandung Rizki ..."): the phrase's "-nya" is that party's, unless the party only answers for it ("pihak
    Garuda Indonesia memberikan klarifikasi": ``summary_answering_heads.txt``)."""
    answering = lower_word_list("id", "summary_answering_heads.txt")
    answers = False  # the words of a name after "pihak" ("pihak Lion Air") are the answering party's
    for word in subject:
        if not word[:1].isupper():
            answers = word.lower() in answering
        elif not answers:
            return True
    return False


# "Minggu (8/6/2025)", "(10/6)": a clause that only says the day, between a source's lead-in and the subject
_DAY_CLAUSE = re.compile(r"^\s*(?:[^\W\d]+\s*)?\(\d{1,2}/+\d{1,2}(?:/+\d{2,4})?\)\s*$")
_INDEFINITE = frozenset({"apa", "siapa", "mana", "kapan", "bagaimana", "mengapa", "kenapa"})  # "apa pun": not "too"


def _subject_clause(text: str) -> tuple[str | None, str]:
    """The sentence's opening phrase, when it opens on one (a speech frame, "Dalam unggahannya", "Mengutip People"),
    and the clause where its subject is: the first clause, or the one the phrase opens (past a day: "Mengutip People,
    Minggu (8/6/2025), momen itu ...")."""
    clauses = _CLAUSE_END.split(text, 3)
    lead_in = clauses[0].strip()
    scene = _phrase_pattern("summary_scene_openers.txt", True)
    if len(clauses) < 2 or not (_speech_frame().fullmatch(lead_in) or scene.match(lead_in)):
        return None, clauses[0]
    if len(clauses) > 2 and _DAY_CLAUSE.match(clauses[1]):
        return lead_in, clauses[2]
    return lead_in, clauses[1]


def _adds_to_told(first_clause: str) -> bool:
    """A word among the subject's first words that adds to what was told: "Pinkan juga sudah membenarkan", "Sri pun
    bertanya" (``summary_additive_words.txt``), not "apa pun"."""
    tokens = _TOKEN.findall(first_clause.lower())
    additive = lower_word_list("id", "summary_additive_words.txt")
    return any(w in additive and (k == 0 or tokens[k - 1] not in _INDEFINITE) for k, w in enumerate(tokens) if k)


@cache
def _speaker_pronoun() -> re.Pattern[str]:
    """', ujarnya', '" tuturnya': a speech verb after what was said, its speaker only "-nya" (``speech_verbs.tsv``)."""
    after = [re.escape(row[0]) for row in table("id", "speech_verbs.tsv") if row[1:2] == ("after",)]
    verbs = "|".join(sorted(after, key=len, reverse=True))
    return re.compile(rf"[,\"\u201d]\s*(?:{verbs})nya\b", re.IGNORECASE)


@cache
def _pair_reference() -> re.Pattern[str]:
    """"Kedua kepala negara", "Ketiga tersangka": an ordinal before a word, not "Kedua, ..." opening a list
    (``summary_pair_references.txt``)."""
    return re.compile(rf"[\"\u201c'(]*(?:{alternation(lower_word_list('id', 'summary_pair_references.txt'))})\s+[^\W\d]", re.IGNORECASE)


def _without_now(text: str) -> str:
    """The text without its times of now ("hari ini", "tahun ini", a day given with its date: "Selasa (10/6/2025)
    ini"), which point at no earlier sentence; "46 tahun ini" after a figure is someone's age told before ("wanita 46
    tahun ini"), and stays."""
    text = _phrase_pattern("deictic_times.txt", False).sub(lambda m: m.group() if _AGE_BEFORE.search(text, 0, m.start()) else " ", text)
    return _DATED_NOW.sub(lambda m: m.group()[: -len("ini")], text)


# "pada Selasa (10/6/2025) ini": the day the sentence dates, said to be today
_DATED_NOW = re.compile(r"\(\d{1,2}/\d{1,2}(?:/\d{2,4})?\)\s+ini\b")


_AGE_BEFORE = re.compile(r"\d\s+$")


def _stands_alone(text: str) -> bool:
    """Nothing in a sentence that does not lean (``_leans``) points outside it further on either: no demonstrative
    after a noun anywhere ("... empat pulau tersebut") but a time of now."""
    without_now = _without_now(text)
    return not _phrase_pattern("demonstratives.txt", False).search(without_now)


def _headline_run_in(text: str, title: str | None, config: SummaryConfig) -> bool:
    """The article's headline run into its lead ("JADWAL Timnas Indonesia U-23vs Filipina di Piala AFF U-23 2025."):
    most of the sentence, letters and digits only, is one stretch of the headline."""
    if not title:
        return False
    sentence, headline = _NORMALISED.sub("", text.lower()), _NORMALISED.sub("", title.lower())
    if not sentence:
        return False
    # the longest stretch the two share is this long or more exactly when some stretch of the sentence this
    # long is in the headline: a substring test per start, not difflib's longest match (the same answer)
    needed = max(0, math.ceil(config.headline_share * len(sentence)))
    if needed > len(headline):
        return False
    return any(sentence[start : start + needed] in headline for start in range(len(sentence) - needed + 1))


def _says_something(text: str, title: str | None, config: SummaryConfig, several: bool = False) -> bool:
    """Not a question (asked, or quoted: a lawyer's question in court tells no fact), a teaser, or the headline run into
    the lead: those promise the story and tell none of it. In a story of several articles, no announcement either
    (``_promise``): another outlet tells what it promises ("mengungkap motif" / the motive)."""
    if text.rstrip("\"'\u201d\u2019) ").endswith("?") or _QUOTED_QUESTION.search(text):
        return False
    if several and (_promise().match(text) or _unattributed_personal(text) or _foreign(text) or not has_predicate(text)):
        return False
    if several and _no_main_clause(text):
        return False
    return not (_teaser().search(text) or _headline_run_in(text, title, config))


_ASIDE = re.compile(r"\([^()]*\)")
# a verb's affixes: me-, ber-, di-, ter- before a stem of three letters or more; -kan after one of three letters or
# more ("pekan" is none); ke-...-an of what befalls a subject ("Jepang kedatangan tamu", "Timnas ketinggalan 0-3"; a
# noun of that form only keeps a sentence in)
_AFFIXED_VERB = re.compile(rf"{_CLAUSE_VERB.pattern}|ke[a-z]{{3,}}an")
_PARTICLE = re.compile(r"(?:nya|lah|pun)$")


@cache
def _count_told() -> re.Pattern[str]:
    """A figure told as a clause's predicate: a word of ``summary_count_leads.txt``, a number and the noun it counts
    ("kini 14 orang")."""
    leads = alternation(lower_word_list("id", "summary_count_leads.txt"))
    return re.compile(rf"(?<![\w-])(?i:{leads})\s+\d[\d.,]*\s+[^\W\d_]+" if leads else r"(?!)")


def has_predicate(text: str) -> bool:
    """The sentence has a word that can be its predicate: an affixed verb ("menyerahkan", "ditahan", "berlangsung",
    "terjadi", "diberikan"), not a superlative ("terbaru": ``summary_ter_adjectives.txt``), or a bare one, an auxiliary,
    a negation, a predicate adjective (``summary_bare_predicates.txt``). A scrape's cut piece has none: "III MMI di
    Pangandaran (getaran dirasakan jelas)." (what is between brackets is an aside), "RS e:HEV, model hybrid pertama
    Honda di segmen SUV kompak, pada Selasa." Names, written with a capital inside the sentence, are no predicate."""
    if _count_told().search(text):
        return True
    bare = lower_word_list("id", "summary_bare_predicates.txt")
    not_verbs = lower_word_list("id", "summary_ter_adjectives.txt")
    for k, token in enumerate(_WORD.findall(_ASIDE.sub(" ", text))):
        word = token.lower()
        if word in bare or _PARTICLE.sub("", word) in bare or word.split("-")[0] in bare:  # ("Rp" too, written with a capital)
            return True
        if (not k or token[:1].islower()) and word not in not_verbs and _AFFIXED_VERB.fullmatch(word.split("-")[0]):
            return True
    return False


@cache
def _fragment_opener() -> re.Pattern[str]:
    """A sentence's opening word of a clause that cannot stand alone (``summary_fragment_openers.txt``: "Setelah",
    "Berdasarkan", "Dilansir"), not the adverb of time it makes with "itu", "ini" or "tersebut" ("Setelah itu", "Saat
    ini", "Meski begitu": ``demonstratives.txt``, ``summary_opener_adverbs.txt``): the rest of the sentence is that
    clause, up to its first comma."""
    openers = alternation(lower_word_list("id", "summary_fragment_openers.txt"))
    adverbs = alternation(lower_word_list("id", "demonstratives.txt") | lower_word_list("id", "summary_opener_adverbs.txt"))
    if not openers:
        return re.compile(r"(?!)")
    # (a quote that opens on one is someone's words, whole as said: '"Karena datanya belum valid," tulisnya.')
    return re.compile(rf"(?:{openers})(?![\w-])(?!\s+(?:{adverbs})(?![\w-]))", re.IGNORECASE)


def _no_main_clause(text: str) -> bool:
    """The sentence is only a clause of time, cause or source, its main clause missing: no predicate after the opening
    word but the clause's own verb right after it, and no comma ("Setelah ditunjuk sebagai pelatih baru Los
    Blancos.", "Sebab memiliki peluang pengembangan yang efektif."), or only the day after its comma ("Berdasarkan
    informasi yang dihimpun dari berbagai sumber, Senin (9/6/2025)."). "Setelah melewati 12 rute KM Sabuk Nusantara 76
    tiba di Gorontalo" and "Usai menjalani pemeriksaan Hasto langsung ditahan." have a main clause: a predicate after
    the party."""
    opening = _fragment_opener().match(text)
    if not opening:
        return False
    after = text[opening.end() :]
    clause, *rest = _CLAUSE_COMMA.split(after, 1)
    if rest:
        # (a clause after the comma is the main one, its predicate maybe a word no list holds: "Selama setengah jam,
        # Sule dan Nathalie live bareng"; only a day there is none)
        return _only_a_day(rest[0])
    found = _WORD.findall(_ASIDE.sub(" ", after))
    # only the clause's own verb opening it, with no subject ("Setelah ditunjuk ...", "Usai menjalani ..."): a clause
    # opening on a noun with no predicate after it may be a whole sentence whose predicate is an adjective ("Akibat
    # hujan deras jalanan licin.", "Selama libur Lebaran kawasan Puncak sepi.")
    # (a ke-...-an noun is no verb there: "Akibat kerugian Rp1,5 miliar perusahaan itu bangkrut")
    own_verb = bool(found) and found[0][:1].islower() and bool(_CLAUSE_VERB.fullmatch(found[0].split("-")[0]))
    return own_verb and not has_predicate(after[after.index(found[0]) + len(found[0]) :])


def _only_a_day(text: str) -> bool:
    """The text gives a day and nothing else: "Senin (9/6/2025).", "Minggu, 15 Juni 2025", a bare "Senin." (its words
    but the days all weekday or month names, ``calendar_words``)."""
    days = _days(text)
    rest = _without_spans(text, [span for span, _, _ in days]).lower()
    written = _WORD.findall(rest)
    return bool(days or written) and all(w in calendar_words() for w in written)


_CLAUSE_COMMA = re.compile(r",(?!\d)")  # (a decimal comma, "Rp1,5 miliar", ends no clause)


def _speaker_text(text: str, found: frozenset[str] = frozenset()) -> str:
    """The words of a sentence that say who speaks: its opening speech frame ("Menteri Dalam Negeri (Mendagri), Tito
    Karnavian menyebutkan ...", "Menurut Kapolres Budi, ...") or its closing tag ('..., kata Kapolres Budi, Senin.').
    ``found``: the types of the events the sentence's analysis found in it (``read_sentence_events``'s kinds)."""
    spoken = []
    # (not a quote's words before its tag, '"Kami sudah menahan pelaku," kata', nor a happening told before the verb of
    # saying, "Prabowo bertemu Putin dan menyebut"; a verb that frames, "Kapolres membenarkan", is one of saying)
    opening = _speech_frame().match(text)
    if opening and not _QUOTE_MARK.search(opening.group()) and not _happenings(opening.group(), analysed=found)[0] - frame_kinds():
        spoken.append(opening.group())
    if closing := _speech_tag().search(text):
        spoken.append(text[closing.start() :])
    return " ".join(spoken)


def _unattributed_personal(text: str) -> bool:
    """Someone's words with no quotation marks and no speaker ("Ramai-ramai kok, sama tim dan adik aku juga."), or the
    writer talking to the reader ("Kalau kamu punya teman setia ..."): a word of a speaker or to a reader
    (``summary_personal_words.txt``) in a sentence that is no reported speech."""
    personal = lower_word_list("id", "summary_personal_words.txt")
    return not _is_reported_speech(text) and any(w in personal for w in _TOKEN.findall(text.lower()))


# a foreign sentence has at least this many of the foreign function words
_FOREIGN_WORDS = 2


def _foreign(text: str) -> bool:
    """A sentence in English ("Swansea City can confirm Nathan has left the club ..."): English function words and
    no Indonesian one (``summary_foreign_words.txt``, ``summary_native_words.txt``)."""
    tokens = _TOKEN.findall(text.lower())
    if not lower_word_list("id", "summary_native_words.txt").isdisjoint(tokens):
        return False
    return sum(w in lower_word_list("id", "summary_foreign_words.txt") for w in tokens) >= _FOREIGN_WORDS


# '"... kenapa tidak mau menjadi pejabat negara?" tanya Ronny': a quote that ends on a question mark
_QUOTED_QUESTION = re.compile(r"\?[\"\u201d]")


@cache
def _promise() -> re.Pattern[str]:
    """A sentence that announces what was told and does not tell it ("Polisi mengungkap motif di balik kasus itu",
    ``summary_promise_phrases.tsv``): a verb of telling in its first clause, a noun of what is told, at most an adjective
    and two lower-case words more, then a preposition or the sentence's end. The verb may follow a name the scrape glued
    it to ("Al Ghazalimengungkapkan"), a preposition a figure ("untuk4 pulau")."""
    parts = {row[0]: alternation(row[1].split("|")) for row in table("id", "summary_promise_phrases.tsv") if len(row) > 1}
    return re.compile(
        rf"^[^,;:\"\u201c\u201d]{{0,80}}?(?:{parts['verb']})\s+(?:(?:{parts['quantity']})\s+)?(?:{parts['noun']})(?:nya)?"
        rf"(?:\s+(?:{parts['adjective']}))?(?:\s+(?-i:[a-z-]+)){{0,2}}?(?:\s+(?:{parts['after']})(?![a-z-])|\s*[.!]$)",
        re.IGNORECASE,
    )


def _summary_candidates(articles: Sequence[StoryArticle], df: DocumentFrequencies, config: SummaryConfig) -> list[_Candidate]:
    common = df.common_words(0.2)
    whole = [(a, pos, text) for a in articles for pos, text in sentences(a) if _whole_sentence(text, config)]
    # a word the story writes with a capital inside a sentence is a name, at the start of a sentence too ("Dadan mengatakan")
    names = _story_names([text for _, _, text in whole])
    name_stems = {_root(n) for n in names}
    several = len({a.id for a in articles}) > 1
    # (one outlet writes "Kementerian Luar Negeri", another "Kemlu": in a story, one party)
    shorts, first_told = (story_short_forms([text for _, _, text in whole]), _first_told(whole)) if several else ({}, {})
    out = []
    for a, pos, text in whole:
        if _says_something(text, a.title, config, several) and (vec := weigh(Counter(words(text)), df)):
            told = fact_text(text, shorts)  # (its facts and its keys read from the one text, short forms in)
            scores = read_scores(told)
            facts = _facts(told, df, common, scores)
            # (a day of a month, "@10/6", is a key too: when, not what is said of the names)
            keys = frozenset(f for f in facts if f[:1] in ("#", "@") or f in name_stems) | short_names(told)
            # a lead leans on nothing the reader of one article lacks but its headline: only its openers count ("Mereka
            # ..."); a story's summary shows no headline, so there a lead's "kredit tersebut" points outside it too
            leans = _leans(text, several) if pos or several else bool(_phrase_pattern("anaphoric_openers.txt", True).match(text))
            alone = not leans and _stands_alone(text)
            candidate = _Candidate(a.id, a.outlet, pos, text, vec, facts, leans, keys, alone, scores=scores.results)
            # (what happened is compared across outlets only: a one-article summary has no other outlet's words)
            if several:
                _read_in_story(candidate, a, told, df, common, frozenset(name_stems), first_told[a.id])
            out.append(candidate)
    if several:
        _across_outlets(out, df)
    return out


def _read_in_story(
    candidate: _Candidate,
    article: StoryArticle,
    told: str,
    df: DocumentFrequencies,
    common: frozenset[str],
    names: frozenset[str],
    first_told: dict[str, int],
) -> None:
    """What a sentence of a story of several articles tells beside other outlets' sentences: its kinds of happening
    and events, its main predicate (``told``: its text with the story's short forms; ``names``: the roots of the
    story's names), and, when it points outside itself, the nouns it points at (``summary_pointing``; ``first_told``:
    each root of its article's words -> the first sentence giving it). ``df``, ``common``: the document frequencies
    and the words common in news."""
    _tell_happenings(candidate, article, df, common)
    candidate.readings = happening_readings(told, _fact_root)
    candidate.predication = _predication_of(told, article, names)
    if not candidate.leans and not candidate.stands_alone:
        candidate.pointed = pointed_nouns(_without_now(candidate.text), (first_told, candidate.position), common, _fact_root)


def _first_told(whole: list[tuple[StoryArticle, int, str]]) -> dict[str, dict[str, int]]:
    """For each article, each root of its sentences' words -> the position of the first sentence that gives it: what a
    demonstrative in a later sentence may point back at (``summary_pointing``). Each sentence's words are read once."""
    out: dict[str, dict[str, int]] = {}
    for a, pos, text in whole:
        first = out.setdefault(a.id, {})
        for w in words(text):
            first.setdefault(_fact_root(w), pos)
    return out


def _predication_of(told: str, article: StoryArticle, names: frozenset[str]) -> Predication | None:
    """The main predicate of a sentence of a story (``told``: its text with the story's short forms), none for one that
    tells the past (``_tells_past``)."""
    if _tells_past(told, article.day):
        return None
    return _main_predication(told, names | short_names(told))


def _tells_past(text: str, day: date | None) -> bool:
    """The sentence names a year before its article's: it tells what happened then ("Marinir AS telah dikerahkan
    untuk Badai Katrina dan serangan 11 September 2001"), not the story's happening, whatever its verb."""
    return day is not None and any(int(m.group(1) or m.group(2)) < day.year for m in _year_written().finditer(text))


@cache
def _year_written() -> re.Pattern[str]:
    """A four-digit number that is a year: after a year's cue word (``summary_year_cues.txt``: "pada", "sejak",
    "tahun"; one word may come between, "musim panas 2020"), a month, or a name ("Piala Dunia 2022", "Idul Fitri
    2024"; not a currency, ``amount_units.txt``), or before "silam" or "lalu". A number after none of these is as
    often a count ("Sebanyak 2000 personel", "hadis nomor 1979")."""
    cues = alternation([*lower_word_list("id", "summary_year_cues.txt"), *(row[0] for row in table("id", "months.tsv") if len(row) > 1)])
    # (a capital that opens a sentence is no name: "Sebanyak 2000 personel", nor a currency's: "Rp 2000")
    money = alternation(lower_word_list("id", "amount_units.txt") | lower_word_list("id", "summary_count_leads.txt"))
    year = r"((?:19|20)\d\d)(?![\d/.,]\d|/)"
    before = rf"(?:(?i:\b(?:{cues}))(?:\s+[a-z]+)?|(?<=[\w,]\s)(?!(?i:{money})\b)[A-Z][\w-]+)\s+"
    return re.compile(rf"{before}{year}|(?<![\d/.,]){year}(?=\s+(?i:silam|lalu)\b)")


def _main_predication(text: str, names: frozenset[str]) -> Predication | None:
    """The sentence's main predicate with its subject and object, read from its subject on: past an opening phrase
    that only says who speaks or where ("Menurut Kapolres Budi, ...", "Dalam unggahannya, ...")."""
    lead_in, clause = _subject_clause(text)
    start = text.find(clause.strip()) if lead_in else 0
    return predication(text[max(start, 0) :], names, _fact_root)


def _fact_root(word: str) -> str:
    """A word's root as a fact: its group's first word's for a word of ``summary_synonyms.txt`` ("diterjunkan" is
    "dikerahkan", "kematian" is "meninggal")."""
    root = _root(word)
    return _synonym_roots().get(root, root)


def _tell_happenings(candidate: _Candidate, article: StoryArticle, df: DocumentFrequencies, common: frozenset[str]) -> None:
    """What a sentence of a story of several articles tells, for comparing it with other outlets' sentences: the kinds
    of happening it reports (a frame around another left out), the events, arrests, goals and gatherings its article's
    analysis found in it, whether it is reported speech, and who says it."""
    text = candidate.text
    told = read_sentence_events(article, text, _root, common)  # (one walk over the article's events)
    found = told.kinds
    happenings, candidate.happening_roots = _happenings(text, candidate.scores, found)
    # (a score tells how the match ended, or stood, whatever words go with it: "membukukan keunggulan 4-0 atas Al Ain")
    candidate.happenings = without_frames(happenings | ({RESULT_KIND} if candidate.scores else set()))
    candidate.events, candidate.role_events = told.named, told.roles
    candidate.goals = sentence_goals(text)
    candidate.held = _says_held(text)
    candidate.speech = _is_reported_speech(text)
    # (a figure or a day in the frame is what is said: "Hingga pukul 00.20 WIB, BMKG belum mencatat")
    candidate.speaker = frozenset(f for f in _facts(_speaker_text(text, found), df, common) if f[:1] not in ("#", "@"))


def _across_outlets(candidates: list[_Candidate], df: DocumentFrequencies) -> None:
    """What a story's sentences share whatever outlet writes them: one word in its forms, one figure written short and
    in full ("Rp11,8 triliun" / "Rp11.880.351.802.619"); then each sentence's parties."""
    # the forms of one word with other affixes ("memperpanjang" / "perpanjangan"), then with a few letters more
    _rename_facts(candidates, key_merges((w for c in candidates for w in words(c.text)), _root))
    _merge_word_forms(candidates)
    for c, shorts in zip(candidates, short_forms([c.text for c in candidates]), strict=True):
        c.facts.update((key, df.idf("#")) for key in shorts)
        c.keys |= shorts
    for c in candidates:
        c.parties = party_names(frozenset(k for k in c.keys if not k.startswith("@")), _root)  # (a day is no party)


_FORM_EDGE = 5  # letters two forms of one word share at their start or end ("unduh" / "ngunduh", "raung" / "raungdi")
_FORM_EXTRA = 3  # letters one form may have more: a colloquial prefix ("ng-"), a preposition glued on by the scrape ("-di")


def _merge_word_forms(candidates: list[_Candidate]) -> None:
    """One fact for two forms of one word across the story's sentences: a word and the same word with a few letters
    more at its start or end ("unduh mantu" / "ngunduh mantu", "Gunung Raung" / "Gunung Raungdi" glued by the scrape)
    the stemmer does not take off. The longer form becomes the shorter, in the facts, the names and the happening words."""
    forms = sorted({f for c in candidates for f in c.facts if f[:1] not in ("#", "@")}, key=lambda f: (len(f), f))
    heads: dict[str, list[str]] = {}
    tails: dict[str, list[str]] = {}
    into: dict[str, str] = {}
    for f in forms:
        if len(f) < _FORM_EDGE:
            continue
        shorter = [g for g in heads.get(f[:_FORM_EDGE], []) if f.startswith(g)]
        shorter += [g for g in tails.get(f[-_FORM_EDGE:], []) if f.endswith(g)]
        if shorter := [g for g in shorter if len(f) - len(g) <= _FORM_EXTRA]:
            into[f] = into.get(shorter[0], shorter[0])
            continue
        heads.setdefault(f[:_FORM_EDGE], []).append(f)
        tails.setdefault(f[-_FORM_EDGE:], []).append(f)
    _rename_facts(candidates, into)


def _rename_facts(candidates: list[_Candidate], into: dict[str, str]) -> None:
    """Each fact key of ``into`` becomes the key it maps to, in the facts, the names, the happening words and the
    events' parties."""
    if not into:
        return
    for c in candidates:
        merged: Vector = {}
        for f, w in c.facts.items():
            f = into.get(f, f)
            merged[f] = max(merged.get(f, 0.0), w)
        c.facts = merged
        c.keys = frozenset(into.get(f, f) for f in c.keys)
        c.happening_roots = frozenset(into.get(f, f) for f in c.happening_roots)
        c.speaker = frozenset(into.get(f, f) for f in c.speaker)
        c.readings = renamed(c.readings, into)
        c.events = tuple((kind, frozenset(into.get(p, p) for p in parties)) for kind, parties in c.events)


@cache
def _logistics_words(role: str | None = None) -> frozenset[str]:
    """The words of a gathering's logistics (``summary_logistics.tsv``) of a role, or all of them."""
    return frozenset(row[0] for row in table("id", "summary_logistics.tsv") if len(row) > 1 and role in (None, row[1]))


@cache
def _report_roots() -> frozenset[str]:
    """The roots of the words that only say a happening took place or was reported (``summary_report_words.txt``)."""
    return frozenset(_fact_root(w) for w in lower_word_list("id", "summary_report_words.txt"))


def _says_held(text: str) -> bool:
    """The sentence says a gathering took place or who came to it: "Rapat digelar ...", "Laga berlangsung ...",
    "Hadir di antaranya ...", not in a clause of "yang" about something else ("menetapkan komisaris dalam RUPS yang
    berlangsung di ...")."""
    tokens = _TOKEN.findall(text.lower())
    held = _logistics_words("held")
    if not _logistics_words("attended").isdisjoint(tokens):
        return True  # "Hadir di antaranya ...", "menteri yang hadir ...": who came
    return any(w in held and "yang" not in tokens[max(0, k - 2) : k] for k, w in enumerate(tokens))


@cache
def _logistics_roots() -> frozenset[str]:
    return frozenset(_root(w) for w in _logistics_words())


@cache
def _day_or_hour() -> re.Pattern[str]:
    """A day of a month ("10 Juni 2025", "(10/6/2025)", "(20/6)") or an hour ("pukul 09.30", "23.55 WIB")."""
    zones = alternation(row[0] for row in table("id", "timezones.tsv") if row and row[0])
    months = alternation(row[0] for row in table("id", "months.tsv") if len(row) > 1)
    return re.compile(
        rf"\b\d{{1,2}}\s+(?:{months})\b|\b\d{{1,2}}/\d{{1,2}}(?:/\d{{2,4}})?\b"
        rf"|\b(?:pukul|jam)\s+\d{{1,2}}(?:[.:]\d\d)?|\b\d{{1,2}}[.:]\d\d\s*(?:{zones})\b",
        re.IGNORECASE,
    )


@cache
def _future_words() -> frozenset[str]:
    """The words that put a date after the telling ("akan", "dijadwalkan": ``tense_cues.tsv``)."""
    return frozenset(row[0] for row in table("id", "tense_cues.tsv") if len(row) > 1 and row[1] == "future")


@lru_cache(maxsize=4096)
def _day_and_hour_figures(text: str) -> frozenset[str]:
    """The figure facts a sentence's days of months and hours give ("10 Juni", "pukul 09.30": "#10", "#0930")."""
    figures: set[str] = set()
    for m in _day_or_hour().finditer(text):
        for figure in [*_FIGURE.findall(m.group()), *_NUMBER_OF_YEAR.findall(m.group())]:
            figures.add(_figure_key(figure))
    return frozenset(figures)


def _said_but_logistics(c: _Candidate) -> Vector:
    """What a sentence says but its names, its figures and the words of logistics. An attendee comes with a title
    written with a capital ("Menteri Lingkungan Hidup Hanif Faisol"): a name too."""
    written = {_root(w.lower()) for name in _CAPITALISED_WHOLE.findall(c.text)[1:] for w in words(name)}
    return {f: w for f, w in _without(c.facts, c.keys).items() if f not in _logistics_roots() and f not in written}


def _unit(vec: Vector) -> Vector:
    """The vector over its length (its length worked out once), unchanged when it has none."""
    length = norm(vec) or 1.0
    return {t: v / length for t, v in vec.items()}


def _one_event(a: _Candidate, b: _Candidate) -> bool:
    """Two sentences tell one happening, however worded, with whatever detail more (in one article too: a later
    sentence telling its lead again): the same event (type and a party) the analysis found in both, a match's result
    of a party both name, one goal in a scorer list and in prose, the suspect's arrest told with "pelaku" and with
    "tersangka"."""
    if told_again(a.events, b.events):
        return True
    if same_outcome(a.happenings, a.parties, b.happenings, b.parties) and not other_scores(a.scores, b.scores):
        return True
    return same_goal(a.goals, b.goals) or role_event_again(a.happenings, a.role_events, b.happenings, b.role_events)


def _tells_again(a: _Candidate, b: _Candidate) -> bool:
    """Sentence a tells a happening or a fact sentence b tells, in whatever words: it goes on telling b's happening,
    the analysis found one event in both, the two state one fact (``_same_fact``), or both say only that one party drew
    notice (``_noticed_again``); or one tells the other's fact inside a longer sentence (``_told_within``, either way:
    one registration, whichever of the two is picked first)."""
    if _goes_on_telling(a, b) or _one_event(a, b) or _same_fact(a, b) or _noticed_again(a, b):
        return True
    return _told_within(a, b) or _told_within(b, a)


def _noticed_again(a: _Candidate, b: _Candidate) -> bool:
    """Both sentences say people took notice ("menjadi sorotan", "ramai diperbincangkan": a class flagged "empty" in
    ``summary_fact_classes.tsv``) of a party both name: one fact, whatever else either adds ("Setelah bercerai,
    kehidupan Sarwendah tak luput dari sorotan publik" / "Kedekatan Sarwendah dengan Giorgio tengah menjadi sorotan")."""
    return bool(a.happenings & b.happenings & flagged_classes("empty")) and bool(a.parties & b.parties)


def _same_fact(a: _Candidate, b: _Candidate) -> bool:
    """Two sentences state one fact: the same main predicate (a verb or its noun form) of the same party
    (``same_predication``; a pronoun subject going on from the sentence before is that sentence's subject), on no two
    different days ("diperiksa Senin" / "diperiksa lagi Selasa" are two examinations) and with no two different counts
    ("Huawei menerima 1.600 pesanan" / "Huawei menerima 3.600 pesanan": ``_other_counts``)."""
    if a.predication is None or b.predication is None:
        return False
    if _other_days(a, b) or _other_counts(a, b):
        return False
    inherit = a.article == b.article and a.position == b.position + 1
    return same_predication(a.predication, b.predication, inherit)


def _told_within(a: _Candidate, b: _Candidate) -> bool:
    """Sentence b tells sentence a's fact (its main predicate, its parties, whom it is done to) inside a longer one,
    around another main verb or after a relative clause ("Kusnadi ditemukan berjalan sendirian ..." after "Mantan
    Ketua DPRD Jatim Kusnadi yang dilaporkan hilang, kini sudah ditemukan": ``told_within``), on no two different
    days and with no two different counts (``_other_counts``)."""
    if a.predication is None or _other_days(a, b) or _other_counts(a, b):
        return False
    # (an act done and one told as ahead or as an aim are two facts: "Layanan ini diluncurkan anak-anak Trump pada
    # Senin" / "Trump melisensikan namanya untuk meluncurkan layanan seluler", "... mengumumkan akan meluncurkan")
    predicate = a.predication.predicate
    if told_as_a_plan(a.text, predicate, _fact_root) != told_as_a_plan(b.text, predicate, _fact_root):
        return False
    if told_aside(b.text, predicate, _fact_root):
        return False  # (b tells it only of a party on the way: "Gunung Raung yang berada di perbatasan ... kembali erupsi")
    return told_within(a.predication, b.facts, b.predication)


_COUNT_FLOOR = 10  # a figure below it is seldom the count a fact gives ("roda empat", "dua kali", "ke-4")


def _other_counts(a: _Candidate, b: _Candidate) -> bool:
    """Both sentences give counts (a figure of ``_COUNT_FLOOR`` or more) and none in common: two facts ("3.600
    pesanan dalam tujuh hari" / "pemesanannya tembus 1.600 unit")."""
    counts = [{k for k in c.keys if k[:1] == "#" and _count(k[1:]) >= _COUNT_FLOOR} for c in (a, b)]
    return bool(counts[0] and counts[1] and not counts[0] & counts[1])


def _count(key: str) -> float:
    """A figure key's value ("1600", "1.5"), 0 for one that reads as none."""
    try:
        return float(key)
    except ValueError:
        return 0.0


def _other_days(a: _Candidate, b: _Candidate) -> bool:
    """Both sentences give a day, and no day in common: two happenings ("diperiksa Senin" / "diperiksa lagi Selasa",
    "Banjir kembali terjadi pada Kamis" after a flood on Tuesday)."""
    days, told_days = {k for k in a.keys if k[:1] == "@"}, {k for k in b.keys if k[:1] == "@"}
    return bool(days and told_days and not days & told_days)


@cache
def _condition() -> re.Pattern[str]:
    """The words that open a condition ("asal tidak", "jika": ``summary_condition_words.txt``)."""
    return re.compile(rf"(?<![\w-])(?:{alternation(lower_word_list('id', 'summary_condition_words.txt'))})(?![\w-])", re.IGNORECASE)


def _drops_condition(text: str, told: str) -> bool:
    """Sentence ``told`` sets a condition ("... boleh dibawa asal tidak berlebihan") that ``text`` does not: the
    condition is part of its fact, and a telling without it is no fuller one."""
    return bool(_condition().search(told)) and not _condition().search(text)


def _goes_on_telling(a: _Candidate, b: _Candidate) -> bool:
    """Sentence a goes on from sentence b, the one before it in its article, and reports no kind of happening b does
    not: it tells b's happening again of the one b names ("PSG kalah dari Botafogo." / "Bermain di Rose Bowl, sang juara
    Liga Champions itu tumbang dengan skor tipis 0-1 dari klub asal Brasil tersebut.")."""
    pointing_back = a.leans or not a.stands_alone  # ("sang juara itu", past the first clause, points back too)
    return a.article == b.article and a.position == b.position + 1 and pointing_back and bool(a.happenings) and a.happenings <= b.happenings


@dataclass
class _Selection:
    """Maximal marginal relevance: the candidates, their relevance, and the picks made so far."""

    candidates: list[_Candidate]
    config: SummaryConfig
    relevance: list[float] = field(default_factory=list)
    chosen: list[int] = field(default_factory=list)
    several: bool = False  # the story has several articles: outlets restate each other, an article goes on from its lead
    # the cosines of candidates with picks, worked out once: each pick is compared with every candidate again
    likeness: dict[tuple[int, int], float] = field(default_factory=dict)
    # candidates that restate a pick or add little to the picks: they stay out when the pick goes (``_give_up``)
    ruled_out: set[int] = field(default_factory=set)
    dropped: set[int] = field(default_factory=set)  # picks that gave their place up: never picked again
    # a sentence of an outlet with no pick that took the place of a pick telling the same fact, which the pick's next
    # sentence leans on ("Ini merupakan bagian dari relokasi ..."): it stands where that pick stood, before the sentence
    stand_in: dict[int, int] = field(default_factory=dict)
    on_story: dict[str, float] = field(default_factory=dict)  # each article's likeness to the story's centre over the best
    headlines: dict[str, Vector] = field(default_factory=dict)  # each titled article's headline, a unit vector
    asides: frozenset[int] = frozenset()  # the remarks around the story (``_asides``): weighed less, never its opening
    # the roots of each titled article's headline's words: whom the outlets say the story is about (``_off_centre``)
    headline_roots: dict[str, frozenset[str]] = field(default_factory=dict)
    headline_kinds: dict[str, frozenset[str]] = field(default_factory=dict)  # ... and the kinds of happening each reports
    # the picks are made: a sentence pointing at a noun no pick tells (``_drop_dangling``) is no longer admitted
    pointing_checked: bool = False

    def rate(self) -> None:
        """Relevance: a lead weight falling with the sentence's position (lower for reported speech), plus its
        cosine with the story's centroid over the best cosine; in a story of several articles, lower for the
        sentences of an article far from the story's centre."""
        center = centroid(c.vector for c in self.candidates)
        length = norm(center) or 1.0
        central = [dot(c.vector, center) / length for c in self.candidates]
        best = max(central) or 1.0
        config = self.config
        on_story = self.on_story = self._article_centrality()
        self.several = len(on_story) > 1
        weight = config.story_centre_weight if self.several else config.centre_weight
        speech = [config.reported_speech if _is_reported_speech(c.text) else 1.0 for c in self.candidates]
        lead = [speech[i] / (1.0 + config.lead_decay * c.position) for i, c in enumerate(self.candidates)]
        self.relevance = [
            (lead[i] + weight * central[i] / best) * (1.0 - config.article_centre + config.article_centre * on_story[c.article])
            for i, c in enumerate(self.candidates)
        ]
        if self.several:
            # (weighed less, not ruled out: "Petugas masih melakukan pendinginan di lokasi" names no one and shares
            # no word with the headlines on a fire either, and may fill a summary with room for it)
            defined, leaned_on = self._definitions()
            self.asides = frozenset(self._asides() | self._off_centre() | leaned_on)
            # (background on a story of many outlets is never told; one its article's next sentence points back to
            # is weighed as an aside, for that sentence may be the story's own: "Melalui pameran itu, ia ...")
            self.ruled_out |= defined
            for i in self.asides:
                self.relevance[i] *= config.aside_weight

    def _asides(self) -> set[int]:
        """The sentences of a story of several articles that name no one, give no figure or day, and share next to
        nothing with the story's headlines: a remark on the world around the story ("Fenomena shipping artis idola
        emang lagi sering banget terjadi.", "Setiap tim berambisi mempertahankan posisi aman."), or a detail of its
        happening told in words the headlines do not use ("Petugas masih melakukan pendinginan di lokasi";
        "Korban diduga terjebak di lantai atas saat api melumat rumahnya" shares more with headlines on a fire, and is
        none). The kinds of happening a sentence's words report do not tell the two apart: "mengenakan anting" reads
        as a charge, "Ada perjanjian bilateral" as a meeting."""
        if not self.headlines:
            return set()
        heads = _unit(centroid(self.headlines.values()))
        floor = self.config.aside_headlines
        return {i for i, c in enumerate(self.candidates) if not c.keys and dot(_unit(c.vector), heads) < floor}

    def _definitions(self) -> tuple[set[int], set[int]]:
        """The background lines of a story whose headlines have central words (``_central_roots``, a story of
        ``central_articles`` titled articles or more): a sentence opening with one of the story's names and a word of
        being (``_definition``: "BMAD merupakan pungutan pajak ...", "Al Ghazali adalah anak sulung Maia Estianty ..."),
        which is no quote and gives no day, figure or rank, and whose head phrase (``_head_phrase``) says of it nothing
        the headlines are about (``_says_the_news``). Ruled out, for readers counted such lines among a summary's
        intruders; but a line the next sentence of its article points back to is only weighed as an aside (the second
        set). Who-is-who stays: "Cecep merupakan teman kuliah Hasto", "Hasto merupakan terdakwa ...", "Pelaku merupakan
        warga sekitar" (no name)."""
        central = self._central_roots()
        if not central:
            return set(), set()
        # (a sentence that leans on the line before it and reports a kind of happening the headlines report is the
        # story's own fact: "Melalui pameran itu, ia meluncurkan dua buku"; "Ia dikenal sebagai aktor" is more profile)
        kinds = self._central_kinds()
        leaning = {(c.article, c.position) for c in self.candidates if c.leans and c.happenings & kinds}
        out: tuple[set[int], set[int]] = (set(), set())
        for i, c in enumerate(self.candidates):
            if c.leans or _is_reported_speech(c.text) or (told := _definition(c.text)) is None:
                continue
            subject, said = told
            # (a day, a figure or a rank is news of its own: "SPBE Rewulu merupakan salah satu dari 733 SPBE",
            # "Indonesia adalah penyumbang sampah makanan terbesar kedua di Asia")
            if not self._named(subject, c) or any(k[:1] in ("@", "#") for k in c.keys) or _ranks(said):
                continue
            if not self._says_the_news(subject, _head_phrase(said), c, central):
                out[(c.article, c.position + 1) in leaning].add(i)
        return out

    @staticmethod
    def _named(subject: str, c: _Candidate) -> bool:
        """The subject opens on one of the story's names ("BMAD", "Al Ghazali"), not a role noun or a demonstrative
        written with its sentence's capital ("Pelaku", "Ini", "Tujuannya")."""
        # (a short form of two capitals is a key as written: words() reads three letters or more)
        first = subject.split()[0].strip("'\u2019.-").lower()
        return any(w in c.keys or _fact_root(w) in c.keys for w in (first, *words(subject)[:1]))

    def _says_the_news(self, subject: str, head: list[str], c: _Candidate, central: frozenset[str]) -> bool:
        """What the head phrase says of the subject is what the story is about: half its lower-case facts are central
        ("teman kuliah" under headlines "Teman Kuliah Sebut Hasto ...", "ayah korban" under headlines on the victim);
        it ties the subject to a central party it names ("teman kuliah Hasto"); or it gives a central subject's role or
        residence ("Hasto merupakan terdakwa ...", "Budi merupakan mantan Kapolda ...", "X merupakan warga Y"). Not kin
        told of a central party: "Al Ghazali adalah anak sulung Maia Estianty" is what readers of a wedding's outlets
        know, and a family tie is the news only where the headlines say so (the share)."""
        lower = [w for w in head if w.islower()]
        roots = {_root(w) for w in lower if _fact_root(w) in c.facts}
        if roots and len(roots & central) >= self.config.definition_headlines * len(roots):
            return True
        nouns = [w for w in lower if w not in _definition_words("filler")]
        noun = nouns[0] if nouns else ""
        if noun in _definition_words("kin"):
            return False
        names = {_root(n) for w in head if w[:1].isupper() for n in words(w)}
        subject_central = bool({_root(w) for w in words(subject)} & central)
        return bool(names & central) or (subject_central and noun in _definition_words("role"))

    def _off_centre(self) -> set[int]:
        """The sentences of a story of several articles that name parties, none of them one the story's headlines
        name (``_central_roots``), and report no kind of happening the headlines report: someone beside the story's
        happening ("Harta kekayaan Irwan Mussry menjadi perbincangan publik" under headlines on a wedding, "Wakil-wakil
        Brasil tampil garang" under headlines on PSG's loss to Botafogo, a guest's dress). Weighed as asides: a summary
        with room may still tell one, it never opens on one."""
        central = self._central_roots()
        if not central:
            return set()
        kinds = self._central_kinds()
        # (a goal with its minute is the match's, whoever scores it: "Spanyol sempat memimpin berkat gol Zubimendi (21')";
        # one told with none may be another match's: "Di laga lain, sundulan Haaland menembus gawang Wydad")
        return {
            i
            for i, c in enumerate(self.candidates)
            if _about_others(c, central)
            and not c.happenings & kinds
            and not any(g.minute for g in c.goals)
            and not _speaks_of_the_story(c, central)
        }

    def _central_roots(self) -> frozenset[str]:
        """The roots a share ``central_headlines`` of the story's articles give in their headline's words (every
        word, not only names: "pelaku", "mutilasi") or their lead's names (``lead_sentences``; read as the story reads
        them: "Kejagung" as "Kejaksaan Agung"), at least one article; none for a story of fewer than
        ``central_articles`` titled articles (there one article is a quarter of them). A sentence's parties are names,
        so only the names among these roots can make a party central; the words say what the headlines are about."""
        heads = self.headline_roots
        if len(heads) < self.config.central_articles:
            return frozenset()
        by_article: dict[str, set[str]] = {a: set(roots) for a, roots in heads.items()}
        for c in self.candidates:
            if c.position < self.config.lead_sentences:
                by_article.setdefault(c.article, set()).update(c.parties)
        told = Counter(p for named in by_article.values() for p in named)
        floor = max(1.0, self.config.central_headlines * len(by_article))
        return frozenset(p for p, n in told.items() if n >= floor)

    def _central_kinds(self) -> frozenset[str]:
        """The kinds of happening (but "people took notice") a share ``central_headlines`` of the headlines report."""
        kinds = Counter(k for told in self.headline_kinds.values() for k in told)
        floor = max(1.0, self.config.central_headlines * len(self.headline_kinds))
        return frozenset(k for k, n in kinds.items() if n >= floor) - flagged_classes("empty")

    def _article_centrality(self) -> dict[str, float]:
        """Each article's likeness to the story's centre (its articles counting alike) over the best article's:
        a story the clustering merged from two happenings is told from the articles of the larger one."""
        by_article: dict[str, list[Vector]] = {}
        for c in self.candidates:
            by_article.setdefault(c.article, []).append(c.vector)
        vectors = {a: _unit(centroid(vecs)) for a, vecs in by_article.items()}
        center = centroid(vectors.values())
        likeness = {a: dot(vec, center) for a, vec in vectors.items()}
        best = max(likeness.values()) or 1.0
        return {a: value / best for a, value in likeness.items()}

    def pick(self, size: int) -> None:
        self._fill(size)
        if self.several:
            self._take_fuller_twins()
            self._drop_subsumed(size, together=False)
            self._swap_for_outlets()
            self._fill(size)  # (a sentence may have taken the places of several picks it restates)
            # then the picks the others tell together; kept only when the summary still draws on as many outlets
            # (a drop may leave a fact to the only outlet that told it besides one with no other pick)
            before = list(self.chosen)
            self._drop_subsumed(size, together=True)
            self._swap_for_outlets()
            self._fill(size)
            if self._outlet_count(self.chosen) < self._outlet_count(before):
                self.chosen = before
            self._drop_dangling(size)

    def _take_fuller_twins(self) -> None:
        """A pick gives its place to a sentence it restates and that restates it (its twin, ``_fuller_twins``) when the
        twin says what the pick says with a figure or a day more: the fuller telling of one fact, not the vaguer one
        and not both ("Mykhailo Mudryk resmi didakwa pelanggaran doping oleh FA" gives way to "Mykhailo Mudryk didakwa
        larangan bertanding empat tahun oleh FA akibat doping"; "... menjalani sidang kasus narkoba di PN Jakarta
        Selatan, kemarin" to "Sidang kasus narkoba ... kembali digelar di PN Jakarta Selatan pada Kamis (19/6/2025)").
        The twin restates no other pick and the summary draws on as many outlets; a pick another leans on stays."""
        leaned_on = self._leaned_on(pointed_to=True)
        for j in list(self.chosen):
            if j in leaned_on:
                continue
            rest = [k for k in self.chosen if k != j]
            twins = [i for i in self._fuller_twins(j) if self._fits(i, rest)]
            if not twins:
                continue
            i = max(twins, key=lambda i: (self.relevance[i], -i))
            swapped = [i if k == j else k for k in self.chosen]
            if self._outlet_count(swapped) >= self._outlet_count(self.chosen):
                self.chosen = swapped
                self._give_up([j])

    def _fuller_twins(self, j: int) -> list[int]:
        """The sentences that restate pick j and that j restates, saying most of what j says (``_says_all``) with every
        name, figure and day j gives and a figure or day more, in ``twin_words`` times j's words at most (not a glued
        list), keeping any condition j sets ("asal tidak berlebihan"), standing alone, worth ``swap_floor`` of j's relevance,
        from an article near the story's centre (``outlet_centre``): a name more is as often only another outlet's
        fuller style ("PT Garuda Indonesia (Persero) Tbk (GIAA)"), a sentence far from the centre another matter told
        in the same words ("Di tengah meningkatnya ketegangan ..., Tokocrypto mencatat ...")."""
        b, floor = self.candidates[j], self.config.swap_floor * self.relevance[j]
        longest = self.config.twin_words * len(b.text.split())
        out = []
        for i, a in enumerate(self.candidates):
            if i in self.chosen or i in self.dropped or not a.stands_alone or self.relevance[i] < floor:
                continue
            if len(a.text.split()) > longest or _drops_condition(a.text, b.text):
                continue
            if any(k not in a.facts for k in b.keys) or not any(k[:1] in ("#", "@") and k not in b.facts for k in a.keys):
                continue
            if self.on_story.get(a.article, 1.0) < self.config.outlet_centre or not self._says_all(a, b):
                continue
            likeness = self._likeness(i, j)
            if self.restates(i, j, likeness) and self.restates(j, i, likeness):
                out.append(i)
        return out

    def _says_all(self, a: _Candidate, b: _Candidate) -> bool:
        """Sentence a says most of what sentence b says of its names: less than ``novelty`` of the weight of b's other
        facts is missing from a's ("Bertanding di Rose Bowl, PSG menyimpan sejumlah bintang" says what "Botafogo jadi
        lawan PSG di Rose Bowl" does not: its rested stars)."""
        said = _without(b.facts, b.keys)
        total = sum(said.values())
        return not total or sum(w for f, w in said.items() if f not in a.facts) / total < self.config.novelty

    def _drop_dangling(self, size: int) -> None:
        """Once the picks are made, a pick pointing at a noun its article told before ("pemicu utama kondisi
        tersebut", ``summary_pointing``) that no other pick tells, whose sentence before is not picked either, leaves
        the summary, and the places are filled again by sentences that dangle in no such way; kept when the summary
        would draw on fewer outlets. (Judged on the whole summary, not pick by pick: the pick telling the noun may come
        after the sentence pointing at it.) A pick another leans on stays. Read again after each drop, at most ``size``
        times: a pick whose noun only a dropped pick told dangles in its turn."""
        self.pointing_checked = True
        before = list(self.chosen)
        for _ in range(size):
            leaned_on = self._leaned_on(pointed_to=True)
            placed = self._placed()
            dangling = [j for j in self.chosen if j not in leaned_on and self._dangles(j, placed)]
            if not dangling:
                break
            self.chosen = [j for j in self.chosen if j not in dangling]
            self._give_up(dangling)
            self._fill(size)
        if self._outlet_count(self.chosen) < self._outlet_count(before):
            self.chosen = before

    def _dangles(self, j: int, placed: Container[tuple[str, int]], told: set[str] | None = None) -> bool:
        """Pick j points at a noun that no other pick tells, its sentence before is not picked, and it gives no figure:
        a count is a fact of its own the reader can place however vague the noun ("tekanan sosial memicu kondisi
        tersebut selama 3 tahun", "818.796 pengguna ... dalam delapan minggu pelaksanaan kebijakan tersebut" stay)."""
        c = self.candidates[j]
        if not c.pointed or (c.article, c.position - 1) in placed or any(k[:1] == "#" for k in c.keys):
            return False
        if told is None:  # (the other picks' facts)
            told = {f for k in self.chosen if k != j for f in self.candidates[k].facts}
        return any(not told & keys for keys in c.pointed)

    def _outlet_count(self, picks: list[int]) -> int:
        """The outlets the picks come from."""
        return len({self.candidates[k].outlet for k in picks})

    def _fill(self, size: int) -> None:
        while len(self.chosen) < size and (best := self._next()) is not None:
            self.chosen.append(best)

    def _drop_subsumed(self, size: int, together: bool = False) -> None:
        """A pick that one other pick tells all but a little of goes, and its place is filled again: a vaguer sentence
        picked first ("Ngunduh mantu X menjadi sorotan") says nothing a fuller one picked later does not ("X menggelar
        unduh mantu di JCC, Kamis"). With ``together``, so does a pick the other picks tell all but a little of between
        them (``_told_together``). A pick another leans on stays."""
        for _ in range(size):
            # (a pick the next one may point back to stays: its going would leave a "that" pointing at nothing)
            leaned_on = self._leaned_on(pointed_to=True)
            vaguer = [j for j in self.chosen if j not in leaned_on and self._told_by_others(j, together, leaned_on)]
            if not vaguer:
                return
            drop = min(vaguer, key=lambda j: self.relevance[j])
            self.chosen.remove(drop)
            self._give_up([drop])
            self._fill(size)

    def _give_up(self, picks: list[int]) -> None:
        """The picks left the summary for good. What was ruled out for restating them stays out: a sentence that told
        a dropped pick's fact mostly tells a fact some pick still tells, in words the restatement test misses (Nadiem's
        summons told twice; Spalletti's exit as "mundur" and as "dipecat"), and readers count it a repeat."""
        self.dropped.update(picks)
        self.ruled_out |= self.dropped

    def _told_by_others(self, j: int, together: bool, leaned_on: set[int]) -> bool:
        """The other picks tell all but a little of pick j: together, its facts (a cause one tells, the act another:
        "Gara-gara erupsi ... penerbangan dibatalkan, turis asing memperpanjang izin tinggal" after the cancelled flights
        and "lonjakan permohonan perpanjangan izin tinggal WNA"), or one of them its happening in other words and the
        rest of its facts. So does the lead of another article whose headline says what a later pick's does, told
        in that pick's lead with all its figures (``_same_lead``), picked because a restatement is looked for in the
        later sentence only ("Toyota bakal segera meluncurkan mobil listrik ..." before
        "Toyota bersiap meluncurkan SUV listrik bZ5 ..., 10 Juni 2025"), or that a later pick restates when that pick
        cannot go (its next sentence leans on it)."""
        a, others = self.candidates[j], [k for k in self.chosen if k != j]
        if together and self._told_together(j, others):
            return True
        if any(self.adds_little(j, set(self.candidates[k].facts)) for k in others):
            return True
        if self.logistics_only(j, others):
            return True
        return any(
            a.article != self.candidates[k].article
            and (
                self._same_happening(a, self.candidates[k])
                or (self._same_lead(a, self.candidates[k]) and self._figures_told(j, k))
                or (k in leaned_on and self.restates(k, j, self._likeness(j, k)))
            )
            for k in others
        )

    def _figures_told(self, j: int, k: int) -> bool:
        """Pick k gives every figure and day pick j gives: j tells no count or score more ("tertinggal 4-9 pada set
        pertama" is more than "takluk dari Bahrain")."""
        told = self.candidates[k].facts
        return all(f in told for f in self.candidates[j].facts if f[:1] in ("#", "@"))

    def _told_together(self, j: int, others: list[int]) -> bool:
        """The other picks together tell all but a little of pick j's facts and all of its names and figures. An
        outlet's only pick stays, and so does a pick naming someone or giving a figure no other does (the minister
        whose decision the others comment on, the hour of a fire)."""
        a = self.candidates[j]
        if sum(self.candidates[k].outlet == a.outlet for k in others) == 0:
            return False
        told = {f for k in others for f in self.candidates[k].facts}
        if any(f[:1] in ("#", "@") and f not in told for f in a.facts):
            return False
        # nor does a pick reporting a kind of happening no other reports: a match's result, however few its words
        if a.happenings - {kind for k in others for kind in self.candidates[k].happenings}:
            return False
        key_weight = sum(a.facts[f] for f in a.keys)
        new_keys = sum(a.facts[f] for f in a.keys if f not in told) / key_weight if key_weight else 0.0
        # (what several picks say of the same people is much alike: only most of its facts' weight told counts)
        return new_keys <= self.config.key_novelty and self.adds_little(j, told, by_names=False)

    def _leaned_on(self, pointed_to: bool = False, by: list[int] | None = None) -> set[int]:
        """The picks that the next sentence of their article, picked too (one of ``by``, when given), leans on; with
        ``pointed_to``, or may point back to: "Kini, sang bek tengah Timnas Indonesia itu ..." after "Jay Idzes alami
        kenaikan nilai pasar" (its "itu" is past the first clause, where ``_leans`` looks, but it stands alone no better)."""
        placed = self._placed()
        return {
            placed[(c.article, c.position - 1)]
            for c in (self.candidates[k] for k in (self.chosen if by is None else by))
            if (c.leans or (pointed_to and not c.stands_alone)) and (c.article, c.position - 1) in placed
        }

    def _placed(self) -> dict[tuple[str, int], int]:
        """(article, position) -> the pick there: each pick's own, and the place of the pick a stand-in took over."""
        placed = {(self.candidates[k].article, self.candidates[k].position): k for k in self.chosen}
        for i, j in self.stand_in.items():
            if i in self.chosen:
                placed.setdefault((self.candidates[j].article, self.candidates[j].position), i)
        return placed

    def _swap_for_outlets(self) -> None:
        """An outlet with no pick whose sentence restates a pick tells that fact instead: the same facts, one more
        outlet (``_swap_in``). Its sentence must stand alone (it is on the story, however far its article is from
        the centre: it restates a pick)."""
        for i in sorted(range(len(self.candidates)), key=lambda i: -self.relevance[i]):
            c, outlets = self.candidates[i], Counter(self.candidates[j].outlet for j in self.chosen)
            if c.outlet not in outlets and c.stands_alone and i not in self.chosen:
                self._swap_in(i, outlets)

    def _swap_in(self, i: int, outlets: Counter[str | None]) -> None:
        """Sentence i takes the place of a pick it restates, worth ``swap_floor`` of its relevance, that no pick leans
        on, when it restates no other pick. The pick's outlet, if it has no other pick, stays drawn on through another
        of its sentences, in place of a pick of an outlet with several (which sentence i may restate too: both go)."""
        floor, leaned_on = self.config.swap_floor, self._leaned_on()
        for j in sorted(self.chosen, key=lambda j: self.relevance[j]):
            if self.relevance[i] < floor * self.relevance[j] or not self.restates(i, j, self._likeness(i, j)):
                continue
            # (a pick the next sentence leans on gives its place up too: the sentence restating it tells what "this"
            # there points at, and stands where the pick stood)
            rest = [k for k in self.chosen if k != j]
            if outlets[self.candidates[j].outlet] > 1:
                if self._fits(i, rest):
                    self.chosen[self.chosen.index(j)] = i
                    if j in leaned_on:
                        self.stand_in[i] = self.stand_in.get(j, j)
                    return
                if self._take_all_places(i, outlets):
                    return
                continue
            for m in self._replaceable(outlets):
                kept = [k for k in rest if k != m]
                if not self._fits(i, kept):
                    continue
                if (other := self._other_sentence(j, [*kept, i], floor * self.relevance[m])) is not None:
                    self.chosen[self.chosen.index(j)], self.chosen[self.chosen.index(m)] = i, other
                    return

    def _take_all_places(self, i: int, outlets: Counter[str | None]) -> bool:
        """Sentence i restates several picks (a call-up's date and its purpose, told by one outlet in two sentences, by
        another in one), each of an outlet that keeps a pick without them and none leaned on by a pick that stays (a
        lead and the sentence going on from it may both go): it takes all their places, the places left are filled
        again (``pick``)."""
        restated = [k for k in self.chosen if self.restates(i, k, self._likeness(i, k)) or self.restates(k, i, self._likeness(i, k))]
        left = Counter(outlets)
        left.subtract(self.candidates[k].outlet for k in restated)
        leaned_on = self._leaned_on(by=[k for k in self.chosen if k not in restated])
        if len(restated) < 2 or any(k in leaned_on or left[self.candidates[k].outlet] < 1 for k in restated):
            return False
        self.chosen = [k for k in self.chosen if k not in restated] + [i]
        self._give_up(restated)
        return True

    def _other_sentence(self, j: int, kept: list[int], floor: float) -> int | None:
        """The most relevant other sentence of pick j's outlet, standing alone, worth ``floor``, that restates none of ``kept``."""
        outlet = self.candidates[j].outlet
        fitting = [
            k
            for k, c in enumerate(self.candidates)
            if c.outlet == outlet and k != j and c.stands_alone and self.relevance[k] >= floor and self._fits(k, kept)
        ]
        return max(fitting, key=lambda k: self.relevance[k]) if fitting else None

    def _fits(self, i: int, picks: list[int]) -> bool:
        """Sentence i restates none of the picks, nor does any of them restate it (a swap puts both in at once)."""
        return i not in picks and not any(
            self.restates(i, k, self._likeness(i, k)) or self.restates(k, i, self._likeness(i, k)) for k in picks
        )

    def _replaceable(self, outlets: Counter[str | None]) -> list[int]:
        """The picks of outlets with several picks that no other pick leans on, least relevant first."""
        leaned_on = self._leaned_on()
        picks = [j for j in self.chosen if outlets[self.candidates[j].outlet] > 1 and j not in leaned_on]
        return sorted(picks, key=lambda j: self.relevance[j])

    def restates(self, i: int, j: int, likeness: float) -> bool:
        """Sentence i says what sentence j says: nearly the same words, or mostly the same facts, names and what is
        said of them (outlets restate each other's facts in their own words; in a story of several articles, an
        article's second sentence often restates its lead with one more detail)."""
        a, b = self.candidates[i], self.candidates[j]
        if likeness > self.config.redundancy:
            return True
        # within one article of a one-article summary, the sentences after the lead go on from it (its names again)
        if a.article == b.article and not self.several:
            return False
        if a.article != b.article and (self._same_happening(a, b) or self._same_lead(a, b)):
            return True
        if _tells_again(a, b) or self._retold(a, b):
            return True
        said_alike = _shared_facts(_without(a.facts, a.keys), _without(b.facts, b.keys)) > self.config.shared_words
        if (a.speech or b.speech) and quote_retells(a.happenings, a.parties, a.keys, b.happenings, b.facts, said_alike):
            return True
        if said_alike and same_claim(a.events, b.events):
            return True
        shared = _shared_facts(a.facts, b.facts)
        if self._same_figures(a, b, shared):
            return True
        # the same names alone are not the same fact ("Aceh Singkil" in a border deal and in a senator's protest):
        # the same figure is (442 pilgrims, SV-5276, "dua kali" through the toll gate), else some of what is said of
        # the names is shared too
        if shared > self.config.figure_share and any(f.startswith("#") and f in b.facts for f in a.facts):
            return True
        return _shared_past_speaker(a, b, shared) > self.config.shared_facts and said_alike

    def _retold(self, a: _Candidate, b: _Candidate) -> bool:
        """Sentence a tells b's happening again with no detail of its own: naming no one (``_unnamed_again``), or in
        one reading of it (``_same_reading``)."""
        return self._unnamed_again(a, b) or self._same_reading(a, b)

    def _unnamed_again(self, a: _Candidate, b: _Candidate) -> bool:
        """Sentence a names no one and reports only kinds of happening sentence b reports of a party it names, with no
        figure b lacks, and says little else but that the happening took place, goes on or was reported
        (``summary_report_words.txt``) and on what day: "Erupsi dilaporkan masih terjadi hingga Kamis" after "Erupsi
        Gunung Lewotobi yang masih berlangsung ...". The happening it names no one of is the story's, told already; a
        figure (the hour, the height of the column) or another detail ("di lantai atas") is a fact of its own."""
        if a.parties or not b.parties or not a.happenings or not a.happenings <= b.happenings:
            return False
        if a.happenings <= flagged_classes("empty") or any(k[:1] == "#" and k not in b.facts for k in a.keys):
            return False
        if _other_days(a, b):  # ("Banjir kembali terjadi pada Kamis" after a flood on Tuesday is a second flood)
            return False
        rest = {f: w for f, w in a.facts.items() if f not in a.happening_roots and f not in a.keys and f not in _report_roots()}
        total = sum(rest.values())
        return not total or sum(w for f, w in rest.items() if f not in b.facts) / total < self.config.novelty

    def _same_reading(self, a: _Candidate, b: _Candidate) -> bool:
        """Sentence a gives a reading of a happening sentence b gives (``summary_readings``: a side turning a match
        round, an act done more than once) and adds nothing to it: no name, figure or day b lacks (but its
        speaker's), no kind of happening b does not report, and what it says besides the reading's words, its
        happening's and its speaker's mostly b says too. "Tak cuma sekali pengendara mobil putih itu nyelonong masuk
        tol" after "mobil yang dua kali menerobos gerbang tol di Depok"; "Inter Miami harus bangkit dari ketertinggalan
        setelah Samu Aghehowa membobol gawang di menit ke-8" after "Inter Miami berbalik selepas jeda" tells a goal of
        its own and stays."""
        covered = shared_reading(a.readings, b.readings)
        if covered is None or not a.happenings <= b.happenings:
            return False
        if any(k not in b.facts and k not in a.speaker for k in a.keys):
            return False
        told = covered | a.keys | a.happening_roots | a.speaker
        rest = {f: w for f, w in a.facts.items() if f not in told}
        total = sum(rest.values())
        return not total or sum(w for f, w in rest.items() if f not in b.facts) / total < self.config.novelty

    def _same_figures(self, a: _Candidate, b: _Candidate, shared: float) -> bool:
        """Two sentences of other articles give the same figures: two days (one span of days, "dari 19 Juni sampai 13
        Juli" / "mulai 19 Juni hingga 13 Juli"), or two figures or a specific one (a day counting as a figure) once they
        share ``figure_facts`` of their facts (``shared``) at all."""
        if a.article == b.article:
            return False
        if sum(f.startswith("@") and f in b.facts for f in a.facts) > 1:
            return True
        return shared > self.config.figure_facts and _shared_figures(a.facts, b.facts)

    def _same_lead(self, a: _Candidate, b: _Candidate) -> bool:
        """Sentence a is in the lead of an article whose headline says what the headline of pick b's article says, and b
        is in that article's lead: both tell the happening the headlines name, in whatever words ("resmi dilepas" / "dipastikan
        berakhir"), unless a gives a figure b does not (the ash column's height after the eruption's hour)."""
        lead = self.config.lead_sentences
        if a.position >= lead or b.position >= lead or a.article not in self.headlines or b.article not in self.headlines:
            return False
        if dot(self.headlines[a.article], self.headlines[b.article]) < self.config.same_headline:
            return False
        return all(f in b.facts for f in a.facts if f[:1] in ("#", "@"))

    def _same_happening(self, a: _Candidate, b: _Candidate) -> bool:
        """Sentence a reports no kind of happening sentence b of another article does not, and b tells most of the rest of
        its facts: "Gunung Raung dilaporkan meletus lagi, Kamis" after "Gunung Raung ... kembali erupsi pada Kamis",
        "Real Madrid gagal meraih kemenangan saat bersua Al Hilal" after "Real Madrid ditahan imbang Al Hilal". The words
        that report the happening count as its kind, whatever the outlet's word for it; a cause, a count, someone else's
        reaction is more than the rest and is a fact of its own."""
        if not a.happenings or not a.happenings <= b.happenings or other_scores(a.scores, b.scores):
            return False  # (two scores are two moments of a match: the half-time score, the final one)
        # the same kind of happening on the same day to the same named party or place is one happening, whatever
        # detail each adds ("Sebanyak 20 bus Transjakarta bekas terbakar di Pool Terminal Rawa Buaya, Cengkareng,
        # Selasa (10/6/2025)" after "kebakaran melanda lapak bus Transjakarta di ... Cengkareng ... Selasa (10/6/2025)")
        if a.parties & b.parties and any(k.startswith("@") and k in b.keys for k in a.keys):
            return True
        # who says it is no part of the happening: "Mendagri Tito Karnavian menyebutkan rapat ... akan membahas"
        rest = {f: w for f, w in a.facts.items() if f not in a.happening_roots and (f not in a.speaker or f in b.facts)}
        total = sum(rest.values())
        new = sum(w for f, w in rest.items() if f not in b.facts)
        return not total or new / total < self.config.novelty

    def adds_little(self, i: int, told: set[str], by_names: bool = True) -> bool:
        """Sentence i tells little the picks together do not (``told``: their facts): most of its facts' weight, or
        (``by_names``) all but a little of its names' and figures' (the same person, the same count, in other words)
        and much of what it says of them."""
        c, config = self.candidates[i], self.config
        facts = c.facts
        # "menjadi sorotan", "viral": words that say only that people took notice tell nothing of their own
        if c.happenings and c.happenings <= flagged_classes("empty"):
            facts = {f: w for f, w in facts.items() if f not in c.happening_roots}
        total = sum(facts.values())
        if not total or not told or not self.several:
            return False
        new = sum(w for f, w in facts.items() if f not in told) / total
        if new < config.novelty or not by_names:
            return new < config.novelty
        key_total = sum(c.facts[f] for f in c.keys)
        new_keys = sum(c.facts[f] for f in c.keys if f not in told) / key_total if key_total else 1.0
        if new_keys > config.key_novelty:
            return False
        # the same people and counts: a restatement unless most of what it says of them is new ("Zarof minta maaf")
        said = _without(facts, c.keys)
        said_total = sum(said.values())
        return not said_total or sum(w for f, w in said.items() if f not in told) / said_total < config.key_restatement

    def logistics_only(self, i: int, picks: list[int]) -> bool:
        """Sentence i says only where, when and with whom a gathering the picks tell took place: it says one was held
        ("digelar", "berlangsung"), the picks tell one of its names, place or day, and what it says besides its names
        and the words of logistics (``summary_logistics.tsv``) they tell too; a new name is an attendee, a new figure
        may only be its date's or its hour's ("Rapat digelar di Istana Merdeka, Selasa (10/6/2025) bersama Mensesneg
        ..." after "Presiden memimpin rapat terbatas di Istana Kepresidenan, Selasa"). Where and when a gathering is to
        be is news of its own ("Laga akan digelar di Rose Bowl pada 24 Juni")."""
        c = self.candidates[i]
        told = {f for k in picks for f in self.candidates[k].facts}
        if not c.held or not self.several or not told or not any(k in told for k in c.keys):
            return False
        if not _future_words().isdisjoint(words(c.text)):
            return False  # where and when a gathering is to be is news of its own
        figures = _day_and_hour_figures(c.text)
        if any(k.startswith("#") and k not in told and k not in figures for k in c.keys):
            return False
        said = _said_but_logistics(c)
        total = sum(said.values())
        return not total or sum(w for f, w in said.items() if f not in told) / total < self.config.novelty

    def _next(self) -> int | None:
        """The best relevance (more for an outlet not yet drawn on) less likeness to the picks; a restatement is never
        picked. While an outlet no pick comes from has a sentence worth a pick (``outlet_floor`` of the best relevance
        left, from an article near the story's centre), the pick is one of those: five outlets told, five drawn on."""
        config = self.config
        used = {self.candidates[j].outlet for j in self.chosen}
        scored = self._admissible()
        if not scored:
            return None
        best = max(scored, key=lambda i: (scored[i], -i))
        if self.candidates[best].outlet not in used or not self.several:
            return best
        floor = config.outlet_floor * max(self.relevance[i] for i in scored)
        fresh = [
            i
            for i in scored
            if self.candidates[i].outlet not in used
            and self.relevance[i] >= floor
            and self.on_story.get(self.candidates[i].article, 1.0) >= config.outlet_centre
            and self.candidates[i].stands_alone
        ]
        return max(fresh, key=lambda i: (scored[i], -i)) if fresh else best

    def _admissible(self) -> dict[int, float]:
        """Each candidate that may be picked next, with its score: not a restatement of a pick, nor adding too little,
        nor pointing back to a sentence not picked."""
        config = self.config
        used = {self.candidates[j].outlet for j in self.chosen}
        placed = set(self._placed())
        told = {f for j in self.chosen for f in self.candidates[j].facts}
        # a pick another leans on cannot give its place up (``_drop_subsumed``) to a sentence telling its fact too
        fixed = self._leaned_on(pointed_to=True)
        scored = {}
        for i, c in enumerate(self.candidates):
            # a sentence that points back goes in only after the one it points to
            if i in self.ruled_out or i in self.chosen or (c.leans and (c.article, c.position - 1) not in placed):
                continue
            if self.pointing_checked and self._dangles(i, placed, told):
                continue  # ("pemicu utama kondisi tersebut": which? no pick tells it)
            likeness = {j: self._likeness(i, j) for j in self.chosen}
            if (
                any(self.restates(i, j, cosine) for j, cosine in likeness.items())
                or self.adds_little(i, told)
                or self.logistics_only(i, self.chosen)
            ):
                self.ruled_out.add(i)
                continue
            if any(self.restates(j, i, likeness[j]) for j in fixed):
                continue
            overlap = max(likeness.values(), default=0.0)
            relevance = self.relevance[i] * (1.0 + config.new_outlet if c.outlet not in used else 1.0)
            scored[i] = config.trade_off * relevance - (1 - config.trade_off) * overlap
        return scored

    def _likeness(self, i: int, j: int) -> float:
        cosine = self.likeness.get((i, j))
        if cosine is None:
            cosine = self.likeness[i, j] = dot(self.candidates[i].vector, self.candidates[j].vector)
        return cosine

    def _opening_worth(self, picks: list[int]) -> dict[int, float]:
        """How well each pick would open the summary: its relevance, more for one like the story's headlines (what
        the outlets say the story is about: "Kabar kedekatan Sarwendah dengan Giorgio ..." under headlines on
        Sarwendah and Giorgio, not "Kantor Imigrasi mencatat lonjakan ..." under headlines on a volcano's cancelled
        flights), for one that says on what day and for one that reports a kind of happening (a match's result)."""
        heads = _unit(centroid(self.headlines.values())) if self.headlines else {}
        config = self.config
        worth = {}
        for i in picks:
            c = self.candidates[i]
            dated = any(k[:1] == "@" for k in c.keys)
            reports = bool(c.happenings - flagged_classes("empty"))
            like = dot(_unit(c.vector), heads)
            worth[i] = self.relevance[i] * (
                1.0 + config.opening_headlines * like + config.opening_day * dated + config.opening_happening * reports
            )
        return worth

    def sentences(self, articles: Sequence[StoryArticle]) -> list[SummarySentence]:
        """The picks, each naming every article with a sentence nearly the same: in reading order (``_reading_order``)
        for a story of several articles, in the article's order for one."""
        rank = {a.id: i for i, a in enumerate(articles)}
        out = []

        def place(i: int) -> tuple[int, int]:
            shown = self.candidates[self.stand_in.get(i, i)]
            return rank[shown.article], shown.position

        ordered = sorted(self.chosen, key=place)
        if self.several:
            spots = {i: place(i) for i in ordered}
            ordered = _reading_order(ordered, self.candidates, self._opening_worth(ordered), self.config, spots, self.asides)
        for i in ordered:
            picked = self.candidates[i]
            alike = self.config.same_sentence
            sources = [picked.article] + [
                c.article for c in self.candidates if c.article != picked.article and dot(picked.vector, c.vector) > alike
            ]
            out.append(SummarySentence(text=picked.text, sources=list(dict.fromkeys(sources)), outlet=picked.outlet))
        return out


def _reading_order(
    placed: list[int],
    candidates: list[_Candidate],
    worth: dict[int, float],
    config: SummaryConfig,
    spots: dict[int, tuple[int, int]] | None = None,
    asides: frozenset[int] = frozenset(),
) -> list[int]:
    """The picks of a story of several articles in the order a reader needs them: first the one that tells the
    happening (``_opening_pick``), then the rest in the story's order, each sentence that leans on the sentence before
    it in its article right after that one, and each that names its subject by a short name ("Harli berpendapat ...")
    after the pick that gives the name in full ("Kapuspenkum Kejagung Harli Siregar ..."). The story's order alone
    opened a summary on whatever its first article said first: an aside ("Maia membagikan momen ...") or a sentence
    naming someone the summary introduces only later. ``worth``: how well each pick would open it. ``spots``: where
    each pick stands (article rank, position; a stand-in stands where the pick it took over stood), by default its
    own place. ``asides``: the remarks around the story (``_Selection._asides``), which never open it."""
    spot = spots or {i: (hash(candidates[i].article), candidates[i].position) for i in placed}
    texts = {i: candidates[i].text for i in placed}
    needs = {i: _introduced_by(texts[i], {j: t for j, t in texts.items() if j != i}) for i in placed}
    # (kept apart from the short name's needs: a pick that opens on "Alya" and points at "kondisi tersebut" reads after
    # one pick giving "Psikolog Alya Putri" and after one telling the condition, not after either)
    tellers = {i: _telling(i, placed, candidates) for i in placed}
    before = _going_on_from(placed, candidates, spot)
    # (a pick pointing at a noun never stands alone: the opening needs no tellers)
    first = _opening_pick([i for i in placed if i not in before and i not in asides], candidates, worth, needs, config)
    waiting = [first, *(i for i in placed if i != first)] if first is not None else list(placed)
    return _in_order(waiting, (needs, tellers), before)


def _telling(i: int, placed: list[int], candidates: list[_Candidate]) -> set[int]:
    """The other picks that tell a noun pick i points at ("... pemicu utama kondisi tersebut" after "... kondisi gangguan makan ..."):
    it reads after one of them."""
    pointed = frozenset().union(*candidates[i].pointed)
    return {j for j in placed if j != i and pointed & candidates[j].facts.keys()} if pointed else set()


def _going_on_from(placed: list[int], candidates: list[_Candidate], spot: dict[int, tuple[int, int]]) -> dict[int, int]:
    """Each pick that points back ("Mereka ...", "HP itu ...") -> the pick standing just before it in its article."""
    pointing = [i for i in placed if candidates[i].leans or not candidates[i].stands_alone]
    return {i: j for i in pointing for j in placed if spot[j] == (spot[i][0], spot[i][1] - 1)}


def _in_order(waiting: list[int], needs: tuple[dict[int, set[int]], dict[int, set[int]]], before: dict[int, int]) -> list[int]:
    """The picks, first the first waiting, each once what it needs (``needs``: the picks giving its short name in
    full, the picks telling the noun it points at; ``before``) is placed, and each followed at once by the picks that
    go on from it. A short name needs one of the picks that give it in full, not all: "Mustofa menyebut hal itu ..."
    goes right after "Kapolres ... Kombes Mustofa menyebut ...", which "hal itu" points to, not after a later "Kombes
    Mustofa memastikan ..." too; a noun pointed at, likewise one of the picks telling it. Each kind of need is met."""
    order: list[int] = []

    def met(i: int) -> bool:
        return all(not need[i] or bool(need[i] & set(order)) for need in needs)

    while waiting:
        ready: int | None = next((i for i in waiting if met(i) and before.get(i, -1) not in waiting), waiting[0])
        # then the sentences that go on from it in its article, one after the other ("Newsom bahkan akan menggugat ...")
        while ready is not None:
            waiting.remove(ready)
            order.append(ready)
            ready = next((j for j in waiting if before.get(j) == order[-1] and met(j)), None)
    return order


def _opening_pick(
    placed: list[int], candidates: list[_Candidate], worth: dict[int, float], needs: dict[int, set[int]], config: SummaryConfig
) -> int | None:
    """The pick to open the summary: a sentence that stands alone and names its parties in full, from an article's
    lead (where news tells who did what, when and where) when one is picked, the worthiest of those."""
    alone = [i for i in placed if candidates[i].stands_alone and not needs[i]]
    # (one that names who or what it is about: "Erupsi dilaporkan masih terjadi hingga Kamis" names no volcano)
    named = [i for i in alone if _names_someone(candidates[i])] or alone
    leads = [i for i in named if candidates[i].position < config.lead_sentences]
    pool = leads or named
    return max(pool, key=lambda i: (worth[i], -i)) if pool else None


@cache
def _definition_opening() -> re.Pattern[str]:
    """A sentence's opening subject (a name of ``_SUBJECT_WORDS`` words at most) then a word of being
    (``summary_definition_copulas.txt``) and a word in lower case: what follows says what the party is."""
    copulas = alternation(lower_word_list("id", "summary_definition_copulas.txt"))
    if not copulas:
        return re.compile(r"(?!)")
    # (every word written with a capital, a short form in brackets; not "Salah satu praktik yang dikritik adalah ...",
    # "Tito mengungkapkan dasarnya ialah ...", whose clause tells the story's fact; ``_Selection._named`` then asks
    # for one of the story's names, not "Pelaku" or "Ini")
    subject = rf"[A-Z][\w'\u2019.-]*(?:\s+[A-Z(][\w'\u2019().-]*){{0,{_SUBJECT_WORDS - 1}}}"
    # (what it is, a common noun: "Terbaru adalah China ..." names the news)
    return re.compile(rf"^({subject})\s+(?:{copulas})\s+(?=[a-z])")


def _definition(text: str) -> tuple[str, str] | None:
    """The subject of a definition or profile line and what it says the subject is ("BMAD", "pungutan pajak ..." of
    "BMAD merupakan pungutan pajak ..."); None for a sentence that opens otherwise (a quote, a clause before the
    subject, a verb) or on a word that goes on from a sentence before ("Berikut adalah ...", "Sementara X adalah")."""
    if (opening := _definition_opening().match(text)) is None:
        return None
    if _phrase_pattern("anaphoric_openers.txt", True).match(text) or _phrase_pattern("summary_lean_openers.txt", True).match(text):
        return None
    return opening.group(1), text[opening.end() :]


@cache
def _definition_words(kind: str) -> frozenset[str]:
    """The words of one kind that read a definition's head phrase (``summary_definition_words.tsv``); "kin" and
    "role" also take kin_words.tsv, and the role and residence nouns other lists give."""
    listed = {row[0].lower() for row in table("id", "summary_definition_words.tsv") if row[1:2] == (kind,)}
    if kind == "kin":
        listed |= {row[0] for row in table("id", "kin_words.tsv") if row[1:2] == ("kin",)}
    if kind == "role":
        for name in ("summary_role_openers.txt", "sole_role_nouns.txt", "initial_role_nouns.txt", "residence_words.txt"):
            listed |= set(lower_word_list("id", name))
    return frozenset(listed)


_HEAD_WORD = re.compile(r"[\w'\u2019().-]+|,")


def _head_phrase(said: str) -> list[str]:
    """The words of what a definition says up to a relative clause, a preposition or a comma (``stop`` words of
    ``summary_definition_words.tsv``): "anak sulung Maia Estianty" of "anak sulung Maia Estianty dari pernikahannya
    ...", "teman kuliah Hasto" of "teman kuliah Hasto saat mengenyam ...". The rest is detail, which the headlines
    never share."""
    head = []
    for w in _HEAD_WORD.findall(said):
        if w == "," or w.lower() in _definition_words("stop"):
            break
        head.append(w.strip("()."))
    return [w for w in head if w]


def _ranks(said: str) -> bool:
    """What a definition says ranks its subject ("terbesar kedua", "satu-satunya", "pertama yang ..."): a fact of the
    story, not background (``ordinals.tsv``; ``rank`` words of ``summary_definition_words.tsv``)."""
    said_words = {w.lower() for w in _HEAD_WORD.findall(said)}
    ordinals = {row[0] for row in table("id", "ordinals.tsv") if len(row[0]) > 3}
    return bool(said_words & (ordinals | _definition_words("rank"))) or bool(re.search(r"\bke-\d", said))


def _about_others(c: _Candidate, central: frozenset[str]) -> bool:
    """The sentence names parties, none of them central, and not only by short forms it spells out in lower-case words
    before them: such a short form names a technique or a product, a detail of the story's happening ("teknologi small
    modular reactor (SMR)"), not a party ("Harga saham HYBE ..."). (Its subject's names alone are no better reading:
    the subject parser takes "Ditjen EBTKE" for the subject of "Bahlil mengatakan, Kementerian ESDM melalui Ditjen
    EBTKE ...", and a sentence naming a central party beside someone else, "Keisuke Honda kaget Timnas Indonesia
    masih punya peluang", is as often an aside as the story's.)"""
    if not c.parties or c.parties & central:
        return False
    things = {_root(w.lower()) for w in _SPELLED_OUT_SHORT.findall(c.text)}
    return not c.parties <= things


def _speaks_of_the_story(c: _Candidate, central: frozenset[str]) -> bool:
    """The sentence's only parties are its speaker's (``_speaker_text``), and what it says shares a word with the
    story's headlines (``_central_roots``): a police or ministry spokesman no headline or lead names telling the
    story's fact ("Kabid Humas Polda Sumbar Kombes Susmelawati mengatakan motif pelaku adalah sakit hati" under
    headlines on the suspect's arrest). A sentence naming someone besides its speaker is about them, and a sentence with
    no speaker sharing one headline word is as often a remark beside the story ("Pameran itu biasanya ramai dikunjungi
    warga Jabodetabek" under headlines on the fair's bus routes), so neither is spared."""
    if not c.parties or not c.parties <= c.speaker:
        return False
    return bool((set(c.facts) - c.keys - c.speaker) & central)


# a short form in brackets after the lower-case words it stands for: "small modular reactor (SMR)"
_SPELLED_OUT_SHORT = re.compile(r"\b[a-z][\w-]*\s+\(([A-Z]{2,6})\)")


def _names_someone(c: _Candidate) -> bool:
    """The sentence names someone or somewhere (a party: a name but a time's, "Kamis", "Juni")."""
    return bool(c.parties)


# a word written with a capital that opens a clause's subject on its own ("Harli berpendapat", "Cecep merupakan"):
# a short name, its lower-case next word the predicate or a word of the subject
_SHORT_SUBJECT = re.compile(r"(?:^|[,;:]\s*)[\"\u201c'(]*([A-Z][a-z]{2,})\s+(?=[a-z])")


def _introduced_by(text: str, others: dict[int, str]) -> set[int]:
    """The other picks that give in full the short name this sentence opens a clause's subject with: "Harli
    berpendapat ..." needs "Kapuspenkum Kejagung Harli Siregar menyampaikan ...". None when the sentence gives the
    name in full itself, or opens on no short name."""
    needed: set[int] = set()
    for match in _SHORT_SUBJECT.finditer(text[:_OPENING_SPAN]):
        name = match.group(1)
        if name.lower() in _no_short_names():
            continue  # ("Timnas menang ...", "Polisi menangkap ...": "Pelatih Timnas Indonesia" gives no fuller name)
        full = _full_name(name)
        if _gives_in_full(full, text):
            continue
        needed |= {j for j, other in others.items() if _gives_in_full(full, other)}
    return needed


def _gives_in_full(full: re.Pattern[str], text: str) -> bool:
    """The sentence gives the name in full (``full``), not with only a common word opening the sentence before it:
    "Tekanan Juventus dari sisi kanan ..." gives no fuller "Juventus" (``common_words.txt``); "Kapolres Budi ..."
    does (a title)."""
    found = full.search(text)
    # (what stands before the match may be an opening quote mark or bracket only: '"Tekanan Juventus besar," kata ...')
    if found is None or text[: found.start()].strip(_OPENING_MARKS) or found.group().split()[0].lower() not in _common_openers():
        return found is not None
    # (the name may go on in full past the opening word: "Psikolog Alya Putri ...")
    return full.search(text, found.start() + len(found.group().split()[0])) is not None


_OPENING_MARKS = "\"\u201c\u2018'( "


@cache
def _common_openers() -> frozenset[str]:
    """Common words that open a sentence without being a name's title ("Tekanan", "Raksasa"): a title or a person's
    role before a one-word name gives it in full ("Kiper Ernando", "Penyanyi Rossa": ``summary_role_openers.txt``)."""
    roles = lower_word_list("id", "titles.txt") | lower_word_list("id", "summary_role_openers.txt")
    return lower_word_list("id", "common_words.txt") - roles


@cache
def _no_short_names() -> frozenset[str]:
    """The words written with a capital at a sentence's start that are no one's short name: common nouns
    (``common_words.txt``: "Polisi", "Pemerintah", "Kapal"), titles (``titles.txt``: "Presiden", "Kapolres") and the
    names that stand for a kind of party (``generic_names.txt``: "Timnas"). The sentence names its party as fully as
    the story does: another pick's "Wakil Presiden Gibran" does not give "Presiden" in full."""
    files = ("common_words.txt", "titles.txt", "generic_names.txt")
    return frozenset(w for f in files for w in lower_word_list("id", f) if " " not in w)


_OPENING_SPAN = 80  # the start of a sentence where its subject is (past an opening phrase: "Dari pantauan di lokasi Iwan ...")


@lru_cache(maxsize=4096)
def _full_name(name: str) -> re.Pattern[str]:
    """The name with a word written with a capital before or after it: "Harli Siregar", "Mendagri Tito", "Wakil Menteri
    Energi dan Sumber Daya Mineral (ESDM) Yuliot"; inside the
    sentence (a common word opens a sentence with a capital: "Erupsi Gunung Lewotobi ..." gives no name "Erupsi")."""
    return re.compile(rf"\b[A-Z][\w.-]*\)?\s+{name}\b|(?<=\s){name}\s+(?:[A-Z][\w'-]*|\()")


# a story has this many articles at least before a sentence is weighed against the others' names (in a smaller one,
# a party named by one article alone is as often one of the story's, the second defendant of a verdict)
_NAMES_ACROSS = 4


def _on_story(candidates: list[_Candidate], config: SummaryConfig) -> list[_Candidate]:
    """The candidates but those about someone only their own article names (``_off_story``): every candidate when the
    story has fewer than ``_NAMES_ACROSS`` articles, or when none would be left."""
    if len({c.article for c in candidates}) < _NAMES_ACROSS:
        return candidates
    told_by: dict[str, set[str]] = {}
    for c in candidates:
        for fact in c.facts:
            told_by.setdefault(fact, set()).add(c.article)
    kept = [c for c in candidates if not _off_story(c, told_by, config)]
    return kept or candidates


def _told_elsewhere(c: _Candidate, facts: Iterable[str], told_by: dict[str, set[str]]) -> float:
    """The share of the weight of these facts of the sentence that another article tells too (1.0 when it has none)."""
    weights = {fact: c.facts.get(fact, 1.0) for fact in facts}
    total = sum(weights.values())
    return sum(w for fact, w in weights.items() if told_by.get(fact, set()) - {c.article}) / total if total else 1.0


def _off_story(c: _Candidate, told_by: dict[str, set[str]], config: SummaryConfig) -> bool:
    """The sentence's names are mostly named by its own article only, and so is what it says: someone else's doing
    ("Pensiunan Jenderal Itzhak Brik mengeluarkan kritik pedas ..."), not a party's reaction to the story's happening
    ("Kementerian Agama meminta petugas haji mendampingi para jemaah lansia": the pilgrims are the story's)."""
    if _told_elsewhere(c, c.parties, told_by) >= config.shared_names:
        return False
    return _told_elsewhere(c, c.facts, told_by) < config.shared_facts_elsewhere


def summarise(
    articles: Sequence[ArticleLike], df: DocumentFrequencies, size: int, config: SummaryConfig | None = None
) -> list[SummarySentence]:
    """Extractive summary by maximal marginal relevance.

    A sentence's relevance is mostly its place in its article (news puts what
    happened first; a quote or "..., kata X" weighs less), plus its likeness to
    the story's centroid. Each pick is the sentence with the best relevance less
    its likeness to what was already picked, raised when its outlet has no pick
    yet, so that a story reported by five outlets is told from several of them.
    A sentence that restates a pick (most of its words, or most of its content
    words and figures: the same landing, the same sentence, the same count; the
    same dates or a specific figure; the same kind of happening in another
    outlet's word for it, "meletus" for "erupsi", with little else new) is
    never picked, and a pick that a later one tells all but a little of gives
    its place up, as does one whose facts the other picks tell between them
    while the outlets drawn on stay as many. One word with other affixes is
    one fact ("memperpanjang" / "perpanjangan"); one goal in a scorer list and
    in prose, and the suspect's arrest told with "pelaku" and with
    "tersangka", are one happening, as is a quote telling again what another
    sentence told of the same parties; who says a thing is no part of it, and
    "membenarkan adanya ..." frames the happening it is about. A name one outlet
    writes in full and another short, once the story defines the short form
    ("Kementerian Luar Negeri (Kemlu)"), is one party; a word the stemmer would
    read as another's forms ("perdana" as "dana") is its own fact. A fact told by an outlet with no pick is
    told in that outlet's words. A picked sentence names every article that has a sentence
    nearly the same.

    In a story of several articles, a remark that names no one, gives no
    figure or day and shares next to nothing with the headlines (an aside)
    weighs half, and the picks are put in reading order: the summary opens on
    the sentence that best tells the happening (like the headlines, dated, a
    lead that stands alone and names its party in full), a sentence that
    points back follows the one it points to, and a short name ("Harli")
    follows a pick that gives it in full. One article's summary keeps its order.
    """
    story_articles = [StoryArticle.of(a) for a in articles]
    selection = _rated_selection(story_articles, df, config or SummaryConfig())
    if not selection.candidates:
        return []
    selection.pick(size)
    return selection.sentences(story_articles)


def _rated_selection(story_articles: Sequence[StoryArticle], df: DocumentFrequencies, config: SummaryConfig) -> _Selection:
    """The story's candidates with their headlines, rated (``_Selection.rate``), before any pick."""
    headlines = {a.id: _unit(weigh(Counter(words(a.title)), df)) for a in story_articles if a.title}
    selection = _Selection(_on_story(_summary_candidates(story_articles, df, config), config), config, headlines=headlines)
    if len(story_articles) > 1:
        titled = [a for a in story_articles if a.title]
        selection.headline_roots = {a.id: _title_roots(a.title or "") for a in titled}
        selection.headline_kinds = {a.id: _happenings(a.title or "")[0] for a in titled}
    if selection.candidates:
        selection.rate()
    return selection


def _title_roots(title: str) -> frozenset[str]:
    """The roots of a headline's words, of two letters too ("MA", "AS") and of each part of a hyphenated one: what the
    roots of a sentence's parties are compared with."""
    lowered = title.lower()
    return frozenset(_root(w) for w in {*_TOKEN.findall(lowered), *re.findall(r"[^\W_]+", lowered)})


def story_title(articles: Sequence[StoryArticle], df: DocumentFrequencies) -> str:
    """The headline of the article closest to the story's centre; without headlines, the start of the first sentence."""
    titled = [(a, a.title) for a in articles if a.title]
    if not titled:
        first = sentences(articles[0])
        return first[0][1][:120] if first else ""
    vecs = [weigh(Counter(words(title + " " + a.body[:1500])), df) for a, title in titled]
    center = centroid(vecs)
    best = max(range(len(titled)), key=lambda i: (dot(vecs[i], center), -i))
    return titled[best][1]
