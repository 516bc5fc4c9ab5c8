"""Who a party of an event is, round 4 (issue 16's strict readings): a noun of flights stands for the airline the
article names, a noun of many doers for the doers it named one by one, "korban" for the one person a report of a
killing names, initials with an age right after a noun for that person, and the person named after a noun of kin is
no party (the relative is); on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.nlp.events.parties import _carrier_name
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-19")


def test_flights_stand_for_the_airline_the_article_names(nlp):
    text = (
        "Maskapai Wings Air membatalkan 12 penerbangan ke Maumere pada Kamis (19/6/2025). "
        "Pembatalan penerbangan ini dilakukan demi keselamatan penumpang dan kru."
    )
    closes = of_type(nlp, text, "CLOSE")
    assert len(closes) == 2 and all(ev.who == ["Wings Air"] for ev in closes)
    assert closes[0].count == 12  # the flights still count
    # no airline named: the flights stay the party
    ev = of_type(nlp, "Sebanyak 40 penerbangan dibatalkan di Bandara Ngurah Rai pada Rabu (18/6/2025).", "CLOSE")
    assert ev and ev[0].who == ["penerbangan"]


def test_an_airline_is_known_by_its_words():
    assert _carrier_name("Batik Air") and _carrier_name("Qatar Airways") and _carrier_name("Air India")
    assert _carrier_name("Citilink") and _carrier_name("Lion Air Group")
    assert not _carrier_name("AirNav Indonesia") and not _carrier_name("Angkasa Pura")


def test_many_doers_stand_for_those_named_one_by_one(nlp):
    text = (
        "Pelaku EKK ditangkap pada Senin (16/6/2025) di Jalan Arjuna. Tersangka YLK juga ditangkap di Jakarta Timur. "
        "Kejadian pengeroyokan yang dilakukan kedua pelaku terjadi pada Minggu (15/6/2025) di Gang Mawar."
    )
    ev = of_type(nlp, text, "ATTACK")
    assert ev and ev[0].who == ["EKK", "YLK"]  # not "pelaku" beside them
    # three doers, one named: the noun names a group the article did not name
    text = (
        "Tiga pelaku ditangkap polisi pada Senin (16/6/2025). Pelaku AB mengaku menyesal. "
        "Kejadian pengeroyokan yang dilakukan ketiga pelaku terjadi pada Minggu (15/6/2025) di Gang Mawar."
    )
    ev = of_type(nlp, text, "ATTACK")
    assert ev and ev[0].who == ["pelaku"]


def test_initials_with_an_age_right_after_a_noun_name_that_person(nlp):
    text = "Kebakaran melanda rumah di Tebet, Kamis (19/6/2025). Insiden ini mengakibatkan seorang perempuan RTA (31) tewas."
    ev = of_type(nlp, text, "DIE")
    assert ev and ev[0].who == ["RTA"]


def test_the_victim_of_a_killing_is_the_one_person_named(nlp):
    text = (
        "Polisi mengungkap pembunuhan terhadap pria asal Kamerun berinisial STR di Babakan Madang, Bogor. "
        "Korban ditemukan tak bernyawa pada Minggu (15/6/2025)."
    )
    found = [ev for ev in of_type(nlp, text, "DIE") if ev.trigger == "ditemukan tak bernyawa"]
    assert found and found[0].who == ["STR"]
    # a ship's name after "bernama" is no person's initials
    text = "Kapal bernama KM Sinar Laut kandas di perairan Kendari pada Senin (16/6/2025). Evakuasi korban selesai malam hari."
    ev = of_type(nlp, text, "EVACUATE")
    assert ev and "KM" not in ev[0].who


def test_all_victims_are_not_the_one_who_died(nlp):
    text = (
        "Kebakaran melanda rumah warga di Tebet, Kamis (19/6/2025). Seorang perempuan berinisial RTA (31) tewas dalam "
        "kebakaran itu. Kini semua korban diungsikan ke aula Masjid Al Ikhlas."
    )
    ev = of_type(nlp, text, "EVACUATE")
    assert ev and "RTA" not in ev[0].who


def test_the_person_named_after_a_noun_of_kin_is_no_party(nlp):
    ev = of_type(nlp, "Dua adik Habib Rizal dianiaya di sebuah kontrakan di Gang Sate, Senin (16/6/2025).", "ATTACK")
    assert ev and ev[0].who == ["adik Habib Rizal"]
    ev = of_type(nlp, "Dua anak Haji Rahmat tewas tertimbun longsor di Desa Cibeber, Kamis (19/6/2025).", "DIE")
    assert ev and ev[0].who == ["anak Haji Rahmat"] and ev[0].count == 2
    # after "sang" the name is the relative himself
    ev = of_type(nlp, "Gubernur Dedi Mulyadi bertemu sang istri Anne Ratna di Bandung pada Kamis (19/6/2025).", "MEET")
    assert ev and "Anne Ratna" in ev[0].who


def test_who_protests_is_neither_what_is_protested_nor_who_answers(nlp):
    ev = of_type(nlp, "Ratusan sopir truk menggelar aksi demo memprotes kebijakan Zero ODOL di Surabaya, Kamis (19/6/2025).", "PROTEST")
    assert ev and ev[0].who == ["sopir"]  # not the policy protested
    text = "Massa yang tergabung dalam Aliansi Mahasiswa Pelalawan melakukan aksi demo di depan kantor Gubernur Riau pada Rabu (18/6/2025)."
    ev = of_type(nlp, text, "PROTEST")
    assert ev and ev[0].who == ["Aliansi Mahasiswa Pelalawan"]  # not the province of the governor's office
    # who answers the protest, by name or by a noun, takes no part in it
    text = "Presiden Donald Trump mengerahkan Garda Nasional ke Los Angeles setelah protes jalanan meletus pada Jumat (6/6/2025)."
    assert all("Donald Trump" not in e.who for e in of_type(nlp, text, "PROTEST"))
    text = "Pemerintahan Trump mengerahkan 2.000 personel Garda Nasional untuk membantu menangani unjuk rasa di Los Angeles pada Senin (9/6/2025)."
    assert all("personel Garda Nasional" not in e.who for e in of_type(nlp, text, "PROTEST"))
    # the name right after a noun of protest owns it
    ev = of_type(nlp, "Aksi mogok Fridays For Future digelar di depan gedung parlemen Swedia pada Jumat (20/6/2025).", "PROTEST")
    assert ev and ev[0].who == ["Fridays For Future"]
    # a verb of protest shares its subject with the verbs before it
    text = "Wakil Ketua DPR Cucun Ahmad Syamsurijal meninggalkan ruangan dan memprotes penggunaan bahasa Inggris, Kamis (19/6/2025)."
    ev = of_type(nlp, text, "PROTEST")
    assert ev and ev[0].who == ["Cucun Ahmad Syamsurijal"]


def test_a_relative_told_by_kin_with_nya_is_the_party_not_its_owner(nlp):
    text = "Kuasa hukum korban menyebut Habib Rizal sangat marah mengetahui adiknya dianiaya di Gang Sate, Senin (16/6/2025)."
    ev = of_type(nlp, text, "ATTACK")
    assert ev and ev[0].who == ["adik Habib Rizal"]
