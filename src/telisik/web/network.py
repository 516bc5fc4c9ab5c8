"""The entity co-mention network on the web: ``/network`` (a page with the graph drawn on the server) and ``/api/network``.

The graph is the store's top entities (``store.network``), filtered by type,
outlet, days and the least number of shared articles an edge needs. It is drawn
as an inline SVG laid out by a seeded spring layout (``analyses.network.layout``):
the same store and filters draw the same picture. Each node links to its entity
page; every name goes through markupsafe, so a name from a page stays text.
"""

from __future__ import annotations

import math
import threading
from collections import OrderedDict
from datetime import date
from typing import Annotated, Any, Literal
from urllib.parse import urlencode

import networkx as nx
from fastapi import APIRouter, Depends, Query
from fastapi.responses import HTMLResponse
from markupsafe import Markup
from pydantic import AfterValidator, BaseModel, BeforeValidator, Field, StringConstraints

from telisik.analyses.network import MAX_TOP, NetworkFilter, layout
from telisik.output.render import when_key
from telisik.store.network import co_occurring, entity_days, events_naming, network, state
from telisik.store.repository import Store
from telisik.web.charts import counts_svg
from telisik.web.deps import PagesDep, StoreDep
from telisik.web.params import Outlet
from telisik.web.plot import timeline_svg
from telisik.web.views import seg

DEFAULT_TOP = 40
# an entity page's table of days lists the latest this many
DAYS_LISTED = 100
MAX_WEIGHT = 100_000
WIDTH = 960
HEIGHT = 640
MARGIN = 70  # room for the labels of the nodes at the edges
LABEL_MAX = 28
# node colours by entity type (Okabe-Ito); SVG presentation attributes, which the pages' CSP allows
TYPE_COLOURS = {"PER": "#0072b2", "ORG": "#e69f00", "LOC": "#009e73"}
OTHER_COLOUR = "#999999"


def _blank_is_none(value: Any) -> Any:
    return None if isinstance(value, str) and not value.strip() else value


def _count_from_1(most: int) -> Any:
    def check(value: int | None) -> int | None:
        # checked here, not with Query(ge=...): a bound meets the None of a blank field and fails as a 500
        if value is not None and not 1 <= value <= most:
            raise ValueError(f"a number from 1 to {most}")
        return value

    return AfterValidator(check)


EntityType = Annotated[str, StringConstraints(max_length=16, pattern=r"^[A-Za-z_]*$")]
Types = Annotated[
    list[EntityType] | None,
    Query(
        alias="type",
        max_length=20,
        description="only entities of these types (`PER`, `ORG`, `LOC`, ...); repeat for several; none: every type",
    ),
]
MinWeight = Annotated[
    int | None,
    BeforeValidator(_blank_is_none),
    _count_from_1(MAX_WEIGHT),
    Query(description="only edges of at least this many shared articles (default 1)"),
]
Top = Annotated[
    int | None,
    BeforeValidator(_blank_is_none),
    _count_from_1(MAX_TOP),
    Query(description=f"the number of entities, those ranked first by `rank` (1 to {MAX_TOP}, default {DEFAULT_TOP})"),
]
Rank = Annotated[
    Literal["articles", "degree"],
    Query(description="which entities are the top ones: those in the most `articles` or with the most neighbours (`degree`)"),
]
From = Annotated[date | None, BeforeValidator(_blank_is_none), Query(description="only articles of this day or later (YYYY-MM-DD)")]
To = Annotated[date | None, BeforeValidator(_blank_is_none), Query(description="only articles of this day or earlier (YYYY-MM-DD)")]


class NetworkNode(BaseModel):
    id: str = Field(description="the entity id (`E...`), as `/api/entities/{entity_id}` takes it")
    name: str
    type: str
    articles: int = Field(description="articles naming the entity, within the filters")
    degree: int = Field(description="entities it is linked to in this network")


class NetworkEdge(BaseModel):
    source: str
    target: str
    weight: int = Field(description="articles naming both, within the filters")


