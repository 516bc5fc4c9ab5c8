"""Cited media: the news organisations an article names as the source of what it reports.

A citation is a news organisation named after (or, for "Reuters melaporkan",
before) a citation cue: "lapor The New York Times", "melansir Reuters",
"dikutip melalui Reuters", "kata para pejabat kepada New York Times",
"melansir The National News dari The New York Times" (both, in that chain).
The cues are in ``lang/id/citation_cues.tsv``, the words that chain names in
``lang/id/citation_joiners.tsv``; the organisations in ``lang/id/news_organisations.tsv``
(agencies, broadcasters, newspapers and news sites, world-wide and Indonesian) and
``data/outlets.tsv`` (the names Indonesian outlets' pages show). A name the
lists do not know counts only right after a strong cue ("melansir Sky News"),
since "menurut", "kepada" or "melalui" before an unknown name are ordinary
words. A media name with no cue (a photo credit "Foto: AFP", a story about CNN
itself) is not a citation.

The ``telisik_citations`` component writes ``doc._.citations`` (one
``records.quotes.Citation`` per cited mention, ``text == doc.text[start:end]``),
``doc.spans["citations"]`` (the same stretches, labelled with the source) and
``doc._.cited_names`` (each mention's name and cue offsets, which the quote
component reads).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from typing import Any

import regex
from spacy.language import Language
from spacy.tokens import Doc, SpanGroup

from telisik.lang import lower_word_list, table, word_list
from telisik.nlp.component_data import SavedData
from telisik.nlp.doc import doc_text
from telisik.records.quotes import Citation
from telisik.text import medium_key

if not Doc.has_extension("citations"):
    Doc.set_extension("citations", default=None)
if not Doc.has_extension("cited_names"):
    Doc.set_extension("cited_names", default=None)

_NAME_CHARS = r"[\w.&'’-]"
# The stretch between a cue and a name never crosses a sentence end, a quotation mark or a colon.
_BARRIER = re.compile(r"[.!?;:\"“”«»\n]")
_CAPITALISED_RUN = re.compile(rf"(?:The\s+)?[A-Z]{_NAME_CHARS}*(?:\s+(?:of\s+|de\s+)?[A-Z0-9]{_NAME_CHARS}*){{0,3}}")
# capitalised words right before a name, as the head of a longer one: "Xiaomi " of "Xiaomi Time"
_NAME_HEAD = re.compile(rf"(?<![\w.])(?:[A-Z]{_NAME_CHARS}*\s)+$")
_INITIAL = re.compile(r"(?<![\w.])[A-Z]$")
_SOURCE_LINE = re.compile(r"^\s*[a-z]{1,4}(?:/[a-z]{1,4})+\s*\((?P<sources>[^()]+)\)\s*$")


# --------------------------------------------------------------------------- media names


def _data_rows(name: str) -> list[list[str]]:
    text = resources.files("telisik.data").joinpath(name).read_text(encoding="utf-8")
    return [ln.split("\t") for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


_ARTICLE = re.compile(r"[Tt]he\s")


def _strip_the(name: str) -> str:
    return re.sub(r"^[Tt]he\s+", "", name.strip())


def _aliases(column: str) -> tuple[str, ...]:
    return tuple(a.strip() for a in column.split(",") if a.strip())


def news_organisations(media_file: str = "news_organisations.tsv", lang: str = "id") -> list[tuple[str, tuple[str, ...]]]:
    """(name, aliases) of each news organisation in ``lang/<lang>/<media_file>`` (name, kind, comma-separated aliases)."""
    return organisations_of(table(lang, media_file))


def organisations_of(rows: Iterable[Sequence[str]]) -> list[tuple[str, tuple[str, ...]]]:
    """(name, aliases) of each row of ``news_organisations.tsv`` (name, kind, comma-separated aliases)."""
    return [(row[0], _aliases(row[2]) if len(row) > 2 else ()) for row in rows]


@dataclass(frozen=True)
class MediaNames:
    """Every written form of a known news organisation -> its canonical name."""

    names: dict[str, str]

    @classmethod
    def read(cls, media_file: str = "news_organisations.tsv", outlets_file: str = "outlets.tsv") -> MediaNames:
        """``media_file`` of ``lang/id`` (name, kind, aliases) and ``outlets_file`` of ``telisik/data`` (host, name, aliases)."""
        # Indonesian outlets' page names first, so that the world list wins a clash ("DW", "VOA")
        rows = [(cols[1].strip(), _aliases(cols[2]) if len(cols) > 2 else ()) for cols in _data_rows(outlets_file)]
        rows += news_organisations(media_file)
        names: dict[str, str] = {}
        for canonical, aliases in rows:
            for form in (canonical, *aliases):
                if len(form) >= 2:
                    names[form] = canonical
        return cls(names)

    def canonical(self, name: str) -> str | None:
        """The canonical name of a known news organisation written as ``name``, else None."""
        name = name.strip()
        if name in self.names:
            return self.names[name]
        bare = _strip_the(name)
        if bare != name:
            return self.names.get("The " + bare) or self.names.get(bare)
        return None

    @cached_property
    def regex(self) -> regex.Pattern[str]:
        """Any written form, the longest that ends at a word's end ("Kompas TV" before "Kompas").

        Case-sensitive so that "AP" is not "ap" and "Time" is not "time". A form
        written with its article needs it ("The Athletic": "Athletic Bilbao" is a
        club); one written without may take it ("the Guardian"). The forms are
        forms are written as a trie (``trie_alternation``): a plain alternation of 800
        forms was tried form by form at every word, and ``regex``'s named lists look up
        every length of text at every position; a trie fails at a word's first letter
        that opens no name, and tries the longer form first as both did.
        """
        with_article = [_strip_the(f) for f in self.names if _ARTICLE.match(f)]
        bare = [f for f in self.names if not _ARTICLE.match(f)]
        return regex.compile(
            rf"(?<![\w-])(?P<name>[Tt]he\s+{trie_alternation(with_article)}|(?:[Tt]he\s+)?{trie_alternation(bare)})(?![\w-])"
        )


def trie_alternation(forms: Iterable[str]) -> str:
    """A regex group matching any of ``forms`` (literally, case as written), the longest first where one
    form starts another ("Kompas TV" before "Kompas"), with backtracking to the shorter: the forms'
    trie, one branch for each next letter. ``(?!)`` (nothing) for no forms."""
    trie: dict[str, Any] = {}
    for form in forms:
        node = trie
        for char in form:
            node = node.setdefault(char, {})
        node[""] = {}  # a form ends here
    return f"(?:{_trie_branches(trie)})" if trie else "(?!)"


def _trie_branches(node: dict[str, Any]) -> str:
    """The regex of a trie node: each next letter and its subtree, made optional where a form ends here
    (greedy: the longer form is tried first)."""
    branches = [regex.escape(char) + _trie_branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


# --------------------------------------------------------------------------- cues and the lexicon


@dataclass(frozen=True)
class Cue:
    pattern: re.Pattern[str]
    strong: bool
    before: bool
    max_gap: int


@dataclass(frozen=True)
class CitationLexicon:
    """What the citation finder reads: media names, cue rows, joiners and the words that are no source."""

    media: MediaNames
    cue_rows: tuple[tuple[str, ...], ...]  # pattern, strength, side[, most words between cue and name]
    joiners: tuple[str, ...]  # may join a chain of names: "Reuters dan CNN", "A dari B", "(KCNA)"
    seconds: tuple[str, ...]  # may follow a joiner (", dan CNN"); they also separate a source line's list
    not_a_source: frozenset[str]
    default_max_gap: int = 5
    # a word anywhere in a name that makes it an institution or a firm, not media: "National Institute of ...
    # Health", "Universitas Pendidikan Indonesia (UPI)", "Mitsubishi Motors"
    not_in_name: frozenset[str] = frozenset()
    # media names that are ordinary words too ("Time", "Insider"): written after other capitalised words they end
    # another name ("Menurut laporan Xiaomi Time" cites the site Xiaomi Time, not TIME)
    ambiguous: frozenset[str] = frozenset()

    @cached_property
    def cues(self) -> tuple[Cue, ...]:
        cues = []
        for row in self.cue_rows:
            pattern, strength, side = row[0], row[1], row[2]
            max_gap = int(row[3]) if len(row) > 3 else self.default_max_gap
            rx = re.compile(rf"(?<![\w-])(?:{pattern})(?![\w-])", re.IGNORECASE)
            cues.append(Cue(rx, strength == "strong", side == "before", max_gap))
        return tuple(cues)

    @cached_property
    def chain(self) -> re.Pattern[str]:
        joiners = "|".join(re.escape(j) for j in self.joiners)
        seconds = "|".join(re.escape(s) for s in self.seconds)
        return re.compile(rf"^\s*(?:{joiners})?\s*(?:(?:{seconds})\s+)?$", re.IGNORECASE)

    @classmethod
    def read(
        cls,
        *,
        cues_file: str,
        joiners_file: str,
        media_file: str,
        outlets_file: str,
        quote_words_file: str,
        not_sources_file: str,
        not_source_roles: Iterable[str],
        date_files: Iterable[str],
        default_max_gap: int = 5,
        not_name_words_file: str = "not_news_name_words.txt",
        ambiguous_file: str = "ambiguous_media_names.txt",
    ) -> CitationLexicon:
        """The lexicon from the files of ``lang/id`` and ``telisik/data``."""
        roles = set(not_source_roles)
        # titles, institutions and statement nouns: "dikutip dari Kementerian Luar Negeri" cites a ministry, not media
        words = {row[0] for row in table("id", quote_words_file) if row[1] in roles}
        # nor platforms and press offices: "dikutip dari YouTube ...", "dikutip dari Humas Polri"
        words |= lower_word_list("id", not_sources_file)
        for name in date_files:  # nor dates: "dikutip Jumat (20/6/2025)" cites no one
            words |= {row[0].lower() for row in table("id", name)}
        joiner_rows = table("id", joiners_file)
        return cls(
            media=MediaNames.read(media_file, outlets_file),
            cue_rows=table("id", cues_file),
            joiners=tuple(row[0] for row in joiner_rows if row[1] == "joiner"),
            seconds=tuple(row[0] for row in joiner_rows if row[1] == "second"),
            not_a_source=frozenset(words),
            default_max_gap=default_max_gap,
            not_in_name=lower_word_list("id", not_name_words_file),
            ambiguous=word_list("id", ambiguous_file),
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "media": self.media.names,
            "cue_rows": [list(row) for row in self.cue_rows],
            "joiners": list(self.joiners),
            "seconds": list(self.seconds),
            "not_a_source": sorted(self.not_a_source),
            "default_max_gap": self.default_max_gap,
            "not_in_name": sorted(self.not_in_name),
            "ambiguous": sorted(self.ambiguous),
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> CitationLexicon:
        return cls(
            media=MediaNames(dict(data["media"])),
            cue_rows=tuple(tuple(row) for row in data["cue_rows"]),
            joiners=tuple(data["joiners"]),
            seconds=tuple(data["seconds"]),
            not_a_source=frozenset(data["not_a_source"]),
            default_max_gap=int(data["default_max_gap"]),
            not_in_name=frozenset(data.get("not_in_name", ())),
            ambiguous=frozenset(data.get("ambiguous", ())),
        )


# --------------------------------------------------------------------------- finding citations


@dataclass(frozen=True)
class CitedName:
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

    def record(self, text: str) -> Citation:
        return Citation(self.source, text[self.start : self.end], self.start, self.end)


@dataclass
class _Search:
    """One text's search: the names the lists know in it, and the citations found so far by name start."""

    text: str
    lexicon: CitationLexicon
    lookback: int
    strong_gap: int
    names: list[tuple[int, int]] = field(default_factory=list)
    found: dict[int, CitedName] = field(default_factory=dict)

    def add(self, cit: CitedName) -> None:
        old = self.found.get(cit.name_start)
        # Keep the earliest cue: "Melansir dari kantor berita Rusia, Interfax" rather than "kantor berita Rusia, Interfax".
        if old is None or cit.cue_start < old.cue_start:
            self.found[cit.name_start] = cit

    def media_at(self, start: int, end: int) -> list[regex.Match[str]]:
        return list(self.lexicon.media.regex.finditer(self.text, start, end))


