"""Analysed articles written by hand for the story stage's tests: sentences, the events told in them, their timexes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from telisik.stories.timeline import timeline_and_conflicts


def article(
    aid: str, published: str, sentences: list[str], events: list[dict], timexes: Sequence[tuple[str, str]] = (), title: str | None = None
) -> dict:
    """An article of the given sentences (its title its id unless given); each event names its trigger and the sentence
    (by index) it is told in, and each timex its text and value, found in the body."""
    body = " ".join(sentences)
    spans, at = [], 0
    for s in sentences:
        spans.append([at, at + len(s)])
        at += len(s) + 1
    facts = []
    for e in events:
        sentence = sentences[e.pop("in_sentence")]
        start = body.index(sentence) + sentence.index(e["trigger"])
        facts.append({"status": "occurred", "where": None, "sentence": sentence, "start": start, "end": start + len(e["trigger"]), **e})
    found = [{"start": body.index(text), "end": body.index(text) + len(text), "value": value} for text, value in timexes]
    return {"id": aid, "published": published, "title": title or aid, "body": body, "sentences": spans, "events": facts, "timexes": found}


def timeline_entries(*articles: dict[str, Any]) -> list[tuple[str, str, tuple[str, ...], str | None]]:
    """The timeline of a story of these articles as (when, type, who, where) rows."""
    timeline, _ = timeline_and_conflicts(list(articles), {a["id"]: i for i, a in enumerate(articles)})
    return [(t.when, t.type, tuple(t.who), t.where) for t in timeline]
