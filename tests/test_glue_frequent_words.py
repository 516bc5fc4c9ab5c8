"""A small-letter run the word table does not know, made of words news writes often, is read as those words
(telisik.pages.glue_segment.SmallLetterSegmenter._frequent_words): the unigram model prefers one unseen word
where two common short words cost more ("tehhijau"), yet such a run is glue. Sentences invented for the test;
and what the rule must leave whole: English compounds, derived words, typos, prefixed loans, an outlet's channel."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # two frequent words, one of them short, where one unseen word of the run's length was the likelier reading
        ("Ia memesan tehhijau dan roti.", "Ia memesan teh hijau dan roti."),
        ("Ibu membuat kuekering untuk Lebaran.", "Ibu membuat kue kering untuk Lebaran."),
        ("Sebuah mejakayu tua dijual murah.", "Sebuah meja kayu tua dijual murah."),
        ("Pedagang tasmewah itu ditangkap.", "Pedagang tas mewah itu ditangkap."),
        # "di", "ke" end such a run after a word of some length
        ("Air menggenang di kamarmandidi rumahnya.", "Air menggenang di kamar mandi di rumahnya."),
        # an English word an article switched to, between Indonesian words
        ("Penjahit memakai kainfabric impor.", "Penjahit memakai kain fabric impor."),
    ],
)
def test_frequent_words_run_is_split(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "text",
    [
        # two English words written solid are an English compound
        "Investor memasang stoploss di harga itu.",
        "Ia memakai bodysuit hitam.",
        # a loan prefix written solid ("mal-"), a confix around a compound, a suffix a word of the reading would start
        "Anak itu mengalami malnutrisi berat.",
        "Dunia hidup dalam kesalingbergantungan.",
        "Sinergitas antarlembaga diperkuat.",
        # a syllable typed twice: a typo of a known word, not "analis|isis"
        "Hasil analisisis itu diumumkan.",
        # a short run of two three-letter words is a word's syllables as often ("kasada", a ceremony)
        "Warga Tengger menggelar upacara yadnya kasada di Bromo.",
        # an outlet's channel, and a reduplicated word
        "Dikutip dari detikfinance hari ini.",
        "Mereka diduga kongkalikong dengan pejabat.",
    ],
)
def test_frequent_words_rule_leaves_whole(splitter: GlueSplitter, text: str) -> None:
    assert splitter.split(text) == text
