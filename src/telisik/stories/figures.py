"""A story's figures: the counts its articles give (the dead, the injured, the evacuated, flights
cancelled), as developing figures and as conflicts.

A count that changes as reports come in is news, not a disagreement: "8, then 9, then 10 tewas"
over a day of reports is a developing figure (``Update``), its values ordered by report time. A
conflict is kept for values that should agree and do not:

- reports of the same moment (published within ``same_report_hours`` of each other) giving the
  same figure differently;
- a later report giving a lower value than an earlier one (a toll does not fall).

A count told as a floor ("sedikitnya 639 tewas", "lebih dari 40", ``lang/id/count_bounds.tsv``) is no disagreement
with a higher count, whichever report came first: the floor is true of it (a figure repeated from an older tally,
or one the later count made precise).

A tally up to a day the text gives ("Hingga Senin 17 Juni, 224 orang tewas", ``stories.cutoffs``) is as of that
day: its update point is dated by it, and two tallies up to different days do not disagree.

Values are compared between sources only: an article is one source, whatever it says twice
(it gives its largest value of a figure: "13 tewas di lokasi" and "15 tewas" are two counts, the
total the larger), and a near-duplicate copy is its original's source, not a second one.

A count that is none of the story's is no value of its figures: another happening's toll told beside the story's
("terjadi beberapa hari setelah pesawat ... jatuh ..., menewaskan 241 orang", ``lang/id/precedent_count_cues.tsv``).
A series never mixes two counts under one key: a figure one article gives far-apart values of that other sources give
as theirs (24 dead in Israel and 224 in Iran) makes no series (``mixes_counts``).

The counts come from the articles' events (``count``, ``counted`` and the type: "15 mahasiswa
tewas" -> DIE, 15, "mahasiswa"), from the counted facts of their bodies
(``conflicts.counted_facts``) and from the people a vehicle carried ("bus yang membawa 42
mahasiswa", ``lang/id/aboard_counts.tsv``); a predicate of ``counted_facts.tsv`` is read as its event type by
``lang/id/figure_types.tsv``, so that both name one figure.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from functools import cache
from itertools import combinations
from typing import Protocol

from telisik.lang import lower_word_list, mapping, table
from telisik.nlp.timex import parse_number
from telisik.pages.dates import alternation
from telisik.records.stories import Conflict, Update, UpdatePoint
from telisik.stories.article import ArticleLike, StoryArticle, fact_field
from telisik.stories.clause_cues import sentence_span
from telisik.stories.conflicts import counted_facts, counted_facts_at, identifier_conflicts
from telisik.stories.cutoffs import cutoff_day, sentence_start
from telisik.stories.event_names import interval

# the event types whose count is a figure of the story: those counting people or things a happening
# struck (an attack's or a meeting's count is its attackers' or delegates', not a toll)
FIGURE_TYPES = frozenset({"DIE", "INJURE", "EVACUATE", "ARREST", "CLOSE"})
# a count dated more days than this before another happening of its kind its article tells is an earlier happening's
# (a precedent told for context)
EARLIER_DAYS = timedelta(days=7)
ABOARD = "diangkut"  # the kind of the figure of people a vehicle carried
# figures counted per place or per operator (flights cancelled at each airport, by each airline): their
# values differ without disagreeing, so they are developing figures, never conflicts
PER_PLACE = frozenset({"CLOSE"})


@dataclass(frozen=True)
class FigureConfig:
    """The figures' knobs."""

    # reports published this close together tell of the same moment: their counts should agree
    # (the Graz shooting's 8, 9 and 10 dead, reported 17:10 to 20:36 of one evening, disagree)
    same_report_hours: float = 6.0
    # values further apart than this ratio are not one figure told differently but different figures
    # the text does not tell apart (3 dead in Israel, 224 in Iran; 24 injured in one city, 600 in all)
    max_ratio: float = 1.5