def find_citations(text: str, lexicon: CitationLexicon, lookback: int = 80, strong_gap: int = 1) -> list[CitedName]:
    """The cited organisations in ``text``, in text order, one per cited mention.

    ``lookback``: how many characters before a cue that follows its organisation
    ("Reuters melaporkan") are searched; ``strong_gap``: the most spaces between
    a strong cue and an unknown name it cites.
    """
    search = _Search(text, lexicon, lookback, strong_gap)
    search.names = [(m.start(), m.end()) for m in lexicon.media.regex.finditer(text)]
    for cue in lexicon.cues:
        for cm in cue.pattern.finditer(text):
            if any(s <= cm.start() < e for s, e in search.names):
                continue  # "Kantor Berita" inside "Kantor Berita Pusat Korea Utara" is part of the name
            if cue.before:
                _cited_after(search, cue, cm)
            else:
                _cited_before(search, cue, cm)
    own = _dateline_medium(text)
    found = search.found.values()
    cited = [c for c in found if not own or own not in (medium_key(c.source), medium_key(text[c.name_start : c.name_end]))]
    return sorted(cited, key=lambda c: c.name_start)


# a page's own dateline: "TRIBUNPEKANBARU.COM, PEKANBARU -", "POS-KUPANG.COM -"
_DATELINE_MEDIUM = re.compile(r"\s*(?P<medium>[A-Z][\w-]*(?:\.[A-Za-z]{2,3}){1,2})\s*(?:,[^\n,]{0,40})?\s*[-–—]")


