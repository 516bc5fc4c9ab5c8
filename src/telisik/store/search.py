"""Searching a store's articles for words: FTS5 on SQLite (an index the store keeps), a generated tsvector on PostgreSQL.

A query means the same on both: every word of it (``search_words``), none of
it syntax. Snippets mark matches with two control characters that stored text
never holds (``rows.storable``). ``SearchFilter`` narrows a search (outlet, days,
entity, outlets of the story) and ``facets`` counts its matches by each of those.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from telisik.pages.dates import iso_day
from telisik.store import schema
from telisik.store.connection import chunks

if TYPE_CHECKING:
    from telisik.store.repository import Store

# snippet markers: control characters that stored text never holds (``storable``)
MATCH_START, MATCH_END = "\x02", "\x03"
# the words of a search query, each of which a match holds
MAX_SEARCH_WORDS = 32
# ts_headline's options: the snippet markers, and a snippet about as long as FTS5's
# the text search configuration as SQL (a constant of the schema, never input)
PG_CONFIG = f"'{schema.PG_TEXT_SEARCH_CONFIG}'::regconfig"
PG_HEADLINE = f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords=35, MinWords=15"


@dataclass
class Snippet:
    """A piece of an article around a search match, in segments so that a page escapes each."""

    segments: list[tuple[str, bool]]

    @classmethod
    def parse(cls, marked: str) -> Snippet:
        segments: list[tuple[str, bool]] = []
        for i, part in enumerate(re.split(f"[{MATCH_START}{MATCH_END}]", marked or "")):
            if part:
                segments.append((part, i % 2 == 1))
        return cls(segments)

    def text(self) -> str:
        return "".join(s for s, _ in self.segments)


def search_words(q: str | None) -> list[str]:
    """The words of a user's query, all of which a match holds, on either database: nothing in it is syntax
    (no OR, NOT, NEAR, prefix or phrase), punctuation only parts words."""
    return re.findall(r"\w+", q or "")[:MAX_SEARCH_WORDS]


def has_words(q: str | None) -> bool:
    return bool(re.search(r"\w", q or ""))


def fts5_query(q: str | None) -> str:
    """FTS5's query: each word quoted, so that FTS5's own syntax (NEAR, column filters, stray quotes) never reaches it."""
    return " ".join(f'"{w}"' for w in search_words(q))


def pg_query(q: str | None) -> tuple[str, dict[str, str]]:
    """PostgreSQL's query (SQL for a tsquery) and its bound words: every word, each a phrase of the lexemes it
    holds ("foo_bar" is "foo" then "bar", as FTS5 reads it), none parsed as syntax."""
    words = search_words(q)
    cfg = schema.PG_TEXT_SEARCH_CONFIG
    return " && ".join(f"phraseto_tsquery('{cfg}', :w{i})" for i in range(len(words))), {f"w{i}": w for i, w in enumerate(words)}


def matches(dialect: str, q: str) -> sa.ColumnElement[bool]:
    """A condition on ``articles``: the article holds every word of ``q`` (``search_words``)."""
    a = schema.articles
    if dialect == "postgresql":
        query, words = pg_query(q)
        if not words:
            return sa.false()
        return sa.text(f"articles.search @@ ({query})").bindparams(**words)  # type: ignore[return-value]
    match = fts5_query(q)
    if not match:
        return sa.false()
    fts: sa.Select[Any] = sa.select(sa.column("article_id")).select_from(sa.table(schema.SQLITE_FTS))
    return a.c.id.in_(fts.where(sa.text(f"{schema.SQLITE_FTS} MATCH :m").bindparams(m=match)))


def ranked(conn: Connection, q: str, limit: int, offset: int, where: Sequence[sa.ColumnElement[bool]] = ()) -> Sequence[Any]:
    """(article id, marked snippet) of a page of matches that also meet ``where`` (conditions on ``articles``), best first."""
    if conn.dialect.name == "postgresql":
        return conn.execute(_pg_ranked(q, limit, offset, where)).all()
    fts = sa.table(schema.SQLITE_FTS, sa.column("article_id"))
    # FTS5's auxiliary functions take the table itself as their first argument
    table: sa.ColumnElement[Any] = sa.literal_column(schema.SQLITE_FTS)
    query = (
        sa.select(fts.c.article_id, sa.func.snippet(table, 2, MATCH_START, MATCH_END, "…", 24))
        .select_from(fts)
        .where(sa.text(f"{schema.SQLITE_FTS} MATCH :m").bindparams(m=fts5_query(q)))
        .order_by(sa.func.bm25(table, 0.0, 5.0, 1.0), fts.c.article_id)
        .limit(limit)
        .offset(offset)
    )
    if where:
        query = query.where(fts.c.article_id.in_(sa.select(schema.articles.c.id).where(*where)))
    return conn.execute(query).all()


def _pg_tsquery(q: str) -> sa.ColumnElement[Any]:
    """PostgreSQL's query as an expression: every word a phrase (``pg_query``), each bound, none parsed as syntax."""
    config: sa.ColumnElement[Any] = sa.literal_column(PG_CONFIG)
    phrases = [sa.func.phraseto_tsquery(config, sa.bindparam(None, w, type_=sa.Text)) for w in search_words(q)]
    query: sa.ColumnElement[Any] = phrases[0]
    for phrase in phrases[1:]:
        query = query.op("&&")(phrase)
    return query


