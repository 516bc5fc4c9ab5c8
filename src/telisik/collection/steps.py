"""The collection-level steps, one path for every run mode.

Once the articles of a run are analysed one by one, the collection is made
whole: duplicates dropped (``Deduplicator``), undated articles re-anchored on
the collection's dates (``reanchor_undated``), entities linked across articles
(``link_entities``) and the articles clustered into described stories
(``make_stories``). ``telisik analyze`` runs them in one process
(``collect``, or ``CollectionStream``: the same steps taken while the
articles still arrive from the workers), the Dask engine runs each step over
partitions, and ``telisik ingest`` runs them against a store; all three call
these functions.
"""

from __future__ import annotations

import logging
from array import array
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from telisik.collection.linking import EntityLinker, link_across, set_global_id
from telisik.nlp import timex
from telisik.pages.dates import iso_day
from telisik.records import Article, Rejection
from telisik.records.entities import CollectionEntity
from telisik.records.stories import Story
from telisik.spill import KeyIndex
from telisik.stories.cluster import ClusterConfig
from telisik.stories.describe import (
    StoryClusterer,
    StoryMap,
    build_stories,
    cluster_record,
    describe_clustered,
)
from telisik.stories.threads import threads_of
from telisik.version import __version__

log = logging.getLogger(__name__)

# Analyses an undated article again, in place, its time expressions anchored near the given
# days; False when those days give it no anchor (``Analyzer.reanchor``).
Reanchor = Callable[[Article, Sequence[date]], bool]


class Deduplicator:
    """The first page of each article id is the one analysed; a later one is a rejected duplicate.

    Where each id was first seen is kept only to name it in a later duplicate's rejection, and a run of 100,000
    articles held a string of its own for each ("corpus.jsonl#L81234", some 90 bytes): a place in a numbered record
    or line of a container is kept as a number (its source's number among the sources seen, and the record's), 8 bytes
    in a typed array by the id's number (``KeyIndex``), any other place as its string. A dict of the ids and their
    places held some 110 bytes an article besides the id's string (a JSONL line's place was never a number); the
    index and the array some 25."""

    def __init__(self) -> None:
        self._ids: KeyIndex[str] = KeyIndex()
        self._places = array("q")  # by id number: the packed place, or OTHER_PLACE
        self._other_places: dict[int, str] = {}  # id number -> a place not packed
        self._sources: dict[str, int] = {}  # a container's path -> its number
        self._source_list: list[str] = []

    def check(self, article_id: str, where: str) -> Rejection | None:
        """None for the first page with ``article_id``; the duplicate's rejection for a later one."""
        number = self._ids.find(article_id)
        if number < 0:
            number = self._ids.add(article_id)
            place = self._packed(where)
            if isinstance(place, int) and place < 1 << 63:  # (past two million sources: the string)
                self._places.append(place)
            else:
                self._other_places[number] = where
                self._places.append(OTHER_PLACE)
            return None
        return duplicate(where, self.first_seen(number), article_id)

    def first_seen(self, number: int) -> str:
        """Where the id of ``number`` was first seen."""
        place = self._places[number]
        return self._other_places[number] if place == OTHER_PLACE else self._unpacked(place)

    def _packed(self, where: str) -> str | int:
        """``where`` as kept: the number of its source and its record's where it is "source#record" or "source#Lline"
        (a JSONL file's line) with a number written plainly (so that it is written back the same), else itself."""
        source, mark, record = where.rpartition("#")
        lined = record.startswith("L")
        digits = record[1:] if lined else record
        if not mark or not digits.isascii() or not digits.isdigit() or str(int(digits)) != digits or int(digits) >= RECORDS:
            return where
        number = self._sources.get(source)
        if number is None:
            number = self._sources[source] = len(self._source_list)
            self._source_list.append(source)
        return (2 * number + lined) * RECORDS + int(digits)

    def _unpacked(self, kept: int) -> str:
        source, record = divmod(kept, RECORDS)
        source, lined = divmod(source, 2)
        return f"{self._source_list[source]}#{'L' if lined else ''}{record}"


# a packed place (``Deduplicator._packed``): (2 * source number + 1 for a line "L<n>") * RECORDS + record number
RECORDS = 1 << 40
OTHER_PLACE = -1  # (in ``Deduplicator._places``) a place kept as its string


def duplicate(where: str, first: str, article_id: str) -> Rejection:
    """The rejection of a page met again: the first occurrence is the one analysed."""
    return Rejection(where, f"duplicate of {first} (same page, article id {article_id})")


# What analysing an undated article again (``Reanchor``) changes of it: its facts, not its page.
REANCHORED_FIELDS = (
    "timexes", "timex_anchor", "entities", "quotes", "citations", "events", "sentences", "caption_events", "stats", "warnings",
)


def anchor_days(articles: Iterable[Article]) -> set[date]:
    """The publication days of the dated articles: what ``reanchor_undated`` resolves undated ones against."""
    return publication_days(a.published for a in articles)


