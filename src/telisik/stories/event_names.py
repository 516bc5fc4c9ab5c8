"""Names, dates and places of a story's events, as the timeline and its conflict passes read them.

A name is the same as another when all its words are in the other ("Putin", "Vladimir Putin"); a TIMEX3
value covers an interval of days; a place has a level by its head word (``lang/id/place_levels.tsv``).
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from functools import cache
from typing import Any, TypeAlias

from telisik.lang import lower_word_list, mapping
from telisik.text import fold_name

HAPPENINGS = frozenset({"ACCIDENT", "DISASTER", "ATTACK", "DIE", "INJURE", "EVACUATE", "CLOSE", "PROTEST"})
# happenings one whoever their reports name (a crash, an eruption, its dead and injured): the others
# (closures, evacuations, protests) are one only with a party in common
PLACED_HAPPENINGS = frozenset({"ACCIDENT", "DISASTER", "ATTACK", "DIE", "INJURE"})
# events that spread over many places at once: their places are not alternatives to each other
# (an attack, a disaster, closures, deaths; suspects arrested where each was found)
SPREAD = (HAPPENINGS - {"ACCIDENT"}) | {"ARREST"}
# proceedings that sit on many days: a trial's hearings of two days are two sessions, not one date told twice
SESSIONS = frozenset({"TRIAL"})

Span: TypeAlias = tuple[date, date]
CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}")  # a TIMEX3 value of a day's hour and minute


@cache
def _org_place_words() -> frozenset[str]:
    return lower_word_list("id", "org_place_words.txt")


def person_like(name: str) -> bool:
    """Whether a party's name may be a person's: capitalised, with no word of an organisation's or a place's
    (``org_place_words.txt``: "Universitas ..." names its students' university, not a person)."""
    return name[:1].isupper() and not set(name.lower().split()) & _org_place_words()


def same_name(a: str, b: str) -> bool:
    """One name's words all inside the other's: "Putin" names "Vladimir Putin"."""
    ta, tb = fold_name(a).split(), fold_name(b).split()
    if not ta or not tb:
        return False
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    return all(t in long_ for t in short)


def interval(value: Any) -> Span | None:
    """The days a TIMEX3 date value covers: a day, a month, a quarter, a year, an ISO week or a range."""
    if not isinstance(value, str):
        return None
    if "/" in value:
        a, _, b = value.partition("/")
        first, last = interval(a), interval(b)
        return (first[0], last[1]) if first and last and first[0] <= last[1] else None
    try:
        if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:T.*)?", value):
            day = date(int(m[1]), int(m[2]), int(m[3]))
            return day, day
        if m := re.fullmatch(r"(\d{4})-W(\d{2})", value):
            monday = date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return monday, monday + timedelta(days=6)
        if m := re.fullmatch(r"(\d{4})-Q([1-4])", value):
            y, first_month = int(m[1]), 3 * int(m[2]) - 2
            return date(y, first_month, 1), date(y, first_month + 2, calendar.monthrange(y, first_month + 2)[1])
        if m := re.fullmatch(r"(\d{4})-(\d{2})", value):
            y, mo = int(m[1]), int(m[2])
            return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
        if m := re.fullmatch(r"(\d{4})", value):
            return date(int(m[1]), 1, 1), date(int(m[1]), 12, 31)
    except ValueError:
        return None
    return None


def day_value(value: Any) -> str | None:
    """The day of a day-precise value ("2023-09-11T19" -> "2023-09-11"); None for coarser ones."""
    span = interval(value)
    return span[0].isoformat() if span and span[0] == span[1] else None


@cache
def country_keys() -> frozenset[str]:
    """The names of countries and of Indonesia's provinces, folded."""
    from telisik.nlp.entities.lexicon import country_names  # the entity stage knows which names are countries

    return frozenset(fold_name(n) for n in country_names())


def is_country(name: str) -> bool:
    return fold_name(name) in country_keys()


def label(kind: str, who: list[str]) -> str:
    return f"{kind} {' / '.join(who[:3])}".strip()


@cache
def place_levels() -> dict[str, str]:
    """Each place head word of ``place_levels.tsv``, lower case, with its level ("kabupaten" -> regency)."""
    return {head.lower(): level for head, level in mapping("id", "place_levels.tsv").items()}


def place_level(name: str) -> str | None:
    """The level of a place by its head word ("Kabupaten Sorong" -> regency); None when it has none listed."""
    words = name.lower().split()
    return next((level for n in (2, 1) if (level := place_levels().get(" ".join(words[:n])))), None)
