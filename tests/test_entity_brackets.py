"""A bracket after a name joins the two only on evidence that they name one thing (issue 17)."""

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.entities import abbreviates, bracket_names_same
from telisik.nlp.entities.lexicon import default_lexicon
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


@pytest.fixture(scope="module")
def lex():
    return default_lexicon()


def test_short_forms_whose_letters_run_through_the_name_abbreviate_it():
    assert abbreviates("Deplu", "Departemen Luar Negeri")
    assert abbreviates("Danantara", "Badan Pengelola Investasi Daya Anagata Nusantara")
    assert abbreviates("BPI Danantara", "Badan Pengelola Investasi Daya Anagata Nusantara")
    assert abbreviates("BRIN", "Badan Riset dan Inovasi Nasional")
    assert abbreviates("Korut", "Korea Utara")
    # letters not in the name, or a first letter that opens none of its words
    assert not abbreviates("KOI", "Indonesia")
    assert not abbreviates("Persero", "PT Pertamina")
    assert not abbreviates("Arab Saudi", "Al Hilal")
    assert abbreviates("Unesa", "Universitas Negeri Surabaya")
    assert not abbreviates("Unhas", "Universitas Negeri Surabaya")  # no "h" in the name
    # a single word abbreviates no single word
    assert not abbreviates("Jatim", "Jawa")


def test_brackets_join_on_letters_or_the_gazetteer_never_a_legal_form_a_second_entry_or_type(lex):
    assert bracket_names_same(lex, ("Departemen Luar Negeri", "ORG"), ("Deplu", "ORG"))
    # the news organisations' list knows the agency by both names
    assert bracket_names_same(lex, ("Kantor Berita Pusat Korea Utara", "ORG"), ("KCNA", "ORG"))
    assert not bracket_names_same(lex, ("PT Pertamina", "ORG"), ("Persero", "ORG"))
    assert not bracket_names_same(lex, ("PT Bank Central Asia", "ORG"), ("Tbk", "ORG"))
    assert not bracket_names_same(lex, ("Indonesia", "LOC"), ("KOI", "LOC"))
    assert not bracket_names_same(lex, ("Al Hilal", "ORG"), ("Arab Saudi", "LOC"))
    # two gazetteer entries, even of one type
    assert not bracket_names_same(lex, ("Jakarta", "LOC"), ("Indonesia", "LOC"))


def test_companies_written_with_persero_stay_apart_in_an_article(nlp):
    text = (
        "Menteri BUMN memanggil direksi PT Pertamina (Persero) dan PT Perusahaan Listrik Negara (Persero) ke Jakarta. "
        "PT Bank Rakyat Indonesia (Persero) Tbk juga hadir. Pertamina menyiapkan stok solar untuk musim mudik."
    )
    ents = {e.name: [m.text for m in e.mentions] for e in nlp(text)._.entities}
    holders = [name for name, mentions in ents.items() if any("Pertamina" in m for m in mentions)]
    assert len(holders) == 1
    assert not any("Listrik" in m or "Rakyat" in m for m in ents[holders[0]])
    assert not any(m == "Persero" for mentions in ents.values() for m in mentions)


def test_a_committee_named_for_its_country_is_not_the_country(nlp):
    text = "Ketua Komite Olimpiade Indonesia (KOI) Raja Sapta Oktohari melepas atlet ke Thailand. KOI menargetkan sepuluh emas."
    ents = {e.name: (e.type, [m.text for m in e.mentions]) for e in nlp(text)._.entities}
    assert not any("KOI" in mentions for name, (kind, mentions) in ents.items() if kind == "LOC")


def test_a_club_and_its_country_in_brackets_are_two_entities(nlp):
    text = "Real Madrid akan menghadapi Al Hilal (Arab Saudi) di Miami. Al Hilal tampil tanpa bintang utamanya."
    ents = {e.name: (e.type, [m.text for m in e.mentions]) for e in nlp(text)._.entities}
    saudi = [mentions for name, (kind, mentions) in ents.items() if "Arab Saudi" in mentions]
    assert saudi and all("Al Hilal" not in mentions for mentions in saudi)


