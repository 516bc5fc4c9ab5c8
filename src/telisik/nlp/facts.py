"""What the article NLP keeps of an annotated text (``Facts``), and the text it reads.

``nlp_text`` is the body as the NLP reads it (offsets unchanged), ``true_to``
puts the body's own characters back into the facts where the two differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc

from telisik.nlp.entities.opening_case import opening_word_cased
from telisik.records.entities import Entity, Mention
from telisik.records.events import Event
from telisik.records.quotes import Citation, Quote
from telisik.records.timex import Timex, TimexAnchor


@dataclass
class Facts:
    """What the article stage keeps of an annotated text: the components' records (offsets
    into the text), its sentences as [start, end], its token count, and what the time
    expressions' component warns of a text without a publication date."""

    timexes: list[Timex]
    timex_anchor: TimexAnchor | None
    entities: list[Entity]
    quotes: list[Quote]
    citations: list[Citation]
    events: list[Event]
    sentences: list[list[int]]
    tokens: int
    timex_warnings: list[str] = field(default_factory=list)

    @classmethod
    def of(cls, doc: Doc) -> Facts:
        return cls(
            timexes=doc._.timexes or [],
            timex_anchor=doc._.timex_anchor,
            entities=doc._.entities or [],
            quotes=doc._.quotes or [],
            citations=doc._.citations or [],
            events=doc._.events or [],
            sentences=[[s.start_char, s.end_char] for s in doc.sents],
            tokens=len(doc),
            timex_warnings=list(doc._.timex_warnings or []),
        )


# A lone surrogate (a JSON "\\ud800") cannot be encoded in UTF-8, which spaCy hashes every
# token in; the NLP reads U+FFFD in its place, one character for one, so offsets hold.
_SURROGATE = re.compile("[\ud800-\udfff]")
# A run of this many characters without a space is no word (the corpus's longest are URLs of
# ~250): the tokenizer's prefix and suffix search is quadratic in a token's length, one
# uninterruptible call (20,000 brackets took 35 s), so the NLP reads such a run as letters.
MAX_WORD_CHARS = 500
# (?<!\S): tried only where a run starts, so the search stays linear on text of long runs
_LONG_RUN = re.compile(rf"(?<!\S)\S{{{MAX_WORD_CHARS},}}")


def nlp_text(text: str) -> str:
    """``text`` as the NLP reads it, offsets unchanged: lone surrogates replaced, runs too long to be words masked,
    an opening word an outlet writes in capitals written as a word ("ROBERT Gabriel Mugabe": ``opening_word_cased``)."""
    text = opening_word_cased(text)
    if _SURROGATE.search(text):
        text = _SURROGATE.sub("\ufffd", text)
    if _LONG_RUN.search(text):
        text = _LONG_RUN.sub(lambda run: "x" * len(run[0]), text)
    return text


def true_to(body: str, facts: Facts) -> None:
    """The texts the facts quote from the body taken from ``body`` itself, where ``nlp_text`` changed it."""
    read = nlp_text(body)
    if read == body:
        return
    spans: list[Timex | Quote | Citation | Mention] = [*facts.timexes, *facts.quotes, *facts.citations]
    spans += [m for e in facts.entities for m in e.mentions]
    for item in spans:
        if item.start is not None and item.end is not None:
            item.text = body[item.start : item.end]
    for ev in facts.events:
        ev.trigger = body[ev.start : ev.end]
        at = read.find(ev.sentence) if ev.sentence else -1
        if at >= 0:  # the sentence as the body writes it ("ROBERT Gabriel Mugabe, ...")
            ev.sentence = body[at : at + len(ev.sentence)]