@dataclass(frozen=True)
class Observation:
    """One article's value of one figure."""

    article: str
    source: str  # the article, or the original it is a near-duplicate copy of
    at: datetime | None  # the report time: the article's publication
    day_only: bool  # the publication gives a day, no time
    value: float
    cutoff: str | None = None  # the day the value is a tally as of ("Hingga Senin 17 Juni, ..."), when the text gives one
    bound: str | None = None  # "floor" for "sedikitnya 639" (``count_bounds.tsv``); None: the count itself
    told: frozenset[float] = frozenset()  # every value of the figure the article gives (its largest is ``value``)
    sentence: str = ""  # the sentence that gives the value, the conflict's evidence


@cache
def _event_types() -> dict[str, str]:
    """A counted_facts predicate -> the event type it counts ("tewas" -> DIE)."""
    return mapping("id", "figure_types.tsv")


@cache
def _counted_as() -> dict[str, str]:
    """A counted noun -> the class it counts as ("warga", "korban" -> "orang"), from counted_facts.tsv."""
    return {row[1].lower(): (row[2] if len(row) > 2 else row[1]) for row in table("id", "counted_facts.tsv") if row[0] == "noun"}


def _noun(counted: str) -> str:
    """What a count counts, as one class: "warga" and "korban" are "orang"; a noun not listed stays itself."""
    word = counted.strip().lower()
    return _counted_as().get(word, word)


def sentence_at(article: StoryArticle, at: int) -> str:
    """The sentence of the body holding ``body[at]``, its spaces folded (the page's sentences, else the text between
    ends of sentences around it)."""
    body = article.body
    if span := sentence_span(article, at):
        return " ".join(body[span[0] : span[1]].split())
    starts = [m.end() for m in _SENTENCE_END.finditer(body, max(0, at - _PRECEDENT_REACH), at)]
    end = _SENTENCE_END.search(body, at)
    start = starts[-1] if starts else max(0, at - _PRECEDENT_REACH)
    return " ".join(body[start : end.start() + 1 if end else len(body)].split())


# a publication time without a zone is read as Western Indonesian Time, the zone of most of the news read
_WIB = timezone(timedelta(hours=7))


def report_time(published: str) -> tuple[datetime | None, bool]:
    """The publication time of an article, and whether it gives a day alone (then its midnight); None when unreadable."""
    text = published.strip()
    try:
        at = datetime.fromisoformat(text)
    except ValueError:
        return None, False
    return (at if at.tzinfo else at.replace(tzinfo=_WIB)), "T" not in text and " " not in text


@cache
def _bound_patterns() -> tuple[re.Pattern[str], re.Pattern[str], dict[tuple[str, str], str]]:
    """A bound's words ending the text before a number and opening the text after it, and (place, words) -> its
    bound ("floor" or "none"), from ``lang/id/count_bounds.tsv``."""
    kinds = {(row[1], " ".join(row[2].lower().split())): row[0] for row in table("id", "count_bounds.tsv") if len(row) > 2}

    def words(place: str) -> str:
        return alternation(w for p, w in kinds if p == place) or "(?!)"

    before = re.compile(rf"(?<!\w)(?:{words('before')})\s*$")
    after = re.compile(rf"^\s*(?:{words('after')})(?!\w)")
    return before, after, kinds


def count_bound(body: str, start: int, end: int) -> str | None:
    """Whether the number at ``body[start:end]`` is a floor ("sedikitnya 639", "40 lebih"): "floor", else None (the
    count itself; "kurang lebih 40" is about 40)."""
    before, after, kinds = _bound_patterns()
    if m := before.search(body[max(0, start - 30) : start].lower()):
        kind = kinds.get(("before", " ".join(m[0].split())))
    elif m := after.match(body[end : end + 20].lower()):
        kind = kinds.get(("after", " ".join(m[0].split())))
    else:
        return None
    return kind if kind == "floor" else None


