"""The word lexicon the glued-word splitter (``pages.glue``) reads: news counts of each word in each casing,
wordfreq figures, the affixes a derived word is read with, and the word tests built on them (a name, an
English word, a common small-letter word)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import math
import os
import re
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, NamedTuple

from telisik.lang import data_lines, table, word_list

log = logging.getLogger(__name__)

# Thresholds on the counts of word_frequencies.tsv (about 5M tokens of news, names and name lists).
WORD_MIN = 5  # a word or name after a case change ("AS|Donald", "Jakarta|Detasemen")
# the least count of a word in the reading of a piece cut without a case change (a rarer one is unseen): rare words of a domain
# glue as often as common ones ("formulasi|vaksin"); the reading's score weighs their rarity
PIECE_WORD_MIN = 5
NAME_MIN = 100  # a name so frequent that an unknown acronym after it is glue ("Jakarta|BINUS")
TAIL_MIN = 10  # a small-letter word glued after a word or name ("Israel|mengklaim")
FUNCTION_WORDS = 150  # the most frequent small-letter words: the ones glued most
MIN_TAIL_LENGTH = 4  # shorter tails only when a function word ("ini", "dan") ...
SHORT_WORD_MIN = 100  # ... or a three-letter word seen this often in small letters ("hak", "tes")
GLUED_FORM_MAX = 10  # a form news alone attests less often may be glue the table counted (see _attested)
# The segmentation model of unknown pieces (log10): see SmallLetterSegmenter._best_segmentation.
UNSEEN_BASE = -3.0  # an unseen word of no letters
UNSEEN_PER_LETTER = 0.85  # each letter of an unseen word
# A word only wordfreq knows ("habit", "fraud") is out of the news domain, its count a guess: each
# costs this much more, so two rare words do not outbid one unseen word ("track|suit", "stereo|tipe").
REFERENCE_PENALTY = 1.5
MAX_INSIDE_LENGTH = 10  # words this long or shorter are counted where they start or end longer words
UNSEEN_HEAD_LENGTH = 6  # an unseen head this long before a function word ("diklofenak|yang")
LONG_WORD_LENGTH = 5  # a long frequent word (see _long_word): this long ...
LONG_WORD_MIN = 200  # ... and seen this often in small letters
MAX_UNSEEN_INNER_LENGTH = 12  # a longer unseen stretch after a word is more words ("check|list|sederhana")
COMMON_WORD_MIN = 50  # a capitalised word after a rare name: seen this often in small letters
NAME_TAIL_MIN = 50  # a word after a capitalised head: seen this often in small letters
LONG_TAIL_LENGTH = 7  # ... or this long and seen SEGMENT_WORD_MIN times, after a known name
ENGLISH_MIN = 5  # an English word: wordfreq's English count at least this ...
ENGLISH_SHARE = 8  # ... and news writing it in small letters at most this many times as often
NAME_SHARE = 4  # a name is written capitalised this many times as often as in small letters or in English
# A derived word the table lacks ("digetarkan") counts as this share of its stem's count ("getar"):
# news writes a stem's many affixed forms, each seldom.
DERIVED_SHARE = 0.05
DERIVED_STEM_MIN = 5  # a stem seen this often vouches for its derived words
DERIVED_STEM_LENGTH = 4  # shorter stems are syllables of many words ("di|a|kan")
# A derived word before another word of the run ends in a suffix this long: a prefix alone or "-i"
# starts a word that goes on ("ke|tidak|setara|an", "di|anak|tiri|kan", "efektif|itas|nya"); one
# after another word starts with a prefix, as a suffix alone may end a confix the whole run carries
# ("ketidak|setara|an").
INNER_SUFFIX_LENGTH = 2
# the prefixes of verbs ("didesak", "memaparkan", "bersusah"; see GlueLexicon._verb)
VERB_PREFIXES = ("di", "me", "ber", "ter")


class WordCounts(NamedTuple):
    """How often a word was seen in each casing in news, and its wordfreq figures (see
    scripts/build_word_frequencies.py). A named tuple, not a dataclass: the table's 138,000 rows are
    built (or read back from the cache, ``package_tables``) several times faster."""

    lower: int = 0
    title_mid: int = 0
    title_initial: int = 0
    upper: int = 0
    reference: int = 0  # wordfreq's count, for a word news seldom writes in small letters ("habit")
    english: int = 0  # wordfreq's English count, at a share of it

    @property
    def any(self) -> int:
        return self.lower + self.title_mid + self.title_initial + self.upper

    @property
    def plain(self) -> int:
        """Small-letter sightings, or wordfreq's count where news seldom writes the word: the count a
        piece cut without a case change is judged by. The case-change rules keep to news counts, as
        wordfreq does not say how a word is written."""
        return max(self.lower, self.reference)

    @property
    def known(self) -> int:
        return max(self.any, self.reference)

    @property
    def title(self) -> int:
        return self.lower + self.title_mid + self.title_initial


_UNSEEN = WordCounts()


@dataclass(frozen=True)
class Derivation:
    """Affixes a derived word is read with: prefixes as (written form, the stem's first letter
    the sound change dropped, or ""), "meng" + "ulek", "meny" + "s" for "menyapu"; suffixes."""

    prefixes: tuple[tuple[str, str], ...]
    suffixes: tuple[str, ...]
    confix_ends: tuple[str, ...] = ()  # the suffixes that close a confix around a compound ("di-...-kan")

    def stems(self, word: str, suffix_length: int = 0, prefixed: bool = False) -> list[str]:
        """The stems ``word`` may be derived from with at least one affix ("digetarkan": getar,
        getarkan, digetar), with a suffix at least ``suffix_length`` letters long and, where
        ``prefixed``, a prefix."""
        found = []
        for prefix, restored in (*self.prefixes, *([] if prefixed else [("", "")])):
            if not word.startswith(prefix):
                continue
            rest = restored + word[len(prefix) :]
            for suffix in (*self.suffixes, ""):
                # "-i" alone ends many loans and names ("muslimin|i"): only with a prefix ("dilalui")
                short_ok = prefix or len(suffix) >= INNER_SUFFIX_LENGTH
                if (prefix or suffix) and short_ok and len(suffix) >= suffix_length and rest.endswith(suffix):
                    found.append(rest[: len(rest) - len(suffix)])
        return found



class GlueLexicon:
    """The word counts and name lists a splitter judges glue by, and the word tests on them."""

    def __init__(
        self,
        counts: dict[str, WordCounts],
        camel_names: frozenset[str],
        outlet_prefixes: frozenset[str],
        bound_prefixes: frozenset[str],
        bound_suffixes: frozenset[str],
        derivation: Derivation | None = None,
        clitics: frozenset[str] = frozenset(),
        closed_words: frozenset[str] = frozenset(),
        solid_words: frozenset[str] = frozenset(),
        short_prepositions: frozenset[str] = frozenset(),
        company_forms: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
        verse_labels: frozenset[str] = frozenset(),
        place_heads: frozenset[str] = frozenset(),
        given_names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
        line_openers: frozenset[str] = frozenset(),
        facts: TableFacts | None = None,
        spaced_prepositions: dict[tuple[str, str], tuple[int, int]] | None = None,
    ) -> None:
        self._counts = counts
        # what the whole table gives (``table_facts``): passed in where it was read from the cache
        facts = facts or table_facts(counts)
        self._attested = facts.attested
        self.derivation = derivation or Derivation((), ())
        self._derived: dict[tuple[str, bool, bool], int] = {}
        self._segments: dict[tuple[str, bool], list[str]] = {}
        self._bound_prefixes = bound_prefixes
        self._bound_suffixes = bound_suffixes
        self._clitics = clitics
        self._closed_words = closed_words
        self._solid_words = solid_words  # "paramiliter": see _plural_glue
        self._short_prepositions = short_prepositions  # "Di|Jakarta": see CaseChangeRules._preposition_then_name
        self._forms_before_name, self._forms_after_name = company_forms  # "PT|Autopedia": see CaseChangeRules._company_form
        self._verse_labels = verse_labels  # "CHORUS|So": see CaseChangeRules._verse_label
        self._place_heads = place_heads  # "Kualasimpang": see SmallLetterSegmenter._place_name
        self._line_openers = line_openers  # "Name|My": see CaseChangeRules._line_opener
        # "di|smartphone": see SmallLetterSegmenter._spaced_preposition
        self._spaced_prepositions = spaced_prepositions or {}
        self._given_names, self._demonstratives = given_names  # "Bastianini": see SmallLetterSegmenter._name_ending_in_demonstrative
        self._function_words = facts.function_words
        self._total = facts.total
        self._starting, self._ending = facts.starting, facts.ending
        names = sorted(camel_names, key=len, reverse=True)
        self._camel = re.compile("|".join(map(re.escape, names))) if names else None
        outlets = "|".join(map(re.escape, sorted(outlet_prefixes, key=len, reverse=True)))
        self._outlet = re.compile(rf"(?i:{outlets})(?=[A-Z])") if outlets else None
        self._outlet_word = re.compile(rf"(?i:{outlets or '(?!)'})")

    def _count(self, word: str) -> WordCounts:
        return self._counts.get(word.lower(), _UNSEEN)

    def _name(self, word: str) -> bool:
        """A name: news writes it capitalised far more often than in small letters, and English
        text far less often than news capitalises it ("Trump", "Chelsea"; not "Sea", "Life",
        "News", which English writes as words and brands take up)."""
        counts = self._count(word)
        capitalised = counts.title_mid + counts.title_initial
        if len(word) < MIN_TAIL_LENGTH or not word[1:].islower() or capitalised < WORD_MIN:
            return False
        return NAME_SHARE * counts.lower <= capitalised and NAME_SHARE * counts.english < capitalised

    def _name_like(self, word: str, unseen_length: int) -> bool:
        """A word that reads as a person's or place's name, not as half of a brand: a known name, or
        a word news seldom writes (in small letters less often than capitalised) at least
        ``unseen_length`` letters long (and no longer than a name: more words) that is no English
        word ("Pattynama|Calvin", "Darojat|Achiruddin"; brands take up English words and short
        syllables: "FoneArena", "HokBen", "ThruCrete")."""
        if self._name(word):
            return True
        counts = self._count(word)
        if not unseen_length <= len(word) <= MAX_UNSEEN_INNER_LENGTH or not word[1:].islower() or self._english(word) or counts.reference:
            return False
        return counts.lower <= counts.title_mid + counts.title_initial

    def _english(self, word: str) -> bool:
        counts = self._count(word)
        return counts.english >= ENGLISH_MIN and counts.lower <= ENGLISH_SHARE * counts.english

    def _frequent_name(self, word: str) -> bool:
        """A name or word so often capitalised ("Sukabumi", "Thomas", "Pesawat") that a rare word glued
        before it is a title or a name of its own ("Mapolres|Sukabumi", "Brentford|Thomas"): not an
        English word, or one written capitalised more often than not (brands end in English words:
        "SeaBank", "FunTouch")."""
        counts = self._count(word)
        if len(word) < MIN_TAIL_LENGTH or not word[1:].islower() or counts.title < NAME_MIN:
            return False
        return counts.title_mid > counts.lower or not self._english(word)

    def _mostly_small(self, word: str) -> bool:
        counts = self._count(word)
        return counts.lower >= counts.title_mid

    def _common_word(self, word: str) -> bool:
        """A word written in small letters often enough that capitalised after a name it starts a
        new sentence or a title ("Direktur", "Tiket"), where brands join English words ("SeaBank")."""
        if len(word) < MIN_TAIL_LENGTH or not word[1:].islower() or self._english(word):
            return False  # "ShopeeFood": an English word after a name is a brand's second half
        return self._count(word).lower >= COMMON_WORD_MIN

    def _foreign(self, word: str) -> bool:
        """An English word, or a word English text has that news seldom writes ("timed", "caps")."""
        counts = self._count(word)
        return self._english(word) or counts.english > 0 and counts.lower < PIECE_WORD_MIN

    def _short_word(self, word: str) -> bool:
        """A word shorter than MIN_TAIL_LENGTH that a reading may hold: a function word, or a
        three-letter word news writes often alone ("hak|merek", "lakukan|tes"; its share of
        sightings alone, not inside longer words, weighs on the reading: see _alone)."""
        lower = word.lower()
        return lower in self._function_words or len(word) == 3 and word.islower() and self._count(word).lower >= SHORT_WORD_MIN

    def _long_word(self, word: str) -> bool:
        """A long word news writes often in small letters ("mencapai", "adalah")."""
        return len(word) >= LONG_WORD_LENGTH and word.islower() and self._count(word).lower >= LONG_WORD_MIN

    def _log_share(self, word: str, count: int) -> float:
        """log10 of a word's share of the table's tokens, less REFERENCE_PENALTY where only wordfreq
        vouches for it."""
        counts = self._count(word)
        share = math.log10(count / self._total) - (REFERENCE_PENALTY if counts.lower < count else 0.0)
        # a word news writes now and then keeps at least its news share ("caps" is no rarer for
        # English text having it)
        return max(share, math.log10(counts.lower / self._total)) if counts.lower and count == counts.plain else share

    def _alone(self, word: str, inside: dict[str, int]) -> float:
        """log10 of the share of a word's sightings where it stands alone rather than starting
        (or ending) a longer word."""
        count = self._count(word).known
        return math.log10(count / (count + inside.get(word.lower(), 0))) if count else 0.0

    def _derived_count(self, word: str, initial: bool, final: bool) -> int:
        """The count of the likeliest stem a small-letter word is derived from with the affixes of
        glue_derivation.tsv ("digetarkan": getar), 0 where none is known; ``initial``, ``final``:
        the word starts, ends the run (see INNER_SUFFIX_LENGTH)."""
        key = (word, initial, final)
        if key not in self._derived:
            suffix_length = 0 if final else INNER_SUFFIX_LENGTH
            stems = self.derivation.stems(word, suffix_length, prefixed=not initial)
            stems = [s for s in stems if len(s) >= DERIVED_STEM_LENGTH]
            # function words and English words take no affixes a glue could fake: "ke|yang" is the
            # "eyang" of "deepfakeyang", "graduated|an" the "dan" of "graduatedan"
            stems = [s for s in stems if s not in self._function_words and not self._foreign(s)]
            best = max((self._count(s).plain for s in stems), default=0)
            self._derived[key] = best if best >= DERIVED_STEM_MIN else 0
        return self._derived[key]

    def _derived_cost(self, word: str, initial: bool, final: bool) -> float | None:
        """log10 probability of an unseen derived word, from its stem's count."""
        if not word.islower():
            return None
        count = self._derived_count(word, initial, final)
        return math.log10(count * DERIVED_SHARE / self._total) if count else None

    def _unseen_cost(self, word: str) -> float:
        return UNSEEN_BASE - UNSEEN_PER_LETTER * len(word)

    def _tail_score(self, tail: str, short_ok: bool = False) -> int:
        """A frequent small-letter word that may stand after a glued word: a function word
        ("yang"; "di" only before a capital, "Botafogodi|Piala", as names end in -di: "Sukadi"),
        or a longer word."""
        if tail in self._bound_suffixes or not tail.islower():
            return 0
        if len(tail) < MIN_TAIL_LENGTH and tail not in self._function_words:
            return 0
        if len(tail) < 3 and not short_ok:
            return 0
        count = self._count(tail).lower
        return count if count >= TAIL_MIN else 0

    def _verb(self, word: str) -> bool:
        """A long verb with its prefix: "di-", "meN-", "ber-", "ter-" and a stem news writes often
        ("didesak", "memaparkan", "mengabdikan"). No name ends in one, so after an unseen name it was
        glued on ("Runtuwene|memaparkan", "Boroujerdi|mengaku")."""
        if len(word) < LONG_TAIL_LENGTH or not word.islower() or not word.startswith(VERB_PREFIXES):
            return False
        if self._count(word).lower >= NAME_TAIL_MIN and not self._count(word).title_mid:
            return True  # a verb news writes often, whatever its stem ("membantah"), and never inside a name
        stems = self.derivation.stems(word, prefixed=True)
        return any(len(stem) >= DERIVED_STEM_LENGTH and self._count(stem).plain >= NAME_TAIL_MIN for stem in stems)

    def _running_word(self, word: str) -> bool:
        """A word after a rare head of a small-letter run: this long and written this often in small
        letters ("pengantin", "daging"; "mata" ends "cenderamata", "sikap" many words)."""
        return len(word) >= UNSEEN_HEAD_LENGTH and self._count(word).lower >= NAME_TAIL_MIN