def _dateline_medium(text: str) -> str | None:
    """The medium whose dateline opens the text: its own newsroom, named again in "ujar X kepada Tribunpekanbaru.com"."""
    found = _DATELINE_MEDIUM.match(text)
    return medium_key(found["medium"]) if found else None


def _limit(text: str, pos: int) -> int:
    """Where the stretch after a cue ends: the next sentence end, quotation mark or colon."""
    for barrier in _BARRIER.finditer(text, pos):
        # a full stop inside a name ("Kompas.com") or a number is not a sentence end
        if text[barrier.start()] == "." and barrier.end() < len(text) and text[barrier.end()].isalnum():
            continue
        if text[barrier.start()] == "." and _INITIAL.search(text, max(0, barrier.start() - 2), barrier.start()):
            continue  # an initial's full stop ("U. Today", "George W. Bush") ends no sentence
        return barrier.start()
    return len(text)


def _chain_after(search: _Search, first: regex.Match[str], limit: int) -> list[regex.Match[str]]:
    """The organisations joined to ``first`` by "dan", "dari", ",": "Reuters dan CNN", "A dari B"."""
    chain = [first]
    pos = first.end()
    for m in search.media_at(pos, limit):
        if not search.lexicon.chain.match(search.text[pos : m.start()]):
            break
        chain.append(m)
        pos = m.end()
    return chain


