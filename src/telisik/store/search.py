"""Searching a store's articles for words: FTS5 on SQLite (an index the store keeps), a generated tsvector on PostgreSQL.

A query means the same on both: every word of it (``search_words``), none of
it syntax. Snippets mark matches with two control characters that stored text
never holds (``rows.storable``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from telisik.store import schema
from telisik.store.connection import chunks

# snippet markers: control characters that stored text never holds (``storable``)
MATCH_START, MATCH_END = "\x02", "\x03"
# the words of a search query, each of which a match holds
MAX_SEARCH_WORDS = 32
# ts_headline's options: the snippet markers, and a snippet about as long as FTS5's
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


def ranked(conn: Connection, q: str, limit: int, offset: int) -> Sequence[Any]:
    """(article id, marked snippet) of a page of matches, best first."""
    if conn.dialect.name == "postgresql":
        query, words = pg_query(q)
        return conn.execute(
            sa.text(
                f"SELECT id, ts_headline('{schema.PG_TEXT_SEARCH_CONFIG}', body, query, :opts) AS snip FROM ("
                f"SELECT id, body, query, ts_rank(search, query) AS rank FROM articles, (SELECT {query} AS query) AS wanted "
                "WHERE search @@ query ORDER BY rank DESC, id LIMIT :l OFFSET :o) AS best ORDER BY rank DESC, id"
            ),
            {**words, "l": limit, "o": offset, "opts": PG_HEADLINE},
        ).all()
    return conn.execute(
        sa.text(
            f"SELECT article_id, snippet({schema.SQLITE_FTS}, 2, :s, :e, '…', 24) AS snip "
            f"FROM {schema.SQLITE_FTS} WHERE {schema.SQLITE_FTS} MATCH :m "
            f"ORDER BY bm25({schema.SQLITE_FTS}, 0.0, 5.0, 1.0), article_id LIMIT :l OFFSET :o"
        ),
        {"m": fts5_query(q), "s": MATCH_START, "e": MATCH_END, "l": limit, "o": offset},
    ).all()


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