def _event_count_span(body: str, event: object, count: float) -> tuple[int, int] | None:
    """Where an event's sentence writes its count in the body ("sedikitnya 639 orang tewas" -> the span of "639");
    None when the sentence or a number in digits is not found."""
    sentence = str(fact_field(event, "sentence") or "")
    at = body.find(sentence) if sentence else -1
    if at < 0 or count != int(count):
        return None
    written = f"{int(count):,}".replace(",", ".")
    found = re.search(rf"(?<![\d.,]){re.escape(written)}(?![\d]|[.,]\d)", sentence) or re.search(
        rf"(?<![\d.,]){int(count)}(?![\d]|[.,]\d)", sentence
    )
    return (at + found.start(), at + found.end()) if found else None


@cache
def _precedent_pattern() -> re.Pattern[str]:
    """Words that, before a count in its sentence, make it another happening's (``precedent_count_cues.tsv``): "terjadi
    beberapa hari setelah ..." (a gap of time: "terjadi setelah sopir mengantuk" gives a cause), "pernah terjadi",
    "kecelakaan serupa"."""
    rows = [r for r in table("id", "precedent_count_cues.tsv") if len(r) > 1]

    def words(kind: str) -> str:
        return alternation(r[1].lower() for r in rows if r[0] == kind) or "(?!)"

    gap = rf"(?:[\w-]+\s+){{0,2}}?(?:{words('unit')})\s+"  # "beberapa hari ", "hanya sepekan "
    # "terjadi dua hari setelah Idul Adha", "sehari setelah hujan deras": a day or the weather, no happening with a toll
    # ("setelah malam Natal", "setelah (Idul Adha)")
    calm = rf"(?!\s+[\"'“‘(]?(?:(?:{words('calm_lead')})\s+)?(?:{words('calm')})(?!\w))"
    # "belum pernah terjadi", "kecelakaan serupa belum pernah terjadi" tell the story's happening is the first of its
    # kind: no other came before it (the text searched has its spaces folded to one)
    unless = "".join(rf"(?<!(?<!\w){re.escape(r[1].lower())}\s)" for r in rows if r[0] == "negation")
    denied = rf"(?!\s+(?:{words('negation')})(?!\w))"
    past = rf"{unless}(?:{words('past')})(?!\w){denied}"
    return re.compile(rf"(?<!\w)(?:(?:{words('lead')})\s+{gap}(?:{words('after')}){calm}|{past})(?!\w)")


# how far back in its sentence a count's precedent words are looked for
_PRECEDENT_REACH = 300
# the end of a sentence when the page gives no sentences: a stop, a question or an exclamation, closing quotes or a
# bracket after it ('... di tikungan ini." Hingga Senin'), or a new line
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s+|\n")


def _sentence_from(article: StoryArticle, at: int) -> int:
    """Where the sentence holding ``body[at]`` starts: the page's own sentences, else the last end of a sentence before it."""
    low = max(0, at - _PRECEDENT_REACH)
    if article.sentence_spans:
        return max(sentence_start(article, at)[0], low)
    ends = [m.end() for m in _SENTENCE_END.finditer(article.body, low, at)]
    return ends[-1] if ends else low


def of_another_happening(article: StoryArticle, at: int) -> bool:
    """Whether the count at ``body[at]`` is set, by words before it in its sentence, in another happening than the
    story's (``_precedent_pattern``): the airliner's 241 dead in "Kecelakaan helikopter itu terjadi beberapa hari
    setelah pesawat Air India jatuh ..., menewaskan 241 orang"."""
    body = article.body

    def folded(start: int) -> str:  # scraped bodies double their spaces ("belum  pernah terjadi")
        return " ".join(body[start:at].split()).lower()

    if not _precedent_pattern().search(folded(max(0, at - _PRECEDENT_REACH))):
        return False  # no such words near it: the sentence is not looked up
    return bool(_precedent_pattern().search(folded(_sentence_from(article, at))))


