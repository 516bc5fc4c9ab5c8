"""A law or a bill named by its word and a short title ("RUU Penyiaran"), by the acronym in brackets after its long
name ("Peraturan Otoritas Jasa Keuangan (POJK)") or by "R" before a law's acronym ("RKUHP") is no organisation or
person; a body's acronym and the people around stay."""

from entity_runs import article_entities as entities


def test_a_bills_word_and_short_title_is_no_name(nlp):
    ents = entities(
        nlp,
        "Para anggota ingin membuat Rancangan Undang-Undang Penyiaran (RUU Penyiaran) dibawa ke sidang paripurna. "
        "Menurut Dedi Kurniawan, RUU Penyiaran harus rampung.",
    )
    assert not [name for name in ents if "Penyiaran" in name]
    assert ents["Dedi Kurniawan"][0] == "PER"


def test_a_bill_written_as_r_and_a_laws_acronym_is_no_name(nlp):
    ents = entities(
        nlp,
        "Aliansi masyarakat sipil meminta DPR menunda pengesahan RKUHP. Menurut Wahyu Santoso, RKUHP masih memuat pasal bermasalah.",
    )
    assert "RKUHP" not in ents
    assert ents["Wahyu Santoso"][0] == "PER"


def test_a_regulations_acronym_after_its_long_name_is_no_name(nlp):
    ents = entities(
        nlp,
        "Aturan itu tercantum dalam Peraturan Otoritas Jasa Keuangan (POJK) Nomor 27 Tahun 2024. Otoritas Jasa "
        "Keuangan (OJK) meminta bank mematuhinya, kata Rina Marlina.",
    )
    assert "POJK" not in ents
    assert ents["Otoritas Jasa Keuangan"][0] == "ORG"
    assert "OJK" in ents["Otoritas Jasa Keuangan"][1]


def test_the_central_board_of_an_organisation_is_no_regulation(nlp):
    # "PP" is also the Pengurus Pusat: before a name that is no ordinary word it is the body
    ents = entities(nlp, "PP Muhammadiyah menyatakan sikap terhadap kebijakan itu, kata Rudi Hartono.")
    assert ents["PP Muhammadiyah"][0] == "ORG"
