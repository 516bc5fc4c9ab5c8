"""Time expressions' values: a rule's candidate, its resolved value, and the calendar arithmetic of TIMEX3 values."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from telisik.records.timex import TimexAnchor


@dataclass
class Value:
    """A resolved value; ``relative`` when it was computed from the anchor; ``extra``: more fields of its Timex."""

    value: str | None
    relative: bool = False
    extra: dict[str, Any] = field(default_factory=dict)


Resolver = Callable[[TimexAnchor | None], Value]

# the calendar precisions of a stated date, coarsest first
PRECISIONS = ("Y", "M", "D")


@dataclass(frozen=True)
class Reference:
    """The last calendar date the text stated before an expression: the time its account is at.

    ``precision``: "Y" for "pada 1974", "M" for "Agustus 1996", "D" for "Senin (9/6)" (its
    ``day`` then the first of the month or of the year).
    """

    day: date
    precision: str


# the key of the last day the text stated that was no bare weekday's guess: a clock time after "pada hari Sabtu" is on
# that Saturday (the "D" reference), a later bare weekday is not counted from it
STATED_DAY = "D stated"



def precision_of(unit: str) -> str:
    """The precision a date needs for a shift by ``unit`` to be counted from it ("dua hari kemudian" needs a day)."""
    return {"Y": "Y", "DE": "Y", "CE": "Y", "M": "M"}.get(unit, "D")


# a value against the anchor and the references (the last date the text stated at each precision,
# by "Y", "M", "D"); None where they do not bear on it
Rebase = Callable[[TimexAnchor, Mapping[str, Reference]], "Value | None"]


@dataclass
class Candidate:
    start: int
    end: int
    type: str
    resolve: Resolver
    rule: str
    # evidence for inferring an anchor: a date the text states in full, or a
    # day and month without a year; "future" when the clause schedules it
    full: date | None = None
    partial: tuple[int, int] | None = None
    weekday: int | None = None
    tense: str | None = None
    # the value in an account of another time than the anchor's: "pukul 10.00" on the day the
    # account is at, "setahun kemudian" after the year it last named
    rebase: Rebase | None = None
    # a bare weekday's value, a guess of the nearest such day ("pada hari Sabtu" with no tense and no date)
    guessed: bool = False


def iso_week(day: date) -> str:
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def shift_months(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def shift(anchor: date, amount: int, unit: str) -> str | None:
    """The TIMEX value of ``anchor`` moved by ``amount`` units, at that unit's precision."""
    if unit == "D":
        return (anchor + timedelta(days=amount)).isoformat()
    if unit == "W":
        return iso_week(anchor + timedelta(weeks=amount))
    if unit == "M":
        y, m = shift_months(anchor, amount)
        return f"{y:04d}-{m:02d}"
    if unit == "Y":
        return f"{anchor.year + amount:04d}"
    if unit == "DE":
        return f"{(anchor.year + 10 * amount) // 10:03d}"
    if unit == "CE":
        return f"{(anchor.year + 100 * amount) // 100:02d}"
    return None


def duration(amount: float | None, unit: str) -> str:
    """``P4Y``, ``P2W``, ``PT24H``; ``PXY`` for an unknown count."""
    if amount is None:
        n = "X"
    elif float(amount).is_integer():
        n = str(int(amount))
    else:
        n = f"{amount:g}"
    if unit in ("H", "MIN", "S"):
        return f"PT{n}{'M' if unit == 'MIN' else unit}"
    if unit == "8Y":  # windu
        return f"P{int(amount) * 8 if amount is not None else 'X'}Y"
    return f"P{n}{unit}"
