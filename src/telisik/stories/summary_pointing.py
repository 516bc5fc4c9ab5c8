"""What a summary sentence points at with "itu", "ini" or "tersebut" after a noun past its opening ("ditahan dalam
operasi tersebut", "pemicu utama kondisi tersebut"): something its article told before. Put beside other outlets'
sentences, it needs a pick that tells the same thing ("operasi", "kondisi"), or the sentence before it in its article,
else it dangles. A noun that names the story's happening ("kejadian ini", "kecelakaan itu",
``summary_story_nouns.txt``) points at what every summary of the story tells; a name ("tim berjuluk Harimau Malaya
itu") or a word of no content ("dan itu") is read by no such rule, and a sentence giving a figure stays whatever it
points at (``summary._Selection._dangles``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import cache

from telisik.lang import lower_word_list

_QUOTE = re.compile('["\u201c\u201d]')
# one or two words (a noun and its adjective: "sekolah menengah tersebut", "harga resmi ini"), then a demonstrative
# ending the noun phrase
_POINTED = re.compile(r"(?<![\w-])(?:([^\W\d_][\w-]*)\s+)?([^\W\d_][\w-]*)\s+(?:itu|ini|tersebut)(?![\w-])", re.IGNORECASE)


@cache
def _story_nouns() -> frozenset[str]:
    return lower_word_list("id", "summary_story_nouns.txt")


def pointed_nouns(
    text: str, told: tuple[Mapping[str, int], int], common: frozenset[str], root: Callable[[str], str]
) -> tuple[frozenset[str], ...]:
    """For each noun phrase a sentence points at with a demonstrative (``text`` without its times of now: "hari ini"
    points at nothing told), before any quotation mark, the roots of its last two words ("sekolah menengah"): what a
    pick that tells it must give one of. Only a phrase its article told before (``told``: each root of its article's
    words -> the first sentence that gives it, and this sentence's position) and the sentence itself does not
    ("pasukan Rusia mencapai ... dan pasukan tersebut ..." points inside itself); not a name ("tim berjuluk Harimau
    Malaya itu"), the story's happening ("kejadian ini", ``summary_story_nouns.txt``), nor words common in news only
    ("hal", "dan": a back-reference of that kind is read elsewhere, or not at all)."""
    first, position = told
    found = []
    # (past a quotation mark, "tersebut" may point at the quote: "'Telah berpulang ...,' bunyi kabar duka tersebut")
    before_quote = _QUOTE.split(text, 1)[0]
    for match in _POINTED.finditer(before_quote):
        written = [w for w in match.groups() if w]
        if not written[-1][:1].islower() or any(w.lower() in _story_nouns() for w in written):
            continue
        keys = frozenset(root(w.lower()) for w in written if w[:1].islower() and w.lower() not in common)
        earlier = {root(w.lower()) for w in _WORD.findall(before_quote[: match.start()])}
        if keys and not keys & earlier and any(first.get(k, position) < position for k in keys):
            found.append(keys)
    return tuple(found)


_WORD = re.compile(r"[^\W\d_][\w-]*")
