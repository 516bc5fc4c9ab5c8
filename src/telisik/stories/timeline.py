"""A story's timeline: its articles' events merged into the distinct real-world events.

Mentions of one event (same type, the same agent or the same parties, dates
that fit) are grouped across articles; each group is one entry with its
best-supported date and the articles that report it, and the dates, clock
times and places different sources give it that disagree are its conflicts.

The timeline is the story's, not its history's: an entry dated well before the
story's first article (``TimelineConfig.background_days``), or told only in
explainer sentences ("Sebagai informasi, ...", ``lang/id/background_cues.txt``)
before it, or told before it only by articles weeks after it (``history_days``),
goes to the story's ``background``. A date never precedes what it dates: a happening
dated after the article that reports it has a wrong date, which is dropped. A death toll or injury count told as a running total
("sejauh ini", ``event_words.tsv``, role total) is a figure of the story (its
updates), not a happening, and is left out of the timeline. An undated
happening is dated by the day its article's lead reports (``date_inferred``),
and left out when there is none. Participants are
names (``parties``: pronouns, glued words, regions and headlines are left out).
History a story recounts (a week before its first article, told in no lead; in a large story, six days before
it however told) is background too, and what one report tells only in passing is no entry (``story_context``); reports of
an evacuation or a closure that share only a common noun ("warga") are one only at
one place; a trial's hearings of two days are two, and so are a war's strikes (its
dead, its injured) of one day in two countries, or by two attackers; a date the text states outweighs a
speaker's quoted "kemarin"; the doer of a killing is no one the death befell. Disasters and accidents of one day whose
clock times lie hours apart (quakes at 04:17 and 06:15) are two, an article's one clock for its kind holding for its
sentences that give none; a report's cancellation for a later day is not another day's on the same notice; the police
force named in two arrests' reports does not make them one; undated statements of two days' reports are two, and so is an
undated confirmation reported two days after a dated one; and a date whose weekday does not fit it dates nothing.
Who only tells a death, an injury, a crash or an arrest ("ujar Pinkan", ``stories.speakers``) or the medium it cites is
no party of it, and an act lists its agent first (a passive verb's "oleh X", the police, the court, the rescuers,
``act_agents.tsv``); a quotation's "hari ini" is the day its speaker said it when the report gives that day; a reporter's
request for comment ("dikonfirmasi wartawan", ``comment_requests.tsv``) confirms nothing, and a trigger inside a room's
name ("Ruang Sidang Utama") is no hearing.
An entry's place is read in the sentence that gives it: a country told as whose ("turis Jerman", "BMKG RI") or a place
a meeting talks about ("rapat membahas izin tambang di Raja Ampat") is none, and a name cut before its bracketed short
form or after a hospital's lower-case head is made whole; a recap's "hari ini" ("Sebelumnya, ... hari ini melakukan
rapat") is the day of the old report it pastes, when the recap goes on to date it, so the happening is background.
A death or an injury told only of a common noun ("pria itu meninggal dunia") is the one named death of its day its
reports tell (``fold_unnamed_fates``); the police force that hunts a killer, a city named bare ("Bandar Lampung") and the
rest of a hospital's name ("RSUD Meuraxa") are no parties; an attack lists the one written as its victim after its doer;
a death dated by the day its body was found, when the story dates the drowning days before, has no date of its own
(``finding_cues.txt``); a fire told only as whom it left behind ("meninjau pengungsian korban kebakaran") is no report
of it (``aftermath_cues.txt``); the player who came on ("digantikan Goncalo Ramos") is no party of an injury; and a
road's name cut before its last word is made whole ("Jalan Sedap Malam").
The wound of one whose death the story tells that day is no entry apart (``_injury_of_the_dead``); the owner of stolen
goods and an accomplice who got away are no parties of an arrest (``arrest_bystander_cues.tsv``), nor is a nickname
beside the full name (``nickname_cues.txt``); a date written after the verb that tells an act is the telling's, a visit
told only as where a statement was made is none, a roundup's numbered crashes are apart and its lead none of them
(``clause_cues``); and a planned confirmation dated after its report has no date.
A date the events carry to a sentence from another gives way to an older one told between them, in the sentence's
paragraph or one it goes on with ("Tahun lalu, seorang turis lain ... Si turis hanya mengalami luka ringan"), and a cited
medium's day carried past the happening's own gives way to it (``_nearer_date``); a bare clock on a cited medium's day
dates nothing (``_clock_on_cited_day``); an act told in a clause of "sebelum" is not dated past its comma; a general
statement ("tak sedikit ..."), history told by its era ("Perang Dunia II") and a deal only hoped for are no happenings;
one bomb threat's reports are one entry whoever each names (``threat_words.tsv``); and the crashed bus's journey ("sedang
dalam perjalanan dari Jertih") is no visit of a crash's story.
Carrying the dead or the dying to a hospital is no evacuation (``dead_carried_cues.tsv``, ``_carrying_the_dead``); a
crash, a death or an injury told under a condition of whoever meets it ("Bagi lansia yang terjatuh ...",
``condition_openers.txt``) is advice; a ramming told in an attack's sentence is a blow of the attack; an unnamed death
a lead tells of one person ("seorang gadis meninggal") is the named death of its day; a happening recalled to last week
("pekan lalu") in no lead is background; and an official's confirmation or appeal told undated on any day after its lead's
happening is dated by neither day.
An act told only of common nouns ("Para pelaku berhasil diamankan", "penerbangan domestik yang dibatalkan") is the one
act of its kind and day its articles name someone of (``fold_unnamed_acts``); and an undated crash, attack or disaster
told as the backdrop of what its lead reports ("dibatalkan akibat erupsi ...") takes no day from that lead. An
evacuation's place is one its reports' own sentences name ("memulangkan ... dari Israel") before one an event carried
from another sentence (``MOVED_PEOPLE``). A crash, a strike or a disaster of days before the story that every report
introduces as the cause of its news ("Usai insiden kecelakaan ..., Air India memutuskan ...", a title's "Terdampak
Kebakaran ..."), and the toll told in its sentences, are background (``causes_told_before``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from difflib import SequenceMatcher
from functools import cache, lru_cache
from typing import Any

from telisik.lang import calendar_words, lower_word_list, mapping, person_titles, table, words_by_role
from telisik.nlp.events.lexicon import a_killing
from telisik.pages.dates import alternation
from telisik.records.stories import Conflict, EventSource, TimelineEntry
from telisik.stories.article import ArticleLike, StoryArticle, fact_field
from telisik.stories.clause_cues import (
    clause_clock,
    confirms_the_story,
    dated_by_a_period,
    dated_by_a_reaction,
    dated_by_its_telling,
    dated_by_its_viewing,
    dated_in_a_later_clause,
    dated_in_an_earlier_clause,
    dated_in_its_sentence,
    dated_loosely,
    dated_past_its_clause,
    is_backdrop,
    part_of,
    roundup_lead_counts,
    roundup_parts,
    sentence_span,
    told_as_an_earlier_one,
    told_as_another_incident,
    told_as_closing_appeal,
    told_as_condition,
    told_as_habit,
    told_as_hope,
    told_as_hurt_carried,
    told_as_journey,
    told_as_since,
    told_as_statement_setting,
    told_as_tally,
    told_as_threat,
    told_in_an_interview,
    told_in_history,
    viewing_dated,
)
from telisik.stories.cutoffs import cutoff_day, is_running_total
from telisik.stories.event_conflicts import StoryPlaces, event_conflicts, quoted_relative_date
from telisik.stories.event_names import (
    CLOCK,
    HAPPENINGS,
    PLACED_HAPPENINGS,
    SESSIONS,
    Span,
    day_value,
    interval,
    is_country,
    person_like,
    place_level,
    place_levels,
    same_name,
)
from telisik.stories.kinds import headline_localities, names_locality
from telisik.stories.parties import (
    REGION_LEVELS,
    antecedent,
    as_common_noun,
    bare_locality,
    class_acronym,
    counted_as_several,
    doer_noun,
    fate_of,
    fragment_in,
    generic,
    is_participant,
    is_police,
    is_police_body,
    labels_a_case,
    name_after_role,
    named_by_role,
    pointing_back,
    told_as_case_label,
    told_as_cause,
    unglue,
    whole_body_name,
)
from telisik.stories.speakers import passive_agent, spans_of, told_as_citation, told_as_source, told_as_speaker
from telisik.stories.story_context import (
    causes_told_before,
    dated_by_its_own_period,
    in_lead,
    is_background,
    lead_end,
    lead_kinds,
    passing,
    recounted,
    title_roots,
    told_as_backdrop,
    told_as_plan,
)
from telisik.text import fold_name

# events between parties where neither side is the agent: one party named
# alone still names the same meeting
SYMMETRIC_EVENTS = frozenset({"MEET", "AGREE", "COMMUNICATE"})
STATUS_RANK = {"planned": 0, "ongoing": 1, "occurred": 2}
# a happening a time zone ahead of its reports (a summit in Vladivostok told from Washington) falls a day after them
_ZONE_SLACK = timedelta(days=1)
# events known by when (and where) they happened, not by who is named with them: the reports of one
# crash name the bus, the students or no one, and are one crash; nobody plans one either
# what someone says: said again on another day, it is another statement, not a date in dispute
STATEMENTS = frozenset({"WARN", "ACCUSE", "CONFIRM", "COMMUNICATE"})
# statements that are their report's news: told undated, of the report's day or the day before, not recalled from days
# before (a call to surrender is recalled for days, a confirmation is not)
CONFIRMATIONS = frozenset({"CONFIRM"})
# statements made to or against someone: one speaker's two of a day to different addressees are two statements
ADDRESSED = frozenset({"WARN", "ACCUSE"})
# happenings that say nothing without what they befell: "saat tempat itu ditutup" names no closure
NAMED_HAPPENINGS = frozenset({"CLOSE"})
# happenings known by where they befall: two of one day in different places (two countries for an accident) are two
PLACE_BOUND = frozenset({"DISASTER", "ACCIDENT"})
# happenings at least in one country: a war's strikes on Iran and on Israel of one day, or its dead and injured in each,
# are two (its strikes on Tehran and on Isfahan may be one wave)
COUNTRY_BOUND = frozenset({"ACCIDENT", "ATTACK", "DIE", "INJURE"})
# happenings no one does: the people an eruption's or a flood's reports name are those it befell or bystanders of its
# sentences (the pilot whose flight was cancelled, the office that extended visas), never its parties
UNDONE = frozenset({"DISASTER"})
# happenings a report may tell another of aside, at another regency, in a related-news paragraph (``_told_aside``)
TOLD_ASIDE = frozenset({"ACCIDENT", "DIE", "INJURE"})
# happenings that are one person's fate: two named people injured are two injuries
FATES = frozenset({"DIE", "INJURE"})
# a happening's parties listed at most: the many reports of one happening name many bystanders
HAPPENING_PARTIES = 4
# happenings told as of a cut-off day ("Hingga Senin 17 Juni, ..."): a tally up to that day (a closure "hingga" a day
# is how long it lasts, not a tally)
TALLIED = FATES | {"ATTACK"}
# acts done to someone or something (a licence revoked, a mine closed, an official appointed, suspects arrested): its
# reports name the minister, the ministry, the companies or only the place, and every one of a day on the same objects
# or place is one act, whoever each names as its agent
ACTS = frozenset({"SANCTION", "CLOSE", "APPOINT", "ARREST", "CHARGE", "SENTENCE", "RESIGN", "FUND"})
# acts the police do to suspects: their reports are one act by whom they befell, not by the force that acted
POLICED = frozenset({"ARREST", "CHARGE"})
# happenings that move people from a place to another: where its reports' own sentences say they were moved from or
# to outweighs a place an event carried from another sentence (``_best_place``)
MOVED_PEOPLE = frozenset({"EVACUATE"})
# happenings their teller takes no part in: the manager who confirms a death, the minister who reports an arrest, the
# officer who tells that the injured were rushed to hospital
TOLD_BY_OTHERS = frozenset({"DIE", "INJURE", "ACCIDENT", "ARREST", "EVACUATE"})
# what most often falls on the day of the happening it is told after ("tewas setelah terlibat kecelakaan ..., Senin",
# "banjir setelah hujan deras sejak Minggu", "diamankan usai kedapatan ...", "dibatalkan setelah erupsi"): a date in
# the clause of what it follows is its day too (``dated_in_an_earlier_clause`` is asked of the others)
FOLLOWING_ON_ITS_DAY = FATES | {"ACCIDENT", "DISASTER", "EVACUATE", "CLOSE", "ARREST"}
# happenings that befall people: the police force that hunts the snatchers or tells the death ("polisi menangkap
# jambret yang membuat seorang gadis meninggal") is no party of one, save as whose member was hurt
BEFALLING = FATES | {"ACCIDENT"}


@dataclass(frozen=True)
class TimelineConfig:
    """The timeline's knobs."""

    slack_days: int = 3  # two reports' days of one event at most this far apart (12 and 13 September)
    undated_days: int = 30  # an undated mention joins a group dated at most this far from its article
    # an event that ended this long before the story's first article is its history (months, years)
    background_days: int = 90
    # an event before the story's first article that only articles this long after it tell is history recounted in a
    # follow-up (a player's old club, last month's injury), not the story's
    history_days: int = 14
    # an undated happening is dated by its article's lead day when the article appeared at most this long after it
    lead_days: int = 1
    # an undated crash, attack or death is dated by the day its article's "Peristiwa itu terjadi pada ..." sentence
    # gives, when that day lies at most this long before the article (a follow-up of last week's stabbing)
    occurrence_days: int = 7
    # a large story's happening this long before its first article, told in no article's lead, is history it recounts
    recount_days: int = 7
    # a large story's happening this long before its first article is history its reports recall, even in their leads
    large_recount_days: int = 6
    # clock times of one happening further apart than this are two happenings (two quakes of a day), not a disagreement
    clock_minutes: int = 60


@cache
def _background_cues() -> tuple[str, ...]:
    return tuple(sorted(lower_word_list("id", "background_cues.txt"), key=len, reverse=True))


def is_explainer(sentence: str) -> bool:
    """A sentence that tells background ("Sebagai informasi, ...", "Dahulu, ...")."""
    opening = sentence.lstrip(" \"'“(").lower()
    return any(opening.startswith(cue) and not opening[len(cue) : len(cue) + 1].isalnum() for cue in _background_cues())


# ---------------------------------------------------------------------------- grouping event mentions


_UNREAD = object()  # a mention's place not read yet


@dataclass
class Mention:
    """One event as one article reports it."""

    article: str
    event: Any  # the event fact: a dict until the events family is typed
    day: date | None  # the article's day, to place an undated mention
    order: int
    lead_day: date | None = None  # the day the article's lead reports, to place an undated happening
    breaking: bool = False  # the article's lead tells a happening of its lead's day: its undated events are that day's
    headlines: frozenset[str] = frozenset()  # folded titles and headline lines of the story: never a party
    clock: str | None = None  # the clock time its clause gives ("2025-06-09T01:04"), the day's hour and minute
    backdrop: bool = False  # told in a phrase that makes it another happening's backdrop ("akibat serangan ...")
    quoted_relative: bool = False  # dated by a speaker's "besok" or "kemarin" inside a quotation
    elsewhere: bool = False  # an undated disaster at another place, joined to the one its article dates: where it reached
    index: int = 0  # the event's place in its article's ``events``
    in_lead: bool = False  # told in its article's lead (its first sentences), not in passing further down
    body: str = field(default="", repr=False, compare=False)  # its article's title and text, to tell a glued word off a name
    told_clock: str | None = None  # the one clock time its article gives its kind, when its own clause gives none
    slipped: bool = False  # dated by a date whose weekday does not fit it ("Minggu (4/6)" of 2025, a Wednesday)
    vague_past: bool = False  # a vague past ("beberapa bulan yang lalu") stands between its trigger and its date
    recap_span: Span | None = None  # the old report's date a recap's "hari ini" is pasted from (``_recapped_date``)
    found_dated: bool = False  # its date follows a word of a finding in its sentence ("ditemukan ... pada Senin (9/6)")
    found: bool = False  # dated by the day its body or victim was found, days after the story dates it (``_undate_findings``)
    folded: bool = False  # a death told of a common noun, joined to the named death of its day (``fold_unnamed_fates``)
    # its date is its telling's ("Penangkapan ... disampaikan ... kepada wartawan, Senin"), the main clause's past a
    # "sebelum" clause's comma, or a loose "kemarin" after its noun ("perjalanannya kemarin"): none of its own
    own_date_missing: bool = False
    part: int = 0  # the numbered happening of a roundup it is told under ("Peristiwa kedua ..."), 0 outside one
    told_date: str | None = None  # the older date told nearer it than the date carried to it (``_nearer_date``), its value
    clock_of_citation: bool = False  # dated by a bare clock whose day is a cited medium's (``_clock_on_cited_day``)
    # dated by a reaction told before it ("pada Kamis (19/6/2025), mengecam serangan ...", ``dated_by_a_reaction``): its
    # lead's day is that reaction's too, and infers no day of its own
    reaction_dated: bool = False
    # for a confirmation or a denial: the events its sentence tells it confirms (``_confirmed_events``), to tell one
    # speaker's confirmations of two things apart
    confirmed: tuple[Any, ...] = field(default=(), repr=False, compare=False)
    _who: list[str] = field(init=False, repr=False, compare=False)
    _span: Span | None = field(init=False, repr=False, compare=False)
    _place: object = field(default=None, init=False, repr=False, compare=False)
    _evacuees: object = field(default=None, init=False, repr=False, compare=False)
    _addressee: object = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        who = fact_field(self.event, "who")
        written = [w for w in who if isinstance(w, str) and w.strip()] if isinstance(who, list) else []
        names = [whole_body_name(unglue(w, self.body), self.body) for w in written]
        sentence = str(fact_field(self.event, "sentence") or "")
        trigger = str(fact_field(self.event, "trigger") or "")
        # the first name is the agent's whatever follows; another told only after a cause cue is the cause's
        self._who = [
            w
            for i, w in enumerate(names)
            if is_participant(w, self.headlines, sentence)
            and not (i and told_as_cause(w, sentence, trigger))
            and not fragment_in(w, self.body)
        ]
        kind = fact_field(self.event, "type")
        if kind == "DIE" and a_killing(trigger):
            # "pelaku membunuh korban": the doer is no one the death befell; nor is one named only before an active
            # verb of killing ("SYA membunuh istrinya": SYA killed, his wife died)
            self._who = [w for w in self._who if fate_of([w]) != "doer" and not _killer_told(w, sentence, trigger)]
        self._who = _named_back(_told_parties(kind, self._who, sentence, trigger), sentence, self.body)
        # "Masinis juga sudah dilarikan": a role opening the sentence is the generic "masinis", no one named Masinis
        self._who = list(dict.fromkeys(as_common_noun(w) for w in self._who))
        self._span = self._read_span()
        self._place = _UNREAD
        self._evacuees = _UNREAD
        self._addressee = _UNREAD

    def _read_span(self) -> Span | None:
        if self._misdated:
            # the weekday or the date is wrong, and nothing tells which: a wrong date is worse than none; "dikonfirmasi
            # beberapa bulan yang lalu ..., ujarnya Kamis (19/6)": the date is the statement's, the happening's is vague
            return None
        if self.recap_span:
            return self.recap_span
        span = interval(fact_field(self.event, "when"))
        if span and self.backdrop and self._dated_before_its_cue():
            # "penerbangan dibatalkan Rabu (18/6) akibat erupsi Gunung Lewotobi": the day is the cancellation's, the
            # clause it dates; the eruption told as its cause is dated by its own reports, or by none
            return None
        if not span or not self.day:
            return span
        status = fact_field(self.event, "status")
        happening = fact_field(self.event, "type") in HAPPENINGS
        if _confirmed_ahead(self.event, span, self.day):
            return None
        if status == "planned" and span[1] <= self.day and not happening:
            # a plan dated on or before the article's own day: the date is the report's
            # ("5 September, NYT melaporkan Kim akan ..."), not the plan's
            return None
        late = span[0] > self.day + (_ZONE_SLACK if status == "ongoing" and not happening else timedelta(0))
        if (status in ("occurred", "ongoing") or happening) and late:
            # something that happened dated after the article that reports it, or under way from a day after the
            # next (a report of a summit a time zone ahead may be dated its eve): the date is wrong (a weekday read
            # forward, "dimulai pada hari Jumat"; a year's slip), and a wrong date is worse than none
            return None
        if status == "occurred" and "/" in str(fact_field(self.event, "when")) and span[1] > self.day:
            # a period reaching past the report ("periode 2025-2030") is a term, not when it happened
            return None
        return span

    @property
    def _misdated(self) -> bool:
        """Whether its date is none of its own: a weekday that does not fit, a vague past before it, or its telling's."""
        return self.slipped or self.vague_past or self.own_date_missing or self.clock_of_citation

    def _dated_before_its_cue(self) -> bool:
        """Whether a happening told as a backdrop is dated by words before its trigger, in the clause it is the backdrop
        of ("dibatalkan pada Rabu (18/6) akibat erupsi"), not after it ("pasca serangan Israel ke Iran pekan lalu")."""
        when_span, start = fact_field(self.event, "when_span"), fact_field(self.event, "start")
        if fact_field(self.event, "type") not in HAPPENINGS or not isinstance(start, int):
            return False
        return isinstance(when_span, list | tuple) and len(when_span) == 2 and isinstance(when_span[1], int) and when_span[1] <= start

    @property
    def span(self) -> Span | None:
        return self._span

    @property
    def explainer(self) -> bool:
        return is_explainer(str(fact_field(self.event, "sentence") or ""))

    @property
    def kind(self) -> str:
        """The event's type, with the phase of a trip: leaving is dated apart from arriving."""
        phase = fact_field(self.event, "phase")
        return f"{fact_field(self.event, 'type')}:{phase}" if phase else str(fact_field(self.event, "type"))

    @property
    def who(self) -> list[str]:
        return self._who

    @property
    def place(self) -> str | None:
        """The place its sentence tells it happened at (``_place_told``), read once."""
        if self._place is _UNREAD:
            self._place = _place_told(self)
        return self._place if isinstance(self._place, str) else None

    @property
    def evacuees(self) -> tuple[str, ...]:
        """Whom an evacuation's sentence tells it moves, right after its trigger (``_evacuees_told``), read once."""
        if self._evacuees is _UNREAD:
            self._evacuees = _evacuees_told(self)
        return self._evacuees if isinstance(self._evacuees, tuple) else ()

    @property
    def addressee(self) -> tuple[str, str, str] | None:
        """Whom a warning's sentence tells it is addressed to (``_addressee_told``), read once."""
        if self._addressee is _UNREAD:
            self._addressee = _addressee_told(self)
        return self._addressee if isinstance(self._addressee, tuple) else None

    @property
    def in_caption(self) -> bool:
        return bool(fact_field(self.event, "in") == "caption")

    @property
    def moment(self) -> str | None:
        """The day's hour and minute the text gives it ("2025-06-10T04:17"): its clause's clock, else its date's, else
        the one its article gives its kind."""
        when = fact_field(self.event, "when")
        return self.clock or (when[:16] if isinstance(when, str) and CLOCK.match(when) else None) or self.told_clock


def _killer_told(name: str, sentence: str, trigger: str) -> bool:
    """Whether a death's sentence writes a party only before its active verb of killing ("SYA membunuh istrinya", the
    meN- form: "membunuh", "menghabisi"): the subject who killed, not whom the death befell. A passive ("istrinya
    dibunuh") or a noun ("pembunuhan Budi") writes the dead before it or after it."""
    at = sentence.find(trigger) if trigger else -1
    if at < 0 or not trigger.lower().startswith("me"):
        return False
    told = [start for start, _ in spans_of(name, sentence)]
    return bool(told) and all(t < at for t in told)


def _named_back(who: list[str], sentence: str, body: str) -> list[str]:
    """The parties with a common noun that points back to a name ("pria tersebut" after "Ahmad Sofil Murod (33)") read
    as that name (``antecedent``), once each."""
    named: list[str] = []
    for w in who:
        name = (antecedent(w, sentence, body) if generic(w) else None) or w
        if not any(same_name(name, n) for n in named):
            named.append(name)
    return named


def _confirmed_ahead(event: Any, span: Span, day: date) -> bool:
    """Whether a confirmation is told as planned for a day after its report: a confirmation is news of its report, never
    planned, so "Israel mengonfirmasi ... pada Selasa" read as the day after is a weekday read forward, and a wrong
    date is worse than none."""
    return fact_field(event, "status") == "planned" and fact_field(event, "type") in CONFIRMATIONS and span[0] > day


@cache
def _substitute_cue() -> re.Pattern[str]:
    """A substitution's verb ending a text, with a player's title or two between ("digantikan oleh", ``substitute_cues.txt``)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'substitute_cues.txt'))})\s+(?:[a-z]+\s+){{0,2}}$")


def _told_as_substitute(name: str, sentence: str) -> bool:
    """Whether a sentence writes a party only as who came on for the injured ("cedera dan mesti digantikan Goncalo
    Ramos"): a substitution's verb right before it, every time (``substitute_cues.txt``)."""
    told = [start for start, _ in spans_of(name, sentence)]
    return bool(told) and all(_substitute_cue().search(sentence[max(0, at - 40) : at]) for at in told)


@cache
def _member_words() -> frozenset[str]:
    return lower_word_list("id", "body_member_words.txt")


def _a_member_of(body: str, sentence: str) -> bool:
    """Whether a sentence names a body only as whose member it tells of ("anggota Polsek Medan Baru tewas"): every time
    it writes the body, a member's word (``body_member_words.txt``) stands right before it."""
    told = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(body)}(?!\w)", sentence)]
    return bool(told) and all(sentence[:at].split()[-1:] and sentence[:at].split()[-1].lower() in _member_words() for at in told)


def _told_parties(kind: Any, who: list[str], sentence: str, trigger: str) -> list[str]:
    """A mention's parties less its tellers, its agent first: a medium it cites ("melansir Dailymail") is no party; nor,
    of a death, an injury, a crash or an arrest, is who only tells it ("ujar Pinkan", "Pedro Sanchez mengatakan ...
    ditangkap"); a passive verb's agent ("dibenarkan oleh manajer Gustiwiw, Pinkan") comes first."""
    who = [w for w in who if not told_as_citation(w, sentence) and not told_as_source(w, sentence) and not _names_a_care_place(w, sentence)]
    if kind in TOLD_BY_OTHERS:
        who = [w for w in who if not told_as_speaker(w, sentence)]
    who = [w for w in who if not _bystander(kind, w, sentence)]
    if kind == "INJURE" and (played := [w for w in who if not _told_as_substitute(w, sentence)]):
        # the player who came on is no party; a report naming only him ("Dia cedera lalu digantikan oleh ...") keeps
        # him, as one naming no one would tie the day's other injuries together
        who = played
    if kind not in FATES | UNDONE and len(who) > 1 and (agent := passive_agent(who, sentence, trigger)):
        who = [agent, *(w for w in who if w != agent)]
    return who


def _bystander(kind: Any, name: str, sentence: str) -> bool:
    """Whether a name is a bystander of what its sentence tells: the police force that hunts the snatchers or tells a
    death (``BEFALLING``, save as whose member was hurt); the owner of stolen goods or an accomplice who got away, of an
    arrest (``_arrest_bystander``)."""
    if kind in BEFALLING and is_police_body(name) and not _a_member_of(name, sentence):
        return True
    return kind in POLICED and _arrest_bystander(name, sentence)


@cache
def _arrest_bystander_cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """An owner's word ending a text ("milik") and a fugitive's words opening one ("yang melarikan diri", "(17) masih
    buron"), ``arrest_bystander_cues.tsv``."""
    cues = words_by_role("id", "arrest_bystander_cues.tsv")
    owner = re.compile(rf"(?<![\w-])(?i:{alternation(cues.get('owner', frozenset()))})\s+$")
    fugitive = re.compile(rf"\s*(?:\(\d+\))?[\s,]*(?i:{alternation(cues.get('fugitive', frozenset()))})(?![\w-])")
    return owner, fugitive


