"""The collection steps run against a store: entities linked across the store, stories remade.

``telisik ingest`` (``engine.ingest``) stores articles a batch at a time; each
batch's entities are linked here (``link_entities``), and after the last batch
the stories it touches are remade (``remake_stories``) with the collection
path's own steps (``collection.steps``): undated articles re-anchored through
the pipeline, articles clustered and described.

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
waits for it, then finds its pages stored (``identity``).

Stories are remade incrementally: only the articles from the earliest new day
minus the story window on, with every story still open then, are clustered
again; older stories are closed and stay as they are.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from telisik.collection.linking import KB, EntityLinker, KnownEntity, LinkChanges, LinkedEntity, RunningNames
from telisik.collection.steps import REANCHORED_FIELDS, Reanchor, publication_days, reanchor_undated
from telisik.pages.dates import iso_day
from telisik.records import Article
from telisik.records.stories import Story
from telisik.store import schema
from telisik.store.connection import chunks
from telisik.store.rows import STORIES_FROM, article_record, read_articles, stored_data
from telisik.stories.cluster import ClusterConfig
from telisik.stories.describe import StoryMap, article_day, build_stories

if TYPE_CHECKING:
    from telisik.store.repository import Store

log = logging.getLogger(__name__)


# an entity's alias list stops growing here; a name written fifty ways says enough
MAX_ALIASES = 60

# entity_keys.key is a String(300): a "name" longer than that is scraped debris, not a name to link by
MAX_KEY_LENGTH = 300


def entity_id(kind: str, key: str) -> str:
    """A store entity's id, from its type and the first key it was stored under: the same in every store."""
    return "E" + hashlib.sha1(f"{kind}\n{key}".encode()).hexdigest()[:12]


# ---------------------------------------------------------------------------- linking entities


class ContentIds:
    """The store's entity ids: from an entity's type and least key (``entity_id``), so the same in every store.

    When entities become one, the least id (the oldest, whatever order the names
    came in) survives; an article entity with no key has no id and is not linked.
    """

    def mint(self, kind: str, keys: Collection[str]) -> str | None:
        return entity_id(kind, min(keys)) if keys else None

    def ordered(self, entities: Iterable[LinkedEntity]) -> list[LinkedEntity]:
        return sorted(entities, key=lambda e: e.id)

    def label(self, entity: LinkedEntity, place: int) -> str:
        return entity.id


def store_linker() -> EntityLinker:
    """The linker a store links a batch with."""
    return EntityLinker(ids=ContentIds(), names=RunningNames(MAX_ALIASES), max_key_length=MAX_KEY_LENGTH)


def link_entities(conn: Connection, dicts: list[dict[str, Any]]) -> None:
    """Find or make the store entity of every article entity, merging entities that a new name joins."""
    linker = store_linker()
    batch = [(a["id"], a.get("entities") or []) for a in dicts]
    wanted = {(e["type"], k) for _, ents in batch for e in ents for k in linker.keys(e)}
    if not wanted:
        return
    linker.load(*stored_entities(conn, wanted))
    for article_id, ents in batch:
        linker.add(article_id, ents)
    write_changes(conn, linker.changes())


def stored_entities(conn: Connection, wanted: set[tuple[str, str]]) -> tuple[list[KnownEntity], list[tuple[str, str, str]]]:
    """The stored (type, key, entity id) keys among ``wanted``, and their entities."""
    ek = schema.entity_keys
    keys: list[tuple[str, str, str]] = []
    for part in chunks(sorted({key for _, key in wanted})):
        rows = conn.execute(sa.select(ek.c.type, ek.c.key, ek.c.entity_id).where(ek.c.key.in_(part)))
        keys.extend((kind, key, eid) for kind, key, eid in rows if (kind, key) in wanted)
    entities: list[KnownEntity] = []
    for part in chunks(sorted({eid for *_, eid in keys})):
        for row in conn.execute(sa.select(schema.entities).where(schema.entities.c.id.in_(part))).mappings():
            entities.append(KnownEntity(row["id"], row["type"], row["name"], list(row["aliases"] or [])))
        # every gazetteer identity of the entities loaded, wanted or not: the linker never merges two
        query = sa.select(ek.c.type, ek.c.key, ek.c.entity_id).where(ek.c.entity_id.in_(part), ek.c.key.startswith(KB))
        keys.extend(row for row in conn.execute(query) if (row[0], row[1]) not in wanted)
    return entities, [(kind, key, eid) for kind, key, eid in keys]


