"""The analysis document as flat tables: plain rows and a typed column spec per table.

One place builds them, without pandas or pyarrow: ``Analysis.to_pandas``, the
CSV, JSON Lines and Parquet writers (``output.writers``) all read these rows.

- ``articles``: one row an article; ``mentions``: an entity mention in an article;
  ``quotes``, ``citations``, ``events`` (body and caption events): one row each,
  keyed by ``article_id``; ``stories``, ``threads``, ``entities`` (the collection's
  linked entities) and ``rejected``: one row each.
- Every cell is a scalar or a list of names or ids (``list`` columns: authors, an
  event's ``who``, a story's article ids and outlets, an entity's aliases): no JSON
  text inside a cell. A list stays a list in pandas, Parquet and JSON Lines; CSV joins
  it with ``LIST_SEPARATOR``. A story's summary is its sentences as one text. What
  holds free text by the list (captions, warnings) stays in the document
  (``Analysis.articles``), out of the tables.
- ``published`` is a timezone-aware datetime in the outlets' zone (WIB, +07:00:
  ``dates.local_zone``), the same instant as the page states it; a page that gives
  only a day has none there, and ``published_date`` holds the day as the page
  states it in either case; ``published_text`` is the value of ``analysis.json``
  exactly. Story, thread and anchor days are dates; an event's ``when`` stays the
  TIMEX value ("2023-W37" too), with ``when_date`` when that value is one day.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal, cast, get_args

from telisik.pages.dates import iso_day, local_zone

ColumnKind = Literal["str", "int", "float", "bool", "date", "timestamp", "list"]
LIST_SEPARATOR = "; "

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class Column:
    name: str
    kind: ColumnKind


@dataclass
class Table:
    """One flat table: its columns in order, and its rows (a dict a row, every column a key)."""

    name: str
    columns: list[Column]
    rows: list[dict[str, Any]]


def _columns(spec: str) -> list[Column]:
    """``"id:str authors:list"`` -> the columns, so each table's layout reads as one line."""
    out = []
    for item in spec.split():
        name, kind = item.split(":")
        if kind not in get_args(ColumnKind):
            raise ValueError(f"column {name}: no kind {kind!r}")
        out.append(Column(name, cast(ColumnKind, kind)))
    return out


COLUMNS: dict[str, list[Column]] = {
    "articles": _columns(
        "id:str story:str outlet:str title:str url:str published:timestamp published_date:date published_text:str "
        "authors:list editors:list language:str dateline:str standfirst:str anchor_date:date anchor_inferred:bool "
        "paragraphs:int sentences:int tokens:int entity_count:int quote_count:int event_count:int "
        "source:str record:str body:str"
    ),
    "mentions": _columns("article_id:str entity_id:str article_entity:str name:str type:str text:str start:int end:int"),
    "quotes": _columns(
        "article_id:str quote:int text:str start:int end:int direct:bool speaker:str speaker_entity_id:str "
        "speaker_article_entity:str cue:str"
    ),
    "citations": _columns("article_id:str source:str text:str found_in:str start:int end:int"),
    "events": _columns(
        "article_id:str found_in:str caption:int type:str trigger:str who:list where:str when:str when_date:date "
        "status:str phase:str count:int counted:str start:int end:int sentence:str"
    ),
    "stories": _columns(
        "id:str title:str kind:str thread:str first:date last:date article_count:int outlet_count:int "
        "articles:list outlets:list summary:str conflict_count:int"
    ),
    "threads": _columns("id:str title:str first:date last:date story_count:int article_count:int names:list stories:list"),
    "entities": _columns("id:str name:str type:str article_count:int aliases:list articles:list"),
    "rejected": _columns("source:str reason:str"),
}
TABLES = tuple(COLUMNS)


# --- cell values ---------------------------------------------------------------


def published_at(value: Any) -> datetime | None:
    """An article's ``published`` as a timezone-aware datetime in the outlets' zone, or None for a day alone.

    A time without an offset is the outlets' local time, as ``pages.dates`` reads a byline's."""
    if not isinstance(value, str) or "T" not in value:
        return None
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        return None
    zone = local_zone()
    return (moment if moment.tzinfo else moment.replace(tzinfo=zone)).astimezone(zone)


def one_day(value: Any) -> date | None:
    """A TIMEX value that names one day ("2023-09-13") as a date; None for a week, a range, a month..."""
    return iso_day(value) if isinstance(value, str) and _DAY.fullmatch(value) else None


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list):
        return []
    return [str(v) for v in value if v is not None]


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _mapping(value: Any) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


# --- the tables ----------------------------------------------------------------


def article_row(article: Mapping[str, Any]) -> dict[str, Any]:
    anchor, stats = _mapping(article.get("timex_anchor")), _mapping(article.get("stats"))
    published = article.get("published")
    return {
        "id": article.get("id"),
        "story": article.get("story"),
        "outlet": article.get("outlet"),
        "title": article.get("title"),
        "url": article.get("url"),
        "published": published_at(published),
        "published_date": iso_day(published),
        "published_text": published,
        "authors": _strings(article.get("authors")),
        "editors": _strings(article.get("editors")),
        "language": article.get("language"),
        "dateline": article.get("dateline"),
        "standfirst": article.get("standfirst"),
        "anchor_date": iso_day(anchor.get("date")),
        "anchor_inferred": anchor.get("inferred") if anchor else None,
        "paragraphs": _int(stats.get("paragraphs")),
        "sentences": _int(stats.get("sentences")),
        "tokens": _int(stats.get("tokens")),
        "entity_count": len(_dicts(article.get("entities"))),
        "quote_count": len(_dicts(article.get("quotes"))),
        "event_count": len(_dicts(article.get("events"))) + len(_dicts(article.get("caption_events"))),
        "source": article.get("source"),
        "record": article.get("record"),
        "body": article.get("body"),
    }


