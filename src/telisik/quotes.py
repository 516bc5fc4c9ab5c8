"""Quotes (placeholder: replaced by issue 3)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class Finder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc


@Language.factory("telisik_quotes", default_config={})
def make_finder(nlp: Language, name: str) -> Finder:
    return Finder()