def _arrest_bystander(name: str, sentence: str) -> bool:
    """Whether an arrest's sentence writes a name only as the owner of what was stolen ("kabel tower milik PT Daya Mitra
    Telekomunikasi") or as one who got away ("temannya berinisial JH yang melarikan diri"): no one the police arrested."""
    owner, fugitive = _arrest_bystander_cues()
    told = spans_of(name, sentence)
    # a person owns the drugs he is arrested with ("sabu milik Budi"): only a body's ownership makes it the wronged
    owned = not person_like(name)
    return bool(told) and all((owned and owner.search(sentence[max(0, at - 30) : at])) or fugitive.match(sentence, end) for at, end in told)


@dataclass
class EventGroup:
    kind: str  # the type, and a trip's phase ("VISIT:depart")
    mentions: list[Mention] = field(default_factory=list)
    # one mention for each distinct (dates, parties) among ``mentions``: what joining compares
    # against, so a group of thousands of repeated mentions costs as little as one of a few
    # (a page repeating one sentence 25,000 times made grouping quadratic)
    _distinct: dict[tuple[Any, tuple[str, ...]], Mention] = field(default_factory=dict, repr=False)
    # the articles and the dates of ``mentions``, kept as they are added: merging acts compares them group against group
    articles: set[str] = field(default_factory=set, repr=False)
    spans: set[Span] = field(default_factory=set, repr=False)

    def __post_init__(self) -> None:
        for m in self.mentions:
            self._note(m)

    def _note(self, m: Mention) -> None:
        self._distinct.setdefault((m.span, tuple(m.who)), m)
        self.articles.add(m.article)
        if m.span:
            self.spans.add(m.span)

    def add(self, mention: Mention) -> None:
        self.mentions.append(mention)
        self._note(mention)

    def distinct(self) -> Iterable[Mention]:
        return self._distinct.values()

    @property
    def type(self) -> str:
        return self.kind.split(":")[0]


def _same_parties(kind: str, a: list[str], b: list[str]) -> bool:
    """Whether two mentions name the same parties to an event.

    An event with an agent (who warned, who visited) is the agent's, and a
    warning or an accusation also its addressee's when both name one; one
    between parties (a meeting) is that of the parties the shorter list
    names, all of them in the longer one. A happening (a crash, deaths) is
    one whoever its reports name; a trial's hearing is one with any party in
    common (the defendant, whichever witness a report names first).
    """
    kind = kind.split(":")[0]
    if kind in FATES:
        return not a or not b or _same_fate(a, b)
    if kind in PLACED_HAPPENINGS:
        return True
    if kind in HAPPENINGS:
        # what was closed, who was evacuated or protested: Iran's airspace and Australia's embassy are two
        # closures, Europe's repatriations and Indonesia's evacuation two evacuations
        if not a or not b:
            return True
        return _share_a_party(a, b)
    if not a or not b:
        return False
    if kind in SESSIONS:
        # one trial's hearing of a day, whichever witness a report names first ("Chairul Huda dihadirkan ... di sidang
        # ... dengan terdakwa Hasto", "sidang Hasto Kristiyanto hari ini"): its parties in common make it one session
        # the prosecuting agency or the court ("KPK", "Pengadilan Tipikor Jakarta") sits in every trial of the day:
        # no party in common of its own
        return _share_a_party(_tried(a), _tried(b))
    if kind in POLICED and _arrested_apart(a, b):
        return False
    if kind.split(":")[0] in SYMMETRIC_EVENTS:
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        return all(any(same_name(x, y) for y in long_) for x in short)
    if _by_role_only(a, b) and _named_apart(a[1:], b[1:]):
        return False  # "pelaku" Budi's and "tersangka" Andi's: two people's
    return _one_party(a[0], b[0]) and _same_addressees(kind, a, b)


def _named_apart(a: list[str], b: list[str]) -> bool:
    """Whether two reports name people behind their parties and no one of them is the other's."""
    ours, theirs = ([x for x in who if person_like(x) and not generic(x)] for who in (a, b))
    return bool(ours and theirs) and not any(same_name(x, y) for x in ours for y in theirs)


def _one_party(a: str, b: str) -> bool:
    """Whether two reports name one party: the same name (``same_name``), one name written with and without a space or
    a hyphen ("Polsek Lubuk Baja" and "Polsek Lubukbaja"), or two bare common nouns of one role
    (``same_role_nouns.tsv``: the "pelajar" one article's bus took home are the "mahasiswa" another's did)."""
    if same_name(a, b) or _spelling_key(a) == _spelling_key(b):
        return True
    ours, theirs = _bare_role(a), _bare_role(b)
    return ours is not None and ours == theirs


def _by_role_only(a: list[str], b: list[str]) -> bool:
    """Whether two reports' first parties are one only as two common nouns of one role ("wisatawan", "turis")."""
    return bool(a and b) and not same_name(a[0], b[0]) and _bare_role(a[0]) is not None and _bare_role(a[0]) == _bare_role(b[0])


def _spelling_key(name: str) -> str:
    """A name less its case, spaces and hyphens ("polseklubukbaja")."""
    return re.sub(r"[\s-]+", "", fold_name(name))


def _bare_role(name: str) -> str | None:
    """The role a one-word common noun names (``same_role_nouns.tsv``: "pelajar" and "mahasiswa" the students'); None
    for a name, a qualified noun ("mahasiswa UPSI") or a noun no role lists."""
    if " " in name.strip() or not generic(name):
        return None
    return _role_keys().get(name.strip().lower())


@cache
def _role_keys() -> dict[str, str]:
    return {row[0].lower(): row[1] for row in table("id", "same_role_nouns.tsv") if len(row) > 1}


@cache
def _bench_words() -> frozenset[str]:
    return lower_word_list("id", "trial_bench_words.txt")


def _tried(who: list[str]) -> list[str]:
    """A trial's parties other than its court and its prosecutor (``trial_bench_words.txt``): the defendant, a witness,
    a party to the case ("Hasto Kristiyanto", "TikTok Nusantara"), not "KPK" nor "Pengadilan Tipikor Jakarta"."""
    return [x for x in who if x.split() and x.split()[0].lower() not in _bench_words()]


def _same_fate(a: list[str], b: list[str]) -> bool:
    """Whether two reports of a death or an injury tell whom it befell alike (``fate_of``): the victims both, or the
    same named people, each written in full or in short ("Hengki Kawilarang" and "Hengki Candra Kusuma Kawilarang" of
    one death). Each person's fate is an entry of its own: "Kevin Diks dan Yakob Sayuri cedera" tells two injuries, and
    is not one with "Yakob Sayuri cedera"; nor are "Watanabe" and "Machida" one."""
    ours, theirs = fate_of(a), fate_of(b)
    if ours == theirs:
        return not _qualified_apart(a, b)
    if {ours, theirs} & {"victims", "doer"}:
        return False
    named_a, named_b = ([x for x in who if person_like(x) and not generic(x)] for who in (a, b))
    return len(named_a) == len(named_b) and all(any(same_name(x, y) for y in named_b) for x in named_a)


def _qualified_apart(a: list[str], b: list[str]) -> bool:
    """Whether two reports tell a death or an injury of one common noun qualified by two different countries ("turis
    Ukraina" and "turis Inggris", "warga Jawa Barat" and "warga Jawa Timur", ``is_country``): two people, whatever else
    their fates share (a British tourist's death told beside a Ukrainian's of a week before is not that death). Words of
    two levels or kinds qualify one person ("prajurit TNI" and "prajurit Kopassus", "jemaah haji Indonesia" and
    "jemaah haji asal Lombok")."""
    if len(a) != 1 or len(b) != 1:
        return False
    ours, theirs = a[0].split(), b[0].split()
    if len(ours) < 2 or len(theirs) < 2 or ours[0].lower() != theirs[0].lower() or not generic(ours[0]):
        return False
    proper_a, proper_b = _qualifier(a[0]), _qualifier(b[0])
    return is_country(proper_a) and is_country(proper_b) and fold_name(proper_a) != fold_name(proper_b)


def _tied(kind: str, m: Mention, o: Mention) -> bool:
    """Whether two mentions can be one happening by whom (and where) they tell it of: the same parties
    (``_same_parties``); but an evacuation, a closure or a protest two articles tell only of a common noun ("warga
    dievakuasi", "penerbangan dibatalkan") is one only where both give the same place: the residents Israel told to
    flee Arak and the citizens Jakarta means to evacuate, or Bali's and Labuan Bajo's cancelled flights, are two."""
    if kind.split(":")[0] == "WARN" and _same_threat(m, o):
        return True  # the reports of one bomb threat, to the pilot, the airline or the plane: one happening
    if not _parties_tie(kind, m, o) and not _commons_at_one_place(kind, m, o) and not _same_evacuees(kind, m, o):
        return False
    if m.article == o.article and m.part != o.part:
        return False  # a roundup's first crash and its second, at two places: two happenings
    type_ = kind.split(":")[0]
    if type_ == "ATTACK" and (ours := _attacker(m)) and (theirs := _attacker(o)) and not same_name(ours, theirs):
        return False  # Israel's strike and Iran's reply of one day are two attacks
    if type_ in CONFIRMATIONS and _confirm_two_things(m, o):
        return False  # the army confirming Iran's missiles and confirming its own strikes on Tehran: two confirmations
    if type_ == "WARN" and _addressed_apart(m, o):
        return False  # Jajang's demand of the president and his demand of the police: two statements
    if type_ not in HAPPENINGS or type_ in PLACED_HAPPENINGS or not _common_only_apart(m, o):
        return True
    return _same_place(m, o) or _commons_at_one_place(kind, m, o)


def _parties_tie(kind: str, m: Mention, o: Mention) -> bool:
    """``_same_parties``, less two groups of one role told at two places (the tourists at Borobudur, those at Kuta)."""
    if _by_role_only(m.who, o.who) and m.place and o.place and not _same_place(m, o):
        return False
    return _same_parties(kind, m.who, o.who)


def _confirm_two_things(m: Mention, o: Mention) -> bool:
    """Whether two confirmations tell, each in its own sentence, what they confirm (``Mention.confirmed``), and nothing
    one confirms may be what the other does (``_one_thing``): "Israel mengonfirmasi bahwa Iran kembali menembakkan rudal"
    and "Militer Israel mengonfirmasi bahwa serangan udara ... menargetkan Teheran" confirm two attacks. One that tells
    no event it confirms ("membenarkan hal tersebut") may be of anything its speaker confirmed, and stays with it."""
    if not m.confirmed or not o.confirmed or fact_field(m.event, "sentence") == fact_field(o.event, "sentence"):
        return False
    return not any(_one_thing(x, y) for x in m.confirmed for y in o.confirmed)


def _one_thing(x: Any, y: Any) -> bool:
    """Whether two confirmed events may be one happening: of one type, naming a party in common (or one naming none),
    and, for attacks, not one country's attack and an attack on that country (``_attack_parties``)."""
    if fact_field(x, "type") != fact_field(y, "type"):
        return False
    ours, theirs = _named_parties(x), _named_parties(y)
    if ours and theirs and not any(same_name(a, b) for a in ours for b in theirs):
        return False
    if fact_field(x, "type") != "ATTACK":
        return True
    (by_x, on_x), (by_y, on_y) = _attack_parties(x), _attack_parties(y)
    if by_x and by_y and not same_name(by_x, by_y):
        return False
    return not any(by and on and same_name(by, on) for by, on in ((by_x, on_y), (by_y, on_x)))


def _named_parties(event: Any) -> list[str]:
    who = fact_field(event, "who")
    return [w for w in who if isinstance(w, str) and w.strip()] if isinstance(who, list) else []


def _attack_parties(event: Any) -> tuple[str | None, str | None]:
    """A confirmed attack's attacker (the country it names first, when that is not where it struck) and the country it
    struck (its place, when a country): Iran firing missiles, and Israel's strikes "di Iran"."""
    who, where = _named_parties(event), fact_field(event, "where")
    struck = where if isinstance(where, str) and is_country(where) else None
    first = who[0] if who else None
    by = first if first and is_country(first) and not (struck and same_name(first, struck)) else None
    return by, struck


# a flight number as outlets write it ("GA 123", "JT-610", "SV5276"): two carrier letters (or a letter and a digit)
# and the flight's digits
_FLIGHT = re.compile(r"\b([A-Z][A-Z0-9])[ -]?(\d{2,4})\b")


def _flights(m: Mention) -> set[str]:
    """The flight numbers a mention's sentence and parties name, written alike ("JT 610" and "JT-610": JT610)."""
    text = " ".join([str(fact_field(m.event, "sentence") or ""), *m.who])
    return {a + b for a, b in _FLIGHT.findall(text)}


def _same_threat(m: Mention, o: Mention) -> bool:
    """Whether two warnings are reports of one threat of harm (``told_as_threat``): both threats, of days that can be one
    (or one undated), and of one flight where both name one. Separate threats against two airlines' flights, on one
    day or days apart, are two happenings."""
    if not (told_as_threat(m.event) and told_as_threat(o.event)):
        return False
    ours, theirs = interval(fact_field(m.event, "when")), interval(fact_field(o.event, "when"))
    if ours and theirs and not _dates_fit(ours, theirs, 0):
        return False
    flights_m, flights_o = _flights(m), _flights(o)
    return not (flights_m and flights_o) or bool(flights_m & flights_o)


def _attacker(m: Mention) -> str | None:
    """The country a report of an attack names first, when it is not where the attack struck ("Israel melancarkan
    serangan ke Iran": Israel; "Korps Garda Revolusi Islam Iran meluncurkan rudal": Iran); None when the report names
    first a place, a group of no country or the target itself."""
    first = m.who[0] if m.who else None
    if first is None:
        return None
    country = first if is_country(first) else first.split()[-1] if len(first.split()) > 1 and is_country(first.split()[-1]) else None
    where = fact_field(m.event, "where")
    if country is None or (isinstance(where, str) and same_name(country, where)):
        return None
    return country


def _attackers_fit(g: EventGroup, m: Mention) -> bool:
    """Whether an attack's report can join a group by who attacked: Israel's strikes on Tehran and Iran's missiles on
    Beersheba of one day are two attacks, though a report naming no attacker fits either (a group's reports that name
    none do not make its other reports' attackers fit)."""
    if g.type != "ATTACK" or (ours := _attacker(m)) is None:
        return True
    return not any((theirs := _attacker(o)) and not same_name(ours, theirs) for o in g.distinct())


def _common_only_apart(m: Mention, o: Mention) -> bool:
    """Whether two mentions from two articles, both naming someone, have one that names only common nouns ("warga",
    "penerbangan"): what they share then names no one in particular. A common noun a name qualifies, written alike in
    both ("masinis Commuter Line Tangerang"), is someone in particular; one qualified by a country ("warga Israel") is
    not."""
    if m.article == o.article or not m.who or not o.who:
        return False
    if any(_qualified(x) and same_name(x, y) for x in m.who for y in o.who):
        return False
    return all(generic(x) for x in m.who) or all(generic(y) for y in o.who)


def _qualifier(name: str) -> str:
    """The proper words after a common noun's head ("turis Inggris": "Inggris"; "masinis Commuter Line Tangerang":
    "Commuter Line Tangerang")."""
    return " ".join(w for w in name.split()[1:] if w[:1].isupper())


def _qualified(name: str) -> bool:
    """A noun of one person's role (``sole_role_nouns.txt``) a proper name below a country qualifies ("masinis Commuter
    Line Tangerang"): someone in particular. A collective noun so qualified ("warga Gaza", "pengungsi Rohingya") names
    many, who may be evacuated at two places in two happenings."""
    words = name.split()
    proper = _qualifier(name)
    return generic(name) and len(words) > 1 and bool(proper) and not is_country(proper) and words[0].lower() in _sole_roles()


@cache
def _sole_roles() -> frozenset[str]:
    return lower_word_list("id", "sole_role_nouns.txt")


def _commons_at_one_place(kind: str, m: Mention, o: Mention) -> bool:
    """Whether two reports of an evacuation tell it only of common nouns ("warga", "korban") at one place below a
    country, written alike (``_spelled_alike``): whom a report calls the residents and another the victims ("30 warga
    mengungsi di aula Mushola Mujahidin", "korban diungsikan ke aula Mushalla Mujahidin") are one evacuation."""
    if kind.split(":")[0] != "EVACUATE" or not m.who or not o.who:
        return False
    if not all(generic(x) for x in [*m.who, *o.who]):
        return False
    here, there = fact_field(m.event, "where"), fact_field(o.event, "where")
    return _a_venue(here) and _a_venue(there) and (_same_place(m, o) or _spelled_alike(str(here), str(there)))


_EVACUEE_WORDS = 4  # how many words after an evacuation's trigger may tell whom it moves ("jemaah haji Iran")


def _same_evacuees(kind: str, m: Mention, o: Mention) -> bool:
    """Whether two reports of an evacuation name, right after the trigger, the same people moved, qualified by a
    proper name ("pemulangan jemaah haji Iran" in "Kementerian Urusan Haji ... memimpin upaya pemulangan jemaah haji
    Iran itu" and in "pemulangan jemaah haji asal Iran ... berdasarkan instruksi Raja Salman"): one repatriation,
    whichever agent each report names. A bare common noun ("evakuasi warga") names no one in particular. Only two
    dated reports: a repatriation runs over days (the first group home on the 15th, more on the 20th), and naming its
    people tells an undated report's day no more than its agent does."""
    if kind.split(":")[0] != "EVACUATE" or not m.span or not o.span:
        return False
    ours, theirs = m.evacuees, o.evacuees
    return bool(ours) and ours == theirs


def _evacuees_told(m: Mention) -> tuple[str, ...]:
    """The words after an evacuation's trigger up to a preposition, a relative, a demonstrative or a punctuation mark
    (``evacuee_phrase_words.tsv``), folded: empty unless two or more, a proper word among those after the head. A
    number counts as no word and is kept as its value, wherever it falls: "jemaah haji Indonesia kloter 1" and "...
    kloter 12" are two groups, "kloter 01" and "kloter 1" one."""
    sentence, trigger = str(fact_field(m.event, "sentence") or ""), str(fact_field(m.event, "trigger") or "")
    at = sentence.lower().find(trigger.lower()) if trigger else -1
    if at < 0:
        return ()
    roles = _evacuee_words()
    ends, skips = roles.get("end", frozenset()), roles.get("skip", frozenset())
    phrase: list[str] = []
    words = 0
    for token in re.findall(r"[\w-]+|[^\w\s]", sentence[at + len(trigger) :])[: 2 * _EVACUEE_WORDS + 2]:
        if token.isdigit():
            phrase.append(str(int(token)))  # "kloter 12": a number tells one group from another, as its value
            continue
        if not token[0].isalnum() or token.lower() in ends or words == _EVACUEE_WORDS:
            break
        if token.lower() not in skips:
            phrase.append(token)
            words += 1
    if words < 2 or not any(w[:1].isupper() for w in phrase[1:]):
        return ()
    return tuple(fold_name(w) for w in phrase)


@cache
def _evacuee_words() -> dict[str, frozenset[str]]:
    return words_by_role("id", "evacuee_phrase_words.tsv")


def _a_venue(place: Any) -> bool:
    """A place of one building or site, named after its head word (``shelter_heads.txt``, ``care_places.txt``: "Mushola
    Mujahidin", "Posko Pengungsian 1"), not a region ("Graz", "Jalur Gaza", "Jakarta Barat"): in a city or a region, the
    residents fleeing and the wounded rushed to hospital are two evacuations."""
    if not isinstance(place, str) or len(place.split()) < 2:
        return False
    lowered = place.lower()
    return any(lowered.startswith(f"{head} ") for head in _venue_heads())


@cache
def _venue_heads() -> frozenset[str]:
    return lower_word_list("id", "shelter_heads.txt") | lower_word_list("id", "care_places.txt")


def _skeleton(name: str) -> str:
    """A name's consonants and digits, doubled ones once, spaces and hyphens dropped: "Mushalla Mujahidin" and "Mushola
    Mujahidin", "Polsek Lubuk Baja" and "Polsek Lubukbaja" are one."""
    consonants = re.sub(r"[^a-z0-9]|[aeiou]", "", name.lower())  # numbers kept: "Posko 1" and "Posko 2" are two
    return re.sub(r"(.)\1+", r"\1", consonants)


def _spelled_alike(a: str, b: str) -> bool:
    """Whether two names are one written two ways: the same consonants, and the letters nearly all in common (a
    vowel or a space between them, not "Jalan Sudirman" and "Jalan Sudarmin")."""
    if len(_skeleton(a)) < 6 or _skeleton(a) != _skeleton(b):
        return False
    return SequenceMatcher(None, a.lower(), b.lower()).ratio() >= 0.88


def _same_place(m: Mention, o: Mention) -> bool:
    here, there = fact_field(m.event, "where"), fact_field(o.event, "where")
    if not here or not there:
        return False
    if _one_place_name(str(here), str(there)):
        return True
    # a hospital in the district of a crash is another site: those taken there are no evacuation from the crash itself
    if _care_place(str(here)) or _care_place(str(there)):
        return False
    return _nested_places(str(here), str(there), [str(fact_field(x.event, "sentence") or "") for x in (m, o)])


# a run of places a sentence writes from the smallest out, comma after comma: "di Desa Sumberjati, Kecamatan Mojoanyar,
# Kabupaten Mojokerto"; up to this many characters of places between the two names
_NESTING_REACH = 80


def _nested_places(here: str, there: str, sentences: Iterable[str]) -> bool:
    """Whether two places one happening's reports give are one, or one lies in the other: the same name; a region whose
    bare name a word of the other is ("Kota Tangerang", "Stasiun Tangerang-Batuceper"); or a sentence of the reports
    writes them in one run of places, the smaller first ("Desa Sumberjati, Kecamatan Mojoanyar, Kabupaten Mojokerto"):
    a village's flood and its regency's are one."""
    if _regions_of_one_name(here, there):
        return False
    if same_name(here, there) or _region_holds_site(here, there) or _region_holds_site(there, here):
        return True
    if _siblings(here, there):
        return False  # a list's "Desa Sukamaju, Desa Sukaraja": side by side, neither in the other
    told = list(sentences)
    return _written_inside(here, there, told) or _written_inside(there, here, told)


def _written_inside(small: str, large: str, sentences: Iterable[str], listed: bool = True) -> bool:
    """Whether a sentence writes two places in one run of places, the smaller first ("Desa Sumberjati, Kecamatan
    Mojoanyar, Kabupaten Mojokerto"); unless ``listed``, not a run a list's word ("dan", "serta": ``list_joiners.txt``)
    goes on after: "Bekasi, Jakarta, dan Tangerang" are side by side, Bekasi is not in Jakarta."""
    tail = "" if listed else rf"(?!,?\s+(?i:{_list_words()})(?![\w-]))"
    run = re.compile(rf"(?<![\w-]){re.escape(small)},\s*(?:[^.;:()]{{0,{_NESTING_REACH}}}?,\s*)?{re.escape(large)}(?![\w-]){tail}")
    return any(run.search(s) for s in sentences)


@cache
def _list_words() -> str:
    """The words of ``list_joiners.txt`` ("dan", "serta"), as an alternation."""
    return alternation([w for w in lower_word_list("id", "list_joiners.txt") if w.isalpha()])


def _one_place_name(a: str, b: str) -> bool:
    """Whether two places' names are one place's (``same_name``: "Bogor" and "Kabupaten Bogor"), not two regions of one
    name ("Tangerang" and "Tangerang Selatan", ``_regions_of_one_name``)."""
    return same_name(a, b) and not _regions_of_one_name(a, b)


def _siblings(a: str, b: str) -> bool:
    """Whether two places are regions of one head word ("Desa Sukamaju", "Desa Sukaraja"): a list writes them side by
    side, comma after comma, and neither lies in the other (a "Dusun" lies in a "Desa", both villages)."""
    level, heads = place_level(a), {name.split()[0].lower() for name in (a, b)}
    return level in _REGION_LEVELS and level == place_level(b) and len(heads) == 1


# the levels of region whose bare name a site's name gives where the site lies ("Stasiun Bekasi" in Kota Bekasi): a
# regency or a province often shares its name with a city of its own, or of another ("Kabupaten Bekasi")
_SITE_HOLDING_LEVELS = frozenset({"city", "district", "village"})


def _region_holds_site(region: str, site: str) -> bool:
    """Whether a city, a district or a village holds a site its bare name is a word of ("Kota Tangerang" and "Stasiun
    Tangerang-Batuceper"): never another region ("Kabupaten Bogor" beside "Kota Bogor", "Papua Tengah" beside "Provinsi
    Papua") nor a road, roads being named after cities elsewhere ("Jalan Raya Bogor" in Jakarta)."""
    if place_level(region) not in _SITE_HOLDING_LEVELS or place_level(site) in REGION_LEVELS:
        return False
    if not _region_named_in(region, site):
        return False
    # "Tangerang Selatan", "Bandung Barat", "Papua Nugini": the bare name opens another place's name
    bare = re.escape(_bare_place(region))
    return re.search(rf"(?<![\w-]){bare}\s+[A-Z]", site) is None


def _share_a_party(a: list[str], b: list[str]) -> bool:
    """Whether two lists of parties name one in common; where both name someone, a name ("penerbangan" in both names no
    one flight); where both name someone below a country, one of those: the countries they share are then the war both
    tell of (United's and American's flights suspended "imbas konflik Iran dan Israel" are two suspensions)."""
    named_a, named_b = [x for x in a if not generic(x)], [y for y in b if not generic(y)]
    if named_a and named_b:
        a, b = named_a, named_b
    ours, theirs = [x for x in a if _specific(x)], [y for y in b if _specific(y)]
    if ours and theirs:
        a, b = ours, theirs
    return any(same_name(x, y) for x in a for y in b)


def _suspects(who: list[str]) -> list[str]:
    """The parties of an arrest or a charge that are neither the police, a state (Israel, whose forces seized a ship's
    crew, is its agent) nor a common noun: those it befell, each less a member's word before its body ("Awak Freedom
    Flotilla", the crew, is of the "Freedom Flotilla" another report names, ``body_member_words.txt``)."""
    return [_less_member_word(w) for w in who if not is_police(w) and not generic(w) and not is_country(w)]


def _less_member_word(name: str) -> str:
    words = name.split()
    return " ".join(words[1:]) if len(words) > 2 and words[0].lower() in _member_words() else name


def _arrested_apart(a: list[str], b: list[str]) -> bool:
    """Whether two reports of an arrest name different people arrested, whatever police force they name: Polresta
    Bogor Kota's arrest of F, the underwear thief, and its raid on a gang's house are two arrests."""
    ours, theirs = _suspects(a), _suspects(b)
    return bool(ours and theirs) and not any(same_name(x, y) for x in ours for y in theirs)


def _one_suspect(a: str, b: str) -> bool:
    """Whether two reports' suspects may be one person: the same name, or initials of two letters or more and the full
    name they stand for ("LT" and "Le Thi Huynh Trang"); a single letter ("A") may be anyone's."""
    if same_name(a, b):
        return True
    short, full = (a, b) if _initials(a) else (b, a)
    return len(short) > 1 and _initials(short) and not _initials(full) and _initials_of(short, full)


def _same_addressees(kind: str, a: list[str], b: list[str]) -> bool:
    """Whether two reports of a warning or an accusation can be one by whom it is addressed to: Iran's warning to Haifa's
    residents and its warning to Trump, of one day, are two warnings; a report naming no addressee fits any."""
    return kind not in ADDRESSED or not a[1:] or not b[1:] or any(same_name(x, y) for x in a[1:] for y in b[1:])


_ADDRESSEE_WORDS = 6  # how many words after a warning's verb may name whom it is addressed to ("Gubernur California Gavin Newsom")


def _addressed_apart(m: Mention, o: Mention) -> bool:
    """Whether one speaker's two warnings, told in two sentences, are addressed to two different addressees, each read
    right after its verb (``Mention.addressee``): "Jajang mendesak agar Prabowo segera merespons" and "Jajang mendesak
    pihak kepolisian untuk segera memanggil ..." are two demands, and "Trump menyerukan agar Gubernur California Gavin
    Newsom ditangkap" is not Newsom's "mendesak Trump". Two names are one when one is the other's ("Presiden Prabowo");
    a name and a common noun are two, unless the name opens with the common noun ("Pemerintah Indonesia",
    "pemerintah"); two common nouns may be one addressee told two ways ("masyarakat", "warga")."""
    ours, theirs = m.addressee, o.addressee
    if not ours or not theirs or fact_field(m.event, "sentence") == fact_field(o.event, "sentence"):
        return False
    if ours[0] == theirs[0] == "name":
        return not same_name(ours[1], theirs[1])
    return ours[0] != theirs[0] and ours[2] != theirs[2]


