"""Coverage over time from a store: articles per day, overall and per outlet, counted in SQL.

The day is ``articles.day``: the publication day as the page shows it, in the
outlets' zone (a time given in UTC is moved to WIB when the page is read,
``pages.dates.parse_iso``), else the day its dates were resolved against. An
article without one is counted as undated. Every query is parameterised
(SQLAlchemy Core), grouped in the database and bounded (``MAX_DAYS`` rows a
series, ``MAX_OUTLETS`` outlets charted), on SQLite and PostgreSQL alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from telisik.analyses.coverage import Coverage, CoverageFilter, DayCounts
from telisik.store import schema

if TYPE_CHECKING:
    from telisik.store.repository import Store

# a series has at most this many days (ten years); a longer range is cut at its newest days
MAX_DAYS = 3700
# the outlets charted one by one; the others are summed as OTHER
MAX_OUTLETS = 6
OTHER = "other outlets"
EVERY_ARTICLE = CoverageFilter()


def conditions(where: CoverageFilter) -> list[sa.ColumnElement[bool]]:
    """The conditions on ``articles`` of a coverage filter (outlet, story, entity, days from-to)."""
    a, ae = schema.articles, schema.article_entities
    out: list[sa.ColumnElement[bool]] = []
    if where.outlet:
        out.append(a.c.outlet == where.outlet)
    if where.story:
        out.append(a.c.story_id == where.story)
    if where.entity:
        out.append(a.c.id.in_(sa.select(ae.c.article_id).where(ae.c.entity_id == where.entity)))
    if where.since:
        out.append(a.c.day >= where.since)
    if where.until:
        out.append(a.c.day <= where.until)
    return out


def _as_day(value: Any) -> date:
    # SQLite hands a Date column back as a date too; a GROUP BY over an expression could give a string
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def daily_counts(store: Store, where: CoverageFilter = EVERY_ARTICLE) -> DayCounts:
    """Articles per day that ``where`` keeps, oldest first (the newest ``MAX_DAYS`` days at most)."""
    a = schema.articles
    n = sa.func.count()
    query = sa.select(a.c.day, n).where(a.c.day.is_not(None), *conditions(where)).group_by(a.c.day).order_by(a.c.day.desc()).limit(MAX_DAYS)
    with store.engine.connect() as conn:
        return sorted((_as_day(d), int(c)) for d, c in conn.execute(query))


def undated_count(store: Store, where: CoverageFilter = EVERY_ARTICLE) -> int:
    a = schema.articles
    query = sa.select(sa.func.count()).select_from(a).where(a.c.day.is_(None), *conditions(where))
    with store.engine.connect() as conn:
        return int(conn.execute(query).scalar_one())


def top_outlets(store: Store, where: CoverageFilter = EVERY_ARTICLE, limit: int = MAX_OUTLETS) -> list[tuple[str, int]]:
    """The outlets with the most dated articles that ``where`` keeps, most first (ties by name)."""
    a = schema.articles
    n = sa.func.count()
    query = (
        sa.select(a.c.outlet, n)
        .where(a.c.outlet.is_not(None), a.c.day.is_not(None), *conditions(where))
        .group_by(a.c.outlet)
        .order_by(n.desc(), a.c.outlet)
        .limit(limit)
    )
    with store.engine.connect() as conn:
        return [(str(o), int(c)) for o, c in conn.execute(query)]


def daily_counts_by_outlet(store: Store, outlets: Sequence[str], where: CoverageFilter = EVERY_ARTICLE) -> dict[str, DayCounts]:
    """Articles per day of each of ``outlets`` (at most ``MAX_OUTLETS``) that ``where`` keeps."""
    a = schema.articles
    wanted = list(dict.fromkeys(outlets))[:MAX_OUTLETS]
    if not wanted:
        return {}
    n = sa.func.count()
    query = (
        sa.select(a.c.outlet, a.c.day, n)
        .where(a.c.day.is_not(None), a.c.outlet.in_(wanted), *conditions(where))
        .group_by(a.c.outlet, a.c.day)
        .order_by(a.c.day.desc())
        .limit(MAX_DAYS * len(wanted))
    )
    found: dict[str, list[tuple[date, int]]] = defaultdict(list)
    with store.engine.connect() as conn:
        for outlet, day, count in conn.execute(query):
            found[str(outlet)].append((_as_day(day), int(count)))
    return {o: sorted(found[o]) for o in wanted if o in found}


def store_coverage(store: Store, where: CoverageFilter = EVERY_ARTICLE) -> Coverage:
    """Articles per day that ``where`` keeps: in all, per outlet (the ``MAX_OUTLETS`` with most articles,
    the rest summed as ``OTHER``), and how many have no day."""
    total = daily_counts(store, where)
    outlets = daily_counts_by_outlet(store, [o for o, _ in top_outlets(store, where)], where)
    rest: dict[date, int] = dict(total)
    for series in outlets.values():
        for d, n in series:
            rest[d] = rest.get(d, 0) - n
    others = sorted((d, n) for d, n in rest.items() if n > 0)
    if others:
        outlets[OTHER] = others
    return Coverage(total=total, outlets=outlets, undated=undated_count(store, where))


def entity_name(store: Store, entity_id: str) -> str | None:
    """The name of a store entity (None: no such entity), for a filter's label."""
    e = schema.entities
    with store.engine.connect() as conn:
        name = conn.execute(sa.select(e.c.name).where(e.c.id == entity_id)).scalar()
    return None if name is None else str(name)


def story_title(store: Store, story_id: str) -> str | None:
    """The title of a stored story ("" when it has none; None: no such story), for a filter's label."""
    s = schema.stories
    with store.engine.connect() as conn:
        row = conn.execute(sa.select(s.c.title).where(s.c.id == story_id)).first()
    return None if row is None else str(row.title or "")