def write_changes(conn: Connection, changes: LinkChanges) -> None:
    """A batch's linking, written: merged entities' keys and links moved to the survivor, new rows, grown aliases."""
    ek, ae, e = schema.entity_keys, schema.article_entities, schema.entities
    for gone, survivor in changes.merged.items():
        conn.execute(sa.update(ek).where(ek.c.entity_id == gone).values(entity_id=survivor))
        conn.execute(sa.update(ae).where(ae.c.entity_id == gone).values(entity_id=survivor))
        conn.execute(sa.delete(e).where(e.c.id == gone))
    if changes.new:
        conn.execute(e.insert(), [_entity_row(row) for row in changes.new])
    for row in changes.changed:
        conn.execute(sa.update(e).where(e.c.id == row.id).values(aliases=row.aliases))
    if changes.keys:
        conn.execute(ek.insert(), [{"type": kind, "key": key, "entity_id": eid} for kind, key, eid in changes.keys])
    if changes.links:
        conn.execute(ae.insert(), [{"article_id": a, "local_id": local, "entity_id": eid} for a, local, eid in changes.links])


def _entity_row(entity: KnownEntity) -> dict[str, Any]:
    return {"id": entity.id, "type": entity.type, "name": entity.name, "aliases": entity.aliases}


def relink_entities(conn: Connection, batch: int = 500) -> int:
    """The store's entities linked again from its articles' entities, in the order they were stored, with
    the linker's present rules: the repair of links a wrong chain made (migration 0004). An entity keeps
    its id where it keeps its first article entity (the id comes from that entity's keys, ``entity_id``);
    one a wrong chain had joined to an older entity comes back under its own id. Returns the entities made."""
    a = schema.articles
    linker = store_linker()
    last = -1
    while True:
        query = sa.select(a.c.id, a.c.seq, a.c.data).where(a.c.seq > last).order_by(a.c.seq).limit(batch)
        rows = conn.execute(query).all()
        if not rows:
            break
        for row in rows:
            linker.add(row.id, (row.data or {}).get("entities") or [])
        last = rows[-1].seq
    for table in (schema.article_entities, schema.entity_keys, schema.entities):
        conn.execute(sa.delete(table))
    changes = linker.changes()
    for part in chunks(changes.new):
        conn.execute(schema.entities.insert(), [_entity_row(row) for row in part])
    for keys in chunks(changes.keys):
        conn.execute(schema.entity_keys.insert(), [{"type": kind, "key": key, "entity_id": eid} for kind, key, eid in keys])
    for links in chunks(changes.links):
        conn.execute(schema.article_entities.insert(), [{"article_id": x, "local_id": local, "entity_id": eid} for x, local, eid in links])
    return len(changes.new)


# ---------------------------------------------------------------------------- remaking stories


@dataclass
class _Remake:
    """What one remaking of stories works on: the mark it clears, the stories it replaces, the articles it reads."""

    since: date
    old_stories: set[str]
    ids: set[str]
    articles: list[dict[str, Any]]  # as stored, in ingest order


