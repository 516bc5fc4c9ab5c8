"""Entities linked again with rules that need evidence: the links a wrong chain made are repaired.

Stores linked their entities through any shared key, transitively, so one
wrong article entity ("Indonesia" carrying "KOI", a company carrying
"(Persero)") joined two large entities for good. The linker now keeps one
gazetteer identity per entity and never merges two (``collection.linking``);
this revision rebuilds ``entities``, ``entity_keys`` and ``article_entities``
from the stored articles' entities with it (``store.collection.relink_entities``).
An entity keeps its id where it keeps its first article entity.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03
"""

from __future__ import annotations

from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from telisik.store.collection import relink_entities

    relink_entities(op.get_bind())


def downgrade() -> None:
    # the links the older rules made were wrong; the relinked ones stay
    pass
