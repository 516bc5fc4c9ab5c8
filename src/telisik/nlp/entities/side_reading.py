"""How an article's bare country name reads, from its mentions' own sentences: as the national side or as the country.

A sports report names a side by its country alone as often as by the side's name, and names the country too, in one
article: "Indonesia kalah 0-6 dari Jepang" (the side) beside "warga Indonesia di Osaka" (the people), "klub Indonesia"
(the country's clubs), "Suita, Osaka, Jepang" (a place) and a dateline "JEPANG -". ``reads_as`` reads each mention's
sentence (``side_reading_cues.tsv``): the word right before it first ("klub Indonesia", "gawang Indonesia"), then the
punctuation around it (a dateline, "Osaka, Jepang", a nationality in brackets "Arthur Irawan (Indonesia)"), then the
sentence's match words ("melawan", "skor", "klasemen"); the entity reads as most of its mentions read.

The collection linker (``collection.linking``, through ``team_readings``) links a country entity that reads as the
country to the country and one that reads as the side to the side, whatever else the article names; one with no
reading (no cue, or only a match's words) falls back on the article's sides, as a match report's bare name is the
side in most sentences that give no cue; a tie is the country's (``reads_as``). The reading travels on the article
entity (``reads_as``), which every engine's linker reads, as it reads no body.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Collection, Iterable
from functools import cache

from telisik.lang import lower_word_list, table, words_by_role

SIDE = "side"
COUNTRY = "country"
MATCH = "match"  # a mention's sentence of a match, or of a war or an election: no reading of its own

# how far around a mention its sentence is looked for (a page without full stops has no sentence to cut)
_REACH = 300
# how many of an entity's mentions are read: a majority of these is the entity's reading (a scraped page of tags may
# name a country thousands of times)
_MAX_MENTIONS = 40
_WORD = re.compile(r"[\w-]+")
_DASH = re.compile(r"\s*[-–—]")
_PLACE_COMMA = re.compile(r",\s*$")
# what may stand before a dateline in capitals in its sentence: the dateline's town and a comma ("OSAKA, JEPANG -");
# not a headline's title ("PIALA ASIA: INDONESIA - JEPANG 0-6")
_DATELINE_BEFORE = re.compile(r"[A-Z\s.,]*")
# a capitalised name (a run of capitalised words) ending right before a mention's list joiner
_NAME_RUN = r"\b[A-Z][\w-]*(?: [A-Z][\w-]*)*"
_AGE_GROUP = re.compile(r"u-?\d{2}")
# a capitalised name glued by a hyphen right before a mention: the first of a pair ("Belanda-" of "Belanda-Indonesia")
_GLUED_FIRST = re.compile(r"\b[A-Z][^\W\d_]*[-–]$")


@cache
def _listed() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A list's item right before a mention: one a joiner word follows ("Belanda dan ", "Korea, atau "), and one a
    joiner or a bare comma follows; two items a comma follows ("Albania, Austria, "); the list going on after the
    mention (", Belgia, ...", " dan Jepang"). A single item a bare comma follows is a list's only where the list goes on
    before or after it ("Albania, Austria, Belgia, dan AS"); else it is a place ("di Jakarta, Indonesia tampil")."""
    joiners = "|".join(re.escape(w) for w in sorted(_cues().get("list_joiner", frozenset())))
    joined = re.compile(rf"{_NAME_RUN},? (?:{joiners})\s+$")
    either = re.compile(rf"{_NAME_RUN}(?:,? (?:{joiners})|,)\s+$")
    two = re.compile(rf"{_NAME_RUN},\s+{_NAME_RUN},\s+$")
    goes_on = re.compile(rf",?\s*(?:{joiners})\s+[A-Z]|,\s*(?:{joiners})\s|,\s*{_NAME_RUN}(?:,|\s+(?:{joiners})\b)")
    return joined, either, two, goes_on


