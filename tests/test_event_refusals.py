"""A trigger governed by a word of refusal ("enggan", "ogah", "menolak untuk") tells an act not done, no happening,
while "menolak" alone is an act of its own; on sentences written for these tests."""

from __future__ import annotations

from event_sentences import events


def test_a_declined_accusation_is_no_happening(nlp):
    assert events(nlp, "Pelatih Budi Hartono enggan menyalahkan wasit Andi Sutrisno atas kekalahan timnya.", "ACCUSE") == []
    assert events(nlp, "Ketua partai Dedi Kurnia ogah menuduh Gubernur Rahmat Hidayat terlibat kasus itu.", "ACCUSE") == []


def test_refusing_to_act_is_no_happening(nlp):
    text = "Presiden Tono Prasetyo menolak untuk bertemu Perdana Menteri Sari Wulandari pada Senin (9/6)."
    assert events(nlp, text, "MEET") == []
    assert events(nlp, "Kapolsek Andi Saputra menolak untuk menangkap Budi Santoso pada Senin (9/6).", "ARREST") == []


def test_refusal_words_negate_any_act(nlp):
    text = "Presiden Tono Prasetyo enggan bertemu Perdana Menteri Sari Wulandari pada Senin (9/6)."
    assert events(nlp, text, "MEET") == []


def test_the_act_itself_is_told_without_the_refusal(nlp):
    # guards: the same acts without a refusal are happenings
    assert events(nlp, "Pelatih Budi Hartono menyalahkan wasit Andi Sutrisno atas kekalahan timnya.", "ACCUSE")
    text = "Presiden Tono Prasetyo bertemu Perdana Menteri Sari Wulandari pada Senin (9/6)."
    assert events(nlp, text, "MEET")