def _unknown_name(search: _Search, cue: Cue, cm: re.Match[str], limit: int) -> re.Match[str] | None:
    """A capitalised run right after a strong cue ("melansir Sky News"), not a title, an institution or a date."""
    text = search.text
    stretch = text[cm.end() : limit]
    pos = cm.end() + len(stretch) - len(stretch.lstrip(" \u00a0"))
    if not cue.strong or pos > cm.end() + search.strong_gap:
        return None
    run = _CAPITALISED_RUN.match(text, pos, limit)
    if run and (not _strip_the(run.group(0)) or _strip_the(run.group(0)).split()[0].lower() in search.lexicon.not_a_source):
        return None
    if run and _names_an_institution(search.lexicon, run.group(0)):
        return None
    return _cut_at_not_a_name(search, run) if run else None


def _cut_at_not_a_name(search: _Search, run: re.Match[str]) -> re.Match[str]:
    """The run up to the first later word that is no part of a medium's name: "Dilansir dari Sehat Negeriku Senin"
    cites "Sehat Negeriku", the weekday is the date of the quoting."""
    words = list(re.finditer(r"\S+", run.group(0)))
    for word in words[1:]:
        if word.group(0).lower().strip(".,()") in search.lexicon.not_a_source:
            name = run.group(0)[: word.start()].rstrip()
            return _WHOLE_SPAN.match(search.text, run.start(), run.start() + len(name)) or run
    return run


# matches all of the span it is given: the match of a run cut short, without compiling a pattern per cut
_WHOLE_SPAN = re.compile(r"[\s\S]+")


def _names_an_institution(lexicon: CitationLexicon, words: str) -> bool:
    """Whether a word of ``words`` makes a name an institution or a firm ("National Institute of ...")."""
    return any(w.lower().strip(".,()") in lexicon.not_in_name for w in words.split())


