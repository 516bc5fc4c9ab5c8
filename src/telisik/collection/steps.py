"""The collection-level steps, one path for every run mode.

Once the articles of a run are analysed one by one, the collection is made
whole: duplicates dropped (``Deduplicator``), undated articles re-anchored on
the collection's dates (``reanchor_undated``), entities linked across articles
(``link_entities``) and the articles clustered into described stories
(``make_stories``). ``telisik analyze`` runs them in one process
(``collect``), the Dask engine runs each step over partitions, and ``telisik
ingest`` runs them against a store; all three call these functions.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from telisik import __version__
from telisik.collection.linking import link_across
from telisik.nlp import timex
from telisik.records import Article, Rejection
from telisik.records.entities import CollectionEntity
from telisik.records.stories import Story
from telisik.stories.cluster import ClusterConfig
from telisik.stories.describe import StoryMap, build_stories
from telisik.stories.threads import threads_of

log = logging.getLogger(__name__)

# Analyses an undated article again, in place, its time expressions anchored near the given
# days; False when those days give it no anchor (``Analyzer.reanchor``).
Reanchor = Callable[[Article, Sequence[date]], bool]


class Deduplicator:
    """The first page of each article id is the one analysed; a later one is a rejected duplicate."""

    def __init__(self) -> None:
        self.first_seen: dict[str, str] = {}

    def check(self, article_id: str, where: str) -> Rejection | None:
        """None for the first page with ``article_id``; the duplicate's rejection for a later one."""
        first = self.first_seen.get(article_id)
        if first is None:
            self.first_seen[article_id] = where
            return None
        return duplicate(where, first, article_id)


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
