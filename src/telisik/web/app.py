"""Web pages and a JSON API over a store: what ``telisik serve`` runs.

``create_app(store)`` returns a FastAPI app with server-rendered pages
(stories, a story, an article, an entity, search; ``web.pages``) and a JSON
API under ``/api/`` (``web.api``). The routes reach the store and the
templates through dependencies on ``app.state``. Everything it serves is in
the package: no page loads anything from another host, and none needs
JavaScript.

Page text is untrusted. Templates autoescape, nothing from a page is marked
safe, and the HTML built here (the highlighted article body, the timeline
plot, search snippets) escapes each piece of text through markupsafe; only
http(s) URLs become links. Ids in paths are looked up in the store, never
used as file paths.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exception_handlers import request_validation_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from telisik.store.repository import Store
from telisik.version import __version__
from telisik.web import api, coverage, network, pages
from telisik.web.deps import Pages, get_pages

STATIC = Path(__file__).resolve().parent.parent / "static"

# HTML pages load only what this app serves
CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

TAGS = [
    {"name": "stories", "description": "Stories: articles about one real-world event, across outlets and days."},
    {"name": "articles", "description": "Analysed articles, in the shape of the analysis document (`shared/spec/output.md`)."},
    {"name": "entities", "description": "People, organisations and places linked across articles, with their quotes."},
    {"name": "search", "description": "Full-text search over titles and bodies."},
    {"name": "health", "description": "Liveness and store size."},
]


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path in ("/api", "/healthz")


async def security_headers(request: Request, call_next: Callable[[Request], Awaitable[Response]]) -> Response:
    response = await call_next(request)
    response.headers.setdefault("X-Content-Type-Options", "nosniff")
    response.headers.setdefault("Referrer-Policy", "no-referrer")
    if response.headers.get("content-type", "").startswith("text/html"):
        response.headers.setdefault("Content-Security-Policy", CSP)
    return response


async def http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    if _is_api(request):
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))
    message = exc.detail if exc.status_code != 404 or exc.detail != "Not Found" else "There is no page at this address."
    return get_pages(request).render("error.html.j2", exc.status_code, status=exc.status_code, message=message, errors=[])


async def bad_request(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    if _is_api(request):
        return await request_validation_exception_handler(request, exc)
    errors = [f"{'.'.join(str(p) for p in e.get('loc', ())[1:]) or 'request'}: {e.get('msg', 'invalid')}" for e in exc.errors()]
    return get_pages(request).render("error.html.j2", 422, status=422, message="A parameter of this address is not valid.", errors=errors)


async def server_error(request: Request, exc: Exception) -> Response:
    # Starlette hands the exception on to the server, which logs it
    if _is_api(request):
        return JSONResponse({"detail": "internal error"}, status_code=500)
    return get_pages(request).render("error.html.j2", 500, status=500, message="Something went wrong on our side.", errors=[])


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
    app.state.pages = Pages()
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.middleware("http")(security_headers)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, bad_request)
    app.add_exception_handler(Exception, server_error)
    app.include_router(pages.router)
    app.include_router(api.router)
    app.include_router(network.router)
    app.include_router(coverage.router)
    return app
