"""The first store: articles, rejections, stories, entities, quotes, full-text search.

Revision ID: 0001
Revises:
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("outlet", sa.String(200)),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("day", sa.Date),
        sa.Column("story_id", sa.String(20)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_articles_seq", "articles", ["seq"])
    op.create_index("ix_articles_outlet", "articles", ["outlet"])
    op.create_index("ix_articles_day", "articles", ["day"])
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.create_table(
        "rejections",
        sa.Column("source", sa.String(1000), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_table(
        "stories",
        sa.Column("id", sa.String(20), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("first", sa.Date),
        sa.Column("last", sa.Date),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("outlets", sa.JSON, nullable=False),
        sa.Column("data", sa.JSON, nullable=False),
    )
    op.create_index("ix_stories_first", "stories", ["first"])
    op.create_index("ix_stories_last", "stories", ["last"])
    op.create_table(
        "entities",
        sa.Column("id", sa.String(20), primary_key=True),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("aliases", sa.JSON, nullable=False),
    )
    op.create_table(
        "entity_keys",
        sa.Column("type", sa.String(16), primary_key=True),
        sa.Column("key", sa.String(300), primary_key=True),
        sa.Column("entity_id", sa.String(20), nullable=False),
    )
    op.create_index("ix_entity_keys_entity_id", "entity_keys", ["entity_id"])
    op.create_table(
        "article_entities",
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("local_id", sa.String(20), primary_key=True),
        sa.Column("entity_id", sa.String(20), nullable=False),
    )
    op.create_index("ix_article_entities_entity_id", "article_entities", ["entity_id"])
    op.create_table(
        "quotes",
        sa.Column("article_id", sa.String(64), primary_key=True),
        sa.Column("n", sa.Integer, primary_key=True),
        sa.Column("speaker", sa.Text),
        sa.Column("speaker_local", sa.String(20)),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("direct", sa.Boolean, nullable=False),
    )
    op.create_table(
        "meta",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("value", sa.Text, nullable=False),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # a standalone FTS5 index, written beside each article in the same transaction;
        # remove_diacritics folds "Pemilu" and accented spellings alike
        op.execute(
            "CREATE VIRTUAL TABLE articles_fts USING fts5("
            "article_id UNINDEXED, title, body, tokenize = 'unicode61 remove_diacritics 2')"
        )
    elif bind.dialect.name == "postgresql":
        op.execute(
            "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS ("
            "setweight(to_tsvector('simple', coalesce(title, '')), 'A') || "
            "setweight(to_tsvector('simple', body), 'B')) STORED"
        )
        op.execute("CREATE INDEX ix_articles_search ON articles USING gin (search)")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS articles_fts")
    for table in ("meta", "quotes", "article_entities", "entity_keys", "entities", "stories", "rejections", "articles"):
        op.drop_table(table)
