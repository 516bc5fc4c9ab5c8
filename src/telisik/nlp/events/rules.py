"""The event rules: one pass after the other over each trigger of an article (scope, cast, participants,
setting, whether it counts, status), and the merging of one event's mentions in a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import cache
from itertools import compress, count

from telisik.lang import lower_word_list, table
from telisik.lang.roots import root_candidates
from telisik.nlp.events.context import ContextRules
from telisik.nlp.events.facts import Candidate, Clause, Found, Mention, QuoteSpan, ended_before, status_from_date
from telisik.nlp.events.lexicon import SHARED, TOKEN, Trigger, a_killing
from telisik.nlp.events.normative import an_occasion_for, in_list_of_causes, told_by_a_rule
from telisik.nlp.events.own_count import own_count
from telisik.nlp.events.parties import AGE_GAP, acting_place, naming_words
from telisik.records.events import Event

_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_CALENDAR = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")  # a year, a month or a day: what two dates can be ordered by
_INITIALS = 4  # the most letters of a person's initials ("NN", "MRS") told in place of a name
_NUMBER = re.compile(r"\d")  # a token written with a digit ("2 km": a length)
_CLOCK = re.compile(r"(?<![\d.,])\d{1,2}[.:]\d{2}(?![\d.,])")  # a clock time ("07.55", "09:05"), not "2.500" nor "1.25.3"
_SHORTEST_VERB = 4  # a verb is longer: "di", "dari" are prepositions
_LIST_JOINS = frozenset({",", "atau"})  # besides the joiners: the words between the items of a list ("banjir, longsor atau kebakaran")
_NEAR_MONTHS = 2  # a month told within this many months of a reference is its own time, across a new year too


def _far_apart(value: str, ref: str) -> bool:
    """Whether a date ``value`` is of another year than the reference date ``ref`` (ISO), and not a month just across
    the new year (more than ``_NEAR_MONTHS`` months apart where both give a month: "Desember 2025" on 2 January 2026 is
    last month); never with no reference (an article with no publication date)."""
    if not ref[:4].isdigit() or not value[:4].isdigit() or value[:4] == ref[:4]:
        return False
    if value[5:7].isdigit() and ref[5:7].isdigit():
        return abs(_month_index(value) - _month_index(ref)) > _NEAR_MONTHS
    return True


def _month_index(value: str) -> int:
    """The months since year 0 of an ISO date of at least a month ("2025-12" -> 24312)."""
    return int(value[:4]) * 12 + int(value[5:7])


# flags of triggers that a word of the role of the same name in their sentence turns to another sense than a happening
_OTHER_SENSE = ("market", "forecast", "drill", "disappearance")

# the types of a reporter's own steps: with a news outlet as subject ("detikcom sudah menghubungi ...",
# ``reporting_steps.tsv``) they tell how the news was gathered, no happening
_REPORTING_TYPES = frozenset({"COMMUNICATE", "CONFIRM", "MEET", "VISIT"})
_REPORTING_STEPS = 3  # words at most between the outlet's name and the verb ("masih berupaya untuk")
_OUTLET_REACH = 40  # characters an outlet's name and the noun of its people before it take at most ("Wartawan KOMPAS.com")


@cache
def _reporting_words() -> dict[str, frozenset[str]]:
    """The words of ``reporting_steps.tsv`` by kind: the nouns of an outlet's people, the words before its verb."""
    out: dict[str, set[str]] = {}
    for row in table("id", "reporting_steps.tsv"):
        if len(row) > 1:
            out.setdefault(row[1], set()).add(row[0].lower())
    return {kind: frozenset(words) for kind, words in out.items()}


@cache
def _outlet_tail(media: frozenset[str]) -> re.Pattern[str]:
    """A news outlet's name (``Lexicon.media``) ending a text, as a whole word, in any case ("detikcom", "KOMPAS.com")."""
    names = sorted((re.escape(n) for n in media if len(n) > 2), key=len, reverse=True)
    return re.compile(rf"(?<![\w.])(?i:{'|'.join(names)})$")


_CLAUSE_STOPS = frozenset({",", ";", ":", ".", "?", "!"})  # the punctuation a clause of "sejak" ends at
_PEOPLE = frozenset({"person"})  # the kind of participant noun that names people (event_participants.tsv)
# the types of trips: a vehicle's noun right after a word of means (event_words.tsv, role means: "datang ... dengan sepeda
# motor") is how the travellers went, not who travels; a crash's vehicles stay its parties
_MEANS_TYPES = ("VISIT",)
_HOME_REACH = 5  # words after a trip's trigger that "pulang ke rumahnya" may take ("perjalanan pulang ke rumahnya")
_JUDGED_REACH = 8  # words after a trigger searched for a copula judging it ("... oleh Israel merupakan kejahatan")
_MOVED_REACH = 8  # words after an evacuation searched for what it moves ("evakuasi dan pemusnahan senjata peledak")
_MISHAP_TYPES = frozenset({"ACCIDENT"})  # mishaps, whose active verb after an attack in its sentence is the assault's
_RECUR_REACH = 8  # words searched after a trigger for a denied coming back ("cedera Rizky juga tidak parah dan tidak kambuh")
_TRAFFIC_COUNT = 1000  # travellers counted by the thousand with nobody named are traffic, no one's trip
_APPOSED_REACH = 8  # words searched back from a comma for the noun of people a name set off after it stands for
_LIST_GAPS = frozenset({"", "dan", "serta"})  # what stands between two names of a list, commas stripped
_LIST_JOINERS = frozenset({"dan", "serta"})  # the words joining the last name of a list
_VEHICLE = frozenset({"vehicle"})  # the kind of participant noun that names what travels and crashes (event_participants.tsv)
_ARSON = re.compile(
    r"\b(?:" + "|".join(re.escape(p) for p in sorted(lower_word_list("id", "arson_words.txt"), key=len, reverse=True)) + r")(?:nya)?\b"
)  # a fire set on purpose (``_arson``)
# words before an arrest word and after it searched for an animal ("Ular sanca kembang itu kata warga berhasil
# ditangkap", "menangkap seekor buaya"): an animal caught, no arrest
_QUARRY_BEFORE, _QUARRY_AFTER = 8, 3
_JOINT_REACH = 15  # words looked at each side of "bekerja sama" for the agent of a passive or a joint act (_joint_act)
_CONTENT_REACH = 3  # words at most between "yang" and a speech act telling what a message says (", yang isinya menyerukan")
_MESSAGE_REACH = 20  # words at most between a message's trigger and the "yang" of a clause telling what it says
_MESSAGE_TYPES = frozenset({"COMMUNICATE"})  # acts sending a message: a speech act in a relative clause on it is its content
_MOVED_RANK = {"place": 0, "destination": 0, "source": 1}  # the places of people moved, by how a preposition puts them
_OTHER_SIDE_REACH = 3  # words at most from the trigger to the noun of a clash's other side ("bentrok dengan ratusan polisi")
_ATTRIBUTION_WORDS = 12  # words after a quote read as its attribution ("kata JPU saat membacakan tuntutan")


@cache
def _interval_words(kind: str) -> frozenset[str]:
    """The words of ``event_intervals.tsv`` of one kind: "unit" ("hari", "sepekan"), "hour" ("jam"), "order" ("setelah")."""
    return frozenset(row[0].lower() for row in table("id", "event_intervals.tsv") if len(row) > 1 and row[1] == kind)


@cache
def _naming_passives() -> frozenset[str]:
    """Passive verbs that name whom they tell of, no doer ("diketahui", "diidentifikasi", ``naming_passives.txt``)."""
    return frozenset(lower_word_list("id", "naming_passives.txt"))


def _is_object_place(m: Mention) -> bool:
    """Whether ``m`` can be the place a verb's object names ("mengunjungi Rusia", "mengunjungi Kantor Kemenaker";
    not "dari Rusia", not a title)."""
    return m.type in ("LOC", "ORG") and m.prep != "source" and not (m.scene or m.modifier)


def _trip_place(places: list[Mention], start: int, visit: bool, depart: bool = False) -> tuple[str | None, bool]:
    """The place a preposition makes a trip's or an attack's: "ke", else "di" (after the trigger first),
    else, for a trip, "dari" (then it is where the trip starts). A departure's "dari" after its verb comes first:
    "berangkat dari Bandara King Abdul Aziz Jeddah ... dan diperkirakan tiba di Bandara Kualanamu" leaves Jeddah."""
    locs = [m for m in places if m.type == "LOC"]
    after = [m for m in locs if m.start >= start]
    origin = _first_of(after, "source") if depart else None
    if origin is not None:
        return origin, True
    for prep in ("destination", "place"):
        hit = _first_of(after, prep) or _first_of(locs, prep)
        if hit:
            return hit, False
    # the "dari" after the trip's verb is where it starts ("konvoi yang diikuti peserta dari Aljazair ... berangkat dari ibu
    # kota Tunisia"): one before it tells where its travellers come from
    src = _first_of(after, "source") or _first_of(locs, "source")
    return (src, True) if src and visit else (None, False)


@cache
def _traveller_place_heads() -> frozenset[str]:
    """Nouns for travellers a place name after them describes ("jamaah haji khusus Indonesia"), ``traveller_place_heads.txt``."""
    return lower_word_list("id", "traveller_place_heads.txt")


def _first_of(places: list[Mention], prep: str) -> str | None:
    """The name of the first of ``places`` after a preposition of kind ``prep`` ("destination", "place", "source")."""
    return next((m.name for m in places if m.prep == prep), None)


def _acts(m: Mention, trig: Trigger, end: int) -> tuple[bool, bool]:
    """Whether mention ``m`` of a trigger's clause is (an actor, a place) of its event."""
    if trig.type == "VISIT" and m.start >= end and (m.type == "LOC" or (m.type == "ORG" and not m.prep and "object" in trig.flags)):
        return False, True  # the places a trip goes to are not its travellers: "mengunjungi Kantor Kemenaker", "ke Rusia"
    if "setting" in trig.flags and m.type == "LOC":
        return False, m.prep != "source"  # people die and buses crash somewhere: a place is where, not who
    if m.type == "PER" and m.prep in ("place", "destination") and "parties" not in trig.flags:
        return False, True  # "mengungsi di aula Mushola Mujahidin", "dibawa ke Rumah Sakit Dr. Cipto ...": a place named after someone
    if not m.prep or m.type == "PER" or (m.prep == "source" and trig.type != "VISIT"):
        return True, False  # "pejabat dari AS dan Tiongkok akan bertemu": where they come from is who they are
    if ("parties" in trig.flags and m.prep in ("destination", "source")) or "target" in trig.flags:
        return True, True
    return False, True


def _without_legs(found: list[Found], carriers: tuple[str, ...]) -> list[Found]:
    """The events less the trips of an evacuation or an accident told in its sentence ("pesawat dengan 148 orang yang
    dievakuasi ... mendarat di Sofia", "sayap pesawat menabrak pagar saat mendarat di Kalamata"): the landing is the
    evacuation's or the mishap's, not a visit."""
    carried = {ev.sentence for ev in found if ev.type in carriers}
    return [ev for ev in found if not (ev.type == "VISIT" and ev.sentence in carried)]


def _without_retold(found: list[Found], types: tuple[str, ...], is_named: Callable[[str], bool]) -> list[Found]:
    """The events less a death or an injury of named people told again with nothing new ("seorang wanita berinisial APW
    tewas akibat kebakaran di Kebon Baru ... 'Korban meninggal APW,' kata ..."): the same victims, no other place, no other
    day; one that adds a place or a day stays (the annotation's rule for a mention that refers back). A common noun
    capitalised at a sentence's start ("Warga tewas ...") names no one: ``is_named`` tells a name."""
    told: dict[tuple[str, tuple[str, ...]], list[Found]] = {}
    out = []
    for ev in found:
        named = ev.type in types and any(is_named(w) for w in ev.who)
        key = (ev.type, tuple(ev.who))
        if named and any(_adds_nothing(ev, before) for before in told.get(key, ())):
            continue
        told.setdefault(key, []).append(ev)
        out.append(ev)
    return out


def _adds_nothing(ev: Found, before: Found) -> bool:
    """Whether ``ev`` gives no place and no day that ``before`` did not."""
    return ev.where in (None, before.where) and ev.when in (None, before.when)


