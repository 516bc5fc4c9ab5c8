"""What a summary sentence points at with "itu", "ini" or "tersebut" after a noun past its opening ("pemicu utama
kondisi tersebut", "membantah tuduhan tersebut"): something its article told before. Put beside other outlets'
sentences, it needs a pick that tells the same thing ("kondisi", "tuduhan"), or the sentence before it in its article,
else it dangles. A noun that names the story's happening ("kejadian ini", "kecelakaan itu", "operasi tersebut",
``summary_story_nouns.txt``) points at what every summary of the story tells; a name ("tim berjuluk Harimau Malaya
itu") or a word of no content ("dan itu") is read by no such rule, and a sentence giving a figure stays whatever it
points at (``summary._Selection._dangles``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache

from telisik.lang import lower_word_list
from telisik.pages.dates import alternation

QUOTE_MARK = re.compile('["\u201c\u201d]')
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# a verb's affixes, not a ke-...-an noun's (a subset of ``summary._AFFIXED_VERB``): the verb a clause of time opens
# on ("Setelah ditunjuk ..."), the verb before an object ("membantah tuduhan tersebut")
CLAUSE_VERB = re.compile(r"(?:me|be|di|ter)[a-z]{3,}|[a-z]{3,}kan")
# an active verb before its object ("membantah tuduhan tersebut", "berwarna navy ini", "menyesalkan tindakan
# tersebut"): the nasal forms of me-, and ber-, not the nouns "media", "benda", "bencana", "direktur" that open as
# CLAUSE_VERB's affixes do
_VERB_BEFORE_NOUN = re.compile(r"(?:me(?:ng|ny|m|n|r|l|w|y)|ber|ter)[a-z]{3,}|[a-z]{3,}kan")


@cache
def _pointed() -> re.Pattern[str]:
    """One or two words (a noun and its adjective: "sekolah menengah tersebut", "harga resmi ini"; or a word before
    the noun, "membantah tuduhan tersebut"), then a demonstrative (``demonstratives.txt``) ending the noun phrase."""
    demonstratives = alternation(lower_word_list("id", "demonstratives.txt"))
    return re.compile(rf"(?<![\w-])(?:([^\W\d_][\w-]*)\s+)?([^\W\d_][\w-]*)\s+(?:{demonstratives})(?![\w-])", re.IGNORECASE)


@cache
def _story_nouns() -> frozenset[str]:
    return lower_word_list("id", "summary_story_nouns.txt")


def _noun_phrase(written: list[str]) -> list[str]:
    """The words of the noun phrase a demonstrative closes: without a first word that is an active verb or a word
    before a noun (``summary_noun_leads.txt``: "terhadap", "dalam", "seluruh")."""
    first = written[0].lower()
    if len(written) == 2 and (_VERB_BEFORE_NOUN.fullmatch(first) or first in lower_word_list("id", "summary_noun_leads.txt")):
        return written[1:]
    return written


def pointed_nouns(
    text: str, told: tuple[Mapping[str, int], int], common: frozenset[str], root: Callable[[str], str]
) -> tuple[frozenset[str], ...]:
    """For each noun phrase a sentence points at with a demonstrative (``text`` without its times of now: "hari ini"
    points at nothing told), before any quotation mark, the roots of its last two words of content ("sekolah menengah",
    "utama kondisi"; not a verb or a preposition before the noun: "tuduhan" of "membantah tuduhan tersebut"): what a
    pick that tells it must give one of. Only a phrase its article told before (``told``: each root of
    its article's words -> the first sentence that gives it, and this sentence's position) and the sentence itself
    does not ("pasukan Rusia mencapai ... dan pasukan tersebut ..." points inside itself); not a name ("tim berjuluk
    Harimau Malaya itu"), the story's happening ("kejadian ini", ``summary_story_nouns.txt``), nor words common in
    news only ("hal", "dan": a back-reference of that kind is read elsewhere, or not at all)."""
    first, position = told
    found = []
    # (past a quotation mark, "tersebut" may point at the quote: "'Telah berpulang ...,' bunyi kabar duka tersebut")
    before_quote = QUOTE_MARK.split(text, 1)[0]
    for match in _pointed().finditer(before_quote):
        written = _noun_phrase([w for w in match.groups() if w])
        if not written[-1][:1].islower() or any(w.lower() in _story_nouns() for w in written):
            continue
        content = [w for w in written if w[:1].islower() and w.lower() not in common]
        if not content:
            continue
        keys = frozenset(root(w.lower()) for w in content)
        earlier = {root(w.lower()) for w in WORD.findall(before_quote[: match.start()])}
        # (either word told before: the noun of "sinyal anomali itu", "daftar bergengsi tersebut" is the first)
        if not keys & earlier and any(first.get(k, position) < position for k in keys):
            found.append(keys)
    return tuple(found)
