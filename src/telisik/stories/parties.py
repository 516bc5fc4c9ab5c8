"""Which names of an event's ``who`` are its parties.

Pronouns and a meeting's own name (``lang/id/not_participants.txt``), words glued together, a common word capitalised
at a sentence's start ("Gudang"), a region, a name cut open at a bracket and headlines are no parties; a word a scraper
glued onto a name is cut off it (``unglue``); a name told only after a cue of the event's cause ("imbas serangan Iran")
is the cause's party (``told_as_cause``); a party named by a common noun ("warga", "penerbangan") is ``generic``;
whose death or injury a report tells is ``fate_of`` its parties, and the doer of a killing is none (``nlp.events.lexicon.a_killing``).
A number plate or a sum of money ("N 8528 EC", "SGD 169", ``amount_units.txt``), a city written only as the rest of a
court's name after its short form ("Pengadilan Negeri (PN) Bandung") and a person named only as whose relative the
sentence tells of ("Ayah penyanyi cilik Farel Prayoga ditangkap", ``kin_words.tsv``) are no parties either; nor is a
regency or a city named bare (``bare_locality``). A police force named as a body is ``is_police_body``. An abbreviation's
word cut off the name it heads ("Kel" of "Kel. Kampung Seraya"), a country ending an office's name ("Menteri Pertahanan
Republik Indonesia"), a holiday's namesake ("Kenaikan Isa Almasih", ``holiday_heads.txt``), a number plate's letters
("AK" of "DH-6849-AK") and a vehicle's model after its maker or a rider's word ("motor Yamaha Rx King", "sopir Gran
Max", ``vehicle_makers.txt``, ``vehicle_models.txt``) are no parties either.
Split from ``timeline``, which groups a story's events into its entries.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from telisik.lang import calendar_words, lower_word_list, person_titles, table, word_list, words_by_role, written_small
from telisik.pages.dates import alternation
from telisik.stories.event_names import is_country, person_like, place_level
from telisik.stories.kinds import headline_localities
from telisik.text import fold_name

# levels of regions and roads (place_levels.tsv): a name with such a head word is a place, not a party ("Kantor Staf
# Presiden", a building's head word, names an office that acts)
REGION_LEVELS = frozenset({"province", "regency", "city", "district", "village", "-"})


# a word written in lower case at least this often (word_frequencies.tsv) is a common word when it is so more often than not
COMMON_MIN = 5


@cache
def _not_participants() -> frozenset[str]:
    return lower_word_list("id", "not_participants.txt")


@cache
def common_words() -> frozenset[str]:
    """Words news writes in lower case more often than capitalised inside a sentence (``word_frequencies.tsv``):
    one of them alone as a name is a common word opening a sentence ("Gudang yang ... digerebek", "Sirene
    berbunyi"), not a party. The nouns events name their unnamed participants by ("Pelaku") stay parties."""
    nouns = {fold_name(row[0]) for row in table("id", "event_participants.tsv") if row}
    return written_small(table("id", "word_frequencies.tsv"), COMMON_MIN, ties=False) - nouns


_GLUED = re.compile(r"[a-z]{2,}[A-Z]")  # "berwenangMalaysia": two words whose space a scraper lost
_ACRONYM_GLUED = re.compile(r"[A-Z]{2,}([a-z]{5,})")  # "UUperkawinan": an acronym run into the word after it
_GLUED_LEFT = 4  # letters at least of a capitalised word glued onto the next ("Mantu" in "MantuAl"): "Air" in "AirNav" is none
_DATELINE = re.compile(r"^[A-Z]{3,}\s*[-–—]")  # "SUMEDANG - Dua": a dateline run into the name
# a vehicle's number plate ("N 8528 EC", "B-1234-XYZ"): its region letters, its figures, its series letters
_PLATE = re.compile(r"[A-Z]{1,2}[\s-]?\d{1,4}[\s-]?[A-Z]{1,3}")


@cache
def _amount_units() -> frozenset[str]:
    return lower_word_list("id", "amount_units.txt")


def _a_sum_or_plate(name: str) -> bool:
    """Whether a name is a number plate ("N 8528 EC") or a sum of money ("SGD 169", ``amount_units.txt``): a thing of
    the sentence, never its party."""
    words = name.split()
    if _PLATE.fullmatch(name.strip()):
        return True
    return len(words) >= 2 and words[0].lower() in _amount_units() and words[1][:1].isdigit()


@cache
def _abbreviations() -> frozenset[str]:
    """Abbreviations written with a full stop (``abbreviations.txt``) that are not in capitals: "Kel", "Kec", "Bpk" head
    a place's or a person's name; "LT" or "KH" may be a suspect's initials, and stay parties."""
    return frozenset(w for w in word_list("id", "abbreviations.txt") if not w.isupper())


def _an_abbreviation(name: str) -> bool:
    """Whether a name is only an abbreviation's word, its full stop and the name it heads cut off ("Kel" of "Kel.
    Kampung Seraya")."""
    return name.strip().rstrip(".") in _abbreviations()


def bare_locality(name: str) -> bool:
    """Whether a party's name is only a regency's, a city's or a province's ("Bandar Lampung", "Jakarta Barat"): where,
    not who (a country may act: "Israel"); "Polda Sumatera Utara" is a body."""
    return headline_localities(name) == {name.strip().lower()}


def is_participant(name: str, headlines: frozenset[str] = frozenset(), sentence: str = "") -> bool:
    """Whether a name of an event's ``who`` names a party: not a pronoun, glued text or a headline."""
    folded = fold_name(name)
    if not folded or folded in _not_participants() or folded in headlines:
        return False
    if _DATELINE.match(name) or "/" in name or name.count("(") != name.count(")") or _a_sum_or_plate(name):
        return False  # a dateline run into the name; a date or a list glued on ("H/2025 M"); an age cut open ("Irwansyah(51")
    if _an_abbreviation(name):
        return False  # "Kel" of "Kel. Kampung Seraya", "Kec", "Bpk": the head of a place's or a person's name, cut off it
    if _a_place_or_a_rule(name):
        return False  # "Kabupaten Raja Ampat", "Laut China Selatan": where, never who; "Pasal 170": what a rule says
    if " " not in folded and folded in common_words() and sentence.lstrip(" \"'“(").startswith(name):
        return False  # "Gudang yang ... digerebek", "Sirene berbunyi": a common word opening the sentence (not "ungkap Raihan")
    if told_as_place(name, sentence):
        return False  # "berlangsung di Citra Tower, Kemayoran, Jakarta": where it happened, not who took part
    if told_as_name_tail(name, sentence):
        return False  # "Pengadilan Negeri (PN) Bandung": the court's place, not a party
    if told_as_kin(name, sentence):
        return False  # "Ayah penyanyi cilik Farel Prayoga ditangkap": the singer's father, not the singer
    if told_as_office_country(name, sentence):
        return False  # "Menteri Pertahanan Republik Indonesia Sjafrie": the minister's country, not a party beside him
    if told_as_holiday(name, sentence):
        return False  # "libur nasional Kenaikan Isa Almasih": the holiday's name, not a party of the closure
    return not any(_glued(word) for word in name.split())


def _a_place_or_a_rule(name: str) -> bool:
    """Whether a name is a region's or a road's by its head word ("Kabupaten Raja Ampat", "Kota Graz", "Jalan ..."), a
    sea's ("Laut China Selatan") or a rule's numbered part ("Part 555"): never who takes part."""
    return (place_level(name) in REGION_LEVELS and not _a_vessel(name)) or _a_water(name) or _a_numbered_rule(name)


@cache
def _vessel_prefixes() -> frozenset[str]:
    return lower_word_list("id", "vessel_prefixes.txt")


def _a_vessel(name: str) -> bool:
    """Whether a name is a ship's by its prefix and a word after it ("KM Panyalu"; ``vessel_prefixes.txt``), not the road
    marker "KM 53"."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in _vessel_prefixes() and not words[1][:1].isdigit()


@cache
def _water_heads() -> frozenset[str]:
    return lower_word_list("id", "water_heads.txt")


def _a_water(name: str) -> bool:
    """Whether a name is a sea's, a strait's or a bay's, by its head word ("Laut China Selatan", "Selat Hormuz",
    ``water_heads.txt``): where ships sail and things happen, never who acts."""
    words = name.split()
    return len(words) > 1 and words[0].lower() in _water_heads()


@cache
def _rule_heads() -> frozenset[str]:
    return lower_word_list("id", "rule_heads.txt")


# a rule's number after its head word: "555", "170 ayat 2", "1/2025", "232(b)"
_RULE_NUMBER = re.compile(r"\d[\w/().-]*(?:\s+(?:ayat|huruf)\s+\w+)*")


def _a_numbered_rule(name: str) -> bool:
    """Whether a name is a rule's numbered part ("Part 555", "Pasal 170", "Section 232", ``rule_heads.txt``): what a
    regulation says, never a party."""
    head, _, rest = name.strip().partition(" ")
    return head.lower() in _rule_heads() and bool(_RULE_NUMBER.fullmatch(rest.strip()))


_PLACE_NAME = r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}"
# a capitalised word and "Republik" right before a country: the country ends an office's or a body's name
_REPUBLIC_OF = re.compile(r"[A-Z][\w.]*\s+Republik\s+$")


@cache
def _holiday_head() -> re.Pattern[str]:
    """A holiday's head word ending a text ("Kenaikan ", ``holiday_heads.txt``)."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(lower_word_list('id', 'holiday_heads.txt'))})\s+$")


