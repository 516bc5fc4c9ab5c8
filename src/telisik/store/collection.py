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
from collections.abc import Iterable, Mapping
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from telisik.collection.steps import Reanchor, anchor_days, reanchor_undated
from telisik.nlp.entities import entity_keys, entity_name
from telisik.pages.dates import iso_day
from telisik.records import Article
from telisik.store import schema
from telisik.store.connection import chunks
from telisik.store.rows import STORIES_FROM, article_record, read_articles, stored_data
from telisik.stories.cluster import ClusterConfig
from telisik.stories.describe import article_day, build_stories

if TYPE_CHECKING:
    from telisik.store.repository import Store

log = logging.getLogger(__name__)

# what analysing an undated article again changes of it
_REANCHORED = ("timexes", "timex_anchor", "entities", "quotes", "citations", "events", "sentences", "caption_events", "stats")

# an entity's alias list stops growing here; a name written fifty ways says enough
MAX_ALIASES = 60



def entity_id(kind: str, key: str) -> str:
    """A store entity's id, from its type and the first key it was stored under: the same in every store."""
    return "E" + hashlib.sha1(f"{kind}\n{key}".encode()).hexdigest()[:12]


# ---------------------------------------------------------------------------- linking entities


def link_entities(conn: Connection, dicts: list[dict[str, Any]]) -> None:
    """Find or make the store entity of every article entity, merging entities that a new name joins."""
    # a "name" longer than a key column holds is scraped debris, not a name to link by
    items = [(a["id"], e, {(e["type"], k) for k in entity_keys(e) if len(k) <= 300}) for a in dicts for e in a.get("entities") or []]
    if not items:
        return
    owner: dict[tuple[str, str], str] = {}
    wanted = {k for *_, keys in items for k in keys}
    all_keys = sorted(wanted)
    ek = schema.entity_keys
    for part in chunks([k for _, k in all_keys]):
        for kind, key, eid in conn.execute(sa.select(ek.c.type, ek.c.key, ek.c.entity_id).where(ek.c.key.in_(part))):
            if (kind, key) in wanted:
                owner[(kind, key)] = eid
    known_ids = set(owner.values())
    stored_keys = set(owner)
    entity_rows: dict[str, dict[str, Any]] = {}
    for part in chunks(sorted(known_ids)):
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
                entity_rows[eid]["aliases"] = merge_aliases(entity_rows[eid], [absorbed["name"], *absorbed["aliases"]])
                entity_rows.pop(other)
                new_ids.discard(other)
                changed.discard(other)
        entity_rows[eid]["aliases"] = merge_aliases(entity_rows[eid], forms)
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
        entity_row = entity_rows[eid]
        conn.execute(sa.update(schema.entities).where(schema.entities.c.id == eid).values(aliases=entity_row["aliases"]))
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


def merge_aliases(row: Mapping[str, Any], forms: Iterable[str]) -> list[str]:
    aliases = list(row["aliases"])
    for form in forms:
        if len(aliases) >= MAX_ALIASES:
            break
        if form and form != row["name"] and form not in aliases:
            aliases.append(form)
    return aliases


# ---------------------------------------------------------------------------- remaking stories


def remake_stories(store: Store, config: ClusterConfig | None, reanchor: Reanchor | None) -> tuple[int, int]:
    """Cluster the articles whose stories may have changed again; returns (stories, articles) remade.

    ``reanchor`` (``Analyzer.reanchor``) analyses undated articles again with the
    stored dates as their anchor hints; None leaves them as they are. The caller
    holds the store's write lock (``Store.remake_stories`` takes it).
    """
    config = config or ClusterConfig()
    since = store.pending_stories_from()
    if since is None:
        return 0, 0
    cut = since - timedelta(days=config.window_days) if since > date.min + timedelta(days=config.window_days) else date.min
    a, s = schema.articles, schema.stories
    with store.engine.connect() as conn:
        recent = a.c.day.is_(None) | (a.c.day >= cut)
        old_stories = set(conn.execute(sa.select(a.c.story_id).where(recent, a.c.story_id.is_not(None)).distinct()).scalars())
        old_stories.update(conn.execute(sa.select(s.c.id).where(s.c.last.is_(None) | (s.c.last >= cut))).scalars())
        ids = set(conn.execute(sa.select(a.c.id).where(recent)).scalars())
        for part in chunks(sorted(old_stories)):
            ids.update(conn.execute(sa.select(a.c.id).where(a.c.story_id.in_(part))).scalars())
        dicts = read_articles(conn, sorted(ids))
    dicts.sort(key=lambda d: d["_seq"])
    # undated pages that state no year take it from the stored dates (as `telisik analyze` does)
    by_id = {d["id"]: d for d in dicts}
    loose = [article_record(d) for d in dicts if not d.get("published") and not d.get("timex_anchor")]
    reanchored: list[Article] = []
    if loose and reanchor is not None:
        reanchored = reanchor_undated(loose, reanchor, anchor_days(article_record(d) for d in dicts if d.get("published")))
        for art in reanchored:
            by_id[art.id].update({k: v for k, v in art.to_dict().items() if k in _REANCHORED})
    made = build_stories(dicts, config)
    with store.engine.begin() as conn:
        for part in chunks(sorted(old_stories)):
            conn.execute(sa.delete(s).where(s.c.id.in_(part)))
        if made:
            conn.execute(
                s.insert(),
                [
                    {
                        "id": st.id,
                        "title": st.title,
                        "first": iso_day(st.first),
                        "last": iso_day(st.last),
                        "size": len(st.articles),
                        "outlets": st.outlets,
                        "data": st.to_dict(),
                    }
                    for st in made
                ],
            )
        story_of = {aid: st.id for st in made for aid in st.articles}
        conn.execute(
            sa.update(a).where(a.c.id == sa.bindparam("aid")).values(story_id=sa.bindparam("sid")),
            [{"aid": aid, "sid": story_of.get(aid)} for aid in sorted(ids)],
        )
        for art in reanchored:
            d = by_id[art.id]
            conn.execute(sa.update(a).where(a.c.id == art.id).values(data=stored_data(d), day=article_day(d)))
        # only this run's work is done: a batch written meanwhile would have lowered the mark
        conn.execute(sa.delete(schema.meta).where(schema.meta.c.key == STORIES_FROM, schema.meta.c.value == since.isoformat()))
    return len(made), len(ids)