class NetworkOut(BaseModel):
    nodes: list[NetworkNode] = Field(description="most articles first")
    edges: list[NetworkEdge] = Field(description="heaviest first")


router = APIRouter()


class DrawnNetworks:
    """The networks last counted, by store, store state and filter: counting the pairs of a large store's top entities
    takes seconds, so a page or answer asked again (the default one most of all) is not counted again until an
    ingest changes the store. Holds at most ``size`` graphs of at most ``MAX_TOP`` nodes."""

    def __init__(self, size: int = 32) -> None:
        self.size = size
        self._graphs: OrderedDict[tuple[Any, ...], nx.Graph] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, store: Store, spec: NetworkFilter) -> nx.Graph:
        key = (store.where, state(store), spec)
        with self._lock:
            if key in self._graphs:
                self._graphs.move_to_end(key)
                return self._graphs[key]
        graph = network(store, spec)
        with self._lock:
            self._graphs[key] = graph
            while len(self._graphs) > self.size:
                self._graphs.popitem(last=False)
        return graph


DRAWN = DrawnNetworks()


def network_filter(
    types: Types = None,
    min_weight: MinWeight = None,
    outlet: Outlet = None,
    since: From = None,
    until: To = None,
    top: Top = None,
    rank: Rank = "articles",
) -> NetworkFilter:
    """The filter of a request's parameters (the page's and the API's dependency); a blank one is no filter."""
    wanted = frozenset(t.strip().upper() for t in types or [] if t.strip())
    return NetworkFilter(
        types=wanted, min_weight=min_weight or 1, outlet=outlet or None, since=since, until=until, top=top or DEFAULT_TOP, rank=rank
    )


def network_rows(graph: nx.Graph) -> dict[str, list[dict[str, Any]]]:
    """The graph as the API answers it: nodes most articles first, edges heaviest first."""
    nodes = [
        {"id": n, "name": d["name"], "type": d["type"], "articles": d["articles"], "degree": graph.degree(n)}
        for n, d in graph.nodes(data=True)
    ]
    edges = [{"source": a, "target": b, "weight": d["weight"]} for a, b, d in graph.edges(data=True)]
    edges.sort(key=lambda e: (-e["weight"], e["source"], e["target"]))
    return {"nodes": nodes, "edges": edges}


def api_query(spec: NetworkFilter) -> str:
    """The query string of ``/api/network`` for the network a page shows."""
    params: list[tuple[str, Any]] = [("type", t) for t in sorted(spec.types)]
    params += [("outlet", spec.outlet), ("since", spec.since), ("until", spec.until)]
    params += [("min_weight", spec.min_weight if spec.min_weight > 1 else None), ("top", spec.top), ("rank", spec.rank)]
    return urlencode([(k, v.isoformat() if isinstance(v, date) else v) for k, v in params if v is not None])


def _short(name: str) -> str:
    return name if len(name) <= LABEL_MAX else name[: LABEL_MAX - 1].rstrip() + "…"


