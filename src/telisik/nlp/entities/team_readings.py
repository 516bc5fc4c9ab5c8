"""Which of an article's bare country names stand for a national side, read from the article's own entities.

A sports report names a side by its country alone as often as by its team's name: "Timnas Indonesia menang 1-0 atas
China", "Jepang menang 6-0". The annotation rules type that name LOC in the article, as the country; across articles,
though, a researcher after the country (Tiongkok's trade talks) wants no match report, and one after the side wants
every report of its matches. The collection linker (``collection.linking``) reads what this module finds:

- ``TeamReading(i, country)``: the article names the country's own side too ("Timnas Jepang", "Samurai Biru", "Indonesia
  U-17": entity ``i``), so the bare name is that side: it joins the side's entity, not the country;
- ``TeamReading(-1, country)``: the article names some other national side (a sports report) but not this country's:
  the bare name stands for a side or for the country (a World Cup's host) as the sentence has it, which the linker
  cannot see. It links to nothing across articles.

A country the article also names as a state ("Menteri Pemuda dan Olahraga Republik Indonesia", ``state_name_forms``)
is the state, whatever sides the article names.

Only the entities' names, types and mention texts are read: the linker of every engine has no more.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from telisik.nlp.entities.lexicon import EntityLexicon, province_names
from telisik.records.entities import Entity

# a side named with its age group: "Indonesia U-17", "Timnas U23 Jepang"
_AGE_GROUP = re.compile(r"\bU-?\d{2}\b")


@dataclass(frozen=True)
class TeamReading:
    """How a bare country name of an article reads: as the side of entity ``team`` or, where -1, as a side or the
    country; ``country``, the gazetteer's name of the country."""

    team: int = -1
    country: str = ""


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
    if not head and not _AGE_GROUP.search(form):
        return False, ""
    rest = " ".join(w for w in form.split()[head:] if not _AGE_GROUP.fullmatch(w) and w.lower() not in lex.side_qualifiers)
    country = _country(lex, rest) or nicknames.get(rest, "")
    # a head with nothing after it but an age group or a sport is a side of the article's own country ("Timnas U-17")
    return bool(country) or not rest, country


def _names_state(lex: EntityLexicon, form: str) -> bool:
    """Whether a country's form names the state, never a side: "Republik Indonesia", "RI" (``state_name_forms``)."""
    return form in lex.state_name_forms or form.split(" ", 1)[0] in lex.state_name_forms


def team_readings(lex: EntityLexicon, entities: Sequence[Entity | Mapping[str, Any]]) -> dict[int, TeamReading]:
    """The article's country entities that read as a side (by their place in ``entities``), with how they read."""
    nicknames = {t.nickname: t.country for t in lex.team_nicknames}
    sides: dict[str, int] = {}
    sports = False
    for i, ent in enumerate(entities):
        kind, forms = _forms(ent)
        if kind != "ORG":
            continue
        for form in forms:
            side, country = side_of(lex, form, nicknames)
            sports = sports or side
            if country:
                sides.setdefault(country, i)
    if not sports:
        return {}
    countries = {i: _country(lex, _forms(ent)[1][0]) for i, ent in enumerate(entities) if _forms(ent)[0] == "LOC"}
    # a match names two countries at least, among its sides and its bare names: an article naming its own country's
    # side and no other ("Timnas Indonesia menjadi kebanggaan. Ekonomi Indonesia tumbuh ...") reads the country
    if len(set(sides) | {c for c in countries.values() if c}) < 2:
        return {}
    out: dict[int, TeamReading] = {}
    for i, country in countries.items():
        if country and not any(_names_state(lex, form) for form in _forms(entities[i])[1]):
            out[i] = TeamReading(sides.get(country, -1), country)
    return out
