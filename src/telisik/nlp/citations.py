"""Cited media: the news organisations an article names as the source of what it reports.

A citation is a news organisation named after (or, for "Reuters melaporkan",
before) a citation cue: "lapor The New York Times", "melansir Reuters",
"dikutip melalui Reuters", "kata para pejabat kepada New York Times",
"melansir The National News dari The New York Times" (both, in that chain).
The cues are in ``lang/id/citation_cues.tsv``; the organisations in
``data/media.tsv`` (international media) and ``data/outlets.tsv`` (Indonesian
outlets). A name the lists do not know counts only right after a strong cue
("melansir Sky News"), since "menurut", "kepada" or "melalui" before an unknown
name are ordinary words. A media name with no cue (a photo credit "Foto:
AFP", a story about CNN itself) is not a citation.

``doc._.citations`` holds one JSON-ready dict per cited mention:
``{"source", "text", "start", "end"}`` with ``text == doc.text[start:end]``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from telisik.lang import table
from telisik.nlp.doc import doc_text
from telisik.pages import metadata
from telisik.pages.dates import first_char_gate

if not Doc.has_extension("citations"):
    Doc.set_extension("citations", default=None)

_NAME_CHARS = r"[\w.&'’-]"
# Words that may join a chain of organisations after the first one:
# "Reuters dan CNN", "The National News dari The New York Times", "(KCNA)".
_CHAIN = re.compile(
    r"^\s*(?:,|\(|/|dan|serta|atau|maupun|dari|melalui|via|yang mengutip|seperti mengutip|mengutip)?\s*(?:dan\s+)?$", re.IGNORECASE
)
# The stretch between a cue and a name never crosses a sentence end, a quotation mark or a colon.
_BARRIER = re.compile(r"[.!?;:\"“”«»\n]")
_CAPITALISED_RUN = re.compile(rf"(?:The\s+)?[A-Z]{_NAME_CHARS}*(?:\s+(?:of\s+|de\s+)?[A-Z0-9]{_NAME_CHARS}*){{0,3}}")


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    strong: bool
    before: bool
    max_gap: int


@dataclass(frozen=True)
class Citation:
    """One cited organisation: its name span and the span of the cue that cites it."""

    source: str
    name_start: int
    name_end: int
    cue_start: int
    cue_end: int
    known: bool

    @property
    def start(self) -> int:
        return min(self.cue_start, self.name_start)

    @property
    def end(self) -> int:
        return max(self.cue_end, self.name_end)

    def to_dict(self, text: str) -> dict[str, Any]:
        return {"source": self.source, "text": text[self.start : self.end], "start": self.start, "end": self.end}


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("telisik.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _strip_the(name: str) -> str:
    return re.sub(r"^[Tt]he\s+", "", name.strip())


@cache
def media_names() -> dict[str, str]:
    """Every written form of a known news organisation (without a leading "The") -> its canonical name."""
    # Indonesian outlets first so that the international list wins a clash ("DW").
    rows = [(name, aliases) for _, name, aliases in metadata.outlet_rows()]
    for cols in _data_rows("media.tsv"):
        rows.append((cols[0].strip(), tuple(a.strip() for a in cols[1].split(",")) if len(cols) > 1 else ()))
    names: dict[str, str] = {}
    for canonical, aliases in rows:
        for form in (canonical, *aliases):
            if len(form) >= 2:
                names[_strip_the(form)] = canonical
    return names


@cache
def _media_regex() -> re.Pattern[str]:
    # Case-sensitive so that "AP" is not "ap" and "Time" is not "time"; longest first.
    forms = sorted(media_names(), key=len, reverse=True)
    alternation = "|".join(re.escape(f) for f in forms)
    return first_char_gate(re.compile(rf"(?<![\w-])(?:[Tt]he\s+)?(?P<name>{alternation})(?![\w-])"))


@cache
def _cues() -> tuple[Cue, ...]:
    cues = []
    for row in table("id", "citation_cues.tsv"):
        pattern, strength, side = row[0], row[1], row[2]
        max_gap = int(row[3]) if len(row) > 3 else 5
        rx = first_char_gate(re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE))
        cues.append(Cue(rx, strength == "strong", side == "before", max_gap))
    return tuple(cues)


@cache
def _not_a_source() -> frozenset[str]:
    # Titles, institutions and statement nouns: "dikutip dari Kementerian Luar Negeri" cites a ministry, not media.
    words = {row[0] for row in table("id", "quote_words.tsv") if row[1] in {"title", "institution", "statement"}}
    # nor dates: "dikutip Jumat (20/6/2025)" cites no one
    words |= {row[0].lower() for row in table("id", "weekdays.tsv")} | {row[0].lower() for row in table("id", "months.tsv")}
    return frozenset(words)


def canonical_media(name: str) -> str | None:
    """The canonical name of a known news organisation written as ``name``, else None."""
    return media_names().get(_strip_the(name))


def _media_at(text: str, start: int, end: int) -> list[re.Match[str]]:
    return list(_media_regex().finditer(text, start, end))


def _chain_after(text: str, first: re.Match[str], limit: int) -> list[re.Match[str]]:
    """The organisations joined to ``first`` by "dan", "dari", ",": "Reuters dan CNN", "A dari B"."""
    chain = [first]
    pos = first.end()
    for m in _media_at(text, pos, limit):
        if not _CHAIN.match(text[pos : m.start()]):
            break
        chain.append(m)
        pos = m.end()
    return chain


def _limit(text: str, pos: int) -> int:
    """Where the stretch after a cue ends: the next sentence end, quotation mark or colon."""
    for barrier in _BARRIER.finditer(text, pos):
        # a full stop inside a name ("Kompas.com") or a number is not a sentence end
        if text[barrier.start()] == "." and barrier.end() < len(text) and text[barrier.end()].isalnum():
            continue
        return barrier.start()
    return len(text)


_LAST_FOUND: tuple[str, tuple[Citation, ...]] | None = None


def find_citations(text: str) -> list[Citation]:
    """The cited organisations in ``text``, in text order, one per cited mention.

    The quote finder and the citation component both ask for the same text's
    citations, so the last text's (immutable) citations are kept.
    """
    global _LAST_FOUND
    last = _LAST_FOUND
    if last is not None and (last[0] is text or last[0] == text):
        return list(last[1])
    found = _find_citations(text)
    _LAST_FOUND = (text, tuple(found))
    return found


def _find_citations(text: str) -> list[Citation]:
    found: dict[int, Citation] = {}

    def add(cit: Citation) -> None:
        old = found.get(cit.name_start)
        # Keep the earliest cue: "Melansir dari kantor berita Rusia, Interfax" rather than "kantor berita Rusia, Interfax".
        if old is None or cit.cue_start < old.cue_start:
            found[cit.name_start] = cit

    names = [(m.start(), m.end()) for m in _media_regex().finditer(text)]
    for cue in _cues():
        for cm in cue.pattern.finditer(text):
            if any(s <= cm.start() < e for s, e in names):
                continue  # "Kantor Berita" inside "Kantor Berita Pusat Korea Utara" is part of the name
            if cue.before:
                limit = _limit(text, cm.end())
                media = _media_at(text, cm.end(), limit)
                pos = cm.end() + len(text[cm.end() : limit]) - len(text[cm.end() : limit].lstrip(" \u00a0"))
                run = _CAPITALISED_RUN.match(text, pos, limit) if cue.strong and pos <= cm.end() + 1 else None
                if run and (not _strip_the(run.group(0)) or _strip_the(run.group(0)).split()[0].lower() in _not_a_source()):
                    run = None
                if run and media and media[0].start() >= run.end():
                    media = []  # "Melansir CNBC International, ... Nikkei": the name right after a strong cue is the source
                if media and len(text[cm.end() : media[0].start()].split()) <= cue.max_gap:
                    sources: set[str] = set()
                    for m in _chain_after(text, media[0], limit):
                        source = media_names()[m["name"]]
                        # "Kantor Berita Pusat Korea Utara (KCNA)" is one organisation, not two
                        if source not in sources:
                            sources.add(source)
                            add(Citation(source, m.start(), m.end(), cm.start(), cm.end(), True))
                    continue
                if run and not run.group(0).strip().isdigit():
                    add(Citation(run.group(0).strip(), run.start(), run.end(), cm.start(), cm.end(), False))
            else:
                # "Reuters melaporkan", "Interfax, juga melaporkan": the organisation just before the cue
                start = max(0, cm.start() - 80)
                before = [m for m in _media_at(text, start, cm.start())]
                if before:
                    m = before[-1]
                    gap = text[m.end() : cm.start()]
                    if not _BARRIER.search(gap) and len(gap.replace(",", " ").split()) <= cue.max_gap:
                        add(Citation(media_names()[m["name"]], m.start(), m.end(), cm.start(), cm.end(), True))
    return sorted(found.values(), key=lambda c: c.name_start)


_SOURCE_LINE = re.compile(r"^\s*[a-z]{1,4}(?:/[a-z]{1,4})+\s*\((?P<sources>[^()]+)\)\s*$")


def source_line_citations(lines: list[str]) -> list[dict[str, Any]]:
    """Agencies credited in a source line the cleaner removed from the body: DW's "kp/rs (AP, AFP, Reuters)".

    The body offsets do not apply, so ``start`` and ``end`` are None.
    """
    out: list[dict[str, Any]] = []
    for line in lines:
        m = _SOURCE_LINE.match(line)
        if not m:
            continue
        for part in re.split(r",|\bdan\b|/", m["sources"]):
            source = canonical_media(part.strip())
            if source and all(c["source"] != source for c in out):
                out.append({"source": source, "text": line.strip(), "start": None, "end": None})
    return out


class Finder:
    """Fills ``doc._.citations``."""

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        doc._.citations = [c.to_dict(text) for c in find_citations(text)]
        return doc


@Language.factory("telisik_citations", default_config={})
def make_finder(nlp: Language, name: str) -> Finder:
    return Finder()
