"""What the pages show beside a stored record: a story's speakers and cited media, pagers, path segments."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any
from urllib.parse import quote, urlencode

from telisik.records.entities import Entity
from telisik.records.pages import Article
from telisik.records.quotes import Quote

UNNAMED = "(unnamed speaker)"


def _text(value: Any) -> str:
    return "" if value is None else str(value)


def seg(value: Any) -> str:
    """A path segment: every character that is not plain is percent-encoded, "/" included."""
    return quote(_text(value), safe="")


@dataclass
class SpeakerGroup:
    """One speaker's quotes, each text once with every article that carries it."""

    name: str
    entity: str | None
    quotes: list[dict[str, Any]] = field(default_factory=list)
    texts: dict[str, dict[str, Any]] = field(default_factory=dict)

    def add(self, article_id: str, text: str, quote: Quote) -> None:
        same = self.texts.get(text)
        if same is not None:
            if article_id not in same["articles"]:
                same["articles"].append(article_id)
            return
        item = {"text": text, "direct": quote.direct, "cue": quote.cue or "", "articles": [article_id]}
        self.texts[text] = item
        self.quotes.append(item)

    def view(self) -> dict[str, Any]:
        return {"name": self.name, "entity": self.entity, "quotes": self.quotes}


def _speaker(quote: Quote, entities: Mapping[str, Entity]) -> tuple[str, str, str]:
    """The group key of a quote's speaker (store entity when there is one), its name and entity id."""
    ent = entities.get(quote.speaker_entity or "")
    gid = (ent.global_id or "") if ent else ""
    speaker = (quote.speaker or "").strip()
    name = ent.name if ent else speaker
    return (f"E:{gid}" if gid else f"S:{speaker.casefold()}"), name, gid


def quotes_by_speaker(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """The articles' quotes grouped by speaker (store entity when there is one), most quoted first.

    A quote that several articles carry word for word is one quote with all of them as sources.
    """
    groups: dict[str, SpeakerGroup] = {}
    for a in articles:
        entities = {e.id: e for e in a.entities}
        for q in a.quotes:
            if text := q.text.strip():
                key, name, gid = _speaker(q, entities)
                groups.setdefault(key, SpeakerGroup(name or UNNAMED, gid or None)).add(a.id, text, q)
    out = [g.view() for g in groups.values()]
    out.sort(key=lambda g: (g["name"] == UNNAMED, -len(g["quotes"]), g["name"].casefold()))
    return out


def cited_media(articles: Sequence[Article]) -> list[dict[str, Any]]:
    """The news organisations the articles cite: how often, and which articles."""
    found: dict[str, dict[str, Any]] = {}
    for a in articles:
        for c in a.citations:
            if source := c.source.strip():
                item = found.setdefault(source, {"source": source, "mentions": 0, "articles": []})
                item["mentions"] += 1
                if a.id not in item["articles"]:
                    item["articles"].append(a.id)
    return sorted(found.values(), key=lambda c: (-len(c["articles"]), -c["mentions"], c["source"].casefold()))


def query_string(params: Mapping[str, Any]) -> str:
    kept = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in params.items() if v not in (None, "")}
    return urlencode(kept)


def pager(total: int, page: int, size: int, params: Mapping[str, Any], path: str) -> dict[str, Any]:
    """Where a list page stands: page n of m, rows shown, and links to the pages either side (filters kept)."""
    pages = max(1, -(-total // size))

    def link(n: int) -> str:
        qs = query_string({**params, "page": n if n > 1 else None})
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
