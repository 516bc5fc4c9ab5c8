"""Threading a few invented stories as a run would: the shared step of the thread test files."""

from __future__ import annotations

from telisik.records.stories import Story
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.threads import ThreadConfig, assign_threads, story_profile
from telisik.text import fold_name


def threaded(stories: list[tuple[Story, list[dict]]], config: ThreadConfig) -> dict[str, Story]:
    """The stories (each with its articles' dicts) after ``assign_threads``, by id: document frequencies from their
    entities and from a day of other news in which "Indonesia" and "Jakarta" are everywhere."""
    df = DocumentFrequencies()
    for _, articles in stories:
        for a in articles:
            df.add(["e:" + fold_name(e["name"]) for e in a["entities"]])
    for _ in range(200):
        df.add(["e:indonesia", "e:jakarta"])
    records = [s for s, _ in stories]
    assign_threads(records, [story_profile(s, arts, df, config) for s, arts in stories], config)
    return {s.id: s for s in records}