def _addressed_elsewhere(g: EventGroup, m: Mention) -> bool:
    """Whether a warning is addressed apart from one its group already holds (``_addressed_apart``): a report that reads
    no addressee ("memperingatkan bahwa ...") fits both, but does not make a call to the other nations for unity one
    with the warning to the United States."""
    return g.type == "WARN" and m.addressee is not None and any(_addressed_apart(m, o) for o in g.distinct())


def _addressee_told(m: Mention) -> tuple[str, str, str] | None:
    """Whom a warning is addressed to, read right after its verb (an active "me-" verb; a noun such as "imbauan" or
    "seruan dari" tells no addressee there) past "kepada"/"agar" (``addressee_words.tsv``): ("name", the party of its
    ``who`` the capitalised words there name, by a word or as initials, "AS" for "Amerika Serikat"), or ("common", the
    lower-case words, "pihak kepolisian"), each with the first word of its phrase, lower-cased ("pemerintah" of
    "Pemerintah Indonesia"). None where the words tell what is said ("bahwa ..."), point back ("mereka",
    "negara itu"), name the reporters it is told to ("kepada awak media"), open with a lower-case word that names no
    addressee (a party named inside what is warned of: "mengingatkan potensi rivalitas China"), or name no party of
    its ``who``."""
    sentence, trigger = fact_field(m.event, "sentence"), fact_field(m.event, "trigger")
    if fact_field(m.event, "type") != "WARN" or not isinstance(sentence, str) or not isinstance(trigger, str):
        return None
    at = sentence.lower().find(trigger.lower())
    if not trigger.lower().startswith("me") or at < 0:
        return None
    phrase, named = _addressee_phrase(sentence[at + len(trigger) :])
    if not phrase:
        return None
    head = phrase[0].lower()
    if not named and head not in _addressee_heads():
        return None  # "menyerukan penyerahan diri Iran": what is called for, not whom
    party = next((w for t in phrase for w in m.who if _names_party(t, w)), None)
    if party:
        return "name", party, head
    if named:
        return None
    return "common", " ".join(t.lower() for t in phrase), head


def _addressee_phrase(after: str) -> tuple[list[str], bool]:
    """The words naming a warning's addressee at the start of what follows its verb, past "kepada"/"agar", and whether
    they are capitalised (a name, "Gubernur California Gavin Newsom") or a common noun ("pihak kepolisian"): none where
    they tell what is said or point back ("bahwa", "negara tersebut", "keluarganya")."""
    roles = _addressee_words()
    leads, ends, unread = (roles.get(r, frozenset()) for r in ("lead", "end", "unread"))
    tokens = re.findall(r"[\w-]+|[^\w\s]", after)[: 2 * _ADDRESSEE_WORDS]
    while tokens and tokens[0].lower() in leads:
        tokens.pop(0)
    if not tokens or not tokens[0][0].isalnum() or tokens[0].lower() in unread:
        return [], False
    named = tokens[0][0].isupper()
    phrase: list[str] = []
    for token in tokens[:_ADDRESSEE_WORDS]:
        if not token[0].isalnum() or token.lower() in ends or (named and not token[0].isupper()):
            break
        phrase.append(token)
    if any(t.lower() in unread or t.lower().endswith("nya") for t in phrase):
        return [], False
    return phrase, named


def _names_party(word: str, party: str) -> bool:
    """Whether a capitalised word names a party: one of its words ("Prabowo" of "Prabowo Subianto"), or its initials
    ("AS" of "Amerika Serikat")."""
    words = party.split()
    return word in words or (len(words) > 1 and word.isupper() and word == "".join(w[0] for w in words).upper())


@cache
def _addressee_words() -> dict[str, frozenset[str]]:
    return words_by_role("id", "addressee_words.tsv")


@cache
def _addressee_heads() -> frozenset[str]:
    """The first words of a common noun naming whom a warning is addressed to: the people and the authorities of
    ``event_participants.tsv`` ("warga", "masyarakat", "pihak kepolisian") and ``addressee_words.tsv``'s heads."""
    rows = table("id", "event_participants.tsv")
    people = {row[0].split()[0].lower() for row in rows if len(row) > 1 and {"person", "authority"} & set(row[1].split("/"))}
    return frozenset(people | _addressee_words().get("head", frozenset()))


def _same_objects(a: Mention, b: Mention) -> bool:
    """Whether two reports of an act name a party in common (for a closure, not only a common noun between two articles:
    "penerbangan" is no one flight, where "tersangka" in a case's reports is its suspects), or the same place below a
    country."""
    # a police force is an arrest's agent: named in two reports it makes them one arrest no more than a minister does
    ours, theirs = ([w for w in m.who if not is_police(w)] if a.kind in POLICED else m.who for m in (a, b))
    if _share_a_party(ours, theirs) and not (a.kind in HAPPENINGS and _common_only_apart(a, b)):
        return True
    here, there = fact_field(a.event, "where"), fact_field(b.event, "where")
    return bool(here and there and not is_country(here) and _one_place_name(here, there))


def _act_dates_fit(g: EventGroup, h: EventGroup, slack_days: int) -> bool:
    """Whether two groups of an act can be one by their dates: each date of one falls on or in a date of the other,
    and all of them lie within ``slack_days``; a group with no dates fits any."""
    ours, theirs = g.spans, h.spans
    if not ours or not theirs:
        return True
    return all(any(_dates_fit(a, b, 0) for b in theirs) for a in ours) and all(_dates_fit(a, b, slack_days) for a in ours for b in theirs)


def _told_for_another_day(g: EventGroup, m: Mention, window: int = 30) -> bool:
    """Whether an undated mention is one whose text gives a day after its article (left undated: "penerbangan
    dibatalkan hingga Jumat (20/6)" in a report of Thursday), which none of the group's dates fits: Wings Air's
    flights cancelled for the 20th, on AirNav's notice, are not Batik Air's of the 18th on AirNav's notice. A day
    more than ``window`` days off is a slip of the year, not another day."""
    told = interval(fact_field(m.event, "when"))
    if m.span or told is None or m.day is None or not g.spans or not 0 < (told[0] - m.day).days <= window:
        return False
    return not any(_dates_fit(told, s, 0) for s in g.spans)


def _one_act(g: EventGroup, h: EventGroup) -> bool:
    """Whether two groups of an act report one act: an article tells both and one is undated (a report names the minister
    in its dated lead and the companies in an undated list further down), or they name the same parties or place (two
    arrests an article dates on one day, by two police forces, are two)."""
    undated = not g.spans or not h.spans
    if undated and g.articles & h.articles:
        return True
    if _told_of_no_one(g, h) or _told_of_no_one(h, g):
        return True
    if g.type in POLICED and _one_day_or_undated(g, h) and _suspects_by_initials(g, h):
        return True
    if g.type in POLICED and _suspects_by_alias(g, h):
        return True
    return any(_same_objects(a, b) for a in g.distinct() for b in h.distinct())


def _told_of_no_one(g: EventGroup, h: EventGroup) -> bool:
    """Whether an act's group names no one in any report ("penangkapan atas pelaku pencurian" of a Tuesday) and is told
    on the one day the other group is, by articles that tell the other too: the same article's "polisi menangkap MR dan
    GAB" is whom it was. Once it has joined a group naming someone, it names someone, and no second act of that day
    joins it this way."""
    days = _days(g)
    return len(days) == 1 and days == _days(h) and not any(m.who for m in g.mentions) and g.articles <= h.articles


def _suspects_by_initials(g: EventGroup, h: EventGroup) -> bool:
    """Whether two arrests (or charges) of one day (or one of them undated) are of one suspect, named by the initials
    police give in one report and in full in another ("W" and "Wanda", "LT" and "Le Thi Huynh Trang"): every suspect of
    one group so written stands for a suspect of the other, and no suspect of either is named in full unlike the
    other's."""
    told = _initials_and_names(g, h)
    if told is None:
        return False
    short, full = told
    stands_for = [[name for name in full if _initials_of(w, name)] for w in short]
    if _each_for_one_named(short, stands_for):
        return True
    # as many suspects each side, at one place, and a single letter standing for one suspect only: "R" arrested in
    # Bekasi is not Rudi Hartono arrested in Bogor, and "A" may be Andi or Agus
    if len(short) != len(full) or not _no_two_places(g, h):
        return False
    return all(len(names) == 1 if len(w) == 1 else names for w, names in zip(short, stands_for, strict=True))


def _initials_and_names(g: EventGroup, h: EventGroup) -> tuple[list[str], list[str]] | None:
    """The suspects of two groups where one names them all by initials and the other none so (each person once); else
    None."""
    ours = [w for m in g.distinct() for w in _suspects(m.who)]
    theirs = [w for m in h.distinct() for w in _suspects(m.who)]
    if not ours or not theirs:
        return None
    short, full = (ours, theirs) if all(_initials(w) for w in ours) else (theirs, ours)
    if not all(_initials(w) for w in short) or any(_initials(w) for w in full):
        return None
    return _distinct_names(short), _distinct_names(full)


def _each_for_one_named(initials: list[str], stands_for: list[list[str]]) -> bool:
    """Whether two suspects or more are each written by initials of two letters or more that stand for one full name the
    other report gives, each another ("LT, NT" and "Le Thi Huynh Trang, Nguyen Thi Thu Thao"): one arrest, wherever each
    report places it."""
    if len(initials) < 2 or any(len(w) < 2 or len(names) != 1 for w, names in zip(initials, stands_for, strict=True)):
        return False
    return len({names[0] for names in stands_for}) == len(initials) and all(person_like(names[0]) for names in stands_for)


def _one_day_or_undated(g: EventGroup, h: EventGroup) -> bool:
    """Whether two groups of an act are dated on one day, or one of them dated on one day and the other not at all (an
    undated "LT dan NT ditangkap" beside "Le Thi Huynh Trang ... ditangkap" of the 8th)."""
    ours, theirs = _days(g), _days(h)
    if ours and theirs:
        return ours == theirs
    if len(ours | theirs) != 1:
        return False
    (day,) = ours | theirs
    undated = h if ours else g
    return all(m.day is None or m.day >= day[0] for m in undated.mentions)  # no report of it before its day


def _suspects_by_alias(g: EventGroup, h: EventGroup) -> bool:
    """Whether two arrests (or charges) are of one suspect, whom one report names by initials or in full and another by
    the alias a report of the story gives him ("SJ alias Wanda", "Satria Johanda alias Wanda"): every suspect of one
    group is, by name or by such an alias, a suspect of the other."""
    ours, theirs = (_persons([w for m in x.distinct() for w in _suspects(m.who)]) for x in (g, h))
    if not ours or not theirs:
        return False
    bodies = {m.article: m.body for m in [*g.mentions, *h.mentions]}.values()
    told = [alias for body in bodies for alias in _aliases_told(body)]
    if not told:
        return False

    def one(a: str, b: str) -> bool:
        return same_name(a, b) or any(_named_as(a, name, alias, b) or _named_as(b, name, alias, a) for name, alias in told)

    return all(any(one(a, b) for b in theirs) for a in ours) and all(any(one(a, b) for a in ours) for b in theirs)


def _persons(names: list[str]) -> list[str]:
    """The names with one of each person kept, less initials that stand for another of them ("W" beside "Wanda")."""
    kept = _distinct_names(names)
    return [n for n in kept if not (_initials(n) and any(k != n and not _initials(k) and _initials_of(n, k) for k in kept))]


def _named_as(a: str, name: str, alias: str, b: str) -> bool:
    """Whether ``a`` is the name (in full or by its initials) that a report gives ``b`` as its alias."""
    return same_name(b, alias) and (same_name(a, name) or (_initials(a) and _initials_of(a, name)))


@cache
def _person_alias_cue() -> re.Pattern[str]:
    """A person's name (capitalised words or initials, an age in brackets after it), a word giving the other name he
    goes by (``summary_alias_words.txt``), and that name: "SJ (25) alias Wanda"."""
    words = alternation(lower_word_list("id", "summary_alias_words.txt"))
    name = r"[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}"
    return re.compile(rf"(?<![\w-])({name})(?:\s*\(\d{{1,3}}\))?,?\s+(?i:{words})\s+({name})")


@lru_cache(maxsize=64)
def _aliases_told(body: str) -> tuple[tuple[str, str], ...]:
    """The (name, alias) pairs a body gives ("Satria Johanda alias Wanda"); kept for the body's next group. A body with
    no alias word is not read name by name."""
    if not _alias_word().search(body):
        return ()
    return tuple((m.group(1), m.group(2)) for m in _person_alias_cue().finditer(body))


@cache
def _alias_word() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'summary_alias_words.txt'))})(?![\w-])")


def _distinct_names(names: list[str]) -> list[str]:
    """The names with one of each person kept (``same_name``)."""
    kept: list[str] = []
    for n in names:
        if not any(same_name(n, k) for k in kept):
            kept.append(n)
    return kept


def _no_two_places(g: EventGroup, h: EventGroup) -> bool:
    """Whether two groups' reports tell no two different places: every place one gives is one the other gives, or
    either gives none."""
    ours = {p for m in g.mentions if (p := m.place)}
    theirs = {p for m in h.mentions if (p := m.place)}
    return all(same_name(a, b) for a in ours for b in theirs)


def _initials_of(initials: str, name: str) -> bool:
    """Whether initials are a full name's ("W": "Wanda"; "LT": "Le Thi Huynh Trang"; "MR": "Muhammad Rizki")."""
    words = name.split()
    if len(initials) == 1:
        return initials == words[0][:1].upper()
    return len(words) >= len(initials) and all(a == w[:1].upper() for a, w in zip(initials, words, strict=False))


def _arrests_told_as_one(g: EventGroup, into: EventGroup, fits: Sequence[EventGroup]) -> list[EventGroup]:
    """The groups besides ``into`` that an undated report of an arrest (or a charge) bridges: it names, in one sentence,
    the suspects of each as arrested together ("Kedua pelaku, yakni EKK dan YLK, telah dibekuk"), and they were all
    arrested on ``into``'s one day: one arrest told by its suspects, not two. An arrest of one day whose suspect no report
    names beside the others' stays apart."""
    day = _days(into)
    if g.type not in POLICED or len(day) != 1:
        return []
    told = [_suspects(m.who) for m in g.distinct()]

    def covered(h: EventGroup) -> bool:
        theirs = [w for m in h.distinct() for w in _suspects(m.who)]
        return bool(theirs) and any(all(any(same_name(w, x) for x in ours) for w in theirs) for ours in told)

    return [h for h in fits if h is not into and h.spans == day and covered(h) and covered(into)]


def _days_apart(g: EventGroup, h: EventGroup) -> bool:
    """Whether either group has a report telling it for a day the other's dates do not fit (``_told_for_another_day``)."""
    return any(_told_for_another_day(h, m) for m in g.mentions) or any(_told_for_another_day(g, m) for m in h.mentions)


def merge_acts(groups: Sequence[EventGroup], slack_days: int) -> list[EventGroup]:
    """The groups with those of one act joined: the reports of a revocation, a closure or an arrest name the agent, the
    objects or the place ("empat izin tambang di Raja Ampat" revoked by the ministry, by the President), and are grouped
    apart by whichever they name; groups of other types are kept as they are. This is the one pass that joins an act's
    reports by their objects: grouping mention by mention joins them by their agent only."""
    kept: list[EventGroup] = []
    for g in groups:
        fits = [h for h in kept if h.kind == g.kind and _act_dates_fit(g, h, slack_days) and _one_act(g, h)] if g.type in ACTS else []
        fits = [h for h in fits if not _days_apart(g, h)]
        if not fits:
            kept.append(g)
            continue
        # the group it shares most articles with, then the best reported: an undated list of the companies joins
        # the revocation its articles tell, not the permits granted years before that one of them recalls
        into = max(fits, key=lambda h: (len(g.articles & h.articles), len(h.mentions)))
        # a dated report naming the objects of one group and the place of another bridges them: one act, reported by
        # the companies in one article and by the regency in another (an undated one fits any date, and bridges none)
        bridged = [h for h in fits if h is not into and h.spans] if g.spans else _arrests_told_as_one(g, into, fits)
        for m in [*g.mentions, *(m for h in bridged for m in h.mentions)]:
            into.add(m)
        kept = [h for h in kept if not any(h is b for b in bridged)]
    return kept


def _struck_places_fit(g: EventGroup, m: Mention, countries: bool = True) -> bool:
    """Whether a disaster or accident mention can join a group: a disaster is where it strikes, so eruptions of Gunung
    Semeru and of Gunung Marapi on one day are two, though nobody is named in either; an accident is at least in its
    country, so blasts heard in Iran and a fire in Israel of one day are two, though neither names anyone, and so are a
    strike, deaths or injuries (``COUNTRY_BOUND``): Israel's strike on Iran and Iran's reply on Israel of one day
    (``countries``: whether the country must fit too)."""
    if g.type not in PLACE_BOUND | COUNTRY_BOUND:
        return True
    # a disaster's place as its sentence tells it: a regency the mountain's relative clause names ("Gunung yang berada di
    # perbatasan Kabupaten Lumajang dan Kabupaten Malang itu erupsi") is no second place for its eruption
    where = m.place if g.type in UNDONE else fact_field(m.event, "where")
    places = {p for o in g.mentions if (p := o.place if g.type in UNDONE else fact_field(o.event, "where"))}
    if not where or not places or any(_one_place_name(where, p) for p in places):
        return True
    told = [str(fact_field(o.event, "sentence") or "") for o in (m, *g.mentions)]
    if g.type in PLACE_BOUND and all(_nested_places(where, p, told) or _nested_in_its_report(g, m, where, p) for p in places):
        return True  # "Desa Sumberjati" and "Kabupaten Mojokerto" a report writes as one run of places: one flood
    if g.type in COUNTRY_BOUND:
        # a city's accident joins its country's (no place map here to tell which country a city is in): two countries do not
        return not countries or not is_country(where) or not any(is_country(p) for p in places)
    return False


# the levels of a village's place and of the region its report's lead gives: a report telling a flood at "Desa Setengar"
# and in its lead at "Kabupaten Natuna" tells one flood, at two levels
_SMALL_LEVELS = frozenset({"village", "district"})
_LARGE_LEVELS = frozenset({"regency", "city", "province", None})


def _nested_in_its_report(g: EventGroup, m: Mention, where: str, place: str) -> bool:
    """Whether a mention's place and a group's place, both of one report, are a village (or a district) and a larger
    region it may lie in ("Kebakaran lahan kembali terjadi di Kabupaten Natuna" and "kebakaran lahan di Desa Setengar";
    "Kecamatan Kota, Kabupaten Bangkalan, Jawa Timur" and "Kelurahan Pangeranan"): one happening the report tells at
    two levels, unless the report names another region of the larger one's level ("Kabupaten Karawang" beside
    "Kabupaten Bekasi") or writes the village in a run of places with another region (``_placed_elsewhere``)."""
    if m.span is None or not any(o.article == m.article and place in (o.place, fact_field(o.event, "where")) for o in g.mentions):
        return False  # an undated report joins the disaster its own article dates (``_own_disaster``), not a nearer day's
    small, large = (where, place) if place_level(where) in _SMALL_LEVELS else (place, where)
    if place_level(small) not in _SMALL_LEVELS or place_level(large) not in _LARGE_LEVELS:
        return False
    return not _another_region_told(large, m.body) and not _placed_elsewhere(small, large, m.body)


def _another_region_told(region: str, body: str) -> bool:
    """Whether a report names a region of a region's level other than it ("Kabupaten Karawang" beside "Kabupaten
    Bekasi"); for a region of no known level ("Jawa Timur"), a regency or a city it does not write that region after
    ("Kabupaten Bangkalan, Jawa Timur" writes Jawa Timur as its province; "banjir di Jombang ... Kabupaten Mojokerto"
    tells a flood of another regency)."""
    level = place_level(region)
    named = _regions_named(frozenset({"regency", "city"}) if level is None else frozenset({level})).finditer(body)
    if level is None:
        return any(not body[n.end() :].lstrip(", ").startswith(region) for n in named)
    return any(not same_name(n.group(0), region) for n in named)


def _placed_elsewhere(small: str, large: str, body: str) -> bool:
    """Whether a report writes a village in a run of places with a region other than the larger one ("Desa Sukamaju,
    Kecamatan Cikarang, Kabupaten Karawang"): the village lies there, whatever region the lead names."""
    run = re.compile(rf"(?<![\w-]){re.escape(small)},\s*([^.;:()]{{0,{_NESTING_REACH}}})")
    for found in run.finditer(body):
        regions = [r for r in re.split(r",\s*", found.group(1)) if place_level(r.strip()) in _LARGE_LEVELS - {None}]
        if any(not same_name(r.strip(), large) for r in regions):
            return True
    return False


@cache
def _regions_named(levels: frozenset[str]) -> re.Pattern[str]:
    """A region's name opened by a head word of one of ``levels`` ("Kabupaten Karawang"), built once per set of levels."""
    heads = alternation(head for head, level in place_levels().items() if level in levels)
    return re.compile(rf"(?<![\w-])(?i:{heads})\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*")


def _foreign(g: EventGroup, m: Mention) -> bool:
    """Whether a disaster's mention whose sentence tells no place (``Mention.place``) is of an article the group has no
    report from: the eruption its own article tells is the likelier one."""
    return g.type in UNDONE and m.place is None and m.article not in g.articles


def _clocks_apart(g: EventGroup, m: Mention, minutes: int) -> bool:
    """Whether a disaster's or an accident's report gives a clock time of its day further than ``minutes`` from every
    one the group's reports from other articles give that day: quakes at 04:17 near Nabire and at 06:15 off Tuban,
    which name no one and whose places the reports may leave out, are two quakes, not one told twice."""
    ours = m.moment if g.type in PLACE_BOUND else None
    if ours is None:
        return False
    theirs = [t for o in g.mentions if o.article != m.article and (t := o.moment) and t[:10] == ours[:10]]
    return bool(theirs) and all(_minutes_apart(ours, t) > minutes for t in theirs)


def _minutes_apart(a: str, b: str) -> int:
    """Minutes between two clock times of a day, round midnight too: "pukul 00.20 tadi malam" is dated a day off as
    easily as not, and lies 25 minutes from 23:55."""
    gap = abs(int(a[11:13]) * 60 + int(a[14:16]) - int(b[11:13]) * 60 - int(b[14:16]))
    return min(gap, 24 * 60 - gap)


def _told_at(g: EventGroup, m: Mention) -> bool:
    """Whether a group's reports give the place a mention gives."""
    where = fact_field(m.event, "where")
    places = [p for o in g.distinct() if isinstance(p := fact_field(o.event, "where"), str)]
    return isinstance(where, str) and any(_one_place_name(where, p) for p in places)


def _names_another(g: EventGroup, m: Mention) -> bool:
    """Whether a death or an injury names someone other than one of the group's named members: each must be the same
    person (complete link). A short name ties to a full one ("Budi" and "Budi Santoso"), so joining on any one member
    would chain "Budi Santoso tewas tertabrak kereta" and "Budi Hartono tewas tenggelam" through "Budi tewas", and the
    result would hang on the order of the reports."""
    return g.type in FATES and bool(m.who) and any(o.who and not _same_parties(g.kind, m.who, o.who) for o in g.distinct())


def _to_compare(g: EventGroup, m: Mention) -> Iterable[Mention]:
    """The mentions of a group a mention is compared with to join it. A named evacuation, closure or protest compares
    with the group's named reports only: a report naming no one joins any, but does not bridge China's evacuation and
    Indonesia's into one."""
    if g.type in PLACED_HAPPENINGS or g.type not in HAPPENINGS or not m.who:
        return g.distinct()
    named = [o for o in g.distinct() if o.who]
    return named or g.distinct()


def _adrift(g: EventGroup, m: Mention) -> bool:
    """An undated crash or blast told with no place, from an article whose lead gives no day ("Pesawat jatuh di wilayah
    musuh"), and a group of another article: any of the story's crashes of the month would take it, whoever it names,
    so it joins only what its own article reports."""
    return g.type in PLACED_HAPPENINGS and not fact_field(m.event, "where") and m.article not in g.articles


def _told_aside(g: EventGroup, m: Mention) -> bool:
    """Whether an undated crash, death or injury is another of its kind told aside: at a regency or city
    (``regencies.tsv``) that none of the group's places is, that the group's other articles never name and that its own
    article names first in the mention's paragraph. A related-news paragraph closing a report on a toll-road crash in
    Lampung ("Kecelakaan maut terjadi di jalur Tawangmangu-Magetan ... lima orang meninggal") is no part of that crash."""
    where = fact_field(m.event, "where")
    if g.type not in TOLD_ASIDE or not isinstance(where, str) or not (here := headline_localities(where)):
        return False
    others = {o.article: o.body for o in g.mentions if o.article != m.article}
    places = [p for o in g.distinct() if isinstance(p := fact_field(o.event, "where"), str)]
    if any(here & headline_localities(p) for p in places):
        return False
    sentence = str(fact_field(m.event, "sentence") or "")
    at = m.body.find(sentence) if sentence else -1
    at = m.body.rfind("\n", 0, at) + 1 if at > 0 else -1  # the paragraph's start: its first sentence may name the place
    if at <= 0 or names_locality(m.body[:at], here) or any(names_locality(b, here) for b in others.values()):
        return False
    # the group told by other articles, or its own article's lead at another regency: what it is told aside from
    return bool(others) or bool(headline_localities(m.body[:at]) - here)


def _specific(name: str) -> bool:
    """A name that tells one happening from another of its kind: a person's, a body's or a place's below a country
    (not "Israel", not "warga")."""
    return name[:1].isupper() and not is_country(name)


def _anchored(g: EventGroup, m: Mention) -> bool:
    """Whether an undated mention from an article the group has no report from names something specific the group
    names (a party, or the place): in a war's or a disaster's story, an undated "serangan Israel ke Iran",
    "evakuasi warga" or "kebakaran" may be any of its days' attacks, evacuations or fires, and joined to the nearest
    it merged unrelated reports into one entry."""
    theirs = list(g.distinct())
    if g.type == "WARN" and any(_same_threat(m, o) for o in theirs):
        return True  # the story's bomb threat, whether told of the plane, the airline or its flight number
    # the police force that made a day's arrest made others too: it anchors no undated arrest to that one
    ours = [x for x in m.who if g.type not in POLICED or not is_police(x)]
    if any(_specific(x) and same_name(x, y) for x in ours for o in theirs for y in o.who):
        return True
    here = fact_field(m.event, "where")
    places = [t for o in theirs if isinstance(t := fact_field(o.event, "where"), str)]
    return isinstance(here, str) and _specific(here) and any(_one_place_name(here, t) for t in places)


def _dates_fit(a: Span, b: Span, slack_days: int) -> bool:
    """Two reported dates can be one event: one covers the other, or they are a few days apart."""
    a_in_b = b[0] <= a[0] and a[1] <= b[1]
    b_in_a = a[0] <= b[0] and b[1] <= a[1]
    if a_in_b or b_in_a:
        return True
    if a[0] == a[1] and b[0] == b[1]:
        return abs((a[0] - b[0]).days) <= slack_days
    return False


def _distance(day: date, span: Span) -> int:
    if day < span[0]:
        return (span[0] - day).days
    if day > span[1]:
        return (day - span[1]).days
    return 0


