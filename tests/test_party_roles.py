"""Who fills which role of an event (issue 16, round 34): the body a named victim belongs to ("Budi (23) seorang anggota
TNI") is no party of his death; the dead told as the object of a relative clause on the arrested ("dua pria yang
mengantarkan Dian") is no party of the arrest; "seorang bocah" of a drowning is the one victim the article names
("Korban berinisial MA (11)"); aged initials listed with no joiner ("MR (22) GAB (21)") are all named; onlookers
("warga yang menonton") are no parties, a crash's vehicles stay; a party's alias ("X alias Y") is listed once; on
sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


def parties(events: list[Event]) -> list[list[str]]:
    return [e.who for e in events]


def test_the_body_of_a_named_victim_is_no_party_of_his_death(nlp):
    text = (
        "Kecelakaan lalu lintas terjadi di Jalan Trans Flores, Ruteng, Sabtu (7/6/2025) malam. "
        "Identitas korban yang meninggal dunia yakni Markus Dendo (24) seorang anggota TNI, alamat Kelurahan Pau."
    )
    ev = of_type(nlp, text, "DIE")
    assert ev and all("Markus Dendo" in e.who and "TNI" not in e.who for e in ev), parties(ev)


def test_a_body_named_by_its_members_alone_still_dies(nlp):
    # no person named before "anggota": the body stands for its members
    text = "Dua anggota TNI tewas dalam kontak tembak di Kabupaten Puncak, Papua Tengah, Sabtu (7/6/2025)."
    ev = of_type(nlp, text, "DIE")
    assert ev and all("TNI" in e.who for e in ev), parties(ev)


def test_the_object_of_a_relative_clause_is_no_party_of_the_arrest(nlp):
    text = (
        "Siti Rahmawati (31) ditemukan di sebuah hotel di Semarang, Senin (9/6/2025). "
        "Korban diduga kuat dibunuh di kamar hotel itu. "
        "Sejauh ini polisi sudah mengamankan dua orang pria yang mengantarkan Siti Rahmawati ke rumah sakit."
    )
    ev = [e for e in of_type(nlp, text, "ARREST") if "mengamankan" in e.trigger]
    assert ev and all("Siti Rahmawati" not in e.who for e in ev), parties(ev)


def test_a_name_after_a_verb_of_being_in_the_clause_is_still_arrested(nlp):
    # "yang merupakan": the clause names the arrested man himself (no "bernama" right before the name, which would
    # name him anyway): only the copula list keeps him
    text = "Polisi menangkap seorang pria yang merupakan Joko Susanto di Pasar Minggu, Jakarta, Senin (9/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and any("Joko Susanto" in e.who for e in ev), parties(ev)


def test_one_child_of_a_drowning_is_the_one_victim_named(nlp):
    text = (
        "Seorang bocah laki-laki tewas tenggelam saat berenang di kolam renang Tirta Asri, Banjarbaru, Senin (9/6/2025). "
        "Korban diketahui berinisial RK (10) warga Kecamatan Landasan Ulin."
    )
    ev = of_type(nlp, text, "DIE")  # a person who drowns dies (GOLD; round 35), no mishap
    assert ev and all("RK" in e.who and "bocah" not in e.who for e in ev), parties(ev)


def test_a_child_stays_a_noun_where_two_victims_are_counted(nlp):
    text = (
        "Seorang bocah laki-laki tewas tenggelam saat berenang di kolam renang Tirta Asri, Banjarbaru, Senin (9/6/2025). "
        "Dua korban lain berhasil diselamatkan. Salah satu korban berinisial RK (10) warga Kecamatan Landasan Ulin."
    )
    ev = of_type(nlp, text, "DIE")  # a person who drowns dies (GOLD; round 35), no mishap
    assert ev and all("RK" not in e.who for e in ev), parties(ev)


def test_onlookers_are_no_party_of_a_brawl(nlp):
    text = (
        "Tawuran remaja pecah di Jalan Casablanca, Tebet, Jakarta Selatan, Jumat (20/6/2025) sore. "
        "Banyak pula warga yang menonton aksi tawuran remaja tersebut dari pinggir jalan."
    )
    ev = of_type(nlp, text, "ATTACK")
    assert ev and all("warga" not in e.who for e in ev), parties(ev)


def test_residents_attacked_stay_a_party(nlp):
    text = "Kelompok bersenjata menyerang warga di Kampung Lambera, Kabupaten Puncak, Rabu (18/6/2025) pagi."
    ev = of_type(nlp, text, "ATTACK")
    assert ev and any("warga" in e.who for e in ev), parties(ev)


def test_aged_initials_listed_without_a_joiner_are_all_arrested(nlp):
    text = (
        "Polisi menangkap dua pelaku pencurian barang dari truk di Cikande, Serang, Banten, Selasa (17/6/2025). "
        "Kedua pelaku berinisial HS (23) DAB (20) merupakan warga Cikande."
    )
    ev = [e for e in of_type(nlp, text, "ARREST") if "menangkap" in e.trigger]
    assert ev and all({"HS", "DAB"} <= set(e.who) and "pelaku" not in e.who for e in ev), parties(ev)


def test_a_party_is_listed_once_under_its_alias(nlp):
    text = "Musisi Gilang Prasetyo alias Gilpras meninggal dunia di Lembang, Bandung Barat, pada Minggu, 15 Juni 2025."
    ev = of_type(nlp, text, "DIE")
    assert ev and all(e.who == ["Gilang Prasetyo"] for e in ev), parties(ev)


def test_two_people_joined_by_or_stay_two(nlp):
    # "atau" may join two people: no alias word between parties
    text = "Polisi menangkap Budi Santoso atau Andi Wijaya di Surabaya, Minggu (15/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and all({"Budi Santoso", "Andi Wijaya"} <= set(e.who) for e in ev), parties(ev)


def test_a_crash_keeps_its_vehicles(nlp):
    text = "Sebuah bus menabrak truk di Jalan Tol Cipali, Subang, Senin (9/6/2025) dini hari."
    ev = of_type(nlp, text, "ACCIDENT")
    assert ev and any({"bus", "truk"} & set(e.who) for e in ev), parties(ev)


# guards of review_pa (round 34): each rule above kept within its intent


def test_the_object_of_a_clause_on_the_police_is_arrested(nlp):
    # "Polisi yang mengejar Budi ... menangkap": the clause is on the agent before an active trigger
    text = "Tim Resmob yang memburu Budi Santoso sejak Mei akhirnya menangkap tersangka di Bandung, Senin (9/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and any("Budi Santoso" in e.who for e in ev), parties(ev)


def test_the_arrested_who_filmed_are_no_onlookers(nlp):
    # "merekam" of what they did, not of the arrest watched: the arrested stay
    text = "Polisi menangkap dua pemuda yang merekam aksi tawuran di Tebet, Jakarta Selatan, Senin (9/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and any("pemuda" in e.who for e in ev), parties(ev)


def test_one_hurt_passenger_is_not_the_dead_named_before(nlp):
    text = (
        "Kecelakaan di Tol Cipali, Subang, Senin (9/6/2025), menewaskan korban bernama Andi Wijaya (30). "
        "Seorang penumpang mengalami luka berat."
    )
    ev = of_type(nlp, text, "INJURE")
    assert ev and all("Andi Wijaya" not in e.who for e in ev), parties(ev)


def test_one_dead_rider_is_not_the_hurt_victim_named(nlp):
    text = (
        "Seorang pengendara motor tewas di tempat dalam kecelakaan di Jalan Sudirman, Jakarta, Senin (9/6/2025). "
        "Korban luka bernama Budi Santoso (20) dibawa ke rumah sakit."
    )
    ev = of_type(nlp, text, "DIE")
    assert ev and all("Budi Santoso" not in e.who for e in ev), parties(ev)


def test_the_long_name_in_brackets_after_an_abbreviation_stays(nlp):
    text = "KSOP (Kantor Kesyahbandaran dan Otoritas Pelabuhan) Sabang menutup pelabuhan Balohan, Senin (9/6/2025)."
    ev = of_type(nlp, text, "CLOSE")
    assert ev and all("KSOP" not in e.who and any(n.startswith("Kantor Kesyahbandaran") for n in e.who) for e in ev), parties(ev)


def test_one_dead_youth_is_not_a_victim_named_far_away(nlp):
    # a roundup: the victim of another happening, named many sentences on, is not the youth
    filler = " ".join(f"Perjalanan kereta ke-{n} dari Stasiun Tanah Abang tetap berjalan seperti biasa." for n in range(1, 24))
    text = (
        "Seorang pemuda tewas tertabrak kereta di perlintasan Kebayoran Lama, Jakarta Selatan, Senin (9/6/2025). "
        f"{filler} Di tempat lain, korban penipuan bernama Siti Aminah (40) melapor ke Polsek Tebet."
    )
    ev = of_type(nlp, text, "DIE")
    assert ev and all("Siti Aminah" not in e.who for e in ev), parties(ev)