@cache
def _aboard_pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    """The counts of people a vehicle carried ("bus yang membawa 42 mahasiswa", "mengangkut sekitar 40 pelajar"), from
    lang/id/aboard_counts.tsv."""
    rows = table("id", "aboard_counts.tsv")

    def words(role: str) -> str:
        return "|".join(sorted((re.escape(r[1]) for r in rows if r[0] == role), key=len, reverse=True))

    nouns = {r[1].lower(): r[2] for r in rows if r[0] == "noun" and len(r) > 2}
    pattern = re.compile(
        rf"\b(?:{words('verb')})\s+(?:(?:{words('filler')})\s+)*(\d{{1,3}}(?:\.\d{{3}})+|\d+)\s+(?:(?:{words('after')})\s+)?({words('noun')})\b",
        re.IGNORECASE,
    )
    return pattern, nouns


def aboard_counts(body: str) -> list[tuple[str, float]]:
    """(who was carried, how many) for each count of people a vehicle carried: ("pelajar", 42)."""
    return [(noun, number) for noun, number, _, _ in _aboard_counts(body)]


def _aboard_counts(body: str) -> list[tuple[str, float, str | None, int]]:
    """(who was carried, how many, its bound, where the count starts): ("pelajar", 40, "floor", 812) for "membawa 40
    lebih pelajar"."""
    pattern, nouns = _aboard_pattern()
    found = ((m, parse_number(m[1])) for m in pattern.finditer(body))
    return [(nouns[m[2].lower()], number, count_bound(body, m.start(1), m.end(1)), m.start(1)) for m, number in found if number]


@cache
def _type_words() -> dict[str, str]:
    """An event type -> the first predicate that counts it, to name the figure ("DIE" -> "tewas")."""
    words: dict[str, str] = {}
    for predicate, kind in _event_types().items():
        words.setdefault(kind, predicate)
    return words


@dataclass(frozen=True)
class _Count:
    """An article's value of a figure: the cut-off day it is a tally as of, and whether it is a floor ("floor")."""

    value: float
    cutoff: str | None
    bound: str | None
    told: frozenset[float]  # every value of the figure the article gives
    sentence: str = ""  # the first sentence giving the value


def _told_of_before(article: StoryArticle, event: object) -> bool:
    """Whether an event is dated well before another of its kind the article tells ("Pada 8 Mei, sebuah helikopter
    jatuh ..., menewaskan enam orang" in a report of a crash of 15 June): its count is an earlier happening's, a
    precedent, not a figure of the story's. A toll told days after its one happening stays the story's figure."""
    span = interval(fact_field(event, "when"))
    if not span:
        return False
    kind = fact_field(event, "type")
    later = (interval(fact_field(ev, "when")) for ev in article.events if fact_field(ev, "type") == kind)
    return any(other and span[1] < other[0] - EARLIER_DAYS for other in later)


def _another_fates_count(event: object, count: float) -> bool:
    """Whether the event's sentence gives its count to another fate and none to the event's: "sedikitnya 24 orang tewas
    di Israel dan ratusan lainnya luka-luka" read as 24 injured is the count of the dead, not of the injured."""
    kind = fact_field(event, "type")
    sentence = str(fact_field(event, "sentence") or "")
    if sum(parse_number(w) == count for w in re.findall(r"\w[\w.,]*\w|\w", sentence)) > 1:
        return False  # "menewaskan dua orang tewas dan dua lainnya luka-luka": the one number told of both fates
    fates = {_event_types().get(key.rpartition(" ")[2]) for key, value, _ in counted_facts(sentence) if value == count}
    fates.discard(None)
    return bool(fates) and kind not in fates


class _Counts:
    """One article's figures as they are read: (kind, counted) -> its largest value, the cut-off day it is a tally as of,
    its bound and every value given (an exact count wins over a bound of the same value: "sedikitnya 10" and "10 tewas"
    in one article count 10)."""

    def __init__(self, article: StoryArticle) -> None:
        self.article = article
        self.counts: dict[tuple[str, str], _Count] = {}

    def add(self, kind: str, counted: str, value: float, at: int | None, bound: str | None, sentence: str = "") -> None:
        key = (kind, _noun(counted))
        old = self.counts.get(key)
        told = (old.told if old else frozenset()) | {value}
        if old is None or value > old.value:
            cutoff = cutoff_day(self.article, at) if at is not None and at >= 0 else None
            self.counts[key] = _Count(value, cutoff, bound, told, sentence)
        elif value == old.value:
            if old.bound and not bound:  # the exact count is the evidence: "sedikitnya 10" then "10 tewas"
                self.counts[key] = _Count(value, old.cutoff, None, told, sentence or old.sentence)
            else:
                self.counts[key] = _Count(value, old.cutoff, old.bound, told, old.sentence or sentence)
        else:
            self.counts[key] = _Count(old.value, old.cutoff, old.bound, told, old.sentence)


