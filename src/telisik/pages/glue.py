"""Words glued by the scrape, split where they were glued.

Scrapers drop the space where a link, a heading or a paragraph break was removed:
"dilansirAntara", "ASDonald Trump", "pihak berwenangMalaysiaseperti", "JakartaHarga". This module
finds the offsets where a space belongs; ``pages.repair`` inserts them and records each one.

Only tokens that can be glued are looked at, so clean text costs a dictionary look-up a token:

- a letter run with a capital inside ("dariXinhua", "ASDonald", "APBNlewat") is cut at the case
  change when the words on both sides are words or names the frequency table knows (built by
  ``scripts/build_word_frequencies.py`` from clean news, the NER sets and name lists) and the run
  is not a known camel-case name ("WhatsApp", "TransJakarta", "detikNews") nor two English words
  ("SeaBank", "MetLife": a brand, where glue joins an Indonesian word or name); a common word
  starting a sentence is cut before any name ("Melansir|Statista"), and so is a frequent name that
  is not an English word ("Lombok|Stephanus"; "FreeSync" stays), a rare name of six letters or more
  before a common word ("Sutjahyo|Direktur"; shorter ones start brands: "FoneArena");
- a letter run the table does not know ("Israelyang", "Malaysiaseperti", "hasildaging") is read
  by a unigram model: cut into known words where that reading is likelier than one unseen word
  of its length (a word news seldom writes counting at wordfreq's figure, less a penalty: "habit",
  "fraud"), a word counting only as often as it stands alone rather than starting or ending
  longer words ("dia" starts "diajari", "akan" ends "digunakan"). A bound morpheme ("antar-",
  "-nya", "-kan") is never left alone (a prefix that is also a word may end a run, "butuh|ekstra",
  and "para" head three glued words), a capitalised run (a name) is cut only before a function
  word, a common word or a long word ("Bandung|menyandang"; "di", "ke" after a name that seldom
  starts a longer one: "Israel|ke", not "Setyadi"), and words the table knows ("kesejahteraan")
  are never cut; a reading never cuts inside an English word the table knows from wordfreq
  ("track|suit", "trace|ability": English writes it solid) nor inside a confix around a compound
  ("dilipat|gandakan"), and a capitalised run that starts with a common word written small is a
  sentence's first words, read as a small-letter run ("Strategi|coping|yang");
- two names glued ("Donald|Trump", "Brentford|Tottenham", "Pattynama|Calvin": a brand joins words or
  syllables, not two names); capitals before "di" or a word ("UMKM|di", "PERSOALAN|keabadian"); a
  group's letter before a word ("Grup G|Piala"); an unseen name before a closed-class word
  (glue_function_words.tsv: "Punisher|atau"); a bound prefix written solid with a known word is
  one word ("antaranggota");
- punctuation with no space after it inside a word ("Antara,Jumat", "Liputan6.compada", "dipahami.|Ia",
  "berkurang.|Acceptance": a small-letter word, a full stop and a new word however rare; "penumpang.|PT",
  "Gaza.|Bennour", "(BPS),|Senin", "selesai.|(Andi"), and quotation marks glued between words: before an
  opening one, after a closing one ("tersebut.|“Kami", 'menabrak,"|kata'; a straight one is read by the
  quotes open before it in the paragraph);
- a known capitalised word before a colon ending the token, a field's label ("Random|Editor:");
- a small-letter form the table counts only a few times from scraped news and no dictionary knows
  ("akibaterupsi") is read as unknown; the plural "para" before a frequent noun is a word of its own
  ("para|jemaah"; glue_prefixed_words.txt lists the loans it starts: "paramiliter").

URLs, e-mail addresses, @handles, #hashtags and digits are never cut.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

from telisik.lang import data_lines, lower_word_list, table, word_list

# Thresholds on the counts of word_frequencies.tsv (about 5M tokens of news, names and name lists).
HEAD_LOWER_MIN = 5  # a small-letter word before a capital ("dari|Antara")
WORD_MIN = 5  # a word or name after a case change ("AS|Donald", "Jakarta|Detasemen")
SEGMENT_WORD_MIN = 8  # a word of a piece cut without a case change, where its run's reading is judged
# ... and the least count of a word in that reading (a rarer one is unseen): rare words of a domain
# glue as often as common ones ("formulasi|vaksin"); the reading's score weighs their rarity
PIECE_WORD_MIN = 5
PAIR_MIN = 20  # the first of two capitalised words glued together ("Jakarta|Harga"; "VinFast" stays)
NAME_MIN = 100  # a name so frequent that an unknown acronym after it is glue ("Jakarta|BINUS")
ACRONYM_MIN = 3  # capitals seen standing alone ("AS", "PT", "KPK")
TAIL_MIN = 10  # a small-letter word glued after a word or name ("Israel|mengklaim")
ACRONYM_HEAD_MIN = 30  # a small-letter word before a two-capital acronym ("awalnya|HP"; "tvOS" stays)
UNKNOWN_HEAD_LENGTH = 5  # a small-letter stretch this long before a capital is glued even unknown
FUNCTION_WORDS = 150  # the most frequent small-letter words: the ones glued most
MIN_TAIL_LENGTH = 4  # shorter tails only when a function word ("ini", "dan") ...
SHORT_WORD_MIN = 100  # ... or a three-letter word seen this often in small letters ("hak", "tes")
MIN_RUN_LENGTH = 6  # shorter unknown runs are names or typos, not two words
MAX_RUN_LENGTH = 40  # longer runs are not words glued by a scrape (a URL slug, a chant, noise)
SEGMENT_CACHE_SIZE = 50_000
GLUED_FORM_MAX = 10  # a form news alone attests less often may be glue the table counted (see _known_whole)
# The segmentation model of unknown pieces (log10): see GlueSplitter._best_segmentation.
UNSEEN_BASE = -3.0  # an unseen word of no letters
UNSEEN_PER_LETTER = 0.85  # each letter of an unseen word
GLUE_PENALTY = 1.0  # each boundary a reading puts in
UNSEEN_INNER_PENALTY = 0.5  # an unseen word after the head costs this much more (see _rare_word_cost)
LONG_FUNCTION_LENGTH = 5  # a function word this long ("adalah", "dengan") ends no derived word
FUNCTION_END_BONUS = 1.0  # see GlueSplitter._function_end
FUNCTION_END_LENGTH = 3  # ... a function word this long ("di", "ke" end many names: "Sukadi")
# A word only wordfreq knows ("habit", "fraud") is out of the news domain, its count a guess: each
# costs this much more, so two rare words do not outbid one unseen word ("track|suit", "stereo|tipe").
REFERENCE_PENALTY = 1.5
MAX_WORD_LENGTH = 20
MIN_HEAD_LENGTH = 3  # "di", "ke" are prefixes too ("dipompa", "keramahan"): never a head cut off
MAX_INSIDE_LENGTH = 10  # words this long or shorter are counted where they start or end longer words
UNSEEN_HEAD_LENGTH = 6  # an unseen head this long before a function word ("diklofenak|yang")
# ... or this long before a long frequent word, which no name or derived word ends in ("Denza|mencapai")
UNSEEN_SHORT_HEAD_LENGTH = 5
LONG_WORD_LENGTH = 5  # such a word: this long ...
LONG_WORD_MIN = 200  # ... and seen this often in small letters
MAX_UNSEEN_INNER_LENGTH = 12  # a longer unseen stretch after a word is more words ("check|list|sederhana")
SHORT_TAIL_HEAD_MIN = 50  # "di", "ke" after a word seen this often ("Pendakian|ke"; "Sukadi" stays)
LONG_NAME_LENGTH = 9  # an unseen name this long before "ini", "dan" was glued to it ("Nahumarury|dan")
RARE_NAME_LENGTH = 6  # a rare capitalised word this long is a name, not a brand's first half ("FoneArena")
COMMON_WORD_MIN = 50  # a capitalised word after a rare name: seen this often in small letters
NAME_ALONE_MIN = 0.5  # a name before "ini", "dan": at least this share of its sightings alone
SHORT_NAME_ALONE_MIN = 0.95  # ... and before "di", "ke", which end many names ("Suryadi", "Mulyadi")
NAME_TAIL_MIN = 50  # a word after a capitalised head: seen this often in small letters
LONG_TAIL_LENGTH = 7  # ... or this long and seen SEGMENT_WORD_MIN times, after a known name
ENGLISH_MIN = 5  # an English word: wordfreq's English count at least this ...
ENGLISH_SHARE = 8  # ... and news writing it in small letters at most this many times as often
NAME_SHARE = 4  # a name is written capitalised this many times as often as in small letters or in English
ENGLISH_FUNCTION = 1000  # English words this frequent ("The", "In") start titles, not brands
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

# the prefixes of verbs ("didesak", "memaparkan", "bersusah"; see GlueSplitter._verb)
VERB_PREFIXES = ("di", "me", "ber", "ter")
APOSTROPHES = "'’"
MAX_APOSTROPHE_END = 3  # the letters after an apostrophe that end a word: "’s", "'un", "'ah"
_CHUNK = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_LONG_RUN = re.compile(rf"[^\W\d_]{{{MIN_RUN_LENGTH},}}")
# _inside_mark for a token of ASCII characters
_ASCII_INSIDE = re.compile(r"[A-Za-z][A-Z]|[0-9][A-Za-z]|.[,;?!.():\"].")
# A quotation mark between a word or its punctuation and a word ("tersebut.“Kami", 'Polri"yang')
_GLUED_QUOTE = re.compile(r"(?<=[^\W_]|[.,!?;:])[\"“”](?=[^\W\d_])")
_CAPITALISED = re.compile(r"[A-Z][^\W\dA-Z_]+")
# ... nor scrape markup in square brackets ("[bacajuga:Baca", "[Gambas:Video"): the cleaner's to remove
_SKIPPED = re.compile(r"://|www\.|@|^[#＃\[]", re.IGNORECASE)
_SITE = re.compile(r"\.(?:com|co\.id|id|net|org|tv)(?![^\W\d_])", re.IGNORECASE)
_SITE_GLUED = re.compile(r"(?<=[^\W_])\.(?:com|co\.id)(?=[a-z]{3,})")
# A space belongs after ",;?!)" and before "(" inside a word, between letters ("Antara,Jumat"), and
# after ";" before a list number ("Lukminto;2.").
_PUNCT_GLUE = re.compile(
    r"(?<=[^\W\d_]{2}[,;?!)])(?=[^\W\d_])|(?<=[^\W\d_]{2})(?=\([^\W\d_])|(?<=[^\W\d_]{2};)(?=\d)"
    # ... after a bracket's comma or full stop ("(AS),|Federal", "(MPASI).|Di") and before a bracket
    # after a full stop ("kepolisian.|(Fetra")
    r"|(?<=[^\W\d_]\)[,;])(?=[^\W\d_])|(?<=[^\W\d_]\)\.)(?=[A-Z][a-z])|(?<=[^\W\d_]{2}\.)(?=\([^\W\d_])"
)
# ... and after a full stop or colon when a capitalised word follows ("PSG.Disinyalir").
_STOP_GLUE = re.compile(r"(?<=[^\W\d_]{2}[.:])(?=[A-Z][a-z]{2,})")
# the small-letter word that ends a token's text before its full stop or colon
_WORD_BEFORE_STOP = re.compile(r"(?<![^\W\d_])[a-z]{4,}$")
_SHORT_WORD_BEFORE_STOP = re.compile(r"(?<![^\W\d_])[a-z]{3,}$")
_NAME_BEFORE_STOP = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{3,}$")
# ... and capitals after a full stop ("penumpang.PT", "fatal.JANGAN"), checked in _stop_before_capitals
_STOP_CAPITALS = re.compile(r"(?<=[a-z]{3}\.)(?=[A-Z]{2,}(?![^\W\d_]))")
# ... or a two-letter function word after a small-letter word ("dipahami.Ia"; "S.Pd", "M.Si" stay)
_STOP_GLUE_SHORT = re.compile(r"(?<=[a-z]{3}\.)[A-Z][a-z](?![^\W_])")
# ... and between a number and a word ("2025di", "COVID-19masih").
_NUMBER_GLUE = re.compile(r"(?<=\d)(?=[a-z]{2,})")


@dataclass(frozen=True)
class WordCounts:
    """How often a word was seen in each casing in news, and its wordfreq figures (see
    scripts/build_word_frequencies.py)."""

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


@dataclass(frozen=True)
class _Word:
    """A stretch of a letter run: a word, or a protected name ("WhatsApp", the "detik" of "detikNews")."""

    start: int
    text: str
    protected: bool = False
    joined_to_next: bool = False  # an outlet prefix: "detik|News" is never cut
    cut_before: bool = False  # the second word of an unknown piece ("Israel|yang")


class GlueSplitter:
    """Finds the offsets in paragraph text where a glued word needs a space."""

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
    ) -> None:
        self._counts = counts
        self._attested = frozenset(w for w, c in counts.items() if _attested(c))
        self._derivation = derivation or Derivation((), ())
        self._derived: dict[tuple[str, bool, bool], int] = {}
        self._segments: dict[tuple[str, bool], list[str]] = {}
        self._bound_prefixes = bound_prefixes
        self._bound_suffixes = bound_suffixes
        self._clitics = clitics
        self._closed_words = closed_words
        self._solid_words = solid_words  # "paramiliter": see _plural_glue
        frequent = sorted((w for w, c in counts.items() if c.lower), key=lambda w: -counts[w].lower)
        self._function_words = frozenset(frequent[:FUNCTION_WORDS])
        self._total = sum(c.any for c in counts.values()) or 1
        self._starting, self._ending = _inside_counts(counts)
        names = sorted(camel_names, key=len, reverse=True)
        self._camel = re.compile("|".join(map(re.escape, names))) if names else None
        outlets = "|".join(map(re.escape, sorted(outlet_prefixes, key=len, reverse=True)))
        self._outlet = re.compile(rf"(?i:{outlets})(?=[A-Z])") if outlets else None
        self._outlet_word = re.compile(rf"(?i:{outlets or '(?!)'})")

    # --- public interface

    def splits(self, text: str) -> list[int]:
        """Sorted offsets in ``text`` where a space is inserted."""
        offsets: list[int] = []
        for chunk in _CHUNK.finditer(text):
            token = chunk.group()
            if _SKIPPED.search(token) or not _may_be_glued(token, self._counts, self._attested):
                continue
            found = self._token_splits(token)
            if '"' in token or "“" in token or "”" in token:
                found |= _quote_splits(token, text.count('"', 0, chunk.start()) % 2 == 1)
            offsets.extend(chunk.start() + i for i in found if 0 < i < len(token))
        return sorted(set(offsets))

    def split(self, text: str) -> str:
        """``text`` with a space inserted at each of :meth:`splits`."""
        parts, last = [], 0
        for offset in self.splits(text):
            parts.append(text[last:offset])
            last = offset
        parts.append(text[last:])
        return " ".join(parts)

    # --- a whitespace token

    def _token_splits(self, token: str) -> set[int]:
        found = self._punctuation_splits(token)
        site_glued = {m.end() for m in _SITE_GLUED.finditer(token) if self._word_follows(token, m.end())}
        found |= site_glued
        site = _SITE.search(token)
        for run in _LETTERS.finditer(token):
            found |= self._letter_run_splits(token, run, site_glued, site)
        return {i for i in found if 0 < i < len(token)}

    def _punctuation_splits(self, token: str) -> set[int]:
        """Offsets after punctuation inside a word ("Antara,|Jumat", "PSG.|Disinyalir") and between a
        number and a word ("2025|di")."""
        found = {m.start() for m in _PUNCT_GLUE.finditer(token)}
        found |= {m.start() for m in _STOP_GLUE.finditer(token) if self._stop_glue(token, m.start())}
        found |= {m.start() for m in _STOP_GLUE_SHORT.finditer(token) if self._stop_before_short(m.group())}
        found |= {m.start() for m in _STOP_CAPITALS.finditer(token) if self._stop_before_capitals(token, m.start())}
        found |= {m.start() for m in _NUMBER_GLUE.finditer(token) if self._number_glue(token, m.start())}
        return found

    def _letter_run_splits(self, token: str, run: re.Match[str], site_glued: set[int], site: re.Match[str] | None) -> set[int]:
        """Offsets in ``token`` inside one of its letter runs."""
        start, text = run.start(), run.group()
        glued_at = next((i for i in site_glued if start < i < run.end()), None)
        if glued_at is not None:  # "Liputan6.compada": the run after ".com" is a run of its own
            start, text = glued_at, token[glued_at : run.end()]
        site_name = site is not None and token.find(".", run.end()) == site.start() and glued_at is None
        letter_end = token.startswith(".", run.end())  # "Taurat|C." (see _letter_after_word)
        label_end = token.startswith(":", run.end())  # "Random|Editor:" (see _label_after_word)
        offsets = self._run_splits(text, site_name=site_name, letter_end=letter_end, label_end=label_end)
        offsets += self._after_apostrophe(text) if start and token[start - 1] in APOSTROPHES else []
        return {start + i for i in offsets}

    def _after_apostrophe(self, run: str) -> list[int]:
        """"Reader’s|Digest", "Raji'un|Pesawat": the small letters after an apostrophe end the word
        before it, so a known name or word after them was glued on."""
        pieces = _case_pieces(run)
        if len(pieces) < 2 or not run[: pieces[0][1]].islower() or pieces[0][1] > MAX_APOSTROPHE_END:
            return []
        start, end = pieces[1]
        word = run[start:end]
        return [start] if word[1:].islower() and len(word) >= 3 and self._count(word).title >= WORD_MIN else []

    def _stop_glue(self, token: str, offset: int) -> bool:
        """"PSG.Disinyalir" is two sentences; "Kompas.Com" and "U.S.A" are not."""
        if _SITE.match(token, offset - 1):
            return False
        word = _CAPITALISED.match(token, offset)
        if word is None:
            return False
        if self._count(word.group()).title >= PAIR_MIN:
            return True
        # ... nor is a small-letter word, a full stop and a new word however rare ("berkurang.|Acceptance")
        before = _WORD_BEFORE_STOP.search(token, 0, offset - 1)
        if before is not None:
            return len(word.group()) >= MIN_TAIL_LENGTH and self._count(before.group()).lower >= WORD_MIN
        # ... nor a known name, a full stop and a new name ("Gaza.|Bennour"; "Katalis.AI" is a site)
        name = _NAME_BEFORE_STOP.search(token, 0, offset - 1)
        if name is None or len(word.group()) < MIN_TAIL_LENGTH:
            return False
        return self._name(name.group()) and self._count(name.group()).title >= PAIR_MIN

    def _stop_before_capitals(self, token: str, offset: int) -> bool:
        """"penumpang.|PT", "fatal.|JANGAN": a small-letter word, a full stop, then capitals."""
        if _SITE.match(token, offset - 1):
            return False
        before = _SHORT_WORD_BEFORE_STOP.search(token, 0, offset - 1)
        return before is not None and self._count(before.group()).lower >= WORD_MIN

    def _stop_before_short(self, word: str) -> bool:
        """"dipahami.|Ia", "hujan.|Ya": a two-letter function word or sentence opener after a full stop."""
        return word.lower() in self._function_words or self._count(word).title_initial >= NAME_MIN

    def _number_glue(self, token: str, offset: int) -> bool:
        word = _LETTERS.match(token, offset)
        if word is None or self._outlet_word.fullmatch(word.group()):
            return False
        first = self._segment(word.group())[0]
        return first in self._function_words or (len(first) >= MIN_TAIL_LENGTH and self._count(first).lower >= TAIL_MIN)

    def _word_follows(self, token: str, offset: int) -> bool:
        rest = _LETTERS.match(token, offset)
        return rest is not None and self._count(self._segment(rest.group())[0]).lower >= HEAD_LOWER_MIN

    # --- a letter run

    def _run_splits(self, run: str, site_name: bool = False, letter_end: bool = False, label_end: bool = False) -> list[int]:
        """Offsets inside one letter run ("berwenangMalaysiaseperti")."""
        words = self._words(run)
        offsets = []
        for left, right in zip(words, words[1:], strict=False):
            if left.joined_to_next:
                continue
            letter = letter_end and right is words[-1] and self._letter_after_word(left, right)
            letter = letter or label_end and right is words[-1] and self._label_after_word(left, right)
            # a site's name is written solid ("cekfakta.com"): only a case change or a function word
            # before it ("dari|merdeka.com") cuts it
            cut = right.cut_before and (not site_name or left.text.lower() in self._closed_words)
            if cut or self._case_glue(left, right, site_name) or letter:
                offsets.append(right.start)
        return offsets

    def _label_after_word(self, left: _Word, right: _Word) -> bool:
        """A known capitalised word before a colon ending the token is a field's label after the
        value before it ("Random|Editor:", "Punjabi|Genre:", "Yugoslavia|Juara:"): brands end no label."""
        if left.protected or right.protected or not left.text[0].isupper():
            return False
        word = right.text
        return len(word) >= MIN_TAIL_LENGTH and word[1:].islower() and self._count(word).title >= PAIR_MIN

    def _letter_after_word(self, left: _Word, right: _Word) -> bool:
        """A capital letter and a full stop ending a token after a capitalised word are an option or a
        chord of their own ("Taurat|C.", "Mazmur|D."), as "hari|C." after a small-letter word
        ("BalinaleX" stays: an edition numbered in Roman)."""
        word = left.text
        return len(right.text) == 1 and right.text.isupper() and not left.protected and len(word) >= MIN_TAIL_LENGTH and word[1:].islower()

    def _words(self, run: str) -> list[_Word]:
        """The run as words: protected names, and the pieces between them cut by case and, where
        a piece is unknown, into known words."""
        words: list[_Word] = []
        position = 0
        for name in self._names(run):
            words.extend(self._plain_words(run, position, name.start))
            words.append(name)
            position = name.start + len(name.text)
        words.extend(self._plain_words(run, position, len(run)))
        return words

    def _names(self, run: str) -> list[_Word]:
        """Known camel-case names and outlet prefixes before a capital ("detik" of "detikNews")."""
        if not any(c.isupper() for c in run[1:]):
            return []
        found: list[_Word] = []
        for pattern, joined in ((self._camel, False), (self._outlet, True)):
            if pattern is not None:
                found += [_Word(m.start(), m.group(), True, joined) for m in pattern.finditer(run)]
        found.sort(key=lambda w: (w.start, -len(w.text)))
        kept: list[_Word] = []
        for word in found:
            if not kept or word.start >= kept[-1].start + len(kept[-1].text):
                kept.append(word)
        return kept

    def _plain_words(self, run: str, start: int, end: int) -> list[_Word]:
        words: list[_Word] = []
        if start >= end:
            return words
        for piece_start, piece_end in self._pieces(run[start:end]):
            position = start + piece_start
            parts = self._segment(run[position : start + piece_end], before_capital=start + piece_end < len(run))
            for index, part in enumerate(parts):
                words.append(_Word(position, part, cut_before=index > 0))
                position += len(part)
        return words

    def _pieces(self, run: str) -> list[tuple[int, int]]:
        """Case pieces, with "APB|Nlewat" moved to "APBN|lewat" when the small letters are a word
        and the capital with them is not ("AS|Donald" stays)."""
        pieces = _case_pieces(run)
        for k in range(1, len(pieces)):
            (start, end), (left_start, _) = pieces[k], pieces[k - 1]
            word = run[start:end]
            if run[start - 1].isupper() and len(word) > 1 and word[1:].islower() and self._capital_moves(run[left_start:start], word):
                rest = self._segment(word[1:])[0]
                capitals = run[left_start : start + 1]  # "SEBUAH|kondom": a word in capitals
                if rest not in self._bound_suffixes and (self._count(rest).lower >= TAIL_MIN or self._capital_word(capitals, rest)):
                    pieces[k - 1], pieces[k] = (left_start, start + 1), (start + 1, end)
        return pieces

    def _capital_moves(self, capitals: str, word: str) -> bool:
        """Whether the capital starting ``word`` may end the capitals before it: where ``word`` is no
        known name ("APB|Nlewat"), or where its small letters are a function word after an acronym
        ("AI|dan", "BRMS|ini": not "A Idan", "BRM Sini")."""
        counts = self._count(word)
        if counts.title < WORD_MIN:
            return True
        rest = word[1:]
        if rest not in self._closed_words:
            return False
        acronym = self._count(capitals + word[0]).upper >= ACRONYM_MIN
        return acronym or counts.title < PAIR_MIN or self._mostly_small(word)

    def _capital_word(self, capitals: str, rest: str) -> bool:
        """Capitals that spell a word news writes in small letters, before small letters of some length."""
        return len(capitals) >= MIN_TAIL_LENGTH and len(rest) >= MIN_TAIL_LENGTH and self._count(capitals).lower >= COMMON_WORD_MIN

    # --- one case change

    def _case_glue(self, left_word: _Word, right_word: _Word, site_name: bool) -> bool:
        """Whether the change between two words of a run is a removed space."""
        left, right = left_word.text, right_word.text
        if right_word.protected and (left.islower() or not right[0].isupper()):
            return self._count(left).any >= HEAD_LOWER_MIN or len(left) >= UNKNOWN_HEAD_LENGTH
        if left_word.protected:
            return self._after_name(right, site_name)
        if left.islower():
            return self._lower_then_capital(left, right)
        if left.isupper() and len(left) > 1:
            return self._acronym_then(left, right)
        if site_name or not left[0].isupper():
            return False
        if len(left) == 1:  # a group's letter before a word ("Grup G|Piala"); "KPop", "XPower" stay
            return self._common_word(right) and not self._acronym_before_word(left + right)
        return self._title_then_capital(left, right)

    def _acronym_before_word(self, run: str) -> bool:
        """"ASini" is "AS|ini", not "A|Sini": two capitals that are a known acronym, then a word."""
        acronym, rest = run[:2], run[2:]
        return self._count(acronym).upper >= ACRONYM_MIN and self._count(rest).lower >= TAIL_MIN

    def _after_name(self, right: str, site_name: bool) -> bool:
        """"WhatsApp|kembali", "McGregor|sudah", "iMessage|itu"."""
        if right.islower():
            return self._tail_score(right, short_ok=True) > 0  # "MotoGP|di": a name in the list ends there
        return not site_name and len(right) >= 3 and self._count(right).title >= PAIR_MIN

    def _lower_then_capital(self, left: str, right: str) -> bool:
        """"dari|Antara", "di|TWS", "hari|C.": a small-letter word, then a name (new names welcome).
        Brands start with one or two small letters ("iPhone", "tvOS", "mmHg") or a short word
        before two capitals ("macOS")."""
        if len(left) < 2 or not right[0].isupper():
            return False
        if right.lower() in self._clitics:
            return False  # a clitic in capitals: the reverent "memberiMU", "kasihNYA"
        if len(left) == 2:  # "di|TWS", "vs|Timnas"; brands start with a syllable ("myPertamina", "goTo")
            if left in self._function_words:
                return True
            frequent = self._count(left).lower >= LONG_WORD_MIN and not self._english(left)
            return frequent and len(right) >= MIN_TAIL_LENGTH and right[1:].islower()  # "idBBB+", "kmÂ²" stay
        if right.isupper() and len(right) == 2:
            return self._count(left).lower >= ACRONYM_HEAD_MIN
        return len(left) >= UNKNOWN_HEAD_LENGTH or self._count(left).lower >= HEAD_LOWER_MIN

    def _acronym_then(self, left: str, right: str) -> bool:
        """"AS|Donald", "KPK|tengah", "UMKM|di", "JADWAL|siaran"; "PPnBM", "BRImo", "OLXmobbi" stay.
        Names end in "-di", "-ke" ("Sukadi"), acronyms do not: a function word that short ends the
        token after capitals only where it was glued on."""
        if right.islower():
            return self._tail_score(right, short_ok=True) > 0 or self._word_after_capitals(left, right)
        if len(right) < 3:
            return False
        known_left = self._count(left).upper >= ACRONYM_MIN or self._count(left).title >= WORD_MIN
        if len(left) >= MIN_TAIL_LENGTH and self._count(left).title >= WORD_MIN and len(right) >= MIN_TAIL_LENGTH and right[1:].islower():
            return True  # a word or name in capitals, then a name: a headline's lead ("MARC|Marquez", "ANDERS|Frisk")
        # an unknown acronym before a frequent name ("SKKL|Indonesia", "HGBT|Prabowo"): brands join
        # an acronym to a word ("QJMotor", "AIAssistant")
        if known_left and self._count(right).title >= WORD_MIN or self._name(right) and self._count(right).title >= NAME_MIN:
            return True
        # a frequent acronym before a new name ("BYD|Denza", "CEO|Tokocrypto"): a brand joins an
        # acronym to an English word or a syllable ("PLNMobile", "BRImo")
        return len(left) >= 3 and self._count(left).upper >= NAME_MIN and self._name_like(right, RARE_NAME_LENGTH - 1)

    def _word_after_capitals(self, left: str, right: str) -> bool:
        """"PERSOALAN|keabadian": a word in capitals that news writes in small letters (a headline's
        lead), then a word or a derived word, however rare ("UMKMnya" is a clitic: see _tail_score)."""
        if len(left) < MIN_TAIL_LENGTH or len(right) < MIN_TAIL_LENGTH or right in self._bound_suffixes:
            return False
        if self._count(left).lower < COMMON_WORD_MIN:
            return False
        return self._count(right).plain >= SEGMENT_WORD_MIN or self._derived_cost(right, initial=True, final=True) is not None

    def _title_then_capital(self, left: str, right: str) -> bool:
        """"Jakarta|Harga", "Presiden|Prabowo", "Jakarta|PT"; "VinFast", "MotoGP", "HokBen" stay."""
        left_count = self._count(left).title
        if len(left) < 3:
            return False
        if self._name(left) and self._name(right):
            return True  # "Donald|Trump", "Brentford|Tottenham": brands join words, not two names
        if self._english_compound(left, right):
            return False
        if left_count < PAIR_MIN:
            return self._rare_then_capital(left, right)
        if right.isupper():
            return len(right) == 1 or self._acronym_after_name(right, left_count)
        short_opener = right.lower() in self._function_words or self._count(right).title_mid >= NAME_MIN
        if len(right) == 2 and left_count >= NAME_MIN and short_opener:
            return True  # a dateline's or heading's word before a sentence or name ("Jakarta|Di", "Hasil|Al")
        if len(right) < 3 or max(len(left), len(right)) < 4:
            return False
        return self._count(right).title >= WORD_MIN or self._new_name_after(left, right, left_count)

    def _rare_then_capital(self, left: str, right: str) -> bool:
        """"Sutjahyo|Direktur", "Server|Tiket": a rare name, then a common word; "Mapolres|Sukabumi";
        two rare names ("Pattynama|Calvin")."""
        if len(left) >= RARE_NAME_LENGTH and self._common_word(right) or self._known_then_name(left, right):
            return True
        return self._name_like(left, RARE_NAME_LENGTH) and self._name_like(right, RARE_NAME_LENGTH - 1)

    def _new_name_after(self, left: str, right: str, left_count: int) -> bool:
        """A capitalised word the table seldom saw after a known word or name."""
        # a new name after a word or name common enough that it ends names rather than starting
        # brands: "Melansir|Statista" (a common word starting a sentence), "Lombok|Stephanus"
        # ("FreeSync", "RedDoorz", "NewsPedia": an English word starts brands)
        if self._common_word(left) and self._mostly_small(left):
            return True
        # an English word starts brands ("FreeSync"), a name English has too a name ("Korea|Omniscient"),
        # unless an English word follows ("IranWire")
        if len(right) < MIN_TAIL_LENGTH or self._english(left) and (not self._name(left) or self._english(right)):
            return False
        # ... or a known name before a new one ("Bendungan|Tamblang"): brands join syllables and
        # English words, which _name_like leaves out
        return left_count >= NAME_MIN or self._name(left) and self._name_like(right, RARE_NAME_LENGTH - 1)

    def _english_compound(self, left: str, right: str) -> bool:
        """"SeaBank", "FunTouch", "MetLife": two English words in one token are a brand, as glue
        joins an Indonesian word or name to the next ("Jakarta|Bank", "Tim|Lifestyle")."""
        if any(self._name(w) and self._count(w).title >= NAME_MIN for w in (left, right)):
            return False  # "City|Liverpool", "Google|News": a frequent name is no brand's half ("MasterChef")
        return self._english(left) and self._english(right) and max(self._count(w).english for w in (left, right)) < ENGLISH_FUNCTION

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

    def _known_then_name(self, left: str, right: str) -> bool:
        """A rare word or name before a frequent name: a known one ("Mapolres|Sukabumi") or a long
        one ("Dittipidum|Bareskrim"); a short unknown one starts a brand ("FoneArena", "HokBen")."""
        known = self._count(left).title >= WORD_MIN or len(left) >= RARE_NAME_LENGTH
        return known and self._frequent_name(right)

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

    def _acronym_after_name(self, acronym: str, name_count: int) -> bool:
        """"Jakarta|PT", "Jakarta|BINUS"; "MotoGP", "ChatGPT", "HarmonyOS" stay."""
        if len(acronym) == 2:
            return name_count >= NAME_MIN and self._count(acronym).upper >= ACRONYM_MIN
        return name_count >= NAME_MIN or self._count(acronym).upper >= ACRONYM_MIN

    # --- a piece without a case change

    def _segment(self, piece: str, before_capital: bool = False) -> list[str]:
        """A piece the table does not know, cut into a known head and known words after it
        (remembered: the cut of a tail is asked for again by each head before it)."""
        key = (piece, before_capital)
        if key not in self._segments:
            if len(self._segments) > SEGMENT_CACHE_SIZE:
                self._segments.clear()
            self._segments[key] = self._best_segmentation(piece, before_capital)
        return self._segments[key]

    def _best_segmentation(self, piece: str, before_capital: bool) -> list[str]:
        """The likeliest reading of an unknown piece: one unseen word, or known words glued together.

        A unigram model in log10: a known word costs its share of the table's tokens, an unseen word
        costs UNSEEN_BASE plus UNSEEN_PER_LETTER a letter (a long unseen string is rarely one word),
        and each glued boundary costs GLUE_PENALTY. An unseen word may start the reading before a
        function word or a long frequent word ("diklofenak|yang", "Denza|mencapai"), or, in small
        letters, follow a known word before a function word or at the end ("termasuk|tabdzir|yang",
        "menggunakan|spidol"): such readings are sought only where known words give none, and apart,
        as the one-best search with them may settle on more words than the glue penalty allows."""
        if not MIN_RUN_LENGTH <= len(piece) <= MAX_RUN_LENGTH or not _unknown_run(piece, self._counts, self._attested):
            return [piece]
        if not (piece.islower() or piece[1:].islower()):
            return [piece]
        if self._prefixed_word(piece.lower()):
            return [piece]
        whole = max(self._unseen_cost(piece), self._derived_cost(piece, initial=True, final=True) or -math.inf)
        # inner unseen words only in small-letter runs (see _unseen_inner_allowed), and only where
        # known words alone give no reading
        found: tuple[float, list[str]] | None = None
        for inner_unseen in (False, True) if piece.islower() else (False,):
            best = self._viterbi(piece, before_capital, inner_unseen)
            if best is None:
                continue
            score = best[0] - GLUE_PENALTY * (len(best[1]) - 1) + self._function_end(best[1])
            if score >= whole and (found is None or score > found[0]):
                found = (score, best[1])
            # an unseen head before a function word may hide known words ("sebelumnya|filler|dan")
            if found is not None and self._count(found[1][0]).known >= SEGMENT_WORD_MIN:
                break
        return [piece] if found is None else found[1]

    def _rejoined(self, words: list[str]) -> list[str]:
        """A reading with the boundaries no scrape makes taken out: inside an English word the table
        knows ("track|suit", "trace|ability", "pros|thesis": written solid, rarer than its parts),
        and inside a confix around a compound ("dilipat|gandakan", "memadu|padankan")."""
        joined = [words[0]]
        for word in words[1:]:
            before = joined[-1]
            if before.islower() and word.islower() and (self._spells_english_word(before, word) or self._confix(before, word)):
                joined[-1] = before + word
            else:
                joined.append(word)
        return joined

    def _spells_english_word(self, before: str, word: str) -> bool:
        """Two words of a reading that spell a word the table knows from English text only, one of
        them foreign ("track|suit"; "di|kota" is glue however often a chat writes "dikota")."""
        counts = self._count(before + word)
        return counts.known > 0 and counts.lower < PIECE_WORD_MIN and (self._foreign(before) or self._foreign(word))

    def _foreign(self, word: str) -> bool:
        """An English word, or a word English text has that news seldom writes ("timed", "caps")."""
        counts = self._count(word)
        return self._english(word) or counts.english > 0 and counts.lower < PIECE_WORD_MIN

    def _confix(self, before: str, word: str) -> bool:
        """A prefixed word without a suffix, then a suffixed one without a prefix: the two halves of
        a confix around a compound ("di|lipat ganda|kan"), as two derived verbs are seldom glued."""
        derivation = self._derivation
        prefixed = any(before.startswith(p) and len(before) - len(p) >= DERIVED_STEM_LENGTH for p, _ in derivation.prefixes if len(p) >= 2)
        if not prefixed or any(before.endswith(e) for e in derivation.suffixes if len(e) >= INNER_SUFFIX_LENGTH):
            return False
        ends = [e for e in derivation.confix_ends if word.endswith(e) and len(word) - len(e) >= DERIVED_STEM_LENGTH]
        if not ends or any(word.startswith(p) for p, _ in derivation.prefixes if len(p) >= 2):
            return False
        return any(self._count(word[: -len(e)]).plain >= PIECE_WORD_MIN for e in ends)

    def _prefixed_word(self, piece: str) -> bool:
        """A bound prefix written solid with a known word is one word ("antaranggota",
        "pascapeluncuran"), however the rest could be read ("antara|nggota"); not with a passive
        verb, which takes no such prefix ("Prodi|pastikan")."""
        if piece in self._solid_words:
            return True
        for prefix in self._bound_prefixes:
            rest = piece[len(prefix) :]
            if not piece.startswith(prefix) or len(rest) < MIN_TAIL_LENGTH or rest.startswith("di"):
                continue
            if self._count(rest).plain >= SEGMENT_WORD_MIN and not self._plural_glue(prefix, rest):
                return True
        return False

    def _plural_glue(self, head: str, tail: str) -> bool:
        """A prefix that is also a frequent word before a frequent word: "para|jemaah", "para|ahli"
        (the plural "para" glues to nouns far more often than it starts a loan: "paramiliter")."""
        counts = self._count(tail)
        return head.lower() in self._function_words and tail.islower() and len(tail) >= MIN_TAIL_LENGTH and counts.lower >= NAME_TAIL_MIN

    def _function_end(self, words: list[str]) -> float:
        """A bonus for a reading of an unseen word and a function word ending the run: scrapes glue
        a function word onto a name far more often than a word ends in one ("Purifier|ini",
        "Punisher|atau")."""
        tail = words[-1]
        # in small letters the unseen head is often more words glued ("jajanngerokok|gitu", "padupadan")
        if len(words) != 2 or not (words[0][0].isupper() and words[0][1:].islower()):
            return 0.0
        if self._long_word(tail) and tail not in self._closed_words:
            # ... or a long frequent word after a known name ("Vivo|ingin"; "Rantauprapat" is one)
            return FUNCTION_END_BONUS if self._count(words[0]).title >= WORD_MIN else 0.0
        if tail not in self._closed_words or len(tail) < FUNCTION_END_LENGTH:
            return 0.0
        # "Pemecah|akan" is the "-kan" of a misspelt "Pemecahkan"
        return FUNCTION_END_BONUS if self._function_after_unseen(words[0], tail) else 0.0

    def _viterbi(self, piece: str, before_capital: bool, inner_unseen: bool) -> tuple[float, list[str]] | None:
        """The best split of ``piece`` into two or more words, by summed log-probability; unseen
        words after the first only where ``inner_unseen``."""
        # best[i][state]: the best reading of piece[:i] as (log-probability, words); words[0] may be
        # unseen; state True where its last word is an unseen inner word, which only a function word
        # may follow (kept apart, so that it never hides a reading of known words up to i).
        best: list[dict[bool, tuple[float, list[str]]]] = [{} for _ in range(len(piece) + 1)]
        best[0][False] = (0.0, [])
        for end in range(MIN_HEAD_LENGTH, len(piece) + 1):
            for start in range(max(0, end - MAX_WORD_LENGTH), end - 1):
                for before in best[start].values():
                    cost = self._word_cost(piece, (start, end), before[1], before_capital, inner_unseen)
                    if cost is None:
                        continue
                    state = inner_unseen and start > 0 and end < len(piece) and self._unseen_inner(piece[start:end])
                    current = best[end].get(state)
                    if current is None or before[0] + cost > current[0]:
                        best[end][state] = (before[0] + cost, [*before[1], piece[start:end]])
        found = best[len(piece)].get(False)
        words = self._rejoined(found[1]) if found is not None else []
        if found is None or len(words) < 2:
            return None
        return (found[0], words) if self._reading_allowed(piece, words, before_capital) else None

    def _word_cost(self, piece: str, span: tuple[int, int], before: list[str], before_capital: bool, inner_unseen: bool) -> float | None:
        """log10 probability of ``piece[start:end]`` as the next word, or None where it cannot be one."""
        start, end = span
        word, last = piece[start:end], end == len(piece)
        if start == 0:
            return self._head_cost(word)
        if word in self._bound_suffixes or word.lower() in self._bound_prefixes and not (last and not before_capital):
            return None  # a prefix ending the run binds to nothing: "butuh|effort|ekstra", not "pro|Rakyat"
        if len(word) < MIN_TAIL_LENGTH and not (word in self._function_words or piece.islower() and self._short_word(word)):
            return None  # "Amarilis", "diajari": a short stretch is more often a syllable of one word
        if len(word) < 3 and not (last and (before_capital or self._short_tail_head(before[0]))):
            return None  # "di", "ke" end names ("Sukadi"): only after a frequent word or name, or before a capital
        count = self._count(word).plain
        if not word.islower():
            return None
        if len(before) > 1 and self._unseen_inner(before[-1]) and not self._function_after_unseen(before[-1], word):
            return None
        if count < PIECE_WORD_MIN:
            return self._rare_word_cost(piece, word, before, last, inner_unseen)
        # "akan", "nya" and "dan" also end many words ("digunakan", "badan"), "yang" few: a tail counts
        # as often as it stands alone, not as often as it ends a word
        cost = self._log_share(word, count) + self._alone(word, self._ending)
        return cost if last else cost + self._alone(word, self._starting)

    def _rare_word_cost(self, piece: str, word: str, before: list[str], last: bool, inner_unseen: bool) -> float | None:
        """log10 probability of a word after the head that the table seldom or never saw: a derived
        word, or an unseen one where the reading allows it."""
        derived = self._derived_cost(word, initial=False, final=last)
        if derived is not None or not inner_unseen:
            return derived
        allowed = self._unseen_tail_allowed(piece, word, before) if last else self._unseen_inner_allowed(piece, word, before)
        return self._unseen_cost(word) - UNSEEN_INNER_PENALTY if allowed else None  # below known words: "habit|kita", not "habitkita"

    def _head_cost(self, head: str) -> float | None:
        lower = head.lower()
        if lower in self._bound_prefixes and lower not in self._function_words:
            return None  # "antar|negara" is antarnegara; "para" is also a word (see _reading_allowed)
        if len(head) < MIN_TAIL_LENGTH and not self._short_word(head):
            return None
        counts = self._count(head)
        count = counts.title if head[0].isupper() else counts.plain
        if count >= PIECE_WORD_MIN:  # "dia", "suka" also start many words ("diajari", "Sukadi")
            return self._log_share(head, count) + self._alone(head, self._starting)
        derived = self._derived_cost(head, initial=True, final=False)
        if derived is not None:
            return derived
        return self._unseen_cost(head) if len(head) >= UNSEEN_SHORT_HEAD_LENGTH else None

    def _reading_allowed(self, piece: str, words: list[str], before_capital: bool) -> bool:
        """An unseen head only before a function word, and not where the piece may be one unseen
        derived word ("dipompakan", "mengganyang"); a name ("Aom Alibasah", "Kasadanya", "Martini") is
        cut only where a function word or a frequent longer word follows it."""
        head, tail = words[0], words[1]
        derived = self._derived_count(head, initial=True, final=False)
        if self._count(head).known < SEGMENT_WORD_MIN and not derived and not self._unseen_head_allowed(piece, words):
            return False
        if head.lower() in self._bound_prefixes and len(words) < 3 and not self._plural_glue(head, tail):
            return False  # "paramiliter" is a word, "para|buruh|yang" three glued
        # a name is cut only before a function word or a frequent word; a common word written small
        # far more often starts a sentence ("Strategi|coping|yang")
        if piece[0].isupper() and not (self._common_word(head) and self._mostly_small(head)):
            stem = words[-1][:-3]
            # "Kasadanya" may be the name Kasada with -nya, not Kas adanya ("Aceh|punya" is cut); a known
            # name of a name's length before a long word is glue ("Simeone|layaknya")
            known_name = len(head) >= RARE_NAME_LENGTH and self._count(head).title >= PAIR_MIN and len(words[-1]) >= LONG_TAIL_LENGTH
            if words[-1].endswith("nya") and len(stem) >= 3 and self._count(stem).any >= SEGMENT_WORD_MIN and not known_name:
                return False
            if len(tail) < MIN_TAIL_LENGTH:  # names end in "-ini", "-dan", "-di": "Martini", "Sukadi"
                return len(words) == 2 and self._short_tail_after_name(head, tail, before_capital)
            return tail in self._function_words or self._name_tail(head, tail)
        return True

    def _name_tail(self, head: str, tail: str) -> bool:
        """A small-letter word after a name: a frequent one ("Aceh|punya"), or a long one after a
        known name ("Bandung|menyandang"), as names seldom end in a long word."""
        tail_count = self._count(tail).lower
        if tail_count >= NAME_TAIL_MIN or self._verb(tail):
            return True
        # wordfreq vouches for rare long words ("Israel|menamakan")
        long_tail = len(tail) >= LONG_TAIL_LENGTH and self._count(tail).plain >= SEGMENT_WORD_MIN
        if not long_tail or self._english(head) and self._english(tail):
            return False  # "Cybersecurity", "Micromanagement": an English compound written solid
        return self._count(head).title >= SEGMENT_WORD_MIN

    def _short_tail_head(self, head: str) -> bool:
        """A word "di", "ke" may be cut off after: a frequent word ("Pendakian|ke") or a name seen
        often enough to judge whether it starts longer names (see _short_tail_after_name)."""
        counts = self._count(head)
        if head.islower() and len(head) >= UNSEEN_SHORT_HEAD_LENGTH and counts.lower >= SEGMENT_WORD_MIN:
            return True  # a known small-letter word ("fiktif|di"): names, not words, end in "-di" unseen
        return counts.any >= SHORT_TAIL_HEAD_MIN or head[0].isupper() and counts.title >= self._name_min(head, "di")

    def _short_tail_after_name(self, head: str, tail: str, before_capital: bool) -> bool:
        """"Botafogo|di|Piala" before a capital; "Xiaomi|ini" after a name that seldom starts a
        longer name ("Mart" starts "Martini", "Martha"), and "Israel|ke", "Vanenburg|di" after one
        that almost never does ("Surya" starts "Suryadi", "Suryani": "di" ends Javanese names)."""
        if tail not in self._function_words:
            return False
        if before_capital:
            return True
        if self._count(head).title < self._name_min(head, tail):
            # a long unseen name before a closed-class word ("Purifier|ini", "Nahumarury|dan"): names
            # this long seldom end in one ("Martini", "Ramadan", "Sumiyartini" are short)
            return len(head) >= LONG_NAME_LENGTH and tail in self._closed_words and not self._count(head).title
        alone = SHORT_NAME_ALONE_MIN if len(tail) < 3 else NAME_ALONE_MIN
        return self._alone(head, self._starting) >= math.log10(alone)

    def _name_min(self, head: str, tail: str) -> int:
        """Sightings that make a name known enough to judge what ends it: fewer for a long one
        before "di", "ke" or a closed-class word ("Simeone|di", "Twente|itu"), as short names start
        more names ("Mulya", "Suka") and other short words end many ("Kalimasada", "Granada").
        (_short_tail_after_name still asks that the name seldom starts a longer one.)"""
        closed = len(tail) < 3 or tail in self._closed_words
        return WORD_MIN if closed and len(head) >= RARE_NAME_LENGTH else PAIR_MIN

    def _unseen_head_allowed(self, piece: str, words: list[str]) -> bool:
        """"diklofenak|yang": one unseen word, then a function word; "Denza|mencapai",
        "Transfermarkt|menunjukkan": then a long frequent word, which ends neither names nor derived
        words (a prefix before it binds to it: "antarpemerintah" has no unseen head)."""
        lower, tail = piece.lower(), words[1]
        if len(words) > 2 or tail not in self._function_words:
            return self._unseen_head_before_words(piece, words)
        if len(words[0]) < UNSEEN_HEAD_LENGTH:
            return False
        # "dipomp|akan" is dipompakan, "jenaza|hanya" jenazahnya ("adalah" is a word); a name takes
        # no such suffix ("Skytrax|telah")
        if piece.islower() and any(lower.endswith(s) and len(tail) < len(s) + 3 for s in self._bound_suffixes if len(s) >= 3):
            return False
        # a prefix may start an unseen derived word ("pasca|..."), which a long function word does not end
        if tail in self._closed_words and len(tail) >= LONG_FUNCTION_LENGTH:
            return True
        return not any(lower.startswith(p) for p in self._bound_prefixes if len(p) >= 3)

    def _unseen_head_before_words(self, piece: str, words: list[str]) -> bool:
        """An unseen head before words that are no function word: a long frequent one ("Denza|mencapai"),
        or, in small letters, frequent words of some length after a head of a word's length
        ("dirangkul|pengantin", "limpahan|daging|kurban"): a derived word ends in none of them."""
        running = piece.islower() and len(words[0]) >= UNSEEN_HEAD_LENGTH and not self._ends_in_prefix(words[0])
        # ... or a verb, unless the head with its prefix is a word ("Manches|terkontra": Manchester kontra)
        head, tail = words[0], words[-1]
        overlap = any(self._count(head + tail[:k]).known >= PAIR_MIN for k in range(1, 4))
        verb_end = len(words) == 2 and len(head) >= UNSEEN_HEAD_LENGTH and self._verb(tail) and not overlap
        if not verb_end and not all(self._long_word(w) or running and self._running_word(w) for w in words[1:]):
            return False
        if len(words) > 2 and not running:
            return False
        return not any(self._count(stem).known for stem in self._derivation.stems(piece.lower()))

    def _verb(self, word: str) -> bool:
        """A long verb with its prefix: "di-", "meN-", "ber-", "ter-" and a stem news writes often
        ("didesak", "memaparkan", "mengabdikan"). No name ends in one, so after an unseen name it was
        glued on ("Runtuwene|memaparkan", "Boroujerdi|mengaku")."""
        if len(word) < LONG_TAIL_LENGTH or not word.islower() or not word.startswith(VERB_PREFIXES):
            return False
        stems = self._derivation.stems(word, prefixed=True)
        return any(len(stem) >= DERIVED_STEM_LENGTH and self._count(stem).plain >= NAME_TAIL_MIN for stem in stems)

    def _ends_in_prefix(self, head: str) -> bool:
        """"senimulti|disiplin" is seni multidisiplin: a prefix ending a rare head binds to the next word."""
        return any(head.endswith(p) for p in self._bound_prefixes if len(p) >= MIN_TAIL_LENGTH)

    def _running_word(self, word: str) -> bool:
        """A word after a rare head of a small-letter run: this long and written this often in small
        letters ("pengantin", "daging"; "mata" ends "cenderamata", "sikap" many words)."""
        return len(word) >= UNSEEN_HEAD_LENGTH and self._count(word).lower >= NAME_TAIL_MIN

    def _unseen_tail_allowed(self, piece: str, tail: str, before: list[str]) -> bool:
        """"menggunakan|spidol", "termasuk|tracksuit": an unseen word ending a small-letter run after a long
        frequent word or a function word, unless the run may be one derived word ("mendiskualifikasi")."""
        if not UNSEEN_HEAD_LENGTH <= len(tail) <= MAX_UNSEEN_INNER_LENGTH or not before or not piece.islower():
            return False
        if len(before) > 1:
            # "dengan|kepribadian|ekstrovert": after known words, the last a frequent one of some length
            if not all(self._count(w).plain >= SEGMENT_WORD_MIN for w in before) or not self._running_word(before[-1]):
                return False
            piece = before[-1] + tail
        head = before[-1]
        function_head = head in self._function_words and len(head) >= MIN_TAIL_LENGTH and head not in self._bound_prefixes
        if not (self._long_word(head) or function_head or len(before) > 1):
            return False
        if any(self._count(stem).known for stem in self._derivation.stems(piece)):
            return False  # "mendiskualifikasi" is one derived word
        # "operasional|isasi": a known word with a bound suffix is one word
        return not any(piece.endswith(s) and self._count(piece[: -len(s)]).known for s in self._bound_suffixes)

    def _unseen_inner(self, word: str) -> bool:
        """A word of a reading after its head that the table does not know, nor derives."""
        return self._count(word).plain < PIECE_WORD_MIN and self._derived_cost(word, initial=False, final=False) is None

    def _unseen_inner_allowed(self, piece: str, word: str, before: list[str]) -> bool:
        """"pengalaman|scrolling|dan", "termasuk|tabdzir|yang": an unseen word inside a small-letter
        run, after a known word and before a function word (see _function_after_unseen)."""
        if not UNSEEN_HEAD_LENGTH <= len(word) <= MAX_UNSEEN_INNER_LENGTH or not piece.islower():
            return False
        head = before[-1]
        return self._count(head).known >= SEGMENT_WORD_MIN or self._derived_cost(head, initial=len(before) == 1, final=False) is not None

    def _function_after_unseen(self, unseen: str, word: str) -> bool:
        """A function word after an unseen inner word, not one a suffix may start ("dipomp|akan" is
        dipompakan, "jenaza|hanya" jenazahnya)."""
        if word not in self._function_words or len(word) < 3:
            return False
        joined = unseen + word
        return not any(joined.endswith(s) and len(word) < len(s) + 3 for s in self._bound_suffixes if len(s) >= 3)

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
            stems = self._derivation.stems(word, suffix_length, prefixed=not initial)
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

    def _count(self, word: str) -> WordCounts:
        return self._counts.get(word.lower(), _UNSEEN)


def _may_be_glued(token: str, counts: dict[str, WordCounts], attested: frozenset[str]) -> bool:
    """The cheap test every token passes through: a capital, digit-letter or punctuation inside,
    or a long letter run the table does not know (see _unknown_run)."""
    if token.isascii():  # most tokens: one regex search instead of a loop over the letters
        if _ASCII_INSIDE.search(token):
            return True
    elif _inside_mark(token):
        return True
    return any(_unknown_run(m.group(), counts, attested) for m in _LONG_RUN.finditer(token))


def _unknown_run(run: str, counts: dict[str, WordCounts], attested: frozenset[str]) -> bool:
    """A letter run the table does not know as a word. A small-letter form that only scraped news
    attests, a few times, may be the same glue again ("akibaterupsi", "ibadahhaji": the table counts
    a June-only form seen in three articles of two outlets): it must be one of ``attested`` (see
    _attested); a capitalised one is more often a name made of words ("Mayapada", "Kubutambahan")."""
    lower = run.lower()
    return lower not in attested if run.islower() else lower not in counts


def _attested(counts: WordCounts) -> bool:
    """A word seen often enough, or known to a dictionary (wordfreq), to be no glued form."""
    return counts.known >= GLUED_FORM_MAX or counts.reference > 0 or counts.english > 0


def _inside_mark(token: str) -> bool:
    """A capital after a letter, a letter after a digit, or punctuation inside ``token``."""
    for i, char in enumerate(token[1:], start=1):
        if char.isupper() and token[i - 1].isalpha() or char in ",;?!.():\"“”" and 0 < i < len(token) - 1:
            return True
        if char.isalpha() and token[i - 1].isdigit():
            return True
    return False


def _quote_splits(token: str, quote_open: bool) -> set[int]:
    """Offsets at a quotation mark glued between words: before an opening one ("tersebut.|“Kami",
    'berjudul|"Viral'), after a closing one ('menabrak,"|kata', 'Polri"|yang'). A straight quote
    before a small letter closes; otherwise it opens unless ``quote_open`` (an odd number of
    straight quotes before the token in its paragraph) says a quotation is open ('menulis,|"Setelah')."""
    found: set[int] = set()
    for match in _GLUED_QUOTE.finditer(token):
        quote, at = match.group(), match.start()
        if quote == "“":
            found.add(at)
        elif quote == "”":
            found.add(at + 1)
        else:
            closes = token[at + 1].islower() or quote_open != (token.count('"', 0, at) % 2 == 1)
            found.add(at + 1 if closes else at)
    return found


def _case_pieces(run: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of one casing, a capital before small letters starting a word:
    "ASDonald" -> AS, Donald; "dariAntara" -> dari, Antara; "APBNlewat" -> APB, Nlewat (which
    :meth:`GlueSplitter._pieces` moves to APBN, lewat)."""
    cuts = [0]
    for i in range(1, len(run)):
        before, here = run[i - 1], run[i]
        nxt = run[i + 1] if i + 1 < len(run) else ""
        if (before.islower() and here.isupper()) or (before.isupper() and here.isupper() and nxt.islower()):
            cuts.append(i)
    cuts.append(len(run))
    return [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]


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


