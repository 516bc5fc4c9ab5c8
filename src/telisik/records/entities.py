"""Entity records: an article's entities with their mentions, and the collection's entities."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from telisik.records.base import Record, omit_when


@dataclass
class Mention(Record):
    """One mention of an entity: its text and character offsets into the article body."""

    text: str
    start: int
    end: int


@dataclass
class Entity(Record):
    """An entity of one article (``e1``, ``e2``, ... in order of first mention).

    ``global_id`` is None until cross-article linking (``collection.linking``) sets it. ``reads_as``: how the
    sentences of a bare country's mentions read it, "side" (the national side: "Indonesia kalah 0-6 dari Jepang") or
    "country" ("warga Indonesia di Osaka, Jepang"), from ``nlp.entities.side_reading``; None (left out) where they
    give no reading or the entity is no country. The linker of every engine reads it, never the body: it decides
    whether the entity joins the side's collection entity or the country's.
    """

    id: str
    global_id: str | None
    name: str
    type: str
    mentions: list[Mention] = field(default_factory=list)
    reads_as: Literal["side", "country"] | None = omit_when(None)


@dataclass
class CollectionEntity(Record):
    """An entity of a collection of articles (the top-level ``entities`` of ``analysis.json``)."""

    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
