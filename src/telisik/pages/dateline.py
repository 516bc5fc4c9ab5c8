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
# A colon ends a dateline only after an outlet's name: "BATAM, POSMETRO: ...", "Karimun, posmetro.co: ...".
# A word may hold a hyphen between letters: "TRIBUN-PAPUA.COM, BIAK NUMFOR - ".
_DL_WORD = r"[\w.'’&/]*(?:-[^\W_][\w.'’&/]*)*"
# Surya sets its outlet off from the place with a bar ("SURYA.co.id | SURABAYA - "); Banjarmasin Post
# leaves a comma before the dash ("BANJARMASINPOST.CO.ID, MARTAPURA, - ").
_DL_SEPARATOR = r"(?:[ ,]+|\s*\|\s*)"
_DATELINE = re.compile(
    rf"^(?P<dl>[A-Z0-9]{_DL_WORD}(?:{_DL_SEPARATOR}[A-Za-z0-9]{_DL_WORD}){{0,5}}(?:\s*\([^()]{{2,40}}\))?)"
    r"[\s,]*(?P<dash>--?|–|—|:)\s+(?=\S)"
)
# "posmetro.co –Jakarta: Bertempat ...": the outlet, a dash, the place, and a colon.
_OUTLET_DASH_PLACE = re.compile(
    r"^(?P<dl>(?P<outlet>[\w.,-]+?)\s*(?:--?|–|—)\s*[A-Z][\w.'’]*(?: [A-Z][\w.'’]*){0,2})\s*(?P<dash>:)\s+(?=\S)"
)
# The same, as scraped text runs it into the story: "JAKARTA -Tiga", "TEMPO.CO,Jakarta-Hampir",
# "KARIMUN, POSMETRO.CO:Empat" (the dash's spaces lost), for ``separated``.
# Each separator is tried in turn: "TRIBUN-PAPUA.COM,MIMIKA-Maraknya" has its dateline's at the second.
_RUN_IN = re.compile(r"(?<=\S)(?P<sep>[ \t\xa0]*(?P<dash>--?|–|—|:)[ \t\xa0]*)(?=\S)")
# "Liputan6.com, JakartaHarga minyak ...": the dash lost and the place glued to the first word.
_GLUED_PLACE = re.compile(
    r"^(?P<dl>(?P<outlet>[\w.]+\.(?:com|co\.id|co|id|net)),[ \t\xa0]*[A-Z][a-z]+(?:[ \t\xa0][A-Z][a-z]+){0,2})(?=[A-Z][A-Za-z])"
)
_CAPS_WORD = re.compile(r"\b[A-Z]{3,}\b")
_TOKEN_SPLIT = re.compile(r"[ ,|]+")
_PARENTHESIS = re.compile(r"\([^)]*\)")

# Longer than this, the text before the dash is a sentence, not a dateline.
MAX_DATELINE_CHARS = 70
# At least this many words must follow the dash: a dateline opens a paragraph.
MIN_WORDS_AFTER = 4
# A bare Title Case place ("Bandung - ") counts only before a paragraph this long, or before
# one of at least MIN_SENTENCE_AFTER_PLACE words holding a sentence's end (Detik's short leads:
# "Suita - Jepang tanpa ampun saat menghadapi Indonesia. Samurai Biru ..."): a list line
# ("Januari - 560.301 unit", "Senin - Jumat: 08.00-16.00") is neither.
MIN_WORDS_AFTER_PLACE = 20
MIN_SENTENCE_AFTER_PLACE = 8
_SENTENCE_END = re.compile(r"[\w)\]\"'”’][.!?][\"'”’)]*(?:\s|$)")
MAX_PLACE_WORDS = 3


@dataclass(frozen=True)
class Dateline:
    """A dateline found at the start of a block."""

    text: str  # "CIANJUR, KOMPAS.com": the place and outlet, without the dash
    end: int  # where the dateline's own characters end in the block
    body_start: int  # where the story's text starts, after the dash and its spaces


def _words(text: str) -> int:
    return len(text.split())  # the runs of non-space ("\\S+"), without a regex