def _event_figure(article: StoryArticle, ev: object) -> tuple[float, int | None, str | None, str] | None:
    """An event's count as a figure of the story: (the count, where its event starts when in the text, its bound, its
    sentence); None for a count that is none of the story's (a plan's, another fate's, an earlier happening's,
    ``of_another_happening``)."""
    count, kind = fact_field(ev, "count"), fact_field(ev, "type")
    if not (isinstance(count, int | float) and not isinstance(count, bool) and count > 0 and kind in FIGURE_TYPES):
        return None
    if _another_fates_count(ev, float(count)) or fact_field(ev, "status") == "planned" or _told_of_before(article, ev):
        return None  # a plan counts nothing yet
    start = fact_field(ev, "start")
    in_text = isinstance(start, int) and fact_field(ev, "in") != "caption"
    span = _event_count_span(article.body, ev, float(count)) if in_text else None
    if span and of_another_happening(article, span[0]):
        return None
    bound = count_bound(article.body, *span) if span else None
    return float(count), start if in_text else None, bound, " ".join(str(fact_field(ev, "sentence") or "").split())


def _article_counts(article: StoryArticle) -> dict[tuple[str, str], _Count]:
    """(kind, counted) -> the article's largest value of that figure, the cut-off day it is a tally as of, its bound and
    every value it gives, from its events, the counted facts of its body and what its vehicles carried."""
    counts = _Counts(article)
    for ev in article.events:
        if figure := _event_figure(article, ev):
            counts.add(fact_field(ev, "type"), str(fact_field(ev, "counted") or ""), *figure)
    for key, value, text, at in counted_facts_at(article.body):
        noun, _, predicate = key.rpartition(" ")
        if value <= 0 or of_another_happening(article, at):
            continue
        number = re.match(r"\S+", text)
        bound = count_bound(article.body, at, at + number.end()) if number else None
        counts.add(_event_types().get(predicate, predicate), noun, value, at, bound, sentence_at(article, at))
    for noun, value, bound, at in _aboard_counts(article.body):
        counts.add(ABOARD, noun, value, None, bound, sentence_at(article, at))
    return counts.counts


def _observations(
    articles: Sequence[StoryArticle], duplicate_of: Mapping[str, tuple[str, float]]
) -> dict[tuple[str, str], list[Observation]]:
    """Each figure of the story ((kind, counted)) -> one observation per article giving it."""
    ids = {a.id for a in articles}
    figures: dict[tuple[str, str], list[Observation]] = {}
    for a in articles:
        source = duplicate_of[a.id][0] if a.id in duplicate_of and duplicate_of[a.id][0] in ids else a.id
        at, day_only = report_time(a.published)
        for key, count in _article_counts(a).items():
            observation = Observation(a.id, source, at, day_only, count.value, count.cutoff, count.bound, count.told, count.sentence)
            figures.setdefault(key, []).append(observation)
    return figures


def count_text(number: float) -> str:
    """A count as the gold and the contract write it: "8", "2.5"."""
    return str(int(number)) if number == int(number) else f"{number:g}"


class Reported(Protocol):
    """A value as one report gives it: when it was published, and whether that is a day only."""

    @property
    def at(self) -> datetime | None: ...

    @property
    def day_only(self) -> bool: ...


def same_moment(a: Reported, b: Reported, window: timedelta) -> bool:
    """Two reports of the same moment: published within the window (of one day, when a day is all they give)."""
    if a.at is None or b.at is None:
        return False
    if a.day_only or b.day_only:
        return a.at.date() == b.at.date()
    return abs(a.at - b.at) <= window


