"""A name the recogniser runs into the number or year of a document after it ends before the number's word; a span
that is the number's word alone is no name; a street's house number stays (``document_number_words.tsv``)."""

from entity_runs import article_entities as entities


def test_a_regions_name_ends_before_its_regulations_number(nlp):
    ents = entities(
        nlp,
        "Pemerintah daerah berpegang pada Peraturan Daerah Kabupaten Sumberjaya Nomor 3 Tahun 2003 tentang Rencana "
        "Tata Ruang. Bupati Andi Wijaya menyampaikannya di Sumberjaya.",
    )
    assert ents["Kabupaten Sumberjaya"][0] == "LOC"
    assert not [name for name in ents if "Nomor" in name]
    assert ents["Andi Wijaya"][0] == "PER"


def test_a_bodys_name_ends_before_its_rulings_number(nlp):
    ents = entities(
        nlp,
        "Aturan itu tertuang dalam Peraturan Otoritas Jasa Keuangan Nomor 35/POJK.05/2015 dan Putusan Mahkamah "
        "Konstitusi Nomor 35/PUU-XXI/2023, kata Rina Marlina di Jakarta.",
    )
    assert ents["Otoritas Jasa Keuangan"][0] == "ORG"
    assert ents["Mahkamah Konstitusi"][0] == "ORG"
    assert not [name for name in ents if "Nomor" in name]


def test_the_number_word_alone_is_no_name(nlp):
    ents = entities(
        nlp,
        "Hal itu diatur dalam Peraturan Gubernur Aceh No. 37 Tahun 2024 dan Perda DKI Jakarta No. 8 Tahun 2007, "
        "ujar Budi Santoso.",
    )
    assert not [name for name in ents if name.startswith("No") or name.endswith(("No.", "8"))]
    assert ents["DKI Jakarta"][0] == "LOC"
    assert ents["Budi Santoso"][0] == "PER"


def test_a_name_ends_before_a_year(nlp):
    ents = entities(nlp, "Undian berlaku bagi seluruh nasabah Bank BCA Tahun 2025 dan dana APBD Kota Cimahi Tahun 2025 sebesar Rp2 miliar.")
    assert ents["Bank BCA"][0] == "ORG"
    assert ents["Kota Cimahi"][0] == "LOC"
    assert not [name for name in ents if "Tahun" in name]


def test_a_streets_house_number_stays(nlp):
    ents = entities(nlp, "Kantor itu beralamat di Jalan Juanda Nomor 6, Kota Palu, kata Siti Aminah.")
    assert "Jalan Juanda Nomor 6" in ents
    assert ents["Siti Aminah"][0] == "PER"


def test_a_street_after_a_short_street_word_keeps_its_house_number(nlp):
    ents = entities(nlp, "Lelang digelar di Rupbasan, Jl. Dewi Sartika No.255, Cawang, kata Andi Wijaya.")
    assert not [name for name in ents if name == "Dewi Sartika"]


def test_a_riders_name_ends_before_his_number(nlp):
    ents = entities(nlp, "Pembalap Ducati Lenovo, Marc Marquez No.93, kembali menang di Sirkuit Mugello, kata Ardi Wijaya.")
    assert ents["Marc Marquez"][0] == "PER"
    assert not [name for name in ents if "93" in name or name.endswith("No.")]


def test_a_street_named_after_a_titled_person_keeps_its_house_number(nlp):
    ents = entities(nlp, "Kantornya beralamat di Jalan TB. Simatupang No. 1 Jakarta Selatan, kata Andi Wijaya.")
    assert not [name for name in ents if name == "Simatupang"]
    ents = entities(nlp, "Lokasinya ada di Jl. KH Wahid Hasyim No.104, Yogyakarta, kata Andi Wijaya.")
    assert not [name for name in ents if name == "Wahid Hasyim"]
