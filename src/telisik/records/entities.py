"""Entity records: an article's entities with their mentions, and the collection's entities."""

from __future__ import annotations

from dataclasses import dataclass, field

from telisik.records.base import Record


@dataclass
class Mention(Record):
    """One mention of an entity: its text and character offsets into the article body."""

    text: str
    start: int
    end: int


@dataclass
class Entity(Record):
    """An entity of one article (``e1``, ``e2``, ... in order of first mention).

    ``global_id`` is None until cross-article linking (``collection.linking``) sets it.
    """

    id: str
    global_id: str | None
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)


@dataclass
class CollectionEntity(Record):
    """An entity of a collection of articles (the top-level ``entities`` of ``analysis.json``)."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
