"""Companies and platforms the news names alone, with no "PT" or legal form near them, are organisations
(``gazetteer.tsv``): not people ("Anthropic dituntut oleh Reddit") nor places ("viral di TikTok"). A person
whose surname is such a name keeps it ("Vishal Meta"). A company named by its legal form's word ("Perseroan")
and a feast with its year ("Idul Adha 1446 Hijriah") are no entities."""

from __future__ import annotations

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_companies_named_alone_are_organisations(nlp):
    ents = entities(nlp, "Anthropic dituntut oleh Reddit karena diduga mengakses situsnya. Ryanair meminta maaf kepada penumpang.")
    assert ents["Anthropic"][0] == "ORG"
    assert ents["Reddit"][0] == "ORG"
    assert ents["Ryanair"][0] == "ORG"
    ents = entities(nlp, "Meta mengumumkan fitur baru untuk WhatsApp. Konsumen mobil Wuling mendapat potongan harga.")
    assert ents["Meta"][0] == "ORG"
    assert ents["Wuling"][0] == "ORG"


def test_a_platform_after_di_is_no_place(nlp):
    ents = entities(nlp, "Video itu viral di TikTok dan dibagikan di Telegram oleh warganet.")
    assert ents["TikTok"][0] == "ORG"
    assert ents["Telegram"][0] == "ORG"


def test_a_surname_that_names_a_company_stays_the_persons(nlp):
    ents = entities(nlp, "Menurut Vishal Meta, pasar India tumbuh pesat tahun ini.")
    assert ents["Vishal Meta"][0] == "PER"
    assert "Meta" not in ents


def test_the_company_by_its_legal_forms_word_and_a_feast_are_no_entities(nlp):
    ents = entities(nlp, "Perseroan akan membagikan dividen Rp 41,5 miliar kepada pemegang saham pada Juli.")
    assert "Perseroan" not in ents
    ents = entities(nlp, "Umat muslim merayakan Idul Adha 1446 Hijriah pada Jumat di Jakarta. Salat Ied digelar di Lapangan Banteng.")
    assert not any(name.startswith(("Idul", "Ied")) for name in ents)
    assert ents["Jakarta"][0] == "LOC"


def test_a_company_after_an_ordinary_word_or_an_english_title_is_the_company(nlp):
    ents = entities(nlp, "Liputan6.com, Jakarta - Saham Tesla menjadi sorotan di tengah perseteruan Elon Musk. Harga saham Tesla naik.")
    assert ents["Tesla"][0] == "ORG"
    assert "Saham Tesla" not in ents and "Saham" not in ents
    ents = entities(nlp, "Analyst Tokocrypto, Fyqieh Fachrur menilai, pergerakan sideways ini merupakan fase konsolidasi.")
    assert ents["Tokocrypto"][0] == "ORG"
    assert ents["Fyqieh Fachrur"][0] == "PER"
    assert not any(name.startswith("Analyst") for name in ents)


def test_a_surname_that_is_a_known_bodys_short_name_stays_in_the_name(nlp):
    ents = entities(nlp, "Seorang pria Jerman bernama Volker Gerhard Wagner (81 tahun) juga kehilangan nyawa.")
    assert ents["Volker Gerhard Wagner"][0] == "PER"