def told_as_holiday(name: str, sentence: str) -> bool:
    """Whether a sentence writes a name only as the rest of a holiday's name ("hari libur nasional Kenaikan Isa
    Almasih"): whom the holiday is named after, no party of what it explains."""
    told = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)]
    return bool(told) and all(_holiday_head().search(sentence[max(0, at - 30) : at]) for at in told)


def told_as_office_country(name: str, sentence: str) -> bool:
    """Whether a sentence writes a country only as the end of an office's or a body's name ("Menteri Pertahanan
    Republik Indonesia", "Kedutaan Besar Republik Indonesia"): whose the office is, not a party of the event."""
    if not is_country(name):
        return False
    told = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)]
    return bool(told) and all(_REPUBLIC_OF.search(sentence[max(0, at - 60) : at]) for at in told)


@cache
def _where_prepositions() -> str:
    return alternation(lower_word_list("id", "where_prepositions.txt"))


# a run of capitalised words and its bracketed short form, right before a name: "Pengadilan Negeri (PN) Bandung"
_ABBREVIATED_BEFORE = re.compile(r"((?:[A-Z][\w.]*\s+){1,8})\(([A-Z]{2,8})\)\s+$")


def told_as_name_tail(name: str, sentence: str) -> bool:
    """Whether the sentence writes a name only as the rest of a longer name after its bracketed short form
    ("Pengadilan Negeri (PN) Bandung", "Dewan Perwakilan Rakyat Daerah (DPRD) Jawa Barat"): the court's or the
    council's place, not a party. Only a regency's, a city's or a province's name is such a rest: a body's or a person's
    name after the short form is theirs ("Rapat Dengar Pendapat Umum (RDPU) Komisi III DPR RI", "Kementerian Hak Asasi
    Manusia (HAM) Harniati")."""
    if name.lower() not in headline_localities(name):
        return False
    spans = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)]
    if not spans:
        return False
    for at in spans:
        run = _ABBREVIATED_BEFORE.search(sentence[max(0, at - 120) : at])
        if not run:
            return False
        initials = "".join(w[0] for w in run[1].split())
        if not initials.endswith(run[2]):
            return False
    return True


def _kin_words(kind: str) -> list[str]:
    return [row[0].lower() for row in table("id", "kin_words.tsv") if len(row) > 1 and row[1] == kind]


@cache
def _kin_before() -> re.Pattern[str]:
    """A noun of kin (``kin_words.tsv``: "ayah", "istri") in lower case, or opening the sentence or its dateline's dash
    before a lower-case word ("Ayah penyanyi cilik ..."), then up to three words of the relative's role ("penyanyi
    cilik", a title: "Kapolsek"), none a function word ("putri mereka Almira": their daughter is Almira; "keluarga
    korban dan meminta Kementerian ..."), right before a name."""
    kin = alternation(_kin_words("kin"))
    opening = alternation(w.capitalize() for w in _kin_words("kin"))
    titles = alternation(person_titles())
    function = alternation(lower_word_list("id", "stopwords.txt"))
    role = rf"(?:dari\s+)?(?:(?!(?:{function})\b)[a-z][\w-]*|(?i:{titles}))"
    return re.compile(rf"(?:(?<![\w-])(?:{kin})|(?:^|[-–—]\s)\W*(?:{opening})(?=\s+[a-z]))(?:\s+{role}){{0,3}}?\s+$")


def told_as_kin(name: str, sentence: str) -> bool:
    """Whether the sentence names someone only as whose relative it tells of ("Ayah penyanyi cilik Farel Prayoga
    ditangkap", "istri Kapolsek Budi"): the father is arrested, the officer's wife spoke, not the singer nor the
    officer. After "sang" the name is the relative's own ("sang suami Agus")."""
    if not sentence or not name[:1].isupper():
        return False
    spans = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", sentence)]
    apposing = tuple(f"{w} " for w in _kin_words("apposing"))

    def kin_before(start: int) -> bool:
        kin = _kin_before().search(sentence, 0, start)
        return kin is not None and not sentence[: kin.start()].lower().endswith(apposing)

    return bool(spans) and all(kin_before(start) for start in spans)


