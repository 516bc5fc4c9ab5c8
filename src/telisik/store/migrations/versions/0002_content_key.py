"""Articles keyed by their content too; PostgreSQL's search indexes the words between punctuation.

- ``articles.content_key``: the digest of the page as read (``store.content_key``),
  so that an input's id cannot make another page count as stored. Stored
  rows get theirs where their id is that digest (pages whose input gave no
  id); the others keep none, and a page with their id counts as stored, as
  before.
- PostgreSQL: ``articles.search`` is made from the text with ASCII
  punctuation read as spaces, as SQLite's FTS5 tokenizer reads it, so that
  "3.412" or "kompas.com" is found by its words on both databases.

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-15
"""

from __future__ import annotations

from collections.abc import Callable

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# every ASCII character but letters and digits (the range [-` holds [ \ ] ^ _ `)
PUNCTUATION = "[!-/:-@[-`{-~]+"
TITLE = "coalesce(title, '')"


def _words(text: str) -> str:
    """SQL for ``text`` with its ASCII punctuation read as spaces."""
    return f"regexp_replace({text}, '{PUNCTUATION}', ' ', 'g')"


def _as_is(text: str) -> str:
    return text


def _remake_search(words: Callable[[str], str]) -> None:
    op.execute("DROP INDEX IF EXISTS ix_articles_search")
    op.execute("ALTER TABLE articles DROP COLUMN IF EXISTS search")
    op.execute(
        "ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS ("
        f"setweight(to_tsvector('simple', {words(TITLE)}), 'A') || "
        f"setweight(to_tsvector('simple', {words('body')}), 'B')) STORED"
    )
    op.execute("CREATE INDEX ix_articles_search ON articles USING gin (search)")


def upgrade() -> None:
    op.add_column("articles", sa.Column("content_key", sa.String(16)))
    op.create_index("ix_articles_content_key", "articles", ["content_key"])
    dialect = op.get_bind().dialect.name
    if dialect == "postgresql":
        op.execute("UPDATE articles SET content_key = id WHERE id ~ '^[0-9a-f]{16}$'")
        _remake_search(_words)
    else:
        op.execute("UPDATE articles SET content_key = id WHERE length(id) = 16 AND id NOT GLOB '*[^0-9a-f]*'")


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _remake_search(_as_is)
    op.drop_index("ix_articles_content_key", "articles")
    op.drop_column("articles", "content_key")
