"""A region that acts (issue 16): a place that is no country is never a party of an evacuation, a death or an injury
("Kharkiv", "Maharashtra": where it befell), but the states of a region named as the subject moving people are its agent
("Negara-negara Eropa memulangkan ratusan warga negara mereka"). Sentences written for these tests in the style of the
reports."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-20")


def test_the_states_of_a_region_moving_their_citizens_are_the_agent(nlp):
    text = "Negara-negara Eropa memulangkan ratusan warga negara mereka dari Israel saat konflik dengan Iran berkecamuk."
    found = of_type(nlp, text, "EVACUATE")
    assert [e.who[0] for e in found] == ["Eropa"]
    assert [e.where for e in found] == ["Israel"]


def test_some_states_of_a_region_evacuating_are_the_agent(nlp):
    text = "Sejumlah negara Eropa mengevakuasi warganya dari Israel pada Selasa (17/6/2025)."
    assert [e.who[0] for e in of_type(nlp, text, "EVACUATE")] == ["Eropa"]


def test_a_region_where_people_are_moved_from_is_no_party(nlp):
    text = "Tim SAR gabungan mengevakuasi 25 warga dari Desa Sukamaju, Kabupaten Garut, pada Kamis (19/6/2025)."
    for e in of_type(nlp, text, "EVACUATE"):
        assert "Kabupaten Garut" not in e.who and "Desa Sukamaju" not in e.who
