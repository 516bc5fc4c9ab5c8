"""The JSON API's answers, as the OpenAPI schema describes them.

Stories, articles and entities are answered as the store keeps them: the dicts
of the typed records (``Record.to_dict``), so their models are those records.
The other answers are rows of the store's tables.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Annotated, Any

from pydantic import BaseModel, Field

from telisik.records.entities import CollectionEntity
from telisik.records.pages import Article
from telisik.records.stories import Story, Thread
from telisik.store.network import CO_OCCURRING, MAX_DAYS
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


class CoEntity(BaseModel):
    id: str
    name: str
    type: str
    articles: int = Field(description="articles naming both entities")


class OutletCount(BaseModel):
    outlet: str
    articles: int


class DayCount(BaseModel):
    day: date
    articles: int


@dataclass
class EntityOut(CollectionEntity):
    """An entity of the store: its names, the articles it appears in, its quotes, the entities named with it and its days."""

    quotes: Annotated[list[QuoteOut], Field(description=f"the entity's quotes, newest article first (at most {ENTITY_QUOTES})")] = field(
        default_factory=list
    )
    co_occurring: Annotated[
        list[CoEntity], Field(description=f"the entities named in the most articles together with it, most first (at most {CO_OCCURRING})")
    ] = field(default_factory=list)
    days: Annotated[
        list[DayCount], Field(description=f"articles naming it per day (the article's day), oldest first (the latest {MAX_DAYS} days)")
    ] = field(default_factory=list)


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


class OutletDays(BaseModel):
    outlet: str
    days: list[DayCount]


class EntityCount(BaseModel):
    id: str
    name: str
    type: str
    articles: int = Field(description="matching articles that name it")


class OutletsAtLeast(BaseModel):
    outlets: int
    articles: int = Field(description="matching articles whose story has at least `outlets` outlets")


class SearchFacets(BaseModel):
    """Each facet is counted with the other filters applied and its own left out."""

    outlets: list[OutletCount] = Field(description="matching articles per outlet, most first")
    entities: list[EntityCount] = Field(description="the entities the most matching articles name")
    days: list[DayCount] = Field(description="matching articles per day")
    undated: int = Field(description="matching articles without a day")
    min_outlets: list[OutletsAtLeast]


class SearchResult(BaseModel):
    q: str
    total: int
    limit: int
    offset: int
    items: list[SearchHit]
    facets: SearchFacets | None = Field(None, description="the matches counted by outlet, entity, day and outlets (with `facets=true`)")


class Health(BaseModel):
    status: str
    version: str
    counts: dict[str, int]


class Problem(BaseModel):
    detail: str


NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": Problem, "description": "no such id in the store"}}


class CoverageOut(BaseModel):
    """Articles per day that the filters keep, in all and per outlet."""

    outlet: str | None
    entity: str | None
    story: str | None
    since: str | None
    until: str | None
    articles: int = Field(description="articles the filters keep, dated or not")
    undated: int = Field(description="of those, the articles without a day (in no series)")
    days: list[DayCount] = Field(description="articles per day, oldest first")
    outlets: list[OutletDays] = Field(description="per outlet, the six with most articles first, the rest as `other outlets`")