def _floor_below(a: Observation, b: Observation) -> bool:
    """Whether the lower of two values is a floor ("lebih dari 40 orang ditangkap", "sedikitnya 639 tewas"): a floor is
    true of any higher count, told before it or after it ("lebih dari 40" arrested and then "44" arrested agree; so do
    "lebih dari 657 tewas" at 12:56 and "sedikitnya 639 tewas" at 13:44, a figure repeated from an older tally). An
    exact count below a higher one of the same moment still disagrees with it (8 dead, then at least 9, then 10 of
    one evening: the reports differ on the toll)."""
    low = a if a.value < b.value else b
    return low.bound == "floor"


def _clash(a: Observation, b: Observation, window: timedelta, max_ratio: float) -> bool:
    """Two sources that should agree and do not: the same moment, different values; or a later, lower value, unless
    the lower is a floor (``_floor_below``)."""
    if a.source == b.source or a.value == b.value or max(a.value, b.value) > max_ratio * min(a.value, b.value):
        return False
    if _floor_below(a, b):
        return False
    if a.cutoff and b.cutoff and a.cutoff != b.cutoff:
        return False  # tallies up to different days ("hingga Senin", "hingga Rabu"): not one moment's count
    if same_moment(a, b, window):
        return True
    if a.at is None or b.at is None or a.at == b.at:
        return False
    earlier, later = (a, b) if a.at < b.at else (b, a)
    return later.value < earlier.value


def _conflict(about: str, observations: Sequence[Observation], window: timedelta, max_ratio: float) -> Conflict | None:
    """The values of clashing reports, each with every article that gives it; None when none clash."""
    clashing = {o.value for a, b in combinations(observations, 2) if _clash(a, b, window, max_ratio) for o in (a, b)}
    if not clashing:
        return None
    values: dict[str, list[str]] = {}
    evidence: dict[str, list[dict[str, str]]] = {}
    for o in sorted(observations, key=lambda o: (o.value, o.at or datetime.min)):
        if o.value in clashing:
            values.setdefault(count_text(o.value), []).append(o.article)
            if o.sentence:
                evidence.setdefault(count_text(o.value), []).append({"article": o.article, "sentence": o.sentence})
    return Conflict(about=f"number {about}", kind="number", values=values, evidence=evidence)


def _report_windows(observations: Sequence[Observation], window: timedelta) -> list[list[Observation]]:
    """The timed observations in order, cut into runs of reports of one moment (each run within the window of its first)."""
    runs: list[list[Observation]] = []
    for o in sorted((o for o in observations if o.at is not None), key=lambda o: (o.at, o.article)):
        if runs and same_moment(runs[-1][0], o, window):
            runs[-1].append(o)
        else:
            runs.append([o])
    return runs


def mixes_counts(observations: Sequence[Observation], max_ratio: float) -> bool:
    """Whether the figure holds two counts its key does not tell apart (two countries' dead, a war's and one strike's):
    one article gives, beside its value, a value far below it (``max_ratio``) that other sources give as theirs
    ("sedikitnya 24 orang tewas di Israel" beside "menewaskan 224 orang" in Iran, where other reports give 24 alone
    and 224 alone). A series over it would mix them. A small part of a toll told beside it ("bertambah menjadi 17
    orang setelah dua korban meninggal di rumah sakit") is no other source's value, and close values ("13 tewas di
    lokasi", "15 tewas") are one count and its total."""
    for o in observations:
        # only a value another source gives at this report's time or later: an earlier one the article tells too
        # ("Kini 9 orang tewas. Sebelumnya, 4 orang tewas"; "bertambah dari 4 menjadi 9") is the toll rising
        others = {p.value for p in observations if p.source != o.source and (p.at is None or o.at is None or p.at >= o.at)}
        if any(v in others and o.value > max_ratio * v for v in o.told):
            return True
    return False


