"""People named by initials after "berinisial", regional bodies by their short forms, two-word regencies,
and capitals that name a role or a rating, not a person (invented sentences in the style of crime, court
and economy reports)."""

import pytest

from entity_runs import article_entities as entities
from telisik.nlp.pipeline import build_pipeline


@pytest.fixture(scope="module")
def nlp():
    return build_pipeline()



def test_initials_listed_after_berinisial_are_people_and_so_are_their_later_mentions(nlp):
    ents = entities(
        nlp,
        "Polisi menangkap dua pemuda berinisial RT dan GW di sebuah indekos. Keduanya mengaku membeli sabu dari "
        "seorang pengedar. GW kemudian dibawa ke Polsek Sukajadi untuk diperiksa.",
    )
    assert ents["RT"][0] == "PER"
    assert ents["GW"] == ("PER", ["GW", "GW"])


def test_initials_with_ages_in_a_list_and_a_single_letter(nlp):
    ents = entities(nlp, "Ketiga korban masing-masing berinisial FA (14), RD (15) dan MN (15), warga Pematangsiantar.")
    assert {name for name, (kind, _) in ents.items() if kind == "PER"} >= {"FA", "RD", "MN"}
    ents = entities(nlp, "Seorang sopir berinisial T diamankan petugas di rumahnya di Bantul.")
    assert ents.get("T", ("", []))[0] == "PER"


def test_capitals_with_no_initials_cue_are_left_to_the_model(nlp):
    ents = entities(nlp, "Kepala BPBD Garut meminta warga waspada. BPBD Garut menyiapkan tenda pengungsian.")
    assert ents["BPBD Garut"][0] == "ORG"


def test_regional_bodies_by_short_form_are_bodies_not_places(nlp):
    ents = entities(nlp, "Penyidik Kejari Sumenep memeriksa bendahara desa. Kepala Dispar Lombok Tengah dan Dishub Bogor ikut hadir.")
    assert ents["Kejari Sumenep"][0] == "ORG"
    assert ents["Dishub Bogor"][0] == "ORG"


def test_a_body_runs_on_to_a_two_word_regency(nlp):
    ents = entities(nlp, "Tiga tahanan Rutan Kelas IIB Aceh Tamiang melarikan diri. Banjir juga merendam Deli Serdang.")
    assert ents["Rutan Kelas IIB Aceh Tamiang"][0] == "ORG"
    assert ents["Deli Serdang"][0] == "LOC"
    assert "Tamiang" not in ents


def test_australian_cities_on_airline_routes_are_places(nlp):
    ents = entities(nlp, "Maskapai itu membuka rute baru dari Denpasar ke Perth, Adelaide dan Cairns mulai Agustus.")
    for city in ("Perth", "Adelaide", "Cairns"):
        assert ents[city][0] == "LOC"


def test_role_and_rating_capitals_are_no_person(nlp):
    ents = entities(nlp, "JPU menuntut terdakwa lima tahun penjara. Harga bensin RON 92 naik. ECB menahan suku bunga acuannya.")
    assert "JPU" not in ents and "RON" not in ents
    assert ents["ECB"][0] == "ORG"


def test_a_body_with_its_short_form_then_its_place_is_named_with_the_place(nlp):
    ents = entities(
        nlp,
        "Kejaksaan Negeri (Kejari) Sampang menahan seorang kepala desa. Kepala Kejari Sampang menyebut kerugian "
        "negara mencapai Rp800 juta.",
    )
    assert ents["Kejaksaan Negeri Sampang"][0] == "ORG"
    assert "Kejari Sampang" in ents["Kejaksaan Negeri Sampang"][1]
    assert "Kejaksaan Negeri" not in ents


def test_a_headed_name_ends_before_a_dated_day(nlp):
    ents = entities(nlp, "Masker dibagikan petugas BPBD Lumajang Kamis (12/6/2025) kepada warga di sekitar gunung.")
    assert "BPBD Lumajang" in ents
    assert not any("Kamis" in name for name in ents)


def test_a_short_form_written_in_brackets_stays_a_mention_when_written_alone(nlp):
    ents = entities(
        nlp,
        "Dinas Perhubungan (Dishub) Kota Bekasi menutup ruas jalan itu. Dishub juga menyiagakan petugas di setiap persimpangan.",
    )
    assert ents["Dinas Perhubungan Kota Bekasi"] == ("ORG", ["Dinas Perhubungan", "Dishub", "Dishub"])
