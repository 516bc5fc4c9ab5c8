"""The conflicts of one event of a story's timeline: dates, clock times and places its sources give differently.

Each pass reads one group of mentions (``timeline.EventGroup``: the reports of one real happening) and says
what its different sources disagree on: two days for one event (not the days of a trip's legs, not two
sessions of a trial), two clock times of one day close enough to be one moment, two places of one level
(not a place and one inside it, not the legs of a trip, not the many places of a happening that spreads).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import combinations
from typing import TYPE_CHECKING

from telisik.lang import lower_word_list, mapping, table
from telisik.pages.dates import alternation, month_numbers
from telisik.records.stories import Conflict
from telisik.stories.article import StoryArticle, fact_field
from telisik.stories.conflicts import from_two_sources
from telisik.stories.event_names import (
    CLOCK,
    HAPPENINGS,
    SESSIONS,
    SPREAD,
    day_value,
    is_country,
    label,
    person_like,
    place_level,
    same_name,
)
from telisik.stories.relations import placements
from telisik.text import fold_name

if TYPE_CHECKING:
    from telisik.stories.timeline import EventGroup, Mention

# acts done again and again in a story (arrests night after night): one of them is one only when it names whom it befell
REPEATED = frozenset({"ARREST"})
# acts announced in one room and done to things in many places (permits revoked for mines on four islands): only
# their venues (``place_levels.tsv`` level building: "Kantor Presiden", "Istana Negara") are alternatives
VENUED = frozenset({"SANCTION"})


def _same_scene(a: set[str], b: set[str]) -> bool:
    """Whether two days' reports can be of one moment by their places: landing at Pulkovo on the 18th and
    arriving at the Konstantinovsky palace on the 19th are two legs of a trip, not two dates of one arrival."""
    return not a or not b or any(same_name(x, y) for x in a for y in b)


@cache
def _series_day() -> re.Pattern[str]:
    """Words telling an event as one day of several ("memasuki hari kedua", ``series_day_words.txt``)."""
    words = alternation(lower_word_list("id", "series_day_words.txt"))
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)" if words else r"(?!)")


def _over_days(group: EventGroup) -> bool:
    """Whether a report tells the event as one day of several (talks "memasuki hari kedua"): its reports' days are its
    days, not dates of one moment in dispute."""
    return any(_series_day().search(str(fact_field(m.event, "sentence") or "").lower()) for m in group.mentions)


def _names_a_person(who: list[str]) -> bool:
    """Whether an event's parties name a person (``person_like``, and no country)."""
    return any(person_like(n) and not is_country(n) for n in who)


def _has_days_not_a_date(group: EventGroup, who: list[str]) -> bool:
    """A trial's sessions, an event told over several days, and arrests of people nobody names (29 held on Saturday,
    one on Sunday, in one city's riots: arrests of two days) have days, not a date in dispute."""
    return group.type in SESSIONS or _over_days(group) or (group.type in REPEATED and not _names_a_person(who))


@dataclass
class _DaysTold:
    """The days the reports of one event give: each day's articles, the sentences giving it, the places its reports
    give, and the days the text (not only a caption) gives."""

    articles: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    said_in: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    places: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    in_text: set[str] = field(default_factory=set)


def _days_told(group: EventGroup) -> _DaysTold:
    told = _DaysTold()
    for m in group.mentions:
        day = day_value(fact_field(m.event, "when")) if m.span else None
        if not day or m.quoted_relative:
            continue  # "Besok ...," said a minister in a press release: the speaker's day, not the report's, is its anchor
        if m.article not in told.articles[day]:
            told.articles[day].append(m.article)
        told.said_in[day].add(f"{m.article}\t{fact_field(m.event, 'sentence')}")
        if not m.in_caption:
            told.in_text.add(day)
        if where := fact_field(m.event, "where"):
            told.places[day].add(where)
    return told


