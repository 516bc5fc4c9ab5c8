"""Event rules reading a trigger's surroundings and its parties: a negation carried past three words, a condition or a
possibility, the date of the statement or of a coming thing, places and sites as parties, the agent of an arrest, a
protest note and a landing mishap; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.nlp.events.parties import _product
from telisik.records.events import Event


def events(nlp, text: str) -> list[Event]:
    return sentence_events(nlp, text, published="2025-06-19")


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-19")


def test_negation_carried_by_words_of_taking_part(nlp):
    assert (
        of_type(nlp, "Presiden Amerika Serikat memutuskan untuk tidak terlibat langsung dalam penyerangan terhadap Iran.", "ATTACK") == []
    )
    # without the negation the attack is told
    assert of_type(nlp, "Amerika Serikat terlibat langsung dalam penyerangan terhadap Iran.", "ATTACK")


def test_negation_of_another_verb_does_not_reach_past_it(nlp):
    text = "Pemimpin Iran Ali Khamenei mengatakan negaranya tidak akan pernah menyerah dan memperingatkan Amerika Serikat."
    assert [e.who for e in of_type(nlp, text, "WARN")] == [["Ali Khamenei", "Amerika Serikat"]]


def test_a_condition_is_no_happening(nlp):
    assert of_type(nlp, "Iran akan membalas jika Israel kembali melancarkan serangan ke Teheran.", "ATTACK") == []
    assert of_type(nlp, "Bila kedua pihak sepakat, perundingan dilanjutkan pekan depan.", "AGREE") == []


def test_jika_after_a_verb_of_saying_is_that(nlp):
    ev = of_type(nlp, "Kapolres mengatakan jika polisi telah menangkap dua pelaku pencurian.", "ARREST")
    assert ev and ev[0].who[0] == "polisi"


def test_a_possibility_or_a_term_is_no_agreement(nlp):
    assert of_type(nlp, "Menteri Perdagangan Budi Santoso membahas kemungkinan kesepakatan dagang dengan Peru.", "AGREE") == []
    assert of_type(nlp, "Trump menyebut syarat kesepakatan dengan Iran belum dipenuhi.", "AGREE") == []


def test_the_date_of_the_statement_is_not_the_arrests(nlp):
    ev = of_type(nlp, "Polisi menangkap dua pelaku pencurian motor, kata Kapolsek AKP Budi Santoso, Senin (16/6).", "ARREST")
    assert ev and ev[0].when is None
    ev = of_type(nlp, "Polisi menangkap dua pelaku pencurian motor pada Senin (16/6).", "ARREST")
    assert ev and ev[0].when == "2025-06-16"


def test_the_date_of_a_coming_thing_is_not_the_confirmations(nlp):
    ev = of_type(nlp, "Xiaomi mengonfirmasi ponsel barunya akan meluncur pada 24 Juni 2025.", "CONFIRM")
    assert ev and ev[0].when is None and ev[0].status == "occurred"


def test_a_city_attacked_is_where_not_who(nlp):
    ev = of_type(nlp, "Iran melancarkan serangan rudal ke Beersheba pada Kamis (19/6).", "ATTACK")
    assert ev and ev[0].who == ["Iran"] and ev[0].where == "Beersheba"


def test_a_site_takes_no_part_but_a_closure_befalls_it(nlp):
    ev = of_type(nlp, "Pegawai Museum Louvre melakukan mogok kerja pada Senin (16/6).", "PROTEST")
    assert ev and "Museum Louvre" not in ev[0].who
    ev = of_type(nlp, "Bandara Frans Seda ditutup sejak Rabu (18/6) akibat erupsi.", "CLOSE")
    assert ev and ev[0].who == ["Bandara Frans Seda"]


def test_the_officers_are_the_arrests_agent(nlp):
    ev = of_type(nlp, "Seorang pria berinisial BD ditangkap petugas Polres Bogor di rumahnya.", "ARREST")
    assert ev and ev[0].who == ["Polres Bogor", "BD"]
    ev = of_type(nlp, "Tersangka AS ditahan Kejaksaan Negeri Batang sejak Kamis (19/6).", "ARREST")
    assert ev and ev[0].who[0] == "Kejaksaan Negeri Batang"


def test_a_protest_note_is_a_message(nlp):
    text = "Kementerian Luar Negeri Thailand menyampaikan surat protes kepada Duta Besar Kamboja."
    assert of_type(nlp, text, "PROTEST") == []
    assert of_type(nlp, text, "COMMUNICATE")


def test_a_landing_mishap_is_no_visit(nlp):
    found = events(nlp, "Sayap pesawat Ryanair menabrak pagar saat mendarat di Bandara Kalamata.")
    assert [e.type for e in found] == ["ACCIDENT"]


def test_a_date_past_bahwa_is_the_contents(nlp):
    ev = of_type(nlp, "Indonesia dan Uni Eropa sepakat bahwa teks perjanjian selesai pada akhir Juli 2025.", "AGREE")
    assert ev and (ev[0].when, ev[0].status) == (None, "occurred")
    ev = of_type(nlp, "Indonesia dan Uni Eropa sepakat pada Jumat (13/6) untuk menyelesaikan perundingan.", "AGREE")
    assert ev and ev[0].when == "2025-06-13"


def test_who_arrives_is_a_vehicle_or_people_not_the_place(nlp):
    assert [e.who for e in of_type(nlp, "Pesawat itu tiba di lokasi pada pukul 10.00.", "VISIT")] == [["Pesawat"]]
    # a place noun is no traveller: "tiba di lokasi" with nobody named is no visit
    assert of_type(nlp, "Karena jaraknya jauh, tim gabungan baru tiba di lokasi pukul 16.19 WIB.", "VISIT") == []
    # responders named by a noun reaching the scene make no trip either (firefighters, the SAR team: issue 16)
    assert of_type(nlp, "Tim SAR tiba di lokasi pada Senin (16/6).", "VISIT") == []
    assert [e.who for e in of_type(nlp, "Tim SAR tiba di Pelabuhan Merak pada Senin (16/6).", "VISIT")] == [["Tim SAR"]]


def test_a_product_of_a_party_is_no_party():
    assert _product("Poco F7", ["Poco", "Poco F7"])
    assert _product("Boeing 787 Dreamliner", ["Boeing", "Boeing 787 Dreamliner"])
    assert not _product("Kejaksaan Tinggi Jawa Barat", ["Kejaksaan", "Kejaksaan Tinggi Jawa Barat"])
    assert not _product("Poco F7", ["Poco F7"])


def test_a_relative_clause_on_a_common_noun_has_its_own_subject(nlp):
    text = "Paetongtarn baru menjabat sebagai perdana menteri setelah menggantikan pemimpin sebelumnya yang dicopot dari jabatan."
    assert of_type(nlp, text, "RESIGN") == []
    # on a name, the relative clause is about that name
    ev = of_type(nlp, "Prabowo Subianto yang bertemu Vladimir Putin di Moskow memuji Rusia.", "MEET")
    assert ev and ev[0].who[:2] == ["Prabowo Subianto", "Vladimir Putin"]


def test_a_date_past_an_aside_clause_dates_the_main_act(nlp):
    text = "Selain bertemu Presiden Putin, Presiden Prabowo akan menjadi pembicara dalam forum ekonomi pada Jumat (20/6/2025)."
    meets = of_type(nlp, text, "MEET")
    assert meets and all(e.when != "2025-06-20" for e in meets)
    # without the aside the date is the meeting's
    meets = of_type(nlp, "Presiden Prabowo bertemu Presiden Putin di St Petersburg pada Jumat (20/6/2025).", "MEET")
    assert meets and meets[0].when == "2025-06-20"
