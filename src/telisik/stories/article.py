"""What the story stage reads of an analysed article, read once (``StoryArticle``).

The stage takes ``Article`` records or their dicts (the analysis document's,
the store's). An article's facts (events, time expressions) are read with
``fact_field``: a dict's key while the fact's family is not a typed record, a
record's attribute once it is.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from keyword import iskeyword
from typing import Any, TypeAlias

from telisik.pages.dates import iso_day
from telisik.records.pages import Article

# an analysed article as the stages hand it over: the record, or its dict
ArticleLike: TypeAlias = "Article | Mapping[str, Any] | StoryArticle"


def article_field(article: Article | Mapping[str, Any], key: str) -> Any:
    """A field of an article record, or a key of its dict (None when absent)."""
    return article.get(key) if isinstance(article, Mapping) else getattr(article, key, None)


def fact_field(fact: object, key: str) -> Any:
    """A field of one of an article's facts: a dict's key (a family not typed yet), else a record's attribute
    (``in_`` for the key "in": a record's field named after a Python keyword ends in "_")."""
    if isinstance(fact, Mapping):
        return fact.get(key)
    return getattr(fact, f"{key}_" if iskeyword(key) else key, None)


def events_in_sentence(article: StoryArticle, text: str) -> Iterator[object]:
    """The article's events its analysis found in the sentence ``text``: the event's sentence holds it (the first
    sentence lost its dateline)."""
    for event in article.events:
        sentence = fact_field(event, "sentence")
        if isinstance(sentence, str) and text in sentence:
            yield event


def as_list(value: Any) -> list[Any]:
    """The value if it is a list, else an empty one."""
    # stored or hand-made articles may carry anything in a field; what is not a list counts as empty
    return value if isinstance(value, list) else []


def article_day(article: Article | Mapping[str, Any]) -> date | None:
    """The publication day, else the anchor the article's dates were resolved against."""
    anchor = article_field(article, "timex_anchor")
    return iso_day(article_field(article, "published")) or (iso_day(anchor.get("date")) if isinstance(anchor, Mapping) else None)


@dataclass
class StoryArticle:
    """What the story stage reads of one article, read once."""

    id: str
    title: str | None
    body: str
    outlet: str | None
    published: str  # as given ("" when none), to order articles of one day
    day: date | None
    dateline: str
    sentences: list[Any]  # [start, end] of each sentence of the body
    events: list[Any]  # the text's events, then the captions'
    timexes: list[Any]

    @classmethod
    def of(cls, article: ArticleLike) -> StoryArticle:
        if isinstance(article, StoryArticle):
            return article
        title, outlet = article_field(article, "title"), article_field(article, "outlet")
        return cls(
            id=str(article["id"] if isinstance(article, Mapping) else article.id),
            title=str(title) if title else None,
            body=str(article_field(article, "body") or ""),
            outlet=None if outlet is None else str(outlet),
            published=str(article_field(article, "published") or ""),
            day=article_day(article),
            dateline=str(article_field(article, "dateline") or ""),
            sentences=article_field(article, "sentences") or [],
            events=[*as_list(article_field(article, "events")), *as_list(article_field(article, "caption_events"))],
            timexes=article_field(article, "timexes") or [],
        )

    @cached_property
    def sentence_spans(self) -> list[tuple[int, int]]:
        """The page's own sentences as (start, end) offsets into the body, in order; an entry that is not a pair
        of whole numbers (a stored or hand-made article may carry anything) is left out."""
        return [
            (s[0], s[1]) for s in self.sentences if isinstance(s, list | tuple) and len(s) == 2 and type(s[0]) is int and type(s[1]) is int
        ]
