"""A story's outlets side by side: for each outlet its articles, whom it quotes, whom it cites, and what it leaves out.

Pure functions over the story's article dicts (``analysis.json``'s, or the
store's) and the story itself (a ``Story`` or its dict). What an outlet "leaves
out" follows one stated rule (``LEFT_OUT_RULE``): a fact -- an entity named, a
dated event of the story's timeline, a developing figure -- that at least
``MIN_OTHER_OUTLETS`` other outlets of the story report and none of this
outlet's articles does. Entities are told apart by their store entity
(``global_id``), else by type and name, so "Suryani" of two outlets is one
person once the store has linked them.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from telisik.analyses.coverage import outlet_of
from telisik.records.stories import Story

Row = Mapping[str, Any]
# a fact is left out by an outlet when at least this many other outlets report it
MIN_OTHER_OUTLETS = 2
LEFT_OUT_RULE = (
    f"An outlet leaves out a fact when at least {MIN_OTHER_OUTLETS} other outlets of the story report it and none of its "
    "own articles does: a person, organisation or place they name, a dated event of the story's timeline, "
    "or a developing figure."
)
UNNAMED = "(unnamed speaker)"


@dataclass
class Named:
    """Something an outlet names, quotes or cites, how often, and its store entity when it has one."""

    name: str
    count: int
    entity: str | None = None
    type: str | None = None


@dataclass
class Fact:
    """A fact of the story some outlets report: an entity, an event or a figure, and which outlets report it."""

    kind: str  # "entity", "event" or "figure"
    label: str
    outlets: list[str]
    entity: str | None = None  # the store entity of an entity fact


@dataclass
class OutletSide:
    """One outlet's side of a story."""

    outlet: str
    articles: list[dict[str, Any]] = field(default_factory=list)  # id, title, published
    speakers: list[Named] = field(default_factory=list)  # whom it quotes, most quoted first
    cited: list[Named] = field(default_factory=list)  # the media it cites, most cited first
    named: list[Named] = field(default_factory=list)  # the entities it names, in most articles first
    left_out: list[Fact] = field(default_factory=list)  # what >= 2 other outlets report and it does not


def _dicts(value: Any) -> list[Mapping[str, Any]]:
    return [v for v in value if isinstance(v, Mapping)] if isinstance(value, list) else []


def _entity_key(e: Row) -> str:
    gid = e.get("global_id")
    return f"E:{gid}" if gid else f"N:{e.get('type') or ''}:{str(e.get('name') or '').casefold()}"


def _speakers(articles: Sequence[Row]) -> list[Named]:
    """Whom the articles quote: a speaker by store entity when the quote has one, else by name as written."""
    counts: Counter[str] = Counter()
    names: dict[str, Named] = {}
    for a in articles:
        entities = {str(e.get("id")): e for e in _dicts(a.get("entities"))}
        for q in _dicts(a.get("quotes")):
            ent = entities.get(str(q.get("speaker_entity") or ""))
            name = str((ent or {}).get("name") or q.get("speaker") or "").strip() or UNNAMED
            key = _entity_key(ent) if ent else f"S:{name.casefold()}"
            counts[key] += 1
            names.setdefault(key, Named(name, 0, (ent or {}).get("global_id"), (ent or {}).get("type")))
    for key, n in counts.items():
        names[key].count = n
    return sorted(names.values(), key=lambda s: (s.name == UNNAMED, -s.count, s.name.casefold()))


def _cited(articles: Sequence[Row]) -> list[Named]:
    counts: Counter[str] = Counter()
    for a in articles:
        for c in _dicts(a.get("citations")):
            if source := str(c.get("source") or "").strip():
                counts[source] += 1
    return [Named(s, n) for s, n in sorted(counts.items(), key=lambda item: (-item[1], item[0].casefold()))]


