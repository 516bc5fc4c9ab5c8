"""The story stage: articles grouped into stories, and what each story says.

``build_stories(articles)`` takes analysed articles (the dicts of the analysis
document) and returns the ``stories`` of ``shared/spec/output.md``:

- the grouping itself is ``telisik.stories.cluster`` (single-pass TF-IDF clustering
  with an inverted index and MinHash LSH near-duplicates);
- ``timeline``: the story's distinct dated events, merged across articles
  (same type, the same agent or the same parties, dates that fit), each with
  its best-supported date and the articles that report it;
- ``conflicts``: what the articles disagree on, shown and never resolved:
  different dates or places for one event, different counts of the same thing
  (dead, evacuated, ...), a weekday that does not fit its date;
- ``summary``: 3 to 6 sentences of the articles chosen by maximal marginal
  relevance (relevant to the whole story, not repeating each other), each
  naming the articles it comes from;
- ``title``: the headline of the article closest to the story's centre.
"""

from __future__ import annotations

import calendar
import logging
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from typing import Any

from telisik.lang import mapping, table, word_list
from telisik.nlp.timex import parse_number
from telisik.pages.dates import iso_day, weekday_numbers
from telisik.stories.cluster import ClusterConfig, StoryClusterer, cluster_articles, stream_order
from telisik.stories.similarity import DocumentFrequencies, Vector, centroid, dot, fold_name, norm, weigh, words

log = logging.getLogger(__name__)

__all__ = [
    "ClusterConfig",
    "StoryClusterer",
    "build_stories",
    "cluster_articles",
    "cluster_record",
    "describe_story",
    "same_name",
    "story_sort_key",
]

# events between parties where neither side is the agent: one party named
# alone still names the same meeting
SYMMETRIC_EVENTS = frozenset({"MEET", "AGREE", "COMMUNICATE"})
STATUS_RANK = {"planned": 0, "ongoing": 1, "occurred": 2}


# ---------------------------------------------------------------------------- names and dates


def same_name(a: str, b: str) -> bool:
    """One name's words all inside the other's: "Putin" names "Vladimir Putin"."""
    ta, tb = fold_name(a).split(), fold_name(b).split()
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return all(t in long_ for t in short)


def interval(value: Any) -> tuple[date, date] | None:
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


def article_day(article: Mapping[str, Any]) -> date | None:
    """The publication day, else the anchor the article's dates were resolved against."""
    anchor = article.get("timex_anchor")
    return iso_day(article.get("published")) or (iso_day(anchor.get("date")) if isinstance(anchor, Mapping) else None)


# ---------------------------------------------------------------------------- timeline and event conflicts


def _list(value: Any) -> list[Any]:
    # stored or hand-made articles may carry anything in a field; what is not a list counts as empty
    return value if isinstance(value, list) else []


@dataclass
class Mention:
    """One event as one article reports it."""

    article: str
    event: Mapping[str, Any]
    day: date | None  # the article's day, to place an undated mention
    order: int

    @property
    def span(self) -> tuple[date, date] | None:
        span = interval(self.event.get("when"))
        if span and self.event.get("status") == "planned" and self.day and span[1] <= self.day:
            # a plan dated on or before the article's own day: the date is the report's
            # ("5 September, NYT melaporkan Kim akan ..."), not the plan's
            return None
        return span

    @property
    def kind(self) -> str:
        """The event's type, with the phase of a trip: leaving is dated apart from arriving."""
        phase = self.event.get("phase")
        return f"{self.event.get('type')}:{phase}" if phase else str(self.event.get("type"))

    @property
    def who(self) -> list[str]:
        who = self.event.get("who")
        return [w for w in who if isinstance(w, str) and w.strip()] if isinstance(who, list) else []


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

    def dated(self) -> list[tuple[date, date]]:
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