def _attested(counts: WordCounts) -> bool:
    """A word seen often enough, or known to a dictionary (wordfreq), to be no glued form."""
    return counts.known >= GLUED_FORM_MAX or counts.reference > 0 or counts.english > 0


def unknown_run(run: str, counts: dict[str, WordCounts], attested: frozenset[str]) -> bool:
    """A letter run the table does not know as a word. A small-letter form that only scraped news
    attests, a few times, may be the same glue again ("akibaterupsi", "ibadahhaji": the table counts
    a June-only form seen in three articles of two outlets): it must be one of ``attested`` (see
    _attested); a capitalised one is more often a name made of words ("Mayapada", "Kubutambahan")."""
    lower = run.lower()
    return lower not in attested if run.islower() else lower not in counts


def _inside_counts(counts: dict[str, WordCounts]) -> tuple[dict[str, int], dict[str, int]]:
    """For each word of the table, how often longer words start with it and end with it."""
    starting: dict[str, int] = {}
    ending: dict[str, int] = {}
    for word, count in counts.items():
        for k in range(2, min(len(word), MAX_INSIDE_LENGTH + 1)):
            if word[:k] in counts:
                starting[word[:k]] = starting.get(word[:k], 0) + count.any
            if word[-k:] in counts:
                ending[word[-k:]] = ending.get(word[-k:], 0) + count.any
    return starting, ending