def network_svg(graph: nx.Graph, title: str = "Entities named in the same articles") -> Markup:
    """The graph as an inline SVG: edges as lines as thick as their weight, nodes as circles as large as their articles,
    coloured by type, each a link to its entity page with a tooltip. An empty graph: an empty Markup."""
    if graph.number_of_nodes() == 0:
        return Markup("")
    where = layout(graph)
    at = {n: (round(MARGIN + x * (WIDTH - 2 * MARGIN), 1), round(MARGIN / 2 + y * (HEIGHT - MARGIN), 1)) for n, (x, y) in where.items()}
    heaviest = max((d["weight"] for _, _, d in graph.edges(data=True)), default=1)
    most = max(d["articles"] for _, d in graph.nodes(data=True))
    parts = [
        Markup(
            '<svg class="network-plot" viewBox="0 0 {w} {h}" width="100%" role="img" aria-label="{t}" xmlns="http://www.w3.org/2000/svg">'
        ).format(w=WIDTH, h=HEIGHT, t=title),
        Markup("<title>{}</title>").format(title),
        Markup('<g class="edges" stroke="#8a8a8a" stroke-linecap="round">'),
    ]
    line = Markup('<line x1="{}" y1="{}" x2="{}" y2="{}" stroke-width="{}" stroke-opacity="{}"><title>{}</title></line>')
    for a, b, d in sorted(graph.edges(data=True), key=lambda e: e[2]["weight"]):
        share = d["weight"] / heaviest
        tip = f"{graph.nodes[a]['name']} — {graph.nodes[b]['name']}: {d['weight']} article{'s' if d['weight'] != 1 else ''}"
        parts.append(line.format(*at[a], *at[b], round(0.8 + 5 * share, 2), round(0.25 + 0.55 * share, 2), tip))
    parts.append(Markup('</g><g class="nodes">'))
    node = Markup(
        '<a href="/entities/{href}" class="node"><title>{tip}</title><circle cx="{x}" cy="{y}" r="{r}" fill="{fill}" stroke="#fff"'
        ' stroke-width="1.5"/><text x="{tx}" y="{ty}" text-anchor="{anchor}" font-size="12" fill="#1d1d1f">{label}</text></a>'
    )
    for n, d in graph.nodes(data=True):
        x, y = at[n]
        r = round(4 + 10 * math.sqrt(d["articles"] / most), 1)
        tip = f"{d['name']} ({d['type']}): {d['articles']} article{'s' if d['articles'] != 1 else ''}, {graph.degree(n)} linked"
        fill = TYPE_COLOURS.get(d["type"], OTHER_COLOUR)
        # a label right of its node, or left of it near the right edge, where it would run out of the picture
        left = x > WIDTH * 0.8
        tx = round(x - r - 3 if left else x + r + 3, 1)
        label = _short(d["name"])
        parts.append(
            node.format(
                href=seg(n), tip=tip, x=x, y=y, r=r, fill=fill, tx=tx, ty=round(y + 4, 1), anchor="end" if left else "start", label=label
            )
        )
    parts.append(Markup("</g></svg>"))
    return Markup("").join(parts)


NetworkSpec = Annotated[NetworkFilter, Depends(network_filter)]


@router.get("/network", include_in_schema=False, response_class=HTMLResponse)
def network_page(store: StoreDep, pages: PagesDep, spec: NetworkSpec) -> HTMLResponse:
    graph = DRAWN.get(store, spec)
    rows = network_rows(graph)
    return pages.render(
        "network.html.j2",
        svg=network_svg(graph),
        nodes=rows["nodes"],
        edges=rows["edges"],
        names={n["id"]: n["name"] for n in rows["nodes"]},
        spec=spec,
        types=sorted(spec.types),
        outlets=store.outlets(),
        colours=TYPE_COLOURS,
        other_colour=OTHER_COLOUR,
        max_top=MAX_TOP,
        api_query=api_query(spec),
        filtered=spec != NetworkFilter(top=DEFAULT_TOP),
    )


@router.get("/api/network", response_model=NetworkOut, tags=["entities"], summary="The entity co-mention network of the top entities")
def api_network(store: StoreDep, spec: NetworkSpec) -> Any:
    """Two entities are linked when an article names both; an edge's weight is the number of such articles."""
    return network_rows(DRAWN.get(store, spec))


def entity_context(store: Store, entity: dict[str, Any], story_rows: list[dict[str, Any]]) -> dict[str, Any]:
    """What an entity page shows beside its stories: the entities named with it, its articles per day (a chart and a
    table) and the events naming it in ``story_rows`` (the stories listed), on a timeline."""
    name = str(entity.get("name") or "")
    days = entity_days(store, entity["id"])
    events = events_naming(store, [r["id"] for r in story_rows], [name, *(entity.get("aliases") or [])])
    events.sort(key=lambda row: when_key(row.get("when")))
    return {
        "co_occurring": co_occurring(store, entity["id"]),
        "days": days[-DAYS_LISTED:][::-1],
        "days_total": len(days),
        "day_chart": counts_svg(days, f"Articles naming {name}"),
        "events": events,
        "events_plot": timeline_svg(events, title=f"Events naming {name}"),
    }
