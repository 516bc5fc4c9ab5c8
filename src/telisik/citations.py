"""Citations (placeholder: replaced by issue 3)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("citations"):
    Doc.set_extension("citations", default=None)


class Finder:
    def __call__(self, doc: Doc) -> Doc:
        doc._.citations = []
        return doc


@Language.factory("telisik_citations", default_config={})
def make_finder(nlp: Language, name: str) -> Finder:
    return Finder()
