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
  ("track|suit", "trace|ability": English writes it solid; a boundary between an Indonesian word and an
  English one costs less, "desain|liquid") nor inside a confix around a compound
  ("dilipat|gandakan"), and a capitalised run that starts with a common word written small is a
  sentence's first words, read as a small-letter run ("Strategi|coping|yang");
- two names glued ("Donald|Trump", "Brentford|Tottenham", "Pattynama|Calvin": a brand joins words or
  syllables, not two names); capitals before "di" or a word ("UMKM|di", "PERSOALAN|keabadian"); a
  group's letter before a word ("Grup G|Piala"); an unseen name before a closed-class word
  (glue_function_words.tsv: "Punisher|atau"), and in small letters an unseen word of seven letters or more
  before one that ends almost no small-letter word ("purifier|ini", "chimneys|dan"; "padupadan" stays); a bound
  prefix written solid with a known word is one word ("antaranggota");
- punctuation with no space after it inside a word ("Antara,Jumat", "Liputan6.compada", "dipahami.|Ia",
  "berkurang.|Acceptance": a small-letter word, a full stop and a new word however rare; "penumpang.|PT",
  "Gaza.|Bennour", "Pusat.|Onyo", "(BPS),|Senin", "selesai.|(Andi"; capitals after a capitalised word, a list's number,
  a year or a bracket: "Utara.|BBC", "1.|PT", "2025.|BLT", not a site's or file's ending, "Katalis.AI", "laporan.PDF",
  nor a title's abbreviations, "Sp.OT.Subsp.PL(K)"), and quotation marks glued between words: before an
  opening one, after a closing one ("tersebut.|“Kami", 'menabrak,"|kata'; a straight one is read by the
  quotes open before it in the paragraph);
- a company's legal form glued to its name ("PT|Autopedia", "Infrastructure|Tbk": glue_company_forms.tsv); a
  sentence's first word, which news writes small, before a name or capitals ("Kontroversi|Fordow",
  "Pengidap|PCOS"), capitals before one ("DUI|Belum"); two words news writes only as names, English too
  ("Palace|Leeds"); a number's bracket, comma or full stop before a word ("(16/6/2025).|Ia", "2025,|harga");
  a site's ".id", ".co" glued to a word ("Tempo.co|berjudul");
- a known capitalised word before a colon ending the token, a field's label ("Random|Editor:");
- the capital that completes an acronym news writes alone, then a word news writes small ("BLT|anak",
  "GERD|anxiety"; "AS|Donald" as before); a lead's first word in capitals, too long for an acronym, before a
  name ("GIORGOS|Karagounis"); a sentence glued after a closing quotation's full stop ('"dijinakkannya".|Lomba'),
  or after a short word's ("itu.|Rusaknya") or a glued run's last word ("danstylish.|Layering");
- an unseen run whose first piece is a short or rare name or a known word, then a closed-class word or a verb that ends
  no rare word of the table ("Ayu|mengatakan", "Fed|memutuskan", "rob|adalah"; "sari", "jaya" end names); a word
  typed with its first letters in capitals stays whole ("DImana", "UNtuk"); a list's number glued after a full stop,
  colon or bracket is cut off ("berikut:|1.", "(Persero)|3."), and a sentence glued after a full stop is found by its
  first word where a word was glued to that too ("Merah.|Videotersebut");
- a small-letter form the table counts only a few times from scraped news and no dictionary knows
  ("akibaterupsi") is read as unknown; the plural "para" before a frequent noun is a word of its own
  ("para|jemaah"; glue_prefixed_words.txt lists the loans it starts: "paramiliter").
- a small-letter run the model leaves whole that reads as words news writes often, or an English word between
  Indonesian ones ("teh|hijau", "kamar|mandi|di", "aset|safe"): not a derived word, a typo of a known word, an
  English compound ("stoploss"), a reduplicated word or a loan's prefix ("malnutrisi").