def _update(kind: str, counted: str, about: str, observations: Sequence[Observation], window: timedelta) -> Update | None:
    """The figure as it stood after each round of reports, when it changed from one round to a later one.

    A round's value is its largest (what disagrees inside a round is a conflict, not an update, and a toll does not
    fall: a smaller count reported last in a round, "1 tewas" of another strike, does not stand for the round); a round
    that gives less than an earlier one is left out (a falling count is a conflict too), and so is one whose value is a
    total told with an earlier value as its part ("sedikitnya 270 orang, termasuk 241 penumpang": ``_total_of``).
    """
    points: list[UpdatePoint] = []
    for run in _report_windows(observations, window):
        latest = max(o.value for o in run)
        giving = [o for o in run if o.value == latest]
        value = int(latest) if latest == int(latest) else round(latest)
        if points and (value < max(p.value for p in points) or _total_of(giving[0].sentence, latest, points)):
            continue
        if points and points[-1].value == value:
            points[-1].articles.extend(o.article for o in giving)
            continue
        first = giving[0]
        assert first.at is not None
        # a tally up to a day the text gives is as of that day, not of its report
        as_of = first.cutoff or (first.at.date().isoformat() if first.day_only else first.at.isoformat(timespec="minutes"))
        points.append(UpdatePoint(value=value, as_of=as_of, articles=[o.article for o in giving]))
    if len(points) < 2:
        return None
    return Update(about=about, type=kind if kind.isupper() else None, counted=counted, series=points)


@cache
def _part_pattern() -> re.Pattern[str]:
    """A word that puts a part of a count after it ("termasuk", ``part_of_total_words.txt``), then the part's number."""
    words = alternation(lower_word_list("id", "part_of_total_words.txt"))
    return re.compile(rf"(?<!\w)(?:{words})\s+(\d{{1,3}}(?:\.\d{{3}})+|\d+)(?!\w)", re.IGNORECASE)


def _total_of(sentence: str, value: float, points: Sequence[UpdatePoint]) -> bool:
    """Whether the sentence that gives ``value`` tells an earlier point's value as a part of it ("sedikitnya 270 orang,
    termasuk 241 penumpang dan awak" after 241): a total of another scope, no update of the earlier count."""
    parts = {parse_number(m[1]) for m in _part_pattern().finditer(sentence)}
    return any(p.value in parts and p.value < value for p in points)


def figures_and_conflicts(
    articles: Sequence[ArticleLike], duplicate_of: Mapping[str, tuple[str, float]] | None = None, config: FigureConfig | None = None
) -> tuple[list[Update], list[Conflict]]:
    """The story's developing figures, and the counts and identifiers (``conflicts.identifier_conflicts``) its sources
    disagree on."""
    config = config or FigureConfig()
    window = timedelta(hours=config.same_report_hours)
    members = [StoryArticle.of(a) for a in articles]
    updates: list[Update] = []
    conflicts: list[Conflict] = []
    for (kind, noun), observations in _observations(members, duplicate_of or {}).items():
        if len({o.source for o in observations}) < 2:
            continue  # one source, however often it counts, does not disagree with itself
        counted = f"{noun} {_type_words().get(kind, kind.lower())}".strip() if kind.isupper() else f"{noun} {kind}"
        about = f"{counted} ({kind})" if kind.isupper() else counted
        if kind not in PER_PLACE and (conflict := _conflict(f"of {about}", observations, window, config.max_ratio)):
            conflicts.append(conflict)
        # what a vehicle carried does not develop: two loads told in one story are two vehicles' (a charter flight's 200,
        # a cruise ship's 1,500), and one vehicle's load given differently is a conflict above; a figure one article
        # gives far-apart values of holds counts the key does not tell apart (``mixes_counts``): no series of them
        if kind == ABOARD or mixes_counts(observations, config.max_ratio):
            continue
        if update := _update(kind, counted, about, observations, window):
            updates.append(update)
    # the numbers that identify (a flight's, a plate's) are the story's numbers too: given differently, they disagree
    ids = {a.id for a in members}
    sources = {a: of for a, (of, _) in (duplicate_of or {}).items() if a in ids and of in ids}
    return updates, conflicts + identifier_conflicts(members, sources)
