"""A person's first name the model read as a place, right after a comma, joins the rest of the name (issue 15)."""

import pytest
import spacy
from spacy.tokens import Span

from telisik.nlp.entities.context_types import first_names_misread
from telisik.nlp.entities.lexicon import default_lexicon


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


def _spans(text: str, labelled: list[tuple[str, str, str]]):
    """The doc of ``text`` and a span for each (words, label, kb_id), found by its words."""
    doc = spacy.blank("id")(text)
    words = [t.text for t in doc]
    spans = []
    for phrase, label, kb in labelled:
        parts = phrase.split()
        start = next(i for i in range(len(words)) if words[i : i + len(parts)] == parts)
        spans.append(Span(doc, start, start + len(parts), label=label, kb_id=kb))
    return doc, spans


def test_first_name_read_as_a_place_after_an_offices_comma_joins_the_person(lex):
    doc, spans = _spans(
        "kata Kabid Inteldakim Imigrasi Batam, Jefrico Daud Marturia, Rabu.",
        [("Batam", "LOC", "Batam"), ("Jefrico", "LOC", ""), ("Daud Marturia", "PER", "")],
    )
    out = first_names_misread(lex, doc, spans)
    assert [(s.text, s.label_) for s in out] == [("Batam", "LOC"), ("Jefrico Daud Marturia", "PER")]


def test_a_known_place_or_no_comma_keeps_the_place(lex):
    doc, spans = _spans(
        "Kandidat doktor dari UPSI, Malaysia Ratin Wahyu sepakat, sedangkan warga Jefrico Daud Marturia menolak.",
        [("Malaysia", "LOC", "Malaysia"), ("Ratin Wahyu", "PER", ""), ("Jefrico", "LOC", ""), ("Daud Marturia", "PER", "")],
    )
    out = first_names_misread(lex, doc, spans)
    assert [(s.text, s.label_) for s in out] == [
        ("Malaysia", "LOC"),
        ("Ratin Wahyu", "PER"),
        ("Jefrico", "LOC"),
        ("Daud Marturia", "PER"),
    ]
