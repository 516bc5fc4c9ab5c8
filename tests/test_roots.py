"""Rough Indonesian word roots (telisik.lang.roots), read from lang/id/affixes.tsv."""

from telisik.lang.roots import root_candidates, stem


def test_a_title_word_and_a_trigger_share_a_root():
    # "Pendaftaran Ditutup" names the closure a trigger "penutupan" tells
    assert "tutup" in root_candidates("ditutup") & root_candidates("penutupan")
    assert "gempur" in root_candidates("gempuran")


def test_a_nasal_prefix_gives_back_the_letter_it_swallowed():
    assert "tuntut" in root_candidates("menuntut")
    assert "periksa" in root_candidates("memeriksa")


def test_short_words_keep_their_letters():
    # stripping "di" from "dia" or "an" from "ikan" would leave fewer than four letters
    assert root_candidates("dia") == {"dia"}
    assert stem("ikan") == "ikan"


def test_three_voices_of_one_act_share_a_stem():
    assert stem("diperiksa") == stem("memeriksa") == stem("pemeriksaan")
    assert stem("menyerang") != stem("memeriksa")
