"""Business posts written as acronyms are titles ("COO Indodax ..."), one word after a known organisation in a
person's span names its service ("Binance Pay"), a heading's capitals make no name ("4. Lulus Tepat Waktu"), and a
body the article names on its own is split off the person after a title ("Direktur Cecabank Aurora Cuadros")."""

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_an_acronym_post_is_a_title_not_a_name(nlp):
    ents = entities(
        nlp,
        "Menurut COO Indodax, Antony Kusuma, pasar kripto sedang naik. COO Indodax Antony Kusuma juga mengatakan "
        "investor muda mendominasi transaksi di Indonesia.",
    )
    assert "COO" not in ents
    assert ents["Indodax"][0] == "ORG"
    assert ents["Antony Kusuma"][0] == "PER"


def test_a_known_organisations_service_is_no_person(nlp):
    ents = entities(
        nlp,
        "Binance Pay secara bertahap mengubah kripto menjadi alat bayar sehari-hari. Pengguna Binance Pay terus "
        "bertambah tahun ini.",
    )
    assert "Pay" not in ents
    assert all(kind != "PER" for kind, _ in ents.values())


def test_a_known_organisation_before_a_full_name_stays_split(nlp):
    ents = entities(nlp, "CEO Tether Paolo Ardoino mengatakan stablecoin tumbuh. Ardoino yakin pasar akan naik.")
    assert ents["Tether"][0] == "ORG"
    assert ents["Paolo Ardoino"][0] == "PER"


_HEADINGS = (
    "Setiap mata kuliah idealnya harus mendapat nilai minimal B.\n\n"
    "4. Lulus Tepat Waktu: Maksimal 8 Semester\n\n"
    "Salah satu syarat utama adalah menyelesaikan studi dalam delapan semester.\n\n"
    "6. Temukan Pola Belajar yang Efektif\n\n"
    "Setiap mahasiswa punya gaya belajar yang berbeda. Warga berkumpul di Kali Besar, Jakarta Barat."
)


def test_a_headings_ordinary_words_are_no_name(nlp):
    ents = entities(nlp, _HEADINGS)
    assert "Lulus Tepat Waktu" not in ents
    assert "Pola Belajar" not in ents


def test_the_same_kind_of_words_inside_a_sentence_stay_a_name(nlp):
    assert entities(nlp, _HEADINGS)["Kali Besar"][0] == "LOC"


def test_a_body_named_alone_is_split_off_the_person_after_a_title(nlp):
    ents = entities(
        nlp,
        "Bank Spanyol Cecabank menyimpan aset kripto nasabahnya. Direktur Cecabank Aurora Cuadros mengatakan "
        "permintaan terus meningkat.",
    )
    assert ents["Aurora Cuadros"][0] == "PER"
    assert "Cecabank Aurora Cuadros" not in ents


def test_a_lower_case_area_noun_is_no_part_of_the_place(nlp):
    ents = entities(
        nlp,
        "Jemaah berkumpul di Masjid Al-Ikhlas kawasan Pondok Aren, Kota Tangerang Selatan. Pemerintah juga "
        "membangun Kawasan Ekonomi Khusus Mandalika di Lombok Tengah.",
    )
    assert ents["Pondok Aren"][0] == "LOC"
    assert "kawasan Pondok Aren" not in ents
    assert "Kawasan Ekonomi Khusus Mandalika" in ents


def test_a_news_networks_regional_edition_is_an_organisation(nlp):
    ents = entities(
        nlp,
        '"Kami terus berupaya," katanya dalam siaran pers yang diterima Tribun Bali. Dilansir dari '
        "TribunTangerang, peristiwa itu terjadi malam hari. Promo ini menghemat uang belanja Tribunners.",
    )
    assert ents["Tribun Bali"][0] == "ORG"
    assert ents["TribunTangerang"][0] == "ORG"
    assert "Tribunners" not in ents


def test_a_persons_name_read_as_a_place_after_a_place_is_the_person(nlp):
    ents = entities(
        nlp,
        "Kepala Kantor SAR Jakarta Desiana Kartika Bahari mengatakan, jenazah korban sudah ditemukan. "
        '"Tim menemukan korban di sekitar muara," ucap Desiana.',
    )
    assert ents["Desiana Kartika Bahari"] == ("PER", ["Desiana Kartika Bahari", "Desiana"])


def test_a_place_after_a_common_noun_stays_a_place(nlp):
    ents = entities(
        nlp,
        "Wisatawan menuju destinasi wisata Oluhuta Paradise di Kabupaten Bone Bolango. Oluhuta ramai dikunjungi.",
    )
    assert ents["Oluhuta Paradise"][0] == "LOC"


def test_ranks_and_their_corps_alone_name_nobody(nlp):
    ents = entities(
        nlp,
        "Anggota Satreskrim Polres Sabu Raijua Aipda Matelda M. Domo Mita ikut hadir. Bupati Aceh Tamiang, "
        "Irjen Pol (Purn.) Armia Pahmi meminta warga tenang.",
    )
    assert not {"Aipda", "Pol", "Purn"} & set(ents)
    assert ents["Armia Pahmi"][0] == "PER"


def test_a_portfolio_with_its_acronym_in_brackets_leads_to_the_whole_name(nlp):
    ents = entities(
        nlp,
        "Massa mengejar Menteri Energi dan Sumber Daya Mineral (ESDM) Bahlil Lahadalia saat berkunjung ke Sorong. "
        "Kunjungan Bahlil itu di tengah protes masyarakat.",
    )
    assert ents["Bahlil Lahadalia"] == ("PER", ["Bahlil Lahadalia", "Bahlil"])
    assert "Lahadalia" not in ents


def test_a_quizs_lettered_options_are_no_people(nlp):
    ents = entities(
        nlp,
        "Media yang berisi ajakan untuk membeli produk disebut. . .\n\nA. Iklan\n\nB. Slogan\n\nC. Poster\n\n"
        "D. Pamflet\n\nJawaban : A. Iklan\n\nCerpen itu karya B. Soelarto.",
    )
    assert not [name for name in ents if name[:2] in ("A.", "D.")]
    assert ents["B. Soelarto"][0] == "PER"


def test_a_street_named_for_a_person_is_one_place(nlp):
    ents = entities(
        nlp,
        "Pedagang yang berjualan di Jalan Orang Kayo Pingai, Kecamatan Jambi Timur, enggan direlokasi.",
    )
    assert ents["Jalan Orang Kayo Pingai"][0] == "LOC"


def test_a_citys_fire_brigade_is_an_organisation(nlp):
    ents = entities(nlp, "Petugas Damkar Jakarta Timur mengerahkan unit penyelamat ke lokasi kejadian.")
    assert ents["Damkar Jakarta Timur"][0] == "ORG"


def test_a_full_name_the_model_read_after_a_titles_body_takes_no_body_word(nlp):
    ents = entities(
        nlp,
        "Direktur Utama Inalum Melati Sarnita mengatakan, valuasi Inalum masih kecil. Melati menambahkan, Inalum "
        "akan melantai di bursa.",
    )
    assert ents["Melati Sarnita"] == ("PER", ["Melati Sarnita", "Melati"])
    assert "Inalum Melati Sarnita" not in ents