def publication_days(published: Iterable[str | None]) -> set[date]:
    """The days of the publication dates given (``anchor_days`` of articles known by their dates alone)."""
    return {anchor.day for value in published if (anchor := timex.anchor_from_published(value))}


def reanchor_undated(articles: Iterable[Article], reanchor: Reanchor, days: Iterable[date] | None = None) -> list[Article]:
    """Resolve the time expressions of undated articles that state no year, in place.

    An undated page that says "5 September" but no year has no anchor of its
    own; the publication dates of the collection's dated articles give the
    year that puts its dates nearest to them (``timex.infer_anchor``). The
    article goes through the pipeline again with those days as its anchor
    hints (``reanchor``), so its events and caption events are those of the
    new dates. ``days``: those days when the dated articles are not all in
    ``articles`` (the Dask engine re-anchors a partition at a time). Returns
    the articles that got an anchor.
    """
    articles = list(articles)
    hints = sorted(anchor_days(articles) if days is None else days)
    if not hints:
        return []
    changed = []
    for article in articles:
        if article.published or article.timex_anchor:
            continue
        try:
            reanchored = reanchor(article, hints)
        except Exception as err:  # noqa: BLE001 - one article's failure must not cost the others theirs
            log.debug("re-anchoring failed on %s", article.where, exc_info=True)
            article.warnings.append(f"dates not re-anchored on the collection's: internal error ({type(err).__name__}: {err})")
            continue
        if reanchored:
            changed.append(article)
    return changed


def link_entities(articles: list[Article], rejected: list[Rejection]) -> tuple[list[Article], list[CollectionEntity]]:
    """The collection's entities, linked across articles (each article entity gets its ``global_id``).

    When linking fails, it is tried again without the articles it fails on alone, which are rejected.
    """
    try:
        return articles, link_across(articles)
    except Exception:  # noqa: BLE001 - find the article it fails on
        log.debug("linking entities failed; trying each article", exc_info=True)
    kept = []
    for article in articles:
        try:
            link_across([article])
        except Exception as err:  # noqa: BLE001
            rejected.append(internal_error(article.where, err))
        else:
            kept.append(article)
    return kept, link_across(kept)


def internal_error(where: str, err: Exception) -> Rejection:
    log.debug("internal error on %s", where, exc_info=True)
    return Rejection(where, f"internal error while analysing ({type(err).__name__}: {err})")


def story_stage_failed(err: Exception) -> str:
    """Log a failure of the whole story stage and say it in the document's ``warnings``."""
    log.warning("story stage failed: %s: %s", type(err).__name__, err, exc_info=log.isEnabledFor(logging.DEBUG))
    return f"stories not made: internal error in the story stage ({type(err).__name__}: {err})"


def make_stories(
    article_dicts: list[dict[str, Any]], config: ClusterConfig | None = None, map_stories: StoryMap | None = None
) -> tuple[list[Story], list[str]]:
    """The stories of the articles, and the warnings of a story stage that failed as a whole
    (the analysed articles are kept whatever the story stage does). ``map_stories``: see ``build_stories``."""
    try:
        return build_stories(article_dicts, config, map_stories), []
    except Exception as err:  # noqa: BLE001
        return [], [story_stage_failed(err)]


@dataclass
class Collection:
    """A run's articles made whole: what ``analysis.json`` holds."""

    articles: list[Article]
    rejected: list[Rejection]
    entities: list[CollectionEntity] = field(default_factory=list)
    stories: list[Story] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # the articles as the story stage read them, kept so that they are made once
    article_dicts: list[dict[str, Any]] | None = None

    def document(self) -> dict[str, Any]:
        """The analysis document (``shared/spec/output.md``); each article names its story."""
        article_dicts = self.article_dicts if self.article_dicts is not None else [a.to_dict() for a in self.articles]
        story_of = {aid: story.id for story in self.stories for aid in story.articles}
        for a in article_dicts:
            a["story"] = story_of.get(a["id"])
        document: dict[str, Any] = {
            "telisik_version": __version__,
            "rejected": [r.to_dict() for r in self.rejected],
            "articles": article_dicts,
            "entities": [e.to_dict() for e in self.entities],
            "stories": [s.to_dict() for s in self.stories],
            "threads": [t.to_dict() for t in threads_of(self.stories)],
        }
        if self.warnings:
            document["warnings"] = self.warnings
        return document


def collect(
    articles: list[Article], rejected: list[Rejection], reanchor: Reanchor | None = None, map_stories: StoryMap | None = None
) -> Collection:
    """The collection steps after a run's articles are analysed (duplicates already dropped):
    re-anchor, link, cluster and describe (the stories described through ``map_stories``, see ``build_stories``)."""
    rejected = list(rejected)
    if reanchor is not None:
        reanchor_undated(articles, reanchor)
    articles, entities = link_entities(articles, rejected)
    article_dicts = [a.to_dict() for a in articles]
    stories, warnings = make_stories(article_dicts, map_stories=map_stories)
    return Collection(articles, rejected, entities, stories, warnings, article_dicts)


