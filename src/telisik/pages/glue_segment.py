"""Cutting a letter run without a case change into words ("Israelyang", "hasildaging"): a unigram model
over the lexicon's counts with a prior against cutting known words and rules on which readings are allowed
(see ``pages.glue``)."""

from __future__ import annotations

import hashlib
import math
from functools import cache

from telisik.pages.glue_lexicon import (
    DERIVED_STEM_LENGTH,
    INNER_SUFFIX_LENGTH,
    LONG_TAIL_LENGTH,
    LONG_WORD_LENGTH,
    LONG_WORD_MIN,
    MAX_UNSEEN_INNER_LENGTH,
    MIN_TAIL_LENGTH,
    NAME_MIN,
    NAME_TAIL_MIN,
    PIECE_WORD_MIN,
    TAIL_MIN,
    UNSEEN_HEAD_LENGTH,
    VERB_PREFIXES,
    WORD_MIN,
    GlueLexicon,
    WordCounts,
    cached_tables,
    package_tables,
    source_bytes,
    table_key,
    unknown_run,
)

# Thresholds on the counts of word_frequencies.tsv, and lengths, for cutting a run without a case change.
SEGMENT_WORD_MIN = 8  # a word of a piece cut without a case change, where its run's reading is judged
PAIR_MIN = 20  # the first of two capitalised words glued together ("Jakarta|Harga"; "VinFast" stays)
MIN_RUN_LENGTH = 6  # shorter unknown runs are names or typos, not two words
MAX_RUN_LENGTH = 40  # longer runs are not words glued by a scrape (a URL slug, a chant, noise)
SEGMENT_CACHE_SIZE = 50_000
GLUE_PENALTY = 1.0  # each boundary a reading puts in
UNSEEN_INNER_PENALTY = 0.5  # an unseen word after the head costs this much more (see _rare_word_cost)
LONG_FUNCTION_LENGTH = 5  # a function word this long ("adalah", "dengan") ends no derived word
FUNCTION_END_BONUS = 1.0  # see SmallLetterSegmenter._function_end
CODE_SWITCH_BONUS = 0.4  # see SmallLetterSegmenter._code_switches
LONG_RUN_LENGTH = 13  # see SmallLetterSegmenter._best_segmentation
LONG_RUN_PENALTY = 0.3  # ... for each letter past it
FUNCTION_START_BONUS = 1.0  # see SmallLetterSegmenter._function_start ("atau|deepfake|yang", "atau|tengkulak|menjadi")
FUNCTION_END_LENGTH = 3  # ... a function word this long ("di", "ke" end many names: "Sukadi")
MAX_WORD_LENGTH = 20
# "di", "ke" before a word written apart from it this often in the corpora (glue_spaced_prepositions.tsv) ...
SPACED_MIN = 3
SPACED_SHARE = 2  # ... and this many times as often as solid, plus one (see SmallLetterSegmenter._spaced_preposition)
TYPO_RUN_LENGTH = 10  # a small-letter run this long one letter away from a frequent word is that word mistyped
# A word of a frequent-words reading (see SmallLetterSegmenter._frequent_words): seen this often in small letters
# ("tas", "teh", "kue"), and this long; or an English word of MIN_TAIL_LENGTH letters or more; or, after the first
# word, a derived word this long whose stem is seen that often ("mengulek")
FREQUENT_PIECE_MIN = 40
FREQUENT_PIECE_LENGTH = 3
DERIVED_PIECE_LENGTH = 6
MIN_HEAD_LENGTH = 3  # "di", "ke" are prefixes too ("dipompa", "keramahan"): never a head cut off
# an unseen head this long before a long frequent word, which no name or derived word ends in ("Denza|mencapai")
UNSEEN_SHORT_HEAD_LENGTH = 5
SHORT_TAIL_HEAD_MIN = 50  # "di", "ke" after a word seen this often ("Pendakian|ke"; "Sukadi" stays)
LONG_NAME_LENGTH = 9  # an unseen name this long before "ini", "dan" was glued to it ("Nahumarury|dan")
RARE_NAME_LENGTH = 6  # a rare capitalised word this long is a name, not a brand's first half ("FoneArena")
NAME_ALONE_MIN = 0.5  # a name before "ini", "dan": at least this share of its sightings alone
SHORT_NAME_ALONE_SHARE = 0.8  # a short name before a frequent word ("Adha|tiba"; "Sari" starts "Sarimuda")
# a word written in small letters this many times as often as capitalised mid-sentence is seldom part of a name
SMALL_WORD_SHARE = 3
# a function word ending capitalised words this rarely (a share of its own sightings) ends no name ("adalah")
NAME_ENDING_SHARE = 0.01
# a demonstrative that ends names at least this share of its sightings ("ini": 3%, "itu": 1%) makes a longer name of a
# given name before it ("Bastianini"; see _name_ending_in_demonstrative)
NAME_DEMONSTRATIVE_SHARE = 0.02
MAX_FUNCTION_LENGTH = 8  # the longest function word looked for at the end of a name
SHORT_NAME_ALONE_MIN = 0.95  # ... and before "di", "ke", which end many names ("Suryadi", "Mulyadi")
# ... unless the table's names seldom end in the letters around the join: at most this many end in "-fadi", "-meke"
# ("Khalifa|di", "Chrome|ke"; "-andi", "-yadi" end scores: "Juliandi", "Sunaryadi"); see _glued_preposition
JOIN_NAME_ENDINGS_MAX = 1
JOIN_LETTERS = 2  # ... the head's letters before "di", "ke" looked at
# a closed-class word that ends at most this many of the table's small-letter words ("ini": "terkini", "meyakini"; "akan"
# ends hundreds: "mengatakan") is cut off an unseen small-letter word before it ("purifier|ini"; see _small_closed_end)
SMALL_ENDINGS_MAX = 10
SMALL_HEAD_LENGTH = 7  # ... when that word is this long ("padupa|dan" is padupadan)
# A word that ends a run glued after a word or name (see _glued_tail): seen at least NAME_TAIL_MIN times in small letters,
# and ending at most RARE_ENDINGS_MAX of the table's rare words (fewer than RARE_WORD_MAX sightings), which stand for the
# unseen words a run may be: "tersebut", "mengatakan", "adalah" end none, "jaya", "sari", "rejo" end hundreds of names
RARE_WORD_MAX = 20
RARE_ENDINGS_MAX = 1
MAX_ENDING_LENGTH = 12
NAME_WORD_SHARE = 20  # ... and capitalised inside a sentence at most once in this many small-letter sightings
OPENING_WORD_LENGTH = 6  # a capitalised run's first word this long ... (see _opening_words)
# ... and written in small letters this often (and three times as often as capitalised mid-sentence) starts a sentence,
# not a name: rare words too ("Plafon|gypsum", "Psikolog|klinis"), as names seldom start with a word news writes small
COMMON_OPENING_MIN = 10
LATER_NAME_SHARE = 2  # ... unless a later word is capitalised mid-sentence this many times as often as small ("Stunting|Hub")


