"""Who may be a party of an event: places that are no country (nor a capital standing for its government) are where a
happening is, sites, products and named things (documents, deals, happenings) are never parties, the police or
the prosecutors are an arrest's agent, and a noun an article has named someone by ("jemaah haji bernama Suminarsih",
"korban" of a death told of MN, "kedua pelaku" of EKK and YLK) stands for that person, flights for the airline named;
the person named after a noun of kin ("adik Habib Bahar") is no party, the relative is; and a protest's parties are
who protests, not who answers it nor what is protested."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import cache, cached_property, partial
from itertools import compress, count

from telisik.lang import calendar_words, lower_word_list, person_titles, table, word_list, words_by_role
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.events.article import ArticleFacts
from telisik.nlp.events.facts import Candidate, Found, Mention
from telisik.nlp.events.lexicon import TOKEN, a_killing
from telisik.pages.dates import alternation


@cache
def _acting_places() -> frozenset[str]:
    """The places that may act: countries (and provinces), as the entity stage knows them, and the capitals and major
    cities of the gazetteer, which stand for their governments ("Pyongyang menjual amunisi", "Washington memperingatkan")."""
    from telisik.nlp.entities.lexicon import country_names

    cities = {row[0] for row in table("id", "gazetteer.tsv") if len(row) > 1 and row[1] == "LOC"}
    return frozenset(country_names() | cities)


def acting_place(name: str) -> bool:
    """Whether a place may act: a country, a province, a capital or a major city (``_acting_places``)."""
    return name in _acting_places()


@cache
def _place_heads() -> frozenset[str]:
    """The head words of places (``place_levels.tsv``: "kecamatan", "jalan", "desa"): a name opening with one is a place."""
    return frozenset(row[0].split()[0].lower() for row in table("id", "place_levels.tsv") if row and row[0])


@cache
def _known_bodies() -> frozenset[str]:
    """The names (and aliases) the gazetteer knows as bodies, government metonyms among them: "Gedung Putih" opens with
    a word of buildings but is the government that acts."""
    rows = (row for row in table("id", "gazetteer.tsv") if len(row) > 1 and row[1] == "ORG")
    return frozenset(name for row in rows for name in [row[0], *(row[2].split("|") if len(row) > 2 else [])] if name)


_RANK_WORDS = 2  # words at most of a rank between a title and its holder's name ("Kasat Reskrim, AKP Budi", "Brigjen Pol")
_TITLE_REACH = 3  # words at most of a title between a word of citing and the name it cites ("menurut Aipda Wagimin")
_OWNER_REACH = 4  # words at most between a vehicle's noun and the word of its owner ("Helikopter Bell 407 milik")
_BODY_WORDS = 5  # words at most of a police body's name ("Polres Metro Jakarta Selatan")
_OFFICER_WORDS = 2  # the words of a noun for officers before their body's name ("tim penyidik Kejari Sumenep")
# the fates a victim's noun ("korban", "jenazah") points back to: whom the article's last death, injury or mishap befell
_FATES = ("DIE", "INJURE", "ACCIDENT")
_SUBJECT_GAP = 2  # lower-case words at most between a name and the trigger it is the subject of ("Rindy akhirnya tewas")
_RELATIVE_GAP = 4  # lower-case words at most between a relative clause's verb and a name ("mencuri motor milik Budi")
_AGE = re.compile(r"\s*\(\d{1,3}(?:\s*tahun)?\)")  # "MN (77)": an age in brackets after a name
_DOER = "doer"  # the kind of participant noun of an attack's or a crime's doer (event_participants.tsv)
_DOER_KEY = "#doer"  # introductions by any noun of a doer ("tersangka berinisial W"), for another such noun ("pelaku")
_NAMED_KEY = "#named"  # names after a naming word introduced by no noun of a doer ("pria ... berinisial STR")
# lower-case words at most between a counted noun and the comma before the aged names it counts ("Dua tersangka kasus
# pencurian, Budi (30)"); further back the name is whom the clause acts on ("menganiaya penjaga toko itu, Budi (30)")
_COUNTED_NOUN_REACH = 2
_KIN_DESCRIPTION = 3  # words at most of a description between a noun of kin and its owner ("ayah penyanyi cilik Farel")
_SENTENCE_OPENERS = frozenset("-–—.\"“(")  # marks after which a capitalised word opens a sentence or a dateline's text
_NAMING_REACH = 4  # lower-case words at most between a noun and the naming word after it ("pria lanjut usia berinisial")
_INITIALS = re.compile(r"[A-Z]{1,4}")  # "berinisial APW": a person's initials, whether the recogniser knows them or not
# a flight's or a train's number ("FR6080", "ID 6333", "Commuter Line No.1907"): a vehicle's run, never a party
_RUN_NUMBER = re.compile(r"(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{3,4}|.*\b(?:No|Nomor)\.?\s?\d+")
_RUN_TAIL = re.compile(r"\s+(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])(?:\s?\d{3,4})?$")  # a flight's number ending a carrier's name
_PASSIVE = ("di", "ter")  # the prefixes of a passive verb ("dibunuh", "terbunuh"): its subject is who it befalls
_CUT_OFF = ("&", "-", "/", ",", "+")
# sentences at most between a trigger and where the article names the people of a role noun of it ("terduga pelaku
# bernama Maruddin" paragraphs later): a long page or a roundup names others in that role for other happenings
_ROLE_REACH = 20  # the end of a name the recogniser cut mid-way ("Pertamina New & Renewable Energy")


# words at most from the word that opens a fronted clause to the name that ends it ("Menurut Kapolres AKBP Budi Santoso,")
_FRONTED_WORDS = 6
_APPOSED_REACH = 8  # tokens at most from a person's name to the member word that describes them ("Budi (23) seorang anggota")
# "Argo, mahasiswa ...", "Dian (29) wanita ...": the gap between a name and the noun apposed to it, a comma or an age
_APPOSING_GAP = re.compile(r"\s*(\(\d{1,3}(?:\s*tahun)?\))?\s*(,)?\s*")
AGE_GAP = re.compile(r"\s*(?:\(\d{1,3}(?:\s*tahun)?\))?\s*")  # "Joko Sutoyo (45)": nothing but an age between a name and its comma
_AGE_COMMA = re.compile(r"\s*(?:\(\d{1,3}(?:\s*tahun)?\))?\s*,?")  # "Budi (23)," before what describes him
_WATCHED_REACH = 3  # words at most from a verb of watching to the trigger it watched ("menonton aksi tawuran remaja")
_RESIDENCE_WORDS = 10  # capitalised words and commas at most in a residence apposed to a name ("warga Kecamatan ...")


@cache
def _residence_words() -> frozenset[str]:
    """The words apposing a person's residence to their name (``residence_words.txt``: "warga", "asal")."""
    return lower_word_list("id", "residence_words.txt")


@cache
def _residence_gap(joiners: frozenset[str], opening: bool = False) -> re.Pattern[str]:
    """A residence apposed to a name, up to the joiner of the next name ("MB (57), warga Kecamatan Jangka Buya, Pidie
    Jaya, dan"): its word, then capitalised words and commas; ``opening``: its word alone, then a name's words."""
    words, joined = alternation(_residence_words()), alternation(joiners)  # escaped: a word may hold a dot or a "+"
    if opening:
        return re.compile(rf"^,\s*(?:{words})(?:\s+[A-Z][\w.'’-]*|\s*,)*\s+$")
    return re.compile(rf"^,\s*(?:{words})(?:\s+[A-Z][\w.'’-]*|\s*,)+?(?=,?\s*(?:{joined})\s)")


@cache
def _list_gap(joiners: frozenset[str]) -> re.Pattern[str]:
    """What joins the names of a list: a comma, a joiner of the grammar after it or alone ("A, B, dan C", "A serta B")."""
    words = alternation(joiners)
    return re.compile(rf"\s*,\s*(?:(?:{words})\s+)?|\s+(?:{words})\s+")


@cache
def _member_words() -> frozenset[str]:
    """Words naming a member of a body right before the body's name ("anggota", "pemain": ``body_member_words.txt``)."""
    return lower_word_list("id", "body_member_words.txt")


@cache
def _sole_role_nouns() -> frozenset[str]:
    """The nouns of one person's role in a report, whom the article names once (``sole_role_nouns.txt``: "jamaah")."""
    return lower_word_list("id", "sole_role_nouns.txt")


@cache
def _role_apposers() -> frozenset[str]:
    """The words between a name's comma and the noun of its role ("anggota", "salah satu", ``role_apposers.txt``)."""
    return lower_word_list("id", "role_apposers.txt")


@cache
def _address_words() -> frozenset[str]:
    """The forms of address before a person's initials (``address_words.txt``: "saudara", "sdri.")."""
    return lower_word_list("id", "address_words.txt")


@cache
def _acting_as_words() -> frozenset[str]:
    """The words putting the noun of the role a person acts in right after the name ("Z selaku pelapor",
    ``acting_as_words.txt``): the noun stands for that person as an apposed one does."""
    return lower_word_list("id", "acting_as_words.txt")


@cache
def _future_clause_words() -> frozenset[str]:
    """The words of a time to come that open a relative clause ("yang nantinya akan", ``future_clause_words.txt``)."""
    return lower_word_list("id", "future_clause_words.txt")


_FUTURE_CLAUSE_REACH = 2  # words at most between "yang" and its word of a time to come ("yang nantinya akan dikunjungi")


@cache
def _gloss_words() -> frozenset[str]:
    return frozenset(w for w in lower_word_list("id", "alias_words.txt") if " " not in w)


@cache
def _ordinal_words() -> frozenset[str]:
    """The ordinals written as words ("pertama", "kedua", ``ordinals.tsv``): "Korban kedua, WP" is one of several
    victims, not the one "korban" named before."""
    return frozenset(row[0].lower() for row in table("id", "ordinals.tsv") if len(row[0]) > 2 and row[0].isalpha())


@cache
def _one_person_words() -> frozenset[str]:
    """The count words of one person before a noun of people ("seorang", ``one_person_words.txt``)."""
    return lower_word_list("id", "one_person_words.txt")


@cache
def _bare_place_nouns() -> frozenset[str]:
    """Nouns of a place or a way that name no party ("lokasi", "akses", ``bare_place_nouns.txt``)."""
    return lower_word_list("id", "bare_place_nouns.txt")


@cache
def _vehicle_drivers() -> dict[tuple[str, ...], frozenset[str]]:
    """A vehicle's noun, as its words -> the nouns of its driver ("mobil": "pengemudi", "sopir"; ``vehicle_drivers.tsv``)."""
    return {tuple(row[0].lower().split()): frozenset(row[1].lower().split()) for row in table("id", "vehicle_drivers.tsv") if len(row) > 1}


def _vehicle_of(words: list[str]) -> tuple[str, ...]:
    """The vehicle noun of ``vehicle_drivers.tsv`` the phrase ``words`` is ("sepeda motor"), or opens with ("truk
    tangki": "truk"); () when it is none."""
    drivers = _vehicle_drivers()
    return tuple(words) if tuple(words) in drivers else (tuple(words[:1]) if tuple(words[:1]) in drivers else ())


@cache
def _driving_words() -> frozenset[str]:
    """The words between a vehicle and its driver's name ("dikemudikan", ``driving_words.txt``)."""
    return lower_word_list("id", "driving_words.txt")


@cache
def _operated_vehicles() -> frozenset[str]:
    """The nouns of vehicles a firm operates ("helikopter", "bus", ``operated_vehicles.txt``): a car "milik" a firm is
    more often its cargo or its product than a vehicle it runs."""
    return lower_word_list("id", "operated_vehicles.txt")


@cache
def _indefinite_words() -> frozenset[str]:
    """The words making the noun after them a new one of its kind ("sebuah", "seorang", ``indefinite_words.txt``)."""
    return lower_word_list("id", "indefinite_words.txt")


@cache
def _owner_words() -> tuple[tuple[str, ...], ...]:
    """The words naming a vehicle's owner or operator after it ("milik", "dioperasikan oleh", ``owner_words.txt``)."""
    return tuple(tuple(line.split()) for line in sorted(lower_word_list("id", "owner_words.txt"), key=len, reverse=True))


@cache
def _witness_words() -> frozenset[str]:
    """The words introducing those who watch an event (``witness_words.txt``: "disaksikan")."""
    return lower_word_list("id", "witness_words.txt")


@cache
def _protest_words(kind: str) -> frozenset[str]:
    """The words of ``protest_words.tsv`` of one kind: "staging", "response", "agent"."""
    return frozenset(row[0].lower() for row in table("id", "protest_words.tsv") if len(row) > 1 and row[1] == kind)


@cache
def _doer_nouns() -> frozenset[str]:
    """The phrases of ``event_participants.tsv`` that name a doer ("pelaku", "pelaku penembakan"), lower case."""
    return frozenset(row[0].lower() for row in table("id", "event_participants.tsv") if len(row) > 1 and _DOER in row[1].split("/"))


@cache
def _whole_group_words() -> frozenset[str]:
    """The words making the noun after them a whole group (``whole_group_words.txt``: "semua", "seluruh")."""
    return lower_word_list("id", "whole_group_words.txt")


@cache
def _police_words(kind: str) -> frozenset[str]:
    """The words of ``police_names.tsv`` of one kind: "noun" ("polisi"), "body" ("polres")."""
    return frozenset(row[0].lower() for row in table("id", "police_names.tsv") if len(row) > 1 and row[1] == kind)


@cache
def _another_words() -> frozenset[tuple[str, ...]]:
    """The words after a noun that make it another than the one named before (``another_words.txt``: "lainnya",
    "satu lagi"), each as its tuple of words."""
    return frozenset(tuple(line.split()) for line in lower_word_list("id", "another_words.txt"))


@cache
def naming_words() -> tuple[tuple[str, ...], ...]:
    """The words that put a person's name after the noun naming them (``naming_words.txt``: "berinisial", "atas nama")."""
    return tuple(tuple(phrase.split()) for phrase in sorted(lower_word_list("id", "naming_words.txt")))


@cache
def _naming_ends() -> frozenset[str] | None:
    """The last words of the naming phrases (``naming_words``); None where a phrase has no words (it would match anywhere)."""
    phrases = naming_words()
    return None if any(not p for p in phrases) else frozenset(p[-1] for p in phrases)


@cache
def _kin_ends() -> frozenset[str] | None:
    """The last words of the nouns of kin (``_kin_words("kin")``); None where a phrase has no words."""
    phrases = _kin_words("kin")
    return None if any(not p for p in phrases) else frozenset(p[-1] for p in phrases)


@cache
def _unit_head_titles() -> frozenset[str]:
    """The short titles of a unit's head ("kasat", "kanit", ``unit_head_titles.txt``), lower case."""
    return lower_word_list("id", "unit_head_titles.txt")


@cache
def _one_word_titles() -> frozenset[str]:
    """The titles of one word (``titles.txt``: "penyanyi", "almarhum", "aktor"), which open a description of a person."""
    return frozenset(title.lower() for title in person_titles("id") if " " not in title)


