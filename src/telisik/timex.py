"""Time expressions (placeholder until issue 2's tagger lands)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


class TimexTagger:
    def __call__(self, doc: Doc) -> Doc:
        doc._.timexes = []
        return doc


@Language.factory("telisik_timexes", default_config={})
def make_timex_tagger(nlp: Language, name: str) -> TimexTagger:
    return TimexTagger()