def find_dateline(block: str) -> Dateline | None:
    """The dateline opening ``block``, or None.

    A dateline is a place or an outlet before a dash: capitalised words (an
    outlet may add one lower-case word, "Jakarta, CNN Indonesia"). It counts
    when it names an outlet (a domain, a name in parentheses, a word in
    capitals, a known outlet), or when it is a Title Case place of one to
    three words before a spaced dash opening a long paragraph (Detik's
    "Bandung - Persib menang ..."): a sentence rarely starts "Word Word - ".
    """
    outlet_first = _outlet_dash_place(block)
    if outlet_first:
        return outlet_first
    m = _DATELINE.match(block)
    if not m:
        return None
    dl = m["dl"].strip(" ,")
    rest = block[m.end() :]
    if _words(rest) < MIN_WORDS_AFTER or len(dl) > MAX_DATELINE_CHARS:
        return None
    tokens = [t for t in _TOKEN_SPLIT.split(_PARENTHESIS.sub(" ", dl)) if t]
    if any(t[:1].islower() and not names_outlet(t) for t in tokens):
        return None  # a sentence with a dash in it (an outlet's domain may be lower case: "posmetro.co")
    found = Dateline(dl, m.start("dl") + len(m["dl"].rstrip(" ,")), m.end())
    if m["dash"] == ":":
        return found if names_outlet(dl) else None
    if names_outlet(dl) or "(" in dl or _CAPS_WORD.search(dl):
        return found
    place = len(tokens) <= MAX_PLACE_WORDS and all(t[:1].isupper() for t in tokens)
    if place and block[m.end("dl") :].startswith(" - ") and _paragraph(rest):
        return found
    return None


def _outlet_dash_place(block: str) -> Dateline | None:
    """The outlet, a dash, the place and a colon: "posmetro.co –Jakarta: Bertempat ..."."""
    m = _OUTLET_DASH_PLACE.match(block)
    if m and names_outlet(m["outlet"]) and _words(block[m.end() :]) >= MIN_WORDS_AFTER:
        return Dateline(m["dl"], m.end("dl"), m.end())
    return None


def _paragraph(text: str) -> bool:
    """Whether ``text`` reads as a story's paragraph: long, or a full sentence and more that opens
    like a story, not like an aside between dashes ("Kim Jong Un - yang jarang bepergian - ...")."""
    if not (text[:1].isupper() or text[:1].isdigit() or text[:1] in "\"“'‘"):
        return False  # "Pecco - sapaan akrab Bagnaia- memiliki ...": an aside
    n = _words(text)
    return n >= MIN_WORDS_AFTER_PLACE or (n >= MIN_SENTENCE_AFTER_PLACE and bool(_SENTENCE_END.search(text)))


def names_outlet(dl: str) -> bool:
    """Whether a dateline names its outlet: a domain ("Liputan6.com") or a known outlet ("POSMETRO")."""
    return metadata.mentions_domain(dl) or metadata.outlet_from_mention(dl) is not None


@dataclass(frozen=True)
class Separation:
    """How to separate a dateline run into a story's first words: ``block[start:end]`` becomes ``replacement``."""

    start: int
    end: int
    replacement: str


def separated(block: str) -> Separation | None:
    """The dateline opening ``block`` run into the text, and the spaced separator it lost; None
    when the block opens with no dateline or with one already separated.

    "JAKARTA -Tiga stasiun ..." -> " - " for " -"; "Liputan6.com, JakartaHarga ..." -> " - "
    inserted after "Jakarta". A separator with no space on either side ("Jakarta-Bandung")
    is a dateline's only after an outlet's name, and a capitalised place glued to the first
    word only after an outlet's domain: elsewhere they are words of the text.
    """
    glued = _GLUED_PLACE.match(block)
    if glued and names_outlet(glued["outlet"]):
        cut = glued.end("dl")
        return Separation(cut, cut, " - ") if find_dateline(block[:cut] + " - " + block[cut:]) else None
    if find_dateline(block):
        return None  # the dateline is separated as it is
    for m in _RUN_IN.finditer(block, 2, MAX_DATELINE_CHARS + 4):
        if m.start() > MAX_DATELINE_CHARS:
            break
        dash, sep = m["dash"], m["sep"]
        spaced = ": " if dash == ":" else f" {dash} "
        dl = block[: m.start()]
        if not dl.strip() or sep == spaced:
            return None
        if dash != ":" and sep.startswith((" ", "\t", "\xa0")) and sep.endswith((" ", "\t", "\xa0")):
            continue  # a spaced dash that opens no dateline: a later one may
        if sep == dash and not (names_outlet(dl) or _capital_place(dl, block[m.end() :])):
            continue  # no space on either side ("Bandung-Jakarta"): only an outlet's or a capitalised place's dateline is written so
        found = find_dateline(dl + spaced + block[m.end() :])
        if found is not None and found.text == dl.strip(" ,"):
            return Separation(m.start("sep"), m.end("sep"), spaced)
    return None


def _capital_place(dl: str, rest: str) -> bool:
    """Whether ``dl`` is a place written in capitals, as Okezone's datelines are, before a
    capitalised word: "JAKARTA-Natasha Wilona ...", "MADINAH–Jamaah haji ..." (the dash's spaces
    lost). A pair joined by a hyphen in the text ("Jakarta-Bandung", "KRL-MRT") is not one."""
    return dl.isupper() and rest[:1].isupper() and rest[1:2].islower() and dl.strip().lower() in metadata.place_words()


def dateline_of(block: str) -> str | None:
    """The text of the dateline opening ``block`` ("CIANJUR, KOMPAS.com"), or None."""
    found = find_dateline(block)
    return found.text if found else None
