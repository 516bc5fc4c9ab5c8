"""The ``telisik_gazetteer`` component (``EntityGazetteer``): known names merged with the NER's and cleaned into ``doc.ents``.

It finds names the model may never have seen (countries, capitals,
international organisations, government seats, news organisations, heads of
state: the ``EntityLexicon``), merges them with the model's spans, strips
titles ("Presiden", "Menteri Pertahanan", "juru bicara"; from
``lang/id/titles.txt``), drops what is not a name (named events, dates, bare
compass points) and sets ``doc.ents``. Gazetteer spans carry the canonical name
in ``kb_id_``. Names opened by a head word and people after titles come from
``name_scans``.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from telisik.nlp.doc import doc_text, token_lowers, token_texts
from telisik.nlp.entities.lexicon import DEFAULT_FILES, EntityLexicon, GazetteerEntry, LexiconComponent, capitalised, is_acronym
from telisik.nlp.entities.name_scans import bodies_off_persons, codes_off_persons, headed_names, split_headed, titled_persons
from telisik.nlp.entities.person_spans import persons_apart
from telisik.pages.dateline import find_dateline, names_outlet
from telisik.text import name_key

_DOMAIN = re.compile(r"\w\.(com|co\.id|co|id|net|org|tv)\b", re.IGNORECASE)
# a dateline's parts: "Mataram, NTB (ANTARA News)" names the places Mataram and NTB and an outlet
_DATELINE_PARTS = re.compile(r"\s*,\s*|\s*\([^()]*\)\s*")
# a football minute ("61'", "19’") after a player's name in a line-up or a scorers' list
_MINUTE_MARKS = {"'", "’", "′"}
_EDGE_PUNCT = set("\"'“”‘’()[]«»,.:;!?-–—/|")

# the token that opens the story's own text after its dateline ("JAKARTA - [Kebakaran] melanda ...",
# "Liputan6.com, Jakarta - [Kanker] tulang ..."): the sentencizer runs the dateline into the first sentence, yet
# the word after the dash opens it, capitalised as any sentence's first word is (``_opens_sentence``)
if not Doc.has_extension("dateline_opener"):
    Doc.set_extension("dateline_opener", default=None)


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
    model_persons: frozenset[str] = frozenset()  # the texts of the model's person spans
    model_names: dict[str, str] = field(default_factory=dict)  # the texts of all the model's spans, with their types


class EntityGazetteer(LexiconComponent):
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
        state.model_persons = frozenset(e.text for e in doc.ents if e.label_ == "PER")
        state.model_names = {e.text: e.label_ for e in doc.ents}
        dateline = _dateline(doc) if state.cased else None
        doc._.dateline_opener = _body_opener(doc, dateline)
        self._find_names(state, dateline)
        for ent in _model_candidates(lex, doc, dateline):
            _take_model_span(state, ent)
        model = state.model
        if state.cased:
            # on equal spans the head word's type wins over the model's ("Universitas ..." is an ORG)
            model = [_head_typed(lex, s) for s in split_headed(lex, filter_spans(headed_names(lex, doc, model, state.gaz) + model))]
        ordinary = lex.common_words | lex.ordinary_words
        ents = _merge(model, state.gaz, state.cased, state.titled, lex.given_names, ordinary, lex.english_words)
        if state.cased:
            ents = _not_names_off(lex, titled_persons(lex, doc, ents, self.cfg["max_person_words"]))
            ents = codes_off_persons(bodies_off_persons(lex, ents))
            ents = persons_apart(lex, _persons_read_as_places(lex, ents))
        named = (_legal_form_typed(lex, _product_off(lex, e)) for e in ents if not _inside_timex(e, state.timex))
        doc.ents = [_network_typed(lex, e) for e in named if e is not None]
        return doc

    def _find_names(self, state: _GazetteerPass, dateline: _DatelineSpans | None) -> None:
        matcher, lower_matcher, entry_of = self.matchers()
        doc = state.doc
        gaz: list[Span] = []
        # a name found in lower case keeps its acronym in capitals: "dewan keamanan PBB", but "di Yogyakarta" (in
        # Yogyakarta) is no "DI Yogyakarta", the province (``EntityLexicon.known``)
        lower = [(m, s, e) for m, s, e in lower_matcher(doc) if self.lexicon.known(doc[s:e].text) is not None]
        for match_id, start, end in [*matcher(doc), *lower]:
            entry = entry_of[doc.vocab.strings[match_id]]
            gaz.append(Span(doc, start, end, label=entry.type, kb_id=entry.name))
        # longest gazetteer matches first ("Dewan Keamanan PBB" over "PBB")
        gaz = [_acronym_named(self.lexicon, _club_of_place(self.lexicon, g)) for g in filter_spans(gaz)]
        gaz = _letters_off(self.lexicon, gaz)
        state.gaz = [g for g in gaz if not any(g.start_char < e and s < g.end_char for s, e in state.timex)]
        if dateline is not None:
            # in the dateline only its places are names, not the outlet ("TRIBUN-MEDAN.COM")
            places = {(p.start, p.end) for p in dateline.places}
            state.gaz = [g for g in state.gaz if g.start_char >= dateline.body_start or (g.start, g.end) in places]
        state.gaz_starts = frozenset(g.start for g in state.gaz)


def _inside_timex(span: Span, timex: list[tuple[int, int]]) -> bool:
    """The span lies inside a time expression: a day's name the search for a title's holder took for one ("kata
    Kepala BPBD Jember, Senin (9/6/2025)" names no Mr Senin), like the model's spans ``_keep`` checks."""
    return any(s <= span.start_char and span.end_char <= e for s, e in timex)


def _persons_read_as_places(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """A person's full name the model read as a place, where the article names the person alone by the
    first word ("Kepala Kantor SAR Jakarta Desiana Kartika Bahari ... ucap Desiana", "Kalapas Kotabumi,
    Sudirman Jaya mengatakan ... Sudirman"): the model reads a name right after a place's as another place.
    Only a name of capitalised words no head opens, with no gazetteer name, head or digit in it, that opens
    a sentence or follows punctuation, a capitalised word or a list's joiner ("Oluhuta Paradise" after
    "destinasi wisata" stays a place)."""
    first_names = {e.text for e in ents if e.label_ == "PER" and len(e) == 1}
    return [_person_read_as_place(lex, e, first_names) for e in ents]


def _person_read_as_place(lex: EntityLexicon, span: Span, first_names: set[str]) -> Span:
    doc = span.doc
    if span.label_ != "LOC" or span.kb_id_ or not 2 <= len(span) <= 4 or span[0].text not in first_names:
        return span
    if lex.head_at(doc, span.start, lower=True)[1] or any(lex.known(t.text) is not None for t in span):
        return span
    if any(not t.is_alpha or t.is_upper and len(t) > 1 or not capitalised(t.text) or t.lower_ in lex.lower_heads for t in span):
        return span
    before = doc[span.start - 1] if span.start > 0 else None
    if before is not None and before.is_lower and before.lower_ not in lex.list_joiners:
        return span
    return Span(doc, span.start, span.end, label="PER")


def _network_typed(lex: EntityLexicon, span: Span) -> Span:
    """A news network's regional edition ("Tribun Bali", "TribunTangerang") is an organisation, whatever the model read."""
    if span.label_ == "ORG" or not lex.network_edition(span):
        return span
    return Span(span.doc, span.start, span.end, label="ORG", kb_id=span.kb_id_)


def _legal_form_typed(lex: EntityLexicon, span: Span | None) -> Span | None:
    """A name ending in a company's legal form (``company_suffixes.txt``: "Wen Ken Drug Co Pte Ltd", "Reitar Logtech
    Holdings Ltd") is a company's, an ORG, where the recogniser read a person; legal-form words alone ("Sdn Bhd",
    cut off their company's name) name nothing. A currency that opens a sum after the name is cut off first."""
    if span is not None and len(span) > 1 and _sum_after(lex, span) and lex.head_at(span.doc, span.end - 2)[0] != "ORG":
        # "Bank Mandiri [Rp] 1,4 triliun": the currency opens the sum after the name; not after a body's head word,
        # whose name the word is ("Kantor SAR 2 orang": search and rescue)
        span = Span(span.doc, span.start, span.end - 1, label=span.label_, kb_id=span.kb_id_)
        if not any(t.text[:1].isupper() for t in span):
            return None  # "pelabuhan [Rp] 5 triliun": no name is left
    if span is None or span.label_ == "ORG" or span[-1].lower_.rstrip(".") not in lex.company_suffixes:
        return span
    if lex.head_at(span.doc, span.start)[0] == "LOC":
        return span  # "Stadion Inter & Co": a place's head opens a venue named after its sponsor
    if all(t.lower_.rstrip(".") in lex.company_suffixes for t in span):
        return None
    return Span(span.doc, span.start, span.end, label="ORG")


def _sum_after(lex: EntityLexicon, span: Span) -> bool:
    """Whether the span's last word is a currency (``amount_units.txt``) written before a figure."""
    doc = span.doc
    return span[-1].lower_ in lex.amount_units and span.end < len(doc) and doc[span.end].text[:1].isdigit()


def _club_of_place(lex: EntityLexicon, span: Span) -> Span:
    """A place's name before a club word (``club_words``) is the club's name, not the place: "Bali United",
    "Malut United" (the club of Maluku Utara), whatever the model reads after it ("Malut United Dirk Soplanit").
    So is one before a tournament word (``tournament_words``), in any case: "Japan Open", "Indonesia open" name a
    tournament, which is no mention of the country (typed as the body that holds it)."""
    doc, end = span.doc, span.end
    if span.label_ != "LOC" or end >= len(doc):
        return span
    age_end = _age_group_end(span)
    if age_end:
        return Span(doc, span.start, age_end, label="ORG")
    joined = span.start >= 2 and doc[span.start - 1].text in lex.inner_place_joiners
    # ("Republic of Indonesia" is the state itself: ``joined_state_heads``)
    if joined and capitalised(doc[span.start - 2].text) and doc[span.start - 2].text not in lex.joined_state_heads:
        # "Coupe de France", "Tour de France", "Bank of England": a cup, a race, a bank named with the place
        return Span(doc, span.start - 2, end, label="ORG")
    if doc[end].text not in lex.club_words and doc[end].lower_ not in lex.tournament_words:
        return span
    return Span(doc, span.start, end + 1, label="ORG")


# an age group written after a country's name: "U-17", "U17", "U 23"
_AGE_GROUP = re.compile(r"U[- ]?\d{2}\b")


def _age_group_end(span: Span) -> int:
    """Where a team's age group right after a place's name ends ("Indonesia U-17", "Brazil U17"), 0 if none follows:
    the text names the team, not the country (a researcher's "Indonesia" is not its U-17 squad, nor the U-17 squad
    its U-20 one)."""
    doc = span.doc
    text = doc_text(doc)  # Doc.text joins every token on each call: once per doc, or a long page is quadratic
    found = _AGE_GROUP.match(text, span.end_char + 1) if text[span.end_char : span.end_char + 1] == " " else None
    if found is None:
        return 0
    end = span.end
    while end < len(doc) and doc[end].idx < found.end():
        end += 1
    return end if doc[end - 1].idx + len(doc[end - 1].text) == found.end() else 0


def _acronym_named(lex: EntityLexicon, span: Span) -> Span:
    """A known name opening a longer capitalised name that its acronym in brackets spells out whole is a word of
    that name, no mention of its own: "United Nations Environment Programme (UNEP)" is the programme, not the
    United Nations, "Indonesia Corruption Watch (ICW)" a body, not the country, "Jakarta Convention Center (JCC)" a
    venue (``venue_words``), not the city."""
    doc, end = span.doc, span.end
    while end < len(doc) and (doc[end].text[:1].isupper() or (doc[end].lower_ in lex.connectors and end + 1 < len(doc))):
        end += 1
    if end == span.end or end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")" or doc[end - 1].lower_ in lex.connectors:
        return span
    acronym = doc[end + 1].text
    initials = "".join(t.text[0] for t in doc[span.start : end] if t.lower_ not in lex.connectors and t.is_alpha)
    if not is_acronym(acronym) or initials.upper() != acronym.upper():
        return span
    # a venue ("Jakarta Convention Center (JCC)") is a place, any other such name a body
    return Span(doc, span.start, end, label="LOC" if doc[end - 1].lower_ in lex.venue_words else "ORG")


def _letters_off(lex: EntityLexicon, gaz: list[Span]) -> list[Span]:
    """A name that is also a kind of official letter (``document_names.txt``: "Telegram") names no organisation in
    an article that writes the letter once: after a word naming a letter ("surat telegram") or before a title
    ("dalam Telegram Panglima TNI ... Dalam Telegram tersebut")."""
    letters = [g for g in gaz if len(g) == 1 and g[0].lower_ in lex.document_names]
    if not any(_written_as_letter(lex, g) for g in letters):
        return gaz
    kinds = {g[0].lower_ for g in letters if _written_as_letter(lex, g)}
    return [g for g in gaz if not (len(g) == 1 and g[0].lower_ in kinds)]


def _written_as_letter(lex: EntityLexicon, g: Span) -> bool:
    doc = g.doc
    before = doc[g.start - 1].lower_ if g.start > 0 else ""
    return before in lex.document_openers or (g.end < len(doc) and lex.title_at(doc, g.end) > 0)


def _build_matchers(nlp: Language, lexicon: EntityLexicon) -> tuple[PhraseMatcher, PhraseMatcher, dict[str, GazetteerEntry]]:
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    # multi-word names are also found in lower case ("dewan keamanan PBB"),
    # where a single word ("as", "china") would be too ambiguous
    lower_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    entry_of: dict[str, GazetteerEntry] = {}
    patterns: dict[str, list[Doc]] = defaultdict(list)
    lower_patterns: dict[str, list[Doc]] = defaultdict(list)
    media = set(lexicon.media)
    for entry in lexicon.entries:
        for form in (entry.name, *entry.aliases):
            # a news organisation's web host ("Kompas.com") is the outlet naming itself, no entity
            if entry in media and (form in lexicon.ambiguous_media or _DOMAIN.search(form)):
                continue
            variants = {form}
            # datelines and headlines write place names in capitals: "JAKARTA"
            if entry.type == "LOC" and not is_acronym(form):
                variants.add(form.upper())
            key = f"{entry.type}|{entry.name}"
            entry_of[key] = entry
            for variant in variants:
                patterns[key].append(nlp.make_doc(variant))
            # a news organisation only as written: "berita harian", "suara merdeka" are common phrases
            if len(form.split()) > 1 and entry not in media:
                lower_patterns[key].append(nlp.make_doc(form))
    for key, docs in patterns.items():
        matcher.add(key, docs)
    for key, docs in lower_patterns.items():
        lower_matcher.add(key, docs)
    return matcher, lower_matcher, entry_of


def _model_candidates(lex: EntityLexicon, doc: Doc, dateline: _DatelineSpans | None) -> list[Span]:
    """The model's spans, the dateline's places instead of those in the dateline; a span run on over
    its dash keeps what follows the dash if that opens with a name ("Jakarta - Prabowo Subianto")."""
    if dateline is None:
        return list(doc.ents)
    out: list[Span] = list(dateline.places)
    for ent in doc.ents:
        if ent.start_char >= dateline.body_start:
            out.append(ent)
        elif ent.end_char > dateline.body_start:
            rest = [t.i for t in ent if t.idx >= dateline.body_start]
            if rest and lex.name_word(doc[rest[0]].text):
                out.append(Span(doc, rest[0], ent.end, label=ent.label_))
    return out


def _take_model_span(state: _GazetteerPass, ent: Span) -> None:
    """A model span, stripped and checked, into ``state.model`` (split where a title's holder runs on)."""
    lex = state.lex
    span, had_title = _strip(lex, ent, state.cased, state.gaz_starts)
    if span is not None and state.cased:
        span = _cased_edges_off(lex, span, state.model_persons, state.model_names)
    if span is not None:
        span = _maker_of_product(lex, span)
    if span is None or not _keep(lex, span, state.cased, state.timex):
        return
    if had_title:
        span = _after_title(state, span)
    state.model.append(span)
    if had_title:
        state.titled.add(span.start)


def _head_typed(lex: EntityLexicon, span: Span) -> Span:
    """A name opened by a head word has the head's type ("Pengadilan Negeri Jakarta Selatan" is a court,
    an ORG, where the model read a place). A person's name keeps its type unless an organisation's
    head or a ``firm`` place head ("Stadion", "Katedral") opens it: a place's head may be a given name ("Kota Takai")."""
    head, length = lex.head_at(span.doc, span.start)
    if (
        not head
        or head == span.label_
        or length >= len(span)
        or (span.label_ == "PER" and head != "ORG" and span[:length].text not in lex.firm_heads)
        or span[:length].text in lex.model_typed_heads
    ):
        return span
    return Span(span.doc, span.start, span.end, label=head, kb_id=span.kb_id_)


def _sentence_start(tok: Token) -> int:
    """Where the token's sentence starts; the text's start in a Doc without sentences (a pipeline with no sentencizer)."""
    return tok.sent.start if tok.doc.has_annotation("SENT_START") else 0


def _opens_sentence(tok: Token) -> bool:
    """The first word of its sentence, opening quotes and brackets aside (\"Mengadili, menyatakan ...\"), or of the
    story's text after its dateline (``dateline_opener``: "JAKARTA - Kebakaran ...")."""
    if tok.is_sent_start or tok.i == tok.doc._.dateline_opener:
        return True
    before = tok.doc[_sentence_start(tok) : tok.i]
    return all(t.is_punct or t.is_space for t in before)


def _ordinary_opener(lex: EntityLexicon, tok: Token) -> bool:
    """An ordinary word (``EntityLexicon.ordinary_word``: "Mengadili", "Yuk", "Tantangan", "Jemaah") capitalised
    only where it opens a sentence: the text never writes it capitalised inside one."""
    return (
        _opens_sentence(tok)
        and (not tok.is_upper or _shouted_opener(tok))
        and lex.ordinary_word(tok.text)
        and not _written_inside_sentence(tok)
    )


def _shouted_opener(tok: Token) -> bool:
    """The first word of the story's text written in capitals before ordinary text, the way some outlets style a
    story's first word ("JADWAL Piala Dunia ...", "PEMUTUSAN Hubungan Kerja ...", "MEDIA Vietnam sombong ..."):
    the capitals are the style, no acronym's; a headline written all in capitals is left."""
    doc = tok.doc
    if not (tok.is_upper and tok.is_alpha and len(tok.text) > 1) or tok.i + 1 >= len(doc):
        return False
    first = tok.i == doc._.dateline_opener or all(t.is_punct or t.is_space for t in doc[: tok.i])
    return first and any(c.islower() for c in doc[tok.i + 1].text)


def _written_inside_sentence(tok: Token) -> bool:
    """Whether the text writes the token's word, as written, anywhere it does not open a sentence."""
    word, doc = tok.text, tok.doc
    # the plain texts first: only a token with the same word is made and asked where its sentence starts
    return any(text == word and not _opens_sentence(doc[j]) for j, text in enumerate(token_texts(doc)))


def _sentence_opener_off(lex: EntityLexicon, span: Span, persons: frozenset[str], names: Mapping[str, str] | None = None) -> Span | None:
    """A capitalised common word opening a sentence is not part of the name after it: "Jenazah
    Maureen", "Percobaan Shunsuke Mito" (then a person, whatever the model read), unless it is
    a name's head ("Pengadilan Negeri ..."). Alone, an ordinary word is no name ("Umpan silang Thom
    Haye", "Mengadili, menyatakan ...") unless the text also writes it capitalised inside a sentence
    ("Bunga mengatakan ... kata Bunga")."""
    first = span[0]
    if len(span) < 2:
        return None if _ordinary_opener(lex, first) else span
    opens = first.is_sent_start or first.i == span.doc._.dateline_opener
    if not (opens and first.lower_ in lex.common_words) and not _opener_word(lex, span):
        return span
    rest = span[1:]
    if span.label_ == "PER":
        return Span(span.doc, rest.start, rest.end, label="PER")
    if lex.head_at(span.doc, span.start)[0]:
        return span
    # another type's name only where the model reads the rest as a person elsewhere ("Kopi Susu Gelas" stays)
    if rest.text in persons:
        return Span(span.doc, rest.start, rest.end, label="PER")
    return _name_after_opener(lex, span, rest, names or {})


def _name_after_opener(lex: EntityLexicon, span: Span, rest: Span, names: Mapping[str, str]) -> Span:
    """A word news writes in lower case (``opener_words``: "Polemik", "Kreator", "Panasnya") opening the
    sentence before a name is no part of it, whatever type the model read: the rest is a gazetteer name ("Panasnya
    Arab Saudi"), a name the model finds alone elsewhere in the text ("Polemik Raja Ampat"), a headed name
    ("Menjual Candi Borobudur") or a person's name ("Kreator Dian Kristianita"). An ordinary word that often
    names things capitalised ("Bank", "Pantai") is no opener word; "Kopi Susu Gelas" (common words) stays."""
    if not _opener_word(lex, span):
        return span
    known = lex.known(rest.text)
    if known is not None:
        label = known.type
    elif rest.text in names:
        label = names[rest.text]
    elif lex.head_at(span.doc, rest.start)[0]:
        label = span.label_
    elif len(rest) > 1 and all(lex.person_word(t.text) and not lex.ordinary_word(t.text) for t in rest):
        label = "PER"
    else:
        return span
    return Span(span.doc, rest.start, rest.end, label=label)


def _maker_of_product(lex: EntityLexicon, span: Span) -> Span:
    """A product's name is no entity, its maker is: "Toyota Alphard Hybrid", "BYD M6" (read as a company or a
    place) -> the organisation "Toyota", "BYD" (``EntityLexicon.product_at``); a crash's vehicle stays (``_product_off``)."""
    if len(span) < 2 or not lex.product_at(span.doc, span.start) or _in_accident_sentence(lex, span):
        return span
    return Span(span.doc, span.start, span.start + 1, label="ORG")


def _product_off(lex: EntityLexicon, span: Span) -> Span | None:
    """A name that is a product's and nothing else (``EntityLexicon.product_name``: "Fortuner", "New Carry", "iPhone
    16 Pro Max", "Honda Beat Street") names no person, place or body, whatever found it: None, or its maker alone,
    the organisation ("Honda"). A vehicle in a sentence that reports an accident stays: the crash's party, which the
    events take from the entities ("Fortuner menabrak truk")."""
    product, maker = lex.product_name(span)
    if not product or _in_accident_sentence(lex, span):
        return span
    return Span(span.doc, span.start, span.start + maker, label="ORG") if maker else None


def _in_accident_sentence(lex: EntityLexicon, span: Span) -> bool:
    """The span's sentence holds a word that reports an accident (``accident_words``: "menabrak", "kecelakaan")."""
    doc = span.doc
    start = _sentence_start(span[0])
    end = span[0].sent.end if doc.has_annotation("SENT_START") else len(doc)
    words = token_lowers(doc)[start:end]
    text = f" {' '.join(words)} "
    return any(w in lex.accident_words for w in words) or any(" " in f and f" {f} " in text for f in lex.accident_words)


def _class_acronym(lex: EntityLexicon, tok: Token) -> bool:
    """An acronym of a class of body or of a common noun: "BUMN", "IUP" (not a word written in capitals: "NEGARA")."""
    if not tok.is_upper:
        return False
    return tok.lower_ in lex.class_acronyms or (name_key(tok.text) in lex.not_entity_keys and tok.lower_ not in lex.ordinary_words)


def _doubled(lex: EntityLexicon, span: Span, i: int) -> bool:
    """Token i, in capitals, is written twice in a row in the span and is a word the data knows on its own (an
    acronym of ``not_entities``, a head, a gazetteer name: "IUP IUP", "KOTA KOTA SORONG"); a band's "FIFTY FIFTY"
    or a name's "Tony Tony Chopper" is written so."""
    doc = span.doc
    if i + 1 >= span.end or doc[i].text != doc[i + 1].text or not (doc[i].is_upper and doc[i].is_alpha):
        return False
    key = name_key(doc[i].text)
    return key in lex.not_entity_keys or key in lex.lower_heads or key in lex.class_acronyms or key in lex.alias_index


def _opener_word(lex: EntityLexicon, span: Span) -> bool:
    """The span's first word is a word news writes in lower case (``EntityLexicon.opener_words``: "Sundulan
    Kamada", "Kejelian Kubo") opening its sentence, and the text never writes it, in any case, before the rest
    of the name inside a sentence: "Erik ten Hag" makes "Ten Hag" at a sentence's start a name."""
    first = span[0]
    if first.is_upper and not _shouted_opener(first):
        return False
    if first.lower_ not in lex.opener_words or first.lower_ in lex.connectors or not _opens_sentence(first):
        return False
    folded, doc, word, n = span.text.lower(), span.doc, first.lower_, len(span)
    return not any(
        lower == word and not _opens_sentence(doc[j]) and doc[j : j + n].text.lower() == folded for j, lower in enumerate(token_lowers(doc))
    )


def _cased_edges_off(lex: EntityLexicon, span: Span, persons: frozenset[str], names: Mapping[str, str] | None = None) -> Span | None:
    """What cased text shows is no part of a model span's name: a minute's number, a sentence's
    capitalised opening word, an acronym known as something else. None when nothing is left."""
    numbered = _numbers_off(span)
    opened = _sentence_opener_off(lex, numbered, persons, names) if numbered is not None else None
    unclassed = _class_words_off(lex, opened) if opened is not None else None
    return _acronyms_off(lex, unclassed) if unclassed is not None else None


def _class_words_off(lex: EntityLexicon, span: Span) -> Span | None:
    """A name opens neither with a common noun written as an acronym ("IUP", a permit: ``not_entities``) or
    a class of body's acronym ("BUMN Antam" is the state company Antam: ``class_acronyms``), nor with a word
    written twice (``_doubled``). A head ("PT") stays. None when nothing is left."""
    doc, start = span.doc, span.start
    while start < span.end and doc[start].text not in lex.name_heads and (_class_acronym(lex, doc[start]) or _doubled(lex, span, start)):
        start += 1
    if start == span.start:
        return span
    return Span(doc, start, span.end, label=span.label_) if start < span.end else None


def _not_names_off(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """The merged names without what is no name on its own (``_no_name``)."""
    ents = _initials_into_persons(lex, ents)
    taken = {i for e in ents for i in range(e.start, e.end)}
    return [e for e in ents if not _no_name(lex, e, taken)]


def _initials_into_persons(lex: EntityLexicon, ents: list[Span]) -> list[Span]:
    """A place's acronym written right after a person's name is the end of that name, the way Indonesian names
    carry a father's or a family's initials ("Sudarto AS", "Bambang DH"): the person, not the United States or
    the province the gazetteer knows by the same letters. An organisation's acronym after a rank or a title
    stays the organisation ("Mayjen TNI Kristomei", "Direktur Pembangkitan PLN")."""
    by_end = {e.end: e for e in ents if e.label_ == "PER" and not e.kb_id_}
    out: list[Span] = []
    for ent in ents:
        person = by_end.get(ent.start)
        if person is None or not _initials_after(lex, person, ent):
            out.append(ent)
            continue
        out = [e for e in out if e is not person]
        out.append(Span(ent.doc, person.start, ent.end, label="PER"))
    return out


def _initials_after(lex: EntityLexicon, person: Span, ent: Span) -> bool:
    """``ent`` is a known place's acronym of two or three capitals written after ``person`` with one space and
    nothing between, and the person's last word is no rank or title."""
    doc, last = ent.doc, person.end - 1
    return (
        bool(ent.kb_id_)
        and ent.label_ == "LOC"
        and not lex.rank_at(doc, last)
        and not lex.title_at(doc, last)
        and len(ent) == 1
        and ent[0].is_upper
        and ent[0].is_alpha
        and 2 <= len(ent.text) <= 3
        and doc[last].whitespace_ == " "
        and _sentence_start(ent[0]) == _sentence_start(doc[last])
    )


def _no_name(lex: EntityLexicon, span: Span, taken: set[int]) -> bool:
    """A generic name (``not_entities``: "Sekolah Menengah Atas", "Pemerintah Provinsi"), however found; a
    known one-word name glued to a longer capitalised name no entity holds ("Virgin [Australia]", "Poco
    [Indonesia]", "[Peking] University"); an ordinary word left over from a capitalised office or title
    ("Direktur [Retail]", "Komisaris [Independen]", "Penyelenggaraan [Haji]") or opening a sentence; an
    acronym of the lower-case words before its bracket ("advanced driving assistant system (ADAS)")."""
    if name_key(span.text) in lex.not_entity_keys or _only_titles(lex, span.doc, span.start, span.end):
        # a rank left over from a name the gazetteer cut ("[Sabu Raijua] Aipda" read as a person)
        return True
    if _lettered_option(lex, span) or _reduplicated_word(lex, span.text):
        return True
    if len(span) == 1 and span[0].lower_ in lex.rank_corps and not span.kb_id_:
        # a rank's corps alone: "Irjen Pol" is no Mr Pol
        return True
    if len(span) != 1:
        return _heading_words(lex, span)
    tok = span[0]
    if span.kb_id_:
        # a known name that is also a common word ("Antara 97 atau 98", between) is that word where it only opens a sentence
        opener = tok.lower_ in lex.common_words and _ordinary_opener(lex, tok)
        return opener or (len(tok.text) > 2 and any(_glued_name_word(lex, tok, k, taken) for k in (tok.i - 1, tok.i + 1)))
    if tok.is_upper and not _shouted_opener(tok):
        return _lower_phrase_acronym(lex, tok)
    if not lex.ordinary_word(tok.text):
        return False
    return _ordinary_opener(lex, tok) or any(_glued_capital(tok, k, taken) for k in (tok.i - 1, tok.i + 1))


def _reduplicated_word(lex: EntityLexicon, text: str) -> bool:
    """An ordinary word written twice with a hyphen, Indonesian's plural or "the very": "Detik-detik" (the
    moments) opening a headline's sentence is no name; "Bora-Bora", whose half is no ordinary word, stays one."""
    halves = [h.strip() for h in text.split("-")]
    return len(halves) == 2 and halves[0].lower() == halves[1].lower() and lex.ordinary_word(halves[0])


def _lettered_option(lex: EntityLexicon, span: Span) -> bool:
    """A quiz's lettered option read as an initial and a name: "A. Iklan", "D. Memberikan teguran" (the letter,
    its dot, then ordinary words only); "B. Soelarto" is a person."""
    words = [t for t in span if t.is_alpha]
    first = span[0].text
    if len(first) not in (1, 2) or not first[0].isupper() or not first[0].isalpha() or first[1:] not in ("", "."):
        return False
    dotted = first.endswith(".") or (len(span) > 1 and span[1].text == ".")
    rest = [t for t in words if t.i != span.start]
    if not dotted or not rest:
        return False
    return all(lex.ordinary_word(t.text) for t in rest) or _option_line(span)


# a line that opens with a lettered option ("B. Slogan")
_OPTION_LINE = re.compile(r"^[A-E]\.\s", re.MULTILINE)


def _option_line(span: Span) -> bool:
    """The span is a whole line of a list of lettered options ("A. Iklan / B. Slogan / C. Poster / D. Pamflet")."""
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    return line == span.text and len(_OPTION_LINE.findall(text)) >= 3


# a heading line: at most this many words, most of them capitalised, no sentence's end
_HEADING_MAX_WORDS = 14
_HEADING_CAPITALISED_SHARE = 0.75


def _heading_words(lex: EntityLexicon, span: Span) -> bool:
    """Ordinary words only ("Lulus Tepat Waktu", "Pola Belajar"), no known name, on a heading line that
    capitalises every word ("4. Lulus Tepat Waktu: Maksimal 8 Semester", "6. Temukan Pola Belajar yang
    Efektif"): the capitals are the heading's, not a name's. Inside a sentence the same words may be a
    place's name ("Kali Besar") and stay."""
    if span.kb_id_ or span[0].text in lex.name_heads or not all(lex.ordinary_word(t.text) for t in span if t.is_alpha):
        return False
    text = doc_text(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    end = text.find("\n", span.end_char)
    line = text[start : end if end >= 0 else len(text)].strip()
    words = [w for w in line.split() if w[:1].isalpha()]
    if not words or len(words) > _HEADING_MAX_WORDS or line[-1] in ".!?\"”,;":
        return False
    return sum(1 for w in words if w[0].isupper()) >= _HEADING_CAPITALISED_SHARE * len(words)


def _glued_capital(tok: Token, k: int, taken: set[int], opener: bool = False) -> bool:
    """Token k, next to ``tok`` in its sentence and on its line, is a capitalised word no entity holds; one
    opening the sentence only if ``opener``."""
    doc = tok.doc
    if not 0 <= k < len(doc) or k in taken or _sentence_start(doc[k]) != _sentence_start(tok):
        return False
    left = doc[min(k, tok.i)]
    return left.whitespace_ == " " and doc[k].is_alpha and doc[k].text[:1].isupper() and (opener or not _opens_sentence(doc[k]))


def _glued_name_word(lex: EntityLexicon, tok: Token, k: int, taken: set[int]) -> bool:
    """Token k is an uncommon capitalised word, no ordinary one, glued to ``tok`` (``_glued_capital``) that no entity holds:
    the known name is part of a longer name ("Virgin Australia", "Japan Open")."""
    doc = tok.doc
    # a title's words are no name's ("Menteri Luar Negeri Australia Penny Wong")
    # an uncommon word tells even where it opens the sentence: a ranking's line "2. Virgin Australia"
    if not _glued_capital(tok, k, taken, opener=True) or any(lex.title_at(doc, j) > k - j for j in range(max(0, k - 3), k + 1)):
        return False
    word = doc[k].text
    # "Warga Negara Indonesia" is a citizen of Indonesia: an ordinary word does not make a name
    return lex.name_word(word) and not lex.ordinary_word(word) and not word.isupper()


def _lower_phrase_acronym(lex: EntityLexicon, tok: Token) -> bool:
    """An acronym in brackets after the lower-case words it abbreviates is a common noun's short form:
    "advanced driving assistant system (ADAS)", "pemutusan hubungan kerja (PHK)"."""
    doc, letters = tok.doc, tok.lower_
    if tok.i < 1 or doc[tok.i - 1].text != "(" or not letters.isalpha():
        return False
    words: list[str] = []
    k = tok.i - 2
    while k >= 0 and len(words) < len(letters) and doc[k].is_alpha and doc[k].is_lower:
        if doc[k].lower_ not in lex.connectors:
            words.append(doc[k].lower_)
        k -= 1
    return len(words) == len(letters) and "".join(w[0] for w in reversed(words)) == letters


def _numbers_off(span: Span) -> Span | None:
    """A number ending a person's span, or any span where a minute mark follows it, is no part of
    the name: a line-up's "Kodai Sano 61'" (the minute he came on), "(Marselino 42')"."""
    doc = span.doc
    end = span.end
    while end > span.start and doc[end - 1].text.isdigit():
        minute = end < len(doc) and doc[end].text in _MINUTE_MARKS
        if span.label_ != "PER" and not minute:
            break
        end -= 1
    if end == span.end:
        return span
    return Span(doc, span.start, end, label=span.label_) if end > span.start else None


def _acronyms_off(lex: EntityLexicon, span: Span) -> Span | None:
    """A person's name neither opens nor ends with an acronym the data knows as something else: the
    model reads "WNI Kemlu" or "BI Sri Wahyuningsih" as one person, where "WNI" is a common noun and
    "BI" an organisation (the gazetteer finds it on its own). None when only such acronyms are left."""
    if span.label_ != "PER":
        return span
    start, end = span.start, span.end
    doc = span.doc
    while start < end and lex.non_person_acronym(doc[start].text):
        start += 1
    while end > start and lex.non_person_acronym(doc[end - 1].text):
        end -= 1
    if start == end:
        return None
    return span if (start, end) == (span.start, span.end) else Span(doc, start, end, label="PER")


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
    end = _honorifics_off(lex, doc, start, end)
    titled = titled or stripped
    if start >= end or _only_titles(lex, doc, start, end):
        return None, titled
    if not titled:
        # the title may stand just before the model's span: "juru bicara [Kremlin Dmitry Peskov]"
        titled = any(lex.title_at(doc, k) == start - k for k in range(max(0, start - 4), start))
    if titled and span.label_ == "PER":
        return _departments_off(lex, doc, start, end), titled
    return Span(doc, start, end, label=span.label_), titled


def _departments_off(lex: EntityLexicon, doc: Doc, start: int, end: int) -> Span | None:
    """A person's span after a title without the department the post names first (``title_departments``: "Head of
    [Marketing]", "Vice President [Corporate Relations] ..."); None when the department is all there is. What
    follows a department without a given name is the body the post is in ("Head of Product [Jaecoo]")."""
    k = start
    while k < end and (doc[k].lower_ in lex.title_departments or (k > start and doc[k].text in {"&", "and"})):
        k += 1
    if k == start:
        return Span(doc, start, end, label="PER")
    if k == end:
        return None
    person = lex.looks_like_person(doc[k:end]) and any(t.lower_ in lex.given_names for t in doc[k:end])
    return Span(doc, k, end, label="PER" if person else "ORG")


def _honorifics_off(lex: EntityLexicon, doc: Doc, start: int, end: int) -> int:
    """The end of a name without the religious honorifics written after it (``honorific_suffixes``: "Nabi Muhammad
    [SAW]", "Rasulullah [Shallallahu Alaihi Wasallam]"), and the punctuation before them; the first word stays."""
    if not lex.honorific_suffixes:
        return end
    cut = True
    while cut and end - start > 1:
        cut = False
        for k in range(start + 1, end):
            if lex.honorific(doc[k:end]):
                end, cut = k, True
                break
        while end - start > 1 and (doc[end - 1].text in _EDGE_PUNCT or doc[end - 1].is_space):
            end -= 1
    return end


def _only_titles(lex: EntityLexicon, doc: Doc, start: int, end: int) -> bool:
    """Titles alone name nobody: "Kasat Samapta AKP" (an office and a rank, the holder's name after them)."""
    k = start
    while k < end:
        n = lex.title_at(doc, k)
        if not n or k + n > end:
            return False
        k += n
    return True


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
        if titled and lex.given_name_at(doc, start):
            # after a title, "Raja" opens the name: "Menhut Raja Juli Antoni"
            n = 0
        # a title is stripped only when a name follows it: a person's, a known one, or a body's opened by its
        # head word ("Kasat Reskrim [Polresta Pekanbaru]")
        if n and n < end - start and (
            span.label_ == "PER"
            or start + n in gaz_starts
            or (end - start - n > 1 and lex.looks_like_person(doc[start + n : end]))
            or lex.head_at(doc, start + n)[0] == "ORG"
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


def _bracketed(span: Span) -> bool:
    """The text writes the span's words in brackets after a long name ("Dinas Perhubungan (Dishub)"): a head
    word alone then is that body's short form, no bare class of bodies ("Dishub menutup jalan")."""
    return f"({span.text})" in doc_text(span.doc)


def _keep(lex: EntityLexicon, span: Span, cased: bool, timex: list[tuple[int, int]]) -> bool:
    text = span.text
    if _DOMAIN.search(text):
        return False
    key = name_key(text)
    if not key or key in lex.not_entity_keys:
        return False
    if span[0].text.lower() in lex.event_heads or _names_event_part(lex, span):
        return False
    if tuple(key.split()) in lex.title_set or (len(span) == 1 and span.text in lex.name_heads and not _bracketed(span)):
        return False
    if cased and not any(t.text[:1].isupper() or t.text[:1].isdigit() for t in span):
        return False
    if sum(c.isalpha() for c in text) < 2:
        return False
    # a date or time ("Senin", "September 2023") is a time expression, not a name
    return not _inside_timex(span, timex)


def _names_event_part(lex: EntityLexicon, span: Span) -> bool:
    """A name holding the words of a contest's session (``event_name_phrases.txt``: "Sprint Race MotoGP Aragon",
    "MotoGP Free Practice") names that session, an event: no organisation or place. A one-word phrase ("sprint",
    "practice") counts only as the whole name or beside a racing series (``racing_series_words.txt``): "Sprint
    Corporation" and "The London General Practice" are no sessions."""
    words = [t.lower_ for t in span]
    if any(" ".join(words[i : i + 2]) in lex.event_phrases for i in range(len(words) - 1)):
        return True
    if not any(w in lex.event_phrases for w in words):
        return False
    doc = span.doc
    near = words + [doc[k].lower_ for k in (span.start - 1, span.end) if 0 <= k < len(doc)]
    return len(span) == 1 or any(w in lex.racing_series for w in near)


@dataclass(frozen=True)
class _DatelineSpans:
    """The dateline opening a text: the places it names, and where the story's own text starts."""

    places: list[Span]
    body_start: int


def _dateline(doc: Doc) -> _DatelineSpans | None:
    """The dateline opening the text ("Liputan6.com, Kuala Lumpur -", "JAKARTA -", "TRIBUNNEWS.COM, JAKARTA -",
    as ``pages.dateline`` reads one): its places are LOC names, its outlet is none. No name crosses its
    dash: the model reads "Kuala Lumpur - Kecelakaan" as one place."""
    text = doc_text(doc)
    first = text[: text.find("\n\n")] if "\n\n" in text else text
    lead = len(first) - len(first.lstrip())
    found = find_dateline(first[lead:])
    if found is None:
        return None
    places: list[Span] = []
    offset = lead
    for part in _DATELINE_PARTS.split(found.text):
        at = text.find(part, offset)
        offset = at + len(part)
        # an outlet known to the pages stage, or any web host ("TRIBUNKALTIM.CO")
        if not part.strip() or names_outlet(part) or _DOMAIN.search(part) or not any(c.isalpha() for c in part):
            continue
        span = doc.char_span(at, at + len(part), label="LOC", alignment_mode="contract")
        if span is not None and len(span) and all(t.text[:1].isupper() for t in span if t.is_alpha):
            places.append(span)
    return _DatelineSpans(places, lead + found.body_start)


def _body_opener(doc: Doc, dateline: _DatelineSpans | None) -> int | None:
    """The index of the first word of the story's own text after its dateline, opening quotes aside; None without one."""
    if dateline is None:
        return None
    for tok in doc:
        if tok.idx >= dateline.body_start and not (tok.is_punct or tok.is_space):
            return tok.i
    return None


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
    given_names: frozenset[str] = frozenset()
    ordinary: frozenset[str] = frozenset()  # lower-case words news writes in lower case (``EntityLexicon.ordinary_word``)
    english: frozenset[str] = frozenset()  # lower case (``EntityLexicon.english_words``)
    out: list[Span] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def inside(self, span: Span) -> list[Span]:
        return [g for g in self.near(span) if span.start <= g.start and g.end <= span.end]


def _merge(
    model: list[Span],
    gaz: list[Span],
    cased: bool,
    titled: set[int] | frozenset[int] = frozenset(),
    given_names: frozenset[str] = frozenset(),
    ordinary: frozenset[str] = frozenset(),
    english: frozenset[str] = frozenset(),
) -> list[Span]:
    """The model's spans and the gazetteer's, without overlaps.

    A gazetteer name wins over a model span it covers or crosses. A model span
    that holds gazetteer names keeps them nested ("Dewan Keamanan Nasional AS",
    "Armada Pasifik Rusia"), except a person span that starts or ends with a
    place or organisation ("Korea Utara Kim Jong Un" after "Pemimpin" was
    stripped), which is split, and a span made of gazetteer names only
    ("Rusia Ukraina"), which becomes those names. A given name (``given_names``) before a
    place's name is a person's whole name, not a person of that place ("Michael Jordan").
    """
    state = _Merge(_nearby(gaz), cased, titled, given_names, ordinary, english)
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
        pieces = _person_pieces(state, span, inside)
        if pieces is not None:
            return pieces
    return [span]


def _person_pieces(state: _Merge, span: Span, inside: list[Span]) -> list[Span] | None:
    """A person span (or one after a title) split at the places and organisations at its edges
    (``_split_person``), None if it stays whole. An ordinary word left before a company ("Saham [Tesla]", its
    shares) or a place ("Diet [Okinawa]") is no person; the name after a title's place is one, its words
    ordinary or not ("Wali Kota [Los Angeles] Karen Bass")."""
    # after a title the name of the title's country or body may lead ("Presiden [Chad] Mahamat Deby")
    given = frozenset() if span.start in state.titled else state.given_names
    places = [g for g in inside if g.label_ != "PER" and not _surname_like(g, span, state.ordinary)]
    pieces = _split_person(span, places, leading_only=span.label_ != "PER", given_names=given, english=state.english)
    if pieces is None:
        return None
    if len(pieces) > 1 and pieces[0].label_ == "PER" and all(t.lower_ in state.ordinary for t in pieces[0]):
        return pieces[1:]
    return pieces


def _split_person(
    span: Span,
    places: list[Span],
    leading_only: bool = False,
    given_names: frozenset[str] = frozenset(),
    english: frozenset[str] = frozenset(),
) -> list[Span] | None:
    """A person span with a place or organisation at its edge, split in two; not a given name and the
    place's name after it, which is a surname ("Michael Jordan", "George Washington"), nor a place's
    name that is a given name too opening it ("Jordan Carter"). One word after a known organisation, in a
    person's span read with no title, names the organisation's product or service, not a person: "Binance
    Pay" is one organisation's name (as the model reads "ShopeePay"), not Binance and a Mr Pay; a given
    name there stays a person, and so does a word no English text writes after a company's capitalised name:
    "Meta Rostiawati" is a woman, not Meta's product (``english``)."""
    for g in places:
        if g.start == span.start and g.end < span.end and not (len(g) == 1 and g[0].lower_ in given_names):
            rest = Span(span.doc, g.end, span.end, label="PER")
            if not leading_only and g.label_ == "ORG" and len(rest) == 1 and rest[0].lower_ not in given_names:
                return _service_or_person(span, g, rest, english)
            if all(t.text[:1].isupper() for t in rest if t.is_alpha):
                return [g, rest]
        if leading_only:
            continue
        if g.end == span.end and g.start > span.start:
            rest = Span(span.doc, span.start, g.start, label="PER")
            if rest[-1].text[:1].isupper() and not (len(rest) == 1 and rest[0].lower_ in given_names):
                return [rest, g]
    return None


def _service_or_person(span: Span, g: Span, rest: Span, english: frozenset[str]) -> list[Span] | None:
    """An organisation's name and one word after it in a person's span: the organisation's service, one
    organisation's name ("Binance Pay"), unless the word is no English word after a capitalised name: then a
    person whose given name is the company's ("Meta Rostiawati"), left whole (None)."""
    if rest[0].lower_ not in english and not g.text.isupper():
        return None
    return [Span(span.doc, span.start, span.end, label="ORG")]


def _surname_like(g: Span, span: Span, ordinary: frozenset[str]) -> bool:
    """A known organisation of one word written as a name, ending a person's span after names: a surname that
    is also a company's name ("Vishal Meta", "Volker Gerhard Wagner"), not the company after a name. An acronym
    ("... NATO") and a company after an ordinary word ("Saham Tesla", the company's shares) still part."""
    if g.label_ != "ORG" or len(g) != 1 or g.end != span.end or g.start == span.start or g[0].text.isupper():
        return False
    return not any(t.lower_ in ordinary for t in span.doc[span.start : g.start])


@Language.factory(
    "telisik_gazetteer",
    default_config={"files": DEFAULT_FILES, "cased_share": 0.03, "max_person_words": 4},
    requires=["doc.ents"],
    assigns=["doc.ents", "token.ent_iob", "token.ent_type"],
)
def make_gazetteer(nlp: Language, name: str, files: dict[str, Any], cased_share: float, max_person_words: int) -> EntityGazetteer:
    return EntityGazetteer(nlp, name, files=files, cased_share=cased_share, max_person_words=max_person_words)
