"""Mends after the review of round 32's events: the striking of a gong or drum is no assault, another disaster after
"akibat" is a new one, a common noun opening a sentence is no named victim, a trip dated before publication or framing
another act is not under way, and fans held back at a match are no arrest. On sentences written for these tests in the
outlets' style."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event

DAY = "2025-06-20"


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published=DAY)


def test_striking_a_gong_or_drum_is_no_assault(nlp):
    assert not of_type(nlp, "Acara dibuka dengan pemukulan gong oleh Bupati di Pendopo Kabupaten, Jumat (20/6/2025).", "ATTACK")
    assert not of_type(nlp, "Malam takbiran di Alun-alun Kudus diawali pemukulan beduk oleh Wakil Bupati.", "ATTACK")
    # a beating is still one
    ev = of_type(nlp, "Polisi menyelidiki pemukulan terhadap seorang sopir ojek di Jalan Ahmad Yani, Kamis (19/6/2025).", "ATTACK")
    assert ev


def test_another_disaster_after_a_word_of_consequence_is_a_new_one(nlp):
    text = "Banjir merendam ratusan rumah di Demak, Jumat (20/6/2025). Dua warga luka-luka akibat gempa susulan yang mengguncang malam itu."
    assert any("gempa" in e.trigger.lower() for e in of_type(nlp, text, "DISASTER"))


def test_a_common_noun_opening_a_sentence_is_no_named_victim(nlp):
    text = "Warga tewas tertimbun longsor di Cianjur, Senin (16/6/2025). Warga tewas tertimbun longsor lagi."
    assert len(of_type(nlp, text, "DIE")) == 2


def test_a_named_victims_death_told_again_with_nothing_new_is_one(nlp):
    text = (
        "Seorang pria berinisial RS (40) tewas akibat kebakaran di Kelurahan Duri Kepa, Jakarta Barat, Kamis (19/6/2025). "
        '"Korban meninggal RS, pria 40 tahun," kata petugas.'
    )
    assert len(of_type(nlp, text, "DIE")) == 1
    # a noun standing for the named victim, told again with nothing new
    text = (
        "Seorang jemaah haji bernama Waginah (68) asal Wonogiri meninggal dunia di Madinah, Senin (16/6/2025). "
        "Jemaah tersebut meninggal setelah sempat dirawat."
    )
    deaths = of_type(nlp, text, "DIE")
    assert len(deaths) == 1 and deaths[0].who == ["Waginah"]


def test_a_trip_dated_before_or_framing_another_act_is_not_under_way(nlp):
    text = "Dalam perjalanan ke Jepang pekan lalu, Presiden Prabowo Subianto bertemu Perdana Menteri Shigeru Ishiba."
    assert all(e.status != "ongoing" for e in of_type(nlp, text, "VISIT"))
    text = "Presiden Prabowo Subianto dalam perjalanan ke Rusia pada Rabu (18/6/2025) singgah di Dubai."
    assert all(e.status != "ongoing" for e in of_type(nlp, text, "VISIT"))
    # a trip under way now is still ongoing
    ev = of_type(nlp, "Rombongan jemaah haji Kloter 5 masih dalam perjalanan pulang ke Embarkasi Solo.", "VISIT")
    assert ev and ev[0].status == "ongoing"


def test_fans_held_back_at_a_match_are_no_arrest(nlp):
    text = (
        "Persib menang 2-0 atas Persija di Stadion Gelora Bandung Lautan Api. Steward menahan suporter yang hendak masuk "
        "ke lapangan usai pertandingan."
    )
    assert not of_type(nlp, text, "ARREST")
    text = "Kroasia menang 3-1 atas Irlandia dalam laga kedua turnamen. Polisi telah menahan tujuh orang asing sejak turnamen dimulai."
    assert of_type(nlp, text, "ARREST")


def test_a_dateline_is_sought_within_its_paragraph():
    from telisik.nlp.events.article import _lead_starts

    # a list line of opening days is no dateline, even before a long paragraph
    text = (
        "Layanan Samsat Keliling\nSenin - Jumat\nBupati Sleman Harda Kiswaya meresmikan layanan baru di kantor Samsat "
        "Sleman pada Jumat pagi bersama jajaran kepolisian dan pejabat daerah lainnya yang hadir.\n"
    )
    assert _lead_starts(text) == []
    text = "SLEMAN, KOMPAS.com - Warga memadati kantor Samsat Sleman pada Jumat pagi untuk membayar pajak kendaraan bermotor.\n"
    assert [text[k : k + 5] for k in _lead_starts(text)] == ["Warga"]


def test_the_words_denying_a_trigger_form_are_there_for_other_readers():
    from telisik.nlp.events.lexicon import words_denying_next

    denied = words_denying_next()
    assert {"gong", "beduk"} <= denied[("pemukulan", "ATTACK")]
    # a form with a row free of conditions is denied by nothing
    assert ("memukuli", "ATTACK") not in denied


def test_a_happening_pointed_back_to_or_told_with_its_root_after_a_word_of_consequence_is_the_same(nlp):
    text = (
        "Truk tangki mengalami tabrakan beruntun dengan dua mobil di Jalan Raya Babat, Senin (16/6/2025). Akibat "
        "kecelakaan maut itu, bagian depan truk ringsek."
    )
    assert len(of_type(nlp, text, "ACCIDENT")) == 1
    text = (
        "Sebuah gudang mebel terbakar di Jalan Kaliurang, Sleman, Selasa (17/6/2025). Kerugian akibat kebakaran "
        "ditaksir mencapai Rp 500 juta."
    )
    assert len(of_type(nlp, text, "ACCIDENT")) == 1
