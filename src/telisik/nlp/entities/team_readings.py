"""Which of an article's bare country names stand for a national side, read from the article's own entities.

A sports report names a side by its country alone as often as by its team's name: "Timnas Indonesia menang 1-0 atas
China", "Jepang menang 6-0". The annotation rules type that name LOC in the article, as the country; across articles,
though, a researcher after the country (Tiongkok's trade talks) wants no match report, and one after the side wants
every report of its matches. The collection linker (``collection.linking``) reads what this module finds:

- ``TeamReading(i, country)``: the article names the country's own side too ("Timnas Jepang", "Samurai Biru", "The
  Three Lions", "Indonesia U-17": entity ``i``), so the bare name is that side: it joins the side's entity, not the
  country;
- ``TeamReading(-1, country)``: the article names some other national side (a sports report) but not this country's:
  the bare name stands for a side or for the country (a World Cup's host) as the sentence has it. It links to nothing
  across articles.

Where the article entity carries how its own sentences read it (``reads_as``, ``side_reading``: what
``country_reading`` finds from the body), that reading decides: "klub Indonesia", "Osaka, Jepang", "Arthur Irawan
(Indonesia)" are the country in any report; "Inggris menang 3-0 atas Latvia" is a side in a report naming no side's
name. A country the article also names as a state ("Menteri Pemuda dan Olahraga Republik Indonesia", "RI":
``state_name_forms``) is the state, whatever sides the article names, unless its sentences read it as the side and
its state's form is the short one ("RI meraih kemenangan dalam 2 laga terakhir"). An organisation the gazetteer knows
that is no side ("Garuda Indonesia", the airline, "Garuda" in its article) names no side, whatever nickname it shares.

Only the entities' fields are read (names, types, mention texts, ``reads_as``): the linker of every engine has no
more.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from telisik.lang import table
from telisik.nlp.entities.lexicon import EntityLexicon, province_names
from telisik.nlp.entities.side_reading import COUNTRY, SIDE, reads_as
from telisik.records.entities import Entity

# a side named with its age group: "Indonesia U-17", "Timnas U23 Jepang"
_AGE_GROUP = re.compile(r"\bU-?\d{2}\b")


@dataclass(frozen=True)
class TeamReading:
    """How a bare country name of an article reads: as the side of entity ``team`` or, where -1, as a side or the
    country; ``country``, the gazetteer's name of the country."""

    team: int = -1
    country: str = ""


@cache
def home_nation_sides() -> dict[str, str]:
    """A state fielding no side of its own -> the side its bare name, read as a side, stands for ("Inggris": "Timnas
    Inggris", England's, as the United Kingdom has none: ``home_nation_sides.tsv``)."""
    return {row[0]: row[1] for row in table("id", "home_nation_sides.tsv") if len(row) > 1}


def _forms(ent: Entity | Mapping[str, Any]) -> tuple[str, list[str]]:
    """An entity's type and its name and mention texts."""
    if isinstance(ent, Entity):
        return ent.type, [ent.name, *(m.text for m in ent.mentions)]
    return str(ent["type"]), [ent["name"], *(m["text"] for m in ent.get("mentions") or [])]


def _country(lex: EntityLexicon, text: str) -> str:
    """The gazetteer's name of the country a text names, "" if none: a state, not one of Indonesia's provinces
    (which the lexicon's ``country_names`` holds too: "Bali" in a sports report is no side)."""
    entry = lex.known(text)
    if entry is None or entry.name not in lex.country_names or entry.name in province_names():
        return ""
    return entry.name


def _team_head(lex: EntityLexicon, form: str) -> int:
    """How many words of a national side's head open the form ("Tim Nasional Jepang": 2), 0 if none."""
    words = form.split()
    for n in (2, 1):
        if len(words) > n and " ".join(words[:n]) in lex.national_team_heads:
            return n
    return 0


