"""Named entities: the trained NER, a gazetteer with title stripping, and alias linking.

Three pipes, added by ``add_entity_pipes`` after the time expressions:

- ``ner``: the CPU model shipped in ``models/ner_id`` (trained by
  ``telisik.nlp.train_ner``; PER, ORG, LOC), sourced with its own tok2vec.
- ``telisik_gazetteer`` (``EntityGazetteer``): names the model may never have
  seen (countries from pycountry's Indonesian names plus ``lang/id/countries.tsv``,
  capitals, international organisations, government seats, news organisations,
  heads of state from ``lang/id/gazetteer.tsv``). It merges them with the model's
  spans, strips titles ("Presiden", "Menteri Pertahanan", "juru bicara"; from
  ``lang/id/titles.txt``), drops what is not a name (named events, dates, bare
  compass points) and sets ``doc.ents``. Gazetteer spans carry the canonical
  name in ``kb_id_``.
- ``telisik_entities`` (``EntityClusterer``): groups the mentions of one entity
  inside the article ("Kim Jong Un" = "Kim Jong-un" = "Kim"; "Amerika Serikat" =
  "AS"; "Kantor Berita Pusat Korea Utara (KCNA)") and writes ``doc._.entities``:
  a list of ``records.entities.Entity`` (``global_id`` None) whose mentions have
  character offsets into ``doc.text``.

Both components read their language data (``EntityLexicon``) from the files
their config names, and save it with the pipeline (``to_disk``), so a saved
pipeline loads with ``spacy.load`` without the package's files.

``entity_keys``, ``same_entities`` and ``entity_name`` say which article
entities are one; ``collection.linking.EntityLinker`` links a collection's
articles with them.
"""

from __future__ import annotations

import gettext
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import spacy
import srsly
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans
from spacy.util import from_disk as util_from_disk
from spacy.util import to_disk as util_to_disk

from telisik.lang import lower_word_list, table, word_list
from telisik.records.entities import Entity, Mention
from telisik.text import name_key

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner_id"
TYPES = ("PER", "ORG", "LOC")

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


# ---------------------------------------------------------------- names


def _words(text: str) -> list[str]:
    return name_key(text).split()


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in text


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w[:1].isupper())


class UnionFind:
    """Disjoint sets over 0, 1, 2, ...: a set's root is always its smallest member."""

    def __init__(self, size: int = 0):
        self.parent = list(range(size))

    def add(self) -> int:
        """A new one-member set; its member."""
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> tuple[int, int] | None:
        """Join the sets of i and j; (kept root, absorbed root), None when they were one."""
        a, b = self.find(i), self.find(j)
        if a == b:
            return None
        keep, gone = min(a, b), max(a, b)
        self.parent[gone] = keep
        return keep, gone


# ---------------------------------------------------------------- language data


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class LexiconFiles:
    """Where the entity components' language data is: file names under ``telisik/lang/<lang>/``."""

    lang: str = "id"
    gazetteer: str = "gazetteer.tsv"
    countries: str = "countries.tsv"
    titles: str = "titles.txt"
    portfolio_titles: str = "portfolio_titles.txt"
    event_heads: str = "event_heads.txt"
    name_heads: str = "name_heads.tsv"
    calendar: tuple[str, ...] = ("weekdays.tsv", "months.tsv")
    connectors: str = "name_connectors.txt"
    common_words: str = "common_words.txt"
    org_place_words: str = "org_place_words.txt"
    not_entities: str = "not_entities.txt"
    # countries and Indonesia's provinces also from pycountry's Indonesian names
    pycountry: bool = True

    @classmethod
    def of(cls, config: Mapping[str, Any]) -> LexiconFiles:
        """From a component's ``files`` config (lists as tuples)."""
        values: dict[str, Any] = {k: tuple(v) if isinstance(v, list) else v for k, v in config.items()}
        return cls(**values)

    def as_config(self) -> dict[str, Any]:
        return {k: list(v) if isinstance(v, tuple) else v for k, v in self.__dict__.items()}


