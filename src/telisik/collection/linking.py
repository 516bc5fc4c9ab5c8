"""Entities linked across the articles of a collection: the top-level ``entities`` and each article entity's ``global_id``.

Two article entities are one when they have the same type and share a key
(``nlp.entities.entity_keys``: the folded name, a folded mention of two or more
words, the gazetteer's name ``kb:...``). Keys are evidence, not a chain: an
entity has at most one gazetteer identity (its ``kb:`` key), two entities with
different identities never become one, and an article entity whose keys point
at several entities joins those its own name or identity names first (and the
others its keys point at only while no two identities meet): one wrong article
entity cannot join two gazetteer entries ("Indonesia" and "KOI") for good; nor two
entities an earlier article kept apart ("Timnas Indonesia" beside "Timnas Jepang").

What a link means for a country: its bare name ("Jepang", "China", "RI") links to the country whatever the
sentence makes it stand for, its government or its people; the annotation rules type it LOC in a match report too,
but a side is no country, and a researcher after the country wants no match report. So a bare country name in an
article that names a national side (``nlp.entities.team_readings``: "Timnas Indonesia", "Samurai Biru", "Indonesia
U-17") links to no country: it joins its own side's entity where the article names that side too ("China" beside
"Timnas China"), and elsewhere to nothing: the linker sees no sentence, so it cannot tell the opponent "China"
from a World Cup's host "Kanada", and a link a reader cannot trust is worse than none. Where the article entity
carries how its own sentences read it (``reads_as``: ``nlp.entities.side_reading``), that reading decides instead:
"klub Indonesia", "Osaka, Jepang", "Arthur Irawan (Indonesia)", the World Cup's hosts ("menuju Amerika Serikat,
Kanada, dan Meksiko") link to the country in a match report too, and "Inggris menang 3-0 atas Latvia" to no
country in a report naming no side's name (England's side is no "Inggris Raya": a state that fields no side of its
own links such a name to its nation's side, "Timnas Inggris", ``home_nation_sides``). Where the text makes a name
something else, the entity is that thing and links to the country no more: "penduduk asli Amerika" (the
continent), "BPOM AS" (another state's body), "pelat nomor RI 28" (no entity), "PSIM Jogja" (the club). A news
site's address ("detik.com") is the site; its channel ("detikNews") and the network it belongs to ("Tribun", beside
Tribunnews.com) are not (``media_parts.tsv``).

One linker serves both collections: ``telisik analyze`` (``link_across``)
numbers its entities ``E1``, ``E2``, ... by first mention and names them from
all their mentions (``SequentialIds``, ``MemberNames``); the store
(``store.collection``) gives them ids from their content, keeps the least id
when two become one, and grows a stored name's aliases (its own ids policy,
``RunningNames``), loading only the part of its key map a batch touches
(``load``) and writing back what the batch changed (``changes``).
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Collection, Iterable, Iterator, Mapping, MutableMapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import Any, Protocol

from telisik.nlp.entities import entity_keys, entity_name, written_key
from telisik.nlp.entities.lexicon import EntityLexicon, default_lexicon
from telisik.nlp.entities.team_readings import nation_side, team_readings
from telisik.nlp.entities.territory_levels import headed_level, other_level_forms
from telisik.nlp.union_find import UnionFind
from telisik.records.entities import CollectionEntity, Entity
from telisik.text import name_key

KEY_MAP_VERSION = 2

KB = "kb:"  # the prefix of a gazetteer identity among an entity's keys (``entity_keys``)

# in a folding linker (``EntityLinker(fold=True)``) an entity keeps its members one by one up to this many, then folds
# them (``_Folded``): a run of 100k articles held some 1.7 KB of members an article to the end of linking. A member
# takes some 190 bytes, a fold some 1.1 KB: past six members the fold is the smaller, and a folded entity's members
# since its last fold (half the limit, on average) cost the least at a small limit. At 16 the unfolded members were the
# driver's largest growth (bench/dask_driver.py --driver-only: members and folds 9.5 MB at 15k articles, 4.5 at 6)
FOLD_MEMBERS = 6

ArticleEntity = Entity | Mapping[str, Any]


class HasEntities(Protocol):
    id: str
    entities: Any


@dataclass(frozen=True, slots=True)
class LinkedMember:
    """One article entity, as the collection's entity keeps it (one per article entity of a run: slots, no dict)."""

    node: int  # its number in the order the entities were added
    article: str
    local: str
    name: str
    type: str
    mentions: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:
        return (self.name, *self.mentions)


