"""Where a speech act happened (issue 16): a place inside the object or the topic of a criticism, a denial or a warning is
what the act is about, not where it was voiced ("kritik penambangan nikel di Raja Ampat" was voiced in Jakarta); a place
past a word of where it was voiced ("saat ditemui", "dalam konferensi pers") or before the trigger stays, and so does the
place of a finding of fault ("menemukan pelanggaran ... di Raja Ampat": where the business operates) and that of an appeal
to be wary ("mengimbau warga di Sulawesi Utara agar mewaspadai ..."). Sentences written
for these tests in the style of the reports."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-20")


def test_a_place_in_what_is_criticised_is_not_where_the_criticism_was_voiced(nlp):
    text = "Anggota DPR Fadli Zon menyampaikan kritik penambangan nikel di Raja Ampat, Papua Barat Daya."
    found = of_type(nlp, text, "ACCUSE")
    assert [e.who[0] for e in found] == ["Fadli Zon"]
    assert [e.where for e in found] == [None]


def test_a_place_in_what_is_denied_is_not_where_the_denial_was_made(nlp):
    text = "Badan Gizi Nasional membantah kabar yang menyebut program makan gratis di Tangerang Selatan dibagikan mentah."
    found = of_type(nlp, text, "CONFIRM")
    assert [e.who[0] for e in found] == ["Badan Gizi Nasional"]
    assert [e.where for e in found] == [None]


def test_a_place_in_the_topic_of_a_criticism_of_a_person_is_not_its_place(nlp):
    text = "Legenda sepak bola Prancis, Emmanuel Petit, mengkritik keras Jack Grealish atas penurunan performanya di Manchester City."
    assert [e.where for e in of_type(nlp, text, "ACCUSE")] == [None]


def test_the_place_of_a_press_conference_after_the_object_is_where_it_was_voiced(nlp):
    text = "Gubernur Dedi Mulyadi mengecam aksi premanisme di Bekasi dalam konferensi pers di Bandung, Kamis (19/6/2025)."
    assert [e.where for e in of_type(nlp, text, "ACCUSE")] == ["Bandung"]


def test_a_place_before_the_speech_act_stays_its_place(nlp):
    text = "Di Jakarta, Menteri Hukum Supratman Andi Agtas membantah tudingan adanya intervensi dalam kasus itu."
    assert [e.where for e in of_type(nlp, text, "CONFIRM")] == ["Jakarta"]


def test_a_finding_of_fault_is_placed_where_the_business_operates(nlp):
    text = "Menteri Hanif Faisol Nurofiq menemukan indikasi pelanggaran aktivitas tambang nikel di Raja Ampat."
    assert [e.where for e in of_type(nlp, text, "ACCUSE")] == ["Raja Ampat"]


def test_an_appeal_to_be_wary_is_placed_where_the_people_warned_are(nlp):
    text = "BMKG mengimbau warga di Sulawesi Utara agar mewaspadai potensi banjir dan tanah longsor hingga Jumat (20/6/2025)."
    assert [e.where for e in of_type(nlp, text, "WARN")] == ["Sulawesi Utara"]
