"""The store: analysed articles, their entities and stories in a database, kept up to date run after run.

``telisik ingest`` adds articles to a store; ``telisik serve`` and ``telisik
export`` read it. SQLite (one file, the default) and PostgreSQL work through
SQLAlchemy; Alembic migrations make the tables when a store is opened.

``Store`` is the plain repository: it saves articles and reads articles,
stories and entities back. The rest of the store package does the rest:
``connection`` (URLs, engines, migrations), ``locking`` (one writer at a time),
``search`` (words in articles), ``check`` (invariants, repair), ``rows`` (what
is stored of an article), ``identity`` (which id a page is stored under) and
``collection`` (entity linking, remaking stories). ``telisik ingest`` itself
is ``engine.ingest``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from telisik import __version__
from telisik.collection.steps import Reanchor
from telisik.records import Article, Rejection
from telisik.store import schema
from telisik.store.check import CheckReport, check
from telisik.store.collection import entity_id, link_entities, remake_stories
from telisik.store.connection import DEFAULT_DB, chunks, database_url, migrate, open_engine, upsert
from telisik.store.identity import content_key
from telisik.store.locking import StoreBusy, WriteLock
from telisik.store.rows import STORIES_FROM, headline, mark_stories_from, read_articles, storable, stored_data, stories_from, story_row
from telisik.store.search import MATCH_END, MATCH_START, SearchFilter, Snippet, has_words, index, matches, ranked, search_words
from telisik.stories.cluster import ClusterConfig
from telisik.stories.describe import StoryMap, article_day
from telisik.stories.threads import threads_of

# the store's public names, wherever in the package they live
__all__ = [
    "DEFAULT_DB",
    "MATCH_END",
    "MATCH_START",
    "STORIES_FROM",
    "CheckReport",
    "Snippet",
    "Store",
    "StoreBusy",
    "content_key",
    "database_url",
    "entity_id",
    "search_words",
    "storable",
]


class Store:
    """One database of analysed articles. Opening it brings its tables up to date."""

    def __init__(self, db: str | None = None, *, migrate: bool = True):
        self.url = database_url(db)
        self.engine: Engine = open_engine(self.url)
        self.dialect = self.engine.dialect.name
        self.where = self.engine.url.render_as_string(hide_password=True)
        self._lock = WriteLock(self.engine, self.where)
        if migrate:
            self.migrate()

    def migrate(self) -> None:
        """Bring the tables up to date; the write lock is taken only when there is something to do."""
        migrate(self.engine, self.writing)

    def writing(self, timeout: float | None = None) -> AbstractContextManager[None]:
        """Hold the store's write lock: one writer at a time (an ingest, a repair, a migration), across processes.

        PostgreSQL: an advisory lock, on a connection of its own held as long as
        the lock. SQLite: ``flock`` on ``<database>.lock`` beside the file. The
        system lets go of either when the process ends, however it ends. A
        writer waits for the one holding it, saying so once in the log, at most
        ``timeout`` seconds (``None``: as long as it takes), then raises
        ``StoreBusy``. A writer's own nested ``writing()`` passes straight through.
        """
        return self._lock.writing(timeout)

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
            for part in chunks(list(dict.fromkeys(ids))):
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
                upsert(conn, schema.rejections, row, ["source"])

    def _stored_in(self, conn: Connection, ids: list[str]) -> set[str]:
        out: set[str] = set()
        for part in chunks(ids):
            out.update(conn.execute(sa.select(schema.articles.c.id).where(schema.articles.c.id.in_(part))).scalars())
        return out

    def _add_articles(self, conn: Connection, dicts: list[dict[str, Any]]) -> None:
        t = schema.articles
        seq = conn.execute(sa.select(sa.func.coalesce(sa.func.max(t.c.seq), 0))).scalar_one()
        rows = [_article_row(a, i) for i, a in enumerate(dicts, start=seq + 1)]
        conn.execute(t.insert(), rows)
        if self.dialect == "sqlite":
            index(conn, rows)
        quotes = [_quote_row(a["id"], n, q) for a in dicts for n, q in enumerate(a.get("quotes") or [])]
        if quotes:
            conn.execute(schema.quotes.insert(), quotes)
        link_entities(conn, dicts)
        mark_stories_from(conn, [row["day"] for row in rows])

    def pending_stories_from(self) -> date | None:
        with self.engine.connect() as conn:
            return stories_from(conn)

    def remake_stories(
        self, config: ClusterConfig | None = None, reanchor: Reanchor | None = None, map_stories: StoryMap | None = None
    ) -> tuple[int, int]:
        """Cluster the articles whose stories may have changed again; returns (stories, articles) remade.

        ``reanchor`` (``Analyzer.reanchor``) analyses the undated articles that the
        stored dates re-anchor again; None leaves them as they are. ``map_stories``:
        how the stories are described (``build_stories``; ``Analyzer.story_map``).
        """
        with self.writing():
            return remake_stories(self, config, reanchor, map_stories)

    # ------------------------------------------------------------------ checking

    def check(self, repair: bool = False, reanchor: Reanchor | None = None) -> CheckReport:
        """The store's invariants, checked; with ``repair``, what a crashed run or a hand edit broke, mended.

        Every article is in exactly one story, and each story holds the
        articles that say they are in it; ``seq`` numbers are unique; no entity
        link, entity key or quote names an article or entity that is not
        stored; no run left stories to remake; SQLite's search index holds each
        article once, as stored. A repair deletes the dangling rows, indexes
        the articles the search index has wrong again, numbers the articles
        again in their order, and remakes the stories from the earliest day in
        doubt (``reanchor`` as for ``remake_stories``).
        """
        with self.writing() if repair else nullcontext():
            return check(self, repair, reanchor)

    # ------------------------------------------------------------------ reading

    def article(self, article_id: str) -> dict[str, Any] | None:
        found = self.articles([article_id])
        return found[0] if found else None

    def articles(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Whole article dicts in the order of ``ids`` (those stored)."""
        with self.engine.connect() as conn:
            found = read_articles(conn, list(ids))
        for d in found:
            d.pop("_seq", None)
        return found

    def article_list(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Headline rows (id, title, outlet, url, published, story) in the order of ``ids``."""
        a = schema.articles
        rows: dict[str, dict[str, Any]] = {}
        with self.engine.connect() as conn:
            for part in chunks(list(ids)):
                q = sa.select(a.c.id, a.c.title, a.c.outlet, a.c.url, a.c.published, a.c.day, a.c.story_id).where(a.c.id.in_(part))
                for row in conn.execute(q).mappings():
                    rows[row["id"]] = headline(row)
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
        min_outlets: int | None = None,
        kind: str | None = None,
        thread: str | None = None,
        sort: str = "recent",
        limit: int = 50,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """Story rows in the order ``sort`` says (``STORY_ORDERS``: newest first by default), with the number of
        all that match. ``kind`` None keeps the stories of a kind ("series", "routine") out; ``ALL_KINDS``
        takes every story; a kind takes only those."""
        s = schema.stories
        where = self._story_filters(q=q, outlet=outlet, since=since, until=until, entity=entity)
        where += _story_list_filters(min_outlets=min_outlets, kind=kind, thread=thread)
        cols = (s.c.id, s.c.title, s.c.first, s.c.last, s.c.size, s.c.outlets, s.c.kind, s.c.thread)
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(s).where(*where)).scalar_one()
            order = _story_order(sort)
            rows = conn.execute(sa.select(*cols).where(*where).order_by(*order).limit(limit).offset(offset)).mappings().all()
        return [story_row(r) for r in rows], total

    def _story_filters(
        self, *, q: str | None, outlet: str | None, since: date | None, until: date | None, entity: str | None
    ) -> list[sa.ColumnElement[bool]]:
        """The conditions on ``stories`` of ``Store.stories``' filters."""
        s, a = schema.stories, schema.articles
        where: list[sa.ColumnElement[bool]] = []
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
            where.append(s.c.id.in_(sa.select(a.c.story_id).where(matches(self.dialect, q))))
        return where

    def threads(self, *, limit: int = 50, offset: int = 0) -> tuple[list[dict[str, Any]], int]:
        """Threads (``records.stories.Thread`` dicts) with their newest story first, and the number of all."""
        s = schema.stories
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count(sa.distinct(s.c.thread))).where(s.c.thread.is_not(None))).scalar_one()
            newest = sa.func.max(s.c.last)
            q = (
                sa.select(s.c.thread)
                .where(s.c.thread.is_not(None))
                .group_by(s.c.thread)
                .order_by(newest.is_(None), newest.desc(), sa.func.count().desc(), s.c.thread)
                .limit(limit)
                .offset(offset)
            )
            ids = list(conn.execute(q).scalars())
            found = {t.id: t.to_dict() for t in threads_of(self._thread_stories(conn, ids))}
        return [found[i] for i in ids if i in found], total

    def thread(self, thread_id: str) -> dict[str, Any] | None:
        """One thread (a ``Thread`` dict), with the list rows of its stories under ``story_rows``."""
        s = schema.stories
        with self.engine.connect() as conn:
            made = threads_of(self._thread_stories(conn, [thread_id]))
            if not made:
                return None
            cols = (s.c.id, s.c.title, s.c.first, s.c.last, s.c.size, s.c.outlets, s.c.kind, s.c.thread)
            rows = {r["id"]: story_row(r) for r in conn.execute(sa.select(*cols).where(s.c.thread == thread_id)).mappings()}
        thread = made[0].to_dict()
        return {**thread, "story_rows": [rows[i] for i in thread["stories"] if i in rows]}

    def all_threads(self) -> list[dict[str, Any]]:
        """Every thread of the store, as the analysis document lists them (largest first)."""
        s = schema.stories
        with self.engine.connect() as conn:
            data = [dict(d) for (d,) in conn.execute(sa.select(s.c.data).where(s.c.thread.is_not(None)).order_by(s.c.id))]
        return [t.to_dict() for t in threads_of(data)]

    @staticmethod
    def _thread_stories(conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
        s = schema.stories
        out: list[dict[str, Any]] = []
        for part in chunks(list(ids)):
            out += [dict(d) for (d,) in conn.execute(sa.select(s.c.data).where(s.c.thread.in_(part)).order_by(s.c.id))]
        return out

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

    def search(self, q: str, limit: int = 20, offset: int = 0, where: SearchFilter | None = None) -> tuple[list[dict[str, Any]], int]:
        """Articles matching every word of ``q`` and the filters of ``where`` (outlet, days, entity, outlets of
        the story), best first, each with a snippet around its matches."""
        if not has_words(q):
            return [], 0
        conditions = [matches(self.dialect, q), *(where.conditions() if where else [])]
        with self.engine.connect() as conn:
            total = conn.execute(sa.select(sa.func.count()).select_from(schema.articles).where(*conditions)).scalar_one()
            hits = ranked(conn, q, limit, offset, conditions[1:]) if total else []
        rows = {r["id"]: r for r in self.article_list([h[0] for h in hits])}
        return [{**rows[h[0]], "snippet": Snippet.parse(h[1]).segments} for h in hits if h[0] in rows], total

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
                found = read_articles(conn, [r.id for r in rows])
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
            "threads": self.all_threads(),
        }


