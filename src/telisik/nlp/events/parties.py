"""Who may be a party of an event: places that are no country (nor a capital standing for its government) are where a
happening is, sites, products and named things (documents, deals, happenings) are never parties, and the police or
the prosecutors are an arrest's agent."""

from __future__ import annotations

from bisect import bisect_left
from functools import cache, cached_property

from telisik.lang import table
from telisik.nlp.events.article import ArticleFacts
from telisik.nlp.events.facts import Candidate
from telisik.nlp.events.lexicon import TOKEN


@cache
def _acting_places() -> frozenset[str]:
    """The places that may act: countries (and provinces), as the entity stage knows them, and the capitals and major
    cities of the gazetteer, which stand for their governments ("Pyongyang menjual amunisi", "Washington memperingatkan")."""
    from telisik.nlp.entities.lexicon import country_names

    cities = {row[0] for row in table("id", "gazetteer.tsv") if len(row) > 1 and row[1] == "LOC"}
    return frozenset(country_names() | cities)


@cache
def _known_bodies() -> frozenset[str]:
    """The names (and aliases) the gazetteer knows as bodies, government metonyms among them: "Gedung Putih" opens with
    a word of buildings but is the government that acts."""
    rows = (row for row in table("id", "gazetteer.tsv") if len(row) > 1 and row[1] == "ORG")
    return frozenset(name for row in rows for name in [row[0], *(row[2].split("|") if len(row) > 2 else [])] if name)


def _product(name: str, names: list[str]) -> bool:
    """Whether ``name`` is another party's name with a model number after it: the product of that party ("Poco F7" of
    "Poco", "Boeing 787" of "Boeing"), not a party."""
    return any(name.startswith(other + " ") and any(ch.isdigit() for ch in name[len(other) :]) for other in names if other != name)


class PartyRules(ArticleFacts):
    """The rules that keep places and things out of an event's parties and put an arrest's agent first."""

    @cached_property
    def type_of(self) -> dict[str, str]:
        """Entity name -> its type (PER, ORG, LOC)."""
        return {m.name: m.type for m in self.mentions}

    def headed_by(self, name: str, role: str) -> bool:
        """Whether the name opens with a head word of ``role`` (``event_words.tsv``): "Rumah Sakit Soroka" (site)."""
        words = TOKEN.findall(name.lower())
        if not words:
            return False
        if words[0] in self.lex.roles.get(role, ()) or (len(words) > 1 and words[-1] in self.lex.roles.get(role + "_tail", ())):
            return True  # "Perjanjian Kerja Sama ...", "... Free Trade Agreement"
        n, value = self.lex.words.at(words, 0)
        return n > 1 and value == role

    def _no_party(self, name: str, typ: str) -> bool:
        """Whether ``name`` names no party of an event of type ``typ``: a named thing ("Perjanjian Kerja Sama"), a site
        but for a closure ("Museum Louvre"), or, for a happening, a place that is no country ("Beersheba") nor a body of
        people so typed ("Satgas Saber Pungli")."""
        if self.headed_by(name, "named_thing") or self._weekday(name):
            return True  # "Kamis", read as a person by the recogniser, is a date
        if typ in self.cfg.enforced_types and self._enforcer(name):
            return False  # "petugas Imigrasi Ponorogo", read as a place by the recogniser, is who arrests
        if typ not in self.cfg.site_types and self.headed_by(name, "site") and name not in _known_bodies():
            return True
        # "Satgas Saber Pungli", "Perkumpulan Pedagang ...": a body of people the recogniser read as a place still acts
        place = self.type_of.get(name) == "LOC" and not self.headed_by(name, "body")
        return typ in self.cfg.placed_types and place and name not in _acting_places()

    def _weekday(self, name: str) -> bool:
        """Whether the name is a weekday ("Kamis"): a date, never a party."""
        words = TOKEN.findall(name.lower())
        return len(words) == 1 and words[0] in self.lex.roles.get("weekday", ())

    def drop_places(self, c: Candidate) -> None:
        """Takes the names that are no party out of ``c.who`` (a place so dropped does not become ``where``: a name the
        recogniser typed as a place wrongly, "Kwartir", would)."""
        typ = c.trig.type
        c.who = [n for n in c.who if not self._no_party(n, typ) and not _product(n, c.who)]

    def _enforcer(self, name: str) -> bool:
        """Whether a party is the police, a prosecutor or officers ("Polres Tangerang Selatan", "petugas Imigrasi", "polisi")."""
        enforcer = self.lex.roles.get("enforcer", frozenset())
        return any(w in enforcer for w in TOKEN.findall(name.lower()))

    def enforcer_first(self, c: Candidate) -> None:
        """In an arrest or a charge, the police or the prosecutors are the agent: named first ("BD diamankan petugas
        Imigrasi" is the officers' arrest of BD)."""
        if c.trig.type in self.cfg.enforced_types and len(c.who) > 1:
            c.who = sorted(c.who, key=lambda n: not self._enforcer(n))

    def relative_head(self, i: int, c0: int) -> int | None:
        """The token of "yang" opening a relative clause on a common noun right before the trigger at token ``i``
        ("menggantikan pemimpin sebelumnya yang dicopot", "pelaku yang menyerang"), with at most a status word between;
        None when there is none or the noun is a name ("Prabowo yang bertemu Putin")."""
        relative = self.lex.roles.get("relative", frozenset())
        for k in range(i - 1, max(c0, i - 3) - 1, -1):
            if self.low[k] in relative:
                head = k - 1
                common = head >= c0 and self.raw[head].isalpha() and self.raw[head].islower()
                return k if common and not self._in_mention(head) else None
            if not self.lex.status.at(self.low, k)[0]:
                return None  # "yang telah dicopot": only a status word may stand between
        return None

    def _in_mention(self, k: int) -> bool:
        """Whether token ``k`` lies inside an entity mention."""
        pos = self.starts[k]
        m = bisect_left(self.mention_starts, pos + 1) - 1
        return m >= 0 and self.mentions[m].start <= pos < self.mentions[m].end