@dataclass(frozen=True)
class TableFacts:
    """What the splitter reads off the whole word table (``table_facts``), worked out once."""

    attested: frozenset[str]  # the words no glued form fakes (see _attested)
    function_words: frozenset[str]  # the FUNCTION_WORDS most frequent small-letter words
    total: int  # the table's tokens
    starting: dict[str, int]  # how often longer words start with each word (see _inside_counts)
    ending: dict[str, int]  # ... and end with it


def table_facts(counts: dict[str, WordCounts]) -> TableFacts:
    """The attested words, the function words, the total and the inside counts of ``counts``."""
    frequent = sorted((w for w, c in counts.items() if c.lower), key=lambda w: -counts[w].lower)
    total = sum(c.any for c in counts.values()) or 1
    starting, ending = _inside_counts(counts)
    attested = frozenset(w for w, c in counts.items() if _attested(c))
    return TableFacts(attested, frozenset(frequent[:FUNCTION_WORDS]), total, starting, ending)


def _table_counts(rows: Sequence[Sequence[str]]) -> dict[str, WordCounts]:
    counts = {}
    for row in rows:
        if 5 <= len(row) <= 7:
            counts[row[0]] = WordCounts(*map(int, row[1:]))
    return counts


@cache
def read_counts() -> dict[str, WordCounts]:
    """The word table (word_frequencies.tsv), read once: the glue splitter and the repair's heading test share it."""
    return package_tables()[0]


