"""The records that flow between stages: raw documents, rejections, articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from telisik.records.base import Record
from telisik.records.entities import Entity
from telisik.records.events import Event
from telisik.records.quotes import Citation, Quote
from telisik.records.timex import Timex, TimexAnchor


def location(source: str, record: str | None) -> str:
    """Where a piece of input is: the path, and the line or record inside a container."""
    return f"{source}#{record}" if record else source


@dataclass
class RawDocument:
    """One article-sized piece of input, decoded to text but not yet cleaned."""

    source: str
    kind: str  # "text" or "html"
    content: str
    record: str | None = None  # line or record number inside a container file
    given: dict[str, Any] = field(default_factory=dict)  # fields an input states (JSONL, WARC)
    warnings: list[str] = field(default_factory=list)

    @property
    def where(self) -> str:
        return location(self.source, self.record)


@dataclass
class Rejection(Record):
    """An input, or a record inside one, that gave no article, and why."""

    source: str
    reason: str


@dataclass
class Article(Record):
    id: str
    source: str
    outlet: str | None
    url: str | None
    title: str | None
    authors: list[str]
    editors: list[str]
    published: str | None
    language: str
    body: str
    captions: list[str]
    removed: list[str]
    # the cleaner's rule that removed each line of `removed` (pages.clean.RULES), in the same order
    removed_by: list[str] = field(default_factory=list)
    record: str | None = None
    dateline: str | None = None
    standfirst: str | None = None
    warnings: list[str] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    # Filled by later stages (time expressions, entities, quotes, citations, events).
    timexes: list[Timex] = field(default_factory=list)
    # the date relative time expressions were resolved against; "inferred" when
    # the page gives no publication date
    timex_anchor: TimexAnchor | None = None
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    citations: list[Citation] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    # events stated in photo captions ("in": "caption", "caption": its index; offsets into that caption)
    caption_events: list[Event] = field(default_factory=list)
    # [start, end] of each sentence of the body, for the story summaries
    sentences: list[list[int]] = field(default_factory=list)

    @property
    def where(self) -> str:
        return location(self.source, self.record)
