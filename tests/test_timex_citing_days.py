"""Time expressions, round h44: a cited outlet's day is the report's day, not the story's.

"dikutip dari detikBali, Minggu (8/6)" says when an outlet told it; a relative day or a clock time after it is
counted from the story's last day. Every sentence here is invented, in the outlets' style.
"""

from __future__ import annotations

from telisik.nlp.timex import tag


def found(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in tag(text, published)[0]]


def test_a_day_before_is_counted_from_the_story_not_from_the_cited_outlet():
    text = (
        "Menteri itu berbicara di Sanur, Sabtu (7/6/2025), seperti dikutip dari detikBali, Minggu (8/6). "
        "Sehari sebelumnya, ia juga mengkritik tambang itu."
    )
    assert found(text, "2025-06-08T09:17+07:00") == [
        ("Sabtu (7/6/2025)", "2025-06-07"),
        ("Minggu (8/6)", "2025-06-08"),
        ("Sehari sebelumnya", "2025-06-06"),
    ]


def test_a_clock_time_after_a_cited_agency_is_on_the_story_day():
    text = (
        "Pesawat kecil itu jatuh di Tennessee pada Minggu (8/6), kata pejabat seperti dilansir AFP, Senin (9/6/2025). "
        "Pesawat itu jatuh di bandara sekitar pukul 12.30 siang."
    )
    assert found(text, "2025-06-09T12:03+07:00")[-1] == ("pukul 12.30 siang", "2025-06-08T12:30")


def test_an_outlet_cited_with_pada_and_no_comma():
    text = (
        "Jasad turis itu ditemukan pada Kamis (5/6), dilaporkan oleh CNA pada Minggu (8/6). "
        "Dua hari kemudian keluarganya tiba."
    )
    assert found(text, "2025-06-08")[-1] == ("Dua hari kemudian", "2025-06-07")


def test_a_citing_word_of_when_names_no_outlet_and_its_date_stays_the_reference():
    text = "Diberitakan sebelumnya, pada 8 Juni 2025, polisi menutup jalan itu. Sehari kemudian jalan dibuka lagi."
    assert found(text, "2025-06-12")[-1] == ("Sehari kemudian", "2025-06-09")


def test_a_reported_event_is_no_citing():
    # "dilaporkan hilang" tells what happened that day: the day stays the reference
    text = "Nelayan itu dilaporkan hilang pada Senin (9/6). Sehari sebelumnya ia berangkat melaut."
    assert found(text, "2025-06-11")[-1] == ("Sehari sebelumnya", "2025-06-08")
