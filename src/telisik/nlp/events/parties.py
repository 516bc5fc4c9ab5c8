"""Who may be a party of an event: places that are no country (nor a capital standing for its government) are where a
happening is, sites, products and named things (documents, deals, happenings) are never parties, the police or
the prosecutors are an arrest's agent, and a noun an article has named someone by ("jemaah haji bernama Suminarsih",
"korban" of a death told of MN) stands for that person."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, cached_property

from telisik.lang import lower_word_list, table
from telisik.nlp.events.article import ArticleFacts
from telisik.nlp.events.facts import Candidate, Found
from telisik.nlp.events.lexicon import TOKEN, a_killing


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


# the fates a victim's noun ("korban", "jenazah") points back to: whom the article's last death, injury or mishap befell
_FATES = ("DIE", "INJURE", "ACCIDENT")
_AGE = re.compile(r"\s*\(\d{1,3}(?:\s*tahun)?\)")  # "MN (77)": an age in brackets after a name
_DOER = "doer"  # the kind of participant noun of an attack's or a crime's doer (event_participants.tsv)
_DOER_KEY = "#doer"  # introductions by any noun of a doer ("tersangka berinisial W"), for another such noun ("pelaku")
_NAMING_REACH = 4  # lower-case words at most between a noun and the naming word after it ("pria lanjut usia berinisial")
_INITIALS = re.compile(r"[A-Z]{1,4}")  # "berinisial APW": a person's initials, whether the recogniser knows them or not
# a flight's or a train's number ("FR6080", "ID 6333", "Commuter Line No.1907"): a vehicle's run, never a party
_RUN_NUMBER = re.compile(r"(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{3,4}|.*\b(?:No|Nomor)\.?\s?\d+")
_CUT_OFF = ("&", "-", "/", ",", "+")  # the end of a name the recogniser cut mid-way ("Pertamina New & Renewable Energy")


@cache
def _witness_words() -> frozenset[str]:
    """The words introducing those who watch an event (``witness_words.txt``: "disaksikan")."""
    return lower_word_list("id", "witness_words.txt")


@cache
def _police_words(kind: str) -> frozenset[str]:
    """The words of ``police_names.tsv`` of one kind: "noun" ("polisi"), "body" ("polres")."""
    return frozenset(row[0].lower() for row in table("id", "police_names.tsv") if len(row) > 1 and row[1] == kind)


@cache
def _another_words() -> frozenset[str]:
    """The words after a noun that make it another than the one named before (``another_words.txt``: "lainnya")."""
    return lower_word_list("id", "another_words.txt")


@cache
def _naming_words() -> tuple[tuple[str, ...], ...]:
    """The words that put a person's name after the noun naming them (``naming_words.txt``: "berinisial", "atas nama")."""
    return tuple(tuple(phrase.split()) for phrase in sorted(lower_word_list("id", "naming_words.txt")))


def _product(name: str, names: list[str]) -> bool:
    """Whether ``name`` is another party's name with a model number after it: the product of that party ("Poco F7" of
    "Poco", "Boeing 787" of "Boeing"), not a party."""
    return any(name.startswith(other + " ") and any(ch.isdigit() for ch in name[len(other) :]) for other in names if other != name)


