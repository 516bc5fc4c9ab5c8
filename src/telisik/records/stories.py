"""The records of the story stage: stories and what each says (``stories`` of ``analysis.json``).

Fields are declared in the order of the keys in ``analysis.json``; a field
declared with ``omit_when`` is a key that appears only sometimes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from telisik.records.base import Record, omit_when


@dataclass
class SummarySentence(Record):
    """One sentence of a story's extractive summary, and the articles that say it."""

    text: str
    sources: list[str]  # the article it was taken from first, then those with a nearly equal sentence
    outlet: str | None  # the outlet of the first source


@dataclass
class EventSource(Record):
    """An article's event that a timeline entry rests on: the article, and the event's index in its ``events``."""

    article: str
    event: int


@dataclass
class TimelineEntry(Record):
    """One dated event of a story, merged across the articles that report it."""

    when: str  # TIMEX3 value: the best-supported date
    type: str  # event type (MEET, VISIT, ...)
    who: list[str]
    where: str | None
    status: str | None  # occurred, planned or ongoing, as the newest article gives it
    description: str
    articles: list[str]
    # no mention gives a date: the entry is dated by the day its articles' leads report
    date_inferred: bool = omit_when(False)
    # the article events merged into the entry, in article order: what a reader checks it against
    evidence: list[EventSource] = field(default_factory=list)


@dataclass
class UpdatePoint(Record):
    """One value of a developing figure, as the articles of one report time give it."""

    value: int
    # the cut-off day when the sentence gives one ("hingga Senin 17 Juni"), else the ISO date-time
    # of the earliest article giving the value
    as_of: str
    articles: list[str]


@dataclass
class Update(Record):
    """A figure that changes as reports come in (the dead, the injured, the evacuated, flights
    cancelled): its values ordered by report time. A change over time is news, not a disagreement."""

    about: str  # "tewas (DIE) in Graz"
    type: str | None  # the event type the figure counts, when it comes from events
    counted: str  # what is counted, as the text says it ("tewas", "orang dievakuasi")
    series: list[UpdatePoint]


@dataclass
class Conflict(Record):
    """What the articles of a story disagree on: each value and the articles that give it."""

    about: str
    # date, caption_date, time, place, number, venue, participant, match, identifier (a flight number, a plate);
    # a story's weekday_slips: weekday
    kind: str
    values: dict[str, list[str]]
    # a weekday conflict: what the calendar says of the date
    calendar: str | None = omit_when(None)
    # syndicated copies among the articles giving a value: copy -> original
    copies: dict[str, str] = omit_when({})
    # value -> the sentences that give it, each with its article ({"article": id, "sentence": text}): what a reader
    # checks the disagreement by
    evidence: dict[str, list[dict[str, str]]] = omit_when({})


@dataclass
class Duplicate(Record):
    """A near-duplicate article of a story, and the article it copies."""

    article: str
    of: str
    similarity: float


@dataclass
class Story(Record):
    """One story: the articles on one matter, its summary, timeline and conflicts."""

    id: str
    title: str | None
    articles: list[str]  # dated first, oldest first
    outlets: list[str]
    first: str | None  # ISO day of the earliest article
    last: str | None
    summary: list[SummarySentence] = field(default_factory=list)
    timeline: list[TimelineEntry] = field(default_factory=list)
    # events told as history: dated well before the story's first article, or told in background sentences
    background: list[TimelineEntry] = field(default_factory=list)
    updates: list[Update] = field(default_factory=list)  # developing figures
    conflicts: list[Conflict] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    # dates one article gives with a weekday that does not fit them ("Senin (10/6/2025)", a Tuesday): the page
    # against the calendar, not sources against each other, so not among the conflicts (kind "weekday")
    weekday_slips: list[Conflict] = omit_when([])
    # the story's summary, timeline and conflicts could not be made (one odd article)
    warnings: list[str] = omit_when([])
    # "series": one outlet's run of listicles or evergreen pieces; "routine": a recurring market report or
    # fixtures list. Stories of a kind are kept out of a story list's default view.
    kind: str | None = omit_when(None)
    # the thread (``Thread.id``) of the developing situation the story is part of, and why: the happening
    # that links it ("ATTACK Iran, Israel", "Erupsi Gunung Lewotobi"), then the salient names it shares
    # with the thread's other stories (a store written before happenings linked threads holds names only)
    thread: str | None = omit_when(None)
    thread_why: list[str] = omit_when([])


@dataclass
class Thread(Record):
    """The stories of one developing situation (a war's strikes, evacuations and diplomacy), and why each is in it."""

    id: str  # "T" + a hash of its first story's id
    title: str  # the names the thread is about, else its largest story's title
    names: list[str]  # the salient names its stories share, most shared first
    stories: list[str]  # story ids, in the order of their first day
    why: dict[str, list[str]]  # story id -> the happening that links it, then the names it shares with the others
    articles: int  # articles in its stories
    first: str | None  # ISO day of its earliest story
    last: str | None


__all__ = ["Conflict", "Duplicate", "EventSource", "Story", "SummarySentence", "Thread", "TimelineEntry", "Update", "UpdatePoint"]
