"""A name the model reads as a place is a person where it stands as a speech verb's speaker and all its words are
person-shaped words no gazetteer place holds; a known place run on into such a name splits off."""

import pytest
from spacy.tokens import Span

from telisik.nlp.entities.lexicon import LexiconFiles, load_lexicon
from telisik.nlp.entities.speaker_types import speakers_as_persons
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def _typed(nlp, text: str, spans: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Run speakers_as_persons on a tokenised text with the given (words, label) spans set as the model's reading."""
    doc = nlp.make_doc(text)
    ents = []
    for words, label in spans:
        start = text.index(words)
        ents.append(doc.char_span(start, start + len(words), label=label))
    ents = [Span(doc, e.start, e.end, label=e.label_) for e in ents]
    out = speakers_as_persons(load_lexicon(LexiconFiles()), doc, ents)
    return [(e.text, e.label_) for e in out]


def test_a_plain_name_before_a_reporting_verb_is_a_person(nlp):
    text = "Ketua paguyuban pedagang, Darmonoto, mengatakan harga cabai naik."
    assert _typed(nlp, text, [("Darmonoto", "LOC")]) == [("Darmonoto", "PER")]


def test_a_name_after_kata_is_a_person(nlp):
    text = '"Stok beras aman," kata Wiranti Kusumalaga di pasar.'
    assert _typed(nlp, text, [("Wiranti Kusumalaga", "LOC")]) == [("Wiranti Kusumalaga", "PER")]


def test_an_initial_and_surname_is_a_person(nlp):
    text = "Sopir truk itu, R Tambunanto mengatakan remnya blong."
    assert _typed(nlp, text, [("R Tambunanto", "LOC")]) == [("R Tambunanto", "PER")]


def test_a_known_place_as_speaker_stays_a_place(nlp):
    text = '"Kami siap," kata Kabupaten Sleman dalam keterangannya.'
    assert _typed(nlp, text, [("Kabupaten Sleman", "LOC")]) == [("Kabupaten Sleman", "LOC")]


def test_a_place_not_beside_a_speech_verb_stays_a_place(nlp):
    text = "Warga Darmonoto menanam padi di sawah."
    assert _typed(nlp, text, [("Darmonoto", "LOC")]) == [("Darmonoto", "LOC")]


def test_a_known_place_run_on_into_a_name_splits(nlp):
    text = "Sementara itu, Bandung Wiranti Kusumalaga mengatakan kunjungan naik."
    out = _typed(nlp, text, [("Bandung Wiranti Kusumalaga", "LOC")])
    assert out == [("Bandung", "LOC"), ("Wiranti Kusumalaga", "PER")]


def test_a_bahwa_verb_with_a_plain_object_makes_no_speaker(nlp):
    text = "Tahun ini, Sentolanto mengumumkan pembangunan jalan baru."
    assert _typed(nlp, text, [("Sentolanto", "LOC")]) == [("Sentolanto", "LOC")]


def test_a_bahwa_verb_before_bahwa_makes_a_speaker(nlp):
    text = "Darmonoto mengumumkan bahwa harga cabai naik."
    assert _typed(nlp, text, [("Darmonoto", "LOC")]) == [("Darmonoto", "PER")]


def test_the_region_after_an_office_stays_a_place(nlp):
    text = "Kepala Dusun (Kadus) Sentolanto, membenarkan kejadian itu."
    assert _typed(nlp, text, [("Sentolanto", "LOC")]) == [("Sentolanto", "LOC")]


def _typed_mentions(nlp, text: str, name: str, labels: list[str]) -> list[str]:
    """Run speakers_as_persons with the successive mentions of one name read by the model as the given labels."""
    doc = nlp.make_doc(text)
    starts = [text.index(name)]
    while len(starts) < len(labels):
        starts.append(text.index(name, starts[-1] + 1))
    ents = [doc.char_span(s, s + len(name), label=label) for s, label in zip(starts, labels, strict=True)]
    out = speakers_as_persons(load_lexicon(LexiconFiles()), doc, ents)
    return [e.label_ for e in out]


def test_every_mention_of_the_speaker_agrees(nlp):
    text = '"Jalan rusak," ujar warga setempat, Darmonoto, Senin. Lebih lanjut, Darmonoto menegaskan bahwa warga kesal.'
    assert _typed_mentions(nlp, text, "Darmonoto", ["LOC", "LOC"]) == ["PER", "PER"]


def test_a_name_inside_a_noun_phrase_is_no_speaker(nlp):
    text = "Keberhasilan pembangunan Sentolanto Raya menegaskan komitmen pemerintah."
    assert _typed(nlp, text, [("Sentolanto Raya", "LOC")]) == [("Sentolanto Raya", "LOC")]


def test_a_capitalised_kata_in_a_heading_is_no_speech_verb(nlp):
    text = "Arti Kata Sentolanto dalam bahasa Jawa."
    assert _typed(nlp, text, [("Sentolanto", "LOC")]) == [("Sentolanto", "LOC")]


def test_a_speaker_read_as_a_person_makes_its_namesake_a_person(nlp):
    text = 'Kepala pondok, Darmonoto mengapresiasi bantuan itu. "Terima kasih," kata Darmonoto.'
    assert _typed_mentions(nlp, text, "Darmonoto", ["LOC", "PER"]) == ["PER", "PER"]
