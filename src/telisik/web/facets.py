"""The search page's facets as links: each value with its count, a click narrowing the search, the query and the other filters kept.

The counts come from ``store.search.facets`` (each facet counted as if its own
filter were unset, so its other values stay reachable). The days are listed by
day, week, month or year, whichever keeps the list short.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

from telisik.store.search import Facets
from telisik.web.plot import MONTHS
from telisik.web.views import query_string

# the days facet lists at most this many periods: days, else weeks, months or years
MAX_PERIODS = 16
UNITS = ("day", "week", "month", "year")


def period(d: date, unit: str) -> tuple[date, date]:
    """The first and last day of the period ``d`` falls in."""
    if unit == "week":
        start = d - timedelta(days=d.weekday())
        return start, start + timedelta(days=6)
    if unit == "month":
        following = date(d.year + 1, 1, 1) if d.month == 12 else date(d.year, d.month + 1, 1)
        return d.replace(day=1), following - timedelta(days=1)
    if unit == "year":
        return date(d.year, 1, 1), date(d.year, 12, 31)
    return d, d


def period_label(start: date, unit: str) -> str:
    if unit == "year":
        return str(start.year)
    if unit == "month":
        return f"{MONTHS[start.month - 1]} {start.year}"
    day = f"{start.day} {MONTHS[start.month - 1]} {start.year}"
    return f"week of {day}" if unit == "week" else day


def periods(days: Sequence[tuple[date, int]]) -> tuple[str, list[tuple[date, date, int]]]:
    """The days' counts summed per period, oldest first: per day, else per week, month or year, the first unit
    that gives at most ``MAX_PERIODS`` periods with matches."""
    for unit in UNITS:
        counts: Counter[tuple[date, date]] = Counter()
        for d, n in days:
            counts[period(d, unit)] += n
        if len(counts) <= MAX_PERIODS or unit == UNITS[-1]:
            return unit, [(lo, hi, n) for (lo, hi), n in sorted(counts.items())]
    raise AssertionError("unreachable: the last unit always returns")


def _href(params: Mapping[str, Any], **changed: Any) -> str:
    return "/search?" + query_string({**params, **changed, "page": None})


def facet_links(found: Facets, params: Mapping[str, Any]) -> dict[str, Any]:
    """The facets as the search page lists them: each value's label, count, link and whether it is the filter now."""
    unit, spans = periods(found.days)
    return {
        "outlets": [
            {"label": o, "count": n, "href": _href(params, outlet=o), "active": o == params.get("outlet")} for o, n in found.outlets
        ],
        "entities": [
            {
                "label": e["name"],
                "type": e["type"],
                "count": e["articles"],
                "href": _href(params, entity=e["id"]),
                "active": e["id"] == params.get("entity"),
            }
            for e in found.entities
        ],
        "unit": unit,
        "days": [
            {
                "label": period_label(lo, unit),
                "count": n,
                "href": _href(params, since=lo, until=hi),
                "active": (lo, hi) == (params.get("since"), params.get("until")),
            }
            for lo, hi, n in spans
        ],
        "undated": found.undated,
        "min_outlets": [
            {"label": f"{k} or more outlets", "count": n, "href": _href(params, min_outlets=k), "active": k == params.get("min_outlets")}
            for k, n in found.min_outlets
        ],
        # the links that drop one filter, the others kept
        "drop": {
            "outlet": _href(params, outlet=None),
            "entity": _href(params, entity=None),
            "day": _href(params, since=None, until=None),
            "min_outlets": _href(params, min_outlets=None),
        },
    }