def _abbreviates_an_institution(search: _Search, stretch_start: int, media: regex.Match[str]) -> bool:
    """Whether a known name is the bracketed short form of the institution before it: "Universitas Pendidikan
    Indonesia (UPI)" is a university, not United Press International."""
    before = search.text[stretch_start : media.start()]
    return before.rstrip().endswith("(") and _names_an_institution(search.lexicon, before)


def _cited_after(search: _Search, cue: Cue, cm: re.Match[str]) -> None:
    """The organisations after a cue: "melansir Reuters", "melansir A dari B", "lapor Kathimerini"."""
    text = search.text
    limit = _limit(text, cm.end())
    media = search.media_at(cm.end(), limit)
    run = _unknown_name(search, cue, cm, limit)
    if run and media and media[0].start() >= run.end():
        media = []  # "Melansir CNBC International, ... Nikkei": the name right after a strong cue is the source
    if media and _abbreviates_an_institution(search, cm.end(), media[0]):
        media = []
    if media and len(text[cm.end() : media[0].start()].split()) <= cue.max_gap:
        sources: set[str] = set()
        for m in _chain_after(search, media[0], limit):
            if longer := _longer_name(search, cm.end(), m):
                search.add(CitedName(longer.group(0), longer.start(), longer.end(), cm.start(), cm.end(), False))
                continue
            source = search.lexicon.media.canonical(m["name"]) or m["name"]
            # "Kantor Berita Pusat Korea Utara (KCNA)" is one organisation, not two
            if source not in sources:
                sources.add(source)
                search.add(CitedName(source, m.start(), m.end(), cm.start(), cm.end(), True))
        return
    if run and not run.group(0).strip().isdigit():
        search.add(CitedName(run.group(0).strip(), run.start(), run.end(), cm.start(), cm.end(), False))


def _longer_name(search: _Search, stretch_start: int, media: regex.Match[str]) -> re.Match[str] | None:
    """The longer name an ordinary-word media name ends: "Xiaomi Time" (a site), not TIME."""
    if media["name"] not in search.lexicon.ambiguous:
        return None
    head = _NAME_HEAD.search(search.text, stretch_start, media.start())
    if not head or head.group(0).split()[0].lower() in search.lexicon.not_a_source:
        return None
    return re.compile(re.escape(head.group(0)) + re.escape(media["name"])).match(search.text, head.start(), media.end())


def _cited_before(search: _Search, cue: Cue, cm: re.Match[str]) -> None:
    """The organisation just before a cue that follows it: "Reuters melaporkan", "Interfax, juga melaporkan"."""
    text = search.text
    before = search.media_at(max(0, cm.start() - search.lookback), cm.start())
    if not before:
        return
    m = before[-1]
    gap = text[m.end() : cm.start()]
    if not _BARRIER.search(gap) and len(gap.replace(",", " ").split()) <= cue.max_gap:
        search.add(CitedName(search.lexicon.media.canonical(m["name"]) or m["name"], m.start(), m.end(), cm.start(), cm.end(), True))


# --------------------------------------------------------------------------- source lines


def source_line_records(lines: list[str], media: MediaNames | None = None, joiners_file: str = "citation_joiners.tsv") -> list[Citation]:
    """Agencies credited in a source line the cleaner removed from the body: DW's "kp/rs (AP, AFP, Reuters)".

    The body offsets do not apply, so ``start`` and ``end`` are None, and ``in_`` is
    "removed". ``media``: the names to know (by default ``lang/id/news_organisations.tsv`` and ``data/outlets.tsv``);
    both files are read only when a line is a source line, which few articles have.
    """
    out: list[Citation] = []
    for line in lines:
        m = _SOURCE_LINE.match(line)
        if not m:
            continue
        media = media or MediaNames.read()
        words = [row[0] for row in table("id", joiners_file) if row[1] == "list"]
        split = re.compile("|".join([",", *(rf"\b{re.escape(word)}\b" for word in words), "/"]))
        for part in split.split(m["sources"]):
            source = media.canonical(part.strip())
            if source and all(c.source != source for c in out):
                out.append(Citation(source, line.strip(), None, None, in_="removed"))
    return out


# --------------------------------------------------------------------------- the component