def _dates_fit(a: tuple[date, date], b: tuple[date, date], slack_days: int) -> bool:
    """Two reported dates can be one event: one covers the other, or they are a few days apart."""
    a_in_b = b[0] <= a[0] and a[1] <= b[1]
    b_in_a = a[0] <= b[0] and b[1] <= a[1]
    if a_in_b or b_in_a:
        return True
    if a[0] == a[1] and b[0] == b[1]:
        return abs((a[0] - b[0]).days) <= slack_days
    return False


def group_events(mentions: Sequence[Mention], slack_days: int = 3, undated_days: int = 30) -> list[EventGroup]:
    """Mentions of one real-world event grouped together.

    Dated mentions join a group of the same type and parties whose dates fit
    (covering each other, or days at most ``slack_days`` apart: two outlets
    giving 12 and 13 September for one summit disagree, they do not report two
    summits). An undated mention then joins the group whose dates lie nearest
    its article's day, within ``undated_days``; failing that, a group of the
    same type and parties with no dates at all.
    """
    groups: list[EventGroup] = []
    dated = [m for m in mentions if m.span]
    undated = [m for m in mentions if not m.span]
    for m in sorted(dated, key=lambda m: (m.span[0], m.order)):
        for g in groups:
            if g.kind == m.kind and any(
                _dates_fit(m.span, o.span, slack_days) and _same_parties(g.kind, m.who, o.who)
                for o in g.distinct()
                if o.span
            ):
                g.add(m)
                break
        else:
            groups.append(EventGroup(m.kind, [m]))
    for m in sorted(undated, key=lambda m: m.order):
        best, best_gap = None, None
        for g in groups:
            if g.kind != m.kind or not any(_same_parties(g.kind, m.who, o.who) for o in g.distinct()):
                continue
            spans = [s for o in g.distinct() if (s := o.span)]
            if not spans:
                gap = undated_days  # a group with no dates takes what no dated group can
            elif m.day is None:
                gap = undated_days
            else:
                gap = min(_distance(m.day, s) for s in spans)
            if gap <= undated_days and (best_gap is None or gap < best_gap):
                best, best_gap = g, gap
        if best is None:
            groups.append(EventGroup(m.kind, [m]))
        else:
            best.add(m)
    return groups


def _distance(day: date, span: tuple[date, date]) -> int:
    if day < span[0]:
        return (span[0] - day).days
    if day > span[1]:
        return (day - span[1]).days
    return 0


def _participants(group: EventGroup) -> list[str]:
    """The group's parties, fullest name of each, the agent first and then by how often they are named."""
    seen: list[list[str]] = []  # clusters of names of one party
    weight: list[float] = []
    for m in group.mentions:
        for pos, name in enumerate(m.who):
            for i, names in enumerate(seen):
                if any(same_name(name, n) for n in names):
                    names.append(name)
                    weight[i] += 1.0 + (0.5 if pos == 0 else 0.0)
                    break
            else:
                seen.append([name])
                weight.append(1.0 + (0.5 if pos == 0 else 0.0))
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
    stated: list[tuple[str, tuple[date, date], str, bool]] = []
    for m in group.mentions:
        value, span = m.event.get("when"), m.span
        if span:
            stated.append((day_value(value) or str(value), span, m.article, m.event.get("in") == "caption"))
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
    from telisik.nlp.entities import country_names  # the entity stage knows which names are countries

    return frozenset(fold_name(n) for n in country_names())


def _is_country(name: str) -> bool:
    return fold_name(name) in _countries()


def _best_place(group: EventGroup) -> str | None:
    places = Counter(m.event.get("where") for m in group.mentions if m.event.get("where"))
    if not places:
        return None
    # a city or venue says more than the country around it
    return max(places, key=lambda p: (places[p], not _is_country(p), len(p)))


def _label(kind: str, who: list[str]) -> str:
    return f"{kind} {' / '.join(who[:3])}".strip()


