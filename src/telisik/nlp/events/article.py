"""An article as the event rules read it: its words, sentences and mentions (with the prepositions and
titles that place them), its triggers, and its clauses with their subjects."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from functools import cache, cached_property, lru_cache
from itertools import accumulate, compress, count, islice
from typing import Any

from spacy.tokens import Doc

from telisik.lang import lower_word_list, person_titles
from telisik.nlp.doc import doc_text
from telisik.nlp.events.facts import (
    Clause,
    Found,
    Mention,
    QuoteSpan,
    cited_spans,
    dated_timexes,
    entity_mentions,
    get_field,
    published_day,
    quote_spans,
    sentence_spans,
)
from telisik.nlp.events.lexicon import SHARED, TOKEN, Lexicon, Trigger
from telisik.nlp.events.settings import Settings
from telisik.nlp.timex.lexicon import read_number
from telisik.pages.dateline import find_dateline

# the tokens (``TOKEN``) and what lies between them, in turn: ``re.split`` returns the text before the first token, then
# each token (the group) and the text after it. Every character ``TOKEN`` leaves out is a space
_TOKEN_SPLIT = re.compile(f"({TOKEN.pattern})")
_SPACE_GAP = re.compile(r"^[ \t]+$")
_MODIFIER_GAP = re.compile(r"^[\s,()]{0,4}$")
_DATELINE_GAP = re.compile(r"^\s*(?:[-–—]|,\s*[\w-]+\.(?:com|co\.id|co|id|net)\b)")  # "JAKARTA -", "JAKARTA, KOMPAS.com -"
_DIGITS_BEFORE = re.compile(r"(?<![\w.,/:-])(\d{1,3}(?:\.\d{3})+|\d+)\s*$")  # not "ke-27", "2,5", "2024/2025"
_SCALED_BEFORE = re.compile(r"(?<![\w.,/:-])(\d+(?:,\d+)?)\s+(\w+)\s*$")  # "30 ribu"
_OPENERS = "\"'“‘( "  # what may stand before a sentence's first word: quote marks, a bracket, spaces
_LINE_BREAK = re.compile(r"\n")
_PARAGRAPH_START = re.compile(r"^(?=\S)", re.MULTILINE)
_DATELINE_PARAGRAPHS = 3  # the opening paragraphs a dateline may open (a lead repeated by the scrape included)
_DATELINE_REACH = 60  # characters from a paragraph's start a dateline's dash stands within ("REPUBLIKA.CO.ID, BATANG --")
_OWNER_GAP = re.compile(r"^[ (]{0,2}$")
_ACCOUNT_REACH = 5  # tokens from a name back to its word of accounts ("akun Facebook @Damarwulan Damar")
_MEDIUM_REACH = 6  # tokens from a platform's name back to its word of media ("di Media Sosial (Medsos) Facebook")
_BRACKET_GAP = re.compile(r"^\s*\(\s*$")
_RANK_GAP = re.compile(r"^\s+(?:[A-Za-z]+\.?\s+){1,3}$")  # "Kapolda Riau Irjen Herry Heryawan": ranks between a title's place and the name
# "Kapolsek Kabila, Iptu Ferron Baiku", "Kapolres Sumba Barat Daya, Ajun Komisaris Besar Polisi (AKBP) Harianto": a
# comma, then ranks or titles (a bracketed short form among them) between a title's place and the holder's name
_COMMA_RANK_GAP = re.compile(r"^\s*,\s+(?:\(?[A-Za-z]+\.?\)?\s+){1,6}$")
_TITLE_BEFORE_REACH = 2  # words before a place or body, past a bracketed short form, within which its title stands


@cache
def _country_names() -> frozenset[str]:
    """The names of the countries (``entities.lexicon.country_names``), imported when first asked."""
    from telisik.nlp.entities.lexicon import country_names

    return country_names()


@cache
def _travel_words() -> frozenset[str]:
    return lower_word_list("id", "travel_words.txt")


@cache
def _media_heads() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(endings, openings) of the names of news media (``media_heads.txt``: "News Agency", "Kantor Berita ...")."""
    heads = lower_word_list("id", "media_heads.txt")
    return (
        tuple(sorted(" " + h for h in heads if not h.endswith("..."))),
        tuple(sorted(h.removesuffix("...").strip() + " " for h in heads if h.endswith("..."))),
    )


# the most words between a verb of saying and "kepada" (its speaker's name), or between "kepada" and whom it names
# ("kepada surat kabar Maariv")
_TOLD_TO_REACH = 3
# the most words before a name the cue of ``_account``, ``_medium``, ``_taken_from`` or ``_told_to`` stands within
_CUE_REACH = max(_ACCOUNT_REACH, _MEDIUM_REACH, _TOLD_TO_REACH + 1, 2)


# a road's lower-case words, then a town and a hyphen, right before a name ("jalan tol Jakarta-" of "Cikampek")
_ROAD_LINK_TAIL = re.compile(r"(?:^|\s)([a-z]+(?: [a-z]+)?) [A-Z][\w.]*-$")
_ROAD_LINK_SPAN = 40


@cache
def _medium_nouns() -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """The common nouns of news media as word tuples (``medium_nouns.txt``), grouped by their length in words."""
    return _by_length(lower_word_list("id", "medium_nouns.txt"))


@cache
def _road_words() -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """The lower-case words of a road before the towns it links, as word tuples (``road_link_words.txt``), grouped by
    their length in words (as ``_medium_nouns``)."""
    return _by_length(lower_word_list("id", "road_link_words.txt"))


@cache
def _medium_noun_ends() -> frozenset[str]:
    """The last words of the common nouns of news media: a name after any other word follows none of them."""
    return frozenset(p[-1] for _, group in _medium_nouns() for p in group if p)


def _by_length(phrases: Iterable[str]) -> tuple[tuple[int, frozenset[tuple[str, ...]]], ...]:
    """Phrases as word tuples grouped by their length in words: the words before a name are then looked up once per
    length, not compared with every phrase."""
    by_length: dict[int, set[tuple[str, ...]]] = {}
    for p in phrases:
        words = tuple(p.split())
        by_length.setdefault(len(words), set()).add(words)
    return tuple((n, frozenset(group)) for n, group in sorted(by_length.items()))


@cache
def _title_heads() -> frozenset[str]:
    """The words a title's place or body follows (lower case): those of titles and ranks (``_title_words``), the short
    titles of a unit's head ("kasat", "kasubdit", ``unit_head_titles.txt``) and a body's head words ("polda",
    ``org_fragment_heads.txt``)."""
    return _title_words() | lower_word_list("id", "unit_head_titles.txt") | _body_heads()


@cache
def _body_heads() -> frozenset[str]:
    """Lower-case words of a body before a place's name that is a fragment of the body's (``org_fragment_heads.txt``)."""
    return lower_word_list("id", "org_fragment_heads.txt")


@cache
def _prefixes(words: frozenset[str]) -> tuple[str, ...]:
    """The words as a tuple for ``str.startswith``."""
    return tuple(sorted(words))


@lru_cache(maxsize=4096)  # every mention asks, and an article names the same few people again and again
def _medium_by_name(name: str) -> bool:
    """Whether the name is that of a news medium by its form ("Ilhas News Agency", "Kantor Berita Antara")."""
    endings, openings = _media_heads()
    low = " " + " ".join(name.lower().split())
    return low.endswith(endings) or low[1:].startswith(openings)


@cache
def _title_words() -> frozenset[str]:
    """The words of the titles and ranks that stand before a name (``titles.txt``: "Irjen", "Kombes", "Pol", "dr.")."""
    return frozenset(w.rstrip(".") for title in person_titles("id") for w in title.split())


def _rank_gap(gap: str) -> bool:
    """Whether the text between a place or body and a person's name is ranks or titles only ("Polda Metro Jaya
    Kombes Pol Ade Ary", "Kapolda Riau Irjen Herry"): the place or body is part of the person's title."""
    words = _title_words()
    return _RANK_GAP.match(gap) is not None and all(w.rstrip(".").lower() in words for w in gap.split())


def _comma_rank_gap(gap: str) -> bool:
    """Whether the text between a place or body and a person's name is a comma, then ranks or titles only, a bracketed
    short form among them ("Kapolsek Kabila, Iptu Ferron Baiku", "Sumba Barat Daya, Ajun Komisaris Besar Polisi (AKBP)
    Harianto"): with a title before the place (``ArticleFacts._titled``) the place is part of the person's title."""
    words = _title_words()
    return _COMMA_RANK_GAP.match(gap) is not None and all(w.strip(",().").lower() in words for w in gap.split() if w != ",")


# how many words before a trigger its not_near words are looked for ("Pertempuran gerilya telah meletus"); with the
# flag ``far``, up to the punctuation before it within more words ("Bentrokan antara warga dan aparat kembali meletus")
_NEAR = 3
_FAR = 8
_NAME_WORDS = 4  # capitalised words of a name a "next=" condition looks past (trigger flag past_name)
# "#angka" among a trigger's not_next words stands for any number or ordinal after it ("peringatan 75 tahun", "ke-80")
NUMBER = "#angka"
_NUMBER_WORD = re.compile(r"(?:ke-)?\d")