# ------------------------------------------------------------------ the on-disk cache of the tables
# Reading the 138,000-row table and working out its facts costs a process about 1.5 CPU seconds, paid again by
# every worker and every command: the result is kept in the user's cache folder (``cache_dir``), keyed by the
# table's bytes and the source of the code that derives from it, so an edited table or a changed rule rebuilds it.
CACHE_VARIABLE = "TELISIK_CACHE_DIR"  # a folder to keep it in; "" turns the cache off
CACHE_FORMAT = b"telisik glue tables 1"


def cache_dir() -> Path | None:
    """``$TELISIK_CACHE_DIR``, else ``$XDG_CACHE_HOME/telisik``, else ``~/.cache/telisik``; None when turned off."""
    given = os.environ.get(CACHE_VARIABLE)
    if given is not None:
        return Path(given).expanduser() if given else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "telisik"


def source_bytes(module_file: str | None) -> bytes:
    """A module's source, part of a cache key: a changed rule invalidates what it derived."""
    try:
        return Path(module_file).read_bytes() if module_file else b""
    except OSError:
        return b""


@cache
def table_key() -> bytes:
    """The digest of the word table's bytes, this module's source, the cache format and the Python version
    (marshal's format may change between versions)."""
    digest = hashlib.sha256(CACHE_FORMAT + f"{sys.version_info[:2]}{marshal.version}".encode())
    digest.update(resources.files("telisik.lang").joinpath("id", "word_frequencies.tsv").read_bytes())
    digest.update(source_bytes(__file__))
    return digest.digest()


