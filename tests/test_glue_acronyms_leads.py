"""Classes of glue the splitter (telisik.pages.glue) learnt in round 27 from the fresh days (16-17 June 2025 and
older Okezone/Tempo pages), on sentences written for the test: an acronym glued to a small-letter word where
the capital could start a name ("BLTanak"), a lead's first word in capitals glued to a name, "Di" before a
club's English word, a foreign company form, a quotation closed before a full stop, a sentence glued after a
short or glued word's full stop, an unseen name before a prefixed verb, a closed-class word before an unseen
word, a dictionary word before "di", a club's English word before a name; and the brands and names the rules
must leave whole."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # the capital ends an acronym news writes alone, and a word news writes small follows
        ("Pencairan BLTanak sekolah ditunda.", "Pencairan BLT anak sekolah ditunda."),
        ("Pengidap GERDanxiety mudah cemas.", "Pengidap GERD anxiety mudah cemas."),
        ("Revisi UUperkawinan dibahas lagi.", "Revisi UU perkawinan dibahas lagi."),
        # a lead's first word in capitals, never an acronym, then a name
        ("GIORGOSKaragounis dikenal sebagai gelandang keras.", "GIORGOS Karagounis dikenal sebagai gelandang keras."),
        # a sentence's "Di" before a word news writes capitalised as a name's word
        ("DiReal Madrid, ia jarang bermain.", "Di Real Madrid, ia jarang bermain."),
        # a foreign company form glued to the name
        ("Saham MetaplanetInc naik tajam.", "Saham Metaplanet Inc naik tajam."),
        # a quotation closed, a full stop, then the next sentence
        ('Lawan itu harus "dijinakkannya".Lomba dimulai malam ini.', 'Lawan itu harus "dijinakkannya". Lomba dimulai malam ini.'),
        ("Ia menyebutnya “krisis mental”.Pengacara itu menolak.", "Ia menyebutnya “krisis mental”. Pengacara itu menolak."),
        # a short frequent word, or the last word of a run glued itself, a full stop, then a new sentence
        ("Macet panjang di ruas tol.Areanya sempit.", "Macet panjang di ruas tol. Areanya sempit."),
        ("Gayanya simpel danstylish.Layering jadi kuncinya.", "Gayanya simpel dan stylish. Layering jadi kuncinya."),
        # an unseen name that starts like a prefix ("pan-"), then a long word with a verb's prefix
        ("Gunung Pantenmerupakan tujuan pendaki pemula.", "Gunung Panten merupakan tujuan pendaki pemula."),
        # a closed-class word before an unseen word and another closed-class word
        ("Video itu rekayasa ataudeepfakeyang disebar akun anonim.", "Video itu rekayasa atau deepfake yang disebar akun anonim."),
        # an English word written small, then "di"
        ("Mereka menginap di sebuah residencedi pinggir kota.", "Mereka menginap di sebuah residence di pinggir kota."),
        ("Pemain ikut briefingdi ruang ganti.", "Pemain ikut briefing di ruang ganti."),
        # an English word news writes as a name's word (a club's), then a name
        ("Penyerang CityFerran Torres pindah.", "Penyerang City Ferran Torres pindah."),
    ],
)
def test_round27_classes_are_split(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "clean",
    [
        "Halo KLovers, jangan lewatkan episode ini.",  # an acronym before an English word only English text has
        "Nasabah Bank JTrust Indonesia bertambah.",
        "Film Leonardo DiCaprio tayang lagi.",  # "Di" before a syllable no name's word
        "Pajak PPnBM dan BRImo tetap.",
        "Saham ParagonCorp menguat.",  # "Corp" is no form glued on: brands take it up
        "Sebuah lagu NGEROKOKnya viral.",  # capitals before a clitic are one word
        "Kapanpun kemenanganmu tidak pudar.",
        "Ia berjalan ke rumah Martini di Bogor.",  # "-ini" ends a name
        "Berkas file.pdf dan situs kab.go.id dibuka.",  # a file's or site's name: small letters after the stop
        "Aktor Seth MacFarlane hadir.",  # "Mac" starts a name, too short for a club's word
    ],
)
def test_round27_rules_keep_words_whole(splitter: GlueSplitter, clean: str) -> None:
    assert splitter.split(clean) == clean


def test_acronym_keeps_a_frequent_name_after_it(splitter: GlueSplitter) -> None:
    """"ASDonald" is "AS" and "Donald", as before: "ASD" is seldom written alone, "Donald" often."""
    assert splitter.split("Presiden ASDonald Trump") == "Presiden AS Donald Trump"
