"""The quote component alone, on sentences written for a test: a blank Indonesian pipeline that only splits sentences,
then the citation and quote finders, with the article's entities given as the NER would give them."""

from __future__ import annotations

import re

import spacy
from spacy.language import Language

from telisik.nlp import citations, quotes  # noqa: F401 - registers the factories
from telisik.nlp.sentences import make_sentence_splitter  # noqa: F401 - registers telisik_sentences
from telisik.records.entities import Entity, Mention
from telisik.records.quotes import Quote


def _entities(text: str, entities: list[tuple[str, list[str]]]) -> list[Entity]:
    """Entities given as (type, forms): each form is a mention wherever it is written as a whole word (longest forms
    first, no two mentions overlapping), the first form the entity's name."""
    out = []
    taken: set[int] = set()
    for i, (kind, forms) in enumerate(entities, 1):
        mentions = []
        for form in sorted(forms, key=len, reverse=True):
            for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text):
                if not taken & set(range(m.start(), m.end())):
                    mentions.append(Mention(form, m.start(), m.end()))
                    taken |= set(range(m.start(), m.end()))
        out.append(Entity(f"e{i}", None, forms[0], kind, sorted(mentions, key=lambda m: m.start)))
    return out


class QuoteRun:
    """Call with a text and its entities as (type, forms); gives the quotes the component finds, in order."""

    def __init__(self) -> None:
        self.nlp: Language = spacy.blank("id")
        self.nlp.add_pipe("telisik_sentences")
        self.cite = self.nlp.create_pipe("telisik_citations")
        self.quote = self.nlp.create_pipe("telisik_quotes")

    def __call__(self, text: str, entities: list[tuple[str, list[str]]] | None = None) -> list[Quote]:
        doc = self.nlp(text)
        doc._.entities = _entities(text, entities or [])
        return list(self.quote(self.cite(doc))._.quotes)
