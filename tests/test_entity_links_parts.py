"""Known names read inside something else are no mention of them, so no article links them to the place or body:
a culture named after a place, a person's initials, a word of a longer name its acronym spells out, a legal notion."""

import pytest

from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def ents_of(nlp, text: str) -> dict[str, tuple[str, str]]:
    """span text -> (label, canonical name the gazetteer gave it) of each ``doc.ents`` span."""
    return {e.text: (e.label_, e.kb_id_) for e in nlp(text).ents}


def test_a_culture_named_after_a_place_is_no_place(nlp):
    ents = ents_of(nlp, "Al memakai konsep Jawa saat unduh mantu, lalu resepsi bernuansa adat Minang di Pulau Jawa.")
    assert "Jawa" not in ents and "Minang" not in ents
    assert ents["Pulau Jawa"][0] == "LOC"


def test_a_culture_noun_inside_a_venues_name_keeps_the_place(nlp):
    ents = ents_of(nlp, "Pameran itu digelar di Taman Budaya Jawa Tengah, Surakarta. Ia juga belajar budaya Sunda.")
    assert "Sunda" not in ents
    assert any("Jawa Tengah" in text for text in ents)


def test_initials_after_a_persons_name_are_the_person(nlp):
    ents = ents_of(nlp, "Ketua Umum federasi serikat pekerja itu, Sudarto AS menyuarakan penolakan terhadap intervensi asing.")
    assert ents["Sudarto AS"][0] == "PER"
    assert "AS" not in ents
    # after a title the capitals are still the country
    ents = ents_of(nlp, "Presiden AS Donald Trump bertemu Perdana Menteri Jepang di Washington.")
    assert ents["AS"] == ("LOC", "Amerika Serikat")
    # an organisation's acronym after a rank is the organisation
    ents = ents_of(nlp, "Hal itu dikatakan Kapuspen TNI, Mayjen TNI Kristomei Sianturi kepada wartawan.")
    assert ents["TNI"] == ("ORG", "Tentara Nasional Indonesia")


def test_a_known_name_spelled_out_by_a_longer_names_acronym_is_a_word_of_it(nlp):
    ents = ents_of(
        nlp, "Laporan itu dikutip dari sumber lain.\nUnited Nations Environment Programme (UNEP) mencatat 61 persen sampah makanan."
    )
    assert ents["United Nations Environment Programme"][0] == "ORG"
    assert "United Nations" not in ents
    ents = ents_of(nlp, "Peneliti Indonesia Corruption Watch (ICW) menyebut Bank Indonesia (BI) lamban.")
    assert ents["Indonesia Corruption Watch"] == ("ORG", "")
    assert ents["Bank Indonesia"] == ("ORG", "Bank Indonesia")
    # a known name followed by its own acronym stays the known name
    ents = ents_of(nlp, "Wakil United Nations (UN) tiba di Jakarta.")
    assert ents["United Nations"] == ("ORG", "Perserikatan Bangsa-Bangsa")


def test_intellectual_property_is_a_legal_notion(nlp):
    ents = ents_of(nlp, "Rapat dihadiri perwakilan Dirjen Kekayaan Intelektual Kementerian Hukum, Razilu, dan Ketua Komisi III DPR.")
    assert "Kekayaan Intelektual" not in ents


def test_a_countrys_culture_is_the_country(nlp):
    ents = ents_of(nlp, "Putin memberi koin kepada Prabowo sebagai bagian dari tradisi Rusia.")
    assert ents["Rusia"][0] == "LOC"


def test_a_culture_named_again_later_is_still_no_place(nlp):
    text = (
        "Alyssa tampil sebagai pengantin Jawa di Jakarta. Dekorasi venue kental dengan nuansa adat Jawa, "
        "sesuai kalender Jawa yang dipilih keluarga. Jawa menjadi tema utama acara itu."
    )
    ents = ents_of(nlp, text)
    doc = nlp(text)
    after_nouns = [e for e in doc.ents if e.text == "Jawa" and doc[e.start - 1].lower_ in {"jawa", "adat", "kalender", "pengantin"}]
    assert after_nouns == []
    assert ents["Jakarta"][0] == "LOC"


def test_a_venue_its_acronym_spells_out_is_a_place(nlp):
    doc = nlp("Pameran itu digelar di Jakarta Convention Center (JCC), Senayan. Indonesia Corruption Watch (ICW) ikut hadir.")
    types = {e.name: e.type for e in doc._.entities}
    assert types.get("Jakarta Convention Center") == "LOC" and types.get("Indonesia Corruption Watch") == "ORG"
    assert "Jakarta" not in types
