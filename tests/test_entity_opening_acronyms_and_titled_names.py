"""Two guards of c7705aa's entity changes, kept narrow: an acronym opening a text that is also a rarer word
("NU", "MA", "IDI": news writes "nu", "ma" and "Idi" only a little more often than in capitals) stays an
acronym, while a word news writes far more often with small letters ("PELATIH", "MARC") is read as a word;
and a person's name after a title's place stays a person even where its words are also ordinary words
("Wali Kota Los Angeles Karen Bass"), while an ordinary word before a company is still no person
("Saham Tesla")."""

from __future__ import annotations

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.entities.opening_case import opening_word_cased
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_an_acronym_that_is_also_a_rarer_word_stays_in_capitals():
    for text in (
        "NU menggelar peringatan hari lahir di Surabaya pada Minggu.",
        "MA menolak permohonan kasasi jaksa dalam perkara itu.",
        "IDI meminta pemerintah meninjau ulang aturan dokter asing.",
    ):
        assert opening_word_cased(text) == text
    assert opening_word_cased("PELATIH Timnas Indonesia tiba di Jakarta.").startswith("Pelatih Timnas")
    assert opening_word_cased("MARC Marquez menang di Aragon.").startswith("Marc Marquez")


def test_a_name_after_a_titles_place_stays_a_person(nlp):
    ents = entities(nlp, "Wali Kota Los Angeles Karen Bass mengumumkan jam malam untuk pusat kota.")
    assert ents["Karen Bass"][0] == "PER"
    assert ents["Los Angeles"][0] == "LOC"


def test_an_ordinary_word_before_a_company_is_still_no_person(nlp):
    ents = entities(nlp, "Saham Tesla menjadi sorotan di tengah perseteruan Elon Musk dengan Donald Trump.")
    assert ents["Tesla"][0] == "ORG"
    assert "Saham" not in ents and "Saham Tesla" not in ents
