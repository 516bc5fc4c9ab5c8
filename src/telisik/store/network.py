"""The entity co-mention network and an entity's neighbours and days, read from a store.

The counting is done by the database (SQLAlchemy Core, SQLite and PostgreSQL
alike): entities by the number of articles naming them, pairs by the number of
articles naming both, an entity's days by the number of its articles. A page
asks for the top N entities, so it reads N entities and at most N*(N-1)/2
pairs however large the store; only ``network`` without ``top`` (the export)
reads every entity and pair.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

import networkx as nx
import sqlalchemy as sa

from telisik.analyses.network import EntityInfo, NetworkFilter, graph_from_counts
from telisik.store import schema
from telisik.store.connection import chunks
from telisik.store.repository import Store

# a network of the top N by degree picks them among this many entities with the most articles (at least)
DEGREE_POOL = 100
# an entity page lists at most this many co-occurring entities, and its chart at most this many days
CO_OCCURRING = 30
MAX_DAYS = 3660


@dataclass(frozen=True)
class Neighbour:
    """An entity named in the same articles as another, and in how many."""

    id: str
    name: str
    type: str
    articles: int


def _article_filters(spec: NetworkFilter, article_id: sa.ColumnElement[Any]) -> list[sa.ColumnElement[bool]]:
    """The conditions on an article id of ``spec``'s outlet and days (none: no join with ``articles`` is needed)."""
    a = schema.articles
    where: list[sa.ColumnElement[bool]] = []
    if spec.outlet:
        where.append(a.c.outlet == spec.outlet)
    if spec.since:
        where.append(a.c.day >= spec.since)
    if spec.until:
        where.append(a.c.day <= spec.until)
    return [article_id.in_(sa.select(a.c.id).where(*where))] if where else []


def _type_filter(spec: NetworkFilter, entity_id: sa.ColumnElement[Any]) -> list[sa.ColumnElement[bool]]:
    e = schema.entities
    return [entity_id.in_(sa.select(e.c.id).where(e.c.type.in_(sorted(spec.types))))] if spec.types else []


def _entity_counts(conn: sa.Connection, spec: NetworkFilter, limit: int | None) -> dict[str, int]:
    """The ``limit`` entities named in the most articles (None: every entity), with their numbers of articles.

    An article can hold one entity under two article-local ids, so the exact number is a count of distinct
    articles, which is slow over a whole store. It is taken only for the entities whose count of rows
    (an upper bound, read from the entity index alone) could place them in the top: a pool twice the
    size asked, widened until the last one kept counts at least as many articles as the first one left out
    has rows (a tie there may keep either).
    """
    ae = schema.article_entities
    where = _type_filter(spec, ae.c.entity_id) + _article_filters(spec, ae.c.article_id)
    exact = sa.func.count(sa.distinct(ae.c.article_id)).label("n")
    if limit is None:
        query = sa.select(ae.c.entity_id, exact).where(*where).group_by(ae.c.entity_id)
        return {eid: count for eid, count in conn.execute(query)}
    rows = sa.func.count().label("n")
    pool = 2 * limit
    while True:
        bound = conn.execute(
            sa.select(ae.c.entity_id, rows).where(*where).group_by(ae.c.entity_id).order_by(rows.desc(), ae.c.entity_id).limit(pool + 1)
        ).all()
        candidates = [eid for eid, _ in bound[:pool]]
        counts: dict[str, int] = {}
        for part in chunks(candidates):
            query = sa.select(ae.c.entity_id, exact).where(*where, ae.c.entity_id.in_(part)).group_by(ae.c.entity_id)
            counts.update((eid, count) for eid, count in conn.execute(query))
        top = sorted(counts, key=lambda e: (-counts[e], e))[:limit]
        left_out = bound[pool][1] if len(bound) > pool else 0
        if len(bound) <= pool or (len(top) == limit and counts[top[-1]] >= left_out):
            return {e: counts[e] for e in top}
        pool *= 2


def _pair_counts(conn: sa.Connection, spec: NetworkFilter, ids: Sequence[str] | None) -> dict[tuple[str, str], int]:
    """The number of articles naming each pair of entities (of ``ids``, when given) in the articles ``spec`` keeps."""
    ae = schema.article_entities
    other = ae.alias("other")
    n = sa.func.count(sa.distinct(ae.c.article_id))
    where = _article_filters(spec, ae.c.article_id)
    if ids is not None:
        where += [ae.c.entity_id.in_(list(ids)), other.c.entity_id.in_(list(ids))]
    else:
        where += _type_filter(spec, ae.c.entity_id) + _type_filter(spec, other.c.entity_id)
    query = (
        sa.select(ae.c.entity_id, other.c.entity_id, n)
        .join(other, (other.c.article_id == ae.c.article_id) & (ae.c.entity_id < other.c.entity_id))
        .where(*where)
        .group_by(ae.c.entity_id, other.c.entity_id)
        .having(n >= spec.min_weight)
    )
    return {(a, b): count for a, b, count in conn.execute(query)}