def _mention_evidence(
    group: EventGroup, values: Mapping[str, list[str]], value_of: Callable[[Mention], str | None]
) -> dict[str, list[dict[str, str]]]:
    """Each value -> the sentence of each of its articles that gives it: the article's first mention of the event whose
    value (``value_of``) it is, so a reader sees which sentence gave which value."""
    out: dict[str, list[dict[str, str]]] = {}
    for value, ids in values.items():
        for article in ids:
            sentence = next(
                (str(fact_field(m.event, "sentence") or "") for m in group.mentions if m.article == article and value_of(m) == value), ""
            )
            if sentence.strip():
                out.setdefault(value, []).append({"article": article, "sentence": " ".join(sentence.split())})
    return out


def _mention_day(m: Mention) -> str | None:
    return day_value(fact_field(m.event, "when")) if m.span else None


def _mention_clock(m: Mention) -> str | None:
    when = fact_field(m.event, "when")
    return when[:16] if isinstance(when, str) and CLOCK.match(when) else m.clock


def _date_conflict(group: EventGroup, who: list[str], sources: Mapping[str, str]) -> Conflict | None:
    """Two days for one event from different sources (none for an event that has days, ``_has_days_not_a_date``)."""
    if _has_days_not_a_date(group, who):
        return None
    told = _days_told(group)
    days, said_in, places = told.articles, told.said_in, told.places
    if len(days) < 2:
        return None
    # a date only a photo caption gives, against the text's: the caption is the likelier slip
    if told.in_text and set(days) - told.in_text:
        values = dict(sorted(days.items()))
        evidence = _mention_evidence(group, values, _mention_day)
        return Conflict(about=f"caption date of {label(group.type, who)}", kind="caption_date", values=values, evidence=evidence)
    # two days disagree when one sentence sets them against each other (accounts differ), or when
    # different sources give them and no article tells both (an article giving two days tells two
    # days of the event: talks on their second day) and their places can be one scene (not a trip's legs)
    disagreeing = {
        d
        for a, b in combinations(days, 2)
        if _same_scene(places[a], places[b])
        and (said_in[a] & said_in[b] or (not set(days[a]) & set(days[b]) and from_two_sources({a: days[a], b: days[b]}, sources)))
        for d in (a, b)
    }
    if len(disagreeing) < 2:
        return None
    values = {d: days[d] for d in sorted(disagreeing)}
    evidence = _mention_evidence(group, values, _mention_day)
    return Conflict(about=f"date of {label(group.type, who)}", kind="date", values=values, evidence=evidence)


def _minutes(clock: str) -> int:
    return int(clock[11:13]) * 60 + int(clock[14:16])


# a clock time written approximately ("sekitar pukul 05.10") is its writer's rounding, to the five minutes news
# times are mostly rounded to: a time this many minutes from it or fewer is the same moment, no dispute. A time
# written bare ("pukul 1 dini hari" against 01.04) is given as exact and still disagrees
_APPROXIMATE_MINUTES = 5


@cache
def _approximate_clock_words() -> str:
    return alternation(lower_word_list("id", "approximate_clock_words.txt"))


@lru_cache(maxsize=256)
def _approximate_clock(clock: str) -> re.Pattern[str]:
    """A clock time ("2025-06-20T05:10") written after a word of ``approximate_clock_words.txt``: "sekitar pukul
    05.10", "sekira 5.10"."""
    hour, minute = int(clock[11:13]), clock[14:16]
    return re.compile(rf"(?<!\w)(?:{_approximate_clock_words()})\s+(?:pukul\s+|jam\s+)?0?{hour}[.:]{minute}(?!\d)", re.IGNORECASE)


def _one_rounded_moment(a: str, b: str, approximate: set[str]) -> bool:
    """Whether two clock times are one moment rounded: a few minutes apart (``_APPROXIMATE_MINUTES``) and one of them
    written approximately by some article ("sekitar pukul 05.10" against "sekitar pukul 05.11")."""
    return abs(_minutes(a) - _minutes(b)) <= _APPROXIMATE_MINUTES and bool({a, b} & approximate)


