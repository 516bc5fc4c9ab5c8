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

Stories are remade incrementally: only the articles from the earliest new day
minus the story window on, with every story still open then, are clustered
again; older stories are closed and stay as they are.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, fields
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from telisik import __version__, schema
from telisik.cluster import ClusterConfig
from telisik.dates import iso_day
from telisik.entities import entity_keys, entity_name
from telisik.records import Article, RawDocument, Rejection
from telisik.stories import article_day, build_stories

log = logging.getLogger(__name__)

DEFAULT_DB = "telisik.db"
STORIES_FROM = "stories_from"
# an entity's alias list stops growing here; a name written fifty ways says enough
MAX_ALIASES = 60
# rows per IN (...) list, under SQLite's bound-parameter limit
CHUNK = 500
# snippet markers: control characters that page text cannot carry through cleaning
MATCH_START, MATCH_END = "\x02", "\x03"


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


@dataclass
class IngestReport:
    added: int = 0
    already_stored: int = 0
    rejected: list[Rejection] = field(default_factory=list)
    stories_remade: int = 0
    articles_reclustered: int = 0


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
        if migrate:
            self.migrate()

    def migrate(self) -> None:
        from alembic import command
        from alembic.config import Config

        config = Config()
        config.set_main_option("script_location", str(Path(__file__).with_name("migrations")))
        with self.engine.begin() as conn:
            config.attributes["connection"] = conn
            command.upgrade(config, "head")

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

    def add(self, articles: Sequence[Article | Mapping[str, Any]], rejections: Sequence[Rejection] = ()) -> None:
        """Store analysed articles and rejections in one transaction; articles already stored are left alone."""
        dicts = [a.to_dict() if isinstance(a, Article) else dict(a) for a in articles]
        with self.engine.begin() as conn:
            fresh_ids = set(a["id"] for a in dicts) - self._stored_in(conn, [a["id"] for a in dicts])
            dicts = [a for a in dicts if a["id"] in fresh_ids]
            dicts = list({a["id"]: a for a in dicts}.values())
            if dicts:
                self._add_articles(conn, dicts)
            for rejection in rejections:
                self._upsert(conn, schema.rejections, {"source": rejection.source[:1000], "reason": rejection.reason}, ["source"])

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
                }
            )
        conn.execute(t.insert(), rows)
        if self.dialect == "sqlite":
            conn.execute(
                sa.text(f"INSERT INTO {schema.SQLITE_FTS} (article_id, title, body) VALUES (:id, :title, :body)"),
                [{"id": r["id"], "title": r["title"] or "", "body": r["body"]} for r in rows],
            )
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
        from telisik.pipeline import reanchor_undated

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
            cfg = schema.PG_TEXT_SEARCH_CONFIG
            return conn.execute(
                sa.text(
                    f"SELECT id, ts_headline('{cfg}', body, query, :opts) AS snip FROM ("
                    f"SELECT id, body, query, ts_rank(search, query) AS rank FROM articles, websearch_to_tsquery('{cfg}', :q) AS query "
                    "WHERE search @@ query ORDER BY rank DESC, id LIMIT :l OFFSET :o) AS best ORDER BY rank DESC, id"
                ),
                {"q": q, "l": limit, "o": offset, "opts": f"StartSel={MATCH_START}, StopSel={MATCH_END}, MaxWords=35, MinWords=15"},
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
        """A condition on ``articles``: the article matches every word of ``q``."""
        a = schema.articles
        if self.dialect == "postgresql":
            if not re.search(r"\w", q):
                return sa.false()
            return sa.text(f"articles.search @@ websearch_to_tsquery('{schema.PG_TEXT_SEARCH_CONFIG}', :q)").bindparams(q=q)
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
    store's entity ids (``articles.story_id`` and ``article_entities`` hold those)."""
    data = {k: v for k, v in article.items() if k not in ("body", "story", "_seq")}
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


def _fts5_query(q: str | None) -> str:
    """Every word of a user's query, each quoted: FTS5's own syntax (NEAR, column filters, stray quotes) never reaches it."""
    terms = re.findall(r"\w+", q or "")
    return " ".join(f'"{t}"' for t in terms[:32])


_ARTICLE_FIELDS = {f.name for f in fields(Article)}


def _article_from_dict(d: Mapping[str, Any]) -> Article:
    return Article(**{k: v for k, v in d.items() if k in _ARTICLE_FIELDS})


# ---------------------------------------------------------------------------- ingest


def ingest(
    store: Store,
    inputs: Iterable[str],
    analyzer: Any,
    *,
    batch_size: int = 50,
    on_item: Callable[[Article | Rejection | str], None] | None = None,
) -> IngestReport:
    """Analyse what is not stored yet, store it batch by batch, then remake the stories it touches.

    ``analyzer`` is a ``telisik.pipeline.Analyzer``. ``on_item`` gets each
    article, rejection, or the id of an article already stored.
    """
    from telisik.pipeline import article_id

    report = IngestReport()
    articles: list[Article] = []
    rejected: list[Rejection] = []
    seen: dict[str, str] = {}

    def flush() -> None:
        try:
            store.add(articles, rejected)
        except (sa.exc.IntegrityError, sa.exc.DataError) as err:
            # one article the database refuses must not cost its batch: store them one by one
            log.debug("batch refused, storing one by one: %s", err)
            store.add([], rejected)
            for article in articles:
                try:
                    store.add([article])
                except (sa.exc.IntegrityError, sa.exc.DataError) as one:
                    rejection = Rejection(article.where, f"could not be stored: {type(one.orig).__name__}: {one.orig}")
                    store.add([], [rejection])
                    report.added -= 1
                    report.rejected.append(rejection)
        articles.clear()
        rejected.clear()

    def sift(chunk: list[RawDocument | Rejection]) -> Iterator[RawDocument | Rejection]:
        ids = [article_id(item) if isinstance(item, RawDocument) else "" for item in chunk]
        stored = store.stored(i for i in ids if i)
        for item, aid in zip(chunk, ids, strict=True):
            if isinstance(item, RawDocument):
                if aid in seen or aid in stored:
                    report.already_stored += 1
                    if on_item:
                        on_item(aid)
                    continue
                # a page repeated within the input is analysed once
                seen[aid] = item.where
            yield item

    def fresh() -> Iterator[RawDocument | Rejection]:
        """The items to analyse: pages not stored yet (nor seen earlier in this run), and rejections."""
        chunk: list[RawDocument | Rejection] = []
        for item in analyzer.reader.read(inputs):
            chunk.append(item)
            if len(chunk) >= CHUNK:
                # one query a chunk for the ids already stored, not one a page
                yield from sift(chunk)
                chunk = []
        yield from sift(chunk)

    for result in analyzer.process_all(fresh()):
        if isinstance(result, Article):
            articles.append(result)
            report.added += 1
        else:
            rejected.append(result)
            report.rejected.append(result)
        if on_item:
            on_item(result)
        if len(articles) >= batch_size:
            flush()
    flush()

    report.stories_remade, report.articles_reclustered = store.remake_stories(caption_events=analyzer.caption_events)
    return report
