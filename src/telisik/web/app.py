"""Web pages and a JSON API over a store: what ``telisik serve`` runs.

``create_app(store)`` returns a FastAPI app with server-rendered pages
(stories, a story, an article, an entity, search) and a JSON API under
``/api/``. Everything it serves is in the package: no page loads anything
from another host, and none needs JavaScript.

Page text is untrusted. Templates autoescape, nothing from a page is marked
safe, and the HTML built here (the highlighted article body, the timeline
plot, search snippets) escapes each piece of text through markupsafe; only
http(s) URLs become links. Ids in paths are looked up in the store, never
used as file paths.
"""

from __future__ import annotations

import logging
from bisect import bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, timedelta
from itertools import groupby
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment
from markupsafe import Markup, escape
from pydantic import BaseModel, BeforeValidator, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from telisik import __version__
from telisik.output.render import ArticleLinks, _dicts, _list, _text, names, story_view, template_environment, when_key
from telisik.store.repository import Store
from telisik.stories.describe import interval

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent.parent / "static"
PAGE_SIZE = 25
MAX_ID = 200
MAX_QUERY = 500
MAX_PAGE = 10_000
MAX_OFFSET = 1_000_000
# a story's page reads at most this many whole articles
MAX_STORY_ARTICLES = 200
# the timeline plot draws at most this many events; the table lists them all
MAX_PLOTTED = 80
ENTITY_QUOTES = 100

# HTML pages load only what this app serves
CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

TAGS = [
    {"name": "stories", "description": "Stories: articles about one real-world event, across outlets and days."},
    {"name": "articles", "description": "Analysed articles, in the shape of the analysis document (`shared/spec/output.md`)."},
    {"name": "entities", "description": "People, organisations and places linked across articles, with their quotes."},
    {"name": "search", "description": "Full-text search over titles and bodies."},
    {"name": "health", "description": "Liveness and store size."},
]


# ---------------------------------------------------------------------------- parameters


def _blank_is_none(value: Any) -> Any:
    """A form's empty field (``since=``) means no filter, not a bad date."""
    return None if isinstance(value, str) and not value.strip() else value


NO_NUL = r"^[^\x00]*$"
# search words: no control character but tab (a NUL would reach the database, \x02/\x03 are the snippet markers)
CONTROL = r"\x00-\x08\x0a-\x1f"
NO_CONTROL = rf"^[^{CONTROL}]*$"
SOME_WORDS = rf"^[^{CONTROL}]*[^\s{CONTROL}][^{CONTROL}]*$"
OptDate = Annotated[date | None, BeforeValidator(_blank_is_none)]
# an empty text field is no filter too; the handlers read it as `q or None` (a BeforeValidator
# returning None would meet max_length and fail as a 500)
OptText = str | None
StoryId = Annotated[str, PathParam(min_length=1, max_length=MAX_ID, pattern=NO_NUL, description="a story id (`S...`)")]
ArticleId = Annotated[str, PathParam(min_length=1, max_length=MAX_ID, pattern=NO_NUL, description="an article id")]
EntityId = Annotated[str, PathParam(min_length=1, max_length=MAX_ID, pattern=NO_NUL, description="an entity id (`E...`)")]
Q = Annotated[OptText, Query(max_length=MAX_QUERY, pattern=NO_CONTROL, description="words that the story's articles all contain")]
Outlet = Annotated[OptText, Query(max_length=MAX_ID, pattern=NO_NUL, description="an outlet's name, as `/api/outlets` lists it")]
Since = Annotated[OptDate, Query(description="stories going on at or after this day (YYYY-MM-DD)")]
Until = Annotated[OptDate, Query(description="stories going on at or before this day (YYYY-MM-DD)")]
Page = Annotated[int, Query(ge=1, le=MAX_PAGE, description="page number, from 1")]
Limit = Annotated[int, Query(ge=1, le=200, description="rows per answer, 1 to 200")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="rows to skip")]


# ---------------------------------------------------------------------------- API models


class StoryRow(BaseModel):
    id: str
    title: str | None
    first: str | None = Field(description="first day of the story (ISO date)")
    last: str | None = Field(description="last day of the story (ISO date)")
    size: int = Field(description="number of articles")
    outlets: list[str]