@dataclass
class _Grouping:
    """The groups made so far, and the two passes that add to them: dated mentions, then undated ones."""

    slack_days: int
    undated_days: int
    lead_days: int = 1
    clock_minutes: int = 60  # a disaster's or an accident's clock times further apart than this are two happenings
    groups: list[EventGroup] = field(default_factory=list)
    _dates_of_kind: dict[str, int] = field(default_factory=dict)

    def add_dated(self, m: Mention, span: Span) -> None:
        """Join the first group of the kind with a mention of the same parties whose dates fit, else start one.

        A day must fit every day the group gives: "June" fits the 13th and the 18th, but does not
        make the attacks (or the warnings) of the 13th and of the 18th one.
        """
        fits: list[EventGroup] = []
        for g in self.groups:
            if (
                g.kind == m.kind
                and _struck_places_fit(g, m)
                and _attackers_fit(g, m)
                and not _clocks_apart(g, m, self.clock_minutes)
                and not _addressed_elsewhere(g, m)
                and any(
                    (other := o.span) and _dates_fit(span, other, self._slack(g)) and _tied(g.kind, m, o)
                    for o in _to_compare(g, m)
                )
            ):
                days = [s for o in g.distinct() if (s := o.span) and s[0] == s[1]]
                if all(_dates_fit(span, d, self._slack(g)) for d in days) and not _names_another(g, m):
                    fits.append(g)
        if fits:
            # a disaster or an accident joins, where several fit, the first told at its place: the quake a report's
            # lead dates at 06:15 off Tuban, not the first of the day's quakes, whose reports gave no place
            # (a disaster whose sentence tells no place of its own, one its own article reports: "gunung tertinggi di
            # Pulau Jawa itu" is the Semeru its lead names)
            ranked = sorted(fits, key=lambda g: (not _told_at(g, m), _foreign(g, m))) if m.kind in PLACE_BOUND else fits
            ranked[0].add(m)
        else:
            self.groups.append(EventGroup(m.kind, [m]))

    def _slack(self, g: EventGroup) -> int:
        # happenings of one kind on different days are different happenings (deaths, then more deaths), and
        # so are statements: a government that warns on the 19th and on the 20th gave two warnings; and a trial's
        # hearings: the witness heard on the 19th and the one heard on the 20th sat in two sessions
        return 0 if g.type in HAPPENINGS or g.type in STATEMENTS or g.type in SESSIONS else self.slack_days

    def add_undated(self, m: Mention) -> None:
        """Join the group of the kind and parties whose dates lie nearest the article's day, else start one; an undated
        disaster joins the one its own article dates on its lead's day, or failing any other, any its article dates
        (``_own_disaster``)."""
        if (own := self._own_disaster(m)) and m.lead_day and any(s[0] <= m.lead_day <= s[1] for s in own.spans):
            self._join_elsewhere(own, m)
            return
        best, best_gap = None, None
        for g in self.groups:
            gap = self._gap(g, m)
            if gap is not None and gap <= self.undated_days:
                # an accident whose country is another's is the likelier misplaced (the place a bystander is in: "Modi,
                # yang berada di Siprus, ... kecelakaan helikopter"): it joins such a group only when none other fits
                ranked = (not _struck_places_fit(g, m), gap)
                if best_gap is None or ranked < best_gap:
                    best, best_gap = g, ranked
        if best is None and any(g.kind == m.kind and _told_aside(g, m) for g in self.groups):
            return  # another crash told aside: no entry of this story's, and its day is not its article's
        if best is None and own:
            self._join_elsewhere(own, m)
        elif best is None and not self._ambiguous(m):
            self.groups.append(EventGroup(m.kind, [m]))
        elif best is not None:
            best.add(m)
        # else: one of several of its kind on different days that nothing ties to one of them ("serangan Israel ke Iran" in a
        # war's story): it is no entry of its own either, dated by its article's lead, which may tell another

    def _ambiguous(self, m: Mention) -> bool:
        """Whether an undated mention may be any of several happenings of its kind the story dates on different days: a
        happening, or an act whose parties are no one specific ("Israel", "warga"); a statement by a named speaker
        (Putin and Xi calling for de-escalation) is that speaker's, whatever else the story tells."""
        kind = m.kind.split(":")[0]
        return self._several(m.kind) and (kind in HAPPENINGS or not any(_specific(x) for x in m.who))

    @staticmethod
    def _join_elsewhere(own: EventGroup, m: Mention) -> None:
        m.elsewhere = not _struck_places_fit(own, m)
        own.add(m)

    def _own_disaster(self, m: Mention) -> EventGroup | None:
        """The dated disaster an undated mention's own article reports, for a mention at another place: a river on the
        volcano's flank ("lereng Besuk Kobokan") or the district the ash reached is where the eruption the article dates
        struck, not a second eruption to date by the article's lead."""
        if m.kind != "DISASTER":
            return None
        own = [g for g in self.groups if g.kind == m.kind and g.spans and m.article in g.articles]
        lead = m.lead_day

        def fit(g: EventGroup) -> tuple[bool, int]:  # the one of its lead's day, then the one it tells most
            on_lead = lead is not None and any(s[0] <= lead <= s[1] for s in g.spans)
            return on_lead, sum(o.article == m.article for o in g.mentions)

        return max(own, key=fit, default=None)

    def _several(self, kind: str) -> bool:
        """Whether the dated groups of a kind lie on more than one day (read once the dated mentions are all placed:
        undated ones add no dates)."""
        if kind not in self._dates_of_kind:
            self._dates_of_kind[kind] = len({span for g in self.groups if g.kind == kind for span in g.spans})
        return self._dates_of_kind[kind] > 1

    def _gap(self, g: EventGroup, m: Mention) -> int | None:
        """Days between an undated mention's article and a group's dates; None for a group it cannot join."""
        if not _may_join(g, m) or _clocks_apart(g, m, self.clock_minutes) or _told_for_another_day(g, m, self.undated_days):
            return None
        if _told_aside(g, m):
            return None
        if m.reaction_dated and not _anchored(g, m):
            # the attack a reaction condemns ("mengecam serangan yang dilancarkan Israel"): its lead's day is the
            # reaction's, and only a name the group names ties it to one of the story's attacks
            return None
        spans = [s for o in g.distinct() if (s := o.span)]
        if g.type in HAPPENINGS and m.lead_day:
            return self._lead_gap(g, m, spans, m.lead_day)
        if _adrift(g, m) or not (m.article in g.articles or _anchored(g, m)):
            return None
        return self._report_gap(g, m, spans)

    def _report_gap(self, g: EventGroup, m: Mention, spans: list[Span]) -> int | None:
        """For a mention that is no happening of its article's lead: days from its report's day to the group's dates."""
        day, elsewhere = m.day, m.article not in g.articles
        if not spans and g.type in STATEMENTS and elsewhere and day not in {o.day for o in g.mentions}:
            # what someone said, told undated by reports of two days, is as likely two statements as one: Putin's
            # call to end hostilities recalled on the 19th and his call with Xi reported on the 20th
            return None
        if not spans or day is None:
            return self.undated_days  # a group with no dates takes what no dated group can
        if g.type in PLACED_HAPPENINGS and all(day < s[0] for s in spans) and fact_field(m.event, "status") != "planned":
            # what had befallen by a report's day is no crash or strike of a later day: Israel's strike on Tehran, told
            # undated in a report of the 19th, is not the strike of the 20th
            return None
        gap = min(_distance(day, s) for s in spans)
        if g.type in CONFIRMATIONS and elsewhere and gap > self.lead_days:
            # an undated confirmation is its report's news, of its day or the day before: the Israeli army confirming
            # the day's strikes, reported on the 19th, is not its confirmation of a drone downed on the 17th
            return None
        return gap

    def _lead_gap(self, g: EventGroup, m: Mention, spans: list[Span], lead: date) -> int | None:
        """For a happening: days from the group's dates to the day its article's lead reports, when it lies on that day
        or just before it; but where the story tells several of its kind on different days (a war's strikes), an
        undated one from another article is any of them, unless it names what the group names."""
        if m.article not in g.articles and self._several(m.kind) and not _anchored(g, m):
            return None
        if spans:
            ahead = [(lead - s[1]).days for s in spans if s[1] <= lead]
            return min(ahead) if ahead and min(ahead) <= self.lead_days else None
        return 0 if lead in {o.lead_day for o in g.mentions} else None


def _may_join(g: EventGroup, m: Mention) -> bool:
    """Whether an undated mention is of the group's kind, may have struck where the group did (a strike, deaths or
    injuries in its country; an accident anywhere, ranked by its place in ``add_undated``), and names its parties."""
    return (
        g.kind == m.kind
        and _struck_places_fit(g, m, countries=g.type != "ACCIDENT")
        and _attackers_fit(g, m)
        and not _addressed_elsewhere(g, m)
        and any(_tied(g.kind, m, o) for o in _to_compare(g, m))
    )


def group_events(
    mentions: Sequence[Mention], slack_days: int = 3, undated_days: int = 30, lead_days: int = 1, clock_minutes: int = 60
) -> list[EventGroup]:
    """Mentions of one real-world event grouped together.

    Dated mentions join a group of the same type and parties whose dates fit
    (covering each other, or days at most ``slack_days`` apart: two outlets
    giving 12 and 13 September for one summit disagree, they do not report two
    summits). An undated mention then joins the group whose dates lie nearest
    its article's day, within ``undated_days``; failing that, a group of the
    same type and parties with no dates at all.
    """
    grouping = _Grouping(slack_days, undated_days, lead_days, clock_minutes)
    dated = [(span, m) for m in mentions if (span := m.span)]
    for span, m in sorted(dated, key=lambda sm: (sm[0][0], sm[1].order)):
        grouping.add_dated(m, span)
    for m in sorted((m for m in mentions if not m.span), key=lambda m: m.order):
        grouping.add_undated(m)
    # twice: a group that joined one later in the list may have brought what ties an earlier one to it (the full names
    # "LT, NT" stand for, told in an undated report that joined the arrest of the 8th after "LT, NT" was compared)
    acts = fold_unnamed_acts(merge_acts(merge_acts(grouping.groups, slack_days), slack_days))
    fates = fold_unnamed_fates(fold_doers_among_the_dead(fold_places_told_together(acts)))
    return fold_rescuers_told_apart(fold_fates_of_one_cause(fold_victims_named_undated(fates)))


# a clock time in a sentence ("pukul 16.47 WIB", "05:30", an hour alone "pukul 10 WIB"): a sentence giving two tells two
# moments of its kind
_CLOCK_TOLD = re.compile(r"(?<![\d.:,])\d{1,2}[.:]\d{2}(?![\d.:,])|\bpukul\s+\d{1,2}(?!\d|[.:,]\d)", re.IGNORECASE)
# the levels of region a disaster spreads over (``place_levels.tsv``): named bare after its head word as often as not
# (the parties' levels, less the roads')
_REGION_LEVELS = REGION_LEVELS - {"-"}


def _bare_place(name: str) -> str:
    """A region's name without its head word ("Kabupaten Lumajang" -> "Lumajang"), as a dateline or a list names it; a
    place of no region level (a mountain, an unheaded district) as written."""
    level = place_level(name)
    if level not in _REGION_LEVELS:
        return name
    words = name.split()
    head = 2 if place_level(words[0]) != level else 1  # "Negara Bagian Texas": a head of two words
    return " ".join(words[head:]) or name


def _names_place(sentence: str, place: str) -> bool:
    """Whether a sentence names a place, bare or headed, as a word (a glued "di" after it too: "Gunung Raungdi Jawa
    Timur" names Gunung Raung). The bare name is matched in its own case: "batu" and "malang" are words, not Kota Batu
    nor Kabupaten Malang."""
    if re.search(rf"(?<![\w-]){re.escape(place)}(?:di)?(?![\w-])", sentence, re.IGNORECASE):
        return True
    bare = _bare_place(place)
    return re.search(rf"(?<![\w-]){re.escape(bare)}(?:di)?(?![\w-])", sentence) is not None


def _disaster_places(g: EventGroup) -> set[str]:
    return {p for m in g.mentions if (p := m.place)}


def _days(g: EventGroup) -> set[Span]:
    """The single days a group's reports give (a year's tally, "Sepanjang 2025, ... meletus 28 kali", is no day)."""
    return {s for s in g.spans if s[0] == s[1]}


def _triggers(g: EventGroup) -> set[str]:
    return {str(fact_field(m.event, "trigger") or "").lower() for m in g.mentions} - {""}


def _told_together(g: EventGroup, h: EventGroup) -> bool:
    """Whether one report of a disaster's group tells it at every place of another group of its day, in a sentence
    giving at most one clock time: "ratusan rumah terendam banjir di Kecamatan Dawarblandong dan Kecamatan Mojoanyar"
    makes the flood at Mojoanyar that flood, not a second one. A roundup of quakes "di NTT hingga Bengkulu sepanjang
    pukul 16.47 hingga 17.50" tells two moments, so two quakes."""
    places = _disaster_places(h)
    if not places:
        return False
    for m in g.distinct():
        sentence = str(fact_field(m.event, "sentence") or "")
        if len(_CLOCK_TOLD.findall(sentence)) <= 1 and all(_names_place(sentence, p) for p in places):
            return True
    return False


@cache
def _landform_heads() -> tuple[str, ...]:
    """The head words of landforms (``landform_words.tsv``), longest first ("gunung api" before "gunung")."""
    return tuple(sorted({row[0].lower() for row in table("id", "landform_words.tsv") if row and row[0]}, key=len, reverse=True))


def _landform_names(g: EventGroup) -> set[str]:
    """The names of the landforms a group's reports place it at, without their head word ("Gunung Api Lokon" and
    "Gunung Lokon": "lokon")."""
    names = set()
    for place in _disaster_places(g):
        lowered = str(place).lower()
        head = next((h for h in _landform_heads() if lowered.startswith(f"{h} ")), None)
        if head:
            names.add(lowered[len(head) :].strip())
    return names


def _two_landforms(g: EventGroup, h: EventGroup) -> bool:
    """Whether two groups are told at two landforms ("Gunung Semeru dan Gunung Lewotobi Laki-laki kembali erupsi"): two
    eruptions, though one sentence names both; a name glued to its "di" ("Gunung Ijendi Jawa Timur") starts with the
    other's and is one."""
    ours, theirs = _landform_names(g), _landform_names(h)
    return bool(ours and theirs) and not any(x.startswith(y) or y.startswith(x) for x in ours for y in theirs)


def fold_places_told_together(groups: Sequence[EventGroup]) -> list[EventGroup]:
    """The groups with a disaster of one day told at two places joined, where a report of one names the other's place
    as where that disaster struck (``_told_together``) and both are told with a word in common ("banjir"): grouping keeps
    disasters at different places apart (two eruptions of one day at two mountains are two), so a flood over two
    districts, or a mountain's name glued to its "di", made two entries of one flood or one eruption."""

    def told_with(g: EventGroup, kept: list[EventGroup]) -> EventGroup | None:
        days = _days(g)
        if g.type not in UNDONE or not days:
            return None
        triggers = _triggers(g)  # g's own: only the kept groups grow while it is matched
        return next(
            (
                h
                for h in kept
                if h.kind == g.kind
                and _days(h) == days
                and triggers & _triggers(h)
                and not _two_landforms(g, h)
                and (_told_together(h, g) or _told_together(g, h))
            ),
            None,
        )

    return _folded(groups, told_with)


def _folded(groups: Sequence[EventGroup], into_of: Callable[[EventGroup, list[EventGroup]], EventGroup | None]) -> list[EventGroup]:
    """The groups, each folded into the kept group ``into_of`` gives it (its mentions added there), or kept."""
    kept: list[EventGroup] = []
    for g in groups:
        into = into_of(g, kept)
        if into is None:
            kept.append(g)
            continue
        for m in g.mentions:
            into.add(m)
    return kept


def _unnamed_fate(g: EventGroup) -> bool:
    """Whether a death's or an injury's reports tell it only of common nouns ("dua orang meninggal", "pria itu meninggal
    dunia", "anaknya sudah tak bernyawa"): whom it befell, unnamed, and no doer ("pelaku tewas")."""
    return g.type in FATES and all(fate_of(m.who) in ("victims", "") for m in g.mentions)


def _named_fate(g: EventGroup) -> bool:
    """Whether some report of a death or an injury names whom it befell."""
    return g.type in FATES and any(fate_of(m.who) not in ("victims", "doer", "") for m in g.mentions)


def _wounds_of_the_dead(g: EventGroup, dead: list[str]) -> bool:
    """Whether an injury names only people the story tells died ("pria tersebut meninggal dunia dengan luka serius"):
    the wound is how they died (``_injury_of_the_dead`` drops its entry), so "tiga orang luka" is not theirs."""
    named = [w for m in g.mentions for w in m.who if not generic(w)]
    return g.type == "INJURE" and bool(named) and all(any(same_name(n, d) for d in dead) for n in named)


def fold_unnamed_fates(groups: Sequence[EventGroup]) -> list[EventGroup]:
    """The groups with a death or an injury told only of common nouns folded into the one named death or injury of its
    day that its articles report: "Hengki Kawilarang meninggal dunia" and "pria yang pernah tampil di New York Fashion
    Week itu meninggal dunia" of one report, or "Rindy Liviani tewas" and "anaknya sudah tak bernyawa" of three, are one
    death told twice. Where its articles tell two named deaths of the day (a war's), or none, nothing says whose it is,
    and it is kept apart. An undated one folds only where its noun points back to a name ("pria tersebut"), or where its
    article's lead tells it of one person ("polisi menangkap dua jambret yang membuat seorang gadis meninggal",
    ``_one_in_the_lead``): a lead tells its article's own death, not another one it recalls."""
    kept = list(groups)
    dead = [w for g in groups if g.type == "DIE" for m in g.mentions for w in m.who if not generic(w)]
    for g in groups:
        if not _unnamed_fate(g) or not (g.spans or all(_points_back(m) or _one_in_the_lead(m) for m in g.mentions)):
            continue
        cause = _one_cause_of_its_day(g, groups)
        named = [h for h in kept if h is not g and _whose_fate(g, h, dead, cause is not None and bool(cause.articles & h.articles))]
        if len(named) == 1:
            for m in g.mentions:
                m.folded = True  # joined on its day alone: the place it gives may be another's ("tampil di Paris")
                named[0].add(m)
            kept = [h for h in kept if h is not g]
    return kept


def _counts_one(g: EventGroup) -> bool:
    """Whether no report of a death or an injury counts more than one person ("satu orang tewas", "Seorang pria tewas";
    not "delapan orang tewas")."""
    return all(not isinstance(c := fact_field(m.event, "count"), int) or c <= 1 for m in g.mentions)


def _one_death_of_its_day(g: EventGroup, groups: Sequence[EventGroup]) -> EventGroup | None:
    """The one other death (or injury) of ``g``'s kind and single day that its reports tell of no one by name and of
    one person (``_counts_one``), where every article of ``g`` reports it; None where there are several, or none."""
    days = _days(g)
    if len(days) != 1 or days != g.spans:
        return None
    fits = [
        h
        for h in groups
        if h is not g and h.kind == g.kind and _days(h) == days and not _names_someone(h) and _counts_one(h) and g.articles <= h.articles
    ]
    return fits[0] if len(fits) == 1 and _placed_alike(g, fits[0]) else None


def _placed_alike(g: EventGroup, h: EventGroup) -> bool:
    """Whether two groups may tell one happening by their places: where both give places, a report of ``g`` gives one at
    a place a report of ``h`` gives, or a place one lies in (``_same_place``). A robber shot dead in Cakung is no death
    of a brawl in Jalan Merdeka, whatever their articles call him."""
    placed = [m for m in g.mentions if m.place]
    if not placed or not any(o.place for o in h.mentions):
        return True
    return any(o.place and _same_place(m, o) for m in placed for o in h.mentions)


@cache
def _doer_among_the_dead_cue() -> re.Pattern[str]:
    """A phrase telling the dead was one of the doers (``doer_among_the_dead.txt``: "pelaku sekaligus korban")."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'doer_among_the_dead.txt'))})(?![\w-])")


def fold_doers_among_the_dead(groups: Sequence[EventGroup]) -> list[EventGroup]:
    """The groups with a doer's death ("pelaku tewas") folded into the one death of its day its articles tell of one
    unnamed person, where a report tells the dead was a doer too ("Korban meninggal termasuk pelaku tawuran", "satu
    orang warga yang juga pelaku tawuran tewas"): in a brawl, the one who died and "the doer who died" are one death
    told twice. A doer's death told with no such phrase (a shooter who killed himself beside eight dead, a robber shot
    by the police after he killed a man) stays a death of its own."""
    kept = list(groups)
    for g in groups:
        if g.type != "DIE" or not all(fate_of(m.who) == "doer" for m in g.mentions):
            continue
        if not any(_doer_among_the_dead_cue().search(str(fact_field(m.event, "sentence") or "")) for m in g.mentions):
            continue
        if (into := _one_death_of_its_day(g, kept)) is not None:
            for m in g.mentions:
                into.add(m)
            kept = [h for h in kept if h is not g]
    return kept


_VICTIM_REACH = 40  # characters between a victim's noun and the name its sentence gives ("korban meninggal dunia inisial W")


def _named_as_the_victim(m: Mention) -> bool:
    """Whether a death's or an injury's report names each of its parties right after a victim's noun
    (``victim_cues.txt``): "Identitas korban meninggal dunia inisial W" tells whom the day's death befell."""
    sentence = str(fact_field(m.event, "sentence") or "")
    return bool(m.who) and all(any(_victim_word_before().search(sentence, 0, at) for at, _ in spans_of(w, sentence)) for w in m.who)


@cache
def _victim_word_before() -> re.Pattern[str]:
    """A victim's word (``victim_cues.txt``) up to ``_VICTIM_REACH`` characters before the end of the text searched, no
    full stop, semicolon or colon between ("korban meninggal dunia inisial" before "W")."""
    cue = alternation(lower_word_list("id", "victim_cues.txt"))
    return re.compile(rf"(?<![\w-])(?i:{cue})(?![\w-])[^.;:]{{0,{_VICTIM_REACH}}}$")


def _one_unnamed_day(g: EventGroup) -> bool:
    """Whether a death or an injury is told on one day, of no one by name and of one person (``_counts_one``)."""
    return len(g.spans) == 1 and _days(g) == g.spans and not _names_someone(g) and _counts_one(g)


def fold_victims_named_undated(groups: Sequence[EventGroup]) -> list[EventGroup]:
    """The groups with an undated death or injury whose reports name the victim ("Identitas korban meninggal dunia
    inisial W") folded into the one dated death of its kind its articles tell of one unnamed person ("satu orang tewas
    ... pada Senin"): the name tells whom that death befell, and is no second death dated by its article's lead. Where
    the articles tell two deaths, or more than one dead, whose name it is stays untold."""
    kept = list(groups)
    for g in groups:
        if (
            g.type not in FATES
            or g.spans
            or not all(_named_as_the_victim(m) and fate_of(m.who) not in ("victims", "doer", "") for m in g.mentions)
        ):
            continue
        own = [h for h in kept if h is not g and h.kind == g.kind and h.spans and h.articles & g.articles]
        if len(own) == 1 and _one_unnamed_day(own[0]) and g.articles <= own[0].articles:
            for m in g.mentions:
                own[0].add(m)
            kept = [h for h in kept if h is not g]
    return kept


def _common_only_act(g: EventGroup) -> bool:
    """Whether an act's reports name no party but by common nouns ("Para pelaku baru kemudian berhasil diamankan",
    "Dua orang ditangkap", "penerbangan dibatalkan"), on one day, and none as others than those named ("Dua orang
    lainnya juga ditangkap": ``_told_as_others``)."""
    days = _days(g)
    if g.type not in ACTS or len(days) != 1 or len(g.spans) != 1:
        return False
    return all(generic(w) and not _told_as_others(w, fact_field(m.event, "sentence") or "") for m in g.mentions for w in m.who)


@cache
def _another_words() -> str:
    """The words after a noun that make it others than those named (``another_words.txt``: "lainnya", "yang lain")."""
    return alternation(lower_word_list("id", "another_words.txt"))


def _told_as_others(noun: str, sentence: str) -> bool:
    """Whether a sentence writes a common noun as others than those named: "Dua orang lainnya juga ditangkap",
    "tersangka lain ditahan" (``another_words.txt``)."""
    return bool(re.search(rf"(?<![\w-])(?i:{re.escape(noun)})\s+(?i:{_another_words()})(?![\w-])", sentence))


def _names_someone(g: EventGroup) -> bool:
    return any(not generic(w) for m in g.mentions for w in m.who)


def _may_be_whose(g: EventGroup, h: EventGroup) -> bool:
    """Whether a named act may be the one an act told of common nouns is: of its kind and day, told by every article
    that tells it, and at no other place."""
    return h.kind == g.kind and h.spans == g.spans and _names_someone(h) and g.articles <= h.articles and _no_two_places(g, h)


def fold_unnamed_acts(groups: Sequence[EventGroup]) -> list[EventGroup]:
    """The groups with an act told only of common nouns folded into the one act of its kind and day that names someone,
    told by the same articles at no other place: "Keduanya diringkus oleh Satreskrim Polres Metro Jakarta Pusat" and
    "Para pelaku baru kemudian berhasil diamankan ... pada 17 Juni" of one report, or "Bandara I Gusti Ngurah Rai mencatat
    87 penerbangan dibatalkan" and "penerbangan domestik yang dibatalkan", are one act told twice. Where the articles tell
    two named acts of the day, or none, nothing says whose it is, and it is kept apart (``_told_of_no_one`` joins an act
    that names no one at all)."""
    kept = list(groups)
    for g in groups:
        if not _common_only_act(g):
            continue
        named = [h for h in kept if h is not g and _may_be_whose(g, h)]
        if len(named) == 1:
            for m in g.mentions:
                named[0].add(m)
            kept = [h for h in kept if h is not g]
    return kept


def _whose_fate(g: EventGroup, h: EventGroup, dead: list[str], one_cause: bool = False) -> bool:
    """Whether a named death or injury may be the one an unnamed group of its articles tells on its days; an injury of
    only the dead (their wounds, ``_wounds_of_the_dead``) is none of others' injuries. Where the story tells one crash,
    attack or disaster on the unnamed group's day, and a report of the named death tells that happening too
    (``one_cause``), the deaths are that happening's, whichever articles tell them: "tujuh orang tewas" in four reports
    of a helicopter crash and "Rajkumar Jaiswal tewas dalam kecelakaan itu" in a fifth. A named death no report of the
    crash tells (a stabbing at a bus terminal the same day) is not the crash's."""
    return (
        h.kind == g.kind
        and _named_fate(h)
        and not _wounds_of_the_dead(h, dead)
        and (g.articles <= h.articles or one_cause)
        and all(any(_dates_fit(a, b, 0) for b in h.spans) for a in g.spans)
    )


# the happenings whose deaths and injuries they are: one of them on a day makes that day's fates its own
_CAUSES = frozenset({"ACCIDENT", "ATTACK", "DISASTER"})


def _one_cause_of_its_day(g: EventGroup, groups: Sequence[EventGroup]) -> EventGroup | None:
    """The one crash, attack or disaster (``_CAUSES``) the story tells on the one day an unnamed death or injury is dated:
    its fate is that happening's. Two crashes of the day, or none, give none, and leave it whose it may be."""
    days = set(g.spans)
    if len(days) != 1 or (day := next(iter(days)))[0] != day[1]:
        return None
    causes = [h for h in groups if h.type in _CAUSES and any(s[0] <= day[0] <= s[1] and s[0] == s[1] for s in h.spans)]
    return causes[0] if len(causes) == 1 else None


def fold_fates_of_one_cause(groups: Sequence[EventGroup]) -> list[EventGroup]:
    """The groups with the deaths, or the injuries, of one crash, attack or disaster joined: grouping keeps each named
    person's fate apart (complete link, ``_names_another``), so "Renung luka berat" and "Sriyadi luka ringan" of one
    crash, or the driver S and the riders MY and I of one train crash, made an entry each. Two fates of one kind join
    where they lie on one day, the story tells one cause that day (``_one_cause_of_its_day``) and every report of both
    tells that cause too (``_fates_of_the_cause``). A doer's own fate ("pelaku juga luka") is no victim's, and two
    players hurt in one match, or pilgrims dying on one day, have no cause told and stay apart."""

    def fates_of_its_cause(g: EventGroup, kept: list[EventGroup]) -> EventGroup | None:
        cause = _one_cause_of_its_day(g, groups) if g.type in FATES else None
        return next((h for h in kept if cause is not None and _fates_of_the_cause(g, h, cause, groups)), None)

    return _folded(groups, fates_of_its_cause)


