"""Entities linked across the articles of a collection: the top-level ``entities`` and each article entity's ``global_id``.

Two article entities are one when they have the same type and share a key
(``nlp.entities.entity_keys``: the folded name, a folded mention of two or more
words, the gazetteer's name), directly or through others.
"""

from __future__ import annotations

import heapq
from bisect import bisect_left
from collections.abc import Mapping, MutableMapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from telisik.nlp.entities import EntityLexicon, UnionFind, default_lexicon, entity_keys, entity_name
from telisik.records.entities import CollectionEntity, Entity

KEY_MAP_VERSION = 1

ArticleEntity = Entity | Mapping[str, Any]


class HasEntities(Protocol):
    id: str
    entities: Any


@dataclass(frozen=True)
class _Member:
    """One article entity, as the collection's entity keeps it."""

    node: int  # its number in the order the entities were added
    article: str
    local: str
    name: str
    type: str
    mentions: tuple[str, ...]


def _local_id(ent: ArticleEntity, position: int) -> str:
    """An article entity's id (its position, from 1, where it has none: the batch engine's light entities)."""
    if isinstance(ent, Entity):
        return ent.id
    return str(ent.get("id") or position + 1)


def _member(node: int, article_id: str, position: int, ent: ArticleEntity) -> _Member:
    if isinstance(ent, Entity):
        return _Member(node, article_id, ent.id, ent.name, ent.type, tuple(m.text for m in ent.mentions))
    mentions = tuple(m["text"] for m in ent.get("mentions", []))
    return _Member(node, article_id, _local_id(ent, position), ent["name"], ent["type"], mentions)


class EntityLinker:
    """Links article entities into the collection's entities, article by article.

    Every article entity added is a node, numbered in the order added; nodes
    sharing a (type, key) are one entity (a union-find whose root is the
    entity's first node). The collection's entities are numbered ``E1``, ``E2``,
    ... in the order of their first node, as ``link_across`` has always numbered
    them, so adding the articles one by one gives what linking them all at once
    gives. A later article can join two entities into one (its entity shares a
    key with each): the entity then keeps the earlier one's number, and those
    after it move down one. ``add`` returns the ids as they stand after the
    article; ``global_ids`` gives the current ones of every article.

    To continue linking in a later run, persist ``key_map()`` (a JSON-able dict:
    the (type, key) -> entity table, and each entity's members with their
    article, local id, name, type and mention texts) and start from
    ``EntityLinker.from_key_map(saved)``. A store keeps it as one JSON document,
    or spreads it over its tables: "keys" rows are its entity keys, "entities"
    its entities with their article links.
    """

    def __init__(self, lexicon: EntityLexicon | None = None):
        self.lexicon = lexicon or default_lexicon()
        self._sets = UnionFind()  # over nodes
        self._owner: dict[tuple[str, str], int] = {}
        self._members: dict[int, list[_Member]] = {}  # root -> members in node order
        self._roots: list[int] = []  # sorted

    # -- linking

    def add(self, article_id: str, entities: Sequence[ArticleEntity]) -> dict[str, str]:
        """Link an article's entities; their global ids by local id."""
        nodes = self.add_nodes(article_id, entities)
        return {_local_id(ent, i): self.global_id(node) for i, (ent, node) in enumerate(zip(entities, nodes, strict=True))}

    def add_nodes(self, article_id: str, entities: Sequence[ArticleEntity]) -> list[int]:
        """Link an article's entities; their node numbers (``global_id`` gives their current ids)."""
        return [self._add_entity(article_id, i, ent) for i, ent in enumerate(entities)]

    def _add_entity(self, article_id: str, position: int, ent: ArticleEntity) -> int:
        node = self._sets.add()
        member = _member(node, article_id, position, ent)
        self._members[node] = [member]
        self._roots.append(node)
        for key in entity_keys(ent, self.lexicon):
            joined = self._sets.union(node, self._owner.setdefault((member.type, key), node))
            if joined is not None:
                self._join(*joined)
        return node

    def _join(self, keep: int, gone: int) -> None:
        """The members of entity ``gone`` into entity ``keep``, in node order."""
        kept, moved = self._members[keep], self._members.pop(gone)
        if kept[-1].node < moved[0].node:
            kept.extend(moved)
        else:
            self._members[keep] = list(heapq.merge(kept, moved, key=lambda m: m.node))
        del self._roots[bisect_left(self._roots, gone)]

    # -- what is linked

    def global_id(self, node: int) -> str:
        """The current id of the entity a node belongs to."""
        return f"E{bisect_left(self._roots, self._sets.find(node)) + 1}"

    def global_ids(self) -> dict[str, dict[str, str]]:
        """article id -> local entity id -> current global id."""
        out: dict[str, dict[str, str]] = {}
        for n, root in enumerate(self._roots, start=1):
            for m in self._members[root]:
                out.setdefault(m.article, {})[m.local] = f"E{n}"
        return out

    def entities(self) -> list[CollectionEntity]:
        """The collection's entities, in the order of their first mention."""
        return [self._entity(n, self._members[root]) for n, root in enumerate(self._roots, start=1)]

    def _entity(self, n: int, members: list[_Member]) -> CollectionEntity:
        name = entity_name([m.name for m in members], [t for m in members for t in m.mentions], self.lexicon)
        forms = [form for m in members for form in (m.name, *m.mentions)]
        articles = list(dict.fromkeys(m.article for m in members))
        aliases = [f for f in dict.fromkeys(forms) if f != name]
        return CollectionEntity(id=f"E{n}", name=name, type=members[0].type, aliases=aliases, articles=articles)

    # -- persistence

    def key_map(self) -> dict[str, Any]:
        """What linking has learnt, as plain JSON, for ``from_key_map``."""
        return {
            "version": KEY_MAP_VERSION,
            "next": len(self._sets.parent),
            "keys": [[kind, key, self._sets.find(node)] for (kind, key), node in self._owner.items()],
            "entities": [
                [[m.node, m.article, m.local, m.name, m.type, list(m.mentions)] for m in self._members[root]] for root in self._roots
            ],
        }

    @classmethod
    def from_key_map(cls, data: Mapping[str, Any], lexicon: EntityLexicon | None = None) -> EntityLinker:
        """A linker that continues from a ``key_map``."""
        if data.get("version") != KEY_MAP_VERSION:
            raise ValueError(f"unknown entity key map version: {data.get('version')!r}")
        linker = cls(lexicon)
        linker._sets = UnionFind(int(data["next"]))
        for rows in data["entities"]:
            members = [_Member(int(node), article, local, name, kind, tuple(texts)) for node, article, local, name, kind, texts in rows]
            root = members[0].node
            linker._members[root] = members
            linker._roots.append(root)
            for m in members:
                linker._sets.parent[m.node] = root
        linker._roots.sort()
        linker._owner = {(kind, key): int(node) for kind, key, node in data["keys"]}
        return linker


def _set_global_id(ent: ArticleEntity, gid: str) -> None:
    if isinstance(ent, Entity):
        ent.global_id = gid
    elif isinstance(ent, MutableMapping):
        ent["global_id"] = gid


def link_across(articles: Sequence[HasEntities]) -> list[dict[str, Any]]:
    """The document-level ``entities`` list (as dicts); sets each article entity's ``global_id``."""
    linker = EntityLinker()
    added = [(ent, node) for a in articles for ent, node in zip(a.entities or [], linker.add_nodes(a.id, a.entities or []), strict=True)]
    for ent, node in added:
        _set_global_id(ent, linker.global_id(node))
    return [e.to_dict() for e in linker.entities()]