class SmallLetterSegmenter(GlueLexicon):
    """Reads a letter run with no case change as words (see _best_segmentation)."""

    _name_ending_counts: dict[str, int] | None = None
    _rare_ending_counts: dict[str, int] | None = None
    _join_ending_counts: dict[str, int] | None = None
    _small_ending_counts: dict[str, int] | None = None

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
        if not MIN_RUN_LENGTH <= len(piece) <= MAX_RUN_LENGTH or not (piece.islower() or piece[1:].islower()):
            return [piece]
        if not unknown_run(piece, self._counts, self._attested):
            return self._counted_glue(piece, before_capital)
        return self._unknown_reading(piece, before_capital)

    def _counted_glue(self, piece: str, before_capital: bool) -> list[str]:
        """A capitalised run the table counts a few times though no dictionary knows it: a name made of words
        ("Mayapada", "Kubutambahan", "Danyang", "Kasatlantas"), or glue the scraped news the table counts repeats
        ("Dhanimenggelar", "Indonesiakalah"). Cut only where a known name is glued to a verb with its prefix
        ("Dhani|menggelar", "Ghazali|mengungkapkan"), which no name made of words ends in."""
        if piece.islower() or piece.lower() in self._attested:
            return [piece]
        words = self._unknown_reading(piece, before_capital)
        if len(words) != 2:
            return [piece]
        head, tail = words
        if self._name(head) and self._verb(tail):
            return words
        return [piece]

    def _unknown_reading(self, piece: str, before_capital: bool) -> list[str]:
        """The reading of a run the table does not know (see _best_segmentation)."""
        if self._prefixed_word(piece.lower()) or self._reduplicated(piece.lower()):
            return [piece]
        spaced = self._spaced_preposition(piece)
        if spaced is not None:
            return spaced
        if not piece.islower():
            opening = self._opening_words(piece, before_capital)
            if opening is not None:
                return opening
        # a long small-letter run no stem derives is seldom one word: each letter past LONG_RUN_LENGTH costs more
        unseen = self._unseen_cost(piece) - (LONG_RUN_PENALTY * max(0, len(piece) - LONG_RUN_LENGTH) if piece.islower() else 0.0)
        whole = max(unseen, self._derived_cost(piece, initial=True, final=True) or -math.inf)
        # inner unseen words only in small-letter runs (see _unseen_inner_allowed), and only where
        # known words alone give no reading
        found: tuple[float, list[str]] | None = None
        for inner_unseen in (False, True) if piece.islower() else (False,):
            best = self._viterbi(piece, before_capital, inner_unseen)
            if best is None:
                continue
            score = best[0] - GLUE_PENALTY * (len(best[1]) - 1) + self._function_end(best[1]) + self._code_switches(best[1])
            score += self._function_start(best[1])
            if score >= whole and (found is None or score > found[0]):
                found = (score, best[1])
            # an unseen head before a function word may hide known words ("sebelumnya|filler|dan")
            if found is not None and self._count(found[1][0]).known >= SEGMENT_WORD_MIN:
                break
        if found is not None and self._extra_letter(piece):
            return [piece]
        return self._frequent_words(piece) if found is None else self._spaced_head(found[1])

    def _reads_as_words(self, head: str) -> bool:
        """Whether a small-letter head reads as words of its own, other than a preposition that lost its space
        ("dismartphone|itu" is cut as "di|smartphone|itu", see _spaced_head)."""
        return len(self._segment(head)) > 1 and self._spaced_preposition(head) is None

    def _spaced_head(self, words: list[str]) -> list[str]:
        """"dismartphone|itu" -> "di|smartphone|itu": a head that is "di", "ke" and a noun (_spaced_preposition)."""
        spaced = self._spaced_preposition(words[0]) if len(words) > 1 else None
        return [*spaced, *words[1:]] if spaced else words

    def _spaced_preposition(self, piece: str) -> list[str] | None:
        """"di|smartphone", "ke|halaman", "di|laut": "di", "ke" before a word news writes apart from it as a
        preposition at least SPACED_MIN times and SPACED_SHARE times as often as solid, in a small-letter run the
        table does not know: the space was lost. A verb made with the passive prefix is written solid ("diupdate",
        "direview", "dibooking") and stays whole."""
        if not piece.islower() or self._count(piece).known >= WORD_MIN:
            return None
        head, word = piece[:2], piece[2:]
        apart, solid = self._spaced_prepositions.get((head, word), (0, 0))
        if apart < SPACED_MIN or apart < SPACED_SHARE * (solid + 1):
            return None
        return [head, word]

    def _reduplicated(self, piece: str) -> bool:
        """A known word written twice is a plural or a reduplicated word whose hyphen was left out ("bangunanbangunan",
        "siswasiswa": bangunan-bangunan), not one word glued to itself: no space belongs inside."""
        half = len(piece) // 2
        if len(piece) % 2 or half < MIN_TAIL_LENGTH or piece[:half] != piece[half:]:
            return False
        return self._count(piece[:half]).plain >= SEGMENT_WORD_MIN

    def _frequent_words(self, piece: str) -> list[str]:
        """An unknown small-letter run that reads as words news writes often ("tas|mewah", "profil|ban|yang",
        "aset|safe"), else the run whole: the model above prefers one unseen word wherever two common words cost
        more than one unseen word of their length, yet a run made of frequent words only was glued far more often
        than it is a word of its own. A derived word may stand after the first word ("tujuh|tips|mengulek|bumbu");
        not where the run is a derived word itself, a typo of a known word, a known word with a prefix, or ends in a
        suffix a word of the reading could start ("perbatas|akan" is perbatasan akan, "sinergi|tas" sinergitas)."""
        if not piece.islower() or self._derived_count(piece, initial=True, final=True):
            return [piece]
        if any(piece.endswith(s) for s in self._bound_suffixes if len(s) >= MIN_TAIL_LENGTH):
            return [piece]
        words = self._frequent_reading(piece)
        if len(words) < 2 or len(self._rejoined(words)) < len(words) or len(set(words)) < len(words):
            return [piece]  # "kong|kali|kong" is reduplicated
        if max(map(len, words)) < MIN_TAIL_LENGTH:
            return [piece]  # "kas|ada": two syllables of a short word (a ceremony's "kasada") as often as two words
        if self._outlet_word.match(piece) or not self._code_switch_reading(words):
            return [piece]  # "detik|finance" is an outlet's channel
        tail = words[-1]
        if any(tail.endswith(s) and len(tail) < len(s) + 3 for s in self._bound_suffixes if len(s) >= 3):
            return [piece]  # "dipomp|akan" is dipompakan
        return [piece] if self._misspelt(piece) else words

    def _frequent_reading(self, piece: str) -> list[str]:
        """The likeliest reading of ``piece`` as words of ``_frequent_piece_cost`` (and "di", "ke" ending it), or []."""
        best: list[tuple[float, list[str]] | None] = [None] * (len(piece) + 1)
        best[0] = (0.0, [])
        for end in range(FREQUENT_PIECE_LENGTH, len(piece) + 1):
            for start in range(max(0, end - MAX_WORD_LENGTH), end - 1):
                before, word = best[start], piece[start:end]
                # "di", "ke" only end the run, after a word of some length ("hujan|di", "stroke|di")
                preposition = end == len(piece) and word in self._short_prepositions and start >= MIN_TAIL_LENGTH
                if before is None or len(word) < FREQUENT_PIECE_LENGTH and not preposition:
                    continue
                cost = self._log_share(word, self._count(word).lower) if preposition else self._frequent_piece_cost(word, start > 0)
                current = best[end]
                if cost is not None and (current is None or before[0] + cost - GLUE_PENALTY > current[0]):
                    best[end] = (before[0] + cost - GLUE_PENALTY, [*before[1], word])
        found = best[len(piece)]
        return found[1] if found is not None else []

    def _code_switch_reading(self, words: list[str]) -> bool:
        """Where a frequent-words reading holds English words, each stands between Indonesian words of a word's
        length or function words ("gempa|low", "pond|yang"): two English words are one English compound
        written solid ("stop|loss", "micro|sleep"), and a short syllable next to one is a loan's ("tale|nan")."""
        english = [self._english(w) for w in words]
        if all(english):
            return False
        for i in (i for i, e in enumerate(english) if e):
            for j in (i - 1, i + 1):
                if 0 <= j < len(words) and (english[j] or len(words[j]) < MIN_TAIL_LENGTH and words[j] not in self._function_words):
                    return False
        return True

    def _frequent_piece_cost(self, word: str, inner: bool) -> float | None:
        """log10 probability of a word of a frequent-words reading: one news writes in small letters at least
        FREQUENT_PIECE_MIN times, or, after the first word, a long derived word of a stem that frequent; None for
        any other, and for a bound morpheme."""
        if word in self._bound_suffixes or word in self._bound_prefixes or word in self._clitics:
            return None
        counts = self._count(word)
        if counts.lower >= FREQUENT_PIECE_MIN:
            return self._log_share(word, counts.lower)
        if len(word) >= MIN_TAIL_LENGTH and self._english(word):
            # an English word an article switched to ("aset|safe", "gempa|low", "unik|fairy"): see _frequent_words
            return self._log_share(word, max(counts.plain, counts.english))
        if not inner or len(word) < DERIVED_PIECE_LENGTH or self._derived_count(word, initial=False, final=True) < FREQUENT_PIECE_MIN:
            return None
        return self._derived_cost(word, initial=False, final=True)

    def _extra_letter(self, piece: str) -> bool:
        """A long small-letter run that is a frequent word with one letter typed too many ("memepertimbangkan" is
        mempertimbangkan, not "meme|pertimbangkan"): a slip of the writer, no glue."""
        if len(piece) < TYPO_RUN_LENGTH or not piece.islower():
            return False
        return any(self._count(piece[:i] + piece[i + 1 :]).lower >= NAME_TAIL_MIN for i in range(len(piece)))

    def _misspelt(self, piece: str) -> bool:
        """A run one slip away from a known word: a letter dropped, added, swapped or changed, or a syllable typed
        twice ("memepertimbangkan", "analisisis")."""
        letters = "abcdefghijklmnopqrstuvwxyz"
        variants = {piece[:i] + piece[i + k :] for k in (1, 2) for i in range(len(piece) - k + 1)}
        variants |= {piece[:i] + piece[i + 1] + piece[i] + piece[i + 2 :] for i in range(len(piece) - 1)}
        variants |= {piece[:i] + c + piece[i + 1 :] for i in range(len(piece)) for c in letters}
        variants |= {piece[:i] + c + piece[i:] for i in range(len(piece) + 1) for c in letters}
        return any(self._count(v).plain >= SEGMENT_WORD_MIN for v in variants - {piece})

    def _glued_tail(self, piece: str) -> list[str] | None:
        """An unseen run that ends in a frequent word no rare word ends in, after a head of three letters or more: the
        word was glued on ("Ayu|mengatakan", "Fed|memutuskan", "Ojung|telah", "rob|adalah"). The model above weighs
        an unseen word by its length alone, so a short or unseen name before a word loses to one unseen word of the
        whole run; but a word like "tersebut" ends no word of the table but "tersebut", while an unseen name or
        word ends in "sari", "jaya" or "pun" as often as the table's rare words do (``_rare_endings``). The longest
        such word is taken ("Six|melaporkan", not "Sixme|laporkan"). Only a run's first piece is read so: after a case
        change a brand's syllable may end in a verb ("NokiaMob|menyebutkan", see CaseChangeRules._word_end)."""
        if not MIN_RUN_LENGTH <= len(piece) <= MAX_RUN_LENGTH or not unknown_run(piece, self._counts, self._attested):
            return None
        lower = piece.lower()
        if not (piece.islower() or piece[1:].islower()) or self._prefixed_word(lower) or len(self._segment(piece)) > 1:
            return None
        stems = self.derivation.stems(lower)
        if any(len(stem) >= DERIVED_STEM_LENGTH and self._count(stem).known >= SEGMENT_WORD_MIN for stem in stems):
            return None  # "dilabeli" is one derived word
        if any(self._count(lower[:i] + lower[i + 1 :]).plain >= SEGMENT_WORD_MIN for i in range(len(lower))):
            return None  # "seebelum" is a misspelt "sebelum", not "see|belum"
        for k in range(min(len(piece) - MIN_HEAD_LENGTH, MAX_ENDING_LENGTH), MIN_HEAD_LENGTH - 1, -1):
            head, tail = piece[:-k], piece[-k:]
            if self._glue_ending(tail) and self._glued_head(head):
                return [head, tail]
        return None

    def _glue_ending(self, tail: str) -> bool:
        """A closed-class word, a verb with its prefix or a frequent word of some length ("tersebut", "mengatakan",
        "merupakan"; nouns end compounds and names: "marabahaya", "Soeharta") that ends at most RARE_ENDINGS_MAX rare
        words of the table, and no bound suffix a misspelt word ends in ("jenaza|hanya" is jenazahnya)."""
        if not tail.islower() or tail in self._bound_suffixes:
            return False
        if not (tail in self._closed_words or self._verb(tail) or tail in self._function_words and len(tail) >= LONG_WORD_LENGTH):
            return False
        if any(tail.endswith(s) and len(tail) < len(s) + 3 for s in self._bound_suffixes if len(s) >= 3):
            return False
        counts = self._count(tail)
        # ... and is seldom capitalised inside a sentence: nouns are, in names and titles ("Sapawarga", "Warga Negara")
        if counts.lower < NAME_TAIL_MIN or counts.title_mid * NAME_WORD_SHARE > counts.lower:
            return False
        return self._rare_endings().get(tail, 0) <= RARE_ENDINGS_MAX

    def _glued_head(self, head: str) -> bool:
        """A head a word may be glued after: not a bound prefix or a verb's ("antar", "meng", "ber": they bind to the
        word after them); a capitalised one known as a name or at least UNSEEN_SHORT_HEAD_LENGTH letters long (short
        unseen ones are syllables: "Ser|telah"), a small-letter one a known word ("rob|adalah"; "see|belum" is a typo)."""
        lower = head.lower()
        if lower in self._bound_prefixes or any(lower == p for p, _ in self.derivation.prefixes):
            return False
        counts = self._count(head)
        if head.islower():
            return counts.plain >= SEGMENT_WORD_MIN
        if not head[1:].islower():
            return False
        return len(head) >= UNSEEN_SHORT_HEAD_LENGTH or counts.title >= WORD_MIN

    def preset_endings(self, rare: dict[str, int], names: dict[str, int]) -> None:
        """The table's ending counts (``rare_endings``, ``name_endings``) read from the cache (``segment_tables``)."""
        self._rare_ending_counts, self._name_ending_counts = rare, names

    def _rare_endings(self) -> dict[str, int]:
        """For each ending of the table's words, how many rare words (fewer than RARE_WORD_MAX sightings) end in it."""
        if self._rare_ending_counts is None:
            self._rare_ending_counts = rare_endings(self._counts)
        return self._rare_ending_counts

    def _opening_words(self, piece: str, before_capital: bool) -> list[str] | None:
        """A capitalised run that starts with a long word news writes small far more often than
        capitalised mid-sentence is a sentence's or heading's first words, read as a small-letter run
        ("Penggunaan|air", "Cincin|berdesain"); a name does not start with "penggunaan"."""
        lower = piece.lower()
        if not any(self._opening_word(lower[:k]) for k in range(OPENING_WORD_LENGTH, len(lower) - 2)):
            return None  # most capitalised runs are names: no reading is sought for them
        words = self._segment(lower, before_capital)
        head = words[0]
        if len(words) < 2 or len(words[1]) < 3 or not self._opening_word(head):
            return None  # "di", "ke" end names that start with a word ("Sukadi")
        # ... before words the table knows ("Negarakertagama" is a name, "Digelarnya|job" a clitic)
        if any(self._count(w).plain < SEGMENT_WORD_MIN or w.startswith(tuple(self._bound_suffixes)) for w in words[1:]):
            return None
        if any(self._name_word(w) for w in words[1:]):
            return None  # a name goes on with a name's word ("Stuntinghub", the app Stunting Hub)
        return [piece[: len(head)], *words[1:]]

    def _name_word(self, word: str) -> bool:
        """A word news capitalises mid-sentence twice as often as it writes it small, and more often than English text
        has it: a name's later word ("Hub": capitalised 25 times, small 10; not "air", "payet", nor "the", which English
        titles capitalise)."""
        counts = self._count(word)
        return counts.title_mid >= LATER_NAME_SHARE * counts.plain and counts.title_mid > counts.english

    def _opening_word(self, word: str) -> bool:
        """A word of some length news writes small, and far more often than capitalised mid-sentence."""
        counts = self._count(word)
        if len(word) < OPENING_WORD_LENGTH or counts.english or counts.lower < COMMON_OPENING_MIN:
            return False
        return counts.lower >= SMALL_WORD_SHARE * counts.title_mid

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

    def _confix(self, before: str, word: str) -> bool:
        """A prefixed word without a suffix, then a suffixed one without a prefix: the two halves of
        a confix around a compound ("di|lipat ganda|kan"), as two derived verbs are seldom glued."""
        derivation = self.derivation
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

    def _function_start(self, words: list[str]) -> float:
        """A bonus for a small-letter reading that starts with a closed-class word of some length before an unseen
        word ("serta|bronzer|yang", "dengan|gimmick"): a scrape glues the word after "serta", "dengan" far
        more often than a word starts with one (derived words are read by their stems)."""
        head = words[0]
        if not head.islower() or head not in self._closed_words or len(head) < MIN_TAIL_LENGTH:
            return 0.0
        return FUNCTION_START_BONUS if self._unseen_inner(words[1]) else 0.0

    def _code_switches(self, words: list[str]) -> float:
        """A bonus for each boundary between an Indonesian word and an English one in small letters ("link|live",
        "desain|liquid", "aset|safe"): articles switch to English between words, while an Indonesian word
        written solid with an English one is rare (a prefix takes one, "didownload", but no word does)."""
        # an English word next to another gets none: the two may be one English compound the table lacks ("deep|fake")
        english = [self._english(w) for w in words]
        alone = [e and not (i > 0 and english[i - 1] or i + 1 < len(words) and english[i + 1]) for i, e in enumerate(english)]
        indonesian = [self._indonesian(w) for w in words]
        switches = sum(indonesian[i] and alone[i + 1] or alone[i] and indonesian[i + 1] for i in range(len(words) - 1))
        return CODE_SWITCH_BONUS * switches

    def _indonesian(self, word: str) -> bool:
        """A small-letter word English text does not have: a function word, or a long one ("volume|trik" is
        volumetrik: a short word may be a loan's last syllable)."""
        counts = self._count(word)
        if not word.islower() or counts.english or counts.lower < SEGMENT_WORD_MIN:
            return False
        return word in self._function_words or len(word) >= LONG_WORD_LENGTH

    def _function_end(self, words: list[str]) -> float:
        """A bonus for a reading of an unseen word and a function word ending the run: scrapes glue
        a function word onto a name far more often than a word ends in one ("Purifier|ini",
        "Punisher|atau")."""
        tail = words[-1]
        if len(words) == 2 and words[0].islower():
            return FUNCTION_END_BONUS if self._small_closed_end(words[0], tail) else 0.0
        if len(words) != 2 or not (words[0][0].isupper() and words[0][1:].islower()):
            return 0.0
        if self._glued_preposition(words[0], tail):
            return FUNCTION_END_BONUS  # "Chrome|ke"
        if self._frequent_short_word(tail) and tail not in self._closed_words:
            # ... or a frequent four-letter word after a known name that seldom starts longer ones ("Adha|tiba",
            # "Reza|kini"; "Sari", "Marga" start names made of words: "Sarimuda", "Margaguna")
            return FUNCTION_END_BONUS if self._count(words[0]).title >= WORD_MIN and self._name_alone(words[0]) else 0.0
        if self._long_word(tail) and tail not in self._closed_words:
            # ... or a long frequent word after a known name ("Vivo|ingin"; "Rantauprapat" is one)
            return FUNCTION_END_BONUS if self._count(words[0]).title >= WORD_MIN else 0.0
        if tail not in self._closed_words or len(tail) < FUNCTION_END_LENGTH:
            return 0.0
        # "Pemecah|akan" is the "-kan" of a misspelt "Pemecahkan"
        return FUNCTION_END_BONUS if self._function_after_unseen(words[0], tail) else 0.0

    def _small_closed_end(self, head: str, tail: str) -> bool:
        """"purifier|ini", "monitoring|itu": in small letters, a long word neither the table nor a stem knows (an English
        word Liputan6 italicised and lost the spaces around), then a closed-class word that ends almost no small-letter
        word of the table ("ini" ends "terkini", "meyakini"; not "akan", the end of "mengatakan"). Not where the head reads
        as words itself: the reading of more words is the better one."""
        if tail not in self._closed_words or len(tail) < FUNCTION_END_LENGTH or len(head) < SMALL_HEAD_LENGTH:
            return False
        if not self._unseen_inner(head) or not self._function_after_unseen(head, tail) or self._reads_as_words(head):
            return False  # "ataudeepfake|yang": the head reads as words of its own ("atau|deepfake|yang")
        if self._small_ending_counts is None:
            self._small_ending_counts = small_endings(self._counts, self._closed_words)
        return self._small_ending_counts.get(tail, 0) <= SMALL_ENDINGS_MAX

    def _name_alone(self, name: str) -> bool:
        """A name long enough to be no part of longer names, or seen alone at least SHORT_NAME_ALONE_SHARE of the time."""
        return len(name) >= RARE_NAME_LENGTH or self._alone(name, self._starting) >= math.log10(SHORT_NAME_ALONE_SHARE)

    def _frequent_short_word(self, word: str) -> bool:
        """A four-letter word news writes small very often and seldom inside names ("tiba", "baru")."""
        counts = self._count(word)
        if len(word) != MIN_TAIL_LENGTH or not word.islower():
            return False
        return counts.lower >= LONG_WORD_MIN and counts.lower >= SMALL_WORD_SHARE * counts.title_mid

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
        if not self._may_follow(piece, word, before, last, before_capital):
            return None
        count = self._count(word).plain
        if count < PIECE_WORD_MIN:
            return self._rare_word_cost(piece, word, before, last, inner_unseen)
        # "akan", "nya" and "dan" also end many words ("digunakan", "badan"), "yang" few: a tail counts
        # as often as it stands alone, not as often as it ends a word
        cost = self._log_share(word, count) + self._alone(word, self._ending)
        return cost if last else cost + self._alone(word, self._starting)

    def _may_follow(self, piece: str, word: str, before: list[str], last: bool, before_capital: bool) -> bool:
        """Whether ``word`` may be a word after ``before`` in the piece at all, by its form alone."""
        if word in self._bound_suffixes or word.lower() in self._bound_prefixes and not (last and not before_capital):
            return False  # a prefix ending the run binds to nothing: "butuh|effort|ekstra", not "pro|Rakyat"
        short_ok = word in self._function_words or piece.islower() and (self._short_word(word) or self._english_after_closed(before, word))
        if len(word) < MIN_TAIL_LENGTH and not short_ok:
            return False  # "Amarilis", "diajari": a short stretch is more often a syllable of one word
        # "di", "ke" end names ("Sukadi"): only after a frequent word or name, the run's first or the word before them
        # ("penebangan|pohon|di"), or before a capital
        if len(word) < 3 and not (last and (before_capital or self._short_tail_head(before[0]) or self._short_tail_head(before[-1]))):
            return False
        if not word.islower():
            return False
        return not (len(before) > 1 and self._unseen_inner(before[-1]) and not self._function_after_unseen(before[-1], word))

    def _english_after_closed(self, before: list[str], word: str) -> bool:
        """"dengan|mix", "sebagai|ice", "atau|sky": a short English word a lifestyle article glued after a
        closed-class word ("dengan", "sebagai"); Indonesian syllables after one are not English words."""
        if len(word) >= MIN_TAIL_LENGTH or len(before) != 1 or len(before[0]) < MIN_TAIL_LENGTH or not self._english(word):
            return False  # (a longer word needs no leave)
        # ... or after a long word only Indonesian has ("mengobati|hot"), which an English syllable does not end
        # (not "-me", "-al": "antagonis|me", "praktik|al" are one word)
        return before[0] in self._closed_words or self._indonesian(before[0]) and len(before[0]) >= OPENING_WORD_LENGTH and len(word) >= 3

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
        if self._place_name(piece, words):
            return False
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
            known_name = self._known_name_before(head, words[-1])
            if words[-1].endswith("nya") and len(stem) >= 3 and self._count(stem).any >= SEGMENT_WORD_MIN and not known_name:
                return False
            if len(tail) < MIN_TAIL_LENGTH:  # names end in "-ini", "-dan", "-di": "Martini", "Sukadi"
                return len(words) == 2 and self._short_tail_after_name(head, tail, before_capital)
            return tail in self._function_words or self._name_tail(head, tail)
        return True

    def _place_name(self, piece: str, words: list[str]) -> bool:
        """A place's name written solid ("Kualasimpang", "Tanahbumbu", "Labuhanbatu"): a capitalised run read as a
        landform or settlement word (glue_place_heads.txt) and one more word that is no closed-class word nor verb,
        which a scrape would have glued on ("Tanjung|yang", "Kota|mengalami")."""
        if len(words) != 2 or not piece[0].isupper() or not piece[1:].islower():
            return False
        head, tail = words
        if tail in self._function_words or tail in self._closed_words or self._verb(tail):
            return False
        return head.lower() in self._place_heads

    def _known_name_before(self, head: str, tail: str) -> bool:
        """A name of a name's length, known as one, before a long word ("Simeone|layaknya"), or any before a
        long word news writes very often ("Widuran|akhirnya")."""
        if len(head) < RARE_NAME_LENGTH or len(tail) < LONG_TAIL_LENGTH:
            return False
        title = self._count(head).title
        return title >= PAIR_MIN or title >= SEGMENT_WORD_MIN and self._name(head) or self._count(tail).lower >= LONG_WORD_MIN

    def _name_tail(self, head: str, tail: str) -> bool:
        """A small-letter word after a name: a frequent one ("Aceh|punya"), or a long one after a
        known name ("Bandung|menyandang"), as names seldom end in a long word."""
        tail_count = self._count(tail).lower
        if tail_count >= NAME_TAIL_MIN or self._verb(tail):
            return True
        if self._name_free_word(tail) and self._name(head) and self._count(head).title >= PAIR_MIN:
            return True  # a known name, then a word names seldom hold ("Martin|santer", "Indonesia|wafat"; "Padanglawas" stays)
        if len(tail) == MIN_TAIL_LENGTH and self._lone_frequent_name(head) and self._name_free_word(tail, MIN_TAIL_LENGTH):
            return True  # ... and a four-letter one after a frequent name that starts almost no longer name ("Bandung|cuci")
        # wordfreq vouches for rare long words ("Israel|menamakan")
        long_tail = len(tail) >= LONG_TAIL_LENGTH and self._count(tail).plain >= SEGMENT_WORD_MIN
        if not long_tail or self._english(head) and self._english(tail):
            return False  # "Cybersecurity", "Micromanagement": an English compound written solid
        return self._count(head).title >= SEGMENT_WORD_MIN

    def _lone_frequent_name(self, head: str) -> bool:
        """A name news writes very often and almost always alone, not starting a longer name ("Bandung", "Persib";
        not "Surya", which starts "Suryadi", "Suryani")."""
        if not self._name(head) or self._count(head).title < NAME_MIN:
            return False
        return self._alone(head, self._starting) >= math.log10(SHORT_NAME_ALONE_MIN)

    def _ends_no_name(self, function_word: str, share: float = NAME_ENDING_SHARE) -> bool:
        """A function word that ends (almost) no capitalised word of the table ("adalah", "seperti"; "ini" ends
        "Kartini", "dan" "Ramadan", "yang" "Sanghyang"): glued after a short unseen name ("Khang|adalah")."""
        return self._name_endings().get(function_word, 0) <= share * self._count(function_word).any

    def _name_endings(self) -> dict[str, int]:
        """For each function word, the capitalised sightings of the longer names of the table it ends. A word
        news writes small at least as often is no name: capitalised, it starts a sentence ("Setelah", "Kepada"
        end in "telah", "pada" but name nobody; "Kartini", "Ramadan" do)."""
        if self._name_ending_counts is None:
            self._name_ending_counts = name_endings(self._counts, self._function_words)
        return self._name_ending_counts

    def _name_free_word(self, word: str, min_length: int = LONG_WORD_LENGTH) -> bool:
        """A small-letter word of some length that news writes in small letters far more often than inside
        names ("santer", "wafat", "takluk"; not "lawas", "payung", "haram" of "Padanglawas", "Masjidilharam")."""
        counts = self._count(word)
        return len(word) >= min_length and counts.lower >= TAIL_MIN and counts.lower >= SMALL_WORD_SHARE * counts.title_mid

    def _short_tail_head(self, head: str) -> bool:
        """A word "di", "ke" may be cut off after: a frequent word ("Pendakian|ke") or a name seen
        often enough to judge whether it starts longer names (see _short_tail_after_name)."""
        counts = self._count(head)
        if head.islower() and len(head) >= UNSEEN_SHORT_HEAD_LENGTH and counts.plain >= SEGMENT_WORD_MIN:
            # a small-letter word news or a dictionary knows ("fiktif|di", "briefing|di"): names, not words, end in "-di" unseen
            return True
        return counts.any >= SHORT_TAIL_HEAD_MIN or head[0].isupper() and counts.title >= self._name_min(head, "di")

    def _short_tail_after_name(self, head: str, tail: str, before_capital: bool) -> bool:
        """"Botafogo|di|Piala" before a capital; "Xiaomi|ini" after a name that seldom starts a
        longer name ("Mart" starts "Martini", "Martha"), and "Israel|ke", "Vanenburg|di" after one
        that almost never does ("Surya" starts "Suryadi", "Suryani": "di" ends Javanese names)."""
        if tail not in self._function_words or self._name_ending_in_demonstrative(head, tail):
            return False
        if before_capital:
            return True
        if self._count(head).title < self._name_min(head, tail):
            # a long unseen name before a closed-class word ("Purifier|ini", "Nahumarury|dan"): names
            # this long seldom end in one ("Martini", "Ramadan", "Sumiyartini" are short)
            if tail in self._closed_words and len(head) >= RARE_NAME_LENGTH and self._english(head):
                return True  # an English word before one ("Earbuds|ini", "Purifier|ini"): names end in "-ini" after a syllable
            return len(head) >= LONG_NAME_LENGTH and tail in self._closed_words and not self._count(head).title
        alone = SHORT_NAME_ALONE_MIN if len(tail) < 3 else NAME_ALONE_MIN
        return self._alone(head, self._starting) >= math.log10(alone) or self._glued_preposition(head, tail)

    def _glued_preposition(self, head: str, tail: str) -> bool:
        """"Khalifa|di", "Chrome|ke": a known capitalised word of a name's length before "di", "ke", though it starts
        longer words ("Khalifah", "Chromebook"), where the table's names seldom end in its last letters and the
        preposition ("-fadi", "-meke"); Javanese names end in "-andi", "-yadi", "-hadi" ("Juliandi", "Sunaryadi")."""
        if tail not in self._short_prepositions or len(head) < RARE_NAME_LENGTH or not head[1:].islower() or head.islower():
            return False
        if self._count(head).title < WORD_MIN:
            return False
        if self._join_ending_counts is None:
            self._join_ending_counts = join_endings(self._counts, self._short_prepositions)
        return self._join_ending_counts.get((head[-JOIN_LETTERS:] + tail).lower(), 0) <= JOIN_NAME_ENDINGS_MAX

    def _name_ending_in_demonstrative(self, head: str, tail: str) -> bool:
        """"Bastianini": a given name, then a demonstrative that ends names ("ini": Italian surnames end in "-ini"), is
        a longer name; news puts a demonstrative after a noun ("pembalap ini"), seldom after a person's bare name."""
        if tail not in self._demonstratives or head.lower() not in self._given_names:
            return False
        return not self._ends_no_name(tail, NAME_DEMONSTRATIVE_SHARE)  # "ini" ends names ("Kartini"); "Sakura|itu"

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
        if len(words[0]) < UNSEEN_HEAD_LENGTH and not (piece[0].isupper() and self._ends_no_name(tail)):
            return False
        # "dipomp|akan" is dipompakan, "jenaza|hanya" jenazahnya ("adalah" is a word); a name takes
        # no such suffix ("Skytrax|telah")
        if piece.islower() and any(lower.endswith(s) and len(tail) < len(s) + 3 for s in self._bound_suffixes if len(s) >= 3):
            return False
        # a prefix may start an unseen derived word ("pasca|..."), which a long function word does not end
        if tail in self._closed_words and len(tail) >= LONG_FUNCTION_LENGTH:
            return True
        # ... nor a long word that carries a verb's prefix already ("Panten|merupakan", "Sekar|terhadap"): a bound
        # prefix binds to a stem ("antar|pemerintah" is antarpemerintah), not to a verb
        if len(tail) >= LONG_TAIL_LENGTH and tail.startswith(VERB_PREFIXES):
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
        verb_end = len(words) == 2 and len(head) >= UNSEEN_SHORT_HEAD_LENGTH and self._verb(tail) and not overlap
        if not verb_end and not all(self._long_word(w) or running and self._running_word(w) for w in words[1:]):
            return False
        if len(words) > 2 and not running:
            return False
        return not any(self._count(stem).known for stem in self.derivation.stems(piece.lower()))

    def _ends_in_prefix(self, head: str) -> bool:
        """"senimulti|disiplin" is seni multidisiplin: a prefix ending a rare head binds to the next word."""
        return any(head.endswith(p) for p in self._bound_prefixes if len(p) >= MIN_TAIL_LENGTH)

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
        # ... or a word of a word's length written small often ("goreng|kremes"), or a frequent short one ("pula|raglan")
        frequent_head = self._long_word(head) or self._running_word(head) or self._frequent_short_word(head)
        if not (frequent_head or function_head or len(before) > 1):
            return False
        if any(self._count(stem).known for stem in self.derivation.stems(piece)):
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