def mention_rows(article: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    for entity in _dicts(article.get("entities")):
        for mention in _dicts(entity.get("mentions")):
            yield {
                "article_id": article.get("id"),
                "entity_id": entity.get("global_id"),
                "article_entity": entity.get("id"),
                "name": entity.get("name"),
                "type": entity.get("type"),
                "text": mention.get("text"),
                "start": _int(mention.get("start")),
                "end": _int(mention.get("end")),
            }


def quote_rows(article: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    # a quote names its speaker by the article's own entity id ("e3"): the row adds the collection's ("E12")
    global_ids = {e.get("id"): e.get("global_id") for e in _dicts(article.get("entities"))}
    for n, quote in enumerate(_dicts(article.get("quotes"))):
        yield {
            "article_id": article.get("id"),
            "quote": n,
            "text": quote.get("text"),
            "start": _int(quote.get("start")),
            "end": _int(quote.get("end")),
            "direct": quote.get("direct"),
            "speaker": quote.get("speaker"),
            "speaker_entity_id": global_ids.get(quote.get("speaker_entity")),
            "speaker_article_entity": quote.get("speaker_entity"),
            "cue": quote.get("cue"),
        }


def citation_rows(article: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    for citation in _dicts(article.get("citations")):
        yield {
            "article_id": article.get("id"),
            "source": citation.get("source"),
            "text": citation.get("text"),
            "found_in": citation.get("in") or "body",
            "start": _int(citation.get("start")),
            "end": _int(citation.get("end")),
        }


def event_rows(article: Mapping[str, Any]) -> Iterator[dict[str, Any]]:
    for event in [*_dicts(article.get("events")), *_dicts(article.get("caption_events"))]:
        yield {
            "article_id": article.get("id"),
            "found_in": event.get("in") or "body",
            "caption": _int(event.get("caption")),
            "type": event.get("type"),
            "trigger": event.get("trigger"),
            "who": _strings(event.get("who")),
            "where": event.get("where"),
            "when": event.get("when"),
            "when_date": one_day(event.get("when")),
            "status": event.get("status"),
            "phase": event.get("phase"),
            "count": _int(event.get("count")),
            "counted": event.get("counted"),
            "start": _int(event.get("start")),
            "end": _int(event.get("end")),
            "sentence": event.get("sentence"),
        }


def story_row(story: Mapping[str, Any]) -> dict[str, Any]:
    articles, outlets = _strings(story.get("articles")), _strings(story.get("outlets"))
    return {
        "id": story.get("id"),
        "title": story.get("title"),
        "kind": story.get("kind"),
        "thread": story.get("thread"),
        "first": iso_day(story.get("first")),
        "last": iso_day(story.get("last")),
        "article_count": len(articles),
        "outlet_count": len(outlets),
        "articles": articles,
        "outlets": outlets,
        "summary": " ".join(str(s.get("text")) for s in _dicts(story.get("summary"))) or None,
        "conflict_count": len(_dicts(story.get("conflicts"))),
    }


def thread_row(thread: Mapping[str, Any]) -> dict[str, Any]:
    stories = _strings(thread.get("stories"))
    return {
        "id": thread.get("id"),
        "title": thread.get("title"),
        "first": iso_day(thread.get("first")),
        "last": iso_day(thread.get("last")),
        "story_count": len(stories),
        "article_count": _int(thread.get("articles")),
        "names": _strings(thread.get("names")),
        "stories": stories,
    }


def entity_row(entity: Mapping[str, Any]) -> dict[str, Any]:
    articles = _strings(entity.get("articles"))
    return {
        "id": entity.get("id"),
        "name": entity.get("name"),
        "type": entity.get("type"),
        "article_count": len(articles),
        "aliases": _strings(entity.get("aliases")),
        "articles": articles,
    }


def rejected_row(rejection: Mapping[str, Any]) -> dict[str, Any]:
    return {"source": rejection.get("source"), "reason": rejection.get("reason")}


_PER_ARTICLE: dict[str, Callable[[Mapping[str, Any]], Iterator[dict[str, Any]]]] = {
    "mentions": mention_rows,
    "quotes": quote_rows,
    "citations": citation_rows,
    "events": event_rows,
}
_PER_RECORD: dict[str, tuple[str, Callable[[Mapping[str, Any]], dict[str, Any]]]] = {
    "articles": ("articles", article_row),
    "stories": ("stories", story_row),
    "threads": ("threads", thread_row),
    "entities": ("entities", entity_row),
    "rejected": ("rejected", rejected_row),
}


def table(document: Mapping[str, Any], name: str) -> Table:
    """The table ``name`` (one of ``TABLES``) of an analysis document."""
    if name not in COLUMNS:
        raise ValueError(f"no table {name!r}; the tables are {', '.join(TABLES)}")
    if name in _PER_ARTICLE:
        rows = [row for article in _dicts(document.get("articles")) for row in _PER_ARTICLE[name](article)]
    else:
        key, make_row = _PER_RECORD[name]
        rows = [make_row(record) for record in _dicts(document.get(key))]
    return Table(name, COLUMNS[name], rows)


def tables(document: Mapping[str, Any], names: Sequence[str] = TABLES) -> dict[str, Table]:
    """The tables ``names`` of an analysis document, by name."""
    return {name: table(document, name) for name in names}
