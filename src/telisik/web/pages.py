"""The HTML pages: stories (sorted and filtered), a story, threads, a thread, an article, an entity, search."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from telisik.analyses.compare import LEFT_OUT_RULE, side_by_side
from telisik.output.render import ArticleLinks, story_view
from telisik.records.pages import Article
from telisik.records.stories import Story
from telisik.store.coverage import entity_name
from telisik.store.repository import Store
from telisik.store.search import SearchFilter, facets
from telisik.web.body import highlight_body
from telisik.web.charts import counts_svg
from telisik.web.coverage import story_chart
from telisik.web.deps import PagesDep, StoreDep, found
from telisik.web.facets import facet_links
from telisik.web.network import entity_context
from telisik.web.params import (
    ENTITY_QUOTES,
    ArticleEntity,
    ArticleId,
    ArticleMinOutlets,
    ArticleOutlet,
    ArticlesSince,
    ArticlesUntil,
    EntityId,
    Kind,
    MinOutlets,
    Outlet,
    Page,
    Q,
    SearchWords,
    Since,
    Sort,
    StoryId,
    ThreadId,
    Until,
    check_days,
)
from telisik.web.plot import timeline_svg
from telisik.web.views import cited_media, pager, quotes_by_speaker, seg

PAGE_SIZE = 25
# a story's page reads at most this many whole articles
MAX_STORY_ARTICLES = 200

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)


@router.get("/")
def stories_page(
    store: StoreDep,
    pages: PagesDep,
    q: Q = None,
    outlet: Outlet = None,
    since: Since = None,
    until: Until = None,
    sort: Sort = "recent",
    min_outlets: MinOutlets = None,
    kind: Kind = None,
    page: Page = 1,
) -> HTMLResponse:
    offset = (page - 1) * PAGE_SIZE
    rows, total = store.stories(
        q=q or None,
        outlet=outlet or None,
        since=since,
        until=until,
        sort=sort,
        min_outlets=min_outlets,
        kind=kind,
        limit=PAGE_SIZE,
        offset=offset,
    )
    params = {"q": q, "outlet": outlet, "since": since, "until": until, "min_outlets": min_outlets, "kind": kind}
    return pages.render(
        "stories.html.j2",
        rows=rows,
        pager=pager(total, page, PAGE_SIZE, {**params, "sort": None if sort == "recent" else sort}, "/"),
        q=q or "",
        outlet=outlet or "",
        since=since.isoformat() if since else "",
        until=until.isoformat() if until else "",
        sort=sort,
        min_outlets=min_outlets or "",
        kind=kind or "",
        outlets=store.outlets(),
        counts=store.counts(),
        filtered=any(v for v in params.values()),
    )


@router.get("/threads")
def threads_page(store: StoreDep, pages: PagesDep, page: Page = 1) -> HTMLResponse:
    threads, total = store.threads(limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return pages.render("threads.html.j2", threads=threads, pager=pager(total, page, PAGE_SIZE, {}, "/threads"))


@router.get("/threads/{thread_id}")
def thread_page(store: StoreDep, pages: PagesDep, thread_id: ThreadId) -> HTMLResponse:
    thread = found(store.thread(thread_id), "thread")
    return pages.render("thread.html.j2", t=thread)


@router.get("/stories/{story_id}")
def story_page(store: StoreDep, pages: PagesDep, story_id: StoryId) -> HTMLResponse:
    stored = found(store.story(story_id), "story")
    story = Story.from_dict(stored)
    ids = [i for i in story.articles if i]
    articles = store.articles(ids[:MAX_STORY_ARTICLES])
    by_id = {a["id"]: a for a in articles}
    records = [Article.from_dict(a) for a in articles]
    view = story_view(story, by_id)
    return pages.render(
        "story.html.j2",
        s=view,
        thread=store.thread(story.thread) if story.thread else None,
        plot=timeline_svg(view["timeline"], focus=(view["first"], view["last"])),
        links=ArticleLinks(by_id),
        speakers=quotes_by_speaker(records),
        media=cited_media(records),
        duplicates=sum(1 for g in view["groups"] for c in g["cards"] if c["duplicate"]),
        unread=max(0, len(ids) - MAX_STORY_ARTICLES),
        coverage=story_chart(store, story.id),
        sides=side_by_side(articles, story),
        left_out_rule=LEFT_OUT_RULE,
    )


def _duplicate(store: Store, story: Story, article_id: str) -> dict[str, Any] | None:
    """What the article nearly duplicates in its story, and how similar they are (in percent)."""
    duplicate = None
    for d in story.duplicates:
        if d.article == article_id:
            of = store.article_list([d.of])
            duplicate = {"of": of[0] if of else {"id": d.of, "title": None}, "similarity": round(100 * d.similarity)}
    return duplicate


@router.get("/articles/{article_id:path}")
def article_page(store: StoreDep, pages: PagesDep, article_id: ArticleId) -> HTMLResponse:
    article = found(store.article(article_id), "article")
    stored = store.story(article["story"]) if article.get("story") else None
    story = Story.from_dict(stored) if stored else None
    entities = sorted(article.get("entities") or [], key=lambda e: (-len(e.get("mentions") or []), (e.get("name") or "").casefold()))
    return pages.render(
        "article.html.j2",
        a=article,
        story=story,
        duplicate=_duplicate(store, story, article_id) if story else None,
        paragraphs=highlight_body(article, lambda gid: "/entities/" + seg(gid)),
        entities=entities,
    )


@router.get("/entities/{entity_id}")
def entity_page(store: StoreDep, pages: PagesDep, entity_id: EntityId, page: Page = 1) -> HTMLResponse:
    entity = found(store.entity(entity_id), "entity")
    rows, total = store.stories(entity=entity_id, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
    return pages.render(
        "entity.html.j2",
        e=entity,
        rows=rows,
        pager=pager(total, page, PAGE_SIZE, {}, f"/entities/{seg(entity_id)}"),
        quotes=store.entity_quotes(entity_id, limit=ENTITY_QUOTES),
        articles=store.article_list(entity["articles"][:PAGE_SIZE]),
        **entity_context(store, entity, rows),
    )


@router.get("/search")
def search_page(
    store: StoreDep,
    pages: PagesDep,
    q: SearchWords = None,
    outlet: ArticleOutlet = None,
    since: ArticlesSince = None,
    until: ArticlesUntil = None,
    entity: ArticleEntity = None,
    min_outlets: ArticleMinOutlets = None,
    page: Page = 1,
) -> HTMLResponse:
    check_days(since, until)
    where = SearchFilter(outlet=outlet or None, since=since, until=until, entity=entity or None, min_outlets=min_outlets)
    hits, total = store.search(q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE, where=where) if q else ([], 0)
    params = {"q": q, "outlet": where.outlet, "since": since, "until": until, "entity": where.entity, "min_outlets": min_outlets}
    found_facets = facets(store, q, where) if q else None
    return pages.render(
        "search.html.j2",
        q=q or "",
        hits=hits,
        pager=pager(total, page, PAGE_SIZE, params, "/search"),
        where=where,
        since=since.isoformat() if since else "",
        until=until.isoformat() if until else "",
        entity_name=entity_name(store, where.entity) if where.entity else None,
        facets=facet_links(found_facets, params) if found_facets else None,
        chart=counts_svg(found_facets.days, f"Articles with every word of “{q}” over time") if found_facets else None,
    )