def remake_stories(
    store: Store, config: ClusterConfig | None, reanchor: Reanchor | None, map_stories: StoryMap | None = None
) -> tuple[int, int]:
    """Cluster the articles whose stories may have changed again; returns (stories, articles) remade.

    ``reanchor`` (``Analyzer.reanchor``) analyses undated articles again with the
    stored dates as their anchor hints; None leaves them as they are. The caller
    holds the store's write lock (``Store.remake_stories`` takes it).
    """
    config = config or ClusterConfig()
    since = store.pending_stories_from()
    if since is None:
        return 0, 0
    remake = _affected(store, since, config)
    reanchored = _reanchor_loose(remake, reanchor) if reanchor is not None else []
    made = build_stories(remake.articles, config, map_stories)
    _write_stories(store, remake, made, reanchored)
    return len(made), len(remake.ids)


def _affected(store: Store, since: date, config: ClusterConfig) -> _Remake:
    """The articles from ``since`` less the story window on, undated ones, and every article of a story still open then."""
    window = timedelta(days=config.window_days)
    cut = since - window if since > date.min + window else date.min
    a, s = schema.articles, schema.stories
    with store.engine.connect() as conn:
        recent = a.c.day.is_(None) | (a.c.day >= cut)
        old_stories = set(conn.execute(sa.select(a.c.story_id).where(recent, a.c.story_id.is_not(None)).distinct()).scalars())
        old_stories.update(conn.execute(sa.select(s.c.id).where(s.c.last.is_(None) | (s.c.last >= cut))).scalars())
        ids = set(conn.execute(sa.select(a.c.id).where(recent)).scalars())
        for part in chunks(sorted(old_stories)):
            ids.update(conn.execute(sa.select(a.c.id).where(a.c.story_id.in_(part))).scalars())
        articles = read_articles(conn, sorted(ids))
    articles.sort(key=lambda d: d["_seq"])
    return _Remake(since, old_stories, ids, articles)


def _reanchor_loose(remake: _Remake, reanchor: Reanchor) -> list[Article]:
    """Undated pages that state no year take it from the stored dates (as ``telisik analyze`` does): analysed
    again through ``reanchor``; their stored dicts take the new facts."""
    loose = [article_record(d) for d in remake.articles if not d.get("published") and not d.get("timex_anchor")]
    if not loose:
        return []
    # the stored dates alone: no record need be read for them
    days = publication_days(d.get("published") for d in remake.articles)
    reanchored = reanchor_undated(loose, reanchor, days)
    by_id = {d["id"]: d for d in remake.articles}
    for art in reanchored:
        by_id[art.id].update({k: v for k, v in art.to_dict().items() if k in REANCHORED_FIELDS})
    return reanchored


def _write_stories(store: Store, remake: _Remake, made: list[Story], reanchored: list[Article]) -> None:
    """One transaction: the old stories replaced by the new, each article's story set, the re-anchored
    articles' facts, and the mark of this run cleared."""
    a, s = schema.articles, schema.stories
    by_id = {d["id"]: d for d in remake.articles}
    with store.engine.begin() as conn:
        for part in chunks(sorted(remake.old_stories)):
            conn.execute(sa.delete(s).where(s.c.id.in_(part)))
        if made:
            conn.execute(s.insert(), [_story_columns(st) for st in made])
        story_of = {aid: st.id for st in made for aid in st.articles}
        conn.execute(
            sa.update(a).where(a.c.id == sa.bindparam("aid")).values(story_id=sa.bindparam("sid")),
            [{"aid": aid, "sid": story_of.get(aid)} for aid in sorted(remake.ids)],
        )
        for art in reanchored:
            d = by_id[art.id]
            conn.execute(sa.update(a).where(a.c.id == art.id).values(data=stored_data(d), day=article_day(d)))
        # only this run's work is done: a batch written meanwhile would have lowered the mark
        conn.execute(sa.delete(schema.meta).where(schema.meta.c.key == STORIES_FROM, schema.meta.c.value == remake.since.isoformat()))


def _story_columns(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "first": iso_day(story.first),
        "last": iso_day(story.last),
        "size": len(story.articles),
        "outlets": story.outlets,
        "data": story.to_dict(),
        "outlet_count": len(story.outlets),
        "kind": story.kind,
        "thread": story.thread,
    }
