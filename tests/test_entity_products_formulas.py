"""Words that name no person, place or body, however capitalised (issue 15).

A product's model alone, after a model's opener or after its maker ("Fortuner", "New Carry", "iPhone 16 Pro Max",
"Honda Beat Street": ``product_models.txt``, ``vehicle_models.txt``, ``model_words.tsv``) is no entity; the maker
alone stays the organisation. A vehicle named in a sentence that reports a crash stays: the crash's party. A day's
name in a time expression after a speaker's office ("kata Kepala BPBD Lumajang Sabtu (14/6/2025)") is no person. A
pious formula ("Innalillahi wa inna ilaihi raji'un", "Alhamdulillah", "Aamiin": ``name_breaks.tsv``, pious) is no
name and no part of one, and a religious honorific ends the name of a person found after a title ("Syekh Ali Jaber
[Rahimahullah]"); the Prophet's title alone ("Nabi bersabda") is no name. A station named after its city ("Bandung
TV") is the station, not the city.

The sentences are invented, in the outlets' style.
"""

import pytest
import spacy

from entity_runs import article_entities as entities
from telisik.nlp.entities.lexicon import default_lexicon


@pytest.mark.parametrize(
    ("name", "product", "maker"),
    [
        ("Fortuner", True, 0),
        ("iPhone 16 Pro Max", True, 0),
        ("New Carry", True, 0),
        ("All New Palisade Hybrid", True, 0),
        ("Honda Beat Street", True, 1),
        # a firm named with a model's word, a planet named like a motorcycle, a city opened by "New"
        ("Galaxy Digital", False, 0),
        ("Jupiter", False, 0),
        ("New York", False, 0),
        ("Toyota Indonesia", False, 0),
        # the truck maker's firm, named like its trucks
        ("Mitsubishi Fuso", False, 0),
    ],
)
def test_a_product_name_is_a_model_with_its_opener_maker_and_trims_only(name, product, maker):
    doc = spacy.blank("id")(name)
    assert default_lexicon().product_name(doc[:]) == (product, maker)


def test_models_alone_or_after_new_are_no_entities(nlp):
    text = (
        "Penjualan New Carry naik pada Mei, disusul All New Ertiga dan Fortuner, kata Budi Santoso. Samsung merilis "
        "Galaxy S25 Edge, sementara Apple menyiapkan iPhone 16 Pro Max untuk pasar Indonesia."
    )
    ents = entities(nlp, text)
    models = ("Carry", "Ertiga", "Fortuner", "Galaxy", "iPhone")
    assert not [name for name in ents if any(m in name for m in models)]
    assert ents["Samsung"][0] == ents["Apple"][0] == "ORG"
    assert ents["Budi Santoso"][0] == "PER"


def test_a_models_namesake_alone_is_a_person_or_place_where_no_maker_is_named(nlp):
    # "Ayla" and "Xenia" are given names, "Kona" a town in Hawaii: alone, in a text naming no maker, no car
    text = (
        "Ayla, siswi kelas enam asal Bekasi, meraih medali emas olimpiade sains. Kepala sekolah memuji Ayla di depan "
        "para guru. Warga Kona, Hawaii, mengungsi setelah badai melanda pulau itu, kata Wali Kota Mitch Roth."
    )
    ents = entities(nlp, text)
    assert ents["Ayla"][0] == "PER"
    assert ents["Kona"][0] == "LOC"
    # in a report that names the makers, the same word alone is the car's model
    cars = entities(nlp, "Daihatsu mengekspor Ayla dan Sigra ke Filipina, sementara Toyota mengirim Avanza ke Meksiko.")
    assert "Ayla" not in cars and cars["Daihatsu"][0] == "ORG"


def test_a_vehicle_in_a_crash_stays_the_crashs_party(nlp):
    # the events take a crash's parties from the entities: the car in the sentence of the crash stays one
    text = (
        "Sebuah Toyota Avanza menabrak truk di jalan tol, Kamis (12/6/2025). Pengemudi mobil itu, Agus Salim, selamat. "
        "Avanza kini menjadi mobil terlaris kedua setelah New Carry, kata Budi Santoso."
    )
    ents = entities(nlp, text)
    assert "Toyota Avanza" in ents
    assert not [name for name in ents if "Carry" in name]


def test_a_day_after_a_speakers_office_is_no_person(nlp):
    text = (
        '"Kami sudah membagikan masker kepada warga," ujar Kepala BPBD Lumajang Sabtu (14/6/2025). "Stok masih cukup," '
        "kata Dewi Anggraini, Direktur Pemasaran Sinar Abadi Indonesia, Senin (16/6/2025)."
    )
    ents = entities(nlp, text)
    assert "Sabtu" not in ents and "Senin" not in ents
    assert ents["Dewi Anggraini"][0] == "PER"


def test_pious_formulas_are_no_names_nor_parts_of_one(nlp):
    text = (
        "\"Innalillahi wa inna ilaihi raji'un Kapal nelayan asal Sibolga tenggelam tadi malam,\" tulis akun itu. "
        '"Selamat datang putri kami, Nadia Kirana Salsabila Alhamdulillah, lahir dengan selamat," tulis Rizky Febian. '
        '"Aamiin Ya Rabbal Alamin," tutup Hendra.'
    )
    ents = entities(nlp, text)
    assert not [name for name in ents if any(w in name for w in ("Innalillahi", "Alhamdulillah", "Aamiin"))]
    assert ents["Nadia Kirana Salsabila"][0] == "PER"
    assert ents["Rizky Febian"][0] == ents["Hendra"][0] == "PER"


def test_a_pious_word_ending_a_bodys_name_stays(nlp):
    # only a person's name loses a pious word at its end: a school or a mosque may be named with one
    ents = entities(nlp, "Pondok Pesantren Bismillah di Jombang menerima 300 santri baru tahun ini, kata Ahmad Fauzi.")
    assert "Pondok Pesantren Bismillah" in ents
    assert "Pondok Pesantren" not in ents


def test_a_titled_persons_name_ends_before_a_religious_honorific(nlp):
    ents = entities(nlp, "Pesan itu disampaikan Syekh Ali Jaber Rahimahullah kepada para santri di Lampung sebelum wafat.")
    assert ents["Ali Jaber"][0] == "PER"
    assert not [name for name in ents if "Rahimahullah" in name]


def test_the_prophets_title_alone_is_no_name(nlp):
    ents = entities(nlp, "Dalam hadis itu Nabi bersabda bahwa menolong sesama adalah amal yang utama, tulis Ahmad Fauzi di Bogor.")
    assert "Nabi" not in ents
    assert ents["Ahmad Fauzi"][0] == "PER"


def test_a_station_named_after_its_city_is_the_station(nlp):
    ents = entities(nlp, "Sebelum menjadi anggota DPRD, Yusuf Maulana bekerja sebagai reporter di Bandung TV dan Harian Pagi Pasundan.")
    assert ents["Bandung TV"][0] == "ORG"
    assert "Bandung" not in ents
