"""The day a count is told as of: "Hingga Senin 17 Juni, 224 orang tewas" counts the dead up to that Monday; and a
count told as a running total ("sejauh ini", ``is_running_total``).

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
from typing import Any

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


def sentence_start(article: StoryArticle, at: int) -> tuple[int, int]:
    """The start of the sentence holding ``at`` and of the sentence before it (``at - 200`` when unknown)."""
    starts = sorted(start for start, _ in article.sentence_spans)
    i = bisect_right(starts, at) - 1
    if i < 0:
        return max(0, at - 200), max(0, at - 200)
    return starts[i], starts[i - 1] if i > 0 else starts[i]


def _goes_on(text: str) -> bool:
    opening = text.lstrip(" \"'“(").lower()
    return any(opening.startswith(w) and not opening[len(w) : len(w) + 1].isalnum() for w in _words("continuation"))


def cutoff_day(article: StoryArticle, at: int, reach: int = 240) -> str | None:
    """The day of the cut-off a count at body offset ``at`` is told as of ("2025-06-17"); None when it has none."""
    here, before = sentence_start(article, at)
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


# happenings whose reports may give a running total ("624 tewas sejak ...", "serangan ... dalam sepekan terakhir",
# "Sejak kecelakaan itu, Air India telah membatalkan 83 penerbangan"): a total is no one happening
TOTALLED = frozenset({"DIE", "INJURE", "ATTACK", "CLOSE"})


@cache
def _running_total() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The words that make a count of the dead or injured a running total ("sejauh ini"), and those that
    break a sentence into clauses ("namun"): ``event_words.tsv``, roles total and break."""
    rows = [(row[0].lower(), row[1]) for row in table("id", "event_words.tsv") if len(row) > 1]

    def words(role: str) -> re.Pattern[str]:
        found = sorted((w for w, r in rows if r == role), key=len, reverse=True)
        return re.compile(rf"(?<!\w)(?:{'|'.join(re.escape(w) for w in found)})(?!\w)") if found else re.compile(r"(?!)")

    return words("total"), words("break")


def is_running_total(event: Any, reach: int = 140) -> bool:
    """A death, injury, attack or closure told as a running total ("Sejauh ini, sedikitnya 24 warga Israel dilaporkan tewas",
    "menewaskan 639 orang sejak ..."): a figure of the story (its updates), not one happening of its timeline.
    The cue stands within ``reach`` characters of the trigger, in its clause ("tewas ..., namun motifnya sejauh
    ini belum jelas" is no total)."""
    if fact_field(event, "type") not in TOTALLED:
        return False
    sentence = str(fact_field(event, "sentence") or "").lower()
    at = sentence.find(str(fact_field(event, "trigger") or "").lower())
    if at < 0:
        return False
    total, clause_break = _running_total()
    for cue in total.finditer(sentence):
        lo, hi = sorted((cue.end(), at))
        if hi - lo <= reach and not clause_break.search(sentence[lo:hi]) and ";" not in sentence[lo:hi]:
            return True
    return False