- a verse's lines glued where a page's line breaks were dropped (Tribunnews lyrics): a short or unknown
  small-letter word before an English function word or a word Indonesian writes small ("me|All", "it|I",
  "jo|Kita"; brands put a syllable before a name or content word: "easyJet"), a song's part before its
  first line ("CHORUS|So", "Bridge|My": glue_verse_labels.txt); "vs" glued after a known word
  ("Indonesia|vs|Jepang"); a four-letter word after a frequent name that starts no longer one ("Bandung|cuci");
  a model's code of digits and capitals before a word ("CBR150R|sebagai", "5G|di");
  and kept whole: a place's name written solid after a landform or settlement word ("Kualasimpang",
  "Tanahbumbu": glue_place_heads.txt), a given name ending in "-ini" ("Bastianini"), a regional site's
  ".co" name ("PosBelitung.co"), a specialist's grade ("SpJP(K)").
- "di", "ke" glued after a known capitalised word of a name's length where the table's names seldom end in its
  last two letters and the preposition ("Khalifa|di", "Chrome|ke"; "Juliandi", "Sunaryadi" stay), or after the last
  of several small-letter words ("penebangan|pohon|di"); a capitalised run the table counts a few times only (the
  scraped news it counts repeats the glue) cut where a known name is glued to a verb ("Dhani|menggelar";
  "Mayapada", "Kubutambahan" stay).

- a news organisation's own spelling with a capital inside ("SINDOnews", "TenAsia": news_organisations.tsv) is a
  camel-case name; a known word written twice without its hyphen ("bangunanbangunan") and a long run that is a frequent
  word with one letter too many ("memepertimbangkan") stay whole; an unseen name before an English word news writes
  small very often ("Doechii|Video") or a short unseen one before a frequent name English text lacks ("Koets|Belanda")
  is cut; a capitalised run that starts with a word news writes small three times as often as capitalised, however
  rare, is a sentence's first words ("Plafon|gypsum").

- "pun" a writer glued to a known name, or an unseen one of a name's length, is cut off ("Komdigi|pun", "Bernadya|pun":
  glue_name_particles.txt; "Meskipun", "Adapun" are known words); an Arabic formula written solid with "Allah" stays whole
  in any spelling ("insyaAllah", "MasyaaAllah": glue_solid_formulas.txt); a brand's small "i" or "e" that completes a
  frequent word starts no brand there ("dari|PhoneArena", not "dar|iPhone|Arena").

- "di", "ke" glued to a word the corpora write apart from them as a preposition far more often than solid
  ("dismartphone", "kehalaman", "dilaut": glue_spaced_prepositions.tsv), in a run the table does not know; verbs made
  with the passive prefix are written solid ("diupdate", "direview") and stay.

URLs, e-mail addresses, @handles, #hashtags and digits are never cut, nor a link written without its scheme at a
capital of its path ("bit.ly/DaftarAgenPenjualan"; "jobs.talentics.id/skk-migas|dan" is cut); an outlet's photo credit,
its domain capitalised, is no such link ("KOMPAS.com/ADITYO|Harley-Davidson").