def told_as_place(name: str, sentence: str) -> bool:
    """Whether the sentence writes a name only as where something is: after a word of ``where_prepositions.txt``
    ("di", "asal", "berangkat dari"), alone or in the list of places that goes on from it ("di Citra Tower,
    Kemayoran, Jakarta"); a town also after a branch's word (``branch_words.txt``: "Cabang Banda Aceh"). A country
    stays a party wherever written (the state acts: "serangan Israel di Iran")."""
    if not sentence or not name[:1].isupper() or name not in sentence or is_country(name) or not _where_prepositions():
        return False
    named, *where = _place_patterns(name, bool(_branch_words() and headline_localities(name)))
    found = len(named.findall(sentence))
    # the lookaheads of the list and the route part (a stop, or a route word), so no name is counted twice
    told = sum(len(p.findall(sentence)) for p in where if p is not None)
    return found > 0 and told == found


@lru_cache(maxsize=4096)
def _place_patterns(name: str, with_branch: bool) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str] | None]:
    """The name alone; after a word of where; further down a list of places; at the end of a departure's list.

    Compiled once a name: the word lists make long alternations, and a day's stories ask of the same names again and
    again (more patterns than ``re``'s own cache keeps)."""
    escaped = re.escape(name)
    # a branch's word makes a town where ("Cabang Banda Aceh"), never an organisation's name ("Cabang PDI Perjuangan")
    words = _where_prepositions() + (f"|{_branch_words()}" if with_branch else "")
    after = rf"(?<![\w-])(?i:{words})\s+{escaped}(?![\w-])"
    # further down the list only while the list goes on: "Di Jakarta, Prabowo bertemu ..." names its subject after it,
    # and so do "Di Jakarta, Prabowo di hadapan wartawan ..." and "Di Solo, Jokowi menuju ..."; only a departure's
    # list goes on to its route ("berangkat dari Pelabuhan Ulee Lheue, Banda Aceh menuju Sabang")
    listed = rf"(?<![\w-])(?i:{_where_prepositions()})\s+(?:{_PLACE_NAME}\s*,\s*){{1,3}}{escaped}(?=\s*(?:[,.;)]|$))"
    route = (
        rf"(?<![\w-])(?i:{_departures()})\s+(?:{_PLACE_NAME}\s*,\s*){{1,3}}{escaped}(?=\s+(?i:{_route_words()})\s)"
        if _departures() and _route_words()
        else None
    )
    return (
        re.compile(rf"(?<![\w-]){escaped}(?![\w-])"),
        re.compile(after),
        re.compile(listed),
        re.compile(route) if route else None,
    )


@cache
def _branch_words() -> str:
    return alternation(lower_word_list("id", "branch_words.txt"))


@cache
def _departures() -> str:
    """The words of where that tell a departure ("berangkat dari", "bertolak dari"): the list after them may go on to
    a route word."""
    return alternation(w for w in lower_word_list("id", "where_prepositions.txt") if w.endswith("dari"))


@cache
def _route_words() -> str:
    return alternation(lower_word_list("id", "route_words.txt"))


@cache
def _case_labels() -> str:
    return alternation(lower_word_list("id", "case_labels.txt"))


def told_as_case_label(name: str, sentence: str) -> bool:
    """Whether the sentence writes a name (or a word of it: "Ronald" of "Gregorius Ronald Tannur") only right after
    an earlier ruling that labels the case (``case_labels.txt``: "suap vonis bebas Ronald"): the case's name, not a
    party of the hearing or the verdict the sentence tells."""
    words = [w for w in name.split() if len(w) > 2 and w[:1].isupper()]
    if not sentence or not words or not _case_labels():
        return False
    if not any(w in sentence for w in words) or not _case_label_start().search(sentence):
        # no label in the sentence: nothing can be written after one (the labelled pattern opens with the label),
        # and the name's own patterns are not needed
        return False
    named, labelled = _case_label_patterns(tuple(words))
    found = len(named.findall(sentence))
    return found > 0 and len(labelled.findall(sentence)) == found


@cache
def _case_label_start() -> re.Pattern[str]:
    """What every match of ``_case_label_patterns``' labelled pattern opens with: a label and its space."""
    return re.compile(rf"(?<![\w-])(?i:{_case_labels()})\s+")