def _fates_of_the_cause(g: EventGroup, h: EventGroup, cause: EventGroup, groups: Sequence[EventGroup]) -> bool:
    """Whether two deaths or two injuries of one day are the one cause's: of one kind and day, neither the doer's, the
    other's cause that same happening, and every article of both a report of it."""
    return (
        h.kind == g.kind
        and _days(g) == _days(h)
        and _one_cause_of_its_day(h, groups) is cause
        and not any(fate_of(m.who) == "doer" for m in [*g.mentions, *h.mentions])
        and (g.articles | h.articles) <= cause.articles
        and _one_site_of_the_cause(g, h, cause)
        and _at_the_cause(g, cause)
        and _at_the_cause(h, cause)
    )


def _at_the_cause(g: EventGroup, cause: EventGroup) -> bool:
    """Whether a death's or an injury's reports may tell the cause's: each gives a place the cause's reports give, or
    none ("meninggal di Mekkah" beside a crash at Jalan Merdeka is another death; where the hurt were treated,
    ``_treated_at``, counts for none), and none gives a cause of its own the cause's reports do not ("karena sakit
    jantung", "tewas tenggelam", ``own_fate_causes.txt``)."""
    places = {p for m in cause.mentions if (p := m.place)}
    told = " ".join(str(fact_field(m.event, "sentence") or "") for m in cause.mentions)
    for m in g.mentions:
        if m.place and not _treated_at("INJURE", m.place) and not any(same_name(m.place, p) for p in places):
            return False
        own = {c.group(0).lower() for c in _own_fate_cause().finditer(str(fact_field(m.event, "sentence") or ""))}
        if any(not re.search(rf"(?<![\w-]){re.escape(c)}(?![\w-])", told, re.IGNORECASE) for c in own):
            return False
    return True


def _one_site_of_the_cause(g: EventGroup, h: EventGroup, cause: EventGroup) -> bool:
    """Whether the places two fates' reports give lie at one site of the cause: the cause's places are one site where
    one of its sentences writes them together ("Jalan Sudirman, Tanah Tinggi, Kota Tangerang"), or through such others.
    The driver killed at Tol Cipali and the rider killed at Tol Cipularang stay two, though a grouping made the two
    crashes of their day one group: no report of them writes the two toll roads together."""
    places = sorted({p for m in cause.mentions if (p := m.place)})
    sentences = [str(fact_field(m.event, "sentence") or "").lower() for m in cause.mentions]
    site = list(range(len(places)))
    for i, a in enumerate(places):
        for j in range(i):
            if same_name(a, places[j]) or any(a.lower() in t and places[j].lower() in t for t in sentences):
                old, new = site[i], site[j]
                site = [new if x == old else x for x in site]
    told = {p for m in [*g.mentions, *h.mentions] if (p := m.place) and not _treated_at("INJURE", p)}
    sites = {site[i] for p in told for i, q in enumerate(places) if same_name(p, q)}
    return len(sites) <= 1


@cache
def _own_fate_cause() -> re.Pattern[str]:
    """A cause a death's or an injury's sentence gives of its own (``own_fate_causes.txt``)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'own_fate_causes.txt'))})(?![\w-])")


@cache
def _single_person() -> re.Pattern[str]:
    """A word counting one person right before the end of a text ("seorang gadis ", "satu pemotor "): not before a
    group's noun ("satu keluarga ", ``collective_nouns.txt``), which counts several."""
    one = alternation(lower_word_list("id", "single_person_cues.txt"))
    groups = alternation(lower_word_list("id", "collective_nouns.txt"))
    return re.compile(rf"(?<![\w-])(?i:{one})\s+(?!(?i:{groups})(?![\w-]))(?:\w+\s+)?$")


def _one_in_the_lead(m: Mention) -> bool:
    """Whether an undated death or injury is told in its article's lead of one person by a common noun ("seorang gadis
    meninggal", ``single_person_cues.txt``): the article's own, where "tiga orang tewas" may be another happening's."""
    sentence = str(fact_field(m.event, "sentence") or "")
    if not m.in_lead or not m.who:
        return False
    return all(any(_single_person().search(sentence[:at]) for at, _ in spans_of(w, sentence)) for w in m.who)


def _points_back(m: Mention) -> bool:
    """Whether an undated death or injury is told of a common noun that points back to whom the article has named
    ("Pria usia 25 itu ditemukan tak bernyawa" after "Gustiwiw meninggal"): the same death told again, where an undated
    "tiga orang tewas" may be another crash the article recalls."""
    sentence = str(fact_field(m.event, "sentence") or "")
    trigger = str(fact_field(m.event, "trigger") or "")
    return bool(m.who) and all(pointing_back(w, sentence) or _relative_points_back(w, sentence, trigger) for w in m.who)


@cache
def _relative_pointing() -> str:
    """A demonstrative (``demonstratives.txt``) closing a relative clause right before a text's end: "yang pernah
    tampil di New York Fashion Week ini "."""
    return rf"\s+yang\s+[^,.;:!?\"“”]*?\s(?i:{alternation(lower_word_list('id', 'demonstratives.txt'))})\s+$"


def _relative_points_back(noun: str, sentence: str, trigger: str) -> bool:
    """Whether a common noun of one person is closed, before the trigger, by a relative clause and a demonstrative
    ("penyebab pasti pria yang pernah menampilkan karyanya di New York Fashion Week ini meninggal dunia"): the man the
    article has named, told again, as "pria itu" would be. Several ("tiga pria yang ... itu") are not one named, nor is
    one newly counted ("seorang pria yang tinggal di desa itu", ``_single_person``): there the demonstrative closes the
    clause's last noun (the village), and the man is someone new."""
    at = sentence.find(trigger) if trigger else -1
    if at <= 0:
        return False
    told = re.search(rf"(?<![\w-]){re.escape(noun)}{_relative_pointing()}", sentence[:at])
    if told is None:
        return False
    before = sentence[: told.start()]
    return not _counted_before().search(before) and not _single_person().search(before)


@cache
def _counted_before() -> re.Pattern[str]:
    """A word counting several right before a text's end ("tiga ", "para ", ``anaphor_plural_words.txt``), or a number."""
    return re.compile(rf"(?<![\w-])(?:(?i:{alternation(lower_word_list('id', 'anaphor_plural_words.txt'))})|\d+)\s+$")


# ---------------------------------------------------------------------------- what a group of mentions says


def _participants(group: EventGroup) -> list[str]:
    """The group's parties, fullest name of each, the agent first and then by how often they are named; none for a
    disaster (``UNDONE``)."""
    if group.type in UNDONE:
        return []
    seen: list[list[str]] = []  # clusters of names of one party
    weight: list[float] = []
    aliases = _aliases_in(group)
    for m in group.mentions:
        for pos, name in enumerate(m.who):
            bonus = 1.0 + (0.5 if pos == 0 else 0.0)
            i = next((i for i, names in enumerate(seen) if any(_one_named(group, name, n, aliases) for n in names)), None)
            if i is None:
                seen.append([name])
                weight.append(bonus)
            else:
                seen[i].append(name)
                weight[i] += bonus
    order = sorted(range(len(seen)), key=lambda i: -weight[i])
    # a party named in few of the mentions is more likely a bystander of the sentence than a party
    keep = [i for i in order if weight[i] >= weight[order[0]] / 3 or _a_named_fate(group, seen[i])] if order else []
    if group.type in HAPPENINGS:
        # the named ones a death or an injury befell before the common nouns beside them: the nouns are dropped
        # where anyone is named, and must not crowd out the named
        keep = sorted(keep, key=lambda i: not _a_named_fate(group, seen[i]))[:HAPPENING_PARTIES]
    # the fullest name of each party, a name before a common noun's phrase ("Israel", not "pasukan Israel")
    names = [max(seen[i], key=lambda n: (not generic(n), len(n.split()), len(n))) for i in keep]
    # beside a named party, a generic noun ("orang", "korban", "penerbangan") names no party a reader can check: the
    # named ones tell who; alone, it still tells whom the happening befell
    # a party's fullest name that is only a regency's or a city's ("Bandar Lampung" beside the regents who met) is where,
    # not who: read after the names of one party are clustered, so "Sumatera Utara" still counts for "Polda Sumatera Utara"
    names = [n for n in names if not bare_locality(n)]
    return _agents_first(group, _named_first(group, _without_initials_told_in_full(group, _without_nicknames(group, names))))


def _one_named(group: EventGroup, a: str, b: str, aliases: Sequence[tuple[str, str]] = ()) -> bool:
    """Whether two of a group's names are one party (``_one_party``), a word of a name misspelt (``_misspelt_part``)
    where no report names both, or a name and the alias a report gives it (``aliases``: ``_aliases_in``); of an arrest
    or a charge, also initials and the suspect's full name they stand for ("NT", "Nguyen Thi Thu Thao"), unless a report
    names both as parties: "Kapolsek Padang Ratu AKP Edi Suhendra menceritakan penangkapan ES" tells two people."""
    if _one_party(a, b) and not (_by_role_only([a], [b]) and _told_beside(group, a, b)):
        return True
    if (_misspelt_part(a, b) or _misspelt_part(b, a)) and not _told_beside(group, a, b):
        return True
    if any(_named_as(a, name, alias, b) or _named_as(b, name, alias, a) for name, alias in aliases):
        return True
    return group.type in POLICED and _one_suspect(a, b) and not _told_beside(group, a, b)


def _aliases_in(group: EventGroup) -> list[tuple[str, str]]:
    """The (name, alias) pairs the group's reports give ("Bambang Sutrisno Hadi alias Bams Hadi", "SJ alias Wanda",
    ``summary_alias_words.txt``): a name and its alias are one person, however many reports name him each way."""
    bodies = {m.article: m.body for m in group.mentions}.values()
    return [alias for body in bodies for alias in _aliases_told(body)]


def _misspelt_part(bare: str, full: str) -> bool:
    """Whether a one-word name is a word of a fuller person's name written with a letter more or less ("Volkano" of
    "Dimitri Volkanov", "Rinadya" of "Rinadiya Putri"): a report's slip, one person, not a second party. A changed letter is
    another name ("Putri" and "Putra"), and short words are too often two names apart ("Andi", "Adi")."""
    words = full.split()
    if " " in bare or len(bare) < 5 or len(words) < 2 or generic(bare) or generic(full):
        return False
    if not (person_like(bare) and person_like(full)):
        return False
    return any(len(w) >= 5 and w[0] == bare[0] and _one_letter_apart(bare.lower(), w.lower()) for w in words)


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether one word is the other with one letter inserted (not the same word, not a changed letter), that letter no
    ending that makes another name of it (``name_forming_endings.txt``: "Septian", "Septiana")."""
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    if len(long_) != len(short) + 1:
        return False
    if long_.startswith(short) and long_[-1] in _name_forming_endings():
        return False
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


@cache
def _name_forming_endings() -> frozenset[str]:
    return frozenset(lower_word_list("id", "name_forming_endings.txt"))


def _told_beside(group: EventGroup, a: str, b: str) -> bool:
    """Whether a report of the group names both as its parties."""
    return any(a in m.who and b in m.who for m in group.distinct())


def _named_first(group: EventGroup, names: list[str]) -> list[str]:
    """The named parties, with the common nouns that tell another party beside them (the hurt crew, the arrested
    beside the police force); the common nouns alone where no one is named."""
    named = _without_case_labels(group, [n for n in names if not generic(n)])
    if not named:
        return names
    commons = [n for n in names if generic(n)]
    return named + _crew_beside_the_named(group, commons, named) + _arrested_beside_the_police(group, commons, named)


def _arrested_beside_the_police(group: EventGroup, commons: list[str], named: list[str]) -> list[str]:
    """Whom an arrest or a charge befell where its reports name only the police force that made it ("Polres Metro
    Depok" and "ketujuh pelaku"): a suspect's noun (``arrested_nouns.txt``) or the one an arrest's sentence writes
    right after its verb, never a witness or an informant ("berkat informasi saksi", "atas laporan warga"); none beside
    a named suspect."""
    if group.type not in POLICED or not all(is_police(n) or is_police_body(n) for n in named):
        return []
    return [n for n in commons if not is_police(n) and _an_arrested(n, group)][:1]


@cache
def _arrested_nouns() -> frozenset[str]:
    return lower_word_list("id", "arrested_nouns.txt")


@cache
def _count_before_noun() -> str:
    """A pattern of a count before a noun: digits, a "se-" word ("seorang"), or a number word of ``numbers.tsv``
    ("dua", "sepuluh", "puluhan")."""
    words = (row[0] for row in table("id", "numbers.tsv") if len(row) > 1 and row[1] in ("digit", "word", "fuzzy"))
    return rf"(?:\d+|se\w+|{alternation(words)})"


def _an_arrested(noun: str, group: EventGroup) -> bool:
    """Whether a common noun tells whom an arrest befell: a suspect's noun ("pelaku", "tersangka"), or the object
    an arrest's sentence writes right after its verb, a count or a "seorang" between ("menangkap dua pengamen")."""
    if noun.split()[0].lower() in _arrested_nouns():
        return True
    count = _count_before_noun()
    return any(
        re.search(rf"(?<![\w-]){re.escape(trigger)}\s+(?:{count}\s+(?:orang\s+)?)?{re.escape(noun)}(?![\w-])", sentence, re.I)
        for m in group.mentions
        if (trigger := str(fact_field(m.event, "trigger") or "")) and (sentence := str(fact_field(m.event, "sentence") or ""))
    )


@cache
def _crew_roles() -> frozenset[str]:
    return lower_word_list("id", "crew_roles.txt")


def _crew_beside_the_named(group: EventGroup, commons: list[str], named: list[str]) -> list[str]:
    """The crew a death or an injury befell beside the persons its reports name ("masinis" beside the truck's driver
    "S" and the riders "MY" and "I", ``crew_roles.txt``): a victim of its own, unless a report names one of those
    persons by the crew's role ("masinis berinisial AR"), or counts several of them."""
    if group.type not in FATES or len(named) >= HAPPENING_PARTIES:
        return []
    sentences = [s for b in {m.article: m.body for m in group.mentions}.values() for s in _SENTENCE_BREAK.split(b)]
    told = [str(fact_field(m.event, "sentence") or "") for m in group.mentions]
    crew = [
        c
        for c in commons
        if c.split()[0].lower() in _crew_roles()
        and not any(counted_as_several(c.split()[0], s) for s in told)
        and not any(_role_told(c.split()[0], n, sentences) for n in named)
        and any(_crew_hurt(c, m) for m in group.mentions)
    ]
    return crew[: HAPPENING_PARTIES - len(named)]


@cache
def _unhurt_cues() -> re.Pattern[str]:
    """The words between a crew noun and its fate's verb that say the crew was spared ("tidak", "selamat",
    ``crew_unhurt_cues.txt``)."""
    return re.compile(rf"(?<![\w-])(?:{alternation(lower_word_list('id', 'crew_unhurt_cues.txt'))})(?![\w-])", re.I)


@cache
def _telling_before() -> re.Pattern[str]:
    """A speech verb or "menurut" right before a noun ("Menurut pilot,", "kata masinis"): it tells, no fate befell it."""
    verbs = alternation(row[0] for row in table("id", "speech_verbs.tsv") if len(row) > 1 and row[1] in ("after", "menurut"))
    return re.compile(rf"(?<![\w-])(?:{verbs})\s+$", re.I)


def _crew_hurt(noun: str, m: Mention) -> bool:
    """Whether a report tells the fate of a crew noun: its sentence writes the noun before the fate's verb, with no
    word of being spared between ("Pilot tidak mengalami luka", "Nakhoda kapal selamat") and not as who tells it
    ("Menurut pilot, dua penumpang ... luka")."""
    sentence, trigger = str(fact_field(m.event, "sentence") or ""), str(fact_field(m.event, "trigger") or "")
    at = sentence.lower().find(trigger.lower()) if trigger else -1
    found = re.search(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", sentence[: max(at, 0)], re.I)
    if at < 0 or not found:
        return False
    between = sentence[found.end() : at]
    return not _unhurt_cues().search(between) and not _telling_before().search(sentence[: found.start()])


def _struck_places(group: EventGroup) -> frozenset[str]:
    """The places below a country a strike's, a crash's, a death's or an injury's own reports give as where it happened,
    folded ("teheran" of "Israel menyerang Teheran"): those of this happening only, never of a later one there."""
    return frozenset(
        fold_name(str(where)) for m in group.mentions if (where := fact_field(m.event, "where")) and not is_country(str(where))
    )


def _acts_in(name: str, group: EventGroup) -> bool:
    """Whether a report of the group writes the party first, before its verb ("Teheran menembakkan rudal"): who acts."""
    for m in group.mentions:
        sentence, trigger = str(fact_field(m.event, "sentence") or ""), str(fact_field(m.event, "trigger") or "")
        at = sentence.lower().find(trigger.lower()) if trigger else -1
        if (
            [fold_name(w) for w in m.who[:1]] == [fold_name(name)]
            and at > 0
            and re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence[:at])
        ):
            return True
    return False


def _without_struck_places(group: EventGroup, names: list[str]) -> list[str]:
    """A strike's, a crash's, a death's or an injury's parties less a city or a camp its own reports give as where it
    happened ("Israel menyerang Teheran", "Al-Shati" beside Israel): where it struck, not who took part. A country may
    act ("Iran"), a city its reports write as the doer does ("Teheran menembakkan rudal ke Israel"), and a party left
    alone stays."""
    if group.type not in COUNTRY_BOUND:
        return names
    wheres = _struck_places(group)
    kept = [n for n in names if fold_name(n) not in wheres or is_country(n) or _acts_in(n, group)]
    return kept or names


def _without_initials_told_in_full(group: EventGroup, names: list[str]) -> list[str]:
    """An arrest's or a charge's parties less the initials police give beside the full name another report writes ("W"
    beside "Wanda"): one suspect, named in full. Only a suspect's: the driver "S" beside the victim "Sriyadi" of a crash
    may be two people."""
    if group.type not in POLICED:
        return names
    return [n for n in names if not (_initials(n) and any(_written_in_full(group, n, o) for o in names))]


def _written_in_full(group: EventGroup, initials: str, name: str) -> bool:
    """Whether a full name is the one the initials stand for, and no report names both as its parties ("Kapolsek ...
    AKP Edi Suhendra menceritakan penangkapan ES": two people)."""
    return not _initials(name) and _initials_of(initials, name) and not _told_beside(group, initials, name)


def _a_named_fate(group: EventGroup, names: list[str]) -> bool:
    """Whether a party of a death or an injury is a person named as one it befell: each one hurt in a crash is its
    party, however seldom the reports name them beside the driver they all name ("korban MY ... dan korban I"). The
    report's own sentence must write the name: suspects a parser carried over from an earlier sentence ("Kelima
    tersangka mengakui ... yang menewaskan STR") are not the dead."""
    if group.type not in FATES:
        return False
    persons = [n for n in names if not generic(n) and (person_like(n) or _initials(n))]
    return any(n in m.who and _befell(n, m) for n in persons for m in group.mentions)


def _befell(name: str, m: Mention) -> bool:
    """Whether a death's or an injury's sentence writes a name as one it may have befallen: not the subject of a clause
    opened after the trigger ("Rizky Ridho cedera, Mees Hilgers bisa mendapat kesempatan"), not the doer a passive
    verb names ("tewas ditabrak mobil yang dikemudikan Andi", "dievakuasi TNI"), and initials only where a cue puts
    them ("korban MY", "berinisial DI"): capitals alone may be a body's acronym ("TNI", "PMI")."""
    sentence = str(fact_field(m.event, "sentence") or "")
    at = [a for a, _ in spans_of(name, sentence)]
    if not at:
        return False
    if _initials(name) and not any(_initials_cue().search(sentence[:a]) for a in at):
        return False
    trigger = str(fact_field(m.event, "trigger") or "")
    told = sentence.find(trigger) if trigger else -1
    name_at = re.escape(name)
    opens = re.search(rf"[,;]\s*(?:(?:dan|sementara|sedangkan)\s+)?{name_at}\s+(?![(,]|dan\b|serta\b)[a-z]", sentence)
    if opens and told >= 0 and opens.start() > told:
        return False
    return not re.search(rf"(?<![\w-])(?!(?i:{_naming_passives()})\s)di[a-z]{{3,}}\s+(?:oleh\s+)?{name_at}(?![\w-])", sentence)


@cache
def _initials_cue() -> re.Pattern[str]:
    """A word that puts initials right after it ("berinisial", "korban", ``initial_cues.txt``,
    ``initial_role_nouns.txt``), right before a text's end, or before a list of initials that runs to it ("berinisial
    MRA dan ")."""
    cues = [*lower_word_list("id", "initial_cues.txt"), *lower_word_list("id", "initial_role_nouns.txt")]
    listed = r"(?:[A-Z]{1,3}(?:\s*\([^)]*\))?(?:\s*,\s*|\s+dan\s+|\s+serta\s+))*"
    return re.compile(rf"(?<![\w-])(?i:{alternation(cues)}),?\s+{listed}$")


@cache
def _naming_passives() -> str:
    """Passive verbs that name whom they tell of, not a doer ("diketahui Budi", ``naming_passives.txt``)."""
    return alternation(lower_word_list("id", "naming_passives.txt"))


def _initials(name: str) -> bool:
    """A name written as its initials, as police give a victim's or a suspect's ("MY", "S")."""
    return name.isalpha() and name.isupper() and len(name) <= 3


# a happening whose party a sister report of another kind may name: a crash's or an attack's victim is the one its
# death or injury names ("turis tenggelam" and "Qiu Yan meninggal dunia"); a death and an injury are told of different
# people ("korban satu lagi mengalami luka-luka" beside the one who died), so never each other's
_SISTER_KINDS = frozenset({("ACCIDENT", "DIE"), ("ACCIDENT", "INJURE"), ("ATTACK", "DIE"), ("ATTACK", "INJURE")})


def _may_tell_one_happening(kind: str, other: str) -> bool:
    return kind == other or (kind, other) in _SISTER_KINDS


class _Days:
    """The one day and the place each group's entry would give, read once a group; and the story's places, to tell
    whether two groups' places are one."""

    def __init__(self, places: StoryPlaces) -> None:
        self.places = places
        self._read: dict[int, tuple[date | None, str | None]] = {}

    def of(self, g: EventGroup) -> tuple[date | None, str | None]:
        if id(g) not in self._read:
            span = interval(_best_date(g) or _inferred_date(g))
            self._read[id(g)] = (span[0] if span and span[0] == span[1] else None, _best_place(g))
        return self._read[id(g)]


def _named_for_commons(g: EventGroup, who: list[str], groups: Sequence[EventGroup], days: _Days) -> list[str]:
    """An entry told only of common nouns ("sopir", "pelaku", "polisi") with each noun read as the names the same
    happening's reports give that role (``_names_for_common``): its own sentence ("seorang warga bernama Kasdi"), or a
    sister report of its kind, day and place ("Sopir truk berinisial S mengalami luka" beside "sopir truk mengalami
    luka ringan"). A noun no report names stays; a name of another day's or another place's happening is never taken."""
    if not who or not all(generic(w) for w in who):
        return who
    day, place = days.of(g)
    if day is None:
        return who
    sisters = [
        h
        for h in groups
        if h is not g
        and _may_tell_one_happening(g.type, h.type)
        and days.of(h)[0] == day
        and _places_fit(place, days.of(h)[1], g, h, days.places)
    ]
    out: list[str] = []
    for w in who:
        for n in _names_for_common(w, g, sisters) or [w]:
            if not any(n == x or (not generic(n) and same_name(n, x)) for x in out):
                out.append(n)
    return who if _repeats_a_sister(g, out, sisters) else out


def _repeats_a_sister(g: EventGroup, names: list[str], sisters: Sequence[EventGroup]) -> bool:
    """Whether the names would make the group's entry repeat a sister's of its kind and day row for row ("ARREST
    Polresta Bogor Kota" twice): its common noun then stays."""
    return any(h.type == g.type and set(_participants(h)) == set(names) for h in sisters)


def _places_fit(here: str | None, there: str | None, g: EventGroup, h: EventGroup, places: StoryPlaces) -> bool:
    """Whether two groups of one day may tell one happening: an article tells both, or one has no place, or their places
    are one or one lies in the other as the story's articles write them ("Stasiun Batuceper, Kota Tangerang")."""
    if g.articles & h.articles or not here or not there:
        return True
    if _regions_of_one_name(here, there):
        return False
    if same_name(here, there):
        return True
    return _region_named_in(here, there) or _region_named_in(there, here) or places.one_place(here, there) or places.inside(here, there)


# a regency and a city of one name are two regions side by side ("Kabupaten Bogor", "Kota Bogor"); a district or a
# village of its regency's name lies in it ("Kecamatan Cianjur"), and a city in its province ("Kota Bengkulu")
_TWIN_LEVELS = frozenset({"regency", "city"})


def _regions_of_one_name(a: str, b: str) -> bool:
    """Whether two places are two regions sharing a bare name, neither in the other: a regency and a city ("Kabupaten
    Bogor", "Kota Bogor"), or one whose name opens the other's ("Tangerang", "Tangerang Selatan"): a flood in the one and
    a flood in the other on one day are two floods."""
    bare_a, bare_b = _bare_place(a), _bare_place(b)
    levels = {place_level(a), place_level(b)}
    if fold_name(bare_a) == fold_name(bare_b):
        return levels == _TWIN_LEVELS
    # two regencies or cities (``regencies.tsv``), neither a province ("Jakarta" holds "Jakarta Selatan")
    ours, theirs = headline_localities(bare_a), headline_localities(bare_b)
    if not ours or not theirs or ours & theirs or not levels <= _REGION_LEVELS | {None}:
        return False
    return any(y.startswith(f"{x} ") for x in ours for y in theirs) or any(x.startswith(f"{y} ") for x in ours for y in theirs)


def _region_named_in(region: str, place: str) -> bool:
    """Whether a region's bare name is a word of a place's name: "Kota Tangerang" and "Stasiun Tangerang-Batuceper"."""
    bare = _bare_place(region)
    if place_level(region) not in _REGION_LEVELS or bare == region:
        return False
    return re.search(rf"(?<![\w-]){re.escape(bare)}(?!\w)", place) is not None


def _names_for_common(noun: str, g: EventGroup, sisters: Sequence[EventGroup]) -> list[str]:
    """The names the reports give a common noun of a group's party: the name its own sentence puts after the noun and a
    naming word; the one police force its and its sisters' reports name, for the police of an arrest; the persons a
    sister names by the noun's role (``named_by_role``). Several, or none, as the reports give them."""
    own = [n for m in g.mentions if (n := name_after_role(noun, str(fact_field(m.event, "sentence") or ""))) and _a_person(n, m)]
    if own:
        return list(dict.fromkeys(own))[:HAPPENING_PARTIES]
    if is_police(noun) and not is_police_body(noun):
        return _the_police_force(g, sisters) if g.type in POLICED else []
    if noun.lower() not in _sole_roles() or any(counted_as_several(noun, str(fact_field(m.event, "sentence") or "")) for m in g.mentions):
        return []  # "dua pelaku", "para korban": one sister's name or two are not all of them
    # a crash's or an attack's death or injury names its victim, never the driver or the doer ("Ditabrak sopir, Budi tewas")
    return _named_by_its_role(noun, [h for h in sisters if h.type == g.type or not doer_noun(noun)])


def _the_police_force(g: EventGroup, sisters: Sequence[EventGroup]) -> list[str]:
    """The one police force an arrest's reports and its sisters' name ("Polres Metro Depok"), fullest name; none where
    they name two, or none."""
    bodies: list[str] = []
    for n in (n for h in (g, *sisters) for m in h.mentions for n in m.who if is_police_body(n)):
        i = next((i for i, b in enumerate(bodies) if same_name(n, b)), None)
        if i is None:
            bodies.append(n)
        elif len(n) > len(bodies[i]):
            bodies[i] = n
    return bodies if len(bodies) == 1 else []


def _named_by_its_role(noun: str, sisters: Sequence[EventGroup]) -> list[str]:
    """The persons sister groups name whom their articles write right after a noun of the role ("Sopir truk berinisial
    S", ``named_by_role``)."""
    named: list[str] = []
    for h in sisters:
        sentences = [s for b in {m.article: m.body for m in h.mentions}.values() for s in _SENTENCE_BREAK.split(b)]
        for m in h.mentions:
            for n in m.who:
                if n not in named and _a_person(n, m) and _role_told(noun, n, sentences):
                    named.append(n)
    return named[:HAPPENING_PARTIES]


_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


def _role_told(noun: str, name: str, sentences: Iterable[str]) -> bool:
    """Whether a sentence names a person by the noun's role (``named_by_role``) other than as who speaks: "ujar jemaah
    asal Makassar, Suwardi" quotes one pilgrim, and names no one the pilgrims' return befell."""
    return any(named_by_role(noun, name, s) and not told_as_speaker(name, s) for s in sentences if name in s)


def _a_person(name: str, m: Mention) -> bool:
    """Whether a name may stand for a person's common noun: a person's name, no police force, no country, no class of
    people ("OTK", "KKB")."""
    sentence = str(fact_field(m.event, "sentence") or "")
    return (
        not generic(name)
        and person_like(name)
        and not class_acronym(name)
        and not is_police_body(name)
        and not is_country(name)
        and is_participant(name, m.headlines, sentence)
    )


@cache
def _nickname_cue() -> re.Pattern[str]:
    """A nickname's cue ending a text ("karib disapa ", ``nickname_cues.txt``)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'nickname_cues.txt'))})\s+$")


def _without_nicknames(group: EventGroup, names: list[str]) -> list[str]:
    """The parties less those every report writes only as another's nickname ("pria yang karib disapa Gus Ipul" beside
    "Menteri Sosial Saifullah Yusuf"): one person, named once. A nickname alone stays: it still names him."""
    sentences = [str(fact_field(m.event, "sentence") or "") for m in group.mentions]

    def nickname(name: str) -> bool:
        told = [(s, at) for s in sentences for at, _ in spans_of(name, s)]
        return bool(told) and all(_nickname_cue().search(s[max(0, at - 30) : at]) for s, at in told)

    kept = [n for n in names if not nickname(n)]
    return kept or names


def _agents_first(group: EventGroup, parties: list[str]) -> list[str]:
    """An act's parties with its agent first, however often each report names whom it befell: the force that arrested
    before whom it arrested, the attacker before whom he attacked, the court before whom it sentenced, the prosecutors
    before whom they charged, the rescuers before whom they evacuated (``act_agents.tsv``)."""
    if group.type in POLICED:
        parties.sort(key=lambda n: not is_police(n))
    if group.type == "ATTACK":
        # the attacker ("pelaku", ``perpetrators.txt``) before whom the attack befell, and a name a report writes as the
        # victim ("terhadap korban Arkadius Nahak") after the others
        sentences = [str(fact_field(m.event, "sentence") or "") for m in group.mentions]
        parties.sort(key=lambda n: (fate_of([n]) != "doer", _told_as_victim(n, sentences)))
    if group.type in _act_agent_words():
        sentences = [str(fact_field(m.event, "sentence") or "") for m in group.mentions]
        parties.sort(key=lambda n: not _act_agent(group.type, n, sentences))
    if group.type in FATES and len(parties) > 1:
        # "GH ..." then "mati dibunuh Daus": the killer a passive verb names before those it befell
        parties.sort(key=lambda n: not _fate_agent(group, n))
    return parties


def _fate_agent(group: EventGroup, name: str) -> bool:
    """Whether a report of a death or an injury names ``name`` as the agent of its passive verb ("mati dibunuh Daus",
    "tewas ditembak oleh Budi"): who killed or hurt, not whom it befell."""
    for m in group.mentions:
        sentence, trigger = str(fact_field(m.event, "sentence") or ""), str(fact_field(m.event, "trigger") or "")
        if name in (fact_field(m.event, "who") or ()) and passive_agent([name], sentence, trigger) == name:
            return True
    return False


@cache
def _victim_cue() -> re.Pattern[str]:
    """A victim's word right before a name ("terhadap korban", "korban, berinisial"), ``victim_cues.txt``."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'victim_cues.txt'))})[\s,]+(?:(?i:bernama|berinisial)\s+)?$")


