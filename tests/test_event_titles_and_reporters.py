"""Two classes of issue 16 read on whole days: the place of a holder's title set off by a comma and a rank ("Kapolsek
Kabila, Iptu Ferron Baiku") is no party beside the holder, and a news outlet's own step in gathering the story
("detikcom sudah menghubungi ...") is no happening; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-19")


def test_the_place_of_a_title_before_a_comma_and_a_rank_is_no_party(nlp):
    ev = of_type(nlp, "Kapolsek Sukamaju, Iptu Rahmat Hidayat, membenarkan kejadian pencurian itu.", "CONFIRM")
    assert [e.who for e in ev] == [["Rahmat Hidayat"]]


def test_a_bracketed_rank_between_a_titles_place_and_the_holder(nlp):
    text = "Kapolres Tanah Datar, Ajun Komisaris Besar Polisi (AKBP) Yudi Santoso, membenarkan laporan warga itu."
    ev = of_type(nlp, text, "CONFIRM")
    assert [e.who for e in ev] == [["Yudi Santoso"]]


def test_an_honorific_after_the_comma_of_a_regents_title(nlp):
    ev = of_type(nlp, "Bupati Sidrap, H. Andi Mappiare, bertemu dengan para petani di Pangkajene.", "MEET")
    assert ev and ev[0].who[0] == "Andi Mappiare" and "Sidrap" not in ev[0].who


def test_guard_a_place_opening_the_sentence_before_a_rank_keeps_its_part(nlp):
    # no title before the town: "Di Sukamaju," is where the arrest was, and the officer still makes it
    ev = of_type(nlp, "Di Sukamaju, Iptu Rahmat Hidayat menangkap dua pelaku pencurian.", "ARREST")
    assert ev and ev[0].who[0] == "Rahmat Hidayat"


def test_an_outlet_calling_someone_for_comment_is_no_event(nlp):
    text = "detikcom sudah menghubungi Kepala Dinas Pendidikan Rudi Santoso untuk meminta penjelasan lebih lanjut."
    assert of_type(nlp, text, "COMMUNICATE") == []


def test_an_outlet_confirming_with_someone_is_no_event(nlp):
    text = "Liputan6.com mengonfirmasi hal tersebut kepada Kepala Dinas Perhubungan, Rudi Hartono, Senin."
    assert of_type(nlp, text, "CONFIRM") == []


def test_reporters_of_an_outlet_meeting_someone_is_no_event(nlp):
    assert of_type(nlp, "Wartawan detikcom menemui Budi Santoso di rumahnya di Bekasi.", "MEET") == []


def test_guard_an_outlet_cited_for_a_meeting_keeps_the_meeting(nlp):
    # the outlet is cited ("Menurut Kompas.com,"): the meeting after the comma is the ministers' own
    text = "Menurut Kompas.com, Menteri Luar Negeri Sugiono bertemu dengan Menteri Luar Negeri Malaysia di Kuala Lumpur."
    ev = of_type(nlp, text, "MEET")
    assert ev and ev[0].who[0] == "Sugiono"


def test_guard_an_outlet_reporting_an_attack_keeps_it(nlp):
    found = sentence_events(nlp, "Reuters melaporkan pasukan Rusia menyerang kota Kharkiv pada Selasa.", "2025-06-19")
    assert any(e.type == "ATTACK" for e in found)


def test_the_police_body_in_an_officers_title_makes_the_arrest(nlp):
    # the body is part of the officer's title, no party of the confirmation, yet it is the arrest's agent
    text = "Kasat Reskrim Polres Garut, AKP Rahmat Hidayat, membenarkan penangkapan dua pelaku pencurian itu."
    ev = of_type(nlp, text, "ARREST")
    assert ev and ev[0].who[:2] == ["Polres Garut", "Rahmat Hidayat"]


def test_the_agency_in_a_heads_title_before_a_province_makes_the_arrest(nlp):
    text = "Kepala BNN Provinsi Riau, Brigjen Rahmat Hidayat, membenarkan penangkapan tiga kurir narkoba."
    ev = of_type(nlp, text, "ARREST")
    assert ev and ev[0].who[0] == "BNN"


def test_guard_a_regents_place_is_no_party_of_an_arrest(nlp):
    # no body of the police in the title: nothing to put back
    ev = of_type(nlp, "Bupati Sukamaju, Rahmat Hidayat, membenarkan penangkapan dua pelaku pencurian.", "ARREST")
    assert ev and "Sukamaju" not in ev[0].who


def test_guard_an_arrested_officers_own_unit_is_not_the_arresting_body(nlp):
    text = "Kasat Narkoba Polres Garut, AKP Rahmat Hidayat, ditangkap Propam Polda Jawa Barat."
    ev = of_type(nlp, text, "ARREST")
    assert ev and "Polres Garut" not in ev[0].who
