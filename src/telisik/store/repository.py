"""The store: analysed articles, their entities and stories in a database, kept up to date run after run.

``telisik ingest`` adds articles to a store; ``telisik serve`` and ``telisik
export`` read it. SQLite (one file, the default) and PostgreSQL work through
SQLAlchemy; Alembic migrations make the tables when a store is opened.

Two promises hold for ingest:

- the same input twice changes nothing: an article whose id is stored is not
  analysed again, and its rejections are rewritten as they were;
- a run killed at any point and run again ends where an uninterrupted run
  ends: articles are written in batches, each one transaction that also
  records the earliest day whose stories must be remade (``meta``); the
  stories are remade after the last batch, in one transaction that clears
  that record. A killed run leaves the record behind, so the next run remakes
  the same stories from the same articles.

One run writes at a time: ``ingest`` holds the store's write lock
(``Store.writing``) from its first look-up to its last write, and a second run
waits for it, then finds its pages stored. An article is known by its id and
by its content (``content_key``): a page is stored already when its id holds
the same content, and a page whose id holds another page is stored beside it
under an id made from both, so that a forged id never hides the page it names.
``Store.check`` finds, and mends, what a crashed run or a hand edit left
behind.

Stories are remade incrementally: only the articles from the earliest new day
minus the story window on, with every story still open then, are clustered
again; older stories are closed and stay as they are.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import threading
import time
from collections import ChainMap, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass, field, fields, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any, Protocol

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no flock
    fcntl = None  # type: ignore[assignment]

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from telisik import __version__
from telisik.nlp.entities import entity_keys, entity_name
from telisik.pages.dates import iso_day
from telisik.records import Article, RawDocument, Rejection
from telisik.store import schema
from telisik.stories.cluster import ClusterConfig
from telisik.stories.describe import article_day, build_stories

log = logging.getLogger(__name__)

DEFAULT_DB = "telisik.db"
STORIES_FROM = "stories_from"
# an entity's alias list stops growing here; a name written fifty ways says enough
MAX_ALIASES = 60
# rows per IN (...) list, under SQLite's bound-parameter limit
CHUNK = 500
# snippet markers: control characters that stored text never holds (``storable``)
MATCH_START, MATCH_END = "\x02", "\x03"
# the words of a search query, each of which a match holds
MAX_SEARCH_WORDS = 32
# articles.id
ID_LENGTH = 64
# PostgreSQL's advisory lock that one writer at a time holds ("telisik" in ASCII)
WRITE_LOCK_KEY = 0x74656C6973696B
# seconds between tries for a write lock that another run holds
LOCK_POLL = 0.2
# what no text is stored with: C0 control characters but tab and newline (NUL, which PostgreSQL
# refuses; the snippet markers, which would fake a match) and lone surrogates (no encoding holds them)
UNSTORABLE = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff]")
# what no id holds: any control character, a lone surrogate
_BAD_IN_ID = re.compile("[\x00-\x1f\x7f\ud800-\udfff]")


def database_url(db: str | None) -> str:
    """A SQLAlchemy URL for ``--db``: a URL as given, a path for a SQLite file, ``./telisik.db`` when omitted."""
    db = (db or DEFAULT_DB).strip()
    if db.startswith(("postgresql://", "postgres://")):
        # psycopg 3 is the driver telisik installs; a bare postgresql:// means psycopg2 to SQLAlchemy
        return "postgresql+psycopg://" + db.split("://", 1)[1]
    if "://" in db:
        return db
    return "sqlite:///" + str(Path(db).expanduser().resolve())


def _chunks(items: Sequence[Any], size: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def entity_id(kind: str, key: str) -> str:
    """A store entity's id, from its type and the first key it was stored under: the same in every store."""
    return "E" + hashlib.sha1(f"{kind}\n{key}".encode()).hexdigest()[:12]


class StoreBusy(TimeoutError):
    """Another run held the store's write lock longer than a writer would wait."""


@dataclass
class IngestReport:
    added: int = 0
    already_stored: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    stories_remade: int = 0
    articles_reclustered: int = 0


@dataclass
class CheckReport:
    """What ``Store.check`` found wrong, a line a problem, and what it repaired, a line a repair."""

    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems


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


