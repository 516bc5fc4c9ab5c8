"""Names that are no person, organisation or place: a law's title after "tentang", a contest's session ("Sprint
Race"); and a company's name ending in its legal form is an ORG (``company_suffixes.txt``)."""

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()


def test_a_laws_title_after_tentang_is_no_entity(nlp):
    ents = entities(
        nlp,
        "Komisi itu menilai perusahaan melanggar Undang-Undang Nomor 5 Tahun 2019 tentang Larangan Praktik Monopoli "
        "dan Persaingan Usaha Tidak Sehat. Ketua komisi, Budi Santoso, menyampaikannya di Jakarta.",
    )
    assert "Larangan Praktik Monopoli" not in ents and "Persaingan Usaha Tidak Sehat" not in ents
    assert ents["Budi Santoso"][0] == "PER"
    assert ents["Jakarta"][0] == "LOC"


def test_a_regulations_title_after_its_number_with_a_point_is_no_entity(nlp):
    ents = entities(
        nlp,
        "Pengacara Rina Marlina merujuk Peraturan Menteri Perhubungan No. 77 Tahun 2011 tentang Tanggung Jawab "
        "Pengangkutan Udara saat menggugat maskapai di Surabaya.",
    )
    assert "Tanggung Jawab Pengangkutan Udara" not in ents
    assert ents["Rina Marlina"][0] == "PER"
    assert ents["Surabaya"][0] == "LOC"


def test_a_name_after_tentang_without_a_law_or_also_written_elsewhere_stays(nlp):
    ents = entities(
        nlp,
        "Dewan mengesahkan Undang-Undang tentang Lembaga Sandi Pertiwi. Pekan lalu, Lembaga Sandi Pertiwi menggelar "
        "rapat di Bandung bersama Andi Wijaya. Warga bertanya tentang Sinta Maharani.",
    )
    assert ents["Lembaga Sandi Pertiwi"][0] == "ORG"
    assert ents["Sinta Maharani"][0] == "PER"


def test_a_contests_session_is_no_organisation(nlp):
    ents = entities(
        nlp,
        "Marc Marquez memenangi Sprint Race MotoGP Aragon 2025 di Sirkuit Motorland Aragon, Spanyol. Adiknya, "
        "Alex Marquez, finis kedua di Sprint Race. Jadwal MotoGP Free Practice dimulai Jumat.",
    )
    assert not [name for name in ents if "Sprint" in name or "Practice" in name]
    assert ents["Marc Marquez"][0] == "PER"
    assert ents["Spanyol"][0] == "LOC"


def test_a_name_ending_in_a_legal_form_is_a_company(nlp):
    ents = entities(
        nlp,
        "Kuasa hukum Andi Pratama meminta kantor merek menolak permohonan Tan Kah Seng Trading Co Pte Ltd. "
        "Saham Reitar Logtech Holdings Ltd naik tajam, kata analis Budi Hartono di Jakarta.",
    )
    assert ents["Tan Kah Seng Trading Co Pte Ltd"][0] == "ORG"
    assert ents["Reitar Logtech Holdings Ltd"][0] == "ORG"
    assert ents["Andi Pratama"][0] == "PER"
    assert ents["Budi Hartono"][0] == "PER"


def test_legal_form_words_alone_name_nothing(nlp):
    ents = entities(nlp, "Ia menjadi direktur eksekutif Penang Port Sdn Bhd selama tujuh tahun di Malaysia.")
    assert all(ent_type == "ORG" for name, (ent_type, _) in ents.items() if "Bhd" in name)
    assert "Sdn Bhd" not in ents
    assert ents["Malaysia"][0] == "LOC"


def test_a_currency_before_a_sum_is_no_part_of_the_name(nlp):
    ents = entities(
        nlp,
        "Jaksa menetapkan tersangka kasus pembobolan Bank Mandiri Rp 1,4 triliun di Jakarta. "
        "Pemerintah membangun pelabuhan Rp 5 triliun di Kendari.",
    )
    assert ents["Bank Mandiri"][0] == "ORG"
    assert not [name for name in ents if name.endswith("Rp") or name.islower()]


def test_a_body_named_by_its_head_inside_a_laws_title_stays(nlp):
    ents = entities(
        nlp,
        "Diskon itu diatur dalam Keputusan Menteri Nomor 348 Tahun 2024 tentang Diskon Biaya Listrik untuk Konsumen "
        "PT Sinar Listrik Raya, kata Budi Hartono di Jakarta.",
    )
    assert ents["PT Sinar Listrik Raya"][0] == "ORG"


def test_a_venue_ending_in_a_legal_form_stays_a_place(nlp):
    ents = entities(nlp, "Laga itu digelar di Stadion Inter & Co, Orlando, Amerika Serikat.")
    assert ents["Stadion Inter & Co"][0] == "LOC"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Menurut Dokter Umum di The London General Practice, dr. Naveed Asif, flu bisa dicegah.", "The London General Practice"),
        ("Operator Sprint Corporation bergabung dengan T-Mobile di Amerika Serikat.", "Sprint Corporation"),
    ],
)
def test_a_one_word_session_inside_a_longer_name_is_no_session(nlp, text, name):
    assert name in entities(nlp, text)


def test_a_place_inside_a_laws_title_or_after_it_stays(nlp):
    ents = entities(
        nlp,
        "DPR mengesahkan UU Nomor 29 Tahun 2022 tentang Pembentukan Provinsi Papua Barat Daya. Bupati menandatangani "
        "Perda Nomor 5 Tahun 2023 tentang Rencana Tata Ruang Wilayah Kabupaten Tasikmalaya di Singaparna.",
    )
    assert ents["Provinsi Papua Barat Daya"][0] == "LOC"
    assert ents["Kabupaten Tasikmalaya"][0] == "LOC"
    assert ents["Singaparna"][0] == "LOC"


def test_a_person_in_a_decrees_title_named_again_stays_whole(nlp):
    ents = entities(
        nlp,
        'Presiden menerbitkan Keputusan Presiden Nomor 17 Tahun 2025 tentang Pemberhentian Rudi Hartawan dari '
        'jabatannya. "Saya menerima keputusan itu," kata Rudi di Jakarta, Senin.',
    )
    assert ents["Rudi Hartawan"][0] == "PER"
    assert "Rudi" not in ents


def test_an_ordinary_tentang_after_a_law_word_opens_no_title(nlp):
    ents = entities(
        nlp,
        "Ditanya soal RUU Polri, Hasan Basri bercerita tentang Rudi Hartawan yang dulu menjadi rekannya di Semarang.",
    )
    assert ents["Rudi Hartawan"][0] == "PER"


def test_a_search_and_rescue_office_before_a_figure_keeps_its_name(nlp):
    ents = entities(nlp, "Kantor SAR 2 orang dikerahkan bersama warga ke Danau Toba, kata Budi Hartono.")
    assert ents["Kantor SAR"][0] == "ORG"
    assert "Kantor" not in ents