class StoryList(BaseModel):
    total: int = Field(description="stories matching, all pages")
    limit: int
    offset: int
    items: list[StoryRow]


class StoryOut(BaseModel):
    """A story of the analysis document: articles, summary, timeline, conflicts, duplicates."""

    model_config = ConfigDict(extra="allow")
    id: str
    title: str | None = None
    articles: list[str] = []


class ArticleOut(BaseModel):
    """An article of the analysis document, its entities carrying their store entity id as `global_id`."""

    model_config = ConfigDict(extra="allow")
    id: str
    title: str | None = None
    outlet: str | None = None
    body: str = ""
    story: str | None = None


class QuoteOut(BaseModel):
    article_id: str
    n: int
    speaker: str | None
    text: str
    direct: bool
    title: str | None
    outlet: str | None
    published: str | None
    story_id: str | None


class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    aliases: list[str]
    articles: list[str]
    quotes: list[QuoteOut] = Field(description=f"the entity's quotes, newest article first (at most {ENTITY_QUOTES})")


class Segment(BaseModel):
    text: str
    match: bool


class SearchHit(BaseModel):
    id: str
    title: str | None
    outlet: str | None
    url: str | None
    published: str | None
    day: str | None
    story: str | None
    snippet: list[Segment] = Field(description="the text around the matches, in segments; `match` marks the matching words")


class SearchResult(BaseModel):
    q: str
    total: int
    limit: int
    offset: int
    items: list[SearchHit]


class OutletCount(BaseModel):
    outlet: str
    articles: int


class Health(BaseModel):
    status: str
    version: str
    counts: dict[str, int]


class Problem(BaseModel):
    detail: str


NOT_FOUND = {404: {"model": Problem, "description": "no such id in the store"}}


# ---------------------------------------------------------------------------- article bodies


def _span(item: Mapping[str, Any], size: int) -> tuple[int, int] | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool) and 0 <= start < end <= size:
        return start, end
    return None


def _disjoint(spans: Iterable[tuple[int, int, Any]]) -> list[tuple[int, int, Any]]:
    """Spans that do not overlap: earlier first, the longer of two that start together."""
    out: list[tuple[int, int, Any]] = []
    for start, end, payload in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not out or start >= out[-1][1]:
            out.append((start, end, payload))
    return out


def _covering(spans: list[tuple[int, int, Any]], starts: list[int], at: int) -> int | None:
    i = bisect_right(starts, at) - 1
    return i if i >= 0 and spans[i][1] > at else None


def _paragraph_spans(body: str) -> list[tuple[int, int]]:
    out, pos = [], 0
    while pos <= len(body):
        cut = body.find("\n\n", pos)
        end = len(body) if cut < 0 else cut
        if body[pos:end].strip():
            out.append((pos, end))
        if cut < 0:
            break
        pos = cut + 2
    return out