class _ArticleSeq:
    """The articles a folding linker was given, numbered in the order given: a folded entity lists its articles by
    number, 4 bytes an article entity, where a list of id strings and their first nodes took 16 and more (the run's
    largest growth of the driver). ``starts`` holds each article's first node: a member's article number is found
    from its node, as an article's entities are added together. An article id given twice in a row is one article,
    as the folded lists always counted it."""

    __slots__ = ("ids", "starts")

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.starts = array("i")  # (nodes: 4 bytes, as the union-find holds them)

    def add(self, article_id: str, first_node: int) -> None:
        """An article whose entities are added from node ``first_node`` on."""
        if not self.ids or self.ids[-1] != article_id:
            self.ids.append(article_id)
            self.starts.append(first_node)

    def of(self, node: int) -> int:
        """The number of the article a node belongs to."""
        return bisect_right(self.starts, node) - 1


@dataclass(slots=True)
class _Folded:
    """What naming an entity and listing its articles read of its members (``MemberNames.describe``,
    ``EntityLinker.entities``), kept instead of the members folded into it: per name of a member of the entity's type
    (``own_level_name``) its count and first node; per form of any member its first place (node, then place in the
    member's forms); the mention texts of the members of its type; its articles in node order, each once.
    Read back in node order they give the name and aliases the members give (``entity_name`` reads the names' counts and
    first-seen order and the mentions as a set). The members' own ids are not kept: a folding linker gives no links.
    Its articles are numbers of the linker's ``seq``, which are in node order as the articles are."""

    seq: _ArticleSeq
    names: dict[str, list[int]] = field(default_factory=dict)  # name -> [count, first node]
    forms: dict[str, int] = field(default_factory=dict)  # form -> node << 32 | its place in the member's forms
    mentions: dict[str, None] = field(default_factory=dict)
    articles: array = field(default_factory=lambda: array("i"))  # article numbers (``_ArticleSeq``), in node order

    def article_ids(self) -> list[str]:
        ids = self.seq.ids
        return [ids[a] for a in self.articles]


@dataclass(slots=True)
class LinkedEntity:
    """One entity of a linker: the article entities linked to it and what the policies keep of it (slots, no dict: a
    run's driver holds some 30,000 of them at 100,000 articles)."""

    id: str  # the id the ids policy gave it ("" where its id is its place)
    type: str
    first: int  # its first node, which is also its root in the linker's union-find
    members: list[LinkedMember] = field(default_factory=list)  # the article entities added to this linker, in node order
    name: str = ""  # its running name (RunningNames)
    aliases: list[str] = field(default_factory=list)
    identity: str = ""  # its gazetteer identity ("kb:Indonesia"), if any
    folded: _Folded | None = None  # the members folded (a folding linker's): ``members`` are those added since


@dataclass(frozen=True)
class KnownEntity:
    """An entity as a store keeps it: a row of its ``entities`` table."""

    id: str
    type: str
    name: str
    aliases: list[str]


@dataclass
class LinkChanges:
    """What linking a batch changed of the entities, keys and links a store keeps."""

    new: list[KnownEntity]  # entities made, by id
    changed: list[KnownEntity]  # loaded entities whose aliases grew, by id
    merged: dict[str, str]  # loaded entity id -> the id of the entity it became part of
    keys: list[tuple[str, str, str]]  # (type, key, entity id) of the keys not loaded
    links: list[tuple[str, str, str]]  # (article id, local entity id, entity id)


class EntityIds(Protocol):
    """How a linker identifies its entities."""

    def mint(self, kind: str, keys: Collection[str]) -> str | None:
        """A new entity's id ("" where its place is its id); None leaves the article entity unlinked."""
        ...

    def ordered(self, entities: Iterable[LinkedEntity]) -> list[LinkedEntity]:
        """Entities that become one, the one that survives first."""
        ...

    def label(self, entity: LinkedEntity, place: int) -> str:
        """The id an entity shows, given its place (from 1) in the order of first mention."""
        ...


class EntityNames(Protocol):
    """What a linker's entity is called as article entities join it and entities merge."""

    def start(self, entity: LinkedEntity, member: LinkedMember, lexicon: EntityLexicon) -> None: ...

    def add(self, entity: LinkedEntity, member: LinkedMember) -> None: ...

    def absorb(self, keep: LinkedEntity, gone: LinkedEntity) -> None: ...

    def describe(self, entity: LinkedEntity, lexicon: EntityLexicon) -> tuple[str, list[str]]:
        """Its name and aliases."""
        ...