@lru_cache(maxsize=4096)
def _case_label_patterns(words: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The name's run of words, alone and right after a case's label; compiled once a name (as ``_place_patterns``)."""
    word = "|".join(re.escape(w) for w in words)
    run = rf"(?:{word})(?:\s+(?:{word}))*(?![\w-])"
    return re.compile(rf"(?<![\w-]){run}"), re.compile(rf"{_case_label_start().pattern}{run}")


def labels_a_case(trigger: str, sentence: str) -> bool:
    """Whether an event's trigger is an earlier ruling named as a case's label, a name right after it ("suap vonis
    bebas Ronald dengan terdakwa Rudi"): no ruling told as it happens."""
    if trigger.lower() not in lower_word_list("id", "case_labels.txt"):
        return False
    return bool(re.search(rf"(?<![\w-])(?i:{re.escape(trigger)})\s+[A-Z]", sentence))


def _glued(word: str) -> bool:
    """Two words whose space a scraper lost ("berwenangMalaysia", "MantuAl"): a capital inside a word after a lower-case
    word; not a name written in camel case ("AirNav", "YouTube"), whose first part is a word's start, not a word."""
    acronym = _ACRONYM_GLUED.fullmatch(word)
    if acronym and acronym[1] in common_words():
        return True  # "UUperkawinan": an acronym and the common word after it ("UU perkawinan")
    inner = _GLUED.search(word)
    if inner is None or word.isupper():
        return False
    left = word[: inner.end() - 1]
    return word[:1].islower() or (len(left) >= _GLUED_LEFT and left.lower() in common_words())


# the prefixes of a verb or a word a scraper glued onto the name before it ("Smithdicabuli", "Kutiselaku")
_GLUED_PREFIXES = ("di", "me", "ber", "ter", "se")
_GLUED_TAIL = 6  # letters at least of a glued word: shorter ones are as often a name's own ending


_GLUED_TRIGGER = 5  # letters at least of an event's one-word trigger glued onto a name ("Qiu Yantewas")


@cache
def _trigger_words() -> frozenset[str]:
    """The one-word triggers of events (``event_triggers.tsv``: "tewas", "meninggal"), the words a name told right
    before its happening is most often glued to."""
    forms = (f for row in table("id", "event_triggers.tsv") if row for f in row[0].split("|"))
    return frozenset(f for f in forms if " " not in f and len(f) >= _GLUED_TRIGGER)


def _glued_tail(tail: str) -> bool:
    """A lower-case word a scraper glued onto a name: a verb's or a derived word's ("dicabuli", "selaku"), or an
    event's trigger ("tewas")."""
    if not tail.islower():
        return False
    return (len(tail) >= _GLUED_TAIL and tail.startswith(_GLUED_PREFIXES) and tail in common_words()) or tail in _trigger_words()


def unglue(name: str, body: str) -> str:
    """A name with a common lower-case word glued onto its last letters cut off ("Habib Bahar bin Smithdicabuli" ->
    "Habib Bahar bin Smith", "Qiu Yantewas" -> "Qiu Yan", "KPKtelah" -> "KPK"): the scraper lost the space before
    the word. A verb's or a derived word's only where the name's word without it stands alone in the article's
    ``body`` ("Smith"), so a name that ends like a word ("Megamendung") stays whole."""
    words = name.split()
    for k, word in enumerate(words):
        acronym = _ACRONYM_GLUED.fullmatch(word)
        if acronym and acronym[1] in common_words():
            return " ".join([*words[:k], word[: acronym.start(1)]])  # "KPKtelah" -> "KPK"
        if not word[:1].isupper() or word.isupper() or word.lower() in common_words():
            continue
        for i in range(2, len(word) - min(_GLUED_TAIL, _GLUED_TRIGGER) + 1):
            head, tail = word[:i], word[i:]
            if _glued_tail(tail) and (_stands_alone(head, body) or _name_before_trigger(head, tail)):
                return " ".join([*words[:k], head])
    return name


def _stands_alone(head: str, body: str) -> bool:
    return bool(re.search(rf"(?<!\w){re.escape(head)}(?!\w)", body))


# a verb's prefixes written as a capitalised word's start ("Dievakuasi", "Teratas", "Pelarangan"): not a name's end
_VERB_HEADS = frozenset({"di", "ke", "se", "me", "mem", "men", "meng", "meny", "ber", "be", "ter", "te", "per", "pe", "pem", "pen", "peng"})


def _name_before_trigger(head: str, tail: str) -> bool:
    """A name glued to the trigger of the happening told right after it ("Qiu Yantewas tenggelam"), even where the
    article never writes the name alone: the name's part is no verb's prefix ("Dievakuasi" is one word)."""
    return tail in _trigger_words() and len(head) >= 3 and head.lower() not in _VERB_HEADS


@cache
def _cause_cues() -> re.Pattern[str]:
    cues = alternation(lower_word_list("id", "backdrop_cues.txt"))
    return re.compile(rf"(?<!\w)(?:{cues})(?!\w)" if cues else r"(?!)")


def told_as_cause(name: str, sentence: str, trigger: str) -> bool:
    """Whether a name stands in a sentence only after a cue of what brought the event about, told after its trigger
    ("menangguhkan penerbangan ... imbas saling serang antara Iran dan Israel", ``backdrop_cues.txt``): a party of
    the cause, not of the event."""
    lowered = sentence.lower()
    at = lowered.find(trigger.lower()) if trigger else -1
    cue = _cause_cues().search(lowered, at + len(trigger)) if at >= 0 else None
    if cue is None:
        return False
    found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(name.lower())}(?!\w)", lowered)]
    return bool(found) and min(found) > cue.start()


@cache
def _participant_nouns() -> frozenset[str]:
    return frozenset(row[0].lower() for row in table("id", "event_participants.tsv") if row)


def generic(name: str) -> bool:
    """Whether a party is named by a common noun ("orang", "kantor Microsoft", "Korban" opening a sentence), not by a
    name ("Tim SAR", a body written as a name)."""
    return name[:1].islower() or (" " not in name and name.lower() in _participant_nouns())


def as_common_noun(name: str) -> str:
    """A common noun's phrase a sentence or a headline capitalised ("Masinis", "Korban luka", "Pihak berwenang") written
    small: one a name stands for, or a generic party, never a person named Masinis. Only where its first word names
    participants (``event_participants.tsv``) or, beside lower-case words after it, is a common word, and no group
    that acts as a party (``acting_party_heads.txt``: "Tim gabungan"); "Putri" alone, a name of capitalised words
    ("Ardi bin Usman") and an acronym ("TNI") stay as written."""
    words = name.split()
    if not words or not name[:1].isupper() or not name[1:2].islower() or any(w != w.lower() for w in words[1:]):
        return name
    head = words[0].lower()
    if head in _acting_party_heads():
        return name  # "Tim gabungan", "Pengunjuk rasa": a group that acts as a party, kept as a name would be
    if name.lower() in _participant_nouns() or head in _participant_heads() or (len(words) > 1 and head in common_words()):
        return name[:1].lower() + name[1:]
    return name


@cache
def _acting_party_heads() -> frozenset[str]:
    return lower_word_list("id", "acting_party_heads.txt")


@cache
def _participant_heads() -> frozenset[str]:
    """The first words of the nouns events name participants by ("korban" of "korban luka"), one-word nouns among them."""
    return frozenset(n.split()[0] for n in _participant_nouns() if " " not in n)


@cache
def _perpetrators() -> frozenset[str]:
    return lower_word_list("id", "perpetrators.txt")


def fate_of(who: list[str]) -> str:
    """Whose death or injury a mention tells: the doer's ("pelaku"), a named person's, or the victims'."""
    if not who:
        return ""
    first = who[0].split()[0].lower() if who[0].split() else ""
    if first in _perpetrators() or who[0].lower() in _perpetrators():
        return "doer"  # "pelaku penembakan", "kelompok kriminal bersenjata"
    # a person's name: capitalised, no word of an organisation's or a place's ("Universitas ...": its students), and
    # no common noun opening a sentence ("Korban luka ringan dibawa ke klinik": the victims, not someone named Korban)
    named = next((n for n in who if person_like(n) and not generic(n)), None)
    return fold_name(named) if named else "victims"


@cache
def _police_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of a police body's name ("polres") and the nouns for the police ("polisi"), from
    ``police_names.tsv``."""
    rows = [row for row in table("id", "police_names.tsv") if len(row) > 1]
    return frozenset(r[0].lower() for r in rows if r[1] == "body"), frozenset(r[0].lower() for r in rows if r[1] == "noun")


def is_police_body(name: str) -> bool:
    """Whether a party is a police force named as a body ("Polres Pematangsiantar", "jajaran Polsek Pasar Rebo"), not
    the police as a noun ("polisi") nor a person."""
    words = name.lower().split()
    bodies, _ = _police_words()
    return any(w in bodies for w in words[:2])


def is_police(name: str) -> bool:
    """Whether a party is the police that acted ("Polresta Bogor Kota", "Satreskrim Polres Blitar", "polisi"), not
    whom it acted on: in two arrests' reports, a police force named in both is their agent, not what makes them one."""
    words = name.lower().split()
    _, nouns = _police_words()
    return bool(words) and (words[-1] in nouns or is_police_body(name))


@cache
def _fragment_cues() -> dict[str, frozenset[str]]:
    """The words of ``name_fragment_cues.tsv`` by their role (compass, street, vehicle, rider)."""
    return words_by_role("id", "name_fragment_cues.tsv")


_WORD_AFTER = re.compile(r"\s+([\w.]+)")
_WORD_BEFORE = re.compile(r"([\w.]+)\s+$")
_ROMAN = re.compile(r"[IVX]+")
# where a sentence opens: the text's start, a full stop, a line break, or a dateline's dash ("Jakarta - Laju Indeks")
_OPENING = re.compile(r"(?:^|[.!?:\"“”]\s*|\n\s*|\s[-–—]\s*)$")
_DASH_BEFORE = re.compile(r"[A-Z]\w+[-–]$")
_DASH_AFTER = re.compile(r"[-–][A-Z]")


def _word_after(body: str, end: int) -> str:
    after = _WORD_AFTER.match(body, end)
    return after[1].lower() if after else ""


def _word_before(body: str, start: int) -> str:
    before = _WORD_BEFORE.search(body[max(0, start - 40) : start])
    return before[1] if before else ""


def _cut_from_opening_run(body: str, start: int, end: int) -> bool:
    """Whether a name opens a sentence and a capitalised word goes on after it: the name cut out of a longer run
    ("Laju Indeks" of "Laju Indeks Harga Saham"), not a body's whole name ("Tim SAR gabungan")."""
    opens = _OPENING.search(body[max(0, start - 4) : start])
    return bool(opens) and _word_after(body, end)[:1] != "" and body[end:].lstrip()[:1].isupper()


_RUN_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w.]*[-–]?\s*){1,6})\($")


def _bracketed_after_place(body: str, start: int, end: int) -> bool:
    """Whether a name stands in brackets right after a place named by its head word: the place's short form
    ("Tol Bakauheni-Terbanggi Besar (Bakter)"), not a body's ("Komisi Pemberantasan Korupsi (KPK)")."""
    if body[end : end + 1] != ")":
        return False
    run = _RUN_BEFORE_BRACKET.search(body[max(0, start - 80) : start])
    words = run[1].split() if run else []
    return any(place_level(" ".join(words[i:])) in REGION_LEVELS for i in range(len(words)))


def _dash_joined(body: str, start: int, end: int) -> bool:
    """Whether a name is joined by a dash to a capitalised word before or after it ("Sudirman-Thamrin")."""
    return bool(_DASH_BEFORE.search(body[max(0, start - 30) : start]) or _DASH_AFTER.match(body, end))


def _in_street(body: str, start: int) -> bool:
    """Whether the name at ``start`` ends a street's name: a street word at most two capitalised words before it
    ("Jalan MH Thamrin", "Jl. Sudirman")."""
    words = body[max(0, start - 40) : start].split()[-3:]
    streets = _fragment_cues().get("street", frozenset())
    return any(w.lower() in streets and all(x[:1].isupper() for x in words[i + 1 :]) for i, w in enumerate(words))


# (an article's mentions share one body string, and name their parties again and again: each name is read once an
# article, not once a mention, which on a long page would cost mentions x body)
@lru_cache(maxsize=4096)
def fragment_in(name: str, body: str) -> bool:
    """Whether a name of an event's ``who`` is, wherever the article's ``body`` writes it, a piece of a longer text
    rather than a party: a region's or an office's name cut before its compass word ("Polres Metro Jakarta" of
    "... Jakarta Utara"), a common word opening a sentence glued to the name after it ("Laju Indeks" of "Laju Indeks
    Harga Saham"), a floor's number glued to a building ("IV Gedung Balai Kota" of "lantai IV"), a street named after
    a person ("Thamrin" of "Jalan MH Thamrin", "Sudirman-Thamrin"), or a vehicle's make and model ("minibus Daihatsu
    Sigra"). A name the body does not write as it stands is left to the other checks."""
    spans = [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?![\w-])", body)]
    if not spans:
        # a vehicle's model the entity step wrote in another case ("RX King" of "Yamaha Rx King")
        blind = _case_blind_spans(name, body)
        return bool(blind) and _vehicle(name.split(), body, blind)
    return any(cut(name.split(), body, spans) for cut in _FRAGMENT_FORMS)


Spans = list[tuple[int, int]]


def _before_compass(words: list[str], body: str, spans: Spans) -> bool:
    """A region's or an office's name every mention of which goes on with a compass word ("Polres Metro Jakarta" of
    "Polres Metro Jakarta Utara")."""
    return all(_word_after(body, end) in _fragment_cues().get("compass", ()) for _, end in spans)


def _opening_run(words: list[str], body: str, spans: Spans) -> bool:
    """A common word opening a sentence glued to the capitalised name after it, cut out of a longer run ("Laju Indeks"
    of "Laju Indeks Harga Saham Gabungan")."""
    opener = words[0].lower() in common_words() and not words[0].isupper()
    capitalised = len(words) > 1 and all(w[:1].isupper() for w in words[1:])
    return opener and capitalised and all(_cut_from_opening_run(body, s, e) for s, e in spans)


def _floor_number(words: list[str], body: str, spans: Spans) -> bool:
    """A floor's or a volume's number glued to the name after it ("IV Gedung Balai Kota" of "lantai IV")."""
    numbered = bool(_ROMAN.fullmatch(words[0])) and len(words) > 1
    return numbered and all(_word_before(body, s)[:1].islower() for s, _ in spans)


def _street_name(words: list[str], body: str, spans: Spans) -> bool:
    """A street's or a road's name wherever written: in a street's name, in brackets after one ("Tol Bakauheni-Terbanggi
    Besar (Bakter)"), or, once shown a street's, joined by a dash to another ("Sudirman-Thamrin")."""
    in_place = [_in_street(body, s) or _bracketed_after_place(body, s, e) for s, e in spans]
    if not any(in_place):
        return False
    joined = [len(words) == 1 and _dash_joined(body, s, e) for s, e in spans]
    return all(p or j for p, j in zip(in_place, joined, strict=True))


def _vehicle(words: list[str], body: str, spans: Spans) -> bool:
    """A vehicle's make and model: after a vehicle noun or its maker, and elsewhere after no word but one of its riders
    ("minibus Daihatsu Sigra", "sepeda motor Yamaha Rx King", "pengemudi Daihatsu Sigra"); a name only after a rider's
    word is a person's ("sopir Budi"), unless it is a known model ("sopir Gran Max", ``vehicle_models.txt``). A maker
    counts only after a vehicle's or a rider's word (``_word_before_model``)."""
    vehicles = _fragment_cues().get("vehicle", frozenset()) | _vehicle_makers()
    riders = _fragment_cues().get("rider", frozenset())
    before = [_word_before_model(body, s) for s, _ in spans]
    if " ".join(words).lower() in _vehicle_models():
        return all(b in vehicles or b in riders for b in before)
    return any(b in vehicles for b in before) and all(b in vehicles or b in riders for b in before)


def _word_before_model(body: str, start: int) -> str:
    """The word before a name, lower case; where it is a vehicle maker's, the maker only where a vehicle's or a rider's
    word stands before it ("mobil Toyota Avanza"), and the word before the maker elsewhere: a firm's name, whose chief
    may follow it ("CEO Toyota Akio Toyoda" gives "ceo")."""
    word = _word_before(body, start)
    if word.lower() not in _vehicle_makers():
        return word.lower()
    before = _word_before(body, body.rfind(word, 0, start)).lower()
    cues = _fragment_cues()
    return word.lower() if before in cues.get("vehicle", frozenset()) | cues.get("rider", frozenset()) else before


@cache
def _vehicle_makers() -> frozenset[str]:
    """Makers of cars and motorcycles (``vehicle_makers.txt``): a name right after one is its model ("Yamaha Rx King")."""
    return lower_word_list("id", "vehicle_makers.txt")


@cache
def _vehicle_models() -> frozenset[str]:
    """Models of vehicles that a report may write after a rider's word alone ("sopir Gran Max", ``vehicle_models.txt``)."""
    return lower_word_list("id", "vehicle_models.txt")


def _case_blind_spans(name: str, body: str) -> Spans:
    """Where the body writes a name in another case ("Rx King" for "RX King"): a model's name is rewritten by the
    entity step, a person's seldom is."""
    return [(m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?![\w-])", body, re.IGNORECASE)]


_NEXT_NAME_WORD = re.compile(r" ([A-Z][\w'’-]*)")


# a model's number after a maker's or a vehicle's name ("Bell 407", "Boeing 737", "Airbus A330"): no year ("2025")
_MODEL_NUMBER = re.compile(r" (?!(?:19|20)\d\d(?![\w-]))(?:[A-Z]{0,2}-?\d{2,4}[A-Z]{0,3})(?![\w-])")


def _before_model_number(words: list[str], body: str, spans: Spans) -> bool:
    """A vehicle's or its maker's name every mention of which goes on with a model's number ("Helikopter Bell" of "Helikopter Bell 407
    milik Aryan Aviation"): the aircraft or the car, whose owner or operator is the party."""
    head = words[0].lower()
    # an airline's flight ("Air India 171") or a team's year is no model: the name opens with a vehicle or its maker
    vehicle = head in _vehicle_makers() or re.fullmatch(_vehicle_nouns(), head) is not None
    return vehicle and len(words) <= 3 and all(_MODEL_NUMBER.match(body, end) for _, end in spans)


def _runs_on(words: list[str], body: str, spans: Spans) -> bool:
    """A name every mention of which runs on into another capitalised word, no stop between: a piece cut from a longer
    name ("Animal Defenders" of "Animal Defenders Indonesia", "Malaria Elimination" of "... on Malaria Elimination
    Summit"). A title or a rank after a body's name ("Polda Metro Jaya Kombes Ade Ary") or a date after a speaker's
    ("Budi Selasa") starts another name."""
    stops = person_titles() | calendar_words()
    for _, end in spans:
        after = _NEXT_NAME_WORD.match(body, end)
        if after is None or after[1].lower() in stops:
            return False
    return True


@cache
def _body_heads() -> frozenset[str]:
    """The words that open a body's name (``name_heads.tsv``, type ORG: "Kementerian", "Badan", "Komisi")."""
    return frozenset(row[0].lower() for row in table("id", "name_heads.tsv") if len(row) > 1 and row[1] == "ORG")


_AND_AFTER = re.compile(r"\s+(?:dan|&)\s+([A-Z][\w'’-]*)")
_AND_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*\s+){1,6})(?:dan|&)\s+$")


