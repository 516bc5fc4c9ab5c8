"""A story's timeline: its articles' events merged into the distinct real-world events.

Mentions of one event (same type, the same agent or the same parties, dates
that fit) are grouped across articles; each group is one timeline entry with
its best-supported date and the articles that report it, and the dates and
places the articles give it that disagree are its conflicts.
"""

from __future__ import annotations

import calendar
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any, TypeAlias

from telisik.records.stories import Conflict, TimelineEntry
from telisik.stories.article import ArticleLike, StoryArticle, fact_field
from telisik.text import fold_name

# events between parties where neither side is the agent: one party named
# alone still names the same meeting
SYMMETRIC_EVENTS = frozenset({"MEET", "AGREE", "COMMUNICATE"})
STATUS_RANK = {"planned": 0, "ongoing": 1, "occurred": 2}

Span: TypeAlias = tuple[date, date]


# ---------------------------------------------------------------------------- names and dates


def same_name(a: str, b: str) -> bool:
    """One name's words all inside the other's: "Putin" names "Vladimir Putin"."""
    ta, tb = fold_name(a).split(), fold_name(b).split()
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return all(t in long_ for t in short)


def interval(value: Any) -> Span | None:
    """The days a TIMEX3 date value covers: a day, a month, a quarter, a year, an ISO week or a range."""
    if not isinstance(value, str):
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        first, last = interval(a), interval(b)
        return (first[0], last[1]) if first and last and first[0] <= last[1] else None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            y, first_month = int(m[1]), 3 * int(m[2]) - 2
            return date(y, first_month, 1), date(y, first_month + 2, calendar.monthrange(y, first_month + 2)[1])
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m := re.fullmatch(r"(\d{4})", value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def day_value(value: Any) -> str | None:
    """The day of a day-precise value ("2023-09-11T19" -> "2023-09-11"); None for coarser ones."""
    span = interval(value)
    return span[0].isoformat() if span and span[0] == span[1] else None

# ---------------------------------------------------------------------------- grouping event mentions


@dataclass
class Mention:
    """One event as one article reports it."""

    article: str
    event: Any  # the event fact: a dict until the events family is typed
    day: date | None  # the article's day, to place an undated mention
    order: int

    @property
    def span(self) -> Span | None:
        span = interval(fact_field(self.event, "when"))
        if span and fact_field(self.event, "status") == "planned" and self.day and span[1] <= self.day:
            # a plan dated on or before the article's own day: the date is the report's
            # ("5 September, NYT melaporkan Kim akan ..."), not the plan's
            return None
        return span

    @property
    def kind(self) -> str:
        """The event's type, with the phase of a trip: leaving is dated apart from arriving."""
        phase = fact_field(self.event, "phase")
        return f"{fact_field(self.event, 'type')}:{phase}" if phase else str(fact_field(self.event, "type"))

    @property
    def who(self) -> list[str]:
        who = fact_field(self.event, "who")
        return [w for w in who if isinstance(w, str) and w.strip()] if isinstance(who, list) else []

    @property
    def in_caption(self) -> bool:
        return bool(fact_field(self.event, "in") == "caption")


@dataclass
class EventGroup:
    kind: str  # the type, and a trip's phase ("VISIT:depart")
    mentions: list[Mention] = field(default_factory=list)
    # one mention for each distinct (dates, parties) among ``mentions``: what joining compares
    # against, so a group of thousands of repeated mentions costs as little as one of a few
    # (a page repeating one sentence 25,000 times made grouping quadratic)
    _distinct: dict[tuple[Any, tuple[str, ...]], Mention] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for m in self.mentions:
            self._distinct.setdefault((m.span, tuple(m.who)), m)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self._distinct.setdefault((mention.span, tuple(mention.who)), mention)

    def distinct(self) -> Iterable[Mention]:
        return self._distinct.values()

    @property
    def type(self) -> str:
        return self.kind.split(":")[0]

    def dated(self) -> list[Span]:
        return [s for m in self.mentions if (s := m.span)]


def _same_parties(kind: str, a: list[str], b: list[str]) -> bool:
    """Whether two mentions name the same parties to an event.

    An event with an agent (who warned, who visited) is the agent's; one
    between parties (a meeting) is that of the parties the shorter list
    names, all of them in the longer one.
    """
    if not a or not b:
        return False
    if kind.split(":")[0] in SYMMETRIC_EVENTS:
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        return all(any(same_name(x, y) for y in long_) for x in short)
    return same_name(a[0], b[0])


def _dates_fit(a: Span, b: Span, slack_days: int) -> bool:
    """Two reported dates can be one event: one covers the other, or they are a few days apart."""
    a_in_b = b[0] <= a[0] and a[1] <= b[1]
    b_in_a = a[0] <= b[0] and b[1] <= a[1]
    if a_in_b or b_in_a:
        return True
    if a[0] == a[1] and b[0] == b[1]:
        return abs((a[0] - b[0]).days) <= slack_days
    return False


def _distance(day: date, span: Span) -> int:
    if day < span[0]:
        return (span[0] - day).days
    if day > span[1]:
        return (day - span[1]).days
    return 0


@dataclass
class _Grouping:
    """The groups made so far, and the two passes that add to them: dated mentions, then undated ones."""

    slack_days: int
    undated_days: int
    groups: list[EventGroup] = field(default_factory=list)

    def add_dated(self, m: Mention, span: Span) -> None:
        """Join the first group of the kind with a mention of the same parties whose dates fit, else start one."""
        for g in self.groups:
            if g.kind == m.kind and any(
                (other := o.span) and _dates_fit(span, other, self.slack_days) and _same_parties(g.kind, m.who, o.who)
                for o in g.distinct()
            ):
                g.add(m)
                return
        self.groups.append(EventGroup(m.kind, [m]))

    def add_undated(self, m: Mention) -> None:
        """Join the group of the kind and parties whose dates lie nearest the article's day, else start one."""
        best, best_gap = None, None
        for g in self.groups:
            gap = self._gap(g, m)
            if gap is not None and gap <= self.undated_days and (best_gap is None or gap < best_gap):
                best, best_gap = g, gap
        if best is None:
            self.groups.append(EventGroup(m.kind, [m]))
        else:
            best.add(m)

    def _gap(self, g: EventGroup, m: Mention) -> int | None:
        """Days between an undated mention's article and a group's dates; None for a group it cannot join."""
        if g.kind != m.kind or not any(_same_parties(g.kind, m.who, o.who) for o in g.distinct()):
            return None
        spans = [s for o in g.distinct() if (s := o.span)]
        if not spans or m.day is None:
            return self.undated_days  # a group with no dates takes what no dated group can
        day = m.day
        return min(_distance(day, s) for s in spans)


def group_events(mentions: Sequence[Mention], slack_days: int = 3, undated_days: int = 30) -> list[EventGroup]:
    """Mentions of one real-world event grouped together.

    Dated mentions join a group of the same type and parties whose dates fit
    (covering each other, or days at most ``slack_days`` apart: two outlets
    giving 12 and 13 September for one summit disagree, they do not report two
    summits). An undated mention then joins the group whose dates lie nearest
    its article's day, within ``undated_days``; failing that, a group of the
    same type and parties with no dates at all.
    """
    grouping = _Grouping(slack_days, undated_days)
    dated = [(span, m) for m in mentions if (span := m.span)]
    for span, m in sorted(dated, key=lambda sm: (sm[0][0], sm[1].order)):
        grouping.add_dated(m, span)
    for m in sorted((m for m in mentions if not m.span), key=lambda m: m.order):
        grouping.add_undated(m)
    return grouping.groups

# ---------------------------------------------------------------------------- what a group of mentions says


def _participants(group: EventGroup) -> list[str]:
    """The group's parties, fullest name of each, the agent first and then by how often they are named."""
    seen: list[list[str]] = []  # clusters of names of one party
    weight: list[float] = []
    for m in group.mentions:
        for pos, name in enumerate(m.who):
            bonus = 1.0 + (0.5 if pos == 0 else 0.0)
            i = next((i for i, names in enumerate(seen) if any(same_name(name, n) for n in names)), None)
            if i is None:
                seen.append([name])
                weight.append(bonus)
            else:
                seen[i].append(name)
                weight[i] += bonus
    order = sorted(range(len(seen)), key=lambda i: -weight[i])
    # a party named in few of the mentions is more likely a bystander of the sentence than a party
    keep = [i for i in order if weight[i] >= weight[order[0]] / 3] if order else []
    return [max(seen[i], key=lambda n: (len(n.split()), len(n))) for i in keep]


def _best_date(group: EventGroup) -> str | None:
    """The best-supported date: the most precise one that most articles agree with.

    A coarser value agrees with every date inside it ("2019" with "25 April
    2019"), so it adds its articles to theirs; among dates with as many
    articles, the one the text (not a caption) states more often wins, then
    the one with more mentions, then the narrower, then the later.
    """
    stated: list[tuple[str, Span, str, bool]] = []
    for m in group.mentions:
        value, span = fact_field(m.event, "when"), m.span
        if span:
            stated.append((day_value(value) or str(value), span, m.article, m.in_caption))
    if not stated:
        return None
    values = {v: span for v, span, _, _ in stated}

    def rank(value: str) -> tuple[int, int, int, int, str]:
        span = values[value]
        agreeing = [(a, v, cap) for v, s, a, cap in stated if s[0] <= span[0] and span[1] <= s[1]]
        said_in_text = sum(v == value and not cap for _, v, cap in agreeing)  # a caption is the likelier slip
        return (len({a for a, _, _ in agreeing}), said_in_text, sum(v == value for _, v, _ in agreeing), -(span[1] - span[0]).days, value)

    return max(values, key=rank)


@cache
def _countries() -> frozenset[str]:
    from telisik.nlp.entities.lexicon import country_names  # the entity stage knows which names are countries

    return frozenset(fold_name(n) for n in country_names())


def _is_country(name: str) -> bool:
    return fold_name(name) in _countries()


def _best_place(group: EventGroup) -> str | None:
    places = Counter(str(where) for m in group.mentions if (where := fact_field(m.event, "where")))
    if not places:
        return None
    # a city or venue says more than the country around it
    return max(places, key=lambda p: (places[p], not _is_country(p), len(p)))


def _label(kind: str, who: list[str]) -> str:
    return f"{kind} {' / '.join(who[:3])}".strip()


def _timeline_entry(group: EventGroup, who: list[str]) -> TimelineEntry | None:
    """The group as one dated entry of the timeline; None when no mention dates it."""
    when = _best_date(group)
    if not when:
        return None
    by_order = sorted(group.mentions, key=lambda m: m.order)
    first = by_order[0]
    # the status the newest article gives, the furthest along if it gives several
    newest = max(m.day or date.min for m in group.mentions)
    latest = max(
        (m for m in group.mentions if (m.day or date.min) == newest), key=lambda m: STATUS_RANK.get(fact_field(m.event, "status"), -1)
    )
    return TimelineEntry(
        when=when,
        type=group.type,
        who=who,
        where=_best_place(group),
        status=fact_field(latest.event, "status"),
        description=str(fact_field(first.event, "sentence") or fact_field(first.event, "trigger") or ""),
        articles=list(dict.fromkeys(m.article for m in by_order)),
    )


def _story_mentions(articles: Sequence[StoryArticle], order: Mapping[str, int]) -> list[Mention]:
    return [
        Mention(a.id, ev, a.day, order[a.id] * 10_000 + i)
        for a in articles
        for i, ev in enumerate(a.events)
        if isinstance(fact_field(ev, "type"), str)
    ]


def _when_key(entry: TimelineEntry) -> tuple[date, date, str]:
    span = interval(entry.when)
    assert span is not None  # an entry's date is one a mention was dated by
    return span[0], span[1], entry.type


def timeline_and_conflicts(articles: Sequence[ArticleLike], order: Mapping[str, int]) -> tuple[list[TimelineEntry], list[Conflict]]:
    """The story's timeline, and its events' date and place conflicts; ``order``: article id -> its rank in the story."""
    groups = group_events(_story_mentions([StoryArticle.of(a) for a in articles], order))
    timeline: list[TimelineEntry] = []
    conflicts: list[Conflict] = []
    for g in groups:
        who = _participants(g)
        if entry := _timeline_entry(g, who):
            timeline.append(entry)
        conflicts.extend(_event_conflicts(g, who))
    timeline.sort(key=_when_key)
    return timeline, conflicts


def _date_conflict(group: EventGroup, who: list[str]) -> Conflict | None:
    days: dict[str, list[str]] = defaultdict(list)
    in_text: set[str] = set()
    for m in group.mentions:
        day = day_value(fact_field(m.event, "when")) if m.span else None
        if not day:
            continue
        if m.article not in days[day]:
            days[day].append(m.article)
        if not m.in_caption:
            in_text.add(day)
    if len(days) < 2:
        return None
    # a date only a photo caption gives, against the text's: the caption is the likelier slip
    kind = "caption_date" if in_text and set(days) - in_text else "date"
    about = "caption date" if kind == "caption_date" else "date"
    return Conflict(about=f"{about} of {_label(group.type, who)}", kind=kind, values=dict(sorted(days.items())))


def _place_conflict(group: EventGroup, who: list[str]) -> Conflict | None:
    places: dict[str, list[str]] = {}
    for m in group.mentions:
        where = fact_field(m.event, "where")
        if not where or _is_country(where):
            continue  # "Rusia" and "Vladivostok" do not disagree; the country holds the city
        key = next((p for p in places if same_name(p, where)), where)
        if m.article not in places.setdefault(key, []):
            places[key].append(m.article)
    if len(places) < 2:
        return None
    return Conflict(about=f"place of {_label(group.type, who)}", kind="place", values=places)


def _event_conflicts(group: EventGroup, who: list[str]) -> list[Conflict]:
    return [c for c in (_date_conflict(group, who), _place_conflict(group, who)) if c]