def _entity_infos(conn: sa.Connection, ids: Iterable[str]) -> dict[str, EntityInfo]:
    e = schema.entities
    found: dict[str, EntityInfo] = {}
    for part in chunks(list(ids)):
        for eid, name, etype in conn.execute(sa.select(e.c.id, e.c.name, e.c.type).where(e.c.id.in_(part))):
            found[eid] = EntityInfo(eid, name, etype)
    return found


def network(store: Store, spec: NetworkFilter | None = None) -> nx.Graph:
    """The co-mention network of the store's articles, filtered as ``spec`` says (``analyses.network`` for its shape).

    With ``spec.top``, only the top entities' counts are read: the top N by
    articles, or, ranked by degree, the N with the most neighbours among the
    ``DEGREE_POOL`` (or 3 N) entities with the most articles.
    """
    spec = spec or NetworkFilter()
    if spec.top is None:
        pool = None
    else:
        pool = spec.top if spec.rank == "articles" else max(DEGREE_POOL, 3 * spec.top)
    with store.engine.connect() as conn:
        counts = _entity_counts(conn, spec, pool)
        pairs = _pair_counts(conn, spec, None if pool is None else list(counts))
        infos = _entity_infos(conn, counts)
    return graph_from_counts(infos, counts, pairs, min_weight=spec.min_weight, top=spec.top, rank=spec.rank)


def state(store: Store) -> tuple[Any, ...]:
    """What changes when the network may: the last article's number and the numbers of links and entities (cheap to read)."""
    a, ae, e = schema.articles, schema.article_entities, schema.entities
    with store.engine.connect() as conn:
        row = conn.execute(
            sa.select(
                sa.select(sa.func.max(a.c.seq)).scalar_subquery(),
                sa.select(sa.func.count()).select_from(ae).scalar_subquery(),
                sa.select(sa.func.count()).select_from(e).scalar_subquery(),
            )
        ).one()
    return tuple(row)


def co_occurring(store: Store, entity_id: str, limit: int = CO_OCCURRING) -> list[Neighbour]:
    """The entities named in the most articles together with ``entity_id``, most first."""
    ae, e = schema.article_entities, schema.entities
    other = ae.alias("other")
    n = sa.func.count(sa.distinct(other.c.article_id)).label("n")
    query = (
        sa.select(e.c.id, e.c.name, e.c.type, n)
        .select_from(ae)
        .join(other, (other.c.article_id == ae.c.article_id) & (other.c.entity_id != entity_id))
        .join(e, e.c.id == other.c.entity_id)
        .where(ae.c.entity_id == entity_id)
        .group_by(e.c.id, e.c.name, e.c.type)
        .order_by(n.desc(), e.c.name, e.c.id)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [Neighbour(eid, name, etype, count) for eid, name, etype, count in conn.execute(query)]


def entity_days(store: Store, entity_id: str, limit: int = MAX_DAYS) -> list[tuple[date, int]]:
    """How many articles name the entity on each day (their ``day``), the latest ``limit`` days that have any, oldest first."""
    ae, a = schema.article_entities, schema.articles
    articles = sa.select(ae.c.article_id).where(ae.c.entity_id == entity_id).distinct().subquery("named")
    n = sa.func.count().label("n")
    query = (
        sa.select(a.c.day, n)
        .join(articles, articles.c.article_id == a.c.id)
        .where(a.c.day.is_not(None))
        .group_by(a.c.day)
        .order_by(a.c.day.desc())
        .limit(limit)
    )
    with store.engine.connect() as conn:
        rows = [(day, count) for day, count in conn.execute(query)]
    return sorted(rows)


def events_naming(store: Store, story_ids: Sequence[str], names: Iterable[str]) -> list[dict[str, Any]]:
    """The timeline rows of the stories ``story_ids`` whose ``who`` is one of ``names`` (an entity's name and aliases)."""
    wanted = {n.casefold() for n in names if n}
    s = schema.stories
    rows: list[dict[str, Any]] = []
    with store.engine.connect() as conn:
        for part in chunks(list(story_ids)):
            for sid, data in conn.execute(sa.select(s.c.id, s.c.data).where(s.c.id.in_(part))):
                rows += [{**row, "story": sid} for row in _timeline(data) if _names_one_of(row.get("who"), wanted)]
    return rows


def _timeline(data: Any) -> list[Mapping[str, Any]]:
    timeline = data.get("timeline") if isinstance(data, Mapping) else None
    return [row for row in timeline if isinstance(row, Mapping)] if isinstance(timeline, list) else []


def _names_one_of(who: Any, wanted: set[str]) -> bool:
    names = who if isinstance(who, list) else [who]
    return any(isinstance(n, str) and n.casefold() in wanted for n in names)
