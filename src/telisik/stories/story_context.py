"""What of a story's events is its context, not its own happenings: history it recounts, the backdrop it is told against,
and what its reports mention only in passing.

A story's timeline tells what its reports are about: what their leads (their first sentences) and titles tell. A
happening told only as another's backdrop ("akibat serangan Israel", ``lang/id/backdrop_cues.txt``), one dated a week
and more before the story and told in no lead, one of days before the story that every report introduces as the
cause of its news ("Usai insiden kecelakaan ..., Air India memutuskan ..."), or one a single report mentions in passing
deep down is context: the story's background, or no entry at all. Split from ``timeline``, which groups a story's
events into happenings.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import date, timedelta
from functools import cache
from typing import TYPE_CHECKING, Any

from telisik.lang import lower_word_list
from telisik.lang.roots import root_candidates
from telisik.pages.dates import alternation
from telisik.records.stories import TimelineEntry
from telisik.stories.article import StoryArticle, fact_field
from telisik.stories.clause_cues import is_backdrop
from telisik.stories.event_names import HAPPENINGS, PLACED_HAPPENINGS, interval

if TYPE_CHECKING:
    from telisik.stories.timeline import EventGroup, TimelineConfig

# the sentences of an article's lead: what it is about, not what it mentions in passing further down
LEAD_SENTENCES = 2
# a story of at least this many articles tells its happenings in some article's lead: an undated one only mentioned in
# passing further down in its articles ("Rival domestik menuduhnya ...", an explainer's aside) is no happening of it
PASSING_STORY_ARTICLES = 10
# happenings a report tells as the cause of what it is about (the eruption that grounded the flight home, the strike
# that closed an airspace): told in passing by one report of a story leading with none of their kind, context, not its own
CAUSES = frozenset({"DISASTER", "ACCIDENT", "ATTACK"})
# the fates a cause's sentence tells it caused ("mengakibatkan tewasnya 270 orang"): told with it, they are as old as it is
TOLLS = frozenset({"DIE", "INJURE"})
# days at least of a date that is a period (a month, a year), not a day a happening can be placed on
PERIOD_DAYS = 28


def title_roots(text: str) -> set[str]:
    return set().union(*(root_candidates(w) for w in re.findall(r"\w{4,}", text.lower())))


def _names_it(trigger: str, roots: set[str]) -> bool:
    """Whether a story's titles name a trigger's happening by a root of one of its words ("Israel Gempur Iran" and
    "gempuran", "Pendaftaran Ditutup" and "penutupan")."""
    return bool(title_roots(trigger) & roots)


def told_as_backdrop(group: EventGroup, roots: set[str]) -> bool:
    """A happening every report of which tells it as another's backdrop ("Bitcoin turun akibat serangan Israel"), in a
    story none of whose titles names it by a word of its triggers: context of the story, not one of its happenings."""
    if not group.mentions or not all(m.backdrop for m in group.mentions):
        return False
    return not any(_names_it(str(fact_field(m.event, "trigger") or ""), roots) for m in group.mentions)


def is_background(
    entry: TimelineEntry, group: EventGroup, first: date | None, config: TimelineConfig, own: frozenset[str], causes: Collection[int] = ()
) -> bool:
    """History, not the story: ended well before its first article, or told only in explainers before it, or before it
    and a strike, disaster or crash in a story none of whose articles leads with a happening (``own``: the Israeli strikes
    of a week before, in the story of a traveller stuck at a border), or one of the ``causes`` its reports tell as why
    their news came about (the ids of ``causes_told_before``'s groups)."""
    span = interval(entry.when)
    if id(group) in causes:
        return True
    if first is None or span is None:
        return False
    if span[1] < first - timedelta(days=config.background_days):
        return True
    if span[1] >= first - timedelta(days=config.slack_days):
        return False
    # a strike, a disaster or a crash before a story that leads with no happening is the backdrop it began against (a
    # war in a traveller's story); a closure, an evacuation or a protest before it is the story's own lead-up (a mine
    # halted days before its permit is revoked), and so is any happening before one that leads with a happening
    backdrop = bool(own) and not own & HAPPENINGS and group.type in PLACED_HAPPENINGS
    return (
        backdrop
        or all(m.explainer for m in group.mentions)
        or all(m.day is not None and m.day - span[1] >= timedelta(days=config.history_days) for m in group.mentions)
    )


def lead_end(article: StoryArticle, lead_sentences: int = LEAD_SENTENCES) -> int:
    """Where an article's lead (its first ``lead_sentences`` sentences) ends in its body."""
    ends = sorted(end for _, end in article.sentence_spans)
    return ends[min(lead_sentences, len(ends)) - 1] if ends else 0


def in_lead(event: Any, lead_end: int) -> bool:
    """Whether an event is told in its article's body before ``lead_end`` (``lead_end``), not in a caption."""
    start = fact_field(event, "start")
    return isinstance(start, int) and start < lead_end and fact_field(event, "in") != "caption"


def lead_kinds(articles: Sequence[StoryArticle]) -> frozenset[str]:
    """The kinds of event a story's articles lead with (their first sentences), not as a backdrop ("Di tengah ... pasca
    serangan Israel ke Iran, harga kripto ..." leads with no attack): the story's own happenings."""
    kinds: set[str] = set()
    for a in articles:
        end = lead_end(a)
        kinds.update(str(fact_field(ev, "type")) for ev in a.events if in_lead(ev, end) and not is_backdrop(a, ev))
    return frozenset(kinds)


def passing(entry: TimelineEntry, group: EventGroup, story_articles: int, own: frozenset[str]) -> bool:
    """Whether an entry rests only on passing mentions: told in no article's lead and named by no title of its articles,
    and, in a large story, undated (dated by its articles' leads) or told by one article only. A war's story of dozens
    of articles tells what happened in its leads and titles; a commentator's aside deep in an explainer, dated by the
    strike its lead reports, an airline's suspension or a hospital's evacuation in a round-up's tenth paragraph, or a
    pilgrims' flight home recalled in a report on another day's strike, is no happening the story's reports tell. In a
    story of a few reports, so is an eruption, a crash or a strike of a kind none of them leads with (``own``), told by
    one of them only as the cause of something else (``Mention.backdrop``: "Pemulangannya terhambat penerbangan yang terdampak erupsi Gunung
    Lewotobi" in a drowning's story)."""
    # a lead's backdrop ("terhambat penerbangan yang terdampak erupsi ...") is not what the lead tells
    if any(m.in_lead and not m.backdrop for m in group.mentions) or _in_its_title(group):
        return False
    if story_articles < PASSING_STORY_ARTICLES:
        return group.type in CAUSES and group.type not in own and len(group.articles) == 1 and all(m.backdrop for m in group.mentions)
    return entry.date_inferred or len(group.articles) == 1


def _in_its_title(group: EventGroup) -> bool:
    """Whether an article's title names the happening its mention tells, by a root of the trigger ("Jadi Saksi di Sidang
    Hasto" and "sidang"): what the article is about, wherever in it the mention stands."""
    return any(_names_it(str(fact_field(m.event, "trigger") or ""), title_roots(m.body.split("\n", 1)[0])) for m in group.mentions)


def recounted(entry: TimelineEntry, group: EventGroup, first: date | None, story_articles: int, config: TimelineConfig) -> bool:
    """Whether an entry is history a story's articles recount: dated a week or more before its first article
    (``recount_days``) and told in no article's lead (flights cancelled a week before the war began, "Israel mulai
    menyerang Iran pada 13 Juni lalu" in a report on the hospitals struck since, the crash a week before the airline's
    cancellations); in a large story, dated ``large_recount_days`` before its first article however it is told (the
    strikes that began a war, recalled in the leads of the reports of its second week). A story tells what happened
    from its first report on; what happened well before it is its background (the threat of two days before is still
    its own time)."""
    span = interval(entry.when)
    if first is None or span is None:
        return False
    if story_articles >= PASSING_STORY_ARTICLES and span[1] <= first - timedelta(days=config.large_recount_days):
        return True
    return span[1] <= first - timedelta(days=config.recount_days) and not any(m.in_lead for m in group.mentions)


def told_as_plan(entry: TimelineEntry) -> bool:
    """Whether an entry is a plan as its newest report tells it ("akan berangkat ke Birmingham akhir Juni"): not yet a
    happening; the timeline tells what happened (a plan that happens is reported again, as done)."""
    return entry.status == "planned"


def dated_by_its_own_period(entry: TimelineEntry, first: date | None) -> bool:
    """Whether an entry's only date is the year or the month the story happens in ("tahun ini", "pada 2025", "pada Juni
    2025"): a figure of the year (the deals so far, the loans of the quarter), a plan for some time in it, or a backdrop
    ("pasca serangan udara Israel ke Iran pada Juni 2025" in a markets story), no happening the timeline can place."""
    span = interval(entry.when)
    return bool(first and span and span[0] <= first <= span[1] and (span[1] - span[0]).days >= PERIOD_DAYS)


@cache
def _backdrop_cue_ending() -> re.Pattern[str]:
    """A cue of ``backdrop_cues.txt`` ending a text, with at most one word after it ("terdampak", "usai tragedi")."""
    return re.compile(rf"(?<![\w-])(?:{alternation(lower_word_list('id', 'backdrop_cues.txt'))})\s+(?:\w+\s+)?$")


def _title_tells(title: str, trigger: str) -> tuple[bool, bool]:
    """Whether a title names a happening, by a root of its trigger, after a backdrop cue ("Ribuan Jiwa Terdampak
    Kebakaran Kapuk Muara", "83 Pembatalan Setelah Kecelakaan Fatal": as what caused its news), and whether it names it
    otherwise ("Dunia Mengecam Serangan Israel ke Iran": as its news)."""
    roots, text = title_roots(trigger), title.lower()
    words = [w for w in re.finditer(r"\w{4,}", text) if title_roots(w.group()) & roots]
    told = [_backdrop_cue_ending().search(text[: w.start()]) is not None for w in words]
    return any(told), not all(told)


def _introduced_as_cause(group: EventGroup) -> bool:
    """Whether every article telling a happening introduces it as the cause of its own news: its title names it only as
    a cause (``_title_tells``), or names it not at all and its first report there is a backdrop ("Usai insiden
    kecelakaan ..., Air India memutuskan ...", ``Mention.backdrop``)."""
    for article in {m.article for m in group.mentions}:
        told = [m for m in group.mentions if m.article == article]
        opening = min(told, key=lambda m: fact_field(m.event, "start") if isinstance(fact_field(m.event, "start"), int) else 0)
        title = opening.body.split("\n", 1)[0]
        readings = [_title_tells(title, str(fact_field(m.event, "trigger") or "")) for m in told]
        if any(news for _, news in readings) or not (opening.backdrop or any(cause for cause, _ in readings)):
            return False
    return bool(group.mentions)


def _told_with(group: EventGroup, told: set[tuple[str, str]], before: date) -> bool:
    """Whether a happening dated before ``before`` is told only in the sentences ``told`` (article, sentence)."""
    return (
        bool(group.spans)
        and max(s[1] for s in group.spans) < before
        and all((m.article, str(fact_field(m.event, "sentence") or "")) in told for m in group.mentions)
    )


def _titles_name_as_news(group: EventGroup, titles: set[str]) -> bool:
    """Whether one of the titles names a happening as its news, not after a backdrop cue ("Korban Tewas Usai Gempa
    Myanmar Bertambah": the toll is the story's news, the quake its cause)."""
    triggers = {str(fact_field(m.event, "trigger") or "") for m in group.mentions}
    return any(_title_tells(title, trigger)[1] for title in titles for trigger in triggers)


def causes_told_before(groups: Sequence[EventGroup], first: date | None, config: TimelineConfig) -> frozenset[int]:
    """The crashes, strikes and disasters (``CAUSES``) dated days before the story's first article (more than
    ``slack_days``) that every report introduces as the cause of its news (``_introduced_as_cause``: the Air India crash
    of the 12th in the story of its cuts of the 19th, a fire of the 6th in the story of the kitchens set up for its
    victims on the 11th), with the deaths and injuries told only in their sentences (the crash's toll) unless a title of
    its reports names them as its news ("Korban Tewas Usai Gempa Myanmar Bertambah"), by their ids: the story's history,
    told as why its news came about, not its happenings."""
    if first is None:
        return frozenset()
    before = first - timedelta(days=config.slack_days)
    causes = [
        g for g in groups if g.type in CAUSES and g.spans and max(s[1] for s in g.spans) < before and _introduced_as_cause(g)
    ]
    told = {(m.article, str(fact_field(m.event, "sentence") or "")) for g in causes for m in g.mentions}
    titles = {m.body.split("\n", 1)[0] for g in causes for m in g.mentions}
    tolls = [g for g in groups if g.type in TOLLS and _told_with(g, told, before) and not _titles_name_as_news(g, titles)]
    return frozenset(id(g) for g in [*causes, *tolls])