class Store:
    """One database of analysed articles. Opening it brings its tables up to date."""

    def __init__(self, db: str | None = None, *, migrate: bool = True):
        self.url = database_url(db)
        self.engine: Engine = sa.create_engine(self.url)
        self.dialect = self.engine.dialect.name
        if self.dialect == "sqlite":
            sa.event.listen(self.engine, "connect", _sqlite_pragmas)
        self.where = self.engine.url.render_as_string(hide_password=True)
        self._lock = _store_lock(self.engine)
        self._writer = threading.RLock()
        self._writing = 0
        if migrate:
            self.migrate()

    def migrate(self) -> None:
        """Bring the tables up to date; the write lock is taken only when there is something to do."""
        from alembic import command
        from alembic.config import Config
        from alembic.runtime.migration import MigrationContext
        from alembic.script import ScriptDirectory

        config = Config()
        config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
        heads = set(ScriptDirectory.from_config(config).get_heads())
        with self.engine.connect() as conn:
            if set(MigrationContext.configure(conn).get_current_heads()) == heads:
                return
        # two runs opening a new store at once must not both make its tables
        with self.writing(), self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

    @contextmanager
    def writing(self, timeout: float | None = None) -> Iterator[None]:
        """Hold the store's write lock: one writer at a time (an ingest, a repair, a migration), across processes.

        PostgreSQL: an advisory lock, on a connection of its own held as long as
        the lock. SQLite: ``flock`` on ``<database>.lock`` beside the file. The
        system lets go of either when the process ends, however it ends. A
        writer waits for the one holding it, saying so once in the log, at most
        ``timeout`` seconds (``None``: as long as it takes), then raises
        ``StoreBusy``. A writer's own nested ``writing()`` passes straight through.
        """
        if not self._writer.acquire(timeout=-1 if timeout is None else timeout):
            raise StoreBusy(f"another thread is writing to the store {self.where}")
        try:
            if not self._writing:
                _acquire(self._lock, timeout, self.where)
            self._writing += 1
            try:
                yield
            finally:
                self._writing -= 1
                if not self._writing:
                    self._lock.release()
        finally:
            self._writer.release()

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ writing

    def stored(self, ids: Iterable[str]) -> set[str]:
        """Those of ``ids`` that are stored."""
        with self.engine.connect() as conn:
            return self._stored_in(conn, list(dict.fromkeys(ids)))

    def content_keys(self, ids: Iterable[str]) -> dict[str, str | None]:
        """The content key of each of ``ids`` that is stored (None for an article stored before content keys were kept)."""
        a = schema.articles
        found: dict[str, str | None] = {}
        with self.engine.connect() as conn:
            for part in _chunks(list(dict.fromkeys(ids))):
                found.update(conn.execute(sa.select(a.c.id, a.c.content_key).where(a.c.id.in_(part))).all())
        return found

    def add(
        self,
        articles: Sequence[Article | Mapping[str, Any]],
        rejections: Sequence[Rejection] = (),
        content_keys: Mapping[str, str] | None = None,
    ) -> None:
        """Store analysed articles and rejections in one transaction; articles already stored are left alone.

        What is stored is ``storable``. ``content_keys`` are the articles'
        ``content_key`` by id; an article without one is known by its id alone.
        """
        keys = content_keys or {}
        dicts = [storable(a.to_dict() if isinstance(a, Article) else dict(a)) for a in articles]
        for d in dicts:
            d["_content_key"] = keys.get(d["id"])
        with self.writing(), self.engine.begin() as conn:
            fresh_ids = set(a["id"] for a in dicts) - self._stored_in(conn, [a["id"] for a in dicts])
            dicts = [a for a in dicts if a["id"] in fresh_ids]
            dicts = list({a["id"]: a for a in dicts}.values())
            if dicts:
                self._add_articles(conn, dicts)
            for rejection in rejections:
                row = storable({"source": rejection.source[:1000], "reason": rejection.reason})
                self._upsert(conn, schema.rejections, row, ["source"])

    def _stored_in(self, conn: Connection, ids: list[str]) -> set[str]:
        out: set[str] = set()
        for part in _chunks(ids):
            out.update(conn.execute(sa.select(schema.articles.c.id).where(schema.articles.c.id.in_(part))).scalars())
        return out

    def _add_articles(self, conn: Connection, dicts: list[dict[str, Any]]) -> None:
        t = schema.articles
        seq = conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.c.seq), 0))).scalar_one()
        rows = []
        days: list[date | None] = []
        for i, a in enumerate(dicts, start=seq + 1):
            day = article_day(a)
            days.append(day)
            rows.append(
                {
                    "id": a["id"],
                    "seq": i,
                    "source": str(a.get("source") or ""),
                    "outlet": (a.get("outlet") or None) and str(a["outlet"])[:200],
                    "url": a.get("url"),
                    "title": a.get("title"),
                    "published": a.get("published"),
                    "day": day,
                    "story_id": None,
                    "body": a.get("body") or "",
                    "data": _stored_data(a),
                    "content_key": a.get("_content_key"),
                }
            )
        conn.execute(t.insert(), rows)
        if self.dialect == "sqlite":
            self._index(conn, rows)
        quotes = [
            {
                "article_id": a["id"],
                "n": n,
                "speaker": q.get("speaker"),
                "speaker_local": q.get("speaker_entity"),
                "text": str(q.get("text") or ""),
                "direct": bool(q.get("direct")),
            }
            for a in dicts
            for n, q in enumerate(a.get("quotes") or [])
        ]
        if quotes:
            conn.execute(schema.quotes.insert(), quotes)
        self._link_entities(conn, dicts)
        self._mark_stories_from(conn, days)

    def _link_entities(self, conn: Connection, dicts: list[dict[str, Any]]) -> None:
        """Find or make the store entity of every article entity, merging entities that a new name joins."""
        # a "name" longer than a key column holds is scraped debris, not a name to link by
        items = [(a["id"], e, {(e["type"], k) for k in entity_keys(e) if len(k) <= 300}) for a in dicts for e in a.get("entities") or []]
        if not items:
            return
        owner: dict[tuple[str, str], str] = {}
        wanted = {k for *_, keys in items for k in keys}
        all_keys = sorted(wanted)
        ek = schema.entity_keys
        for part in _chunks([k for _, k in all_keys]):
            for kind, key, eid in conn.execute(sa.select(ek.c.type, ek.c.key, ek.c.entity_id).where(ek.c.key.in_(part))):
                if (kind, key) in wanted:
                    owner[(kind, key)] = eid
        known_ids = set(owner.values())
        stored_keys = set(owner)
        entity_rows: dict[str, dict[str, Any]] = {}
        for part in _chunks(sorted(known_ids)):
            for row in conn.execute(sa.select(schema.entities).where(schema.entities.c.id.in_(part))).mappings():
                entity_rows[row["id"]] = {**row, "aliases": list(row["aliases"] or [])}
        new_ids: set[str] = set()
        changed: set[str] = set()
        merged: dict[str, str] = {}  # gone -> survivor
        links: dict[tuple[str, str], str] = {}

        def resolve(eid: str) -> str:
            while eid in merged:
                eid = merged[eid]
            return eid

        for article_id, ent, keys in items:
            found = sorted({resolve(owner[k]) for k in keys if k in owner})
            forms = [ent["name"], *(m["text"] for m in ent.get("mentions") or [])]
            if not found:
                if not keys:
                    continue
                eid = entity_id(ent["type"], min(k for _, k in keys))
                entity_rows[eid] = {
                    "id": eid,
                    "type": ent["type"],
                    "name": entity_name([ent["name"]], forms),
                    "aliases": [],
                }
                new_ids.add(eid)
            else:
                # the oldest id survives a merge, whatever order the names came in
                eid = found[0]
                for other in found[1:]:
                    merged[other] = eid
                    absorbed = entity_rows[other]
                    entity_rows[eid]["aliases"] = _merge_aliases(entity_rows[eid], [absorbed["name"], *absorbed["aliases"]])
                    entity_rows.pop(other)
                    new_ids.discard(other)
                    changed.discard(other)
            entity_rows[eid]["aliases"] = _merge_aliases(entity_rows[eid], forms)
            changed.add(eid)
            for k in keys:
                owner[k] = eid
            links[(article_id, str(ent["id"]))] = eid

        gone = [g for g in merged if g in known_ids]
        for g in gone:
            survivor = resolve(g)
            conn.execute(sa.update(ek).where(ek.c.entity_id == g).values(entity_id=survivor))
            ae = schema.article_entities
            conn.execute(sa.update(ae).where(ae.c.entity_id == g).values(entity_id=survivor))
            conn.execute(sa.delete(schema.entities).where(schema.entities.c.id == g))
        if new_ids:
            conn.execute(schema.entities.insert(), [entity_rows[e] for e in sorted(new_ids)])
        for eid in sorted(changed - new_ids):
            row = entity_rows[eid]
            conn.execute(sa.update(schema.entities).where(schema.entities.c.id == eid).values(aliases=row["aliases"]))
        new_keys = [
            {"type": kind, "key": key, "entity_id": resolve(eid)}
            for (kind, key), eid in sorted(owner.items())
            if (kind, key) not in stored_keys
        ]
        if new_keys:
            conn.execute(ek.insert(), new_keys)
        conn.execute(
            schema.article_entities.insert(),
            [{"article_id": a, "local_id": local, "entity_id": resolve(e)} for (a, local), e in links.items()],
        )

    def _mark_stories_from(self, conn: Connection, days: list[date | None]) -> None:
        dated = [d for d in days if d]
        if len(dated) < len(days):
            # an undated article joins the stories still open at the newest stored day
            newest = conn.execute(sa.select(sa.func.max(schema.articles.c.day))).scalar()
            dated.append(iso_day(newest) or date.min)
        earliest = min(dated)
        current = self._meta(conn, STORIES_FROM)
        if current is None or earliest < date.fromisoformat(current):
            self._upsert(conn, schema.meta, {"key": STORIES_FROM, "value": earliest.isoformat()}, ["key"])

    def _meta(self, conn: Connection, key: str) -> str | None:
        return conn.execute(sa.select(schema.meta.c.value).where(schema.meta.c.key == key)).scalar()

    def _upsert(self, conn: Connection, table: sa.Table, row: dict[str, Any], keys: list[str]) -> None:
        if self.dialect == "sqlite":
            from sqlalchemy.dialects.sqlite import insert
        elif self.dialect == "postgresql":
            from sqlalchemy.dialects.postgresql import insert
        else:  # pragma: no cover - other databases: delete and insert
            conn.execute(sa.delete(table).where(*(table.c[k] == row[k] for k in keys)))
            conn.execute(table.insert(), [row])
            return
        stmt = insert(table).values(**row)
        conn.execute(stmt.on_conflict_do_update(index_elements=keys, set_={k: v for k, v in row.items() if k not in keys}))

    def pending_stories_from(self) -> date | None:
        with self.engine.connect() as conn:
            value = self._meta(conn, STORIES_FROM)
        return date.fromisoformat(value) if value else None

    def remake_stories(
        self,
        config: ClusterConfig | None = None,
        caption_events: Callable[[list[str], str | None], list[dict[str, Any]]] | None = None,
    ) -> tuple[int, int]:
        """Cluster the articles whose stories may have changed again; returns (stories, articles) remade.

        ``caption_events`` (``Analyzer.caption_events``) re-reads the captions
        of undated articles that the stored dates re-anchor.
        """
        with self.writing():
            return self._remake_stories(config, caption_events)

    def _remake_stories(
        self,
        config: ClusterConfig | None,
        caption_events: Callable[[list[str], str | None], list[dict[str, Any]]] | None,
    ) -> tuple[int, int]:
        from telisik.engine.local import reanchor_undated

        config = config or ClusterConfig()
        since = self.pending_stories_from()
        if since is None:
            return 0, 0
        cut = since - timedelta(days=config.window_days) if since > date.min + timedelta(days=config.window_days) else date.min
        a, s = schema.articles, schema.stories
        with self.engine.connect() as conn:
            recent = a.c.day.is_(None) | (a.c.day >= cut)
            old_stories = set(conn.execute(sa.select(a.c.story_id).where(recent, a.c.story_id.is_not(None)).distinct()).scalars())
            old_stories.update(conn.execute(sa.select(s.c.id).where(s.c.last.is_(None) | (s.c.last >= cut))).scalars())
            ids = set(conn.execute(sa.select(a.c.id).where(recent)).scalars())
            for part in _chunks(sorted(old_stories)):
                ids.update(conn.execute(sa.select(a.c.id).where(a.c.story_id.in_(part))).scalars())
            dicts = self._articles(conn, sorted(ids))
        dicts.sort(key=lambda d: d["_seq"])
        # undated pages that state no year take it from the stored dates (as `telisik analyze` does)
        by_id = {d["id"]: d for d in dicts}
        loose = [_article_from_dict(d) for d in dicts if not d.get("published") and not d.get("timex_anchor")]
        reanchored = []
        if loose:
            dated = [_article_from_dict(d) for d in dicts if d.get("published")]
            reanchored = reanchor_undated(dated + loose, caption_events)
            for art in reanchored:
                by_id[art.id].update(
                    timexes=art.timexes, timex_anchor=art.timex_anchor, events=art.events, caption_events=art.caption_events
                )
        made = build_stories(dicts, config)
        with self.engine.begin() as conn:
            for part in _chunks(sorted(old_stories)):
                conn.execute(sa.delete(s).where(s.c.id.in_(part)))
            if made:
                conn.execute(
                    s.insert(),
                    [
                        {
                            "id": st["id"],
                            "title": st.get("title"),
                            "first": iso_day(st.get("first")),
                            "last": iso_day(st.get("last")),
                            "size": len(st["articles"]),
                            "outlets": st.get("outlets") or [],
                            "data": st,
                        }
                        for st in made
                    ],
                )
            story_of = {aid: st["id"] for st in made for aid in st["articles"]}
            conn.execute(
                sa.update(a).where(a.c.id == sa.bindparam("aid")).values(story_id=sa.bindparam("sid")),
                [{"aid": aid, "sid": story_of.get(aid)} for aid in sorted(ids)],
            )
            for art in reanchored:
                d = by_id[art.id]
                conn.execute(sa.update(a).where(a.c.id == art.id).values(data=_stored_data(d), day=article_day(d)))
            # only this run's work is done: a batch written meanwhile would have lowered the mark
            conn.execute(sa.delete(schema.meta).where(schema.meta.c.key == STORIES_FROM, schema.meta.c.value == since.isoformat()))
        return len(made), len(ids)

    # ------------------------------------------------------------------ checking

    def check(
        self,
        repair: bool = False,
        caption_events: Callable[[list[str], str | None], list[dict[str, Any]]] | None = None,
    ) -> CheckReport:
        """The store's invariants, checked; with ``repair``, what a crashed run or a hand edit broke, mended.

        Every article is in exactly one story, and each story holds the
        articles that say they are in it; ``seq`` numbers are unique; no entity
        link, entity key or quote names an article or entity that is not
        stored; no run left stories to remake; SQLite's search index holds each
        article once, as stored. A repair deletes the dangling rows, indexes
        the articles the search index has wrong again, numbers the articles
        again in their order, and remakes the stories from the earliest day in
        doubt (``caption_events`` as for ``remake_stories``).
        """
        with self.writing() if repair else nullcontext():
            with self.engine.connect() as conn:
                found = self._findings(conn)
            report = CheckReport(problems=found.lines())
            if repair and report.problems:
                self._repair(found, report, caption_events)
        return report

    def _findings(self, conn: Connection) -> _Findings:
        a = schema.articles
        repeated_seq = sa.select(a.c.seq).group_by(a.c.seq).having(sa.func.count() > 1).subquery()
        story_lines, days = self._story_faults(conn)
        return _Findings(
            dangling=[(what, table, where, n) for what, table, where in _dangling() if (n := _count(conn, table, where))],
            seq_repeats=_count(conn, repeated_seq),
            unindexed=self._unindexed(conn),
            story_lines=story_lines,
            days=days,
            pending=self._meta(conn, STORIES_FROM),
        )

    def _repair(
        self,
        found: _Findings,
        report: CheckReport,
        caption_events: Callable[[list[str], str | None], list[dict[str, Any]]] | None,
    ) -> None:
        with self.engine.begin() as conn:
            for what, table, where, n in found.dangling:
                conn.execute(sa.delete(table).where(where))
                report.repaired.append(f"deleted {n} {what}")
            if found.unindexed:
                self._index_again(conn, found.unindexed)
                report.repaired.append(f"indexed {len(found.unindexed)} articles for search again")
            if found.seq_repeats:
                report.repaired.append(f"numbered {self._renumber(conn)} articles again, in their order")
            if found.days:
                self._mark_stories_from(conn, found.days)
        if self.pending_stories_from() is not None:
            stories, articles = self._remake_stories(None, caption_events)
            report.repaired.append(f"remade {stories} stories from {articles} articles")

    def _unindexed(self, conn: Connection) -> list[str]:
        """Ids of the articles that SQLite's search index misses, holds twice or holds stale, and of rows it
        holds for articles not stored."""
        if self.dialect != "sqlite":
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

    def _index(self, conn: Connection, rows: Sequence[Mapping[str, Any]]) -> None:
        """SQLite's search index rows of articles."""
        if rows:
            conn.execute(
                sa.text(f"INSERT INTO {schema.SQLITE_FTS} (article_id, title, body) VALUES (:id, :title, :body)"),
                [{"id": r["id"], "title": r["title"] or "", "body": r["body"]} for r in rows],
            )

    def _index_again(self, conn: Connection, ids: list[str]) -> None:
        a = schema.articles
        conn.execute(sa.text(f"DELETE FROM {schema.SQLITE_FTS} WHERE article_id = :id"), [{"id": i} for i in ids])
        for part in _chunks(ids):
            rows = conn.execute(sa.select(a.c.id, a.c.title, a.c.body).where(a.c.id.in_(part))).mappings().all()
            self._index(conn, rows)

    def _renumber(self, conn: Connection) -> int:
        """Make ``seq`` unique, keeping the articles' order (ties in id order); returns how many were renumbered."""
        a = schema.articles
        changed, last = [], 0
        for aid, seq in conn.execute(sa.select(a.c.id, a.c.seq).order_by(a.c.seq, a.c.id)):
            new = max(seq, last + 1)
            if new != seq:
                changed.append({"aid": aid, "seq": new})
            last = new
        if changed:
            conn.execute(sa.update(a).where(a.c.id == sa.bindparam("aid")).values(seq=sa.bindparam("seq")), changed)
        return len(changed)

    def _story_faults(self, conn: Connection) -> tuple[list[str], list[date | None]]:
        """Lines for the articles not in exactly one story and the stories that do not hold what is in them,
        and the days from which to remake the stories to mend them."""
        a, s = schema.articles, schema.stories
        articles = {r.id: r for r in conn.execute(sa.select(a.c.id, a.c.story_id, a.c.day))}
        first: dict[str, date | None] = {}
        listed: dict[str, list[str]] = defaultdict(list)
        for sid, day, data in conn.execute(sa.select(s.c.id, s.c.first, s.c.data)):
            first[sid] = iso_day(day)
            for aid in (data or {}).get("articles") or []:
                listed[aid].append(sid)
        no_story = [aid for aid, r in articles.items() if r.story_id not in first]
        astray = [aid for aid, r in articles.items() if r.story_id in first and listed.get(aid) != [r.story_id]]
        ghosts = sorted({sid for aid, sids in listed.items() if aid not in articles for sid in sids})
        empty = sorted(set(first) - {r.story_id for r in articles.values()})
        faults = {
            "articles are in no story": no_story,
            "articles are not listed by their story alone": astray,
            "stories list articles not stored": ghosts,
            "stories hold no article": empty,
        }
        lines = [f"{len(ids)} {what}: {_some(ids)}" for what, ids in faults.items() if ids]
        days = [iso_day(articles[aid].day) for aid in (*no_story, *astray)]
        days += [first[sid] for sid in {*ghosts, *empty, *(articles[aid].story_id for aid in astray)}]
        return lines, days

    # ------------------------------------------------------------------ reading

    def _articles(self, conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Whole article dicts (the analysis contract's), with store entity ids and story ids."""
        a = schema.articles
        out: dict[str, dict[str, Any]] = {}
        for part in _chunks(list(ids)):
            for row in conn.execute(sa.select(a.c.id, a.c.seq, a.c.body, a.c.story_id, a.c.data).where(a.c.id.in_(part))):
                d = dict(row.data)
                d["body"] = row.body
                d["story"] = row.story_id
                d["_seq"] = row.seq
                out[row.id] = d
        global_ids: dict[tuple[str, str], str] = {}
        ae = schema.article_entities
        for part in _chunks(list(out)):
            query = sa.select(ae.c.article_id, ae.c.local_id, ae.c.entity_id).where(ae.c.article_id.in_(part))
            for article_id, local, eid in conn.execute(query):
                global_ids[(article_id, local)] = eid
        for aid, d in out.items():
            for e in d.get("entities") or []:
                e["global_id"] = global_ids.get((aid, str(e.get("id"))))
        return [out[i] for i in ids if i in out]

    def article(self, article_id: str) -> dict[str, Any] | None:
        found = self.articles([article_id])
        return found[0] if found else None

    def articles(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Whole article dicts in the order of ``ids`` (those stored)."""
        with self.engine.connect() as conn:
            found = self._articles(conn, list(ids))
        for d in found:
            d.pop("_seq", None)
        return found

    def article_list(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Headline rows (id, title, outlet, url, published, story) in the order of ``ids``."""
        a = schema.articles
        rows: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for part in _chunks(list(ids)):
                q = sa.select(a.c.id, a.c.title, a.c.outlet, a.c.url, a.c.published, a.c.day, a.c.story_id).where(a.c.id.in_(part))
                for row in conn.execute(q).mappings():
                    rows[row["id"]] = _headline(row)
        return [rows[i] for i in ids if i in rows]

    def story(self, story_id: str) -> dict[str, Any] | None:
        with self.engine.connect() as conn:
            data = conn.execute(sa.select(schema.stories.c.data).where(schema.stories.c.id == story_id)).scalar()
        return dict(data) if data is not None else None

    def stories(
        self,
        *,
        q: str | None = None,
        outlet: str | None = None,
        since: date | None = None,
        until: date | None = None,
        entity: str | None = None,
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """Story rows, newest first, with the number of all that match."""
        s, a = schema.stories, schema.articles
        where = []
        if since:
            where.append(s.c.last >= since)
        if until:
            where.append(s.c.first <= until)
        if outlet:
            where.append(s.c.id.in_(sa.select(a.c.story_id).where(a.c.outlet == outlet)))
        if entity:
            ae = schema.article_entities
            where.append(s.c.id.in_(sa.select(a.c.story_id).join(ae, ae.c.article_id == a.c.id).where(ae.c.entity_id == entity)))
        if q:
            where.append(s.c.id.in_(sa.select(a.c.story_id).where(self._matches(q))))
        cols = (s.c.id, s.c.title, s.c.first, s.c.last, s.c.size, s.c.outlets)
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(s).where(*where)).scalar_one()
            order = (s.c.last.is_(None), s.c.last.desc(), s.c.size.desc(), s.c.id)
            rows = conn.execute(sa.select(*cols).where(*where).order_by(*order).limit(limit).offset(offset)).mappings().all()
        return [_story_row(r) for r in rows], total

    def entity(self, entity_id: str) -> dict[str, Any] | None:
        """The contract's entity: id, name, type, aliases and the articles it appears in."""
        e, ae, a = schema.entities, schema.article_entities, schema.articles
        with self.engine.connect() as conn:
            row = conn.execute(sa.select(e).where(e.c.id == entity_id)).mappings().first()
            if row is None:
                return None
            q = sa.select(ae.c.article_id).join(a, a.c.id == ae.c.article_id).where(ae.c.entity_id == entity_id).order_by(a.c.seq)
            articles = list(dict.fromkeys(conn.execute(q).scalars()))
        return {"id": row["id"], "name": row["name"], "type": row["type"], "aliases": list(row["aliases"] or []), "articles": articles}

    def entity_quotes(self, entity_id: str, limit: int = 100) -> list[dict[str, Any]]:
        """Quotes whose speaker is the entity, newest article first."""
        qt, ae, a = schema.quotes, schema.article_entities, schema.articles
        query = (
            sa.select(qt.c.article_id, qt.c.n, qt.c.speaker, qt.c.text, qt.c.direct, a.c.title, a.c.outlet, a.c.published, a.c.story_id)
            .join(ae, (ae.c.article_id == qt.c.article_id) & (ae.c.local_id == qt.c.speaker_local))
            .join(a, a.c.id == qt.c.article_id)
            .where(ae.c.entity_id == entity_id)
            .order_by(a.c.day.desc(), a.c.seq, qt.c.n)
            .limit(limit)
        )
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(query).mappings()]

    def outlets(self) -> list[tuple[str, int]]:
        a = schema.articles
        n = sa.func.count()
        q = sa.select(a.c.outlet, n).where(a.c.outlet.is_not(None)).group_by(a.c.outlet).order_by(n.desc(), a.c.outlet)
        with self.engine.connect() as conn:
            return [(o, n) for o, n in conn.execute(q)]

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar_one()
                for name, t in (
                    ("articles", schema.articles),
                    ("stories", schema.stories),
                    ("entities", schema.entities),
                    ("rejected", schema.rejections),
                )
            }

    # ------------------------------------------------------------------ search

    def search(self, q: str, limit: int = 20, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Articles matching every word of ``q``, best first, each with a snippet around its matches."""
        if not re.search(r"\w", q or ""):
            return [], 0
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(schema.articles).where(self._matches(q))).scalar_one()
            hits = self._ranked(conn, q, limit, offset) if total else []
        return self._hits(hits), total

    def _ranked(self, conn: Connection, q: str, limit: int, offset: int) -> Sequence[Any]:
        """(article id, marked snippet) of a page of matches, best first."""
        if self.dialect == "postgresql":
            query, words = _pg_query(q)
            return conn.execute(
                sa.text(
                    f"SELECT id, ts_headline('{schema.PG_TEXT_SEARCH_CONFIG}', body, query, :opts) AS snip FROM ("
                    f"SELECT id, body, query, ts_rank(search, query) AS rank FROM articles, (SELECT {query} AS query) AS wanted "
                    "WHERE search @@ query ORDER BY rank DESC, id LIMIT :l OFFSET :o) AS best ORDER BY rank DESC, id"
                ),
                {**words, "l": limit, "o": offset, "opts": f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords=35, MinWords=15"},
            ).all()
        return conn.execute(
            sa.text(
                f"SELECT article_id, snippet({schema.SQLITE_FTS}, 2, :s, :e, '…', 24) AS snip "
                f"FROM {schema.SQLITE_FTS} WHERE {schema.SQLITE_FTS} MATCH :m "
                f"ORDER BY bm25({schema.SQLITE_FTS}, 0.0, 5.0, 1.0), article_id LIMIT :l OFFSET :o"
            ),
            {"m": _fts5_query(q), "s": MATCH_START, "e": MATCH_END, "l": limit, "o": offset},
        ).all()

    def _hits(self, hits: Sequence[Any]) -> list[dict[str, Any]]:
        rows = {r["id"]: r for r in self.article_list([h[0] for h in hits])}
        return [{**rows[h[0]], "snippet": Snippet.parse(h[1]).segments} for h in hits if h[0] in rows]

    def _matches(self, q: str) -> sa.ColumnElement[bool]:
        """A condition on ``articles``: the article holds every word of ``q`` (``search_words``)."""
        a = schema.articles
        if self.dialect == "postgresql":
            query, words = _pg_query(q)
            return sa.text(f"articles.search @@ ({query})").bindparams(**words) if words else sa.false()
        match = _fts5_query(q)
        if not match:
            return sa.false()
        fts = sa.select(sa.column("article_id")).select_from(sa.table(schema.SQLITE_FTS))
        return a.c.id.in_(fts.where(sa.text(f"{schema.SQLITE_FTS} MATCH :m").bindparams(m=match)))

    # ------------------------------------------------------------------ export

    def iter_articles(self, batch: int = 200) -> Iterator[dict[str, Any]]:
        """Every article dict in ingest order, read a batch at a time."""
        a = schema.articles
        last = 0
        while True:
            with self.engine.connect() as conn:
                rows = conn.execute(sa.select(a.c.id, a.c.seq).where(a.c.seq > last).order_by(a.c.seq).limit(batch)).all()
                if not rows:
                    return
                found = self._articles(conn, [r.id for r in rows])
            for d in found:
                d.pop("_seq", None)
                yield d
            last = rows[-1].seq

    def iter_stories(self) -> Iterator[dict[str, Any]]:
        s = schema.stories
        with self.engine.connect() as conn:
            # the analysis document's order: largest first
            for (data,) in conn.execute(sa.select(s.c.data).order_by(s.c.size.desc(), s.c.first, s.c.id)):
                yield dict(data)

    def iter_entities(self) -> Iterator[dict[str, Any]]:
        e, ae, a = schema.entities, schema.article_entities, schema.articles
        with self.engine.connect() as conn:
            members: dict[str, list[str]] = defaultdict(list)
            for eid, aid in conn.execute(sa.select(ae.c.entity_id, ae.c.article_id).join(a, a.c.id == ae.c.article_id).order_by(a.c.seq)):
                if aid not in members[eid][-1:]:
                    members[eid].append(aid)
            for row in conn.execute(sa.select(e).order_by(e.c.id)).mappings():
                yield {
                    "id": row["id"],
                    "name": row["name"],
                    "type": row["type"],
                    "aliases": list(row["aliases"] or []),
                    "articles": list(dict.fromkeys(members.get(row["id"], []))),
                }

    def rejections(self) -> list[dict[str, str]]:
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(sa.select(schema.rejections).order_by(schema.rejections.c.source)).mappings()]

    def document(self) -> dict[str, Any]:
        """Everything in the store as one analysis document (``shared/spec/output.md``)."""
        return {
            "telisik_version": __version__,
            "rejected": self.rejections(),
            "articles": list(self.iter_articles()),
            "entities": list(self.iter_entities()),
            "stories": list(self.iter_stories()),
        }


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL: readers (telisik serve) never block the ingest's writes, and a killed writer leaves a consistent file
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _merge_aliases(row: Mapping[str, Any], forms: Iterable[str]) -> list[str]:
    aliases = list(row["aliases"])
    for form in forms:
        if len(aliases) >= MAX_ALIASES:
            break
        if form and form != row["name"] and form not in aliases:
            aliases.append(form)
    return aliases


def _stored_data(article: Mapping[str, Any]) -> dict[str, Any]:
    """What an article keeps as JSON: all but its body (a column of its own), its story and the
    store's entity ids (``articles.story_id`` and ``article_entities`` hold those), and the store's
    own bookkeeping (``_seq``, ``_content_key``: columns too)."""
    data = {k: v for k, v in article.items() if k not in ("body", "story", "_seq", "_content_key")}
    data["entities"] = [{k: v for k, v in e.items() if k != "global_id"} for e in article.get("entities") or []]
    return data


def _headline(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "outlet": row["outlet"],
        "url": row["url"],
        "published": row["published"],
        "day": row["day"].isoformat() if isinstance(row["day"], date) else row["day"],
        "story": row["story_id"],
    }


def _story_row(row: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "title": row["title"],
        "first": row["first"].isoformat() if row["first"] else None,
        "last": row["last"].isoformat() if row["last"] else None,
        "size": row["size"],
        "outlets": list(row["outlets"] or []),
    }


def search_words(q: str | None) -> list[str]:
    """The words of a user's query, all of which a match holds, on either database: nothing in it is syntax
    (no OR, NOT, NEAR, prefix or phrase), punctuation only parts words."""
    return re.findall(r"\w+", q or "")[:MAX_SEARCH_WORDS]


def _fts5_query(q: str | None) -> str:
    """FTS5's query: each word quoted, so that FTS5's own syntax (NEAR, column filters, stray quotes) never reaches it."""
    return " ".join(f'"{w}"' for w in search_words(q))


def _pg_query(q: str | None) -> tuple[str, dict[str, str]]:
    """PostgreSQL's query (SQL for a tsquery) and its bound words: every word, each a phrase of the lexemes it
    holds ("foo_bar" is "foo" then "bar", as FTS5 reads it), none parsed as syntax."""
    words = search_words(q)
    cfg = schema.PG_TEXT_SEARCH_CONFIG
    return " && ".join(f"phraseto_tsquery('{cfg}', :w{i})" for i in range(len(words))), {f"w{i}": w for i, w in enumerate(words)}


_ARTICLE_FIELDS = {f.name for f in fields(Article)}


def _article_from_dict(d: Mapping[str, Any]) -> Article:
    return Article(**{k: v for k, v in d.items() if k in _ARTICLE_FIELDS})


# ---------------------------------------------------------------------------- write lock


class _Lock(Protocol):
    def try_acquire(self) -> bool: ...

    def release(self) -> None: ...


class _FileLock:
    """``flock`` on a file beside a SQLite database."""

    def __init__(self, path: str):
        self.path = path
        self.fd: int | None = None

    def try_acquire(self) -> bool:
        if fcntl is None:  # pragma: no cover - no flock: keeping one writer at a time is the user's to do
            return True
        if self.fd is None:
            self.fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        try:
            fcntl.flock(self.fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def release(self) -> None:
        fd, self.fd = self.fd, None
        if fd is not None and fcntl is not None:
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)  # and for a forked child that shares the descriptor
            finally:
                os.close(fd)


class _AdvisoryLock:
    """PostgreSQL's session advisory lock, on a connection of its own that holds it."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self.conn: Connection | None = None
        self.held = False

    def try_acquire(self) -> bool:
        if self.conn is None:
            # autocommit: a lock of the session, not a transaction held open for a whole run
            self.conn = self.engine.connect().execution_options(isolation_level="AUTOCOMMIT")
        self.held = bool(self.conn.execute(sa.text("SELECT pg_try_advisory_lock(:k)"), {"k": WRITE_LOCK_KEY}).scalar())
        return self.held

    def release(self) -> None:
        conn, self.conn = self.conn, None
        if conn is None:
            return
        try:
            if self.held:
                conn.execute(sa.text("SELECT pg_advisory_unlock(:k)"), {"k": WRITE_LOCK_KEY})
        except sa.exc.SQLAlchemyError:
            conn.invalidate()  # the session ends, and its lock with it: no pooled connection keeps it
        finally:
            self.held = False
            conn.close()


class _InProcessLock:
    """No other process opens this store (in-memory SQLite): the store's thread lock is all it takes."""

    def try_acquire(self) -> bool:
        return True

    def release(self) -> None:
        pass


def _store_lock(engine: Engine) -> _Lock:
    if engine.dialect.name == "postgresql":
        return _AdvisoryLock(engine)
    path = engine.url.database
    if engine.dialect.name == "sqlite" and path and path != ":memory:" and not path.startswith("file:"):
        return _FileLock(path + ".lock")
    return _InProcessLock()


def _acquire(lock: _Lock, timeout: float | None, where: str) -> None:
    """Take ``lock``, waiting ``timeout`` seconds at most (``None``: as long as it takes) for the run that holds it."""
    try:
        if lock.try_acquire():
            return
        log.warning("waiting for another telisik ingest on this store (%s)", where)
        deadline = None if timeout is None else time.monotonic() + timeout
        while not lock.try_acquire():
            left = None if deadline is None else deadline - time.monotonic()
            if left is not None and left <= 0:
                raise StoreBusy(f"another telisik ingest is writing to the store {where}; gave up waiting after {timeout:g} s")
            time.sleep(LOCK_POLL if left is None else min(LOCK_POLL, left))
    except BaseException:
        lock.release()
        raise


# ---------------------------------------------------------------------------- checking


@dataclass
class _Findings:
    """What ``Store.check`` found, as its repair needs it."""

    # (what, table, condition, rows) of each kind of dangling row found
    dangling: list[tuple[str, sa.Table, sa.ColumnElement[bool], int]]
    seq_repeats: int
    unindexed: list[str]
    story_lines: list[str]
    # the days of the articles and stories in doubt, from which stories are remade
    days: list[date | None]
    pending: str | None

    def lines(self) -> list[str]:
        lines = [f"{n} {what}" for what, _, _, n in self.dangling]
        if self.seq_repeats:
            lines.append(f"{self.seq_repeats} seq numbers are each held by more than one article")
        if self.unindexed:
            lines.append(f"{len(self.unindexed)} articles have search index rows missing, stale or repeated: {_some(self.unindexed)}")
        lines += self.story_lines
        if self.pending:
            lines.append(f"stories from {self.pending} on are still to be remade (a run stopped before its last step)")
        return lines


def _dangling() -> list[tuple[str, sa.Table, sa.ColumnElement[bool]]]:
    """(what, table, condition) of each kind of row that names an article or entity not stored."""
    a, e, ae, ek, qt = schema.articles, schema.entities, schema.article_entities, schema.entity_keys, schema.quotes
    return [
        ("entity links of articles not stored (article_entities)", ae, ae.c.article_id.not_in(sa.select(a.c.id))),
        ("entity links to entities not stored (article_entities)", ae, ae.c.entity_id.not_in(sa.select(e.c.id))),
        ("entity keys of entities not stored (entity_keys)", ek, ek.c.entity_id.not_in(sa.select(e.c.id))),
        ("quotes of articles not stored (quotes)", qt, qt.c.article_id.not_in(sa.select(a.c.id))),
    ]


def _count(conn: Connection, table: sa.FromClause, where: sa.ColumnElement[bool] | None = None) -> int:
    query = sa.select(sa.func.count()).select_from(table)
    return conn.execute(query if where is None else query.where(where)).scalar_one()


def _some(ids: Sequence[str], shown: int = 10) -> str:
    more = f" and {len(ids) - shown} more" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more


# ---------------------------------------------------------------------------- storable text


def storable(value: Any) -> Any:
    """``value`` (text, or lists and dicts of it) as it is stored: each ``UNSTORABLE`` character replaced,
    one for one so that offsets into the text stay right, control characters by a space and lone
    surrogates by U+FFFD. PostgreSQL refuses NUL, and a snippet marker in page text would fake a match."""
    if isinstance(value, str):
        return UNSTORABLE.sub(_replacement, value) if UNSTORABLE.search(value) else value
    if isinstance(value, dict):
        return {storable(k): storable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [storable(v) for v in value]
    return value


def _replacement(match: re.Match[str]) -> str:
    return " " if match.group() < "\ud800" else "\ufffd"


# ---------------------------------------------------------------------------- ingest


def content_key(doc: RawDocument) -> str:
    """The digest of a page as read (its URL and content): the id ``article_id`` gives a page whose input names none."""
    from telisik.engine.local import article_id

    return article_id(replace(doc, given={k: v for k, v in doc.given.items() if k != "id"}))


@dataclass
class _Page:
    """A page read, with the id it is to be stored under, its content key, and what its id needs said."""

    doc: RawDocument
    id: str
    key: str
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def read(cls, doc: RawDocument) -> _Page:
        """The page under its input's id, or under its content key when no database can hold that id."""
        from telisik.engine.local import article_id

        key, given = content_key(doc), article_id(doc)
        fault = _id_fault(given)
        if fault is None:
            return cls(doc, given, key)
        return cls(doc, key, key, [f"id {_shown(given)} cannot be stored: {fault}; stored as {key}"])

    def document(self) -> RawDocument:
        """The page for the analyzer, with its id and warnings."""
        if not self.warnings:
            return self.doc
        return replace(self.doc, given={**self.doc.given, "id": self.id}, warnings=[*self.doc.warnings, *self.warnings])

    def wanted(self) -> list[str]:
        """The ids to look up for the page: its own and those it would take if another page held it."""
        return [self.id, *_derived_ids(self.id, self.key)]


def _id_fault(aid: str) -> str | None:
    if _BAD_IN_ID.search(aid):
        return "it holds control characters or lone surrogates"
    if len(aid) > ID_LENGTH:
        return f"it is longer than {ID_LENGTH} characters"
    return None


def _shown(aid: str) -> str:
    """An id as a warning quotes it: escaped, and cut short."""
    return ascii(aid[:80]) + ("…" if len(aid) > 80 else "")


def _derived_ids(aid: str, key: str) -> tuple[str, str]:
    """Ids for a page whose input's id names another page: that id with its content key, short, then whole."""
    return f"{aid[: ID_LENGTH - 9]}~{key[:8]}", f"{aid[: ID_LENGTH - 17]}~{key}"


def _place(page: _Page, stored: Mapping[str, str | None]) -> str | _Page | None:
    """Where a page goes, given the content key of each stored id: the id that holds it already (its own,
    or one made from it, with its content key), or the page under the first of those ids that is free
    (None: each holds another page)."""
    for n, aid in enumerate(page.wanted()):
        if aid not in stored:
            if n == 0:
                return page
            return replace(page, id=aid, warnings=[*page.warnings, f"id {page.id} already names another page; stored as {aid}"])
        # an article stored before content keys were kept is known by its id alone
        if stored[aid] in (page.key, None):
            return aid
    return None


def _one_page_fault(err: Exception) -> bool:
    """Whether a database error is one page's (a value it refuses), not the database's (a connection lost)."""
    if isinstance(err, (sa.exc.OperationalError, sa.exc.InterfaceError)):
        return False
    return isinstance(err, sa.exc.SQLAlchemyError) and not getattr(err, "connection_invalidated", False)


def _db_error(err: sa.exc.SQLAlchemyError) -> str:
    orig = getattr(err, "orig", None) or err
    return f"{type(orig).__name__}: {orig}"


class _Ingest:
    """One ``ingest`` run: the pages read are sifted against the store, analysed, and stored a batch at a time."""

    def __init__(self, store: Store, analyzer: Any, batch_size: int, on_item: Callable[[Article | Rejection | str], None] | None):
        self.store, self.analyzer, self.batch_size, self.on_item = store, analyzer, batch_size, on_item
        self.report = IngestReport()
        self.articles: list[Article] = []
        self.rejected: list[Rejection] = []
        # the content key of each id taken in this run: a page repeated within the input is analysed once
        self.taken: dict[str, str | None] = {}

    def run(self, inputs: Iterable[str]) -> IngestReport:
        for result in self.analyzer.process_all(self.fresh(inputs)):
            self.take(result)
        self.flush()
        remade = self.store.remake_stories(caption_events=self.analyzer.caption_events)
        self.report.stories_remade, self.report.articles_reclustered = remade
        return self.report

    def take(self, result: Article | Rejection) -> None:
        if isinstance(result, Article):
            self.articles.append(result)
            self.report.added += 1
        else:
            self.rejected.append(result)
            self.report.rejected.append(result)
        if self.on_item:
            self.on_item(result)
        if len(self.articles) >= self.batch_size:
            self.flush()

    def fresh(self, inputs: Iterable[str]) -> Iterator[RawDocument | Rejection]:
        """The items to analyse: pages not stored yet (nor met earlier in this run), and rejections."""
        chunk: list[RawDocument | Rejection] = []
        for item in self.analyzer.reader.read(inputs):
            chunk.append(item)
            if len(chunk) >= CHUNK:
                # one look-up a chunk for the pages already stored, not one a page
                yield from self.sift(chunk)
                chunk = []
        yield from self.sift(chunk)

    def sift(self, chunk: list[RawDocument | Rejection]) -> Iterator[RawDocument | Rejection]:
        pages = {n: _Page.read(item) for n, item in enumerate(chunk) if isinstance(item, RawDocument)}
        stored, failed = self.look_up(pages)
        known = ChainMap(self.taken, stored)
        for n, item in enumerate(chunk):
            page = pages.get(n)
            if page is None or n in failed:
                yield failed.get(n, item)
                continue
            placed = _place(page, known)
            if isinstance(placed, str):
                self.report.already_stored += 1
                if self.on_item:
                    self.on_item(placed)
            elif placed is None:
                yield Rejection(item.where, f"id {page.id} and the ids made from it all name other pages")
            else:
                self.taken[placed.id] = placed.key
                yield placed.document()

    def look_up(self, pages: Mapping[int, _Page]) -> tuple[dict[str, str | None], dict[int, Rejection]]:
        """The content keys of the ids the pages could take that are stored, and a rejection for each page
        whose look-up the database refuses."""
        try:
            return self.store.content_keys(i for p in pages.values() for i in p.wanted()), {}
        except sa.exc.SQLAlchemyError as err:
            if not _one_page_fault(err):
                raise
            log.debug("a chunk's look-up failed; looking up its pages one by one: %s", err)
        stored: dict[str, str | None] = {}
        failed: dict[int, Rejection] = {}
        for n, page in pages.items():
            try:
                stored.update(self.store.content_keys(page.wanted()))
            except sa.exc.SQLAlchemyError as err:
                if not _one_page_fault(err):
                    raise
                failed[n] = Rejection(page.doc.where, f"could not be looked up in the store: {_db_error(err)}")
        return stored, failed

    def flush(self) -> None:
        keys = {a.id: key for a in self.articles if (key := self.taken.get(a.id))}
        try:
            self.store.add(self.articles, self.rejected, keys)
        except sa.exc.SQLAlchemyError as err:
            if not _one_page_fault(err):
                raise
            # one article the database refuses must not cost its batch: store them one by one
            log.debug("batch refused, storing one by one: %s", err)
            self.store.add([], self.rejected)
            for article in self.articles:
                self.add_alone(article, keys)
        self.articles.clear()
        self.rejected.clear()

    def add_alone(self, article: Article, keys: Mapping[str, str]) -> None:
        try:
            self.store.add([article], content_keys=keys)
        except sa.exc.SQLAlchemyError as err:
            if not _one_page_fault(err):
                raise
            rejection = Rejection(article.where, f"could not be stored: {_db_error(err)}")
            self.store.add([], [rejection])
            self.report.added -= 1
            self.report.rejected.append(rejection)


def ingest(
    store: Store,
    inputs: Iterable[str],
    analyzer: Any,
    *,
    batch_size: int = 50,
    on_item: Callable[[Article | Rejection | str], None] | None = None,
    wait: float | None = None,
) -> IngestReport:
    """Analyse what is not stored yet, store it batch by batch, then remake the stories it touches.

    ``analyzer`` is a ``telisik.engine.local.Analyzer``. ``on_item`` gets each
    article, rejection, or the id of an article already stored. The run holds
    the store's write lock (``Store.writing``) throughout: it waits for another
    run writing to the store, ``wait`` seconds at most (``None``: as long as
    that run takes; then ``StoreBusy``), and then finds that run's pages stored.
    """
    with store.writing(timeout=wait):
        return _Ingest(store, analyzer, batch_size, on_item).run(inputs)
