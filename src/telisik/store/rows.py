"""Articles and stories as rows: what is stored of them, what is read back, and the mark of stories to remake."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import fields
from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from telisik.pages.dates import iso_day
from telisik.records import Article
from telisik.store import schema
from telisik.store.connection import chunks, meta, upsert

# meta's key for the earliest day whose stories are still to be remade
STORIES_FROM = "stories_from"
# what no text is stored with: C0 control characters but tab and newline (NUL, which PostgreSQL
# refuses; the snippet markers, which would fake a match) and lone surrogates (no encoding holds them)
UNSTORABLE = re.compile("[\x00-\x08\x0b-\x1f\ud800-\udfff]")
# the store's bookkeeping in a read article dict, which the analysis contract does not have
BOOKKEEPING = ("_seq", "_content_key")


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


def stored_data(article: Mapping[str, Any]) -> dict[str, Any]:
    """What an article keeps as JSON: all but its body (a column of its own), its story and the
    store's entity ids (``articles.story_id`` and ``article_entities`` hold those), and the store's
    own bookkeeping (``_seq``, ``_content_key``: columns too)."""
    data = {k: v for k, v in article.items() if k not in ("body", "story", *BOOKKEEPING)}
    data["entities"] = [{k: v for k, v in e.items() if k != "global_id"} for e in article.get("entities") or []]
    return data


_ARTICLE_FIELDS = {f.name for f in fields(Article)}


def article_record(d: Mapping[str, Any]) -> Article:
    """The ``Article`` record of a read article dict, its facts their families' records: what the store
    hands the other stages. The store's own keys (``story``, ``_seq``) are not the article's."""
    return Article.from_dict({k: v for k, v in d.items() if k in _ARTICLE_FIELDS})


def read_articles(conn: Connection, ids: Sequence[str]) -> list[dict[str, Any]]:
    """Whole article dicts (the analysis contract's), with store entity ids, story ids and ``_seq``."""
    a = schema.articles
    out: dict[str, dict[str, Any]] = {}
    for part in chunks(list(ids)):
        for row in conn.execute(sa.select(a.c.id, a.c.seq, a.c.body, a.c.story_id, a.c.data).where(a.c.id.in_(part))):
            d = dict(row.data)
            d["body"] = row.body
            d["story"] = row.story_id
            d["_seq"] = row.seq
            out[row.id] = d
    global_ids: dict[tuple[str, str], str] = {}
    ae = schema.article_entities
    for part in chunks(list(out)):
        query = sa.select(ae.c.article_id, ae.c.local_id, ae.c.entity_id).where(ae.c.article_id.in_(part))
        for article_id, local, eid in conn.execute(query):
            global_ids[(article_id, local)] = eid
    for aid, d in out.items():
        for e in d.get("entities") or []:
            e["global_id"] = global_ids.get((aid, str(e.get("id"))))
    return [out[i] for i in ids if i in out]


def headline(row: Mapping[Any, Any]) -> dict[str, Any]:
    """An article's headline row (id, title, outlet, url, published, day, story)."""
    return {
        "id": row["id"],
        "title": row["title"],
        "outlet": row["outlet"],
        "url": row["url"],
        "published": row["published"],
        "day": row["day"].isoformat() if isinstance(row["day"], date) else row["day"],
        "story": row["story_id"],
    }


def story_row(row: Mapping[Any, Any]) -> dict[str, Any]:
    """A story's list row (id, title, first, last, size, outlets; kind and thread when it has them)."""
    out = {
        "id": row["id"],
        "title": row["title"],
        "first": row["first"].isoformat() if row["first"] else None,
        "last": row["last"].isoformat() if row["last"] else None,
        "size": row["size"],
        "outlets": list(row["outlets"] or []),
    }
    for key in ("kind", "thread"):
        if row.get(key):
            out[key] = row[key]
    return out


def mark_stories_from(conn: Connection, days: list[date | None]) -> None:
    """Lower the mark of the earliest day whose stories are to be remade to the earliest of ``days``."""
    dated = [d for d in days if d]
    if len(dated) < len(days):
        # an undated article joins the stories still open at the newest stored day
        newest = conn.execute(sa.select(sa.func.max(schema.articles.c.day))).scalar()
        dated.append(iso_day(newest) or date.min)
    earliest = min(dated)
    current = meta(conn, STORIES_FROM)
    if current is None or earliest < date.fromisoformat(current):
        upsert(conn, schema.meta, {"key": STORIES_FROM, "value": earliest.isoformat()}, ["key"])


def stories_from(conn: Connection) -> date | None:
    """The earliest day whose stories are still to be remade (None: none are)."""
    value = meta(conn, STORIES_FROM)
    return date.fromisoformat(value) if value else None
