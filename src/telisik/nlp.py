"""The article-level NLP: a spaCy pipeline of telisik's registered components.

``build_pipeline()`` gives ``spacy.blank("id")`` plus the components; it can be
saved with ``nlp.to_disk(path)`` and loaded back with ``spacy.load(path)``,
since the factories are registered through the ``spacy_factories`` entry
point.

Pipeline order and what each component writes (JSON-ready lists, offsets are
character offsets into ``doc.text``):

- ``telisik_sentences``: sentence starts.
- ``telisik_timexes`` (``timex.py``): ``doc._.timexes`` and ``doc.spans["timexes"]``,
  normalised against ``doc._.published`` (set it before calling ``nlp(doc)``).
- entity pipes (``entities.py``: the trained ``ner``, the gazetteer and the
  alias linker): ``doc.ents`` and ``doc._.entities``.
- ``telisik_quotes`` (``quotes.py``): ``doc._.quotes``.
- ``telisik_citations`` (``citations.py``): ``doc._.citations``.
- ``telisik_events`` (``events.py``): ``doc._.events``, from the sentences, entities,
  quotes, time expressions and citations above.

To analyse text with a known publication date::

    doc = nlp.make_doc(text)
    doc._.published = "2023-09-05"
    doc = nlp(doc)
"""

from __future__ import annotations

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Token

from telisik.lang import word_list

# The publication date (ISO) that relative dates are resolved against; None
# makes the time-expression component infer an anchor from the text.
if not Doc.has_extension("published"):
    Doc.set_extension("published", default=None)

_TERMINAL = {".", "!", "?", "…", "...", "?!", "!?"}
_CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}
_OPENERS = {'"', "'", "“", "‘", "(", "[", "«", "-", "–", "—"}


class IndonesianSentenceSplitter:
    """Sentence boundaries for Indonesian news text.

    A sentence ends at ".", "!", "?" or "…" (with any closing quote or bracket)
    when the next word starts a sentence, and at every paragraph break. A full
    stop after an abbreviation ("No.", "dr.", "Jl.") or a single initial does
    not end one; decimals and times ("10.00 WIB") are single tokens already.
    An acronym ("AS.") does end a sentence: Indonesian writes acronyms without
    stops, so a stop after one is the sentence's.
    """

    def __init__(self, abbreviations: frozenset[str]):
        self.abbreviations = abbreviations

    def _is_abbreviation(self, token: Token) -> bool:
        text = token.text
        if text.endswith(".") and len(text) > 1:  # the tokenizer kept "Jl." whole
            text = text[:-1]
        elif token.i > 0 and token.text == "." and not token.doc[token.i - 1].whitespace_:
            text = token.doc[token.i - 1].text
        else:
            return False
        if text in self.abbreviations:
            return True
        # a single initial: "H. Agus Salim", "Andi A. Mallarangeng"
        return len(text) == 1 and text.isalpha() and text.isupper()

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        for token in doc:
            token.is_sent_start = token.i == 0
        i = 0
        while i < n:
            token = doc[i]
            if "\n\n" in token.text or (token.is_space and token.text.count("\n") >= 2):
                if i + 1 < n:
                    doc[i + 1].is_sent_start = True
                i += 1
                continue
            text = token.text
            # "belum." kept whole by the tokenizer ends a sentence; "Jl." and "a.n." do not
            glued_stop = len(text) > 1 and text[-1] in ".!?" and text[:-1] not in self.abbreviations and text[-2] != "."
            is_end = text in _TERMINAL or glued_stop
            if not is_end or self._is_abbreviation(token):
                i += 1
                continue
            j = i + 1
            # a closing quote or bracket sticks to the stop ('."'); one after a
            # space opens the next sentence ('. "Kami ...')
            while j < n and (doc[j].text in _CLOSERS or doc[j].text in _TERMINAL) and not doc[j - 1].whitespace_:
                j += 1
            while j < n and doc[j].is_space:
                j += 1
            if j >= n:
                break
            nxt = doc[j]
            first = nxt.text[:1]
            if first.isupper() or first.isdigit() or nxt.text in _OPENERS or first in _OPENERS:
                nxt.is_sent_start = True
            i = j
        return doc


@Language.factory("telisik_sentences", default_config={})
def make_sentence_splitter(nlp: Language, name: str) -> IndonesianSentenceSplitter:
    return IndonesianSentenceSplitter(word_list("id", "abbreviations.txt"))


def build_pipeline() -> Language:
    """``spacy.blank("id")`` with telisik's components, in pipeline order."""
    # imported here because those modules import this one for the extensions
    from telisik import citations, entities, events, quotes, timex  # noqa: F401 - registers the factories

    nlp = spacy.blank("id")
    nlp.add_pipe("telisik_sentences")
    nlp.add_pipe("telisik_timexes")
    entities.add_entity_pipes(nlp)
    nlp.add_pipe("telisik_quotes")
    nlp.add_pipe("telisik_citations")
    nlp.add_pipe("telisik_events")
    return nlp

