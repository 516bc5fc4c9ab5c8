"""The entity components' language data (``EntityLexicon``), the name helpers they share, and their common base.

``EntityLexicon`` holds what ``telisik_gazetteer`` and ``telisik_entities`` know
about Indonesian names: countries from pycountry's Indonesian names plus
``lang/id/countries.tsv``, Indonesia's provinces, the gazetteer
(``lang/id/gazetteer.tsv``), titles, name heads, calendar and common words. It
is read from the files a component's ``files`` config names (``LexiconFiles``)
and saved with the pipeline by ``LexiconComponent.to_disk``, so a saved pipeline
loads with ``spacy.load`` without the package's files.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span

from telisik.lang import lower_word_list, table, word_list, written_small
from telisik.lang.countries import country_forms
from telisik.lang.countries import province_names as provinces
from telisik.nlp.citations import news_organisations
from telisik.nlp.component_data import SavedData
from telisik.nlp.doc import token_lowers, token_texts
from telisik.text import name_key

# ---------------------------------------------------------------- names


def name_words(text: str) -> list[str]:
    """The folded words of a name."""
    return name_key(text).split()


def is_acronym(text: str) -> bool:
    """Two to six capital letters in one word ("AS", "KCNA")."""
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in text


def capitalised(text: str) -> bool:
    """Starts with a capital and has a letter."""
    return text[:1].isupper() and any(c.isalpha() for c in text)


def name_initials(text: str) -> str:
    """The initials of a name's capitalised words ("AS" of "Amerika Serikat")."""
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w[:1].isupper())


# ---------------------------------------------------------------- language data


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class TeamNickname:
    """A national team's nickname ("Samurai Biru"), the team ("Timnas Jepang"), its country and the team's other names."""

    nickname: str
    team: str
    country: str
    team_names: tuple[str, ...] = ()


@dataclass(frozen=True)
class LexiconFiles:
    """Where the entity components' language data is: file names under ``telisik/lang/<lang>/``."""

    lang: str = "id"
    gazetteer: str = "gazetteer.tsv"
    countries: str = "countries.tsv"
    titles: str = "titles.txt"
    title_names: str = "title_names.txt"
    portfolio_titles: str = "portfolio_titles.txt"
    event_heads: str = "event_heads.txt"
    name_heads: str = "name_heads.tsv"
    calendar: tuple[str, ...] = ("weekdays.tsv", "months.tsv")
    connectors: str = "name_connectors.txt"
    common_words: str = "common_words.txt"
    # word counts of news, NER sets and name lists: a word written in lower case at least as often as capitalised
    # inside a sentence is an ordinary word ("Mengadili", "Jemaah"), no name on its own (``ordinary_words``)
    word_frequencies: str = "word_frequencies.tsv"
    org_place_words: str = "org_place_words.txt"
    not_entities: str = "not_entities.txt"
    # names that stand for different things in different articles ("Timnas", "Skuad Garuda"): never a link across articles
    generic_names: str = "generic_names.txt"
    # given names so common that alone they name many people ("Agus", "Rahman"): no link across articles on their own
    common_given_names: str = "name_common_given.txt"
    # given names (scripts/build_given_names.py, from the NER sets' person names): where a person's name starts
    # inside a longer span ("Gresini Fermin Aldeguer"), and a one-word rest that is no place's owner ("Michael Jordan")
    given_names: str = "given_names.txt"
    place_prepositions: str = "place_prepositions.tsv"
    list_joiners: str = "list_joiners.txt"
    team_nicknames: str = "team_nicknames.tsv"
    # news organisations (name, kind, aliases), the list the quotes and citations read too
    news_organisations: str = "news_organisations.tsv"
    # news organisations' names that are also ordinary words: not found by the gazetteer on their own
    ambiguous_media: str = "ambiguous_media_names.txt"
    # what a news organisation's own name may end in ("detik" + "com"); its other aliases are channels or editions
    media_name_suffixes: str = "media_name_suffixes.txt"
    # aliases of a news organisation that name its network or one of its channels, not its own site ("Tribun", the
    # network, beside Tribunnews.com; "detikNews", a channel of detik.com): an entity of its own
    media_parts: str = "media_parts.tsv"
    # acronyms of a class of body ("BUMN"): no part of the name they open ("BUMN Antam")
    class_acronyms: str = "class_acronyms.txt"
    # nouns a letter code follows ("SIM BI", a driving licence's class): the code is no name, whatever its letters spell
    code_nouns: str = "code_nouns.txt"
    # nouns a language follows ("bahasa Jawa"): the place's name after one is the language, no entity
    language_nouns: str = "language_nouns.txt"
    # nouns a people's culture or a style follows ("konsep Jawa", "adat Minang"): the place's name after one is no place
    culture_nouns: str = "culture_nouns.txt"
    # last words of a venue's name ("... Convention Center"): a name its acronym spells out that ends in one is a place
    venue_words: str = "venue_words.txt"
    # Korean family names: a person's name opening with one keeps its given name's hyphened tail ("Shin Tae-yong")
    korean_family_names: str = "korean_family_names.txt"
    # degrees written after a name ("Sp.A", "M.Kes", "Ph.D."): no entity, no speaker
    degrees: str = "degrees.txt"
    # religious honorifics written after a name ("Muhammad SAW", "Umar Radhiyallahu Anhu"): off the name's end
    honorific_suffixes: str = "honorific_suffixes.txt"
    # a department an English post names after its title ("Head of [Marketing]"): no part of a name after it
    title_departments: str = "title_departments.txt"
    # makers of cars and phones, and their models' names: a maker before a model ("Toyota Alphard") names a product
    product_makers: str = "product_makers.txt"
    product_models: str = "product_models.txt"
    # models of cars and motorcycles by their names alone (some also ordinary words or names: "Beat", "Jupiter"):
    # a product's only after a maker or a model's opener ("Honda Beat", "New Carry")
    vehicle_models: str = "vehicle_models.txt"
    # the words that open a model's name ("New", "All New") or go on after it ("Pro", "Max", "Hybrid")
    model_words: str = "model_words.tsv"
    # the words that report an accident (event_triggers.tsv, ACCIDENT): a product named in such a sentence is the
    # vehicle of a crash, a party the events take from the entities ("Fortuner menabrak truk")
    event_triggers: str = "event_triggers.tsv"
    # police and military ranks ("AKBP", "Marsekal Pertama"): a rank ends the name of the region or unit before it
    ranks: str = "ranks.tsv"
    # heads of a unit by their short form ("Kanit", "Kabag"): the words after one name the unit, not its holder
    unit_head_titles: str = "unit_head_titles.txt"
    # offices and units named with their region after them ("Kapolsek Sukmajaya", "Polres Rohil"), with their kind
    region_titles: str = "region_titles.tsv"
    # words that make a place's name a club's after it ("Bali United", "Arema FC")
    club_words: str = "club_words.txt"
    # words that make a place's name a tournament's after it ("Japan Open", "Indonesia open"): no mention of the place
    # (its own file: stories/cluster.py reads tournament_words.txt, headline words of another kind)
    tournament_words: str = "place_tournament_words.txt"
    # news networks whose editions are named by the network and a region ("Tribun Bali", "TribunJabar"): organisations
    network_prefixes: str = "network_prefixes.txt"
    # words naming a work before its title ("lagu Pica Pica", "film Materialists", "berjudul The Intern"): the title
    # is no entity; and the words before such a word that make it an occupation ("penulis lagu Klio Mathew")
    work_cues: str = "work_title_cues.txt"
    work_cue_holders: str = "work_title_cue_holders.txt"
    # words naming a law or regulation before "tentang" and its title ("UU Nomor 5 Tahun 1999 tentang Larangan
    # Praktik Monopoli"): the title is no organisation or place
    regulation_words: str = "regulation_words.txt"
    regulation_title_joiners: str = "regulation_title_joiners.txt"
    regulation_gap_words: str = "regulation_gap_words.txt"
    # currency units written before a figure ("Rp 1,4 triliun"): no last word of a name that runs into the sum
    amount_units: str = "amount_units.txt"
    # words naming a part of a contest wherever they stand in a name ("Sprint Race MotoGP Aragon", "MotoGP Free
    # Practice"): the name is the session's, an event, no organisation or place
    event_phrases: str = "event_name_phrases.txt"
    # racing series beside which a one-word session phrase ("sprint", "practice") names the session
    racing_series: str = "racing_series_words.txt"
    # head words of a region's name ("Kabupaten", "Provinsi"): such a name inside a law's title stays a place
    region_place_heads: str = "region_place_heads.txt"
    # legal-form words ending a company's name ("Tbk"): no part of its short name
    company_suffixes: str = "company_suffixes.txt"
    # gazetteer names that are also a kind of official letter ("Telegram"), and the words naming such a letter
    # before them ("surat telegram"): no organisation in an article that writes the letter
    document_names: str = "document_names.txt"
    document_openers: str = "document_openers.txt"
    # last words only a body's or a place's name ends in ("... Group", "... Stadium"), with the type they give it
    name_tails: str = "name_tails.tsv"
    # words opening a place's name inside a body's premises that a tail of ``name_tails`` ends ("Studio Trans TV")
    venue_openers: str = "venue_openers.txt"
    # forms of address ("Ibu", "Bapak", "Saudara"): a title of a person alone, that names no office of a body
    address_words: str = "address_words.txt"
    # verbs of setting out before "dari": the name after "berangkat dari" is a place (``context_types.place_contexts``)
    departure_verbs: str = "departure_verbs.txt"
    # Indonesia's regencies and cities; those of two words or more are places the gazetteer knows, so that a
    # body's name runs on to the whole of one ("Rutan Kelas IIB Aceh Singkil", not "... Aceh" and a person "Singkil")
    regencies: str = "regencies.tsv"
    # words that put a person's initials after them ("pelaku berinisial AK dan YN"): those capitals are people
    initial_cues: str = "initial_cues.txt"
    # a crime report's role nouns ("tersangka RI"): capitals after one are initials where the report uses initials
    initial_role_nouns: str = "initial_role_nouns.txt"
    # a portfolio word's prefix and suffix ("per-...-an"): after a title it opens no person's name (``without_portfolios``)
    portfolio_affixes: str = "portfolio_affixes.tsv"
    # bodies every state has, which the gazetteer knows as Indonesia's ("Kemlu", "DPR"), with the country they are of:
    # with another country's name right after them they are that country's ("Kemlu Israel", "DPR AS")
    national_bodies: str = "national_bodies.tsv"
    # a country's acronym that is also a regional body in one province ("DPRK", Aceh's regency councils), with the
    # words that name the province or its places: in an article naming one, the acronym is the body
    local_acronyms: str = "local_acronyms.tsv"
    # places of Indonesia the gazetteer knows that no other list says are Indonesia's ("Jakarta", "Bali")
    home_places: str = "home_places.txt"
    # titles of a village's head, written before the village's name and the holder's ("Kepala Desa Sukamaju Ahmad")
    village_heads: str = "village_heads.txt"
    # continents a country's short name also names ("Benua Amerika": "Amerika"), and the words that make it one
    continent_names: str = "continent_names.txt"
    continent_cues: str = "continent_cues.txt"
    # how Indonesian football clubs' acronyms open ("PSIM", "Persib"): the place's name right after one is the club's
    club_prefixes: str = "club_prefixes.txt"
    # the clubs whose acronyms open as everyday ones do ("PSIM", "PSM"; not "PSN", "PSBB"): listed, as written
    club_acronyms: str = "club_acronyms.txt"
    # the region codes that open a number plate ("B", "DK"): the one before a figure and capitals is no place
    plate_regions: str = "plate_regions.txt"
    # a state's head before a joiner and its place ("Republic of Indonesia"): the state, no body named with the place
    joined_state_heads: str = "joined_state_heads.txt"
    # another state's chamber named in the sentence of a bare "DPR" ("Senat"): the DPR is that state's lower house
    foreign_chambers: str = "foreign_chambers.txt"
    # foreign words joining a name's head to a place inside it ("Coupe de France"): the whole is the name, not the place
    inner_place_joiners: str = "inner_place_joiners.txt"
    # greeting words that open no person's name and kin nouns that stand between two people's (``person_spans``)
    name_breaks: str = "name_breaks.tsv"
    # words that open a national side's name ("Timnas Jepang"): a bare country beside one reads as a side (linking)
    national_team_heads: str = "national_team_heads.txt"
    # a sport's or a gender's word between a side's head and its country ("Timnas Putri Jepang")
    side_qualifiers: str = "side_qualifiers.txt"
    # a formal state's name's opening word ("Republik") or a state's form ("RI"): a country so named is no side
    state_name_forms: str = "state_name_forms.txt"
    # countries and Indonesia's provinces also from pycountry's Indonesian names
    pycountry: bool = True

    @classmethod
    def of(cls, config: Mapping[str, Any]) -> LexiconFiles:
        """From a component's ``files`` config (lists as tuples)."""
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in config.items()}
        return cls(**values)

    def as_config(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}