def join_endings(table: dict[str, WordCounts], prepositions: frozenset[str]) -> dict[str, int]:
    """For each ending of JOIN_LETTERS letters and a short preposition ("andi", "fadi", "meke"), how many longer words of
    the table written capitalised more often than in small letters (names) end in it."""
    counts: dict[str, int] = {}
    for word, row in table.items():
        for tail in prepositions:
            if len(word) > JOIN_LETTERS + len(tail) and word.endswith(tail) and row.title_mid > row.lower:
                ending = word[-JOIN_LETTERS - len(tail) :]
                counts[ending] = counts.get(ending, 0) + 1
    return counts


def small_endings(table: dict[str, WordCounts], closed: frozenset[str]) -> dict[str, int]:
    """For each closed-class word, how many words of the table seen SEGMENT_WORD_MIN times in small letters end in it
    after three letters or more ("ini": "terkini", "meyakini")."""
    found: dict[str, int] = {}
    for word, counts in table.items():
        if counts.lower < SEGMENT_WORD_MIN or not word.islower():
            continue
        for k in range(FUNCTION_END_LENGTH, min(len(word) - 2, MAX_FUNCTION_LENGTH + 1)):
            if word[-k:] in closed:
                found[word[-k:]] = found.get(word[-k:], 0) + 1
    return found


