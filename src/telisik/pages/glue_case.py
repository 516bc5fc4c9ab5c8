"""Cutting a letter run at its case changes ("dariAntara", "ASDonald", "JakartaHarga"): which case change
is glue and which a camel-case name or brand (see ``pages.glue``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from telisik.lang import lower_word_list
from telisik.pages.glue_lexicon import (
    COMMON_WORD_MIN,
    ENGLISH_MIN,
    LONG_WORD_LENGTH,
    LONG_WORD_MIN,
    MIN_TAIL_LENGTH,
    NAME_MIN,
    NAME_SHARE,
    NAME_TAIL_MIN,
    TAIL_MIN,
    WORD_MIN,
)
from telisik.pages.glue_segment import (
    NAME_ENDING_SHARE,
    PAIR_MIN,
    RARE_NAME_LENGTH,
    SEGMENT_WORD_MIN,
    SMALL_WORD_SHARE,
    SmallLetterSegmenter,
)

# Thresholds on the counts of word_frequencies.tsv (about 5M tokens of news, names and name lists).
HEAD_LOWER_MIN = 5  # a small-letter word before a capital ("dari|Antara")
ACRONYM_MIN = 3  # capitals seen standing alone ("AS", "PT", "KPK")
ACRONYM_HEAD_MIN = 30  # a small-letter word before a two-capital acronym ("awalnya|HP"; "tvOS" stays) ...
ACRONYM_HEAD_LENGTH = 6  # ... or one this long that is no English word ("teknisi|PT"; "visionOS" stays)
UNKNOWN_HEAD_LENGTH = 5  # a small-letter stretch this long before a capital is glued even unknown
FREQUENT_ACRONYM_MIN = 500  # acronyms seen alone this often ("RI", "PT", "AS") are glued on, not a brand's end
ENGLISH_FUNCTION = 1000  # English words this frequent ("The", "In") start titles, not brands
LEAD_CAPITALS_LENGTH = 6  # capitals this long that news never writes alone are a lead's first word, not an acronym
BRAND_LETTERS = "ie"  # the small letter that starts brands' names ("iPhone", "iQoo", "eSIM")
# the word a brand's small letter ends is this many times as frequent as the letters before it ("dari", "dar"): "dari|PhoneArena"
BRAND_LETTER_WORD_SHARE = 100
BRAND_END_HEAD = 2  # the shortest syllable a brand ends in before a word glued on ("BRI|mo", "X|Peng")
# a closed-class word that ends capitalised words this rarely (a share of its sightings) is cut off a brand's last
# syllable ("BRImo|dan", "XPeng|itu"); "akan", "telah" end too many ("Delapakan")
BRAND_ENDING_SHARE = 0.1
UNSEEN_PARTICLE_HEAD = 6  # an unseen name this long before a particle glued to it ("Bernadya|pun"; "Lampun" stays)
_SHIFT_TYPO = re.compile(r"[A-Z]{2,3}[a-z]{2,}")


@dataclass(frozen=True)
class _Word:
    """A stretch of a letter run: a word, or a protected name ("WhatsApp", the "detik" of "detikNews")."""

    start: int
    text: str
    protected: bool = False
    joined_to_next: bool = False  # an outlet prefix: "detik|News" is never cut
    cut_before: bool = False  # the second word of an unknown piece ("Israel|yang")
    # the whole case piece a word was cut from by _word_end ("Mob" of "Mobmenyebutkan"): the case change before it
    # is judged as it was before the cut
    piece: str = ""



class CaseChangeRules(SmallLetterSegmenter):
    """Decides which case changes inside a letter run are glue."""

    def _run_splits(self, run: str, site_name: bool = False, letter_end: bool = False, label_end: bool = False) -> list[int]:
        """Offsets inside one letter run ("berwenangMalaysiaseperti")."""
        if self._shift_typo(run) or run.lower() in solid_formulas():
            return []  # "DImana", "insyaAllah": one word
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
            if self._brand_letter_glued(left, right):
                offsets.append(right.start - 1)
            elif cut or self._case_glue(left, right, site_name) or letter:
                offsets.append(right.start)
        return offsets

    def _shift_typo(self, run: str) -> bool:
        """A word typed with its first letters held in capitals ("DImana", "UNtuk", "CIty"): capitals then small
        letters that together spell a word news writes often in small letters. An acronym glued to a word spells none
        ("ASDonald", "BUMNlewat", "DI|Yogyakarta")."""
        return _SHIFT_TYPO.fullmatch(run) is not None and self._count(run).lower >= NAME_TAIL_MIN

    def _name_matches(self, pattern: re.Pattern[str], run: str) -> list[re.Match[str]]:
        """The matches of ``pattern`` in ``run``, less a brand's small letter ending a word (see _brand_inside_word):
        the search goes on after that letter ("dar|iPhoneArena" -> "dari|PhoneArena"); nor a name ending in one capital
        after small letters where that capital starts a known name ("TransJ" is not in "TransJabodetabek")."""
        found: list[re.Match[str]] = []
        match = pattern.search(run)
        while match is not None:
            if self._brand_inside_word(run, match.start()) or self._capital_starts_name(run, match):
                match = pattern.search(run, match.start() + 1)
                continue
            found.append(match)
            match = pattern.search(run, match.end())
        return found

    def _capital_starts_name(self, run: str, match: re.Match[str]) -> bool:
        """A name that ends in one capital after small letters ("TransJ") where that capital and the small letters after
        it spell a known name ("Jabodetabek" of "TransJabodetabek"); "TwitterXyang", "SpaceXnya" keep their name."""
        name, end = match.group(), match.end()
        if len(name) < 2 or not name[-2].islower() or not name[-1].isupper() or not run[end : end + 1].islower():
            return False
        piece = run[end - 1 : case_pieces(run[end - 1 :])[0][1] + end - 1]
        return self._count(piece).title >= PAIR_MIN

    def _brand_inside_word(self, run: str, start: int) -> bool:
        """"dariPhoneArena": a known name that starts with a brand's small letter ("iPhone") found where that letter
        ends a frequent word ("dari") whose letters without it news seldom writes ("dar"): the letter is the word's, the
        name is not there ("dari|PhoneArena")."""
        if start == 0 or run[start] not in BRAND_LETTERS or not run[start - 1].islower():
            return False
        stretch = re.search(r"[a-z]+$", run[:start])
        if stretch is None:
            return False
        word = stretch.group()
        return self._count(word + run[start]).lower > BRAND_LETTER_WORD_SHARE * self._count(word).lower

    def _brand_letter_glued(self, left: _Word, right: _Word) -> bool:
        """"yakni|iQoo", "di|iPhone", "menggunakan|eSIM": a small-letter stretch the table does not know that is a
        known word and the "i" or "e" that starts a brand's name; the cut goes before the letter."""
        word = left.text
        if left.protected or right.protected or not word.islower() or word[-1] not in BRAND_LETTERS or not right.text[0].isupper():
            return False
        head = word[:-1]
        if len(head) < 2 or self._count(word).known >= WORD_MIN:
            return False
        return head in self._function_words or self._count(head).lower >= TAIL_MIN and len(head) >= MIN_TAIL_LENGTH

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
                found += [_Word(m.start(), m.group(), True, joined) for m in self._name_matches(pattern, run)]
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
        after_capital = start > 0  # the first piece after a protected name ("WhatsApp")
        for piece_start, piece_end in self._pieces(run[start:end]):
            position = start + piece_start
            parts = self._segment(run[position : start + piece_end], before_capital=start + piece_end < len(run))
            piece = parts[0]
            if len(parts) == 1:
                parts = self._particle_after_name(piece) or (
                    self._word_end(piece, after_capital) if position > 0 else self._glued_tail(piece) or parts
                )
            # a brand's syllables follow a name or capitals ("Nokia|Mob", "BR|Imo"), not a common word ("Suami|Indadari")
            after_capital = run[position].isupper() and not self._common_word(run[position : start + piece_end])
            for index, part in enumerate(parts):
                words.append(_Word(position, part, cut_before=index > 0, piece=piece if index == 0 and len(parts) > 1 else ""))
                position += len(part)
        return words

    def _particle_after_name(self, piece: str) -> list[str] | None:
        """"Yura|pun", "Komdigi|pun", "Bernadya|pun": a particle a writer glued to a name (glue_name_particles.txt) is cut
        off a capitalised piece the table does not know when what comes before it is a known name, or an unseen word of
        a name's length; the conjunctions written solid ("Meskipun", "Kendatipun": glue_solid_particle_words.txt) stay, and
        so does a piece ending in one ("Rojamaupun" is no "Rojamau|pun")."""
        if not piece[:1].isupper() or not piece[1:].islower() or self._count(piece).known:
            return None
        if any(piece.lower().endswith(word) for word in solid_particle_words()):
            return None  # "Kendatipun", "Roja|maupun": a word written solid with its particle
        for particle in name_particles():
            head = piece[: -len(particle)]
            if not piece.endswith(particle) or len(head) < MIN_TAIL_LENGTH:
                continue
            counts = self._count(head)
            if self._name(head) or len(head) >= UNSEEN_PARTICLE_HEAD and not counts.known:
                return [head, piece[len(head) :]]
        return None

    def _word_end(self, piece: str, after_capital: bool) -> list[str]:
        """A capitalised piece after a case change that the segmenter leaves whole but that ends in a
        closed-class word, a verb or a long frequent word: a brand's last syllable or a new name, then
        a word glued on ("XPeng|itu", "NokiaMob|menyebutkan", "BRImo|dan", "dari|Ynet|menyebut");
        names and brands end in syllables and English words, not in "dengan" or "menyebutkan". After a
        small-letter word the piece is a name, and names end in "ini", "dan", "dari" ("Kartini",
        "Sundari"): only a closed-class word that ends no name is cut off there; after capitals
        ("NokiaMob", "BRImo") a brand's syllable ends in none."""
        if len(piece) < BRAND_END_HEAD + 3 or not piece[0].isupper() or not piece[1:].islower() or self._count(piece).known:
            return [piece]
        if self._count(piece[1:]).lower >= TAIL_MIN:
            return [piece]  # "DDoS|semakin": a capital ending capitals, then a word
        for k in range(BRAND_END_HEAD, len(piece) - 2):
            head, tail = piece[:k], piece[k:]
            if self._count(head).known >= PAIR_MIN and self._count(piece[: k + 1]).known:
                continue  # "Berry|booming" is read by the segmenter; a known head that goes on is no syllable
            if tail in self._closed_words:
                if self._ends_no_name(tail, BRAND_ENDING_SHARE if after_capital else NAME_ENDING_SHARE):
                    return [head, tail]
            elif self._verb(tail) or self._long_word(tail) and not self._english(tail) and self._ends_no_name(tail):
                return [head, tail]  # ... a long word that ends no name ("Direktur|Dumantara" stays)
        return [piece]

    def _pieces(self, run: str) -> list[tuple[int, int]]:
        """Case pieces, with "APB|Nlewat" moved to "APBN|lewat" when the small letters are a word
        and the capital with them is not ("AS|Donald" stays)."""
        pieces = case_pieces(run)
        for k in range(1, len(pieces)):
            (start, end), (left_start, _) = pieces[k], pieces[k - 1]
            word = run[start:end]
            if not (run[start - 1].isupper() and len(word) > 1 and word[1:].islower()):
                continue
            rest = self._segment(word[1:])[0]
            capitals = run[left_start : start + 1]  # "SEBUAH|kondom": a word in capitals
            completes = self._capital_completes_acronym(capitals, word, rest)
            if not completes and not self._capital_moves(run[left_start:start], word):
                continue
            word_follows = completes or self._count(rest).lower >= TAIL_MIN or self._capital_word(capitals, rest)
            if rest not in self._bound_suffixes and word_follows:
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
        acronym = self._count(capitals + word[0]).upper >= ACRONYM_MIN
        if rest in self._short_prepositions:
            # "UPI|di", "TKI|di": a known acronym before "di", "ke", unless a frequent name follows
            return acronym and counts.title < NAME_MIN
        if rest not in self._closed_words:
            return False
        return acronym or counts.title < PAIR_MIN or self._mostly_small(word)

    def _capital_completes_acronym(self, capitals: str, word: str, rest: str) -> bool:
        """"BLT|anak", "GERD|anxiety", "UU|perkawinan": the capital starting ``word`` ends an acronym news writes
        alone more often than the capitals before it, and the small letters after it start with a word known more
        often than ``word`` as a name ("AS|Donald" stays: "ASD" is seldom written, "Donald" often)."""
        if not self._completed_acronym(capitals) or not self._known_small_word(rest):
            return False
        return self._count(rest).lower > self._count(word).title

    def _completed_acronym(self, capitals: str) -> bool:
        """Capitals news writes alone as an acronym more often than the capitals without the last one ("GERD", not "GER")."""
        acronym = self._count(capitals).upper
        return acronym >= ACRONYM_MIN and self._count(capitals[:-1]).upper < acronym

    def _known_small_word(self, word: str) -> bool:
        """A word of some length news writes in small letters ("anxiety", "perkawinan"; not the "overs" of "KLovers"
        nor the "rust" of "JTrust", which only English text has: a brand's English second half)."""
        return len(word) >= MIN_TAIL_LENGTH and word.islower() and self._count(word).lower >= SEGMENT_WORD_MIN

    def _capital_word(self, capitals: str, rest: str) -> bool:
        """Capitals that spell a word news writes in small letters, before small letters of some length."""
        return len(capitals) >= MIN_TAIL_LENGTH and len(rest) >= MIN_TAIL_LENGTH and self._count(capitals).lower >= COMMON_WORD_MIN

    def _case_glue(self, left_word: _Word, right_word: _Word, site_name: bool) -> bool:
        """Whether the change between two words of a run is a removed space."""
        left, right = left_word.text, right_word.piece or right_word.text
        if self._company_form(left, right) or self._verse_label(left, right):
            return True
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

    def _company_form(self, left: str, right: str) -> bool:
        """"PT|Autopedia", "PT|AirAsia", "Infrastructure|Tbk": a company's legal form glued to its name
        (glue_company_forms.tsv); no brand is written solid with one."""
        if left in self._forms_before_name:
            return len(right) >= 3 and right[0].isupper() and not right.isupper()
        return right in self._forms_after_name and len(left) >= 3 and left[0].isupper()

    def _verse_label(self, left: str, right: str) -> bool:
        """A song's part named before its first line, glued where the scrape dropped the line break ("CHORUS|So",
        "Bridge|My", "TAG|Glad"; glue_verse_labels.txt): lyrics pages mark their parts so."""
        if left.lower() not in self._verse_labels or not right[0].isupper():
            return False
        return len(right) >= 2 or right == "I"

    def _acronym_before_word(self, run: str) -> bool:
        """"ASini" is "AS|ini", not "A|Sini": two capitals that are a known acronym, then a word."""
        acronym, rest = run[:2], run[2:]
        return self._count(acronym).upper >= ACRONYM_MIN and self._count(rest).lower >= TAIL_MIN

    def _after_name(self, right: str, site_name: bool) -> bool:
        """"WhatsApp|kembali", "McGregor|sudah", "iMessage|itu"."""
        if right.islower():
            return self._tail_score(right, short_ok=True) > 0  # "MotoGP|di": a name in the list ends there
        if site_name or len(right) < 3:
            return False
        # ... or a name the table seldom saw, no English word ("YouTube|Yossie"): the listed name ends there
        return self._count(right).title >= PAIR_MIN or self._name_like(right, RARE_NAME_LENGTH - 1)

    def _lower_then_capital(self, left: str, right: str) -> bool:
        """"dari|Antara", "di|TWS", "hari|C.": a small-letter word, then a name (new names welcome).
        Brands start with one or two small letters ("iPhone", "tvOS", "mmHg") or a short word
        before two capitals ("macOS")."""
        if len(left) < 2 or not right[0].isupper():
            return False
        if right.lower() in self._clitics:
            return False  # a clitic in capitals: the reverent "memberiMU", "kasihNYA"
        if self._line_opener(left, right):
            return True
        if len(left) == 2:  # "di|TWS", "vs|Timnas"; brands start with a syllable ("myPertamina", "goTo")
            if left in self._function_words:
                return True
            frequent = self._count(left).lower >= LONG_WORD_MIN and not self._english(left)
            return frequent and len(right) >= MIN_TAIL_LENGTH and right[1:].islower()  # "idBBB+", "kmÂ²" stay
        if right.isupper() and len(right) == 2:
            # a frequent word ("awalnya|HP"), or a long one no English word ("teknisi|PT", "dipenerbangan|GA"):
            # brands join English words or syllables to the acronym ("visionOS", "tvOS", "mmHg")
            return self._count(left).lower >= ACRONYM_HEAD_MIN or self._long_word_before_acronym(left)
        return len(left) >= UNKNOWN_HEAD_LENGTH or self._count(left).lower >= HEAD_LOWER_MIN

    def _line_opener(self, left: str, right: str) -> bool:
        """A verse's lines glued where the scrape dropped their line breaks ("so|Let", "on|You", "it|I", "jo|Kita",
        "nowa|Bukan"): a short or unknown small-letter word, then a capitalised word a line starts with, an English
        function word ("You", "My", "All", "I" after an English word) or a word Indonesian writes small far more
        often ("Bukan", "Jangan", "Kalau"). Brands put a syllable before a name or an English content word
        ("myPertamina", "easyJet", "goPay"), not before these."""
        if right == "I":
            return self._english(left)
        if len(right) < 2 or not right[1:].islower() or self._count(left + right).lower >= COMMON_WORD_MIN:
            return False  # "seTiap": a word typed with a capital inside
        counts = self._count(right)
        if counts.english >= ENGLISH_FUNCTION or right.lower() in self._line_openers:
            return True
        return not counts.english and self._indonesian_capitalised(right) and counts.lower >= COMMON_WORD_MIN

    def _long_word_before_acronym(self, left: str) -> bool:
        """"teknisi|PT", "dipenerbangan|GA": a long small-letter word that neither is nor ends in an
        English word ("di|watchOS": a brand glued on)."""
        if len(left) < ACRONYM_HEAD_LENGTH:
            return False
        return not any(self._foreign(left[k:]) for k in range(len(left) - MIN_TAIL_LENGTH + 1))

    def _acronym_then(self, left: str, right: str) -> bool:
        """"AS|Donald", "KPK|tengah", "UMKM|di", "JADWAL|siaran"; "PPnBM", "BRImo", "OLXmobbi" stay.
        Names end in "-di", "-ke" ("Sukadi"), acronyms do not: a function word that short ends the
        token after capitals only where it was glued on."""
        if right.islower():
            return self._capitals_then_small(left, right)
        if len(right) < 3:
            return False
        if len(left) >= 3 and self._sentence_word(right):
            return True  # capitals, then a sentence's first word ("DUI|Belum", "TKBI|Pangkat"): brands join English words
        if self._capitals_lead(left, right):
            return True
        known_left = self._count(left).upper >= ACRONYM_MIN or self._count(left).title >= WORD_MIN
        if len(left) >= MIN_TAIL_LENGTH and self._count(left).title >= WORD_MIN and len(right) >= MIN_TAIL_LENGTH and right[1:].islower():
            return True  # a word or name in capitals, then a name: a headline's lead ("MARC|Marquez", "ANDERS|Frisk")
        # an unknown acronym before a known name ("SKKL|Indonesia", "PPTKA|Kemnaker"): brands join
        # an acronym to a word ("QJMotor", "AIAssistant")
        if known_left and self._count(right).title >= WORD_MIN or self._name(right) and self._count(right).title >= PAIR_MIN:
            return True
        # a frequent acronym before a new name ("BYD|Denza", "CEO|Tokocrypto"): a brand joins an
        # acronym to an English word or a syllable ("PLNMobile", "BRImo")
        return len(left) >= 3 and self._count(left).upper >= NAME_MIN and self._name_like(right, RARE_NAME_LENGTH - 1)

    def _capitals_then_small(self, left: str, right: str) -> bool:
        """Capitals, then a small-letter word: a function word or a word's tail ("KPK|tengah", "UMKM|di"), a word after
        a headline's lead in capitals, a word the table knows however seldom news writes it after an acronym
        ("GERD|anxiety"), or an English function word after an English word in capitals, a lead's or a song's
        part's ("HEAD|to")."""
        if self._tail_score(right, short_ok=True) > 0 or self._word_after_capitals(left, right):
            return True
        if self._completed_acronym(left) and self._known_small_word(right):
            return True
        return len(left) >= 3 and self._english(left) and self._count(right).english >= ENGLISH_FUNCTION

    def _capitals_lead(self, left: str, right: str) -> bool:
        """A lead's first word written in capitals, too long for an acronym and never written alone as one, then a
        capitalised word ("GIORGOS|Karagounis", "NURSYAHBANI|Katjasungkana"): brands put a short acronym before a
        word ("PLNMobile", "WCCFTech")."""
        if len(left) < LEAD_CAPITALS_LENGTH or self._count(left).upper >= ACRONYM_MIN:
            return False
        if len(right) < RARE_NAME_LENGTH - 1 or not right[1:].islower() or right[1:] in self._bound_suffixes:
            return False  # "NGEROKOK|nya" (the capital moved off the clitic), "RARINDRA|XPeng" (a brand's syllable)
        return not self._english(right)

    def _sentence_word(self, word: str) -> bool:
        """A capitalised word news writes mostly in small letters and English does not ("Belum", "Ilustrasi"),
        long enough to be no syllable of a brand."""
        counts = self._count(word)
        if len(word) < LONG_WORD_LENGTH or not word[1:].islower() or self._foreign(word):
            return False
        return counts.lower >= TAIL_MIN and counts.lower >= counts.title_mid

    def _small_word_capitalised(self, word: str) -> bool:
        """A capitalised Indonesian word: news writes it in small letters at least as often as capitalised
        mid-sentence ("Kontroversi"), or it is an unseen derived word ("Istimewanya")."""
        counts = self._count(word)
        if len(word) < LONG_WORD_LENGTH or not self._capitalised_not_english(word):
            return False
        if counts.lower and counts.lower >= counts.title_mid:
            return True
        return not counts.title_mid and self._derived_cost(word.lower(), initial=True, final=True) is not None

    def _capitalised_not_english(self, word: str) -> bool:
        """A capitalised word English text does not have, however seldom: brands start with names, English
        words and syllables ("SeaBank", "EmojiTracker", "HokBen")."""
        return len(word) >= MIN_TAIL_LENGTH and word[1:].islower() and not self._count(word).english

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
            return self._preposition_then_name(left, right)
        if self._two_names(left, right) or self._word_then_acronym(left, right):
            return True
        if self._name_then_preposition(left, right) or self._english_line_opener(left, right):
            return True
        if self._english_compound(left, right):
            return False
        if left_count < PAIR_MIN:
            return self._rare_then_capital(left, right)
        if right.isupper():
            return len(right) == 1 or self._acronym_after_name(right, left_count, left) or self._small_word_capitalised(left)
        short_opener = right.lower() in self._function_words or self._count(right).title_mid >= NAME_MIN
        if len(right) == 2 and left_count >= NAME_MIN and short_opener:
            return True  # a dateline's or heading's word before a sentence or name ("Jakarta|Di", "Hasil|Al")
        if len(right) < 3 or max(len(left), len(right)) < 4:
            return False
        return self._count(right).title >= WORD_MIN or self._new_name_after(left, right, left_count)

    def _two_names(self, left: str, right: str) -> bool:
        """"Donald|Trump", "Brentford|Tottenham": brands join words, not two names; or a sentence's or heading's first
        word, then a word or name ("Kontroversi|Fordow", "Pembudayaan|Kegemaran")."""
        if self._name(left) and self._name(right):
            return True
        return self._small_word_capitalised(left) and self._capitalised_not_english(right)

    def _english_line_opener(self, left: str, right: str) -> bool:
        """"Name|My soul", "Peace|He gives", "Ghost|There’s": an English word ending a song's line, then the first
        word of the next (glue_line_openers.txt) where the page's line break was dropped; brands join an English word
        to a preposition or a particle ("LinkedIn", "GoTo", "FlyBe"), not to a pronoun or a conjunction."""
        if right.lower() not in self._line_openers or not (right == "I" or right[1:].islower()):
            return False
        return self._english(left) or self._count(left).reference > 0

    def _name_then_preposition(self, left: str, right: str) -> bool:
        """"Mauritania|Ke", "Bandung|Di": a known word or name of a name's length, then a heading's or sentence's
        first "Di", "Ke"; no brand ends in one."""
        if right.lower() not in self._short_prepositions or not right[1:].islower():
            return False
        return len(left) >= RARE_NAME_LENGTH and left[1:].islower() and self._count(left).title >= WORD_MIN

    def _word_then_acronym(self, left: str, right: str) -> bool:
        """"Final|NBA", "Laga|PSSI": a word news writes in small letters far more often than capitalised
        mid-sentence, then an acronym of three capitals or more news writes alone; brands put an
        acronym after a name or a syllable ("MotoGP", "HarmonyOS", "ChatGPT" is listed)."""
        if len(right) < 3 or not right.isupper() or self._count(right).upper < ACRONYM_MIN:
            return False
        counts = self._count(left)
        return counts.lower >= COMMON_WORD_MIN and counts.lower >= SMALL_WORD_SHARE * counts.title_mid

    def _preposition_then_name(self, left: str, right: str) -> bool:
        """"Di|Jakarta", "Ke|Bandung": a sentence's first preposition glued to a frequent name; "DiCaprio"
        stays, its second half no name the table knows."""
        if left.lower() not in self._short_prepositions or self._count(right).title_mid < NAME_MIN:
            return False
        # ... or an English word news writes as a name's word far more often ("Di|Real Madrid", "Di|Manchester")
        return self._name(right) or self._capitalised_in_news(right)

    def _rare_then_capital(self, left: str, right: str) -> bool:
        """"Sutjahyo|Direktur", "Server|Tiket": a rare name, then a common word; "Mapolres|Sukabumi";
        two rare names ("Pattynama|Calvin")."""
        if len(left) >= RARE_NAME_LENGTH and self._common_word(right) or self._known_then_name(left, right):
            return True
        if len(left) >= RARE_NAME_LENGTH - 1 and not self._english(left) and self._indonesian_capitalised(right):
            return True  # a rare word or name, then a word only Indonesian has ("Katuk|Daun", "Tigapuluh|Wahai")
        if right.isupper() and len(right) >= 2 and self._small_word_capitalised(left):
            return True  # a sentence's first word, then capitals ("Pengidap|PCOS")
        if len(left) >= RARE_NAME_LENGTH and not self._count(left).known and self._word_after_unseen_name(right):
            return True  # an unseen name, then an English word news writes small very often ("Doechii|Video")
        return self._name_like(left, RARE_NAME_LENGTH) and self._name_like(right, RARE_NAME_LENGTH - 1)

    def _word_after_unseen_name(self, word: str) -> bool:
        """A capitalised English word Indonesian news writes in small letters very often ("Video", "Game"): glued
        after an unseen name, where brands join a syllable or a short word to one ("FoneArena"); not an acronym
        ("BinguoEV", a model's name)."""
        counts = self._count(word)
        return len(word) >= MIN_TAIL_LENGTH and word[1:].islower() and counts.lower >= LONG_WORD_MIN and self._english(word)

    def _indonesian_capitalised(self, word: str) -> bool:
        """A capitalised word news writes in small letters often, or more often than capitalised mid-sentence,
        that English text does not have ("Daun", "Komisaris", "Wahai"): brands join English words and
        syllables ("FoneArena", "HokBen"), not these."""
        counts = self._count(word)
        if len(word) < MIN_TAIL_LENGTH or not word[1:].islower() or counts.english or counts.lower < TAIL_MIN:
            return False
        return counts.lower >= COMMON_WORD_MIN or counts.lower >= counts.title_mid

    def _new_name_after(self, left: str, right: str, left_count: int) -> bool:
        """A capitalised word the table seldom saw after a known word or name."""
        # a new name after a word or name common enough that it ends names rather than starting
        # brands: "Melansir|Statista" (a common word starting a sentence), "Lombok|Stephanus"
        # ("FreeSync", "RedDoorz", "NewsPedia": an English word starts brands)
        if self._common_word(left) and self._mostly_small(left):
            return True
        # an English word starts brands ("FreeSync"), a name English has too a name ("Korea|Omniscient"),
        # unless an English word follows ("IranWire")
        if len(right) < MIN_TAIL_LENGTH or self._english(left) and self._english(right):
            return False
        if self._english(left) and not self._name(left):
            # ... unless news writes the English word as a name's word, then a name ("City|Ferran": a club, a player;
            # "MacFarlane" stays, "Mac" too short for a word)
            return len(left) >= MIN_TAIL_LENGTH and self._capitalised_in_news(left) and self._name_like(right, RARE_NAME_LENGTH)
        # ... or a known name before a new one ("Bendungan|Tamblang"): brands join syllables and
        # English words, which _name_like leaves out
        return left_count >= NAME_MIN or self._name(left) and self._name_like(right, RARE_NAME_LENGTH - 1)

    def _english_compound(self, left: str, right: str) -> bool:
        """"SeaBank", "FunTouch", "MetLife": two English words in one token are a brand, as glue
        joins an Indonesian word or name to the next ("Jakarta|Bank", "Tim|Lifestyle")."""
        if any(self._name(w) and self._count(w).title >= NAME_MIN for w in (left, right)):
            return False  # "City|Liverpool", "Google|News": a frequent name is no brand's half ("MasterChef")
        if all(self._capitalised_in_news(w) for w in (left, right)):
            return False  # "Palace|Leeds", "Forest|Newcastle": English words news writes only as names (a club's)
        return self._english(left) and self._english(right) and max(self._count(w).english for w in (left, right)) < ENGLISH_FUNCTION

    def _capitalised_in_news(self, word: str) -> bool:
        """A word news writes capitalised mid-sentence, seldom in small letters and more often than English text
        has it ("Palace", "Villa", "West"): a name's word there, not an English word a brand took up ("Sea",
        "Free", "Smart", "Master", "Watch")."""
        counts = self._count(word)
        return counts.title_mid >= max(PAIR_MIN, NAME_SHARE * counts.lower, counts.english)

    def _known_then_name(self, left: str, right: str) -> bool:
        """A rare word or name before a frequent name: a known one ("Mapolres|Sukabumi") or a long
        one ("Dittipidum|Bareskrim"); a short unknown one starts a brand ("FoneArena", "HokBen")."""
        known = self._count(left).title >= WORD_MIN or len(left) >= RARE_NAME_LENGTH
        if not known and left[1:].islower() and not self._count(left).known and self._count(right).english < ENGLISH_MIN:
            # ... or a short unseen name before one English text never has ("Koets|Belanda", "Cru|Yamaha"): a brand
            # puts its syllable before an English word ("FoneArena", "HokBen")
            known = len(left) >= 3
        return known and self._frequent_name(right)

    def _acronym_after_name(self, acronym: str, name_count: int, name: str = "") -> bool:
        """"Jakarta|PT", "Jakarta|BINUS"; "MotoGP", "ChatGPT", "HarmonyOS" stay."""
        if len(acronym) == 2:
            # ... or a known name before an acronym news writes alone most often ("Kemenkes|RI"; "BrioHR", "JakTV" stay)
            frequent = self._count(acronym).upper >= FREQUENT_ACRONYM_MIN and name_count >= PAIR_MIN and not self._english(name)
            return name_count >= NAME_MIN and self._count(acronym).upper >= ACRONYM_MIN or frequent
        return name_count >= NAME_MIN or self._count(acronym).upper >= ACRONYM_MIN