class SequentialIds:
    """``E1``, ``E2``, ... in the order of first mention: the earlier entity survives a merge, those after it move down one."""

    def mint(self, kind: str, keys: Collection[str]) -> str | None:
        return ""

    def ordered(self, entities: Iterable[LinkedEntity]) -> list[LinkedEntity]:
        return sorted(entities, key=lambda e: e.first)

    def label(self, entity: LinkedEntity, place: int) -> str:
        return f"E{place}"


class MemberNames:
    """Names from every member: the gazetteer's name where the text uses it, else the canonical form; every other form an alias."""

    def start(self, entity: LinkedEntity, member: LinkedMember, lexicon: EntityLexicon) -> None:
        pass

    def add(self, entity: LinkedEntity, member: LinkedMember) -> None:
        pass

    def absorb(self, keep: LinkedEntity, gone: LinkedEntity) -> None:
        pass

    def describe(self, entity: LinkedEntity, lexicon: EntityLexicon) -> tuple[str, list[str]]:
        if entity.folded is not None:
            return _folded_name(entity, lexicon)
        members = entity.members
        # the name comes from the members of the entity's own type: a side's entity is not called by the bare
        # country names that joined it ("Jepang" of "Timnas Jepang": ``team_readings``)
        naming = [m for m in members if m.type == entity.type] or members
        name = entity_name([own_level_name(m, lexicon) for m in naming], [t for m in naming for t in m.mentions], lexicon)
        return name, [f for f in dict.fromkeys(form for m in members for form in m.forms) if f != name]


@dataclass(frozen=True)
class RunningNames:
    """A name fixed by the entity's first article entity; aliases gathered as members join, up to ``max_aliases``.

    A merge adds the absorbed entity's name and aliases to the survivor's.
    """

    max_aliases: int

    def start(self, entity: LinkedEntity, member: LinkedMember, lexicon: EntityLexicon) -> None:
        entity.name = entity_name([own_level_name(member, lexicon)], list(member.forms), lexicon)

    def add(self, entity: LinkedEntity, member: LinkedMember) -> None:
        self._grow(entity, member.forms)

    def absorb(self, keep: LinkedEntity, gone: LinkedEntity) -> None:
        self._grow(keep, [gone.name, *gone.aliases])

    def describe(self, entity: LinkedEntity, lexicon: EntityLexicon) -> tuple[str, list[str]]:
        return entity.name, entity.aliases

    def _grow(self, entity: LinkedEntity, forms: Iterable[str]) -> None:
        aliases = list(entity.aliases)
        for form in forms:
            if len(aliases) >= self.max_aliases:
                break
            if form and form != entity.name and form not in aliases:
                aliases.append(form)
        entity.aliases = aliases


def own_level_name(member: LinkedMember, lexicon: EntityLexicon) -> str:
    """A member's name, or its first headed mention where its name is a bare form of another level than its heads
    give ("Kota Jambi" of an article entity the clusterer named "Jambi", the province's name, for its dateline
    "JAMBI": ``territory_levels``): the entity is not called by a place its keys do not link it to."""
    if member.type != "LOC" or name_key(member.name) not in other_level_forms(lexicon, member.forms):
        return member.name
    return next((form for form in member.mentions if headed_level(form)[0]), member.name)


def _folded_name(entity: LinkedEntity, lexicon: EntityLexicon) -> tuple[str, list[str]]:
    """``MemberNames.describe`` of a folded entity: its names repeated by their counts in first-seen order, its mention
    texts, its forms in first-seen order."""
    folded = fold_members(entity, lexicon)
    names = [name for name, (count, _) in sorted(folded.names.items(), key=lambda kv: kv[1][1]) for _ in range(count)]
    name = entity_name(names, list(folded.mentions), lexicon)
    return name, [f for f in sorted(folded.forms, key=folded.forms.__getitem__) if f != name]


def _fold_names(folded: _Folded, member: LinkedMember, own_type: str, lexicon: EntityLexicon) -> None:
    """A member's name, mentions and forms folded (in any node order: the first node and place are kept)."""
    if member.type == own_type:
        name = own_level_name(member, lexicon)
        seen = folded.names.get(name)
        if seen is None:
            folded.names[name] = [1, member.node]
        else:
            seen[0] += 1
            seen[1] = min(seen[1], member.node)
        for text in member.mentions:
            folded.mentions.setdefault(text)
    for place, form in enumerate(member.forms):
        at = member.node << 32 | place
        if at < folded.forms.get(form, at + 1):
            folded.forms[form] = at


def _add_articles(folded: _Folded, numbers: Iterable[int]) -> None:
    """Article numbers in node order appended, each once: an article's entities are added together, so its nodes are
    next to each other and a repeat is the last one appended."""
    articles = folded.articles
    for number in numbers:
        if not articles or articles[-1] != number:
            articles.append(number)


