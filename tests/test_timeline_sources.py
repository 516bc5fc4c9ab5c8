"""The body on whose notice or data a report tells what it tells ("berdasarkan pemberitahuan ... AirNav Indonesia") is
no party of it, and does not make a second entry of one cancellation; on sentences written for these tests."""

from __future__ import annotations

from story_articles import article, timeline_entries
from telisik.stories.speakers import told_as_source


def test_a_body_named_only_as_the_source_is_no_party():
    notice = "Berdasarkan pemberitahuan resmi dari otoritas penerbangan sipil, AirNav Indonesia (NOTAM), penerbangan dibatalkan."
    assert told_as_source("AirNav Indonesia", notice)
    assert told_as_source("KJRI Los Angeles", "Berdasarkan informasi KJRI Los Angeles, dua WNI ditahan dalam operasi itu.")
    # a name further on, past other names, is what the sentence tells of; an order names who gave it
    assert not told_as_source("DNS", "Berdasarkan informasi Kapolsek Semarang Selatan, Kompol Sucipto, DNS tewas di hotel.")
    assert not told_as_source("Raja Salman", "Pemulangan itu dilakukan berdasarkan instruksi Raja Salman.")
    # named elsewhere in the sentence as a doer, it is a party
    assert not told_as_source("AirNav Indonesia", "Berdasarkan data AirNav Indonesia, AirNav Indonesia menutup ruang udara.")


def test_one_cancellation_told_on_a_notice_is_one_entry():
    sentences = [
        "Maskapai Wings Air membatalkan penerbangan ke Maumere pada Jumat (20/6/2025) akibat erupsi Gunung Lewotobi.",
        "Berdasarkan pemberitahuan resmi dari otoritas penerbangan sipil, AirNav Indonesia (NOTAM), penerbangan dari dan "
        "menuju Maumere pada Jumat (20/6/2025) dibatalkan sementara.",
    ]
    events = [
        {"type": "CLOSE", "who": ["Wings Air"], "when": "2025-06-20", "trigger": "membatalkan", "in_sentence": 0},
        {"type": "CLOSE", "who": ["AirNav Indonesia"], "when": "2025-06-20", "trigger": "dibatalkan", "in_sentence": 1},
    ]
    a = article("a", "2025-06-20", sentences, events, [("Jumat (20/6/2025)", "2025-06-20")])
    assert [(t, who) for _, t, who, _ in timeline_entries(a)] == [("CLOSE", ("Wings Air",))]
