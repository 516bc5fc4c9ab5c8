"""Stories written for thread tests: articles as headline and entity lists, timeline entries, and the threads
``assign_threads`` gives them against a day of other news in which "Indonesia" and "Jakarta" are everywhere."""

from __future__ import annotations

from telisik.records.stories import Story, TimelineEntry
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.threads import ThreadConfig, assign_threads, story_profile
from telisik.text import fold_name

PAIRS = ThreadConfig(min_stories=2)


def article(aid: str, title: str, names: list[tuple[str, str, int]]) -> dict:
    """An article of a headline and (name, type, mentions) entities."""
    return {"id": aid, "title": title, "entities": [{"name": n, "type": t, "mentions": [{"text": n}] * k} for n, t, k in names]}


def event(kind: str, who: list[str], where: str | None, day: str) -> TimelineEntry:
    """A timeline entry of a happening of ``day``."""
    return TimelineEntry(when=day, type=kind, who=who, where=where, status="occurred", description=kind.lower(), articles=[])


def story(sid: str, articles: list[dict], timeline: list[TimelineEntry] | None, kind: str | None, day: str) -> tuple[Story, list[dict]]:
    """A story of one Detik day, with its articles."""
    record = Story(id=sid, title=articles[0]["title"], articles=[a["id"] for a in articles], outlets=["Detik"], first=day, last=day)
    record.timeline, record.kind = timeline or [], kind
    return record, articles


def doc_frequencies(stories: list[tuple[Story, list[dict]]]) -> DocumentFrequencies:
    """The stories' entity names, counted among 200 other articles naming only Indonesia and Jakarta."""
    df = DocumentFrequencies()
    for _, articles in stories:
        for a in articles:
            df.add(["e:" + fold_name(e["name"]) for e in a["entities"]])
    for _ in range(200):
        df.add(["e:indonesia", "e:jakarta"])
    return df


def threaded(stories: list[tuple[Story, list[dict]]], config: ThreadConfig = PAIRS) -> dict[str, Story]:
    """Story id -> the story with the thread ``assign_threads`` gives it (by default threads of two stories and more)."""
    df = doc_frequencies(stories)
    records = [s for s, _ in stories]
    assign_threads(records, [story_profile(s, arts, df, config) for s, arts in stories], config)
    return {s.id: s for s in records}