def side_of(lex: EntityLexicon, form: str, nicknames: Mapping[str, str]) -> tuple[bool, str]:
    """Whether a name of an organisation names a national side, and its country's gazetteer name; ``nicknames``: a
    side's nickname -> its country ("Samurai Biru" -> "Jepang"). A side's name is its head ("Timnas") or its age group
    ("U-23") with its country, or its nickname, or with nothing ("Timnas U-17": its country unsaid): sport and gender
    words (``side_qualifiers``: "Timnas Putri Jepang") aside, nothing else; "Tim Peneliti Universitas Indonesia" and
    the campaign's "Timnas AMIN" are none."""
    if form in nicknames:
        return True, nicknames[form]
    head = _team_head(lex, form)
    rest = _after_head(lex, form, head)
    if rest in nicknames:
        # a nickname behind an English article or a sport ("The Three Lions", "The Green Falcons")
        return True, nicknames[rest]
    if not head and not _AGE_GROUP.search(form):
        return False, ""
    country = _country(lex, rest) or nicknames.get(rest, "")
    # a head with nothing after it but an age group or a sport is a side of the article's own country ("Timnas U-17")
    return bool(country) or not rest, country


def _after_head(lex: EntityLexicon, form: str, head: int) -> str:
    """A side's name less its head's ``head`` words, its age groups and, after a head, its sport and gender words
    ("Timnas Putri Jepang": "Jepang"); with no head, less only an English article ("The Three Lions": "Three Lions"),
    as "Garuda Air" or "Bola Garuda" is no side's name."""
    words = form.split()[head:]
    if head:
        words = [w for w in words if w.lower() not in lex.side_qualifiers]
    elif words[:1] and words[0].lower() == "the":
        words = words[1:]
    return " ".join(w for w in words if not _AGE_GROUP.fullmatch(w))


def _other_body(lex: EntityLexicon, name: str, nicknames: Mapping[str, str]) -> bool:
    """Whether an organisation's name is a body the gazetteer knows that is no side: "Garuda Indonesia" (the airline)
    stays the airline where the article calls it "Garuda" too, which is also the Indonesian side's nickname."""
    entry = lex.known(name)
    return entry is not None and entry.type == "ORG" and not side_of(lex, entry.name, nicknames)[0]


def _stays_state(lex: EntityLexicon, forms: Sequence[str], told: str) -> bool:
    """Whether a country entity is the state whatever sides its article names: one of its forms is the state's
    ("Menpora Republik Indonesia", "RI"); where its own sentences read it as the side, only a long form ("RI meraih
    kemenangan dalam 2 laga terakhir" is the side, "Republik Indonesia" never)."""
    if told == SIDE:
        return any(" " in form and _names_state(lex, form) for form in forms)
    return any(_names_state(lex, form) for form in forms)


def _names_state(lex: EntityLexicon, form: str) -> bool:
    """Whether a country's form names the state, never a side: "Republik Indonesia", "RI" (``state_name_forms``)."""
    return form in lex.state_name_forms or form.split(" ", 1)[0] in lex.state_name_forms


def _sides(lex: EntityLexicon, entities: Sequence[Entity | Mapping[str, Any]]) -> tuple[dict[str, int], bool]:
    """The article's national sides by their country's gazetteer name (the first entity naming each), and whether it
    names a side at all (one of an unsaid country, "Timnas U-17", too)."""
    nicknames = {t.nickname: t.country for t in lex.team_nicknames}
    sides: dict[str, int] = {}
    sports = False
    for i, ent in enumerate(entities):
        kind, forms = _forms(ent)
        # any of its forms: the clusterer may name the airline by its short name ("Garuda", then "Garuda Indonesia")
        if kind != "ORG" or any(_other_body(lex, form, nicknames) for form in forms):
            continue
        for form in forms:
            side, country = side_of(lex, form, nicknames)
            sports = sports or side
            if country:
                sides.setdefault(country, i)
    return sides, sports


