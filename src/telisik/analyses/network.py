"""The entity co-mention network: two entities are linked when one article names both.

An edge's ``weight`` is the number of articles naming both; a node carries the entity's
``name`` (also as ``label``, which Gephi shows), ``type`` and ``articles`` (the number of
articles naming it). The functions here work on plain rows, ``Mention`` (an entity named in an
article, with the article's outlet and day for the filters) and ``EntityInfo``, so the graph
comes the same way from a store (``telisik.store.network``) or from an analysis document
(``mentions_from_document``). ``write_graph`` writes GraphML or GEXF with networkx's writers,
for Gephi, networkx and igraph.

Names come from news pages: ``clean_text`` takes out what XML cannot carry (control characters,
lone surrogates, non-characters) before anything is written.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any, BinaryIO

import networkx as nx

from telisik.stories.article import article_day

FORMATS = ("graphml", "gexf")
# what decides which nodes a top-N network keeps: the most articles, or the most neighbours
RANKS = ("articles", "degree")
LAYOUT_SEED = 18
# a network drawn on a page, or answered by the API, has at most this many nodes
MAX_TOP = 200

# C0 and C1 controls, surrogates and the non-characters XML 1.0 refuses; tab and newline read as a space
_UNWRITABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True)
class EntityInfo:
    id: str
    name: str
    type: str


@dataclass(frozen=True)
class Mention:
    """An entity named in an article, with what the filters read of the article."""

    article_id: str
    entity_id: str
    outlet: str | None = None
    day: date | None = None


@dataclass(frozen=True)
class NetworkFilter:
    """Which part of the network to build. Empty ``types``: every type; ``top`` None: every node."""

    types: frozenset[str] = frozenset()
    min_weight: int = 1
    since: date | None = None
    until: date | None = None
    outlet: str | None = None
    top: int | None = None
    rank: str = "articles"

    def __post_init__(self) -> None:
        if self.rank not in RANKS:
            raise ValueError(f"unknown network rank {self.rank!r} ({', '.join(RANKS)})")
        if self.min_weight < 1 or (self.top is not None and self.top < 1):
            raise ValueError("min_weight and top are counts from 1")

    def keeps_article(self, outlet: str | None, day: date | None) -> bool:
        if self.outlet and outlet != self.outlet:
            return False
        if self.since and (day is None or day < self.since):
            return False
        return not (self.until and (day is None or day > self.until))


def clean_text(value: Any) -> str:
    """Text that XML (GraphML, GEXF, SVG) can carry: no control character, surrogate or non-character, spaces collapsed."""
    return _SPACES.sub(" ", _UNWRITABLE.sub(" ", "" if value is None else str(value))).strip()


def filtered(mentions: Iterable[Mention], entities: Mapping[str, EntityInfo], spec: NetworkFilter) -> list[Mention]:
    """The mentions of known entities of the wanted types, in the wanted outlet and days, each (article, entity) once."""
    kept: dict[tuple[str, str], Mention] = {}
    for m in mentions:
        info = entities.get(m.entity_id)
        if info is None or (spec.types and info.type not in spec.types) or not spec.keeps_article(m.outlet, m.day):
            continue
        kept.setdefault((m.article_id, m.entity_id), m)
    return list(kept.values())


def article_counts(mentions: Iterable[Mention]) -> Counter[str]:
    """How many articles name each entity (each (article, entity) counted once)."""
    return Counter(entity for _, entity in {(m.article_id, m.entity_id) for m in mentions})


def pair_counts(mentions: Iterable[Mention]) -> Counter[tuple[str, str]]:
    """How many articles name each pair of entities, the pair's ids in sorted order."""
    by_article: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        by_article[m.article_id].add(m.entity_id)
    pairs: Counter[tuple[str, str]] = Counter()
    for ids in by_article.values():
        pairs.update(combinations(sorted(ids), 2))
    return pairs


def graph_from_counts(
    entities: Mapping[str, EntityInfo],
    counts: Mapping[str, int],
    pairs: Mapping[tuple[str, str], int],
    *,
    min_weight: int = 1,
    top: int | None = None,
    rank: str = "articles",
) -> nx.Graph:
    """The network of counted entities and pairs: edges of at least ``min_weight`` articles, the ``top`` nodes by ``rank``.

    Nodes are added most articles first (ties by id), so a layout seeded the same
    way draws the same picture each time.
    """
    order = sorted((e for e in counts if e in entities), key=lambda e: (-counts[e], e))
    edges = {p: w for p, w in pairs.items() if w >= min_weight and p[0] in entities and p[1] in entities and p[0] != p[1]}
    if top is not None and rank == "articles":
        order = order[:top]
    elif top is not None:
        degree: Counter[str] = Counter()
        for a, b in edges:
            degree.update((a, b))
        order = sorted(order, key=lambda e: (-degree[e], -counts[e], e))[:top]
        order = sorted(order, key=lambda e: (-counts[e], e))
    graph = nx.Graph()
    for entity in order:
        info = entities[entity]
        name = clean_text(info.name) or entity
        graph.add_node(entity, label=name, name=name, type=clean_text(info.type), articles=int(counts[entity]))
    for (a, b), weight in sorted(edges.items(), key=lambda item: (-item[1], item[0])):
        if a in graph and b in graph:
            graph.add_edge(a, b, weight=int(weight))
    return graph


def build_graph(mentions: Iterable[Mention], entities: Mapping[str, EntityInfo], spec: NetworkFilter | None = None) -> nx.Graph:
    """The co-mention network of ``mentions``, filtered as ``spec`` says."""
    spec = spec or NetworkFilter()
    kept = filtered(mentions, entities, spec)
    return graph_from_counts(entities, article_counts(kept), pair_counts(kept), min_weight=spec.min_weight, top=spec.top, rank=spec.rank)