def _told_as_victim(name: str, sentences: Sequence[str]) -> bool:
    """Whether a report writes a party right after a victim's word (``victim_cues.txt``): whom the attack befell."""
    return any(_victim_cue().search(s[max(0, at - 40) : at]) for s in sentences for at, _ in spans_of(name, s))


@cache
def _act_agent_words() -> dict[str, frozenset[str]]:
    """The words of ``act_agents.tsv`` by the event type whose agent they make a party ("hakim": SENTENCE)."""
    return words_by_role("id", "act_agents.tsv")


def _act_agent(kind: str, name: str, sentences: Sequence[str]) -> bool:
    """Whether a party is the agent of a legal act: a body whose name opens with an agent's word ("Pengadilan Negeri
    Jakarta Pusat") or a person a sentence titles so within three words before the name ("ketua majelis hakim
    Rosihan Juhriah Rangkuti")."""
    if name.split()[0].lower() in _act_agent_words().get(kind, frozenset()):
        return True
    escaped = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return any(_titled_agent(kind).search(s, 0, m.start()) for s in sentences for m in escaped.finditer(s))


@cache
def _titled_agent(kind: str) -> re.Pattern[str]:
    """An agent's title right before a name; between it and the name only more of the title ("majelis hakim"),
    capitalised: "SAR gabungan mengevakuasi Mei Lan" titles no one."""
    words = _act_agent_words().get(kind, frozenset())
    title = alternation(words | person_titles())
    return re.compile(rf"(?<![\w-])(?i:{alternation(words)})(?:\s+(?:(?i:{title})|[A-Z][\w.]*)){{0,2}}\s+$")


def _without_case_labels(group: EventGroup, named: list[str]) -> list[str]:
    """The named parties less those every report names only as the ruling the case is about ("suap vonis bebas Ronald
    Tannur"), beside another named party: the hearing or the verdict is the judge's or the lawyer's, not his."""

    def label(name: str) -> bool:
        telling = [m for m in group.mentions if any(same_name(name, w) for w in m.who)]
        return all(told_as_case_label(name, str(fact_field(m.event, "sentence") or "")) for m in telling)

    labels = [n for n in named if label(n)]
    return [n for n in named if n not in labels] if labels and len(labels) < len(named) else named


def _best_date(group: EventGroup) -> str | None:
    """The best-supported date: the most precise one that most articles agree with.

    A coarser value agrees with every date inside it ("2019" with "25 April
    2019"), so it adds its articles to theirs; among dates with as many
    articles, the one the text (not a caption) states more often wins, then
    the one with more mentions, then the narrower, then the later.
    """
    stated: list[tuple[str, Span, str, bool]] = []
    # a speaker's "kemarin" inside a quotation is read against the report's day, which need not be the day it was said:
    # a date the text states ("Senin (16/6)") dates the happening, the quoted day only when none does
    told = [m for m in group.mentions if m.span and not m.quoted_relative] or group.mentions
    for m in told:
        value, span = m.told_date or (m.recap_span[0].isoformat() if m.recap_span else fact_field(m.event, "when")), m.span
        if span:
            stated.append((day_value(value) or str(value), span, m.article, m.in_caption))
    if not stated:
        return None
    values = {v: span for v, span, _, _ in stated}

    def rank(value: str) -> tuple[int, int, int, int, str]:
        span = values[value]
        agreeing = [(a, v, cap) for v, s, a, cap in stated if s[0] <= span[0] and span[1] <= s[1]]
        said_in_text = sum(v == value and not cap for _, v, cap in agreeing)  # a caption is the likelier slip
        return (len({a for a, _, _ in agreeing}), said_in_text, sum(v == value for _, v, _ in agreeing), -(span[1] - span[0]).days, value)

    return max(values, key=rank)


def _best_place(group: EventGroup) -> str | None:
    """The place most of the group's reports give; a place a disaster only reached (``Mention.elsewhere``) when no
    report gives where it struck; none a death told of a common noun gives (``Mention.folded``)."""
    read = {id(m): _place_told(m) for m in group.mentions}
    told = [
        m
        for m in group.mentions
        if (where := read[id(m)]) and not m.folded and not _struck_own_country(group, m) and not _treated_at(group.type, where)
    ]
    chosen = [m for m in told if not m.elsewhere] or told
    places = Counter(str(read[id(m)]) for m in chosen)
    if not places:
        return None
    # of places told alike often, a city or venue, saying more than its country, then the one a dated report gives,
    # where the entry's day comes from; a journey's first the dated report's: an undated arrival is another leg of the
    # trip ("pulang ke Indonesia pada Selasa (17/6)" beside "tiba di Madinah")
    dated = Counter(str(read[id(m)]) for m in chosen if m.span)
    if group.type == "VISIT":
        best = max(places, key=lambda p: (places[p], dated[p], not is_country(p), len(p)))
    elif group.type in MOVED_PEOPLE:
        # people moved: a place a report's own sentence names ("memulangkan ... dari Israel") before one its events carried
        # from another sentence of the article (where a flight of evacuees landed, told further on)
        own = Counter(str(read[id(m)]) for m in chosen if _told_in_its_sentence(m, str(read[id(m)])))
        best = max(places, key=lambda p: (places[p], own[p], not is_country(p), dated[p], len(p)))
    else:
        best = max(places, key=lambda p: (places[p], not is_country(p), dated[p], len(p)))
    return _inner_place(group, best, places) if group.type not in MOVED_PEOPLE else best


def _inner_place(group: EventGroup, best: str, places: Counter[str]) -> str:
    """The most told of the group's other places that a report writes inside the best-supported one ("Pelabuhan Tanjung
    Batu, Kabupaten Sukamaju", "St. Petersburg, Rusia"): the reports agree on it, and it says more; the best-supported
    one where none lies inside it. People moved are left alone: where from and where to are both told in one run."""
    sentences = [str(fact_field(m.event, "sentence") or "") for m in group.mentions]
    inner = [p for p in places if p != best and not is_country(p) and _written_inside(p, best, sentences, listed=False)]
    return max(inner, key=lambda p: (places[p], len(p))) if inner else best


def _told_in_its_sentence(m: Mention, place: str) -> bool:
    """Whether the mention's own sentence names ``place`` (not a place its event took from another sentence)."""
    return place in str(fact_field(m.event, "sentence") or "")


# a name's abbreviation in brackets and the rest of the name after it: "Pengadilan Negeri (PN) Jombang"
_ABBREVIATED_TAIL = re.compile(r"\s*\((?P<abbr>[A-Z]{2,8})\)\s+(?P<tail>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*)")
# an organisation's acronym, bare or bracketed, whose name a country ends ("BMKG RI", "(BMKG) RI")
_ACRONYM = re.compile(r"\(?[A-Z]{2,8}\)?")


@cache
def _country_owner_heads() -> frozenset[str]:
    return lower_word_list("id", "country_owner_heads.txt")


def _place_told(m: Mention) -> str | None:
    """The place a mention gives, read in its sentence: a country there only as whose ("turis Jerman") or as the tail
    of a body's name ("BMKG RI") is no place; a name cut before its bracketed abbreviation gets the rest of it
    ("Pengadilan Negeri (PN) Jombang"), and one cut after the lower-case head of a place of care gets that head back
    ("dirujuk ke rumah Sakit Kaliwates")."""
    where = fact_field(m.event, "where")
    if not isinstance(where, str) or not where:
        return None
    sentence = str(fact_field(m.event, "sentence") or "")
    if m.kind.split(":")[0] == "VISIT" and told_as_trip_origin(where, sentence):
        return None  # "berangkat dari Dehradun": where the trip set out from, not where it went
    told = [t.start() for t in re.finditer(rf"(?<!\w){re.escape(where)}(?!\w)", sentence)]
    if not told:
        return where
    if _no_place_of_it(where, sentence, str(fact_field(m.event, "trigger") or ""), told):
        return None
    end = told[0] + len(where)
    tail = _ABBREVIATED_TAIL.match(sentence, end)
    if tail and tail["abbr"] == "".join(w[0] for w in where.split() if w[0].isupper()):
        # "Pengadilan Negeri (PN) Jombang", never "Pengamat Gunung Api (PGA) Gunung Marapi": the brackets abbreviate it
        return f"{where} {tail['tail'].rstrip('.,')}"
    before = sentence[: told[0]].split()
    head = f"{before[-1]} {where}" if before and before[-1].islower() else ""
    if head and _care_place(head) and not _care_place(where):
        return head[0].upper() + head[1:]
    return _whole_road(where, sentence, end)


# the rest of a road's name after where it was cut: its abbreviation's full stop and the name, up to four words with the
# city a report runs on into ("Jl. Gatot Subroto", "Jl. Rasuna Said Jakarta Selatan"),
# one or two capitalised words ("Jalan Sedap Malam", cut at a word of the day's parts), or a dash and the town a road
# runs to ("Jalan Banda Aceh - Medan"); a comma, a full stop, a bracket or the sentence's end closes it
_ROAD_TAIL = re.compile(
    r"(?:\.\s*(?P<named>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,3})"
    r"|(?P<words>(?:\s+[A-Z][\w'-]*){1,2})"
    r"|\s*(?P<dash>[-–]\s*[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?))(?=\s*(?:[,.;)(]|$))"
)
# a road's name cut at its abbreviation's full stop
_ROAD_ABBREVIATIONS = frozenset({"jl", "jln"})


def _whole_road(where: str, sentence: str, end: int) -> str:
    """A road's name made whole where it was cut in the sentence (``_ROAD_TAIL``): "Jalur Arteri Jl" of "Jalur Arteri
    Jl. Gatot Subroto", "Gang Cempaka Jalan Sedap" of "Jalan Sedap Malam, Kebon Kori"; a weekday or a month after it
    ("di Jalan Sudirman Senin, ...") is the date's, not the road's."""
    words = where.split()
    # a road's abbreviation the entity step cut before its full stop ("Jl" of "Jl. Rasuna Said") is a road's head too
    cut = words[-1].lower() in _ROAD_ABBREVIATIONS
    if not cut and not any(place_level(" ".join(words[i:])) == "-" for i in range(len(words))):
        return where
    tail = _ROAD_TAIL.match(sentence, end)
    if tail is None:
        return where
    if tail["named"] is not None:
        return f"{where}. {tail['named']}" if words[-1].lower() in _ROAD_ABBREVIATIONS else where
    rest = tail["words"] or tail["dash"] or ""
    if any(w.lower() in calendar_words() for w in re.findall(r"[\w'-]+", rest)):
        return where
    return f"{where} {rest.strip()}"


@cache
def _trip_origin() -> re.Pattern[str]:
    """An origin's cue and the name after it: capitalised words and the lower-case words that may link them
    (``trip_origin_links.txt``), so "dari berbagai daerah" has none."""
    cues = alternation(lower_word_list("id", "trip_origin_cues.txt"))
    word = rf"(?:[A-Z][\w'.-]*|(?i:{alternation(lower_word_list('id', 'trip_origin_links.txt'))})(?![\w-]))"
    return re.compile(rf"(?<![\w-])(?i:{cues})\s+(?P<run>{word}(?:\s+{word}){{0,6}})")


def told_as_trip_origin(where: str, sentence: str) -> bool:
    """Whether a sentence tells a trip's place only as where it set out from ("Helikopter yang berangkat dari Dehradun
    itu hilang kontak", "berangkat dari Wani di Yavatmal pada 12 Juni untuk mengunjungi kuil Kedarnath"): the trip is
    to somewhere else, never there. Its last word is looked for, so "Kota Yavatmal" is found as "Yavatmal". A country
    told besides only as whose ("dipimpin masyarakat sipil Tunisia, ... berangkat dari ibu kota Tunisia") is no other
    place of the trip."""
    runs = [(r.start("run"), r.end("run")) for r in _trip_origin().finditer(sentence)]
    if not runs or not where.split():
        return False
    key = where.split()[-1]
    told = [t.start() for t in re.finditer(rf"(?<![\w-]){re.escape(key)}(?![\w-])", sentence)]
    origin = [any(a <= at < b for a, b in runs) for at in told]
    return any(origin) and all(o or _owned_country(sentence[:at]) for o, at in zip(origin, told, strict=True))


def _no_place_of_it(where: str, sentence: str, trigger: str, told: list[int]) -> bool:
    """Whether a sentence writes a place (at ``told``) only as what is not where its event happened: a country as whose
    ("turis Jerman"), what a meeting talks about, or where its subject lies ("Gunung yang berada di ...")."""
    if is_country(where) and all(_owned_country(sentence[:at]) for at in told):
        return True
    return _told_as_topic(sentence, trigger, told[0]) or all(_told_as_description(sentence, at, trigger) for at in told)


@cache
def _topic_verbs() -> frozenset[str]:
    return lower_word_list("id", "topic_verbs.txt")


def _told_as_topic(sentence: str, trigger: str, at: int) -> bool:
    """Whether a place comes after a verb of what a meeting is about, past the trigger ("rapat terbatas membahas izin
    tambang di Raja Ampat"): the place is the subject's, not where the meeting was."""
    start = sentence.find(trigger) if trigger else -1
    if start < 0 or start >= at:
        return False
    between = re.findall(r"\w+", sentence[start + len(trigger) : at].lower())
    return any(w in _topic_verbs() for w in between)


@cache
def _described_place_cues() -> re.Pattern[str]:
    cues = alternation(lower_word_list("id", "described_place_cues.txt"))
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)" if cues else r"(?!)", re.IGNORECASE)


def _told_as_description(sentence: str, at: int, trigger: str) -> bool:
    """Whether a place stands in a relative clause that tells where the event's subject lies, before its trigger
    ("Gunung yang berada di perbatasan Kabupaten Lumajang dan Kabupaten Malang itu erupsi"): the mountain's place,
    one of two regencies it borders, not where it erupted."""
    trigger_at = sentence.find(trigger, at) if trigger else -1
    if trigger_at < 0:
        return False
    cues = list(_described_place_cues().finditer(sentence, 0, at))
    # the clause runs on from its last cue to the place: no full stop or comma between
    return bool(cues) and not re.search(r"[.,;:]", sentence[cues[-1].end() : at])


def _owned_country(before: str) -> bool:
    """Whether the words before a country make it whose or of what body ("wisatawan asal", "BMKG")."""
    words = before.split()
    return bool(words) and (words[-1].lower() in _country_owner_heads() or bool(_ACRONYM.fullmatch(words[-1])))


# happenings never placed where their hurt were treated (a death may happen at the hospital: it keeps it)
_NOT_AT_CARE = frozenset({"INJURE", "ACCIDENT", "ATTACK"})


@cache
def _care_heads() -> tuple[str, ...]:
    return tuple(f"{w} " for w in lower_word_list("id", "care_places.txt"))


def _treated_at(kind: str, where: str) -> bool:
    """Whether a place of an injury, a crash or an attack is the hospital its hurt were taken to ("luka-luka dan
    dilarikan ke rumah sakit Sari Asih"), not where it happened."""
    return kind in _NOT_AT_CARE and _care_place(where)


def _care_place(where: str) -> bool:
    return f"{where.lower()} ".startswith(_care_heads())


@cache
def _care_name_before() -> re.Pattern[str]:
    """A place of care's head word ending a text, with its short form in brackets and the rest of its name's capitalised
    words: "dievakuasi ke Rumah Sakit Umum Daerah (RSUD)", "dilarikan ke RS"."""
    heads = alternation(w.rstrip(".") for w in lower_word_list("id", "care_places.txt"))
    return re.compile(rf"(?<![\w-])(?i:{heads})\.?(?:\s+[A-Z][\w.'-]*)*(?:\s*\([A-Z]{{2,8}}\))?\s+$")


def _names_a_care_place(name: str, sentence: str) -> bool:
    """Whether a party is only the rest of a hospital's name ("dievakuasi ke RSUD Meuraxa", "dilarikan ke RS Idaman
    Banjarbaru"): every time the sentence writes it, a place of care's head (``care_places.txt``) stands before it."""
    told = [start for start, _ in spans_of(name, sentence)]
    return bool(told) and all(_care_name_before().search(sentence[max(0, at - 80) : at]) for at in told)


def _struck_own_country(group: EventGroup, m: Mention) -> bool:
    """Whether a report of an attack places it in the country of its attacker, as the other reports of the attack name
    it ("serangan Israel" read as in Israel, where Israel's strikes on Tehran are told): where the attacker was named,
    not where it struck."""
    where = fact_field(m.event, "where")
    if group.type != "ATTACK" or not isinstance(where, str) or not is_country(where):
        return False
    return any((attacker := _attacker(o)) and same_name(attacker, where) for o in group.mentions)


def _inferred_date(group: EventGroup) -> str | None:
    """The day the leads of an undated happening's articles report, when it is one (most articles' if several). A
    statement on the news (a confirmation, an appeal) told undated by a report of the next day is the lead's day's or
    the report's, nothing says which, and is dated by neither (``_after_the_lead``). Neither is one whose date was a
    reaction's (``dated_by_a_reaction``), nor one told as the start of a state ("memburuk sejak awal tiba di Amerika
    Serikat", ``told_as_since``), nor a crash, attack or disaster told as the backdrop of what the lead reports ("87
    penerbangan dibatalkan akibat erupsi Gunung Lewotobi"): the cause came before, the lead's day is no day of theirs."""
    days = Counter(
        m.lead_day
        for m in group.mentions
        if m.lead_day
        and m.breaking
        and fact_field(m.event, "status") != "planned"
        and not m.explainer
        and not m.found
        and not m.reaction_dated
        and not (m.backdrop and group.type in _CAUSES)
        and not told_as_since(m.event)
        and not _after_the_lead(group, m)
    )
    return max(days, key=lambda d: (days[d], d)).isoformat() if days else None


# what an official says to the press or the public on the news ("membenarkan", "mengimbau"), when a reporter asks
_TOLD_TO_THE_PRESS = frozenset({"CONFIRM", "WARN"})
# a case's steps after a happening ("Kini, para pelaku dijerat dengan pasal 170 KUHP", "polisi telah mendakwa para
# manajer"): charges come in the days after the crash or the beating, and a report of the next day that tells them
# undated ("Kini" is no date) gives them no day of the lead's; so does an accusation told as such a step
# (``_a_case_step``)
_CASE_STEPS = frozenset({"CHARGE"})


@cache
def _case_step_accusations() -> frozenset[str]:
    return lower_word_list("id", "case_step_accusations.txt")


def _a_case_step(group: EventGroup, m: Mention) -> bool:
    """Whether a mention tells a step of a case: a charge, or an accusation in the passive of a case
    (``case_step_accusations.txt``: "keduanya telah dituduh lalai"), not a speaker's criticism at the happening
    ("Dubes Inggris mengkritik keputusan Israel" at the Security Council's vote, which is that day's)."""
    if group.type in _CASE_STEPS:
        return True
    words = str(fact_field(m.event, "trigger") or "").lower().split()
    return group.type == "ACCUSE" and bool(words) and words[0] in _case_step_accusations()


def _after_the_lead(group: EventGroup, m: Mention) -> bool:
    """Whether an undated statement ("Kapolsek membenarkan insiden tersebut", "BMKG mengimbau masyarakat tetap tenang")
    is told by a report of any day later than the one its lead reports (the landslide of Sunday, reported on Monday): said to
    the reporter after the happening, on that day or the report's, the lead's day would date it wrong as often as
    right. So is a case's charge or accusation told undated after a happening (``_a_case_step``): the managers charged
    after Sunday's helicopter crash, in Monday's report, were charged on neither day that anything tells. What rescuers
    did ("Ambulans juga dikerahkan di sana") came with the happening, and keeps its day, and so does a letter between
    parties."""
    told = group.type in _TOLD_TO_THE_PRESS or _a_case_step(group, m)
    return told and m.lead_day is not None and m.day is not None and m.lead_day < m.day


def _timeline_entry(group: EventGroup, who: list[str]) -> TimelineEntry | None:
    """The group as one dated entry of the timeline; None when neither a mention nor an article's lead dates it."""
    when, inferred = _best_date(group), False
    if not when:
        when, inferred = _inferred_date(group), True
    if not when:
        return None
    by_order = sorted(group.mentions, key=lambda m: m.order)
    first = by_order[0]
    # the status the newest article gives, the furthest along if it gives several
    newest = max(m.day or date.min for m in group.mentions)
    latest = max(
        (m for m in group.mentions if (m.day or date.min) == newest), key=lambda m: STATUS_RANK.get(fact_field(m.event, "status"), -1)
    )
    status = fact_field(latest.event, "status")
    span = interval(when)
    if status in ("occurred", "ongoing") and span and newest != date.min and span[0] > newest + _ZONE_SLACK:
        # dated well after every report of it ("akan datang ke Jakarta pada 30 Juni"): still to come, whatever an
        # undated mention's verb says ("kedatangan Chen bukan satu-satunya kejutan")
        status = "planned"
    return TimelineEntry(
        when=when,
        type=group.type,
        who=who,
        where=_best_place(group),
        status=status,
        description=str(fact_field(first.event, "sentence") or fact_field(first.event, "trigger") or ""),
        articles=list(dict.fromkeys(m.article for m in by_order)),
        date_inferred=inferred,
        evidence=[EventSource(article, index) for article, index in dict.fromkeys((m.article, m.index) for m in by_order)],
    )


def lead_day(article: StoryArticle, lead_days: int = 1) -> date | None:
    """The day an article's lead reports: its first day-precise date in the body, if it lies at most
    ``lead_days`` before the publication day ("Delapan orang tewas ... pada Selasa (10/6/2025)"); a date a cited
    medium told it on ("Dikutip dari Times of India, Senin (16/6/2025)", ``_cited_on``) is passed over."""
    if article.day is None:
        return None
    timexes = sorted((t for t in article.timexes if isinstance(fact_field(t, "start"), int)), key=lambda t: int(fact_field(t, "start")))
    for t in timexes:
        if (day := day_value(fact_field(t, "value"))) and not _cited_on(article.body, int(fact_field(t, "start"))):
            found = date.fromisoformat(day)
            return found if timedelta(0) <= article.day - found <= timedelta(days=lead_days) else None
    return None


@cache
def _occurrence_cue() -> re.Pattern[str]:
    """A noun for the happening, a trait and a pointer at most, and the verb that places it on its day ("Insiden maut ini
    terjadi", ``occurrence_day_words.tsv``)."""
    words = words_by_role("id", "occurrence_day_words.tsv")
    head, trait, pointer, verb = (alternation(words.get(role, ())) for role in ("head", "trait", "pointer", "verb"))
    return re.compile(rf"(?<![\w-])(?i:(?:{head})(?:\s+(?:{trait}))?(?:\s+(?:{pointer}))?\s+(?:{verb}))(?![\w-])")


def occurrence_day(article: StoryArticle, occurrence_days: int = 7) -> date | None:
    """The day the first sentence of an article that places its happening gives ("Peristiwa tersebut menimpa Suyanto ...
    pada Sabtu (7/6/2025)", ``_occurrence_cue``), when it lies at most ``occurrence_days`` before the publication day:
    the day of the crash or the stabbing its other sentences tell undated. A date a cited medium told it on is none."""
    if article.day is None:
        return None
    # a bare clock ("sekitar pukul 15.30 WIB") has no day of its own: the one it carries is its article's guess
    timexes = sorted(
        (int(fact_field(t, "start")), day)
        for t in article.timexes
        if isinstance(fact_field(t, "start"), int)
        and (day := day_value(fact_field(t, "value")))
        and not _bare_clock().match(_timex_text(article, t))
    )
    cue = _occurrence_cue()
    for start, end in article.sentence_spans:
        if not (told := cue.search(article.body, start, end)):
            continue
        days = [day for at, day in timexes if told.end() <= at < end and not _cited_on(article.body, at)]
        if days:
            found = date.fromisoformat(days[0])
            return found if timedelta(0) <= article.day - found <= timedelta(days=occurrence_days) else None
    return None


def _timex_text(article: StoryArticle, timex: Any) -> str:
    """A timex's words: its own text, else the body's between its offsets."""
    start, end = fact_field(timex, "start"), fact_field(timex, "end")
    told = fact_field(timex, "text") or (article.body[start:end] if isinstance(start, int) and isinstance(end, int) else "")
    return str(told)


