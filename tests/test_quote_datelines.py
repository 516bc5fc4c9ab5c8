"""A statement taken from the story's first sentence ("Hal itu disampaikan oleh X" after it) starts after the
dateline: "Kabarku.com, Jakarta -" or "KOTA BARU -" is the outlet's, not the speaker's words."""

from __future__ import annotations


def _quotes(nlp, text: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in nlp(text)._.quotes]


def test_outlet_dateline_is_no_part_of_the_statement(nlp):
    text = (
        "Kabarku.com, Jakarta - Pendidikan anak usia dini memiliki peran penting bagi masa depan bangsa. "
        "Hal itu disampaikan oleh Menteri Pendidikan Budi Santoso di Jakarta, Senin (2/6/2025)."
    )
    assert _quotes(nlp, text) == [("Pendidikan anak usia dini memiliki peran penting bagi masa depan bangsa", "Budi Santoso")]


def test_capitalised_place_dateline_is_no_part_of_the_statement(nlp):
    text = (
        "KOTA BARU – Pemerintah akan menambah anggaran untuk sekolah di daerah terpencil tahun depan. "
        "Hal tersebut diungkapkan Menteri Keuangan Siti Aminah, Senin (2/6/2025)."
    )
    [(content, speaker)] = _quotes(nlp, text)
    assert content.startswith("Pemerintah akan menambah anggaran") and speaker == "Siti Aminah"


def test_quoted_words_opening_the_story_start_after_the_dateline(nlp):
    text = 'Kabarku.com, Jakarta - "Kami akan membangun sekolah baru tahun ini," kata Bupati Rudi Hartono, Senin (2/6/2025).'
    assert _quotes(nlp, text) == [("Kami akan membangun sekolah baru tahun ini", "Rudi Hartono")]
