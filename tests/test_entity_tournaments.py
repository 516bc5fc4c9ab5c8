"""A place's name before a tournament word names the tournament, no mention of the place (issue 17)."""

import pytest
import spacy
from spacy.tokens import Span

from telisik.nlp.entities.gazetteer import _club_of_place
from telisik.nlp.entities.lexicon import default_lexicon


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        ("Fajar/Rian melaju ke perempat final Japan open 2025 di Tokyo.", "Japan", ("Japan open", "ORG")),
        ("Ginting kalah di babak pertama Indonesia Masters tahun ini.", "Indonesia", ("Indonesia Masters", "ORG")),
        ("Tim bulu tangkis Jepang tiba di Jakarta pada Senin.", "Jepang", ("Jepang", "LOC")),
    ],
)
def test_a_tournament_word_makes_the_place_a_tournament(lex, text, place, expected):
    doc = spacy.blank("id")(text)
    start = next(t.i for t in doc if t.text == place)
    span = _club_of_place(lex, Span(doc, start, start + 1, label="LOC"))
    assert (span.text, span.label_) == expected