def _time_conflict(group: EventGroup, who: list[str], sources: Mapping[str, str], within: int) -> Conflict | None:
    """One day of the event, different clock times from different sources (01:10 against 01:04), at most
    ``within`` minutes apart (further apart, they are the times of two happenings of a kind), and not one
    moment rounded (``_one_rounded_moment``).

    Parts of the day ("pagi", "dini hari") are left out: they are readings of a word, not a time given.
    """
    times: dict[str, dict[str, list[str]]] = defaultdict(dict)
    approximate: set[str] = set()
    for m in group.mentions:
        when = fact_field(m.event, "when")
        clock = when[:16] if isinstance(when, str) and CLOCK.match(when) else m.clock
        if clock and not m.in_caption:
            ids = times[clock[:10]].setdefault(clock, [])
            if m.article not in ids:
                ids.append(m.article)
            if clock not in approximate and _approximate_clock(clock).search(m.body):
                approximate.add(clock)
    for values in times.values():
        # an article giving both times tells two moments (two quakes, a fire's start and its spread)
        close = {
            t
            for a, b in combinations(values, 2)
            if abs(_minutes(a) - _minutes(b)) <= within
            and not _one_rounded_moment(a, b, approximate)
            and not set(values[a]) & set(values[b])
            and from_two_sources({a: values[a], b: values[b]}, sources)
            for t in (a, b)
        }
        if len(close) >= 2:
            shown = {t: values[t] for t in sorted(close)}
            evidence = _mention_evidence(group, shown, _mention_clock)
            return Conflict(about=f"time of {label(group.type, who)}", kind="time", values=shown, evidence=evidence)
    return None


def _legs(a: str, b: str, places: Mapping[str, list[str]], days: Mapping[str, set[str | None]]) -> bool:
    """Two places one event has both of: one article tells them both (a trip's legs, Kualanamu then Depok;
    the strait of a ship's accident and the owner's city), or they are dated on different days."""
    if set(places[a]) & set(places[b]):
        return True
    days_a, days_b = {d for d in days[a] if d}, {d for d in days[b] if d}
    return bool(days_a and days_b and not days_a & days_b)


@cache
def _relative_days() -> frozenset[str]:
    return frozenset(word.lower() for word in mapping("id", "relative_days.tsv"))


_QUOTE_MARKS = str.maketrans({"“": '"', "”": '"'})