@cache
def _kin_words(kind: str) -> frozenset[tuple[str, ...]]:
    """The phrases of ``kin_words.tsv`` of one kind, as word tuples: "kin" ("adik", "orang tua"), "apposing" ("sang"),
    "name_like" ("putri": kin only in lower case), "company" ("anak usaha": a firm's parent)."""
    return frozenset(tuple(row[0].lower().split()) for row in table("id", "kin_words.tsv") if len(row) > 1 and row[1] == kind)


@cache
def _carrier_words(kind: str) -> frozenset[str]:
    """The words or names of ``carriers.tsv`` of one kind: "tail", "head", "name", "cue" (airlines)."""
    return frozenset(row[0].lower() for row in table("id", "carriers.tsv") if len(row) > 1 and row[1] == kind)


def _carrier_name(name: str) -> bool:
    """Whether an organisation's name is an airline's by its words ("Batik Air", "Qatar Airways", "Air India",
    "Citilink"; not "AirNav Indonesia")."""
    words = TOKEN.findall(name.lower())
    if not words:
        return False
    if " ".join(words) in _carrier_words("name") or any(w in _carrier_words("tail") for w in words[1:]):
        return True
    return len(words) > 1 and words[0] in _carrier_words("head")


@cache
def _at_large_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Where a cue of one at large stands -> its phrases as word tuples (``at_large_cues.tsv``)."""
    return {role: tuple(tuple(p.split()) for p in phrases) for role, phrases in words_by_role("id", "at_large_cues.tsv").items()}


@cache
def _case_name_words() -> dict[str, frozenset[str]]:
    """Role ("case", "defendant", "stop") -> its words (``case_name_words.tsv``)."""
    return {role: frozenset(words) for role, words in words_by_role("id", "case_name_words.tsv").items()}


# the most tokens a case's name runs from its opening word to its namesake ("kasus suap pergantian antarwaktu (PAW)
# anggota Dewan Perwakilan Rakyat (DPR) Harun Masiku")
_CASE_NAME_REACH = 16


@cache
def _excluded_roles() -> dict[str, frozenset[str]]:
    """Event type -> the roles that never fill its ``who`` (``event_roles.tsv``: "region", "owner", "product", "victim",
    "notified")."""
    return {row[0]: frozenset(row[2].split()) for row in table("id", "event_roles.tsv") if len(row) > 2}


@cache
def _countries() -> frozenset[str]:
    """The names of countries, less Indonesia's provinces: a state may act, a province or a state of a country does
    not die nor kill ("Maharashtra")."""
    from telisik.nlp.entities.lexicon import country_names, province_names

    return country_names() - province_names()


@cache
def _goods_makers() -> frozenset[str]:
    """The makers whose name before a model's names a product (``vehicle_makers.txt``, ``product_makers.txt``,
    ``goods_makers.txt``), lower case."""
    files = ("vehicle_makers.txt", "product_makers.txt", "goods_makers.txt")
    return frozenset(w for f in files for w in lower_word_list("id", f))


# a model's code standing alone ("737 MAX", "A330", "787-9"): three or four figures, at most two letters before them
_MODEL_CODE = re.compile(r"[A-Z]{0,2}-?\d{3,4}[A-Z]{0,3}(?:-\d{1,3})?(?:\s+[A-Z]{2,4})?")


# a model's code of letters, a hyphen and figures opening a model's name ("KC-135 Stratotanker")
_CODED_NAME = re.compile(r"[A-Z]{1,3}-\d{2,4}[A-Z]?")


def a_model(name: str) -> bool:
    """Whether a name is a maker's model ("Airbus A330", "Perodua Alza", "Boeing 737 MAX") or a model's code alone
    ("737 MAX"): a thing, not a firm; a maker's own body ("Toyota Motor Manufacturing", "Honda HRC",
    ``maker_body_words.txt``) is none."""
    # a bare number is a year or a count ("2025", "1945"), no model's code
    if _MODEL_CODE.fullmatch(name.strip()) and not name.strip().isdigit():
        return True
    words = name.split()
    if len(words) > 1 and _CODED_NAME.fullmatch(words[0]) and all(w[:1].isupper() for w in words[1:]):
        return True  # "KC-135 Stratotanker", "KC-46A Pegasus": a model's code and its name

    if len(words) < 2 or words[0].lower() not in _goods_makers():
        return False
    tail = words[1:]
    if any(w.lower() in lower_word_list("id", "maker_body_words.txt") or w in _countries() for w in tail):
        return False
    # a capitalised tail alone is as often the maker's firm ("Samsung Electronics", "Hyundai Rotem", "Airbus
    # Helicopters"): only a known model or one with figures is a thing
    return any(ch.isdigit() for ch in "".join(tail)) or " ".join(tail).lower() in _known_models()


@cache
def _known_models() -> frozenset[str]:
    """Models a report writes after their maker without figures ("Toyota Alphard", "Perodua Alza"), lower case
    (``product_models.txt``, ``vehicle_models.txt``)."""
    return lower_word_list("id", "product_models.txt") | lower_word_list("id", "vehicle_models.txt")


@cache
def _phrases(name: str) -> tuple[tuple[str, ...], ...]:
    """The phrases of a one-phrase-a-line file as word tuples, the longest first."""
    return tuple(sorted((tuple(p.split()) for p in lower_word_list("id", name)), key=len, reverse=True))


def _product(name: str, names: list[str]) -> bool:
    """Whether ``name`` is another party's name with a model number after it: the product of that party ("Poco F7" of
    "Poco", "Boeing 787" of "Boeing"), not a party."""
    return any(name.startswith(other + " ") and any(ch.isdigit() for ch in name[len(other) :]) for other in names if other != name)


def _all_of(groups: list[list[str]]) -> list[str]:
    """Everyone the lists of names ``groups`` name, when one list holds them all ("Maruddin" in "Maruddin Siregar"
    too); none when they name more than any one list does ("pelaku berinisial M" here and "dua pelaku yakni LT dan NT"
    there: three doers whom one noun in one sentence need not stand for)."""
    everyone = list(dict.fromkeys(name for names in groups for name in names))
    everyone = [a for a in everyone if not any(a != b and _name_within(a, b) for b in everyone)]
    whole = max(groups, key=len, default=[])
    # either way round: the longest list may give "RSD" where another gives "Rina Sari Dewi"
    within = all(any(_name_within(a, b) or _name_within(b, a) for b in whole) for a in everyone)
    return everyone if everyone and within else []


def _name_within(a: str, b: str) -> bool:
    """Whether name ``a`` is name ``b`` or whole words of it ("Maruddin" of "Maruddin Siregar", not "Andi" of "Andika"),
    however the page spaced them (a no-break space inside "Dian Novita Sari"), or the initials of its words ("DNS" of
    "Dian Novita Sari": a page names a victim in full and then by the initials police give out)."""
    a_words, b_words = a.split(), b.split()
    return f" {' '.join(a_words)} " in f" {' '.join(b_words)} " or _initials_for(a, b_words)


def _initials_for(a: str, words: list[str]) -> bool:
    """Whether ``a`` is two or more capitals that are the first letters of ``words``, each a capitalised word, in order
    ("DNS" of "Dian Novita Sari"; not "MA" of "Muhammad Abi Albaini", which leaves a word out)."""
    return (
        2 <= len(a) == len(words)
        and _INITIALS.fullmatch(a) is not None
        and all(w[:1].isupper() and w[:1] == c for w, c in zip(words, a, strict=True))
    )


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
        if self.headed_by(name, "named_thing") or self._weekday(name) or self._common_short(name):
            return True  # "Kamis", read as a person by the recogniser, is a date
        if self.headed_by(name, "foreign_opener"):
            return True  # "After Jamarat tadi subuh ...": an English clause's words, no one's name
        if _RUN_NUMBER.fullmatch(name) or name.endswith(_CUT_OFF) or name.count("(") != name.count(")"):
            # "penerbangan FR6080 ... mendarat": the flight; "Pertamina New &", "Irwansyah(51": a name cut mid-way
            return True
        if typ in self.cfg.enforced_types and self._enforcer(name):
            return False  # "petugas Imigrasi Ponorogo", read as a place by the recogniser, is who arrests
        if typ in self.cfg.fate_types and self.type_of.get(name) == "ORG" and not self._members_told(name):
            return True  # the firm whose helicopter crashed does not die with its passengers
        if typ not in self.cfg.site_types and self.headed_by(name, "site") and name not in _known_bodies():
            return True
        # "Satgas Saber Pungli", "Perkumpulan Pedagang ...": a body of people the recogniser read as a place still acts
        place = self.type_of.get(name) == "LOC" and not self.headed_by(name, "body")
        return typ in self.cfg.placed_types and place and name not in _acting_places()

    def _kept_by_roles(self, who: list[str], c: Candidate) -> list[str]:
        """The parties less those filling only a role the event's type keeps out (``event_roles.tsv``); a town that is
        the only party stays for the stories to read as where ("Tuntutan dibacakan ... di PN Bandung": the hearing's
        event and its date stand; the timeline tells the court's town off its parties)."""
        excluded = _excluded_roles().get(c.trig.type, frozenset())
        if not excluded:
            return who
        kept = [n for n in who if not self._role_excluded(n, c, excluded)]
        return kept or [n for n in who if self._a_region(n) and "town" in excluded]

    def _role_excluded(self, name: str, c: Candidate, excluded: frozenset[str]) -> bool:
        """Whether ``name`` fills only a role the event's type keeps out of its parties (``event_roles.tsv``): a place that
        is no country, a model, or a name its sentence tells only as a vehicle's owner, the victim, whom the news was
        given, or goods ("jam tangan Rolex")."""
        if ("region" in excluded or "town" in excluded) and self._a_region(name) and not self._acting_region(name, c):
            # "Maharashtra" of the dead's home state; "Kharkiv" of a strike on it, where "pembalasan Moskow" is Russia's
            return "region" in excluded or name not in word_list("id", "capital_cities.txt")
        if self._bystander(name, c, excluded):
            return True
        if "victim" in excluded and self._dead_before(name):
            return True  # "Dian tewas ..." then "polisi mengamankan dua pria yang mengantarkan Dian": the dead are not held
        roles = ("owner", "product", "notified", "victim", "clause", "people_clause", "topic")
        tests = [self._role_test(role, c) for role in roles if role in excluded]
        if not tests:
            return False
        s0, s1 = self.sents[c.sent]
        told = [m for m in self.mentions_in(self.tok(s0), self.tok(s1)) if m.name == name]
        return bool(told) and any(all(test(m.token) for m in told) for test in tests)

    def _acting_region(self, name: str, c: Candidate) -> bool:
        """Whether the place ``name`` acts in the event though it is no country: the rest of a police body's name the
        recogniser cut off (``_enforcer_place``), or the states of a region moving people ("Negara-negara Eropa
        memulangkan warga negara mereka", ``agent_places``)."""
        return name in c.agent_places or self._enforcer_place(name, c)

    def _bystander(self, name: str, c: Candidate, excluded: frozenset[str]) -> bool:
        """Whether ``name`` is, in a role the event's type keeps out, a model or the maker of a vehicle, one at large, or
        who receives a complaint (``event_roles.tsv``)."""
        if "product" in excluded and (a_model(name) or self._maker_of_vehicle(name, c)):
            return True  # "Pesawat Airbus A330 ... mendarat", "Boeing, 737 MAX mendarat", "Pesawat Boeing ... mendarat"
        if "fugitive" in excluded and self._at_large(name, c):
            return True  # "bersama temannya JH yang melarikan diri", "sidang perkara suap Harun Masiku" (still a fugitive)
        if "namesake" in excluded and self._case_namesake(name, c):
            return True  # "sidang kasus suap anggota DPR Harun Masiku" of another defendant
        if "case" in excluded and (told := self._told_in_sentence(name, c)) and all(self._in_case_name(m) for m in told):
            return True  # "X membenarkan ... penetapan tersangka dalam kasus jual beli tanah Mbah Tupon": not who confirms
        # "kita menerima pengaduan dari Koalisi ... tentang dugaan pelanggaran," kata Suradi
        return "receiver" in excluded and self._receives_complaint(name, c)

    @cached_property
    def defendants(self) -> frozenset[str]:
        """The people the article names as a defendant ("terdakwa Hasto Kristiyanto", ``case_name_words.tsv``)."""
        words = _case_name_words().get("defendant", frozenset())
        return frozenset(m.name for m in self.mentions if m.type == "PER" and m.token > 0 and self.low[m.token - 1] in words)

    def _case_namesake(self, name: str, c: Candidate) -> bool:
        """Whether ``name`` is told in the trigger's sentence only inside a case's name ("sidang kasus suap PAW anggota
        DPR Harun Masiku") while the article names another as the defendant: the case's namesake, no party."""
        if not self.defendants - {name}:
            return False
        told = self._told_in_sentence(name, c)
        return bool(told) and all(self._in_case_name(m) for m in told)

    def _in_case_name(self, m: Mention) -> bool:
        """Whether a word opening a case's name stands before mention ``m`` with only the case's words between (no
        punctuation but brackets, no word ending the name: ``case_name_words.tsv``)."""
        words = _case_name_words()
        for j in range(m.token - 1, max(-1, m.token - 1 - _CASE_NAME_REACH), -1):
            w = self.low[j]
            if w in words.get("case", ()):
                return True
            if w in words.get("stop", ()) or not (w[0].isalnum() or w in "()"):
                return False
        return False

    def _told_in_sentence(self, name: str, c: Candidate) -> list[Mention]:
        """The mentions of ``name`` in the trigger's sentence."""
        s0, s1 = self.sents[c.sent]
        return [m for m in self.mentions_in(self.tok(s0), self.tok(s1)) if m.name == name]

    def _maker_of_vehicle(self, name: str, c: Candidate) -> bool:
        """Whether ``name`` is a maker told in the trigger's sentence only right after a vehicle's noun ("Pesawat Boeing
        ... mendarat", ``operated_vehicles.txt``): the vehicle made by it travels, not the maker."""
        if name.lower() not in _goods_makers():
            return False
        told = self._told_in_sentence(name, c)
        vehicles = _phrases("operated_vehicles.txt")
        return bool(told) and all(self._phrase_before(m.token, vehicles, small=False) for m in told)

    @cached_property
    def at_large(self) -> frozenset[str]:
        """The names the article tells anywhere as still at large (``at_large_cues.tsv``: "Harun Masiku masih menjadi
        buron", "buronan Harun Masiku")."""
        return frozenset(m.name for m in self.mentions if self._at_large_at(m, closing=False))

    def _at_large(self, name: str, c: Candidate) -> bool:
        """Whether ``name`` is one at large: for an arrest, as its sentence tells ("JH yang melarikan diri." closing it
        too); for a trial or a sentence, as the article tells anywhere (the fugitive a case is named after)."""
        if c.trig.type != "ARREST":
            return name in self.at_large
        told = self._told_in_sentence(name, c)
        return bool(told) and all(self._at_large_at(m, closing=True) for m in told)

    def _at_large_at(self, m: Mention, closing: bool) -> bool:
        """Whether the words around mention ``m`` tell it at large (``at_large_cues.tsv``): a cue right before it, or
        right after it (its age in brackets between), or, with ``closing``, a cue of fleeing that ends its sentence."""
        cues = _at_large_cues()
        if any(self._phrase_before(m.token, (p,), small=False) for p in cues.get("before", ())):
            return True
        k = self.tok(m.end)
        if k + 2 < len(self.raw) and self.raw[k] == "(" and self.raw[k + 2] == ")":
            k += 3  # "RF (17) masih buron"
        after = cues.get("after", ()) + (cues.get("closing", ()) if closing else ())
        for p in after:
            if tuple(self.low[k : k + len(p)]) != p:
                continue
            end = k + len(p)
            if p in cues.get("after", ()) or end >= len(self.raw) or self.raw[end] in ".;!?":
                return True
        return False

    def _receives_complaint(self, name: str, c: Candidate) -> bool:
        """Whether ``name`` is who receives the complaint an accusation's sentence tells of (``complaint_receipts.txt``):
        every mention before the receiving phrase ("Bawas MA menerima laporan ...") or after a quote's close (the
        speaker of "kita menerima pengaduan ...," kata Suradi)."""
        s0, s1 = self.sents[c.sent]
        k0, k1 = self.tok(s0), self.tok(s1)
        receipts = _phrases("complaint_receipts.txt")
        at = next((k for k in range(k0, k1) if any(tuple(self.low[k : k + len(p)]) == p for p in receipts)), None)
        if at is None or self.starts[at] > c.start:
            return False
        told = self._told_in_sentence(name, c)
        closes = [k for k in range(self.tok(c.end), k1) if self.raw[k] in '"”']
        return bool(told) and all(m.token < at or (bool(closes) and m.token > closes[0]) for m in told)

    def _role_test(self, role: str, c: Candidate) -> Callable[[int], bool]:
        """Whether a name at a token is told in ``role``: after an owner's word ("milik"), goods' ("jam tangan"), a
        notification's ("memberi tahu"), or a victim's ("korban DNS", "jasad perempuan bernama Dian")."""
        if role == "victim":
            return self._victim_told
        if role == "clause":
            return partial(self._object_of_relative, c=c)
        if role == "people_clause":
            return partial(self._in_relative_of_people, c=c)
        files = {
            "owner": "owner_words.txt",
            "product": "product_nouns.txt",
            "notified": "notified_cues.txt",
            "topic": "meeting_topic_words.txt",
        }
        return partial(self._phrase_before, phrases=_phrases(files[role]))

    def _victim_told(self, k: int) -> bool:
        """Whether a word of the victim or the dead (``dead_cues.txt``) stands before token ``k``, at most a naming
        word and two persons' nouns between ("korban DNS", "jasad perempuan bernama Dian Novita Sari"); any other word
        between tells another ("korban pencabulan oleh AR": AR is the doer)."""
        k = self._alias_of(k)  # "jasad perempuan bernama Dian Novita Sari alias DNS": DNS is told as Dian is
        j = k - self._naming_before(k) - 1
        cues = lower_word_list("id", "dead_cues.txt")
        person = False  # a person's noun or count word passed: a killing's noun before it tells whom it killed
        for _ in range(4):
            if j < 0 or not (self.raw[j].isalpha() and self.raw[j].islower()):
                return False
            if self.low[j] in cues or (person and self.low[j] in lower_word_list("id", "killing_nouns.txt")):
                return True  # "mutilasi seorang perempuan berinisial SA", not "otak pembunuhan bernama Andi"
            # "pembunuhan dan mutilasi seorang perempuan berinisial SA": one person's count word too
            if self.low[j] not in lower_word_list("id", "anaphor_person_nouns.txt") and self.low[j] not in _one_person_words():
                return False
            person = True
            j -= 1
        return False

    def _alias_of(self, k: int) -> int:
        """The first token of the name that the name at token ``k`` is another name of ("Dian Novita Sari alias DNS",
        ``alias_words.txt``); ``k`` itself where no alias word and capitalised name stand right before it."""
        j = self._alias_phrase_before(k)
        if j is None:
            return k
        i = j
        while i > 0 and j - i < _BODY_WORDS and self.raw[i - 1][:1].isupper() and self.raw[i - 1].isalpha():
            i -= 1
        return i if i < j else k

    def _alias_phrase_before(self, k: int, skip: frozenset[tuple[str, ...]] = frozenset()) -> int | None:
        """The first token of the alias phrase ending right before token ``k`` ("alias", "yang dikenal sebagai":
        ``alias_words.txt`` less the phrases of ``skip``), None where none does."""
        for phrase in _phrases("alias_words.txt"):
            j = k - len(phrase)
            if phrase not in skip and j > 0 and tuple(self.low[j:k]) == phrase:
                return j
        return None

    def _object_of_relative(self, k: int, c: Candidate) -> bool:
        """Whether the name at token ``k`` is the object of the verb of a relative clause ("dua pria yang mengantarkan
        Dian ke rumah sakit", at most one word of ``relative_clause_adverbs.txt`` between "yang" and the verb): a party
        of that clause's act, not of the arrest of the noun the clause describes. A verb of being or naming
        (``relative_copulas.txt``: "yang merupakan", "yang mengaku bernama") describes the name's own bearer; a clause
        before an active trigger is on its agent ("Polisi yang mengejar Budi akhirnya menangkapnya"): Budi is arrested."""
        j = k - self._naming_before(k) - 1
        if j < 2 or j in self.trigger_tokens or not self._active_verb(j):
            return False
        if self.low[j - 1] in lower_word_list("id", "relative_clause_adverbs.txt"):
            j -= 1
        relative = self.lex.roles.get("relative", frozenset())  # "yang"
        return self.low[j - 1] in relative and not (j - 1 < c.i and self._active_verb(c.i))

    def _in_relative_of_people(self, k: int, c: Candidate) -> bool:
        """Whether the name at token ``k`` stands in a relative clause on a noun of people ("pilot yang menerbangkan
        pesawat Garuda Indonesia", "pria yang mencuri motor milik Budi"): "yang", an active verb (one word of
        ``relative_clause_adverbs.txt`` between at most), then lower-case words only up to the name. The name takes part
        in the clause's act, not in the sanction or the arrest of the people the clause describes. Not where the clause
        stands before an active trigger (``_object_of_relative``: "Polisi yang mengejar Budi akhirnya menangkapnya")."""
        j = k - 1
        while j > k - 1 - _RELATIVE_GAP and j > 0 and self.raw[j].isalpha() and self.raw[j].islower() and not self._active_verb(j):
            j -= 1  # "menerbangkan pesawat", "mencuri motor milik": the verb's object and its owner's word
        if j < 3 or j in self.trigger_tokens or not self._active_verb(j):
            return False
        if self.low[j - 1] in lower_word_list("id", "relative_clause_adverbs.txt"):
            j -= 1
        if self.low[j - 1] not in self.lex.roles.get("relative", frozenset()):
            return False
        kinds = self.lex.participants.ending_at(self.low, j - 2)[1].split("/")
        return "person" in kinds and not (j - 1 < c.i and self._active_verb(c.i)) and not self._subject_of_trigger(k, c)

    def _subject_of_trigger(self, k: int, c: Candidate) -> bool:
        """Whether the name at token ``k`` is the subject of the trigger after it, at most ``_SUBJECT_GAP`` lower-case
        words between and no demonstrative closing a noun phrase among them ("penjambret yang mengakibatkan Rindy akhirnya
        tewas": she died; not "pilot yang menerbangkan pesawat Garuda itu dibekukan")."""
        end = self._name_end(k) + 1
        if c.i < end or c.i - end > _SUBJECT_GAP:
            return False
        gap = self.raw[end : c.i]
        closing = lower_word_list("id", "demonstratives.txt")
        return all(w.isalpha() and w.islower() and w not in closing for w in gap)

    def _active_verb(self, j: int) -> bool:
        """Whether token ``j`` is an active verb of doing, written small ("mengantarkan", "membawa"), no copula."""
        word = self.raw[j]
        copulas = lower_word_list("id", "relative_copulas.txt")
        return word.isalpha() and word.islower() and word.startswith("me") and word not in copulas

    def _dead_before(self, name: str) -> bool:
        """Whether the article's last death told before befell the person ``name`` names alone (not as the doer of a
        killing, nor beside another person: "Budi, yang menewaskan Andi, ditangkap" keeps Budi): the dead are held by
        no one."""
        ev = self.last_of_type.get("DIE")
        if ev is None or self._killing(ev) or self.type_of.get(name) != "PER":
            return False
        return [w for w in ev.who if self.type_of.get(w) == "PER"] == [name]

    def _enforcer_place(self, name: str, c: Candidate) -> bool:
        """Whether the sentence writes a place as the rest of a police or prosecutors' body, the recogniser having cut
        it off ("Tim Ditresnarkoba Polda Sumut", "Polda Sumatera Utara (Sumut)"): right after a word of a police body or
        after such a body's name and a bracket; it stands for that body."""
        s0, s1 = self.sents[c.sent]
        bodies = _police_words("body")
        for m in self.mentions_in(self.tok(s0), self.tok(s1)):
            if m.name != name or m.token < 1:
                continue
            if self.low[m.token - 1] in bodies:
                return True
            k = bisect_left(self.mention_starts, m.start) - 1
            before = self.mentions[k] if k >= 0 else None
            if before is not None and self._enforcer(before.name) and self.text[before.end : m.start].strip() in ("", "("):
                return True
        return False

    def _a_region(self, name: str) -> bool:
        """Whether a party is a place that is no country nor a body the recogniser read as a place ("Kharkiv",
        "Maharashtra"; not "Satgas Saber Pungli", "Sat Res Narkoba Polrestabes Medan")."""
        place = self.type_of.get(name) == "LOC" and not self.headed_by(name, "body")
        return place and name not in _countries() and not self._enforcer(name)

    def _phrase_before(self, k: int, phrases: tuple[tuple[str, ...], ...], small: bool = True) -> bool:
        """Whether one of ``phrases`` ends right before token ``k``, or before a "kepada" or "ke" there ("memberi tahu
        kepada UNESCO", "korban DNS", "milik Aryan Avian"); ``small``: written in lower case ("Korban" opening a
        sentence may be a name's word)."""
        end = k - 1 if k > 0 and self.low[k - 1] in ("kepada", "ke") else k
        return any(
            end >= len(p) and tuple(self.low[end - len(p) : end]) == p and (not small or self.raw[end - len(p)].islower()) for p in phrases
        )

    def _members_told(self, name: str) -> bool:
        """Whether the article names a body by its members ("Tiga pemain Persib Bandung mengalami cedera", "anggota
        Polsek Medan Baru tewas": ``body_member_words.txt``): the body then stands for them, hurt or killed."""
        return any(
            m.name == name and m.token > 0 and self.low[m.token - 1] in _member_words() and not self._member_apposed(m.token - 1)
            for m in self.mentions
        )

    def _member_apposed(self, j: int) -> bool:
        """Whether the member word at token ``j`` describes a person named right before it ("William Mendonca (23)
        seorang anggota TNI", "Budi, anggota Polsek X"): the body is that person's, no party hurt or killed itself."""
        start = self.starts[j]
        told = [m for m in self.mentions_in(max(0, j - _APPOSED_REACH), j) if m.type == "PER" and m.end <= start]
        if not told:
            return False
        between = self.text[told[-1].end : start]
        rest = _AGE_COMMA.sub("", between, count=1).lower().split()  # the match at 0 is the age and the comma, if any
        # "seorang anggota", "selaku anggota": one person's word or a word of acting as, and nothing else
        return len(rest) <= 1 and all(w in _one_person_words() | _acting_as_words() for w in rest)

    def _common_short(self, name: str) -> bool:
        """Whether the name is the short form of a common noun for people ("IRT", ibu rumah tangga): nobody's name."""
        words = TOKEN.findall(name.lower())
        return len(words) == 1 and words[0] in self.lex.roles.get("common_short", ())

    def _weekday(self, name: str) -> bool:
        """Whether the name is a weekday ("Kamis"): a date, never a party."""
        words = TOKEN.findall(name.lower())
        return len(words) == 1 and words[0] in self.lex.roles.get("weekday", ())

    def drop_places(self, c: Candidate) -> None:
        """Takes the names that are no party out of ``c.who`` (a place so dropped does not become ``where``: a name the
        recogniser typed as a place wrongly, "Kwartir", would): a person named only after a noun of kin gives way to
        the relative ("adik Habib Bahar"), and a protest keeps only who protests."""
        typ = c.trig.type
        kin = self._kin_phrases(c.ments)
        owned = self._kin_subject(c)
        if owned is not None:
            # "Habib Bahar ... mengetahui adiknya dicabuli": the sibling, not Habib Bahar, was abused
            owner, phrase = owned
            c.who = [phrase if n == owner else n for n in c.who]
        who = [n for n in c.who if not self._no_party(n, typ) and not _product(n, c.who) and not self._only_in_future_clause(n, c)]
        who = [n for n in who if not self._title_before_holder(n, c, who)]
        if typ in self.cfg.protest_types:
            # a name of the sentence none of whose mentions protests answers the protest or is what is protested
            s0, s1 = self.sents[c.sent]
            told = self.mentions_in(self.tok(s0), self.tok(s1))
            protesting = {m.name for m in told if self._protesting(m, c)}
            who = [n for n in who if n in protesting or all(m.name != n for m in told)]
        who = self._kept_by_roles(who, c)
        c.who = list(dict.fromkeys(kin.get(n, n) for n in who))

    def _title_before_holder(self, name: str, c: Candidate, who: list[str]) -> bool:
        """Whether ``name``, no person's, is a title the recogniser read as a name ("Kasat Narkotika Polres Buleleng")
        that the sentence sets before its holder, a party too, with at most a comma and a rank between ("Kasat
        Narkotika Polres Buleleng, AKP Putu Edy Sukaryawan"): the holder is the party, the title is no one else."""
        words = name.lower().split()
        if len(words) < 2 or self.type_of.get(name) == "PER" or not (words[0] in _unit_head_titles() or words[0] in _one_word_titles()):
            return False
        s0, s1 = self.sents[c.sent]
        told = self.mentions_in(self.tok(s0), self.tok(s1))
        pairs = [(m, n) for m, n in zip(told, told[1:], strict=False) if m.name == name]
        return bool(pairs) and all(self._holder_after(m, n, who) for m, n in pairs)

    def _holder_after(self, m: Mention, n: Mention, who: list[str]) -> bool:
        """Whether mention ``n``, a person among ``who``, follows the title ``m`` with at most a comma and a rank
        (``ranks.tsv``) between."""
        if n.type != "PER" or n.name not in who:
            return False
        gap = [w for w in TOKEN.findall(self.text[m.end : n.start].lower()) if w != ","]
        return len(gap) <= _RANK_WORDS and all(w in person_titles("id") for w in gap) and "\n" not in self.text[m.end : n.start]

    def _only_in_future_clause(self, name: str, c: Candidate) -> bool:
        """Whether the trigger's sentence names ``name`` only after the trigger inside a relative clause of a time to
        come ("memeriksa kesiapan Indo Defence yang nantinya akan dikunjungi Presiden Prabowo"): one who will take part
        later, no party of this act. A name before such a clause ("Prabowo, yang akan ...") is its head and stays."""
        s0, s1 = self.sents[c.sent]
        told = [m for m in self.mentions_in(self.tok(s0), self.tok(s1)) if m.name == name]
        return bool(told) and all(m.start >= c.end and self._future_clause_between(c.j, m.token) for m in told)

    def _future_clause_between(self, lo: int, hi: int) -> bool:
        """Whether the name at token ``hi`` is the agent of a relative clause of a time to come opened between tokens lo
        and hi (``_future_agent``)."""
        relative = self.lex.roles.get("relative", frozenset())
        return any(self.low[k] in relative and self._future_agent(k, hi) for k in range(lo, hi))

    def _future_agent(self, k: int, hi: int) -> bool:
        """Whether "yang" at token ``k`` opens a clause of a time to come whose agent is the name at token ``hi``: at most
        ``_FUTURE_CLAUSE_REACH`` words after it a word of a time to come (``future_clause_words.txt``), then the
        clause's passive verb, "oleh" or not, and only capitalised words (a title) up to the name: "yang nantinya akan
        dikunjungi Presiden Prabowo". Not a name the main clause goes on to after the clause without a mark ("yang akan
        direlokasi dengan Ketua DPRD ...", "... ke Bali dan Duta Besar ...", "pekan yang akan datang dengan ..."), nor
        one after a mark ("yang akan dipakai, didampingi Donny")."""
        future = _future_clause_words()
        words = [t for t in range(k + 1, min(k + 1 + _FUTURE_CLAUSE_REACH, hi)) if self.low[t] in future]
        if not words or not all(self.raw[t][:1].isalnum() for t in range(k + 1, words[-1])):
            return False
        verb = words[-1] + 1
        if verb >= hi or not self.raw[verb].islower() or not self.low[verb].startswith(_PASSIVE):
            return False
        title = verb + 1 + (self.low[verb + 1] == "oleh")
        return all(self.raw[t][:1].isupper() and self.raw[t].isalpha() for t in range(title, hi))

    def _protesting(self, m: Mention, c: Candidate) -> bool:
        """Whether the mention names who protests in the trigger's clause (``protest_words.tsv``): before the trigger
        with no verb between but one of staging ("sopir truk menggelar aksi demo"), none answering it ("Trump
        mengerahkan Garda Nasional setelah protes"); after it, right after a noun of protest ("aksi mogok Fridays For
        Future") or an agent word ("protes dari fans"), not what is protested ("menentang tindakan keras Trump")."""
        prefixes = tuple(self.lex.roles.get("verbal", ()))
        if m.start >= c.end:
            # right after a noun ("aksi mogok Fridays For Future"), not a verb ("memprotes Trump"), the name owns it
            owner = m.token == c.j and not self.low[c.j - 1].startswith(prefixes)
            # "protes dari fans", not "kafilah ... dari Aljazair": a place after it is where they come from
            return owner or (m.type != "LOC" and self.low[m.token - 1] in _protest_words("agent"))
        return m.end > c.start or not self._answers_between(self.tok(m.end), c.i)

    def _answers_between(self, lo: int, hi: int) -> bool:
        """Whether tokens lo..hi, between a name and a protest's trigger at token ``hi``, hold a word of response or,
        before a noun of protest, a verb but one of staging (``protest_words.tsv``): the name answers the protest
        ("mengerahkan ... untuk menangani unjuk rasa"); a verb of protest shares its subject with the verbs before it
        ("Cucun meninggalkan ruangan dan memprotes ...")."""
        prefixes = tuple(self.lex.roles.get("verbal", ()))
        staging, response = _protest_words("staging"), _protest_words("response")
        nominal = hi < len(self.low) and not self.low[hi].startswith(prefixes)
        return any(w in response or (nominal and w.startswith(prefixes) and w not in staging) for w in self.low[lo:hi])

    def _answering_noun(self, name: str, c: Candidate) -> bool:
        """Whether a participant noun of a protest ("personel Garda Nasional") stands in its sentence only before the
        trigger, with a word of response between ("mengerahkan 2.000 personel Garda Nasional untuk menangani unjuk
        rasa"): who answers the protest, not who protests (a noun is as often the protesters after other verbs:
        "staf ... menolak kembali bekerja sebagai bentuk protes")."""
        s0, s1 = self.sents[c.sent]
        at = self.text.rfind(name, s0, c.start)
        if not name[:1].islower() or at < 0 or self.text.find(name, c.end, s1) >= 0:
            return False
        response = _protest_words("response")
        return any(w in response for w in self.low[self.tok(at + len(name)) : c.i])

    def _kin_subject(self, c: Candidate) -> tuple[str, str] | None:
        """(the owner's name, "adik <owner>") when a noun of kin with "-nya" stands right before the trigger, at most
        status words between ("adiknya dicabuli", "anaknya telah meninggal"), and a person is named before it in the
        clause, its owner; None otherwise."""
        k = c.i - 1
        while k >= c.c0 and self.lex.status.ending_at(self.low, k)[0]:
            k -= self.lex.status.ending_at(self.low, k)[0]
        word = self.low[k] if k >= c.c0 else ""
        if not (word.endswith("nya") and (word[:-3],) in _kin_words("kin")):
            return None
        owners = [m for m in c.ments if m.type == "PER" and m.end <= self.starts[k]]
        relative = self.lex.roles.get("relative", frozenset())
        if not owners or any(w in relative for w in self.low[self.tok(owners[-1].end) : k]):
            return None  # "menjenguk warga yang anaknya tewas": the kin is another's than the name's
        return owners[-1].name, f"{word[:-3]} {owners[-1].name}"

    def _kin_phrases(self, ments: list[Mention]) -> dict[str, str]:
        """Name -> the phrase of kin it ends, for the names of a clause each mention of which follows a noun of kin
        ("Dua adik Habib Bahar dianiaya": "adik Habib Bahar", the siblings, take part, not Habib Bahar); not after
        "sang" ("sang suami Agus ...": he is the husband). The phrase is written as the noun of kin in small letters
        and the name, whatever stood between ("Ayah penyanyi cilik Farel Prayoga": "ayah Farel Prayoga"), so that
        every report of the relative names one party."""
        phrases: dict[str, str] = {}
        for m in ments:
            first = self._kin_before(m.token)
            if first is not None:
                phrases.setdefault(m.name, self._kin_phrase(first, m))
        for m in ments:
            if self._kin_before(m.token) is None:
                phrases.pop(m.name, None)  # named as a party elsewhere in the clause too
        return phrases

    def kin_apposed(self, m: Mention) -> bool:
        """Whether mention ``m`` follows a noun of kin that opens an apposition to a person named right before its comma,
        an age in brackets between at most ("Joko Sutoyo (45), ayah Farel Prayoga, ditangkap", "menangkap Budi, suami
        Siti"): the apposition tells who the named person is; the relative so named takes no part, and the named person
        is the party, not "ayah Farel Prayoga" beside him."""
        first, head_type = self._kin_before(m.token), "PER"
        if first is None:
            # "PT Pamapersada Nusantara, anak usaha PT United Tractors Tbk": the parent firm tells whose the firm is
            first, head_type = self._company_kin_before(m.token), "ORG"
        if first is None or first < 2 or self.raw[first - 1] != ",":
            return False
        comma = self.starts[first - 1]
        k = bisect_left(self.mention_starts, comma) - 1
        head = self.mentions[k] if k >= 0 else None
        if head is None or head.type != head_type or head.name == m.name or self._fronted_unclosed(head, m):
            return False
        return AGE_GAP.fullmatch(self.text[head.end : comma]) is not None

    def _fronted_unclosed(self, head: Mention, m: Mention) -> bool:
        """Whether the name ``head`` ends a clause fronted by a word of time, of an aside or of a source that opens its
        sentence or follows a comma, and the relative ``m`` after its comma closes no apposition with a comma of its own
        ("Selain Budi, istri Joko juga ditangkap", "Menurut Kapolres AKBP Budi, ayah Rudi ditangkap"): that comma ends the
        fronted clause, and the noun of kin with its relative opens the main one, whose party it is."""
        if self.text[m.end :].lstrip().startswith(","):
            return False  # "Setelah Joko, ayah Rudi, ditangkap, ...": an apposition inside the fronted clause
        roles = self.lex.roles
        fronting = roles.get("clause", frozenset()) | roles.get("aside", frozenset()) | roles.get("citing", frozenset())
        for j in range(head.token - 1, max(-1, head.token - 1 - _FRONTED_WORDS), -1):
            if self.raw[j] in {",", ".", ";"}:
                return False
            if self.low[j] in fronting and (self.starts[j] in self.sent_start_set or (j > 0 and self.raw[j - 1] == ",")):
                return True
        return False

    def _company_kin_before(self, k: int) -> int | None:
        """The first token of the noun of a firm's kin ending right before token ``k``, or before a "dari" there ("anak
        usaha dari PT Waskita Karya", ``kin_words.tsv`` kind "company"); None when there is none."""
        end = k - 1 if k > 0 and self.low[k - 1] == "dari" else k
        return next((end - len(p) for p in _kin_words("company") if end > len(p) and tuple(self.low[end - len(p) : end]) == p), None)

    def _kin_phrase(self, first: int, m: Mention) -> str:
        """The noun of kin opening at token ``first``, in small letters, then "dari" if the name follows one, then the
        name as written: "ayah Farel Prayoga", "adik dari Habib Bahar"."""
        kin = max((p for p in _kin_words("kin") if tuple(self.low[first : first + len(p)]) == p), key=len)
        joiner = "dari " if self.low[m.token - 1] == "dari" else ""
        return f"{' '.join(kin)} {joiner}{self.text[self.starts[m.token] : m.end]}"

    def _kin_before(self, k: int) -> int | None:
        """The first token of the noun of kin ending right before token ``k`` (or before a "dari" there, or before the
        owner's description that opens with a title: "Ayah penyanyi cilik Farel Prayoga", "keluarga almarhum Alif"),
        with no "sang" before it (``kin_words.tsv``); None when there is none. Written in lower case, or capitalised
        only where a sentence or a dateline's text opens ("Ayah Dakota Johnson, aktor Don Johnson, ..."), never
        "Putra"/"Putri", which as often open a name ("Putri Maya Rumanti")."""
        end = k - 1 if k > 0 and self.low[k - 1] == "dari" else k
        ends = _kin_ends()
        for at in self._owner_descriptions(end):
            if ends is not None and (at < 1 or self.low[at - 1] not in ends):
                continue  # most names follow no noun of kin's last word: one set lookup instead of a slice per phrase
            first = self._kin_phrase_ending(at)
            if first is not None:
                return first
        return None

    def _owner_descriptions(self, end: int) -> list[int]:
        """``end``, and the first tokens of the descriptions before it that a noun of kin may stand before: lower-case
        words, at most ``_KIN_DESCRIPTION``, opening with a title of one word ("penyanyi cilik", "almarhum")."""
        starts = [end]
        for at in range(end - 1, max(end - 1 - _KIN_DESCRIPTION, 0), -1):
            if not (self.raw[at].isalpha() and self.raw[at].islower()):
                break
            if self.low[at] in _one_word_titles():
                starts.append(at)
        return starts

    def _kin_phrase_ending(self, end: int) -> int | None:
        """The first token of the noun of kin ending right before token ``end`` (``_kin_before``'s cases)."""
        for phrase in _kin_words("kin"):
            first = end - len(phrase)
            if first < 0 or tuple(self.low[first:end]) != phrase:
                continue
            if first > 0 and (self.low[first - 1],) in _kin_words("apposing"):
                return None
            if self.raw[first].islower():
                return first
            # capitalised, the word is as often a name's ("Putri Maya Rumanti", "Putra Nababan") but where a sentence opens
            opening = first == 0 or self.raw[first - 1] in _SENTENCE_OPENERS
            return first if opening and phrase not in _kin_words("name_like") else None
        return None

    def _enforcer(self, name: str) -> bool:
        """Whether a party is the police, a prosecutor or officers ("Polres Tangerang Selatan", "petugas Imigrasi", "polisi")."""
        enforcer = self.lex.roles.get("enforcer", frozenset())
        return any(w in enforcer for w in TOKEN.findall(name.lower()))

    def enforcer_first(self, c: Candidate) -> None:
        """The last pass over the parties of every event, after the nouns ``_unnamed`` adds: each party once, no noun
        the sentence denies (``_drop_denied``), no noun of the doer beside the doers it names, and in an arrest or a
        charge the police or the prosecutors, the agent, named first ("BD diamankan petugas Imigrasi" is the officers'
        arrest of BD). (The name is older than the passes before the last.)"""
        # each party once (the carrier a second noun of flights stands for too: "menyetop penerbangan"), and no noun of
        # the doer beside the doers it names ("pelaku" of "Pelaku EKK ...", before "EKK" and "YLK")
        c.who = list(dict.fromkeys(c.who))
        self._drop_denied(c)
        self._drop_aliases(c)
        c.who = self._named_for_nouns(c)
        c.who = self._completed_lists(c)
        c.who = self._spelled_out_in(c.who)
        # "lokasi", "akses" beside the parties the event names: a fragment of where, no party
        c.who = [n for n in c.who if n.lower() not in _bare_place_nouns()] or c.who
        if any(n.lower() in _doer_nouns() for n in c.who):
            doers = {name for _, names in self.introductions.get(_DOER_KEY, []) for name in names}
            if doers.intersection(c.who):
                c.who = [n for n in c.who if n.lower() not in _doer_nouns()]
        if c.trig.type in self.cfg.protest_types:
            c.who = [n for n in c.who if not self._answering_noun(n, c)]  # the noun the rules took when no name protests
        if c.trig.type in self.cfg.enforced_types:
            c.who = [n for n in c.who if not self._announcing_speaker(n, c)] or c.who
            c.who = list(dict.fromkeys([*self._titled_bodies(c), *(self._body_of(n) for n in c.who)]))
            c.who = sorted(c.who, key=lambda n: not self._enforcer(n))

    def _announcing_speaker(self, name: str, c: Candidate) -> bool:
        """Whether ``name`` is only the speaker of the quote an arrest or a charge is told in, named in its sentence
        nowhere but outside the quote ("... dimintai keterangan sebagai tersangka dua orang tersebut," jelas Ali): the
        official announces it; he is neither charged nor, by name, the body that charges."""
        if c.quote is None or self.entity_names.get(c.quote.speaker_entity) != name or self.type_of.get(name) != "PER":
            return False
        q0, q1 = c.quote.start, c.quote.end
        if any(self.low[k] in self.lex.roles.get("self_person", ()) for k in range(self.tok(q0), self.tok(q1))):
            return False  # "Saya ditetapkan sebagai tersangka," kata X: the speaker himself may be charged
        return not any(q0 <= m.start < q1 for m in self._told_in_sentence(name, c))

    def _completed_lists(self, c: Candidate) -> list[str]:
        """The parties with each list of people the trigger's sentence introduces by one noun or naming word made whole
        where only some of it is a party ("Dua nelayan, Ijang (45) dan Saepul (38), harus kehilangan nyawa": both died):
        a list so introduced fills one role. A member the sentence writes again outside the list ("..., Saepul tewas,
        Ijang selamat") may have a role of his own, and is left as the rules before found it."""
        s0, s1 = self.sents[c.sent]
        lists = {tuple(names) for told in self.introductions.values() for at, names in told if s0 <= at < s1 and len(names) > 1}
        if not lists:
            return c.who
        written = [m.name for m in self.mentions_in(self.tok(s0), self.tok(s1))]
        out = list(c.who)
        for names in sorted(lists):
            present = [out.index(n) for n in names if n in out]
            missing = [n for n in names if n not in out and written.count(n) == 1]
            if present and missing:
                # the list in its own order where its first party stood ("Minaggen Wijangge, Patiago Tabuni, dan ...")
                whole = [n for n in names if n in out or n in missing]
                rest = [n for n in out if n not in whole]
                out = rest[: min(present)] + whole + rest[min(present) :]
        return out[: self.cfg.max_who]

    def _named_for_nouns(self, c: Candidate) -> list[str]:
        """The parties with each noun of a role left in them ("pelaku", "korban", "pelapor") replaced by the people the
        article names in that role anywhere ("Terduga pelaku bernama Maruddin" three paragraphs after "aksi koboi sopir
        ... menodongkan pistol"): a reader wants the named party, and the rules before took only a name next to the noun.
        A noun stays where the article names no one so, or more people than the noun can stand for."""
        out: list[str] = []
        room = max(1, self.cfg.max_who - (len(c.who) - 1))  # a long list leaves room for the parties beside the noun
        for name in c.who:
            out += self._named_in_role(name, c)[:room] or [name]
        return list(dict.fromkeys(out))[: self.cfg.max_who]

    def _named_in_role(self, noun: str, c: Candidate) -> list[str]:
        """The people the article names in the role of participant noun ``noun`` (``_role_groups``), as many as the noun
        counts in the trigger's sentence (``_as_counted``); none for the victim of an act of the law (``event_roles.tsv``
        keeps the victim out of an arrest), for a noun that is no role's, or where a name is already a party."""
        words = TOKEN.findall(noun.lower())
        if c.trig.type == "ACCIDENT" and _vehicle_of(words):
            return self._driver_of(words, c)
        kinds = self._role_kinds(words, c)
        if not kinds:
            return []
        groups = self._role_groups(words[0], _DOER in kinds, c)
        if not groups and kinds == {"person"} and (sole := self._sole_victim(words, c)):
            return sole
        if not (groups or self.aged_lists) or {name for names in groups for name in names} & set(c.who):
            return []
        named = self._as_counted(words, groups, c)
        # "Misa, satu dari tiga pelaku" and only Misa named: the bare noun stands for more people than the article names
        counted = self.role_counts.get(_DOER_KEY if _DOER in kinds else words[0], 0)
        return named if counted <= len(named) or self._counted_here(words, c) else []

    def _role_kinds(self, words: list[str], c: Candidate) -> set[str]:
        """The kinds of participant noun ``words`` (``event_participants.tsv``) when it is a noun of people's role the
        event may take names for; none for another noun, one of several told apart, or the victim of an act of the law
        (``event_roles.tsv`` keeps the victim out of an arrest)."""
        n, kind = self.lex.participants.at(words, 0) if words else (0, "")
        kinds = set(kind.split("/"))
        if not n or n != len(words) or not (kinds & {_DOER, "victim", "person"}) or words[0] in self.one_of_several:
            return set()
        if "victim" in kinds and "victim" in _excluded_roles().get(c.trig.type, frozenset()):
            return set()
        return kinds

    def _sole_victim(self, words: list[str], c: Candidate) -> list[str]:
        """The one victim the article names, for a fate's noun of one person that names no one itself ("Seorang bocah
        laki-laki tewas tenggelam" of "Korban diketahui berinisial MA (11)"): the same person, when the article names
        one victim in all and counts no more; none for a noun the trigger's sentence does not count one ("seorang")."""
        k = self._nearest_writing(words, c)
        if c.trig.type not in _FATES or k is None or k == 0 or self.low[k - 1] not in _one_person_words():
            return []
        # the nouns of a victim as such ("korban", "jenazah": ``event_participants.tsv``)
        keys = [key for key in self.introductions if "victim" in self.lex.participants.at([key], 0)[1].split("/")]
        # told after the noun, by the victim's noun itself: not "korban luka" (the hurt, not the dead) nor a victim
        # named before "Seorang penumpang mengalami luka" (another person); and near it (``_near``): a long page or a
        # roundup names the victims of other happenings
        named = _all_of(
            [
                names
                for key in keys
                for at, names in self.introductions[key]
                if at > self.starts[k] and self._near(at, c) and self._victim_noun_at(at)
            ]
        )
        if len(named) != 1 or set(named) & set(c.who) or any(self.role_counts.get(key, 0) > 1 for key in keys):
            return []
        return named

    def _victim_noun_at(self, pos: int) -> bool:
        """Whether the whole noun at text position ``pos`` is of victim kind (``event_participants.tsv``): "korban",
        not "korban luka", the hurt."""
        return "victim" in self.lex.participants.at(self.low, self.tok(pos))[1].split("/")

    def _drop_aliases(self, c: Candidate) -> None:
        """Takes out of ``c.who`` a name the trigger's sentence writes as another name of a party before it ("Gusti Irawan
        Wibowo alias Gustiwiw meninggal dunia", ``alias_words.txt`` but ``alias_joiners_of_two.txt``: "atau" may join two
        people): one person, listed once."""
        s0, s1 = self.sents[c.sent]
        ments = [m for m in self.mentions_in(self.tok(s0), self.tok(s1)) if m.name in c.who]
        ends = {m.end: m.name for m in ments}
        aliases = set()
        for m in ments:
            # "Budi atau Andi" may be two people: no such joining word makes an alias between two parties
            j = self._alias_phrase_before(m.token, frozenset(_phrases("alias_joiners_of_two.txt"))) or 0
            before = ends.get(self.ends[j - 1]) if j else None
            if before is not None and before != m.name and self.ends[j - 1] + 1 >= self.starts[j]:
                # the name written right before the alias word, a party itself; of "KSOP (Kantor Kesyahbandaran ...)",
                # the long name in brackets stays, the abbreviation goes
                long_after = self.raw[j] == "(" and len(m.name.split()) > len(before.split())
                aliases.add(before if long_after else m.name)
        c.who = [n for n in c.who if n not in aliases]

    def _onlooker(self, noun: str, c: Candidate) -> bool:
        """Whether a participant noun stands in the trigger's sentence only before "yang" and a verb of watching ("banyak
        warga yang menonton aksi tawuran", ``onlooker_verbs.txt``), at most two small words between: those who watched
        the event, no party of it."""
        words = tuple(noun.lower().split())
        if not words or not noun[:1].islower():
            return False
        s0, s1 = self.sents[c.sent]
        k0, k1 = self.tok(s0), self.tok(s1)
        told = [k + len(words) for k in range(k0, k1 - len(words) + 1) if tuple(self.low[k : k + len(words)]) == words]
        # the trigger in what they watched ("menonton aksi tawuran"): not "pelaku yang merekam video" of an arrest
        return bool(told) and all((v := self._watching_after(j, k1)) is not None and v < c.i <= v + _WATCHED_REACH for j in told)

    def _watching_after(self, j: int, k1: int) -> int | None:
        """The token of the verb of watching that "yang" puts after token ``j`` before token ``k1``, at most two small
        words first; None where none does."""
        verbs = lower_word_list("id", "onlooker_verbs.txt")
        relative = self.lex.roles.get("relative", frozenset())  # "yang"
        for at in range(j, min(j + 3, k1 - 1)):
            if self.low[at] in relative:
                return at + 1 if self.low[at + 1] in verbs else None
            if not (self.raw[at].isalpha() and self.raw[at].islower()):
                return None
        return None

    def _near(self, pos: int, c: Candidate) -> bool:
        """Whether text position ``pos`` lies at most ``_ROLE_REACH`` sentences from the trigger's: a long page or a
        roundup names other people in the same role for other happenings."""
        return abs(bisect_left(self.sent_starts, pos + 1) - 1 - c.sent) <= _ROLE_REACH

    def _role_groups(self, head: str, doer: bool, c: Candidate) -> list[list[str]]:
        """The lists of names the article gives after a noun of ``head`` ("pelaku berinisial LT dan NT", "korban bernama
        Andi") or any noun of its doer, or apposes to it ("Budi (40), pengemudi truk"), each as written, near the
        trigger (``_near``)."""
        told = self.introductions.get(head, []) + (self.introductions.get(_DOER_KEY, []) if doer else [])
        groups = [names for at, names in told if self._near(at, c)]
        return groups + [[name] for at, name in self.apposed_at.get(head, []) if self._near(at, c)]

    def _as_counted(self, words: list[str], groups: list[list[str]], c: Candidate) -> list[str]:
        """The names of ``groups`` the noun ``words`` stands for as the trigger's sentence writes it: everyone named for
        a noun of no count ("pelaku"), when one list holds them all; the one list of as many as a counted noun counts
        ("dua tersangka" of "dua pelaku yakni LT dan NT" beside "pelaku berinisial MI"); the rest of them for another's
        noun ("dua pelaku lainnya" after "pelaku RF" is the two named beside RF). None where the count fits no list."""
        everyone = _all_of(groups)
        k = self._nearest_writing(words, c)
        if k is not None:
            # "dua orang terduga pelaku": a count two lower-case words before the noun counts it too
            size = self._group_size(k, self.number_before(k, skip=2))
            if self._another_before(k):
                return []  # "ada satu anak lagi yang menjadi korban": another than the one named
            if self._pointed_back(k + len(words)):
                return []  # "pria tersebut meninggal": the one told of just before, not whoever else the article calls so
            if self._another_after(k + len(words)):
                return self._the_others(words[0], k, everyone, size)
            if size is not None:
                return self._list_of(size, groups, c, doer=_DOER in self.lex.participants.at(words, 0)[1].split("/"))
            if self._many(k, None) and not 2 <= len(everyone) == self._role_count(words):
                # "para korban": more than the one named; "para pelaku" of "5 (lima) orang terduga pelaku" ... "CNA
                # dan NA": all of them only where the article counts as many as it names
                return []
        return everyone if len(everyone) <= self.cfg.max_who else []

    def _driver_of(self, words: list[str], c: Candidate) -> list[str]:
        """The driver an accident's bare vehicle noun ``words`` stands for ("mobil terguling" of "pengemudi M Fachri
        Fajrin mengalami luka", "truk ... yang dikemudikan Budi (40)"): the one person the article names by a noun of
        that vehicle's driver or after a word of driving it; none where it names two or none, or the noun counts many
        ("dua mobil")."""
        k = self._nearest_writing(words, c)
        if k is not None and (self._group_size(k, self.number_before(k)) or 1) > 1:
            return []
        vehicle = _vehicle_of(words)
        nouns = _vehicle_drivers()[vehicle]
        # "truk itu dikemudikan Joko" drives the truck, not the car it hit: by the vehicle, not the driver's noun
        groups = [names for at, names in self.driven.get(vehicle[-1], []) if self._near(at, c)]
        if self.vehicles_written.get(nouns, frozenset()) <= {vehicle[:1]}:
            # "pengemudi M Fachri Fajrin" drives the car when the article writes no truck or bus a driver of the same
            # noun could drive: "mobil menabrak truk ... pengemudi mobil, Budi" leaves the truck's driver unknown
            told = [(at, names) for noun in nouns for at, names in self.introductions.get(noun, [])]
            told += [(at, [name]) for noun in nouns for at, name in self.apposed_at.get(noun, [])]
            # "pengemudi ojek online bernama Budi" drives no car
            groups += [names for at, names in told if self._near(at, c) and not self._drives_other(self.tok(at), vehicle)]
        everyone = _all_of(groups)
        return everyone if len(everyone) == 1 else []

    @cached_property
    def vehicles_written(self) -> dict[frozenset[str], frozenset[tuple[str, ...]]]:
        """The nouns of a vehicle's driver -> the vehicles of those drivers the article writes, each by its first word
        ("mobil", "truk": both driven by a "pengemudi")."""
        out: dict[frozenset[str], set[tuple[str, ...]]] = {}
        heads = {noun[:1]: drivers for noun, drivers in _vehicle_drivers().items()}
        for word in set(self.low):
            if (word,) in heads:
                out.setdefault(heads[(word,)], set()).add((word,))
        return {nouns: frozenset(v) for nouns, v in out.items()}

    def _drives_other(self, k: int, vehicle: tuple[str, ...]) -> bool:
        """Whether the noun of a driver at token ``k`` is qualified by a lower-case word other than ``vehicle``'s, a
        naming word, a word pointing back or a relative's ("pengemudi ojek online bernama Budi", "sopir truk" for a
        car): the driver of another vehicle."""
        nxt = self.low[k + 1] if k + 1 < len(self.low) else ""
        if not (nxt.isalpha() and self.raw[k + 1].islower()) or vehicle[-1] in self.low[k + 1 : k + 3]:
            return False
        roles = self.lex.roles
        free = roles.get("anaphor", frozenset()) | roles.get("relative", frozenset()) | {p[0] for p in naming_words()}
        return nxt not in free

    @cached_property
    def driven(self) -> dict[str, list[tuple[int, list[str]]]]:
        """A vehicle noun's last word -> (text position, names) of each name written after a word of driving that vehicle
        ("sepeda motor bernopol S 4310 FP yang dikemudikan Ahmad Sofil Murod (33)"): the vehicle noun nearest before the
        word, at most eight words back ("motor" and "sepeda motor" are one)."""
        out: dict[str, list[tuple[int, list[str]]]] = {}
        at_mention = {m.token: m for m in self.mentions if m.type == "PER" and not m.skip}
        agent = self.lex.roles.get("agent", frozenset())  # "dikemudikan oleh Budi" (event_words.tsv)
        for k, word in enumerate(self.low):
            if word not in _driving_words():
                continue
            vehicle = self._vehicle_before(k)
            t = k + 1 + (k + 1 < len(self.low) and self.low[k + 1] in agent)
            if vehicle is not None and t in at_mention:
                out.setdefault(vehicle[-1], []).append((self.starts[k], [at_mention[t].name]))
        return out

    def _vehicle_before(self, k: int) -> tuple[str, ...] | None:
        """The vehicle noun (``vehicle_drivers.tsv``) nearest before token ``k``, at most eight words back, as its words."""
        for j in range(k - 1, max(-1, k - 9), -1):
            for noun in _vehicle_drivers():
                if tuple(self.low[j : j + len(noun)]) == noun:
                    return noun
        return None

    def _the_others(self, head: str, k: int, everyone: list[str], size: int | None) -> list[str]:
        """For "dua pelaku lainnya" at token ``k``: those of ``everyone`` not named by a noun of ``head`` (or of the
        doer) before it, when they are as many as the noun counts; else none."""
        before = {name for _, names in self._introduced_before(head, self.starts[k]) for name in names}
        rest = [name for name in everyone if name not in before]
        return rest if before and size == len(rest) else []

    def _list_of(self, size: int, groups: list[list[str]], c: Candidate, doer: bool = False) -> list[str]:
        """The one list of ``groups`` of ``size`` names; with none, for a noun of no doer, the one list of as many people
        the article gives with their ages that fits the trigger (``_aged_list_fits``: "Dua buruh bangunan tewas
        ditembak" ... "Rahmat Hidayat (45) dan Saepudin (39), warga ..., tewas"); none where two lists or none fit."""
        fit = {tuple(names) for names in groups if len(names) == size}
        if not fit and not doer:
            fates = self._fates_told(c.sent)
            law = "victim" in _excluded_roles().get(c.trig.type, frozenset())
            fit = {names for sent, names, by in self.aged_lists if len(names) == size and self._aged_list_fits(sent, by, fates, law)}
        return list(fit.pop()) if len(fit) == 1 else []

    def _aged_list_fits(self, sent: int, by: frozenset[str], fates: set[str], law: bool) -> bool:
        """Whether an aged list of sentence ``sent``, introduced by the kinds of noun ``by``, may be the people of a
        trigger whose sentence tells ``fates``: in a fate, a list its own sentence tells the same fate of, no doer's
        ("Dua pemuda tewas ditikam" is not "dua pelaku, AS (27) dan RM (30)" arrested); in an act of the law (``law``:
        an arrest, a charge), a list told of no fate, no victim's ("dua WNA yang ditetapkan tersangka" of "Dua tersangka
        ... Le Thi Huynh Trang (25) dan Nguyen Thi Thu Thao (25)"; not "Dua korban tewas ... AS (27) dan RM (30)")."""
        told = self._fates_told(sent)
        if fates:
            return bool(fates & told) and _DOER not in by
        return law and not told and "victim" not in by

    def _fates_told(self, sent: int) -> set[str]:
        """The fates (DIE, INJURE) a trigger of sentence ``sent`` tells, but a killing ("menewaskan": its subject is the
        doer, not whom the fate befell)."""
        s0, s1 = self.sents[sent]
        lo, hi = bisect_left(self.trigger_at, (s0,)), bisect_left(self.trigger_at, (s1,))
        return {typ for t0, t1, typ in self.trigger_at[lo:hi] if typ in _FATES[:2] and not a_killing(self.text[t0:t1])}

    @cached_property
    def aged_lists(self) -> frozenset[tuple[int, tuple[str, ...], frozenset[str]]]:
        """(sentence, names, the kinds of the nouns introducing any of them) of each list of two or more people the
        article names with their ages, joined ("Ijang (45) dan Saepul (38)"): those a counted noun of people stands for
        when no list follows the noun itself."""
        kinds: dict[str, set[str]] = {}
        for noun, told in self.introductions.items():
            kind = set(self.lex.participants.at([noun], 0)[1].split("/")) if not noun.startswith("#") else set()
            for _, names in told:
                for name in names:
                    kinds.setdefault(name, set()).update(kind | ({_DOER} if noun == _DOER_KEY else set()))
        out = set()
        for i, m in enumerate(self.mentions):
            if m.type != "PER" or m.skip or not self._aged(m.token) or (i and self._joined_to_last(i)):
                continue
            names = self._name_group(i)
            if len(names) > 1:
                by = frozenset(k for name in names for k in kinds.get(name, ()))
                out.add((bisect_left(self.sent_starts, m.start + 1) - 1, tuple(names), by))
        return frozenset(out)

    def _joined_to_last(self, i: int) -> bool:
        """Whether the mention at index ``i`` is joined to the person named before it ("dan Saepul (38)"): inside a list."""
        prev = self.mentions[i - 1]
        gap = _AGE.sub("", self.text[prev.end : self.mentions[i].start])
        return prev.type == "PER" and bool(self.lex.coordination.match(gap))

    @cached_property
    def role_counts(self) -> dict[str, int]:
        """Participant noun of people ("pelaku", "korban", "WNI") -> the largest number the article counts it with ("tiga
        pelaku", "dua orang terduga pelaku"), and under ``_DOER_KEY`` that of any noun of the doer: how many people
        the article knows in the role, named or not."""
        out: dict[str, int] = {}
        parts = self.lex.participants
        for k, word in enumerate(self.low):
            kinds = set(parts.at(self.low, k)[1].split("/")) if word in parts.by_first else set()
            if not kinds & {_DOER, "victim", "person"}:
                continue
            size = self._group_size(k, self.number_before(k, skip=2)) or 0
            for key in (word, _DOER_KEY) if _DOER in kinds else (word,):
                out[key] = max(out.get(key, 0), size)
        return out

    def _role_count(self, words: list[str]) -> int:
        """The largest count the article gives the role of the noun ``words`` (``role_counts``; 0 where it counts none)."""
        doer = _DOER in self.lex.participants.at(words, 0)[1].split("/")
        return self.role_counts.get(_DOER_KEY if doer else words[0], 0)

    def _counted_here(self, words: list[str], c: Candidate) -> bool:
        """Whether the trigger's sentence counts the noun ``words`` itself ("mengamankan dua pelaku"): the count there
        chose the list, whatever other counts the article gives."""
        k = self._nearest_writing(words, c)
        return k is not None and self._group_size(k, self.number_before(k, skip=2)) is not None

    def _nearest_writing(self, words: list[str], c: Candidate) -> int | None:
        """The first token of the noun ``words`` written in the trigger's sentence nearest the trigger ("1 WNI meninggal
        atas nama SR ... dan 5 WNI ditahan": the second for the detention), None where the sentence does not write it
        (a noun the rules took from elsewhere in the article: "pelaku" of the lead's attack)."""
        s0, s1 = self.sents[c.sent]
        k0, k1 = self.tok(s0), self.tok(s1)
        at = [k for k in range(k0, k1 - len(words) + 1) if tuple(self.low[k : k + len(words)]) == tuple(words)]
        return min(at, key=lambda k: abs(k - c.i), default=None)

    def _introduced_before(self, head: str, pos: int) -> list[tuple[int, list[str]]]:
        """The introductions by a noun of ``head`` or of the doer before text position ``pos``."""
        told = self.introductions.get(head, []) + self.introductions.get(_DOER_KEY, [])
        return [(at, names) for at, names in told if at < pos]

    def _drop_denied(self, c: Candidate) -> None:
        """Takes out of ``c.who`` the nouns the sentence denies ("tidak ada korban jiwa akibat kebakaran"), for every
        event type: here, not in ``drop_places``, since ``_unnamed`` may add such a noun after that pass."""
        c.who = [n for n in c.who if not self._noun_denied(n, c) and not self._onlooker(n, c)]

    def _noun_denied(self, noun: str, c: Candidate) -> bool:
        """Whether a participant noun stands in the trigger's sentence only after a word denying it ("tidak ada korban
        jiwa akibat kebakaran", ``nobody_words.txt``): it names nobody."""
        words = tuple(noun.lower().split())
        if not words or not noun[:1].islower():
            return False
        s0, s1 = self.sents[c.sent]
        k0, k1 = self.tok(s0), self.tok(s1)
        told = [k for k in range(k0, k1 - len(words) + 1) if tuple(self.low[k : k + len(words)]) == words]
        return bool(told) and all(self._phrase_before(k, _phrases("nobody_words.txt"), small=False) for k in told)

    def _titled_bodies(self, c: Candidate) -> list[str]:
        """The police, prosecutors' or agency's bodies named in the title of an officer among the parties of an arrest
        or a charge ("Kasat Reskrim Polrestabes Medan, AKBP Bayu", "Kepala BNN Provinsi Bali, Brigjen Rudy"): a part of
        the officer's title, so no party of its own (``ArticleFacts._titles``), yet the body that arrests or charges;
        none where the parties name an enforcer already ("Kasat X Polres Garut, AKP Budi, ditangkap Propam Polda")."""
        bodies: list[str] = []
        if any(self._enforcer(n) for n in c.who):
            return bodies  # "..., AKP Budi, ditangkap Propam Polda": the body named acts, not the officer's own
        for name in c.who:
            if self.type_of.get(name) != "PER":
                continue
            for m in self._told_in_sentence(name, c):
                k = self.mentions.index(m) - 1
                while k >= 0 and self.mentions[k].modifier and self.mentions[k].token >= self.tok(self.sents[c.sent][0]):
                    title = self.mentions[k]
                    if title.type == "ORG" and self._enforcer(title.name):
                        bodies.append(title.name)
                    k -= 1
        return bodies

    def _body_of(self, name: str) -> str:
        """The police or prosecutors' body a party of their officers stands for ("personel Polrestabes Medan", "tim
        penyidik Kejari Sumenep": the body acts); any other party as it is."""
        words = name.split()
        for k in range(1, min(len(words), _OFFICER_WORDS + 1)):
            body = " ".join(words[k:])
            if all(w.islower() for w in words[:k]) and self.type_of.get(body) == "ORG" and self._enforcer(body):
                return body
        return name

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
        at_mention = {m.token: i for i, m in enumerate(self.mentions) if self._listed_person(i)}
        naming_ends = {phrase[-1] for phrase in naming_words()}
        naming_at = compress(count(), map(naming_ends.__contains__, self.low))  # most words end no naming phrase
        after_naming = {k + 1 + (self.raw[k + 1 : k + 2] in ([":"], [";"])) for k in naming_at}
        # "perempuan APW (25)", "Pelaku EKK ditangkap": initials after a noun with no naming word between
        bare = {k for ks in self.initials_at.values() for k in ks if self._aged(k) or self._marked_before(k)}
        for k in sorted(at_mention.keys() | after_naming | bare):
            if k < 1 or k >= len(self.low):
                continue
            if k in at_mention:
                names = self._name_group(at_mention[k])
            elif _INITIALS.fullmatch(self.raw[k]) and (k in bare or self._naming_before(k)) and not self._name_goes_on(k):
                # "berinisial APW", "yakni AP", "perempuan APW (25)": initials the recogniser did not take for a name
                names = self._initials_from(k)
            else:
                continue
            self._introduce(out, k, names)
        return out

    @cached_property
    def spelled_out(self) -> dict[str, str]:
        """Initials -> the one person's name the article writes in full whose words they spell ("DNS" of "korban Dian
        Novita Sari (29)" beside "membawa korban DNS"): one person, whom a reader knows by the name, and whose two
        spellings would tell one death as two. Only where a noun of the same role introduces both ("korban", or any
        noun of a doer: "tersangka Suryadi Gunawan" and "pelaku berinisial SG"): the police chief "AKP Edi Suhendra"
        is not the arrested "ES". None for initials that spell two names the article gives, or none."""
        roles = self._case_roles()
        spelled: dict[str, dict[str, str]] = {}  # initials -> the name spaced plainly -> the name as the page writes it
        for m in self.mentions:
            if m.type != "PER" or m.skip:
                continue  # the words of a person's name only
            words = m.name.split()
            initials = "".join(w[:1] for w in words)
            if len(words) <= 4 and _initials_for(initials, words):
                spelled.setdefault(initials, {}).setdefault(" ".join(words), m.name)
        return {
            a: next(iter(names.values()))
            for a, names in spelled.items()
            if len(names) == 1
            and roles.get(a, set()) & roles.get(next(iter(names)), set())
            and not self._told_together(a, next(iter(names)))
        }

    def _case_roles(self) -> dict[str, set[str]]:
        """A name spaced plainly -> the nouns of a doer or of a victim that introduce it as the one they name. Not a noun
        of anyone ("pria", "warga": the attacker and the man he beat), nor one made another's ("Tersangka lain AS",
        "Korban kedua, WP"), which names a second person of the role."""
        roles: dict[str, set[str]] = {}
        others: set[str] = set()  # named once as another of the role: never the one named before, however named later
        for key, told in self.introductions.items():
            if key != _DOER_KEY and "victim" not in self.lex.participants.at([key], 0)[1].split("/"):
                continue
            for at, names in told:
                plain = [" ".join(name.split()) for name in names]
                if self._another_of_role(self.tok(at)):
                    others.update(plain)
                for name in plain:
                    roles.setdefault(name, set()).add(key)
        return {name: keys for name, keys in roles.items() if name not in others}

    def _another_of_role(self, k: int) -> bool:
        """Whether another-word or an ordinal follows the participant noun at token ``k`` ("Tersangka lain",
        "Korban kedua")."""
        end = k + max(1, self.lex.participants.at(self.low, k)[0])
        return end < len(self.low) and (self._another_after(end) or self.low[end] in _ordinal_words())

    def _told_together(self, initials: str, name: str) -> bool:
        """Whether one sentence names both ``name`` (spaced plainly) and ``initials`` ("Dua korban, Sutrisno Hadi (58)
        dan SH (9)"): two people, whatever the initials spell. Not initials in brackets right after a word ("Suryadi
        (SG)"), which gloss the name."""
        named = {self._sent_of(m.start) for m in self.mentions if " ".join(m.name.split()) == name}
        spelled = (self._sent_of(self.starts[k]) for k in self.initials_at.get(initials, []) if self.low[k - 1] not in _gloss_words())
        return any(s in named for s in spelled)

    def _sent_of(self, pos: int) -> int:
        """The index of the sentence holding text position ``pos``."""
        return bisect_left(self.sent_starts, pos + 1) - 1

    @cached_property
    def initials_at(self) -> dict[str, list[int]]:
        """Capitals that may be initials -> the tokens where the article writes them."""
        out: dict[str, list[int]] = {}
        for k in compress(count(), map(str.isupper, self.raw)):  # initials are upper case: most words need no regex
            w = self.raw[k]
            if k and _INITIALS.fullmatch(w):
                out.setdefault(w, []).append(k)
        return out

    def _spelled_out_in(self, who: list[str]) -> list[str]:
        """``who`` with initials given as the name they spell (``spelled_out``), each party once; not where ``who``
        names that name beside them (the attacker "AS" and "Ahmad Sahroni", whom he beat)."""
        named = (self.spelled_out.get(n, n) for n in who)
        return list(dict.fromkeys(n if full in who and n not in self._glossed else full for n, full in zip(who, named, strict=True)))

    @cached_property
    def _glossed(self) -> frozenset[str]:
        """Initials the page glosses right after a name ("Suryadi (SG)", "Suryadi Gunawan atau SG"): read once an article."""
        return frozenset(w for w, ks in self.initials_at.items() if any(self.low[k - 1] in _gloss_words() for k in ks))

    @cached_property
    def apposed(self) -> dict[str, list[str]]:
        """Noun of one person's role -> the names the article apposes it to, the noun after the name and a comma ("Mas
        Zahara, anggota jamaah haji dari Kloter 22", "Budi (40), pengemudi truk itu"; ``sole_role_nouns.txt``)."""
        return {noun: [name for _, name in told] for noun, told in self.apposed_at.items()}

    @cached_property
    def apposed_at(self) -> dict[str, list[tuple[int, str]]]:
        """``apposed`` with the text position of each noun."""
        out: dict[str, list[tuple[int, str]]] = {}
        for m in self.mentions:
            t = self._apposed_noun(m)
            if t is not None:
                out.setdefault(self.low[t], []).append((self.starts[t], m.name))
        for k, t in self._initials_acting():
            out.setdefault(self.low[t], []).append((self.starts[t], self.raw[k]))
        return out

    def _initials_acting(self) -> list[tuple[int, int]]:
        """(initials' token, noun's token) of each place the article writes a person's initials the recogniser did not
        take for a name before a word of the role one acts in and the noun of that role ("Saudara Z selaku pelapor",
        ``acting_as_words.txt``): the noun stands for those initials. Only initials a form of address, a naming word or
        a noun of a doer or a victim marks as a person's: capitals after anything else may be a body's short form
        ("Kuasa hukum BPKN selaku pelapor": the body's lawyer is the reporter)."""
        n, out = len(self.low), []
        for j in compress(count(), map(_acting_as_words().__contains__, self.low)):  # most words are no such word
            k, t = j - 1, j + 1
            if k < 1 or t >= n or not _INITIALS.fullmatch(self.raw[k]) or self._in_mention(k):
                continue
            if self.low[t] in _sole_role_nouns() and self.raw[t].islower() and self._initials_of_person(k):
                out.append((k, t))
        return out

    def _initials_of_person(self, k: int) -> bool:
        """Whether the initials at token ``k`` are marked as a person's by the words before them: a form of address
        ("Saudara Z", ``address_words.txt``), a naming word ("berinisial A") or a noun of a doer or a victim ("Tersangka
        R", "korban Z")."""
        return self.low[k - 1] in _address_words() or bool(self._naming_before(k)) or self._marked_before(k)

    @cached_property
    def one_of_several(self) -> frozenset[str]:
        """The nouns of a role the article apposes to a name as one of several ("Andi (25), salah satu pemotor", role
        several of ``event_words.tsv``): the article knows more of them, so the bare noun stands for none in particular."""
        out = set()
        for m in self.mentions:
            t = self._apposed_noun(m)
            if t is not None and t > 0 and self.lex.words.ending_at(self.low, t - 1)[1] == "several":
                out.add(self.low[t])
        return frozenset(out)

    def _apposed_noun(self, m: Mention) -> int | None:
        """The token of the noun of one person's role apposed after the name of mention ``m`` and a comma (``apposed``),
        None when there is none."""
        n = len(self.low)
        if m.type != "PER" or m.skip:
            return None
        age = _AGE.match(self.text, m.end)
        t = self.tok(age.end() if age else m.end)
        # "Budi (40), pengemudi truk itu"; "Saudara Z selaku pelapor": a comma or a word of the role one acts in
        if t >= n or not (self.raw[t] == "," or self.low[t] in _acting_as_words()):
            return None
        acting = self.low[t] in _acting_as_words()  # "Z selaku pelapor mendatangi ...": no citing comma there
        t += 1
        while t < n and self.low[t] in _role_apposers():
            t += 1  # "anggota", "salah satu"
        noun = self.low[t] if t < n else ""
        if noun in _sole_role_nouns() and self.raw[t].islower() and (acting or not self._told_by(m, t)):
            return t
        return None

    def _told_by(self, m: Mention, t: int) -> bool:
        """Whether the name of mention ``m`` before a comma and the noun at token ``t`` is whom a sentence cites, not the
        noun's apposition: a word of citing at most a title before it ("Menurut Aipda Wagimin, pelaku melakukan ..."),
        or a verb right after the noun, its subject."""
        before = self.low[max(0, m.token - _TITLE_REACH) : m.token]
        citing = self.lex.roles.get("citing", frozenset())
        verbal = tuple(self.lex.roles.get("verbal", ()))
        return any(w in citing for w in before) or (t + 1 < len(self.low) and self.low[t + 1].startswith(verbal))

    def _sole_of_role(self, k0: int) -> list[str]:
        """For a noun of one person's role ("jamaah", "pengemudi", ``sole_role_nouns.txt``) the article names no one
        by before it: the one person it names by that noun anywhere, after it ("jamaah haji berinisial MZ") or apposed
        to it ("Mas Zahara, anggota jamaah haji"); none where it names two or more so, or none."""
        noun = self.low[k0]
        if noun not in _sole_role_nouns() or self._another_before(k0) or noun in self.one_of_several:
            return []
        pos, qualifier = self.starts[k0], self._qualifier(k0)
        told = [(self.tok(at), names) for at, names in self.introductions.get(noun, []) if at > pos]
        # "turis Inggris" is not the "turis Ukraina" named: a qualifier the two nouns write differently
        named = [name for k, names in told if qualifier in ("", self._qualifier(k)) for name in names]
        named += self.apposed.get(noun, []) if not qualifier else []
        distinct = [a for a in dict.fromkeys(named) if not any(a != b and _name_within(a, b) for b in named)]
        return distinct if len(distinct) == 1 else []

    def _qualifier(self, k: int) -> str:
        """The capitalised word right after the noun at token ``k`` that tells which one it is ("turis Inggris"), ""
        when there is none."""
        word = self.raw[k + 1] if k + 1 < len(self.raw) else ""
        return word if word[:1].isupper() and word.isalpha() else ""

    def _another_before(self, k: int) -> bool:
        """Whether words making a noun another one stand at most three words before token ``k`` ("ada satu anak lagi
        yang menjadi korban", ``another_words.txt``)."""
        ends = {words[-1] for words in _another_words()}  # "satu anak lagi": the phrase's last word after its noun
        return any(self._another_after(j) or self.low[j] in ends for j in range(max(0, k - 3), k))

    def _introduce(self, out: dict[str, list[tuple[int, list[str]]]], k: int, names: list[str]) -> None:
        """Records the names at token ``k`` under the noun introducing them, under ``_DOER_KEY`` too for a noun of a doer,
        and under ``_NAMED_KEY`` when a naming word, and no noun of a doer, introduces them ("pembunuhan pria WNA asal
        Kamerun berinisial STR": the noun too far back)."""
        noun = self._introducing_noun(k)
        doer = noun is not None and _DOER in self.lex.participants.at(self.low, noun)[1].split("/")
        if noun is not None:
            out.setdefault(self.low[noun], []).append((self.starts[noun], names))
        if doer:
            # "tersangka berinisial W" ... "pelaku ditangkap": the article's nouns of its doer name one person
            out.setdefault(_DOER_KEY, []).append((self.starts[noun or k], names))
        elif self._naming_before(k):
            out.setdefault(_NAMED_KEY, []).append((self.starts[k], names))

    def _name_goes_on(self, k: int) -> bool:
        """Whether a capitalised word follows token ``k``: capitals there open a longer name ("bernama KM Alif Berkah",
        a ship), not a person's initials."""
        return k + 1 < len(self.raw) and self.raw[k + 1][:1].isupper() and self.raw[k + 1].isalpha()

    def _marked_before(self, k: int) -> bool:
        """Whether a noun of a doer or a victim ends right before token ``k`` ("Pelaku EKK", "korban MY"): the name
        after it is the one it names, with no naming word between."""
        kind = self.lex.participants.ending_at(self.low, k - 1)[1] if k > 0 else ""
        # "pengemudi M Fachri Fajrin mengalami luka", "pilot Rajveer Singh": a noun of one person's role right before
        # the name, written small, names that person as "Pelaku EKK" does
        sole = k > 0 and self.low[k - 1] in _sole_role_nouns() and (self.raw[k - 1].islower() or self._opens_sentence(k - 1))
        # not "masinis KRL": capitals alone after such a noun are what it works on, unless an age makes them initials
        # (the name's words read only after such a noun, where they count)
        sole = sole and (not all(w.isupper() for w in self.raw[k : self._name_end(k) + 1] if w.isalpha()) or self._aged(k))
        return sole or bool({_DOER, "victim"} & set(kind.split("/")))

    def _opens_sentence(self, k: int) -> bool:
        """Whether token ``k`` is the first of its sentence ("Pilot Arjun Mehta ...": capitalised as the first word)."""
        s = bisect_left(self.sent_starts, self.starts[k])
        return s < len(self.sent_starts) and self.sent_starts[s] == self.starts[k]

    def _aged(self, k: int) -> bool:
        """Whether an age in brackets follows the name starting at token ``k`` ("MN (77)")."""
        return bool(_AGE.match(self.text, self.ends[self._name_end(k)]))  # from the name's end, no copy of the rest

    def _introducing_noun(self, k: int) -> int | None:
        """The first token of the participant noun for people that a name at token ``k`` follows: after a naming word,
        with at most ``_NAMING_REACH`` lower-case words between ("Pria lanjut usia (lansia) berinisial MN"), or right
        before it or before a comma before it when an age follows the name ("korban, MN (77)", "perempuan APW (25)"), or
        right before it when it is a noun of a doer or a victim ("Pelaku EKK")."""
        j = k - 1
        if naming := self._naming_before(k):
            j, reach = j - naming, _NAMING_REACH
        elif self._aged(k):
            # "Dua tersangka kasus narkoba, Budi (30) dan ...": a counted noun's own words before the comma
            comma = self.raw[j] == ","
            j, reach = (j - 1 if comma else j), (_COUNTED_NOUN_REACH if comma else 0)
        elif self._marked_before(k):
            reach = 0
        else:
            return None
        words = 0
        while j >= 0 and words <= reach:
            n, kind = self.lex.participants.ending_at(self.low, j)
            if n and "person" in kind.split("/"):  # "Pacitan - Jemaah haji bernama ...": capitalised after a dateline too
                if words and not naming and (self.number_before(j - n + 1) is None or self._one_of_several_before(j - n)):
                    # "soal korban kecelakaan, Budi (30) menjawab": an uncounted noun further back is another's;
                    # "Salah satu jemaah haji tertua, Sutiah (107)": one of many, whom the bare noun does not name
                    return None
                # not "Menurut warga, Andi (30) ...": the noun there is a source, the name another's
                return None if j - n >= 0 and self._cites(j - n) else j - n + 1
            if self.raw[j] not in "()":
                if not (self.raw[j].isalpha() and self.raw[j].islower()):
                    return None
                words += 1
            j -= 1
        return None

    def _one_of_several_before(self, k: int) -> bool:
        """Whether a phrase of one of many ends at token ``k`` ("salah satu", role several of ``event_words.tsv``)."""
        return k >= 0 and self.lex.words.ending_at(self.low, k)[1] == "several"

    def _naming_before(self, k: int) -> int:
        """The number of words of the naming phrase ending right before token ``k`` ("berinisial", "atas nama"), 0 if none."""
        # "Para terduga pelaku yakni; Arnoldus ...", "yaitu: AB dan CD": a colon or a semicolon after the naming word
        mark = 1 if k > 0 and self.raw[k - 1] in (":", ";") else 0
        ends = _naming_ends()
        if ends is not None and (k - 1 - mark < 0 or self.low[k - 1 - mark] not in ends):
            return 0  # most words follow no naming phrase's last word: one set lookup instead of a slice per phrase
        for phrase in naming_words():
            n = len(phrase)
            if k >= n + mark and tuple(self.low[k - n - mark : k - mark]) == phrase:
                return n + mark
        return 0

    def _many_before(self, k: int) -> bool:
        """Whether token ``k`` makes the noun after it many: "para", "sejumlah", "berbagai", "semua"."""
        plural = self.low[k] in self.lex.roles.get("plural_marker", ()) or self.low[k] in _whole_group_words()
        return self.plural_phrase(k) or plural or self._scale_word(k)

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
            if self._age_at(j):
                j += 3  # an age
                if j + 1 < n and _INITIALS.fullmatch(self.raw[j]) and self._age_at(j + 1):
                    names.append(self.raw[j])  # "berinisial MR (22) GAB (21)": aged initials listed with no joiner
                    j += 1
                continue
            j = self._past_residence(j)  # "MB (57), warga Kecamatan Jangka Buya, Pidie Jaya, dan MH (60)"
            if j + 1 < n and self.raw[j] == "," and self.low[j + 1] in self.lex.joiners:
                j += 1  # "CK (19), dan DW (18)": a comma before the last "dan"
            joined = self.raw[j] == "," or self.low[j] in self.lex.joiners
            if not (joined and j + 1 < n and _INITIALS.fullmatch(self.raw[j + 1])):
                break
            names.append(self.raw[j + 1])
            j += 2
        return names

    def _age_at(self, j: int) -> bool:
        """Whether an age in brackets opens at token ``j`` ("(22)")."""
        return self.raw[j] == "(" and j + 2 < len(self.raw) and self.raw[j + 1].isdigit() and self.raw[j + 2] == ")"

    def _past_residence(self, j: int) -> int:
        """The token after the residence a comma at token ``j`` apposes to the name before it (", warga Kecamatan
        Jangka Buya, Pidie Jaya," ``residence_words.txt``): capitalised words and commas up to the joiner of the next
        name; ``j`` itself when no such residence stands there."""
        n = len(self.low)
        if not (j + 1 < n and self.raw[j] == "," and self.low[j + 1] in _residence_words()):
            return j
        t = j + 2
        while t < min(n, j + 2 + _RESIDENCE_WORDS) and (self.raw[t] == "," or self.raw[t][:1].isupper()):
            t += 1
        return t if t > j + 2 and t + 1 < n and self.low[t] in self.lex.joiners else j

    def _listed_person(self, i: int) -> bool:
        """Whether mention ``i`` is a person's name: typed so, or typed a place where the list it stands in tells a
        person ("Ijang (45) dan Saepul (38)": an age in brackets after it; "Minaggen Wijangge, Patiago Tabuni, dan Oriup
        Murib": a person's name joined on either side), so that a list of people keeps all its members."""
        m = self.mentions[i]
        if m.skip or m.type not in ("PER", "LOC"):
            return False
        if m.type == "PER":
            return True
        words = m.name.lower().split()
        if not words or words[0] in _place_heads() or m.name in _acting_places() or default_lexicon().known_place(m.name):
            return False  # "Jakarta Selatan", "Kecamatan Kuta Baro": a place the gazetteer or its head word tells stays one
        if _AGE.match(self.text, m.end):
            return True
        if not 0 < i < len(self.mentions) - 1:
            return False
        before, after = self.mentions[i - 1], self.mentions[i + 1]
        joined = [_AGE.sub("", self.text[a.end : b.start]) for a, b in ((before, m), (m, after))]
        people = before.type == after.type == "PER" and not (before.skip or after.skip)
        return people and all(_list_gap(self.lex.joiners).fullmatch(gap) for gap in joined)

    def _name_group(self, first: int) -> list[str]:
        """The names of people joined to the mention at index ``first`` ("Ijang (45) dan Saepul (38)"), past a residence
        apposed to each ("MB (57), warga Kecamatan Jangka Buya, dan MH (60)")."""
        group = [self.mentions[first]]
        for i in range(first + 1, len(self.mentions)):
            m = self.mentions[i]
            gap = _AGE.sub("", self.text[group[-1].end : m.start])
            if m.type == "LOC" and _residence_gap(self.lex.joiners, True).match(gap):
                continue  # "Kecamatan Kuta Baro" of ", warga Kecamatan Kuta Baro, dan ...": where the last one lives
            gap = _residence_gap(self.lex.joiners).sub("", gap)
            if not self._listed_person(i) or not self.lex.coordination.match(gap):
                break
            group.append(m)
        names = [m.name for m in group]
        last = self.tok(group[-1].start)
        if _INITIALS.fullmatch(self.raw[last]):
            names += self._initials_from(last)[1:]  # "RS (41), warga ..., dan TA (39)": initials the recogniser missed
        return list(dict.fromkeys(names))

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
        if "authority" in kinds and (body := self._police_named_after(k1)):
            return body  # "diringkus oleh jajaran Polres Batola": the force acts, whether the recogniser read it or not
        if self.low[k0] in _operated_vehicles() and self._one_told_before(k0, count) and (owner := self._vehicle_owner(k0, k1)):
            return owner  # "Helikopter itu jatuh" of "helikopter milik Aryan Aviation": the operator, a reader can check
        if "flight" in kinds and (carrier := self._carrier(self.starts[k0])):
            return carrier  # "Pembatalan penerbangan ini ..., terang ... Wings Air": the airline cancelled them
        if self._another_after(k1):
            return []
        if apposed := self._apposed(k0, k1, kinds, count):
            return apposed
        if self._many(k0, count):
            return self._group(k0, kinds, self._group_size(k0, count))
        told = self._named_before(k0, kinds) or self._sole_of_role(k0)
        if told:
            return told
        if self.low[k1 - 1] in _police_words("noun"):
            return self._police_body(self.starts[k0])
        if "victim" in kinds or (fate and self._pointed_back(k1)):
            # "jasad korban dievakuasi", "mengevakuasi turis perempuan tersebut": whom the death or injury told befell
            return self.last_victim() or (self._sole_named() if "victim" in kinds else [])
        return self._counted_before(k0)

    def _counted_before(self, k0: int) -> list[str]:
        """For a pronoun of a counted group that names no one ("Keduanya juga dijerat ...", "Ketiganya ditangkap"): the
        nearest noun for people before it counted with its number ("kedua tersangka", "tiga pelaku"), as written."""
        size = self._pronoun_count(self.low[k0])
        if size is None:
            return []
        parts = self.lex.participants
        for k in range(k0 - 1, -1, -1):
            n, kind = parts.at(self.low, k) if self.low[k] in parts.by_first else (0, "")
            if not n or "person" not in kind.split("/") or self._pronoun_count(self.low[k]) is not None:
                continue
            if self.noun_written(k) and size in (self.number_before(k), self._group_size(k, None)):
                return [self.text[self.starts[k] : self.ends[k + n - 1]]]
        return []

    def _pronoun_count(self, word: str) -> int | None:
        """The number a pronoun of a counted group stands for ("keduanya": 2, "ketiganya": 3), else None."""
        if not (word.startswith("ke") and word.endswith("nya")):
            return None
        kind, value = self.lex.numbers.get(word[2:-3], ("", ""))
        return int(value) if kind in ("digit", "word") and value.isdigit() else None

    def _apposed(self, k0: int, k1: int, kinds: set[str], count: int | None) -> list[str]:
        """The name apposed to the participant noun in tokens k0..k1: the person's right before it ("Argo, mahasiswa
        Fakultas Hukum UGM hingga tewas": the student is Argo), or, for one vehicle told before, the one the article
        apposes to its noun ("perahu tersebut dihantam gelombang" of "perahu mereka, KM Panyalu"); none else."""
        if "vehicle" in kinds and self._one_told_before(k0, count) and (vessel := self._vehicle_apposed(k0, k1)):
            return vessel
        apposed = self._apposed_name(k0)
        return [apposed] if apposed is not None else []

    def _apposed_name(self, k0: int) -> str | None:
        """The person's name the participant noun at token ``k0`` is apposed to, right before it and a comma ("Argo,
        mahasiswa Fakultas Hukum UGM", "Dian (29), wanita warga Kelurahan X": the noun a word of the first noun's own
        phrase): in its own sentence the noun is that person. None where the name is whom the sentence cites ("Menurut
        Budi, warga ...") or the noun's subject of a verb of its own."""
        k = k0
        n, kind = self.lex.participants.ending_at(self.low, k - 1) if k > 0 else (0, "")
        if n and "person" in kind.split("/") and self.raw[k - n].islower():
            k -= n  # "wanita warga Kelurahan X": the woman is the one apposed, "warga" tells where she lives
        if k < 2 or self.raw[k - 1] not in (",", ")"):
            return None
        for m in self.mentions:
            if m.type != "PER" or m.skip or m.end > self.starts[k - 1]:
                continue
            gap = _APPOSING_GAP.fullmatch(self.text, m.end, self.starts[k])
            if gap and (gap.group(1) or gap.group(2)) and not (self._told_by(m, k) or self._said_by(m)):
                return m.name
        return None

    def _said_by(self, m: Mention) -> bool:
        """Whether a verb of saying stands at most a title before the name of mention ``m`` ("kata Kapolsek Budi, ..."):
        the name is the speaker's, not one apposed to the noun after the comma."""
        said = self.lex.roles.get("said", frozenset())
        return any(w in said for w in self.low[max(0, m.token - _TITLE_REACH) : m.token])

    def _another_after(self, k: int) -> bool:
        """Whether the words from token ``k`` make the noun before it another than the one named before ("penumpang
        lainnya", "Korban satu lagi mengalami luka-luka": not the victim whose death was just told; ``another_words.txt``)."""
        return any(tuple(self.low[k : k + len(words)]) == words for words in _another_words())

    def _sole_named(self) -> list[str]:
        """The one person the article names after a naming word, if it names one only and not as a doer: whom "korban"
        stands for in a report of a killing ("pembunuhan ... pria WNA asal Kamerun berinisial STR" ... "Korban ditemukan
        tak bernyawa"), whose death befell no one the rules could name."""
        told = self.introductions.get(_NAMED_KEY, [])
        # "pria berinisial WD (25) membunuh tetangganya": named as the one who kills, no victim
        named = {name for at, names in told if not self._kills_after(at) for name in names}
        named -= {name for _, names in self.introductions.get(_DOER_KEY, []) for name in names}
        return list(named) if len(named) == 1 else []

    def _kills_after(self, pos: int) -> bool:
        """Whether an active verb or a noun of killing follows text position ``pos`` in its sentence ("WD (25) membunuh
        tetangganya"; not "dibunuh", whose subject is the victim)."""
        end = self.sents[max(0, bisect_left(self.sent_starts, pos + 1) - 1)][1]
        words = self.low[self.tok(pos) : self.tok(end)]
        return any(a_killing(w) and not w.startswith(_PASSIVE) for w in words)

    def _introduced_at(self, k: int) -> list[str] | None:
        """The names introduced right after the participant noun at token ``k`` (``introductions``), or None."""
        pos = self.starts[k]
        return next((names for at, names in self.introductions.get(self.low[k], []) if at == pos), None)

    def _own_names(self, k0: int, k1: int, kinds: set[str]) -> list[str]:
        """The names given right after the noun in tokens k0..k1: after a naming word ("berinisial"), or, for a doer or a
        victim, initials right after it ("tersangka UA dan ZI", "korban MY")."""
        own = self._introduced_at(k0)
        if own is None and k1 < len(self.low) and self.lex.participants.at(self.low, k1)[0]:
            own = self._introduced_at(k1)  # "dua orang pengedar sabu yakni BS dan KW": the noun after "orang" introduces them
        if own is not None:
            return own
        if {_DOER, "victim"} & kinds and k1 < len(self.raw) and _INITIALS.fullmatch(self.raw[k1]):
            return self._initials_from(k1)  # initials the recogniser typed as a place or a body
        return []

    def _group(self, k0: int, kinds: set[str], size: int | None) -> list[str]:
        """The people a noun of many at token ``k0`` stands for: as many as it counts ("kedua pelaku"), named right after
        the same noun (or a noun of its doer) nearest before it ("dua tersangka berinisial EKK dan YLK"), else all those
        the article names after such nouns ("Pelaku EKK ...", "Tersangka YLK ..."); none when their number is another."""
        if size is None:
            return []
        group = self._named_before(k0, kinds)
        if len(group) == size:
            return group
        told = self.introductions.get(_DOER_KEY if _DOER in kinds else self.low[k0], [])
        everyone = list(dict.fromkeys(name for _, names in told for name in names))
        if len(everyone) == size:
            return everyone
        return self._listed_next(k0, size)

    def _listed_next(self, k0: int, size: int) -> list[str]:
        """The names listed after a naming word ("Mereka ialah DP (18), RF (14) ... dan MF (18)") by no noun, in the
        sentence of the noun of many at token ``k0`` or the next, as many as it counts ("enam orang ... ditangkap"):
        those the noun stands for; none when their number is another."""
        pos = self.starts[k0]
        s = max(0, bisect_left(self.sent_starts, pos + 1) - 1)
        end = self.sents[min(s + 1, len(self.sents) - 1)][1]
        listed = [names for at, names in self.introductions.get(_NAMED_KEY, []) if pos < at < end]
        return listed[0] if listed and len(listed[0]) == size else []

    def _group_size(self, k0: int, count: int | None) -> int | None:
        """How many the noun at token ``k0`` names: its count, else the number of a group word right before it
        ("kedua", "ketujuh"); None when neither tells."""
        if count is not None or k0 < 1 or not self.low[k0 - 1].startswith("ke"):
            return count
        kind, value = self.lex.numbers.get(self.low[k0 - 1][2:], ("", ""))
        return int(value) if kind in ("digit", "word") and value.isdigit() else None

    def _carrier(self, pos: int) -> list[str]:
        """The airline the article names nearest before text position ``pos``, else its first (``carriers.tsv``); none
        when it names none."""
        cues = _carrier_words("cue")
        named = [
            m for m in self.mentions
            if m.type == "ORG" and not m.skip and (_carrier_name(m.name) or (m.token > 0 and self.low[m.token - 1] in cues))
        ]  # fmt: skip
        if not named:
            return []
        before = [m for m in named if m.start < pos]
        return [(before[-1] if before else named[0]).name]

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
        the police body the article names (``_police_body``), else the noun as written; past "oleh" too ("ditangkap oleh
        polisi", the agent's word, ``event_words.tsv``)."""
        if j + 1 < len(self.low) and self.low[j] in self.lex.roles.get("agent", frozenset()):
            j += 1
        if j >= len(self.low) or self.low[j] not in _police_words("noun"):
            return []
        return self._police_body(self.starts[j]) or [self.raw[j]]

    def _vehicle_owner(self, k0: int, k1: int) -> list[str]:
        """The one firm the article names as the owner or operator of a vehicle of the same noun ("helikopter milik
        Aryan Aviation", "Helikopter itu dioperasikan oleh Aryan Aviation", ``owner_words.txt``); none where it names
        none or two ("pesawat milik Mahan Air" and "pesawat milik Saudia": which is which is not for a rule)."""
        noun = tuple(self.low[k0:k1])
        told = [k for k in range(len(self.low)) if tuple(self.low[k : k + len(noun)]) == noun]
        # "Dua helikopter milik Trans Bharat Aviation juga ...": other vehicles than the one the report is about
        owners = {self._owner_after(k + len(noun)) for k in told if not self._many(k, self.number_before(k))}
        owners.discard("")
        distinct = [o for o in owners if not any(o != p and p.startswith(o) for p in owners)]
        return distinct if len(distinct) == 1 and len({o.split()[0] for o in owners}) == 1 else []

    def _vehicle_apposed(self, k0: int, k1: int) -> list[str]:
        """The one name the article apposes to a vehicle of the same noun, at this noun or before it, between commas
        ("perahu mereka, KM Panyalu, terguling": at most one small word between the noun and the comma); none where it
        names none or two."""
        noun, starts = tuple(self.low[k0:k1]), {m.start: m for m in self.mentions if not m.skip}
        names = set()
        for k in range(k1):
            if tuple(self.low[k : k + len(noun)]) != noun:
                continue
            c = k + len(noun) + (self.raw[k + len(noun)].islower() if k + len(noun) < len(self.raw) else 0)
            m = starts.get(self.starts[c + 1]) if c + 1 < len(self.raw) and self.raw[c] == "," else None
            if m is not None and self.text[m.end : m.end + 1] == ",":
                names.add(m.name)
        return list(names) if len(names) == 1 else []

    def _one_told_before(self, k0: int, count: int | None) -> bool:
        """Whether the noun at token ``k0`` is one vehicle the report has told of, not many nor a new one ("sebuah
        helikopter jatuh" of another crash, dated apart: ``indefinite_words.txt``)."""
        return not self._many(k0, count) and not (k0 > 0 and self.low[k0 - 1] in _indefinite_words())

    def _owner_after(self, k: int) -> str:
        """The name of a firm after an owner's word at most ``_OWNER_REACH`` words after token ``k`` ("Bell 407 milik
        Aryan Aviation", "itu dioperasikan oleh Aryan Aviation"), "" when there is none."""
        owner_words = _owner_words()
        for j in range(k, min(len(self.low), k + _OWNER_REACH)):
            n = next((len(w) for w in owner_words if tuple(self.low[j : j + len(w)]) == w), 0)
            if n:
                m = bisect_left(self.mention_starts, self.starts[j + n]) if j + n < len(self.low) else len(self.mentions)
                hit = self.mentions[m] if m < len(self.mentions) else None
                ok = hit is not None and hit.start == self.starts[j + n] and hit.type == "ORG" and not hit.skip
                # "pesawat milik Saudia Airlines SV 5276": the airline, less the flight's number run into its name
                return _RUN_TAIL.sub("", hit.name) if ok and hit is not None else ""
            if self.raw[j] in ".,;" or self.low[j] in self.lex.joiners:
                return ""
        return ""

    def _police_named_after(self, k: int) -> list[str]:
        """The police body named from token ``k`` on ("Polres Batola" of "jajaran Polres Batola"): a word of a police
        body (``police_names.tsv``), capitalised, and the capitalised words after it; none when no such word is there."""
        n = len(self.raw)
        if k >= n or self.low[k] not in _police_words("body") or not self.raw[k][:1].isupper():
            return []
        end, dates = k + 1, calendar_words()
        while end < n and end - k < _BODY_WORDS and self.raw[end][:1].isupper() and self.raw[end].isalpha():
            if self.low[end] in dates:
                break  # "Polres Bogor Senin (1/12)": the name ends where its date begins
            end += 1
        return [self.text[self.starts[k] : self.ends[end - 1]]] if end > k + 1 else []

    def _police_body(self, pos: int) -> list[str]:
        """The police body the article names nearest before text position ``pos`` ("Polres Metro Depok"), else its first;
        none when it names none."""
        bodies = _police_words("body")
        named = [m for m in self.mentions if m.type == "ORG" and not m.skip and m.name.split()[0].lower() in bodies]
        if not named:
            return []
        before = [m for m in named if m.start < pos]
        return [(before[-1] if before else named[0]).name]