def _topic_after_and(body: str, end: int) -> bool:
    after = _AND_AFTER.match(body, end)
    return after is not None and after[1].lower() in common_words() and after[1].lower() not in _body_heads()


def _topic_before_and(body: str, start: int) -> bool:
    before = _AND_BEFORE.search(body[max(0, start - 80) : start])
    return before is not None and any(w.lower() in _body_heads() for w in before[1].split())


# a bracketed short form and the capitalised words after it: "(Polres) Aceh Jaya" after "Kepolisian Resor"
_BRACKETED_TAIL = re.compile(r"\s*\([A-Z][A-Za-z]{1,10}\)\s+([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)")


def _with_bracketed_place(name: str, body: str, ends: list[int]) -> str | None:
    """A body's name cut before its bracketed short form made whole with the region after it ("Kepolisian Resor" ->
    "Kepolisian Resor Aceh Jaya" of "Kepolisian Resor (Polres) Aceh Jaya"), where the article writes it so every time;
    a person after the short form ("Komisi Pemberantasan Korupsi (KPK) Setyo Budiyanto") is no part of it."""
    tails = {m[1] for end in ends if (m := _BRACKETED_TAIL.match(body, end))}
    if len(tails) != 1 or not all(_BRACKETED_TAIL.match(body, end) for end in ends):
        return None
    tail = tails.pop()
    return f"{name} {tail}" if headline_localities(tail) == {tail.lower()} else None


