"""Quotes: direct quotes and reported speech, each with its speaker.

Forms found (speech verbs in ``lang/id/speech_verbs.tsv``, speaker-phrase words
in ``lang/id/quote_words.tsv``):

- direct, attribution after: '"...," kata Watson.', '"...," ujar pernyataan Kremlin.',
  '"...," tambahnya.' (-nya: the last speaker), '"...," Watson mengatakan.';
- direct, attribution before: 'X mengatakan: "..."', 'X juga melaporkan "bahwa ..."';
- an unattributed quote that stands as its own sentence right after another
  speaker's quote continues that speaker ('"A," kata X. "B."'), and so does the
  next paragraph of a quote that runs over paragraphs;
- reported: "X mengatakan (pekan lalu) (bahwa) ...", "menurut X, ...",
  "..., menurut X", "..., kata para pejabat kepada New York Times." (no
  quotation marks: the content is the clause before the attribution);
- statements credited to a news organisation: "..., lapor The New York Times",
  "..., melansir A dari B" (the speaker is B, the original source), "Melansir
  Reuters, ..." when nothing else in the sentence attributes it. The cited
  organisations are those the ``telisik_citations`` component, which runs
  before this one, left in ``doc._.cited_names``.

A quotation-marked fragment inside a sentence ('adalah "kesalahan besar"') is not
a quote of its own: it belongs to the reported speech around it (``direct:
false``). Unattributed statements ("dilaporkan", "diyakini", "ada yang
mengatakan") are not quotes.

The speaker phrase is resolved to an entity of ``doc._.entities`` when one of
its mentions covers the phrase (or has the same surname), except that a place or
company between a title and a name stays out of it ("Bupati Bekasi Ade
Kuswara", "CEO Microsoft Satya Nadella"); otherwise a surname is completed from
a fuller name earlier in the article ("Peskov" -> "Dmitry Peskov"), an acronym
from its spelled-out form ("AS" -> "Amerika Serikat"). A pronoun, -nya or a
description ("pelatih asal Italia itu") takes the person who became a
sentence's subject since the last quote ("Sementara itu, Hendra ... . Ia
mengatakan"), else the last speaker. A quote split by its verb ('"A," lanjut X,
"B."') is two quotes of X.

``doc._.quotes`` holds one ``records.quotes.Quote`` per quote; the speakers'
entities are those of ``doc._.entities`` (``records.entities.Entity``). The same
quotes are ``doc.spans["quotes"]`` (the quoted content, labelled with the speaker's
name; ``span._.quote`` is its record and ``span._.quote_speaker`` the span of the
phrase that attributes it), and those phrases are ``doc.spans["quote_speakers"]``
(labelled with the name too), so displaCy's span view shows who said what.

This module holds the component and ``find_quotes``, which runs the passes in
order; the parts are the package's modules: ``lexicon`` (language data, settings),
``marks`` (quotation marks, paragraphs, sentences), ``speakers``
(the speaker a phrase names), ``passes`` (one function per form of quote
over the ``QuoteSearch`` state) and ``resolution`` (names and entities).
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, SpanGroup

from telisik.nlp.component_data import SavedData
from telisik.nlp.doc import doc_text
from telisik.nlp.quotes.lexicon import QuoteLexicon, QuoteSettings
from telisik.nlp.quotes.marks import marked_spans, paragraphs, sentence_spans
from telisik.nlp.quotes.passes import (
    QuoteSearch,
    continuations,
    marked_with_attribution_after,
    media_statements,
    paragraph_runs,
    passive_attributions,
    passive_leads,
    past_dateline,
    speech_verb_quotes,
)
from telisik.nlp.quotes.resolution import resolve_speaker_phrases
from telisik.records.quotes import Quote

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)
# on a span of doc.spans["quotes"]: its Quote record, and the span of the phrase that attributes it
if not Span.has_extension("quote"):
    Span.set_extension("quote", default=None)
if not Span.has_extension("quote_speaker"):
    Span.set_extension("quote_speaker", default=None)

# the label of a quote whose speaker has no name (never written: a quote without a speaker is dropped)
NO_SPEAKER = "QUOTE"


def find_quotes(doc: Doc, lex: QuoteLexicon, settings: QuoteSettings | None = None) -> list[Quote]:
    """The quotes of a doc with its sentences, ``doc._.entities`` and ``doc._.cited_names`` set."""
    return [quote for quote, _ in find_attributed_quotes(doc, lex, settings)]


def find_attributed_quotes(
    doc: Doc, lex: QuoteLexicon, settings: QuoteSettings | None = None
) -> list[tuple[Quote, tuple[int, int] | None]]:
    """The quotes of a doc, each with the (start, end) of the phrase that attributes it (None for a continuation)."""
    cited = doc._.cited_names
    if cited is None:
        raise ValueError("telisik_quotes reads doc._.cited_names: add telisik_citations before it")
    text = doc_text(doc)
    search = QuoteSearch(doc, text, lex, settings or QuoteSettings(), cited)
    search.sents = sentence_spans(doc)
    search.paras = paragraphs(text)
    search.marks = marked_spans(text)
    marked_with_attribution_after(search)
    speech_verb_quotes(search)
    media_statements(search)
    passive_attributions(search)
    passive_leads(search)
    search.found.sort(key=lambda f: f.start)
    continuations(search)
    paragraph_runs(search)
    past_dateline(search)
    search.found.sort(key=lambda f: f.start)
    return resolve_speaker_phrases(search)


def set_quote_spans(doc: Doc, attributed: list[tuple[Quote, tuple[int, int] | None]], quotes_key: str, speakers_key: str) -> None:
    """``doc.spans[quotes_key]``: each quote's content, labelled with its speaker; ``doc.spans[speakers_key]``: the phrases naming them."""
    quote_spans, speaker_spans = [], []
    for quote, phrase in attributed:
        label = quote.speaker or NO_SPEAKER
        span = doc.char_span(quote.start, quote.end, label=label, alignment_mode="expand")
        if span is None:
            continue
        speaker = doc.char_span(phrase[0], phrase[1], label=label, alignment_mode="expand") if phrase else None
        span._.quote = quote
        span._.quote_speaker = speaker
        quote_spans.append(span)
        if speaker is not None:
            speaker_spans.append(speaker)
    doc.spans[quotes_key] = SpanGroup(doc, name=quotes_key, spans=quote_spans)
    doc.spans[speakers_key] = SpanGroup(doc, name=speakers_key, spans=speaker_spans)


