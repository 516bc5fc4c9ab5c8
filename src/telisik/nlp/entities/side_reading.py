"""How an article's bare country name reads, from its mentions' own sentences: as the national side or as the country.

A sports report names a side by its country alone as often as by the side's name, and names the country too, in one
article: "Indonesia kalah 0-6 dari Jepang" (the side) beside "warga Indonesia di Osaka" (the people), "klub Indonesia"
(the country's clubs), "Suita, Osaka, Jepang" (a place) and a dateline "JEPANG -". ``reads_as`` reads each mention's
sentence (``side_reading_cues.tsv``): the word right before it first ("klub Indonesia", "gawang Indonesia"), then the
punctuation around it (a dateline, "Osaka, Jepang", a nationality in brackets "Arthur Irawan (Indonesia)"), then the
sentence's match words ("melawan", "skor", "klasemen"); the entity reads as most of its mentions read.

The collection linker (``collection.linking``, through ``team_readings``) links a country entity that reads as the
country to the country and one that reads as the side to the side, whatever else the article names; one with no
reading falls back on the article's sides. The reading travels on the article entity (``reads_as``), which every
engine's linker reads, as it reads no body.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from functools import cache

from telisik.lang import table, words_by_role

SIDE = "side"
COUNTRY = "country"
MATCH = "match"  # a mention's sentence of a match, or of a war or an election: no reading of its own

# how far around a mention its sentence is looked for (a page without full stops has no sentence to cut)
_REACH = 300
_WORD = re.compile(r"[\w-]+")
_DASH = re.compile(r"\s*[-–—]")
_PLACE_COMMA = re.compile(r",\s*$")
# a capitalised name and a list's joiner right before a mention: "Belanda dan ", "Jepang, ", "Korea, atau "
_LISTED = re.compile(r"\b[A-Z][\w-]*(?: [A-Z][\w-]*)*(?:,| dan| atau| serta|, dan|, atau)\s+$")
# a score: "3-0", "(1-1)", "0-6." - not a range of days, sums or shares ("10-11 Juni", "5-10 persen"), which a word
# follows; nor a date ("19/6")
_SCORE = re.compile(r"(?<![\w/.,-])\d{1,2}\s?[-–]\s?\d{1,2}(?![\w/%-]|[.,]\d|\s+(?!atas\b|dari\b|kontra\b|melawan\b)[a-z])")


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
    """The reading the words right before a mention give, "" if none: a side's head among the last three ("Timnas
    putri Indonesia"), then the last two words ("ibu kota"), then the last one."""
    words = _WORD.findall(before.lower())[-3:]
    cues = _cues()
    heads = cues.get("side_head", frozenset())
    if any(w in heads or " ".join(words[i : i + 2]) in heads for i, w in enumerate(words)):
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


def _before_list(before: str) -> str:
    """The text before a list the mention ends ("khas Belanda dan Indonesia", "warga Jepang, Korea, atau China"): a
    word before the list reads every name of it."""
    while (listed := _LISTED.search(before)) is not None:
        before = before[: listed.start()]
    return before


def _punctuation_reading(text: str, start: int, end: int, place_ends: Collection[int]) -> bool:
    """Whether the punctuation around a mention makes it a place or a nationality: a dateline in capitals ("JEPANG -",
    "OSAKA, JEPANG -"), a place's country (a place the article names, then a comma: "Suita, Osaka, Jepang"; not "Kini,
    Jepang ..." nor "asuhan Patrick Kluivert, Indonesia ..."), a person's nationality in brackets ("Arthur Irawan
    (Indonesia)")."""
    mention = text[start:end]
    if mention.isupper() and len(mention) > 3 and _DASH.match(text, end):
        return True
    if text[max(0, start - 1) : start] == "(" and text[end : end + 1] == ")":
        return True
    comma = _PLACE_COMMA.search(text, max(0, start - 4), start)
    return comma is not None and comma.start() in place_ends


def mention_reading(text: str, start: int, end: int, place_ends: Collection[int] = ()) -> str:
    """How one mention of a country, at [start, end) of the text, reads: ``SIDE``, ``COUNTRY``, ``MATCH`` (a word a
    match shares with other news: no reading) or "" (no cue);
    ``place_ends``: where the article's places' mentions end (a place, then a comma, then the country)."""
    lo, hi = _sentence_bounds(text, start, end)
    before = _before_reading(_before_list(text[lo:start]))
    if before:
        return before
    if _punctuation_reading(text, start, end, place_ends):
        return COUNTRY
    words = set(_WORD.findall(text[lo:start].lower())) | set(_WORD.findall(text[end:hi].lower()))
    cues = _cues()
    # two-word cues ("ditahan imbang") are read by their words: "imbang" is a cue on its own too
    if words & cues.get("side_word", frozenset()) or _scored(text, lo, hi):
        return SIDE
    return MATCH if words & cues.get("match_word", frozenset()) else ""


def _scored(text: str, lo: int, hi: int) -> bool:
    """Whether text[lo:hi] holds a score ("3-0"), not a range of days ("10-11 Juni")."""
    months = _months()
    for found in _SCORE.finditer(text, lo, hi):
        after = _WORD.match(text, found.end() + 1) if text[found.end() : found.end() + 1] == " " else None
        if after is None or after.group(0).lower() not in months:
            return True
    return False


@cache
def _months() -> frozenset[str]:
    """Month names and their short forms, lower case (months.tsv)."""
    return frozenset(cell.lower() for row in table("id", "months.tsv") for cell in row[:1])


def reads_as(text: str, spans: Iterable[tuple[int, int]], place_ends: Collection[int] = ()) -> str:
    """How an article entity of a bare country reads, from its mentions' spans in the text: ``SIDE`` where more of its
    mentions read as the side than as the country; ``COUNTRY`` where more read as the country than as the side or in
    a match's sentence (``MATCH``), and those are half its mentions at least (a match report's "Jepang" is the side in
    most sentences, which give no cue, and the place in the one naming the stadium's town); "" otherwise."""
    readings = Counter(mention_reading(text, start, end, place_ends) for start, end in spans)
    side, country = readings[SIDE], readings[COUNTRY]
    if side > country:
        return SIDE
    enough = country > side + readings[MATCH] and 2 * country >= sum(readings.values())
    return COUNTRY if enough else ""
