"""Who a party of an event is, round 32: the roles each event type takes its parties from (``event_roles.tsv``): a
city is no party of a strike on it (a country or a capital written for its government is), a model or goods are no
party, the dead are no party of the arrest of those who harmed them, whom the news was given is no party of the strike,
a denied noun names nobody, a counted noun is the people listed after it; a place after "di wilayah" or a branch's
place is where, not who; a teller speaking through another is no party; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.nlp.events.parties import a_model
from telisik.records.events import Event
from telisik.stories.parties import is_participant
from telisik.stories.speakers import told_as_speaker


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


def test_a_model_is_a_thing_and_a_maker_or_its_body_a_firm():
    assert a_model("Airbus A330") and a_model("Boeing 737 MAX") and a_model("737 MAX") and a_model("Perodua Alza")
    assert not a_model("Boeing") and not a_model("Toyota Indonesia") and not a_model("Honda HRC")
    assert not a_model("Airbus Group") and not a_model("Budi Santoso")


def test_an_aircraft_model_is_no_party_of_its_landing(nlp):
    text = "Pesawat Boeing 737 MAX milik maskapai Lion Air tiba di Bandara Sultan Hasanuddin, Makassar, Rabu (11/6/2025)."
    ev = of_type(nlp, text, "VISIT")
    assert ev and all("737" not in w for e in ev for w in e.who) and any("Lion Air" in e.who for e in ev)


def test_a_watch_given_is_no_party_of_the_lunch(nlp):
    text = (
        "Presiden Prabowo Subianto memberikan jam tangan Rolex kepada pemain Persija Jakarta "
        "dalam jamuan makan siang di Istana Merdeka, Rabu (11/6/2025)."
    )
    ev = of_type(nlp, text, "MEET")
    assert ev and all("Rolex" not in e.who for e in ev)


def test_a_city_struck_is_no_party_of_the_strike_but_the_country_is(nlp):
    text = "Dua warga tewas dalam serangan udara Rusia di wilayah Kharkiv, Ukraina timur, Selasa (10/6/2025)."
    ev = of_type(nlp, text, "ATTACK")
    assert ev and all("Kharkiv" not in e.who for e in ev)
    assert any({"Rusia", "Ukraina"} <= set(e.who) for e in ev)
    # a capital written for its government attacks
    ev = of_type(nlp, "Teheran melancarkan serangan rudal balasan ke Israel, Jumat (13/6/2025).", "ATTACK")
    assert ev and "Teheran" in ev[0].who


def test_the_victim_is_no_party_of_the_arrest_of_the_men(nlp):
    text = "Polrestabes Makassar mengamankan dua pria yang membawa korban Siti Rahmawati (31) ke rumah sakit, Rabu (11/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and all("Siti Rahmawati" not in e.who for e in ev)
    assert any("Polrestabes Makassar" in e.who for e in ev)


def test_whom_the_damage_was_told_to_is_no_party_of_the_strike(nlp):
    text = "Pengelola museum telah memberi tahu UNESCO tentang kerusakan akibat serangan udara Rusia pada Selasa (10/6/2025)."
    ev = of_type(nlp, text, "ATTACK")
    assert ev and all("UNESCO" not in e.who for e in ev) and any("Rusia" in e.who for e in ev)


def test_a_city_after_di_wilayah_or_a_branch_is_where():
    sentence = "Satu orang tewas dalam serangan udara Rusia di wilayah Kharkiv, Ukraina timur."
    assert not is_participant("Kharkiv", sentence=sentence)
    assert is_participant("Rusia", sentence=sentence)
    sentence = "Husaini mengimbau operator kapal dan PT ASDP Indonesia Ferry Cabang Banda Aceh agar lebih waspada."
    assert not is_participant("Banda Aceh", sentence=sentence)
    sentence = "Dua trip kapal cepat yang berangkat dari Pelabuhan Ulee Lheue, Banda Aceh menuju Sabang dibatalkan."
    assert not is_participant("Banda Aceh", sentence=sentence)
    # a city that acts keeps its place: no word of where before it
    assert is_participant("Banda Aceh", sentence="Banda Aceh menutup dua ruas jalan selama perayaan.")


def test_an_officer_telling_it_through_another_is_a_teller():
    sentence = (
        '"Kami mengamankan sepeda pelaku sebagai barang bukti," terang Kasat Samapta Polresta Solo Kompol Edi S '
        "melalui Komandan Regu (Danru) Aipda Wagiman."
    )
    assert told_as_speaker("Wagiman", sentence)
    sentence = (
        "Penangkapan terhadap Dodi disampaikan oleh Kapolres Deli Serdang melalui Kasat Reskrimnya, AKP Rudi Hartono "
        "kepada wartawan, Senin (9/6)."
    )
    assert told_as_speaker("Rudi Hartono", sentence) and not told_as_speaker("Dodi", sentence)
    assert not told_as_speaker("Wagiman", "Polisi menangkap Wagiman melalui operasi tangkap tangan.")


def test_a_counted_noun_is_the_people_listed_in_the_next_sentence(nlp):
    text = (
        "Akhirnya, empat orang di antara kelompok tersebut ditangkap lebih dulu pada Sabtu (7/6/2025) malam. "
        "Mereka ialah AR (18), BS (17), CK (19), dan DW (18)."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and {"AR", "BS", "CK", "DW"} <= set(ev[0].who) and "orang" not in ev[0].who
    # a list of another number names others than the four
    text = (
        "Akhirnya, empat orang di antara kelompok tersebut ditangkap lebih dulu pada Sabtu (7/6/2025) malam. "
        "Mereka ialah AR (18) dan BS (17)."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and "AR" not in ev[0].who


def test_a_denied_noun_names_nobody(nlp):
    text = "Tidak ada korban jiwa akibat kebakaran yang melanda gudang milik Iskandar di Kecamatan Krueng Barona Jaya, Senin (9/6/2025)."
    ev = of_type(nlp, text, "ACCIDENT")
    assert ev and all("korban jiwa" not in e.who for e in ev)
    text = "Kebakaran gudang di Kecamatan Krueng Barona Jaya, Senin (9/6/2025), menewaskan dua korban jiwa."
    ev = of_type(nlp, text, "DIE")
    assert ev and "korban jiwa" in ev[0].who


def test_the_dead_are_held_by_no_one(nlp):
    text = (
        "Rina Kartika (29) ditemukan tewas di kamar hotel di Semarang, Senin (9/6/2025). "
        "Polisi mengamankan dua pria yang mengantarkan Rina Kartika ke rumah sakit."
    )
    ev = of_type(nlp, text, "ARREST")
    assert ev and "Rina Kartika" not in ev[0].who
    text = "Dua pria yang mengantar jasad perempuan bernama Rina Kartika (29) ke rumah sakit akhirnya diamankan polisi."
    ev = of_type(nlp, text, "ARREST")
    assert ev and "Rina Kartika" not in ev[0].who
    # who killed another is held: the death befell the other, beside him
    text = "Budi, yang menewaskan Andi Saputra, ditangkap Polres Bekasi, Senin (9/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and "Budi" in ev[0].who