def _quoted(event: Any) -> bool:
    """Whether an event is told in a sentence that opens a quotation: a speaker's words, loosely told."""
    return str(fact_field(event, "sentence") or "").lstrip().startswith(('"', "“"))


@cache
def _citation_dated() -> re.Pattern[str]:
    """A strong citation cue, the medium's name and a comma ending a text ("Dikutip dari Times of India, Senin (",
    ``citation_cues.tsv``): the date that follows is when the medium told it."""
    # the cues are patterns ("(?:seperti |sebagaimana )?dikutip(?: dari| melalui| oleh)?"), joined as they are
    cues = [row[0] for row in table("id", "citation_cues.tsv") if len(row) > 2 and row[1] == "strong" and row[2] == "before"]
    # glued copy writes the cue and the medium as one word ("Diberitakanthaiger, Selasa (17/6/2025)")
    return re.compile(rf"(?<![\w-])(?i:{'|'.join(cues)})\s*[^\s,.;][^,.;\n]{{0,40}},\s*(?:[A-Za-z]+,?\s*)?\(?$")


def _cited_on(body: str, at: int) -> bool:
    """Whether a date is the one a cited medium told the news on ("Dikutip dari Times of India, Senin (16/6/2025),
    helikopter ... jatuh"), or the one its writer saw it ("Dilihat dari FYP Trans7, Senin (9/6/2025)", ``viewing_dated``):
    the telling's or the viewing's day, not the day the lead reports (the crash was on Sunday)."""
    low = max(0, at - 90)
    return bool(_citation_dated().search(body, low, at) or viewing_dated().search(body, low, at))


def _dated_by_its_citation(article: StoryArticle, event: Any) -> bool:
    """Whether an event's date is the one a cited medium told it on ("Diberitakan thaiger, Senin (9/6/2025) turis Inggris
    ... meninggal" of a death reported days before, ``_cited_on``): the medium's day, not the death's. Better no day
    than the medium's; the happening keeps the day its other reports give it."""
    span = fact_field(event, "when_span")
    if not (isinstance(span, list | tuple) and len(span) == 2 and isinstance(span[0], int)):
        return False
    return bool(_citation_dated().search(article.body, max(0, span[0] - 90), span[0]))


def _headlines(articles: Sequence[StoryArticle]) -> frozenset[str]:
    """The titles of a story's articles, and the body lines that are headlines of others ("5 Berita Terpopuler")."""
    lines = {a.title or "" for a in articles}
    for a in articles:
        # a paragraph of a few capitalised words with no full stop is a headline line, not a sentence
        lines.update(p for p in a.body.split("\n") if 3 <= len(p.split()) <= 14 and not p.rstrip().endswith((".", '"', "”")))
    return frozenset(f for line in lines if len((f := fold_name(line.strip(" -•*0123456789.)"))).split()) >= 3)


def _reports_a_happening(article: StoryArticle, day: date) -> bool:
    """Whether an article's lead tells a happening of its lead's day (a crash, a shooting): breaking news,
    whose undated events are that day's (the ambulances came, the mayor confirmed)."""
    return any(
        fact_field(ev, "type") in HAPPENINGS
        and day_value(fact_field(ev, "when")) == day.isoformat()
        and not (dated_by_a_reaction(article, ev) or dated_by_a_period(article, ev))
        for ev in article.events
    )


def _article_days(article: StoryArticle, config: TimelineConfig) -> tuple[date | None, bool, date | None]:
    """An article's lead day, whether its lead reports a happening of that day (breaking news), and, when it does not,
    the day a sentence of its own places its happening on ("Peristiwa itu terjadi pada ...", ``occurrence_day``)."""
    lead = lead_day(article, config.lead_days)
    breaking = lead is not None and _reports_a_happening(article, lead)
    return lead, breaking, None if breaking else occurrence_day(article, config.occurrence_days)


def _lead_of(kind: Any, event: Any, lead: date | None, breaking: bool, occurred: date | None) -> tuple[date | None, bool]:
    """The day that places an undated mention, and whether it does (``Mention.lead_day``, ``Mention.breaking``): the day
    its article's occurrence sentence gives, for the crash, the attack or the death itself; arrests and statements of a
    follow-up came later, on no day that sentence tells, and a speaker's quoted word ("Kami masih mendata korban luka
    maupun meninggal dunia") tells it loosely. Otherwise its article's lead day."""
    if occurred is not None and kind in PLACED_HAPPENINGS and not _quoted(event):
        return occurred, True
    return lead, breaking


def _story_mentions(articles: Sequence[StoryArticle], order: Mapping[str, int], config: TimelineConfig) -> list[Mention]:
    headlines = _headlines(articles)
    mentions = []
    for a in articles:
        lead, breaking, occurred = _article_days(a, config)
        end = lead_end(a)
        # one string an article that all its mentions share: a copy each would cost events x body in memory
        text = f"{a.title or ''}\n{a.body}"
        slips = _weekday_slips(a)
        parts = roundup_parts(a.body)
        # a lead that counts the numbered happenings ("Tiga kecelakaan terjadi ...") is none of them; one that counts
        # none tells its own, before a recap of others ("Kebakaran pertama terjadi pada 2019 ..."), and stays part 0
        counted = roundup_lead_counts(a.body, parts)
        for i, ev in enumerate(a.events):
            kind = fact_field(ev, "type")
            part = part_of(parts, ev) if kind in PLACED_HAPPENINGS else 0
            if isinstance(kind, str) and not (counted and kind in PLACED_HAPPENINGS and part == 0) and _a_happening_told(a, ev):
                its_lead, its_breaking = _lead_of(kind, ev, lead, breaking, occurred)
                clock = clause_clock(a, ev) if kind in HAPPENINGS else None
                backdrop, quoted = is_backdrop(a, ev), quoted_relative_date(a.body, ev)
                restated = _recapped_date(a, ev) or (_said_on(a, ev) if quoted else None)
                # an older happening's date told nearer it than the one carried to it is its date (``_nearer_date``)
                told = None if restated else _nearer_date(a, ev)
                mention = Mention(
                    a.id, ev, a.day, order[a.id] * 10_000 + i, its_lead, its_breaking,
                    headlines, clock, backdrop, quoted,
                    index=i, in_lead=in_lead(ev, end), body=text, slipped=_dated_by(ev, slips),
                    vague_past=_vague_past_first(a, ev), recap_span=restated or interval(told),
                    found_dated=kind in PLACED_HAPPENINGS and _dated_by_finding(a, ev),
                    # a cited medium's day carried to it is none of its own, unless an older date told nearer
                    # gives it its own (``_nearer_date``)
                    own_date_missing=_own_date_missing(a, ev, kind) or (not (restated or told) and _dated_by_its_citation(a, ev)),
                    part=part, told_date=told, clock_of_citation=_clock_on_cited_day(a, ev),
                    reaction_dated=dated_by_a_reaction(a, ev),
                    confirmed=_confirmed_events(a, ev),
                )
                mentions.append(mention)
    _share_clocks(mentions)
    _undate_findings(mentions)
    return mentions


@cache
def _passive_confirmations() -> frozenset[str]:
    return lower_word_list("id", "confirm_passive_triggers.txt")


def _confirmed_events(article: StoryArticle, event: Any) -> tuple[Any, ...]:
    """For a confirmation or a denial, the events its sentence tells on the side of its trigger where what is confirmed
    is told: after an active trigger ("mengonfirmasi bahwa Iran kembali menembakkan rudal"), before a passive one
    ("Penangkapan itu dibenarkan", ``confirm_passive_triggers.txt``); not statements. Events told on the other side set
    the scene ("Dalam persidangan ..., TikTok membantah ...")."""
    sentence, at = fact_field(event, "sentence"), fact_field(event, "start")
    if fact_field(event, "type") not in CONFIRMATIONS or not sentence or not isinstance(at, int):
        return ()
    words = str(fact_field(event, "trigger") or "").lower().split()
    passive = bool(words) and words[0] in _passive_confirmations()
    return tuple(
        x
        for x in article.events
        if x is not event
        and fact_field(x, "sentence") == sentence
        and fact_field(x, "type") not in STATEMENTS
        and isinstance(start := fact_field(x, "start"), int)
        and (start < at if passive else start > at)
    )


def _own_date_missing(article: StoryArticle, event: Any, kind: Any) -> bool:
    """Whether the date an event carries is none of its own: its telling's ("disampaikan ... kepada wartawan, Senin"),
    the main clause's past a "sebelum" clause's comma, a loose "kemarin" after its noun, the day its writer viewed it
    ("Dilihat dari FYP Trans7, Senin"), a reaction's told before it ("pada Kamis (19/6), mengecam serangan"), a day
    word counted as a period ("dalam dua hari ini"), a later clause's of others ("ditahan, tiga lainnya diperiksa hari
    ini"), or, for what need not fall on the day of what it followed, that earlier
    happening's ("dipecat setelah Italia kalah ... pada Jumat"). A cited medium's day ("Diberitakan thaiger, Senin") is
    checked by the caller (``_dated_by_its_citation``), where no older date told nearer gives the event its own."""
    return (
        (kind in ACTS | HAPPENINGS and (dated_by_its_telling(article, event) or dated_past_its_clause(article, event)))
        or dated_by_a_reaction(article, event)
        or dated_by_a_period(article, event)
        or dated_in_a_later_clause(article, event)
        or dated_loosely(article, event)
        or dated_by_its_viewing(article, event)
        or (kind not in FOLLOWING_ON_ITS_DAY and dated_in_an_earlier_clause(article, event))
    )


def _a_happening_told(article: StoryArticle, event: Any) -> bool:
    """Whether an article's event tells a happening of the timeline: not a running total or a tally at a cut-off day, a
    threat, a case's label, a word of a name, a reporter's request for comment, a fire told only by whom it left behind,
    a trip told only as where a statement was made, another happening told aside ("Dalam insiden sebelumnya ..."), a
    general statement ("Tak sedikit pengidapnya memilih membatalkan penerbangan"), history told by its era ("dalam Perang
    Dunia II"), or a deal only hoped for ("optimistis dengan kesepakatan"); nor the reporting act of a spokesman who
    confirms the happening itself ("Kejadian ini dibenarkan oleh Kasat Polairud"), a closing appeal against its
    happening again ("demi menghindari kecelakaan serupa"), a count over a period ("mulai 5-9 Juni sebanyak 53.872
    penumpang melakukan perjalanan"), or what a speaker told this report's writer in an interview ("saat diwawancarai
    POS-KUPANG.COM, ... mengungkapkan kekhawatirannya")."""
    return not (
        is_running_total(event)
        or _tally_at_cutoff(article, event)
        or _threatened(event)
        or _a_case_label(event)
        or _inside_a_name(event)
        or _asked_for_comment(event)
        or confirms_the_story(event)
        or told_as_closing_appeal(event)
        or told_as_tally(event)
        or told_in_an_interview(event)
        or _told_as_aftermath(event)
        or told_as_statement_setting(event)
        or told_as_another_incident(event)
        or told_as_an_earlier_one(event)
        or told_as_habit(article, event)
        or told_in_history(article, event)
        or told_as_hope(event)
        or _general_truth(article, event)
    )


def _general_truth(article: StoryArticle, event: Any) -> bool:
    """A crash, a death or an injury told under a condition of whoever meets it ("Bagi orang dewasa yang jatuh dan
    mengalami patah tulang", ``told_as_condition``), its parties common nouns only: advice, no happening."""
    who = fact_field(event, "who")
    names = [w for w in who if isinstance(w, str)] if isinstance(who, list) else []
    return all(generic(w) for w in names) and told_as_condition(article, event)


@cache
def _finding_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'finding_cues.txt'))})(?![\w-])")


# a finding at most this many days after the happening the story dates: the drowned boy found two days on
_FINDING_DAYS = 14


def _undate_findings(mentions: Sequence[Mention]) -> None:
    """Leave undated a death, a drowning or a crash a sentence dates by its finding ("korban ditemukan dalam kondisi
    meninggal dunia pada Senin (9/6)", ``finding_cues.txt``) when another report of the story dates it days before
    ("tenggelam di Kali Angke, Sabtu (7/6)"): of the same person, or, told of no one named, of its kind. The day is the
    finding's, and the happening is the earlier one's; nor is it dated by its article's lead (``found``)."""
    dated = [m for m in mentions if m.span and m.kind in PLACED_HAPPENINGS and not m.found_dated]
    for m in mentions:
        span = m.span
        if not span or m.kind not in PLACED_HAPPENINGS or not m.found_dated:
            continue
        if any(_happened_before(o, m, span) for o in dated):
            m.found, m._span = True, None


def _happened_before(o: Mention, m: Mention, span: Span) -> bool:
    """Whether a report dates days before a found mention's day what the mention tells: the same named person, or, for
    a mention naming no one, a happening of its kind or one its own article tells ("bocah ditemukan tewas" in a report
    whose next paragraph dates the drowning)."""
    earlier = o.span
    if earlier is None or not 0 < (span[0] - earlier[1]).days <= _FINDING_DAYS:
        return False
    named = [w for w in m.who if not generic(w)]
    if not named:
        return o.kind == m.kind or o.article == m.article
    return any(same_name(x, y) for x in named for y in o.who if not generic(y))


def _dated_by_finding(article: StoryArticle, event: Any) -> bool:
    """Whether a word of a finding (``finding_cues.txt``) stands before an event's date in the sentence that writes the
    date ("korban ditemukan ... pada Senin (9/6)", the event's own or the lead its date is read from), not after it
    ("tenggelam pada Sabtu (7/6) hingga akhirnya ditemukan")."""
    span = fact_field(event, "when_span")
    if not (isinstance(span, list | tuple) and len(span) == 2 and isinstance(span[0], int)):
        return False
    sentence = sentence_span(article, span[0])
    return sentence is not None and bool(_finding_cue().search(article.body, sentence[0], span[0]))


@cache
def _day_offsets() -> dict[str, int]:
    return {word.lower(): int(offset) for word, offset in mapping("id", "relative_days.tsv").items() if offset.lstrip("-").isdigit()}


# how far after a quoted day word its quotation's close may stand, and the day its speaker said it after that
_SAID_REACH = 160


@cache
def _said_after_quote() -> re.Pattern[str]:
    """The rest of a quotation and the speech verb that closes it ('... pukul 07.19 WIB," ujarnya'), ``speech_verbs.tsv``
    kind "after"."""
    verbs = alternation(row[0] for row in table("id", "speech_verbs.tsv") if row[1:2] == ("after",))
    return re.compile(rf'[^"“”\n]{{0,{_SAID_REACH}}}["”][\s,]*(?i:{verbs})(?:nya)?(?![\w-])')


def _said_on(article: StoryArticle, event: Any) -> Span | None:
    """The day a quotation's "hari ini" or "kemarin" means, when the report gives the day its speaker said it right
    after the quotation ('"Terjadi erupsi hari ini pukul 07.19 WIB," ujarnya Sabtu (7/6/2025).' in a report of Sunday
    the 8th: Saturday the 7th), at most a week before the report."""
    span = fact_field(event, "when_span")
    if not (article.day and isinstance(span, list | tuple) and len(span) == 2 and all(isinstance(x, int) for x in span)):
        return None
    offset = _day_offsets().get(article.body[span[0] : span[1]].strip().lower())
    closed = _said_after_quote().match(article.body, span[1])
    if offset is None or closed is None:
        return None
    said = next(
        (
            date.fromisoformat(day)
            for t in sorted(article.timexes, key=lambda t: int(fact_field(t, "start") or 0))
            if isinstance(start := fact_field(t, "start"), int)
            and closed.end() <= start < closed.end() + _SAID_REACH // 2
            and (day := day_value(fact_field(t, "value")))
        ),
        None,
    )
    if said is None or not timedelta(0) <= article.day - said <= timedelta(days=7):
        return None
    meant = said + timedelta(days=offset)
    return (meant, meant)


@cache
def _recap_cues() -> tuple[str, ...]:
    return tuple(sorted(lower_word_list("id", "recap_cues.txt"), key=len, reverse=True))


# how far after a recap's sentence the date of the report it recaps may come
_RECAP_REACH = 1200


def _recapped_date(article: StoryArticle, event: Any) -> Span | None:
    """The date of the older report a recap pastes, when a mention is dated only by its "hari ini" or a bare weekday
    in a paragraph that opens a recap ("Sebelumnya, ... hari ini melakukan rapat koordinasi") and the next date the
    article gives is a full one more than a week before it ("usai rapat di kantornya, Rabu (19/3/2025)"): the day is
    the old report's, and the happening is the story's background, not its day's news."""
    when_span = fact_field(event, "when_span")
    if not (article.day and isinstance(when_span, list | tuple) and len(when_span) == 2 and isinstance(when_span[0], int)):
        return None
    if not _opens_a_recap(article.body, when_span[0]):
        return None
    value = _written_date_after(article, when_span[0], when_span[1])
    span = interval(value) if value and re.fullmatch(r"\d{4}-\d\d-\d\d", value) else None
    return span if span and span[1] < article.day - timedelta(days=7) else None


def _written_date_after(article: StoryArticle, start: int, end: int) -> str | None:
    """The value of the date written in figures that next follows a timex written in words (``start``, ``end``),
    within a recap's reach; None when the timex itself is in figures (a date the sentence writes out is its own)."""
    timexes = sorted((t for t in article.timexes if isinstance(t, dict) and isinstance(t.get("start"), int)), key=lambda t: t["start"])
    own = next((t for t in timexes if t["start"] == start), None)
    if own is None or _written_out(own):
        return None
    after = next((t for t in timexes if t["start"] >= end), None)
    if after is None or after["start"] - end > _RECAP_REACH or not _written_out(after):
        return None
    return str(after.get("value", ""))


# a date told between a mention and the date carried to it that ends this long before the carried one tells an older
# happening (last year's tourist, a 1998 crash): the mention goes on with that one
_OLDER_DAYS = 30


@cache
def _continuation() -> re.Pattern[str]:
    """A word near a paragraph's start that goes on with the paragraph before ("Pesawat itu kemudian jatuh", "Namun, ia
    jatuh", ``continuation_words.txt``)."""
    words = alternation(lower_word_list("id", "continuation_words.txt"))
    pointers = alternation(lower_word_list("id", "continuation_demonstratives.txt"))
    return re.compile(rf"^\W*(?:(?:[\w-]+,?\s+){{0,3}}(?i:{words})|[\w-]+\s+(?i:{pointers}))(?![\w-])")


def _date_reach(body: str, at: int) -> tuple[int, int]:
    """Where a date may be told that dates what is told at ``at``: its paragraph and the one after it, and the one
    before it when its own paragraph opens by going on with it."""
    if not 0 <= at < len(body) or body[at] == "\n":
        return at, at
    # read around ``at`` only, not the whole body: a long page's events would each split all of it
    start, end = body.rfind("\n", 0, at) + 1, _line_end(body, at)
    reach_start = start
    if _continuation().match(body[start:end]) and (before := body[:start].rstrip("\n")):
        reach_start = body.rfind("\n", 0, len(before)) + 1
    after = len(body) - len(body[end:].lstrip("\n"))
    return reach_start, _line_end(body, after) if after < len(body) else end


def _line_end(body: str, at: int) -> int:
    """Where the line holding ``at`` ends (its newline, or the body's end)."""
    end = body.find("\n", at)
    return len(body) if end < 0 else end


def _dated_timexes(article: StoryArticle, low: int, high: int) -> list[tuple[int, str, Span]]:
    """The timexes starting between ``low`` and ``high`` that give a date (not a duration, a set, "kini"), with their
    start, value and days."""
    out = []
    for t in article.timexes:
        start, value = fact_field(t, "start"), fact_field(t, "value")
        if isinstance(start, int) and low <= start < high and fact_field(t, "type") in ("DATE", "TIME") and (span := interval(value)):
            out.append((start, str(value), span))
    return out


@cache
def _state_span_lead() -> re.Pattern[str]:
    """A word that makes a date a state's start, length or end (``state_span_leads.txt``: "sejak 2019", "periode
    2024-2029"), standing right before the date or as its own first word."""
    leads = alternation(lower_word_list("id", "state_span_leads.txt"))
    return re.compile(rf"(?<![\w-])(?i:{leads})\s+$" if leads else r"(?!)")


def _bounds_a_state(body: str, at: int) -> bool:
    """Whether the date told at ``at`` bounds a background state ("menjabat kepala desa sejak 2019") rather than dates
    an older happening: such a date re-dates no act told after it."""
    first = re.match(r"\s*[\w-]+\s", body[at : at + 20])
    lead = _state_span_lead()
    return bool(lead.search(body[max(0, at - 20) : at]) or (first and lead.search(" " + first.group(0))))


def _nearer_date(article: StoryArticle, event: Any) -> str | None:
    """The date that dates a mention in place of one the events carried to it from another sentence, when a date told
    between the two, nearest the mention and in its reach (``_date_reach``), tells an older happening ("Tahun lalu,
    seorang turis lain ... Si turis hanya mengalami luka ringan"; "terjadi pada Desember 1998 ... Pesawat itu kemudian
    jatuh ke rawa, menewaskan 101 dari 146 orang"; "Kejadian ini terjadi pada bulan April, namun rekaman CCTV baru
    dirilis pada 12 Juni"), or the carried date is the day a cited medium told the news and the one between the
    happening's ("Diberitakan Thaiger, Selasa (17/6/2025) pada 15 Juni, polisi menangkap ..."). The mention is that
    happening's: dated long before, it is the story's background."""
    start, when_span, carried = fact_field(event, "start"), fact_field(event, "when_span"), interval(fact_field(event, "when"))
    if not (carried and isinstance(start, int) and isinstance(when_span, list | tuple) and len(when_span) == 2):
        return None
    if not all(isinstance(x, int) for x in when_span) or dated_in_its_sentence(article, event):
        return None
    low, high = (when_span[1], start) if when_span[1] <= start else (start, when_span[0])
    reach = _date_reach(article.body, start)
    between = _dated_timexes(article, max(low, reach[0]), min(high, reach[1]))
    between = [t for t in between if not _bounds_a_state(article.body, t[0])]
    if not between:
        return None
    at, value, told = min(between, key=lambda t: abs(t[0] - start))
    if told[1] < carried[0] - timedelta(days=_OLDER_DAYS):
        return value
    cited = _cited_on(article.body, when_span[0]) and not _cited_on(article.body, at)
    return value if cited and told[1] <= carried[0] else None


# a clock told with no day of its own ("pukul 05:20 waktu setempat", "sekitar jam 9 pagi")
@cache
def _bare_clock() -> re.Pattern[str]:
    """A clock with no day of its own (``clock_words.tsv``: a lead, "sekitar" or "pada", then "pukul" or "jam", and no
    date's bracket or slash after)."""
    roles = words_by_role("id", "clock_words.tsv")
    lead, word = (alternation(roles.get(r, frozenset())) for r in ("lead", "clock"))
    return re.compile(rf"^(?:(?:{lead})\s+)?(?:{word})\b[^()/]*$", re.IGNORECASE) if word else re.compile(r"(?!)")


def _clock_on_cited_day(article: StoryArticle, event: Any) -> bool:
    """Whether an event is dated only by a bare clock ("hilang kontak sekitar pukul 05:20 waktu setempat") whose day is
    that of the date told last before it, a cited medium's ("Dikutip dari Times of India, Senin (16/6/2025)"): the day
    is the telling's, not the happening's, which its article's lead dates."""
    when_span = fact_field(event, "when_span")
    if not (isinstance(when_span, list | tuple) and len(when_span) == 2 and all(isinstance(x, int) for x in when_span)):
        return False
    if not _bare_clock().match(article.body[when_span[0] : when_span[1]].strip()):
        return False
    days = [
        start
        for t in article.timexes
        if isinstance(start := fact_field(t, "start"), int)
        and isinstance(end := fact_field(t, "end"), int)
        and start < when_span[0]
        and day_value(fact_field(t, "value"))
        and not _bare_clock().match(article.body[start:end].strip())
    ]
    return bool(days) and _cited_on(article.body, max(days))


def _opens_a_recap(body: str, at: int) -> bool:
    """Whether the paragraph holding ``at`` opens with a recap cue: the paragraph's opener, not the sentence's, as a
    sentence cut at an abbreviation ("Warner Bros. Discovery") loses it."""
    opener = re.match(r"\W*([^,]+),", body[body.rfind("\n", 0, at) + 1 : at])
    return opener is not None and opener.group(1).strip().lower() in _recap_cues()


def _written_out(timex: dict[str, Any]) -> bool:
    """Whether a timex writes its date in figures ("Rabu (19/3/2025)"), not as "hari ini" or a bare weekday."""
    return any(c.isdigit() for c in str(timex.get("text", "")))


def _vague_past_first(article: StoryArticle, event: Any) -> bool:
    """Whether a vague past ("beberapa bulan yang lalu", TIMEX3 PAST_REF) stands after an event's trigger before the
    date it was given, in one sentence: that nearer time is the event's, the date further on the statement's."""
    end, span = fact_field(event, "end"), fact_field(event, "when_span")
    if not isinstance(end, int) or not isinstance(span, list | tuple) or len(span) != 2 or not isinstance(span[0], int):
        return False
    if span[0] <= end or re.search(r"[.!?]\s", article.body[end : span[0]]):
        return False
    return any(
        fact_field(t, "value") == "PAST_REF" and isinstance(start := fact_field(t, "start"), int) and end <= start < span[0]
        for t in article.timexes
    )


@cache
def _comment_requests() -> dict[str, frozenset[str]]:
    """The phrases of ``comment_requests.tsv`` by kind: the verbs of a request for comment, the words of an agent."""
    return words_by_role("id", "comment_requests.tsv")


# words after a request's verb within which an agent's word ("langsung oleh") makes it a confirmation
_AGENT_REACH = 3


def _asked_for_comment(event: Any) -> bool:
    """Whether a confirmation is a reporter's request for comment ("Casmari dikonfirmasi detikJabar, Kamis (12/6)",
    ``comment_requests.tsv``): its passive verb with no agent after it, neither a capitalised name ("dikonfirmasi
    Kapolres Sragen") nor an agent's word near it ("dikonfirmasi langsung oleh Sekda", "melalui siaran pers")."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    kinds = _comment_requests()
    if fact_field(event, "type") != "CONFIRM" or trigger.lower() not in kinds.get("request", ()):
        return False
    at = sentence.find(trigger)
    after = re.findall(r"[\w-]+|[^\w\s]", sentence[at + len(trigger) :])[:_AGENT_REACH] if at >= 0 else []
    # a weekday or a month is the request's day, no agent ("I Wayan yang dikonfirmasi Senin 9 Juni 2025 menyatakan")
    if after and after[0][:1].isupper() and after[0].lower() not in calendar_words():
        return False
    return at >= 0 and not any(w.lower() in kinds.get("agent", ()) for w in after)


# happenings whose aftermath a report may tell instead ("meninjau pengungsian korban kebakaran")
_LEFT_BEHIND = frozenset({"ACCIDENT", "DISASTER"})


@cache
def _aftermath_cue() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'aftermath_cues.txt'))})\s+$")


def _told_as_aftermath(event: Any) -> bool:
    """Whether a fire, a crash or a disaster is told only as whom it left behind ("Wapres meninjau posko pengungsian
    korban kebakaran di Kapuk Muara, Senin (9/6/2025) malam", ``aftermath_cues.txt``): the sentence's date and names
    are the visit's, not the fire's, which its own reports tell."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    if fact_field(event, "type") not in _LEFT_BEHIND or not trigger:
        return False
    at = sentence.find(trigger)
    return at > 0 and bool(_aftermath_cue().search(sentence[max(0, at - 30) : at]))


def _inside_a_name(event: Any) -> bool:
    """Whether an event's trigger is a word of a proper name, capitalised between capitalised words mid-sentence ("di
    Ruang Sidang Utama DPRD", "Direktur Jenderal Perundingan Perdagangan"): a room's or an office's name, no hearing
    nor talks. A name opening the sentence ("Dalam Konferensi Tingkat Tinggi ...") may be the happening's own."""
    trigger, sentence = str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or "")
    at = sentence.find(trigger) if trigger[:1].isupper() else -1
    if at <= 0:
        return False
    before, after = sentence[:at].split(), sentence[at + len(trigger) :].split()
    return len(before) >= 2 and before[-1][:1].isupper() and before[-1][-1:].isalpha() and bool(after) and after[0][:1].isupper()