def test_a_bracketed_translation_of_a_name_the_model_tagged_is_the_same_name(lex):
    assert bracket_names_same(lex, ("Civil Defense Force", "ORG"), ("Pasukan Pertahanan Sipil", "ORG"))
    # not where the model tagged the bracket as another type, nor a name it left untagged
    assert not bracket_names_same(lex, ("Civil Defense Force", "ORG"), ("Pasukan Pertahanan Sipil", "LOC"))
    assert not bracket_names_same(lex, ("Civil Defense Force", "ORG"), ("Pasukan Pertahanan Sipil", "ORG"), tagged=False)


def test_a_place_in_brackets_after_a_facility_is_where_it_is_not_its_other_name(lex):
    assert not bracket_names_same(lex, ("Bandara Frans Seda Maumere", "LOC"), ("Kabupaten Sikka", "LOC"))
    # two names of one body, neither known to the gazetteer: a translation still joins
    assert bracket_names_same(lex, ("Civil Defense Force", "ORG"), ("Pasukan Pertahanan Sipil", "ORG"))


def test_a_word_the_gazetteer_knows_only_as_an_acronym_is_that_acronym_only_in_capitals(lex):
    assert lex.known("AS") is not None and lex.known("AS").name == "Amerika Serikat"
    assert lex.known("As") is None  # the Spanish paper "As", or "As" opening a sentence
    assert lex.known("Amerika Serikat") is not None


def test_a_capitalised_word_is_not_the_acronym_it_folds_to_in_the_same_article(nlp):
    text = (
        "Xabi Alonso memuji gelandang barunya. \"Dia pemain hebat,\" kata Alonso di As, Rabu (18/6/2025). "
        "Real Madrid akan bertanding di Amerika Serikat (AS) dalam Piala Dunia Antarklub."
    )
    doc = nlp(text)
    usa = next(e for e in doc._.entities if e.name == "Amerika Serikat")
    assert "As" not in {m.text for m in usa.mentions} and "AS" in {m.text for m in usa.mentions}


def test_a_bracket_after_two_different_names_is_shared_and_joins_neither(nlp):
    # a results table writes each team's bike after the team: the bike is no alias, the teams stay two
    doc = nlp(
        "Hasil balapan: 8. Marco Bezzecchi ITA Aprilia Racing (RS-GP25) 9. Pedro Acosta Red Bull KTM (RC16) "
        "10. Raul Fernandez SPA Trackhouse Aprilia (RS-GP25) 11. Jorge Martin."
    )
    names = {e.name: [m.text for m in e.mentions] for e in doc._.entities}
    assert "Trackhouse Aprilia" not in names.get("Aprilia Racing", [])
    assert "Aprilia Racing" not in names.get("Trackhouse Aprilia", [])


def test_a_bodys_short_form_in_brackets_is_the_body_not_a_person(nlp):
    ents = entities(
        nlp,
        "Pakar imunologi Fakultas Kedokteran Universitas Airlangga (Unair), Agung Dwi Wahyu Widodo, mengatakan kasus "
        "naik. Menurut Unair, vaksin masih efektif.",
    )
    assert ents["Fakultas Kedokteran Universitas Airlangga"] == (
        "ORG",
        ["Fakultas Kedokteran Universitas Airlangga", "Unair", "Unair"],
    )
    assert "Unair" not in ents
    assert ents["Agung Dwi Wahyu Widodo"][0] == "PER"


def test_a_places_short_form_in_brackets_after_a_body_stays_the_place(nlp):
    ents = entities(
        nlp,
        "Polres Rokan Hilir (Rohil), Riau, menggelar bakti sosial di Kabupaten Rohil pada Rabu (18/6/2025). "
        "Kapolres Rohil AKBP Isa Imam Syahroni menyampaikan imbauan.",
    )
    assert ents["Polres Rokan Hilir"] == ("ORG", ["Polres Rokan Hilir"])
    assert ents["Kabupaten Rohil"][0] == "LOC"