def _text_or_none(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def mentions_from_document(document: Mapping[str, Any]) -> tuple[list[Mention], dict[str, EntityInfo]]:
    """The mentions and entities of an analysis document (``shared/spec/output.md``).

    An article's entities name their collection entity by ``global_id``; the
    collection's ``entities`` list their ``articles`` too, and both are read. A
    record that is not of the contract's shape is passed over.
    """
    entities: dict[str, EntityInfo] = {}
    for e in _records(document.get("entities")):
        if (eid := _text_or_none(e.get("id"))) is not None:
            entities[eid] = EntityInfo(eid, str(e.get("name") or eid), str(e.get("type") or ""))
    articles = {aid: a for a in _records(document.get("articles")) if (aid := _text_or_none(a.get("id"))) is not None}
    pairs: dict[tuple[str, str], None] = {}
    for aid, article in articles.items():
        for local in _records(article.get("entities")):
            if (gid := _text_or_none(local.get("global_id"))) is not None:
                pairs[(aid, gid)] = None
    for e in _records(document.get("entities")):
        eid = _text_or_none(e.get("id"))
        listed = e.get("articles")
        if eid is not None and isinstance(listed, list):
            pairs.update(((aid, eid), None) for aid in listed if isinstance(aid, str) and aid)
    mentions = [Mention(aid, eid, *_where_and_when(articles.get(aid))) for aid, eid in pairs]
    return mentions, entities


def _records(value: Any) -> list[Mapping[str, Any]]:
    return [r for r in value if isinstance(r, Mapping)] if isinstance(value, list) else []


def _where_and_when(article: Mapping[str, Any] | None) -> tuple[str | None, date | None]:
    if article is None:
        return None, None
    try:
        day = article_day(article)
    except (TypeError, ValueError, AttributeError):
        day = None
    return _text_or_none(article.get("outlet")), day


def write_graph(graph: nx.Graph, path: str | Path | BinaryIO, fmt: str) -> str | Path | BinaryIO:
    """Write ``graph`` as GraphML or GEXF to a path or a binary file; every string written is ``clean_text``, every count an int."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown network format {fmt!r} ({', '.join(FORMATS)})")
    safe = nx.Graph()
    for node, attrs in graph.nodes(data=True):
        safe.add_node(clean_text(node), **{k: _writable(v) for k, v in attrs.items()})
    for a, b, attrs in graph.edges(data=True):
        safe.add_edge(clean_text(a), clean_text(b), **{k: _writable(v) for k, v in attrs.items()})
    target = path if hasattr(path, "write") else Path(path)
    if fmt == "graphml":
        nx.write_graphml(safe, target, encoding="utf-8")
    else:
        nx.write_gexf(safe, target, encoding="utf-8")
    return target


def _writable(value: Any) -> str | int | float:
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, (int, float)):
        return value
    return clean_text(value)


def layout(graph: nx.Graph, aspect: float = 1.5) -> dict[str, tuple[float, float]]:
    """Where each node is drawn, in [0, 1] x [0, 1]: each connected part laid out by a seeded spring layout (by edge
    weight) in a square of its own, as large as the part, the squares packed in rows, largest first, in a frame
    ``aspect`` times as wide as high. One graph is drawn one way; a spring layout of the whole graph would push
    the parts to its corners and crowd each one."""
    parts = sorted((sorted(c) for c in nx.connected_components(graph)), key=lambda c: (-len(c), c[0]))
    if not parts:
        return {}
    sides = [len(c) ** 0.5 for c in parts]
    row_width = max(max(sides), (aspect * sum(s * s for s in sides)) ** 0.5)
    corners, width, height = _shelves(sides, row_width)
    placed: dict[str, tuple[float, float]] = {}
    for part, side, (left, top) in zip(parts, sides, corners, strict=True):
        for node, (x, y) in _part_layout(graph.subgraph(part)).items():
            # a margin of a tenth of the square around each part keeps the parts apart
            placed[node] = ((left + side * (0.1 + 0.8 * x)) / width, (top + side * (0.1 + 0.8 * y)) / height)
    return placed


def _shelves(sides: list[float], row_width: float) -> tuple[list[tuple[float, float]], float, float]:
    """The top-left corners of squares of ``sides`` packed in rows no wider than ``row_width``, and the width and height used."""
    corners: list[tuple[float, float]] = []
    x = y = row_height = width = 0.0
    for side in sides:
        if x > 0 and x + side > row_width + 1e-9:
            x, y, row_height = 0.0, y + row_height, 0.0
        corners.append((x, y))
        x += side
        row_height = max(row_height, side)
        width = max(width, x)
    return corners, width, y + row_height


def _part_layout(part: nx.Graph) -> dict[str, tuple[float, float]]:
    """A connected graph's spring layout, scaled to [0, 1] x [0, 1] (a lone node in the middle)."""
    if part.number_of_nodes() == 1:
        return {next(iter(part.nodes)): (0.5, 0.5)}
    ordered = nx.Graph()
    ordered.add_nodes_from(sorted(part.nodes))
    ordered.add_edges_from(sorted(part.edges(data=True)))
    positions = nx.spring_layout(ordered, weight="weight", seed=LAYOUT_SEED)
    xs = [float(p[0]) for p in positions.values()]
    ys = [float(p[1]) for p in positions.values()]

    def scale(v: float, lo: float, hi: float) -> float:
        return 0.5 if hi - lo < 1e-9 else (v - lo) / (hi - lo)

    return {node: (scale(float(p[0]), min(xs), max(xs)), scale(float(p[1]), min(ys), max(ys))) for node, p in positions.items()}
