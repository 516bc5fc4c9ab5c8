"""The means of a trip is no traveller (issue 16): a vehicle's noun right after a word of means ("dengan sepeda motor",
"menggunakan kapal laut") tells how the travellers went, not who travels; a crash's vehicles stay its parties. Sentences
written for these tests in the style of the reports."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-20")


def test_a_motorbike_ridden_to_a_place_is_no_visitor(nlp):
    text = "Wisatawan itu menyebut dia datang ke Padang Mausui dengan sepeda motor dari Jakarta."
    assert all("sepeda motor" not in e.who for e in of_type(nlp, text, "VISIT"))


def test_the_travellers_arriving_by_boat_stay_the_visitors(nlp):
    text = "Rombongan peserta dari Lanny Jaya telah tiba dengan selamat menggunakan kapal laut di Wamena."
    found = of_type(nlp, text, "VISIT")
    assert [e.who for e in found] == [["Rombongan"]]
    assert [e.where for e in found] == ["Wamena"]


def test_the_vehicles_of_a_crash_stay_its_parties(nlp):
    text = "Sebuah truk menabrak mobil di Jalan Raya Bogor pada Kamis (19/6/2025)."
    assert [e.who for e in of_type(nlp, text, "ACCIDENT")] == [["truk", "mobil"]]