def _a_case_label(event: Any) -> bool:
    """An earlier ruling told as the label of a case ("saksi kasus suap vonis bebas Ronald"), not as it happens."""
    return labels_a_case(str(fact_field(event, "trigger") or ""), str(fact_field(event, "sentence") or ""))


def _weekday_slips(article: StoryArticle) -> list[tuple[int, int]]:
    """Where an article writes a date with a weekday that does not fit it ("Minggu (4/6)" in 2025, "Rabu (18/5)")."""
    out = []
    for t in article.timexes:
        start, end = fact_field(t, "start"), fact_field(t, "end")
        if fact_field(t, "weekday_mismatch") and isinstance(start, int) and isinstance(end, int):
            out.append((start, end))
    return out


def _dated_by(event: Any, slips: Sequence[tuple[int, int]]) -> bool:
    """Whether an event's date is one of the article's slipped dates (``_weekday_slips``)."""
    span = fact_field(event, "when_span")
    if not slips or not isinstance(span, list | tuple) or len(span) != 2 or not all(isinstance(x, int) for x in span):
        return False
    return any(start < span[1] and span[0] < end for start, end in slips)


def _share_clocks(mentions: Sequence[Mention]) -> None:
    """Give a disaster's or an accident's mentions that tell no clock time the one their article gives it, when the
    article gives the kind one time only: the shop that burned at 05:17 is the fire its lead places in Krueng Barona,
    not another article's fire of 02:40 that day (``_clocks_apart``)."""
    clocks: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if m.kind in PLACE_BOUND and m.clock:
            clocks.setdefault((m.article, m.kind), set()).add(m.clock[:16])
    for m in mentions:
        told = clocks.get((m.article, m.kind), set())
        if not m.clock and len(told) == 1:
            m.told_clock = next(iter(told))


def _threatened(event: Any) -> bool:
    """A crash, a disaster, an attack, a death or an injury told as not yet happened ("jika Washington bergabung, Teheran
    akan menyerang", "abu vulkanik dapat mengganggu jarak pandang pilot"): nobody schedules one, so its "planned"
    mention is a threat, a possibility or a general truth, no happening of the timeline."""
    return fact_field(event, "type") in PLACED_HAPPENINGS and fact_field(event, "status") == "planned"


def _tally_at_cutoff(article: StoryArticle, event: Any) -> bool:
    """A death or injury count told as of a cut-off day ("Hingga Senin 17 Juni, ... 224 orang tewas"): a figure of the
    story (its updates, dated by the cut-off), not a happening of its report's day. So are a war's attacks told as of
    one ("Hingga Senin 17 Juni, serangan Israel ke Iran telah menewaskan ..."): the strikes up to that day, no one strike
    of it."""
    start = fact_field(event, "start")
    if fact_field(event, "type") not in TALLIED or not isinstance(start, int) or fact_field(event, "in") == "caption":
        return False
    return cutoff_day(article, start) is not None


def _worth_an_entry(g: EventGroup, who: list[str], groups: Sequence[EventGroup], parties: Mapping[int, list[str]]) -> bool:
    """Whether a group may make an entry: a meeting or a warning of nobody named says nothing (a crash needs no one
    named); and the wound of one who died ("luka parah di kepala dan meninggal seketika") is told of the death."""
    if not who and (g.type not in HAPPENINGS or g.type in NAMED_HAPPENINGS):
        return False
    return not (
        _injury_of_the_dead(g, who, groups, parties)
        or _journey_of_a_crash(g, groups)
        or _journey_of_the_dead(g, groups, parties)
        or _carrying_the_dead(g, groups, parties)
        or _carrying_the_hurt(g, groups, parties)
        or _crash_of_an_attack(g, groups)
        or _visit_of_a_meeting(g, groups, parties)
    )


def _visit_of_a_meeting(g: EventGroup, groups: Sequence[EventGroup], parties: Mapping[int, list[str]]) -> bool:
    """Whether a trip is told only of two countries ("Indonesia dan Rusia menyepakati empat kerja sama dalam rangkaian
    kunjungan di Istana Konstantinovsky") on a day the story tells a meeting, with its place or none: the countries of
    the meeting's parties, whose trip the meeting and the leader's own visit already tell. Two nations cannot both be
    the one who travelled; the visit so told is no happening of its own, only the frame of the day's talks."""
    who = parties.get(id(g), [])
    if g.type != "VISIT" or len(who) < 2 or not all(is_country(w) for w in who):
        return False
    places = {p for m in g.mentions if (p := fact_field(m.event, "where"))}
    for h in groups:
        if h.type != "MEET" or not g.spans or not h.spans or not _days_fit(g, h):
            continue
        theirs = {p for m in h.mentions if (p := fact_field(m.event, "where"))}
        if (not places or not theirs or any(same_name(a, b) for a in places for b in theirs)) and _meeting_of(who, g, h, parties):
            return True
    return False


_COUNTRY_BEFORE_NAME = 2  # words that may stand between a country and its person's name ("Presiden Federasi Rusia, Vladimir Putin")


def _meeting_of(countries: list[str], g: EventGroup, h: EventGroup, parties: Mapping[int, list[str]]) -> bool:
    """Whether a meeting is one of the given countries: each is one of its parties, or is written right before one of
    its parties' names in the story's reports of the visit or the meeting ("Presiden Rusia Vladimir Putin", "Presiden
    Republik Indonesia Prabowo"): Prabowo's talks with Putin are Indonesia's and Russia's, a governor's meeting with a
    regent the same day is not."""
    theirs = parties.get(id(h)) or list(dict.fromkeys(w for m in h.mentions for w in m.who))
    told = (*g.mentions, *h.mentions)
    bodies = list(dict.fromkeys(t for m in told for t in (m.body.strip() or str(fact_field(m.event, "sentence") or ""),) if t))
    return all(any(same_name(c, p) or _told_of_country(p, c, bodies) for p in theirs) for c in countries)


def _told_of_country(person: str, country: str, bodies: Sequence[str]) -> bool:
    """Whether a body writes the country, by any of its names ("Presiden RI Prabowo"), right before the person's name."""
    words = person.split()
    if not words:
        return False
    names = "|".join(map(re.escape, sorted(_country_names().get(country, (country,)), key=len, reverse=True)))
    told = re.compile(rf"\b(?:{names})\W+(?:[\w.-]+\W+){{0,{_COUNTRY_BEFORE_NAME}}}{re.escape(words[0])}\b")
    return any(told.search(body) for body in bodies)


@cache
def _country_names() -> dict[str, tuple[str, ...]]:
    """Each country's names as news writes them, by any of them (``countries.tsv``: "Indonesia", "RI", "Republik
    Indonesia")."""
    out: dict[str, tuple[str, ...]] = {}
    for row in table("id", "countries.tsv"):
        names = tuple(n for n in (*row[1:2], *(row[2].split("|") if len(row) > 2 else ())) if n)
        out.update((n, names) for n in names)
    return out


def _crash_of_an_attack(g: EventGroup, groups: Sequence[EventGroup]) -> bool:
    """Whether a crash is told only in the sentences that tell an attack ("menyerang orang yang lewat dan menabrak
    kendaraan" of a drunk man's rampage): the ramming is a blow of the attack, no accident of its own. Extraction
    already keeps a ramming in the attack's clause from being an accident (``nlp/events/rules.py``, ``_in_an_assault``);
    the story layer checks again for events read from analyses saved before that rule, and for a ramming extraction
    types apart (a passive "ditabrak", or told after a comma of the same sentence)."""
    if g.type != "ACCIDENT":
        return False
    attacks = {_sentence(m) for h in groups if h.type == "ATTACK" for m in h.mentions}
    return bool(attacks) and all(_sentence(m) in attacks for m in g.mentions)


def _sentence(m: Mention) -> tuple[str, str]:
    return m.article, str(fact_field(m.event, "sentence") or "")


@cache
def _care_told() -> re.Pattern[str]:
    """A place of care's head word (``care_places.txt``) anywhere in a text: "dilarikan ke RS Idaman", "dibawa ke
    rumah sakit"."""
    heads = alternation(w.rstrip(".") for w in lower_word_list("id", "care_places.txt"))
    return re.compile(rf"(?<![\w-])(?i:{heads})(?![\w-])")


@cache
def _dead_told() -> re.Pattern[str]:
    """A word that tells the one carried is dead (``dead_carried_cues.tsv``): "korban meninggal dunia dan dibawa ke
    RSUD", "jasad korban dilarikan ke RSUD", with no negation right before it ("Tidak ada yang tewas")."""
    cues = words_by_role("id", "dead_carried_cues.tsv")
    # no word of negation right before it ("Tidak ada yang tewas, tetapi beberapa orang ... dibawa ke rumah sakit")
    denied = "".join(rf"(?<!\b(?i:{re.escape(w)})\s)" for w in sorted(cues.get("negation", frozenset())))
    return re.compile(rf"(?<![\w-]){denied}(?i:{alternation(cues.get('dead', frozenset()))})(?![\w-])")


@cache
def _parallel_clause() -> re.Pattern[str]:
    """A word that sets another clause's fate beside the evacuation's (", sementara", ", sedangkan",
    ``later_clause_openers.tsv`` role parallel), after a comma: "pengungsian sementara" is a temporary shelter."""
    words = words_by_role("id", "later_clause_openers.tsv").get("parallel", frozenset())
    return re.compile(rf",\s*(?i:{alternation(words)})(?![\w-])" if words else r"(?!)")


def _dead_in_its_clause(m: Mention) -> bool:
    """Whether the evacuation's own clause tells the one carried dead: a death word in its sentence, not only in a
    clause set beside it ("Dua warga tewas, sementara ratusan warga dievakuasi ke tempat pengungsian": the living
    are moved out of a flood; "... tewas di lokasi, sedangkan belasan korban luka dilarikan ke RSUD")."""
    trigger, sentence = str(fact_field(m.event, "trigger") or ""), _sentence(m)[1]
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return bool(_dead_told().search(sentence))
    start = max((p.end() for p in _parallel_clause().finditer(sentence, 0, at)), default=0)
    after = _parallel_clause().search(sentence, at)
    return bool(_dead_told().search(sentence, start, after.start() if after else len(sentence)))


def _to_care(m: Mention) -> bool:
    """Whether an evacuation's sentence takes someone to a place of care after its trigger ("dilarikan ke Rumah Sakit
    Pandan Arang"), not out of a flood or a war."""
    trigger, sentence = str(fact_field(m.event, "trigger") or ""), str(fact_field(m.event, "sentence") or "")
    at = sentence.find(trigger) if trigger else -1
    return at >= 0 and bool(_care_told().search(sentence, at))


def _carrying_the_dead(g: EventGroup, groups: Sequence[EventGroup], parties: Mapping[int, list[str]]) -> bool:
    """Whether an evacuation only carries the dead or the dying: told in sentences that tell the one carried dead
    ("korban meninggal dunia dan dibawa ke RSUD", "dilarikan ke RS, namun meninggal dalam perjalanan",
    ``dead_carried_cues.tsv``), or a rush to a hospital in a story whose hurt of its days all died (a pilgrim rushed
    to hospital before she died, told apart from her death). Carrying the
    dead moves nobody out of danger: the death is the happening, and no reader signs the ride as another. Where the
    story tells people hurt and alive that day, the injured taken to hospital may be an evacuation, and stays. Nor do
    the police and the rescue teams moving a body at a death of no disaster (``_rescuers_at_a_death``)."""
    if g.type != "EVACUATE":
        return False
    if all(_dead_in_its_clause(m) for m in g.mentions) or _carries_named(g, groups, parties, "DIE"):
        return True
    if not any(h.type == "DIE" and _days_fit(g, h) for h in groups):
        return False
    hurt = any(
        h.type == "INJURE" and _days_fit(g, h) and not _injury_of_the_dead(h, parties.get(id(h), []), groups, parties) for h in groups
    )
    if not hurt and all(_to_care(m) and not _carried_several(m) for m in g.mentions):
        return True
    return not hurt and _rescuers_at_a_death(g, groups)


def _rescuers_at_a_death(g: EventGroup, groups: Sequence[EventGroup]) -> bool:
    """Whether an evacuation names only those who carried it out (the police, the rescue teams, ``act_agents.tsv``
    EVACUATE) in a story whose happening of its day is a death and no disaster: "Anggota Polsek Delanggu, PMI, BPBD, dan
    relawan membantu mengamankan evakuasi" of a man hit by a train moved his body, which is no entry beside his death.
    In a flood's or a quake's story, "BPBD melakukan evakuasi" moves the living, and stays; so does one whose sentence
    tells whom it moved alive ("Tim SAR mengevakuasi 30 penumpang selamat", ``_moves_the_living``)."""
    if any(h.type == "DISASTER" and _days_fit(g, h) for h in groups):
        return False
    return _rescuers_only(g) and not any(_moves_the_living(m) for m in g.mentions)


def _a_rescuer(name: str) -> bool:
    """Whether a party of an evacuation is one who carries it out: the police, or a rescuers' word (``act_agents.tsv``
    EVACUATE: "Tim SAR gabungan", "Basarnas")."""
    words = name.split()
    return is_police(name) or bool(words) and words[0].lower() in _act_agent_words().get("EVACUATE", frozenset())


def _rescuers_only(g: EventGroup) -> bool:
    """Whether every report of an evacuation names only those who carried it out (``_a_rescuer``), none of them as
    whom it moved (``_moved_told``: "Dua personel TNI yang terluka dievakuasi")."""
    return all(m.who and all(_a_rescuer(w) and not _moved_told(w, m) for w in m.who) for m in g.mentions)


_MOVED_REACH = 40  # characters between a party and the passive verb that moved it ("personel TNI yang terluka langsung dievakuasi")


def _moved_told(name: str, m: Mention) -> bool:
    """Whether a report writes a party right before its passive verb of evacuation, in its clause ("Dua personel TNI
    yang terluka langsung dievakuasi", "polisi yang tertembak dievakuasi"): the soldiers or the police it moved, not
    those who moved others; "dievakuasi oleh para personel kepolisian" writes the rescuers after it."""
    sentence, trigger = str(fact_field(m.event, "sentence") or ""), str(fact_field(m.event, "trigger") or "")
    at = sentence.find(trigger) if trigger else -1
    if at < 0 or not trigger.lower().startswith("di"):
        return False
    return any(re.fullmatch(rf"[^,.;:()]{{0,{_MOVED_REACH}}}", sentence[end:at]) for _, end in spans_of(name, sentence[:at]))


def _moved_at_its_place(g: EventGroup, h: EventGroup) -> bool:
    """Whether an evacuation ``h`` naming whom it moved may be the one a rescuers-only group ``g`` tells: of its kind and
    its one day, and where a report of ``g`` gives a place, one at the place a report of ``h`` gives, or a place one lies
    in (``_same_place``): a report may give where the rescuers took them instead ("menuju Dermaga Basarnas")."""
    if h is g or h.kind != g.kind or _rescuers_only(h) or _days(h) != _days(g) or h.spans != g.spans:
        return False
    placed = [m for m in g.mentions if m.place]
    return not placed or any(o.place and _same_place(m, o) for m in placed for o in h.mentions)


def fold_rescuers_told_apart(groups: Sequence[EventGroup]) -> list[EventGroup]:
    """The groups with an evacuation told only of who carried it out ("kapal evakuasi Basarnas ... mulai mengevakuasi",
    "Gedung sekolah tersebut ... dievakuasi oleh para personel kepolisian") folded into the one evacuation of its day
    and place the story tells of whom it moved ("Evakuasi korban kecelakaan kapal ... selesai", "polisi ... mengevakuasi
    semua siswa dan guru"): one evacuation, told from both ends. Where several such evacuations fit, the one whose reports
    name rescuers too is it; where none, or still several, it stays apart."""
    kept = list(groups)
    for g in groups:
        if g.type not in MOVED_PEOPLE or len(_days(g)) != 1 or not _rescuers_only(g):
            continue
        fits = [h for h in kept if _moved_at_its_place(g, h)]
        if len(fits) > 1:
            fits = [h for h in fits if any(_a_rescuer(w) for m in h.mentions for w in m.who)]
        if len(fits) == 1:
            for m in g.mentions:
                fits[0].add(m)
            kept = [h for h in kept if h is not g]
    return kept


# a count of people in digits after an evacuation's trigger ("mengevakuasi 30 penumpang")
_COUNT_TOLD = re.compile(r"(?<![\d.,])\d+\s+[a-z]")


def _moves_the_living(m: Mention) -> bool:
    """Whether an evacuation's sentence tells, after its trigger, whom it moved alive: a count ("30 penumpang",
    "puluhan warga") or a survivor's word ("selamat", ``alive_moved_cues.txt``)."""
    trigger, sentence = str(fact_field(m.event, "trigger") or ""), str(fact_field(m.event, "sentence") or "")
    at = sentence.find(trigger) if trigger else -1
    if at < 0:
        return False
    after = sentence[at + len(trigger) :]
    return bool(_COUNT_TOLD.search(after)) or any(w in _alive_cues() for w in re.findall(r"\w+", after.lower()))


@cache
def _alive_cues() -> frozenset[str]:
    return lower_word_list("id", "alive_moved_cues.txt")


def _carries_named(
    g: EventGroup, groups: Sequence[EventGroup], parties: Mapping[int, list[str]], kind: str, *, only_named: bool = False
) -> bool:
    """Whether everyone an evacuation names as carried is someone the story's ``kind`` (a death, an injury) of a
    fitting day names ("Tim SAR mengevakuasi Qiu Yan ke RSUD Komodo" of the tourist who drowned that day; "MY sama I
    dibawa ke rumah sakit" of the MY and I hurt): the death's or the injury's news. An evacuation naming anyone else (a
    rescuer, a survivor) is kept: it may have carried others. ``only_named`` (the injured): every party it names must
    be a name, not a common noun ("korban"), and each counts, initials too ("MY", which reads as no person's name);
    otherwise (the dead) only its people's names count, a team or a place named beside them carried no one."""
    who = parties.get(id(g), ())
    named = [w for w in who if not generic(w)]
    carried = named if only_named else [w for w in named if person_like(w)]
    if not carried or (only_named and len(named) < len(who)):
        return False
    named = [d for h in groups if h is not g and h.type == kind and _days_fit(g, h) for d in parties.get(id(h), ()) if not generic(d)]
    return all(any(same_name(w, d) for d in named) for w in carried)


def _carrying_the_hurt(g: EventGroup, groups: Sequence[EventGroup], parties: Mapping[int, list[str]]) -> bool:
    """Whether an evacuation only takes the story's hurt for care, told as part of their injury: every report of it is
    a trip to a place of care (``_to_care``) that its sentence tells as the consequence of an injury just told ("3 orang
    mengalami luka yang harus dilarikan ke rumah sakit", ``told_as_hurt_carried``) or that carries only named people
    the story's injury of a fitting day names ("MY sama I dibawa ke rumah sakit Sari Asih" beside "MY dan I mengalami
    luka-luka"). The article keeps the evacuation (GOLD types such trips EVACUATE); on the timeline the trip is the
    injury's, and a reader signs no second entry for it. A trip of many told on its own ("Beberapa korban kecelakaan
    dilarikan ke RS Gerik", "banyak orang dilarikan ke rumah sakit karena mengalami luka-luka") stays: the story's
    casualties taken away. Where the story tells no injury, the trip is the only news of the hurt, and stays too
    ("Tidak ada yang tewas, tetapi tiga penumpang terluka dan dibawa ke rumah sakit" beside a crash)."""
    if g.type != "EVACUATE" or not all(_to_care(m) for m in g.mentions):
        return False
    if not any(h is not g and h.type == "INJURE" and _days_fit(g, h) for h in groups):
        return False
    return all(told_as_hurt_carried(m.event) for m in g.mentions) or _carries_named(g, groups, parties, "INJURE", only_named=True)


@cache
def _several_people() -> re.Pattern[str]:
    """A word that makes the noun after it several people ("seluruh korban", "para korban", "tiga orang",
    ``anaphor_plural_words.txt``), or a number."""
    return re.compile(rf"(?<![\w-])(?:(?i:{alternation(lower_word_list('id', 'anaphor_plural_words.txt'))})|\d+)\s+\w")


def _carried_several(m: Mention) -> bool:
    """Whether an evacuation's sentence counts several before its trigger ("Saat ini, seluruh korban sudah dibawa ke
    RSUD"): the hurt the story may not have told apart, not only the one who died."""
    trigger, sentence = str(fact_field(m.event, "trigger") or ""), str(fact_field(m.event, "sentence") or "")
    at = sentence.find(trigger) if trigger else -1
    return at > 0 and bool(_several_people().search(sentence[:at]))


def _days_fit(g: EventGroup, h: EventGroup) -> bool:
    """Whether two groups' dates may be one day's, a day's slack either way; an undated group fits any."""
    return not g.spans or not h.spans or any(_dates_fit(a, b, 1) for a in g.spans for b in h.spans)


def _journey_of_a_crash(g: EventGroup, groups: Sequence[EventGroup]) -> bool:
    """Whether a trip is told only as where the crashed bus or helicopter was going or came from ("sedang dalam
    perjalanan dari Jertih ke Tanjung Malim", ``told_as_journey``) in a story that tells an accident: the crash's
    circumstance, no visit of its own."""
    return g.type == "VISIT" and any(h.type == "ACCIDENT" for h in groups) and all(told_as_journey(m.event) for m in g.mentions)


def _journey_of_the_dead(g: EventGroup, groups: Sequence[EventGroup], parties: Mapping[int, list[str]]) -> bool:
    """Whether a trip is the one the story's named dead were on, told before their death ("Jaiswal bersama anggota
    keluarganya telah berangkat dari Wani pada tanggal 12 Juni" in the story of the helicopter crash of the 15th): the
    lead-up of the crash, told as the victims' story, no happening of the timeline. Only a trip whose travellers the
    story tells dead (a name of the dead among its parties: "keluarga Rajkumar Jaiswal") and that is dated before
    their death."""
    if g.type != "VISIT" or not g.spans or not any(h.type == "ACCIDENT" for h in groups):
        return False
    # "keluarga Rajkumar Jaiswal" is a common noun's phrase, and names the dead all the same
    travellers = [_name_part(n) for n in parties.get(id(g), ())]
    for h in groups:
        if h.type != "DIE" or not h.spans:
            continue
        dead = [fold_name(d) for d in parties.get(id(h), ()) if person_like(d) and not generic(d)]
        told = any(d and t and _names_the_dead(d, t) for d in dead for t in travellers)
        if told and max(s[1] for s in g.spans) < min(s[0] for s in h.spans):
            return True
    return False


def _name_part(party: str) -> str:
    """A party's name, folded, past the common noun that opens it ("keluarga Rajkumar Jaiswal" -> "rajkumar jaiswal")."""
    words = party.split()
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    return fold_name(" ".join(words[first:]))


def _names_the_dead(dead: str, traveller: str) -> bool:
    """Whether a traveller's name is a dead person's: the same name, or a name of two words or more inside it (a dead
    "Ahmad" is not the living "Ahmad Dhani"; "Rajkumar Jaiswal" is "Rajkumar Jaiswal Singh")."""
    return dead == traveller or (len(dead.split()) >= 2 and f" {dead} " in f" {traveller} ")


def _injury_of_the_dead(g: EventGroup, who: list[str], groups: Sequence[EventGroup], parties: Mapping[int, list[str]]) -> bool:
    """Whether an injury befell only named people whose death the story tells on a day that fits it ("Renung mengalami
    luka berat di kepala" of the rider who died on the way to hospital): the wound is how he died, not a second happening
    of the timeline. Injuries of people unnamed ("dua orang luka-luka") are no one's in particular, and stay."""
    named = [n for n in who if not generic(n)]
    if g.type != "INJURE" or not named or len(named) < len(who):
        return False
    deaths = [h for h in groups if h.type == "DIE" and h is not g]
    return all(
        any(
            any(same_name(n, d) for d in parties.get(id(h), ()) if not generic(d))
            and (not g.spans or not h.spans or any(_dates_fit(a, b, 1) for a in g.spans for b in h.spans))
            for h in deaths
        )
        for n in named
    )


# a date of a week ("pekan lalu", "2025-W24"): a range the report writes out ("30 Mei hingga 2 Juni") is a period it
# measures, and a month's or a year's date a lead-up's own
_WEEK = re.compile(r"\d{4}-W\d{2}")


def _recalled_loosely(entry: TimelineEntry, g: EventGroup, first: date | None) -> bool:
    """Whether an entry is dated only to a week ("pekan lalu") that ended before the story's first article, and no
    article's lead tells it: an earlier happening a report recalls as its news's context ("Israel meluncurkan kampanye
    udara mendadak pekan lalu" in a story of China's call to leave Israel), the story's background. A lead that dates
    its own news loosely ("Bobby Nasution bertemu ... pekan lalu") keeps it; a month's or a year's lead-up ("pada Juli,
    Shoigu berkunjung ke Pyongyang") is weighed as any dated history is (``is_background``)."""
    span = interval(entry.when)
    if first is None or span is None or not _WEEK.fullmatch(entry.when) or span[1] >= first:
        return False
    return not any(m.in_lead for m in g.mentions)


def _when_key(entry: TimelineEntry) -> tuple[date, date, str]:
    span = interval(entry.when)
    assert span is not None  # an entry's date is one a mention was dated by
    return span[0], span[1], entry.type


@dataclass
class StoryEvents:
    """What a story's events say: its timeline, its background, and the disagreements over them."""

    timeline: list[TimelineEntry]
    background: list[TimelineEntry]
    conflicts: list[Conflict]


def story_events(
    articles: Sequence[ArticleLike],
    order: Mapping[str, int],
    sources: Mapping[str, str] | None = None,
    config: TimelineConfig | None = None,
) -> StoryEvents:
    """The story's timeline, background and event conflicts.

    ``order``: article id -> its rank in the story; ``sources``: an article -> the source it
    stands for (a near-duplicate copy -> its original; others themselves).
    """
    config = config or TimelineConfig()
    members = [StoryArticle.of(a) for a in articles]
    first = min((a.day for a in members if a.day), default=None)
    groups = group_events(
        _story_mentions(members, order, config), config.slack_days, config.undated_days, config.lead_days, config.clock_minutes
    )
    out = StoryEvents([], [], [])
    places = StoryPlaces(members)  # the names the articles give one place, and what lies in what
    roots = set().union(*(title_roots(a.title or "") for a in members))
    own = lead_kinds(members)
    parties = {id(g): _without_struck_places(g, _participants(g)) for g in groups}
    days = _Days(places)
    causes = causes_told_before(groups, first, config)  # history told as why the story's news came about
    for g in groups:
        who = parties[id(g)]
        if not _worth_an_entry(g, who, groups, parties):
            continue
        entry = _timeline_entry(g, _named_for_commons(g, who, groups, days))
        if entry and not dated_by_its_own_period(entry, first) and not told_as_plan(entry) and not passing(entry, g, len(members), own):
            # a story that leads with a happening (a crash, a drowning) tells its chain in such phrases ("meninggal akibat
            # kecelakaan", "pasca dievakuasi"): only one that leads with none (markets, policy) has a backdrop of them
            backdrop = not own & HAPPENINGS and told_as_backdrop(g, roots)
            context = (
                is_background(entry, g, first, config, own, causes)
                or backdrop
                or recounted(entry, g, first, len(members), config)
                or _recalled_loosely(entry, g, first)
            )
            (out.background if context else out.timeline).append(entry)
        out.conflicts.extend(event_conflicts(g, who, sources or {}, config.clock_minutes, places))
    out.timeline.sort(key=_when_key)
    out.background.sort(key=_when_key)
    return out


def timeline_and_conflicts(articles: Sequence[ArticleLike], order: Mapping[str, int]) -> tuple[list[TimelineEntry], list[Conflict]]:
    """The story's timeline (background apart) and its events' conflicts; ``order``: article id -> its rank in the story."""
    events = story_events(articles, order)
    return events.timeline, events.conflicts
