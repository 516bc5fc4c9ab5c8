"""The JSON API's answers, as the OpenAPI schema describes them.

Stories, articles and entities are answered as the store keeps them: the dicts
of the typed records (``Record.to_dict``), so their models are those records.
The other answers are rows of the store's tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated, Any

from pydantic import BaseModel, Field

from telisik.records.entities import CollectionEntity
from telisik.records.pages import Article
from telisik.records.stories import Story, Thread
from telisik.web.params import ENTITY_QUOTES


class StoryRow(BaseModel):
    id: str
    title: str | None
    first: str | None = Field(description="first day of the story (ISO date)")
    last: str | None = Field(description="last day of the story (ISO date)")
    size: int = Field(description="number of articles")
    outlets: list[str]
    kind: str | None = Field(None, description='"series" or "routine" when the story is one; kept out of the default list')
    thread: str | None = Field(None, description="the id of the story's thread (`T...`), when it has one")


class StoryList(BaseModel):
    total: int = Field(description="stories matching, all pages")
    limit: int
    offset: int
    items: list[StoryRow]


# A story as the store keeps it: the story of the analysis document.
StoryOut = Story


@dataclass
class ThreadOut(Thread):
    """A thread of the store, as the analysis document lists it."""


@dataclass
class ThreadDetail(Thread):
    """A thread with the list rows of its stories, in the order of their first day."""

    story_rows: list[StoryRow] = field(default_factory=list)


class ThreadList(BaseModel):
    total: int = Field(description="threads, all pages")
    limit: int
    offset: int
    items: list[ThreadOut]


@dataclass
class ArticleOut(Article):
    """An article of the analysis document, its entities carrying their store entity id as `global_id`."""

    story: str | None = None  # the id of the story it belongs to


class QuoteOut(BaseModel):
    article_id: str
    n: int
    speaker: str | None
    text: str
    direct: bool
    title: str | None
    outlet: str | None
    published: str | None
    story_id: str | None


@dataclass
class EntityOut(CollectionEntity):
    """An entity of the store: its names, the articles it appears in, and its quotes."""

    quotes: Annotated[list[QuoteOut], Field(description=f"the entity's quotes, newest article first (at most {ENTITY_QUOTES})")] = field(
        default_factory=list
    )


class Segment(BaseModel):
    text: str
    match: bool


class SearchHit(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    day: str | None
    story: str | None
    snippet: list[Segment] = Field(description="the text around the matches, in segments; `match` marks the matching words")


class SearchResult(BaseModel):
    q: str
    total: int
    limit: int
    offset: int
    items: list[SearchHit]


class OutletCount(BaseModel):
    outlet: str
    articles: int


class Health(BaseModel):
    status: str
    version: str
    counts: dict[str, int]


class Problem(BaseModel):
    detail: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "no such id in the store"}}
