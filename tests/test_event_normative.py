"""Triggers that tell a rule, a generic cause or an occasion, no happening (issue 16, ``normative_cues.tsv``): what a
quoted law says of anyone, a list of bare kinds of cause, what a gathering was the setting for. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from event_sentences import sentence_events


def types(nlp, text: str) -> set[str]:
    return {e.type for e in sentence_events(nlp, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Hal itu diatur dalam UU Nomor 5 Tahun 2010 Pasal 90, yang menyatakan bahwa pengemudi kendaraan wajib berhenti "
        "ketika lampu sudah menyala dan palang pintu perlintasan mulai ditutup.",
        "Peraturan daerah itu mewajibkan penutupan tempat hiburan malam jika melanggar jam operasional.",
    ],
)
def test_what_a_rule_says_is_no_happening(nlp, text):
    assert "CLOSE" not in types(nlp, text)


def test_a_closure_told_without_a_rule_stays(nlp):
    text = "Gerbang tol Cikarang Barat mulai ditutup petugas pada Senin (9/6/2025) pukul 22.00 WIB."
    assert "CLOSE" in types(nlp, text)


def test_a_list_of_bare_causes_is_no_happening(nlp):
    text = "Setiap tahun jutaan orang terpaksa meninggalkan kampung halaman akibat perang, penganiayaan, dan bencana."
    assert not {"ATTACK", "DISASTER"} & types(nlp, text)


def test_a_cause_told_of_its_own_place_stays(nlp):
    text = "Puluhan rumah warga rusak akibat banjir yang melanda Desa Sukamaju pada Senin (9/6/2025)."
    assert "DISASTER" in types(nlp, text)


def test_the_setting_of_a_gathering_is_no_meeting(nlp):
    text = "Resepsi pernikahan Budi dan Sari pada Kamis (12/6/2025) malam menjadi ajang pertemuan para pejabat daerah."
    assert "MEET" not in types(nlp, text)


def test_a_meeting_stays(nlp):
    text = "Gubernur Budi Santoso menggelar pertemuan dengan para bupati di Kota Palu pada Kamis (12/6/2025)."
    assert "MEET" in types(nlp, text)


def test_a_kind_of_killing_judged_in_a_condemnation_is_no_death(nlp):
    text = "Juru bicara itu menambahkan bahwa pembunuhan warga sipil oleh pasukan pendudukan merupakan kejahatan terhadap kemanusiaan."
    assert "DIE" not in types(nlp, text)


def test_a_killing_of_a_named_person_judged_stays_a_death(nlp):
    text = "Polisi menyebut pembunuhan Rudi Hartono di Desa Sukamaju merupakan kejahatan berencana."
    assert "DIE" in types(nlp, text)


def test_a_dated_attack_judged_stays_an_attack(nlp):
    # the day tells one attack that happened, judged, not a kind of act
    text = "Serangan pasukan Vardania pada Selasa malam merupakan pelanggaran hukum internasional."
    assert "ATTACK" in types(nlp, text)
