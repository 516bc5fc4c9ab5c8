"""The store's tables (SQLAlchemy Core). Alembic migrations under ``migrations/`` create them.

An article is kept whole as JSON (``data``, everything but the body) beside the
columns that are queried. Entities are linked across the store through
``entity_keys`` (the keys of ``entities.entity_keys``), so a new article's
"Kim Jong-un" finds the entity an older article made; ``article_entities``
maps each article-local entity to its store entity, so merging two entities
is one UPDATE, not a rewrite of every article.
"""

from __future__ import annotations

import sqlalchemy as sa

metadata = sa.MetaData()

articles = sa.Table(
    "articles",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    # insertion order: the order of the inputs, which export keeps
    sa.Column("seq", sa.Integer, nullable=False, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("outlet", sa.String(200), index=True),
    sa.Column("url", sa.Text),
    sa.Column("title", sa.Text),
    sa.Column("published", sa.String(40)),
    # publication day, else the day its dates were resolved against: what stories and filters use
    sa.Column("day", sa.Date, index=True),
    sa.Column("story_id", sa.String(20), index=True),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
    # the digest of the page as read (``store.content_key``): a page is stored once whatever id its input gives it
    sa.Column("content_key", sa.String(16), index=True),
)

rejections = sa.Table(
    "rejections",
    metadata,
    sa.Column("source", sa.String(1000), primary_key=True),
    sa.Column("reason", sa.Text, nullable=False),
)

stories = sa.Table(
    "stories",
    metadata,
    sa.Column("id", sa.String(20), primary_key=True),
    sa.Column("title", sa.Text),
    sa.Column("first", sa.Date, index=True),
    sa.Column("last", sa.Date, index=True),
    sa.Column("size", sa.Integer, nullable=False),
    sa.Column("outlets", sa.JSON, nullable=False),
    sa.Column("data", sa.JSON, nullable=False),
    # what the story list sorts and filters on (``Store.stories``): the number of outlets, the story's
    # kind ("series", "routine": kept out of the default list) and its thread (``Story.thread``)
    sa.Column("outlet_count", sa.Integer, nullable=False, server_default="0", index=True),
    sa.Column("kind", sa.String(16), index=True),
    sa.Column("thread", sa.String(20), index=True),
)

entities = sa.Table(
    "entities",
    metadata,
    sa.Column("id", sa.String(20), primary_key=True),
    sa.Column("type", sa.String(16), nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("aliases", sa.JSON, nullable=False),
)

entity_keys = sa.Table(
    "entity_keys",
    metadata,
    sa.Column("type", sa.String(16), primary_key=True),
    sa.Column("key", sa.String(300), primary_key=True),
    sa.Column("entity_id", sa.String(20), nullable=False, index=True),
)

article_entities = sa.Table(
    "article_entities",
    metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("local_id", sa.String(20), primary_key=True),
    sa.Column("entity_id", sa.String(20), nullable=False, index=True),
)

quotes = sa.Table(
    "quotes",
    metadata,
    sa.Column("article_id", sa.String(64), primary_key=True),
    sa.Column("n", sa.Integer, primary_key=True),
    sa.Column("speaker", sa.Text),
    # the article-local entity of the speaker; its store entity is in article_entities
    sa.Column("speaker_local", sa.String(20)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("direct", sa.Boolean, nullable=False),
)

# work left for the next run: "stories_from" holds the earliest day whose
# stories must be remade; it is written in the same transaction as the
# articles, so a killed run leaves it behind and the next run finishes the job
meta = sa.Table(
    "meta",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

# full-text search: an FTS5 table in SQLite, a tsvector column in PostgreSQL (see the migrations); both
# index the words between punctuation (PostgreSQL reads "3.412" or "kompas.com" as one word otherwise)
SQLITE_FTS = "articles_fts"
PG_TEXT_SEARCH_CONFIG = "simple"
