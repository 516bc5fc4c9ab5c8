"""A story's summary candidates rated and ready to pick, for the summary tests that look inside the selection."""

from __future__ import annotations

from typing import Any

from telisik.stories.article import StoryArticle
from telisik.stories.similarity import DocumentFrequencies, dot
from telisik.stories.summary import SummaryConfig, _Selection, _summary_candidates


def rated_selection(articles: list[dict[str, Any]]) -> _Selection:
    """The candidates of the articles' sentences, rated with the default configuration and no document frequencies."""
    config = SummaryConfig()
    selection = _Selection(_summary_candidates([StoryArticle.of(a) for a in articles], DocumentFrequencies(), config), config)
    selection.rate()
    return selection


def candidate_index(selection: _Selection, part: str) -> int:
    """The index of the first candidate whose text holds ``part``."""
    return next(i for i, c in enumerate(selection.candidates) if part in c.text)


def restates(selection: _Selection, part: str, told: str) -> bool:
    """Whether the candidate holding ``part`` tells again what the one holding ``told`` told."""
    i, j = candidate_index(selection, part), candidate_index(selection, told)
    return selection.restates(i, j, dot(selection.candidates[i].vector, selection.candidates[j].vector))
