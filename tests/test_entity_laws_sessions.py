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