def _read_counts() -> dict[str, WordCounts]:
    counts = {}
    for row in table("id", "word_frequencies.tsv"):
        if 5 <= len(row) <= 7:
            counts[row[0]] = WordCounts(*map(int, row[1:]))
    return counts


def _affixes(kind: str) -> frozenset[str]:
    return frozenset(row[1] for row in table("id", "glue_affixes.tsv") if len(row) == 2 and row[0] == kind)


@cache
def known_camel_names() -> frozenset[str]:
    """Names with a capital inside that are never cut: found in clean text, and listed by hand."""
    return word_list("id", "camel_names.txt") | frozenset(ln.strip() for ln in data_lines("camel_brands.txt"))


@cache
def glue_splitter() -> GlueSplitter:
    """The package default, loaded once."""
    outlets = frozenset(w.lower() for w in word_list("id", "byline_outlets.txt"))
    affixes = (_affixes("prefix"), _affixes("suffix"))
    closed = lower_word_list("id", "glue_function_words.tsv")
    solid = lower_word_list("id", "glue_prefixed_words.txt")
    return GlueSplitter(_read_counts(), known_camel_names(), outlets, *affixes, _derivation(), _affixes("clitic"), closed, solid)


def _derivation() -> Derivation:
    rows = table("id", "glue_derivation.tsv")
    prefixes = tuple((row[1], row[2].strip("-")) for row in rows if len(row) == 3 and row[0] == "prefix")
    suffixes = tuple(row[1] for row in rows if len(row) == 2 and row[0] == "suffix")
    return Derivation(prefixes, suffixes, tuple(row[1] for row in rows if len(row) == 2 and row[0] == "confix_end"))
