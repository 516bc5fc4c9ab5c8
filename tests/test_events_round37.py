"""Event classes a reading of a fresh day (16-17 June) found missed or misread: an appointment told actively with the
appointee between the verb and the post, a travel warning a government issues, a meeting point taken for a meeting;
on sentences written for these tests in the style of Indonesian news."""

from __future__ import annotations

from event_sentences import events as events_of_type
from telisik.records.events import Event


def of_type(nlp, text: str, typ: str) -> list[Event]:
    return events_of_type(nlp, text, typ, published="2025-06-17")


def test_an_appointment_told_actively(nlp):
    coach = of_type(nlp, "Klub Persikota resmi menunjuk Bambang Sulistyo sebagai pelatih kepala untuk musim depan.", "APPOINT")
    assert coach and "Bambang Sulistyo" in coach[0].who
    chair = of_type(nlp, "Gubernur Ahmad Luthfi menunjuk Ratna Wulandari menjadi kepala dinas yang baru.", "APPOINT")
    assert chair and "Ratna Wulandari" in chair[0].who
    # the post told by the work it gives
    lead = of_type(nlp, "Komandan itu, Darius Karimi, ditunjuk untuk memimpin pasukan perbatasan pekan lalu.", "APPOINT")
    assert lead and "Darius Karimi" in lead[0].who


def test_no_appointment_without_a_person_or_a_post(nlp):
    # places designated as hosts, and a finger pointing, appoint nobody
    assert of_type(nlp, "Federasi menunjuk Malaysia dan Thailand sebagai tuan rumah turnamen itu.", "APPOINT") == []
    assert of_type(nlp, "Andi menunjuk ke arah rumah kosong itu di ujung gang.", "APPOINT") == []
    # an appointment nearly made, or called off, made nobody
    assert of_type(nlp, "Manajemen Persikota hampir menunjuk Bambang Sulistyo sebagai pelatih kepala.", "APPOINT") == []
    assert of_type(nlp, "Partai itu batal menunjuk Ratna Wulandari sebagai ketua harian.", "APPOINT") == []


def test_a_travel_warning_issued_is_a_warning(nlp):
    issued = of_type(nlp, "Selandia Baru kembali mengeluarkan travel warning untuk warganya yang akan berlibur ke Lombok.", "WARN")
    assert issued and issued[0].who[0] == "Selandia Baru"
    advisory = of_type(nlp, "Kanada merilis travel advisory bagi warganya yang hendak bepergian ke Lombok.", "WARN")
    assert advisory and advisory[0].who[0] == "Kanada"
    # the warning named again, issued by nobody in its sentence, is the one told before
    assert of_type(nlp, "Menurut dia, travel warning itu tidak mengurangi jumlah wisatawan ke Lombok.", "WARN") == []


def test_a_meeting_point_is_no_meeting(nlp):
    text = "Siti Rahmawati gagal menuju titik pertemuan karena pantauan ketat aparat Mesir."
    assert of_type(nlp, text, "MEET") == []
    # a meeting held between named parties still is one
    held = of_type(nlp, "Menteri Luar Negeri Sugiono dan Menteri Luar Negeri Wang Yi menggelar pertemuan di Beijing.", "MEET")
    assert held
