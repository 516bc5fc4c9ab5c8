"""Alembic environment: the store passes its open connection in ``config.attributes``."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from telisik.store.schema import metadata

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    # `alembic -x url=... upgrade head` from a shell
    url = context.get_x_argument(as_dictionary=True).get("url") or config.get_main_option("sqlalchemy.url")
    if url is None:
        raise SystemExit("no database to migrate: give one with `alembic -x url=... upgrade head`")
    engine = create_engine(url)
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=metadata, render_as_batch=conn.dialect.name == "sqlite")
        context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=metadata, render_as_batch=connection.dialect.name == "sqlite")
    context.run_migrations()
