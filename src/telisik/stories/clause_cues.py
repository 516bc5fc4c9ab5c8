"""Cues read around an event in its article's text: the clock time its clause gives, and whether it is told as another
happening's backdrop ("akibat serangan ..."). Split from ``timeline`` so that it holds the grouping of a story's events."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from telisik.lang import lower_word_list
from telisik.pages.dates import alternation
from telisik.stories.article import StoryArticle, fact_field
from telisik.stories.event_names import CLOCK, HAPPENINGS


@cache
def _clause_breaks() -> re.Pattern[str]:
    words = "|".join(sorted(map(re.escape, lower_word_list("id", "clause_breaks.txt")), key=len, reverse=True))
    return re.compile(rf"\b(?:{words})\b|[;!?]", re.IGNORECASE)


@cache
def _cue_ending(file: str) -> re.Pattern[str]:
    """A word of a ``lang/id`` list ending a text, with at most one word after it ("yang biasanya pukul", "akibat adanya")."""
    cues = alternation(lower_word_list("id", file))
    return re.compile(rf"(?<!\w)(?:{cues})\s+(?:\w+\s+)?$" if cues else r"(?!)")


# the hour and minute a time expression read as the minute and second of a clock written with seconds leave before it
# ("pukul 04:17:32" read as 17:32): the digits and the separator just before the expression
_HOUR_BEFORE = re.compile(r"(?<![\d.:])(\d{1,2})[.:]$")


def _with_seconds(body: str, start: int, value: str) -> str:
    """A clock value read where the text writes it with seconds ("04:17:32 WIB", "06.15.07 WIB"): a time expression of
    "17:32" that two digits and a colon precede is the minute and second of 04:17, which the value is made; other values
    are kept."""
    hour = _HOUR_BEFORE.search(body[max(0, start - 3) : start])
    if not hour or int(hour[1]) > 23:
        return value
    day, _, clock = value.partition("T")
    return f"{day}T{int(hour[1]):02d}:{clock[:2]}"


def _habitual(before: str) -> bool:
    """Whether the text before a clock time makes it a habit ("yang biasanya pukul 06.00"), not this happening's time."""
    return bool(_cue_ending("habitual_words.txt").search(before.lower()))


def clause_clock(article: StoryArticle, event: Any, reach: int = 160) -> str | None:
    """The clock time told with an event: a time expression of the day's hour and minute in the
    trigger's sentence, at most ``reach`` characters away, with no clause of another moment between
    and no word of a habit before it (``habitual_words.txt``); a clock written with seconds is its hour and minute
    (``_with_seconds``)."""
    start = fact_field(event, "start")
    if not isinstance(start, int) or fact_field(event, "in") == "caption":
        return None
    low, high, sentence_end = max(0, start - reach), start + reach, len(article.body)
    for span in article.sentences:
        if isinstance(span, list | tuple) and len(span) == 2 and span[0] <= start < span[1]:
            low, high, sentence_end = max(low, int(span[0])), min(high, int(span[1])), int(span[1])
    best: tuple[int, str] | None = None
    for t in article.timexes:
        t_start, t_end, value = fact_field(t, "start"), fact_field(t, "end"), fact_field(t, "value")
        if not (isinstance(t_start, int) and isinstance(t_end, int) and isinstance(value, str) and CLOCK.fullmatch(value)):
            continue
        if not low <= t_start <= high or t_end > sentence_end or _habitual(article.body[max(low, t_start - 20) : t_start]):
            continue
        between = article.body[min(t_end, start) : max(t_start, start)]
        distance = abs(t_start - start)
        if not _clause_breaks().search(between) and (best is None or distance < best[0]):
            best = (distance, _with_seconds(article.body, t_start, value))
    return best[1] if best else None


def is_backdrop(article: StoryArticle, event: Any, reach: int = 40) -> bool:
    """Whether an event is told as another happening's backdrop: its trigger right after a cue of ``backdrop_cues.txt``
    ("turun akibat serangan mendadak Israel", "pasca serangan udara Israel ke Iran")."""
    start = fact_field(event, "start")
    if not isinstance(start, int) or fact_field(event, "in") == "caption" or fact_field(event, "type") not in HAPPENINGS:
        return False
    trigger = str(fact_field(event, "trigger") or "").lower()
    if trigger.startswith("pasca"):
        return True  # "pascaserangan": the cue glued to the trigger
    return bool(_cue_ending("backdrop_cues.txt").search(article.body[max(0, start - reach) : start].lower()))
