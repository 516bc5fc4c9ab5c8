"""The facts of a Doc as the event rules hold them: entity mentions with their positions, quotes, dates,
cited spans and sentences, and the records of an event on its way (candidate, clause, found event)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter
from typing import Any

from spacy.attrs import IDX, SENT_START
from spacy.tokens import Doc

from telisik.nlp.events.lexicon import Trigger
from telisik.nlp.events.settings import Settings

_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}")
_CALENDAR = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
# TIMEX3 values of day precision or coarser: 2023, 2023-09, 2023-09-11, 2023-W35, 2023-Q3, ranges of these
_COARSE = re.compile(r"^\d{4}(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q\d|H\d))?$")


def get_field(item: Any, name: str) -> Any:
    """A field of another component's fact: a record's attribute, or a plain dict's key (facts read back
    from JSON, and the components not yet writing records)."""
    return item.get(name) if isinstance(item, dict) else getattr(item, name, None)


def usable_when(timex: Any) -> str | None:
    """A timex value at day precision or coarser ("2023-09-12T08" -> "2023-09-12"); None for
    durations, sets, vague references ("kini", "baru-baru ini") and invalid dates."""
    value, typ = get_field(timex, "value"), get_field(timex, "type")
    if not isinstance(value, str) or typ not in ("DATE", "TIME"):
        return None
    day = _DAY.match(value)
    if typ == "TIME" or "T" in value:
        return day.group(0) if day else None
    if all(_COARSE.match(part) for part in value.split("/")):
        return value
    return None


def status_from_date(when: str | None, published: str) -> str:
    """Planned for a date after publication (compared at the date's own precision: "2025-06" is not
    after "2025-06-11"), else occurred."""
    first = (when or "").split("/")[0]
    if published and _CALENDAR.match(first) and first > published[: len(first)]:
        return "planned"
    return "occurred"


_WEEK = re.compile(r"^(\d{4})-W(\d{2})$")


def ended_before(when: str | None, published: str) -> bool:
    """Whether a date value ends before the publication day ("2025-06-18", the week "2025-W24" or the month "2025-05"
    before "2025-06-20"): a time told as past, compared as dates (a week's value sorts after any day's as text)."""
    first = (when or "").split("/")[-1]
    week = _WEEK.match(first)
    if week:
        try:
            first = date.fromisocalendar(int(week.group(1)), int(week.group(2)), 7).isoformat()
        except ValueError:
            return False
    if not published or not _CALENDAR.match(first):
        return False
    return first < published[: len(first)]


@dataclass(slots=True)  # some twenty an article, each read by many rules: fixed slots are quicker to make and to read
class Mention:
    """One entity mention, with what the event rules need to know about its position."""

    start: int
    end: int
    name: str
    type: str
    token: int  # index of its first token
    prep: str = ""  # "place", "destination" or "source" when a preposition puts it there
    scene: bool = False  # a place of a setting noun ("perang di Ukraina")
    modifier: bool = False  # part of a title in front of a name ("Presiden Rusia Vladimir Putin")
    route: bool = False  # an end of a route ("rute Cengkareng - Labuan Bajo"), and so a modifier
    skip: bool = False  # a cited medium or a dateline: never a participant
    left_out: bool = False  # named after "kecuali", or in a list so named: no party
    said_at: bool = False  # where words were said or quoted ("dikutip di Jakarta"): the place of a speech act only
    journey: bool = False  # where a journey goes ("penerbangan menuju London", "dari Jakarta ke Bandung"): no crash's place


@dataclass(frozen=True)
class QuoteSpan:
    """What the rules read of a quote: its span and its speaker."""

    start: int
    end: int
    speaker_entity: str | None
    speaker: str | None
    direct: bool = True  # quoted words; False for reported speech ("polisi mengatakan mereka telah ...")


@dataclass
class Found:
    """An event while the article is read: its sentence by number, merged with later mentions of it."""

    type: str
    start: int
    end: int
    sentence: int
    who: list[str]
    where: str | None
    when: str | None
    status: str
    when_span: tuple[int, int] | None = None
    phase: str | None = None  # "depart" for a trip's start
    count: int | None = None  # the number the text gives with it ("15 mahasiswa tewas")
    counted: str | None = None  # what the number counts ("mahasiswa")
    paragraph: int = 0  # the paragraph (line) it stands in
    others: tuple[tuple[int, int], ...] = ()  # text spans of the clauses telling of other things, whose dates are not its own


@dataclass(frozen=True)
class Clause:
    """Tokens ``start``..``end`` of a scope, and the role of the word that opened it
    ("" for the first clause or the main clause after a subordinate one)."""

    start: int
    end: int
    role: str


@dataclass
class Candidate:
    """A trigger on its way to an event: what each pass of ``_Article._event`` found out about it."""

    i: int  # its first token
    j: int  # the token after it
    trig: Trigger
    nya: bool  # it carries the possessive suffix ("kunjungannya")
    start: int
    end: int
    sent: int
    quote: QuoteSpan | None  # the quote it stands in
    clauses: list[Clause]  # the clauses of its scope
    ci: int  # the clause it stands in
    remention: bool = False  # "pertemuan itu": an event told before
    caused: bool = False  # a trigger naming a cause, a topic or a case ("akibat serangan ..."): parties of its own phrase only
    ments: list[Mention] = field(default_factory=list)  # the mentions of its clause
    actors: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    agent_places: list[str] = field(default_factory=list)  # places acting as its agent ("Negara-negara Eropa memulangkan ...")
    before: list[Mention] = field(default_factory=list)  # the actors before it (its subject)
    after: list[Mention] = field(default_factory=list)  # the actors after it (its objects)
    who: list[str] = field(default_factory=list)
    where: str | None = None
    origin: bool = False  # ``where`` is the start of a trip
    when: str | None = None
    when_span: tuple[int, int] | None = None
    others: tuple[tuple[int, int], ...] = ()  # text spans of the relative clauses telling of other things (``_relatives``)
    count: int | None = None
    counted: str | None = None

    @property
    def c0(self) -> int:
        return self.clauses[self.ci].start

    @property
    def c1(self) -> int:
        return self.clauses[self.ci].end

    @property
    def noun(self) -> bool:
        return "noun" in self.trig.flags

    @property
    def speech(self) -> bool:
        return "speech" in self.trig.flags


def sentence_spans(doc: Doc, text: str) -> list[tuple[int, int]]:
    """``doc.sents`` as (start, end) without trailing space, split again at line breaks (a heading line is
    never part of the next sentence)."""
    starts = [0]
    if len(doc) and doc.has_annotation("SENT_START"):
        # ``doc.sents`` makes a Span object per sentence: its starts are read from two of the doc's token arrays instead,
        # the first token and each later one flagged as a sentence's start (1; -1 and 0 are no start)
        marks = doc.to_array([SENT_START, IDX])
        opened = [int(marks[0, 1]), *marks[1:, 1][marks[1:, 0] == 1].tolist()]
        starts += [s for s in opened if s > 0]
    ends = [*starts[1:], len(text)]
    out = []
    for s, e in zip(starts, ends, strict=True):
        # the trailing space off (``rstrip`` strips what ``str.isspace`` calls space); most sentences hold no line break
        # and are then kept whole where anything is left
        sentence = text[s:e].rstrip()
        e = s + len(sentence)
        if "\n" not in sentence:
            if sentence:
                out.append((s, e))
            continue
        pos = s
        nl = text.find("\n", s, e)
        while nl >= 0:
            if text[pos:nl].strip():
                out.append((pos, nl))
            pos = nl + 1
            nl = text.find("\n", pos, e)
        if text[pos:e].strip():
            out.append((pos, e))
    return out or [(0, len(text))]


def published_day(doc: Doc, cfg: Settings) -> str:
    """The day a date is judged planned after: the publication date, else the anchor the dates were resolved
    against; none for an anchor inferred near the collection's days (``doc._.anchor_hints``) unless
    ``cfg.plan_by_collection_anchor``: such events kept "occurred" when ``refresh_when`` gave them their dates."""
    if doc._.published:
        return str(doc._.published)[:10]
    anchor = doc._.timex_anchor
    if not anchor or (getattr(doc._, "anchor_hints", None) and not cfg.plan_by_collection_anchor):
        return ""
    return str(get_field(anchor, "date") or "")[:10]


def quote_spans(doc: Doc) -> list[QuoteSpan]:
    out = []
    for q in doc._.quotes or []:
        start, end = get_field(q, "start"), get_field(q, "end")
        if isinstance(start, int) and isinstance(end, int):
            out.append(QuoteSpan(start, end, get_field(q, "speaker_entity"), get_field(q, "speaker"), get_field(q, "direct") is not False))
    return out


def dated_timexes(doc: Doc) -> list[tuple[int, int, str | None]]:
    """(start, end, usable value) of the dates, in text order. A date whose value is not yet resolved
    counts: an undated article's dates are resolved later (see ``refresh_when``)."""
    out = []
    for t in doc._.timexes or []:
        start, usable = get_field(t, "start"), usable_when(t)
        if isinstance(start, int) and (usable or (get_field(t, "value") is None and get_field(t, "type") == "DATE")):
            out.append((start, get_field(t, "end"), usable))
    return sorted(out, key=lambda t: t[0])


def cited_spans(doc: Doc) -> list[tuple[int, int]]:
    return [(get_field(c, "start"), get_field(c, "end")) for c in doc._.citations or [] if isinstance(get_field(c, "start"), int)]


def entity_mentions(entities: Iterable[Any]) -> list[Mention]:
    """The mentions of the persons, organisations and places, in text order (``token`` not yet set)."""
    out: list[Mention] = []
    for ent in entities:
        # ``get_field`` written out: an article has some fifty entities and a hundred mentions, read before any rule
        record = not isinstance(ent, dict)
        typ = getattr(ent, "type", None) if record else ent.get("type")
        if typ not in ("PER", "ORG", "LOC"):
            continue
        name = getattr(ent, "name", None) if record else ent.get("name")
        for m in (getattr(ent, "mentions", None) if record else ent.get("mentions")) or []:
            s, e = (m.get("start"), m.get("end")) if isinstance(m, dict) else (m.start, m.end)
            if isinstance(s, int) and isinstance(e, int) and e > s:
                out.append(Mention(s, e, name or get_field(m, "text") or "", typ, 0))
    out.sort(key=_START)  # by the start alone (a stable sort): mentions starting together stay in the entities' order
    return out


_START = attrgetter("start")
