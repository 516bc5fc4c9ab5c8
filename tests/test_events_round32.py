"""Events that are real happenings, of the right type and status (issue 16, round 32; classes read in a gold of 19-20 June
2025 and older pages, and in the judged timelines of 9 and 16-17 June): the lead's first word after a dateline is a common
noun as at a sentence's start, a place much visited is no trip, a beating is an assault, the ramming of an assault told
with the thing used is no mishap, and a trip under way is neither done nor ahead. On sentences written for these tests in
the outlets' style."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.records.events import Event

DAY = "2025-06-20"


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published=DAY)


def test_the_leads_common_noun_after_a_dateline_is_its_participant(nlp):
    # "Sopir" opens the lead after the dateline: the drivers strike, as they would at a sentence's start
    for dateline in ("REPUBLIKA.CO.ID, PEKALONGAN -- ", "PEKALONGAN, KOMPAS.com - ", "Liputan6.com, Pekalongan - ", ""):
        text = dateline + "Sopir truk menggelar aksi mogok di jalan pantura Wiradesa, Jumat (20/6/2025)."
        ev = of_type(nlp, text, "PROTEST")
        assert ev, dateline
        assert (ev[0].where, ev[0].when) == ("Wiradesa", "2025-06-20")
        assert [w.lower() for w in ev[0].who] == ["sopir"]
    ev = of_type(nlp, "SEMARANG, KOMPAS.com - Warga tewas tertimpa pohon tumbang di Jalan Pandanaran, Kamis (19/6/2025).", "DIE")
    assert ev and ev[0].where == "Jalan Pandanaran"


def test_a_place_much_visited_is_no_trip(nlp):
    text = "Polres Pangandaran menggelar patroli di sejumlah pantai yang ramai dikunjungi selama libur panjang, Jumat (20/6/2025)."
    assert not of_type(nlp, text, "VISIT")
    assert not of_type(nlp, "Curug itu menjadi salah satu tempat yang wajib dikunjungi saat berlibur ke Bogor.", "VISIT")
    # a visit by someone named is still one
    ev = of_type(nlp, "Posko pengungsian itu dikunjungi Gubernur Jawa Barat Dedi Mulyadi pada Kamis (19/6/2025).", "VISIT")
    assert ev and "Dedi Mulyadi" in ev[0].who


def test_a_beating_is_an_assault(nlp):
    ev = of_type(nlp, "Seorang juru parkir dipukuli tiga pria tak dikenal di depan minimarket di Cibinong, Kamis (19/6/2025).", "ATTACK")
    assert ev and ev[0].when == "2025-06-19"
    ev = of_type(nlp, "Pelaku memukuli korban dengan helm hingga pingsan di Jalan Merdeka, Rabu (18/6/2025).", "ATTACK")
    assert ev and ev[0].status == "occurred"
    # told in a match report too: a beating is never the sports sense
    text = (
        "Persib menang 2-0 atas Persija dalam laga di Stadion Gelora Bandung Lautan Api. Usai pertandingan, polisi menyelidiki "
        "kasus pemukulan terhadap seorang steward di pintu keluar stadion."
    )
    assert of_type(nlp, text, "ATTACK")
    # the striking of a gong that opens a ceremony is no assault
    assert not of_type(nlp, "Acara dibuka dengan pemukulan gong oleh Bupati di Pendopo, Jumat (20/6/2025).", "ATTACK")


def test_the_ramming_of_an_assault_told_with_what_was_used_is_no_mishap(nlp):
    text = "Pria itu mengendarai sepeda motor dan menggunakan tongkat besi untuk menyerang pejalan kaki dan menabrak kendaraan."
    assert not of_type(nlp, text, "ACCIDENT")
    assert of_type(nlp, text, "ATTACK")
    # a plan to attack still rams nothing on purpose: the crash before it is a mishap
    text = "Pria itu diduga hendak menyerang petugas sebelum mobilnya menabrak pembatas jalan di Jalan Gatot Subroto."
    assert of_type(nlp, text, "ACCIDENT")


def test_a_trip_under_way_is_ongoing(nlp):
    text = "Kapal perang Inggris HMS Spey meninggalkan Selat Malaka pada Kamis (19/6) dan kini dalam perjalanan menuju Samudra Hindia."
    ev = [e for e in sentence_events(nlp, text, DAY) if e.type == "VISIT" and e.where == "Samudra Hindia"]
    assert ev and ev[0].status == "ongoing"
    ev = of_type(nlp, "Rombongan jemaah haji Kloter 5 masih dalam perjalanan pulang ke Embarkasi Solo.", "VISIT")
    assert ev and ev[0].status == "ongoing"
    # arrived: done
    ev = of_type(nlp, "Rombongan jemaah haji Kloter 5 telah tiba di Bandara Adi Soemarmo, Solo, Kamis (19/6/2025).", "VISIT")
    assert ev and ev[0].status == "occurred"


def test_holding_people_is_an_arrest_even_in_a_sports_report(nlp):
    text = (
        "Kroasia menang 3-1 atas Irlandia dalam laga kedua turnamen. Menteri Dalam Negeri Polandia mengatakan polisi telah "
        "menahan tujuh orang asing sejak turnamen dimulai."
    )
    assert of_type(nlp, text, "ARREST")
    # holding a side to a draw, or its attacks, is the sports sense
    assert not of_type(nlp, "Persib berhasil menahan imbang Persija 1-1 di Stadion Gelora Bandung Lautan Api.", "ARREST")
    assert not of_type(nlp, "Tim tamu mampu menahan gempuran tuan rumah sepanjang babak kedua.", "ARREST")


def test_a_happening_told_again_as_a_cause_or_with_its_named_victim_is_not_another(nlp):
    text = (
        "JAKARTA, KOMPAS.com - Seorang pria berinisial RS (40) tewas akibat kebakaran di Kelurahan Duri Kepa, Kebon Jeruk, "
        'Jakarta Barat. "Korban meninggal RS, pria 40 tahun," kata Kepala Seksi Operasi Gulkarmat Jakarta Barat, Kamis '
        "(19/6/2025). Bangunan yang terdampak kebakaran meliputi lima rumah. Kerugian akibat kebakaran di Duri Kepa ini "
        "ditaksir Rp 300 juta."
    )
    found = sentence_events(nlp, text, DAY)
    assert [e.type for e in found].count("ACCIDENT") == 1
    assert [e.type for e in found].count("DIE") == 1
    # the first telling of a fire as a cause is the fire
    ev = of_type(nlp, "Tiga rumah di Jalan Kenari rusak berat akibat kebakaran pada Rabu (18/6/2025) malam.", "ACCIDENT")
    assert ev and ev[0].when == "2025-06-18"
    # a second death told with a day of its own stays
    text = (
        "Seorang pendaki berinisial AR tewas di Gunung Slamet. Tim SAR memastikan AR meninggal pada Selasa (17/6/2025) "
        "setelah terjatuh ke jurang."
    )
    assert len(of_type(nlp, text, "DIE")) == 2