def _pg_ranked(q: str, limit: int, offset: int, where: Sequence[sa.ColumnElement[bool]]) -> sa.Select[Any]:
    """A page of matches ranked by ts_rank, then the snippets of that page only (ts_headline reads the whole body)."""
    a = schema.articles
    search: sa.ColumnElement[Any] = sa.literal_column("articles.search")
    rank = sa.func.ts_rank(search, _pg_tsquery(q)).label("rank")
    best = (
        sa.select(a.c.id, a.c.body, rank)
        .where(search.op("@@")(_pg_tsquery(q)), *where)
        .order_by(rank.desc(), a.c.id)
        .limit(limit)
        .offset(offset)
        .subquery("best")
    )
    config: sa.ColumnElement[Any] = sa.literal_column(PG_CONFIG)
    snippet = sa.func.ts_headline(config, best.c.body, _pg_tsquery(q), PG_HEADLINE)
    return sa.select(best.c.id, snippet).order_by(best.c.rank.desc(), best.c.id)


# ---------------------------------------------------------------------------- filters and facets


@dataclass(frozen=True)
class SearchFilter:
    """What narrows a search besides its words: one outlet, days from-to (both included), an entity the
    article names (a store entity id), and a least number of outlets of the article's story."""

    outlet: str | None = None
    since: date | None = None
    until: date | None = None
    entity: str | None = None
    min_outlets: int | None = None

    def conditions(self, but: str | None = None) -> list[sa.ColumnElement[bool]]:
        """The conditions on ``articles``, all but the filter named ``but`` (a facet counts as if it were unset)."""
        a, ae, s = schema.articles, schema.article_entities, schema.stories
        out: list[sa.ColumnElement[bool]] = []
        if self.outlet and but != "outlet":
            out.append(a.c.outlet == self.outlet)
        if self.since and but != "day":
            out.append(a.c.day >= self.since)
        if self.until and but != "day":
            out.append(a.c.day <= self.until)
        if self.entity and but != "entity":
            out.append(a.c.id.in_(sa.select(ae.c.article_id).where(ae.c.entity_id == self.entity)))
        if self.min_outlets and but != "min_outlets":
            out.append(a.c.story_id.in_(sa.select(s.c.id).where(s.c.outlet_count >= self.min_outlets)))
        return out


# the facets list at most this many outlets and entities, and count stories of at least these many outlets
FACET_ROWS = 12
OUTLET_STEPS = (2, 3, 5)
# a facet's days: at most this many (ten years)
MAX_FACET_DAYS = 3700


@dataclass
class Facets:
    """The counts of a search's matches by outlet, entity, day and outlets of their story; each facet counted
    with the other filters applied and its own not, so that it shows where else one could go."""

    outlets: list[tuple[str, int]] = field(default_factory=list)
    entities: list[dict[str, Any]] = field(default_factory=list)  # id, name, type, articles
    days: list[tuple[date, int]] = field(default_factory=list)
    undated: int = 0
    min_outlets: list[tuple[int, int]] = field(default_factory=list)  # (n, matches whose story has >= n outlets)