class CitationFinder(SavedData):
    """Fills ``doc._.citations``, ``doc._.cited_names`` and ``doc.spans[spans_key]``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "telisik_citations",
        *,
        cues: str = "citation_cues.tsv",
        joiners: str = "citation_joiners.tsv",
        media: str = "news_organisations.tsv",
        outlets: str = "outlets.tsv",
        quote_words: str = "quote_words.tsv",
        not_sources: str = "not_news_sources.txt",
        not_source_roles: Iterable[str] = ("title", "institution", "statement"),
        date_words: Iterable[str] = ("weekdays.tsv", "months.tsv"),
        default_max_gap: int = 5,
        lookback_chars: int = 80,
        strong_gap_chars: int = 1,
        spans_key: str = "citations",
    ):
        """File names are of ``lang/id`` (cues, joiners, quote words, dates, news organisations) and ``telisik/data`` (outlets)."""
        self.name = name
        self.files: dict[str, Any] = {
            "cues_file": cues,
            "joiners_file": joiners,
            "media_file": media,
            "outlets_file": outlets,
            "quote_words_file": quote_words,
            "not_sources_file": not_sources,
            "not_source_roles": list(not_source_roles),
            "date_files": list(date_words),
            "default_max_gap": default_max_gap,
        }
        self.lookback_chars = lookback_chars
        self.strong_gap_chars = strong_gap_chars
        self.spans_key = spans_key
        self._lexicon: CitationLexicon | None = None

    @property
    def lexicon(self) -> CitationLexicon:
        """The lexicon restored by ``from_disk``, else read from the package's files on first use."""
        if self._lexicon is None:
            self._lexicon = CitationLexicon.read(**self.files)
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        cited = find_citations(text, self.lexicon, self.lookback_chars, self.strong_gap_chars)
        doc._.cited_names = cited
        doc._.citations = [c.record(text) for c in cited]
        spans = [doc.char_span(c.start, c.end, label=c.source, alignment_mode="expand") for c in cited]
        doc.spans[self.spans_key] = SpanGroup(doc, name=self.spans_key, spans=[s for s in spans if s is not None])
        return doc

    def _data(self) -> dict[str, Any]:
        """The lexicon (media names, cues, joiners, words that are no source) and the settings."""
        settings = {"lookback_chars": self.lookback_chars, "strong_gap_chars": self.strong_gap_chars, "spans_key": self.spans_key}
        return {"lexicon": self.lexicon.to_json(), "cfg": settings}

    def _restore(self, data: dict[str, Any]) -> None:
        if "lexicon" in data:
            self._lexicon = CitationLexicon.from_json(data["lexicon"])
        if "cfg" in data:
            self.lookback_chars = int(data["cfg"]["lookback_chars"])
            self.strong_gap_chars = int(data["cfg"]["strong_gap_chars"])
            self.spans_key = str(data["cfg"]["spans_key"])


@Language.factory(
    "telisik_citations",
    default_config={
        "cues": "citation_cues.tsv",
        "joiners": "citation_joiners.tsv",
        "media": "news_organisations.tsv",
        "outlets": "outlets.tsv",
        "quote_words": "quote_words.tsv",
        "not_sources": "not_news_sources.txt",
        "not_source_roles": ["title", "institution", "statement"],
        "date_words": ["weekdays.tsv", "months.tsv"],
        "default_max_gap": 5,
        "lookback_chars": 80,
        "strong_gap_chars": 1,
        "spans_key": "citations",
    },
    assigns=["doc._.citations", "doc._.cited_names", "doc.spans"],
)
def make_finder(
    nlp: Language,
    name: str,
    cues: str,
    joiners: str,
    media: str,
    outlets: str,
    quote_words: str,
    not_sources: str,
    not_source_roles: list[str],
    date_words: list[str],
    default_max_gap: int,
    lookback_chars: int,
    strong_gap_chars: int,
    spans_key: str,
) -> CitationFinder:
    return CitationFinder(
        nlp,
        name,
        cues=cues,
        joiners=joiners,
        media=media,
        outlets=outlets,
        quote_words=quote_words,
        not_sources=not_sources,
        not_source_roles=not_source_roles,
        date_words=date_words,
        default_max_gap=default_max_gap,
        lookback_chars=lookback_chars,
        strong_gap_chars=strong_gap_chars,
        spans_key=spans_key,
    )