class QuoteFinder(SavedData):
    """Fills ``doc._.quotes``, ``doc.spans[quotes_key]`` and ``doc.spans[speakers_key]``."""

    def __init__(
        self,
        nlp: Language,
        name: str = "telisik_quotes",
        *,
        speech_verbs: str = "speech_verbs.tsv",
        quote_words: str = "quote_words.tsv",
        media: str = "news_organisations.tsv",
        outlets: str = "outlets.tsv",
        min_quote_words: int = 3,
        min_reported_words: int = 2,
        min_media_statement_words: int = 4,
        attribution_chars: int = 80,
        quotes_key: str = "quotes",
        speakers_key: str = "quote_speakers",
    ):
        """File names are of ``lang/id`` (speech verbs, quote words, news organisations) and ``telisik/data`` (outlets)."""
        self.name = name
        self.files = {"speech_verbs": speech_verbs, "quote_words": quote_words, "media": media, "outlets": outlets}
        self.settings = QuoteSettings(min_quote_words, min_reported_words, min_media_statement_words, attribution_chars)
        self.quotes_key = quotes_key
        self.speakers_key = speakers_key
        self._lexicon: QuoteLexicon | None = None

    @property
    def lexicon(self) -> QuoteLexicon:
        """The lexicon restored by ``from_disk``, else read from the package's files on first use."""
        if self._lexicon is None:
            self._lexicon = QuoteLexicon.read(**self.files)
        return self._lexicon

    def __call__(self, doc: Doc) -> Doc:
        try:
            attributed = find_attributed_quotes(doc, self.lexicon, self.settings)
        except RecursionError:  # pragma: no cover - never expected; a bad page must not end a batch
            attributed = []
        doc._.quotes = [quote for quote, _ in attributed]
        set_quote_spans(doc, attributed, self.quotes_key, self.speakers_key)
        return doc

    def _data(self) -> dict[str, Any]:
        """The lexicon (speech verbs, quote words, media names) and the settings."""
        return {"lexicon": self.lexicon.to_json(), "cfg": {**asdict(self.settings), **self._keys()}}

    def _keys(self) -> dict[str, str]:
        return {"quotes_key": self.quotes_key, "speakers_key": self.speakers_key}

    def _restore(self, data: dict[str, Any]) -> None:
        if "lexicon" in data:
            self._lexicon = QuoteLexicon.from_json(data["lexicon"])
        if "cfg" in data:
            cfg = dict(data["cfg"])
            # a pipeline saved before the span keys were settings has none
            self.quotes_key = str(cfg.pop("quotes_key", self.quotes_key))
            self.speakers_key = str(cfg.pop("speakers_key", self.speakers_key))
            self.settings = QuoteSettings(**cfg)


@Language.factory(
    "telisik_quotes",
    default_config={
        "speech_verbs": "speech_verbs.tsv",
        "quote_words": "quote_words.tsv",
        "media": "news_organisations.tsv",
        "outlets": "outlets.tsv",
        "min_quote_words": 3,
        "min_reported_words": 2,
        "min_media_statement_words": 4,
        "attribution_chars": 80,
        "quotes_key": "quotes",
        "speakers_key": "quote_speakers",
    },
    requires=["token.is_sent_start", "doc._.entities", "doc._.cited_names"],
    assigns=["doc._.quotes", "doc.spans"],
)
def make_finder(
    nlp: Language,
    name: str,
    speech_verbs: str,
    quote_words: str,
    media: str,
    outlets: str,
    min_quote_words: int,
    min_reported_words: int,
    min_media_statement_words: int,
    attribution_chars: int,
    quotes_key: str,
    speakers_key: str,
) -> QuoteFinder:
    return QuoteFinder(
        nlp,
        name,
        speech_verbs=speech_verbs,
        quote_words=quote_words,
        media=media,
        outlets=outlets,
        min_quote_words=min_quote_words,
        min_reported_words=min_reported_words,
        min_media_statement_words=min_media_statement_words,
        attribution_chars=attribution_chars,
        quotes_key=quotes_key,
        speakers_key=speakers_key,
    )


__all__ = [
    "QuoteFinder",
    "QuoteLexicon",
    "QuoteSettings",
    "find_attributed_quotes",
    "find_quotes",
    "make_finder",
    "marked_spans",
    "paragraphs",
    "set_quote_spans",
]