def _split_aliases(row: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(a.strip() for a in row[2].split("|")) if len(row) > 2 else ()


def _gazetteer_entry(row: tuple[str, ...]) -> GazetteerEntry:
    return GazetteerEntry(row[0], row[1], tuple(a for a in _split_aliases(row) if a))


def _pycountry_countries(overrides: Mapping[str, tuple[str, ...]]) -> tuple[list[GazetteerEntry], set[str]]:
    """pycountry's countries under their Indonesian names (or the override file's), and their codes."""
    try:
        import pycountry

        translation: gettext.NullTranslations = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
        countries = list(pycountry.countries)
    except (ImportError, OSError):  # pragma: no cover - pycountry is a dependency; the override file still works
        translation, countries = gettext.NullTranslations(), []
    out: list[GazetteerEntry] = []
    seen: set[str] = set()
    for country in countries:
        seen.add(country.alpha_2)
        # "Iran, Republik Islam" -> "Iran"; "Taiwan, Provinsi China" -> "Taiwan"
        indonesian = translation.gettext(country.name).split(",")[0].strip()
        forms = [indonesian]
        for attr in ("common_name", "name"):
            english = getattr(country, attr, None)
            if english and "," not in english:
                forms.append(english)
        row = overrides.get(country.alpha_2)
        name = row[1] if row else indonesian
        forms += [a.strip() for a in row[2].split("|")] if row and len(row) > 2 else []
        out.append(GazetteerEntry(name, "LOC", tuple(dict.fromkeys(f for f in forms if f and f != name))))
    return out, seen


def _provinces() -> list[GazetteerEntry]:
    """Indonesia's provinces, in their Indonesian names."""
    try:
        import pycountry

        subdivisions = pycountry.subdivisions.get(country_code="ID") or []
        return [GazetteerEntry(sub.name, "LOC", ()) for sub in subdivisions if sub.type == "Province"]
    except (ImportError, LookupError):  # pragma: no cover
        return []


def _country_entries(files: LexiconFiles) -> list[GazetteerEntry]:
    """Countries (pycountry's, overridden and extended by the countries file) and Indonesia's provinces."""
    overrides = {row[0]: row for row in table(files.lang, files.countries)}
    out, seen = _pycountry_countries(overrides) if files.pycountry else ([], set())
    out += [GazetteerEntry(row[1], "LOC", _split_aliases(row)) for code, row in overrides.items() if code not in seen]
    return out + (_provinces() if files.pycountry else [])


@dataclass
class EntityLexicon:
    """The language data of the entity components, as read from their files, and what is derived from it."""

    countries: tuple[GazetteerEntry, ...]
    others: tuple[GazetteerEntry, ...]  # the gazetteer file's entries
    title_words: frozenset[str]
    portfolio_titles: frozenset[str]
    event_heads: frozenset[str]
    name_heads: dict[str, str]  # head word(s) -> type, in file order
    optional_heads: dict[str, str]  # lower-case head a place's name may drop -> "optional" or "unless-known"
    calendar_words: frozenset[str]
    connectors: frozenset[str]
    common_words: frozenset[str]
    org_place_words: frozenset[str]
    not_entities: frozenset[str]  # as written; ``not_entity_keys`` folded

    entries: tuple[GazetteerEntry, ...] = field(init=False)
    alias_index: dict[str, GazetteerEntry] = field(init=False)
    titles: tuple[tuple[str, ...], ...] = field(init=False)
    titles_by_first: dict[str, tuple[tuple[str, ...], ...]] = field(init=False)
    title_set: frozenset[tuple[str, ...]] = field(init=False)
    lower_heads: frozenset[str] = field(init=False)
    lower_head_types: dict[str, str] = field(init=False)
    head_first_words: frozenset[str] = field(init=False)
    not_entity_keys: frozenset[str] = field(init=False)
    country_names: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        self.entries = (*self.countries, *self.others)
        self.alias_index = _alias_index(self.entries)
        # longest first, so "Menteri Pertahanan" wins over "Menteri"
        self.titles = tuple(sorted({tuple(t.lower().split()) for t in self.title_words}, key=lambda t: (-len(t), t)))
        by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for title in self.titles:
            by_first[title[0]].append(title)
        self.titles_by_first = {k: tuple(v) for k, v in by_first.items()}
        self.title_set = frozenset(self.titles)
        self.lower_heads = frozenset(h.lower() for h in self.name_heads)
        self.lower_head_types = {h.lower(): t for h, t in self.name_heads.items()}
        firsts = {h.split()[0] for h in self.name_heads}
        self.head_first_words = frozenset(firsts | {w.lower() for w in firsts})
        self.not_entity_keys = frozenset(name_key(w) for w in self.not_entities)
        self.country_names = frozenset(n for e in self.countries for n in (e.name, *e.aliases))

    @classmethod
    def from_files(cls, files: LexiconFiles) -> EntityLexicon:
        lang = files.lang
        heads = table(lang, files.name_heads)
        return cls(
            countries=tuple(_country_entries(files)),
            others=tuple(_gazetteer_entry(row) for row in table(lang, files.gazetteer)),
            title_words=word_list(lang, files.titles),
            portfolio_titles=lower_word_list(lang, files.portfolio_titles),
            event_heads=lower_word_list(lang, files.event_heads),
            name_heads={row[0]: row[1] for row in heads},
            optional_heads={row[0].lower(): row[2] for row in heads if len(row) > 2 and row[2]},
            calendar_words=frozenset(row[0] for name in files.calendar for row in table(lang, name)),
            connectors=word_list(lang, files.connectors),
            common_words=lower_word_list(lang, files.common_words),
            org_place_words=lower_word_list(lang, files.org_place_words),
            not_entities=word_list(lang, files.not_entities),
        )

    def to_json(self) -> dict[str, Any]:
        """The data as JSON (sets sorted), for ``from_json``."""

        def entries(items: Iterable[GazetteerEntry]) -> list[list[Any]]:
            return [[e.name, e.type, list(e.aliases)] for e in items]

        return {
            "countries": entries(self.countries),
            "others": entries(self.others),
            "name_heads": [[k, v] for k, v in self.name_heads.items()],
            "optional_heads": [[k, v] for k, v in self.optional_heads.items()],
            **{name: sorted(getattr(self, name)) for name in _WORD_SETS},
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> EntityLexicon:
        def entries(rows: Iterable[list[Any]]) -> tuple[GazetteerEntry, ...]:
            return tuple(GazetteerEntry(name, typ, tuple(aliases)) for name, typ, aliases in rows)

        return cls(
            countries=entries(data["countries"]),
            others=entries(data["others"]),
            name_heads={k: v for k, v in data["name_heads"]},
            optional_heads={k: v for k, v in data["optional_heads"]},
            **{name: frozenset(data[name]) for name in _WORD_SETS},
        )

    # -- questions about words and tokens

    def title_at(self, doc: Doc, i: int) -> int:
        """Length in tokens of the title starting at token i (0 if none)."""
        for title in self.titles_by_first.get(doc[i].lower_, ()):
            n = len(title)
            if tuple(t.lower_ for t in doc[i : i + n]) == title:
                return n
        return 0

    def head_at(self, doc: Doc, i: int, lower: bool = False) -> tuple[str, int]:
        """(type, length) of a name head word at token i, ("", 0) if none; lower-case heads only when ``lower``."""
        heads = self.name_heads
        lower_heads = self.lower_head_types if lower else None
        first = doc[i].text
        if first not in heads and first.lower() not in (lower_heads or ()) and first not in self.head_first_words:
            return "", 0
        for k in (2, 1):
            if i + k > len(doc):
                continue
            words = " ".join(t.text for t in doc[i : i + k])
            if words in heads:
                return heads[words], k
            if lower_heads is not None and words.islower() and words in lower_heads:
                return lower_heads[words], k
        return "", 0

    def name_word(self, text: str) -> bool:
        """A capitalised uncommon word that is no head, title or gazetteer name."""
        low = text.lower()
        return (
            _capitalised(text)
            and all(c.isalpha() or c in "-'’." for c in text)
            and low not in self.common_words
            and low not in self.lower_heads
            and (low,) not in self.title_set
            and name_key(text) not in self.alias_index
        )

    def person_word(self, text: str) -> bool:
        """A word that can be part of a person's name: uncommon, capitalised, not an
        acronym ("WNI", "BI"), not an organisation or place word."""
        return self.name_word(text) and not (len(text) > 1 and text.isupper()) and text.lower() not in self.org_place_words

    def looks_like_person(self, span: Span) -> bool:
        return all(self.person_word(t.text) for t in span)

    def before_person(self, doc: Doc, first: int, end: int) -> int:
        """Where an organisation name ends when a person's name runs on after it
        ("Dewan Keamanan Nasional Adrienne Watson"): before a final run of two or
        more uncommon capitalised words, if common words came first."""
        k = end
        while k > first and self.person_word(doc[k - 1].text):
            k -= 1
        if end - k >= 2 and k > first:
            return k
        return end


_WORD_SETS = (
    "title_words",
    "portfolio_titles",
    "event_heads",
    "calendar_words",
    "connectors",
    "common_words",
    "org_place_words",
    "not_entities",
)


def _alias_index(entries: Iterable[GazetteerEntry]) -> dict[str, GazetteerEntry]:
    """Folded name or alias -> entry. An alias two entries share is left out, as ambiguous."""
    index: dict[str, GazetteerEntry] = {}
    clash: set[str] = set()
    for entry in entries:
        for form in (entry.name, *entry.aliases):
            key = name_key(form)
            if not key:
                continue
            if key in index and index[key].name != entry.name:
                clash.add(key)
            index.setdefault(key, entry)
    for key in clash:
        del index[key]
    return index


@lru_cache(maxsize=8)
def load_lexicon(files: LexiconFiles) -> EntityLexicon:
    """The lexicon the files hold; memoised, as both entity components (and every pipeline built) read the same."""
    return EntityLexicon.from_files(files)


def default_lexicon() -> EntityLexicon:
    """The package's lexicon, for what links entities outside a pipeline (across articles, the stories)."""
    return load_lexicon(LexiconFiles())


def country_names() -> frozenset[str]:
    """Every name and alias of a country (and of Indonesia's provinces), as written."""
    return default_lexicon().country_names


# ---------------------------------------------------------------- components' shared part


class _LexiconComponent:
    """A component whose data is an ``EntityLexicon`` (loaded from ``cfg["files"]`` when first needed,
    or restored by ``from_disk``) and its settings ``cfg``."""

    def __init__(self, nlp: Language, name: str, cfg: dict[str, Any]):
        self.nlp = nlp
        self.name = name
        self.cfg = cfg
        self._lexicon: EntityLexicon | None = None

    @property
    def lexicon(self) -> EntityLexicon:
        if self._lexicon is None:
            self.set_lexicon(load_lexicon(LexiconFiles.of(self.cfg["files"])))
        assert self._lexicon is not None
        return self._lexicon

    def set_lexicon(self, lexicon: EntityLexicon) -> None:
        self._lexicon = lexicon

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        data: bytes = srsly.msgpack_dumps({"cfg": self.cfg, "lexicon": self.lexicon.to_json()})
        return data

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> _LexiconComponent:
        msg = srsly.msgpack_loads(data)
        self.cfg = msg["cfg"]
        self.set_lexicon(EntityLexicon.from_json(msg["lexicon"]))
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        serializers = {
            "cfg": lambda p: srsly.write_json(p, self.cfg),
            "lexicon": lambda p: srsly.write_json(p.with_suffix(".json"), self.lexicon.to_json()),
        }
        util_to_disk(path, serializers, exclude)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> _LexiconComponent:
        loaded: dict[str, Any] = {}
        deserializers = {
            "cfg": lambda p: loaded.update(cfg=srsly.read_json(p)),
            "lexicon": lambda p: loaded.update(lexicon=srsly.read_json(p.with_suffix(".json"))),
        }
        util_from_disk(path, deserializers, exclude)
        if "cfg" in loaded:
            self.cfg = loaded["cfg"]
        if "lexicon" in loaded:
            self.set_lexicon(EntityLexicon.from_json(loaded["lexicon"]))
        return self


_FILES = LexiconFiles().as_config()


# ---------------------------------------------------------------- gazetteer and clean-up component


_DOMAIN = re.compile(r"\w\.(com|co\.id|id|net|org|tv)\b", re.IGNORECASE)
_DATELINE_END = {"-", "\u2013", "\u2014", ","}
_EDGE_PUNCT = set("\"'“”‘’()[]«»,.:;!?-–—/|")


@dataclass
class _GazetteerPass:
    """What the gazetteer component's passes over one Doc share."""

    doc: Doc
    lex: EntityLexicon
    cased: bool
    timex: list[tuple[int, int]]
    gaz: list[Span] = field(default_factory=list)
    gaz_starts: frozenset[int] = frozenset()
    model: list[Span] = field(default_factory=list)
    titled: set[int] = field(default_factory=set)


class EntityGazetteer(_LexiconComponent):
    """Merges gazetteer matches with the model's spans and cleans them into ``doc.ents``."""

    def __init__(self, nlp: Language, name: str = "telisik_gazetteer", *, files: dict[str, Any], cased_share: float, max_person_words: int):
        super().__init__(nlp, name, {"files": dict(files), "cased_share": cased_share, "max_person_words": max_person_words})
        self._matchers: tuple[PhraseMatcher, PhraseMatcher, dict[str, GazetteerEntry]] | None = None

    def set_lexicon(self, lexicon: EntityLexicon) -> None:
        super().set_lexicon(lexicon)
        self._matchers = None

    def matchers(self) -> tuple[PhraseMatcher, PhraseMatcher, dict[str, GazetteerEntry]]:
        """The phrase matchers of the gazetteer (as written, and multi-word names in lower case) and their entries by key."""
        if self._matchers is None:
            self._matchers = _build_matchers(self.nlp, self.lexicon)
        return self._matchers

    def __call__(self, doc: Doc) -> Doc:
        lex = self.lexicon
        timex = [(s.start_char, s.end_char) for s in doc.spans.get("timexes", [])] if "timexes" in doc.spans else []
        state = _GazetteerPass(doc, lex, _is_cased(doc, self.cfg["cased_share"]), timex)
        self._find_names(state)
        for ent in _model_candidates(doc, state.cased):
            _take_model_span(state, ent)
        model = state.model
        if state.cased:
            # on equal spans the head word's type wins over the model's ("Universitas ..." is an ORG)
            model = _split_headed(lex, filter_spans(_headed_names(lex, doc, model, state.gaz) + model))
        ents = _merge(model, state.gaz, state.cased, state.titled)
        if state.cased:
            ents = _titled_persons(lex, doc, ents, self.cfg["max_person_words"])
        doc.ents = ents
        return doc

    def _find_names(self, state: _GazetteerPass) -> None:
        matcher, lower_matcher, entry_of = self.matchers()
        doc = state.doc
        gaz: list[Span] = []
        for match_id, start, end in [*matcher(doc), *lower_matcher(doc)]:
            entry = entry_of[doc.vocab.strings[match_id]]
            gaz.append(Span(doc, start, end, label=entry.type, kb_id=entry.name))
        # longest gazetteer matches first ("Dewan Keamanan PBB" over "PBB")
        state.gaz = [g for g in filter_spans(gaz) if not any(g.start_char < e and s < g.end_char for s, e in state.timex)]
        state.gaz_starts = frozenset(g.start for g in state.gaz)


def _build_matchers(nlp: Language, lexicon: EntityLexicon) -> tuple[PhraseMatcher, PhraseMatcher, dict[str, GazetteerEntry]]:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    # multi-word names are also found in lower case ("dewan keamanan PBB"),
    # where a single word ("as", "china") would be too ambiguous
    lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    entry_of: dict[str, GazetteerEntry] = {}
    patterns: dict[str, list[Doc]] = defaultdict(list)
    lower_patterns: dict[str, list[Doc]] = defaultdict(list)
    for entry in lexicon.entries:
        for form in (entry.name, *entry.aliases):
            variants = {form}
            # datelines and headlines write place names in capitals: "JAKARTA"
            if entry.type == "LOC" and not _is_acronym(form):
                variants.add(form.upper())
            key = f"{entry.type}|{entry.name}"
            entry_of[key] = entry
            for variant in variants:
                patterns[key].append(nlp.make_doc(variant))
            if len(form.split()) > 1:
                lower_patterns[key].append(nlp.make_doc(form))
    for key, docs in patterns.items():
        matcher.add(key, docs)
    for key, docs in lower_patterns.items():
        lower_matcher.add(key, docs)
    return matcher, lower_matcher, entry_of


def _model_candidates(doc: Doc, cased: bool) -> list[Span]:
    """The model's spans, those crossing a dateline replaced by the dateline's place."""
    dateline = _dateline(doc) if cased else []
    return [*(e for e in doc.ents if not any(d.start < e.end and e.start < d.end for d in dateline)), *dateline]


def _take_model_span(state: _GazetteerPass, ent: Span) -> None:
    """A model span, stripped and checked, into ``state.model`` (split where a title's holder runs on)."""
    doc, lex = state.doc, state.lex
    span, had_title = _strip(lex, ent, state.cased, state.gaz_starts)
    if (
        span is not None
        and state.cased
        and span.label_ == "PER"
        and len(span) > 1
        and span[0].is_sent_start
        and span[0].lower_ in lex.common_words
    ):
        # "Jenazah Maureen": a capitalised common word at a sentence start is no first name
        span = Span(doc, span.start + 1, span.end, label=span.label_)
    if span is None or not _keep(lex, span, state.cased, state.timex):
        return
    if had_title:
        span = _after_title(state, span)
    state.model.append(span)
    if had_title:
        state.titled.add(span.start)


def _after_title(state: _GazetteerPass, span: Span) -> Span:
    """What follows a title: a person ("IPDA Markus Wilco Mitang"), or an office's place or body
    then its holder ("Bupati [Muara Teluk Syahrani Noor]"; the body goes into ``state.model``)."""
    doc, lex = state.doc, state.lex
    if span.label_ != "PER" and len(span) > 1 and lex.looks_like_person(span):
        span = Span(doc, span.start, span.end, label="PER")
    if span.label_ != "PER" and len(span) > 2:
        cut = lex.before_person(doc, span.start, span.end)
        if cut < span.end:
            state.model.append(Span(doc, span.start, cut, label=span.label_))
            span = Span(doc, cut, span.end, label="PER")
    return span


def _strip(lex: EntityLexicon, span: Span, cased: bool = True, gaz_starts: frozenset[int] = frozenset()) -> tuple[Span | None, bool]:
    """Titles and punctuation off the edges, and whether a title was stripped;
    None when nothing name-like is left.

    A place or organisation keeps a leading title word ("Raja Ampat") unless
    a known name or a person's name of two or more words follows it ("Menteri
    Pertahanan AS", "IPDA Markus Wilco Mitang").
    """
    doc = span.doc
    start, end = span.start, _bracket_end(doc, span.start, span.end)
    start, titled = _title_from_before(lex, doc, start, end)
    start, end, stripped = _trim(lex, span, start, end, cased, gaz_starts)
    titled = titled or stripped
    if start >= end:
        return None, titled
    if not titled:
        # the title may stand just before the model's span: "juru bicara [Kremlin Dmitry Peskov]"
        titled = any(lex.title_at(doc, k) == start - k for k in range(max(0, start - 4), start))
    return Span(doc, start, end, label=span.label_), titled


def _bracket_end(doc: Doc, start: int, end: int) -> int:
    """"Kamar Dagang dan Industri (Kadin": the bracket ends the name, the
    short form inside is picked up as an alias by the linker."""
    for k in range(start + 1, end):
        if doc[k].text in {"(", ")", "[", "]"}:
            return k
    return end


def _title_from_before(lex: EntityLexicon, doc: Doc, start: int, end: int) -> tuple[int, bool]:
    """The end of a title that starts before the span: "Wali [Kota Kupang]"."""
    for k in range(max(0, start - 3), start):
        n = lex.title_at(doc, k)
        if start < k + n < end:
            return k + n, True
    return start, False


def _trim(lex: EntityLexicon, span: Span, start: int, end: int, cased: bool, gaz_starts: frozenset[int]) -> tuple[int, int, bool]:
    """Edges and leading titles off, until nothing changes; and whether a title went."""
    doc = span.doc
    titled = False
    changed = True
    while changed and start < end:
        start, end, changed = _trim_edges(doc, start, end, cased)
        n = lex.title_at(doc, start) if start < end else 0
        # a title is stripped only when a name follows it
        if n and n < end - start and (
            span.label_ == "PER" or start + n in gaz_starts or (end - start - n > 1 and lex.looks_like_person(doc[start + n : end]))
        ):
            start += n
            changed = titled = True
    return start, end, titled


def _trim_edges(doc: Doc, start: int, end: int, cased: bool) -> tuple[int, int, bool]:
    """Punctuation and spaces off both edges, and (cased text) lower-case words; whether a word went."""
    changed = False
    while start < end and (doc[start].text in _EDGE_PUNCT or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space):
        end -= 1
    # in cased text a name neither starts nor ends with a lower-case word
    # ("kota pelabuhan Rusia"); "al-Assad" or "iPhone" are not lower-case words
    while cased and start < end and doc[start].is_lower:
        start += 1
        changed = True
    while cased and end > start and doc[end - 1].is_lower:
        end -= 1
        changed = True
    return start, end, changed


def _keep(lex: EntityLexicon, span: Span, cased: bool, timex: list[tuple[int, int]]) -> bool:
    text = span.text
    if _DOMAIN.search(text):
        return False
    key = name_key(text)
    if not key or key in lex.not_entity_keys:
        return False
    if span[0].text.lower() in lex.event_heads:
        return False
    if tuple(key.split()) in lex.title_set or (len(span) == 1 and span.text in lex.name_heads):
        return False
    if cased and not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        return False
    if sum(c.isalpha() for c in text) < 2:
        return False
    # a date or time ("Senin", "September 2023") is a time expression, not a name
    return not any(s <= span.start_char and span.end_char <= e for s, e in timex)


@dataclass
class _HeadScan:
    """What the search for headed names reads: the Doc, the gazetteer's names by start, people's starts."""

    doc: Doc
    lex: EntityLexicon
    gaz_at: dict[int, Span]
    person_at: set[int]


def _headed_names(lex: EntityLexicon, doc: Doc, model: list[Span], gaz: list[Span]) -> list[Span]:
    """Organisation and place names opened by a head word (``name_heads.tsv``):
    "Badan Intelijen Nasional Korea Selatan", "Dewan Keamanan Nasional AS".

    The name runs over capitalised words and inner connectors, takes in a known
    name it reaches and ends there, and stops before a person the model or the
    gazetteer found ("Dewan Keamanan Nasional Adrienne Watson").
    """
    # people the model found where the gazetteer knows a place ("KBRI [Manila]") do not count
    known = {(g.start, g.end) for g in gaz if g.label_ != "PER"}
    person_at = {s.start for s in (*model, *gaz) if s.label_ == "PER" and (s.start, s.end) not in known}
    scan = _HeadScan(doc, lex, {g.start: g for g in gaz}, person_at)
    out: list[Span] = []
    i = 0
    while i < len(doc):
        label, length = lex.head_at(doc, i, lower=True)
        if not label or _head_in_title(scan, i, length):
            i += 1
            continue
        end = _headed_end(scan, i + length, label)
        if end and _lower_head_before_no_name(scan, i, length, end):
            end = 0
        if end:
            end = lex.before_person(doc, i + length, end)
            out.append(Span(doc, i, end, label=label))
            i = end
        else:
            i += 1
    return out


def _head_in_title(scan: _HeadScan, i: int, length: int) -> bool:
    """"Ibu Kota Korea Utara" is North Korea's capital, not a place named "Kota
    Korea Utara"; "Wali Kota Kupang" is Kupang's mayor."""
    doc = scan.doc
    return i > 0 and (name_key(doc[i - 1 : i + length].text) in scan.lex.not_entity_keys or scan.lex.title_at(doc, i - 1) > 1)


def _headed_end(scan: _HeadScan, j: int, label: str) -> int:
    """The end of a headed name whose head ends at token j; 0 when no name word follows."""
    doc, lex, n = scan.doc, scan.lex, len(scan.doc)
    end = 0
    while j < n and j not in scan.person_at and not lex.title_at(doc, j):
        if j in scan.gaz_at:
            return scan.gaz_at[j].end
        if _capitalised(doc[j].text):
            end = j = j + 1
            continue
        nxt = j + 1
        # "Kementerian Luar Negeri dan Kementerian Unifikasi": two names, not one
        if (
            label == "ORG"
            and doc[j].text.lower() in lex.connectors
            and nxt < n
            and _capitalised(doc[nxt].text)
            and not lex.head_at(doc, nxt)[0]
        ):
            j += 1
            continue
        break
    return end


def _lower_head_before_no_name(scan: _HeadScan, i: int, length: int, end: int) -> bool:
    """A lower-case head ("armada Pasifik Rusia", "kosmodrom Vostochny") opens a name only
    before a proper name, never before common words in capitals."""
    doc, lex = scan.doc, scan.lex
    if doc[i].text[:1].isupper():
        return False
    first = doc[i + length] if i + length < len(doc) else None
    return (
        first is None
        or end - length - i > 2
        or i + length in scan.gaz_at
        or not lex.name_word(first.text)
        or first.is_upper  # "stasiun RCTI", "tentara NICA": a noun before an acronym
        or first.lower_ in lex.calendar_words  # "gerakan Jumat bersih"
        or bool(lex.head_at(doc, i + length)[0])
    )


def _split_headed(lex: EntityLexicon, spans: list[Span]) -> list[Span]:
    """A headed organisation or place name with a person's name run on after it, split."""
    out = []
    for span in spans:
        length = lex.head_at(span.doc, span.start)[1] if span.label_ != "PER" else 0
        cut = lex.before_person(span.doc, span.start + length, span.end) if length else span.end
        if cut < span.end:
            out += [Span(span.doc, span.start, cut, label=span.label_), Span(span.doc, cut, span.end, label="PER")]
        else:
            out.append(span)
    return out


@dataclass
class _TitleScan:
    """What the search for people after titles reads: the Doc, the tokens the entities take, the entities by start."""

    doc: Doc
    lex: EntityLexicon
    taken: set[int]
    at: dict[int, Span]
    max_words: int

    def person_like(self, span: Span) -> bool:
        # a surname may also name a place ("Austin"); the first word decides
        lex = self.lex
        return (
            span.label_ != "PER"
            and len(span) > 1
            and not span.kb_id_
            and all(lex.name_word(t.text) and not t.is_upper for t in span)
            and span[0].lower_ not in lex.org_place_words
            and span[0].lower_ not in lex.lower_heads
        )


def _titled_persons(lex: EntityLexicon, doc: Doc, ents: list[Span], max_words: int = 4) -> list[Span]:
    """``ents`` with the people named right after a title: added where the model
    missed them ("Menteri Pertahanan Andrey Belousov", "Deputi Perdana Menteri
    Denis Manturov"), retyped where it gave a person's name another type
    ("Menteri Pertahanan Amerika Serikat, Lloyd Austin" read as a place)."""
    scan = _TitleScan(doc, lex, {i for e in ents for i in range(e.start, e.end)}, {e.start: e for e in ents}, max_words)
    out: list[Span] = []
    retyped: dict[int, Span] = {}
    i = 0
    while i < len(doc):
        length = lex.title_at(doc, i)
        if not length or i in scan.taken:
            i += 1
            continue
        j = _title_chain_end(scan, i + length)
        if j in scan.at and scan.person_like(scan.at[j]):
            retyped[j] = Span(doc, j, scan.at[j].end, label="PER")
            i = scan.at[j].end
            continue
        k = _titled_person_end(scan, i, length, j)
        if k > j:
            out.append(Span(doc, j, k, label="PER"))
        i = max(k, i + 1)
    return sorted([retyped.get(e.start, e) for e in ents] + out, key=lambda s: s.start)


def _title_chain_end(scan: _TitleScan, j: int) -> int:
    """Past chained titles and the country or body they belong to, from token j."""
    doc, n = scan.doc, len(scan.doc)
    while j < n:
        more = scan.lex.title_at(doc, j)
        if more:
            j += more
        elif j in scan.at and scan.at[j].label_ != "PER" and not scan.person_like(scan.at[j]):
            j = scan.at[j].end
            if j < n and doc[j].text == "," and j + 1 < n and _capitalised(doc[j + 1].text):
                j += 1
        else:
            break
    return j


def _titled_person_end(scan: _TitleScan, i: int, length: int, j: int) -> int:
    """The end of the person named at token j after the title at token i (j when none is)."""
    doc, lex = scan.doc, scan.lex
    k = j
    while k < len(doc) and k not in scan.taken and _capitalised(doc[k].text):
        k += 1
    # the whole capitalised run must look like a person's name (at most four
    # uncommon words that are not organisation or place words)
    if k - j > scan.max_words or not all(lex.person_word(t.text) for t in doc[j:k]):
        return j
    # "Ibu Kota" is a capital city, not a Mrs Kota
    if k > j and name_key(doc[i : j + 1].text) in lex.not_entity_keys:
        return j
    # "Menteri Kehakiman" names a ministry's head, not a Mr Kehakiman
    if k - j == 1 and j == i + length and doc[i : i + length].text.lower() in lex.portfolio_titles:
        return j
    return k


def _dateline(doc: Doc) -> list[Span]:
    """A place in capitals opening the text, before a dash or comma ("KEFAMENANU -",
    "SEOUL, KOMPAS.com -"): the dateline's place."""
    i = 0
    while i < len(doc) and doc[i].is_space:
        i += 1
    j = i
    while j < len(doc) and doc[j].is_alpha and doc[j].is_upper and len(doc[j]) > 2 and j - i < 3:
        j += 1
    if j == i or j >= len(doc) or doc[j].text not in _DATELINE_END:
        return []
    return [Span(doc, i, j, label="LOC")]


def _is_cased(doc: Doc, share: float = 0.03) -> bool:
    """Whether the text uses capitals at all (NERP-style lower-cased text does not): more than
    ``share`` of its words capitalised."""
    alpha = [t for t in doc if t.is_alpha]
    if not alpha:
        return False
    return sum(1 for t in alpha if t.text[:1].isupper()) / len(alpha) > share


def _nearby(gaz: list[Span]) -> Callable[[Span], list[Span]]:
    """For a span, the gazetteer spans that may overlap it, in their order: those starting from one
    longest gazetteer span before it to its end. Comparing every model span with every gazetteer
    span made a long text quadratic in its names."""
    starts = [g.start for g in gaz]
    if starts != sorted(starts):  # not in text order: no shortcut keeps their order
        return lambda span: gaz
    longest = max((len(g) for g in gaz), default=0)
    return lambda span: gaz[bisect_left(starts, span.start - longest) : bisect_left(starts, span.end)]


@dataclass
class _Merge:
    """The spans merged so far and the gazetteer spans they took in."""

    near: Callable[[Span], list[Span]]
    cased: bool
    titled: set[int] | frozenset[int]
    out: list[Span] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def inside(self, span: Span) -> list[Span]:
        return [g for g in self.near(span) if span.start <= g.start and g.end <= span.end]


def _merge(model: list[Span], gaz: list[Span], cased: bool, titled: set[int] | frozenset[int] = frozenset()) -> list[Span]:
    """The model's spans and the gazetteer's, without overlaps.

    A gazetteer name wins over a model span it covers or crosses. A model span
    that holds gazetteer names keeps them nested ("Dewan Keamanan Nasional AS",
    "Armada Pasifik Rusia"), except a person span that starts or ends with a
    place or organisation ("Korea Utara Kim Jong Un" after "Pemimpin" was
    stripped), which is split, and a span made of gazetteer names only
    ("Rusia Ukraina"), which becomes those names.
    """
    state = _Merge(_nearby(gaz), cased, titled)
    for span in model:
        _merge_span(state, span)
    for g in gaz:
        if id(g) not in state.used and not any(g.start < s.end and s.start < g.end for s in state.out):
            state.out.append(g)
    return sorted(filter_spans(state.out), key=lambda s: s.start)


def _merge_span(state: _Merge, span: Span) -> None:
    inside = state.inside(span)
    crossing = [g for g in state.near(span) if g.start < span.end and span.start < g.end and g not in inside]
    if crossing:
        part = _uncrossed(state, span, crossing)
        if part is None:
            return
        span = part
        inside = state.inside(span)
    if not inside:
        state.out.append(span)
        return
    state.out.extend(_with_inside(state, span, inside))
    state.used.update(id(g) for g in inside)


def _uncrossed(state: _Merge, span: Span, crossing: list[Span]) -> Span | None:
    """The model saw part of a known name ("Korea" of "Korea Utara"): what is left over, if a name."""
    covered: set[int] = set()
    for g in crossing:
        covered.update(range(g.start, g.end))
    rest = [i for i in range(span.start, span.end) if i not in covered]
    if not (rest and rest == list(range(rest[0], rest[-1] + 1)) and len(rest) < len(span)):
        return None
    part = Span(span.doc, rest[0], rest[-1] + 1, label=span.label_)
    if not state.cased or any(t.text[:1].isupper() for t in part):
        return part
    return None


def _with_inside(state: _Merge, span: Span, inside: list[Span]) -> list[Span]:
    """What a model span holding gazetteer names becomes."""
    if len(inside) == 1 and inside[0].start == span.start and inside[0].end == span.end:
        return [inside[0]]
    covered_by_gaz = sum(len(g) for g in inside)
    if covered_by_gaz == len(span) or (covered_by_gaz + sum(1 for t in span if not t.is_alpha) == len(span) and len(inside) > 1):
        return inside
    if span.label_ == "PER" or span.start in state.titled:
        pieces = _split_person(span, [g for g in inside if g.label_ != "PER"], leading_only=span.label_ != "PER")
        if pieces is not None:
            return pieces
    return [span]


def _split_person(span: Span, places: list[Span], leading_only: bool = False) -> list[Span] | None:
    """A person span with a place or organisation at its edge, split in two."""
    for g in places:
        if g.start == span.start and g.end < span.end:
            rest = Span(span.doc, g.end, span.end, label="PER")
            if all(t.text[:1].isupper() for t in rest if t.is_alpha):
                return [g, rest]
        if leading_only:
            continue
        if g.end == span.end and g.start > span.start:
            rest = Span(span.doc, span.start, g.start, label="PER")
            if rest[-1].text[:1].isupper():
                return [rest, g]
    return None


@Language.factory(
    "telisik_gazetteer",
    default_config={"files": _FILES, "cased_share": 0.03, "max_person_words": 4},
    requires=["doc.ents"],
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_gazetteer(nlp: Language, name: str, files: dict[str, Any], cased_share: float, max_person_words: int) -> EntityGazetteer:
    return EntityGazetteer(nlp, name, files=files, cased_share=cased_share, max_person_words=max_person_words)


# ---------------------------------------------------------------- linking inside an article


@dataclass
class SpanMention:
    """A mention as the in-article linker groups it (character offsets, type, gazetteer name)."""

    text: str
    start: int
    end: int
    label: str
    kb: str = ""  # gazetteer canonical name, if any

    @property
    def key(self) -> str:
        return name_key(self.text)


@dataclass
class Cluster:
    mentions: list[SpanMention] = field(default_factory=list)
    kb: str = ""

    @property
    def type(self) -> str:
        if self.kb:
            for m in self.mentions:
                if m.kb:
                    return m.label
        votes: Counter[str] = Counter()
        for m in self.mentions:
            # the fuller a mention, the more its type counts ("Putin" once read as a place)
            votes[m.label] += len(m.key.split())
        return votes.most_common(1)[0][0]

    @property
    def name(self) -> str:
        return canonical_name([m.text for m in self.mentions], self.kb)


def canonical_name(forms: list[str], kb: str = "") -> str:
    """The gazetteer's name when the text uses it ("Amerika Serikat" over "Negeri
    Paman Sam", "Kim Jong Un" where the text writes "Kim Jong-un"); otherwise the
    fullest surface form: most words (hyphens count as spaces), then a form
    without hyphens, then the commonest."""
    counts = Counter(forms)
    kb_key = name_key(kb) if kb else ""
    if kb_key and any(name_key(f) == kb_key for f in counts):
        return kb

    def rank(form: str) -> tuple[int, int, int]:
        return (len(_words(form)), int("-" not in form), counts[form])

    return max(counts, key=rank)


class EntityClusterer(_LexiconComponent):
    """Groups ``doc.ents`` into article entities with their mentions (``doc._.entities``)."""

    def __init__(self, nlp: Language, name: str = "telisik_entities", *, files: dict[str, Any], ages: list[int], min_part_letters: int):
        super().__init__(nlp, name, {"files": dict(files), "ages": list(ages), "min_part_letters": min_part_letters})

    def __call__(self, doc: Doc) -> Doc:
        lex = self.lexicon
        ents = list(doc.ents)
        extra = _parenthesised_aliases(doc, ents)
        extra += _aged_persons(lex, doc, ents + extra, self.cfg["ages"])
        extra += _repeated_names(lex, doc, ents + extra, self.cfg["min_part_letters"])
        if extra:
            doc.ents = sorted(filter_spans(ents + extra), key=lambda s: s.start)
            ents = list(doc.ents)
        mentions = [SpanMention(e.text, e.start_char, e.end_char, e.label_, e.kb_id_) for e in ents]
        pairs = _parenthesis_pairs(doc, ents)
        doc._.entities = [
            Entity(id=f"e{i}", global_id=None, name=c.name, type=c.type, mentions=_mention_records(c))
            for i, c in enumerate(cluster_mentions(mentions, pairs, lex), start=1)
        ]
        return doc


def _mention_records(cluster: Cluster) -> list[Mention]:
    return [Mention(m.text, m.start, m.end) for m in sorted(cluster.mentions, key=lambda m: m.start)]


def _aged_persons(lex: EntityLexicon, doc: Doc, ents: list[Span], ages: Sequence[int] = (1, 110)) -> list[Span]:
    """People introduced with their age in brackets (``ages``: the youngest and the oldest), the Indonesian
    news habit: "seorang warga, Hasnah (38), mengaku ..." names a person the model may not know."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for i, tok in enumerate(doc):
        if tok.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or not doc[i + 1].text.isdigit():
            continue
        if not ages[0] <= int(doc[i + 1].text) <= ages[1]:
            continue
        k = i
        while k > 0 and i - k < 4 and lex.person_word(doc[k - 1].text) and k - 1 not in taken:
            k -= 1
        if k < i and not any(j in taken for j in range(k, i)):
            out.append(Span(doc, k, i, label="PER"))
    return out


def _paren_after(doc: Doc, span: Span) -> tuple[int, int] | None:
    """Token range of "( X )" right after a span, X of one to three tokens."""
    i = span.end
    if i < len(doc) and doc[i].text == "(":
        for j in range(i + 2, min(i + 5, len(doc))):
            if doc[j].text == ")":
                return i + 1, j
    return None


def _parenthesised_aliases(doc: Doc, ents: list[Span]) -> list[Span]:
    """An acronym or short form in brackets after a name the NER left untagged:
    "Kantor Berita Pusat Korea Utara (KCNA)", "Departemen Luar Negeri (Deplu)"."""
    out = []
    starts = {e.start for e in ents}
    for ent in ents:
        rng = _paren_after(doc, ent)
        if rng is None or rng[0] in starts:
            continue
        inner = doc[rng[0] : rng[1]]
        if inner[0].text[:1].isupper() and all(t.is_alpha or t.text == "-" for t in inner):
            out.append(Span(doc, rng[0], rng[1], label=ent.label_))
    return out


def _name_forms(lex: EntityLexicon, ents: list[Span], min_part_letters: int) -> dict[tuple[str, ...], str]:
    """Word tuples of the names found (and of a person's first and last word) -> their type."""
    forms: dict[tuple[str, ...], str] = {}
    for ent in ents:
        words = tuple(t.text for t in ent)
        if len(words) > 1 or lex.name_word(words[0]):
            forms.setdefault(words, ent.label_)
        if ent.label_ == "PER" and len(words) > 1:
            for word in (words[0], words[-1]):
                if len(word) >= min_part_letters and lex.name_word(word):
                    forms.setdefault((word,), "PER")
    return forms


@dataclass
class _RepeatScan:
    doc: Doc
    lex: EntityLexicon
    forms: dict[tuple[str, ...], str]
    taken: set[int]
    by_first: dict[str, list[tuple[str, ...]]]

    def name_neighbour(self, k: int) -> bool:
        return 0 <= k < len(self.doc) and _capitalised(self.doc[k].text) and self.doc[k].lower_ not in self.lex.common_words

    def alone(self, i: int, end: int) -> bool:
        # a name part inside another capitalised name is not this name ("BCS Bowl Game");
        # a capitalised common word ("Menurut Ma'ruf") is no such name
        return not self.name_neighbour(i - 1) and not self.name_neighbour(end)

    def found_at(self, i: int) -> Span | None:
        doc = self.doc
        for words in self.by_first.get(doc[i].text, ()):
            end = i + len(words)
            if (
                end <= len(doc)
                and tuple(t.text for t in doc[i:end]) == words
                and not self.taken.intersection(range(i, end))
                and self.alone(i, end)
            ):
                return Span(doc, i, end, label=self.forms[words])
        return None


def _repeated_names(lex: EntityLexicon, doc: Doc, ents: list[Span], min_part_letters: int = 3) -> list[Span]:
    """Later (or earlier) bare occurrences of names found elsewhere in the article:
    the model tags "Kishida" in one sentence and misses it in the next. Besides
    each name as written, a person's first and last word count ("Wong" of
    "Penny Wong", "Kim" of "Kim Jong Un"); uncommon words only."""
    if not ents:
        return []
    forms = _name_forms(lex, ents, min_part_letters)
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in sorted(forms, key=len, reverse=True):
        by_first[words[0]].append(words)
    scan = _RepeatScan(doc, lex, forms, {i for e in ents for i in range(e.start, e.end)}, by_first)
    out: list[Span] = []
    i = 0
    while i < len(doc):
        found = scan.found_at(i) if i not in scan.taken else None
        if found is not None:
            out.append(found)
            i = found.end
        else:
            i += 1
    return out


def _parenthesis_pairs(doc: Doc, ents: list[Span]) -> list[tuple[int, int]]:
    """(mention index of a name, mention index of its bracketed alias)."""
    index = {e.start: i for i, e in enumerate(ents)}
    pairs = []
    for i, ent in enumerate(ents):
        rng = _paren_after(doc, ent)
        if rng is not None and rng[0] in index and ents[index[rng[0]]].end == rng[1]:
            pairs.append((i, index[rng[0]]))
    return pairs


class _MentionGroups(UnionFind):
    """A union-find over an article's mentions; a group's root is its first member."""

    def __init__(self, mentions: list[SpanMention], lex: EntityLexicon):
        super().__init__(len(mentions))
        self.mentions = mentions
        self.lex = lex

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.mentions)):
            out[self.find(i)].append(i)
        return out

    def majority_label(self, members: Iterable[int]) -> str:
        return Counter(self.mentions[i].label for i in members).most_common(1)[0][0]


def cluster_mentions(mentions: list[SpanMention], pairs: Iterable[tuple[int, int]] = (), lex: EntityLexicon | None = None) -> list[Cluster]:
    """Mentions of the same entity grouped, clusters in order of first mention.

    Links, in order: the gazetteer's canonical name (also for a mention the
    model found whose folded text is a gazetteer alias); the same folded text;
    "Name (ALIAS)"; an acronym of a longer name's capitalised initials ("AS" of
    "Amerika Serikat"); a part of a longer person's name ("Kim", "Putin"); an
    organisation's first or last word when only one organisation has it ("Persib").
    """
    groups = _MentionGroups(mentions, lex or default_lexicon())
    _resolve_gazetteer(groups)
    _link_same_keys(groups)
    pairs = list(pairs)
    for a, b in pairs:
        groups.union(a, b)
    _link_short_forms(groups, pairs)
    _link_acronyms(groups)
    _link_person_parts(groups)
    _link_organisation_short_names(groups)
    clusters: list[Cluster] = []
    for members in sorted(groups.groups().values(), key=lambda ms: min(mentions[i].start for i in ms)):
        ms = [mentions[i] for i in members]
        clusters.append(Cluster(mentions=ms, kb=next((m.kb for m in ms if m.kb), "")))
    return clusters


def _resolve_gazetteer(groups: _MentionGroups) -> None:
    """A model mention whose folded text is a gazetteer name or alias gets the gazetteer's name (and type)."""
    index = groups.lex.alias_index
    for m in groups.mentions:
        if not m.kb:
            entry = index.get(m.key)
            if entry is not None and (entry.type == m.label or entry.type != "PER"):
                m.kb, m.label = entry.name, entry.type


def _link_same_keys(groups: _MentionGroups) -> None:
    """Mentions with the same folded text or gazetteer name; a place with and without an optional head."""
    place_heads = groups.lex.optional_heads
    first: dict[str, int] = {}
    for i, m in enumerate(groups.mentions):
        keys = {m.key, f"kb:{m.kb}" if m.kb else ""}
        words = m.key.split()
        if m.label == "LOC" and len(words) > 1 and words[0] in place_heads:
            # "Pulau Natuna" and "Natuna", "Kota Palu" and "Palu" are one place; but a
            # regency named for a known city is not that city ("Kabupaten Bandung")
            rest = " ".join(words[1:])
            if place_heads[words[0]] == "optional" or rest not in groups.lex.alias_index:
                keys.add(rest)
        for key in keys - {""}:
            if key in first:
                groups.union(i, first[key])
            else:
                first[key] = i


def _link_short_forms(groups: _MentionGroups, pairs: list[tuple[int, int]]) -> None:
    """A name written with its bracketed short form and a place links to the long
    name: "Dinkes Kota Palu" to "Dinas Kesehatan (Dinkes)", "Pengadilan Tipikor
    Jakarta" to "Pengadilan Tindak Pidana Korupsi (Tipikor)". The short form
    opens the name, or follows the long name's first word; what follows it is a
    place the article names."""
    mentions = groups.mentions
    places = {m.key for m in mentions if m.label == "LOC"}
    index = groups.lex.alias_index
    for n, a in pairs:
        long_words, short = mentions[n].text.split(), mentions[a].text
        if mentions[n].label == "PER" or len(long_words) < 2:
            continue
        for i, m in enumerate(mentions):
            words = m.text.split()
            if i in (n, a) or m.label == "PER" or short not in words[:2]:
                continue
            at = words.index(short)
            if at == 1 and words[0] != long_words[0]:
                continue
            rest = name_key(" ".join(words[at + 1 :]))
            entry = index.get(rest)
            if not rest or rest in places or (entry is not None and entry.type == "LOC"):
                groups.union(i, n)


def _link_acronyms(groups: _MentionGroups) -> None:
    """Acronyms of longer names in the article ("AS" of "Amerika Serikat")."""
    mentions = groups.mentions
    initials: dict[str, int] = {}
    for root, members in groups.groups().items():
        for i in members:
            if len(mentions[i].text.split()) > 1 and mentions[root].label != "PER":
                initials.setdefault(_initials(mentions[i].text), root)
    for i, m in enumerate(mentions):
        if _is_acronym(m.text) and not m.kb and m.text in initials:
            groups.union(i, initials[m.text])


def _link_person_parts(groups: _MentionGroups) -> None:
    """Parts of a person's name: each shorter person mention joins the nearest
    earlier (else the first later) fuller person whose words include all of its words."""
    mentions = groups.mentions
    grouped = groups.groups()
    persons = [(root, {w for i in members for w in mentions[i].key.split()}) for root, members in grouped.items()]
    for root, members in sorted(grouped.items(), key=lambda kv: max(len(mentions[i].key.split()) for i in kv[1])):
        target = _fuller_person(groups, grouped, persons, root, members)
        if target is not None:
            groups.union(root, target)


def _fuller_person(
    groups: _MentionGroups, grouped: dict[int, list[int]], persons: list[tuple[int, set[str]]], root: int, members: list[int]
) -> int | None:
    """The fuller person a group of name parts belongs to: the nearest one before it, else the first after."""
    mentions = groups.mentions
    own = {w for i in members for w in mentions[i].key.split()}
    single_word = all(len(mentions[i].key.split()) == 1 for i in members)
    if groups.majority_label(members) != "PER" and not (single_word and not any(mentions[i].kb for i in members)):
        return None
    candidates = [
        (other, words)
        for other, words in persons
        if groups.find(other) != groups.find(root) and own < words and groups.majority_label(grouped.get(other, [other])) == "PER"
    ]
    if not candidates:
        return None
    start = mentions[members[0]].start

    def distance(item: tuple[int, set[str]]) -> tuple[int, int]:
        before = [mentions[i].start for i in grouped.get(item[0], [item[0]]) if mentions[i].start < start]
        return (0, start - max(before)) if before else (1, 0)

    return min(candidates, key=distance)[0]


def _link_organisation_short_names(groups: _MentionGroups) -> None:
    """An organisation's short name: "Persib" of "Persib Bandung", "Bulog" of "Perum Bulog"."""
    mentions, lex = groups.mentions, groups.lex
    grouped = groups.groups()
    long_orgs: dict[str, set[int]] = defaultdict(set)
    for root, members in grouped.items():
        for i in members:
            words = mentions[i].text.split()
            if mentions[i].label == "ORG" and len(words) > 1:
                for word in (words[0], words[-1]):
                    if lex.name_word(word) and word not in lex.name_heads:
                        long_orgs[word].add(root)
    for root, members in grouped.items():
        texts = {mentions[i].text for i in members}
        if len(texts) == 1 and all(mentions[i].label == "ORG" and not mentions[i].kb for i in members):
            targets = long_orgs.get(next(iter(texts)), set()) - {root}
            if len(targets) == 1:
                groups.union(root, next(iter(targets)))


@Language.factory(
    "telisik_entities",
    default_config={"files": _FILES, "ages": [1, 110], "min_part_letters": 3},
    requires=["doc.ents"],
    assigns=["doc._.entities", "doc.ents"],
)
def make_entity_clusterer(nlp: Language, name: str, files: dict[str, Any], ages: list[int], min_part_letters: int) -> EntityClusterer:
    return EntityClusterer(nlp, name, files=files, ages=ages, min_part_letters=min_part_letters)


def _ner_config(model_dir: Path) -> dict[str, Any]:
    config = spacy.util.load_config(model_dir / "config.cfg", interpolate=True)
    component = dict(config["components"]["ner"])
    component.pop("factory", None)
    return component


def add_entity_pipes(
    nlp: Language, gazetteer: dict[str, Any] | None = None, entities: dict[str, Any] | None = None, model_dir: Path = MODEL_DIR
) -> None:
    """The trained ``ner`` (from the model in ``model_dir``), the gazetteer, the in-article linker (their config overrides given)."""
    # The shipped model is a full spaCy pipeline (``spacy.load(MODEL_DIR)``
    # works), but sourcing it would build a second Indonesian tokenizer, whose
    # 30,000 exceptions take seconds to load; the ner is built from its config
    # and weights instead, which is what sourcing does with the component.
    ner: Any = nlp.add_pipe("ner", config=_ner_config(model_dir))
    ner.from_disk(model_dir / "ner", exclude=["vocab"])
    nlp.add_pipe("telisik_gazetteer", config=gazetteer or {})
    nlp.add_pipe("telisik_entities", config=entities or {})


# ---------------------------------------------------------------- which article entities are one


def _name_and_mentions(ent: Entity | Mapping[str, Any]) -> tuple[str, list[str]]:
    """An entity's name and mention texts, from a record or from its dict (the store's, the batch engine's)."""
    if isinstance(ent, Entity):
        return ent.name, [m.text for m in ent.mentions]
    return ent["name"], [m["text"] for m in ent.get("mentions", [])]


def _type_of(ent: Entity | Mapping[str, Any]) -> str:
    return ent.type if isinstance(ent, Entity) else str(ent["type"])


def entity_keys(ent: Entity | Mapping[str, Any], lex: EntityLexicon | None = None) -> set[str]:
    """The keys that make two article entities of one type the same entity.

    The folded canonical name, any folded mention of two or more words, and
    the gazetteer's name for any of them. A lone surname ("Kim") is not a
    key, since it can stand for different people in different articles.
    """
    index = (lex or default_lexicon()).alias_index
    name, mentions = _name_and_mentions(ent)
    keys = {name_key(name)}
    keys.update(name_key(text) for text in mentions if len(_words(text)) > 1)
    for key in list(keys):
        entry = index.get(key)
        if entry is not None:
            keys.add("kb:" + entry.name)
    keys.discard("")
    return keys


def entity_name(names: list[str], mentions: list[str], lex: EntityLexicon | None = None) -> str:
    """The name of an entity made of article entities: the gazetteer's when the text uses it, else the canonical form."""
    index = (lex or default_lexicon()).alias_index
    kb = next((index[name_key(x)].name for x in names if name_key(x) in index), "")
    mentioned = {name_key(m) for m in mentions}
    return kb if kb and name_key(kb) in mentioned else canonical_name(names)


def same_entities(entities: Sequence[Entity | Mapping[str, Any]], lex: EntityLexicon | None = None) -> list[list[int]]:
    """The entities that are one, as lists of their indices, in the order of their first member.

    Two entities are one when they have the same type and share a key
    (``entity_keys``), directly or through others (a union-find over the keys).
    """
    sets = UnionFind(len(entities))
    owner: dict[tuple[str, str], int] = {}
    for i, ent in enumerate(entities):
        for key in entity_keys(ent, lex):
            sets.union(i, owner.setdefault((_type_of(ent), key), i))
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entities)):
        groups[sets.find(i)].append(i)
    return sorted(groups.values(), key=min)
