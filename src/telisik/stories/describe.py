"""The story stage: articles grouped into stories, and what each story says.

``build_stories(articles)`` takes analysed articles (``Article`` records, or the
dicts of the analysis document) and returns the ``stories`` of
``shared/spec/output.md`` as ``Story`` records (``telisik.records.stories``):

- the grouping itself is ``telisik.stories.cluster`` (single-pass TF-IDF clustering
  with an inverted index and MinHash LSH near-duplicates);
- ``timeline`` (``telisik.stories.timeline``): the story's distinct dated events,
  merged across articles, each with its best-supported date and the articles
  that report it;
- ``background`` (``timeline``): the events told as the story's history;
- ``updates`` (``telisik.stories.figures``): figures that change as reports
  come in (the dead, the evacuated), each a series ordered by report time;
- ``conflicts``: what different sources disagree on, shown and never resolved:
  different dates, clock times or places for one event (``timeline``), counts
  of the same moment given differently or a count that falls (``figures``), a
  year one page slipped on (``conflicts``), match facts (``match_facts``),
  where a place lies or who the victims were (``relations``);
- ``weekday_slips`` (``conflicts``): a date one page gives with a weekday that
  does not fit it: the page against the calendar, not a disagreement of sources;
- ``summary`` and ``title`` (``telisik.stories.summary``): 3 to 6 sentences
  chosen by maximal marginal relevance, each naming the articles it comes
  from; the headline of the article closest to the story's centre.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from telisik.records.base import Record
from telisik.records.pages import Article
from telisik.records.stories import Duplicate, Story
from telisik.stories.article import ArticleLike, StoryArticle, article_day, article_field, as_list, fact_field
from telisik.stories.cluster import ClusterConfig, StoryClusterer, cluster_articles, stream_order
from telisik.stories.conflicts import counted_facts, fill_evidence, weekday_conflicts
from telisik.stories.event_names import day_value, interval, same_name
from telisik.stories.figures import FigureConfig, figures_and_conflicts
from telisik.stories.kinds import LEAD_CHARS, article_kind, story_kind
from telisik.stories.match_facts import match_conflicts
from telisik.stories.relations import relation_conflicts
from telisik.stories.similarity import DocumentFrequencies, words
from telisik.stories.summary import story_title, summarise
from telisik.stories.threads import StoryProfile, assign_threads, story_profile
from telisik.stories.timeline import Mention, TimelineConfig, group_events, story_events, timeline_and_conflicts
from telisik.stories.told_happenings import TOLD_EVENT_FIELDS

log = logging.getLogger(__name__)

# the stage's entry points, and (for the modules that read them here) the story modules' public names
__all__ = [
    "ClusterConfig",
    "Mention",
    "StoryArticle",
    "StoryClusterer",
    "article_day",
    "build_stories",
    "cluster_articles",
    "cluster_record",
    "FigureConfig",
    "TimelineConfig",
    "counted_facts",
    "day_value",
    "describe_story",
    "figures_and_conflicts",
    "group_events",
    "interval",
    "same_name",
    "story_sort_key",
    "story_events",
    "summarise",
    "timeline_and_conflicts",
    "weekday_conflicts",
]


def cluster_record(article: Article | Mapping[str, Any], body_words: int | None = None) -> dict[str, Any]:
    """What the clustering reads of an article (``cluster.ClusterInput.of``): id, title, body, entities, day, outlet, events.

    With ``body_words``, a compact record that clusters the same: the body cut
    to the words that count, its lead as written, each entity's name, type and number of
    mentions, and each event's type, status, day, parties and place (``telisik.engine.batch`` sends these through a shuffle, not articles).
    """
    record = {
        "id": str(article["id"] if isinstance(article, Mapping) else article.id),
        "title": article_field(article, "title"),
        "body": article_field(article, "body"),
        "entities": article_field(article, "entities"),
        "day": article_day(article),
        "outlet": article_field(article, "outlet"),
        # what its events tell happened, where and to whom (``told_happenings``: what vouches for one outlet's two pieces)
        "events": article_field(article, "events"),
    }
    if body_words is not None:
        # the text's start as written: the words keep no digits, and a look back is told by its years (kinds.LEAD_CHARS)
        record["lead"] = str(record["body"] or "")[:LEAD_CHARS]
        kept = words(str(record["body"] or ""))[:body_words]
        short = " ".join(kept)
        if words(short) == kept:  # always, unless lower-casing is not idempotent on some letter
            record["body"] = short
        record["entities"] = [
            {"name": fact_field(e, "name"), "type": fact_field(e, "type"), "mentions": len(fact_field(e, "mentions") or ())}
            for e in as_list(record["entities"])
            if isinstance(e, Mapping | Record)
        ]
        record["events"] = [
            {key: fact_field(e, key) for key in TOLD_EVENT_FIELDS} for e in as_list(record["events"]) if isinstance(e, Mapping | Record)
        ]
    return record


def story_sort_key(story: Story) -> tuple[int, str, str]:
    """Stories largest first, then the earliest, then by id."""
    return (-len(story.articles), story.first or "", story.id)


# How the stories are described: the builtin ``map``, or a process pool's ordered one
# (``engine.pool.WorkerPool.map``) taking a module-level function and picklable jobs.
StoryMap = Callable[[Callable[[Any], Any], Iterable[Any]], Iterable[Any]]

# stories described in one job of a pool: few enough that every worker gets several jobs,
# many enough that the document frequencies sent with each job are sent a few times only
STORIES_PER_JOB = 64


def build_stories(
    articles: Iterable[Article | Mapping[str, Any]], config: ClusterConfig | None = None, map_stories: StoryMap | None = None
) -> list[Story]:
    """The ``stories`` of the analysis document, largest first.

    ``map_stories``: how the stories are described once clustered (``describe_jobs`` over jobs of
    ``STORIES_PER_JOB`` stories); the result is the same whichever map runs them.
    """
    raw = {(a.id if isinstance(a, Article) else str(a["id"])): a for a in articles}
    clusterer = StoryClusterer(config)
    # over a long run a helper process reads the articles ahead (``StoryClusterer.add_all``): the same stories
    clusterer.add_all(stream_order(cluster_record(a) for a in raw.values()))
    return describe_clustered(clusterer, raw, map_stories)


def describe_clustered(
    clusterer: StoryClusterer, articles: Mapping[str, Article | Mapping[str, Any]], map_stories: StoryMap | None = None
) -> list[Story]:
    """The stories of a clusterer that placed every article (``articles``: id -> article), described, threaded (each
    story's ``thread`` and ``thread_why``, ``telisik.stories.threads``) and sorted, largest first."""
    stories_in = [
        (sid, [articles[m] for m in story.members], {m: clusterer.duplicate_of[m] for m in story.members if m in clusterer.duplicate_of})
        for sid, story in clusterer.stories.items()
    ]
    if map_stories is None:
        described = describe_jobs((stories_in, clusterer.df))
    else:
        jobs = [(stories_in[i : i + STORIES_PER_JOB], clusterer.df) for i in range(0, len(stories_in), STORIES_PER_JOB)]
        described = [pair for done in map_stories(describe_jobs, jobs) for pair in done]
    stories = [story for story, _ in described]
    assign_threads(stories, [profile for _, profile in described])
    stories.sort(key=story_sort_key)
    return stories


def describe_jobs(
    job: tuple[Sequence[tuple[str, Sequence[ArticleLike], Mapping[str, tuple[str, float]]]], DocumentFrequencies],
) -> list[tuple[Story, StoryProfile]]:
    """Each story of ``job`` (its id, members and their near-duplicates; the document frequencies)
    described (``describe_story``) with its profile for the threading (``story_profile``)."""
    stories, df = job
    out = []
    for sid, members, duplicate_of in stories:
        story = describe_story(sid, members, duplicate_of, df)
        out.append((story, story_profile(story, members, df)))
    return out


def _story_frame(sid: str, members: Sequence[StoryArticle], duplicate_of: Mapping[str, tuple[str, float]]) -> Story:
    """The story's members, outlets, days and copies; its summary, timeline and conflicts still empty."""
    days = [a.day for a in members if a.day]
    return Story(
        id=sid,
        title=None,
        articles=[a.id for a in members],
        outlets=list(dict.fromkeys(a.outlet for a in members if a.outlet)),
        first=min(days).isoformat() if days else None,
        last=max(days).isoformat() if days else None,
        duplicates=[Duplicate(a.id, *duplicate_of[a.id]) for a in members if a.id in duplicate_of],
        kind=story_kind(article_kind(a.title) for a in members),
    )


def _fill(story: Story, members: Sequence[StoryArticle], duplicate_of: Mapping[str, tuple[str, float]], df: DocumentFrequencies) -> None:
    """The story's title, summary, timeline, background, developing figures and conflicts, set together or not at all."""
    order = {a.id: i for i, a in enumerate(members)}
    # a near-duplicate copy stands for its original: one source, however many copies
    sources = {a: of for a, (of, _) in duplicate_of.items() if a in order and of in order}
    events = story_events(members, order, sources)
    updates, count_conflicts = figures_and_conflicts(members, duplicate_of)
    title = story_title(members, df)
    summary = summarise(members, df, size=min(6, 2 + len(members)) if len(members) > 1 else 3)
    dates = weekday_conflicts(members)
    conflicts = events.conflicts + count_conflicts + [c for c in dates if c.kind != "weekday"]
    conflicts += match_conflicts(members, sources) + relation_conflicts(members, sources)
    story.weekday_slips = [c for c in dates if c.kind == "weekday"]
    fill_evidence([*conflicts, *(c for c in dates if c.kind == "weekday")], members)
    for conflict in conflicts:
        conflict.copies = {a: duplicate_of[a][0] for ids in conflict.values.values() for a in ids if a in duplicate_of}
    story.title, story.summary, story.timeline, story.background = title, summary, events.timeline, events.background
    story.updates, story.conflicts = updates, conflicts


def describe_story(
    sid: str,
    members: Sequence[ArticleLike],
    duplicate_of: Mapping[str, tuple[str, float]],
    df: DocumentFrequencies,
) -> Story:
    """One story of the analysis document.

    ``members`` are its articles in the order they joined the story
    (``Story.members``), ``duplicate_of`` the clusterer's near-duplicates (the
    members' entries suffice) and ``df`` its document frequencies once every
    article was added.
    """
    # dated first, oldest first; ties keep the order the articles joined in (the sort is stable)
    ordered = sorted(map(StoryArticle.of, members), key=lambda a: (a.day is None, a.day or date.min, a.published))
    story = _story_frame(sid, ordered, duplicate_of)
    try:
        _fill(story, ordered, duplicate_of, df)
    except Exception as err:  # noqa: BLE001 - one story's odd article must not cost the run its stories
        log.warning("story %s: %s: %s", sid, type(err).__name__, err, exc_info=log.isEnabledFor(logging.DEBUG))
        story.warnings = [f"timeline, conflicts and summary not made ({type(err).__name__}: {err})"]
    return story