class EventRules(ContextRules):
    """The event rules over one document's facts."""

    weapon_count: int | None = None  # the article's words of weapons, counted when first asked (``_at_war``)
    attack_count: int = 0  # the article's attack triggers, counted with ``weapon_count``
    court_told: bool | None = None  # whether the article speaks of a court, read when first asked (``_in_court``)
    arson_told: bool | None = None  # whether the article tells a fire set on purpose, read when first asked (``_arson``)
    reader_at: list[int] | None = None  # where the article addresses the reader outside quotes (``_addresses_the_reader``)
    found_so_far: Sequence[Found] = ()  # the events found so far in the article, in text order (``events``)

    def events(self) -> list[Event]:
        """The article's events in text order, one per clause (mentions of one event in a sentence merged)."""
        found: list[Found] = []
        self.found_so_far = found  # read by ``_told_before``
        triggers = self.find_triggers()  # first: an article with none (some two in five) needs no other fact
        if not triggers or self.told_as_fiction() or self.told_as_hoax():
            return []  # a synopsis or a film's plot, a hoax debunked: what its characters or its claim tell is no news
        self.trigger_at = [(self.starts[i], self.ends[j - 1], t.type) for i, j, t, _ in triggers]
        self.trigger_tokens = frozenset(i for i, _, _, _ in triggers)
        anaphor = self.lex.roles.get("anaphor", frozenset())
        self.remention_type = {i: t.type for i, j, t, _ in triggers if j < len(self.low) and self.low[j] in anaphor}
        for i, j, trig, nya in triggers:
            ev = self._event(i, j, trig, nya)
            if ev is None or self._content_of_message(ev, trig, found):
                continue
            same = (prev for prev in reversed(found) if prev.sentence == ev.sentence)
            if any(self._merge(prev, ev) for prev in same):
                continue
            found.append(ev)
            self.last_of_type[ev.type] = ev
        self._placed_after(found)
        self._share_scene(found)
        self._placed_at_the_scene(found)
        self._date_by_match(found)
        kept = _without_retold(_without_legs(found, self.cfg.leg_types), self.cfg.fate_types, self._names_someone)
        # after the re-mentions are weighed: the body's mention that gives the lead's happening its day adds that day
        self._lead_dated_by_body(kept)
        return [self._record(ev) for ev in kept]

    def _content_of_message(self, ev: Found, trig: Trigger, found: list[Found]) -> bool:
        """Whether the speech act ``ev`` stands in a relative clause telling what a message told just before in its
        sentence says ("mengirimkan surat resmi kepada FIFA dan AFC, yang menyerukan transparansi"): one act, the
        message's, not a second happening. The message is an act of ``_MESSAGE_TYPES`` by the same first party, with
        "yang" (role relative) at most ``_CONTENT_REACH`` words before the speech act and no other trigger between."""
        if "speech" not in trig.flags:
            return False
        i, relative = self.tok(ev.start), self.lex.roles.get("relative", frozenset())
        rel = next((k for k in range(i - 1, max(i - 1 - _CONTENT_REACH, -1), -1) if self.low[k] in relative), None)
        if rel is None or any(w in _CLAUSE_STOPS and w != "," for w in self.low[rel:i]) or self._person_before(rel):
            return False
        for prev in reversed(found):
            if prev.sentence != ev.sentence:
                return False
            if prev.type in _MESSAGE_TYPES and prev.who[:1] == ev.who[:1] and self._message_before(prev, rel):
                return True
        return False

    def _person_before(self, rel: int) -> bool:
        """Whether a person's name ends right before the "yang" at token ``rel`` (a comma between): the clause tells what
        that person did, not what a message says ("menelepon Menlu Iran Abbas Araghchi, yang memperingatkan ...")."""
        k = rel - 1 if rel > 0 and self.low[rel - 1] == "," else rel
        return any(m.type == "PER" and self.tok(m.end) == k for m in self.mentions)

    def _message_before(self, prev: Found, rel: int) -> bool:
        """Whether the message's trigger ``prev`` ends at most ``_MESSAGE_REACH`` words before the "yang" at token ``rel``,
        with no sentence-inner stop (";", ":") nor another trigger between."""
        k = self.tok(prev.end)
        if not 0 <= rel - k <= _MESSAGE_REACH or any(w in (";", ":") for w in self.low[k:rel]):
            return False
        return not any(prev.end <= a < self.starts[rel] for a, _, _ in self.trigger_at)

    def _names_someone(self, word: str) -> bool:
        """Whether a participant word is a name the article knows, or initials ("RS"), not a common noun capitalised at a
        sentence's start ("Warga", "Sopir") nor an abbreviation naming no one ("WNI", role acronym)."""
        return word in self.type_of or (word.isupper() and word.lower() not in self.lex.roles.get("acronym", frozenset()))

    def _placed_after(self, found: list[Found]) -> None:
        """A sentence that only places and dates the happening just told ("Diketahui insiden itu terjadi di area parkir
        Pakuwon Mall, Yogyakarta, pada 6 Juni 2025", ``event_words.tsv``, role scene_noun, then an anaphor and a word of
        happening) gives its place and date to the events before it that have none of their own, back to one that has."""
        scene = set(self.cfg.scene_types)
        for sent in self._scene_sentences():
            s0, s1 = self.sents[sent]
            place = next((m.name for m in self.mentions if s0 <= m.start < s1 and m.type == "LOC" and m.prep == "place"
                          and not m.skip), None)  # fmt: skip
            day = next(((t0, t1, v) for t0, t1, v in self.timexes if s0 <= t0 < s1 and v and _DAY.match(v)), None)
            if place is None and day is None:
                continue
            for ev in reversed([ev for ev in found if ev.sentence < sent and ev.type in scene]):
                if ev.when_span is not None or ev.where is not None:
                    break  # a happening placed or dated already: the sentence is about it or a later one
                ev.where = place
                if day is not None:
                    self._give_date(ev, day[2], (day[0], day[1]))

    def _give_date(self, ev: Found, value: str | None, span: tuple[int, int] | None) -> None:
        """Gives ``ev`` the date ``value`` (its text at ``span``) another sentence tells, unless that comes after a date its
        own sentence states (``_after_its_telling``)."""
        if not self._after_its_telling(ev, value):
            ev.when, ev.when_span = value, span

    def _after_its_telling(self, ev: Found, value: str | None) -> bool:
        """Whether ``value``, a date another sentence would give ``ev`` (an event with none of its own), falls after a
        date that ``ev``'s own sentence states before its trigger, at the coarser precision of the two: a happening comes
        no later than the day it is told on, nor than the time its sentence is set in. "Iran pada Minggu (15/6) menyatakan
        bahwa serangan Israel telah menewaskan 224 orang" tells deaths of 15 June or before, not of a lead's Thursday 19
        June; "Dalam insiden sebelumnya pada Mei, turis lain ditangkap setelah menabrakkan BMW" a crash of May. A date past
        the trigger may be that of a cause it follows ("bentrokan selama akhir pekan ... yang dipicu oleh operasi imigrasi
        pada hari Jumat"); a date after "sejak" starts a span the happening may come after ("dirawat sejak Senin (9/6) ...
        meninggal dunia"); a clock time's day is only carried over from an earlier date, not stated; the day an outlet
        was cited on ("Dikutip dari AP, Senin (16/5)") is the outlet's, a slip in it no bound."""
        given = _CALENDAR.fullmatch((value or "").split("/")[0])
        if given is None:
            return False
        s0 = self.sents[ev.sentence][0]
        for timex in self.timexes[bisect_left(self.timex_starts, s0) : bisect_left(self.timex_starts, ev.start)]:
            told = _CALENDAR.fullmatch((timex[2] or "").split("/")[-1])
            if told is None or self._starts_a_period(timex[0]) or self.cites_on(timex):
                continue
            n = min(len(given[0]), len(told[0]))
            if given[0][:n] > told[0][:n]:
                return True
        return False

    def _of_another_time(self, s0: int, s1: int) -> bool:
        """Whether the first date of the text s0..s1 is no day and of another year than the publication ("Peristiwa itu
        terjadi pada Desember 1998, ketika ..."): the sentence places a happening of then, not the one just told."""
        value = next((v for t0, _, v in self.timexes if s0 <= t0 < s1 and v and v[:4].isdigit()), None)
        return value is not None and not _DAY.match(value) and _far_apart(value, self.published or "")

    def _scene_sentences(self) -> list[int]:
        """The sentences that open (after at most ``scene_opening`` words) with a noun of a happening, an anaphor and a word
        of happening ("Peristiwa itu terjadi ...", "Diketahui insiden tersebut terjadi ..."); not one dated to another
        time (``_of_another_time``: "Peristiwa itu terjadi pada Desember 1998, ketika ...": a happening of then)."""
        roles = self.lex.roles
        nouns, anaphor, happen = (roles.get(r, frozenset()) for r in ("scene_noun", "anaphor", "happen"))
        low, last = self.low, len(self.low) - 2
        if not any(k < last and low[k + 1] in anaphor and low[k + 2] in happen for k in compress(count(), map(nouns.__contains__, low))):
            return []  # no such three words anywhere: most articles (one C-level pass instead of one look a sentence)
        out = []
        for sent, (s0, _) in enumerate(self.sents):
            k0 = self.tok(s0)
            for k in range(k0, min(k0 + self.cfg.scene_opening + 1, len(self.low) - 2)):
                if self.low[k] in nouns and self.low[k + 1] in anaphor and self.low[k + 2] in happen:
                    out.append(sent)
                    break
        return [sent for sent in out if not self._of_another_time(*self.sents[sent])]

    def _share_scene(self, found: list[Found]) -> None:
        """An event of a happening with no date or place of its own takes those of the event of that
        happening before it in its paragraph: "Penembakan massal terjadi di ... Graz, pada Selasa (10/6).
        Sedikitnya delapan orang tewas ..." is a death in Graz on that Tuesday."""
        scene = set(self.cfg.scene_types)
        last: Found | None = None
        lead: Found | None = None  # the article's first dated happening: what its later reports of deaths, injuries ... are about
        for ev in found:
            if ev.type not in scene:
                continue
            source = self._scene_source(ev, last, lead)
            if source is not None:
                # a cause is not of the day of the closure it caused ("87 penerbangan dibatalkan ... Rabu, 18 Juni akibat
                # erupsi Gunung Lewotobi": the eruption is not of that Wednesday)
                effect = ev.type in self.cfg.distant_causes and source.type in self.cfg.own_place_types
                if ev.when_span is None and source.when_span is not None and not effect:
                    self._give_date(ev, source.when, source.when_span)
                if ev.type not in self.cfg.own_place_types or source.type not in self.cfg.distant_causes:
                    ev.where = ev.where or source.where
            last = ev
            if lead is None and ev.when_span is not None:
                lead = ev

    def _placed_at_the_scene(self, found: list[Found]) -> None:
        """An event with no place of its own whose sentence puts it at the scene ("di lokasi kejadian", "di TKP":
        ``event_words.tsv``, role scene_place) takes the place of the last happening placed before it, and its day where
        it has none ("Kecelakaan terjadi di Jalan Raya Tuban, Senin (16/6) ... Sopir truk diamankan polisi di lokasi
        kejadian": held on that road, on the spot)."""
        scene, source = set(self.cfg.scene_types), None
        for ev in found:
            if ev.where is None and source is not None and self._at_the_scene(ev.sentence):
                ev.where = source.where
                if ev.when_span is None:
                    self._give_date(ev, source.when, source.when_span)
            if ev.type in scene and ev.where is not None and self._placed_by_di(ev.where):
                source = ev  # a place the article puts things at, not a nationality or an organisation read as the scene

    def _placed_by_di(self, name: str) -> bool:
        """Whether the article names ``name`` as a place after "di" somewhere ("di Jalan Raya Tuban"; not "pria Inggris")."""
        return any(m.name == name and m.type == "LOC" and m.prep == "place" for m in self.mentions)

    def _at_the_scene(self, sent: int) -> bool:
        """Whether a phrase of the scene (role scene_place) stands right after "di" in sentence ``sent``."""
        words, k0, k1 = self.lex.words, *map(self.tok, self.sents[sent])
        return any(self.low[k] == "di" and words.at(self.low, k + 1)[1] == "scene_place" for k in range(k0, k1 - 1))

    def _scene_source(self, ev: Found, last: Found | None, lead: Found | None) -> Found | None:
        """The event of the same happening ``ev`` takes its date and place from: the one before it in its paragraph, but
        one set apart from it in time ("Kecelakaan itu terjadi beberapa hari setelah pesawat Air India jatuh di
        Ahmedabad, menewaskan 241 orang": the deaths are not of the day of the first crash); else none where its
        paragraph opens with a day of its own (``_dated_by_paragraph``); else the article's lead (``_of_the_lead``)."""
        if last is not None and last.paragraph == ev.paragraph:
            return None if self._apart_in_time(last, ev) else last
        if self._dated_by_paragraph(ev):
            return None
        return lead if self._of_the_lead(ev, lead) else None

    def _apart_in_time(self, before: Found, ev: Found) -> bool:
        """Whether a unit of time and a word of order (``event_intervals.tsv``: "beberapa hari setelah", "sepekan
        sebelum", "beberapa jam setelah") stand between the trigger of ``before`` and that of ``ev``: ``ev`` is of another
        day."""
        units, order = _interval_words("unit") | _interval_words("hour"), _interval_words("order")
        lo, hi = self.tok(before.end), self.tok(ev.start)
        return any(self.low[k] in order and self.low[k - 1] in units for k in range(max(lo, 1), hi))

    def _dated_by_paragraph(self, ev: Found) -> bool:
        """Whether the paragraph of ``ev``, an event with no date of its own told after its first sentence, opens with a
        day (within ``paragraph_date_reach`` words) in a sentence that reports no statement: that day, and the first
        place after "di" of that sentence where ``ev`` has none, are its own, not the lead's ("Pada tanggal 7 Juni,
        sebuah helikopter ... mendarat darurat di Lembah Kedarnath. Pilotnya terluka ...": hurt on 7 June)."""
        if ev.when_span is not None:
            return False
        first = bisect_left(self.sent_starts, self.line_starts[ev.paragraph])
        if first >= ev.sentence:
            return False
        s0, s1 = self.sents[first]
        k0 = self.tok(s0)
        reach = self.starts[k0 + self.cfg.paragraph_date_reach] if k0 + self.cfg.paragraph_date_reach < len(self.starts) else s1
        day = next((t for t in self.timexes if s0 <= t[0] < min(s1, reach) and _DAY.fullmatch(t[2] or "")), None)
        if day is None or self.cites_on(day) or self._reports_in(k0, self.tok(s1)) or self._after_its_telling(ev, day[2]):
            return False
        ev.when, ev.when_span = day[2], (day[0], day[1])
        if ev.where is None:
            ev.where = next((m.name for m in self.mentions if s0 <= m.start < s1 and m.type == "LOC" and m.prep == "place"
                             and not (m.skip or m.scene or m.modifier)), None)  # fmt: skip
        return True

    def _reports_in(self, k0: int, k1: int) -> bool:
        """Whether a word of saying or reporting (roles said, report) stands in tokens k0..k1: the sentence dates a statement."""
        said, report = self.lex.roles.get("said", frozenset()), self.lex.roles.get("report", frozenset())
        return any(w in said or w in report for w in self.low[k0:k1])

    def _of_the_lead(self, ev: Found, lead: Found | None) -> bool:
        """Whether an event told in another paragraph than the article's first dated happening may take its date and
        place: only when the lead dates it to a day. A lead dated by a week ("Israel mulai menyerang Iran ... sepekan
        lalu") tells the background of what follows, not its day ("... saat mengumumkan penutupan sementara Kedubes"). An
        event with a place of its own is another happening, but people moved from the lead's place are the lead's
        ("Evakuasi WNI di Iran tahap pertama mulai hari ini ... kesiapan pemulangan 386 WNI dari Iran")."""
        if lead is None or not _DAY.match(lead.when or "") or ev.when_span is not None:
            return False
        if ev.where is not None and not (ev.type in self.cfg.journey_types and ev.where == lead.where):
            return False
        return not self._of_another_year(ev, lead)

    def _of_another_year(self, ev: Found, lead: Found) -> bool:
        """Whether the last date told before ``ev``, after the lead's, in its sentence or the one before, is of another year
        than the lead's: "... terjadi pada Desember 1998, ketika Pesawat Thai Airways TG261 jatuh ... Pesawat itu kemudian
        jatuh ke rawa, menewaskan 101 orang" tells the crash of 1998, not the lead's of 12 June. A year told further back
        ("... sejak invasi Rusia dimulai pada tahun 2022. Video ... Sehari setelah serangan, ...") is background."""
        first = self.sents[max(0, ev.sentence - 1)][0]
        told = [v for t0, _, v in self.timexes if max(first, lead.end) <= t0 < ev.start and v and v[:4].isdigit()]
        return bool(told) and _far_apart(told[-1], lead.when or "")

    def _date_by_match(self, found: list[Found]) -> None:
        """In a match report, an injury told with no date of its own happens in the match: on the day the lead gives
        ("Jepang vs Indonesia ... Selasa (10/6/2025)"; "Kevin Diks ditarik keluar karena cedera")."""
        if not self.sporty or not any(ev.type in self.cfg.match_types and ev.when_span is None for ev in found):
            return
        lead_end = self.sents[min(len(self.sents), self.cfg.lead_sentences) - 1][1]
        day = next((t for t in self.timexes if t[0] < lead_end and self._match_day(t[2])), None)
        if day is None:
            return
        for ev in found:
            if ev.type in self.cfg.match_types and ev.when_span is None:
                self._give_date(ev, day[2], (day[0], day[1]))

    def _lead_dated_by_body(self, found: list[Found]) -> None:
        """A happening the article's first paragraph tells with no date ("Kecelakaan maut terjadi di Tol Paspro ...")
        takes the day of the first later event of its type that has one ("Dilansir detikJatim, kecelakaan terjadi pada
        Sabtu (14/6/2025)"): the lead tells what the news is of, the body gives its day. A happening of the lead with no
        later event of its type takes the day of the one told right before it in the lead ("... Dua orang meninggal
        dunia": in that crash), as ``_share_scene`` does."""
        dated, scene = self.cfg.dated_types, self.cfg.scene_types
        last: Found | None = None
        for n, ev in enumerate(found):
            if ev.paragraph > 0:
                return
            if ev.when_span is None and ev.type in dated and ev.status == "occurred":
                source = self._dating_later(found, n)
                if source is None and ev.type in scene and last is not None and self._same_day(last, ev):
                    source = last
                if source is not None:
                    self._give_date(ev, source.when, source.when_span)
            if ev.type in scene:
                last = ev

    def _same_day(self, before: Found, ev: Found) -> bool:
        """Whether ``ev`` happened on the day of the dated happening told right before it in the lead: not one set apart in
        time, nor a cause after the closure it caused ("membatalkan penerbangan ... pada Rabu, 18 Juni 2025 akibat erupsi
        Gunung Lewotobi": the eruption is not of that Wednesday, as in ``_share_scene``)."""
        if before.when_span is None or self._apart_in_time(before, ev) or self.told_as_cause(self.tok(ev.start)):
            return False
        # "... terjebak di kerajaan Saudi setelah wilayah udara Iran ditutup": a happening told after a word of order came
        # before the one it follows
        order = _interval_words("order")
        if any(w in order for w in self.low[self.tok(before.end) : self.tok(ev.start)]):
            return False
        return not (ev.type in self.cfg.distant_causes and before.type in self.cfg.own_place_types)

    def _dating_later(self, found: list[Found], n: int) -> Found | None:
        """The first event after ``found[n]`` of its type with a date: its day when that is the news's (``_news_day``) and
        the two share someone where both name people (not two happenings of the type); else None."""
        ev = found[n]
        later = next((e for e in found[n + 1 :] if e.type == ev.type and e.when_span is not None), None)
        if later is None or not self._news_day(later.when) or self._other_people(ev, later):
            return None
        return later

    def _news_day(self, value: str | None) -> bool:
        """Whether a date value is a day at most ``lead_back_days`` before the publication day, not after it: the day of
        what the news is of, not of a happening of another time the article goes on to tell."""
        if not value or not _DAY.fullmatch(value) or not _DAY.fullmatch(self.published[:10]):
            return False
        gap = (date.fromisoformat(self.published[:10]) - date.fromisoformat(value)).days
        return 0 <= gap <= self.cfg.lead_back_days

    def _other_people(self, ev: Found, source: Found) -> bool:
        """Whether both events name someone and share no one: they tell two happenings."""
        named, named_then = [w for w in ev.who if self._names_someone(w)], [w for w in source.who if self._names_someone(w)]
        return bool(named and named_then) and not set(named) & set(named_then)

    def _match_day(self, value: str | None) -> bool:
        """Whether a date value is a day at most ``match_days`` before the publication day: the match just reported
        (not a preview's coming match, not the injury of a month ago)."""
        if not value or not _DAY.fullmatch(value) or not _DAY.fullmatch(self.published[:10]):
            return False
        gap = (date.fromisoformat(self.published[:10]) - date.fromisoformat(value)).days
        return 0 <= gap <= self.cfg.match_days

    def _record(self, ev: Found) -> Event:
        ss, se = self.sents[ev.sentence]
        when_span = list(ev.when_span) if ev.when_span else None
        text = self.text
        trigger, sentence = text[ev.start : ev.end], text[ss:se].strip()
        return Event(
            ev.type, trigger, ev.who, ev.where, ev.when, ev.status, when_span, ev.start, ev.end, sentence, ev.phase,
            count=ev.count, counted=ev.counted,
        )  # fmt: skip

    def _event(self, i: int, j: int, trig: Trigger, nya: bool) -> Found | None:
        """The event of the trigger in tokens i..j, or None when it is no event (see the module docstring):
        one pass after the other over the candidate."""
        cand = self._candidate(i, j, trig, nya)
        if cand is None:
            return None
        self._cast(cand)
        self._participants(cand)
        self.drop_places(cand)
        self._setting(cand)
        if "struck" in trig.flags and cand.where and self._erupts(cand.where, cand.places, cand.i) and cand.where not in cand.who:
            cand.who = [cand.where, *cand.who][: self.cfg.max_who]  # "Gunung Raung erupsi": the mountain erupts, where and who
        if trig.type == "VISIT" and cand.where in cand.who:
            cand.who = [n for n in cand.who if n != cand.where]  # "melanjutkan perjalanannya ke Cina": Cina is no traveller
        self._unnamed(cand)
        self.enforcer_first(cand)
        if not self._counts(cand):
            return None
        status = self._status(i, j, cand.c0, cand.c1, cand.noun, cand.when)
        if status == "occurred" and self._under_way(i, trig, cand.when, cand.when_span):
            status = "ongoing"  # "dalam perjalanan menuju Timur Tengah": left, not arrived
        if status == "occurred" and self._dated_ahead(cand.when_span):
            status = "planned"  # "akan turun, Kamis besok (19/6) ke lapangan menemui ...": the day told lies ahead
        # leaving a place and arriving at another are two steps of a trip, dated apart
        phase = "depart" if trig.type == "VISIT" and ("depart" in trig.flags or cand.origin) else None
        typ = self._event_type(cand)
        found = Found(typ, cand.start, cand.end, cand.sent, cand.who, cand.where, cand.when, status, cand.when_span, phase)
        found.count, found.counted, found.paragraph = cand.count, cand.counted, self.paragraph_of(cand.start)
        found.others = cand.others
        return found

    def _event_type(self, cand: Candidate) -> str:
        """The type of the event of ``cand``: its trigger's, unless its sentence tells it is of another."""
        trig, i, j = cand.trig, cand.i, cand.j
        typ = "CHARGE" if trig.type == "SENTENCE" and self._demanded(cand.quote) else trig.type
        if "drown" in trig.flags and self._drowned_person(cand):
            typ = "DIE"  # "bocah itu tenggelam di Kali Angke": a person drowns, a death (GOLD), no crash nor capsizing
        if typ == "CLOSE" and self._of_a_licence(i, j):
            typ = "SANCTION"  # "Lisensi kedua pilot itu telah ditangguhkan": a licence suspended is a sanction, nothing shut
        if typ in _MISHAP_TYPES and self._in_an_assault(i, cand.sent):
            typ = "ATTACK"  # "menyerang orang yang lewat dan menabrak kendaraan": the ramming is the assault's, no mishap
        return typ

    def _dated_ahead(self, span: tuple[int, int] | None) -> bool:
        """Whether the date at characters ``span`` says in words that its day lies ahead (role ahead: "Kamis besok (19/6)",
        "pekan depan"; not "esok harinya", the day after a day told)."""
        if span is None:
            return False
        ahead, k1 = self.lex.roles.get("ahead", frozenset()), self.tok(span[1])
        return any(self.low[k] in ahead and (k + 1 >= len(self.low) or self.low[k + 1] != "harinya") for k in range(self.tok(span[0]), k1))

    def _of_a_licence(self, i: int, j: int) -> bool:
        """Whether a word of a licence (role licence, ``event_words.tsv``) stands right after the closure's trigger at
        tokens i..j, past a count ("menangguhkan izin operasional", "penutupan 4 IUP tambang") or before it in its sentence,
        up to a comma or a word opening another clause ("Lisensi kedua pilot yang menerbangkan helikopter itu telah
        ditangguhkan"), and is no licence held or served (role licence_held before it: "Konser yang sudah mengantongi izin
        ... dibatalkan", "Layanan pembuatan paspor ... ditutup": the concert, the service closed)."""
        roles = self.lex.roles
        licence = roles.get("licence", frozenset())
        o = j + 1 if j + 1 < len(self.low) and self.low[j][:1].isdigit() else j
        if o < len(self.low) and self.low[o] in licence:
            return True
        stops = roles.get("break", frozenset()) | roles.get("clause", frozenset())
        s0 = self.tok(self.sents[bisect_right(self.sent_starts, self.starts[i]) - 1][0])
        for k in range(i - 1, max(s0, i - self.cfg.window_place) - 1, -1):
            if self.low[k] in _CLAUSE_STOPS or self.low[k] in stops:
                return False
            if self.low[k] in licence:
                return k == s0 or self.low[k - 1] not in roles.get("licence_held", frozenset())
        return False

    def _under_way(self, i: int, trig: Trigger, when: str | None, span: tuple[int, int] | None) -> bool:
        """Whether the trip's noun at token ``i`` follows a word of being under way ("dalam perjalanan menuju ..."), not
        opening a sentence or a clause ("Dalam perjalanan ke Jepang, Presiden bertemu ...": it dates another act) and not
        dated after it before publication ("dalam perjalanan ke Rusia pada Rabu" told on Friday: over; a date before it
        is the clause's before, "meninggalkan Selat Malaka pada Kamis dan kini dalam perjalanan ...")."""
        if "underway" not in trig.flags or i < 1 or self.low[i - 1] not in self.lex.roles.get("underway", frozenset()):
            return False
        k = i - 1
        opens = self.starts[k] in self.sent_start_set or (k > 0 and self.low[k - 1] == ",")
        dated_past = span is not None and span[0] > self.starts[i] and ended_before(when, self.published)
        return not opens and not dated_past

    def _in_an_assault(self, i: int, sent: int) -> bool:
        """Whether the active verb of a mishap at token ``i`` ("menabrak") follows an attack's trigger in its sentence: one
        doer assaults and rams ("Pria itu ... menyerang orang yang lewat dan menabrak kendaraan")."""
        if not self._active(i):
            return False
        s0 = self.sents[sent][0]
        return any(typ == "ATTACK" and s0 <= a < self.starts[i] and self._one_act_with(self.tok(a), i) for a, _, typ in self.trigger_at)

    def _one_act_with(self, a: int, i: int) -> bool:
        """Whether the attack's trigger at token ``a`` and the mishap's at ``i`` tell one act: no punctuation nor a word
        opening another clause between ("menyerang Gaza, sementara di Tol Cipali sebuah bus menabrak truk"; "hendak
        menyerang polisi sebelum mobilnya menabrak pembatas": two happenings), and the attack is not one only told as
        ahead ("hendak menyerang": a plan rams nothing)."""
        roles = self.lex.roles
        joins = roles.get("break", frozenset()) | roles.get("clause", frozenset())
        if any(self.low[t] in _CLAUSE_STOPS or self.low[t] in joins for t in range(a + 1, i)):
            return False
        ahead = self.lex.status.ending_at(self.low, a - 1) if a > 0 else (0, "")
        # "menggunakan tongkat kayu untuk menyerang orang ... dan menabrak kendaraan": the purpose of a use is the act done
        return ahead[1] != "planned" or self._purpose_of_a_use(a - ahead[0]) is not None

    def _erupts(self, place: str, places: Sequence[Mention] = (), trigger: int = -1) -> bool:
        """Whether a place is a mountain (``event_words.tsv``, role volcano): what a disaster strikes there is its own.
        A mountain's name may leave out the common noun written before it in lower case ("erupsi gunung Lewotobi",
        "letusan gunung berapi Marapi": role volcano_kind between): one of ``places`` so named is the mountain of an
        eruption, a trigger at token ``trigger`` of role eruption ("banjir melanda kawasan gunung Sindur" floods a town)."""
        volcano = self.lex.roles.get("volcano", frozenset())
        words = place.lower().split()
        if words and words[0] in volcano:
            return True
        if trigger < 0 or self.low[trigger] not in self.lex.roles.get("eruption", frozenset()):
            return False
        return any(m.name == place and self._after_mountain_word(m.token, volcano) for m in places)

    def _after_mountain_word(self, k: int, heads: frozenset[str]) -> bool:
        """Whether token ``k`` is, or follows, a word of ``heads``, words of role volcano_kind between ("gunung berapi")."""
        kinds = self.lex.roles.get("volcano_kind", frozenset())
        before = k - 1
        while before >= 0 and self.low[before] in kinds:
            before -= 1
        return self.low[k] in heads or (before >= 0 and self.low[before] in heads)

    def _demanded(self, quote: QuoteSpan | None) -> bool:
        """Whether a quote is the prosecutor's demand read out: a word of the demand in the attribution after it, in its
        sentence ("'Menjatuhkan pidana terhadap terdakwa ... ,' kata JPU saat membacakan tuntutan")."""
        if quote is None or not quote.direct:
            return False
        demand = self.lex.roles.get("demand", frozenset())
        k = self.tok(quote.end)
        for w in self.low[k : k + _ATTRIBUTION_WORDS]:
            if w in (".", "!", "?"):
                return False  # the attribution ends with its sentence
            if w in demand:
                return True
        return False

    def _candidate(self, i: int, j: int, trig: Trigger, nya: bool) -> Candidate | None:
        """The trigger's sentence, scope and clause; None where the trigger tells no happening (``_untold``,
        ``_out_of_sense``, a condition or a possibility)."""
        start, end = self.starts[i], self.ends[j - 1]
        sent = max(0, bisect_right(self.sent_starts, start) - 1)
        if self._untold(i, trig, sent) or self._out_of_sense(i, trig, sent):
            return None
        s0, s1, quote = self.scope(start, sent)
        clauses = self.clauses(self.tok(s0), self.tok(s1))
        ci = next((k for k, c in enumerate(clauses) if c.start <= i < c.end), len(clauses) - 1)
        supposed = self.supposed(i, clauses[ci].start) or ("speech" not in trig.flags and self.supposition(i, sent))
        if supposed or ("noun" in trig.flags and self.hypothetical(i)):
            return None  # "jika kedua pihak sepakat", "Jika terbukti, ia bisa dijatuhi ...", "kemungkinan kesepakatan": supposed, not told
        if self.habitual(i) or self.habitual_after(j) or self.long_standing(i, trig.type):
            return None  # "selalu memperingatkan pengunjung", "ramai dikunjungi setiap hari": a habit, not a happening
        if self.about_a_kind(i, sent) or self._normative(i, j, trig, sent):
            return None  # "Bagi orang dewasa yang jatuh ...": what befalls a kind of people, no happening
        if "speech" not in trig.flags and self._recurrence_denied(j, sent):
            return None  # "cederanya tidak parah, tidak kambuh lagi": the state of an old injury, no happening
        if {"noun", "speech"} <= trig.flags and self.voiced_by_a_kind(j):
            return None  # "seruan dari negara-negara seperti Indonesia": a remark on what many say
        return Candidate(i, j, trig, nya, start, end, sent, quote, clauses, ci, remention=not self._verb(i) and self._is_remention(j))

    def _normative(self, i: int, j: int, trig: Trigger, sent: int) -> bool:
        """Whether the trigger tells what a rule says of anyone, is one of a list of bare kinds of cause, is what an
        event was the setting for (``normative.py``), or names a kind of act it judges (``_judged_as_a_kind``): no
        happening."""
        if told_by_a_rule(self.low, self.tok(self.sents[sent][0]), i) or in_list_of_causes(self.low, self.raw, i, j):
            return True
        return ("noun" in trig.flags and an_occasion_for(self.low, i)) or self._judged_as_a_kind(j, sent)

    def _judged_as_a_kind(self, j: int, sent: int) -> bool:
        """Whether, within ``_JUDGED_REACH`` words after the trigger ending before token ``j``, a copula and a
        word of judgment follow (roles judging_copula, judgment) with no demonstrative (role anaphor) nor punctuation
        before them: a kind of act judged ("pembunuhan warga sipil oleh Israel merupakan kejahatan terhadap
        kemanusiaan"), no happening; "pembunuhan itu merupakan kejahatan", one of a person named ("pembunuhan Rudi
        merupakan kejahatan berencana") or one dated ("serangan Israel pada Selasa malam merupakan pelanggaran") judges
        one that happened."""
        roles, low = self.lex.roles, self.low
        copula, judgment = roles.get("judging_copula", frozenset()), roles.get("judgment", frozenset())
        anaphor = roles.get("anaphor", frozenset())
        end = min(self.tok(self.sents[sent][1]), j + _JUDGED_REACH) - 1
        if copula.isdisjoint(low[j:end]):
            return False  # the walk below ends on a copula or finds none; most triggers have none after them
        for k in range(j, end):
            if low[k] in anaphor or not low[k][:1].isalnum() or self._person_at(k) or self._dated_at(k):
                return False
            if low[k] in copula:
                return low[k + 1] in judgment
        return False

    def _dated_at(self, k: int) -> bool:
        """Whether token ``k`` is in an expression of time the article dates ("pada Selasa malam", "kemarin")."""
        return any(t0 <= self.starts[k] < t1 for t0, t1, value in self.timexes if value)

    def _recurrence_denied(self, j: int, sent: int) -> bool:
        """Whether, within ``window_status`` words after the trigger ending before token ``j`` in its sentence, a negation
        stands right before a word of coming back (role recur: "cederanya juga tidak parah, tidak kambuh lagi")."""
        roles = self.lex.roles
        neg, recur, aim = roles.get("negation", frozenset()), roles.get("recur", frozenset()), roles.get("aim", frozenset())
        for k in range(j, min(self.tok(self.sents[sent][1]), j + _RECUR_REACH + 1) - 1):
            if self.low[k] in aim:
                return False  # "kecelakaan itu menewaskan dua orang; agar tidak terulang, ...": a wish after the happening
            if self.low[k] in neg and self.low[k + 1] in recur:
                return True
        return False

    def _untold(self, i: int, trig: Trigger, sent: int) -> bool:
        """Whether the trigger at token ``i`` is negated, denied or asked about: it did not happen, or is not told."""
        if self._negated(i) or ("deniable" in trig.flags and self._denied(i)) or ("governed" in trig.flags and self._verb_negated(i)):
            return True  # "tidak khawatir"; "membantah tudingan": a charge denied is not one made
        # "Apakah ia akan bertemu Ariana?": asked, not told
        return self.text[self.sents[sent][0] : self.sents[sent][1]].rstrip().rstrip("\"'”’").endswith("?")

    def _out_of_sense(self, i: int, trig: Trigger, sent: int) -> bool:
        """Whether the trigger's sentence gives its word another sense than a happening of the story."""
        flags = trig.flags
        crime = trig.type in self.cfg.crime_types and self._has_role(sent, "enforcer")
        if "sport" in flags and self._sport(sent) and not crime:
            # "Indonesia bertemu Jepang", "mengancam gawang": a match, not an event; but a sentence naming the police or
            # the prosecutors tells a crime even on a sports page ("suporter ... ditangkap polisi")
            return True
        # "IHSG ditutup menguat": a trading day, not a closure; "berpotensi hujan lebat dan angin kencang": a forecast, not a
        # disaster; "mendengar suara tembakan dari latihan menembak TNI": shots of a drill, no attack
        if any(flag in flags and self._has_role(sent, flag) for flag in _OTHER_SENSE):
            return True
        if "absence" in flags and self._absence_before(i, sent):
            return True  # "absen karena cedera", "tak bisa memperkuat tim karena cedera": why someone is missing, an injury of before
        if self._request_or_arrangement(i, flags, sent) or self._other_act(i, flags, sent):
            return True
        if "armed" in flags and self._set_off(sent):
            return True
        if self._addresses_the_reader(sent):
            return True  # "Berikut tindakan yang perlu Anda lakukan saat terjadi gempa": advice, no happening
        if trig.type in _REPORTING_TYPES and self._reporter_step(i, sent):
            return True  # "detikcom sudah menghubungi Hikmatullah": how the news was gathered, no happening
        if len(_CLOCK.findall(self.text, *self.sents[sent])) >= self.cfg.table_times:
            return True  # "Rute Jadwal Keberangkatan ... 07.55 WITA - 09.05 WITA ID6332 ...": a row of a timetable, no happening
        # "maraknya kecelakaan", "jumlah korban meninggal": such happenings in general
        return bool(trig.unnamed or "alone" in flags) and self._generic(i)

    def _reporter_step(self, i: int, sent: int) -> bool:
        """Whether a news outlet is the subject of the trigger at token ``i``: its name (``Lexicon.media``), after a noun
        of its people or none ("Wartawan detikcom", ``reporting_steps.tsv`` reporter) and after nothing but the
        sentence's start or punctuation, stands before the trigger with at most ``_REPORTING_STEPS`` words of kind step
        between ("detikcom sudah menghubungi", "Kompas.com telah berupaya mengonfirmasi"): the reporter's own step."""
        kinds = _reporting_words()
        k = i - 1
        while k >= 0 and i - 1 - k < _REPORTING_STEPS and self.low[k] in kinds.get("step", ()):
            k -= 1
        s0 = self.sents[sent][0]
        if k < 0 or self.starts[k] < s0:
            return False
        head = self.text[max(s0, self.ends[k] - _OUTLET_REACH) : self.ends[k]]
        outlet = _outlet_tail(self.lex.media).search(head)
        if outlet is None:
            return False
        before = self.text[s0 : self.ends[k] - len(head) + outlet.start()].rstrip()
        words = before[-_OUTLET_REACH:].split()
        if words and words[-1].lower() in kinds.get("reporter", ()):
            before = before[: before.rfind(words[-1])].rstrip()
        return not before or before[-1] in ",;:\"“”'(-–—"

    def _request_or_arrangement(self, i: int, flags: frozenset[str], sent: int) -> bool:
        """Whether an appeal is a request ("mengimbau ... agar memarkirkan kendaraan di lokasi ...": no word of caution; "meminta
        pemerintah menambah anggaran": no word of wariness), an act asked for or planned ("meminta Satpol PP ... berkoordinasi
        dengan kepolisian"), or a cooperation a standing arrangement ("menjalin kerjasama dengan berbagai maskapai ... melalui
        perjanjian codeshare")."""
        if "caution" in flags and not self._has_role(sent, "caution"):
            return True
        if "wary" in flags and not self._has_role(sent, "wary"):
            return True
        if "bidden" in flags and self._role_before(i, sent, "bidding"):
            return True  # "meminta Satpol PP turun ... berkoordinasi dengan kepolisian", "pemda akan ... berkoordinasi": asked or planned
        return "partnered" in flags and (self._various_partners(i, sent) or ("jointly" in flags and self._joint_act(i, sent)))

    def _other_act(self, i: int, flags: frozenset[str], sent: int) -> bool:
        """Whether the trigger's words tell another act than its type's: testimony in an article with no court ("korban
        selamat memberikan kesaksian" to reporters), an animal caught ("ular sanca itu berhasil ditangkap")."""
        if "court" in flags and not self._in_court():
            return True
        if "quarry" in flags:
            animals = self.lex.roles.get("animal", frozenset())
            ss, se = self.sents[sent]
            lo, hi = max(self.tok(ss), i - _QUARRY_BEFORE), min(self.tok(se), i + 1 + _QUARRY_AFTER)
            # (a thief of cattle is arrested: "menangkap dua pencuri sapi", "pelaku pencurian kambing ditangkap")
            return any(w in animals for w in self.low[lo:hi]) and not self._doer_between(lo, hi)
        return False

    def _doer_between(self, lo: int, hi: int) -> bool:
        """Whether a noun naming the doer of a crime ("pencuri", "pelaku": ``event_participants.tsv``, kind doer) stands
        in tokens lo..hi (not those who catch an animal: "ditangkap warga", "petugas")."""
        return any((found := self.lex.participants.at(self.low, j))[0] and "doer" in found[1].split("/") for j in range(lo, hi))

    def _in_court(self) -> bool:
        """Whether the article speaks of a court (``event_words.tsv``, role court: "persidangan", "terdakwa"); the
        sentence of a testimony often does not ("Saksi-saksi dari kepolisian memberikan kesaksian terkait ...")."""
        if self.court_told is None:
            court = self.lex.roles.get("court", frozenset())
            self.court_told = any(w in court for w in self.low)
        return self.court_told

    def _various_partners(self, i: int, sent: int) -> bool:
        """Whether a trigger flagged "partnered" in the sentence, up to the one at token ``i``, has a word of partnering
        ("dengan") and one of partners of every kind within its next words: "Air India menjalin kerjasama dengan berbagai
        maskapai ... melalui perjanjian codeshare" describes a standing arrangement, in both its words."""
        various, partner = self.lex.roles.get("various", frozenset()), self.lex.roles.get("partner", frozenset())
        for k in range(self.tok(self.sents[sent][0]), i + 1):
            if not any(
                "partnered" in t.flags and tuple(self.low[k : k + len(t.words)]) == t.words for t in self.lex.triggers.get(self.low[k], ())
            ):
                continue
            words = self.low[k + 1 : k + 5]
            if any(w in partner and nxt in various for w, nxt in zip(words, words[1:], strict=False)):
                return True
        return False

    def _joint_act(self, i: int, sent: int) -> bool:
        """Whether "bekerja sama" at token ``i`` only names who did something together: after the agent of a passive
        ("diselenggarakan oleh PJI bekerja sama dengan UMJ": the co-organiser), or with a verb of a joint act after its
        partner ("Pemkot bekerja sama dengan ADGI meluncurkan ...", ``event_words.tsv`` role joint_act) before a word of
        purpose, a relative clause or another clause (roles joint_stop, clause, break: "resmi bekerja sama dengan X untuk
        ..." is a partnership made)."""
        roles = self.lex.roles
        start, end = self.tok(self.sents[sent][0]), self.tok(self.sents[sent][1])
        for k in range(i - 1, max(start - 1, i - 1 - _JOINT_REACH), -1):
            if self.low[k] in roles.get("agent", frozenset()):
                return True  # only names, brackets and "dan" between the passive's "oleh" and the trigger
            if self.raw[k][:1].islower() and self.low[k] != "dan":
                break
        acts = roles.get("joint_act", frozenset())
        stops = roles.get("joint_stop", frozenset()) | roles.get("clause", frozenset()) | roles.get("break", frozenset())
        for w in self.low[i + 1 : min(end, i + 1 + _JOINT_REACH)]:
            if w in stops:
                return False
            if w in acts:
                return True
        return False

    def _verb(self, i: int) -> bool:
        """Whether the trigger at token ``i`` is a verb ("dicabut", "terluka"): "itu", "tersebut" after it point back to
        its object ("perusahaan yang dicabut izinnya tersebut": companies told of before), not to an event told before."""
        return self.raw[i].islower() and any(self.low[i].startswith(p) for p in self.lex.roles.get("verbal", ()))

    def _is_remention(self, j: int) -> bool:
        """Whether the nominal trigger ending before token ``j`` re-mentions an event told before ("pertemuan itu"; a
        speech act is a new one: "kekhawatiran tersebut")."""
        low = self.low
        at, epithet = self.lex.roles.get("place", frozenset()), self.lex.roles.get("epithet", frozenset())
        k = j
        while k < min(len(low), j + self.cfg.window_anaphor) and (
            self.raw[k][:1].isupper() or self._before_a_name(k, at) or low[k] in epithet
        ):
            # "kunjungan Kim tersebut": the owner's name stands between the noun and "tersebut"; "kebakaran di Tebet ini":
            # the place the happening was told at; "bentrokan berdarah ini": a word colouring the happening
            k += 1
        return k < len(low) and low[k] in self.lex.roles.get("anaphor", ())

    def _before_a_name(self, k: int, words: frozenset[str]) -> bool:
        """Whether token ``k`` is one of ``words`` right before a capitalised word ("di Tebet")."""
        return self.low[k] in words and k + 1 < len(self.raw) and self.raw[k + 1][:1].isupper()

    def _cast(self, c: Candidate) -> None:
        """The clause's mentions as the event's actors (before and after the trigger) and places."""
        c.ments = self.mentions_in(c.c0, c.c1)
        self._sort_mentions(c)
        c.caused = not c.nya and self.told_as_cause(c.i)
        if c.caused:
            self._keep_own_parties(c)
        self._drop_bystanders(c)
        c.before = [m for m in c.actors if m.end <= c.start]
        c.after = [m for m in c.actors if m.start >= c.end]
        if not c.before:
            c.before = self._subject_organisations(c)
        listed = self._listed_members(c)
        if listed:
            c.before = listed
        rel = self.relative_head(c.i, c.c0)
        if rel is not None:
            # "menggantikan pemimpin sebelumnya yang dicopot": who was removed is the noun before "yang", not the subject;
            # but "UJ dan SJ, dua penagih utang yang ditangkap polisi": the noun is in apposition to the names before it
            apposed = self._apposed_to(rel, c.before)
            c.before = apposed + [m for m in c.before if m.start > self.starts[rel]]

    def _listed_members(self, c: Candidate) -> list[Mention]:
        """The people a counted subject of a body's members is named as after "yakni" or "yaitu" later in its sentence:
        "Dua pemain Timnas Indonesia mengalami cedera saat melawan Jepang, yakni Kevin Diks dan Yakob Sayuri" (the
        players are hurt, not the team). As many names as the count, all people; else none."""
        count = self._members_counted(c)
        if count < 2:
            return []
        listing = self.lex.roles.get("listing", frozenset())
        end = self.sents[c.sent][1]
        at = next((m for m in range(self.tok(c.end), self.tok(end)) if self.low[m] in listing and self.raw[m - 1] == ","), None)
        if at is None or at + 1 >= len(self.starts):
            return []
        first = bisect_left(self.mention_starts, self.starts[at + 1])
        if first >= len(self.mentions) or self.mentions[first].start != self.starts[at + 1]:
            return []
        group = [self.mentions[first]]
        for m in self.mentions[first + 1 :]:
            if m.start >= end or not self.lex.coordination.match(self.text[group[-1].end : m.start]):
                break
            group.append(m)
        return group if len(group) == count and all(m.type == "PER" for m in group) else []

    def _members_counted(self, c: Candidate) -> int:
        """How many members of the one body the subject names it counts ("Dua pemain Timnas Indonesia": 2); 0 when the
        subject is no body after a count and a lower-case noun."""
        if len(c.before) != 1 or c.before[0].type != "ORG":
            return 0
        k = c.before[0].token
        if k < 2 or not self.raw[k - 1].isalpha() or not self.raw[k - 1].islower():
            return 0
        kind, value = self.lex.numbers.get(self.low[k - 2], ("", ""))
        return int(value) if kind in ("digit", "word") and value.isdigit() else 0

    def _drop_bystanders(self, c: Candidate) -> None:
        """Takes out of ``c.actors`` those the clause names around the event but who take no part: the parties of a topic
        or cause told after it, who reports a death, who reacts to an act, who witnesses it."""
        # "menggelar rapat terkait kesepakatan dagang Indonesia dan AS": the parties of the topic or cause told after the
        # trigger are not the meeting's
        cause = self.cause_after(c.j, c.c1)
        if cause is not None:
            c.actors = [m for m in c.actors if not cause[0] <= m.token < cause[1]]
        if "setting" in c.trig.flags:
            # "Wali Kota Graz Elke Kahr mengonfirmasi sembilan orang tewas": who reports a death did not die
            c.actors = [m for m in c.actors if not (m.end <= c.start and self._report_between(m.end, c.start))]
        # "PKS mendukung langkah pemerintah mencabut izin", "Pencabutan itu diapresiasi Nurul Arifin": who reacts to an act is
        # not its agent (the act keeps its own agent, or none)
        c.actors = [m for m in c.actors if not self._reacts_to(m, c.start, c.end)]
        c.actors = [m for m in c.actors if not self._describes_a_person(m, c)]
        if self._verb(c.i):
            # "menyapa mantan penguasa Kamboja itu ... dan mengkritik tindakan militer negaranya": the country qualifies the
            # object of the verb before, the criticism is not of Cambodia
            c.actors = [m for m in c.actors if not self._qualifies_earlier_object(m, c)]
        witness = self.witness_word(c.j, c.c1)
        if witness is not None:
            # "penandatanganan MoU ... yang disaksikan oleh Presiden Prabowo dan PM Lawrence Wong": witnesses, no parties
            c.actors = [m for m in c.actors if m.token < witness]

    def _describes_a_person(self, m: Mention, c: Candidate) -> bool:
        """Whether mention ``m`` only tells who a person named before it is: a relative after a noun of kin apposed to
        the person ("Joko Sutoyo (45), ayah Farel Prayoga, ditangkap", "menangkap Budi, suami Siti"), whichever the
        type and on either side of the trigger; or, for the types of what befalls the subject, any name of an apposition
        to the person before the trigger ("Leonard Hartono, putra sulung pendiri perusahaan rokok Djarum, meninggal")."""
        if self.kin_apposed(m):
            return True
        return c.trig.type in self.cfg.apposed_types and self._in_apposition(m, c.start)

    def _qualifies_earlier_object(self, m: Mention, c: Candidate) -> bool:
        """Whether place mention ``m``, before the trigger, qualifies a common noun ("penguasa Kamboja") that is the object
        of another active verb of the clause, one before it ("menyapa"), with a conjunct joining the trigger's
        predicate after it ("... dan mengkritik"): the place belongs to the other predicate's object, no party."""
        if m.type != "LOC" or m.end > c.start or m.token < 2 or not self.raw[m.token - 1].isalpha():
            return False
        if self.lex.suffix and self.low[c.j - 1].endswith(self.lex.suffix):
            return False  # "keprihatinan atas serangan militer Israel dan mengecamnya": "-nya" takes that object back
        if not self.raw[m.token - 1].islower() or self.lex.words.at(self.low, m.token - 1)[1] in ("place", "destination", "source"):
            return False
        conjunct = self.lex.roles.get("conjunct", frozenset()) | self.lex.joiners
        if not any(self.low[k] in conjunct for k in range(m.token + 1, c.i)):
            return False
        return any(self._active_verb(k) and k != c.i for k in range(c.c0, m.token - 1))

    def _in_apposition(self, m: Mention, start: int) -> bool:
        """Whether the mention ``m`` stands in an apposition to a person's name before the trigger at text position
        ``start``: between a comma right after that name and one before the trigger, the apposition opening with a
        lower-case word ("Leonard Hartono, putra sulung pendiri perusahaan rokok Djarum, meninggal")."""
        if m.end > start:
            return False
        k = m.token - 1
        while k >= 0 and self.raw[k] not in ',.;:"“”':
            k -= 1
        if k <= 0 or self.raw[k] != "," or not self.raw[k + 1][:1].islower():
            return False
        if "\n" in self.text[self.starts[k] : start]:
            return False  # a list's lines ("AKP X, sebelumnya menjabat ...\nKompol Y, ..., diangkat"): no apposition across them
        # "Leonard Hartono (70), putra sulung ...": an age in brackets may stand between the name and its comma
        head = next((p for p in self.mentions if p.end <= self.starts[k] and AGE_GAP.fullmatch(self.text[p.end : self.starts[k]])), None)
        closing = self.text.find(",", m.end, start)
        return head is not None and head.type == "PER" and head.name != m.name and closing >= 0

    def _apposed_to(self, rel: int, before: list[Mention]) -> list[Mention]:
        """The names a common noun before the relative "yang" at token ``rel`` stands in apposition to: the subject
        group ending at the comma that opens the noun's phrase ("UJ dan SJ, dua penagih utang (debt collector) yang
        ..."); none when the phrase is not lower-case words (and brackets) after a comma."""
        k = rel - 1
        while k >= 0 and self.raw[k] != ",":
            if not (self.raw[k] in "()" or self.raw[k].islower() or self.raw[k].isdigit()):
                return []
            k -= 1
        if k < 0:
            return []
        group = [m for m in before if m.end <= self.starts[k]]
        if not group or self.text[group[-1].end : self.starts[k]].strip():
            return []
        out = [group[-1]]
        for m in reversed(group[:-1]):
            if not self.lex.coordination.match(self.text[m.end : out[0].start]):
                break
            out.insert(0, m)
        return out

    def _sort_mentions(self, c: Candidate) -> None:
        """Each mention of the clause that may take part, as an actor, a place or both (``_acts``)."""
        for m in c.ments:
            if m.modifier or m.scene or (m.said_at and not c.speech) or self._of_another_happening(m, c.trig.type):
                continue
            actor, place = _acts(m, c.trig, c.end)
            if actor and c.trig.type == "VISIT" and self._describes_traveller(m):
                actor = False
            if actor and self._area_of_people(m, c):
                actor = False  # "Para sheriff daerah LA melepaskan tembakan": the sheriffs shoot, not Los Angeles
            if self._after_agent_word(m):
                # "pembunuhan warga sipil oleh Israel": who does it, never where; "kapal pesiar yang dioperasikan oleh Mano
                # Maritime, tiba di Siprus": the doer of a relative clause describing a trip's subject does not travel
                # (but "Tindakan yang dilakukan oleh OJK, termasuk pencabutan izin": OJK's own act)
                actor, place = not (c.trig.type == "VISIT" and self._in_subject_relative(m, c)), False
            if c.trig.type in self.cfg.journey_types:
                actor, place = self._moving_roles(m, c, actor, place)
            if actor:
                c.actors.append(m)
            if place:
                c.places.append(m)

    def _moving_roles(self, m: Mention, c: Candidate, actor: bool, place: bool) -> tuple[bool, bool]:
        """Mention ``m`` as (an actor, a place) of a happening moving people (``journey_types``): where they are moved
        from, told after the trigger ("mengevakuasi warganya dari Iran"), is a place too, and the place that is the
        subject of an active verb ("Negara-negara Eropa memulangkan ratusan warga negara mereka dari Israel") moves them:
        its agent, and its place only where no other is told (the subject of a verb taking a nominal trigger, "Otoritas
        Arab Saudi memfasilitasi pemulangan ...", is neither)."""
        if m.type != "LOC":
            return actor, place
        if m.prep == "source":
            # after the trigger, where people are moved from; before it, where the movers or the moved come from ("Relawan
            # dari Yogyakarta mengevakuasi warga", "Wisatawan dari Malaysia dievakuasi ..."): no place of the evacuation
            return actor, place or m.start >= c.end
        if self._moving_agent(m, c):
            if c.noun:
                return False, False  # "Otoritas Arab Saudi memfasilitasi pemulangan ...": no place; the verb's act is its own
            c.agent_places.append(m.name)
            # and where, but only when no other place is told (ranked last, ``_first_setting``): a state moving people
            # within its own land ("Israel mengevakuasi warganya", "Jakarta mengungsikan warga")
            return True, place
        return actor, place

    def _moving_agent(self, m: Mention, c: Candidate) -> bool:
        """Whether the bare place ``m`` is the subject of the clause of an active trigger moving people: it stands before
        the trigger with no other name before it in the clause, and the trigger is an active verb ("mengevakuasi") or a
        noun an active verb takes ("melakukan evakuasi", "memulai pemulangan")."""
        if m.prep or m.end > c.start or any(o.start < m.start for o in c.ments if not o.skip):
            return False
        if not (acting_place(m.name) or (m.token > 0 and self.low[m.token - 1] in self.lex.roles.get("state_noun", ()))):
            return False  # "Bandar Udara Kualanamu telah melakukan evakuasi": a site, where it happens
        if self._active(c.i):
            return True
        k = c.i - 1
        return c.noun and k > m.token and self.raw[k].islower() and self._active(k)

    def _after_agent_word(self, m: Mention) -> bool:
        """Whether a word of a passive's doer (role agent: "oleh") stands right before mention ``m``."""
        return 0 < m.token <= len(self.low) and self.low[m.token - 1] in self.lex.roles.get("agent", frozenset())

    def _in_subject_relative(self, m: Mention, c: Candidate) -> bool:
        """Whether mention ``m``, before the trigger, stands in a relative clause ("yang ...", role relative) opened
        after the clause's start: it describes the subject ("Crown Iris, sebuah kapal pesiar yang dioperasikan oleh Mano
        Maritime, tiba")."""
        relative = self.lex.roles.get("relative", frozenset())
        return m.end <= c.start and any(w in relative for w in self.low[c.c0 : m.token])

    def _area_of_people(self, m: Mention, c: Candidate) -> bool:
        """Whether the bare place ``m`` before the trigger names the area of a common noun's people ("Para sheriff
        daerah LA", "petugas wilayah Jakarta Selatan"): a word of a region (role region) right before it, a lower-case
        word before that, which is no state's noun ("Pemerintah daerah Bantul" acts, role state_noun)."""
        k = m.token
        if m.type != "LOC" or m.prep or m.end > c.start or k < 2 or self.low[k - 1] not in self.lex.roles.get("region", ()):
            return False
        head = self.raw[k - 2]
        return head.isalpha() and head.islower() and head not in self.lex.roles.get("state_noun", ())

    def _describes_traveller(self, m: Mention) -> bool:
        """Whether place mention ``m`` stands, with no preposition, right after a noun it describes in a trip's clause
        ("jamaah haji khusus Indonesia tiba": the pilgrims travel, not Indonesia; ``traveller_place_heads.txt``)."""
        return m.type == "LOC" and not m.prep and m.token > 0 and self.low[m.token - 1] in _traveller_place_heads()

    def _keep_own_parties(self, c: Candidate) -> None:
        """The actors of a cause named by a nominal trigger ("rusak akibat serangan rudal Iran") are those of its own
        phrase, not the clause's subject; its places those of its phrase or after "di" ("Rumah Sakit Soroka di Beersheba
        ... akibat serangan": the hospital struck; not "Kantor Imigrasi mencatat ... imbas erupsi")."""
        lo, hi = self.own_phrase(c.j, c.c1)
        c.actors = [m for m in c.actors if lo <= m.token < hi]
        c.places = [m for m in c.places if lo <= m.token < hi or m.prep == "place"]

    def _subject_organisations(self, c: Candidate) -> list[Mention]:
        """With no other subject, the organisations named after "di" in the subject phrase ("Sebuah pernyataan di situs
        resmi Kremlin ... mengonfirmasi": the Kremlin confirms); not one after "di luar", a building or a body outside
        which people stand ("berkumpul di luar Metropolitan Detention Center, tempat orang-orang ditahan")."""
        outside = self.lex.roles.get("except_party", frozenset())
        return [
            m for m in c.ments
            if m.type == "ORG" and m.prep == "place" and m.end <= c.start and not m.modifier
            and not (m.token > 0 and self.low[m.token - 1] in outside) and not self._reacts_to(m, c.start, c.end)
        ]  # fmt: skip

    def _reacts_to(self, m: Mention, start: int, end: int) -> bool:
        """Whether mention ``m`` names who reacts to the act of the trigger at text positions start..end: a reaction verb
        stands between it and a trigger after it ("mendukung", "mengapresiasi"), or a passive one between a trigger
        before it and it ("diapresiasi", ``event_words.tsv``, roles reaction and reacted)."""
        roles = self.lex.roles
        if m.end <= start:
            words, role = self.low[self.tok(m.end) : self.tok(start)], "reaction"
        elif m.start >= end:
            words, role = self.low[self.tok(end) : self.tok(m.start)], "reacted"
        else:
            return False
        reacting = roles.get(role, frozenset())
        return any(w in reacting for w in words)

    def _report_between(self, lo: int, hi: int) -> bool:
        """Whether a verb of reporting ("mengonfirmasi", "mengatakan") stands between text positions ``lo`` and ``hi``."""
        report = self.lex.roles.get("report", frozenset())
        return not report.isdisjoint(self.low[self.tok(lo) : self.tok(hi)])

    def _participants(self, c: Candidate) -> None:
        """``who``: the parties a nominal trigger names ("antara Rusia dan DPRK"), else the subject, agent,
        speaker and objects, the owner of a nominal trigger first, "kedua negara" resolved."""
        pair = self._pair(c.i, c.j, c.c0, c.c1)
        between = self._between(c.j, c.c1, pair) if c.noun else None
        who = between if between is not None else self._owner_first(c, self._named(c))
        if pair and between is None:
            names = self._salient(pair, c.start, {m.name for m in c.actors})
            who = names + who if self._pair_before(c.i, c.c0) else who + names
        if "setting" in c.trig.flags:
            # "Muara Cikaso, Sukabumi" named as the subject of "perahu ... terguling" (or as "mereka"): where, never who
            places = {m.name for m in self.mentions if m.type == "LOC"} - set(c.agent_places)
            who = [n for n in who if n not in places]
        if c.trig.type == "DIE":
            # "Andi tewas dibunuh Bagus": the killer is the death's agent, listed first (GOLD.md), not one more of the dead
            killers = [m.name for m in c.after if self._killed_by(c, m)]
            who = killers + [n for n in who if n not in killers]
        c.who = list(dict.fromkeys(n for n in who if n))[: self.cfg.max_who]

    def _killed_by(self, c: Candidate, m: Mention) -> bool:
        """Whether mention ``m``, after a death's trigger, is the doer of a passive verb of killing between them ("tewas
        dibunuh Bagus", "meninggal ditikam oleh Bagus"): with no other name between."""
        if m.type != "PER" or any(o.end <= m.start and o.start >= c.end for o in c.after if o is not m):
            return False
        agent = self.lex.roles.get("agent", frozenset())
        verbs = [k for k in range(c.j, m.token) if self._passive_verb(k) and a_killing(self.low[k])]
        return bool(verbs) and all(self.low[k] in agent for k in range(verbs[-1] + 1, m.token))

    def _owner_first(self, c: Candidate, who: list[str]) -> list[str]:
        """``who`` with the owner of a nominal trigger first: "kunjungan Kim", "pertemuan Putin" (the person right after
        the noun is whose it is)."""
        if not c.noun:
            return who
        owner = next((m for m in c.after if m.type == "PER" and m.token - c.j <= 1), None)
        return who if owner is None else [owner.name] + [n for n in who if n != owner.name]

    def _named(self, c: Candidate) -> list[str]:
        """The subject (named, or implicit), the passive agent, the actors before, the speaker of a speech act
        in a quote, and the actors after."""
        who = []
        own_noun = self._subject_noun(c)  # "terduga pelaku mengancam ...": neither the subject before nor the speaker
        if (not c.before or c.clauses[c.ci].role in SHARED) and not (c.caused or own_noun or self._reacted_to(c)):
            # a purpose clause ("untuk bertemu dengan Kim, serta mencari dukungan") always has the
            # subject of the clause before; the names in it are objects
            who += self._implicit_subject(c.i, c.trig, c.nya, c.clauses, c.ci, c.sent, c.quote)
        # "menemukan pelanggaran oleh PT X": the company broke the rule, the finder is the subject
        agent = None if "offender" in c.trig.flags else self._agent(c.j, c.after, self._passive(c.i))
        if agent is not None:
            who.append(agent.name)
        who += [m.name for m in c.before]
        if c.speech and c.quote is not None and not own_noun:
            who += self._speaker_names(c.quote)
        who += [m.name for m in c.after]
        return who

    def _reacted_to(self, c: Candidate) -> bool:
        """Whether the nominal trigger is what a verb of reacting before it in its clause takes ("dia mendukung serangan
        Israel terhadap Iran", "memprediksi penyerangan Iran"): the subject it leaves unnamed reacts, it did not act. The
        reaction verb must be the nearest verb before the trigger, with no word starting another predicate between (role
        reaction_break): not "mendukung pasukan darat dan memimpin serangan", "merespons dengan melancarkan serangan"."""
        if "noun" not in c.trig.flags:
            return False
        roles = self.lex.roles
        reaction, breaks = roles.get("reaction", frozenset()), roles.get("reaction_break", frozenset())
        light, prefixes = roles.get("light", frozenset()), roles.get("verb_prefix", frozenset())
        for k in range(c.i - 1, c.clauses[c.ci].start - 1, -1):
            low = self.low[k]
            if low in reaction:
                return True
            if low in breaks or low in light or (self.raw[k].islower() and any(low.startswith(p) for p in prefixes)):
                return False
        return False

    def _subject_noun(self, c: Candidate) -> bool:
        """Whether a noun for people stands as the subject right before a trigger, but for status words ("Kata Achmad, saat
        itu terduga pelaku mengancam ...", "Polisi sudah memperingatkan ..."): the act is theirs, not the speaker's who
        tells of it, nor the subject's of the clause before."""
        if c.before:
            return False
        k = c.i - 1
        while k >= c.c0 and self.lex.status.ending_at(self.low, k)[0]:
            k -= self.lex.status.ending_at(self.low, k)[0]
        if k < c.c0:
            return False
        n, kind = self.lex.participants.ending_at(self.low, k)
        first = k - n + 1
        if not (n and _PEOPLE.intersection(kind.split("/")) and first >= c.c0):
            return False
        at = bisect_left(self.mention_starts, self.starts[first])
        named = at < len(self.mention_starts) and self.mention_starts[at] == self.starts[first]
        return not (named or self._inside_name(first))  # not "Polisi Diraja Malaysia", a name

    def _police_subject(self, c: Candidate) -> list[str]:
        """The police as the subject of an active trigger ("Polisi menangkap pria berinisial DN"): its agent, the police
        body the article names, also when the people it acts on are named."""
        if c.i == 0 or not self._subject_noun(c):
            return []
        return self.police_after(c.i - 1)

    def _setting(self, c: Candidate) -> None:
        """Where and when the event takes place."""
        c.where, c.origin = self._where(c.trig, c.i, c.j, c.places, c.ments)
        if c.where is None and c.trig.type in self.cfg.placed_types:
            c.where = self._while_place(c)
        # a reported event's date is inside the report: in "Pekan lalu, Gedung Putih mengatakan Putin dan Kim
        # bertukar surat", "pekan lalu" dates the statement (a speech event's own date), not the letters
        reported = c.quote if c.quote is not None and not c.speech else None
        c.others = tuple(self._relatives(c))
        c.when, c.when_span = self._when(c.start, c.c0, c.c1, c.sent, reported, c.trig.type, (c.end, c.speech), c.others)

    def _while_place(self, c: Candidate) -> str | None:
        """The place after "di" in the clause right after the trigger's that tells what was going on when it happened
        (role while: "tewas tertabrak kereta saat melintas di perlintasan Jalan Ahmad Yani", "ditembak saat berkampanye
        di Bogota"): where the happening befell them."""
        if c.ci + 1 >= len(c.clauses):
            return None
        nxt = c.clauses[c.ci + 1]
        if self.low[nxt.start] not in self.lex.roles.get("while", frozenset()):
            return None
        for m in self.mentions_in(nxt.start, nxt.end):
            if m.type == "LOC" and m.prep == "place" and not (m.skip or m.scene or m.modifier or m.said_at):
                return m.name
        return None

    def _relatives(self, c: Candidate) -> list[tuple[int, int]]:
        """The text spans of the relative clauses (", yang ...") of the trigger's scope, other than its own, that tell an
        event of their own: "Putin, yang pada bulan Januari lalu menandatangani perjanjian ..., telah menyerukan ...":
        January dates the signing, not the call (but "rekaman, yang terjadi pada 15 Juni, ..." dates what it tells of)."""
        relative, low = self.lex.roles.get("relative", frozenset()), self.low
        spans = [
            (self.starts[cl.start], self.ends[cl.end - 1])
            for k, cl in enumerate(c.clauses)
            if k != c.ci and low[cl.start] == "," and cl.start + 1 < cl.end and low[cl.start + 1] in relative
        ]  # the clause opens at the comma of its ", yang"
        return [(r0, r1) for r0, r1 in spans if self._trigger_between(r0, r1) or self._of_another_noun(c, r0, r1)]

    def _of_another_noun(self, c: Candidate, r0: int, r1: int) -> bool:
        """Whether the relative clause at text positions r0..r1, after the trigger, tells of a noun further on than the
        trigger's own phrase: "Serangan ini terjadi di tengah konflik antara Iran dan Israel, yang kembali pecah pada
        Jumat lalu" (Friday is when the war broke out again). A clause of what happens ("..., yang terjadi pada Senin")
        tells of the happening whatever noun it follows."""
        if r0 < c.end:
            return False
        k0, k1 = self.tok(r0), self.tok(r1)
        if self._happens(k0, k1):
            return False
        return k0 - c.j > self.cfg.window_anaphor

    def _unnamed(self, c: Candidate) -> None:
        """The noun an article names a trigger's participants by when it names nobody ("delapan orang tewas",
        "pelaku penembakan ... tewas", "40 penerbangan dibatalkan"), and the number before it: its count."""
        if not c.trig.unnamed:
            return
        noun = self._unnamed_noun(c)
        if noun is not None and self._means_of_travel(c, noun[0]):
            noun = None  # "datang ke Padang Mausui dengan sepeda motor": how the traveller went, not who travels
        if noun is not None:
            self._named_by_noun(c, *noun)
            self._own_count(c, noun)
        else:
            # "Dari sisa korban, 31 mengalami luka-luka": a number right before the trigger counts its people
            c.count = self.number_before(c.i, skip=1)
            if not c.who:
                c.who = self._pronoun_victims(c)
        police = self.police_after(c.j) if self._passive(c.i) else self._police_subject(c)
        if police and not any(self._enforcer(n) for n in c.who):
            # "ketujuh pelaku ditangkap polisi": the police are the agent, the body the article names for them if any
            c.who = list(dict.fromkeys([*police, *c.who]))[: self.cfg.max_who]
        if not any(self._enforcer(n) for n in c.who) and self._done_by_nobody_named(c):
            # "Kejari Bangkalan menahan JS ... Muhammad Fakhri mengatakan, penahanan dilakukan agar tersangka ...": the body
            # that holds the suspect is the one the article named before
            c.who = list(dict.fromkeys([*self._enforcer_before(c.start), *c.who]))[: self.cfg.max_who]
        if "doer" in c.trig.flags and not c.before:
            # "Penembakan massal terjadi di ...": the attacker is the one the article calls "pelaku"
            doer = self.first_doer
            if doer and doer not in c.who:
                c.who = [doer, *c.who]
        if "mutual" in c.trig.flags:
            self._other_side(c)

    def _other_side(self, c: Candidate) -> None:
        """Adds the other side of a clash, the participant noun right after the partner word that follows the trigger
        ("Demonstran bentrok dengan polisi", "para suporter bentrok dengan ratusan polisi": event_words.tsv, role
        partner), to ``c.who``, unless a name after the trigger is already a party ("bentrok dengan suporter Persija") or the
        noun is a victim's (event_words.tsv, role victim_noun: "bentrok dengan korban tewas dua orang" tells its toll)."""
        partner = self.lex.roles.get("partner", frozenset())
        if c.j >= c.c1 or self.low[c.j] not in partner or any(m.name in c.who for m in c.after):
            return
        obj = self.noun_after(c.j + 1, c.c1, c.trig.unnamed)
        if obj is None or obj[0] > c.j + _OTHER_SIDE_REACH or self.low[obj[0]] in self.lex.roles.get("victim_noun", ()):
            return  # "bentrok dengan korban meninggal satu orang": the clash's toll, no side
        side = self.named_by_noun(*obj, self.number_before(obj[0])) or [self.owned_phrase(*obj)]
        told = {n.lower() for n in c.who}  # "Warga bentrok dengan sesama warga": one side
        c.who = [*c.who, *(n for n in side if n.lower() not in told)][: self.cfg.max_who]

    def _means_of_travel(self, c: Candidate, k: int) -> bool:
        """Whether the participant noun at token ``k`` is a vehicle told after a word of means in a trip's clause
        (``_MEANS_TYPES``; event_words.tsv, role means: "tiba ... menggunakan kapal laut", "dengan pesawat komersial")."""
        if c.trig.type not in _MEANS_TYPES or k == 0 or self.low[k - 1] not in self.lex.roles.get("means", ()):
            return False
        return "vehicle" in self.lex.participants.at(self.low, k)[1].split("/")

    def _own_count(self, c: Candidate, noun: tuple[int, int]) -> None:
        """Counts the trigger by its own predicate's quantity when the participant noun it took is another predicate's
        ("dua orang meninggal dunia dan enam lainnya luka-luka": six hurt; ``own_count``)."""
        after = None
        if self._active(c.i):
            found = self.noun_after(c.j, c.c1, c.trig.unnamed)
            after = found[0] if found else -1
        last = self.starts[noun[1] - 1]
        predicate = any(t0 <= last < t1 for t0, t1, _ in self.trigger_at if t0 != self.starts[c.i])
        own = own_count(self.low, self.raw, noun, (c.i, c.j), after, self.number_before, predicate)
        if own is not None:
            c.count = own[0]

    def _pronoun_victims(self, c: Candidate) -> list[str]:
        """Whom "mereka" right after a death or an injury stands for ("Namun, kecelakaan merenggut nyawa mereka"): those
        the article's last fate befell, else the people of the sentence before ("kuil Dewa Kedarnath" they went to is
        no victim); none after other triggers."""
        if c.trig.type not in self.FATED or c.j >= len(self.low) or self.low[c.j] not in self.lex.roles.get("plural", ()):
            return []
        return self._last_fated(c.trig, c.i) or self._previous_parties(c.sent, "PER")

    def _done_by_nobody_named(self, c: Candidate) -> bool:
        """Whether the trigger is a nominal arrest or charge told done with no agent ("penahanan dilakukan", event_words.tsv,
        role done): an act of the law whose doer the article has named before."""
        done = self.lex.roles.get("done", frozenset())
        return not self._verb(c.i) and c.trig.type in self.cfg.done_types and c.j < len(self.low) and self.low[c.j] in done

    def _enforcer_before(self, pos: int) -> list[str]:
        """The police or prosecutors' body the article names nearest before text position ``pos``; none when it names none."""
        named = [m for m in self.mentions if m.type == "ORG" and not m.skip and m.start < pos and self._enforcer(m.name)]
        return [named[-1].name] if named else []

    def _unnamed_noun(self, c: Candidate) -> tuple[int, int] | None:
        """(first token, end token) of the noun naming the trigger's unnamed participants: the nearest in its clause, else
        that of the clause whose subject it shares, else, for what befalls people, its clause's first ("12 turis asal
        India mengalami luka ringan dan telah dilarikan ke rumah sakit"), else the counted trigger itself."""
        kinds, role = c.trig.unnamed, c.clauses[c.ci].role
        befalls = c.trig.type in self.cfg.befall_types
        # "menangkap tiga pemuda atas pembunuhan seorang warga": the noun of a cause's own phrase first, not the clause's
        own = self.noun_after(c.j, self.own_phrase(c.j, c.c1)[1], kinds) if c.caused else None
        noun = own or self.participant_noun(c.i, c.j, c.c0, c.c1, kinds)
        if noun is None and role in ("resume", "clause", *SHARED) and c.ci > 0:
            # "pelaku penembakan, yang ..., diduga tewas": the noun of the clause whose subject it shares
            prev = c.clauses[c.ci - 2 if role == "resume" and c.ci >= 2 else c.ci - 1]
            noun = self.participant_noun(prev.end, prev.end, prev.start, prev.end, kinds)
            if noun is None and (role == "resume" or (role in SHARED and befalls)):
                # "Seorang pria ... berkebangsaan Inggris berusia 53 tahun, yang ..., ditangkap": the clause a relative
                # clause broke off resumes with its subject, its first noun however far in
                noun = self._first_noun(prev.start, prev.end, kinds)
        if noun is None and "noun" not in c.trig.flags and befalls:
            noun = self._first_noun(c.c0, c.i, kinds)  # a verb joined to its clause's first predicate shares its subject
        if noun is None and self._names_its_people(c):
            noun = (c.i, c.j)  # "Tiga korban tewas dalam kecelakaan itu": the trigger is the noun of the dead
        return noun

    def _first_noun(self, k0: int, k1: int, kinds: frozenset[str]) -> tuple[int, int] | None:
        """(first token, end token) of the first participant noun of ``kinds`` in tokens k0..k1, however far in."""
        parts = self.lex.participants
        for k in range(k0, k1):
            n, kind = parts.at(self.low, k)
            if n and k + n <= k1 and kinds.intersection(kind.split("/")) and self.noun_written(k) and not self._owner(k):
                return k, k + n
        return None

    def _names_its_people(self, c: Candidate) -> bool:
        """Whether the nominal trigger, counted, is itself a participant noun of its kinds ("tiga korban tewas"); uncounted
        ("Baik korban meninggal maupun yang luka-luka") it talks of the victims told before, no death of its own."""
        n, kind = self.lex.participants.at(self.low, c.i)
        own = "noun" in c.trig.flags and c.i + n == c.j and bool(c.trig.unnamed.intersection(kind.split("/")))
        return own and self.number_before(c.i) is not None

    def _named_by_noun(self, c: Candidate, k0: int, k1: int) -> None:
        """The participants and count a trigger takes from its participant noun in tokens k0..k1."""
        c.count, c.counted = self.number_before(k0), self.text[self.starts[k0] : self.ends[k1 - 1]]
        phrase = self.owned_phrase(k0, k1)
        owner = phrase[len(c.counted) + 1 :]
        # "Jemaah haji tersebut meninggal" of "Jemaah haji bernama Suminarsih": the noun stands for the person named
        party = self.named_by_noun(k0, k1, c.count, fate=c.trig.type in self.FATED) or [phrase]
        if owner and owner in c.who:
            # "15 mahasiswa UPSI meninggal": the students died, not the university
            c.who = party + [n for n in c.who if n != owner]
        elif c.who and party[0] not in c.who and self._noun_joins_parties(c, k0, k1):
            c.who = list(dict.fromkeys([*c.who, *party]))
        if not c.who:
            c.who = list(party)
            # "Pemadam kebakaran ... mengevakuasi mereka", "menewaskan 15 orang": an active verb's object too
            if k1 <= c.i and self._active(c.i):
                self._object_noun(c)
        if k0 >= c.j and phrase in c.who:  # (a noun standing for named people is joined to no other noun)
            # "mengevakuasi semua siswa dan guru", "korban tewas terdiri dari tujuh siswa dan satu orang dewasa"
            c.who = list(dict.fromkeys([*c.who, *self._joined_nouns(k1, c.c1, c.trig.unnamed)]))[: self.cfg.max_who]

    def _noun_joins_parties(self, c: Candidate, k0: int, k1: int) -> bool:
        """Whether the people of the participant noun in tokens k0..k1 join the parties the event names: those an active
        verb acts on ("polisi mengevakuasi semua siswa dan guru": the agent, then them), the accused ("sudah dimintai
        keterangan sebagai tersangka dua orang tersebut," jelas Ali: the speaker or the police charge, the noun's people
        are charged), or whom a death or an attack befell when the names are its doers ("Seorang petani tewas ditembak
        mati anggota KKB pimpinan X": X's men killed, the farmer died)."""
        if k0 >= c.j and self._active(c.i) and not self._preposition_between(c.j, k0):
            return True
        return c.trig.type in self.cfg.accused_types or self._victim_before_named_doers(c, k1)

    def _victim_before_named_doers(self, c: Candidate, k1: int) -> bool:
        """Whether the participant noun ending at token ``k1`` stands before a death, an injury or an attack, and every
        name the event has stands after a passive verb or an agent's word after it: the doers of what befell the noun's
        people ("tewas ditembak mati anggota KKB pimpinan X", "dianiaya oleh X"), not those people themselves (not
        "rumah milik warga ... merenggut nyawa APW", nor "korban pembunuhan lainnya, Siska ...": they are the dead)."""
        if c.trig.type not in (*self.FATED, "ATTACK") or k1 > c.i:
            return False
        after = [m for m in c.after if m.name in c.who]
        if not after or {m.name for m in after} != set(c.who):
            return False
        agent = self.lex.roles.get("agent", frozenset())
        first = min(m.token for m in after)
        if any(tuple(self.low[k : k + len(p)]) == p for k in range(c.i, first) for p in naming_words()):
            return False  # "tewas di tempat, yaitu Budi", "ditembak oleh polisi bernama Andi": the name's is told apart
        return any(self._passive_verb(k) or self.low[k] in agent for k in range(c.i, first))

    def _passive_verb(self, k: int) -> bool:
        """Whether token ``k`` is a passive verb that tells a doer after it ("ditembak", "dibacok"): not the preposition
        or a pronoun (role not_passive: "di", "dialah"), nor a verb naming whom it tells of ("diketahui bernama")."""
        low = self.low[k]
        if low in self.lex.roles.get("not_passive", frozenset()) or low in _naming_passives():
            return False
        return self._passive(k)

    def _object_noun(self, c: Candidate) -> None:
        """Adds the participant noun after an active trigger, or whom it stands for, to ``c.who``, and counts it when the
        subject's noun has no count ("Pemadam kebakaran ... mengevakuasi 30 warga")."""
        obj = self.noun_after(c.j, c.c1, c.trig.unnamed)
        if obj is None:
            return
        fate = c.trig.type in self.FATED
        c.who += self.named_by_noun(*obj, self.number_before(obj[0]), fate=fate) or [self.owned_phrase(*obj)]
        if c.count is None:
            c.count, c.counted = self.number_before(obj[0]), self.text[self.starts[obj[0]] : self.ends[obj[1] - 1]]

    def _passive(self, i: int) -> bool:
        """Whether the trigger at token ``i`` is a passive verb ("dilantik", "ditangkap")."""
        return self.raw[i].islower() and self.low[i].startswith("di")

    def _active(self, i: int) -> bool:
        """Whether the trigger at token ``i`` is an active verb ("mengevakuasi", "menewaskan")."""
        return self.low[i].startswith("me")

    def _preposition_between(self, lo: int, hi: int) -> bool:
        """Whether a preposition of place stands in tokens lo..hi: "menabrak pendemo di depan pabrik" (the factory is where)."""
        words = self.lex.words
        return any(words.at(self.low, k)[1] in ("place", "destination", "source") for k in range(lo, hi))

    def _joined_nouns(self, k: int, c1: int, kinds: frozenset[str]) -> list[str]:
        """The participant nouns joined to the one ending before token ``k`` ("siswa dan guru"; "tujuh siswa dan satu
        orang dewasa"), each with the number before it skipped."""
        out: list[str] = []
        joiners = self.lex.joiners
        while k + 1 < c1 and self.low[k] in joiners and len(out) < self.cfg.max_who:
            found = self.noun_after(k + 1, c1, kinds)
            # right after the joiner, or after its number: not "pelaku pembunuhan dan mutilasi seorang perempuan"
            if found is None or found[0] > k + 2 or (found[0] > k + 1 and self.number_before(found[0]) is None):
                break
            out.append(self.owned_phrase(*found))
            k = found[1]
        return out

    def _counts(self, c: Candidate) -> bool:
        """Whether the candidate is an event: it has a place where its type needs one, a re-mention says
        where or when (and takes the parties of the event it re-mentions), and it has participants."""
        if self._cause_retold(c) or self._retold_bare(c):
            return False
        if "alone" in c.trig.flags and not c.remention:
            return True
        if self._lacks_what_its_type_needs(c) or self._unvoiced_remention(c):
            return False
        if c.remention and not c.speech and not self._remention_placed(c):
            return False
        return bool(c.who) or "alone" in c.trig.flags

    def _lacks_what_its_type_needs(self, c: Candidate) -> bool:
        """Whether the candidate lacks a person its type needs ("BRI kembali ditunjuk sebagai bank penyalur": people take
        office, not a bank) or a place its trigger needs."""
        if "people" in c.trig.flags and not c.counted and not any(m.type == "PER" for m in c.actors):
            return True
        if "vehicle" in c.trig.flags and self.participant_noun(c.i, c.j, c.c0, c.c1, _VEHICLE) is None:
            return True  # "harga minyak jatuh", "dihantam kebijakan efisiensi": no vehicle falls or rams
        if self._no_danger_left(c):
            return True
        if "victim" in c.trig.flags and not self._blow_taker(c):
            return True  # "Gong dipukul oleh Presiden ...", "Sektor properti dihajar ...": a thing struck, no one hurt
        if c.trig.type == "VISIT" and self._bound_home(c.j, c.c1):
            return True  # "dalam perjalanan pulang ke rumahnya": the way home, a circumstance, no trip to a place
        if c.trig.type == "VISIT" and not c.actors and ((c.count or 0) >= _TRAFFIC_COUNT or self._any_in(self.low[c.c0 : c.c1], "tally")):
            # "sebanyak 53.872 penumpang melakukan perjalanan", "penumpang yang tiba ... mencapai 53.137 orang": a count of
            # travel, no one's trip
            return True
        return "place" in c.trig.flags and c.where is None

    def _blow_taker(self, c: Candidate) -> bool:
        """Whether a person stands before the passive blow ``c`` in its clause, who took it: named, a noun of people or a
        personal pronoun (role personal: "Dua pelaku dihajar massa", "Dia dipukul dan ditendang"), or initials right before
        it ("NN dihajar oleh ketiga pelaku")."""
        if any(m.type == "PER" for m in c.before) or self._noun_before(c.i, c.c0, _PEOPLE) is not None:
            return True
        initials = c.i > c.c0 and len(self.raw[c.i - 1]) <= _INITIALS and self._names_someone(self.raw[c.i - 1])
        return initials or self._any_in(self.low[c.c0 : c.i], "personal")

    def _drowned_person(self, c: Candidate) -> bool:
        """Whether the sinking ``c`` is a person's drowning: a person named or a noun of people in its clause, no vehicle
        ("perahu yang ditumpangi dua nelayan tenggelam" is the boat's mishap), and no rescue nor search told in its
        sentence ("tenggelam di Pantai Kuta, namun berhasil diselamatkan": nobody died)."""
        if self.participant_noun(c.i, c.j, c.c0, c.c1, _VEHICLE) is not None or self._craft_in(c.c0, c.c1):
            return False
        if self._spared(c.sent):
            return False
        return any(m.type == "PER" for m in c.actors) or self.participant_noun(c.i, c.j, c.c0, c.c1, _PEOPLE) is not None

    def _craft_in(self, c0: int, c1: int) -> bool:
        """Whether a word of a craft (roles craft, vehicle: "speedboat", "KMP") stands in tokens c0..c1, not after a number
        ("ditemukan 2 km dari lokasi": a length, no ship's "KM")."""
        roles, low = self.lex.roles, self.low
        craft = roles.get("craft", frozenset()) | roles.get("vehicle", frozenset())
        return any(low[k] in craft and not (k and _NUMBER.match(low[k - 1])) for k in range(c0, c1))

    def _spared(self, sent: int) -> bool:
        """Whether sentence ``sent`` tells a rescue (role rescued, not negated nor failed, role failed: "berhasil
        diselamatkan"; "tak dapat diselamatkan", "gagal diselamatkan" tell a death) or a search still going on (role
        missing: "masih dalam pencarian"), and no body nor death (role corpse)."""
        if self._has_role(sent, "corpse"):
            return False
        ss, se = self.sents[sent]
        k0, k1 = self.tok(ss), self.tok(se)
        roles, low = self.lex.roles, self.low
        rescued, missing = roles.get("rescued", frozenset()), roles.get("missing", frozenset())
        denied = roles.get("negation", frozenset()) | roles.get("failed", frozenset())
        return any(low[k] in missing or (low[k] in rescued and not denied.intersection(low[max(k0, k - 3) : k])) for k in range(k0, k1))

    def _no_danger_left(self, c: Candidate) -> bool:
        """Whether the candidate moves no one out of danger or strikes no place: a patient taken to hospital for an illness
        (flag ailing), a body carried away (flag living), belongings soaked (flag goods)."""
        flags = c.trig.flags
        if "ailing" in flags and self._ailing(c.sent):
            return True  # "dilarikan ke rumah sakit usai menderita gastroenteritis akut": a patient's care
        before = self.low[c.c0 : c.i]
        if "living" in flags and self._body_moved(c) and not self._any_in(before, "alive"):
            return True  # "ditemukan dalam kondisi meninggal dunia dan dievakuasi ke RSUD": a body moved
        if "persons" in flags and self._things_moved(c):
            return True  # "mengevakuasi truk tangki yang terperosok", "granat ... akhirnya dievakuasi": towing, disposal
        return "goods" in flags and self._any_in(before, "goods") and not c.places  # "barang bawaan ... ikut terendam air laut"

    def _things_moved(self, c: Candidate) -> bool:
        """Whether what the evacuation ``c`` moves is a thing (role moved_thing), met before any people: for a passive
        verb, its subject, head first, up to a relative "yang" describing it ("Benda diduga granat yang ditemukan warga ...
        akhirnya dievakuasi": who found it is not moved), in a sentence with no word of the living hurt; else
        in its object, the words after it up to ``_MOVED_REACH`` on to a punctuation mark, a preposition or a word of
        how or why (role object_end: "evakuasi dengan perahu karet" moves no boat), "dan" going on ("evakuasi dan
        pemusnahan senjata peledak"). A noun of people or a person's name first keeps it ("evakuasi seluruh korban dan
        kendaraan"). An evacuation naming nothing after it, in a sentence of the road's traffic (role road_traffic: "proses
        evakuasi, imbas ... arus lalu lintas ... mengalami kepadatan"), moves the crashed vehicles."""
        thing, low = self.lex.roles.get("moved_thing", frozenset()), self.low
        if self._passive(c.i):
            relative = self.lex.roles.get("relative", frozenset())
            if self._any_in(self.low[self.tok(self.sents[c.sent][0]) : self.tok(self.sents[c.sent][1])], "alive"):
                return False  # "pengemudi mobil truk ... hanya luka lecet dan dibawa ke RSUD": the hurt are moved
            head_end = next((k for k in range(c.c0, c.i) if low[k] in relative), c.i)  # "granat yang ditemukan warga"
            for k in range(c.c0, head_end):  # the head first: "pengemudi mobil truk" is a driver, "jet 737 MAX" a plane
                if self._people_at(k, self.lex.participants.ending_at(low, k)[1]):
                    return False
                if low[k] in thing:
                    return True
            return False
        roles = self.lex.roles
        ends = roles.get("object_end", frozenset()) | roles.get("place", frozenset()) | roles.get("agent", frozenset())
        ends |= roles.get("destination", frozenset()) | roles.get("source", frozenset())
        for k in range(c.j, min(self.tok(self.sents[c.sent][1]), c.j + _MOVED_REACH)):
            if low[k] in ends or not low[k][:1].isalnum():
                # nothing at all after it: in a sentence of the road's traffic, the crashed vehicles cleared off it
                # ("Petugas Jasa Marga sedang melakukan proses evakuasi, imbas dari kejadian tersebut ... arus lalu
                # lintas"); a way or a place after it ("evakuasi ke rumah sakit", "dengan perahu karet") moves people
                return k == c.j and not low[k][:1].isalnum() and self._has_role(c.sent, "road_traffic")
            if self._people_at(k, self.lex.participants.at(low, k)[1]):
                return False
            if low[k] in thing:
                return True
        return False

    def _person_at(self, k: int) -> bool:
        """Whether token ``k`` is in a person's name. The spans are read first: most words are in no name, and the
        mentions' types are then not worked out (``mentions``)."""
        end, n = self.ends[k], bisect_right(self.mention_starts, self.starts[k])
        if not n or self.mention_reach[n - 1] < end:
            return False  # no mention starting before the word reaches its end (most words)
        covering = [i for i in range(n) if self.mention_ends[i] >= end]
        return any(self.mentions[i].type == "PER" for i in covering)

    def _people_at(self, k: int, kind: str) -> bool:
        """Whether token ``k`` is in a noun of people (its participant ``kind``, event_participants.tsv) or a person's
        name."""
        return bool(_PEOPLE.intersection(kind.split("/"))) or self._person_at(k)

    def _body_moved(self, c: Candidate) -> bool:
        """Whether a word of a body or a death (role corpse) stands before the trigger in its clause, in its own subject:
        the backward look stops at a noun of people no such word stands right before ("tiga warga tewas memaksa 200 warga
        dievakuasi": the dead are not the people moved; "jenazah korban dievakuasi" moves the body)."""
        corpse, low = self.lex.roles.get("corpse", frozenset()), self.low
        for k in range(c.i - 1, c.c0 - 1, -1):
            if low[k] in corpse:
                return True
            n, kind = self.lex.participants.ending_at(low, k)
            if n and _PEOPLE.intersection(kind.split("/")) and not corpse.intersection(low[max(c.c0, k - n - 1) : k - n + 1]):
                return False
        return False

    def _bound_home(self, j: int, c1: int) -> bool:
        """Whether "pulang ke" and a word of one's home (role home: "rumahnya", "kediamannya") follow the trigger ending
        before token ``j`` within ``_HOME_REACH`` words of its clause."""
        home, low = self.lex.roles.get("home", frozenset()), self.low
        end = min(c1, j + _HOME_REACH) - 2
        return any(low[k] == "pulang" and low[k + 1] == "ke" and low[k + 2] in home for k in range(j, end))

    def _any_in(self, words: list[str], role: str) -> bool:
        """Whether one of ``words`` is a word of ``role`` (``event_words.tsv``)."""
        found = self.lex.roles.get(role, frozenset())
        return any(w in found for w in words)

    def _ailing(self, sent: int) -> bool:
        """Whether sentence ``sent`` has a word of illness written as a common word ("sakit" outside "rumah sakit"; not
        "Jantung" of "Rumah Sakit Jantung Harapan Kita", a hospital's name) and none of harm."""
        ss, se = self.sents[sent]
        k0, k1, low = self.tok(ss), self.tok(se), self.low
        ailment = self.lex.roles.get("ailment", frozenset())
        ill = any(
            low[k] in ailment and self._common_word(k) and not (low[k] == "sakit" and k > k0 and low[k - 1].endswith("rumah"))
            for k in range(k0, k1)
        )
        return ill and not self._has_role(sent, "harm")

    def _cause_retold(self, c: Candidate) -> bool:
        """Whether a nominal trigger after a word of consequence (role consequence: "akibat", "terdampak") names a
        happening of its type the article told before, with no place nor date of its own ("Objek yang terdampak kebakaran
        meliputi tujuh rumah" after "tewas akibat kebakaran di Kebon Baru"): the happening told again, no other one."""
        if "noun" not in c.trig.flags or c.where is not None or c.when_span is not None:
            return False
        k = c.i - 2 if c.i > 1 and self.low[c.i - 1] == "dari" else c.i - 1  # "akibat dari kebakaran"
        # "luka-luka akibat gempa susulan" after a flood: another disaster, not the flood retold
        return k >= 0 and self.low[k] in self.lex.roles.get("consequence", frozenset()) and self._told_before(c)

    def _retold_bare(self, c: Candidate) -> bool:
        """Whether the noun of an everyday happening (a trigger flagged "unnamed" or "alone") names one the article told
        before with a word of the same root, with no place, date nor named party of its own ("20 bus terbakar di Terminal
        Rawa Buaya ... belum dapat memperkirakan kerugian dari kebakaran", "kebakaran pertama kali dilaporkan oleh
        warga"): the happening told again, which the annotation lists only with a place of its own."""
        trig = c.trig
        if "noun" not in trig.flags or "speech" in trig.flags or not (trig.unnamed or "alone" in trig.flags):
            return False
        if c.where is not None or c.when_span is not None or c.actors:
            return False
        roles = self.lex.roles
        if c.i > 0 and (self.low[c.i - 1] in roles.get("undergo", ()) or self.low[c.i - 1] in roles.get("light", ())):
            return False  # "bus itu terlibat kecelakaan saat ...": the clause tells the happening itself
        if any(w in roles.get("another", ()) for w in self.low[max(0, c.i - 1) : c.j + 2]):
            return False  # "kebakaran lain", "gempa susulan", "erupsi kembali terjadi": a new happening
        roots = root_candidates(self.low[c.i])
        return any(
            ev.type == trig.type and ev.sentence != c.sent and roots & root_candidates(self.low[self.tok(ev.start)])
            for ev in self.found_so_far
        )

    def _told_before(self, c: Candidate) -> bool:
        """Whether the candidate tells a happening of its type told before: with a word of the same root ("terbakar ...
        akibat kebakaran"), or pointing back to one ("akibat kecelakaan maut itu" after "tabrakan beruntun"). One of its
        type told with another word (a flood, then "akibat gempa susulan") is another happening."""
        if c.trig.type not in self.last_of_type:
            return False
        anaphor = self.lex.roles.get("anaphor", frozenset())
        if any(w in anaphor for w in self.low[c.j : c.j + 2]):
            return True
        roots = root_candidates(self.low[c.i])
        return any(ev.type == c.trig.type and roots & root_candidates(self.low[self.tok(ev.start)]) for ev in self.found_so_far)

    def _unvoiced_remention(self, c: Candidate) -> bool:
        """Whether a nominal speech act re-mentions one told before with no one voicing it ("Peringatan ini merupakan ...")."""
        return c.speech and c.noun and not c.before and c.remention and (c.quote is None or not self._speaker_names(c.quote))

    def _remention_placed(self, c: Candidate) -> bool:
        """Whether a re-mention ("Pertemuan itu ...") says where or when its event happens, the only way it counts; one
        naming no party takes those of the last event of its type (else the people of the sentence before)."""
        if not self._happens(c.c0, c.c1) or (c.where is None and c.when_span is None):
            return False
        if not c.who:
            earlier = self.last_of_type.get(c.trig.type)
            c.who = list(earlier.who) if earlier is not None else self._previous_parties(c.sent, "PER")
        return True

    def _sport(self, sent: int) -> bool:
        """Whether the sentence is sports reporting: it has a sports word, or the article has several."""
        if self.sporty:
            return True
        ss, se = self.sents[sent]
        return bisect_left(self.sport_at, ss) < bisect_left(self.sport_at, se)

    def _addresses_the_reader(self, sent: int) -> bool:
        """Whether the sentence addresses the reader outside quotes (role reader: "kamu juga bisa datang ke Ancol"); a
        capitalised "Anda" after a capitalised word is a word of a name ("Deden Anda Kusmana")."""
        if self.reader_at is None:
            reader, low, raw = self.lex.roles.get("reader", frozenset()), self.low, self.raw
            readers = compress(count(), map(reader.__contains__, low))  # most words are no word for the reader
            words = (k for k in readers if not (k > 0 and raw[k][:1].isupper() and raw[k - 1][:1].isupper()))
            self.reader_at = [self.starts[k] for k in words if not any(q.start <= self.starts[k] < q.end for q in self.quotes)]
        ss, se = self.sents[sent]
        return bisect_left(self.reader_at, ss) < bisect_left(self.reader_at, se)

    def _at_war(self) -> bool:
        """Whether the article has ``weapon_words`` words of weapons (``event_words.tsv``, role weapon) or as many attack
        triggers ("Israel meluncurkan serangan ... serangkaian serangan ... serangan terbaru"): a report of strikes."""
        if self.weapon_count is None:
            weapons = self.lex.roles.get("weapon", frozenset())
            self.weapon_count = sum(map(weapons.__contains__, self.low))
            self.attack_count = sum(1 for _, _, typ in self.trigger_at if typ == "ATTACK")
        return max(self.weapon_count, self.attack_count) >= self.cfg.weapon_words

    def _set_off(self, sent: int) -> bool:
        """Whether a blast or a fire of the sentence was set off on purpose: "ledakan terdengar di beberapa kota Iran" in
        a report of strikes is the attack's, "kebakaran" in a report of a man who "nekat membakar rumahnya" an arson;
        neither is a mishap."""
        return self._has_role(sent, "weapon") or self._at_war() or self._arson()

    def _arson(self) -> bool:
        """Whether the article tells a fire set on purpose (``arson_words.txt``: "nekat membakar", "pelaku pembakaran")."""
        if self.arson_told is None:
            self.arson_told = _ARSON.search(self.text.lower()) is not None
        return self.arson_told

    def _has_role(self, sent: int, role: str) -> bool:
        """Whether the sentence has a word of ``role`` (``event_words.tsv``)."""
        words = self.lex.roles.get(role, frozenset())
        ss, se = self.sents[sent]
        return not words.isdisjoint(self.low[self.tok(ss) : self.tok(se)])  # one C-level test, not a loop over the words

    def _role_before(self, i: int, sent: int, role: str) -> bool:
        """Whether a word of ``role`` (``event_words.tsv``) stands before token ``i`` in its sentence, back to a word
        starting a clause or a reported statement (roles clause, break): "memerintahkan kami bergerak sehingga kami
        langsung berkoordinasi dengan ..." tells a coordination made on an order, not one asked for."""
        words = self.lex.roles.get(role, frozenset())
        stops = self.lex.roles.get("clause", frozenset()) | self.lex.roles.get("break", frozenset())
        for w in reversed(self.low[self.tok(self.sents[sent][0]) : i]):
            if w in stops:
                return False
            if w in words:
                return True
        return False

    def _absence_before(self, i: int, sent: int) -> bool:
        """Whether a word of someone missing stands up to ``window_absence`` words before token ``i`` in its sentence."""
        absence = self.lex.roles.get("absence", frozenset())
        lo = max(self.tok(self.sents[sent][0]), i - self.cfg.window_absence)
        return not absence.isdisjoint(self.low[lo:i])

    def _generic(self, i: int) -> bool:
        """Whether a word saying "such happenings in general" stands up to two words before token ``i``, or before the
        noun for people and the "yang" of a relative clause the trigger opens ("jumlah orang yang mengungsi terus
        mencapai rekor": a figure of displacement, no one happening)."""
        generic = self.lex.roles.get("generic", frozenset())
        k = i
        if k > 1 and self.low[k - 1] in self.lex.roles.get("relative", ()):
            n = self.lex.participants.ending_at(self.low, k - 2)[0]
            k = k - 1 - n if n else k
        k = self._first_of_list(k)
        return any(w in generic and not self._befell(t, i) for t, w in enumerate(self.low[max(0, k - 2) : i], max(0, k - 2)))

    def _befell(self, t: int, i: int) -> bool:
        """Whether the word of duty at token ``t`` (role must, "harus") stands right before a trigger at ``i`` that opens
        with a word of what befalls people (role befalls): "Rindy harus meregang nyawa", "masinis itu harus dilarikan ke
        rumah sakit" tell what happened to them, no duty nor rule ("warga harus mengungsi" stays one)."""
        roles = self.lex.roles
        if not (t == i - 1 and self.low[t] in roles.get("must", ()) and self.low[i] in roles.get("befalls", ())):
            return False
        # a rule or a wish before it in its sentence (role norm): "setiap korban ... harus dilarikan", "tidak boleh ada lagi
        # anak yang harus meninggal" befell nobody; "dua penumpang mengalami luka yang harus dilarikan ke rumah sakit" did
        s0 = self.tok(self.sents[bisect_right(self.sent_starts, self.starts[t]) - 1][0])
        return not any(w in roles.get("norm", ()) for w in self.low[s0:t])

    def _first_of_list(self, k: int) -> int:
        """The first token of the list of nominal triggers that the trigger at token ``k`` ends ("risiko iklim seperti banjir
        dan kebakaran": "banjir"), so that a word before the list speaks of all of them; ``k`` when none stands before it."""
        joins = self.lex.joiners | _LIST_JOINS
        while k > 1 and self.low[k - 1] in joins and not self._verb(k):
            end = self.ends[k - 2]
            before = next((start for start, stop, _ in self.trigger_at if stop == end), None)
            if before is None or self._verb(self.tok(before)):
                break  # "membantah atau menyangkal": two acts of one speaker, no list of kinds
            k = self.tok(before)
        return k

    def _verb_negated(self, i: int) -> bool:
        """Whether the verb a trigger completes is negated: "belum menetapkan terduga pelaku sebagai tersangka"."""
        prefixes = self.lex.roles.get("verb_prefix", frozenset())
        for k in range(i - 1, max(-1, i - 1 - self.cfg.window_status), -1):
            if not self.low[k][0].isalnum():
                return False
            if self.raw[k].islower() and any(self.low[k].startswith(p) for p in prefixes):
                return self._negated(k)
        return False

    def _denied(self, i: int) -> bool:
        """Whether a denial word stands up to ``window_negation`` words before token ``i`` in its clause."""
        denial = self.lex.roles.get("denial", frozenset())
        for k in range(i - 1, max(-1, i - 1 - self.cfg.window_negation), -1):
            if not self.low[k][0].isalnum():
                return False
            if self.low[k] in denial:
                return True
        return False

    def _negated(self, i: int) -> bool:
        """Whether a negation stands up to ``window_negation`` words before token ``i``, or further back with only words
        that carry it between ("memutuskan untuk tidak terlibat langsung dalam penyerangan"; role bridge)."""
        low, roles = self.low, self.lex.roles
        neg, limiter, bridge = roles.get("negation", frozenset()), roles.get("limiter", frozenset()), roles.get("bridge", frozenset())
        refusal, purpose = roles.get("refusal", frozenset()), roles.get("purpose", frozenset())
        for k in range(i - 1, max(-1, i - 1 - max(self.cfg.window_negation, self.cfg.window_negation_far)), -1):
            w = low[k]
            if not w[0].isalnum():
                return False
            # "menolak untuk menuduh": a refusal negates through a purpose word; "menolak tuduhan" is an act of its own
            if w in neg or (w in refusal and k + 1 < i and low[k + 1] in purpose):
                if any(x in roles.get("anaphor", ()) for x in low[k + 1 : i]):
                    return False  # "Truk tanpa muatan itu menabrak ...": the negation is inside the subject the demonstrative closes
                near = i - k <= self.cfg.window_negation
                # past the usual reach, only words that carry the negation stand between ("tidak ... dan memperingatkan" is two acts)
                return not (k + 1 < len(low) and low[k + 1] in limiter) and (near or all(x in bridge for x in low[k + 1 : i]))
        return False

    def _agent(self, j: int, after: list[Mention], passive: bool = False) -> Mention | None:
        """The passive agent: "dikonfirmasi oleh kantor berita Korea Utara, KCNA"; after a passive verb, also past its
        complement up to ``AGENT_REACH`` words with no comma or other trigger between ("dilantik menjadi Staf Khusus
        Presiden oleh Presiden Prabowo")."""
        agent_words = self.lex.roles.get("agent", frozenset())
        k = next((k for k in range(j, min(len(self.low), j + 2)) if self.low[k] in agent_words), None)
        if k is None and passive:
            k = self._far_agent_word(j, agent_words)
        if k is None:
            return None
        # "oleh tim penyidik Kejari Bangkalan", "oleh jajaran Polsek Babelan": the noun of the body's people stands
        # between "oleh" and the body's name
        noun = self.lex.participants.at(self.low, k + 1)[0] if k + 1 < len(self.low) else 0
        reach = self.cfg.max_gap_words + 1 + noun
        for m in after:
            if m.token > k and m.token - k <= reach:
                return m
        return None

    def _far_agent_word(self, j: int, agent_words: frozenset[str]) -> int | None:
        """The token of "oleh" within ``_AGENT_REACH`` words after token ``j``, with only words between (no comma, no
        other trigger)."""
        for k in range(j, min(len(self.low), j + self.AGENT_REACH)):
            if not self.low[k][0].isalnum() or k in self.trigger_tokens or self.witnessing(k):
                return None
            if self.low[k] in agent_words:
                return k
        return None

    def _between(self, j: int, c1: int, pair: str) -> list[str] | None:
        """The parties a nominal trigger names right after it, or None: "negosiasi senjata antara Rusia
        dan DPRK", "sanksi Barat terhadap kedua negara" (the two countries most talked about)."""
        between, words = self.lex.roles.get("between", frozenset()), self.lex.words
        for k in range(j, min(c1, j + self.cfg.window_next + 1)):
            if self.low[k] in between:
                lo = bisect_left(self.mention_starts, self.ends[k])
                hi = bisect_left(self.mention_starts, self.ends[c1 - 1])
                parties = [m.name for m in self.mentions[lo:hi] if not (m.skip or m.modifier or m.scene)]
                if parties:
                    return parties
            if pair and words.at(self.low, k)[1] == pair:
                return self._salient(pair, self.starts[k], set()) or None
        return None

    def _speaker_names(self, quote: QuoteSpan) -> list[str]:
        """The quote's speaker as entity names: its linked entity, else the names the phrase contains
        ("AS, Inggris, Korea Selatan dan Jepang"); an unnamed speaker ("para pejabat") gives none."""
        name = self.entity_names.get(quote.speaker_entity)
        if name:
            return [] if self._cited_medium(name, quote) else [name]
        phrase = quote.speaker or ""
        if not phrase:
            return []
        names = self.speaker_cache.get(phrase)
        if names is None:
            found = []
            for n in dict.fromkeys(self.entity_names.values()):
                pos = phrase.find(n) if n else -1
                if pos >= 0 and re.search(rf"(?<!\w){re.escape(n)}(?!\w)", phrase):
                    found.append((pos, n))
            # "menurut media berita Israel dan Rusia", "kata warga Gaza": a place after the phrase's opening noun of
            # people or media (role nationality) says where the speaker is from; the speaker is no state
            head = phrase.split(maxsplit=1)[0].lower()
            if head in self.lex.roles.get("nationality", frozenset()):
                found = [(pos, n) for pos, n in found if self.type_of.get(n) != "LOC"]
            names = self.speaker_cache[phrase] = [n for _, n in sorted(found)]
        return names

    def _cited_medium(self, name: str, quote: QuoteSpan) -> bool:
        """Whether the speaker ``name`` of reported words is first named in the sentence they end in after them, as a
        medium they were taken from, no party ("..., dikutip dari laman AP": the mention is ``skip``,
        ``_never_party``). A speaker that sentence names before ("KPK menyatakan ..., dilansir dari laman KPK") or that
        a later sentence names as a medium's owner ("kantor berita milik pemerintah Korut") speaks for itself."""
        if quote.direct:
            return False
        s0, s1 = self.sents[max(0, bisect_right(self.sent_starts, max(quote.start, quote.end - 1)) - 1)]
        first = next((m for m in self.mentions if s0 <= m.start < s1 and m.name == name), None)
        return first is not None and first.start >= quote.end and first.skip and not first.left_out

    def _implicit_subject(
        self, i: int, trig: Trigger, nya: bool, clauses: list[Clause], ci: int, sent: int, quote: QuoteSpan | None
    ) -> list[str]:
        """A subject the clause does not name: "ia"/"dia" and a noun's "-nya" (the person the text is
        about), "mereka" (the parties of the sentence before), or the subject the clause shares with
        the one before ("... ke Rusia untuk bertemu Putin", "tiba ... setelah bertemu") or, for a
        clause opening the sentence, after ("Setelah tiba di Moskow, Kim ...")."""
        roles, clause = self.lex.roles, clauses[ci]
        lead = self.low[clause.start : i]
        if quote is not None and self._speaker_own(lead, i, trig, clause.start, quote):
            speaker = self._speaker_names(quote) or self._speaker_noun(quote)
            if speaker:
                return speaker  # "Kita melakukan rapat dengan Pemda," kata Bahlil: Bahlil met them
        official = self._government(clauses, ci, i)
        if official:
            return [official]  # "Pemerintah mencabut izin ...": the official the article names acts for it
        if any(w in roles.get("plural", ()) for w in lead):
            # "27 orang dibawa ke rumah sakit ... Dua dari mereka mengalami luka serius, katanya": those a fate befell are
            # those the article's last fate befell, not the parties (the speaker) of the sentence before
            return self._last_fated(trig, i) or self._plural_subject(trig, i, sent)
        pronoun = any(w in roles.get("pronoun", ()) for w in lead)
        if pronoun or (nya and "noun" in trig.flags):
            if nya and "speech" in trig.flags and quote is not None:
                return []  # "menyatakan keprihatinannya": the speaker's own
            return self._pronoun_subject(trig, i, nya, clauses, ci, sent)
        if "noun" in trig.flags and clause.role not in SHARED and not self._light_verb_before(i):
            return []
        return self._shared_subject(clauses, ci)

    def _plural_subject(self, trig: Trigger, i: int, sent: int) -> list[str]:
        """Whom "mereka" stands for: the parties of the sentence before; its people only when they are arrested or charged
        ("... menemui lima WNI itu. Mereka diancam Pasal 302": not the consulate named before)."""
        accused = trig.type in self.cfg.enforced_types and self._passive(i)
        return self._previous_parties(sent, "PER" if accused else None)

    def _last_fated(self, trig: Trigger, i: int) -> list[str]:
        """For a death, an injury or an evacuation, the participants of the article's last one (the people "mereka" stands
        for); for a passive arrest or charge, those the last one of its type took, less the police ("Mereka diamankan oleh
        Tim Lebah" after "ketiga remaja pelaku curanmor itu diamankan"); none for other types."""
        if trig.type in self.cfg.enforced_types and self._passive(i):
            last = self.last_of_type.get(trig.type)
            return [n for n in last.who if not self._enforcer(n)] if last is not None else []
        if trig.type not in self.FATED:
            return []
        fates = [ev for typ in self.FATED if (ev := self.last_of_type.get(typ)) is not None and ev.who]
        return list(max(fates, key=lambda ev: ev.start).who) if fates else []

    def _pronoun_subject(self, trig: Trigger, i: int, nya: bool, clauses: list[Clause], ci: int, sent: int) -> list[str]:
        """Whom "ia", "dia" or a noun's "-nya" stands for: the subject the clause shares with another, else, for a death,
        whom the article's last one befell, for a passive arrest or charge whom the last one took, else the person the
        text was last about."""
        shared = self._shared_subject(clauses, ci)
        if shared:
            return shared
        if trig.type in self.ONCE and not nya:
            # "Ia meninggal dunia di Maktab 804" after "Suminarsih meninggal dunia": one dies once, whoever spoke since
            victim = self.last_victim()
            if victim:
                return victim
        if trig.type in self.cfg.enforced_types and self._passive(i):
            # "Dia dijerat dengan Pasal 363" after "Kapolres ... membenarkan penangkapan itu": whom the law last took, not
            # the officer who told of it; nobody when the article took nobody before
            accused = self._last_accused(self._last_person_at(self.starts[clauses[0].start], sent))
            if accused is not None:
                return accused
        person = self._last_person(self.starts[clauses[0].start], sent)
        return [person] if person else []

    def _last_accused(self, person_at: int) -> list[str] | None:
        """Whom the article's last arrest or charge took (its parties but the police or prosecutors) when it was told after
        the person the text was last about (at text position ``person_at``, -1 for none): None when there is none, or the
        person came after it ("Ia adalah Chrissahdah Tooy. ... Ia ditangkap petugas ICE")."""
        taken = [ev for typ in self.cfg.enforced_types if (ev := self.last_of_type.get(typ)) is not None]
        if not taken:
            return None
        last = max(taken, key=lambda ev: ev.start)
        if last.start <= person_at:
            return None
        # "ia"/"dia" is one person: the last the arrest took (the police, and an officer named first, lead its parties);
        # nobody but the police ("menangkap dua rekannya") finds nothing, and the person told of last stands
        accused = [n for n in last.who if not self._enforcer(n)]
        return accused[-1:] or None

    def _last_person_at(self, pos: int, sent: int) -> int:
        """The text position of the last person named before ``pos`` within ``sentences_back`` sentences, -1 for none."""
        lo = self.sents[max(0, sent - self.cfg.sentences_back)][0]
        people = [m for m in self.mentions if lo <= m.start < pos and m.type == "PER" and not m.skip]
        # a person the arrest itself names ("menangkap ... berinisial AS") is no one told of after it
        taken = {n for typ in self.cfg.enforced_types if (ev := self.last_of_type.get(typ)) is not None for n in ev.who}
        people = [m for m in people if m.name not in taken]
        return people[-1].start if people else -1

    def _speaker_own(self, lead: list[str], i: int, trig: Trigger, start: int, quote: QuoteSpan) -> bool:
        """Whether the subject before a trigger in a quote is the speaker's own: "kami", "saya", or "mereka" opening
        reported speech ("polisi mengatakan mereka telah mengevakuasi ..."; in quoted words "mereka" are others). A
        nominal trigger is the speaker's act only as the predicate: right after the pronoun or a light verb ("Kami rapat
        dengan Pemda", "kami melakukan penyetopan"), not in "peluang kerja sama" the speaker talks of."""
        roles = self.lex.roles
        first = roles.get("first_person", frozenset())
        if not quote.direct and lead and lead[0] in roles.get("plural", ()) and self.tok(quote.start) == start:
            return True
        # "pilot kami meninggal dunia": a pronoun after a noun owns it, the noun is the subject
        own = [k for k, w in enumerate(lead) if w in first and not (k and self._owns_noun_before(i - len(lead) + k))]
        if not own or any(w in roles.get("relative", ()) or w in roles.get("plural_marker", ()) for w in lead[own[-1] :]):
            # "kepada siapapun yang ingin berinvestasi", "saya ingin melihat para pemain tiba": another subject
            return False
        if "noun" not in trig.flags or self._light_verb_before(i):
            return True
        # "kami ratas", "kami sudah rapat": the pronoun, at most a status word, then the noun ("Fokus kita adalah penembakan" is not)
        gap = i - (i - len(lead) + own[-1]) - 1
        return gap == 0 or (gap == 1 and self.lex.status.at(self.low, i - 1)[0] == 1)

    def _owns_noun_before(self, k: int) -> bool:
        """Whether the pronoun at token ``k`` owns the participant noun right before it ("pilot kami", "anak saya")."""
        return k > 0 and self.lex.participants.ending_at(self.low, k - 1)[0] > 0

    def _speaker_noun(self, quote: QuoteSpan) -> list[str]:
        """An unnamed speaker the article names by a participant noun ("polisi"), as that noun."""
        phrase = (quote.speaker or "").strip()
        words = TOKEN.findall(phrase.lower())
        n, _ = self.lex.participants.at(words, 0) if words else (0, "")
        return [phrase] if n and n == len(words) else []

    def _government(self, clauses: list[Clause], ci: int, i: int) -> str | None:
        """The person acting for the government a clause's subject names by a common noun ("Pemerintah mencabut ...",
        "Presiden memutuskan ..."): the head of government the article names, for "pemerintah" only in the trigger's
        sentence or the lead, else an official named there ("Menteri ESDM Bahlil Lahadalia")."""
        k = ci
        while k > 0 and clauses[k].role in SHARED:
            k -= 1
        words = self.lex.words
        # the subject opens its clause ("Pemerintah mencabut ...", "Untuk itu, pemerintah mencabut ...") or stands
        # right before the verb ("..., pemerintah telah mencabut ...")
        opening = range(clauses[k].start, min(i, clauses[k].start + self.cfg.subject_reach))
        for t in dict.fromkeys([*opening, *range(max(clauses[k].start, i - self.cfg.subject_reach + 1), i)]):
            n, role = words.at(self.low, t)
            if role == "head_title" and self._bare_title(t, n):
                return next((name for _, r, name, _ in self.titled_people if r == "head_title"), None)
            if role == "government" and not self._inside_name(t) and not self._named_after(t + n) and not self._other_government(t + n):
                # not "Pemerintah Rusia", "pemerintah daerah": that government is the country's, the region's
                return self._official_near(self.starts[i])
        return None

    def _bare_title(self, t: int, n: int) -> bool:
        """Whether the title at tokens t..t+n is written alone, capitalised, with no name after it ("Presiden memutuskan")."""
        return self.raw[t][:1].isupper() and not self._named_after(t + n) and not self._inside_name(t)

    def _other_government(self, k: int) -> bool:
        """Whether token ``k`` makes the government before it another than the country's ("pemerintah daerah")."""
        return k < len(self.low) and self.low[k] in self.lex.roles.get("other_government", ())

    def _named_after(self, k: int) -> bool:
        """Whether token ``k`` is capitalised: a name goes on ("Pemerintah Rusia", "Presiden Prabowo")."""
        return k < len(self.raw) and self.raw[k][:1].isupper()

    def _official_near(self, pos: int) -> str | None:
        """The head of government named in the sentence at ``pos`` or the lead, else an official named there, else the
        head of government the article names."""
        sent = max(0, bisect_right(self.sent_starts, pos) - 1)
        ss, se = self.sents[sent]
        lead_end = self.sents[min(len(self.sents), self.cfg.lead_sentences) - 1][1]
        # the country's own officials: not "Presiden Rusia Vladimir Putin"
        home = [(start, r, name) for start, r, name, foreign in self.titled_people if not foreign]
        for lo, hi in ((ss, se), (0, lead_end)):
            near = [(r, name) for start, r, name in home if lo <= start < hi]
            best = next((name for r, name in near if r == "head_title"), None) or next((name for _, name in near), None)
            if best:
                return best
        return next((name for _, r, name in home if r == "head_title"), None)

    def _light_verb_before(self, i: int) -> bool:
        """Whether a light verb stands right before token ``i`` ("melakukan rapat terbatas"): the noun is a predicate."""
        return i > 0 and self.low[i - 1] in self.lex.roles.get("light", ())

    def _shared_subject(self, clauses: list[Clause], ci: int) -> list[str]:
        role = clauses[ci].role
        if role == "resume" and ci >= 2:
            return self.subject(clauses, ci - 2)
        if ci > 0 and role in ("clause", *SHARED):
            return self.subject(clauses, ci - 1)
        if ci == 0 and role in ("clause", *SHARED) and len(clauses) > 1 and clauses[1].role == "":
            return self.subject(clauses, 1)
        return []

    def _last_person(self, pos: int, sent: int) -> str | None:
        """The person the text was last about: the first person named in this sentence before ``pos``,
        else in the nearest of the sentences before that names one."""
        for k in range(sent, max(-1, sent - 1 - self.cfg.sentences_back), -1):
            ss, se = self.sents[k]
            lo = bisect_left(self.mention_starts, ss)
            hi = bisect_left(self.mention_starts, min(se, pos))
            people = [m for m in self.mentions[lo:hi] if m.type == "PER" and not m.skip]
            if people:
                return people[0].name
        return None

    def _previous_parties(self, sent: int, typ: str | None = None) -> list[str]:
        """The actors of the sentence before (of one type when ``typ`` is given)."""
        if sent == 0:
            return []
        ss, se = self.sents[sent - 1]
        lo, hi = bisect_left(self.mention_starts, ss), bisect_left(self.mention_starts, se)
        # a source cited there ("Menurut HRANA, ...") is not who "mereka" are
        parties = (m for m in self.mentions[lo:hi] if not (m.skip or m.said_at) and self.is_actor(m) and typ in (None, m.type))
        return list(dict.fromkeys(m.name for m in parties))

    def _pair(self, i: int, j: int, c0: int, c1: int) -> str:
        """The role ("pair_loc", "pair_per") of a "kedua negara" / "kedua pemimpin" near the trigger in its clause."""
        words, window = self.lex.words, self.cfg.window_pair
        for k in range(max(c0, i - window), min(c1, j + window)):
            if i <= k < j:
                continue
            n, role = words.at(self.low, k)
            if role in ("pair_loc", "pair_per") and k + n <= c1:
                return role
        return ""

    def _pair_before(self, i: int, c0: int) -> bool:
        words = self.lex.words
        return any(words.at(self.low, k)[1] in ("pair_loc", "pair_per") for k in range(c0, i))

    def _salient(self, role: str, pos: int, exclude: set[str]) -> list[str]:
        """The two countries (or people) mentioned most often before ``pos``, in order of first mention."""
        typ = "LOC" if role == "pair_loc" else "PER"
        counts: Counter[str] = Counter()
        first: dict[str, int] = {}
        for m in self.mentions[: bisect_left(self.mention_starts, pos)]:
            if m.type != typ or m.skip or m.scene or m.prep == "place" or m.name in exclude:
                continue
            counts[m.name] += 1
            first.setdefault(m.name, m.start)
        top = [n for n, _ in counts.most_common(2)]
        return sorted(top, key=lambda n: first[n]) if len(top) == 2 else []

    def _where(self, trig: Trigger, i: int, j: int, places: list[Mention], ments: list[Mention]) -> tuple[str | None, bool]:
        """The event's place, and whether it is where a trip starts ("bertolak dari Pyongyang")."""
        places, ments = self._as_settings(places, trig.type), self._as_settings(ments, trig.type)
        if trig.type in self.cfg.enforced_types:
            # "menahan JS, tersangka kasus dugaan korupsi ... di BUMD Sumber Daya": where the case happened, not the arrest
            places = [m for m in places if not self._of_the_case(j, m)]
        if trig.type in ("VISIT", "ATTACK"):
            return self._destination(trig, i, j, places, ments)
        return self._setting_place(trig, i, j, [m for m in places if not self._wields(m)])

    def _of_the_case(self, j: int, m: Mention) -> bool:
        """Whether place ``m`` after the trigger ending before token ``j`` is told inside the phrase of a case ("tersangka
        kasus korupsi di Dinas PUPR"): a word of a case (role case) stands between."""
        case = self.lex.roles.get("case", frozenset())
        return m.token > j and any(w in case for w in self.low[j : m.token])

    def _setting_place(self, trig: Trigger, i: int, j: int, places: list[Mention]) -> tuple[str | None, bool]:
        """The place of an event but a trip or an attack, among ``places`` (no weapon's owner: "tewas dalam serangan
        rudal Iran", "tembakan tank Israel menewaskan ..." tell whose weapon it was, not where)."""
        # the setting of other events: a place after "di" close to the trigger ("bertemu ... di Vladivostok")
        if "struck" in trig.flags:
            # "Gunung Semeru yang ... di Pulau Jawa kembali erupsi": the place that erupts, not where it lies
            struck = next((m for m in places if m.type == "LOC" and not m.prep), None)
            if struck is not None:
                return struck.name, False
        here = self._near_places(trig, i, j, places) or self._route_end(trig, j, places)
        if not here and "setting" in trig.flags:
            here = self._first_setting(trig, places)
        if not here and "licence" in trig.flags:
            later = self._later_place(j)
            return (later.name if later is not None else None), False
        if not here:
            return None, False
        start = self.starts[i]
        return min(here, key=lambda m: abs(m.start - start)).name, False

    def _first_setting(self, trig: Trigger, places: list[Mention]) -> list[Mention]:
        """The place of a happening flagged "setting" with none after "di" near it: its clause's first place ("tewas dalam
        kecelakaan ... di KM 53, Jalur Jiri-Gerik, Perak"), else a facility named as where people are taken ("dilarikan ke
        Rumah Sakit Gerik"); not where a journey went ("helikopter ... menewaskan peziarah yang hendak datang ke Kuil
        Kedarnath", "pesawat ... penerbangan menuju London"), but for the types taking people there (``journey_types``)."""
        if trig.type not in self.cfg.journey_types:
            places = [m for m in places if not m.journey]
        else:
            # people moved: where they are taken or found, then where they are moved from, before a bare name
            # ("warga China ... dievakuasi dari Iran": Iran, not the country of those moved)
            places = sorted(places, key=lambda m: _MOVED_RANK.get(m.prep, len(_MOVED_RANK)))
        return ([m for m in places if m.type == "LOC"] or [m for m in places if m.prep in ("place", "destination")])[:1]

    def _wields(self, m: Mention) -> bool:
        """Whether the place ``m`` names whose weapon the word right before it is ("rudal Iran", "tank Israel")."""
        return m.token > 0 and self.low[m.token - 1] in self.lex.roles.get("weapon", ())

    def _route_end(self, trig: Trigger, j: int, places: list[Mention]) -> list[Mention]:
        """For ``own_place_types``, the places a route or a service stopped after the trigger ending before token ``j``
        goes to ("menangguhkan penerbangan ke Tel Aviv": the flights are stopped where they go, not where a war goes on;
        not "membatalkan peralihan hak ... dikembalikan ke ...", no service named)."""
        service = self.lex.roles.get("service", frozenset())
        if trig.type not in self.cfg.own_place_types:
            return []
        ends = (m for m in places if m.type == "LOC" and m.prep == "destination" and 0 <= m.token - j <= self.cfg.window_place)
        return [m for m in ends if any(w in service for w in self.low[j : m.token])]

    def _as_settings(self, ments: list[Mention], typ: str) -> list[Mention]:
        """The mentions as places a happening of type ``typ`` may take place at (``_as_setting``)."""
        return [s for s in (self._as_setting(m, typ) for m in ments) if s is not None]

    def _as_setting(self, m: Mention, typ: str) -> Mention | None:
        """The mention as a place a happening of type ``typ`` may take place at, or None: not a vehicle ("perahu mereka,
        KM Panyalu", "Kereta Commuter Line ..."), nor, for ``custody_types``, where people are held ("tersangka diamankan
        di Polresta Pekanbaru"); a name opening with a nominal trigger names a happening ("Kebakaran Pasar Kramat Jati",
        "Erupsi Gunung Lewotobi"): its place is the rest of the name where that names a place (a site, an address or a
        place the article names: not "Dialog Kebijakan Transisi Energi")."""
        roles = self.lex.roles
        words = TOKEN.findall(m.name)
        first = words[0].lower() if words else ""
        before = self.low[m.token - 1] if 0 < m.token <= len(self.low) else ""
        vehicle, custody = roles.get("vehicle", frozenset()), roles.get("custody", frozenset())
        # a vehicle's prefix written in capitals ("KM Panyalu", "KRI Nanggala"), not "perlintasan kereta Jalan Sudirman"
        if first in vehicle or (before in vehicle and self.raw[m.token - 1].isupper()):
            return None
        if first in roles.get("happening_kind", frozenset()) and any(k in self.trigger_tokens for k in range(m.token - 3, m.token)):
            return None  # "Kecelakaan lalu lintas Tunggal Sebuah Kendaraan Truk": a single-vehicle crash, no place
        if typ in self.cfg.custody_types and (first in custody or before in custody) and not self._region_before(m.token):
            return None
        if self._names_no_place(m, first):
            return None
        if not any("noun" in t.flags and len(t.words) == 1 for t in self.lex.triggers.get(first, ())):
            return m
        rest = m.name[m.name.find(words[0]) + len(words[0]) :].strip()
        return replace(m, name=rest) if self._names_a_place(rest) else None

    def _names_no_place(self, m: Mention, first: str) -> bool:
        """Whether the mention ``m`` (its first word ``first``) is no place whatever its type says: a body or a person after
        a figure of speech ("badan di bawah Departemen Keamanan Dalam Negeri", "kalah di tangan Botafogo"), the figure
        itself read as a name ("Anak di Bawah Umur"), the seat of a body ("organisasi yang berbasis di Washington"), or a
        person's name read as a place ("Dua nelayan, Ijang (45) dan Saepul (38), ...")."""
        if self._figure_before(m.token, "figure" if m.type != "LOC" else "holder"):
            return True  # "kalah di tangan Botafogo", "tewas di tangan gembong narkoba Pablo Escobar" (read as a place)
        if m.type == "PER" and self._amid_before(m.token):
            return True
        if first in self.lex.roles.get("figure", frozenset()):
            return True
        return self._seat_of_a_body(m) or self._in_a_persons_slot(m) or self._named_person(m)

    def _named_person(self, m: Mention) -> bool:
        """Whether a word naming a person stands right before the mention ``m`` after a noun of people a few words before
        ("seorang warga bernama Kasdi", "Warga Desa Sukamaju bernama Kasdi", "pria berinisial RD", ``naming_words.txt``):
        it is a person's name, whatever its type, no place (not "di sebuah desa bernama ...", no noun of people)."""
        for phrase in naming_words():
            k = m.token - len(phrase)
            if k > 0 and tuple(self.low[k : m.token]) == phrase:
                return self._people_noun_before(k)
        return False

    def _amid_before(self, k: int) -> bool:
        """Whether "di tengah" (role amid) stands right before token ``k``, or before one lower-case noun before it ("di
        tengah sikap Trump"): the person named is the background, no place."""
        amid = self.lex.roles.get("amid", frozenset())
        for j in (k - 1, k - 2):
            if j > 0 and self.low[j] in amid and self.low[j - 1] == "di":
                return all(self.raw[t].islower() for t in range(j + 1, k))
        return False

    def _seat_of_a_body(self, m: Mention) -> bool:
        """Whether the place ``m`` follows "di" after a verb of where a body is based (role seat: "Organisasi hak asasi
        manusia yang berbasis di Washington mencatat ... orang terluka"), or is the name a comma joins to such a place
        ("yang berbasis di Singapura, Grab Holdings Ltd membantah ..."): the seat of who reports, not where it happened."""
        if self._right_after_seat(m.token):
            return True
        k = bisect_left(self.mention_starts, m.start)
        return k > 0 and self._right_after_seat(self.mentions[k - 1].token) and self._gap(self.mentions[k - 1], m).strip() == ","

    def _right_after_seat(self, k: int) -> bool:
        """Whether "di" after a verb of where a body is based (role seat) stands right before token ``k``."""
        return k > 1 and self.low[k - 1] == "di" and self.low[k - 2] in self.lex.roles.get("seat", frozenset())

    def _in_a_persons_slot(self, m: Mention) -> bool:
        """Whether the mention ``m`` stands where a person's name does, so that a name read as a place is none: an age in
        brackets right after it ("Dua nelayan, Ijang (45) dan Saepul (38)"), a person's name next to it in a list
        ("bernama Minaggen Wijangge, Patiago Tabuni, dan Oriup Murib"), or set off by commas after a noun of people
        ("Menurut Petugas Pos Pengamatan Gunung Semeru, Ghufron Alwi, pada ...")."""
        e = bisect_left(self.starts, m.end)
        low = self.low
        if e + 2 < len(low) and low[e] == "(" and low[e + 1].isdigit() and low[e + 2] == ")":
            return True
        if self._listed_with_a_person(m):
            return True
        return m.token > 0 and low[m.token - 1] == "," and e < len(low) and low[e] == "," and self._people_noun_before(m.token - 1)

    def _listed_with_a_person(self, m: Mention) -> bool:
        """Whether the mention right before or right after ``m``, with only a comma or "dan" between, is a person's."""
        if m.prep:
            return False  # "di Kenya, Ali Hussein Kassim": a place after its preposition, then a person
        k = bisect_left(self.mention_starts, m.start)
        before = self.mentions[k - 1] if k > 0 else None
        after = self.mentions[k + 1] if k + 1 < len(self.mentions) else None
        if before is not None and before.type == "PER" and self._gap(before, m).strip(" ,") in _LIST_GAPS:
            return True
        # a person named after it, joined by "dan" ("..., Patiago Tabuni, dan Oriup Murib"), not a comma alone
        return after is not None and after.type == "PER" and self._gap(m, after).strip(" ,") in _LIST_JOINERS

    def _gap(self, left: Mention, right: Mention) -> str:
        """The text between two mentions, lower case."""
        return self.text[left.end : right.start].lower()

    def _people_noun_before(self, comma: int) -> bool:
        """Whether a noun of people (``event_participants.tsv``, kind person: "petugas", "warga") opens one of the few
        words before the comma at token ``comma``, with no other punctuation nor preposition of place between."""
        place = self.lex.roles.get("place", frozenset())
        for t in range(comma - 1, max(-1, comma - 1 - _APPOSED_REACH), -1):
            w = self.low[t]
            if not w[0].isalnum() or w in place:
                return False
            n, kinds = self.lex.participants.at(self.low, t)
            if n and "person" in kinds.split("/"):
                return True
        return False

    def _region_before(self, k: int) -> bool:
        """Whether a word of a region (role region: "di wilayah Polda Sumut", "wilayah hukum Polres Bogor") stands among the
        lower-case words right before token ``k``: the police body names the area it covers, not a cell."""
        region = self.lex.roles.get("region", frozenset())
        for j in range(k - 1, max(-1, k - 2 - self.cfg.max_gap_words), -1):
            if not self.raw[j].islower():
                return False
            if self.low[j] in region:
                return True
        return False

    def _figure_before(self, k: int, role: str = "figure") -> bool:
        """Whether a word making "di" a figure of speech (``role`` figure: "di bawah", "di tangan"; or holder, those that
        hold for a place's name too) stands among the lower-case words right before token ``k``."""
        figure = self.lex.roles.get(role, frozenset())
        for j in range(k - 1, max(-1, k - 2 - self.cfg.max_gap_words), -1):
            if not self.raw[j].islower():
                return False
            if self.low[j] in figure:
                return True
        return False

    def _names_a_place(self, name: str) -> bool:
        """Whether ``name`` is the head word of a site or of an address and a name after it ("Pasar Kramat Jati", "Gunung
        Lewotobi", "Jalan Sudirman"; not "Hutan" alone), or is the name of a place the article names."""
        roles = self.lex.roles
        words = TOKEN.findall(name.lower())
        if len(words) > 1 and (words[0] in roles.get("site", ()) or words[0] in roles.get("address", ())):
            return True
        return any(m.type == "LOC" and m.name == name for m in self.mentions)

    def _near_places(self, trig: Trigger, i: int, j: int, places: list[Mention]) -> list[Mention]:
        """The places after "di" close to the trigger at tokens i..j that are its own (places first, then sites)."""
        here = [m for m in places if m.prep == "place" and abs(m.token - i) <= self.cfg.window_place]
        if "speech" in trig.flags:
            # "mengecam keras serangan Israel yang menyasar kawasan sipil ... di Iran": the attack's place, not the condemnation's
            here = [m for m in here if not self._trigger_between(self.ends[j - 1], m.start) and self._voiced_at(trig, j, m)]
        elif trig.type in self.cfg.own_place_types:
            # "87 penerbangan dibatalkan akibat erupsi Gunung Lewotobi di Flores Timur": the eruption's place, not the flights'
            here = [m for m in here if not self._trigger_between(self.ends[j - 1], m.start, self.cfg.distant_causes)]
        return [m for m in here if m.type == "LOC"] or here

    def _voiced_at(self, trig: Trigger, j: int, m: Mention) -> bool:
        """Whether the place ``m`` may be where the speech act whose trigger ends before token ``j`` was voiced: one before
        the trigger, or one after it past a word of where it was voiced (role venue: "mengkritik penambangan nikel di Raja
        Ampat saat ditemui di Jakarta"); a place inside its object or topic is what the act is about ("kritik penambangan
        nikel di Raja Ampat", "membantah kabar ... di Tangerang Selatan"). A finding of fault ("menemukan pelanggaran",
        flagged "licence") is made where the business operates, and an appeal to be wary ("mengimbau warga di 12 kabupaten
        di Sulut agar mewaspadai ...", flagged "caution") is made to the people where the danger is."""
        if m.token < j or "licence" in trig.flags or "caution" in trig.flags:
            return True
        venue = self.lex.roles.get("venue", frozenset())
        if any(w in venue for w in self.low[j : m.token]) or self.low[m.token] in self.lex.roles.get("venue_head", ()):
            return True  # "kepada wartawan di Jakarta", "membantah isu itu di Istana Kepresidenan": where it was said
        # "mengingatkan warga di Kota Bogor untuk waspada", "meminta warga di bantaran Kali Ciliwung": a warning is
        # given where the people it addresses are (not "mengingatkan bahwa masyarakat adat di Raja Ampat ...")
        at = next((k for k in (m.token - 1, m.token - 2) if k > j and self.low[k] == "di"), None)
        return at is not None and trig.type == "WARN" and self._addressed_people(j, at - 1)

    def _addressed_people(self, j: int, k: int) -> bool:
        """Whether a participant noun naming people ("warga", "masyarakat": event_participants.tsv) ends at token ``k``
        and opens at token ``j``, right after a trigger, or one word later ("seluruh warga", "kepada masyarakat")."""
        n, kinds = self.lex.participants.ending_at(self.low, k)
        return bool(kinds) and k - n + 1 - j in (0, 1) and not _PEOPLE.isdisjoint(kinds.split("/"))

    def _later_place(self, j: int) -> Mention | None:
        """The first place after "di" past token ``j`` in its sentence, within ``window_object_place`` words and before
        any other trigger: where the licence revoked or the business found at fault operates."""
        end = self.ends[j - 1]
        sent = max(0, bisect_right(self.sent_starts, end) - 1)
        lo, hi = bisect_left(self.mention_starts, end), bisect_left(self.mention_starts, self.sents[sent][1])
        for m in self.mentions[lo:hi]:
            if m.token - j > self.cfg.window_object_place or self._trigger_between(end, m.start):
                return None
            if m.type == "LOC" and m.prep == "place" and not (m.skip or m.scene or m.modifier):
                return m
        return None

    def _destination(self, trig: Trigger, i: int, j: int, places: list[Mention], ments: list[Mention]) -> tuple[str | None, bool]:
        """Where a trip goes or an attack strikes; for a trip with none, where it starts."""
        start, end = self.starts[i], self.ends[j - 1]
        if "object" in trig.flags:
            # "mengunjungi Rusia", "memasuki negara Rusia", "menginvasi Ukraina": the first place after the verb
            obj = next((m for m in ments if m.start >= end and _is_object_place(m)), None)
            if obj is not None:
                return obj.name, False
        return _trip_place(places, start, trig.type == "VISIT", "depart" in trig.flags)

    def _when(
        self,
        pos: int,
        c0: int,
        c1: int,
        sent: int,
        reported: QuoteSpan | None = None,
        typ: str = "",
        act: tuple[int, bool] | None = None,
        relatives: Sequence[tuple[int, int]] = (),
    ) -> tuple[str | None, tuple[int, int] | None]:
        """The nearest date in the clause, else in the sentence outside the other ``relatives`` clauses: (value, (start, end)
        of its text).

        For an event told inside a quote or reported speech, only dates inside it count; with ``act`` (the trigger's
        end, whether it is a speech act), not those of the statement reporting it or of a coming thing after it.
        """
        for lo, hi in ((self.starts[c0], self.ends[c1 - 1]), self.sents[sent]):
            a, b = bisect_left(self.timex_starts, lo), bisect_left(self.timex_starts, hi)
            near = [t for t in self.timexes[a:b] if not any(r0 <= t[0] < r1 for r0, r1 in relatives)]
            if reported is not None:
                near = [t for t in near if reported.start <= t[0] and t[1] <= reported.end]
            near = [t for t in near if not self._date_of_another(pos, t, typ)]
            if act is not None:
                near = [t for t in near if not self.dates_another_act(pos, act[0], t, act[1])]
            if self.told_as_cause(self.tok(pos)):
                # "pembatalan penerbangan ... pada Rabu, 18 Juni akibat erupsi Gunung Lewotobi": a date before the cause
                # dates what it caused; the cause keeps only a date its own phrase gives
                near = [t for t in near if t[0] >= pos]
            if near:
                best = min(near, key=lambda t: min(abs(t[0] - pos), abs(t[1] - pos)))
                best = self._own_date_after((pos, act[0] if act else pos), best, near, self.tok(self.sents[sent][0]))
                return best[2], (best[0], best[1])
        return None, None

    def _own_date_after(
        self, trig: tuple[int, int], best: tuple[int, int, str | None], near: list[tuple[int, int, str | None]], first: int
    ) -> tuple[int, int, str | None]:
        """The day after the trigger (ending at ``end``) in its own clause over the nearest day ``best`` before it when a
        verb before that day in the sentence makes it that verb's: "jadwal yang diperoleh Tribun, Senin (9/6), KM
        Dorolonda tiba di Pelabuhan Nabire pada Rabu, 18 Juni" (9 June is when the schedule was got). A day before the
        trigger that no verb stands before ("Pada Senin (9/6), Prabowo tiba di ...") stays the trigger's. The day after
        must follow with no verb and no clause punctuation between (a comma right before it aside: "pada, Rabu"); the
        sentence starts at token ``first``."""
        pos, end = trig
        if best[0] >= pos or not _DAY.match(best[2] or "") or not self._verb_between(first, self.tok(best[0])):
            return best
        trig_end = self.tok(end - 1) + 1 if end > pos else self.tok(pos) + 1
        for t in near:
            if t[0] < end or not _DAY.match(t[2] or ""):
                continue
            at = self.tok(t[0])
            while at > trig_end and self.low[at - 1] == ",":
                at -= 1
            if self._verb_between(trig_end, at) or any(self.low[k] in _CLAUSE_STOPS for k in range(trig_end, at)):
                return best
            return t
        return best

    def _verb_between(self, lo: int, hi: int) -> bool:
        """Whether a verb stands in tokens lo..hi ("di", "dari" are prepositions)."""
        return any(self._verb(k) and len(self.low[k]) > _SHORTEST_VERB for k in range(lo, hi))

    def _date_of_another(self, pos: int, timex: tuple[int, int, str | None], typ: str) -> bool:
        """Whether the date dates something else than the trigger at ``pos``: the start of a running total, a clause of
        "sejak", another happening's trigger between them, or the day a source was cited on."""
        return (
            (self._starts_a_period(timex[0]) and typ not in self.cfg.begun_types)
            or self._in_since_clause(pos, timex)
            or self._dates_another(pos, timex, typ)
            or self.cites_on(timex)
            or self._offset_from(pos, timex)
            or self._in_relative_of_another(pos, timex)
        )

    def _in_relative_of_another(self, pos: int, timex: tuple[int, int, str | None]) -> bool:
        """Whether the date, after the trigger at ``pos``, ends a relative clause ("yang ...") that tells an act of another
        noun than the trigger, with no punctuation, no place ("di") and no word of happening in it: "membunuh istrinya
        yang baru selesai melahirkan sekitar 10 hari yang lalu" (the birth's day), "mengimbau ... agar tidak terpengaruh
        isu yang beredar mengenai pemeriksaan rumah warga pada 10 Mei 2025" (the rumour's). A clause right after a
        nominal trigger's own phrase tells of it ("pengeroyokan DJ First Club Batam yang sempat menggemparkan Kota Batam
        pada Jumat"), one of what is suspected (role relative_alleged: "pemuda yang diduga melakukan pemerasan ... pada
        Minggu") leaves its date to the main clause, and a passive verb after the clause's own verb takes the main clause
        up again ("sebuah bus yang mengangkut mahasiswa ditabrak ... pada Senin"). Such a clause before the trigger, a
        comma between, dates no trigger of the clause after ("... melahirkan sekitar 10 hari yang lalu, istrinya dibunuh
        dengan sebilah parang")."""
        roles, low = self.lex.roles, self.low
        relative = roles.get("relative", frozenset())
        at, trig = self.tok(timex[0]), self.tok(pos)
        if at < trig and not any(w in _CLAUSE_STOPS for w in low[self.tok(timex[1]) : trig]):
            return False
        bound = trig if at > trig else max(-1, at - 1 - self.cfg.window_place)
        k = next((m for m in range(at - 1, bound, -1) if low[m] in relative or low[m] in _CLAUSE_STOPS), None)
        if k is None or low[k] not in relative or not self._act_of_its_own(k, at):
            return False
        if at < trig:
            return not self._on_a_source(k)
        return (self._verb(trig) or not self._own_phrase(pos, k)) and self._set_apart(trig, k, at)

    def _set_apart(self, trig: int, k: int, at: int) -> bool:
        """Whether the relative clause opened by "yang" at token ``k``, after the trigger at token ``trig``, tells of
        another time than the trigger's: set off by a comma ("Federal Reserve, yang selanjutnya bertemu"), marked so
        (``_told_apart``), or on the object of another verb after the trigger ("mengimbau masyarakat agar tidak
        terpengaruh isu yang beredar"). A clause right on the trigger's own object leaves it the date ("menangkap tiga
        pemuda yang membawa senjata tajam pada Sabtu", "diamankan di dua lokasi yang berbeda pada 17 Juni")."""
        roles, low = self.lex.roles, self.low
        if (k > 0 and low[k - 1] in _CLAUSE_STOPS) or self._told_apart(k, at):
            return True
        nouns = roles.get("not_verb", frozenset())
        return any(self._verb(m) and len(low[m]) > _SHORTEST_VERB and low[m] not in nouns for m in range(trig + 1, k))

    def _on_a_source(self, k: int) -> bool:
        """Whether the relative clause opened by "yang" at token ``k`` tells of the source a sentence goes by, a word of
        citing or of going by one at most two words before ("Menurut jadwal yang diterima wartawan Senin (9/6/2025),
        Menteri Budi tiba", "Sesuai jadwal yang diperoleh ...": the day is the sentence's, roles citing and source_opener)."""
        roles = self.lex.roles
        openers = roles.get("citing", frozenset()) | roles.get("source_opener", frozenset())
        return any(self.low[m] in openers for m in range(max(0, k - 2), k))

    def _told_apart(self, k: int, at: int) -> bool:
        """Whether the relative clause opened by "yang" at token ``k`` has, before the date at token ``at``, a word of an
        act done before or after, or of a state since (roles sequence, relative_earlier, since: "istrinya yang baru
        selesai melahirkan", "tindakan balasan yang dikenakan kepada AS sejak 2 April")."""
        roles = self.lex.roles
        apart = roles.get("sequence", frozenset()) | roles.get("relative_earlier", frozenset()) | roles.get("since", frozenset())
        return any(self.low[m] in apart for m in range(k + 1, at))

    def _act_of_its_own(self, k: int, at: int) -> bool:
        """Whether the relative clause opened by "yang" at token ``k`` tells an act of its own up to token ``at``: a verb,
        no word of happening, no place ("di"), not what someone is suspected of (role relative_alleged), and no passive
        verb after its own verb that takes the main clause up again."""
        roles, low = self.lex.roles, self.low
        if low[k + 1] in roles.get("relative_alleged", frozenset()):
            return False
        verbs = [m for m in range(k + 1, at) if self._verb(m) and len(low[m]) > _SHORTEST_VERB]
        if not verbs or self._happens(k + 1, at) or any(low[m] in roles.get("place", ()) for m in range(k + 1, at)):
            return False
        return not any(self._passive(m) and m - 1 not in verbs for m in verbs[1:])

    def _own_phrase(self, pos: int, hi: int) -> bool:
        """Whether the tokens after the nominal trigger at text position ``pos`` up to token ``hi`` may still be its own
        phrase ("pengeroyokan DJ First Club Batam", "rapat terbatas"): no active or passive verb, no punctuation and no
        preposition (role phrase_break) that would start another's."""
        stops = self.lex.roles.get("phrase_break", frozenset())
        n = bisect_left(self.trigger_at, (pos,))
        end = self.trigger_at[n][1] if n < len(self.trigger_at) and self.trigger_at[n][0] == pos else pos + 1
        return not any(
            self.low[m] in stops or self.low[m] in _CLAUSE_STOPS or self._active(m) or self._passive(m)
            for m in range(self.tok(end - 1) + 1, hi)
        )

    def _offset_from(self, pos: int, timex: tuple[int, int, str | None]) -> bool:
        """Whether a unit of time and a word of order (``event_intervals.tsv``: "sehari setelah", "dua pekan sebelum")
        stand between the trigger at ``pos`` and the date, the clause they open holding the later of the two with no
        punctuation between: the date is that of another happening, a span of time apart. "Budi ditangkap pada Selasa
        (10/6), sehari setelah penembakan di Depok": Tuesday is the arrest's, not the shooting's; "ditangkap sehari
        setelah penembakan pada Senin (9/6)": Monday is the shooting's. A span of hours ("beberapa jam sebelum") leaves the
        date to both."""
        units, order = _interval_words("unit"), _interval_words("order")
        at, trig = self.tok(timex[0]), self.tok(pos)
        lo, hi = (trig, at) if at > trig else (self.tok(timex[1] - 1) + 1, trig)
        for k in range(max(lo, 1), hi):
            if self.low[k] in order and self.low[k - 1] in units:
                return not any(w in _CLAUSE_STOPS for w in self.low[k + 1 : hi])
        return False

    def _of_another_happening(self, m: Mention, typ: str) -> bool:
        """Whether the mention names the party of another happening's trigger right before it, when the event is a
        happening too: "dibatalkan akibat erupsi Gunung Lewotobi" (the volcano erupts; it cancels nothing)."""
        dated = self.cfg.dated_types
        if typ not in dated:
            return False
        k = bisect_left(self.trigger_at, (m.start,)) - 1
        if k < 0:
            return False
        start, end, other = self.trigger_at[k]
        return other in dated and other != typ and not self.text[end : m.start].strip()

    def _trigger_between(self, lo: int, hi: int, types: tuple[str, ...] | None = None) -> bool:
        """Whether another event's trigger (of one of ``types`` when given) stands between text positions ``lo`` and ``hi``."""
        return any(lo < start and end <= hi and (types is None or typ in types) for start, end, typ in self.trigger_at)

    def _dates_another(self, pos: int, timex: tuple[int, int, str | None], typ: str) -> bool:
        """Whether the trigger of another happening stands between the trigger at ``pos`` and the date: "menangkap
        terduga pelaku pembunuhan ... yang tubuhnya dibuang ... pada Minggu (15/6)" dates the killing, "mengimbau
        ... seiring dengan erupsi ... Rabu malam" the eruption. One happening's triggers ("tewas dalam kecelakaan
        ... pada Senin", ``scene_types``) share their date."""
        lo, hi = (pos, timex[0]) if timex[0] > pos else (timex[1], pos)
        scene, dated = self.cfg.scene_types, self.cfg.dated_types
        for start, end, other in self.trigger_at:
            if lo < start and end <= hi and other in dated and other != typ and not (typ in scene and other in scene):
                return True
        return False

    def _starts_a_period(self, pos: int) -> bool:
        """Whether the date at ``pos`` follows "sejak": the start of a running total, not the event's day."""
        k = self.tok(pos) - 1
        return k >= 0 and self.low[k] in self.lex.roles.get("since", ())

    def _in_since_clause(self, pos: int, timex: tuple[int, int, str | None]) -> bool:
        """Whether the date stands in a clause opened by "sejak" that tells a happening of its own, the trigger at ``pos``
        outside it: "Peringatan Israel telah meningkat sejak Teheran dan Washington memulai perundingan nuklir pada bulan
        April" (April is when the talks began, not the day of a warning). A date right after "sejak" is ``_starts_a_period``."""
        since, stops = self.lex.roles.get("since", frozenset()), _CLAUSE_STOPS
        at, trig = self.tok(timex[0]), self.tok(pos)
        for k in range(at - 2, max(-1, at - 2 - self.cfg.window_place), -1):
            if k == trig or self.low[k] in stops:
                return False
            if self.low[k] in since:
                # a clause, with a verb of its own ("sejak Teheran memulai perundingan pada April"), not a named occasion
                # that dates the trigger's start ("cedera bahu sejak Malaysia Open Januari lalu")
                return not (k < trig < at) and any(self._verb(m) and len(self.low[m]) > _SHORTEST_VERB for m in range(k + 1, at))
        return False

    def _happens(self, c0: int, c1: int) -> bool:
        happen = self.lex.roles.get("happen", frozenset())
        return any(w in happen for w in self.low[c0:c1])

    def _status(self, i: int, j: int, c0: int, c1: int, noun: bool, when: str | None) -> str:
        status, raw, window = self.lex.status, self.raw, self.cfg.window_status
        # status words are lower case: "Tengah" in "Jawa Tengah" is a name, not "tengah" (ongoing)
        sequence = self.lex.roles.get("sequence", frozenset())
        if i > 0 and self.low[i - 1] in self.lex.roles.get("schedule", frozenset()):
            return "planned"  # "membenarkan jadwal pelantikan Ayu"; not "kebakaran ... membuat jadwal pasar berubah"
        for k in range(i - 1, max(c0, i - window) - 1, -1):
            if self.low[k] in sequence:
                break  # "Korban yang masih tidak sadar kemudian dilarikan ke RS": "masih" is the state before, not the trip's
            n, value = status.ending_at(self.low, k)
            if not n or not raw[k].islower() or self._doer_named_by(k - n + 1, i) or self._out_of_reach(k, i):
                continue
            use = self._purpose_of_a_use(k)
            if use is None:
                return value
            return self._status_of_a_use(use) or status_from_date(when, self.published)
        if noun:
            for k in range(j, min(c1, j + window)):
                n, value = status.at(self.low, k)
                if n and raw[k].islower():
                    return value
            if self._put_off(j, c1):
                return "planned"
        return status_from_date(when, self.published)

    def _put_off(self, j: int, c1: int) -> bool:
        """Whether a word of postponement (role postponed, ``event_words.tsv``) stands after the nominal trigger ending at
        ``j`` in its clause, with no word of a delay over right before it: "Sidang putusan terdakwa Hendra di PN Surabaya
        ditunda hingga pekan depan" tells a verdict still ahead; "sidang yang sempat ditunda" one that may have been held."""
        roles = self.lex.roles
        postponed, before = roles.get("postponed", frozenset()), roles.get("postponed_before", frozenset())
        for k in range(j, c1):
            # a phrase of two words ("dijadwalkan ulang") is no single-word role: its own look-up
            if self.low[k] in postponed or self.lex.words.at(self.low, k)[1] == "postponed":
                return not (k > 0 and self.low[k - 1] in before)
            if self._puts_off(k):
                return False  # "Banjir yang melanda Semarang membuat penerbangan ditunda": the flights wait, not the flood
        return False

    def _puts_off(self, k: int) -> bool:
        """Whether token ``k`` is a verb by which the trigger puts something else off (role put_off_cause: "Kecelakaan
        ... membuat keberangkatan bus diundur"): what is put off is not the trigger. Any other verb between leaves the
        trigger put off ("Sidang lanjutan dengan agenda mendengarkan keterangan saksi ditunda")."""
        return self.low[k] in self.lex.roles.get("put_off_cause", frozenset())

    def _out_of_reach(self, k: int, i: int) -> bool:
        """Whether the status word at token ``k`` does not reach the trigger at ``i``: a wait (role wait,
        ``event_words.tsv``) with a preposition of place between ("menanti bantuan di pengungsian" tells where the
        waiters are, the shelter is not awaited; "menanti hasil rapat": the meeting is); a readiness (role ready) with
        a word between other than a purpose ("siap mengevakuasi", "siap untuk dievakuasi"; not "yang siap siaga
        langsung mengevakuasi": the team's standing state)."""
        roles, word = self.lex.roles, self.low[k]
        if word in roles.get("wait", frozenset()):
            return self._preposition_between(k + 1, i)
        if word in roles.get("ready", frozenset()):
            purpose = roles.get("purpose", frozenset())
            return any(self.low[t] not in purpose for t in range(k + 1, i))
        return False

    def _purpose_of_a_use(self, k: int) -> int | None:
        """The token of the verb of a thing used (role instrument, within four words before the status word at token
        ``k``, no punctuation between) whose purpose ``k`` opens ("menggunakan tongkat kayu untuk menyerang orang"): the
        act is told as done with it, its status is the use's; None when ``k`` opens no such purpose."""
        if self.low[k] not in self.lex.roles.get("purpose", frozenset()):
            return None
        instrument = self.lex.roles.get("instrument", frozenset())
        for u in range(k - 1, max(-1, k - 5), -1):
            if not self.low[u][0].isalnum():
                return None
            if self.low[u] in instrument:
                return u
        return None

    def _status_of_a_use(self, u: int) -> str | None:
        """The status a word right before the verb of use at token ``u`` gives it, up to punctuation ("akan menggunakan
        gas air mata untuk ...": planned); None when none stands there."""
        for k in range(u - 1, max(-1, u - 1 - self.cfg.window_status), -1):
            if not self.low[k][0].isalnum():
                return None
            n, value = self.lex.status.ending_at(self.low, k)
            if n and self.raw[k].islower():
                return value
        return None

    def _doer_named_by(self, k: int, i: int) -> bool:
        """Whether the status word at token ``k`` is an active verb opening a relative clause ("yang menyiapkan") before
        the passive trigger at ``i``: it names who the trigger is told of, it is not its status ("Hasto, yang menyiapkan
        kongres, ditahan KPK"; "karena yang menyiapkan ditahan": the arrest happened, nothing is prepared for it)."""
        relative = self.lex.roles.get("relative", frozenset())
        return k > 0 and self.low[k - 1] in relative and self._active(k) and self._passive(i)

    # ---------------------------------------------------------------- merging

    def _dated_apart(self, prev: Found, ev: Found) -> bool:
        """Whether two events of one sentence are told with dates that keep them apart: two dates, or the date of one
        standing in a clause of the other that tells another thing."""
        if prev.when_span and ev.when_span and prev.when_span != ev.when_span:
            return True
        if any(r0 <= span[0] < r1 for a, b in ((prev, ev), (ev, prev)) if (span := b.when_span) for r0, r1 in a.others):
            return True  # "Serangan ini terjadi di tengah konflik ..., yang kembali pecah pada Jumat lalu dan berlanjut dengan
            # serangan rudal": the missile strikes of the war's clause are another attack than the hack, dated apart
        # "negosiasi tarif ... bagi Federal Reserve, yang selanjutnya bertemu ... pada 17-18 Juni": the meeting of another
        # noun's relative clause is not the talks
        return prev.when_span is None and ev.when_span is not None and self._in_relative_of_another(prev.start, (*ev.when_span, ev.when))

    def _merge(self, prev: Found, ev: Found) -> bool:
        """Folds ``ev`` into ``prev`` when both report one event in one sentence
        ("Kunjungan ini juga merupakan perjalanan ... oleh Putin")."""
        if prev.sentence != ev.sentence or prev.type != ev.type:
            return False
        if not set(prev.who) & set(ev.who) and prev.who and ev.who:
            return False  # "erupsi ... kolom letusan": one eruption; two named parties apart are two events
        if prev.where and ev.where and prev.where != ev.where:
            return False
        if self._dated_apart(prev, ev):
            return False
        prev.who = list(dict.fromkeys(prev.who + ev.who))[: self.cfg.max_who]
        prev.where = prev.where or ev.where
        if prev.when_span is None:
            prev.when, prev.when_span = ev.when, ev.when_span
        return True
