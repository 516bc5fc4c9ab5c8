"""Named entities: the trained NER, a gazetteer with title stripping, and alias linking.

Three pipes, added by ``add_entity_pipes`` after the time expressions:

- ``ner``: the CPU model shipped in ``models/ner_id`` (trained by
  ``telisik.nlp.train_ner``; PER, ORG, LOC), sourced with its own tok2vec.
- ``telisik_gazetteer``: names the model may never have seen (countries from
  pycountry's Indonesian names plus ``lang/id/countries.tsv``, capitals,
  international organisations, government seats, news organisations, heads of
  state from ``lang/id/gazetteer.tsv``). It merges them with the model's spans,
  strips titles ("Presiden", "Menteri Pertahanan", "juru bicara"; from
  ``lang/id/titles.txt``), drops what is not a name (named events, dates, bare
  compass points) and sets ``doc.ents``. Gazetteer spans carry the canonical
  name in ``kb_id_``.
- ``telisik_entities``: groups the mentions of one entity inside the article
  ("Kim Jong Un" = "Kim Jong-un" = "Kim"; "Amerika Serikat" = "AS";
  "Kantor Berita Pusat Korea Utara (KCNA)") and writes ``doc._.entities``:
  ``[{"id": "e1", "global_id": None, "name", "type", "mentions": [{"text",
  "start", "end"}]}]`` with character offsets into ``doc.text``.

``link_across`` links the article entities of a batch into the top-level
``entities`` list and fills each article entity's ``global_id``.
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from telisik.lang import lower_word_list, table, word_list

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "ner_id"
TYPES = ("PER", "ORG", "LOC")

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


# ---------------------------------------------------------------- names


_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2019": "'", "\u2018": "'"})


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """A name folded for comparison: case, hyphens, punctuation and a leading "the" ignored
    ("Kim Jong-un" and "Kim Jong Un" give "kim jong un").

    Memoised: the linkers ask for the same few names (mention keys) again and again.
    """
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).lower().replace("-", " ")
    text = re.sub(r"[^\w\s&]", "", text)
    text = re.sub(r"^the\s+", "", text)
    return re.sub(r"\s+", " ", text).strip()


def _words(text: str) -> list[str]:
    return name_key(text).split()


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(letters) <= 6 and all(c.isupper() for c in letters) and " " not in text


# ---------------------------------------------------------------- language data


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()


@cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """All gazetteer entries: countries (pycountry's Indonesian names, overridden and
    extended by ``countries.tsv``) and ``gazetteer.tsv``."""
    entries: list[GazetteerEntry] = [*_countries()]
    for row in table("id", "gazetteer.tsv"):
        name, typ = row[0], row[1]
        aliases = tuple(a.strip() for a in row[2].split("|") if a.strip()) if len(row) > 2 else ()
        entries.append(GazetteerEntry(name, typ, aliases))
    return tuple(entries)


def _countries() -> list[GazetteerEntry]:
    overrides = {row[0]: row for row in table("id", "countries.tsv")}
    try:
        import pycountry

        translation: gettext.NullTranslations = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"])
        countries = list(pycountry.countries)
    except (ImportError, OSError):  # pragma: no cover - pycountry is a dependency; the override file still works
        translation, countries = gettext.NullTranslations(), []
    out: list[GazetteerEntry] = []
    seen: set[str] = set()
    for country in countries:
        code = country.alpha_2
        seen.add(code)
        # "Iran, Republik Islam" -> "Iran"; "Taiwan, Provinsi China" -> "Taiwan"
        indonesian = translation.gettext(country.name).split(",")[0].strip()
        forms = [indonesian]
        for attr in ("common_name", "name"):
            english = getattr(country, attr, None)
            if english and "," not in english:
                forms.append(english)
        row = overrides.get(code)
        if row:
            name = row[1]
            forms += [a.strip() for a in row[2].split("|")] if len(row) > 2 else []
        else:
            name = indonesian
        aliases = tuple(dict.fromkeys(f for f in forms if f and f != name))
        out.append(GazetteerEntry(name, "LOC", aliases))
    for code, row in overrides.items():
        if code not in seen:
            out.append(GazetteerEntry(row[1], "LOC", tuple(a.strip() for a in row[2].split("|")) if len(row) > 2 else ()))
    # Indonesia's provinces, in their Indonesian names
    try:
        import pycountry

        for sub in pycountry.subdivisions.get(country_code="ID") or []:
            if sub.type == "Province":
                out.append(GazetteerEntry(sub.name, "LOC", ()))
    except (ImportError, LookupError):  # pragma: no cover
        pass
    return out


@cache
def country_names() -> frozenset[str]:
    """Every name and alias of a country (and of Indonesia's provinces), as written."""
    return frozenset(n for e in _countries() for n in (e.name, *e.aliases))


@cache
def alias_index() -> dict[str, GazetteerEntry]:
    """Folded name or alias -> entry. An alias two entries share is left out, as ambiguous."""
    index: dict[str, GazetteerEntry] = {}
    clash: set[str] = set()
    for entry in gazetteer():
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


@cache
def titles() -> tuple[tuple[str, ...], ...]:
    """Titles as word tuples, longest first, so "Menteri Pertahanan" wins over "Menteri"."""
    return tuple(sorted({tuple(t.lower().split()) for t in word_list("id", "titles.txt")}, key=len, reverse=True))


@cache
def titles_by_first() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Titles indexed by their first word, longest first."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for title in titles():
        out[title[0]].append(title)
    return {k: tuple(v) for k, v in out.items()}


@cache
def title_set() -> frozenset[tuple[str, ...]]:
    return frozenset(titles())


@cache
def portfolio_titles() -> frozenset[str]:
    return lower_word_list("id", "portfolio_titles.txt")


@cache
def event_heads() -> frozenset[str]:
    return lower_word_list("id", "event_heads.txt")


@cache
def name_heads() -> dict[str, str]:
    return {row[0]: row[1] for row in table("id", "name_heads.tsv")}


@cache
def lower_heads() -> frozenset[str]:
    """Head words folded to lower case ("kota", "rsud", "rumah sakit")."""
    return frozenset(h.lower() for h in name_heads())


@cache
def optional_heads() -> dict[str, str]:
    """Heads that a place's name may drop ("Pulau Bali" = "Bali"), with their
    condition ("optional", or "unless-known": not before a gazetteer name)."""
    return {row[0].lower(): row[2] for row in table("id", "name_heads.tsv") if len(row) > 2 and row[2]}


@cache
def calendar_words() -> frozenset[str]:
    """Weekday and month names (the time-expression data), which never follow a name head."""
    return frozenset(row[0] for name in ("weekdays.tsv", "months.tsv") for row in table("id", name))


@cache
def _head_first_words() -> frozenset[str]:
    """First words of head words, in both cases ("Rumah" of "Rumah Sakit")."""
    firsts = {h.split()[0] for h in name_heads()}
    return frozenset(firsts | {w.lower() for w in firsts})


@cache
def connectors() -> frozenset[str]:
    return word_list("id", "name_connectors.txt")


@cache
def common_words() -> frozenset[str]:
    return lower_word_list("id", "common_words.txt")


@cache
def org_place_words() -> frozenset[str]:
    return lower_word_list("id", "org_place_words.txt")


@cache
def not_entities() -> frozenset[str]:
    return frozenset(name_key(w) for w in word_list("id", "not_entities.txt"))


# ---------------------------------------------------------------- gazetteer and clean-up component


_DOMAIN = re.compile(r"\w\.(com|co\.id|id|net|org|tv)\b", re.IGNORECASE)
_DATELINE_END = {"-", "\u2013", "\u2014", ","}
_EDGE_PUNCT = set("\"'“”‘’()[]«»,.:;!?-–—/|")


class EntityGazetteer:
    """Merges gazetteer matches with the model's spans and cleans them into ``doc.ents``."""

    def __init__(self, nlp: Language):
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        # multi-word names are also found in lower case ("dewan keamanan PBB"),
        # where a single word ("as", "china") would be too ambiguous
        self.lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.entry_of: dict[str, GazetteerEntry] = {}
        patterns: dict[str, list[Doc]] = defaultdict(list)
        lower_patterns: dict[str, list[Doc]] = defaultdict(list)
        for entry in gazetteer():
            for form in (entry.name, *entry.aliases):
                variants = {form}
                # datelines and headlines write place names in capitals: "JAKARTA"
                if entry.type == "LOC" and not _is_acronym(form):
                    variants.add(form.upper())
                key = f"{entry.type}|{entry.name}"
                self.entry_of[key] = entry
                for variant in variants:
                    patterns[key].append(nlp.make_doc(variant))
                if len(form.split()) > 1:
                    lower_patterns[key].append(nlp.make_doc(form))
        for key, docs in patterns.items():
            self.matcher.add(key, docs)
        for key, docs in lower_patterns.items():
            self.lower_matcher.add(key, docs)

    # -- the model's spans, cleaned

    def _strip(self, span: Span, cased: bool = True, gaz_starts: frozenset[int] = frozenset()) -> tuple[Span | None, bool]:
        """Titles and punctuation off the edges, and whether a title was stripped;
        None when nothing name-like is left.

        A place or organisation keeps a leading title word ("Raja Ampat") unless
        a known name or a person's name of two or more words follows it ("Menteri
        Pertahanan AS", "IPDA Markus Wilco Mitang").
        """
        doc = span.doc
        start, end = span.start, span.end
        # "Kamar Dagang dan Industri (Kadin": the bracket ends the name, the
        # short form inside is picked up as an alias by the linker
        for k in range(start + 1, end):
            if doc[k].text in {"(", ")", "[", "]"}:
                end = k
                break
        titled = False
        # the end of a title that starts before the span: "Wali [Kota Kupang]"
        for k in range(max(0, start - 3), start):
            n = _title_at(doc, k)
            if start < k + n < end:
                start, titled = k + n, True
                break
        changed = True
        while changed and start < end:
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
            n = _title_at(doc, start) if start < end else 0
            # a title is stripped only when a name follows it
            if n and n < end - start and (
                span.label_ == "PER" or start + n in gaz_starts or (end - start - n > 1 and _looks_like_person(doc[start + n : end]))
            ):
                start += n
                changed = titled = True
        if start >= end:
            return None, titled
        if not titled:
            # the title may stand just before the model's span: "juru bicara [Kremlin Dmitry Peskov]"
            titled = any(_title_at(doc, k) == start - k for k in range(max(0, start - 4), start))
        return Span(doc, start, end, label=span.label_), titled

    def _keep(self, span: Span, cased: bool, timex: list[tuple[int, int]]) -> bool:
        text = span.text
        if _DOMAIN.search(text):
            return False
        key = name_key(text)
        if not key or key in not_entities():
            return False
        if span[0].text.lower() in event_heads():
            return False
        if tuple(key.split()) in title_set() or (len(span) == 1 and span.text in name_heads()):
            return False
        if cased and not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
            return False
        if sum(c.isalpha() for c in text) < 2:
            return False
        # a date or time ("Senin", "September 2023") is a time expression, not a name
        return not any(s <= span.start_char and span.end_char <= e for s, e in timex)

    def __call__(self, doc: Doc) -> Doc:
        cased = _is_cased(doc)
        timex = [(s.start_char, s.end_char) for s in doc.spans.get("timexes", [])] if "timexes" in doc.spans else []
        gaz: list[Span] = []
        for match_id, start, end in [*self.matcher(doc), *self.lower_matcher(doc)]:
            key = doc.vocab.strings[match_id]
            entry = self.entry_of[key]
            gaz.append(Span(doc, start, end, label=entry.type, kb_id=entry.name))
        # longest gazetteer matches first ("Dewan Keamanan PBB" over "PBB")
        gaz = [g for g in filter_spans(gaz) if not any(g.start_char < e and s < g.end_char for s, e in timex)]
        gaz_starts = frozenset(g.start for g in gaz)
        model: list[Span] = []
        titled: set[int] = set()
        dateline = _dateline(doc) if cased else []
        for ent in [*(e for e in doc.ents if not any(d.start < e.end and e.start < d.end for d in dateline)), *dateline]:
            span, had_title = self._strip(ent, cased, gaz_starts)
            if (
                span is not None
                and cased
                and span.label_ == "PER"
                and len(span) > 1
                and span[0].is_sent_start
                and span[0].lower_ in common_words()
            ):
                # "Jenazah Maureen": a capitalised common word at a sentence start is no first name
                span = Span(doc, span.start + 1, span.end, label=span.label_)
            if span is not None and self._keep(span, cased, timex):
                if had_title and span.label_ != "PER" and len(span) > 1 and _looks_like_person(span):
                    # "IPDA Markus Wilco Mitang": what follows a personal title is a person
                    span = Span(doc, span.start, span.end, label="PER")
                if had_title and span.label_ != "PER" and len(span) > 2:
                    # "Bupati [Muara Teluk Syahrani Noor]", "Deputi Gubernur [BI Ratna
                    # Kusumawardani]": the office's place or body, then its holder
                    cut = _before_person(doc, span.start, span.end)
                    if cut < span.end:
                        model.append(Span(doc, span.start, cut, label=span.label_))
                        span = Span(doc, cut, span.end, label="PER")
                model.append(span)
                if had_title:
                    titled.add(span.start)
        if cased:
            # on equal spans the head word's type wins over the model's ("Universitas ..." is an ORG)
            model = _split_headed(filter_spans(_headed_names(doc, model, gaz) + model))
        ents = _merge(model, gaz, cased, titled)
        if cased:
            ents = _titled_persons(doc, ents)
        doc.ents = ents
        return doc


def _capitalised(text: str) -> bool:
    return text[:1].isupper() and any(c.isalpha() for c in text)


def _title_at(doc: Doc, i: int) -> int:
    """Length in tokens of the title starting at token i (0 if none)."""
    for title in titles_by_first().get(doc[i].lower_, ()):
        n = len(title)
        if tuple(t.lower_ for t in doc[i : i + n]) == title:
            return n
    return 0


def _headed_names(doc: Doc, model: list[Span], gaz: list[Span]) -> list[Span]:
    """Organisation and place names opened by a head word (``name_heads.tsv``):
    "Badan Intelijen Nasional Korea Selatan", "Dewan Keamanan Nasional AS".

    The name runs over capitalised words and inner connectors, takes in a known
    name it reaches and ends there, and stops before a person the model or the
    gazetteer found ("Dewan Keamanan Nasional Adrienne Watson").
    """
    heads = name_heads()
    lower_heads = {h.lower(): t for h, t in heads.items()}
    gaz_at = {g.start: g for g in gaz}
    # people the model found where the gazetteer knows a place ("KBRI [Manila]") do not count
    known = {(g.start, g.end) for g in gaz if g.label_ != "PER"}
    person_at = {s.start for s in (*model, *gaz) if s.label_ == "PER" and (s.start, s.end) not in known}
    out: list[Span] = []
    n = len(doc)
    i = 0
    while i < n:
        label, length = _head_at(doc, i, heads, lower_heads)
        # "Ibu Kota Korea Utara" is North Korea's capital, not a place named "Kota
        # Korea Utara"; "Wali Kota Kupang" is Kupang's mayor
        if not label or (i > 0 and (name_key(doc[i - 1 : i + length].text) in not_entities() or _title_at(doc, i - 1) > 1)):
            i += 1
            continue
        j, end = i + length, 0
        while j < n and j not in person_at and not _title_at(doc, j):
            tok = doc[j]
            if j in gaz_at:
                end = j = gaz_at[j].end
                break
            if _capitalised(tok.text):
                end = j = j + 1
                continue
            nxt = j + 1
            # "Kementerian Luar Negeri dan Kementerian Unifikasi": two names, not one
            if (
                label == "ORG"
                and tok.text.lower() in connectors()
                and nxt < n
                and _capitalised(doc[nxt].text)
                and not _head_at(doc, nxt, heads)[0]
            ):
                j += 1
                continue
            break
        first = doc[i + length] if i + length < n else None
        if (
            end
            and not doc[i].text[:1].isupper()
            and (
                first is None
                or end - length - i > 2
                or i + length in gaz_at
                or not _name_word(first.text)
                or first.is_upper  # "stasiun RCTI", "tentara NICA": a noun before an acronym
                or first.lower_ in calendar_words()  # "gerakan Jumat bersih"
                or _head_at(doc, i + length, heads)[0]
            )
        ):
            # a lower-case head ("armada Pasifik Rusia", "kosmodrom Vostochny") only
            # before a proper name, never before common words in capitals
            end = 0
        if end:
            end = _before_person(doc, i + length, end)
            out.append(Span(doc, i, end, label=label))
            i = end
        else:
            i += 1
    return out


def _split_headed(spans: list[Span]) -> list[Span]:
    """A headed organisation or place name with a person's name run on after it, split."""
    out = []
    heads = name_heads()
    for span in spans:
        length = _head_at(span.doc, span.start, heads)[1] if span.label_ != "PER" else 0
        cut = _before_person(span.doc, span.start + length, span.end) if length else span.end
        if cut < span.end:
            out += [Span(span.doc, span.start, cut, label=span.label_), Span(span.doc, cut, span.end, label="PER")]
        else:
            out.append(span)
    return out


def _head_at(doc: Doc, i: int, heads: dict[str, str], lower_heads: dict[str, str] | None = None) -> tuple[str, int]:
    """(type, length) of a name head word at token i, ("", 0) if none; lower-case
    heads only when ``lower_heads`` is given."""
    first = doc[i].text
    if first not in heads and first.lower() not in (lower_heads or ()) and first not in _head_first_words():
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


def _before_person(doc: Doc, first: int, end: int) -> int:
    """Where an organisation name ends when a person's name runs on after it
    ("Dewan Keamanan Nasional Adrienne Watson"): before a final run of two or
    more uncommon capitalised words, if common words came first."""
    k = end
    while k > first and _person_word(doc[k - 1].text):
        k -= 1
    if end - k >= 2 and k > first:
        return k
    return end


def _person_word(text: str) -> bool:
    """A word that can be part of a person's name: uncommon, capitalised, not an
    acronym ("WNI", "BI"), not an organisation or place word."""
    return _name_word(text) and not (len(text) > 1 and text.isupper()) and text.lower() not in org_place_words()


def _name_word(text: str) -> bool:
    low = text.lower()
    return (
        _capitalised(text)
        and all(c.isalpha() or c in "-'’." for c in text)
        and low not in common_words()
        and low not in lower_heads()
        and (low,) not in title_set()
        and name_key(text) not in alias_index()
    )


def _titled_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with the people named right after a title: added where the model
    missed them ("Menteri Pertahanan Andrey Belousov", "Deputi Perdana Menteri
    Denis Manturov"), retyped where it gave a person's name another type
    ("Menteri Pertahanan Amerika Serikat, Lloyd Austin" read as a place)."""
    taken = set()
    for e in ents:
        taken.update(range(e.start, e.end))
    at = {e.start: e for e in ents}

    def person_like(span: Span) -> bool:
        # a surname may also name a place ("Austin"); the first word decides
        return (
            span.label_ != "PER"
            and len(span) > 1
            and not span.kb_id_
            and all(_name_word(t.text) and not t.is_upper for t in span)
            and span[0].lower_ not in org_place_words()
            and span[0].lower_ not in lower_heads()
        )

    out: list[Span] = []
    retyped: dict[int, Span] = {}
    n = len(doc)
    i = 0
    while i < n:
        length = _title_at(doc, i)
        if not length or i in taken:
            i += 1
            continue
        j = i + length
        # chained titles and the country or body they belong to
        while j < n:
            more = _title_at(doc, j)
            if more:
                j += more
            elif j in at and at[j].label_ != "PER" and not person_like(at[j]):
                j = at[j].end
                if j < n and doc[j].text == "," and j + 1 < n and _capitalised(doc[j + 1].text):
                    j += 1
            else:
                break
        if j in at and person_like(at[j]):
            retyped[j] = Span(doc, j, at[j].end, label="PER")
            i = at[j].end
            continue
        k = j
        while k < n and k not in taken and _capitalised(doc[k].text):
            k += 1
        # the whole capitalised run must look like a person's name (at most four
        # uncommon words that are not organisation or place words)
        if k - j > 4 or not all(_person_word(t.text) for t in doc[j:k]):
            k = j
        # "Ibu Kota" is a capital city, not a Mrs Kota
        if k > j and name_key(doc[i : j + 1].text) in not_entities():
            k = j
        # "Menteri Kehakiman" names a ministry's head, not a Mr Kehakiman
        if k - j == 1 and j == i + length and doc[i : i + length].text.lower() in portfolio_titles():
            k = j
        if k > j:
            out.append(Span(doc, j, k, label="PER"))
        i = max(k, i + 1)
    return sorted([retyped.get(e.start, e) for e in ents] + out, key=lambda s: s.start)


def _looks_like_person(span: Span) -> bool:
    return all(_person_word(t.text) for t in span)


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


def _is_cased(doc: Doc) -> bool:
    """Whether the text uses capitals at all (NERP-style lower-cased text does not)."""
    alpha = [t for t in doc if t.is_alpha]
    if not alpha:
        return False
    return sum(1 for t in alpha if t.text[:1].isupper()) / len(alpha) > 0.03


def _nearby(gaz: list[Span]) -> Callable[[Span], list[Span]]:
    """For a span, the gazetteer spans that may overlap it, in their order: those starting from one
    longest gazetteer span before it to its end. Comparing every model span with every gazetteer
    span made a long text quadratic in its names."""
    starts = [g.start for g in gaz]
    if starts != sorted(starts):  # not in text order: no shortcut keeps their order
        return lambda span: gaz
    longest = max((len(g) for g in gaz), default=0)
    return lambda span: gaz[bisect_left(starts, span.start - longest) : bisect_left(starts, span.end)]


def _merge(model: list[Span], gaz: list[Span], cased: bool, titled: set[int] = frozenset()) -> list[Span]:
    """The model's spans and the gazetteer's, without overlaps.

    A gazetteer name wins over a model span it covers or crosses. A model span
    that holds gazetteer names keeps them nested ("Dewan Keamanan Nasional AS",
    "Armada Pasifik Rusia"), except a person span that starts or ends with a
    place or organisation ("Korea Utara Kim Jong Un" after "Pemimpin" was
    stripped), which is split, and a span made of gazetteer names only
    ("Rusia Ukraina"), which becomes those names.
    """
    out: list[Span] = []
    used: set[int] = set()
    near = _nearby(gaz)
    for span in model:
        inside = [g for g in near(span) if span.start <= g.start and g.end <= span.end]
        crossing = [g for g in near(span) if g.start < span.end and span.start < g.end and g not in inside]
        if crossing:
            # the model saw part of a known name ("Korea" of "Korea Utara"): keep what is left over
            covered = set()
            for g in crossing:
                covered.update(range(g.start, g.end))
            rest = [i for i in range(span.start, span.end) if i not in covered]
            if rest and rest == list(range(rest[0], rest[-1] + 1)) and len(rest) < len(span):
                part = Span(span.doc, rest[0], rest[-1] + 1, label=span.label_)
                if not cased or any(t.text[:1].isupper() for t in part):
                    span = part
                    inside = [g for g in near(span) if span.start <= g.start and g.end <= span.end]
                else:
                    continue
            else:
                continue
        if not inside:
            out.append(span)
            continue
        if len(inside) == 1 and inside[0].start == span.start and inside[0].end == span.end:
            out.append(inside[0])
            used.add(id(inside[0]))
            continue
        covered_by_gaz = sum(len(g) for g in inside)
        if covered_by_gaz == len(span) or (
            covered_by_gaz + sum(1 for t in span if not t.is_alpha) == len(span) and len(inside) > 1
        ):
            out.extend(inside)
            used.update(id(g) for g in inside)
            continue
        if span.label_ == "PER" or span.start in titled:
            pieces = _split_person(span, [g for g in inside if g.label_ != "PER"], leading_only=span.label_ != "PER")
            if pieces is not None:
                out.extend(pieces)
                used.update(id(g) for g in inside)
                continue
        out.append(span)
        used.update(id(g) for g in inside)
    for g in gaz:
        if id(g) not in used and not any(g.start < s.end and s.start < g.end for s in out):
            out.append(g)
    return sorted(filter_spans(out), key=lambda s: s.start)


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


@Language.factory("telisik_gazetteer", default_config={})
def make_gazetteer(nlp: Language, name: str) -> EntityGazetteer:
    return EntityGazetteer(nlp)


# ---------------------------------------------------------------- linking inside an article


@dataclass
class Mention:
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
    mentions: list[Mention] = field(default_factory=list)
    kb: str = ""

    @property
    def type(self) -> str:
        if self.kb:
            for m in self.mentions:
                if m.kb:
                    return m.label
        votes = Counter()
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


def _initials(text: str) -> str:
    return "".join(w[0] for w in re.split(r"[\s-]+", text) if w[:1].isupper())


class EntityLinker:
    """Groups ``doc.ents`` into article entities with their mentions (``doc._.entities``)."""

    def __call__(self, doc: Doc) -> Doc:
        ents = list(doc.ents)
        extra = _parenthesised_aliases(doc, ents)
        extra += _aged_persons(doc, ents + extra)
        extra += _repeated_names(doc, ents + extra)
        if extra:
            doc.ents = sorted(filter_spans(ents + extra), key=lambda s: s.start)
            ents = list(doc.ents)
        mentions = [Mention(e.text, e.start_char, e.end_char, e.label_, e.kb_id_) for e in ents]
        pairs = _parenthesis_pairs(doc, ents)
        doc._.entities = [
            {"id": f"e{i}", "global_id": None, "name": c.name, "type": c.type, "mentions": _mention_dicts(c)}
            for i, c in enumerate(cluster_mentions(mentions, pairs), start=1)
        ]
        return doc


def _aged_persons(doc: Doc, ents: list[Span]) -> list[Span]:
    """People introduced with their age in brackets, the Indonesian news habit:
    "seorang warga, Hasnah (38), mengaku ..." names a person the model may not know."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for i, tok in enumerate(doc):
        if tok.text != "(" or i + 2 >= len(doc) or doc[i + 2].text != ")" or not doc[i + 1].text.isdigit():
            continue
        if not 1 <= int(doc[i + 1].text) <= 110:
            continue
        k = i
        while k > 0 and i - k < 4 and _person_word(doc[k - 1].text) and k - 1 not in taken:
            k -= 1
        if k < i and not any(j in taken for j in range(k, i)):
            out.append(Span(doc, k, i, label="PER"))
    return out


def _mention_dicts(cluster: Cluster) -> list[dict[str, Any]]:
    return [{"text": m.text, "start": m.start, "end": m.end} for m in sorted(cluster.mentions, key=lambda m: m.start)]


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


def _repeated_names(doc: Doc, ents: list[Span]) -> list[Span]:
    """Later (or earlier) bare occurrences of names found elsewhere in the article:
    the model tags "Kishida" in one sentence and misses it in the next. Besides
    each name as written, a person's first and last word count ("Wong" of
    "Penny Wong", "Kim" of "Kim Jong Un"); uncommon words only."""
    if not ents:
        return []
    forms: dict[tuple[str, ...], str] = {}
    for ent in ents:
        words = tuple(t.text for t in ent)
        if len(words) > 1 or _name_word(words[0]):
            forms.setdefault(words, ent.label_)
        if ent.label_ == "PER" and len(words) > 1:
            for word in (words[0], words[-1]):
                if len(word) >= 3 and _name_word(word):
                    forms.setdefault((word,), "PER")
    taken = set()
    for ent in ents:
        taken.update(range(ent.start, ent.end))
    by_first: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for words in sorted(forms, key=len, reverse=True):
        by_first[words[0]].append(words)
    def name_neighbour(k: int) -> bool:
        return 0 <= k < len(doc) and _capitalised(doc[k].text) and doc[k].lower_ not in common_words()

    def alone(i: int, end: int) -> bool:
        # a name part inside another capitalised name is not this name ("BCS Bowl Game");
        # a capitalised common word ("Menurut Ma'ruf") is no such name
        return not name_neighbour(i - 1) and not name_neighbour(end)

    out: list[Span] = []
    i = 0
    while i < len(doc):
        found = None
        if i not in taken:
            for words in by_first.get(doc[i].text, ()):
                end = i + len(words)
                if (
                    end <= len(doc)
                    and tuple(t.text for t in doc[i:end]) == words
                    and not taken.intersection(range(i, end))
                    and alone(i, end)
                ):
                    found = Span(doc, i, end, label=forms[words])
                    break
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


def cluster_mentions(mentions: list[Mention], pairs: Iterable[tuple[int, int]] = ()) -> list[Cluster]:
    """Mentions of the same entity grouped, clusters in order of first mention.

    Links, in order: the gazetteer's canonical name (also for a mention the
    model found whose folded text is a gazetteer alias); the same folded text;
    "Name (ALIAS)"; an acronym of a longer name's capitalised initials ("AS" of
    "Amerika Serikat"); a part of a longer person's name ("Kim", "Putin"); an
    organisation's first or last word when only one organisation has it ("Persib").
    """
    parent = list(range(len(mentions)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        a, b = find(i), find(j)
        if a != b:
            parent[max(a, b)] = min(a, b)

    index = alias_index()
    for m in mentions:
        if not m.kb:
            entry = index.get(m.key)
            if entry is not None and (entry.type == m.label or entry.type != "PER"):
                m.kb, m.label = entry.name, entry.type
    place_heads = optional_heads()
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        keys = {m.key, f"kb:{m.kb}" if m.kb else ""}
        words = m.key.split()
        if m.label == "LOC" and len(words) > 1 and words[0] in place_heads:
            # "Pulau Natuna" and "Natuna", "Kota Palu" and "Palu" are one place; but a
            # regency named for a known city is not that city ("Kabupaten Bandung")
            rest = " ".join(words[1:])
            if place_heads[words[0]] == "optional" or rest not in alias_index():
                keys.add(rest)
        for key in keys - {""}:
            if key in first:
                union(i, first[key])
            else:
                first[key] = i
    pairs = list(pairs)
    for a, b in pairs:
        union(a, b)
    _link_short_forms(mentions, pairs, union)

    def groups() -> dict[int, list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(mentions)):
            out[find(i)].append(i)
        return out

    # acronyms of longer names in the article
    initials: dict[str, int] = {}
    for root, members in groups().items():
        for i in members:
            m = mentions[i]
            if len(m.text.split()) > 1 and mentions[root].label != "PER":
                initials.setdefault(_initials(m.text), root)
    for i, m in enumerate(mentions):
        if _is_acronym(m.text) and not m.kb and m.text in initials:
            union(i, initials[m.text])

    # parts of a person's name: each shorter person mention joins the nearest
    # earlier (else the first later) fuller person whose words include all of its words
    grouped = groups()
    persons = [(root, {w for i in members for w in mentions[i].key.split()}) for root, members in grouped.items()]
    for root, members in sorted(grouped.items(), key=lambda kv: max(len(mentions[i].key.split()) for i in kv[1])):
        own = {w for i in members for w in mentions[i].key.split()}
        label = Counter(mentions[i].label for i in members).most_common(1)[0][0]
        single_word = all(len(mentions[i].key.split()) == 1 for i in members)
        if label != "PER" and not (single_word and not any(mentions[i].kb for i in members)):
            continue
        candidates = [
            (other, words)
            for other, words in persons
            if find(other) != find(root)
            and own < words
            and Counter(mentions[i].label for i in grouped.get(other, [other])).most_common(1)[0][0] == "PER"
        ]
        if not candidates:
            continue
        start = mentions[members[0]].start

        def distance(item: tuple[int, set[str]], start: int = start) -> tuple[int, int]:
            before = [mentions[i].start for i in grouped.get(item[0], [item[0]]) if mentions[i].start < start]
            return (0, start - max(before)) if before else (1, 0)

        target = min(candidates, key=distance)[0]
        union(root, target)

    # an organisation's short name: "Persib" of "Persib Bandung", "Bulog" of "Perum Bulog"
    grouped = groups()
    long_orgs: dict[str, set[int]] = defaultdict(set)
    for root, members in grouped.items():
        for i in members:
            words = mentions[i].text.split()
            if mentions[i].label == "ORG" and len(words) > 1:
                for word in (words[0], words[-1]):
                    if _name_word(word) and word not in name_heads():
                        long_orgs[word].add(root)
    for root, members in grouped.items():
        texts = {mentions[i].text for i in members}
        if len(texts) == 1 and all(mentions[i].label == "ORG" and not mentions[i].kb for i in members):
            targets = long_orgs.get(next(iter(texts)), set()) - {root}
            if len(targets) == 1:
                union(root, next(iter(targets)))

    clusters: list[Cluster] = []
    for members in sorted(groups().values(), key=lambda ms: min(mentions[i].start for i in ms)):
        ms = [mentions[i] for i in members]
        kb = next((m.kb for m in ms if m.kb), "")
        clusters.append(Cluster(mentions=ms, kb=kb))
    return clusters


def _link_short_forms(mentions: list[Mention], pairs: list[tuple[int, int]], union: Any) -> None:
    """A name written with its bracketed short form and a place links to the long
    name: "Dinkes Kota Palu" to "Dinas Kesehatan (Dinkes)", "Pengadilan Tipikor
    Jakarta" to "Pengadilan Tindak Pidana Korupsi (Tipikor)". The short form
    opens the name, or follows the long name's first word; what follows it is a
    place the article names."""
    places = {m.key for m in mentions if m.label == "LOC"}
    index = alias_index()
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
                union(i, n)


@Language.factory("telisik_entities", default_config={})
def make_entity_linker(nlp: Language, name: str) -> EntityLinker:
    return EntityLinker()


@cache
def _ner_config() -> dict[str, Any]:
    config = spacy.util.load_config(MODEL_DIR / "config.cfg", interpolate=True)
    component = dict(config["components"]["ner"])
    component.pop("factory", None)
    return component


def add_entity_pipes(nlp: Language) -> None:
    """The trained ``ner`` (from the shipped model), the gazetteer, the linker."""
    # The shipped model is a full spaCy pipeline (``spacy.load(MODEL_DIR)``
    # works), but sourcing it would build a second Indonesian tokenizer, whose
    # 30,000 exceptions take seconds to load; the ner is built from its config
    # and weights instead, which is what sourcing does with the component.
    ner = nlp.add_pipe("ner", config=_ner_config())
    ner.from_disk(MODEL_DIR / "ner", exclude=["vocab"])
    nlp.add_pipe("telisik_gazetteer")
    nlp.add_pipe("telisik_entities")


# ---------------------------------------------------------------- linking across articles


def entity_keys(ent: dict[str, Any]) -> set[str]:
    """The keys that make two article entities of one type the same entity.

    The folded canonical name, any folded mention of two or more words, and
    the gazetteer's name for any of them. A lone surname ("Kim") is not a
    key, since it can stand for different people in different articles.
    """
    index = alias_index()
    keys = {name_key(ent["name"])}
    keys.update(name_key(m["text"]) for m in ent.get("mentions", []) if len(_words(m["text"])) > 1)
    for key in list(keys):
        entry = index.get(key)
        if entry is not None:
            keys.add("kb:" + entry.name)
    keys.discard("")
    return keys


def entity_name(names: list[str], mentions: list[str]) -> str:
    """The name of an entity made of article entities: the gazetteer's when the text uses it, else the canonical form."""
    index = alias_index()
    kb = next((index[name_key(x)].name for x in names if name_key(x) in index), "")
    mentioned = {name_key(m) for m in mentions}
    return kb if kb and name_key(kb) in mentioned else canonical_name(names)


def same_entities(entities: Sequence[Mapping[str, Any]]) -> list[list[int]]:
    """The entities that are one, as lists of their indices, in the order of their first member.

    Two entities are one when they have the same type and share a key
    (``entity_keys``), directly or through others (a union-find over the keys).
    """
    parent = list(range(len(entities)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    owner: dict[tuple[str, str], int] = {}
    for i, ent in enumerate(entities):
        for key in entity_keys(ent):
            a, b = find(i), find(owner.setdefault((ent["type"], key), i))
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(entities)):
        groups[find(i)].append(i)
    return sorted(groups.values(), key=min)


def link_across(articles: list[Any]) -> list[dict[str, Any]]:
    """The document-level ``entities`` list; sets each article entity's ``global_id``.

    Two article entities are one when they have the same type and share a key
    (``entity_keys``).
    """
    items: list[tuple[Any, dict[str, Any]]] = [(a, e) for a in articles for e in (a.entities or [])]
    out: list[dict[str, Any]] = []
    for n, members in enumerate(same_entities([e for _, e in items]), start=1):
        gid = f"E{n}"
        names = [items[i][1]["name"] for i in members]
        name = entity_name(names, [m["text"] for i in members for m in items[i][1].get("mentions", [])])
        forms: list[str] = []
        articles_of: list[str] = []
        for i in members:
            article, ent = items[i]
            ent["global_id"] = gid
            forms += [ent["name"], *(m["text"] for m in ent.get("mentions", []))]
            if article.id not in articles_of:
                articles_of.append(article.id)
        aliases = [f for f in dict.fromkeys(forms) if f != name]
        out.append({"id": gid, "name": name, "type": items[members[0]][1]["type"], "aliases": aliases, "articles": articles_of})
    return out
