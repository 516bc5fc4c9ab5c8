"""Opening a store's database: its URL, its engine, its migrations, and the small SQL helpers every part shares."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from telisik.extras import require
from telisik.store import schema

DEFAULT_DB = "telisik.db"
# rows per IN (...) list, under SQLite's bound-parameter limit
CHUNK = 500


def database_url(db: str | None) -> str:
    """A SQLAlchemy URL for ``--db``: a URL as given, a path for a SQLite file, ``./telisik.db`` when omitted."""
    db = (db or DEFAULT_DB).strip()
    if db.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver telisik installs; a bare postgresql:// means psycopg2 to SQLAlchemy
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def open_engine(url: str) -> Engine:
    """The engine of a store's URL; SQLite connections get the pragmas a store needs."""
    if sa.make_url(url).drivername == "postgresql+psycopg":
        require("a PostgreSQL store", "psycopg")
    engine = sa.create_engine(url)
    if engine.dialect.name == "sqlite":
        sa.event.listen(engine, "connect", sqlite_pragmas)
    return engine


def sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers (telisik serve) never block the ingest's writes, and a killed writer leaves a consistent file
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def migrate(engine: Engine, writing: Callable[[], AbstractContextManager[None]]) -> None:
    """Bring the tables up to date; ``writing`` (the store's write lock) is taken only when there is something to do."""
    from alembic import command
    from alembic.config import Config
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
    heads = set(ScriptDirectory.from_config(config).get_heads())
    with engine.connect() as conn:
        if set(MigrationContext.configure(conn).get_current_heads()) == heads:
            return
    # two runs opening a new store at once must not both make its tables
    with writing(), engine.begin() as conn:
        config.attributes["connection"] = conn
        command.upgrade(config, "head")


def chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def count(conn: Connection, table: sa.FromClause, where: sa.ColumnElement[bool] | None = None) -> int:
    query = sa.select(sa.func.count()).select_from(table)
    found: int = conn.execute(query if where is None else query.where(where)).scalar_one()
    return found


def meta(conn: Connection, key: str) -> str | None:
    """The value of a ``meta`` row."""
    value: str | None = conn.execute(sa.select(schema.meta.c.value).where(schema.meta.c.key == key)).scalar()
    return value


def upsert(conn: Connection, table: sa.Table, row: dict[str, Any], keys: list[str]) -> None:
    """Insert ``row``, or update the row with its ``keys``."""
    dialect = conn.dialect.name
    if dialect == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        conn.execute(sqlite_insert(table).values(**row).on_conflict_do_update(index_elements=keys, set_=_updated(row, keys)))
    elif dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        conn.execute(pg_insert(table).values(**row).on_conflict_do_update(index_elements=keys, set_=_updated(row, keys)))
    else:  # pragma: no cover - other databases: delete and insert
        conn.execute(sa.delete(table).where(*(table.c[k] == row[k] for k in keys)))
        conn.execute(table.insert(), [row])


def _updated(row: dict[str, Any], keys: list[str]) -> dict[str, Any]:
    return {k: v for k, v in row.items() if k not in keys}