# the orders of a story list: newest first, largest first, most outlets first
STORY_ORDERS = ("recent", "size", "outlets")
ALL_KINDS = "all"  # the ``kind`` filter that takes every story, series and routine ones too


def _story_order(sort: str) -> tuple[Any, ...]:
    s = schema.stories
    recent = (s.c.last.is_(None), s.c.last.desc())
    if sort == "size":
        return (s.c.size.desc(), s.c.outlet_count.desc(), *recent, s.c.id)
    if sort == "outlets":
        return (s.c.outlet_count.desc(), s.c.size.desc(), *recent, s.c.id)
    if sort != "recent":
        raise ValueError(f"unknown story order {sort!r} ({', '.join(STORY_ORDERS)})")
    return (*recent, s.c.size.desc(), s.c.id)


def _story_list_filters(*, min_outlets: int | None, kind: str | None, thread: str | None) -> list[sa.ColumnElement[bool]]:
    """The conditions of a story list's sorting and filtering: a minimum of outlets, the kind, the thread."""
    s = schema.stories
    where: list[sa.ColumnElement[bool]] = []
    if min_outlets:
        where.append(s.c.outlet_count >= min_outlets)
    if kind is None:
        where.append(s.c.kind.is_(None))
    elif kind != ALL_KINDS:
        where.append(s.c.kind == kind)
    if thread:
        where.append(s.c.thread == thread)
    return where


def _article_row(a: Mapping[str, Any], seq: int) -> dict[str, Any]:
    """The ``articles`` row of a storable article dict."""
    return {
        "id": a["id"],
        "seq": seq,
        "source": str(a.get("source") or ""),
        "outlet": (a.get("outlet") or None) and str(a["outlet"])[:200],
        "url": a.get("url"),
        "title": a.get("title"),
        "published": a.get("published"),
        "day": article_day(a),
        "story_id": None,
        "body": a.get("body") or "",
        "data": stored_data(a),
        "content_key": a.get("_content_key"),
    }


def _quote_row(article_id: str, n: int, q: Mapping[str, Any]) -> dict[str, Any]:
    """The ``quotes`` row of an article's ``n``-th quote."""
    return {
        "article_id": article_id,
        "n": n,
        "speaker": q.get("speaker"),
        "speaker_local": q.get("speaker_entity"),
        "text": str(q.get("text") or ""),
        "direct": bool(q.get("direct")),
    }