@cache
def _vehicle_nouns() -> str:
    """The nouns of vehicles (``event_participants.tsv``, kind vehicle: "truk tangki", "bus"), as one alternation,
    the longest first."""
    rows = table("id", "event_participants.tsv")
    return alternation(row[0].lower() for row in rows if len(row) > 1 and "vehicle" in row[1].split("/"))


@cache
def _owned_vehicle_nouns() -> str:
    """The nouns of road vehicles a firm's name may follow as their owner ("truk tangki", "bus", ``owned_vehicles.txt``),
    as one alternation, the longest first; an aircraft's operator ("pesawat Air India") is the party itself."""
    return alternation(lower_word_list("id", "owned_vehicles.txt"))


def _owned_vehicle(name: str, body: str) -> str | None:
    """The vehicle a firm's name is only the owner of, wherever the article writes it ("truk tangki Pertamina" of
    "Truk tangki Pertamina mengalami tabrakan"): the vehicle, the firm's, is the party of what befell it; None where
    the article writes the name alone once, or it is a person's or a vehicle maker's ("mobil Toyota": a model)."""
    if person_like(name) or name.split()[0].lower() in _vehicle_makers():
        return None
    told = list(re.finditer(rf"(?<![\w-])(?i:({_owned_vehicle_nouns()}))\s+{re.escape(name)}(?![\w-])", body))
    alone = len(re.findall(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body))
    nouns = {m[1].lower() for m in told}
    return f"{nouns.pop()} {name}" if told and len(told) == alone and len(nouns) == 1 else None