_COMMA_GAP = re.compile(r"^\s*,\s*$")
_DASH_GAP = re.compile(r"^\s*[-–—]\s*$")
_ADDRESS_GOES_ON = re.compile(r"^\s*(?:,|\(|pada\b)")  # a place followed by the next part of its address, or its date


_TITLE_OPENERS = frozenset({"tentang"})  # the word opening a regulation's title after its number
_LAW_REACH = 8  # tokens at most from a regulation's head word or "Nomor" to the "tentang" of its title
_TITLE_REACH = 12  # tokens at most from a word of a regulation's title back to its "tentang"
_SOURCE_REACH = 6  # words at most between a word of citing and the source's name ("menurut laporan dari layanan penyelamatan")
_YEAR = re.compile(r"(?:19|20)\d{2}")  # the year a regulation's number ends with
_QUOTES = frozenset("\"'“”‘’")
_ALTERNATIVE_GAP = re.compile(r"^[\s\"'“”‘’]*\b(?:atau|alias)\b[\s\"'“”‘’]*$")  # "X" atau "Y": two names of one thing


@cache
def _occasion_words() -> frozenset[str]:
    """The words that make the name after them an occasion's (``occasion_words.txt``: "acara", "ajang")."""
    return lower_word_list("id", "occasion_words.txt")


@cache
def _exclamations() -> frozenset[str]:
    """The exclamations a sentence may open with (``event_exclamations.txt``: "innalillahi", "alhamdulillah")."""
    return lower_word_list("id", "event_exclamations.txt")


@cache
def _standing_words() -> frozenset[str]:
    """Words after which a noun for people is the standing someone holds ("masih berstatus saksi", ``standing_words.txt``)."""
    return lower_word_list("id", "standing_words.txt")


@cache
def _citing_source_nouns() -> frozenset[str]:
    """The lower-case words between a word of citing and the source it cites ("menurut laporan dari layanan
    penyelamatan Magen David Adom", ``citing_source_nouns.txt``)."""
    return lower_word_list("id", "citing_source_nouns.txt")


@cache
def _title_field_words() -> frozenset[str]:
    """The words of a field a regulation's title goes on with after "di" ("... di Bidang Pertambangan",
    ``title_field_words.txt``)."""
    return lower_word_list("id", "title_field_words.txt")


@cache
def _area_prefixes() -> tuple[str, ...]:
    """The prefixes glued to a place's name that make it an area spanned (``area_prefixes.txt``: "se-Indonesia")."""
    return tuple(lower_word_list("id", "area_prefixes.txt"))


@cache
def _resident_nouns() -> frozenset[str]:
    """The nouns of people living somewhere (``resident_nouns.txt``: "warga", "penduduk")."""
    return lower_word_list("id", "resident_nouns.txt")


# roles of the words a place right after describes ("dollar Amerika Serikat", "Pemuda Argentina", "bahasa Inggris"): no party
_DESCRIBING = ("currency", "nationality", "language")


def _lead_starts(text: str) -> list[int]:
    """Where the story starts after a dateline opening a paragraph ("REPUBLIKA.CO.ID, BATANG -- Sopir truk mogok ...",
    "JAKARTA, KOMPAS.com - Warga ..."): its first word opens the lead as a sentence would, so "Sopir" is the common
    noun, not a word of a name. Only the opening paragraphs carry one (a scraped lead may be repeated once), and one
    whose opening characters hold no dash has none (no search)."""
    out = []
    for m in islice(_PARAGRAPH_START.finditer(text), _DATELINE_PARAGRAPHS):
        head = text[m.start() : m.start() + _DATELINE_REACH]
        if "-" not in head and "\u2013" not in head and "\u2014" not in head:
            continue
        end = text.find("\n", m.start())  # the paragraph's end: the next one's words are no part of its dateline
        found = find_dateline(text[m.start() : min(len(text) if end < 0 else end, m.start() + _DATELINE_REACH * 4)])
        if found is not None:
            out.append(m.start() + found.body_start)
    return out


def _party_cues_of(lex: Lexicon) -> frozenset[str]:
    """``ArticleFacts._party_cues`` of a lexicon: the words of accounts, of media and of addressees, and "dari"."""
    roles = lex.roles
    return frozenset({"dari"}).union(*(roles.get(r, frozenset()) for r in ("account", "medium", "addressee")))


def _prepositions_of(lex: Lexicon) -> frozenset[str]:
    """``ArticleFacts._prepositions`` of a lexicon: the prepositions of place, direction and source."""
    roles = lex.roles
    return frozenset().union(*(roles.get(r, frozenset()) for r in ("place", "destination", "source")))


def _describing_words_of(lex: Lexicon) -> frozenset[str]:
    """``ArticleFacts._describing_words`` of a lexicon."""
    roles = lex.roles
    kinds = (
        *("except", "except_party", "topic", *_DESCRIBING, "outlet_nationality", "name_part", "law_title", "route"),
        *("citizenship", "standing"),
    )
    return frozenset().union(*(roles.get(r, frozenset()) for r in kinds))


def _addressee_stops_of(lex: Lexicon) -> frozenset[str]:
    """``ArticleFacts._addressee_stops`` of a lexicon: the words of an addressee and the prepositions."""
    return lex.roles.get("addressee", frozenset()) | lex.derived("prepositions", _prepositions_of)


def _citing_prefixes_of(lex: Lexicon) -> tuple[str, ...]:
    """``ArticleFacts._citing_prefixes`` of a lexicon: the citing words as a tuple for ``str.startswith``."""
    return _prefixes(lex.roles.get("citing", frozenset()))


