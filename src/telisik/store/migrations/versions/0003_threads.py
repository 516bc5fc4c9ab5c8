"""Stories carry what the story list sorts and filters on: their number of outlets, kind and thread.

- ``stories.outlet_count``: the number of the story's outlets (sorting by it, a minimum);
- ``stories.kind``: "series" (one outlet's listicles) or "routine" (a recurring market report or
  fixtures list), kept out of the default story list; None for a story of news;
- ``stories.thread``: the id of the thread of the developing situation the story is part of
  (``Story.thread``); a thread is read back from its stories, so it needs no table of its own.

Stored stories get the three from their stored record (``data``).

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("stories", sa.Column("outlet_count", sa.Integer, nullable=False, server_default="0"))
    op.add_column("stories", sa.Column("kind", sa.String(16)))
    op.add_column("stories", sa.Column("thread", sa.String(20)))
    op.create_index("ix_stories_outlet_count", "stories", ["outlet_count"])
    op.create_index("ix_stories_kind", "stories", ["kind"])
    op.create_index("ix_stories_thread", "stories", ["thread"])
    if op.get_bind().dialect.name == "postgresql":
        op.execute("UPDATE stories SET outlet_count = json_array_length(outlets), kind = data->>'kind', thread = data->>'thread'")
    else:
        op.execute(
            "UPDATE stories SET outlet_count = json_array_length(outlets), "
            "kind = json_extract(data, '$.kind'), thread = json_extract(data, '$.thread')"
        )


def downgrade() -> None:
    op.drop_index("ix_stories_thread", "stories")
    op.drop_index("ix_stories_kind", "stories")
    op.drop_index("ix_stories_outlet_count", "stories")
    with op.batch_alter_table("stories") as batch:
        batch.drop_column("thread")
        batch.drop_column("kind")
        batch.drop_column("outlet_count")
