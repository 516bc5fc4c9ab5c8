"""``Store.check``: the store's invariants, checked, and what a crashed run or a hand edit broke, mended.

Every article is in exactly one story, and each story holds the articles that
say they are in it; ``seq`` numbers are unique; no entity link, entity key or
quote names an article or entity that is not stored; no run left stories to
remake; SQLite's search index holds each article once, as stored.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from telisik.collection.steps import Reanchor
from telisik.pages.dates import iso_day
from telisik.store import schema
from telisik.store.collection import remake_stories
from telisik.store.connection import count, meta
from telisik.store.rows import STORIES_FROM, mark_stories_from
from telisik.store.search import index_again, unindexed

if TYPE_CHECKING:
    from telisik.store.repository import Store


@dataclass
class CheckReport:
    """What ``Store.check`` found wrong, a line a problem, and what it repaired, a line a repair."""

    problems: list[str] = field(default_factory=list)
    repaired: list[str] = field(default_factory=list)

    @property
    def clean(self) -> bool:
        return not self.problems


@dataclass
class Findings:
    """What ``check`` found, as its repair needs it."""

    # (what, table, condition, rows) of each kind of dangling row found
    dangling: list[tuple[str, sa.Table, sa.ColumnElement[bool], int]]
    seq_repeats: int
    unindexed: list[str]
    story_lines: list[str]
    # the days of the articles and stories in doubt, from which stories are remade
    days: list[date | None]
    pending: str | None

    def lines(self) -> list[str]:
        lines = [f"{n} {what}" for what, _, _, n in self.dangling]
        if self.seq_repeats:
            lines.append(f"{self.seq_repeats} seq numbers are each held by more than one article")
        if self.unindexed:
            lines.append(f"{len(self.unindexed)} articles have search index rows missing, stale or repeated: {some(self.unindexed)}")
        lines += self.story_lines
        if self.pending:
            lines.append(f"stories from {self.pending} on are still to be remade (a run stopped before its last step)")
        return lines


def check(store: Store, repair: bool, reanchor: Reanchor | None) -> CheckReport:
    """The store's invariants, checked; with ``repair``, mended (the caller holds the write lock)."""
    with store.engine.connect() as conn:
        found = findings(conn)
    report = CheckReport(problems=found.lines())
    if repair and report.problems:
        mend(store, found, report, reanchor)
    return report


def findings(conn: Connection) -> Findings:
    a = schema.articles
    repeated_seq = sa.select(a.c.seq).group_by(a.c.seq).having(sa.func.count() > 1).subquery()
    story_lines, days = story_faults(conn)
    return Findings(
        dangling=[(what, table, where, n) for what, table, where in dangling() if (n := count(conn, table, where))],
        seq_repeats=count(conn, repeated_seq),
        unindexed=unindexed(conn),
        story_lines=story_lines,
        days=days,
        pending=meta(conn, STORIES_FROM),
    )


def mend(store: Store, found: Findings, report: CheckReport, reanchor: Reanchor | None) -> None:
    """Delete the dangling rows, index again the articles the search index has wrong, number the articles
    again in their order, and remake the stories from the earliest day in doubt."""
    with store.engine.begin() as conn:
        for what, table, where, n in found.dangling:
            conn.execute(sa.delete(table).where(where))
            report.repaired.append(f"deleted {n} {what}")
        if found.unindexed:
            index_again(conn, found.unindexed)
            report.repaired.append(f"indexed {len(found.unindexed)} articles for search again")
        if found.seq_repeats:
            report.repaired.append(f"numbered {renumber(conn)} articles again, in their order")
        if found.days:
            mark_stories_from(conn, found.days)
    if store.pending_stories_from() is not None:
        stories, articles = remake_stories(store, None, reanchor)
        report.repaired.append(f"remade {stories} stories from {articles} articles")


def renumber(conn: Connection) -> int:
    """Make ``seq`` unique, keeping the articles' order (ties in id order); returns how many were renumbered."""
    a = schema.articles
    changed, last = [], 0
    for aid, seq in conn.execute(sa.select(a.c.id, a.c.seq).order_by(a.c.seq, a.c.id)):
        new = max(seq, last + 1)
        if new != seq:
            changed.append({"aid": aid, "seq": new})
        last = new
    if changed:
        conn.execute(sa.update(a).where(a.c.id == sa.bindparam("aid")).values(seq=sa.bindparam("seq")), changed)
    return len(changed)


@dataclass
class Membership:
    """Which story each article says it is in, and which articles each story lists."""

    # article id -> its row (id, story_id, day)
    articles: dict[str, Any]
    # story id -> its first day
    first: dict[str, date | None]
    # article id -> the stories that list it
    listed: dict[str, list[str]]

    @classmethod
    def read(cls, conn: Connection) -> Membership:
        a, s = schema.articles, schema.stories
        articles = {r.id: r for r in conn.execute(sa.select(a.c.id, a.c.story_id, a.c.day))}
        first: dict[str, date | None] = {}
        listed: dict[str, list[str]] = defaultdict(list)
        for sid, day, data in conn.execute(sa.select(s.c.id, s.c.first, s.c.data)):
            first[sid] = iso_day(day)
            for aid in (data or {}).get("articles") or []:
                listed[aid].append(sid)
        return cls(articles, first, listed)


def story_faults(conn: Connection) -> tuple[list[str], list[date | None]]:
    """Lines for the articles not in exactly one story and the stories that do not hold what is in them,
    and the days from which to remake the stories to mend them."""
    m = Membership.read(conn)
    articles, first, listed = m.articles, m.first, m.listed
    no_story = [aid for aid, r in articles.items() if r.story_id not in first]
    astray = [aid for aid, r in articles.items() if r.story_id in first and listed.get(aid) != [r.story_id]]
    ghosts = sorted({sid for aid, sids in listed.items() if aid not in articles for sid in sids})
    empty = sorted(set(first) - {r.story_id for r in articles.values()})
    faults = {
        "articles are in no story": no_story,
        "articles are not listed by their story alone": astray,
        "stories list articles not stored": ghosts,
        "stories hold no article": empty,
    }
    lines = [f"{len(ids)} {what}: {some(ids)}" for what, ids in faults.items() if ids]
    days = [iso_day(articles[aid].day) for aid in (*no_story, *astray)]
    days += [first[sid] for sid in {*ghosts, *empty, *(articles[aid].story_id for aid in astray)}]
    return lines, days


def dangling() -> list[tuple[str, sa.Table, sa.ColumnElement[bool]]]:
    """(what, table, condition) of each kind of row that names an article or entity not stored."""
    a, e, ae, ek, qt = schema.articles, schema.entities, schema.article_entities, schema.entity_keys, schema.quotes
    return [
        ("entity links of articles not stored (article_entities)", ae, ae.c.article_id.not_in(sa.select(a.c.id))),
        ("entity links to entities not stored (article_entities)", ae, ae.c.entity_id.not_in(sa.select(e.c.id))),
        ("entity keys of entities not stored (entity_keys)", ek, ek.c.entity_id.not_in(sa.select(e.c.id))),
        ("quotes of articles not stored (quotes)", qt, qt.c.article_id.not_in(sa.select(a.c.id))),
    ]


def some(ids: Sequence[str], shown: int = 10) -> str:
    """The first ``shown`` ids, and how many more."""
    more = f" and {len(ids) - shown} more" if len(ids) > shown else ""
    return ", ".join(ids[:shown]) + more