def timeline_and_conflicts(
    articles: Sequence[Mapping[str, Any]], order: Mapping[str, int]
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    mentions = [
        Mention(str(a["id"]), ev, article_day(a), order[str(a["id"])] * 10_000 + i)
        for a in articles
        for i, ev in enumerate([*_list(a.get("events")), *_list(a.get("caption_events"))])
        if isinstance(ev, Mapping) and isinstance(ev.get("type"), str)
    ]
    groups = group_events(mentions)
    timeline, conflicts = [], []
    for g in groups:
        who = _participants(g)
        ids = list(dict.fromkeys(m.article for m in sorted(g.mentions, key=lambda m: m.order)))
        when = _best_date(g)
        if when:
            first = min(g.mentions, key=lambda m: m.order)
            # the status the newest article gives, the furthest along if it gives several
            newest = max(m.day or date.min for m in g.mentions)
            latest = max((m for m in g.mentions if (m.day or date.min) == newest), key=lambda m: STATUS_RANK.get(m.event.get("status"), -1))
            timeline.append(
                {
                    "when": when,
                    "type": g.type,
                    "who": who,
                    "where": _best_place(g),
                    "status": latest.event.get("status"),
                    "description": str(first.event.get("sentence") or first.event.get("trigger") or ""),
                    "articles": ids,
                }
            )
        conflicts.extend(_event_conflicts(g, who))
    timeline.sort(key=lambda t: (interval(t["when"])[0], interval(t["when"])[1], t["type"]))
    return timeline, conflicts


def _event_conflicts(group: EventGroup, who: list[str]) -> list[dict[str, Any]]:
    out = []
    days: dict[str, list[str]] = defaultdict(list)
    in_text: set[str] = set()
    for m in group.mentions:
        day = day_value(m.event.get("when")) if m.span else None
        if day and m.article not in days[day]:
            days[day].append(m.article)
        if day and m.event.get("in") != "caption":
            in_text.add(day)
    if len(days) >= 2:
        # a date only a photo caption gives, against the text's: the caption is the likelier slip
        kind = "caption_date" if in_text and set(days) - in_text else "date"
        about = "caption date" if kind == "caption_date" else "date"
        out.append({"about": f"{about} of {_label(group.type, who)}", "kind": kind, "values": dict(sorted(days.items()))})
    places: dict[str, list[str]] = {}
    for m in group.mentions:
        where = m.event.get("where")
        if not where or _is_country(where):
            continue  # "Rusia" and "Vladivostok" do not disagree; the country holds the city
        key = next((p for p in places if same_name(p, where)), where)
        if m.article not in places.setdefault(key, []):
            places[key].append(m.article)
    if len(places) >= 2:
        out.append({"about": f"place of {_label(group.type, who)}", "kind": "place", "values": places})
    return out


# ---------------------------------------------------------------------------- counts and weekdays


@cache
def _scales() -> dict[str, float]:
    """Scale words after a number and their values: "2,5 ribu" is 2,500."""
    return {word.lower(): float(value) for word, value in mapping("id", "number_scales.tsv").items()}


@cache
def _count_patterns() -> tuple[re.Pattern[str], dict[str, str], dict[str, str]]:
    """Numbers of counted things ("3.412 warga mengungsi", "12 orang tewas") from lang/id/counted_facts.tsv."""
    nouns: dict[str, str] = {}
    predicates: dict[str, str] = {}
    for row in table("id", "counted_facts.tsv"):
        kind, word = row[0], row[1]
        if kind == "noun":
            nouns[word.lower()] = row[2] if len(row) > 2 else word
        elif kind == "predicate":
            predicates[word.lower()] = row[2] if len(row) > 2 else word
    scale = "|".join(sorted(_scales(), key=len, reverse=True))
    noun = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
    pattern = re.compile(
        rf"\b(\d{{1,3}}(?:\.\d{{3}})+|\d+(?:,\d+)?)\s*(?:({scale})\s+)?({noun})\b(?=((?:\s+\S+){{0,4}}))",
        re.IGNORECASE,
    )
    return pattern, nouns, predicates


def counted_facts(body: str) -> list[tuple[str, float, str]]:
    """(what is counted, the number, the text) for each count in a body: ("warga mengungsi", 3412, "3.412 warga mengungsi")."""
    pattern, nouns, predicates = _count_patterns()
    scales = _scales()
    out = []
    for m in pattern.finditer(body):
        number = parse_number(m[1])
        if number is None:
            continue
        number *= scales.get((m[2] or "").lower(), 1)
        for word in m[4].split():
            if word[:1].isdigit():
                break  # the next count begins
            predicate = predicates.get(word.lower().strip(".,;:\"'()"))
            if predicate:
                out.append((f"{nouns.get(m[3].lower(), m[3].lower())} {predicate}", number, m[0].strip()))
                break
            if word[-1:] in ".;":
                break  # the sentence or clause ends
    return out


def count_conflicts(articles: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The same thing counted differently by different articles (a toll may also have risen: the dates show which)."""
    by_key: dict[str, dict[str, list[str]]] = defaultdict(dict)
    for a in articles:
        for key, number, _text in counted_facts(str(a.get("body") or "")):
            value = f"{number:,.0f}".replace(",", ".") if number == int(number) else f"{number:g}"
            ids = by_key[key].setdefault(value, [])
            if a["id"] not in ids:
                ids.append(str(a["id"]))
    out = []
    for key, values in by_key.items():
        # one article giving two numbers is usually two counts (per village, in total); disagreement is between articles
        if len(values) >= 2 and len({i for ids in values.values() for i in ids}) >= 2:
            out.append({"about": f"number of {key}", "kind": "number", "values": values})
    return out


def weekday_conflicts(articles: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """A weekday that does not fit the date it is given with ("Senin (12/9/2023)", a Tuesday)."""
    names: dict[int, str] = {}
    for name, number in weekday_numbers().items():
        names.setdefault(number, name.capitalize())
    out = []
    for a in articles:
        for t in a.get("timexes") or []:
            if not t.get("weekday_mismatch") or not day_value(t.get("value")):
                continue
            day = date.fromisoformat(day_value(t["value"]))
            actual = names.get(day.weekday(), day.strftime("%A"))
            out.append(
                {
                    "about": f"weekday of {day.isoformat()}",
                    "kind": "weekday",
                    # the page disagrees with the calendar, not with another page: one value, and what the calendar says
                    "values": {str(t.get("text")): [str(a["id"])]},
                    "calendar": f"{day.isoformat()} is a {actual}",
                }
            )
    return out


# ---------------------------------------------------------------------------- summary and title


_DATELINE_DASH = re.compile(r"^[\s,]*[-\u2013\u2014]\s*")
# "PARIS –Portugal ...", "JAKARTA, KOMPAS.com - ...": a dateline the cleaner left in the first sentence
_CAPS_DATELINE = re.compile(r"^(?:[A-Z][A-Z.'/]+(?:\s+[A-Z][A-Z.'/]+){0,3})(?:,\s*[\w.]+(?:\s[\w.]+)?)?\s*[-\u2013\u2014]{1,2}\s*(?=\S)")
# "Liputan6.com, Washington D.C -Donald ...", "KOMPAS.com-Wilmar ...": an outlet's dateline
_OUTLET_DATELINE = re.compile(
    r"^[\w-]+\.(?:com|co\.id|id|net|org)\b(?:,\s*[^-\u2013\u2014\n]{1,40}?)?\s*[-\u2013\u2014]{1,2}\s*(?=\S)", re.IGNORECASE
)
_SENTENCE_END = re.compile(r"[.!?…][\"'\u201d\u2019)]*$")


def _sentences(article: Mapping[str, Any]) -> list[tuple[int, str]]:
    """The body's sentences; the first without its dateline ("JAKARTA - "), which says nothing of the story."""
    body = str(article.get("body") or "")
    spans = article.get("sentences") or []
    if spans:
        out = [(i, body[s:e].strip()) for i, (s, e) in enumerate(spans)]
    else:
        out = [(i, p.strip()) for i, p in enumerate(body.split("\n\n"))]
    dateline = str(article.get("dateline") or "")
    if out and dateline and out[0][1].startswith(dateline):
        rest = out[0][1][len(dateline) :]
        dash = _DATELINE_DASH.match(rest)
        if dash:
            out[0] = (0, rest[dash.end() :])
    if out and (caps := _CAPS_DATELINE.match(out[0][1]) or _OUTLET_DATELINE.match(out[0][1])):
        out[0] = (0, out[0][1][caps.end() :])
    return out


def _broken_quote(text: str) -> bool:
    """A piece of a quote cut at a sentence stop: an odd number of straight marks, or a closing mark before any opening one."""
    if text.count('"') % 2:
        return True
    close, open_ = text.find("\u201d"), text.find("\u201c")
    return close != -1 and (open_ == -1 or close < open_)


def summarise(
    articles: Sequence[Mapping[str, Any]], df: DocumentFrequencies, size: int, trade_off: float = 0.7
) -> list[dict[str, Any]]:
    """Extractive summary by maximal marginal relevance.

    A sentence's relevance is its cosine with the story's centroid, raised for
    the first sentences of an article (news puts what happened first); each
    pick is the sentence with the best relevance less its likeness to what was
    already picked, so the summary covers the story instead of repeating the
    lead of every outlet. A picked sentence names every article that has a
    sentence nearly the same.
    """
    candidates: list[tuple[str, int, str, Vector]] = []
    openers = word_list("id", "anaphoric_openers.txt")
    for a in articles:
        for pos, text in _sentences(a):
            tokens = text.split()
            if len(tokens) < 6 or len(tokens) > 70 or tokens[0].lower().strip(",.\"“”") in openers:
                continue
            if not _SENTENCE_END.search(text) or _broken_quote(text):
                continue  # a subheading or a list item, not a sentence; or half a quote
            vec = weigh(Counter(words(text)), df)
            if vec:
                candidates.append((str(a["id"]), pos, text, vec))
    if not candidates:
        return []
    center = centroid(vec for _, _, _, vec in candidates)
    length = norm(center) or 1.0
    relevance = [dot(vec, center) / length * (1.0 + 0.5 / (1 + pos)) for _, pos, _, vec in candidates]
    chosen: list[int] = []
    while len(chosen) < size:
        best, best_score = None, None
        for i in range(len(candidates)):
            if i in chosen:
                continue
            overlap = max((dot(candidates[i][3], candidates[j][3]) for j in chosen), default=0.0)
            if overlap > 0.6:
                continue
            score = trade_off * relevance[i] - (1 - trade_off) * overlap
            if best_score is None or score > best_score:
                best, best_score = i, score
        if best is None:
            break
        chosen.append(best)
    rank = {str(a["id"]): i for i, a in enumerate(articles)}
    outlet = {str(a["id"]): a.get("outlet") for a in articles}
    out = []
    for i in sorted(chosen, key=lambda i: (rank[candidates[i][0]], candidates[i][1])):
        aid, _, text, vec = candidates[i]
        sources = [aid] + [c[0] for c in candidates if c[0] != aid and dot(vec, c[3]) > 0.8]
        sources = list(dict.fromkeys(sources))
        out.append({"text": text, "sources": sources, "outlet": outlet.get(aid)})
    return out


def _title(articles: Sequence[Mapping[str, Any]], df: DocumentFrequencies) -> str:
    titled = [a for a in articles if a.get("title")]
    if not titled:
        first = _sentences(articles[0])
        return first[0][1][:120] if first else ""
    vecs = [weigh(Counter(words(str(a["title"]) + " " + str(a.get("body") or "")[:1500])), df) for a in titled]
    center = centroid(vecs)
    best = max(range(len(titled)), key=lambda i: (dot(vecs[i], center), -i))
    return str(titled[best]["title"])


# ---------------------------------------------------------------------------- the stage


def cluster_record(article: Mapping[str, Any], body_words: int | None = None) -> dict[str, Any]:
    """What the clustering reads of an article (``cluster.features``): id, title, body, entities, day.

    With ``body_words``, a compact record that clusters the same: the body cut
    to the words that count, and each entity's name, type and number of
    mentions (``telisik.engine.batch`` sends these through a shuffle, not articles).
    """
    record = {
        "id": str(article["id"]),
        "title": article.get("title"),
        "body": article.get("body"),
        "entities": article.get("entities"),
        "day": article_day(article),
    }
    if body_words is not None:
        kept = words(str(record["body"] or ""))[:body_words]
        short = " ".join(kept)
        if words(short) == kept:  # always, unless lower-casing is not idempotent on some letter
            record["body"] = short
        entities = record["entities"]
        record["entities"] = [
            {"name": e.get("name"), "type": e.get("type"), "mentions": len(e.get("mentions") or ())}
            for e in (entities if isinstance(entities, list) else [])
            if isinstance(e, Mapping)
        ]
    return record


def story_sort_key(story: Mapping[str, Any]) -> tuple[int, str, str]:
    """Stories largest first, then the earliest, then by id."""
    return (-len(story["articles"]), story["first"] or "", story["id"])


def build_stories(articles: Iterable[Mapping[str, Any]], config: ClusterConfig | None = None) -> list[dict[str, Any]]:
    """The ``stories`` of the analysis document, largest first."""
    articles = list(articles)
    by_id = {str(a["id"]): a for a in articles}
    clusterer = StoryClusterer(config)
    for record in stream_order(cluster_record(a) for a in by_id.values()):
        clusterer.add(record)
    stories = [
        describe_story(sid, [by_id[m] for m in story.members], clusterer.duplicate_of, clusterer.df)
        for sid, story in clusterer.stories.items()
    ]
    stories.sort(key=story_sort_key)
    return stories


def describe_story(
    sid: str,
    members: Sequence[Mapping[str, Any]],
    duplicate_of: Mapping[str, tuple[str, float]],
    df: DocumentFrequencies,
) -> dict[str, Any]:
    """One story of the analysis document.

    ``members`` are its articles in the order they joined the story
    (``Story.members``), ``duplicate_of`` the clusterer's near-duplicates (the
    members' entries suffice) and ``df`` its document frequencies once every
    article was added.
    """
    day_of = {str(a["id"]): article_day(a) for a in members}
    published = {str(a["id"]): str(a.get("published") or "") for a in members}
    # dated first, oldest first; ties keep the order the articles joined in (the sort is stable)
    members = sorted(members, key=lambda a: (day_of[str(a["id"])] is None, day_of[str(a["id"])] or date.min, published[str(a["id"])]))
    order = {str(a["id"]): i for i, a in enumerate(members)}
    days = [d for a in members if (d := day_of[str(a["id"])])]
    story_dict: dict[str, Any] = {
        "id": sid,
        "title": None,
        "articles": [str(a["id"]) for a in members],
        "outlets": list(dict.fromkeys(str(a["outlet"]) for a in members if a.get("outlet"))),
        "first": min(days).isoformat() if days else None,
        "last": max(days).isoformat() if days else None,
        "summary": [],
        "timeline": [],
        "conflicts": [],
        "duplicates": [
            {"article": a, "of": duplicate_of[a][0], "similarity": duplicate_of[a][1]} for a in order if a in duplicate_of
        ],
    }
    try:
        timeline, conflicts = timeline_and_conflicts(members, order)
        story_dict.update(
            title=_title(members, df),
            summary=summarise(members, df, size=min(6, 2 + len(members)) if len(members) > 1 else 3),
            timeline=timeline,
            conflicts=conflicts + count_conflicts(members) + weekday_conflicts(members),
        )
        for conflict in story_dict["conflicts"]:
            # a syndicated copy repeating its original is not a second source for a value
            copies = {a: duplicate_of[a][0] for ids in conflict["values"].values() for a in ids if a in duplicate_of}
            if copies:
                conflict["copies"] = copies
    except Exception as err:  # noqa: BLE001 - one story's odd article must not cost the run its stories
        log.warning("story %s: %s: %s", sid, type(err).__name__, err, exc_info=log.isEnabledFor(logging.DEBUG))
        story_dict["warnings"] = [f"timeline, conflicts and summary not made ({type(err).__name__}: {err})"]
    return story_dict
