"""Classes of wrong timeline entries a reader found (issue 16) (telisik_events): a country or region name that
describes the travellers ("jemaah haji Indonesia tiba") is not itself a traveller. Sentences written for these tests."""

from __future__ import annotations

from telisik.records.events import Event


def visits(nlp, text: str) -> list[Event]:
    doc = nlp.make_doc(text)
    doc._.published = "2025-06-14"
    return [e for e in nlp(doc)._.events if e.type == "VISIT"]


def test_nationality_after_pilgrims_is_no_traveller(nlp):
    text = "Sebanyak 30 jemaah haji khusus Indonesia tiba di Bandara Internasional Jeddah pada Kamis (12/6/2025)."
    for ev in visits(nlp, text):
        assert "Indonesia" not in ev.who


def test_country_as_the_subject_still_travels(nlp):
    text = "Presiden Prabowo Subianto tiba di Moskwa pada Kamis (12/6/2025) untuk bertemu Presiden Vladimir Putin."
    (visit,) = visits(nlp, text)
    assert visit.who[0] == "Prabowo Subianto"


def test_destination_is_no_traveller(nlp):
    text = "Kini Cina membolehkan WNI berlibur atau melanjutkan perjalanannya ke Cina pada Juni 2025."
    for ev in visits(nlp, text):
        assert "Cina" not in ev.who or ev.where != "Cina"