def facets(store: Store, q: str, where: SearchFilter, rows: int = FACET_ROWS) -> Facets:
    """The facets of the matches of ``q`` (every word) under ``where``: bounded queries, grouped in the database."""
    if not has_words(q):
        return Facets()
    with store.engine.connect() as conn:
        return _facets(conn, matches(store.dialect, q), where, rows)


def _facets(conn: Connection, match: sa.ColumnElement[bool], where: SearchFilter, rows: int) -> Facets:
    a, ae, e, s = schema.articles, schema.article_entities, schema.entities, schema.stories
    n = sa.func.count()
    outlets = sa.select(a.c.outlet, n).where(match, a.c.outlet.is_not(None), *where.conditions("outlet")).group_by(a.c.outlet)
    found = Facets(outlets=[(str(o), int(c)) for o, c in conn.execute(outlets.order_by(n.desc(), a.c.outlet).limit(rows))])
    named = sa.func.count(sa.distinct(ae.c.article_id))
    entity_q = (
        sa.select(e.c.id, e.c.name, e.c.type, named)
        .join(ae, ae.c.entity_id == e.c.id)
        .where(ae.c.article_id.in_(sa.select(a.c.id).where(match, *where.conditions("entity"))))
        .group_by(e.c.id, e.c.name, e.c.type)
        .order_by(named.desc(), e.c.name, e.c.id)
        .limit(rows)
    )
    found.entities = [{"id": i, "name": nm, "type": t, "articles": int(c)} for i, nm, t, c in conn.execute(entity_q)]
    days = sa.select(a.c.day, n).where(match, a.c.day.is_not(None), *where.conditions("day")).group_by(a.c.day)
    found.days = sorted((iso_day(d) or date.min, int(c)) for d, c in conn.execute(days.order_by(a.c.day.desc()).limit(MAX_FACET_DAYS)))
    found.undated = int(conn.execute(sa.select(n).select_from(a).where(match, a.c.day.is_(None), *where.conditions("day"))).scalar_one())
    steps = [sa.func.coalesce(sa.func.sum(sa.case((s.c.outlet_count >= k, 1), else_=0)), 0) for k in OUTLET_STEPS]
    wide = sa.select(*steps).select_from(a.join(s, s.c.id == a.c.story_id)).where(match, *where.conditions("min_outlets"))
    found.min_outlets = list(zip(OUTLET_STEPS, (int(c) for c in conn.execute(wide).one()), strict=True))
    return found


# ---------------------------------------------------------------------------- SQLite's index


def index(conn: Connection, rows: Sequence[Mapping[Any, Any]]) -> None:
    """SQLite's search index rows of articles (rows with id, title and body)."""
    if rows:
        conn.execute(
            sa.text(f"INSERT INTO {schema.SQLITE_FTS} (article_id, title, body) VALUES (:id, :title, :body)"),
            [{"id": r["id"], "title": r["title"] or "", "body": r["body"]} for r in rows],
        )


def index_again(conn: Connection, ids: list[str]) -> None:
    """Drop the index rows of articles and index them again as stored."""
    a = schema.articles
    conn.execute(sa.text(f"DELETE FROM {schema.SQLITE_FTS} WHERE article_id = :id"), [{"id": i} for i in ids])
    for part in chunks(ids):
        rows = conn.execute(sa.select(a.c.id, a.c.title, a.c.body).where(a.c.id.in_(part))).mappings().all()
        index(conn, rows)


def unindexed(conn: Connection) -> list[str]:
    """Ids of the articles that SQLite's search index misses, holds twice or holds stale, and of rows it
    holds for articles not stored."""
    if conn.dialect.name != "sqlite":
        return []  # PostgreSQL's search column is generated from the row itself
    fts = schema.SQLITE_FTS
    query = (
        f"SELECT article_id FROM {fts} WHERE article_id NOT IN (SELECT id FROM articles) "
        f"UNION SELECT article_id FROM {fts} GROUP BY article_id HAVING count(*) > 1 "
        f"UNION SELECT f.article_id FROM {fts} AS f JOIN articles AS a ON a.id = f.article_id "
        "WHERE f.title IS NOT coalesce(a.title, '') OR f.body IS NOT a.body "
        f"UNION SELECT id FROM articles WHERE id NOT IN (SELECT article_id FROM {fts})"
    )
    return sorted(conn.execute(sa.text(query)).scalars())
