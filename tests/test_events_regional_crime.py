"""Events of regional crime, accident and court reports read on 9 June 2025 (Tribunnews' regional desks, Liputan6, Detik,
Okezone, Sindonews): a charge under an article of law ("dijerat Pasal 363 KUHP"); a gun pointed at someone and a clash;
citizens named by the abbreviation written in capitals ("5 WNI ditahan"); a girl, a snatch thief, the late one; "korban
satu lagi" as another victim than the one named; a pronoun of a counted group ("Keduanya") standing for the counted noun
told before; "Mereka" arrested or charged being people, not the body named before; the hurt taken to a hospital; a
death certificate, victims counted, burnt remains seized and a meeting permitted as no happening; a sentence that only
places and dates the happening just told ("Insiden itu terjadi di ... pada ..."). Each with a sentence where the event
or the party stands and one where it does not. On sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-09")


def test_a_suspect_charged_under_an_article_of_law(nlp):
    ev = of_type(nlp, "Atas perbuatannya, tersangka dijerat Pasal 363 KUHP dengan ancaman pidana maksimal tujuh tahun.", "CHARGE")
    assert ev and ev[0].who == ["tersangka"]
    ev = of_type(nlp, "Kedua pelaku kini dijerat dengan Pasal 170 KUHP tentang pengeroyokan.", "CHARGE")
    assert ev and "pelaku" in ev[0].who[0]
    ev = of_type(nlp, "Penyidik menerapkan pasal berlapis bagi tiga tersangka pembalakan liar di Kampar.", "CHARGE")
    assert len(ev) == 1
    # a debt that traps, a threat to kill: no article of law, no charge
    assert not of_type(nlp, "Warga dijerat utang rentenir hingga puluhan juta rupiah.", "CHARGE")
    assert not of_type(nlp, "Korban mengaku diancam akan dibunuh jika melapor.", "CHARGE")


def test_a_gun_pointed_at_someone_is_a_threat(nlp):
    # round 36: a weapon pointed strikes no one, it threatens (GOLD's WARN; the readers of 9-20 June marked ATTACK wrong)
    ev = of_type(nlp, "Seorang sopir truk diduga menodongkan pistol ke arah pengendara mobil di Tol Cikampek.", "WARN")
    assert ev and ev[0].where == "Tol Cikampek"
    assert any("pengendara" in n for n in ev[0].who)
    # where the victim came from is no party of the attack
    text = "Pelapor yang ditodong pistol sedang dalam perjalanan pulang dari Palembang menuju Ciamis."
    assert all("Palembang" not in e.who for e in of_type(nlp, text, "WARN"))


def test_a_clash_is_an_attack_but_a_fixture_or_its_doers_are_not(nlp):
    ev = of_type(nlp, "Pengunjuk rasa bentrok dengan polisi di depan Gedung DPRD Makassar pada Minggu (8/6/2025).", "ATTACK")
    assert ev and ev[0].when == "2025-06-08"
    assert not of_type(nlp, "Persija akan bentrok dengan Persib pada pekan depan.", "ATTACK")
    assert not of_type(nlp, "Warga mengatakan para pelaku tawuran kian beringas.", "ATTACK")


def test_citizens_named_by_an_abbreviation_in_capitals(nlp):
    text = "Dari penelusuran, terdapat 1 WNI meninggal dan 5 WNI ditahan atas dugaan sebagai pelaku."
    assert of_type(nlp, text, "ARREST")[0].who == ["WNI"]
    assert of_type(nlp, text, "DIE")
    # a capitalised word of a name is no noun for people ("Warga Kota" opens a name)
    assert not of_type(nlp, "Pameran itu digelar oleh Komunitas Warga Kota Lama Semarang.", "DIE")


def test_nouns_of_regional_crime_reports(nlp):
    ev = of_type(nlp, "Polisi menangkap dua penjambret yang membuat seorang gadis meninggal di Medan.", "DIE")
    assert ev and ev[0].who == ["gadis"]
    ev = of_type(nlp, '"Almarhum meninggal akibat luka tusuk di bagian dada," jelasnya.', "DIE")
    assert ev and ev[0].who == ["Almarhum"]


def test_another_victim_is_not_the_one_named_before(nlp):
    text = "Korban bernama Rina (20) meninggal di tempat. Korban satu lagi mengalami luka-luka dan dirawat di rumah sakit."
    ev = of_type(nlp, text, "INJURE")
    assert ev and "Rina" not in ev[0].who
    # the victim pointed back to is the one named
    text = "Korban bernama Rina (20) tertabrak truk. Korban mengalami luka-luka dan dirawat di rumah sakit."
    assert any("Rina" in e.who for e in of_type(nlp, text, "INJURE"))


def test_a_pronoun_of_a_counted_group_stands_for_the_counted_noun(nlp):
    ev = of_type(nlp, "Tiga pemuda mencuri motor di Bekasi. Ketiganya ditangkap polisi pada Minggu (8/6/2025).", "ARREST")
    assert ev and "pemuda" in ev[0].who and "Ketiganya" not in ev[0].who
    # named people are who the pronoun stands for
    ev = of_type(nlp, "Budi dan Andi mencuri motor di Bekasi. Keduanya ditangkap polisi pada Minggu (8/6/2025).", "ARREST")
    assert ev and {"Budi", "Andi"} <= set(ev[0].who)
    # another count is another group: the pronoun stays as written
    ev = of_type(nlp, "Lima pemuda mencuri motor di Bekasi. Keduanya ditangkap polisi pada Minggu (8/6/2025).", "ARREST")
    assert ev and "pemuda" not in ev[0].who


def test_they_who_are_charged_are_people_not_the_body_before(nlp):
    text = "KJRI Johor Bahru sudah meminta akses konsuler untuk menemui lima WNI itu. Mereka diancam Pasal 302 Kanun Keseksaan."
    assert all("KJRI Johor Bahru" not in e.who for e in of_type(nlp, text, "CHARGE"))
    ev = of_type(nlp, "Polisi menemukan Budi dan Andi di rumah kosong. Mereka ditangkap pada Minggu (8/6/2025).", "ARREST")
    assert ev and set(ev[0].who) == {"Budi", "Andi"}


def test_the_hurt_taken_to_a_hospital_are_evacuated(nlp):
    ev = of_type(nlp, "Saat ini beberapa korban luka sudah dibawa ke RSUD Cianjur.", "EVACUATE")
    assert ev and ev[0].where == "RSUD Cianjur"
    assert not of_type(nlp, "Jenazah dibawa ke RSUD Cianjur untuk diautopsi.", "EVACUATE")


def test_what_tells_no_happening(nlp):
    assert not of_type(nlp, "KBRI Kuala Lumpur telah menerbitkan surat kematian untuk keluarga.", "DIE")
    assert not of_type(nlp, "Polisi masih mendata korban tewas dan luka-luka di lokasi.", "DIE")
    text = "Polisi mengamankan barang bukti berupa satu unit sepeda motor sisa terbakar."
    assert not of_type(nlp, text, "ACCIDENT")
    assert of_type(nlp, "Satu unit sepeda motor terbakar di Jalan Sudirman, Pekanbaru.", "ACCIDENT")
    assert not of_type(nlp, "Mendagri Tito Karnavian membolehkan rapat di hotel bagi pemerintah daerah.", "MEET")


def test_a_sentence_that_places_the_happening_just_told(nlp):
    text = (
        "Sebuah mobil menghantam tujuh mobil lain yang sedang diparkir. Diketahui insiden itu terjadi di area parkir "
        "Pakuwon Mall, Yogyakarta, pada 6 Juni 2025."
    )
    ev = of_type(nlp, text, "ACCIDENT")
    assert ev and ev[0].when == "2025-06-06" and ev[0].where == "Pakuwon Mall"
    # a happening placed and dated already keeps its own
    text = (
        "Sebuah mobil menghantam tujuh mobil di Jalan Malioboro pada Kamis (5/6/2025). Diketahui insiden itu terjadi "
        "di area parkir Pakuwon Mall pada 6 Juni 2025."
    )
    ev = of_type(nlp, text, "ACCIDENT")
    assert ev and ev[0].when == "2025-06-05"
    # a sentence of another kind gives nothing
    text = "Sebuah mobil menghantam tujuh mobil lain yang sedang diparkir. Pemilik mobil tinggal di Yogyakarta sejak 6 Juni 2025."
    ev = sentence_events(nlp, text, "2025-06-09")
    assert ev and ev[0].when is None


def test_officers_of_a_body_stand_for_the_body(nlp):
    ev = of_type(nlp, "Rizky kemudian ditangkap personel Polsek Binjai Kota di rumahnya.", "ARREST")
    assert ev and ev[0].who == ["Polsek Binjai Kota", "Rizky"]
    ev = of_type(nlp, "Ia ditetapkan sebagai tersangka oleh tim penyidik Kejaksaan Negeri Sumenep pada Senin (9/6/2025).", "CHARGE")
    assert ev and ev[0].who[0] == "Kejaksaan Negeri Sumenep"
    # officers of a body that is no police nor prosecutor stay as written
    ev = of_type(nlp, "Rizky kemudian ditangkap warga Kampung Baru setelah mencuri motor.", "ARREST")
    assert all(n != "Kampung Baru" for e in ev for n in e.who)


def test_a_crime_reported_to_the_police_is_an_accusation_but_a_loss_is_not(nlp):
    ev = of_type(nlp, "Korban bernama Dimas Pratama sudah melaporkan kejadian tersebut ke Polres Purwakarta.", "ACCUSE")
    assert ev and ev[0].who[0] == "Dimas Pratama"
    assert not of_type(nlp, "Ibu korban melaporkan kehilangan anaknya ke Polsek Cimanggis pada Minggu (8/6/2025).", "ACCUSE")
    assert not of_type(nlp, "Dimas Pratama melaporkan kejadian tersebut kepada keluarganya.", "ACCUSE")


def test_the_one_reported_to_the_police_may_have_a_name_of_several_words(nlp):
    text = "Penyanyi Rayen Pono melaporkan Ahmad Dhani ke Bareskrim Polri atas dugaan penghinaan, Senin (9/6/2025)."
    (ev,) = of_type(nlp, text, "ACCUSE")
    assert ev.who == ["Rayen Pono", "Ahmad Dhani"]
    # a news agency reporting a trip reports no one to the police
    assert not of_type(nlp, "Kantor berita Antara melaporkan Presiden Prabowo Subianto tiba di Paris, Senin (9/6/2025).", "ACCUSE")


def test_responders_reaching_the_scene_make_no_trip_but_a_named_visitor_does(nlp):
    text = '"Petugas tiba di lokasi pada pukul 19.55 WIB dan segera melakukan upaya pemadaman," ujar Edi.'
    assert not of_type(nlp, text, "VISIT")
    ev = of_type(nlp, "Wakil Presiden Gibran Rakabuming Raka tiba di lokasi pengungsian pukul 19.46 WIB.", "VISIT")
    assert ev and "Gibran Rakabuming Raka" in ev[0].who


def test_pressing_a_demand_is_no_armed_threat(nlp):
    # round 36: a weapon pointed is a threat (WARN), no attack
    assert not of_type(nlp, "Ia menodong seluruh pengelola sampah agar bisa mulai beroperasi pekan ini.", "WARN")
    assert of_type(nlp, "Pelaku menodong korban dengan pisau lalu merampas ponselnya di Jalan Merdeka.", "WARN")


def test_a_death_told_with_the_victims_identity_stays(nlp):
    ev = of_type(nlp, "Terkuak identitas wanita yang tewas di Hotel Citra Dream Semarang pada Senin (9/6/2025).", "DIE")
    assert ev and ev[0].when == "2025-06-09"