def fold_members(entity: LinkedEntity, lexicon: EntityLexicon, seq: _ArticleSeq | None = None) -> _Folded:
    """The entity's members folded into its ``_Folded`` (made where it has none, numbering its articles by ``seq``);
    its members then none. Members join in node order after every member folded before them."""
    if entity.folded is not None:
        folded = entity.folded
    else:
        assert seq is not None, "a first fold needs the linker's article numbers"
        folded = _Folded(seq)
    for member in entity.members:
        _fold_names(folded, member, entity.type, lexicon)
    _add_articles(folded, (folded.seq.of(m.node) for m in entity.members))
    entity.folded, entity.members = folded, []
    return folded


def _fold_merged(keep: LinkedEntity, gone: LinkedEntity, lexicon: EntityLexicon) -> None:
    """Two entities' members, one of them folded, folded together into ``keep`` (their articles merged in node order):
    into ``keep``'s own fold where it has one (what a new fold would hold, in the same order: ``keep``'s first), so that
    a large entity absorbing a small one is not copied whole."""
    seq = next(e.folded.seq for e in (keep, gone) if e.folded is not None)
    articles = heapq.merge(*(_article_numbers(e, seq) for e in (keep, gone)))
    merged = keep.folded if keep.folded is not None else _Folded(seq)
    for member in keep.members:
        _fold_names(merged, member, keep.type, lexicon)
    old = gone.folded
    if old is not None:
        for name, (count, node) in old.names.items():
            seen = merged.names.setdefault(name, [0, node])
            seen[0], seen[1] = seen[0] + count, min(seen[1], node)
        for form, at in old.forms.items():
            merged.forms[form] = min(at, merged.forms.get(form, at))
        merged.mentions.update(old.mentions)
    for member in gone.members:
        _fold_names(merged, member, keep.type, lexicon)
    merged.articles = array("i")
    _add_articles(merged, articles)
    keep.folded, keep.members = merged, []
    gone.folded, gone.members = None, []


def _article_numbers(entity: LinkedEntity, seq: _ArticleSeq) -> list[int]:
    """The numbers of an entity's folded articles and members' articles, in node order (the numbers' order)."""
    folded = list(entity.folded.articles) if entity.folded is not None else []
    return folded + [seq.of(m.node) for m in entity.members]


def _articles(entity: LinkedEntity) -> Iterator[str]:
    """An entity's articles (with repeats where its members do not fold them), in node order, read lazily: the join
    check stops at the first shared one."""
    folded = entity.folded
    return chain(map(folded.seq.ids.__getitem__, folded.articles) if folded is not None else (), (m.article for m in entity.members))


def _last_article(entity: LinkedEntity) -> str | None:
    """The article of the entity's newest member."""
    if entity.members:
        return entity.members[-1].article
    folded = entity.folded
    return folded.seq.ids[folded.articles[-1]] if folded is not None and folded.articles else None


def _local_id(ent: ArticleEntity, position: int) -> str:
    """An article entity's id (its position, from 1, where it has none: the batch engine's light entities)."""
    if isinstance(ent, Entity):
        return ent.id
    return str(ent.get("id") or position + 1)


def _member(node: int, article_id: str, position: int, ent: ArticleEntity) -> LinkedMember:
    if isinstance(ent, Entity):
        return LinkedMember(node, article_id, ent.id, ent.name, ent.type, tuple(m.text for m in ent.mentions))
    mentions = tuple(m["text"] for m in ent.get("mentions") or [])
    return LinkedMember(node, article_id, _local_id(ent, position), ent["name"], ent["type"], mentions)


def _side_form(ent: ArticleEntity, side: str) -> dict[str, Any]:
    """An article entity of a bare country name as a member of its side's entity: an organisation, named by the side
    ("Timnas Inggris", not the state's "Inggris"), its mentions kept."""
    mentions = [{"text": m.text} for m in ent.mentions] if isinstance(ent, Entity) else list(ent.get("mentions") or [])
    return {"id": _local_id(ent, 0) if isinstance(ent, Entity) else ent.get("id"), "name": side, "type": "ORG", "mentions": mentions}


def _merge_members(kept: list[LinkedMember], moved: list[LinkedMember]) -> list[LinkedMember]:
    """Two entities' members, in node order."""
    if not moved or (kept and kept[-1].node < moved[0].node):
        return kept + moved
    return list(heapq.merge(kept, moved, key=lambda m: m.node))


