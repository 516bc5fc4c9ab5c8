"""Mends after the round-32 review of timeline and parties, on sentences written for these tests: a death told beside
an evacuation of the living leaves the evacuation; a sentence's subject after a fronted place stays a party; an
organisation's "Cabang" is no place; a firm after a maker's name is no model; the doer after "korban ... oleh" is no
victim; "satu keluarga" is no single person."""

from __future__ import annotations

from typing import Any

from event_sentences import events as events_of_type
from telisik.nlp.events.parties import a_model
from telisik.records.events import Event as EventRecord
from telisik.stories.parties import is_participant
from test_timeline_round31 import Event, article, rows

MONDAY = ("Senin (9/6/2025)", "DATE", "2025-06-09")


def story(events: list[Event], *sentences: str) -> dict[str, Any]:
    return article("a", [list(sentences)], [MONDAY], events, "2025-06-09")


def of_type(nlp, text: str, typ: str) -> list[EventRecord]:
    return events_of_type(nlp, text, typ, published="2025-06-12")


# ---------------------------------------------------------------------------- 1. a death beside an evacuation

FLOOD = "Banjir bandang melanda tiga desa di Kecamatan Sigi Biromaru, Senin (9/6/2025)."
FLOOD_FATES = "Dua warga tewas, sementara ratusan warga dievakuasi ke tempat pengungsian."
BUS = "Bus pariwisata terguling di Jalan Raya Ciater, Subang, Senin (9/6/2025)."
BUS_FATES = "Dua penumpang tewas di lokasi, sedangkan belasan korban luka dilarikan ke RSUD Subang."


def test_the_living_evacuated_beside_the_dead_stay_an_evacuation() -> None:
    a = story(
        [
            ("DISASTER", "Banjir bandang", ["desa"], FLOOD, "2025-06-09", "Senin (9/6/2025)"),
            ("DIE", "tewas", ["warga"], FLOOD_FATES, "2025-06-09", "Senin (9/6/2025)"),
            ("EVACUATE", "dievakuasi", ["warga"], FLOOD_FATES, "2025-06-09", "Senin (9/6/2025)"),
        ],
        FLOOD,
        FLOOD_FATES,
    )
    assert ("2025-06-09", "EVACUATE") in rows(a)[0]
    b = story(
        [
            ("ACCIDENT", "terguling", ["Bus pariwisata"], BUS, "2025-06-09", "Senin (9/6/2025)"),
            ("DIE", "tewas", ["penumpang"], BUS_FATES, "2025-06-09", "Senin (9/6/2025)"),
            ("INJURE", "korban luka", ["korban"], BUS_FATES, "2025-06-09", "Senin (9/6/2025)"),
            ("EVACUATE", "dilarikan ke", ["korban luka"], BUS_FATES, "2025-06-09", "Senin (9/6/2025)"),
        ],
        BUS,
        BUS_FATES,
    )
    assert ("2025-06-09", "EVACUATE") in rows(b)[0]
    # a temporary shelter is no clause beside: the body carried there is still the dead
    body = "Korban dievakuasi ke posko sementara dalam keadaan sudah meninggal dunia."
    c = story([("EVACUATE", "dievakuasi", ["Korban"], body, "2025-06-09", "Senin (9/6/2025)")], FLOOD, body)
    assert "EVACUATE" not in [t[1] for t in rows(c)[0]]


# ---------------------------------------------------------------------------- 2. a subject after a fronted place


def test_a_subject_after_a_fronted_place_stays_a_party() -> None:
    assert is_participant("Prabowo", sentence="Di Jakarta, Prabowo di hadapan wartawan mengatakan hal itu.")
    assert is_participant("Jokowi", sentence="Di Solo, Jokowi menuju Pasar Gede.")
    # a route's departure place listed on stays where
    sentence = "Kapal yang bertolak dari Pelabuhan Tanjung Perak, Surabaya menuju Banjarmasin tertahan di tengah laut."
    assert not is_participant("Surabaya", sentence=sentence)


# ---------------------------------------------------------------------------- 3. an organisation's branch


def test_an_organisations_branch_keeps_its_name_a_party() -> None:
    assert is_participant("PDI Perjuangan", sentence="Ketua Dewan Pimpinan Cabang PDI Perjuangan Kota Medan ditangkap.")
    assert is_participant("Nahdlatul Ulama", sentence="Ketua Pengurus Cabang Nahdlatul Ulama Jember menolak tambang itu.")
    # a firm's branch in a town is still where
    sentence = "Warga mengadu ke PT Bank Rakyat Indonesia Cabang Pekanbaru soal saldo yang hilang."
    assert not is_participant("Pekanbaru", sentence=sentence)


# ---------------------------------------------------------------------------- 4. a firm after a maker is no model


def test_a_firm_after_a_makers_name_is_no_model() -> None:
    for firm in ("Samsung Electronics", "Mitsubishi Heavy Industries", "Hyundai Rotem", "Airbus Helicopters", "Suzuki Cup"):
        assert not a_model(firm), firm
    assert not a_model("2025") and not a_model("1945")
    assert a_model("Airbus A330") and a_model("Boeing 737 MAX") and a_model("737 MAX") and a_model("A320")


def test_two_firms_signing_keep_their_agreement(nlp):
    text = "Samsung Electronics dan Hyundai Rotem menandatangani kesepakatan kerja sama di Seoul, Rabu (11/6/2025)."
    ev = of_type(nlp, text, "AGREE")
    assert ev and any({"Samsung Electronics", "Hyundai Rotem"} <= set(e.who) for e in ev)


# ---------------------------------------------------------------------------- 5. the doer after "korban ... oleh"


def test_the_doer_after_korban_oleh_is_no_victim(nlp):
    text = "Siswi itu menjadi korban pencabulan oleh AR, yang kemudian ditangkap Polres Bogor, Rabu (11/6/2025)."
    ev = of_type(nlp, text, "ARREST")
    assert ev and any("AR" in e.who for e in ev)


# ---------------------------------------------------------------------------- 6. "satu keluarga" is several

FAMILY = "Polisi menemukan satu keluarga tewas di dalam rumah mereka di Pematang Siantar."
FAMILY_NAMED = "Korban, Sinta Marlina (21), tewas di Jalan Sisingamangaraja pada Senin (9/6/2025) dini hari."


def test_a_family_dead_is_no_single_death() -> None:
    from telisik.stories.timeline import _single_person

    assert _single_person().search("Polisi menemukan seorang ") and _single_person().search("Dalam insiden ini, satu orang ")
    assert not _single_person().search("Polisi menemukan satu keluarga ")
    assert not _single_person().search("Dalam banjir itu, satu rombongan ")
