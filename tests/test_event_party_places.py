"""Who and where of events on sentences written for these tests: a regulation's title goes on past "di" before a field
("... tentang Perizinan di Bidang Pertambangan": no place), a building after "di luar" is where people stand, never a
party, and the source a report is cited from ("menurut laporan dari layanan penyelamatan ...", "media pemerintah Iran")
takes no part in what it tells."""

from __future__ import annotations

from event_sentences import events as events_of_type
from event_sentences import sentence_events
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-10")


def test_a_field_after_di_in_a_regulations_title_is_no_place(nlp):
    for text in (
        "Kementerian ESDM mencabut izin PT Sinar Laut berdasarkan Keputusan Presiden Nomor 41 Tahun 2004 tentang "
        "Perizinan di Bidang Pertambangan.",
        "Kementerian ESDM mencabut izin PT Sinar Laut berdasarkan Keputusan Presiden 41/2004 tentang Perizinan atau "
        "Perjanjian di Bidang Pertambangan, Senin (9/6).",
    ):
        (ev,) = of_type(nlp, text, "SANCTION")
        assert ev.where is None and "PT Sinar Laut" in ev.who


def test_a_building_outside_which_people_gather_is_no_party(nlp):
    text = (
        "Ratusan orang berkumpul di luar Metropolitan Detention Center di pusat Kota Los Angeles, tempat para imigran "
        "ditahan oleh agen federal."
    )
    assert not any("Metropolitan Detention Center" in ev.who for ev in sentence_events(nlp, text, "2025-06-10"))
    (ev,) = of_type(nlp, "Ratusan warga berunjuk rasa di luar Metropolitan Detention Center, Senin (9/6).", "PROTEST")
    assert ev.where == "Metropolitan Detention Center" and "Metropolitan Detention Center" not in ev.who


def test_a_service_a_report_is_cited_from_takes_no_part(nlp):
    text = (
        "Rudal Iran menghantam sebuah gedung dan melukai sedikitnya 40 orang, menurut laporan dari layanan "
        "penyelamatan Magen David Adom."
    )
    (ev,) = of_type(nlp, text, "INJURE")
    assert not any("Adom" in name for name in ev.who)


def test_the_country_of_a_state_medium_is_no_party(nlp):
    text = "Insiden ini terjadi pada Selasa malam dan dikonfirmasi oleh militer Israel serta media pemerintah Iran."
    (ev,) = of_type(nlp, text, "CONFIRM")
    assert "Iran" not in ev.who
