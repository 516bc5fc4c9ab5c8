"""What the routes are handed: the store and the page renderer, kept on ``app.state`` by ``create_app``."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, HTTPException, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment

from telisik.output.render import template_environment
from telisik.store.repository import Store
from telisik.version import __version__
from telisik.web.views import seg


class Pages:
    """The web templates, rendered to HTML responses."""

    def __init__(self) -> None:
        self.env: Environment = template_environment("templates/web", trim_blocks=True, lstrip_blocks=True)
        self.env.filters["seg"] = seg
        self.env.globals["version"] = __version__

    def render(self, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return HTMLResponse(self.env.get_template(name).render(**context), status_code=status_code)


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_pages(request: Request) -> Pages:
    pages: Pages = request.app.state.pages
    return pages


StoreDep = Annotated[Store, Depends(get_store)]
PagesDep = Annotated[Pages, Depends(get_pages)]


def not_found(what: str) -> HTTPException:
    return HTTPException(status_code=404, detail=f"no such {what}")


def found(stored: dict[str, Any] | None, what: str) -> dict[str, Any]:
    """What the store returned for an id, or a 404 saying which kind of thing is missing."""
    if stored is None:
        raise not_found(what)
    return stored
