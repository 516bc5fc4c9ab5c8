"""Signing a unilateral order is no agreement: "menandatangani Nota Presiden yang mengerahkan ..." deploys troops,
while "menandatangani nota kesepahaman" is one (AGREE's words after the trigger name the kind of document). On
sentences written for these tests."""

from __future__ import annotations

from event_sentences import sentence_events


def types(nlp, text: str) -> list[str]:
    return [e.type for e in sentence_events(nlp, text, "2025-06-08")]


def test_a_presidential_order_signed_is_no_agreement(nlp):
    text = "Presiden Donald Trump telah menandatangani Nota Presiden yang mengerahkan 2.000 Garda Nasional ke Los Angeles."
    assert "AGREE" not in types(nlp, text)


def test_a_memorandum_of_understanding_signed_is_an_agreement(nlp):
    text = "Indonesia dan Jepang menandatangani Nota Kesepahaman tentang kerja sama energi di Tokyo, Sabtu (7/6/2025)."
    assert "AGREE" in types(nlp, text)


def test_an_agreement_note_signed_is_an_agreement(nlp):
    text = "Pemkab Sleman menandatangani nota kesepakatan dengan PT Kereta Api Indonesia pada Jumat (6/6/2025)."
    assert "AGREE" in types(nlp, text)