def whole_body_name(name: str, body: str) -> str:
    """A body's name the model cut before the "dan" that joins its two fields made whole again ("Kementerian Urusan
    Haji" -> "Kementerian Urusan Haji dan Umrah"), or before its bracketed short form and region ("Kepolisian Resor
    (Polres) Aceh Jaya"), where the article writes it so every time."""
    words = name.split()
    if owned := _owned_vehicle(name, body):
        return owned
    if not words or words[0].lower() not in _body_heads():
        return name
    if placed := _with_bracketed_place(name, body, [m.end() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?![\w-])", body)]):
        return placed
    ends = [m.end() for m in re.finditer(rf"(?<!\w){re.escape(name)}(?![\w-])", body)]
    fields = {after[1] for end in ends if (after := _AND_AFTER.match(body, end))}
    if not ends or len(fields) != 1 or not all(_topic_after_and(body, end) for end in ends):
        return name
    return f"{name} dan {fields.pop()}"


def _half_of_a_body(words: list[str], body: str, spans: Spans) -> bool:
    """One half of a body's name that joins two fields with "dan" ("Kementerian Urusan Haji dan Umrah", "Kementerian
    Pendidikan Dasar dan Menengah"): the body's name cut before "dan" wherever written, or the field after it, a
    common word ("Umrah", "Menengah"), never standing on its own. Two bodies joined ("Kementerian Luar Negeri dan
    Kementerian Pertahanan", "BPS dan Bappenas") are two parties: a body's head or a name follows "dan" there."""
    if words[0].lower() in _body_heads():
        return all(_topic_after_and(body, end) for _, end in spans)
    return words[0].lower() in common_words() and all(_topic_before_and(body, start) for start, _ in spans)


# a number plate's region letters and figures right before a name: "DH-6849-" of "DH-6849-AK", "B 1234 "
_PLATE_HEAD = re.compile(r"(?<![\w-])[A-Z]{1,2}[\s-]?\d{1,4}[\s-]$")


def _plate_tail(words: list[str], body: str, spans: Spans) -> bool:
    """A number plate's series letters cut off it ("AK" of "nomor polisi DH-6849-AK"): a plate's letters and figures
    right before every mention."""
    return len(words) == 1 and words[0].isupper() and all(_PLATE_HEAD.search(body[max(0, s - 10) : s]) for s, _ in spans)


@cache
def _quality_words() -> frozenset[str]:
    """The words a name follows as a language one speaks or a descent (``quality_words.txt``)."""
    return lower_word_list("id", "quality_words.txt")


def _quality_named(words: list[str], body: str, spans: Spans) -> bool:
    """A place's name written as what one speaks or descends from ("juru bicara IDF berbahasa Persia", "pria
    berkebangsaan Jepang"): after a word of language or descent at least once, and elsewhere only inside a longer
    capitalised name ("Teluk Persia"), never standing alone. A capitalised common word before it opens a sentence and
    is no part of a name ("Namun Inggris menolak", "Bahkan Jepang mengirim"): the name stands alone there."""
    before = [_word_before(body, s) for s, _ in spans]
    quality = [b.lower() in _quality_words() for b in before]
    inside = [b[:1].isupper() and b.lower() not in common_words() for b in before]
    return any(quality) and all(q or i for q, i in zip(quality, inside, strict=True))


# a bracket opening right after a capitalised word: "Sersan Mayor (" of "Sersan Mayor (Cadangan)"
_CAPITAL_BRACKET = re.compile(r"[A-Z][\w.'’-]*\s*\($")


def _bracketed_qualifier(words: list[str], body: str, spans: Spans) -> bool:
    """A common word in brackets after a title or a name, what kind of one it is, not a party ("Sersan Mayor
    (Cadangan)", "Letnan Kolonel (Purnawirawan)"): one word news writes in lower case more often than not
    (``common_words``), in brackets after a capitalised word wherever written. A short form in brackets ("(IDF)",
    "(Bapanas)") is no common word."""
    if len(words) != 1 or words[0].isupper() or words[0].lower() not in common_words():
        return False
    return all(_CAPITAL_BRACKET.search(body[max(0, s - 40) : s]) and body[e : e + 1] == ")" for s, e in spans)


_FRAGMENT_FORMS: tuple[Callable[[list[str], str, Spans], bool], ...] = (
    _quality_named,
    _bracketed_qualifier,
    _plate_tail,
    _before_model_number,
    _runs_on,
    _half_of_a_body,
    _before_compass,
    _opening_run,
    _floor_number,
    _street_name,
    _vehicle,
)


# ---------------------------------------------------------------------------- a common noun that points back to a name

# a person named with an age in brackets, the outlets' way of naming whom a report is about ("Ahmad Sofil Murod (33)",
# "pelaku berinisial AS (27 tahun)"): one to five capitalised words or initials right before the brackets
_NAMED_WITH_AGE = re.compile(r"(?<![\w-])(?P<name>[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4})\s*\(\s*\d{1,2}(?:\s*tahun)?\s*\)")


@cache
def _pointing_back() -> re.Pattern[str]:
    """A person's common noun, at most two words, then a demonstrative ("pria tersebut", "Pria usia 25 itu")."""
    nouns = alternation(lower_word_list("id", "anaphor_person_nouns.txt"))
    that = alternation(lower_word_list("id", "demonstratives.txt"))
    return re.compile(rf"(?<![\w-])(?i:{nouns})(?:\s+[\w-]+){{0,3}}?\s+(?i:{that})(?![\w-])")


def pointing_back(noun: str, sentence: str) -> re.Match[str] | None:
    """Where a sentence writes a person's common noun followed by a demonstrative ("Pria berusia 30 tahun itu"), if
    it is one person ("ketiga pemuda tersebut" is several): a noun that points back to someone named before."""
    told = next((m for m in _pointing_back().finditer(sentence) if m.group().split()[0].lower() == noun.lower()), None)
    if told is None or _several_before().search(sentence, 0, told.start()):
        return None
    return told


@cache
def _several_before() -> re.Pattern[str]:
    """A word that makes the noun after it several people ("ketiga pemuda tersebut", ``anaphor_plural_words.txt``)."""
    return re.compile(rf"(?<![\w-])(?:(?i:{alternation(lower_word_list('id', 'anaphor_plural_words.txt'))})|\d+)\s+$")


def antecedent(noun: str, sentence: str, body: str) -> str | None:
    """The name a common noun of a party points back to: "Lalu truk itu menghantam motor yang dikemudikan Ahmad Sofil
    Murod (33). Akibatnya, pria tersebut meninggal dunia": "pria" is Ahmad Sofil Murod, the last person its paragraph
    names with an age before it. None where the noun has no demonstrative after it ("tiga orang tewas" counts people
    nobody named), or its paragraph names no one so."""
    at = body.find(sentence) if sentence else -1
    if at < 0 or " " in noun:
        return None
    told = pointing_back(noun, sentence)
    if told is None:
        return None
    start = body.rfind("\n", 0, at) + 1  # its paragraph, up to the noun
    names = list(_NAMED_WITH_AGE.finditer(body, start, at + told.start()))
    return names[-1]["name"] if names else None


@cache
def _role_rows() -> dict[str, tuple[str, bool]]:
    """A role noun -> the key of the role it names and whether it is the doer's (``same_role_nouns.tsv``: "turis" and
    "wisatawan" alike; "sopir" a doer)."""
    return {row[0].lower(): (row[1], row[2:3] == ("doer",)) for row in table("id", "same_role_nouns.tsv") if len(row) > 1}


def doer_noun(noun: str) -> bool:
    """Whether a role noun names who does a crash or an attack ("sopir", "pelaku"): never the one its death names."""
    return _role_rows().get(noun.lower(), ("", False))[1]


@cache
def _naming_cue() -> str:
    return alternation(lower_word_list("id", "naming_words.txt"))


def _role_nouns_of(noun: str) -> str:
    """The nouns naming the same role as ``noun``, as an alternation."""
    key = _role_rows().get(noun.lower(), ("", False))[0]
    nouns = {noun.lower()} | ({n for n, (k, _) in _role_rows().items() if k == key} if key else set())
    return alternation(frozenset(nouns))


# at most this many words qualify a role noun before the word naming the person ("sopir truk berinisial S", "turis
# asal China bernama Qiu Yan")
_ROLE_QUALIFIERS = 4

# the noun is itself what a relative clause's verb is done to, the clause closed by a demonstrative after it ("Polisi
# yang menganiaya wanita itu adalah Aipda ...": the officer is named, not the woman); without one the name is the
# noun's ("truk yang dikemudikan oleh sopir berinisial S")
_IN_RELATIVE_CLAUSE = re.compile(r"(?<![\w-])yang\s+[\w-]+\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


@cache
def _kin_before_noun() -> re.Pattern[str]:
    """A noun of kin right before a role noun ("Ayah pelaku Kulna", "keluarga korban, Budi", ``kin_words.tsv``): the
    name after is the relative's, or a relative's own."""
    return re.compile(rf"(?<![\w-])(?i:{alternation(_kin_words('kin'))})\s+$")


def _noun_of_the_name(text: str, start: int, between: str) -> bool:
    """Whether the noun starting at ``start`` is the one the name after ``between`` is given to: only the noun's own
    qualifiers stand between, no other party's noun ("Pelaku yang memukul korban bernama Sari": Sari is the victim;
    "Korban yang ditabrak sopir bernama ..."); the noun is no object of a relative clause, nor a relative's role ("Ayah
    pelaku Kulna")."""
    before = text[max(0, start - 40) : start]
    return (
        not set(between.lower().split()) & _person_nouns()
        and not (_IN_RELATIVE_CLAUSE.search(before) and set(between.lower().split()) & lower_word_list("id", "demonstratives.txt"))
        and not _kin_before_noun().search(before)
    )


def counted_as_several(noun: str, sentence: str) -> bool:
    """Whether a sentence counts a noun as several people ("dua pelaku", "para korban", "15 jemaah", ``anaphor_plural_words.txt``):
    one name written after it is not all of them."""
    found = re.finditer(rf"(?<![\w-]){re.escape(noun)}(?![\w-])", sentence, re.IGNORECASE)
    counts = (_several_before().search(sentence, max(0, at.start() - 30), at.start()) for at in found)
    return any(c and c[0].strip() != "1" for c in counts)  # "1 orang inisial SS" is one


def named_by_role(noun: str, name: str, text: str) -> bool:
    """Whether a text names a person by a role noun of ``noun``'s role right before the name: "Sopir truk berinisial S",
    "wisatawan asal China bernama Qiu Yan" (a naming word after the noun's qualifiers, ``naming_words.txt``), "Wisatawan
    asal China, Qiu Yan, meninggal" (a closed apposition: a comma, a bracket or the end after the name; "Usai menangkap
    tersangka, Budi menggelandangnya" makes Budi the next clause's subject), or the noun right before the name
    ("tersangka Diki"). Only the noun's qualifiers stand between (``_noun_of_the_name``)."""
    nouns, cue = _role_nouns_of(noun), _naming_cue()
    qualifiers = rf"(?P<between>(?:\s+[\w()-]+){{0,{_ROLE_QUALIFIERS}}}?)"
    the_name = rf"\s+{re.escape(name)}(?![\w'’-])"
    forms = (rf"{qualifiers}\s+(?i:{cue}){the_name}", rf"{qualifiers},{the_name}(?=\s*(?:[,(.]|$))", the_name)
    return any(
        _noun_of_the_name(text, m.start(), m.groupdict().get("between") or "")
        for form in forms
        for m in re.finditer(rf"(?<![\w-])(?i:{nouns}){form}", text)
    )


@cache
def _person_nouns() -> frozenset[str]:
    """The one-word nouns events name unnamed people by ("korban", "warga"; ``event_participants.tsv``), not things."""
    return frozenset(row[0].lower() for row in table("id", "event_participants.tsv") if len(row) > 1 and "person" in row[1].split("/"))


_NAMED_AFTER = re.compile(r"\s+([A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})")


def name_after_role(noun: str, sentence: str) -> str | None:
    """The name a sentence gives right after a party's common noun and a naming word: "seorang warga bernama Kasdi
    menjadi korban" names the "warga" Kasdi. None without a naming word ("warga Desa Sukamaju" names a village), where
    another party's noun stands between (``_noun_of_the_name``), or where the noun is counted as
    several ("dua bocah berinisial SN dan ZA": one name is not both). The name ends before a weekday or a person's
    noun ("berinisial AS Senin", "RN Warga Kampung Sawah")."""
    if counted_as_several(noun, sentence):
        return None
    cue = _naming_cue()
    pattern = rf"(?<![\w-])(?i:{re.escape(noun)})(?P<between>(?:\s+[\w-]+){{0,{_ROLE_QUALIFIERS}}}?)\s+(?i:{cue})(?=\s+[A-Z])"
    found = next((m for m in re.finditer(pattern, sentence) if _noun_of_the_name(sentence, m.start(), m["between"])), None)
    name = _NAMED_AFTER.match(sentence, found.end()) if found else None
    if name is None:
        return None
    words = name[1].rstrip(".").split()
    stop = next((i for i, w in enumerate(words) if i and w.lower() in calendar_words() | _person_nouns()), len(words))
    return " ".join(words[:stop])


@cache
def _class_acronyms() -> frozenset[str]:
    return lower_word_list("id", "people_class_acronyms.txt") | words_by_role("id", "event_words.tsv").get("common_short", frozenset())


def class_acronym(name: str) -> bool:
    """Whether a name is one capital abbreviation of a class of people, nobody's name ("OTK", "PNS", "KKB",
    ``people_class_acronyms.txt``)."""
    return name.isupper() and name.lower() in _class_acronyms()
