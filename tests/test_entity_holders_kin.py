"""A person between a form of address or a spokesman's office and another person is no body (review of issue 15).

"Ibu Gustiwiw, Sri Yulianti": "Ibu" is the mother, no office of a body, and Gustiwiw stays the person who died;
"Juru bicara Jokowi, Fadjroel Rachman": a person the gazetteer knows keeps the type it gives. The office's body is
still read where the title is an office ("CEO Tesla Elon Musk"). Invented sentences, in the outlets' style.
"""

import spacy
from spacy.tokens import Span

from entity_runs import article_entities as entities
from telisik.nlp.entities.context_types import bodies_of_holders
from telisik.nlp.entities.lexicon import default_lexicon


def _typed(text, spans):
    """The names of ``text`` as the step types them, given as (name, label, kb id) spans, each its first occurrence."""
    doc = spacy.blank("id")(text)
    given = []
    for name, label, kb in spans:
        start = text.index(name)
        span = doc.char_span(start, start + len(name), label=label)
        given.append(Span(doc, span.start, span.end, label=label, kb_id=kb))
    return [(e.text, e.label_) for e in bodies_of_holders(default_lexicon(), doc, given)]


def test_a_person_after_a_form_of_address_and_before_another_stays_a_person():
    text = "Ibu Gustiwiw, Sri Yulianti, mengungkap hasil pemeriksaan dokter."
    assert _typed(text, [("Gustiwiw", "PER", ""), ("Sri Yulianti", "PER", "")]) == [
        ("Gustiwiw", "PER"),
        ("Sri Yulianti", "PER"),
    ]


def test_a_person_the_gazetteer_knows_keeps_its_type_between_an_office_and_a_holder():
    text = "Juru bicara Jokowi, Fadjroel Rachman, menjelaskan jadwal itu."
    assert _typed(text, [("Jokowi", "PER", "Joko Widodo"), ("Fadjroel Rachman", "PER", "")]) == [
        ("Jokowi", "PER"),
        ("Fadjroel Rachman", "PER"),
    ]


def test_the_body_of_an_office_is_still_read():
    text = "CEO Tesla Elon Musk hadir di pabrik itu."
    assert _typed(text, [("Tesla", "PER", ""), ("Elon Musk", "PER", "")]) == [("Tesla", "ORG"), ("Elon Musk", "PER")]


def test_the_mother_of_a_musician_in_a_whole_article(nlp):
    text = (
        "Musisi Gusti Irawan Wibowo alias Gustiwiw meninggal dunia pada Minggu. Ibu Gustiwiw, Sri Yulianti, "
        "mengungkap hasil pemeriksaan dokter. Juru bicara Jokowi, Fadjroel Rachman, menyampaikan duka."
    )
    ents = entities(nlp, text)
    assert ents["Gustiwiw"][0] == "PER"
    assert [kind for kind, mentions in ents.values() if "Jokowi" in mentions] == ["PER"]


def test_people_listed_after_one_title_are_no_body_and_holder():
    text = "Penyanyi Rossa, Afgan Syahreza, dan Raisa tampil di konser itu."
    spans = [("Rossa", "PER", ""), ("Afgan Syahreza", "PER", ""), ("Raisa", "PER", "")]
    assert _typed(text, spans) == [("Rossa", "PER"), ("Afgan Syahreza", "PER"), ("Raisa", "PER")]


def test_a_body_before_its_holder_and_a_comma_is_still_read():
    text = "Direktur Dompet Dhuafa, Etika Setiawanti, mengatakan kurban disalurkan."
    assert _typed(text, [("Dompet Dhuafa", "PER", ""), ("Etika Setiawanti", "PER", "")]) == [
        ("Dompet Dhuafa", "ORG"),
        ("Etika Setiawanti", "PER"),
    ]