The splitter is built in layers, each a class the next extends: ``glue_lexicon`` (the word counts and
the word tests on them), ``glue_segment`` (a run cut without a case change), ``glue_case`` (a run cut
at its case changes); this module holds the token rules (punctuation, full stops, quotation marks,
numbers) and the package default.
"""


from __future__ import annotations

import re
from functools import cache

from telisik.lang import lower_word_list, word_list
from telisik.pages.glue_case import HEAD_LOWER_MIN, CaseChangeRules, case_pieces
from telisik.pages.glue_lexicon import (
    MIN_TAIL_LENGTH,
    NAME_MIN,
    TAIL_MIN,
    WORD_MIN,
    WordCounts,
    affix_words,
    company_forms,
    derivation,
    known_camel_names,
    package_tables,
    spaced_prepositions,
)
from telisik.pages.glue_segment import MIN_RUN_LENGTH, PAIR_MIN, RARE_NAME_LENGTH, segment_tables

APOSTROPHES = "'’"
MAX_HYPHEN_END = 4  # the letters of an English word ending a hyphenated one ("runner-up", "check-in", "pick-up")
MAX_APOSTROPHE_END = 3  # the letters after an apostrophe that end a word: "’s", "'un", "'ah"
_CHUNK = re.compile(r"\S+")
_LETTERS = re.compile(r"[^\W\d_]+")
_LONG_RUN = re.compile(rf"[^\W\d_]{{{MIN_RUN_LENGTH},}}")
# _inside_mark for a token of ASCII characters
_ASCII_INSIDE = re.compile(r"[A-Za-z][A-Z]|[0-9][A-Za-z]|.[,;?!.():\"].")
# "vs" glued after a word of three letters or more, at the run's end or before a capital ("Indonesiavs", "JepangvsTimnas")
_VERSUS = re.compile(r"(?<=[^\W\d_]{3})vs(?=[A-Z]|$)")
# A quotation mark between a word or its punctuation and a word ("tersebut.“Kami", 'Polri"yang')
_GLUED_QUOTE = re.compile(r"(?<=[^\W_]|[.,!?;:])[\"“”](?=[^\W\d_])")
_CAPITALISED = re.compile(r"[A-Z][^\W\dA-Z_]+")
# ... nor scrape markup in square brackets ("[bacajuga:Baca", "[Gambas:Video"): the cleaner's to remove
_SKIPPED = re.compile(r"://|www\.|@|^[#＃\[]", re.IGNORECASE)
# a link written without its scheme, as typed, in small letters up to its slash ("bit.ly/DaftarAgen"): never cut at a
# case change inside its path, though a small-letter word glued after it is ("jobs.talentics.id/skk-migas|dan": see
# _link_case_changes); a capitalised domain is an outlet's photo credit, whose photographer's name the caption is glued
# to ("KOMPAS.com/ADITYO|Harley-Davidson", "KOMPAS.com/Gilang|Chery Tiggo"), and is cut as any other token
_BARE_LINK = re.compile(r"(?<![\w.-])(?:[a-z0-9][a-z0-9-]*\.)+[a-z]{2,}/\S*")
# a site's name ends in its domain: ".co" too ("TribunKaltim.co", "PosBelitung.co": Tribun's regional sites)
_SITE = re.compile(r"\.(?:com|co\.id|co|id|net|org|tv)(?![^\W\d_])", re.IGNORECASE)
_SITE_GLUED = re.compile(r"(?<=[^\W_])\.(?:(?:com|co\.id)(?=[a-z]{2,})|(?:co|id|net)(?=[a-z]{3,}))")
# A space belongs after ",;?!)" and before "(" inside a word, between letters ("Antara,Jumat"), and
# after ";" before a list number ("Lukminto;2.").
_PUNCT_GLUE = re.compile(
    r"(?<=[^\W\d_]{2}[,;?!)])(?=[^\W\d_])|(?<=[^\W\d_]{2})(?=\([^\W\d_])|(?<=[^\W\d_]{2};)(?=\d)"
    # ... after a bracket's comma or full stop ("(AS),|Federal", "(MPASI).|Di") and before a bracket
    # after a full stop ("kepolisian.|(Fetra")
    r"|(?<=[^\W\d_]\)[,;])(?=[^\W\d_])|(?<=[^\W\d_]\)\.)(?=[A-Z][a-z])|(?<=[^\W\d_]{2}\.)(?=\([^\W\d_])"
    # ... and after a number's closing bracket, comma or bracket and full stop ("(17/6/2025)|pukul", "2025,|harga",
    # "(10/6/2025).|Baca", "(24)|ditangkap"): a number goes on in digits, never in letters
    r"|(?<=\d\))(?=[^\W\d_]{2})|(?<=\d[,;])(?=[^\W\d_]{2})|(?<=\d\)[.,;])(?=[^\W\d_]{2})"
    # ... and before a list's number glued after a sentence's full stop, a colon or a bracket ("Lail.|2.", "berikut:|1.",
    # "(PU)|3.": lists scraped without their line breaks); not inside a version's or variant's number ("JN.1", "NB.1.8")
    r"|(?<=[a-z]{3}[.:])(?=\d{1,2}\.(?!\d))|(?<=[^\W\d_]\))(?=\d{1,2}\.(?!\d))|(?<=[^\W\d_]\)\.)(?=\d{1,2}\.(?!\d))"
)
# ... before a bracketed number after a capitalised word: an age or a date ("Irwansyah(51)", "Jumat(20/6/2025)"); not
# after a small-letter one, which may be code a page shows ("alert(1)")
_NAME_BEFORE_NUMBER = re.compile(r"^[A-Z][^\W\d_]+(?=\(\d)")
# ... and after a full stop or colon when a capitalised word follows ("PSG.Disinyalir").
_STOP_GLUE = re.compile(r"(?<=[^\W\d_]{2}[.:])(?=[A-Z][a-z]{2,})")
# ... and after a quotation closed before a full stop ('"dijinakkannya".|Lomba', "mental”.|Pengacara"): the
# sentence ended there
_QUOTE_STOP_GLUE = re.compile(r"(?<=[^\W\d_][\"”’]\.)(?=[A-Z][a-z]{2,})")
# ... and after a number's full stop ("2021.|Setelah", "3.883,64.|Ikuti": no number goes on in letters)
_NUMBER_STOP_GLUE = re.compile(r"(?<=\d\.)(?=[A-Z][a-z]{2,})")
# the small-letter word that ends a token's text before its full stop or colon
_SHORT_WORD_BEFORE_STOP = re.compile(r"(?<![^\W\d_])[a-z]{3,}$")
_NAME_BEFORE_STOP = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{3,}$")
_ACRONYM_BEFORE_STOP = re.compile(r"(?<![^\W\d_])[A-Z]{3,}$")
# ... and capitals after a full stop ("penumpang.PT", "fatal.JANGAN", "Utara.BBC", "1.PT", "camp.BPjuga"), checked in
# _stop_before_capitals; not a code that goes on after another full stop ("IMI-568.GR.01.01")
_STOP_CAPITALS = re.compile(r"(?<=[^\W_]\.|\)\.)(?=[A-Z]{2,}(?![A-Z]|\.[^\W_]))")
# the capitals after the full stop, with a number they run into: a file's ending "MP4" is looked up whole
_CAPITALS = re.compile(r"[A-Z]+\d*")
# the number before a full stop: a list's item ("1.|PT") or a year ending a sentence ("2025.|BLT"); not a version's
# part ("1.2.AB") nor an amount's ("2,5.")
_NUMBER_BEFORE_STOP = re.compile(r"(?<![\d.,])\d{1,4}$")
_BRACKET_BEFORE_STOP = re.compile(r"[^\W\d_]\)$")
# ... or a two-letter function word after a small-letter word ("dipahami.Ia"; "S.Pd", "M.Si" stay)
_STOP_GLUE_SHORT = re.compile(r"(?<=[a-z]{3}\.)[A-Z][a-z](?![^\W_])")
# ... and between a number and a word ("2025di", "COVID-19masih").
_NUMBER_GLUE = re.compile(r"(?<=\d)(?=[a-z]{2,})")
# ... and after a model's code that ends in capitals ("CBR150R|sebagai", "100K|pengguna"), checked as above
_CODE_GLUE = re.compile(r"(?<=\d[A-Z])(?=[a-z]{2,})|(?<=\d[A-Z]{2})(?=[a-z]{2,})")
# a grade in brackets after a title's capitals stays ("SpJP(K)", "Sp.OG(K)": a consultant specialist)
_TITLE_GRADE = re.compile(r"(?<=[A-Z])\([A-Z]\)")


class GlueSplitter(CaseChangeRules):
    """Finds the offsets in paragraph text where a glued word needs a space."""

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
            if "/" in token:
                found -= _link_case_changes(token)
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
        found |= {m.end() for m in _NAME_BEFORE_NUMBER.finditer(token)}
        found |= {m.start() for m in _STOP_GLUE.finditer(token) if self._stop_glue(token, m.start())}
        found |= {m.start() for m in _NUMBER_STOP_GLUE.finditer(token) if not _SITE.match(token, m.start() - 1)}
        found |= {m.start() for m in _QUOTE_STOP_GLUE.finditer(token)}
        found |= {m.start() for m in _STOP_GLUE_SHORT.finditer(token) if self._stop_before_short(m.group())}
        found |= {m.start() for m in _STOP_CAPITALS.finditer(token) if self._stop_before_capitals(token, m.start())}
        found |= {m.start() for m in _NUMBER_GLUE.finditer(token) if self._number_glue(token, m.start())}
        found |= {m.start() for m in _CODE_GLUE.finditer(token) if self._code_glue(token, m.start())}
        return found - {m.start() for m in _TITLE_GRADE.finditer(token)}

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
        offsets += self._versus_splits(text)
        offsets += self._after_apostrophe(text) if start and token[start - 1] in APOSTROPHES else []
        if start > 1 and token[start - 1] == "-":
            offsets += self._after_hyphen_letter(text) if token[start - 2].isupper() else self._after_hyphen_word(text)
        return {start + i for i in offsets}

    def _versus_splits(self, run: str) -> list[int]:
        """"Indonesia|vs", "Jepang|vs|Timnas", "Messi|vs|Kylian": "vs" glued after a known word or name, which no
        name ends in ("Knavs" stays: "Kna" is no word; "Romanovs", "Petrovs" stay: a known name in "-v" then "-s",
        as Latvian writes Slavic surnames and English the family)."""
        found: list[int] = []
        for match in _VERSUS.finditer(run):
            start = case_pieces(run[: match.start()])[-1][0]
            head = run[start : match.start()]
            if self._count(head).title >= WORD_MIN and self._count(run[start : match.start() + 1]).title < WORD_MIN:
                found += [match.start(), match.end()] if match.end() < len(run) else [match.start()]
        return found

    def _after_hyphen_word(self, run: str) -> list[int]:
        """"runner-up|Indonesia", "check-in|Jakarta": a short English word ending a hyphenated word, then a name the
        table knows; brands that start with small letters ("myPertamina") stand alone, not after a hyphen."""
        pieces = case_pieces(run)
        if len(pieces) < 2:
            return []
        word, (start, end) = run[: pieces[0][1]], pieces[1]
        name = run[start:end]
        if not word.islower() or len(word) > MAX_HYPHEN_END or not self._english(word) or not name[1:].islower():
            return []
        return [start] if self._count(name).title >= PAIR_MIN else []

    def _after_hyphen_letter(self, run: str) -> list[int]:
        """"PDI-P|bernama": capitals, a hyphen and a capital letter end a party's or group's short name, so a
        known small-letter word glued after the letter is a word of its own ("Kasus" after "BANDUNG-" is one word)."""
        rest = run[1:]
        if not run[0].isupper() or len(rest) < MIN_TAIL_LENGTH or not rest.islower() or self._count(run).title >= WORD_MIN:
            return []
        return [1] if self._count(rest).lower >= TAIL_MIN or self._derived_cost(rest, initial=True, final=True) is not None else []

    def _after_apostrophe(self, run: str) -> list[int]:
        """"Reader’s|Digest", "Raji'un|Pesawat": the small letters after an apostrophe end the word
        before it, so a known name or word after them was glued on."""
        pieces = case_pieces(run)
        if len(pieces) < 2 or not run[: pieces[0][1]].islower() or pieces[0][1] > MAX_APOSTROPHE_END:
            return []
        start, end = pieces[1]
        word = run[start:end]
        return [start] if word[1:].islower() and len(word) >= 3 and self._count(word).title >= WORD_MIN else []

    def _stop_glue(self, token: str, offset: int) -> bool:
        """"PSG.Disinyalir" is two sentences; "Kompas.Com" and "U.S.A" are not."""
        if _SITE.match(token, offset - 1):
            return False
        match = _CAPITALISED.match(token, offset)
        if match is None:
            return False
        # the new sentence's first word, where more were glued to it ("Merah.|Videotersebut": "Video")
        word = self._segment(match.group())[0]
        if self._count(word).title >= PAIR_MIN:
            return True
        # ... nor is a small-letter word, a full stop and a new word however rare ("berkurang.|Acceptance")
        before = _SHORT_WORD_BEFORE_STOP.search(token, 0, offset - 1)
        if before is not None:
            return len(word) >= MIN_TAIL_LENGTH and self._word_before_stop(before.group())
        # ... nor capitals, a full stop and a new word ("PSG.|Disinyalir", "MBG.|Wiwin"; "ID.Buzz" is a model's name)
        if _ACRONYM_BEFORE_STOP.search(token, 0, offset - 1) is not None:
            return len(word) >= MIN_TAIL_LENGTH
        # ... nor a capitalised word, a full stop and a new word, known or not ("Gaza.|Bennour", "Pusat.|Onyo",
        # "Warsawa.|Menyelusuri"; "Katalis.AI" is a site, "U.Today" and "Drs.Audy" start with an initial or a short
        # abbreviation, "Sp.OT.Subsp.Inf" is a chain of abbreviations)
        name = _NAME_BEFORE_STOP.search(token, 0, offset - 1)
        if name is None or len(word) < MIN_TAIL_LENGTH:
            return False
        return not _abbreviated(token, name.start())

    def _word_before_stop(self, run: str) -> bool:
        """The small-letter word a sentence ends in before its full stop: a known word of some length ("berkurang"),
        a frequent short one ("itu.|Rusaknya", "tol.|Areanya"), or the last word of a run glued itself
        ("danstylish.|Layering")."""
        last = self._segment(run)[-1]
        if len(last) < MIN_TAIL_LENGTH:
            return self._short_word(last)
        return self._count(last).lower >= WORD_MIN

    def _stop_before_capitals(self, token: str, offset: int) -> bool:
        """A sentence's full stop, then capitals that start the next one (a heading's "BACA", an acronym): after a
        small-letter word known or of a name's length ("penumpang.|PT", "heliosfer.|NASA"), a capitalised word
        ("Utara.|BBC", "Comet.|BACA"), a list's number or a year ("1.|PT", "2025.|BLT") or a bracket ("Serikat).|BRICS").
        A title's short abbreviation ("Sp.PD", "M.Kom") is none of these, and a site's or a file's ending after a dot
        ("Katalis.AI", "laporan.PDF": glue_dot_endings.txt) is no sentence's first word."""
        if _SITE.match(token, offset - 1):
            return False
        capitals = _CAPITALS.match(token, offset)
        if capitals is None or capitals.group().lower() in dot_endings():
            return False
        end = offset - 1
        word = _SHORT_WORD_BEFORE_STOP.search(token, 0, end)
        if word is not None:
            known = self._count(word.group()).lower >= WORD_MIN or len(word.group()) >= RARE_NAME_LENGTH
            return known and not _abbreviated(token, word.start())
        found = (p.search(token, 0, end) for p in (_NAME_BEFORE_STOP, _NUMBER_BEFORE_STOP, _BRACKET_BEFORE_STOP))
        return any(m is not None and not _abbreviated(token, m.start()) for m in found)

    def _stop_before_short(self, word: str) -> bool:
        """"dipahami.|Ia", "hujan.|Ya": a two-letter function word or sentence opener after a full stop."""
        return word.lower() in self._function_words or self._count(word).title_initial >= NAME_MIN

    def _number_glue(self, token: str, offset: int) -> bool:
        word = _LETTERS.match(token, offset)
        if word is None or self._outlet_word.fullmatch(word.group()):
            return False
        # the small letters up to a capital: "U-23|asuhanGerald", "16|denganupdateOne" (the case change is cut apart)
        small = word.group()[: case_pieces(word.group())[0][1]]
        first = self._segment(small)[0]
        return first in self._function_words or (len(first) >= MIN_TAIL_LENGTH and self._count(first).lower >= TAIL_MIN)

    def _code_glue(self, token: str, offset: int) -> bool:
        """"CBR150R|sebagai", "100K|pengguna": a code of digits and capitals, then a word as after a number; the
        capital is no word's start ("5G|nya" is a clitic, "1Jesus" a name)."""
        word = _LETTERS.match(token, offset)
        if word is None or word.group() in self._bound_suffixes:
            return False
        # ... "2025Dalam", "(20Detik)": the capital starts a word of its own ("2025|Dalam" is a number's glue)
        opening = self._segment(token[offset - 1] + word.group())[0]
        return self._count(opening).known < WORD_MIN and self._number_glue(token, offset)

    def _word_follows(self, token: str, offset: int) -> bool:
        rest = _LETTERS.match(token, offset)
        return rest is not None and self._count(self._segment(rest.group())[0]).lower >= HEAD_LOWER_MIN