class ArticleFacts:
    """One document's text, tokens and facts, read for the event rules (``EventRules`` adds the rules)."""

    def __init__(self, doc: Doc, lex: Lexicon, cfg: Settings):
        self.lex, self.cfg = lex, cfg
        self.text = text = doc_text(doc)
        # the token lists are the largest built per article, and Python-level loops over every token cost more than
        # the rest of building the facts: the text is split into the runs of space between tokens and the tokens
        # (``_TOKEN_SPLIT`` keeps them), so that a token starts where the lengths of all the pieces before it add up to
        parts = _TOKEN_SPLIT.split(text)
        self.raw: list[str] = parts[1::2]
        self.low = list(map(str.lower, self.raw))
        # where each piece ends: a token's start is the end of the space before it, its end (``ends``) its own end
        self._bounds = list(accumulate(map(len, parts)))
        self.starts: list[int] = self._bounds[:-1:2]
        ext = doc._  # spaCy makes a new accessor at every ``doc._``
        self.title = str(ext.title or "")  # the headline, where the caller gave one
        # the facts below the rules of only some articles read (the sentences' word starts, the dates, the quotes, the
        # clause boundaries, ...) are read from the doc when a rule first asks (the cached properties after
        # ``__init__``): most articles' triggers are turned down first. The doc does not change while its events are found.
        self._doc = doc
        self._entities = ext.entities or []
        self.last_of_type: dict[str, Found] = {}
        self.remention_type: dict[int, str] = {}
        self.trigger_at: list[tuple[int, int, str]] = []  # (start, end, type) of every trigger, set by the rules
        self.trigger_tokens: frozenset[int] = frozenset()  # the first token of every trigger, set by the rules
        self.speaker_cache: dict[str, list[str]] = {}

    # the facts below are read when a rule first asks: an article with no trigger (some two in five) needs only its
    # tokens and, where a trigger's word stands, the mentions' spans (``find_triggers``)

    @cached_property
    def sents(self) -> list[tuple[int, int]]:
        """(start, end) of each sentence (``sentence_spans``)."""
        return sentence_spans(self._doc, self.text)

    @cached_property
    def sent_starts(self) -> list[int]:
        return [s for s, _ in self.sents]

    @cached_property
    def _unplaced(self) -> list[Mention]:
        """The entity mentions in text order, not yet placed (``mentions`` places them)."""
        return entity_mentions(self._entities)

    @cached_property
    def mention_starts(self) -> list[int]:
        return [m.start for m in self._unplaced]

    @cached_property
    def mention_ends(self) -> list[int]:
        return [m.end for m in self._unplaced]

    @cached_property
    def mention_reach(self) -> list[int]:
        """For each mention, the furthest end of it and the mentions before it: no mention up to the ``i``-th covers a
        text position past ``mention_reach[i]``."""
        return list(accumulate(self.mention_ends, max))

    @cached_property
    def sport_at(self) -> list[int]:
        """Where each sports word starts, but in an idiom of everyday speech ("dihajar hingga babak belur": "babak belur",
        beaten black and blue)."""
        roles, low = self.lex.roles, self.low
        sport, idiom = roles.get("sport", frozenset()), roles.get("sport_idiom", frozenset())
        # most words are no sports word, and most articles have none: one C-level set test before the pass that finds them
        sporting = compress(count(), map(sport.__contains__, low)) if not sport.isdisjoint(low) else ()
        return [self.starts[k] for k in sporting if not (k + 1 < len(low) and low[k + 1] in idiom)]

    @cached_property
    def sporty(self) -> bool:
        """Whether the article is sports reporting: ``sport_words`` sports words at least."""
        return len(self.sport_at) >= self.cfg.sport_words

    @cached_property
    def ends(self) -> list[int]:
        """Where each token ends: the end of its piece of the text (``__init__``)."""
        return self._bounds[1::2]

    @cached_property
    def sent_start_set(self) -> set[int]:
        """Where a sentence's first word starts: a sentence opening with a quote mark opens its first word after it
        ('"Pelaku sudah kita amankan," kata ...'), and a lead opens after its dateline (``_lead_starts``)."""
        text = self.text
        out = set(self.sent_starts) | {s + len(text[s:e]) - len(text[s:e].lstrip(_OPENERS)) for s, e in self.sents}
        out.update(_lead_starts(text))
        return out

    @cached_property
    def line_starts(self) -> list[int]:
        return [0] + [m.end() for m in _LINE_BREAK.finditer(self.text)]

    @cached_property
    def published(self) -> str:
        return published_day(self._doc, self.cfg)

    @cached_property
    def quotes(self) -> list[QuoteSpan]:
        return quote_spans(self._doc)

    @cached_property
    def timexes(self) -> list[tuple[int, int, str | None]]:
        return dated_timexes(self._doc)

    @cached_property
    def timex_starts(self) -> list[int]:
        return [t[0] for t in self.timexes]

    @cached_property
    def entity_names(self) -> dict[Any, Any]:
        """Entity id -> its name."""
        return {get_field(e, "id"): get_field(e, "name") for e in self._entities}

    @cached_property
    def _cited(self) -> list[tuple[int, int]]:
        return cited_spans(self._doc)

    @cached_property
    def _boundary_roles(self) -> list[tuple[int, str]]:
        """For each token: (length, role) of the clause boundary starting there, (0, "") when none; filled only over the
        token ranges asked for (``roles_in``)."""
        return [(0, "")] * len(self.low)

    @cached_property
    def _roled_ranges(self) -> set[tuple[int, int]]:
        """The token ranges whose ``_boundary_roles`` are filled."""
        return set()

    @cached_property
    def _dated_starts(self) -> set[int]:
        """Where each date starts (``timex_starts``), for set tests."""
        return set(self.timex_starts)

    def roles_in(self, t0: int, t1: int) -> list[tuple[int, str]]:
        """For each token: (length, role) of the clause boundary starting there, right over tokens t0..t1 (the list
        holds every token, those of the ranges asked so far filled): only the scopes of triggers are cut into clauses,
        and most of an article's words stand in none."""
        if (t0, t1) not in self._roled_ranges:
            self._roled_ranges.add((t0, t1))
            self._token_roles(t0, t1)
        return self._boundary_roles

    # ---------------------------------------------------------------- facts

    def tok(self, pos: int) -> int:
        """The index of the token starting at or after ``pos``."""
        return bisect_left(self.starts, pos)

    @cached_property
    def mentions(self) -> list[Mention]:
        """The entity mentions in text order, with what their positions make of them (``_position``): a dateline, a
        modifier, a place after a preposition, ... . Their spans are ``mention_starts`` and ``mention_ends``."""
        return self._mentions(self._unplaced, self._cited)

    def _mentions(self, out: list[Mention], cited: list[tuple[int, int]]) -> list[Mention]:
        starts, prev = self.starts, None
        for m in out:
            m.token = bisect_left(starts, m.start)  # ``tok``, written out: every mention of the article asks
            self._position(m, prev, cited)
            prev = m
        for m, nxt in zip(out, out[1:], strict=False):
            # "dari Surabaya ke Yogyakarta": the start of a journey is no crash's place either
            if m.prep == "source" and nxt.journey and nxt.token - m.token <= self.cfg.window_journey:
                m.journey = True
        self._titles(out)
        return out

    def _position(self, m: Mention, prev: Mention | None, cited: list[tuple[int, int]]) -> None:
        """Whether ``m`` is a dateline or a cited medium, what the words and the name before it make of it, and the
        preposition that puts it somewhere."""
        m.skip = self._never_party(m, cited)
        gap = self.text[prev.end : m.start] if prev else ""
        if self._part_of_a_name(m):
            # "acara "Bogor Suka-Suka"", "Peraturan OJK Nomor 35/POJK.05/2015 tentang ... Perusahaan Modal Ventura": the
            # name of an occasion or a word of a regulation's number or title, no party
            m.modifier = True
        else:
            self._described(m)
        if self._residents_home(m) or self._area_spanned(m):
            # "penduduk kota Haifa", "warga Gaza": where the people live, not a party; "ojol se-Indonesia": the area they span
            m.prep = "place"
        if prev is not None:
            self._as_previous(m, prev, gap)
        if prev and prev.prep and self.lex.list_gap.match(gap):
            m.prep, m.scene = prev.prep, prev.scene  # "dari AS dan Tiongkok": one preposition for both
            return
        # a place right before another ("kota pelabuhan Rusia Vladivostok") names where the second lies
        lead = prev.token if prev and prev.type == "LOC" and m.type == "LOC" and _SPACE_GAP.match(gap) else m.token
        self._preposition(m, lead)
        if not m.prep and m.type == "LOC" and (self._address_before_weekday(m) or self._address(m)):
            m.prep = "place"  # "... (RDPU), Jakarta, Jumat (20/6/2025)", "Kelurahan Malabar": where it happened, not who took part

    def _reported_by(self, m: Mention, cited: list[tuple[int, int]]) -> bool:
        """Whether ``m`` is a dateline, the outlet reporting or a medium cited: no party to what is reported."""
        text, reach = self.text, self.cfg.dateline_reach
        # "Liputan6.com, Teheran - ...", "JAKARTA - ...": the dateline says where the report was filed
        # (the gap is read up to the outlet's name: "JAKARTA, KOMPAS.com -" is longer than a dash); each test
        # below is asked only when the ones before it fail, the cheapest first
        if m.start - (text.rfind("\n", 0, m.start) + 1) <= reach and _DATELINE_GAP.match(text[m.end : m.end + reach]):
            return True
        # "Pantauan detikcom di lokasi": the outlet reporting is no party to what it reports
        # "Rekaman dari Ilhas News Agency menunjukkan ...": a medium shows what happened, known or not by its form
        if m.name in self.lex.media or _medium_by_name(m.name) or (self._after_medium_noun(m) and not self._sentence_named_before(m)):
            return True
        return bool(cited) and any(cs <= m.start < ce for cs, ce in cited)

    def _after_medium_noun(self, m: Mention) -> bool:
        """Whether the name follows a common noun of news media, a capitalised country's word allowed between ("diunggah
        oleh surat kabar Israel Maariv", ``medium_nouns.txt``): the medium that carried what is told."""
        k, ends = m.token, _medium_noun_ends()
        for skip in (0, 1):
            end = k - skip
            # "surat kabar Israel Maariv" but not "wartawan surat kabar Kompas Budi Santoso": only a country between
            if skip and not (end > 0 and self.raw[end] in _country_names()):
                break
            # most names follow no medium noun's last word: one set lookup before the phrases of each length
            if end < 1 or self.low[end - 1] not in ends:
                continue
            if any(end >= n and tuple(self.low[end - n : end]) in nouns for n, nouns in _medium_nouns()):
                return True
        return False

    def _sentence_named_before(self, m: Mention) -> bool:
        """Whether the sentence of ``m`` names it before: "KPK menyatakan ..., dilansir dari laman KPK" cites the actor's
        own page, and the actor keeps its part."""
        s0 = self.sent_starts[max(0, bisect_right(self.sent_starts, m.start) - 1)]
        return any(o.name == m.name and s0 <= o.start < m.start for o in self._unplaced)

    def _taken_from(self, m: Mention) -> bool:
        """Whether the name follows "dari" after a word of watching or quoting ("Dilihat dari FYP Trans7, Mama Ida
        membenarkan ...", ``viewed`` in event_words.tsv): the medium the report was taken from, no party."""
        k = m.token
        return k >= 2 and self.low[k - 1] == "dari" and self.low[k - 2] in self.lex.roles.get("viewed", frozenset())

    def _told_to(self, m: Mention) -> bool:
        """Whether the name is whom words were said to ("kata Brik kepada Maariv", "ujarnya kepada media
        Maariv": role addressee after a verb of saying, role said): the medium that heard them, no party."""
        addressee = self.lex.roles.get("addressee", frozenset())
        if addressee.isdisjoint(self.low[max(1, m.token - _TOLD_TO_REACH - 1) : m.token]):
            return False  # the walk back below ends on "kepada" within _TOLD_TO_REACH + 1 words; most names have none there
        said = self.lex.roles.get("said", frozenset())
        k = m.token - 1
        while k > 0 and self.raw[k].islower() and self.low[k] not in self._addressee_stops and m.token - k <= _TOLD_TO_REACH:
            k -= 1  # "kepada media Maariv", "kepada surat kabar Maariv"; not "kepada wartawan di luar Gedung Putih"
        if k <= 0 or self.low[k] not in addressee:
            return False
        # the speaker, or a pronoun, between the verb and "kepada": "kata Brik kepada", "kata dia kepada", "ujarnya kepada"
        for j in range(k - 1, max(-1, k - 1 - _TOLD_TO_REACH), -1):
            if self.low[j] in said:
                return True
            if not self.raw[j].isalnum():
                return False
        return False

    def _no_name(self, m: Mention) -> bool:
        """Whether the entity stage's name is no one's: a number word opening a sentence ("Dua tersangka ...") or
        words opening with an exclamation ("Innalillahi wa inna ilaihi raji'un, ...", ``event_exclamations.txt``)."""
        words = m.name.lower().split()
        return bool(words) and (" ".join(words) in self.lex.numbers or words[0] in _exclamations())

    def _as_previous(self, m: Mention, prev: Mention, gap: str) -> None:
        """What the name before ``m`` makes of it: left out with the list it ends, or a modifier as it is."""
        if prev.left_out and (self._carried_list(prev, gap) or _BRACKET_GAP.match(gap)):
            # "kecuali PT Gag, PT X dan PT Y": the whole list is left out; "kecuali PT Gag Nikel (PT GN)": its short form too
            m.skip = m.left_out = True
        if prev.name == m.name and _BRACKET_GAP.match(gap):
            # "dollar Amerika Serikat (AS)", "di Pengadilan Negeri (PN) Jombang": the short form is what the name is
            m.modifier, m.prep, m.scene = m.modifier or prev.modifier, prev.prep, prev.scene
        if prev.type == "ORG" and m.type == "LOC" and " " not in m.name and _BRACKET_GAP.match(gap):
            # "mahasiswa Politeknik Negeri Jember (Polije)": the bracketed short form of an organisation names it again,
            # no place; its long form already takes whatever part it has (skipped, not a modifier: a modifier after a
            # name would make that name one too)
            m.type, m.skip, m.prep = "ORG", True, prev.prep
        if prev.modifier and _ALTERNATIVE_GAP.match(gap):
            m.modifier = True  # "acara "Bogor Suka-Suka" atau Bogor Surga Kulineran": another name of the same thing
        if prev.modifier and not prev.route and prev.type == m.type == "LOC" and self._joined(gap):
            # "menurut media berita Israel dan Rusia", "bahasa Inggris dan Arab": the list describes alike; not across a
            # bare comma ("Dikutip dari media Iran, Israel menyerang ...": the clause's subject)
            m.modifier = True
        if self._describes_as(prev, m, gap):
            m.modifier, m.route = True, prev.route

    def _joined(self, gap: str) -> bool:
        """Whether ``gap`` joins two names of a list by a word ("dan", "serta", a comma allowed before), not a bare comma."""
        return bool(self.lex.list_gap.match(gap)) and bool(gap.strip(" ,\n\t"))

    def _carried_list(self, prev: Mention, gap: str) -> bool:
        """Whether the name after the left-out ``prev`` across ``gap`` is of the same list: after "kecuali" a comma
        will do; after "di luar" (role except_party) a joining word is needed ("Di luar KPK, Kejaksaan Agung juga
        menahan ...": the main clause's subject)."""
        if not self.lex.list_gap.match(gap):
            return False
        k = prev.token - 1
        return self._joined(gap) or not (k >= 0 and self.low[k] in self.lex.roles.get("except_party", ()))

    def _describes_as(self, prev: Mention | None, m: Mention, gap: str) -> bool:
        """Whether place ``m`` describes as the place before it does: the next part of one address ("warga Kampung
        Gabus, Tambun Utara, Kabupaten Bekasi"), or the next end of one route ("rute Cengkareng, Labuan Bajo, dan
        Tambolaka", "rute Denpasar - Maumere"). A medium's country ends its phrase at a comma ("Dikutip dari media
        Iran, Israel menyerang ...", roles news_outlet and outlet_nationality)."""
        if not (prev and prev.modifier and prev.type == m.type == "LOC"):
            return False
        if prev.route:
            return bool(_COMMA_GAP.match(gap) or self.lex.list_gap.match(gap) or _DASH_GAP.match(gap))
        roles, k = self.lex.roles, prev.token - 1
        medium = k >= 0 and (self.low[k] in roles.get("news_outlet", ()) or self.low[k] in roles.get("outlet_nationality", ()))
        return bool(_COMMA_GAP.match(gap)) and not medium

    def _in_law_title(self, m: Mention) -> bool:
        """Whether the name is a part of a regulation's number ("35/POJK.05/2015") or of the title after its "tentang"
        ("Nomor 35/POJK.05/2015 tentang Penyelenggaraan Usaha Perusahaan Modal Ventura")."""
        if m.start > 0 and self.text[m.start - 1] == "/":
            return True
        if m.token <= self._first_title_opener:
            return False  # no "tentang" before the name, where the walk back below must end
        k, inner = m.token - 1, self.lex.roles.get("title_word", frozenset())
        # the capitalised words of the title before the name ("... Modal Ventura dan Perusahaan Modal Ventura Syariah"),
        # its small words ("Perizinan atau Perjanjian"), and "di" only before a field ("di Bidang Pertambangan"): "...
        # Kabupaten Tasikmalaya di Singaparna" ends the title before "di"
        while k >= 0 and (self._title_goes_on(k, inner) or self._field_after(k)):
            k -= 1
        return k >= 0 and self.low[k] in _TITLE_OPENERS and self._regulation_before(k)

    def _regulation_before(self, k: int) -> bool:
        """Whether the "tentang" at token ``k`` opens a regulation's title: a word of regulations or "Nomor" stands shortly
        before it, or the number it ends with, a year ("Kep/667/V/2025 tentang ...")."""
        law = self.lex.roles.get("law_title", frozenset())
        if k > 0 and _YEAR.fullmatch(self.low[k - 1]):
            return True
        return any(w in law or w == "nomor" for w in self.low[max(0, k - _LAW_REACH) : k])

    def in_law_title(self, i: int) -> bool:
        """Whether the capitalised trigger at token ``i`` is a word of a regulation's title, which names the regulation
        and tells no happening: "Surat Keputusan Panglima TNI Nomor Kep/667/V/2025 tentang Pemberhentian dari dan
        Pengangkatan dalam Jabatan", "Surat Pengumuman Nomor ... tentang Penutupan Wisata ..."."""
        if not self.raw[i][:1].isupper():
            return False
        inner = self.lex.roles.get("title_word", frozenset())
        for k in range(i - 1, max(-1, i - 1 - _TITLE_REACH), -1):
            w = self.low[k]
            if w in _TITLE_OPENERS:
                return self._regulation_before(k)
            if not (self.raw[k][:1].isupper() or w in self.lex.joiners or w in inner):
                return False
        return False

    def _title_goes_on(self, k: int, inner: frozenset[str]) -> bool:
        """Whether token ``k`` may be a word of a title before a name in it: capitalised, a joiner ("dan", "atau") or
        a small word of titles but "di" (role title_word: "Pemberhentian dari dan Pengangkatan dalam Jabatan")."""
        word = self.low[k]
        return self.raw[k][:1].isupper() or word in self.lex.joiners or (word in inner and word != "di")

    def _field_after(self, k: int) -> bool:
        """Whether token ``k`` is a "di" a capitalised word of a field follows ("tentang Perizinan atau Perjanjian di
        Bidang Pertambangan", ``title_field_words.txt``): inside a title, the title goes on; no place follows."""
        return self.low[k] == "di" and k + 1 < len(self.low) and self.raw[k + 1][:1].isupper() and self.low[k + 1] in _title_field_words()

    def _account(self, m: Mention) -> bool:
        """Whether the name is that of a social-media account, after a word of accounts and at most the platform's
        name and a handle ("diunggah akun Facebook @Damarwulan Damar"): who posted a video, no party of what it shows
        nor the "ia" told of after it."""
        accounts = self.lex.roles.get("account", frozenset())
        k = m.token - 1
        if k < 0 or accounts.isdisjoint(self.low[max(0, k + 1 - _ACCOUNT_REACH) : k + 1]):
            return False  # the walk back below ends on a word of accounts within _ACCOUNT_REACH words; most names have none
        return self._cue_before(m, accounts, _ACCOUNT_REACH, lambda i: self.raw[i] == "@" or self.raw[i][:1].isupper()) is not None

    def _cue_before(self, m: Mention, cues: frozenset[str], reach: int, passable: Callable[[int], bool]) -> int | None:
        """The token of the nearest cue word within ``reach`` tokens before the name, with only ``passable`` tokens
        between (a platform's name, a handle, brackets); None if another word comes first."""
        for k in range(m.token - 1, max(-1, m.token - 1 - reach), -1):
            if self.low[k] in cues:
                return k
            if not passable(k):
                return None
        return None

    def _never_party(self, m: Mention, cited: list[tuple[int, int]]) -> bool:
        """Whether the name is never a participant: a cited medium, an account or a platform posted on, a source taken
        from, whom something was told, or no name."""
        if self._reported_by(m, cited):
            return True
        # an account, a platform, a source or whom words were told to follows a cue word within ``_CUE_REACH`` words
        # (``_party_cues``): one set test rules the four tests out for most names
        if not self._party_cues.isdisjoint(self.low[max(0, m.token - _CUE_REACH) : m.token]) and (
            self._account(m) or self._medium(m) or self._taken_from(m) or self._told_to(m)
        ):
            return True
        no_name = self._no_names.get(m.name)
        if no_name is None:
            no_name = self._no_names[m.name] = self._no_name(m)  # a test of the name alone, asked again at each mention
        return no_name

    @cached_property
    def _party_cues(self) -> frozenset[str]:
        """The words one of which ``_account``, ``_medium``, ``_taken_from`` or ``_told_to`` needs within ``_CUE_REACH``
        words before a name: the words of accounts, of media and of addressees, and "dari"."""
        return self.lex.derived("party_cues", _party_cues_of)

    @cached_property
    def _no_names(self) -> dict[str, bool]:
        """``_no_name`` of each name asked so far."""
        return {}

    def _medium(self, m: Mention) -> bool:
        """Whether the name is a social platform told as where something was posted or said: a word of media before it,
        at most capitalised words, brackets and a word of former names between ("dalam grup WhatsApp", "unggahan di
        Instagram", "media sosial X (dulu Twitter)", ``event_words.tsv``), or a group's on a platform so named ("grup
        Whatsapp (WA) Kabar Warga"); the medium, no party of what was told there.
        Not a platform acting or acted on as a firm ("TikTok menutup operasinya", "pelarangan TikTok")."""
        platforms, roles = self.lex.roles.get("platform", frozenset()), self.lex.roles
        former = roles.get("alias", frozenset())
        k = self._cue_before(
            m, roles.get("medium", frozenset()), _MEDIUM_REACH,
            lambda i: self.raw[i][:1].isupper() or self.raw[i] in ("(", ")") or self.low[i] in former,
        )
        if k is None:
            return False
        # a platform's name, or a group's on one ("grup Whatsapp (WA) Kabar Warga"); not a name after a post on a
        # platform ("unggahan Instagram Kapolda Metro Jaya Irjen Karyoto": he may be who acts)
        on_platform = any(w in platforms for w in self.low[k + 1 : m.token])
        return self.low[m.token] in platforms or (on_platform and self.low[k] in roles.get("group", frozenset()))

    def _occasion_before(self, m: Mention) -> bool:
        """Whether a word of occasions stands right before the name, a quote mark allowed between ("acara "Bogor
        Suka-Suka""): the name is an occasion's, no party."""
        k = m.token - 1
        while k >= 0 and self.raw[k] in _QUOTES:
            k -= 1
        return k >= 0 and self.low[k] in _occasion_words()

    def _described(self, m: Mention) -> None:
        """Marks a name the word before it makes no party: the country of a currency ("dollar Amerika Serikat"),
        of a person ("Pemuda Argentina itu") or of a language ("bahasa Inggris"), a modifier; the source of what is
        told ("Menurut HRANA, ..."), a party only to a speech act; a name left out ("kecuali PT Gag") or talked about
        ("ditanya soal Khamenei"), no party at all. A scraper's glue ("MenurutHuman Rights ...") still shows the word."""
        k = m.token - 1
        if k < 0 or not self.raw[k][:1].isalpha():
            return
        word, roles = self.low[k], self.lex.roles
        if word not in self._describing_words:
            # none of the tests below but the last two can hold (``_describing_words``): most names follow a plain word
            self._route_or_source(m, k)
            return
        if word in roles.get("except", ()) or (word in roles.get("except_party", ()) and self._left_out_of(m, k)):
            m.skip = m.left_out = True  # "mencabut izin empat perusahaan, kecuali PT Gag": the one left out takes no part
        elif word in roles.get("topic", ()):
            m.skip = True  # "ketika ditanya soal Khamenei": what is asked about takes no part, nor is it "dia"
        elif m.type == "LOC" and self._describing_place(k):
            m.modifier = True
        elif m.type == "LOC" and word in roles.get("name_part", ()) and self.raw[k][:1].isupper():
            m.modifier = True  # "Kualifikasi Piala Dunia Zona Asia": the place is a word of a longer name, no party
        elif word in roles.get("law_title", ()):
            m.modifier = True  # "RUU TNI", "Peraturan OJK Nomor 10": the name is a word of a law's title, no party
        elif m.type == "LOC" and any(self.low[j] in roles.get("route", ()) for j in range(max(0, k - 1), k + 1)):
            m.modifier = m.route = True  # "rute (seperti) Cengkareng, ...": a route's ends, no party, not the place
        elif self._cited_before(k):
            m.said_at = True  # "Menurut HRANA", "menurut laporan Human Rights Activists News Agency"

    def _left_out_of(self, m: Mention, k: int) -> bool:
        """Whether the name after "di luar" (token ``k`` "luar") is left out: a person's or a company's (role
        company_form: "tiga perusahaan di luar PT Sinar Laut"), or any after "yang" ("empat IUP yang di luar PT Gag
        Nikel"), but a place's or a building's ("Gedung Putih", roles site and venue_head). A body is where, outside
        it ("berunjuk rasa di luar KPK")."""
        roles = self.lex.roles
        if m.type == "LOC" or any(self.low[m.token] in roles.get(r, ()) for r in ("site", "venue_head")):
            return False
        after_relative = k >= 2 and self.low[k - 2] in roles.get("relative", ())
        return m.type == "PER" or self.low[m.token] in roles.get("company_form", ()) or after_relative

    def _describing_place(self, k: int) -> bool:
        """Whether token ``k`` before a place makes it describe a thing or people: a word of currency, nationality or
        language, "berita" after a medium's word ("kantor berita Rusia", roles outlet_nationality and news_outlet; not
        "Setelah berita Israel menyerang"), or a word of citizenship (``_citizenship``)."""
        roles, word = self.lex.roles, self.low[k]
        if any(word in roles.get(role, ()) for role in _DESCRIBING):
            return True
        if word in roles.get("outlet_nationality", ()):
            return k > 0 and self.low[k - 1] in roles.get("news_outlet", ())
        return self._citizenship(k)

    def _route_or_source(self, m: Mention, k: int) -> None:
        """The last two tests of ``_described``, for a name after token ``k``, a word of none of its other roles (no
        route's word either): a route's end after a route's word and another word ("rute seperti Cengkareng"), or the
        source of what is told ("Menurut HRANA")."""
        if m.type == "LOC" and k > 0 and self.low[k - 1] in self.lex.roles.get("route", ()):
            m.modifier = m.route = True
        elif self._cited_before(k):
            m.said_at = True

    def _residents_home(self, m: Mention) -> bool:
        """Whether the place ``m``, no modifier, follows a noun of residents, or a lower-case word right after one
        ("penduduk kota Haifa", ``resident_nouns.txt``)."""
        k = m.token - 1
        if m.type != "LOC" or k < 0 or m.modifier or m.said_at or m.skip:
            return False
        residents = _resident_nouns()
        return self.low[k] in residents or (k > 0 and self.raw[k].islower() and self.low[k - 1] in residents)

    def _area_spanned(self, m: Mention) -> bool:
        """Whether the place ``m`` follows a prefix glued to it that makes it an area spanned ("ojol se-Indonesia",
        ``area_prefixes.txt``), the prefix opening its word."""
        if m.type != "LOC":
            return False
        before = self.text[max(0, m.start - 4) : m.start].lower()
        return any(before.endswith(p) and not before[: -len(p)][-1:].isalnum() for p in _area_prefixes())

    def _citizenship(self, k: int) -> bool:
        """Whether token ``k`` is "negara" or a word of standing after a nationality noun ("warga negara China", "tokoh
        penting Indonesia"): the place after it describes people."""
        roles, word = self.lex.roles, self.low[k]
        between = word in roles.get("citizenship", ()) or word in roles.get("standing", ())
        return k > 0 and between and self.low[k - 1] in roles.get("nationality", ())

    def plural_phrase(self, k: int) -> bool:
        """Whether token ``k`` opens a plural common noun phrase: a doubled noun ("negara-negara") or a word of many
        ("berbagai pihak", "sejumlah negara")."""
        word = self.low[k]
        half, dash, rest = word.partition("-")
        return (bool(dash) and half == rest and half.isalpha()) or word in self.lex.roles.get("many", ())

    @cached_property
    def _prepositions(self) -> frozenset[str]:
        """The prepositions of place, direction and source (``event_words.tsv``)."""
        return self.lex.derived("prepositions", _prepositions_of)

    @cached_property
    def _describing_words(self) -> frozenset[str]:
        """Every word ``_described`` tests the word before a name for, but the route words before it and the citing
        words: the roles except, except_party, topic, ``_DESCRIBING``, outlet_nationality, name_part, law_title and
        route, and those ``_citizenship`` needs at that word (citizenship, standing)."""
        return self.lex.derived("describing_words", _describing_words_of)

    @cached_property
    def _first_title_opener(self) -> int:
        """The first token opening a regulation's title ("tentang"; the number of tokens when none): ``_in_law_title``
        walks back to one, and most articles have none."""
        return min((self.low.index(w) for w in _TITLE_OPENERS if w in self.low), default=len(self.low))

    @cached_property
    def _addressee_stops(self) -> frozenset[str]:
        """The words of an addressee ("kepada") and the prepositions: ``_told_to`` reads back to one of them."""
        return self.lex.derived("addressee_stops", _addressee_stops_of)

    def _part_of_a_name(self, m: Mention) -> bool:
        """Whether the name is an occasion's, a word of a law's title, or a word of a road's or a body's name."""
        return self._occasion_before(m) or self._in_law_title(m) or self._name_fragment(m)

    def _name_fragment(self, m: Mention) -> bool:
        """Whether the name is a word of a road's or a body's name ("jalan raya Magelang-Wonosobo", "polsek lubuk
        Baja"): no party, nor where. A name of another type only where the article writes the body's whole name
        ("Polsek Lubuk Baja"): "polsek menangkap Budi" names who is held."""
        if m.type == "LOC" and self._road_link(m):
            return True
        head = self._body_head(m)
        if head is None:
            return False
        if m.type == "LOC":
            return True
        whole = re.escape(self.text[self.starts[head] : m.end])
        return any(w.group()[:1].isupper() for w in re.finditer(rf"(?<!\w){whole}(?!\w)", self.text, re.IGNORECASE))

    def _road_link(self, m: Mention) -> bool:
        """Whether the place is one of the towns a lower-case road's word links ("jalan raya Magelang-Wonosobo",
        "jalan tol Jakarta-Cikampek", ``road_link_words.txt``): a hyphen joins it to a capitalised name."""
        after = self.text[m.end : m.end + 2]
        if len(after) == 2 and after[0] == "-" and after[1].isupper():
            k = m.token
            return any(k >= n and tuple(self.low[k - n : k]) in road and self.raw[k - n].islower() for n, road in _road_words())
        # the town after the hyphen: the road's word stands before the town before it; the pattern ends on a hyphen
        # (before a last line break at most), which most names do not follow
        if not self.text.endswith("-", 0, m.start) and not self.text.endswith("-\n", 0, m.start):
            return False
        before = _ROAD_LINK_TAIL.search(self.text[max(0, m.start - _ROAD_LINK_SPAN) : m.start])
        words = tuple(before.group(1).split()) if before is not None else ()
        return any(words[-n:] in road for n, road in _road_words())

    def _body_head(self, m: Mention) -> int | None:
        """The token of a lower-case word of a body standing before the name, at most one lower-case word between
        ("polsek lubuk Baja", ``org_fragment_heads.txt``), or None: the recogniser took the end of the body's name for
        a name of its own."""
        k, raw, low = m.token, self.raw, self.low
        for j in (k - 1, k - 2):
            if j < 0 or not (raw[j].isalpha() and raw[j].islower()) or low[j] in self._prepositions:
                return None  # "polsek di Batam": the town where the body is
            if low[j] in _body_heads():
                return j
        return None

    def _cited_before(self, k: int) -> bool:
        """Whether token ``k``, or one of the two before it joined to the next by a letter, names the source of what is
        told ("Menurut HRANA", "menurut laporan Human Rights ...", ``_cites``)."""
        low, raw, prefixes = self.low, self.raw, self._citing_prefixes
        for j in range(k, max(-1, k - 3), -1):
            # every word ``_cites`` takes starts with a citing word: one C-level test rules out most names' words
            if (j == k or raw[j + 1][:1].isalpha()) and low[j].startswith(prefixes) and self._cites(j):
                return True
        return self._cited_through(k)

    def _cited_through(self, k: int) -> bool:
        """Whether a word of citing stands at token ``k`` or before it with only capitalised words and the nouns of a
        source between, within ``_SOURCE_REACH`` words ("menurut laporan dari layanan penyelamatan Magen David Adom",
        ``citing_source_nouns.txt``)."""
        low, raw, citing, nouns = self.low, self.raw, self.lex.roles.get("citing", frozenset()), _citing_source_nouns()
        for j in range(k, max(-1, k - _SOURCE_REACH), -1):
            if low[j] in citing:
                return True
            if not (low[j] in nouns or (raw[j][:1].isupper() and raw[j][:1].isalpha())):
                return False
        return False

    @cached_property
    def _citing_prefixes(self) -> tuple[str, ...]:
        """The citing words as a tuple for ``str.startswith`` (``_cites``)."""
        return self.lex.derived("citing_prefixes", _citing_prefixes_of)

    def _cites(self, k: int) -> bool:
        """Whether token ``k`` is a word naming the source of what is told ("menurut"), or one glued to the next."""
        word, citing = self.low[k], self.lex.roles.get("citing", frozenset())
        if word in citing:
            return True
        if not word.startswith(_prefixes(citing)):  # most words: one C-level test instead of one per citing word
            return False
        raw = self.raw[k]
        return any(word.startswith(w) and raw[len(w) : len(w) + 1].isupper() for w in citing)

    def _address(self, m: Mention) -> bool:
        """Whether the place is named by a part of an address ("Jalan Ahmad Yani", "Kelurahan Malabar"): a place, never a party."""
        return self.low[m.token] in self.lex.roles.get("address", ()) if m.token < len(self.low) else False

    def _address_before_weekday(self, m: Mention) -> bool:
        """Whether the place stands between commas right before a weekday: "..., Jakarta, Jumat"."""
        k, n = m.token, len(self.low)
        end = bisect_left(self.starts, m.end)
        weekday = self.lex.roles.get("weekday", ())
        return k > 0 and self.low[k - 1] == "," and end + 1 < n and self.low[end] == "," and self.low[end + 1] in weekday

    def _titles(self, out: list[Mention]) -> None:
        """A place or organisation right before a person's name is part of the title: "Presiden Rusia
        Vladimir Putin", "Gedung Putih, John Kirby", "kantor berita Rusia, Interfax" (not "di Rusia, Kim ...")."""
        for i in range(len(out) - 2, -1, -1):
            m, nxt = out[i], out[i + 1]
            gap = self.text[m.end : nxt.start]
            ranks = nxt.type == "PER" and (_rank_gap(gap) or (_comma_rank_gap(gap) and self._titled(m)))
            if m.type == "PER" or not (_MODIFIER_GAP.match(gap) or ranks):
                continue
            if m.type == "LOC" and nxt.type == "LOC":
                # "Korea Utara (Korut) Kim Jong Un": a name and its bracketed short form are one title
                m.modifier = m.modifier or _SPACE_GAP.match(gap) is not None or (nxt.modifier and nxt.name == m.name)
            elif (nxt.type == "PER" or nxt.modifier or (m.type == "LOC" and nxt.type == "ORG")) and not (m.prep and "," in gap):
                m.modifier = True

    def _titled(self, m: Mention) -> bool:
        """Whether a title or a unit's head word (``titles.txt``, ``ranks.tsv``, ``unit_head_titles.txt``) or a body's
        head word (``org_fragment_heads.txt``) stands within ``_TITLE_BEFORE_REACH`` words before the place or body,
        past a bracketed short form ("Kapolsek Kabila", "Sekretaris Daerah (Sekda) Banyumas", "Kasubdit Jatanras
        Ditreskrimum"): the place is the title's, not one the sentence opens with ("Di Kabila, Iptu ...")."""
        k = m.token - 1
        if k >= 2 and self.raw[k] == ")" and self.raw[k - 2] == "(":
            k -= 3  # "(Sekda)": the short form of the title before it
        heads = _title_heads()
        return any(self.low[j].rstrip(".") in heads for j in range(max(0, k + 1 - _TITLE_BEFORE_REACH), k + 1))

    def _preposition(self, m: Mention, lead: int) -> None:
        """Sets ``m.prep`` from a preposition up to three lower-case words before token ``lead``:
        "di Vladivostok", "di kota Vladivostok", "ke kota pelabuhan Rusia Vladivostok"."""
        words, low, raw = self.lex.words, self.low, self.raw
        kinds = self.lex.roles.get("place_kind", frozenset())
        by_last, owned, most = words.by_last, self.lex.owned_nouns, self.cfg.max_gap_words  # read once, not per word
        j, gap, kind = lead - 1, 0, False
        if j > 0 and low[j] == "," and m.type == "LOC" and _ADDRESS_GOES_ON.match(self.text[m.end : m.end + 6]):
            j -= 1  # "di kantor gubernur, Pekanbaru, Riau, pada Rabu": an address after a place named in common words
        while j >= 0 and gap <= most:
            n, role = words.ending_at(low, j) if low[j] in by_last else (0, "")  # most words end no phrase
            if role == "clause":
                return  # "kasus ..., di mana AI ditetapkan sebagai tersangka": a relative clause's subject, no place
            if role in ("place", "destination", "source"):
                m.prep = role
                if kind and m.type == "PER":
                    m.type = "LOC"  # "di Ibu Kota Nairobi": "Ibu" is no title here, the name after a kind of place is a place
                m.journey = role == "destination" and self._journey_before(j - n + 1)
                # (most words before a preposition end no phrase: ``ending_at`` only for one that ends some)
                before = words.ending_at(low, j - n)[1] if j - n >= 0 and role == "place" and low[j - n] in words.by_last else ""
                m.scene = before == "scene"  # "perang di Ukraina": the war's place, not the event's
                m.said_at = before == "statement"  # "dikutip di Jakarta": where words were said or quoted
                return
            # a name ends the gap; so does a nominal trigger needing no setting, whose name after it is its doer, not
            # where things are ("di tengah serangan militer Israel": Israel attacks; "di lokasi kebakaran Pasar Baru"
            # still places the fire); "di Ibu Kota Bogota": a kind of place, capitalised, goes on
            if (not raw[j][:1].islower() and low[j] not in kinds) or low[j] in owned:
                return
            kind = kind or low[j] in kinds
            gap += 1
            j -= 1

    def _journey_before(self, k: int) -> bool:
        """Whether the preposition of direction at token ``k`` ends a journey: "menuju" (``travel_words.txt``), or after a word of
        travel or "dari" a few words before it ("hendak datang ke Kuil Kedarnath", "dari Tangerang menuju ke Jakarta"),
        not an attack's target ("serangan Iran ke Israel")."""
        travel = _travel_words()
        if self.low[k] in travel:
            return True
        sent_start = self.tok(self.sent_starts[max(0, bisect_left(self.sent_starts, self.starts[k] + 1) - 1)])
        return any(w in travel for w in self.low[max(sent_start, k - self.cfg.window_journey) : k])

    def _token_roles(self, t0: int, t1: int) -> None:
        """Fills ``_boundary_roles`` over tokens t0..t1: the (length, role) of the clause boundary starting at each
        token, (0, "") when none."""
        low, boundaries, out = self.low, self.lex.boundaries, self._boundary_roles
        since = self.lex.roles.get("since", frozenset())
        for i in list(compress(count(t0), map(boundaries.by_first.__contains__, low[t0:t1]))):  # most words open no clause
            out[i] = boundaries.at(low, i)
            if out[i][1] == "clause" and low[i] in since and i + 1 < len(low) and self.starts[i + 1] in self._dated_starts:
                # "sejak 28 Mei 2025 oleh tim penyidik": a date after "sejak" tells when a state began and opens no
                # clause of its own, so the agent after it still belongs to the trigger before it
                out[i] = (0, "")

    def paragraph_of(self, pos: int) -> int:
        """The number of the paragraph (line) position ``pos`` stands in."""
        return bisect_left(self.line_starts, pos + 1) - 1

    # ---------------------------------------------------------------- unnamed participants

    def participant_noun(self, i: int, j: int, c0: int, c1: int, kinds: frozenset[str]) -> tuple[int, int] | None:
        """(first token, end token) of the participant noun of one of ``kinds`` nearest a trigger in tokens
        i..j, in its clause c0..c1: before it first ("delapan orang tewas"), then after it ("menewaskan 15
        orang"). Lower-case words only: "Korban" opening a name is not the noun."""
        return self._noun_before(i, c0, kinds) or self.noun_after(j, c1, kinds)

    def _noun_before(self, i: int, c0: int, kinds: frozenset[str]) -> tuple[int, int] | None:
        parts, low = self.lex.participants, self.low
        onlooker = self.lex.roles.get("onlooker", frozenset())
        for k in range(i - 1, max(c0, i - self.cfg.window_participant) - 1, -1):
            if low[k] in onlooker:
                return None  # "Warga menyaksikan kebakaran": who watches, helps or rescues is no participant
            n, kind = parts.ending_at(low, k)
            first = k - n + 1
            if n and self._inside_other_noun(first, n, kinds):
                continue  # "ibu" of "ibu kota Teheran terbakar" is no person
            if n and kinds.intersection(kind.split("/")) and first >= c0 and self._participant_at(first):
                return first, k + 1
        return None

    def noun_after(self, j: int, c1: int, kinds: frozenset[str]) -> tuple[int, int] | None:
        """(first token, end token) of the first participant noun of ``kinds`` after token ``j`` in its clause."""
        parts, low = self.lex.participants, self.low
        for k in range(j, min(c1, j + self.cfg.window_participant)):
            n, kind = parts.at(low, k)
            if n and self._inside_other_noun(k, n, kinds):
                continue
            if n and kinds.intersection(kind.split("/")) and k + n <= c1 and self._participant_at(k):
                return k, k + n
        return None

    def _participant_at(self, k: int) -> bool:
        """Whether the participant noun at token ``k`` may name the event's participants: written as a noun, owning no
        thing before it ("lahan warga"), and not the standing someone holds ("masih berstatus saksi")."""
        return self.noun_written(k) and not self._owner(k) and not (k > 0 and self.low[k - 1] in _standing_words())

    def _inside_other_noun(self, first: int, n: int, kinds: frozenset[str]) -> bool:
        """Whether the noun of ``n`` words at token ``first`` opens or ends a longer phrase of none of ``kinds``
        ("ibu kota", "padat penduduk")."""
        parts = self.lex.participants
        return any(
            m > n and not kinds.intersection(kind.split("/"))
            for m, kind in (parts.at(self.low, first), parts.ending_at(self.low, first + n - 1))
        )

    def _owner(self, k: int) -> bool:
        """Whether the noun at token ``k`` owns the thing before it ("rumah-rumah penduduk"): not a participant."""
        return k > 0 and self.low[k - 1] in self.lex.roles.get("owned", ())

    def _common_word(self, k: int) -> bool:
        """Whether token ``k`` is written as a common word: lower case, or capitalised only to open a sentence."""
        return self.raw[k][:1].islower() or self.starts[k] in self.sent_start_set

    def noun_written(self, k: int) -> bool:
        """Whether the participant noun at token ``k`` is written as a noun, not a word of a name: as a common word, or as
        an abbreviation in capitals that names no one ("5 WNI ditahan", ``event_words.tsv``, role acronym)."""
        return self._common_word(k) or (self.raw[k].isupper() and self.low[k] in self.lex.roles.get("acronym", frozenset()))

    @cached_property
    def titled_people(self) -> list[tuple[int, str, str, bool]]:
        """(start, title role, name, foreign) of each person named after a title of government ("Presiden Prabowo
        Subianto": head_title; "Menteri ESDM Bahlil Lahadalia": official_title), in text order; foreign when a country
        other than the home one qualifies the title ("Presiden Rusia Vladimir Putin")."""
        words, roles, out = self.lex.words, self.lex.roles, []
        for m in self.mentions:
            if m.type != "PER" or m.skip:
                continue
            for k in range(m.token - 1, max(-1, m.token - 4), -1):
                n, role = words.ending_at(self.low, k)
                if role in ("head_title", "official_title"):
                    if not (k - n >= 0 and self.low[k - n] in roles.get("former", ())):  # not "mantan presiden Evo Morales"
                        out.append((m.start, role, m.name, self._foreign_between(self.ends[k], m.start)))
                    break
                if not self.raw[k][:1].isupper():
                    break
        return out

    def _foreign_between(self, lo: int, hi: int) -> bool:
        """Whether a country other than the home one is named between text positions ``lo`` and ``hi``."""
        lo_m, hi_m = bisect_left(self.mention_starts, lo), bisect_left(self.mention_starts, hi)
        return any(m.type == "LOC" and not self._home(m.name) for m in self.mentions[lo_m:hi_m])

    def _home(self, name: str) -> bool:
        """Whether ``name`` names the home country ("Indonesia", "RI", "Republik Indonesia")."""
        words = TOKEN.findall(name.lower())
        n, role = self.lex.words.at(words, 0) if words else (0, "")
        return role == "home_country" and n == len(words)

    @cached_property
    def first_doer(self) -> str | None:
        """The article's first noun for the doer of an attack or a crime ("pelaku penembakan"), if any."""
        parts, low = self.lex.participants, self.low
        for k in range(len(low)):
            n, kind = parts.at(low, k) if low[k] in parts.by_first else (0, "")
            if n and "doer" in kind.split("/") and self._common_word(k):
                return self.text[self.starts[k] : self.ends[k + n - 1]]
        return None

    def number_before(self, k: int, skip: int = 0) -> int | None:
        """The number right before token ``k`` ("15 mahasiswa", "delapan orang", "13.136 hektare"), allowing
        ``skip`` lower-case words between ("31 mengalami luka-luka"); None when there is none."""
        for gap in range(skip + 1):
            if k - gap <= 0 or (gap and not self.raw[k - gap][:1].islower()):
                return None
            end = self.starts[k - gap]
            head = self.text[max(0, end - 24) : end]
            if digits := _DIGITS_BEFORE.search(head):
                value = read_number(digits.group(1), self.lex.numbers)
                # a year is no count of people: "musim 2024/2025 akhirnya tiba"
                return int(value) if value is not None and not (gap and 1900 <= value <= 2100) else None
            if scaled := _SCALED_BEFORE.search(head):
                kind, scale = self.lex.numbers.get(scaled.group(2).lower(), ("", ""))
                if kind == "mult":
                    return int(float(scaled.group(1).replace(",", ".")) * float(scale))
            for n in (3, 2, 1):
                words = self.low[max(0, k - gap - n) : k - gap]
                # number words only ("delapan", "dua puluh"): digits were read above, with what stands before them
                value = read_number(" ".join(words), self.lex.numbers) if len(words) == n and all(w.isalpha() for w in words) else None
                if value is not None and value >= 1:
                    return int(value)
        return None

    def owned_phrase(self, k0: int, k1: int) -> str:
        """The participant noun of tokens k0..k1 with the name that owns it right after it: "mahasiswa
        Universitas Pendidikan Sultan Idris" of "mahasiswa Universitas ... (UPSI) Malaysia"."""
        noun = self.text[self.starts[k0] : self.ends[k1 - 1]]
        end = self.ends[k1 - 1]
        at = bisect_left(self.mention_starts, end)
        if at < len(self.mentions):
            m = self.mentions[at]
            if m.type in ("ORG", "LOC") and _OWNER_GAP.match(self.text[end : m.start]):
                return f"{noun} {m.name}"
        return noun

    # ---------------------------------------------------------------- triggers

    def find_triggers(self) -> list[tuple[int, int, Trigger, bool]]:
        """(first token, end token, trigger, with -nya) of each trigger in the text, left to right."""
        low, follow = self.low, self.lex.trigger_follow
        found: list[tuple[int, int, Trigger, bool]] = []
        after, last = 0, len(low) - 1  # the token after the last trigger found; the last token
        for i in list(compress(count(), map(follow.__contains__, low))):  # most words start no trigger
            if i < after:
                continue  # a word inside the trigger found before
            hit = None
            singles, by_next = follow[low[i]]  # only the triggers that may stand before the next word (``trigger_follow``)
            for trig in by_next.get(low[i + 1], singles) if i < last else singles:  # the first that stands here, its conditions holding
                hit = self._trigger_at(trig, i)
                if hit is not None:
                    break
            if hit and (self._inside_name(hit[0]) or ("common" in hit[2].flags and not self._common_word(hit[0]))):
                hit = None  # "Jabatan Pemadam Kebakaran", "Forum Kerja Sama Daerah": a word of a name
            elif hit and self.in_law_title(hit[0]):
                hit = None  # "Nomor 12 Tahun 2025 tentang Penutupan ...": the name of a regulation
            if hit:
                found.append(hit)
                after = hit[1]
        return found

    def _inside_name(self, i: int) -> bool:
        """Whether token ``i`` lies inside an entity's name (not at its start: "Gempa" may open a sentence)."""
        pos = self.starts[i]
        k = bisect_left(self.mention_starts, pos + 1) - 1
        return k >= 0 and self.mention_starts[k] < pos < self.mention_ends[k]

    def _trigger_at(self, trig: Trigger, i: int) -> tuple[int, int, Trigger, bool] | None:
        """(i, end token, trigger, with -nya) when ``trig`` stands at token ``i`` and its conditions hold."""
        low, suffix = self.low, self.lex.suffix
        k = len(trig.words)
        if i + k > len(low):
            return None
        if k > 1 and tuple(low[i : i + k - 1]) != trig.words[:-1]:
            return None
        last = low[i + k - 1]
        if last != trig.words[-1] and not (suffix and last == trig.words[-1] + suffix):
            return None
        if not self._conditions(trig, i, i + k):
            return None
        return i, i + k, trig, bool(suffix) and last.endswith(suffix) and not trig.words[-1].endswith(suffix)

    def _conditions(self, trig: Trigger, i: int, j: int) -> bool:
        low = self.low
        if trig.not_prev and i > 0 and low[i - 1] in trig.not_prev:
            return False
        if trig.not_next and j < len(low) and (low[j] in trig.not_next or (NUMBER in trig.not_next and _NUMBER_WORD.match(low[j]))):
            return False  # "peringatan hari ...", "peringatan 75 tahun ..." ("#angka": a number or an ordinal)
        if trig.prev_any and trig.prev_any.isdisjoint(low[max(0, i - 2) : i]):
            return False
        if trig.not_near and self._avoided_near(trig, i):
            return False  # "Pertempuran gerilya telah meletus": the fighting's outbreak, no eruption
        if trig.next_any:
            k = self._past_name(j, trig.next_any) if "past_name" in trig.flags else j
            window = self.cfg.window_next
            ahead = [w for w in low[k : k + window + 2] if w[0].isalnum()][:window]
            if not any(w in trig.next_any for w in ahead):
                return False
        return True

    def _past_name(self, j: int, next_any: frozenset[str]) -> int:
        """The token after the name that starts at token ``j`` (its capitalised words, at most ``_NAME_WORDS``, none of
        them a word the trigger looks for): the window of "next=" starts past the one reported ("melaporkan Ahmad Dhani
        ke Bareskrim"); ``j`` when no name starts there."""
        k = j
        while k < min(len(self.raw), j + _NAME_WORDS) and self.raw[k][:1].isupper() and self.low[k] not in next_any:
            k += 1
        return k

    def _avoided_near(self, trig: Trigger, i: int) -> bool:
        """Whether a word of the trigger's ``not_near`` stands in the few words before token ``i``. With the flag ``far``
        the look goes back to the punctuation before it (at most ``_FAR`` words), and a word of what erupts (role
        volcano) there keeps the trigger: "Gunung Semeru yang sempat memicu protes warga kembali meletus"."""
        low = self.low
        if "far" not in trig.flags:
            return not trig.not_near.isdisjoint(low[max(0, i - _NEAR) : i])
        start = i
        while start > max(0, i - _FAR) and low[start - 1][:1].isalnum():
            start -= 1
        volcano = self.lex.roles.get("volcano", frozenset())
        hit = any(w in trig.not_near for w in low[max(start, i - _NEAR) : i]) or (start < i and low[start] in trig.not_near)
        return hit and not any(w in volcano for w in low[start:i])

    # ---------------------------------------------------------------- clauses

    def scope(self, pos: int, sent: int) -> tuple[int, int, QuoteSpan | None]:
        """The sentence's span, narrowed to the quote the position stands in."""
        ss, se = self.sents[sent]
        for q in self.quotes:
            if q.start <= pos < q.end:
                return max(ss, q.start), min(se, q.end), q
        return ss, se, None

    def clauses(self, t0: int, t1: int) -> list[Clause]:
        """The clauses of tokens t0..t1. A subordinate clause that opens the scope or follows a
        comma ends at its next comma ("meskipun Korea Utara menyangkalnya, Pyongyang memasok ...")."""
        out: list[Clause] = []
        roles = self.roles_in(t0, t1)
        start, role = t0, roles[t0][1] if t0 < t1 else ""
        closable = bool(role)
        i = t0 + (roles[t0][0] if t0 < t1 else 0)
        while i < t1:
            n, new_role = roles[i]
            if n:
                out.append(Clause(start, i, role))
                start, role = i, new_role
                # a clause after a comma, or opened by one (", yang"), ends at its next comma
                closable = self.low[i - 1] == "," or self.low[i] == ","
                i += n
                continue
            if closable and self.low[i] == "," and not self._apposition(i):
                out.append(Clause(start, i, role))
                # the main clause goes on: "Musk, yang memimpin DOGE, telah mengecam ..."
                start, role, closable = i + 1, "resume" if out[-1].start > t0 else "", False
            i += 1
        out.append(Clause(start, t1, role))
        return [c for c in out if c.end > c.start]

    def _apposition(self, comma: int) -> bool:
        """Whether the comma at token ``comma`` opens an apposition: ", John Kirby, ..."."""
        k = bisect_left(self.mention_starts, self.ends[comma])
        if k >= len(self.mention_starts):
            return False
        start, end = self.mention_starts[k], self.mention_ends[k]
        return not self.text[self.ends[comma] : start].strip() and self.text[end : end + 1] == ","

    def mentions_in(self, c0: int, c1: int) -> list[Mention]:
        """Mentions whose first token lies in tokens c0..c1."""
        if c0 >= c1:
            return []
        lo = bisect_left(self.mention_starts, self.starts[c0])
        hi = bisect_left(self.mention_starts, self.ends[c1 - 1])
        return [m for m in self.mentions[lo:hi] if not m.skip]

    @staticmethod
    def is_actor(m: Mention) -> bool:
        return not (m.modifier or m.scene) and (not m.prep or m.type == "PER")

    def remention_at(self, t0: int, t1: int) -> list[str] | None:
        """The participants of the event a re-mention in tokens t0..t1 points back to: "Kunjungan ini
        bertujuan untuk bertemu ...", said of Putin's visit, makes Putin the one who meets."""
        cause = self.lex.roles.get("cause", frozenset())
        for k in range(t0, t1):
            typ = self.remention_type.get(k)
            if typ is not None and not (k > 0 and self.low[k - 1] in cause):
                # not "Akibat kecelakaan itu, Taufik ... meninggal": a re-mention told as the cause is no subject
                earlier = self.last_of_type.get(typ)
                return list(earlier.who) if earlier is not None else None
        return None

    def subject(self, clauses: list[Clause], k: int) -> list[str]:
        """The subject of clause ``k``: its first actor and those joined to it ("Kim Jong Un dan
        Putin"), or the parties of the event a leading re-mention points to ("Kunjungan ini ...");
        a purpose clause ("untuk bertemu ...") has the subject of the clause before."""
        while k > 0 and clauses[k].role in SHARED:
            k -= 1
        c = clauses[k]
        group: list[Mention] = []
        last_end = -1
        ments = self.mentions_in(c.start, c.end)
        earlier = self.remention_at(c.start, ments[0].token if ments else c.end)
        if earlier is not None:
            return earlier
        for m in ments:
            if not group:
                if self.is_actor(m):
                    group, last_end = [m], m.end
                continue
            if not self.lex.coordination.match(self.text[last_end : m.start]):
                break
            last_end = m.end
            if self.is_actor(m):
                group.append(m)
        return [m.name for m in group]
