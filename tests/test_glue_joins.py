"""Classes of glue the splitter (telisik.pages.glue) learnt in round 7 of issue 15 from the days of 19-20 June 2025 and
the development samples, on sentences written for the test: "di", "ke" glued after a known capitalised word where the
table's names seldom end in the letters around the join ("Khalifadi"), and after the last of several small-letter words
("penebanganpohondi"); a capitalised run the table counts a few times only, as scraped news repeats the glue, cut where
a name is glued to a verb ("Dhanimenggelar"); and the names the rules must leave whole."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter
from telisik.pages.glue_lexicon import WordCounts
from telisik.pages.glue_segment import join_endings


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # a known name that starts longer words ("Khalifah", "Chromebook"), before "di", "ke": no name ends in "-fadi", "-meke"
        ("Turis berfoto di menara Burj Khalifadi Dubai.", "Turis berfoto di menara Burj Khalifa di Dubai."),
        ("Fitur baru itu dibawa Chromeke ponsel Android.", "Fitur baru itu dibawa Chrome ke ponsel Android."),
        ("Penari Barongdi Bali tampil memukau.", "Penari Barong di Bali tampil memukau."),
        # "di" after the last of several small-letter words, not only after the first
        ("Warga memprotes penebanganpohondi taman kota.", "Warga memprotes penebangan pohon di taman kota."),
        # glue the table counted a few times: a known name before a verb with its prefix
        ("Penyanyi Ahmad Dhanimenggelar konser di Jakarta.", "Penyanyi Ahmad Dhani menggelar konser di Jakarta."),
        ("Al Ghazalimengungkapkan rencana pernikahannya.", "Al Ghazali mengungkapkan rencana pernikahannya."),
    ],
)
def test_glue_is_split(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "whole",
    [
        # Javanese names end in "-andi", "-yadi", "-radi": the table has many such names
        "Pak Juliandi hadir dalam rapat desa.",
        "Bapak Sunaryadi menjadi ketua RT.",
        "Pelatih Hendradi memimpin latihan.",
        # names made of words the table counts a few times: not glue
        "Bank Mayapada membuka cabang baru.",
        "Desa Kubutambahan berada di Buleleng.",
        "Warga Danyang menggelar upacara.",
    ],
)
def test_names_stay_whole(splitter: GlueSplitter, whole: str) -> None:
    assert splitter.split(whole) == whole


def test_join_endings_count_names_by_the_letters_around_the_preposition() -> None:
    table = {
        "juliandi": WordCounts(title_mid=9),
        "suryandi": WordCounts(title_mid=3),
        "rapidi": WordCounts(lower=5),  # written small more often: no name
        "andi": WordCounts(title_mid=50),  # no letters before the join
        "meke": WordCounts(title_mid=2),
    }
    counts = join_endings(table, frozenset({"di", "ke"}))
    assert counts == {"andi": 2}


@pytest.mark.parametrize(
    ("text", "repaired"),
    [
        # a known name in "-v" then "-s" is one name, not a name and a glued "vs" (Latvian spelling, an English plural)
        ("Keluarga Romanovs memerintah Rusia selama tiga abad.", "Keluarga Romanovs memerintah Rusia selama tiga abad."),
        ("Pebasket Latvia Andrejs Petrovs mencetak 20 poin.", "Pebasket Latvia Andrejs Petrovs mencetak 20 poin."),
        # ... while "vs" glued after a name still comes off
        ("Laga Chelseavs Arsenal berakhir imbang.", "Laga Chelsea vs Arsenal berakhir imbang."),
    ],
)
def test_versus_after_a_name_in_v(splitter: GlueSplitter, text: str, repaired: str) -> None:
    assert splitter.split(text) == repaired