class EntityLinker:
    """Links article entities into the collection's entities, article by article.

    Every article entity added is a node, numbered in the order added; a node
    joins the entities its (type, key)s point at that agree on one gazetteer
    identity, those its name or identity names first (``_joined``; a
    union-find whose root is the entity's first node). ``ids`` names the entities and picks which survives
    when a later article joins two (by default ``SequentialIds``: ``E1``,
    ``E2``, ... by first mention, as ``link_across`` has always numbered them,
    so adding the articles one by one gives what linking them all at once
    gives); ``names`` says what they are called (by default ``MemberNames``).
    ``add`` returns the ids as they stand after the article; ``global_ids``
    gives the current ones of every article. ``max_key_length`` drops longer
    keys (scraped debris, not names to link by).

    To continue linking in a later run, persist ``key_map()`` (a JSON-able dict)
    and start from ``EntityLinker.from_key_map(saved)``; or, where the key map
    is too large to load (a store), ``load`` only the entities and keys a batch
    touches and write back its ``changes()``.
    """

    def __init__(
        self,
        lexicon: EntityLexicon | None = None,
        ids: EntityIds | None = None,
        names: EntityNames | None = None,
        max_key_length: int | None = None,
        fold: bool = False,
    ):
        self.lexicon = lexicon or default_lexicon()
        # members folded past ``FOLD_MEMBERS`` an entity (``_Folded``): the same entities, names and ids; no links,
        # ``global_ids``, ``changes`` or ``key_map`` (the engines read ``global_id`` and ``entities`` alone)
        self.fold = fold
        self.ids: EntityIds = ids or SequentialIds()
        self.names: EntityNames = names or MemberNames()
        self.max_key_length = max_key_length
        self._sets = UnionFind()  # over nodes
        self._seq = _ArticleSeq()  # the articles by number, for the folded entities' article lists (``fold``)
        self._owner: dict[tuple[str, str], int] = {}  # (type, key) -> a node of its entity
        self._entities: dict[int, LinkedEntity] = {}  # root -> entity
        self._firsts: list[int] = []  # the entities' roots, sorted
        self._loaded: dict[str, tuple[int, list[str]]] = {}  # loaded entity id -> (its node, its aliases then)
        self._loaded_keys: set[tuple[str, str]] = set()

    # -- linking

    def keys(self, ent: ArticleEntity) -> set[str]:
        """The keys an article entity links by."""
        keys = entity_keys(ent, self.lexicon, across=True)
        if self.max_key_length is None:
            return keys
        return {k for k in keys if len(k) <= self.max_key_length}

    def add(self, article_id: str, entities: Sequence[ArticleEntity]) -> dict[str, str]:
        """Link an article's entities; the global ids of those linked, by local id."""
        nodes = self.add_nodes(article_id, entities)
        return {
            _local_id(ent, i): self.global_id(node) for i, (ent, node) in enumerate(zip(entities, nodes, strict=True)) if node is not None
        }

    def add_nodes(self, article_id: str, entities: Sequence[ArticleEntity]) -> list[int | None]:
        """Link an article's entities; their node numbers (``global_id`` gives their current ids), None for one not linked.

        A bare country name the article reads as a national side (``team_readings``, from the entities and the
        ``reads_as`` they carry) links to no country: it joins the side's entity where the article names that side
        too, and is added after the others, so that the side is there to join; elsewhere it links to nothing (None)."""
        readings = team_readings(self.lexicon, entities)
        if self.fold and entities:
            self._seq.add(article_id, len(self._sets.parent))
        nodes: list[int | None] = [None] * len(entities)
        for i, ent in enumerate(entities):
            if i not in readings:
                nodes[i] = self._add_entity(article_id, i, ent)
        for i, reading in readings.items():
            side = nodes[reading.team] if reading.team >= 0 else None
            if side is not None:
                nodes[i] = self._add_to_side(article_id, i, entities[i], side)
            elif side_name := nation_side(entities[i], reading):
                nodes[i] = self._add_as_side(article_id, i, entities[i], side_name)
            # else a side or the country, as the sentence has it: no link (and no entity of its own, one an article,
            # which would fill the collection with copies of the country) is better than a link half of them get wrong
        return nodes

    def _add_to_side(self, article_id: str, position: int, ent: ArticleEntity, side: int) -> int:
        """A country's bare name, read as the side another entity of its article names ("Jepang" beside "Samurai
        Biru"), as a member of that side's entity; it brings no key: the country's keys stay the country's."""
        node = self._sets.add()
        member = _member(node, article_id, position, ent)
        entity = self._entity_of(side)
        self._sets.union(entity.first, node)
        self._append(entity, member)
        return node

    def _add_as_side(self, article_id: str, position: int, ent: ArticleEntity, side: str) -> int | None:
        """A bare name of a state that fields no side, read as a side its article does not name ("Inggris menang 3-0
        atas Latvia": ``home_nation_sides``), linked as the side ``side`` ("Timnas Inggris"), an organisation, by the
        side's keys alone: never to the state ("Britania Raya"), whose keys its name has."""
        # the side's names: its own and its nicknames ("The Three Lions" of another article is the same side)
        names = [side, *(t.nickname for t in self.lexicon.team_nicknames if t.team == side)]
        keys = set().union(*(self.keys({"name": name, "type": "ORG", "mentions": []}) for name in names))
        return self._add_entity(article_id, position, _side_form(ent, side), keys)

    def _add_entity(self, article_id: str, position: int, ent: ArticleEntity, keys: set[str] | None = None) -> int | None:
        """Link one article entity by its keys (``keys``, where the caller gives them, instead of its own)."""
        node = self._sets.add()
        member = _member(node, article_id, position, ent)
        keys = self.keys(ent) if keys is None else keys
        identity = self._identity(member, keys)
        keys = {k for k in keys if not k.startswith(KB) or k == identity}
        found = self._joined(member, keys, identity)
        entity = self._merge(found) if found else self._start(member, self._free(member.type, keys))
        if entity is None:
            return None
        entity.identity = entity.identity or identity
        self._sets.union(entity.first, node)
        self._append(entity, member)
        for k in keys:
            self._owner.setdefault((member.type, k), node)
        return node

    def _append(self, entity: LinkedEntity, member: LinkedMember) -> None:
        entity.members.append(member)
        self.names.add(entity, member)
        if self.fold and len(entity.members) > FOLD_MEMBERS:
            fold_members(entity, self.lexicon, self._seq)

    def _free(self, kind: str, keys: Collection[str]) -> list[str]:
        """The keys no entity owns yet, for a new entity's id; where another owns them all (an entity it may not
        join), all of them as one key, which no single key equals."""
        free = [k for k in keys if (kind, k) not in self._owner]
        return free if free or not keys else ["\n".join(sorted(keys))]

    def _identity(self, member: LinkedMember, keys: Collection[str]) -> str:
        """An article entity's gazetteer identity: its only ``kb:`` key, or the one its name has ("" if none)."""
        known = sorted(k for k in keys if k.startswith(KB))
        if len(known) <= 1:
            return known[0] if known else ""
        entry = self.lexicon.known(member.name)
        return KB + entry.name if entry is not None and KB + entry.name in known else ""

    def _owner_of(self, kind: str, key: str) -> LinkedEntity | None:
        node = self._owner.get((kind, key))
        return None if node is None else self._entity_of(node)

    def _joined(self, member: LinkedMember, keys: Collection[str], identity: str) -> list[LinkedEntity]:
        """The entities an article entity joins, the survivor first: those its name or identity names,
        then those its other keys point at, each only while no two gazetteer identities meet."""
        # the name counts only where it is one of the keys: a name that links nothing across articles ("MAN",
        # a title after a name; "Man", a shuttler in a doubles pair) must not link through its name either
        named = [self._owner_of(member.type, k) for k in (written_key(member.name, self.lexicon), identity) if k and k in keys]
        others = [self._owner_of(member.type, k) for k in sorted(keys)]
        chosen: dict[int, LinkedEntity] = {}
        for found in (named, others):
            for entity in self.ids.ordered({e.first: e for e in found if e is not None}.values()):
                if entity.first not in chosen and self._may_join(entity, member, identity, chosen.values()):
                    chosen[entity.first] = entity
        return self.ids.ordered(chosen.values())

    def _may_join(self, entity: LinkedEntity, member: LinkedMember, identity: str, chosen: Collection[LinkedEntity]) -> bool:
        """Whether an article entity may join an entity, beside those already chosen: one gazetteer identity at
        most, no two entities an article kept apart, and none that already holds another entity of the member's
        own article: the article kept the two apart ("Alex Marquez" and "Gresini Ducati" of one race report stay
        two, however another article's misreading ran the rider and his team together)."""
        return (
            _agrees(entity, identity, chosen)
            and _apart_nowhere(entity, chosen)
            # members are in node order and an article's entities are added together, last: any member of the
            # member's own article is the entity's last
            and _last_article(entity) != member.article
        )

    def _start(self, member: LinkedMember, keys: Collection[str]) -> LinkedEntity | None:
        ident = self.ids.mint(member.type, keys)
        if ident is None:
            return None
        entity = LinkedEntity(ident, member.type, member.node)
        self.names.start(entity, member, self.lexicon)
        self._entities[member.node] = entity
        self._firsts.append(member.node)  # the newest node: the list stays sorted
        return entity

    def _merge(self, found: list[LinkedEntity]) -> LinkedEntity:
        """The entities into the first of them, the others in turn."""
        keep = found[0]
        for gone in found[1:]:
            self.names.absorb(keep, gone)
            keep.identity = keep.identity or gone.identity
            if keep.folded is not None or gone.folded is not None:
                _fold_merged(keep, gone, self.lexicon)
            else:
                keep.members = _merge_members(keep.members, gone.members)
            joined = self._sets.union(keep.first, gone.first)
            assert joined is not None
            root, dropped = joined
            del self._entities[dropped]
            del self._firsts[bisect_left(self._firsts, dropped)]
            keep.first = root
            self._entities[root] = keep
        return keep

    # -- what is linked

    def _entity_of(self, node: int) -> LinkedEntity:
        return self._entities[self._sets.find(node)]

    def _label(self, entity: LinkedEntity) -> str:
        return self.ids.label(entity, bisect_left(self._firsts, entity.first) + 1)

    def global_id(self, node: int) -> str:
        """The current id of the entity a (linked) node belongs to."""
        return self._label(self._entity_of(node))

    def _in_order(self) -> list[tuple[str, LinkedEntity]]:
        """The entities in the order of their first mention, with their ids."""
        return [(self.ids.label(e, place), e) for place, e in enumerate((self._entities[root] for root in self._firsts), start=1)]

    def global_ids(self) -> dict[str, dict[str, str]]:
        """article id -> local entity id -> current global id."""
        self._members_kept()
        out: dict[str, dict[str, str]] = {}
        for gid, entity in self._in_order():
            for m in entity.members:
                out.setdefault(m.article, {})[m.local] = gid
        return out

    def entities(self) -> list[CollectionEntity]:
        """The collection's entities, in the order of their first mention."""
        return [self._collection_entity(gid, entity) for gid, entity in self._in_order()]

    def drained(self) -> Iterator[CollectionEntity]:
        """The collection's entities as ``entities`` gives them, each let go as it is given, and the keys and the
        union-find let go first: the linker is spent after (a run's driver, which held every entity twice at the end of
        linking, in the linker and in the list ``entities`` made, with the keys of all of them besides)."""
        self._owner, self._sets = {}, UnionFind()
        firsts, self._firsts = self._firsts, []
        for place, root in enumerate(firsts, start=1):
            entity = self._entities.pop(root)
            yield self._collection_entity(self.ids.label(entity, place), entity)

    def _collection_entity(self, gid: str, entity: LinkedEntity) -> CollectionEntity:
        name, aliases = self.names.describe(entity, self.lexicon)
        if entity.folded is not None:
            articles = fold_members(entity, self.lexicon).article_ids()
        else:
            articles = list(dict.fromkeys(m.article for m in entity.members))
        return CollectionEntity(id=gid, name=name, type=entity.type, aliases=aliases, articles=articles)

    def _members_kept(self) -> None:
        if self.fold:
            raise ValueError("a folding linker keeps no article entity's own id: no links, global ids or key map")

    # -- a store's part of the key map

    def load(self, entities: Iterable[KnownEntity], keys: Iterable[tuple[str, str, str]]) -> None:
        """Entities and (type, key, entity id) keys linked before (a store's, those a batch touches); every key's entity among them."""
        node_of: dict[str, int] = {}
        for known in entities:
            node = self._sets.add()
            self._entities[node] = LinkedEntity(known.id, known.type, node, name=known.name, aliases=list(known.aliases))
            self._firsts.append(node)
            self._loaded[known.id] = (node, list(known.aliases))
            node_of[known.id] = node
        for kind, key, eid in sorted(keys):
            self._owner[(kind, key)] = node_of[eid]
            self._loaded_keys.add((kind, key))
            loaded = self._entities[node_of[eid]]
            if key.startswith(KB) and not loaded.identity:
                # a loaded entity is known by its stored "kb:" key (the least, where a wrong merge left several)
                loaded.identity = key

    def changes(self) -> LinkChanges:
        """What linking changed of the loaded entities and keys, and the links of the article entities added."""
        self._members_kept()
        live = sorted(self._entities.values(), key=lambda e: e.id)
        rows = [self._known(e) for e in live]
        links = {(m.article, m.local): e.id for e in live for m in e.members}
        return LinkChanges(
            new=[row for row in rows if row.id not in self._loaded],
            changed=[row for row in rows if row.id in self._loaded and row.aliases != self._loaded[row.id][1]],
            merged=self._merged(),
            keys=self._new_keys(),
            links=[(article, local, eid) for (article, local), eid in sorted(links.items())],
        )

    def _merged(self) -> dict[str, str]:
        """Loaded entity id -> the id of the entity it became part of, for those that became part of another."""
        now = {eid: self._entity_of(node).id for eid, (node, _) in sorted(self._loaded.items())}
        return {eid: survivor for eid, survivor in now.items() if survivor != eid}

    def _new_keys(self) -> list[tuple[str, str, str]]:
        owned = sorted(self._owner.items())
        return [(kind, key, self._entity_of(node).id) for (kind, key), node in owned if (kind, key) not in self._loaded_keys]

    def _known(self, entity: LinkedEntity) -> KnownEntity:
        name, aliases = self.names.describe(entity, self.lexicon)
        return KnownEntity(entity.id, entity.type, name, aliases)

    # -- persistence

    def key_map(self) -> dict[str, Any]:
        """What linking has learnt, as plain JSON, for ``from_key_map``."""
        self._members_kept()
        return {
            "version": KEY_MAP_VERSION,
            "next": len(self._sets.parent),
            "keys": [[kind, key, self._sets.find(node)] for (kind, key), node in self._owner.items()],
            "entities": [_entity_json(self._entities[root]) for root in self._firsts],
        }

    @classmethod
    def from_key_map(
        cls,
        data: Mapping[str, Any],
        lexicon: EntityLexicon | None = None,
        ids: EntityIds | None = None,
        names: EntityNames | None = None,
        max_key_length: int | None = None,
    ) -> EntityLinker:
        """A linker that continues from a ``key_map`` (with the policies it was made with)."""
        if data.get("version") != KEY_MAP_VERSION:
            raise ValueError(f"unknown entity key map version: {data.get('version')!r}")
        linker = cls(lexicon, ids, names, max_key_length)
        linker._sets = UnionFind(int(data["next"]))
        for saved in data["entities"]:
            entity = _entity_from_json(saved)
            linker._entities[entity.first] = entity
            linker._firsts.append(entity.first)
            for m in entity.members:
                linker._sets.parent[m.node] = entity.first
        linker._firsts.sort()
        linker._owner = {(kind, key): int(node) for kind, key, node in data["keys"]}
        return linker