def rare_endings(table: dict[str, WordCounts]) -> dict[str, int]:
    """For each ending of the table's words, how many rare words (fewer than RARE_WORD_MAX sightings) end in it."""
    found: dict[str, int] = {}
    for word, counts in table.items():
        if counts.known >= RARE_WORD_MAX:
            continue
        for k in range(MIN_HEAD_LENGTH - 1, min(len(word) - MIN_HEAD_LENGTH + 1, MAX_ENDING_LENGTH + 1)):
            found[word[-k:]] = found.get(word[-k:], 0) + 1
    return found


def name_endings(table: dict[str, WordCounts], function_words: frozenset[str]) -> dict[str, int]:
    """For each function word, the capitalised sightings of the longer names of the table it ends (see
    SmallLetterSegmenter._name_endings)."""
    found: dict[str, int] = {}
    for word, counts in table.items():
        capitalised = counts.title_mid + counts.title_initial
        if capitalised <= counts.lower:
            continue
        for k in range(2, min(len(word) - 1, MAX_FUNCTION_LENGTH + 1)):
            if word[-k:] in function_words:
                found[word[-k:]] = found.get(word[-k:], 0) + capitalised
    return found


@cache
def segment_tables() -> tuple[dict[str, int], dict[str, int]]:
    """The package table's ``rare_endings`` and ``name_endings``, kept in the cache next to the table's own facts
    (``glue_lexicon.cached_tables``), keyed by the table's key and this module's source."""
    counts, facts = package_tables()
    key = hashlib.sha256(table_key() + source_bytes(__file__)).digest()
    rare, names = cached_tables("glue_segment", key, lambda: (rare_endings(counts), name_endings(counts, facts.function_words)))
    return rare, names