def quoted_relative_date(body: str, event: object) -> bool:
    """Whether an event is dated by a day relative to its telling ("besok", "kemarin", ``relative_days.tsv``) inside a
    quotation: the words are the speaker's, said on a day the report may not give (a press release of yesterday's
    remarks), so the day they are read as is no date another source can disagree with."""
    span = fact_field(event, "when_span")
    if not (isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return False
    if fact_field(event, "in") == "caption" or body[span[0] : span[1]].strip().lower() not in _relative_days():
        return False
    paragraph = body[body.rfind("\n", 0, span[0]) + 1 : span[0]].translate(_QUOTE_MARKS)
    return paragraph.count('"') % 2 == 1


@cache
def _alias_words() -> str:
    return alternation(lower_word_list("id", "alias_words.txt"))


@lru_cache(maxsize=4096)
def _joined_names(only_a: str, only_b: str) -> re.Pattern[str]:
    a, b, words = re.escape(only_a), re.escape(only_b), _alias_words()
    return re.compile(rf"(?<!\w)(?:{a}\s*,?\s*(?:{words})\s*(?:\w+\s+)?{b}|{b}\s*,?\s*(?:{words})\s*(?:\w+\s+)?{a})(?!\w)")


def named_as_one(a: str, b: str, texts: Sequence[str]) -> bool:
    """Whether the articles themselves give two names as one thing's ("Istana Constantine atau Konstantinovsky",
    "Konstantinovsky (Constantine)"): the words that tell the names apart, joined by a word of ``alias_words.txt``.
    ``texts``: the story's bodies in lower case."""
    ours, theirs = fold_name(a).split(), fold_name(b).split()
    only_a = " ".join(w for w in ours if w not in theirs)
    only_b = " ".join(w for w in theirs if w not in ours)
    if not only_a or not only_b or not _alias_words():
        return False
    joined = _joined_names(only_a, only_b)
    return any(only_a in text and only_b in text and joined.search(text) for text in texts)


class StoryPlaces:
    """What a story's articles say of its places, read when a place conflict needs it: the names they give one place
    ("Istana Constantine atau Konstantinovsky") and what lies in what ("Pulau Gag di Raja Ampat"). Each pair of
    places is read once: a story's many reports of one event name the same few places over and over."""

    def __init__(self, articles: Sequence[StoryArticle]) -> None:
        self._articles = articles
        self._texts: list[str] | None = None
        self._placements: list[tuple[str, str]] | None = None
        self._one: dict[tuple[str, str], bool] = {}
        self._inside: dict[tuple[str, str], bool] = {}

    def one_place(self, a: str, b: str) -> bool:
        if (a, b) not in self._one:
            if self._texts is None:
                self._texts = [x.body.lower().replace("-", " ") for x in self._articles]
            self._one[(a, b)] = named_as_one(a, b, self._texts)
        return self._one[(a, b)]

    def inside(self, a: str, b: str) -> bool:
        """Whether an article places one of the two inside the other ("Pulau Gag, Raja Ampat" and "Geopark Raja Ampat")."""
        if (a, b) not in self._inside:
            if self._placements is None:
                self._placements = placements(self._articles)
            pairs = ((a, b), (b, a))
            self._inside[(a, b)] = any(same_name(thing, x) and same_name(region, y) for thing, region in self._placements for x, y in pairs)
        return self._inside[(a, b)]


@cache
def _history_years() -> re.Pattern[str]:
    """A year after a year cue or a month name ("tahun 1636", "11 September 2001", ``history_year_cues.tsv``); a bare
    four-digit number is as often a count ("Sebanyak 2000 pasukan", "1500 personel")."""
    rows = table("id", "history_year_cues.tsv")
    cues = alternation([*(w.lower() for role, w in rows if role == "cue"), *month_numbers()])
    other = alternation(w.lower() for role, w in rows if role == "not_after")
    # a sentence may end on the year ("... 11 September 2001.")
    return re.compile(rf"(?i:\b(?:{cues})\.?\s+)(1[0-9]{{3}}|20[0-9]{{2}})(?![\d,/]|\.\d|\s*(?i:{other})\b)")


def _tells_history(m: Mention) -> bool:
    """Whether an undated mention's sentence tells history: it names years, all well before its article's ("Garda Nasional
    ... ke tahun 1636 ketika dimulai sebagai milisi ... di Massachusetts", "dikerahkan untuk ... serangan 11 September
    2001"). Its place is an old happening's, not one the story's sources can give differently."""
    if fact_field(m.event, "when") or m.day is None:
        return False
    years = [int(y) for y in _history_years().findall(str(fact_field(m.event, "sentence") or ""))]
    return bool(years) and max(years) < m.day.year - 1


@dataclass
class _PlacesTold:
    """The places the reports of one event give: each place's articles, the days they tell, the names it is given."""

    articles: dict[str, list[str]] = field(default_factory=dict)
    days: dict[str, set[str | None]] = field(default_factory=lambda: defaultdict(set))
    names: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # one place's two names counted apart


def _places_told(group: EventGroup, story: StoryPlaces | None) -> _PlacesTold:
    """The places the reports give, one place under two names the articles give it ("Istana Constantine atau
    Konstantinovsky") counted once; countries left out ("Rusia" and "Vladivostok" do not disagree: the country holds
    the city), and a visit's places only while it is planned (a trip's places are its legs)."""
    told = _PlacesTold()
    for m in group.mentions:
        where = fact_field(m.event, "where")
        if group.type == "VISIT" and fact_field(m.event, "status") != "planned":
            continue
        if _tells_history(m):
            continue
        if not where or is_country(where):
            continue
        key = next((p for p in told.articles if same_name(p, where)), None)
        if key is None:
            key = next((p for p in told.articles if story and story.one_place(p, where)), where)
            told.names[key].add(where)
        if m.article not in told.articles.setdefault(key, []):
            told.articles[key].append(m.article)
        told.days[key].add(day_value(fact_field(m.event, "when")) if m.span else None)
    return told


def _of_one_level(typ: str, told: _PlacesTold) -> dict[str, list[str]]:
    """The places that are alternatives by their level: places of no level are left out, and for a happening, which
    is told at every grain (the depot, the district, the city), places of no known level too; of places of several
    levels, those of the level most of them share, if two or more do (by the names given: a palace named two ways is
    still the place the reports agree on, against a city or a summit named once each)."""
    places = {p: ids for p, ids in told.articles.items() if place_level(p) != "-"}
    if typ in HAPPENINGS:
        places = {p: ids for p, ids in places.items() if place_level(p)}
    if len({place_level(p) for p in places}) > 1:
        levels = Counter(place_level(p) for p in places for _ in range(max(1, len(told.names[p]))))
        level, n = levels.most_common(1)[0]
        places = {p: ids for p, ids in places.items() if place_level(p) == level} if n >= 2 else {}
    return places


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two place names differ only in spaces, hyphens and case: one name written two ways."""
    return _COMPACT.sub("", a).casefold() == _COMPACT.sub("", b).casefold()


_COMPACT = re.compile(r"[\s\-]+")


def _place_conflict(group: EventGroup, who: list[str], sources: Mapping[str, str], story: StoryPlaces | None = None) -> Conflict | None:
    """Different places of one level for one event from different sources.

    A place and a place inside it are no disagreement: a country and a city (countries
    are left out), a district and its state (levels differ, ``place_levels.tsv``), an
    island an article puts in a geopark. The places of a trip are its legs, not a
    disagreement either: a visit's places disagree only as its destination while it is
    planned; a happening that spreads (an attack, a disaster, closures, deaths) happens
    in many places at once; a revocation's places are its venues only (``VENUED``), not
    the islands of the mines it befell.
    """
    if group.type in SPREAD:
        return None
    told = _places_told(group, story)
    if group.type in VENUED:
        told.articles = {p: ids for p, ids in told.articles.items() if place_level(p) == "building"}
    places = _of_one_level(group.type, told)
    if len(places) < 2 or not from_two_sources(places, sources):
        return None
    # an article naming two places for one event tells where its parts were, or what is near: not alternatives
    # and a place inside the other (an island of a geopark) is no alternative to it either
    # and one place spelled two ways ("Batuceper" and "Batu Ceper", "Tangerang-Duri" and "Tangerang Duri") is one place
    apart = [
        (a, b)
        for a, b in combinations(places, 2)
        if not _spelled_alike(a, b) and not _legs(a, b, places, told.days) and not (story and story.inside(a, b))
    ]
    places = {p: ids for p, ids in places.items() if any(p in pair for pair in apart)}
    if len(places) < 2 or not from_two_sources(places, sources):
        return None

    def place_of(m: Mention) -> str | None:  # the place of ``places`` a mention names (one place's names count as one)
        where = fact_field(m.event, "where")
        return next((p for p in places if where and (same_name(p, where) or where in told.names[p])), None)

    evidence = _mention_evidence(group, places, place_of)
    return Conflict(about=f"place of {label(group.type, who)}", kind="place", values=places, evidence=evidence)


def event_conflicts(
    group: EventGroup, who: list[str], sources: Mapping[str, str], clock_minutes: int, story: StoryPlaces | None = None
) -> list[Conflict]:
    """What the sources of one event disagree on: its date, its clock time, its place (``story``: what its articles say
    of its places)."""
    found = (
        _date_conflict(group, who, sources),
        _time_conflict(group, who, sources, clock_minutes),
        _place_conflict(group, who, sources, story),
    )
    return [c for c in found if c]
