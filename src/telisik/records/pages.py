"""The records that flow between stages: raw documents, rejections, articles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from telisik.records.base import Record, omit_when
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


# The reason's start of a file in an input folder that is of no format telisik reads (a README
# beside the pages): listed under ``rejected`` like any other, but not news gone missing.
OTHER_FORMAT = "skipped: "


@dataclass
class Rejection(Record):
    """An input, or a record inside one, that gave no article, and why."""

    source: str
    reason: str

    @property
    def other_format(self) -> bool:
        """Whether the input was a file of another format, skipped unread."""
        return self.reason.startswith(OTHER_FORMAT)


# What a repair of the scraped text did (``pages.repair``): fixed mojibake, a space put into a
# glued word, a dateline separated from the text, a repeated passage dropped, a promo glued to
# a paragraph cut onto a line of its own, lines broken at an inline link joined again.
RepairKind = Literal["mojibake", "split", "dateline", "repeat", "promo", "join"]


# What a repair stores of the text it changed: long passages (Republika's containers, dropped
# whole) are cut to their first characters, their full length kept beside them.
MAX_REPAIR_CHARS = 200


@dataclass
class Repair(Record):
    """One repair of a page's scraped text, or of a field the input gave, for a user to audit.

    Offsets, both recorded:

    - ``at``: where ``replacement`` starts in the repaired page text (the text the cleaner
      reads: the input's text, or the text extracted from the HTML), or in the repaired
      ``in_field`` ("title", "authors", "editors") for a repair of a given field;
    - ``body_at``: where it starts in the article's ``body``; None when the cleaner dropped
      the line it is in (chrome, a caption, a byline), when nothing of it is left (a repeated
      passage removed), and for a repair of a field.

    ``original`` is what stood there before, ``replacement`` what stands there now, each cut
    to its first MAX_REPAIR_CHARS characters; ``original_chars`` and ``replacement_chars`` give
    the full lengths of those that were cut (absent when nothing was).
    """

    kind: RepairKind
    original: str
    replacement: str
    at: int
    body_at: int | None = None
    in_field: str | None = omit_when(None)
    original_chars: int | None = omit_when(None)
    replacement_chars: int | None = omit_when(None)

    def capped(self) -> Repair:
        """This repair storing at most MAX_REPAIR_CHARS characters of each text, with their lengths."""
        if len(self.original) > MAX_REPAIR_CHARS:
            self.original_chars = len(self.original)
            self.original = self.original[:MAX_REPAIR_CHARS]
        if len(self.replacement) > MAX_REPAIR_CHARS:
            self.replacement_chars = len(self.replacement)
            self.replacement = self.replacement[:MAX_REPAIR_CHARS]
        return self


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
    # the repairs made before cleaning (``pages.repair``): of the given fields, then of the
    # scraped text in the order of ``at``
    repairs: list[Repair] = omit_when([])
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