def _entity_json(entity: LinkedEntity) -> dict[str, Any]:
    members = [[m.node, m.article, m.local, m.name, m.type, list(m.mentions)] for m in entity.members]
    return {
        "id": entity.id,
        "type": entity.type,
        "first": entity.first,
        "name": entity.name,
        "aliases": entity.aliases,
        "identity": entity.identity,
        "members": members,
    }


def _entity_from_json(saved: Mapping[str, Any]) -> LinkedEntity:
    members = [
        LinkedMember(int(node), article, local, name, kind, tuple(texts)) for node, article, local, name, kind, texts in saved["members"]
    ]
    return LinkedEntity(
        saved["id"], saved["type"], int(saved["first"]), members, saved["name"], list(saved["aliases"]), saved.get("identity", "")
    )


def _agrees(entity: LinkedEntity, identity: str, chosen: Iterable[LinkedEntity]) -> bool:
    """Whether an entity may join an article entity of this identity and the entities already chosen:
    no two different gazetteer identities among them."""
    known = {identity, entity.identity, *(c.identity for c in chosen)} - {""}
    return len(known) <= 1


def _apart_nowhere(entity: LinkedEntity, chosen: Collection[LinkedEntity]) -> bool:
    """Whether an entity may join those already chosen: no article kept it apart from one of them as two
    entities ("Timnas Indonesia" and "Timnas Jepang" side by side in a match report stay two, whatever
    one later article entity's wrong reading would chain)."""
    if not chosen:
        return True
    articles = set(_articles(entity))
    return not any(article in articles for other in chosen for article in _articles(other))


def set_global_id(ent: ArticleEntity, gid: str) -> None:
    """An article entity (its record, or its dict) given its collection entity's id."""
    if isinstance(ent, Entity):
        ent.global_id = gid
    elif isinstance(ent, MutableMapping):
        ent["global_id"] = gid


def link_across(articles: Sequence[HasEntities]) -> list[CollectionEntity]:
    """The collection's entities (the document's ``entities``); sets each article entity's ``global_id``."""
    linker = EntityLinker()
    added = [(ent, node) for a in articles for ent, node in zip(a.entities or [], linker.add_nodes(a.id, a.entities or []), strict=True)]
    for ent, node in added:
        if node is not None:
            set_global_id(ent, linker.global_id(node))
    return linker.entities()
