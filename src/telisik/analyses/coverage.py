"""Coverage over time: how many articles each day, overall and by outlet, story or entity.

Pure functions over plain rows (article dicts of ``analysis.json``, or headline
rows with a ``day``): what the story page charts, what a notebook counts. A
row's day is its ``day`` when it has one (the store's column), else the day its
``published`` starts with, else the day its dates were resolved against
(``stories.article.article_day``): the day the page itself shows, in the
outlets' zone (WIB). A row without any is undated: counted apart, never on a
made-up day. ``store.coverage`` counts the same in SQL over a whole store.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from telisik.pages.dates import iso_day
from telisik.stories.article import article_day

Row = Mapping[str, Any]
DayCounts = list[tuple[date, int]]
# the key of a row without an outlet
UNKNOWN_OUTLET = "(outlet unknown)"


def row_day(row: Row) -> date | None:
    """The row's day: its ``day``, else its publication day, else the day its dates were resolved against."""
    if row.get("day"):
        return iso_day(row["day"])
    try:
        return article_day(row)
    except (TypeError, ValueError, AttributeError):
        return None  # a row in no article's shape has no day


def outlet_of(row: Row) -> str:
    return str(row.get("outlet") or "").strip() or UNKNOWN_OUTLET


def entity_ids(row: Row) -> list[str]:
    """The store entity ids a row names: its ``entity_ids``, else its entities' ``global_id`` (each once)."""
    if isinstance(row.get("entity_ids"), list):
        return list(dict.fromkeys(str(e) for e in row["entity_ids"] if e))
    entities = row.get("entities") or []
    return list(dict.fromkeys(str(e["global_id"]) for e in entities if isinstance(e, Mapping) and e.get("global_id")))


def counts_per_day(rows: Iterable[Row]) -> DayCounts:
    """Articles per day, oldest first; undated rows are left out (``undated`` counts them)."""
    counts = Counter(d for r in rows if (d := row_day(r)))
    return sorted(counts.items())


def undated(rows: Iterable[Row]) -> int:
    return sum(1 for r in rows if row_day(r) is None)


def counts_per_day_by(rows: Iterable[Row], keys: Callable[[Row], Iterable[str]]) -> dict[str, DayCounts]:
    """Articles per day under each key a row has (``keys(row)``; a row may have several, as it names
    several entities), the keys with the most articles first (ties by name)."""
    counts: dict[str, Counter[date]] = defaultdict(Counter)
    for r in rows:
        if (d := row_day(r)) is None:
            continue
        for key in dict.fromkeys(keys(r)):
            counts[key][d] += 1
    order = sorted(counts, key=lambda k: (-sum(counts[k].values()), k.casefold(), k))
    return {k: sorted(counts[k].items()) for k in order}


def by_outlet(rows: Iterable[Row]) -> dict[str, DayCounts]:
    return counts_per_day_by(rows, lambda r: [outlet_of(r)])


def by_story(rows: Iterable[Row]) -> dict[str, DayCounts]:
    """Per story id (``story``); rows in no story are left out."""
    return counts_per_day_by(rows, lambda r: [str(r["story"])] if r.get("story") else [])


def by_entity(rows: Iterable[Row]) -> dict[str, DayCounts]:
    """Per store entity id: the days of the articles that name it (``entity_ids``)."""
    return counts_per_day_by(rows, entity_ids)


@dataclass(frozen=True)
class CoverageFilter:
    """Which articles coverage counts: one outlet, entity or story, and days from-to (both included)."""

    outlet: str | None = None
    entity: str | None = None
    story: str | None = None
    since: date | None = None
    until: date | None = None

    def keeps(self, row: Row) -> bool:
        day = row_day(row)
        if (self.since or self.until) and day is None:
            return False
        return (
            (not self.outlet or outlet_of(row) == self.outlet)
            and (not self.story or str(row.get("story") or "") == self.story)
            and (not self.entity or self.entity in entity_ids(row))
            and (not self.since or (day is not None and day >= self.since))
            and (not self.until or (day is not None and day <= self.until))
        )


@dataclass
class Coverage:
    """Articles per day of the rows a filter keeps: in all, per outlet, and how many had no day."""

    total: DayCounts = field(default_factory=list)
    outlets: dict[str, DayCounts] = field(default_factory=dict)
    undated: int = 0

    @property
    def articles(self) -> int:
        return sum(n for _, n in self.total) + self.undated


def coverage(rows: Sequence[Row], where: CoverageFilter | None = None) -> Coverage:
    """The coverage of the ``rows`` that ``where`` keeps (all of them without one)."""
    kept = [r for r in rows if where is None or where.keeps(r)]
    return Coverage(counts_per_day(kept), by_outlet(kept), undated(kept))
