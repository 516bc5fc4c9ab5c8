"""The day a count is told as of: "Hingga Senin 17 Juni, 224 orang tewas" counts the dead up to that Monday.

Such a count is a tally at a cut-off, not a happening of its report's day: the timeline leaves it to the
story's figures, whose updates date it by its cut-off, and two tallies at different cut-offs (1.481 injured up
to Monday, 1.326 up to Wednesday by another tally) are no disagreement. The cut-off is a day-precise date
right after a word of ``lang/id/cutoff_words.tsv`` ("hingga", "per"), in the count's sentence before the count,
or in the sentence before it when the count's sentence goes on with that tally ("Sementara 1.326 orang ...").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from telisik.lang import table
from telisik.pages.dates import alternation
from telisik.stories.article import StoryArticle, fact_field
from telisik.stories.event_names import day_value


@cache
def _words(role: str) -> tuple[str, ...]:
    rows = table("id", "cutoff_words.tsv")
    return tuple(sorted((row[1].lower() for row in rows if len(row) > 1 and row[0] == role), key=len, reverse=True))


@cache
def _cutoff_before() -> re.Pattern[str]:
    """A cut-off word ending a text, with a weekday or a bracket between it and the date ("hingga Senin ", "hingga Rabu (")."""
    words = alternation(_words("cutoff"))
    return re.compile(rf"(?<!\w)(?:{words})\s+(?:\w+\s*)?\(?\s*$" if words else r"(?!)")


def _sentence_start(article: StoryArticle, at: int) -> tuple[int, int]:
    """The start of the sentence holding ``at`` and of the sentence before it (``at - 200`` when unknown)."""
    starts = sorted(int(s[0]) for s in article.sentences if isinstance(s, list | tuple) and len(s) == 2 and isinstance(s[0], int))
    i = bisect_right(starts, at) - 1
    if i < 0:
        return max(0, at - 200), max(0, at - 200)
    return starts[i], starts[i - 1] if i > 0 else starts[i]


def _goes_on(text: str) -> bool:
    opening = text.lstrip(" \"'“(").lower()
    return any(opening.startswith(w) and not opening[len(w) : len(w) + 1].isalnum() for w in _words("continuation"))


def cutoff_day(article: StoryArticle, at: int, reach: int = 240) -> str | None:
    """The day of the cut-off a count at body offset ``at`` is told as of ("2025-06-17"); None when it has none."""
    here, before = _sentence_start(article, at)
    low = before if _goes_on(article.body[here : here + 30]) else here
    low = max(low, at - reach)
    found = None
    for t in article.timexes:
        start, value = fact_field(t, "start"), fact_field(t, "value")
        if not isinstance(start, int) or not low <= start < at or not (day := day_value(value)):
            continue
        if _cutoff_before().search(article.body[max(low, start - 24) : start].lower()) and (found is None or start > found[0]):
            found = (start, day)  # the nearest cut-off before the count
    return found[1] if found else None