def _split_aliases(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(a.strip() for a in row[2].split("|")) if len(row) > 2 else ()


def _with_regencies(entries: tuple[GazetteerEntry, ...], files: LexiconFiles) -> tuple[GazetteerEntry, ...]:
    """The gazetteer's entries and the regencies and cities of two words or more it lacks ("Aceh Singkil",
    "Deli Serdang"), as places; one-word ones ("Bangkalan") the model and the heads already find."""
    if not files.regencies:
        return entries
    known = {name_key(n) for e in entries for n in (e.name, *e.aliases)}
    kinds: dict[str, set[str]] = defaultdict(set)
    for row in table(files.lang, files.regencies):
        if row and " " in row[0].strip() and name_key(row[0]) not in known:
            kinds[row[0].strip()].add(row[1] if len(row) > 1 else "")
    # with its head, the same place ("Kabupaten Raja Ampat" is Raja Ampat), unless a city and a regency share the name
    heads = {"regency": "Kabupaten", "city": "Kota"}
    return entries + tuple(
        GazetteerEntry(name, "LOC", tuple(f"{heads[kind]} {name}" for kind in found if len(found) == 1 and kind in heads))
        for name, found in kinds.items()
    )


def _gazetteer_entry(row: tuple[str, ...]) -> GazetteerEntry:
    return GazetteerEntry(row[0], row[1], tuple(a for a in _split_aliases(row) if a))


def _team_nickname(row: tuple[str, ...]) -> TeamNickname:
    names = tuple(a.strip() for a in row[3].split("|") if a.strip()) if len(row) > 3 else ()
    return TeamNickname(row[0], row[1], row[2], names)


def _country_entries(files: LexiconFiles) -> list[GazetteerEntry]:
    """Countries (pycountry's, overridden and extended by the countries file) and Indonesia's provinces, as the shared
    reader ``lang.countries`` gives them."""
    return [GazetteerEntry(name, "LOC", aliases) for name, aliases in country_forms(files.lang, files.countries, files.pycountry)]


# the third column of name_heads.tsv for a place's head ("optional", "unless-known", "if-known")
_PLACE_HEAD_FLAGS = ("optional", "unless-known", "if-known")


def _head_flags(row: tuple[str, ...]) -> tuple[str, ...]:
    """The flags of a row of name_heads.tsv: its third column, comma-separated ("optional,firm")."""
    return tuple(flag.strip() for flag in row[2].split(",")) if len(row) > 2 else ()


@dataclass
class EntityLexicon:
    """The language data of the entity components, as read from their files, and what is derived from it."""

    countries: tuple[GazetteerEntry, ...]
    others: tuple[GazetteerEntry, ...]  # the gazetteer file's entries
    title_words: frozenset[str]
    title_names: frozenset[str]  # lower case: titles that are also given names ("Raja Juli Antoni")
    portfolio_titles: frozenset[str]
    event_heads: frozenset[str]
    name_heads: dict[str, str]  # head word(s) -> type, in file order
    optional_heads: dict[str, str]  # lower-case head a place's name may drop -> "optional", "unless-known" or "if-known"
    whole_heads: frozenset[str]  # heads whose names are never split before a person's name ("PT Mulia Raymond Perkasa")
    calendar_words: frozenset[str]
    connectors: frozenset[str]
    common_words: frozenset[str]
    org_place_words: frozenset[str]
    not_entities: frozenset[str]  # as written; ``not_entity_keys`` folded
    place_prepositions: dict[str, str]  # preposition -> "any" or "apposition" (``context_types.place_contexts``)
    list_joiners: frozenset[str]
    team_nicknames: tuple[TeamNickname, ...] = ()
    model_typed_heads: frozenset[str] = frozenset()  # heads of both kinds of name: the model's type stands
    # place heads that are never a given name ("Stadion", "Katedral"): their type stands over a person's reading
    firm_heads: frozenset[str] = frozenset()
    # lower-case heads written before a place's name without being part of it ("kawasan Pondok Aren")
    apart_heads: frozenset[str] = frozenset()
    name_tails: dict[str, str] = field(default_factory=dict)  # lower-case last word -> type (``LexiconFiles.name_tails``)
    # tails of ``name_tails`` that never join the name written before them (an account's "Channel", "Official")
    unjoined_tails: frozenset[str] = frozenset()
    venue_openers: frozenset[str] = frozenset()  # lower case (``LexiconFiles.venue_openers``)
    address_words: frozenset[str] = frozenset()  # lower case (``LexiconFiles.address_words``)
    media: tuple[GazetteerEntry, ...] = ()  # news organisations, matched only as written
    ambiguous_media: frozenset[str] = frozenset()
    generic_names: frozenset[str] = frozenset()
    common_given_names: frozenset[str] = frozenset()  # lower case
    given_names: frozenset[str] = frozenset()  # lower case (``LexiconFiles.given_names``)
    ordinary_words: frozenset[str] = frozenset()  # lower case: see ``LexiconFiles.word_frequencies``
    english_words: frozenset[str] = frozenset()  # lower case: words the English reference counts (``_words_english_writes``)
    # lower case: words news writes in lower case far more often than capitalised inside a sentence
    # ("sundulan", "kejelian", "winger"): capitalised, they open a sentence, not a name (``_opener_words``)
    opener_words: frozenset[str] = frozenset()
    class_acronyms: frozenset[str] = frozenset()  # lower case
    code_nouns: frozenset[str] = frozenset()  # lower case
    language_nouns: frozenset[str] = frozenset()  # lower case
    culture_nouns: frozenset[str] = frozenset()  # lower case
    venue_words: frozenset[str] = frozenset()  # lower case
    korean_family_names: frozenset[str] = frozenset()  # as written
    degrees: frozenset[str] = frozenset()  # as written, with their dots
    honorific_suffixes: frozenset[str] = frozenset()  # lower case, several words joined by one space
    title_departments: frozenset[str] = frozenset()  # lower case
    product_makers: frozenset[str] = frozenset()  # lower case
    network_prefixes: frozenset[str] = frozenset()  # lower case
    work_cues: frozenset[str] = frozenset()  # lower case, words joined by one space
    regulation_words: frozenset[str] = frozenset()  # lower case (``LexiconFiles.regulation_words``)
    regulation_title_joiners: frozenset[str] = frozenset()  # lower case
    regulation_gap_words: frozenset[str] = frozenset()  # lower case
    amount_units: frozenset[str] = frozenset()  # lower case (``LexiconFiles.amount_units``)
    event_phrases: frozenset[str] = frozenset()  # lower case, words joined by one space
    racing_series: frozenset[str] = frozenset()  # lower case (``LexiconFiles.racing_series``)
    region_place_heads: frozenset[str] = frozenset()  # lower case (``LexiconFiles.region_place_heads``)
    work_cue_holders: frozenset[str] = frozenset()  # lower case
    regency_keys: frozenset[str] = frozenset()  # folded names of Indonesia's regencies and cities, one word or more
    product_models: frozenset[str] = frozenset()  # lower case
    vehicle_models: frozenset[str] = frozenset()  # lower case, words joined by one space
    model_openers: frozenset[str] = frozenset()  # lower case, words joined by one space (``model_words.tsv``)
    model_trims: frozenset[str] = frozenset()  # lower case (``model_words.tsv``)
    model_firms: frozenset[str] = frozenset()  # lower case (``model_words.tsv``)
    model_namesakes: frozenset[str] = frozenset()  # lower case (``model_words.tsv``)
    accident_words: frozenset[str] = frozenset()  # lower case, words joined by one space (``event_triggers.tsv``)
    ranks: frozenset[str] = frozenset()  # lower case, words joined by one space
    rank_corps: frozenset[str] = frozenset()  # lower case: words after a rank that belong to it ("Kolonel Laut")
    unit_head_titles: frozenset[str] = frozenset()  # lower case (``LexiconFiles.unit_head_titles``)
    region_offices: frozenset[str] = frozenset()  # lower case, words joined by one space
    region_units: frozenset[str] = frozenset()  # lower case, words joined by one space
    club_words: frozenset[str] = frozenset()  # as written
    tournament_words: frozenset[str] = frozenset()  # lower case
    company_suffixes: frozenset[str] = frozenset()  # lower case
    document_names: frozenset[str] = frozenset()  # lower case (``LexiconFiles.document_names``)
    document_openers: frozenset[str] = frozenset()  # lower case
    departure_verbs: frozenset[str] = frozenset()  # lower case
    initial_cues: frozenset[str] = frozenset()  # lower case
    initial_role_nouns: frozenset[str] = frozenset()  # lower case (``initial_role_nouns.txt``)
    portfolio_affixes: frozenset[str] = frozenset()  # "prefix suffix", lower case
    national_bodies: frozenset[str] = frozenset()  # gazetteer names (``LexiconFiles.national_bodies``)
    # the gazetteer names of the countries they are of, and of Indonesia's places no other list knows as Indonesia's
    national_homes: frozenset[str] = frozenset()
    bare_national_bodies: frozenset[str] = frozenset()  # those another state's bare short form may name ("DPR")
    local_acronyms: frozenset[str] = frozenset()  # as written (``LexiconFiles.local_acronyms``)
    local_acronym_cues: frozenset[str] = frozenset()  # "ACRONYM cue words", as written
    village_heads: frozenset[str] = frozenset()  # lower case, words joined by one space
    continent_names: frozenset[str] = frozenset()  # as written, with the head: "Benua Amerika"
    continent_cues: frozenset[str] = frozenset()  # as written (``continent_cues.txt``)
    club_prefixes: frozenset[str] = frozenset()  # as written (``club_prefixes.txt``)
    club_acronyms: frozenset[str] = frozenset()  # as written (``club_acronyms.txt``)
    plate_regions: frozenset[str] = frozenset()  # as written (``plate_regions.txt``)
    joined_state_heads: frozenset[str] = frozenset()  # as written (``joined_state_heads.txt``)
    foreign_chambers: frozenset[str] = frozenset()  # as written (``foreign_chambers.txt``)
    inner_place_joiners: frozenset[str] = frozenset()  # as written (``inner_place_joiners.txt``)
    name_greetings: frozenset[str] = frozenset()  # lower case, words joined by one space (``name_breaks.tsv``)
    name_pious_words: frozenset[str] = frozenset()  # lower case, one word each (``name_breaks.tsv``)
    name_kin_words: frozenset[str] = frozenset()  # lower case (``name_breaks.tsv``)
    name_kin_keeps: frozenset[str] = frozenset()  # "kin next", lower case: a kin word that opens a title ("anak agung")
    national_team_heads: frozenset[str] = frozenset()  # as written (``national_team_heads.txt``)
    side_qualifiers: frozenset[str] = frozenset()  # lower case (``side_qualifiers.txt``)
    state_name_forms: frozenset[str] = frozenset()  # as written (``state_name_forms.txt``)
    # heads that open a name only capitalised (name_heads.tsv's "capital"): "pasar Bitcoin" is a market, no place
    capital_heads: frozenset[str] = frozenset()

    entries: tuple[GazetteerEntry, ...] = field(init=False)
    alias_index: dict[str, GazetteerEntry] = field(init=False)
    titles: tuple[tuple[str, ...], ...] = field(init=False)
    titles_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(init=False)
    title_set: frozenset[tuple[str, ...]] = field(init=False)
    lower_heads: frozenset[str] = field(init=False)
    lower_head_types: dict[str, str] = field(init=False)
    head_first_words: frozenset[str] = field(init=False)
    not_entity_keys: frozenset[str] = field(init=False)
    generic_keys: frozenset[str] = field(init=False)
    acronym_keys: frozenset[str] = field(init=False)  # keys the gazetteer knows only as an acronym ("as" of "AS")
    # folded multi-word names with an acronym in them -> the name as written ("di yogyakarta" -> "DI Yogyakarta")
    acronym_forms: dict[str, str] = field(init=False)
    country_names: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.entries = (*self.countries, *self.others, *self.media)
        self.alias_index = _alias_index(self.entries)
        # longest first, so "Menteri Pertahanan" wins over "Menteri"
        self.titles = tuple(sorted({tuple(t.lower().split()) for t in self.title_words}, key=lambda t: (-len(t), t)))
        by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for title in self.titles:
            by_first[title[0]].append(title)
        self.titles_by_first = {k: tuple(v) for k, v in by_first.items()}
        self.title_set = frozenset(self.titles)
        self.lower_heads = frozenset(h.lower() for h in self.name_heads)
        self.lower_head_types = {h.lower(): t for h, t in self.name_heads.items() if h not in self.capital_heads}
        firsts = {h.split()[0] for h in self.name_heads}
        self.head_first_words = frozenset(firsts | {w.lower() for w in firsts})
        self.not_entity_keys = frozenset(name_key(w) for w in self.not_entities)
        self.generic_keys = frozenset(name_key(w) for w in self.generic_names)
        self.acronym_keys = _acronym_keys(self.entries)
        self.acronym_forms = {
            name_key(form): form
            for e in self.entries
            for form in (e.name, *e.aliases)
            if " " in form and any(len(w) > 1 and is_acronym(w) for w in form.split())
        }
        self.country_names = frozenset(n for e in self.countries for n in (e.name, *e.aliases))

    @classmethod
    def from_files(cls, files: LexiconFiles) -> EntityLexicon:
        lang = files.lang
        # the optional files (a lexicon built for a test may leave them out) give empty sets
        frequencies = table(lang, files.word_frequencies) if files.word_frequencies else []
        return cls(
            countries=tuple(_country_entries(files)),
            others=_with_regencies(tuple(_gazetteer_entry(row) for row in table(lang, files.gazetteer)), files),
            title_words=word_list(lang, files.titles) | _kind_of_table(lang, files.ranks, "rank"),
            title_names=lower_word_list(lang, files.title_names),
            portfolio_titles=lower_word_list(lang, files.portfolio_titles),
            event_heads=lower_word_list(lang, files.event_heads),
            calendar_words=frozenset(row[0] for name in files.calendar for row in table(lang, name)),
            connectors=word_list(lang, files.connectors),
            common_words=lower_word_list(lang, files.common_words),
            org_place_words=lower_word_list(lang, files.org_place_words),
            not_entities=word_list(lang, files.not_entities),
            place_prepositions={row[0]: row[1] for row in table(lang, files.place_prepositions)},
            list_joiners=word_list(lang, files.list_joiners),
            team_nicknames=tuple(_team_nickname(row) for row in table(lang, files.team_nicknames)),
            media=_media(files),
            ambiguous_media=word_list(lang, files.ambiguous_media),
            generic_names=word_list(lang, files.generic_names),
            common_given_names=_optional_lower_words(lang, files.common_given_names),
            given_names=_optional_lower_words(lang, files.given_names),
            ordinary_words=_ordinary_words(frequencies),
            class_acronyms=_optional_lower_words(lang, files.class_acronyms),
            code_nouns=lower_word_list(lang, files.code_nouns),
            language_nouns=_optional_lower_words(lang, files.language_nouns),
            culture_nouns=_optional_lower_words(lang, files.culture_nouns),
            venue_words=_optional_lower_words(lang, files.venue_words),
            korean_family_names=word_list(lang, files.korean_family_names),
            degrees=word_list(lang, files.degrees),
            network_prefixes=_optional_lower_words(lang, files.network_prefixes),
            regency_keys=_regency_keys(lang, files.regencies),
            ranks=_kind_of_table(lang, files.ranks, "rank"),
            rank_corps=_kind_of_table(lang, files.ranks, "corps"),
            unit_head_titles=_optional_lower_words(lang, files.unit_head_titles),
            region_offices=_kind_of_table(lang, files.region_titles, "office"),
            region_units=_kind_of_table(lang, files.region_titles, "unit"),
            club_words=word_list(lang, files.club_words),
            tournament_words=_optional_lower_words(lang, files.tournament_words),
            **_company_word_fields(files, frequencies),
            venue_openers=_optional_lower_words(lang, files.venue_openers),
            departure_verbs=_optional_lower_words(lang, files.departure_verbs),
            initial_cues=_optional_lower_words(lang, files.initial_cues),
            portfolio_affixes=_affixes(lang, files.portfolio_affixes),
            opener_words=_opener_words(frequencies),
            village_heads=_optional_lower_words(lang, files.village_heads),
            continent_names=_optional_words(lang, files.continent_names),
            continent_cues=_optional_words(lang, files.continent_cues),
            club_prefixes=_optional_words(lang, files.club_prefixes),
            club_acronyms=_optional_words(lang, files.club_acronyms),
            plate_regions=_optional_words(lang, files.plate_regions),
            joined_state_heads=_optional_words(lang, files.joined_state_heads),
            foreign_chambers=_optional_words(lang, files.foreign_chambers),
            inner_place_joiners=_optional_words(lang, files.inner_place_joiners),
            **_name_head_fields(files),
            **_national_body_fields(files),
            **_break_and_side_words(files),
            **_product_fields(files),
        )

    def to_json(self) -> dict[str, Any]:
        """The data as JSON (sets sorted), for ``from_json``."""

        def entries(items: Iterable[GazetteerEntry]) -> list[list[Any]]:
            return [[e.name, e.type, list(e.aliases)] for e in items]

        return {
            "countries": entries(self.countries),
            "others": entries(self.others),
            "media": entries(self.media),
            "name_heads": [[k, v] for k, v in self.name_heads.items()],
            "optional_heads": [[k, v] for k, v in self.optional_heads.items()],
            "place_prepositions": [[k, v] for k, v in self.place_prepositions.items()],
            "name_tails": [[k, v] for k, v in self.name_tails.items()],
            "team_nicknames": [[t.nickname, t.team, t.country, list(t.team_names)] for t in self.team_nicknames],
            **{name: sorted(getattr(self, name)) for name in _WORD_SETS},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EntityLexicon:
        def entries(rows: Iterable[list[Any]]) -> tuple[GazetteerEntry, ...]:
            return tuple(GazetteerEntry(name, typ, tuple(aliases)) for name, typ, aliases in rows)

        return cls(
            countries=entries(data["countries"]),
            others=entries(data["others"]),
            media=entries(data.get("media", [])),
            name_heads={k: v for k, v in data["name_heads"]},
            optional_heads={k: v for k, v in data["optional_heads"]},
            place_prepositions={k: v for k, v in data.get("place_prepositions", [])},
            name_tails={k: v for k, v in data.get("name_tails", [])},
            team_nicknames=tuple(TeamNickname(n, t, c, tuple(a)) for n, t, c, a in data.get("team_nicknames", [])),
            **{name: frozenset(data.get(name, ())) for name in _WORD_SETS},
        )

    # -- questions about words and tokens

    def known(self, text: str) -> GazetteerEntry | None:
        """The gazetteer entry a name as written is, if any: an acronym only when written as one."""
        key = name_key(text)
        if key in self.acronym_keys and not is_acronym(text):
            return None
        form = self.acronym_forms.get(key)
        if form is not None and not _acronyms_as_written(text, form):
            # "di Yogyakarta" (in Yogyakarta) is no "DI Yogyakarta" (the province): an acronym only in capitals
            return None
        return self.alias_index.get(key)

    def title_at(self, doc: Doc, i: int) -> int:
        """Length in tokens of the title starting at token i (0 if none)."""
        lowers = token_lowers(doc)
        for title in self.titles_by_first.get(lowers[i], ()):
            n = len(title)
            if tuple(lowers[i : i + n]) == title:
                return n
        return 0

    def rank_at(self, doc: Doc, i: int) -> int:
        """Length in tokens of the rank starting at token i (0 if none): the longest, "Marsekal Pertama" over "Marsekal",
        with the corps after it ("Kolonel Laut")."""
        lowers = token_lowers(doc)
        for n in (3, 2, 1):
            if i + n <= len(lowers) and " ".join(lowers[i : i + n]) in self.ranks:
                while i + n < len(lowers) and lowers[i + n] in self.rank_corps:
                    n += 1
                return n
        return 0

    def region_title_before(self, doc: Doc, i: int, units_only: bool = False) -> bool:
        """Whether an office ("Kapolsek", "Wali Kota") or a unit ("Polres") named with its region ends right before
        token i; with ``units_only``, a unit."""
        titles = self.region_units if units_only else self.region_units | self.region_offices
        lowers = token_lowers(doc)
        return any(i - n >= 0 and " ".join(lowers[i - n : i]) in titles for n in (1, 2, 3))

    def given_name_at(self, doc: Doc, i: int) -> bool:
        """Whether the title word at token i opens a person's name (two person's words follow): "Raja Juli Antoni"."""
        return (
            doc[i].lower_ in self.title_names
            and i + 2 < len(doc)
            and all(self.person_word(t.text) for t in doc[i + 1 : i + 3])
        )

    def head_at(self, doc: Doc, i: int, lower: bool = False) -> tuple[str, int]:
        """(type, length) of a name head word at token i, ("", 0) if none; lower-case heads only when ``lower``."""
        heads = self.name_heads
        lower_heads = self.lower_head_types if lower else None
        texts = token_texts(doc)
        first = texts[i]
        if first not in heads and first.lower() not in (lower_heads or ()) and first not in self.head_first_words:
            return "", 0
        for k in (2, 1):
            if i + k > len(texts):
                continue
            words = " ".join(texts[i : i + k])
            if words in heads:
                return heads[words], k
            if lower_heads is not None and words.islower() and words in lower_heads:
                return lower_heads[words], k
        return "", 0

    def honorific(self, words: Span) -> bool:
        """Whether the words are a religious honorific written after a name (``honorific_suffixes``: "SAW", "Shallallahu
        Alaihi Wasallam"); read at either end of the honorific (``name_scans``, ``gazetteer``)."""
        return words.text.lower() in self.honorific_suffixes

    def portfolio_word(self, text: str) -> bool:
        """A capitalised word of a portfolio's shape (``portfolio_affixes``: "Perindustrian", "Ketenagakerjaan"), eight letters or more."""
        low = text.lower()
        return (
            len(text) >= 8
            and text[:1].isupper()
            and text[1:].islower()
            and any(low.startswith(pre) and low.endswith(suf) for pre, suf in (a.split() for a in self.portfolio_affixes))
        )

    def name_word(self, text: str) -> bool:
        """A capitalised uncommon word that is no head, title or gazetteer name."""
        low = text.lower()
        return (
            capitalised(text)
            and all(c.isalpha() or c in "-'’." for c in text)
            and low not in self.common_words
            and low not in self.lower_heads
            and (low,) not in self.title_set
            and name_key(text) not in self.alias_index
        )

    def known_place(self, text: str) -> bool:
        """Whether a name is a place the gazetteer or the list of Indonesia's regencies and cities knows, as written or
        folded: an article's steps ask it with either, and a folded acronym ("ntb") is the place as well."""
        key = name_key(text)
        entry = self.alias_index.get(key)
        return (entry is not None and entry.type == "LOC") or key in self.regency_keys

    def ordinary_word(self, text: str) -> bool:
        """A word news writes in lower case at least as often as capitalised inside a sentence, or a common word."""
        low = text.lower()
        return low in self.common_words or low in self.ordinary_words

    def network_edition(self, span: Span) -> bool:
        """A news network's edition named by the network and a region: "Tribun Bali", "TribunJabar",
        "Tribunjateng", "Tribun-Medan" (``network_prefixes``); the network's bare name is not one."""
        first = span[0].text.lower()
        for prefix in self.network_prefixes:
            if first == prefix:
                return len(span) == 2 and capitalised(span[1].text)
            rest = first[len(prefix) :].lstrip("-")
            if len(span) == 1 and first.startswith(prefix) and rest.isalpha() and len(rest) > 2:
                return True
        return False

    def product_at(self, doc: Doc, i: int) -> bool:
        """Token i is a maker's name and the next one a model's ("Toyota Alphard", "BYD M6", "Suzuki XL7"): a
        product's name, no organisation's. A model is known (``product_models``) or written as letters run into
        digits; the maker's own bodies ("Toyota Indonesia", "Honda HRC") have no model after the maker."""
        if i + 1 >= len(doc) or doc[i].lower_ not in self.product_makers:
            return False
        model = doc[i + 1].text
        return model.lower() in self.product_models or bool(_MODEL_CODE.fullmatch(model))

    def product_name(self, span: Span) -> tuple[bool, int]:
        """Whether the whole span names a product, and the length of the maker's name opening it (0 if none): a
        model's opener and a maker as they come, then a model (a known one, ``product_models``; after an opener or a
        maker also a vehicle's model, ``vehicle_models``, or letters run into digits), then only the words a model's
        name goes on with (``model_trims``), numbers, codes and models: "Fortuner", "iPhone 16 Pro Max", "New
        Carry", "All New Palisade Hybrid", "Honda Beat Street", "Suzuki Burgman Street 125 EX". A model word before
        other words is left ("Galaxy Digital", a firm); so is a vehicle's model alone ("Jupiter", a planet), and a
        model also a person's or a place's name alone where the article names no maker (``_namesake_alone``)."""
        if self._namesake_alone(span):
            return False, 0
        words = [t.lower_ for t in span]
        openers = sorted((o.split() for o in self.model_openers), key=len, reverse=True)
        opener = next((len(o) for o in openers if words[: len(o)] == o), 0)
        maker = 1 if opener < len(words) and words[opener] in self.product_makers else 0
        length = self._model_length(span, opener + maker, bool(opener or maker))
        if not length:
            return False, 0
        rest = span[opener + maker + length :]
        named = all(
            t.lower_ in self.model_trims or t.lower_ in self.product_models or t.like_num or _MODEL_CODE.fullmatch(t.text)
            for t in rest
        )
        return named, maker if named and not opener else 0

    def _namesake_alone(self, span: Span) -> bool:
        """The span is a model's word that also names people or places (``model_words.tsv``, namesake) and nothing
        else, in a text that names no maker (``product_makers``): the girl "Ayla", the town "Kona", no car's model
        (a report on cars names their makers: "Toyota ... Avanza, Ayla")."""
        if len(span) != 1 or span[0].lower_ not in self.model_namesakes:
            return False
        return not any(t.lower_ in self.product_makers for t in span.doc)

    def _model_length(self, span: Span, i: int, led: bool) -> int:
        """The length of the model's name at the span's token i: one known word (``product_models``); led by an
        opener or a maker also a vehicle's model of up to three words (``vehicle_models``) or a code ("XL7"); 0 if none."""
        words = [t.lower_ for t in span[i:]]
        if not words:
            return 0
        if words[0] in self.product_models:
            return 1
        if not led:
            return 0
        if words[0] in self.model_firms:
            return 0  # "Mitsubishi Fuso": the maker's firm
        vehicle = next((k for k in (3, 2, 1) if " ".join(words[:k]) in self.vehicle_models), 0)
        return vehicle or (1 if _MODEL_CODE.fullmatch(span[i].text) else 0)

    def person_word(self, text: str) -> bool:
        """A word that can be part of a person's name: uncommon, capitalised, not an
        acronym ("WNI", "BI"), not an organisation or place word."""
        return self.name_word(text) and not (len(text) > 1 and text.isupper()) and text.lower() not in self.org_place_words

    def non_person_acronym(self, text: str) -> bool:
        """An acronym the data knows as no person's name: the short form of a known organisation or
        place ("BI", "KPK" in the gazetteer, a head such as "KBRI", a news organisation's), or a common
        noun written in capitals ("WNI", "ASN": ``not_entities``)."""
        if not is_acronym(text):
            return False
        key = name_key(text)
        entry = self.alias_index.get(key)
        return (entry is not None and entry.type != "PER") or self.name_heads.get(text, "PER") != "PER" or key in self.not_entity_keys

    def looks_like_person(self, span: Span) -> bool:
        return all(self.person_word(t.text) for t in span)

    def before_person(self, doc: Doc, first: int, end: int) -> int:
        """Where an organisation name ends when a person's name runs on after it
        ("Dewan Keamanan Nasional Adrienne Watson"): before a final run of two or
        more uncommon capitalised words, if common words came first."""
        k = end
        while k > first and self.person_word(doc[k - 1].text):
            k -= 1
        # after a connector the words still belong to the name: "Kementerian Energi dan Sumber Daya Mineral"
        if end - k >= 2 and k > first and not any(t.lower_ in self.connectors for t in doc[first:k]):
            return k
        return end


_WORD_SETS = (
    "whole_heads",
    "generic_names",
    "common_given_names",
    "given_names",
    "title_words",
    "title_names",
    "portfolio_titles",
    "event_heads",
    "calendar_words",
    "connectors",
    "common_words",
    "org_place_words",
    "not_entities",
    "list_joiners",
    "ambiguous_media",
    "model_typed_heads",
    "firm_heads",
    "apart_heads",
    "ordinary_words",
    "opener_words",
    "class_acronyms",
    "code_nouns",
    "language_nouns",
    "culture_nouns",
    "venue_words",
    "korean_family_names",
    "degrees",
    "honorific_suffixes",
    "title_departments",
    "product_makers",
    "network_prefixes",
    "work_cues",
    "regulation_words",
    "regulation_title_joiners",
    "regulation_gap_words",
    "amount_units",
    "event_phrases",
    "racing_series",
    "region_place_heads",
    "work_cue_holders",
    "regency_keys",
    "product_models",
    "vehicle_models",
    "model_openers",
    "model_trims",
    "model_firms",
    "model_namesakes",
    "accident_words",
    "ranks",
    "rank_corps",
    "unit_head_titles",
    "region_offices",
    "region_units",
    "club_words",
    "tournament_words",
    "company_suffixes",
    "unjoined_tails",
    "venue_openers",
    "address_words",
    "departure_verbs",
    "initial_cues",
    "initial_role_nouns",
    "portfolio_affixes",
    "national_bodies",
    "national_homes",
    "bare_national_bodies",
    "local_acronyms",
    "local_acronym_cues",
    "village_heads",
    "continent_names",
    "continent_cues",
    "club_prefixes",
    "club_acronyms",
    "plate_regions",
    "joined_state_heads",
    "foreign_chambers",
    "inner_place_joiners",
    "capital_heads",
    "name_greetings",
    "name_pious_words",
    "name_kin_words",
    "name_kin_keeps",
    "national_team_heads",
    "side_qualifiers",
    "state_name_forms",
)


# a model written as a code: letters run into digits ("M6", "XL7", "LM350", "GR86", "S25"), not a year or a count
_MODEL_CODE = re.compile(r"[A-Za-z]{1,3}\d{1,4}[A-Za-z]{0,2}")

# the fewest lower-case occurrences that make a word's counts tell (word_frequencies.tsv)
_MIN_ORDINARY_COUNT = 5


def _acronyms_as_written(text: str, form: str) -> bool:
    """Whether a text writes in capitals every word a known name writes as an acronym."""
    words, known = text.split(), form.split()
    return len(words) != len(known) or all(w.isupper() for w, k in zip(words, known, strict=True) if len(k) > 1 and is_acronym(k))


def _heads_flagged(heads: Iterable[tuple[str, ...]], flag: str) -> frozenset[str]:
    """The head words of name_heads.tsv's rows that carry a flag ("whole", "firm", ...), as written."""
    return frozenset(row[0] for row in heads if flag in _head_flags(row))


def _regency_keys(lang: str, name: str) -> frozenset[str]:
    """The folded names of the regencies and cities (``regencies.tsv``); none where no file is named."""
    return frozenset(name_key(row[0]) for row in table(lang, name) if row) if name else frozenset()


def _media(files: LexiconFiles) -> tuple[GazetteerEntry, ...]:
    """The news organisations as the gazetteer's entries, their channels and networks apart (``media_entries``)."""
    lang = files.lang
    parts = _column(lang, files.media_parts, 0) if files.media_parts else frozenset()
    return media_entries(news_organisations(files.news_organisations, lang), word_list(lang, files.media_name_suffixes), parts)


def _name_head_fields(files: LexiconFiles) -> dict[str, Any]:
    """The name heads ("Universitas", "Kabupaten") with the flags of ``name_heads.tsv``, and the name tails."""
    lang, heads = files.lang, table(files.lang, files.name_heads)
    return {
        "name_heads": {row[0]: row[1] for row in heads},
        "optional_heads": {row[0].lower(): flag for row in heads for flag in _head_flags(row) if flag in _PLACE_HEAD_FLAGS},
        "whole_heads": _heads_flagged(heads, "whole"),
        "model_typed_heads": _heads_flagged(heads, "model"),
        "firm_heads": _heads_flagged(heads, "firm"),
        "capital_heads": _heads_flagged(heads, "capital"),
        "apart_heads": frozenset(head.lower() for head in _heads_flagged(heads, "apart")),
        "name_tails": {row[0].lower(): row[1] for row in table(lang, files.name_tails)} if files.name_tails else {},
        "unjoined_tails": frozenset(row[0].lower() for row in table(lang, files.name_tails) if row[2:3] == ("own",))
        if files.name_tails
        else frozenset(),
    }


def _national_body_fields(files: LexiconFiles) -> dict[str, Any]:
    """A state's bodies and the homes they name ("BPOM AS"), and the local acronyms with their cues."""
    lang = files.lang
    return {
        "national_bodies": _column(lang, files.national_bodies, 0),
        "national_homes": _column(lang, files.national_bodies, 1) | _optional_words(lang, files.home_places),
        "bare_national_bodies": frozenset(row[0] for row in table(lang, files.national_bodies) if row[2:3] == ("bare",)),
        "local_acronyms": _column(lang, files.local_acronyms, 0),
        "local_acronym_cues": _local_acronym_cues(lang, files.local_acronyms),
    }


def _break_and_side_words(files: LexiconFiles) -> dict[str, Any]:
    """The words no person's name holds (``name_breaks.tsv``, and the title's words around it: ``_title_edge_words``),
    the forms of address (``address_words.txt``), the role nouns initials follow, and the words that tell a national
    side from its country."""
    lang = files.lang
    return {
        "name_greetings": _name_breaks(lang, files.name_breaks, "greeting"),
        "name_pious_words": _name_breaks(lang, files.name_breaks, "pious"),
        "name_kin_words": _name_breaks(lang, files.name_breaks, "kin"),
        "name_kin_keeps": _name_kin_keeps(lang, files.name_breaks),
        "address_words": _optional_lower_words(lang, files.address_words),
        "national_team_heads": _optional_words(lang, files.national_team_heads),
        "side_qualifiers": _optional_lower_words(lang, files.side_qualifiers),
        "state_name_forms": _optional_words(lang, files.state_name_forms),
        "initial_role_nouns": _optional_lower_words(lang, files.initial_role_nouns),
        **_title_edge_words(files),
    }


def _title_edge_words(files: LexiconFiles) -> dict[str, Any]:
    """The words around a person's name that belong to a title, not the name: the honorifics after it
    (``honorific_suffixes``) and the department an English post names before it (``title_departments``)."""
    lang = files.lang
    return {
        "honorific_suffixes": _optional_lower_words(lang, files.honorific_suffixes),
        "title_departments": _optional_lower_words(lang, files.title_departments),
    }


def _name_breaks(lang: str, name: str, kind: str) -> frozenset[str]:
    """The phrases of ``name_breaks.tsv`` of one kind ("greeting", "kin"), lower case; none where no file is named."""
    rows = table(lang, name) if name else ()
    return frozenset(" ".join(row[0].lower().split()) for row in rows if len(row) > 1 and row[1] == kind)


def _name_kin_keeps(lang: str, name: str) -> frozenset[str]:
    """The "kin next" of each kin word of ``name_breaks.tsv`` and a word after it that keeps it in a name ("anak agung")."""
    rows = table(lang, name) if name else ()
    pairs = ((row[0].lower(), after.strip().lower()) for row in rows if len(row) > 2 for after in row[2].split("|"))
    return frozenset(f"{kin} {after}" for kin, after in pairs if after)


def _column(lang: str, name: str, column: int) -> frozenset[str]:
    """One column of a table, as written; none where no file is named."""
    return frozenset(row[column].strip() for row in table(lang, name) if len(row) > column) if name else frozenset()


def _local_acronym_cues(lang: str, name: str) -> frozenset[str]:
    """``local_acronyms.tsv`` as "ACRONYM cue" strings, one per cue ("DPRK Aceh", "DPRK Nagan Raya")."""
    rows = table(lang, name) if name else []
    return frozenset(f"{row[0].strip()} {cue.strip()}" for row in rows if len(row) > 1 for cue in row[1].split("|") if cue.strip())


def local_cues(lex: EntityLexicon, acronym: str) -> list[str]:
    """The words whose presence in an article makes a local acronym its province's body (``local_acronyms.tsv``)."""
    return sorted(cue[len(acronym) + 1 :] for cue in lex.local_acronym_cues if cue.startswith(acronym + " "))


def _optional_words(lang: str, name: str) -> frozenset[str]:
    """A word list (as written) a lexicon may go without: none named, none read."""
    return word_list(lang, name) if name else frozenset()


def _company_word_fields(files: LexiconFiles, frequencies: Iterable[tuple[str, ...]]) -> dict[str, Any]:
    """The words around a company's name: its legal form, the letters a name may also be, English words."""
    lang = files.lang
    return {
        "company_suffixes": _optional_lower_words(lang, files.company_suffixes),
        "document_names": _optional_lower_words(lang, files.document_names),
        "document_openers": _optional_lower_words(lang, files.document_openers),
        "english_words": _words_english_writes(frequencies),
    }


def _product_fields(files: LexiconFiles) -> dict[str, Any]:
    """The words that tell a product's name (``EntityLexicon.product_name``), a sentence that reports a crash and a
    work's title (``work_titles``)."""
    lang = files.lang
    return {
        "product_makers": _optional_lower_words(lang, files.product_makers),
        "product_models": _optional_lower_words(lang, files.product_models),
        "vehicle_models": _optional_lower_words(lang, files.vehicle_models),
        "model_openers": _model_words(lang, files.model_words, "opener"),
        "model_trims": _model_words(lang, files.model_words, "trim"),
        "model_firms": _model_words(lang, files.model_words, "firm"),
        "model_namesakes": _model_words(lang, files.model_words, "namesake"),
        "accident_words": _trigger_forms(lang, files.event_triggers, "ACCIDENT"),
        # the words naming a work before its title, and those making such a word an occupation's
        "work_cues": _optional_lower_words(lang, files.work_cues),
        "regulation_words": _optional_lower_words(lang, files.regulation_words),
        "regulation_title_joiners": _optional_lower_words(lang, files.regulation_title_joiners),
        "regulation_gap_words": _optional_lower_words(lang, files.regulation_gap_words),
        "amount_units": _optional_lower_words(lang, files.amount_units),
        "event_phrases": _optional_lower_words(lang, files.event_phrases),
        "racing_series": _optional_lower_words(lang, files.racing_series),
        "region_place_heads": _optional_lower_words(lang, files.region_place_heads),
        "work_cue_holders": _optional_lower_words(lang, files.work_cue_holders),
    }


def _trigger_forms(lang: str, name: str, kind: str) -> frozenset[str]:
    """The forms of the triggers of one event type in ``event_triggers.tsv``, lower case; none where no file is named."""
    rows = table(lang, name) if name else ()
    return frozenset(" ".join(form.lower().split()) for row in rows if len(row) > 1 and row[1] == kind for form in row[0].split("|"))


def _model_words(lang: str, name: str, kind: str) -> frozenset[str]:
    """The words of ``model_words.tsv`` of one kind ("opener", "trim"), lower case; none where no file is named."""
    rows = table(lang, name) if name else ()
    return frozenset(" ".join(row[0].lower().split()) for row in rows if len(row) > 1 and row[1] == kind)


def _optional_lower_words(lang: str, name: str) -> frozenset[str]:
    """A word list (lower case) a lexicon may go without: none named, none read."""
    return lower_word_list(lang, name) if name else frozenset()


def _affixes(lang: str, name: str) -> frozenset[str]:
    """The rows of a table of a prefix and a suffix, each as "prefix suffix" in lower case; none where no file is named."""
    return frozenset(" ".join(row[:2]).lower() for row in table(lang, name)) if name else frozenset()


def _kind_of_table(lang: str, name: str, kind: str) -> frozenset[str]:
    """The words of a table of words and their kinds (``ranks.tsv``, ``region_titles.tsv``) of one kind, lower case."""
    return frozenset(row[0].lower() for row in table(lang, name) if len(row) > 1 and row[1] == kind) if name else frozenset()


def _ordinary_words(rows: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """Words (lower case) written in lower case at least as often as capitalised inside a sentence."""
    return written_small(rows, _MIN_ORDINARY_COUNT, ties=True)


def _words_english_writes(rows: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """Words (lower case) an English reference text writes (the seventh column of word_frequencies.tsv)."""
    return frozenset(row[0] for row in rows if len(row) > 6 and row[6].isdigit() and int(row[6]) > 0)


# an opener word: seen in lower case at least this often, and this many times as often as capitalised inside a sentence
_MIN_OPENER_COUNT = 3
_OPENER_RATIO = 3


def _opener_words(rows: Iterable[tuple[str, ...]]) -> frozenset[str]:
    """Words (lower case) written in lower case far more often than capitalised inside a sentence: a given
    name that is also a word ("Puji", "Bibit": often capitalised inside sentences) is not one."""
    out = set()
    for row in rows:
        if len(row) > 2 and row[1].isdigit() and row[2].isdigit():
            lower, capitalised_inside = int(row[1]), int(row[2])
            if lower >= _MIN_OPENER_COUNT and lower >= _OPENER_RATIO * capitalised_inside:
                out.add(row[0])
    return frozenset(out)


def _letters(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def media_entries(
    organisations: Iterable[tuple[str, tuple[str, ...]]], suffixes: Iterable[str], parts: Collection[str] = ()
) -> tuple[GazetteerEntry, ...]:
    """The news organisations as entities: an organisation with the aliases that spell its own name
    ("detikcom", "detik.com", "Antaranews"); a channel or edition ("detikSport", "Sky Sport Italia",
    "Yahoo Finance") an entity of its own, so that two channels of one brand are never one entity; so is
    an alias ``parts`` names a network or a channel ("Tribun", the network Tribunnews.com belongs to;
    "detikNews", a channel that spells detik's name and a suffix). (The citations read the whole list: a
    channel cites its organisation.)"""
    ends = ("", *sorted({_letters(s) for s in suffixes}))
    out: list[GazetteerEntry] = []
    for name, aliases in organisations:
        own = {_letters(name) + end for end in ends}
        brand = _letters(name.split()[0]) if name.split() else ""
        # a channel goes on from the brand ("detik" + "Sport"); a full name or a translation ("Kantor
        # Berita Pusat Korea Utara" of KCNA) is another name of the organisation itself
        channels = [a for a in aliases if a in parts or (_letters(a) not in own and brand and _letters(a).startswith(brand))]
        out.append(GazetteerEntry(name, "ORG", tuple(a for a in aliases if a not in channels)))
        out.extend(GazetteerEntry(a, "ORG", ()) for a in channels)
    return tuple(out)


def _acronym_keys(entries: Iterable[GazetteerEntry]) -> frozenset[str]:
    """Folded forms every gazetteer form of which is an acronym: "As" (a Spanish paper, a club's "AS Roma")
    is not "AS" (Amerika Serikat)."""
    forms: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        for form in (entry.name, *entry.aliases):
            forms[name_key(form)].append(form)
    return frozenset(key for key, written in forms.items() if key and all(is_acronym(f) for f in written))


def _alias_index(entries: Iterable[GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """Folded name or alias -> entry. An alias two entries share is left out, as ambiguous."""
    index: dict[str, GazetteerEntry] = {}
    clash: set[str] = set()
    for entry in entries:
        for form in (entry.name, *entry.aliases):
            key = name_key(form)
            if not key:
                continue
            if key in index and index[key].name != entry.name:
                clash.add(key)
            index.setdefault(key, entry)
    for key in clash:
        del index[key]
    return index


@lru_cache(maxsize=8)
def load_lexicon(files: LexiconFiles) -> EntityLexicon:
    """The lexicon the files hold; memoised, as both entity components (and every pipeline built) read the same."""
    return EntityLexicon.from_files(files)


@functools.cache
def default_lexicon() -> EntityLexicon:
    """The package's lexicon, for what links entities outside a pipeline (across articles, the stories, the events'
    parties). Memoised itself, not only through ``load_lexicon``: building the key (a dataclass of some sixty file
    names) and hashing it costs tens of microseconds a call, more than many lookups it serves."""
    return load_lexicon(LexiconFiles())


@functools.cache
def province_names() -> frozenset[str]:
    """Indonesia's provinces as pycountry names them ("Jawa Barat"), which ``country_names`` holds beside the countries."""
    return frozenset(provinces())


@functools.cache
def country_names() -> frozenset[str]:
    """Every name and alias of a country (and of Indonesia's provinces), as written; memoised, as the events
    component asks for it at every name an article holds."""
    return default_lexicon().country_names


# ---------------------------------------------------------------- components' shared part


class LexiconComponent(SavedData):
    """A component whose data is an ``EntityLexicon`` (loaded from ``cfg["files"]`` when first needed,
    or restored by ``from_disk``) and its settings ``cfg``."""

    def __init__(self, nlp: Language, name: str, cfg: dict[str, Any]):
        self.nlp = nlp
        self.name = name
        self.cfg = cfg
        self._lexicon: EntityLexicon | None = None

    @property
    def lexicon(self) -> EntityLexicon:
        if self._lexicon is None:
            self.set_lexicon(load_lexicon(LexiconFiles.of(self.cfg["files"])))
        assert self._lexicon is not None
        return self._lexicon

    def set_lexicon(self, lexicon: EntityLexicon) -> None:
        self._lexicon = lexicon

    def _data(self) -> dict[str, Any]:
        return {"cfg": self.cfg, "lexicon": self.lexicon.to_json()}

    def _restore(self, data: dict[str, Any]) -> None:
        # the settings first: a subclass's ``set_lexicon`` may read them
        if "cfg" in data:
            self.cfg = data["cfg"]
        if "lexicon" in data:
            self.set_lexicon(EntityLexicon.from_json(data["lexicon"]))


# the ``files`` config of both entity components' factories
DEFAULT_FILES = LexiconFiles().as_config()