def told_reading(ent: Entity | Mapping[str, Any]) -> str:
    """How the entity's own sentences read it (``side_reading.reads_as``: "side", "country"), where the article entity
    carries it (``reads_as``), else ""."""
    if isinstance(ent, Mapping):
        return str(ent.get("reads_as") or "")
    return str(getattr(ent, "reads_as", "") or "")


def team_readings(lex: EntityLexicon, entities: Sequence[Entity | Mapping[str, Any]]) -> dict[int, TeamReading]:
    """The article's country entities that read as a side (by their place in ``entities``), with how they read.

    A country entity its own sentences read (``told_reading``) reads so: as the country ("klub Indonesia", "Osaka,
    Jepang") in any report, as a side ("Inggris menang 3-0 atas Latvia") in a report that names no side too, where
    they read two countries so. One they do not read is a side where the article names sides of two countries at
    least."""
    sides, sports = _sides(lex, entities)
    countries = {i: _country(lex, _forms(ent)[1][0]) for i, ent in enumerate(entities) if _forms(ent)[0] == "LOC"}
    # a match names two countries at least, among its sides and its bare names: an article naming its own country's
    # side and no other ("Timnas Indonesia menjadi kebanggaan. Ekonomi Indonesia tumbuh ...") reads the country
    match = sports and len(set(sides) | {c for c in countries.values() if c}) >= 2
    told = {i: told_reading(entities[i]) for i, country in countries.items() if country}
    # a match has two sides: in a report naming no side, one country its sentences read as a side ("Perang
    # Arab-Israel ... Golan") is a stray cue, two ("Inggris menang 3-0 atas Latvia") a match
    sided = match or len({countries[i] for i, reading in told.items() if reading == SIDE}) >= 2
    out: dict[int, TeamReading] = {}
    for i, reading in told.items():
        if _stays_state(lex, _forms(entities[i])[1], reading):
            continue
        # a state that fields no side is no side's country: its name read as a side is the side of one of its
        # nations ("Inggris menang 3-0 atas Latvia", "wakil Inggris" alone in a report), never the state
        own_side = reading == SIDE and countries[i] in home_nation_sides()
        if (reading == SIDE and (sided or own_side)) or (match and reading != COUNTRY):
            out[i] = TeamReading(sides.get(countries[i], -1), countries[i])
    return out


def nation_side(ent: Entity | Mapping[str, Any], reading: TeamReading) -> str:
    """The side of one of its nations a state's bare name stands for, where its own sentences read it as a side and
    the state fields none ("Timnas Inggris" for "Inggris menang 3-0 atas Latvia": ``home_nation_sides``), else ""."""
    return home_nation_sides().get(reading.country, "") if told_reading(ent) == SIDE else ""


def country_reading(lex: EntityLexicon, text: str, ent: Entity | Mapping[str, Any], place_ends: Collection[int] = ()) -> str:
    """How an article entity of a bare country reads in its article's text (``side_reading.reads_as``; ``place_ends``:
    where the article's other places' mentions end), "" for one that is no country or has no reading: what the
    entity clusterer is to set as the entity's ``reads_as`` once the record carries it (every engine's linker reads
    the entity's fields, never the body)."""
    kind, forms = _forms(ent)
    if kind != "LOC" or not _country(lex, forms[0]):
        return ""
    return reads_as(text, _spans(ent), place_ends)


def _spans(ent: Entity | Mapping[str, Any]) -> list[tuple[int, int]]:
    if isinstance(ent, Entity):
        return [(m.start, m.end) for m in ent.mentions]
    return [(int(m["start"]), int(m["end"])) for m in ent.get("mentions") or []]


def place_ends(lex: EntityLexicon, entities: Sequence[Entity | Mapping[str, Any]]) -> frozenset[int]:
    """Where the mentions of the article's places that are no countries end ("Osaka" of "Suita, Osaka, Jepang"): a
    country after one and a comma is the place's country, after another country and a comma one of a list."""
    return frozenset(end for ent in entities if _forms(ent)[0] == "LOC" and not _country(lex, _forms(ent)[1][0]) for _, end in _spans(ent))
