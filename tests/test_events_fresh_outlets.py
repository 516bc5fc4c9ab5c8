"""Events as regional and court pages tell them (Sindonews, Tribunnews, Okezone, Liputan6 of 11-15 June 2025): the
prosecutor's demand with no prosecutor named before it, the verdict's words a demand quotes, arrests told with
"diamankan"/"mengamankan", the body after "oleh tim penyidik", a count as subject ("Ketiganya ditangkap"), a complaint
to the police, "mereka" of a fate, a place struck by a named disaster, the mountain that erupts, an inspection that goes
to a place and a call made; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-11")


def test_a_demand_in_court_is_a_charge_without_a_prosecutor_named_before(nlp):
    ev = of_type(nlp, "Mantan Kepala Dinas Pendidikan Garut Rahmat Hidayat dituntut 7 tahun penjara dalam kasus korupsi.", "CHARGE")
    assert ev and "Rahmat Hidayat" in ev[0].who
    ev = of_type(nlp, "Tuntutan dibacakan tim jaksa dalam persidangan di Pengadilan Negeri Garut, Selasa (10/6/2025).", "CHARGE")
    assert ev and ev[0].when == "2025-06-10"
    # a demand of another sense is none
    assert not of_type(nlp, "Guru kini dituntut menguasai teknologi digital di kelas.", "CHARGE")


def test_the_verdict_a_demand_quotes_is_a_charge_not_a_sentence(nlp):
    demand = '"Menjatuhkan pidana terhadap terdakwa Rahmat Hidayat berupa pidana penjara selama 7 tahun," kata jaksa saat membacakan tuntutan.'
    assert of_type(nlp, demand, "CHARGE") and not of_type(nlp, demand, "SENTENCE")
    verdict = '"Menjatuhkan pidana terhadap terdakwa Rahmat Hidayat berupa pidana penjara selama 5 tahun," kata hakim ketua Dedi Suryadi.'
    assert of_type(nlp, verdict, "SENTENCE") and not of_type(nlp, verdict, "CHARGE")


def test_people_secured_by_the_police_are_arrested_and_things_are_not(nlp):
    ev = of_type(nlp, "Sebanyak tujuh remaja pelaku tawuran berhasil diamankan jajaran Polsek Cibinong pada Senin (9/6/2025).", "ARREST")
    assert ev and "Polsek Cibinong" in ev[0].who and ev[0].when == "2025-06-09"
    ev = of_type(nlp, "Andi Saputra diamankan oleh Satreskrim Polres Garut di rumahnya.", "ARREST")
    assert ev and ev[0].who[:2] == ["Satreskrim Polres Garut", "Andi Saputra"]
    ev = of_type(nlp, "Polisi mengamankan dua pelaku pencurian kotak amal di Cianjur.", "ARREST")
    assert ev and "pelaku" in ev[0].who
    assert not of_type(nlp, "Petugas juga mengamankan barang bukti berupa dua unit sepeda motor.", "ARREST")
    assert not of_type(nlp, "Barang bukti berupa tiga paket sabu diamankan oleh petugas.", "ARREST")


def test_the_body_after_a_noun_of_its_people_is_the_agent(nlp):
    ev = of_type(nlp, "Andi Saputra ditetapkan sebagai tersangka oleh tim penyidik Polres Garut pada Senin (9/6/2025).", "CHARGE")
    # the body first (its people's noun may stay with it: "tim penyidik Polres Garut"), then the accused
    assert ev and ev[0].who[0].endswith("Polres Garut") and ev[0].who[1] == "Andi Saputra"


def test_a_count_standing_as_subject_is_the_participant(nlp):
    ev = of_type(nlp, "Ketiganya ditangkap kurang dari 24 jam setelah beraksi.", "ARREST")
    assert ev and ev[0].who == ["Ketiganya"]
    ev = of_type(nlp, "Akibatnya, keduanya terjatuh ke jurang dan tewas di lokasi kejadian.", "DIE")
    assert ev and ev[0].who == ["keduanya"]


def test_a_noun_after_the_count_word_introduces_the_people_named(nlp):
    ev = of_type(nlp, "Polisi menangkap dua orang pengedar sabu yakni BS (30) dan KW (28) di Garut.", "ARREST")
    assert ev and {"BS", "KW"} <= set(ev[0].who) and "orang" not in ev[0].who


def test_a_complaint_to_the_police_accuses(nlp):
    ev = of_type(nlp, "Anggota DPRD Garut, Andi Saputra, telah dilaporkan ke polisi oleh istrinya.", "ACCUSE")
    assert ev and "Andi Saputra" in ev[0].who


def test_them_of_a_fate_are_those_the_last_fate_befell_not_the_speaker(nlp):
    text = (
        "Rudi Hartono, kepala layanan ambulans setempat, mengatakan 12 orang dibawa ke rumah sakit. "
        "Tiga dari mereka mengalami luka serius, katanya."
    )
    ev = of_type(nlp, text, "INJURE")
    assert ev and "Rudi Hartono" not in ev[0].who and ev[0].who == ["orang"]


def test_a_place_struck_by_a_named_disaster_is_an_event(nlp):
    ev = of_type(nlp, "Kabupaten Garut diguncang gempa bermagnitudo 4,8 pada Selasa (10/6/2025).", "DISASTER")
    assert ev and ev[0].where == "Kabupaten Garut" and ev[0].when == "2025-06-10"


def test_the_mountain_that_erupts_takes_part(nlp):
    ev = of_type(nlp, "Gunung Lewotobi yang berada di Kabupaten Flores Timur kembali erupsi pada Rabu (11/6/2025).", "DISASTER")
    assert ev and ev[0].who[:1] == ["Gunung Lewotobi"] and ev[0].where == "Gunung Lewotobi"


def test_an_inspection_that_goes_to_a_place_is_a_visit_and_a_call_made_is_a_call(nlp):
    ev = of_type(nlp, "Bupati Garut Abdusy Syakur melakukan pengecekan langsung ke Desa Cibodas, Kamis (5/6/2025).", "VISIT")
    assert ev and ev[0].who == ["Abdusy Syakur"] and ev[0].where == "Desa Cibodas"
    ev = of_type(nlp, "Persib Bandung mengatakan bahwa mereka telah menghubungi kepolisian.", "COMMUNICATE")
    assert ev and "Persib Bandung" in ev[0].who
    assert not of_type(nlp, "Warga bisa menghubungi petugas di posko terdekat.", "COMMUNICATE")


def test_them_of_a_passive_arrest_are_those_the_last_arrest_took_not_the_officers(nlp):
    text = (
        "Kapolsek Cibinong AKP Dedi Kurniawan mengatakan, kedua remaja pelaku curanmor itu diamankan di sebuah rumah. "
        "Mereka diamankan oleh petugas pada Kamis malam."
    )
    ev = of_type(nlp, text, "ARREST")
    assert len(ev) == 2 and "Dedi Kurniawan" not in ev[1].who and "pelaku" in ev[1].who


def test_a_negation_inside_the_subject_does_not_negate_the_act(nlp):
    ev = of_type(nlp, "Truk tanpa muatan itu menabrak kendaraan yang tengah berhenti di pertigaan Jalan Raya Cileunyi.", "ACCIDENT")
    assert ev and "Truk" in ev[0].who
    assert not of_type(nlp, "Truk itu tidak menabrak kendaraan yang tengah berhenti di pertigaan.", "ACCIDENT")


def test_a_death_an_act_is_about_is_not_the_subjects(nlp):
    text = "Ketua PPIH Embarkasi Solo Munawir menyampaikan duka cita atas wafatnya jemaah haji Suparni Wiryo."
    ev = of_type(nlp, text, "DIE")
    assert ev and ev[0].who == ["Suparni Wiryo"]
    ev = of_type(nlp, "Polisi menangkap tiga pemuda atas pembunuhan seorang warga di Desa Cibodas.", "DIE")
    assert ev and ev[0].who == ["warga"]


def test_a_place_in_the_phrase_of_a_case_is_not_where_the_arrest_was(nlp):
    ev = of_type(nlp, "Kejari Garut menahan Budi Santoso, tersangka kasus dugaan korupsi di Dinas Pendidikan Garut.", "ARREST")
    assert ev and ev[0].where is None
    ev = of_type(nlp, "Polisi menangkap Budi Santoso di Desa Cibodas, Garut, Senin (9/6/2025).", "ARREST")
    assert ev and ev[0].where == "Desa Cibodas"