def _named(articles: Sequence[Row]) -> tuple[dict[str, Named], dict[str, int]]:
    """The entities the articles name, by key, and in how many of the articles each is named."""
    found: dict[str, Named] = {}
    in_articles: Counter[str] = Counter()
    for a in articles:
        for key, e in {_entity_key(e): e for e in _dicts(a.get("entities")) if e.get("name")}.items():
            in_articles[key] += 1
            found.setdefault(key, Named(str(e["name"]), 0, e.get("global_id"), e.get("type")))
    for key, n in in_articles.items():
        found[key].count = n
    return found, dict(in_articles)


def _counting(articles: Sequence[Row], event_type: str | None) -> list[str]:
    """The ids of the articles that give a figure with an event of the type (the series of a developing
    figure lists only the articles that moved it, not every one that gave a figure)."""
    return [
        str(a.get("id"))
        for a in articles
        if any(e.get("count") is not None and e.get("type") == event_type for e in _dicts(a.get("events")))
    ]


def _story_facts(story: Story | None, articles: Sequence[Row], outlet_by_article: Mapping[str, str]) -> list[Fact]:
    """The story's timeline events and developing figures, each with the outlets whose articles report it."""
    if story is None:
        return []
    facts = []
    for t in story.timeline:
        who = ", ".join(t.who)
        label = " · ".join(p for p in (t.when, t.type, who, t.where or "") if p)
        facts.append(Fact("event", label, _outlets_of(t.articles, outlet_by_article)))
    for u in story.updates:
        reporting = [i for p in u.series for i in p.articles] + (_counting(articles, u.type) if u.type else [])
        facts.append(Fact("figure", u.about, _outlets_of(reporting, outlet_by_article)))
    return facts


def _outlets_of(article_ids: Sequence[str], outlet_by_article: Mapping[str, str]) -> list[str]:
    return sorted({outlet_by_article[i] for i in article_ids if i in outlet_by_article}, key=str.casefold)


def as_story(story: Story | Row | None) -> Story | None:
    if story is None or isinstance(story, Story):
        return story
    return Story.from_dict(dict(story))


def side_by_side(articles: Sequence[Row], story: Story | Row | None = None, min_others: int = MIN_OTHER_OUTLETS) -> list[OutletSide]:
    """Each outlet of the story's ``articles``, the outlet with the most articles first: its articles, the
    speakers it quotes, the media it cites, the entities it names, and what it leaves out (``LEFT_OUT_RULE``;
    events and figures come from ``story``'s timeline and developing figures, when given)."""
    by_outlet: dict[str, list[Row]] = {}
    for a in articles:
        by_outlet.setdefault(outlet_of(a), []).append(a)
    outlet_by_article = {str(a.get("id")): outlet_of(a) for a in articles}
    named = {o: _named(rows)[0] for o, rows in by_outlet.items()}
    entity_facts: dict[str, Fact] = {}
    for o, found in named.items():
        for key, n in found.items():
            fact = entity_facts.setdefault(key, Fact("entity", f"{n.name} ({n.type})" if n.type else n.name, [], n.entity))
            fact.outlets.append(o)
    for fact in entity_facts.values():
        fact.outlets.sort(key=str.casefold)
    facts = list(entity_facts.values()) + _story_facts(as_story(story), articles, outlet_by_article)
    sides = []
    for o, rows in sorted(by_outlet.items(), key=lambda item: (-len(item[1]), item[0].casefold())):
        left_out = [f for f in facts if o not in f.outlets and len(f.outlets) >= min_others]
        left_out.sort(key=lambda f: (-len(f.outlets), ("entity", "event", "figure").index(f.kind), f.label.casefold()))
        sides.append(
            OutletSide(
                outlet=o,
                articles=[{"id": a.get("id"), "title": a.get("title"), "published": a.get("published")} for a in rows],
                speakers=_speakers(rows),
                cited=_cited(rows),
                named=sorted(named[o].values(), key=lambda n: (-n.count, n.name.casefold())),
                left_out=left_out,
            )
        )
    return sides