# two figures joined by a dash: "3-0", "(1-1)", "0-6." - not a date ("19/6"), a clock ("19:30-21:00"), a share
# ("5-10%") nor a decimal ("1-2,5")
_FIGURES = re.compile(r"(?<![\w/.,:-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w/%:-]|[.,]\d)")
_NEXT_WORD = re.compile(r"\s+([\w-]+)")


@cache
def _cues() -> dict[str, frozenset[str]]:
    return words_by_role("id", "side_reading_cues.tsv")


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around [start, end): cut at ". ", a line break, or ``_REACH`` characters away."""
    lo = max(0, start - _REACH)
    first = max(text.rfind(". ", lo, start), text.rfind("\n", lo, start), lo - 1) + 1
    hi = min(len(text), end + _REACH)
    ends = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi)) if i >= 0]
    return first, min(ends) if ends else hi


def _before_reading(before: str) -> str:
    """The reading the words right before a mention give, "" if none: a side's head among the last four with only
    sport, gender and age words between ("Timnas putri Indonesia", "Tim Nasional sepak bola Indonesia", not "Timnas
    tiba di Indonesia"), then the last two words ("ibu kota"), then the last one."""
    words = _WORD.findall(before.lower())[-4:]
    cues = _cues()
    if _headed(words, cues.get("side_head", frozenset())):
        return SIDE
    words = words[-2:]
    for n in (2, 1):
        if len(words) < n:
            continue
        phrase = " ".join(words[-n:])
        if phrase in cues.get("country_before", ()):
            return COUNTRY
        if phrase in cues.get("side_before", ()):
            return SIDE
    return ""


def _headed(words: list[str], heads: Collection[str]) -> bool:
    """Whether the last words before a mention hold a side's head ("timnas", "tim nasional") with nothing after it
    but sport, gender and age words (``side_qualifiers.txt``, "U-23")."""
    for i in range(len(words)):
        for n in (2, 1):
            if " ".join(words[i : i + n]) in heads and all(_qualifies(w) for w in words[i + n :]):
                return True
    return False


def _qualifies(word: str) -> bool:
    return word in _qualifiers() or _AGE_GROUP.fullmatch(word) is not None


@cache
def _qualifiers() -> frozenset[str]:
    return lower_word_list("id", "side_qualifiers.txt")


def _before_list(before: str, after: str) -> str:
    """The text before a list the mention is in ("khas Belanda dan Indonesia", "warga Jepang, Korea, atau China"; ``after``:
    the text after the mention): a word before the list reads every name of it, a cue word opening the list too
    ("Warga Jepang dan Indonesia")."""
    joined, either, two, goes_on = _listed()
    pattern = either if goes_on.match(after) or two.search(before) else joined
    # a cue opening the item joined to the mention reads the pair ("Warga Jepang dan Indonesia"); one opening an item
    # further back may open the sentence ("Di Grup A, Qatar dan Iran")
    first = joined.search(before)
    kept = _cue_prefix(first.group(0)) if first is not None else ""
    if first is not None and kept:
        return before[: first.start()] + kept
    while (listed := pattern.search(before)) is not None:
        before = before[: listed.start()]
        pattern = either
    return before


def _cue_prefix(item: str) -> str:
    """The words of a capitalised list item up to its last cue word ("Warga" of "Warga Jepang dan "), "" if none."""
    cues = _cues()
    known = cues.get("country_before", frozenset()) | cues.get("side_before", frozenset()) | cues.get("side_head", frozenset())
    words = item.split()
    for j in range(len(words) - 1, -1, -1):
        lowered = [w.lower().strip(",") for w in words[: j + 1]]
        if lowered[-1] in known or " ".join(lowered[-2:]) in known:
            return " ".join(words[: j + 1])
    return ""


def _punctuation_reading(text: str, lo: int, start: int, end: int, place_ends: Collection[int]) -> bool:
    """Whether the punctuation around a mention makes it a place or a nationality: a dateline in capitals ("JEPANG -",
    "OSAKA, JEPANG -", with only its town before it in its sentence ``lo:start``; not "PIALA ASIA: INDONESIA -
    JEPANG 0-6"), a place's country (a place the article names, then a comma: "Suita, Osaka, Jepang"; not "Kini,
    Jepang ..." nor "asuhan Patrick Kluivert, Indonesia ..."), a person's nationality in brackets ("Arthur Irawan
    (Indonesia)")."""
    mention = text[start:end]
    if mention.isupper() and len(mention) > 3 and _DASH.match(text, end) and _DATELINE_BEFORE.fullmatch(text, lo, start):
        return True
    if text[max(0, start - 1) : start] == "(" and text[end : end + 1] == ")":
        return True
    comma = _PLACE_COMMA.search(text, max(0, start - 4), start)
    if comma is None:
        return False
    return comma.start() in place_ends or _place_chain_end(text, lo, comma.start(), end)


# a piece of a place's chain: capitalised words, with short lower-case particles between ("Citta del Tricolore")
_CHAIN_PIECE = re.compile(r"[A-Z][\w'.]*(?:\s+(?:[A-Z][\w'.]*|[a-z]{1,3}))*")
_CHAIN_BREAK = re.compile(r"\s*(?:,|\s[-–—]\s|[–—])\s*")
_CLOSING = re.compile(r"[ \t]*(?:[.,;:()\n]|$)")


def _place_chain_end(text: str, lo: int, comma: int, end: int) -> bool:
    """Whether a mention after a comma ends a place told with its larger places, the country last: a place opener
    ("di", "ke") then names joined by commas or dashes, up to the mention, and the place closes after it ("di Stadion
    Mapei – Citta del Tricolore, Reggio, Emilia, Italia pada hari Senin"): the country the place is in, however the
    recogniser read the names before it. Not a sentence's subject after a place ("di Jakarta, Indonesia tampil
    apik") nor a list going on ("di Jepang, Korea, Indonesia dan China")."""
    closer = _CLOSING.match(text, end)
    if closer is None:
        following = _NEXT_WORD.match(text, end)
        if following is None or following.group(1).lower() not in _cues().get("place_closer", ()):
            return False
    opener = _last_opener(text, lo, comma)
    if opener < 0:
        return False
    pieces = _CHAIN_BREAK.split(text[opener:comma].strip())
    return bool(pieces) and all(_CHAIN_PIECE.fullmatch(piece) for piece in pieces)


def _last_opener(text: str, lo: int, comma: int) -> int:
    """Where the words after the sentence's last place opener before ``comma`` start, -1 where none stands there."""
    openers = _cues().get("place_opener", frozenset())
    found = -1
    for word in _WORD.finditer(text, lo, comma):
        if word.group(0).lower() in openers:
            found = word.end()
    return found


def mention_reading(text: str, start: int, end: int, place_ends: Collection[int] = ()) -> str:
    """How one mention of a country, at [start, end) of the text, reads: ``SIDE``, ``COUNTRY``, ``MATCH`` (a word a
    match shares with other news: no reading) or "" (no cue);
    ``place_ends``: where the article's places' mentions end (a place, then a comma, then the country)."""
    lo, hi = _sentence_bounds(text, start, end)
    # the first of a pair glued by a hyphen ("berdarah Belanda-Indonesia") is read with the mention: the word before
    # the pair reads both
    before = _before_reading(_before_list(_GLUED_FIRST.sub("", text[lo:start]), text[end:hi]))
    if before:
        return before
    if _punctuation_reading(text, lo, start, end, place_ends):
        return COUNTRY
    words = set(_WORD.findall(text[lo:start].lower())) | set(_WORD.findall(text[end:hi].lower()))
    cues = _cues()
    if _side_words(text[lo:hi].lower(), words, cues.get("side_word", frozenset())) or _scored(text, lo, hi):
        return SIDE
    if not words & cues.get("match_word", frozenset()):
        return ""
    # a match word beside a national side's head ("Timnas Indonesia vs Jepang", "Timnas Indonesia melawan China"):
    # the country is the side's opponent, where a war's "Israel melawan Iran" names no side
    return SIDE if _side_words(text[lo:hi].lower(), words, cues.get("side_head", frozenset())) else MATCH


def _side_words(sentence: str, words: Collection[str], cues: Collection[str]) -> bool:
    """Whether a sentence holds a match's word: a word ("klasemen") or a phrase ("ditahan imbang", whose "imbang" alone
    is a trade balance's too)."""
    return any(cue in words if " " not in cue else re.search(rf"\b{re.escape(cue)}\b", sentence) for cue in cues)


def _scored(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a score ("3-0", "skor 4-0 di Kualifikasi"), not a range: of days ("10-11 Juni"), of
    hours ("19-21 WIB"), of numbered things ("Pasal 1-3", "peringkat 1-3": ``range_before``), or of sums and shares,
    which a lower-case word follows ("5-10 persen", "2-1 dalam voting"), unless the word tells the other side ("2-1
    atas Vietnam": ``score_follower``) or "skor" stands before (``score_before``)."""
    cues = _cues()
    for found in _FIGURES.finditer(text, lo, hi):
        before = _WORD.findall(text[max(lo, found.start() - 24) : found.start()].lower())[-1:]
        if before and before[0] in cues.get("score_before", ()):
            return True
        if before and before[0] in cues.get("range_before", ()):
            continue
        after = _NEXT_WORD.match(text, found.end(), hi)
        word = after.group(1) if after is not None else ""
        if word.lower() in _months_and_zones() or word[:1].islower() and word not in cues.get("score_follower", ()):
            continue
        return True
    return False


@cache
def _months() -> frozenset[str]:
    """Month names and their short forms, lower case (months.tsv)."""
    return frozenset(row[0].lower() for row in table("id", "months.tsv"))


@cache
def _zones() -> frozenset[str]:
    """Time zones ("WIB"), lower case (timezones.tsv): "19-21 WIB" is a span of hours."""
    return frozenset(row[0].lower() for row in table("id", "timezones.tsv"))


@cache
def _months_and_zones() -> frozenset[str]:
    """The words after figures that make them a date or a span of hours, not a score: one set, not a union a figure."""
    return _months() | _zones()


def reads_as(text: str, spans: Iterable[tuple[int, int]], place_ends: Collection[int] = ()) -> str:
    """How an article entity of a bare country reads, from its mentions' spans in the text: ``SIDE`` where more of its
    mentions read as the side than as the country; ``COUNTRY`` where no fewer read as the country than as the side and
    those are a third of its mentions at least; "" otherwise. Only the first ``_MAX_MENTIONS`` mentions are read.

    A tie is the country's: the entity holds the country ("Piala AFF U-23 digelar di Indonesia") beside the side
    ("Timnas Indonesia U-23"), and an entity with no reading joins the article's side in a match report
    (``team_readings``), carrying the country's mentions into the side; the country's link, the bare name's own
    (LOC), asks no reading. A few country readings among many mentions without a cue stay undecided: a match report's
    "Jepang" is the side in most sentences, which give none, and the place in the one naming the stadium's town."""
    readings = Counter(mention_reading(text, start, end, place_ends) for start, end in itertools.islice(spans, _MAX_MENTIONS))
    side, country = readings[SIDE], readings[COUNTRY]
    if side > country:
        return SIDE
    # a tie, or a country's lead that match sentences or sentences without a cue outnumber, is the country's ("Emilia,
    # Italia" beside "Rekor Pertemuan Italia vs Moldova")
    held = country >= side and country > 0 and 3 * country >= sum(readings.values())
    return COUNTRY if held else ""