def case_pieces(run: str) -> list[tuple[int, int]]:
    """(start, end) of the runs of one casing, a capital before small letters starting a word:
    "ASDonald" -> AS, Donald; "dariAntara" -> dari, Antara; "APBNlewat" -> APB, Nlewat (which
    :meth:`CaseChangeRules._pieces` moves to APBN, lewat)."""
    cuts = [0]
    for i in range(1, len(run)):
        before, here = run[i - 1], run[i]
        nxt = run[i + 1] if i + 1 < len(run) else ""
        if (before.islower() and here.isupper()) or (before.isupper() and here.isupper() and nxt.islower()):
            cuts.append(i)
    cuts.append(len(run))
    return [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]


@cache
def solid_formulas() -> frozenset[str]:
    """Arabic formulas written solid with "Allah" inside ("insyaAllah", "MasyaaAllah": glue_solid_formulas.txt), folded
    to lower case."""
    return lower_word_list("id", "glue_solid_formulas.txt")


@cache
def name_particles() -> frozenset[str]:
    """Particles a writer glues to a name ("Yura|pun": glue_name_particles.txt)."""
    return lower_word_list("id", "glue_name_particles.txt")


@cache
def solid_particle_words() -> frozenset[str]:
    """Words written solid with a particle ("meskipun", "maupun": glue_solid_particle_words.txt)."""
    return lower_word_list("id", "glue_solid_particle_words.txt")
