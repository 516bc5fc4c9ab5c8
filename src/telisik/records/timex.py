"""Time expressions and the anchor they were resolved against, as ``doc._.timexes`` and ``doc._.timex_anchor`` hold them.

The fields are in the order of the keys in ``analysis.json``; the optional ones
are left out of the dict when unset, as they were before the records were typed.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from telisik.records.base import Record, omit_when


@dataclass
class Timex(Record):
    """A date or time in the text: ``text == body[start:end]``, its TIMEX3 ``type`` and ``value``."""

    text: str
    start: int
    end: int
    type: str  # DATE, TIME, DURATION or SET
    value: str | None  # None when the value depends on an anchor the article lacks
    zone: str | None = omit_when(None)  # UTC offset of a stated time zone ("+07:00")
    mod: str | None = omit_when(None)  # START, MID or END ("awal September")
    freq: str | None = omit_when(None)  # "2X" of "dua kali sehari"
    invalid: str | None = omit_when(None)  # why a written date is no date ("31/2 is not a date")
    # the weekday the text names does not fall on the date: the date wins
    weekday_mismatch: bool = omit_when(False)
    weekday: str | None = omit_when(None)
    inferred: bool = omit_when(False)  # resolved against an anchor inferred from the text


@dataclass
class TimexAnchor(Record):
    """The day relative expressions were resolved against, and where it came from."""

    date: str  # ISO day
    inferred: bool = False
    evidence: str = "publication date"

    @property
    def day(self) -> dt.date:
        return dt.date.fromisoformat(self.date)
