"""A story summary never adds a sentence that says only where, when and with whom a gathering it tells took place."""

from __future__ import annotations

from typing import Any

from summary_selection import candidate_index, rated_selection
from telisik.stories.similarity import DocumentFrequencies
from telisik.stories.summary import _Selection, summarise


def _article(aid: str, outlet: str, paragraphs: list[str]) -> dict[str, Any]:
    return {"id": aid, "outlet": outlet, "body": "\n\n".join(paragraphs), "dateline": None, "sentences": [], "events": []}


ROB = [
    _article(
        "a1",
        "Okezone",
        [
            "Gubernur Jawa Tengah Ahmad Luthfi memimpin rapat koordinasi penanganan banjir rob di Gedung Gradhika, Semarang, Rabu (11/6/2025).",
            "Pemerintah provinsi akan membangun tanggul darurat di pesisir Demak dan Pekalongan sebelum puncak pasang bulan depan.",
        ],
    ),
    _article(
        "a2",
        "Kompas",
        [
            "Rapat digelar di Gedung Gradhika, Semarang, Rabu (11/6/2025) bersama Kepala BPBD Jateng Bergas Penanggungan dan Bupati Demak Eisti'anah.",
            "Anggaran sebesar Rp 50 miliar disiapkan untuk pengerukan muara sungai yang mendangkal di Sayung.",
            "Gubernur menunjuk Bergas Penanggungan sebagai koordinator lapangan dalam rapat yang berlangsung di Gedung Gradhika.",
        ],
    ),
    _article(
        "a3",
        "Detik",
        [
            "Rapat berlangsung di Gedung Gradhika pada Rabu dan menyepakati relokasi 300 keluarga dari Desa Timbulsloko.",
            "Warga pesisir mengeluhkan air laut yang menggenangi rumah mereka hampir setiap sore.",
            "Rapat lanjutan akan digelar di Gedung Gradhika, Semarang, pada 25 Juni 2025.",
        ],
    ),
]


def _picks(selection: _Selection, *parts: str) -> list[int]:
    return [candidate_index(selection, part) for part in parts]


def test_the_place_day_and_attendees_of_a_told_meeting_add_nothing():
    selection = rated_selection(ROB)
    logistics = candidate_index(selection, "Rapat digelar")
    # the attendees are new names with their titles, the day is a figure of a date: still only the meeting's logistics
    assert selection.logistics_only(logistics, _picks(selection, "Gubernur Jawa Tengah"))
    # with no pick telling its place, day or people, it is the only word of the meeting
    assert not selection.logistics_only(logistics, _picks(selection, "Warga pesisir"))


def test_a_held_meeting_sentence_that_tells_an_outcome_or_a_count_is_more_than_logistics():
    selection = rated_selection(ROB)
    told = _picks(selection, "Gubernur Jawa Tengah")
    assert not selection.logistics_only(candidate_index(selection, "Rapat berlangsung"), told)  # a relocation of 300 families
    # nor is one giving a day no pick gives: the next meeting's date is news
    assert not selection.logistics_only(candidate_index(selection, "Rapat lanjutan"), told)
    # nor one whose gathering is held in a clause of "yang": its own predicate is the news (an appointment)
    assert not selection.logistics_only(candidate_index(selection, "Gubernur menunjuk"), told)
    # and a sentence saying no gathering was held is not judged as logistics at all
    assert not selection.logistics_only(candidate_index(selection, "Anggaran sebesar"), told)


def test_the_story_summary_leaves_the_logistics_out_and_keeps_the_outlet_through_its_other_sentence():
    texts = [s.text for s in summarise(ROB, DocumentFrequencies(), size=5)]
    assert any(t.startswith("Gubernur Jawa Tengah") for t in texts)
    assert not any(t.startswith("Rapat digelar") for t in texts)
    assert any(t.startswith("Anggaran sebesar") for t in texts)