def cached_tables(name: str, key: bytes, build: Callable[[], Any]) -> Any:
    """``build()`` (plain dicts, tuples, sets, strings and numbers), read back from the cache file ``name`` when it
    was written under the same ``key``, else built and written there. The file holds the key then the marshalled
    value; a stale, foreign or broken file is rebuilt; an unwritable folder only costs the build."""
    folder = cache_dir()
    path = folder / f"{name}.marshal" if folder is not None else None
    if path is not None:
        try:
            blob = path.read_bytes()
            if blob[: len(key)] == key:
                return marshal.loads(blob[len(key) :])
        except (OSError, EOFError, ValueError, TypeError):
            pass  # none yet, or unreadable: rebuilt below
    value = build()
    if path is not None:
        _write_cache(path, key + marshal.dumps(value))
    return value


def _write_cache(path: Path, blob: bytes) -> None:
    """Written whole or not at all (a temporary file renamed over it): two processes may write it at once."""
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp.write_bytes(blob)
        os.replace(tmp, path)
    except OSError as err:
        log.debug("glue tables not cached in %s: %s", path, err)
        with contextlib.suppress(OSError):  # no folder to write in at all
            tmp.unlink(missing_ok=True)


def _build_package_tables() -> tuple[Any, ...]:
    counts = _table_counts(table("id", "word_frequencies.tsv"))
    facts = table_facts(counts)
    return {w: tuple(c) for w, c in counts.items()}, facts.attested, facts.function_words, facts.total, facts.starting, facts.ending