def _may_be_glued(token: str, counts: dict[str, WordCounts], attested: frozenset[str]) -> bool:
    """The cheap test every token passes through: a capital, digit-letter or punctuation inside,
    or a long letter run the table does not know (see unknown_run), or knows only as a form scraped news repeats
    (see SmallLetterSegmenter._counted_glue)."""
    if token.isascii():  # most tokens: one regex search instead of a loop over the letters
        if _ASCII_INSIDE.search(token):
            return True
    elif _inside_mark(token):
        return True
    return any(m.group().lower() not in attested for m in _LONG_RUN.finditer(token))


def _inside_mark(token: str) -> bool:
    """A capital after a letter, a letter after a digit, or punctuation inside ``token``."""
    for i, char in enumerate(token[1:], start=1):
        if char.isupper() and token[i - 1].isalpha() or char in ",;?!.():\"“”" and 0 < i < len(token) - 1:
            return True
        if char.isalpha() and token[i - 1].isdigit():
            return True
    return False


def _abbreviated(token: str, start: int) -> bool:
    """Whether the word at ``start`` follows a dot: one part of a chain of abbreviations ("Sp.OT.Subsp.PL(K)", a
    specialist's titles), whose dots end no sentence."""
    return start > 0 and token[start - 1] == "."


def _link_case_changes(token: str) -> set[int]:
    """The offsets of capitals inside a link written without its scheme ("bit.ly/Daftar|Agen"): a path's words run
    together in capitals as the page named it, while a scrape glues a small-letter word after the link's text."""
    return {i for m in _BARE_LINK.finditer(token) for i in range(m.start() + 1, m.end()) if token[i].isupper()}


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