class PartyRules(ArticleFacts):
    """The rules that keep places and things out of an event's parties and put an arrest's agent first."""

    AGENT_REACH = 10  # words at most from a passive verb to the "oleh" of its agent ("dilantik menjadi Staf Khusus ... oleh")
    FATED = ("DIE", "INJURE", "EVACUATE")  # the events whose "korban tersebut" is whom the article's last fate befell
    ONCE = ("DIE",)  # the fates a person meets once: "ia" of a later report of one is whom the article's last one befell

    def witnessing(self, k: int) -> bool:
        """Whether token ``k`` introduces those who watch an event ("disaksikan", ``witness_words.txt``)."""
        return self.low[k] in _witness_words()

    def witness_word(self, j: int, c1: int) -> int | None:
        """The token of the first word after token ``j`` in its clause that introduces witnesses; None when there is
        none."""
        return next((k for k in range(j, c1) if self.witnessing(k)), None)

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
        if _RUN_NUMBER.fullmatch(name) or name.endswith(_CUT_OFF) or name.count("(") != name.count(")"):
            # "penerbangan FR6080 ... mendarat": the flight; "Pertamina New &", "Irwansyah(51": a name cut mid-way
            return True
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

    # ------------------------------------------------------------ nouns that stand for a named person

    @cached_property
    def introductions(self) -> dict[str, list[tuple[int, list[str]]]]:
        """Participant noun's first word -> (text position of the noun, names) of each place the article names people
        right after the noun: "wanita muda berinisial APW (25)", "Jemaah haji bernama Suminarsih", "Dua nelayan,
        Ijang (45) dan Saepul (38)"."""
        out: dict[str, list[tuple[int, list[str]]]] = {}
        at_mention = {m.token: i for i, m in enumerate(self.mentions) if m.type == "PER" and not m.skip}
        naming_ends = {phrase[-1] for phrase in _naming_words()}
        after_naming = {k + 1 for k, w in enumerate(self.low) if w in naming_ends}
        for k in sorted(at_mention.keys() | after_naming):
            if k < 1 or k >= len(self.low):
                continue
            if k in at_mention:
                names = self._name_group(at_mention[k])
            elif _INITIALS.fullmatch(self.raw[k]) and self._naming_before(k):
                # "berinisial APW", "yakni AP": initials the recogniser did not take for a person's name
                names = self._initials_from(k)
            else:
                continue
            noun = self._introducing_noun(k)
            if noun is not None:
                out.setdefault(self.low[noun], []).append((self.starts[noun], names))
                if _DOER in self.lex.participants.at(self.low, noun)[1].split("/"):
                    # "tersangka berinisial W" ... "pelaku ditangkap": the article's nouns of its doer name one person
                    out.setdefault(_DOER_KEY, []).append((self.starts[noun], names))
        return out

    def _introducing_noun(self, k: int) -> int | None:
        """The first token of the participant noun for people that a name at token ``k`` follows: after a naming word,
        with at most ``_NAMING_REACH`` lower-case words between ("Pria lanjut usia (lansia) berinisial MN"), or right
        before a comma when an age follows the name ("korban, MN (77)")."""
        j = k - 1
        if naming := self._naming_before(k):
            j, reach = j - naming, _NAMING_REACH
        elif self.raw[j] == "," and _AGE.match(self.text[self.ends[self._name_end(k)] :]):
            j, reach = j - 1, 0
        else:
            return None
        words = 0
        while j >= 0 and words <= reach:
            n, kind = self.lex.participants.ending_at(self.low, j)
            if n and "person" in kind.split("/"):  # "Pacitan - Jemaah haji bernama ...": capitalised after a dateline too
                # not "Menurut warga, Andi (30) ...": the noun there is a source, the name another's
                return None if j - n >= 0 and self._cites(j - n) else j - n + 1
            if self.raw[j] not in "()":
                if not (self.raw[j].isalpha() and self.raw[j].islower()):
                    return None
                words += 1
            j -= 1
        return None

    def _naming_before(self, k: int) -> int:
        """The number of words of the naming phrase ending right before token ``k`` ("berinisial", "atas nama"), 0 if none."""
        for phrase in _naming_words():
            n = len(phrase)
            if k >= n and tuple(self.low[k - n : k]) == phrase:
                return n
        return 0

    def _many_before(self, k: int) -> bool:
        """Whether token ``k`` makes the noun after it many: "para", "sejumlah", "berbagai"."""
        return self.plural_phrase(k) or self.low[k] in self.lex.roles.get("plural_marker", ()) or self._scale_word(k)

    def _scale_word(self, k: int) -> bool:
        """Whether token ``k`` is a number word of no exact value ("ratusan", "puluhan", ``numbers.tsv`` fuzzy) or one
        of a group ("kedua", "ketujuh"): many."""
        word, numbers = self.low[k], self.lex.numbers
        if numbers.get(word, ("", ""))[0] == "fuzzy":
            return True
        kind, value = numbers.get(word[2:], ("", "")) if word.startswith("ke") else ("", "")
        return kind in ("digit", "word") and value.isdigit() and int(value) > 1

    def _name_end(self, k: int) -> int:
        """The last token of the name starting at token ``k``."""
        m = bisect_left(self.mention_starts, self.starts[k])
        if m < len(self.mentions) and self.mentions[m].start == self.starts[k]:
            return bisect_left(self.starts, self.mentions[m].end) - 1
        return k

    def _initials_from(self, k: int) -> list[str]:
        """The initials at token ``k`` and those joined to it, each with its age skipped ("AP (25) dan AW (37)")."""
        names, n = [self.raw[k]], len(self.low)
        j = k + 1
        while j < n:
            if self.raw[j] == "(" and j + 2 < n and self.raw[j + 1].isdigit() and self.raw[j + 2] == ")":
                j += 3  # an age
                continue
            joined = self.raw[j] == "," or self.low[j] in self.lex.joiners
            if not (joined and j + 1 < n and _INITIALS.fullmatch(self.raw[j + 1])):
                break
            names.append(self.raw[j + 1])
            j += 2
        return names

    def _name_group(self, first: int) -> list[str]:
        """The names of people joined to the mention at index ``first`` ("Ijang (45) dan Saepul (38)")."""
        group = [self.mentions[first]]
        for m in self.mentions[first + 1 :]:
            gap = _AGE.sub("", self.text[group[-1].end : m.start])
            if m.type != "PER" or m.skip or not self.lex.coordination.match(gap):
                break
            group.append(m)
        return list(dict.fromkeys(m.name for m in group))

    def named_by_noun(self, k0: int, k1: int, count: int | None, fate: bool = False) -> list[str]:
        """The people a participant noun in tokens k0..k1 stands for: those named right after it ("dua orang kurir yakni
        AP dan AW", "tersangka UA dan ZI"); for a noun of one person, those the article named right after the same noun
        (or another noun of its doer) nearest before it, else in its sentence after it; the police body the article
        names for "polisi"; for a victim's noun ("korban"), the one person the article's last death or injury befell, as
        for a noun pointing back ("turis tersebut") in an event of a ``fate``. None for a noun of many ("para korban",
        "15 orang") or of another ("penumpang lainnya")."""
        kinds = set(self.lex.participants.at(self.low, k0)[1].split("/"))
        own = self._own_names(k0, k1, kinds)
        if own:
            return own
        if self._many(k0, count) or any(w in _another_words() for w in self.low[k1 : k1 + 1]):
            return []
        told = self._named_before(k0, kinds)
        if told:
            return told
        if self.low[k1 - 1] in _police_words("noun"):
            return self._police_body(self.starts[k0])
        if "victim" in kinds or (fate and self._pointed_back(k1)):
            # "jasad korban dievakuasi", "mengevakuasi turis perempuan tersebut": whom the death or injury told befell
            return self.last_victim()
        return []

    def _own_names(self, k0: int, k1: int, kinds: set[str]) -> list[str]:
        """The names given right after the noun in tokens k0..k1: after a naming word ("berinisial"), or, for a doer or a
        victim, initials right after it ("tersangka UA dan ZI", "korban MY")."""
        pos = self.starts[k0]
        own = next((names for at, names in self.introductions.get(self.low[k0], []) if at == pos), None)
        if own is not None:
            return own
        if {_DOER, "victim"} & kinds and k1 < len(self.raw) and _INITIALS.fullmatch(self.raw[k1]):
            return self._initials_from(k1)  # initials the recogniser typed as a place or a body
        return []

    def _many(self, k0: int, count: int | None) -> bool:
        """Whether the noun at token ``k0`` names many: a count above one, a doubled noun, "para", "ratusan", "kedua"."""
        return (count is not None and count > 1) or self.plural_phrase(k0) or (k0 > 0 and self._many_before(k0 - 1))

    def _named_before(self, k0: int, kinds: set[str]) -> list[str]:
        """The names the article gave right after the same noun (or, for a doer, after any noun of its doer) nearest
        before token ``k0``, else in its sentence after it."""
        pos = self.starts[k0]
        told = self.introductions.get(self.low[k0], [])
        if _DOER in kinds:
            told = sorted(told + self.introductions.get(_DOER_KEY, []))
        before = [names for at, names in told if at <= pos]
        if before:
            return before[-1]
        sent_end = self.sents[max(0, bisect_left(self.sent_starts, pos + 1) - 1)][1]
        return next((names for at, names in told if pos < at < sent_end), [])

    def _pointed_back(self, k1: int) -> bool:
        """Whether "tersebut", "itu" follows the noun ending before token ``k1``, at most one word between ("turis
        perempuan tersebut"): the noun points back to someone told of before."""
        anaphor = self.lex.roles.get("anaphor", frozenset())
        return any(w in anaphor for w in self.low[k1 : k1 + 2])

    def last_victim(self) -> list[str]:
        """The one person the article's last death or injury befell, named ("MN meninggal dunia tertabrak KRL"); none
        when it is told as a killing, whose party is its doer ("W membunuh korban", ``killing_roots.txt``)."""
        # a fate that befell no one named ("kebakaran" right after "APW tewas akibat ...") points to no one
        fates = [ev for typ in _FATES if (ev := self.last_of_type.get(typ)) is not None and ev.who and not self._killing(ev)]
        if not fates:
            return []
        last = max(fates, key=lambda ev: ev.start)
        # a person the recogniser typed, or initials it did not ("wanita berinisial APW (25) tewas")
        if len(last.who) != 1 or not (self.type_of.get(last.who[0]) == "PER" or _INITIALS.fullmatch(last.who[0])):
            return []
        words = TOKEN.findall(last.who[0].lower())
        # "Truk" the recogniser took for a person: a participant noun names nobody
        return [] if self.lex.participants.at(words, 0)[0] == len(words) else list(last.who)

    def _killing(self, ev: Found) -> bool:
        """Whether the event's trigger tells a killing ("membunuh", "pembunuhan"): its party is the doer."""
        return a_killing(self.text[ev.start : ev.end])

    def police_after(self, j: int) -> list[str]:
        """The police as the agent a passive verb ending before token ``j`` names right after it ("ditangkap polisi"):
        the police body the article names (``_police_body``), else the noun as written."""
        if j >= len(self.low) or self.low[j] not in _police_words("noun"):
            return []
        return self._police_body(self.starts[j]) or [self.raw[j]]

    def _police_body(self, pos: int) -> list[str]:
        """The police body the article names nearest before text position ``pos`` ("Polres Metro Depok"), else its first;
        none when it names none."""
        bodies = _police_words("body")
        named = [m for m in self.mentions if m.type == "ORG" and not m.skip and m.name.split()[0].lower() in bodies]
        if not named:
            return []
        before = [m for m in named if m.start < pos]
        return [(before[-1] if before else named[0]).name]