def highlight_body(article: Mapping[str, Any], entity_href: Callable[[str], str]) -> list[Markup]:
    """The body's paragraphs as HTML: entity mentions (linked), time expressions and quotes marked.

    Every piece of page text goes through ``escape``; only the tags and the
    attribute values built here from escaped text are markup.
    """
    body = _text(article.get("body"))
    size = len(body)
    inner: list[tuple[int, int, Any]] = []
    for e in _dicts(article.get("entities")):
        gid, kind, name = _text(e.get("global_id")), _text(e.get("type")), _text(e.get("name"))
        for m in _dicts(e.get("mentions")):
            if span := _span(m, size):
                inner.append((*span, ("ent", kind, name, gid)))
    for t in _dicts(article.get("timexes")):
        if span := _span(t, size):
            value = t.get("value")
            tip = f"{_text(t.get('type'))} {value if value is not None else '(no value: ' + _text(t.get('invalid')) + ')'}".strip()
            inner.append((*span, ("timex", tip)))
    inner = _disjoint(inner)
    quotes = _disjoint((*span, q) for q in _dicts(article.get("quotes")) if (span := _span(q, size)))
    inner_starts = [s[0] for s in inner]
    quote_starts = [s[0] for s in quotes]

    def wrap(which: int | None, text: str) -> Markup:
        if which is None:
            return escape(text)
        payload = inner[which][2]
        if payload[0] == "ent":
            _, kind, name, gid = payload
            tip = f"{kind}: {name}" if kind else name
            if gid:
                return Markup('<a class="ent ent-{}" href="{}" title="{}">{}</a>').format(kind, entity_href(gid), tip, text)
            return Markup('<span class="ent ent-{}" title="{}">{}</span>').format(kind, tip, text)
        return Markup('<span class="timex" title="{}">{}</span>').format(payload[1], text)

    paragraphs = []
    for ps, pe in _paragraph_spans(body):
        cuts = {ps, pe}
        for spans in (inner, quotes):
            for s, e, _ in spans:
                if ps < s < pe:
                    cuts.add(s)
                if ps < e < pe:
                    cuts.add(e)
        points = sorted(cuts)
        pieces = [
            (a, b, _covering(quotes, quote_starts, a), _covering(inner, inner_starts, a)) for a, b in zip(points, points[1:], strict=False)
        ]
        html = []
        for qi, run in groupby(pieces, key=lambda p: p[2]):
            run = list(run)
            parts = [wrap(ii, body[grp[0][0] : grp[-1][1]]) for ii, g in groupby(run, key=lambda p: p[3]) for grp in [list(g)]]
            joined = Markup("").join(parts)
            if qi is None:
                html.append(joined)
            else:
                q = quotes[qi][2]
                tip = " · ".join(x for x in (_text(q.get("speaker")) or "unnamed speaker", _text(q.get("cue"))) if x)
                cls = "quote direct" if q.get("direct") else "quote"
                html.append(Markup('<span class="{}" title="{}">{}</span>').format(cls, tip, joined))
        paragraphs.append(Markup("").join(html))
    return paragraphs


# ---------------------------------------------------------------------------- the timeline plot

PLOT_WIDTH = 960
PLOT_LEFT = 16
PLOT_RIGHT = 16
PLOT_TOP = 34
ROW = 22
LABEL_MAX = 70
TICK_LABEL_HALF = 24  # half the width of the widest tick label ("30 Sep", "Sep 2023"), in plot units
# a story's plot shows this many days either side of the story's own days, events further off at the edges
FOCUS_MARGIN_DAYS = 45
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def _day_of(value: Any) -> date | None:
    key = when_key(value)
    return date.fromisoformat(key[1]) if key[0] == 0 else None


def _ticks(lo: date, hi: date) -> list[tuple[date, str]]:
    span = (hi - lo).days
    ticks: list[tuple[date, str]] = []
    if span <= 16:
        d = lo
        while d <= hi:
            ticks.append((d, f"{d.day} {MONTHS[d.month - 1]}"))
            d += timedelta(days=1 if span <= 8 else 2)
    elif span <= 120:
        d = lo + timedelta(days=(7 - lo.weekday()) % 7)
        while d <= hi:
            ticks.append((d, f"{d.day} {MONTHS[d.month - 1]}"))
            d += timedelta(days=7 if span <= 70 else 14)
    elif span <= 3 * 366:
        months = span // 30
        step = next(s for s in (1, 2, 3, 6, 12) if months / s <= 10)
        y, m = lo.year, lo.month
        while True:
            d = date(y, m, 1)
            if d > hi:
                break
            if d >= lo and (m - 1) % step == 0:
                ticks.append((d, f"{MONTHS[m - 1]} {y}"))
            y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    else:
        years = hi.year - lo.year
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100) if years / s <= 10)
        for y in range(lo.year + 1, hi.year + 1):
            if y % step == 0:
                ticks.append((date(y, 1, 1), str(y)))
    return ticks


def _focus(intervals: Sequence[tuple[date, date]], focus: tuple[Any, Any] | None) -> tuple[date, date]:
    """The axis' range: every event's days, or, when that spans far more than the story, the story's days and what lies near them."""
    lo = min(iv[0] for iv in intervals)
    hi = max(iv[1] for iv in intervals)
    f_lo, f_hi = (_day_of(focus[0]), _day_of(focus[1])) if focus else (None, None)
    if not f_lo or not f_hi or f_hi < f_lo or (hi - lo).days <= max(FOCUS_MARGIN_DAYS, 3 * (f_hi - f_lo).days):
        return lo, hi
    near_lo, near_hi = f_lo - timedelta(days=FOCUS_MARGIN_DAYS), f_hi + timedelta(days=FOCUS_MARGIN_DAYS)
    near = [iv for iv in intervals if iv[1] >= near_lo and iv[0] <= near_hi]
    lo = min([f_lo, *(max(iv[0], near_lo) for iv in near)])
    hi = max([f_hi, *(min(iv[1], near_hi) for iv in near)])
    return lo, hi


