"""A closed-class word glued after an unseen small-letter word (telisik.pages.glue, round 10): Liputan6 drops the
spaces around a foreign word it italicises, so an English word the table never saw runs into the "ini", "itu" or "dan"
after it ("purifierini"). The closed-class word is cut off where it ends almost no small-letter word of the table; a
run that may be one word ("padupadan", a suffix's "-akan") and a head that reads as words itself stay as before."""

from __future__ import annotations

import pytest

from telisik.pages.glue import GlueSplitter, glue_splitter


@pytest.fixture(scope="module")
def splitter() -> GlueSplitter:
    return glue_splitter()


@pytest.mark.parametrize(
    ("glued", "repaired"),
    [
        # an unseen English word, then a demonstrative or a conjunction glued on
        ("Harga purifierini turun pekan lalu.", "Harga purifier ini turun pekan lalu."),
        ("Fitur purifieritu sudah tersedia.", "Fitur purifier itu sudah tersedia."),
        ("Rumah itu punya chimneysdan taman luas.", "Rumah itu punya chimneys dan taman luas."),
        ("Pola matchweekini berbeda dari musim lalu.", "Pola matchweek ini berbeda dari musim lalu."),
    ],
)
def test_closed_word_cut_off_unseen_small_word(splitter: GlueSplitter, glued: str, repaired: str) -> None:
    assert splitter.split(glued) == repaired


@pytest.mark.parametrize(
    "whole",
    [
        "Busana padupadan itu serasi.",  # a short head: one word ("padu padan" written solid), not "padupa dan"
        "Ia ingin menyelinapkan barang itu.",  # "-kan" of a derived word, no "akan" glued on
        "Warga kini sering menginap di sini.",  # known words stay
    ],
)
def test_word_ending_like_closed_word_stays(splitter: GlueSplitter, whole: str) -> None:
    assert splitter.split(whole) == whole


def test_head_of_words_keeps_its_reading(splitter: GlueSplitter) -> None:
    # the head reads as words of its own: the longer reading stands ("atau|deepfake|yang")
    assert splitter.split("Video ataudeepfakeyang beredar") == "Video atau deepfake yang beredar"
