"""Quotes credited to a place: a place the model types LOC that stands in the speaker's description, after a title,
a group noun, an office or "di"/"dari", is where the speaker works or lives, not who speaks (issue 15); a place alone
after the verb is still a country speaking."""

from __future__ import annotations


def test_a_title_before_a_place_is_the_office_not_the_place(speakers):
    text = '"Korban mengalami luka berat hingga meninggal dunia," kata Kapolsek Kampung Rakyat, Senin (9/6/2025).'
    got = speakers(text, [("LOC", ["Kampung Rakyat"])])
    assert got == ["Kapolsek Kampung Rakyat"]


def test_a_regent_named_by_his_region_is_the_regent(speakers):
    text = '"Kami bersyukur atas bantuan ini," ujar Bupati Supiori saat dikonfirmasi di Supiori, Senin (09/6/2025).'
    got = speakers(text, [("LOC", ["Supiori"])])
    assert got == ["Bupati Supiori"]


def test_a_group_noun_before_listed_places_speaks_with_them(speakers):
    text = '"Semua berjalan lancar sejak pagi," kata warga Jalan Merdeka, Kecamatan Cibatu.'
    got = speakers(text, [("LOC", ["Jalan Merdeka", "Kecamatan Cibatu"])])
    assert got == ["warga Jalan Merdeka, Kecamatan Cibatu"]


def test_a_noun_living_in_a_village_is_not_the_district(speakers):
    text = '"Harga gabah turun terus sejak bulan lalu," kata petani di Desa Sukamaju, Kecamatan Cibatu.'
    got = speakers(text, [("LOC", ["Desa Sukamaju", "Kecamatan Cibatu"])])
    assert got and got[0] not in ("Desa Sukamaju", "Kecamatan Cibatu")


def test_an_office_before_a_city_speaks_not_the_city(speakers):
    text = '"Sampah kami angkut secara bertahap," kata Kepala DLH Kota Pekanbaru.'
    got = speakers(text, [("LOC", ["Kota Pekanbaru"]), ("ORG", ["DLH"])])
    assert got == ["Kepala DLH Kota Pekanbaru"]


def test_a_country_alone_after_the_verb_still_speaks(speakers):
    text = '"Kapal itu sudah kami ambil alih dengan aman," kata Israel dalam pernyataannya.'
    assert speakers(text, [("LOC", ["Israel"])]) == ["Israel"]


def test_the_person_after_an_office_and_its_region_still_speaks(speakers):
    text = '"Kami siap membantu koperasi desa," kata Gubernur Kalimantan Tengah Agustiar Sabran.'
    got = speakers(text, [("LOC", ["Kalimantan Tengah"]), ("PER", ["Agustiar Sabran"])])
    assert got == ["Agustiar Sabran"]


def test_a_person_the_model_ran_into_the_place_is_left_to_the_name_rules(speakers):
    text = (
        "Kepala Kemenag Kota Pangkalpinang Firmantasi menyebutkan tiga ekor sapi disembelih hari ini.\n\n"
        '"Dagingnya dibagikan kepada warga," ujar Firmantasi.'
    )
    got = speakers(text, [("LOC", ["Kota Pangkalpinang Firmantasi"]), ("PER", ["Firmantasi"])])
    assert "Kepala Kemenag Kota Pangkalpinang Firmantasi" not in got


def test_the_person_named_with_the_office_speaks_for_it(speakers):
    text = (
        "Kapolsek Darussalam, Iptu Adam Maulana mengatakan, ketiga pelaku diamankan di sebuah rumah.\n\n"
        "Kapolsek Darussalam mengatakan, kejadian bermula saat korban memarkirkan sepeda motornya."
    )
    got = speakers(text, [("LOC", ["Darussalam"]), ("PER", ["Adam Maulana"])])
    assert got == ["Adam Maulana", "Adam Maulana"]


def test_a_setting_after_a_clause_is_no_description(speakers):
    text = '"Saya tidak akan ke sana lagi," ungkap Ustaz Solmed saat ditemui di Bekasi, Jawa Barat, kemarin.'
    got = speakers(text, [("LOC", ["Bekasi", "Jawa Barat"]), ("PER", ["Solmed"])])
    assert not any(s and s.startswith("saat") for s in got)