def timeline_svg(
    timeline: Sequence[Mapping[str, Any]], focus: tuple[Any, Any] | None = None, title: str = "Timeline of the story's events"
) -> dict[str, Any]:
    """An inline SVG of dated timeline rows: one row a mark at its date (a bar for a span) on a shared date axis.

    ``focus`` (the story's first and last day) narrows the axis when the events
    reach far beyond the story (background from years before): events outside
    the axis are drawn at its edge, an arrow pointing their way, their date in
    the label. Returns the markup and how many rows were left out (no date, or
    past ``MAX_PLOTTED``).
    """
    rows = [(t, iv) for t in timeline if (iv := interval(_text(t.get("when")).strip()))]
    undated = len(timeline) - len(rows)
    left_out = max(0, len(rows) - MAX_PLOTTED)
    rows = rows[:MAX_PLOTTED]
    if not rows:
        return {"svg": None, "undated": undated, "left_out": left_out, "plotted": 0, "outside": 0}
    lo, hi = _focus([iv for _, iv in rows], focus)
    pad = max(1, (hi - lo).days // 25)
    lo, hi = lo - timedelta(days=pad), hi + timedelta(days=pad)
    width = PLOT_WIDTH - PLOT_LEFT - PLOT_RIGHT
    days = max(1, (hi - lo).days)

    def x(d: date) -> float:
        return round(PLOT_LEFT + width * (min(max(d, lo), hi) - lo).days / days, 1)

    height = PLOT_TOP + ROW * len(rows) + 10
    parts = [
        Markup('<svg class="timeline-plot" viewBox="0 0 {w} {h}" role="img" aria-label="{t}" xmlns="http://www.w3.org/2000/svg">').format(
            w=PLOT_WIDTH, h=height, t=title
        ),
        Markup("<title>{}</title>").format(title),
    ]
    tick = Markup(
        '<g class="tick"><line x1="{x}" x2="{x}" y1="{y1}" y2="{y2}"/><text x="{x}" y="{ty}" text-anchor="{anchor}">{label}</text></g>'
    )
    for d, label in _ticks(lo, hi):
        at = x(d)
        # a label centred on a tick at either end of the axis would run out of the plot
        anchor = "start" if at - PLOT_LEFT < TICK_LABEL_HALF else "end" if PLOT_WIDTH - PLOT_RIGHT - at < TICK_LABEL_HALF else "middle"
        parts.append(tick.format(x=at, y1=PLOT_TOP - 8, y2=height - 4, ty=PLOT_TOP - 14, anchor=anchor, label=label))
    axis = Markup('<line class="axis" x1="{}" x2="{}" y1="{y}" y2="{y}"/>')
    parts.append(axis.format(PLOT_LEFT, PLOT_WIDTH - PLOT_RIGHT, y=PLOT_TOP - 8))
    outside = 0
    for n, (t, (start, end)) in enumerate(rows):
        y = PLOT_TOP + ROW * n + ROW / 2
        classes = ["event", f"status-{_text(t.get('status')) or 'unknown'}"]
        if t.get("disputed"):
            classes.append("disputed")
        who = names(t.get("who"))
        label = " · ".join(p for p in (_text(t.get("type")) or "event", who) if p)
        before, after = end < lo, start > hi
        if before or after:
            outside += 1
            classes.append("outside")
            label = f"{_text(t.get('when'))} · {label}"
        if len(label) > LABEL_MAX:
            label = label[: LABEL_MAX - 1].rstrip() + "…"
        if t.get("disputed"):
            label = "⚠ " + label
        tip = " — ".join(
            p
            for p in (
                _text(t.get("when")),
                _text(t.get("type")),
                who,
                _text(t.get("where")),
                _text(t.get("status")),
                "sources disagree" if t.get("disputed") else "",
                _text(t.get("description")),
            )
            if p
        )
        x0, x1 = x(start), x(end)
        if before:
            mark = Markup('<path class="mark" d="M{} {}l9 -6v12z"/>').format(x0 - 4, y)
        elif after:
            mark = Markup('<path class="mark" d="M{} {}l-9 -6v12z"/>').format(x0 + 4, y)
        elif x1 - x0 >= 4:
            mark = Markup('<rect class="mark" x="{}" y="{}" width="{}" height="16" rx="3"/>').format(x0, y - 8, round(x1 - x0, 1))
        else:
            mark = Markup('<circle class="mark" cx="{}" cy="{}" r="5.5"/>').format(x0, y)
        # labels go right of the mark where there is room, else left of it, else inside a long bar
        if x1 <= PLOT_LEFT + width * 0.62:
            text = Markup('<text class="label" x="{}" y="{}">{}</text>').format(x1 + 10, y + 4, label)
        elif x0 >= PLOT_LEFT + width * 0.38:
            text = Markup('<text class="label" x="{}" y="{}" text-anchor="end">{}</text>').format(x0 - 10, y + 4, label)
        else:
            text = Markup('<text class="label inbar" x="{}" y="{}">{}</text>').format(x0 + 6, y + 4, label)
        parts.append(
            Markup('<g class="{}"><title>{}</title><line class="guide" x1="{}" x2="{}" y1="{y}" y2="{y}"/>{}{}</g>').format(
                " ".join(classes), tip, PLOT_LEFT, PLOT_WIDTH - PLOT_RIGHT, mark, text, y=y
            )
        )
    parts.append(Markup("</svg>"))
    return {"svg": Markup("").join(parts), "undated": undated, "left_out": left_out, "plotted": len(rows), "outside": outside}


# ---------------------------------------------------------------------------- story pieces


def quotes_by_speaker(articles: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The articles' quotes grouped by speaker (store entity when there is one), most quoted first.

    A quote that several articles carry word for word is one quote with all of them as sources.
    """
    groups: dict[str, dict[str, Any]] = {}
    for a in articles:
        aid = _text(a.get("id"))
        ents = {_text(e.get("id")): e for e in _dicts(a.get("entities"))}
        for q in _dicts(a.get("quotes")):
            text = _text(q.get("text")).strip()
            if not text:
                continue
            ent = ents.get(_text(q.get("speaker_entity")))
            gid = _text(ent.get("global_id")) if ent else ""
            speaker = _text(q.get("speaker")).strip()
            name = _text(ent.get("name")) if ent else speaker
            key = f"E:{gid}" if gid else f"S:{speaker.casefold()}"
            group = groups.setdefault(key, {"name": name or "(unnamed speaker)", "entity": gid or None, "quotes": [], "texts": {}})
            same = group["texts"].get(text)
            if same is not None:
                if aid not in same["articles"]:
                    same["articles"].append(aid)
                continue
            item = {"text": text, "direct": bool(q.get("direct")), "cue": _text(q.get("cue")), "articles": [aid]}
            group["texts"][text] = item
            group["quotes"].append(item)
    out = [{k: v for k, v in g.items() if k != "texts"} for g in groups.values()]
    out.sort(key=lambda g: (g["name"] == "(unnamed speaker)", -len(g["quotes"]), g["name"].casefold()))
    return out


def cited_media(articles: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """The news organisations the articles cite: how often, and which articles."""
    found: dict[str, dict[str, Any]] = {}
    for a in articles:
        aid = _text(a.get("id"))
        for c in _dicts(a.get("citations")):
            source = _text(c.get("source")).strip()
            if not source:
                continue
            item = found.setdefault(source, {"source": source, "mentions": 0, "articles": []})
            item["mentions"] += 1
            if aid not in item["articles"]:
                item["articles"].append(aid)
    return sorted(found.values(), key=lambda c: (-len(c["articles"]), -c["mentions"], c["source"].casefold()))


# ---------------------------------------------------------------------------- the app


def _seg(value: Any) -> str:
    """A path segment: every character that is not plain is percent-encoded, "/" included."""
    return quote(_text(value), safe="")


def _environment() -> Environment:
    env = template_environment("templates/web", trim_blocks=True, lstrip_blocks=True)
    env.filters["seg"] = _seg
    env.globals["version"] = __version__
    return env


def _query_string(params: Mapping[str, Any]) -> str:
    kept = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in params.items() if v not in (None, "")}
    return urlencode(kept)


def _pager(total: int, page: int, size: int, params: Mapping[str, Any], path: str) -> dict[str, Any]:
    pages = max(1, -(-total // size))

    def link(n: int) -> str:
        qs = _query_string({**params, "page": n if n > 1 else None})
        return f"{path}?{qs}" if qs else path

    return {
        "page": page,
        "pages": pages,
        "total": total,
        "first": (page - 1) * size + 1 if total else 0,
        "last": min(total, page * size),
        "prev": link(page - 1) if page > 1 else None,
        "next": link(page + 1) if page < pages else None,
    }


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in ("/api", "/healthz")


def create_app(store: Store) -> FastAPI:
    """The web app over ``store``: pages at ``/``, JSON at ``/api/``, the OpenAPI schema at ``/api/openapi.json``."""
    app = FastAPI(
        title="telisik",
        version=__version__,
        description="Indonesian news intelligence: stories across outlets, articles with their facts, entities and quotes.",
        openapi_tags=TAGS,
        openapi_url="/api/openapi.json",
        # the interactive docs load their scripts from a CDN; the schema is enough offline
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    env = _environment()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    def render_page(name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        html = env.get_template(name).render(**context)
        return HTMLResponse(html, status_code=status_code)

    def not_found(what: str) -> HTTPException:
        return HTTPException(status_code=404, detail=f"no such {what}")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[[Request], Any]) -> Response:
        response = await call_next(request)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "no-referrer")
        if response.headers.get("content-type", "").startswith("text/html"):
            response.headers.setdefault("Content-Security-Policy", CSP)
        return response

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
        message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "There is no page at this address."
        return render_page("error.html.j2", exc.status_code, status=exc.status_code, message=message, errors=[])

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return await request_validation_exception_handler(request, exc)
        errors = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', 'invalid')}" for e in exc.errors()]
        return render_page("error.html.j2", 422, status=422, message="A parameter of this address is not valid.", errors=errors)

    @app.exception_handler(Exception)
    async def server_error(request: Request, exc: Exception) -> Response:
        # Starlette hands the exception on to the server, which logs it
        if _is_api(request):
            return JSONResponse({"detail": "internal error"}, status_code=500)
        return render_page("error.html.j2", 500, status=500, message="Something went wrong on our side.", errors=[])

    # ------------------------------------------------------------------ pages

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(q: Q = None, outlet: Outlet = None, since: Since = None, until: Until = None, page: Page = 1):
        rows, total = store.stories(
            q=q or None, outlet=outlet or None, since=since, until=until, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE
        )
        params = {"q": q, "outlet": outlet, "since": since, "until": until}
        return render_page(
            "stories.html.j2",
            rows=rows,
            pager=_pager(total, page, PAGE_SIZE, params, "/"),
            q=q or "",
            outlet=outlet or "",
            since=since.isoformat() if since else "",
            until=until.isoformat() if until else "",
            outlets=store.outlets(),
            counts=store.counts(),
            filtered=any(v for v in params.values()),
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: StoryId):
        story = store.story(story_id)
        if story is None:
            raise not_found("story")
        ids = [_text(i) for i in _list(story.get("articles")) if _text(i)]
        articles = store.articles(ids[:MAX_STORY_ARTICLES])
        by_id = {_text(a.get("id")): a for a in articles}
        view = story_view(story, by_id)
        return render_page(
            "story.html.j2",
            s=view,
            plot=timeline_svg(view["timeline"], focus=(view["first"], view["last"])),
            links=ArticleLinks(by_id),
            speakers=quotes_by_speaker(articles),
            media=cited_media(articles),
            duplicates=sum(1 for g in view["groups"] for c in g["cards"] if c["duplicate"]),
            unread=max(0, len(ids) - MAX_STORY_ARTICLES),
        )

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: ArticleId):
        article = store.article(article_id)
        if article is None:
            raise not_found("article")
        story = store.story(article["story"]) if article.get("story") else None
        duplicate = None
        if story:
            for d in _dicts(story.get("duplicates")):
                if _text(d.get("article")) == article_id:
                    of = store.article_list([_text(d.get("of"))])
                    sim = d.get("similarity")
                    duplicate = {
                        "of": of[0] if of else {"id": _text(d.get("of")), "title": None},
                        "similarity": round(100 * sim) if isinstance(sim, (int, float)) else None,
                    }
        entities = sorted(_dicts(article.get("entities")), key=lambda e: (-len(_list(e.get("mentions"))), _text(e.get("name")).casefold()))
        return render_page(
            "article.html.j2",
            a=article,
            story=story,
            duplicate=duplicate,
            paragraphs=highlight_body(article, lambda gid: "/entities/" + _seg(gid)),
            entities=entities,
        )

    @app.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
    def entity_page(entity_id: EntityId, page: Page = 1):
        entity = store.entity(entity_id)
        if entity is None:
            raise not_found("entity")
        rows, total = store.stories(entity=entity_id, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE)
        return render_page(
            "entity.html.j2",
            e=entity,
            rows=rows,
            pager=_pager(total, page, PAGE_SIZE, {}, f"/entities/{_seg(entity_id)}"),
            quotes=store.entity_quotes(entity_id, limit=ENTITY_QUOTES),
            articles=store.article_list(entity["articles"][:PAGE_SIZE]),
        )

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(q: Annotated[OptText, Query(max_length=MAX_QUERY, pattern=NO_CONTROL)] = None, page: Page = 1):
        hits, total = store.search(q, limit=PAGE_SIZE, offset=(page - 1) * PAGE_SIZE) if q else ([], 0)
        return render_page("search.html.j2", q=q or "", hits=hits, pager=_pager(total, page, PAGE_SIZE, {"q": q}, "/search"))

    # ------------------------------------------------------------------ API

    @app.get("/healthz", response_model=Health, tags=["health"], summary="Liveness, with the store's counts")
    def healthz():
        try:
            counts = store.counts()
        except Exception as exc:  # the database is gone: say so, as a 503
            log.warning("health check failed: %s", exc)
            return JSONResponse({"status": "unavailable", "version": __version__, "counts": {}}, status_code=503)
        return {"status": "ok", "version": __version__, "counts": counts}

    @app.get("/api/stories", response_model=StoryList, tags=["stories"], summary="Stories, newest first, filtered")
    def api_stories(
        q: Q = None,
        outlet: Outlet = None,
        since: Since = None,
        until: Until = None,
        entity: Annotated[OptText, Query(max_length=MAX_ID, pattern=NO_NUL, description="only stories naming this entity id")] = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ):
        rows, total = store.stories(
            q=q or None, outlet=outlet or None, since=since, until=until, entity=entity or None, limit=limit, offset=offset
        )
        return {"total": total, "limit": limit, "offset": offset, "items": rows}

    @app.get("/api/stories/{story_id}", response_model=StoryOut, responses=NOT_FOUND, tags=["stories"], summary="One story")
    def api_story(story_id: StoryId):
        story = store.story(story_id)
        if story is None:
            raise not_found("story")
        return story

    @app.get("/api/articles/{article_id:path}", response_model=ArticleOut, responses=NOT_FOUND, tags=["articles"], summary="One article")
    def api_article(article_id: ArticleId):
        article = store.article(article_id)
        if article is None:
            raise not_found("article")
        return article

    @app.get("/api/entities/{entity_id}", response_model=EntityOut, responses=NOT_FOUND, tags=["entities"], summary="An entity, quotes too")
    def api_entity(entity_id: EntityId):
        entity = store.entity(entity_id)
        if entity is None:
            raise not_found("entity")
        return {**entity, "quotes": store.entity_quotes(entity_id, limit=ENTITY_QUOTES)}

    @app.get("/api/outlets", response_model=list[OutletCount], tags=["articles"], summary="Outlets, with how many articles each")
    def api_outlets():
        return [{"outlet": o, "articles": n} for o, n in store.outlets()]

    @app.get("/api/search", response_model=SearchResult, tags=["search"], summary="Articles matching every word of q, best first")
    def api_search(
        q: Annotated[str, Query(min_length=1, max_length=MAX_QUERY, pattern=SOME_WORDS, description="the words to find")],
        limit: Annotated[int, Query(ge=1, le=200, description="hits per answer, 1 to 200")] = 20,
        offset: Offset = 0,
    ):
        hits, total = store.search(q, limit=limit, offset=offset)
        items = [{**h, "snippet": [{"text": t, "match": m} for t, m in h["snippet"]]} for h in hits]
        return {"q": q, "total": total, "limit": limit, "offset": offset, "items": items}

    return app