@cache
def package_tables() -> tuple[dict[str, WordCounts], TableFacts]:
    """The package's word table and its facts, read from the cache where it is fresh (``cached_tables``)."""
    rows, attested, function_words, total, starting, ending = cached_tables("glue_lexicon", table_key(), _build_package_tables)
    counts = {w: WordCounts._make(c) for w, c in rows.items()}
    return counts, TableFacts(frozenset(attested), frozenset(function_words), total, starting, ending)


def company_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The legal forms written before a company's name ("PT") and after it ("Tbk"), as written."""
    rows = [row for row in table("id", "glue_company_forms.tsv") if len(row) == 2]
    return frozenset(r[1] for r in rows if r[0] == "before"), frozenset(r[1] for r in rows if r[0] == "after")


def spaced_prepositions() -> dict[tuple[str, str], tuple[int, int]]:
    """How often news writes "di", "ke" apart from each word and solid with it (glue_spaced_prepositions.tsv, built
    by scripts/build_glue_spaced.py): (preposition, word) -> (apart, solid)."""
    rows = table("id", "glue_spaced_prepositions.tsv")
    return {(row[0], row[1]): (int(row[2]), int(row[3])) for row in rows if len(row) == 4}


def affix_words(kind: str) -> frozenset[str]:
    return frozenset(row[1] for row in table("id", "glue_affixes.tsv") if len(row) == 2 and row[0] == kind)


@cache
def known_camel_names() -> frozenset[str]:
    """Names with a capital inside that are never cut: found in clean text, listed by hand, and the news
    organisations articles cite as they write them ("SINDOnews", "TenAsia": news_organisations.tsv)."""
    listed = word_list("id", "camel_names.txt") | frozenset(ln.strip() for ln in data_lines("camel_brands.txt"))
    return listed | media_camel_names()


_CAMEL_SHAPE = re.compile(r"[^\W\d_]*(?:[a-z][A-Z]|[A-Z]{2}[a-z])[^\W\d_]*")
_SITE_DOMAIN = re.compile(r"\.(?:com|co\.id|co|id|net|org|tv)$")


def media_camel_names() -> frozenset[str]:
    """The words with a capital inside of the news organisations' names and aliases (news_organisations.tsv: name,
    kind, comma-separated aliases), a site's domain left off ("SINDOnews.com" -> "SINDOnews"): an outlet's own
    spelling, never two words glued."""
    found: set[str] = set()
    for row in table("id", "news_organisations.tsv"):
        names = [row[0], *(row[2].split(",") if len(row) > 2 else [])]
        for word in (w for name in names for w in name.split()):
            word = _SITE_DOMAIN.sub("", word)
            # ... starting with a capital: one starting small ("iNews", "tvOne") would be found inside other words
            # ("SerambiNews"), and the outlets' channels ("detikOto") are byline_outlets.txt's
            if word[:1].isupper() and _CAMEL_SHAPE.fullmatch(word):
                found.add(word)
    return frozenset(found)


def derivation() -> Derivation:
    rows = table("id", "glue_derivation.tsv")
    prefixes = tuple((row[1], row[2].strip("-")) for row in rows if len(row) == 3 and row[0] == "prefix")
    suffixes = tuple(row[1] for row in rows if len(row) == 2 and row[0] == "suffix")
    return Derivation(prefixes, suffixes, tuple(row[1] for row in rows if len(row) == 2 and row[0] == "confix_end"))
