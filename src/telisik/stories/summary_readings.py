"""Readings of a happening that two outlets word without a common word: what a summary must not give twice.

A reading is a kind of happening told of something (``summary_happening_readings.tsv``):

- a side turning a match round ("Inter Miami berbalik selepas jeda" / "Inter Miami harus bangkit dari
  ketertinggalan"), of the side the two sentences both name;
- an act done more than once ("mobil yang dua kali menerobos gerbang tol" / "Tak cuma sekali pengendara mobil putih
  itu nyelonong masuk tol"), of a verb near the count.

A reading covers its words: the form, and for an act the words from the count to its verb (who did it, described
again: "pengendara mobil putih itu"). What two sentences sharing a reading say besides those words is what tells
whether the later one adds a fact (``summary._Selection._same_reading``).

(A cause, "karena ... utang" told twice, is no reading here: two causes sharing a word are most often two causes
told of the story's one subject ("karena sistem masih melakukan pemadanan data" / "karena penyaluran hanya
berdasarkan data yang valid"), and what two causes do share, the facts' test counts already.)
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from telisik.lang import table, word_list
from telisik.lang.roots import stem
from telisik.stories.similarity import words

# the words either side of a count its act may be among ("menerobos gerbang tol sebanyak dua kali": four words back;
# "Tak cuma sekali pengemudi kendaraan berwarna putih itu nyelonong": six on)
_ACT_REACH = 6
# a clause ends at a comma, a semicolon, a colon, a dash or the sentence's end
_CLAUSE_END = re.compile(r"[,;:()\u2013\u2014\"\u201c\u201d]|\s-\s|[.!?](?:\s|$)")
_TOKEN = re.compile(r"[\w-]+")
# how a verb of Indonesian news begins: its active, passive and intransitive prefixes ("menerobos", "diterobos",
# "berbalik", "tertangkap"), which the stemmer takes off ("merah", "menit" keep theirs: no verbs)
_VERB_START = re.compile(r"(?:me|di|ber|ter)[a-z]")


@dataclass(frozen=True)
class Reading:
    """One reading of a sentence: its kind ("AGAIN"), the roots it is of (the act's verbs; none for a side, which the
    sentence's names give), and the roots of the words it covers (its form; for an act, the words
    from the count to its verb too)."""

    kind: str
    of: frozenset[str]
    covers: frozenset[str]


@cache
def _reading_forms() -> tuple[dict[str, tuple[str, str, frozenset[str]]], int]:
    """form -> (reading, what it is of, the next words that deny it), and the most words a form has."""
    forms: dict[str, tuple[str, str, frozenset[str]]] = {}
    for row in table("id", "summary_happening_readings.tsv"):
        if len(row) < 3:
            continue
        denied = frozenset(w for w in (row[3].split("|") if len(row) > 3 else ()) if w)
        forms.update((" ".join(form.split()), (row[1], row[2], denied)) for form in row[0].split("|") if form.strip())
    return forms, max((len(form.split()) for form in forms), default=0)


@cache
def _listed_words() -> frozenset[str]:
    """The words of ``summary_synonyms.txt``: a colloquial verb the stemmer does not know ("nyelonong") is one of them."""
    return frozenset(w for line in word_list("id", "summary_synonyms.txt") for w in line.split("|") if " " not in w)


def _verb(word: str) -> bool:
    """The word reads as a verb: a prefix the stemmer takes off, or the colloquial active prefix ("ny-", "ng-") on a
    word of ``summary_synonyms.txt`` ("nyelonong"; "nyawa" is none)."""
    if _VERB_START.match(word):
        return stem(word) != word
    return word.startswith(("ny", "ng")) and word in _listed_words()


def _clauses(text: str) -> list[list[str]]:
    """The sentence's clauses, each as its lower-case words."""
    return [_TOKEN.findall(part.lower()) for part in _CLAUSE_END.split(text)]


def happening_readings(text: str, root: Callable[[str], str]) -> tuple[Reading, ...]:
    """The readings a sentence gives (``root``: a word's root as a fact), each at the longest form at a word."""
    forms, longest = _reading_forms()
    found = []
    for tokens in _clauses(text):
        start = 0
        while start < len(tokens):
            for size in range(min(longest, len(tokens) - start), 0, -1):
                form = " ".join(tokens[start : start + size])
                entry = forms.get(form)
                if entry and (start + size >= len(tokens) or tokens[start + size] not in entry[2]):
                    reading = _reading(entry[0], entry[1], tokens, (start, start + size), root)
                    if reading is not None:
                        found.append(reading)
                    start += size
                    break
            else:
                start += 1
    return tuple(found)


def _reading(kind: str, of: str, tokens: list[str], span: tuple[int, int], root: Callable[[str], str]) -> Reading | None:
    """The reading of a form at ``span`` of its clause's ``tokens``: a side's reading covers its form; an act's is of
    the verbs near after the count (or, none there, before it: "menerobos tol sebanyak dua kali") and covers the words
    to the farthest ("Tak cuma sekali pengendara mobil putih itu nyelonong": who did it, described again; a word read
    as a verb may be none, "berwarna putih"). None for an act with no verb near."""
    start, end = span
    form = _roots(tokens[start:end], root)
    if of == "act":
        after = [k for k in range(end, min(end + _ACT_REACH, len(tokens))) if _verb(tokens[k])]
        if after:
            return Reading(kind, _roots([tokens[k] for k in after], root), form | _roots(tokens[end : after[-1] + 1], root))
        before = [k for k in range(max(start - _ACT_REACH, 0), start) if _verb(tokens[k])]
        if before:
            return Reading(kind, _roots([tokens[k] for k in before], root), form | _roots(tokens[before[0] : start], root))
        return None
    return Reading(kind, frozenset(), form)


def _roots(tokens: list[str], root: Callable[[str], str]) -> frozenset[str]:
    """The roots of the words as the summary's facts read them (a doubled word in its parts: "utang-piutang" gives
    "utang")."""
    return frozenset(root(w) for token in tokens for w in words(token))


def shared_reading(readings: tuple[Reading, ...], told: tuple[Reading, ...]) -> frozenset[str] | None:
    """The roots one sentence's reading covers, of a reading the other sentence gives too (of one kind, and of a verb
    in common; a side's reading, of no words, is of the names the sentences share, which the caller compares), none
    when they share no reading."""
    for r in readings:
        for t in told:
            if r.kind == t.kind and (not r.of and not t.of or r.of & t.of):
                return r.covers | r.of
    return None


def renamed(readings: tuple[Reading, ...], into: dict[str, str]) -> tuple[Reading, ...]:
    """The readings with their roots renamed as the story's facts are (one word in its forms)."""
    return tuple(Reading(r.kind, frozenset(into.get(w, w) for w in r.of), frozenset(into.get(w, w) for w in r.covers)) for r in readings)
