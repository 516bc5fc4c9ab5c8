"""Which names of an event's ``who`` are its parties.

Pronouns and a meeting's own name (``lang/id/not_participants.txt``), words glued together, a common word capitalised
at a sentence's start ("Gudang"), a region, a name cut open at a bracket and headlines are no parties; a word a scraper
glued onto a name is cut off it (``unglue``); a name told only after a cue of the event's cause ("imbas serangan Iran")
is the cause's party (``told_as_cause``); a party named by a common noun ("warga", "penerbangan") is ``generic``;
whose death or injury a report tells is ``fate_of`` its parties, and the doer of a killing is none (``nlp.events.lexicon.a_killing``).
Split from ``timeline``, which groups a story's events into its entries.
"""

from __future__ import annotations

import re
from functools import cache

from telisik.lang import lower_word_list, table, written_small
from telisik.pages.dates import alternation
from telisik.stories.event_names import person_like, place_level
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
_GLUED_LEFT = 4  # letters at least of a capitalised word glued onto the next ("Mantu" in "MantuAl"): "Air" in "AirNav" is none
_DATELINE = re.compile(r"^[A-Z]{3,}\s*[-–—]")  # "SUMEDANG - Dua": a dateline run into the name


def is_participant(name: str, headlines: frozenset[str] = frozenset(), sentence: str = "") -> bool:
    """Whether a name of an event's ``who`` names a party: not a pronoun, glued text or a headline."""
    folded = fold_name(name)
    if not folded or folded in _not_participants() or folded in headlines:
        return False
    if _DATELINE.match(name) or "/" in name or name.count("(") != name.count(")"):
        return False  # a dateline run into the name; a date or a list glued on ("H/2025 M"); an age cut open ("Irwansyah(51")
    if place_level(name) in REGION_LEVELS:
        return False  # "Kabupaten Raja Ampat", "Kota Graz", "Jalan ...": a region named by its head word is where, never who
    if " " not in folded and folded in common_words() and sentence.lstrip(" \"'“(").startswith(name):
        return False  # "Gudang yang ... digerebek", "Sirene berbunyi": a common word opening the sentence (not "ungkap Raihan")
    return not any(_glued(word) for word in name.split())


def _glued(word: str) -> bool:
    """Two words whose space a scraper lost ("berwenangMalaysia", "MantuAl"): a capital inside a word after a lower-case
    word; not a name written in camel case ("AirNav", "YouTube"), whose first part is a word's start, not a word."""
    inner = _GLUED.search(word)
    if inner is None or word.isupper():
        return False
    left = word[: inner.end() - 1]
    return word[:1].islower() or (len(left) >= _GLUED_LEFT and left.lower() in common_words())


# the prefixes of a verb or a word a scraper glued onto the name before it ("Smithdicabuli", "Kutiselaku")
_GLUED_PREFIXES = ("di", "me", "ber", "ter", "se")
_GLUED_TAIL = 6  # letters at least of a glued word: shorter ones are as often a name's own ending


def unglue(name: str, body: str) -> str:
    """A name with a common lower-case word glued onto its last letters cut off ("Habib Bahar bin Smithdicabuli" ->
    "Habib Bahar bin Smith"): the scraper lost the space before "dicabuli". Only where the name's word without it
    stands alone in the article's ``body`` ("Smith"), so a name that ends like a word ("Megamendung") stays whole."""
    words = name.split()
    for k, word in enumerate(words):
        if not word[:1].isupper() or word.isupper() or word.lower() in common_words():
            continue
        for i in range(2, len(word) - _GLUED_TAIL + 1):
            head, tail = word[:i], word[i:]
            glued = tail.islower() and tail.startswith(_GLUED_PREFIXES) and tail in common_words()
            if glued and re.search(rf"(?<!\w){re.escape(head)}(?!\w)", body):
                return " ".join([*words[:k], head])
    return name


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


@cache
def _perpetrators() -> frozenset[str]:
    return lower_word_list("id", "perpetrators.txt")


def fate_of(who: list[str]) -> str:
    """Whose death or injury a mention tells: the doer's ("pelaku"), a named person's, or the victims'."""
    if not who:
        return ""
    first = who[0].split()[0].lower() if who[0].split() else ""
    if first in _perpetrators():
        return "doer"
    # a person's name: capitalised, no word of an organisation's or a place's ("Universitas ...": its students)
    named = next((n for n in who if person_like(n)), None)
    return fold_name(named) if named else "victims"


@cache
def _police_words() -> tuple[frozenset[str], frozenset[str]]:
    """The first words of a police body's name ("polres") and the nouns for the police ("polisi"), from
    ``police_names.tsv``."""
    rows = [row for row in table("id", "police_names.tsv") if len(row) > 1]
    return frozenset(r[0].lower() for r in rows if r[1] == "body"), frozenset(r[0].lower() for r in rows if r[1] == "noun")


def is_police(name: str) -> bool:
    """Whether a party is the police that acted ("Polresta Bogor Kota", "Satreskrim Polres Blitar", "polisi"), not
    whom it acted on: in two arrests' reports, a police force named in both is their agent, not what makes them one."""
    words = name.lower().split()
    bodies, nouns = _police_words()
    return bool(words) and (words[0] in bodies or words[-1] in nouns or any(w in bodies for w in words[:2]))
