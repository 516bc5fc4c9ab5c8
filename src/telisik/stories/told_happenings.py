"""The happenings an article tells, as its analysis's events give them, keyed by type and a name: what vouches that two
pieces of one outlet tell one happening when their headlines name it in other words.

An outlet's two pieces on one happening often share no name in their headlines ("Mobil Boks Terguling di Sukamaju" /
"Truk Beras Terbalik Tutup Jalan di Cibeunying": a ward, a district), and the clustering keeps one outlet's alike pieces
apart unless something vouches for them (its beat's pieces are alike in words too). An event of a type a party has one
of (a crash, a death, an arrest, a trial) that both pieces tell of the same named person, or of the same named road or
village, on the day they are both of, is that voucher.
"""

from __future__ import annotations

from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from datetime import date
from functools import cache

from telisik.lang import table, word_list
from telisik.stories.article import fact_field
from telisik.stories.event_names import place_level
from telisik.text import fold_name

OCCURRED = "occurred"
# what of an event tells its happening: the fields a compact cluster record keeps (``describe.cluster_record``)
TOLD_EVENT_FIELDS = ("type", "status", "when", "who", "where")
# a key: "TYPE|day|folded name"
TOLD_SEPARATOR = "|"


@cache
def _anchors() -> dict[str, frozenset[str]]:
    """Event type -> what names its happening ("who", "where"): ``cluster_told_happenings.tsv``."""
    return {row[0]: frozenset(row[1].split(",")) for row in table("id", "cluster_told_happenings.tsv") if len(row) > 1}


def _narrow_place(name: str) -> bool:
    """Whether a place's head word gives it a level narrow enough for one happening of a kind a day (a road, a
    village: ``cluster_told_place_levels.txt``)."""
    return place_level(name) in word_list("id", "cluster_told_place_levels.txt")


def _full_name(name: str) -> bool:
    """Whether a person's name is more than initials: "S", "UA" (a suspect's initials, as the police give them) name
    many people, and one outlet's two arrests on one day are often of suspects sharing them."""
    return any(ch.islower() for ch in name)


def told_happenings(events: Iterable[object], day: date | None, people: Iterable[str], dated: bool = True) -> frozenset[str]:
    """The keys ("TYPE|day|name") of the happenings of ``day`` an article's ``events`` tell: of a type
    ``cluster_told_happenings.tsv`` lists, occurred on that day (``dated``; else those of no known day, which the
    article tells as of its own day or looks back to), each with the name of one of the article's ``people`` that it
    names, or the narrow place it names (``_narrow_place``), as that type's row allows."""
    if day is None:
        return frozenset()
    anchors, persons, today = _anchors(), {fold_name(p) for p in people}, day.isoformat()
    keys: set[str] = set()
    for event in events:
        kind, when = str(fact_field(event, "type") or ""), fact_field(event, "when")
        named = anchors.get(kind)
        of_day = isinstance(when, str) and when[:10] == today if dated else when is None
        if not named or fact_field(event, "status") != OCCURRED or not of_day:
            continue
        names: set[str] = set()
        if "who" in named:
            names.update(n for who in fact_field(event, "who") or () if _full_name(str(who)) and (n := fold_name(str(who))) in persons)
        where = str(fact_field(event, "where") or "")
        if "where" in named and where and _narrow_place(where):
            names.add(fold_name(where))
        keys.update(TOLD_SEPARATOR.join((kind, today, name)) for name in names)
    return frozenset(keys)


def one_told(mine: tuple[AbstractSet[str], AbstractSet[str]], theirs: tuple[AbstractSet[str], AbstractSet[str]]) -> bool:
    """Whether two sides (each its keys of happenings dated its day, and of its undated ones) tell one happening: a key
    dated on one side at least, of the other side's keys either way (two undated ones may be a look back both give)."""
    (dated, undated), (their_dated, their_undated) = mine, theirs
    return not dated.isdisjoint(their_dated) or not dated.isdisjoint(their_undated) or not undated.isdisjoint(their_dated)
