"""The JSON API under ``/api/``, and ``/healthz``."""

from __future__ import annotations

import logging
from dataclasses import asdict
from typing import Any

from fastapi import APIRouter
from fastapi.responses import JSONResponse

from telisik.store.network import co_occurring, entity_days
from telisik.store.search import Facets, SearchFilter
from telisik.store.search import facets as search_facets
from telisik.version import __version__
from telisik.web.deps import StoreDep, found
from telisik.web.models import (
    NOT_FOUND,
    ArticleOut,
    EntityOut,
    Health,
    OutletCount,
    SearchResult,
    StoryList,
    StoryOut,
    ThreadDetail,
    ThreadList,
)
from telisik.web.params import (
    ENTITY_QUOTES,
    ArticleEntity,
    ArticleId,
    ArticleMinOutlets,
    ArticleOutlet,
    ArticlesSince,
    ArticlesUntil,
    EntityFilter,
    EntityId,
    HitLimit,
    Kind,
    Limit,
    MinOutlets,
    Offset,
    Outlet,
    Q,
    Since,
    Sort,
    StoryId,
    ThreadFilter,
    ThreadId,
    Until,
    WithFacets,
    Words,
    check_days,
)

log = logging.getLogger(__name__)

router = APIRouter()

# Stories, articles and entities are answered as stored, the dicts of their records: a key the record
# leaves out when unset (``omit_when``) stays out, which a response model's serialisation would add.


@router.get("/healthz", response_model=Health, tags=["health"], summary="Liveness, with the store's counts")
def healthz(store: StoreDep) -> Any:
    try:
        counts = store.counts()
    except Exception as exc:  # the database is gone: say so, as a 503
        log.warning("health check failed: %s", exc)
        return JSONResponse({"status": "unavailable", "version": __version__, "counts": {}}, status_code=503)
    return {"status": "ok", "version": __version__, "counts": counts}


@router.get("/api/stories", response_model=StoryList, tags=["stories"], summary="Stories, newest first (or as sorted), filtered")
def api_stories(
    store: StoreDep,
    q: Q = None,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    entity: EntityFilter = None,
    sort: Sort = "recent",
    min_outlets: MinOutlets = None,
    kind: Kind = None,
    thread: ThreadFilter = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Any:
    rows, total = store.stories(
        q=q or None,
        outlet=outlet or None,
        since=since,
        until=until,
        entity=entity or None,
        sort=sort,
        min_outlets=min_outlets,
        kind=kind,
        thread=thread or None,
        limit=limit,
        offset=offset,
    )
    # as stored: a row without a kind or thread has no such key
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": rows})


@router.get("/api/threads", response_model=ThreadList, tags=["stories"], summary="Threads, the newest going on first")
def api_threads(store: StoreDep, limit: Limit = 50, offset: Offset = 0) -> Any:
    items, total = store.threads(limit=limit, offset=offset)
    return JSONResponse({"total": total, "limit": limit, "offset": offset, "items": items})


@router.get("/api/threads/{thread_id}", response_model=ThreadDetail, responses=NOT_FOUND, tags=["stories"], summary="A thread")
def api_thread(store: StoreDep, thread_id: ThreadId) -> Any:
    return JSONResponse(found(store.thread(thread_id), "thread"))


@router.get("/api/stories/{story_id}", response_model=StoryOut, responses=NOT_FOUND, tags=["stories"], summary="One story")
def api_story(store: StoreDep, story_id: StoryId) -> Any:
    story = found(store.story(story_id), "story")
    return JSONResponse(story)


@router.get("/api/articles/{article_id:path}", response_model=ArticleOut, responses=NOT_FOUND, tags=["articles"], summary="One article")
def api_article(store: StoreDep, article_id: ArticleId) -> Any:
    article = found(store.article(article_id), "article")
    return JSONResponse(article)


@router.get("/api/entities/{entity_id}", response_model=EntityOut, responses=NOT_FOUND, tags=["entities"], summary="An entity, quotes too")
def api_entity(store: StoreDep, entity_id: EntityId) -> Any:
    entity = found(store.entity(entity_id), "entity")
    return JSONResponse(
        {
            **entity,
            "quotes": store.entity_quotes(entity_id, limit=ENTITY_QUOTES),
            "co_occurring": [asdict(n) for n in co_occurring(store, entity_id)],
            "days": [{"day": d.isoformat(), "articles": n} for d, n in entity_days(store, entity_id)],
        }
    )


@router.get("/api/outlets", response_model=list[OutletCount], tags=["articles"], summary="Outlets, with how many articles each")
def api_outlets(store: StoreDep) -> Any:
    return [{"outlet": o, "articles": n} for o, n in store.outlets()]


@router.get("/api/search", response_model=SearchResult, tags=["search"], summary="Articles with every word of q, filtered, best first")
def api_search(
    store: StoreDep,
    q: Words,
    outlet: ArticleOutlet = None,
    since: ArticlesSince = None,
    until: ArticlesUntil = None,
    entity: ArticleEntity = None,
    min_outlets: ArticleMinOutlets = None,
    facets: WithFacets = False,
    limit: HitLimit = 20,
    offset: Offset = 0,
) -> Any:
    check_days(since, until)
    where = SearchFilter(outlet=outlet or None, since=since, until=until, entity=entity or None, min_outlets=min_outlets)
    hits, total = store.search(q, limit=limit, offset=offset, where=where)
    items = [{**h, "snippet": [{"text": t, "match": m} for t, m in h["snippet"]]} for h in hits]
    answer: dict[str, Any] = {"q": q, "total": total, "limit": limit, "offset": offset, "items": items}
    if facets:
        answer["facets"] = _facets_out(search_facets(store, q, where))
    return answer


def _facets_out(found: Facets) -> dict[str, Any]:
    return {
        "outlets": [{"outlet": o, "articles": n} for o, n in found.outlets],
        "entities": found.entities,
        "days": [{"day": d, "articles": n} for d, n in found.days],
        "undated": found.undated,
        "min_outlets": [{"outlets": k, "articles": n} for k, n in found.min_outlets],
    }
