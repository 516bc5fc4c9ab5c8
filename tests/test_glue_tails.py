"""Classes of glue the splitter (telisik.pages.glue) learnt in round 28 from the days of 8 May - 15 June 2025
(Liputan6, Detik, Okezone, Sindonews, Tempo), on sentences written for the test: a short or unseen name or word
before a closed-class word or a verb that ends no rare word ("Ayumengatakan"), a list's number glued after a full
stop, colon or bracket (Sindonews writes lists without line breaks), a sentence's first word glued to a word after
the full stop before it, a word typed with its first letters in capitals; and what the rules must leave whole."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a short known name before a verb or a closed-class word: no rare word ends in "mengatakan", "sudah"
        ("Dewi Ayumengatakan tiketnya sudah habis.", "Dewi Ayu mengatakan tiketnya sudah habis."),
        ("Kata Ayusudah jelas, ujarnya.", "Kata Ayu sudah jelas, ujarnya."),
        ("Bank sentral AS, Fedmemutuskan menahan suku bunga.", "Bank sentral AS, Fed memutuskan menahan suku bunga."),
        ("Warga Pulau Gagmasih menunggu bantuan.", "Warga Pulau Gag masih menunggu bantuan."),
        # "tak" is a closed-class word like "tidak": glued after a name it is cut off
        ("Sayang, Ramostak bisa bermain karena cedera.", "Sayang, Ramos tak bisa bermain karena cedera."),
        # an unseen name of some length before one
        ("Tradisi Ojungtelah digelar sejak ratusan tahun lalu.", "Tradisi Ojung telah digelar sejak ratusan tahun lalu."),
        # a known small-letter word before one
        ("Banjir robadalah ancaman warga pesisir.", "Banjir rob adalah ancaman warga pesisir."),
        # a list's number after a full stop, a colon or a bracket
        ("Syaratnya sebagai berikut:1. Lulus SMA.", "Syaratnya sebagai berikut: 1. Lulus SMA."),
        ("Rajin belajar sejak awal.2. Tidak pernah bolos.", "Rajin belajar sejak awal. 2. Tidak pernah bolos."),
        ("PT Hutama Karya (Persero)3. PT Adhi Karya.", "PT Hutama Karya (Persero) 3. PT Adhi Karya."),
        ("Hadis riwayat Tirmidzi).2. Membaca doa.", "Hadis riwayat Tirmidzi). 2. Membaca doa."),
        # a full stop, then a sentence's first word with the next word glued to it
        ("Kapal itu tenggelam di Laut Merah.Videotersebut viral.", "Kapal itu tenggelam di Laut Merah. Video tersebut viral."),
    ],
)
def test_glue_is_split(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "whole",
    [
        # a word typed with its first letters held in capitals spells a word: a typo, not an acronym and a word
        "DImana ia tinggal sekarang?",
        "Tiket UNtuk final sudah habis.",
        # nouns end compounds and names, and are capitalised in names: no cut before them
        "Aplikasi Sapawarga dipakai warga Jawa Barat.",
        "Ia lolos dari marabahaya itu.",
        # a derived word of a known stem, and a misspelt word one letter off a known one
        "Produk itu dilabeli halal.",
        "Ia datang seebelum acara dimulai.",
        # a variant's or version's number, and a title's abbreviation inside a token
        "Varian JN.1. menyebar cepat.",
        "Subvarian NB.1.8, kata WHO, tidak lebih ganas.",
        # names and words of the table that end in a frequent word
        "Pemain Persija Jakarta tampil di Bukittinggi.",
    ],
)
def test_whole_tokens_stay(splitter: GlueSplitter, whole: str) -> None:
    assert splitter.split(whole) == whole


def test_acronym_before_a_word_still_splits(splitter: GlueSplitter) -> None:
    """The typo rule leaves acronyms glued to a word, which spell no word, to the case rules."""
    assert splitter.split("Utang BUMNlewat batas aman.") == "Utang BUMN lewat batas aman."
    assert splitter.split("Presiden ASDonald Trump tiba.") == "Presiden AS Donald Trump tiba."
