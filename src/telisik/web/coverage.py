"""Coverage over time on the web: ``/coverage`` (charts and a table of articles per day) and ``/api/coverage``.

Both take the same filters (outlet, entity, story, days from-to) and count in
the database (``store.coverage``); a day is the day the page shows, in WIB.
The charts are inline SVG drawn here (``web.charts``): no script, every name
escaped. The story page draws its story's chart with ``story_chart``.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from fastapi import APIRouter
from fastapi.responses import HTMLResponse
from markupsafe import Markup

from telisik.analyses.coverage import Coverage, CoverageFilter
from telisik.store.coverage import MAX_OUTLETS, entity_name, store_coverage, story_title
from telisik.store.repository import Store
from telisik.web.charts import bucket_label, bucketed, counts_svg, stacked_counts_svg
from telisik.web.deps import PagesDep, StoreDep
from telisik.web.models import CoverageOut
from telisik.web.params import ArticleEntity, ArticleOutlet, ArticlesSince, ArticleStory, ArticlesUntil, check_days
from telisik.web.views import query_string

router = APIRouter()


def coverage_filter(outlet: str | None, entity: str | None, story: str | None, since: date | None, until: date | None) -> CoverageFilter:
    """The filter of a request's parameters; days from after days to is a bad request (422), as a bad date is."""
    check_days(since, until)
    return CoverageFilter(outlet=outlet or None, entity=entity or None, story=story or None, since=since, until=until)


def coverage_table(cov: Coverage) -> dict[str, Any]:
    """The charts' numbers as a table: one row a day (a week or month when the range is long), a column an outlet."""
    total, unit = bucketed(cov.total)
    outlets = {o: dict(bucketed(series, unit)[0]) for o, series in cov.outlets.items()}
    rows = [{"label": bucket_label(d, unit), "total": n, "outlets": [outlets[o].get(d, 0) for o in outlets]} for d, n in total]
    return {"unit": unit, "outlets": list(outlets), "rows": rows}


def story_chart(store: Store, story_id: str) -> Markup:
    """The story's articles per day, each outlet's share stacked, counted over all its articles."""
    cov = store_coverage(store, CoverageFilter(story=story_id))
    return stacked_counts_svg(cov.outlets, "Articles of the story per day, by outlet")


@router.get("/coverage", include_in_schema=False, response_class=HTMLResponse)
def coverage_page(
    store: StoreDep,
    pages: PagesDep,
    outlet: ArticleOutlet = None,
    entity: ArticleEntity = None,
    story: ArticleStory = None,
    since: ArticlesSince = None,
    until: ArticlesUntil = None,
) -> HTMLResponse:
    where = coverage_filter(outlet, entity, story, since, until)
    cov = store_coverage(store, where)
    params = {"outlet": where.outlet, "entity": where.entity, "story": where.story, "since": since, "until": until}
    return pages.render(
        "coverage.html.j2",
        cov=cov,
        chart=counts_svg(cov.total, "Articles per day"),
        by_outlet=stacked_counts_svg(cov.outlets, "Articles per day, by outlet"),
        table=coverage_table(cov),
        where=where,
        since=since.isoformat() if since else "",
        until=until.isoformat() if until else "",
        entity_name=entity_name(store, where.entity) if where.entity else None,
        story_title=story_title(store, where.story) if where.story else None,
        outlets=store.outlets(),
        charted=MAX_OUTLETS,
        api=f"/api/coverage?{query_string(params)}",
    )


@router.get(
    "/api/coverage",
    response_model=CoverageOut,
    tags=["articles"],
    summary="Articles per day, in all and per outlet, of an outlet, entity, story or days",
)
def api_coverage(
    store: StoreDep,
    outlet: ArticleOutlet = None,
    entity: ArticleEntity = None,
    story: ArticleStory = None,
    since: ArticlesSince = None,
    until: ArticlesUntil = None,
) -> Any:
    where = coverage_filter(outlet, entity, story, since, until)
    cov = store_coverage(store, where)
    return {
        "outlet": where.outlet,
        "entity": where.entity,
        "story": where.story,
        "since": since.isoformat() if since else None,
        "until": until.isoformat() if until else None,
        "articles": cov.articles,
        "undated": cov.undated,
        "days": [{"day": d.isoformat(), "articles": n} for d, n in cov.total],
        "outlets": [{"outlet": o, "days": [{"day": d.isoformat(), "articles": n} for d, n in days]} for o, days in cov.outlets.items()],
    }