@cache
def dot_endings() -> frozenset[str]:
    """The endings of sites' and files' names after a dot, written in capitals too ("Katalis.AI", "laporan.PDF":
    glue_dot_endings.txt), folded to lower case."""
    return lower_word_list("id", "glue_dot_endings.txt")


@cache
def glue_splitter() -> GlueSplitter:
    """The package default, loaded once."""
    outlets = frozenset(w.lower() for w in word_list("id", "byline_outlets.txt"))
    prefixes_suffixes = (affix_words("prefix"), affix_words("suffix"))
    closed = lower_word_list("id", "glue_function_words.tsv")
    solid = lower_word_list("id", "glue_prefixed_words.txt")
    prepositions = lower_word_list("id", "glue_short_prepositions.txt")
    counts, facts = package_tables()  # from the user's cache folder where fresh (glue_lexicon.cached_tables)
    lexicon = (counts, known_camel_names(), outlets, *prefixes_suffixes, derivation(), affix_words("clitic"), closed, solid)
    verse_labels = lower_word_list("id", "glue_verse_labels.txt")
    place_heads = lower_word_list("id", "glue_place_heads.txt")
    given_names = (lower_word_list("id", "given_names.txt"), lower_word_list("id", "demonstratives.txt"))
    line_openers = lower_word_list("id", "glue_line_openers.txt")
    splitter = GlueSplitter(
        *lexicon, prepositions, company_forms(), verse_labels, place_heads, given_names, line_openers, facts=facts,
        spaced_prepositions=spaced_prepositions(),
    )
    splitter.preset_endings(*segment_tables())
    return splitter
