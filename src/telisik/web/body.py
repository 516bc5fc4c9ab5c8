"""An article body as HTML paragraphs: entity mentions (linked), time expressions and quotes marked.

Every piece of page text goes through ``escape``; only the tags and the
attribute values built here from escaped text are markup. The article is a
stored dict; offsets that are missing, not numbers or out of the body are
skipped, so one odd fact never breaks the page.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import groupby
from typing import Any, Protocol

from markupsafe import Markup, escape


class Mark(Protocol):
    def wrap(self, inner: Markup) -> Markup: ...


@dataclass(frozen=True)
class EntityMark:
    kind: str
    name: str
    href: str | None  # None: the entity has no store id to link to

    def wrap(self, inner: Markup) -> Markup:
        tip = f"{self.kind}: {self.name}" if self.kind else self.name
        if self.href:
            return Markup('<a class="ent ent-{}" href="{}" title="{}">{}</a>').format(self.kind, self.href, tip, inner)
        return Markup('<span class="ent ent-{}" title="{}">{}</span>').format(self.kind, tip, inner)


@dataclass(frozen=True)
class TimexMark:
    tip: str

    def wrap(self, inner: Markup) -> Markup:
        return Markup('<span class="timex" title="{}">{}</span>').format(self.tip, inner)


@dataclass(frozen=True)
class QuoteMark:
    tip: str
    direct: bool

    def wrap(self, inner: Markup) -> Markup:
        return Markup('<span class="{}" title="{}">{}</span>').format("quote direct" if self.direct else "quote", self.tip, inner)


Span = tuple[int, int, Mark]


@dataclass
class Layer:
    """Marks that do not overlap, earlier first (of two that start together, the longer)."""

    spans: list[Span] = field(default_factory=list)
    starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, spans: Iterable[Span]) -> Layer:
        layer = cls()
        for start, end, mark in sorted(spans, key=lambda s: (s[0], -s[1])):
            if not layer.spans or start >= layer.spans[-1][1]:
                layer.spans.append((start, end, mark))
                layer.starts.append(start)
        return layer

    def covering(self, at: int) -> int | None:
        """The index of the span covering ``at``, if any."""
        i = bisect_right(self.starts, at) - 1
        return i if i >= 0 and self.spans[i][1] > at else None

    def wrap(self, which: int | None, inner: Markup) -> Markup:
        return inner if which is None else self.spans[which][2].wrap(inner)


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def _items(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list | tuple) else []


def _span(item: Mapping[str, Any], size: int) -> tuple[int, int] | None:
    start, end = item.get("start"), item.get("end")
    if isinstance(start, int) and isinstance(end, int) and not isinstance(start, bool) and 0 <= start < end <= size:
        return start, end
    return None


def _entity_spans(article: Mapping[str, Any], size: int, entity_href: Callable[[str], str]) -> Iterator[Span]:
    for e in _items(article.get("entities")):
        gid = _text(e.get("global_id"))
        mark = EntityMark(_text(e.get("type")), _text(e.get("name")), entity_href(gid) if gid else None)
        for m in _items(e.get("mentions")):
            if span := _span(m, size):
                yield (*span, mark)


def _timex_tip(t: Mapping[str, Any]) -> str:
    value = t.get("value")
    shown = value if value is not None else "(no value: " + _text(t.get("invalid")) + ")"
    return f"{_text(t.get('type'))} {shown}".strip()


def _timex_spans(article: Mapping[str, Any], size: int) -> Iterator[Span]:
    for t in _items(article.get("timexes")):
        if span := _span(t, size):
            yield (*span, TimexMark(_timex_tip(t)))


def _quote_spans(article: Mapping[str, Any], size: int) -> Iterator[Span]:
    for q in _items(article.get("quotes")):
        if span := _span(q, size):
            tip = " · ".join(x for x in (_text(q.get("speaker")) or "unnamed speaker", _text(q.get("cue"))) if x)
            yield (*span, QuoteMark(tip, bool(q.get("direct"))))


def paragraph_spans(body: str) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (text between blank lines) that is not blank."""
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


def _cuts(start: int, end: int, layers: Sequence[Layer]) -> list[int]:
    """Where a mark begins or ends inside the paragraph, and its own ends: the pieces' boundaries."""
    cuts = {start, end}
    for layer in layers:
        for s, e, _ in layer.spans:
            cuts.update(p for p in (s, e) if start < p < end)
    return sorted(cuts)


def _paragraph(body: str, start: int, end: int, inner: Layer, quotes: Layer) -> Markup:
    points = _cuts(start, end, (inner, quotes))
    pieces = [(a, b, quotes.covering(a), inner.covering(a)) for a, b in zip(points, points[1:], strict=False)]
    html = []
    for qi, run in groupby(pieces, key=lambda p: p[2]):
        parts = [inner.wrap(ii, escape(body[grp[0][0] : grp[-1][1]])) for ii, g in groupby(run, key=lambda p: p[3]) for grp in [list(g)]]
        html.append(quotes.wrap(qi, Markup("").join(parts)))
    return Markup("").join(html)


def highlight_body(article: Mapping[str, Any], entity_href: Callable[[str], str]) -> list[Markup]:
    """The body's paragraphs as HTML; a mention wins over a time expression it overlaps, quotes enclose both."""
    body = _text(article.get("body"))
    size = len(body)
    inner = Layer.of([*_entity_spans(article, size, entity_href), *_timex_spans(article, size)])
    quotes = Layer.of(_quote_spans(article, size))
    return [_paragraph(body, start, end, inner, quotes) for start, end in paragraph_spans(body)]