class CollectionStream:
    """``collect``'s steps taken while the run's articles still arrive (in input order, duplicates dropped):
    ``collect``'s result byte for byte.

    With worker processes analysing the pages (``engine.pool``) this process mostly waits for them: meanwhile it
    links each article's entities, makes its dict and places it in its story, so that once the last page is in,
    only the re-anchoring, the stories' descriptions and their threads are left (``finish``). A step the arrival
    order does not allow is left to the end and done as ``collect`` does it: the clustering when a dated article
    comes after one of a later day (``stream_order`` is by day), every step when re-anchoring changes an undated
    article (its facts, entities and day) or linking fails on one.
    """

    def __init__(self, config: ClusterConfig | None = None) -> None:
        self.config = config
        self.articles: list[Article] = []
        self.dicts: list[dict[str, Any]] = []
        # the articles re-anchoring may change (``reanchor_undated``), by number: undated when they came
        self.undated: list[int] = []
        # the linking in input order: each article's entities' nodes (None when linking failed on one: left to the end)
        self.linker: EntityLinker | None = EntityLinker()
        self.nodes: list[list[int | None]] = []
        # the clustering in ``stream_order``: the dated articles as they come, the undated ones at the end
        # (None when the order or an article broke it: left to the end)
        self.clusterer: StoryClusterer | None = StoryClusterer(config)
        self.last_day: date | None = None
        self.undated_records: list[dict[str, Any]] = []
        self.ids: set[str] = set()

    def add(self, article: Article) -> None:
        """One analysed article, the next in input order."""
        if not (article.published or article.timex_anchor):
            self.undated.append(len(self.articles))
        self.articles.append(article)
        self._link(article)
        # made before its global ids are known: they are set in it once linked (``_set_global_ids``)
        record = article.to_dict()
        self.dicts.append(record)
        self._cluster(record)

    def _link(self, article: Article) -> None:
        if self.linker is None:
            return
        try:
            self.nodes.append(self.linker.add_nodes(article.id, article.entities or []))
        except Exception:  # noqa: BLE001 - left to ``link_entities``, which finds the article it fails on
            log.debug("linking failed on %s; linking at the end", article.where, exc_info=True)
            self.linker = None

    def _cluster(self, record: dict[str, Any]) -> None:
        if self.clusterer is None:
            return
        try:
            clustered = cluster_record(record)
            # ``stream_order``'s key
            day = iso_day(clustered.get("day")) or iso_day(clustered.get("published"))
            if clustered["id"] in self.ids or (day is not None and self.last_day is not None and day < self.last_day):
                self.clusterer = None
                return
            self.ids.add(clustered["id"])
            if day is None:
                self.undated_records.append(clustered)
                return
            self.last_day = day
            self.clusterer.add(clustered)
        except Exception:  # noqa: BLE001 - left to ``make_stories``, which says how the story stage failed
            log.debug("clustering failed; clustering at the end", exc_info=True)
            self.clusterer = None

    def finish(self, rejected: list[Rejection], reanchor: Reanchor | None = None, map_stories: StoryMap | None = None) -> Collection:
        """The collection, as ``collect(articles, rejected, reanchor, map_stories)`` makes it of the articles added."""
        rejected = list(rejected)
        if reanchor is not None:
            reanchor_undated(self.articles, reanchor)
        # an undated article re-anchored (or given a warning) is no longer what was linked and clustered
        changed = any(self.articles[i].to_dict() != self.dicts[i] for i in self.undated)
        entities = None if changed else self._set_global_ids()
        if entities is None:
            return collect(self.articles, rejected, None, map_stories)
        if self.clusterer is None:
            stories, warnings = make_stories(self.dicts, self.config, map_stories)
        else:
            stories, warnings = self._stories(self.clusterer, map_stories)
        return Collection(self.articles, rejected, entities, stories, warnings, self.dicts)

    def _set_global_ids(self) -> list[CollectionEntity] | None:
        """The collection's entities, each article entity (and its dict) given its ``global_id``, as ``link_across``;
        None when linking failed."""
        if self.linker is None:
            return None
        linker = self.linker
        try:
            entities = linker.entities()
            ids = [[None if node is None else linker.global_id(node) for node in nodes] for nodes in self.nodes]
        except Exception:  # noqa: BLE001 - left to ``link_entities``
            log.debug("linking failed; linking at the end", exc_info=True)
            return None
        for article, record, gids in zip(self.articles, self.dicts, ids, strict=True):
            for ent, ent_dict, gid in zip(article.entities or [], record["entities"], gids, strict=True):
                if gid is not None:
                    set_global_id(ent, gid)
                    set_global_id(ent_dict, gid)
        return entities

    def _stories(self, clusterer: StoryClusterer, map_stories: StoryMap | None) -> tuple[list[Story], list[str]]:
        """``make_stories`` with the articles already placed, but for the undated ones."""
        try:
            for record in self.undated_records:
                clusterer.add(record)
            return describe_clustered(clusterer, {str(d["id"]): d for d in self.dicts}, map_stories), []
        except Exception as err:  # noqa: BLE001
            return [], [story_stage_failed(err)]
