"""The dateline that opens a news story: "JAKARTA -", "Liputan6.com, Jakarta -", "Mataram, NTB (ANTARA News) -".

This is telisik's one dateline detector: the cleaner reads a page's dateline
with it, and later stages that need to know where a story's own text starts
should ask it rather than keep patterns of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from telisik.pages import metadata

# "TRIBUNNEWS.COM - ", "JAKARTA - ", "Liputan6.com, Jakarta - ", "REPUBLIKA.CO.ID, SEMARANG –",
# "Mataram, NTB (ANTARA News) - ", "Jakarta, CNN Indonesia -- ", "ISTANBUL, 23 Februari 2016 (Antara/PRNewswire) -"
_DATELINE = re.compile(
    r"^(?P<dl>[A-Z0-9][\w.'’&/]*(?:[ ,]+[A-Za-z0-9][\w.'’&/]*){0,5}(?:\s*\([^()]{2,40}\))?)\s*(?:--?|–|—)\s+(?=\S)"
)
_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")
_WORD = re.compile(r"\S+")
_TOKEN_SPLIT = re.compile(r"[ ,]+")
_PARENTHESIS = re.compile(r"\([^)]*\)")

# Longer than this, the text before the dash is a sentence, not a dateline.
MAX_DATELINE_CHARS = 70
# At least this many words must follow the dash: a dateline opens a paragraph.
MIN_WORDS_AFTER = 4
# A bare Title Case place ("Bandung - ") counts only before a paragraph this long.
MIN_WORDS_AFTER_PLACE = 20
MAX_PLACE_WORDS = 3


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a block."""

    text: str  # "CIANJUR, KOMPAS.com": the place and outlet, without the dash
    end: int  # where the dateline's own characters end in the block
    body_start: int  # where the story's text starts, after the dash and its spaces


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def find_dateline(block: str) -> Dateline | None:
    """The dateline opening ``block``, or None.

    A dateline is a place or an outlet before a dash: capitalised words (an
    outlet may add one lower-case word, "Jakarta, CNN Indonesia"). It counts
    when it names an outlet (a domain, a name in parentheses, a word in
    capitals, a known outlet), or when it is a Title Case place of one to
    three words before a spaced dash opening a long paragraph (Detik's
    "Bandung - Persib menang ..."): a sentence rarely starts "Word Word - ".
    """
    m = _DATELINE.match(block)
    if not m:
        return None
    dl = m["dl"].strip(" ,")
    rest = block[m.end() :]
    if _words(rest) < MIN_WORDS_AFTER or len(dl) > MAX_DATELINE_CHARS:
        return None
    tokens = [t for t in _TOKEN_SPLIT.split(_PARENTHESIS.sub(" ", dl)) if t]
    if any(t[:1].islower() for t in tokens):
        return None  # a sentence with a dash in it
    found = Dateline(dl, m.start("dl") + len(m["dl"].rstrip(" ,")), m.end())
    if metadata.mentions_domain(dl) or "(" in dl or _CAPS_WORD.search(dl) or metadata.outlet_from_mention(dl):
        return found
    place = len(tokens) <= MAX_PLACE_WORDS and all(t[:1].isupper() for t in tokens)
    if place and block[m.end("dl") :].startswith(" - ") and _words(rest) >= MIN_WORDS_AFTER_PLACE:
        return found
    return None


def dateline_of(block: str) -> str | None:
    """The text of the dateline opening ``block`` ("CIANJUR, KOMPAS.com"), or None."""
    found = find_dateline(block)
    return found.text if found else None
