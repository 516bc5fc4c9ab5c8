"""Named entities: the trained NER and the in-article linker, ``telisik_entities``.

Three pipes, added by ``add_entity_pipes`` after the time expressions:

- ``ner``: the CPU model shipped in ``models/ner_id`` (trained by
  ``telisik.nlp.train_ner``; PER, ORG, LOC), sourced with its own tok2vec.
- ``telisik_gazetteer`` (``gazetteer.EntityGazetteer``): known names merged with
  the model's spans, titles stripped, into ``doc.ents``.
- ``telisik_entities`` (``EntityClusterer``): groups the mentions of one entity
  inside the article ("Kim Jong Un" = "Kim Jong-un" = "Kim"; "Amerika Serikat" =
  "AS"; "Kantor Berita Pusat Korea Utara (KCNA)") and writes ``doc._.entities``:
  a list of ``records.entities.Entity`` (``global_id`` None) whose mentions have
  character offsets into ``doc.text``; a bare country's entity carries how its
  mentions' sentences read it, the national side or the country (``reads_as``,
  ``side_reading``), which the cross-article linker follows.

Both components read their language data (``lexicon.EntityLexicon``)
from the files their config names, and save it with the pipeline (``to_disk``),
so a saved pipeline loads with ``spacy.load`` without the package's files (but
the side reading's cues, ``side_reading_cues.tsv``, which the package's
``side_reading`` reads itself, as the linker does).

``entity_keys``, ``same_entities`` and ``entity_name`` say which article
entities are one; ``collection.linking.EntityLinker`` links a collection's
articles with them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

import telisik.nlp.entities.gazetteer  # noqa: F401 - registers telisik_gazetteer, which add_entity_pipes adds
from telisik.nlp.doc import doc_text, token_lowers, token_texts
from telisik.nlp.entities.context_types import (
    bodies_of_holders,
    clubs_of_places,
    coordinated_title_parts,
    coordinated_types,
    first_names_misread,
    initials_after_cues,
    initials_with_ages,
    place_contexts,
    split_at_ranks,
    split_glued_owners,
    split_glued_pairs,
    split_known_prefixes,
    with_hyphenated_tails,
    with_tail_types,
    without_codes,
    without_degrees,
    without_glued_codes,
    without_languages,
    without_portfolios,
    without_unit_words,
)
from telisik.nlp.entities.glued_tails import without_glued_tails
from telisik.nlp.entities.lexicon import (
    DEFAULT_FILES,
    EntityLexicon,
    LexiconComponent,
    capitalised,
    default_lexicon,
    is_acronym,
    local_cues,
    name_initials,
    name_words,
    province_names,
)
from telisik.nlp.entities.maker_types import makers_as_bodies
from telisik.nlp.entities.nicknames import nickname_spans, team_of_nickname
from telisik.nlp.entities.number_tails import without_number_tails
from telisik.nlp.entities.place_parts import without_place_parts
from telisik.nlp.entities.side_reading import COUNTRY, SIDE
from telisik.nlp.entities.speaker_types import speakers_as_persons
from telisik.nlp.entities.team_readings import country_reading, place_ends
from telisik.nlp.entities.territory_levels import other_level_forms
from telisik.nlp.entities.work_titles import without_regulation_names, without_work_titles
from telisik.nlp.union_find import UnionFind
from telisik.records.entities import Entity, Mention
from telisik.text import name_key

# the fewest letters of a place's or body's name written without its spaces that still make a key of it
# ("Kali Talang" and "Kalitalang"): a shorter glued name may be another name ("PT PLN", "PTPLN" is left)
_MIN_GLUED_LETTERS = 8
# a figure with a thousands or decimal separator ("3.965", "1,5"): a count glued to a name, no part of it
_FIGURE = re.compile(r"\d+(?:[.,]\d+)+")

MODEL_DIR = Path(__file__).resolve().parent.parent.parent / "models" / "ner_id"
TYPES = ("PER", "ORG", "LOC")

if not Doc.has_extension("entities"):
    Doc.set_extension("entities", default=None)


# ---------------------------------------------------------------- linking inside an article


@dataclass
class SpanMention:
    """A mention as the in-article linker groups it (character offsets, type, gazetteer name)."""

    text: str
    start: int
    end: int
    label: str
    kb: str = ""  # gazetteer canonical name, if any
    # the place or country written right after a body's name that makes it that place's body ("Kemlu [Israel]",
    # "DPRK [Aceh Besar]"): part of the entity's name, not of the mention
    owner: str = ""

    @property
    def key(self) -> str:
        return name_key(self.text)


@dataclass
class Cluster:
    mentions: list[SpanMention] = field(default_factory=list)
    kb: str = ""

    def type_in(self, lex: EntityLexicon) -> str:
        """The gazetteer's type if it knows the entity; a person where a full person's name is read as
        one and the other readings are of that name or its parts ("Lionel Messi" and three "Messi" read
        as a club); else the vote of the mentions, the fuller a mention the more it counts."""
        if self.kb:
            for m in self.mentions:
                if m.kb:
                    return m.label
        if any(_company_words(lex, m) for m in self.mentions):
            # "PT Nurham" names a company however often the text writes a bare "Nurham" the model read as a person
            return "ORG"
        if self._person_named(lex):
            return "PER"
        votes: Counter[str] = Counter()
        for m in self.mentions:
            # the fuller a mention, the more its type counts ("Putin" once read as a place)
            votes[m.label] += len(m.key.split())
        return votes.most_common(1)[0][0]

    def _person_named(self, lex: EntityLexicon) -> bool:
        persons = [
            m for m in self.mentions if m.label == "PER" and len(m.text.split()) > 1 and all(lex.person_word(w) for w in m.text.split())
        ]
        if not persons:
            return False
        words = {w for m in persons for w in m.key.split()}
        return all(set(m.key.split()) <= words for m in self.mentions)

    def name_in(self, lex: EntityLexicon) -> str:
        """The cluster's name; a place written only after a lower-case head is named
        without it ("di kota Graz" names Graz) where the head may be dropped (``optional_heads``):
        "laut Sulawesi" and "semenanjung Arab" are not Sulawesi and the Arabs."""
        if self.kb in lex.continent_names:
            # "asli Amerika" is the Americas: named so, never the country's short name (``_continents``)
            return self.kb
        forms = [m.text for m in self.mentions]
        for m in self.mentions:
            words = m.text.split()
            if m.label == "LOC" and len(words) > 1 and words[0].islower() and _droppable_head(lex, words):
                forms.append(" ".join(words[1:]))
        return canonical_name(forms, self.kb)


def _droppable_head(lex: EntityLexicon, words: list[str]) -> bool:
    """A place's name without its first word, its head, is the same place: the head is optional, or
    optional unless the rest is a known name ("kepulauan Nusantara", but not "kabupaten Bandung"), or only
    where the rest is a known place (``_head_drops``)."""
    return _head_drops(lex, words[0].lower(), " ".join(words[1:]))


def _head_drops(lex: EntityLexicon, head: str, rest: str) -> bool:
    """Whether a place's head ``head`` may be dropped from its name, ``rest`` left (``optional_heads``). A head that
    names a way or a facility ("jalur", flag "if-known") drops only before a place the gazetteer or the regencies know
    ("jalur Gaza" is Gaza, "jalur Pantura" the coast road): after it an operator ("jalur Transjakarta", the busway
    lane, not the bus company) is no place of that name."""
    flag = lex.optional_heads.get(head)
    if flag == "unless-known":
        return name_key(rest) not in lex.alias_index
    return flag == "optional" or (flag == "if-known" and lex.known_place(rest))


def canonical_name(forms: list[str], kb: str = "") -> str:
    """The gazetteer's name when the text uses it ("Amerika Serikat" over "Negeri
    Paman Sam", "Kim Jong Un" where the text writes "Kim Jong-un"); otherwise the
    fullest surface form opening with a capital: a capital first, then most words
    (hyphens count as spaces), then a form not in capitals (a dateline's "SIAK" is
    "Siak"), then a form without hyphens, then the commonest."""
    counts = Counter(forms)
    kb_key = name_key(kb) if kb else ""
    if kb_key and any(name_key(f) == kb_key for f in counts):
        return kb

    def rank(form: str) -> tuple[bool, bool, int, bool, int, int]:
        shouted = len(form) > 3 and form.isupper()
        return (form[:1].isupper(), not _ends_in_figure(form), len(name_words(form)), not shouted, int("-" not in form), counts[form])

    return max(counts, key=rank)


class EntityClusterer(LexiconComponent):
    """Groups ``doc.ents`` into article entities with their mentions (``doc._.entities``)."""

    def __init__(self, nlp: Language, name: str = "telisik_entities", *, files: dict[str, Any], ages: list[int], min_part_letters: int):
        super().__init__(nlp, name, {"files": dict(files), "ages": list(ages), "min_part_letters": min_part_letters})

    def __call__(self, doc: Doc) -> Doc:
        lex = self.lexicon
        ents = _names_ending_in_short_forms(lex, _villages_before_holders(lex, without_number_tails(doc, list(doc.ents))))
        ents = split_at_ranks(lex, doc, without_languages(lex, without_codes(lex, ents)))
        extra = _parenthesised_aliases(lex, doc, ents)
        extra += _aged_persons(lex, doc, ents + extra, self.cfg["ages"])
        # a name found elsewhere in the article is no place where a culture noun makes it a people's ("adat Jawa")
        extra += without_languages(lex, _repeated_names(lex, doc, ents + extra, self.cfg["min_part_letters"]))
        if extra:
            doc.ents = sorted(filter_spans(ents + extra), key=lambda s: s.start)
            ents = list(doc.ents)
        # after the repeated names: the first "MK" of "MK (7)" may be one of them
        ents = initials_after_cues(lex, doc, initials_with_ages(doc, ents, self.cfg["ages"]), self.cfg["ages"])
        ents = _company_tickers(lex, doc, split_glued_owners(lex, split_known_prefixes(lex, _company_acronyms(lex, ents))))
        ents = _bodies_short_forms(lex, doc, ents)
        ents = place_contexts(lex, doc, coordinated_types(lex, doc, ents, lex.list_joiners), lex.place_prepositions)
        ents = without_unit_words(lex, doc, without_portfolios(lex, doc, first_names_misread(lex, doc, ents)))
        conjunctions = frozenset(w for w in lex.list_joiners if w.isalpha())
        ents = coordinated_title_parts(lex, doc, nickname_spans(lex, doc, ents), conjunctions)
        ents = clubs_of_places(lex, doc, split_glued_pairs(lex, doc, ents, conjunctions))
        ents = with_tail_types(lex, with_hyphenated_tails(lex, doc, without_degrees(lex, doc, without_glued_codes(ents))))
        ents = bodies_of_holders(lex, doc, ents)
        ents = without_work_titles(lex, doc, speakers_as_persons(lex, doc, without_place_parts(lex, doc, ents)))
        ents = makers_as_bodies(lex, without_regulation_names(lex, doc, ents))
        doc.ents = ents
        mentions = [SpanMention(e.text, e.start_char, e.end_char, e.label_, e.kb_id_) for e in ents]
        mentions = _run_together_names(lex, without_glued_tails(lex, mentions))
        pairs = _parenthesis_pairs(lex, doc, ents)
        text = doc_text(doc)
        past_brackets = _bodies_named_past_brackets(lex, text, mentions, pairs)
        entities = [
            Entity(id=f"e{i}", global_id=None, name=_cluster_name(lex, c, past_brackets), type=c.type_in(lex), mentions=_mention_records(c))
            for i, c in enumerate(cluster_mentions(mentions, pairs, lex, text), start=1)
        ]
        doc._.entities = with_country_readings(lex, text, entities)
        return doc


# ``Entity.reads_as`` holds the record's own spelling of ``side_reading``'s readings
_READS_AS: dict[str, Literal["side", "country"]] = {SIDE: "side", COUNTRY: "country"}


def with_country_readings(lex: EntityLexicon, text: str, entities: list[Entity]) -> list[Entity]:
    """The article's entities, each bare country given how its mentions' own sentences read it (``reads_as``: the side
    in "Indonesia kalah 0-6 dari Jepang", the country in "warga Indonesia di Osaka, Jepang"; ``team_readings``). The
    linker of every engine reads the entity's fields, never the body, so the reading is made here, where the text is:
    one window of a few hundred characters around each mention of a country, never the whole text per entity."""
    ends = place_ends(lex, entities)
    for ent in entities:
        ent.reads_as = _READS_AS.get(country_reading(lex, text, ent, ends))
    return entities


def _villages_before_holders(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """A person's name of three words or more after a village head's title that opens with a word that is no given
    name and goes on with one is the village and its head: "Kepala Desa [Sukamaju] [Ahmad Rifai]"."""
    out: list[Span] = []
    for ent in ents:
        if _village_then_holder(lex, ent):
            out += [Span(ent.doc, ent.start, ent.start + 1, label="LOC"), Span(ent.doc, ent.start + 1, ent.end, label="PER")]
        else:
            out.append(ent)
    return out


def _village_then_holder(lex: EntityLexicon, ent: Span) -> bool:
    lowers, i = token_lowers(ent.doc), ent.start
    title = any(i - n >= 0 and " ".join(lowers[i - n : i]) in lex.village_heads for n in (1, 2))
    return (
        title
        and ent.label_ == "PER"
        and len(ent) >= 3
        and all(t.is_alpha and t.is_title for t in ent)
        and ent[0].lower_ not in lex.given_names
        and ent[1].lower_ in lex.given_names
        and _holder_named_alone(ent)
    )


def _holder_named_alone(ent: Span) -> bool:
    """Whether the text names the holder elsewhere without the word before him ("Ahmad menambahkan ..." after "Kades
    Sukamaju Ahmad Rifai"): the given-names list is far from whole, so a first word missing from it ("Kades Wahyudi
    Agus Santoso") splits nothing on that alone."""
    first, holder = ent[0].text, ent[1].text
    return any(t.text == holder and (t.i == 0 or t.nbor(-1).text != first) for t in ent.doc if not ent.start <= t.i < ent.end)


def _names_ending_in_short_forms(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """A place's one-word short form the gazetteer matched right after a name ending in a given name is the last
    word of a person's name: "Syekh Ali Jabar", "makam Wan Abdul Jabar" name no Jawa Barat ("Jabar")."""
    out: list[Span] = []
    for ent in ents:
        before = out[-1] if out else None
        if before is not None and before.end == ent.start and _short_form_surname(lex, before, ent):
            out[-1] = Span(ent.doc, before.start, ent.end, label="PER")
        else:
            out.append(ent)
    return out


def _short_form_surname(lex: EntityLexicon, before: Span, ent: Span) -> bool:
    """Whether a one-word place the gazetteer knows by another name ("Jabar", short for "Jawa Barat") follows a
    given name ("Ali", "Abdul") with no title, head or place word between: a surname, not the place."""
    if len(ent) != 1 or not ent.kb_id_ or ent.label_ != "LOC" or name_key(ent.text) == name_key(ent.kb_id_):
        return False
    return before.label_ != "ORG" and before[-1].lower_ in lex.given_names and not before.kb_id_ and before[-1].text.istitle()


def _run_together_names(lex: EntityLexicon, mentions: list[SpanMention]) -> list[SpanMention]:
    """A person's mention that runs two names the article writes apart together is the two ("Lisa Mariana Tuntut
    Ridwan Kamil", a related headline; "Strategy Michael Saylor", a company and its chief; "Agus Salim Padang", a
    stadium's namesake and its city); one that wraps a name the article writes apart in ordinary words is that name
    ("Bocah Ajaib Lamine Yamal", "Ria Ricis Buka Suara Soal Kedekatan"). Each mention keeps its place in the list
    (the bracket pairs count by it); a second part goes at the end."""
    alone: dict[str, list[SpanMention]] = defaultdict(list)
    for m in mentions:
        alone[m.key].append(m)
    out = list(mentions)
    for i, m in enumerate(mentions):
        parts = _name_parts(lex, m, alone) if m.label == "PER" else []
        if parts:
            out[i] = parts[0]
            out += parts[1:]
    return out


def _name_parts(lex: EntityLexicon, m: SpanMention, alone: Mapping[str, list[SpanMention]]) -> list[SpanMention]:
    """The names a person's mention of three words or more runs together (``_run_together_names``); none if it is one name."""
    words = [(w.start(), w.end()) for w in re.finditer(r"\S+", m.text)]
    if len(words) < 3:
        return []
    texts = [m.text[s:e] for s, e in words]
    found = _names_inside(texts, alone)
    cut = _run_together_cut(lex, texts, found, alone)
    return [_part_mention(m, words[a][0], words[b - 1][1], alone[name_key(" ".join(texts[a:b]))]) for a, b in cut]


def _names_inside(words: list[str], alone: Mapping[str, list[SpanMention]]) -> list[tuple[int, int]]:
    """The word ranges, left to right and the longest first, of the names inside a mention the article writes alone."""
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        last = len(words) - 1 if i == 0 else len(words)  # the whole mention is no name inside itself
        end = next((e for e in range(last, i, -1) if name_key(" ".join(words[i:e])) in alone), 0)
        if end:
            found.append((i, end))
            i = end
        else:
            i += 1
    return found


def _run_together_cut(
    lex: EntityLexicon, words: list[str], found: list[tuple[int, int]], alone: Mapping[str, list[SpanMention]]
) -> list[tuple[int, int]]:
    """Of the names found inside a mention, those it is: two or more, each of two words or more or a word the
    article reads as no person's and no given name ("Strategy", a company; "PADANG", a city), never one person's
    given name and surname written alone ("Lionel ... Messi"); else the one name of two words or more that only
    ordinary words wrap ("Bocah Ajaib [Lamine Yamal]")."""
    names = [(a, b) for a, b in found if b - a > 1 or _no_persons_word(lex, words[a], alone)]
    if len(names) > 1 and len(names) == len(found):
        return names
    if len(found) == 1 and found[0][1] - found[0][0] > 1:
        a, b = found[0]
        # an ordinary word that is also a given name may open the name ("Raja Juli Antoni")
        if all(lex.ordinary_word(w) and w.lower() not in lex.given_names for w in words[:a] + words[b:]):
            return [found[0]]
    return []


def _no_persons_word(lex: EntityLexicon, word: str, alone: Mapping[str, list[SpanMention]]) -> bool:
    """A word the article writes alone, at least once as no person's, and no given name: a company's, a city's
    ("PADANG" in the dateline, "Padang" read once as a person's), not "Lionel"."""
    return word.lower() not in lex.given_names and not all(m.label == "PER" for m in alone[name_key(word)])


def _part_mention(m: SpanMention, start: int, end: int, like: list[SpanMention]) -> SpanMention:
    """The part [start, end) of a mention's text, typed as the article's mentions of it alone are."""
    label = Counter(x.label for x in like).most_common(1)[0][0]
    return SpanMention(m.text[start:end], m.start + start, m.start + end, label, next((x.kb for x in like if x.kb), ""))


def _bodies_named_past_brackets(
    lex: EntityLexicon, text: str, mentions: list[SpanMention], pairs: list[tuple[int, int]]
) -> dict[tuple[int, int], str]:
    """(start, end) of a body's name written with its short form in brackets and then its place -> the body's
    whole name: "Kejaksaan Negeri (Kejari) Bangkalan" is the prosecutors' office of Bangkalan, "Kejaksaan
    Negeri Bangkalan", not any "Kejaksaan Negeri" (the place stays an entity of its own). A country there is
    where the body is, not part of its name ("Universitas Pendidikan Sultan Idris (UPSI) Malaysia",
    "Kementerian Luar Negeri (Kemlu) RI")."""
    places = {m.start: m for m in mentions if m.label == "LOC" and m.text not in lex.country_names and m.kb not in lex.country_names}
    out: dict[tuple[int, int], str] = {}
    for n, a in pairs:
        body, short = mentions[n], mentions[a]
        if body.label == "PER" or not text.startswith(") ", short.end):
            continue
        place = places.get(short.end + 2)
        if place is not None:
            out[(body.start, body.end)] = f"{body.text} {place.text}"
    return out


def _cluster_name(lex: EntityLexicon, cluster: Cluster, past_brackets: Mapping[tuple[int, int], str]) -> str:
    """The cluster's name (``Cluster.name_in``), or the whole name of a body whose place follows its bracketed
    short form, unless a fuller name of it is written (``_bodies_named_past_brackets``)."""
    name = cluster.name_in(lex)
    for m in cluster.mentions:
        whole = past_brackets.get((m.start, m.end)) or (f"{m.text} {m.owner}" if m.owner else "")
        if whole and len(name_words(whole)) >= len(name_words(name)):
            return whole
    return name


def _mention_records(cluster: Cluster) -> list[Mention]:
    return [Mention(m.text, m.start, m.end) for m in sorted(cluster.mentions, key=lambda m: m.start)]


def _aged_persons(lex: EntityLexicon, doc: Doc, ents: list[Span], ages: Sequence[int] = (1, 110)) -> list[Span]:
    """People introduced with their age in brackets (``ages``: the youngest and the oldest), the Indonesian
    news habit: "seorang warga, Hasnah (38), mengaku ..." names a person the model may not know."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    texts = token_texts(doc)
    n = len(texts)
    for i, text in enumerate(texts):
        if text != "(" or i + 2 >= n or texts[i + 2] != ")" or not texts[i + 1].isdigit():
            continue
        if not ages[0] <= int(texts[i + 1]) <= ages[1]:
            continue
        k = i
        while k > 0 and i - k < 4 and lex.person_word(texts[k - 1]) and k - 1 not in taken:
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


def _parenthesised_aliases(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """An acronym or short form in brackets after a name the NER left untagged:
    "Kantor Berita Pusat Korea Utara (KCNA)", "Departemen Luar Negeri (Deplu)";
    only one that names the same thing (``bracket_names_same``)."""
    out = []
    starts = {e.start for e in ents}
    for ent in ents:
        rng = _paren_after(doc, ent)
        if rng is None or rng[0] in starts:
            continue
        inner = doc[rng[0] : rng[1]]
        if (
            inner[0].text[:1].isupper()
            and all(t.is_alpha or t.text == "-" for t in inner)
            and bracket_names_same(lex, (ent.text, ent.label_), (inner.text, ent.label_), tagged=False)
        ):
            out.append(Span(doc, rng[0], rng[1], label=ent.label_))
    return out


def is_ticker(lex: EntityLexicon, name: str, inner: str) -> bool:
    """Whether ``inner``, in brackets after ``name``, is a listed company's ticker: three to five capitals
    after a name ending in a legal form ("PT Jaya Agra Wattie Tbk (JAWA)")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower() in lex.company_suffixes and inner.isalpha() and inner.isupper() and 3 <= len(inner) <= 5


def _company_tickers(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """A company's ticker in brackets after its name is the company, whatever else its letters spell (the
    island "Jawa" of "PT Jaya Agra Wattie Tbk (JAWA)"): an organisation, known by the company's name."""
    out = list(ents)
    for k in range(len(ents) - 1):
        ent, inner = ents[k], ents[k + 1]
        rng = _paren_after(doc, ent)
        if rng is not None and (inner.start, inner.end) == rng and ent.label_ == "ORG" and is_ticker(lex, ent.text, inner.text):
            out[k + 1] = Span(doc, inner.start, inner.end, label="ORG", kb_id=ent.text)
    return out


def _bodies_short_forms(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[Span]:
    """A short form in brackets after a body's name that the model read as a person is the body: "Universitas
    Airlangga (Unair)", "Ikatan Alumni Fakultas Ilmu Komunikasi (IKA Fikom)", "Organisasi Harapan Nusantara (Ohana)", when its
    letters abbreviate the name (``abbreviates``), it is no given name the lexicon knows and it abbreviates no place
    the name holds ("Polres Rokan Hilir (Rohil)")."""
    out = list(ents)
    for k in range(len(ents) - 1):
        ent, inner = ents[k], ents[k + 1]
        if ent.label_ != "ORG" or inner.label_ != "PER" or _paren_after(doc, ent) != (inner.start, inner.end):
            continue
        if _short_form_of_body(lex, inner.text, ent.text):
            out[k + 1] = Span(doc, inner.start, inner.end, label="ORG")
    return out


def _short_form_of_body(lex: EntityLexicon, short: str, name: str) -> bool:
    if lex.known(short) is not None or _given_name(lex, short) or not abbreviates(short, name):
        return False
    return not _abbreviates_place_inside(lex, short, name.split())


def _abbreviates_place_inside(lex: EntityLexicon, short: str, words: list[str]) -> bool:
    """Whether ``short`` abbreviates a place named inside a body's name: "Rohil" of "Polres Rokan Hilir (Rohil)"
    is the regency Rokan Hilir, not the police office."""
    runs = (" ".join(words[i:j]) for i in range(len(words)) for j in range(i + 2, len(words) + 1))
    return any(lex.known_place(run) and abbreviates(short, run) for run in runs)


def _given_name(lex: EntityLexicon, text: str) -> bool:
    first = text.split()[0].lower()
    return first in lex.given_names or first in lex.common_given_names


def abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an abbreviation of ``long``: its letters, in order, through the long name's
    words, the first opening one of them ("Deplu" of "Departemen Luar Negeri", "Korut" of "Korea Utara",
    "Danantara" of "Badan Pengelola Investasi Daya Anagata Nusantara", "BRIN" of "Badan Riset dan
    Inovasi Nasional"); a short form has fewer letters and fewer words than the name."""
    letters = name_key(short).replace(" ", "")
    words = name_words(long)
    if len(letters) < 2 or len(words) < 2 or len(name_words(short)) >= len(words) or len(letters) >= sum(map(len, words)):
        return False
    return any(word[0] == letters[0] and _in_order(letters[1:], "".join(words[at:])[1:]) for at, word in enumerate(words))


def _in_order(letters: str, text: str) -> bool:
    """Whether ``letters`` occur in ``text`` in order (gaps allowed)."""
    rest = iter(text)
    return all(c in rest for c in letters)


def bracket_names_same(lex: EntityLexicon, name: tuple[str, str], inner: tuple[str, str], tagged: bool = True) -> bool:
    """Whether "Name (Inner)" names one thing twice, each given as (text, type): the gazetteer knows both
    as one entry, or (neither a different entry nor of a different type) one abbreviates the other, or,
    where the model ``tagged`` both as names of one type, both are names of two words or more that the
    gazetteer does not know: a translation ("Civil Defense Force (Pasukan Pertahanan Sipil)"). A legal
    form ("PT Pertamina (Persero)": ``not_entities``) or a place after a club ("Al Hilal (Arab Saudi)") is
    no second name."""
    name_text, inner_text = name[0], inner[0]
    if not name_key(inner_text) or name_key(inner_text) in lex.not_entity_keys:
        return False
    if name[1] == "ORG" and is_ticker(lex, name_text, inner_text):
        return True
    known = [lex.known(t) for t in (name_text, inner_text)]
    if known[0] is not None and known[1] is not None:
        return known[0].name == known[1].name
    if name[1] != inner[1] or any(k is not None and k.type != name[1] for k in known):
        return False
    # a place named in brackets after a facility or body is where it is: "Bandara Frans Seda (Kabupaten Sikka)"
    located = inner_text.split()[0].lower() in lex.optional_heads
    if tagged and not located and known == [None, None] and min(len(name_words(name_text)), len(name_words(inner_text))) > 1:
        return True
    return abbreviates(inner_text, name_text) or abbreviates(name_text, inner_text)


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
        texts = token_texts(self.doc)
        return 0 <= k < len(texts) and capitalised(texts[k]) and token_lowers(self.doc)[k] not in self.lex.common_words

    def alone(self, i: int, end: int) -> bool:
        # a name part inside another capitalised name is not this name ("BCS Bowl Game");
        # a capitalised common word ("Menurut Ma'ruf") is no such name
        return not self.name_neighbour(i - 1) and not self.name_neighbour(end)

    def found_at(self, i: int) -> Span | None:
        doc = self.doc
        texts = token_texts(doc)
        for words in self.by_first.get(texts[i], ()):
            end = i + len(words)
            if end <= len(texts) and tuple(texts[i:end]) == words and not self.taken.intersection(range(i, end)) and self.alone(i, end):
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


def _parenthesis_pairs(lex: EntityLexicon, doc: Doc, ents: list[Span]) -> list[tuple[int, int]]:
    """(mention index of a name, mention index of its bracketed alias), for the brackets that name the
    same thing (``bracket_names_same``). A bracket the article writes after two different names is
    shared by them, no alias of either, unless it abbreviates the name: a results table's "Aprilia Racing
    (RS-GP25)" and "Trackhouse Aprilia (RS-GP25)" are two teams on one bike."""
    index = {e.start: i for i, e in enumerate(ents)}
    pairs = []
    for i, ent in enumerate(ents):
        rng = _paren_after(doc, ent)
        if rng is None or rng[0] not in index:
            continue
        inner = ents[index[rng[0]]]
        if inner.end == rng[1] and bracket_names_same(lex, (ent.text, ent.label_), (inner.text, inner.label_)):
            pairs.append((i, index[rng[0]]))
    names_of: dict[str, set[str]] = defaultdict(set)
    for i, a in pairs:
        names_of[name_key(ents[a].text)].add(name_key(ents[i].text))
    return [(i, a) for i, a in pairs if len(names_of[name_key(ents[a].text)]) == 1 or abbreviates(ents[a].text, ents[i].text)]


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


def cluster_mentions(
    mentions: list[SpanMention], pairs: Iterable[tuple[int, int]] = (), lex: EntityLexicon | None = None, text: str = ""
) -> list[Cluster]:
    """Mentions of the same entity grouped, clusters in order of first mention.

    Links, in order: the gazetteer's canonical name (also for a mention the
    model found whose folded text is a gazetteer alias); the same folded text;
    "Name (ALIAS)"; an acronym of a longer name's capitalised initials ("AS" of
    "Amerika Serikat"); a part of a longer person's name ("Kim", "Putin"); an
    organisation's first or last word when only one organisation has it ("Persib").
    ``text`` is the article's text the offsets point into: with it, a bare word of a person named before
    that the gazetteer knows as a place or body stays the person's (``_persons_short_forms``).
    """
    groups = _MentionGroups(mentions, lex or default_lexicon())
    _resolve_gazetteer(groups)
    _continents(groups, text)
    _bodies_of_other_states(groups, text)
    if text:
        _local_acronyms(groups, text)
        _persons_short_forms(groups, text)
    _link_same_keys(groups)
    pairs = list(pairs)
    for a, b in pairs:
        groups.union(a, b)
    _link_short_forms(groups, pairs)
    _link_acronyms(groups)
    _link_person_parts(groups)
    _link_organisation_short_names(groups)
    _link_company_short_names(groups)
    if text:
        _link_brands_to_legal_names(groups, text)
    _link_team_nicknames(groups)
    clusters: list[Cluster] = []
    for members in sorted(groups.groups().values(), key=lambda ms: min(mentions[i].start for i in ms)):
        ms = [mentions[i] for i in members]
        clusters.append(Cluster(mentions=ms, kb=next((m.kb for m in ms if m.kb), "")))
    return clusters


def _resolve_gazetteer(groups: _MentionGroups) -> None:
    """A model mention whose folded text is a gazetteer name or alias gets the gazetteer's name (and type)."""
    for m in groups.mentions:
        if not m.kb:
            entry = groups.lex.known(m.text)
            # a person's initials ("AS (15)", ``initials_with_ages``) stay a person whatever else the letters name
            initials = m.label == "PER" and is_acronym(m.text)
            if entry is not None and (entry.type == m.label or (entry.type != "PER" and not initials)):
                m.kb, m.label = entry.name, entry.type


def _continents(groups: _MentionGroups, text: str) -> None:
    """A continent's bare name the gazetteer reads as a country ("Amerika", the United States) is the continent
    after a word that makes it one ("benua Amerika", "penduduk asli Amerika": ``continent_cues.txt``): it takes the
    continent's name (``continent_names.txt``: "Benua Amerika"), so it links to no country across articles."""
    lex = groups.lex
    bare = {" ".join(name.split()[1:]): name for name in lex.continent_names}
    for m in groups.mentions:
        continent = bare.get(m.text)
        if continent is None or not text:
            continue
        before = text[max(0, m.start - 40) : m.start].lower().split()
        # two-word cues ("penduduk asli"): a bare "asli" is no cue, "produk asli Amerika" is the country's
        if before and (before[-1] in lex.continent_cues or " ".join(before[-2:]) in lex.continent_cues):
            m.kb, m.label = continent, "LOC"


def _mention_after(mentions: list[SpanMention], m: SpanMention, text: str) -> SpanMention | None:
    """The mention written right after another, one space apart (``text`` the article's; without it, by offsets)."""
    for n in mentions:
        if n.start == m.end + 1 and (not text or text[m.end : n.start] == " "):
            return n
    return None


def _bodies_of_other_states(groups: _MentionGroups, text: str) -> None:
    """A body every state has, known by Indonesia's short form, is another state's: with that country's name right
    after it ("Kemlu Israel", "DPR AS"), or bare in an article that names another country and nothing of Indonesia
    ("Partai Republik di DPR", a report on Washington). It loses the gazetteer's name (so that it links to no
    Indonesian body) and is named with the country (``national_bodies.tsv``)."""
    lex = groups.lex
    bodies = [m for m in groups.mentions if m.label == "ORG" and m.kb in lex.national_bodies]
    if not bodies:
        return
    abroad = _only_country_abroad(groups, text)
    for m in bodies:
        country = _mention_after(groups.mentions, m, text)
        if country is not None and country.label == "LOC" and _foreign_country(lex, _state_of(lex, country)):
            m.kb, m.owner = "", country.text
        elif country is None and is_acronym(m.text) and m.kb in lex.bare_national_bodies:
            owner = abroad or _chamber_abroad(groups, text, m)
            if owner:
                m.kb, m.owner = "", owner


def _chamber_abroad(groups: _MentionGroups, text: str, m: SpanMention) -> str:
    """The foreign country an article names most, where the sentence of a bare "DPR" names another state's chamber
    beside it ("Demokrat akan mengendalikan DPR dan Republik ... di Senat": ``foreign_chambers.txt``): Indonesia has no
    senate, so the DPR is that state's lower house, whatever the dateline; "" otherwise."""
    lex = groups.lex
    if not any(_chamber_named(lex, cue, _sentence_around(text, m.start, m.end)) for cue in lex.foreign_chambers):
        return ""
    counts = Counter(n.text for n in groups.mentions if n.label == "LOC" and _foreign_country(lex, _state_of(lex, n)))
    return counts.most_common(1)[0][0] if counts else ""


def _sentence_around(text: str, start: int, end: int) -> str:
    """The text's sentence around offsets ``start``-``end``: cut at ". " and at a line break (a headline, a
    paragraph), like ``stories/match_facts``."""
    first = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start)) + 1
    ends = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    return text[first : min(ends) if ends else len(text)]


def _chamber_named(lex: EntityLexicon, cue: str, sentence: str) -> bool:
    """Whether a sentence names another state's chamber (``foreign_chambers``): a "Senat" that opens a longer name is
    a campus body ("Senat Mahasiswa", "Senat Universitas Indonesia"), unless the name goes on with a foreign country
    ("Senat AS")."""
    for found in re.finditer(rf"\b{re.escape(cue)}\b(?:\s+([A-Z][\w-]*))?", sentence):
        after = found.group(1)
        entry = lex.known(after) if after else None
        if after is None or entry is not None and entry.type == "LOC" and _foreign_country(lex, entry.name):
            return True
    return False


def _state_of(lex: EntityLexicon, m: SpanMention) -> str:
    entry = lex.known(m.text)
    return m.kb or (entry.name if entry is not None else "")


def _foreign_country(lex: EntityLexicon, state: str) -> bool:
    return state in lex.country_names and state not in lex.national_homes and state not in province_names()


def _only_country_abroad(groups: _MentionGroups, text: str) -> str:
    """The foreign country an article names most after its dateline, as written, where it names nothing of Indonesia
    (its country, a province, a regency or city), its dateline included; "" otherwise. A body's bare short form there
    is that country's where every state has one of its kind (``national_bodies.tsv``'s third column)."""
    lex = groups.lex
    places = [m for m in groups.mentions if m.label == "LOC"]
    # (an Indonesian dateline, "JAKARTA -", writes from home: its "DPR" commenting on a war abroad is Indonesia's)
    if any(_home_place(lex, m) for m in places):
        return ""
    counts = Counter(m.text for m in places if m.start > _dateline_end(text) and _foreign_country(lex, _state_of(lex, m)))
    return counts.most_common(1)[0][0] if counts else ""


def _home_place(lex: EntityLexicon, m: SpanMention) -> bool:
    """Whether a place mention names Indonesia, one of its provinces or one of its regencies and cities."""
    state = _state_of(lex, m)
    return state in lex.national_homes or state in province_names() or m.key in lex.regency_keys or name_key(state) in lex.regency_keys


def _dateline_end(text: str) -> int:
    """Where an article's dateline ("Liputan6.com, Jakarta - ") ends: its first dash within the opening characters, else 0."""
    head = text[:80]
    for dash in (" - ", " – ", " — "):
        at = head.find(dash)
        if at >= 0:
            return at + len(dash)
    return 0


def _local_acronyms(groups: _MentionGroups, text: str) -> None:
    """A country's acronym that also names a regional body of one province ("DPRK": North Korea, and Aceh's regency
    councils) is the body, an organisation, in an article that names the province or one of its places
    (``local_acronyms.tsv``); named with the place written right after it ("DPRK Aceh Besar")."""
    lex = groups.lex
    found = {m.text for m in groups.mentions} & lex.local_acronyms
    for acronym in found:
        cues = local_cues(lex, acronym)
        if not any(re.search(rf"\b{re.escape(cue)}\b", text, re.IGNORECASE) for cue in cues):
            continue
        for m in groups.mentions:
            if m.text == acronym:
                place = _mention_after(groups.mentions, m, text)
                m.kb, m.label = "", "ORG"
                m.owner = place.text if place is not None and place.label == "LOC" else ""


def _persons_short_forms(groups: _MentionGroups, text: str) -> None:
    """A person named in full and later by one word of the name: that word is the person's even where the
    gazetteer knows it as a place or body ("Denzel Washington ... Washington", "Shinji Kagawa ... Kagawa"),
    unless the article writes it as a place at least once ("di Washington", "asal Haiti", "Kota Kagawa"):
    then every bare mention of it keeps the gazetteer's reading."""
    mentions = groups.mentions
    persons = [m for m in mentions if m.label == "PER" and _full_person_name(m.text)]
    bare: dict[str, list[SpanMention]] = defaultdict(list)
    for m in mentions:
        if m.kb and m.label != "PER" and len(m.key.split()) == 1:
            bare[m.key].append(m)
    for key, found in bare.items():
        first = min(m.start for m in found)
        if not any(p.start < first and key in p.key.split() for p in persons):
            continue
        if any(_place_cue_before(groups.lex, text, m.start) for m in found):
            continue
        for m in found:
            m.kb, m.label = "", "PER"


def _full_person_name(text: str) -> bool:
    """A person's name of two to five capitalised words ("Shinji Kagawa", "Robin van Persie"), not a phrase
    the model misread as one ("Pesawat jama'ah haji Mauritania")."""
    words = text.split()
    lower = [w for w in words if not w[:1].isupper()]
    return 2 <= len(words) <= 5 and len(lower) <= 1 and all(len(w) <= 3 for w in lower)


def _place_cue_before(lex: EntityLexicon, text: str, start: int) -> bool:
    """Whether the word before ``start`` makes what follows a place: a place preposition ("di", "asal") or head ("kota")."""
    before = text[max(0, start - 40) : start].split()
    word = before[-1].lower() if before else ""
    return word in lex.place_prepositions or word in lex.optional_heads or word in lex.lower_heads


def _link_same_keys(groups: _MentionGroups) -> None:
    """Mentions with the same folded text or gazetteer name; a place with and without an optional head."""
    place_heads = groups.lex.optional_heads
    # "Kota Malang" and "Kabupaten Malang" in one article are two places: a name two heads share joins neither
    shared = _names_of_two_heads(groups.mentions, place_heads)
    first: dict[str, int] = {}
    for i, m in enumerate(groups.mentions):
        keys = {written_key(m.text, groups.lex), f"kb:{m.kb}" if m.kb else ""}
        if m.kb in groups.lex.continent_names:
            # "penduduk asli Amerika" is the continent: it joins no bare "Amerika" (the country) of the article
            keys = {f"kb:{m.kb}"}
        words = m.key.split()
        if m.label == "LOC" and len(words) > 1 and words[0] in place_heads:
            # "Pulau Natuna" and "Natuna", "Kota Palu" and "Palu" are one place; but a
            # regency named for a known city is not that city ("Kabupaten Bandung")
            rest = " ".join(words[1:])
            if _head_drops(groups.lex, words[0], rest) and rest not in shared:
                keys.add(rest)
        for key in keys - {""}:
            if key in first:
                groups.union(i, first[key])
            else:
                first[key] = i


def _names_of_two_heads(mentions: list[SpanMention], place_heads: Mapping[str, str]) -> set[str]:
    """The folded place names an article writes after two different heads ("Kota Malang", "Kabupaten Malang")."""
    heads: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        words = m.key.split()
        if m.label == "LOC" and len(words) > 1 and words[0] in place_heads:
            heads[" ".join(words[1:])].add(words[0])
    return {rest for rest, found in heads.items() if len(found) > 1}


def _link_short_forms(groups: _MentionGroups, pairs: list[tuple[int, int]]) -> None:
    """A name written with its bracketed short form and a place links to the long
    name: "Dinkes Kota Palu" to "Dinas Kesehatan (Dinkes)", "Pengadilan Tipikor
    Jakarta" to "Pengadilan Tindak Pidana Korupsi (Tipikor)". The short form
    opens the name, or follows the long name's first word; what follows it is a
    place the article names. Where the article writes the short form before two
    different places ("Timnas Indonesia" and "Timnas Jepang" after "Tim Nasional
    (Timnas)"), those are two bodies and the long name is neither."""
    mentions = groups.mentions
    for n, a in pairs:
        long_words, short = mentions[n].text.split(), mentions[a].text
        if mentions[n].label == "PER" or len(long_words) < 2:
            continue
        joined = _short_form_places(groups, (n, a), long_words, short)
        if len({rest for _, rest in joined if rest}) > 1:
            joined = [(i, rest) for i, rest in joined if not rest]
        for i, _ in joined:
            groups.union(i, n)


def _short_form_places(groups: _MentionGroups, pair: tuple[int, int], long_words: list[str], short: str) -> list[tuple[int, str]]:
    """The mentions that write a long name's short form, bare or before a place, with that place (folded, "" if bare)."""
    mentions = groups.mentions
    places = {m.key for m in mentions if m.label == "LOC"}
    index = groups.lex.alias_index
    out: list[tuple[int, str]] = []
    for i, m in enumerate(mentions):
        words = m.text.split()
        if i in pair or m.label == "PER" or short not in words[:2]:
            continue
        at = words.index(short)
        if at == 1 and words[0] != long_words[0]:
            continue
        rest = name_key(" ".join(words[at + 1 :]))
        entry = index.get(rest)
        if not rest or rest in places or (entry is not None and entry.type == "LOC"):
            out.append((i, rest))
    return out


def _link_acronyms(groups: _MentionGroups) -> None:
    """Acronyms of longer names in the article ("AS" of "Amerika Serikat")."""
    mentions = groups.mentions
    initials: dict[str, int] = {}
    for root, members in groups.groups().items():
        for i in members:
            if len(mentions[i].text.split()) > 1 and mentions[root].label != "PER":
                initials.setdefault(name_initials(mentions[i].text), root)
    for i, m in enumerate(mentions):
        if is_acronym(m.text) and not m.kb and m.text in initials:
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
    if any(mentions[i].label == "LOC" and mentions[i].key in groups.lex.regency_keys for i in members):
        # a regency's or city's name read as a place ("PADANG", a dateline) is no surname of a person whose
        # misread name runs on into it ("... Agus Salim Padang", a stadium's)
        return None
    candidates = [
        (other, words)
        for other, words in persons
        if groups.find(other) != groups.find(root) and own < words and _reads_as_person(groups, grouped.get(other, [other]))
    ]
    if not candidates:
        return None
    start = mentions[members[0]].start

    def distance(item: tuple[int, set[str]]) -> tuple[int, int]:
        before = [mentions[i].start for i in grouped.get(item[0], [item[0]]) if mentions[i].start < start]
        return (0, start - max(before)) if before else (1, 0)

    return min(candidates, key=distance)[0]


def _reads_as_person(groups: _MentionGroups, members: list[int]) -> bool:
    """Whether the model read a group as a person at least as often as anything else: "Khvicha Kvaratskhelia"
    read once as a place and once as a person takes its bare surname. (A museum or stadium named for a person,
    "Musée Rodin", opens with a "firm" head of name_heads.tsv and is read as the body, not the person.)"""
    counts = Counter(groups.mentions[i].label for i in members)
    return counts["PER"] > 0 and counts["PER"] == max(counts.values())


def _link_organisation_short_names(groups: _MentionGroups) -> None:
    """An organisation's short name: "Persib" of "Persib Bandung", "Bulog" of "Perum Bulog". A longer name whose
    other words are a model or a figure (``_model_or_figure_after``: "Huawei Nova 13 Pro") takes no short name, but
    still counts among the names a short name may be of ("Huawei" beside "Huawei Nova" and "Huawei Nova 13 Pro")."""
    mentions, lex = groups.mentions, groups.lex
    grouped = groups.groups()
    long_orgs: dict[str, set[int]] = defaultdict(set)
    models: set[tuple[str, int]] = set()
    for root, members in grouped.items():
        for i in members:
            words = mentions[i].text.split()
            if mentions[i].label == "ORG" and len(words) > 1:
                for word in (words[0], words[-1]):
                    if lex.name_word(word) and word not in lex.name_heads:
                        long_orgs[word].add(root)
                if _model_or_figure_after(lex, words):
                    models.add((words[0], root))
    for root, members in grouped.items():
        texts = {mentions[i].text for i in members}
        if len(texts) == 1 and all(mentions[i].label == "ORG" and not mentions[i].kb for i in members):
            short = next(iter(texts))
            targets = long_orgs.get(short, set()) - {root}
            if len(targets) == 1 and (short, next(iter(targets))) not in models:
                groups.union(root, next(iter(targets)))


def _model_or_figure_after(lex: EntityLexicon, words: list[str]) -> bool:
    """Whether a name's words after its first are a figure glued to it ("Denza 3.965", a sales count) or, after a
    maker (``product_makers``), a model's: a number, a code or a model's word ("Huawei Nova 13 Pro", "BYD M6",
    ``model_words.tsv``'s trims, ``product_models``). The bare first word is then no short name of it: the maker
    "Huawei" is not its phone. The maker's own bodies ("Jaecoo Indonesia") have none of these."""
    rest = words[1:]
    if rest and all(_FIGURE.fullmatch(w) for w in rest):
        return True
    if words[0].lower() not in lex.product_makers:
        return False
    return any(any(c.isdigit() for c in w) or w.lower() in lex.model_trims or w.lower() in lex.product_models for w in rest)


def _ends_in_figure(form: str) -> bool:
    """A name written with a figure glued after it ("Denza 3.965"): no name of the entity when another form is."""
    words = form.split()
    return len(words) > 1 and bool(_FIGURE.fullmatch(words[-1]))


def _company_words(lex: EntityLexicon, mention: SpanMention) -> list[str]:
    """The folded words of a company's name after its legal form ("gag nikel" of "PT Gag Nikel"; the
    ``whole`` heads of ``name_heads.tsv``); empty for any other mention."""
    words = mention.text.split()
    if mention.label != "ORG" or len(words) < 2 or words[0] not in lex.whole_heads:
        return []
    name = name_words(" ".join(words[1:]))
    while len(name) > 1 and name[-1] in lex.company_suffixes:  # "Tbk", "Persero"
        name.pop()
    return name


def _short_of(short: list[str], name: list[str], misread: bool = False) -> bool:
    """Whether ``short`` is ``name`` shortened by one word at most: its first word, then others of its words
    in order ("Mulia Perkasa" of "Mulia Raymond Perkasa", "Waskita" of "Waskita Karya"). A brand the model
    read as an organisation is no short name of its local company ("Honda" of "PT Honda Prospect Motor");
    a name it ``misread`` as a person's may be shorter ("Kawei" of "PT Kawei Sejahtera Mining")."""
    if not short or not name or short[0] != name[0] or len(short) > len(name) or (len(name) - len(short) > 1 and not misread):
        return False
    return _in_order_words(short[1:], name[1:])


def _initials_of(text: str, words: list[str]) -> bool:
    """Whether ``text`` is an acronym of the initials of ``words`` ("ASP" of "anugerah surya pratama")."""
    return len(words) > 1 and is_acronym(text) and text == "".join(w[0] for w in words).upper()


def _company_acronyms(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """The person spans with a company's initials glued on before another name split off: a list of
    companies "ASP, Kawei, ..." read as one person "ASP Kawei" where "PT Anugerah Surya Pratama" is named
    too. An organisation's unit after its acronym stays one name ("KAI Daop 1 Jakarta")."""
    initials = {
        "".join(w[0] for w in words).upper()
        for e in ents
        if len(words := _company_words(lex, SpanMention(e.text, e.start_char, e.end_char, e.label_))) > 1
    }
    if not initials:
        return ents
    out: list[Span] = []
    for e in ents:
        if e.label_ == "PER" and len(e) > 1 and e[0].text in initials and is_acronym(e[0].text) and lex.name_word(e[1].text):
            out += [Span(e.doc, e.start, e.start + 1, label="ORG"), Span(e.doc, e.start + 1, e.end, label=e.label_)]
        else:
            out.append(e)
    return out


def _in_order_words(words: list[str], name: list[str]) -> bool:
    rest = iter(name)
    return all(w in rest for w in words)


def _link_company_short_names(groups: _MentionGroups) -> None:
    """A company named without its legal form: "Nurham" and "Gag Nikel" (which the model reads as people in
    a list of companies) of "PT Nurham" and "PT Gag Nikel" in the same article, when one company alone has
    that short name, or its initials ("ASP" of "PT Anugerah Surya Pratama"). Not a place ("Pulau Gag" is
    the island the company "PT Gag Nikel" is named for), nor a known name."""
    mentions, lex = groups.mentions, groups.lex
    companies = [(i, words) for i, m in enumerate(mentions) if (words := _company_words(lex, m))]
    if not companies:
        return
    for members in list(groups.groups().values()):
        ms = [mentions[i] for i in members]
        if any(m.kb or m.label == "LOC" or _company_words(lex, m) for m in ms):
            continue
        misread = all(m.label == "PER" for m in ms)
        targets = {
            groups.find(i)
            for i, words in companies
            if all(_short_of(name_words(m.text), words, misread) or _initials_of(m.text, words) for m in ms)
        }
        if len(targets) == 1:
            groups.union(members[0], targets.pop())


def _link_brands_to_legal_names(groups: _MentionGroups, text: str) -> None:
    """A company the gazetteer knows by one word ("TikTok") and the one longer name of the article that starts
    with that word and is written before a legal form ("TikTok Nusantara (SG) Pte Ltd": ``company_suffixes.txt``)
    are one company. A product or service after the name ("Binance Pay"), with no legal form, stays apart."""
    mentions, lex = groups.mentions, groups.lex
    legal: dict[str, set[int]] = defaultdict(set)
    for i, m in enumerate(mentions):
        words = m.text.split()
        after = re.findall(r"[^\W\d_]+", text[m.end : m.end + 16].lower())[:3]
        if m.label == "ORG" and len(words) > 1 and any(w in lex.company_suffixes for w in after):
            legal[words[0]].add(groups.find(i))
    if not legal:
        return
    for members in list(groups.groups().values()):
        brand = mentions[members[0]].kb
        if " " in brand or not all(mentions[i].label == "ORG" and mentions[i].text == brand for i in members):
            continue
        targets = legal.get(brand, set()) - {groups.find(members[0])}
        if len(targets) == 1:
            groups.union(targets.pop(), members[0])


def _link_team_nicknames(groups: _MentionGroups) -> None:
    """A national team's nickname and the team's name: "Garuda" and "Timnas Indonesia"."""
    mentions = groups.mentions
    first: dict[str, int] = {}
    for i, m in enumerate(mentions):
        first.setdefault(m.key, i)
    for nickname, teams in team_of_nickname(groups.lex, first).items():
        for team in teams:
            groups.union(first[team], first[nickname])
            # the team's name names the entity, not its nickname
            for m in mentions:
                if m.key == team and not m.kb:
                    m.kb = m.text


@Language.factory(
    "telisik_entities",
    default_config={"files": DEFAULT_FILES, "ages": [1, 110], "min_part_letters": 3},
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
    if (model_dir / "vocab" / "vectors.cfg").exists():  # the ner reads static (floret) vectors from the vocab
        nlp.vocab.vectors.from_disk(model_dir / "vocab", exclude=["strings"])
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


def written_key(text: str, lex: EntityLexicon) -> str:
    """A name's folded key; for a word the gazetteer knows only as an acronym, as written: "As" (the
    Spanish paper) and "AS" (Amerika Serikat) fold alike, and an acronym is itself only in capitals. A
    closing plus sign is part of a brand's name: "Vision+" (a streaming service) is not "Vision"."""
    key = name_key(text)
    if key and text.rstrip().endswith("+"):
        return f"{key} +"
    return key if key not in lex.acronym_keys or is_acronym(text) else f"as written:{text}"


def entity_keys(ent: Entity | Mapping[str, Any], lex: EntityLexicon | None = None, *, across: bool = False) -> set[str]:
    """The keys that make two article entities of one type the same entity.

    The folded canonical name, any folded mention of two or more words, and
    the gazetteer's name for any of them. A lone surname ("Kim") is not a
    key, since it can stand for different people in different articles; nor
    is a generic name (``generic_names.txt``: "Tim Nasional", "Skuad Garuda").
    ``across`` articles, nor is a one-word name that names many things
    (``names_many``): "Terdakwa", "Agus", "RK" (the gazetteer's name stays).
    """
    lexicon = lex or default_lexicon()
    name, mentions = _name_and_mentions(ent)
    # a generic name ("Timnas", "Skuad Garuda") is a different team in a futsal and a football report
    forms = [text for text in (name, *(t for t in mentions if len(name_words(t)) > 1)) if name_key(text) not in lexicon.generic_keys]
    if across and _type_of(ent) == "ORG":
        forms = [text for text in forms if not _branch_class(name, text, lexicon)]
    keyed = [text for text in forms if not (across and names_many(text, _type_of(ent), lexicon))]
    if across and _type_of(ent) == "LOC":
        keyed = _own_level_forms(lexicon, keyed, [name, *mentions])
    keys = {written_key(text, lexicon) for text in keyed}
    keys |= {variant for key in keys for variant in spelling_keys(key, _type_of(ent))}
    for text in keyed:
        entry = lexicon.known(text)
        if entry is not None:
            keys.add("kb:" + entry.name)
    keys.discard("")
    return keys


def _own_level_forms(lex: EntityLexicon, keyed: list[str], forms: list[str]) -> list[str]:
    """A place's forms to key it by across articles, less its bare forms of another level than its heads give: a bare
    "Jambi" beside "Kota Jambi" is the city the province is named for, keyed by its heads alone
    (``territory_levels``)."""
    other = other_level_forms(lex, forms)
    return [text for text in keyed if name_key(text) not in other] if other else keyed


def _branch_class(name: str, text: str, lex: EntityLexicon) -> bool:
    """Whether a body's mention is its name without the place that ends it: the class of body every region has
    ("Badan Penanggulangan Bencana Daerah" of "Badan Penanggulangan Bencana Daerah Aceh Besar", "Perhimpunan
    Hotel dan Restoran Indonesia" of its Bantul branch). Across articles such a mention links the region's
    body to every other region's."""
    whole, part = name_key(name).split(), name_key(text).split()
    if len(part) >= len(whole) or whole[: len(part)] != part:
        return False
    tail = " ".join(name.split()[len(part) :])
    entry = lex.known(tail)
    if entry is not None:
        return entry.type == "LOC"
    if name_key(tail) in lex.regency_keys:
        return True
    # a place's head and its name after it: "Kabupaten Bantul", "Kota Kupang"
    words = tail.split()
    return len(words) > 1 and lex.name_heads.get(words[0]) == "LOC"


def spelling_keys(key: str, kind: str) -> set[str]:
    """The keys of a folded name's spelling variants: without its accents ("kylian mbappé" is "kylian
    mbappe", "conceição" "conceicao"); a place's or body's name of two or more words also without its
    spaces ("bandar lampung" is "bandarlampung"; "asosiasi sepak bola inggris" and "asosiasi sepakbola
    inggris" glue alike), when that long (``_MIN_GLUED_LETTERS``); never a person's: "Adi Putra" and "Adiputra"
    are two people's names."""
    if key.startswith("as written:"):
        return set()
    plain = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    variants = {plain}
    glued = plain.replace(" ", "")
    if kind != "PER" and glued != plain and len(glued) >= _MIN_GLUED_LETTERS:
        variants.add(glued)
    return variants - {key}


def names_many(text: str, kind: str, lex: EntityLexicon) -> bool:
    """Whether a one-word name the gazetteer does not know names a different thing in each article that
    uses it alone: a capitalised ordinary word ("Terdakwa", "Perseroan", "Tabungan": the model's misreading
    of a sentence's first word), a person's initials ("RK", the suspect of one crime report), a common
    given name ("Agus", a witness in one report, a victim in another); a local acronym read as its province's body
    ("DPRK", the council of whichever of Aceh's regencies the article is about: ``_local_acronyms``)."""
    if kind == "ORG" and text in lex.local_acronyms:
        return True
    if len(text.split()) != 1 or lex.known(text) is not None:
        return False
    if text[:1].isupper() and text[1:].islower() and lex.ordinary_word(text):
        return True
    letters = [c for c in text if c.isalpha()]
    if kind != "PER":
        return False
    return len(letters) <= 2 or is_acronym(text) or text.lower() in lex.common_given_names


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
